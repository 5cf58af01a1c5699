"""The default terminal rendering: a rich table, one section per incident.

Each incident opens with a heading row; its findings follow kind by kind,
the kind with the most serious finding first (so conflicts lead).  Each row
quotes both reports, with the claim's words highlighted in its
sentence, who said it and the hedges that qualify it, and the one-line
explanation, so an editor can judge a finding without opening the files.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from reportcheck.export.rows import (
    MAX_REPORT_COLUMNS,
    Quote,
    kind_words,
    quotes_by_report,
    sections,
    status_words,
    summary_line,
)
from reportcheck.models import Claim, Comparison, Finding, Status

STATUS_STYLE = {
    Status.conflict: "bold red",
    Status.compatible: "yellow",
    Status.agree: "green",
    Status.only_in_one: "dim",
}
#: characters of sentence kept either side of the claim in a quote
CONTEXT = 60
#: width used when the output is not a terminal (a file, a pipe, CI logs)
PIPE_WIDTH = 140


def quote(claim: Claim) -> Text:
    """The claim in its sentence, highlighted, with source and hedges."""
    ev = claim.evidence
    sentence = ev.sentence
    at = sentence.find(" ".join(ev.text.split()))
    text = Text()
    if at < 0:
        text.append(ev.text, style="bold")
    else:
        end = at + len(" ".join(ev.text.split()))
        left = max(0, at - CONTEXT)
        right = min(len(sentence), end + CONTEXT)
        text.append(("…" if left else "") + sentence[left:at])
        text.append(sentence[at:end], style="bold underline")
        text.append(sentence[end:right] + ("…" if right < len(sentence) else ""))
    qualifiers = []
    if claim.source:
        qualifiers.append(f"source: {claim.source}")
    if claim.hedges:
        qualifiers.append("hedged: " + ", ".join(sorted({h.text for h in claim.hedges})))
    if qualifiers:
        text.append("\n[" + "; ".join(qualifiers) + "]", style="italic cyan")
    return text


def _report_cell(quotes: list[Quote], prefix: str = "") -> Text:
    """One report's quotes, one per value it states, repeats counted.

    An internal finding quotes both of its values from the one report."""
    cell = Text()
    cell.append(prefix, style="bold")
    for quote_ in quotes:
        if cell.plain != prefix:
            cell.append("\n—\n")
        cell.append_text(quote(quote_.claim))
        if quote_.repeats:
            plural = "s" if quote_.repeats > 1 else ""
            cell.append(f"\n(+{quote_.repeats} more mention{plural})", style="dim")
    return cell


def _cells(finding: Finding, reports: int) -> list[Text]:
    """A cell per report, or, past MAX_REPORT_COLUMNS reports, one cell that
    says which report each quote comes from."""
    quotes = quotes_by_report(finding, reports)
    if reports <= MAX_REPORT_COLUMNS:
        return [_report_cell(q) for q in quotes]
    combined = Text("")
    for index, report_quotes in enumerate(quotes):
        if report_quotes:
            if combined.plain:
                combined.append("\n")
            combined.append_text(_report_cell(report_quotes, prefix=f"report {index + 1}: "))
    return [combined]


def _what(finding: Finding) -> Text:
    """Status, kind and subject, one under the other."""
    text = Text(status_words(finding.status), style=STATUS_STYLE[finding.status])
    if finding.internal:
        text.append(" (inside one report)", style="italic")
    text.append(f"\n{kind_words(finding)}: {finding.subject_label}")
    return text


def render_table(comparison: Comparison, console: Console, *, show_all: bool = False) -> None:
    """Findings grouped by incident (a heading row each) and by kind within it."""
    names = [r.path for r in comparison.reports]
    caption = "   ".join(f"report {i + 1}: {name}" for i, name in enumerate(names))
    table = Table(title="reportcheck", caption=caption, show_lines=True, expand=True)
    table.add_column("finding", ratio=2, min_width=14)
    if len(names) <= MAX_REPORT_COLUMNS:
        for index in range(len(names)):
            table.add_column(f"report {index + 1}", ratio=4)
    else:
        table.add_column("reports", ratio=8)
    table.add_column("why", ratio=3)
    blanks = [""] * (len(table.columns) - 2)
    for section in sections(comparison, show_all=show_all):
        # the label goes in the wide second column: the first would wrap it word by word
        table.add_row(Text("▸ incident", style="bold reverse"), Text(section.label, style="bold"), *blanks)
        for _number, finding in section.findings:
            table.add_row(_what(finding), *_cells(finding, len(names)), Text(finding.explanation))
    if not console.is_terminal:
        console.width = max(console.width, PIPE_WIDTH)
    console.print(table)
    hint = "" if show_all else " (use --all to list claims found in only one report)"
    console.print(summary_line(comparison) + hint)


def render_table_text(comparison: Comparison, *, show_all: bool = False) -> str:
    """The table as plain text, for ``-o findings.txt``."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=PIPE_WIDTH, color_system=None, force_terminal=False)
    render_table(comparison, console, show_all=show_all)
    return buffer.getvalue()
