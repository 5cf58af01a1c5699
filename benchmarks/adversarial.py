"""Adversarial input for every rule: time must grow linearly with the text.

Run ``python benchmarks/adversarial.py`` (``--sizes 10000 50000 100000``;
``--rules find_numbers`` and ``--inputs digits`` pick some).  Each rule (the
text-level entry point of each extractor and load-stage cleaner) is fed each
adversarial text: runs of digits, dots, unit words, "at least at least ...",
capitalised words, month names, clock times, number words, spaces.  CPU
time is printed for the slowest inputs of each rule; a rule whose time grows
faster than its input (a regular expression that backtracks, a quadratic
scan) shows a growth far above the size ratio.  ``tests/test_backtracking.py``
runs every rule on 20,000 characters of each text with a generous bound.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import time
from collections.abc import Callable
from functools import cache

#: each adversarial text is its unit repeated to the wanted length
ADVERSARIAL_UNITS: dict[str, str] = {
    "digits": "1",
    "spaced-digits": "1 ",
    "digit-groups": "1,000 ",
    "dots": ".",
    "dotted-numbers": "1.",
    "unit-words": "km miles feet ",
    "numbers-and-units": "5 km 5 miles 5-foot ",
    "at-least": "at least ",
    "hedged-numbers": "at least about nearly 5 ",
    "capitalised-words": "Police Officer John Smith ",
    "month-names": "January February March ",
    "dates": "January 1, 2010 ",
    "clock-times": "10:30 a.m. ",
    "number-words": "twenty-five thousand and ",
    "ranges": "1-2 to 3 - ",
    "years-old": "34-year-old ",
    "dashes-and-caps": "NEW YORK - ",
    "quotes": "\"\u201c\u2019'",
    "markdown": "**_[`#",
    "spaces": " ",
    "newlines": "\n",
    "blank-lines": " \n",
    "html": "<p><div>&amp;",
    "letters": "a",
    "number-word-runs": "one ",
    "digit-commas": "1,",
    "and-runs": "and ",
    "hundred-and": "one hundred and ",
    "between-and": "between 1 and ",
    "feet-marks": "5'",
    "clock-colons": "7:",
    "half-past": "half past ",
    "in-the-morning": "in the morning ",
    "slashes": "1/",
    "may": "May ",
    "weekdays": "Monday ",
    "year-commas": "1994, ",
}
#: one long run between words, which whole-text cleaning does not collapse first: name -> (head, run, tail)
FRAMED_RUNS: dict[str, tuple[str, str, str]] = {
    "space-run": ("Police said", " ", "two died."),
    "tab-run": ("Police said", "\t", "two died."),
    "dash-run": ("Police said ", "-", " two died."),
    "digit-run-in-prose": ("Police said ", "9", " people died."),
    "dashes-before-unit": ("", "1-", "km"),
    "articles-before-dozen": ("", "a ", "dozen"),
    "articles-before-unit": ("", "a ", "mile"),
    "articles-before-ago": ("", "a ", "days ago"),
    "at-before-hour": ("", "at ", "7"),
    "day-after-runs": ("", "the day after ", "Christmas"),
    "on-the-runs": ("", "on the ", "18th"),
}
REFERENCE_DATE = dt.date(2024, 3, 10)


def input_names() -> list[str]:
    return [*ADVERSARIAL_UNITS, *FRAMED_RUNS]


def adversarial_text(name: str, size: int) -> str:
    if name in FRAMED_RUNS:
        head, run, tail = FRAMED_RUNS[name]
        return head + run * max(size - len(head) - len(tail), 0) + tail
    unit = ADVERSARIAL_UNITS[name]
    return (unit * (size // len(unit) + 1))[:size]


@cache
def rules() -> dict[str, Callable[[str], object]]:
    """Name -> a function running one rule over a text (each module's own entry point)."""
    from reportcheck.extract.core.numberfinder import find_numbers
    from reportcheck.extract.core.numbers import parse_number
    from reportcheck.extract.dates.finders import find_dates
    from reportcheck.extract.quantities.finders import find_quantities
    from reportcheck.extract.quantities.magnitude import find_magnitudes
    from reportcheck.extract.times.finders import find_times
    from reportcheck.extract.weapons.component import find_weapons
    from reportcheck.load.dates import date_line_date, dateline_date
    from reportcheck.load.html import looks_like_html
    from reportcheck.load.meta import find_headline, header_lines
    from reportcheck.load.normalise import character_edits, whitespace_edits
    from reportcheck.load.titles import find_glued_title

    return {
        "numbers.find_numbers": find_numbers,
        "numbers.parse_number": parse_number,
        "quantities.find_quantities": find_quantities,
        "timeofday.find_times": find_times,
        "dates.find_dates": lambda text: find_dates(text, REFERENCE_DATE),
        "magnitude.find_magnitudes": find_magnitudes,
        "weapons.find_weapons": find_weapons,
        "load.character_edits": character_edits,
        "load.whitespace_edits": whitespace_edits,
        "load.clean_text": lambda text: _load(text, "report.txt"),
        "load.clean_markdown": lambda text: _load(text, "report.md"),
        "load.find_glued_title": find_glued_title,
        "load.date_line_date": date_line_date,
        "load.dateline_date": dateline_date,
        "load.find_headline": lambda text: find_headline(header_lines(text)),
        "load.looks_like_html": lambda text: looks_like_html("x.txt", text),
    }


def _load(text: str, path: str) -> None:
    """The whole cleaning chain as a file gets it (markup, characters, whitespace, furniture, headline);
    furniture rules see text whose space runs are already collapsed, as they do in use."""
    from reportcheck.errors import ReportcheckError
    from reportcheck.load import load_text

    with contextlib.suppress(ReportcheckError):  # refusing whitespace-only text is a correct outcome
        load_text(text, path=path)


def seconds(function: Callable[[str], object], text: str) -> float:
    started = time.process_time()
    function(text)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    parser.add_argument("--rules", nargs="*", default=[], help="only rules whose name holds one of these")
    parser.add_argument("--inputs", nargs="*", default=[], help="only these adversarial inputs")
    parser.add_argument("--worst", type=int, default=3, help="inputs listed per rule, slowest first")
    args = parser.parse_args()
    wanted = args.rules
    timed = {name: rule for name, rule in rules().items() if not wanted or any(r in name for r in wanted)}
    inputs = args.inputs or input_names()
    sizes = sorted(args.sizes)
    header = "".join(f"{size // 1000:>7}k" for size in sizes)
    print(f"CPU seconds per rule and adversarial input ({len(timed)} rules, {len(inputs)} inputs)")
    print(f"{'rule':<36}{'input':<20}{header}   growth x{sizes[-1] // sizes[0]} size")
    worst_growth = 0.0
    for rule, function in timed.items():
        rows = []
        for name in inputs:
            times = [seconds(function, adversarial_text(name, size)) for size in sizes]
            rows.append((times[-1], name, times))
        rows.sort(reverse=True)
        for _, name, times in rows[: args.worst]:
            growth = times[-1] / max(times[0], 1e-4)
            worst_growth = max(worst_growth, growth if times[-1] > 0.01 else 0.0)
            cells = "".join(f"{t:8.3f}" for t in times)
            print(f"{rule:<36}{name:<20}{cells}   x{growth:.1f}", flush=True)
    print(f"worst growth of a rule taking over 10 ms: x{worst_growth:.1f} for x{sizes[-1] // sizes[0]} input")


if __name__ == "__main__":
    main()
