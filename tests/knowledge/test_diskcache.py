"""The cache folder keeps what is in use and lets go of what is not.

Two installed versions (a project's venv and a global install) may share
one cache folder: each writes its own entry, and neither may delete the
other's while it is still used, or every run of each rebuilds (15 s for the
place index).  An upgrade's leftovers go once unused for IDLE_DAYS.
"""

from __future__ import annotations

import os
import time

from reportcheck import diskcache
from reportcheck.diskcache import IDLE_DAYS, cached, mark_used, remove_idle


def _age(path, days: float) -> None:
    past = time.time() - days * 86400
    os.utime(path, (past, past))


def test_an_entry_of_other_inputs_in_use_is_kept(tmp_path):
    current, other = tmp_path / "gazetteer-a.sqlite", tmp_path / "gazetteer-b.sqlite"
    current.write_bytes(b"a")
    other.write_bytes(b"b")
    _age(other, 1)
    remove_idle(current, "gazetteer-*.sqlite")
    assert other.exists() and current.exists()


def test_an_entry_unused_past_the_idle_days_goes(tmp_path):
    current, old = tmp_path / "gazetteer-a.sqlite", tmp_path / "gazetteer-old.sqlite"
    current.write_bytes(b"a")
    old.write_bytes(b"old")
    unrelated = tmp_path / "units-x.pickle"
    unrelated.write_bytes(b"u")
    for path in (old, unrelated, current):
        _age(path, IDLE_DAYS + 1)
    remove_idle(current, "gazetteer-*.sqlite")
    assert not old.exists()
    assert current.exists(), "the entry just written is never removed, however old its time stamp"
    assert unrelated.exists(), "only entries of the same name are touched"


def test_reading_an_entry_marks_it_used(tmp_path):
    entry = tmp_path / "gazetteer-a.sqlite"
    entry.write_bytes(b"a")
    _age(entry, IDLE_DAYS + 1)
    mark_used(entry)
    assert time.time() - entry.stat().st_mtime < 60


def test_two_versions_sharing_a_cache_do_not_rebuild_each_other(tmp_path, monkeypatch):
    monkeypatch.setenv(diskcache.CACHE_ENV, str(tmp_path))
    builds = []

    def build(version):
        def run():
            builds.append(version)
            return version

        return run

    for _ in range(2):  # alternate runs of two versions with different inputs
        assert cached("units", ["v1"], build("v1")) == "v1"
        assert cached("units", ["v2"], build("v2")) == "v2"
    assert builds == ["v1", "v2"], "each version built its entry once"
    assert len(list(tmp_path.glob("units-*.pickle"))) == 2
