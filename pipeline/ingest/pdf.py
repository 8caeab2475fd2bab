"""Read PDF responses: words with their positions, tables as rows, scanned pages by OCR.

The PDF reader works in four steps; the last three are pure functions of the first's output:

1. `read_pdf_layouts`: each page becomes a `PageLayout`, its items in reading order:
   `TextLine`s and `PageTable`s (`pdf_tables`), two-column text read column by column
   (`pdf_layout`). Characters, pictures and ruling lines are read with PDFium
   (`pdf_chars`), in pdfplumber's coordinates and grouped into the words pdfplumber's
   `extract_words` gives, at about a tenth of pdfminer's cost. A page without a usable
   text layer is OCR'd (`ocr`, the only place a pdfplumber page is opened) when
   Tesseract is installed, and named in `Document.warnings` with the install command
   when not.
2. `remove_running_lines`: page numbers, and headers and footers repeated on several
   pages, are dropped, except the first page's header and the last page's footer, which
   may hold the only copy of the FOI reference or the response date.
3. `join_split_tables`: a table that carries on at the top of the next page becomes one.
4. `render`: the shared text shape (`pipeline.model.Document`): one line per text line,
   one " | "-joined line per table row followed by a blank line, and a blank line
   between pages unless a paragraph carries on over the page break.

Each page is closed as soon as it is read, so memory stays flat on a 300-page response.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Sequence, Union

import pdfplumber
import pypdfium2

from pipeline.errors import IngestError
from pipeline.ingest.layout import TextBuilder, flatten_cell, join_cells
from pipeline.ingest.ocr import INSTALL_HINT, OcrError, ocr_page, tesseract_binary
from pipeline.ingest.pdf_chars import (
    DocumentFonts,
    PageChars,
    PageFrame,
    PageGraphics,
    page_chars,
    page_graphics,
    words_from_chars,
)
from pipeline.ingest.pdf_layout import (
    GutterRegion,
    TextLine,
    Word,
    continues_paragraph,
    detached_head,
    edge_lines,
    find_gutter_regions,
    group_lines,
    is_column_layout,
    questions_in_every_column,
    is_page_number,
    reading_order_of_columns,
    running_key,
    running_line_keys,
)
from pipeline.ingest.pdf_tables import (
    PageTable,
    carry_over,
    find_ruled_tables,
    holds,
    merge_across_pages,
    number_tables,
    same_columns,
    table_from_region,
)
from pipeline.ingest.text import document_id, normalise_text
from pipeline.model import Block, Document, OcrWord, Page

# x_tolerance: the gap (in points) above which two characters belong to different words.
# pdfplumber's default of 3 glues words together in tightly set 9-10 pt body text
# ("thecouncil"); 1.5 keeps them apart without splitting letter-spaced words.
PDF_WORD_SETTINGS = {"x_tolerance": 1.5, "y_tolerance": 3}

# Glyphs from a font without a Unicode map come out as "(cid:71)".
_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")
# A token that could be a word or a figure: it has a vowel or a digit. Text from a font
# with a broken encoding ("(cid:3)", "#$%&") mostly has neither.
_PLAUSIBLE_TOKEN = re.compile(r"[aeiouyAEIOUY0-9]")
MIN_PLAUSIBLE_SHARE = 0.5

# A page that is mostly one picture with only a few words on top (a scan stamped
# "Page 2" by the tool that assembled the PDF) is OCR'd despite its text layer.
SCAN_IMAGE_SHARE = 0.5
SCAN_STAMP_MAX_WORDS = 10

# PDFium's error codes for a file it cannot open (`PdfiumError.err_code`).
PDFIUM_PASSWORD_ERROR = pypdfium2.raw.FPDF_ERR_PASSWORD
PDFIUM_SECURITY_ERROR = pypdfium2.raw.FPDF_ERR_SECURITY

PageItem = Union[TextLine, PageTable]


@dataclass(frozen=True)
class PageLayout:
    """One page's content in reading order, with the page's height for the edge zones.

    `unread_scan` marks a scanned page left empty because Tesseract is not installed.
    """

    number: int
    height: float
    items: tuple[PageItem, ...] = ()
    ocr: bool = False
    unread_scan: bool = False


def ingest_pdf(path: Path, data: bytes, source_name: str) -> Document:
    """Read a PDF into a `Document` with one `Page` per PDF page.

    A borderless question/answer table, which `extract_text` would interleave line by
    line ("1. Contact details for the Director of Adult Dr Amelia Hart, Director of"),
    comes out one row per line: "1. Contact details for the Director of Adult Social
    Services (DASS). | Dr Amelia Hart, Director of Adult Social Services.".
    """
    layouts, warnings = read_pdf_layouts(path, data)
    if not layouts:
        raise IngestError("has no pages", path=str(path),
                          hint="export or download the PDF again")
    if not any(layout.items for layout in layouts):
        raise no_text_error(path, layouts, warnings)
    text, pages, blocks = render(join_split_tables(remove_running_lines(layouts)))
    return Document(
        doc_id=document_id(data),
        source_file=source_name,
        format="pdf",
        text=text,
        pages=pages,
        blocks=blocks,
        warnings=tuple(warnings),
    )


def no_text_error(path: Path, layouts: Sequence[PageLayout],
                  warnings: Sequence[str]) -> IngestError:
    """The error for a PDF where no page gave any text, saying what would help."""
    n = len(layouts)
    if any(layout.unread_scan for layout in layouts):
        return IngestError(
            f"has no text layer on any of its {n} page(s); it looks scanned and needs OCR, "
            "but Tesseract is not installed", path=str(path), hint=INSTALL_HINT)
    if warnings:
        return IngestError(f"gave no text from any of its {n} page(s): " + "; ".join(warnings),
                           path=str(path), hint="open it in a PDF viewer and check the pages")
    return IngestError(f"has no text on any of its {n} page(s); every page is blank",
                       path=str(path),
                       hint="check that the right file was saved, or download it again")


def read_pdf_layouts(path: Path, data: bytes) -> tuple[list[PageLayout], list[str]]:
    """Every page's layout in order, and the warnings about pages read badly or not at all.

    A password-protected or corrupt file raises `IngestError`. A page whose content
    cannot be parsed is kept empty with a warning, so one broken page does not lose the
    other forty.
    """
    layouts: list[PageLayout] = []
    warnings: list[str] = []
    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise pdf_open_error(path, exc) from exc
    scans = _ScanPages(data)
    fonts = DocumentFonts(data)
    try:
        for index in range(len(pdf)):
            number = index + 1
            page = frame = None
            try:
                page = pdf[index]
                frame = PageFrame(page)
                layout, warning = read_page(PdfPage(page, number, frame, fonts), scans)
            # PDFium and the layout code on a broken page: the page is recorded in the
            # warnings rather than stopping the document.
            except Exception as exc:  # noqa: BLE001
                layout = PageLayout(number, frame.height if frame else 0.0)
                warning = f"page {number} could not be read ({exc!r}); its text is missing"
            finally:
                if page is not None:
                    page.close()
            layouts.append(layout)
            if warning:
                warnings.append(warning)
    finally:
        scans.close()
        pdf.close()
    return layouts, warnings


@dataclass
class PdfPage:
    """One PDFium page and what the reader takes from it: words, pictures, ruling edges."""

    page: pypdfium2.PdfPage
    number: int
    frame: PageFrame
    fonts: DocumentFonts

    @property
    def height(self) -> float:
        return self.frame.height

    @property
    def width(self) -> float:
        return self.frame.width

    def chars(self) -> PageChars:
        return page_chars(self.page, self.frame, self.fonts)

    def graphics(self) -> PageGraphics:
        return page_graphics(self.page, self.frame)


class _ScanPages:
    """pdfplumber pages, opened only for a page that must be OCR'd (`ocr.ocr_page`
    renders it), each closed after use."""

    def __init__(self, data: bytes):
        self.data = data
        self.pdf = None

    def ocr(self, number: int, binary: str) -> list[TextLine]:
        if self.pdf is None:
            self.pdf = pdfplumber.open(io.BytesIO(self.data))
        page = self.pdf.pages[number - 1]
        try:
            return ocr_page(page, binary)
        finally:
            page.close()

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


def read_page(page: PdfPage, scans: _ScanPages) -> tuple[PageLayout, str]:
    """One page's layout, and a warning about it ("" when all is well).

    The text layer is used when it holds text; a page that is a picture, or whose text is
    unmapped glyphs, is OCR'd; a page with nothing drawn on it is blank, not a scan.
    """
    number, height = page.number, page.height
    chars = page.chars()
    words = words_from_chars(chars, **PDF_WORD_SETTINGS)
    graphics = page.graphics()
    if is_usable_text([w.text for w in words]) and not is_stamped_scan(page, words, graphics):
        warning = ""
        if any(_UNMAPPED_GLYPH.search(w.text) for w in words):
            warning = (f"page {number} has characters without a Unicode mapping, shown as "
                       "'(cid:N)'; check that page by eye")
        return PageLayout(number, height, page_items(page, words, graphics)), warning
    if not (chars or graphics.images or graphics.has_curves):
        return PageLayout(number, height), ""
    binary = tesseract_binary()
    if binary is None:
        return (PageLayout(number, height, unread_scan=True),
                f"page {number} has no usable text layer (it looks scanned) and needs OCR, "
                f"so its text is missing: {INSTALL_HINT}")
    try:
        lines = scans.ocr(number, binary)
    except OcrError as exc:
        return PageLayout(number, height), f"page {number} looks scanned and OCR failed: {exc}"
    warning = "" if lines else (f"page {number} looks scanned but OCR found no text on it; "
                                "check that page by eye")
    return PageLayout(number, height, tuple(lines), ocr=True), warning


def is_usable_text(tokens: Sequence[str]) -> bool:
    """True when a page's words are text, not unmapped glyphs or encoding garbage.

    >>> is_usable_text(["Q1", "(cid:71)", "Yes"]), is_usable_text(["(cid:71)(cid:72)"])
    (True, False)
    """
    plausible = sum(1 for t in tokens if _PLAUSIBLE_TOKEN.search(_UNMAPPED_GLYPH.sub("", t)))
    return plausible > 0 and plausible >= MIN_PLAUSIBLE_SHARE * len(tokens)


def is_stamped_scan(page: PdfPage, words: Sequence[Word], graphics: PageGraphics) -> bool:
    """True for a page that is one big picture under a few words of text."""
    if len(words) > SCAN_STAMP_MAX_WORDS:
        return False
    area = page.width * page.height
    covered = sum((x1 - x0) * (bottom - top) for x0, top, x1, bottom in graphics.images)
    return covered >= SCAN_IMAGE_SHARE * area


def page_items(page: PdfPage, words: Sequence[Word],
               graphics: PageGraphics) -> tuple[PageItem, ...]:
    """The page's lines and tables in reading order.

    Ruled tables take the words inside them; the remaining lines are searched for
    gutters, and each gutter region is read as a borderless table, as columns of text,
    or line by line. Pieces are ordered by their top edge.
    """
    ruled = (find_ruled_tables(graphics.edges, (0, 0, page.width, page.height), words,
                               page.number) if graphics.has_ruling else [])
    free = [w for w in words if not any(holds(bbox, w) for _, bbox in ruled)]
    lines = group_lines(free)
    regions = find_gutter_regions(lines)
    in_regions = {id(line) for region in regions for line in region.lines}
    placed: set[int] = set()  # ruled tables read inside a column of text
    pieces: list[tuple[float, list[PageItem]]] = []
    pieces += [(line.top, [line]) for line in lines if id(line) not in in_regions]
    for region in regions:
        pieces.append((region.top, arrange_region(region, page.number, page.height, ruled, placed)))
    pieces += [(t.top, [t]) for t, _ in ruled if id(t) not in placed]
    pieces.sort(key=lambda piece: piece[0])
    return tuple(item for _, group in pieces for item in group)


def arrange_region(region: GutterRegion, page_number: int, page_height: float,
                   ruled: Sequence[tuple[PageTable, tuple]] = (),
                   placed: set[int] | None = None) -> list[PageItem]:
    """A gutter region as a table, as columns read one after the other, or as lines.

    Read as columns, a ruled table that stands inside one column (a small table under
    "funded as follows:") is read in that column where it stands; its id goes in `placed`.
    """
    columns = is_column_layout(region, page_height)
    if columns and questions_in_every_column(region):
        return _columns_with_tables(region, ruled, placed)
    split = table_from_region(region, page_number)
    if split is not None:
        before, table, after = split
        return [*before, table, *after]
    if columns:
        return _columns_with_tables(region, ruled, placed)
    return list(region.lines)


def _columns_with_tables(region: GutterRegion, ruled: Sequence[tuple[PageTable, tuple]],
                         placed: set[int] | None) -> list[PageItem]:
    inside = [(table, bbox) for table, bbox in ruled
              if region.top <= bbox[1] <= region.bottom and region.column_of_span(bbox[0], bbox[2]) is not None]
    if not inside or placed is None:
        return list(reading_order_of_columns(region))
    placed.update(id(table) for table, _ in inside)
    return list(reading_order_of_columns(region, [(region.column_of_span(b[0], b[2]), b[1], t)
                                                  for t, b in inside]))


def remove_running_lines(layouts: Sequence[PageLayout]) -> list[PageLayout]:
    """The layouts without page numbers and repeated headers and footers.

    A repeated line is kept once where it cannot split an answer: at the top of the
    first page, or at the foot of the last page.
    """
    edges = [([i for i in layout.items if isinstance(i, TextLine)], layout.height)
             for layout in layouts]
    running = running_line_keys(edges)
    with_text = [layout.number for layout in layouts if layout.items]
    first, last = (with_text[0], with_text[-1]) if with_text else (0, 0)
    cleaned = []
    for layout, (lines, height) in zip(layouts, edges):
        head, tail = edge_lines(lines, height)
        drop = set()
        for zone, indexes, keep_on in (("head", head, first), ("foot", tail, last)):
            for i in indexes:
                text = lines[i].text
                if is_page_number(text, layout.number) or (
                        (zone, running_key(text)) in running and layout.number != keep_on):
                    drop.add(id(lines[i]))
        items = tuple(item for item in layout.items if id(item) not in drop)
        cleaned.append(replace(layout, items=items))
    return cleaned


def join_split_tables(layouts: Sequence[PageLayout]) -> list[PageLayout]:
    """Carry a table that ends a page on into the next page, then number every table.

    At the top of the next page, lines that stay inside the table's columns (the rest of
    a row the page break split) and a table with the same columns
    (`pdf_tables.same_columns`) both join it; a page that held nothing but the carried
    table passes it on to the page after.
    """
    items = [list(layout.items) for layout in layouts]
    open_table: int | None = None  # index of the page whose last item is an open table
    for i, (layout, page) in enumerate(zip(layouts, items)):
        if open_table is not None and page:
            items[open_table][-1] = _carry_table(items[open_table][-1], page, layout)
            if not page:
                continue
        open_table = i if page and isinstance(page[-1], PageTable) else None
    tables = iter(number_tables([t for page in items for t in page if isinstance(t, PageTable)]))
    return [replace(layout, items=tuple(next(tables) if isinstance(item, PageTable) else item
                                        for item in page))
            for layout, page in zip(layouts, items)]


def _carry_table(table: PageTable, page: list[PageItem], layout: PageLayout) -> PageTable:
    """`table` with the items near the start of `page` that carry it on; they are removed
    from `page`. A header of this page alone, above the carried rows, stays as text."""
    leading = []
    for item in page:
        if not isinstance(item, TextLine):
            break
        leading.append(item)
    skip = detached_head(leading, layout.height)
    carried, used = carry_over(table, leading[skip:], layout.number)
    if carried is not None:
        table = merge_across_pages(table, carried)
        del page[skip:skip + used]
    if len(page) > skip and isinstance(page[skip], PageTable) and same_columns(table, page[skip]):
        table = merge_across_pages(table, page.pop(skip))
    return table


@dataclass
class _PagedText(TextBuilder):
    """The text being built, its blocks, and where each page's first character landed."""

    page_starts: dict[int, int] = field(default_factory=dict)
    ocr_words: dict[int, list[OcrWord]] = field(default_factory=dict)

    def write_on(self, page: int, text: str) -> int:
        self.page_starts.setdefault(page, self.pos)
        return self.write(text)

    def write_line(self, page: int, line: TextLine) -> None:
        """One text line; each word Tesseract read keeps its confidence over its span."""
        text = normalise_text(line.text)
        start = self.write_on(page, text + "\n")
        if all(word.confidence is None for word in line.words):
            return  # a text-layer line: no OCR confidences to place
        pos = 0
        for word in line.words:
            piece = normalise_text(word.text)
            at = text.find(piece, pos) if piece else -1
            if at < 0:
                continue
            pos = at + len(piece)
            if word.confidence is not None:
                self.ocr_words.setdefault(page, []).append(
                    OcrWord(start + at, start + pos, word.confidence))

    def ends_with_blank_line(self) -> bool:
        return not self.parts or "".join(self.parts[-2:]).endswith("\n\n")


def render(layouts: Sequence[PageLayout]) -> tuple[str, tuple[Page, ...], tuple[Block, ...]]:
    """The document text, its pages and its blocks (one per page and per table cell).

    A page's span runs from its first character to the next page's first character, so
    the spans are contiguous; a row that a page break split, merged into the row above,
    belongs to the page where the row starts. An OCR'd page lists its words' spans with
    Tesseract's confidences (`Page.ocr_words`).
    """
    out = _PagedText()
    for index, layout in enumerate(layouts):
        for position, item in enumerate(layout.items):
            if position == 0 and index > 0:
                _write_page_break(out, layouts[index - 1], item)
            if isinstance(item, PageTable):
                _write_table(out, item)
            else:
                out.write_line(layout.number, item)
    text = out.text()
    starts = [0]
    for layout in layouts[1:]:
        starts.append(max(starts[-1], out.page_starts.get(layout.number, _next_start(
            out.page_starts, layout.number, len(text)))))
    ends = starts[1:] + [len(text)]
    pages = tuple(Page(layout.number, start, end, ocr=layout.ocr,
                       ocr_words=tuple(out.ocr_words.get(layout.number, ())))
                  for layout, start, end in zip(layouts, starts, ends))
    page_blocks = [Block(p.char_start, p.char_end, f"page {p.number}") for p in pages]
    return text, pages, tuple(page_blocks + out.blocks)


def _next_start(page_starts: dict[int, int], number: int, end: int) -> int:
    """Where the first page after `number` that has text starts (a page with no text of
    its own gets an empty span there)."""
    later = [start for page, start in page_starts.items() if page > number]
    return min(later, default=end)


def _write_page_break(out: _PagedText, previous: PageLayout, first: PageItem) -> None:
    """Nothing where a paragraph runs on over the break, else a blank line (which
    belongs to the page before, like the page's own last newline)."""
    last = previous.items[-1] if previous.items else None
    runs_on = (isinstance(last, TextLine) and isinstance(first, TextLine)
               and continues_paragraph(last.text, first.text))
    if not runs_on and not out.ends_with_blank_line():
        out.write_on(previous.number, "\n")


def _write_table(out: _PagedText, table: PageTable) -> None:
    """Each row one line of " | "-joined cells with a block per cell, then a blank line."""
    for row in table.rows:
        line, spans = join_cells([flatten_cell([cell]) for cell in row.cells])
        start = out.write_on(row.page, line.rstrip(" \t") + "\n")
        for number, (a, b) in enumerate(spans, start=1):
            if a < b:
                out.blocks.append(Block(start + a, start + b, row.locator(number)))
    out.write_on(table.rows[-1].page, "\n")


def pdf_open_error(path: Path, cause: pypdfium2.PdfiumError) -> IngestError:
    """The `IngestError` for a PDF that PDFium could not open.

    >>> error = pypdfium2.PdfiumError("Incorrect password", err_code=PDFIUM_PASSWORD_ERROR)
    >>> str(pdf_open_error(Path("reply.pdf"), error))[:44]
    'reply.pdf: is password-protected, so its tex'
    """
    if getattr(cause, "err_code", None) in (PDFIUM_PASSWORD_ERROR, PDFIUM_SECURITY_ERROR):
        return IngestError(
            "is password-protected, so its text cannot be read",
            path=str(path),
            hint="ask the public body for an unprotected copy, or remove the password "
                 "(e.g. `qpdf --decrypt --password=... in.pdf out.pdf`)",
        )
    return IngestError(
        f"is not a readable PDF; it may be corrupt or truncated ({cause})",
        path=str(path),
        hint="download it again, or open it in a PDF viewer and print it to a new PDF",
    )
