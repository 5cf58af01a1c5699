"""A served app per settings through FastAPI's test client (httpx); the sample pair as the API takes it."""

from __future__ import annotations

import socket
import threading
import time
import warnings
from contextlib import contextmanager

import pytest

pytest.importorskip("fastapi", reason="the serve extra is not installed (pip install '.[test]')")

from reportcheck.cli.serve import server_options  # noqa: E402
from reportcheck.serve.app import create_app  # noqa: E402
from reportcheck.serve.config import ServeSettings  # noqa: E402

from ..conftest import ROOT, SAMPLES  # noqa: E402

with warnings.catch_warnings():
    # starlette's test client suggests httpx2 over httpx, the client FastAPI documents
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

SCHEMAS = ROOT / "src" / "reportcheck" / "schemas"
#: the Host header a browser on the same machine sends
BASE = "http://localhost"


#: two reports of different incidents (another state, another season, a crash against a
#: shooting), written for these tests: compare must not set one's figures against the other's
OTHER_INCIDENTS = (
    (
        "bus.txt",
        "A charter bus overturned on Interstate 5 near Redding, California, on Tuesday, March 12, 2024, "
        "killing 4 passengers and injuring 21 others, the California Highway Patrol said.\n"
        "The bus was carrying 40 people to a church retreat when it left the road at about 6:30 a.m.\n",
    ),
    (
        "shooting.txt",
        "A gunman opened fire outside a bar in Tulsa, Oklahoma, on Saturday, June 8, 2024, killing 2 people "
        "and wounding 5 others, police said.\n"
        "The shooting happened at about 11:45 p.m. Police said the suspect fled on foot.\n",
    ),
)


def sample_reports() -> list[dict[str, str]]:
    return [
        {"name": name, "text": (SAMPLES / name).read_text(encoding="utf-8")}
        for name in ("report_a.txt", "report_b.txt")
    ]


def sample_files() -> list[tuple[str, tuple[str, bytes]]]:
    return [("reports", (name, (SAMPLES / name).read_bytes())) for name in ("report_a.txt", "report_b.txt")]


@contextmanager
def served(**settings):
    """A client of an app with these settings, its lifespan run (the pipeline is cached per process)."""
    settings.setdefault("warm_up", False)
    with TestClient(create_app(ServeSettings(**settings)), base_url=BASE) as client:
        yield client


@pytest.fixture(scope="module")
def client():
    with served(warm_up=True) as client:
        yield client


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def live(**settings):
    """A uvicorn server on a free loopback port, in a thread, run as ``reportcheck serve`` runs it
    (its keep-alive and the rest); its base URL."""
    import uvicorn

    port = _free_port()
    chosen = ServeSettings(port=port, **{"warm_up": False, **settings})
    options = {**server_options(chosen), "log_level": "warning"}
    server = uvicorn.Server(uvicorn.Config(create_app(chosen), **options))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
