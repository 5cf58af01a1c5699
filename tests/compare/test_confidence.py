"""Confidence and reasons of a conflict, and the possible_conflict status under the threshold.

Each case is a pattern of reporting: a firm revision of one figure across two
reports (sure), two values one roundup gives for different shootings (not
sure), the same values once the extract stage has said which event, measure
and scope they belong to (surer)."""

from __future__ import annotations

import math

import pytest

from reportcheck.compare import compare_groups, sort_findings
from reportcheck.compare.confidence import (
    DEFAULT_MIN_CONFIDENCE,
    confidence_rules,
    evidence,
    grade,
    measure_words,
)
from reportcheck.models import Claim, ClaimKind, Cue, GroupKey, Status, ValueFrame

from .test_compare import make_claim


def claim(kind: str, side: dict, report: int, number: int = 0, **update) -> Claim:
    made = make_claim(kind, side, report)
    return made.model_copy(update={"id": f"r{report}-{number:03d}", **update})


def hedged(made: Claim, word: str = "about") -> Claim:
    cue = Cue(category="approximate", cue=word, text=word, start=0, end=len(word))
    return made.model_copy(update={"hedges": [cue]})


def findings_of(*claims: Claim, min_confidence: float = DEFAULT_MIN_CONFIDENCE):
    groups = {GroupKey("main", claims[0].kind.value, "s", "", "", ""): list(claims)}
    return compare_groups(groups, min_confidence=min_confidence)


def conflicts(found):
    return [f for f in found if f.status in (Status.conflict, Status.possible_conflict)]


# a magnitude revised between two agencies' reports: 5.9 and 6.1, both firm
REVISED = (
    {"unit": "magnitude", "written": 5.9, "precision": 0.05},
    {"unit": "magnitude", "written": 6.1, "precision": 0.05},
)
# a roundup of one weekend's shootings: four times of four shootings in one report
ROUNDUP_TIMES = (570, 135, 195, 30)


def test_a_firm_close_revision_across_reports_is_a_sure_conflict():
    a, b = claim("magnitude", REVISED[0], 0), claim("magnitude", REVISED[1], 1)
    [finding] = conflicts(findings_of(a, b))
    assert finding.status is Status.conflict
    assert finding.confidence is not None and finding.confidence >= DEFAULT_MIN_CONFIDENCE
    assert "both stated without hedge" in finding.reasons
    assert "values close: a revision or a misprint" in finding.reasons
    assert "magnitude: often real" in finding.reasons and not any("one report" in r for r in finding.reasons)


def test_times_of_a_roundup_inside_one_report_are_possible_conflicts():
    times = [
        claim("time", {"unit": "min", "written": t, "attrs": {"event": "incident"}}, 0, n)
        for n, t in enumerate(ROUNDUP_TIMES)
    ]
    # a roundup tells each shooting in a sentence of its own (two times of one
    # sentence are two moments, never set against each other)
    times = [
        made.model_copy(update={"evidence": made.evidence.model_copy(update={"sentence_start": 100 * n})})
        for n, made in enumerate(times)
    ]
    found = conflicts(findings_of(*times))
    assert found and all(f.status is Status.possible_conflict for f in found)
    assert all(f.internal and "one report states both" in f.reasons for f in found)
    assert any("a report gives 4 values of s" in f.reasons for f in found)


def test_two_ages_far_apart_are_weaker_than_two_close_ones():
    far = grade(
        claim("age", {"unit": "years", "written": 61}, 0),
        claim("age", {"unit": "years", "written": 35}, 1),
        internal=False,
        crowd=1,
    )
    close = grade(
        claim("age", {"unit": "years", "written": 36}, 0),
        claim("age", {"unit": "years", "written": 35}, 1),
        internal=False,
        crowd=1,
    )
    assert far.confidence < close.confidence
    assert "values far apart: may be two different things" in far.reasons


def test_filled_frame_slots_raise_the_confidence_and_say_so():
    """An aligned other event, a scope and a bearer both claims share are
    evidence; the story's own event and the total are said in words only."""
    frame = ValueFrame(event="main/aftershock-1", scope="part", bearer="officers")
    bare = [
        claim("injured", {"unit": "people", "written": 12}, 0),
        claim("injured", {"unit": "people", "written": 18}, 1),
    ]
    framed = [c.model_copy(update={"frame": frame}) for c in bare]
    plain, told = grade(*bare, internal=False, crowd=1), grade(*framed, internal=False, crowd=1)
    assert told.confidence > plain.confidence
    assert "same event: main/aftershock-1" in told.reasons
    assert "same scope: part of s" in told.reasons
    assert "same bearer: officers" in told.reasons
    assert "same event: the main incident" in plain.reasons
    assert "same scope: all s" in plain.reasons


def test_a_measure_is_said_in_words():
    times = [
        claim("time", {"unit": "min", "written": 600}, 0),
        claim("time", {"unit": "min", "written": 720}, 1),
    ]
    framed = [c.model_copy(update={"frame": ValueFrame(measure="time:arrest")}) for c in times]
    told = grade(*framed, internal=False, crowd=1)
    assert "same measure: time of the arrest" in told.reasons
    assert not any("scope" in reason for reason in told.reasons), "a time has no scope"


@pytest.mark.parametrize(
    ("measure", "words"),
    [
        ("time:arrest", "time of the arrest"),
        ("date:arrest", "day of the arrest"),
        ("time:contained", "time the fire was contained"),
        ("date:ongoing", "day the fire was still burning"),
        ("date:funeral", "day of a funeral or vigil"),
        ("distance:from border", "distance from the border"),
        ("length:ferry", "length of the ferry"),
        ("depth", "depth"),
    ],
)
def test_every_measure_reads_as_words(measure, words):
    """An event's label from the lexicon, never "day of the ongoing"."""
    assert measure_words(measure) == words


def test_hedges_and_sources_are_named_in_the_reasons():
    a = hedged(claim("killed", {"unit": "people", "written": 20}, 0, source="police"))
    b = claim("killed", {"unit": "people", "written": 21}, 1, source="a witness")
    graded = grade(a, b, internal=False, crowd=1)
    assert "one value hedged: about" in graded.reasons
    assert "attributed to different sources: police; a witness" in graded.reasons
    one_source = grade(a, b.model_copy(update={"source": None}), internal=False, crowd=1)
    assert "one value attributed to police" in one_source.reasons
    both = grade(a, hedged(b, "around"), internal=False, crowd=1)
    assert "both values hedged: about, around" in both.reasons and both.confidence < graded.confidence


def cued(made: Claim, *cues: tuple[str, str]) -> Claim:
    """The claim with these (category, words) cues."""
    made_cues = [Cue(category=cat, cue=w, text=w, start=0, end=len(w)) for cat, w in cues]
    return made.model_copy(update={"hedges": made_cues})


# "the bus reportedly plunged into a 40-foot ravine" against "a 13 m drop":
# the doubt is of the plunge, the depth is written firm (and "about 40
# feet", 35-45 feet, would reach 13 m)
RAVINE = ({"unit": "m", "written": 12.2, "precision": 0.15}, {"unit": "m", "written": 13.0, "precision": 0.5})


@pytest.mark.parametrize("word", ["reportedly", "allegedly", "believed to", "apparently"])
def test_a_doubt_of_the_clause_alone_neither_softens_nor_vouches_for_the_figure(word):
    """A sentence-wide doubt ("the woman thought to have set the fire was
    arrested", "the bus reportedly plunged into a 40-foot ravine") doubts who did it or
    whether it happened; the figure is as firm as the writer put it, so the
    hedged weight (fitted on "about", "around", "more than") does not apply,
    nor the unhedged one: the conflict sits between the two, said in words."""
    a, b = claim("depth", RAVINE[0], 0), claim("depth", RAVINE[1], 1)
    doubted = grade(cued(a, ("hedge", word)), b, internal=False, crowd=1)
    rounded = grade(cued(a, ("approximate", "about")), b, internal=False, crowd=1)
    firm = grade(a, b, internal=False, crowd=1)
    assert f"figures firm, the claim doubted: {word}" in doubted.reasons
    assert not any("hedge" in r for r in doubted.reasons)
    assert rounded.confidence < doubted.confidence < firm.confidence


def test_a_doubt_beside_a_rounding_is_still_a_hedged_figure():
    """In "allegedly fired about six shots around 6:10 a.m." the "around" widens the time."""
    a = cued(
        claim("time", {"unit": "min", "written": 370, "attrs": {"event": "incident"}}, 0),
        ("hedge", "allegedly"),
        ("approximate", "around"),
    )
    b = claim("time", {"unit": "min", "written": 355, "attrs": {"event": "incident"}}, 1)
    graded = grade(a, b, internal=False, crowd=1)
    assert "one value hedged: around" in graded.reasons
    assert not any("doubted" in r for r in graded.reasons)


def test_a_clock_time_read_both_ways_lowers_the_confidence():
    plain = claim("time", {"unit": "min", "written": 540, "attrs": {"event": "incident"}}, 0)
    either = claim(
        "time",
        {"unit": "min", "written": 600, "alternatives": [[1320, 1320]], "attrs": {"event": "incident"}},
        1,
    )
    firm = claim("time", {"unit": "min", "written": 600, "attrs": {"event": "incident"}}, 1)
    ambiguous = grade(plain, either, internal=False, crowd=1)
    assert "a clock time without a.m. or p.m." in ambiguous.reasons
    assert ambiguous.confidence < grade(plain, firm, internal=False, crowd=1).confidence


def test_every_weight_named_by_the_evidence_is_in_the_rule_file():
    weights = confidence_rules().evidence.model_dump()
    a = hedged(claim("time", {"unit": "min", "written": 0, "alternatives": [[720, 720]]}, 0, source="x"))
    b = claim("time", {"unit": "min", "written": 300}, 1, source="y", frame=ValueFrame(event="e"))
    names = {item.weight for item in evidence(a, b, internal=True, crowd=4) if item.weight}
    assert names <= set(weights)
    assert {"hedged", "different_sources", "internal", "crowded", "clock_alternatives", "far_apart"} <= names


@pytest.mark.parametrize("threshold, expected", [(0.0, Status.conflict), (1.0, Status.possible_conflict)])
def test_the_threshold_decides_the_status(threshold, expected):
    a, b = claim("magnitude", REVISED[0], 0), claim("magnitude", REVISED[1], 1)
    [finding] = conflicts(findings_of(a, b, min_confidence=threshold))
    assert finding.status is expected
    assert finding.confidence is not None and finding.reasons


def test_only_conflicts_are_graded():
    a = claim("magnitude", REVISED[0], 0)
    same = claim("magnitude", REVISED[0], 1)
    found = findings_of(a, same)
    assert [f.status for f in found] == [Status.agree]
    assert found[0].confidence is None and found[0].reasons == []


def test_conflicts_come_surest_first_then_possible_ones_then_the_rest():
    sure = findings_of(claim("magnitude", REVISED[0], 0), claim("magnitude", REVISED[1], 1))
    unsure = findings_of(
        claim("age", {"unit": "years", "written": 61}, 0),
        claim("age", {"unit": "years", "written": 6}, 1),
        min_confidence=0.0,
    )
    weak = findings_of(
        claim("age", {"unit": "years", "written": 61}, 0),
        claim("age", {"unit": "years", "written": 6}, 1),
        min_confidence=1.0,
    )
    agree = findings_of(
        claim("killed", {"unit": "people", "written": 3}, 0),
        claim("killed", {"unit": "people", "written": 3}, 1),
    )
    ordered = sort_findings([*agree, *weak, *unsure, *sure])
    assert [f.status for f in ordered] == [
        Status.conflict,
        Status.conflict,
        Status.possible_conflict,
        Status.agree,
    ]
    assert ordered[0].confidence >= ordered[1].confidence


def test_the_help_and_the_contract_state_the_default_threshold():
    from reportcheck.cli.options import MinConfidenceOption

    from ..conftest import ROOT

    option = MinConfidenceOption.__metadata__[0]
    assert f"default {DEFAULT_MIN_CONFIDENCE:g} " in option.help
    contract = " ".join((ROOT / "docs" / "contract.md").read_text(encoding="utf-8").split())
    assert f"`min_confidence`, default {DEFAULT_MIN_CONFIDENCE:g})" in contract


def _toll(report: int, number: int, written: float, **side) -> Claim:
    return claim("killed", {"unit": "people", "written": written, **side}, report, number)


def test_a_toll_restated_with_a_bound_is_one_figure_not_a_crowd():
    """A storm report's lede says "up to seven dead", its body "seven people
    were killed" and an official's earlier "three confirmed dead"; the other
    report says 17.  The report gives two figures (seven, three), not three:
    the crowd of a roundup's tolls does not weigh on the conflict."""
    restated = [
        hedged(_toll(0, 0, 7, low=None, high=7), "up to"),
        _toll(0, 1, 7),
        _toll(0, 2, 3),
        _toll(1, 0, 17),
    ]
    found = conflicts(findings_of(*restated, min_confidence=0.0))
    assert found and not any(r.startswith("a report gives") for f in found for r in f.reasons)
    # three figures no two of which can both hold are a crowd
    rivals = [_toll(0, 0, 12), _toll(0, 1, 7), _toll(0, 2, 3), _toll(1, 0, 17)]
    crowded = conflicts(findings_of(*rivals, min_confidence=0.0))
    assert any("a report gives 3 values of s" in f.reasons for f in crowded)


def test_ages_a_tolerance_apart_are_still_rival_values():
    """A roundup's 15-year-old and 16-year-old are two people, though a year
    apart is within the age tolerance: only a toll restated is one figure."""
    ages = [
        claim("age", {"unit": "years", "written": 15}, 0, 0),
        claim("age", {"unit": "years", "written": 16}, 0, 1),
        claim("age", {"unit": "years", "written": 30}, 0, 2),
        claim("age", {"unit": "years", "written": 41}, 1, 0),
    ]
    found = conflicts(findings_of(*ages, min_confidence=0.0))
    assert any("a report gives 3 values of s" in f.reasons for f in found)


# two counts of a thing the tool knows no role of: the boats one report says
# were seized, the boats another says got away
SEIZED = ({"unit": "people", "written": 4}, {"unit": "people", "written": 3})


def _thing_count(side: dict, report: int, **update) -> Claim:
    return claim("other_count", side, report, subject="count:boat", subject_label="count of boat", **update)


def test_a_count_of_things_of_no_known_role_is_at_most_a_possible_conflict():
    # every other piece of evidence for a real conflict: same event, scope and
    # bearer, both firm, one source, close values
    frame = ValueFrame(event="raid", scope="subgroup", bearer="boat")
    a = _thing_count(SEIZED[0], 0, frame=frame, source="the coast guard")
    b = _thing_count(SEIZED[1], 1, frame=frame, source="the coast guard")
    [finding] = conflicts(findings_of(a, b))
    assert finding.status is Status.possible_conflict
    assert any("whose role is not known" in r for r in finding.reasons)
    # the same figures as a count the tool knows (a tally of villages) stay a conflict
    known = [c.model_copy(update={"subject": "villages"}) for c in (a, b)]
    [tally] = conflicts(findings_of(*known))
    assert tally.status is Status.conflict


def test_the_unknown_role_weight_outweighs_all_the_evidence_for_a_conflict():
    rules = confidence_rules()
    weights = rules.evidence.model_dump()
    # every weight for a conflict a count can carry (not a clock's, nor a later
    # moment's order before the attack, nor a call's long after it; one source or two,
    # not both; nor an age's person named in full or one dead of each report, nor a
    # street's, placed as the scene by a road both name)
    exclusive = (
        "twelve_hours",
        "digits_swapped",
        "different_sources",
        "order_far",
        "order_tied",
        "response_late",
        "named_in_full",
        "one_dead_each",
        "scene_by_shared_road",
    )
    for_it = sum(w for name, w in weights.items() if w > 0 and name not in exclusive)
    most = rules.bias + rules.kinds[ClaimKind.other_count] + for_it + weights["unknown_role"]
    assert 1 / (1 + math.exp(-most)) < DEFAULT_MIN_CONFIDENCE


def bounded(category: str, words: str, written: float, low: float, high: float | None, **attrs) -> Claim:
    """A count stated with a bound ("at least 22 people were killed")."""
    side = {"unit": "people", "written": written, "low": low, "high": high, "attrs": attrs}
    return cued(claim("killed", side, 1), (category, words))


def stated(written: float, **attrs) -> Claim:
    return claim("killed", {"unit": "people", "written": written, "attrs": attrs}, 0)


@pytest.mark.parametrize(
    ("bound", "other", "reason"),
    [
        # a toll that rose between reports: the bound rules the early figure out
        (bounded("lower_bound", "at least", 22, 22, None), stated(3), "at least 22 excludes 3"),
        (bounded("lower_bound", "At least", 14, 14, None), stated(5), "at least 14 excludes 5"),
        (bounded("strict_lower", "more than", 40, 41, None), stated(12), "more than 40 excludes 12"),
        # bounds from above rule out larger figures
        (bounded("upper_bound", "up to", 7, 0, 7), stated(9), "up to 7 excludes 9"),
        (bounded("upper_bound", "as many as", 300, 0, 300), stated(450), "as many as 300 excludes 450"),
        (bounded("strict_upper", "fewer than", 10, 0, 9), stated(16), "fewer than 10 excludes 16"),
    ],
)
def test_a_bound_that_excludes_the_other_figure_is_no_hedge(bound, other, reason):
    """ "At least 22 killed" cannot hold beside "three killed" however either
    was rounded: the bound is said as excluding, and weighs as a firm figure."""
    # a figure that may yet be revised ("a preliminary 22") is soft whatever its distance
    softened = cued(stated(bound.value.written or 0), ("preliminary", "preliminary"))
    rounded = grade(softened, other, internal=False, crowd=1)
    graded = grade(bound, other, internal=False, crowd=1)
    assert any(reason in r for r in graded.reasons), graded.reasons
    assert not any("hedged" in r for r in graded.reasons)
    assert graded.confidence > rounded.confidence


@pytest.mark.parametrize(
    ("bound", "other"),
    [
        # the same round figure written twice: "more than 1,400" and "1,400 injured"
        (bounded("strict_lower", "more than", 1400, 1401, None), stated(1400)),
        (bounded("strict_upper", "fewer than", 10, 0, 9), stated(10)),
        # a part against a total: "at least 27 children" beside "three people had died"
        (bounded("lower_bound", "at least", 27, 27, None, group="children"), stated(3)),
    ],
)
def test_a_bound_at_the_other_figure_or_over_another_set_stays_hedged(bound, other):
    graded = grade(bound, other, internal=False, crowd=1)
    assert not any("excludes" in r for r in graded.reasons)
    assert any(r.startswith("one value hedged") for r in graded.reasons)


def test_a_vague_quantity_is_no_figure_a_bound_excludes():
    """ "over 500 people were injured" beside "dozens more were treated"."""
    dozens = claim("injured", {"unit": "people", "written": None, "low": 24, "high": 150}, 0)
    over = cued(
        claim("injured", {"unit": "people", "written": 500, "low": 501, "high": None}, 1),
        ("strict_lower", "over"),
    )
    graded = grade(over, dozens, internal=False, crowd=1)
    assert "one value hedged: over" in graded.reasons


def test_a_bound_against_a_hedged_figure_leaves_that_hedge():
    """ "at least 30 dead" against "about 12 dead": the bound excludes, the "about" still rounds."""
    graded = grade(
        bounded("lower_bound", "at least", 30, 30, None), hedged(stated(12)), internal=False, crowd=1
    )
    assert "at least 30 excludes 12" in graded.reasons
    assert "one value hedged: about" in graded.reasons


def _street(report: int, number: str, **attrs) -> Claim:
    side = {"name": "ridge road", "attrs": {"place_kind": "street", "place_words": number, **attrs}}
    return claim("location", side, report)


def test_two_addresses_on_one_street_conflict_only_when_both_are_the_scene():
    """A report names the scene and other addresses of its story (a home, where
    a car was found) on one street: a number not told as the scene keeps a
    difference a possible conflict."""
    scene = _street(0, "1240", stated_as="scene")
    [both] = conflicts(findings_of(scene, _street(1, "1249", stated_as="scene")))
    assert both.status is Status.conflict
    assert "both reports tell the address as the scene" in both.reasons
    [one] = conflicts(findings_of(scene, _street(1, "1249")))
    assert one.status is Status.possible_conflict
