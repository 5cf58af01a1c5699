"""Page furniture: captions, link blocks, sign-up blurbs and other non-report text.

A report saved from a news site carries the site around it: "READ MORE:"
links to other stories, picture captions, "Advertisement" labels, newsletter
consent text, an aggregator's disclaimer.  Read as report text these become
false claims, or a caption is counted as a second telling of the same fact.
The rules that recognise them are data (``rules/furniture.yaml``): a ``line``
rule drops a whole line it matches, a ``head`` rule the first kept line of
the text if the headline or body follows it (a section label), an ``inline`` rule
drops only its match.  Patterns may name shared parts (``<<date>>``) that the
file's ``parts`` spell out once.

This module also puts a line break where a page title runs into the first
sentence (see :mod:`reportcheck.load.titles`).  All changes are returned as
offset-keeping edits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from pydantic import ConfigDict, field_validator, model_validator

from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.load.offsets import Edit
from reportcheck.load.titles import GluedTitle, find_glued_title


class FurnitureRule(Strict):
    """One kind of page furniture and the pattern that recognises it."""

    model_config = ConfigDict(strict=True)  # and extra="forbid", from Strict

    name: str
    pattern: str
    scope: Literal["line", "head", "inline"]
    description: str

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from exc
        return pattern


class FurnitureRules(Strict):
    """The contents of ``rules/furniture.yaml``."""

    model_config = ConfigDict(strict=True)  # and extra="forbid", from Strict

    #: named pieces of patterns, written ``<<name>>`` in a pattern or a later part
    parts: dict[str, str] = {}
    #: a list item's marker at a line's start; its ``marker`` group is taken out of the text (None: none)
    list_marker: str | None = None
    rules: list[FurnitureRule]

    @field_validator("list_marker")
    @classmethod
    def _marker_group(cls, pattern: str | None) -> str | None:
        if pattern is None:
            return None
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from exc
        if "marker" not in compiled.groupindex:
            raise ValueError("the list marker pattern must name the marker (?P<marker>...)")
        return pattern

    @model_validator(mode="after")
    def _patterns_compile(self) -> FurnitureRules:
        parts = self.expanded_parts()
        for rule in self.rules:
            _expand(rule.pattern, parts, f"rule {rule.name}")
        return self

    def expanded_parts(self, *, check: bool = True) -> dict[str, str]:
        """The parts with the parts they name spelled out (``check``: each must compile alone)."""
        expanded: dict[str, str] = {}
        for name, part in self.parts.items():
            expanded[name] = _expand(part, expanded, f"part {name}", check=check)
        return expanded

    def expanded_pattern(self, rule: FurnitureRule) -> str:
        """A rule's pattern with its parts spelled out."""
        return _expand(rule.pattern, self.expanded_parts(), f"rule {rule.name}")

    @field_validator("rules")
    @classmethod
    def _names_are_unique(cls, rules: list[FurnitureRule]) -> list[FurnitureRule]:
        names = [rule.name for rule in rules]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise ValueError(f"rule names must be unique: {', '.join(duplicates)}")
        return rules


_PART = re.compile(r"<<([a-z][a-z0-9_-]*)>>")


def _expand(pattern: str, parts: dict[str, str], where: str, *, check: bool = True) -> str:
    """``pattern`` with each ``<<name>>`` replaced by the (non-capturing) part; with ``check``
    it must compile (a part is checked alone, so an error names the part that has it)."""

    def part(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in parts:
            raise ValueError(f"{where} names an unknown part <<{name}>>")
        return f"(?:{parts[name]})"

    expanded = _PART.sub(part, pattern)
    if not check:
        return expanded
    try:
        re.compile(expanded)
    except re.error as exc:
        raise ValueError(f"{where}: not a valid regular expression: {exc}") from exc
    return expanded


@cache
def furniture_rules() -> FurnitureRules:
    """The packaged furniture rules, read and validated once."""
    return load_rule_file("furniture.yaml", FurnitureRules)


@dataclass(frozen=True)
class CompiledRule:
    name: str
    pattern: re.Pattern[str]


@cache
def _compiled(scope: str) -> tuple[CompiledRule, ...]:
    rules = furniture_rules()
    # the parts once, not once per rule, and not compiled alone: the rules were checked when
    # validated, and compiling the 15 parts on their own cost a cold run 6 ms for nothing
    parts = rules.expanded_parts(check=False)
    return tuple(
        CompiledRule(rule.name, re.compile(_expand(rule.pattern, parts, f"rule {rule.name}")))
        for rule in rules.rules
        if rule.scope == scope
    )


def line_rule_for(line: str, *, in_head: bool = False) -> str | None:
    """The name of the line rule that makes ``line`` (trimmed) furniture, or None.

    ``in_head``: the line is the first of the text above the headline, where head rules apply too.
    """
    stripped = line.strip()
    if not stripped:
        return None
    for rule in _compiled("line") + (_compiled("head") if in_head else ()):
        if rule.pattern.fullmatch(stripped):
            return rule.name
    return None


#: a head rule's line is followed by a line of more words than this (the headline or the body)
MAX_HEAD_LABEL_WORDS = 2


def _headline_follows(lines: list[str], number: int) -> bool:
    """Whether the next non-empty line after ``lines[number]`` is longer than a label."""
    following = next((line for line in lines[number + 1 :] if line.strip()), "")
    return len(following.split()) > MAX_HEAD_LABEL_WORDS


def inline_matches(line: str) -> list[tuple[int, int, str]]:
    """Every inline furniture match in ``line`` as (start, end, rule name), overlaps merged."""
    spans = sorted(
        (match.start(), match.end(), rule.name)
        for rule in _compiled("inline")
        for match in rule.pattern.finditer(line)
        if match.end() > match.start()
    )
    merged: list[tuple[int, int, str]] = []
    for start, end, name in spans:
        if merged and start < merged[-1][1]:
            last_start, last_end, last_name = merged[-1]
            merged[-1] = (last_start, max(last_end, end), last_name)
        else:
            merged.append((start, end, name))
    return merged


@dataclass(frozen=True)
class Dropped:
    """A stretch of text dropped as furniture: which rule, and where (offsets of the text examined)."""

    rule: str
    start: int
    end: int


@dataclass(frozen=True)
class FurnitureResult:
    """What :func:`furniture_edits` decided for one text."""

    edits: list[Edit]
    dropped: list[Dropped]
    glued_title: GluedTitle | None


def furniture_edits(text: str) -> FurnitureResult:
    """Edits that drop furniture lines and matches and break a glued title from its body.

    ``text`` is normalised text whose lines are already trimmed.
    """
    edits: list[Edit] = []
    dropped: list[Dropped] = []
    glued_title: GluedTitle | None = None
    first_kept_line_seen = False
    title: str | None = None
    lines = text.split("\n")
    facts = _fact_lines(lines)
    line_start = 0
    for number, line in enumerate(lines):
        line_end = line_start + len(line)
        if number in facts:  # "► Deaths: 15", a box's "Date: 7 August 2020": kept whole
            first_kept_line_seen = True
            line_start = line_end + 1
            continue
        in_head = not first_kept_line_seen and _headline_follows(lines, number)
        rule = line_rule_for(line, in_head=in_head) or _repeated_title(line, title)
        if rule is not None:
            stop = line_end + 1 if line_end < len(text) else line_end
            edits.append(Edit(line_start, stop))
            dropped.append(Dropped(rule, line_start, line_end))
        elif line:
            inline = inline_matches(line)
            if not first_kept_line_seen:
                first_kept_line_seen = True
                title = line
                glued_title = find_glued_title(line, only_line=_only_text_line(lines))
                if glued_title and _inside_any(glued_title.body_start, inline):
                    glued_title = None
                if glued_title:
                    edits.append(
                        Edit(line_start + glued_title.body_start, line_start + glued_title.body_start, "\n")
                    )
            for start, end, name in inline:
                edits.append(Edit(line_start + start, line_start + end))
                dropped.append(Dropped(name, line_start + start, line_start + end))
        line_start = line_end + 1
    edits.sort(key=lambda edit: (edit.start, edit.end))
    return FurnitureResult(edits, dropped, glued_title)


def _fact_lines(lines: list[str]) -> set[int]:
    """The lines of a fact box (:mod:`reportcheck.load.factbox`), which no furniture rule drops.

    A "►" opens a link list's lines and a fact box's alike, and "Date:"
    a page's stamp and a box's day: what follows the mark decides.
    Imported here, not at the top: the fact box reads the list marker from
    this module's rules."""
    from reportcheck.load.factbox import fact_line_numbers  # noqa: PLC0415

    return fact_line_numbers(lines)


#: a repeated first line is a page title only when it has at least this many words
MIN_REPEATED_TITLE_WORDS = 4


def _repeated_title(line: str, title: str | None) -> str | None:
    """ "repeated-title" when a line repeats the page's first line word for word.

    A crawled page carries its headline twice (the title tag and the heading
    above the story); read twice, its claims would count twice.  A short line
    ("Advertisement") may repeat by chance, so only a title of some words
    counts, and only a headline's form: a first line ending in a full stop is
    the story's first sentence, which a plain text may repeat and keeps.
    """
    if title is None or line != title or len(line.split()) < MIN_REPEATED_TITLE_WORDS:
        return None
    if line.rstrip("\"'”’").endswith((".", "!", "?")):
        return None
    return "repeated-title"


def _only_text_line(lines: list[str]) -> bool:
    return sum(1 for line in lines if line.strip()) == 1


def _inside_any(position: int, spans: list[tuple[int, int, str]]) -> bool:
    return any(start < position < end for start, end, _ in spans)
