"""A name written with a nickname in brackets or quotes between first name
and surname is one person, first name to surname ("Deputy Luis Gerardo
(Jerry) Ortiz", ECB+ 16_1ecbplus; the other forms invented), so the surname
told alone later ("the murder of Ortiz") and the nickname with the surname
("Jerry Ortiz") are the same person."""

from __future__ import annotations

import pytest

from reportcheck.knowledge.names import name_parts, names_match, nicknames, person_key

from ...conftest import claims_of_text

CASES = [
    # bracketed
    (
        "Deputy Luis Gerardo (Jerry) Ortiz was shot on Tuesday. The murder of Ortiz shocked the county.",
        "Luis Gerardo (Jerry) Ortiz",
        "person:ortiz",
    ),
    (
        "Neighbours said Deandre (Dre) Jones, 19, was shot twice. Jones died at a hospital.",
        "Deandre (Dre) Jones",
        "person:jones",
    ),
    # double quotes
    (
        'Police identified the victim as Robert "Bobby" Smith. Smith was 42.',
        'Robert "Bobby" Smith',
        "person:smith",
    ),
    (
        'Relatives said Marcus "Junior" Hale, 31, was shot outside his home. Hale died later.',
        'Marcus "Junior" Hale',
        "person:hale",
    ),
    # single quotes
    ("Police said James 'J.J.' Watt was arrested on Friday. Watt is 27.", "James 'J.J.' Watt", "person:watt"),
    (
        "The gunman, Carl 'Buddy' Reyes, fled on foot. Reyes was caught an hour later.",
        "Carl 'Buddy' Reyes",
        "person:reyes",
    ),
]


@pytest.mark.parametrize(("text", "name", "subject"), CASES, ids=[c[1] for c in CASES])
def test_a_nicknamed_name_is_read_whole(pipeline, text, name, subject):
    claims = claims_of_text(pipeline, text)
    people = [c for c in claims if c.kind.value == "person"]
    whole = [c for c in people if c.evidence.text == name]
    assert whole, [(c.evidence.text, c.subject) for c in people]
    assert whole[0].subject == subject
    # the surname told alone later is the same person, not one of its own
    surname = name.split()[-1]
    assert any(c.evidence.text == surname and c.subject == subject for c in people), [
        (c.evidence.text, c.subject) for c in people
    ]


@pytest.mark.parametrize(
    "text",
    [
        "John Smith (34) Was Shot Near His Home",
        "Sen. John Smith (R-Texas) Tuesday called the shooting senseless.",
        "A woman was shot in Houston (Metro Video) Image of the scene",
    ],
)
def test_a_bracketed_age_party_or_credit_is_no_nickname(pipeline, text):
    people = [c.evidence.text for c in claims_of_text(pipeline, text) if c.kind.value == "person"]
    assert not any("(" in name for name in people), people


def test_a_title_before_the_nickname_is_no_first_name(pipeline):
    # 'Police Chief "AJ" Perez': the nickname is the first name written, the title none
    text = 'Four remain in hospital, Harbor City Police Chief "AJ" Perez told reporters.'
    people = [c.evidence.text for c in claims_of_text(pipeline, text) if c.kind.value == "person"]
    assert people == ["Perez"]


def test_a_nickname_stands_for_the_first_name():
    assert names_match("Jerry Ortiz", "Luis Gerardo (Jerry) Ortiz")
    assert names_match("Bobby Smith", 'Robert "Bobby" Smith')
    assert names_match("Chin Gigante", "Vincent 'The Chin' Gigante")
    assert not names_match("Tom Ortiz", "Luis Gerardo (Jerry) Ortiz")
    assert nicknames("Luis Gerardo (Jerry) Ortiz") == ["jerry"]
    assert name_parts('Robert "Bobby" Smith') == ["robert", "smith"]
    assert person_key("James 'J.J.' Watt") == "watt"
    assert nicknames("Dan O'Brien") == []  # an apostrophe inside a word marks no nickname
