"""``--format csv``: one row per finding, for a spreadsheet or a script.

Columns are :func:`reportcheck.export.rows.flat_header`: the finding's number
(its place in the JSON), status, kind, subject, incident and whether it is
internal, then each report's claim, sentence, source and hedges, then the
explanation.  Every finding is listed, ``only_in_one`` included: a
spreadsheet filters better than a reader skims.

Editors open these files in Excel, which runs a cell starting with ``=``,
``+``, ``-`` or ``@`` as a formula (CSV injection); such cells, which
article text can produce, get a leading ``'`` so they stay text.
"""

from __future__ import annotations

import csv
import io

from reportcheck.export.rows import flat_header, flat_rows
from reportcheck.models import Comparison

#: what a spreadsheet reads as the start of a formula (tab and CR too, per OWASP)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse(cell: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def render_csv(comparison: Comparison) -> str:
    """RFC 4180 CSV (CRLF line ends, fields quoted when they need it)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(flat_header(len(comparison.reports)))
    for row in flat_rows(comparison):
        writer.writerow([defuse(cell) for cell in row])
    return buffer.getvalue()
