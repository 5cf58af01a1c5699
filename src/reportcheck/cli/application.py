"""The typer application every command module registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Cross-check news and incident reports: where they agree, differ, and cannot both be true.",
)
