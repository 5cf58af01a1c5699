"""Two ages of the one holder of a part, told by its noun in both reports.

Our own reports (invented names and places), after how island and agency
crash copy tells the driver of the one bus or coach by the noun alone with
an age in apposition: "The bus driver, a 45-year-old man from St Thomas, was
among those taken to hospital" against "The bus driver, 54, remained at the
hospital"; "The driver, a 61-year-old Finnish man, was not hurt" against
"The driver of the coach, a 67-year-old man, was unhurt".  Align pairs the
two as the one driver of the one vehicle either report names, so their
ages are one person's: not "far apart: two people", and a swap of the two
digits is a misprint.  Two bare "the driver" ages, a crash having a driver
per vehicle, stay a possible conflict, and the drivers of two kinds of
vehicle are never set against each other.
"""

from __future__ import annotations

from tests.conftest import findings_of, flagged

BUS_A = (
    "Nine hurt as truck hits bus near Marlow\n\n"
    "MARLOW -- Nine people were injured on Monday morning when a tipper truck hit the back of a "
    "school bus on the coast road near Marlow, police said. The bus driver, a 36-year-old man from "
    "Kessel, was among those taken to hospital."
)
BUS_B = (
    "MARLOW -- Nine people, most of them children, were taken to hospital on Monday after a tipper "
    "truck slammed into a school bus near Marlow. The bus driver, 63, was kept in hospital overnight."
)
COACH_A = (
    "ORSK -- Nineteen people were injured when a tourist coach overturned on an icy road near Orsk on "
    "Tuesday evening, police said. The driver, a 52-year-old local man, was not hurt."
)
COACH_B = (
    "ORSK -- A tourist coach slid off an icy road and rolled onto its roof near Orsk on Tuesday, "
    "injuring 19 people. The driver of the coach, a 58-year-old man, was unhurt, police said."
)


def _ages(*texts: str) -> list[tuple[str, list[float | None], list[str]]]:
    found = flagged(findings_of(*texts), "age")
    return [(f.status.value, sorted(c.value.low for c in f.claims), f.reasons) for f in found]


def test_the_bus_drivers_two_ages_with_their_digits_swapped_are_a_misprint():
    (status, ages, reasons), *rest = _ages(BUS_A, BUS_B)
    assert (status, ages, rest) == ("conflict", [36, 63], [])
    assert "the two digits swapped: a misprint" in reasons


def test_one_coach_driver_told_by_the_noun_and_by_the_coach_has_one_age():
    (status, ages, reasons), *rest = _ages(COACH_A, COACH_B)
    assert (status, ages, rest) == ("conflict", [52, 58], [])
    assert not any("far apart" in reason for reason in reasons)


def test_two_bare_drivers_may_be_of_two_vehicles():
    first = COACH_A.replace("a tourist coach overturned", "a car and a van collided")
    second = COACH_B.replace("The driver of the coach", "The driver")
    assert [status for status, _, _ in _ages(first, second)] == ["possible_conflict"]


def test_the_drivers_of_two_kinds_of_vehicle_are_never_one():
    first = BUS_A + " The driver of the truck, 29, was not injured."
    second = BUS_B.replace("The bus driver, 63,", "The truck driver, 63,")
    assert not any(ages == [36, 63] for _, ages, _ in _ages(first, second))


def test_the_bus_driver_of_a_report_of_two_buses_may_be_either_driver():
    """ "Two coaches collided ... The bus driver, 54": a report telling two
    vehicles of the kind (in the plural, or "a second bus") has a driver per
    bus, so the two ages stay a possible conflict, as two bare drivers do."""
    two_buses = BUS_A.replace("hit the back of a school bus", "hit two school buses")
    second_bus = BUS_B.replace("slammed into a school bus", "slammed into a school bus and a second bus")
    for first, second in ((two_buses, BUS_B), (BUS_A, second_bus)):
        assert [status for status, _, _ in _ages(first, second)] == ["possible_conflict"]


def test_a_fleet_or_the_kind_in_general_tells_no_second_bus_of_the_crash():
    """ "the Board now has 62 of its buses on the road", "accidents involving
    buses and coaches": a fleet and the kind in general are no vehicles of
    the crash, whose one bus still has one driver (genre53b 08 and 14)."""
    fleet = BUS_A + " The school board said it now has 48 of its buses on the road each morning."
    kind = COACH_B + " Accidents involving buses and coaches killed 11 people in the country last year."
    for first, second in ((fleet, BUS_B), (COACH_A, kind)):
        assert [status for status, _, _ in _ages(first, second)] == ["conflict"]


def test_the_driver_of_the_semi_is_the_semis_driver():
    """ "The driver of the semi, a 52-year-old man" against "the semi's
    driver, a 25-year-old man": one truck driver, whose ages conflict; the
    parser hung the first description on "semi" and read the second noun's
    possessor as another person."""
    first = (
        "GOLDEN, B.C. -- A semi and a pickup collided on the Trans-Canada Highway east of Golden on "
        "Thursday. The driver of the semi, a 52-year-old man from Surrey, was not seriously hurt."
    )
    second = (
        "GOLDEN, B.C. -- A semi collided with a pickup on the Trans-Canada Highway near Golden on "
        "Thursday. Police said the semi's driver, a 25-year-old man from Surrey, was not seriously hurt."
    )
    (status, ages, _), *rest = _ages(first, second)
    assert (status, ages, rest) == ("conflict", [25, 52], [])
