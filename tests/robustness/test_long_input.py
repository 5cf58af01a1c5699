"""Long reports: parsed in chunks that give the same claims as one Doc would."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reportcheck.extract as extract
from reportcheck.api import extract_report, extract_reports
from reportcheck.extract import CHUNK_CHARS, chunk_bounds, run_pipeline
from reportcheck.extract.core.base import claims_of, entity_of
from reportcheck.load import load_text

from ..conftest import SAMPLES, SHARED
from .inputs import ACCENTED, BASE, QUOTED

#: a medium text: both sample reports and the short test reports, about 8,000 characters
pytestmark = pytest.mark.slow  # long texts and the ECB+ stories through the pipeline

MEDIUM = "\n\n".join(
    [
        (SAMPLES / "report_a.txt").read_text(encoding="utf-8"),
        BASE,
        (SAMPLES / "report_b.txt").read_text(encoding="utf-8"),
        ACCENTED,
        QUOTED,
    ]
)
ECBPLUS_TEXT = SHARED / "corpus" / "ecbplus_dev" / "text"
SMALL_CHUNKS = 1_500


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=400), st.integers(1, 60))
def test_chunks_cover_the_text_exactly_and_keep_to_the_limit(text, limit):
    bounds = chunk_bounds(text, limit)
    assert "".join(text[start:end] for start, end in bounds) == text
    assert all(0 < end - start <= limit for start, end in bounds if text)
    assert all(a_end == b_start for (_, a_end), (b_start, _) in zip(bounds, bounds[1:], strict=False))


def test_chunks_end_at_paragraphs_then_sentences_then_spaces():
    paragraphs = "First paragraph here.\n\nSecond one. It goes on and on without a break"
    assert chunk_bounds(paragraphs, 40)[0] == (0, len("First paragraph here.\n\n"))
    sentences = "One sentence here. Another sentence here and more"
    assert chunk_bounds(sentences, 30)[0] == (0, len("One sentence here. "))
    assert chunk_bounds("x" * 25, 10) == [(0, 10), (10, 20), (20, 25)]


def test_a_short_text_is_one_chunk():
    assert chunk_bounds(BASE, CHUNK_CHARS) == [(0, len(BASE))]


def _raw(doc, offset: int = 0):
    return sorted(
        (c.kind.value, c.start + offset, c.end + offset, c.subject, c.value.model_dump_json())
        for c in claims_of(doc)
    )


def test_chunks_are_joined_into_one_doc_with_every_chunks_claims_in_place(pipeline):
    """The joined Doc is the chunks' Docs end to end: same text, tokens, sentences, claims."""
    text = load_text(MEDIUM).text
    bounds = chunk_bounds(text, SMALL_CHUNKS)
    assert len(bounds) >= 5
    joined = run_pipeline(pipeline, text, chunk_chars=SMALL_CHUNKS)
    alone = [run_pipeline(pipeline, text[start:end], chunk_chars=len(text)) for start, end in bounds]
    assert joined.text == text
    assert [t.text for t in joined] == [t.text for doc in alone for t in doc]
    assert [(s.start_char, s.end_char) for s in joined.sents] == [
        (s.start_char + start, s.end_char + start)
        for doc, (start, _) in zip(alone, bounds, strict=True)
        for s in doc.sents
    ]
    assert [(e.start_char, e.label_) for e in joined.ents] == [
        (e.start_char + start, e.label_)
        for doc, (start, _) in zip(alone, bounds, strict=True)
        for e in doc.ents
    ]
    expected = sorted(
        claim for doc, (start, _) in zip(alone, bounds, strict=True) for claim in _raw(doc, start)
    )
    assert _raw(joined) == expected
    for kind, start, end, *_ in _raw(joined):
        assert text[start:end].strip(), kind


@pytest.fixture(scope="module")
def ecbplus_stories():
    """Ten ECB+ stories, a blank line between stories (none inside), about 15,000 characters."""
    if not ECBPLUS_TEXT.is_dir():
        pytest.skip("the ECB+ corpus is not in shared/")
    stories = [p.read_text(encoding="utf-8").strip() for p in sorted(ECBPLUS_TEXT.rglob("*.txt"))[:10]]
    return load_text("\n\n".join(stories) + "\n", path="stories.txt")


def test_stories_cut_into_chunks_give_the_same_claims_and_incidents_as_one_doc(ecbplus_stories, monkeypatch):
    """Cut between stories, chunking changes nothing.  (Cut inside one story, a place or a
    pronoun near the cut may lose the context the rest of the story gave it: that is why
    chunks are longer than nearly any article.)"""
    whole = extract_report(ecbplus_stories, 0)
    monkeypatch.setattr(extract, "CHUNK_CHARS", 3_000)
    assert len(chunk_bounds(ecbplus_stories.text, 3_000)) >= 4
    chunked = extract_report(ecbplus_stories, 0)
    assert len(whole.claims) > 60
    assert [c.model_dump() for c in chunked.claims] == [c.model_dump() for c in whole.claims]
    assert [(i.id, i.label, i.sentences) for i in chunked.incidents] == [
        (i.id, i.label, i.sentences) for i in whole.incidents
    ]


def test_reports_parsed_in_one_batch_give_the_claims_each_gives_alone():
    """Batch hands spaCy a chunk's reports at once (faster: the networks run on a
    batch); each report's claims and incidents must be what it gives alone."""
    if not ECBPLUS_TEXT.is_dir():
        pytest.skip("the ECB+ corpus is not in shared/")
    paths = sorted(ECBPLUS_TEXT.rglob("*.txt"))[:12]
    reports = [load_text(p.read_text(encoding="utf-8"), path=p.name) for p in paths]
    together = list(extract_reports(reports, range(len(reports))))
    for index, report in enumerate(reports):
        alone = extract_report(report, index)
        assert [c.model_dump() for c in together[index].claims] == [c.model_dump() for c in alone.claims]
        assert [(i.id, i.sentences) for i in together[index].incidents] == [
            (i.id, i.sentences) for i in alone.incidents
        ]


def test_entity_of_a_token_is_the_entity_doc_ents_holds(pipeline):
    text = load_text(MEDIUM).text
    doc = run_pipeline(pipeline, text, chunk_chars=SMALL_CHUNKS)
    holding = {t.i: ent for ent in doc.ents for t in ent}
    for token in doc:
        found, expected = entity_of(token), holding.get(token.i)
        assert (found is None) == (expected is None), token.i
        if found is not None:
            assert (found.start, found.end, found.label_) == (expected.start, expected.end, expected.label_)


def test_deferred_lemmas_are_the_lemmatizers(pipeline):
    """The pipeline leaves the lemmatizer out of its run and asks it only for the
    words the rules read: every lemma must be what the full model sets."""
    import importlib.util

    import spacy

    from reportcheck.about import DEFAULT_MODELS
    from reportcheck.extract.core.base import lemma_of

    assert "lemmatizer" not in pipeline.pipe_names
    full = spacy.load(next(name for name in DEFAULT_MODELS if importlib.util.find_spec(name)))
    assert "lemmatizer" in full.pipe_names
    text = load_text(MEDIUM).text[:20_000]
    expected = [t.lemma_.lower() for t in full(text)]
    assert [lemma_of(t) for t in pipeline(text)] == expected
    assert {"be", "shoot", "kill", "say"} <= set(expected)
