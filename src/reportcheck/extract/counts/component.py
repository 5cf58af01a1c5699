"""Counts of people killed, injured, missing and arrested, and other tallies.

Reporters state a casualty count in many shapes: "killing 11", "12 people
were injured", "left three bank workers dead", "21 others wounded or hurt",
"One of the policemen sustained a gunshot wound", "no reports of injuries".
What they share is a syntactic link between a quantity (a numeral, a number
word, "a", "dozens") and an outcome word (a verb, participle or adjective
from ``rules/counts.yaml``).  The quantity (:mod:`.quantity`) and its link
to an outcome (:mod:`.linking`) are read from the dependency parse, so the
rule is about grammar, not about particular sentences; this module turns
what they find into count claims.
"""

from __future__ import annotations

import math
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from reportcheck.details import (
    SEX_BY_NAME,
    SEX_BY_NOUN,
    SEX_BY_PRONOUN,
    SEX_BY_RELATION,
    SHARE,
    SHOOTER_SELF,
    VAGUE,
    CountDetails,
    PersonDetails,
)
from reportcheck.extract.core.base import (
    RawClaim,
    add_claim,
    claims_of,
    lemma_of,
    register_extractor,
    text_of,
)
from reportcheck.extract.core.sexes import name_sex, word_sex
from reportcheck.extract.core.told_sex import ToldSex, told_sex
from reportcheck.extract.counts.aboard import everyone_on_board, included_part, on_board_claim, on_board_parts
from reportcheck.extract.counts.crowd import crowd_claim
from reportcheck.extract.counts.damage import damage_measure, damage_rules, ruined_scope
from reportcheck.extract.counts.floors import floor_claims
from reportcheck.extract.counts.generic import (
    broken_hyphen,
    generic_count_claim,
    hyphen_counted,
    listed_count_claim,
    listed_quantity,
)
from reportcheck.extract.counts.headline_self import headline_self_shootings
from reportcheck.extract.counts.linking import (
    HARMED,
    SUBGROUP_OUTCOMES,
    TollBefore,
    outcome_for,
    own_death,
    person_outcome,
    share_by_origin,
    share_by_place,
    share_named_after,
    tally_outcome,
    whole_outcome,
    zero_outcomes,
)
from reportcheck.extract.counts.parts import tells_age
from reportcheck.extract.counts.plight import cut_off, cut_off_claim, plight_claim
from reportcheck.extract.counts.present import present_claim
from reportcheck.extract.counts.quantity import (
    Quantity,
    comma_listed,
    conjunct_count,
    count_value,
    is_age_person,
    listed_apposition,
    may_be_more_people,
    other_count_claim,
    people_group,
    quantity_at,
)
from reportcheck.extract.counts.rescued import rescued_claim
from reportcheck.extract.counts.restated import restated, restated_everyone, restated_thing
from reportcheck.extract.counts.scope import (
    INCREMENT,
    among_them,
    assign_scopes,
    is_subgroup,
    lone_condition,
    subgroup_whole,
    summed_increments,
)
from reportcheck.extract.counts.shooter import shooter_reading
from reportcheck.extract.counts.shots import (
    adverb_times,
    hit_bearer,
    hit_measure,
    no_gunfire,
    shot_measure,
    times_measure,
)
from reportcheck.extract.counts.staying import remaining_scope
from reportcheck.extract.counts.wounds import wound_of
from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.names import people_lexicon
from reportcheck.knowledge.vocabulary import CHARGED, INDIVIDUAL, NAMED_SCOPE, SHOTS
from reportcheck.models import ClaimKind, Value, ValueFrame


def attacker_counted(doc: Doc, end: int) -> str | None:
    """ "included" or "excluded" when the words after a count say whether it
    counts the attacker, else None."""
    sentence_end = text_of(doc).find(".", end)
    following = text_of(doc)[end : sentence_end if sentence_end > 0 else end + 120]
    match = lexicon().attacker_phrase.match(following)
    if match is None:
        return None
    return "excluded" if match.group("excluded") else "included"


#: ``CountDetails.attacker`` of a toll that may count an attacker who took
#: his own life: "three are dead in a murder-suicide" beside "shot his wife
#: and stepdaughter, then himself"
ATTACKER_POSSIBLE = "possible"


def _of_his_victims(quantity: Quantity) -> bool:
    """ "shot and killed two people", "the three victims", "a double
    murder-suicide": a count of the people the attacker killed, which never
    takes him in."""
    noun = quantity.noun or quantity.arg
    if lemma_of(noun) == "victim":
        return True
    if lemma_of(noun) == "suicide":
        return True  # "a triple murder-suicide": its multiple counts the murdered, never him
    arg = quantity.arg
    while arg.dep_ == "conj":
        arg = arg.head
    if arg.dep_ != "dobj":
        return False  # "three are dead", "found three people with gunshot wounds"
    verbs = [arg.head, *(c for c in arg.head.children if c.dep_ == "conj")]
    lex = lexicon()
    return any(lemma_of(v) in lex.transitive or lemma_of(v) in lex.harm_participle for v in verbs)


def tolls_with_attacker(doc: Doc, found: list[tuple[RawClaim, Quantity | None]]) -> list[RawClaim]:
    """The claims, each toll of the dead (or of the people shot) that may
    count the attacker marked so: a report that tells he killed himself, and
    a count that is no count of his victims ("three people are dead", "two
    were killed in what police called a murder-suicide", "officers found
    three people with gunshot wounds")."""
    claims = [claim for claim, _ in found]
    if not lexicon().attacker_suicide.search(text_of(doc)):
        return claims
    for n, (claim, quantity) in enumerate(found):
        if (
            (claim.kind is ClaimKind.killed or claim.count.harmed is not None)
            and quantity is not None
            and claim.count.role == "victims"
            and claim.count.attacker is None
            and claim.count.group not in (INDIVIDUAL, "elsewhere")
            and claim.frame.scope is None
            and not _of_his_victims(quantity)
        ):
            claims[n] = replace(claim, details=claim.count.replace(attacker=ATTACKER_POSSIBLE))
    return claims


# --------------------------------------------------------------- the claims

LABELS = {
    ("killed", "attackers"): "attackers killed",
    ("injured", "attackers"): "attackers injured",
    ("arrested", "attackers"): "people arrested",
    ("arrested", "victims"): "people arrested",
}


def casualty_subject(outcome: str, group: str) -> tuple[str, str, CountDetails]:
    """Alignment key, label and details for a casualty count."""
    role = "attackers" if group == "attackers" else "victims"
    if outcome == "arrested":
        role = "victims"
    label = LABELS.get((outcome, role), f"people {outcome}")
    return role, label, CountDetails(role=role, group=group)


def _overlaps_claim(doc: Doc, start: int, end: int) -> bool:
    """Whether words of a claim already found lie in the span; an age inside
    a list of people ("a 22-year-old man and a 16-year-old boy") describes
    one of them, not the count."""
    return any(
        c.start < end and start < c.end and not (c.kind is ClaimKind.age and start < c.start and c.end < end)
        for c in claims_of(doc)
    )


def _harmed_subject(quantity: Quantity, group: str) -> tuple[str, str, CountDetails]:
    """ "three people were shot": a count of its own, "people shot"."""
    verb = quantity.arg.head
    harm = lexicon().harm_participle
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp", "conj"))]
    # "found two men shot": the participle after the people
    verbs += [c for c in quantity.arg.children if c.dep_ == "acl" and c.i > quantity.arg.i]
    participle = next((harm[lemma_of(v)] for v in verbs if lemma_of(v) in harm), None)
    if participle is None:  # a headline's "Two shot near ...", the participle tagged a noun
        participle = verb.lower_ if verb.lower_ in harm.values() else "hurt"
    role, _, details = casualty_subject("injured", group)
    subject = f"{HARMED}:{participle}" if role == "victims" else f"{HARMED}:{participle}:{role}"
    label = f"people {participle}" if role == "victims" else f"{role} {participle}"
    return subject, label, details.replace(harmed=participle)


def _casualty_claim(quantity: Quantity, outcome: str, group: str) -> RawClaim:
    start = quantity.first.idx
    last = quantity.noun if quantity.noun is not None and quantity.noun.i > quantity.last.i else quantity.last
    end = last.idx + len(last.text)
    if outcome == HARMED:
        subject, label, details = _harmed_subject(quantity, group)
    else:
        subject, label, details = casualty_subject(outcome, group)
        if outcome == "arrested" and _charged(quantity):
            subject = label = CHARGED
    if quantity.vague:
        details = details.replace(told=VAGUE)  # "dozens were hurt": a range a figure may stand for
    if (told := _one_persons_sex(quantity)) is not None:
        sex, told_by = told  # "she died", "a woman was killed": never the man's count
        details = details.replace(sex=sex, sex_by=told_by)
    if quantity.low == 1 and quantity.high == 1 and (wound := wound_of(quantity.arg)) is not None:
        details = details.replace(
            wound=", ".join(wound.sites) or None,
            wound_single=wound.single or None,
            wound_several=wound.several or None,
            wound_graze=wound.graze or None,
        )
    if (
        details.role == "victims"
        and group != "attackers"
        and (shooter := shooter_reading(quantity)) is not None
    ):
        # "shot himself", "was shot by his friend"; "police believe he shot himself": hedged
        details = details.replace(shooter=shooter.who, shooter_hedge=shooter.hedge)
    if outcome != HARMED and restated(quantity):
        details = details.replace(restated=True)  # "The 13 victims who died": the toll told again
    if details.role == "victims" and group != INDIVIDUAL:
        counted = attacker_counted(quantity.first.doc, end)
        if counted:
            details = details.replace(attacker=counted)
    return RawClaim(
        kind=ClaimKind.other_count if outcome == HARMED else ClaimKind(outcome),
        start=start,
        end=_with_outcome_word(quantity, end),
        subject=subject,
        subject_label=label,
        value=count_value(quantity),
        details=details,
        anchor_start=quantity.first.idx,
        anchor_end=quantity.last.idx + len(quantity.last.text),
    )


def _charged(quantity: Quantity) -> bool:
    """ "Two people have been charged", "prosecutors charged three men": the
    count's own verb is one of charging, so it counts the people charged (who
    may be fewer or more than those held), not the arrested; "were arrested
    and charged" counts by its first verb, the arrest."""
    return _charged_one(quantity.arg)


def _charged_one(arg: Token) -> bool:
    """Whether the verb that governs ``arg`` as its passive subject or object
    is one of charging ("have been charged", "charged three men", "Nobody
    has been charged"), or the participle after it is ("the two youths
    charged with murdering him", "the officer, who has been charged")."""
    charge = lexicon().charge_verbs
    if arg.dep_ in ("nsubjpass", "dobj") and lemma_of(arg.head) in charge:
        return True
    participles = [c for c in arg.children if c.dep_ in ("acl", "relcl") and c.i > arg.i]
    return bool(participles) and lemma_of(participles[0]) in charge


def _one_persons_sex(quantity: Quantity) -> tuple[str, str] | None:
    """The sex the words of a count of one person state (:mod:`reportcheck.
    extract.core.sexes`) and by what: its noun ("a woman"), its pronoun
    ("she died", "found him dead") or its name's title or own pronoun ("Mr.
    Lee was hurt").  A count of more says none: "two people" may be of both."""
    if quantity.low != 1 or quantity.high != 1:
        return None
    first, last = quantity.first, quantity.last
    if quantity.noun is not None:
        told = word_sex(quantity.noun), _noun_told_by(quantity.noun)
    elif first.i == last.i and first.pos_ == "PRON":
        told = word_sex(first), SEX_BY_PRONOUN
    elif any(t.pos_ == "PROPN" for t in first.doc[first.i : last.i + 1]):
        told = name_sex(first.doc[first.i : last.i + 1]), SEX_BY_NAME
    else:
        return None
    sex, told_by = told
    return (sex, told_by) if sex is not None else None


#: the kinds of a count of people harmed
_CASUALTY_KINDS = (ClaimKind.killed, ClaimKind.injured, ClaimKind.other_count)


def _with_victim_sex(claims: list[RawClaim], quantities: list[Quantity | None], doc: Doc) -> list[RawClaim]:
    """Each count of one victim whose own words tell no sex, with the sex
    the report tells of that person elsewhere (``sex_read`` of the details,
    :func:`reportcheck.extract.core.told_sex.told_sex`): read for the head
    of the count's own phrase ("Hayden died after being shot near his
    home"), else, for a count that names no one ("One person was killed"),
    for the report's singular "victim" ("The victim ... his family"), where
    all its readings tell one sex."""
    victim: ToldSex | None | bool = False  # read once, where needed
    kept = []
    for claim, quantity in zip(claims, quantities, strict=True):
        if not _unsexed_victim(claim) or (person := _person_of(quantity)) is None:
            kept.append(claim)
            continue
        told = told_sex(person)
        if told is None and person.pos_ != "PROPN":
            if victim is False:
                victim = _the_victims_sex(doc)
            told = victim if isinstance(victim, ToldSex) else None
        kept.append(claim if told is None else replace(claim, details=claim.count.replace(**_sex_read(told))))
    return kept


def _unsexed_victim(claim: RawClaim) -> bool:
    """Whether a claim counts one victim harmed with no sex of its own words."""
    return (
        claim.kind in _CASUALTY_KINDS
        and claim.details is not None
        and claim.count.role == "victims"
        and claim.count.sex is None
        and claim.value.low == claim.value.high == 1
    )


def _the_victims_sex(doc: Doc) -> ToldSex | None:
    """The sex told of a report's singular "victim" (``victim`` of the roles
    in rules/people.yaml), where every reading tells one."""
    role_of = people_lexicon().role_of
    readings = [
        told
        for token in doc
        if token.tag_ == "NN"
        and role_of.get(lemma_of(token)) == "victim"
        and (told := told_sex(token)) is not None
    ]
    return readings[0] if len({told.sex for told in readings}) == 1 else None


def _sex_read(told: ToldSex) -> dict[str, str | int]:
    """The details of a reading: its sex, by what, its word and offsets."""
    return {
        "sex_read": told.sex,
        "sex_read_by": told.by,
        "sex_read_word": told.word.text,
        "sex_read_start": told.word.idx,
        "sex_read_end": told.word.idx + len(told.word.text),
    }


def _person_of(quantity: Quantity | None) -> Token | None:
    """The head of a count of one person's phrase: its noun or its name."""
    if quantity is None or quantity.low != 1 or quantity.high != 1:
        return None
    if quantity.noun is not None and quantity.noun.pos_ in ("NOUN", "PROPN"):
        return quantity.noun
    words = quantity.first.doc[quantity.first.i : quantity.last.i + 1]
    return words.root if any(t.pos_ == "PROPN" for t in words) else None


def _noun_told_by(noun: Token) -> str:
    """What the count's own word is: a pronoun ("he"), a noun of kin with
    its possessor ("his aunt": told by a tie to someone else, often the one
    the harm is about), or a noun of its own ("a girl", "the man")."""
    if noun.pos_ == "PRON":
        return SEX_BY_PRONOUN
    if any(c.dep_ == "poss" for c in noun.children):
        return SEX_BY_RELATION
    return SEX_BY_NOUN


def _with_outcome_word(quantity: Quantity, end: int) -> int:
    """The end of a bare figure's quote, its outcome word taken in.

    Headlines write counts as a lone figure and its outcome ("Two dead, 6
    injured after ...", "3 killed, 4 wounded"); a quote of the figure alone
    ("6") tells a reader nothing of what was counted, nor can it be found
    again in the article's words.  With no noun after it, the figure is
    quoted with the outcome word that follows it ("6 injured", "2 dead")."""
    if quantity.noun is not None and quantity.noun.i > quantity.last.i:
        return end
    doc = quantity.last.doc
    if not all(t.like_num for t in doc[quantity.first.i : quantity.last.i + 1]):
        return end  # "Teen Arrested": a headline's noun, not a figure
    following = quantity.last.i + 1
    if following >= len(doc):
        return end
    word = doc[following]
    lex = lexicon()
    if word.lower_ in lex.outcome_word or word.lower_ in lex.harm_participle.values():
        return word.idx + len(word.text)
    return end


#: Emergency numbers, which name calls, operators and dispatchers ("two 911 calls").
EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "000"})
#: Words after "block(s)" that make it a distance: "two blocks away", "a block from".
DISTANCE_AFTER = frozenset({"away", "from", "north", "south", "east", "west", "down", "up", "over"})


def _names_no_tally(quantity: Quantity, noun: Token) -> bool:
    """A figure before a thing that counts no things.

    A number above one before a singular noun names or labels it ("the 300
    block of Main Street", "a 911 call", "Route 66 bus"): a count agrees with
    a plural noun.  "Blocks" before "away"/"from" measure a distance.  "One of
    the 12 villages" counts a member of a set, not the set (the set's own
    figure, "12 villages", is the tally)."""
    if noun.i > quantity.last.i and noun.tag_ in ("NN", "NNP") and quantity.low != 1:
        return not _hyphen_tally(quantity, noun)
    if quantity.first.text in EMERGENCY_NUMBERS and quantity.first == quantity.last:
        return True  # "911 calls", "999 calls": the number dialled
    doc = noun.doc
    if lemma_of(noun) == "block" and noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in DISTANCE_AFTER:
        return True
    return (
        noun.i > quantity.last.i + 1
        and any(t.lower_ == "of" for t in doc[quantity.last.i + 1 : noun.i])
        and any(
            t.lower_ in ("the", "these", "those") or t.tag_ == "PRP$"
            for t in doc[quantity.last.i + 1 : noun.i]
        )
    )


def _hyphen_tally(quantity: Quantity, noun: Token) -> bool:
    """ "a two-car collision", "a three-vehicle crash": a tally's noun joined
    by a hyphen to its figure before a noun that the figure then counts it
    in (``hyphen_tallies``), not a name ("a 15-car train"), nor the
    figure of a whole its units make up standing between them ("a
    three-car train crash": ``hyphen_wholes``)."""
    between = noun.doc[quantity.last.i + 1 : noun.i]
    if len(between) != 1 or between[0].text != "-" or noun.dep_ not in ("compound", "amod", "nmod"):
        return False
    lex = lexicon()
    group = lex.other_group.get(noun.lower_) or lex.other_group.get(lemma_of(noun))
    if group is None or noun.head.i < noun.i:
        return False
    wholes = lex.hyphen_wholes.get(group, frozenset())
    if any(lemma_of(t) in wholes or t.lower_ in wholes for t in noun.doc[noun.i + 1 : noun.head.i]):
        return False
    # the noun it modifies, a hyphened one whole ("pile-up")
    modified = {lemma_of(noun.head), "".join(t.lower_ for t in noun.doc[noun.i + 1 : noun.head.i + 1])}
    return bool(modified & lex.hyphen_tallies.get(group, frozenset()))


def _told_additional(quantity: Quantity, noun: Token) -> bool:
    """Whether a tally is told as added to an earlier one ("an additional
    six engines", "a further four appliances", "six more villages"); "more
    than 20 villages" is a floor of the whole tally, not more of it."""
    doc = noun.doc
    words = [c for c in noun.children if c.dep_ in ("amod", "det", "advmod", "quantmod")]
    words += list(quantity.first.children)
    if quantity.first.i > 0:
        words.append(doc[quantity.first.i - 1])
    told = {w.lower_ for w in words if not (w.i + 1 < len(doc) and doc[w.i + 1].lower_ == "than")}
    return bool(told & lexicon().additional)


def _found_alive(quantity: Quantity) -> RawClaim | None:
    """People the words tell missing but rescued or found alive ("Rescuers
    found five people alive on Monday who had been missing since the river
    burst its banks"): the missing were theirs before, so they count those
    found, marked ``found_missing``, never the missing that remain."""
    rescued = rescued_claim(quantity)
    if rescued is None:
        return None
    return replace(rescued, details=rescued.count.replace(found_missing=True))


def _present(quantity: Quantity, group: str | None) -> RawClaim | None:
    """The people present (:mod:`.present`): never the attackers, and never
    a crowd noun with an outcome ("two partygoers were shot")."""
    if group == "attackers" or (group is None and outcome_for(quantity) is not None):
        return None
    return present_claim(quantity)


def _crowd(quantity: Quantity, group: str | None) -> RawClaim | None:
    """The size of a crowd that marched (:mod:`.crowd`): never the attackers,
    never a count with an outcome ("two protesters were shot")."""
    if group == "attackers" or outcome_for(quantity) is not None:
        return None
    return crowd_claim(quantity)


def _generic_count(quantity: Quantity, group: str | None) -> RawClaim | None:
    """A count of any other thing (:mod:`.generic`): never of the attackers
    (a count of gunmen with no outcome is a tally of shooters or none), nor a
    figure that names a thing rather than counts it."""
    quantity = broken_hyphen(quantity)
    noun = quantity.noun
    if group == "attackers" or noun is None:
        return None
    if _names_no_tally(quantity, noun) and not hyphen_counted(quantity, noun):
        return None
    claim = generic_count_claim(quantity)
    if claim is not None and restated_everyone(quantity):
        # "a party of four walkers ... All five walkers were local": the party told again
        return replace(claim, details=claim.count.replace(restated=True))
    return claim


def _at_least(claim: RawClaim) -> RawClaim:
    """A count of the places a report names ("the villages of A and B were
    worst hit"): those named at least, since a report names some of the
    places hit as often as all of them; another report's "12 worst-hit
    villages" is no contradiction, its "two villages" agrees."""
    low = claim.value.low
    label = f"{int(low)} or more" if low is not None else claim.value.label
    return replace(claim, value=claim.value.model_copy(update={"high": None, "label": label}))


def _other_count_claim(quantity: Quantity) -> RawClaim | None:
    """ "five villages", "an additional six engines": tallies of things."""
    noun = quantity.noun
    vague = quantity.low != quantity.high and not quantity.ranged
    if noun is None or vague or quantity.first.lower_ in lexicon().one_person:
        return None
    if quantity.first.i == noun.i:
        return None  # a headline's bare noun ("Shooter sought") counts a person, never a tally
    if _names_no_tally(quantity, noun):
        return None
    lex = lexicon()
    group = lex.other_group.get(noun.lower_) or lex.other_group.get(lemma_of(noun))
    if group is None:
        # "three garment units": a compound names what a bare "units" does not
        # ("22 firefighting units": the parser may make the modifier an adjective)
        compound = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
        group = lex.other_group.get(" ".join([*compound[-1:], lemma_of(noun)])) if compound else None
    if group is None or no_gunfire(noun, group):
        return None
    additional = _told_additional(quantity, noun)
    subject = f"{group}:additional" if additional else group
    label = f"additional {group}" if additional else f"number of {group}"
    measure = damage_measure(noun, group) or shot_measure(noun, group)
    claim = other_count_claim(
        quantity,
        noun,
        subject=subject,
        label=label,
        group=group,
        frame=ValueFrame(
            measure=hit_measure(noun, measure),
            scope=ruined_scope(noun, group) or remaining_scope(noun, group),
            bearer=hit_bearer(noun, measure),
        ),
    )
    if group in damage_rules().groups and restated_thing(quantity):
        # "312 homes were damaged ... the 213 damaged homes": the count told again
        return replace(claim, details=claim.count.replace(restated=True))
    return claim


def _shot_adverb_claim(token: Token) -> tuple[RawClaim, Quantity] | None:
    """ "The man was shot twice", "fired twice": an adverb of times on a
    verb of shooting (:func:`.shots.adverb_times`) is a count of shots, as
    "was shot three times" is."""
    read = adverb_times(token)
    if read is None:
        return None
    figure, measure = read
    quantity = Quantity(token, token, figure, figure, figure, token, token)
    return _shots_claim(quantity, token, measure), quantity


def _shot_times_claim(quantity: Quantity) -> RawClaim | None:
    """ "Gray was shot eleven times", "fired 11 times": a figure of times of
    shooting is a count of shots (:func:`.shots.times_measure`), set against
    another report's "hit by seven bullets" or "fired 11 shots"."""
    noun = quantity.noun
    vague = quantity.low != quantity.high and not quantity.ranged
    if noun is None or vague or quantity.low < 2 or not quantity.first.like_num:
        return None
    measure = times_measure(noun)
    if measure is None:
        return None
    return _shots_claim(quantity, noun, measure)


def _shots_claim(quantity: Quantity, token: Token, measure: str) -> RawClaim:
    """A count of shots read at ``token`` (the times noun or adverb), framed
    by what the shots did (``measure``: fired, hit) and whom they hit."""
    return other_count_claim(
        quantity,
        token,
        subject=SHOTS,
        label=f"number of {SHOTS}",
        group=SHOTS,
        frame=ValueFrame(measure=hit_measure(token, measure), bearer=hit_bearer(token, measure)),
    )


def _named_place_scope(token: Token) -> str | None:
    """The place a statement is limited to: "no reported injuries in Dubai"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "LOC"):
                    return obj.text
    return None


def _elsewhere(noun: Token) -> str | None:
    """ "No deaths were reported elsewhere (in the country)": a zero of the
    places the report has not named (``elsewhere_words``), not of the
    incident."""
    verb = noun.head
    return next(
        (c.lower_ for c in verb.children if c.dep_ == "advmod" and c.lower_ in lexicon().elsewhere), None
    )


def _zero_claims(token: Token) -> list[RawClaim]:
    """ "no injuries", "no one was killed": a count of zero.

    A zero limited to a named place ("no injuries in Dubai", where the quake
    was felt) is a figure for that place, not for the incident: it is kept
    as a part of the total (group "elsewhere")."""
    claims = []
    for outcome in zero_outcomes(token):
        head = token.head if token.dep_ == "det" else token
        first = token.doc[token.i - 1] if token.lower_ == "one" else token  # "no one"
        start, end = first.idx, max(head.idx + len(head.text), token.idx + len(token.text))
        where = _named_place_scope(head) or _named_place_scope(head.head) or _elsewhere(head)
        subject, label, details = casualty_subject(outcome, "elsewhere" if where else "all")
        if outcome == "arrested" and _charged_one(token):
            subject = label = CHARGED  # "Nobody has been charged": none charged yet
        if where:
            details = details.replace(where=where)
        # "no immediate reports of deaths": none known at that hour, at least none
        high = None if _zero_so_far(token, outcome) else 0
        value = Value(unit="people", written=0, low=0, high=high, label="0")
        claim = RawClaim(ClaimKind(outcome), start, end, subject, label, value, details)
        if _of_the_others(token):
            # "No one else was injured": none besides those already told of
            claim = replace(claim, frame=claim.frame.model_copy(update={"scope": INCREMENT}))
        claims.append(claim)
    return claims


#: the outcomes whose first-hours zero ("no deaths reported so far") a later toll updates
SO_FAR_OUTCOMES = frozenset({"killed", "injured"})
#: the dependencies of a clause beside the zero's own, whose words tell another matter
JOINED_CLAUSES = frozenset({"conj", "cc", "advcl"})


def _zero_so_far(token: Token, outcome: str) -> bool:
    """ "There were no immediate reports of deaths", "no deaths reported so
    far", "no reports of injuries yet": a zero of the dead or hurt its own
    clause tells as what was known at the hour of writing (``zero_so_far_words``),
    which a later report's toll updates and never contradicts.  The clause is
    the words of the zero's nearest verb (the sentence's, in a headline
    without one), less a clause joined to it or hung on it ("No one was
    killed, yet the blast destroyed ...", "No one was hurt, though the fire
    is not yet under control" tell a zero of their own)."""
    if outcome not in SO_FAR_OUTCOMES:
        return False
    verb = next((t for t in [token, *token.ancestors] if t.pos_ in ("VERB", "AUX")), token.sent.root)
    joined = {t.i for c in verb.children if c.dep_ in JOINED_CLAUSES for t in c.subtree}
    clause = " ".join(t.text for t in verb.subtree if t.i not in joined)
    return bool(lexicon().zero_so_far.search(clause)) or _zero_reported(token, verb)


#: the auxiliaries of a perfect ("have been reported", "had been confirmed": up to then)
PERFECT_AUXES = frozenset({"have", "has", "had"})


def _zero_reported(token: Token, verb: Token) -> bool:
    """ "There were no reported deaths", "no confirmed fatalities", "no
    injuries have been reported": a zero told as what has come to light
    (``zero_reported_words`` as the zero's adjective, or as its passive verb
    in a perfect: "had been confirmed"), which a later toll updates.  A simple past "No
    injuries were reported" closes the story's account: a firm zero."""
    words = lexicon().zero_reported
    noun = token.head if token.dep_ == "det" else token
    if any(c.dep_ == "amod" and c.lower_ in words for c in noun.children):
        return True
    if verb.lower_ not in words or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in PERFECT_AUXES for c in verb.children)


def _of_the_others(token: Token) -> bool:
    """ "no one else", "nobody else", "no other injuries": a zero besides
    the people a report has already counted, not a total of zero."""
    doc = token.doc
    following = doc[token.i + 1 : token.i + 3]
    return any(t.lower_ in ("else", "other", "others", "further", "additional") for t in following)


#: verbs that, said of one named person, are mostly figurative ("the crisis
#: hurt Merkel"); a count of people hurt is still read.
FIGURATIVE_FOR_ONE = frozenset({"hurt"})


def _singles_out(child: Token) -> bool:
    """ "the officer", "this man", "his brother", "a deputy's son": one known
    person, not "a man"."""
    if child.dep_ == "poss" and any(c.dep_ == "case" for c in child.children):
        return True  # "kills police officer's son": someone's son is one person
    return child.dep_ in ("det", "poss") and child.lower_ in ("the", "this", "his", "her", "their")


def named_people(doc: Doc) -> dict[int, Span]:
    """The people the people component named, by the index of each name's
    root: its PERSON entities that are no place nor event, and the victims'
    names the model tagged ORG ("the shooting death of Marcus Jones")."""
    found = {}
    for claim in claims_of(doc):
        if claim.kind is ClaimKind.person:
            span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
            if span is not None and len(span):
                found[span.root.i] = span
    return found


#: the role (rules/people.yaml) of a person the report names as the attacker
SUSPECT_ROLE = "suspect"


def named_attackers(doc: Doc) -> tuple[set[int], set[str]]:
    """Whom the report names as the attacker: the roots of the names the
    people component gave the suspect's role (which it keeps at every
    mention of that person), and the surnames every person of which is
    one ("Moss" after "the gunman, Derek Moss"; not "Ruiz" where Anna Ruiz
    shot Paul Ruiz)."""
    roots: set[int] = set()
    surnames: dict[str, bool] = {}
    for claim in claims_of(doc):
        if claim.kind is not ClaimKind.person:
            continue
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        suspect = isinstance(claim.details, PersonDetails) and claim.details.role == SUSPECT_ROLE
        if suspect:
            roots.add(span.root.i)
        surname = span[-1].lower_
        surnames[surname] = surnames.get(surname, True) and suspect
    return roots, {name for name, every in surnames.items() if every}


def _listed_tokens(token: Token) -> list[Token]:
    """The head word of each person of a list joined by "and", the first
    one's included ("Ortiz and Haskins")."""
    heads, todo = [], [token]
    while todo:
        head = todo.pop(0)
        heads.append(head)
        todo += [c for c in head.children if c.dep_ == "conj"]
    return heads


def _all_attackers(token: Token, attackers: tuple[set[int], set[str]]) -> bool:
    """Whether everyone a named person's words list is one the report names
    as the attacker: "Farook and Malik were inside, dead" tells how the two
    attackers died, not two more victims."""
    roots, surnames = attackers
    listed = _listed_tokens(token)
    return all(t.i in roots or _lone_surname(t) and t.lower_ in surnames for t in listed)


def _lone_surname(token: Token) -> bool:
    """A capitalised word with no first name before it ("Moss"; not "Sharai
    Lynch", who may be another of the Lynches)."""
    return token.text[:1].isupper() and not any(c.dep_ == "compound" for c in token.children)


def _attackers_scope(token: Token, attackers: tuple[set[int], set[str]]) -> str | None:
    """The scope of a count of named attackers: the total (None) when it
    names every attacker the report names, else the people it names
    ("named:KEYS"), one share of the attackers."""
    roots, surnames = attackers
    doc = token.doc
    everyone = {doc[i].lower_ for i in roots} | surnames
    listed = {t.lower_ for t in _listed_tokens(token)}
    return None if everyone <= listed else f"{NAMED_SCOPE}:{_listed_people(token)}"


def _single_person(token: Token, names: dict[int, Span]) -> tuple[Quantity, str] | None:
    """One named or singled-out person a verb says was killed, injured...

    "Isaac Duran, 19, was shot and killed", "the officer was wounded", "she
    died": one person, counted as such; the group is the noun's ("the
    officer": police) or all people for a name or a pronoun.
    """
    doc = token.doc
    group: str | None
    if token.i in names:
        name = names[token.i]
        first, last, noun, group = doc[name.start], doc[name.end - 1], None, "all"
    elif token.lower_ in ("he", "she", "him", "her") and token.pos_ == "PRON" and token.tag_ == "PRP":
        first = last = token
        noun, group = None, "all"
    elif (token.tag_ == "NN" or is_age_person(token)) and any(_singles_out(c) for c in token.children):
        group = people_group(token)
        if group is None or group == "all" and token.lower_ in ("people", "other"):
            return None
        det = next(c for c in token.children if _singles_out(c))
        first, last, noun = det, token, token
    elif _named_surname(token, names):
        first = last = token
        noun, group = None, "all"
    elif _untagged_name(token):
        outcome = person_outcome(token)
        if outcome not in ("killed", "injured"):
            return None
        compounds = [c for c in token.children if c.dep_ == "compound"]
        first, last, noun, group = compounds[0], token, None, "all"
    else:
        return None
    outcome = person_outcome(token)
    if outcome is None or lemma_of(token.head) in FIGURATIVE_FOR_ONE:
        return None
    conjoined = _conjoined_people(token, names)
    if conjoined is not None:
        total, last, open_ended = conjoined
        # "killed his mother and ex-girlfriend" (a word the lexicon does not
        # count): at least the mother, still keyed as her count
        counted = token if total == 1 else None
        return Quantity(first, last, total, math.inf if open_ended else total, total, counted, token), outcome
    return Quantity(first, last, 1, 1, 1, noun, token), outcome


#: entity labels the model gives a person's name it does not know ("Marcus
#: Hill" tagged ORG); places, dates and groups are never a person
NAME_LIKE_LABELS = frozenset({"", "PERSON", "ORG"})


def _untagged_name(token: Token) -> bool:
    """ "Marcus Hill had been shot and was pronounced dead": a two-word proper
    name the people component did not take for a person, as the subject of a
    verb that says someone died or was hurt (asked by the caller): reporters
    name the dead so, and no organisation is pronounced dead."""
    if (
        token.tag_ != "NNP"
        or token.dep_ not in ("nsubj", "nsubjpass")
        or token.ent_type_ not in NAME_LIKE_LABELS
    ):
        return False
    compounds = [c for c in token.children if c.dep_ == "compound"]
    words = [*compounds, token]
    return (
        len(compounds) in (1, 2)
        and all(w.tag_ == "NNP" and w.text[:1].isupper() and w.text[1:].islower() for w in words)
        and all(w.ent_type_ in NAME_LIKE_LABELS for w in words)
        and people_group(token) is None
        and not any(w.lower_ in lexicon().not_name_words for w in words)
    )


def _surname_of_named(token: Token, names: dict[int, Span]) -> bool:
    """A lone capitalised word that is the surname of a person the report
    named in full before it."""
    if (
        not token.text[:1].isupper()
        or token.text.isupper()
        or any(c.dep_ == "compound" for c in token.children)
    ):
        return False
    return token.text in {span[-1].text for span in names.values() if len(span) > 1 and span.end <= token.i}


def _named_surname(token: Token, names: dict[int, Span]) -> bool:
    """ "Owen Hicks, 20, was shot ... Hicks died from a gunshot wound": a
    lone capitalised word, the surname of a person the report has already
    named in full, as the subject of a verb of dying or of harm.  The model
    often tags the lone surname nothing (or takes "Hicks" for a plural
    noun); reporters refer back to the dead so, and only by a name they gave."""
    if token.dep_ not in ("nsubj", "nsubjpass") or not token.text[:1].isupper() or token.text.isupper():
        return False
    if token.ent_type_ not in NAME_LIKE_LABELS or any(c.dep_ == "compound" for c in token.children):
        return False
    surnames = {span[-1].text for root, span in names.items() if len(span) > 1 and span.end <= token.i}
    return token.text in surnames and person_outcome(token) in ("killed", "injured")


def _listed_people(token: Token) -> str:
    """Who a list of people joined by "and" names, in a key two reports share:
    the head word of each (a surname, or "son"), sorted."""
    heads, todo = [], [token]
    while todo:
        head = todo.pop(0)
        heads.append(head.lower_)
        todo += [c for c in head.children if c.dep_ == "conj"]
    return "+".join(sorted(heads))


def _conjoined_people(token: Token, names: dict[int, Span]) -> tuple[int, Token, bool] | None:
    """ "Anna Ruiz and Paul Ruiz were found dead", "killed her husband and
    son": the people joined to a singled-out person by "and", counted with
    them (the total, the last word, and whether the list goes on with people
    no word counts), or None when no one is joined or a conjunct is no
    countable person ("the officer and the gunman" count apart).  A list's
    middle member the parse hangs on the first as an apposition is joined
    too ("the captain, the first officer and the helmsman"); one the lexicon
    has no word for ("the skipper, the engineer and the helmsman") leaves
    the count open, at least those before it, as :func:`_with_conjuncts`
    does for a count."""
    doc = token.doc
    total, last = 1, token
    conjuncts = [c for c in token.children if c.dep_ == "conj" or listed_apposition(c)]
    while conjuncts:
        conjunct = conjuncts.pop(0)
        if _described_again(conjunct):
            # "The driver of the car, a 61-year-old man, and his passenger":
            # the driver told again by age, one person; the list goes on after him
            conjuncts += [c for c in conjunct.children if c.dep_ == "conj"]
            continue
        if conjunct.i in names:
            count: int | None = 1
            end = doc[names[conjunct.i].end - 1]
        elif _surname_of_named(conjunct, names):
            count, end = 1, conjunct  # "Ortiz and Haskins were found dead": both named before
        else:
            count, end = conjunct_count(conjunct), conjunct
        if count is None:
            if may_be_more_people(conjunct):
                return total, last, True
            return None
        total += count
        last = end if end.i > last.i else last
        conjuncts += [c for c in conjunct.children if c.dep_ == "conj"]
    return (total, last, False) if total > 1 else None


def _described_again(conjunct: Token) -> bool:
    """ "The driver of the car, a 61-year-old man, and his passenger were
    pronounced dead": a person told again between commas by an age ("a
    61-year-old man"), which the parse joins to the one before as a conjunct
    when a phrase ("of the car") stands between them.  An indefinite article,
    a word of an age (:func:`tells_age`), a comma on either side and one
    singled-out person before it ("The driver", "his son"): "the driver and
    a 61-year-old man" and "a passenger, a 61-year-old man and a woman" stay
    three people."""
    doc = conjunct.doc
    head = conjunct.head
    if conjunct.i + 1 >= len(doc) or doc[conjunct.i + 1].text != ",":
        return False
    own = [c for c in conjunct.children if c.i < conjunct.i]
    if not own or own[0].dep_ != "det" or own[0].lower_ not in lexicon().one_person:
        return False
    if own[0].i == 0 or doc[own[0].i - 1].text != "," or head.tag_ not in ("NN", "NNP"):
        return False
    if not any(tells_age(w) for w in doc[own[0].i : conjunct.i]):
        return False
    return any(_singles_out(c) for c in head.children)


#: outcomes a plural pronoun is counted for: "they were shot" adds nothing
#: to "two men were shot", and "they were arrested" is often someone else
PRONOUN_OUTCOMES = frozenset({"killed", "injured"})


def _plural_pronoun(token: Token, found: list[RawClaim]) -> RawClaim | None:
    """ "Two men were shot outside a bar. They died at the hospital": "they"
    counts the people of the last count before it, in its sentence or the
    one before, when that count is of two or more people and no other
    count of people stands between."""
    if token.lower_ != "they" or token.tag_ != "PRP" or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    outcome = person_outcome(token)
    if outcome not in PRONOUN_OUTCOMES:
        return None
    sentence = token.sent
    previous = token.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    before = [
        c
        for c in found
        if previous.start_char <= c.start < token.idx
        and c.value.unit == "people"
        and c.details is not None
        and c.count.group != "elsewhere"
    ]
    if not before:
        return None
    antecedent = max(before, key=lambda c: c.start)
    low = antecedent.value.low
    if low is None or low < 2 or antecedent.count.group == INDIVIDUAL:
        return None
    group = antecedent.count.group or "all"
    subject, label, details = casualty_subject(outcome, group)
    value = antecedent.value.model_copy()
    written = text_of(token.doc)[antecedent.start : antecedent.end]
    return RawClaim(
        ClaimKind(outcome),
        token.idx,
        token.idx + len(token.text),
        subject,
        label,
        value,
        details,
        notes=[f'"{token.text}": the {antecedent.value.label} of "{written}"'],
    )


def _single_group(quantity: Quantity) -> str:
    """The group of one singled-out person: "the gunman was killed" counts
    the attackers (one of them), never the victims; anyone else is one
    person of those counted."""
    if quantity.low > 1:
        return "all"  # "Anna and Paul Ruiz": people counted together, no one person
    return (
        "attackers"
        if people_group(quantity.noun) == "attackers" and quantity.noun is not None
        else INDIVIDUAL
    )


def _attacker_by_clause(noun: Token | None) -> bool:
    """ "A man who officials say shot at officers was injured", "a woman who
    opened fire on deputies was killed": a person whose relative clause tells
    that they attacked (an attack verb, active, with its target: someone
    shot, or people or a vehicle fired at) is one of the attackers, whatever
    noun the report names them by; "a boy who shot himself at home" is the
    one hurt."""
    if noun is None:
        return False
    attack = people_lexicon().attack_verbs
    for clause in noun.children:
        if clause.dep_ != "relcl":
            continue
        for verb in clause.subtree:
            if lemma_of(verb) not in attack or verb.pos_ != "VERB" or _attack_target(verb) is None:
                continue
            if not any(c.dep_ in ("auxpass", "agent") for c in verb.children):
                return True
    return False


def _attacks_in_own_clause(noun: Token | None) -> bool:
    """ "Three men with their faces covered got out of a car and fired at
    customers", "At least two people opened fire", "two suspects pulled up
    and started shooting": people who are the subject of an attack verb
    (``attack_verbs``) told actively at a target, or begun ("began
    shooting"), in their own clause or a verb joined to it that has no
    subject of its own, are the attackers.  "Two men shot in Southside" (no
    target: a headline's passive) and "two men were shot" are not."""
    if noun is None or noun.dep_ != "nsubj" or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(_attacking(verb) for verb in _own_verbs(noun.head))


def _own_verbs(verb: Token) -> list[Token]:
    """A verb, the verbs joined to it that have no subject of their own (by
    "and", or a clause the parser hangs on it: "three men with their faces
    covered got out of a car and fired" parsed with "got" under "covered"),
    and the verbs each begins ("started shooting")."""
    found, todo = [], [verb]
    while todo:
        current = todo.pop()
        found.append(current)
        for child in current.children:
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in child.children)
            if child.dep_ in ("conj", "advcl") and child.pos_ == "VERB" and not own_subject:
                todo.append(child)
            elif child.dep_ == "xcomp" and child.pos_ == "VERB":
                found.append(child)
    return found


def _attacking(verb: Token) -> bool:
    """An attack verb told actively: at a target, or begun ("began firing")."""
    if lemma_of(verb) not in people_lexicon().attack_verbs or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in ("auxpass", "agent") for c in verb.children):
        return False
    return _attack_target(verb) is not None or (verb.dep_ == "xcomp" and verb.tag_ == "VBG")


def _attackers_tally(quantity: Quantity, group: str | None) -> RawClaim | None:
    """A count of people whose own clause tells them attacking
    (:func:`_attacks_in_own_clause`) is the tally of shooters, as "four
    gunmen" is, whatever noun counts them; or None."""
    lex = lexicon()
    noun = quantity.noun
    vague = quantity.low != quantity.high and not quantity.ranged
    if group not in lex.attacker_groups_by_act or noun is None or vague:
        return None
    if quantity.first.lower_ in lex.one_person or quantity.first.i == noun.i:
        return None  # "A gunman shot three people", "Man kills wife": the one who did it, no tally
    if quantity.individual or not _attacks_in_own_clause(noun):
        return None
    tally = lex.attackers_tally
    return other_count_claim(quantity, noun, subject=tally, label=f"number of {tally}", group=tally)


def _suicide_of_attacker(token: Token, attackers: tuple[set[int], set[str]]) -> bool:
    """ "He shot his wife and then turned the gun on himself", "A man shot
    two neighbours. He then killed himself": a pronoun whose own verb is a
    reflexive death, and who is the one that attacked in the clause joined
    to it or in the sentence before, is the attacker dying, no victim.  A
    suicide with no attack told before it ("She was found dead. She shot
    herself") stays one person's death."""
    if token.dep_ != "nsubj":
        return False
    verb = token.head
    if _attacks(verb) and _own_hand_after(verb) is not None:
        return True  # "he shot her and then killed himself"
    if not _self_harm(verb):
        return False
    if verb.dep_ == "conj" and _attacks(verb.head):
        return True  # "shot his wife and then killed himself": one subject for both verbs
    sentence = token.sent
    if sentence.start == 0:
        return False
    before = token.doc[sentence.start - 1].sent
    return any(_attacks(v) and _attacker_subject(v, attackers) for v in before if v.pos_ == "VERB")


def _own_hand_after(verb: Token) -> Token | None:
    """ "shot her and then killed himself", "killed three people before
    taking his own life", "shot his wife, then turning the gun on himself":
    the verb by which the subject of an attack then harmed themselves, in
    a joined verb, participle or "before" clause."""
    for child in verb.children:
        if child.dep_ in ("conj", "advcl", "dep") and _self_harm(child):
            return child
        before = child.dep_ == "prep" and child.lower_ in ("before", "after")
        for clause in child.children if before else ():
            if clause.dep_ == "pcomp" and _self_harm(clause):
                return clause
    return None


def _attacker_killing_self(token: Token, attackers: tuple[set[int], set[str]]) -> bool:
    """ "The gunman killed three people before taking his own life", "he
    shot his wife and then himself": the subject of an attack whose own
    suicide the same sentence tells, a pronoun, a named attacker or any
    person but the police ("a man shot his wife, then turned the gun on
    himself"), is one attacker dead."""
    if token.dep_ != "nsubj" or not _attacks(token.head):
        return False
    own_hand = _own_hand_after(token.head)
    if own_hand is None or not own_death(own_hand):
        return False  # "shot his wife and then himself", "... in an attempted suicide": he may live
    if token.lower_ in ("he", "she") and token.pos_ == "PRON":
        return True
    return token.i in attackers[0] or people_group(token) not in (None, "police")


def _self_harm(verb: Token) -> bool:
    """ "killed himself", "shot herself", "turned the gun on himself", "took
    his own life": a verb that tells its subject harmed themselves (whether
    they died is :func:`.linking.own_death`'s question)."""
    if any(c.dep_ == "dobj" and c.lower_ in lexicon().reflexives for c in verb.children):
        return True
    if lemma_of(verb) == "take":
        return any(
            c.dep_ == "dobj" and lemma_of(c) == "life" and any(m.lower_ == "own" for m in c.children)
            for c in verb.children
        )
    return any(
        p.dep_ == "prep" and p.lower_ == "on" and any(o.lower_ in lexicon().reflexives for o in p.children)
        for p in verb.children
    )


def _attacks(verb: Token) -> bool:
    """An active attack verb aimed at someone ("shot his wife", "opened fire
    on the crowd")."""
    return (
        lemma_of(verb) in people_lexicon().attack_verbs
        and _attack_target(verb) is not None
        and not any(c.dep_ in ("auxpass", "agent") for c in verb.children)
    )


def _attacker_subject(verb: Token, attackers: tuple[set[int], set[str]]) -> bool:
    """Whether the subject of an attack verb is one a later "he" may be: a
    pronoun (a relative "who" too), a person the report names as the attacker, or any noun of a
    person but the police ("officers shot the man. He then shot himself"
    is no attacker's suicide)."""
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "went back inside and shot the twins": the subject both verbs share
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    subject = subjects[0]
    if subject.lower_ in ("he", "she", "who"):
        return True  # "... Billick, who went back inside and shot the twins. Then he turned ..."
    if subject.i in attackers[0] or subject.lower_ in attackers[1]:
        return True
    group = people_group(subject)
    return group is not None and group != "police"


#: what an attack "at" or "on" is aimed at besides people: "fired at a car"
AIMED_AT = frozenset({"crowd", "car", "vehicle", "house", "home", "them", "him", "her", "us"})


def _attack_target(verb: Token) -> Token | None:
    """Whom an attack verb is aimed at: its object ("shot the clerk"), or
    people or a vehicle after "at"/"on" ("shot at officers"); None when it
    is aimed at the one who acts ("shot himself") or names no target ("at
    home" is where)."""
    if lemma_of(verb) == "open" and not any(c.lower_ == "fire" for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lower_ in lexicon().reflexives for o in objects):
        return None
    if objects:
        return objects[0]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("at", "on"):
            for target in prep.children:
                if target.dep_ == "pobj" and (people_group(target) is not None or target.lower_ in AIMED_AT):
                    return target
    return None


def _first_member(quantity: Quantity) -> Quantity:
    """ "Three women and a boy": the first of a list of people the parse
    summed, on its own (each member of a share of a toll is a share of its
    own: "three women" and "a boy" among the dead, never "four")."""
    arg = quantity.arg
    if quantity.noun is not None or not any(c.dep_ == "conj" for c in arg.children):
        return quantity
    count = conjunct_count(arg)
    number = next((c for c in arg.children if c.dep_ == "nummod" and c.i < arg.i), None)
    if count is None or number is None:
        return quantity
    return Quantity(quantity.first, number, count, count, count, arg, arg)


def _share_of_a_toll(quantity: Quantity, found: list[RawClaim]) -> tuple[Quantity, str] | None:
    """The outcome of a figure of people told as a share of a toll, with no
    outcome word of its own: "Among the dead were three children", "The
    injured included two firefighters" (the whole's own words,
    :func:`whole_outcome`), or "Nine people died, including three children",
    "30 missing, among them five firefighters" (the toll whose words the
    share hangs on; for "them", the toll told just before it in its
    sentence, which the parse of unpunctuated wire copy may not join).
    Such a figure counts people of that outcome, as "three children were
    killed" does; "people" and "victims" are never a share of a toll of
    their own."""
    named = share_named_after(quantity)
    if named is not None:
        return named if people_group(named[0].noun) not in (None, "attackers") else None
    quantity = _first_member(quantity)
    if quantity.noun is None or lemma_of(quantity.noun) in lexicon().total_people:
        return None
    outcome = whole_outcome(quantity) or _breakdown_of_a_toll(quantity, found)
    if outcome is not None:
        return quantity, outcome
    if not is_subgroup(quantity):
        return None
    whole = subgroup_whole(quantity)
    if whole is None:
        return None
    sentence = quantity.first.sent
    told = [
        c
        for c in found
        if (_tells(whole, c) or among_them(quantity) and sentence.start_char <= c.start < quantity.first.idx)
        and c.kind.value in SUBGROUP_OUTCOMES
        and c.count.role == "victims"
        and c.count.group != INDIVIDUAL
        and (c.value.low or 0) > 0  # "No one was hurt, but people, including two children, were inside"
    ]
    return (quantity, told[-1].kind.value) if told else None


def _breakdown_of_a_toll(quantity: Quantity, found: list[RawClaim]) -> str | None:
    """ "Nine people died ... The victims included five men, three women and
    a boy": a list of the victims whose figures add up to a toll told
    before it is that toll's breakdown, and each member a share of it.  "The
    victims" alone names no outcome (reporters say it of the dead and of the
    hurt); the sum tells which, where one toll alone has it."""
    first = quantity.arg
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    verb = first.head
    if first.dep_ != "dobj" or lemma_of(verb) != "include":
        return None
    if not any(c.dep_ == "nsubj" and lemma_of(c) == "victim" for c in verb.children):
        return None
    members, todo = [], [first]
    while todo:
        member = todo.pop()
        members.append(conjunct_count(member))
        todo += [c for c in member.children if c.dep_ == "conj"]
    if len(members) < 2 or None in members:
        return None
    total = sum(m for m in members if m is not None)
    outcomes = {
        c.kind.value
        for c in found
        if c.kind.value in SUBGROUP_OUTCOMES
        and c.count.role == "victims"
        and c.frame.scope is None
        and c.value.low == c.value.high == total
    }
    return outcomes.pop() if len(outcomes) == 1 else None


def _toll_before(quantity: Quantity, found: list[tuple[RawClaim, Quantity | None]]) -> TollBefore | None:
    """The last count told in the figure's sentence or the one before it,
    where it is a toll of victims, for "them" in "Of them, two were from
    Crane": its outcome and its words.  A count of another sort told last
    ("police arrested four men") is what "them" names, so no toll is."""
    sentence = quantity.first.sent
    doc = sentence.doc
    start = doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    counts = [claim for claim, _ in found if start <= claim.start < quantity.first.idx]
    if not counts:
        return None
    last = counts[-1]
    if last.kind.value not in SUBGROUP_OUTCOMES or last.count.role != "victims":
        return None
    return TollBefore(last.kind.value, last.start, last.end)


def _tells(whole: Token, claim: RawClaim) -> bool:
    """Whether the word a share hangs on is the toll's: its counted words
    ("Nine people, including three children, died") or the verb it is told
    by ("Nine people died, including three children")."""
    if claim.start <= whole.idx < claim.end:
        return True
    return whole.pos_ in ("VERB", "AUX") and any(t.idx == claim.start for t in whole.subtree)


def extract_counts(doc: Doc) -> None:
    """Add every count claim found in ``doc`` to ``doc._.rc_claims``, each
    casualty count with its scope (:mod:`.scope`)."""
    found: list[tuple[RawClaim, Quantity | None]] = []
    board_parts: list[RawClaim] = []
    names = named_people(doc)
    attackers = named_attackers(doc)
    for token in doc:
        for claim in _zero_claims(token):
            found.append((claim, None))
        single = _single_person(token, names)
        if single is None and _attacker_killing_self(token, attackers):
            self_killed = Quantity(token, token, 1, 1, 1, None, token)
            found.append((_casualty_claim(self_killed, "killed", "attackers"), self_killed))
            continue  # "the gunman killed two people before taking his own life"
        if (
            single is not None
            and single[1] not in PRONOUN_OUTCOMES
            and _suicide_of_attacker(token, attackers)
        ):
            continue  # "he then shot himself": the attacker hurt, never one of the people shot
        if single is not None and single[1] == "killed" and _suicide_of_attacker(token, attackers):
            found.append((_casualty_claim(*single, "attackers"), single[0]))
            continue  # "he then killed himself": the attacker's death, as "the gunman was killed"
        if single is not None and single[1] in PRONOUN_OUTCOMES and _all_attackers(token, attackers):
            # "Moss was killed in a shootout": the gunman the report named, an attacker's death
            claim = _casualty_claim(*single, "attackers")
            scope = _attackers_scope(token, attackers)
            if scope is not None:
                claim = replace(claim, frame=claim.frame.model_copy(update={"scope": scope}))
            found.append((claim, single[0]))
            continue
        if single is not None:
            claim = _casualty_claim(*single, _single_group(single[0]))
            if single[0].low > 1:
                # "killing Judge Barnes and court reporter Brandau": the people a
                # report names are some of the toll, which may count more; set
                # against the total, and against another report's list of the
                # same people, never against a list of others
                listed = _listed_people(token)
                scope = f"{NAMED_SCOPE}:{listed}"
                claim = replace(claim, frame=claim.frame.model_copy(update={"scope": scope}))
            found.append((claim, single[0]))
            continue
        plural = _plural_pronoun(token, [claim for claim, _ in found])
        if plural is not None:
            found.append((plural, None))
            continue
        names_listed = listed_quantity(token)
        if names_listed is not None:
            # "the villages of A and B": the names, not their places, are what is counted
            named = _other_count_claim(names_listed) or listed_count_claim(names_listed)
            if named is not None:
                found.append((_at_least(named), names_listed))
            continue
        if (adverb := _shot_adverb_claim(token)) is not None:
            found.append(adverb)  # "was shot twice"
            continue
        quantity = quantity_at(token)
        if quantity is None:
            continue
        start, end = quantity.first.idx, quantity.last.idx + len(quantity.last.text)
        if _overlaps_claim(doc, start, end):
            continue  # a time, distance, date or age already owns these words
        group = people_group(quantity.noun)
        if group not in (None, "attackers") and _attacker_by_clause(quantity.noun):
            group = "attackers"
        outcome = outcome_for(quantity) if group is not None and not cut_off(quantity) else None
        if group is None and (tally := tally_outcome(quantity)) is not None:
            group, outcome = "all", tally  # "three deaths", "claimed six lives"
        share = None
        if outcome is None and group not in (None, "attackers"):
            share = _share_of_a_toll(quantity, [claim for claim, _ in found])
            if share is not None:
                quantity, outcome = share
                group = people_group(quantity.noun)
            elif (origin := share_by_origin(quantity, _toll_before(quantity, found))) is not None:
                outcome, group = origin  # "Of those dead, three were from Tarrow"
                share = quantity, outcome
            elif (placed := share_by_place(quantity, _toll_before(quantity, found))) is not None:
                outcome, group = placed, "all"  # "239 of the dead were in Blantyre": a place's share
        if (
            outcome is not None
            and group != "attackers"
            and share is None  # "five men, three women and a boy" among the dead: each a share
            and (whole := comma_listed(quantity)) is not None
        ):
            if any(q is not None and q.first.i <= quantity.first.i <= q.last.i for _, q in found):
                continue  # a part of a list already counted whole
            quantity, group = whole, people_group(whole.noun)
        alive = _found_alive(quantity) if outcome == ClaimKind.missing.value and share is None else None
        if alive is not None:
            found.append((alive, quantity))  # "found five people alive who had been missing"
            continue
        if outcome is not None:
            assert group is not None  # an outcome is only looked for with a group
            claim = _casualty_claim(quantity, outcome, INDIVIDUAL if quantity.individual else group)
            if share is not None:
                claim = replace(claim, details=claim.count.replace(derived=SHARE))
            found.append((claim, quantity))
            if (everyone := everyone_on_board(quantity)) is not None:
                found.append((everyone, quantity))  # "killing all 62 people on board"
            continue
        on_board = on_board_claim(quantity) if group not in (None, "attackers") else None
        other = (
            (rescued_claim(quantity) if group not in (None, "attackers") else None)
            or (plight_claim(quantity) if group not in (None, "attackers") else None)
            or cut_off_claim(quantity)  # "power to 21,000 households": no people word
            or on_board
            or (included_part(quantity) if group not in (None, "attackers") else None)
            or _shot_times_claim(quantity)
            or _attackers_tally(quantity, group)
            or _other_count_claim(quantity)
            or _present(quantity, group)
            or _crowd(quantity, group)
            or (None if outcome_for(quantity) else _generic_count(quantity, group))
        )
        if other is not None:
            found.append((other, quantity))
        if on_board is not None:
            board_parts += on_board_parts(quantity, on_board)
    _headline_self_counts(doc, found)
    scoped = assign_scopes(found, INDIVIDUAL)
    kept = [n for n, (_, quantity) in enumerate(found) if not lone_condition(scoped[n], quantity)]
    scoped = [scoped[n] for n in kept]
    quantities = [found[n][1] for n in kept]
    read = len(kept)
    with_attacker = tolls_with_attacker(doc, list(zip(scoped, quantities, strict=True)))
    claims = summed_increments(with_attacker, quantities, INDIVIDUAL)
    claims = _with_victim_sex(claims[:read], quantities, doc) + claims[read:]
    for claim in claims[:read]:
        add_claim(doc, claim)
    for total in claims[read:]:
        claims_of(doc).append(total)  # spans its parts' words, which add_claim would refuse
    claims_of(doc).extend(board_parts)  # "68 passengers" inside the sum's words, as above
    for floor in floor_claims(doc):
        add_claim(doc, floor)  # "broke out on the seventh floor", "a double-decker launch"


def _headline_self_counts(doc: Doc, found: list[tuple[RawClaim, Quantity | None]]) -> None:
    """The count of the person of a headline's "Teen accidentally shoots,
    kills self" that the parse misread (:mod:`headline_self`), told as
    shooting themself: killed where the headline says so, else shot.  Where
    the parse counted the noun but read no shooter, that count is given it;
    a count that tells one already is left as it is."""
    for told in headline_self_shootings(doc):
        first, noun = told.first, told.noun
        read = [n for n, (_, q) in enumerate(found) if q is not None and q.first.i <= noun.i <= q.last.i]
        if read:
            for n in read:
                claim, quantity = found[n]
                if _one_victim_unread(claim):
                    found[n] = (replace(claim, details=claim.count.replace(shooter=SHOOTER_SELF)), quantity)
            continue
        start, end = first.idx, noun.idx + len(noun.text)
        if any(c.start < end and start < c.end and c.kind is not ClaimKind.age for c in claims_of(doc)):
            continue  # the age of "15-year-old" is the person's own
        quantity = Quantity(first=first, last=noun, low=1, high=1, written=1, noun=noun, arg=noun)
        claim = _casualty_claim(quantity, "killed" if told.fatal else HARMED, people_group(noun) or "all")
        details = claim.count.replace(shooter=SHOOTER_SELF, shooter_hedge=None)
        if not told.fatal:  # the parse gives no participle to read: the headline's verb is "shoots"
            details = details.replace(harmed="shot")
            claim = replace(claim, subject=f"{HARMED}:shot", subject_label="people shot")
        found.append((replace(claim, details=details), quantity))


def _one_victim_unread(claim: RawClaim) -> bool:
    """A count of one victim harmed whose own clause told no shooter."""
    details = claim.count
    return (
        details.role == "victims"
        and details.shooter is None
        and claim.value.low == 1
        and claim.value.high == 1
        and (claim.kind in (ClaimKind.killed, ClaimKind.injured) or details.harmed is not None)
    )


register_extractor("reportcheck_counts", extract_counts)
