"""Build small FOI-like input files for tests: TXT, PDF (reportlab) and DOCX (python-docx).

Every builder writes a real file the way the program that usually makes it would: the PDF
has a text layer, and DOCX lists use Word's automatic numbering from numbering.xml, so the
"1." a reader sees is not in the paragraph text.

    make_docx(tmp_path / "reply.docx", [
        "Freedom of Information response",
        ("numbered", ["How many packages?", ["Of which jointly funded?"], "Annual cost?"]),
        ("table", [["Question", "Answer"], ["4", "1,204"]]),
    ])

`check_document` asserts the invariants every `Document` must keep, whatever its format.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence, Union

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from pipeline.model import Document

# (numFmt, lvlText) for each list level, as Word's default multi-level lists have them.
NUMBERED_LEVELS = [("decimal", "%1."), ("lowerLetter", "%2)"), ("lowerRoman", "(%3)")]
BULLET_LEVELS = [("bullet", "\u2022"), ("bullet", "o"), ("bullet", "\u25aa")]

ListEntries = Sequence[Union[str, "ListEntries"]]
Item = Union[str, tuple]

PDF_FONT = "Helvetica"
PDF_FONT_SIZE = 11
PDF_MARGIN = 72


def make_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    """Write `text` in `encoding` ("utf-8-sig" adds a byte-order mark); newlines as given."""
    path = Path(path)
    path.write_bytes(text.encode(encoding))
    return path


def make_pdf(path: Path, pages: list[str]) -> Path:
    """Write a PDF with a text layer, one PDF page per string; "" makes a blank page.

    Lines longer than the page is wide are wrapped; a page whose text does not fit raises
    ValueError rather than spilling onto an extra page.
    """
    path = Path(path)
    width, height = A4
    pdf = canvas.Canvas(str(path), pagesize=A4)
    leading = PDF_FONT_SIZE * 1.3
    line_width = width - 2 * PDF_MARGIN
    for number, page in enumerate(pages, start=1):
        pdf.setFont(PDF_FONT, PDF_FONT_SIZE)
        y = height - PDF_MARGIN
        for line in page.split("\n"):
            for piece in simpleSplit(line, PDF_FONT, PDF_FONT_SIZE, line_width) or [""]:
                if y < PDF_MARGIN:
                    raise ValueError(f"make_pdf: page {number}'s text does not fit on one page")
                pdf.drawString(PDF_MARGIN, y, piece)
                y -= leading
        pdf.showPage()
    pdf.save()
    return path


def add_abstract_numbering(document, levels: Sequence[tuple[str, str]], start: int = 1) -> str:
    """Add a `w:abstractNum` with one `w:lvl` per (numFmt, lvlText); return its id."""
    numbering = document.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    abstract_id = str(max(ids, default=-1) + 1)
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), abstract_id)
    multi = OxmlElement("w:multiLevelType")
    multi.set(qn("w:val"), "hybridMultilevel" if len(levels) > 1 else "singleLevel")
    abstract.append(multi)
    for ilvl, (fmt, text) in enumerate(levels):
        abstract.append(_level_element(ilvl, fmt, text, start))
    # Schema order: every w:abstractNum comes before the first w:num, or Word refuses it.
    first_num = numbering.find(qn("w:num"))
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)
    return abstract_id


def _level_element(ilvl: int, fmt: str, text: str, start: int):
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), str(ilvl))
    for tag, value in (("w:start", str(start)), ("w:numFmt", fmt), ("w:lvlText", text),
                       ("w:lvlJc", "left")):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        lvl.append(child)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(720 * (ilvl + 1)))
    ind.set(qn("w:hanging"), "360")
    ppr.append(ind)
    lvl.append(ppr)
    return lvl


def add_list_instance(document, abstract_id: str,
                      start_overrides: dict[int, int] | None = None) -> str:
    """Add a `w:num` over `abstract_id`, restarting levels at `start_overrides`; its id."""
    numbering = document.part.numbering_part.element
    num = numbering.add_num(int(abstract_id))
    for ilvl, value in (start_overrides or {}).items():
        num.add_lvlOverride(ilvl=ilvl).add_startOverride(value)
    return str(num.numId)


def set_numbering(paragraph, num_id: str, ilvl: int = 0) -> None:
    """Number `paragraph` with list `num_id` at level `ilvl` (0-based), as Word does."""
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = int(num_id)


def add_list(document, entries: ListEntries, levels: Sequence[tuple[str, str]]) -> str:
    """Add a list that starts afresh; a nested sequence in `entries` is one level deeper."""
    num_id = add_list_instance(document, add_abstract_numbering(document, levels))

    def add(items: ListEntries, ilvl: int) -> None:
        for entry in items:
            if isinstance(entry, str):
                set_numbering(document.add_paragraph(entry, style="List Paragraph"), num_id, ilvl)
            else:
                add(entry, ilvl + 1)

    add(entries, 0)
    return num_id


def add_table(document, rows: Sequence[Sequence[str]]):
    """Add a bordered table; the first row is the header, in bold."""
    n_cols = max(len(row) for row in rows)
    table = document.add_table(rows=len(rows), cols=n_cols)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return table


def make_docx(path: Path, items: Sequence[Item]) -> Path:
    """Write a DOCX from `items`, in order.

    An item is a paragraph (`str`), `("numbered", entries)`, `("bullets", entries)` or
    `("table", rows)`; in a list, a nested list of strings is the next level down.
    """
    path = Path(path)
    document = docx.Document()
    for item in items:
        if isinstance(item, str):
            document.add_paragraph(item)
            continue
        kind, content = item
        if kind == "numbered":
            add_list(document, content, NUMBERED_LEVELS)
        elif kind == "bullets":
            add_list(document, content, BULLET_LEVELS)
        elif kind == "table":
            add_table(document, content)
        else:
            raise ValueError(f"make_docx: unknown item kind {kind!r}")
    document.save(str(path))
    return path


def check_document(doc: Document) -> None:
    """Assert the invariants every reader's output keeps, whatever the format."""
    text = doc.text
    assert text.strip(), "a Document never has empty text"
    assert text.endswith("\n"), "the last paragraph ends with a newline"
    assert "\r" not in text and "\u00a0" not in text
    assert all(line == line.rstrip(" \t") for line in text.split("\n")), "trailing spaces"
    assert len(doc.doc_id) == 64 and doc.doc_id == doc.doc_id.lower()
    assert doc.pages, "every Document has at least one page"
    assert [p.number for p in doc.pages] == list(range(1, len(doc.pages) + 1))
    assert doc.pages[0].char_start == 0 and doc.pages[-1].char_end == len(text)
    for before, after in zip(doc.pages, doc.pages[1:]):
        assert before.char_end == after.char_start, "pages are contiguous and ordered"
    for page in doc.pages:
        assert 0 <= page.char_start <= page.char_end <= len(text)
    for block in doc.blocks:
        assert 0 <= block.char_start <= block.char_end <= len(text), block
        assert block.locator
