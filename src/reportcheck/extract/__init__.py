"""Extract stage: run the pipeline over a loaded report and build claims.

The spaCy components (``reportcheck_*`` factories) leave raw claims with
offsets in the cleaned text.  Here each raw claim gets what a finding must be
able to quote: the exact words and their offsets in the original file, the
sentence, the cues that qualify it (with the value bounded accordingly) and
the source it is attributed to.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span

from reportcheck.extract.base import RawClaim, claims_of
from reportcheck.extract.cues import cues_for, find_cues, to_cue_records
from reportcheck.extract.sources import SourceTracker, claim_source
from reportcheck.models import Claim, ClaimKind, Cue, Evidence, Value

if TYPE_CHECKING:
    from reportcheck.load import LoadedReport

COUNT_KINDS = {
    ClaimKind.killed,
    ClaimKind.injured,
    ClaimKind.missing,
    ClaimKind.arrested,
    ClaimKind.other_count,
}
#: minutes added by "shortly after" / "just before" a clock time
JUST_MINUTES = 15.0


def run_pipeline(nlp: Language, text: str, reference_date=None) -> Doc:
    """Run every component on ``text`` with the report's date available to them."""
    doc = nlp.make_doc(text)
    doc._.rc_reference_date = reference_date
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def _bounded(value: Value, kind: ClaimKind, cues: list[Cue]) -> Value:
    """The value's interval after bounds such as "at least" or "nearly"."""
    if value.low is None or value.written is None or value.low != value.high:
        return value
    w = value.written
    step = 1.0 if kind in COUNT_KINDS else 0.0
    low, high = value.low, value.high
    for cue in cues:
        match cue.category:
            case "lower_bound":
                high = None
            case "strict_lower":
                low, high = w + step, None
            case "upper_bound":
                low = 0.0 if kind is not ClaimKind.time else low - 12 * 60
                high = w
            case "strict_upper":
                low, high = 0.0, w - step
            case "nearly":
                low, high = math.floor(0.85 * w) if step else 0.85 * w, w - step if step else w
            case "just_after" if kind is ClaimKind.time:
                low, high = w, w + JUST_MINUTES
            case "just_before" if kind is ClaimKind.time:
                low, high = w - JUST_MINUTES, w
    return value.model_copy(update={"low": low, "high": high})


class ReportExtractor:
    """Turns one report's raw claims into :class:`Claim` records."""

    def __init__(self, report: LoadedReport, index: int):
        self.report = report
        self.index = index

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.report.original_span(start, end)

    def evidence(self, raw: RawClaim, sent: Span) -> Evidence:
        start, end = self.original_span(raw.start, raw.end)
        s_start, s_end = self.original_span(sent.start_char, sent.end_char)
        original = self.report.original
        return Evidence(
            text=original[start:end],
            start=start,
            end=end,
            sentence=" ".join(original[s_start:s_end].split()),
            sentence_start=s_start,
            sentence_end=s_end,
        )

    def claims(self, doc: Doc) -> list[Claim]:
        raws = sorted(claims_of(doc), key=lambda c: (c.start, c.end, c.kind.value))
        tracker = SourceTracker()
        sources: dict[int, str | None] = {}
        cues_in: dict[int, list] = {}
        for sent in doc.sents:
            sources[sent.start] = tracker.source_for(sent)
            cues_in[sent.start] = find_cues(sent)
        claims = []
        for number, raw in enumerate(raws):
            span = doc.char_span(
                raw.anchor_start if raw.anchor_start is not None else raw.start,
                raw.anchor_end if raw.anchor_end is not None else raw.end,
                alignment_mode="expand",
            )
            if span is None or not len(span):
                continue
            sent = span[0].sent
            hits = cues_for(sent, span.start, span.end, cues_in[sent.start])
            cues = to_cue_records(sent, hits, self.report.to_original)
            claims.append(
                Claim(
                    id=f"r{self.index}-{number:03d}",
                    report=self.index,
                    kind=raw.kind,
                    subject=raw.subject,
                    subject_label=raw.subject_label,
                    value=_bounded(raw.value, raw.kind, cues),
                    evidence=self.evidence(raw, sent),
                    hedges=cues,
                    source=claim_source(span.root) or sources.get(sent.start),
                    attrs=dict(raw.attrs),
                    notes=list(raw.notes),
                )
            )
        return claims


def extract_claims(nlp: Language, report: LoadedReport, index: int) -> tuple[Doc, list[Claim]]:
    """The parsed document and every claim found in ``report``."""
    doc = run_pipeline(nlp, report.text, report.date)
    return doc, ReportExtractor(report, index).claims(doc)
