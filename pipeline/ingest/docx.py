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

The package is opened here too (`read_package`): python-docx builds an object for every
part and parses each XML part, which cost more than reading the text. `read_package` reads
and checks exactly what python-docx would (every part the relationships reach, each XML part
parsed with python-docx's own parser) and builds nothing else; the numbering definitions of
a template seen before (styles.xml is 350 KB in python-docx's own template, the same in
every file made from it) are taken from a small cache keyed by the parts' bytes. A package
it finds anything unusual in is opened by python-docx, so a broken file fails as before,
with python-docx's words.
"""
from __future__ import annotations

import io
import itertools
import posixpath
import re
from collections import OrderedDict
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.part import PartFactory, XmlPart
from docx.oxml.parser import parse_xml
from lxml import etree

from pipeline.errors import IngestError
from pipeline.ingest.layout import TextBuilder, flatten_cell, flatten_table
from pipeline.ingest.sniff import OLE_MAGIC
from pipeline.ingest.text import document_id
from pipeline.ingest.wordnumbering import ListNumberer, Numbering, read_numbering
from pipeline.limits import take_unpacked
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


def section_parts(root, related: dict) -> Iterator[tuple[str, object]]:
    """("header" | "footer", root element) for each header and footer part, in section
    order, each part once (sections that share a header point at the same part).
    `root`: the w:document element; `related`: the document part's internal relationships,
    rId -> part (an object with `.element`)."""
    seen = set()
    for sect_pr in root.body.iter(_w("sectPr")):
        if sect_pr.getparent().tag == _w("sectPrChange"):
            continue  # the section as it was before a tracked change
        for kind in ("header", "footer"):
            for ref in sect_pr.findall(_w(f"{kind}Reference")):
                rid = ref.get(_R + "id")
                if rid in related and rid not in seen:
                    seen.add(rid)
                    yield kind, related[rid].element


def render_headers_and_footers(root, related: dict, numbering, boxes: Iterator[int]) -> TextBuilder:
    """Headers, then footers, each distinct text once: "Our ref: FOI-0877" printed on
    every page of every section is one line at the top of the text."""
    out = TextBuilder()
    seen: set[str] = set()
    counts = {"header": 0, "footer": 0}
    for kind in ("header", "footer"):
        for part_kind, element in section_parts(root, related):
            if part_kind != kind:
                continue
            part = TextBuilder()
            counts[kind] += 1
            render_story(element, _Walk(part, ListNumberer(numbering), f"{kind} {counts[kind]} ",
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


# --- Reading the package without python-docx's object model ------------------------------

_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_PR_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
#: the parser python-docx reads [Content_Types].xml and .rels files with
_OPC_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
#: numbering definitions by the bytes of (numbering.xml, styles.xml), for the last templates
_NUMBERING: OrderedDict[tuple[bytes | None, bytes | None], Numbering] = OrderedDict()
NUMBERING_CACHE = 8


class Unusual(Exception):
    """Something `read_package` leaves to python-docx (which may accept it or fail)."""


@dataclass(frozen=True)
class _Part:
    element: object


@dataclass(frozen=True)
class Package:
    """What the reader needs of a DOCX: the w:document element, the document part's
    internal relationships (rId -> part with `.element`) and its list numbering."""

    root: object
    related: dict
    numbering: Numbering


def _numbering(numbering: bytes | None, styles: bytes | None) -> Numbering:
    """`read_numbering` of these parts' bytes; a template seen before is not parsed again
    (its bytes parsed then, so they parse now)."""
    key = (numbering, styles)
    found = _NUMBERING.get(key)
    if found is None:
        found = read_numbering(None if numbering is None else parse_xml(numbering),
                               None if styles is None else parse_xml(styles))
        _NUMBERING[key] = found
        while len(_NUMBERING) > NUMBERING_CACHE:
            _NUMBERING.popitem(last=False)
    else:
        _NUMBERING.move_to_end(key)
    return found


def _rels(read, source: str) -> list[tuple[str, str, bool, str | None]]:
    """(rId, type, external, target part name) of the relationships of part `source` ("/"
    for the package), as python-docx's package reader resolves them; `read(name)` gives a
    member's bytes."""
    base, name = posixpath.split(source)
    try:
        xml = read(posixpath.join(base, "_rels", f"{name}.rels")[1:])
    except KeyError:
        return []
    out = []
    for rel in etree.fromstring(xml, _OPC_PARSER).findall(_PR_NS + "Relationship"):
        external = rel.get("TargetMode", "Internal") == "External"
        target = None if external else posixpath.abspath(posixpath.join(base, rel.get("Target")))
        out.append((rel.get("Id"), rel.get("Type"), external, target))
    return out


def _only(rels: dict, reltype: str) -> str | None:
    """The target part name of the one relationship of `reltype`, or None when there is
    none; several, or an external one, are left to python-docx."""
    matching = [r for r in rels.values() if r[1] == reltype]
    if len(matching) > 1 or (matching and matching[0][2]):
        raise Unusual(reltype)
    return matching[0][3] if matching else None


def read_package(data: bytes, members: dict[str, bytes] | None = None) -> Package:
    """Open a DOCX as python-docx would, reading and parsing the same parts; `Unusual` or
    any reading error when python-docx is to open it instead. `members`: parts already
    inflated (`pipeline.limits.take_unpacked`), by name."""
    members = members or {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        def read(name: str) -> bytes:
            found = members.get(name)
            return archive.read(name) if found is None else found

        types = etree.fromstring(read("[Content_Types].xml"), _OPC_PARSER)
        overrides = {o.get("PartName").lower(): o.get("ContentType")
                     for o in types.findall(_CT_NS + "Override")}
        defaults = {d.get("Extension").lower(): d.get("ContentType")
                    for d in types.findall(_CT_NS + "Default")}

        def content_type(partname: str) -> str:
            if partname.lower() in overrides:
                return overrides[partname.lower()]
            ext = posixpath.splitext(partname)[1]
            ext = (ext[1:] if ext.startswith(".") else ext).lower()
            if ext in defaults:
                return defaults[ext]
            raise Unusual(f"no content type for {partname}")

        parts: dict[str, tuple[str, bytes, list]] = {}  # every part the relationships reach

        def walk(rels: list) -> None:
            for _, reltype, external, partname in rels:
                if external or partname in parts:
                    continue
                parts[partname] = None
                part_rels = _rels(read, partname)
                parts[partname] = (reltype, read(partname[1:]), part_rels)
                walk(part_rels)

        package_rels = _rels(read, "/")
        walk(package_rels)
    xml_parts = {name for name, (reltype, _, _) in parts.items()
                 if reltype != RT.IMAGE and issubclass(PartFactory.part_type_for.get(
                     content_type(name), object), XmlPart)}
    main = _only({r[0]: r for r in package_rels}, RT.OFFICE_DOCUMENT)
    if main is None or content_type(main) != CT.WML_DOCUMENT_MAIN:
        raise Unusual("main document")
    doc_rels = parts[main][2]
    by_id = {r[0]: r for r in doc_rels}
    if len(by_id) != len(doc_rels):
        raise Unusual("relationship ids used twice")
    numbering_name, styles_name = _only(by_id, RT.NUMBERING), _only(by_id, RT.STYLES)
    numbering = _numbering(parts[numbering_name][1] if numbering_name in xml_parts else None,
                           parts[styles_name][1] if styles_name in xml_parts else None)
    elements = {name: parse_xml(parts[name][1]) for name in xml_parts
                if name not in (numbering_name, styles_name)}
    related = {rid: _Part(elements.get(target)) for rid, (_, _, external, target) in by_id.items()
               if not external}
    root = elements[main]
    for kind, element in section_parts(root, related):
        if element is None:  # a header that is not an XML part: python-docx fails on it
            raise Unusual(kind)
    return Package(root, related, numbering)


def open_package(path: Path, data: bytes, members: dict[str, bytes] | None = None) -> Package:
    """The package read by `read_package`, or by python-docx when it finds something
    unusual (python-docx then accepts it, or raises the IngestError of `open_docx`)."""
    if not data.startswith(OLE_MAGIC):
        try:
            return read_package(data, members)
        except MemoryError:
            raise
        except Exception:  # noqa: BLE001 - python-docx reads it again and says what is wrong
            pass
    document = open_docx(path, data)
    return Package(document.element, document.part.related_parts,
                   read_numbering(related_element(document, RT.NUMBERING),
                                  related_element(document, RT.STYLES)))


def ingest_docx(path: Path, data: bytes, source_name: str) -> Document:
    """Read a Word response into a `Document` with one page covering the text.

    A question list typed with Word's numbering button has no "1." in its XML text; the
    text here reads "1. Please provide ..." as the requester saw it, and a table of
    answers between two paragraphs stays between them, one " | "-joined line per row.
    A header reading "Our ref: FOI-0877" comes first, followed by a blank line.
    """
    members = take_unpacked(data)  # inflated by the limits check just before
    package = open_package(path, data, members)
    boxes = itertools.count(1)
    body = TextBuilder()
    render_story(package.root.body, _Walk(body, ListNumberer(package.numbering)), boxes)
    if not body.text().strip():
        raise IngestError(
            "contains no text in its body",
            path=str(path),
            hint="check that the right file was saved; if the text is in an image, "
                 "export the document to PDF and OCR it",
        )
    out = render_headers_and_footers(package.root, package.related, package.numbering, boxes)
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
        warnings=declared_dtd(data, members),
    )


def declared_dtd(data: bytes, members: dict[str, bytes] | None = None) -> tuple[str, ...]:
    """A warning when a part of the file declares a DTD, which Word never writes: its
    entities (external files, or a "billion laughs" expansion) were not expanded.
    `members`: parts already inflated whole, by name."""
    members = members or {}

    def head(archive: zipfile.ZipFile, name: str) -> bytes:
        found = members.get(name)
        return archive.open(name).read(4096) if found is None else found[:4096]

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = [i.filename for i in archive.infolist()
                     if i.filename.endswith((".xml", ".rels")) and i.file_size < 64 * 1024 * 1024]
            flagged = [n for n in names if b"<!DOCTYPE" in head(archive, n)]
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError, zlib.error):
        return ()
    if not flagged:
        return ()
    return (f"declares a DTD in {', '.join(flagged[:3])}, which Word never writes: its entities "
            "were not expanded, so text that depends on them is missing; if the answers look "
            "incomplete, open the file in Word and save it again",)
