"""find_quantities: lengths, speeds and masses as reporters write them.

The news phrasing lives in ``tests/extract/quantities/quantity_cases.yaml`` (ECB+ and the
sample reports); the tests here add the properties every mention must have.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ConfigDict

from reportcheck.extract.quantities.finders import find_quantities
from reportcheck.extract.quantities.units import UnitRules, to_base_factor, unit_rules
from reportcheck.knowledge.rules import load_rule_file
from tests.conftest import claims_of_text

DATA = Path(__file__).parent  # the case files sit beside this module

RELATIVE = 1e-3  # 0.1%


class ExpectedQuantity(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    low: float
    high: float
    unit: str | None = None
    precision: float | None = None
    written_unit: str | None = None
    attrs: list[tuple[str, str]] | None = None


class QuantityCase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    source: Literal["ecbplus", "sample", "phrase"]
    expect: list[ExpectedQuantity]


class QuantityCases(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cases: list[QuantityCase]


def _cases() -> list[QuantityCase]:
    data = yaml.safe_load((DATA / "quantity_cases.yaml").read_text(encoding="utf-8"))
    return QuantityCases.model_validate(data).cases


@pytest.mark.parametrize("case", _cases(), ids=lambda case: case.text[:60])
def test_news_phrasing(case: QuantityCase):
    found = find_quantities(case.text)
    assert [m.text for m in found] == [e.text for e in case.expect]
    for mention, expected in zip(found, case.expect, strict=True):
        assert mention.low == pytest.approx(expected.low, rel=RELATIVE)
        assert mention.high == pytest.approx(expected.high, rel=RELATIVE)
        if expected.unit is not None:
            assert mention.unit == expected.unit
        if expected.precision is not None:
            assert mention.precision == pytest.approx(expected.precision, rel=RELATIVE)
        if expected.written_unit is not None:
            assert mention.written_unit == expected.written_unit
        if expected.attrs is not None:
            assert list(mention.attrs) == expected.attrs


def test_units_rule_file_is_valid():
    assert isinstance(load_rule_file("units.yaml", UnitRules), UnitRules)


def test_every_alias_is_a_pint_unit_of_its_dimension():
    for alias in unit_rules().units:
        assert to_base_factor(alias.pint_unit, alias.dimension) > 0, alias.alias


def test_no_unit_reporters_do_not_use():
    """ "2 pm" must stay a clock time: no picometres or decimetres."""
    aliases = {alias.alias for alias in unit_rules().units}
    assert not aliases & {"pm", "dm", "picometer", "picometre", "decimeter", "decimetre"}


def test_hedges_stay_outside_the_mention():
    (mention,) = find_quantities("around five miles from the border")
    assert mention.text == "five miles"
    (mention,) = find_quantities("up to 120 miles an hour")
    assert mention.text == "120 miles an hour"


def test_longest_mention_wins_and_none_overlap():
    found = find_quantities("a man 5 feet 9 tall, walls 8-10 feet high")
    assert [m.text for m in found] == ["5 feet 9", "8-10 feet"]


def test_feet_and_inches_need_a_height_reading():
    assert find_quantities("the score was 9'15") == []  # 15 inches is no inch count
    assert [m.text for m in find_quantities("a 5'9 suspect")] == ["5'9"]
    assert [m.text for m in find_quantities("a man 8'11 tall")] == ["8'11"]  # context says height
    assert find_quantities("in row 8'11") == []


def test_range_readings_are_ordered():
    (mention,) = find_quantities("between 6'2 and 5'9 tall")
    assert mention.low < mention.high


def test_mass_and_speed_base_units():
    mass, speed = find_quantities("a 200-pound man driving at 100 mph")
    assert (mass.unit, speed.unit) == ("kg", "km/h")
    assert mass.low == pytest.approx(90.718, rel=RELATIVE)
    assert speed.low == pytest.approx(160.934, rel=RELATIVE)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 ,.-'\"/½abcdefgikmnortuvxy()", max_size=60))
def test_mentions_quote_the_text_and_never_overlap(text):
    found = find_quantities(text)
    for mention in found:
        assert mention.text == text[mention.start : mention.end]
        assert mention.low <= mention.high
    for first, second in zip(found, found[1:], strict=False):
        assert first.end <= second.start


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The quake struck at a depth of 10-15 km.", "10-15 km"),
        ("It struck between 1.5 and 2 kilometres off the coast.", "1.5-2 km"),
        ("The crater was 300 to 400 metres deep.", "300-400 m"),
        ("It struck at a depth of 8 km.", "8 km"),
        ("The wall stood 600 metres from the river.", "600 m"),
    ],
)
def test_length_labels_in_the_unit_reporters_write(text, label):
    """A length's label is written as a reader reads it: a range in the unit
    of its high end ("10-15 km"), never in exponent notation ("1e+04-1.5e+04 m")."""
    from reportcheck.extract.quantities.component import length_value

    mention = next(m for m in find_quantities(text) if m.unit == "m")
    assert length_value(mention).label == label


@pytest.mark.parametrize(
    ("named", "bare"),
    [
        (
            "The quake struck 30 km north-east of Tabriz city on Monday.",
            "The quake struck 30 km north-east of Tabriz.",
        ),
        ("A boat capsized 12 miles off Berbera port.", "A boat capsized 12 miles off Berbera."),
    ],
)
def test_a_place_noun_after_a_name_leaves_the_name_the_anchor(pipeline, named, bare):
    # ``place_nouns_after_name`` of rules/units.yaml: "Tabriz city" is Tabriz
    def anchors(text: str) -> list[str]:
        return [c.subject for c in claims_of_text(pipeline, text) if c.kind.value == "distance"]

    assert anchors(named) == anchors(bare) != []
    assert "port" in unit_rules().place_nouns_after_name


@pytest.mark.parametrize(
    ("named", "bare"),
    [
        # after ECB+ 20_5ecb "some 930 miles south of the capital, Tehran"
        (
            "A 5.9 quake shook the island, some 640 miles north of the capital, Kabul.",
            "A 5.9 quake shook the island, some 640 miles north of Kabul.",
        ),
        # after pages rana_plaza_collapse_2013_a "in Savar on the outskirts of the capital Dhaka"
        (
            "The bus overturned 220 kilometres east of the capital Quito.",
            "The bus overturned 220 kilometres east of Quito.",
        ),
        (
            "The levee broke about 80 miles north-west of the state capital, Porto Alegre, on Friday.",
            "The levee broke about 80 miles north-west of Porto Alegre on Friday.",
        ),
        (
            "The ferry sank 45 km from Para state capital Belem, firefighters said.",
            "The ferry sank 45 km from Belem, firefighters said.",
        ),
        (
            "The plane came down 30 km from Uganda's capital Kampala.",
            "The plane came down 30 km from Kampala.",
        ),
        (
            "The road was cut 300 km south of the Bolivian capital, La Paz, police said.",
            "The road was cut 300 km south of La Paz, police said.",
        ),
    ],
)
def test_a_role_noun_before_a_name_leaves_the_name_the_anchor(pipeline, named, bare):
    # ``place_nouns_before_name`` of rules/units.yaml: "the capital Quito" is Quito
    def anchors(text: str) -> list[str]:
        return [c.subject for c in claims_of_text(pipeline, text) if c.kind.value == "distance"]

    assert anchors(named) == anchors(bare) != []


@pytest.mark.parametrize(
    "text",
    [
        "Marchers gathered 3 miles from the capital Tuesday.",
        "The blast was 12 miles from the capital, Jones told reporters.",
        "The town is 40 km from the provincial capital.",
        "The fire broke out 12 miles from the capital city.",
    ],
)
def test_a_role_noun_with_no_place_named_after_it_stays_the_anchor(pipeline, text):
    subjects = [c.subject for c in claims_of_text(pipeline, text) if c.kind.value == "distance"]
    assert subjects and all(s.startswith("from:capital") for s in subjects), subjects
