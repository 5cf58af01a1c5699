"""Events inside a report: a value of an aftershock, a past quake or another
shooting is never set against the report's own event, and the other events
of two reports are matched only when they are one event
(tests/data/incident_event_cases.yaml)."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from reportcheck.align import align_events, cross_told_cases
from reportcheck.api import compare_reports, extract_report
from reportcheck.incident_events import EventMention, same_event
from reportcheck.incidents import Incident
from reportcheck.knowledge.vocabulary import MAIN
from reportcheck.load import load_text
from reportcheck.models import Claim, ClaimKind, Value
from tests.conftest import findings_of

from .conftest import DATA
from .test_align import claim

CASES = yaml.safe_load((DATA / "incident_event_cases.yaml").read_text(encoding="utf-8"))


def _told_apart(pipeline, reader, text: str, word: str, kind: ClaimKind, **options) -> bool:
    """Whether one of incident_events' readings of a claim's word (a tally,
    a period's statistic, a stretch's start) sets apart the claim of
    ``kind`` told by ``word`` of ``text``."""
    doc = pipeline(text)
    root = next(t for t in doc if t.text == word)
    label = "d" if kind is ClaimKind.date else "n"
    return reader(root, claim(kind, 0, Value(low=2, high=2, label=label)), **options) is not None


def _claim(claims: list[Claim], text: str, kind: str) -> Claim:
    found = [c for c in claims if c.kind.value == kind and text in c.evidence.text]
    assert found, f"no {kind} claim with {text!r}: {[(c.kind.value, c.evidence.text) for c in claims]}"
    return found[0]


def _by_text(claims: list[Claim], text: str) -> Claim:
    found = [c for c in claims if text in c.evidence.text]
    assert found, f"no claim with {text!r}"
    return found[0]


def _framed(text: str, date: str | None) -> list[Claim]:
    """The claims of one report with their events, as `extract` gives them
    (``date`` None: a page with no date of its own)."""
    report = load_text(text, date=dt.date.fromisoformat(date) if date else None)
    return extract_report(report, 0).claims


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_event_of_each_value(pipeline, case):
    claims = _framed(case["text"], str(case["date"]) if case["date"] else None)
    for text, kind in case.get("own", []):
        claim = _claim(claims, text, kind)
        assert claim.frame.event is None, (text, claim.frame.event)
    for text, kind in case.get("other", []):
        claim = _claim(claims, text, kind)
        assert claim.frame.event is not None or claim.incident != "main", text
    for first, second in case.get("together", []):
        assert _by_text(claims, first).frame.event == _by_text(claims, second).frame.event
    for first, second in case.get("apart", []):
        assert _by_text(claims, first).frame.event != _by_text(claims, second).frame.event


def _conflicts(
    first: str, second: str, date: dt.date | None = dt.date(2026, 3, 10)
) -> list[tuple[str, list[str]]]:
    reports = [load_text(text, date=date) for text in (first, second)]
    comparison = compare_reports(reports)
    return [
        (f.kind.value, sorted(c.evidence.text for c in f.claims))
        for f in comparison.findings
        if f.status.value == "conflict"
    ]


def test_the_same_aftershock_told_twice_is_compared(pipeline):
    first = (
        "A magnitude 6.2 earthquake shook Westport on Monday.\n"
        "The quake was followed by a magnitude 5.1 aftershock at 2:15 p.m.\n"
    )
    second = (
        "A magnitude 6.2 earthquake hit Westport on Monday.\nA magnitude 5.1 aftershock struck at 2:45 p.m.\n"
    )
    assert ("time", ["2:15 p.m.", "2:45 p.m."]) in _conflicts(first, second)


def test_an_aftershock_is_never_set_against_the_main_shock(pipeline):
    first = "A magnitude 6.2 earthquake shook Westport at 9:00 a.m. on Monday.\n"
    second = (
        "A magnitude 6.2 earthquake hit Westport at 9:00 a.m. on Monday.\n"
        "A magnitude 5.4 aftershock followed at 9:40 a.m.\n"
    )
    assert _conflicts(first, second) == []


DOUBLET_LEAD = (
    "A magnitude 5.6 earthquake struck the Velm district of Orsa province early on Friday, the agency said.\n"
    "Dozens of old houses were damaged and 29 people were hurt, the governor said.\n"
    "Rescue teams from the capital reached the district by noon.\n"
)


@pytest.mark.parametrize(
    ("first_past", "second_past"),
    [
        (
            "Velm was among the provinces devastated by the magnitude 7.4 and 7.1 earthquakes "
            "of May 2, 2019.\n",
            "The May 2, 2019, magnitude 7.4 and 7.1 earthquakes centred near Tarn killed "
            "more than 9,000 people.\n",
        ),
        (
            "Velm was one of the provinces worst hit by the twin earthquakes of magnitude 7.4 and 7.1 "
            "in 2019.\n",
            "Velm suffered heavy losses in the magnitude 7.4 earthquake of May 2, 2019, "
            "and the 7.1 tremor that struck eight hours later.\n",
        ),
    ],
)
def test_a_doublet_s_two_shocks_are_never_set_against_each_other(pipeline, first_past, second_past):
    """genre56a 07, genre51b 03 (Turkish copy recalling the doublet of 2023),
    varied: the two figures of a doublet, in one phrase or told as a second
    shock that "struck eight hours later", are two shocks, inside each
    report and across; the main quakes' 5.6 against 5.9 stays a conflict."""
    other_lead = DOUBLET_LEAD.replace("5.6", "5.9")
    assert _conflicts(DOUBLET_LEAD + first_past, other_lead + second_past) == [
        ("magnitude", ["magnitude 5.6", "magnitude 5.9"])
    ]


def test_quakes_faults_can_produce_are_no_quake_of_the_story(pipeline):
    """genre50b 11 (a seismologist quoted: faults "capable of producing
    magnitude 6 earthquakes"), varied: no magnitude of the story's quake."""
    second = DOUBLET_LEAD + (
        "Residents spent the night outside in the cold.\n"
        "A seismologist said the faults around Velm are capable of producing magnitude 7 earthquakes.\n"
    )
    assert _conflicts(DOUBLET_LEAD, second) == []


def test_an_earlier_shooting_is_not_the_report_s_own(pipeline):
    first = "A gunman killed three people at a store in Milford on Saturday, police said.\n"
    second = (
        "Three people were shot dead at a store in Milford on Saturday.\n"
        "The shooting came just two weeks after a gunman killed five people at a bar in Easton.\n"
    )
    assert [kind for kind, _ in _conflicts(first, second)] == []


def _checkpoint_story(strikes: str) -> str:
    """A report on a checkpoint bombing that tells the day's air strikes elsewhere after "Meanwhile"."""
    return (
        "A suicide bomber killed nine people at an army checkpoint in Homs on Tuesday.\n"
        "The bomber set off an explosive belt at the checkpoint, state media said.\n"
        f"Meanwhile, Russian air strikes on eastern Aleppo killed {strikes} people, activists said.\n"
        "The strikes also wounded 20.\n"
    )


def test_another_act_told_after_meanwhile_is_never_set_against_the_report_s_own(pipeline):
    """The strikes' wounded (20) are not the bombing's (12), which the story does not give."""
    first = "Nine people were killed and 12 wounded when a suicide bomber struck a Homs checkpoint Tuesday.\n"
    assert _conflicts(first, _checkpoint_story("12")) == []


@pytest.mark.parametrize(
    "opening",
    ["In the rest of the enclave, government bombardment", "In other parts of the province, air raids"],
)
def test_a_toll_told_for_the_rest_of_the_area_is_another_act(pipeline, opening):
    """The rest of an area the lead names holds none of the lead's own
    dead: its 19 (and the day's toll they bring the area to) are never the
    town's 8."""
    first = (
        "Jets struck the town of Beit Saqra in the eastern enclave on Thursday, killing eight civilians, "
        "a monitor said.\n"
        "Rescuers searched the rubble of two buildings near the market.\n"
        f"{opening} killed 19 other civilians on Thursday, bringing the day's toll to 27, the monitor said.\n"
    )
    second = (
        "Air strikes killed eight civilians in Beit Saqra in the eastern enclave on Thursday, medics said.\n"
    )
    assert _conflicts(first, second) == []


def test_the_same_other_act_told_by_two_reports_is_compared(pipeline):
    """Both reports tell the Aleppo strikes: their tolls are one act's, 12 against 15, and still compared."""
    conflicts = _conflicts(_checkpoint_story("12"), _checkpoint_story("15"))
    assert conflicts == [("killed", ["12 people", "15 people"])]


FIRST_QUAKE = (
    "A magnitude 6.1 earthquake struck the island of Tavra on Sunday, injuring 12 people.\n"
    "Several old houses in the port collapsed, the governor said.\n"
)


def _follow_up(recalled_injured: str) -> str:
    """A report on a second quake that recalls the first in its fifth sentence."""
    return (
        "A magnitude 4.8 quake shook the island of Tavra, injuring two people, state radio said.\n"
        "The quake struck at 10:20 a.m. local time.\n"
        "Monday's quake was the second to hit Tavra in two days.\n"
        "Ferries to the island kept running.\n"
        f"Earlier on Sunday a 6.1 quake jolted the island, injuring {recalled_injured} people.\n"
    )


@pytest.mark.parametrize("date", [dt.date(2026, 3, 10), None], ids=["dated", "weekdays only"])
def test_a_follow_up_report_is_set_against_the_first_by_the_event_it_recalls(pipeline, date):
    """The second quake's magnitude and toll are never set against the first
    quake's; the first quake as the follow-up recalls it is."""
    assert _conflicts(FIRST_QUAKE, _follow_up("12"), date) == []
    conflicts = _conflicts(FIRST_QUAKE, _follow_up("15"), date)
    assert conflicts == [("injured", ["12 people", "15 people"])]


def test_a_report_recalling_an_event_on_its_own_day_is_no_follow_up(pipeline):
    second = (
        "A magnitude 6.4 earthquake hit the island of Tavra on Sunday, injuring 20 people.\n"
        "Several old houses in the port collapsed, the governor said.\n"
        "Ferries to the island kept running.\n"
        "Schools will stay closed.\n"
        "Earlier on Sunday a 3.9 quake jolted the island.\n"
    )
    kinds = sorted(kind for kind, _ in _conflicts(FIRST_QUAKE, second))
    assert kinds == ["injured", "magnitude"]


# ------------------------------------------------------------ same_event, the rule


def _mention(relation: str, kind: str | None, *claims: Claim) -> EventMention:
    return EventMention("r0-main-e1", "main", relation, kind, "x", list(claims))


def _magnitude(value: float) -> Claim:
    return claim(ClaimKind.magnitude, 0, Value(low=value, high=value, label=str(value)))


def _year(year: int) -> Claim:
    low = float(dt.date(year, 1, 1).toordinal())
    high = float(dt.date(year, 12, 31).toordinal())
    return claim(ClaimKind.date, 0, Value(low=low, high=high, label=str(year)))


def test_same_event_needs_an_anchor_shared():
    shock = _mention("aftershock", "quake", _magnitude(5.1))
    assert same_event(shock, _mention("later", None, _magnitude(5.1))) == 1
    assert same_event(_mention("other", "quake", _year(1999)), _mention("other", "quake", _year(1999))) == 1
    assert same_event(_mention("other", "quake"), _mention("other", "quake")) == 0


def test_same_event_refuses_what_speaks_against():
    shock = _mention("aftershock", "quake", _magnitude(5.1))
    assert same_event(shock, _mention("aftershock", "quake", _magnitude(4.7))) == 0
    assert same_event(shock, _mention("other", "quake", _magnitude(5.1))) == 0
    past = _mention("other", "quake", _year(1999))
    assert same_event(past, _mention("other", "quake", _year(2003))) == 0
    assert same_event(past, _mention("other", "shooting", _year(1999))) == 0


def _several(relation: str, *claims: Claim) -> EventMention:
    mention = _mention(relation, "quake", *claims)
    mention.several = True
    return mention


def test_the_aftershocks_told_together_are_one_set_without_an_anchor():
    # "at least four aftershocks" / "three strong aftershocks followed": the quake's aftershocks
    assert same_event(_several("aftershock"), _several("aftershock")) == 1
    assert same_event(_several("foreshock"), _several("foreshock")) == 1


def test_aftershocks_together_still_need_nothing_against_and_one_alone_is_its_own():
    # "two aftershocks of 5.1" / "aftershocks of 4.7": the magnitudes speak against
    assert same_event(_several("aftershock", _magnitude(5.1)), _several("aftershock", _magnitude(4.7))) == 0
    # "an aftershock" is one shock of its own, not the set another report counts
    assert same_event(_several("aftershock"), _mention("aftershock", "quake")) == 0
    # earlier quakes told together are not one set: "previous quakes" of two reports may be any
    assert same_event(_several("other"), _several("other")) == 0
    assert same_event(_several("aftershock"), _several("foreshock")) == 0


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("It was followed by at least four aftershocks.", "At least four strong aftershocks followed."),
        ("Three aftershocks of about 4.0 rattled the town later.", "Residents felt three aftershocks."),
    ],
)
def test_counts_of_the_aftershocks_in_two_reports_are_compared(pipeline, first, second):
    opening = "A magnitude 6.0 earthquake struck Harbin on Sunday afternoon, killing 7 people.\n"
    reports = [load_text(opening + text, date=dt.date(2026, 3, 10)) for text in (first, second)]
    found = compare_reports(reports).findings
    counts = [f for f in found if f.kind.value == "other_count" and len({c.report for c in f.claims}) == 2]
    assert [f.status.value for f in counts] == ["agree"], [(f.status, f.claims) for f in found]


# ------------------------------------------------------------ align_events


def _incident_with(incident: str, *mentions: EventMention) -> Incident:
    found = Incident(incident, incident)
    found.events.extend(mentions)
    return found


def _shock(report: int, magnitude: float, text: str, minute: float = 600.0) -> tuple[EventMention, Claim]:
    time = claim(ClaimKind.time, report, Value(low=minute, high=minute, label=text))
    claims = [
        claim(ClaimKind.magnitude, report, Value(low=magnitude, high=magnitude, label=text)),
        time,
    ]
    return EventMention(f"r{report}-main-e1", "main", "aftershock", "quake", text, claims), time


def test_one_aftershock_of_two_reports_gets_one_id_and_another_its_own():
    first, first_time = _shock(0, 5.1, "a")
    second, second_time = _shock(1, 5.1, "b")
    third, third_time = _shock(2, 4.4, "c", minute=640.0)
    reports = [[_incident_with("main", m)] for m in (first, second, third)]
    align_events(reports, {(n, "main"): "main" for n in range(3)})
    assert first_time.frame.event == second_time.frame.event == "main/aftershock-1"
    assert third_time.frame.event == "main/aftershock-2"


def test_one_minute_names_one_aftershock_whatever_its_magnitudes():
    """Two reports time an aftershock to the same minute (or a minute or two
    apart) and give it two magnitudes: one shock, told two ways."""
    first, first_time = _shock(0, 5.3, "a", minute=940.0)
    second, second_time = _shock(1, 5.1, "b", minute=941.0)
    third, third_time = _shock(2, 4.6, "c", minute=1010.0)
    reports = [[_incident_with("main", m)] for m in (first, second, third)]
    align_events(reports, {(n, "main"): "main" for n in range(3)})
    assert first_time.frame.event == second_time.frame.event == "main/aftershock-1"
    assert third_time.frame.event == "main/aftershock-2"


@pytest.mark.parametrize("minute", [942.0, 940.0], ids=["minutes apart", "the same minute"])
def test_one_report_s_two_aftershocks_stay_two(minute):
    """One report's two aftershocks of two magnitudes are two shocks, however
    close its times ("a 5.3 at 3:40 p.m. ... a 4.1 at 3:40 p.m.")."""
    first, first_time = _shock(0, 5.3, "a", minute=940.0)
    second, second_time = _shock(0, 4.1, "b", minute=minute)
    second.id = "r0-main-e2"
    align_events([[_incident_with("main", first, second)]], {(0, "main"): "main"})
    assert first_time.frame.event != second_time.frame.event


def test_events_of_background_incidents_take_the_aligned_incident_id():
    first, first_time = _shock(0, 5.1, "a")
    second, second_time = _shock(1, 5.1, "b")
    reports = [[_incident_with("r0-bg1", first)], [_incident_with("r1-bg2", second)]]
    align_events(reports, {(0, "r0-bg1"): "r0-bg1", (1, "r1-bg2"): "r0-bg1"})
    assert first_time.frame.event == second_time.frame.event == "r0-bg1/aftershock-1"


def _day(report: int, iso: str) -> Claim:
    day = float(dt.date.fromisoformat(iso).toordinal())
    return claim(ClaimKind.date, report, Value(low=day, high=day, label=iso))


def _weekend(report: int) -> Claim:
    low, high = (float(dt.date.fromisoformat(d).toordinal()) for d in ("2026-05-02", "2026-05-03"))
    return claim(ClaimKind.date, report, Value(low=low, high=high, label="the weekend"))


def test_two_shootings_of_one_roundup_never_become_one_through_another_report():
    saturday = _day(0, "2026-05-02")
    sunday = _day(0, "2026-05-03")
    first = EventMention("r0-main-e1", "main", "roundup", "shooting", "shot Saturday", [saturday])
    second = EventMention("r0-main-e2", "main", "roundup", "shooting", "shot Sunday", [sunday])
    summary = EventMention("r1-main-e1", "main", "roundup", "shooting", "weekend shootings", [_weekend(1)])
    reports = [[_incident_with("main", summary)], [_incident_with("main", first, second)]]
    align_events(reports, {(0, "main"): "main", (1, "main"): "main"}, numbers=[1, 0])
    assert saturday.frame.event != sunday.frame.event


def test_one_night_s_arrests_are_not_set_against_another_night_s(pipeline):
    several_nights = (
        "Crowds clashed with police in Dunmore for a third night on Thursday "
        "after a deputy shot a teenager on Monday.\n"
        "On Tuesday night protesters threw bottles at officers.\n"
        "On Thursday the march turned violent and 28 people were arrested.\n"
    )
    first_night = (
        "A vigil for a teenager shot by a deputy on Monday turned into a riot in Dunmore on Tuesday night.\n"
        "Two people were arrested, police said.\n"
    )
    assert [kind for kind, _ in _conflicts(several_nights, first_night)] == []


def test_the_same_night_s_arrests_in_two_stories_of_several_nights_are_compared(pipeline):
    first = (
        "Crowds clashed with police in Dunmore for a third night on Thursday "
        "after a deputy shot a teenager on Monday.\n"
        "On Thursday the march turned violent and 28 people were arrested.\n"
    )
    second = (
        "Protesters took to the streets of Dunmore for a third straight night on Thursday.\n"
        "On Thursday 19 people were arrested as the crowd smashed windows.\n"
    )
    assert ("arrested", ["19 people", "28 people"]) in _conflicts(first, second)


@pytest.mark.parametrize(
    "days_told",
    [
        "The governor declared three days of mourning and visited the scene on Monday.",
        "Rescuers searched the rubble for a second day on Monday, officials said.",
        "The inquest into the deaths opened on Monday after two days of hearings.",
    ],
    ids=["mourning", "a second day of search", "days of hearings"],
)
def test_the_days_of_one_attack_s_story_are_not_nights_of_unrest(pipeline, days_told):
    """ "Three days of mourning" or "a second day" of searching counts the
    days of one attack's story, not nights of unrest: its day and its
    injured stay the attack's, so two reports' days of the blast meet."""
    first = (
        "A gas tanker exploded on a highway near Korvane on Saturday, killing 31 people, officials said.\n"
        "Another 40 people were injured.\n"
    )
    second = (
        "The tanker blast near Korvane happened at about 7am on Sunday, police said.\n"
        "Of the 44 injured, 30 are in hospital in Korvane.\n"
        f"{days_told}\n"
    )
    assert ("date", ["Saturday", "Sunday"]) in _conflicts(first, second)


@pytest.mark.parametrize(
    ("sentence", "word", "tally"),
    [
        ("Nine deputies have been fatally shot this year alone, the sheriff said.", "deputies", True),
        ("At least 40 people have been killed in the county so far this year.", "people", True),
        ("So far this season, 19 climbers have died on the mountain.", "climbers", True),
        ("Two deputies were fatally shot on Tuesday.", "deputies", False),
        ("Two deputies have been wounded in the standoff.", "deputies", False),
        # the existential: the perfect is "have been", the period the participle's
        ("Counting them, there have been 212 people shot in Dayton this year, police said.", "people", True),
        (
            "There have been 131 people wounded or killed by gunfire in the city so far this year.",
            "people",
            True,
        ),
        ("There have been two people shot on the block since Friday.", "people", False),
        ("There were three people hurt in the crash this morning.", "people", False),
    ],
)
def test_a_count_up_to_now_over_this_year_is_a_tally(pipeline, sentence, word, tally):
    from reportcheck.incident_events import _year_to_date

    assert _told_apart(pipeline, _year_to_date, sentence, word, ClaimKind.killed) is tally


@pytest.mark.parametrize(
    ("sentence", "word", "tally"),
    [
        ("Over 65 people have been killed as a result of these violations.", "people", True),
        (
            "More than 40 civilians have died in the ceasefire violations since the truce began.",
            "civilians",
            True,
        ),
        ("At least 30 people were killed in breaches of the truce last week.", "people", True),
        # the story's own attack, named beside the series
        (
            "The strike, which killed 20 civilians, was among the gravest violations of the truce.",
            "civilians",
            False,
        ),
        (
            "Twelve people were killed in the attack, one of dozens of violations reported since Monday.",
            "people",
            False,
        ),
        ("Three people were killed in the shelling of Douma.", "people", False),
    ],
)
def test_a_count_told_through_a_series_of_violations_is_a_tally(pipeline, sentence, word, tally):
    """A truce's violations are many acts over a span: their dead are no toll of the story's attack."""
    from reportcheck.incident_events import _series_tally

    assert _told_apart(pipeline, _series_tally, sentence, word, ClaimKind.killed) is tally


# A second case one report tells inside its main incident, in a clause ("The
# shooting came two years after Dana Whitfield ... was killed"), and the other
# report tells in a background incident of its own ("In October 2019, Dana
# Whitfield ... was shot dead"), as ECB+ 33_7ecbplus ("charged with killing
# Zurana Horton, 34, on Oct. 21, 2011") beside 33_5ecbplus ("Andrew Lopez, 20,
# was found guilty of slaying Zurana Horton, 34, ... in October 2011"; CC BY 3.0).
SECOND_CASE_LEAD = (
    "A man was shot and wounded outside a bar on Elm Street in Lakeview on Saturday night, police said.\n"
    "The victim, 30, was taken to a hospital.\nPolice have not made an arrest.\n"
)
SECOND_CASE_TOLD = (
    "The shooting came two years after Dana Whitfield, 41, was killed "
    "outside the same bar on Oct. 21, 2019.\n"
)
SECOND_CASE_OWN = (
    "A 30-year-old man was wounded in a shooting outside an Elm Street bar in Lakeview late Saturday.\n"
    "He is expected to survive.\nNo one has been arrested.\n"
)


def _findings(first: str, second: str) -> list[tuple[str, str, list[str]]]:
    return [
        (f.status.value, f.kind.value, sorted(c.evidence.text for c in f.claims))
        for f in findings_of(first, second, day=dt.date(2021, 3, 12))
        if f.status.value != "only_in_one"
    ]


def test_a_second_case_told_in_a_clause_meets_the_other_reports_background_by_its_victim(pipeline):
    background = (
        "In October 2019, Dana Whitfield, 44, was shot dead outside the same bar.\n"
        "Her killer was never found.\n"
    )
    found = _findings(SECOND_CASE_LEAD + SECOND_CASE_TOLD, SECOND_CASE_OWN + background)
    assert ("conflict", "age", ["Dana Whitfield, 41", "Dana Whitfield, 44"]) in found
    assert ("compatible", "date", ["Oct. 21, 2019", "October 2019"]) in found


def test_a_second_case_told_in_a_clause_meets_the_other_reports_background_by_its_town(pipeline):
    first = (
        "Two people were shot dead at a store in Fresno on Saturday, police said.\n"
        "The gunman fled in a gray car.\nPolice have not made an arrest.\n"
        "The attack came a year after a gunman killed two people at a school in Bakersfield on May 3, 2019.\n"
    )
    second = (
        "A gunman killed two people at a Fresno store on Saturday.\n"
        "He escaped in a gray car.\nNo one has been arrested.\n"
        "In May 2019, a gunman killed three people at a school in Bakersfield.\nHe was never found.\n"
    )
    found = _findings(first, second)
    assert ("conflict", "killed", ["three people", "two people"]) in found
    assert ("agree", "killed", ["Two people", "two people"]) in found  # the main incidents' own toll


@pytest.mark.parametrize(
    "background",
    [
        # another victim on days that meet: another case
        "In October 2019, Ray Dunn, 44, was shot dead outside the same bar.\nHis killer was never found.\n",
        # the same victim on days that cannot meet: told apart by its day
        "In March 2018, Dana Whitfield, 44, was shot outside the same bar.\nShe survived.\n",
    ],
)
def test_a_background_case_nothing_ties_to_the_told_one_stays_apart(pipeline, background):
    found = _findings(SECOND_CASE_LEAD + SECOND_CASE_TOLD, SECOND_CASE_OWN + background)
    assert not [
        f for f in found if f[1] in ("age", "date") and "Oct. 21, 2019" in f[2] + ["Dana Whitfield, 41"]
    ]
    assert ("agree", "injured", ["A 30-year-old man", "A man"]) in found


def _told_case(report: int, incident: str, iso: str, geonameid: str) -> list[Claim]:
    """A date and a town of one case, in ``incident`` of ``report``."""
    ordinal = float(dt.date.fromisoformat(iso).toordinal())
    date = claim(ClaimKind.date, report, Value(low=ordinal, high=ordinal, label=iso))
    where = claim(
        ClaimKind.location,
        report,
        Value(name="Boulder Creek", label="Boulder Creek"),
        place_kind="city",
        geonameid=geonameid,
    )
    return [c.model_copy(update={"incident": incident}) for c in (date, where)]


@pytest.mark.parametrize(("background_day", "undone"), [("2015-07-09", True), ("2016-11-19", False)])
def test_a_crossed_background_whose_case_the_other_report_tells_in_a_clause_is_that_case(
    background_day, undone
):
    # a county's list of killings put a 2015 shooting in a background incident
    # that the other report's main incident (a 2016 shooting) took; that report
    # tells the 2015 case itself in a clause ("of Boulder Creek was shot in his
    # home July 9, 2015"): the background is that clause's case, not the main one
    told = _told_case(0, MAIN, "2015-07-09", "5330222")
    mention = EventMention("r0-main-e1", MAIN, "other", "shooting", "shot", told)
    background_claims = _told_case(1, "r1-bg1", background_day, "5330222")
    background = Incident("r1-bg1", "earlier", dates=[background_claims[0]], places=[background_claims[1]])
    reports = [[_incident_with(MAIN, mention)], [Incident(MAIN, MAIN), background]]
    shared = {(0, MAIN): MAIN, (1, MAIN): MAIN, (1, "r1-bg1"): MAIN}
    align_events(reports, shared)
    cross_told_cases(reports, shared, told + background_claims)
    assert shared[(1, "r1-bg1")] == ("r1-bg1" if undone else MAIN)
    expected = "main/other-1" if undone else None
    assert [c.frame.event for c in background_claims] == [expected, expected]


@pytest.mark.parametrize(
    ("background_day", "moved"), [("2015-07-09", "r1-bg1/later-2"), ("2016-11-19", "main/later-2")]
)
def test_an_event_inside_a_background_whose_crossing_is_undone_leaves_the_main_incident(
    background_day, moved
):
    # as above, and the background tells a later event of its own case (a
    # funeral of the 2015 victim "a week later"): align_events matched it in
    # the main incident while the background was taken for it; once the
    # crossing is undone the funeral is the 2015 case's, so its values are
    # grouped in that incident, and a crossing that stands keeps it in main
    told = _told_case(0, MAIN, "2015-07-09", "5330222")
    mention = EventMention("r0-main-e1", MAIN, "other", "shooting", "shot", told)
    background_claims = _told_case(1, "r1-bg1", background_day, "5330222")
    funeral_day = _told_case(1, "r1-bg1", "2015-07-16", "5330222")[:1]
    funeral = EventMention("r1-bg1-e1", "r1-bg1", "later", None, "a week later", funeral_day)
    background = Incident("r1-bg1", "earlier", dates=[background_claims[0]], places=[background_claims[1]])
    background.events.append(funeral)
    reports = [[_incident_with(MAIN, mention)], [Incident(MAIN, MAIN), background]]
    shared = {(0, MAIN): MAIN, (1, MAIN): MAIN, (1, "r1-bg1"): MAIN}
    align_events(reports, shared)
    assert funeral_day[0].frame.event == "main/later-2"
    cross_told_cases(reports, shared, told + background_claims + funeral_day)
    assert funeral_day[0].frame.event == moved


# ------------------------------------------------ background events by their date


def _internal(text: str, date: dt.date | None = dt.date(2026, 8, 15)) -> list[tuple[str, list[str]]]:
    comparison = compare_reports([load_text(text, date=date), load_text(text, date=date)])
    return [
        (f.kind.value, sorted(c.evidence.text for c in f.claims))
        for f in comparison.findings
        if f.internal and f.status.value in ("conflict", "possible_conflict")
    ]


def test_a_month_dated_quake_told_in_background_is_no_internal_conflict(pipeline):
    text = (
        "A magnitude 6.1 earthquake struck off the coast of Pradera on Friday, killing a woman.\n"
        "The quake hit at 7:49 a.m. at a depth of 40 kilometers.\n"
        "Landslides blocked the coast road for several hours.\n"
        "Classes were suspended across the province.\n"
        "A March quake of magnitude 5.2 caused alarm but no damage in the capital.\n"
    )
    assert _internal(text) == []


def test_a_recalled_pileup_of_another_year_is_not_the_other_report_s_crash(pipeline):
    """ "A similar pileup on the same highway in 2019 involved 25 vehicles": a
    year names no day, so the report is no follow-up retelling the other
    report's crash, and its count is never set against that crash's."""
    first = (
        "At least five people were killed Thursday when more than 120 vehicles crashed on an icy interstate "
        "in Kearny, officials said.\n"
        "In all, 121 vehicles were involved, police said.\n"
    )
    second = (
        "Five people died in a pileup of more than 100 vehicles on an icy stretch of interstate in Kearny "
        "on Wednesday morning.\n"
        "Dozens of people were treated by paramedics.\n"
        "The road stayed closed for most of the day.\n"
        "Crews worked into the night to clear the wrecks.\n"
        "A similar pileup on the same interstate in 2018 involved 31 vehicles.\n"
    )
    assert not [found for found in _conflicts(first, second, None) if "31 vehicles" in found[1]]


# ------------------------------------------------------ the largest aftershock


_NEVADA = "A magnitude 6.3 earthquake struck a remote valley near Coldwater on Friday at 4:05 a.m.\n"


def test_the_largest_aftershock_of_two_reports_is_one_shock(pipeline):
    first = _NEVADA + "The largest aftershock so far was a magnitude 5.2, about 20 minutes later.\n"
    second = _NEVADA + "The strongest aftershock, of magnitude 4.9, was felt in the next county.\n"
    assert ("magnitude", ["magnitude 4.9", "magnitude 5.2"]) in _conflicts(first, second)


def test_an_aftershock_bigger_than_the_other_report_s_largest_is_set_against_it(pipeline):
    first = _NEVADA + "At least five strong aftershocks followed, including two of magnitude 5.5.\n"
    second = _NEVADA + "The largest aftershock was a magnitude 5.0, seismologists said.\n"
    assert ("magnitude", ["magnitude 5.0", "magnitude 5.5"]) in _conflicts(first, second)


def test_an_aftershock_smaller_than_the_other_report_s_largest_is_another_shock(pipeline):
    first = _NEVADA + "At least five strong aftershocks followed, including one of magnitude 4.4.\n"
    second = _NEVADA + "The largest aftershock was a magnitude 5.0, seismologists said.\n"
    assert [kind for kind, _ in _conflicts(first, second)] == []


# A running total over a period told in the background ("Since the truce took
# hold in April, at least 95 civilians have been killed in the district"): the
# statistic of the period, never the incident's toll nor its day.
@pytest.mark.parametrize(
    ("sentence", "word", "statistic"),
    [
        (
            "Since the truce took hold in April, at least 95 civilians have been killed in the district, "
            "the observatory says.",
            "civilians",
            True,
        ),
        ("The clinic has treated 310 gunshot victims since the start of the year.", "victims", True),
        (
            "Floods have killed 87 people across the country since the rainy season began on May 9.",
            "people",
            True,
        ),
        (
            "More than 140 farmers have died in the region since January, a rights group said.",
            "farmers",
            True,
        ),
        ("Some 2,300 people have been killed since the outbreak of the war in 2015.", "people", True),
        # a share of the statistic ("including 61 children") is the statistic's too
        (
            "Since the start of the month, the monitor has documented 180 civilian deaths in the two "
            "provinces, including 47 children.",
            "children",
            True,
        ),
        (
            "At least 320 people have been killed since January, among them 90 women, a rights group said.",
            "women",
            True,
        ),
        # the incident's own toll, still rising since the event itself
        ("Since the quake struck Monday, rescuers have pulled 40 bodies from the rubble.", "bodies", False),
        ("Since the start of the search, divers have recovered 11 bodies.", "bodies", False),
        ("Six people have been arrested since Friday, police said.", "people", False),
        ("Since March 3, when the tanker exploded, 28 people have died of their burns.", "people", False),
        # no perfect: a day's count beside a period
        ("Four herders were killed in the raid, the first since January.", "herders", False),
        # a monitor's own verb, the "since" hung deep in its phrase, a subgroup "including"
        (
            "The network has documented the deaths of 52 people, including 17 children, in shelling "
            "of districts held by the rebels since the beginning of the year.",
            "people",
            True,
        ),
        (
            "The network has documented the deaths of 52 people, including 17 children, in shelling "
            "of districts held by the rebels since the beginning of the year.",
            "children",
            True,
        ),
        ("Rescuers have pulled 40 bodies from homes flattened since Monday.", "bodies", False),
        # the current period so far, a year named alone, the period's own toll
        ("So far this month, the group has recorded 230 deaths in the province.", "deaths", True),
        ("More than 60 people have died in such blasts in the region in 2023 alone.", "people", True),
        ("Last year's toll stood at 412, the ministry said.", "412", True),
        ("The blast brought the year's death toll in the valley to 91.", "91", True),
        ("The toll stood at 412 on Friday, the ministry said.", "412", False),
        ("Monday's toll rose to 14, officials said.", "14", False),
    ],
)
def test_a_count_since_the_start_of_a_period_is_a_statistic(pipeline, sentence, word, statistic):
    from reportcheck.incident_events import _period_statistic

    assert _told_apart(pipeline, _period_statistic, sentence, word, ClaimKind.killed) is statistic


@pytest.mark.parametrize(
    ("sentence", "day", "statistic"),
    [
        (
            "Floods have killed 87 people across the country since the rainy season began on May 9.",
            "May",
            True,
        ),
        (
            "More than 140 farmers have died in the region since January, a rights group said.",
            "January",
            True,
        ),
        (
            "Since the truce took effect in April, at least 95 civilians have been killed, monitors say.",
            "April",
            True,
        ),
        (
            "Since the quake struck on Monday, rescuers have pulled 40 bodies from the rubble.",
            "Monday",
            False,
        ),
        ("The truce took effect in April, and 95 civilians were killed last week.", "April", False),
    ],
)
def test_the_day_a_statistic_runs_from_is_no_day_of_the_incident(pipeline, sentence, day, statistic):
    from reportcheck.incident_events import _period_statistic

    assert _told_apart(pipeline, _period_statistic, sentence, day, ClaimKind.date) is statistic


STATISTIC_LEAD = (
    "Gunmen killed 14 villagers in an attack on a farming settlement in Zamfara state on Wednesday, "
    "police said.\n"
    "The attackers came on motorcycles before dawn and set homes on fire, "
    "police spokesman Ibrahim Sani said.\n"
)


def test_a_statistic_is_never_set_against_the_incident_s_toll_or_day(pipeline):
    first = (
        STATISTIC_LEAD
        + "At least 230 civilians have been killed in the state since the truce took effect in March.\n"
    )
    second = (
        "Fourteen villagers died when gunmen attacked a settlement in Zamfara state on Wednesday, "
        "police said.\n"
        "More than 260 people have been killed in Zamfara since January, a rights group says.\n"
        "Floods have separately killed 140 people nationwide since the rainy season began on June 2.\n"
    )
    assert _conflicts(first, second) == []
    found = _findings(first, second)
    statistics = ("140", "230", "260", "March", "January", "June 2")
    assert not [texts for _, _, texts in found if any(t.startswith(statistics) for t in texts)]


def test_the_same_statistic_in_two_reports_is_compared(pipeline):
    first = STATISTIC_LEAD + "Some 230 civilians have been killed in the state since January 2026.\n"
    second = (
        "Fourteen villagers died when gunmen attacked a settlement in Zamfara state on Wednesday, "
        "police said.\n"
        "Some 310 civilians have been killed in the state since January 2026, a rights group says.\n"
    )
    set_against = [(status, texts) for status, kind, texts in _findings(first, second) if kind == "killed"]
    assert any(
        status in ("conflict", "possible_conflict") and texts == ["230 civilians", "310 civilians"]
        for status, texts in set_against
    )


# "Dozens of aftershocks followed, the largest a magnitude 4.1": the
# superlative stands for one of the aftershocks just named.
@pytest.mark.parametrize(
    ("text", "value", "aftershock"),
    [
        (
            "A magnitude 6.4 quake hit the coast on Friday. "
            "Scores of aftershocks followed, the largest a magnitude 4.4.",
            "4.4",
            True,
        ),
        (
            "A magnitude 6.4 quake hit the coast on Friday, and more than 20 aftershocks rattled the town, "
            "the strongest measuring 4.9.",
            "4.9",
            True,
        ),
        (
            "A magnitude 6.4 quake hit the coast on Friday. It was followed by aftershocks, "
            "the biggest of them a magnitude 5.0.",
            "5.0",
            True,
        ),
        (
            "A magnitude 6.4 quake hit the coast on Friday. It was followed by aftershocks, "
            "the biggest of them a magnitude 5.0.",
            "6.4",
            False,
        ),
        # a tally of the aftershocks taken by a clock time or a day: the
        # time's number is no shock's value told in between
        (
            "A magnitude 6.1 quake struck the valley on Monday. The observatory had logged 38 aftershocks "
            "by 10 a.m., the largest of magnitude 4.3.",
            "4.3",
            True,
        ),
        (
            "A magnitude 5.7 earthquake hit the province on Sunday. Seismologists counted 64 aftershocks "
            "by March 3, the strongest measuring 4.8.",
            "4.8",
            True,
        ),
        # the superlative of the report's own quake
        (
            "After two small foreshocks, the strongest quake in decades, "
            "a magnitude 7.2, hit the coast on Friday.",
            "7.2",
            False,
        ),
    ],
)
def test_a_superlative_standing_for_an_aftershock_is_the_largest_aftershock(
    pipeline, text, value, aftershock
):
    claims = _framed(text, "2026-03-06")
    magnitude = next(c for c in claims if c.kind is ClaimKind.magnitude and value in c.evidence.text)
    assert (magnitude.frame.event is not None) is aftershock


# Another incident told in the background in plain words, its day first
# ("Last Thursday, four herders were killed in a nearby village"): its day
# and its harmed are that incident's, not the story's own.
HARM_LEAD = (
    "A 34-year-old man was shot and killed on Birch Avenue late Sunday, police said.\n"
    "Officers found him lying near a parked car shortly before 11 p.m.\n"
    "He was pronounced dead at the scene.\n"
    "Police have not named a suspect.\n"
)


@pytest.mark.parametrize(
    ("sentence", "value", "other"),
    [
        (
            "It was the second shooting in two days; "
            "early Saturday a 19-year-old woman was wounded on Pine Road.",
            "early Saturday",
            True,
        ),
        (
            "It was the second shooting in two days; "
            "early Saturday a 19-year-old woman was wounded on Pine Road.",
            "19-year-old",
            True,
        ),
        ("Last Tuesday, three teenagers were shot outside a store two blocks away.", "Last Tuesday", True),
        ("On Thursday, gunmen wounded two men at a car wash across town.", "Thursday", True),
        # the story's own victim, or its own shooting on the other side of midnight
        ("Early Monday, the man's brother was questioned by detectives.", "Early Monday", False),
        ("Police said a 34-year-old man was shot about 12:30 a.m. Monday.", "Monday", False),
        ("On Monday, the victim was identified by his family.", "Monday", False),
    ],
)
def test_another_harm_dated_first_to_another_day_is_another_event(pipeline, sentence, value, other):
    claims = _framed(HARM_LEAD + sentence + "\n", "2026-03-10")
    found = _by_text(
        [c for c in claims if c.evidence.sentence_start > 0 and sentence[:20] in c.evidence.sentence], value
    )
    # apart from the main incident's own event: another event inside it, or (a
    # series frame, "It was the second shooting in two days; ...") an aside of its own
    apart = found.frame.event is not None or found.incident != MAIN
    assert apart is other


# A report that dates its own event "today" with no date to resolve it by
# (a monitor's bulletin, a page with no date of its own) names a weekday only
# for another day: "On Monday, a landmine blew up under a truck ..." tells
# another event, its day and its harmed that event's.
TODAY_LEAD = (
    "A car bomb went off at a crowded market in the town today, killing seven civilians, the monitor "
    "said.\n"
    "Another 15 people were wounded, some of them seriously, the monitor said.\n"
    "The monitor's sources said security forces sealed off the area after the blast.\n"
    "No group has said it was behind the attack.\n"
)


@pytest.mark.parametrize(
    ("sentence", "value", "other"),
    [
        (
            "On Monday, a landmine blew up under a truck near the village of Kafr Ruma, wounding two men.",
            "Monday",
            True,
        ),
        (
            "On Monday, a landmine blew up under a truck near the village of Kafr Ruma, wounding two men.",
            "two men",
            True,
        ),
        (
            "Last Saturday, an IED exploded beside a patrol in the town, wounding three fighters.",
            "three",
            True,
        ),
        # the report's own blast retold: no event brought in as new
        ("On Monday, the blast was condemned by the local council.", "Monday", False),
    ],
)
def test_a_weekday_in_a_report_of_today_dates_another_event(pipeline, sentence, value, other):
    claims = _framed(TODAY_LEAD + sentence + "\n", None)
    found = _by_text([c for c in claims if sentence[:20] in c.evidence.sentence], value)
    assert (found.frame.event is not None or found.incident != "main") is other, (found.incident, found.frame)


@pytest.mark.parametrize(
    ("sentence", "verb", "other"),
    [
        ("Last Tuesday, three teenagers were shot outside a store two blocks away.", "shot", True),
        ("On Friday, gunmen killed four farmers in a village to the north.", "killed", True),
        # a running tally, its day a deadline
        ("By late Sunday, at least six people had been killed in the county.", "killed", False),
        # the day told after the clause, the harmed known
        ("Three teenagers were shot outside a store last Tuesday.", "shot", False),
        ("On Friday, the boy was shot in the leg.", "shot", False),
    ],
)
def test_a_harm_told_day_first_of_people_brought_in_new(pipeline, sentence, verb, other):
    from reportcheck.incident_events import _new_harm_dated_before

    doc = pipeline(sentence)
    node = next(t for t in doc if t.text == verb)
    assert (_new_harm_dated_before(node) is not None) is other


# "Since then" / "since that day" points back to the sentence before: after a
# period named there ("The monsoon reached the state on June 26. Since then,
# floods have killed at least 40 people", invented in review39) the count is
# the period's statistic; after the report's own event it is its own toll.
@pytest.mark.parametrize(
    ("text", "word", "statistic"),
    [
        (
            "The monsoon, which reached the state on June 26, has been unusually heavy. "
            "Since then, floods and landslides have killed at least 40 people in the state.",
            "people",
            True,
        ),
        (
            "The truce took effect in March. Since that day, 95 civilians have been killed in the district.",
            "civilians",
            True,
        ),
        (
            "The rainy season began in early May. "
            "Mudslides have buried 31 villagers since then, officials say.",
            "villagers",
            True,
        ),
        # pointing back to the story's own event: its toll still rising
        (
            "The bridge gave way on Tuesday morning. Since then, rescuers have recovered 12 bodies.",
            "bodies",
            False,
        ),
        (
            "The quake struck at dawn on Monday. Since that day, 40 people have died in hospital.",
            "people",
            False,
        ),
        # a period told, but no "since" pointing back
        (
            "The monsoon reached the state on June 26. On Tuesday floods killed 40 people.",
            "people",
            False,
        ),
    ],
)
def test_a_count_since_then_after_a_period_is_a_statistic(pipeline, text, word, statistic):
    from reportcheck.incident_events import _period_statistic

    assert _told_apart(pipeline, _period_statistic, text, word, ClaimKind.killed) is statistic


# A lead's toll run from a day ("Flash floods have killed 23 people since
# Sunday, officials said on Tuesday", review39 pair 20): the day is the
# stretch's start, never the incident's day against the other's dateline.
@pytest.mark.parametrize(
    ("sentence", "day", "start"),
    [
        (
            "Flash floods have killed 23 people in two provinces since Sunday, officials said on Tuesday.",
            "Sunday",
            True,
        ),
        (
            "Heavy rains have killed at least 31 people across the country since Friday, officials said.",
            "Friday",
            True,
        ),
        (
            "Since Monday, landslides have buried 17 villagers in the hills, the army said Wednesday.",
            "Monday",
            True,
        ),
        # the day the officials spoke is not the start
        (
            "Flash floods have killed 23 people in two provinces since Sunday, officials said on Tuesday.",
            "Tuesday",
            False,
        ),
        # the start told as the event's own day
        ("At least 40 people have died since Sunday, when the quake struck the coast.", "Sunday", False),
        # no toll counted from the day
        ("The navy has carried out patrols since Thursday, officials said.", "Thursday", False),
    ],
)
def test_a_lead_s_since_day_is_the_start_of_the_stretch(pipeline, sentence, day, start):
    from reportcheck.incident_events import _since_a_day

    assert _told_apart(pipeline, _since_a_day, sentence, day, ClaimKind.date, lead=True) is start


# One perfect over verbs joined in a row ("have killed 58 people, left 11
# missing and injured 64 others ... since June 14"): the parse hangs the
# trailing "since" on the last verb, but it dates every count of the row.
@pytest.mark.parametrize(
    ("sentence", "word", "kind", "tally"),
    [
        (
            "Officials said the storms have killed 58 people, left 11 missing and injured 64 others "
            "nationwide since June 14.",
            "11",
            ClaimKind.missing,
            True,
        ),
        (
            "Officials said the storms have killed 58 people, left 11 missing and injured 64 others "
            "nationwide since June 14.",
            "58",
            ClaimKind.killed,
            True,
        ),
        (
            "Police said the rains had washed away 300 homes and killed 19 villagers across the valley "
            "since Monday.",
            "300",
            ClaimKind.other_count,
            True,
        ),
        # the day of the start, the "since" under the last verb of the row
        (
            "Officials said the storms have killed 58 people, left 11 missing and injured 64 others "
            "nationwide since June 14.",
            "June",
            ClaimKind.date,
            True,
        ),
        # no perfect on the row: the day's own counts
        (
            "The landslide killed 12 people, left four missing and injured 30 others on Monday.",
            "four",
            ClaimKind.missing,
            False,
        ),
    ],
)
def test_a_since_day_on_the_last_of_joined_verbs_dates_the_whole_row(pipeline, sentence, word, kind, tally):
    from reportcheck.incident_events import _since_a_day

    assert _told_apart(pipeline, _since_a_day, sentence, word, kind) is tally


def test_a_country_s_season_tally_is_never_set_against_one_landslide_s_missing(pipeline):
    """The story's own missing (14 against 22) are compared; the season's
    19 missing and its start, June 12, never are."""
    first = (
        "A landslide buried six houses in Lumle village on Sunday night, leaving 14 people missing, "
        "police said on Monday.\n"
        "Soldiers and villagers dug through the mud with shovels on Monday.\n"
    )
    second = (
        "Twenty-two people are missing after a landslide swept away six houses in Lumle on Sunday night.\n"
        "Rescuers were searching through the debris on Monday, the district police chief said.\n"
        "Two of the houses belonged to one family, neighbours said.\n"
        "Heavy rain is forecast for the hills until Thursday.\n"
        "According to the interior ministry, the monsoon has killed 71 people, left 19 missing and injured "
        "88 others across the country since June 12.\n"
    )
    for date in (None, dt.date(2026, 7, 7)):  # a page with no date of its own, and one dated
        assert _conflicts(first, second, date) == [("missing", ["14 people", "Twenty-two people"])]
    claims = _framed(second, None)
    season = {
        _by_text(claims, text).frame.event for text in ("71 people", "19 missing", "88 others", "June 12")
    }
    assert len(season) == 1 and None not in season
    assert _by_text(claims, "Twenty-two people").frame.event is None


# A count told over a whole past period, whatever the tense: the last
# season or year under any verb, or a year named alone only under a verb of
# recording (rules/report_events.yaml, ``statistic_record_verbs``).
@pytest.mark.parametrize(
    ("sentence", "word", "kind", "statistic"),
    [
        (
            "Tour operators in the city carried about 90,000 passengers last season.",
            "90,000",
            ClaimKind.other_count,
            True,
        ),
        ("The agency logged 310 drowning deaths last year, its report said.", "310", ClaimKind.killed, True),
        (
            "The province recorded roughly 18,000 workplace deaths in 2022, the labour ministry said.",
            "18,000",
            ClaimKind.killed,
            True,
        ),
        # a year with its month dates an act, no statistic of the year
        ("Police recorded four arrests in March 2022 after the raid.", "four", ClaimKind.arrested, False),
        # a year under a verb of the act itself: an earlier event, read elsewhere
        ("A similar blast killed 12 workers in 2019.", "12", ClaimKind.killed, False),
        # "last month" may date a follow-up's own incident
        ("Three men were arrested last month over the shooting.", "Three", ClaimKind.arrested, False),
    ],
)
def test_a_count_over_a_whole_past_period_is_a_statistic(pipeline, sentence, word, kind, statistic):
    from reportcheck.incident_events import _past_period

    assert _told_apart(pipeline, _past_period, sentence, word, kind) is statistic


def test_a_season_s_passengers_are_never_set_against_one_flight_s(pipeline):
    first = (
        "A sightseeing plane carrying six people crashed into a lake near Kettle Bay on Saturday, "
        "the coast guard said.\n"
        "All six people on board were rescued by a fishing boat.\n"
    )
    second = (
        "A floatplane with six people on board went down in a lake near Kettle Bay on Saturday.\n"
        "The pilot and five passengers were pulled from the water by fishermen, the coast guard said.\n"
        "The plane belonged to Lakeside Air, which flies tourists over the bay in summer.\n"
        "Investigators were expected at the scene on Sunday.\n"
        "Sightseeing firms in Kettle Bay carried about 80,000 passengers last season, "
        "the tourism board said.\n"
    )
    assert _conflicts(first, second) == []


# An "earlier" measured back by a span sets a new event apart whatever
# its link: the agent of a passive, the object of "felt".
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The valley had been shaken by a magnitude 3.9 quake three weeks earlier, officials said.\n", "3.9"),
        ("Some 25 minutes earlier, at 04:12, villagers had felt a lighter tremor of magnitude 3.9.\n", "3.9"),
        ("The town was rattled by a 3.9 quake a month earlier, which cracked a church wall.\n", "3.9"),
    ],
)
def test_a_quake_told_a_span_earlier_is_another_event(pipeline, sentence, value):
    text = (
        "A magnitude 5.3 earthquake struck the coast near Porto Salvo at 04:37 on Monday, "
        "the seismic institute said.\n"
        "Walls cracked in several old houses and two people were slightly hurt.\n" + sentence
    )
    claims = _framed(text, "2026-03-10")
    own = _by_text(claims, "5.3")
    earlier = [c for c in claims if c.kind.value == "magnitude" and value in c.evidence.text]
    assert own.frame.event is None and earlier and earlier[0].frame.event is not None


def test_a_foreshock_s_time_and_magnitude_are_not_the_quake_s(pipeline):
    first = (
        "A magnitude 5.3 earthquake struck the coast near Porto Salvo at 04:37 on Monday, "
        "the seismic institute said.\n"
        "Walls cracked in several old houses and two people were slightly hurt.\n"
        "Some 25 minutes earlier, at 04:12, villagers had felt a lighter tremor of magnitude 3.9.\n"
    )
    second = "A 5.3-magnitude quake hit near Porto Salvo at 04:37 on Monday, slightly injuring two people.\n"
    assert _conflicts(first, second) == []


def test_two_leads_counting_since_the_same_day_are_not_set_against_the_datelines(pipeline):
    first = (
        "LAHORE, Tuesday — Flash floods have killed 18 people in two districts since Sunday, "
        "officials said on Tuesday.\n"
        "Most of the dead were in villages along the river, the disaster authority said.\n"
    )
    second = (
        "MULTAN, Tuesday — Monsoon rains have killed at least 25 people across the province since Sunday, "
        "officials said.\n"
        "Roads were washed away near the river, a provincial official said.\n"
    )
    assert not [texts for kind, texts in _conflicts(first, second) if kind == "date"]


@pytest.mark.parametrize(
    "recalled",
    [
        "The survey said it was not an aftershock of Monday's magnitude 5.9 earthquake near Corran.",
        "Seismologists ruled out that it was an aftershock of the magnitude 5.6 quake of March 2.",
        "It was probably an aftershock of last week's magnitude 6.0 earthquake, the observatory said.",
    ],
)
def test_the_quake_an_aftershock_is_of_is_no_aftershock(recalled):
    """ "an aftershock of Monday's magnitude 5.9 earthquake": the 5.9 is the
    quake the aftershock would follow, never an aftershock set against the
    other report's strongest aftershock."""
    first = ("a.txt", b"VELA - A magnitude 4.6 earthquake shook Vela on Wednesday. " + recalled.encode())
    second = (
        "b.txt",
        b"VELA - An earthquake of magnitude 4.6 shook Vela on Wednesday. "
        b"More than 20 aftershocks were recorded, the strongest of magnitude 3.9, the survey said.",
    )
    comparison = compare_reports([first, second], min_confidence=0.0)
    magnitudes = [f for f in comparison.findings if f.kind.value == "magnitude" and len(f.claims) == 2]
    assert not [f for f in magnitudes if f.status.value.endswith("conflict")], [
        (f.status.value, [c.evidence.text for c in f.claims]) for f in magnitudes
    ]


@pytest.mark.parametrize(
    "told_back",
    [
        "She was wounded in a shooting outside a bakery on Pine Avenue three days earlier, police said.\n",
        "Two weeks earlier he had been stabbed in a robbery at a kiosk on Pine Avenue.\n",
    ],
)
def test_a_death_follow_up_telling_the_wounding_a_span_earlier_keeps_it_the_report_s_own(pipeline, told_back):
    # a victim harmed "in" an incident a span before the death names the
    # report's own incident, not an earlier one
    text = "Tanya Ruiz, 31, died at a hospital in Fresno on Thursday, police said.\n" + told_back
    claims = _framed(text, "2026-03-10")
    assert _by_text(claims, "Pine Avenue").frame.event is None
