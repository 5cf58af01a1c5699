"""``reportcheck check``: an article against a newsroom's fact sheet."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reportcheck.cli.application import app
from reportcheck.cli.options import (
    DateOption,
    ForceOption,
    MaxCharsOption,
    ModelOption,
    OutputOption,
    QuietOption,
    fail,
    parse_date,
)
from reportcheck.errors import ReportcheckError
from reportcheck.export.checkout import CheckFormat, check_format_for, emit_check

FactsOption = Annotated[
    Path,
    typer.Option("--facts", help="The fact sheet (YAML); see `reportcheck schema factsheet`."),
]
CheckFormatOption = Annotated[
    CheckFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="table, json, github (workflow annotations) or junit (XML); default: table, or -o's extension.",
    ),
]


@app.command()
def check(
    report: Annotated[
        Path,
        typer.Argument(
            help="The article to check (.txt, .md, .html), or - for standard input.",
            show_default=False,
            metavar="REPORT",
        ),
    ],
    facts: FactsOption,
    output_format: CheckFormatOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    model: ModelOption = None,
    date: DateOption = None,
    max_chars: MaxCharsOption = None,
    quiet: QuietOption = False,
) -> None:
    """Check an article against a fact sheet; exit 1 when it contradicts the sheet."""
    from reportcheck.cli.notices import check_counts, prepare_place_index, say_wrote
    from reportcheck.export.write import check_output
    from reportcheck.facts.check import check_report
    from reportcheck.facts.load import load_factsheet
    from reportcheck.load.inputs import STDIN_ARGUMENT, STDIN_NAME, ReportSource, read_stdin
    from reportcheck.settings import choose, load_settings

    try:
        check_output(output, force=force, inputs=[report, facts])
        settings = load_settings()
        fmt = check_format_for(output_format, output)
        sheet = load_factsheet(facts)
        limit = choose(max_chars, settings.max_chars)
        article = (
            ReportSource(STDIN_NAME, read_stdin(max_chars=limit))
            if str(report) == STDIN_ARGUMENT
            else ReportSource(str(report))
        )
        prepare_place_index(quiet)
        result = check_report(
            article,
            sheet,
            model=choose(model, settings.model),
            date=parse_date(date),
            max_chars=limit,
            tolerances=settings.tolerance_values(),
        )
        emit_check(result, fmt, output, force=force)
        say_wrote(output, check_counts(result), quiet=quiet)
    except ReportcheckError as error:
        fail(error)
    raise typer.Exit(1 if result.has_conflict else 0)
