"""The HTTP API under ``/v1``: compare, extract, check, health, and the page's session.

Each work endpoint takes JSON or a multipart form (see
:mod:`reportcheck.serve.inputs`), runs on the bounded worker pool
(:mod:`reportcheck.serve.limits`) and answers with the CLI's contract:
the JSON ``reportcheck compare --format json`` writes, or with ``?format=``
any other format the command writes.  ``X-Reportcheck-Conflict`` says
whether the reports conflict (the CLI's exit status 1), whatever the format.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel

from reportcheck.errors import ReportcheckError
from reportcheck.export.checkout import CheckFormat
from reportcheck.export.contract import SCHEMA_VERSION, CheckOut, ComparisonOut, ExtractionOut
from reportcheck.formats import OutputFormat
from reportcheck.serve import work
from reportcheck.serve.auth import COOKIE, require_token, session_value, token_matches
from reportcheck.serve.errors import ErrorBody
from reportcheck.serve.inputs import (
    MAX_REPORTS,
    MIN_CONFIDENCE,
    SAME_INCIDENT,
    CheckIn,
    CompareIn,
    ExtractIn,
    Submission,
    check_count,
    from_form,
    from_json,
)
from reportcheck.serve.limits import Runner, read_capped

JSON_TYPE, FORM_TYPE = "application/json", "multipart/form-data"

api = APIRouter(prefix="/v1", dependencies=[Depends(require_token)])
session = APIRouter(prefix="/v1")

#: the error answers every work endpoint may give, for the OpenAPI document
ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": text}
    for status, text in {
        400: "bad-request: a malformed request; or a report the CLI would refuse (file-empty, file-encoding)",
        401: "unauthorized: the server has a token and the request did not carry it",
        408: "request-timeout: the body took longer than the server's --read-time-limit to arrive",
        413: "file-too-large (a report, named) or request-too-large (the whole body)",
        415: "unsupported-type (the request's or an upload's type) or file-binary (a report, named)",
        503: "busy: the queue is full; Retry-After says when to try again",
        504: "timeout: the work ran past the server's time limit",
    }.items()
}


class ExtractFormat(StrEnum):
    json = "json"
    table = "table"


class Health(BaseModel):
    status: str
    version: str
    schema_version: str
    model: str
    running_or_waiting: int
    capacity: int


class TokenIn(BaseModel):
    token: str


def _inline(schema: dict[str, Any]) -> dict[str, Any]:
    """A pydantic JSON schema with its ``$defs`` written in place, as OpenAPI's requestBody wants it."""
    defs = schema.pop("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return walk(copy.deepcopy(defs[node["$ref"].rsplit("/", 1)[-1]]))
            return {key: walk(value) for key, value in node.items()}
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    return walk(schema)


#: form fields written by kind in :func:`_body`: an upload, a YYYY-MM-DD date
SHORT_FIELDS: dict[str, dict[str, str]] = {
    "file": {"type": "string", "format": "binary"},
    "date": {"type": "string", "format": "date"},
}


def _body(model: type[BaseModel], form: dict[str, Any]) -> dict[str, Any]:
    """The requestBody of an endpoint that takes ``model`` as JSON or ``form`` as multipart;
    a form field written "file" or "date" is an upload or a YYYY-MM-DD string."""
    fields = {key: SHORT_FIELDS[value] if isinstance(value, str) else value for key, value in form.items()}
    return {
        "requestBody": {
            "required": True,
            "content": {
                JSON_TYPE: {"schema": _inline(model.model_json_schema())},
                FORM_TYPE: {"schema": {"type": "object", "properties": fields, "required": list(form)[:1]}},
            },
        }
    }


def _answer(schema: type[BaseModel], other: str) -> dict[int | str, dict[str, Any]]:
    return {200: {"model": schema, "description": f"the JSON contract ({other} with ?format=)"}, **ERRORS}


async def _submission(
    request: Request, model: type[CompareIn] | type[ExtractIn] | type[CheckIn]
) -> Submission:
    """The request's reports, read within the body cap, by its content type."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind not in (JSON_TYPE, FORM_TYPE):
        raise ReportcheckError(
            "unsupported-type", f"the request is {kind or 'of no type'}; send {JSON_TYPE} or {FORM_TYPE}"
        )
    cap = request.app.state.settings.max_body
    body = await read_capped(request.stream(), request.headers.get("content-length"), cap)
    if kind == JSON_TYPE:
        return from_json(body, model)
    return await from_form(body, request.headers, model)


def _response(rendered: work.Rendered) -> Response:
    headers = {}
    if not rendered.media_type.startswith(JSON_TYPE):
        headers["Content-Disposition"] = f'attachment; filename="{rendered.filename}"'
    if rendered.has_conflict is not None:
        headers["X-Reportcheck-Conflict"] = "true" if rendered.has_conflict else "false"
    if rendered.incident_match is not None:
        headers["X-Reportcheck-Incident-Match"] = rendered.incident_match
    return Response(rendered.body, media_type=rendered.media_type, headers=headers)


async def _run(request: Request, job: Callable[[], work.Rendered]) -> Response:
    runner: Runner = request.app.state.runner
    return _response(await runner.run(job))


@api.post(
    "/compare",
    summary="Compare two or more reports of one incident",
    responses=_answer(ComparisonOut, "csv, markdown, html, xlsx or table"),
    openapi_extra=_body(
        CompareIn,
        {
            "reports": "file",
            "date": "date",
            "same_incident": {"type": "boolean", "default": False, "description": SAME_INCIDENT},
            "min_confidence": {"type": "number", "minimum": 0, "maximum": 1, "description": MIN_CONFIDENCE},
        },
    ),
)
async def compare(
    request: Request,
    output_format: Annotated[OutputFormat, Query(alias="format")] = OutputFormat.json,
    show_all: Annotated[bool, Query(alias="all", description="as --all, for html, markdown, table")] = False,
) -> Response:
    """The findings, as ``reportcheck compare`` gives them. A form repeats ``reports`` per file.
    ``X-Reportcheck-Incident-Match`` says whether the reports tell one incident (same, unsure or
    different; different: only each report's contradictions with itself, unless same_incident)."""
    submission = await _submission(request, CompareIn)
    check_count(submission, 2, MAX_REPORTS)
    settings, helper = request.app.state.settings, request.app.state.helper
    return await _run(request, lambda: work.compare(submission, settings, output_format, show_all, helper))


@api.post(
    "/extract",
    summary="The claims found in one report",
    responses=_answer(ExtractionOut, "the table as text"),
    openapi_extra=_body(ExtractIn, {"reports": "file", "date": "date"}),
)
async def extract(
    request: Request,
    output_format: Annotated[ExtractFormat, Query(alias="format")] = ExtractFormat.json,
) -> Response:
    """What ``reportcheck extract`` lists: claims by incident, with hedges and sources."""
    submission = await _submission(request, ExtractIn)
    check_count(submission, 1, 1)
    settings = request.app.state.settings
    as_json = output_format is ExtractFormat.json
    return await _run(request, lambda: work.extract(submission, settings, as_json))


@api.post(
    "/check",
    summary="Check an article against a fact sheet",
    responses={
        **_answer(CheckOut, "table, github or junit"),
        422: {
            "model": ErrorBody,
            "description": "facts-invalid or facts-unsafe: the fact sheet (line named)",
        },
    },
    openapi_extra=_body(CheckIn, {"reports": "file", "facts": "file", "date": "date"}),
)
async def check(
    request: Request,
    output_format: Annotated[CheckFormat, Query(alias="format")] = CheckFormat.json,
) -> Response:
    """Each fact's verdict, as ``reportcheck check``. ``facts`` is the sheet's YAML (a file, or text)."""
    submission = await _submission(request, CheckIn)
    check_count(submission, 1, 1)
    settings = request.app.state.settings
    return await _run(request, lambda: work.check(submission, settings, output_format))


@api.get(
    "/health", summary="Whether the server is up, and how full its queue is", responses={401: ERRORS[401]}
)
async def health(request: Request) -> Health:
    from reportcheck import __version__
    from reportcheck.pipeline import build_pipeline

    runner: Runner = request.app.state.runner
    nlp = build_pipeline(request.app.state.settings.model)  # cached: built at start-up
    return Health(
        status="ok",
        version=__version__,
        schema_version=SCHEMA_VERSION,
        model=f"{nlp.meta.get('name', '?')} {nlp.meta.get('version', '')}".strip(),
        running_or_waiting=runner.admitted,
        capacity=runner.capacity,
    )


@session.post(
    "/session",
    status_code=204,
    summary="Trade the token for the page's session cookie",
    responses={401: ERRORS[401], 400: ERRORS[400]},
)
async def open_session(request: Request, given: TokenIn) -> Response:
    """Sets an HttpOnly, SameSite=Strict cookie (Secure over HTTPS) the page's calls then carry."""
    token = request.app.state.settings.token
    response = Response(status_code=204)
    if token is None:
        return response  # nothing to prove
    if not token_matches(token, given.token):
        raise ReportcheckError("unauthorized", "that is not this server's token")
    response.set_cookie(
        COOKIE,
        session_value(token),
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path="/",
    )
    return response


@session.delete("/session", status_code=204, summary="Forget the page's session cookie")
async def close_session() -> Response:
    response = Response(status_code=204)
    response.delete_cookie(COOKIE, path="/", httponly=True, samesite="strict")
    return response
