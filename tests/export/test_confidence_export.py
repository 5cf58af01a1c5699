"""Every format shows a conflict's confidence and reasons, and a possible conflict after the conflicts.

The sample pair is compared once; one of its two conflicts is then marked a
possible conflict (as a higher --min-confidence would), so each renderer is
seen handling both statuses side by side."""

from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest

import reportcheck.api
from reportcheck.export.contract import output_json_schema
from reportcheck.export.csv import render_csv
from reportcheck.export.html import render_html
from reportcheck.export.jsonout import render_json
from reportcheck.export.markdown import render_markdown
from reportcheck.export.rows import GRADE_COLUMNS, flat_header
from reportcheck.export.table import render_table_text
from reportcheck.export.xlsx import STATUS_FILL, render_xlsx
from reportcheck.models import Comparison, Status

from ..conftest import SAMPLES

REPORT_A = str(SAMPLES / "report_a.txt")
REPORT_B = str(SAMPLES / "report_b.txt")


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return reportcheck.api.compare_reports([REPORT_A, REPORT_B])


@pytest.fixture(scope="module")
def demoted(comparison) -> Comparison:
    """The comparison with its internal conflict (12am vs noon) a possible conflict."""
    changed = comparison.model_copy(deep=True)
    internal = next(f for f in changed.findings if f.status is Status.conflict and f.internal)
    internal.status = Status.possible_conflict
    return changed


def test_every_conflict_is_graded_and_nothing_else(comparison):
    for finding in comparison.findings:
        if finding.status is Status.conflict:
            assert finding.confidence is not None and 0 <= finding.confidence <= 1
            assert finding.reasons and all(isinstance(r, str) and r for r in finding.reasons)
        else:
            assert finding.confidence is None and finding.reasons == []


def test_json_writes_confidence_reasons_and_the_count(demoted):
    out = json.loads(render_json(demoted))
    jsonschema.Draft202012Validator(json.loads(output_json_schema("comparison"))).validate(out)
    assert out["schema_version"] == "1.3"
    assert out["summary"]["possible_conflict"] == 1 and out["summary"]["conflict"] == 1
    possible = [f for f in out["findings"] if f["status"] == "possible_conflict"]
    assert len(possible) == 1 and possible[0]["confidence"] is not None and possible[0]["reasons"]
    assert all(f["confidence"] is None for f in out["findings"] if "conflict" not in f["status"])


def test_csv_has_confidence_and_reasons_columns(demoted):
    rows = list(csv.reader(io.StringIO(render_csv(demoted).lstrip("\ufeff"))))
    assert rows[0] == flat_header(2) and rows[0][-2:] == GRADE_COLUMNS
    by_status = {row[1]: row for row in rows[1:] if "conflict" in row[1]}
    assert set(by_status) == {"conflict", "possible_conflict"}
    for row in by_status.values():
        assert 0 <= float(row[-2]) <= 1 and row[-1]
    assert all(row[-2] == "" and row[-1] == "" for row in rows[1:] if "conflict" not in row[1])


def _order(statuses: list[str]) -> list[str]:
    return [s for i, s in enumerate(statuses) if s not in statuses[:i]]


def test_markdown_shows_the_possible_conflict_after_the_conflicts(demoted):
    text = render_markdown(demoted)
    assert "**possible conflict** (inside one report)" in text and "<br>confidence 0." in text
    statuses = [
        line.split("|")[2].strip() for line in text.splitlines() if line.startswith("| ") and "**" in line
    ]
    assert _order([s.split("**")[1] for s in statuses])[:2] == ["conflict", "possible conflict"]


def test_table_shows_the_status_and_the_confidence(demoted):
    text = render_table_text(demoted)
    assert "possible conflict" in text and "confidence 0." in text
    assert text.index("conflict") < text.index("possible conflict")


def test_html_has_a_badge_a_filter_and_the_reasons(demoted):
    page = render_html(demoted)
    assert 'data-status="possible_conflict"' in page
    assert 'class="finding st-possible_conflict"' in page
    assert '<small class="conf">confidence 0.' in page
    assert page.index('class="finding st-conflict"') < page.index('class="finding st-possible_conflict"')


def test_xlsx_colours_the_possible_conflict_and_keeps_the_columns(demoted):
    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(render_xlsx(demoted)))["findings"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0][-2:]) == GRADE_COLUMNS
    status_column = rows[0].index("status")
    row = next(i for i, r in enumerate(rows) if r[status_column] == "possible_conflict")
    fill = sheet.cell(row=row + 1, column=status_column + 1).fill.fgColor.rgb
    assert fill.endswith(STATUS_FILL["possible_conflict"])
    assert 0 <= float(rows[row][-2]) <= 1 and rows[row][-1]
