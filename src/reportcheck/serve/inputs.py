"""What a request hands over: reports (and a fact sheet) by name and bytes, and a date.

Two ways in, one result: a JSON body (``{"reports": [{"name", "text"}],
"date"}``, for a newsroom's tools) or a multipart form (``reports`` files,
``facts`` file, ``date`` field; what the page and ``curl -F`` send).  A
compare also takes what ``reportcheck compare`` takes beside its reports:
``same_incident`` (``--same-incident``) and ``min_confidence``
(``--min-confidence``; the server's own value when not given, as the CLI
falls back on its settings).  A
report's name is only a label: it is cut to its last path component and
never opened, so no request can make the server read one of its own files;
the bytes go to :func:`reportcheck.load.load_bytes`, which reads any
encoding the CLI reads and refuses binary data.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from pathlib import PurePosixPath

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.datastructures import Headers, UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

from reportcheck.errors import ReportcheckError
from reportcheck.load.inputs import REPORT_EXTENSIONS

#: the most reports one compare takes (every pair is aligned: the work grows with the square)
MAX_REPORTS = 50
#: a name longer than this is cut (it is a label in the output, nothing more)
MAX_NAME = 200
#: extensions a fact sheet upload may have
FACTS_EXTENSIONS = (".yaml", ".yml", ".txt")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
#: what the two compare options do, for the OpenAPI document (JSON and form alike)
SAME_INCIDENT = (
    "compare the reports as one incident even when they look like different incidents "
    "(as --same-incident); otherwise such reports are only checked each against itself"
)
MIN_CONFIDENCE = (
    "a conflict less sure than this (0-1) is a possible_conflict (as --min-confidence); "
    "default: the server's min_confidence setting"
)
#: form values of same_incident: what a checkbox or a script sends
_TRUE, _FALSE = ("true", "on", "1", "yes"), ("false", "off", "0", "no", "")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ReportIn(_Strict):
    """One report: the name findings call it by, and its text."""

    name: str = Field(min_length=1, max_length=1000, examples=["wire.txt"])
    text: str = Field(examples=["Police said 3 people were killed on Sunday."])


class CompareIn(_Strict):
    """``POST /v1/compare`` as JSON: two or more reports of one incident."""

    reports: list[ReportIn] = Field(min_length=2, max_length=MAX_REPORTS)
    date: dt.date | None = Field(default=None, description="publication date, for 'Sunday', 'today'...")
    same_incident: bool = Field(default=False, strict=True, description=SAME_INCIDENT)
    min_confidence: float | None = Field(
        default=None, ge=0, le=1, allow_inf_nan=False, strict=True, description=MIN_CONFIDENCE
    )


class ExtractIn(_Strict):
    """``POST /v1/extract`` as JSON: one report."""

    reports: list[ReportIn] = Field(min_length=1, max_length=1)
    date: dt.date | None = None


class CheckIn(_Strict):
    """``POST /v1/check`` as JSON: one article and the fact sheet (YAML) to check it against."""

    reports: list[ReportIn] = Field(min_length=1, max_length=1)
    facts: ReportIn
    date: dt.date | None = None


@dataclass(frozen=True)
class Submission:
    """The reports as (name, bytes), the fact sheet if any, the date; and a compare's options
    (``min_confidence`` None: the server's setting)."""

    reports: list[tuple[str, bytes]]
    facts: tuple[str, bytes] | None
    date: dt.date | None
    same_incident: bool = False
    min_confidence: float | None = None


def clean_name(name: str, fallback: str) -> str:
    """A label for a report: its last path component, without control characters, cut to size."""
    last = PurePosixPath(name.replace("\\", "/")).name
    cleaned = _CONTROL.sub("", last).strip()[:MAX_NAME]
    return cleaned or fallback


def _check_extension(name: str, allowed: tuple[str, ...]) -> None:
    suffix = PurePosixPath(name).suffix.lower()
    if suffix and suffix not in allowed:
        raise ReportcheckError(
            "unsupported-type",
            f"{suffix} is not a type reportcheck reads (it reads {', '.join(allowed)})",
            name,
        )


async def _once(body: bytes) -> AsyncGenerator[bytes, None]:
    yield body


def _one_line(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else first["msg"]


def from_json(body: bytes, model: type[CompareIn] | type[ExtractIn] | type[CheckIn]) -> Submission:
    try:
        parsed = model.model_validate(json.loads(body))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ReportcheckError("bad-request", f"the body is not JSON: {error}") from None
    except ValidationError as error:
        raise ReportcheckError("bad-request", _one_line(error)) from None
    reports = [
        (clean_name(r.name, f"report {i + 1}"), r.text.encode("utf-8", "surrogatepass"))
        for i, r in enumerate(parsed.reports)
    ]
    facts = None
    if isinstance(parsed, CheckIn):
        facts = (
            clean_name(parsed.facts.name, "facts.yaml"),
            parsed.facts.text.encode("utf-8", "surrogatepass"),
        )
    for name, _ in reports:
        _check_extension(name, REPORT_EXTENSIONS)
    if isinstance(parsed, CompareIn):
        return Submission(reports, facts, parsed.date, parsed.same_incident, parsed.min_confidence)
    return Submission(reports, facts, parsed.date)


def form_fields(model: type[CompareIn] | type[ExtractIn] | type[CheckIn]) -> tuple[str, ...]:
    """The fields a form for this endpoint may carry: a compare's options only on compare."""
    extra = {CompareIn: ("same_incident", "min_confidence"), CheckIn: ("facts",)}.get(model, ())
    return tuple(sorted(("reports", "date", *extra)))


async def from_form(
    body: bytes, headers: Headers, model: type[CompareIn] | type[ExtractIn] | type[CheckIn]
) -> Submission:
    """The multipart form: ``reports`` (files, repeated), ``facts`` (file or text), ``date``,
    and on compare ``same_incident`` and ``min_confidence``."""
    parser = MultiPartParser(
        headers, _once(body), max_files=MAX_REPORTS + 1, max_fields=10, max_part_size=len(body) + 1
    )
    try:
        form = await parser.parse()
    except MultiPartException as error:
        raise ReportcheckError("bad-request", f"the form cannot be read: {error.message}") from None
    known = form_fields(model)
    unknown = set(form.keys()) - set(known)
    if unknown:
        raise ReportcheckError(
            "bad-request", f"unknown form field {sorted(unknown)[0]!r} (known: {', '.join(known)})"
        )
    reports = []
    for index, item in enumerate(form.getlist("reports")):
        reports.append(await _part(item, f"report {index + 1}.txt", REPORT_EXTENSIONS))
    facts = None
    if model is CheckIn:
        sheet = form.get("facts")
        if sheet is None:
            raise ReportcheckError("bad-request", "the form has no 'facts' field (the fact sheet)")
        facts = await _part(sheet, "facts.yaml", FACTS_EXTENSIONS)
    date = _date(form.get("date"))
    same = _flag(form.get("same_incident"))
    return Submission(reports, facts, date, same, _fraction(form.get("min_confidence")))


async def _part(item: UploadFile | str, fallback: str, allowed: tuple[str, ...]) -> tuple[str, bytes]:
    if isinstance(item, str):  # a plain text field: pasted text
        return fallback, item.encode("utf-8", "surrogatepass")
    name = clean_name(item.filename or "", fallback)
    _check_extension(name, allowed)
    return name, await item.read()


def _date(value: UploadFile | str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ReportcheckError("bad-request", "date must be a form field (YYYY-MM-DD), not a file")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ReportcheckError("bad-request", f"date must be YYYY-MM-DD, not {value[:40]!r}") from None


def _flag(value: UploadFile | str | None) -> bool:
    """``same_incident`` as a form sends it: a ticked checkbox ("on"), or true/false, 1/0."""
    if value is None:
        return False
    if isinstance(value, str) and value.strip().lower() in _TRUE + _FALSE:
        return value.strip().lower() in _TRUE
    raise ReportcheckError("bad-request", f"same_incident must be true or false, not {_shown(value)}")


def _shown(value: UploadFile | str) -> str:
    return repr(value[:40]) if isinstance(value, str) else "a file"


def _fraction(value: UploadFile | str | None) -> float | None:
    """``min_confidence`` as a form sends it: a number from 0 to 1, or nothing (the server's)."""
    if value is None or value == "":
        return None
    try:
        number = float(value) if isinstance(value, str) else math.nan
    except ValueError:
        number = math.nan
    if not 0 <= number <= 1:  # NaN fails too
        raise ReportcheckError(
            "bad-request", f"min_confidence must be a number from 0 to 1, not {_shown(value)}"
        )
    return number


def check_count(submission: Submission, least: int, most: int) -> None:
    """Compare takes two or more reports, extract and check exactly one."""
    count = len(submission.reports)
    if least <= count <= most:
        return
    wanted = f"{least} or more" if most > least else f"exactly {least}"
    raise ReportcheckError("bad-request", f"this endpoint takes {wanted} report(s) (got {count})")
