"""Where a victim died (extract/places/deathplace.py): the stages a phrase
allows and who it is about.  Sentences written for these tests in the
patterns of US shooting reports: the place told before the death in a
"where" clause, the death on the way, a doubted place."""

from __future__ import annotations

import pytest

from reportcheck.extract.places.deathplace import find_death_places

ANY = "scene or on the way to hospital or hospital"


def _places(pipeline, text: str) -> list[tuple[str, str | None]]:
    """(stages allowed, victim named) of each place of death in ``text``."""
    doc = pipeline(text)
    return [(c.value.name, c.details.victim) for c in find_death_places(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place first, carried there by another: the carried one died
        ("Ramirez was taken by his uncle to Cook County Hospital, where he died.", [("hospital", "Ramirez")]),
        (
            "Paramedics rushed Kevin Walsh to Mercy Hospital, where he later died.",
            [("hospital", "Kevin Walsh")],
        ),
        ("She was rushed to a local hospital where she died a short time later.", [("hospital", None)]),
        ("The boy was flown to UPMC Presbyterian in Pittsburgh, where he died Sunday.", [("hospital", None)]),
        (
            "He was transported to the hospital by a friend, where he succumbed to his injuries.",
            [("hospital", None)],
        ),
        ("His mother drove him to St. Luke's Hospital, where he died two hours later.", [("hospital", None)]),
        # a pronouncement at the hospital allows an earlier death
        ("The teen was taken to Jacobi Medical Center, where he was pronounced dead.", [(ANY, None)]),
        # on the way there
        (
            "Michael Reyes died on the way to the hospital, police said.",
            [("on the way to hospital", "Michael Reyes")],
        ),
        ("The girl died while en route to the hospital.", [("on the way to hospital", None)]),
        ("He was pronounced dead at the scene.", [("scene", None)]),
        # a doubted place allows every stage
        ("It was not clear whether the man died at the scene.", [(ANY, None)]),
        ("Police said he may have died on the way to the hospital.", [(ANY, None)]),
        # no death, or a place that is no hospital: nothing
        ("He was taken to a hospital, where he was treated and released.", []),
        ("The trail of blood led to the house next door, where he died.", []),
    ],
)
def test_death_place(pipeline, text, expected):
    assert _places(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found dead, the one found the subject: the scene, with no place phrase after it
        (
            "When deputies arrived, John Miller was found dead from a gunshot wound.",
            [("scene", "John Miller")],
        ),
        ("A woman and her son were found shot dead inside their home.", [("scene", None)]),
        ("The gunman was dead when officers arrived at the house.", [("scene", None)]),
        ("Both men were already dead when police reached the car.", [("scene", None)]),
        # the one found the object of a finding verb
        (
            "Officers responding to the call found Robert Jones dead on the sidewalk.",
            [("scene", "Robert Jones")],
        ),
        ("Police arrived and found the girl dead in the basement.", [("scene", None)]),
        # every form of a finding verb (rules/people.yaml finding_verbs, by lemma)
        ("Deputies located the driver dead behind the wheel.", [("scene", None)]),
        ("A neighbor discovered her dead in the kitchen.", [("scene", None)]),
        # a verb that finds no one is passed over without swallowing the finding after it
        ("Police told her they found him dead in the yard.", [("scene", None)]),
        ("Witnesses saw the man dead on the road.", []),
        # who came: a responder of rules/events.yaml, or "they"
        ("The woman was dead when paramedics arrived.", [("scene", None)]),
        ("The woman was dead when they arrived.", [("scene", None)]),
        ("The woman was dead when her sister arrived.", []),
        # found wounded is no death; found dead in a hospital is no scene
        ("Police found him wounded in the driveway.", []),
        ("John Miller was found dead in his bed at St. Mary's Hospital.", []),
        # the report itself says the one found died later at a hospital: no place read from "found"
        (
            "The man was found dead in the garage. He was rushed to a hospital, where he later died.",
            [("hospital", None)],
        ),
        # a doubted finding allows every stage
        ("It was unclear whether he was found dead.", [(ANY, None)]),
    ],
)
def test_found_dead_is_a_death_at_the_scene(pipeline, text, expected):
    assert _places(pipeline, text) == expected


@pytest.mark.parametrize(
    ("found", "status"),
    [
        ("When officers arrived, the man was found dead.", "conflict"),
        ("The man was dead when deputies arrived.", "conflict"),
        ("Officers found the man wounded.", None),  # no death told: the hospital's death alone
    ],
)
def test_found_dead_set_against_a_later_death_at_a_hospital(pipeline, found, status):
    import datetime as dt

    from reportcheck.api import compare_reports
    from reportcheck.load import load_text

    lead = "A man was shot on Elm Street on Sunday night. "
    other = lead + "He was rushed to a hospital, where he later died. No arrests have been made."
    reports = [load_text(text, date=dt.date(2026, 3, 10)) for text in (lead + found, other)]
    places = [
        f
        for f in compare_reports(reports).findings
        if f.subject.startswith("death-place:") and f.status != "only_in_one"
    ]
    assert [f.status for f in places] == ([status] if status else [])
