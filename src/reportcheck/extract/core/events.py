"""Which event a time, date or place is about.

A report times several things (the attack, the call to the fire service, the
arrest).  Only claims about the same event may be compared, so every time or
date is tied to the verb or event noun that governs it in the parse and that
word is looked up in ``rules/events.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from reportcheck.extract.core.base import lemma_of, perfect
from reportcheck.knowledge.day_parts import names_a_clock, names_a_time
from reportcheck.knowledge.events import NOUN_QUALIFIER_DEPS, event_lexicon, subject_fits
from reportcheck.knowledge.vocabulary import BIRTHDAY, looks_like_year

#: dependents of a verb whose words may qualify it ("died in hospital", "died later",
#: the particle of "knocked down")
_QUALIFYING_DEPS = ("prep", "pobj", "advmod", "npadvmod", "dobj", "acomp", "compound", "amod", "prt")


def _near_words(verb: Token) -> set[str]:
    """Lemmas of a verb's own dependents and theirs (never a clause below it),
    with "under control" said as one; "out of control" is not "out"."""
    near = [c for c in verb.children if c.dep_ in _QUALIFYING_DEPS]
    near += [g for c in near for g in c.children if g.dep_ in _QUALIFYING_DEPS]
    lemmas = {lemma_of(t) for t in near}
    pairs = {f"{lemma_of(t)} {lemma_of(g)}" for t in near for g in t.children if g.dep_ in ("pobj", "prep")}
    if any(pair.startswith("out ") for pair in pairs):
        lemmas.discard("out")
    return lemmas | pairs


def qualified_event(verb: Token, lemma: str) -> str | None:
    """The event a qualified verb names here, if a qualifying word is among its
    own dependents or theirs (with the subject the rules ask of it, if any:
    "the gun went off", never "the alarm went off"), or a later-event verb it
    follows."""
    lex = event_lexicon()
    pairs = lex.qualified.get(lemma)
    if pairs:
        lemmas = _near_words(verb)
        subjects = _subjects_of(verb)
        found = next(
            (
                key
                for words, key in pairs
                if (shared := _qualifying(lemmas, words)) and subject_fits(lemma, key, subjects, shared)
            ),
            None,
        )
        if found is not None:
            return found
    return _later_event(verb, lemma)


#: a qualifying list's word that any words fit: the verb names the event by
#: its subject alone ("the gunman entered the bar at 4 p.m.")
ANY_WORDS = "*"
#: the mark of a qualifying list's word that keeps the verb from naming the
#: event ("-plea": "the suspect entered a plea", never the attack)
NOT_WORD = "-"


def _qualifying(near: set[str], words: frozenset[str]) -> set[str]:
    """The words of a verb's ``near`` words that qualify it by a rule's
    ``words``: those the rule lists, or, for a rule with :data:`ANY_WORDS`,
    the wildcard itself unless a near word is one the rule refuses
    (:data:`NOT_WORD`)."""
    if ANY_WORDS not in words:
        return near & words
    refused = {w[len(NOT_WORD) :] for w in words if w.startswith(NOT_WORD)}
    return set() if near & refused else {ANY_WORDS}


def _subjects_of(verb: Token) -> set[str]:
    """The lemmas of a verb's subjects, and of the noun a sentence's verb was
    hung on where the parser took a short sentence's subject for its root
    ("A tanker skidded off the highway at about 11 p.m.": "tanker" the root,
    "skidded" a clause on it, the sentence having no verb root)."""
    told = [_antecedent(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects = {lemma_of(t) for t in told}
    if any(_names_aircraft(t) for t in told):
        subjects.add(_AIRCRAFT)
    head = verb.head
    if not subjects and verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN"):
        subjects.add(lemma_of(head))
    return subjects


#: the word a subject named by an aircraft's make or model is read as
_AIRCRAFT = "aircraft"


def _names_aircraft(subject: Token) -> bool:
    """Whether a subject is an aircraft named by its make or model ("the
    UH-60 Black Hawk", "the Bell 212", "a Cessna 172": ``aircraft_names``),
    its head or a compound word of a proper name; a common noun only as a
    model's designation, with its digits ("an Mi-17"), since "the bell"
    or "the caravan" is no aircraft."""
    names = event_lexicon().aircraft_names
    if subject.pos_ == "NOUN":
        return any(ch.isdigit() for ch in subject.text) and lemma_of(subject) in names
    if subject.pos_ not in ("PROPN", "NUM"):
        return False
    words = [subject, *(c for c in subject.children if c.dep_ == "compound")]
    return any(lemma_of(w) in names for w in words)


#: relative pronouns a clause's subject may be, standing for the noun the clause hangs on
_RELATIVE_SUBJECTS = frozenset({"that", "which", "who"})


def _antecedent(subject: Token) -> Token:
    """The noun a relative pronoun subject stands for ("the cyclone that
    slammed into the coast": "cyclone"), any other subject itself."""
    clause = subject.head
    if (
        subject.lower_ in _RELATIVE_SUBJECTS
        and clause.dep_ == "relcl"
        and clause.head.pos_ in ("NOUN", "PROPN")
    ):
        return clause.head
    return subject


def _told_by_its_noun(verb: Token) -> str | None:
    """The event of the noun a relative clause hangs on, where the clause's
    active subject is the relative pronoun standing for it and its verb
    names no event of its own: "the toll from the earthquake that rattled
    the valley on Thursday", "the blast that ripped through the depot late
    on Friday" date the quake and the blast.  A passive clause ("the attack,
    which was condemned Sunday") acts on the event at a time of its own."""
    lex = event_lexicon()
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    key = lex.by_noun.get(lemma_of(verb.head))
    if key is None or key in lex.life:
        return None
    told = any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS for c in verb.children)
    return key if told else None


def _approach_of_attack(verb: Token) -> bool:
    """Whether ``verb`` tells an attacker coming to the target in the
    attack's sentence (``approach`` in rules/events.yaml): a verb of coming
    conjoined with a verb of the attack ("the bomber drove a minibus toward
    the checkpoint at about 9 a.m. and detonated it"), or, conjoined with no
    verb of another event, told of an attacker toward a place ("the gunman
    walked into the clinic at 10:05 a.m."); its time is the attack's."""
    rules = event_lexicon().approach
    lemma = verb_lemma(verb)
    subjects = _shared(verb, ("nsubj",))
    if lemma not in rules.verbs or not subjects:
        return False  # a verb of no one's coming: "charged with the hit-and-run by noon"
    joined = [c for c in verb.conjuncts if c.pos_ in ("VERB", "AUX")]
    # the parse may leave the next verb of a list loose ("walked into the
    # store ..., pointed a rifle at the clerk and demanded money": "dep")
    loose = [c for c in verb.children if c.dep_ == "dep" and c.pos_ == "VERB"]
    joined += [t for c in loose for t in (c, *c.conjuncts)]
    events = {_named_event(c) for c in joined} - {None}
    if "incident" in events:
        return True
    if events:
        return False  # "drove to a police station at 11 p.m. and surrendered"
    if any(_threatens(c) for c in joined):
        return True  # "walked into the store at 4:30 p.m. and pointed a rifle at the clerk"
    doers = {lemma_of(c) for c in subjects} | {c.lower_ for c in subjects}
    if not doers & set(rules.doers):
        return False
    # the goal may hang on what is driven: "drove a pickup toward the market gate"
    steered = direct_objects(verb)
    goals = {c.lower_ for t in (verb, *steered) for c in t.children if c.dep_ in ("prep", "prt")}
    objects = lemma in rules.goal_objects and bool(direct_objects(verb))
    return objects or bool(goals & set(rules.goal_preps))


def _threatens(verb: Token) -> bool:
    """Whether ``verb`` tells an armed threat with its object ("pointed a
    rifle at the clerk", "demanded cash": ``threats`` of ``approach`` in
    rules/events.yaml), a robbery's moment that is the shooting's."""
    if verb_lemma(verb) not in event_lexicon().approach.threats:
        return False
    return bool(direct_objects(verb))


def _standing_participle(verb: Token) -> bool:
    """Whether ``verb`` is a participle of a reduced relative clause telling
    what a place is (``standing_participles``: "the plant run by Hengrun
    Chemical", "a hostel owned by the city"), no act of the story: a time
    the parse hangs on it belongs to the clause above."""
    lex = event_lexicon()
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb_lemma(verb) in lex.standing_participles


def _passed_over(verb: Token) -> bool:
    """Whether a value's clause reads past ``verb`` to the one above it: a
    participle written as a preposition of time, or one telling what a
    place is."""
    return _as_a_preposition(verb) or _standing_participle(verb)


#: prepositions of a stretch's end or start: "a man living there since 2019"
#: tells a stretch of his life, not the moment of the attack on him
_STRETCH_PREPS = frozenset({"since", "until", "till"})


def _state_of_the_harmed(verb: Token, value: Token) -> bool:
    """Whether ``verb`` is a present participle telling what the people the
    attack was aimed at were doing as it came ("fired at customers sitting
    on the terrace of the café around 11 pm", "shot a man walking his dog
    on Sunday night"): a clause on the object of a verb of the incident (or
    of its aimed preposition, or its passive subject), whose time is the
    attack's, never a stretch of their lives ("living there since 2019")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or value.head.lower_ in _STRETCH_PREPS:
        return False
    harmed = verb.head
    if harmed.dep_ == "pobj" and harmed.head.dep_ == "prep":
        attack = harmed.head.head
    elif harmed.dep_ in _ACTED_DEPS:
        attack = harmed.head
    else:
        return False
    return attack.pos_ == "VERB" and not planned(attack) and _event_of_verb(attack) == "incident"


def _named_event(verb: Token) -> str | None:
    """The event a verb names by its own word, its qualifying words ("blew
    himself up") or the verb of its "to" or "-ing" clause ("began shooting")."""
    lex = event_lexicon()
    lemma = verb_lemma(verb)
    found = lex.by_verb.get(lemma) or qualified_event(verb, lemma)
    if found is None and lemma in lex.light_verbs:
        clause = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        found = lex.by_verb.get(verb_lemma(clause)) if clause is not None else None
    return found


def _later_event(verb: Token, lemma: str) -> str | None:
    """The later event a verb names by the clause it sits in: conjoined with
    a wounding or the ride to hospital, its subject wounded before ("a boy
    shot Friday died Saturday"), or in a "where" clause on a hospital."""
    lex = event_lexicon()
    before = [verb.head] if verb.dep_ == "conj" else []
    before += _subject_clauses(verb)
    before_lemmas = {lemma_of(t) for t in before if t.pos_ == "VERB"}
    found = next((key for words, key in lex.later.get(lemma, ()) if before_lemmas & words), None)
    if found is not None:
        return found
    if verb.dep_ == "relcl" and any(lemma_of(c) == "where" for c in verb.children):
        place = {lemma_of(verb.head)}
        place |= {lemma_of(c) for c in verb.head.children if c.dep_ in ("compound", "amod")}
        found = next((key for words, key in lex.where.get(lemma, ()) if place & words), None)
        if found is not None:
            return found
        # "was flown to UPMC Presbyterian, where he died": a place of any name
        # the victim was taken to, by the verb that took them there
        carrier = _carried_to(verb.head)
        if carrier is not None:
            return next((key for words, key in lex.later.get(lemma, ()) if carrier in words), None)
    return None


def _subject_clauses(verb: Token) -> list[Token]:
    """The reduced or relative clauses on ``verb``'s subject ("a boy shot
    Friday", "a man who was wounded"): what befell the subject before the
    verb, which both the later event a verb names and the day of the
    wounding are read by."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [c for subject in subjects for c in subject.children if c.dep_ in ("acl", "relcl")]


def _carried_to(place: Token) -> str | None:
    """The lemma of the verb whose "to" phrase ``place`` ends: "flown to X" -> "fly"."""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ != "to" or prep.head.pos_ != "VERB":
        return None
    return lemma_of(prep.head)


def reported_event(verb: Token) -> str | None:
    """The event ``verb`` says was reported: "the blast was reported at 6am"."""
    lex = event_lexicon()
    if lemma_of(verb) not in lex.reported_verbs:
        return None
    for child in verb.children:
        if child.dep_ == "nsubjpass" and lemma_of(child) in lex.by_noun:
            return lex.by_noun[lemma_of(child)]
    return None


def verb_lemma(verb: Token) -> str:
    """The verb's lemma with a "re-" the tokenizer split off ("the road re-opened"
    is "reopen"; the lexicon lists the verb as one word)."""
    lemma = lemma_of(verb)
    doc = verb.doc
    split_re = verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "re"
    return f"re{lemma}" if split_re and doc[verb.i - 1].idx == verb.idx - 1 else lemma


def direct_objects(verb: Token) -> list[Token]:
    """A verb's direct objects, never a clock, day part or weekday the
    parser took for one (:func:`names_a_time`): "sank around 11 am on
    Sunday" parses "am" as the object of "sank", which acts on nothing, so
    a test of what a verb acts on ("sink" names the disaster only with no
    object) must not count it."""
    return [c for c in verb.children if c.dep_ == "dobj" and not names_a_time(c.text)]


def _person_event(verb: Token, lemma: str) -> str | None:
    """The event a verb names when it acts on a person: "LaCalamita was fired
    from his position last Thursday" is a dismissal, while "shots were fired"
    and "he was fired upon" are the shooting."""
    lex = event_lexicon()
    pairs = lex.person_object.get(lemma)
    if not pairs or any(c.dep_ == "prep" and c.lower_ in lex.aimed_preps for c in verb.children):
        return None
    acted = [*direct_objects(verb), *(c for c in verb.children if c.dep_ == "nsubjpass")]
    if not acted:
        return None
    words = {lemma_of(t) for t in acted} | {t.lower_ for t in acted}
    return next((key for things, key in pairs if not words & things), None)


#: the dependencies of what a verb acts on, and of who does it
_ACTED_DEPS = ("dobj", "nsubjpass")
_DOER_DEPS = ("nsubj", "agent")


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    return [t for token in tokens for t in (token, *token.conjuncts)]


def _shared(verb: Token, deps: tuple[str, ...]) -> list[Token]:
    """The verb's dependents of ``deps``; a verb conjoined after another
    ("was shot and killed by police") shares the first one's, and the first
    one those of a verb conjoined to it ("police shot and killed the
    gunman": the object may hang on "killed")."""
    own = [c for c in verb.children if c.dep_ in deps]
    if not own and verb.dep_ == "conj":
        own = [c for c in verb.head.children if c.dep_ in deps]
    if not own:
        conjoined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        own = [g for c in conjoined for g in c.children if g.dep_ in deps]
    return own


def _doer_words(verb: Token) -> list[set[str]]:
    """The words of each doer a verb names (its subject, its "by" agent),
    with the words before it in its phrase: "a SWAT team member" -> swat,
    team, member."""
    doers = _shared(verb, _DOER_DEPS)
    nouns = [g for d in doers for g in (d.children if d.dep_ == "agent" else [d]) if g.dep_ != "prep"]
    return [
        {w for t in n.subtree if t.i <= n.i for w in (lemma_of(t), t.lower_)} for n in _with_conjuncts(nouns)
    ]


def _in_own_clause(value: Token, verb: Token) -> bool:
    """Whether ``value`` sits in a clause of its own below ``verb``: "killed
    by a SWAT officer at the scene, which unfolded at 10:15 a.m." times the
    scene, not the killing."""
    for token in [value, *value.ancestors]:
        if token.i == verb.i:
            return False
        if token.dep_ in CLAUSE_DEPS - {"conj"}:
            return True
    return False


def _patient_event(verb: Token, lemma: str, value: Token | None = None) -> str | None:
    """The event a verb names by what it acts on ("the suspect was shot and
    killed by a SWAT officer" is the suspect's end, not the attack): every
    word acted on is one of the rules' ``patients``, and a doer named, if
    any, one of their ``doers`` (or the verb's own ``verb_doers``);
    never for a ``value`` in a clause of its own below the verb."""
    lex = event_lexicon()
    pairs = lex.patients.get(lemma)
    acted = _with_conjuncts(_shared(verb, _ACTED_DEPS)) if pairs else []
    if not acted or (value is not None and _in_own_clause(value, verb)):
        return None
    words = [_acted_words(t) for t in acted]
    doers = _doer_words(verb)
    for things, key in pairs or ():
        allowed = lex.verb_doers.get((lemma, key), lex.doers.get(key))
        named_fit = allowed is None or not doers or any(d & allowed for d in doers)
        if all(w & things for w in words) and named_fit:
            return key
    return None


def _acted_words(token: Token) -> set[str]:
    """A word acted on as the rules' ``patients`` name it: its lemma, as
    written, and with each modifier before it ("SWAT team", "other
    agencies"), so a unit is told by its name, never by its head alone
    ("a team", "agencies")."""
    mods = [m.lower_ for m in _modifiers(token)]
    return {lemma_of(token), token.lower_, *(f"{m} {lemma_of(token)}" for m in mods)}


def _modifiers(token: Token) -> list[Token]:
    """The compound and adjective words before a noun, theirs too ("other"
    in "other area police agencies" hangs on "area"), and its owner's
    ("Sheriff" of "the Sheriff's Office")."""
    found = []
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "poss"):
            found += [child, *_modifiers(child)]
    return found


def _agent_event(verb: Token, lemma: str) -> str | None:
    """The event a passive "follow" times: its agent's ("the quake was
    followed by a 5.1 aftershock at 2:15 p.m.", "the shooting was followed by
    protests on Monday"), never its subject's."""
    lex = event_lexicon()
    if lemma not in lex.agent_carriers:
        return None
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for pobj in (c for c in agent.children if c.dep_ == "pobj"):
            if lemma_of(pobj) in lex.by_noun:
                return lex.by_noun[lemma_of(pobj)]
    return None


def _carries(verb: Token, lemma: str, child: Token, value: Token | None) -> bool:
    """Whether ``verb`` tells the event noun ``child`` itself happening: its
    subject ("the blast ripped through the market"), or its object with a
    verb that does or undergoes it ("carried out the attack", "felt the
    quake"); "two men on Tuesday were discussing the shooting", "the attack
    was condemned Sunday" act on the incident at a time of their own.  A
    ``value`` written after the object is the object's, whatever the parse
    hung it on ("police are investigating a shooting Saturday afternoon").
    Another event's noun is carried by any verb ("his funeral will be held
    Saturday", "attended the vigil"): its day is never the incident's."""
    lex = event_lexicon()
    event = _noun_event(child)
    if child.dep_ not in ("nsubj", "nsubjpass", "dobj") or event is None:
        return False
    if (
        child.dep_ == "nsubj"
        and lemma in lex.agent_carriers
        and value is not None
        and _in_object(value, verb)
    ):
        return False  # "the floods followed the release of water from the dam on Sunday"
    if child.dep_ == "nsubj" and lemma in lex.story_agents.agent_other_moments:
        return False  # "the cyclone weakened on Wednesday": no moment of its harm
    if lemma in lex.light_verbs or _goes_on(lemma, child, event):
        return True
    acts_on = child.dep_ != "nsubj" and event == "incident"
    after_object = child.dep_ == "dobj" and value is not None and value.i > child.i
    return lemma not in lex.by_verb and (not acts_on or after_object or lemma in lex.object_carriers)


def _story_agent_acts(verb: Token, lemma: str, value: Token | None = None) -> bool:
    """Whether ``verb``'s doer is what did the story's harm, so its clause
    tells the incident whatever the verb (``story_agents`` in
    rules/events.yaml): an event noun of the incident as its passive agent
    ("the church was badly damaged by fire Friday night"), a storm by its
    own name as its subject or agent ("When Ines came ashore around 5am"),
    or a flood's water in a report that tells a flood ("the river
    overtopped its stopbank on Wednesday night", "was swept away by the
    swollen river").  Never a clause told as not done or as what may happen
    ("could burst its banks"), nor another moment of the agent's own life
    ("the river crested at 9am", "the storm formed on Sunday"), nor what
    people felt after it ("the town was stunned by the killing at a
    meeting on Wednesday"), nor an earlier time of the agent's ("the river
    last burst its banks in March 2007") or a stretch ("has claimed three
    lives since 2019": ``value``, the day or time read), nor the agent of a
    verb of order ("preceded by a foreshock at 02:51")."""
    rules = event_lexicon().story_agents
    if lemma in rules.agent_other_moments or lemma in rules.felt_after or _told_as_undone(verb):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in rules.agent_earlier_words for c in verb.children):
        return False  # "the river last burst its banks in March 2007": an earlier flood
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in rules.agent_retreat_particles for c in verb.children):
        return False  # "the creek went back within its banks on Saturday"
    if value is not None and value.head.lower_ in _STRETCH_PREPS:
        return False  # "the river has claimed three lives since 2019": a stretch, no moment
    subjects = [_antecedent(t) for t in _shared(verb, ("nsubj",))]
    agents = [g for a in _shared(verb, ("agent",)) for g in a.children if g.dep_ == "pobj"]
    if lemma in rules.order_verbs:
        agents = []  # "was preceded by a foreshock at 02:51": another event's time
    if any(_noun_event(a) == "incident" for a in agents):
        return True
    return any(_names_the_storm(d) or _flood_water(d) for d in _with_conjuncts(subjects + agents))


def _told_as_undone(verb: Token) -> bool:
    """Whether ``verb`` is told as not done or as what only may be ("did not
    burst", "could reach the coast"): a negation or a modal of its own or of
    the verb it is conjoined to."""
    clause = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for v in clause for c in v.children)


def _names_the_storm(doer: Token) -> bool:
    """Whether ``doer`` is a storm told by its own name: written after a
    storm noun ("Hurricane Ines"), or a name the report writes so elsewhere
    ("Ines came ashore"), never a person of that name ("Governor Bill Lee
    declared", "Lee said" in a story of Hurricane Lee)."""
    if doer.pos_ != "PROPN":
        return False
    nouns = frozenset(event_lexicon().story_agents.storm_nouns)
    before = [c for c in doer.children if c.dep_ == "compound"]
    if any(c.lower_ in nouns for c in before):
        return True
    if before or _a_person_s_surname(doer):
        return False  # "Governor Bill Lee declared ...", "Lee said": a person of the storm's name
    return doer.text in _storm_names(doer.doc, nouns)


def _a_person_s_surname(word: Token) -> bool:
    """Whether the report names a person by two words or more ending in
    ``word`` ("Bill Lee" in a story of Hurricane Lee): then "Lee" alone is
    that person told again; never the storm's own ("Tropical Storm Lee")."""
    nouns = frozenset(event_lexicon().story_agents.storm_nouns)
    return any(
        ent.label_ == "PERSON"
        and len(ent) > 1
        and ent[-1].text == word.text
        and not any(t.lower_ in nouns for t in ent)
        for ent in word.doc.ents
    )


def _storm_names(doc: Doc, nouns: frozenset[str]) -> set[str]:
    """The names the report writes right after a storm noun ("Cyclone
    Gabrielle", "Tropical Storm Ines")."""
    return {
        doc[t.i + 1].text
        for t in doc[:-1]
        if t.lower_ in nouns and doc[t.i + 1].is_title and doc[t.i + 1].pos_ == "PROPN"
    }


def _flood_water(doer: Token) -> bool:
    """Whether ``doer`` is a flood's water ("the river", "floodwaters") in a
    report that tells a flood: there it is the flood itself; never the
    water people drink ("bottled water", "drinking water")."""
    rules = event_lexicon().story_agents
    if lemma_of(doer) not in rules.flood_water and doer.lower_ not in rules.flood_water:
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in rules.water_supply_words for c in doer.children):
        return False  # "drinking water ran out on Wednesday": the water people drink
    words = frozenset(rules.flood_words)
    return any(t.lower_ in words for t in doer.doc)


def _in_object(value: Token, verb: Token) -> bool:
    """Whether ``value`` sits inside the direct object of ``verb``."""
    return any(value.i in {t.i for t in c.subtree} for c in direct_objects(verb))


def _goes_on(lemma: str, child: Token, event: str) -> bool:
    """Whether a verb of the incident tells another event going on, that
    event named as its active subject: "the trial had opened Monday", "the
    hearing broke for lunch" date the trial and the hearing ("open" is the
    incident's for "opened fire"), however the sentence goes on to name the
    shooting.  Never a passive subject ("the vigil was attacked Sunday" is
    the attack) nor an event of a person's earlier life."""
    lex = event_lexicon()
    if child.dep_ != "nsubj" or lex.by_verb.get(lemma) != "incident":
        return False
    return event != "incident" and event not in lex.life


def _event_of_verb(verb: Token, value: Token | None = None) -> str | None:
    """The event ``verb`` names, for a ``value`` (time or day) under it if given."""
    lex = event_lexicon()
    lemma = verb_lemma(verb)
    qualified = (
        qualified_event(verb, lemma)
        or _patient_event(verb, lemma, value)
        or _person_event(verb, lemma)
        or _agent_event(verb, lemma)
    )
    if qualified is not None:
        return qualified
    # the object first: "the killing fueled a riot on Monday" is the riot's day
    for child in sorted(verb.children, key=lambda c: c.dep_ == "nsubj"):
        if _carries(verb, lemma, child, value):
            return _noun_event(child)
    if lemma in lex.objectless and direct_objects(verb):
        return None
    if lemma not in lex.by_verb and _approach_of_attack(verb):
        return "incident"
    if lemma not in lex.by_verb and _story_agent_acts(verb, lemma, value):
        return "incident"
    if lemma not in lex.by_verb and _told_with_its_toll(verb):
        return "incident"
    return lex.by_verb.get(lemma) or _told_by_its_noun(verb)


#: the clause links through which a verb's future or intent reaches the
#: verb below it ("will not be able to open", "expects to reopen")
_INTENT_LINKS = ("xcomp", "acomp")


def planned(verb: Token) -> bool:
    """Whether ``verb`` is told as to happen, not as having happened: a
    future auxiliary on it or on the verb its "to" clause hangs from ("will
    not be able to open until Christmas"), or a verb of intent above it
    ("plans to hold a vigil Friday").  "Would have" guesses at the past."""
    lex = event_lexicon()
    node = verb
    while True:
        auxiliaries = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
        future = any(c.lower_ in lex.future_auxiliaries for c in auxiliaries)
        if future and not any(lemma_of(c) == "have" for c in auxiliaries):
            return True
        if node.dep_ not in _INTENT_LINKS or node.head.i == node.i:
            return False
        node = node.head
        if lemma_of(node) in lex.intent_verbs or _progressive_intent(node):
            return True


def _progressive_intent(verb: Token) -> bool:
    """ "was going to start", "is going to open": a verb of intent only in
    the progressive with "be" (``intent_progressive``)."""
    if lemma_of(verb) not in event_lexicon().intent_progressive or verb.tag_ != "VBG":
        return False
    return any(c.dep_ == "aux" and lemma_of(c) == "be" for c in verb.children)


def _counted_to(verb: Token, value: Token) -> bool:
    """ "By late Tuesday, at least five people had been killed",
    "the agency logged 23 aftershocks by 11:00", "as of 6 p.m. rescuers had
    freed 14": a time or day after "by" or "as of" (``tally_preps``) on a
    verb in the perfect, or on a verb whose subject or object is counted, is
    when a tally was taken, not when anyone was killed or the ground shook."""
    prep = next((a for a in value.ancestors if a.dep_ == "prep"), None)
    if prep is None:
        return False
    lead = prep.head if prep.lower_ == "of" and prep.head.dep_ == "prep" else None  # "as of"
    words = f"{lead.lower_} {prep.lower_}" if lead is not None else prep.lower_
    if (lead or prep).head.i != verb.i or words not in event_lexicon().tally_preps:
        return False
    return perfect(verb) or _counted(verb)


def _toll_moves(verb: Token) -> bool:
    """Whether ``verb`` is a toll's own verb of change with the toll as its
    subject ("the death toll rose to 19 on Sunday", "the number of dead
    climbed to 41"): its day is when the count was taken."""
    lex = event_lexicon()
    if verb_lemma(verb) not in lex.tally_verbs:
        return False
    return any(lemma_of(c) in lex.tally_subjects for c in _shared(verb, ("nsubj",)))


def _relative_of_the_toll(verb: Token, value: Token) -> str | None:
    """The event of a day written after a relative clause on the event noun
    of a toll's subject and before the toll's verb: "the death toll from
    the earthquake that rocked Tomaru district, Central Sulawesi, on Sunday
    morning has risen to seven" dates the quake, whatever the parse hangs
    the day on; a reporter writes the count's own day after its verb ("has
    risen to seven on Monday")."""
    if value.i > verb.i:
        return None
    for subject in _shared(verb, ("nsubj",)):
        for clause in (t for t in subject.subtree if t.dep_ == "relcl" and t.i < value.i):
            key = _noun_event(clause.head)
            if key is not None and key not in event_lexicon().life:
                return key
    return None


#: the parties of a verb a tally counts: "recorded 38 aftershocks", "12 bodies were recovered"
_COUNTED_PARTIES = frozenset({"nsubj", "nsubjpass", "dobj"})


def _counted(verb: Token) -> bool:
    """Whether the verb's subject or object is a number of things ("seven
    aftershocks", "14 survivors"), as a tally's is."""
    return any(
        party.dep_ in _COUNTED_PARTIES and (party.like_num or any(c.dep_ == "nummod" for c in party.children))
        for party in verb.children
    )


def _lived(verb: Token, key: str, life: bool) -> bool:
    """Whether the life event (a marriage, a move) ``verb`` names stands: only
    for a day (``life``), for a verb the rules name it by only in the
    active voice, when it is active ("moved to Texas", never "the suspect
    was moved to a jail"), and for one they name it by only as a past
    participle, when it is one ("was born in 1989")."""
    lex = event_lexicon()
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if verb.tag_ != "VBN" and verb_lemma(verb) in lex.participle_only.get(key, ()):
        return False  # "the storm bore down on the coast in 2019" is no birth
    return life and not (passive and verb_lemma(verb) in lex.active_only.get(key, ()))


#: the dependencies of a verb's parties: a day inside one is the party's
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "appos"})


def _in_a_party(value: Token, verb: Token) -> bool:
    """Whether ``value`` sits inside the subject or object of ``verb``: "helping
    them join the 2008 Miami Dolphins" names a team by a year, not the day
    anyone joined it."""
    for token in value.ancestors:
        if token.i == verb.i:
            return False
        if token.dep_ in _PARTY_DEPS and token.head.i == verb.i:
            return True
    return False


def _verb_event(verb: Token, value: Token, *, life: bool = False) -> str | None:
    """The event ``verb`` names for ``value``, or "plan" when it would name the
    incident (or none) but is told as to happen (a future day is never the
    incident's), or "tally" when the value is when a toll was counted.  A
    life event counts only where ``life`` says a day is being read (a clock
    time on "married" or "moved back" keeps the reading it always had), and
    never for a day planned or inside the verb's subject or object."""
    if _tells_a_birthday(verb):
        return BIRTHDAY
    key = _event_of_verb(verb, value)
    if key == "death" and _day_of_the_wounding(verb, value):
        return "incident"
    if key in event_lexicon().occasions and _during(verb, value):
        key = "incident"
    if key in (None, "death") and _one_day(value) and _during(verb, value):
        key = "incident"  # "11 others suffered burns on Thursday when a fire broke out"
    if key in event_lexicon().life and (
        not _lived(verb, key, life) or _in_a_party(value, verb) or planned(verb)
    ):
        key = None  # read as before: "was planning to marry her boyfriend in 2012" is a plan
    if key in (None, "incident") and planned(verb):
        return "plan"
    if key in (None, "incident") and _toll_moves(verb):
        return _relative_of_the_toll(verb, value) or "tally"
    if key in (None, "incident") and _counted_to(verb, value):
        return "tally"
    return key


def _day_of_the_wounding(verb: Token, value: Token) -> bool:
    """Whether ``value`` is written inside the subject's own clause of the
    wounding, before the later verb: "A man shot in Milwaukee on Wednesday
    died the following day" tells the shooting's day, though the parser
    hangs "on Wednesday" on "died".  A reporter writes the day of the death
    after its verb ("... died Thursday"); a day between a reduced or
    relative clause of the attack on the subject (a verb of the incident:
    "shot", "wounded", "stabbed") and the later verb is the attack's."""
    if value.i >= verb.i:
        return False
    by_verb = event_lexicon().by_verb
    clauses = _subject_clauses(verb)
    return any(clause.i < value.i and by_verb.get(lemma_of(clause)) == "incident" for clause in clauses)


#: the word that makes two days one night's span ("in the night between Monday and Tuesday")
_SPAN_WORDS = frozenset({"between"})


def _one_day(value: Token) -> bool:
    """Whether ``value`` names one day of its own: never a year ("at Jokela
    in 2007, when eight people were killed", a recalled case of a list),
    nor one end of a night's span ("in the night between Monday and Tuesday,
    when the quake struck", whose night the quake's time places)."""
    if value.like_num and value.text.isdigit() and looks_like_year(int(value.text)):
        return False
    return not any(word.lower_ in _SPAN_WORDS for word in [value.head, value.head.head])


def _named_by_its_when_clause(day: Token) -> bool:
    """Whether a day or time is named by a "when" clause of its own that tells
    the attack as having happened: "lost their lives on Wednesday when the
    roof of a church collapsed", "early Sunday, when the building came down"
    (the parser hangs the clause on the day word itself).  The day is the
    incident's whatever the verb above it; "on Tuesday when he was arrested"
    and "Monday, when the trial opened" stay another event's."""
    marks = event_lexicon().during_marks
    for clause in day.children:
        if clause.dep_ not in ("relcl", "acl", "advcl") or clause.pos_ not in ("VERB", "AUX"):
            continue
        if not any(m.dep_ in ("advmod", "mark") and m.lower_ in marks for m in clause.children):
            continue
        if not planned(clause) and _event_of_verb(clause) == "incident" and not _another_event(clause):
            return True
    return False


def _another_event(clause: Token) -> bool:
    """Whether a "when" clause's nouns are told as another of their kind
    ("when a second fire broke out", "when another blast hit"): a later
    event than the incident (``during_other_event_words``); "when the second
    floor collapsed" is the incident's own."""
    words = event_lexicon().during_other_event
    return any(
        t.dep_ in ("det", "amod")
        and t.lower_ in words
        and (
            t.lower_ == "another" or any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in t.head.children)
        )
        for t in clause.subtree
    )


def _during(verb: Token, value: Token) -> bool:
    """Whether the attack happened during what ``verb`` tells, on its day: a
    "when" or "as" clause on the verb names the attack as having happened,
    not as planned, and the day is not inside that clause.  Said of an
    occasion ("the hearing broke for lunch Tuesday when shots rang out", "the
    funeral was ending Saturday as a gunman opened fire") or of a verb that
    names no event of its own ("Three people lost their lives on Wednesday
    when the roof collapsed", "11 others suffered burns on Thursday afternoon
    when a fire broke out", "residents were asleep early Sunday when the
    building came down"): the day is the incident's.  "The trial opened
    Monday, six months after the shooting" and "the hearing resumed Tuesday
    when the victim's mother described the shooting" keep the occasion's
    day."""
    lex = event_lexicon()
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX")):
        if not any(m.dep_ in ("advmod", "mark") and m.lower_ in lex.during_marks for m in clause.children):
            continue
        if value.i in {t.i for t in clause.subtree} or planned(clause):
            continue
        if _event_of_verb(clause) == "incident" and not _another_event(clause):
            return True
    return False


def _scene_of_attack(occasion: Token, value: Token) -> bool:
    """Whether the occasion noun ``occasion`` (a funeral, a vigil, a hearing)
    is where the attack happened, so the day written on it is the attack's:
    it is the object of a preposition of place (``occasion_scene_preps``) on a
    verb that tells the attack, by its own word ("a man was shot at a vigil
    Sunday"), by a subject of the attack ("gunfire erupted at a funeral on
    Saturday", "shots rang out at the memorial Friday") or by a "when"
    clause naming it ("a fight broke out at a funeral on Saturday when a man
    opened fire").  "Spoke at a vigil Sunday" keeps the vigil's day."""
    lex = event_lexicon()
    prep = occasion.head
    if occasion.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in lex.scene_preps:
        return False
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or planned(verb):
        return False
    if lex.by_verb.get(verb_lemma(verb)) == "incident" or _during(verb, value):
        return True
    subjects = (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    return any(lex.by_noun.get(lemma_of(c)) == "incident" for c in subjects)


def _of_the_mourned(verb: Token) -> bool:
    """Whether ``verb`` tells of the person an occasion is held for: "a
    vigil for a teen killed Friday", "the funeral of a man who was shot last
    week" (a clause on the object of ``occasion_honoree_preps`` under an
    occasion noun).  Its day is the earlier death the gathering marks; the
    attack of the story ("a man was shot Sunday night during a vigil for a
    teen killed Friday") is dated by its own verb."""
    if verb.dep_ not in ("acl", "relcl"):
        return False
    lex = event_lexicon()
    person = verb.head
    prep = person.head
    if person.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in lex.honoree_preps:
        return False
    occasion = prep.head
    return occasion.pos_ in ("NOUN", "PROPN") and lex.by_noun.get(lemma_of(occasion)) in lex.occasions


#: the dependencies of the number a birthday verb takes ("turned 18", "would have been 30")
_AGE_DEPS = frozenset({"dobj", "attr", "oprd", "npadvmod", "acomp", "nummod"})


def _tells_a_birthday(verb: Token) -> bool:
    """ "turned 18 last week", "would have turned 2 later this month", "would
    have been 30 on Friday": "turn" with a number of its own (not "turned
    himself in on Friday"), or a "would have been" with one; the time is the
    birthday's, which tells an age, not an event of the story."""
    numbers = [c for c in verb.children if c.dep_ in _AGE_DEPS and c.like_num]
    if not numbers:
        return False
    lemma = lemma_of(verb)
    if lemma == "turn":
        return not any(c.dep_ == "prt" for c in verb.children)
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return lemma == "be" and {"would", "have"} <= auxiliaries


#: dependencies that open a clause of its own under a verb: a time inside one
#: belongs to that clause's event, not to the verb above it
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis", "relcl", "acl"})


def event_of(token: Token, *, by_reporting_verb: bool = True, life: bool = False) -> tuple[str, str]:
    """(key, label) of the event ``token`` (a time or date word) belongs to.

    ``by_reporting_verb``: whether a verb of saying above it makes it the day
    of a statement ("police said Tuesday that...").  Reporters date a
    statement by its day; a clock time after "said" times what was said,
    even where the parser hangs it on "said" ("police say officers were
    called out around 8 p.m."), so clock times pass False.

    ``life``: whether the events of a person's earlier life (a marriage, a
    move home, a hiring) are read; dates read them, clock times do not."""
    lex = event_lexicon()
    if _one_day(token) and _named_by_its_when_clause(token):
        return "incident", lex.labels["incident"]
    below = token  # the word of the chain just under ``ancestor``
    for ancestor in [token, *token.ancestors]:
        lemma = lemma_of(ancestor)
        noun_key = _noun_event(ancestor)
        if noun_key is None and ancestor is not token and _came_before_a_statement(ancestor):
            # "update the public ... following the release of water from the dam on Monday"
            return f"other:{lemma}", f"time of '{ancestor.text}'"
        if noun_key is not None and ancestor is not token and (life or noun_key not in lex.life):
            if noun_key in lex.occasions and _scene_of_attack(ancestor, token):
                return "incident", lex.labels["incident"]
            return noun_key, lex.labels[noun_key]
        if ancestor.pos_ in ("VERB", "AUX") and (
            _passed_over(ancestor) or _state_of_the_harmed(ancestor, token)
        ):
            below = ancestor  # "stabbed ... following a quarrel on Saturday night", "the plant run by ..."
            continue
        if ancestor.pos_ in ("VERB", "AUX") and _of_the_mourned(ancestor):
            return f"other:{lemma}", f"time of '{ancestor.text}'"
        if ancestor.pos_ in ("VERB", "AUX"):
            verb_key = _verb_event(ancestor, token, life=life)
            if verb_key is not None:
                return verb_key, lex.labels[verb_key]
            said_of_itself = by_reporting_verb and below.dep_ not in CLAUSE_DEPS
            if lemma in lex.governing and token.i > ancestor.i and said_of_itself:
                # "police said Tuesday that...", never "...at 7 p.m., police said",
                # nor "police say the shootings took place before 5am" (the
                # time is in what was said, a clause of its own)
                key = lex.governing[lemma]
                return key, lex.labels[key]
            said = _said_event(ancestor, token) if lemma in lex.governing and not by_reporting_verb else None
            if said is not None:
                return said, lex.labels[said]
            if below.dep_ in _REPORTED_DEPS:
                # "the building came down around 4.15 pm, an official said",
                # "investigators believe the blaze began on Sunday": the value
                # is in what was said or thought, whose verb names no event
                break
            if lemma not in lex.light_verbs:
                return f"other:{lemma}", f"time of '{ancestor.text}'"
        below = ancestor
    return "unknown", "time of an unnamed event"


#: the dependencies of a clause told as said, written or thought ("police said
#: the roof came down at 3 a.m.", "..., officials said"): a value inside one
#: is never the saying's
_REPORTED_DEPS = frozenset({"ccomp", "parataxis"})


def _noun_event(noun: Token) -> str | None:
    """The event a noun names: its lexicon entry, unless it is one that names
    it only with no "of" phrase of what it acts on (``of_less_nouns``: "in a
    release Tuesday", never "the release of excess water from the dam")."""
    lex = event_lexicon()
    if _gerund_subject(noun):
        lemma = noun.lower_  # "firing", never the verb "fire" of a dismissal
    elif noun.pos_ in ("NOUN", "PROPN"):
        lemma = lemma_of(noun)
    else:
        return None
    if lemma in lex.of_less_nouns and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    if lemma in lex.qualified_nouns and (_qualified(noun) or _qualified_before(noun)):
        return "incident"  # "the drone strike", never a walkout's "strike"
    return lex.by_noun.get(lemma)


def _gerund_subject(word: Token) -> bool:
    """Whether ``word`` is a bare "-ing" form standing as a clause's subject
    with no subject or object of its own, the parser's verb for what is
    a noun of the act: "On Sunday at around 9 am, firing took place between
    two sides", "Shelling began at dawn" (with an article it is tagged a
    noun already: "the firing took place")."""
    if word.tag_ != "VBG" or word.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux") for c in word.children)


def _qualified(noun: Token) -> bool:
    """Whether a noun has one of the words that make it an event's before it ("air strike")."""
    words = (lemma_of(c) for c in noun.children if c.dep_ in NOUN_QUALIFIER_DEPS)
    return event_lexicon().qualified_noun(lemma_of(noun), words)


def _qualified_before(noun: Token) -> bool:
    """Whether the report has named this noun with its qualifier before
    ("An air strike hit a crowded market ... The strike took place at around
    10:30 on Sunday"): a report goes on with the bare noun once it has said
    which strike it means, and a walkout's story never says "air strike"."""
    lemma = lemma_of(noun)
    return any(lemma_of(earlier) == lemma and _qualified(earlier) for earlier in noun.doc[: noun.i])


def _told_with_its_toll(verb: Token) -> bool:
    """Whether a lead hangs a participle of the harm done on ``verb``
    (``toll_participles``): "Artillery shells slammed into a crowded market
    on Sunday morning, killing at least 27 people".  Whatever the verb, its
    clause is the attack's; the participle takes the victims as its object
    and has no subject of its own ("..., police killing the gunman" is
    another act)."""
    participles = event_lexicon().toll_participles
    return any(
        child.dep_ in ("advcl", "xcomp", "conj")
        and child.tag_ == "VBG"
        and lemma_of(child) in participles
        and bool(direct_objects(child))
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        for child in verb.children
    )


def _came_before_a_statement(word: Token) -> bool:
    """Whether ``word`` is the noun of a phrase of what came first
    (``trigger_preps``: "following the release of excess water from the
    dam") on a verb of a statement ("NEMA wishes to update the public ...
    following ..."): a day inside it is the day of what came first, never
    the statement's."""
    lex = event_lexicon()
    prep = word.head
    if word.dep_ != "pobj" or word.pos_ not in ("NOUN", "PROPN") or prep.lower_ not in lex.trigger_preps:
        return False
    verb = next((a for a in prep.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    lemma = verb_lemma(verb)
    return lemma in lex.governing or lex.by_verb.get(lemma) == "statement"


def _as_a_preposition(verb: Token) -> bool:
    """Whether ``verb`` is a participle written as a preposition of time
    ("following": ``preposition_participles``), with no subject of its own,
    under a verb of the attack: "was stabbed to death following a quarrel
    over parking on Saturday night" dates the night of the stabbing, not an
    act of following.  "were arrested following a shooting Friday" keeps the
    day from the arrest."""
    lex = event_lexicon()
    if lemma_of(verb) not in lex.preposition_participles or verb.tag_ != "VBG":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    above = next((a for a in verb.ancestors if a.pos_ == "VERB"), None)
    return above is not None and lex.by_verb.get(verb_lemma(above)) == "incident"


def _said_event(verb: Token, token: Token) -> str | None:
    """The named event of what was said, for a clock time written before
    the verb of saying it hangs on: "Saturday night, after 10:30 p.m.,
    police said someone opened fire" times the shooting, not the saying
    (a statement is dated by its day, not its minute)."""
    if token.i > verb.i:
        return None
    for child in verb.children:
        if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX"):
            key = _verb_event(child, token)
            if key is not None:
                return key
    return None


#: tokens looked back over for the verb a clock time follows
TIME_VERB_WINDOW = 6


def event_of_time(span: Span) -> tuple[str, str]:
    """The event a clock time times, the end of a long event where the
    clause that holds the time ends it (:func:`_ending`)."""
    key, label = _event_of_time(span)
    if key == "incident" or key.startswith("other:"):
        verb = next((a for a in span.root.ancestors if a.pos_ == "VERB"), None)
        if verb is not None and _ending(verb):
            return _ENDED, event_lexicon().labels[_ENDED]
    return key, label


#: the event of a long event's end ("the siege ended at 2:10am")
_ENDED = "ended"


def _ending(verb: Token) -> bool:
    """Whether ``verb`` is told with a clause that says it ended a long
    event ("police stormed the cafe at 2:10am, ending a 16-hour siege";
    "raided the house early Tuesday, ending the standoff"): the time is the
    end's, never the start's that the other report may give."""
    return _ends_long_event(verb) or any(
        c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and _ends_long_event(c)
        for c in verb.children
    )


def _ends_long_event(verb: Token) -> bool:
    """Whether ``verb`` ends ("end", "conclude") one of the long events its
    rules name (``subjects`` of ``ended``), told as its subject or object:
    "the siege ended", "ending a 16-hour standoff"."""
    needed = event_lexicon().subjects.get((verb_lemma(verb), _ENDED))
    if needed is None or verb_lemma(verb) in event_lexicon().qualified:
        return False
    told = {lemma_of(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")}
    return bool(told & needed)


def _event_of_time(span: Span) -> tuple[str, str]:
    """The event a clock time times, as its own words and parse say.

    "members of the public called emergency services at 6am": the parser
    may hang "at 6am" on the main verb ("were sent"), but a time written
    right after a verb of a named event times that event.  The verb just
    before the time wins when it names an event; otherwise the parse decides.
    """
    lex = event_lexicon()
    reported = _reported_verb(span)
    if reported is not None:
        key = reported_event(reported)
        assert key is not None
        return key, lex.labels[key]
    sent = span.sent
    for token in reversed(span.doc[max(sent.start, span.start - TIME_VERB_WINDOW) : span.start]):
        if token.pos_ == "VERB":
            key = _verb_event(token, span.root)
            if key is not None:
                return _clocked_event(token, key, lex.labels[key])
            happened = _happened_of(token)
            if happened is not None:
                return happened
            break
        if token.is_punct or _heads_a_clause(token):
            break
    key, label = event_of(span.root, by_reporting_verb=False)
    verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if key == "unknown" or key.startswith("other:"):
        clause_key = _event_of_clause_before(span, verb)
        if clause_key is not None:
            return clause_key, lex.labels[clause_key]
    return _clocked_event(verb, key, label) if verb is not None else (key, label)


def _event_of_clause_before(span: Span, hung_on: Token | None) -> str | None:
    """The event of the relative clause a clock time ends, where the parse
    hung the time past it on a word before the clause: "... regrets to
    inform the public of the shipwreck of the whaleboat X, which capsized
    on Lake Y during the night of Monday to Tuesday, at around 22:00",
    "wishes to update the public on the tanker explosion which occurred at
    Z junction along the Bida road on Saturday at about 7:30 p.m.".  A long
    clause of where and when is written after its event noun and a statement
    verb, and its last time is its own: the clause's verb must be the last
    verb before the time, its subject the relative pronoun standing for the
    noun, and the parse's word for the time must lie before the clause."""
    verb = next((t for t in reversed(span.doc[span.sent.start : span.start]) if t.pos_ == "VERB"), None)
    if verb is None or verb.dep_ != "relcl" or verb in span.root.ancestors:
        return None
    if hung_on is not None and hung_on.i > verb.head.i:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS for c in verb.children):
        return None
    key = _verb_event(verb, span.root) or _told_by_its_noun(verb)
    if key is None:
        happened = _happened_of(verb)
        key = happened[0] if happened is not None else None
    return key if key is not None and key != "unknown" else None


def _heads_a_clause(token: Token) -> bool:
    """Whether ``token`` is a verb "be" or "have" heading its own clause
    ("Two of the wounded were in critical condition Sunday night"): the
    time after it is that clause's, never that of a participle before it
    ("the wounded", a noun of people)."""
    return token.pos_ == "AUX" and token.dep_ not in ("aux", "auxpass")


def event_of_clock_day(span: Span) -> str | None:
    """The event of a day the parse hangs on a clock time ("the earthquake
    that struck western Nepal just before midnight on Thursday", "at 3 a.m.
    on Friday"): the clock's, by its own words (:func:`event_of_time`), as
    the day is that clock's day; None for a day hung on anything else.  A
    parse that takes the clock for a subject of the sentence's verb ("...
    midnight on Thursday has climbed to 41") would date the toll's rise."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "on":
        return None
    clock = prep.head
    if clock.i >= span.start or not names_a_clock(clock.text):
        return None
    return event_of_time(span.doc[clock.i : clock.i + 1])[0]


def _happened_of(verb: Token) -> tuple[str, str] | None:
    """The event of a clock time right after a relative clause that says
    something happened ("the gunman was killed by a SWAT officer at the
    scene, which unfolded at 10:15 a.m."): the happening of what the clause
    hangs on, an event noun's own ("the call, which came at 3 a.m.") or,
    for any other word, an unnamed one the incident's time stands for; never
    the time of the verb above the clause, wherever the parser hangs it."""
    lex = event_lexicon()
    if lemma_of(verb) not in lex.light_verbs or verb.dep_ not in ("relcl", "acl"):
        return None
    key = lex.by_noun.get(lemma_of(verb.head)) if verb.head.pos_ in ("NOUN", "PROPN") else None
    if key is None or key in lex.life:  # a clock time never times a wedding of the past
        return "unknown", "time of an unnamed event"
    return key, lex.labels[key]


def _clocked_event(verb: Token, key: str, label: str) -> tuple[str, str]:
    """The event a clock time on ``verb`` names, once read as ``key``: a
    verb the rules list as ``clocked`` ("died at 4:15 a.m.") names its own
    event unless its clause ties it to the incident, by an event noun ("died
    in the blast at 3 a.m.", "died Friday morning in a gun battle with
    deputies": a noun the rules qualify, ``qualified_nouns``) or a clause of
    an incident verb ("died at 3 a.m. when the roof collapsed", "died early
    Friday when deputies traded fire with him": a verb the rules qualify),
    or the rules qualify it as the incident's ("died at the scene")."""
    lex = event_lexicon()
    lemma = verb_lemma(verb)
    own = lex.clocked.get(lemma)
    if key != "incident" or own is None or qualified_event(verb, lemma) == "incident":
        return key, label
    for child in verb.children:
        if child.dep_ == "advcl" and _incident_verb(child) and not _told_apart_in_time(child):
            return key, label
        objects = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        if any(_noun_event(o) == "incident" for o in objects):
            return key, label
    return own, lex.labels[own]


def _incident_verb(verb: Token) -> bool:
    """Whether ``verb`` tells the incident by itself ("collapsed", "opened
    fire") or as the rules qualify it by its object ("exchanged gunfire",
    "traded shots"; never "exchanged words")."""
    lemma = verb_lemma(verb)
    return event_lexicon().by_verb.get(lemma) == "incident" or qualified_event(verb, lemma) == "incident"


def _told_apart_in_time(clause: Token) -> bool:
    """Whether a clause is told a span away from the verb it hangs on, by
    a measure of time before its "after" or "before" ("died at 6 p.m.,
    hours after he exchanged gunfire with deputies", "two days after she
    was shot"): the death has a time of its own, not the incident's."""
    marks = [c for c in clause.children if c.dep_ == "mark"]
    return bool(marks) and any(c.dep_ == "npadvmod" and c.i < marks[0].i for c in clause.children)


#: how long before it was reported an event reported at a time may have happened
REPORTED_MINUTES = 15.0


def _reported_verb(span: Span) -> Token | None:
    """The verb saying an event was reported at a clock time, if any ("the
    blast was reported at 6:10 a.m."); a date is left to the parse: "riots
    were reported on Saturday" dates the riots, not the incident."""
    sent = span.sent
    before = span.doc[max(sent.start, span.start - TIME_VERB_WINDOW) : span.start]
    verbs = [t for t in reversed(before) if t.pos_ == "VERB"][:1]
    verbs += [a for a in span.root.ancestors if a.pos_ == "VERB"][:1]
    return next((verb for verb in verbs if reported_event(verb) is not None), None)


def time_reported(span: Span) -> bool:
    """True when a clock time is when an event was reported: the event
    happened then or shortly before."""
    return _reported_verb(span) is not None


#: relative pronouns that stand for the noun their clause hangs on
_RELATIVES = frozenset({"who", "that", "whom"})


def life_bearer(token: Token, key: str) -> tuple[str | None, str | None]:
    """(bearer, what was joined) of the life event ``key`` a day ``token``
    dates: the words of who married, moved or was hired, and for a verb the
    rules scope by its object ("joined the FBI") that object's lemma.

    The bearer is the verb's subject ("The Diamond Bar resident was married
    two weeks ago"; a verb conjoined after another shares its subject), its
    object for a verb the rules say so of ("the Trail Blazers hired him"),
    the noun a relative "who" stands for ("the deputy, who was wed about
    three weeks ago"), or the possessor of an event noun ("his wedding last
    month"); a name is given whole ("Jerry Ortiz"), any other word as its
    lemma ("deputy", "she")."""
    lex = event_lexicon()
    for ancestor in [token, *token.ancestors]:
        if ancestor.pos_ in ("NOUN", "PROPN") and lex.by_noun.get(lemma_of(ancestor)) == key:
            owner = next((c for c in ancestor.children if c.dep_ == "poss"), None)
            return _words_of(owner), None
        if ancestor.pos_ in ("VERB", "AUX") and _verb_event(ancestor, token, life=True) == key:
            return _verb_bearer(ancestor), _joined(ancestor)
    return None, None


def _verb_bearer(verb: Token) -> str | None:
    lex = event_lexicon()
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if verb_lemma(verb) in lex.bearer_objects and not passive:
        found = direct_objects(verb)
    else:
        found = _shared(verb, ("nsubj", "nsubjpass"))
    if not found:
        return None
    bearer = found[0]
    if bearer.lower_ in _RELATIVES:
        clause = next((a for a in bearer.ancestors if a.dep_ == "relcl"), None)
        bearer = clause.head if clause is not None else bearer
    return _words_of(bearer)


def _joined(verb: Token) -> str | None:
    """The lemma of what a verb the rules scope by its object acts on."""
    if verb_lemma(verb) not in event_lexicon().object_scoped:
        return None
    found = next(iter(direct_objects(verb)), None)
    return lemma_of(found) if found is not None else None


def _words_of(person: Token | None) -> str | None:
    """A name whole ("Jerry Ortiz"), any other word by its lemma ("deputy");
    a name the tagger took for a noun ("Reyes was hired") is a name by its
    entity."""
    if person is None:
        return None
    if not _named(person):
        return lemma_of(person)
    parts = [t for t in person.lefts if t.dep_ == "compound" and _named(t)]
    return " ".join(t.text for t in [*parts, person])


def _named(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ == "PERSON"
