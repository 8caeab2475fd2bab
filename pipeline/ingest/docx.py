"""Read Word (DOCX) responses: paragraphs and tables in body order, with list numbers.

Things python-docx's convenience API gets wrong for our purpose, handled here by walking
the XML ourselves:

- `document.paragraphs` and `document.tables` are separate lists; a table that sits
  between question 3 and question 4 must stay there, so we walk `w:body` in order.
- The "1." or "a)" a reader sees in front of a question is Word's automatic numbering,
  kept in numbering.xml and not in the paragraph's text (see `wordnumbering`).
- `paragraph.text` ignores tracked changes; we keep inserted and moved-to text (`w:ins`,
  `w:moveTo`) and drop deleted and moved-from text (`w:del`, `w:moveFrom`) and deleted
  table rows, which is what the document says once changes are accepted.
- Text boxes (`w:txbxContent`) are not paragraphs of the body. Word stores each one twice,
  as DrawingML (`mc:Choice`) and as VML for old readers (`mc:Fallback`); we read it once,
  as paragraphs right after the paragraph it is anchored to.
- Letter references and dates often sit in the page header or footer. Their text is put
  at the top, each distinct header or footer once however many sections repeat it.

Comments, footnotes and endnotes are not read: they are not part of the response's text.
"""
from __future__ import annotations

import io
import itertools
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from pipeline.errors import IngestError
from pipeline.ingest.layout import TextBuilder, flatten_cell, flatten_table
from pipeline.ingest.sniff import OLE_MAGIC
from pipeline.ingest.text import document_id
from pipeline.ingest.wordnumbering import ListNumberer, read_numbering
from pipeline.model import Document, Page

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _w(tag: str) -> str:
    return _W + tag


# --- Runs and paragraphs ---------------------------------------------------------------

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
    reads "yes". Hyperlinks, fields and content controls contribute their text; text
    boxes and comments do not (text boxes are read by `text_boxes`).
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


def text_boxes(p) -> list:
    """The text boxes anchored in paragraph `p`, each once, outermost only.

    Word writes `<mc:AlternateContent><mc:Choice>...<w:txbxContent>` and the same box
    again under `mc:Fallback`; the fallback copy is skipped when the choice has one. A
    box inside another box is read with its parent's paragraphs.
    """
    boxes = []
    for box in p.iter(_w("txbxContent")):
        ancestors = []
        for ancestor in box.iterancestors():
            if ancestor is p:
                break
            ancestors.append(ancestor)
        if any(a.tag == _w("txbxContent") for a in ancestors):
            continue
        if any(a.tag == _MC + "Fallback" and _choice_has_text_box(a) for a in ancestors):
            continue
        boxes.append(box)
    return boxes


def _choice_has_text_box(fallback) -> bool:
    alternate = fallback.getparent()
    return alternate is not None and any(
        True for choice in alternate.findall(_MC + "Choice")
        for _ in choice.iter(_w("txbxContent")))


# --- Tables ------------------------------------------------------------------------------


def table_rows(tbl) -> Iterator:
    """The rows of a table, without rows deleted as a tracked change."""
    for tr in iter_children(tbl, {_w("tr")}):
        tr_pr = tr.find(_w("trPr"))
        if tr_pr is not None and tr_pr.find(_w("del")) is not None:
            continue
        yield tr


def is_merge_continuation(tc) -> bool:
    """True for a cell that continues a vertical (or legacy horizontal) merge."""
    tc_pr = tc.find(_w("tcPr"))
    for tag in ("vMerge", "hMerge"):
        node = tc_pr.find(_w(tag)) if tc_pr is not None else None
        if node is not None and node.get(_w("val"), "continue") == "continue":
            return True
    return False


def row_cells(tr, numberer: ListNumberer) -> list[str]:
    """A row's cell texts; merge continuations stay empty so columns keep their places."""
    return ["" if is_merge_continuation(tc) else cell_text(tc, numberer)
            for tc in iter_children(tr, {_w("tc")})]


def cell_text(tc, numberer: ListNumberer) -> str:
    """A cell's text on one line: its paragraphs, text boxes and nested tables in order.

    A table nested in the cell reads row by row ("Health 46%; Education 54%").
    """
    pieces = []
    for child in iter_children(tc, {_w("p"), _w("tbl")}):
        if child.tag == _w("p"):
            pieces.append(numberer.label(child) + paragraph_text(child))
            pieces.extend(flatten_cell(paragraph_text(inner) for inner in
                                       iter_children(box, {_w("p")}))
                          for box in text_boxes(child))
        else:
            pieces.append(flatten_table(row_cells(tr, numberer) for tr in table_rows(child)))
    return flatten_cell(pieces)


# --- Walking a story (the body, a header, a text box) ----------------------------------


@dataclass
class _Walk:
    """What stays the same while one story is rendered, and the counters that do not."""

    out: TextBuilder
    numberer: ListNumberer
    where: str = ""  # locator prefix: "" for the body, "header 1 ", "text box 2 "
    skip_blank: bool = False  # headers and footers: empty paragraphs are only spacing
    paragraphs: int = 0
    tables: int = 0


def render_story(container, walk: _Walk, boxes: Iterator[int]) -> None:
    """Write the paragraphs and tables of `container` in order, each paragraph followed by
    its text boxes. `boxes` numbers text boxes through the whole document, so that each
    locator ("text box 3 paragraph 1") names one box."""
    for element in iter_children(container, {_w("p"), _w("tbl")}):
        if element.tag == _w("p"):
            walk.paragraphs += 1
            text = walk.numberer.label(element) + paragraph_text(element)
            if text.strip() or not walk.skip_blank:
                walk.out.paragraph(text, f"{walk.where}paragraph {walk.paragraphs}")
            for box in text_boxes(element):
                inner = _Walk(walk.out, walk.numberer, f"text box {next(boxes)} ",
                              skip_blank=True)
                render_story(box, inner, boxes)
        else:
            walk.tables += 1
            walk.out.table((row_cells(tr, walk.numberer) for tr in table_rows(element)),
                           f"{walk.where}table {walk.tables}")


def section_parts(document) -> Iterator[tuple[str, object]]:
    """("header" | "footer", root element) for each header and footer part, in section
    order, each part once (sections that share a header point at the same part)."""
    seen = set()
    related = document.part.related_parts
    for sect_pr in document.element.body.iter(_w("sectPr")):
        if sect_pr.getparent().tag == _w("sectPrChange"):
            continue  # the section as it was before a tracked change
        for kind in ("header", "footer"):
            for ref in sect_pr.findall(_w(f"{kind}Reference")):
                rid = ref.get(_R + "id")
                if rid in related and rid not in seen:
                    seen.add(rid)
                    yield kind, related[rid].element


def render_headers_and_footers(document, numbering, boxes: Iterator[int]) -> TextBuilder:
    """Headers, then footers, each distinct text once: "Our ref: FOI-0877" printed on
    every page of every section is one line at the top of the text."""
    out = TextBuilder()
    seen: set[str] = set()
    counts = {"header": 0, "footer": 0}
    for kind in ("header", "footer"):
        for part_kind, root in section_parts(document):
            if part_kind != kind:
                continue
            part = TextBuilder()
            counts[kind] += 1
            render_story(root, _Walk(part, ListNumberer(numbering), f"{kind} {counts[kind]} ",
                                     skip_blank=True), boxes)
            text = part.text()
            if text.strip() and text not in seen:
                seen.add(text)
                out.extend(text, part.blocks)
    return out


# --- Opening the file ----------------------------------------------------------------


def open_docx(path: Path, data: bytes):
    """The python-docx Document; anything that is not a readable DOCX is an IngestError."""
    if data.startswith(OLE_MAGIC):
        raise IngestError(
            "is an old-format Word file (.doc) or a password-protected document",
            path=str(path),
            hint="if it is an old Word file, rename it to .doc so that LibreOffice converts "
                 "it; if it has a password, remove it in Word and save it as DOCX",
        )
    try:
        return docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, EOFError,
            zlib.error, etree.XMLSyntaxError) as exc:
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
    A header reading "Our ref: FOI-0877" comes first, followed by a blank line.
    """
    document = open_docx(path, data)
    numbering = read_numbering(related_element(document, RT.NUMBERING),
                               related_element(document, RT.STYLES))
    boxes = itertools.count(1)
    body = TextBuilder()
    render_story(document.element.body, _Walk(body, ListNumberer(numbering)), boxes)
    if not body.text().strip():
        raise IngestError(
            "contains no text in its body",
            path=str(path),
            hint="check that the right file was saved; if the text is in an image, "
                 "export the document to PDF and OCR it",
        )
    out = render_headers_and_footers(document, numbering, boxes)
    if out.pos:
        out.write("\n")
    out.extend(body.text(), body.blocks)
    text = out.text()
    return Document(
        doc_id=document_id(data),
        source_file=source_name,
        format="docx",
        text=text,
        pages=(Page(1, 0, len(text)),),
        blocks=tuple(out.blocks),
        warnings=declared_dtd(data),
    )


def declared_dtd(data: bytes) -> tuple[str, ...]:
    """A warning when a part of the file declares a DTD, which Word never writes: its
    entities (external files, or a "billion laughs" expansion) were not expanded."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = [i.filename for i in archive.infolist()
                     if i.filename.endswith((".xml", ".rels")) and i.file_size < 64 * 1024 * 1024]
            flagged = [n for n in names if b"<!DOCTYPE" in archive.open(n).read(4096)]
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError, zlib.error):
        return ()
    if not flagged:
        return ()
    return (f"declares a DTD in {', '.join(flagged[:3])}, which Word never writes: its entities "
            "were not expanded, so text that depends on them is missing; if the answers look "
            "incomplete, open the file in Word and save it again",)
