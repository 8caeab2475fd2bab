"""Tables on PDF pages, read cell by cell, and tables that run over a page break.

Question/answer tables are the commonest layout of a council's reply, and the one that
plain text extraction destroys: with no ruling lines, "1. Contact details for the
Director of Adult" and "Dr Amelia Hart, Director of" share a baseline and come out as one
line, the question and answer interleaved line by line. Two readers avoid that:

- `find_ruled_tables`: tables drawn with lines, found by pdfplumber's "lines" strategy
  on the ruling edges PDFium reads (`pdf_chars`). Its cells are exact (FIELD_NOTES:
  99.8% of cells measured).
- `table_from_region`: borderless tables (Word's default when borders are switched off),
  built from a `GutterRegion` of `pdf_layout`: the gutters give the columns. Where cells
  are top-aligned, a row starts where the first column and every other column start a
  new block of text together; where they are bottom- or middle-aligned (reportlab's
  default, Word's "align centre"), a long answer starts beside the end of the row
  above's question, so rows are read from the bands of space that cross every column
  between them. pdfplumber's "text" strategy is not used: it turns every line of prose
  into a row and every chance alignment of words into a column.

Cell text is the cell's lines joined by spaces. `merge_across_pages` joins a table that
carries on at the top of the next page, dropping a repeated header row and merging a row
that the page break split in two.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from pdfplumber.table import TableFinder, TableSettings

from pipeline.ingest.pdf_layout import (
    MIN_GUTTER,
    GutterRegion,
    TextLine,
    Word,
    column_fragments,
    group_lines,
    starts_with_item_label,
)

RULED_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}

# A new row needs a vertical gap above it of at least this many line heights in its
# columns: more than the space between the lines of one wrapped cell (about 0.2), less
# than cell padding or paragraph spacing (0.6 and up).
ROW_GAP = 0.5

# Columns of two tables on consecutive pages are "the same" within this many points.
COLUMN_TOLERANCE = 12.0

# Fewer row starts than this share of the first column's blocks means the columns flow
# independently: two columns of text, not a table.
MIN_ROW_ALIGNMENT = 0.5

# A first-column cell that is only a question number ("4", "Q4", "4a.") starts a row even
# when the table has no spacing between rows.
_NUMBER_CELL = re.compile(r"^(?:q\s*)?\d{1,3}[a-z]?[.):]?$", re.IGNORECASE)


@dataclass(frozen=True)
class TableRow:
    """One row's cell texts, and where the row is in the PDF (for `Block` locators)."""

    cells: tuple[str, ...]
    page: int
    table: int = 0
    row: int = 0

    def locator(self, cell: int) -> str:
        """'page 2 table 1 row 3 cell 2' for the 1-based `cell`."""
        return f"page {self.page} table {self.table} row {self.row} cell {cell}"


@dataclass(frozen=True)
class PageTable:
    """A table on one page (or, once merged, starting on it).

    `columns` holds the x where each column's content starts; tables on consecutive
    pages with the same columns are one table.
    """

    rows: tuple[TableRow, ...]
    columns: tuple[float, ...]
    top: float
    bottom: float



def cell_text(words: Sequence[Word]) -> str:
    """A cell's words in reading order, its lines joined by single spaces."""
    return " ".join(line.text for line in group_lines(words))


def find_ruled_tables(edges: Sequence[dict], bbox: tuple, words: Sequence[Word],
                      page_number: int) -> list[tuple[PageTable, tuple]]:
    """Tables drawn with ruling lines on a page, each with its bbox.

    `edges` are the page's straight ruling edges as pdfplumber's edge dicts
    (`pdf_chars.page_graphics`), `bbox` the page's box, `words` its words; pdfplumber's
    own table finder ("lines" strategy) turns the edges into cells, and each word goes to
    the cell holding its middle. A box of one column (a framed paragraph) is not a table
    and is left to be read as text.
    """
    if not edges:
        return []
    found = []
    for table in TableFinder(_EdgePage(list(edges), bbox),
                             TableSettings.resolve(RULED_SETTINGS)).tables:
        if len(table.columns) < 2:
            continue
        inside = [w for w in words if holds(table.bbox, w)]
        rows = []
        for row in table.rows:
            band = _in_band(inside, [box for box in row.cells if box is not None])
            cells = tuple("" if box is None else cell_text([w for w in band if holds(box, w)])
                          for box in row.cells)
            if any(cells):
                rows.append(TableRow(cells, page=page_number))
        if rows:
            columns = tuple(column.bbox[0] for column in table.columns)
            found.append((PageTable(tuple(rows), columns, table.bbox[1], table.bbox[3]),
                          table.bbox))
    return found


@dataclass
class _EdgePage:
    """What pdfplumber's `TableFinder` reads from a page for the "lines" strategy."""

    edges: list[dict]
    bbox: tuple


def _in_band(words: Sequence[Word], boxes: Sequence[tuple]) -> list[Word]:
    """The words whose middle lies between the top and the bottom of `boxes` (a row's
    cells): the only ones `holds` can place in them."""
    if not boxes:
        return []
    top, bottom = min(box[1] for box in boxes), max(box[3] for box in boxes)
    return [w for w in words if top <= (w.top + w.bottom) / 2 < bottom]


def holds(bbox: tuple, word: Word) -> bool:
    """True when the middle of `word` lies in `bbox` (x0, top, x1, bottom), as pdfplumber
    assigns characters to table cells."""
    x0, top, x1, bottom = bbox
    return x0 <= word.middle < x1 and top <= (word.top + word.bottom) / 2 < bottom


@dataclass
class _Row:
    lines: list[int]  # indexes into the region's lines
    fragments: list[list[TextLine]]  # per column


def table_from_region(region: GutterRegion, page: int
                      ) -> tuple[list[TextLine], PageTable, list[TextLine]] | None:
    """Read a gutter region as a borderless table: (lines before, table, lines after).

    Lines at either end whose row has a single non-empty cell ("Our response is below:"
    above the table, "Yours sincerely" below it) are handed back as text. None when the
    region is not a table: fewer than two rows with two cells, a first column of bare
    list numbers beside running text (a hanging-indent list), or columns whose blocks of
    text do not start together (two columns of prose).
    """
    per_line = [column_fragments(region, line) for line in region.lines]
    rows, first_column_blocks = _rows(per_line, len(region.boundaries) + 1)
    start, end = 0, len(rows)
    while start < end and _filled(rows[start]) < 2:
        start += 1
    while end > start and _filled(rows[end - 1]) < 2:
        end -= 1
    body = rows[start:end]
    if sum(1 for r in body if _filled(r) >= 2) < 2:
        return None
    if len(body) < MIN_ROW_ALIGNMENT * first_column_blocks or _content_columns(body) < 2:
        return None
    before = [region.lines[i] for r in rows[:start] for i in r.lines]
    after = [region.lines[i] for r in rows[end:] for i in r.lines]
    return before, _table(body, region.lines, page), after


def carry_over(table: PageTable, lines: Sequence[TextLine], page: int
               ) -> tuple[PageTable | None, int]:
    """The rows that `lines`, the first lines of a page, add to `table`, which ended the
    page before; and how many of the lines they use.

    The rest of a cell that the page break split often comes without its ruling lines or
    beside an empty question cell, so it is read as lines: they carry the table on while
    each word stays inside one of its columns. At least one word must sit beyond the
    first column, so that a closing "Yours sincerely" is not taken for a cell.
    """
    per_line = []
    for line in lines:
        fragments = _split_by_columns(line, table.columns)
        if fragments is None or (per_line and _too_far_below(lines[len(per_line) - 1], line)):
            break
        per_line.append(fragments)
    if not any(column > 0 for fragments in per_line for column in fragments):
        return None, 0
    rows, _ = _rows(per_line, len(table.columns))
    return _table(rows, lines, page), len(per_line)


def _too_far_below(above: TextLine, below: TextLine) -> bool:
    return below.top - above.bottom > 2 * max(above.height, below.height)


def _split_by_columns(line: TextLine, columns: Sequence[float]) -> dict[int, TextLine] | None:
    """The line's words per column of a table whose columns start at `columns`, or None
    when the line is not part of the table: a word reaches into the next column, or
    words in neighbouring columns are closer than a gutter."""
    by_column: dict[int, list[Word]] = {}
    previous: tuple[int, Word] | None = None
    for word in line.words:
        column = max((j for j, x in enumerate(columns) if x <= word.x0 + COLUMN_TOLERANCE),
                     default=0)
        if column + 1 < len(columns) and word.x1 > columns[column + 1]:
            return None
        if previous is not None and previous[0] != column and \
                word.x0 - previous[1].x1 < MIN_GUTTER:
            return None  # a sentence running across the column boundary
        by_column.setdefault(column, []).append(word)
        previous = (column, word)
    return {column: TextLine(tuple(words)) for column, words in by_column.items()}


def _table(rows: Sequence[_Row], lines: Sequence[TextLine], page: int) -> PageTable:
    used = [lines[i] for r in rows for i in r.lines]
    return PageTable(
        rows=tuple(TableRow(tuple(" ".join(f.text for f in column) for column in r.fragments),
                            page=page) for r in rows),
        columns=_column_starts(rows),
        top=min(line.top for line in used),
        bottom=max(line.bottom for line in used),
    )


def _rows(per_line: Sequence[dict[int, TextLine]], n_columns: int) -> tuple[list[_Row], int]:
    """Split lines (their fragments per column) into rows; also count the blocks of the
    first column.

    A block is a run of a column's lines with no gap wider than `ROW_GAP` line heights.
    How rows are told apart depends on where the cells sit in their rows
    (`_alignment`). Top-aligned cells (and rows whose cells are all as tall) start
    together, so a row starts where the first column starts a block and every other
    column on that line starts one too, or where the first column holds a question number
    (`_rows_by_first_column`). Bottom- or middle-aligned cells do not: the first lines of
    a long answer sit beside the end of the row above's question, or above this row's
    own question number. Those rows are read from the bands of space that cross every
    column between two rows (`_rows_by_band`).
    """
    heights = sorted(f.height for fragments in per_line for f in fragments.values())
    min_gap = ROW_GAP * heights[len(heights) // 2]
    rows, first_column_blocks = _rows_by_first_column(per_line, n_columns, min_gap)
    bands = _bands(per_line, min_gap)
    alignment = _alignment(per_line, bands)
    if alignment != "top":
        rows = _rows_by_band(per_line, n_columns, bands, alignment)
    return rows, first_column_blocks


def _rows_by_first_column(per_line: Sequence[dict[int, TextLine]], n_columns: int,
                          min_gap: float) -> tuple[list[_Row], int]:
    """Rows of top-aligned cells, and the number of blocks of the first column.

    A row starts where the first column starts a block and every other column on that
    line starts one too, or where the first column holds a question number.
    """
    last_bottom: list[float | None] = [None] * n_columns
    rows: list[_Row] = []
    first_column_blocks = 0
    for index, fragments in enumerate(per_line):
        begins = {c: last_bottom[c] is None or f.top - last_bottom[c] >= min_gap
                  for c, f in fragments.items()}
        first = fragments.get(0)
        numbered = first is not None and _is_numbered(first.text)
        if first is not None and (begins[0] or numbered):
            first_column_blocks += 1
        if not rows or (first is not None and (numbered or all(begins.values()))):
            rows.append(_Row([], [[] for _ in range(n_columns)]))
        rows[-1].lines.append(index)
        for column, fragment in fragments.items():
            rows[-1].fragments[column].append(fragment)
            last_bottom[column] = fragment.bottom
    return rows, first_column_blocks


def _is_numbered(text: str) -> bool:
    return _NUMBER_CELL.match(text) is not None or starts_with_item_label(text)


def _bands(per_line: Sequence[dict[int, TextLine]], min_gap: float) -> list[list[int]]:
    """The lines (indexes) in runs that have space at least `min_gap` high across every
    column between them: the padding between two rows, or a paragraph break that falls
    at the same height in every cell."""
    bands: list[list[int]] = []
    reach: float | None = None
    for index, fragments in enumerate(per_line):
        top = min(f.top for f in fragments.values())
        if reach is None or top - reach >= min_gap:
            bands.append([])
        bands[-1].append(index)
        bottom = max(f.bottom for f in fragments.values())
        reach = bottom if reach is None else max(reach, bottom)
    return bands


def _band_columns(per_line: Sequence[dict[int, TextLine]], band: Sequence[int]) -> set[int]:
    return {c for i in band for c in per_line[i]}


def _alignment(per_line: Sequence[dict[int, TextLine]], bands: Sequence[Sequence[int]]) -> str:
    """"top", "bottom" or "middle": where the cells sit in rows taller than they are.

    Each band with two or more columns whose cells are not all as tall votes: "top" when
    all its cells start on its first line, "bottom" when all end on its last line, and
    "middle" when neither. Without a majority against "top" (including tables whose
    cells are always as tall as their rows, and tables with one band, whose rows have no
    space between them) the cells are read as top-aligned.
    """
    votes = {"top": 0, "bottom": 0, "middle": 0}
    multi = 0
    for band in bands:
        columns = _band_columns(per_line, band)
        if len(columns) < 2:
            continue
        multi += 1
        first = {c: min(i for i in band if c in per_line[i]) for c in columns}
        last = {c: max(i for i in band if c in per_line[i]) for c in columns}
        starts = all(i == band[0] for i in first.values())
        ends = all(i == band[-1] for i in last.values())
        if starts and ends:
            continue
        votes["top" if starts else "bottom" if ends else "middle"] += 1
    if multi < 2 or votes["top"] >= votes["bottom"] + votes["middle"]:
        return "top"
    return "bottom" if votes["bottom"] >= votes["middle"] else "middle"


def _rows_by_band(per_line: Sequence[dict[int, TextLine]], n_columns: int,
                  bands: Sequence[Sequence[int]], alignment: str) -> list[_Row]:
    """Rows of bottom- or middle-aligned cells: one per band with text in two or more
    columns.

    A band with text in one column only between two such bands is a paragraph of a
    cell set apart by its spacing; it joins the row below when cells are
    bottom-aligned, else the nearer row. A question alone in the first column that
    starts with its number is a row with an empty answer, unless the row below goes on
    with an unnumbered question (the question's second paragraph). Bands of one column
    before the first row or after the last stay rows of their own, for
    `table_from_region` to hand back as text.
    """
    columns = [_band_columns(per_line, band) for band in bands]
    multi = [k for k, c in enumerate(columns) if len(c) >= 2]
    groups: list[list[int]] = []
    pending: list[int] = []  # bands waiting to join the next row
    for k, band in enumerate(bands):
        if len(columns[k]) >= 2 or not multi or k < multi[0] or k > multi[-1]:
            groups.append([*pending, k])
            pending = []
            continue
        target = _single_band_target(per_line, bands, columns, k, alignment)
        if target == "own":
            groups.append([*pending, k])
            pending = []
        elif target == "next":
            pending.append(k)
        else:
            groups[-1].append(k)
    if pending:
        groups.append(pending)
    rows = []
    for group in groups:
        row = _Row([], [[] for _ in range(n_columns)])
        for k in group:
            for index in bands[k]:
                row.lines.append(index)
                for column, fragment in sorted(per_line[index].items()):
                    row.fragments[column].append(fragment)
        rows.append(row)
    return rows


def _single_band_target(per_line: Sequence[dict[int, TextLine]],
                        bands: Sequence[Sequence[int]], columns: Sequence[set[int]],
                        k: int, alignment: str) -> str:
    """Where band `k`, text in one column between two rows, belongs: "own", "next" or
    "previous" (see `_rows_by_band`)."""
    if columns[k] == {0} and _is_numbered(per_line[bands[k][0]][0].text):
        following = next(j for j in range(k + 1, len(bands)) if len(columns[j]) >= 2)
        lead = next((per_line[i][0] for i in bands[following] if 0 in per_line[i]), None)
        return "next" if lead is not None and not _is_numbered(lead.text) else "own"
    if alignment == "bottom":
        return "next"
    gap_above = _top(per_line, bands[k]) - _bottom(per_line, bands[k - 1])
    gap_below = _top(per_line, bands[k + 1]) - _bottom(per_line, bands[k])
    return "next" if gap_below < gap_above else "previous"


def _top(per_line: Sequence[dict[int, TextLine]], band: Sequence[int]) -> float:
    return min(f.top for i in band for f in per_line[i].values())


def _bottom(per_line: Sequence[dict[int, TextLine]], band: Sequence[int]) -> float:
    return max(f.bottom for i in band for f in per_line[i].values())


def _filled(row: _Row) -> int:
    return sum(1 for column in row.fragments if column)


def _content_columns(rows: Sequence[_Row]) -> int:
    """Columns holding text beyond bare question numbers."""
    n_columns = len(rows[0].fragments)
    return sum(1 for c in range(n_columns)
               if any(not _NUMBER_CELL.match(f.text) for r in rows for f in r.fragments[c]))


def _column_starts(rows: Sequence[_Row]) -> tuple[float, ...]:
    n_columns = len(rows[0].fragments)
    return tuple(min((f.x0 for r in rows for f in r.fragments[c]), default=0.0)
                 for c in range(n_columns))


def number_tables(tables: Sequence[PageTable]) -> list[PageTable]:
    """The document's tables, in reading order, with every row's locator set.

    Tables are numbered per page in the order they start there, and rows per page within
    their table, as a reader counts them in the PDF: rows of a table that carries on to
    page 3 are "page 3 table 1 row 1", "row 2", ... A row merged over a page break keeps
    its first part's place.
    """
    tables_on_page: dict[int, int] = {}
    numbered = []
    for table in tables:
        table_no: dict[int, int] = {}
        row_no: dict[int, int] = {}
        rows = []
        for row in table.rows:
            if row.page not in table_no:
                tables_on_page[row.page] = tables_on_page.get(row.page, 0) + 1
                table_no[row.page] = tables_on_page[row.page]
            row_no[row.page] = row_no.get(row.page, 0) + 1
            rows.append(replace(row, table=table_no[row.page], row=row_no[row.page]))
        numbered.append(replace(table, rows=tuple(rows)))
    return numbered


def same_columns(a: PageTable, b: PageTable) -> bool:
    """True when two tables have as many columns, starting at the same places."""
    return len(a.columns) == len(b.columns) and all(
        abs(x - y) <= COLUMN_TOLERANCE for x, y in zip(a.columns, b.columns))


def merge_across_pages(above: PageTable, below: PageTable) -> PageTable:
    """`above` (the foot of one page) carried on by `below` (the top of the next).

    A repeat of `above`'s header row at the start of `below` is dropped. A first row
    whose first cell is empty, or that lacks the question number every row above has,
    is the rest of `above`'s last row, split by the page break: its cells are appended
    to that row's cells. Rows keep their own locators; a merged row keeps the first.
    """
    rows = list(below.rows)
    if rows:
        rest = _without_header(above.rows[0], rows[0])
        if rest is not None:
            rows[:1] = [rest] if any(rest.cells) else []
    merged = list(above.rows)
    if rows and _continues_row(above, rows[0]):
        last, part = merged.pop(), rows.pop(0)
        cells = tuple(" ".join(c for c in pair if c) for pair in zip(last.cells, part.cells))
        merged.append(replace(last, cells=cells))
    return replace(above, rows=tuple(merged + rows), bottom=below.bottom)


def _without_header(header: TableRow, row: TableRow) -> TableRow | None:
    """`row` without a repeat of `header` at its start, or None when it has none.

    Without ruling lines, a repeated header and the rest of a split row below it read as
    one row ("Question | Response 6 of a long answer..."): the repeat is the first cell
    equal to the header's and every other cell starting with the header's text.
    """
    rest = []
    for number, (head, cell) in enumerate(zip(header.cells, row.cells)):
        head, cell = " ".join(head.split()), " ".join(cell.split())
        if not cell.lower().startswith(head.lower()) or (number == 0 and cell != head):
            return None
        rest.append(cell[len(head):].strip())
    return replace(row, cells=tuple(rest))


def _continues_row(above: PageTable, first: TableRow) -> bool:
    lead = first.cells[0].strip()
    if not lead:
        return True
    body = above.rows[1:] if len(above.rows) > 1 else above.rows
    numbered = all(_starts_numbered(r.cells[0]) for r in body)
    return numbered and not _starts_numbered(lead)


def _starts_numbered(cell: str) -> bool:
    head = cell.strip().split(" ", 1)[0]
    return bool(_NUMBER_CELL.match(head)) or starts_with_item_label(cell)
