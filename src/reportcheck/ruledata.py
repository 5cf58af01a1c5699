"""Loading the rule files packaged in ``reportcheck/rules/``.

Rules that capture how reporters write (hedge cues, casualty verbs, weapon
classes, page furniture) are data, not code: YAML files read with
``importlib.resources`` and validated by a strict pydantic model, so an
unknown key or a wrong type is caught by the test suite, not at a user's desk.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from reportcheck.errors import ReportcheckError

ModelT = TypeVar("ModelT", bound=BaseModel)

#: libyaml's loader parses the rule files about ten times faster than the pure
#: Python one (0.05 s against 0.4 s for all of them, a start-up cost of every
#: command); PyYAML wheels ship it, a source build without libyaml may not.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def read_rule_text(filename: str) -> str:
    """The text of one packaged rule file."""
    return resources.files("reportcheck.rules").joinpath(filename).read_text(encoding="utf-8")


def load_rule_file(filename: str, model: type[ModelT]) -> ModelT:
    """Parse ``rules/filename`` (YAML) into ``model``, or raise ``rules-invalid``."""
    try:
        data = yaml.load(read_rule_text(filename), Loader=_LOADER)
        return model.model_validate(data)
    except (yaml.YAMLError, ValidationError) as exc:
        first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ReportcheckError("rules-invalid", f"invalid rule file: {first_line}", filename) from exc


def rule_files() -> list[str]:
    """Every packaged rule file, for the tests that keep them valid."""
    folder = resources.files("reportcheck.rules")
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".yaml", ".yml")))
