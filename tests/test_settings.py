"""Settings from reportcheck.toml or [tool.reportcheck], and flags over them."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from reportcheck.cli import app
from reportcheck.errors import ReportcheckError
from reportcheck.formats import OutputFormat
from reportcheck.knowledge.tolerance import DEFAULT, Tolerances
from reportcheck.settings import Settings, ToleranceSettings, load_settings

from .conftest import SAMPLES

runner = CliRunner()
REPORT_A = str(SAMPLES / "report_a.txt")
REPORT_B = str(SAMPLES / "report_b.txt")


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """An empty working directory: settings are read from where the command runs."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_no_settings_file_gives_the_defaults(workdir):
    settings = load_settings()
    assert settings == Settings()
    assert settings.tolerance_values() == DEFAULT


def test_pyproject_table_is_read(workdir):
    _write(
        workdir / "pyproject.toml",
        '[project]\nname = "desk"\n\n[tool.reportcheck]\nformat = "json"\njobs = 2\n'
        'model = "en_core_web_md"\nmax_chars = 1000\nmin_shared = 3\n\n'
        "[tool.reportcheck.tolerances]\nhedge_relative = 0.25\n",
    )
    settings = load_settings()
    assert settings.format is OutputFormat.json
    assert (settings.jobs, settings.model, settings.max_chars, settings.min_shared) == (
        2,
        "en_core_web_md",
        1000,
        3,
    )
    assert settings.tolerance_values() == Tolerances(hedge_relative=0.25)


def test_a_pyproject_without_our_table_gives_the_defaults(workdir):
    _write(workdir / "pyproject.toml", '[project]\nname = "other"\n[tool.ruff]\nline-length = 90\n')
    assert load_settings() == Settings()


def test_reportcheck_toml_wins_over_pyproject(workdir):
    _write(workdir / "pyproject.toml", "[tool.reportcheck]\njobs = 2\n")
    _write(workdir / "reportcheck.toml", "jobs = 3\n[tolerances]\ndate_days = 2\n")
    settings = load_settings()
    assert settings.jobs == 3 and settings.tolerance_values().date_days == 2


def test_reportcheck_toml_may_keep_the_pyproject_table(workdir):
    _write(workdir / "reportcheck.toml", "[tool.reportcheck]\njobs = 4\n")
    assert load_settings().jobs == 4


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[tool.reportcheck]\njbos = 2\n", "unknown [tool.reportcheck] key 'jbos' (known: format, jobs,"),
        (
            "[tool.reportcheck.tolerances]\nhedge_relatve = 0.2\n",
            "unknown [tool.reportcheck] key 'tolerances.hedge_relatve' (known: age_years, date_days,",
        ),
        ("[tool.reportcheck]\njobs = 0\n", "[tool.reportcheck] key 'jobs': Input should be greater than"),
        ("[tool.reportcheck]\nformat = 'pdf'\n", "[tool.reportcheck] key 'format': Input should be"),
        ("[tool.reportcheck\n", "is not valid TOML"),
        (
            "[tool.reportcheck.tolerances]\nhedge_relative = 2\n",
            "[tool.reportcheck] key 'tolerances.hedge_relative': Input should be less than or equal to 0.5",
        ),
        ("[tool.reportcheck]\njobs = 10000\n", "[tool.reportcheck] key 'jobs': Input should be less than"),
        ("[tool.reportcheck]\nmax_chars = 1e12\n", "[tool.reportcheck] key 'max_chars': Input should be"),
        (
            "[tool.reportcheck]\nmin_confidence = 1.2\n",
            "[tool.reportcheck] key 'min_confidence': Input should be less than or equal to 1",
        ),
        (
            "[tool.reportcheck]\nmin_confidence = -0.5\n",
            "[tool.reportcheck] key 'min_confidence': Input should be greater than or equal to 0",
        ),
    ],
    ids=[
        "unknown-key",
        "unknown-tolerance",
        "bad-value",
        "bad-format",
        "bad-toml",
        "tolerance-too-large",
        "jobs-too-many",
        "max-chars-too-large",
        "min-confidence-above-1",
        "min-confidence-below-0",
    ],
)
def test_a_bad_setting_is_a_one_line_error_naming_file_and_key(workdir, text, expected):
    _write(workdir / "pyproject.toml", text)
    with pytest.raises(ReportcheckError) as raised:
        load_settings()
    assert raised.value.code == "settings-invalid"
    assert raised.value.path == str(workdir / "pyproject.toml")
    assert expected in raised.value.message and "\n" not in raised.value.one_line()


def test_a_bad_setting_stops_the_cli_with_exit_2(workdir):
    _write(workdir / "reportcheck.toml", "colour = 'red'\n")
    result = runner.invoke(app, ["extract", REPORT_A])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "reportcheck.toml: unknown key 'colour'" in result.stderr and "[settings-invalid]" in result.stderr


def test_settings_set_the_defaults_and_flags_override_them(workdir):
    _write(workdir / "reportcheck.toml", "format = 'json'\nmax_chars = 50\n")
    too_long = runner.invoke(app, ["extract", REPORT_A])
    assert too_long.exit_code == 2 and "file-too-large" in too_long.stderr
    as_json = runner.invoke(app, ["extract", REPORT_A, "--max-chars", "100000"])
    assert as_json.exit_code == 0, as_json.stderr
    assert json.loads(as_json.stdout)["report"]["path"] == REPORT_A
    as_table = runner.invoke(app, ["extract", REPORT_A, "--max-chars", "100000", "--format", "table"])
    assert as_table.exit_code == 0 and "main incident" in as_table.stdout
    with pytest.raises(json.JSONDecodeError):
        json.loads(as_table.stdout)


def test_the_output_files_extension_beats_the_settings_format(workdir):
    _write(workdir / "reportcheck.toml", "format = 'json'\n")
    result = runner.invoke(app, ["extract", REPORT_A, "-o", "claims.txt"])
    assert result.exit_code == 0, result.stderr
    assert (workdir / "claims.txt").read_text(encoding="utf-8").startswith(REPORT_A)


#: one checkpoint attack told twice: a hedged distance and a plain one 7 km further
HEDGED_DISTANCE = (
    "A gunman opened fire at a police checkpoint in Novoshakhtinsk on Monday. "
    "The attack happened {distance} from the border with Ukraine, {source} said.\n"
)


def test_tolerances_from_settings_reach_compare(workdir):
    """A desk that reads "about 20 km" as 10-30 km no longer sees a conflict with 27 km."""
    first = _write(workdir / "a.txt", HEDGED_DISTANCE.format(distance="about 20 km", source="police"))
    second = _write(workdir / "b.txt", HEDGED_DISTANCE.format(distance="27 km", source="officials"))
    strict = json.loads(runner.invoke(app, ["compare", str(first), str(second), "--format", "json"]).stdout)
    _write(workdir / "reportcheck.toml", "format = 'json'\n[tolerances]\nhedge_relative = 0.5\n")
    loose = runner.invoke(app, ["compare", str(first), str(second)])
    loose_json = json.loads(loose.stdout)

    def distance(out):
        return [f["status"] for f in out["findings"] if f["kind"] == "distance" and not f["internal"]]

    assert distance(strict) == ["conflict"]
    assert distance(loose_json) == ["compatible"]


def test_min_confidence_from_settings_decides_the_exit_status_and_the_flag_wins(workdir):
    """A desk that only wants the surest conflicts to fail a check sets the threshold once."""
    _write(workdir / "reportcheck.toml", "format = 'json'\nmin_confidence = 1.0\n")
    relaxed = runner.invoke(app, ["compare", REPORT_A, REPORT_B])
    assert relaxed.exit_code == 0, relaxed.stderr
    assert json.loads(relaxed.stdout)["summary"]["conflict"] == 0
    strict = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "--min-confidence", "0"])
    assert strict.exit_code == 1
    assert json.loads(strict.stdout)["summary"]["possible_conflict"] == 0


def test_the_readme_settings_example_is_valid_and_its_error_line_is_real(workdir):
    from .conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    _write(workdir / "pyproject.toml", example)
    settings = load_settings()
    assert (settings.format, settings.jobs, settings.min_shared) == (OutputFormat.json, 2, 2)
    assert settings.tolerance_values() == DEFAULT
    _write(workdir / "pyproject.toml", "[tool.reportcheck]\njbos = 2\n")
    with pytest.raises(ReportcheckError) as raised:
        load_settings()
    assert f"    reportcheck: pyproject.toml: {raised.value.message} [settings-invalid]\n" in readme


@pytest.mark.parametrize("name", sorted(ToleranceSettings.model_fields))
def test_every_tolerance_has_a_maximum_above_its_default(workdir, name):
    """A key without an upper bound would take a 200% tolerance silently."""
    most = ToleranceSettings.model_fields[name].metadata
    bound = next(rule.le for rule in most if getattr(rule, "le", None) is not None)
    default = ToleranceSettings.model_fields[name].default
    assert default < bound
    _write(workdir / "reportcheck.toml", f"[tolerances]\n{name} = {bound}\n")
    assert getattr(load_settings().tolerances, name) == bound
    _write(workdir / "reportcheck.toml", f"[tolerances]\n{name} = {bound * 1.01 + 0.01}\n")
    with pytest.raises(ReportcheckError, match=f"key 'tolerances.{name}': Input should be less than"):
        load_settings()


def test_the_readme_states_every_maximum_the_settings_enforce():
    """The README's list of ranges is the models' own, so neither can drift."""
    from reportcheck.settings import Settings as Model

    from .conftest import ROOT

    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    maxima = {name: field.metadata for name, field in ToleranceSettings.model_fields.items()}
    maxima |= {
        name: Model.model_fields[name].metadata
        for name in ("jobs", "min_shared", "max_chars", "min_confidence")
    }
    for name, rules in maxima.items():
        most = next(rule.le for rule in rules if getattr(rule, "le", None) is not None)
        shown = f"{most:,}" if isinstance(most, int) else f"{most:g}"
        assert f"`{name}` {shown}" in readme, name
