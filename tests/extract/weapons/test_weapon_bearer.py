"""Whose weapon a weapon phrase names: a riot story gives both sides'
weapons, a police shooting the officer's gun and the suspect's; the
security forces' weapons have a subject of their own and are never set
against the attacker's (rules/weapons.yaml: security_wielders, security_classes); a weapon of war
fired by troops is the attack's own (war_classes)."""

from __future__ import annotations

import pytest

from reportcheck.extract.weapons.component import SECURITY_SUBJECT

from ...conftest import claims_of_text, conflict_kinds


def _subjects(pipeline, sentence: str) -> dict[str, str]:
    return {
        c.evidence.text: c.subject for c in claims_of_text(pipeline, sentence) if c.kind.value == "weapon"
    }


@pytest.mark.parametrize(
    ("sentence", "security", "attacker"),
    [
        (
            "Hundreds of youths hurled stones at the police, who answered with stun grenades.",
            ["stun grenades"],
            [],
        ),
        (
            "Riot police fired rubber bullets as rioters threw petrol bombs.",
            ["rubber bullets"],
            ["petrol bombs"],
        ),
        ("Demonstrators tried to block the bridge and hurled firebombs at officers.", [], ["firebombs"]),
        ("As the woman advanced on troopers with her knife, one of them fired.", [], ["knife"]),
        ("He advanced on two deputies with his knife, and one shot him.", [], ["knife"]),
        ("The gunman opened fire on officers with a rifle from the porch.", [], ["rifle"]),
        (
            "The trooper shot the driver with his pistol after the man raised a shotgun.",
            ["pistol"],
            ["shotgun"],
        ),
        ("The suspect was shot by a deputy with a rifle.", ["rifle"], []),
        ("Soldiers opened fire with machine guns on the marchers.", ["machine guns"], []),
        ("Police said the gunman used a revolver.", [], ["revolver"]),
        ("A shotgun was found in the car, officers said.", [], ["shotgun"]),
        ("Protesters pelted officers with rocks and firebombs.", [], ["firebombs"]),
        ("Deputies recovered a rifle from the trunk of the car.", [], ["rifle"]),
        ("Officers carried the bomb into the bank, where it went off.", [], ["bomb"]),
        # a weapon of war is the attack's, whoever fires it (war_classes)
        ("Enemy forces struck the village of Dolbino with a guided aerial bomb.", [], ["guided aerial bomb"]),
        ("Government troops fired rockets at the camp on Tuesday.", [], ["rockets"]),
        ("The army launched a ballistic missile at the port, officials said.", [], ["ballistic missile"]),
    ],
)
def test_the_security_forces_weapons_are_told_apart(pipeline, sentence, security, attacker):
    subjects = _subjects(pipeline, sentence)
    assert sorted(t for t, s in subjects.items() if s == SECURITY_SUBJECT) == security
    assert sorted(t for t, s in subjects.items() if s == "weapon") == attacker


def test_a_riot_s_two_sides_weapons_are_no_conflict(pipeline):
    first = "A petrol bomb thrown by rioters set fire to a bank in Lorca, killing two clerks.\n"
    second = (
        "Rioters threw Molotov cocktails at a bank in Lorca and two clerks died.\n"
        "Police responded with stun grenades and tear gas.\n"
    )
    assert "weapon" not in conflict_kinds(first, second)


def test_two_attackers_weapons_still_conflict(pipeline):
    first = "A gunman armed with a shotgun killed two clerks at a bank in Lorca.\n"
    second = "A gunman armed with a rifle killed two clerks at a bank in Lorca.\n"
    assert "weapon" in conflict_kinds(first, second)
