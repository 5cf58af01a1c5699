"""A newsroom's own defaults: ``reportcheck.toml`` or ``[tool.reportcheck]``.

A desk that always wants JSON, two worker processes or a looser hedge margin
writes it once, in the working directory, instead of on every command line:

.. code-block:: toml

    [tool.reportcheck]          # in pyproject.toml; reportcheck.toml holds the same keys at its top
    format = "json"
    jobs = 2
    [tool.reportcheck.tolerances]
    hedge_relative = 0.15

``reportcheck.toml`` wins over ``pyproject.toml`` when both exist; options
given on the command line win over both.  The schema is strict: a misspelt
key is a one-line ``settings-invalid`` error naming the file and the key,
never a setting silently ignored.  Commands call :func:`load_settings` once.
"""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, Field, ValidationError, create_model

from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE
from reportcheck.errors import ReportcheckError
from reportcheck.formats import EXTENSIONS, OutputFormat
from reportcheck.knowledge.rules import Strict
from reportcheck.knowledge.tolerance import Tolerances
from reportcheck.load import DEFAULT_MAX_CHARS

#: files looked for in the working directory, the first found wins
SETTINGS_FILES = ("reportcheck.toml", "pyproject.toml")
#: how many keys two reports must share before batch weighs whether they tell one incident
#: (reportcheck.incident_match decides; see reportcheck.batch.grouping).  1 finds more
#: (Gun Violence Corpus recall 0.73 against 0.66) but weighs every pair of a block.
DEFAULT_MIN_SHARED = 2
#: the largest values the settings accept: past them a setting is a typo, not a choice
#: (a billion characters is no report; more workers than this machine class has cores
#: only thrash; no two reports of one incident share fifty key words)
MOST_CHARS = 1_000_000_000
MOST_JOBS = 256
MOST_SHARED = 50

#: field name -> (type, Field) for create_model; typed Any, as mypy matches no tuple of a
#: **dict against create_model's field definitions (it does a literal keyword's)
_TOLERANCE_FIELDS: dict[str, Any] = {
    field.name: (float, Field(default=field.default, ge=0, le=field.metadata["max"]))
    for field in dataclasses.fields(Tolerances)
}
#: ``[tool.reportcheck.tolerances]``: one float per field of Tolerances, made from the
#: dataclass itself so a new tolerance is configurable the day it is added
ToleranceSettings = create_model("ToleranceSettings", __base__=Strict, **_TOLERANCE_FIELDS)


class Settings(Strict):
    """Defaults for every command; ``None`` means "reportcheck's own default"."""

    model: str | None = None  #: spaCy pipeline, as --model
    max_chars: int = Field(default=DEFAULT_MAX_CHARS, ge=1, le=MOST_CHARS)  #: as --max-chars
    jobs: int = Field(default=1, ge=1, le=MOST_JOBS)  #: worker processes for batch, as --jobs
    format: OutputFormat | None = None  #: output format, as --format
    #: batch grouping, as --min-shared
    min_shared: int = Field(default=DEFAULT_MIN_SHARED, ge=1, le=MOST_SHARED)
    #: below this confidence a conflict is a possible_conflict, as --min-confidence
    #: (0 keeps every conflict; 1 demotes all but the surest)
    min_confidence: float = Field(default=DEFAULT_MIN_CONFIDENCE, ge=0, le=1)
    tolerances: ToleranceSettings = Field(default_factory=ToleranceSettings)

    def tolerance_values(self) -> Tolerances:
        """The tolerances as the comparer takes them."""
        return Tolerances(**self.tolerances.model_dump())


T = TypeVar("T")


def choose(flag: T | None, setting: T) -> T:
    """An option given on the command line, else the setting."""
    return setting if flag is None else flag


def pick_format(flag: OutputFormat | None, output: Path | None, settings: Settings) -> OutputFormat | None:
    """--format if given; else None when -o's extension names a format (the
    exporter reads it); else the settings' format (None: the table)."""
    if flag is not None:
        return flag
    if output is not None and output.suffix.lower() in EXTENSIONS:
        return None
    return settings.format


def settings_file(directory: Path | None = None) -> Path | None:
    """The file settings are read from: reportcheck.toml, else a pyproject.toml, else none."""
    directory = Path.cwd() if directory is None else directory
    for name in SETTINGS_FILES:
        candidate = directory / name
        if candidate.is_file():
            return candidate
    return None


def load_settings(directory: Path | None = None) -> Settings:
    """The settings of the working directory (or ``directory``); defaults when there are none."""
    path = settings_file(directory)
    if path is None:
        return Settings()
    table, section = _our_table(_read_toml(path), path.name)
    try:
        return Settings.model_validate(table)
    except ValidationError as error:
        raise ReportcheckError("settings-invalid", _one_line(error, section), str(path)) from None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ReportcheckError("settings-invalid", f"is not valid TOML: {error}", str(path)) from None
    except OSError as error:
        raise ReportcheckError("settings-invalid", error.strerror or str(error), str(path)) from None


def _our_table(document: dict[str, Any], file_name: str) -> tuple[dict[str, Any], str]:
    """reportcheck's table of a settings file, and how messages name it.

    pyproject.toml keeps it under ``[tool.reportcheck]``; reportcheck.toml at
    its top level, or under ``[tool.reportcheck]`` when copied from a pyproject."""
    nested = document.get("tool", {}).get("reportcheck") if isinstance(document.get("tool"), dict) else None
    if file_name == "pyproject.toml" or (set(document) == {"tool"} and nested is not None):
        return (nested if isinstance(nested, dict) else {}), "[tool.reportcheck]"
    return document, ""


def _one_line(error: ValidationError, section: str) -> str:
    """The first problem pydantic found, as reportcheck's one line."""
    problems = error.errors()
    first = problems[0]
    key = ".".join(str(part) for part in first["loc"])
    where = f"{section} key {key!r}" if section else f"key {key!r}"
    if first["type"] == "extra_forbidden":
        message = f"unknown {where}"
        message += f" (known: {', '.join(_known_keys(first['loc'][:-1]))})"
    else:
        message = f"{where}: {first['msg']}"
    more = len(problems) - 1
    return message + (f" (and {more} more problem{'s' if more > 1 else ''})" if more else "")


def _known_keys(parent: tuple) -> list[str]:
    """The keys allowed beside an unknown one (top level or ``tolerances``)."""
    model: type[BaseModel] = ToleranceSettings if parent == ("tolerances",) else Settings
    return sorted(model.model_fields)
