"""``reportcheck index``: build the place index now, for installs that script their set-up."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from reportcheck.cli.application import app
from reportcheck.cli.options import QuietOption, fail
from reportcheck.errors import ReportcheckError

RebuildOption = Annotated[
    bool, typer.Option("--force", help="Build it again even when a current index is there.")
]


@app.command()
def index(force: RebuildOption = False, quiet: QuietOption = False) -> None:
    """Build the place index that the first run would otherwise build, and say where it is."""
    from reportcheck.cli.notices import IndexNotice
    from reportcheck.knowledge.gazetteer import build_place_index

    with IndexNotice(quiet) as notice:
        built = build_place_index(force=force, progress=notice)
    if not built.stored:
        fail(
            ReportcheckError(
                "cache-unwritable",
                "cannot write the place index here; set REPORTCHECK_CACHE_DIR to a folder you can write",
                str(built.path.parent),
            )
        )
    if quiet:
        return
    size = f"{built.size / 1_000_000:.0f} MB"
    if built.built:
        print(f"built the place index in {built.seconds:.1f} s: {built.path} ({size})", file=sys.stdout)
    else:
        print(f"the place index is ready: {built.path} ({size}); --force builds it again", file=sys.stdout)
