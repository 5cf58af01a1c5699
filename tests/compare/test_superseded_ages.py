"""A report that corrects an age it or its source gave earlier ("Earlier,
the sheriff said Kevin was 13 years old, but ...", "Police initially said
... was 19 years old", "An earlier version of this story misstated ...")
keeps the earlier age as an earlier figure of that named person, never as its
claim; its current age is what is set against the other report's, and the
earlier age links the other report's unnamed person of that age to the named
one (extract/core/revisions.py; ``earlier`` governed by a verb of telling and
``misstated`` in rules/cues.yaml; the predicate age of
extract/people/component.py; compare/earlier.py notes the correction).

The sentences are invented after how wire updates correct a child's age
after a news conference; names and figures are varied."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import extract_report
from reportcheck.knowledge.vocabulary import EARLIER_FIGURE
from reportcheck.load import load_text
from tests.conftest import findings_of


def _read(text: str, kind: str = "age") -> list[tuple[str, str, float | None, bool]]:
    """Each ``kind`` claim: its words, subject, value and whether it is an earlier figure."""
    claims = extract_report(load_text(text, date=dt.date(2026, 3, 10)), 0).claims
    return [
        (c.evidence.text, c.subject, c.value.low, (c.frame.measure or "").endswith(EARLIER_FIGURE))
        for c in claims
        if c.kind.value == kind
    ]


@pytest.mark.parametrize(
    ("text", "earlier", "current"),
    [
        # "Earlier, <source> said NAME was N years old, but ..."
        (
            "The boys were identified as 12-year-old Jason Miller, 7-year-old Tyler Miller and "
            "15-year-old Ryan Miller. Earlier, the sheriff said Jason was 13 years old, but at a "
            "news conference he said Jason turns 13 next month.",
            ("13 years old", "person:jason miller", 13.0),
            ("12-year-old", "person:jason miller", 12.0),
        ),
        # "initially said" before, the current age told as a predicate
        (
            "Police initially said Michael Brown was 19 years old. "
            "His family said Michael Brown was 18 years old.",
            ("19 years old", "person:brown", 19.0),
            ("18 years old", "person:brown", 18.0),
        ),
        # "said earlier" after the age
        (
            "Michael Brown, 18, died at the scene. "
            "Michael Brown was 19 years old, the police chief said earlier.",
            ("19 years old", "person:brown", 19.0),
            ("Michael Brown, 18", "person:brown", 18.0),
        ),
        # "An earlier version of this story misstated ..." / "misstated" alone
        (
            "Devon Hale, 18, died at the scene. "
            "An earlier version of this story misstated that Hale was 19 years old.",
            ("19 years old", "person:hale", 19.0),
            ("Devon Hale, 18", "person:hale", 18.0),
        ),
        (
            "Devon Hale, 18, died at the scene. The station misstated that Devon Hale was 19 years old.",
            ("19 years old", "person:hale", 19.0),
            ("Devon Hale, 18", "person:hale", 18.0),
        ),
    ],
)
def test_a_corrected_age_is_the_named_persons_earlier_figure(text, earlier, current):
    read = _read(text)
    assert (*earlier, True) in read
    assert (*current, False) in read


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        # "Earlier," of the event, not of an account: no verb of telling
        (
            "Earlier, a 16-year-old boy was shot in the 300 block of West Main Street. "
            "A 15-year-old boy was wounded Sunday.",
            "age",
            "16-year-old",
        ),
        # a count that changed as the event went on is no corrected figure
        (
            "Police initially reported two people injured; one of the victims later died, police said.",
            "injured",
            "two people",
        ),
        # "said earlier" with no other value of the fact: the report's only word on it
        ("Police said earlier that the gunman was 45 years old.", "age", "45 years old"),
    ],
)
def test_an_event_earlier_or_a_count_that_changed_is_no_earlier_figure(text, kind, words):
    read = _read(text, kind)
    assert any(w == words and not earlier for w, _, _, earlier in read)


def test_a_count_that_changed_keeps_its_later_death():
    """ "initially two injured, one later died": the death is read as a death."""
    text = "Police initially reported two people injured; one of the victims later died, police said."
    assert ("one of the victims", "victims", 1.0, False) in _read(text, "killed")


def test_the_current_age_is_set_against_the_other_reports_unnamed_boy():
    """The other report's unnamed 13-year-old who fired is the named boy the
    first report first gave as 13 and corrected to 12: 12 against 13 is a
    conflict whose reasons quote the correction, and the earlier 13 agrees
    with nothing as the report's claim."""
    a = (
        "The boys were identified as 12-year-old Jason Miller, 7-year-old Tyler Miller and "
        "15-year-old Ryan Miller. Earlier, the sheriff said Jason was 13 years old, but at a "
        "news conference he said Jason turns 13 next month."
    )
    b = (
        "A 13-year-old boy shot his 7-year-old brother to death and wounded his 15-year-old "
        "brother, the sheriff's office said."
    )
    findings = [f for f in findings_of(a, b) if f.kind.value == "age"]
    conflicts = [f for f in findings if f.status.value == "conflict"]
    assert len(conflicts) == 1
    words = {c.evidence.text for c in conflicts[0].claims}
    assert {"12-year-old", "13-year-old"} <= words
    assert "13 years old" not in words
    assert any("corrects its earlier figure (13 years old)" in r for r in conflicts[0].reasons)
    agreed = [{c.evidence.text for c in f.claims} for f in findings if f.status.value == "agree"]
    assert not any("13 years old" in w for w in agreed)
