"""``--format markdown``: the findings as pipe tables, to paste into a ticket or a wiki.

Laid out like the terminal table: the reports listed first, then one
section per incident, kinds together, with each report's sentence quoted and
the claim in bold, rows numbered as they come.  Like the table it leaves out
``only_in_one`` findings, and lists names the reports write alike on one line
under the heading instead of a row each, unless ``--all`` is given.

Article text is escaped so it can neither break the table (``|``) nor turn
into markup or raw HTML (``*``, `````, ``[``, ``<``...) when rendered.
"""

from __future__ import annotations

import re

from reportcheck.export.rows import (
    MAX_REPORT_COLUMNS,
    Quote,
    all_hint,
    confidence_words,
    folded_count,
    hedge_words,
    incident_warning,
    kind_words,
    named_line,
    quotes_by_report,
    sections,
    status_words,
    summary_line,
)
from reportcheck.models import Comparison, Finding

#: CommonMark punctuation that would start markup in a cell; escaped with a backslash
_SPECIAL = re.compile(r"([\\`*\[\]<>|])")
_SPACES = re.compile(r"\s+")


def escape(text: str) -> str:
    """Text shown as itself in a pipe-table cell: one line, markup escaped.

    Spaces are folded but kept at the ends, so pieces of a sentence join up."""
    return _SPECIAL.sub(r"\\\1", _SPACES.sub(" ", text))


def quote(q: Quote) -> str:
    """The claim's sentence with the claim in bold, then its source and hedges."""
    ev = q.claim.evidence
    sentence, claim = _SPACES.sub(" ", ev.sentence).strip(), _SPACES.sub(" ", ev.text).strip()
    at = sentence.find(claim)
    if at < 0:
        text = f"**{escape(claim)}**"
    else:
        end = at + len(claim)
        text = f"{escape(sentence[:at])}**{escape(claim)}**{escape(sentence[end:])}"
    qualifiers = []
    if q.claim.source:
        qualifiers.append(f"source: {q.claim.source}")
    if q.claim.hedges:
        qualifiers.append(f"hedged: {hedge_words(q.claim)}")
    if qualifiers:
        text += " *(" + escape("; ".join(qualifiers)) + ")*"
    if q.repeats:
        text += f" (+{q.repeats} more mention{'s' if q.repeats > 1 else ''})"
    return text


def _report_cells(finding: Finding, reports: int) -> list[str]:
    """A cell per report, or past MAX_REPORT_COLUMNS one cell naming each quote's report."""
    quotes = quotes_by_report(finding, reports)
    cells = ["<br>".join(quote(q) for q in report_quotes) for report_quotes in quotes]
    if reports <= MAX_REPORT_COLUMNS:
        return cells
    return ["<br>".join(f"report {i + 1}: {cell}" for i, cell in enumerate(cells) if cell)]


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def render_markdown(comparison: Comparison, *, show_all: bool = False) -> str:
    reports = len(comparison.reports)
    lines = ["# reportcheck findings", ""]
    warning = incident_warning(comparison)
    if warning:
        lines += [f"> **{escape(warning)}**", ""]
    for index, report in enumerate(comparison.reports):
        about = ", ".join(escape(part) for part in (report.headline, report.date) if part)
        lines.append(f"- report {index + 1}: {escape(report.path)}" + (f" ({about})" if about else ""))
    found = sections(comparison, show_all=show_all)
    lines += ["", summary_line(comparison) + all_hint(comparison, folded_count(found), show_all)]
    per_report = [f"report {i + 1}" for i in range(reports)] if reports <= MAX_REPORT_COLUMNS else ["reports"]
    header = ["#", "status", "finding", *per_report, "why"]
    for section in found:
        lines += ["", f"## {escape(section.label)}"]
        named = named_line(section)
        if named:
            lines += ["", escape(named)]
        if section.findings:
            lines += ["", _row(header), _row(["---"] * len(header))]
        for number, finding in section.findings:
            status = f"**{status_words(finding.status)}**"
            if finding.internal:
                status += " (inside one report)"
            what = escape(f"{kind_words(finding)}: {finding.subject_label}")
            cells = _report_cells(finding, reports)
            why = escape(finding.explanation)
            graded = confidence_words(finding)
            if graded:
                why += "<br>" + escape(graded)
            lines.append(_row([str(number), status, what, *cells, why]))
    return "\n".join(lines) + "\n"
