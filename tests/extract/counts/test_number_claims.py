"""Numbers inside count claims: one reading of a number phrase for every claim builder.

The number parser reading "twenty-four" as 24 is not enough: a count claim
must take the whole phrase as its figure, in subject and in object position.

Scope of the Recognizers-Text cases (tests/data/recognizers_text/number.jsonl,
MIT): every case with a single result that is a whole number from 1 up,
of subtype integer (or none given): numerals, number words, compounds
("fifty - two"), multipliers ("half a dozen", "3 dzs") and scale words or
suffixes ("2 million", "10k", "3 hundred and 21").  Out of scope: fractions,
decimals, negatives, powers, several results in one input (addresses,
ranges), and the cases listed in ``EXCLUDED`` with their reason.  Each
case's number is put into "N people were injured." and "The blast injured
N people." and must give one injured count of exactly N.  At least
``MINIMUM_RATE`` of the checks must pass; the failures known today are in
``KNOWN_FAILURES`` (none at the time of writing).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .test_counts import claims_in

DATA = Path(__file__).resolve().parents[2] / "data" / "recognizers_text" / "number.jsonl"
MINIMUM_RATE = 0.98
FRAMES = ("{} people were injured.", "The blast injured {} people.")

#: In-scope-looking inputs left out, with why.
EXCLUDED = {
    "10G": "G as giga: no report counts people so, and '5G' or '10G' name networks and grams",
    "1,674.5 G": "G as giga: no report counts people so, and '5G' or '10G' name networks and grams",
}
#: (input, frame) pairs that fail today, as xfail(strict=True).
KNOWN_FAILURES: dict[tuple[str, str], str] = {}


def _cases() -> list[tuple[int, str, float]]:
    """(line, the number as written in the input, its value) for every in-scope case."""
    cases = []
    for line, record in enumerate(DATA.read_text(encoding="utf-8").splitlines(), start=1):
        if not record.strip():
            continue
        case = json.loads(record)
        results = case.get("Results", [])
        if len(results) != 1 or case["Input"].strip() in EXCLUDED:
            continue
        result = results[0]
        if result["Resolution"].get("subtype") not in ("integer", None):
            continue
        value = float(result["Resolution"]["value"])
        if value < 1 or value != int(value):
            continue
        cases.append((line, case["Input"][result["Start"] : result["End"] + 1], value))
    return cases


CASES = _cases()


def _sentence(frame: str, number: str) -> str:
    sentence = frame.format(number)
    return sentence[0].upper() + sentence[1:]


def _params():
    params = []
    for line, number, value in CASES:
        for position, frame in zip(("subject", "object"), FRAMES, strict=True):
            reason = KNOWN_FAILURES.get((number, frame))
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            params.append(pytest.param(frame, number, value, id=f"number:{line}:{position}", marks=marks))
    return params


@pytest.mark.parametrize(("frame", "number", "value"), _params())
def test_recognizers_text_number_as_a_count(pipeline, frame, number, value):
    claims = claims_in(pipeline, _sentence(frame, number))
    got = [(c.kind.value, c.value.low, c.value.high) for c in claims]
    assert got == [("injured", value, value)]


def test_scope_and_rate():
    """The scope is not empty and the known failures leave the target rate."""
    assert len(CASES) >= 60
    checks = len(CASES) * len(FRAMES)
    assert 1 - len(KNOWN_FAILURES) / checks >= MINIMUM_RATE


# Number phrases as reporters write them, in subject and object position.
PHRASES = [
    ("Twenty-four", 24, 24),
    ("twenty four", 24, 24),
    ("thirty-five", 35, 35),
    ("one hundred and twenty", 120, 120),
    ("two dozen", 24, 24),
    ("a dozen", 12, 12),
    ("half a dozen", 6, 6),
    ("three dozen", 36, 36),
    ("five thousand", 5000, 5000),
    ("4 thousand", 4000, 4000),
    ("1.5 million", 1_500_000, 1_500_000),
    ("20K", 20_000, 20_000),
    ("twelve (12)", 12, 12),
    ("a couple of", 2, 3),
    ("scores of", 40, 199),
    ("more than three dozen", 37, None),
    ("at least two dozen", 24, None),
]


@pytest.mark.parametrize(("phrase", "low", "high"), PHRASES)
@pytest.mark.parametrize("frame", FRAMES)
def test_number_phrase_in_a_count(pipeline, frame, phrase, low, high):
    claims = claims_in(pipeline, _sentence(frame, phrase))
    assert [(c.kind.value, c.value.low, c.value.high) for c in claims] == [("injured", low, high)]


CLAIM_CASES = [
    # an ordinal after "a" singles out one person: the ones before may have
    # come to another end ("two were killed; a third teenager was hurt")
    ("A third victim died in hospital on Sunday.", [("killed", "victims", 1, 1)]),
    ("Police said a second officer was wounded.", [("injured", "victims", 1, 1)]),
    ("A 4th person was killed when the wall fell.", [("killed", "victims", 1, 1)]),
    # "about" is a hedge of the count, not part of the number
    ("About a dozen people suffered minor injuries.", [("injured", "victims", 12, 12)]),
    ("Dozens were injured when the roof collapsed.", [("injured", "victims", 24, 150)]),
    # a figure before a singular noun names it: no tally of blocks or calls
    ("Officers were called to the 300 block of Elm Street, where a man was shot.", None),
    ("The 911 call came in shortly after midnight.", []),
    ("Dispatchers received several 911 calls about the gunfire.", []),
    ("Police received 14 calls about the gunfire.", [("other_count", "calls", 14, 14)]),
    ("The fire spread to a house two blocks away.", []),
    # "one of the 12 villages": the set's own figure is the tally, the member is none
    (
        "One of the 12 worst-hit villages was cut off by the floods.",
        [("other_count", "villages", 12, 12)],
    ),
    ("Two of the 15 houses on the street burned down.", [("other_count", "homes", 15, 15)]),
]


@pytest.mark.parametrize(("sentence", "expected"), CLAIM_CASES)
def test_number_claims(pipeline, sentence, expected):
    claims = claims_in(pipeline, sentence)
    got = [(c.kind.value, c.subject, c.value.low, c.value.high) for c in claims]
    if expected is None:  # only: no tally of blocks
        assert not [g for g in got if g[1] == "buildings"]
    else:
        assert got == expected


@pytest.mark.parametrize(
    "sentence", ["A third victim died in hospital on Sunday.", "A second man was injured in the crash."]
)
def test_an_ordinal_person_is_one_of_the_count(pipeline, sentence):
    (claim,) = claims_in(pipeline, sentence)
    assert claim.count.group == "individual"
