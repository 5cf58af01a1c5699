"""``reportcheck serve``: the web page and HTTP API (:mod:`reportcheck.serve`), on a warm pipeline."""

from __future__ import annotations

import importlib.util
import os
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from reportcheck.cli.application import app
from reportcheck.cli.options import MaxCharsOption, MinConfidenceOption, ModelOption, fail
from reportcheck.errors import ReportcheckError

if TYPE_CHECKING:
    from reportcheck.serve.config import ServeSettings

#: the modules the serve extra installs, by the name pip knows them by
SERVE_MODULES = {"fastapi": "fastapi", "uvicorn": "uvicorn", "multipart": "python-multipart"}


def require_serve_extra() -> None:
    """A one-line error, not an ImportError, when the serve extra is not installed."""
    missing = [
        package for module, package in SERVE_MODULES.items() if importlib.util.find_spec(module) is None
    ]
    if missing:
        raise ReportcheckError(
            "extra-missing",
            f'reportcheck serve needs {", ".join(missing)}: pip install "reportcheck[serve]"',
        )


def check_exposure(host: str, token: str | None) -> None:
    """Another address than loopback is reachable by others: it needs a token."""
    from reportcheck.serve.config import is_loopback

    if not is_loopback(host) and not token:
        raise ReportcheckError(
            "bad-option",
            f"--host {host} lets other machines in: give --token (or REPORTCHECK_TOKEN) so only "
            "those who have it can use the server",
        )


@app.command()
def serve(
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on; loopback unless --token is given.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8321,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            envvar="REPORTCHECK_TOKEN",
            show_envvar=True,
            help="A secret every /v1 request must carry (Authorization: Bearer TOKEN); the page asks for "
            "it once. Needed for any --host but loopback.",
            show_default=False,
        ),
    ] = None,
    queue: Annotated[
        int,
        typer.Option("--queue", min=0, max=1000, help="Requests that may wait for the worker; more get 503."),
    ] = 8,
    time_limit: Annotated[
        float,
        typer.Option("--time-limit", min=1, help="Seconds a request may take, waiting included; then 504."),
    ] = 120.0,
    read_time_limit: Annotated[
        float,
        typer.Option(
            "--read-time-limit",
            min=1,
            help="Seconds a client may take to send a request's body; then 408 and the connection closed.",
        ),
    ] = 30.0,
    max_body: Annotated[
        int,
        typer.Option(
            "--max-body", min=1, help="Bytes a request may carry, all reports together; more get 413."
        ),
    ] = 10_000_000,
    max_chars: MaxCharsOption = None,
    model: ModelOption = None,
    min_confidence: MinConfidenceOption = None,
    helper: Annotated[
        bool | None,
        typer.Option(
            "--helper/--no-helper",
            help="Extract half of each compare's reports in a second process, on another core "
            "(default: on where the machine has two cores or more).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Serve the newsroom page and the HTTP API on a warm pipeline (needs the serve extra)."""
    from reportcheck.settings import choose, load_settings

    try:
        require_serve_extra()
        check_exposure(host, token)
        settings = load_settings()
        from reportcheck.serve.config import ServeSettings

        chosen = ServeSettings(
            host=host,
            port=port,
            token=token or None,
            model=choose(model, settings.model),
            max_chars=choose(max_chars, settings.max_chars),
            max_body=max_body,
            queue=queue,
            time_limit=time_limit,
            read_time_limit=read_time_limit,
            tolerances=settings.tolerance_values(),
            min_confidence=choose(min_confidence, settings.min_confidence),
            helper=use_helper(helper),
        )
        # loaded here so a missing model or an unwritable cache is one line, not a
        # traceback from the server's start-up; the server then finds both ready
        from reportcheck.cli.notices import prepare_place_index
        from reportcheck.pipeline import build_pipeline

        prepare_place_index(quiet=False)
        build_pipeline(chosen.model)
    except ReportcheckError as error:
        fail(error)
    _run(chosen)


def use_helper(chosen: bool | None) -> bool:
    """--helper as given, else on where a second core can take the helper's share."""
    return chosen if chosen is not None else (os.cpu_count() or 1) >= 2


def _run(settings: ServeSettings) -> None:
    """Say where the server listens and whether it needs the token, then run it until Ctrl-C."""
    import uvicorn

    from reportcheck.serve.app import create_app

    shown = f"[{settings.host}]" if ":" in settings.host else settings.host
    guard = "every /v1 request needs the token" if settings.token else "no token: loopback only"
    print(f"reportcheck serve: http://{shown}:{settings.port}/ ({guard}); Ctrl-C stops it", file=sys.stderr)
    uvicorn.run(create_app(settings), **server_options(settings))


def server_options(settings: ServeSettings) -> dict[str, Any]:
    """uvicorn's options for ``settings``: one process (the pipeline is loaded once), and an idle
    connection closed after :data:`~reportcheck.serve.config.KEEP_ALIVE_SECONDS`."""
    from reportcheck.serve.config import KEEP_ALIVE_SECONDS

    return {
        "host": settings.host,
        "port": settings.port,
        "log_level": "info",
        "workers": 1,
        "timeout_keep_alive": KEEP_ALIVE_SECONDS,
    }
