"""The scope of casualty counts, case by case from scope_cases.yaml: a part,
an increment (summed with the count it adds to), a figure for one of several
places, or the total (no scope)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ...conftest import claims_of_text

CASES = yaml.safe_load((Path(__file__).parent / "scope_cases.yaml").read_text(encoding="utf-8"))
CASUALTIES = {"killed", "injured", "missing", "arrested"}


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_scope(pipeline, case):
    claims = claims_of_text(pipeline, case["text"])
    got = sorted(
        (c.kind.value, c.value.low, c.evidence.text, c.frame.scope or "")
        for c in claims
        if c.kind.value in CASUALTIES
    )
    want = sorted((e["kind"], float(e["low"]), e["text"], e["scope"] or "") for e in case["expect"])
    assert got == want


@pytest.mark.parametrize(
    ("text", "bearer"),
    [
        ("Eighteen people were killed in the crash. The dead included two pilots.", "pilot"),
        ("Three firemen were hurt when the wall fell.", "firefighter"),
        ("Three kids were hurt when the wall fell.", None),  # may be the "girls" of another report
        ("Twelve people died in the blast, including three firefighters.", "firefighter"),
        ("Two officers were wounded in the exchange of fire.", None),  # police words are synonyms
        ("Five people were wounded in the exchange of fire.", None),  # a total
    ],
)
def test_a_count_of_a_kind_of_people_carries_the_kind(pipeline, text, bearer):
    """ "two pilots" and "three nurses" are both workers; the bearer tells the kinds apart."""
    # sentences written for this test
    claims = claims_of_text(pipeline, text)
    kinds = [c.frame.bearer for c in claims if c.kind.value in CASUALTIES and c.value.low not in (12, 18)]
    assert kinds == [bearer]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # a bare figure going on from a count of a group counts that group
        (
            "Six more deputies were shot as they ran to the gate. Another three were hurt by falling glass.",
            "police",
        ),
        ("Two more firefighters were burned when the roof fell. Another five were treated for smoke.", None),
        # ... from a count of anyone, anyone
        ("Two more people were shot near the bar. Another three were hurt in the stampede.", "all"),
    ],
)
def test_a_bare_increment_counts_the_group_it_goes_on_from(pipeline, text, group):
    claims = [
        c
        for c in claims_of_text(pipeline, text)
        if c.kind.value == "injured" and c.frame.scope == "increment"
    ]
    assert claims, [(c.kind.value, c.evidence.text, c.frame.scope) for c in claims_of_text(pipeline, text)]
    if group is not None:
        assert claims[-1].count.group == group


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # "another N" after one person of a group killed (a named one between) counts that group
        (
            "A patrol officer was shot dead during the standoff. Sgt. Omar Reyes, 39, was pronounced"
            " dead at the hospital. Another three were wounded.",
            "police",
        ),
        ("A state trooper died in the crash on Sunday. Another two were injured by debris.", "police"),
        # ... after anyone, anyone
        ("A man died in the crash on Sunday. Another two were injured by debris.", "all"),
    ],
)
def test_another_n_after_one_of_a_group_counts_that_group(pipeline, text, group):
    claims = [c for c in claims_of_text(pipeline, text) if c.kind.value == "injured"]
    assert [c.count.group for c in claims] == [group]


@pytest.mark.parametrize(
    "text",
    [
        "A boiler blew up at the laundry on Friday, injuring seven people. Three of the injured were taken"
        " to hospitals, a fire official said.",
        "The blast hurt 11 workers, the company said. Five of the wounded were flown to a burn center.",
    ],
)
def test_a_share_of_the_hurt_taken_to_hospital_is_the_hospitals_share(pipeline, text):
    """ "Four of the injured were taken to hospitals": the hospital's share, which
    another report's "Six people were taken to hospitals" tells."""
    scopes = [c.frame.scope for c in claims_of_text(pipeline, text) if c.value.low in (3, 5)]
    assert scopes and set(scopes) == {"condition:hospital"}, scopes


@pytest.mark.parametrize(
    ("text", "quoted", "scope"),
    [
        # a bare figure after a share of the same people, in its sentence:
        # the next share, named by its own verb, never all of them
        (
            "Nine people were hurt in the crash. Four of the injured were taken to St Ann's hospital, "
            "and three were treated at a local clinic and released.",
            "three",
            "part:treat",
        ),
        (
            "Fire crews pulled 14 people from the building, and nine of them were taken to hospital, "
            "several with burns.",
            "several",
            "part:take",
        ),
        (
            "Rescuers brought 30 miners to the surface, and eight of them were taken to hospital, "
            "two with burns, the company said.",
            "two",
            "part:take",
        ),
        # a bare figure with a condition of its own: the worst hurt of people
        # just told, even where those were not counted as a toll
        (
            "A bus overturned on the Tarvel pass on Monday. The 22 survivors were flown to hospitals "
            "in Korrin, where several were in critical condition.",
            "several",
            "condition:critical",
        ),
        # ... but not a figure told as all of them, nor a figure of its own outcome
        ("Four people were injured in the crash. All four were in stable condition.", "four", None),
        ("Three people were killed and two were injured when a wall collapsed in Pellam.", "two", None),
    ],
)
def test_a_bare_figure_after_people_told_is_a_share_of_them(pipeline, text, quoted, scope):
    # sentences written for this test
    claims = [
        c
        for c in claims_of_text(pipeline, text)
        if c.evidence.text == quoted and c.kind.value in ("injured", "other_count")
    ]
    assert claims
    assert {c.frame.scope for c in claims} == {scope}
