"""Counts of any countable thing no casualty word or tally noun reads.

Each case is a pattern of reporting (our own sentences): a figure before a
plural noun ("escorted six oil tankers"), a figure of times of a verb ("rang
the line five times"), a hyphened figure that counts ("a nine-storey hotel"),
a thing called by two names the rules say are one ("prison officers" and
"guards"); and figures that are no such count: units of time, length and
money, people in general, a vague word, a figure naming a thing, a casualty.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of_text

CASES = [
    ("The coast guard escorted six oil tankers out of the harbour.", [("count:tanker", 6)]),
    ("Investigators recovered three flight recorders from the wreck.", [("count:recorder", 3)]),
    ("He rang the emergency line five times before help came.", [("count:times:ring", 5)]),
    ("She was called back to the office three times that night.", [("count:times:call", 3)]),
    ("Flames gutted a nine-storey hotel in the old town.", [("count:storey", 9)]),
    ("The hotel had 11 floors.", [("count:storey", 11)]),
    # copy broken over a line keeps a space after the hyphen
    ("A fire gutted a twelve- story hotel on Monday.", [("count:storey", 12)]),
    ("The 21- floor tower was evacuated.", [("count:storey", 21)]),
    ("He drove a 12- year old car.", []),
    ("Two prison officers were held hostage for an hour.", [("count:guard", 2)]),
    ("The inmate took three guards hostage.", [("count:guard", 3)]),
    ("Between 40 and 50 fishing boats joined the search.", [("count:boat", 40, 50)]),
    ("He is already serving two life sentences.", [("count:life sentence", 2)]),
    # years of service, said two ways
    ("The gunman, a twelve-year employee of the depot, opened fire.", [("count:years employed", 12)]),
    ("She had been employed at the mill for nine years.", [("count:years employed", 9)]),
    ("He lived in the town for 12 years.", []),
    ("He served 15 years in prison for robbery.", []),
    # "been" with, on or at what one serves in
    ("Deputy Ruiz had been with the sheriff's office for 11 years.", [("count:years employed", 11)]),
    ("The officer, who has been on the force for six years, was not hurt.", [("count:years employed", 6)]),
    ("He had been at the plant for 30 years.", [("count:years employed", 30)]),
    # a stay, a jail term, a coma: not service
    ("He had been in jail for two years.", []),
    ("The clerk had been there for nine years.", []),
    ("She has been in a coma for three years.", []),
    # a place list names its members: "the towns of A, B and C" are three towns
    ("The storm hit the towns of Aldford, Beeston and Tilston.", [("count:town", 3, None)]),
    # measures, money, people in general, vague words, names and casualties: none
    ("He received a 12-year sentence.", []),
    ("He had worked at the depot for 15 years.", [("count:years employed", 15)]),
    # "a dozen" is twelve, as a casualty count reads it; "dozens" stays vague
    ("Police seized a dozen rifles at the farm.", [("count:rifle", 12)]),
    ("Crews pulled about a dozen cars from the floodwater.", [("count:car", 12)]),
    ("About 5,000 people marched to the square.", []),
    ("Dozens of boats joined the search.", []),
    ("A boat was seen near the pier.", []),
    ("Gunmen shot four guards at the gate.", []),
    ("The blaze started in the 400 block of Elm Street.", []),
    ("Officials of Texas and Ohio met on Monday.", []),
]


def _generic(claims):
    return [c for c in claims if c.kind.value == "other_count" and c.subject.startswith("count:")]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_generic_counts(pipeline, sentence, expected):
    got = [(c.subject, c.value.low, c.value.high) for c in _generic(claims_of_text(pipeline, sentence))]
    want = [(e[0], e[1], e[-1]) for e in expected]
    assert got == want


def test_the_bearer_is_written_to_the_frame(pipeline):
    [claim] = _generic(claims_of_text(pipeline, "The raiders sank two patrol vessels off the coast."))
    assert claim.frame.bearer == "ship"
    assert claim.subject_label == "count of ship"


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("Officer Dana Webb, a 12-year veteran of the department, fired twice.", "officer dana webb"),
        ("Twelve-year veteran Dana Webb was placed on leave.", "dana webb"),
        ("Webb is a 12-year veteran of the force.", "webb"),
        ("Dana Webb, who has been with the department for 12 years, fired twice.", "dana webb"),
        ("A 12-year veteran of the force was wounded.", "veteran"),
    ],
)
def test_years_of_service_are_whose_the_sentence_says(pipeline, sentence, holder):
    """The frame's bearer of years of service is the person they are of, so
    that one officer's years never meet a clerk's."""
    [claim] = _generic(claims_of_text(pipeline, sentence))
    assert (claim.frame.measure, claim.frame.bearer) == ("years employed", holder)
    assert claim.subject_label == "years of service"


def test_a_named_list_of_places_is_the_tally_of_its_kind(pipeline):
    """ "the villages of A and B" beside another report's "two villages": one tally."""
    claims = claims_of_text(pipeline, "Houses collapsed in the villages of Marvdasht and Kharameh.")
    [tally] = [c for c in claims if c.kind.value == "other_count"]
    # the places named at least: a report names some of the places hit as often as all
    assert (tally.subject, tally.value.low, tally.value.high) == ("villages", 2, None)
    assert tally.evidence.text == "the villages of Marvdasht and Kharameh"


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("Police found three other rifles in the car.", "increment"),
        ("The judge added two extra life sentences.", "increment"),
        ("Police found three rifles in the car.", None),
        ("Officers found 12 more shell casings in the alley on Monday.", "increment"),
        # the "more" of a bound tells all of them from below, never more besides
        ("Deputies counted more than 30 shell casings at the scene.", None),
        ("Detectives found more than 15 shell casings on the sidewalk.", None),
        ("Officers seized more than 12 rifles from the house on Friday.", None),
    ],
)
def test_a_count_besides_things_already_counted_is_an_increment(pipeline, sentence, scope):
    """ "three other rifles" counts rifles besides those told of, never all of them."""
    [claim] = _generic(claims_of_text(pipeline, sentence))
    assert claim.frame.scope == scope


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        ("The Houthis fired two missiles at the camp.", "fire"),
        ("Two missiles were intercepted over the city.", "intercept"),
        # a projectile's landing by any verb: "hit", "struck", "fell on"
        ("The hospital was hit by four strikes before dawn.", "impact"),
        ("Rescuers searched the rubble of a collapsed eight-story building.", "collapse"),
        ("The nine-storey Rana Plaza collapsed on Wednesday.", "collapse"),
        ("The raiders fired two rockets and three missiles at the base.", "fire:missile"),
        # one act told by several verbs (act_meanings)
        ("Detectives collected 14 shell casings from the lot.", "recover"),
        ("Officers recovered nine shell casings on the porch.", "recover"),
        ("Jets carried out 18 air raids on the district.", "launch"),
        ("The air force conducted 25 strikes overnight.", "launch"),
        # the craft a search drew in, by "join", "participate" or "take part"
        ("Three merchant ships joined the search overnight.", "join"),
        ("Five fishing boats participated in the rescue.", "join"),
        ("Four patrol boats took part in the operation.", "join"),
        # a later member of a list the parser hangs as an apposition takes the list's verb
        # and where another member counts the same thing, the act is its kind's
        (
            "Two coast guard vessels, a helicopter and four merchant vessels were taking part.",
            "join:merchant",
        ),
        ("Two coast guard vessels and a helicopter were taking part.", "join"),
        # razed and destroyed, derailed and off the rails, are one act each
        ("Seven rooms were razed to the ground.", "destroy"),
        ("Four rooms of the factory were completely destroyed.", "destroy"),
        ("Four compartments of the express went off the rails.", "derail"),
        ("Two coaches left the track near the station.", "derail"),
        # a count told as a total takes the total's verb
        ("A total of 47 miners were brought to the surface.", "bring"),
        ("A total of 12 barges sank near the lock.", "sink"),
        # an act told by its noun, the things after its "of"
        ("The governor ordered the relocation of 24 families.", "relocate"),
        ("The derailment of three coaches blocked the line.", "derail"),
        # near misses: a bomb going off derails nothing, "took" alone and
        # "damaged" tell no act of the lists above, "of" after a noun of no act
        ("Two bombs went off near the market.", "go"),
        ("Crews took three boats out to the reef.", None),
        ("Six rooms were damaged by smoke.", "damage"),
        ("He was one of 12 members of the crew.", None),
        ("The team took part in 14 searches last year.", None),
        # no verb's argument, or a verb that tells no act on the things
        ("Two of the three missiles hit the camp.", None),
        ("There were three boats in the harbour.", None),
        ("The hotel had 11 floors.", None),
    ],
)
def test_the_verb_the_counted_things_are_told_by_is_kept(pipeline, sentence, act):
    """Two reports' counts told by one verb count what one act acted on
    (compare/confidence.py); the verb is the counted things' own, or for a
    hyphened "eight-story" the building's."""
    counted = _generic(claims_of_text(pipeline, sentence))
    assert counted, "the count must be read"
    assert counted[-1].count.act == act


@pytest.mark.parametrize(
    "sentence",
    [
        "Six coaches of the Orvel express derailed near Tamsk.",
        "Six bogies of the express left the track near Tamsk.",
        "Six carriages overturned after the derailment near Tamsk.",
    ],
)
def test_rolling_stock_is_one_thing_by_any_of_its_names(pipeline, sentence):
    """ "coaches", "bogies", "carriages": one count of the train's carriages
    (rules/generic_counts.yaml same_thing), so two reports' figures meet."""
    [claim] = _generic(claims_of_text(pipeline, sentence))
    assert claim.frame.bearer == "carriage"
