"""A full name the model tags as a place, set off with an age after it
("Among the dead is Lino Soler, 78, a retired farmer"), is a person's: a
place takes no age.  Read wrong, the named victim and the age were lost,
and with them the other report's age of that name.  Not a known place, not
a distance after a town ("Santa Rosa, 40 miles north").  Invented names
the small model tags GPE."""

from __future__ import annotations

from ...conftest import report_claims


def _people_and_ages(text: str) -> tuple[set[str], dict[str, float | None]]:
    claims = report_claims(text)
    people = {c.evidence.text for c in claims if c.kind.value == "person"}
    ages = {c.person.person or "": c.value.low for c in claims if c.kind.value == "age"}
    return people, ages


def test_a_name_read_as_a_place_with_an_age_after_it_is_a_person():
    people, ages = _people_and_ages(
        "Flash floods swept through Ontaner on Tuesday. Among the dead is Lino Soler, 78, a retired "
        "farmer who was dragged away as he tried to move his car."
    )
    assert "Lino Soler" in people
    assert ages.get("Lino Soler") == 78.0


def test_a_name_read_as_a_place_before_its_age_and_a_verb():
    people, ages = _people_and_ages("Police said Nino Varela, 24, was shot in the leg on Friday night.")
    assert "Nino Varela" in people
    assert ages.get("Nino Varela") == 24.0


def test_a_town_and_a_distance_after_it_is_no_person():
    people, _ = _people_and_ages("Flooding hit Santa Rosa, 40 miles north of the capital, on Friday.")
    assert "Santa Rosa" not in people
