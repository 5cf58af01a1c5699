"""The scope of a count in three ways reporters write it.

* A place's share of a toll, told as some of it: "239 of the dead were in
  Blantyre", "Of the 56 killed, 31 died in Zomba district".  The figure is
  that place's share (scope ``place:<name>``), never the total; set against
  the other report's total only as a part, so a share above that total is
  a conflict and one below it is none.
* A vague word against a figure (the ranges of ``vague`` in
  rules/counts.yaml): "several" is not 26, "dozens" is not 8, "dozens" may
  be 30; "a few people" after a verb of saying is the vague "a few", not
  one person.
* The last figure of a breakdown place by place whose name the tagger takes
  for a person's: "leaving five people dead, four in Jalisco and one in
  Guerrero" (Guerrero a surname too) is that place's share, as "four in
  Jalisco" is; a name in the possessive ("one in Ortiz's car") stays none.
* A headline's bare figure over a lead that hedges the same figure: "12
  killed in bus crash" over "At least 12 people were killed" is "at least
  12", which another report's 15 does not contradict.

Sentences written for these tests in the shapes wire and local reports use
(no corpus sentence is copied); names, numbers, order and tense varied.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import compare_reports
from reportcheck.extract.counts.quantity import quantity_at
from reportcheck.extract.counts.scope import place_of
from reportcheck.load import load_text
from reportcheck.models import Status

from ...conftest import claims_of_text

CASUALTIES = {"killed", "injured", "missing"}


def _scopes(pipeline, text: str) -> list[tuple[str, float | None, str, str | None]]:
    return sorted(
        (c.kind.value, c.value.low, c.evidence.text, c.frame.scope)
        for c in claims_of_text(pipeline, text)
        if c.kind.value in CASUALTIES
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the "of" on a bare figure, the verb "be" and a named town
        (
            "Floods in the south have killed 276 people. 239 of the dead were in Blantyre.",
            ("killed", 239.0, "239", "place:blantyre"),
        ),
        # a number word, the injured, an area word after the name
        (
            "The cyclone injured 80 people. Eleven of those injured were in Balaka district, officials said.",
            ("injured", 11.0, "Eleven", "place:balaka"),
        ),
        # a fronted "Of the N killed," and a verb of dying
        (
            "Landslides killed 64 people on Tuesday. Of the 64 killed, 40 died in Sindhupalchok.",
            ("killed", 40.0, "40", "place:sindhupalchok"),
        ),
        # a fronted "Of the dead," and a province
        (
            "Heavy rain left 120 people dead. Of the dead, 73 were in Sindh province.",
            ("killed", 73.0, "73", "place:sindh"),
        ),
        # a fronted "Among the dead," (fronted_share_preps), and "Of them," the toll told before
        (
            "Mudslides killed 58 people in the hills. Among the dead, 22 were in Mulanje.",
            ("killed", 22.0, "22", "place:mulanje"),
        ),
        (
            "The storm injured 90 people overnight. Of them, 14 were in Nsanje district.",
            ("injured", 14.0, "14", "place:nsanje"),
        ),
    ],
)
def test_a_place_share_of_the_toll_is_scoped_to_its_place(pipeline, text, want):
    assert want in _scopes(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # a condition, not a place
        "Forty people were hurt. Nine of the injured were in critical condition.",
        # where the hurt lie, not a place's share
        "Forty people were hurt. Nine of the injured were in hospital on Sunday.",
    ],
)
def test_no_place_share_without_a_named_place(pipeline, text):
    assert not [s for s in _scopes(pipeline, text) if (s[3] or "").startswith("place:")]


def test_a_fronted_toll_makes_the_figure_a_part(pipeline):
    text = "The fire killed 31 workers. Of the 31 killed, 19 were women, the ministry said."
    found = _scopes(pipeline, text)
    assert not [s for s in found if s[1] == 19.0 and s[3] is None], found


def _findings(first: str, second: str, kind: str = "killed") -> list[tuple[str, list[str]]]:
    reports = [load_text(text, date=dt.date(2026, 3, 3)) for text in (first, second)]
    return [
        (f.status.value, sorted(c.evidence.text for c in f.claims))
        for f in compare_reports(reports, min_confidence=0.0).findings
        if f.kind.value == kind and f.status is not Status.only_in_one
    ]


def test_a_place_share_above_the_other_reports_toll_conflicts():
    a = (
        "Flash floods swept the valley on Monday, killing dozens of people. "
        "Forty-eight of the dead were in Chikwawa."
    )
    b = "Flash floods swept the valley on Monday, killing 35 people."
    assert ("conflict", ["35 people", "Forty-eight"]) in _findings(a, b)


@pytest.mark.parametrize(
    "a",
    [
        "Flash floods killed 52 people on Monday. Of the 52 killed, 31 died in Chikwawa district.",
        "Flash floods killed 52 people on Monday. 31 of the dead were in Chikwawa.",
    ],
)
def test_a_place_share_below_the_other_reports_toll_is_no_conflict(a):
    b = "Flash floods killed 52 people on Monday, the disaster agency said."
    found = _findings(a, b)
    assert not [f for f in found if f[0] == "conflict"], found
    assert [f[0] for f in found if "52 people" in f[1]] == ["agree"], found


def test_two_reports_shares_of_one_place_are_set_against_each_other():
    a = "Flash floods killed 52 people on Monday. Of the 52 killed, 31 died in Chikwawa district."
    b = "Flash floods killed 52 people on Monday. In Chikwawa district alone, 24 people died."
    assert ("conflict", ["24 people", "31"]) in _findings(a, b)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a town's line of a breakdown after a fronted town's line and the larger toll
        (
            "Mudslides have killed 31 people in Tessin county. In Arlo, 12 people died when a hillside"
            " gave way. Nine people died in Varnholt, the mayor said.",
            ("killed", 9.0, "Nine people", "place:varnholt"),
        ),
        # a trailing "alone" after the town
        (
            "Eight people were killed in Maplewood alone when the storm tore through overnight.",
            ("killed", 8.0, "Eight people", "place:maplewood"),
        ),
    ],
)
def test_a_towns_line_of_a_wider_toll_is_its_share(pipeline, text, want):
    assert want in _scopes(pipeline, text)


def test_two_reports_lines_for_one_town_are_set_against_each_other():
    a = (
        "Mudslides have killed 31 people in Tessin county. In Arlo, 12 people died overnight."
        " Seven were killed in Varnholt, and five others in farms nearby."
    )
    b = (
        "The toll from the mudslides in Tessin county rose to 31."
        " Ten people died in Varnholt, the mayor said."
    )
    found = _findings(a, b)
    assert ("conflict", ["Seven", "Ten people"]) in found, found
    assert not [f for f in found if f[0] == "conflict" and "Ten people" in f[1] and "31 people" in f[1]], (
        found
    )


# A toll broken down place by place in one sentence, the later figures
# told without their verb: the first figure is its place's share, whatever
# the parser takes the place's name for.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The storm killed 11 people. Seven people died in Kalomo, three in the town of Pemba"
            " and one in Monze, officials said.",
            ("killed", 7.0, "Seven people", "place:kalomo"),
        ),
        # "from", a noun of deaths, two-word names
        (
            "Floods have killed 26 people in the north. Sixteen deaths were reported from Lower Kurram,"
            " seven from Orakzai and three from Upper Bajaur.",
            ("killed", 16.0, "Sixteen deaths", "place:lower kurram"),
        ),
        # the injured, "while", "each"
        (
            "Twelve people were injured at Sabi while two each were hurt at Tondo and Lusaka.",
            ("injured", 12.0, "Twelve people", "place:sabi"),
        ),
    ],
)
def test_the_first_line_of_a_breakdown_in_one_sentence_is_its_place_s_share(pipeline, text, want):
    assert want in _scopes(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # a breakdown by month, not by place
        "Floods killed 14 people this year. Six people died in June, five in July and three in August.",
        # where the dead lived, not where they died
        "A bus plunge near the pass killed eleven pilgrims. Among the dead, seven were from Ardon, three"
        " from Bellow and one from Crane.",
        # one place, nothing told after it
        "Nine people died in Kalomo when the river burst its banks, officials said.",
    ],
)
def test_no_breakdown_share_without_later_figures_of_other_places(pipeline, text):
    assert not [s for s in _scopes(pipeline, text) if (s[3] or "").startswith("place:")], _scopes(
        pipeline, text
    )


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        # a later figure marked as a part: the first is the whole toll
        ("Air strikes killed 41 people in Gaza overnight, 12 in Rafah alone, medics said.", 41.0),
        ("Floods have killed 37 people in Kenya, including 14 in Mombasa, the Red Cross said.", 37.0),
        # a later place the first's country holds
        ("The earthquake killed 2,000 people in Morocco, and 800 in Al Haouz province.", 2000.0),
    ],
)
def test_a_toll_followed_by_a_part_of_its_own_place_is_no_share(pipeline, text, whole):
    scopes = _scopes(pipeline, text)
    assert [s for s in scopes if s[1] == whole and not (s[3] or "").startswith("place:")], scopes


def test_a_breakdown_s_first_line_is_no_toll_against_the_other_report():
    a = (
        "Cyclone Tendai has killed 12 people in the province, the disaster agency said on Wednesday.\n"
        "Eight deaths were reported from Nacala, three from the city of Angoche and one from Moma, "
        "most of them when roofs fell in.\n"
    )
    b = "Cyclone Tendai has killed 10 people in the province, the United Nations said on Wednesday.\n"
    found = _findings(a, b)
    assert ("conflict", ["10 people", "12 people"]) in found, found
    assert not [f for f in found if "Eight deaths" in f[1] and f[0] == "conflict"], found


def test_where_the_dead_were_from_is_set_against_the_other_report_s_count_of_them():
    """A breakdown of where the dead lived ("three were from Ardon, the
    others from ...") is a count of a group, set against the other report's
    count of it, never a place's share of the toll."""
    a = (
        "Nine pilgrims died on Sunday when their bus ran off a mountain road above Holm.\n"
        "Among the dead, two were from Ardon; the others were from Bellow and Crane.\n"
    )
    b = (
        "A bus carrying pilgrims fell into a ravine above Holm on Sunday, killing nine of them.\n"
        "Police said three of the dead were from Ardon.\n"
    )
    assert ("conflict", ["three", "two"]) in _findings(a, b)


def test_where_the_dead_were_from_is_no_place_s_share(pipeline):
    text = (
        "A bus carrying pilgrims fell into a ravine above Holm on Sunday, killing nine of them. "
        "Police said three of the dead were from Ardon."
    )
    assert ("killed", 3.0, "three", None) in _scopes(pipeline, text), _scopes(pipeline, text)


@pytest.mark.parametrize(
    ("vague", "figure", "status"),
    [
        ("Several people were killed", "26 people", "conflict"),
        ("Dozens of people were killed", "eight people", "conflict"),
        ("Dozens of people were killed", "30 people", "compatible"),
        ("A handful of people were killed", "five people", "compatible"),
        ("Hundreds of people were killed", "60 people", "conflict"),
        ("Scores of people were killed", "75 people", "compatible"),
    ],
)
def test_a_vague_word_against_a_figure(vague, figure, status):
    a = f"{vague} when the storm flattened houses in Mzuzu on Friday."
    b = f"The storm flattened houses in Mzuzu on Friday, killing {figure}."
    found = _findings(a, b)
    assert [f[0] for f in found] == [status], found


def test_a_few_after_a_verb_of_saying_is_vague(pipeline):
    text = "Police said a few people were hurt when the stand gave way."
    counts = [c for c in claims_of_text(pipeline, text) if c.kind.value == "injured"]
    assert [(c.value.low, c.value.high, c.frame.scope) for c in counts] == [(2.0, 6.0, None)]


HEADLINE = "12 killed in bus crash\n\n"


@pytest.mark.parametrize(
    "lead",
    [
        "At least 12 people were killed when a bus overturned near Kasungu on Friday, police said.",
        "A bus overturned near Kasungu on Friday, killing at least 12 passengers, police said.",
        "More than 12 people died when a bus overturned near Kasungu on Friday.",
    ],
)
def test_a_headline_figure_takes_its_leads_hedge(lead):
    b = "Bus crash kills 15\n\nA bus overturned near Kasungu on Friday, killing 15 people, police said."
    found = _findings(HEADLINE + lead, b)
    assert not [f for f in found if f[0] == "conflict"], found


@pytest.mark.parametrize(
    ("headline", "lead", "other"),
    [
        (
            "Suicide bomber kills 21 at mosque",
            "A suicide bomber blew himself up in a mosque in Kunduz during Friday prayers, "
            "killing at least 21 worshippers.",
            "The death toll from the suicide bombing at a mosque in Kunduz rose to 25 on Friday evening.",
        ),
        (
            "Stampede kills 14 at stadium",
            "At least 14 fans died in a crush at the gates of the stadium in Lilongwe on Saturday.",
            "Seventeen fans died in a crush at the gates of the stadium in Lilongwe on Saturday.",
        ),
    ],
    ids=["worshippers", "fans"],
)
def test_a_headline_figure_of_everyone_takes_the_hedge_of_the_people_its_story_names(headline, lead, other):
    """The headline has no room for the noun: "kills 21" is the story's
    "at least 21 worshippers"."""
    found = _findings(f"{headline}\n\n{lead}", other)
    assert not [f for f in found if f[0] == "conflict"], found


def test_a_headline_figure_keeps_its_value_when_the_lead_states_it_bare():
    lead = "Twelve people were killed when a bus overturned near Kasungu on Friday, police said."
    b = "Bus crash kills 15\n\nA bus overturned near Kasungu on Friday, killing 15 people, police said."
    found = _findings(HEADLINE + lead, b)
    assert [f[0] for f in found if "12 killed" in f[1]] == ["conflict"], found


@pytest.mark.parametrize(
    "rescued",
    [
        "Rescuers pulled 13 miners out alive on Tuesday after the shaft collapsed.",
        "Thirteen miners were brought out alive on Tuesday after the shaft collapsed.",
    ],
)
def test_the_rescued_are_not_set_against_the_trapped(rescued):
    trapped = "At least 30 miners were trapped when the shaft collapsed on Tuesday."
    reports = [load_text(text, date=dt.date(2026, 3, 3)) for text in (rescued, trapped)]
    found = [f for f in compare_reports(reports, min_confidence=0.0).findings if f.status is Status.conflict]
    assert not found, [f.explanation for f in found]


def test_an_unstopped_lead_under_a_headline_of_no_figure_takes_no_hedge():
    # the headline holds no claim: the lead, with no full stop, is no headline, and its 9 is 9
    a = (
        "Weekend of grief in Mzuzu\n\n"
        "A minibus struck a truck outside Mzuzu on Sunday killing 9 people\n\n"
        "Police later said at least 9 people were killed and that more may be found."
    )
    b = "Minibus crash kills 11\n\nA minibus struck a truck outside Mzuzu on Sunday, killing 11 people."
    found = _findings(a, b)
    assert any(f[0] == "conflict" and "9 people" in f[1] for f in found), found


def test_the_last_figure_of_a_breakdown_takes_a_place_the_tagger_calls_a_person(pipeline):
    text = (
        "An earthquake of magnitude 6.8 shook the west of the country on Sunday morning, leaving five"
        " people dead, four in Jalisco and one in Guerrero, as well as damage to houses and roads,"
        " officials reported."
    )
    assert ("killed", 1.0, "one", "place:guerrero") in _scopes(pipeline, text)
    assert ("killed", 4.0, "four", "place:jalisco") in _scopes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("The crash left three people hurt, two in Leon and one in Guerrero.", "one", "Guerrero"),
        ("Gunfire wounded three people, two on the sidewalk and one in Ortiz's car.", "one", None),
        ("Police said two people in Ortiz were hurt.", "two", None),
    ],
)
def test_a_bare_figure_s_place_is_never_a_name_in_the_possessive(pipeline, text, figure, place):
    doc = pipeline(text)
    quantity = quantity_at(next(t for t in doc if t.text == figure))
    assert quantity is not None
    assert place_of(quantity) == place


# A stretch's tally spread across a land: "Over the past three weeks, heavy
# rains across the country have left 31 people dead" (a national tally closing
# a report of one district's floods) is wider than the incident, no share of
# its toll; a stretch alone is still the share of a toll that keeps rising.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Floods killed six people in Maralo district on Friday. Over the past three weeks,"
            " heavy rains across the country have left 31 people dead, the ministry said.",
            ("killed", 31.0, "31 people", "wider"),
        ),
        (
            "A landslide buried four people in Tovik. In the last two months, storms nationwide have"
            " killed 58 people, according to the disaster agency.",
            ("killed", 58.0, "58 people", "wider"),
        ),
        (
            "Monsoon rains killed nine people in Karsa. During the past week, flooding across the"
            " region has injured 140 people.",
            ("injured", 140.0, "140 people", "wider"),
        ),
        # near-misses: a stretch alone, and "across" one spot
        (
            "The floods have killed 40 people in Maralo. In the last 24 hours, 12 people died.",
            ("killed", 12.0, "12 people", "period:24 hours"),
        ),
        (
            "A fire killed three people in Dunmore. Over the past week, 14 people were injured"
            " across the street from the plant.",
            ("injured", 14.0, "14 people", "period:week"),
        ),
    ],
)
def test_a_stretchs_tally_across_a_land_is_wider_than_the_incident(pipeline, text, want):
    assert want in _scopes(pipeline, text)


def test_a_nations_tally_of_a_stretch_does_not_conflict_with_a_districts_toll():
    a = "Eight dead as floods hit Maralo. Floods killed eight people in Maralo district on Wednesday."
    b = (
        "Floods killed eight people in Maralo district on Wednesday. Over the past three weeks,"
        " heavy rains across the country have left 31 people dead, the ministry said."
    )
    assert not [f for f in _findings(a, b) if f[0] == "conflict"]
