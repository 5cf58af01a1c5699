"""A city roundup (one paragraph per shooting of a night) against another
outlet's story of one of its shootings: the paragraph that tells the story's
shooting is compared with the story, the roundup's other shootings are not
(reportcheck.roundups).  The texts are our own, written the way city desks
write roundups and single-shooting stories."""

from __future__ import annotations

import datetime as dt

import pytest

from reportcheck.api import compare_reports
from reportcheck.load import load_text
from reportcheck.models import Comparison

DAY = dt.date(2026, 3, 9)

ROUNDUP = (
    "One dead, four wounded in overnight Brookfield shootings\n\n"
    "A rash of shootings across the city early Sunday left one man dead and four other people wounded, "
    "police said.\n\n"
    "In Eastgate, a gunman shot a 31-year-old man to death around 1:20 a.m., police said.\n\n"
    "Later, {victim} was shot in the arm outside a bar on {street} around 11:40 p.m., police said.\n\n"
    "She was taken to Mercy Hospital in stable condition.\n\n"
    "In Northfield, three men were wounded when someone opened fire on a porch at 3:05 a.m.\n\n"
    "The three men were taken to County General Hospital.\n"
)

STORY = (
    "Woman shot outside Brookfield bar\n\n"
    "A woman was shot outside a bar {where} late Saturday, police said.\n\n"
    "{victim}, {age}, was hit in the arm at about 11:10 p.m. and taken to Mercy Hospital.\n\n"
    "No arrests have been made.\n"
)


def _compare(roundup: str, story: str) -> Comparison:
    return compare_reports([load_text(roundup, date=DAY), load_text(story, date=DAY)])


def _findings(comparison: Comparison, status: str) -> list[tuple[str, list[str]]]:
    return sorted(
        (f.kind.value, sorted(c.evidence.text for c in f.claims))
        for f in comparison.findings
        if f.status.value == status and len({c.report for c in f.claims}) == 2
    )


@pytest.mark.parametrize(("name", "age"), [("Tamika Rowe", "27"), ("Alisha Mendez", "19")])
def test_the_roundup_paragraph_naming_the_story_s_victim_is_compared_with_the_story(pipeline, name, age):
    roundup = ROUNDUP.format(victim=f"{name}, {age},", street="Dale Street")
    story = STORY.format(where="on Birch Avenue", victim=name, age=age)
    comparison = _compare(roundup, story)
    conflicts = _findings(comparison, "conflict")
    # the paragraph's time meets the story's; the roundup's first killing (31, 1:20 a.m.) does not
    assert ("time", ["11:10 p.m.", "11:40 p.m."]) in conflicts
    assert not any("1:20 a.m." in texts or "31-year-old" in texts for _, texts in conflicts)
    assert comparison.incident_match is not None
    assert comparison.incident_match.decision != "different"
    assert any("roundup" in e.detail for e in comparison.incident_match.evidence)


def test_a_street_both_name_on_one_day_ties_an_unnamed_victim_to_the_paragraph(pipeline):
    roundup = ROUNDUP.format(victim="a 27-year-old woman", street="Dale Street")
    story = (
        "Woman shot outside Brookfield bar\n\n"
        "A 29-year-old woman was shot outside a bar on the corner of Dale and Pine streets early Sunday, "
        "police said.\n\n"
        "She was hit in the arm at about 11:40 p.m. and taken to Mercy Hospital.\n"
    )
    comparison = _compare(roundup, story)
    assert ("age", ["27-year-old", "29-year-old"]) in _findings(comparison, "conflict")
    assert ("time", ["11:40 p.m.", "11:40 p.m."]) in _findings(comparison, "agree")


@pytest.mark.parametrize(
    ("street", "where"),
    [
        ("West 79th Place", "on West 79th Place"),
        ("Fifth Avenue", "on 5th Avenue"),
        ("Thirteenth Street", "in the 1300 block of 13th Street"),
        ("23rd Street", "on the corner of Twenty-Third and Pine streets"),
        # the possessive's apostrophe the street reader drops, kept or not
        ("Bell's Ferry Road", "on Bell's Ferry Road"),
        ("Bells Ferry Road", "on Bell’s Ferry Road"),
    ],
)
def test_a_numbered_street_named_either_way_ties_the_paragraph(pipeline, street, where):
    """A numbered street in figures or in words, with "Place" or "Court" after
    its figure, is one street to the roundup's matcher as to the venue reader."""
    roundup = ROUNDUP.format(victim="a 27-year-old woman", street=street)
    story = (
        "Woman shot outside Brookfield bar\n\n"
        f"A 29-year-old woman was shot outside a bar {where} early Sunday, police said.\n\n"
        "She was hit in the arm at about 11:40 p.m. and taken to Mercy Hospital.\n"
    )
    comparison = _compare(roundup, story)
    assert ("age", ["27-year-old", "29-year-old"]) in _findings(comparison, "conflict")


def test_a_roundup_whose_paragraphs_share_no_name_or_street_with_the_story_stays_apart(pipeline):
    roundup = ROUNDUP.format(victim="Tamika Rowe, 27,", street="Dale Street")
    story = STORY.format(where="on Birch Avenue", victim="Alisha Mendez", age="19")
    comparison = _compare(roundup, story)
    assert _findings(comparison, "conflict") == []
    assert comparison.incident_match is not None
    assert not any("roundup" in e.detail for e in comparison.incident_match.evidence)


def test_a_name_two_paragraphs_of_the_roundup_give_picks_out_neither(pipeline):
    # a relative named in two shootings' paragraphs says nothing of which one the story tells
    roundup = (
        ROUNDUP.format(victim="Tamika Rowe, 27,", street="Dale Street")
        .replace("In Northfield, three men", "In Northfield, Tamika Rowe's brother and two other men")
        .replace(
            "The three men were taken",
            "Tamika Rowe was told of it at Mercy Hospital. The three men were taken",
        )
    )
    story = STORY.format(where="on Birch Avenue", victim="Tamika Rowe", age="27")
    comparison = _compare(roundup, story)
    assert comparison.incident_match is not None
    assert not any("roundup" in e.detail for e in comparison.incident_match.evidence)


@pytest.mark.parametrize(
    "where", ["on Dale Road", "on Glen Dale Street", "at the corner of Oak and Dale avenues"]
)
def test_a_street_of_another_name_or_kind_picks_out_no_paragraph(pipeline, where):
    # "Glen Dale Street" and "Dale Road" are other streets than the roundup's "Dale Street"
    roundup = ROUNDUP.format(victim="a 27-year-old woman", street="Dale Street")
    story = (
        "Woman shot outside Brookfield bar\n\n"
        f"A 29-year-old woman was shot outside a bar {where} early Sunday, police said.\n\n"
        "She was hit in the arm at about 11:10 p.m. and taken to Mercy Hospital.\n"
    )
    comparison = _compare(roundup, story)
    assert comparison.incident_match is not None
    assert not any("roundup" in e.detail for e in comparison.incident_match.evidence)


@pytest.mark.parametrize(
    ("headline", "roundup"),
    [
        ("Inquiry opens into crash of air taxi near Port Ellery", False),
        ("Investigators study the crash of a cargo plane at Millbrook", False),
        ("A rash of shootings across the city left two dead", True),
        ("A spate of stabbings overnight left three hurt", True),
    ],
)
def test_a_roundup_phrase_is_read_as_whole_words(pipeline, headline, roundup):
    # "crash of" holds the letters of "rash of" but is the story of one crash
    from reportcheck.incident_events import roundup_cue

    doc = pipeline(f"{headline}.\n\nThe pilot and two passengers died, officials said.")
    assert (roundup_cue(list(doc.sents)) is not None) is roundup
