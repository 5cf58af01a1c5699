"""``reportcheck compare``: two or more reports of one incident."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reportcheck.cli.application import app
from reportcheck.cli.options import (
    ComparisonFormatOption,
    DateOption,
    ForceOption,
    MaxCharsOption,
    MinConfidenceOption,
    ModelOption,
    OutputOption,
    QuietOption,
    RecursiveOption,
    ShowAllOption,
    fail,
    parse_date,
)
from reportcheck.errors import ReportcheckError
from reportcheck.export import emit_comparison
from reportcheck.export.write import check_output

#: kept for modules that imported it from here
FormatOption = ComparisonFormatOption


@app.command()
def compare(
    reports: Annotated[
        list[Path],
        typer.Argument(
            help="Two or more reports (.txt, .md, .html): files, directories of them, - for standard input.",
            show_default=False,
            metavar="REPORT...",
        ),
    ],
    output_format: ComparisonFormatOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    model: ModelOption = None,
    date: DateOption = None,
    show_all: ShowAllOption = False,
    max_chars: MaxCharsOption = None,
    recursive: RecursiveOption = False,
    quiet: QuietOption = False,
    min_confidence: MinConfidenceOption = None,
    same_incident: Annotated[
        bool,
        typer.Option(
            "--same-incident",
            help="Compare the reports as one incident even when they look like different incidents "
            "(no place, day or person in common, and a place, day or kind of event apart).",
        ),
    ] = False,
) -> None:
    """Compare reports of one incident; exit 1 when they conflict.

    Reports that tell different incidents are said to be so (incident_match)
    and only checked each against itself, unless --same-incident."""
    from reportcheck.api import compare_reports
    from reportcheck.cli.notices import comparison_counts, prepare_place_index, say_wrote
    from reportcheck.load.inputs import expand_inputs
    from reportcheck.settings import choose, load_settings, pick_format

    try:
        check_output(output, force=force, inputs=reports)
        settings = load_settings()
        limit = choose(max_chars, settings.max_chars)
        sources = expand_inputs(reports, recursive=recursive, max_chars=limit)
        check_output(output, force=force, inputs=[source.name for source in sources])
        if len(sources) < 2:
            named = ", ".join(source.name for source in sources) or "none"
            raise ReportcheckError("bad-option", f"compare needs at least two reports (got {named})")
        prepare_place_index(quiet)
        comparison = compare_reports(
            sources,
            model=choose(model, settings.model),
            date=parse_date(date),
            tolerances=settings.tolerance_values(),
            max_chars=limit,
            min_confidence=choose(min_confidence, settings.min_confidence),
            same_incident=same_incident,
        )
        chosen = pick_format(output_format, output, settings)
        emit_comparison(comparison, chosen, output, force=force, show_all=show_all)
        say_wrote(output, comparison_counts(comparison), quiet=quiet)
    except ReportcheckError as error:
        fail(error)
    raise typer.Exit(1 if comparison.has_conflict else 0)
