"""The work a request asks for, as plain functions run on a worker thread.

Each calls the library (:mod:`reportcheck.api`, :mod:`reportcheck.facts`)
and renders with the CLI's own renderers, so an answer is byte for byte what
``reportcheck compare --format json`` (or csv, html...) writes for the same
reports under the same names.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportcheck.api import ExtractOptions, compare_extracted, extract_reports, extract_source, load_input
from reportcheck.errors import ReportcheckError
from reportcheck.export.checkout import RENDERERS as CHECK_RENDERERS
from reportcheck.export.checkout import CheckFormat
from reportcheck.formats import OutputFormat
from reportcheck.load.decode import decode_report_bytes
from reportcheck.load.inputs import ReportSource
from reportcheck.serve.config import ServeSettings
from reportcheck.serve.helper import Helper
from reportcheck.serve.inputs import Submission
from reportcheck.settings import choose

#: format -> (media type, file extension) of an answer
COMPARE_MEDIA: dict[OutputFormat, tuple[str, str]] = {
    OutputFormat.json: ("application/json", "json"),
    OutputFormat.table: ("text/plain; charset=utf-8", "txt"),
    OutputFormat.csv: ("text/csv; charset=utf-8", "csv"),
    OutputFormat.markdown: ("text/markdown; charset=utf-8", "md"),
    OutputFormat.html: ("text/html; charset=utf-8", "html"),
    OutputFormat.xlsx: ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
}
CHECK_MEDIA: dict[CheckFormat, tuple[str, str]] = {
    CheckFormat.json: ("application/json", "json"),
    CheckFormat.table: ("text/plain; charset=utf-8", "txt"),
    CheckFormat.github: ("text/plain; charset=utf-8", "txt"),
    CheckFormat.junit: ("application/xml", "xml"),
}


@dataclass(frozen=True)
class Rendered:
    """An answer's body and how to send it."""

    body: bytes
    media_type: str
    filename: str
    has_conflict: bool | None = None
    #: a compare's incident_match decision ("same", "unsure", "different"), "forced" when
    #: same_incident compared reports that look like different incidents
    incident_match: str | None = None


def compare(
    submission: Submission,
    settings: ServeSettings,
    fmt: OutputFormat,
    show_all: bool,
    helper: Helper | None = None,
) -> Rendered:
    """A compare as the CLI's; with a ``helper``, half the reports are extracted in its process."""
    from reportcheck.export import FILE_PREFIX, RENDERERS

    # all loaded before any is extracted, as compare_reports does: a bad report is told at once
    loaded = [
        load_input(item, date=submission.date, max_chars=settings.max_chars) for item in submission.reports
    ]
    if helper is None:
        extracted = list(extract_reports(loaded, range(len(loaded)), model=settings.model))
    else:
        extracted = helper.extract(loaded)
    comparison = compare_extracted(
        extracted,
        settings.tolerances,
        choose(submission.min_confidence, settings.min_confidence),
        same_incident=submission.same_incident,
    )
    data = RENDERERS[fmt](comparison, show_all)
    if isinstance(data, str):  # a download is a file: the CSV gets the byte-order mark Excel needs
        data = (FILE_PREFIX.get(fmt, "") + data).encode("utf-8")
    media, extension = COMPARE_MEDIA[fmt]
    match = comparison.incident_match
    decision = None if match is None else ("forced" if match.forced else str(match.decision))
    return Rendered(data, media, f"reportcheck-compare.{extension}", comparison.has_conflict, decision)


def extract(submission: Submission, settings: ServeSettings, as_json: bool) -> Rendered:
    from reportcheck.export.claims import render_extraction_json, render_extraction_text

    name, data = submission.reports[0]
    options = ExtractOptions(model=settings.model, date=submission.date, max_chars=settings.max_chars)
    extracted = extract_source(ReportSource(name, data), 0, options)
    if as_json:
        return Rendered(render_extraction_json(extracted).encode("utf-8"), "application/json", "extract.json")
    text = render_extraction_text(extracted)
    return Rendered(text.encode("utf-8"), "text/plain; charset=utf-8", "extract.txt")


def check(submission: Submission, settings: ServeSettings, fmt: CheckFormat) -> Rendered:
    from reportcheck.facts.check import check_report
    from reportcheck.facts.load import MAX_FACTSHEET_BYTES, validate_sheet

    assert submission.facts is not None
    sheet_name, sheet_bytes = submission.facts
    if len(sheet_bytes) > MAX_FACTSHEET_BYTES:
        raise ReportcheckError(
            "file-too-large", f"a fact sheet is at most {MAX_FACTSHEET_BYTES:,} bytes", sheet_name
        )
    sheet = validate_sheet(decode_report_bytes(sheet_bytes, sheet_name).text, sheet_name)
    result = check_report(
        submission.reports[0],
        sheet,
        model=settings.model,
        date=submission.date,
        max_chars=settings.max_chars,
        tolerances=settings.tolerances,
    )
    media, extension = CHECK_MEDIA[fmt]
    body = CHECK_RENDERERS[fmt](result).encode("utf-8")
    return Rendered(body, media, f"reportcheck-check.{extension}", result.has_conflict)


#: a small pair run once at start-up, on the worker thread, so the first
#: caller does not pay for what spaCy and the rules load on first use
WARM_UP = (
    ("warm-a.txt", b"Police said 3 people were killed in Springfield on Sunday, March 3, 2024."),
    ("warm-b.txt", b"Officials said 4 people died in the Springfield shooting on Sunday."),
)


def warm_up(settings: ServeSettings) -> None:
    from reportcheck.knowledge.gazetteer import build_place_index
    from reportcheck.pipeline import build_pipeline

    build_place_index()
    build_pipeline(settings.model)
    if settings.warm_up:
        compare(Submission(list(WARM_UP), None, None), settings, OutputFormat.json, False)
