"""Read old Excel workbooks (.xls, Excel 97-2003) with xlrd: each visible sheet as text.

Some councils' systems still export .xls. xlrd reads the values Excel saved, formulas
included (an .xls always stores a formula's last result), and with `formatting_info` the
number format of each cell, so "£1,234.00" and "3.1%" read as they were shown. Dates are
numbers in an .xls; a cell xlrd marks as a date reads as one ("14 May 2025").
`pipeline.ingest.sheetgrid` writes the cells in the shared text shape.
"""
from __future__ import annotations

import struct
from pathlib import Path
from typing import Iterator

from pipeline.errors import IngestError
from pipeline.ingest.sheetgrid import Sheet, SheetCell, show_value, workbook_document
from pipeline.limits import Limits
from pipeline.model import Document


def open_xls(path: Path, data: bytes):
    """xlrd's Book; anything that is not a readable .xls is an IngestError."""
    import xlrd

    try:
        return xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True,
                                  logfile=_Quiet())
    except Exception as exc:  # xlrd raises XLRDError, struct.error, KeyError... for a bad file
        raise IngestError(
            f"is not a readable old Excel (.xls) workbook; it may be corrupt, "
            f"password-protected or another format ({type(exc).__name__}: {exc})",
            path=str(path),
            hint="open it in Excel or LibreOffice and save it again as .xlsx, or save the "
                 "response as PDF") from exc


class _Quiet:
    """xlrd writes warnings about odd records to a log file; they are not ours to print."""

    def write(self, _text: str) -> None:
        return None


def xls_cells(book, sheet) -> Iterator[SheetCell]:
    """The filled cells of an xlrd sheet, row by row, with their shown text."""
    import xlrd

    for r in range(sheet.nrows):
        for c, cell in enumerate(sheet.row(r)):
            if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                continue
            yield SheetCell(r + 1, c + 1, cell_text(book, sheet, r, c, cell))


def cell_text(book, sheet, r: int, c: int, cell) -> str:
    """One cell as shown: numbers through their format, dates as dates, errors as Excel
    writes them ("#N/A")."""
    import xlrd

    if cell.ctype == xlrd.XL_CELL_TEXT:
        return cell.value
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if cell.value else "FALSE"
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(cell.value, "#ERROR")
    number_format = _number_format(book, sheet, r, c)
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return show_value(xlrd.xldate_as_datetime(cell.value, book.datemode), number_format)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return show_value(cell.value)
    return show_value(cell.value, number_format)


def _number_format(book, sheet, r: int, c: int) -> str:
    try:
        xf = book.xf_list[sheet.cell_xf_index(r, c)]
        return book.format_map[xf.format_key].format_str
    except (IndexError, KeyError, AttributeError):
        return "General"


def ingest_xls(path: Path, data: bytes, source_name: str, *,
               limits: Limits | None = None) -> Document:
    """Read an .xls workbook into a `Document`, one page per visible sheet.

    Laid out as `ingest_xlsx` lays out a workbook: a question/answer table reads
    "4 | How many care packages ...? | 1,588", each cell located "sheet 'Answers' cell C7".
    """
    import xlrd

    book = open_xls(path, data)

    def sheets() -> Iterator[Sheet]:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)  # read now: on_demand loads sheets one by one
            yield Sheet(sheet.name, sheet.visibility != 0, xls_cells(book, sheet))

    try:
        return workbook_document(path, data, source_name, "xls", sheets(), limits=limits)
    except (xlrd.XLRDError, struct.error, KeyError, IndexError, ValueError, AssertionError) as exc:
        raise IngestError(
            f"is not a readable old Excel (.xls) workbook: a sheet is damaged "
            f"({type(exc).__name__}: {exc})",
            path=str(path),
            hint="open it in Excel or LibreOffice and save it again as .xlsx") from exc
    finally:
        book.release_resources()
