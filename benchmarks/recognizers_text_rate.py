"""Pass rates of the string parsers on the in-scope Recognizers-Text cases.

Run ``python benchmarks/recognizers_text_rate.py`` (``-v`` lists every
failure).  Every in-scope case is checked, known failures included, so the
printed rate is what the parsers really do; pytest
(``tests/test_recognizers_text.py``) uses the same checks and marks the known
failures xfail(strict=True).

The cases are Microsoft's Recognizers-Text English specs (MIT licence),
copied to ``tests/data/recognizers_text/``; ``scope.yaml`` there lists each
case left out of scope with its reason, ``known_failures.yaml`` each in-scope
case the parsers get wrong.

What a case must do to pass:

* length: every expected span is found (the same characters up to leading or
  trailing whitespace) with the value in metres (or kg for a weight) within
  0.1%, and nothing else is found;
* time: every expected clock time, range or part of the day overlaps a
  mention with the same value (points: ``low``, or an alternative when the
  expectation has two values or its text has no a.m./p.m.; ranges: both ends,
  modulo 24 h; parts of the day: the period and its early/late modifier, as
  period ranges are a convention that differs between tools).  Expected
  results of other models (dates, durations) are not checked.  A case with
  no expected result must give no mention;
* number: exactly the expected numbers are found, spans and values.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pint
import yaml
from pydantic import BaseModel, ConfigDict, RootModel

from reportcheck.extract.core.mentions import Mention
from reportcheck.extract.core.numberfinder import find_numbers
from reportcheck.extract.quantities.finders import find_quantities
from reportcheck.extract.times.finders import find_times

DATA_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "recognizers_text"
FILES_BY_KIND = {
    "length": ("dimension_length",),
    "time": ("time_parser", "datetime_time", "datetime_time_of_day_words"),
    "number": ("number", "number_range", "age"),
}
DAY = 24 * 60
LENGTH_TOLERANCE = 0.001  # 0.1%
NUMBER_TOLERANCE = 1e-6
#: Recognizers-Text unit names -> pint units (a Ton there is the metric "t").
RT_UNITS = {
    "Meter": "meter", "Kilometer": "kilometer", "Centimeter": "centimeter", "Millimeter": "millimeter",
    "Decimeter": "decimeter", "Picometer": "picometer", "Mile": "mile", "Yard": "yard", "Foot": "foot",
    "Inch": "inch", "Ton": "metric_ton", "Kilogram": "kilogram", "Gram": "gram", "Pound": "pound",
}  # fmt: skip
RT_BASE = {"Length": "meter", "Weight": "kilogram"}
#: Recognizers-Text part-of-day timex codes -> our period names.
RT_PERIODS = {
    "MO": "morning",
    "AF": "afternoon",
    "EV": "evening",
    "NI": "night",
    "NT": "night",
    "DT": "daytime",
}
RT_MODS = {"start": "early", "end": "late"}
TIME_TYPES = ("time", "timerange", "datetime", "datetimerange")
MERIDIEM_RE = re.compile(r"\d\s?[ap]\b|\b[ap]\s?\.?\s?m\b", re.IGNORECASE)


class Listed(BaseModel):
    """One case named in scope.yaml or known_failures.yaml."""

    model_config = ConfigDict(extra="forbid")

    input: str
    reason: str


class CaseList(RootModel[dict[str, list[Listed]]]):
    """file stem -> listed cases."""


@dataclass(frozen=True)
class Case:
    kind: str
    file: str
    line: int
    input: str
    results: tuple[dict, ...]

    @property
    def case_id(self) -> str:
        return f"{self.file}:{self.line}"


# ---------------------------------------------------------------- loading


@cache
def listed(filename: str) -> dict[str, dict[str, str]]:
    """file stem -> {input: reason} from scope.yaml / known_failures.yaml."""
    data = yaml.safe_load((DATA_DIR / filename).read_text(encoding="utf-8")) or {}
    parsed = CaseList.model_validate(data).root
    return {stem: {entry.input: entry.reason for entry in entries} for stem, entries in parsed.items()}


def all_cases(kind: str) -> list[Case]:
    cases = []
    for stem in FILES_BY_KIND[kind]:
        lines = (DATA_DIR / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, start=1):
            if line.strip():
                record = json.loads(line)
                cases.append(Case(kind, stem, number, record["Input"], tuple(record.get("Results", ()))))
    return cases


def in_scope(kind: str) -> list[Case]:
    excluded = listed("scope.yaml")
    return [case for case in all_cases(kind) if case.input not in excluded.get(case.file, {})]


def known_failure(case: Case) -> str | None:
    return listed("known_failures.yaml").get(case.file, {}).get(case.input)


# ---------------------------------------------------------------- shared helpers


def _expected_span(case: Case, result: dict) -> tuple[int, int]:
    """The expected span, stripped of surrounding whitespace."""
    start = result["Start"]
    end = start + len(result["Text"])
    return _stripped(case.input, start, end)


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _close(a: float, b: float, relative: float) -> bool:
    return math.isclose(a, b, rel_tol=relative, abs_tol=1e-9)


@cache
def _registry() -> pint.UnitRegistry:
    return pint.UnitRegistry()


def _describe(mentions: list[Mention]) -> str:
    return "; ".join(
        f"{m.text!r}={m.low:g}..{m.high:g}{m.unit} alt={m.alternatives} {dict(m.attrs)}" for m in mentions
    )


# ---------------------------------------------------------------- lengths


def check_length(case: Case) -> tuple[bool, str]:
    found = find_quantities(case.input)
    spans = {_stripped(case.input, m.start, m.end): m for m in found}
    for result in case.results:
        resolution = result["Resolution"]
        base = RT_BASE[resolution["subtype"]]
        expected = (
            _registry().Quantity(float(resolution["value"]), RT_UNITS[resolution["unit"]]).to(base).magnitude
        )
        mention = spans.get(_expected_span(case, result))
        if mention is None:
            return False, f"{result['Text']!r} not found; found: {_describe(found)}"
        if not (
            _close(mention.low, expected, LENGTH_TOLERANCE)
            and _close(mention.high, expected, LENGTH_TOLERANCE)
        ):
            return False, f"{result['Text']!r}: expected {expected:g}, found {_describe([mention])}"
    if len(found) != len(case.results):
        return False, f"expected {len(case.results)} mention(s), found {len(found)}: {_describe(found)}"
    return True, ""


# ---------------------------------------------------------------- times


def _minutes(clock: str) -> float:
    """ "19:56:30" or "2016-11-07 19:56:30" -> minutes after midnight."""
    parts = [int(p) for p in clock.split(" ")[-1].split(":")]
    hours, minutes, seconds = (parts + [0, 0])[:3]
    return hours * 60 + minutes + seconds / 60


def _time_values(result: dict) -> list[dict]:
    """Both file formats as a list of {"timex", "value"|"start"|"end", "Mod"}."""
    if "Resolution" in result:
        return result["Resolution"]["values"]
    value = result["Value"]
    return [{"timex": value["Timex"], "value": value["FutureResolution"]["time"]}]


def _result_type(result: dict) -> str:
    return result.get("TypeName", "").removeprefix("datetimeV2.") or result.get("Type", "")


def time_results(case: Case) -> list[dict]:
    """The expected results a time-of-day parser answers for (not dates, durations, sets)."""
    wanted = []
    for result in case.results:
        if _result_type(result) not in TIME_TYPES:
            continue
        timex = _time_values(result)[0]["timex"]
        if "T" in timex:
            wanted.append(result)
    return wanted


def _same_minute(a: float, b: float) -> bool:
    return abs((a - b + DAY / 2) % DAY - DAY / 2) < 0.01


def _period_ok(result: dict, mentions: list[Mention]) -> bool:
    value = _time_values(result)[0]
    code = re.search(r"T([A-Z]+)$", value["timex"]).group(1)
    period, mod = RT_PERIODS.get(code), RT_MODS.get(value.get("Mod", ""))
    return any(dict(m.attrs).get("period") == period and dict(m.attrs).get("mod") == mod for m in mentions)


def _range_ok(result: dict, mentions: list[Mention]) -> bool:
    wanted = [(_minutes(v["start"]), _minutes(v["end"])) for v in _time_values(result)]
    for mention in mentions:
        readings = [(mention.low, mention.high), *mention.alternatives]
        for low, high in readings:
            if any(_same_minute(low, a) and _same_minute(high, b) for a, b in wanted):
                return True
    return False


def _point_ok(result: dict, mentions: list[Mention]) -> bool:
    values = _time_values(result)
    wanted = [_minutes(v.get("value") or v.get("start") or v.get("end")) for v in values]
    alternatives_count = len(values) > 1 or not MERIDIEM_RE.search(result["Text"])
    for mention in mentions:
        readings = [mention.low] + ([alt[0] for alt in mention.alternatives] if alternatives_count else [])
        if mention.low == mention.high and any(_same_minute(r, w) for r in readings for w in wanted):
            return True
    return False


def check_time(case: Case) -> tuple[bool, str]:
    found = find_times(case.input)
    if not case.results:
        return (not found), f"expected nothing, found: {_describe(found)}"
    if not time_results(case):
        return False, "only other models' results (dates, durations, sets): list the case in scope.yaml"
    for result in time_results(case):
        start = result["Start"]
        end = start + len(result["Text"])
        overlapping = [m for m in found if m.start < end and start < m.end]
        timex = _time_values(result)[0]["timex"]
        if re.search(r"T[A-Z]+$", timex):
            ok = _period_ok(result, overlapping)
        elif timex.startswith("("):
            ok = _range_ok(result, overlapping)
        else:
            ok = _point_ok(result, overlapping)
        if not ok:
            return False, f"{result['Text']!r} {json.dumps(_time_values(result))}: found {_describe(found)}"
    return True, ""


# ---------------------------------------------------------------- numbers


def check_number(case: Case) -> tuple[bool, str]:
    found = find_numbers(case.input)
    spans = {_stripped(case.input, m.start, m.end): m for m in found}
    for result in case.results:
        expected = float(result["Resolution"]["value"])
        mention = spans.get(_expected_span(case, result))
        if mention is None or not _close(mention.low, expected, NUMBER_TOLERANCE):
            return False, f"{result['Text']!r}={expected:g}: found {_describe(found)}"
    if len(found) != len(case.results):
        return False, f"expected {len(case.results)} number(s), found: {_describe(found)}"
    return True, ""


CHECKS: dict[str, Callable[[Case], tuple[bool, str]]] = {
    "length": check_length,
    "time": check_time,
    "number": check_number,
}


def run_case(case: Case) -> tuple[bool, str]:
    """Check one case; an exception counts as a failure, not a crash of the run."""
    try:
        return CHECKS[case.kind](case)
    except Exception as exc:  # a crash on one case is that case's failure, not the run's
        return False, f"{type(exc).__name__}: {exc}"


def pass_rate(kind: str, verbose: bool = False) -> tuple[int, int]:
    cases = in_scope(kind)
    passed = 0
    for case in cases:
        ok, detail = run_case(case)
        passed += ok
        if verbose and not ok:
            marker = "known" if known_failure(case) else "NEW"
            print(f"  [{marker}] {case.case_id} {case.input!r}: {detail}")
    return passed, len(cases)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every failing case")
    args = parser.parse_args(argv)
    for kind in FILES_BY_KIND:
        passed, total = pass_rate(kind, args.verbose)
        rate = 100 * passed / total if total else 0.0
        print(f"{kind}: {passed}/{total} in scope passed ({rate:.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
