"""A date keeps what its sentence says of the night: a clock time near midnight, "overnight".

Reporters date a late-night incident by either side of midnight ("shot at
11:50 p.m. Friday" in one report, "early Saturday" or just "Saturday" in
another).  The comparer lets two days a day apart date one night when a
clock time near midnight or a word of the night ("an overnight fire
Friday") stands beside one of them; the extractor reads the sentence once
and keeps both on the date (``DateDetails.midnight_offset``, ``overnight``),
so the comparer never reads the sentence again.  The sentences are written
for these tests, after the way wire reports word it.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from reportcheck.details import DateDetails
from reportcheck.extract.times.finders import midnight_offset, tells_overnight
from reportcheck.models import ClaimKind, Status

from ...conftest import findings_of


@pytest.mark.parametrize(
    ("sentence", "offset"),
    [
        ("A man was shot at 11:45 p.m. Friday, police said.", -15),  # before midnight
        ("The fire broke out at 12:30 a.m. Sunday.", 30),
        ("Deputies arrived at about 2:10 a.m. Saturday.", 130),
        ("It happened at 3:15 p.m. Tuesday and again at 11:58 p.m.", -2),  # the nearest of two
        ("The crash happened Friday afternoon.", None),  # a day part is no clock time
        ("The store was robbed Monday.", None),
    ],
)
def test_the_offset_is_the_clock_time_nearest_midnight(sentence, offset):
    assert midnight_offset(sentence) == offset


@pytest.mark.parametrize(
    ("sentence", "offset"),
    [
        # an early-evening clock tells its day's side only with a weekday
        # beside it (``weekday_beside`` of rules/night_sides.yaml)
        ("The tremor struck on Thursday at 7:40 p.m., the agency said.", -260),
        ("Crews were called Tuesday evening at about 8 p.m.", -240),
        ("The boat capsized at 6:50 p.m. on Sunday near the pier.", -310),
        ("Two men were hurt at 8:15 p.m. Wednesday.", -225),
        ("Shot on Monday, he died at 8:30 p.m. in hospital.", None),  # the death's clock
        ("The mayor spoke at a 7 p.m. briefing.", None),
    ],
)
def test_an_early_evening_clock_counts_with_a_weekday_beside_it(sentence, offset):
    assert midnight_offset(sentence) == offset


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("An overnight fire Friday destroyed two homes.", True),
        ("Crews worked through the night to free the driver.", True),
        ("The party went on INTO THE NIGHT before shots rang out.", True),
        ("Neighbours said the all-night vigil was peaceful.", True),
        ("He spent the night in jail.", False),  # a night named, not the event's
        ("The crash happened Friday afternoon.", False),
    ],
)
def test_a_word_puts_the_event_overnight(sentence, told):
    assert tells_overnight(sentence) is told


def _dates(text: str):
    from reportcheck.api import extract_report
    from reportcheck.load import load_text

    claims = extract_report(load_text(text, date=dt.date(2026, 3, 10)), 0).claims
    return [c for c in claims if c.kind is ClaimKind.date]


def test_an_extracted_date_keeps_it_and_the_json_leaves_it_out(pipeline):
    [date] = _dates("Jordan Ellis, 24, was shot at 11:50 p.m. Friday outside a bar in Dolton, police said.")
    assert date.date.midnight_offset == -10 and not date.date.overnight
    assert "midnight_offset" not in date.attrs_json()
    assert "midnight_offset" not in json.dumps(date.model_dump(mode="json"))
    [overnight] = _dates("An overnight fire Friday destroyed two homes in Dolton, officials said.")
    assert overnight.date.overnight and overnight.date.midnight_offset is None
    assert "overnight" not in overnight.attrs_json()


def test_it_survives_a_later_change_of_the_details():
    details = DateDetails(form="weekday", midnight_offset=10.0, overnight=True)
    changed = details.replace(weekday="Friday")
    assert changed.midnight_offset == 10.0 and changed.overnight


def _date_status(*texts: str) -> Status:
    [finding] = [f for f in findings_of(*texts) if f.kind is ClaimKind.date and f.subject == "incident"]
    return finding.status


def test_a_day_apart_beside_a_time_near_midnight_is_one_night(pipeline):
    late = "Maria Lopez, 31, was shot at 11:40 p.m. Friday on Oak Street, police said."
    next_day = "Maria Lopez, 31, was shot Saturday on Oak Street, police said."
    assert _date_status(late, next_day) is Status.compatible
    afternoon = "Maria Lopez, 31, was shot at 3:40 p.m. Friday on Oak Street, police said."
    assert _date_status(afternoon, next_day) is Status.conflict
    overnight = "Maria Lopez, 31, was shot Friday during an overnight party on Oak Street, police said."
    assert _date_status(overnight, next_day) is Status.compatible
