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
- `page_graphics`: the pictures' boxes, whether anything is drawn, and the straight
  edges of lines and rectangles, which `pdf_tables.find_ruled_tables` hands to
  pdfplumber's own table finder (`pdfplumber.table`), so ruled tables are read as before
  without pdfminer parsing the page.
"""
from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass, field

import pypdfium2
import pypdfium2.raw as pdfium_c
from pdfminer.fontmetrics import FONT_METRICS

from pipeline.ingest.pdf_layout import Word

# pdfplumber expands these ligature glyphs in words (`expand_ligatures=True`).
LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}

# PDFium marks a hyphen it takes for a soft line-end hyphen with this control code.
_PDFIUM_HYPHEN = "\x02"

Matrix = tuple[float, float, float, float, float, float]


@dataclass(frozen=True)
class Char:
    """One character: its text and box (pdfplumber coordinates), and whether it is
    upright (pdfminer's test on its matrix)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    upright: bool


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


class _Font:
    """A font's descent and character widths per unit of font size, as pdfminer has
    them: the AFM metrics for a standard font that is not embedded, else PDFium's."""

    def __init__(self, handle):
        self.handle = handle
        name = _font_name(handle)
        self.afm = None
        if name in FONT_METRICS and not pdfium_c.FPDFFont_GetIsEmbedded(handle):
            descriptor, widths = FONT_METRICS[name]
            self.descent = float(descriptor.get("Descent", 0)) / 1000
            self.afm = widths
        else:
            value = ctypes.c_float()
            pdfium_c.FPDFFont_GetDescent(handle, ctypes.c_float(1.0), ctypes.byref(value))
            self.descent = -abs(value.value)
        self.widths: dict[str, float | None] = {}

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


def page_chars(page: pypdfium2.PdfPage, frame: PageFrame) -> list[Char]:
    """The page's characters in the order PDFium lays them out (content order), without
    the spaces and line breaks PDFium generates between them."""
    textpage = pdfium_c.FPDFText_LoadPage(page.raw)
    if not textpage:
        raise ValueError("PDFium could not lay out the page's text")
    try:
        return _chars(textpage, frame)
    finally:
        pdfium_c.FPDFText_ClosePage(textpage)


def _chars(textpage, frame: PageFrame) -> list[Char]:
    count = pdfium_c.FPDFText_CountChars(textpage)
    if count <= 0:
        return []
    texts = _page_text(textpage, count)
    get_object = pdfium_c.FPDFText_GetTextObject
    get_origin = pdfium_c.FPDFText_GetCharOrigin
    has_map_error = pdfium_c.FPDFText_HasUnicodeMapError
    ox, oy = ctypes.c_double(), ctypes.c_double()
    ox_ref, oy_ref = ctypes.byref(ox), ctypes.byref(oy)
    rect = pdfium_c.FS_RECTF()
    objects: dict[int, tuple] = {}
    fonts: dict[int, _Font] = {}
    chars = []
    for i in range(count):
        obj = get_object(textpage, i)
        if not obj:
            continue  # a space or line break PDFium generated
        text = texts[i] if texts is not None else chr(pdfium_c.FPDFText_GetUnicode(textpage, i))
        if text == _PDFIUM_HYPHEN:
            text = "-"
        elif text == "\x00" or has_map_error(textpage, i):
            text = f"(cid:{ord(text)})"
        key = ctypes.cast(obj, ctypes.c_void_p).value
        info = objects.get(key)
        if info is None:
            info = objects[key] = _object_info(obj, fonts, frame)
        a, d, size, font, upright = info
        get_origin(textpage, i, ox_ref, oy_ref)
        x, y = ox.value, oy.value
        width = font.width(text)
        if width is None:
            pdfium_c.FPDFText_GetLooseCharBox(textpage, i, rect)
            x1 = rect.right
        else:
            x1 = x + a * width * size
        y0 = y + d * font.descent * size
        y1 = y0 + d * size
        if frame.rotation == 0 and upright:
            left = x + frame.ctm[4] + frame.mb_x0
            chars.append(Char(text, left, x1 - x + left,
                              frame.height - (y1 + frame.ctm[5]) + frame.mb_top,
                              frame.height - (y0 + frame.ctm[5]) + frame.mb_top, upright))
        else:
            x0b, topb, x1b, bottomb = frame.box(min(x, x1), min(y0, y1), max(x, x1),
                                                max(y0, y1))
            chars.append(Char(text, x0b, x1b, topb, bottomb, upright))
    return chars


def _page_text(textpage, count: int) -> str | None:
    """The page's characters as one string, one per character index, or None when
    PDFium's text does not line up with its character indexes."""
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    written = pdfium_c.FPDFText_GetText(textpage, 0, count,
                                        ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    text = buffer.raw[: max(written - 1, 0) * 2].decode("utf-16-le", "replace")
    return text if len(text) == count else None


def _object_info(obj, fonts: dict[int, _Font], frame: PageFrame) -> tuple:
    """(horizontal scale, vertical scale, font size, font, upright) of a text object."""
    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFPageObj_GetMatrix(obj, matrix)
    size = ctypes.c_float()
    pdfium_c.FPDFTextObj_GetFontSize(obj, ctypes.byref(size))
    handle = pdfium_c.FPDFTextObj_GetFont(obj)
    font_key = ctypes.cast(handle, ctypes.c_void_p).value
    font = fonts.get(font_key)
    if font is None:
        font = fonts[font_key] = _Font(handle)
    a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
    ca, cb, cc, cd = frame.ctm[:4]
    # pdfminer's test on the character's matrix (text matrix times page matrix).
    ma, mb = a * ca + b * cc, a * cb + b * cd
    mc, md = c * ca + d * cc, c * cb + d * cd
    upright = 0 < ma * md and mb * mc <= 0
    return a, d, size.value, font, upright


def words_from_chars(chars: list[Char], x_tolerance: float, y_tolerance: float
                     ) -> list[Word]:
    """pdfplumber's `extract_words` (keep_blank_chars=False, no text flow) on `chars`.

    Runs of characters with the same uprightness are split into lines by clustering
    their tops (`y_tolerance`), each line sorted left to right; a space, a gap wider
    than `x_tolerance`, a step back, or a jump in `top` starts a new word. Rotated
    characters cluster by x0 and read top to bottom, as pdfplumber reads them.
    """
    words: list[Word] = []
    start = 0
    for end in range(1, len(chars) + 1):
        if end == len(chars) or chars[end].upright != chars[start].upright:
            group = chars[start:end]
            if group[0].upright:
                _words_of_group(group, words, "top", y_tolerance, x_tolerance, y_tolerance,
                                lambda c: (c.x0, c.x0), horizontal=True)
            else:
                _words_of_group(group, words, "x0", x_tolerance, x_tolerance, y_tolerance,
                                lambda c: (c.top, c.bottom), horizontal=False)
            start = end
    return words


def _words_of_group(chars, words, line_key, line_tolerance, x_tol, y_tol, sort_key,
                    horizontal) -> None:
    for line in _cluster(chars, line_key, line_tolerance):
        current: list[Char] = []
        for char in sorted(line, key=sort_key):
            if char.text.isspace():
                if current:
                    words.append(_merge(current))
                current = []
            elif current and _begins_new_word(current[-1], char, x_tol, y_tol, horizontal):
                words.append(_merge(current))
                current = [char]
            else:
                current.append(char)
        if current:
            words.append(_merge(current))


def _cluster(chars, key: str, tolerance: float) -> list[list[Char]]:
    """pdfplumber's `cluster_objects`: distinct values sorted and chained while each is
    within `tolerance` of the one before; objects keep their order within a cluster."""
    values = sorted({getattr(c, key) for c in chars})
    cluster_of: dict[float, int] = {}
    index, last = 0, None
    for value in values:
        if last is not None and value > last + tolerance:
            index += 1
        cluster_of[value] = index
        last = value
    ordered = sorted(chars, key=lambda c: cluster_of[getattr(c, key)])
    clusters: list[list[Char]] = []
    previous = None
    for char in ordered:
        number = cluster_of[getattr(char, key)]
        if number != previous:
            clusters.append([])
            previous = number
        clusters[-1].append(char)
    return clusters


def _begins_new_word(prev: Char, curr: Char, x_tol: float, y_tol: float,
                     horizontal: bool) -> bool:
    if horizontal:
        return (curr.x0 < prev.x0 or curr.x0 > prev.x1 + x_tol
                or abs(curr.top - prev.top) > y_tol)
    # top to bottom: the tolerances swap, as in pdfplumber
    return (curr.top < prev.top or curr.top > prev.bottom + y_tol
            or abs(curr.x0 - prev.x0) > x_tol)


def _merge(chars: list[Char]) -> Word:
    return Word("".join(LIGATURES.get(c.text, c.text) for c in chars),
                min(c.x0 for c in chars), max(c.x1 for c in chars),
                min(c.top for c in chars), max(c.bottom for c in chars))


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


__all__ = ["Char", "PageFrame", "PageGraphics", "page_chars", "page_graphics",
           "words_from_chars"]
