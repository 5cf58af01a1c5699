"""Options shared by several commands, defined once.

Each command module imports the annotated types it needs, so ``--model``,
``--date``, ``--output``/``--force`` and ``--max-chars`` read and behave the
same everywhere (the sqlite-utils way)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.markup import escape

from reportcheck.errors import ReportcheckError
from reportcheck.formats import OutputFormat


def shown_as_written(text: str) -> str:
    """A help text with rich markup escaped: typer renders help as rich markup,
    which would swallow a bracketed word such as ``reportcheck[dask]``."""
    return escape(text)


ModelOption = Annotated[
    str | None,
    typer.Option("--model", help="An installed spaCy English pipeline to use instead of the default."),
]
DateOption = Annotated[
    str | None,
    typer.Option("--date", help="Publication date (YYYY-MM-DD) for resolving 'today', 'Sunday'..."),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to this file instead of the terminal; the extension picks the format.",
        dir_okay=False,
    ),
]
ForceOption = Annotated[bool, typer.Option("--force", help="Overwrite the --output file if it exists.")]
MaxCharsOption = Annotated[
    int | None,
    typer.Option(
        "--max-chars",
        min=1,
        help="Refuse a report longer than this many characters (a guard against the absurd; "
        "default 5,000,000 or the settings' max_chars).",
        show_default=False,
    ),
]
ShowAllOption = Annotated[
    bool,
    typer.Option(
        "--all", help="Also list claims found in only one report, and give each name the reports share a row."
    ),
]
RecursiveOption = Annotated[
    bool, typer.Option("--recursive", "-r", help="Also read the reports in a directory's subfolders.")
]
QuietOption = Annotated[
    bool,
    typer.Option(
        "--quiet",
        "-q",
        help="Say nothing on stderr but errors: no note while the place index is built, "
        "no 'wrote FILE' line.",
    ),
]
MinConfidenceOption = Annotated[
    float | None,
    typer.Option(
        "--min-confidence",
        min=0.0,
        max=1.0,
        help="Report a conflict less sure than this (0-1) as a possible conflict, listed after the "
        "conflicts and not counted for the exit status (default 0.1 or the settings' min_confidence).",
        show_default=False,
    ),
]
#: --format for commands that render a Comparison (compare, batch); None: settings, -o's extension, table
ComparisonFormatOption = Annotated[
    OutputFormat | None,
    typer.Option("--format", "-f", help="How to render the result (default: table, or from -o's extension)."),
]


def parse_date(text: str | None) -> dt.date | None:
    """The --date option as a date; a bad value is a one-line error."""
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ReportcheckError("bad-option", f"--date must be YYYY-MM-DD, not {text!r}") from None


def fail(error: ReportcheckError) -> NoReturn:
    """Print a catalogued error as one line and exit 2."""
    print(f"reportcheck: {error.one_line()}", file=sys.stderr)
    raise typer.Exit(2)
