"""Who says so: the source a claim is attributed to.

"The crime was committed at noon," the interior ministry said.  The table
must show who said what, so each sentence's source is found from its
reporting verb (``rules/sources.yaml``) or an "according to" phrase.  A quoted
passage that runs over several sentences keeps the source named where the
quote opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from reportcheck.extract.core.base import lemma_of
from reportcheck.extract.core.headline_labels import HeadlineLabel, label_at
from reportcheck.knowledge.datelines import DATELINE
from reportcheck.knowledge.rules import Strict, load_rule_file


class SourceRules(Strict):
    reporting_verbs: list[str]
    according_phrases: list[str]
    anonymous_subjects: list[str]
    clause_only_verbs: list[str] = []
    order_verbs: list[str] = []
    measuring_verbs: list[str] = []
    measuring_subjects: list[str] = []


@cache
def source_rules() -> SourceRules:
    return load_rule_file("sources.yaml", SourceRules)


def _phrase_span(token: Token) -> Span:
    """The tokens of the noun phrase headed by ``token``, without relative
    clauses: in "The US Geological Survey, which measured the quake at
    magnitude 5.3, said ..." the figure is the Survey's, not its name's."""
    clauses = {t.i for c in token.subtree if c.dep_ == "relcl" and c.i != token.i for t in c.subtree}
    words = [t for t in token.subtree if (t.i not in clauses and t.dep_ != "punct") or t.i == token.i]
    left = min(t.i for t in words)
    right = max(t.i for t in words)
    span = _after_dateline(token.doc[left : right + 1])
    # "The U.S. Geological Survey (USGS) said": keep the closing bracket
    unclosed = span.text.count("(") > span.text.count(")")
    if unclosed and right + 1 < len(token.doc) and token.doc[right + 1].text == ")":
        span = token.doc[span.start : right + 2]
    return span


def _after_dateline(span: Span) -> Span:
    """``span`` without a wire dateline it opens with: "BELOIT -- Beloit police
    officials confirmed ..." names the officials, not the town the story was filed from."""
    sent = span.sent
    if span.start != sent.start:
        return span
    dateline = DATELINE.match(sent.text)
    if dateline is None:
        return span
    after = sent.start_char + dateline.end()
    rest = [t for t in span if t.idx >= after]
    return span.doc[rest[0].i : span.end] if rest else span


def _phrase(token: Token) -> str:
    """The noun phrase headed by ``token``, without relative clauses."""
    return _phrase_span(token).text.strip(" ,\"'\n\t")


def _according_to(sent: Span) -> str | None:
    lowered = sent.text.lower()
    for phrase in source_rules().according_phrases:
        at = lowered.find(phrase + " ")
        if at < 0:
            continue
        start = sent.start_char + at + len(phrase) + 1
        span = sent.doc.char_span(start, sent.end_char, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = span[0]
        while head.head.i >= span.start and head.head.i < span.end and head.head is not head:
            if head.head.pos_ not in ("NOUN", "PROPN"):
                break
            head = head.head
        return _phrase(head)
    return None


def _quoted_between(subject: Token, verb: Token) -> bool:
    """A quotation mark between a subject before the verb and the verb: the
    "subject" is the end of the quote ("A good man, a good officer," said
    the chief), not its speaker."""
    return subject.i < verb.i and any(t.is_quote for t in subject.doc[subject.i + 1 : verb.i])


def _reports(verb: Token, rules: SourceRules) -> bool:
    """Whether a reporting verb's clause reports a statement: not "the fire claimed
    two lives" (no clause said), not "police told workers to stay inside" (an order)."""
    lemma = lemma_of(verb)
    if lemma in rules.clause_only_verbs:
        # "police claimed (that) he ...", '"...," police claimed', "..., police claimed"
        return verb.dep_ == "parataxis" or any(c.dep_ == "ccomp" for c in verb.children)
    if lemma in rules.order_verbs:
        ordered = any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children
        )
        return not ordered
    return True


def _speaker_token(verb: Token) -> Token | None:
    """The head of the phrase naming who a reporting verb says spoke.

    Only a speaker counts: the subject of an active reporting verb ("police
    said", "said the chief") or the agent of a passive one ("was reported by
    residents").  "The blast was reported at 6am", "a man was reported
    shooting" and "the quake, initially reported as a 6.6" describe what was
    reported, and name no one who reported it."""
    rules = source_rules()
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if lemma_of(verb) in rules.measuring_verbs:
        return _measurer(verb, rules)
    if lemma_of(verb) not in rules.reporting_verbs or not _reports(verb, rules):
        return None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    # "X, described as a tall man, ...": a participle naming what X was called
    called_as = any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) and not any(
        c.dep_ in ("dobj", "ccomp") for c in verb.children
    )
    if passive or called_as:
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return agents[0] if agents else None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not _quoted_between(c, verb)]
    # "..., said Carroll Smith": the subject after the verb names the speaker
    subjects.sort(key=lambda c: c.i < verb.i)
    if not subjects or subjects[0].lower_ in rules.anonymous_subjects:
        return None
    return subjects[0]


#: entity types of a subject that can measure a figure (an agency, a country's office, a person)
_MEASURER_ENTITIES = {"ORG", "NORP", "GPE", "PERSON", "FAC"}


def _measurer(verb: Token, rules: SourceRules) -> Token | None:
    """The organisation a measuring verb says gave a figure: "the U.S.
    Geological Survey measured it as a 5.9" names the USGS; "the quake
    measured 5.9" and "the tremor registered 6.1" name no one (the subject
    is the thing measured, not who measured it).  A proper noun the model
    tags as no entity names an agency too ("Phivolcs measured it at
    magnitude 6.0"): the thing measured is a common noun."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    subject = subjects[0]
    if verb.dep_ == "relcl" and subject.tag_ in ("WDT", "WP"):
        subject = verb.head  # "The US Geological Survey, which measured the quake at magnitude 5.3, ..."
    named = subject.ent_type_ in _MEASURER_ENTITIES or subject.pos_ == "PROPN"
    if named or lemma_of(subject) in rules.measuring_subjects:
        return subject
    return None


def _speaker(verb: Token) -> str | None:
    """Who a reporting verb says spoke ("a law enforcement source (told TASS)")."""
    subject = _speaker_token(verb)
    if subject is None:
        return None
    source = _phrase(subject)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"]
    if lemma_of(verb) == "tell" and objects:
        source = f"{source} (told {_phrase(objects[0])})"
    return source


#: clause relations under which a reporting verb tells of a past statement
#: rather than attributing the sentence ("violent since the president announced ...")
_BACKGROUND_CLAUSES = ("advcl", "relcl", "acl", "pcomp")


def _reporting_subject(sent: Span) -> str | None:
    for token in sent:
        if token.dep_ in _BACKGROUND_CLAUSES:
            continue
        source = _speaker(token)
        if source:
            return source
    return None


def names_speaker(span: Span) -> bool:
    """True when ``span`` lies in the phrase naming a speaker of its sentence:
    "Sgt. Ann Lee said ..." attributes nothing about Ann Lee to Ann Lee, nor
    "Naples police: Teen shot" Naples to Naples police."""
    label = _source_label(span.sent)
    if label is not None and span.end_char <= label.end:
        return True
    for token in span.sent:
        subject = _speaker_token(token)
        if subject is None:
            continue
        phrase = _phrase_span(subject)
        if phrase.start <= span.start and span.end <= phrase.end:
            return True
    return False


def claim_source(token: Token) -> str | None:
    """The speaker of the reporting verb a claim's words stand under, if any.

    "Tehran's seismologic center said the quake measured magnitude-5.9, but
    the U.S. Geological Survey said it was a magnitude-6.1 temblor": each
    figure has its own source.  The claim's own head counts too: in "USGS put
    the magnitude at 6.0; the national institute IGP measured 6.2" the
    figure "measured 6.2" is headed by IGP's own verb.
    """
    for ancestor in (token, *token.ancestors):
        source = _speaker(ancestor)
        if source:
            return source
    return None


def sentence_source(sent: Span) -> str | None:
    """The source named in ``sent`` itself, if any.

    A reporting verb's subject comes first: in "According to preliminary
    data, gunfire was ... a law enforcement source told TASS" the source is
    the one who told, not the data.  A headline's leading label that names
    a source comes last ("Police: Two dead, 14 hurt"; "NEW INFORMATION:
    Police say ..." is the police's by its verb)."""
    label = _source_label(sent)
    return _reporting_subject(sent) or _according_to(sent) or (label.text if label else None)


def _source_label(sent: Span) -> HeadlineLabel | None:
    """The headline label naming a source that opens ``sent``, if any
    (:mod:`reportcheck.extract.core.headline_labels`)."""
    label = label_at(sent.doc.text, sent.start_char)
    return label if label is not None and label.names_source else None


@dataclass
class SourceTracker:
    """Carries a speaker across the sentences of one quoted passage."""

    speaker: str | None = None
    open_quote: bool = False

    def source_for(self, sent: Span) -> str | None:
        own = sentence_source(sent)
        inherited = self.speaker if self.open_quote else None
        text = sent.text  # joined from the tokens on each read
        quotes = text.count('"')
        starts_quoted = text.lstrip().startswith('"')
        if own:
            self.speaker = own
        if quotes % 2 == 1:
            self.open_quote = not self.open_quote
        elif not starts_quoted and not own:
            self.open_quote = False
        return own or inherited
