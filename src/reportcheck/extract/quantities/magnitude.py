"""Earthquake magnitudes: "5.6 magnitude", "magnitude-6.1", "M5.6",
"a magnitude of 5.9", "measuring 5.9 on the Richter scale", "a 7.1 temblor",
an agency's "recorded its magnitude as 6.6".

A magnitude is written to one decimal, so its rounding is +/-0.05; a
"preliminary magnitude 4.4" later "revised to 4.2" is a real difference
(see the comparer's rule on revisions), so no hedge tolerance is added here.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from reportcheck.extract.core.base import RawClaim, add_claim, register_extractor
from reportcheck.knowledge.magnitudes import doublet_apart_words, doublet_range_words
from reportcheck.models import ClaimKind, Value

_NUMBER = r"(?P<value>\d{1,2}(?:\.\d{1,2})?)"
_SCALE = r"(?:on\s+the\s+(?:open-ended\s+)?Richter\s+scale|Richter)"
MAGNITUDE_PATTERNS = [
    re.compile(rf"\b{_NUMBER}\s?-?\s?(?:magnitude|Richter)\b", re.IGNORECASE),
    re.compile(rf"\bmagnitudes?(?:\s+of)?(?:\s+|-){_NUMBER}\b", re.IGNORECASE),
    re.compile(rf"\b(?:M|Mw|Ms|ML)\s?{_NUMBER}\b"),
    re.compile(rf"\b(?:measur\w*|register\w*)\s+{_NUMBER}(?:\s+{_SCALE})?", re.IGNORECASE),
    re.compile(rf"\b{_NUMBER}\s+{_SCALE}", re.IGNORECASE),
    # an agency's figure: "recorded its magnitude as 6.6", "measured the
    # magnitude of the initial quake as 5.9", "put the magnitude at 6.1",
    # "revised the magnitude to 4.2"; to a tenth, as agencies give it ("the
    # magnitude at 10 pm" is no figure)
    re.compile(
        r"\bmagnitude(?:\s+of\s+(?:the|this|that|\w+'s)?\s*(?:\w+\s+)?"
        r"(?:earthquake|quake|temblor|tremor|shock|aftershock|foreshock))?"
        r"\s+(?:as|at|to)\s+(?:an?\s+)?(?P<value>\d\.\d)\b",
        re.IGNORECASE,
    ),
    # "a 5.6 quake", "the 7.1 temblor of 1999", "a 5.4 aftershock": a figure
    # to one decimal written straight before the word for a quake is its size
    re.compile(
        r"\b(?P<value>\d\.\d)[\s-]+(?:earthquake|quake|temblor|tremor|aftershock|foreshock|shock)s?\b",
        re.IGNORECASE,
    ),
]
#: a revision names its figures without the word "magnitude" beside them:
#: "was later downgraded to 6.1", "revised it up to 5.8", "6.4, down from an
#: initial estimate of 6.6".  Only the figure is the claim's words, so the
#: words before it stay a cue: "down from" marks the replaced figure
#: (rules/cues.yaml, extract/core/revisions.py)
REVISION_PATTERNS = [
    re.compile(
        r"\b(?:downgraded|upgraded|revised(?:\s+(?:down|up)(?:wards?)?)?|lowered|raised)"
        r"\s+(?:(?:it|the\s+(?:magnitude|quake|earthquake))\s+)?(?:down\s+|up\s+)?(?:to|from)"
        r"\s+(?:an?\s+)?(?:magnitude\s+)?(?P<value>\d\.\d)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:down|up)\s+from\s+(?:an?\s+|the\s+)?(?:(?:initial|earlier|preliminary|first|previous|original)\s+)?"
        r"(?:(?:estimate|reading|figure|measurement|magnitude)\s+)?(?:of\s+)?(?P<value>\d\.\d)\b",
        re.IGNORECASE,
    ),
]
#: what a quake was, told by a bare figure; only the figure is the claim's
#: words, so the quake word before it tells which quake (the aftershock)
TOLD_AS_PATTERNS = [
    # "the largest aftershock was a 5.1", "the quake, a 6.2, struck at dawn":
    # a bare figure to one decimal told as what a quake was (never "a 5.1
    # percent rise", a clock "5.10" or a further decimal)
    re.compile(
        r"\b(?:earthquake|quake|temblor|tremor|aftershock|foreshock|shock)s?"
        r"(?:\s+(?:was|is|had\s+been|has\s+been)|,)\s+an?\s+(?P<value>\d\.\d)\b"
        r"(?![.:]\d|\s*(?:%|percent\b|per\s*cent\b|[ap]\.?m\b))",
        re.IGNORECASE,
    ),
]
#: a bound that picks which quakes are counted, not a quake's own size:
#: seismologists count aftershocks "above magnitude 4", "of magnitude 4.5 or
#: greater".  A comparison before the figure is a bound only after a plural
#: quake word (one quake "measuring more than magnitude 6", "of at least
#: magnitude 5.9", is that quake's floor); "N or greater" after it always is
BOUND_PATTERNS = [
    re.compile(
        r"\b(?:earthquake|quake|temblor|tremor|aftershock|foreshock|shock)s(?:\s+of)?"
        r"\s+(?:above|over|exceeding|(?:greater|more|stronger|higher|larger|bigger)\s+than)"
        rf"\s+(?:a\s+)?magnitudes?[\s-]+{_NUMBER}\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\bmagnitudes?[\s-]+{_NUMBER}\s*(?:\+|(?:or|and)\s+(?:above|higher|greater|more|larger|stronger|bigger)\b)",
        re.IGNORECASE,
    ),
    # a band the quakes counted fall in, as a seismologist sums up
    # aftershocks: "we've had a few in the magnitude 3 to 4 range", "several
    # in the 4-5 magnitude range"; no one quake's size (each figure a bound)
    re.compile(
        rf"\bmagnitudes?[\s-]+{_NUMBER}\s*(?:to|-|–)\s*(?:magnitude\s+)?\d{{1,2}}(?:\.\d{{1,2}})?\s+range\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b\d{{1,2}}(?:\.\d{{1,2}})?\s*(?:to|-|–)\s*{_NUMBER}[\s-]*magnitude\s+range\b",
        re.IGNORECASE,
    ),
]
#: a doublet, two shocks' figures joined by "and": "the twin earthquakes of
#: magnitude 7.8 and 7.5" (the second figure), "the 7.8 and 7.5 magnitude
#: quakes" (the first); the other figure is read by the patterns above.
#: Only the figure is the claim's words; the incidents stage makes the
#: second a shock of its own (incident_events ``_second_of_doublet``)
DOUBLET_PATTERNS = [
    re.compile(
        r"\bmagnitude(?:\s+of)?[\s-]+\d\.\d\s+and\s+(?:magnitude[\s-]+)?(?P<value>\d\.\d)\b(?![.:]\d)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?P<value>\d\.\d)\s+and\s+\d\.\d[\s-]+(?:magnitude|(?:earthquake|quake|temblor|tremor)s)\b",
        re.IGNORECASE,
    ),
]
#: every pattern, each with whether only its figure is the claim's words
_ALL_PATTERNS = (
    [(p, False) for p in MAGNITUDE_PATTERNS]
    + [(p, True) for p in REVISION_PATTERNS]
    + [(p, True) for p in TOLD_AS_PATTERNS]
    + [(p, True) for p in DOUBLET_PATTERNS]
)
_SEISMIC_CONTEXT = re.compile(r"quake|tremor|seismic|magnitude|richter|aftershock|temblor", re.IGNORECASE)


def find_magnitudes(text: str) -> list[tuple[int, int, float, int]]:
    """(start, end, value, decimals) for each magnitude in ``text``."""
    found: list[tuple[int, int, float, int]] = []
    bounds = [m.span("value") for p in BOUND_PATTERNS for m in p.finditer(text)]
    for pattern, figure_only in _ALL_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span("value") if figure_only else match.span()
            if any(s < end and start < e for s, e, _, _ in found):
                continue
            if any(start <= s and e <= end for s, e in bounds):
                continue  # "aftershocks above magnitude 4": a bound, no size
            if pattern in DOUBLET_PATTERNS and not _doublet(text, match):
                continue
            raw = match.group("value")
            value = float(raw)
            if not 0 < value < 10.5:
                continue
            decimals = len(raw.split(".")[1]) if "." in raw else 0
            found.append((start, end, value, decimals))
    return sorted(found)


def _doublet(text: str, match: re.Match[str]) -> bool:
    """Whether two figures joined by "and" tell two shocks: no range's word
    before them, no "respectively" nor "scales" after them in the sentence
    (the words of rules/magnitudes.yaml, which the incidents stage reads too)."""
    before, after = text[: match.start()], text[match.end() :]
    return not _range_before().search(before) and not _apart_after().search(after)


@cache
def _range_before() -> re.Pattern[str]:
    """A range's word right before the first figure ("between 5.5",
    "between magnitude 5.5", "from magnitudes of 5.5")."""
    words = "|".join(sorted(map(re.escape, doublet_range_words())))
    return re.compile(rf"\b(?:{words})\s+(?:magnitudes?[\s-]+(?:of\s+)?)?$", re.IGNORECASE)


@cache
def _apart_after() -> re.Pattern[str]:
    """A word of two measures of one shock anywhere after the figures."""
    words = "|".join(sorted(map(re.escape, doublet_apart_words())))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def magnitude_claim(start: int, end: int, value: float, decimals: int) -> RawClaim:
    """A quake's magnitude read from ``start`` to ``end`` of the Doc's text,
    written to ``decimals`` places (its rounding is half the last step)."""
    half_step = 0.5 * 10**-decimals
    return RawClaim(
        kind=ClaimKind.magnitude,
        start=start,
        end=end,
        subject="quake",
        subject_label="quake magnitude",
        value=Value(
            unit="magnitude",
            written=value,
            precision=half_step,
            low=value,
            high=value,
            label=f"{value:g}",
        ),
    )


def extract_magnitudes(doc: Doc) -> None:
    """Add magnitude claims for sentences that speak of a quake."""
    for sent in doc.sents:
        if not _SEISMIC_CONTEXT.search(sent.text):
            continue
        for start, end, value, decimals in find_magnitudes(sent.text):
            add_claim(doc, magnitude_claim(sent.start_char + start, sent.start_char + end, value, decimals))


register_extractor("reportcheck_magnitude", extract_magnitudes)
