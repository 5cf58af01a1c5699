"""The number of people on board a plane, train, bus or ship.

A crash report counts the people a vehicle carried ("There were 191
passengers on board", "the bus was carrying 40 people"), and often lists
them by kind ("174 adult passengers, 10 infants, two pilots and four cabin
crew"): a tally two reports can disagree on, read here from a count of
people with no outcome in a clause that says they were on board
(``on_board_words`` and ``carrying_verbs`` in rules/counts.yaml).
"""

from __future__ import annotations

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
    carried = lemma_of(verb) in lex.carrying_verbs and quantity.arg.dep_ == "dobj"
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
