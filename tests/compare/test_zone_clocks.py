"""A clock time told on a named zone's clock ("2:15 p.m. ET") is read on
the clock of the incident's place before it is set against another
report's time (knowledge/timezones.py ``zone_clocks``, rules/timeofday.yaml;
compare/judges/clock.py); a whole-hour gap between two times both told on
the place's clock stays a conflict.  Sentences written for these tests
after the way national outlets and wires time an incident in another zone."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.models import ClaimKind


def _times(first: str, second: str, day: dt.date | None = dt.date(2026, 3, 10)) -> list[tuple[str, str]]:
    """(status, explanation) of each time finding across the two reports, every conflict counted."""
    from reportcheck.api import compare_reports
    from reportcheck.load import load_text

    reports = [load_text(text, date=day) for text in (first, second)]
    found = compare_reports(reports, min_confidence=0).findings
    return [
        (f.status.value, f.explanation)
        for f in found
        if f.kind is ClaimKind.time and len({c.report for c in f.claims}) == 2
    ]


def _story(dateline: str, lede: str, clock: str) -> str:
    return (
        f"{dateline} -- {lede}\n\nThe shooting began at about {clock}, police said. A suspect was arrested."
    )


FRESNO = "FRESNO, Calif."
MALL = "A gunman wounded three people inside a shopping mall on Tuesday."
TULSA = "TULSA, Okla."
PARK = "Two men were shot and wounded in a city park on Tuesday."


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        # a national outlet's Eastern time of a shooting in California: one time
        (_story(FRESNO, MALL, "2:15 p.m. ET"), _story(FRESNO, MALL, "11:15 a.m."), "agree"),
        (_story(FRESNO, MALL, "2:15 p.m. ET"), _story(FRESNO, MALL, "11:15 a.m. PDT"), "agree"),
        # Eastern time against the Central clock of Oklahoma, an hour behind
        (_story(TULSA, PARK, "4:40 p.m. EDT"), _story(TULSA, PARK, "3:40 p.m."), "agree"),
        # the place's own zone named is the local clock: an hour apart conflicts
        (_story(TULSA, PARK, "3:40 p.m. CDT"), _story(TULSA, PARK, "4:40 p.m."), "conflict"),
        # converted, still an hour off the other report's local time
        (_story(FRESNO, MALL, "2:15 p.m. ET"), _story(FRESNO, MALL, "12:15 p.m. local time"), "conflict"),
    ],
)
def test_a_named_zone_is_read_on_the_places_clock(first, second, status):
    found = _times(first, second)
    assert [s for s, _ in found] == [status], found


# A wire filing from its bureau in another zone of a wide country: the zone
# it writes is the scene's own clock when a place of the report keeps it
WIRE = "JAKARTA (Reuters) - A magnitude 5.6 quake struck Central Sulawesi province on Friday at {clock}."
LOCAL = "PALU, Indonesia - The quake struck at {clock} on Friday in Central Sulawesi, the BMKG agency said."


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        (WIRE.format(clock="09.12 WITA"), LOCAL.format(clock="9:12 a.m. local time"), "agree"),
        (WIRE.format(clock="09.12 WITA"), LOCAL.format(clock="10:12 a.m. local time"), "conflict"),
    ],
)
def test_a_zone_of_a_place_the_report_names_is_its_local_clock(first, second, status):
    found = [(s, e) for s, e in _times(first, second) if "09:12" in e]
    assert [s for s, _ in found] == [status], found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("2:40 a.m.", "3:40 a.m."),
        ("9:15 p.m.", "10:15 p.m."),
        ("10:30 a.m. local time", "1:30 p.m."),
    ],
)
def test_whole_hours_apart_on_the_local_clock_conflict(first, second):
    """Both times told on the place's clock (no zone, or "local time"): a gap
    of whole hours is no zone's rendering, it is two times."""
    found = _times(_story(TULSA, PARK, first), _story(TULSA, PARK, second))
    assert [s for s, _ in found] == ["conflict"], found


def test_a_gmt_rendering_across_midnight_stays_one_time():
    """ "12:30 a.m. (2330 GMT)" of a blast in Paris in March (an hour ahead of
    GMT): the GMT time the other wire gives falls on the day before, one time."""
    first = (
        "PARIS (Reuters) -- A gas blast tore through an apartment block early on Wednesday.\n\n"
        "The explosion happened at 12:30 a.m. (2330 GMT), firefighters said."
    )
    second = (
        "PARIS (AFP) -- An explosion destroyed an apartment block in Paris overnight.\n\n"
        "The blast happened at 2330 GMT, firefighters said."
    )
    found = _times(first, second)
    assert found and all(s == "agree" for s, _ in found), found


def test_daylight_saving_is_the_incidents_day():
    """Arizona keeps standard time all year: "2:15 p.m. ET" is 12:15 p.m. in
    Phoenix in January, 11:15 a.m. in March after the East moves its clocks."""
    phoenix = "PHOENIX --"
    lede = "Three people were wounded in a shooting at a bus station on Tuesday."
    eastern, winter_local = _story(phoenix, lede, "2:15 p.m. ET"), _story(phoenix, lede, "12:15 p.m.")
    assert [s for s, _ in _times(eastern, winter_local, dt.date(2026, 1, 13))] == ["agree"]
    assert [s for s, _ in _times(eastern, winter_local, dt.date(2026, 3, 10))] == ["conflict"]


def test_a_named_zone_is_read_on_the_places_clock_against_a_day_part():
    """ "2:15 p.m. ET" of a shooting in Fresno is 11:15 a.m. there: it fits
    the other report's "Tuesday morning", never lies hours outside it."""
    first = _story(FRESNO, MALL, "2:15 p.m. ET")
    second = (
        f"{FRESNO} -- A gunman wounded three people inside a shopping mall on Tuesday morning, police said."
        "\n\nA suspect was arrested."
    )
    found = _times(first, second)
    assert found and all(s != "conflict" for s, _ in found), found
    late = second.replace("Tuesday morning", "Tuesday night")
    assert [s for s, _ in _times(first, late)] == ["conflict"], _times(first, late)


RIDGE = (
    "A magnitude 5.3 earthquake shook the desert east of Ridgecrest on Sunday night, "
    "the U.S. Geological Survey said."
)
RIDGE_WIRE = "A magnitude 5.3 quake struck southern California, the USGS said."


@pytest.mark.parametrize(
    ("local", "universal", "status"),
    [
        # summer time named by the local paper: 8:23 p.m. PDT is 0323 GMT in any month
        ("It struck at 8:23 p.m. PDT.", "The quake struck at 0323 GMT on Monday.", "agree"),
        ("The quake hit at 9:05 p.m. PDT Sunday.", "It hit at 0405 GMT, the agency said.", "agree"),
        # the zone named, an hour off: the wire's GMT is no rendering of it
        ("It struck at 7:23 p.m. PDT.", "The quake struck at 0323 GMT on Monday.", "conflict"),
        # standard time named: the GMT is read at UTC-8
        ("It struck at 7:23 p.m. PST.", "The quake struck at 0323 GMT on Monday.", "agree"),
    ],
)
def test_a_named_zone_fixes_the_offset_a_gmt_time_is_read_at(local, universal, status):
    """A report with no date of its own leaves the season open, so a GMT time
    was read at the place's winter offset; but "PDT", "BST", "AEDT" name the
    clock's offset whatever the day (knowledge/timezones.py ``named_offset``):
    the other report's GMT time is read at it."""
    first = f"RIDGECREST, Calif. -- {RIDGE}\n\n{local} No injuries were reported."
    second = f"{RIDGE_WIRE}\n\n{universal} No injuries were reported."
    found = _times(first, second, day=None)
    assert [s for s, _ in found] == [status], found


@pytest.mark.parametrize(
    ("universal", "named"),
    [
        ("The quake struck at 0405 GMT Monday.", "the first aftershock hit at 9:40 p.m. PDT"),
        ("The USGS timed the main shock at 04:05 GMT.", "a smaller jolt followed at 10:12 p.m. PDT"),
    ],
)
def test_a_named_summer_zone_sets_the_season_of_a_report_without_a_day(universal, named):
    """A wire that gives the quake's time in GMT and another moment's on a
    named summer clock ("9:40 p.m. PDT") has told its season: its GMT time
    is read at summer's offset, one time with another report's plain
    "9:05 p.m.", where winter's would put it an hour off."""
    first = f"RIDGECREST, Calif. -- {RIDGE}\n\nIt hit at 9:05 p.m., deputies said."
    second = f"RIDGECREST, Calif. -- {RIDGE}\n\n{universal} Residents said {named}."
    found = _times(first, second, day=None)
    assert [s for s, why in found if "GMT" in why] == ["agree"], found
    assert all(s != "conflict" for s, _ in found), found


def _quake(dateline: str, lede: str, clock: str) -> str:
    return (
        f"{dateline} - {lede}\n\nThe quake struck at {clock}, the ministry said. Dozens of homes collapsed."
    )


NARYN = "NARYN, Kyrgyzstan"
TREMOR = "An earthquake killed two people in the mountain town of Naryn on Saturday."
THESSALY = "LARISA, Greece"
SHAKE = "A strong earthquake damaged houses in the villages around Larisa on Monday."


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        # a clock named by a city: Moscow is three hours behind Kyrgyzstan
        (_quake(NARYN, TREMOR, "00:14 Moscow time"), _quake(NARYN, TREMOR, "03:14 local time"), "agree"),
        (_quake(NARYN, TREMOR, "9:40 p.m. Moscow time"), _quake(NARYN, TREMOR, "9:40 p.m."), "conflict"),
        (
            _quake(NARYN, TREMOR, "9:40 p.m. Moscow time on Saturday"),
            _quake(NARYN, TREMOR, "0:40 a.m."),
            "agree",
        ),
        # by a nation: Greece told by its own name, India half an hour behind Kyrgyzstan
        (_quake(THESSALY, SHAKE, "14:00 Greek time"), _quake(THESSALY, SHAKE, "14:00"), "agree"),
        (_quake(NARYN, TREMOR, "1:44 am Indian Standard Time"), _quake(NARYN, TREMOR, "2:14 am"), "agree"),
    ],
)
def test_a_clock_named_by_a_place_or_a_nation_is_read_on_the_places_clock(first, second, status):
    found = _times(first, second)
    assert [s for s, _ in found] == [status], found


@pytest.mark.parametrize(
    ("name", "zone"),
    [
        ("Moscow time", "Europe/Moscow"),
        ("Beijing Time", "Asia/Shanghai"),
        ("Nepal time", "Asia/Kathmandu"),
        ("Indian Standard Time", "Asia/Kolkata"),
        ("Pakistan Standard Time", "Asia/Karachi"),
        # no place, or a country of several clocks: no clock at all
        ("Eastern Standard Time", None),
        ("Christmas time", None),
        ("Russian time", None),
    ],
)
def test_place_clock_reads_only_names_of_one_clock(name, zone):
    from reportcheck.knowledge.timezones import place_clock

    assert place_clock(name) == zone


@pytest.mark.parametrize(
    ("letters", "countries", "zone"),
    [
        ("IST", {"IN"}, "Asia/Kolkata"),
        ("IST", {"IN", "NP"}, "Asia/Kolkata"),
        ("IST", {"IL"}, "Asia/Jerusalem"),
        ("CST", {"US"}, "America/Chicago"),
        ("CST", {"CN"}, "Asia/Shanghai"),
        ("NST", {"NP"}, "Asia/Kathmandu"),
        ("AST", {"SA"}, "Asia/Riyadh"),
        # the report's country unknown, or two of the letters' countries: no guess
        ("IST", set(), None),
        ("IST", {"IN", "IE"}, None),
        ("NST", {"IN"}, None),
    ],
)
def test_shared_letters_are_read_by_the_reports_own_country(letters, countries, zone):
    from reportcheck.knowledge.timezones import shared_clock

    assert shared_clock(letters, countries) == zone


def test_shared_letters_of_the_places_country_read_across_a_border():
    """ "IST" in a report of a quake in Pakistan's Punjab filed with a place
    in India: unread where the report's places lie in no one listed country."""
    pakistan = "LAHORE, Pakistan"
    lede = "An earthquake shook the city of Lahore on Sunday, injuring eleven people."
    found = _times(_quake(pakistan, lede, "4:10 pm PKT"), _quake(pakistan, lede, "4:40 pm IST"))
    # Lahore's report names no Indian place: IST stays the local clock and half an hour apart conflicts
    assert [s for s, _ in found] == ["conflict"], found


def test_an_undated_report_reads_a_named_clock_on_todays_offsets():
    """No day in either report: the clocks are read on a recent day's
    offsets (Kyrgyzstan six hours ahead of UTC, Moscow three), not those of
    years before the zones last moved."""
    found = _times(
        _quake(NARYN, TREMOR, "01:50 Moscow time"), _quake(NARYN, TREMOR, "04:50 local time"), day=None
    )
    assert [s for s, _ in found] == ["agree"], found


# A count "in the United States" quoted in a story of one city: the country
# keeps several clocks, so its largest city's (New York's) is no clock of the
# report's own, and an Eastern time is still read across to the city's.
NATION = " It was the 310th mass shooting in the United States this year, the Gun Violence Archive said."


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        (_story(TULSA, PARK + NATION, "4:40 p.m. ET"), _story(TULSA, PARK, "3:40 p.m."), "agree"),
        (_story(TULSA, PARK + NATION, "4:40 p.m. ET"), _story(TULSA, PARK, "4:40 p.m."), "conflict"),
    ],
)
def test_a_country_of_several_clocks_names_no_own_clock(first, second, status):
    found = _times(first, second)
    assert [s for s, _ in found] == [status], found


# A report placed only by a country of several clocks ("in Canada", "in
# Australia"): no one of its clocks is the report's, so a zone it writes
# ("7:15 p.m. PT") stays on that zone's clock and a GMT time is left unread,
# never read on the largest city's clock (Toronto's, Sydney's).
ARENA = "Two men were shot and wounded outside a hockey arena in {country} on Tuesday."
ARENA_AT = "Two men were shot and wounded outside a hockey arena on Tuesday."


def _placed_by_country(country: str, clock: str) -> str:
    return (
        f"{ARENA.format(country=country)}\n\n"
        f"The shooting began at about {clock}, police said. A suspect was arrested."
    )


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        # the Pacific clock of a report placed by Canada, the Eastern of one from British Columbia
        (
            _placed_by_country("Canada", "7:15 p.m. PT"),
            _story("KAMLOOPS, B.C.", ARENA_AT, "10:15 p.m. ET"),
            "agree",
        ),
        (
            _placed_by_country("Canada", "7:15 p.m. PT"),
            _story("KAMLOOPS, B.C.", ARENA_AT, "9:15 p.m. ET"),
            "conflict",
        ),
        # both placed by the country alone: the two named clocks set side by side by their gap
        (_placed_by_country("Canada", "6:50 a.m. PT"), _placed_by_country("Canada", "9:50 a.m. ET"), "agree"),
        (
            _placed_by_country("the United States", "4:30 p.m. CT"),
            _placed_by_country("Canada", "5:30 p.m. ET"),
            "agree",
        ),
        (
            _placed_by_country("Canada", "6:50 a.m. PT"),
            _placed_by_country("Canada", "10:50 a.m. ET"),
            "conflict",
        ),
    ],
)
def test_a_country_of_several_clocks_alone_keeps_the_zone_written(first, second, status):
    found = _times(first, second)
    assert [s for s, _ in found] == [status], found


def test_a_gmt_time_of_a_report_placed_only_by_a_wide_country_is_left_unread():
    """ "0215 GMT" of a report placed only by Canada may be 9:15 p.m. in
    Toronto or 6:15 p.m. in Vancouver: it is set against no local time."""
    found = _times(_placed_by_country("Canada", "0215 GMT"), _story("KAMLOOPS, B.C.", ARENA_AT, "8:15 p.m."))
    assert found == [], found


# Zone letters out of season: Australian copy writes "AEST" in December,
# when Sydney keeps daylight time (AEDT), meaning the city's clock.  Read
# by its letters or as the day's clock, whichever fits, and only compatible.
SYDNEY_FIRE = "SYDNEY -- A fire tore through a warehouse in the city's west on Tuesday.\n\n"
SUMMER_DAY = dt.date(2025, 12, 9)


def _fire(clock: str) -> str:
    return f"{SYDNEY_FIRE}The fire began at about {clock}, firefighters said."


def _storm(clock: str) -> str:
    return _story("NEW YORK", "Three people were hurt when a crane fell on a car on Tuesday.", clock)


@pytest.mark.parametrize(
    ("first", "second", "day", "status"),
    [
        # winter letters in summer: an hour apart by the letters, one instant
        (_fire("2:40 p.m. AEST"), _fire("3:40 p.m. AEDT"), SUMMER_DAY, "compatible"),
        # or the writer meant the day's clock: the same minute on it
        (_fire("11:05 a.m. AEDT"), _fire("11:05 a.m. AEST"), SUMMER_DAY, "compatible"),
        # summer letters in a New York January
        (_storm("8:10 p.m. EDT"), _storm("7:10 p.m. EST"), dt.date(2026, 1, 13), "compatible"),
        # no reading brings them together
        (_fire("2:40 p.m. AEST"), _fire("5:40 p.m. AEDT"), SUMMER_DAY, "conflict"),
        # the letters of the season against a time with none: an hour apart on one clock
        (_fire("2:40 p.m. AEDT"), _fire("3:40 p.m."), SUMMER_DAY, "conflict"),
    ],
)
def test_zone_letters_out_of_season_are_read_both_ways(first, second, day, status):
    found = _times(first, second, day)
    assert [s for s, _ in found] == [status], found


@pytest.mark.parametrize(
    ("first", "second", "gaps"),
    [
        ("ET", "PT", {180}),
        ("PT", "MT", {-60}),
        ("AEST", "AEDT", {-60, 0}),
        ("EDT", "EST", {60, 0}),
        ("ET", "EST", {0}),
        # a gap that goes with a season no letters fix: none sure
        ("ET", "AEST", set()),
        # shared letters are read by the report's country, not here
        ("CST", "ET", set()),
    ],
)
def test_clock_gaps(first, second, gaps):
    from reportcheck.knowledge.timezones import clock_gaps

    assert clock_gaps(first, second) == gaps


# A zone written as a word after the clock ("3 a.m. Eastern time", "2 a.m.
# Central"), as US and Canadian wires and networks write it: read as its
# letters (rules/timeofday.yaml ``zone_words``), so the scene's clock and
# the outlet's are one time.
GALVESTON = "GALVESTON, Texas"
LANDFALL = "A hurricane came ashore on the upper Texas coast on Tuesday, flooding streets."
HALIFAX = "CORNER BROOK, N.L."
FERRY = "A storm battered western Newfoundland on Tuesday, washing out roads."


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        (
            _story(GALVESTON, LANDFALL, "4 a.m. Eastern time"),
            _story(GALVESTON, LANDFALL, "3 a.m. CDT"),
            "agree",
        ),
        (_story(GALVESTON, LANDFALL, "3:10 a.m. Eastern"), _story(GALVESTON, LANDFALL, "2:10 a.m."), "agree"),
        (
            _story(GALVESTON, LANDFALL, "5 a.m. Eastern Daylight Time"),
            _story(GALVESTON, LANDFALL, "4 a.m. local time"),
            "agree",
        ),
        # the word read, an hour off all the same
        (
            _story(GALVESTON, LANDFALL, "4 a.m. Eastern time"),
            _story(GALVESTON, LANDFALL, "4 a.m. CDT"),
            "conflict",
        ),
        # Atlantic time against Newfoundland's clock, half an hour ahead
        (_story(HALIFAX, FERRY, "3 a.m. Atlantic time"), _story(HALIFAX, FERRY, "3:30 a.m. NDT"), "agree"),
    ],
)
def test_a_zone_written_as_a_word_is_read_as_its_letters(first, second, status):
    found = _times(first, second)
    assert [s for s, _ in found] == [status], found


# A clock of a country abroad that the report also names: an Indian outlet's
# "IST" of a quake in Nepal whose tremors it tells were felt in India.  Read
# on the scene's clock (Nepal is 15 minutes ahead) and as written, either
# way only compatible: the outlet's places span two countries' clocks.
OUTLET = (
    "Earthquake kills two in Nepal; tremors felt in India\n\n"
    "Kathmandu: An earthquake struck near Pokhara in western Nepal late on Friday, killing two people."
)
FELT = " Tremors were felt in Gorakhpur and Lucknow in India, officials said."
LOCAL_PAPER = (
    "Two killed in Pokhara quake\n\n"
    "Pokhara - Two people died when an earthquake struck the city and nearby villages on Friday night."
)


def _nepal(lede: str, clock: str) -> str:
    return f"{lede}\n\nThe quake struck at {clock}, the seismology centre said. Houses cracked."


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        (_nepal(OUTLET + FELT, "10:20 pm IST"), _nepal(LOCAL_PAPER, "10:35 pm"), "compatible"),
        # the outlet's clock read as written fits too: the scene may be India's
        (_nepal(OUTLET + FELT, "10:20 pm IST"), _nepal(LOCAL_PAPER, "10:20 pm"), "compatible"),
        # neither reading brings them together
        (_nepal(OUTLET + FELT, "10:20 pm IST"), _nepal(LOCAL_PAPER, "11:35 pm"), "conflict"),
    ],
)
def test_a_clock_of_a_country_abroad_the_report_names_is_read_both_ways(first, second, status):
    found = [(s, e) for s, e in _times(first, second, dt.date(2026, 10, 23)) if "IST" in e]
    assert [s for s, _ in found] == [status], found


# A wire's yearless dateline ("ATHENS, Aug 10 (Hellas Wire) -") dates the
# report by a month and day only: the year is unknown but the season is not,
# so its GMT time is read on the place's summer clock in August and on its
# winter clock in January (knowledge/timezones.py ``_yearless_day``).
def _wire(dateline: str, lede: str, clock: str) -> str:
    return f"{dateline} - {lede.format(clock=clock)}\n\nDozens of firefighters were deployed, officials said."


BLAZE = "A wildfire broke out in a pine forest north of Athens on Monday at {clock}, authorities said."
BLAZE_LOCAL = (
    "ATHENS - A wildfire that broke out at {clock} on Monday near Varnavas was burning on three fronts."
)
LISBON_BLAST = "A gas explosion wrecked a bakery in central Lisbon on Friday at {clock}, police said."
LISBON_LOCAL = (
    "LISBON - A gas explosion wrecked a bakery in central Lisbon on Friday at {clock}, police said."
)


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        # August in Athens: three hours ahead of GMT (EEST), not two (EET)
        (
            _wire("ATHENS, Aug 10 (Hellas Wire)", BLAZE, "11:10 GMT"),
            BLAZE_LOCAL.format(clock="1.10 p.m."),
            "conflict",
        ),
        (
            _wire("ATHENS, Aug 10 (Hellas Wire)", BLAZE, "10:10 GMT"),
            BLAZE_LOCAL.format(clock="1.10 p.m."),
            "agree",
        ),
        # July in Lisbon: an hour ahead of GMT (WEST)
        (
            _wire("LISBON, July 12 (Wire)", LISBON_BLAST, "0815 GMT"),
            LISBON_LOCAL.format(clock="9:15 a.m."),
            "agree",
        ),
        (
            _wire("LISBON, July 12 (Wire)", LISBON_BLAST, "0915 GMT"),
            LISBON_LOCAL.format(clock="9:15 a.m."),
            "conflict",
        ),
        # near-misses: a winter month and day keeps the winter clock
        (
            _wire("ATHENS, Jan 12 (Hellas Wire)", BLAZE, "11:10 GMT"),
            BLAZE_LOCAL.format(clock="1.10 p.m."),
            "agree",
        ),
        (
            _wire("LISBON, Dec. 5 (Wire)", LISBON_BLAST, "0915 GMT"),
            LISBON_LOCAL.format(clock="9:15 a.m."),
            "agree",
        ),
    ],
)
def test_a_yearless_datelines_month_and_day_set_the_season(first, second, status):
    found = [(s, e) for s, e in _times(first, second, day=None) if "GMT" in e]
    assert [s for s, _ in found] == [status], found


def test_a_wire_with_no_month_and_day_keeps_the_standard_clock():
    """Near-miss: a dateline with no date ("ATHENS (Hellas Wire) -") and a
    weekday only say no season; the GMT time stays read on the winter
    clock, as before, and no conflict is made of a season never told."""
    first = _wire("ATHENS (Hellas Wire)", BLAZE, "11:10 GMT")
    second = BLAZE_LOCAL.format(clock="1.10 p.m.")
    found = [(s, e) for s, e in _times(first, second, day=None) if "GMT" in e]
    assert [s for s, _ in found] == ["agree"], found
