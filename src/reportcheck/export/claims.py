"""Rendering what ``reportcheck extract`` found in one report.

A journalist who doubts a finding first wants to see what the tool read:
every claim, under the incident it was assigned to, with the words and line
it stands on, the hedges that qualify it and who it is attributed to.  The
JSON (:class:`~reportcheck.export.contract.ExtractionOut`) uses the compare
JSON's claim fields plus the line number, so a script written for one reads
the other.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from reportcheck.export.contract import ExtractClaimOut, ExtractIncidentOut, ExtractionOut, ReportOut, render
from reportcheck.export.jsonout import claim_out, report_out
from reportcheck.knowledge.vocabulary import MAIN
from reportcheck.models import Claim

if TYPE_CHECKING:
    from reportcheck.models import ExtractedReport

#: width used when the output is not a terminal (a file, a pipe, CI logs)
PIPE_WIDTH = 140


def line_number(text: str, offset: int) -> int:
    """The 1-based line of ``text`` that character ``offset`` stands on."""
    return text.count("\n", 0, offset) + 1


def _reading_order(claims: list[Claim]) -> list[Claim]:
    return sorted(claims, key=lambda c: (c.evidence.start, c.evidence.end, c.kind.value, c.id))


def _claims_by_incident(extracted: ExtractedReport) -> dict[str, list[Claim]]:
    """Each incident's claims in reading order; incidents in the report's order."""
    grouped: dict[str, list[Claim]] = {incident.id: [] for incident in extracted.incidents}
    for claim in extracted.claims:
        grouped.setdefault(claim.incident, []).append(claim)
    return {incident: _reading_order(claims) for incident, claims in grouped.items()}


def _labels(extracted: ExtractedReport) -> dict[str, str]:
    return {incident.id: incident.label for incident in extracted.incidents}


def _report_block(extracted: ExtractedReport) -> ReportOut:
    from reportcheck.api import report_info

    return report_out(report_info(extracted.report))


def extraction_out(extracted: ExtractedReport) -> ExtractionOut:
    """The report, then its incidents, each with its sentences and claims."""
    original = extracted.report.original
    sentences = {incident.id: incident.sentences for incident in extracted.incidents}
    labels = _labels(extracted)
    incidents = []
    for incident, claims in _claims_by_incident(extracted).items():
        incidents.append(
            ExtractIncidentOut(
                id=incident,
                label=labels.get(incident, incident),
                sentences=[(start, end) for start, end in sentences.get(incident, [])],
                claims=[
                    claim_out(c, ExtractClaimOut, line=line_number(original, c.evidence.start))
                    for c in claims
                ],
            )
        )
    kinds = sorted({c.kind.value for c in extracted.claims})
    return ExtractionOut(
        report=_report_block(extracted),
        summary={kind: sum(1 for c in extracted.claims if c.kind.value == kind) for kind in kinds},
        incidents=incidents,
    )


def render_extraction_json(extracted: ExtractedReport) -> str:
    """Byte-identical for the same report and options: keys sorted, claims in reading order."""
    return render(extraction_out(extracted))


def _value_words(claim: Claim) -> str:
    return claim.value.label or claim.value.name or ""


def _hedge_words(claim: Claim) -> Text:
    text = Text()
    for index, cue in enumerate(sorted(claim.hedges, key=lambda h: (h.start, h.category))):
        if index:
            text.append("\n")
        text.append(" ".join(cue.text.split()))
        text.append(f" ({cue.category})", style="dim")
    return text


def _incident_table(title: str, claims: list[Claim], original: str) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False, expand=True)
    table.add_column("line", justify="right", no_wrap=True)
    table.add_column("kind", ratio=2)
    table.add_column("subject", ratio=3)
    table.add_column("value", ratio=3)
    table.add_column("text", ratio=3)
    table.add_column("hedges", ratio=3)
    table.add_column("source", ratio=3)
    for claim in claims:
        table.add_row(
            str(line_number(original, claim.evidence.start)),
            claim.kind.value.replace("_", " "),
            claim.subject_label,
            _value_words(claim),
            Text(" ".join(claim.evidence.text.split()), style="bold"),
            _hedge_words(claim),
            claim.source or "",
        )
    return table


def render_extraction_table(extracted: ExtractedReport, console: Console) -> None:
    """A header naming the report, then one table per incident, the main one first."""
    report = extracted.report
    header = Text(report.path, style="bold")
    if report.headline:
        header.append(f"\n{report.headline}")
    header.append(f"\ndate: {report.date.isoformat() if report.date else 'not found'}", style="dim")
    console.print(header)
    labels = _labels(extracted)
    for incident, claims in _claims_by_incident(extracted).items():
        kind = "main incident" if incident == MAIN else f"background incident {incident}"
        label = labels.get(incident, incident)
        title = label if incident == MAIN else f"{kind}: {label}"
        console.print(_incident_table(f"{title} ({len(claims)} claims)", claims, report.original))
    console.print(f"{len(extracted.claims)} claims in {len(extracted.incidents)} incidents")


def render_extraction_text(extracted: ExtractedReport) -> str:
    """The tables as plain text, for ``-o claims.txt``."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=PIPE_WIDTH, color_system=None, force_terminal=False)
    render_extraction_table(extracted, console)
    return buffer.getvalue()
