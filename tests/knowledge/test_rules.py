"""Every packaged rule file stays valid against its strict model.

The rules are data (``src/reportcheck/rules/*.yaml``); a typo in a key or a
wrong type must fail here, not at a user's desk.  A new rule file must be
registered with the model that reads it in :data:`reportcheck.knowledge.rules.REGISTRY`.
"""

from __future__ import annotations

import pytest

from reportcheck.errors import ReportcheckError
from reportcheck.knowledge import rules
from reportcheck.knowledge.rules import REGISTRY, load_rule_file, rule_files, rule_model


def test_every_rule_file_has_a_model():
    assert set(rule_files()) == set(REGISTRY)


@pytest.mark.parametrize("filename", sorted(REGISTRY))
def test_rule_file_is_valid(filename):
    model = rule_model(filename)
    assert isinstance(load_rule_file(filename, model), model)


@pytest.mark.parametrize("filename", sorted(REGISTRY))
def test_rule_models_reject_unknown_keys(filename, monkeypatch):
    import yaml

    model = rule_model(filename)
    original = yaml.safe_load(rules.read_rule_text(filename))
    broken = dict(original, unexpected_key=1)
    monkeypatch.setattr(rules, "read_rule_text", lambda name: yaml.safe_dump(broken))
    with pytest.raises(ReportcheckError) as raised:
        load_rule_file(filename, model)
    assert raised.value.code == "rules-invalid"


def test_weapon_classes_form_a_tree():
    from reportcheck.extract.weapons.component import weapon_tree

    tree = weapon_tree()
    assert tree.relation("machine gun", "automatic weapon") == "contains"
    assert tree.relation("revolver", "handgun") == "contains"
    assert tree.relation("knife", "pistol") == "differs"


def test_what_a_war_report_says_was_fired_is_told_loosely_but_never_the_other_means():
    """A rocket is a missile in another outlet, a "rocket shell" a rocket or a
    shell, a missile may come from an aircraft; a surface-to-surface missile
    or an artillery shell is no barrel bomb nor air strike."""
    from reportcheck.extract.weapons.component import weapon_tree

    tree = weapon_tree()
    for loose in (("missile", "rocket"), ("rocket", "artillery"), ("missile", "air strike")):
        assert tree.relation(*loose) == "overlaps", loose
    assert tree.relation("ground-launched missile", "rocket") == "overlaps"
    assert tree.relation("ground-launched missile", "missile") == "contains"
    assert tree.relation("aerial bomb", "air strike") == "contains"
    for apart in (
        ("ground-launched missile", "barrel bomb"),
        ("artillery", "air strike"),
        ("aerial bomb", "ground-launched missile"),
    ):
        assert tree.relation(*apart) == "differs", apart


def test_every_total_noun_of_people_is_a_generic_one():
    """``total_people`` is the part of ``generic_people`` that never counts a
    part of a toll: a total noun outside it would be read as one of a group."""
    from reportcheck.knowledge.casualties import lexicon

    lex = lexicon()
    for word in lex.total_people:
        assert lex.people_group.get(word) == "all" or lex.people_group.get(word.removesuffix("s")) == "all"


def test_every_model_is_strict():
    for filename in REGISTRY:
        assert issubclass(rule_model(filename), rules.Strict), filename


def test_validated_rules_are_read_back_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTCHECK_CACHE_DIR", str(tmp_path))
    model = rule_model("cues.yaml")
    fresh = load_rule_file("cues.yaml", model)
    (entry,) = tmp_path.glob("rules-cues-*.pickle")
    monkeypatch.setattr(rules, "_validate", lambda filename, model: pytest.fail("validated again"))
    assert load_rule_file("cues.yaml", model) == fresh
    entry.write_bytes(b"damaged")
    monkeypatch.undo()
    monkeypatch.setenv("REPORTCHECK_CACHE_DIR", str(tmp_path))
    assert load_rule_file("cues.yaml", model) == fresh
    assert entry.read_bytes() != b"damaged"
