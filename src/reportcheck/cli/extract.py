"""``reportcheck extract``: the claims found in one report, to see what the tool saw."""

from __future__ import annotations

import sys
from enum import StrEnum
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


class ExtractFormat(StrEnum):
    table = "table"
    json = "json"


#: -o's extension -> format, when --format is not given
EXTRACT_EXTENSIONS = {".json": ExtractFormat.json, ".txt": ExtractFormat.table}

ExtractFormatOption = Annotated[
    ExtractFormat | None,
    typer.Option("--format", "-f", help="table or json (default: table, or from -o's extension)."),
]


def extract_format(flag: ExtractFormat | None, output: Path | None, setting: str | None) -> ExtractFormat:
    """--format, else -o's extension, else the settings' format when extract has it, else the table."""
    if flag is not None:
        return flag
    if output is not None:
        suffix = output.suffix.lower()
        if suffix in EXTRACT_EXTENSIONS:
            return EXTRACT_EXTENSIONS[suffix]
    if setting is not None and setting in ExtractFormat.__members__:
        return ExtractFormat(setting)
    if output is not None:
        known = ", ".join(sorted(EXTRACT_EXTENSIONS))
        raise ReportcheckError(
            "bad-option",
            f"cannot tell the format from {output.suffix or 'no extension'!r} "
            f"(known: {known}); give --format",
            str(output),
        )
    return ExtractFormat.table


@app.command()
def extract(
    report: Annotated[
        Path,
        typer.Argument(
            help="One report (.txt, .md, .html), or - for standard input.",
            show_default=False,
            metavar="REPORT",
        ),
    ],
    output_format: ExtractFormatOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    model: ModelOption = None,
    date: DateOption = None,
    max_chars: MaxCharsOption = None,
    quiet: QuietOption = False,
) -> None:
    """List the claims found in one report, by incident, with hedges and sources."""
    from reportcheck.api import ExtractOptions, extract_source
    from reportcheck.cli.notices import claim_counts, prepare_place_index, say_wrote
    from reportcheck.export.claims import (
        render_extraction_json,
        render_extraction_table,
        render_extraction_text,
    )
    from reportcheck.export.table import output_console
    from reportcheck.export.write import check_output, write_atomic
    from reportcheck.load.inputs import STDIN_ARGUMENT, STDIN_NAME, ReportSource, read_stdin
    from reportcheck.settings import choose, load_settings

    try:
        check_output(output, force=force, inputs=[report])
        settings = load_settings()
        limit = choose(max_chars, settings.max_chars)
        fmt = extract_format(output_format, output, settings.format)
        options = ExtractOptions(model=choose(model, settings.model), date=parse_date(date), max_chars=limit)
        if str(report) == STDIN_ARGUMENT:
            source = ReportSource(STDIN_NAME, read_stdin(max_chars=limit))
        else:
            source = ReportSource(str(report))
        prepare_place_index(quiet)
        extracted = extract_source(source, 0, options)
        if fmt is ExtractFormat.table and output is None:
            render_extraction_table(extracted, output_console())
            return
        text = (
            render_extraction_json(extracted)
            if fmt is ExtractFormat.json
            else render_extraction_text(extracted)
        )
        if output is None:
            sys.stdout.write(text)
        else:
            write_atomic(output, text, force=force)
            say_wrote(output, claim_counts(extracted), quiet=quiet)
    except ReportcheckError as error:
        fail(error)
