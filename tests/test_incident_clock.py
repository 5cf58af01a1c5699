"""When the incident happened, read as reporters write it.

Sentences written for these tests in the forms of wire and local copy: a
page date in numbers that reads both ways, a tally's reach given by a clock
time, an aircraft that "went down", and a GMT time another outlet gives as
the local clock.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import compare_reports
from reportcheck.incident_match import DIFFERENT
from reportcheck.load import load_text
from reportcheck.load.dates import unsure_order

from .conftest import claims_of_text, incident_match_of, measure_findings

# --- a slashed date that reads both ways -----------------------------------------------------------


@pytest.mark.parametrize(
    ("piece", "unsure"),
    [
        ("3/6/2023", True),  # 6 March or 3 June
        ("11/02/2024", True),
        ("4/9/21", True),
        ("13/06/2023", False),  # no 13th month: day first
        ("6/30/2023", False),  # no 30th month: month first
        ("5/5/2022", False),  # both readings one day
        ("Saturday 3/6/2023", False),  # 3 June 2023 was a Saturday: the weekday decides
        ("Monday 3/6/2023", False),  # ... and 6 March a Monday
        ("Friday 3/6/2023", True),  # neither reading a Friday
        ("March 6, 2023", False),  # a month word
    ],
)
def test_a_slashed_date_is_unsure_only_when_both_orders_stand(piece: str, unsure: bool) -> None:
    assert unsure_order(piece) is unsure


@pytest.mark.parametrize(
    "head",
    [
        "Border Voice — 7/4/2024",
        "Posted on 02/11/2023 by the newsroom",
    ],
)
def test_a_page_date_read_both_ways_gives_the_report_only_its_year(head: str) -> None:
    """An outlet writing its date day first ("7/4/2024": 7 April) and one
    writing it month first (4 July) print the same figures: the report is
    not dated by a reading it may not mean, and keeps the year, which both
    readings share (a weak year, as a copyright line's)."""
    report = load_text(
        f"Market blast kills four\n{head}\n\nA bomb went off in the market on Friday, killing four."
    )
    assert report.date is None
    assert report.page_year is not None
    assert report.page_year.year == int(head.split("/")[2][:4])


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("Border Voice — 17/4/2024", dt.date(2024, 4, 17)),
        ("Border Voice — 4/17/2024", dt.date(2024, 4, 17)),
        ("Border Voice — Sunday 7/4/2024", dt.date(2024, 4, 7)),  # 7 April 2024 was a Sunday
    ],
)
def test_a_page_date_with_one_reading_dates_the_report(head: str, date: dt.date) -> None:
    report = load_text(
        f"Market blast kills four\n{head}\n\nA bomb went off in the market on Friday, killing four."
    )
    assert report.date == date


@pytest.mark.parametrize(
    ("address", "date"),
    [
        ("http://www.example-herald.com/2019/04/11/plant-fire-kills-two/", dt.date(2019, 4, 11)),
        ("http://www.example-herald.com/news/2019-11-04-plant-fire-kills-two", dt.date(2019, 11, 4)),
    ],
)
def test_the_pages_address_decides_a_page_date_read_both_ways(address: str, date: dt.date) -> None:
    """A page stamp "4/11/2019" under an address dated 11 April is month first;
    under one dated 4 November, day first."""
    report = load_text(
        f"{address}\nPlant fire kills two\nPosted 4/11/2019 3:05 PM\nA fire killed two workers on Tuesday."
    )
    assert report.date == date


def test_a_date_in_numbers_holds_both_readings() -> None:
    """The date claim keeps the day-first reading beside the month-first one."""
    from reportcheck.extract import ReportExtractor, run_pipeline
    from reportcheck.pipeline import build_pipeline

    report = load_text(
        "Shelling hits village\nValley Herald — 9/5/2022\n\nShells hit the village, killing two."
    )
    claims = ReportExtractor(report, 0).claims(run_pipeline(build_pipeline(), report.text))
    (numbers,) = [c for c in claims if c.kind.value == "date" and c.evidence.text == "9/5/2022"]
    days = {dt.date.fromordinal(int(i.low)) for i in numbers.value.intervals() if i.low is not None}
    assert days == {dt.date(2022, 9, 5), dt.date(2022, 5, 9)}


def test_a_page_date_read_the_other_way_does_not_split_one_incident() -> None:
    """A wire report under "AMMAN, May 9" and a local site dated "9/5/2022"
    tell one shelling: read month first the site's date lies four months
    from the wire's, read day first it is the wire's day."""
    wire = (
        "AMMAN, May 9 (Reuters) - Artillery shells hit the Syrian village of Kafr Nabudah on Monday, "
        "killing two farmers and wounding six, a monitor said."
    )
    site = (
        "Two farmers killed in shelling of Kafr Nabudah\nValley Herald — 9/5/2022\n\n"
        "Kafr Nabudah - Regime artillery shelled the village of Kafr Nabudah on Monday, killing two "
        "farmers working in their fields and wounding six other people."
    )
    match = incident_match_of(wire, site)
    assert match.decision != DIFFERENT, match.evidence
    assert not any(e.kind == "date" and e.relation == "contradicting" for e in match.evidence)


# --- a time that bounds a tally ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        ("The institute logged 23 aftershocks by 11:00 local time, the strongest of magnitude 4.1.", "11:00"),
        ("Seismologists had counted more than 50 tremors by 9 p.m. on Thursday.", "9 p.m."),
        ("As of 6 p.m., rescuers had pulled 14 survivors from the rubble.", "6 p.m."),
        ("By 10:30 a.m. firefighters recovered six bodies from the collapsed block.", "10:30 a.m."),
    ],
)
def test_a_time_a_tally_was_taken_to_is_no_time_of_the_event(pipeline, sentence: str, time: str) -> None:
    (claim,) = [
        c for c in claims_of_text(pipeline, sentence) if c.kind.value == "time" and time in c.evidence.text
    ]
    assert claim.time.event == "tally"


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        ("The quake struck at 6:42 a.m., killing 11 people.", "6:42 a.m."),
        ("Gunmen killed four guards at 2 a.m. on Sunday.", "2 a.m."),
    ],
)
def test_a_counted_event_at_its_time_keeps_it(pipeline, sentence: str, time: str) -> None:
    (claim,) = [
        c for c in claims_of_text(pipeline, sentence) if c.kind.value == "time" and time in c.evidence.text
    ]
    assert claim.time.event == "incident"


def test_a_tally_time_does_not_conflict_with_the_quake_time() -> None:
    text = (
        "A magnitude 5.9 earthquake struck the province at 14:05 local time on Tuesday. "
        "The agency recorded 31 aftershocks by 18:00, the largest of magnitude 4.0."
    )
    assert not [f for f in measure_findings("time:incident", text, text) if f[0] == "conflict"]


# --- an aircraft that went down; a GMT time copied as local ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        ("The freighter went down in a maize field at 0640 GMT, the authority said.", "0640 GMT"),
        ("The turboprop came down short of the runway at 7:50 a.m.", "7:50 a.m."),
    ],
)
def test_an_aircraft_going_down_is_the_crash(pipeline, sentence: str, time: str) -> None:
    (claim,) = [
        c for c in claims_of_text(pipeline, sentence) if c.kind.value == "time" and time in c.evidence.text
    ]
    assert claim.time.event == "incident"


def test_a_gmt_time_given_as_the_local_clock_conflicts() -> None:
    """One outlet gives the crash at 0640 GMT, another copies the figure as
    the local clock of Uganda (three hours ahead): an editor flags it."""
    wire = (
        "Cargo plane crashes near Entebbe, three crew dead\n\n"
        "KAMPALA (Reuters) - A cargo plane crashed shortly after take-off from Entebbe on "
        "Monday, killing its three crew. The freighter went down near the airport at 0640 GMT, the "
        "civil aviation authority said."
    )
    local = (
        "Three die as cargo plane crashes at Entebbe\n\n"
        "ENTEBBE - Three crew members died on Monday when a cargo plane crashed near Entebbe airport "
        "at 6:40 a.m., moments after take-off, the civil aviation authority said."
    )
    found = measure_findings("time:incident", wire, local)
    assert ("conflict", ["0640 GMT", "6:40 a.m."]) in found


def test_a_clock_time_before_local_time_keeps_its_sentence(pipeline) -> None:
    text = "A car bomb went off at 9:10 a.m. local time on Sunday outside the governor's office."
    assert len(list(pipeline(text).sents)) == 1


# --- a dateline's date beside the lead's own day -----------------------------------------------------


def _dates(text: str) -> dict[str, str]:
    from .conftest import report_claims

    return {c.evidence.text: c.date.event for c in report_claims(text) if c.kind.value == "date"}


@pytest.mark.parametrize(
    ("text", "filed", "own"),
    [
        (
            "Raiders kill six in Barasa\n\nKONDUGA, March 14, 2026 — Armed men stormed the village of "
            "Barasa late on Thursday, killing six farmers, police said.",
            "March 14, 2026",
            "Thursday",
        ),
        (
            "Bomb kills four at bus stop\n\nMOGADISHU, Somalia, July 2 (Reuters) - A roadside bomb "
            "killed four people at a bus stop yesterday, a police officer said.",
            "July 2",
            "yesterday",
        ),
    ],
)
def test_a_datelines_date_beside_the_leads_day_is_the_day_of_filing(text: str, filed: str, own: str) -> None:
    """The wire dateline's date is the day the story was filed; the lead's
    own day ("late on Thursday", "yesterday") is the incident's."""
    dates = _dates(text)
    assert dates[filed] == "statement"
    assert [event for words, event in dates.items() if own in words] == ["incident"]


def test_a_datelines_date_over_a_lead_with_no_day_stays_the_incidents() -> None:
    text = (
        "Car bomb kills five in Kandahar\n\nKANDAHAR, Oct. 3, 2025 — A car bomb killed five people "
        "outside the provincial council building, officials said."
    )
    assert _dates(text)["Oct. 3, 2025"] != "statement"


def test_the_filing_day_is_no_day_of_the_attack_against_the_other_report() -> None:
    """The next day's follow-up tells "Thursday's raid": the first report's
    dateline (a Friday) is not set against it as the raid's day."""
    first = (
        "Raiders kill six in Barasa\n\nKONDUGA, March 13, 2026 — Armed men stormed the village of "
        "Barasa on Thursday night, killing six farmers, police said."
    )
    second = (
        "Two held over Barasa raid\n\nKONDUGA, March 16, 2026 — Police have arrested two men over "
        "Thursday's raid on the village of Barasa, in which six farmers were killed."
    )
    from reportcheck.api import compare_reports

    found = compare_reports([load_text(first), load_text(second)], min_confidence=0).findings
    days = [
        f for f in found if f.kind.value == "date" and f.status.value in ("conflict", "possible_conflict")
    ]
    assert not days, [(f.status.value, [c.evidence.text for c in f.claims]) for f in days]


def test_a_dateline_with_city_and_region_dates_the_report() -> None:
    """ "CITY, Region Name, Month Day, Year —": the report's date, from which its weekdays count."""
    report = load_text(
        "Quake kills three\n\nSARVAN, Kerem Province, April 6, 2026 — A quake struck on Monday, "
        "killing three."
    )
    assert report.date == dt.date(2026, 4, 6)


@pytest.mark.parametrize(
    ("headline", "many"),
    [
        ("Seven martyrs and dozens of wounded in car bomb blast in Jarablus", "dozens"),
        ("Four martyrs and scores of wounded as shells hit Maarat al-Numan market", "scores"),
    ],
)
def test_a_count_beside_martyrs_is_not_of_the_dead(pipeline, headline: str, many: str) -> None:
    """A state outlet's headline "N martyrs and dozens of wounded": the
    dozens were wounded; a noun of the dead lends its conjunct no death, as
    a verb ("killed two soldiers and five civilians") does."""
    claims = claims_of_text(pipeline, f"{headline}\n\nA car bomb went off in the town on Friday.")
    assert not [c for c in claims if c.kind.value == "killed" and many in c.evidence.text]


@pytest.mark.parametrize(
    ("local", "universal", "shown"),
    [
        (
            "The quake struck at 14:05 local time (1105 GMT) near the town of Yazihan, at a depth of 9 km, "
            "AFAD said. No deaths were reported.",
            "It hit at 11:05 GMT, about 20 km north-east of Malatya, and was felt in neighbouring provinces.",
            "2:05 p.m.",
        ),
        (
            "AFAD said the tremor, felt as far as Elazig, came at 9:40 in the morning local time.",
            "The US Geological Survey put the quake at 0640 UTC, with its centre north-east of Malatya.",
            "9:40 a.m.",
        ),
    ],
)
def test_a_universal_time_meets_the_local_clock_of_the_same_moment(
    local: str, universal: str, shown: str
) -> None:
    """Wire copy gives the time in GMT or UTC, the local outlet its own clock:
    read at the scene's hour (Turkey is three hours ahead), the two times
    tell one moment, a detail the incident match weighs as shared."""
    first = (
        "A magnitude 5.1 earthquake struck eastern Turkey on Tuesday, shaking buildings in Malatya, "
        "the disaster agency AFAD said.\n" + local + "\n"
    )
    second = (
        "An earthquake of magnitude 5.1 jolted Malatya province in eastern Turkey on Tuesday, officials "
        "said.\n" + universal + "\n"
    )
    tuesday = dt.date(2025, 3, 4)
    found = compare_reports([load_text(first, date=tuesday), load_text(second, date=tuesday)]).incident_match
    assert any(f"the time {shown}" in e.detail for e in found.evidence), found.evidence
