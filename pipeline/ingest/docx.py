"""Read Word (DOCX) responses: paragraphs and tables in body order, with list numbers.

Three things python-docx's convenience API gets wrong for our purpose, handled here by
walking the XML ourselves:

- `document.paragraphs` and `document.tables` are separate lists; a table that sits
  between question 3 and question 4 must stay there, so we walk `w:body` in order.
- The "1." or "a)" a reader sees in front of a question is Word's automatic numbering,
  kept in numbering.xml and not in the paragraph's text. `ListNumberer` replays it.
- `paragraph.text` ignores tracked changes; we keep inserted text (`w:ins`) and drop
  deleted text (`w:del`), which is what the document says once changes are accepted.

Headers, footers, comments, footnotes and text boxes are not read.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Mapping

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from pipeline.errors import IngestError
from pipeline.ingest.text import document_id, normalise_text
from pipeline.model import Block, Document, Page

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc files and encrypted .docx


def _w(tag: str) -> str:
    return _W + tag


def _val(element, child: str) -> str | None:
    """The w:val of `element`'s child `child`, or None when there is no such child."""
    node = element.find(_w(child)) if element is not None else None
    return None if node is None else node.get(_w("val"))


def _int(value: str | None, default: int | None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


# --- Numbering definitions ------------------------------------------------------------


@dataclass(frozen=True)
class Level:
    """One level of a list definition (`w:lvl`)."""

    start: int = 0  # ECMA-376: an absent w:start means 0
    fmt: str = "decimal"
    text: str = ""  # w:lvlText, e.g. "%1." or "(%2)"
    restart: int | None = None  # w:lvlRestart; None restarts after any shallower level
    legal: bool = False  # w:isLgl: show every referenced level as a decimal
    style: str = ""  # w:pStyle: the paragraph style that selects this level


@dataclass(frozen=True)
class ListInstance:
    """A `w:num`: which abstract list it counts in, with its level overrides."""

    abstract_id: str
    levels: Mapping[int, Level]
    start_overrides: Mapping[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Numbering:
    """Everything needed to number a paragraph, read once per document."""

    instances: Mapping[str, ListInstance]
    style_numbering: Mapping[str, tuple[str | None, int | None]]  # styleId -> numId, ilvl
    default_style: str = ""


def read_level(lvl) -> Level:
    return Level(
        start=_int(_val(lvl, "start"), 0),
        fmt=_val(lvl, "numFmt") or "decimal",
        text=_val(lvl, "lvlText") or "",
        restart=_int(_val(lvl, "lvlRestart"), None),
        legal=lvl.find(_w("isLgl")) is not None
        and _val(lvl, "isLgl") not in ("0", "false", "off"),
        style=_val(lvl, "pStyle") or "",
    )


def read_levels(parent) -> dict[int, Level]:
    return {_int(lvl.get(_w("ilvl")), 0): read_level(lvl) for lvl in parent.findall(_w("lvl"))}


def read_style_numbering(styles) -> tuple[dict[str, tuple[str | None, int | None]], str]:
    """Each paragraph style's numbering (numId, ilvl), following `w:basedOn`.

    A "List Number" style usually carries `<w:numPr><w:numId w:val="5"/></w:numPr>`, so
    its paragraphs are numbered though they have no numbering of their own.
    """
    if styles is None:
        return {}, ""
    own: dict[str, tuple[str | None, int | None]] = {}
    parent: dict[str, str] = {}
    default = ""
    # Numbering styles (w:type="numbering") are read too: numStyleLink points at them.
    for style in styles.findall(_w("style")):
        style_id = style.get(_w("styleId")) or ""
        is_paragraph = style.get(_w("type")) == "paragraph"
        if is_paragraph and style.get(_w("default")) in ("1", "true", "on"):
            default = style_id
        parent[style_id] = _val(style, "basedOn") or ""
        num_pr = style.find(f"{_w('pPr')}/{_w('numPr')}")
        if num_pr is not None:
            own[style_id] = (_val(num_pr, "numId"), _int(_val(num_pr, "ilvl"), None))
    resolved = {}
    for style_id in parent:
        current, seen = style_id, set()
        while current and current not in own and current not in seen:
            seen.add(current)
            current = parent.get(current, "")
        if current in own:
            resolved[style_id] = own[current]
    return resolved, default


def read_numbering(numbering, styles) -> Numbering:
    """Parse numbering.xml (may be None) with the styles it links to."""
    style_numbering, default_style = read_style_numbering(styles)
    if numbering is None:
        return Numbering({}, style_numbering, default_style)
    abstracts = {a.get(_w("abstractNumId")): a for a in numbering.findall(_w("abstractNum"))}
    nums = {n.get(_w("numId")): n for n in numbering.findall(_w("num"))}

    def abstract_of(num, depth: int = 0) -> str | None:
        abstract_id = _val(num, "abstractNumId")
        link = _val(abstracts.get(abstract_id), "numStyleLink")
        # A numStyleLink points at a numbering style whose own num holds the levels.
        if link and depth < 3:
            linked_num = nums.get(style_numbering.get(link, (None, None))[0])
            if linked_num is not None and linked_num is not num:
                return abstract_of(linked_num, depth + 1)
        return abstract_id

    instances = {}
    for num_id, num in nums.items():
        abstract_id = abstract_of(num)
        if abstract_id not in abstracts:
            continue
        levels = read_levels(abstracts[abstract_id])
        overrides = {}
        for override in num.findall(_w("lvlOverride")):
            ilvl = _int(override.get(_w("ilvl")), 0)
            start = _int(_val(override, "startOverride"), None)
            if start is not None:
                overrides[ilvl] = start
            levels.update({ilvl: level for level in read_levels(override).values()})
        instances[num_id] = ListInstance(abstract_id, levels, overrides)
    return Numbering(instances, style_numbering, default_style)


def paragraph_numbering(p, numbering: Numbering) -> tuple[str, int] | None:
    """The (numId, ilvl) a paragraph is numbered with, directly or through its style."""
    ppr = p.find(_w("pPr"))
    style_id = _val(ppr, "pStyle") or numbering.default_style
    direct = ppr.find(_w("numPr")) if ppr is not None else None
    style_num, style_ilvl = numbering.style_numbering.get(style_id, (None, None))
    num_id = _val(direct, "numId") if direct is not None else None
    num_id = num_id if num_id is not None else style_num
    instance = numbering.instances.get(num_id) if num_id not in (None, "0") else None
    if instance is None:
        return None
    ilvl = _int(_val(direct, "ilvl"), None) if direct is not None else None
    if ilvl is None:
        ilvl = style_ilvl
    if ilvl is None:  # a style-linked list picks the level whose w:pStyle is this style
        ilvl = next((i for i, lv in instance.levels.items() if lv.style == style_id), 0)
    return num_id, ilvl


# --- Rendering numbers ---------------------------------------------------------------


def to_roman(n: int) -> str:
    """Lower-case Roman numerals, as Word's lowerRoman format writes them.

    >>> to_roman(14)
    'xiv'
    """
    out = []
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                           (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"),
                           (5, "v"), (4, "iv"), (1, "i")):
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def to_letters(n: int) -> str:
    """Word's letter numbering: a..z, then aa, bb, ... (27 -> "aa")."""
    if n < 1:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """A counter in a `w:numFmt`; formats we do not know fall back to decimal.

    >>> [format_number(4, f) for f in ("decimal", "lowerLetter", "upperRoman", "none")]
    ['4', 'd', 'IV', '']
    """
    if fmt == "lowerLetter":
        return to_letters(n)
    if fmt == "upperLetter":
        return to_letters(n).upper()
    if fmt == "lowerRoman":
        return to_roman(n) if n > 0 else str(n)
    if fmt == "upperRoman":
        return to_roman(n).upper() if n > 0 else str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


_LEVEL_REF = re.compile(r"%([1-9])")


def render_label(level: Level, levels: Mapping[int, Level], counters: Mapping[int, int]) -> str:
    """The label Word shows for a paragraph, e.g. "Q%1" -> "Q3", "%1.%2" -> "2.1".

    Bullets of any glyph become "-"; an empty label (numFmt "none") becomes "".
    """
    if level.fmt == "bullet":
        return "-"

    def number(match: re.Match) -> str:
        ref = int(match.group(1)) - 1
        ref_level = levels.get(ref, Level(start=1))
        value = counters.get(ref, ref_level.start)
        return format_number(value, "decimal" if level.legal else ref_level.fmt)

    return _LEVEL_REF.sub(number, level.text).strip()


class ListNumberer:
    """Replays Word's list counters through a document, one paragraph at a time.

    Counters belong to the abstract list, not to the `w:num`: two nums over one abstract
    list continue each other, as in Word, unless a num restarts a level with
    `w:startOverride` (applied the first time that num is used at that level).
    """

    def __init__(self, numbering: Numbering):
        self.numbering = numbering
        self.counters: dict[str, dict[int, int]] = {}
        self.seen: set[tuple[str, int]] = set()

    def label(self, p) -> str:
        """The label for paragraph `p` followed by a space, or "" when it has none."""
        found = paragraph_numbering(p, self.numbering)
        if found is None:
            return ""
        num_id, ilvl = found
        instance = self.numbering.instances[num_id]
        level = instance.levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(instance.abstract_id, {})
        if (num_id, ilvl) not in self.seen:
            self.seen.add((num_id, ilvl))
            if ilvl in instance.start_overrides:
                counters[ilvl] = instance.start_overrides[ilvl] - 1
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [k for k in counters if k > ilvl]:
            restart = instance.levels.get(deeper, Level()).restart
            if restart is None or (restart > 0 and ilvl < restart):
                del counters[deeper]
        text = render_label(level, instance.levels, counters)
        return f"{text} " if text else ""


# --- Walking the body ----------------------------------------------------------------

_WRAPPERS = {_w("sdt"), _w("sdtContent"), _w("customXml"), _w("smartTag")}
_NOT_TEXT = {_w("pPr"), _w("rPr"), _w("del"), _w("moveFrom"), _w("sdtPr"), _w("sdtEndPr"),
             _w("customXmlPr"), _w("smartTagPr"), _MC + "Choice"}
_BREAKS_WITHOUT_TEXT = {"page", "column"}


def iter_children(parent, wanted: set[str]) -> Iterator:
    """Children of `parent` with a tag in `wanted`, looking inside content controls."""
    for child in parent:
        if child.tag in wanted:
            yield child
        elif child.tag in _WRAPPERS:
            yield from iter_children(child, wanted)


def run_piece(node) -> str:
    """The text one child of a `w:r` contributes."""
    tag = node.tag
    if tag == _w("t"):
        return node.text or ""
    if tag in (_w("tab"), _w("ptab")):
        return "\t"
    if tag == _w("br"):
        return "" if node.get(_w("type")) in _BREAKS_WITHOUT_TEXT else "\n"
    if tag == _w("cr"):
        return "\n"
    if tag == _w("noBreakHyphen"):
        return "-"
    return ""


def paragraph_text(p) -> str:
    """A paragraph's visible text with tracked changes accepted.

    `<w:del><w:r><w:delText>no</w:delText></w:r></w:del><w:ins><w:r><w:t>yes</w:t>...`
    reads "yes". Hyperlinks, fields and content controls contribute their text.
    """
    pieces: list[str] = []

    def collect(element) -> None:
        for child in element:
            if child.tag == _w("r"):
                pieces.extend(run_piece(node) for node in child)
            elif child.tag not in _NOT_TEXT and isinstance(child.tag, str):
                collect(child)

    collect(p)
    return "".join(pieces)


def is_merge_continuation(tc) -> bool:
    """True for a cell that continues a vertical (or legacy horizontal) merge."""
    tc_pr = tc.find(_w("tcPr"))
    for tag in ("vMerge", "hMerge"):
        node = tc_pr.find(_w(tag)) if tc_pr is not None else None
        if node is not None and node.get(_w("val"), "continue") == "continue":
            return True
    return False


def cell_text(tc, numberer: ListNumberer) -> str:
    """A cell's text on one line: paragraphs and nested tables joined by spaces."""
    pieces = []
    for child in iter_children(tc, {_w("p"), _w("tbl")}):
        if child.tag == _w("p"):
            pieces.append(numberer.label(child) + paragraph_text(child))
        else:
            for tr in iter_children(child, {_w("tr")}):
                pieces.extend(cell_text(inner, numberer)
                              for inner in iter_children(tr, {_w("tc")})
                              if not is_merge_continuation(inner))
    flat = (normalise_text(piece).replace("\n", " ").strip() for piece in pieces)
    return " ".join(piece for piece in flat if piece)


def join_cells(cells: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """One table row as a line, with each cell's span in that line.

    >>> join_cells(["Q4", "", "1969"])
    ('Q4 |  | 1969', [(0, 2), (5, 5), (8, 12)])
    """
    spans, pos = [], 0
    for i, cell in enumerate(cells):
        if i:
            pos += 3
        spans.append((pos, pos + len(cell)))
        pos += len(cell)
    return " | ".join(cells), spans


@dataclass
class _Output:
    """The text being built, with the blocks that point into it."""

    parts: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    pos: int = 0

    def write(self, text: str) -> int:
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return start


def write_table(tbl, table_no: int, out: _Output, numberer: ListNumberer) -> None:
    """Each row one line of " | "-joined cells, then a blank line.

    Merge continuations stay as empty cells so columns keep their places; rows where
    every cell is empty are left out.
    """
    wrote = False
    for row_no, tr in enumerate(iter_children(tbl, {_w("tr")}), start=1):
        cells = ["" if is_merge_continuation(tc) else cell_text(tc, numberer)
                 for tc in iter_children(tr, {_w("tc")})]
        if not any(cells):
            continue
        line, spans = join_cells(cells)
        line = line.rstrip(" \t")
        start = out.write(line + "\n")
        wrote = True
        for cell_no, (a, b) in enumerate(spans, start=1):
            if a < b:
                out.blocks.append(Block(start + a, start + b,
                                        f"table {table_no} row {row_no} cell {cell_no}"))
    if wrote:
        out.write("\n")


def render_body(body, numberer: ListNumberer) -> tuple[str, tuple[Block, ...]]:
    """The text of `w:body` in order, with a block per paragraph and per table cell."""
    out = _Output()
    paragraph_no = table_no = 0
    for element in iter_children(body, {_w("p"), _w("tbl")}):
        if element.tag == _w("p"):
            paragraph_no += 1
            text = normalise_text(numberer.label(element) + paragraph_text(element))
            start = out.write(text + "\n")
            if text.strip():
                out.blocks.append(Block(start, start + len(text), f"paragraph {paragraph_no}"))
        else:
            table_no += 1
            write_table(element, table_no, out, numberer)
    return "".join(out.parts), tuple(out.blocks)


# --- Opening the file ----------------------------------------------------------------


def open_docx(path: Path, data: bytes):
    """The python-docx Document; anything that is not a readable DOCX is an IngestError."""
    if data.startswith(_OLE_MAGIC):
        raise IngestError(
            "is an old-format Word file (.doc) or a password-protected document",
            path=str(path),
            hint="open it in Word or LibreOffice, remove any password, and save it as DOCX",
        )
    try:
        return docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError,
            etree.XMLSyntaxError) as exc:
        detail = re.sub(r"^file '<[^>]*>' ", "", str(exc))  # drop python-docx's BytesIO repr
        raise IngestError(
            f"is not a readable DOCX file; it may be corrupt or another format ({detail})",
            path=str(path),
            hint="open it in Word or LibreOffice and save it again as DOCX, PDF or TXT",
        ) from exc


def related_element(document, reltype: str):
    """The root element of a part related to the main document, or None."""
    try:
        return document.part.part_related_by(reltype).element
    except (KeyError, AttributeError):
        return None


def ingest_docx(path: Path, data: bytes, source_name: str) -> Document:
    """Read a Word response into a `Document` with one page covering the text.

    A question list typed with Word's numbering button has no "1." in its XML text; the
    text here reads "1. Please provide ..." as the requester saw it, and a table of
    answers between two paragraphs stays between them, one " | "-joined line per row.
    """
    document = open_docx(path, data)
    numbering = read_numbering(related_element(document, RT.NUMBERING),
                               related_element(document, RT.STYLES))
    text, blocks = render_body(document.element.body, ListNumberer(numbering))
    if not text.strip():
        raise IngestError(
            "contains no text in its body (headers, footers and text boxes are not read)",
            path=str(path),
            hint="check that the right file was saved; if the text is in an image, "
                 "export the document to PDF and OCR it",
        )
    return Document(
        doc_id=document_id(data),
        source_file=source_name,
        format="docx",
        text=text,
        pages=(Page(1, 0, len(text)),),
        blocks=blocks,
    )
