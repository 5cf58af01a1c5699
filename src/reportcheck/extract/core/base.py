"""What every extractor component shares: the raw claim and where it is kept.

Each extractor is a spaCy component (``reportcheck_*`` factories) that adds
:class:`RawClaim` records to ``doc._.rc_claims``.  Raw claims hold offsets in
the cleaned text the model saw; :mod:`reportcheck.extract` later maps them
back to the original file and attaches hedges, sources and incidents.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast
from weakref import WeakKeyDictionary

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from reportcheck.details import AnyDetails, DetailViews
from reportcheck.models import ClaimKind, Value, ValueFrame

if TYPE_CHECKING:
    from spacy.pipeline import Lemmatizer
    from spacy.vocab import Vocab

if not Doc.has_extension("rc_claims"):
    Doc.set_extension("rc_claims", default=None)
if not Doc.has_extension("rc_reference_date"):
    Doc.set_extension("rc_reference_date", default=None)
if not Doc.has_extension("rc_claim_index"):
    Doc.set_extension("rc_claim_index", default=None)


#: each Doc's text, built once: ``doc.text`` joins every token anew on each
#: call, and the extractors read it per mention, which made their cost grow
#: with the square of a Doc's length (140 joins for the two sample reports)
_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per Doc (a Doc's text never changes)."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


#: each pipeline's lemmatizer, by the id of its vocab (the vocab is kept, so
#: the id stays its own): see :func:`defer_lemmas`
_LEMMATIZERS: dict[int, tuple[Vocab, Lemmatizer]] = {}


#: lemmas :func:`lemma_of` asked the lemmatizer for, by (vocab id, word,
#: part of speech, morphology); bounded by the vocabulary like spaCy's own cache
_LEMMAS: dict[tuple[int, int, int, int], str] = {}


def defer_lemmas(nlp: Language) -> None:
    """Take the lemmatizer out of ``nlp``'s run; :func:`lemma_of` asks it instead.

    The lemmatizer gave every token a lemma, about 7% of the model's time
    over the GVDB texts, while the rules read the lemmas of a few verbs and
    nouns per sentence.  Nothing else in the model reads lemmas (the entity
    recogniser has its own features), so the parse and entities are the same."""
    if "lemmatizer" in nlp.pipe_names:
        # get_pipe is typed as any component; the one named "lemmatizer" is spaCy's Lemmatizer
        _LEMMATIZERS[id(nlp.vocab)] = (nlp.vocab, cast("Lemmatizer", nlp.get_pipe("lemmatizer")))
        nlp.disable_pipe("lemmatizer")


def lemmatizer_of(vocab: Vocab) -> Lemmatizer | None:
    """The lemmatizer :func:`defer_lemmas` took out of the pipeline of ``vocab``."""
    held = _LEMMATIZERS.get(id(vocab))
    return held[1] if held is not None else None


def lemma_of(token: Token) -> str:
    """The token's lemma, lower-cased, as the model's lemmatizer would set it.

    The attribute ruler sets some lemmas ("was" -> "be") and the lemmatizer
    leaves those alone; the rest it is asked for here, once per word, part
    of speech and morphology: its own cache skips base forms and parts of
    speech without tables, which are most words, and the rules ask about
    the same words many times (about 4,900 calls per compare of the sample
    pair), so they are kept in :data:`_LEMMAS`."""
    if not token.lemma:
        held = _LEMMATIZERS.get(id(token.vocab))
        if held is not None:
            # the rule lemmatizer's result depends on these alone (spaCy keys its cache on them)
            key = (id(token.vocab), token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
            lemma = _LEMMAS.get(key)
            if lemma is None:
                lemma = _LEMMAS[key] = held[1].lemmatize(token)[0].lower()
            return lemma
    return token.lemma_.lower()


def perfect(verb: Token, *, joined: bool = False) -> bool:
    """Whether a verb is told in the perfect, "have" its auxiliary ("Police
    had responded to the home twice", "have been killed", "has treated");
    ``joined``: or the verb it is joined to by "and" ("have killed ... and
    wounded")."""
    verbs = [verb, verb.head] if joined and verb.dep_ == "conj" else [verb]
    return any(c.dep_ == "aux" and lemma_of(c) == "have" for v in verbs for c in v.children)


def participle_tagged(clause: Token) -> bool:
    """Whether a clause on a noun is a bare participle: tagged so, or tagged
    a past tense with no subject of its own ("The woman killed in the crash
    was identified as ...": the small parser tags "killed" VBD; "the man
    police killed" has its subject)."""
    if clause.tag_ == "VBN":
        return True
    return clause.tag_ == "VBD" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def heads_above(token: Token, limit: int) -> list[Token]:
    """The words above ``token`` in the parse, nearest first, at most
    ``limit`` of them: what a sum or a term hangs on ("suing ... for $10
    million", "faces up to 15 years")."""
    heads: list[Token] = []
    node = token
    while len(heads) < limit and node.head is not node:
        node = node.head
        heads.append(node)
    return heads


def heads_to_verb(token: Token, limit: int) -> list[Token]:
    """The words above ``token`` in the parse, nearest first, up to and
    including the first verb (at most ``limit`` of them): what a counted
    noun hangs on ("homes in five villages had been damaged", "was hit by
    seven bullets")."""
    heads: list[Token] = []
    node = token
    while len(heads) < limit and node.head is not node:
        node = node.head
        heads.append(node)
        if node.pos_ in ("VERB", "AUX"):
            break
    return heads


#: the dependencies of a clause of its own inside a clause ("after police
#: first called the death suspicious", "who came from next door", "and
#: injured 20 in all"), and of an apposition or a clausal subject, which
#: :func:`clause_words` leaves out: words there say nothing of the clause
#: above (wider than :data:`reportcheck.extract.core.events.CLAUSE_DEPS`)
INNER_CLAUSE_DEPS = frozenset(
    {"relcl", "advcl", "ccomp", "conj", "parataxis", "acl", "csubj", "xcomp", "appos"}
)


def clause_words(head: Token) -> list[Token]:
    """The words of the clause ``head`` heads, in order, without the clauses
    inside it (:data:`INNER_CLAUSE_DEPS`): a reader that tests a clause for its
    words (a call told as THE call, a toll told as a sum) is not misled by
    another clause of the sentence."""
    words = [head]
    stack = list(head.children)
    while stack:
        token = stack.pop()
        if token.dep_ in INNER_CLAUSE_DEPS:
            continue
        words.append(token)
        stack.extend(token.children)
    return sorted(words, key=lambda t: t.i)


def entity_of(token: Token) -> Span | None:
    """The named entity ``token`` is part of (as ``doc.ents`` has it), or None.

    Found from the tokens' IOB tags around it: scanning ``doc.ents`` for
    each token made a long Doc's cost grow with its square."""
    if token.ent_iob_ not in ("B", "I"):
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


@dataclass
class RawClaim(DetailViews):
    """A claim as an extractor found it, with offsets into ``doc.text``; its
    ``details`` are the record of its kind's family, read like a claim's."""

    kind: ClaimKind
    start: int
    end: int
    subject: str
    subject_label: str
    value: Value
    details: AnyDetails | None = None
    notes: list[str] = field(default_factory=list)
    #: the token span the claim's cues are looked for around (defaults to start/end)
    anchor_start: int | None = None
    anchor_end: int | None = None
    #: which event, measure and scope the value belongs to (the claim's
    #: ``frame``): the quantity, time and day finders set its measure ("depth",
    #: "distance:from border", "time:arrest"), the count linkers its scope
    frame: ValueFrame = field(default_factory=ValueFrame)


def claims_of(doc: Doc) -> list[RawClaim]:
    """The claim list of ``doc``, created on first use."""
    if doc._.rc_claims is None:
        doc._.rc_claims = []
    return doc._.rc_claims


def add_claim(doc: Doc, claim: RawClaim) -> None:
    """Add ``claim`` unless an identical kind already covers the same characters."""
    existing = claims_of(doc)
    index = _index_of(doc, existing)
    if index.overlaps(claim):
        return
    existing.append(claim)
    index.add(claim)


def add_claim_by_subject(doc: Doc, claim: RawClaim) -> None:
    """Add ``claim`` unless a claim of its kind and subject already covers
    some of its characters.  For claims of a subject of their own told on
    words another claim holds (who called the police: "Maria Lopez", whose
    name is a person claim too; "his mother found him and called 911", one
    person and two acts): :func:`add_claim` would drop them.  Looked up in
    the claims of that kind and subject only (the index's ``by_subject``):
    scanning every claim of a long wire dump for each caller cost the
    square of its length."""
    existing = claims_of(doc)
    index = _index_of(doc, existing)
    if index.overlaps_subject(claim):
        return
    existing.append(claim)
    index.add(claim)


def _index_of(doc: Doc, claims: list[RawClaim]) -> ClaimIndex:
    """The index of ``claims``, built anew where it is stale: a component may
    append to the list itself (a total spanning its parts' words, the venues)
    or a joined Doc be given a new list, and the index must then be rebuilt
    before it answers for them."""
    index = doc._.rc_claim_index
    if index is None or not index.describes(claims):
        index = doc._.rc_claim_index = ClaimIndex(claims)
    return index


class ClaimIndex:
    """Where each kind's claims lie, sorted by start, so that checking a new claim
    for overlap costs a binary search rather than a scan of every claim: a
    wire dump of several megabytes has tens of thousands of claims.

    A claim can only overlap one that starts less than the longest claim's
    length before it, so only that window of the sorted spans is looked at.
    """

    def __init__(self, claims: list[RawClaim]):
        self.claims = claims  #: the list indexed; a different list means a stale index
        self.count = 0  #: how many of its claims are indexed
        self.spans: dict[ClaimKind, list[tuple[int, int]]] = {}
        #: the spans of each kind and subject, in the order added: few per subject
        self.by_subject: dict[tuple[ClaimKind, str], list[tuple[int, int]]] = {}
        self.longest = 0
        for claim in claims:
            self.add(claim)

    def describes(self, claims: list[RawClaim]) -> bool:
        return claims is self.claims and len(claims) == self.count

    def add(self, claim: RawClaim) -> None:
        insort(self.spans.setdefault(claim.kind, []), (claim.start, claim.end))
        self.by_subject.setdefault((claim.kind, claim.subject), []).append((claim.start, claim.end))
        self.longest = max(self.longest, claim.end - claim.start)
        self.count += 1

    def overlaps(self, claim: RawClaim) -> bool:
        """True if a claim of the same kind shares a character with ``claim``."""
        spans = self.spans.get(claim.kind)
        if not spans:
            return False
        first = bisect_left(spans, claim.start - self.longest, key=_start)
        last = bisect_left(spans, claim.end, key=_start)
        return any(claim.start < end for _, end in spans[first:last])

    def overlaps_subject(self, claim: RawClaim) -> bool:
        """True if a claim of the same kind and subject shares a character with ``claim``."""
        spans = self.by_subject.get((claim.kind, claim.subject), ())
        return any(start < claim.end and claim.start < end for start, end in spans)


def _start(span: tuple[int, int]) -> int:
    return span[0]


def register_extractor(name: str, extract: Callable[[Doc], None]) -> None:
    """Register ``extract`` as the spaCy factory ``name`` (a ``reportcheck_*`` component).

    Every extractor is a function that adds claims to a Doc; the factory
    wraps it as a pipeline component so :mod:`reportcheck.pipeline` can add it
    by name, as spaCy's own components are added.
    """

    def make_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
        def component(doc: Doc) -> Doc:
            extract(doc)
            return doc

        return component

    Language.factory(name, func=make_component)
