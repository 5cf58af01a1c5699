"""The newsroom page at ``/``, its assets, and the API's docs page, all served from the package.

Nothing is fetched from elsewhere: the page's script and style come from
``/assets/`` (a fixed list, never a path from the request), and ``/docs`` is
written here from the server's own OpenAPI document, so it works on a
machine with no network.  The page's policy lets it run only its own script
and talk only to this server; the report it shows sits in a sandboxed frame
and keeps its own policy, whose two hashes the page's policy also names
(a frame written from the page inherits the page's policy).
"""

from __future__ import annotations

from functools import cache
from html import escape
from importlib import resources
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from reportcheck.errors import ReportcheckError

pages = APIRouter(include_in_schema=False)

#: name -> media type: the only files /assets/ serves
ASSETS = {"page.js": "text/javascript; charset=utf-8", "page.css": "text/css; charset=utf-8"}


@cache
def _asset(name: str) -> str:
    return resources.files("reportcheck.serve").joinpath("assets", name).read_text(encoding="utf-8")


@cache
def page_policy() -> str:
    """The page's Content-Security-Policy: its own files, this server, the embedded report's two hashes."""
    from reportcheck.export.html import report_sources

    style, script = report_sources()
    return (
        f"default-src 'none'; script-src 'self' {script}; style-src 'self' {style}; "
        "connect-src 'self'; img-src 'self'; form-action 'self'; frame-src 'self'; "
        "base-uri 'none'; frame-ancestors 'none'"
    )


@pages.get("/")
async def index(request: Request) -> HTMLResponse:
    """The page, its minimum-confidence box set to the server's own (as a compare without one gets)."""
    chosen = f"{request.app.state.settings.min_confidence:g}"
    page = _asset("index.html").replace("{min_confidence}", chosen)
    return HTMLResponse(page, headers={"Content-Security-Policy": page_policy()})


@pages.get("/assets/{name}")
async def asset(name: str) -> Response:
    if name not in ASSETS:
        raise ReportcheckError("not-found", "no such asset", name)
    return Response(_asset(name), media_type=ASSETS[name], headers={"Cache-Control": "no-cache"})


@pages.get("/favicon.ico")
async def favicon() -> Response:
    """No icon, said without an error (a browser asks for one on every page)."""
    return Response(status_code=204)


@pages.get("/docs")
async def docs(request: Request) -> HTMLResponse:
    """Every endpoint, its parameters, bodies and answers, from /openapi.json."""
    return HTMLResponse(
        render_docs(request.app.openapi()),
        headers={"Content-Security-Policy": "default-src 'none'; style-src 'self'; base-uri 'none'"},
    )


def _values(schema: dict[str, Any]) -> str:
    """A parameter's allowed values, or its type."""
    if "enum" in schema:
        return " | ".join(map(str, schema["enum"]))
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    return schema.get("type", "")


def _fields(content: dict[str, Any]) -> str:
    return ", ".join(content.get("schema", {}).get("properties", {}))


def _operation(method: str, path: str, op: dict[str, Any]) -> str:
    rows = "".join(
        f"<tr><td><code>{escape(p['name'])}</code> ({escape(p['in'])})</td>"
        f"<td>{escape(_values(p.get('schema', {})))}</td>"
        f"<td>{escape(p.get('description', ''))}</td></tr>"
        for p in op.get("parameters", [])
    )
    bodies = "".join(
        f"<li><code>{escape(kind)}</code>: {escape(_fields(content))}</li>"
        for kind, content in op.get("requestBody", {}).get("content", {}).items()
    )
    answers = "".join(
        f"<li><b>{escape(str(status))}</b> {escape(answer.get('description', ''))}</li>"
        for status, answer in op.get("responses", {}).items()
    )
    return (
        f'<section class="op"><h2><span class="method">{escape(method.upper())}</span> '
        f"<code>{escape(path)}</code> — {escape(op.get('summary', ''))}</h2>"
        f"<p>{escape(op.get('description', ''))}</p>"
        + (f"<table><tr><th>parameter</th><th>values</th><th></th></tr>{rows}</table>" if rows else "")
        + (f"<p>Body:</p><ul>{bodies}</ul>" if bodies else "")
        + f"<p>Answers:</p><ul>{answers}</ul></section>"
    )


def render_docs(openapi: dict[str, Any]) -> str:
    info = openapi.get("info", {})
    operations = "".join(
        _operation(method, path, op)
        for path, methods in openapi.get("paths", {}).items()
        for method, op in methods.items()
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(info.get('title', 'API'))} API</title>"
        '<link rel="stylesheet" href="assets/page.css"></head><body class="docs">'
        f"<h1>{escape(info.get('title', ''))} {escape(info.get('version', ''))} — HTTP API</h1>"
        f"<p>{escape(info.get('description', ''))}</p>"
        '<p>The machine-readable document: <a href="openapi.json">openapi.json</a>. '
        'The page: <a href="./">./</a>.</p>'
        f"{operations}</body></html>\n"
    )
