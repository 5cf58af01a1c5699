"""``--format html``: one self-contained page to read the findings in the articles.

On top, the counts per status (which double as filters and a legend) and
one row per finding; below, the articles side by side, each scrolling on its
own, with every claim highlighted by status (colour) and kind (a small
label).  Clicking a finding lights up its sentences and claims in every
article and scrolls each article to them; clicking a claim selects its
finding.

The page needs no network: CSS and JavaScript are inline, and a
Content-Security-Policy allows only those two, by hash, so nothing in the
page can fetch anything or run any other script.  Article text is built
from the original file by offsets (so highlights land exactly) and escaped
piece by piece (:mod:`reportcheck.export.spans`): markup in an article shows
as text.  Every finding is listed, ``only_in_one`` included (the status
boxes hide what a reader does not want), numbered as shown; names the
reports write alike are listed once per incident instead of a row each,
unless ``--all`` is given.  Their words are still highlighted in the
articles, with no finding to select.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from html import escape
from importlib import resources
from pathlib import PurePath

from reportcheck.export.rows import (
    Quote,
    Section,
    confidence_words,
    hedge_words,
    incident_warning,
    kind_words,
    named_line,
    quotes_by_report,
    sections,
    status_counts,
    status_words,
)
from reportcheck.export.spans import Span, render_spans
from reportcheck.models import STATUS_ORDER, ClaimKind, Comparison, Finding, ReportInfo, Status

#: kinds share a highlight colour by what they are about; the legend names them
KIND_GROUPS: dict[str, tuple[ClaimKind, ...]] = {
    "where": (ClaimKind.location,),
    "when": (ClaimKind.date, ClaimKind.time),
    "measure": (
        ClaimKind.distance,
        ClaimKind.height,
        ClaimKind.depth,
        ClaimKind.magnitude,
        ClaimKind.other_quantity,
    ),
    "toll": (
        ClaimKind.killed,
        ClaimKind.injured,
        ClaimKind.missing,
        ClaimKind.arrested,
        ClaimKind.other_count,
    ),
    "who": (ClaimKind.person, ClaimKind.age),
    "weapon": (ClaimKind.weapon,),
}
KIND_GROUP = {kind: group for group, kinds in KIND_GROUPS.items() for kind in kinds}
KIND_GROUP_WORDS = {
    "where": "place",
    "when": "date, time",
    "measure": "distance, size",
    "toll": "killed, injured…",
    "who": "person, age",
    "weapon": "weapon",
}


def _asset(name: str) -> str:
    return resources.files("reportcheck.export").joinpath("assets", name).read_text(encoding="utf-8")


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def report_sources() -> tuple[str, str]:
    """The CSP sources (hashes) of the report's style and script: a page that
    embeds the report (``reportcheck serve``) allows exactly these two."""
    return _csp_hash(_asset("report.css")), _csp_hash(_asset("report.js"))


def sentence_key(report: int, start: int, end: int) -> str:
    """The id of a sentence's element (and the key of its pieces)."""
    return f"s{report}-{start}-{end}"


def claim_key(report: int, start: int, end: int) -> str:
    return f"c{report}-{start}-{end}"


@dataclass
class _Mark:
    """A claim's words in one report, and the findings that cite them."""

    status: Status
    kinds: list[str] = field(default_factory=list)
    findings: list[int] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)


def _marks(found: list[Section]) -> dict[tuple[int, int, int], _Mark]:
    """(report, start, end) -> its mark; a claim in several findings takes the most serious status.

    A mark names the rows (by their shown number) that cite it; a folded
    agreement's claims are marked too, with no row to name."""
    marks: dict[tuple[int, int, int], _Mark] = {}
    cited: list[tuple[int | None, Finding]] = [
        (number, finding) for section in found for number, finding in section.findings
    ]
    cited += [(None, finding) for section in found for finding in section.folded]
    for number, finding in cited:
        for claim in finding.claims:
            key = (claim.report, claim.evidence.start, claim.evidence.end)
            mark = marks.setdefault(key, _Mark(finding.status))
            if STATUS_ORDER[finding.status] < STATUS_ORDER[mark.status]:
                mark.status = finding.status
            if claim.kind.value not in mark.kinds:
                mark.kinds.append(claim.kind.value)
            status = status_words(finding.status)
            if number is None:
                title = f"{status}, {finding.subject_label}: named alike in every report"
                if title not in mark.titles:
                    mark.titles.append(title)
            elif number not in mark.findings:
                mark.findings.append(number)
                mark.titles.append(f"finding {number}: {status}, {finding.subject_label}")
    return marks


def _sentences(comparison: Comparison, report: int) -> dict[tuple[int, int], str]:
    """A report's sentences, (start, end) -> incident id: those the incidents
    cover and those any claim stands in."""
    found: dict[tuple[int, int], str] = {}
    for incident in comparison.incidents:
        for cover in incident.reports:
            if cover.report == report:
                for sentence in cover.sentences:
                    found.setdefault((sentence.start, sentence.end), incident.id)
    for finding in comparison.findings:
        for claim in finding.claims:
            if claim.report == report:
                ev = claim.evidence
                found.setdefault((ev.sentence_start, ev.sentence_end), claim.incident)
    return found


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence's range without the spaces and line breaks at its ends,
    so a highlighted sentence does not light up the empty line after it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _article_spans(comparison: Comparison, report: int, marks: dict) -> list[Span]:
    labels = {incident.id: incident.label for incident in comparison.incidents}
    text = comparison.reports[report].text
    spans = []
    for (start, end), incident in sorted(_sentences(comparison, report).items()):
        key = sentence_key(report, start, end)
        start, end = _trimmed(text, start, end)
        attrs: tuple[tuple[str, str], ...] = (("class", "sent"), ("data-k", key))
        if incident != "main":
            label = labels.get(incident, incident)
            attrs = (("class", "sent bg"), ("data-k", key), ("title", f"background incident: {label}"))
        spans.append(Span(start, end, 0, "span", attrs, key))
    for (mark_report, start, end), mark in sorted(marks.items()):
        if mark_report != report:
            continue
        key = claim_key(report, start, end)
        groups = sorted({KIND_GROUP[ClaimKind(kind)] for kind in mark.kinds})
        # a claim only folded agreements cite has no row to select: no data-f
        cites = (("data-f", " ".join(map(str, mark.findings))),) if mark.findings else ()
        attrs = (
            ("class", f"claim st-{mark.status.value} kd-{groups[0]}"),
            ("data-k", key),
            *cites,
            ("data-kind", "/".join(kind.replace("_", " ") for kind in mark.kinds)),
            ("title", "\n".join(mark.titles)),
        )
        spans.append(Span(start, end, 1, "mark", attrs, key))
    cues = {
        (cue.start, cue.end): f"{cue.category.replace('_', ' ')}: {cue.text}"
        for finding in comparison.findings
        for claim in finding.claims
        if claim.report == report
        for cue in claim.hedges
    }
    for (start, end), title in sorted(cues.items()):
        spans.append(Span(start, end, 2, "span", (("class", "cue"), ("title", title))))
    return spans


def _targets(finding: Finding) -> str:
    """The keys a finding lights up: each claim's sentence and words, in report order."""
    keys: dict[str, None] = {}
    for claim in sorted(finding.claims, key=lambda c: (c.report, c.evidence.start)):
        ev = claim.evidence
        keys[sentence_key(claim.report, ev.sentence_start, ev.sentence_end)] = None
        keys[claim_key(claim.report, ev.start, ev.end)] = None
    return " ".join(keys)


def _quote_cell(quotes: list[Quote]) -> str:
    if not quotes:
        return '<td><span class="none">—</span></td>'
    parts = []
    for quote in quotes:
        qualifiers = []
        if quote.claim.source:
            qualifiers.append(f"source: {quote.claim.source}")
        if quote.claim.hedges:
            qualifiers.append(f"hedged: {hedge_words(quote.claim)}")
        if quote.repeats:
            qualifiers.append(f"+{quote.repeats} more mention{'s' if quote.repeats > 1 else ''}")
        piece = f'<span class="claimtext">{escape(quote.claim.evidence.text)}</span>'
        if qualifiers:
            piece += f'<span class="qual">{escape("; ".join(qualifiers))}</span>'
        parts.append(piece)
    return "<td>" + "<br>".join(parts) + "</td>"


def _finding_row(number: int, finding: Finding, reports: int) -> str:
    status = finding.status.value
    inside = " <small>(inside one report)</small>" if finding.internal else ""
    cells = "".join(_quote_cell(q) for q in quotes_by_report(finding, reports))
    return (
        f'<tr class="finding st-{status}" id="f{number}" data-targets="{_targets(finding)}">'
        f'<td><button type="button" class="go" aria-label="show finding {number} in the articles">'
        f"{number}</button></td>"
        f'<td><span class="badge st-{status}">{status_words(finding.status)}</span>{inside}</td>'
        f'<td><span class="kd kd-{KIND_GROUP[finding.kind]}">{escape(kind_words(finding))}</span><br>'
        f"{escape(finding.subject_label)}</td>"
        f'{cells}<td class="why">{escape(finding.explanation)}{_graded(finding)}</td></tr>'
    )


def _graded(finding: Finding) -> str:
    """A conflict's confidence and reasons under its explanation."""
    words = confidence_words(finding)
    return f'<br><small class="conf">{escape(words)}</small>' if words else ""


def _name(report: ReportInfo) -> str:
    return PurePath(report.path).name or report.path


def _named_row(section: Section, width: int) -> str:
    """The incident's "also named in both" line, hidden with the agreements."""
    named = named_line(section)
    if not named:
        return ""
    return f'<tr class="named st-agree"><td colspan="{width}">{escape(named)}</td></tr>'


def _summary(comparison: Comparison, found: list[Section]) -> str:
    reports = len(comparison.reports)
    counts = status_counts(comparison)
    boxes = "".join(
        f'<label><input type="checkbox" data-status="{s.value}" checked> '
        f'<span class="badge st-{s.value}">{n} {status_words(s)}</span></label>'
        for s, n in counts.items()
    )
    kinds = " ".join(
        f'<span class="kd kd-{group}">{escape(words)}</span>' for group, words in KIND_GROUP_WORDS.items()
    )
    total = len(comparison.findings)
    head = "".join(
        f'<th title="{escape(r.path)}">report {i + 1}</th>' for i, r in enumerate(comparison.reports)
    )
    width = 4 + reports
    body = []
    for section in found:
        body.append(f'<tr class="incident"><th colspan="{width}">{escape(section.label)}</th></tr>')
        body.append(_named_row(section, width))
        body.extend(_finding_row(number, finding, reports) for number, finding in section.findings)
    return (
        '<section class="summary" aria-label="findings">'
        f'<div class="bar"><span class="total" id="total" data-count="{total}">'
        f"{total} finding{'s' if total != 1 else ''}</span>{boxes}"
        f'<span class="kinds">kinds: {kinds}</span></div>'
        '<div class="scroll"><table class="findings"><thead><tr><th>#</th><th>status</th><th>finding</th>'
        f"{head}<th>why</th></tr></thead><tbody>{''.join(body)}</tbody></table></div></section>"
    )


def _article(comparison: Comparison, index: int, marks: dict) -> str:
    report = comparison.reports[index]
    meta = " · ".join(escape(part) for part in (report.headline, report.date) if part)
    if report.text:
        text = render_spans(report.text, _article_spans(comparison, index, marks))
        body = f'<div class="text">{text}</div>'
    else:
        body = '<p class="text empty">The text of this report is not available.</p>'
    return (
        f'<article class="report" id="report-{index + 1}" aria-label="report {index + 1}">'
        f'<header><div class="rn">report {index + 1}</div>'
        f'<div class="name" title="{escape(report.path)}">{escape(_name(report))}</div>'
        + (f'<div class="meta">{meta}</div>' if meta else "")
        + f"</header>{body}</article>"
    )


def _warning(comparison: Comparison) -> str:
    warning = incident_warning(comparison)
    return f'<p class="warning" role="alert">{escape(warning)}</p>' if warning else ""


def render_html(comparison: Comparison, *, show_all: bool = False) -> str:
    from reportcheck import __version__

    style, script = _asset("report.css"), _asset("report.js")
    policy = (
        f"default-src 'none'; style-src {_csp_hash(style)}; script-src {_csp_hash(script)}; "
        "base-uri 'none'; form-action 'none'"
    )
    names = " vs ".join(_name(r) for r in comparison.reports)
    conflicts = status_counts(comparison)[Status.conflict]
    verdict = f"{conflicts} conflict{'s' if conflicts != 1 else ''}" if conflicts else "no conflict"
    listing = " · ".join(
        f"report {i + 1}: <b>{escape(_name(r))}</b>" + (f" — {escape(r.headline)}" if r.headline else "")
        for i, r in enumerate(comparison.reports)
    )
    found = sections(comparison, show_all=show_all, keep_only_in_one=True)
    marks = _marks(found)
    articles = "".join(_article(comparison, i, marks) for i in range(len(comparison.reports)))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{escape(policy)}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="reportcheck {escape(__version__)}">'
        f"<title>reportcheck: {escape(names)}</title>"
        f"<style>{style}</style></head>\n<body>"
        f'<header class="top"><h1>reportcheck <span class="verdict">— {verdict}</span></h1>'
        f'<p class="reports">{listing}</p>{_warning(comparison)}</header>\n'
        f"{_summary(comparison, found)}\n"
        f'<main class="articles">{articles}</main>\n'
        f"<script>{script}</script></body></html>\n"
    )
