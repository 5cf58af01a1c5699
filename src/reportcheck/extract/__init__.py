"""Extract stage: run the pipeline over a loaded report and build claims.

The spaCy components (``reportcheck_*`` factories) leave raw claims with
offsets in the cleaned text.  Here each raw claim gets what a finding must be
able to quote: the exact words and their offsets in the original file, the
sentence, the cues that qualify it (with the value bounded accordingly) and
the source it is attributed to.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span

from reportcheck.details import AnyDetails, CountDetails, DateDetails, DateForm, PersonDetails
from reportcheck.extract.core.base import RawClaim, claims_of, lemma_of
from reportcheck.extract.core.cues import (
    cues_for,
    figure_cues,
    find_cues,
    for_kind,
    for_subject,
    peak_spread,
    time_reach,
    to_cue_records,
)
from reportcheck.extract.core.live_entries import entry_stamps, mark_entry_stamp_times, mark_live_entries
from reportcheck.extract.core.revisions import mark_earlier_accounts, mark_earlier_figures, replacing_cues
from reportcheck.extract.core.sources import SourceTracker, claim_source, names_speaker
from reportcheck.extract.counts.headline_hedge import with_headline_hedges
from reportcheck.extract.counts.running import mark_later_deaths
from reportcheck.extract.dates.relative_phrases import lone_relative_words
from reportcheck.extract.dates.resolve import page_year_weekday_note
from reportcheck.extract.dates.rules import date_rules
from reportcheck.extract.times.clock import DAY
from reportcheck.extract.times.finders import midnight_offset, tells_overnight
from reportcheck.knowledge.names import people_lexicon
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
#: minutes added by "shortly after" / "just before" a clock time whose cue
#: rule gives no reach of its own (rules/cues.yaml ``reach``)
JUST_MINUTES = 15.0


#: the longest text parsed as one Doc; longer ones are parsed in chunks of at most this
#: many characters, cut at paragraph or sentence ends.  Far below spaCy's max_length, and
#: longer than nearly any article (4,000 words), so only wire dumps and books are cut.
#: The size was chosen when some components' work per Doc grew faster than the Doc
#: (doc.text rebuilt per mention, doc.ents scanned per token): 200,000 characters took
#: 17 s of CPU in chunks of 10,000 or 25,000, 27 s in chunks of 50,000 and 41 s in
#: chunks of 100,000.  That work is linear now (text_of, entity_of); not re-measured.
CHUNK_CHARS = 25_000
#: Docs (articles, or chunks of a long text) the model parses at once.  spaCy's
#: networks run faster on a batch than on one Doc at a time (a batch of 32
#: GVDB articles parsed 1.5 times as fast, with identical results), and 32
#: chunks of a wire dump are still under a megabyte of text in memory.
PIPE_BATCH = 32
#: where a chunk may end, best first: a paragraph, a line, a sentence, any space
CHUNK_BREAKS = ("\n\n", "\n", ". ", " ")


def run_pipeline(nlp: Language, text: str, reference_date=None, *, chunk_chars: int | None = None) -> Doc:
    """Run every component on ``text`` with the report's date available to them.

    A long text (a wire dump, a book) is parsed chunk by chunk and the chunks
    joined into one Doc whose text is ``text`` exactly, with every claim's
    offsets shifted to it, so the rest of the flow cannot tell the difference.
    """
    return next(run_pipelines(nlp, [(text, reference_date)], chunk_chars=chunk_chars))


def run_pipelines(
    nlp: Language, texts: Sequence[tuple[str, object]], *, chunk_chars: int | None = None
) -> Iterator[Doc]:
    """:func:`run_pipeline` over many (text, reference date) pairs, one Doc each, in order.

    Every chunk of every text goes through one ``nlp.pipe`` stream, so the
    model parses them in batches of :data:`PIPE_BATCH`; each text's Doc is
    yielded as soon as its last chunk is parsed, and only a batch is held.
    """
    plans = [chunk_bounds(text, chunk_chars or CHUNK_CHARS) for text, _ in texts]

    def chunk_docs() -> Iterator[Doc]:
        for (text, reference_date), bounds in zip(texts, plans, strict=True):
            for start, end in bounds:
                doc = nlp.make_doc(text[start:end])
                doc._.rc_reference_date = reference_date
                yield doc

    parsed = nlp.pipe(chunk_docs(), batch_size=PIPE_BATCH)
    for (_, reference_date), bounds in zip(texts, plans, strict=True):
        docs = [next(parsed) for _ in bounds]
        yield docs[0] if len(docs) == 1 else _joined(docs, bounds, reference_date)


def chunk_bounds(text: str, chunk_chars: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive chunks covering ``text``, each at most ``chunk_chars`` long.

    Each chunk ends at the last paragraph break in its second half, else the
    last line break, sentence end or space there, else (a megabyte with no
    space) exactly at the limit.
    """
    bounds = []
    start = 0
    while len(text) - start > chunk_chars:
        end = _chunk_end(text, start, start + chunk_chars)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _chunk_end(text: str, start: int, limit: int) -> int:
    floor = start + (limit - start) // 2
    for mark in CHUNK_BREAKS:
        found = text.rfind(mark, floor, limit)
        if found != -1:
            return found + len(mark)
    return limit


def _joined(docs: list[Doc], bounds: list[tuple[int, int]], reference_date) -> Doc:
    """One Doc of the chunks, their claims moved to its offsets."""
    claims = []
    for doc, (start, _) in zip(docs, bounds, strict=True):
        for claim in claims_of(doc):
            claims.append(_shifted(claim, start))
    for doc in docs:  # spaCy cannot merge Doc-level extension values (it warns): they are set below
        for key in [key for key in doc.user_data if _is_doc_extension(key)]:
            del doc.user_data[key]
    # spaCy's stub (doc.pyi) lacks from_docs's keyword-only exclude, which doc.pyx has
    joined = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]
    joined._.rc_reference_date = reference_date
    joined._.rc_claims = claims
    return joined


def _is_doc_extension(key) -> bool:
    """A ``doc._.name`` value's key in ``user_data`` (token and span ones carry
    offsets), or a per-Doc cache a reader keeps under a plain "rc_" key (the
    headline's written words): values spaCy cannot merge across chunks and
    warns about, which the joined Doc computes again when asked."""
    if isinstance(key, str):
        return key.startswith("rc_")
    return isinstance(key, tuple) and len(key) == 4 and key[0] == "._." and key[2] is None and key[3] is None


def _shifted(claim: RawClaim, offset: int) -> RawClaim:
    return replace(
        claim,
        start=claim.start + offset,
        end=claim.end + offset,
        anchor_start=None if claim.anchor_start is None else claim.anchor_start + offset,
        anchor_end=None if claim.anchor_end is None else claim.anchor_end + offset,
    )


#: bounds said of an amount ("more than 40", "over 40", "at least 5", "nearly
#: 30"), by the kinds they say nothing of: a day is no amount ("killed over
#: the weekend": the day ordinal read as "more than" left the date without
#: an end), nor is a clock time "over" or "under" one
AMOUNT_BOUNDS: dict[ClaimKind, frozenset[str]] = {
    ClaimKind.date: frozenset({"strict_lower", "strict_upper", "lower_bound", "upper_bound", "nearly"}),
    ClaimKind.time: frozenset({"strict_lower", "strict_upper"}),
}


def bounded_by_cues(value: Value, kind: ClaimKind, cues: list[Cue]) -> Value:
    """The value's interval after bounds such as "at least" or "nearly"."""
    if value.low is None or value.written is None or value.low != value.high:
        return value
    w = value.written
    step = 1.0 if kind in COUNT_KINDS else 0.0
    low = value.low
    high: float | None = value.high
    for cue in cues:
        if cue.category in AMOUNT_BOUNDS.get(kind, ()):
            continue  # "over the weekend" is no day after the weekend
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
                low, high = w, w + (time_reach(cue.cue, w) or JUST_MINUTES)
            case "just_before" if kind is ClaimKind.time:
                low, high = w - (time_reach(cue.cue, w) or JUST_MINUTES), w
    if kind is ClaimKind.time and high is not None and high <= 0 < w - low:
        # "just before midnight", "before midnight": the end of the day it
        # is told of, never the minutes before the 00:00 that opens it (read
        # as [-40, 0] it stood a day before an 11:48 p.m. call of the same
        # night); the labels read the clock round, so 24:00 prints as 00:00
        return value.model_copy(update={"low": low + DAY, "high": high + DAY, "written": w + DAY})
    return value.model_copy(update={"low": low, "high": high})


def below_peak(value: Value, spread: float | None) -> Value:
    """A peak's value ("winds of up to 240 kph"): the figure, and as much
    below it as another figure of the same fact may lie (``spread``, a
    share); the value as it is where no cue tells a peak."""
    if spread is None or value.low is None or value.low != value.high:
        return value
    return value.model_copy(update={"low": value.low * (1 - spread)})


def with_sentence_night(details: AnyDetails | None, kind: ClaimKind, sentence: str) -> AnyDetails | None:
    """A date's details with what its sentence says of the night: the clock
    time nearest midnight (:func:`~reportcheck.extract.times.finders.midnight_offset`)
    and a word that puts the event overnight; any other claim's as they are.
    Read here, where the evidence's sentence is made, so that the comparer
    never re-reads it."""
    if kind is not ClaimKind.date:
        return details
    night = {"midnight_offset": midnight_offset(sentence), "overnight": tells_overnight(sentence)}
    return (details or DateDetails()).replace(**night)


def looks_back(doc: Doc) -> bool:
    """Whether a report tells a later court step of its incident (a word of
    rules/people.yaml ``later_stage``: "convicted", "sentenced", "jury") or
    looks back on it ("One year ago", "anniversary": ``page_year_look_back``
    in rules/dates.yaml): such a report is often published a year or more
    after the day it names, so its page's copyright year does not date it.
    A plea of not guilty (``page_year_arraignment``) is days after the
    charge: its "pleaded" and "guilty" tell no later step."""
    stage = people_lexicon().later_stage
    text = doc.text.lower()
    pleas = [
        m.span()
        for p in date_rules().page_year_arraignment
        for m in re.finditer(rf"\b{re.escape(p)}\b", text)
    ]
    if any(
        (lemma_of(t) in stage or t.lower_ in stage) and not any(s <= t.idx < e for s, e in pleas) for t in doc
    ):
        return True
    text = " ".join(text.split())
    return any(re.search(rf"\b{re.escape(p)}\b", text) for p in date_rules().page_year_look_back)


class ReportExtractor:
    """Turns one report's raw claims into :class:`Claim` records."""

    def __init__(self, report: LoadedReport, index: int):
        self.report = report
        self.index = index

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.report.original_span(start, end)

    def with_report_day(self, details: AnyDetails | None, kind: ClaimKind) -> AnyDetails | None:
        """An age's details with the day it is told as of, its report's date:
        the comparer weighs a year between two ages by the days between
        their reports.  Any other claim's as they are."""
        if kind is not ClaimKind.age or self.report.date is None:
            return details
        return (details or PersonDetails()).replace(as_of=self.report.date.isoformat())

    def with_update_stamp(self, details: AnyDetails | None) -> AnyDetails | None:
        """A day word counted from the dateline ("overnight", "yesterday") with the
        words of the page's update stamp, where that stamp is the only date
        the report has (no publication stamp, no dateline): the day is then
        counted from the last update, and the story may be older.  Any other
        claim's details as they are."""
        report, updated = self.report, self.report.updated
        if updated is None or report.published is not None or not isinstance(details, DateDetails):
            return details
        if report.date != updated.date or report.date_text != updated.text:
            return details  # a dateline or a date the caller gave placed the report
        if details.form != DateForm.RELATIVE_DAY:
            return details  # "six weeks ago" against "12 weeks ago": a late update explains no such gap
        return details.replace(update_stamp=" ".join(updated.text.split()))

    def with_page_year(
        self, details: AnyDetails | None, value: Value, *, looks_back: bool
    ) -> AnyDetails | None:
        """A weekday's or a month and day's details with the year the page's
        copyright line gives (``LoadedReport.page_year``), where the report
        has no date of its own to place the day by: the comparer may read the
        month and day in that year, or the other report's month and day set
        against this weekday.  Not where the report ``looks_back`` from a
        later year (:func:`looks_back`).  Any other claim's as they are."""
        year = self.report.page_year
        if year is None or self.report.date is not None or value.low is not None or looks_back:
            return details  # no copyright year, a day its dateline or own year placed, or a look back
        if not isinstance(details, DateDetails) or not (details.weekday or details.month_day):
            return details
        return details.replace(
            page_year=year.year, page_year_text=year.text, page_year_start=year.start, page_year_end=year.end
        )

    def with_original_noun(self, details: AnyDetails | None) -> AnyDetails | None:
        """A named person's details with the noun the name is identified as
        (``identified_noun``) placed in the original, as the evidence of a
        claim is."""
        if not isinstance(details, PersonDetails) or details.identified_noun is None:
            return details
        return details.replace(identified_noun=self.report.to_original(details.identified_noun))

    def with_sex_read_evidence(self, details: AnyDetails | None, doc: Doc) -> AnyDetails | None:
        """A count's details with the word that told its victim's sex away
        from its own words (``sex_read_word``) placed in the original: its
        offsets there and its sentence, as the evidence of a claim is."""
        if (
            not isinstance(details, CountDetails)
            or details.sex_read_start is None
            or details.sex_read_end is None
        ):
            return details
        word = doc.char_span(details.sex_read_start, details.sex_read_end, alignment_mode="expand")
        if word is None or not len(word):
            return details.replace(
                sex_read=None, sex_read_by=None, sex_read_word=None, sex_read_start=None, sex_read_end=None
            )
        start, end = self.original_span(details.sex_read_start, details.sex_read_end)
        sent = word[0].sent
        s_start, s_end = self.original_span(sent.start_char, sent.end_char)
        original = self.report.original
        return details.replace(
            sex_read_start=start,
            sex_read_end=end,
            sex_read_word=original[start:end],
            sex_read_sentence=" ".join(original[s_start:s_end].split()),
        )

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
        back = self.report.page_year is not None and self.report.date is None and looks_back(doc)
        for number, raw in enumerate(raws):
            span = doc.char_span(
                raw.anchor_start if raw.anchor_start is not None else raw.start,
                raw.anchor_end if raw.anchor_end is not None else raw.end,
                alignment_mode="expand",
            )
            if span is None or not len(span):
                continue
            sent = span[0].sent
            if raw.kind is ClaimKind.person and span[-1].sent.start != sent.start:
                # a rank the sentence splitter cut from its name ("Sgt." | "Miller said."): one sentence
                sent = doc[sent.start : span[-1].sent.end]
            hits = for_kind(cues_for(sent, span.start, span.end, cues_in[sent.start]), raw.kind.value)
            spread = peak_spread(hits, raw.subject, span)
            hits = for_subject(hits, raw.subject, span)
            one = raw.value.low == raw.value.high == 1
            hits = figure_cues(hits, span, named=raw.value.name is not None, one=one)
            hits = replacing_cues(hits, span, raw.kind, raw.value.low)
            cues = to_cue_records(sent, hits, self.report.to_original)
            evidence = self.evidence(raw, sent)
            details = self.with_original_noun(raw.details) if raw.kind is ClaimKind.person else raw.details
            details = self.with_sex_read_evidence(
                self.with_page_year(
                    self.with_update_stamp(
                        self.with_report_day(
                            with_sentence_night(details, raw.kind, evidence.sentence),
                            raw.kind,
                        )
                    ),
                    raw.value,
                    looks_back=back,
                ),
                doc,
            )
            claims.append(
                Claim(
                    id=f"r{self.index}-{number:03d}",
                    report=self.index,
                    kind=raw.kind,
                    subject=raw.subject,
                    subject_label=raw.subject_label,
                    value=below_peak(bounded_by_cues(raw.value, raw.kind, cues), spread),
                    evidence=evidence,
                    hedges=cues,
                    source=None
                    if names_speaker(span)
                    else claim_source(span.root) or sources.get(sent.start),
                    details=details,
                    notes=[*raw.notes, *_weekday_notes(details)],
                    frame=raw.frame,
                )
            )
        first = next(doc.sents, None)
        headline = self.original_span(first.start_char, first.end_char)[0] if first is not None else 0
        stamps = entry_stamps(doc.text, lambda offset: self.original_span(offset, offset)[0])
        replaced = mark_entry_stamp_times(
            mark_live_entries(mark_earlier_figures(without_lone_days(claims)), stamps), stamps
        )
        marked = mark_later_deaths(mark_earlier_accounts(replaced))
        return with_headline_hedges(marked, headline)


def _weekday_notes(details: AnyDetails | None) -> list[str]:
    """A weekday written beside a month and day that its page's year does
    not fit: worth a reader's look, never a conflict (the year is a guess)."""
    note = page_year_weekday_note(details) if isinstance(details, DateDetails) else None
    return [note] if note else []


def without_lone_days(claims: list[Claim]) -> list[Claim]:
    """The claims, less a day told only by a word that dates an event alone
    ("overnight", ``alone`` in rules/dates.yaml) where the report names a day
    anywhere ("One dead in overnight shootings" over "early Sunday"): the
    named day dates the night, and the word, counted from a dateline that may
    be days later, would only set a second day against it."""
    lone = lone_relative_words()
    named = any(c.kind is ClaimKind.date and (c.date.weekday or c.date.month_day) for c in claims)
    if not named:
        return claims
    return [c for c in claims if not (c.kind is ClaimKind.date and c.date.relative in lone)]


def extract_claims(nlp: Language, report: LoadedReport, index: int) -> tuple[Doc, list[Claim]]:
    """The parsed document and every claim found in ``report``."""
    return next(extract_claims_many(nlp, [report], [index]))


def extract_claims_many(
    nlp: Language, reports: Sequence[LoadedReport], indices: Sequence[int]
) -> Iterator[tuple[Doc, list[Claim]]]:
    """:func:`extract_claims` for many reports (report ``reports[i]`` numbered
    ``indices[i]``), their texts parsed in batches; yielded in order."""
    docs = run_pipelines(nlp, [(report.text, report.date) for report in reports])
    for report, index, doc in zip(reports, indices, docs, strict=True):
        yield doc, ReportExtractor(report, index).claims(doc)
