"""Background incidents of two reports are one incident when their dates
overlap, or when neither dates them and both name one town."""

from __future__ import annotations

from reportcheck.align import align_incidents
from reportcheck.incidents import Incident
from reportcheck.knowledge.vocabulary import MAIN
from reportcheck.models import Claim, ClaimKind, Evidence, Value, details_from_attrs


def claim(kind: ClaimKind, report: int, value: Value, **attrs: str) -> Claim:
    text = value.label or "x"
    evidence = Evidence(text=text, start=0, end=1, sentence=text, sentence_start=0, sentence_end=1)
    return Claim(
        id=f"r{report}-{kind.value}-{value.label}",
        report=report,
        kind=kind,
        subject="s",
        subject_label="s",
        value=value,
        evidence=evidence,
        details=details_from_attrs(kind, dict(attrs)),
    )


def town(report: int, geonameid: str) -> Claim:
    return claim(
        ClaimKind.location, report, Value(name="Bam", label="Bam"), place_kind="city", geonameid=geonameid
    )


def day(report: int, ordinal: float) -> Claim:
    return claim(ClaimKind.date, report, Value(low=ordinal, high=ordinal, label=str(ordinal)))


def background(report: int, places=(), dates=()) -> Incident:
    return Incident(id=f"r{report}-bg1", label="earlier", places=list(places), dates=list(dates))


def test_undated_background_incidents_naming_one_town_align():
    a, b = background(0, places=[town(0, "1")]), background(1, places=[town(1, "1")])
    shared = align_incidents([[Incident(MAIN, "main"), a], [Incident(MAIN, "main"), b]])
    assert shared[(1, b.id)] == a.id


def test_background_incidents_in_other_towns_stay_apart():
    a, b = background(0, places=[town(0, "1")]), background(1, places=[town(1, "2")])
    shared = align_incidents([[a], [b]])
    assert shared[(1, b.id)] == b.id


def test_dates_that_differ_keep_incidents_apart_even_in_one_town():
    a = background(0, places=[town(0, "1")], dates=[day(0, 731000.0)])
    b = background(1, places=[town(1, "1")], dates=[day(1, 735000.0)])
    shared = align_incidents([[a], [b]])
    assert shared[(1, b.id)] == b.id
