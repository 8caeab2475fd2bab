"""Review sheets: the queue as a spreadsheet that opens cleanly in Excel, and back.

Two formats, chosen by the file's extension: `.csv` (UTF-8 with a byte-order mark, so Excel
reads "£" and "–" correctly; CRLF line ends) and `.xlsx` (openpyxl).

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would run as a formula
when the sheet is opened (CSV injection: an FOI answer is text from outside, and may hold
`=HYPERLINK(...)`; see `pipeline.spreadsheet`). In CSV such a text cell gets a leading
apostrophe, which spreadsheets show as text; in XLSX every text cell is stored as a string
(never a formula), with Excel's quote-prefix style on such a cell. Reading a
sheet back removes the apostrophe again, so what a reviewer did not touch comes back as it
was exported. Numbers are written as numbers and need no guard.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from pipeline.errors import CorrectionsError
from pipeline.spreadsheet import GUARD, neutralise, restore, starts_formula

SHEET_TITLE = "review"
SUFFIXES = (".csv", ".xlsx")


def sheet_format(path: Path) -> str:
    """"csv" or "xlsx" from the file's extension; CorrectionsError for any other."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise CorrectionsError(f"cannot tell the sheet format from {suffix or 'no extension'!r}",
                               path=str(path), hint="name the file .csv or .xlsx")
    return suffix.lstrip(".")


def _cell_text(value: object) -> str:
    """A cell as text: 1600000.0 -> "1600000"; a date Excel made of "18/04/2024" -> ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def write_sheet(path: Path, columns: list[str], rows: Iterable[dict],
                editable: tuple[str, ...] = (),
                choices: Mapping[str, Sequence[str]] | None = None) -> int:
    """Write rows to a CSV or XLSX file (by extension); return the number of rows.

    `editable` names the columns a reviewer fills in: in XLSX they are shaded, so they are
    easy to find among the context columns. `choices` gives a column's allowed values,
    offered as a drop-down in XLSX (the import checks them whatever the format).
    """
    kind = sheet_format(path)
    rows = list(rows)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "csv":
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_csv_cell(row.get(c)) for c in columns])
        path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    else:
        _write_xlsx(path, columns, rows, editable, choices or {})
    return len(rows)


def _csv_cell(value: object) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _cell_text(value)
    return neutralise(_cell_text(value))


def _write_xlsx(path: Path, columns: list[str], rows: list[dict], editable: tuple[str, ...],
                choices: Mapping[str, Sequence[str]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET_TITLE
    sheet.append(columns)
    shade = PatternFill("solid", start_color="FFF2CC", end_color="FFF2CC")
    for i, name in enumerate(columns, start=1):
        head = sheet.cell(row=1, column=i)
        head.font = Font(bold=True)
        if name in editable:
            head.fill = shade
    for r, row in enumerate(rows, start=2):
        for i, name in enumerate(columns, start=1):
            value = row.get(name)
            cell = sheet.cell(row=r, column=i)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                cell.value = value
            else:
                text = _cell_text(value)
                # only "'=x" itself needs a guard here: a string cell never runs as a formula
                cell.value = neutralise(text) if text.startswith(GUARD) else text
                cell.data_type = "s"  # never a formula, whatever the text starts with
                if starts_formula(text):
                    cell.quotePrefix = True
            if name in editable:
                cell.fill = shade
    for name, allowed in choices.items():
        if name in columns and rows:
            letter = get_column_letter(columns.index(name) + 1)
            check = DataValidation(type="list", formula1='"' + ",".join(allowed) + '"',
                                   allow_blank=True, showErrorMessage=False)
            check.add(f"{letter}2:{letter}{len(rows) + 1}")
            sheet.add_data_validation(check)
    sheet.freeze_panes = "A2"
    for i, name in enumerate(columns, start=1):
        wide = name in ("question_text", "answer_text", "answer_highlighted", "reason", "evidence")
        sheet.column_dimensions[get_column_letter(i)].width = 60 if wide else max(12, len(name) + 2)
    book.save(path)


@dataclass(frozen=True)
class SheetRow:
    """One row of a sheet: its row number as a spreadsheet shows it (the header is row 1),
    the line of the file where it starts (CSV cells may hold line breaks, so the two can
    differ), and its cells as text by column name."""

    row: int
    line: int
    cells: dict[str, str]

    @property
    def where(self) -> str:
        """"row 5" or, when a CSV's multi-line cells make them differ, "row 5 (line 17)"."""
        return f"row {self.row}" if self.row == self.line else f"row {self.row} (line {self.line})"


def read_sheet(path: Path) -> tuple[list[str], list[SheetRow]]:
    """(header, rows) of a CSV or XLSX review sheet; every cell as text.

    Empty rows are left out; formula guards are removed.
    """
    path = Path(path)
    kind = sheet_format(path)
    if not path.is_file():
        raise CorrectionsError("no such file", path=str(path),
                               hint="export one first with `foi review export`")
    if kind == "csv":
        return _read_csv(path)
    return _read_xlsx(path)


def _read_csv(path: Path) -> tuple[list[str], list[SheetRow]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel's "CSV" (not "CSV UTF-8") saves in the Windows code page.
        text = raw.decode("cp1252", errors="replace")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise CorrectionsError("the file is empty", path=str(path),
                               hint="export the queue again with `foi review export`") from None
    rows = []
    line = reader.line_num + 1
    for number, cells in enumerate(reader, start=2):
        if any(c.strip() for c in cells):
            rows.append(SheetRow(number, line, {h: restore(c) for h, c in zip(header, cells)}))
        line = reader.line_num + 1
    return header, rows


def _read_xlsx(path: Path) -> tuple[list[str], list[SheetRow]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several kinds for a damaged or foreign file
        raise CorrectionsError(f"cannot be read as XLSX ({exc})", path=str(path),
                               hint="save it from Excel as .xlsx, or export it as .csv") from exc
    try:
        sheet = book[SHEET_TITLE] if SHEET_TITLE in book.sheetnames else book.worksheets[0]
        found = sheet.iter_rows(values_only=True)
        first = next(found, None)
        if first is None:
            raise CorrectionsError("the sheet is empty", path=str(path),
                                   hint="export the queue again with `foi review export`")
        header = [_cell_text(h).strip() for h in first]
        rows = []
        for line, cells in enumerate(found, start=2):
            texts = [_cell_text(c) for c in cells]
            if any(t.strip() for t in texts):
                rows.append(SheetRow(line, line, {h: restore(t) for h, t in zip(header, texts) if h}))
        return header, rows
    finally:
        book.close()
