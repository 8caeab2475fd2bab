"""Read OpenDocument spreadsheets (.ods, LibreOffice Calc): each visible sheet as text.

An .ods keeps each cell's value and also the text the spreadsheet displayed for it
(`<text:p>£48,906,215.77</text:p>`, a formula's result included), so the displayed text is
read as it is and no number format needs applying. The sheets are read from
`content.xml` with lxml's streaming parser rather than odfpy's document tree: a sheet
written as 1,048,576 repeated empty rows is a counter here, not a million elements.

- `table:number-rows-repeated` / `number-columns-repeated` repeat a filled row or cell;
  repeated empty ones only move the position on.
- A sheet whose table style says `table:display="false"` is hidden and is not read
  (`sheetgrid.workbook_document` notes it).
- The zip is checked against `limits.max_unpacked_mb`, the text against `max_chars`.
"""
from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from pipeline.errors import IngestError
from pipeline.ingest.sheetgrid import Sheet, SheetCell, too_much_text, workbook_document
from pipeline.limits import Limits, check_zip
from pipeline.model import Document

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_CELLS = {_TABLE + "table-cell", _TABLE + "covered-table-cell"}
# A filled row or cell repeated more often than this is written this many times: no
# response repeats an answer thousands of times, and the text limit stops the rest.
MAX_REPEAT = 1000


def paragraph_text(p) -> str:
    """A `text:p`'s text with its spaces (`text:s c="3"`), tabs and line breaks; a note
    on the text (`office:annotation`) is not part of it."""
    pieces = [p.text or ""]

    def walk(node) -> None:
        for child in node:
            tag = child.tag
            if tag == _TEXT + "s":
                pieces.append(" " * int(child.get(_TEXT + "c", "1") or 1))
            elif tag == _TEXT + "tab":
                pieces.append("\t")
            elif tag == _TEXT + "line-break":
                pieces.append("\n")
            elif tag not in (_TEXT + "note", _OFFICE + "annotation"):
                pieces.append(child.text or "")
                walk(child)
            pieces.append(child.tail or "")

    walk(p)
    return "".join(pieces)


def cell_text(cell) -> str:
    """A cell's displayed text, its paragraphs one per line (a comment's are not its own)."""
    return "\n".join(paragraph_text(p) for p in cell.findall(_TEXT + "p"))


def read_sheets(path: Path, content: bytes, limits: Limits) -> list[Sheet]:
    """Every sheet of `content.xml`, its filled cells listed, hidden ones marked."""
    hidden_styles: set[str] = set()
    sheets: list[Sheet] = []
    cells: list[SheetCell] = []
    name, style, row, size = "", "", 0, 0
    parser = etree.iterparse(io.BytesIO(content), events=("start", "end"),
                             resolve_entities=False, no_network=True, huge_tree=False)
    try:
        for event, node in parser:
            tag = node.tag
            if event == "start":
                if tag == _TABLE + "table":
                    name = node.get(_TABLE + "name") or f"Sheet{len(sheets) + 1}"
                    style, row, cells = node.get(_TABLE + "style-name", ""), 0, []
                continue
            if tag == _STYLE + "style":
                props = node.find(_STYLE + "table-properties")
                if props is not None and props.get(_TABLE + "display") == "false":
                    hidden_styles.add(node.get(_STYLE + "name", ""))
                node.clear()
            elif tag == _TABLE + "table-row":
                found = _row_cells(node)
                times = int(node.get(_TABLE + "number-rows-repeated", "1") or 1)
                for _ in range(min(times, MAX_REPEAT) if found else 0):
                    row += 1
                    for column, text in found:
                        cells.append(SheetCell(row, column, text))
                        size += len(text)
                        if size > limits.max_chars:
                            raise too_much_text(name, cells[-1], limits)
                row += times - min(times, MAX_REPEAT) if found else times
                node.clear()
            elif tag == _TABLE + "table":
                sheets.append(Sheet(name, style in hidden_styles, cells))
                node.clear()
    except etree.XMLSyntaxError as exc:
        raise IngestError(f"is not a readable OpenDocument spreadsheet ({exc})", path=str(path),
                          hint="open it in LibreOffice and save it again as .ods or .xlsx") from exc
    return sheets


def _row_cells(row) -> list[tuple[int, str]]:
    """(column, text) of a row's filled cells, repeated cells written out."""
    found, column = [], 0
    for cell in row:
        if cell.tag not in _CELLS:
            continue
        times = int(cell.get(_TABLE + "number-columns-repeated", "1") or 1)
        text = cell_text(cell)
        if text.strip():
            for k in range(min(times, MAX_REPEAT)):
                found.append((column + k + 1, text))
        column += times
    return found


def ingest_ods(path: Path, data: bytes, source_name: str, *,
               limits: Limits | None = None) -> Document:
    """Read an OpenDocument spreadsheet into a `Document`, one page per visible sheet.

    Laid out as `ingest_xlsx` lays out a workbook: a question/answer table reads
    "4 | How many care packages ...? | 1,588", each cell located "sheet 'Answers' cell C7".
    """
    limits = limits or Limits()
    try:
        check_zip(data, limits)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            content = archive.read("content.xml")
    # a damaged deflate stream or zip directory: a broken file, not one over a limit
    except (zipfile.BadZipFile, zlib.error, KeyError, ValueError, OSError, RuntimeError, EOFError,
            NotImplementedError) as exc:
        raise IngestError(
            f"is not a readable OpenDocument spreadsheet; it may be corrupt, "
            f"password-protected or another format ({exc})",
            path=str(path),
            hint="open it in LibreOffice and save it again as .ods or .xlsx, or save the "
                 "response as PDF") from exc
    return workbook_document(path, data, source_name, "ods", read_sheets(path, content, limits),
                             limits=limits)
