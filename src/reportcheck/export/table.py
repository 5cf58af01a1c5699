"""The default terminal rendering: a rich table, one section per incident.

Each incident opens with a heading row; its findings follow kind by kind,
the kind with the most serious finding first (so conflicts lead).  Each row
quotes both reports, with the claim's words highlighted in its
sentence, who said it and the hedges that qualify it, and the one-line
explanation, so an editor can judge a finding without opening the files.
Names both reports give alike are listed once under the heading instead
of a row each (``--all`` gives them rows).
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Mapping

from rich.console import Console
from rich.table import Table
from rich.text import Text

from reportcheck.export.rows import (
    MAX_REPORT_COLUMNS,
    Quote,
    all_hint,
    confidence_words,
    folded_count,
    incident_warning,
    kind_words,
    named_line,
    one_line,
    quotes_by_report,
    sections,
    status_words,
    summary_line,
)
from reportcheck.models import Claim, Comparison, Finding, Status

STATUS_STYLE = {
    Status.conflict: "bold red",
    Status.possible_conflict: "magenta",
    Status.compatible: "yellow",
    Status.agree: "green",
    Status.only_in_one: "dim",
}
#: characters of sentence kept either side of the claim in a quote
CONTEXT = 60
#: width used when the output is not a terminal (a file, a pipe, CI logs) and
#: ``COLUMNS`` does not say otherwise
PIPE_WIDTH = 140
_SPACES = re.compile(r"\s+")


def pipe_width(environ: Mapping[str, str] = os.environ) -> int:
    """The width for output that is not a terminal: ``COLUMNS`` when it is a
    positive whole number (the user or the shell chose it), else PIPE_WIDTH."""
    columns = environ.get("COLUMNS", "").strip()
    return int(columns) if columns.isdigit() and int(columns) > 0 else PIPE_WIDTH


def output_console() -> Console:
    """A console for standard output, as wide as the terminal, or when piped
    as :func:`pipe_width` says (rich's own default, 80, squeezes four columns)."""
    console = Console()
    if not console.is_terminal:
        console.width = pipe_width()
    return console


def around(sentence: str, start: int, end: int, context: int = CONTEXT) -> tuple[str, str]:
    """The words before and after ``sentence[start:end]``, at most ``context``
    characters each side, cut between words with "…" where something is left out.

    A cut never splits a word: the window keeps only the words wholly inside
    it, so a word longer than the window leaves just the "…"."""
    before, after = sentence[:start], sentence[end:]
    if len(before) > context:
        window = before[-context:]
        if not (before[-context - 1].isspace() or window[0].isspace()):
            first_space = re.search(r"\s", window)
            window = window[first_space.end() :] if first_space else ""
        before = "…" + window.lstrip()
    if len(after) > context:
        window = after[:context]
        if not (after[context].isspace() or window[-1].isspace()):
            spaces = [m.start() for m in re.finditer(r"\s", window)]
            window = window[: spaces[-1]] if spaces else ""
        after = window.rstrip() + "…"
    return before, after


def _in_sentence(claim: Claim) -> tuple[str, str, str] | None:
    """The claim's sentence as (before, claim, after), spaces folded, or None
    when the claim's words are not found in it.

    The claim is found by its offsets, so the right one of two "Russia"s is
    marked; by its text when the offsets do not point at it."""
    ev = claim.evidence
    at = ev.start - ev.sentence_start
    if ev.sentence[at : at + len(ev.text)] != ev.text:
        at = ev.sentence.find(ev.text)
    if at < 0:
        folded, words = one_line(ev.sentence), one_line(ev.text)
        found = folded.find(words)
        if found < 0 or not words:
            return None
        return folded[:found], words, folded[found + len(words) :]
    before, after = ev.sentence[:at], ev.sentence[at + len(ev.text) :]
    return _SPACES.sub(" ", before).lstrip(), one_line(ev.text), _SPACES.sub(" ", after).rstrip()


def quote(claim: Claim) -> Text:
    """The claim in its sentence, highlighted, with source and hedges."""
    text = Text()
    parts = _in_sentence(claim)
    if parts is None:
        text.append(one_line(claim.evidence.text), style="bold")
    else:
        before, words, after = parts
        sentence = before + words + after
        before, after = around(sentence, len(before), len(before) + len(words))
        text.append(before)
        text.append(words, style="bold underline")
        text.append(after)
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


def _why(finding: Finding) -> Text:
    """The explanation, and under it a conflict's confidence and reasons."""
    text = Text(finding.explanation)
    graded = confidence_words(finding)
    if graded:
        text.append("\n" + graded, style="dim")
    return text


def render_table(comparison: Comparison, console: Console, *, show_all: bool = False) -> None:
    """Findings grouped by incident (a heading row each) and by kind within it."""
    warning = incident_warning(comparison)
    if warning:
        console.print(Text(warning, style="bold yellow"))
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
    found = sections(comparison, show_all=show_all)
    for section in found:
        # the label goes in the wide second column: the first would wrap it word by word
        heading = Text(section.label, style="bold")
        named = named_line(section)
        if named:
            heading.append("\n" + named, style="green")
        table.add_row(Text("▸ incident", style="bold reverse"), heading, *blanks)
        for _number, finding in section.findings:
            table.add_row(_what(finding), *_cells(finding, len(names)), _why(finding))
    console.print(table)
    console.print(summary_line(comparison) + all_hint(comparison, folded_count(found), show_all))


def render_table_text(comparison: Comparison, *, show_all: bool = False) -> str:
    """The table as plain text, for ``-o findings.txt``: always PIPE_WIDTH
    wide, so a file does not depend on the terminal it was written from."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=PIPE_WIDTH, color_system=None, force_terminal=False)
    render_table(comparison, console, show_all=show_all)
    return buffer.getvalue()
