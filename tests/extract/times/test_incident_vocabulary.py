"""Times of incidents other than shootings and quakes are the incident's time.

Train derailments, building collapses, capsized boats, landslides and storms
making landfall are reported with their own verbs and nouns ("the express
derailed at 7.35 a.m.", "the collapse came at 9 am"); a clock time tied to
them must be the incident's, or two reports' different times of one
derailment never meet (judge_time needs both tied to the incident).
Sentences written for these tests after the patterns of such reports."""

from __future__ import annotations

import pytest

from reportcheck.api import compare_reports

from ...conftest import claim_quoting

INCIDENT = [
    ("The passenger train derailed at 5:50 a.m. near Tarn village.", "5:50 a.m."),
    ("The express jumped the tracks at 7.20 am outside the junction.", "7.20 am"),
    ("The derailment, which happened at 11:05 p.m., blocked both lines.", "11:05 p.m."),
    ("The six-storey building collapsed at about 9 a.m. on Wednesday.", "9 a.m."),
    ("The ferry capsized at 4:30 p.m. with 80 people on board.", "4:30 p.m."),
    ("The landslide at 2 a.m. buried a dozen homes.", "2 a.m."),
    ("The cyclone made landfall at 8:30 p.m. near the port.", "8:30 p.m."),
    ("The bus overturned at 10:15 p.m. on the mountain road.", "10:15 p.m."),
    # "go off" with a gun or a charge as its subject is the shot or the blast
    ("The rifle went off at about 5:10 p.m. in a back bedroom.", "5:10 p.m."),
    ("A pipe bomb went off at 11:45 p.m. outside the courthouse.", "11:45 p.m."),
    # the genres' own verbs: a plane that went down, a vehicle that fell off
    # a bridge, a storm that crossed the coast
    ("The ATR 72 aircraft went down at 10:50 a.m. about a mile from the airport.", "10:50 a.m."),
    ("The helicopter went down at 4:05 p.m. in a wooded area.", "4:05 p.m."),
    ("The bus fell off the bridge at 8 p.m. into the river below.", "8 p.m."),
    # ... and an aircraft named by its make or model, never "plane" or
    # "helicopter" ("aircraft_names" in rules/events.yaml)
    ("The UH-60 Black Hawk went down at around 3 p.m. near the village of Ormsley.", "3 p.m."),
    ("The Bell 407 went down in thick forest at about 7.40am, police said.", "7.40am"),
    ("A Cessna 208 came down in a cane field at 11:25 a.m. near Tolvan.", "11:25 a.m."),
    ("An Mi-17 went down at 6:15 p.m. shortly after leaving the Karsh base.", "6:15 p.m."),
    ("The Airbus A320 went down at 9:05 a.m. off the coast of Pellamy.", "9:05 a.m."),
    ("The storm crossed the coast near the port at about 2 p.m.", "2 p.m."),
    # a vehicle leaving its way, a structure failing, a fire or blast
    # spreading: the event in the words reporters of crashes, collapses and
    # fires use
    ("Eight carriages left the track at about 4:10 am near Kelso.", "4:10 am"),
    ("The minibus veered off the road at 6:20 a.m. and rolled down a slope.", "6:20 a.m."),
    ("A tanker skidded off the highway at about 11 p.m. on Friday.", "11 p.m."),
    ("The military helicopter came down at 2:35 p.m. in a forest.", "2:35 p.m."),
    ("The roof of the hall caved in at around 7 p.m. during a wedding.", "7 p.m."),
    ("The retaining wall gave way at 3:15 a.m. after hours of rain.", "3:15 a.m."),
    ("The jet slammed into a hillside at 9:52 a.m. shortly after take-off.", "9:52 a.m."),
    ("A lorry rammed into the queue at 5:45 p.m. outside the station.", "5:45 p.m."),
    ("Floodwaters swept away 40 homes at about 2 a.m. on Tuesday.", "2 a.m."),
    ("Flames engulfed the warehouse at 10:40 p.m., witnesses said.", "10:40 p.m."),
    # a train or tram coming off its tracks or rails is the derailment
    ("The route 12 tram came off the tracks at 11:35 p.m. on High Street.", "11:35 p.m."),
    ("Two carriages came off the rails at about 4:20 a.m. near the junction.", "4:20 a.m."),
    ("The freight train came off the track at 9:05 a.m. outside Millbrook.", "9:05 a.m."),
    # a time the parse hangs on a participle telling what a place is ("run
    # by", "owned by"): the clause above it tells the event
    ("The blast ripped through a kiln at the works run by Dosan Ceramics at around 9:40 a.m.", "9:40 a.m."),
    ("A fire broke out in a dormitory owned by the Pellin diocese at about 1:20 a.m.", "1:20 a.m."),
    ("The explosion tore through a shed at a depot operated by Varnak Freight at 3:25 p.m.", "3:25 p.m."),
    # the flood's own matter rushing in
    ("Torrents of mud and boulders cascaded down into Kellis village at around 3 am on Friday.", "3 am"),
    ("Floodwaters surged into the lower town of Merrow at about 11 p.m., officials said.", "11 p.m."),
    ("Water poured into homes along the Tesk river at 1:45 a.m. after the levee failed.", "1:45 a.m."),
    # a robber's coming told with his threat: the robbery that became the shooting
    (
        "A man in a ski mask walked into the Brightway pharmacy at 8:50 p.m., pointed a handgun "
        "at the pharmacist and demanded cash.",
        "8:50 p.m.",
    ),
    ("Two men burst into the jewellery shop at 10:15 a.m. and brandished pistols.", "10:15 a.m."),
    # the attacker's entry to the scene, the time reporters give the attack by
    ("The gunman entered the Corvane bingo hall at around 8:25 p.m. on Friday.", "8:25 p.m."),
    (
        "Police said the suspects, armed with rifles, entered the Tallis cockpit arena at about 2:15 p.m. "
        "while a match was under way.",
        "2:15 p.m.",
    ),
    ("Three gunmen barged into the Molvo bar at about 11:40 p.m. on Saturday.", "11:40 p.m."),
    ("Militants burst into the Harrow guesthouse shortly after 6 a.m.", "6 a.m."),
    # an air strike told by its act
    ("Two jets dropped bombs on Kessal village at around 9:30 a.m. on Monday.", "9:30 a.m."),
    ("A helicopter dropped two barrel bombs on the Dumra market shortly after 4 p.m.", "4 p.m."),
    # the flood's water arriving
    ("Residents said the water arrived in Ferreny shortly after 6 p.m. on Thursday.", "6 p.m."),
    ("The floodwaters arrived at the lower town at about 1 a.m.", "1 a.m."),
    # the vehicles' crash told as what they were in, as police and road
    # agencies write it (genre51b 16: "At approximately 12.05am, a
    # motorcycle and a car were involved in a collision on the M50")
    ("At about 11.50pm, a van and a cyclist were involved in a collision on the A6 near Barrow.", "11.50pm"),
    ("Two lorries were involved in a crash on the Kessel bypass at 3:15 p.m. on Tuesday.", "3:15 p.m."),
    ("A bus and a tractor were involved in an accident at around 7 a.m., police said.", "7 a.m."),
    # a bridge told by its span (genre52a 09: "The 200-foot span on Route 17
    # gave way at about 6:10 a.m. CDT, the Missouri State Highway Patrol said")
    ("The 90-metre span over the Lune gave way at about 4:40 a.m., the county said.", "4:40 a.m."),
    ("The overpass gave way at 2:15 p.m. onto the traffic below.", "2:15 p.m."),
    # a control room's log of the crash (genre51a 16: "the collision was logged at 12.05 pm")
    ("According to the control report, the derailment was logged at 3.40 am.", "3.40 am"),
    # the attackers bursting in, as "burst into" (genre50c 13: "the gunmen burst in at 11:30pm")
    ("Witnesses said the gunmen burst in at 9:45 p.m. and began firing.", "9:45 p.m."),
]

NOT_INCIDENT = [
    # jumping is not a derailment unless the tracks or rails are jumped
    ("The man jumped from a second-floor window at 3:10 a.m.", "3:10 a.m."),
    # the departure of the train is its own event, not the derailment
    ("The train had left the city at 6.15 am.", "6.15 am"),
    # ... and with any other subject it tells no shot ("subjects" in rules/events.yaml)
    ("A burglar alarm went off at 3:10 a.m. at the pawn shop.", "3:10 a.m."),
    ("The smoke detector went off at 4:20 a.m., waking the family.", "4:20 a.m."),
    # "go down" and "fall off" tell the event with an aircraft or a vehicle only
    ("The sun went down at 7:40 p.m. over the lake.", "7:40 p.m."),
    # a make is an aircraft's name only as a proper name: the church bell,
    # a caravan of trucks, a man named Bell
    ("The old bell came down at 4 p.m. as the crowd watched.", "4 p.m."),
    ("The caravan went down the valley road at 5 a.m.", "5 a.m."),
    ("The boy fell off his bicycle at 3:15 p.m. near the school.", "3:15 p.m."),
    # leaving a place, a way given to a crowd, a search sweeping through a
    # district, a crowd tearing through barricades: no crash, collapse or fire
    ("The bus left the depot at 5 a.m. with 40 passengers.", "5 a.m."),
    ("Officers gave way to the marchers at 4 p.m.", "4 p.m."),
    ("Police swept through the neighbourhood at 3 a.m. looking for the gunman.", "3 a.m."),
    ("Protesters tore through the barricades at 2 p.m.", "2 p.m."),
    ("The rescue team came down the mountain at 6 p.m.", "6 p.m."),
    # a train coming down its line, a driver coming off the tracks on foot:
    # "come down" is an aircraft's, "come off the tracks" a rail vehicle's
    ("The train came down the line at 6:40 p.m. as usual.", "6:40 p.m."),
    ("The last tram came down the hill at 12:10 a.m.", "12:10 a.m."),
    ("The track workers came off the tracks at 5 a.m. after their shift.", "5 a.m."),
    # rain pouring, volunteers pouring in: no flood's matter
    ("Heavy rain poured down on the valley at 2 a.m. on Sunday.", "2 a.m."),
    ("Volunteers poured into the town at 8 a.m. to help clear the mud.", "8 a.m."),
    # a coming with no threat: a surrender, a visit
    ("The gunman walked into the Ostby police station at 6 p.m. and asked for a lawyer.", "6 p.m."),
    # an entry of a plea, a suspect entering a police station, anyone but
    # the attacker entering; charges dropped; rescuers arriving
    ("The suspect entered a plea of not guilty at 9:30 a.m. on Monday.", "9:30 a.m."),
    ("The suspect entered the Harlow police station at 7 p.m. to give himself up.", "7 p.m."),
    ("The suspect entered the Harlow courthouse at 9 a.m. for his arraignment.", "9 a.m."),
    ("The suspect entered the county jail at 11:20 p.m., the sheriff said.", "11:20 p.m."),
    ("The mourners entered the Pellow church at 10 a.m. for the funeral.", "10 a.m."),
    ("Prosecutors dropped the charges at 4 p.m. on Friday.", "4 p.m."),
    ("Rescue crews arrived in Ferreny shortly after 6 p.m. on Thursday.", "6 p.m."),
    # a wave or a surge of people arriving is no flood's water
    ("A second wave of rescuers arrived in Ferreny at 5 a.m. on Friday.", "5 a.m."),
    ("A surge of patients arrived at Holm General at 9 p.m., staff said.", "9 p.m."),
    # people involved in a shooting or a case, a call logged, police
    # bursting in: no crash, and no attacker's coming
    ("The officers involved in the shooting were placed on leave at 5 p.m. Monday.", "5 p.m."),
    ("The driver involved in the crash was arrested at 11 p.m. on Friday.", "11 p.m."),
    ("The call was logged at 3:20 p.m. by the control room.", "3:20 p.m."),
    ("Police burst in at 6 a.m. and arrested him in his bed.", "6 a.m."),
    # the state of the wounded after the attack, however close the participle
    ("Two of the wounded were in critical condition at 9 p.m. on Sunday.", "9 p.m."),
    ("Three of the injured remained in hospital at noon, a spokesman said.", "noon"),
]


@pytest.mark.parametrize(("sentence", "value"), INCIDENT, ids=[s[:40] for s, _ in INCIDENT])
def test_time_of_such_an_incident(pipeline, sentence, value):
    assert claim_quoting(pipeline, sentence, "time", value).time.event == "incident"


@pytest.mark.parametrize(("sentence", "value"), NOT_INCIDENT, ids=[s[:40] for s, _ in NOT_INCIDENT])
def test_time_of_another_event(pipeline, sentence, value):
    assert claim_quoting(pipeline, sentence, "time", value).time.event != "incident"


def test_two_times_of_one_derailment_conflict():
    first = (
        "a.txt",
        b"The Kestrel Express left Dunmore at 5.10 am on Monday. "
        b"The train jumped the tracks at 6.42 am near Holt, killing two passengers.",
    )
    second = (
        "b.txt",
        b"The Kestrel Express had departed Dunmore at 5.10 a.m. on Monday. "
        b"The derailment, which occurred at 6.55 a.m. near Holt, killed two passengers.",
    )
    comparison = compare_reports([first, second], min_confidence=0.0)
    times = [f for f in comparison.findings if f.kind.value == "time"]
    statuses = sorted((f.status.value, sorted(c.evidence.text for c in f.claims)) for f in times)
    assert any(status.endswith("conflict") and "6.42 am" in texts for status, texts in statuses), statuses


@pytest.mark.parametrize(
    ("told", "other"),
    [
        # a whole hour apart, one report's verb the derailment's own words
        (b"Seven coaches left the track at 2:40 am near Kelso, killing four.", b"derailed at about 3:40 am"),
        (b"The minibus veered off the road at 6:20 a.m., killing four.", b"crashed at about 7:20 a.m."),
        (b"The helicopter came down at 2:35 p.m., killing four.", b"crashed at about 1:35 p.m."),
        # midnight against midday: the vehicles involved in a collision against the crash
        (
            b"At approximately 12.10am, a motorcycle and a car were involved in a collision, killing four.",
            b"crashed just after midday",
        ),
    ],
)
def test_a_way_left_and_the_crash_times_conflict(told, other):
    first = ("a.txt", b"KELSO - Four people were killed on Monday. " + told)
    second = (
        "b.txt",
        b"KELSO - Four people were killed on Monday when the vehicle " + other + b" near Kelso.",
    )
    comparison = compare_reports([first, second], min_confidence=0.0)
    times = [f for f in comparison.findings if f.kind.value == "time" and len(f.claims) == 2]
    assert any(f.status.value.endswith("conflict") for f in times), [
        (f.status.value, [c.evidence.text for c in f.claims]) for f in comparison.findings
    ]


@pytest.mark.parametrize(
    ("told", "other"),
    [
        # an hour apart: the entry of the gunmen against their barging in
        (
            b"Police said the gunmen entered the Tevo arena at around 2:10 p.m. and fired at the crowd.",
            b"The gunmen barged into the Tevo arena at about 3:10 p.m. and shot at the crowd.",
        ),
        # hours apart: the bombs dropped by two jets against one jet's
        (
            b"Two jets dropped bombs on Kessal village at around 9:30 a.m., a village elder said.",
            b"A single jet dropped two bombs on the monastery of Kessal shortly after noon, residents said.",
        ),
        # hours apart: the water sweeping through against its arrival
        (
            b"The torrent swept through Ferreny at around 9 p.m., killing four.",
            b"Residents said the water arrived in Ferreny shortly after 5 p.m., killing four.",
        ),
    ],
)
def test_acts_of_the_event_told_by_two_verbs_conflict(told, other):
    first = ("a.txt", b"KESSAL - Four people were killed on Monday. " + told)
    second = ("b.txt", b"KESSAL - Four people were killed on Monday. " + other)
    comparison = compare_reports([first, second], min_confidence=0.0)
    times = [f for f in comparison.findings if f.kind.value == "time" and len(f.claims) == 2]
    assert any(f.status.value.endswith("conflict") for f in times), [
        (f.status.value, [c.evidence.text for c in f.claims]) for f in comparison.findings
    ]
