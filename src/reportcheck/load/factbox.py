"""Fact boxes: the label-and-value lines a page sets beside its story.

Web pages and wire summaries of a quake, a cyclone or a crash give the main
figures as a box of lines, one fact a line: "Deaths: 15", "Injured: 200+",
"Magnitude: 6.1", "Depth: 10 km", "Location: Kozhikode, Kerala", often
after a bullet or a "►", or as a table's row flattened to "Fatalities 21".
Read as prose, the label is a sentence's subject with no verb, and the
figure is never counted; opened by a "►" the line looked like a link list's.

This module says which lines are such facts (labels are data:
``rules/factbox.yaml``): load keeps them whatever a furniture rule says,
the extractors read their figures with the label as the outcome, and the
incidents stage gives them to the main incident.  A page's own labels
("Updated:", "Source:", "Tags:") are not fact labels and stay furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.vocabulary import spaced_alternation
from reportcheck.load.furniture import furniture_rules

Reads = Literal["killed", "injured", "missing", "casualties", "magnitude", "depth", "date", "place"]


class FactLabel(Strict):
    """Labels of one kind of fact and what their value is."""

    reads: Reads
    words: list[str]
    in_block_only: bool = False


class FactBoxRules(Strict):
    """The contents of ``rules/factbox.yaml``."""

    labels: list[FactLabel]
    max_spaced_value_words: int
    max_value_chars: int
    zero_values: list[str]


@cache
def factbox_rules() -> FactBoxRules:
    return load_rule_file("factbox.yaml", FactBoxRules)


@dataclass(frozen=True)
class FactLine:
    """A fact line's parts, as offsets into the line given."""

    reads: Reads
    label_start: int
    label_end: int
    value_start: int
    value_end: int
    in_block_only: bool


@cache
def _label_words() -> dict[str, FactLabel]:
    return {word.lower(): label for label in factbox_rules().labels for word in label.words}


def _labels() -> str:
    """The labels as one alternation, longest first, any space between words."""
    return spaced_alternation(_label_words())


@cache
def _pattern() -> re.Pattern[str]:
    """A fact: a label, a separator and a value; the separator is a colon,
    "=", "|" or a spaced dash (``sep``), or a space alone."""
    rules = factbox_rules()
    return re.compile(
        rf"(?i)(?P<label>{_labels()})(?:\s*(?P<sep>[:=|])\s*|\s+(?P<dash>[-–—])\s+|\s+)"
        rf"(?P<value>\S.{{0,{rules.max_value_chars - 1}}}?)\s*(?=[;|,]\s*(?:{_labels()})\s*[:=]|\Z)"
    )


@cache
def _next_fact() -> re.Pattern[str]:
    """Where a line's next fact starts: "Dead: 3; Injured: 12", "Deaths: 9 |
    Missing: 2", "Dead: 4, injured: 9" (a label and its colon after the mark)."""
    return re.compile(rf"(?i)[;|,]\s*(?=(?:{_labels()})\s*[:=])")


@cache
def _marker() -> re.Pattern[str] | None:
    pattern = furniture_rules().list_marker
    return re.compile(pattern.removeprefix("(?m)")) if pattern else None


#: the value of a spaced row starts with a figure ("Fatalities 21", "Depth 10 km")
_FIGURE_FIRST = re.compile(r"[~≈<>]?\s*\d")


def facts_in(line: str) -> list[FactLine]:
    """The facts ``line`` states (a whole line, trimmed): none, or one, or
    several set side by side ("Dead: 3; Injured: 12")."""
    marker = _marker()
    found = marker.match(line) if marker is not None else None
    offset = found.end("marker") if found is not None else 0
    facts: list[FactLine] = []
    while True:
        fact, end = _fact_at(line, offset)
        if fact is None:
            return facts if end == len(line) else []
        facts.append(fact)
        if end == len(line):
            return facts
        following = _next_fact().match(line, end)
        if following is None:
            return []
        offset = following.end()


def fact_line(line: str) -> FactLine | None:
    """The first fact ``line`` states (a whole line, trimmed), or None."""
    facts = facts_in(line)
    return facts[0] if facts else None


def _fact_at(line: str, offset: int) -> tuple[FactLine | None, int]:
    """The fact that starts at ``offset`` of ``line`` and where it ends."""
    match = _pattern().match(line, offset)
    if match is None:
        return None, offset
    label = _label_words()[re.sub(r"\s+", " ", match.group("label").lower())]
    value = match.group("value")
    if not (match.group("sep") or match.group("dash")) and not _spaced_value(label, value):
        return None, offset
    fact = FactLine(
        reads=label.reads,
        label_start=match.start("label"),
        label_end=match.end("label"),
        value_start=match.start("value"),
        value_end=match.end("value"),
        in_block_only=label.in_block_only,
    )
    return fact, match.end()


#: the kinds a table row may give with only a space after the label: figures
SPACED_READS = frozenset({"killed", "injured", "missing", "casualties", "magnitude", "depth"})


def _spaced_value(label: FactLabel, value: str) -> bool:
    """A table row's value, with only a space after its label: a figure and a
    few words, of a kind whose value is a figure ("Fatalities 21", "Depth 10
    km"; a "Place 3 ..." or a "Scene 2 ..." is no row)."""
    return (
        label.reads in SPACED_READS
        and bool(_FIGURE_FIRST.match(value))
        and len(value.split()) <= factbox_rules().max_spaced_value_words
    )


def fact_line_numbers(lines: list[str]) -> set[int]:
    """The numbers of the lines of ``lines`` that state a fact of a box.

    A label that is a fact only in a box ("Date:") counts where the nearest
    non-empty line before or after it is a fact line too.
    """
    facts = {number: fact_line(line.strip()) for number, line in enumerate(lines)}
    found = {number for number, fact in facts.items() if fact is not None and not fact.in_block_only}
    for number, fact in facts.items():
        if fact is not None and fact.in_block_only and _beside_a_fact(lines, number, found):
            found.add(number)
    return found


def _beside_a_fact(lines: list[str], number: int, facts: set[int]) -> bool:
    before = next((n for n in range(number - 1, -1, -1) if lines[n].strip()), None)
    after = next((n for n in range(number + 1, len(lines)) if lines[n].strip()), None)
    return before in facts or after in facts
