"""What every rendering shows of a finding, decided once.

The terminal table, CSV, Markdown, xlsx and HTML all show a finding as its
status, kind, subject and incident, then what each report says (the claim,
its sentence, who said it, the hedges on it) and why.  Keeping those choices
here means the formats cannot drift apart: the same findings in the same
order, the same quote per value, the same number for a finding everywhere
(its place in the JSON's ``findings``, from 1).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportcheck.models import STATUS_ORDER, Claim, Comparison, Finding, Status

#: beyond this many reports, the reading formats stop giving each report a column
#: of its own and prefix each quote with "report N:" in one column instead
MAX_REPORT_COLUMNS = 2


@dataclass(frozen=True)
class Quote:
    """One value a report states in a finding, and how often it repeats it."""

    claim: Claim
    repeats: int


@dataclass(frozen=True)
class Section:
    """The findings of one incident, kinds together, the most serious kind first."""

    incident: str
    label: str
    findings: list[tuple[int, Finding]]


def status_words(status: Status) -> str:
    """``only_in_one`` as a reader would write it."""
    return status.value.replace("_", " ")


def kind_words(finding: Finding) -> str:
    return finding.kind.value.replace("_", " ")


def hedge_words(claim: Claim) -> str:
    """The hedges on a claim, as written, in a stable order."""
    return ", ".join(sorted({h.text for h in claim.hedges}))


def one_line(text: str) -> str:
    """Text with its line breaks and runs of spaces folded, for a cell."""
    return " ".join(text.split())


def quotes_by_report(finding: Finding, reports: int) -> list[list[Quote]]:
    """One quote per value each report states; repeats of a value are counted.

    An internal finding has two quotes in its one report."""
    firsts: dict[tuple[int, str], Claim] = {}
    counts: dict[tuple[int, str], int] = {}
    for claim in finding.claims:
        key = (claim.report, claim.value.label)
        firsts.setdefault(key, claim)
        counts[key] = counts.get(key, 0) + 1
    quotes: list[list[Quote]] = [[] for _ in range(reports)]
    for key, claim in firsts.items():
        if 0 <= claim.report < reports:
            quotes[claim.report].append(Quote(claim, counts[key] - 1))
    return quotes


def incident_labels(comparison: Comparison) -> dict[str, str]:
    """Incident id -> the label a reader sees."""
    return {incident.id: incident.label for incident in comparison.incidents}


def incident_heading(incident: str, labels: dict[str, str]) -> str:
    """ "main incident", or a background incident's label with its id."""
    label = labels.get(incident, incident)
    return label if incident == "main" else f"{label} ({incident})"


def numbered(comparison: Comparison, *, show_all: bool = True) -> list[tuple[int, Finding]]:
    """Findings with their number (place in the JSON, from 1), ``only_in_one`` kept if asked."""
    return [
        (number, finding)
        for number, finding in enumerate(comparison.findings, start=1)
        if show_all or finding.status is not Status.only_in_one
    ]


def sections(comparison: Comparison, *, show_all: bool = True) -> list[Section]:
    """Findings grouped by incident, then by kind, for the reading formats.

    Incidents come in the comparison's order (the main story first); within
    one, a kind's findings stay together and kinds come in the order of their
    most serious finding, so a conflict still opens its incident's rows."""
    by_severity = sorted(numbered(comparison, show_all=show_all), key=lambda nf: STATUS_ORDER[nf[1].status])
    order = [incident.id for incident in comparison.incidents]
    order += sorted({f.incident for _, f in by_severity} - set(order))
    labels = incident_labels(comparison)
    result = []
    for incident in order:
        in_incident = [nf for nf in by_severity if nf[1].incident == incident]
        if not in_incident:
            continue
        kinds = list(dict.fromkeys(f.kind for _, f in in_incident))
        grouped = sorted(in_incident, key=lambda nf: kinds.index(nf[1].kind))
        result.append(Section(incident, incident_heading(incident, labels), grouped))
    return result


#: the columns of the flat formats (CSV, xlsx) before the per-report ones
FIXED_COLUMNS = ["finding", "status", "kind", "subject", "incident", "incident label", "internal"]
#: what each report gets in the flat formats: "report 1 claim", "report 1 sentence", ...
REPORT_PARTS = ["claim", "sentence", "source", "hedges"]


def flat_header(reports: int) -> list[str]:
    per_report = [f"report {i + 1} {part}" for i in range(reports) for part in REPORT_PARTS]
    return [*FIXED_COLUMNS, *per_report, "explanation"]


def _report_parts(quotes: list[Quote], separator: str) -> list[str]:
    """Claim, sentence, source and hedges of one report's quotes.

    When a report has two values in one finding (an internal finding) each
    part lists both in the same order, with "(none)" keeping the lines paired."""
    if not quotes:
        return ["" for _ in REPORT_PARTS]
    many = len(quotes) > 1

    def part(values: list[str]) -> str:
        return separator.join(v or ("(none)" if many else "") for v in values)

    return [
        part([q.claim.evidence.text for q in quotes]),
        part([one_line(q.claim.evidence.sentence) for q in quotes]),
        part([q.claim.source or "" for q in quotes]),
        part([hedge_words(q.claim) for q in quotes]),
    ]


def flat_rows(comparison: Comparison, *, separator: str = "\n") -> list[list[str]]:
    """Every finding as one row of strings under :func:`flat_header`, in JSON order."""
    reports = len(comparison.reports)
    labels = incident_labels(comparison)
    rows = []
    for number, finding in numbered(comparison):
        per_report = [
            part for quotes in quotes_by_report(finding, reports) for part in _report_parts(quotes, separator)
        ]
        rows.append(
            [
                str(number),
                finding.status.value,
                finding.kind.value,
                finding.subject_label,
                finding.incident,
                labels.get(finding.incident, finding.incident),
                "yes" if finding.internal else "no",
                *per_report,
                finding.explanation,
            ]
        )
    return rows


def status_counts(comparison: Comparison) -> dict[Status, int]:
    return {status: sum(1 for f in comparison.findings if f.status is status) for status in Status}


def summary_line(comparison: Comparison) -> str:
    """ "2 conflict, 3 compatible, 8 agree, 23 only in one"."""
    return ", ".join(f"{n} {status_words(s)}" for s, n in status_counts(comparison).items())
