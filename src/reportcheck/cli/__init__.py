"""The command line: parse arguments, call the library, render, exit.

Exit status as diff has it: 0 no conflict, 1 conflicts found, 2 trouble.
Every error a user can cause is one line on stderr naming the file and the
problem (see :mod:`reportcheck.errors`), never a traceback.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from reportcheck.errors import ReportcheckError

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Cross-check news and incident reports: where they agree, differ, and cannot both be true.",
)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help="How to print the result.")]
ModelOption = Annotated[
    str | None,
    typer.Option("--model", help="An installed spaCy English pipeline to use instead of the default."),
]
DateOption = Annotated[
    str | None,
    typer.Option("--date", help="Publication date (YYYY-MM-DD) for resolving 'today', 'Sunday'..."),
]


def _parse_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ReportcheckError("bad-option", f"--date must be YYYY-MM-DD, not {text!r}") from None


def fail(error: ReportcheckError) -> None:
    print(f"reportcheck: {error.one_line()}", file=sys.stderr)
    raise typer.Exit(2)


@app.command()
def compare(
    report_a: Annotated[Path, typer.Argument(help="The first report (.txt or .md).")],
    report_b: Annotated[Path, typer.Argument(help="The second report.")],
    output_format: FormatOption = OutputFormat.table,
    model: ModelOption = None,
    date: DateOption = None,
    show_all: Annotated[
        bool, typer.Option("--all", help="Also list claims found in only one report.")
    ] = False,
) -> None:
    """Compare two reports of one incident; exit 1 when they conflict."""
    from reportcheck.api import compare_reports
    from reportcheck.export.jsonout import render_json
    from reportcheck.export.table import render_table

    try:
        comparison = compare_reports([report_a, report_b], model=model, date=_parse_date(date))
    except ReportcheckError as error:
        fail(error)
    if output_format is OutputFormat.json:
        sys.stdout.write(render_json(comparison))
    else:
        render_table(comparison, Console(), show_all=show_all)
    raise typer.Exit(1 if comparison.has_conflict else 0)


@app.command()
def version() -> None:
    """Print reportcheck's version."""
    from reportcheck import __version__

    print(__version__)


def main() -> None:
    """The console script: no traceback reaches a user unless they ask for it.

    A bug still gets a one-line report naming the exception (exit 2), and
    REPORTCHECK_DEBUG=1 shows the traceback for a bug report."""
    try:
        app()
    except KeyboardInterrupt:
        print("reportcheck: interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as error:  # noqa: BLE001 - the last line of defence, see the docstring
        if os.environ.get("REPORTCHECK_DEBUG"):
            raise
        print(
            f"reportcheck: internal error: {type(error).__name__}: {error} "
            "(set REPORTCHECK_DEBUG=1 to see the traceback, and please report it)",
            file=sys.stderr,
        )
        sys.exit(2)
