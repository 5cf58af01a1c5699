"""Two drivers of a crash of two vehicles, each told by the kind of vehicle
they drove ("The lorry driver, a 47-year-old man", "the driver of the HGV",
"The train driver, 58"): one report's lorry driver is the other's HGV or
truck driver (``part_vehicles`` of rules/people.yaml), never its train or
bus driver.  Keyed by the noun alone, a report giving both drivers an age
told two ages of one description, and neither met the other report's.
Where no report tells drivers of two kinds, the noun alone pairs them as
before.  Invented sentences after crash reports."""

from __future__ import annotations

from reportcheck.models import Status

from ..conftest import age_pairs, report_claims

LORRY_DRIVER = (
    "A regional train hit a lorry at a level crossing near Velmark on Tuesday morning, police said. "
    "The lorry driver, a 44-year-old man from Hallin, and one train passenger died at the scene."
)
HGV_AND_TRAIN_DRIVERS = (
    "Two people died when a train struck an HGV at a crossing near Velmark on Tuesday. "
    "The dead were the 41-year-old driver of the HGV and a passenger on the train. "
    "The train driver, 56, was treated for shock."
)
TRUCK_AND_BUS_DRIVERS = (
    "A bus collided with a truck on the Orsk highway on Friday. The 41-year-old truck driver "
    "was killed. The bus driver, 38, was seriously injured, officials said."
)
BUS_DRIVER = (
    "A bus and a truck collided on the Orsk highway on Friday. The bus driver, a 35-year-old man, "
    "was seriously hurt, and the truck's driver died."
)


def _statuses(pairs, first: float) -> list[tuple[list[float], Status]]:
    """(the other report's ages, status) of the findings holding ``first``."""
    return [(b, status) for a, b, status in pairs if a == [first]]


def test_the_lorry_driver_meets_the_driver_of_the_hgv_not_the_train_driver():
    pairs = age_pairs(LORRY_DRIVER, HGV_AND_TRAIN_DRIVERS, min_confidence=0)
    assert _statuses(pairs, 44.0) == [([41.0], Status.conflict)], pairs
    assert ([], [56.0], Status.only_in_one) in pairs, pairs


def test_the_bus_driver_meets_the_bus_driver_not_the_truck_driver():
    pairs = age_pairs(BUS_DRIVER, TRUCK_AND_BUS_DRIVERS, min_confidence=0)
    assert _statuses(pairs, 35.0) == [([38.0], Status.conflict)], pairs
    assert ([], [41.0], Status.only_in_one) in pairs, pairs


def test_the_kind_of_vehicle_is_read_before_after_and_as_a_possessive():
    text = (
        "The lorry driver, 50, was hurt. The 33-year-old driver of the tram died. "
        "The coach's driver, 61, was unhurt. The driver, 27, fled."
    )
    kinds = {c.value.low: c.person.vehicle for c in report_claims(text) if c.subject == "unnamed:driver"}
    assert kinds == {50.0: "truck", 33.0: "train", 61.0: "bus", 27.0: None}


def test_drivers_of_one_kind_and_of_none_still_meet():
    """No report tells drivers of two kinds: "the truck driver" meets "the
    driver" as before."""
    a = "A truck overturned on Route 12 near Colby on Sunday. The truck driver, 52, was killed."
    b = "A tractor-trailer rolled over on Route 12 near Colby on Sunday, killing the driver, 49."
    assert _statuses(age_pairs(a, b, min_confidence=0), 52.0) == [([49.0], Status.conflict)]


def test_a_pickup_driver_is_of_no_kind():
    """ "a pickup truck and a car collided ... The truck driver, 45 ... The
    car driver, 30" against "The pickup driver, 45": the pickup is the
    truck, so "pickup" names no kind, and the pickup's driver is never set
    against the other report's car driver."""
    a = (
        "A pickup truck and a car collided on Route 4 near Dawley on Saturday. "
        "The truck driver, 45, was taken to hospital. The car driver, 30, was unhurt."
    )
    b = (
        "Two vehicles collided on Route 4 near Dawley on Saturday. "
        "The pickup driver, 45, was taken to hospital."
    )
    pairs = age_pairs(a, b, min_confidence=0)
    assert not [p for p in pairs if p[2] in (Status.conflict, Status.possible_conflict)], pairs
