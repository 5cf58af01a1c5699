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

from reportcheck.errors import ReportcheckError
from reportcheck.export.csv import render_csv
from reportcheck.export.html import render_html
from reportcheck.export.jsonout import render_json
from reportcheck.export.markdown import render_markdown
from reportcheck.export.table import render_table_text
from reportcheck.export.write import write_atomic
from reportcheck.formats import EXTENSIONS, OutputFormat
from reportcheck.models import Comparison

#: (comparison, show_all) -> the rendering; the reading formats (table, Markdown,
#: HTML) honour --all, the data formats (JSON, CSV, xlsx) always hold every finding
Renderer = Callable[[Comparison, bool], str | bytes]


def _render_xlsx(comparison: Comparison, _show_all: bool) -> bytes:
    from reportcheck.export.xlsx import render_xlsx  # openpyxl loads only when asked for

    return render_xlsx(comparison)


RENDERERS: dict[OutputFormat, Renderer] = {
    OutputFormat.json: lambda comparison, _show_all: render_json(comparison),
    OutputFormat.table: lambda comparison, show_all: render_table_text(comparison, show_all=show_all),
    OutputFormat.csv: lambda comparison, _show_all: render_csv(comparison),
    OutputFormat.markdown: lambda comparison, show_all: render_markdown(comparison, show_all=show_all),
    OutputFormat.html: lambda comparison, show_all: render_html(comparison, show_all=show_all),
    OutputFormat.xlsx: _render_xlsx,
}

#: a byte-order mark starts a CSV *file*: without it Excel reads UTF-8 as a
#: legacy code page and mangles every curly quote; a pipe gets none
FILE_PREFIX: dict[OutputFormat, str] = {OutputFormat.csv: "\ufeff"}


def format_for(output_format: OutputFormat | None, output: Path | None) -> OutputFormat:
    """The format asked for, else the one ``-o``'s extension names, else the table."""
    if output_format is not None:
        return output_format
    if output is None:
        return OutputFormat.table
    suffix = output.suffix.lower()
    if suffix not in EXTENSIONS:
        known = ", ".join(sorted(EXTENSIONS))
        raise ReportcheckError(
            "bad-option",
            f"cannot tell the format from {suffix or 'no extension'!r} (known: {known}); give --format",
            str(output),
        )
    return EXTENSIONS[suffix]


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
