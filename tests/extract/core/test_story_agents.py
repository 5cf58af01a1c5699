"""A clause whose doer is what did the story's harm tells the incident,
whatever its verb (``story_agents`` in rules/events.yaml,
core/events.py ``_story_agent_acts``), and a participle telling what the
people an attack was aimed at were doing times the attack
(``_state_of_the_harmed``).  Sentences written for these tests after
patterns in flood, storm, fire and shooting reports."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text, findings_of, flagged

FLOOD_LEAD = "Flooding cut off the village of Dunmere overnight. "
STORM_LEAD = "Typhoon Selka battered the coast of Varoa province. "
STORM_LEE = "Hurricane Lee hit the coast of Varoa. "


def _event(pipeline, text: str, kind: str, value: str) -> str:
    claims = claims_of_text(pipeline, text)
    found = [c for c in claims if c.kind.value == kind and value in c.evidence.text]
    assert found, [(c.kind.value, c.evidence.text) for c in claims]
    return found[0].details.event


@pytest.mark.parametrize(
    ("text", "kind", "value", "event"),
    [
        # a flood's water as the clause's subject, in a report whose lead tells a flood
        (
            FLOOD_LEAD + "The Avenlo River spilled over its levee at about 1:30 a.m.",
            "time",
            "1:30 a.m.",
            "incident",
        ),
        (
            FLOOD_LEAD + "Residents fled when the creek overtopped the road late on Friday.",
            "date",
            "Friday",
            "incident",
        ),
        (
            FLOOD_LEAD + "Floodwaters swamped the lower town before dawn on Sunday.",
            "date",
            "Sunday",
            "incident",
        ),
        # ... told by the dry valley's word of Arab and South Asian copy
        (FLOOD_LEAD + "The wadi burst its banks at around 5 p.m.", "time", "5 p.m.", "incident"),
        (FLOOD_LEAD + "The nullah overflowed into the lanes at 2:15 a.m.", "time", "2:15 a.m.", "incident"),
        # ... or its passive agent: the victim carried off by the water
        (
            FLOOD_LEAD + "A farmer was carried off by the swollen Tenby River at 8 p.m. Saturday.",
            "time",
            "8 p.m.",
            "incident",
        ),
        # a storm by its own name, once named after a storm noun
        (STORM_LEAD + "Selka came ashore near Port Ibba at around 4 a.m.", "time", "4 a.m.", "incident"),
        (
            STORM_LEAD + "Selka flattened rice fields across the delta on Thursday.",
            "date",
            "Thursday",
            "incident",
        ),
        # an event noun of the incident as the passive agent
        (
            "The Orchard Lane chapel was gutted by fire early Monday, officials said.",
            "date",
            "Monday",
            "incident",
        ),
        ("Two warehouses were levelled by the blast at 6:40 a.m.", "time", "6:40 a.m.", "incident"),
        # the people an attack was aimed at, doing something as it came
        (
            "The attacker fired at people queuing outside a nightclub in Velmar around 1:30 a.m.",
            "time",
            "1:30 a.m.",
            "incident",
        ),
        (
            "Police said the attacker stabbed a woman waiting at a bus stop on Tuesday evening.",
            "date",
            "Tuesday",
            "incident",
        ),
    ],
)
def test_the_agent_of_the_harm_tells_the_incident(pipeline, text, kind, value, event):
    assert _event(pipeline, text, kind, value) == event


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # another moment of the agent's own life than its harm
        (FLOOD_LEAD + "The river crested at 9 a.m. on Thursday.", "time", "9 a.m."),
        (FLOOD_LEAD + "The floodwaters receded on Saturday.", "date", "Saturday"),
        (FLOOD_LEAD + "Water levels in the wadi rose rapidly at around 11 a.m.", "time", "11 a.m."),
        (FLOOD_LEAD + "The Avenlo River rose sharply on Tuesday after heavy rain.", "date", "Tuesday"),
        (STORM_LEAD + "Selka formed east of the islands on Sunday.", "date", "Sunday"),
        # the agent of a verb of order is another event at its own time
        (
            "The main tremor had been preceded by a magnitude 4.1 foreshock at 01:12, residents said.",
            "time",
            "01:12",
        ),
        # an earlier flood of the same river, and a stretch of its harm
        (FLOOD_LEAD + "The Avenlo River last burst its banks in March 2007.", "date", "2007"),
        (FLOOD_LEAD + "The Avenlo River has claimed three lives since 2019.", "date", "2019"),
        (FLOOD_LEAD + "The creek went back within its banks on Saturday.", "date", "Saturday"),
        # a person of the storm's name
        (
            "Hurricane Lee hit the coast. Governor Bill Lee declared an emergency on Tuesday.",
            "date",
            "Tuesday",
        ),
        (
            "Hurricane Lee hit the coast. Bill Lee, the governor, said. Lee visited Port Selby on Friday.",
            "date",
            "Friday",
        ),
        # the water people drink is no flood's
        (FLOOD_LEAD + "Drinking water ran out in the village on Wednesday.", "date", "Wednesday"),
        # what people felt after the harm, on a day of the aftermath
        (
            "Neighbours said Velmar was stunned by the killing at a meeting on Wednesday.",
            "date",
            "Wednesday",
        ),
        # told as not done, or as what may be
        (FLOOD_LEAD + "Officials warned the river could breach the levee on Thursday.", "date", "Thursday"),
        # no flood told: the river is no agent of the story
        ("A man was shot near the Avenlo River. The river froze over on Monday.", "date", "Monday"),
        ("A man was shot near a dry wadi. The wadi filled with sightseers on Monday.", "date", "Monday"),
        # a stretch of the victim's life, not the moment of the attack
        ("The gunman shot a tenant renting the flat since 2019.", "date", "2019"),
    ],
)
def test_other_moments_of_the_agent_are_not_the_incident(pipeline, text, kind, value):
    assert _event(pipeline, text, kind, value) != "incident"


def test_two_nights_of_the_flood_conflict():
    first = (
        "Flooding hit Dunmere this week. Hundreds were evacuated after the Avenlo River "
        "burst its banks late on Tuesday night, swamping dozens of homes."
    )
    second = (
        "Floods swamped Dunmere this week. About 900 residents left their homes when the "
        "Avenlo River overtopped its levee on Thursday night, the council said."
    )
    dates = [f for f in flagged(findings_of(first, second), "date") if len({c.report for c in f.claims}) == 2]
    assert dates, "the two nights the river broke through are one moment told two days apart"
