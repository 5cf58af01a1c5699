"""The one collector of an incident's claims across align's groups
(compare/incident_claims.py), which the weekday, area, block and corner
checks read."""

from __future__ import annotations

from reportcheck.compare.incident_claims import claims_by_incident
from reportcheck.models import GroupKey

from .claims import exact, people_count


def _key(incident: str, kind: str, subject: str, person: str | None = None) -> GroupKey:
    return GroupKey(incident, kind, subject, "", "", "", person)


def _claim(report: int, claim_id: str):
    return people_count(report, exact(1), claim_id=claim_id, text="one", start=0)


def test_only_the_groups_the_test_takes_by_incident():
    groups = {
        _key("main", "location", "street"): [_claim(0, "a")],
        _key("main", "location", "place"): [_claim(0, "b")],
        _key("e1", "location", "street"): [_claim(1, "c")],
    }
    found = claims_by_incident(groups, lambda key: key.subject == "street")
    assert {incident: [c.id for c in claims] for incident, claims in found.items()} == {
        "e1": ["c"],
        "main": ["a"],
    }


def test_groups_are_read_in_the_order_of_their_keys_text_whatever_order_align_made():
    # a key's person may be None beside another's name: the text orders them
    groups = {
        _key("main", "date", "s", "zoe"): [_claim(0, "late")],
        _key("main", "date", "s", None): [_claim(1, "none")],
        _key("main", "date", "r"): [_claim(1, "early")],
    }
    found = claims_by_incident(groups, lambda key: key.kind == "date")
    assert [c.id for c in found["main"]] == ["early", "none", "late"]


def test_no_group_taken_gives_nothing():
    groups = {_key("main", "killed", "victims"): [_claim(0, "a")]}
    assert claims_by_incident(groups, lambda key: key.kind == "date") == {}
