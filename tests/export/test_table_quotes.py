"""The terminal table's quotes and width.

A quote keeps at most CONTEXT characters of sentence either side of the
claim and cuts between words, never inside one; the claim is marked where
its offsets put it.  Piped, the table is as wide as ``COLUMNS`` says, else
PIPE_WIDTH.  (tests/export/test_export.py checks both on the sample pair.)
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportcheck.export.table import around, pipe_width, quote
from reportcheck.models import Claim, ClaimKind, Evidence, Value

TWENTY = "Twenty people were hurt when the roof of the old market hall in the town centre fell in."


def _claim(sentence: str, start: int, text: str) -> Claim:
    """A place claim on ``text`` at ``start`` in ``sentence``."""
    return Claim(
        id="r0-001",
        report=0,
        kind=ClaimKind.location,
        subject="place",
        subject_label="place",
        value=Value(name=text, label=text),
        evidence=Evidence(
            text=text,
            start=start,
            end=start + len(text),
            sentence=sentence,
            sentence_start=0,
            sentence_end=len(sentence),
        ),
    )


# -- quotes cut between words -------------------------------------------------------------------


def _mid_word(sentence: str, shown: str, side: str) -> bool:
    """Whether ``shown`` (a cut end of ``sentence``) splits a word."""
    if side == "before":
        at = sentence.rindex(shown) if shown else 0
        return at > 0 and not sentence[at - 1].isspace() and not shown[:1].isspace()
    at = sentence.index(shown) + len(shown)
    return at < len(sentence) and not sentence[at].isspace() and not shown[-1:].isspace()


@pytest.mark.parametrize(
    "sentence, claim",
    [
        (
            "The department confirmed the attack took place around 12am today in a city located "
            "around five miles from Rostov's border with Ukraine, and specifically the so-called "
            "Luhansk People's Republic which Vladimir Putin claims is now part of Russia.",
            "five miles",
        ),
        (
            "101.RU said officials closed the city's entrances and exits while police set up "
            "checkpoints and searched for a man between 5'9 and 6'2 tall.",
            "between 5'9 and 6'2",
        ),
        (
            "Twenty people were hurt when the roof of the old market hall in the town centre fell in.",
            "Twenty",
        ),
        ("In a statement issued late on Sunday night the regional governor said that 12 died.", "12"),
    ],
    ids=["middle", "near-the-end", "at-the-start", "at-the-end"],
)
@pytest.mark.parametrize("context", [10, 25, 60])
def test_quotes_cut_between_words(sentence, claim, context):
    start = sentence.index(claim)
    before, after = around(sentence, start, start + len(claim), context)
    kept_before, kept_after = before.removeprefix("…"), after.removesuffix("…")
    assert sentence[:start].endswith(kept_before) and sentence[start + len(claim) :].startswith(kept_after)
    assert len(kept_before) <= context and len(kept_after) <= context
    assert before.startswith("…") == (kept_before != sentence[:start])
    assert after.endswith("…") == (kept_after != sentence[start + len(claim) :])
    if before.startswith("…") and kept_before:
        assert not _mid_word(sentence[:start], kept_before, "before"), before
    if after.endswith("…") and kept_after:
        assert not _mid_word(sentence[start + len(claim) :], kept_after, "after"), after


def test_a_claim_at_either_end_of_its_sentence_gets_no_ellipsis_there():
    sentence = TWENTY
    before, after = around(sentence, 0, len("Twenty"), 20)
    assert before == "" and after == " people were hurt…"
    before, after = around(sentence, sentence.index("fell in."), len(sentence), 20)
    assert before == "…in the town centre " and after == ""


def test_a_word_longer_than_the_window_leaves_only_the_ellipsis():
    sentence = "Officials named Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch as the town."
    start = sentence.index(" as ") + 1
    before, after = around(sentence, start, start + 2, 20)
    assert before == "…" and after == " the town."


def test_a_window_ending_on_a_word_boundary_keeps_that_word():
    before, after = around("aaa bbb ccc", 4, 7, 4)
    assert (before, after) == ("aaa ", " ccc")
    before, after = around("xx aaa bbb ccc yy", 7, 10, 4)
    assert (before, after) == ("…aaa ", " ccc…")


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.text(alphabet="abcdefghij'-,.", min_size=1, max_size=14), min_size=1, max_size=30),
    data=st.data(),
    context=st.integers(1, 70),
)
def test_no_cut_ever_splits_a_word(words, data, context):
    sentence = " ".join(words)
    index = data.draw(st.integers(0, len(words) - 1))
    start = len(" ".join(words[:index])) + (1 if index else 0)
    end = start + len(words[index])
    before, after = around(sentence, start, end, context)
    if before.startswith("…") and len(before) > 1:
        at = start - len(before.removeprefix("…"))
        assert at == 0 or sentence[at - 1] == " ", before
    if after.endswith("…") and len(after) > 1:
        at = end + len(after.removesuffix("…"))
        assert at == len(sentence) or sentence[at] == " ", after


def test_quote_marks_the_claim_at_its_own_offsets():
    sentence = "Russia said the attack in Russia was over."
    second = sentence.rindex("Russia")
    claim = _claim(sentence, second, "Russia")
    text = quote(claim)
    bold = [text.plain[span.start : span.end] for span in text.spans if "bold" in str(span.style)]
    assert bold == ["Russia"]
    assert next(span.start for span in text.spans if "bold" in str(span.style)) == second


# -- the width when piped -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "columns, width",
    [
        ("100", 100),
        ("200", 200),
        (" 90 ", 90),
        ("0", 140),
        ("-5", 140),
        ("wide", 140),
        ("", 140),
        (None, 140),
    ],
)
def test_pipe_width_honours_columns(columns, width):
    environ = {} if columns is None else {"COLUMNS": columns}
    assert pipe_width(environ) == width
