"""Words that an extractor and a later stage both read, from the knowledge layer.

The outcomes reader asks whether a report tells of a death anywhere, the
digest whether its lead does; the weapon-place judge asks whether a spot
("the scene") holds every other.  The sentences are written for these
tests, after the way local crime reports word it.
"""

from __future__ import annotations

import pytest

from reportcheck.knowledge.casualties import tells_of_a_death
from reportcheck.knowledge.weapons import holds_every_spot


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("A 19-year-old man died at the hospital early Sunday.", True),
        ("Police found the woman dead in her car.", True),
        ("The fatal shooting is the city's 40th homicide this year.", True),
        ("Two men were SLAIN outside a bar on Fifth Street.", True),
        ("He faces a charge of attempted murder.", False),  # a charge, no death
        ("Officers used deadly force after he pointed a gun.", False),
        ("He was charged with assault with a deadly weapon.", False),
        ("Three people were shot and wounded Saturday night.", False),
        ("He faces attempted  murder charges; the other victim died.", True),  # a death beside it
    ],
)
def test_a_text_tells_of_a_death(text, told):
    assert tells_of_a_death(text) is told


@pytest.mark.parametrize(
    ("name", "holds"),
    [("scene", True), ("Site", True), ("premises", True), ("trash can", False), ("car", False)],
)
def test_a_spot_that_holds_every_spot(name, holds):
    assert holds_every_spot(name) is holds
