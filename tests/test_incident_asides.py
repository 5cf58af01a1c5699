"""Sentences of a report's body that tell something beside its incident: a
tally of a period ("In the last five years, 14 people have died in gas
explosions in the region"), a series the incident is counted in ("It is the
third fatal fire in Kaunas since the New Year"), a side event of the same
night ("On the same night, firefighters also put out a burning car ...; no one
was hurt there"), and an older death a distant date tells with no verb of the
incident ("In June a man aged 58 drowned in the Sana"). Their figures and days
are no longer the main incident's (genre55b 01, 02, 04, 15).  The same shapes
told of the incident itself stay its own: its running toll ("Since Monday
morning, rescuers have pulled 14 bodies"), its own second event ("The second
explosion came minutes later"), the same gunman's next shot.  Every sentence
here is written for these tests after the shapes of real reports (GVC's
"So far this year, ...", "The shooting marks the sixth homicide in the county
this year", "Separately, a man ... was shot"), with other names, places and
figures."""

from __future__ import annotations

import pytest

from reportcheck.knowledge.vocabulary import MAIN
from tests.conftest import findings_of, flagged, report_claims

#: a lede of a fire, then the sentence under test in a paragraph of its own
FIRE = (
    "Man dies in Tartu flat fire\n\n"
    "A 64-year-old man died when fire broke out in his flat on Riia Street in Tartu early on Sunday, "
    "the rescue board said.\n\n"
    "Two neighbours were treated for smoke inhalation at the scene.\n\n"
    "Firefighters brought the blaze under control within an hour.\n\n"
)
#: a lede of a quake, for the incident's own running toll
QUAKE = (
    "Quake kills 40 in western Iran\n\n"
    "A magnitude 6.1 earthquake struck Kermanshah province on Monday, killing 40 people and injuring "
    "200, officials said.\n\n"
    "Rescue teams were sent from Tehran.\n\n"
)


def _claims_quoting(text: str, kind: str, words: str):
    claims = [c for c in report_claims(text) if c.kind.value == kind and c.evidence.text == words]
    assert claims, [(c.kind.value, c.evidence.text, c.incident) for c in report_claims(text)]
    return claims


@pytest.mark.parametrize(
    ("lede", "sentence", "kind", "words"),
    [
        # a tally of a period opening its sentence
        (
            FIRE,
            "In the last five years, 14 people have died in gas explosions in the county, "
            "the rescue board said.",
            "killed",
            "14 people",
        ),
        (
            FIRE,
            "Over the past decade, 31 people were killed in house fires in Tartu County.",
            "killed",
            "31 people",
        ),
        (FIRE, "So far this year, 9 people have died in fires in the county.", "killed", "9 people"),
        # a series frame: its span is never the incident's day
        (FIRE, "It is the fourth fatal fire in Tartu since Christmas.", "date", "Christmas"),
        (
            FIRE,
            "It was the second deadly blaze in the county since the New Year, police said.",
            "date",
            "New Year",
        ),
        # a side event of the same night, brought in anew
        (
            FIRE,
            "On the same night, firefighters also put out a burning van in the Annelinn district; "
            "no one was hurt there.",
            "injured",
            "no one",
        ),
        (
            FIRE,
            "That same night, rescuers also pulled a woman from a burning sauna in Elva; nobody was "
            "injured there.",
            "injured",
            "nobody",
        ),
        # another matter by its opener, whatever its subject
        (
            FIRE,
            "Separately, the coast guard was also searching for a fisherman who was reported missing "
            "off Saaremaa on Friday.",
            "missing",
            "a fisherman",
        ),
        # an older death told by a distant month and no verb of the incident
        (FIRE, "In May a man aged 71 drowned in the Emajõgi near Kavastu.", "killed", "a man"),
    ],
)
def test_aside_leaves_main(lede, sentence, kind, words):
    for claim in _claims_quoting(lede + sentence, kind, words):
        assert claim.incident != MAIN


@pytest.mark.parametrize(
    ("lede", "sentence", "kind", "words"),
    [
        # the incident's own running toll, by a span of hours or days
        (
            QUAKE,
            "Since Monday morning, rescuers have pulled 14 bodies from the rubble.",
            "killed",
            "14 bodies",
        ),
        (QUAKE, "Over the past two days, the death toll rose to 52.", "killed", "52"),
        # the incident's own parts by an ordinal, with no span of a series
        (QUAKE, "In the quake, three children were killed at a school.", "killed", "three children"),
        (FIRE, "The second victim died in hospital on Monday.", "killed", "The second victim"),
        # a side sentence of the same night whose doer is the story's own
        (
            FIRE,
            "On the same night, the arsonist also set fire to a car, injuring two people.",
            "injured",
            "two people",
        ),
        # the subject of a series frame is the story's own event (ECB+ 20_5ecb's shape)
        (
            QUAKE,
            "Monday's earthquake was the second one to hit Kermanshah in the past 24 hours.",
            "date",
            "Monday's",
        ),
        # the story's own dead told again with a later step's distant date
        (
            FIRE,
            "The man, Juhan Tamm, 64, lived alone. Three other men were charged last week in Tamm's death.",
            "killed",
            "Tamm",
        ),
        # a lede that opens with a time phrase
        (
            "Fire in Narva\n\nOn Sunday night, a fire in a flat on Kreenholmi Street killed two "
            "people, the rescue board said.\n\n",
            "",
            "killed",
            "two people",
        ),
    ],
)
def test_own_incident_stays_main(lede, sentence, kind, words):
    for claim in _claims_quoting(lede + sentence, kind, words):
        assert claim.incident == MAIN


def test_series_keeps_the_story_place():
    """A series is told where the story is: "the fourth fatal fire in Tartu"
    still names the story's town."""
    text = FIRE + "It is the fourth fatal fire in Tartu since Christmas."
    places = [c for c in report_claims(text) if c.kind.value == "location" and "Tartu" in c.evidence.text]
    assert places and all(c.incident == MAIN for c in places)


def test_tally_and_side_event_set_against_no_toll():
    """The other report's two dead and two hurt are not set against a tally's
    14 dead or a side event's none hurt (genre55b 01 and 02)."""
    other = (
        "Fatal fire in Tartu\n\n"
        "A man, 64, was killed and two neighbours were injured in a fire in a flat on Riia Street in "
        "Tartu on Sunday, the rescue board said.\n\n"
    )
    own = (
        FIRE
        + "In the last five years, 14 people have died in house fires in the county.\n\n"
        + "On the same night, firefighters also put out a burning van in the Annelinn district; "
        "no one was hurt there."
    )
    found = findings_of(other, own)
    assert not flagged(found, "killed")
    assert not flagged(found, "injured")
