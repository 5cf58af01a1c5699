"""The names of the output formats and the file extensions that pick them.

The settings (``format = "csv"``), the command line (``--format``) and the
exporters all speak of the formats by these names; they live here, below all
three, so the settings read them without importing the exporters.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from reportcheck.errors import ReportcheckError

#: a command's own set of formats (compare's, check's)
F = TypeVar("F", bound=StrEnum)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"
    html = "html"
    xlsx = "xlsx"


#: file extension -> format, for ``-o`` without ``--format``
EXTENSIONS: dict[str, OutputFormat] = {
    ".json": OutputFormat.json,
    ".txt": OutputFormat.table,
    ".csv": OutputFormat.csv,
    ".md": OutputFormat.markdown,
    ".markdown": OutputFormat.markdown,
    ".html": OutputFormat.html,
    ".htm": OutputFormat.html,
    ".xlsx": OutputFormat.xlsx,
}


def format_by_extension(chosen: F | None, output: Path | None, extensions: Mapping[str, F], default: F) -> F:
    """The format asked for, else the one ``-o``'s extension names in
    ``extensions``, else ``default``: one rule for every command that writes
    a file (compare's formats, check's), so that an unknown extension is the
    same error everywhere instead of a file in an unasked format."""
    if chosen is not None:
        return chosen
    if output is None:
        return default
    suffix = output.suffix.lower()
    if suffix not in extensions:
        known = ", ".join(sorted(extensions))
        raise ReportcheckError(
            "bad-option",
            f"cannot tell the format from {suffix or 'no extension'!r} (known: {known}); give --format",
            str(output),
        )
    return extensions[suffix]
