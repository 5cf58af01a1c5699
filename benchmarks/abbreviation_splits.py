"""Sentences the pipeline starts right after a short form's stop, with and without the rule.

Run ``python benchmarks/abbreviation_splits.py [--show N]``.  For every line of
the corpora's texts (``../shared/corpus``: GVC, GVDB, ECB+, pages_dev) with a
short form written with its stop ("a.m.", "p.m.", "St.", "Ave.", "Blvd.", "Rd.",
"Gov.", "Sgt.", "Lt.", "Dr.", "Jan.", "No.", "U.S.", "Mt.", "Ft.") and a word
after it, the line is run through the pipeline twice: with the line-break
component's ``keep_abbreviations_with_next`` (rules/abbreviations.yaml) and
with it switched off, the parser and the other boundary rules alone.  It
prints, per short form and kind of the next word (a weekday, a month, a word
in small letters, a figure, a capital), how many such stops there are and at
how many a sentence starts, before and after.  A capital after a street's
stop is mostly a real end ("at 1501 Milton St. The incident"), a weekday after
a clock time or a word in small letters after any of them never is.

``--show N`` prints N of the stops whose boundary the rule changed, seeded, to
read (the corpora's text is for research use: it is printed, never stored).
No timings: the figures are counts.
"""

from __future__ import annotations

import argparse
import calendar
import random
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reportcheck.extract.core import lines
from reportcheck.pipeline import build_pipeline

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
#: each corpus's texts
TEXTS = {
    "gvc": "semeval_gvc_dev/text/*.txt",
    "gvdb": "gvdb_dev/text/*.txt",
    "ecbplus": "ecbplus_dev/text/*/*.txt",
    "pages": "pages_dev/text/*.txt",
}
#: the short forms counted, as written
FORMS = (
    "a.m.",
    "p.m.",
    "St.",
    "Ave.",
    "Blvd.",
    "Rd.",
    "Dr.",
    "Gov.",
    "Sgt.",
    "Lt.",
    "Capt.",
    "Det.",
    "Sen.",
    "Rep.",
)
FORMS += ("Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "U.S.", "Mt.", "Ft.", "Co.", "Hwy.")
#: a short form with its stop (glued to a clock's figures or not) and the word after it
STOP_AND_WORD = re.compile(r"(?<![A-Za-z.])(" + "|".join(map(re.escape, FORMS)) + r") +([A-Za-z0-9][\w'’-]*)")
WEEKDAYS = frozenset(calendar.day_name)
MONTHS = frozenset(calendar.month_name[1:])


@dataclass(frozen=True)
class Stop:
    """One short form's stop in a corpus line, the kind of word after it, and
    where that word starts in the line."""

    corpus: str
    form: str
    kind: str
    line: str
    at: int


def word_kind(word: str) -> str:
    """What the word after the stop is: a weekday, a month, a figure, a word in
    small letters or a capital."""
    bare = word.rstrip(".")
    if bare in WEEKDAYS:
        return "weekday"
    if bare in MONTHS:
        return "month"
    if bare[:1].isdigit():
        return "figure"
    return "small" if bare[:1].islower() else "capital"


def corpus_stops() -> Iterator[Stop]:
    for corpus, pattern in TEXTS.items():
        for path in sorted(CORPUS.glob(pattern)):
            for line in path.read_text(encoding="utf-8", errors="replace").split("\n"):
                for match in STOP_AND_WORD.finditer(line):
                    yield Stop(corpus, match.group(1), word_kind(match.group(2)), line, match.start(2))


def sentence_starts(stops: list[Stop]) -> set[Stop]:
    """The stops after which the pipeline starts a sentence."""
    nlp = build_pipeline()
    starts: dict[str, set[int]] = {}
    for line in dict.fromkeys(stop.line for stop in stops):
        starts[line] = {token.idx for token in nlp(line) if token.is_sent_start}
    return {stop for stop in stops if stop.at in starts[stop.line]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N changed stops (seeded) to read")
    args = parser.parse_args()
    stops = list(corpus_stops())
    after = sentence_starts(stops)
    rule = lines.keep_abbreviations_with_next
    lines.keep_abbreviations_with_next = lambda doc: None  # the parser and the other rules alone
    try:
        before = sentence_starts(stops)
    finally:
        lines.keep_abbreviations_with_next = rule
    total = Counter((stop.form, stop.kind) for stop in stops)
    cut_before = Counter((stop.form, stop.kind) for stop in before)
    cut_after = Counter((stop.form, stop.kind) for stop in after)
    print(f"{'form':6} {'next word':9} {'stops':>6} {'split before':>13} {'split after':>12}")
    for key in sorted(total, key=lambda k: (-total[k], k)):
        print(f"{key[0]:6} {key[1]:9} {total[key]:6} {cut_before[key]:13} {cut_after[key]:12}")
    print(f"all    {len(stops):16} {len(before):13} {len(after):12}")
    for corpus in TEXTS:
        counts = [sum(stop.corpus == corpus for stop in group) for group in (stops, before, after)]
        print(f"{corpus}: stops {counts[0]}, split before {counts[1]}, after {counts[2]}")
    changed = sorted(before ^ after, key=lambda s: (s.corpus, s.line, s.at))
    print(f"changed: {len(before - after)} joined, {len(after - before)} newly split")
    for stop in random.Random(45).sample(changed, min(args.show, len(changed))):
        side = "joined" if stop in before else "split"
        around = stop.line[max(0, stop.at - 90) : stop.at + 60]
        print(f"  [{side}] {stop.corpus} {stop.form} {stop.kind}: ...{around}...")


if __name__ == "__main__":
    main()
