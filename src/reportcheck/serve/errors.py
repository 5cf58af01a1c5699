"""The catalogue's errors as HTTP answers: one JSON body, the status the code calls for.

A caller tells what went wrong from ``error.code`` (the code the CLI prints
in brackets) and which report from ``error.report``, never from the wording.
The framework's own failures are turned into the same body: its request
validation (422 by default) is a malformed request, ``bad-request`` with 400,
so 422 keeps one meaning here, an invalid fact sheet.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from reportcheck.errors import ReportcheckError

LOG = logging.getLogger("reportcheck.serve")

#: catalogue code -> HTTP status; a code not named here is the request's fault (400)
HTTP_STATUS: dict[str, int] = {
    "unauthorized": 401,
    "not-found": 404,
    "file-too-large": 413,
    "request-too-large": 413,
    "request-timeout": 408,
    "file-binary": 415,
    "unsupported-type": 415,
    "facts-invalid": 422,
    "facts-unsafe": 422,
    "model-missing": 500,
    "rules-invalid": 500,
    "cache-unwritable": 500,
    "internal-error": 500,
    "busy": 503,
    "timeout": 504,
}
#: the statuses the framework raises itself, and the code each becomes
FRAMEWORK_CODES = {401: "unauthorized", 404: "not-found", 405: "not-found", 413: "request-too-large"}


class ErrorDetail(BaseModel):
    code: str  #: a code of reportcheck's error catalogue
    message: str  #: the specifics, for a person
    report: str | None = None  #: the report (or fact sheet) the error is about, by the name it was sent with


class ErrorBody(BaseModel):
    """Every error answer of the API."""

    error: ErrorDetail


def status_of(code: str) -> int:
    return HTTP_STATUS.get(code, 400)


def error_response(error: ReportcheckError, headers: dict[str, str] | None = None) -> JSONResponse:
    body = ErrorBody(error=ErrorDetail(code=error.code, message=error.message, report=error.path))
    return JSONResponse(body.model_dump(), status_code=status_of(error.code), headers=headers)


class BusyError(ReportcheckError):
    """``busy``, with the seconds after which a retry is likely to be taken (``Retry-After``)."""

    def __init__(self, message: str, retry_after: int):
        super().__init__("busy", message)
        self.retry_after = retry_after


def _headers(error: ReportcheckError) -> dict[str, str] | None:
    """Retry-After on busy (RFC 9110 15.6.4), WWW-Authenticate on unauthorized (RFC 6750)."""
    if isinstance(error, BusyError):
        return {"Retry-After": str(error.retry_after)}
    if error.code == "unauthorized":
        return {"WWW-Authenticate": "Bearer"}
    return None


async def _catalogued(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, ReportcheckError)
    return error_response(error, _headers(error))


async def _invalid_request(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    first = error.errors()[0] if error.errors() else {}
    where = ".".join(str(part) for part in first.get("loc", ()))
    message = f"{where}: {first.get('msg', 'invalid')}" if where else "the request is not valid"
    return error_response(ReportcheckError("bad-request", message))


async def _framework(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, StarletteHTTPException)
    code = FRAMEWORK_CODES.get(error.status_code, "bad-request")
    response = error_response(ReportcheckError(code, str(error.detail)))
    response.status_code = error.status_code
    if error.headers:
        response.headers.update(error.headers)
    return response


async def _gone(_request: Request, _error: Exception) -> Response:
    """The client left while sending its body (or was timed out, see
    :class:`~reportcheck.serve.limits.BodyDeadline`): no one reads an answer, and it is no bug."""
    return Response(status_code=400)


async def _unexpected(_request: Request, error: Exception) -> JSONResponse:
    """A bug: logged with its traceback for the operator, one line for the caller."""
    LOG.exception("internal error")
    return error_response(ReportcheckError("internal-error", f"internal error: {type(error).__name__}"))


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ReportcheckError, _catalogued)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(StarletteHTTPException, _framework)
    app.add_exception_handler(ClientDisconnect, _gone)
    app.add_exception_handler(Exception, _unexpected)
