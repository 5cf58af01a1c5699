"""``reportcheck schema``: the JSON Schema of an input reportcheck reads."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from reportcheck.cli.application import app
from reportcheck.cli.options import ForceOption, OutputOption, QuietOption, fail
from reportcheck.errors import ReportcheckError


class SchemaName(StrEnum):
    factsheet = "factsheet"


@app.command()
def schema(
    name: Annotated[SchemaName, typer.Argument(help="Which schema: factsheet.")],
    output: OutputOption = None,
    force: ForceOption = False,
    quiet: QuietOption = False,
) -> None:
    """Print the JSON Schema of a fact sheet, for editors and CI validation."""
    from reportcheck.cli.notices import say_wrote
    from reportcheck.export.write import write_atomic
    from reportcheck.facts.schema import factsheet_json_schema

    text = {SchemaName.factsheet: factsheet_json_schema}[name]()
    if output is None:
        sys.stdout.write(text)
        return
    try:
        write_atomic(output, text, force=force)
        say_wrote(output, quiet=quiet)
    except ReportcheckError as error:
        fail(error)
