"""The typer app, ready to run: its root options registered, its commands known by name.

The root callback (``--version``) and ``version`` live in the light
:mod:`reportcheck.cli.misc`, imported here; every other command's module is
imported only when that command is asked for (see
:mod:`reportcheck.cli.application`).  Only :func:`reportcheck.cli.main` and
tests import this module: the console script's own module stays light so
Ctrl-C is handled from the first moment (see there).
"""

from __future__ import annotations

from reportcheck.cli import misc  # noqa: F401 - registers the root options
from reportcheck.cli.application import app

__all__ = ["app"]
