"""How much the server takes at once: a bounded worker pool, a bounded queue, a time limit, a body cap.

Every piece of work (a compare, an extract, a check) runs on a worker thread
so the event loop stays free to answer health checks, refuse what is too
much and time out what is too slow.  At most ``workers + queue`` requests
are admitted at a time; the next one is answered ``busy`` (503) at once with
a ``Retry-After`` estimate, so memory never grows with the number of
callers.  A request that runs past the time limit is answered ``timeout``
(504); a thread cannot be stopped, so work that had already started keeps
its slot until it ends (the queue stays bounded), while work still waiting
is dropped.  A client that sends its headers and then dribbles its body
(slowloris) is answered ``request-timeout`` (408) once the body has taken
longer than the read time limit (:class:`BodyDeadline`), and its connection
is closed.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections.abc import AsyncIterator, Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from reportcheck.errors import ReportcheckError
from reportcheck.serve.errors import BusyError

T = TypeVar("T")

#: weight of the latest run in the moving average of run time (for Retry-After)
SMOOTHING = 0.2


class Runner:
    """A pool of ``workers`` threads with room for ``queue`` more requests waiting."""

    def __init__(self, *, workers: int, queue: int, time_limit: float):
        if workers < 1 or queue < 0 or time_limit <= 0:
            raise ValueError("workers >= 1, queue >= 0 and a positive time limit are needed")
        self.workers, self.capacity, self.time_limit = workers, workers + queue, time_limit
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="reportcheck-worker")
        self._slots = threading.BoundedSemaphore(self.capacity)
        self._lock = threading.Lock()
        self._admitted = 0
        self._mean_seconds = 1.0

    @property
    def admitted(self) -> int:
        """Requests running or waiting now."""
        return self._admitted

    def retry_after(self) -> int:
        """Seconds until the queue has likely moved: the work ahead over the workers."""
        return max(1, math.ceil(self._mean_seconds * self._admitted / self.workers))

    def _admit(self) -> None:
        if not self._slots.acquire(blocking=False):
            raise BusyError(
                f"{self._admitted} requests are running or waiting, the most this server takes",
                self.retry_after(),
            )
        with self._lock:
            self._admitted += 1

    def _release(self, started: float) -> None:
        with self._lock:
            self._admitted -= 1
            if started:
                elapsed = time.monotonic() - started
                self._mean_seconds += SMOOTHING * (elapsed - self._mean_seconds)
        self._slots.release()

    def _timed(self, work: Callable[[], T], clock: list[float]) -> T:
        clock[0] = time.monotonic()
        return work()

    async def run(self, work: Callable[[], T]) -> T:
        """``work()`` on a worker thread: its result, or busy / timeout as a ReportcheckError."""
        self._admit()
        clock = [0.0]
        try:
            future: Future[T] = self._pool.submit(self._timed, work, clock)
        except BaseException:
            self._release(0.0)
            raise
        future.add_done_callback(lambda _done: self._release(clock[0]))
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.time_limit)
        except TimeoutError:
            future.cancel()  # dropped if still waiting; a running thread finishes and frees its slot
            raise ReportcheckError(
                "timeout", f"the work took longer than {self.time_limit:g} seconds, the server's limit"
            ) from None

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


async def read_capped(stream: AsyncIterator[bytes], declared: str | None, cap: int) -> bytes:
    """The request body, refused as soon as it passes ``cap`` bytes (declared or received)."""
    if declared is not None and declared.isdigit() and int(declared) > cap:
        raise _too_large(int(declared), cap)
    chunks, size = [], 0
    async for chunk in stream:
        size += len(chunk)
        if size > cap:
            raise _too_large(size, cap)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(size: int, cap: int) -> ReportcheckError:
    return ReportcheckError(
        "request-too-large", f"the request body is more than {cap:,} bytes, this server's limit (--max-body)"
    )


class BodyDeadline:
    """ASGI middleware: a request's body must be in within ``seconds`` of the request's start.

    The body is read on the event loop before any work is queued, so a slow
    sender holds no worker; but without a limit it would hold its socket and
    its buffered bytes for as long as it likes, and a few hundred such
    clients would exhaust the server.  Past the deadline the application is
    told the client has gone (what it would see of a dropped connection),
    whatever it then answers is dropped, and the client gets 408
    ``request-timeout`` with ``Connection: close``.  Once the body is
    complete, reads (a disconnect check) pass through untimed."""

    def __init__(self, app: ASGIApp, seconds: float, headers: dict[str, str] | None = None):
        self.app, self.seconds, self.headers = app, seconds, headers or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.seconds
        complete = timed_out = started = False

        async def timed_receive() -> Message:
            nonlocal complete, timed_out
            if complete:
                return await receive()
            try:
                message = await asyncio.wait_for(receive(), max(0.0, deadline - loop.time()))
            except TimeoutError:
                complete = timed_out = True
                return {"type": "http.disconnect"}
            complete = message["type"] != "http.request" or not message.get("more_body", False)
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if timed_out:
                return  # the application's answer to a body that never came
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, timed_receive, guarded_send)
        except Exception:
            if not timed_out:
                raise
        if timed_out and not started:
            await self._timed_out(scope, receive, send)

    async def _timed_out(self, scope: Scope, receive: Receive, send: Send) -> None:
        from reportcheck.serve.errors import error_response

        error = ReportcheckError(
            "request-timeout",
            f"the request body took longer than {self.seconds:g} seconds to arrive, "
            "this server's limit (--read-time-limit)",
        )
        response = error_response(error, {**self.headers, "Connection": "close"})
        await response(scope, receive, send)
