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
