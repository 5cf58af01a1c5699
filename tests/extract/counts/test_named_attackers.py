"""A person the report names as the attacker stays the attacker wherever
the name (or the surname alone) comes back: their death or wound is an
attacker's (``killed`` of the ``attackers``), never one more victim, and
the story's toll of victims is left as it is.  Sentences written for this
test in the shapes reporters use (names, numbers and order varied)."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text

ATTACKER = "attackers"
VICTIM = "victims"
CASES = [
    # the gunman named, his death told by the surname alone
    (
        "Police identified the gunman as Derek Moss, 34. Three people were killed. "
        "Moss was killed in a shootout with deputies.",
        [("killed", VICTIM, 3, None), ("killed", ATTACKER, 1, None)],
    ),
    # two attackers named as they open fire, their deaths told together
    (
        "Lena Ortiz and Paul Haskins opened fire at a warehouse in Tulsa, killing four people. "
        "Ortiz and Haskins were later found dead inside a car.",
        [("killed", VICTIM, 4, None), ("killed", ATTACKER, 2, None)],
    ),
    # "himself": the shooter's own death
    (
        "The shooter, Carl Benning, killed two coworkers. Benning then killed himself in the parking lot.",
        [("killed", VICTIM, 2, None), ("killed", ATTACKER, 1, None)],
    ),
    # "took his own life": a death, the named shooter's
    (
        "Sheriff's officials identified the shooter as Wade Kessler. Two deputies were wounded. "
        "Kessler took his own life as officers closed in.",
        [("injured", VICTIM, 2, None), ("killed", ATTACKER, 1, None)],
    ),
    (
        "Four people were killed. The gunman later took his own life, police said.",
        [("killed", VICTIM, 4, None), ("killed", ATTACKER, 1, None)],
    ),
    # named as the gunman by the predicate, dying after he turned the gun on himself
    (
        "Two people died in the attack. Investigators said Ray Colter was the gunman. "
        "Colter shot himself in the head and died at the scene.",
        [("killed", VICTIM, 2, None), ("killed", ATTACKER, 1, None)],
    ),
    # the full name again, wounded
    (
        "Deputies said Amy Lutz, 41, opened fire on her neighbors. Amy Lutz was wounded by deputies.",
        [("injured", ATTACKER, 1, None)],
    ),
    # one of two named attackers dies: a share of the attackers, not their total
    (
        "Police named the gunmen as Omar Reyes and Luis Batista. Reyes died at the scene; "
        "Batista was arrested hours later.",
        [("killed", ATTACKER, 1, "named:reyes")],
    ),
    # a victim named by the same words stays a victim
    (
        "The gunman, Dale Fenner, shot Kevin Dunn, 23, outside a bar. Dunn died at a hospital.",
        [("killed", VICTIM, 1, "*")],
    ),
    # a parent charged after a child's accidental shooting, hurt in it, is no attacker;
    # nor is another of the family, named by the same surname
    (
        "Deputies arrested Quincy Hale and Marsha Hale after an accidental shooting. Marsha Hale has been "
        "charged with obstruction. Marsha Hale suffered a gunshot wound to the leg.",
        [("injured", VICTIM, 1, "*")],
    ),
    (
        "Police said Joel Pratt shot at officers. Pratt was arrested. Dana Pratt, his niece, was wounded.",
        [("injured", VICTIM, 1, "*")],
    ),
    # the victims named and killed: no attacker among them
    (
        "Maria Gomez and Tom Reilly were shot at the store. Gomez and Reilly died at the hospital.",
        [("killed", VICTIM, 2, "*")],
    ),
]


def _killed_or_hurt(claims):
    return [c for c in claims if c.kind.value in ("killed", "injured")]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:50] for c in CASES])
def test_named_attacker_keeps_the_role(pipeline, text, want):
    counts = _killed_or_hurt(claims_of_text(pipeline, text))
    got = [(c.kind.value, c.count.role, c.value.low, c.frame.scope) for c in counts]
    for kind, role, low, scope in want:
        assert any(g[:3] == (kind, role, low) and (scope == "*" or g[3] == scope) for g in got), got
    if not any(role == ATTACKER for _, role, _, _ in want):
        assert all(c.count.role != ATTACKER for c in counts), got
    # the attacker's death is never read as a victim's too
    victims = {(kind, low) for kind, role, low, _ in want if role == VICTIM}
    assert all((g[0], g[2]) in victims for g in got if g[1] == VICTIM and g[3] is None), got
