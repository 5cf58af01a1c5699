"""A count told by a word of no number ("dozens", "scores", "several") is
marked ``told: vague`` by the extractor, so the comparer and the digest can
let a figure the range holds stand for it without re-reading the words; a
range two figures state ("30 to 40") or a figure is not.  Sentences written
for this test in the shapes reporters use."""

from __future__ import annotations

import pytest

from reportcheck.details import VAGUE

from ...conftest import claims_of_text

CASES = [
    ("Dozens of people were injured in the blast in Homs on Monday.", "injured", VAGUE),
    ("Scores of villagers were killed when the dam burst, officials said.", "killed", VAGUE),
    ("Several officers were wounded in the exchange of fire in Tulsa.", "injured", VAGUE),
    ("Hundreds of residents are missing after the flood swept through the valley.", "missing", VAGUE),
    ("Between 30 and 40 people were injured in the crash near Fresno.", "injured", None),
    ("Twelve people were killed and 40 injured in the attack in Kano.", "killed", None),
    ("A dozen people were hurt when the stage collapsed in Leeds.", "injured", None),
]


@pytest.mark.parametrize(("text", "kind", "told"), CASES, ids=[c[0][:40] for c in CASES])
def test_a_vague_count_is_marked_by_the_extractor(pipeline, text, kind, told):
    counts = [c for c in claims_of_text(pipeline, text) if c.kind.value == kind]
    assert counts, f"no {kind} count in {text!r}"
    assert {c.count.told for c in counts} == {told}
