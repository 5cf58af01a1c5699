"""Report stage: one result object rendered many ways.

A :class:`~reportcheck.models.Comparison` is rendered by the function
registered for a format; :func:`emit_comparison` picks the format (the
option, else ``-o``'s extension, else the terminal table) and sends the
result to the terminal or, atomically, to a file.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from reportcheck.errors import ReportcheckError
from reportcheck.export.write import write_atomic
from reportcheck.formats import EXTENSIONS, OutputFormat, format_by_extension

if TYPE_CHECKING:  # the models (pydantic) load with the first renderer, not with --help
    from reportcheck.models import Comparison

#: (comparison, show_all) -> the rendering; the reading formats (table, Markdown,
#: HTML) honour --all, the data formats (JSON, CSV, xlsx) always hold every finding
Renderer: TypeAlias = "Callable[[Comparison, bool], str | bytes]"


# Each renderer's module is imported when its format is asked for: a compare
# that writes JSON never loads the HTML, CSV, Markdown or xlsx code, nor does
# ``compare --help``.


def _render_json(comparison: Comparison, _show_all: bool) -> str:
    from reportcheck.export.jsonout import render_json

    return render_json(comparison)


def _render_table(comparison: Comparison, show_all: bool) -> str:
    from reportcheck.export.table import render_table_text

    return render_table_text(comparison, show_all=show_all)


def _render_csv(comparison: Comparison, _show_all: bool) -> str:
    from reportcheck.export.csv import render_csv

    return render_csv(comparison)


def _render_markdown(comparison: Comparison, show_all: bool) -> str:
    from reportcheck.export.markdown import render_markdown

    return render_markdown(comparison, show_all=show_all)


def _render_html(comparison: Comparison, show_all: bool) -> str:
    from reportcheck.export.html import render_html

    return render_html(comparison, show_all=show_all)


def _render_xlsx(comparison: Comparison, _show_all: bool) -> bytes:
    from reportcheck.export.xlsx import render_xlsx

    return render_xlsx(comparison)


RENDERERS: dict[OutputFormat, Renderer] = {
    OutputFormat.json: _render_json,
    OutputFormat.table: _render_table,
    OutputFormat.csv: _render_csv,
    OutputFormat.markdown: _render_markdown,
    OutputFormat.html: _render_html,
    OutputFormat.xlsx: _render_xlsx,
}

#: a byte-order mark starts a CSV *file*: without it Excel reads UTF-8 as a
#: legacy code page and mangles every curly quote; a pipe gets none
FILE_PREFIX: dict[OutputFormat, str] = {OutputFormat.csv: "\ufeff"}


def format_for(output_format: OutputFormat | None, output: Path | None) -> OutputFormat:
    """The format asked for, else the one ``-o``'s extension names, else the table."""
    return format_by_extension(output_format, output, EXTENSIONS, OutputFormat.table)


def emit_comparison(
    comparison: Comparison,
    output_format: OutputFormat | None,
    output: Path | None,
    *,
    force: bool = False,
    show_all: bool = False,
) -> None:
    """Render a comparison and print it, or write it atomically to ``output``."""
    fmt = format_for(output_format, output)
    if output is None and fmt is OutputFormat.table:
        from reportcheck.export.table import output_console, render_table

        render_table(comparison, output_console(), show_all=show_all)
        return
    data = RENDERERS[fmt](comparison, show_all)
    if output is None:
        if isinstance(data, bytes):
            raise ReportcheckError("bad-option", f"{fmt} output is binary; write it to a file with -o")
        sys.stdout.write(data)
    else:
        if isinstance(data, str):
            data = FILE_PREFIX.get(fmt, "") + data
        write_atomic(output, data, force=force)
