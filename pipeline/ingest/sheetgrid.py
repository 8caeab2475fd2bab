"""A spreadsheet's cells as text in the shared shape, whatever the workbook format.

The XLSX, XLS and ODS readers each turn a sheet into `SheetCell`s (row, column, shown
text) and hand them here. A sheet in an FOI reply is one of three things, often stacked:
a letter typed down column A, a question/answer table, a data table. It is written the
way the DOCX reader writes a letter with a table in it:

- rows above the first row with two or more filled cells, and below the last one, are
  paragraphs (a title "FOI 0412 response", a note "Figures as at 31 March 2025");
- the rows from the first to the last row with two or more filled cells are one table:
  each row a " | "-joined line over the same columns (an empty cell stays an empty cell,
  so a header "No. | Question | Response" names the cells of every row below it, and a
  question left unanswered still has its answer column), then a blank line;
- an empty row between paragraphs is a blank line; inside the table it is skipped, as
  the DOCX reader skips an empty table row.

Each cell is a `Block` whose locator names the sheet and the cell ("sheet 'Answers' cell
C7"), so a reviewer opens the workbook at the right cell. Each sheet is a `Page`.

How a value is shown follows its number format, approximately as the spreadsheet shows
it: 48906215.77 formatted "£#,##0.00" reads "£48,906,215.77", 0.031 formatted "0.0%"
reads "3.1%", a date reads "14 May 2025". The text is what a person saw, which is what
the value parsers read.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from pipeline.errors import IngestError

from pipeline.ingest.layout import CELL_SEPARATOR, TextBuilder, flatten_cell
from pipeline.ingest.text import document_id, normalise_text
from pipeline.limits import LimitError, Limits
from pipeline.model import Block, Document, Page

# Currency symbols a number format may carry, literally ("£#,##0") or in a locale
# bracket ("[$€-1809]#,##0.00").
_CURRENCY = re.compile(r"\[\$([£$€¥])[^\]]*\]|([£$€¥])")
_QUOTED = re.compile(r'"[^"]*"|\\.')
_BRACKETS = re.compile(r"\[[^\]]*\]")


@dataclass(frozen=True)
class SheetCell:
    """One filled cell: 1-based row and column, and the text a person sees in it."""

    row: int
    column: int
    text: str


def column_letters(column: int) -> str:
    """Excel's name for a 1-based column: 1 -> "A", 27 -> "AA".

    >>> column_letters(28)
    'AB'
    """
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_ref(row: int, column: int) -> str:
    return f"{column_letters(column)}{row}"


def sheet_locator(sheet: str, row: int, column: int) -> str:
    """ "sheet 'Answers' cell C7": what a reviewer looks for in the workbook."""
    return f"sheet '{sheet}' cell {cell_ref(row, column)}"


# --- Showing a value -------------------------------------------------------------------


def format_general(value: float) -> str:
    """A number as Excel's General format shows it: 1588.0 -> "1588", 0.1+0.2 -> "0.3"."""
    if math.isnan(value) or math.isinf(value):
        return str(value)
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.15g}"


def format_number(value: float, number_format: str) -> str:
    """A number as its cell's number format shows it, for the formats responses use.

    Percentages, currency symbols, thousands separators and a fixed number of decimals
    are followed; anything else (fractions, scientific, custom text) reads as General.

    >>> format_number(48906215.77, '"£"#,##0.00'), format_number(0.031, "0.0%")
    ('£48,906,215.77', '3.1%')
    >>> format_number(-1250, "[$€-1809]#,##0"), format_number(1588, "General")
    ('-€1,250', '1588')
    """
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    section = (number_format or "General").split(";")[0]
    currency = next((m.group(1) or m.group(2) for m in _CURRENCY.finditer(section)), "")
    bare = _BRACKETS.sub("", _QUOTED.sub("", section))
    if bare.strip().lower() in ("general", "@", "") or not re.search(r"[0#?]", bare) \
            or re.search(r"[eE][+-]|/", bare):
        shown = format_general(abs(value) if currency else value)
        return f"-{currency}{shown}" if currency and value < 0 else f"{currency}{shown}"
    percent = "%" in bare
    number = value * 100 if percent else value
    digits = re.search(r"\.([0#?]+)", bare)
    decimals = len(digits.group(1)) if digits else 0
    grouping = "," if re.search(r"[0#?],[0#?]", bare) else ""
    shown = f"{abs(number):{grouping}.{decimals}f}"
    sign = "-" if number < 0 and float(shown.replace(",", "")) != 0 else ""
    return f"{sign}{currency}{shown}{'%' if percent else ''}"


def format_date(value: dt.date | dt.datetime | dt.time, number_format: str = "") -> str:
    """A date as an unambiguous day, month and year ("14 May 2025"), with the time when
    the cell shows one; a day-month order question never arises for a reader."""
    if isinstance(value, dt.time):
        return value.strftime("%H:%M") if not value.second else value.strftime("%H:%M:%S")
    day = f"{value.day} {value.strftime('%B %Y')}"
    if isinstance(value, dt.datetime):
        shows_time = bool(re.search(r"h", _QUOTED.sub("", number_format or ""), re.IGNORECASE))
        if value.time() != dt.time() or shows_time:
            return f"{day} {value.strftime('%H:%M')}"
    return day


def show_value(value: object, number_format: str = "General") -> str:
    """Any cell value as the text a person sees; None is ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return format_date(value, number_format)
    if isinstance(value, (int, float)):
        return format_number(float(value), number_format)
    return str(value)


# --- Writing a sheet -------------------------------------------------------------------


def render_sheet(cells: Iterable[SheetCell], sheet: str, out: TextBuilder,
                 limits: Limits | None = None) -> bool:
    """Write one sheet's cells to `out` (layout in the module docstring); True when it
    had any text. `cells` are in row order; a text longer than `limits.max_chars` stops
    the reading with a `LimitError` before the rest of the sheet is read."""
    limits = limits or Limits()
    rows: dict[int, list[SheetCell]] = {}
    size = out.pos
    for cell in cells:
        if cell.text.strip():
            rows.setdefault(cell.row, []).append(cell)
            size += len(cell.text) + len(CELL_SEPARATOR)
            if size > limits.max_chars:
                raise too_much_text(sheet, cell, limits)
    if not rows:
        return False
    table_rows = [r for r, found in rows.items() if len(found) >= 2]
    first, last = (min(table_rows), max(table_rows)) if table_rows else (None, None)
    inside = [r for r in rows if first is not None and first <= r <= last]
    left = min((c.column for r in inside for c in rows[r]), default=1)
    right = max((c.column for r in inside for c in rows[r]), default=1)
    previous = None
    for r in sorted(rows):
        if first is not None and r == first:
            if previous is not None and r > previous + 1 and not _ends_blank(out):
                out.write("\n")  # an empty row between the title and the table
            _write_table(out, [(row, rows[row]) for row in sorted(inside)], left, right, sheet)
            previous = last
            continue
        if first is not None and first < r <= last:
            continue
        if previous is not None and r > previous + 1 and not _ends_blank(out):
            out.write("\n")  # an empty row between paragraphs: a blank line
        for cell in sorted(rows[r], key=lambda c: c.column):
            text = normalise_text(cell.text).strip("\n")
            start = out.write(text + "\n")
            out.blocks.append(_block(start, start + len(text), sheet, cell))
        previous = r
    return True


def too_much_text(sheet: str, cell: SheetCell, limits: Limits) -> LimitError:
    """The error for a workbook whose cells hold more text than `max_chars`, raised while
    reading, so a sheet of a million rows is not read to the end first."""
    return LimitError(
        f"its cells hold more than {limits.max_chars:,} characters of text (limits.max_chars; "
        f"reached at {sheet_locator(sheet, cell.row, cell.column)})",
        hint=f"save the sheets that hold the response as a smaller workbook, "
             f"{limits.raise_hint('max_chars')}")


def _ends_blank(out: TextBuilder) -> bool:
    """True when the text so far ends with a blank line (or is empty)."""
    return not out.pos or "".join(out.parts[-2:]).endswith("\n\n")


def _write_table(out: TextBuilder, rows: list[tuple[int, list[SheetCell]]], left: int,
                 right: int, sheet: str) -> None:
    for _, found in rows:
        by_column = {c.column: c for c in found}
        texts = [flatten_cell([by_column[c].text]) if c in by_column else ""
                 for c in range(left, right + 1)]
        line = CELL_SEPARATOR.join(texts).rstrip(" \t")
        start = out.write(line + "\n")
        pos = start
        for column, text in zip(range(left, right + 1), texts):
            if text:
                out.blocks.append(_block(pos, pos + len(text), sheet, by_column[column]))
            pos += len(text) + len(CELL_SEPARATOR)
    out.write("\n")


def _block(start: int, end: int, sheet: str, cell: SheetCell) -> Block:
    return Block(start, end, sheet_locator(sheet, cell.row, cell.column))


# --- A workbook as one Document --------------------------------------------------------


@dataclass(frozen=True)
class Sheet:
    """One sheet as a reader found it: its name, whether it is hidden, and its cells (an
    iterator, so that a big sheet is read as it is written out)."""

    name: str
    hidden: bool
    cells: Iterable[SheetCell]


def workbook_document(path: Path, data: bytes, source_name: str, fmt: str,
                      sheets: Iterable[Sheet], warnings: Iterable[str] = (),
                      limits: Limits | None = None) -> Document:
    """The visible sheets' text, one `Page` per sheet with text, in workbook order.

    A hidden sheet is not read (it usually holds the lists behind a drop-down, not an
    answer); the `Document` says which ones with text were left out, so a reviewer can
    unhide one that matters. A workbook with no text in any visible sheet is an `IngestError`.
    """
    out = TextBuilder()
    pages: list[Page] = []
    notes = list(warnings)
    for sheet in sheets:
        if sheet.hidden:
            filled = sum(1 for cell in sheet.cells if cell.text.strip())
            if filled:  # an empty hidden sheet is nothing to mention
                notes.append(f"sheet '{sheet.name}' is hidden and was not read ({filled} "
                             "filled cell(s)); unhide it and save the workbook again if it "
                             "holds answers")
            continue
        if out.pos and not _ends_blank(out):
            out.write("\n")
        start = out.pos
        if render_sheet(sheet.cells, sheet.name, out, limits):
            pages.append(Page(len(pages) + 1, start, out.pos))
    if not pages:
        raise IngestError(
            "has no text in any visible sheet",
            path=str(path),
            hint="check that the right workbook was saved; unhide the sheet that holds the "
                 "response, or save the response as PDF or DOCX")
    text = out.text()
    pages[-1] = Page(pages[-1].number, pages[-1].char_start, len(text))
    return Document(doc_id=document_id(data), source_file=source_name, format=fmt, text=text,
                    pages=tuple(pages), blocks=tuple(out.blocks), warnings=tuple(notes))
