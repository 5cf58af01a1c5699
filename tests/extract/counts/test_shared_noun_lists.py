"""Numbers that each carry a nation's or an origin's word and share one noun
at the end ("three American and two British soldiers") are one count, their
sum: read alone, the last number was taken for the whole and the first ones
were lost, which set "two" against another report's "five".

The first case is from ECB+ (topic 12, CC BY 3.0); the others are written
for this test in the shapes reporters use, with numbers, nations and nouns
varied."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text

SUMMED = [
    # ECB+ 12_3ecb: "...captured 12 Somali and 11 Yemeni pirates"
    ("The Indian navy captured 12 Somali and 11 Yemeni pirates in the Gulf of Aden.", 23),
    ("Three American and two British soldiers were killed in the blast near Kandahar.", 5),
    ("Four Pakistani and three Afghan workers were injured when the roof collapsed.", 7),
    ("Two Israeli, three Palestinian and one Jordanian civilians were wounded on Friday.", 6),
    ("Officials said 14 Syrian and 6 Iraqi refugees were missing after the boat sank.", 20),
    ("Coast guards said 9 Eritrean and 4 Sudanese migrants are missing off Lampedusa.", 13),
]
NOT_SUMMED_SO = [
    # lower-case modifiers ("small", "large") tell sizes, not origins: never one count of five
    ("The navy seized two small and three large boats off the coast.", 5),
    # a number with its own noun is a list of its own kind (summed as people, not by this rule)
    ("Officers arrested 12 Afghan soldiers and 3 civilians near the border.", 12),
]


def _counts(pipeline, text):
    claims = claims_of_text(pipeline, text)
    return [c for c in claims if c.kind.value != "location" and c.value.low is not None]


@pytest.mark.parametrize(("text", "total"), SUMMED, ids=[t[:40] for t, _ in SUMMED])
def test_numbers_sharing_one_noun_are_summed(pipeline, text, total):
    values = {c.value.low for c in _counts(pipeline, text) if c.kind.value != "date"}
    assert values == {total}, values


@pytest.mark.parametrize(("text", "not_read"), NOT_SUMMED_SO, ids=[t[:40] for t, _ in NOT_SUMMED_SO])
def test_other_lists_are_no_shared_noun_list(pipeline, text, not_read):
    found = {c.value.low for c in _counts(pipeline, text) if c.kind.value != "date"}
    assert found and not_read not in found, found


#: people of a sinking, a pilgrimage or a raid at sea, now people nouns
#: (rules/counts.yaml): their counts are tolls, not counts of things
PEOPLE = [
    ("At least 20 migrants were missing after the boat capsized off Lesbos.", "missing", 20),
    ("Officials said 31 refugees drowned when the dinghy sank.", "killed", 31),
    ("Two pilgrims were killed in the crush at the shrine.", "killed", 2),
    ("The navy said it had captured 9 pirates after a gun battle.", "arrested", 9),
]


@pytest.mark.parametrize(("text", "kind", "value"), PEOPLE, ids=[t[:40] for t, _, _ in PEOPLE])
def test_people_of_a_sinking_or_a_raid_are_counted_as_people(pipeline, text, kind, value):
    assert [c.value.low for c in claims_of_text(pipeline, text) if c.kind.value == kind] == [value]


#: people a toll names by who they were that the lexicon lacked: patients of
#: a struck hospital, fighters of a side, climbers of an avalanche, people
#: named by their nation (the parser's NORP plurals, "Britons")
TOLL_NOUNS = [
    ("Eleven patients were killed when the strike hit the hospital in Idlib.", "passengers"),
    ("Activists said 14 rebel fighters were killed in the raid.", "fighters"),
    ("Four climbers were killed by the avalanche on Sunday.", "passengers"),
    ("Two Britons were killed in the attack, the Foreign Office said.", "nationals"),
    ("Three Australians were injured in the blast in Bali.", "nationals"),
]


@pytest.mark.parametrize(("text", "group"), TOLL_NOUNS, ids=[t[:40] for t, _ in TOLL_NOUNS])
def test_people_named_by_who_they_were_are_counted(pipeline, text, group):
    counts = [c for c in claims_of_text(pipeline, text) if c.kind.value in ("killed", "injured")]
    assert [c.count.group for c in counts] == [group]
