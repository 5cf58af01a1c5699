"""The ``reportcheck_*`` components: the registered set and order held against a snapshot.

:mod:`reportcheck.extract.registry` is the one list the pipeline is built
from; ``tests/extract/factories.json`` is its checked-in copy, so adding,
removing or reordering a component is a visible change to that file
(regenerate it with ``REPORTCHECK_UPDATE_FACTORIES=1``).
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import os
from pathlib import Path

import pytest
from spacy.language import Language

from reportcheck.extract.registry import COMPONENTS, DATELINE_JOIN, LINE_BREAKS

SNAPSHOT = Path(__file__).parent / "factories.json"


def registered() -> dict[str, list[dict[str, object]]]:
    as_json = lambda component: {  # noqa: E731
        key: list(value) if isinstance(value, tuple) else value
        for key, value in dataclasses.asdict(component).items()
        if key != "module"  # where a factory lives may move; its name, place and contract may not silently
    }
    return {
        "before_parser": [as_json(LINE_BREAKS)],
        "after_parser": [as_json(DATELINE_JOIN)],
        "in_order": [as_json(component) for component in COMPONENTS],
    }


def test_components_match_the_snapshot():
    if os.environ.get("REPORTCHECK_UPDATE_FACTORIES"):
        SNAPSHOT.write_text(json.dumps(registered(), indent=2) + "\n", encoding="utf-8")
    assert registered() == json.loads(SNAPSHOT.read_text(encoding="utf-8"))


@pytest.mark.parametrize("component", [LINE_BREAKS, DATELINE_JOIN, *COMPONENTS], ids=lambda c: c.name)
def test_component_module_registers_its_factory(component):
    importlib.import_module(component.module)
    assert Language.has_factory(component.name)


def test_names_are_unique():
    names = [component.name for component in (LINE_BREAKS, DATELINE_JOIN, *COMPONENTS)]
    assert len(names) == len(set(names))


def test_pipeline_runs_the_components_in_order(pipeline):
    ours = [name for name in pipeline.pipe_names if name.startswith("reportcheck_")]
    assert ours == [LINE_BREAKS.name, DATELINE_JOIN.name, *(component.name for component in COMPONENTS)]
