"""The command line: parse arguments, call the library, render, exit.

Exit status as diff has it: 0 no conflict, 1 conflicts found, 2 trouble.
Every error a user can cause is one line on stderr naming the file and the
problem (see :mod:`reportcheck.errors`), never a traceback.
"""

from __future__ import annotations

import os
import sys

# Each command module registers itself on the app when imported.
from reportcheck.cli import batch, check, compare, extract, index, misc, schema  # noqa: F401
from reportcheck.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    """The console script: no traceback reaches a user unless they ask for it.

    A bug still gets a one-line report naming the exception (exit 2), and
    REPORTCHECK_DEBUG=1 shows the traceback for a bug report."""
    try:
        app()
    except KeyboardInterrupt:
        print("reportcheck: interrupted", file=sys.stderr)
        sys.exit(130)
    except SystemExit as leaving:
        if leaving.code == 130:  # typer turns Ctrl-C into a silent exit 130
            print("reportcheck: interrupted", file=sys.stderr)
        raise
    except Exception as error:  # noqa: BLE001 - the last line of defence, see the docstring
        if os.environ.get("REPORTCHECK_DEBUG"):
            raise
        print(
            f"reportcheck: internal error: {type(error).__name__}: {error} "
            "(set REPORTCHECK_DEBUG=1 to see the traceback, and please report it)",
            file=sys.stderr,
        )
        sys.exit(2)
