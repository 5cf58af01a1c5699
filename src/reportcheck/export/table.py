"""The default terminal rendering: a rich table, conflicts first.

Each row quotes both reports, with the claim's words highlighted in its
sentence, who said it and the hedges that qualify it, and the one-line
explanation, so an editor can judge a finding without opening the files.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

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


def _cells(finding: Finding, reports: int) -> list[Text]:
    """One quote per value a report states; repeats of a value are counted.

    An internal finding quotes both of its values from the one report."""
    cells = [Text("") for _ in range(reports)]
    shown: dict[tuple[int, str], int] = {}
    for claim in finding.claims:
        key = (claim.report, claim.value.label)
        if key in shown:
            shown[key] += 1
            continue
        shown[key] = 0
        if cells[claim.report].plain:
            cells[claim.report].append("\n—\n")
        cells[claim.report].append_text(quote(claim))
    for (report, _label), repeats in shown.items():
        if repeats:
            cells[report].append(f"\n(+{repeats} more mention{'s' if repeats > 1 else ''})", style="dim")
    return cells


def _what(finding: Finding) -> Text:
    """Status, kind and subject, one under the other."""
    text = Text(finding.status.value.replace("_", " "), style=STATUS_STYLE[finding.status])
    if finding.internal:
        text.append(" (inside one report)", style="italic")
    text.append(f"\n{finding.kind.value.replace('_', ' ')}: {finding.subject_label}")
    if finding.incident != "main":
        text.append(f"\nincident: {finding.incident}", style="dim")
    return text


def render_table(comparison: Comparison, console: Console, *, show_all: bool = False) -> None:
    findings = [f for f in comparison.findings if show_all or f.status is not Status.only_in_one]
    names = [r.path for r in comparison.reports]
    caption = "   ".join(f"report {i + 1}: {name}" for i, name in enumerate(names))
    table = Table(title="reportcheck", caption=caption, show_lines=True, expand=True)
    table.add_column("finding", ratio=2, min_width=14)
    for index in range(len(names)):
        table.add_column(f"report {index + 1}", ratio=4)
    table.add_column("why", ratio=3)
    for finding in findings:
        table.add_row(_what(finding), *_cells(finding, len(names)), Text(finding.explanation))
    if not console.is_terminal:
        console.width = max(console.width, PIPE_WIDTH)
    console.print(table)
    counts = {s: sum(1 for f in comparison.findings if f.status is s) for s in Status}
    summary = ", ".join(f"{n} {s.value.replace('_', ' ')}" for s, n in counts.items())
    console.print(summary + ("" if show_all else " (use --all to list claims found in only one report)"))


def render_table_text(comparison: Comparison, *, show_all: bool = False) -> str:
    """The table as plain text, for ``-o findings.txt``."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=PIPE_WIDTH, color_system=None, force_terminal=False)
    render_table(comparison, console, show_all=show_all)
    return buffer.getvalue()
