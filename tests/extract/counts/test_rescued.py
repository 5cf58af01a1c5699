"""People rescued alive, people held in custody, and a stray subject's own outcome.

Each case is a pattern of reporting, our own sentences varied from how
disaster and crime copy tells them, or ECB+ sentences (CC BY 3.0, cited by
document): the object or passive subject of a verb of rescue ("177 people
had been rescued"; ECB+ 23_11ecbplus "Three climbers who were with Mr
Buckley were rescued", 8_5ecbplus "Firefighters rescued another five people
from the balcony"), a verb of pulling out told with "alive"; the people a
verb puts or keeps in custody, read as arrested ("two people were taken into
custody", "no one was in custody"); and "74 are missing" after a toll, whose
figure the parser hangs on the toll's noun.  The negatives: bodies pulled
out, a rescue not done or only hoped for, the police who take someone into
custody, a custody only asked about.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of_text, findings_of

RESCUED = "people rescued"

RESCUE_CASES = [
    ("Rescue teams pulled 170 people alive from the river on Sunday night.", [(170, None)]),
    ("Officials said 177 people had been rescued by Monday morning.", [(177, None)]),
    ("Rescuers pulled eight people out alive, and search teams were looking for four others.", [(8, None)]),
    ("Three climbers who were with Mr Buckley were rescued after a night on the mountain.", [(3, None)]),
    ("Firefighters rescued another five people from the balcony.", [(5, "increment")]),
    ("Three climbers with Mr Buckley were said to have been rescued after the night.", [(3, None)]),
    ("More than 2,400 people were rescued, 29 of them on Saturday.", [(2401, None)]),
    # a count told as "a total of": the total carries the role (rules/counts.yaml total_wrappers)
    ("A total of 38 people were rescued alive from the flooded tunnel.", [(38, None)]),
    ("Coast guards rescued a total of 112 migrants off Velsa on Sunday.", [(112, None)]),
    # no rescue: bodies, a rescue not done or hoped for, a rescue with an outcome
    ("Rescuers pulled more bodies from the rubble on Saturday.", []),
    ("Rescuers could not rescue three miners trapped by the flood.", []),
    ("Rescuers hope to save 20 miners before nightfall.", []),
    ("Four climbers are expected to be rescued on Monday.", []),
    ("Two crew members rescued alive were taken to hospital.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), RESCUE_CASES, ids=[c[0][:50] for c in RESCUE_CASES])
def test_rescued_claims(pipeline, sentence, expected):
    claims = claims_of_text(pipeline, sentence)
    got = [(c.value.low, c.frame.scope) for c in claims if c.subject == RESCUED]
    assert got == expected


TELEGRAPHIC_CASES = [
    # a headline's list drops "were": the figure is the subject of a bare participle
    # (genre58b 03 a: "Seven dead, 29 rescued as boat capsizes in Lake Victoria")
    ("Seven dead, 29 rescued as boat capsizes in Lake Victoria", [29]),
    ("Nine die, 27 rescued as boat capsizes near Kisorya", [27]),
    ("Five killed, 12 rescued after ferry sinks off Bali", [12]),
    # the rescuers' own act, with its object, or a rescue not done: none
    ("Two firefighters rescued a boy from the flames on Friday.", []),
    ("Two neighbours saved the family before the roof fell in.", []),
    ("Seven dead, 29 not rescued as boat capsizes", []),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), TELEGRAPHIC_CASES, ids=[c[0][:50] for c in TELEGRAPHIC_CASES]
)
def test_a_headlines_bare_participle_counts_the_rescued(pipeline, sentence, expected):
    claims = claims_of_text(pipeline, sentence)
    assert [c.value.low for c in claims if c.subject == RESCUED] == expected


def test_two_rescue_counts_are_set_against_each_other():
    a = "A footbridge collapsed in Morbi on Sunday evening. Rescue teams pulled 170 people alive."
    b = "A footbridge collapsed in Morbi on Sunday evening. Officials said 177 people had been rescued."
    findings = [f for f in findings_of(a, b) if f.subject == RESCUED]
    found = [f.status.value for f in findings if len({c.report for c in f.claims}) == 2]
    assert found and found[0] in ("conflict", "possible_conflict")


CUSTODY_CASES = [
    ("A boy was shot and killed on Tuesday night, and two people were taken into custody, police said.", [2]),
    ("Police took three men into custody on Wednesday.", [3]),
    ("Two men are in custody, police said.", [2]),
    ("Three suspects remain in custody.", [3]),
    ("Police said no one was in custody.", [0]),
    ("Nobody is in custody in connection with the shooting.", [0]),
    # the police who take someone in are not held; a custody asked about is none
    ("He declined to say whether the shooter is in custody.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), CUSTODY_CASES, ids=[c[0][:50] for c in CUSTODY_CASES])
def test_custody_is_read_as_arrested(pipeline, sentence, expected):
    claims = claims_of_text(pipeline, sentence)
    got = [c.value.low for c in claims if c.kind.value == "arrested" and c.frame.scope != "individual"]
    assert got == expected


def test_the_officers_who_take_a_man_into_custody_are_not_held(pipeline):
    claims = claims_of_text(pipeline, "Two officers took the man into custody.")
    held = [c.evidence.text for c in claims if c.kind.value == "arrested"]
    assert "Two officers" not in held and "the man" in held


@pytest.mark.parametrize(
    ("sentence", "missing", "killed"),
    [
        ("Torrential rain in the south has killed 39 people and 74 are missing, civil defense said.", 74, 39),
        ("The storm has killed 12 people and 30 remain missing, officials said.", 30, 12),
    ],
)
def test_a_stray_subject_keeps_its_own_outcome(pipeline, sentence, missing, killed):
    """The parser hangs "74" on the toll's noun and "are missing" on "killed":
    the figure is the subject of its own clause, never a second toll."""
    claims = claims_of_text(pipeline, sentence)
    assert [c.value.low for c in claims if c.kind.value == "missing"] == [missing]
    assert [c.value.low for c in claims if c.kind.value == "killed"] == [killed]


def test_rescued_then_missing_are_two_figures(pipeline):
    claims = claims_of_text(pipeline, "Eight workers were rescued alive and four remain missing.")
    assert [c.value.low for c in claims if c.subject == RESCUED] == [8]
    assert [c.value.low for c in claims if c.kind.value == "missing"] == [4]
