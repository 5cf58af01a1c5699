"""A toll's figure told of one part of the people it counts.

Reporters break a toll down as they tell it: by stage ("four children died
at the scene and a fifth later in hospital"), by part of the scene ("killing
all six people aboard and one person on the ground"), by manner ("two
people died after jumping from the building"), by care ("four people were
taken to hospitals", of nine injured).  Each such figure is a part of the
toll, never the toll: set against another report's whole it may be smaller,
never larger (:mod:`reportcheck.compare.scopes`).  The words are
``part_markers``, ``another_part_words``, ``taken_to_hospital_verbs`` and
``hospitalized_verbs`` of rules/counts.yaml; :mod:`.scope` decides, with the
report's other figures, when a marked figure is a part.

Reporters of floods, heat waves, epidemics and wars break a toll down by day
and by place too: "Five people drowned on Thursday, bringing the season's
toll to 41" (a day's share of a cumulative toll, :func:`stretch_told`,
:func:`told_cumulative`), "air raids killed 14 civilians in two towns" (a
toll over a number of places, :func:`places_counted`): ``stretch_days``,
``stretch_day_preps``, ``cumulative_toll_words``, ``counted_place_nouns``
and ``counted_place_preps`` of rules/counts.yaml.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Token

from reportcheck.extract.core.base import clause_words, heads_to_verb, lemma_of
from reportcheck.extract.core.numbers import numeral_value, words_value
from reportcheck.extract.counts.quantity import Quantity, root_of
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.vocabulary import NAMED_PLACE_LABELS, tells

#: how many words after a figure its clause's part marker is read in
WINDOW = 10


def _clause_after(quantity: Quantity) -> tuple[list[Token], list[Token]]:
    """The words after a figure (and its noun) up to the end of its clause,
    and the rest of its sentence after that end."""
    doc = quantity.first.doc
    last = max(quantity.last.i, quantity.noun.i if quantity.noun is not None else quantity.last.i)
    end = quantity.last.sent.end
    lex = lexicon()
    clause: list[Token] = []
    for i in range(last + 1, min(end, last + 1 + WINDOW)):
        if doc[i].lower_ in lex.part_clause_ends:
            rest: list[Token] = []
            if doc[i].lower_ in lex.part_sentence_breaks:
                return clause, rest
            for word in doc[i + 1 : end]:
                if word.lower_ in lex.part_sentence_breaks:
                    break  # "Reyes died at the scene; Batista was arrested hours later": another matter
                rest.append(word)
            return clause, rest
        clause.append(doc[i])
    return clause, []


def _text(words: list[Token]) -> str:
    """Words as one lower-case text, for :func:`tells` to find a rule's phrases in."""
    return " ".join(w.lower_ for w in words)


def told_of_a_part(quantity: Quantity, *, one: bool = False) -> str | None:
    """The name of the stage, part of the scene or manner the clause of a
    figure of two or more people tells of them ("at the scene" of "died at
    the scene" and of "died on the spot", "aboard" of "died on board",
    "after jumping"), or None.  With ``one``, a figure of one person too: the
    later part of a breakdown ("six aboard and one person on the ground")."""
    if quantity.low is None or quantity.low < (1 if one else 2):
        return None  # one person: "a climber died after falling" (the individual rules of scope.py)
    word = quantity.noun or quantity.arg
    if word.pos_ == "PROPN" or word.ent_type_ == "PERSON" or (quantity.noun is None and word.is_title):
        return None  # "Reyes died at the scene": one named person, scoped by name
    clause, _ = _clause_after(quantity)
    text = _text(clause)
    lex = lexicon()
    return next((lex.part_names[marker] for marker in lex.part_markers if tells(text, [marker])), None)


def another_part_follows(quantity: Quantity) -> bool:
    """Whether the sentence goes on, after the figure's clause, to another
    part of the toll: "... and a fifth died later", "... and one person on the
    ground"."""
    _, rest = _clause_after(quantity)
    text = _text(rest)
    lex = lexicon()
    return tells(text, lex.another_part) or tells(text, lex.part_markers)


def taken_to_hospital(verb: Token) -> bool:
    """Whether a verb takes the people it tells of to hospital: "were taken
    to hospitals", "was rushed to a hospital", "were hospitalized"."""
    lex = lexicon()
    lemma = lemma_of(verb)
    if lemma in lex.hospitalized:
        return True
    if lemma not in lex.taken_to_hospital:
        return False
    return hospital_infinitive(verb) or hospital_object(verb, ("to",)) is not None


def hospital_objects(
    verb: Token, prepositions: Collection[str] | None = None, *, dative: bool = False
) -> Iterator[Token]:
    """The hospitals a verb's prepositions name (``hospital_nouns``), in the
    order of the sentence: "taken to a hospital", "treated at Turkish
    hospitals", "admitted to the infirmary".  One walk for every reading of
    a stay in hospital, each caller naming the prepositions its verbs take
    ("to" of taking, "in"/"at" of treating; None for any); with ``dative``,
    a "to" the parser reads as a dative too ("sent four men to the
    hospital").  Only the preposition's own object counts: "hospital staff",
    "the hospital's spokesman" are no place of a stay."""
    nouns = lexicon().hospital_nouns
    deps = ("prep", "dative") if dative else ("prep",)
    for prep in verb.children:
        if prep.dep_ not in deps or (prepositions is not None and prep.lower_ not in prepositions):
            continue
        yield from (obj for obj in prep.children if obj.dep_ == "pobj" and lemma_of(obj) in nouns)


def hospital_object(
    verb: Token, prepositions: Collection[str] | None = None, *, dative: bool = False
) -> Token | None:
    """The first hospital a verb's prepositions name (:func:`hospital_objects`),
    or None."""
    return next(hospital_objects(verb, prepositions, dative=dative), None)


def hospital_infinitive(verb: Token) -> bool:
    """ "Three rushed to hospital as flames rip through ...": a headline's
    "to hospital" that the parser reads as an infinitive, the hospital its
    verb (``xcomp``) and "to" its auxiliary."""
    return any(
        clause.dep_ == "xcomp"
        and lemma_of(clause) in lexicon().hospital_nouns
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        for clause in verb.children
    )


def told_hospitalized(verb: Token) -> bool:
    """ "nine people were hospitalized": a verb that puts people in hospital
    by itself (``hospitalized_share_verbs``), a share of the hurt only beside
    a larger toll of them (:mod:`.scope` decides)."""
    return lemma_of(verb) in lexicon().hospitalized_share


def described_one(quantity: Quantity) -> bool:
    """Whether a figure is one person the report describes, not a count of a
    kind of people: "a 3-year-old girl whose mother survived", "a
    72-year-old retired teacher" (an age or a clause of her own), where "a
    child" is the count of children."""
    noun = quantity.noun
    if noun is None or quantity.low != 1 or quantity.high != 1:
        return False
    if quantity.first.lower_ not in lexicon().one_person:
        return False  # "a", "an": "one girl" is a count
    for child in noun.children:
        if child.dep_ in ("relcl", "acl", "appos"):
            return True
        if child.dep_ in ("amod", "compound", "nummod") and tells_age(child):
            return True
    return any(tells_age(w) for w in noun.doc[quantity.first.i : noun.i])


def tells_age(word: Token) -> bool:
    """Whether a word is or ends in a word of an age: "old", "3-year-old"."""
    ages = lexicon().age_words
    return word.lower_ in ages or any(word.lower_.endswith(f"-{age}") for age in ages)


def place_there(quantity: Quantity) -> str | None:
    """The one place a figure's sentence names before it, where its clause
    says "there": "the quake brought down a minaret in Kocaeli province and
    killed two people there" counts Kocaeli's dead, never the whole toll."""
    clause, _ = _clause_after(quantity)
    own = lexicon().place_own_words
    if not any(w.lower_ in own and w.dep_ == "advmod" for w in clause):
        return None
    sentence = quantity.first.sent
    names = {
        ent.text
        for ent in sentence.ents
        if ent.label_ in NAMED_PLACE_LABELS and ent.end <= quantity.first.i and ent.start > sentence.start
    }
    return names.pop() if len(names) == 1 else None


#: how far up the parse the verb of a figure is looked for
CLIMB = 4


def verb_of(quantity: Quantity) -> Token | None:
    """The verb a figure hangs on, within :data:`CLIMB` words (the scope
    rules of counts/scope.py read the same verb)."""
    root = root_of(quantity.first.doc, quantity.first.i, quantity.last.i)
    heads = heads_to_verb(root, CLIMB)
    return heads[-1] if heads and heads[-1].pos_ in ("VERB", "AUX") else None


def _days_under(word: Token) -> list[str]:
    """The weekdays a preposition's object or a bare day names: "Monday",
    and both of "Monday and Tuesday"."""
    days = lexicon().stretch_days
    found = [word.lower_] if word.lower_ in days else []
    for conj in word.conjuncts:
        if conj.lower_ in days and conj.lower_ not in found:
            found.append(conj.lower_)
    return found


def stretch_told(quantity: Quantity) -> str | None:
    """The day or stretch the clause of a figure tells it of, read on the
    figure's own verb (never a clause joined to it): "thursday" for "Five
    people drowned on Thursday", "monday+tuesday" for "killed 10 people on
    Monday and Tuesday", "weekend" for "three died over the weekend", "24
    hours" for "six died in the past 24 hours" (``period_words`` and
    ``period_units``).  None where it tells none, or a day of another
    figure."""
    verb = verb_of(quantity)
    if verb is None:
        return None
    lex = lexicon()
    days: list[str] = []
    for child in verb.children:
        if child.dep_ == "npadvmod":
            days += _days_under(child)
        if child.dep_ != "prep" or child.lower_ not in lex.stretch_day_preps | lex.period_preps:
            continue
        for obj in (o for o in child.children if o.dep_ == "pobj"):
            days += _days_under(obj)
            if lemma_of(obj) in lex.period_spans and not days:
                return obj.lower_  # "over the weekend"
            if lemma_of(obj) in lex.period_units and any(
                c.lower_ in lex.period_words for c in obj.children if c.dep_ == "amod"
            ):
                return " ".join([*(c.lower_ for c in obj.children if c.dep_ == "nummod"), obj.lower_])
    unique = list(dict.fromkeys(days))
    return "+".join(unique) if unique else None


def told_cumulative(quantity: Quantity) -> bool:
    """Whether the clause of a figure tells it as a cumulative toll: "bringing
    the season's death toll to 41", "38 people have died since the monsoon
    began", "74 so far this year" (``cumulative_toll_words``)."""
    verb = verb_of(quantity)
    words = list(quantity.first.sent) if verb is None else clause_words(verb)
    if verb is not None and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        words = words + clause_words(verb.head)  # "..., bringing the toll to 41"
    if verb is not None:
        # "since the monsoon began": the word that opens a clause of time on the verb
        words += [m for c in verb.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"]
        words.sort(key=lambda w: w.i)
    return tells(" ".join(w.lower_ for w in words), lexicon().cumulative_toll_words)


def _verbs_above(word: Token) -> list[Token]:
    """The verbs above a figure: the one it hangs on and, where that one
    only describes the counted people ("Five people killed in a landslide
    are counted separately"), the verb of the clause they are the subject
    or object of."""
    verbs: list[Token] = []
    node = word
    for _ in range(2):
        heads = heads_to_verb(node, CLIMB)
        if not heads or heads[-1].pos_ not in ("VERB", "AUX"):
            break
        verb = heads[-1]
        verbs.append(verb)
        if not (verb.dep_ in ("acl", "relcl") or _reduced_relative(verb)):
            break
        node = verb
    return verbs


def _reduced_relative(verb: Token) -> bool:
    """A bare participle the parser hangs under the clause's verb as a
    clause of its own ("Five people killed in a landslide are counted
    separately": "killed" a ccomp of "counted"), never one with its own
    auxiliary ("said five people were killed")."""
    return (
        verb.dep_ == "ccomp"
        and verb.tag_ == "VBN"
        and verb.i < verb.head.i
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def counted_apart(quantity: Quantity) -> bool:
    """Whether the report keeps a figure out of its toll: "Five people
    killed in a landslide are counted separately" (one of ``apart_adverbs``
    on one of ``apart_counting_verbs`` the figure hangs on), "Three deaths in the north were not included in
    the toll", "the toll does not include two soldiers" (the figure the
    subject or object of one of ``apart_negated_verbs`` negated).  The toll
    whose clause says what it leaves out ("The toll of 38 does not include
    ...") is no such figure: it hangs on the verb by a noun of its own."""
    lex = lexicon()
    root = root_of(quantity.first.doc, quantity.first.i, quantity.last.i)
    verbs = _verbs_above(root)
    # the figure's noun, or the noun a participle describing it hangs on
    held = {quantity.noun.i if quantity.noun is not None else root.i}
    held |= {v.head.i for v in verbs if v.dep_ in ("acl", "relcl")}
    held |= {
        c.i for v in verbs if _reduced_relative(v) for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
    }
    # a verb joined on that shares the figure for subject ("Four people died
    # and are counted separately"; the parser's reading of a bare participle),
    # never one joined to a verb the figure is the object of ("killed four
    # people and separately arrested two")
    shared = {
        c.i: v
        for v in verbs
        if any(g.i in held and g.dep_ in ("nsubj", "nsubjpass") for g in v.children)
        for c in v.children
        if c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and not any(g.dep_.startswith("nsubj") for g in c.children)
    }
    for verb in [*verbs, *(root.doc[i] for i in shared)]:
        if lemma_of(verb) in lex.apart_counting_verbs and any(
            c.dep_ == "advmod" and c.lower_ in lex.apart_adverbs for c in verb.children
        ):
            return True
        told_of = shared.get(verb.i, verb)  # a joined verb's subject is its first verb's
        if (
            lemma_of(verb) in lex.apart_negated_verbs
            and any(c.dep_ == "neg" for c in verb.children)
            and any(c.i in held and c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in told_of.children)
        ):
            return True
    return False


def places_counted(quantity: Quantity) -> int | None:
    """The number of places a figure is told over, two or more: 2 for "air
    raids killed 14 civilians in two towns", 3 for "strikes on three
    villages killed 16 people" (``counted_place_nouns`` after one of
    ``counted_place_preps``, on the figure's verb, its subject or the
    figure's noun)."""
    verb = verb_of(quantity)
    lex = lexicon()
    holders = [w for w in (verb, quantity.noun) if w is not None]
    if verb is not None:
        holders += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in lex.counted_place_preps):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                if lemma_of(obj) not in lex.counted_place_nouns:
                    continue
                for num in (c for c in obj.children if c.dep_ == "nummod"):
                    value = numeral_value(num.text)
                    if value is None:
                        value = words_value([num.lower_])
                    if value is not None and value >= 2 and value == int(value):
                        return int(value)
    return None
