"""What every rendering shows of a finding, decided once.

The terminal table, CSV, Markdown, xlsx and HTML all show a finding as its
status, kind, subject and incident, then what each report says (the claim,
its sentence, who said it, the hedges on it) and why.  Keeping those choices
here means the formats cannot drift apart: the same findings in the same
order, the same quote per value.

The reading formats (table, Markdown, HTML) show findings by incident and
kind and number them as shown, 1, 2, 3 down the page; unless ``--all`` is
given they fold an agreement on a name written alike in every report into
one "also named in both" line, since such a row says no more than that line.
The data formats (JSON, CSV, xlsx) keep every finding in the JSON's order
and number it by its place there, from 1.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportcheck.knowledge.vocabulary import STREET, VENUE, is_named_person
from reportcheck.models import STATUS_ORDER, Claim, ClaimKind, Comparison, Finding, Status

#: beyond this many reports, the reading formats stop giving each report a column
#: of its own and prefix each quote with "report N:" in one column instead
MAX_REPORT_COLUMNS = 2

#: subjects whose agreement is only a name both reports mention: a place, a
#: venue or a street named anywhere in the story (extract/places/venues.py
#: gives the last two their subjects), and a person (``person:<surname>``).  A place with a
#: role (where a victim died, where a weapon was found), a weapon and every
#: measured kind (counts, times, dates, distances...) keep their rows: that
#: they agree is a fact about the incident.
PLACE_SUBJECT = "place"


@dataclass(frozen=True)
class Quote:
    """One value a report states in a finding, and how often it repeats it."""

    claim: Claim
    repeats: int


@dataclass(frozen=True)
class Section:
    """The findings of one incident, kinds together, the most serious kind first.

    ``findings`` pairs each row with the number it is shown with; ``folded``
    holds the agreements on a name written alike in every report, shown only
    as one line of names (:func:`named_line`)."""

    incident: str
    label: str
    findings: list[tuple[int, Finding]]
    folded: list[Finding] = field(default_factory=list)


def status_words(status: Status) -> str:
    """``only_in_one`` as a reader would write it."""
    return status.value.replace("_", " ")


def kind_words(finding: Finding) -> str:
    return finding.kind.value.replace("_", " ")


def confidence_words(finding: Finding) -> str:
    """ "confidence 0.82: same measure: depth; both stated without hedge", or ""
    for a finding that is no conflict: how sure the comparer is, and why."""
    if finding.confidence is None:
        return ""
    reasons = "; ".join(finding.reasons)
    return f"confidence {finding.confidence:.2f}" + (f": {reasons}" if reasons else "")


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
    """Findings with their number (place in the JSON, from 1), ``only_in_one`` kept if asked.

    The data formats number by this; the reading formats by :func:`sections`."""
    return [
        (number, finding)
        for number, finding in enumerate(comparison.findings, start=1)
        if show_all or finding.status is not Status.only_in_one
    ]


def written_alike(text: str) -> str:
    """A claim's words with case, runs of spaces and curly apostrophes folded:
    "Vladimir  Putin" and "vladimir putin" are written alike, "Kyiv" and "Kiev" are not."""
    return one_line(text).casefold().replace("\u2019", "'").replace("\u2018", "'")


def incident_reports(comparison: Comparison) -> dict[str, set[int]]:
    """Incident id -> the reports that recount it (a batch group's, or every report)."""
    return {
        incident.id: {cover.report for cover in incident.reports}
        for incident in comparison.incidents
        if incident.reports
    }


def is_bare_name(finding: Finding) -> bool:
    """Whether a finding is about a name a report mentions, not a fact about the incident."""
    if finding.kind is ClaimKind.location:
        return finding.subject in (PLACE_SUBJECT, VENUE, STREET)
    return is_named_person(finding.kind, finding.subject)


def is_named_alike(finding: Finding, recounting: set[int]) -> bool:
    """Whether a finding is only the same name, written the same way, in every
    report that recounts its incident (``recounting``).

    Such an agreement ("Russia vs Russia: the same place") folds into the
    incident's "also named in" line.  Any other agreement keeps its row: a
    name written differently (Kyiv / Kiev), a measured value (20km / 12
    miles, 12am / midnight, counts, dates) or an agreement between only some
    of three or more reports, which the line could not describe."""
    if finding.status is not Status.agree or finding.internal or not is_bare_name(finding):
        return False
    reports = {claim.report for claim in finding.claims}
    if len(reports) < 2 or reports != recounting:
        return False
    return len({written_alike(claim.evidence.text) for claim in finding.claims}) == 1


def named_line(section: Section) -> str:
    """ "also named in both: Russia, Ukraine", or "... in all 3 reports: ...", or ""."""
    if not section.folded:
        return ""
    names: dict[str, str] = {}
    for finding in section.folded:
        written = [one_line(claim.evidence.text) for claim in finding.claims]
        # a dateline's "RUSSIA" is the same name, but "Russia" reads better
        text = next((w for w in written if not w.isupper()), written[0])
        names.setdefault(written_alike(text), text)
    reports = len({claim.report for claim in section.folded[0].claims})
    where = "both" if reports == 2 else f"all {reports} reports"
    return f"also named in {where}: " + ", ".join(names.values())


def sections(
    comparison: Comparison, *, show_all: bool = True, keep_only_in_one: bool = False
) -> list[Section]:
    """Findings grouped by incident, then by kind, for the reading formats.

    Incidents come in the comparison's order (the main story first); within
    one, a kind's findings stay together and kinds come in the order of their
    most serious finding, so a conflict still opens its incident's rows.
    Rows are numbered 1, 2, 3 in that order, across incidents.

    ``show_all`` (``--all``) gives every finding a row.  Without it
    ``only_in_one`` findings are left out (unless ``keep_only_in_one``: the
    HTML page lists them behind a filter) and agreements on a name written
    alike in every report are folded (:func:`is_named_alike`)."""
    everyone = set(range(len(comparison.reports)))
    recounting = incident_reports(comparison)
    listed = show_all or keep_only_in_one
    by_severity = sorted(
        (f for f in comparison.findings if listed or f.status is not Status.only_in_one),
        key=lambda f: STATUS_ORDER[f.status],
    )
    order = [incident.id for incident in comparison.incidents]
    order += sorted({f.incident for f in by_severity} - set(order))
    labels = incident_labels(comparison)
    result = []
    shown = 0
    for incident in order:
        in_incident = [f for f in by_severity if f.incident == incident]
        if not in_incident:
            continue
        kinds = list(dict.fromkeys(f.kind for f in in_incident))
        grouped = sorted(in_incident, key=lambda f: kinds.index(f.kind))
        covered = recounting.get(incident, everyone)
        folded = [] if show_all else [f for f in grouped if is_named_alike(f, covered)]
        folded_ids = {id(f) for f in folded}
        rows = [f for f in grouped if id(f) not in folded_ids]
        numbered_rows = list(enumerate(rows, start=shown + 1))
        shown += len(rows)
        result.append(Section(incident, incident_heading(incident, labels), numbered_rows, folded))
    return result


def folded_count(found: list[Section]) -> int:
    """How many agreements the sections fold into their "also named" lines."""
    return sum(len(section.folded) for section in found)


#: the columns of the flat formats (CSV, xlsx) before the per-report ones
FIXED_COLUMNS = ["finding", "status", "kind", "subject", "incident", "incident label", "internal"]
#: the columns after the explanation: a conflict's confidence (0-1) and its reasons
GRADE_COLUMNS = ["confidence", "reasons"]
#: what each report gets in the flat formats: "report 1 claim", "report 1 sentence", ...
REPORT_PARTS = ["claim", "sentence", "source", "hedges"]


def flat_header(reports: int) -> list[str]:
    per_report = [f"report {i + 1} {part}" for i in range(reports) for part in REPORT_PARTS]
    return [*FIXED_COLUMNS, *per_report, "explanation", *GRADE_COLUMNS]


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
                "" if finding.confidence is None else f"{finding.confidence:.2f}",
                "; ".join(finding.reasons),
            ]
        )
    return rows


def incident_warning(comparison: Comparison) -> str | None:
    """The line every reading format opens with when the reports look like
    different incidents (reportcheck.incident_match), else None."""
    match = comparison.incident_match
    if match is None or match.decision != "different":
        return None
    against = [e.detail for e in match.evidence if e.relation == "contradicting"][:2]
    why = f" ({'; '.join(against)})" if against else ""
    if match.forced:
        return (
            f"Warning: these reports look like different incidents{why}; compared as one (--same-incident)."
        )
    return (
        f"Warning: these reports look like different incidents{why}. Only each report's "
        "contradictions with itself are shown; --same-incident compares them."
    )


def status_counts(comparison: Comparison) -> dict[Status, int]:
    return {status: sum(1 for f in comparison.findings if f.status is status) for status in Status}


def all_hint(comparison: Comparison, folded: int, show_all: bool) -> str:
    """What ``--all`` would add to the table or document, when it would add anything:
    one wording for every renderer, so the terminal and the Markdown file say the same."""
    hidden = []
    if not show_all and any(f.status is Status.only_in_one for f in comparison.findings):
        hidden.append("claims found in only one report")
    if folded:
        hidden.append("each shared name")
    return f" (use --all to list {' and '.join(hidden)})" if hidden else ""


def summary_line(comparison: Comparison) -> str:
    """ "2 conflict, 1 possible conflict, 3 compatible, 8 agree, 23 only in one";
    possible conflicts are named only when there are some."""
    counts = status_counts(comparison)
    return ", ".join(
        f"{n} {status_words(s)}" for s, n in counts.items() if n or s is not Status.possible_conflict
    )
