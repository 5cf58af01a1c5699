"""What the reading formats (table, Markdown, HTML) show, on hand-made findings.

Agreements on a name every report writes alike fold into one "also named
in both" line; every other finding keeps its row, and ``--all`` gives every
finding a row.  Rows are numbered as shown; the data formats keep every
finding.  (tests/export/test_export.py checks the same on the sample pair.)
"""

from __future__ import annotations

import re

import pytest

from reportcheck.export.html import render_html
from reportcheck.export.jsonout import render_json
from reportcheck.export.markdown import render_markdown
from reportcheck.export.rows import is_named_alike, named_line, sections
from reportcheck.export.table import render_table_text
from reportcheck.models import (
    Claim,
    ClaimKind,
    Comparison,
    Evidence,
    Finding,
    IncidentCoverage,
    IncidentInfo,
    ReportInfo,
    Status,
    Value,
)

BOTH = {0, 1}


def _claim(report: int, kind: ClaimKind, text: str, *, subject: str = "place", number: float | None = None):
    sentence = f"Police said it happened in {text} on Sunday."
    start = sentence.index(text)
    value = Value(name=text, label=text) if number is None else Value(written=number, low=number, high=number)
    return Claim(
        id=f"r{report}-{text}",
        report=report,
        kind=kind,
        subject=subject,
        subject_label=subject.removeprefix("person:"),
        value=value,
        evidence=Evidence(
            text=text,
            start=start,
            end=start + len(text),
            sentence=sentence,
            sentence_start=0,
            sentence_end=len(sentence),
        ),
    )


def _finding(kind: ClaimKind, *texts: str, status=Status.agree, subject="place", number=None, reports=None):
    """A finding whose claims say ``texts``, one per report (report 0, 1, ...) unless told."""
    owners = reports or range(len(texts))
    claims = [_claim(r, kind, t, subject=subject, number=number) for r, t in zip(owners, texts, strict=True)]
    return Finding(
        status=status,
        kind=kind,
        subject=subject,
        subject_label=subject.removeprefix("person:"),
        internal=len(claims) > 1 and len({c.report for c in claims}) == 1,
        incident="main",
        explanation=f"{' vs '.join(texts)}: the same",
        claims=claims,
    )


def _comparison(*findings: Finding, reports: int = 2) -> Comparison:
    return Comparison(
        reports=[ReportInfo(path=f"report_{i}.txt", sha256="0" * 64) for i in range(reports)],
        findings=list(findings),
        incidents=[
            IncidentInfo(
                id="main",
                label="main incident",
                reports=[IncidentCoverage(report=i, label="main", sentences=[]) for i in range(reports)],
            )
        ],
    )


# -- which agreements fold ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "finding",
    [
        _finding(ClaimKind.location, "Russia", "Russia"),
        _finding(ClaimKind.location, "Russia", "RUSSIA"),
        _finding(ClaimKind.location, "Luhansk People’s Republic", "Luhansk People's  Republic"),
        _finding(ClaimKind.person, "Vladimir Putin", "Vladimir Putin", subject="person:putin"),
        _finding(ClaimKind.location, "Russia", "Russia", "Russia", reports=[0, 1, 1]),  # repeats
    ],
    ids=["same", "case", "apostrophe-and-spaces", "person", "repeated"],
)
def test_an_agreement_on_a_name_written_alike_folds(finding):
    assert is_named_alike(finding, BOTH)


@pytest.mark.parametrize(
    "finding",
    [
        _finding(ClaimKind.location, "Kyiv", "Kiev"),
        _finding(ClaimKind.location, "Rostov", "Rostov region"),
        _finding(ClaimKind.person, "Putin", "Vladimir Putin", subject="person:putin"),
        _finding(ClaimKind.distance, "20km", "20km", subject="distance from border", number=20000),
        _finding(ClaimKind.time, "midnight", "midnight", subject="time of the incident", number=0),
        _finding(ClaimKind.date, "Sunday", "Sunday", subject="date of the incident", number=738000),
        _finding(ClaimKind.killed, "three", "three", subject="people killed", number=3),
        _finding(ClaimKind.weapon, "automatic weapon", "automatic weapon", subject="weapon used"),
        _finding(ClaimKind.location, "the scene", "the scene", subject="death-place:tennant"),
        _finding(ClaimKind.location, "Russia", "Russia", status=Status.compatible),
        _finding(ClaimKind.location, "Russia", "Russia", status=Status.conflict),
        _finding(ClaimKind.location, "Russia", "Russia", reports=[1, 1]),  # inside one report
    ],
    ids=[
        "spelt-differently",
        "worded-differently",
        "person-worded-differently",
        "distance",
        "time",
        "date",
        "count",
        "weapon",
        "place-with-a-role",
        "compatible",
        "conflict",
        "internal",
    ],
)
def test_every_other_finding_keeps_its_row(finding):
    assert not is_named_alike(finding, BOTH)


def test_past_two_reports_a_name_folds_only_when_every_report_gives_it():
    in_two = _finding(ClaimKind.location, "Russia", "Russia")
    in_three = _finding(ClaimKind.location, "Russia", "Russia", "Russia")
    assert not is_named_alike(in_two, {0, 1, 2})
    assert is_named_alike(in_three, {0, 1, 2})
    found = sections(_comparison(in_two, in_three, reports=3), show_all=False)
    assert [f for _, f in found[0].findings] == [in_two]
    assert named_line(found[0]) == "also named in all 3 reports: Russia"


def test_sections_fold_names_into_one_line_and_all_shows_them():
    russia = _finding(ClaimKind.location, "Russia", "Russia")
    kyiv = _finding(ClaimKind.location, "Kyiv", "Kiev")
    putin = _finding(ClaimKind.person, "Vladimir Putin", "Vladimir Putin", subject="person:putin")
    killed = _finding(ClaimKind.killed, "3", "3", subject="people killed", number=3)
    comparison = _comparison(killed, russia, kyiv, putin)
    folded = sections(comparison, show_all=False)[0]
    assert [f for _, f in folded.findings] == [killed, kyiv]
    assert folded.folded == [russia, putin]
    assert named_line(folded) == "also named in both: Russia, Vladimir Putin"
    everything = sections(comparison, show_all=True)[0]
    assert len(everything.findings) == 4 and everything.folded == []
    assert named_line(everything) == ""


def test_the_same_name_twice_is_named_once():
    one = _finding(ClaimKind.location, "Russia", "Russia")
    other = one.model_copy(update={"subject": "place", "explanation": "again"})
    assert named_line(sections(_comparison(one, other), show_all=False)[0]) == "also named in both: Russia"


# -- the formats --------------------------------------------------------------------------------


@pytest.fixture
def names_and_facts() -> Comparison:
    return _comparison(
        _finding(ClaimKind.killed, "3", "3", subject="people killed", number=3),
        _finding(ClaimKind.location, "Russia", "Russia"),
        _finding(ClaimKind.location, "Kyiv", "Kiev"),
        _finding(ClaimKind.location, "Springfield", status=Status.only_in_one),
    )


def test_table_folds_names_unless_all(names_and_facts):
    folded = render_table_text(names_and_facts)
    assert "also named in both: Russia" in folded
    assert "Russia vs Russia" not in folded and "Kyiv vs Kiev" in folded and "3 vs 3" in folded
    assert "each shared name" in folded.splitlines()[-1]
    everything = render_table_text(names_and_facts, show_all=True)
    assert "also named" not in everything and "Russia vs Russia" in everything
    assert "use --all" not in everything


def test_markdown_folds_names_unless_all(names_and_facts):
    folded = render_markdown(names_and_facts)
    assert "\nalso named in both: Russia\n" in folded and "Russia vs Russia" not in folded
    assert re.findall(r"^\| (\d+) \|", folded, re.M) == ["1", "2"]
    everything = render_markdown(names_and_facts, show_all=True)
    assert "also named" not in everything and "Russia vs Russia" in everything
    assert re.findall(r"^\| (\d+) \|", everything, re.M) == ["1", "2", "3", "4"]


def test_table_and_markdown_say_alike_what_all_would_add(names_and_facts):
    """One hint for both: a reader who saw the terminal finds the same words in the file."""
    summary = "0 conflict, 0 compatible, 3 agree, 1 only in one"
    hint = "(use --all to list claims found in only one report and each shared name)"
    assert f"{summary} {hint}" in render_table_text(names_and_facts)
    assert f"\n{summary} {hint}\n" in render_markdown(names_and_facts)
    assert "use --all" not in render_markdown(names_and_facts, show_all=True)


def test_html_folds_names_unless_all(names_and_facts):
    folded = render_html(names_and_facts)
    assert "also named in both: Russia" in folded and "Russia vs Russia" not in folded
    assert re.findall(r'<tr class="finding [^"]*" id="f(\d+)"', folded) == ["1", "2", "3"]  # only_in_one too
    everything = render_html(names_and_facts, show_all=True)
    assert "also named" not in everything and "Russia vs Russia" in everything


def test_an_incident_of_folded_names_only_is_its_heading_and_the_line():
    only_names = _comparison(_finding(ClaimKind.location, "RUSSIA", "Russia"))
    markdown = render_markdown(only_names)
    assert "\nalso named in both: Russia\n" in markdown and "| # |" not in markdown
    assert "also named in both: Russia" in render_table_text(only_names)
    html = render_html(only_names)
    assert "also named in both: Russia" in html and '<tr class="finding' not in html


def test_json_keeps_every_finding(names_and_facts):
    assert render_json(names_and_facts).count('"explanation"') == 4
