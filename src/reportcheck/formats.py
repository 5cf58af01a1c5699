"""The names of the output formats and the file extensions that pick them.

The settings (``format = "csv"``), the command line (``--format``) and the
exporters all speak of the formats by these names; they live here, below all
three, so the settings read them without importing the exporters.
"""

from __future__ import annotations

from enum import StrEnum


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
