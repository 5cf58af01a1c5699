"""Same incident or not, end to end: compare's incident_match, the warning
in every reading format, --same-incident, and batch's dates manifest.

The reports are written for these tests in the patterns real ones follow (a
dateline, a lead that says what happened where and when); none is a copy.
"""

from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from reportcheck.cli import app
from reportcheck.errors import ReportcheckError
from reportcheck.export.contract import output_json_schema
from reportcheck.load.inputs import ReportSource, dated_sources, read_manifest

from ..conftest import SAMPLES

runner = CliRunner()

CRASH = """Tour bus overturns on freeway near Banning, 14 hurt

BANNING, Calif., March 9, 2019 - A tour bus carrying 31 passengers crashed and rolled over on
Interstate 10 near Banning on Saturday afternoon, injuring 14 people, the California Highway
Patrol said. The crash happened at about 3:40 p.m. when the driver lost control on a curve.
Two passengers were flown to a hospital in Riverside with serious injuries.
"""

SHOOTING = """Officer shoots armed man in Tucson

TUCSON, Ariz., Nov. 2, 2020 - A Tucson police officer shot and wounded a man who pointed a
handgun at officers early Monday, police said. The shooting happened at about 1:15 a.m. on
East Speedway Boulevard. The man, identified as Dale Ortiz, 41, was taken to a hospital in
critical condition. No officers were hurt.
"""

SHOOTING_AGAIN = """Man shot by Tucson officer identified

TUCSON, Ariz., Nov. 3, 2020 - Police on Tuesday named the man shot by an officer on East
Speedway Boulevard early Monday as Dale Ortiz, 41. Investigators said the shooting happened
at about 1:30 a.m. after Ortiz pointed a handgun at two officers. He remains in critical
condition at Banner University Medical Center.
"""


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("incidents")
    paths = {}
    for name, text in {"crash": CRASH, "shooting": SHOOTING, "again": SHOOTING_AGAIN}.items():
        paths[name] = folder / f"{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    return paths


def _compare(*args):
    return runner.invoke(app, ["compare", *map(str, args)])


@pytest.fixture(scope="module")
def different_json(reports):
    result = _compare(reports["crash"], reports["shooting"], "--format", "json")
    return result, json.loads(result.stdout)


def test_a_crash_and_a_shooting_are_different_incidents(different_json):
    result, out = different_json
    match = out["incident_match"]
    assert match["decision"] == "different" and match["forced"] is False
    contradicting = {e["kind"] for e in match["evidence"] if e["relation"] == "contradicting"}
    assert {"place", "event"} <= contradicting


def test_different_incidents_raise_no_cross_report_finding_and_exit_0(different_json):
    result, out = different_json
    assert all(f["internal"] for f in out["findings"])
    assert result.exit_code == 0


def test_the_json_with_incident_match_follows_the_contract(different_json):
    _, out = different_json
    assert out["schema_version"] == "1.3"
    jsonschema.validate(out, json.loads(output_json_schema("comparison")))


def test_same_incident_forces_the_comparison(reports):
    result = _compare(reports["crash"], reports["shooting"], "--format", "json", "--same-incident")
    out = json.loads(result.stdout)
    assert out["incident_match"]["decision"] == "different" and out["incident_match"]["forced"] is True
    assert any(not f["internal"] for f in out["findings"])


@pytest.mark.parametrize(
    ("fmt", "opening"), [("table", "Warning"), ("markdown", "> **Warning"), ("html", "Warning")]
)
def test_every_reading_format_opens_with_the_warning(reports, fmt, opening):
    result = _compare(reports["crash"], reports["shooting"], "--format", fmt)
    assert result.exit_code == 0
    text = result.stdout
    assert "look like different incidents" in text
    if fmt == "markdown":
        assert text.splitlines()[2].startswith(opening)
    elif fmt == "html":
        assert '<p class="warning" role="alert">Warning' in text
        assert text.index('class="warning"') < text.index('class="summary"')
    else:
        assert text.lstrip().startswith(opening)


def test_two_reports_of_one_shooting_are_the_same_and_compared(reports):
    result = _compare(reports["shooting"], reports["again"], "--format", "json")
    out = json.loads(result.stdout)
    assert out["incident_match"]["decision"] == "same"
    assert "look like different incidents" not in _compare(reports["shooting"], reports["again"]).stdout
    assert any(not f["internal"] for f in out["findings"])


def test_the_sample_pair_stays_the_same_incident_with_its_two_conflicts():
    result = _compare(SAMPLES / "report_a.txt", SAMPLES / "report_b.txt", "--format", "json")
    out = json.loads(result.stdout)
    assert out["incident_match"]["decision"] == "same"
    assert out["summary"]["conflict"] == 2 and result.exit_code == 1


# ------------------------------------------------------------ batch and its dates manifest


def test_a_manifest_gives_each_report_its_date(tmp_path, reports):
    manifest = tmp_path / "dates.csv"
    manifest.write_text(
        f"path,date\n# the desk's list\n{reports['crash']},2019-03-09\n\n{reports['shooting']}\t2020-11-02\n",
        encoding="utf-8",
    )
    dates = read_manifest(manifest)
    sources = dated_sources(
        [ReportSource(str(reports["crash"])), ReportSource(str(reports["shooting"])), ReportSource("x.txt")],
        dates,
    )
    assert [s.date.isoformat() if s.date else None for s in sources] == ["2019-03-09", "2020-11-02", None]


def test_manifest_paths_may_be_relative_to_the_manifest(tmp_path):
    (tmp_path / "a.txt").write_text("A report.", encoding="utf-8")
    (tmp_path / "dates.csv").write_text("a.txt,2021-05-01\n", encoding="utf-8")
    sources = dated_sources([ReportSource(str(tmp_path / "a.txt"))], read_manifest(tmp_path / "dates.csv"))
    assert sources[0].date.isoformat() == "2021-05-01"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("a.txt,2021-05-01\nb.txt,May 2\n", 2, "is not a date"),
        ("a.txt 2021-05-01\n", 1, "expected PATH,YYYY-MM-DD"),
        ("a.txt,2021-05-01\n,2021-05-02\n", 2, "no report path"),
        ("a.txt,2021-02-30\n", 1, "is not a date"),
    ],
)
def test_a_bad_manifest_line_is_one_line_naming_the_file_and_line(tmp_path, text, line, words):
    manifest = tmp_path / "dates.csv"
    manifest.write_text(text, encoding="utf-8")
    with pytest.raises(ReportcheckError) as raised:
        read_manifest(manifest)
    message = raised.value.one_line()
    assert "\n" not in message and str(manifest) in message
    assert f"line {line}:" in message and words in message and "[manifest-invalid]" in message


def test_batch_with_a_bad_manifest_exits_2_with_one_line(tmp_path, reports):
    manifest = tmp_path / "dates.csv"
    manifest.write_text("crash.txt,yesterday\n", encoding="utf-8")
    result = runner.invoke(app, ["batch", str(reports["crash"]), "--dates", str(manifest)])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "line 1:" in lines[0] and "manifest-invalid" in lines[0]


def test_a_missing_manifest_is_one_line(tmp_path, reports):
    result = runner.invoke(app, ["batch", str(reports["crash"]), "--dates", str(tmp_path / "none.csv")])
    assert result.exit_code == 2 and "manifest-invalid" in result.output


def test_batch_groups_by_the_decision_with_a_manifest(tmp_path, reports):
    """The two reports of the Tucson shooting are one group; the crash stays apart."""
    manifest = tmp_path / "dates.csv"
    manifest.write_text(
        f"{reports['crash']},2019-03-09\n{reports['shooting']},2020-11-02\n{reports['again']},2020-11-03\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        app,
        [
            "batch",
            str(reports["crash"]),
            str(reports["shooting"]),
            str(reports["again"]),
            "--dates",
            str(manifest),
            "--format",
            "json",
        ],
    )
    out = json.loads(result.stdout)
    groups = {}
    for incident in out["incidents"]:
        group = incident["id"].split(":")[0]
        groups.setdefault(group, set()).update(cover["report"] for cover in incident["reports"])
    assert sorted(map(sorted, groups.values())) == [[0], [1, 2]]
    assert out["incident_match"] is None
