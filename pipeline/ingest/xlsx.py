"""Read Excel workbooks (.xlsx, .xlsm): each visible sheet as text, cell by cell.

A council sometimes answers in a spreadsheet: the questions in one column and the answers
in the next, or the figures asked for as a small table, on its own or attached to an
e-mail. openpyxl reads the workbook in its streaming (read-only) mode, so a big sheet is
never held whole; `pipeline.ingest.sheetgrid` writes the cells in the shared text shape.

- A formula is read as the value the spreadsheet saved with it (what a person saw). A
  workbook written by a program that never calculated it has no saved value; those cells
  are empty in the text and the `Document` warns, naming them.
- A hidden sheet is not read, and said so (`sheetgrid.workbook_document`).
- The zip is checked against `limits.max_unpacked_mb` before it is opened, and the text
  against `limits.max_chars` while it is read.
"""
from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path
from typing import Iterator

from pipeline.errors import IngestError
from pipeline.ingest.sheetgrid import Sheet, SheetCell, cell_ref, show_value, workbook_document
from pipeline.ingest.sniff import OLE_MAGIC
from pipeline.limits import Limits, check_zip
from pipeline.model import Document

# What openpyxl raises for a damaged or foreign workbook, opening it or streaming its sheets
# (a broken XML part is a SyntaxError: ElementTree's ParseError and lxml's are both one).
_BROKEN = (zipfile.BadZipFile, zlib.error, KeyError, ValueError, TypeError, OSError, EOFError,
           SyntaxError, AttributeError, IndexError, NotImplementedError, RuntimeError)
# How many formula cells without a saved value the warning names before "and N more".
NAMED_FORMULAS = 5


def open_workbook(path: Path, data: bytes, *, formulas: bool = False):
    """openpyxl's read-only workbook; anything that is not a readable XLSX is an IngestError."""
    from openpyxl import load_workbook

    if data.startswith(OLE_MAGIC):
        raise IngestError(
            "is a password-protected workbook or an old Excel (.xls) file",
            path=str(path),
            hint="if it is an old Excel file, rename it to .xls; if it has a password, "
                 "remove it in Excel and save it again as .xlsx")
    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=not formulas)
    except _BROKEN as exc:
        raise unreadable(path, exc) from exc


def unreadable(path: Path, exc: Exception) -> IngestError:
    return IngestError(
        f"is not a readable Excel workbook; it may be corrupt or another format "
        f"({type(exc).__name__}: {exc})",
        path=str(path),
        hint="open it in Excel or LibreOffice and save it again as .xlsx, or save the "
             "response as PDF")


def sheet_cells(worksheet) -> Iterator[SheetCell]:
    """The filled cells of a read-only worksheet, row by row, with their shown text."""
    worksheet.reset_dimensions()  # a saved dimension ("A1:XFD1048576") may be wrong
    for r, row in enumerate(worksheet.iter_rows(), start=1):
        for c, cell in enumerate(row, start=1):
            value = getattr(cell, "value", None)
            if value is None:
                continue  # "" is kept: a formula whose saved value is "" has a value
            yield SheetCell(r, c, show_value(value, getattr(cell, "number_format", "General")))


def formulas_without_values(path: Path, data: bytes, shown: dict[str, set[str]]) -> list[str]:
    """ "sheet 'Costs' B7" for each formula cell whose saved value is missing.

    `shown` maps each sheet to the cells that had a value; only a formula cell outside it
    lacks one. This is a second streaming pass over the workbook, reading formulas.
    """
    book = open_workbook(path, data, formulas=True)
    missing = []
    try:
        for worksheet in book.worksheets:
            if worksheet.sheet_state != "visible":
                continue
            worksheet.reset_dimensions()
            for r, row in enumerate(worksheet.iter_rows(), start=1):
                for c, cell in enumerate(row, start=1):
                    if getattr(cell, "data_type", None) == "f" \
                            and cell_ref(r, c) not in shown.get(worksheet.title, set()):
                        missing.append(f"sheet '{worksheet.title}' {cell_ref(r, c)}")
    finally:
        book.close()
    return missing


def ingest_xlsx(path: Path, data: bytes, source_name: str, *,
                limits: Limits | None = None) -> Document:
    """Read an Excel workbook into a `Document`, one page per visible sheet.

    A sheet with "No. | Question | Response" in row 3 and the answers below reads as
    that table, one line per row: "4 | How many care packages ...? | 1,588 care packages",
    each cell's `Block` located "sheet 'Answers' cell C7".
    """
    limits = limits or Limits()
    try:
        check_zip(data, limits)
    except _BROKEN as exc:  # a damaged deflate stream: a broken file, not one over a limit
        raise unreadable(path, exc) from exc
    book = open_workbook(path, data)
    shown: dict[str, set[str]] = {}

    def cells(worksheet) -> Iterator[SheetCell]:
        seen = shown.setdefault(worksheet.title, set())
        for cell in sheet_cells(worksheet):
            seen.add(cell_ref(cell.row, cell.column))
            yield cell

    try:
        sheets = (Sheet(ws.title, ws.sheet_state != "visible", cells(ws)) for ws in book.worksheets)
        document = workbook_document(path, data, source_name, "xlsx", sheets, limits=limits)
        missing = formulas_without_values(path, data, shown)
    except _BROKEN as exc:  # a sheet's XML broken halfway: found while streaming it
        raise unreadable(path, exc) from exc
    finally:
        book.close()
    if missing:
        named = ", ".join(missing[:NAMED_FORMULAS])
        more = f" and {len(missing) - NAMED_FORMULAS} more" if len(missing) > NAMED_FORMULAS else ""
        note = (f"{len(missing)} formula cell(s) have no saved value and read as empty "
                f"({named}{more}); open the workbook in Excel or LibreOffice and save it, "
                "so that their values are stored")
        document = _with_warning(document, note)
    return document


def _with_warning(document: Document, warning: str) -> Document:
    from dataclasses import replace

    return replace(document, warnings=(*document.warnings, warning))
