"""The rule files in ``reportcheck/rules/``: their strict base model, their loader and their registry.

Rules that capture how reporters write (hedge cues, casualty verbs, weapon
classes, page furniture) are data, not code: YAML files read with
``importlib.resources`` and validated by a strict pydantic model, so an
unknown key or a wrong type is caught by the test suite, not at a user's desk.

:class:`Strict` is the one base of every strict model, rule models and the
records that flow between the stages alike (``extra="forbid"``: a misspelt key
is an error, not a silent drop).  :data:`REGISTRY` names the model that reads
each rule file, as ``"module:ClassName"`` strings resolved on demand, so this
module imports nothing of extract at import time.

Validating every rule file costs each process that builds the pipeline about
25 ms (the YAML parse about 18 ms, the validation the rest); the validated
models are kept in the user cache directory (:mod:`reportcheck.diskcache`),
keyed by the rule text, the model's source files and the versions of pydantic
and reportcheck, and read back in about a millisecond.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import sys
from functools import cache
from importlib import resources
from typing import Any, TypeVar, get_args

from pydantic import BaseModel, ConfigDict, ValidationError

from reportcheck import __version__
from reportcheck.diskcache import cached
from reportcheck.errors import ReportcheckError


class Strict(BaseModel):
    """A model that rejects unknown keys."""

    model_config = ConfigDict(extra="forbid")


ModelT = TypeVar("ModelT", bound=BaseModel)

#: rule file -> "module:ClassName" of the model that reads it.  A new rule file is
#: registered here; tests/knowledge/test_rules.py holds every packaged file to its model.
REGISTRY: dict[str, str] = {
    "abbreviations.yaml": "reportcheck.knowledge.abbreviations:AbbreviationRules",
    "agencies.yaml": "reportcheck.knowledge.agencies:AgencyRules",
    "confidence.yaml": "reportcheck.compare.confidence:ConfidenceRules",
    "counts.yaml": "reportcheck.knowledge.casualties:CountRules",
    "cues.yaml": "reportcheck.extract.core.cues:CueRules",
    "dates.yaml": "reportcheck.extract.dates.rules:DateRules",
    "disputes.yaml": "reportcheck.compare.disputes:DisputeRules",
    "death_places.yaml": "reportcheck.extract.places.deathplace:DeathPlaceRules",
    "events.yaml": "reportcheck.knowledge.events:EventRules",
    "factbox.yaml": "reportcheck.load.factbox:FactBoxRules",
    "generic_counts.yaml": "reportcheck.knowledge.generic_counts:GenericCountRules",
    "headline_case.yaml": "reportcheck.knowledge.title_case:HeadlineCaseRules",
    "furniture.yaml": "reportcheck.load.furniture:FurnitureRules",
    "incident_types.yaml": "reportcheck.incident_match:IncidentTypeRules",
    "incident_match.yaml": "reportcheck.incident_match:DetailRules",
    "incidents.yaml": "reportcheck.incidents:IncidentRules",
    "magnitudes.yaml": "reportcheck.knowledge.magnitudes:MagnitudeRules",
    "money.yaml": "reportcheck.knowledge.money:MoneyRules",
    "terms.yaml": "reportcheck.extract.quantities.terms:TermRules",
    "people.yaml": "reportcheck.knowledge.names:PeopleRules",
    "report_events.yaml": "reportcheck.incident_events:ReportEventRules",
    "relative_places.yaml": "reportcheck.extract.places.relative:RelativePlaceRules",
    "damage.yaml": "reportcheck.extract.counts.damage:DamageRules",
    "shots.yaml": "reportcheck.extract.counts.shots:ShotRules",
    "plights.yaml": "reportcheck.extract.counts.plight:PlightRules",
    "wounds.yaml": "reportcheck.knowledge.wounds:WoundRules",
    "surnames.yaml": "reportcheck.compare.two_surnames:SurnameRules",
    "corners.yaml": "reportcheck.compare.corners:CornerRules",
    "call_streets.yaml": "reportcheck.compare.call_streets:CallStreetRules",
    "callers.yaml": "reportcheck.knowledge.callers:CallerRules",
    "night_sides.yaml": "reportcheck.knowledge.night_sides:NightSides",
    "who_fired.yaml": "reportcheck.knowledge.who_fired:WhoFiredRules",
    "places.yaml": "reportcheck.knowledge.gazetteer.names:PlaceRules",
    "sources.yaml": "reportcheck.extract.core.sources:SourceRules",
    "headline_labels.yaml": "reportcheck.extract.core.headline_labels:HeadlineLabelRules",
    "timeofday.yaml": "reportcheck.extract.times.rules:TimeRules",
    "units.yaml": "reportcheck.extract.quantities.units:UnitRules",
    "venues.yaml": "reportcheck.knowledge.venues:VenueRules",
    "weapon_places.yaml": "reportcheck.extract.weapons.weaponplace:WeaponPlaceRules",
    "weapons.yaml": "reportcheck.knowledge.weapons:WeaponRules",
}


def rule_model(filename: str) -> type[BaseModel]:
    """The model class registered for ``filename`` (imports its module)."""
    module, name = REGISTRY[filename].split(":")
    return getattr(importlib.import_module(module), name)


@cache
def read_rule_text(filename: str) -> str:
    """The text of one packaged rule file."""
    return resources.files("reportcheck.rules").joinpath(filename).read_text(encoding="utf-8")


def rule_files() -> list[str]:
    """Every packaged rule file, for the tests that keep them valid."""
    folder = resources.files("reportcheck.rules")
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".yaml", ".yml")))


def _validate(filename: str, model: type[ModelT]) -> ModelT:
    import yaml

    #: libyaml's loader parses the rule files about ten times faster than the pure
    #: Python one (0.05 s against 0.4 s for all of them, a start-up cost of every
    #: command); PyYAML wheels ship it, a source build without libyaml may not.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(read_rule_text(filename), Loader=loader)
        return model.model_validate(data)
    except (yaml.YAMLError, ValidationError) as exc:
        first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ReportcheckError("rules-invalid", f"invalid rule file: {first_line}", filename) from exc


def _models_within(model: type[BaseModel], seen: set[type]) -> None:
    """``model`` and every pydantic model its fields hold, at any depth, with their bases."""
    if model in seen:
        return
    seen.add(model)
    for base in model.__mro__[1:]:
        if isinstance(base, type) and issubclass(base, BaseModel) and base is not BaseModel:
            _models_within(base, seen)
    pending: list[Any] = [field.annotation for field in model.model_fields.values()]
    while pending:
        annotation = pending.pop()
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            _models_within(annotation, seen)
        pending.extend(get_args(annotation))


def _model_fingerprint(model: type[BaseModel]) -> str:
    """When and how big the source files defining ``model`` (and the models it holds) are:
    a changed model misses the cache instead of reading back records of its old shape."""
    seen: set[type] = set()
    _models_within(model, seen)
    parts = []
    for module_name in sorted({cls.__module__ for cls in seen}):
        path = getattr(sys.modules.get(module_name), "__file__", None)
        try:
            stat = os.stat(path) if path else None
        except OSError:
            stat = None
        parts.append(f"{module_name}:{stat.st_mtime_ns}:{stat.st_size}" if stat else f"{module_name}:?")
    return f"{model.__module__}.{model.__qualname__}|" + "|".join(parts)


def load_rule_file(filename: str, model: type[ModelT]) -> ModelT:
    """Parse ``rules/filename`` (YAML) into ``model``, or raise ``rules-invalid``.

    A valid result is cached on disk (see the module docstring); an invalid
    file is never cached, so it raises on every run."""
    import pydantic

    text = read_rule_text(filename)
    parts = [
        hashlib.sha256(text.encode()).hexdigest(),
        _model_fingerprint(model),
        pydantic.VERSION,
        __version__,
    ]
    stem = filename.rsplit(".", 1)[0]
    return cached(f"rules-{stem}", parts, lambda: _validate(filename, model), check=model)
