"""``reportcheck compare``: two or more reports of one incident."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reportcheck.cli.app import app
from reportcheck.cli.options import (
    DateOption,
    ForceOption,
    MaxCharsOption,
    ModelOption,
    OutputOption,
    ShowAllOption,
    fail,
    parse_date,
)
from reportcheck.errors import ReportcheckError
from reportcheck.export import OutputFormat, emit_comparison
from reportcheck.load import DEFAULT_MAX_CHARS

FormatOption = Annotated[
    OutputFormat | None,
    typer.Option("--format", "-f", help="How to render the result (default: table, or from -o's extension)."),
]


@app.command()
def compare(
    reports: Annotated[list[Path], typer.Argument(help="Two or more reports (.txt, .md).")],
    output_format: FormatOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    model: ModelOption = None,
    date: DateOption = None,
    show_all: ShowAllOption = False,
    max_chars: MaxCharsOption = DEFAULT_MAX_CHARS,
) -> None:
    """Compare reports of one incident; exit 1 when they conflict."""
    from reportcheck.api import compare_reports

    try:
        if len(reports) < 2:
            raise ReportcheckError("bad-option", "compare needs at least two reports")
        comparison = compare_reports(reports, model=model, date=parse_date(date), max_chars=max_chars)
        emit_comparison(comparison, output_format, output, force=force, show_all=show_all)
    except ReportcheckError as error:
        fail(error)
    raise typer.Exit(1 if comparison.has_conflict else 0)
