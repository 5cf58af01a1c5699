"""The number of people on board a plane, train, bus or ship.

A crash report counts the people a vehicle carried ("There were 191
passengers on board", "the bus was carrying 40 people"), and often lists
them by kind ("174 adult passengers, 10 infants, two pilots and four cabin
crew"): a tally two reports can disagree on, read here from a count of
people with no outcome in a clause that says they were on board
(``on_board_words`` and ``carrying_verbs`` in rules/counts.yaml).

A list of passengers and crew is also read part by part ("It carried 68
passengers and four crew" against "It had 66 passengers and six crew": the
sums agree, the parts do not), and a toll of everyone on board ("killing all
62 people on board") counts the people on board too.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from reportcheck.extract.core.base import RawClaim, lemma_of
from reportcheck.extract.counts.quantity import Quantity, conjunct_count, other_count_claim, people_group
from reportcheck.knowledge.casualties import lexicon
from reportcheck.models import Value


def _value(number: float, written: float) -> Value:
    return Value(unit="people", written=written, low=number, high=number, label=f"{int(number)}")


#: the subject of a count of the people a vehicle carried
ON_BOARD = "people on board"


def on_board_claim(quantity: Quantity) -> RawClaim | None:
    """ "There were 191 passengers on board", "the bus was carrying 40
    people", "174 passengers, 10 infants, two pilots and four cabin crew
    aboard" (summed as one list): the number of people on board, a tally
    two reports of a crash can disagree on."""
    if quantity.low != quantity.high or quantity.first.lower_ in ("a", "an", "another"):
        return None
    doc = quantity.first.doc
    lex = lexicon()
    verb = next((a for a in quantity.arg.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    clause = " " + " ".join(t.lower_ for t in doc[verb.left_edge.i : verb.right_edge.i + 1]) + " "
    carried = quantity.arg.dep_ == "dobj" and (
        lemma_of(verb) in lex.carrying_verbs
        or lemma_of(verb) in lex.on_board_having
        and len(_parts(quantity)) > 1  # "It had 66 passengers and six crew"
    )
    if not carried and not any(f" {word} " in clause for word in lex.on_board_words):
        return None
    if quantity.arg.dep_ in ("appos", "conj") and people_group(quantity.arg.head) is not None:
        return None  # "(174 passengers,) 10 infants": one entry of a list, counted at its head
    noun = quantity.noun
    last = noun if noun is not None and noun.i > quantity.last.i else quantity.last
    listed = _listed_after(quantity.arg, quantity.last.i)
    if listed is None:
        return None
    total, end = listed
    last = end if end is not None and end.i > last.i else last
    value = _value(quantity.low, quantity.written)
    if total:
        value = _value(quantity.low + total, quantity.low + total)
    return other_count_claim(quantity, last, subject=ON_BOARD, label=ON_BOARD, group=ON_BOARD, value=value)


def _listed_after(noun: Token, counted_to: int) -> tuple[int, Token | None] | None:
    """The people listed after a count of people by apposition: "174 adult
    passengers, 10 infants, two pilots and four cabin crew" adds 16 (and the
    last word); (0, None) when nothing is listed; None when an entry is no
    count of people (the list cannot be summed).  Entries up to
    ``counted_to`` are in the count already (a list the count reader summed)."""
    total, last = 0, None
    for child in noun.children:
        if child.dep_ != "appos" or child.i <= counted_to:
            continue
        entries = [child]
        while entries:
            entry = entries.pop(0)
            count = conjunct_count(entry)
            if count is None:
                return None
            total += count
            last = entry if last is None or entry.i > last.i else last
            entries += [c for c in entry.children if c.dep_ == "conj"]
    return total, last


def on_board_parts(quantity: Quantity, whole: RawClaim) -> list[RawClaim]:
    """The parts of a count of the people on board that a list tells, one
    claim each, of scope ``subgroup:KIND``: "68 passengers" and "four crew"
    of "It carried 68 passengers and four crew" (``on_board_parts``), so
    that two reports whose sums agree are still set part against part.
    None where the list names anything else or a kind twice."""
    parts = _parts(quantity)
    if len(parts) < 2 or sum(count for _, count, _ in parts) != whole.value.low:
        return []
    claims = []
    for noun, count, part in parts:
        figure = next(c for c in noun.children if c.dep_ == "nummod")
        one = Quantity(figure, figure, count, count, count, noun, noun)
        claim = other_count_claim(
            one, noun, subject=ON_BOARD, label=ON_BOARD, group=ON_BOARD, value=_value(count, count)
        )
        claims.append(replace(claim, frame=claim.frame.model_copy(update={"scope": f"subgroup:{part}"})))
    return claims


def _parts(quantity: Quantity) -> list[tuple[Token, int, str]]:
    """The entries of a list of people on board, each with its count and its
    part ("passenger", "crew"), when every entry is a part of its own and no
    part comes twice; [] otherwise."""
    first = quantity.first
    if first.dep_ != "nummod" or first.head.pos_ != "NOUN":
        return []
    entries = [first.head]
    found: list[tuple[Token, int, str]] = []
    while entries:
        entry = entries.pop(0)
        count = conjunct_count(entry) if any(c.dep_ == "nummod" for c in entry.children) else None
        part = _part_of(entry)
        if count is None or part is None or any(part == p for _, _, p in found):
            return []
        found.append((entry, count, part))
        entries += [c for c in entry.children if c.dep_ in ("conj", "appos")]
    return found


def _part_of(noun: Token) -> str | None:
    """The part of the people on board a noun names ("passengers": passenger,
    "crew members": crew), with no word before it that narrows it ("adult
    passengers" are not all the passengers)."""
    part_of = lexicon().on_board_part_of
    if any(c.dep_ == "amod" for c in noun.children):
        return None
    compounds = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    lemma = lemma_of(noun)
    if compounds:
        return part_of.get(" ".join([*compounds, lemma]))
    return part_of.get(lemma)


def everyone_on_board(quantity: Quantity) -> RawClaim | None:
    """ "killing all 62 people on board", "All 157 people aboard ... were
    killed": a toll of everyone on board is also the number on board (read
    as :func:`on_board_claim` reads a count with no outcome)."""
    noun = quantity.noun
    everyone = lexicon().everyone
    words = [*(noun.children if noun is not None else ()), *quantity.first.children]
    before = quantity.first.doc[quantity.first.i - 1] if quantity.first.i > 0 else None
    if not any(t.lower_ in everyone for t in words) and (before is None or before.lower_ not in everyone):
        return None
    return on_board_claim(quantity)
