"""Which event a clock time belongs to, where the wording hides it.

Three habits of reporters keep a time from the incident unless read right:
the attack told by the act of its weapons with a light verb ("the shelling
began shortly after 9 a.m.", "firing took place around 6.30 am"); an
undotted "am"/"pm" the parser takes for the object of a verb that names the
disaster only with no object ("the trawler foundered around 4 pm"); and an
authority's statement whose relative clause on the incident carries the time
at its end, which the parser hangs on the statement's verb ("... regrets to
inform the public of the sinking of X, which capsized ..., at about 23:30").
Sentences written for these tests, with invented places and names."""

from __future__ import annotations

import pytest

from reportcheck.api import compare_reports

from ...conftest import claim_quoting

INCIDENT = [
    # the attack named by the act of its weapons, with or without an article
    ("The firing took place around 6.30 am near the Tesra canal.", "6.30 am"),
    ("On Monday at around 8 am, firing took place between two groups of villagers.", "8 am"),
    ("The shelling began shortly after 9 a.m. on the eastern edge of Dolvik.", "9 a.m."),
    ("Shelling began at 5 a.m. and went on for an hour, residents said.", "5 a.m."),
    ("The bombardment took place at about 4.15 am, the regional governor said.", "4.15 am"),
    ("The gunfight took place at around 11 pm outside the Morra bus stand.", "11 pm"),
    ("The firefight began at 2:30 a.m. near the Hallen checkpoint.", "2:30 a.m."),
    # "sink" and "founder" act on nothing here: the clock is no object
    ("The trawler foundered around 4 pm off the cape.", "4 pm"),
    ("The boat sank around 6 am near the bridge, police said.", "6 am"),
    (
        "MV Tarel Queen, bound for Porvik with more than 90 passengers on board, sank around 11 am "
        "on Tuesday after it was hit by a tug near Ostra, officials said.",
        "11 am",
    ),
    # the communique's relative clause on the incident, its time last
    (
        "The Ministry of Transport regrets to inform the public of the sinking of the ferry Morvan Star, "
        "which capsized on the Tesk River near the village of Olan during the night of Friday, "
        "at about 23:30, off the landing.",
        "23:30",
    ),
    (
        "The State Emergency Agency wishes to update the public on the gas explosion which occurred "
        "at the Kalo market along the Denbury road on Monday 3 March at about 6:45 a.m.",
        "6:45 a.m.",
    ),
]

NOT_INCIDENT = [
    # a dismissal told by the same noun, with what it acts on
    ("The firing of the police chief took place at 10 a.m. on Friday.", "10 a.m."),
    # a real object keeps "sink" an act on a vessel
    ("Navy gunners sank the drifting hulk at 3 pm on Tuesday.", "3 pm"),
]


@pytest.mark.parametrize(("sentence", "value"), INCIDENT, ids=[s[:40] for s, _ in INCIDENT])
def test_time_of_the_incident(pipeline, sentence, value):
    assert claim_quoting(pipeline, sentence, "time", value).time.event == "incident"


@pytest.mark.parametrize(("sentence", "value"), NOT_INCIDENT, ids=[s[:40] for s, _ in NOT_INCIDENT])
def test_time_of_another_event(pipeline, sentence, value):
    assert claim_quoting(pipeline, sentence, "time", value).time.event != "incident"


def test_two_times_of_one_shelling_conflict():
    first = (
        "a.txt",
        b"DOLVIK - Two civilians were killed on Tuesday when artillery hit the village of Dolvik. "
        b"The shelling began shortly after 9 a.m., the district head said.",
    )
    second = (
        "b.txt",
        b"DOLVIK - Two civilians were killed on Tuesday in shelling of the village of Dolvik. "
        b"The shelling began at around 6 a.m., residents said.",
    )
    comparison = compare_reports([first, second], min_confidence=0.0)
    times = [f for f in comparison.findings if f.kind.value == "time" and len(f.claims) == 2]
    assert any(f.status.value.endswith("conflict") for f in times), [
        (f.status.value, [c.evidence.text for c in f.claims]) for f in comparison.findings
    ]
