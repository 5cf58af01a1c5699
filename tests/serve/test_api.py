"""The HTTP API through an HTTP client: every endpoint, every error status, the contract's schemas.

An answer must be the CLI's contract byte for byte (the same reports under
the same names give the same JSON as ``compare_reports`` rendered by the
CLI's renderer), and every error a JSON body with a catalogue code and the
status the code calls for.
"""

from __future__ import annotations

import io
import json
import re
import zipfile

import jsonschema
import pytest

from reportcheck.api import compare_reports
from reportcheck.errors import CATALOGUE
from reportcheck.export.html import report_sources
from reportcheck.export.jsonout import render_json
from reportcheck.serve.errors import HTTP_STATUS, status_of

from ..conftest import SAMPLES
from .conftest import SCHEMAS, sample_files, sample_reports, served

FACTS = (SAMPLES / "factsheet.yaml").read_text(encoding="utf-8")


def validate(answer_text: str, schema: str) -> dict:
    data = json.loads(answer_text)
    jsonschema.Draft202012Validator(json.loads((SCHEMAS / f"{schema}.schema.json").read_text())).validate(
        data
    )
    return data


def error_of(answer, status: int, code: str) -> dict:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == "application/json"
    error = answer.json()["error"]
    assert error["code"] == code and error["code"] in CATALOGUE
    assert error["message"]
    return error


# ------------------------------------------------------------------ the work endpoints


def test_compare_json_is_the_cli_contract(client):
    answer = client.post("/v1/compare", json={"reports": sample_reports()})
    assert answer.status_code == 200
    data = validate(answer.text, "comparison")
    assert data["summary"]["conflict"] == 2  # the sample pair's two conflicts
    assert answer.headers["x-reportcheck-conflict"] == "true"
    items = [(r["name"], r["text"].encode("utf-8")) for r in sample_reports()]
    assert answer.text == render_json(compare_reports(items))


def test_compare_form_upload_gives_the_same_json(client):
    as_json = client.post("/v1/compare", json={"reports": sample_reports()})
    as_form = client.post("/v1/compare", files=sample_files())
    assert as_form.status_code == 200
    assert as_form.text == as_json.text


def test_compare_with_a_date(client):
    reports = [
        {"name": "a.txt", "text": "Police said 3 people were killed in Springfield on Sunday."},
        {"name": "b.txt", "text": "Officials said 4 people were killed in Springfield on Sunday."},
    ]
    answer = client.post("/v1/compare", json={"reports": reports, "date": "2024-03-05"})
    data = validate(answer.text, "comparison")
    assert [r["date"] for r in data["reports"]] == ["2024-03-05", "2024-03-05"]
    assert any(f["status"] == "conflict" and f["kind"] == "killed" for f in data["findings"])


@pytest.mark.parametrize(
    ("fmt", "media", "start"),
    [
        ("csv", "text/csv; charset=utf-8", "\ufefffinding,"),
        ("markdown", "text/markdown; charset=utf-8", "#"),
        ("html", "text/html; charset=utf-8", "<!DOCTYPE html>"),
        ("table", "text/plain; charset=utf-8", ""),
    ],
)
def test_compare_renders_every_reading_format(client, fmt, media, start):
    answer = client.post(f"/v1/compare?format={fmt}", files=sample_files())
    assert answer.status_code == 200
    assert answer.headers["content-type"] == media
    assert answer.headers["content-disposition"].startswith("attachment; filename=")
    assert answer.text.startswith(start) and "Novoshakhtinsk" in answer.text


def test_compare_xlsx_is_a_workbook(client):
    answer = client.post("/v1/compare?format=xlsx", files=sample_files())
    assert answer.status_code == 200
    with zipfile.ZipFile(io.BytesIO(answer.content)) as book:
        assert "xl/workbook.xml" in book.namelist()


def test_extract_json_is_the_cli_contract(client):
    answer = client.post("/v1/extract", json={"reports": sample_reports()[:1]})
    assert answer.status_code == 200
    data = validate(answer.text, "extract")
    assert data["report"]["path"] == "report_a.txt"
    assert client.post("/v1/extract?format=table", files=sample_files()[:1]).status_code == 200


def test_check_json_and_form(client):
    answer = client.post(
        "/v1/check", json={"reports": sample_reports()[:1], "facts": {"name": "facts.yaml", "text": FACTS}}
    )
    assert answer.status_code == 200
    data = validate(answer.text, "check")
    assert data["facts_file"] == "facts.yaml" and data["facts"]
    form = client.post("/v1/check", files=[*sample_files()[:1], ("facts", ("facts.yaml", FACTS.encode()))])
    assert form.text == answer.text
    pasted = client.post("/v1/check", files=sample_files()[:1], data={"facts": FACTS})  # a text field
    assert pasted.status_code == 200
    junit = client.post(
        "/v1/check?format=junit", files=[*sample_files()[:1], ("facts", ("f.yml", FACTS.encode()))]
    )
    assert junit.headers["content-type"] == "application/xml" and "<testsuites" in junit.text


def test_a_name_is_a_label_never_a_path(client):
    text = (SAMPLES / "report_a.txt").read_text(encoding="utf-8")
    answer = client.post(
        "/v1/extract", json={"reports": [{"name": "../../../etc/passwd\u0007", "text": text}]}
    )
    data = validate(answer.text, "extract")
    assert data["report"]["path"] == "passwd"
    assert data["report"]["headline"] and "root:" not in answer.text


def test_health(client):
    answer = client.get("/v1/health")
    assert answer.status_code == 200
    data = answer.json()
    assert data["status"] == "ok" and data["capacity"] == 9 and data["running_or_waiting"] == 0


# ------------------------------------------------------------------ errors: 400


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"reports": sample_reports()[:1]}, "at least 2"),
        ({"reports": sample_reports(), "extra": 1}, "extra"),
        ({"reports": [{"name": "a.txt"}, {"name": "b.txt", "text": "x"}]}, "text"),
        ({"reports": sample_reports(), "date": "3 March"}, "date"),
        ([], "valid"),
    ],
)
def test_malformed_json_is_400(client, body, words):
    error = error_of(client.post("/v1/compare", json=body), 400, "bad-request")
    assert words in error["message"]


def test_not_json_is_400(client):
    answer = client.post("/v1/compare", content=b"{reports", headers={"content-type": "application/json"})
    error_of(answer, 400, "bad-request")


def test_framework_validation_is_400_not_422(client):
    error = error_of(client.post("/v1/compare?format=pdf", files=sample_files()), 400, "bad-request")
    assert "format" in error["message"]
    error_of(client.post("/v1/session", json={"nothing": 1}), 400, "bad-request")


def test_form_errors_are_400(client):
    one = error_of(client.post("/v1/compare", files=sample_files()[:1]), 400, "bad-request")
    assert "2 or more" in one["message"]
    error_of(client.post("/v1/compare", files=sample_files(), data={"colour": "red"}), 400, "bad-request")
    error_of(client.post("/v1/compare", files=sample_files(), data={"date": "tomorrow"}), 400, "bad-request")
    error_of(client.post("/v1/check", files=sample_files()[:1]), 400, "bad-request")  # no fact sheet


def test_an_empty_report_is_named(client):
    reports = [sample_reports()[0], {"name": "blank.txt", "text": "  \n "}]
    error = error_of(client.post("/v1/compare", json={"reports": reports}), 400, "file-empty")
    assert error["report"] == "blank.txt"


# ------------------------------------------------------------------ 413, 415, 422


def test_a_report_past_max_chars_is_413_naming_it():
    with served(max_chars=1000) as small:
        error = error_of(small.post("/v1/compare", files=sample_files()), 413, "file-too-large")
        assert error["report"] == "report_a.txt"


def test_a_body_past_the_cap_is_413():
    with served(max_body=5000) as small:
        error_of(small.post("/v1/compare", files=sample_files()), 413, "request-too-large")
        error_of(small.post("/v1/compare", json={"reports": sample_reports()}), 413, "request-too-large")


def test_unknown_types_are_415(client):
    error_of(
        client.post("/v1/compare", content=b"a,b", headers={"content-type": "text/csv"}),
        415,
        "unsupported-type",
    )
    error_of(client.post("/v1/compare", content=b"x"), 415, "unsupported-type")  # no type at all
    pdf = [sample_files()[0], ("reports", ("scan.pdf", b"%PDF-1.7 ..."))]
    assert error_of(client.post("/v1/compare", files=pdf), 415, "unsupported-type")["report"] == "scan.pdf"


def test_binary_data_is_415_naming_the_report(client):
    png = [sample_files()[0], ("reports", ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300)))]
    assert error_of(client.post("/v1/compare", files=png), 415, "file-binary")["report"] == "photo.txt"


@pytest.mark.parametrize(
    ("sheet", "code"),
    [
        ("killed: [1, 2\n", "facts-invalid"),
        ("colour: red\n", "facts-invalid"),
        ("a: &x 1\nb: *x\n", "facts-unsafe"),
    ],
)
def test_an_invalid_fact_sheet_is_422(client, sheet, code):
    body = {"reports": sample_reports()[:1], "facts": {"name": "facts.yaml", "text": sheet}}
    error = error_of(client.post("/v1/check", json=body), 422, code)
    assert error["report"].startswith("facts.yaml")


# ------------------------------------------------------------------ 401, the session


def test_a_token_is_needed_on_every_v1_request():
    with served(token="s3cret") as guarded:
        for answer in (
            guarded.get("/v1/health"),
            guarded.post("/v1/compare", json={"reports": sample_reports()}),
            guarded.post("/v1/extract", json={"reports": sample_reports()[:1]}),
            guarded.post(
                "/v1/check", json={"reports": sample_reports()[:1], "facts": {"name": "f", "text": FACTS}}
            ),
            guarded.get("/v1/health", headers={"Authorization": "Bearer wrong"}),
            guarded.get("/v1/health", headers={"Authorization": "Basic s3cret"}),
        ):
            error_of(answer, 401, "unauthorized")
            assert answer.headers["www-authenticate"] == "Bearer"
        assert guarded.get("/v1/health", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        assert guarded.get("/").status_code == 200  # the page itself asks for the token


def test_the_session_cookie_stands_for_the_token():
    with served(token="s3cret") as guarded:
        error_of(guarded.post("/v1/session", json={"token": "guess"}), 401, "unauthorized")
        assert "set-cookie" not in guarded.post("/v1/session", json={"token": "guess"}).headers
        opened = guarded.post("/v1/session", json={"token": "s3cret"})
        assert opened.status_code == 204
        cookie = opened.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "s3cret" not in cookie
        assert guarded.get("/v1/health").status_code == 200  # the client keeps the cookie
        assert guarded.delete("/v1/session").status_code == 204
        guarded.cookies.clear()
        error_of(guarded.get("/v1/health"), 401, "unauthorized")


def test_without_a_token_the_session_is_a_no_op(client):
    answer = client.post("/v1/session", json={"token": "anything"})
    assert answer.status_code == 204 and "set-cookie" not in answer.headers


# ------------------------------------------------------------------ 503, 504


def test_a_full_queue_is_503_with_retry_after():
    with served(queue=0) as busy:
        runner = busy.app.state.runner
        runner._slots.acquire()  # the one worker's slot, as a long request would hold it
        try:
            answer = busy.post("/v1/compare", json={"reports": sample_reports()})
        finally:
            runner._slots.release()
        error_of(answer, 503, "busy")
        assert int(answer.headers["retry-after"]) >= 1
        assert busy.get("/v1/health").status_code == 200  # health never queues


def test_a_request_past_the_time_limit_is_504():
    with served(time_limit=0.001) as hurried:
        error_of(hurried.post("/v1/compare", json={"reports": sample_reports()}), 504, "timeout")


# ------------------------------------------------------------------ the rest of the site


def test_unknown_paths_are_404(client):
    error_of(client.get("/v1/nothing"), 404, "not-found")
    error_of(client.get("/assets/../pyproject.toml"), 404, "not-found")
    error_of(client.get("/assets/index.html"), 404, "not-found")  # only page.js and page.css
    assert client.get("/v1/compare").status_code == 405


def test_another_host_header_is_refused_on_loopback(client):
    answer = client.get("/", headers={"Host": "evil.example"})
    assert answer.status_code == 400


def test_the_page_has_its_own_policy(client):
    answer = client.get("/")
    assert answer.status_code == 200
    policy = answer.headers["content-security-policy"]
    for part in ("script-src 'self'", "connect-src 'self'", "form-action 'self'", "default-src 'none'"):
        assert part in policy
    assert all(source in policy for source in report_sources())  # the embedded report's own two
    assert "http" not in answer.text.replace("http-equiv", "")  # nothing from elsewhere
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert client.get("/assets/page.js").headers["content-type"].startswith("text/javascript")
    assert not re.search(
        r"innerHTML|outerHTML|insertAdjacentHTML|document\.write", client.get("/assets/page.js").text
    )


def test_docs_are_served_from_the_server(client):
    spec = client.get("/openapi.json").json()
    assert {"/v1/compare", "/v1/extract", "/v1/check", "/v1/health", "/v1/session"} <= set(spec["paths"])
    compare = spec["paths"]["/v1/compare"]["post"]
    assert {"application/json", "multipart/form-data"} == set(compare["requestBody"]["content"])
    assert {"200", "400", "401", "408", "413", "415", "503", "504"} <= set(compare["responses"])
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/v1/compare" in page.text and "<script" not in page.text
    assert "cdn" not in page.text.lower() and "https://" not in page.text


def test_every_status_code_is_catalogued():
    assert set(HTTP_STATUS) <= set(CATALOGUE)
    wanted = {"unauthorized": 401, "bad-request": 400, "request-too-large": 413, "unsupported-type": 415}
    wanted |= {"facts-invalid": 422, "busy": 503, "timeout": 504, "file-empty": 400, "file-too-large": 413}
    wanted |= {"request-timeout": 408}
    assert {code: status_of(code) for code in wanted} == wanted
