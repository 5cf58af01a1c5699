"""``--format xlsx``: the findings as an Excel workbook for a desk.

Sheet "findings" holds the CSV's columns (:func:`reportcheck.export.rows.flat_header`),
with a frozen header, filters, wrapped text and the status cells coloured;
sheet "reports" says which file is report 1, 2...  Text is stored as text,
never as a formula, whatever it starts with.

A workbook is a zip whose entries carry times; they, and the workbook's
created/modified dates, are fixed so equal inputs give equal bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from reportcheck.export.rows import flat_header, flat_rows
from reportcheck.models import Comparison

#: the time stamped on every entry and on the workbook's properties (zip's epoch)
FIXED_TIME = dt.datetime(1980, 1, 1)
STATUS_FILL = {
    "conflict": "FBE0DE",
    "possible_conflict": "F6E3F3",
    "compatible": "FDEFD2",
    "agree": "DCF1E1",
    "only_in_one": "ECEEF1",
}
#: column widths (in characters) by what the column holds
WIDTHS = {"sentence": 60, "explanation": 50, "claim": 24, "source": 28, "subject": 28, "incident label": 24}


def _text(value: str) -> str:
    """A cell's value without the control characters the xlsx format cannot hold."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", value)


def _put_row(sheet, row: int, values: list[str]) -> None:
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=column, value=_text(value))
        cell.data_type = "s"  # text, even when it starts with "=": never a formula


def _findings_sheet(sheet, comparison: Comparison) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    header = flat_header(len(comparison.reports))
    _put_row(sheet, 1, header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    status_column = header.index("status") + 1
    for row_number, values in enumerate(flat_rows(comparison), start=2):
        _put_row(sheet, row_number, values)
        sheet.cell(row=row_number, column=1, value=int(values[0]))  # the finding's number sorts as one
        for cell in sheet[row_number]:
            cell.alignment = wrap
        status = sheet.cell(row=row_number, column=status_column)
        status.fill = PatternFill("solid", fgColor=STATUS_FILL[values[status_column - 1]])
    for column, name in enumerate(header, start=1):
        width = next((w for part, w in WIDTHS.items() if name.endswith(part)), 12)
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions


def _reports_sheet(sheet, comparison: Comparison) -> None:
    from openpyxl.styles import Font

    _put_row(sheet, 1, ["report", "path", "headline", "date", "sha256"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, report in enumerate(comparison.reports, start=1):
        values = [f"report {index}", report.path, report.headline or "", report.date or "", report.sha256]
        _put_row(sheet, index + 1, values)
    for letter, width in zip("ABCDE", (10, 50, 60, 12, 66), strict=True):
        sheet.column_dimensions[letter].width = width


def _fixed_zip(data: bytes) -> bytes:
    """The same zip with every entry's time set to FIXED_TIME."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = entry.external_attr
            target.writestr(fixed, source.read(entry.filename))
    return buffer.getvalue()


def render_xlsx(comparison: Comparison) -> bytes:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet
    from openpyxl.writer.excel import ExcelWriter

    workbook = Workbook()
    findings = workbook.active
    assert isinstance(findings, Worksheet)  # a new workbook's one sheet
    findings.title = "findings"
    _findings_sheet(findings, comparison)
    _reports_sheet(workbook.create_sheet("reports"), comparison)
    workbook.properties.creator = "reportcheck"
    workbook.properties.created = workbook.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    # ExcelWriter rather than Workbook.save, which stamps the current time as "modified"
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(workbook, archive).save()
    return _fixed_zip(buffer.getvalue())
