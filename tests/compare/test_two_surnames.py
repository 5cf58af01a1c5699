"""One person told under two surnames inside one report ("Marla Farrow, the
victim's mother" ... "Marla Pike, the victim's mother") is that report's own
conflict, both sentences quoted, with the reason "one role, two surnames".
One first name under two surnames is mostly two people (two sisters, two
mothers of a couple, a married name told on purpose), so only one kin a
person has one of, of one possessor, ties the two.  The extractor keeps a
first name the model left outside a surname ("Doreen Warren said", the
pattern of an AP story in semeval_gvc_dev, here with invented names), so
"Marla Pike" is not read as the surname-only "Pike" of the gunman.  All
sentences invented, in the words reporters use."""

from __future__ import annotations

import pytest

from reportcheck.compare.two_surnames import ONE_ROLE_REASON
from reportcheck.models import ClaimKind, Finding, Status
from tests.conftest import findings_of

from ..conftest import claims_of_text

OTHER = (
    "Police in Millbrook said the shooting happened early Saturday. "
    "The gunman, Roland Pike, 40, killed himself."
)
LEDE = (
    "A man shot his girlfriend, Tamsin Hale, 31, and her mother, Greta Farrow, 58, "
    "early Saturday, police said. "
    "The gunman, Roland Pike, 40, later killed himself. "
)


def _findings(text: str) -> list[Finding]:
    return findings_of(text, OTHER, same_incident=True)


def _two_surnames(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.subject.endswith(":two surnames")]


def _people(pipeline, text: str) -> set[str]:
    return {c.value.name or "" for c in claims_of_text(pipeline, text) if c.kind is ClaimKind.person}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            # the kin in apposition after both names
            LEDE + "\"I can't believe it,\" Marla Farrow, the eldest victim's mother, said by phone. "
            "Later on Saturday, Marla Pike, the eldest victim's mother, said the family was in shock.",
            {"Marla Farrow", "Marla Pike"},
        ),
        (
            # the kin before the name, then after it; the possessor a name
            LEDE + "Hale's mother, Greta Farrow, told reporters she had warned her daughter. "
            "Greta Dunmore, Hale's mother, said the couple had argued on Friday.",
            {"Greta Farrow", "Greta Dunmore"},
        ),
        (
            # one victim: "the girl's mother" can only be one woman
            "A 7-year-old girl was shot and killed early Saturday in Millbrook, police said. "
            "Marla Farrow, the girl's mother, said she heard the shots. "
            "Marla Pike, the girl's mother, said the family would hold a vigil.",
            {"Marla Farrow", "Marla Pike"},
        ),
        (
            # the kin before the name after other words: the possessor is "girl", not "said the girl"
            "A 7-year-old girl was shot and killed early Saturday in Millbrook, police said. "
            "Neighbors said the girl's mother, Marla Farrow, ran outside. "
            "Marla Pike, the girl's mother, said the family would hold a vigil.",
            {"Marla Farrow", "Marla Pike"},
        ),
        (
            # ... and a named possessor after a verb: "Hale", not "Police said Hale"
            LEDE + "Police said Hale's mother, Greta Farrow, had called 911. "
            "Greta Dunmore, Hale's mother, said the couple had argued on Friday.",
            {"Greta Farrow", "Greta Dunmore"},
        ),
    ],
)
def test_one_first_name_under_two_surnames_as_one_mother_is_an_internal_conflict(pipeline, text, names):
    (finding,) = _two_surnames(_findings(text))
    assert finding.internal and finding.status in (Status.conflict, Status.possible_conflict)
    assert {c.report for c in finding.claims} == {0}
    assert {c.value.name for c in finding.claims} == names
    assert finding.reasons[0] == ONE_ROLE_REASON
    for claim in finding.claims:
        assert claim.evidence.sentence.strip() in finding.explanation


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            # two sisters of one first name: a sister is not one of a kind
            LEDE + "Ann Lee, the victim's sister, said she was heartbroken. "
            "Ann Cole, the victim's sister, said the family would hold a vigil.",
            {"Ann Lee", "Ann Cole"},
        ),
        (
            # a married name told on purpose: one woman, no slip
            LEDE + "Jane Doe, formerly Jane Roe, the victim's mother, said she had not slept. "
            "Jane Roe, the victim's mother, asked for privacy.",
            {"Jane Doe", "Jane Roe"},
        ),
        (
            # two mothers of two people: the possessors differ
            LEDE + "Linda Moore, Hale's mother, said she was stunned. "
            "Linda Grant, Pike's mother, said her son had been depressed.",
            {"Linda Moore", "Linda Grant"},
        ),
        (
            # the possessor a pronoun: "his mother" may be two men's mothers
            LEDE + "Rosa Diaz, his mother, said he was kind. Rosa Vega, his mother, said he was quiet.",
            {"Rosa Diaz", "Rosa Vega"},
        ),
        (
            # two victims: "the victim's mother" of each is a mother of her own
            "Two men were shot and killed early Saturday in Millbrook, police said. "
            "Police identified them as Hector Diaz, 19, and Mario Vega, 21. "
            "Rosa Diaz, the victim's mother, said he was kind. "
            "Rosa Vega, the victim's mother, said he had just started a job.",
            {"Rosa Diaz", "Rosa Vega"},
        ),
        (
            # a changed surname told in words: one woman, no slip
            LEDE + "Dana Kirk, the eldest victim's mother, said she heard the shots. "
            "Dana Webb, the eldest victim's mother, who has remarried and now uses her husband's surname, "
            "said she ran outside.",
            {"Dana Kirk", "Dana Webb"},
        ),
    ],
)
def test_two_people_or_one_name_told_both_ways_are_no_finding(pipeline, text, names):
    findings = _findings(text)
    read = {c.value.name for f in findings if f.kind is ClaimKind.person for c in f.claims}
    assert names <= read  # both names were read, and still no finding
    assert _two_surnames(findings) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the model tags the surname alone: the first name before it is kept
        (
            "Police spoke to Opal Warren on Sunday. Opal Warren said Pike had joined a family gathering.",
            "Opal Warren",
        ),
        # the model tags the full name a product: a person's, whose first name the report gave
        (
            "Noreen Farrow, the eldest victim's mother, sobbed. "
            "As police sought Pike, Noreen Pike woke up at her home elsewhere in the city.",
            "Noreen Pike",
        ),
    ],
)
def test_a_first_name_before_a_known_surname_is_kept(pipeline, text, name):
    people = _people(pipeline, "The gunman, Roland Pike, 40, shot two women, police said. " + text)
    assert name in people


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        # a title before the surname
        (
            "The gunman, Roland Pike, 40, shot two people. Mayor Pike said the town was in mourning.",
            "Mayor Pike",
        ),
        # adverbs a sentence capitalises (the pattern of an ECB+ story, names invented)
        (
            "Roland Whitcomb, 40, was sentenced on Monday. Ironically Whitcomb had offered to plead "
            "guilty in return for life behind bars but prosecutors had refused.",
            "Ironically Whitcomb",
        ),
        (
            "Roland Dunmore, 40, was sentenced on Monday. Curiously Dunmore had offered to plead "
            "guilty in return for life behind bars but prosecutors had refused.",
            "Curiously Dunmore",
        ),
    ],
)
def test_a_word_before_a_surname_that_is_no_first_name_is_left_out(pipeline, text, not_a_name):
    people = _people(pipeline, text)
    assert not_a_name not in people
    assert not_a_name.split()[-1] in people  # the surname alone is read


def test_keys_alike_but_for_a_person_or_none_are_sorted():
    """Two keys alike but for ``person`` (None beside a person's key): sorted
    by their text, as a tuple with None against a string cannot be."""
    from reportcheck.compare.two_surnames import two_surname_findings
    from reportcheck.models import GroupKey

    key = GroupKey("i1", "age", "victim", "", "", "")
    groups = {key._replace(person="person:pike"): [], key: []}
    assert two_surname_findings(groups) == []
