"""The same-event model: its shipped JSON, its features on sentence pairs
written in reporters' patterns, its ordering on clear cases, and a training
run that writes the same bytes twice.

The sentences are our own, written in the patterns of quake and shooting
reports (an aftershock told beside the main quake; one shooting told by two
outlets with other words); the corpus test retrains on ECB+ and is skipped
where the corpus is not.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import sys
from functools import cache
from pathlib import Path

import pytest

from reportcheck.knowledge.same_event import (
    FEATURES,
    EventMention,
    features,
    model_from_json,
    name_runs,
    same_event_model,
    same_event_probability,
    stem,
)

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "src" / "reportcheck" / "knowledge" / "data" / "same_event.json"
CORPUS = Path(os.environ.get("REPORTCHECK_ECBPLUS", str(ROOT.parent / "shared" / "corpus" / "ecbplus_dev")))


@cache
def _script():
    """The training script as a module (scripts/ is no package)."""
    spec = importlib.util.spec_from_file_location(
        "train_same_event", ROOT / "scripts" / "train_same_event.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def feature(a: EventMention, b: EventMention, name: str) -> float:
    return features(a, b)[FEATURES.index(name)]


MAIN_QUAKE = EventMention(
    "earthquake",
    "A magnitude 6.2 earthquake struck near Valdoria on Tuesday, toppling walls in the old town.",
    "incident",
    ("Tuesday",),
    ("Valdoria",),
)
AFTERSHOCK = EventMention(
    "aftershock",
    "A 4.8 aftershock rattled the region two days later, the strongest of over 200 since the main shock.",
    None,
    ("two days later",),
)
SHOOTING_ONE = EventMention(
    "shooting",
    "Police said 5 people were wounded in the shooting outside a bar on Elm Street in Marlow on Saturday.",
    "incident",
    ("Saturday",),
    ("Marlow",),
)
SHOOTING_TWO = EventMention(
    "shooting",
    "The shooting in Marlow on Saturday left 5 people injured after a man fired into a crowd at the bar.",
    "incident",
    ("Saturday",),
    ("Marlow",),
)
OLD_SHOOTING = EventMention(
    "shooting",
    "It was the worst shooting in the county since 1998, when a gunman killed 7 at a Dunmore factory.",
    "incident",
    ("1998",),
    ("Dunmore",),
)
ARREST = EventMention(
    "arrested",
    "A 24-year-old suspect was arrested in Kendal on Monday after a two-day search.",
    "arrest",
    ("Monday",),
    ("Kendal",),
)


def test_shipped_json_has_one_weight_per_feature_and_kept_the_dev_topics_out():
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert tuple(data["features"]) == FEATURES
    assert len(data["weights"]) == len(FEATURES)
    assert all(math.isfinite(w) for w in [*data["weights"], data["bias"]])
    assert 0 < data["threshold"] < 1
    trained = set(data["trained_on"]["topics"])
    assert not trained & _script().DEV_TOPICS
    assert not trained & set(data["trained_on"]["held_apart_topics"])
    assert same_event_model().weights == tuple(data["weights"])


def test_a_model_with_other_features_is_refused():
    with pytest.raises(ValueError, match="features"):
        model_from_json({"features": ["same_lemma"], "weights": [1.0], "bias": 0.0, "threshold": 0.5})


@pytest.mark.parametrize(
    ("words", "stemmed"),
    [
        (("killed", "kills", "killing"), "kill"),
        (("shootings", "shooting"), "shoot"),
        (("injuries", "injury"), "injury"),
    ],
)
def test_inflections_share_a_stem(words, stemmed):
    assert {stem(w) for w in words} == {stem(stemmed)}


def test_names_inside_a_sentence_are_runs_of_capitals_not_months():
    runs = name_runs("On Monday March 3 the mayor, Ellen Brody, met Chief Tom Alvarez in Sandford.")
    assert "Ellen Brody" in runs and any("Alvarez" in r for r in runs)
    assert not any("March" in r or "Monday" in r for r in runs)


def test_an_aftershock_and_the_main_quake_share_neither_word_nor_figures():
    assert feature(MAIN_QUAKE, AFTERSHOCK, "same_lemma") == 0
    assert feature(MAIN_QUAKE, AFTERSHOCK, "number_disjoint") == 1
    assert feature(MAIN_QUAKE, AFTERSHOCK, "number_shared") == 0


def test_one_shooting_told_two_ways_agrees_on_word_day_place_and_toll():
    assert feature(SHOOTING_ONE, SHOOTING_TWO, "same_lemma") == 1
    assert feature(SHOOTING_ONE, SHOOTING_TWO, "same_class") == 1
    assert feature(SHOOTING_ONE, SHOOTING_TWO, "date_agree") == 1
    assert feature(SHOOTING_ONE, SHOOTING_TWO, "date_disagree") == 0
    assert feature(SHOOTING_ONE, SHOOTING_TWO, "place_shared") == 1
    assert feature(SHOOTING_ONE, SHOOTING_TWO, "number_shared") == 1
    assert feature(SHOOTING_ONE, SHOOTING_TWO, "sentence_similarity") > 0.3


def test_an_older_shooting_disagrees_on_the_year_and_carries_an_older_cue():
    dated = EventMention(SHOOTING_ONE.head, SHOOTING_ONE.sentence, "incident", ("Saturday, June 4, 2022",))
    assert feature(dated, OLD_SHOOTING, "date_disagree") == 1
    assert feature(SHOOTING_ONE, OLD_SHOOTING, "older_cue_one") == 1
    assert feature(SHOOTING_ONE, ARREST, "other_class") == 1


def test_features_are_symmetric():
    for a, b in [(MAIN_QUAKE, AFTERSHOCK), (SHOOTING_ONE, OLD_SHOOTING), (SHOOTING_TWO, ARREST)]:
        assert features(a, b) == features(b, a)


def test_the_same_shooting_is_more_likely_one_event_than_the_pairs_that_are_not():
    same = same_event_probability(SHOOTING_ONE, SHOOTING_TWO)
    assert same >= same_event_model().threshold
    assert same > same_event_probability(MAIN_QUAKE, AFTERSHOCK)
    assert same > same_event_probability(SHOOTING_ONE, OLD_SHOOTING)
    assert same > same_event_probability(SHOOTING_TWO, ARREST)
    assert same_event_probability(MAIN_QUAKE, AFTERSHOCK) < same_event_model().threshold


# ------------------------------------------------------------ training


def _write_doc(root: Path, topic: int, name: str, sentences: list[str], mentions, instances) -> None:
    """One ECB+-shaped document: text lines and its annotation JSON."""
    (root / "text" / str(topic)).mkdir(parents=True, exist_ok=True)
    (root / "annotations" / str(topic)).mkdir(parents=True, exist_ok=True)
    (root / "text" / str(topic) / f"{name}.txt").write_text("\n".join(sentences), encoding="utf-8")
    annotation = {
        "doc": name,
        "topic": topic,
        "subtopic": f"{topic}{'b' if 'plus' in name else 'a'}",
        "coref_validated_sentences": list(range(len(sentences))),
        "mentions": [
            {"m_id": str(i), "type": t, "text": x, "sentence": s} for i, (t, x, s) in enumerate(mentions)
        ],
        "cross_doc_instances": {
            ident: {"tag": "ACTION_OCCURRENCE", "descriptor": ident, "mentions": texts}
            for ident, texts in instances.items()
        },
    }
    (root / "annotations" / str(topic) / f"{name}.json").write_text(json.dumps(annotation), encoding="utf-8")


def tiny_corpus(root: Path) -> Path:
    """Six topics of two seminal events each (a quake in one town, another in
    the next), three documents apiece."""
    towns = [
        "Arden",
        "Bexley",
        "Corran",
        "Delmar",
        "Eston",
        "Farrow",
        "Garth",
        "Holm",
        "Ives",
        "Jura",
        "Kell",
        "Lorn",
    ]
    for topic in (1, 2, 4, 5, 6, 7):
        for half, town in (("ecb", towns[2 * (topic % 6)]), ("ecbplus", towns[2 * (topic % 6) + 1])):
            for n, verb in enumerate(("struck", "hit", "shook"), start=1):
                dead = 3 + topic + (half == "ecbplus")
                sentences = [
                    f"An earthquake {verb} {town} on Monday, killing {dead} people.",
                    f"Rescuers in {town} searched the rubble as an aftershock {verb} the area on Tuesday.",
                ]
                mentions = [
                    ("ACTION_OCCURRENCE", "earthquake", 0),
                    ("ACTION_OCCURRENCE", "killing", 0),
                    ("ACTION_OCCURRENCE", "aftershock", 1),
                    ("TIME_DATE", "Monday", 0),
                    ("LOC_GEO", town, 0),
                ]
                instances = {
                    f"ACT{topic}{half}quake": ["earthquake"],
                    f"ACT{topic}{half}deaths": ["killing"],
                    f"ACT{topic}{half}after": ["aftershock"],
                }
                _write_doc(root, topic, f"{topic}_{n}{half}", sentences, mentions, instances)
    return root


def test_training_on_a_tiny_corpus_writes_the_same_bytes_twice(tmp_path, capsys):
    corpus = tiny_corpus(tmp_path / "corpus")
    script = _script()
    assert script.main([str(corpus), "--out", str(tmp_path / "one.json")]) == 0
    assert script.main([str(corpus), "--out", str(tmp_path / "two.json")]) == 0
    first = (tmp_path / "one.json").read_bytes()
    assert first == (tmp_path / "two.json").read_bytes()
    model = json.loads(first)
    assert model["trained_on"]["held_apart_topics"] == [6]
    assert model["trained_on"]["same_event_pairs"] > 0
    assert "held apart" in capsys.readouterr().out


def test_training_refuses_a_folder_without_annotations(tmp_path, capsys):
    assert _script().main([str(tmp_path)]) == 2
    assert "annotations" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.skipif(not (CORPUS / "annotations").is_dir(), reason="the ECB+ corpus is not here")
def test_retraining_on_ecbplus_gives_the_shipped_model(tmp_path):
    assert _script().main([str(CORPUS), "--out", str(tmp_path / "model.json")]) == 0
    assert (tmp_path / "model.json").read_bytes() == SHIPPED.read_bytes()


def test_the_model_reads_event_classes_it_was_trained_with_not_todays_lexicon():
    """A new word in rules/events.yaml must not change the trained model's
    inputs until it is retrained: the classes travel in its JSON."""
    data = {
        "features": list(FEATURES),
        "weights": [0.0] * len(FEATURES),
        "bias": 0.0,
        "threshold": 0.5,
        "classes": {stem("quake"): "incident", stem("arrest"): "arrest"},
    }
    model = model_from_json(data)
    assert model.event_class("quake") == "incident"
    assert model.event_class("arrested") == "arrest"
    assert model.event_class("derailment") is None, "a word the model never saw has no class"
    with pytest.raises(ValueError, match="classes"):
        model_from_json({key: value for key, value in data.items() if key != "classes"})
    assert same_event_model().event_class("shooting") == "incident", "the shipped model carries its classes"
