"""A country's capital named by reference: "the Syrian capital", "Iraq's capital", "the capital".

Wire reporters name the capital a story happens in by its country as often
as by its name: "a car bomb in the Syrian capital killed nine" where
another report of the bombing says "in Damascus", "clashes in Iraq's
capital", "police clashed with protesters in the capital" of a story told
in Greece.  Read as no place, such a report gives the incident no town, and
its scene cannot agree with the other report's.  Here each reference is
read as the capital GeoNames gives its country
(:meth:`~reportcheck.knowledge.gazetteer.Gazetteer.capital_of`), the
country named by the adjective ("Syrian", by
:meth:`~reportcheck.knowledge.gazetteer.Gazetteer.country_of_adjective`),
by the name before "'s capital", or, for "the capital" and "the country's
capital" (``own`` of ``capital_references`` in rules/places.yaml), by the
country more than half of the report's towns, counties and states lie in
(:meth:`~reportcheck.knowledge.gazetteer.Gazetteer.home_country`: a
country named is more often background than home; a capital named by its
country, "the Syrian capital", counts as a town of it), or, where the
dateline names a capital ("KYIV -") and no reference names another
country ("BEIRUT - ... in the Syrian capital"), by that city's country.
"The capital" alone stands for a city the report names: the capital or a
place of its first-level region must be among the report's places (or its
other references: "the Syrian capital ... the capital's old quarter"), so
a local story's "the capital city" of a state capital ("BATON ROUGE, La.")
is not read as Washington.

A reference is left alone where the report names the city beside it ("the
capital, Athens", "the capital of Palermo", "Tehran, the capital"): the
name is read already.  A capitalised word there counts only when the
gazetteer knows it as a place: "in the Syrian capital Tuesday", "On
Tuesday, the Syrian capital" and "Meanwhile, the capital" name no city.
"The provincial capital", "the state capital" and a region's adjective
("the Sicilian capital") name no country and are read as no place, and so
are the capital of a country of several seats (``several_seats``: "the
Bolivian capital" is La Paz to reporters, Sucre to GeoNames) and an
adjective two countries share (``shared_adjectives``: "the Congolese
capital"); "capital" modifying a noun ("capital murder", "the capital
budget") is no city.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from reportcheck.extract.core.base import text_of
from reportcheck.knowledge.gazetteer import Place, get_gazetteer, place_rules

#: a capitalised word of a name: "Syrian", "South", "Iraq"
_WORD = r"[A-Z][a-z]+"


@cache
def _reference() -> re.Pattern[str]:
    """ "the Syrian capital", "the South Korean capital", "the country's
    capital", "the capital", "Iraq's capital", each with "city" after it or
    not."""
    own = "|".join(re.escape(w).replace("'", "['’]") for w in place_rules().capital_references.own)
    return re.compile(
        rf"\b[Tt]he\s+(?:(?P<adjective>{_WORD}(?:\s+{_WORD})?)\s+|(?P<own>{own})\s+)?capital(?:\s+city)?\b"
        rf"|\b(?P<country>{_WORD}(?:\s+{_WORD}){{0,2}})['’]s\s+(?P<noun>capital(?:\s+city)?)\b"
    )


#: the city named right after the reference: "the capital, Athens", "the capital Dhaka",
#: "the capital of Palermo", "the capital city of Turkmenistan - Ashgabat"; a
#: capitalised run counts only when it names a place (not "the capital Tuesday")
_OF_AFTER = re.compile(r"^\s*(?:,|-|–|—)?\s*of\b")
_NAME_AFTER = re.compile(r"^\s*(?:,|-|–|—)?\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")
#: a name and a comma right before the reference: "Tehran, the capital" (not
#: "On Tuesday, the capital", "Meanwhile, the capital")
_NAME_BEFORE = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}),\s*$")


@dataclass(frozen=True)
class CapitalReference:
    """A capital named by reference: the claim's span, the city read, and
    where the words start.  The claim of "Iraq's capital" holds the words
    "capital" only, since "Iraq" is a place claim of its own; what the
    reference is to the story is read from before "Iraq"."""

    start: int
    end: int
    place: Place
    words_start: int


def capital_references(
    doc: Doc, places: Sequence[Place], datelines: Sequence[Place] = ()
) -> list[CapitalReference]:
    """The capitals ``doc`` names by reference, given the places it names
    by name (``places``, for the country of a bare "the capital") and its
    dateline's (``datelines``: a story datelined in a capital, "KYIV -",
    means that city by "the capital" however many places of the attacker's
    country it names)."""
    text = text_of(doc)
    gazetteer = get_gazetteer()
    named: list[tuple[re.Match[str], str | None]] = []
    for match in _reference().finditer(text):
        if not _a_city(doc, match, text):
            continue
        named.append((match, _country_named(match)))
    explicit = [gazetteer.capital_of(country) for _, country in named if country]
    # the capitals named by their country ("the Syrian capital") vote as towns of it
    story = gazetteer.home_country([*places, *(p for p in explicit if p is not None)])
    seats = {p.country for p in datelines if p.country and _is_capital(p)}
    if len(seats) == 1 and not any(country for _, country in named):
        # a bureau's dateline ("BEIRUT -") over "the Syrian capital ... the capital" is no scene
        story = seats.pop()
    known = {(p.country, p.region) for p in [*places, *explicit] if p is not None and p.kind != "country"}
    found = []
    for match, country in named:
        bare = not (match.group("adjective") or match.group("country") or match.group("own"))
        if match.group("adjective") or match.group("country"):
            if country is None:
                continue  # "the Sicilian capital", "the provincial capital": no country's
        else:
            country = story
        if country in place_rules().capital_references.several_seats:
            continue  # "the Bolivian capital": La Paz, though GeoNames gives Sucre
        capital = gazetteer.capital_of(country) if country else None
        if capital is None or (bare and (capital.country, capital.region) not in known):
            continue  # "the capital" alone stands for a city the report names
        start = match.start("noun") if match.group("noun") else match.start()
        found.append(CapitalReference(start, match.end(), capital, match.start()))
    return found


def _is_capital(place: Place) -> bool:
    """Whether a place is the capital GeoNames gives its country (by its id,
    or by its name and region for a dateline's place the reader built, or
    the capital's own region: "NAIROBI" read as Nairobi City)."""
    capital = get_gazetteer().capital_of(place.country) if place.country else None
    if capital is None or place.kind == "country":
        return False
    return capital.geonameid == place.geonameid or (
        capital.region == place.region and place.name in (capital.name, capital.region_name)
    )


def _a_city(doc: Doc, match: re.Match[str], text: str) -> bool:
    """Whether the reference names a city the report does not name beside
    it: no place's name right before or after it, no noun it modifies ("capital
    murder")."""
    after = text[match.end() : match.end() + 40]
    if _OF_AFTER.match(after):
        return False
    if (named := _NAME_AFTER.match(after)) and _a_place(named.group("name").split(), from_start=True):
        return False
    if (named := _NAME_BEFORE.search(text[max(0, match.start() - 60) : match.start()])) and _a_place(
        named.group("name").split(), from_start=False
    ):
        return False
    span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span[-1]
    return head.dep_ not in ("compound", "amod", "nmod") or head.head.i < head.i


def _a_place(words: list[str], *, from_start: bool) -> bool:
    """Whether a run of capitalised words beside the reference names a place
    in the gazetteer: its first words after it ("the capital Kuala Lumpur
    on Monday"), its last words before it ("in Kuala Lumpur, the capital").
    A weekday or an opening adverb ("Tuesday", "Meanwhile") names none."""
    gazetteer = get_gazetteer()
    if from_start:
        runs = [words[:n] for n in range(len(words), 0, -1)]
    else:
        runs = [words[n:] for n in range(len(words))]
    return any(gazetteer.resolve(" ".join(run).rstrip(".")) is not None for run in runs)


def _country_named(match: re.Match[str]) -> str | None:
    """The country an adjective or a possessive names ("Syrian", "Iraq's"), or None."""
    adjective = match.group("adjective")
    if adjective and adjective in place_rules().capital_references.shared_adjectives:
        return None  # "the Congolese capital": Kinshasa or Brazzaville
    # "In Iraq's capital": the name ends the run
    return get_gazetteer().country_named(adjective, match.group("country"), last_words=True)
