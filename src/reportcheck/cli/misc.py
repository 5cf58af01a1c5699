"""Small commands and flags: ``version`` and ``--version``."""

from __future__ import annotations

from typing import Annotated

import typer

from reportcheck.cli.application import app


def _print_version(wanted: bool) -> None:
    """--version: print and stop before any command runs (an eager option)."""
    if wanted:
        from reportcheck.about import version_lines

        print("\n".join(version_lines()))
        raise typer.Exit(0)


@app.callback()
def root(
    version_flag: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_print_version,
            is_eager=True,
            help="Print the versions of reportcheck, spaCy, the default model and Python, and exit.",
        ),
    ] = False,
) -> None:
    """Cross-check news and incident reports: where they agree, differ, and cannot both be true."""


@app.command()
def version() -> None:
    """Print the versions of reportcheck, spaCy, the default model and Python."""
    from reportcheck.about import version_lines

    print("\n".join(version_lines()))
