"""Named gun models (rules/weapons.yaml ``models``, ``makers``, ``model_code``):
two reports that name two models of the one gun contradict each other even when
both models are of one class ("an AK-47" and "an R5 assault rifle" are both
assault rifles); one model written two ways ("AK47", "Kalashnikov"), a model
and its class, a maker and its model agree or are compatible; a report that
names two models (a cache of guns) contradicts no one model.  Invented
sentences written in the patterns of agency and local crime reports."""

from __future__ import annotations

from reportcheck.models import ClaimKind, Status

from ..conftest import findings_of

_CONFLICTS = (Status.conflict, Status.possible_conflict)


def _weapon_findings(a: str, b: str, statuses: tuple[Status, ...]) -> list[tuple[str, ...]]:
    return [
        tuple(sorted(c.evidence.text.strip() for c in f.claims))
        for f in findings_of(a, b)
        if f.kind is ClaimKind.weapon and f.status in statuses
    ]


def test_two_models_of_one_class_conflict(pipeline):
    a = "A gunman opened fire with an AK-47 outside the Varnell bus depot on Friday, police said."
    b = "The attacker sprayed the queue at the Varnell depot with an R5 assault rifle, witnesses said."
    assert _weapon_findings(a, b, _CONFLICTS) == [("AK-47", "assault rifle")]


def test_the_one_rifle_of_a_gang_by_two_models_conflicts(pipeline):
    a = (
        "Three men armed with pistols and an AK-47 rifle stormed the Lindeque bar in Orsk on Saturday"
        " night and shot at customers, the police spokesman said."
    )
    b = (
        "The three attackers carried handguns and a G3 rifle when they entered the Lindeque bar,"
        " a survivor told reporters."
    )
    assert len(_weapon_findings(a, b, _CONFLICTS)) == 1


def test_two_pistols_of_one_maker_by_number_conflict(pipeline):
    a = "Detectives said the officer was shot with a Glock 17 taken from his holster in Tarrow Park."
    b = "The suspect grabbed the officer's Glock 19 and fired twice, the Tarrow Park chief said."
    assert len(_weapon_findings(a, b, _CONFLICTS)) == 1


def test_one_model_written_two_ways_agrees(pipeline):
    a = "The gunman, 24, fired an AK47 at the crowd in Selby Square, police said."
    b = "Witnesses in Selby Square said the 24-year-old gunman used a Kalashnikov."
    assert _weapon_findings(a, b, _CONFLICTS) == []
    assert _weapon_findings(a, b, (Status.agree,)) == [("AK47", "Kalashnikov")]


def test_a_model_and_its_class_or_its_maker_are_compatible(pipeline):
    a = "The man drew a Glock 19 pistol and fired at the clerk of the Brenner Road store."
    b = "The robber pulled out a Glock and fired one shot at the Brenner Road store clerk."
    c = "The robber pulled a semi-automatic pistol on the Brenner Road store clerk and fired."
    assert _weapon_findings(a, b, _CONFLICTS) == []
    assert _weapon_findings(a, c, _CONFLICTS) == []
    assert _weapon_findings(a, c, (Status.compatible,)) != []


def test_a_cache_of_two_models_contradicts_no_one_model(pipeline):
    a = (
        "Police searching the flat in Kessel Lane found an AK-47 and an Uzi along with"
        " ammunition, a spokesman said."
    )
    b = "The gunman had fired an M4 rifle from the window of the Kessel Lane flat, police said."
    assert _weapon_findings(a, b, _CONFLICTS) == []


def test_a_model_of_another_class_is_another_gun(pipeline):
    # the officer's pistol, the one model a report names, against the
    # gunman's rifle, the other's: two guns, no model told two ways
    a = (
        "A man armed with a rifle killed two people outside the Harwick Lane pharmacy on Monday."
        " He was shot dead by a constable carrying a Glock 22."
    )
    b = (
        "The gunman, who carried a Remington 700 rifle, killed two people at the Harwick Lane"
        " pharmacy before officers shot him, the inspector said."
    )
    assert _weapon_findings(a, b, _CONFLICTS) == []


def test_one_model_among_several_weapons_is_one_value_each(pipeline):
    # each report lists other arms beside its one rifle: the other arms are no
    # rival values of the rifle, so no "a report gives N values" grades it down
    a = (
        "Four robbers armed with knives, a shotgun, pistols and an AK-47 rifle raided the Kestrel"
        " Mall in Dunmore on Thursday, police said."
    )
    b = (
        "The gang carried machetes, handguns, a hunting shotgun and an R5 assault rifle when it"
        " stormed the Kestrel Mall, a guard told reporters."
    )
    models = [f for f in findings_of(a, b) if f.kind is ClaimKind.weapon and f.status in _CONFLICTS]
    assert len(models) == 1
    assert not any("values of" in reason for reason in models[0].reasons), models[0].reasons
