"""The one weapon a report names, however often it also says "the gun"
(compare/weapons.py).  A report names the gun once by its calibre and calls it
"a gun" or "the weapon" elsewhere; those are one weapon, so two reports that
each name one gun by a different calibre contradict each other.

The first case quotes ECB+ 19_3ecbplus and 19_8ecbplus (CC BY 3.0, Cybulska &
Vossen 2014); the others are written for these tests in the same patterns."""

from __future__ import annotations

from reportcheck.models import ClaimKind, Status

from ..conftest import findings_of


def _weapon_conflicts(a: str, b: str) -> list[tuple[str, ...]]:
    return [
        tuple(sorted(c.evidence.text.strip() for c in f.claims))
        for f in findings_of(a, b)
        if f.kind is ClaimKind.weapon and f.status is Status.conflict
    ]


def test_two_calibres_of_the_one_gun_conflict_though_both_say_gun(pipeline):
    # ECB+ 19_3ecbplus / 19_8ecbplus, shortened
    a = (
        "Many in the community contest police allegations that Gray pointed a gun at cops when he"
        " was shot during a confrontation with two plainclothes officers on E. 52nd St. Saturday night."
        " A loaded .38-caliber revolver was recovered at the scene."
    )
    b = (
        "Two plainclothes NYPD officers shot and killed a 16-year-old Brooklyn resident after police"
        " say he pointed a gun at officers on Saturday. Gray then turned around and pointed a .357"
        " caliber revolver at them, according to police accounts."
    )
    assert _weapon_conflicts(a, b) == [(".357 caliber revolver", ".38-caliber revolver")]


def test_a_pistol_by_millimetres_against_another_calibre_conflicts(pipeline):
    a = (
        "Officers said the man fired at them before they shot him. Investigators recovered a 9mm"
        " handgun near his body, and the weapon had been reported stolen, police said."
    )
    b = (
        "The suspect opened fire on the deputies with a .45-caliber handgun, the sheriff said."
        " Deputies returned fire and the gun was found under a car."
    )
    assert len(_weapon_conflicts(a, b)) == 1


def test_the_same_calibre_told_more_loosely_is_no_conflict(pipeline):
    a = "Police said the teenager pointed a .38-caliber revolver at the officers before they fired."
    b = "The boy had a gun, a loaded .38 revolver, when the two officers opened fire, police said."
    assert _weapon_conflicts(a, b) == []


def test_a_report_that_names_two_guns_contradicts_no_one_gun(pipeline):
    a = (
        "Police recovered a .40-caliber pistol and a 9mm handgun from the car after the shootout,"
        " and both guns had been stolen."
    )
    b = "The suspect fired a .45-caliber handgun at the deputies, police said."
    assert _weapon_conflicts(a, b) == []
