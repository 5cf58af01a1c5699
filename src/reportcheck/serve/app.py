"""``create_app``: the server as an ASGI application, its pipeline loaded once at start-up.

The lifespan builds the place index and the spaCy pipeline and runs a small
compare on the worker thread before the first request is taken; requests
only ever reuse them.  Every answer carries headers that stop a browser from
guessing types, sending referrers or framing the page elsewhere.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response
from starlette.middleware.trustedhost import TrustedHostMiddleware

from reportcheck import __version__
from reportcheck.serve import work
from reportcheck.serve.config import ServeSettings
from reportcheck.serve.errors import install_error_handlers
from reportcheck.serve.helper import Helper
from reportcheck.serve.limits import BodyDeadline, Runner
from reportcheck.serve.page import pages
from reportcheck.serve.routes import api, session

LOG = logging.getLogger("reportcheck.serve")

DESCRIPTION = (
    "Cross-check news reports of one incident over HTTP: the same findings and JSON contract as the "
    'reportcheck CLI. Send JSON ({"reports": [{"name": ..., "text": ...}], "date": ...}) or a '
    'multipart form (reports files, facts file, date). Errors are {"error": {"code", "message", '
    '"report"}} with a code of the CLI\'s error catalogue.'
)
#: an answer's policy unless it sets its own (the page does): it may load nothing, be framed nowhere
API_POLICY = "default-src 'none'; frame-ancestors 'none'"
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


async def _security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    response.headers.setdefault("Content-Security-Policy", API_POLICY)
    return response


def settle_heap() -> None:
    """Move what start-up built (the pipeline, rules, lexicons) out of the garbage collector's view.

    They live as long as the server, yet every full collection a request
    triggers would walk them all again (about 4 ms a compare); frozen, a
    collection walks only what requests made.  Start-up's garbage is
    collected first so nothing freed is kept."""
    gc.collect()
    gc.freeze()


def create_app(settings: ServeSettings | None = None) -> FastAPI:
    """The application for ``settings`` (defaults: loopback, no token)."""
    chosen = settings or ServeSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        runner = Runner(workers=chosen.workers, queue=chosen.queue, time_limit=max(chosen.time_limit, 600))
        helper = Helper(chosen.model) if chosen.helper else None
        if helper is not None:
            LOG.info("starting a helper process to extract half of each compare's reports")
            helper.start()  # it loads while the worker thread does
        LOG.info("loading the pipeline and the place index")
        await runner.run(lambda: work.warm_up(chosen))  # on the worker thread, with a start-up's time
        if helper is not None:
            await runner.run(helper.wait)
        settle_heap()
        runner.time_limit = chosen.time_limit
        app.state.runner, app.state.helper = runner, helper
        try:
            yield
        finally:
            runner.close()
            if helper is not None:
                helper.close()

    app = FastAPI(
        title="reportcheck",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # FastAPI's own docs pages load their scripts from a CDN; /docs is ours
        redoc_url=None,
    )
    app.state.settings = chosen
    install_error_handlers(app)
    app.middleware("http")(_security_headers)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=chosen.allowed_hosts())
    # outermost, so it times every read; its own 408 gets the headers every answer carries
    policy = {**SECURITY_HEADERS, "Content-Security-Policy": API_POLICY}
    app.add_middleware(BodyDeadline, seconds=chosen.read_time_limit, headers=policy)
    app.include_router(api)
    app.include_router(session)
    app.include_router(pages)
    return app
