"""What the commands say on stderr: the first run's place index build, the
file written by -o, and --quiet, which silences both.

Most tests build a two-place index (tests/extract/places/test_places.py's tiny_data) into
a temporary REPORTCHECK_CACHE_DIR, so they take no time; the commands that
compare still use the real gazetteer, loaded into the process beforehand.
One test builds the real index (about 15 s) and is marked ``slow``
(``pytest -m "not slow"`` leaves it out).
"""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console
from typer.testing import CliRunner

from reportcheck.cli import app
from reportcheck.cli.notices import INDEX_NOTICE, IndexNotice
from reportcheck.diskcache import CACHE_ENV
from reportcheck.knowledge import gazetteer as places
from reportcheck.knowledge.gazetteer import lookup, store
from reportcheck.knowledge.gazetteer.build import INDEX_BUILT, IndexBuilder

from ..conftest import SAMPLES
from ..extract.places.test_places import tiny_data

runner = CliRunner()
REPORT_A = str(SAMPLES / "report_a.txt")
REPORT_B = str(SAMPLES / "report_b.txt")
SHEET = str(SAMPLES / "factsheet.yaml")


@pytest.fixture
def real_gazetteer():
    """The real gazetteer held by this process, so a compare in a fresh cache
    folder finds places even though that folder gets the tiny index."""
    return places.get_gazetteer()


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch, real_gazetteer):
    """An empty cache folder, and a builder that counts its builds and makes
    the tiny index (telling its progress as the real one does).  The real
    gazetteer is loaded first, so the process never holds the tiny one."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    monkeypatch.delenv("FORCE_COLOR", raising=False)  # stderr is no terminal under CliRunner
    monkeypatch.setattr(lookup, "_unstored", None)
    builds = []

    def build(self):
        self.progress(0, places.INDEX_STEPS)
        builds.append(1)
        self.progress(INDEX_BUILT, places.INDEX_STEPS)
        return tiny_data()

    monkeypatch.setattr(IndexBuilder, "build", build)
    return folder, builds


def count_notices(stderr: str) -> int:
    return stderr.count("building the place index")


# ------------------------------------------------------------ the library


def test_build_place_index_builds_once_and_tells_progress(fresh_cache):
    folder, builds = fresh_cache
    told = []
    first = places.build_place_index(progress=lambda done, total: told.append((done, total)))
    assert first.built and first.stored and first.path.parent == folder and first.path.is_file()
    assert first.size == first.path.stat().st_size > 0
    assert told[0] == (0, places.INDEX_STEPS) and told[-1] == (places.INDEX_STEPS, places.INDEX_STEPS)
    assert [done for done, _ in told] == sorted(done for done, _ in told)

    again = []
    second = places.build_place_index(progress=lambda done, total: again.append(done))
    assert not second.built and second.path == first.path and again == [] and builds == [1]
    assert places.build_place_index(force=True).built and builds == [1, 1]


def test_an_index_that_cannot_be_stored_is_not_built_twice(tmp_path, fresh_cache, monkeypatch):
    _, builds = fresh_cache
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv(CACHE_ENV, str(blocker))
    built = places.build_place_index()
    assert built.built and not built.stored and built.size == 0
    assert lookup._load_data().places == tiny_data().places
    assert builds == [1]


# ------------------------------------------------------------ the notice


def test_notice_in_a_log_is_one_plain_line(capsys):
    notice = IndexNotice(console=Console(file=io.StringIO(), force_terminal=False))
    with notice:
        for done in (0, 50, 100):
            notice(done, 100)
    assert capsys.readouterr().err == INDEX_NOTICE + "\n"


def test_notice_on_a_terminal_is_a_bar_not_a_line(capsys):
    screen = io.StringIO()
    notice = IndexNotice(console=Console(file=screen, force_terminal=True, width=80))
    with notice:
        notice(0, 100)
        notice(100, 100)
    assert capsys.readouterr().err == ""
    assert INDEX_NOTICE in screen.getvalue() and "100%" in screen.getvalue()


def test_quiet_notice_says_nothing(capsys):
    screen = io.StringIO()
    with IndexNotice(quiet=True, console=Console(file=screen, force_terminal=True)) as notice:
        notice(0, 100)
    assert capsys.readouterr().err == "" and screen.getvalue() == ""


def test_first_compare_says_it_builds_the_index_and_the_second_does_not(
    fresh_cache, real_gazetteer, tmp_path
):
    folder, builds = fresh_cache
    first = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "--format", "json"])
    assert first.exit_code == 1, first.output
    assert count_notices(first.stderr) == 1 and INDEX_NOTICE in first.stderr
    assert "building" not in first.stdout and json.loads(first.stdout)["findings"]
    assert builds == [1] and places.place_index_path().parent == folder

    second = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "--format", "json"])
    assert second.exit_code == 1 and count_notices(second.stderr) == 0 and builds == [1]


def test_quiet_builds_the_index_without_a_word(fresh_cache, real_gazetteer, tmp_path):
    _, builds = fresh_cache
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "-o", str(out), "--quiet"])
    assert result.exit_code == 1 and builds == [1] and out.is_file()
    assert result.stderr == "" and result.stdout == ""


# ------------------------------------------------------------ reportcheck index


def test_index_command_builds_into_the_cache_folder(fresh_cache):
    folder, builds = fresh_cache
    first = runner.invoke(app, ["index"])
    assert first.exit_code == 0, first.output
    stored = list(folder.glob("gazetteer-*.sqlite"))
    assert len(stored) == 1 and builds == [1]
    assert "built the place index" in first.stdout and str(stored[0]) in first.stdout
    assert count_notices(first.stderr) == 1

    second = runner.invoke(app, ["index"])
    assert second.exit_code == 0 and builds == [1]
    assert "ready" in second.stdout and str(stored[0]) in second.stdout and second.stderr == ""

    forced = runner.invoke(app, ["index", "--force", "--quiet"])
    assert forced.exit_code == 0 and builds == [1, 1]
    assert forced.stdout == "" and forced.stderr == ""


def test_index_command_in_an_unwritable_folder_is_one_line_and_exit_2(tmp_path, fresh_cache, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv(CACHE_ENV, str(blocker))
    result = runner.invoke(app, ["index", "--quiet"])
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("[cache-unwritable]") and len(result.stderr.splitlines()) == 1


@pytest.mark.slow
def test_index_command_builds_the_real_index(tmp_path, monkeypatch):
    """The real build (about 15 s): its progress only grows, and the stored
    index answers like the one the suite uses."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(lookup, "_unstored", None)
    told = []
    built = places.build_place_index(progress=lambda done, total: told.append((done, total)))
    assert built.built and built.stored and built.path.parent == tmp_path and built.size > 10_000_000
    steps = [done for done, _ in told]
    assert steps[0] == 0 and steps[-1] == places.INDEX_STEPS and steps == sorted(steps)
    assert len(set(steps)) > 20  # a bar that moves, not one jump
    stored = places.Gazetteer(store.load_cached(built.path))
    assert stored.resolve("Novoshakhtinsk") == places.get_gazetteer().resolve("Novoshakhtinsk")
    result = runner.invoke(app, ["index"])
    assert result.exit_code == 0 and "ready" in result.stdout


# ------------------------------------------------------------ wrote FILE


def test_compare_says_what_it_wrote_with_the_json_counts(real_gazetteer, tmp_path):
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "-o", str(out)])
    assert result.exit_code == 1 and result.stdout == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    conflicts, findings = data["summary"]["conflict"], len(data["findings"])
    assert conflicts == 2 and findings > conflicts
    assert result.stderr == f"wrote {out} (2 conflicts, {findings} findings)\n"

    html = tmp_path / "report.html"
    shown = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "-o", str(html)])
    assert shown.stderr == f"wrote {html} (2 conflicts, {findings} findings)\n"  # all findings, not --all's


def test_nothing_is_said_when_the_output_goes_to_stdout(real_gazetteer):
    result = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "--format", "json"])
    assert result.exit_code == 1 and "wrote" not in result.stderr


def test_quiet_silences_the_wrote_line(real_gazetteer, tmp_path):
    out = tmp_path / "report.csv"
    result = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "-o", str(out), "-q"])
    assert result.exit_code == 1 and out.is_file() and result.stderr == ""


def test_batch_says_what_it_wrote(real_gazetteer, tmp_path):
    out = tmp_path / "day.json"
    result = runner.invoke(app, ["batch", str(SAMPLES), "-o", str(out)])
    assert result.exit_code == 1, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    counts = f"{data['summary']['conflict']} conflicts, {len(data['findings'])} findings"
    assert result.stderr.splitlines()[-1] == f"wrote {out} ({counts})"
    quiet = runner.invoke(app, ["batch", str(SAMPLES), "-o", str(tmp_path / "quiet.json"), "--quiet"])
    assert quiet.exit_code == 1 and quiet.stderr == ""


def test_check_says_what_it_wrote(real_gazetteer, tmp_path):
    out = tmp_path / "check.json"
    result = runner.invoke(app, ["check", REPORT_B, "--facts", SHEET, "-o", str(out)])
    assert result.exit_code == 1, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    conflicts, facts = data["summary"]["conflict"], len(data["facts"])
    assert conflicts >= 1
    noun = "conflict" if conflicts == 1 else "conflicts"
    assert result.stderr == f"wrote {out} ({conflicts} {noun}, {facts} facts)\n"
    quiet = runner.invoke(app, ["check", REPORT_B, "--facts", SHEET, "-o", str(tmp_path / "q.xml"), "-q"])
    assert quiet.exit_code == 1 and quiet.stderr == ""


def test_extract_says_how_many_claims_it_wrote(real_gazetteer, tmp_path):
    out = tmp_path / "claims.json"
    result = runner.invoke(app, ["extract", REPORT_A, "-o", str(out)])
    assert result.exit_code == 0, result.output
    claims = sum(json.loads(out.read_text(encoding="utf-8"))["summary"].values())
    assert claims > 1 and result.stderr == f"wrote {out} ({claims} claims)\n"
    quiet = runner.invoke(app, ["extract", REPORT_A, "-o", str(tmp_path / "q.txt"), "--quiet"])
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_schema_says_what_it_wrote(tmp_path):
    out = tmp_path / "schema.json"
    result = runner.invoke(app, ["schema", "factsheet", "-o", str(out)])
    assert result.exit_code == 0 and out.is_file() and result.stderr == f"wrote {out}\n"
    quiet = runner.invoke(app, ["schema", "factsheet", "-o", str(tmp_path / "q.json"), "-q"])
    assert quiet.exit_code == 0 and quiet.stderr == ""
