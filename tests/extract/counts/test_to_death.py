"""A death told by any verb with "to death" (or a fire's "burnt alive"),
seen by compare and by the digest, not only by the count extractor.

Fire, collapse and stampede reports tell their dead as "were charred to
death", "burned to death", "crushed to death under the rubble"; two such
reports of one fire must be set against each other as killed figures, and
a court's "sentenced to death" must give none.  The reports are short
invented texts written for these tests.
"""

from __future__ import annotations

from reportcheck.api import extract_report
from reportcheck.digest import digest_report
from reportcheck.load import load_text

from ...conftest import findings_of

FIRE_A = (
    "Four people burned to death when a fire gutted a house in Velmora on Tuesday night, police said.\n"
    "The fire started in the kitchen, officials said.\n"
)
FIRE_B = (
    "Three people were charred to death when a fire gutted a house in Velmora on Tuesday night.\n"
    "Firefighters battled the blaze for two hours.\n"
)
ONLY = "only_in_one"
FIRE_C = "A house fire in Velmora on Tuesday night killed four people, the fire service said.\n"


def _killed_statuses(a: str, b: str) -> list[str]:
    found = findings_of(a, b)
    return sorted(f.status.value for f in found if f.kind.value == "killed" and f.status.value != ONLY)


def _digest_killed(text: str) -> float | None:
    fact = digest_report(extract_report(load_text(text), 0)).killed
    return fact.value if fact is not None else None


def test_two_tolls_told_by_death_verbs_conflict(pipeline):
    assert _killed_statuses(FIRE_A, FIRE_B) == ["conflict"]


def test_a_death_verb_agrees_with_killed(pipeline):
    assert _killed_statuses(FIRE_A, FIRE_C) == ["agree"]


def test_digest_reads_the_toll_of_a_death_verb(pipeline):
    assert _digest_killed(FIRE_A) == 4
    assert _digest_killed(FIRE_B) == 3
    stampede = "Six pilgrims were trampled to death in a stampede at the Osmir shrine on Friday.\n"
    assert _digest_killed(stampede) == 6
    mob = "A mob hacked two farmers to death in Korrin on Sunday, police said.\n"
    assert _digest_killed(mob) == 2


def test_a_sentence_to_death_is_no_toll(pipeline):
    court = (
        "Two men were sentenced to death by a court in Velmora on Monday for the arson.\n"
        "The fire killed four people in March.\n"
    )
    assert not any(
        c.kind.value == "killed" and "sentenced" in c.evidence.sentence
        for c in extract_report(load_text(court), 0).claims
    )
    verdict = "Two men were sentenced to death by a court in Velmora on Monday.\n"
    assert _digest_killed(verdict) is None
