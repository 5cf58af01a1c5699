"""The digest's counts: victims killed and injured, attackers killed and injured.

The figures that matter are stated for the main incident, and a report
that first says "a man was killed" and later "two people died" means two:
the largest count stated wins ("at least 3" read as 3).  Attackers are
counted apart from their victims ("the gunman was shot dead" is no victim),
and the wound a report describes for someone it says died is no extra
injured person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportcheck.details import VAGUE
from reportcheck.digest.helpers import (
    STORY_OPENS_WITHIN,
    Layout,
    is_named,
    main_claims,
    of_kind,
    sentence_rank,
)
from reportcheck.digest.mentions import can_be_one
from reportcheck.digest.model import CountFact
from reportcheck.knowledge.casualties import lexicon, tells_of_a_death
from reportcheck.knowledge.condition import alive_after
from reportcheck.knowledge.names import people_lexicon, person_key
from reportcheck.knowledge.vocabulary import INDIVIDUAL
from reportcheck.models import Claim, ClaimKind

#: groups of a count that are not the incident's victims (see extract/counts.py)
NOT_VICTIM_GROUPS = frozenset({"attackers", "elsewhere"})
#: the event relations of counts that are not the story's (see incident_events)
NOT_THE_STORY = ("tally-", "other-")
#: words that make a count of one someone else than the person just named
ANOTHER = frozenset({"another", "other", "second", "third", "fourth", "others"})


def _count_of(claim: Claim) -> int | None:
    """The number a count claim stands for, bounds taken into account.

    "at least 3" is 3 (its lower bound), "more than 3" 4; "nearly 10" (an
    interval below 10) its upper end, the number the report writes about.
    """
    value = claim.value
    if value.low is None:
        return None
    if value.high is None:
        return int(value.low)
    if value.written is not None and value.low <= value.written <= value.high:
        return int(value.written)
    return int(value.high)


def is_attacker(claim: Claim) -> bool:
    """A count of attackers: so grouped, or one singled out by an attacker
    noun ("the suspect was found dead", which the extractor counts as one person)."""
    if claim.count.role == "attackers":
        return True
    if claim.count.group != INDIVIDUAL:
        return False
    last = claim.evidence.text.split()[-1].lower() if claim.evidence.text.split() else ""
    return last in lexicon().attackers


def is_tally(claim: Claim) -> bool:
    """A count of another event the story tells: a city's or a weekend's
    many shootings ("at least eight people had been killed in 29 shootings
    since Friday", a "tally"), or another shooting ("three teens died in
    separate shootings", an "other" event); the events stage gives each an
    event of its own."""
    event = claim.frame.event or ""
    return event.rpartition("/")[2].startswith(NOT_THE_STORY)


def _victim_counts(claims: Sequence[Claim], kind: ClaimKind) -> list[Claim]:
    """The main incident's counts of victims of one outcome."""
    return [
        c
        for c in of_kind(main_claims(claims), kind)
        if not is_attacker(c) and c.count.group not in NOT_VICTIM_GROUPS and not is_tally(c)
    ]


def individual_key(claim: Claim) -> str:
    """Who a count of one singled-out person is about ("Isaac Duran" -> duran)."""
    return person_key(claim.evidence.text)


def largest_count(counts: Sequence[Claim]) -> CountFact | None:
    """The largest number the claims state, with the claims that state it.

    A report names victims one by one ("Duran was killed") and also states
    totals ("two people died"); singled-out people count as one between
    them, since the same person is named again and again (and "he" refers
    to someone named).  A report that gives no total for several named
    victims is rare; one that repeats a name is the rule.
    """
    totals = [(n, c) for c in counts if (n := _count_of(c)) is not None]
    exact = [n for n, c in totals if not _vague(c)]
    totals = [(n, c) for n, c in totals if not (_vague(c) and any(_within(c, m) for m in exact))]
    if not totals:
        return None
    best = max(n for n, _ in totals)
    return CountFact(value=best, claims=[c.id for n, c in totals if n == best])


def _vague(claim: Claim) -> bool:
    """A count written as words of no number ("several injured", "dozens
    hurt"): an interval the extractor gives its middle."""
    return claim.count.told == VAGUE


def _within(vague: Claim, number: int) -> bool:
    """Whether an exact count fits a vague one: "several injured" and "five
    others were injured" tell one figure, and the report's number is it."""
    low, high = vague.value.low, vague.value.high
    return low is not None and high is not None and low <= number <= high


def _another(text: str) -> bool:
    """Whether a mention is written as someone else: "another man", "a second victim"."""
    return bool(set(text.lower().split()) & ANOTHER)


def _introduced(text: str) -> bool:
    """A mention that brings in someone new: "(shot his brother to death and)
    wounded an older brother", never the wound of someone already named."""
    return text.lower().startswith(("a ", "an "))


def _wounds_of_the_dead(injured: Sequence[Claim], killed: Sequence[Claim]) -> set[str]:
    """Ids of injury claims that describe the wounds of someone who died.

    "Mitchell received multiple gunshot wounds" in a report that says
    Mitchell was killed, "The victim suffered a gunshot wound ... where he
    died": the same person, once.  A count of one in the sentence of a
    singled-out death is that person's wound unless it is written as
    someone else ("another man was wounded", a different name).
    """
    singles = [c for c in killed if c.count.group == INDIVIDUAL]
    dead_names = {individual_key(c) for c in singles if is_named(c.evidence.text)}
    dead_sentences = {c.evidence.sentence_start for c in singles}
    wounds = set()
    for claim in injured:
        text = claim.evidence.text
        if _count_of(claim) != 1:
            continue
        same_name = is_named(text) and individual_key(claim) in dead_names
        same_sentence = claim.evidence.sentence_start in dead_sentences and not is_named(text)
        told_apart = _another(text) or _introduced(text)
        if same_name or (same_sentence and not told_apart) or _pronoun_after_a_death(claim, singles):
            wounds.add(claim.id)
    return wounds


#: how a count refers back to people already told of: "all three", "both", "the two"
GROUP_BACK = re.compile(r"^(?:all|both|the)\b", re.IGNORECASE)


def _wounds_of_all_the_dead(injured: Sequence[Claim], killed: Sequence[Claim]) -> set[str]:
    """ "Three were found dead in a home ... All three had suffered gunshot
    wounds": a count of the hurt as many as the dead, told after them as
    people already known ("all three", "both", "the two"), is their wounds."""
    dead = max((n for c in killed if (n := _count_of(c)) is not None), default=0)
    if dead < 2:
        return set()
    first_death = min(k.evidence.start for k in killed)
    return {
        c.id
        for c in injured
        if _count_of(c) == dead
        and c.evidence.start > first_death
        and GROUP_BACK.match(_opening(c))
        and not set(_opening(c).lower().split()) & ANOTHER
    }


def _opening(claim: Claim) -> str:
    """The words of a count's sentence from the word before its number on ("All three")."""
    evidence = claim.evidence
    offset = max(evidence.start - evidence.sentence_start, 0)
    before = evidence.sentence[:offset].split()
    return " ".join([*before[-1:], evidence.text]) if before else evidence.text


#: how many sentences before a pronoun may bring in the someone else it refers to
PRONOUN_REACH = 2


def _pronoun_wounds_of_a_lone_dead(
    injured: Sequence[Claim], killed: Sequence[Claim], layout: Layout | None
) -> set[str]:
    """ "A 7-year-old boy has died ... The fire department took the boy to a
    hospital after he suffered a gunshot wound", "An autopsy determined he
    suffered a single wound": where one person died and the report counts
    no one else hurt, a pronoun's wound is the dead person's, unless its sex
    is not the dead's or its sentence or the two before bring in someone
    else ("At least one other man, 21, was inside the van ... He was wounded
    in the thigh")."""
    if layout is None or max((n for c in killed if (n := _count_of(c)) is not None), default=0) != 1:
        return set()
    pronouns = [c for c in injured if _is_pronoun(c.evidence.text.lower()) and _count_of(c) == 1]
    if not pronouns or any(not _is_pronoun(c.evidence.text.lower()) for c in injured):
        return set()
    return {
        c.id
        for c in pronouns
        if not set(layout.before(c.evidence.sentence_start, PRONOUN_REACH).lower().split()) & SOMEONE_ELSE
        and all(can_be_one(c.evidence.text, k.evidence.text) for k in killed)
    }


def _is_pronoun(text: str) -> bool:
    """Whether a mention (lower case) is a pronoun of one person, which refers
    back to someone told of before ("he", "her": ``sex_pronouns`` of
    rules/people.yaml)."""
    return text in people_lexicon().pronoun_sex


def _pronoun_after_a_death(claim: Claim, singles: Sequence[Claim]) -> bool:
    """ "The man found dead on Friday was identified as ... He suffered
    multiple gunshot wounds": a pronoun's wound in the sentence right after
    a singled-out death is the dead person's (unless the sentence tells of
    someone else: "she was also shot")."""
    if not _is_pronoun(claim.evidence.text.lower()):
        return False
    if set(claim.evidence.sentence.lower().split()) & SOMEONE_ELSE:
        return False
    start = claim.evidence.sentence_start
    return any(0 <= start - (k.evidence.sentence_start + len(k.evidence.sentence)) <= 2 for k in singles)


def killed_fact(claims: Sequence[Claim]) -> CountFact | None:
    """The number of victims killed in the main incident."""
    return largest_count(_victim_counts(claims, ClaimKind.killed))


#: words of a sentence that tell of a second person beside one hurt ("also", "another")
SOMEONE_ELSE = frozenset({"also", "another", "other", "others", "second", "third", "both"})
#: the first words of a later mention that refers back to someone already told of
REFERS_BACK = frozenset({"the", "he", "she", "his", "her"})


def _refers_back(text: str) -> bool:
    """Whether a mention refers back ("the child", "she", "his son"): its first
    word, not a prefix of it ("Henderson died" and "Sheila Lee died" name
    someone)."""
    words = text.lower().split()
    return bool(words) and words[0] in REFERS_BACK


def _died_later(injured: Sequence[Claim], killed: Sequence[Claim]) -> set[str]:
    """Ids of injury claims of one person the report later says died.

    "A 2-year-old was critically injured in a shooting ... The child died at
    the hospital": the person hurt first is the one who died, counted once,
    as killed (annotators count the injured who did not die).  An injury of
    one in a sentence of its own, followed by a death of one that is the same
    person again (:func:`_same_one_again`: told of as someone already known,
    "the child", "she", or in the words that brought them in), is that
    person's; a sentence
    that tells of a second person ("also", "another") or a death in the same
    sentence keeps it apart, and a name other than the dead's is someone else.
    """
    later_deaths = [c for c in killed if _count_of(c) == 1]
    if not later_deaths:
        return set()
    killed_sentences = {c.evidence.sentence_start for c in killed}
    died = set()
    for claim in injured:
        if _count_of(claim) != 1 or claim.evidence.sentence_start in killed_sentences:
            continue
        if set(claim.evidence.sentence.lower().split()) & SOMEONE_ELSE:
            continue
        if any(k.evidence.start > claim.evidence.end and _same_one_again(claim, k) for k in later_deaths):
            died.add(claim.id)
    return died


def _same_one_again(hurt: Claim, death: Claim) -> bool:
    """Whether a later death of one is told of the person hurt before.

    It is when it refers back ("the child", "she") to someone the words do
    not tell apart ("a wounded 12-year-old girl" is not "his 7-year-old
    daughter" nor the "he" who killed himself), or when it repeats the words
    that brought the person in ("A 16-year-old boy was critically wounded
    ... A 16-year-old boy who was critically wounded ... died")."""
    hurt_text, death_text = hurt.evidence.text.lower(), death.evidence.text.lower()
    if _refers_back(death_text):
        return can_be_one(hurt_text, death_text)
    return len(hurt_text.split()) > 1 and hurt_text.split() == death_text.split()


def _less_the_dead_told_after(
    stated: CountFact, injured: Sequence[Claim], killed: Sequence[Claim]
) -> CountFact:
    """ "Two people were wounded early Thursday ... The 19-year-old victim
    died at the hospital": a total of wounded told before every death, each
    death told of someone already known ("the victim", "he"), counts the
    dead among the wounded; the injured are the rest."""
    dead = max((n for c in killed if (n := _count_of(c)) is not None), default=0)
    stating = [c for c in injured if c.id in stated.claims]
    if not stating or stated.value <= dead:
        return stated
    first = min(c.evidence.start for c in stating)
    after = all(k.evidence.start > first and _refers_back(k.evidence.text) for k in killed)
    sentences = {c.evidence.sentence_start for c in stating}
    if not after or any(k.evidence.sentence_start in sentences for k in killed):
        return stated
    return CountFact(value=stated.value - dead, claims=stated.claims)


def _harmed_victims(claims: Sequence[Claim]) -> list[Claim]:
    """The main incident's counts of victims harmed, fate not said ("a man was shot")."""
    return [
        c
        for c in _victim_counts(claims, ClaimKind.other_count)
        if c.count.harmed is not None and _count_of(c) is not None
    ]


#: the words that tell of one person harmed beside the dead: "the second victim",
#: "another child", "the other man (was found with gunshot wounds)"
SURVIVOR_OPENERS = ("the second ", "a second ", "another ", "the other ")
#: "the other man" is the one beside a lone dead; beside two dead, one of them
THE_OTHER = "the other "
#: a total of people harmed read against the dead only in the report's lead
#: (a count further down is often a tally of other shootings: "eight children
#: have been shot in the past 17 months")
HARMED_TOTAL_WITHIN = 4


#: groups of one sex: "both women" beside "a man" dead are other people
SEXES = frozenset({"men", "women"})


def _beside_the_dead(claim: Claim, killed: Sequence[Claim]) -> bool:
    """ "One man is dead ... Both women were rushed to a hospital in critical
    condition": people harmed of the other sex than every dead person the
    report sorts by sex are none of the dead, and all of them are hurt."""
    dead_sexes = {k.count.group for k in killed if k.count.group in SEXES}
    return claim.count.group in SEXES and bool(dead_sexes) and claim.count.group not in dead_sexes


#: "was also shot", "also suffered wounds" (not "also of Benton Harbor")
ALSO_HARMED = re.compile(
    r"\b(?:was|were|is|are|been)\s+also\b|\balso\s+(?:was|were|shot|wounded|injured|hurt|hit|struck|suffered)\b",
    re.IGNORECASE,
)


def _also_harmed(claim: Claim, killed: Sequence[Claim]) -> bool:
    """ "Jada's father, 32, was also shot multiple times": someone other than
    a pronoun, told as also harmed in a sentence of no death, is hurt beside
    the dead, unless a later death refers back to someone known ("he died
    the next day")."""
    text = claim.evidence.text.lower()
    if not ALSO_HARMED.search(claim.evidence.sentence) or _is_pronoun(text):
        return False
    return not any(k.evidence.start > claim.evidence.end and _refers_back(k.evidence.text) for k in killed)


def _survivors_of_harm(claims: Sequence[Claim], killed: Sequence[Claim]) -> CountFact | None:
    """The injured a report states only as people harmed, read against the main incident's dead.

    The extractor settles "three people were shot" as injured only where the
    sentence, or the whole page, settles who died; "Three people were shot
    ... One of them, a 25-year-old, died at the hospital" leaves it open.
    Read against the main incident's dead: a total of people harmed in the
    lead beyond the dead leaves the rest hurt, and one harmed person told as
    someone beside the dead ("the second victim was taken to a hospital",
    "another child was wounded") is hurt.  A toll that may count an attacker
    who took his own life is no such total.
    """
    dead = max((n for c in killed if (n := _count_of(c)) is not None), default=0)
    if dead == 0:
        return None
    rank = sentence_rank(claims)
    killed_sentences = {c.evidence.sentence_start for c in killed}
    survivors: list[tuple[int, Claim]] = []
    for claim in _harmed_victims(claims):
        count = _count_of(claim) or 0
        in_lead = rank.get(claim.evidence.sentence_start, 0) < HARMED_TOTAL_WITHIN
        total = claim.frame.scope is None or claim.frame.scope.startswith("named:")
        other_sex = total and in_lead and claim.count.attacker is None and _beside_the_dead(claim, killed)
        if other_sex or _alive_beside_the_dead(claim, killed) or _brought_in_beside_a_death(claim, killed):
            survivors.append((count, claim))
        elif count > dead and total and in_lead and claim.count.attacker is None:
            survivors.append((count - dead, claim))
        elif count == 1 and claim.evidence.sentence_start not in killed_sentences:
            opener = claim.evidence.text.lower()
            beside = opener.startswith(SURVIVOR_OPENERS) and (dead == 1 or not opener.startswith(THE_OTHER))
            if beside or _also_harmed(claim, killed):
                survivors.append((1, claim))
    if not survivors:
        return None
    best = max(n for n, _ in survivors)
    return CountFact(value=best, claims=[c.id for n, c in survivors if n == best])


def _brought_in_beside_a_death(claim: Claim, killed: Sequence[Claim]) -> bool:
    """ "Officers found a 56-year-old who had been shot in the leg and a child
    who had died at the scene": two people brought in as new ("a ...") in
    one sentence, one dead and one harmed, are two, and the harmed one is
    hurt, unless a later death may be theirs."""
    text = claim.evidence.text.lower()
    deaths = [k for k in killed if k.evidence.sentence_start == claim.evidence.sentence_start]
    if _count_of(claim) != 1 or not _introduced(text) or not deaths:
        return False
    if not all(_introduced(k.evidence.text.lower()) and k.evidence.text.lower() != text for k in deaths):
        return False
    return not any(
        k.evidence.sentence_start > claim.evidence.sentence_start and can_be_one(text, k.evidence.text)
        for k in killed
    )


#: "had been in critical condition": a state before the death told, no survivor
PAST_STATE = re.compile(r"\bhad\s+been\b", re.IGNORECASE)


def _told_alive(claim: Claim) -> bool:
    """ "Her father is listed in critical condition", "both are recovering at
    home": people harmed whom the report says are alive now (a condition, a
    recovery; not "had been in critical condition"), named by more than a
    pronoun (which may be one of the dead again).  Where no one of the main
    incident died ("the gunman was killed"), they are hurt as they stand;
    beside the dead, see :func:`_alive_beside_the_dead`."""
    alive = alive_after(claim)
    text = claim.evidence.text.lower()
    return alive is not None and not _is_pronoun(text) and not PAST_STATE.search(_words_before(claim, alive))


def _alive_beside_the_dead(claim: Claim, killed: Sequence[Claim]) -> bool:
    """ "An 8-year-old girl has died and her father is listed in critical
    condition", "She and her mom are both recovering at home": people harmed
    whom the report says are alive (:func:`_told_alive`) beside the dead
    are hurt, unless the mention is one of the dead again (the same words)
    or a later death may be of them (no sex, age or child's noun tells the
    two apart)."""
    if not _told_alive(claim):
        return False
    text = claim.evidence.text.lower()
    if any(k.evidence.text.lower() == text for k in killed):
        return False
    return not any(
        k.evidence.start > claim.evidence.end and can_be_one(text, k.evidence.text) for k in killed
    )


def _words_before(claim: Claim, alive: str) -> str:
    """The words between a mention and the words that say the person is alive."""
    evidence = claim.evidence
    after = evidence.sentence[max(evidence.end - evidence.sentence_start, 0) :]
    return after[: after.find(alive)] if alive in after else after


def _harmed_in_a_story_of_no_death(claims: Sequence[Claim], lead: str | None) -> CountFact | None:
    """Everyone harmed, where the main incident counts no dead and its lead tells of no death.

    The extractor settles "a man was shot" as injured only on a page with no
    word of death anywhere; a reader's comment ("all this killing"), a
    related story or an earlier shooting the report recalls leaves it open.
    A death in the story itself is told in its lead (title and first
    sentences), so a lead without one and no dead counted settles it.
    """
    if lead is None or tells_of_a_death(lead):
        return None
    return largest_count(_harmed_victims(claims))


#: ordinals that rank one victim among the hurt: "a second victim was found ... with a wound"
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}


def _ranked_victims(injured: Sequence[Claim]) -> CountFact | None:
    """ "One man was shot ... A second victim was found with a gunshot wound":
    where no one died, the rank of one hurt person counts the hurt before
    them too (with a death, "the second victim" may rank the dead)."""
    ranks = []
    for claim in injured:
        words = claim.evidence.text.lower().split()
        if _count_of(claim) == 1 and len(words) > 1 and words[0] in ("a", "the") and words[1] in ORDINALS:
            ranks.append((ORDINALS[words[1]], claim))
    if not ranks:
        return None
    best = max(n for n, _ in ranks)
    return CountFact(value=best, claims=[c.id for n, c in ranks if n == best])


#: how a sentence brings in one new person: "a 40-year-old man", "one woman", "another"
NEW_PERSON = ("a ", "an ", "one ", "another ")


def _people_of_one_sentence(injured: Sequence[Claim]) -> CountFact | None:
    """ "One woman was shot in the arm and a 40-year-old man was shot in the
    leg": people brought in one by one in one sentence, each hurt, are that
    many hurt (a later "the man" or "she" refers back and adds no one)."""
    by_sentence: dict[int, dict[str, Claim]] = {}
    for claim in injured:
        text = claim.evidence.text.lower()
        if _count_of(claim) == 1 and text.startswith(NEW_PERSON):
            # the same words twice ("a call about a person shot ... found a person shot") are one person
            by_sentence.setdefault(claim.evidence.sentence_start, {}).setdefault(text, claim)
    sums = [list(people.values()) for people in by_sentence.values() if len(people) > 1]
    if not sums:
        return None
    best = max(sums, key=len)
    return CountFact(value=len(best), claims=[c.id for c in best])


def injured_fact(claims: Sequence[Claim], layout: Layout | None = None) -> CountFact | None:
    """The number of victims injured (and not killed) in the main incident.

    ``layout`` gives the report's title and first sentences, where a death
    in the story is told (without it, people harmed are read as hurt only
    against counted dead), and the sentences a pronoun may refer back to."""
    lead = layout.lead(STORY_OPENS_WITHIN) if layout else None
    killed = _victim_counts(claims, ClaimKind.killed)
    injured = _victim_counts(claims, ClaimKind.injured)
    set_aside = (
        _wounds_of_the_dead(injured, killed)
        | _died_later(injured, killed)
        | _pronoun_wounds_of_a_lone_dead(injured, killed, layout)
        | _wounds_of_all_the_dead(injured, killed)
    )
    kept = [c for c in injured if c.id not in set_aside]
    found = [f for f in (largest_count(kept), _people_of_one_sentence(kept)) if f is not None]
    stated = max(found, key=lambda f: f.value, default=None)
    if not killed:
        # no one dead: everyone harmed is hurt, and the largest count wins
        # ("four men were shot" beside "a fourth man was wounded")
        harmed = _harmed_in_a_story_of_no_death(claims, lead)
        alive = largest_count([c for c in _harmed_victims(claims) if _told_alive(c)])
        ranked = _ranked_victims(kept)
        found = [f for f in (stated, harmed, alive, ranked) if f is not None]
        return max(found, key=lambda f: f.value, default=None)
    if stated is not None:
        return _less_the_dead_told_after(stated, injured, killed)
    return _survivors_of_harm(claims, killed)


def attackers_fact(claims: Sequence[Claim], kind: ClaimKind) -> CountFact | None:
    """The number of attackers killed (or injured): "the gunman was shot dead"."""
    return largest_count([c for c in of_kind(main_claims(claims), kind) if is_attacker(c)])
