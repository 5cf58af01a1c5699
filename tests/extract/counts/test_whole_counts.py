"""A count told by a plain kind of people that is its report's only figure of
its toll ("Two men were arrested", "Eight miners were killed") is the
report's whole count (``whole`` of the count, extract/counts/scope.py);
beside another figure of its own report, or told as a share, it stays a part."""

from __future__ import annotations

import pytest

from ...conftest import claims_of_text


def _whole(pipeline, text: str, words: str, kind: str) -> bool:
    claims = [c for c in claims_of_text(pipeline, text) if c.kind.value == kind and words in c.evidence.text]
    assert claims, [(c.kind.value, c.evidence.text) for c in claims_of_text(pipeline, text)]
    return claims[0].count.whole


@pytest.mark.parametrize(
    ("text", "words", "kind", "whole"),
    [
        # the report's only figure of the toll, told by sex, age or trade (genre52a 14's "Two men")
        (
            "Two men, aged 24 and 29, were arrested early Sunday at a home nearby.",
            "Two men",
            "arrested",
            True,
        ),
        (
            "Police arrested three teenagers on Friday in connection with the robbery.",
            "three teenagers",
            "arrested",
            True,
        ),
        (
            "Eight miners were killed and 14 others injured in a gas explosion at the Dalvek pit.",
            "Eight miners",
            "killed",
            True,
        ),
        (
            "Nine passengers died when the coach overturned near Tarvin on Monday.",
            "Nine passengers",
            "killed",
            True,
        ),
        # told again with the same figure ("are in custody"): still the whole
        (
            "Two women were arrested on Saturday. The two women are in custody, police said.",
            "Two women",
            "arrested",
            True,
        ),
        # still missing with no find told since: the report's missing, all of
        # them (genre53b 06's ferry, "Two passengers remain unaccounted for")
        (
            "Two passengers remain unaccounted for after fire broke out on the ferry Kaimoana on Thursday.",
            "Two passengers",
            "missing",
            True,
        ),
        (
            "Four fishermen were still missing on Sunday after their boat capsized off Tarrin Point.",
            "Four fishermen",
            "missing",
            True,
        ),
        # a total of everyone, alone of its toll, is its report's whole too
        ("Three people were arrested on Saturday, police said.", "Three people", "arrested", True),
        # near misses: a share, a partitive, beside a total of its own report, one person, a vague word
        ("Five people were killed, including two miners.", "two miners", "killed", False),
        ("Among the dead were two miners from Hessle.", "two miners", "killed", False),
        ("Two of the men were arrested on Sunday.", "Two of the men", "arrested", False),
        (
            "Eleven people died in the blast. Eight miners were killed underground, officials said.",
            "Eight miners",
            "killed",
            False,
        ),
        (
            "Three people were arrested on Saturday. Two men were later charged with murder.",
            "Three people",
            "arrested",
            False,
        ),
        ("A man was arrested at the scene.", "A man", "arrested", False),
        # ... nor still missing after finds the report tells: the rest of them
        (
            "Divers recovered two more bodies on Friday. Three passengers remain missing, the coast guard "
            "said.",
            "Three passengers",
            "missing",
            False,
        ),
        ("Dozens of workers were killed in the collapse.", "Dozens of workers", "killed", False),
        ("Two officers were wounded in the exchange of fire.", "Two officers", "injured", False),
    ],
)
def test_a_count_by_a_plain_kind_is_the_whole_only_alone(pipeline, text, words, kind, whole):
    assert _whole(pipeline, text, words, kind) is whole
