"""What every extractor component shares: the raw claim and where it is kept.

Each extractor is a spaCy component (``reportcheck_*`` factories) that adds
:class:`RawClaim` records to ``doc._.rc_claims``.  Raw claims hold offsets in
the cleaned text the model saw; :mod:`reportcheck.extract` later maps them
back to the original file and attaches hedges, sources and incidents.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from reportcheck.models import ClaimKind, Value

if not Doc.has_extension("rc_claims"):
    Doc.set_extension("rc_claims", default=None)
if not Doc.has_extension("rc_reference_date"):
    Doc.set_extension("rc_reference_date", default=None)


@dataclass
class RawClaim:
    """A claim as an extractor found it, with offsets into ``doc.text``."""

    kind: ClaimKind
    start: int
    end: int
    subject: str
    subject_label: str
    value: Value
    attrs: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    #: the token span the claim's cues are looked for around (defaults to start/end)
    anchor_start: int | None = None
    anchor_end: int | None = None


def claims_of(doc: Doc) -> list[RawClaim]:
    """The claim list of ``doc``, created on first use."""
    if doc._.rc_claims is None:
        doc._.rc_claims = []
    return doc._.rc_claims


def add_claim(doc: Doc, claim: RawClaim) -> None:
    """Add ``claim`` unless an identical kind already covers the same characters."""
    existing = claims_of(doc)
    for other in existing:
        if other.kind == claim.kind and other.start < claim.end and claim.start < other.end:
            return
    existing.append(claim)


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
