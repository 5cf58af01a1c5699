"""Who held the gun when it went off (``PersonDetails.held_gun``): "X was
handling a handgun when it went off", "As X was handling his rifle, it
discharged", "The gun X was holding discharged".  Sentences written for this
test in the shapes reporters use (varied from accidental shootings in the
dev corpora); a holding not tied to the gun going off, one the police fired
at, and an open question tell nothing."""

from __future__ import annotations

import pytest

from reportcheck.models import ClaimKind

from ...conftest import claims_of_text


def _held(pipeline, text: str) -> dict[str, tuple[bool | None, str | None]]:
    claims = claims_of_text(pipeline, text)
    return {
        c.evidence.text: (c.person.held_gun, c.person.held_hedge)
        for c in claims
        if c.kind is ClaimKind.person
    }


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Police said Marcus Vale, 20, was handling a handgun when it went off and struck Dion Pratt.",
            "Marcus Vale",
        ),
        (
            "As Hollis Dabner was handling his rifle, it discharged, hitting Ward Lyle in the chest.",
            "Hollis Dabner",
        ),
        ("The gun Troy Abbot was holding discharged, striking his cousin in the neck.", "Troy Abbot"),
        ("Deputies said Kyle Brant was handling the shotgun and it accidentally discharged.", "Kyle Brant"),
        # any gun of the weapon classes (rules/weapons.yaml), a make or a bare "weapon" too
        ("Deputies said Ray Tolver was handling a Glock when it went off, hitting Sam Pryde.", "Ray Tolver"),
        ("As Nell Ambry was holding the carbine, it discharged, striking Joss Lane.", "Nell Ambry"),
        ("Dean Carrow was handling the weapon when it went off and struck his son.", "Dean Carrow"),
    ],
)
def test_the_holder_of_the_gun_that_went_off_is_read(pipeline, text, holder):
    held = _held(pipeline, text)
    assert held[holder] == (True, None)
    assert all(value == (None, None) for name, value in held.items() if name != holder)


def test_a_holding_under_a_verb_of_belief_keeps_its_hedge(pipeline):
    held = _held(pipeline, "Police believe Kyle Brant was holding the gun when it went off.")
    assert held["Kyle Brant"] == (True, "believe")


@pytest.mark.parametrize(
    "text",
    [
        "Kyle Brant was holding a gun when officers fired.",  # the police fired, not the gun he held
        "Kyle Brant was holding a gun when deputies shot him in the yard.",
        "Deputies do not know if Kyle Brant was holding the gun when it went off.",
        "Kyle Brant may have been holding the gun when it went off.",
        # the first account a report then revises ("initially said ... now say")
        "Deputies initially said Kyle Brant was handling the gun when it went off.",
        "Kyle Brant was holding the gun, deputies said.",  # no going off: a police shooting tells it so
        "Kyle Brant was playing video games when the gun went off in the next room.",
    ],
)
def test_no_holder_where_the_report_does_not_tie_the_gun_going_off_to_him(pipeline, text):
    assert all(value == (None, None) for value in _held(pipeline, text).values())
