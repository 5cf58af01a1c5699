"""How much of a casualty count a figure covers: its scope.

Reporters break a toll down as they tell it: "nine officers were injured
... Four of the officers are in stable condition" (a part), "two died at
the scene and a further three in hospital" (an increment), "12 in Aleppo and
5 in Idlib" (a figure per place), "12 killed, including three children"
(a subgroup), "Marcus Jones was killed" beside "three people were killed"
(one person of several).  Only figures of one scope can contradict each
other; a part is only checked against the whole it belongs to (see
:mod:`reportcheck.compare.scopes`).  The scope is read from the parse and
the counts around a figure, and written to the claim's ``frame.scope``
(``None``: the total):

* ``part``: "four of the officers", "three of them", after a larger count
  of the same outcome;
* ``subgroup``: "including three foreigners", "among them two civilians",
  a share of the toll of its own group ("twelve children, including three
  girls"); a share of another group ("12 killed, including three
  children") is a count of that group (``derived: share``), set against the
  other report's count of it as any count of a group is, never a scope;
* ``part`` too: the harmed a picture, a video or a witness shows
  ("television showed a few injured being taken to hospital");
* ``top:N``: a ranking's cut of N, "the four hardest-hit villages" (another
  report's "12 worst-hit villages" is another cut, not another figure);
* ``increment``: "a further three", "two others were also hurt", when the
  count just before it is of the same outcome;
* ``increment:found``: bodies found since an earlier count ("recovered two
  more bodies"), whatever count the report told before: never the toll,
  and no part of another report's toll, which may be of before them;
* ``part:still missing``: the missing not yet found ("23 people were still
  missing"), a part of all who were ever missing;
* ``place:NAME``: one of several figures for named places in a sentence
  (also the first of a breakdown whose later figures leave out their verb:
  "14 deaths were reported from Swat, six from Shangla", and a later bare
  figure whose place the tagger takes for a person: "two in Oaxaca and one
  in Guerrero"),
  or one area's share told by a fronted "In X province," or by the area as
  the subject ("Zimbabwe reported 31 deaths");
* ``period:STRETCH``: the toll of the stretch a sentence opens on ("In the
  last 24 hours, 28 people died");
  and the toll of the day or stretch a figure's own clause tells it of
  ("Five people drowned on Thursday", "three died over the weekend")
  beside a cumulative toll of it the report tells ("bringing the season's
  toll to 41", "since June"), or of two days or more ("on Monday and
  Tuesday") whatever else the report tells: "period:thursday",
  "period:monday+tuesday";
* ``places:N``: a toll over a number of places ("killed 14 civilians in
  two towns"), a part of a figure over more places or of the total;
* ``apart``: a figure the report keeps out of its toll ("Five people
  killed in a landslide are counted separately", "were not included in the
  toll"), no part of it;
* ``unrelated``: an arrest on other charges ("was arrested on an
  outstanding warrant"), no arrest in the incident and no part of its
  arrests;
* ``condition:NAME``: the injured hurt worst or least, or still in
  hospital ("ten others seriously injured", "five are still
  hospitalized", "two in critical condition" after a larger count): a
  share of the injured, set only against figures of the same condition;
* ``individual``: one named or singled-out person, in a report that also
  counts the others;
* ``named:KEYS``: people named one by one and joined by "and" ("killing
  Judge Barnes and court reporter Brandau", set by the counts component),
  some of the toll: weighed against another report's list of the same
  people and, as a part, against the total.

A report that singles out "a fourth victim" of an outcome has at least four
people of it: a figure of that outcome under the rank ("two men with
gunshot wounds" before "a fourth victim ... checked himself into a
hospital") is a part, whatever its words.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from spacy.tokens import Span, Token

from reportcheck.details import SHARE
from reportcheck.extract.core.base import RawClaim, clause_words, heads_to_verb, lemma_of
from reportcheck.extract.core.lines import dateline_story_start, headline_like
from reportcheck.extract.core.numbers import numeral_value, words_value
from reportcheck.extract.counts.damage import damage_rules
from reportcheck.extract.counts.linking import (
    ORIGIN,
    condition_in,
    severity_of_wounds,
    share_place,
    told_alike,
    toll_share_of,
)
from reportcheck.extract.counts.parts import (
    CLIMB,
    another_part_follows,
    counted_apart,
    described_one,
    hospital_objects,
    place_there,
    places_counted,
    stretch_told,
    taken_to_hospital,
    told_cumulative,
    told_hospitalized,
    told_of_a_part,
    verb_of,
)
from reportcheck.extract.counts.quantity import COUNTING_CHILDREN, Quantity, root_of
from reportcheck.knowledge.casualties import lexicon, toll_rise_patterns
from reportcheck.knowledge.gazetteer import get_gazetteer
from reportcheck.knowledge.vocabulary import (
    APART_SCOPE,
    CASES_SCOPE,
    CONDITION_SCOPE,
    FOUND_MORE_SCOPE,
    INCREMENT_SCOPE,
    INDIVIDUAL,
    MONTH_FORMS,
    NAMED_PLACE_LABELS,
    PART_SCOPE,
    PLACES_SCOPE,
    STILL_MISSING_SCOPE,
    UNRELATED_SCOPE,
    WEEKDAY_NAMES,
    WIDER_SCOPE,
    tells,
)
from reportcheck.knowledge.wholes import TOLL_KINDS, toll_of, wholes
from reportcheck.models import ClaimKind

#: entity labels a proper noun after "in" may carry and still be a place
#: (the model takes "Aleppo" for a language)
PLACE_LABELS = frozenset({"", "GPE", "LOC", "FAC", "LANGUAGE", "NORP"})

PART = PART_SCOPE
SUBGROUP = "subgroup"
INCREMENT = INCREMENT_SCOPE
PLACE = "place"
#: the toll of a stretch of time a sentence opens on, "period:24 hours"
PERIOD = "period"
INDIVIDUAL_SCOPE = INDIVIDUAL
#: a toll over a number of places, "places:2" for "killed 14 civilians in two towns"
PLACES = PLACES_SCOPE
#: a ranking's cut, "top:4" for "the four hardest-hit villages"
TOP = "top"
#: the injured of one condition, "condition:serious" for "ten seriously injured"
CONDITION = CONDITION_SCOPE
#: an arrest on charges of something other than the incident
UNRELATED = UNRELATED_SCOPE
#: a toll spread over several cases the sentence ties together
CASES = CASES_SCOPE
#: the people one place of the scene holds, "held:truck" for "one person in the truck was injured"
HELD = "held"
#: a toll summed over places wider than the report's incident ("Storms across the South killed six in all")
WIDER = WIDER_SCOPE
#: a figure the report keeps out of its toll ("are counted separately")
APART = APART_SCOPE

#: the kinds whose figures are parts of a toll
SCOPED_KINDS = TOLL_KINDS
#: words after "of" that point back to people already counted ("three of them")
_BACK_POINTERS = frozenset({"them", "whom", "those", "these"})


def _root(quantity: Quantity) -> Token:
    """The word of the quantity its dependents hang from ("dozen" in "two dozen")."""
    return root_of(quantity.first.doc, quantity.first.i, quantity.last.i)


def partitive(quantity: Quantity) -> str | None:
    """ "them" for "three of them" and for "one of six who were shot" (a
    figure is the group the part is taken from), "the" for "four of the
    officers", else None."""
    for child in _root(quantity).children:
        if child.dep_ != "prep" or child.lower_ != "of":
            continue
        for obj in child.children:
            if obj.dep_ != "pobj":
                continue
            if quantity.noun is not None and quantity.noun.i != obj.i:
                continue  # "two of those killed were pilots": a count of the pilots
            if obj.lower_ in _BACK_POINTERS or (obj.like_num and obj.pos_ == "NUM"):
                return "them"
            if any(
                c.dep_ in ("det", "poss") and (c.lower_ in lexicon().definite or c.tag_ == "PRP$")
                for c in obj.children
            ):
                return "the"
    return None


def is_subgroup(quantity: Quantity) -> bool:
    """ "including three children", "among them two foreigners", "children
    among the dead": the figure is a share of a count told beside it."""
    words = lexicon().subgroup
    if among_them(quantity):
        return True
    noun = quantity.noun or quantity.arg
    for prep in noun.children:
        # "two children among the dead" (not "eight civilians including three
        # children", "13 civilians, among them seven children": the whole)
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if (
            prep.dep_ == "prep"
            and prep.lower_ == "among"
            and objects
            and objects[0].lower_ not in _BACK_POINTERS
        ):
            return True
    for ancestor in list(noun.ancestors)[:3]:
        if ancestor.lower_ in words:
            return True  # "..., including three children"
        if ancestor.pos_ in ("VERB", "AUX"):
            # "Among the dead were two foreigners": a prep on the clause's verb
            return any(c.dep_ == "prep" and c.lower_ in words and c.i < noun.i for c in ancestor.children)
    return False


def subgroup_whole(quantity: Quantity) -> Token | None:
    """The word a share hangs on: the head of "including" ("people" in
    "several people, including two children, were inside"; "died" in "nine
    died, including three children") or the word "among them" points back
    at, or None."""
    doc = quantity.first.doc
    start = quantity.first.i
    if among_them(quantity):
        # "them" points back at the words before "among": "23 miners, among them"
        before = start - 3
        while before > 0 and doc[before].is_punct:
            before -= 1
        return doc[before] if before >= 0 else None
    noun = quantity.noun or quantity.arg
    words = lexicon().subgroup
    for ancestor in list(noun.ancestors)[:3]:
        if ancestor.lower_ in words and ancestor.lower_ != "among":
            return ancestor.head
    return None


def among_them(quantity: Quantity) -> bool:
    """ "Thirteen civilians among them seven children were killed": "among
    them" just before a figure, with or without the commas that make it an
    aside (wire copy stripped of punctuation loses them, and the parser
    then makes the seven a second subject of the verb, a toll of its own)."""
    start = quantity.first.i
    doc = quantity.first.doc
    if start < 2:
        return False
    among, back = doc[start - 2], doc[start - 1]
    return among.lower_ == "among" and back.lower_ in _BACK_POINTERS


def is_seen(quantity: Quantity) -> bool:
    """ "television showed a few injured being taken to hospital",
    "footage showed dozens of wounded": the harmed a picture or a witness
    shows, the verb the figure hangs on (through a list's "and") being one of
    showing or seeing; those seen are some of the toll.  What a record
    shows ("official figures show 12 dead") is the toll."""
    lex = lexicon()
    node = _root(quantity)
    for _ in range(CLIMB):
        if node.head is node:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            shown_by = {lemma_of(c) for c in node.children if c.dep_ in ("nsubj", "nsubjpass")}
            return lemma_of(node) in lex.seen and not shown_by & lex.seen_records
    return False


def _says_of_a_share(adverb: Token) -> bool:
    """Whether a severity adverb has a figure of its own: "twelve people were
    injured, five of them critically" tells the five's condition, not the
    twelve's."""
    return any(c.like_num and c.dep_ in ("nsubj", "npadvmod", "dep", "nummod") for c in adverb.children)


def condition_of(quantity: Quantity) -> str | None:
    """How badly hurt, or how far along in care, the people a figure of the
    injured counts are: "condition:serious" for "ten others seriously
    injured", "condition:critical" for "two were critically wounded",
    "condition:hospital" for "five people are still hospitalized" or "three
    remain in hospital".  Read on the figure's word, the words that qualify
    it and the verb it hangs from (never a clause above that verb)."""
    lex = lexicon()
    root = _root(quantity)
    words = [root, *(c for c in root.children if c.dep_ in ("amod", "acl", "relcl"))]
    node = root
    for _ in range(CLIMB):
        if node.head is node or node.pos_ in ("VERB", "AUX") and node is not root:
            break
        if node.dep_ == "pobj":
            break  # "30 of the 80 wounded remained in hospital": the 30 remained
        node = node.head
        words.append(node)
        if node.pos_ in ("NOUN", "PROPN"):
            # "four critically injured people": the harm's word qualifies the
            # noun the figure counts, its adverb the people's condition
            words += [c for c in node.children if c.dep_ == "amod"]
    for word in words:
        if lemma_of(word) in lex.care_stage:
            return f"{CONDITION}:hospital"  # "three remain in hospital"
        for child in word.children:
            if child.dep_ != "advmod" or _says_of_a_share(child):
                continue
            if child.lower_ in lex.severity:
                return f"{CONDITION}:{lex.severity[child.lower_]}"
            if child.lower_ in lex.care_stage:
                return f"{CONDITION}:hospital"
    return None


def unrelated_arrest(quantity: Quantity) -> bool:
    """ "A man at the scene was arrested on an outstanding warrant", "was
    arrested and charged with resisting an officer": an arrest on charges of
    something else, read on the words under the verb the figure hangs on and
    the verbs joined to it; a charge of the incident's harm among them
    ("charged with murder and resisting arrest") makes it the incident's."""
    lex = lexicon()
    heads = heads_to_verb(_root(quantity), CLIMB)
    if not heads or heads[-1].pos_ not in ("VERB", "AUX"):
        return False
    verb = heads[-1]
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    seen = {t.i for v in verbs for t in v.subtree if _seen_doing(t)}
    words = {
        w
        for v in verbs
        for child in v.children
        if child.dep_ in ("prep", "advcl", "dobj")
        for t in child.subtree
        if t.i not in seen
        for w in (t.lower_, lemma_of(t))
    }
    return bool(words & lex.unrelated_charges) and not words & lex.incident_charges


def _seen_doing(token: Token) -> bool:
    """A word under a verb of seeing ("three suspects who were seen loitering
    around the market"): what the people were seen doing, which made them
    suspects of the incident, is no charge of something else."""
    return any(lemma_of(head) in lexicon().seen_doing_verbs for head in token.ancestors)


def spans_linked_cases(quantity: Quantity) -> bool:
    """ "The murders of two young girls are now connected", "the killings of
    three men may be linked": a toll of several people told as the deaths
    whose cases the sentence ties together.  The people died in two or more
    incidents the report links, so the figure is not the toll of its main
    incident (which may hold one of them).  Read on the death noun the
    figure is "of" and a word of linking (``linked_case_words``) in the
    sentence; "the killings of two teens at a party" is the incident's toll."""
    if quantity.low < 2:
        return False
    lex = lexicon()
    noun = quantity.noun or _root(quantity)
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or lemma_of(prep.head) not in lex.death_nouns:
        return False
    return any(
        t.lower_ in lex.linked_cases or lemma_of(t) in lex.linked_cases for t in noun.sent if t.i != noun.i
    )


def treated_abroad(quantity: Quantity) -> str | None:
    """ "31 people hurt in the attack were being treated in Turkish
    hospitals", "12 wounded were taken to Jordanian hospitals": the injured
    a nation's hospitals took in across a border, a share of the injured
    (the rest are treated at home), read as the place of a figure
    ("place:turkish").  A city's hospitals ("taken to hospitals in Dallas")
    take in all the injured and say nothing of a share."""
    lex = lexicon()
    heads = heads_to_verb(_root(quantity), CLIMB)
    if not heads:
        return None
    verb = heads[-1]
    # the parser may cut "31 people hurt in the attack were being treated"
    # in two clauses: the treating verb after it, with no subject of its own
    verbs = [verb] + [
        v
        for v in verb.head.children
        if v.i > verb.i and v.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
    ]
    treating = next((v for v in verbs if lemma_of(v) in lex.hospital_verbs), None)
    if treating is None:
        return None
    for place in hospital_objects(treating, ("in", "to", "at")):
        nation = next((c for c in place.children if c.ent_type_ == "NORP"), None)
        if nation is not None:
            return f"{PLACE}:{nation.lower_}"
    return None


def _tally_goes_on(
    claim: RawClaim, quantity: Quantity, found: list[tuple[RawClaim, Quantity | None]]
) -> bool:
    """ "Twelve bodies were taken out of the plant, another two were found in
    an apartment complex": a figure its own sentence goes on adding to with
    "another two", "two more" or "two others" that counts nothing else (no
    claim of its own: "two victims were taken to a local hospital and two
    more to a hospital in Memphis"), so the figure is one place's or one
    stage's share of the toll."""
    doc = quantity.first.doc
    claimed = [(c.start, c.end) for c, _ in found]
    sentence_end = quantity.last.sent.end
    for token in doc[quantity.last.i + 1 : sentence_end]:
        if not token.like_num:
            continue
        before = doc[token.i - 1].lower_
        after = doc[token.i + 1].lower_ if token.i + 1 < sentence_end else ""
        if before not in ("another", "further") and after not in ("more", "others"):
            continue
        if not any(start <= token.idx < end for start, end in claimed) and not _other_outcome(token, claim):
            return True
    return False


def _other_outcome(figure: Token, claim: RawClaim) -> bool:
    """Whether the words after a figure, up to its clause's end, tell an
    outcome other than ``claim``'s ("several hundred others injured" after
    a count of the dead)."""
    lex = lexicon()
    toll = _toll(claim)
    doc = figure.doc
    for token in doc[figure.i + 1 : min(figure.i + 6, figure.sent.end)]:
        if token.is_punct or token.lower_ == "and":
            break
        lemma = lemma_of(token)
        outcome = (
            lex.outcome_word.get(token.lower_) or lex.transitive.get(lemma) or lex.intransitive.get(lemma)
        )
        if outcome is not None and (toll is None or outcome != toll[0]):
            return True
    return False


def _singled_out_things(quantity: Quantity) -> bool:
    """ "the four hardest-hit villages", "the three largest hospitals": a
    ranking the writer cuts, the most of something, a share of all of it."""
    noun = quantity.noun
    if noun is None:
        return False
    return any(
        t.tag_ in ("JJS", "RBS") or _superlative(t)
        for left in noun.lefts
        if left.dep_ in ("amod", "compound")
        for t in left.subtree
    )


def _superlative(word: Token) -> bool:
    """A word of a ranking ("hardest-hit", "worst affected": ``worst`` of
    rules/damage.yaml); "badly hit" is no ranking but a part of the hit
    (counts/damage.py)."""
    return word.lower_.split("-")[0] in damage_rules().worst


def _ranked_hit(word: Token) -> bool:
    """ "the worst hit", "the hardest-hit", "the worst affected": a word of
    being hit (``hit`` of rules/damage.yaml) told as a ranking's top."""
    if lemma_of(word) not in damage_rules().hit and word.lower_.split("-")[-1] not in damage_rules().hit:
        return False
    return _superlative(word) or any(_superlative(t) for left in word.lefts for t in left.subtree)


def _adds(token: Token) -> bool:
    """ "further", "other", "more" (in "three more"), not the "more" of a
    bound ("more than 86")."""
    if token.lower_ not in lexicon().increment:
        return False
    doc = token.doc
    return not (token.lower_ == "more" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "than")


def is_additive(quantity: Quantity) -> bool:
    """ "a further three", "two others", "another man", "were also hurt",
    "(a man and a woman were found dead,) as were three children"."""
    if says_more(quantity) or told_alike(quantity.arg) is not None:
        return True
    verb = quantity.arg.head
    return any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children)


def _joins_the_toll_before(
    claim: RawClaim, quantity: Quantity, earlier: list[tuple[RawClaim, Quantity | None]]
) -> bool:
    """Whether the figure's clause adds people to the count of its toll told
    last, in the clause it is joined to (:func:`_joined_own_clause`)."""
    casualties = [c for c, _ in earlier if _toll(c) is not None]
    return (
        bool(casualties)
        and _same_toll(casualties[-1], claim)
        and _joined_own_clause(quantity, casualties[-1])
    )


def _joined_own_clause(quantity: Quantity, before: RawClaim) -> bool:
    """ "A woman and her grandson were killed when the wall collapsed, and a
    construction worker died after being hit by concrete": people told by an
    indefinite noun or a figure as the subject of a clause joined by "and"
    to the clause whose subject is the count told just before (``before``)
    are more people of that toll, as "another" tells them; a definite noun
    ("and the driver died") may be one of them, and a clause of its own
    place tells a toll place by place."""
    arg, verb = quantity.arg, quantity.arg.head
    if arg.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if quantity.noun is None or not (quantity.first.like_num or quantity.first.lower_ in ("a", "an")):
        return False  # "Nine were injured, and two remain hospitalized": a bare figure is of them
    if place_of(quantity) is not None:
        return False  # "two were killed in Kessa, and three died in Varn": a toll place by place
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in verb.head.children):
        return False
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.i < arg.i and before.start <= subject.idx < before.end


def says_more(quantity: Quantity) -> bool:
    """ "a further three", "two others", "another man": the figure's own
    words add it to people already told of."""
    if quantity.first.lower_ == "another":
        return True
    noun = quantity.noun
    if noun is not None:
        if _adds(noun):
            return True  # "two others"
        if any(c.dep_ in ("amod", "advmod") and _adds(c) for c in noun.children):
            return True
    doc = quantity.first.doc
    if quantity.first.i > 0 and _adds(doc[quantity.first.i - 1]):
        return True  # "a further three", "another 15"
    return any(_adds(c) for c in quantity.first.children)


def more_bodies(quantity: Quantity) -> bool:
    """ "two more bodies", "a further 12 bodies", "three additional bodies":
    bodies (``body_nouns``) found besides those found before, told by an
    additional word (``additional_words``), not by "other" ("two other
    bodies" may be of another place or cause).  A recovery's increment
    whatever the report told before it: after a count of the missing ("23
    people were still missing ... recovered 29 more bodies") as after a
    count of the dead."""
    noun = quantity.noun
    lex = lexicon()
    if noun is None or noun.lower_ not in lex.body_nouns:
        return False
    doc = quantity.first.doc
    words = [c for c in noun.children if c.dep_ in ("amod", "advmod")]
    words += list(quantity.first.children)
    if quantity.first.i > 0:
        words.append(doc[quantity.first.i - 1])
    return any(w.lower_ in lex.additional and _adds(w) for w in words)


def still_missing(claim: RawClaim, quantity: Quantity) -> bool:
    """ "23 people were still missing", "two remain unaccounted for", "60
    people still unaccounted for": a count of the missing told as those not
    yet found (``still_missing_words``, two words before the figure or four
    after it, in its sentence)."""
    if claim.kind is not ClaimKind.missing:
        return False
    doc = quantity.first.doc
    sentence = quantity.first.sent
    last = max(quantity.last.i, quantity.noun.i if quantity.noun is not None else quantity.last.i)
    words = doc[max(quantity.first.i - 2, sentence.start) : quantity.first.i]
    after = doc[last + 1 : min(last + 5, sentence.end)]
    clause = []
    for word in after:
        if word.is_punct or word.lower_ in lexicon().part_clause_ends:
            break
        clause.append(word)
    return any(w.lower_ in lexicon().still_missing for w in [*words, *clause])


#: words before a figure that make it a bound, not a count one can add to
_BOUNDS = frozenset({"least", "than", "nearly", "about", "around", "some", "over", "almost", "up"})


def _bounded(quantity: Quantity) -> bool:
    """ "at least three other officers": a bound, which no total is summed from."""
    doc = quantity.first.doc
    return any(t.lower_ in _BOUNDS for t in doc[max(quantity.first.i - 3, 0) : quantity.first.i])


#: the words before a figure that make it a lower bound ("more than 20", "at least 30", "over 40")
_LOWER_BOUNDS = ("more than", "at least", "over")


def _lower_bound(quantity: Quantity) -> bool:
    """ "injuring more than 20 people": a figure told as a lower bound, never
    a rounded one ("about 200"), which may be a smaller figure told roughly."""
    doc = quantity.first.doc
    before = " ".join(t.lower_ for t in doc[max(quantity.first.i - 2, 0) : quantity.first.i])
    return any(before == bound or before.endswith(f" {bound}") for bound in _LOWER_BOUNDS)


def place_of(quantity: Quantity) -> str | None:
    """The named place written right after a figure or its outcome word:
    "12 in Aleppo", "five were killed in Idlib"."""
    doc = quantity.first.doc
    start = (
        quantity.noun.i
        if quantity.noun is not None and quantity.noun.i > quantity.last.i
        else quantity.last.i
    ) + 1
    sentence_end = quantity.last.sent.end
    for i in range(start, min(start + 4, sentence_end - 1)):
        token = doc[i]
        if token.is_punct and token.text != "-":
            return None
        if token.lower_ in ("in", "at") and token.dep_ == "prep":
            nxt = doc[i + 1] if doc[i + 1].lower_ != "the" else doc[min(i + 2, sentence_end - 1)]
            # "31 died in neighbouring Rukum West": the word says a place follows
            neighbour = nxt.lower_ in lexicon().neighbours and nxt.i + 1 < sentence_end - 1
            if neighbour:
                nxt = doc[nxt.i + 1]
            named = _named_area(nxt, sentence_end)
            if named is not None:
                # "in the besieged town of Douma": the area word says a place's name follows
                nxt, neighbour = named, True
            if (
                nxt.ent_type_ in NAMED_PLACE_LABELS
                or nxt.pos_ == "PROPN"
                and (
                    nxt.ent_type_ in PLACE_LABELS
                    or neighbour
                    or _one_word_org(nxt)
                    or _unseen_place_after_bare_figure(quantity, nxt)
                )
            ):
                end = nxt.i
                while end + 1 < sentence_end and doc[end + 1].ent_iob_ == "I":
                    end += 1
                return doc[nxt.i : end + 1].text
            return None
    return None


def _unseen_place_after_bare_figure(quantity: Quantity, name: Token) -> bool:
    """ "leaving three people dead, two in Oaxaca and one in Guerrero": a
    bare figure of a breakdown, its noun left out, with "in" and a name the
    parser took for a person's (``UNSEEN_PLACE_LABELS``, as after a fronted
    "In"): no one is counted "in" a person, so the name is the figure's
    place.  Never a name in the possessive ("one in Ortiz's family") nor a
    figure with its own noun ("two people in Garcia" is left to the tagger)."""
    doc = name.doc
    if quantity.noun is not None or name.ent_type_ not in UNSEEN_PLACE_LABELS:
        return False
    if name.i != quantity.last.i + 2:
        return False  # the name right after "in", right after the figure
    end = name.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return end + 1 >= len(doc) or doc[end + 1].tag_ != "POS"


def breakdown_place(quantity: Quantity) -> str | None:
    """The place of a figure that opens a toll broken down place by place in
    its sentence, the later figures told without their verb: "mossuril" for
    "five people died in Mossuril, three in the city of Nampula and one in
    Ilha", "swat" for "14 deaths were reported from Swat, six from Shangla".
    The figure's own place follows it or its noun within a few words, after
    one of ``breakdown_prepositions``; a later bare figure (or one with
    ``breakdown_figure_words``: "one each in Monze"), after a comma, "and"
    or "while", is told the same way with a place of its own.  The names
    are read as proper nouns whatever their entity label (a district's
    name the model takes for a date), never a month or a weekday ("five in
    June, three in July" is a breakdown by time)."""
    lex = lexicon()
    doc = quantity.first.doc
    end = quantity.last.sent.end
    after = (
        quantity.noun.i
        if quantity.noun is not None and quantity.noun.i > quantity.last.i
        else quantity.last.i
    )
    own: Span | None = None
    for token in doc[after + 1 : min(after + 6, end)]:
        if token.is_punct and token.text != "-":
            return None
        if token.lower_ in lex.breakdown_preps and token.dep_ == "prep":
            own = _breakdown_name(token)
            break
    if own is None:
        return None
    later: list[Span] = []
    for token in doc[own.end : end - 2]:
        if not token.like_num or doc[token.i - 1].lower_ not in (",", "and", "while"):
            continue
        nxt = doc[token.i + 1]
        if nxt.lower_ in lex.breakdown_figure_words:
            nxt = doc[nxt.i + 1]
        name = _breakdown_name(nxt) if nxt.lower_ in lex.breakdown_preps else None
        if name is not None:
            later.append(name)
    if not later or _parts_follow(quantity, own.text) or any(_holds_place(own.text, n.text) for n in later):
        return None
    return own.text.lower()


def _parts_follow(quantity: Quantity, own: str) -> bool:
    """ "Strikes killed 41 people in Gaza, 12 in Rafah alone", "Floods killed
    37 people in Kenya, including 14 in Mombasa", "The quake killed 2,000
    people in Morocco, and 800 in Al Haouz province": a later figure of the
    sentence is a part of this one, marked so (``partial_area_markers`` after
    its place, ``subgroup_words`` before it) or told of a place that this
    figure's country or region (``own``) holds; this figure is then the
    whole toll, no place's share.  A place named with its area word
    ("31 people in Kessa province, including nine in the town of Orvo") is
    still told as a part of a wider land, whatever parts of it follow."""
    lex = lexicon()
    words = own.lower().split()
    if len(words) > 1 and words[-1] in lex.partial_areas:
        return False
    doc = quantity.first.doc
    end = quantity.last.sent.end
    for token in doc[quantity.last.i + 1 : end]:
        if not token.like_num:
            continue
        if token.i > 0 and doc[token.i - 1].lower_ in lex.subgroup:
            return True
        for word in doc[token.i + 1 : min(token.i + 8, end)]:
            if word.lower_ in lex.partial_markers:
                return True
            if word.is_punct or word.like_num:
                break
        place = place_of(Quantity(token, token, 0, 0, 0, None, token))
        if place and _holds_place(own, place):
            return True
    return False


def _holds_place(outer_name: str, inner_name: str) -> bool:
    """Whether the gazetteer's likeliest place of ``outer_name``, a country or
    region, holds that of ``inner_name`` (another place)."""
    gazetteer = get_gazetteer()
    outer = gazetteer.best(outer_name)
    inner = gazetteer.best(inner_name)
    if outer is None or inner is None or outer == inner or outer.kind not in ("country", "region"):
        return False
    return gazetteer.contains(outer, inner)


def _breakdown_name(prep: Token) -> Span | None:
    """The place named after a breakdown's preposition: "Swat", "the city of
    Nampula", "Upper Dir" (the run of proper nouns from the first)."""
    doc = prep.doc
    end = prep.sent.end
    if prep.i + 1 >= end:
        return None
    nxt = doc[prep.i + 1] if doc[prep.i + 1].lower_ != "the" else doc[min(prep.i + 2, end - 1)]
    named = _named_area(nxt, end)
    if named is not None:
        nxt = named
    if nxt.pos_ != "PROPN" or nxt.lower_.rstrip(".") in MONTH_FORMS or _a_weekday(nxt):
        return None
    last = nxt.i
    while last + 1 < end and doc[last + 1].pos_ == "PROPN":
        last += 1
    return doc[nxt.i : last + 1]


def _a_weekday(token: Token) -> bool:
    return token.text.rstrip(".").capitalize() in WEEKDAY_NAMES


def where_place(quantity: Quantity) -> str | None:
    """The named place a figure's clause is told of by "where": "the nearby
    town of Harasta, where four people died", "Dir, where 14 people were
    killed"."""
    verb = verb_of(quantity)
    if verb is None or verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return None
    head = verb.head
    if head.pos_ != "PROPN" or not (_a_place(head) or _one_word_org(head) or _after_area_word(head)):
        return None
    return _compound_name(head).text


def _named_area(word: Token, end: int) -> Token | None:
    """The name in "(the) besieged town of Douma", "rebel-held town of
    Kafranbel", "village of Ziranag": an area word (``partial_area_nouns``)
    with at most four describing words before it, then "of" and a proper
    name; None otherwise."""
    doc = word.doc
    areas = lexicon().partial_areas
    i = word.i
    while i < min(word.i + 4, end) and doc[i].lower_ not in areas:
        if (
            doc[i].is_punct
            and doc[i].text != "-"
            or doc[i].pos_ not in ("ADJ", "VERB", "NOUN", "ADV", "PUNCT")
        ):
            return None
        i += 1  # "besieged", "northern", "rebel-held"
    if i + 2 >= end or doc[i].lower_ not in areas or doc[i + 1].lower_ != "of":
        return None
    name = doc[i + 2]
    return name if name.pos_ == "PROPN" else None


def _after_area_word(name: Token) -> bool:
    """Whether a name follows an area word and "of": "the town of Maarrat"."""
    of = name.head
    return name.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in lexicon().partial_areas


def _place_alone(quantity: Quantity, place: str) -> bool:
    """ "Five people died in Greenville alone": a marker (``partial_area_markers``)
    right after the place told after the figure makes it one place's share,
    as in a fronted "In Amatrice alone,"."""
    sentence = quantity.last.sent
    words = place.split()
    for token in sentence:
        if token.i <= quantity.last.i or token.text != words[-1]:
            continue
        following = token.doc[token.i + 1] if token.i + 1 < sentence.end else None
        return following is not None and following.lower_ in lexicon().partial_markers
    return False


def _one_word_org(word: Token) -> bool:
    """ "died in Dornitz": a town the tagger takes for an organisation, one
    word long (a hospital or a firm is named with more: "St. Luke's
    Hospital")."""
    doc = word.doc
    return (
        word.ent_type_ == "ORG"
        and word.ent_iob_ == "B"
        and (word.i + 1 >= len(doc) or doc[word.i + 1].ent_iob_ != "I")
    )


def fronted_place(quantity: Quantity, bare: bool = False) -> str | None:
    """The area a sentence opens on when it tells one area's share of the
    toll: "aleppo" for "In Aleppo province, 371 people were killed",
    "sivrice" for "In the town of Sivrice, two people were killed",
    "amatrice" for "In Amatrice alone, 35 people were killed".  The "in"
    (``partial_area_prepositions``) must open the sentence and hang on the figure's verb, and the area must
    be named with an area word (``partial_area_nouns``) or "alone"; a bare
    "In Chicago, three people were killed" may be the whole toll, and is
    read only with ``bare`` (the caller then checks that the report told a
    larger toll before it: "At least 128 people were killed ... In
    Jajarkot, 92 people were killed").

    The same share is told with the area as the subject of a verb a place
    tells its toll by (``place_share_verbs``): "Zimbabwe reported 31
    deaths", "Jajarkot district accounted for 60 of the dead", "Sindh was
    the worst-hit province, with 347 deaths" (an area word as what the
    place is marks it as one area of several, as "alone" does)."""
    verb = verb_of(quantity)
    if verb is None:
        return None
    opening = _opening(quantity, verb, lexicon().partial_openers)
    if opening is not None:
        objects = [c for c in opening.children if c.dep_ == "pobj"]
        return _area_name(objects[0], bare) if objects else None
    return _place_subject(quantity, verb, bare)


def _opening(quantity: Quantity, verb: Token, preps: Collection[str]) -> Token | None:
    """The preposition that opens the figure's sentence and hangs on its
    verb, before the figure ("In Aleppo province, 371 ...")."""
    opening = _opening_of(verb, preps)
    return opening if opening is not None and opening.i < quantity.first.i else None


def _opening_of(verb: Token, preps: Collection[str]) -> Token | None:
    """The first word of ``verb``'s sentence when it is one of ``preps`` and
    hangs on ``verb`` ("In Sindh province, 274 people died"); in a lede
    after a wire dateline, the story's first word ("BALTIMORE (WBAL) - Over
    the weekend, seven people were shot")."""
    sentence = verb.sent
    story = dateline_story_start(verb.doc)
    if story is not None and sentence.start < story < sentence.end:
        sentence = verb.doc[story : sentence.end]
    words = [t for t in sentence if not (t.is_punct or t.is_space)]
    # "Meanwhile, in neighbouring Namisindwa district, two people died"
    if len(words) > 1 and words[0].lower_ in lexicon().partial_lead_adverbs and words[0].nbor().text == ",":
        words = words[1:]
    opening = words[0] if words else None
    if opening is None or opening.lower_ not in preps or opening.head.i != verb.i:
        return None
    return opening


def other_area_opening(quantity: Quantity) -> str | None:
    """The area a count of things opens on where the words say it is another
    area than the story's own: a neighbour word before it ("In the
    neighbouring Ivano-Frankivsk region, 12 households were flooded") or a
    "where" clause on it telling the event came there too
    (``other_area_marks``: "In Garissa County, where the Tana River has
    also broken its banks, 1,300 households have been displaced").  Such a
    figure is that area's share; a bare "In Tana River County, 4,200
    households have been displaced" stays the whole."""
    verb = verb_of(quantity)
    lex = lexicon()
    opening = _opening(quantity, verb, lex.partial_openers) if verb is not None else None
    if opening is None:
        return None
    for area in (c for c in opening.children if c.dep_ == "pobj"):
        if any(c.lower_ in lex.neighbours for c in area.children) or _event_there_too(area):
            return _area_name(area, marked=True)
    return None


def _event_there_too(area: Token) -> bool:
    """ "Garissa County, where the Tana River has also broken its banks": a
    "where" clause on the area with a word of ``other_area_marks``."""
    marks = lexicon().other_area_marks
    return any(
        clause.dep_ == "relcl"
        and any(c.lower_ == "where" for c in clause.children)
        and any(c.dep_ == "advmod" and c.lower_ in marks for c in clause.children)
        for clause in area.children
    )


def fronted_period(quantity: Quantity) -> str | None:
    """The stretch of time a sentence opens on when it tells the toll of
    that stretch only: "24 hours" for "In the last 24 hours, 28 people
    died", "week" for "Over the past week, 12 more died" (``period_words``
    and ``period_units``): the day's share of a toll that keeps rising, set
    only against another report's figure of the same stretch."""
    verb = verb_of(quantity)
    lex = lexicon()
    opening = _opening(quantity, verb, lex.period_preps) if verb is not None else None
    if opening is None:
        return None
    for unit in (c for c in opening.children if c.dep_ == "pobj"):
        if lemma_of(unit) not in lex.period_units:
            continue
        if not any(c.lower_ in lex.period_words for c in unit.children if c.dep_ == "amod"):
            continue
        figures = [c.text.lower() for c in unit.children if c.dep_ == "nummod"]
        return " ".join([*figures, unit.lower_])
    return None


def fronted_span(quantity: Quantity) -> bool:
    """Whether a sentence opens on a stretch named by its own word
    (``period_spans``): "Over the weekend, seven people were shot in
    Baltimore" tallies the stretch's shootings across a city, a total wider
    than the incident (scope "wider"), never a share of its toll."""
    verb = verb_of(quantity)
    lex = lexicon()
    opening = _opening(quantity, verb, lex.period_preps) if verb is not None else None
    if opening is None:
        return False
    return any(
        c.dep_ == "pobj"
        and lemma_of(c) in lex.period_spans
        and not any(n.dep_ == "nummod" for n in c.children)
        for c in opening.children
    )


def _place_subject(quantity: Quantity, verb: Token, bare: bool) -> str | None:
    """The area that is the subject of the figure's verb, when the verb is
    one a place tells its own toll by (see :func:`fronted_place`).  A bare
    name must be one the parser takes for a place (a news agency or a
    person "reported 31 deaths" too).  A place's verb of saying
    ("Mozambique said 29 people had died") counts only beside another
    place's toll (:func:`_beside_another_place`)."""
    lex = lexicon()
    speech = (
        lemma_of(verb) not in lex.place_share_verbs
        and verb.dep_ == "ccomp"
        and lemma_of(verb.head) in lex.place_speech_verbs
    )
    told = verb
    if speech:
        verb = verb.head
    elif lemma_of(verb) not in lex.place_share_verbs:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < quantity.first.i), None)
    if subject is None:
        return None
    paired = _beside_another_place(verb, subject) or (speech and _toll_of_its_own(told, subject))
    if speech and not paired:
        return None
    # "Sindh was the worst-hit province", "Swat was the worst hit, with 21
    # dead": what the place is names it one area of several
    area_attr = any(
        c.dep_ == "attr" and (lemma_of(c) in lex.partial_areas or _ranked_hit(c)) for c in verb.children
    )
    # beside another area's share, a place the gazetteer knows is one area
    # too, also where the parser took it for an organisation ("Khyber Pakhtunkhwa")
    beside_share = subject.pos_ == "PROPN" and _beside_a_share(verb) and _known_place(subject)
    if (
        subject.pos_ == "PROPN"
        and not (area_attr or beside_share or paired)
        and subject.ent_type_ not in ("GPE", "LOC", "")
    ):
        return None
    return _area_name(subject, bare, marked=area_attr or beside_share or paired)


def _toll_of_its_own(told: Token, subject: Token) -> bool:
    """Whether a place's verb of saying tells the toll of that place itself:
    "Mozambique said 29 people had died there" (or "... died in
    Mozambique").  The "there" names the speaker's own ground, so the figure
    is its share of a wider toll, not the whole, even in a clause of its
    own; "Nepal said 100 people died" names no place and stays the toll."""
    if not _a_place(subject):
        return False
    for child in told.children:
        if child.dep_ == "advmod" and child.lower_ in lexicon().place_own_words:
            return True
        if child.dep_ == "prep" and child.lower_ == "in":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].lower_ == subject.lower_:
                return True
    return False


def _beside_another_place(verb: Token, subject: Token) -> bool:
    """Whether the clause of ``verb``, whose subject is a place, is joined
    ("while", "whereas": ``share_clause_marks``; or "and") to a clause in
    which another place tells a figure by a verb of its toll or of saying:
    "Zimbabwe reported 31 deaths ..., while Mozambique said 29 people had
    died" tells two countries' shares, neither the whole toll."""
    if not _a_place(subject):
        return False
    lex = lexicon()
    partners = [c for c in verb.children if _joined_clause(c)]
    if _joined_clause(verb):
        partners.append(verb.head)
    for partner in partners:
        if lemma_of(partner) not in lex.place_share_verbs | lex.place_speech_verbs:
            continue
        other = next((c for c in partner.children if c.dep_ == "nsubj"), None)
        if other is None or not _a_place(other) or other.lower_ == subject.lower_:
            continue
        if subject.ent_type_ == other.ent_type_ == "ORG":
            continue  # two names the parser takes for organisations: two agencies, maybe
        inside = {t.i for t in partner.subtree}
        if partner.i == verb.head.i:
            inside -= {t.i for t in verb.subtree}  # the head's clause without the figure's own
        if any(partner.doc[i].like_num and i > other.i for i in inside):
            return True
    return False


def _joined_clause(verb: Token) -> bool:
    """A verb whose clause is joined to its head's by "and" or a
    ``share_clause_marks`` word."""
    if verb.head is verb or verb.head.pos_ not in ("VERB", "AUX") or verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.dep_ == "conj" or (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in lexicon().share_clause_marks for c in verb.children)
    )


def _a_place(word: Token) -> bool:
    """A proper name the parser takes for a place, or one the gazetteer knows
    that the parser took for no person ("Mozambique" is often tagged an
    organisation; the other place of the pair must not be)."""
    if word.pos_ != "PROPN":
        return False
    return word.ent_type_ in ("GPE", "LOC") or word.ent_type_ in ("", "ORG", "NORP") and _known_place(word)


def _known_place(word: Token) -> bool:
    """Whether the gazetteer knows the name ``word`` ends (with its compounds)."""
    return bool(get_gazetteer().candidates(_compound_name(word).text))


def _beside_a_share(verb: Token) -> bool:
    """Whether ``verb`` heads a clause joined ("while", "whereas":
    ``share_clause_marks``; or "and") to a clause that opens on one area's
    share ("In Sindh province, 274 people died, while Khyber Pakhtunkhwa
    recorded 264 deaths"): a second area's share, told the same way."""
    lex = lexicon()
    head = verb.head
    if head is verb or head.pos_ not in ("VERB", "AUX"):
        return False
    joined = verb.dep_ == "conj" or (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in lex.share_clause_marks for c in verb.children)
    )
    if not joined:
        return False
    opening = _opening_of(head, lex.partial_openers)
    if opening is None:
        return False
    return any(_area_name(o, bare=True) for o in opening.children if o.dep_ == "pobj")


def _area_name(word: Token, bare: bool = False, marked: bool = False) -> str | None:
    """The name of the area a fronted "in" points to, when an area word or
    "alone" marks it as one area of several (see :func:`fronted_place`)."""
    lex = lexicon()
    marked = marked or any(c.lower_ in lex.partial_markers for c in (*word.children, *word.head.children))
    if lemma_of(word) in lex.partial_areas:
        named = [c for c in word.children if c.dep_ in ("compound", "amod") and c.text[:1].isupper()]
        for of in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"):
            named += [o for o in of.children if o.dep_ == "pobj" and o.text[:1].isupper()]
        if not named:
            return None
        return _compound_name(named[0]).text.lower()
    if word.pos_ == "PROPN" and (marked or bare and _fronted_place_name(word)):
        return _compound_name(word).text.lower()
    return None


#: what the parser takes a village's name it has never seen for, after a
#: fronted "In" ("In Samarbagh, a woman and her son were killed"): no person
#: is spoken of as a place one is "in"
UNSEEN_PLACE_LABELS = frozenset({"PERSON"})


def _fronted_place_name(word: Token) -> bool:
    """Whether the name a bare fronted "In X," points to reads as a place:
    one the parser tags a place or leaves untagged, one the gazetteer knows
    that the parser took for an organisation ("In Chitral, two people were
    killed"), or a village the parser took for a person's name or for a
    one-word organisation (as "died in Dornitz" is read)."""
    return word.ent_type_ in PLACE_LABELS | UNSEEN_PLACE_LABELS or _one_word_org(word) or _a_place(word)


def _compound_name(word: Token) -> Span:
    """A name with the compounds written before its head: "Chikwawa" of
    "Chikwawa district" is itself, "Khyber Pakhtunkhwa" of "Pakhtunkhwa"."""
    parts = [c for c in word.children if c.dep_ == "compound" and c.i < word.i]
    return word.doc[(parts[0].i if parts else word.i) : word.i + 1]


def _places_of_other_figures(quantity: Quantity) -> set[str]:
    """The places named after the other figures of a count's sentence, read
    as counts or not: "six were killed in Kalomo while three each were killed
    in Pemba and Sabi" gives a figure per district even where "three each"
    is no count of its own."""
    found = set()
    for token in quantity.first.sent:
        if token.like_num and not quantity.first.i <= token.i <= quantity.last.i:
            place = place_of(Quantity(token, token, 0, 0, 0, None, token))
            if place:
                found.add(place.lower())
    return found


def _who(quantity: Quantity) -> str:
    """Whom a count of one person is about: the name, the noun, the pronoun."""
    if quantity.noun is not None:
        return lemma_of(quantity.noun)
    return " ".join(t.text for t in quantity.first.doc[quantity.first.i : quantity.last.i + 1]).lower()


def _toll(claim: RawClaim) -> tuple[str, str | None] | None:
    """Which toll a figure counts towards (:func:`~reportcheck.knowledge.wholes.toll_of`)."""
    return toll_of(claim)


def _same_toll(a: RawClaim, b: RawClaim) -> bool:
    return _toll(a) is not None and _toll(a) == _toll(b)


def _ranks(found: list[tuple[RawClaim, Quantity | None]]) -> dict[tuple[str, str | None], int]:
    """The highest rank of a person singled out per toll ("a third victim was
    wounded": three injured at least)."""
    ranks: dict[tuple[str, str | None], int] = {}
    for claim, quantity in found:
        toll = _toll(claim)
        rank = quantity.rank if quantity is not None and quantity.individual else None
        if toll is not None and rank is not None:
            ranks[toll] = max(rank, ranks.get(toll, 0))
    return ranks


def _under_a_rank(claim: RawClaim, ranks: dict[tuple[str, str | None], int]) -> bool:
    """A figure smaller than the rank of someone the report singles out
    ("two men were shot ... a third man was grazed"): not all of them."""
    toll = _toll(claim)
    high = claim.value.high
    return toll is not None and high is not None and high < ranks.get(toll, 0)


def _sentence_of(quantity: Quantity) -> int:
    return quantity.first.sent.start


def assign_scopes(found: list[tuple[RawClaim, Quantity | None]], individual: str) -> list[RawClaim]:
    """The claims with ``frame.scope`` (and ``frame.bearer`` for one
    person) filled where the figure is not the total.

    ``found`` is in reading order, each claim with the quantity it was read
    from (None for zeroes and pronouns); ``individual`` is the count group of
    one singled-out person."""
    scoped = [claim for claim, _ in found]
    ranks = _ranks(found)
    places: dict[tuple[int, tuple[str, str | None] | None], set[str]] = {}
    located: dict[int, str] = {}
    fronted: dict[int, str] = {}
    told_in: dict[int, str] = {}
    for n, (claim, quantity) in enumerate(found):
        if quantity is None or _toll(claim) is None or claim.count.group == individual:
            continue
        place = place_of(quantity) or where_place(quantity)
        area = fronted_place(quantity)
        if area:
            fronted[n] = area
            places.setdefault((_sentence_of(quantity), _toll(claim)), set()).add(area)
        if bare_area := area or fronted_place(quantity, bare=True):
            told_in[n] = bare_area  # "In Kovac, 11 people died": a line of a breakdown
        if place:
            located[n] = place
            places.setdefault((_sentence_of(quantity), _toll(claim)), set()).add(place.lower())
    for n, (claim, quantity) in enumerate(found):
        if quantity is not None and _toll(claim) is None and claim.kind is ClaimKind.other_count:
            if _singled_out_things(quantity):
                # "the four hardest-hit villages": a cut of its own size, which
                # another report's "12 worst-hit villages" does not contradict
                scoped[n] = _scoped(claim, f"{TOP}:{claim.value.label}")
            elif is_subgroup(quantity) and not (claim.frame.scope or "").startswith(f"{SUBGROUP}:"):
                # "including three ladder trucks" (a part read as one, "subgroup:crew", keeps its name)
                scoped[n] = _scoped(claim, SUBGROUP)
            elif claim.frame.scope is None and (area := other_area_opening(quantity)) is not None:
                # "In the neighbouring Ivano-Frankivsk region, 12 households were flooded"
                scoped[n] = _scoped(claim, f"{PLACE}:{area}")
            continue
        if quantity is None or _toll(claim) is None:
            continue
        before = [c for c, q in found[:n] if _same_toll(c, claim)]
        scope, bearer = _scope(claim, quantity, before, [c for c, _ in found[:n]], individual)
        if scope is None and _toll(claim) == (ClaimKind.injured.value, claim.count.role):
            scope = condition_of(quantity)  # "ten others seriously injured": the worst hurt
        if scope is None and (severity := _worst_hurt_of_more(claim, quantity, found)) is not None:
            scope = f"{CONDITION}:{severity}"  # "five were injured ... Two suffered serious injuries"
        if claim.kind is ClaimKind.arrested and unrelated_arrest(quantity):
            scoped[n] = _scoped(claim, UNRELATED)  # "arrested on an outstanding warrant"
            continue
        if counted_apart(quantity):
            scoped[n] = _scoped(claim, APART)  # "Five killed in a landslide are counted separately"
            continue
        if claim.kind is ClaimKind.killed and spans_linked_cases(quantity):
            scoped[n] = _scoped(claim, CASES)  # "the murders of two girls are now connected"
            continue
        if scope is None and _wider_total(claim, quantity, before):
            scope = WIDER  # "A tornado killed five ... Storms across the South killed six in all"
        if scope is None and n in fronted:
            scope = f"{PLACE}:{fronted[n]}"  # "In Aleppo province, 371 people were killed"
        if scope is None and fronted_span(quantity):
            scope = WIDER  # "Over the weekend, seven people were shot in Baltimore"
        if scope is None and (period := fronted_period(quantity)) is not None:
            # "In the last 24 hours, 28 people died"; "Over the past three weeks,
            # rains across the country have left 31 dead" is a nation's tally
            scope = WIDER if spread_over_places(quantity) else f"{PERIOD}:{period}"
        if scope is None and (count := places_counted(quantity)) is not None:
            scope = f"{PLACES}:{count}"  # "air raids killed 14 civilians in two towns"
        if scope is None and (stretch := _stretch_share(n, quantity, found)) is not None:
            scope = f"{PERIOD}:{stretch}"  # "Five drowned on Thursday, bringing the toll to 41"
        if scope is None and (area := fronted_place(quantity, bare=True)) and _below_earlier(claim, before):
            scope = f"{PLACE}:{area}"  # "At least 128 people were killed ... In Jajarkot, 92"
        if scope is None and n in located and _place_alone(quantity, located[n]):
            scope = f"{PLACE}:{located[n].lower()}"  # "Five people died in Greenville alone"
        if scope is None and n in located:
            key = (_sentence_of(quantity), _toll(claim))
            if (
                len(places.get(key, set()) | _places_of_other_figures(quantity)) > 1
                and not _shared_out(n, found)
                and not _parts_follow(quantity, located[n])
            ):
                scope = f"{PLACE}:{located[n].lower()}"  # "12 in Aleppo and 5 in Idlib"
        if (
            scope is None
            and not (claim.count.group or "").startswith(
                f"{ORIGIN}:"
            )  # "three were from Tarrow": where they lived
            and (listed := breakdown_place(quantity)) is not None
        ):
            scope = f"{PLACE}:{listed}"  # "five died in Mossuril, three in Nampula and one in Ilha"
        if (
            scope is None
            and (there := place_there(quantity)) is not None
            and _larger_before(n, quantity, found)
        ):
            # "killing at least nine ... brought down a minaret in Kocaeli and
            # killed two people there": that place's share; alone, the toll
            scope = f"{PLACE}:{there.lower()}"
        if scope is None and n in located and _placed_breakdown(n, found, {**told_in, **located}):
            scope = f"{PLACE}:{located[n].lower()}"  # "killing nine ... Six died in Duzce ... Three in ..."
        if scope is None and claim.count.group == individual and _others_counted(claim, found):
            scope, bearer = INDIVIDUAL_SCOPE, _who(quantity)
        if scope is None and claim.count.group != individual and _first_of_several(n, found):
            scope, bearer = INDIVIDUAL_SCOPE, _who(quantity)  # "One officer was shot ... four other officers"
        if scope is None and claim.count.group != individual and _under_a_rank(claim, ranks):
            scope = PART  # "two men with gunshot wounds ... a fourth victim"
        if scope is None and _toll(claim) == (ClaimKind.injured.value, claim.count.role):
            scope = treated_abroad(quantity)  # "31 hurt ... treated in Turkish hospitals"
        if scope is None and claim.count.group != individual and _tally_goes_on(claim, quantity, found):
            scope = PART  # "Twelve bodies were taken out ..., another two were found in ..."
        if scope is None and _taken_of_the_hurt(claim, quantity, found):
            scope = f"{CONDITION}:hospital"  # "injured several people ... Four were taken to hospitals"
        if scope == PART and _of_the_hurt(quantity) and _taken_of_the_hurt(claim, quantity, found):
            # "injuring nine ... Four of the injured were taken to hospitals": the
            # hospital's share, which another report's "Six people were taken" tells
            scope = f"{CONDITION}:hospital"
        if scope is None and _one_unnamed(quantity) and _larger_toll_told(claim, found):
            scope = PART  # "15 people were killed ... a man living in a nursing home died"
        if scope is None and _bare_noun(quantity) and _toll_told_elsewhere(claim, found):
            scope = PART  # a headline's "Teen arrested in shooting", the body's three arrested
        if (
            scope is None
            and (marker := told_of_a_part(quantity, one=_after_a_part(n, quantity, found, scoped)))
            and (another_part_follows(quantity) or _larger_before(n, quantity, found))
        ):
            # "four died at the scene and a fifth later", "two died after jumping"
            # (of 66), "six aboard and one on the ground": named by the part's
            # name, set against the same part only
            scope = f"{PART}:{marker}"
        if scope is None and _elided_people(quantity) and _after_a_share(n, quantity, found, scoped):
            # "Three of the injured were flown to a burn centre, and two were
            # treated and released": the next share of the people just told,
            # named by its own verb so that it meets only the same share
            verb = verb_of(quantity)
            scope = f"{PART}:{lemma_of(verb) if verb is not None else 'next'}"
        if scope is None and (where := _held_apart(claim, quantity, found)) is not None:
            scope = f"{HELD}:{where}"  # "one person in the truck was injured", "one body remained aboard"
        if scope is None and _joins_the_toll_before(claim, quantity, found[:n]):
            scope = INCREMENT  # "A woman and her grandson were killed ..., and a construction worker died"
        if scope == SHARE:
            scoped[n] = replace(claim, details=claim.count.replace(derived=SHARE))
        elif scope is not None:
            scoped[n] = _scoped(claim, scope, bearer)
        if scope == PART and partitive(quantity) is not None:
            # "one of the victims died after jumping": inside the toll, never added to it
            scoped[n] = replace(scoped[n], details=scoped[n].count.replace(partitive=True))
        if (scoped[n].frame.scope == INCREMENT or scoped[n].frame.scope is None and says_more(quantity)) and (
            group := _group_gone_on(claim, quantity, found[:n], individual)
        ):
            # "Four more officers were shot ... Another four were injured": four
            # more officers; "A police officer was killed ... Another four were
            # injured": four officers hurt, all the report tells of
            scoped[n] = replace(scoped[n], details=scoped[n].count.replace(group=group))
        kind = kind_of_people(scoped[n], quantity)
        if kind is not None:
            scoped[n] = replace(scoped[n], frame=scoped[n].frame.model_copy(update={"bearer": kind}))
    scoped = _headline_places(scoped, found)
    # "Two passengers remain unaccounted for", no find told since: the
    # report's missing, which may be its whole count of them
    scoped = _still_missing_after_finds(scoped, [claim for claim, _ in found])
    return _wholes_told_by_kind(scoped, found)


def _wholes_told_by_kind(
    scoped: list[RawClaim], found: list[tuple[RawClaim, Quantity | None]]
) -> list[RawClaim]:
    """The counts told as no share (``told_whole``), and of them those that
    are their report's only figure of their toll (``whole``, as
    :func:`~reportcheck.knowledge.wholes.wholes` reads it over the report):
    "Two men were arrested", "Eight miners were killed", "Three people were
    arrested", where the report tells no other figure of that toll (or only
    the same figure again, "two men are in custody", a headline's "3
    arrested") and the count is no share of anything ("two of the men",
    "among those arrested", "including two men").  Reporters name the
    arrested by their sex and a disaster's dead by their trade when that is
    all of them; beside another figure of its own report ("11 dead, eight of
    them miners", "Three people were arrested ... two men") such a count is
    a part, and stays one.  The incidents stage asks again inside each
    incident, where an earlier disaster's toll is no other figure."""
    told = [
        replace(claim, details=claim.count.replace(told_whole=True))
        if quantity is not None and _whole_candidate(claim, quantity)
        else claim
        for claim, (_, quantity) in zip(scoped, found, strict=True)
    ]
    return [
        replace(claim, details=claim.count.replace(whole=True)) if whole else claim
        for claim, whole in zip(told, wholes(told), strict=True)
    ]


def _whole_candidate(claim: RawClaim, quantity: Quantity) -> bool:
    """An exact figure of no scope, told as no share, of everyone
    ("three people") or of two or more of one of ``whole_groups``
    (rules/counts.yaml: "Two men were arrested"); not "two of the men",
    "two men among the dead", "about a dozen workers", nor "a man" (one
    person of a toll told by an article)."""
    if _toll(claim) is None or claim.frame.scope is not None or claim.count.derived is not None:
        return False
    group = claim.count.group or "all"
    if group != "all" and (group not in lexicon().whole_groups or quantity.low < 2):
        return False
    if claim.count.attacker is not None or quantity.vague or quantity.ranged or quantity.individual:
        return False
    return quantity.low == quantity.high and partitive(quantity) is None and not is_subgroup(quantity)


def _headline_places(scoped: list[RawClaim], found: list[tuple[RawClaim, Quantity | None]]) -> list[RawClaim]:
    """A headline's figure told with a place is that place's share as the
    body's same figure is: "Sohal under water as Marran toll reaches 25"
    over "killed 25 people in Marran province, including eight in the city
    of Sohal" (place:marran) is Marran's toll, no total another report's 40
    nationwide contradicts.  Only where the headline names the place and the
    body never tells the same figure as a total."""
    out = list(scoped)
    for n, (claim, quantity) in enumerate(found):
        if quantity is None or scoped[n].frame.scope is not None or _toll(claim) is None:
            continue
        if not headline_like(quantity.first.sent):
            continue
        same = [
            m
            for m, (c, q) in enumerate(found)
            if q is not None
            and not headline_like(q.first.sent)
            and _same_toll(c, claim)
            and (c.value.low, c.value.high) == (claim.value.low, claim.value.high)
        ]
        scopes = {scoped[m].frame.scope or "" for m in same}
        heading = quantity.first.sent.text.lower()
        places = {s for s in scopes if s.startswith(f"{PLACE}:") and _named_in(s[len(PLACE) + 1 :], heading)}
        if "" not in scopes and len(places) == 1:
            out[n] = _scoped(claim, places.pop())
    return out


def _named_in(place: str, heading: str) -> bool:
    """Whether a headline names a place, with or without its area word
    ("Kessa" for "kessa province")."""
    words = place.split()
    if len(words) > 1 and words[-1] in lexicon().partial_areas:
        words = words[:-1]
    return re.search(rf"\b{re.escape(' '.join(words))}\b", heading) is not None


def _still_missing_after_finds(scoped: list[RawClaim], claims: list[RawClaim]) -> list[RawClaim]:
    """The claims with a count of the still missing kept as a part of all
    who were missing only in a report that tells bodies found since an
    earlier count ("recovered 29 more bodies ... 23 people were still
    missing"): the update that explains the fall.  Elsewhere "23 people
    remained missing" is the count of the missing the report gives, set
    against another report's of the same day as any count is."""
    if any(c.frame.scope == FOUND_MORE_SCOPE for c in scoped):
        return scoped
    return [
        claims[n] if claim.frame.scope == STILL_MISSING_SCOPE else claim for n, claim in enumerate(scoped)
    ]


def _stretch_share(n: int, quantity: Quantity, found: list[tuple[RawClaim, Quantity | None]]) -> str | None:
    """The day or stretch a figure is the share of (see
    :func:`~reportcheck.extract.counts.parts.stretch_told`), only where the
    report tells a larger toll of the same outcome as cumulative ("Five
    people drowned on Thursday ... the season's toll to 41", "At least 38
    people have died since June. Eight died on Monday") or of two days or
    more that include its own (:func:`_days_within`), itself never such a
    toll nor the value a toll rose to.  Two days named for one figure are no
    share by themselves: "strikes killed 10 people on Monday and Tuesday" is
    as often the story's whole toll, which its day-by-day sentences then
    break down."""
    stretch = stretch_told(quantity)
    if stretch is None or told_cumulative(quantity) or _a_toll_value(quantity):
        return None
    claim = found[n][0]
    high = claim.value.high
    if high is None:
        return None
    for other, figure in found:
        if other is claim or figure is None or not _same_toll(other, claim):
            continue
        if (
            other.value.low is not None
            and other.value.low > high
            and (told_cumulative(figure) or _days_within(stretch, stretch_told(figure)))
        ):
            return stretch
    return None


def _days_within(stretch: str, whole: str | None) -> bool:
    """Whether a day's figure falls inside a larger figure told of two days or
    more that include it: "Six people were killed on Monday" beside "strikes
    killed 10 people on Monday and Tuesday" is Monday's share of the two
    days' toll, as it is of a toll told as cumulative."""
    if whole is None or "+" not in whole:
        return False
    return set(stretch.split("+")) < set(whole.split("+"))


def _a_toll_value(quantity: Quantity) -> bool:
    """Whether a figure is the value a toll is told to reach: "rose to 41
    on Thursday", "the toll stood at 41", "The death toll ... reached 37 on
    Tuesday" (a subject among ``toll_nouns``)."""
    head = _root(quantity).head
    if head.dep_ == "prep" or head.lower_ in ("to", "at"):
        return True
    verb = verb_of(quantity)
    tolls = lexicon().toll_nouns
    return verb is not None and any(
        c.dep_ in ("nsubj", "nsubjpass") and lemma_of(c) in tolls for c in verb.children
    )


def _wider_total(claim: RawClaim, quantity: Quantity, before: list[RawClaim]) -> bool:
    """Whether a figure is a toll summed over places wider than the incident
    the report told a smaller figure of before: "Storms across the South
    killed six people in all, including one in Kentucky" after "A tornado
    ... killed five people".  Its clause (the words of the verb it hangs on,
    or its sentence where it hangs on none) says both that it is a sum
    (``wider_sum_words``) and that it spreads wider (``wider_spread_words``),
    so that "and injured 20 in all" beside it makes no sum of it; set
    against one town's toll of the incident, it would read as a conflict."""
    low = claim.value.low
    if low is None or not any(
        c.frame.scope is None and c.value.high is not None and c.value.high < low for c in before
    ):
        return False
    lex = lexicon()
    verb = verb_of(quantity)
    words = clause_words(verb) if verb is not None else list(quantity.first.sent)
    if not tells(" ".join(t.text for t in words), lex.wider_sum_words):
        return False
    return any(_spreads(token) for token in words if token.lower_ in lex.wider_spread_words)


def spread_over_places(quantity: Quantity) -> bool:
    """Whether a figure's clause spreads its toll over places
    (``wider_spread_words``: "across the country", "nationwide"): told of a
    stretch of time ("Over the past three weeks, heavy rains across the
    country have left 31 people dead"), it is that stretch's tally of a land
    or a region, wider than the incident (scope "wider"), where "In the last
    24 hours, 28 people died" is one toll's rise."""
    verb = verb_of(quantity)
    words = clause_words(verb) if verb is not None else list(quantity.first.sent)
    return any(_spreads(token) for token in words if token.lower_ in lexicon().wider_spread_words)


def _spreads(word: Token) -> bool:
    """ "across the South", "across the region", "across the country",
    "statewide": a word that spreads a toll over places; "across"
    (``wider_spread_over_area``) only before a capitalised name, an area noun
    or a whole land (``wider_spread_whole_areas``): "across the street" is
    one spot."""
    lex = lexicon()
    if word.lower_ not in lex.wider_spread_over_area:
        return True
    objects = [c for c in word.children if c.dep_ == "pobj"]
    return any(
        o.text[:1].isupper()
        or lemma_of(o) in lex.partial_areas
        or lemma_of(o) in lex.wider_spread_whole_areas
        for o in objects
    )


def _below_earlier(claim: RawClaim, before: list[RawClaim]) -> bool:
    """Whether the report told a larger figure of the same toll before this
    one: then a figure fronted by a bare "In X," is that place's share.
    ``before`` is read as found, not as scoped so far, on purpose: an
    earlier place's share larger than this figure ("In Jajarkot province,
    92 ... In Rukum, 40") means the report is going through places, and
    this one is a share too."""
    low = claim.value.low
    return low is not None and any(
        c.frame.scope is None and c.value.low is not None and c.value.low > low for c in before
    )


def _group_of(claim: RawClaim) -> str:
    return claim.count.group or "all"


def kind_of_people(claim: RawClaim, quantity: Quantity) -> str | None:
    """Which kind of people a casualty count counts, its bearer: "pilot"
    for "two pilots", "firefighter" for "three firemen" (``kinds_of_people``),
    or for a share of a toll its noun ("including three civilians"), so that
    two figures of two kinds are never weighed as one.  None for a total, one
    person, or a noun that may name the people another does ("children",
    "workers")."""
    noun = quantity.noun
    if noun is None or claim.kind not in SCOPED_KINDS or claim.frame.bearer is not None:
        return None
    kinds = lexicon().kind_of_people
    lemma = lemma_of(noun)
    kind = kinds.get(noun.lower_) or kinds.get(lemma)
    return kind or (lemma if claim.frame.scope == SUBGROUP else None)


def _scoped(claim: RawClaim, scope: str, bearer: str | None = None) -> RawClaim:
    return replace(claim, frame=claim.frame.model_copy(update={"scope": scope, "bearer": bearer}))


def summed_increments(
    claims: list[RawClaim], quantities: list[Quantity | None], individual: str
) -> list[RawClaim]:
    """The totals a report makes of a count and the increments after it.

    "Two people died at the scene and a further three died in hospital":
    the two become a part, and a total of five, quoting both figures, is
    what the report says of all the dead.  An increment is summed with the
    nearest earlier count of its toll (itself a total), only when both are
    single figures; returns the claims with the bases re-scoped and the
    sums added after them.  ``quantities`` are the claims' quantities (a
    bound, "at least three others", is never summed); ``individual`` is the
    count group of one singled-out person, who is never the base of a sum
    (the report may single out others)."""
    result = list(claims)
    totals: list[RawClaim] = []
    for n, claim in enumerate(claims):
        quantity = quantities[n]
        if claim.frame.scope != INCREMENT or quantity is None or _bounded(quantity):
            continue
        earlier = [(i, c) for i, c in enumerate(result[:n]) if _same_toll(c, claim)]
        if not earlier:
            continue
        i, base = earlier[-1]
        base_quantity = quantities[i]
        if base_quantity is None or _bounded(base_quantity) or _paragraph_between(base, claim, quantity):
            continue
        if not _told_just_before(base, quantity):
            continue  # "Eight officers were hurt ... Three other officers were hurt by shrapnel"
        if _risen_toll(base, quantity):
            continue  # "Nine people have now died, after a further three died": the nine hold the three
        if _enumerated(base_quantity) and not says_more(quantity):
            continue  # "four people, including a judge. A court officer was also killed": one of the four
        if (
            base.frame.scope is not None
            or base.count.group == individual  # "Ann Ruiz was shot ... another woman": not all
            or not _single(base)
            or not _single(claim)
            or base.kind is not claim.kind
        ):
            continue  # "four were shot ... another four were hurt": no toll of one outcome
        assert base.value.low is not None and claim.value.low is not None  # _single
        total = base.value.low + claim.value.low
        value = base.value.model_copy(
            update={"written": total, "low": total, "high": total, "label": f"{total:g}"}
        )
        result[i] = _scoped(base, PART)
        totals.append(
            replace(
                base,
                end=claim.end,
                value=value,
                notes=[*base.notes, f"summed: {base.value.label} and {claim.value.label} more"],
                anchor_start=base.anchor_start if base.anchor_start is not None else base.start,
                anchor_end=base.anchor_end if base.anchor_end is not None else base.end,
            )
        )
    return result + totals


def _sentences_back_start(quantity: Quantity, back: int) -> int:
    """Where the sentence ``back`` sentences before the figure's own starts
    (0 at the text's start): the reach of "in its sentence or the one
    before", within which an increment or a bare "Another four" goes on from
    a count."""
    sentence = quantity.first.sent
    doc = quantity.first.doc
    for _ in range(back):
        if not sentence.start:
            break
        sentence = doc[sentence.start - 1].sent
    return sentence.start_char


def _group_gone_on(
    claim: RawClaim, quantity: Quantity, earlier: list[tuple[RawClaim, Quantity | None]], individual: str
) -> str | None:
    """The group an increment told by a bare figure ("Another four were
    injured by shrapnel") counts: the group of the count of several with a
    noun just before it ("four more officers were shot"), in its sentence or
    the one before; else the group of the one person with a noun told
    within the two sentences before ("A police officer was killed ...
    Officer Ann Ruiz died at the scene. Another four were injured": four
    more officers, a named person passed over).  None where the figure has
    its own noun or none is told."""
    if quantity.noun is not None or _group_of(claim) != "all":
        return None
    told_before = _sentences_back_start(quantity, 1)
    told_two_before = _sentences_back_start(quantity, 2)
    for other, other_quantity in reversed(earlier):
        if other.start < told_two_before:
            break
        group = _group_of(other)
        if other_quantity is None or other_quantity.noun is None or group == individual:
            continue
        if _several(other) and other.start >= told_before:
            return group if group != "all" else None
        if not _several(other) and _toll(other) is not None:
            return group if group in lexicon().corps_groups else None  # "A police officer was killed"
    return None


def _told_just_before(base: RawClaim, quantity: Quantity) -> bool:
    """Whether ``base`` is told in the increment's sentence or the one before
    it, the count an increment adds to (as :func:`_scope` reads it)."""
    return base.start >= _sentences_back_start(quantity, 1)


def _risen_toll(base: RawClaim, quantity: Quantity) -> bool:
    """Whether ``base`` is a toll its sentence tells as reached ("rose to
    nine", "Nine people have now died"): the increment told after it in that
    sentence is the rise it holds, no addition to it."""
    sentence = quantity.first.sent
    text = quantity.first.doc.text
    if base.start < sentence.start_char:
        return False
    patterns = toll_rise_patterns()
    before = text[sentence.start_char : base.start]
    return bool(
        patterns.before_figure.search(before) or patterns.now_after.match(text[base.end : sentence.end_char])
    )


def _paragraph_between(base: RawClaim, increment: RawClaim, quantity: Quantity) -> bool:
    """Whether a line break stands between a count and an increment: "...
    leaving a man wounded with shots to the neck.\nAnother man was also
    injured but not seriously" opens a new paragraph on another person,
    often hurt otherwise, and a sum quoting across the paragraph would
    join two statements the report keeps apart."""
    return "\n" in quantity.first.doc.text[base.end : increment.start]


def _enumerated(quantity: Quantity) -> bool:
    """ "four people, including a judge": a count whose members the report
    begins to list; a later "X was also killed" goes on with the list (also
    besides the judge), and is no addition to the four."""
    noun = quantity.noun if quantity.noun is not None else quantity.arg
    return any(c.dep_ == "prep" and c.lower_ == "including" for c in noun.children)


def _single(claim: RawClaim) -> bool:
    return claim.value.low is not None and claim.value.low == claim.value.high


def _scope(
    claim: RawClaim, quantity: Quantity, same_toll: list[RawClaim], earlier: list[RawClaim], individual: str
) -> tuple[str | None, str | None]:
    if claim.count.group == individual:
        return None, None
    if (claim.count.group or "").startswith(f"{ORIGIN}:"):
        # "Of those dead, three were from Tarrow": a share its place sets
        # apart (the group), met by another report's figure from that place
        return None, None
    of = partitive(quantity)
    low = claim.value.low
    larger = [c for c in same_toll if c.value.low is not None and low is not None and c.value.low > low]
    if (place := share_place(quantity)) is not None and (name := _share_place_name(place)) is not None:
        # "239 of the dead were in Blantyre", "Of the 56 killed, 31 died in
        # Zomba": that place's share of the toll, never the total
        return f"{PLACE}:{name}", None
    if of == "them" or (of == "the" and larger):
        return _condition_share(quantity) or (PART, None)  # "three of them", "four of the (nine) officers"
    if of is None and _group_of(claim) == "all" and toll_share_of(quantity) is not None:
        return PART, None  # "Of the 276 killed, 150 were women": some of the toll the "of" names
    if (larger or _elided_people(quantity)) and (state := _own_condition(quantity)) is not None:
        # "five are still hospitalized, two in critical condition": the worst
        # hurt of them, set apart from "three in serious condition"
        return f"{CONDITION}:{state}", None
    if is_subgroup(quantity) and same_toll:
        if described_one(quantity):
            # "Among the dead was a 3-year-old girl": one person of the dead,
            # never the count of the girls (or children) killed
            return INDIVIDUAL_SCOPE, _who(quantity)
        if _group_of(claim) != "all" and _group_of(claim) != _group_of(same_toll[-1]):
            # "Nine people died, including three children": a count of the
            # children killed, set against another report's "three children
            # were killed" as any count of a group is (a part of the total)
            return SHARE, None
        return SUBGROUP, None
    if is_seen(quantity):
        return PART, None  # "video showed a few injured being taken to hospital"
    casualties = [c for c in earlier if _toll(c) is not None]
    # the count told in its sentence or the one before
    near = casualties and casualties[-1].start >= _sentences_back_start(quantity, 1)
    if is_additive(quantity) and near and _same_toll(casualties[-1], claim):
        # "two died at the scene; a further three in hospital"; "Ann Ruiz was
        # shot in the arm. Another woman was shot in the leg."
        return INCREMENT, None
    if more_bodies(quantity):
        # "Rescuers recovered two more bodies, bringing the toll to eight",
        # "Divers pulled 29 more bodies from the lake" after a count of the
        # missing: bodies found besides those found before, never the toll,
        # whatever count the report told just before
        return FOUND_MORE_SCOPE, None
    if still_missing(claim, quantity):
        # "23 people were still missing": those not yet found, some of all
        # who were missing
        return STILL_MISSING_SCOPE, None
    if says_more(quantity) and not near and not _the_rest(quantity) and _several(claim):
        # "Three other officers were hurt by shrapnel", "Another four were
        # injured" with no count of that toll told just before: people
        # besides those the story told of by another act or outcome; another
        # report's "four more officers were shot. At least three other
        # officers were hurt" tells the same group as an increment, and
        # the two figures meet there (never summed: no count of the toll
        # is told just before)
        return (None, None) if _besides_the_dead(claim, casualties) else (INCREMENT, None)
    if says_more(quantity) and (not near or _the_rest(quantity)) and not _bounded(quantity):
        # "Another man, 34, was shot in the leg" with no count told just
        # before, or "the two other victims": one or more besides people the
        # report tells of, never all of them
        return PART, None
    return None, None


def _share_place_name(place: Token) -> str | None:
    """The lower-cased name of the place a share of a toll is told in (see
    :func:`~reportcheck.extract.counts.linking.share_place`): "blantyre",
    "chikwawa" for "Chikwawa district": the same name the fronted "In
    Chikwawa district," gives."""
    if place.pos_ == "PROPN":
        return _compound_name(place).text.lower()
    return _area_name(place)


def _condition_share(quantity: Quantity) -> tuple[str, None] | None:
    """ "Six of the injured are in a serious condition", "two of them remain
    in critical condition": some of the toll told before, picked out by the
    condition they are in, the same share as "seven of them seriously"
    (``condition:serious``), so that two reports' shares of one condition
    meet; "three of them were children" stays a plain part."""
    state = _own_condition(quantity)
    return None if state is None else (f"{CONDITION}:{state}", None)


def _own_condition(quantity: Quantity) -> str | None:
    """ "two in critical condition", "Two victims were in critical
    condition": a figure told with a condition of its own, whose people are
    those of the larger count told before it (its worst hurt, or those
    recovering), never a second toll beside them.  Returns the condition as
    the severity adverbs name it ("critical", "serious" for "grave"), so
    that it meets "two were critically wounded"; two figures of two
    conditions ("seven in stable condition", "three in serious condition")
    are never set against each other."""
    arg = quantity.arg
    word = condition_in(arg)
    if word is None and arg.dep_ in ("nsubj", "nsubjpass"):
        word = condition_in(arg.head)
    if word is None:
        return None
    return lexicon().severity.get(f"{word}ly", word)


def lone_condition(claim: RawClaim, quantity: Quantity | None) -> bool:
    """ "Three dead and one in critical condition in overnight shootings": a
    bare number with a condition of its own that no larger count before it
    makes a share of.  Read only as such a share: alone it is most often a
    roundup's headline over several incidents, and as a toll of the report's
    incident it was wrong more often than right."""
    if quantity is None or quantity.noun is not None or claim.frame.scope is not None:
        return False
    arg = quantity.arg
    return arg.dep_ not in ("nsubj", "nsubjpass", "dobj") and condition_in(arg) is not None


def _besides_the_dead(claim: RawClaim, casualties: list[RawClaim]) -> bool:
    """ "Lightning claimed 11 lives ... Most of the victims were farmers ...
    Five others were injured": "others" set apart from the dead the report
    counted before, and no count of the injured before it, so the figure is
    the report's whole injured toll, as "11 killed and five others injured"
    in one clause is (the dead cannot be among the injured).  Only where
    every count before it is of the dead: after a count of the injured or
    the shot, "three other officers were hurt" adds to them."""
    return (
        claim.kind is ClaimKind.injured
        and bool(casualties)
        and all(c.kind is ClaimKind.killed for c in casualties)
    )


def _several(claim: RawClaim) -> bool:
    """A figure of more than one person ("three other officers", "at least
    two more"), not "another man"."""
    return claim.value.low is not None and claim.value.low > 1


def _the_rest(quantity: Quantity) -> bool:
    """ "the two other victims", "the other three passengers": the rest of a
    group the report has begun to tell of, so a part of it even when the
    figure told just before counts another outcome ("one died ... the two
    other victims were treated")."""
    noun = quantity.noun
    if noun is None:
        return False
    words = {c.lower_ for c in noun.children if c.dep_ in ("det", "amod")}
    doc = quantity.first.doc
    if quantity.first.i > 0:
        words.add(doc[quantity.first.i - 1].lower_)
    return "the" in words and "other" in words


def _one_unnamed(quantity: Quantity) -> bool:
    """ "a man", "a woman": one person brought in by an indefinite article,
    whom the report picks out of those it tells of."""
    return quantity.low == quantity.high == 1 and quantity.first.lower_ in lexicon().one_person


def _bare_noun(quantity: Quantity) -> bool:
    """ "Teen arrested in shooting", "Woman found dead": a headline's bare
    singular noun, which names the person the story leads with, not how
    many there were."""
    noun = quantity.noun
    return (
        quantity.first is noun
        and quantity.low == quantity.high == 1
        and not noun.like_num
        and not any(c.dep_ in COUNTING_CHILDREN for c in noun.children)
        and _headline(noun)
    )


def _headline(token: Token) -> bool:
    """Whether a word stands in a headline (:func:`~reportcheck.extract.core.lines.headline_like`)."""
    return headline_like(token.sent)


def _toll_told_elsewhere(claim: RawClaim, found: list[tuple[RawClaim, Quantity | None]]) -> bool:
    """Whether the report counts people of this outcome elsewhere ("his two
    half-brothers were also arrested"): then its bare "Teen arrested" is one
    of them, and the report's count is the one to set against others'."""
    return any(
        other is not claim and _same_toll(other, claim) and (other.value.low or 0) >= 1 for other, _ in found
    )


#: count groups of a person no more than a person ("a man", "a woman", "a
#: resident"); "a police officer" or "a child" is a group's own count, which
#: the other report may state as such ("police officers wounded")
_PLAIN_PEOPLE = frozenset({"all", "men", "women"})


def _worst_hurt_of_more(
    claim: RawClaim, quantity: Quantity, found: list[tuple[RawClaim, Quantity | None]]
) -> str | None:
    """The severity of the wounds a figure's people suffered ("Two people
    suffered serious injuries": serious, :func:`severity_of_wounds`) where the
    report tells a larger toll of the injured ("at least five were injured"):
    its worst hurt, a share.  Below no larger toll the figure is the toll its
    report gives ("Four deputies sustained minor injuries"), and one person
    is no share: "One suffered critical injuries. Another suffered serious
    injuries" tells the two stabbed one by one, summed as increments."""
    if (claim.value.low or 0) < 2 or _toll(claim) != (ClaimKind.injured.value, claim.count.role):
        return None
    if not _below_a_larger_toll(claim, found):
        return None
    subject = quantity.arg
    return severity_of_wounds(subject.head) if subject.dep_ == "nsubj" else None


def _below_a_larger_toll(
    claim: RawClaim, found: list[tuple[RawClaim, Quantity | None]], *, bound_only: bool = False
) -> bool:
    """Whether the report tells the same toll elsewhere by a figure larger
    than all this one may be ("Four people were killed and 12 injured" beside
    "Two people suffered serious injuries"): then this figure is some of
    them.  With ``bound_only``, only a lower bound counts ("injuring more than
    20 people" beside "nine people were hospitalized"): a point figure may be
    rounded ("left about 200 people injured" beside "179 people have been
    hospitalized", pages_dev's West explosion), the same people told roughly."""
    high = claim.value.high
    if high is None:
        return False
    return any(
        other is not claim
        and _same_toll(other, claim)
        and (other.value.low or 0) > high
        and (not bound_only or (told is not None and _lower_bound(told)))
        for other, told in found
    )


def _larger_toll_told(claim: RawClaim, found: list[tuple[RawClaim, Quantity | None]]) -> bool:
    """Whether the report counts more than one person of this toll elsewhere
    ("15 people were killed"): then one unnamed person who died ("a man
    living in a nursing home died") is one of them, or one beside them,
    never the toll itself."""
    if claim.count.group not in _PLAIN_PEOPLE:
        return False
    return any(
        other is not claim
        and _same_toll(other, claim)
        and other.count.group == "all"
        and (other.value.low or 0) > 1
        for other, _ in found
    )


def _first_of_several(n: int, found: list[tuple[RawClaim, Quantity | None]]) -> bool:
    """ "One officer was shot as he walked up to the door" in a report that
    goes on, in a later paragraph, "... four other officers were wounded",
    "three more deputies were shot" (two or more: "another man" is often
    other than the gunman its own sentence names, "a man came in, shot and
    killed another man"): the one person the story tells first, of several
    it adds to him (a paragraph away, so that no sum of the two is
    made: :func:`_paragraph_between`).  Such a count is of
    that person, never the toll, whose figure another report's "four more
    officers" could then seem to exceed."""
    claim, quantity = found[n]
    if quantity is None or quantity.noun is None or quantity.low != 1 or quantity.high != 1:
        return False
    if quantity.first.lower_ not in ("one", "a", "an") or says_more(quantity):
        return False
    text = quantity.first.doc.text
    return any(
        _same_toll(other, claim)
        and other_quantity is not None
        and says_more(other_quantity)
        and (other.value.low or 0) >= 2  # "another man" may be other than the gunman of its sentence
        and "\n" in text[claim.end : other.start]  # nearer, :func:`summed_increments` sums the two
        and not _counted_before_in_sentence(other_quantity, found)
        for other, other_quantity in found[n + 1 :]
    )


def _counted_before_in_sentence(quantity: Quantity, found: list[tuple[RawClaim, Quantity | None]]) -> bool:
    """Whether a casualty count stands before a figure in its own sentence:
    "killing 11 and injuring another 15" adds to the 11 of its sentence (often
    another incident's), not to a person the story told earlier."""
    sentence = quantity.first.sent
    start, end = sentence.start_char, quantity.first.idx
    return any(_toll(claim) is not None and start <= claim.start < end for claim, _ in found)


def _enclosure(token: Token) -> str | None:
    """The place of a scene that holds some of its people, when a word has
    "in the truck", "aboard the bus", "inside the wreckage" hanging from it
    (``enclosure_nouns``): "truck", "bus", "wreckage"."""
    lex = lexicon()
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in lex.enclosure_preps:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and lemma_of(obj) in lex.enclosures:
                return lemma_of(obj)
    return None


def held_in(quantity: Quantity) -> tuple[str, str] | None:
    """Where a figure's people are: ("remaining", "bus") for the dead still
    in the wreck ("one body remained aboard the bus", "two bodies remain
    under the rubble"), ("occupants", "truck") for those of one vehicle
    ("one person in the truck was injured", "two passengers of the van were
    killed": the subject's own words; the place after a verb's object,
    "killed two girls in the car", tells where, often the whole scene),
    else None."""
    noun = quantity.noun or quantity.arg
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
    if verb is not None and lemma_of(verb) in lexicon().remaining:
        where = _enclosure(verb)
        if where is not None:
            return "remaining", where
    if verb is None:
        return None  # "killed two girls in the car": where they were killed, often the whole scene
    where = _enclosure(noun)
    return ("occupants", where) if where is not None else None


def _held_apart(
    claim: RawClaim, quantity: Quantity, found: list[tuple[RawClaim, Quantity | None]]
) -> str | None:
    """The place of the scene whose people a figure counts, a part of the
    toll: the dead the wreck still holds (those not yet recovered, never all
    the dead), or the occupants of one vehicle in a report that counts more
    people of the outcome ("38 were hurt ... one person in the truck was
    injured").  Alone, "two people in the car were killed" may be the whole
    toll, and stays it.  Named by the place ("truck"), so that two reports'
    figures for different places of the scene are not set against each other."""
    held = held_in(quantity)
    if held is None:
        return None
    how, where = held
    if how == "remaining":
        return where
    return where if _larger_figure(claim, found) else None


def _larger_figure(claim: RawClaim, found: list[tuple[RawClaim, Quantity | None]]) -> bool:
    """Whether the report counts more people of a figure's outcome elsewhere."""
    low = claim.value.low
    if low is None:
        return False
    return any(
        other is not claim and _same_toll(other, claim) and (other.value.low or 0) > low for other, _ in found
    )


def _larger_before(n: int, quantity: Quantity, found: list[tuple[RawClaim, Quantity | None]]) -> bool:
    """Whether the report told a larger figure of this outcome before the
    figure ("A fire killed at least 66 people ... Two people died after
    jumping"), and the figure is not told as everyone of its part ("killing
    all 72 people on board", over a background crash's 167 told later)."""
    if quantity.first.i > 0 and quantity.first.doc[quantity.first.i - 1].lower_ in lexicon().everyone:
        return False
    return _larger_figure(found[n][0], found[:n])


def _after_a_part(
    n: int, quantity: Quantity, found: list[tuple[RawClaim, Quantity | None]], scoped: list[RawClaim]
) -> bool:
    """Whether an earlier figure of the same toll in the figure's sentence
    is a part told by its words ("killing all six people aboard and one
    person on the ground"): the figure is the next part of that breakdown,
    never the whole toll, even when it counts one person."""
    sentence = _sentence_of(quantity)
    return any(
        (scoped[m].frame.scope or "").startswith(f"{PART}:")
        and earlier is not None
        and _sentence_of(earlier) == sentence
        and _same_toll(claim, found[n][0])
        for m, (claim, earlier) in enumerate(found[:n])
    )


def _elided_people(quantity: Quantity) -> bool:
    """Whether a figure stands for people with no noun of its own ("two were
    treated and released", "several were in serious condition"): the people
    are those the report has just told of, so the figure counts some of
    them.  Never one told as all of them ("all seven", "the six")."""
    if quantity.noun is not None or quantity.rank is not None:
        return False
    before = quantity.first.doc[quantity.first.i - 1].lower_ if quantity.first.i > 0 else ""
    lex = lexicon()
    return before not in lex.everyone and before not in lex.definite and before != "both"


def _after_a_share(
    n: int, quantity: Quantity, found: list[tuple[RawClaim, Quantity | None]], scoped: list[RawClaim]
) -> bool:
    """Whether an earlier figure of the same toll in the figure's sentence is
    itself a share of it (a part, or those in one condition or place of
    care: "Three of the injured were flown to a burn centre", "ten of them
    were taken to hospital"): a bare figure after it ("and two were
    treated", "several with burns") goes on sharing out those people."""
    sentence = _sentence_of(quantity)
    return any(
        earlier is not None
        and _sentence_of(earlier) == sentence
        and _same_toll(claim, found[n][0])
        and _a_share(scoped[m].frame.scope)
        for m, (claim, earlier) in enumerate(found[:n])
    )


def _a_share(scope: str | None) -> bool:
    return scope is not None and (scope == PART or scope.startswith((f"{PART}:", f"{CONDITION}:")))


def _taken_of_the_hurt(
    claim: RawClaim, quantity: Quantity, found: list[tuple[RawClaim, Quantity | None]]
) -> bool:
    """Whether a figure of the injured counts those taken to hospital in a
    report that also tells the injured by another figure ("an explosion
    injured several people ... Four people were taken to hospitals"): the
    hospital's share, some of the hurt, where the others were treated at the
    scene.  Alone, "five people were taken to hospitals" is the toll."""
    if _toll(claim) != (ClaimKind.injured.value, claim.count.role):
        return False
    verb = verb_of(quantity)
    if verb is not None and told_hospitalized(verb):
        # "injuring more than 20 people ... nine people were hospitalized":
        # the hospital's share only below a larger bound the report tells
        # ("179 people have been hospitalized" beside "24 in critical
        # condition" or "about 200 people injured" is the toll)
        return _below_a_larger_toll(claim, found, bound_only=True)
    if verb is None or not taken_to_hospital(verb):
        return False
    if quantity.first.i > 0 and quantity.first.doc[quantity.first.i - 1].lower_ in lexicon().definite:
        return False  # "shot three people ... the three victims were taken to the hospital": all of them
    if any(
        other is not claim
        and _same_toll(other, claim)
        and other.value.low == other.value.high == claim.value.low
        for other, _ in found
    ):
        return False  # "three were hurt ... three were taken to hospital": the same people
    return any(
        other is not claim
        and _same_toll(other, claim)
        and (other.value.low is None or other.value.low > 0)
        and (other_quantity is None or (v := verb_of(other_quantity)) is None or not taken_to_hospital(v))
        for other, other_quantity in found
    )


def _of_the_hurt(quantity: Quantity) -> bool:
    """ "Four of the injured", "two of the wounded": a share of the people
    hurt told by "of" and a word for them (a verb of the injured,
    ``transitive_verbs``, or ``harm_participle``)."""
    lex = lexicon()
    heads = {quantity.first, quantity.arg}
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(
            o.dep_ == "pobj"
            and (
                lex.transitive.get(lemma_of(o)) == ClaimKind.injured.value
                or lemma_of(o) in lex.harm_participle
            )
            for o in prep.children
        )
        for head in heads
        for prep in head.children
    )


def _shared_out(n: int, found: list[tuple[RawClaim, Quantity | None]]) -> bool:
    """Whether a smaller figure after the figure in its sentence is told as a
    share of it ("25 of them"), read as a count or not: "Floods killed 40
    people in Pakistan, 25 of them in Sindh" tells the whole toll and one
    province's share, not two provinces' figures."""
    claim, quantity = found[n]
    if quantity is None or claim.value.low is None:
        return False
    doc = quantity.first.doc
    end = quantity.last.sent.end
    for token in doc[quantity.last.i + 1 : end - 2]:
        if (
            not token.like_num
            or doc[token.i + 1].lower_ != "of"
            or doc[token.i + 2].lower_ not in _BACK_POINTERS
        ):
            continue
        value = numeral_value(token.text) if token.text[0].isdigit() else words_value([token.lower_])
        if value is not None and value < claim.value.low:
            return True
    return False


def _placed_breakdown(n: int, found: list[tuple[RawClaim, Quantity | None]], located: dict[int, str]) -> bool:
    """Whether a figure told in a named place is one line of a breakdown the
    report gives sentence by sentence: another figure of the toll told in
    another place (after its figure, or fronted: "In Kovac, 11 died"), and a
    larger figure told in none, before or after ("killing nine people
    ... Six people died in Duzce ... Three people were killed in Kocaeli");
    or, with no other place, after a larger figure told in none."""
    claim = found[n][0]
    low = claim.value.low
    if low is None:
        return False
    here = located[n].lower()
    elsewhere = any(
        m != n and _same_toll(found[m][0], claim) and place.lower() != here for m, place in located.items()
    )
    larger = [
        m
        for m, (other, figure) in enumerate(found)
        if (m not in located or _told_of_an_area(figure, located[m]))
        and _same_toll(other, claim)
        and (other.value.low or 0) > low
    ]
    # one town's line alone counts as a share after the larger toll: "Floods
    # killed 23 people across the province ... Six people died in Dornitz";
    # or before a larger toll told as what the figures come to: "Air raids
    # killed nine civilians in the town of Douma ... That brings the total
    # toll in the region to 13"
    summed_after = any(
        m > n and (figure := found[m][1]) is not None and _a_toll_value(figure) for m in larger
    )
    return bool(larger) and (elsewhere or larger[0] < n or summed_after)


def _told_of_an_area(quantity: Quantity | None, place: str) -> bool:
    """Whether a figure's place is named as an area ("killed 31 people in
    Tessin county"): the toll of the area its towns' lines break down, as a
    figure told in no place is."""
    if quantity is None:
        return False
    areas = lexicon().partial_areas
    words = [t for t in quantity.first.sent if not t.is_punct]
    return any(
        word.text.lower() == place.lower().split()[-1] and nxt.lower_ in areas
        for word, nxt in zip(words, words[1:], strict=False)
    )


def _others_counted(claim: RawClaim, found: list[tuple[RawClaim, Quantity | None]]) -> bool:
    """Whether the report also counts people of this outcome as a group
    ("three people were killed"), so one person is a part of that count."""
    return any(
        _same_toll(other, claim) and other.count.group != claim.count.group and (other.value.low or 0) > 1
        for other, _ in found
    )
