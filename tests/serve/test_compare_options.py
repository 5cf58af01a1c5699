"""``POST /v1/compare`` takes what ``reportcheck compare`` takes beside the reports.

``same_incident`` (``--same-incident``) and ``min_confidence``
(``--min-confidence``, else the server's setting), as JSON or as form
fields, give the JSON the library gives for the same options; a bad value is
a 400 naming the field; ``reportcheck serve`` takes its default from the
settings file as the CLI does.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from reportcheck.api import compare_reports
from reportcheck.export.jsonout import render_json

from .conftest import OTHER_INCIDENTS, sample_files, sample_reports, served
from .test_api import error_of, validate

OTHER_JSON = [{"name": name, "text": text} for name, text in OTHER_INCIDENTS]
OTHER_FILES = [("reports", (name, text.encode("utf-8"))) for name, text in OTHER_INCIDENTS]


def _expected(items, **options) -> str:
    return render_json(compare_reports([(n, t.encode("utf-8")) for n, t in items], **options))


def _cross(data: dict) -> list[dict]:
    """Conflicts (sure or possible) set between the reports, not within one."""
    return [
        f for f in data["findings"] if f["status"] in ("conflict", "possible_conflict") and not f["internal"]
    ]


# ------------------------------------------------------------------ same_incident


def test_other_incidents_are_said_so_and_not_set_against_each_other(client):
    answer = client.post("/v1/compare", json={"reports": OTHER_JSON})
    assert answer.status_code == 200
    data = validate(answer.text, "comparison")
    assert data["incident_match"]["decision"] == "different" and not data["incident_match"]["forced"]
    assert _cross(data) == []
    assert answer.headers["x-reportcheck-incident-match"] == "different"
    assert answer.text == _expected(OTHER_INCIDENTS)


@pytest.mark.parametrize("value", [True, "true", "on", "1"])
def test_same_incident_compares_them_as_one(client, value):
    if isinstance(value, bool):
        answer = client.post("/v1/compare", json={"reports": OTHER_JSON, "same_incident": value})
    else:
        answer = client.post("/v1/compare", files=OTHER_FILES, data={"same_incident": value})
    assert answer.status_code == 200, answer.text
    data = validate(answer.text, "comparison")
    assert data["incident_match"]["decision"] == "different" and data["incident_match"]["forced"]
    assert {f["kind"] for f in _cross(data)} >= {"killed", "injured"}  # 4 against 2, 21 against 5
    assert answer.headers["x-reportcheck-incident-match"] == "forced"
    assert answer.headers["x-reportcheck-conflict"] == "true"
    assert answer.text == _expected(OTHER_INCIDENTS, same_incident=True)


@pytest.mark.parametrize("value", ["false", "off", "0", ""])
def test_a_form_may_say_no(client, value):
    answer = client.post("/v1/compare", files=OTHER_FILES, data={"same_incident": value})
    assert answer.status_code == 200
    assert answer.headers["x-reportcheck-incident-match"] == "different"
    assert _cross(answer.json()) == []


def test_the_sample_pair_is_one_incident(client):
    answer = client.post("/v1/compare", files=sample_files())
    assert validate(answer.text, "comparison")["incident_match"]["decision"] != "different"
    assert answer.headers["x-reportcheck-incident-match"] in ("same", "unsure")


# ------------------------------------------------------------------ min_confidence


def test_min_confidence_one_makes_the_conflicts_possible(client):
    as_json = client.post("/v1/compare", json={"reports": sample_reports(), "min_confidence": 1})
    assert as_json.status_code == 200
    data = validate(as_json.text, "comparison")
    assert data["summary"]["conflict"] == 0 and data["summary"]["possible_conflict"] == 2
    assert as_json.headers["x-reportcheck-conflict"] == "false"
    as_form = client.post("/v1/compare", files=sample_files(), data={"min_confidence": "1.0"})
    assert as_form.text == as_json.text
    items = [(r["name"], r["text"]) for r in sample_reports()]
    assert as_json.text == _expected(items, min_confidence=1.0)


def test_min_confidence_defaults_to_the_servers_and_a_request_overrides_it():
    with served(min_confidence=1.0) as strict:
        by_default = strict.post("/v1/compare", files=sample_files())
        assert by_default.json()["summary"]["possible_conflict"] == 2
        blank = strict.post("/v1/compare", files=sample_files(), data={"min_confidence": ""})
        assert blank.text == by_default.text
        asked = strict.post("/v1/compare", json={"reports": sample_reports(), "min_confidence": 0})
        assert asked.json()["summary"]["conflict"] == 2
        assert asked.headers["x-reportcheck-conflict"] == "true"


# ------------------------------------------------------------------ bad values


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("same_incident", "yes please"),
        ("same_incident", 1),
        ("same_incident", None),
        ("min_confidence", 1.5),
        ("min_confidence", -0.1),
        ("min_confidence", "0.5"),
        ("min_confidence", True),
    ],
)
def test_bad_json_values_are_400_naming_the_field(client, field, value):
    body = {"reports": sample_reports(), field: value}
    error = error_of(client.post("/v1/compare", json=body), 400, "bad-request")
    assert error["message"].startswith(f"{field}: ")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("same_incident", "maybe"),
        ("same_incident", "2"),
        ("min_confidence", "1.5"),
        ("min_confidence", "-0.1"),
        ("min_confidence", "high"),
        ("min_confidence", "nan"),
        ("min_confidence", "inf"),
    ],
)
def test_bad_form_values_are_400_naming_the_field(client, field, value):
    error = error_of(
        client.post("/v1/compare", files=sample_files(), data={field: value}), 400, "bad-request"
    )
    assert error["message"].startswith(f"{field} must be ") and repr(value) in error["message"]


def test_a_file_is_no_option(client):
    files = [*sample_files(), ("min_confidence", ("m.txt", b"0.5"))]
    error = error_of(client.post("/v1/compare", files=files), 400, "bad-request")
    assert error["message"] == "min_confidence must be a number from 0 to 1, not a file"


def test_the_options_belong_to_compare_only(client):
    error = error_of(
        client.post("/v1/extract", files=sample_files()[:1], data={"same_incident": "true"}),
        400,
        "bad-request",
    )
    assert "same_incident" in error["message"] and "known: date, reports" in error["message"]
    body = {"reports": sample_reports()[:1], "min_confidence": 0.5}
    error_of(client.post("/v1/extract", json=body), 400, "bad-request")


def test_the_openapi_document_lists_both(client):
    body = client.get("/openapi.json").json()["paths"]["/v1/compare"]["post"]["requestBody"]["content"]
    for kind in ("application/json", "multipart/form-data"):
        fields = body[kind]["schema"]["properties"]
        assert fields["same_incident"]["type"] == "boolean", kind
        number = fields["min_confidence"].get("anyOf", [fields["min_confidence"]])[0]
        assert (number["type"], number["minimum"], number["maximum"]) == ("number", 0, 1), kind
        assert "--min-confidence" in fields["min_confidence"]["description"], kind


# ------------------------------------------------------------------ reportcheck serve


@pytest.mark.parametrize(("given", "expected"), [([], 0.7), (["--min-confidence", "0.25"], 0.25)])
def test_serve_takes_min_confidence_from_the_settings(monkeypatch, tmp_path, given, expected):
    import reportcheck.cli.serve as command
    from reportcheck.cli import app

    (tmp_path / "reportcheck.toml").write_text("min_confidence = 0.7\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    started = []
    monkeypatch.setattr(command, "_run", started.append)
    done = CliRunner().invoke(app, ["serve", *given])
    assert done.exit_code == 0, done.stderr
    assert [settings.min_confidence for settings in started] == [expected]


def test_the_page_box_starts_at_the_servers_minimum_confidence():
    for chosen, shown in ((0.3, "0.3"), (0.05, "0.05"), (0.1, "0.1")):
        with served(min_confidence=chosen) as client:
            page = client.get("/").text
        assert f'id="compare-min-confidence" min="0" max="1" step="any" value="{shown}"' in page
        assert "{min_confidence}" not in page and f"this server's default is {shown}<" in page
