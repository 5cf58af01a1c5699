"""Every packaged rule file stays valid against its strict model.

The rules are data (``src/reportcheck/rules/*.yaml``); a typo in a key or a
wrong type must fail here, not at a user's desk.  A new rule file must be
registered below with the loader that reads it.
"""

from __future__ import annotations

import importlib

import pytest
from pydantic import BaseModel

from reportcheck.errors import ReportcheckError
from reportcheck.ruledata import load_rule_file, rule_files

#: rule file -> (module, model class name) that reads it
RULE_MODELS = {
    "counts.yaml": ("reportcheck.extract.counts.finders", "CountRules"),
    "cues.yaml": ("reportcheck.extract.core.cues", "CueRules"),
    "dates.yaml": ("reportcheck.extract.dates.rules", "DateRules"),
    "death_places.yaml": ("reportcheck.extract.places.deathplace", "DeathPlaceRules"),
    "events.yaml": ("reportcheck.extract.core.events", "EventRules"),
    "furniture.yaml": ("reportcheck.load.furniture", "FurnitureRules"),
    "incidents.yaml": ("reportcheck.incidents", "IncidentRules"),
    "people.yaml": ("reportcheck.extract.people.component", "PeopleRules"),
    "places.yaml": ("reportcheck.extract.places.gazetteer", "PlaceRules"),
    "sources.yaml": ("reportcheck.extract.core.sources", "SourceRules"),
    "timeofday.yaml": ("reportcheck.extract.times.rules", "TimeRules"),
    "units.yaml": ("reportcheck.extract.quantities.finders", "UnitRules"),
    "weapon_places.yaml": ("reportcheck.extract.weapons.weaponplace", "WeaponPlaceRules"),
    "weapons.yaml": ("reportcheck.extract.weapons.component", "WeaponRules"),
}


def model_for(filename: str) -> type[BaseModel]:
    module, name = RULE_MODELS[filename]
    return getattr(importlib.import_module(module), name)


def test_every_rule_file_has_a_model():
    assert set(rule_files()) == set(RULE_MODELS)


@pytest.mark.parametrize("filename", sorted(RULE_MODELS))
def test_rule_file_is_valid(filename):
    model = model_for(filename)
    assert isinstance(load_rule_file(filename, model), model)


@pytest.mark.parametrize("filename", sorted(RULE_MODELS))
def test_rule_models_reject_unknown_keys(filename, monkeypatch):
    import yaml

    from reportcheck import ruledata

    model = model_for(filename)
    original = yaml.safe_load(ruledata.read_rule_text(filename))
    broken = dict(original, unexpected_key=1)
    monkeypatch.setattr(ruledata, "read_rule_text", lambda name: yaml.safe_dump(broken))
    with pytest.raises(ReportcheckError) as raised:
        load_rule_file(filename, model)
    assert raised.value.code == "rules-invalid"


def test_weapon_classes_form_a_tree():
    from reportcheck.extract.weapons.component import weapon_tree

    tree = weapon_tree()
    assert tree.relation("machine gun", "automatic weapon") == "contains"
    assert tree.relation("revolver", "handgun") == "contains"
    assert tree.relation("knife", "pistol") == "differs"
