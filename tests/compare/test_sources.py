"""Figures paired by who gave them (reportcheck.compare.sources).

Quake, attack and disaster reports put several sources' figures side by
side.  A figure the other report gives that matches one source's figure
agrees with it and is no conflict with the other sources' figures; a figure
both reports attribute to one source is compared with its own, and a
difference there is a sure conflict.  Reports written for these tests in the
shapes of quake and shooting stories (ECB+ 20_3ecbplus: "Tehran's seismologic
center said the quake measured magnitude-5.9, but the U.S. Geological Survey
in Golden, Colo., said it was a magnitude-6.1 temblor")."""

from __future__ import annotations

import datetime as dt

from reportcheck.api import compare_reports
from reportcheck.load import load_text
from reportcheck.models import Status

from .test_confidence import claim, findings_of, hedged

MAG = {"unit": "magnitude", "precision": 0.05}


def magnitude(value: float, report: int, number: int, source: str | None = None):
    return claim("magnitude", {**MAG, "written": value}, report, number, source=source)


def depth(metres: float, report: int, number: int, source: str | None = None):
    return claim("depth", {"unit": "m", "written": metres, "precision": 500}, report, number, source=source)


def cross(found, status=Status.conflict):
    return [f for f in found if f.status is status and not f.internal]


def test_a_figure_one_of_the_other_reports_sources_gives_agrees_with_it():
    found = findings_of(
        magnitude(6.3, 0, 0, "the national geophysical institute"),
        magnitude(6.6, 0, 1, "the USGS"),
        magnitude(6.3, 1, 0),
    )
    assert not cross(found) and not cross(found, Status.possible_conflict)
    (compatible,) = cross(found, Status.compatible)
    assert "agrees with the figure of the national geophysical institute the other report also gives" in (
        compatible.reasons
    )
    assert "the USGS" in compatible.explanation


def test_the_other_reports_source_need_not_be_named_alike():
    """State media relaying the national centre's figure: a 5.4 from "state
    media" matches the 5.4 the centre gave in the other report."""
    found = findings_of(
        magnitude(5.4, 0, 0, "state media"),
        magnitude(5.4, 1, 0, "the earthquake networks center"),
        magnitude(5.0, 1, 1, "the U.S. Geological Survey"),
    )
    assert not cross(found) and not cross(found, Status.possible_conflict)


def test_one_sources_figure_reported_differently_is_a_sure_conflict():
    """The USGS's depth is 35 km in one report, about two miles in the other;
    the other sources' depths are not set against it."""
    found = findings_of(
        depth(35000, 0, 0, "The U.S. Geological Survey"),
        depth(10000, 0, 1, "the national seismological service"),
        hedged(depth(3218.7, 1, 0, "the USGS")),
        min_confidence=0.0,
    )
    (conflict,) = cross(found)
    assert {c.value.written for c in conflict.claims} == {35000, 3218.7}
    assert "both attribute it to the USGS" in conflict.reasons
    assert not any("a report gives" in reason for reason in conflict.reasons)  # no crowd once paired
    across = [f for f in found if not f.internal and len({c.report for c in f.claims}) == 2]
    assert not any(c.value.written == 10000 for f in across for c in f.claims)


def test_one_source_outranks_the_closest_value():
    """Paired by value, 7.0 would be set against the 6.9 of another agency; the
    source pairs it with the USGS's 6.4 of the other report."""
    found = findings_of(
        magnitude(7.0, 0, 0, "the USGS"),
        magnitude(6.9, 1, 0, "the Pacific Tsunami Warning Center"),
        magnitude(6.4, 1, 1, "the US Geological Survey"),
    )
    (conflict,) = cross(found)
    assert {c.value.written for c in conflict.claims} == {7.0, 6.4}
    same = grade_of(conflict)
    different = grade_of(
        cross(findings_of(magnitude(7.0, 0, 0, "the USGS"), magnitude(6.4, 1, 0, "the agency")))[0]
    )
    assert same > different


def grade_of(finding) -> float:
    assert finding.confidence is not None
    return finding.confidence


def test_unattributed_figures_are_still_set_against_each_other():
    """With no source to tell them apart, a report's second figure may be a
    slip: it is still set against the other report's."""
    found = findings_of(magnitude(6.3, 0, 0), magnitude(6.6, 0, 1), magnitude(6.3, 1, 0))
    assert cross(found)
    found = findings_of(magnitude(5.8, 0, 0, "the institute"), magnitude(6.4, 1, 0, "the USGS"))
    assert len(cross(found)) == 1


def test_a_count_the_same_police_gave_differently_conflicts():
    killed = {"unit": "people", "precision": 0.0}
    found = findings_of(
        claim("killed", {**killed, "written": 4}, 0, 0, source="Dayton police"),
        claim("killed", {**killed, "written": 6}, 1, 0, source="police"),
        claim("killed", {**killed, "written": 4}, 1, 1, source="a hospital spokeswoman"),
        min_confidence=0.0,
    )
    (conflict,) = cross(found)
    assert {c.value.written for c in conflict.claims} == {4, 6}
    assert "both attribute it to police" in conflict.reasons


REPORT_A = (
    "LIMA, Peru (AP) -- A strong earthquake shook southern Peru on Tuesday. "
    "Peru's geophysical institute said the quake measured magnitude-6.3, but the "
    "U.S. Geological Survey said it was a magnitude-6.6 temblor. "
    "The U.S. Geological Survey put the depth at 35 kilometers (22 miles)."
)
REPORT_B = (
    "A 6.3-magnitude quake struck near the port of Ilo on Tuesday, officials said. "
    "It struck at a shallow depth of about 2 miles, the USGS said."
)


def test_two_reports_read_by_source():
    reports = [load_text(text, date=dt.date(2026, 4, 14)) for text in (REPORT_A, REPORT_B)]
    found = compare_reports(reports, min_confidence=0.0).findings
    magnitudes = [f for f in found if f.kind.value == "magnitude" and not f.internal]
    assert Status.conflict not in {f.status for f in magnitudes}, [f.explanation for f in magnitudes]
    assert any(f.status is Status.agree for f in magnitudes)
    depths = [f for f in found if f.kind.value == "depth" and f.status is Status.conflict]
    assert len(depths) == 1 and "both attribute it to the USGS" in depths[0].reasons


def test_two_named_sources_figures_in_one_report_are_no_contradiction():
    """ "The center said it struck 20 km down, the provincial bureau said 6 km":
    the report says who said what; two unnamed speakers' figures still count."""
    named = findings_of(depth(20000, 0, 0, "The center"), depth(6000, 0, 1, "the provincial bureau"))
    assert not [f for f in named if f.internal]
    unnamed = findings_of(depth(20000, 0, 0, "a witness"), depth(6000, 0, 1, "police"), min_confidence=0.0)
    assert [f for f in unnamed if f.internal]


def test_a_toll_one_of_two_sources_gives_is_no_conflict_with_the_other():
    """A ministry's toll and a monitor's side by side against the ministry's
    toll alone: the counts' own rule (a count the other report also states)
    holds it, whatever the sources; no reason by source is claimed."""
    killed = {"unit": "people", "precision": 0.0}
    found = findings_of(
        claim("killed", {**killed, "written": 40}, 0, 0, source="the health ministry"),
        claim("killed", {**killed, "written": 52}, 0, 1, source="a monitoring group"),
        claim("killed", {**killed, "written": 40}, 1, 0),
        min_confidence=0.0,
    )
    assert not cross(found) and not cross(found, Status.possible_conflict)
    assert not any("agrees with the figure" in r for f in found for r in f.reasons)


def test_an_agency_named_beside_an_unattributed_lead_figure_is_side_by_side():
    """ "A magnitude 7.5 earthquake shook northern Peru" beside "Peru's
    Geophysical Institute (IGP) gave a magnitude of 8.0" (genre26 eq06, in
    the shape of ECB+ 20_5ecb: "Iran's state television says a magnitude-5.2
    quake ... Geological Survey put the quake's strength at magnitude-5.4"):
    the lead's figure is another agency's, the report names whose the second
    is; a reading by source, no contradiction of the report's own."""
    found = findings_of(magnitude(7.5, 0, 0), magnitude(8.0, 0, 1, "Peru's Geophysical Institute (IGP)"))
    assert not [f for f in found if f.internal], [f.explanation for f in found]
    found = findings_of(magnitude(5.9, 0, 0), magnitude(6.0, 0, 1, "Phivolcs"))
    assert not [f for f in found if f.internal], [f.explanation for f in found]


def test_two_unattributed_magnitudes_of_one_report_still_conflict():
    """Negative: neither figure attributed, the report itself says 7.5 and 8.0."""
    found = findings_of(magnitude(7.5, 0, 0), magnitude(8.0, 0, 1), min_confidence=0.0)
    assert [f for f in found if f.internal and f.kind.value == "magnitude"]


def _magnitude_sources(text: str) -> dict[str, str | None]:
    """The source read for each magnitude of one report, by its words."""
    from reportcheck.api import extract_report

    claims = extract_report(load_text(text), 0).claims
    return {c.evidence.text: c.source for c in claims if c.kind.value == "magnitude"}


def test_an_agency_giving_or_measuring_a_magnitude_is_its_source():
    """ "gave a magnitude of 8.0", "Phivolcs measured it at magnitude 6.0"
    (a proper noun the model tags as no entity): the agency is read as the
    source; "the quake measured 5.9" names none."""
    text = (
        "A magnitude 7.5 earthquake shook northern Peru on Sunday. "
        "Peru's Geophysical Institute (IGP) gave a magnitude of 8.0. "
        "Phivolcs measured it at magnitude 6.0. The quake measured 5.9."
    )
    sources = _magnitude_sources(text)
    assert "Geophysical Institute" in (sources.get("magnitude of 8.0") or ""), sources
    assert "Phivolcs" in (sources.get("magnitude 6.0") or ""), sources
    assert not sources.get("5.9"), sources


def test_an_agency_measuring_in_a_relative_clause_is_its_source(pipeline):
    """genre53a 07 (CNA-style copy): "The US Geological Survey, which
    measured the quake at magnitude 5.3, said it struck at ...", varied: the
    figure in the agency's own relative clause is the agency's, so the
    lead's state-media figure beside it is no contradiction of the report's."""
    text = (
        "A magnitude 5.5 earthquake struck the county of Lindao early on Monday, state media reported. "
        "The European seismological centre, which measured the quake at magnitude 5.2, said it was shallow."
    )
    sources = _magnitude_sources(text)
    assert "seismological centre" in (sources.get("magnitude 5.2") or ""), sources
    found = compare_reports([load_text(text, date=dt.date(2026, 1, 19))], min_confidence=0.0).findings
    internal = [f.explanation for f in found if f.internal and f.kind.value == "magnitude"]
    assert not internal, internal


def test_each_agency_of_one_sentence_gives_its_own_figure():
    """ "The USGS put the magnitude at 5.8; the national seismological service
    measured 6.1": the second figure stands under its own measurer's verb,
    so it is that agency's, not the first speaker's of the sentence; the
    other report's USGS figure is set against the USGS's only."""
    first = (
        "A strong earthquake shook central Chile on Monday. "
        "The USGS put the magnitude at 5.8; the national seismological service measured 6.1."
    )
    sources = _magnitude_sources(first)
    assert "seismological service" in (sources.get("measured 6.1") or ""), sources
    assert "USGS" in (sources.get("magnitude at 5.8") or ""), sources
    second = "A strong earthquake shook central Chile on Monday. The USGS said it had a magnitude of 6.1."
    reports = [load_text(text, date=dt.date(2026, 4, 14)) for text in (first, second)]
    found = compare_reports(reports, min_confidence=0.0).findings
    magnitudes = [
        f for f in found if f.kind.value == "magnitude" and not f.internal and f.status is Status.conflict
    ]
    assert magnitudes and all("5.8" in " ".join(c.evidence.text for c in f.claims) for f in magnitudes)


MINISTRY_AND_VOLUNTEERS = (
    "KORVAT, Nov. 5 - A drone strike on the cattle market in Korvat killed at least 18 people on Tuesday, "
    "the health ministry said. The Korvat Relief Committee, a volunteer group in the town, put the death "
    "toll at 23."
)


def test_a_toll_one_of_two_sources_gives_hedged_is_no_conflict_with_the_other():
    """ "killed at least 18, the ministry said ... a volunteer group put the
    toll at 23" against "killing 18": the ministry's figure, hedged in one
    report only, is in both; the 23 is the other source's."""
    other = (
        "KORVAT, Nov. 5 - The ministry condemned Tuesday's drone strike on Korvat market, "
        "which killed 18 civilians."
    )
    reports = [load_text(text) for text in (MINISTRY_AND_VOLUNTEERS, other)]
    found = compare_reports(reports, min_confidence=0.0).findings
    killed = [f for f in found if f.kind.value == "killed" and not f.internal]
    assert not [f for f in killed if f.status in (Status.conflict, Status.possible_conflict)], [
        (f.status, f.explanation) for f in killed
    ]


def test_a_hedged_toll_of_another_figure_still_conflicts():
    """ "at least 18 ... 23" against 15: no figure of the report is the other's."""
    other = (
        "KORVAT, Nov. 5 - The ministry condemned Tuesday's drone strike on Korvat market, "
        "which killed 15 civilians."
    )
    reports = [load_text(text) for text in (MINISTRY_AND_VOLUNTEERS, other)]
    found = compare_reports(reports, min_confidence=0.0).findings
    killed = [f for f in found if f.kind.value == "killed" and not f.internal]
    assert [f for f in killed if f.status in (Status.conflict, Status.possible_conflict)], [
        (f.status, f.explanation) for f in killed
    ]
