"""Clear differences the confidence used to leave as possible conflicts.

Patterns of reporting (our own sentences, after wire copy of air crashes,
building collapses and missile strikes): one person both reports name in
full, with two ages ("The pilot, Mark Halvorsen, 54," against "Mark
Halvorsen, 45"); a count of one thing both reports tell by one verb ("the
Houthis fired two missiles" against "fired three missiles", "was hit by four
strikes" against "three strikes", "a four-storey building collapsed"
against "a three-storey building collapsed"); and a bare figure beside the
other report's finer one ("a 1-mile radius" against "a 1.5-mile radius"),
which its rounding must not swallow.  Each has its negative: a surname
alone, two verbs of two sets ("fired three missiles" against "two missiles
hit"), a finer figure that does round to the coarse one."""

from __future__ import annotations

import pytest

from tests.conftest import findings_of


def _graded(kind: str, *texts: str, subject: str | None = None):
    """Every conflict or possible conflict of ``kind`` (of ``subject``) between the texts."""
    return [
        f
        for f in findings_of(*texts)
        if f.kind.value == kind
        and f.status.value in ("conflict", "possible_conflict")
        and (subject is None or f.subject == subject)
    ]


def _statuses(kind: str, subject: str, *texts: str) -> list[tuple[str, list[str]]]:
    return sorted(
        (f.status.value, sorted(c.evidence.text for c in f.claims))
        for f in findings_of(*texts)
        if f.kind.value == kind and f.subject == subject
    )


CRASH = "KETCHIKAN, Alaska -- A floatplane crashed into a hillside on Tuesday, officials said. "


@pytest.mark.parametrize(
    ("first", "second", "ages"),
    [
        (
            "The pilot, Mark Halvorsen, 54, was among the survivors.",
            "The pilot, Mark Halvorsen, 45, was flown to Seattle in serious condition.",
            ["Mark Halvorsen, 45", "Mark Halvorsen, 54"],
        ),
        (
            "Troopers identified the pilot as Dana Whitcomb, 31, of Juneau.",
            "The pilot, Dana Whitcomb, 38, of Juneau, was not hurt.",
            ["Dana Whitcomb, 31", "Dana Whitcomb, 38"],
        ),
    ],
)
def test_one_person_named_in_full_with_two_ages_is_a_conflict(first, second, ages):
    _assert_one_person_two_ages(CRASH, first, second, ages)


def test_a_surname_alone_is_no_identity():
    """ "Halvorsen, 45" may be the pilot's son or brother: the age's own record holds."""
    found = _graded(
        "age",
        CRASH + "The pilot, Mark Halvorsen, 54, was among the survivors.",
        CRASH + "Halvorsen, 45, was flown to Seattle in serious condition.",
    )
    assert all(not any("named in full" in r for r in f.reasons) for f in found)
    assert all(f.status.value == "possible_conflict" for f in found)


def test_two_men_of_one_surname_are_not_one_person():
    found = findings_of(
        CRASH + "The pilot, Mark Halvorsen, 54, was among the survivors.",
        CRASH + "A passenger, Erik Halvorsen, 45, was flown to Seattle.",
    )
    ages = [f for f in found if f.kind.value == "age"]
    assert ages, "both ages must be read"
    assert not [f for f in ages if f.status.value in ("conflict", "possible_conflict")]


SINKING = "Khor Qalat, Oman -- A fishing dhow sank off the coast on Monday, the coast guard said. "


@pytest.mark.parametrize(
    ("first", "second", "ages"),
    [
        (  # a nasab one report prints in full and the other shortens
            "The dead included the captain, Tariq bin Saeed Al Mahrouqi, 52, and two deckhands.",
            "The captain was named as Tariq Al Mahrouqi, a 47-year-old veteran of the fleet.",
            ["47-year-old", "Tariq bin Saeed Al Mahrouqi, 52"],
        ),
        (  # a middle name as the police released it, and the name as neighbours say it
            "The man who drowned was identified as William Evan Hallorby, 27, of Lanmore.",
            "William Hallorby, 21, drowned when the dhow went down, his cousin said.",
            ["William Evan Hallorby, 27", "William Hallorby, 21"],
        ),
    ],
)
def test_one_person_named_with_and_without_middle_names_is_a_conflict(first, second, ages):
    _assert_one_person_two_ages(SINKING, first, second, ages)


def _assert_one_person_two_ages(story: str, first: str, second: str, ages: list[str]) -> None:
    """The two ages of one person named in full in both reports make one
    conflict, graded by the identity (``named_in_full``)."""
    [finding] = _graded("age", story + first, story + second)
    assert finding.status.value == "conflict"
    assert sorted(c.evidence.text for c in finding.claims) == ages
    assert any(r.startswith("one person named in full in both") for r in finding.reasons)


def test_a_middle_name_told_as_a_first_name_is_another_person():
    """ "Evan Hallorby" shares a word and the surname with "William Evan
    Hallorby" but not the first name: a brother, a father, a cousin."""
    found = _graded(
        "age",
        SINKING + "The man who drowned was identified as William Evan Hallorby, 27, of Lanmore.",
        SINKING + "Evan Hallorby, 51, said he had warned the crew about the weather.",
    )
    assert all(not any("named in full" in r for r in f.reasons) for f in found)
    assert all(f.status.value == "possible_conflict" for f in found)


def test_one_report_naming_both_forms_tells_two_people():
    """A near miss of the middle names: a report that prints "John Smith"
    and "his son, John Paul Smith" tells father and son, so its two ages are
    never one person named in full."""
    report = (
        "John Smith, 45, and his son, John Paul Smith, 19, were shot outside their home on Elm Street "
        "in Dorset on Friday night, police said. The son died at the scene."
    )
    other = (
        "A father and son were shot outside their home on Elm Street in Dorset on Friday night. "
        "John Paul Smith, 19, died at the scene. His father, John Smith, 47, was wounded."
    )
    internal = [f for f in _graded("age", report, other) if f.internal]
    assert all(not any("named in full" in r for r in f.reasons) for f in internal), [
        (f.reasons, [c.evidence.text for c in f.claims]) for f in internal
    ]


MARIB = "MARIB, Yemen -- A missile attack hit a military camp on Sunday, killing three soldiers. "


@pytest.mark.parametrize(
    ("first", "second", "subject", "verb"),
    [
        (
            "The official said the Houthis fired two missiles, one of which was intercepted.",
            "The Houthis fired three missiles, two of which were shot down, the agency reported.",
            "count:missile",
            "fire",
        ),
        (
            "The hospital was hit by four strikes in the early hours, a medical group said.",
            "The monitor said the hospital was hit by three strikes before dawn.",
            "count:strike",
            "impact",  # "hit" is a strike's impact (act_meanings of rules/generic_counts.yaml)
        ),
        (
            "A four-storey building collapsed in the old quarter, the agency said.",
            "The three-storey building collapsed shortly after midnight.",
            "count:storey",
            "collapse",
        ),
    ],
)
def test_a_count_both_reports_tell_by_one_verb_is_a_conflict(first, second, subject, verb):
    [finding] = _graded("other_count", MARIB + first, MARIB + second, subject=subject)
    assert finding.status.value == "conflict"
    assert f"both reports tell by one verb: '{verb}'" in " ".join(finding.reasons)
    assert not any("whose role is not known" in r for r in finding.reasons)


def test_missiles_fired_and_missiles_that_hit_are_two_sets():
    """ "fired three missiles" against "two missiles hit": two verbs, two sets."""
    [finding] = _graded(
        "other_count",
        MARIB + "The Houthis fired three missiles at the camp, the ministry said.",
        MARIB + "Two missiles hit the camp, the agency said.",
        subject="count:missile",
    )
    assert finding.status.value == "possible_conflict"
    assert any("whose role is not known" in r for r in finding.reasons)


def test_two_of_the_three_missiles_is_no_count_of_the_fired():
    """ "two of the three missiles hit": the three agree with the other report's
    three fired; the partitive two sets nothing against them."""
    statuses = _statuses(
        "other_count",
        "count:missile",
        MARIB + "The Houthis fired three missiles at the camp, the ministry said.",
        MARIB + "Two of the three missiles hit the camp, the agency said.",
    )
    assert ("agree", ["three missiles", "three missiles"]) in statuses
    assert not [s for s in statuses if s[0] == "conflict"]


PLANT = "DALTON, Ga. -- A chemical tank exploded at a plant on Monday, officials said. "


@pytest.mark.parametrize(
    ("finer", "coarse"),
    [
        ("Residents within a 1.5-mile radius were ordered to evacuate.", "within a 1-mile radius"),
        ("Residents within a 2.5-kilometre radius were ordered to evacuate.", "within a 2-kilometre radius"),
    ],
)
def test_a_bare_figure_does_not_swallow_the_other_reports_stated_half(finer, coarse):
    [finding] = _graded(
        "distance", PLANT + finer, PLANT + f"Authorities ordered residents {coarse} to leave their homes."
    )
    assert finding.status.value == "conflict"
    assert "written to a finer step" in finding.explanation


@pytest.mark.parametrize(
    ("half", "whole"),
    [
        ("Residents within a 1.5 km radius were told to stay indoors.", "within a 2 km radius"),
        ("Residents within a 0.5 km radius were ordered to evacuate.", "within a 1 km radius"),
    ],
)
def test_a_whole_figure_is_no_rounding_of_the_other_reports_half(half, whole):
    """An alert's radius of 1.5 km is written as 1.5 km: another report's
    "2 km radius" is another figure, not its rounding (after a pair of
    Romanian reports of a chemical fire; wording invented)."""
    [finding] = _graded(
        "distance", PLANT + half, PLANT + f"An alert asked residents {whole} to keep windows shut."
    )
    assert finding.status.value == "conflict"
    assert "half step" in finding.explanation


def test_an_agency_distance_on_the_half_step_may_be_rounded():
    """ "12.5 km south-west of" a town is an agency's figure that other
    outlets round to "13 km": a distance from a named place keeps the
    rounding."""
    quake = "A magnitude 5.1 earthquake struck on Sunday, the survey said. "
    found = findings_of(
        quake + "The epicentre was 12.5 km south-west of Tarvel.",
        quake + "The quake was centred 13 km south-west of Tarvel.",
    )
    [distance] = [f for f in found if f.kind.value == "distance"]
    assert distance.status.value == "agree"


def test_a_finer_figure_that_rounds_to_the_bare_one_agrees():
    found = findings_of(
        PLANT + "Residents within a 1.2-mile radius were ordered to evacuate.",
        PLANT + "Authorities ordered residents within a 1-mile radius to leave their homes.",
    )
    [radius] = [f for f in found if f.kind.value == "distance"]
    assert radius.status.value == "agree"
    assert "within rounding" in radius.explanation


def test_a_body_figure_its_own_headline_contradicts_is_not_hidden():
    """The other report's headline agrees ("three-storey building caves in"),
    its body does not ("a four-storey building collapsed"): the body's figure,
    told by the verb the first report tells its own by, is set against it."""
    first = (
        "LAGOS -- Six people were killed when a three-storey residential building collapsed "
        "in the Ojodu area of Lagos on Tuesday night, the emergency agency said."
    )
    second = (
        "Lagos: three-storey building caves in, 6 killed\n\n"
        "LAGOS -- Six persons lost their lives on Tuesday after a four-storey building collapsed "
        "on Ayo Street, Ojodu."
    )
    statuses = _statuses("other_count", "count:storey", first, second)
    assert ("conflict", ["four-storey", "three-storey"]) in statuses


def test_a_count_of_another_verb_still_holds_the_agreement():
    """ "fired three missiles" in both; the second report's "two missiles hit"
    is another set, and the agreement holds it: no conflict."""
    statuses = _statuses(
        "other_count",
        "count:missile",
        MARIB + "The Houthis fired three missiles at the camp, the ministry said.",
        MARIB + "The Houthis fired three missiles. Two missiles hit the camp, the agency said.",
    )
    assert ("agree", ["three missiles", "three missiles"]) in statuses
    assert not [s for s in statuses if s[0] in ("conflict", "possible_conflict")]


def test_a_figure_of_another_verb_still_holds_the_other_reports_figure():
    """After ECB+ topic 30 (CC BY 3.0), varied: one report's "three undersea
    cables were damaged" agrees with the other's three cut; its "five cables
    ... were cut" in January is another event's, which the agreement holds."""
    statuses = _statuses(
        "other_count",
        "count:cable",
        "CAIRO -- Internet traffic was disrupted on Friday after three undersea cables were damaged "
        "off Sicily. In January, five cables in the region were cut.",
        "CAIRO -- The ministry says three undersea cables were cut off Sicily on Friday.",
    )
    assert ("agree", ["three undersea cables", "three undersea cables"]) in statuses
    assert not [s for s in statuses if s[0] in ("conflict", "possible_conflict")]
