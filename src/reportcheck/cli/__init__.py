"""The command line: parse arguments, call the library, render, exit.

Exit status as diff has it: 0 no conflict, 1 conflicts found, 2 trouble,
130 interrupted.  Every error a user can cause is one line on stderr naming
the file and the problem (see :mod:`reportcheck.errors`), never a traceback.

This module imports nothing heavy at its top: the console script imports it
before calling :func:`main`, and a Ctrl-C that arrived while typer, rich,
pydantic and spaCy were still being imported would otherwise kill Python
with its own traceback (exit -2) before ``main`` could say "interrupted".
So ``main`` imports the commands inside its own ``try``.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from typing import NoReturn

__all__ = ["app", "main"]

#: what a user sees when they press Ctrl-C, at any moment
INTERRUPTED = "reportcheck: interrupted"
#: the shell's status for a command ended by SIGINT (128 + 2)
INTERRUPTED_STATUS = 130


def __getattr__(name: str) -> object:
    """``reportcheck.cli.application``, imported on first use (tests and embedders use it)."""
    if name == "app":
        from reportcheck.cli.commands import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _interrupted() -> NoReturn:
    """Say so and stop with 130, now.

    The exception has already unwound every ``with`` and ``finally`` on its
    way here (a half-written output's temporary file is gone), so nothing is
    left but the interpreter's own exit, which is skipped: CPython 3.11 marks
    a process to kill itself with SIGINT at exit (status -2, whatever we
    return) when a KeyboardInterrupt was ever raised inside ``exec()`` of a
    string, even one that was caught, and dataclasses and pydantic run such
    ``exec()`` calls while the commands are being imported."""
    print(INTERRUPTED, file=sys.stderr)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(INTERRUPTED_STATUS)


def _leave(code: object) -> NoReturn:
    """Exit with ``code`` as SystemExit would, without the interpreter's teardown.

    After the last command, CPython frees every object one by one (module
    globals, spaCy's vocabulary and model, the rules, the place index): a
    quarter of a second of CPU for a compare of the sample pair, about a fifth
    of its cold run, that frees memory the kernel takes back at once anyway.
    What an exit must still do is done here: the ``atexit`` functions run
    (multiprocessing's clean-up among them), and stdout and stderr are flushed.
    Open files were closed by the ``with`` blocks that wrote them."""
    import atexit

    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # SystemExit("message"): printed, status 1, as Python does
        print(code, file=sys.stderr)
        status = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # noqa: BLE001 - a closed pipe: nothing more can be said on it
            if stream is sys.stdout and status == 0:
                status = 120  # what Python's own exit gives when flushing stdout fails
    os._exit(status)


#: set before numpy loads OpenBLAS, which otherwise starts a thread per core
BLAS_THREADS = "OPENBLAS_NUM_THREADS"


def one_blas_thread() -> None:
    """One OpenBLAS thread, unless the user chose otherwise.

    The model's matrices are small: a second BLAS thread costs more in
    hand-overs than it saves (measured: 0.26 -> 0.24 CPU s per warm compare of
    the sample pair, same output), competes with ``batch``'s worker processes
    and with the server's event loop, and takes a core of a shared machine."""
    os.environ.setdefault(BLAS_THREADS, "1")


#: collect the youngest generation after this many new container objects, not CPython's 700
YOUNG_GENERATION = 20_000
#: and the middle one after this many young collections, not 10
MIDDLE_GENERATION = 20


def fewer_collections() -> None:
    """Let the garbage collector run less often in a command's short life.

    A command builds a large heap that lives until it exits (spaCy, the model,
    the rules, the place index); with CPython's thresholds the collector
    walked it about 330 times in a cold compare of the sample pair, two of
    them full walks, 0.11-0.14 s of CPU.  With these thresholds it runs about
    20 times, 0.04-0.05 s; garbage in reference cycles waits a little longer
    (at most 20,000 new objects) before it is freed."""
    import gc

    _, _, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_GENERATION, MIDDLE_GENERATION, oldest)


def main() -> None:
    """The console script: no traceback reaches a user unless they ask for it.

    A bug still gets a one-line report naming the exception (exit 2), and
    REPORTCHECK_DEBUG=1 shows the traceback for a bug report."""
    one_blas_thread()
    fewer_collections()
    try:
        from reportcheck.cli.commands import app

        app(prog_name="reportcheck")
    except KeyboardInterrupt:
        _interrupted()
    except SystemExit as leaving:
        # The work is done (or given up): a Ctrl-C from here on would only
        # replace the real exit status with Python's own (-2), so it is ignored.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if leaving.code == INTERRUPTED_STATUS:  # typer turns Ctrl-C into a silent exit 130
            _interrupted()
        # a thread still running is joined by the normal exit; a debugging run (profilers
        # and debuggers that report when the program has ended) gets it too
        if threading.active_count() > 1 or os.environ.get("REPORTCHECK_DEBUG"):
            raise
        _leave(leaving.code)
    except Exception as error:  # noqa: BLE001 - the last line of defence, see the docstring
        if os.environ.get("REPORTCHECK_DEBUG"):
            raise
        print(
            f"reportcheck: internal error: {type(error).__name__}: {error} "
            "(set REPORTCHECK_DEBUG=1 to see the traceback, and please report it)",
            file=sys.stderr,
        )
        sys.exit(2)
