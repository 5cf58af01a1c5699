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

from spacy.tokens import Span, Token

from reportcheck.extract.core.base import RawClaim, lemma_of
from reportcheck.extract.core.lines import in_title_case
from reportcheck.extract.counts.quantity import (
    Quantity,
    conjunct_count,
    other_count_claim,
    people_group,
    quantity_at,
    whole_number_at,
)
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.gazetteer.names import normalise, word_set
from reportcheck.knowledge.names import people_lexicon
from reportcheck.knowledge.vocabulary import ON_BOARD
from reportcheck.models import Value


def _value(number: float, written: float) -> Value:
    return Value(unit="people", written=written, low=number, high=number, label=f"{int(number)}")


def on_board_claim(quantity: Quantity) -> RawClaim | None:
    """ "There were 191 passengers on board", "the bus was carrying 40
    people", "174 passengers, 10 infants, two pilots and four cabin crew
    aboard" (summed as one list), "a ferry with 58 passengers and 10 crew",
    "some 420 passengers and crew": the number of people on board, a tally
    two reports of a crash can disagree on.  A count of the passengers (or
    the crew) alone is that part (see :func:`_part_alone`)."""
    if quantity.low != quantity.high or quantity.first.lower_ in lexicon().one_person_or_more:
        return None
    if quantity.noun is not None and quantity.first.i == quantity.noun.i:
        return None  # "(said X,) owner of the trawler": a bare noun of one person counts no one on board
    doc = quantity.first.doc
    lex = lexicon()
    verb = next((a for a in quantity.arg.ancestors if a.pos_ in ("VERB", "AUX")), None)
    everyone = _with_bare_part(quantity)  # "420 passengers and crew"
    if verb is None and not everyone and not _carried_with(quantity):
        return None
    clause = (
        " " + " ".join(t.lower_ for t in doc[verb.left_edge.i : verb.right_edge.i + 1]) + " " if verb else ""
    )
    parts = _parts(quantity)
    carried = (
        _carried_with(quantity)
        or _riding(quantity, verb)
        or (
            verb is not None
            and quantity.arg.dep_ == "dobj"
            and (
                lemma_of(verb) in lex.carrying_verbs
                or lemma_of(verb) in lex.on_board_having
                and len(parts) > 1  # "It had 66 passengers and six crew"
            )
        )
    )
    if not (carried or everyone) and not any(f" {word} " in clause for word in lex.on_board_words):
        return None
    if verb is not None and _lifted_aboard(verb):
        return None  # "Eleven crew members were hoisted on board the helicopter": the rescued
    if quantity.arg.dep_ in ("appos", "conj") and people_group(quantity.arg.head) is not None:
        return None  # "(174 passengers,) 10 infants": one entry of a list, counted at its head
    noun = quantity.noun
    last = noun if noun is not None and noun.i > quantity.last.i else quantity.last
    listed = _listed_after(quantity.arg, quantity.last.i)
    if listed is None:
        return None
    total, end = listed
    told_again = _breakdown(quantity) is not None
    if told_again:
        # "nine occupants: seven passengers and two crew members": the nine,
        # told part by part (the parts are claims of their own: on_board_parts;
        # the evidence spans the list, so no other reader counts its entries)
        total = 0
    elif not total and len(parts) > 1 and parts[-1][1].i > last.i:
        total = sum(count for _, _, count, _ in parts[1:])  # "58 passengers and 10 crew", read word by word
        end = parts[-1][1]
    if everyone:
        end = everyone
    last = end if end is not None and end.i > last.i else last
    value = _value(quantity.low, quantity.written)
    if total:
        value = _value(quantity.low + total, quantity.low + total)
    if told_again and noun is not None and (figure := _own_figure(noun)) is not None:
        value = _value(figure, figure)  # the count reader summed "nine occupants" with its parts
    claim = other_count_claim(quantity, last, subject=ON_BOARD, label=ON_BOARD, group=ON_BOARD, value=value)
    if not total and not everyone and (part := _part_alone(quantity)) is not None:
        claim = replace(claim, frame=claim.frame.model_copy(update={"scope": f"{SUBGROUP}:{part}"}))
    return claim


def _lifted_aboard(verb: Token) -> bool:
    """Whether a verb lifts the people it tells of onto a rescuer's craft:
    "Eleven crew members were hoisted on board the helicopter", "were
    winched aboard" (``on_board_rescue_verbs``, onto any craft), "5 persons
    ... were taken aboard the rescue vessel" (``on_board_taking_verbs``,
    only onto a craft a responder's word names: ``part_responder_words`` of
    rules/people.yaml).  Those are the rescued, never the people the
    incident's vehicle carried; "300 migrants were taken aboard the boat"
    stays a count on board."""
    lex = lexicon()
    lemma = lemma_of(verb)
    if lemma in lex.on_board_rescue:
        return True
    if lemma not in lex.on_board_taking:
        return False
    responders = people_lexicon().part_responder_words
    return any(word.lower_ in responders for word in _craft_boarded(verb))


#: how many words after "aboard" or "on board" its craft's noun is looked for in
CRAFT_WINDOW = 4


def _craft_boarded(verb: Token) -> list[Token]:
    """The words of the craft a verb's "aboard" or "on board" takes people
    onto, up to its noun: "the rescue vessel" in "taken aboard the rescue
    vessel", "a passing tanker" in "taken on board a passing tanker" (read
    by position: the parser hangs the craft on the verb, the preposition or
    "board" by turns)."""
    doc = verb.doc
    for word in verb.subtree:
        after = word.i + 1
        if word.lower_ in ("aboard", "onboard"):
            pass
        elif word.lower_ == "on" and after < len(doc) and doc[after].lower_ == "board":
            after += 1
        else:
            continue
        craft = []
        for token in doc[after : min(after + CRAFT_WINDOW, len(doc))]:
            craft.append(token)
            if _ends_noun_phrase(token):
                break
        return craft
    return []


def _ends_noun_phrase(token: Token) -> bool:
    """A noun with no noun after it: "vessel" of "the rescue vessel", never "rescue"."""
    doc = token.doc
    return token.pos_ in ("NOUN", "PROPN") and not (
        token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "NOUN"
    )


#: the part of the people on board its passengers are (``on_board_parts``)
PASSENGER = "passenger"
SUBGROUP = "subgroup"


def _carried_with(quantity: Quantity) -> bool:
    """ "a ferry with 58 passengers and 10 crew", "a flight with 191
    passengers on board": the people a vehicle's "with" phrase names
    (``carrying_preps``, ``vehicle_nouns``)."""
    lex = lexicon()
    prep = quantity.arg.head
    if quantity.arg.dep_ != "pobj" or prep.lower_ not in lex.carrying_preps:
        return False
    if _vehicle(prep.head):
        return True
    if prep.head.pos_ != "VERB" or lemma_of(prep.head) not in lex.journey_verbs:
        return False
    # "72 passengers and four crew": the count's noun is a part of those on board
    counts_a_part = _part_of(quantity.noun or quantity.arg) is not None
    return _journey_of_vehicle(prep.head, counts_a_part)


def _riding(quantity: Quantity, verb: Token | None) -> bool:
    """ "more than 500 passengers were on the train", "There were 40 people
    on the bus": people a vehicle held, told by "be" with the count as its
    subject (or what "there were" brings in) and a phrase of ``riding_preps``
    whose noun is a vehicle's (``vehicle_nouns``), on the verb or on the
    count's noun.  A reporter tells the people on board so as often as by
    "aboard"; "100 people were in the building" holds no vehicle."""
    if verb is None or lemma_of(verb) != "be" or quantity.arg.head.i != verb.i:
        return False
    if quantity.arg.dep_ not in ("nsubj", "attr"):
        return False
    preps = lexicon().riding_preps
    holders = [verb, quantity.noun] if quantity.noun is not None else [verb]
    phrases = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in preps]
    return any(_vehicle(o) for p in phrases for o in p.children if o.dep_ == "pobj")


def _vehicle(word: Token) -> bool:
    """ "ferry", "aircraft": a noun of a vehicle (``vehicle_nouns``)."""
    vehicles = lexicon().vehicle_nouns
    return lemma_of(word) in vehicles or word.lower_ in vehicles


def _journey_of_vehicle(verb: Token, counts_a_part: bool) -> bool:
    """ "the ferry sank with ...", "The Boeing 737, arriving from Nairobi
    with 72 passengers": the verb of a journey tells a vehicle's, by its
    subject or the noun it describes: a vehicle's noun, or a name (a plane's
    or a ship's, which the tagger does not know from a person's) where the
    people counted are passengers or crew (``counts_a_part``): "Marta Kovac
    arrived with two friends" is no vehicle's journey."""
    movers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl"):
        movers.append(verb.head)
    return any(
        _vehicle(m) or (counts_a_part and m.pos_ == "PROPN" and m.ent_type_ != "PERSON") for m in movers
    )


def _with_bare_part(quantity: Quantity) -> Token | None:
    """The bare part joined to a count of passengers ("some 420 passengers
    and crew"): the count is then everyone on board; None otherwise."""
    noun = quantity.noun
    if noun is None or _part_of(noun) != PASSENGER:
        return None
    for conj in (c for c in noun.children if c.dep_ == "conj"):
        if _part_of(conj) not in (None, PASSENGER) and not any(
            c.dep_ in ("nummod", "det", "poss", "amod") for c in conj.children
        ):
            return conj
    return None


def _part_alone(quantity: Quantity) -> str | None:
    """The part a count of one part of those on board with no other part
    beside it counts ("191 passengers on board", "the bus was carrying 45
    passengers", "Sixteen crew members were aboard"): the others are not in
    it, so it is that part, unless the sentence says another part is
    counted in ("191 passengers, including crew members"); None otherwise."""
    noun = quantity.noun
    part = _part_of(noun) if noun is not None else None
    if noun is None or part is None or quantity.last.i > noun.i:
        return None
    if any(c.dep_ in ("conj", "appos") and people_group(c) is not None for c in noun.children):
        return None  # "180 passengers and six crew members", summed as one count
    subgroup_words = lexicon().subgroup
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in subgroup_words):
        if any(_part_of(o) not in (None, part) for o in prep.subtree if o.pos_ == "NOUN"):
            return None
    return part


def _after_colon(entry: Token) -> bool:
    """Whether a list entry's phrase opens right after a colon."""
    start = entry.left_edge.i
    return start > 0 and entry.doc[start - 1].text == ":"


def _listed_after(noun: Token, counted_to: int) -> tuple[int, Token | None] | None:
    """The people listed after a count of people by apposition: "174 adult
    passengers, 10 infants, two pilots and four cabin crew" adds 16 (and the
    last word); (0, None) when nothing is listed; None when an entry is no
    count of people (the list cannot be summed).  Entries up to
    ``counted_to`` are in the count already (a list the count reader summed).
    A list after a colon tells the count part by part, no one more: "six
    people: the pilot and five passengers" is six."""
    total, last = 0, None
    for child in noun.children:
        if child.dep_ != "appos" or child.i <= counted_to or _after_colon(child):
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
    if len(parts) < 2 or sum(count for _, _, count, _ in parts) != whole.value.low:
        return []
    claims = []
    for figure, noun, count, part in parts:
        one = Quantity(figure, figure, count, count, count, noun, noun)
        claim = other_count_claim(
            one, noun, subject=ON_BOARD, label=ON_BOARD, group=ON_BOARD, value=_value(count, count)
        )
        claims.append(replace(claim, frame=claim.frame.model_copy(update={"scope": f"subgroup:{part}"})))
    return claims


#: one entry of a list of people on board: its figure, its noun, its count and its part
Entry = tuple[Token, Token, int, str]


def _own_figure(noun: Token) -> int | None:
    """The figure written before a noun of people ("nine" of "nine occupants")."""
    figure = next((c for c in noun.children if c.dep_ == "nummod" and c.i < noun.i), None)
    return whole_number_at(figure) if figure is not None else None


def _breakdown(quantity: Quantity) -> Token | None:
    """The figure of the first part of a list that tells a count of everyone
    on board part by part ("nine occupants: seven passengers and two crew
    members", "11 people — nine passengers and two pilots"): the count's noun
    names no part, its first entry in apposition does.  Such a list is the
    count told again, never people added to it; None otherwise."""
    noun = quantity.noun
    if noun is None or _part_of(noun) is not None or quantity.first.dep_ != "nummod":
        return None
    entry = next((c for c in noun.children if c.dep_ == "appos"), None)
    if entry is None or _part_of(entry) is None:
        return None
    return next((c for c in entry.children if c.dep_ == "nummod"), None)


def _parts(quantity: Quantity) -> list[Entry]:
    """The entries of a list of people on board, each with its count and its
    part ("passenger", "crew"), when every entry is a part of its own and no
    part comes twice; [] otherwise.  Read from the parse, or word by word
    where the parser did not join the list (:func:`_parts_by_words`).  The
    list that tells a count of everyone part by part (:func:`_breakdown`)
    gives that count's parts."""
    first = _breakdown(quantity) or quantity.first
    if first.dep_ != "nummod" or first.head.pos_ != "NOUN":
        return []
    entries = [first.head]
    found: list[Entry] = []
    while entries:
        entry = entries.pop(0)
        figure = next((c for c in entry.children if c.dep_ == "nummod"), None)
        count = conjunct_count(entry) if figure is not None else None
        part = _part_of(entry)
        if figure is None or count is None or part is None or any(part == p for *_, p in found):
            return []
        found.append((figure, entry, count, part))
        entries += [c for c in entry.children if c.dep_ in ("conj", "appos")]
    if len(found) == 1:
        return _parts_by_words(found[0])
    return found


def _parts_by_words(first: Entry) -> list[Entry]:
    """ "58 passengers and 10 crew", "45 passengers and a driver": a list of
    parts the parser did not join, read word by word after the first entry:
    ", " or "and", then a figure (or after "and" one of ``on_board_one_words``: one person),
    then the part's noun.  [first] when no such list follows."""
    noun = first[1]
    doc = noun.doc
    lex = lexicon()
    found = [first]
    i = noun.i + 1
    while i + 2 < len(doc) and doc[i].lower_ in (",", "and"):
        joined_by_and = doc[i].lower_ == "and" or doc[i + 1].lower_ == "and"
        i += 1 + (doc[i].lower_ == "," and doc[i + 1].lower_ == "and")
        word = doc[i]
        number = whole_number_at(word) if word.like_num else None
        if number is not None:
            count = number
        elif word.lower_ in lex.on_board_one and joined_by_and:
            count = 1  # "and a driver"; not "(62 passengers,) the captain said"
        else:
            break
        part_noun = doc[i + 1] if i + 1 < len(doc) else None
        if (
            part_noun is not None
            and part_noun.i + 1 < len(doc)
            and _part_of_word(doc[part_noun.i : part_noun.i + 2])
        ):
            part_noun = doc[part_noun.i + 1]  # "10 crew members"
        part = _part_of_word(doc[i + 1 : part_noun.i + 1]) if part_noun is not None else None
        if part_noun is None or part is None or any(part == p for *_, p in found):
            return [first] if part is None else []
        if (
            count > 1
            and part_noun.tag_ not in ("NNS", "NNPS")
            and lemma_of(part_noun) == part_noun.lower_
            and part_noun.lower_ not in lex.on_board_invariant_plurals
        ):
            return [first]  # "two driver" is no count of people
        found.append((word, part_noun, count, part))
        i = part_noun.i + 1
    return found


def _part_of_word(words: Span) -> str | None:
    """The part of the people on board a run of words names ("crew",
    "crew members", "driver"), read from its last word and the word before."""
    part_of = lexicon().on_board_part_of
    last = words[-1]
    if len(words) > 1 and (part := part_of.get(f"{words[-2].lower_} {lemma_of(last)}")) is not None:
        return part
    return part_of.get(lemma_of(last)) if len(words) == 1 else None


def _part_of(noun: Token) -> str | None:
    """The part of the people on board a noun names ("passengers": passenger,
    "crew members": crew, "Somali crew": crew), with no word before it that
    narrows it ("adult passengers" are not all the passengers)."""
    part_of = lexicon().on_board_part_of
    if any(c.dep_ == "amod" and not _nationality(c) for c in noun.children):
        return None
    compounds = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i and not c.like_num]
    lemma = lemma_of(noun)
    if compounds:
        return part_of.get(" ".join([*compounds, lemma]))
    return part_of.get(lemma)


def _nationality(word: Token) -> bool:
    """A word that tells where people come from ("26 Somali crew", "150
    Filipino passengers"): it narrows no part, all the crew may be Somali.
    Told by the tagger's entity, a word of nationality (rules/places.yaml
    ``nationality_words``) or, outside a line in Title Case, a capital: in
    "40 Young Passengers On Board" every word has one, and "Young" narrows
    the passengers as "40 young passengers" does."""
    if word.ent_type_ == "NORP" or normalise(word.text) in word_set("nationality_words"):
        return True
    return word.text[:1].isupper() and word.pos_ in ("ADJ", "PROPN") and not in_title_case(word.sent)


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


def included_part(quantity: Quantity) -> RawClaim | None:
    """ "72 people on board, including 66 adult passengers, two infants and
    four crew members": an entry of a list under a count of everyone on
    board that names one part of them ("four crew members"), read as that
    part (scope ``subgroup:KIND``), as a list of parts is read."""
    noun = quantity.noun
    if noun is None or quantity.low != quantity.high or quantity.first.dep_ != "nummod":
        return None
    part = _part_of(noun)
    if part is None:
        return None
    entry = noun
    while entry.dep_ == "conj":
        entry = entry.head
    prep = entry.head
    if entry.dep_ != "pobj" or prep.lower_ not in lexicon().subgroup:
        return None
    whole = prep.head
    figure = next((c for c in whole.children if c.dep_ == "nummod"), None)
    whole_quantity = quantity_at(figure) if figure is not None else None
    if whole_quantity is None or whole_quantity.noun is None or whole_quantity.noun.i != whole.i:
        return None
    claimed = on_board_claim(whole_quantity)
    if claimed is None or claimed.frame.scope is not None:
        return None
    value = _value(quantity.low, quantity.written)
    claim = other_count_claim(quantity, noun, subject=ON_BOARD, label=ON_BOARD, group=ON_BOARD, value=value)
    return replace(claim, frame=claim.frame.model_copy(update={"scope": f"{SUBGROUP}:{part}"}))
