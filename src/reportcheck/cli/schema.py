"""``reportcheck schema``: the JSON Schema of what reportcheck reads or writes.

``factsheet`` is an input (the fact sheet ``check --facts`` reads);
``comparison``, ``extract`` and ``check`` are the JSON outputs of compare
and batch, extract and check (docs/contract.md).  Each is also shipped in
``reportcheck/schemas/``.
"""

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
    comparison = "comparison"
    extract = "extract"
    check = "check"


@app.command()
def schema(
    name: Annotated[
        SchemaName,
        typer.Argument(
            metavar="NAME",
            help="Which schema: factsheet (check's input), comparison (compare and batch JSON), "
            "extract or check (their JSON).",
        ),
    ],
    output: OutputOption = None,
    force: ForceOption = False,
    quiet: QuietOption = False,
) -> None:
    """Print a JSON Schema: a fact sheet's or a JSON output's, for editors and CI validation."""
    from reportcheck.cli.notices import say_wrote
    from reportcheck.export.write import write_atomic

    if name is SchemaName.factsheet:
        from reportcheck.facts.schema import factsheet_json_schema

        text = factsheet_json_schema()
    else:
        from reportcheck.export.contract import output_json_schema

        text = output_json_schema(name.value)
    if output is None:
        sys.stdout.write(text)
        return
    try:
        write_atomic(output, text, force=force)
        say_wrote(output, quiet=quiet)
    except ReportcheckError as error:
        fail(error)
