"""``benchmarks/batch_grouping.py`` keeps extracted texts and summaries in a
cache keyed by what they depend on: an edited text is read again."""

from __future__ import annotations

import importlib.util
import sys

from reportcheck import __version__

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("batch_grouping", ROOT / "benchmarks" / "batch_grouping.py")
batch_grouping = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = batch_grouping
_spec.loader.exec_module(batch_grouping)


def test_an_edited_text_changes_the_cache_key(tmp_path):
    text = tmp_path / "shooting.txt"
    text.write_text("A man, 34, was shot on Elm Street on Friday.", encoding="utf-8")
    before = batch_grouping.cache_key([text])
    text.write_text("A man, 43, was shot on Elm Street on Friday.", encoding="utf-8")
    after = batch_grouping.cache_key([text])
    assert before["paths"] == after["paths"]
    assert before != after


def test_the_cache_key_names_the_version_and_the_dates(tmp_path):
    text = tmp_path / "shooting.txt"
    text.write_text("A man was shot.", encoding="utf-8")
    key = batch_grouping.cache_key([text], ["2016-03-05"])
    assert key["version"] == __version__
    assert key["dates"] == ["2016-03-05"]
    assert key == batch_grouping.cache_key([text], ["2016-03-05"])


def test_an_edited_rule_file_changes_the_cache_key(tmp_path, monkeypatch):
    """A development tree keeps one ``__version__`` from commit to commit:
    a changed rule or source file of the package changes the key itself."""
    package = tmp_path / "reportcheck"
    (package / "rules").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    rules = package / "rules" / "counts.yaml"
    rules.write_text("part_markers: {aboard: [aboard]}\n", encoding="utf-8")
    text = tmp_path / "shooting.txt"
    text.write_text("A man was shot.", encoding="utf-8")
    monkeypatch.setattr(batch_grouping.reportcheck, "__file__", str(package / "__init__.py"))
    batch_grouping.code_hash.cache_clear()
    before = batch_grouping.cache_key([text])
    rules.write_text("part_markers: {aboard: [aboard, on board]}\n", encoding="utf-8")
    batch_grouping.code_hash.cache_clear()
    after = batch_grouping.cache_key([text])
    batch_grouping.code_hash.cache_clear()
    assert before["version"] == after["version"]
    assert before["code"] != after["code"]
