"""A PDF page's characters, words, pictures and ruling lines, read with pypdfium2.

pdfplumber builds a Python object for every character of a page through pdfminer: about
176 ms a page (FIELD_NOTES), most of a PDF's reading time. PDFium (`pypdfium2`, which
pdfplumber itself uses to render pages) lays out the same characters in C in about 2 ms.
This module reads from PDFium what the PDF reader needs, in pdfplumber's coordinates
(points, `top` measured from the top of the page), so that the layout code and its
thresholds see the same numbers as before:

- `page_chars`: every character with the box pdfminer gives it: from its origin, the
  width the font gives the character, and a height of one font size above the font's
  descent (pdfminer takes the 14 standard fonts' metrics from their AFM files, so this
  module does too).
- `words_from_chars`: pdfplumber's `extract_words` (same tolerances, same clustering of
  lines and same word breaks), on those characters.
- `page_graphics`: the pictures' boxes, which kinds of path are drawn, and the straight
  edges of lines and rectangles, which `pdf_tables.find_ruled_tables` hands to
  pdfplumber's own table finder (`pdfplumber.table`), so ruled tables are read as before
  without pdfminer parsing the page.

Where the two can still differ (measured: none of the project's PDFs, nor its DOCX files
printed to PDF by LibreOffice): a font whose /Widths have fractions (reportlab's
TrueType) is laid out by PDFium with whole widths, so positions along a line drift by
up to ~0.01 pt a character; a font defined only inside a form XObject takes PDFium's
descent; a character drawn twice at one place (fake bold) is one character in PDFium.
"""
from __future__ import annotations

import ctypes
import io
import math
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np
import pypdfium2
import pypdfium2.raw as pdfium_c
from pdfminer.fontmetrics import FONT_METRICS

from pipeline.ingest.pdf_layout import Word

# pdfplumber expands these ligature glyphs in words (`expand_ligatures=True`).
LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}

# Characters known not to be ligatures, so most pages skip the look-up.
_NO_LIGATURES = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                          "0123456789 .,;:!?'\"()[]/-&%£$@*+=<>#")

# PDFium's text marks a hyphen it takes for a line-end hyphen with one of these codes.
_PDFIUM_HYPHENS = ("\ufffe", "\x02")

Matrix = tuple[float, float, float, float, float, float]


# One character: (text, x0, x1, top, bottom, upright), its box in pdfplumber's
# coordinates and pdfminer's test for upright text.
Char = tuple


@dataclass
class PageChars:
    """A page's characters as columns (a page has thousands; lists are cheap to fill
    and turn into arrays): `chars[k]` is character k as a `Char`."""

    text: list[str] = field(default_factory=list)
    x0: list[float] = field(default_factory=list)
    x1: list[float] = field(default_factory=list)
    top: list[float] = field(default_factory=list)
    bottom: list[float] = field(default_factory=list)
    upright: list[bool] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.text)

    def __bool__(self) -> bool:
        return bool(self.text)

    def __getitem__(self, k: int) -> Char:
        return (self.text[k], self.x0[k], self.x1[k], self.top[k], self.bottom[k],
                self.upright[k])

    def add(self, char: Char) -> None:
        for column, value in zip(self._columns(), char):
            column.append(value)

    def set_last(self, char: Char) -> None:
        for column, value in zip(self._columns(), char):
            column[-1] = value

    def _columns(self):
        return (self.text, self.x0, self.x1, self.top, self.bottom, self.upright)


@dataclass
class PageGraphics:
    """What is drawn on a page besides text: pictures' boxes (x0, top, x1, bottom),
    the straight edges of its paths as pdfplumber's edge dicts, and which kinds of path
    pdfminer would see (lines or rectangles; curves)."""

    images: list[tuple[float, float, float, float]] = field(default_factory=list)
    edges: list[dict] = field(default_factory=list)
    has_ruling: bool = False  # a line or a rectangle, as pdfminer classifies paths
    has_curves: bool = False  # any other path


class PageFrame:
    """Turns PDF user space into pdfplumber's coordinates for one page: pdfminer's page
    matrix for /Rotate and the MediaBox origin, then pdfplumber's flip."""

    def __init__(self, page: pypdfium2.PdfPage):
        x0, y0, x1, y1 = page.get_mediabox()
        x0, x1 = sorted((x0, x1))
        y0, y1 = sorted((y0, y1))
        rotation = page.get_rotation() % 360
        self.rotation = rotation
        norm = (y0, x0, y1, x1) if rotation in (90, 270) else (x0, y0, x1, y1)
        self.height = norm[3] - norm[1]
        self.width = norm[2] - norm[0]
        self.mb_x0 = norm[0]
        self.mb_top = self.height - norm[3]
        if rotation == 90:
            self.ctm: Matrix = (0, -1, 1, 0, -y0, x1)
        elif rotation == 180:
            self.ctm = (-1, 0, 0, -1, x1, y1)
        elif rotation == 270:
            self.ctm = (0, 1, -1, 0, y1, -x0)
        else:
            self.ctm = (1, 0, 0, 1, -x0, -y0)

    def point(self, x: float, y: float) -> tuple[float, float]:
        """pdfminer's device point for a user-space point."""
        a, b, c, d, e, f = self.ctm
        return a * x + c * y + e, b * x + d * y + f

    def box(self, x0: float, y0: float, x1: float, y1: float
            ) -> tuple[float, float, float, float]:
        """(x0, top, x1, bottom) in pdfplumber's coordinates of a user-space box."""
        if self.rotation == 0:
            dx0, dy0, dx1, dy1 = x0 + self.ctm[4], y0 + self.ctm[5], x1 + self.ctm[4], \
                y1 + self.ctm[5]
        else:
            (ax, ay), (bx, by) = self.point(x0, y0), self.point(x1, y1)
            dx0, dx1 = sorted((ax, bx))
            dy0, dy1 = sorted((ay, by))
        return (dx0 + self.mb_x0, self.height - dy1 + self.mb_top,
                dx1 + self.mb_x0, self.height - dy0 + self.mb_top)


def _font_name(font) -> str:
    size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
    buffer = ctypes.create_string_buffer(max(size, 1))
    pdfium_c.FPDFFont_GetBaseFontName(font, buffer, size)
    return buffer.value.decode("latin-1", "replace")


class DocumentFonts:
    """The descent pdfminer gives each font of a document, by font name.

    pdfminer takes a font's descent from its FontDescriptor (0 when it has none, as in
    LibreOffice's PDFs), where PDFium reads it from the font program; the boxes of the
    characters, and so the lines and gaps the layout code measures, depend on it. The
    font dictionaries are read with pdfminer's parser once per document, only when a
    font other than the 14 standard ones appears (a few milliseconds; no page content is
    parsed).
    """

    def __init__(self, data: bytes):
        self.data = data
        self._descents: dict[str, float] | None = None

    def descent(self, name: str) -> float | None:
        if self._descents is None:
            self._descents = _font_descents(self.data)
        return self._descents.get(name)


def _font_descents(data: bytes) -> dict[str, float]:
    """{font name without its subset prefix: descent per unit of font size}."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import dict_value, list_value, resolve1
    from pdfminer.psparser import PSLiteral

    descents: dict[str, float] = {}
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        for page in PDFPage.create_pages(document):
            for spec in dict_value(resolve1((page.resources or {}).get("Font", {}))).values():
                spec = dict_value(spec)
                name = resolve1(spec.get("BaseFont"))
                name = name.name if isinstance(name, PSLiteral) else str(name)
                if name in FONT_METRICS and spec.get("Subtype") != "Type0":
                    value = float(FONT_METRICS[name][0].get("Descent", 0))
                else:
                    if "DescendantFonts" in spec:
                        spec = dict_value(list_value(resolve1(spec["DescendantFonts"]))[0])
                    descriptor = dict_value(resolve1(spec.get("FontDescriptor", {})))
                    value = float(resolve1(descriptor.get("Descent", 0)) or 0)
                short = name.split("+", 1)[1] if "+" in name[:8] else name
                descents.setdefault(short, -abs(value) / 1000)
    # A file pdfminer cannot parse: PDFium's own descents are used instead.
    except Exception:  # noqa: BLE001
        return descents
    return descents


class _Font:
    """A font's descent and character widths per unit of font size, as pdfminer has
    them: the AFM metrics for a standard font, else the descriptor's descent
    (`DocumentFonts`) and PDFium's widths."""

    def __init__(self, handle, fonts: DocumentFonts):
        self.handle = handle
        name = _font_name(handle)
        self.afm = None
        if name in FONT_METRICS and not pdfium_c.FPDFFont_GetIsEmbedded(handle):
            descriptor, widths = FONT_METRICS[name]
            self.descent = float(descriptor.get("Descent", 0)) / 1000
            self.afm = widths
            self.widths = {}
            self.known: dict[str, tuple[str, float | None]] = {}
            return
        descent = fonts.descent(name)
        if descent is None:
            value = ctypes.c_float()
            pdfium_c.FPDFFont_GetDescent(handle, ctypes.c_float(1.0), ctypes.byref(value))
            descent = -abs(value.value)
        self.descent = descent
        self.widths = {}
        self.known = {}

    def width(self, text: str) -> float | None:
        """The advance of `text` (one character) at font size 1, or None if unknown."""
        known = self.widths.get(text, False)
        if known is not False:
            return known
        width = None
        if self.afm is not None and text in self.afm:
            width = self.afm[text] / 1000
        elif len(text) == 1:
            value = ctypes.c_float()
            if pdfium_c.FPDFFont_GetGlyphWidth(self.handle, ord(text), ctypes.c_float(1.0),
                                               ctypes.byref(value)) and value.value > 0:
                width = value.value
        self.widths[text] = width
        return width


def page_chars(page: pypdfium2.PdfPage, frame: PageFrame, fonts: DocumentFonts
               ) -> PageChars:
    """The page's characters in the order PDFium lays them out (content order), without
    the spaces and line breaks PDFium generates between them.

    PDFium splits a ligature glyph whose Unicode is "fi" into "f" and "i" at one origin;
    pdfminer keeps one character "fi", and so does this.
    """
    textpage = pdfium_c.FPDFText_LoadPage(page.raw)
    if not textpage:
        raise ValueError("PDFium could not lay out the page's text")
    try:
        return _chars(textpage, frame, fonts)
    finally:
        pdfium_c.FPDFText_ClosePage(textpage)


# Prototypes returning plain ints and taking raw addresses: the per-character calls
# are most of the reader's time, and pypdfium2's typed pointers cost more than the call.
_GET_OBJECT = ctypes.cast(pdfium_c.FPDFText_GetTextObject,
                          ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int))
_GET_ORIGIN = ctypes.cast(pdfium_c.FPDFText_GetCharOrigin,
                          ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int,
                                           ctypes.c_void_p, ctypes.c_void_p))


def _chars(textpage, frame: PageFrame, document_fonts: DocumentFonts) -> PageChars:
    count = pdfium_c.FPDFText_CountChars(textpage)
    if count <= 0:
        return PageChars()
    texts = _page_text(textpage, count)
    if texts is None:
        texts = [chr(pdfium_c.FPDFText_GetUnicode(textpage, i)) for i in range(count)]
    page_address = ctypes.cast(textpage, ctypes.c_void_p).value
    get_object, get_origin = _GET_OBJECT, _GET_ORIGIN
    origin = (ctypes.c_double * 2)()
    ox_ref = ctypes.addressof(origin)
    oy_ref = ox_ref + ctypes.sizeof(ctypes.c_double)
    rect = pdfium_c.FS_RECTF()
    objects: dict[int, tuple] = {}
    fonts: dict[int, _Font] = {}
    chars = PageChars()
    add_text, add_x0, add_x1 = chars.text.append, chars.x0.append, chars.x1.append
    add_top, add_bottom, add_upright = chars.top.append, chars.bottom.append, \
        chars.upright.append
    simple = frame.rotation == 0
    dx, dy = frame.ctm[4] + frame.mb_x0, frame.mb_top - frame.ctm[5] + frame.height
    last_key, last_x, last_y = 0, 0.0, 0.0  # the character before: object and origin
    for i in range(count):
        key = get_object(page_address, i)
        if not key:
            last_key = 0
            continue  # a space or line break PDFium generated
        text = texts[i]
        get_origin(page_address, i, ox_ref, oy_ref)
        x = origin[0]
        y = origin[1]
        if x == last_x and key == last_key and y == last_y and not text.isspace() \
                and not chars.text[-1].isspace():
            chars.set_last(_ligature(chars[-1], text, textpage, i, rect, frame))
            continue
        last_key, last_x, last_y = key, x, y
        info = objects.get(key)
        if info is None:
            info = objects[key] = _object_info(pdfium_c.FPDFText_GetTextObject(textpage, i),
                                               fonts, frame, document_fonts)
        known, scale, below, height, upright, font, matrix, size, plain = info
        found = known.get(text)
        if found is None:
            found = known[text] = _char_text_and_width(font, text, textpage, i)
        text, width = found
        if width is None:
            pdfium_c.FPDFText_GetLooseCharBox(textpage, i, rect)
            x1 = rect.right
        else:
            x1 = x + width * scale
        y0 = y + below
        if simple and plain:
            add_text(text)
            add_x0(x + dx)
            add_x1(x1 + dx)
            add_top(dy - y0 - height)
            add_bottom(dy - y0)
            add_upright(True)
        else:
            # pdfminer's box: the bounds of the glyph's cell through its matrix
            a, b, c, d = matrix
            advance = (x1 - x) / a if width is None and a else (width or 0.0) * size
            low, high = font.descent * size, font.descent * size + size
            corners = [(x + a * u + c * v, y + b * u + d * v)
                       for u in (0.0, advance) for v in (low, high)]
            xs, ys = [p[0] for p in corners], [p[1] for p in corners]
            x0b, topb, x1b, bottomb = frame.box(min(xs), min(ys), max(xs), max(ys))
            chars.add((text, x0b, x1b, topb, bottomb, upright))
    return chars


def _char_text_and_width(font: "_Font", text: str, textpage, index: int
                         ) -> tuple[str, float | None]:
    """The text pdfminer would give a character PDFium reads as `text`, and its width:
    a line-end hyphen PDFium marks is "-", a glyph without a Unicode mapping is
    "(cid:N)". The same character code of the same font always reads the same, so this is
    worked out once per font and character."""
    if text in _PDFIUM_HYPHENS:
        text = chr(pdfium_c.FPDFText_GetUnicode(textpage, index))
        if text in _PDFIUM_HYPHENS:
            text = "-"
    if text == "\x00" or pdfium_c.FPDFText_HasUnicodeMapError(textpage, index):
        text = f"(cid:{ord(text)})"
    return text, font.width(text)


def _ligature(previous: Char, text: str, textpage, index: int, rect, frame: PageFrame
              ) -> Char:
    """`previous` with the rest of a ligature's text, its box widened to the glyph's."""
    if frame.rotation or not previous[5]:
        return (previous[0] + text, *previous[1:])
    pdfium_c.FPDFText_GetLooseCharBox(textpage, index, rect)
    x1 = max(previous[2], rect.right + frame.ctm[4] + frame.mb_x0)
    return (previous[0] + text, previous[1], x1, previous[3], previous[4], previous[5])


def _page_text(textpage, count: int) -> str | None:
    """The page's characters as one string, one per character index, or None when
    PDFium's text does not line up with its character indexes."""
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    written = pdfium_c.FPDFText_GetText(textpage, 0, count,
                                        ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    text = buffer.raw[: max(written - 1, 0) * 2].decode("utf-16-le", "replace")
    return text if len(text) == count else None


def _object_info(obj, fonts: dict[int, _Font], frame: PageFrame,
                 document_fonts: DocumentFonts) -> tuple:
    """What every character of a text object shares: its font's table of known
    characters, the width of one unit of advance, the distance from the baseline down
    to the font's descent, the box's height, whether it is upright, the font, and the
    object's matrix (a, b, c, d) and font size for text that is rotated or slanted, and
    whether it is neither."""
    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFPageObj_GetMatrix(obj, matrix)
    size = ctypes.c_float()
    pdfium_c.FPDFTextObj_GetFontSize(obj, ctypes.byref(size))
    handle = pdfium_c.FPDFTextObj_GetFont(obj)
    font_key = ctypes.cast(handle, ctypes.c_void_p).value
    font = fonts.get(font_key)
    if font is None:
        font = fonts[font_key] = _Font(handle, document_fonts)
    a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
    ca, cb, cc, cd = frame.ctm[:4]
    # pdfminer's test on the character's matrix (text matrix times page matrix).
    ma, mb = a * ca + b * cc, a * cb + b * cd
    mc, md = c * ca + d * cc, c * cb + d * cd
    upright = 0 < ma * md and mb * mc <= 0
    size = size.value
    plain = upright and b == 0 and c == 0 and a > 0 and d > 0  # not turned or slanted
    return (font.known, a * size, d * font.descent * size, d * size, upright, font,
            (a, b, c, d), size, plain)


def words_from_chars(chars: PageChars, x_tolerance: float, y_tolerance: float
                     ) -> list[Word]:
    """pdfplumber's `extract_words` (keep_blank_chars=False, no text flow) on `chars`.

    Runs of characters with the same uprightness are split into lines by clustering
    their tops (`y_tolerance`), each line sorted left to right (stable, so characters at
    one x keep their content order); a space, a gap wider than `x_tolerance`, a step
    back, or a jump in `top` starts a new word. Rotated characters cluster by x0 and read
    top to bottom, as pdfplumber reads them.
    """
    if not chars:
        return []
    if all(chars.upright):
        return _upright_words(chars.text, chars.x0, chars.x1, chars.top, chars.bottom,
                              x_tolerance, y_tolerance)
    words: list[Word] = []
    start = 0
    flags = chars.upright
    for end in range(1, len(chars) + 1):
        if end == len(chars) or flags[end] != flags[start]:
            if flags[start]:
                words += _upright_words(chars.text[start:end], chars.x0[start:end],
                                        chars.x1[start:end], chars.top[start:end],
                                        chars.bottom[start:end], x_tolerance, y_tolerance)
            else:
                words += _rotated_words([chars[k] for k in range(start, end)],
                                        x_tolerance, y_tolerance)
            start = end
    return words


def _upright_words(texts: Sequence[str], x0s: Sequence[float], x1s: Sequence[float],
                   tops: Sequence[float], bottoms: Sequence[float], x_tol: float,
                   y_tol: float) -> list[Word]:
    """`words_from_chars` for upright characters, vectorised: the same lines (chained
    tops), the same order and the same word breaks as pdfplumber's loop."""
    if not _NO_LIGATURES.issuperset(texts):
        texts = [LIGATURES.get(t, t) for t in texts]
    x0, x1, top, bottom = (np.array(column, dtype=float)
                           for column in (x0s, x1s, tops, bottoms))
    values = np.unique(top)
    line_of_value = np.concatenate(([0], np.cumsum(np.diff(values) > y_tol)))
    line = line_of_value[np.searchsorted(values, top)]
    order = np.lexsort((x0, line))  # stable: ties keep content order
    x0, x1, top, bottom, line = x0[order], x1[order], top[order], bottom[order], line[order]
    space = np.array([t.isspace() for t in texts], dtype=bool)[order]
    starts = np.ones(len(order), dtype=bool)
    starts[1:] = ((line[1:] != line[:-1]) | space[:-1] | (x0[1:] < x0[:-1])
                  | (x0[1:] > x1[:-1] + x_tol) | (np.abs(top[1:] - top[:-1]) > y_tol))
    starts &= ~space
    keep = np.flatnonzero(~space)
    if not len(keep):
        return []
    word_of = np.cumsum(starts)[keep] - 1
    firsts = np.flatnonzero(starts[keep])
    lefts = np.minimum.reduceat(x0[keep], firsts)
    rights = np.maximum.reduceat(x1[keep], firsts)
    tops = np.minimum.reduceat(top[keep], firsts)
    bottoms = np.maximum.reduceat(bottom[keep], firsts)
    kept = [texts[k] for k in order[keep].tolist()]
    joined = "".join(kept)
    if len(joined) == len(kept):  # one letter per character: slice the words out
        ends = firsts.tolist()[1:] + [len(kept)]
        pieces = [joined[a:b] for a, b in zip(firsts.tolist(), ends)]
    else:
        parts: list[list[str]] = [[] for _ in range(len(firsts))]
        for text, w in zip(kept, word_of.tolist()):
            parts[w].append(text)
        pieces = ["".join(p) for p in parts]
    return [Word(p, a, b, c, d) for p, a, b, c, d in
            zip(pieces, lefts.tolist(), rights.tolist(), tops.tolist(), bottoms.tolist())]


def _rotated_words(chars: list[Char], x_tol: float, y_tol: float) -> list[Word]:
    """`words_from_chars` for characters that are not upright (read top to bottom)."""
    words = []
    for line in _cluster(chars, 1, x_tol):
        current: list[Char] = []
        for char in sorted(line, key=lambda c: (c[3], c[4])):
            if char[0].isspace():
                if current:
                    words.append(_merge(current))
                current = []
            elif current and (char[3] < current[-1][3] or char[3] > current[-1][4] + y_tol
                              or abs(char[1] - current[-1][1]) > x_tol):
                words.append(_merge(current))
                current = [char]
            else:
                current.append(char)
        if current:
            words.append(_merge(current))
    return words


def _cluster(chars: list[Char], key: int, tolerance: float) -> list[list[Char]]:
    """pdfplumber's `cluster_objects`: distinct values sorted and chained while each is
    within `tolerance` of the one before; objects keep their order within a cluster."""
    values = sorted({c[key] for c in chars})
    cluster_of: dict[float, int] = {}
    index, last = 0, None
    for value in values:
        if last is not None and value > last + tolerance:
            index += 1
        cluster_of[value] = index
        last = value
    clusters: list[list[Char]] = [[] for _ in range(index + 1)]
    for char in chars:
        clusters[cluster_of[char[key]]].append(char)
    return clusters


def _merge(chars: list[Char]) -> Word:
    return Word("".join(LIGATURES.get(c[0], c[0]) for c in chars),
                min(c[1] for c in chars), max(c[2] for c in chars),
                min(c[3] for c in chars), max(c[4] for c in chars))


# --- pictures and ruling lines ------------------------------------------------------

_PATH, _IMAGE, _FORM = (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE,
                        pdfium_c.FPDF_PAGEOBJ_FORM)


def page_graphics(page: pypdfium2.PdfPage, frame: PageFrame) -> PageGraphics:
    """The page's pictures and ruling edges, looking inside form XObjects as pdfminer
    does."""
    graphics = PageGraphics()
    count = pdfium_c.FPDFPage_CountObjects(page.raw)
    _walk([pdfium_c.FPDFPage_GetObject(page.raw, i) for i in range(count)],
          (1, 0, 0, 1, 0, 0), frame, graphics, depth=0)
    return graphics


def _walk(objects, parent: Matrix, frame: PageFrame, graphics: PageGraphics,
          depth: int) -> None:
    for obj in objects:
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == _IMAGE:
            left, bottom, right, top = (ctypes.c_float() for _ in range(4))
            if pdfium_c.FPDFPageObj_GetBounds(obj, ctypes.byref(left), ctypes.byref(bottom),
                                              ctypes.byref(right), ctypes.byref(top)):
                corners = _apply(parent, [(left.value, bottom.value),
                                          (right.value, top.value)])
                xs = sorted(p[0] for p in corners)
                ys = sorted(p[1] for p in corners)
                graphics.images.append(frame.box(xs[0], ys[0], xs[1], ys[1]))
        elif kind == _PATH:
            _path_edges(obj, parent, frame, graphics)
        elif kind == _FORM and depth < 15:
            matrix = pdfium_c.FS_MATRIX()
            pdfium_c.FPDFPageObj_GetMatrix(obj, matrix)
            inner = _multiply((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f),
                              parent)
            n = pdfium_c.FPDFFormObj_CountObjects(obj)
            _walk([pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(n)], inner, frame,
                  graphics, depth + 1)


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """m then n."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s,
            e * p + f * r + t, e * q + f * s + u)


def _apply(m: Matrix, points):
    a, b, c, d, e, f = m
    return [(a * x + c * y + e, b * x + d * y + f) for x, y in points]


def _path_edges(obj, parent: Matrix, frame: PageFrame, graphics: PageGraphics) -> None:
    """pdfplumber's edges of one path: pdfminer makes a two-point subpath a line, a
    closed four-sided axis-aligned subpath a rectangle, anything else a curve; their
    horizontal and vertical segments are the edges pdfplumber's table finder uses."""
    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFPageObj_GetMatrix(obj, matrix)
    full = _multiply((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), parent)
    n = pdfium_c.FPDFPath_CountSegments(obj)
    x, y = ctypes.c_float(), ctypes.c_float()
    subpaths: list[list[tuple[float, float]]] = []
    closed: list[bool] = []
    for i in range(n):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, i)
        pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append([])
            closed.append(False)
        subpaths[-1].append((x.value, y.value))
        if pdfium_c.FPDFPathSegment_GetClose(segment):
            closed[-1] = True
    for points, is_closed in zip(subpaths, closed):
        points = _apply(full, points)
        if is_closed and points[0] != points[-1]:
            points.append(points[0])
        if _is_line_or_rect(points):
            graphics.has_ruling = True
        else:
            graphics.has_curves = True
        _add_edges(points, frame, graphics)


def _is_line_or_rect(points) -> bool:
    """pdfminer's LTLine (two points) or LTRect (four axis-aligned sides)."""
    if len(points) == 2:
        return True
    if len(points) == 5 and points[0] == points[-1]:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points[:4]
        return (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or \
            (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
    return False


def _add_edges(points, frame: PageFrame, graphics: PageGraphics) -> None:
    for (xa, ya), (xb, yb) in zip(points, points[1:]):
        horizontal, vertical = math.isclose(ya, yb, abs_tol=1e-6), math.isclose(
            xa, xb, abs_tol=1e-6)
        if not (horizontal or vertical):
            continue
        x0, top, x1, bottom = frame.box(min(xa, xb), min(ya, yb), max(xa, xb),
                                        max(ya, yb))
        orientation = "h" if bottom - top < 1e-6 and x1 - x0 > 1e-6 else \
            "v" if x1 - x0 < 1e-6 and bottom - top > 1e-6 else None
        if orientation is None:
            continue
        graphics.edges.append({
            "object_type": "line", "orientation": orientation,
            "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "width": x1 - x0, "height": bottom - top,
        })


__all__ = ["Char", "DocumentFonts", "PageChars", "PageFrame", "PageGraphics", "page_chars",
           "page_graphics", "words_from_chars"]
