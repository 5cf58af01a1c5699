"""A murder-suicide told with a pronoun or a noun: the one who attacked
and then killed himself is an attacker dead (``killed`` of the
``attackers``, the claim "the gunman was killed" gives), never one more
victim; a suicide with no attack told before it stays one person's death.
Sentences written for this test in the shapes reporters use (names,
numbers, order and pronouns varied)."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text

ATTACKER = "attackers"
VICTIM = "victims"
CASES = [
    # the pronoun's suicide in the sentence after his attack
    (
        "A man shot his wife at their home in Dayton on Monday. He then killed himself, police said.",
        ATTACKER,
    ),
    (
        "Police said a woman shot her two sons in Reno on Friday night. She then took her own life.",
        ATTACKER,
    ),
    (
        "The gunman shot three coworkers at a warehouse in Tulsa. He then turned the gun on himself.",
        ATTACKER,
    ),
    # the attack told in a relative clause, by a verb that shares its "who"
    (
        "Police named the shooter as Dale Orton, who went back inside the house and shot his two sons. "
        "Then he turned the gun on himself.",
        ATTACKER,
    ),
    # the suicide joined to the attack by "and then"
    (
        "Officers said the man argued with his neighbor in Akron. He shot him and then killed himself.",
        ATTACKER,
    ),
    # a participle or a "before" clause of the attacker's sentence
    (
        "The gunman killed four people at a bar in Ohio on Saturday before taking his own life.",
        ATTACKER,
    ),
    (
        "Police said a man shot his girlfriend in Mesa on Sunday, then turned the gun on himself.",
        ATTACKER,
    ),
    # no attack told: her own death, one person's
    (
        "A woman was found dead in her home in Dayton on Monday. Police said she had killed herself.",
        VICTIM,
    ),
    (
        "A teenager was found dead in a park in Flint. Police said he turned the gun on himself.",
        VICTIM,
    ),
    # officers shot at him: he is no attacker by that sentence
    (
        "Officers shot the suspect's car tires in Boise. He then killed himself inside the car.",
        VICTIM,
    ),
]


def _deaths(claims):
    return [c for c in claims if c.kind.value == "killed" and c.value.low == 1]


@pytest.mark.parametrize(("text", "role"), CASES, ids=[c[0][:50] for c in CASES])
def test_suicide_of_the_one_who_attacked(pipeline, text, role):
    deaths = _deaths(claims_of_text(pipeline, text))
    roles = [c.count.role for c in deaths]
    assert role in roles, roles
    if role == ATTACKER:
        # the attacker's death is never read as one more victim's too
        assert all(c.count.role == ATTACKER or c.count.attacker is not None for c in deaths), roles


NO_DEATH = [
    # a suicide tried, not done: he may live (and is often flown to a hospital)
    "A father shot and killed his two daughters in Salem on Sunday, then turned the gun on himself "
    "in an attempted suicide.",
    "Police said the gunman wounded three clerks at a store in Erie before turning the gun on himself "
    "in a suicide attempt.",
    "A man shot his neighbor in Macon. He then tried to kill himself, police said.",
    # the set phrase in one sentence, the attempt told in another (a headline, the next line)
    "Mother wounds two sons in attempted suicide\n\nPolice said a woman shot her two sons in Lima "
    "before turning the gun on herself. She was flown to a hospital.",
    "Police said a man shot his brother in Yuma, then turned the gun on himself. Officers called it a "
    "suicide attempt; he is in critical condition.",
    # "shot himself" tells a wound, not a death
    "Deputies said a man shot his wife in Ocala on Friday and then shot himself.",
]


@pytest.mark.parametrize("text", NO_DEATH, ids=[t[:50] for t in NO_DEATH])
def test_a_tried_suicide_or_a_self_inflicted_wound_is_no_attacker_death(pipeline, text):
    deaths = [c for c in _deaths(claims_of_text(pipeline, text)) if c.count.role == ATTACKER]
    assert deaths == [], [c.evidence.text for c in deaths]
