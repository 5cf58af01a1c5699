"""The comparer's rules, one data case each (tests/compare/compare_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportcheck.compare.judges import judge
from reportcheck.models import Claim, ClaimKind, Cue, Evidence, Interval, Value, details_from_attrs

DATA = Path(__file__).parent  # the case files sit beside this module

CASES = yaml.safe_load((DATA / "compare_cases.yaml").read_text(encoding="utf-8"))


def make_claim(kind: str, side: dict, report: int) -> Claim:
    written = side.get("written")
    low = side.get("low", written)
    high = side.get("high", written)
    value = Value(
        unit=side.get("unit", ""),
        written=written,
        precision=side.get("precision", 0.0),
        low=low,
        high=high,
        alternatives=[Interval(low=lo, high=hi) for lo, hi in side.get("alternatives", [])],
        name=side.get("name"),
        label=str(side.get("name") or written or f"{low}-{high}"),
    )
    cues = [Cue(category=c, cue=c, text=c, start=0, end=1) for c in side.get("cues", [])]
    text = side.get("name") or str(written)
    evidence = Evidence(
        text=text, start=0, end=len(text), sentence=text, sentence_start=0, sentence_end=len(text)
    )
    return Claim(
        id=f"r{report}-000",
        report=report,
        kind=ClaimKind(kind),
        subject="s",
        subject_label="s",
        value=value,
        evidence=evidence,
        hedges=cues,
        details=details_from_attrs(ClaimKind(kind), side.get("attrs", {})),
    )


@pytest.mark.parametrize("case", CASES, ids=[c["rule"] for c in CASES])
def test_comparer_rule(case):
    a = make_claim(case["kind"], case["a"], 0)
    b = make_claim(case["kind"], case["b"], 1)
    verdict = judge(a, b)
    status = verdict.status.value if verdict else None
    assert status == case["expect"], verdict.explanation if verdict else "not comparable"
    mirrored = judge(b, a)
    assert (mirrored.status.value if mirrored else None) == status


def _date_statuses(*texts: str) -> list[str]:
    import datetime as dt

    from reportcheck.api import compare_reports
    from reportcheck.load import load_text

    reports = [load_text(text, date=dt.date(2026, 3, 10)) for text in texts]
    return [f.status.value for f in compare_reports(reports).findings if f.kind.value == "date"]


@pytest.mark.parametrize(
    "overnight",
    [
        "An overnight fire Friday gutted a church in Millbrook, fire officials said.\n",
        "Firefighters battled the blaze at a church in Millbrook through the night on Friday.\n",
    ],
)
def test_an_overnight_event_named_by_its_evening_is_the_next_mornings(pipeline, overnight):
    morning = "A fire destroyed a church in Millbrook early Saturday, fire officials said.\n"
    afternoon = "A fire gutted a church in Millbrook on Friday afternoon, fire officials said.\n"
    assert _date_statuses(overnight, morning) == ["compatible"]
    assert _date_statuses(afternoon, morning)[0] in ("conflict", "possible_conflict")


@pytest.mark.parametrize(
    "later",
    [
        "Cyclone Idai made landfall near Beira late on Friday, the weather service said.\n",
        "Cyclone Idai made landfall near Beira on Friday evening, the weather service said.\n",
        "Cyclone Idai made landfall near Beira late Friday, the weather service said.\n",
    ],
)
def test_a_night_and_the_next_days_evening_are_two_days(pipeline, later):
    """ "Thursday night" against "late on Friday": the later day's own words
    put its event in its evening, so the night before cannot hold it; the
    words "late on" stay with the day.  Against "early Friday" the two may
    be one night."""
    night = "Cyclone Idai struck the port city of Beira on Thursday night, the government said.\n"
    early = "Cyclone Idai made landfall near Beira early on Friday, the weather service said.\n"
    assert _date_statuses(night, later) == ["conflict"]
    assert _date_statuses(night, early) == ["compatible"]


@pytest.mark.parametrize(
    ("cue", "words"),
    [("just_before", "shortly before"), ("just_after", "just after")],
)
def test_a_gmt_time_read_on_the_local_clock_keeps_its_side_words(cue, words):
    """ "shortly before 1215 GMT" against "3:45 p.m." where the other report
    gives the offset: the converted time is still named with its side words,
    which widened it, so the explanation does not read as a firm 15:15."""
    side = {"unit": "min", "written": 735, "cues": [cue], "attrs": {"event": "incident", "tz": "GMT"}}
    side["low"], side["high"] = (720, 735) if cue == "just_before" else (735, 750)
    gmt = make_claim("time", side, 0)
    gmt = gmt.model_copy(update={"hedges": [h.model_copy(update={"text": words}) for h in gmt.hedges]})
    local = make_claim(
        "time", {"unit": "min", "written": 945, "attrs": {"event": "incident", "utc_offset": 180}}, 1
    )
    verdict = judge(gmt, local)
    assert verdict is not None and verdict.status.value == "conflict"
    assert f"{words} 735 GMT = 15:15 local" in verdict.explanation  # the label as written
    plain = make_claim(
        "time", {"unit": "min", "written": 735, "attrs": {"event": "incident", "tz": "GMT"}}, 0
    )
    assert "before" not in judge(plain, local).explanation  # no side words where the report wrote none


def _clock(
    written: float, report: int, cue: tuple[str, str] | None = None, span: tuple[float, float] | None = None
):
    """A time of the incident as the clock judge sees it, with its hedge
    (category, words as written) and its span where the hedge sets one."""
    side: dict = {"unit": "min", "written": written, "attrs": {"event": "incident"}}
    if span is not None:
        side["low"], side["high"] = span
    if cue is not None:
        side["cues"] = [cue[0]]
    claim = make_claim("time", side, report)
    if cue is not None:
        claim = claim.model_copy(
            update={"hedges": [h.model_copy(update={"text": cue[1]}) for h in claim.hedges]}
        )
    return claim


@pytest.mark.parametrize(
    ("about", "other", "reason"),
    [
        # "about 10:30 p.m. Monday" against "shortly after 11 p.m. Monday"
        (
            _clock(1350, 0, ("approximate", "about")),
            _clock(1380, 1, ("just_after", "shortly after"), (1380, 1395)),
            "30 min apart as written, at least 20 min even allowing for 'about'",
        ),
        # "around 9:15 p.m." against "shortly before 10 p.m."
        (
            _clock(1275, 0, ("approximate", "Around")),
            _clock(1320, 1, ("just_before", "shortly before"), (1305, 1320)),
            "45 min apart as written, at least 20 min even allowing for 'around'",
        ),
    ],
)
def test_a_gap_a_rounding_hedge_narrowed_is_told_as_written_first(about, other, reason):
    """A reason that gave only the gap left after "about" widened a time read
    as the times' distance ("20 min apart" of 10:30 and shortly after 11): it
    says the gap as written and the narrowed one as a floor."""
    verdict = judge(about, other)
    assert verdict is not None and verdict.status.value == "conflict"
    assert verdict.explanation.endswith(reason), verdict.explanation


def test_a_gap_no_rounding_hedge_narrowed_is_told_plainly():
    """No "about": the gap is said once, with no hedge to allow for."""
    verdict = judge(_clock(1350, 0), _clock(1380, 1, ("just_after", "shortly after"), (1380, 1395)))
    assert verdict is not None and verdict.status.value == "conflict"
    assert verdict.explanation.endswith(" min apart") and "allowing" not in verdict.explanation
