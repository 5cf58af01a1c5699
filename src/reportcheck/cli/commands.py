"""Every command, registered on the typer app.

Importing this module imports each command module, and each registers
itself on :data:`reportcheck.cli.application.app` as a side effect.  Only
:func:`reportcheck.cli.main` and tests import it: the console script's own
module stays light so Ctrl-C is handled from the first moment (see there).
"""

from __future__ import annotations

from reportcheck.cli import batch, check, compare, extract, index, misc, schema  # noqa: F401
from reportcheck.cli.application import app

__all__ = ["app"]
