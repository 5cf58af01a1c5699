"""A second process that extracts part of a compare's reports while the worker thread extracts the rest.

spaCy's parse holds the GIL: two threads parsing the sample pair's two
reports took as long as one thread parsing both, so a compare uses one core
however many the machine has, and parsing is most of a warm compare.  A
helper process, started with the server and warmed as it is, extracts the
later half of a compare's reports on another core while the worker thread
extracts the first half; the claims come back pickled.

Both sides run :func:`reportcheck.api.extract_reports` on the same loaded
reports with the same indices, so the claims are the ones the worker would
find alone (reports are parsed independently; batching only groups the
model's arithmetic).  The helper is spawned, not forked: the server has
threads by then, and a fork copies their locks in whatever state they are.
If the helper dies, its share is extracted on the worker thread and a new
helper is started for the next compare.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from reportcheck.errors import ReportcheckError
from reportcheck.load import LoadedReport
from reportcheck.models import ExtractedReport

#: what the helper sends back: the extracted reports, or a ReportcheckError's fields (the
#: error itself does not survive pickling: its constructor takes the fields, not the message)
Outcome = tuple[list[ExtractedReport], tuple[str, str, str | None] | None]


def _prepare(model: str | None) -> None:
    """The helper's start: ignore Ctrl-C (the server stops it), load and warm what the worker does."""
    import gc

    from reportcheck.api import extract_reports, load_input
    from reportcheck.knowledge.gazetteer import build_place_index
    from reportcheck.serve.work import WARM_UP

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    build_place_index()
    list(extract_reports([load_input(item) for item in WARM_UP], range(len(WARM_UP)), model=model))
    gc.collect()
    gc.freeze()  # as the server's settle_heap: start-up's objects out of every collection's walk


def _nothing() -> None:
    """A job whose end says the helper has started."""


def _extract(loaded: Sequence[LoadedReport], indices: Sequence[int], model: str | None) -> Outcome:
    from reportcheck.api import extract_reports

    try:
        return list(extract_reports(loaded, indices, model=model)), None
    except ReportcheckError as error:
        return [], (error.code, error.message, error.path)


class Helper:
    """One spawned process that extracts reports for the worker thread (see the module's docstring)."""

    def __init__(self, model: str | None):
        self.model = model
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._ready: Future[None] | None = None
        self._closed = False

    def start(self) -> None:
        """Spawn the helper; it loads in the background (:meth:`wait` waits for it)."""
        with self._lock:
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                max_workers=1, mp_context=context, initializer=_prepare, initargs=(self.model,)
            )
            self._ready = self._pool.submit(_nothing)  # runs once the initializer has finished

    def wait(self) -> None:
        """Until the helper is loaded and warm."""
        if self._ready is not None:
            self._ready.result()

    def extract(self, loaded: Sequence[LoadedReport]) -> list[ExtractedReport]:
        """Every report of ``loaded`` extracted (report i numbered i): the later half in the
        helper, the first half here, at the same time."""
        from reportcheck.api import extract_reports

        split = (len(loaded) + 1) // 2
        mine, theirs = loaded[:split], loaded[split:]
        indices = range(split, len(loaded))
        pending = self._submit(theirs, indices) if theirs else None
        extracted = list(extract_reports(mine, range(split), model=self.model))
        if not theirs:
            return extracted
        return extracted + self._collect(pending, theirs, indices)

    def _collect(
        self, pending: Future[Outcome] | None, loaded: Sequence[LoadedReport], indices: range
    ) -> list[ExtractedReport]:
        """The helper's answer; its share extracted here when it could not take it or died."""
        from reportcheck.api import extract_reports

        error = None
        try:
            if pending is None:
                raise BrokenProcessPool("no helper")
            found, error = pending.result()
        except BrokenProcessPool:  # killed, out of memory: a new helper for the next compare
            self._restart()
            found = list(extract_reports(loaded, indices, model=self.model))
        if error is not None:
            raise ReportcheckError(*error)
        return found

    def _submit(self, loaded: Sequence[LoadedReport], indices: range) -> Future[Outcome] | None:
        with self._lock:
            if self._pool is None:
                return None
            try:
                return self._pool.submit(_extract, list(loaded), list(indices), self.model)
            except BrokenProcessPool:
                return None

    def _restart(self) -> None:
        if not self._closed:
            self._stop()
            self.start()

    def _stop(self) -> None:
        with self._lock:
            pool, self._pool, self._ready = self._pool, None, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        """Stop the helper for good (work it was given is dropped)."""
        self._closed = True
        self._stop()
