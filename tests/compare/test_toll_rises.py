"""A follow-up's toll told as risen by deaths it names (reportcheck.compare.running).

A later report gives the new toll and says what raised it: "The death toll
climbed to 11 on Wednesday after two more injured people died in hospital",
"one of the wounded died on Tuesday, bringing the toll to six", "A fourth
person has died".  The toll before those deaths (9; five; three) is then told
too, and another report's figure equal to it is that toll told before the
update, no conflict.  A figure equal to neither, and a rise told with no
cause ("the toll rose to 15"), stay conflicts (eval conventions, rule 4).
Invented reports in the shapes of wire follow-ups (genre27 04, 41)."""

from __future__ import annotations

import pytest

from reportcheck.api import compare_reports, extract_report
from reportcheck.load import load_text
from reportcheck.models import Status
from tests.conftest import across_reports, flagged


def _assert_rise(text: str, rise: tuple[float, float]) -> None:
    """The one toll rise (the toll before, the toll reached) the text's killed counts tell."""
    claims = extract_report(load_text(text), 0).claims
    rises = {c.count.toll_rise for c in claims if c.kind.value == "killed" and c.count.toll_rise}
    assert rises == {rise}, [(c.evidence.text, c.count.toll_rise) for c in claims if c.kind.value == "killed"]


def _assert_no_rise(text: str) -> None:
    """No count of the text tells a toll rise."""
    claims = extract_report(load_text(text), 0).claims
    assert not [c for c in claims if c.count is not None and c.count.toll_rise], [
        (c.evidence.text, c.count.toll_rise) for c in claims if c.kind.value == "killed"
    ]


@pytest.mark.parametrize(
    ("text", "rise"),
    [
        (
            "The death toll from Monday's landslide in Sindhupalchok rose to 14 on Thursday after three more "
            "of the injured died in hospital, officials said.",
            (11.0, 14.0),
        ),
        (
            "One of the wounded died at Mercy Hospital on Saturday, bringing the death toll to seven, "
            "police said.",
            (6.0, 7.0),
        ),
        (
            "A further two people died overnight, raising the death toll to 23, the provincial health "
            "office said.",
            (21.0, 23.0),
        ),
        (
            "A third victim has died after Friday's stabbing at the Oakridge mall, police said Sunday.",
            (2.0, 3.0),
        ),
    ],
)
def test_a_rise_told_with_its_deaths_tells_the_toll_before(text, rise):
    _assert_rise(text, rise)


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from the blast at the fertilizer depot rose to 15 on Friday, officials said.",
        "Two people were shot dead and the third victim died on the way to the hospital, police said.",
    ],
)
def test_a_rise_with_no_deaths_named_tells_no_earlier_toll(text):
    _assert_no_rise(text)


EARLIER = (
    "KATHMANDU, Aug. 12 - A landslide buried a dozen homes in Sindhupalchok district on Monday, "
    "killing {toll} people and injuring 30 others, police said."
)
LATER = (
    "KATHMANDU, Aug. 14 - The death toll from Monday's landslide in Sindhupalchok district rose to 14 "
    "on Wednesday {cause}, officials said."
)


def _across(earlier: str, later: str, kind: str = "killed") -> list:
    """The findings of ``kind`` that set the two reports' figures against each other."""
    found = compare_reports([load_text(earlier), load_text(later)], min_confidence=0.0)
    return across_reports(f for f in found.findings if f.kind.value == kind)


def test_the_other_reports_figure_is_the_toll_before_the_update():
    killed = _across(EARLIER.format(toll="11"), LATER.format(cause="after three more of the injured died"))
    assert not flagged(killed), [(f.status, f.explanation) for f in killed]
    assert any(f.status is Status.compatible and "an update" in f.explanation for f in killed), [
        (f.status, f.explanation) for f in killed
    ]


@pytest.mark.parametrize(
    ("toll", "cause"),
    [
        ("eight", "after three more of the injured died"),  # 14 - 3 is 11, not eight
        ("11", ""),  # a rise with no deaths named: rule 4's plain update, a conflict
    ],
)
def test_a_figure_the_update_does_not_explain_still_conflicts(toll, cause):
    killed = _across(EARLIER.format(toll=toll), LATER.format(cause=cause).replace("  ", " "))
    assert flagged(killed), [(f.status, f.explanation) for f in killed]
    assert not any("an update" in f.explanation for f in killed)


BAR_SHOOTING = (
    "Three people were killed and nine wounded when a gunman opened fire outside a bar on Elm Street "
    "late Friday, police said."
)
FOURTH_DEATH = (
    "A fourth person has died after Friday's shooting outside a bar on Elm Street, police said Sunday. "
)


def test_a_fourth_death_makes_the_other_reports_three_its_earlier_toll():
    killed = _across(BAR_SHOOTING, FOURTH_DEATH + "The death toll now stands at four.")
    assert not flagged(killed), [(f.status, f.explanation) for f in killed]


def test_the_wounded_who_died_since_are_counted_in_the_earlier_reports_wounded():
    """Three killed and nine wounded, then "A fourth person has died" and
    eight others wounded: the fourth was one of the nine."""
    injured = _across(
        BAR_SHOOTING, FOURTH_DEATH + "Eight other people were wounded, one of them critically.", "injured"
    )
    assert not flagged(injured), [(f.status, f.explanation) for f in injured]


def test_wounded_that_the_deaths_since_do_not_explain_still_conflict():
    injured = _across(
        BAR_SHOOTING, FOURTH_DEATH + "Six other people were wounded, one of them critically.", "injured"
    )
    assert flagged(injured), [(f.status, f.explanation) for f in injured]


@pytest.mark.parametrize(
    ("text", "rise"),
    [
        # one of the hurt, told with an indefinite article
        (
            "Mourners buried the dead in Tel Harun on Tuesday, as the toll climbed to seven when an injured "
            "woman died at the district hospital.",
            (6.0, 7.0),
        ),
        # bodies found, told by a figure and "more" with no verb after them
        (
            "Divers pulled three more bodies from the river near Kamsar on Friday, bringing the toll from "
            "the ferry sinking to 15, the coast guard said.",
            (12.0, 15.0),
        ),
        # the toll now reached, told after its figure
        (
            "Eleven people have now died after a minibus hit a tanker outside Morvik, after a further four "
            "died in hospital overnight, health officials said.",
            (7.0, 11.0),
        ),
        # the rise and the toll it reached, told together
        (
            "The toll from Monday's mine blast in Drovna rose by four to 17 on Wednesday after rescuers "
            "found two more bodies and two of the injured died, officials said.",
            (13.0, 17.0),
        ),
    ],
)
def test_more_ways_a_rise_tells_its_deaths(text, rise):
    _assert_rise(text, rise)


def test_a_toll_now_reached_is_not_summed_with_the_deaths_that_raised_it():
    """ "Eleven people have now died ... after a further four died": the
    eleven hold the four; no total of 15 is made."""
    text = (
        "Eleven people have now died after a minibus hit a tanker outside Morvik, after a further four "
        "died in hospital overnight, health officials said."
    )
    claims = extract_report(load_text(text), 0).claims
    values = {c.value.low for c in claims if c.kind.value == "killed" and not c.frame.scope}
    assert values == {11.0}, [(c.evidence.text, c.value.low, c.frame.scope) for c in claims]


def test_scene_and_hospital_deaths_are_still_summed():
    """No toll told as reached: "Two ... and a further three" is five in all."""
    text = (
        "Two people died at the scene of the crash on the Morvik road and a further three died in "
        "hospital, police said."
    )
    claims = extract_report(load_text(text), 0).claims
    values = {c.value.low for c in claims if c.kind.value == "killed" and not c.frame.scope}
    assert 5.0 in values, [(c.evidence.text, c.value.low, c.frame.scope) for c in claims]


FERRY_FIRST = (
    "Ferry sinks off Kamsar, 12 dead\n\n"
    "KAMSAR, July 3, 2026 - A ferry sank off Kamsar on Thursday, killing {toll} people, the coast guard said."
)
FERRY_LATER = (
    "Kamsar ferry toll rises to 15\n\nKAMSAR, July 5, 2026 - {rise}, the coast guard said on Saturday."
)


def test_the_headline_rise_takes_the_bodys_reading():
    """The headline's bare "toll rises to 15" is the toll the body tells
    risen from the other report's 12: no conflict from either."""
    rise = (
        "Divers pulled three more bodies from the water on Friday, "
        "raising the toll from Thursday's sinking to 15"
    )
    killed = _across(FERRY_FIRST.format(toll="12"), FERRY_LATER.format(rise=rise))
    assert not flagged(killed), [(f.status, [c.evidence.text for c in f.claims]) for f in killed]


@pytest.mark.parametrize("toll", ["14", "nine"])
def test_an_earlier_figure_the_rise_does_not_explain_stillflagged(toll):
    """12 + 3 = 15: an earlier report's 14 (above the toll before the rise)
    or nine (a rise the follow-up does not tell) stays a conflict."""
    rise = (
        "Divers pulled three more bodies from the water on Friday, "
        "raising the toll from Thursday's sinking to 15"
    )
    killed = _across(FERRY_FIRST.format(toll=toll).replace(", 12 dead", ""), FERRY_LATER.format(rise=rise))
    assert flagged(killed), [(f.status, [c.evidence.text for c in f.claims]) for f in killed]


def test_a_couple_named_as_a_pair_is_no_count_of_the_toll():
    """ "the bodies of a couple and their son": a pair of people, not the
    vague "a couple of" (two or three) set against the toll."""
    text = (
        "Rescuers found the bodies of a couple and their son in the rubble of their home in Varna, "
        "officials said. A couple of people were hurt by falling glass."
    )
    claims = extract_report(load_text(text), 0).claims
    couples = [(c.kind.value, c.evidence.text) for c in claims if "couple" in c.evidence.text.lower()]
    assert couples == [("injured", "A couple of people")], couples


@pytest.mark.parametrize(
    ("text", "rise"),
    [
        # "N more ... taking the toll to M", the toll named by what it is of
        (
            "Four more people drowned in Kellan province on Wednesday, taking the toll in this month's "
            "floods and landslides to 27, the relief office said.",
            (23.0, 27.0),
        ),
        # the deaths told through a relative clause of where they were hurt
        (
            "Three more miners who were pulled from the collapsed gallery at the Osterby pit on Monday "
            "succumbed to their wounds at the district hospital, taking the death toll to 12.",
            (9.0, 12.0),
        ),
        # a headline's noun of the deaths, "take toll to"
        ("Vessen floods: two more deaths take toll to 19", (17.0, 19.0)),
        # "were killed", "pushed the toll to"
        (
            "Five more villagers were killed in shelling near Dorrin overnight, which pushed the toll to 44, "
            "the governor said.",
            (39.0, 44.0),
        ),
        # one body found raised the toll by one
        (
            "The death toll rose to nine on Friday evening when the body of an elderly woman was recovered "
            "from a flooded cellar in Pratz, firefighters said.",
            (8.0, 9.0),
        ),
    ],
)
def test_a_follow_ups_wordings_of_more_deaths(text, rise):
    _assert_rise(text, rise)


QUARRY_FIRST = (
    "Eleven killed in quarry blast near Torvald\n\n"
    "TORVALD, June 3, 2026 - Eleven workers were killed and nine injured when explosives blew up at a "
    "quarry near Torvald on Tuesday, police said."
)
QUARRY_LATER = (
    "Torvald quarry blast: toll rises to 13\n\n"
    "TORVALD, June 4, 2026 - Two more workers who were injured in Tuesday's blast at the quarry near "
    "Torvald succumbed to burns at the regional hospital on Wednesday, taking the death toll to 13."
)


def test_a_headlines_bare_toll_is_the_toll_before_the_other_reports_rise():
    """The earlier report's headline "Eleven killed" and its body's "Eleven
    workers were killed" are one toll: both the toll before the two more
    deaths the follow-up tells, neither a conflict."""
    killed = _across(QUARRY_FIRST, QUARRY_LATER)
    assert not flagged(killed), [(f.status, [c.evidence.text for c in f.claims]) for f in killed]


def test_a_floor_of_the_risen_toll_is_the_risen_toll():
    """ "killed at least seven people" beside "The death toll rose to seven
    ... when the body of a man was found": the floor is the risen toll, and
    the other report's six the toll before that body."""
    earlier = (
        "MERRIN, Sept. 4 - Flash floods in the Merrin valley have killed six people, the regional "
        "emergency service said on Wednesday."
    )
    later = (
        "MERRIN, Sept. 4 - Flash floods killed at least seven people in the Merrin valley on Wednesday, "
        "authorities said. The death toll rose to seven on Wednesday afternoon when the body of a man "
        "was found in a car swept downstream, the emergency service said."
    )
    killed = _across(earlier, later)
    assert not flagged(killed), [(f.status, [c.evidence.text for c in f.claims]) for f in killed]


def test_a_figure_between_the_tolls_before_and_after_stillflagged():
    """12 against "Two more ... taking the death toll to 13": the follow-up
    says the toll stood at 11 before the two deaths it tells."""
    killed = _across(QUARRY_FIRST.replace("Eleven", "Twelve"), QUARRY_LATER)
    assert flagged(killed), [(f.status, [c.evidence.text for c in f.claims]) for f in killed]


def test_the_bodies_of_the_rise_told_again_are_no_toll():
    """ "as all six bodies recovered were of people listed missing" speaks
    again of the "six more bodies" that raised the toll to 29: the rise's
    increment, never set against the other report's whole toll of 23."""
    first = (
        "Floods kill 23 in Harrow Vale\n\nHARROW VALE, Oct. 9, 2026 - A total of 23 deaths have been "
        "recorded in the Harrow Vale floods, the emergency agency said on Wednesday."
    )
    later = (
        "Harrow Vale flood toll rises to 29\n\nHARROW VALE, Oct. 10, 2026 - The death toll from the "
        "floods in Harrow Vale has risen to 29 after rescuers recovered six more bodies on Thursday, the "
        "emergency agency said. The agency said 14 people were still missing, as all six bodies "
        "recovered were of people listed missing."
    )
    killed = _across(first, later)
    assert not flagged(killed), [(f.status, [c.evidence.text for c in f.claims]) for f in killed]


@pytest.mark.parametrize(
    ("text", "rise"),
    [
        # the hurt whose deaths raised the toll, told by a figure and a word of hurt
        (
            "Two people injured in the collision near Varsk junction died overnight, raising the death "
            "toll to 11, health officials said on Friday.",
            (9.0, 11.0),
        ),
        # a headline's present tense
        ("Toll in Belgor bus crash rises to 8 as three injured die", (5.0, 8.0)),
        # the hurt told after their noun, through a clause of where they lay
        (
            "Four passengers wounded in Sunday's blast at the Orlen depot succumbed at the regional "
            "hospital, bringing the toll to 20.",
            (16.0, 20.0),
        ),
        # bodies told by "the bodies of" a figure, with "more" or without
        (
            "Rescuers recovered the bodies of three more miners from the flooded shaft at Dorrin on "
            "Saturday, raising the death toll to nine, officials said.",
            (6.0, 9.0),
        ),
        (
            "The bodies of two children were pulled from the mud in Kessa village on Monday, bringing the "
            "death toll from the landslide to 14.",
            (12.0, 14.0),
        ),
    ],
)
def test_the_hurt_and_the_bodies_that_raised_the_toll(text, rise):
    _assert_rise(text, rise)


def test_the_bodies_of_a_person_named_by_an_article_tell_no_figure():
    """ "the bodies of a man and his wife" are two people the article does
    not count: no rise of one is read from "a"."""
    text = (
        "The bodies of a man and his wife were pulled from the rubble in Kessa on Monday, bringing the "
        "death toll from the landslide to 14."
    )
    claims = extract_report(load_text(text), 0).claims
    assert not [c for c in claims if c.count is not None and c.count.toll_rise == (13.0, 14.0)]


TRAIN_FIRST = (
    "SELVA, Dec. 3, 2026 - Nine people were killed and 46 injured on Thursday evening when a freight "
    "train hit a stopped passenger train near Selva station, the health ministry said."
)
TRAIN_LATER = (
    "Toll in Selva train crash rises to 11 as two injured die\n\n"
    "SELVA, Dec. 4, 2026 - Two people injured in Thursday's collision near Selva station died "
    "overnight, raising the death toll to 11, health officials said. More than 40 people were injured."
)


def test_the_hurt_who_died_since_are_neither_the_toll_nor_all_the_injured():
    """ "two injured die" and "Two people injured ... died" tell the two
    deaths that raised the toll from the other report's nine: no count of
    them is set against its nine dead or its 46 injured."""
    for kind in ("killed", "injured"):
        found = _across(TRAIN_FIRST, TRAIN_LATER, kind)
        assert not flagged(found), [(f.status, [c.evidence.text for c in f.claims]) for f in found]


def test_the_hurt_who_died_beside_a_toll_they_do_not_explain_still_conflict():
    """Seven against 11 risen by two: the follow-up's toll before was nine."""
    killed = _across(TRAIN_FIRST.replace("Nine people", "Seven people"), TRAIN_LATER)
    assert flagged(killed), [(f.status, [c.evidence.text for c in f.claims]) for f in killed]


@pytest.mark.parametrize(
    ("text", "rise"),
    [
        # the toll told as "the number of" a measure of the dead, "to" after what it is of
        (
            "The remains of three more workers were found at the Kelvry quarry on Friday, bringing the "
            "number of confirmed deaths from Tuesday's rockfall to nine.",
            (6.0, 9.0),
        ),
        (
            "Two more villagers drowned overnight in Otalu district, bringing the number of people killed "
            "by the floods to 16, the district office said.",
            (14.0, 16.0),
        ),
        # one of the hurt, told by an age and a death of the wounds
        (
            "The toll rose to 5 on Sunday when a 61-year-old man died of his injuries at Brenmoor General "
            "Hospital, police said.",
            (4.0, 5.0),
        ),
        (
            "A 19-year-old woman succumbed to her wounds on Monday, bringing the number of dead in the "
            "Varsa dormitory fire to six.",
            (5.0, 6.0),
        ),
        # a man whose death the rise names as its cause ("rose to 5 when a man
        # died"), of his wounds or not: the rise's increment
        (
            "The toll rose to 5 on Sunday when a 61-year-old man died at the scene, police said.",
            (4.0, 5.0),
        ),
    ],
)
def test_a_rise_told_by_the_number_of_dead_or_a_death_of_wounds(text, rise):
    _assert_rise(text, rise)


@pytest.mark.parametrize(
    "text",
    [
        # no deaths named: no earlier toll
        "A gas blast tore through a market in Velmo, bringing the number of confirmed deaths to seven.",
        # a man dying, not of his wounds, not told as what raised the toll: may be the first death
        "A 61-year-old man died at the scene on Sunday, and the toll from the week's storms in Brenmoor "
        "rose to 5, police said.",
    ],
)
def test_a_number_of_dead_with_no_death_of_the_hurt_tells_no_earlier_toll(text):
    claims = extract_report(load_text(text), 0).claims
    assert not [c for c in claims if c.count is not None and c.count.toll_rise]


def test_the_number_of_people_killed_is_read_as_the_toll():
    text = "A fire swept a dormitory in Varsa, bringing the number of people killed to 12."
    claims = extract_report(load_text(text), 0).claims
    assert {c.value.low for c in claims if c.kind.value == "killed"} == {12.0}


def test_the_number_of_another_measure_is_no_toll():
    text = "The storm flattened 40 more homes in Varsa, bringing the number of homes destroyed to 300."
    claims = extract_report(load_text(text), 0).claims
    assert not [c for c in claims if c.kind.value == "killed"]


LANDSLIP_FIRST = (
    "DRELLA, May 4 - A landslip buried four houses in the hill village of Drella on Monday, killing three "
    "people, the district office said."
)
LANDSLIP_LATER = (
    "DRELLA, May 5 - Rescuers recovered the bodies of two more people from the mud in Drella on Tuesday, "
    "bringing the number of confirmed deaths from Monday's landslip to five, the district office said."
)


def test_a_risen_number_of_deaths_makes_the_other_reports_toll_its_earlier_one():
    killed = _across(LANDSLIP_FIRST, LANDSLIP_LATER)
    assert not flagged(killed), [(f.status, f.explanation) for f in killed]


@pytest.mark.parametrize(
    ("text", "rise"),
    [
        # one body, told in the singular beside "more"
        (
            "Searchers recovered one more body from the mud at Ravelstock on Thursday, bringing the toll "
            "from the landslide to nine.",
            (8.0, 9.0),
        ),
        # the body of one person, found in the perfect, through a relative clause of how they went missing
        (
            "The body of a fisherman who had been missing since his boat capsized off Carrow Point on "
            "Sunday has been recovered, taking the death toll from the storm to five.",
            (4.0, 5.0),
        ),
        (
            "The body of a woman swept from the Teller footbridge by the floodwaters on Monday evening "
            "had been found downstream, police said, raising the death toll to four.",
            (3.0, 4.0),
        ),
    ],
)
def test_one_body_found_tells_the_toll_before(text, rise):
    _assert_rise(text, rise)


@pytest.mark.parametrize(
    ("text", "rise"),
    [
        # the finders the subject: "recovered the body of", after the rise
        (
            "The number of people killed by the mudslide at Pellucca rose to four on Sunday after "
            "firefighters recovered the body of an elderly woman, one of those listed as missing.",
            (3.0, 4.0),
        ),
        # a phrasal find verb, before the rise
        (
            "Navy divers pulled out the body of a 52-year-old fisherman near the Orsk breakwater on "
            "Tuesday, taking the death toll from the storm to six, the coast guard said.",
            (5.0, 6.0),
        ),
    ],
)
def test_one_body_found_by_its_finders_tells_the_toll_before(text, rise):
    _assert_rise(text, rise)


@pytest.mark.parametrize(
    ("text", "rise"),
    [
        # the hurt one lived; the clause after "while" or "but" tells the deaths that raised the
        # toll, by a figure no pattern reads: no earlier toll, never one less than the toll
        (
            "The woman injured in the crash on the Dunmore road was released on Monday, while two other "
            "passengers died, raising the death toll to six.",
            None,
        ),
        (
            "The man shot outside the Velvet club on Saturday is expected to survive, but two other men died "
            "in hospital, bringing the toll to three, police said.",
            None,
        ),
        # a definite victim with a long participial modifier, the death after a comma
        (
            "The 23-year-old man shot during Saturday's robbery at a filling station in Marrow Heath, "
            "Dunsley, died in hospital on Monday, bringing the death toll from the attack to three.",
            (2.0, 3.0),
        ),
        # "who was" and the perfect
        (
            "The teenager who was stabbed outside a bar in Kellin Cross on Friday has died, raising the "
            "toll to two, police said.",
            (1.0, 2.0),
        ),
        # an indefinite one, hurt in the collapse
        (
            "A worker injured when the scaffolding at the Brenlow tower gave way on Tuesday died "
            "overnight, taking the death toll to five.",
            (4.0, 5.0),
        ),
    ],
)
def test_one_of_the_hurt_told_by_the_harm_that_died_raised_the_toll(text, rise):
    if rise is None:  # no figure of the deaths the sentence tells: no earlier toll, never one less
        _assert_no_rise(text)
        return
    _assert_rise(text, rise)


@pytest.mark.parametrize(
    "text",
    [
        # "shot" is the verb of the man who died, not the harm he took: no rise is told
        "The death toll rose to 12 as a man shot his neighbour at Vell Cross and then died in the blaze.",
        # the hurt one died, but no toll is said to rise: a first report, no update
        "The 31-year-old woman shot during the raid on Ferris Lane died in hospital on Sunday, police said.",
    ],
)
def test_a_death_with_no_rise_or_no_harm_tells_no_earlier_toll(text):
    _assert_no_rise(text)


SLIDE_FIRST = (
    "Landslide buries homes in Ravelstock\n\nRAVELSTOCK, Oct. 6, 2026 - Eight people were killed and "
    "{missing} others are missing after a landslide buried four homes on Monday, officials said."
)
SLIDE_LATER = (
    "Ravelstock landslide toll rises to nine\n\nRAVELSTOCK, Oct. 8, 2026 - Searchers recovered one more body "
    "from the mud on Wednesday, bringing the toll from Monday's landslide to nine. Two people are still "
    "missing, officials said."
)


def test_the_missing_found_dead_are_counted_in_the_earlier_reports_missing():
    """Eight dead and three missing, then one more body and the toll at
    nine with two still missing: the body was one of the three."""
    missing = _across(SLIDE_FIRST.format(missing="three"), SLIDE_LATER, "missing")
    assert missing and not flagged(missing), [(f.status, f.explanation) for f in missing]


def test_missing_that_the_bodies_found_do_not_explain_still_conflict():
    missing = _across(SLIDE_FIRST.format(missing="five"), SLIDE_LATER, "missing")
    assert flagged(missing), [(f.status, f.explanation) for f in missing]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Coast guard crews found four fishermen alive on Wednesday who had been missing since the "
            "squall, officials said.",
            4.0,
        ),
        (
            "Firefighters found three workers alive in the rubble who had been reported missing after the "
            "blast at the Harlow mill, the mayor said.",
            3.0,
        ),
    ],
)
def test_people_found_alive_who_had_been_missing_are_no_missing_count(text, found):
    """ "found five people alive who had been missing": those found, marked
    as found of the missing, never a count of the missing."""
    claims = extract_report(load_text(text), 0).claims
    assert not [c for c in claims if c.kind.value == "missing"], [(c.kind, c.evidence.text) for c in claims]
    assert [c.value.low for c in claims if c.count.found_missing] == [found]


STORM_FIRST = (
    "Fishing boats capsize off Port Lannet\n\nPORT LANNET, March 3, 2026 - {missing} fishermen are "
    "missing after a squall capsized their boats off Port Lannet on Monday, the coast guard said."
)
STORM_LATER = (
    "Four fishermen found alive off Port Lannet\n\nPORT LANNET, March 5, 2026 - Coast guard crews found "
    "four fishermen alive on Wednesday who had been missing since Monday's squall, leaving seven still "
    "unaccounted for, officials said."
)
SLIDE_RESCUED = (
    "Santa Brisa mudslide\n\nSANTA BRISA, June 9, 2026 - Soldiers rescued six villagers alive from the "
    "mud at Santa Brisa on Thursday, but nine people remain missing, the civil protection agency said."
)
SLIDE_FIRST_MISSING = (
    "Mudslide buries Santa Brisa homes\n\nSANTA BRISA, June 7, 2026 - {missing} people are missing after "
    "a mudslide buried homes in Santa Brisa on Tuesday, the civil protection agency said."
)


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        (STORM_FIRST.format(missing="Eleven"), STORM_LATER),
        (SLIDE_FIRST_MISSING.format(missing="15"), SLIDE_RESCUED),
    ],
)
def test_the_missing_found_alive_since_are_counted_in_the_earlier_reports_missing(earlier, later):
    """11 missing, then four found alive and seven still missing; 15
    missing, then six rescued alive and nine still missing: an update."""
    missing = _across(earlier, later, "missing")
    assert missing and not flagged(missing), [(f.status, f.explanation) for f in missing]


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        (STORM_FIRST.format(missing="Thirteen"), STORM_LATER),
        (SLIDE_FIRST_MISSING.format(missing="12"), SLIDE_RESCUED),
    ],
)
def test_missing_that_the_people_found_do_not_explain_still_conflict(earlier, later):
    missing = _across(earlier, later, "missing")
    assert flagged(missing), [(f.status, f.explanation) for f in missing]


def test_people_rescued_in_another_sentence_are_not_taken_from_the_missing():
    """Six rescued told apart from the nine still missing: the report does
    not say the six were among the missing, so 15 against nine stays."""
    later = (
        "Santa Brisa mudslide\n\nSANTA BRISA, June 9, 2026 - Nine people remain missing after the mudslide "
        "at Santa Brisa, the civil protection agency said. Soldiers rescued six villagers from the mud "
        "on Thursday."
    )
    missing = _across(SLIDE_FIRST_MISSING.format(missing="15"), later, "missing")
    assert flagged(missing), [(f.status, f.explanation) for f in missing]
