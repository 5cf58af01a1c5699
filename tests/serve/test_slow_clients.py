"""Slow clients through a real socket: a body dribbled in (slowloris) is cut off with 408.

A client that sends its headers and then a byte now and then must not keep
the server's socket, its buffers and (were it ever queued) a worker for as
long as it likes: past ``read_time_limit`` it is answered ``request-timeout``
and its connection is closed, while a client that sends its body in a few
quick pieces is served as usual.
"""

from __future__ import annotations

import json
import socket
import time
from urllib.parse import urlsplit

from reportcheck.cli.serve import server_options
from reportcheck.serve.config import KEEP_ALIVE_SECONDS, ServeSettings

from .conftest import live

LIMIT = 1.5


def _connect(url: str) -> socket.socket:
    parts = urlsplit(url)
    conn = socket.create_connection((parts.hostname, parts.port), timeout=20)
    return conn


def _head(path: str, length: int, url: str) -> bytes:
    host = urlsplit(url).netloc
    return (
        f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {length}\r\n\r\n"
    ).encode()


def _dribble(conn: socket.socket, body: bytes, pause: float) -> tuple[bytes, float]:
    """Send ``body`` a byte every ``pause`` s until the server answers; what it answered, and when."""
    started = time.monotonic()
    conn.settimeout(pause)
    received = b""
    for byte in body:
        try:
            conn.sendall(bytes([byte]))
        except OSError:
            break  # the server has closed its side
        try:
            chunk = conn.recv(65536)
        except TimeoutError:
            continue
        received += chunk
        if not chunk or b"\r\n\r\n" in received:
            break
    return received, time.monotonic() - started


def _read_to_close(conn: socket.socket, received: bytes) -> bytes:
    """The rest of the answer, until the server closes the connection (an exception if it
    does not). A byte the client sent after the server stopped reading makes the server's
    close a reset rather than an orderly end: either is the connection closed."""
    conn.settimeout(10)
    try:
        while chunk := conn.recv(65536):
            received += chunk
    except ConnectionResetError:
        pass
    return received


def _status_and_error(answer: bytes) -> tuple[int, dict[str, str], dict]:
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.lower().split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), headers, json.loads(body)


def test_a_dribbled_body_is_cut_off_with_408_and_the_connection_closed():
    body = json.dumps({"reports": [{"name": "a.txt", "text": "Police said 3 people died."}] * 2}).encode()
    with live(read_time_limit=LIMIT) as url:
        for path, payload in (("/v1/compare", body), ("/v1/session", b'{"token": "' + b"x" * 200 + b'"}')):
            with _connect(url) as conn:
                conn.sendall(_head(path, len(payload), url))
                answer, seconds = _dribble(conn, payload, 0.25)
                answer = _read_to_close(conn, answer)
            status, headers, error = _status_and_error(answer)
            assert status == 408, path
            assert error["error"]["code"] == "request-timeout"
            assert "--read-time-limit" in error["error"]["message"]
            assert headers["connection"] == "close"
            assert LIMIT * 0.9 <= seconds < LIMIT + 5, path  # the server starts its clock a moment later
        # the server is free for the next caller
        with _connect(url) as conn:
            conn.sendall(_head("/v1/session", 2, url) + b"{}")
            conn.settimeout(10)
            assert conn.recv(65536).startswith(b"HTTP/1.1 400")  # no token field: a bad request, at once


def test_a_body_sent_in_quick_pieces_is_read():
    payload = b'{"token": "anything"}'
    with live(read_time_limit=LIMIT) as url, _connect(url) as conn:
        conn.sendall(_head("/v1/session", len(payload), url))
        for piece in (payload[:5], payload[5:12], payload[12:]):
            time.sleep(0.2)
            conn.sendall(piece)
        conn.settimeout(10)
        assert conn.recv(65536).startswith(b"HTTP/1.1 204")  # no token on the server: nothing to prove


def test_the_server_runs_with_the_chosen_keep_alive():
    options = server_options(ServeSettings())
    assert options["timeout_keep_alive"] == KEEP_ALIVE_SECONDS
    assert 5 <= KEEP_ALIVE_SECONDS <= 60
