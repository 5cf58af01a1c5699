"""``reportcheck batch``: a day's wire copy, grouped into incidents and cross-checked."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

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
    shown_as_written,
)
from reportcheck.errors import ReportcheckError

JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        help="Worker processes extracting reports (default 1, or the settings' jobs).",
        show_default=False,
    ),
]
EngineOption = Annotated[
    str | None,
    typer.Option(
        "--engine",
        help=shown_as_written(
            "Where extraction and grouping run: local (worker processes, --jobs) or dask "
            "(a Dask cluster: --scheduler, or --jobs local workers; pip install 'reportcheck[dask]')."
        ),
        show_default=False,
        metavar="[local|dask]",
    ),
]
SchedulerOption = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        help="Address of a Dask scheduler, e.g. tcp://host:8786 (implies --engine dask).",
        show_default=False,
    ),
]
DatesOption = Annotated[
    Path | None,
    typer.Option(
        "--dates",
        help="A manifest of each report's publication date: lines of PATH,YYYY-MM-DD (or tab-separated). "
        "A report it does not list takes --date, else its page's own stamp or dateline.",
        dir_okay=False,
        show_default=False,
    ),
]
MinSharedOption = Annotated[
    int | None,
    typer.Option(
        "--min-shared",
        min=1,
        help="Weigh two reports for one incident when they share this many places, people, streets "
        "or a day in one region (default 2, or the settings' min_shared; 1 finds more, slower).",
        show_default=False,
    ),
]


def progress_bar(console: Console):
    """A progress bar on stderr; hidden when stderr is not a terminal (CI logs, pipes)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        disable=not console.is_terminal,
        transient=True,
    )


def grouping_line(reports: int, groups: list[list[int]]) -> str:
    """ "12 reports: 3 incidents told by 2+ reports, 4 single reports" """
    several = sum(1 for group in groups if len(group) > 1)
    single = len(groups) - several
    return (
        f"{reports} report{'s' if reports != 1 else ''}: {several} incident{'s' if several != 1 else ''} "
        f"told by 2+ reports, {single} single report{'s' if single != 1 else ''}"
    )


def pick_engine(engine: str | None, scheduler: str | None) -> str:
    """--engine as given, dask when only --scheduler is; a clash or a typo is one line."""
    from reportcheck.batch import ENGINES

    chosen = engine or ("dask" if scheduler else "local")
    if chosen not in ENGINES:
        raise ReportcheckError("bad-option", f"--engine must be one of {', '.join(ENGINES)}, not {chosen!r}")
    if scheduler and chosen != "dask":
        raise ReportcheckError("bad-option", "--scheduler needs --engine dask")
    return chosen


@app.command()
def batch(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            help="A directory of reports (or several, or report files).", show_default=False, metavar="DIR..."
        ),
    ],
    jobs: JobsOption = None,
    engine: EngineOption = None,
    scheduler: SchedulerOption = None,
    output_format: ComparisonFormatOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    model: ModelOption = None,
    date: DateOption = None,
    dates: DatesOption = None,
    min_shared: MinSharedOption = None,
    show_all: ShowAllOption = False,
    max_chars: MaxCharsOption = None,
    recursive: RecursiveOption = False,
    quiet: QuietOption = False,
    min_confidence: MinConfidenceOption = None,
) -> None:
    """Group reports into incidents and cross-check each; exit 1 when any conflict.

    Two reports are joined when they share a place, person, street or day and
    the incident decision (the one compare shows as incident_match) says they
    are the same incident; a pair it is unsure of is not joined, so a report
    no other is surely one with stays a single report (only its own
    contradictions are checked)."""
    from reportcheck.api import ExtractOptions
    from reportcheck.batch import run_batch
    from reportcheck.cli.notices import comparison_counts, prepare_place_index, say_wrote
    from reportcheck.export import emit_comparison
    from reportcheck.export.write import check_output
    from reportcheck.load.inputs import dated_sources, expand_inputs, read_manifest
    from reportcheck.settings import choose, load_settings, pick_format

    errors = Console(stderr=True)
    try:
        settings = load_settings()
        chosen_engine = pick_engine(engine, scheduler)
        limit = choose(max_chars, settings.max_chars)
        sources = expand_inputs(inputs, recursive=recursive, max_chars=limit)
        if dates is not None:
            sources = dated_sources(sources, read_manifest(dates))
        check_output(output, force=force, inputs=[source.name for source in sources])
        options = ExtractOptions(model=choose(model, settings.model), date=parse_date(date), max_chars=limit)
        prepare_place_index(quiet)  # here, not once in each worker
        with progress_bar(errors) as bar:
            task = bar.add_task("extracting", total=len(sources))
            result = run_batch(
                sources,
                options,
                jobs=choose(jobs, settings.jobs),
                tolerances=settings.tolerance_values(),
                min_shared=choose(min_shared, settings.min_shared),
                progress=lambda done, _total: bar.update(task, completed=done),
                engine=chosen_engine,
                scheduler=scheduler,
                min_confidence=choose(min_confidence, settings.min_confidence),
            )
        if errors.is_terminal:
            errors.print(grouping_line(len(sources), result.grouping.groups), style="dim", highlight=False)
        chosen = pick_format(output_format, output, settings)
        emit_comparison(result.comparison, chosen, output, force=force, show_all=show_all)
        say_wrote(output, comparison_counts(result.comparison), quiet=quiet)
    except ReportcheckError as error:
        fail(error)
    raise typer.Exit(1 if result.comparison.has_conflict else 0)
