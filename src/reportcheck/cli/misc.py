"""Small commands: ``version``."""

from __future__ import annotations

from reportcheck.cli.app import app


@app.command()
def version() -> None:
    """Print reportcheck's version."""
    from reportcheck import __version__

    print(__version__)
