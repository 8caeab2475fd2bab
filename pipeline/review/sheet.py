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
                choices: Mapping[str, Sequence[str]] | None = None,
                row_choices: Mapping[str, Sequence[Sequence[str]]] | None = None,
                freeze_after: str | None = None) -> int:
    """Write rows to a CSV or XLSX file (by extension); return the number of rows.

    `editable` names the columns a reviewer fills in: in XLSX they are shaded, so they are
    easy to find among the context columns. `choices` gives a column's allowed values,
    offered as a drop-down in XLSX (the import checks them whatever the format);
    `row_choices` gives them row by row (a yes/no field's answers on its row, an enum's
    values on another), () for a row without a drop-down. XLSX sheets get an autofilter
    on the header and frozen panes: the header row, and the columns up to `freeze_after`.
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
        _write_xlsx(path, columns, rows, editable, choices or {}, row_choices or {},
                    freeze_after)
    return len(rows)


def _csv_cell(value: object) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _cell_text(value)
    return neutralise(_cell_text(value))


def _write_xlsx(path: Path, columns: list[str], rows: list[dict], editable: tuple[str, ...],
                choices: Mapping[str, Sequence[str]],
                row_choices: Mapping[str, Sequence[Sequence[str]]],
                freeze_after: str | None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

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
    if rows:
        _add_drop_downs(book, sheet, columns, len(rows), choices, row_choices)
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    frozen = columns.index(freeze_after) + 2 if freeze_after in columns else 1
    sheet.freeze_panes = f"{get_column_letter(frozen)}2"
    for i, name in enumerate(columns, start=1):
        wide = name in ("question_text", "answer_text", "answer_highlighted", "reason", "evidence")
        sheet.column_dimensions[get_column_letter(i)].width = 60 if wide else max(12, len(name) + 2)
    book.save(path)


CHOICES_TITLE = "choices"


def _add_drop_downs(book, sheet, columns: list[str], n_rows: int,
                    choices: Mapping[str, Sequence[str]],
                    row_choices: Mapping[str, Sequence[Sequence[str]]]) -> None:
    """One list validation per distinct set of choices, its values in a hidden sheet.

    The lists live in cells, not in the validation's own formula, because Excel refuses an
    inline list over 255 characters (an enum of eight council phrasings reaches that). A
    drop-down only offers: `showErrorMessage` is off, so a reviewer may still type a
    value the list lacks (a money field's figure next to an enum's row), and the import
    checks every value whatever the sheet allowed.
    """
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    ranges: dict[tuple[str, ...], list[str]] = {}
    for name, allowed in choices.items():
        if name in columns and allowed:
            letter = get_column_letter(columns.index(name) + 1)
            ranges.setdefault(tuple(allowed), []).append(f"{letter}2:{letter}{n_rows + 1}")
    for name, per_row in row_choices.items():
        if name not in columns:
            continue
        letter = get_column_letter(columns.index(name) + 1)
        for r, allowed in enumerate(per_row[:n_rows], start=2):
            if allowed:
                ranges.setdefault(tuple(allowed), []).append(f"{letter}{r}")
    if not ranges:
        return
    lists = book.create_sheet(CHOICES_TITLE)
    lists.sheet_state = "hidden"
    for i, (allowed, cells) in enumerate(ranges.items(), start=1):
        letter = get_column_letter(i)
        for r, value in enumerate(allowed, start=1):
            lists.cell(row=r, column=i, value=neutralise(str(value))).data_type = "s"
        check = DataValidation(type="list",
                               formula1=f"{CHOICES_TITLE}!${letter}$1:${letter}${len(allowed)}",
                               allow_blank=True, showErrorMessage=False)
        check.add(" ".join(cells))
        sheet.add_data_validation(check)


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
