"""Whether two event mentions tell of one event: a small learned model.

Rules say "different" when two dates contradict and "same" when they
overlap; between two background stories that give no date to set against
each other ("the quake that hit Bam", "the earthquake that levelled the
city") they are silent.  There a logistic regression trained on ECB+ (which
annotates event mentions and which of them are one event across documents)
weighs what the text shows: the event word and its class, the dates, places,
numbers and names of the sentence, cues of an older event ("last year",
"earlier") and how alike the sentences are.

Its coefficients and feature names are package data
(``knowledge/data/same_event.json``, written by
``scripts/train_same_event.py``) applied with numpy: no pickle, nothing
downloaded, and numpy is imported only when a probability is asked for.
The features read text only (no parse), so the training script and the
align stage compute them the same way from what each has at hand.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from reportcheck.knowledge.names import names_match
from reportcheck.knowledge.vocabulary import MONTH_NAMES, WEEKDAY_NAMES

#: the feature names, in the order of the model's coefficients
FEATURES = (
    "same_lemma",
    "same_class",
    "other_class",
    "head_in_other_sentence",
    "date_agree",
    "date_disagree",
    "place_shared",
    "place_disjoint",
    "number_shared",
    "number_disjoint",
    "name_shared",
    "older_cue_one",
    "older_cue_both",
    "sentence_similarity",
)

_WEEKDAYS = tuple(name.lower() for name in WEEKDAY_NAMES)
_MONTHS = tuple(m.lower() for m in MONTH_NAMES)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|\d[\d,.]*")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_NUMBER = re.compile(r"\b\d[\d,]*(?:\.\d+)?\b")
#: words that place an event before the one a report is about
_OLDER = re.compile(
    r"\b(?:earlier|last (?:year|month|week|decade|century)|years? ago|months? ago|previous(?:ly)?|"
    r"former|prior|since|anniversary|in (?:1[89]\d\d|20\d\d)|another|history|deadliest|worst)\b",
    re.I,
)
_STOP_WORDS = (
    "a an the of in on at to for from by with and or but as is was were be been being are it its this that "
    "these those he she they them his her their we you i not no have has had do did will would can could "
    "said says say after before about into over than then there which who whom what when where while also "
    "more most one two three up out off all some other"
)
_STOP = frozenset(_STOP_WORDS.split())


#: inflections :func:`stem` strips, and what it puts back
_SUFFIXES = (("ies", "y"), ("ings", ""), ("ing", ""), ("ied", "y"), ("ed", ""), ("es", ""), ("s", ""))


def stem(word: str) -> str:
    """A crude lemma of an English word ("killings" and "killed" -> "kill").

    Both sides of a comparison go through it, so it needs to be consistent,
    not right: it strips the common inflections and nominal endings."""
    w = word.lower().strip(".,;:'\"()!?")
    for suffix, keep in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: len(w) - len(suffix)] + keep
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # "shott" never, "stabb" -> "stab"
    return w.rstrip("e") if len(w) > 4 else w


def stem_classes(by_word: Mapping[str, str]) -> dict[str, str]:
    """The event lexicon keyed by stem: {"kill": "incident", "arrest": "arrest"}."""
    return {stem(word): key for word, key in sorted(by_word.items())}


@dataclass(frozen=True)
class EventMention:
    """One event mention as the text shows it.

    ``head`` is the event word, ``event_class`` its class in the event
    lexicon (``rules/events.yaml``) or None, ``sentence`` the sentence it
    stands in; ``dates`` are date phrases and ``places`` place names the
    pipeline (or the annotation) ties to it."""

    head: str
    sentence: str
    event_class: str | None = None
    dates: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    names: tuple[str, ...] = field(default=())


def _date_keys(texts: Iterable[str]) -> tuple[set[str], set[str], set[str]]:
    years: set[str] = set()
    months: set[str] = set()
    weekdays: set[str] = set()
    for text in texts:
        lowered = text.lower()
        years |= set(_YEAR.findall(text))
        months |= {m for m in _MONTHS if re.search(rf"\b(?:{m}|{m[:3]}\.)", lowered)}
        weekdays |= {d for d in _WEEKDAYS if d in lowered}
    return years, months, weekdays


def _place_words(places: Iterable[str]) -> set[str]:
    """The capitalised words of place names ("an Atlanta courthouse" -> atlanta)."""
    return {w.lower() for p in places for w in _WORD.findall(p) if w[:1].isupper() and w.lower() not in _STOP}


_NAME_RUN = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)+)")


def name_runs(sentence: str) -> tuple[str, ...]:
    """Runs of two or more capitalised words inside a sentence: the names it gives."""
    skip = set(_MONTHS) | set(_WEEKDAYS)
    runs = []
    for run in _NAME_RUN.findall(sentence):
        words = [w for w in run.split() if w.lower() not in skip]
        if len(words) >= 2:
            runs.append(" ".join(words))
    return tuple(runs)


def _numbers(sentence: str) -> set[str]:
    return {n.replace(",", "") for n in _NUMBER.findall(sentence) if not _YEAR.fullmatch(n)}


def _content(sentence: str) -> Counter[str]:
    return Counter(stem(w) for w in _WORD.findall(sentence) if w.lower() not in _STOP and not w[0].isdigit())


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(a[k] * b[k] for k in a.keys() & b.keys())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def _both_disjoint(a: set[str], b: set[str]) -> float:
    return float(bool(a) and bool(b) and not a & b)


def features(a: EventMention, b: EventMention) -> list[float]:
    """The values of :data:`FEATURES` for a pair of mentions (symmetric)."""
    head_a, head_b = stem(a.head), stem(b.head)
    years_a, months_a, days_a = _date_keys(a.dates)
    years_b, months_b, days_b = _date_keys(b.dates)
    agree = bool(years_a & years_b or months_a & months_b or days_a & days_b)
    disagree = bool(_both_disjoint(years_a, years_b) or _both_disjoint(months_a, months_b))
    places_a, places_b = _place_words(a.places), _place_words(b.places)
    numbers_a, numbers_b = _numbers(a.sentence), _numbers(b.sentence)
    names_a = a.names or name_runs(a.sentence)
    names_b = b.names or name_runs(b.sentence)
    older_a, older_b = bool(_OLDER.search(a.sentence)), bool(_OLDER.search(b.sentence))
    both_classed = a.event_class is not None and b.event_class is not None
    words_a, words_b = _content(a.sentence), _content(b.sentence)
    return [
        float(bool(head_a) and head_a == head_b),
        float(both_classed and a.event_class == b.event_class),
        float(both_classed and a.event_class != b.event_class),
        float(bool(head_a) and bool(head_b) and (head_a in words_b or head_b in words_a)),
        float(agree),
        float(disagree),
        float(bool(places_a & places_b)),
        _both_disjoint(places_a, places_b),
        float(bool(numbers_a & numbers_b)),
        _both_disjoint(numbers_a, numbers_b),
        float(any(names_match(x, y) for x in names_a for y in names_b)),
        float(older_a != older_b),
        float(older_a and older_b),
        _cosine(words_a, words_b),
    ]


@dataclass(frozen=True)
class SameEventModel:
    """Coefficients of a logistic regression over :data:`FEATURES`, with the
    event lexicon's classes by stem as they were when it was trained.

    The classes travel with the weights: an edit to ``rules/events.yaml``
    (a new event word or class) must not change what the trained weights
    are applied to until the model is retrained on it."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    classes: Mapping[str, str] = field(default_factory=dict)

    def event_class(self, word: str) -> str | None:
        """The class the model was trained to see for an event word ("shooting" -> "incident")."""
        return self.classes.get(stem(word))

    def probability(self, a: EventMention, b: EventMention) -> float:
        return self.probabilities([features(a, b)])[0]

    def probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        import numpy as np  # noqa: PLC0415 - only when a probability is asked for

        x = np.asarray(rows, dtype=float).reshape(len(rows), len(self.weights))
        z = x @ np.asarray(self.weights, dtype=float) + self.bias
        return [float(p) for p in 1.0 / (1.0 + np.exp(-z))]


def model_from_json(data: Mapping[str, object]) -> SameEventModel:
    """The model a JSON document holds; its features must be :data:`FEATURES`."""
    names = tuple(str(n) for n in data["features"])  # type: ignore[attr-defined]
    if names != FEATURES:
        raise ValueError(f"same-event model features {names} are not {FEATURES}")
    weights = tuple(float(w) for w in data["weights"])  # type: ignore[attr-defined]
    if not isinstance(data.get("classes"), dict):
        raise ValueError("a same-event model names the event classes it was trained with ('classes')")
    classes = {str(k): str(v) for k, v in data["classes"].items()}  # type: ignore[attr-defined]
    bias, threshold = float(data["bias"]), float(data["threshold"])  # type: ignore[arg-type]
    return SameEventModel(names, weights, bias, threshold, classes)


@cache
def same_event_model() -> SameEventModel:
    """The shipped model (``knowledge/data/same_event.json``)."""
    path = resources.files("reportcheck.knowledge").joinpath("data/same_event.json")
    text = path.read_text(encoding="utf-8")
    return model_from_json(json.loads(text))


def same_event_probability(a: EventMention, b: EventMention) -> float:
    """The probability that ``a`` and ``b`` tell of one event."""
    return same_event_model().probability(a, b)
