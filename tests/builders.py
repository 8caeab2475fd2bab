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

import io
import mimetypes
import subprocess
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Sequence, Union
from xml.sax.saxutils import escape

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
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


def blank_pdf(pages: int) -> bytes:
    """A PDF of `pages` empty A4 pages (no text at all)."""
    import pypdfium2
    pdf = pypdfium2.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(595, 842)
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


def make_pdf(path: Path, pages: list[str]) -> Path:
    """Write a PDF with a text layer, one PDF page per string; "" makes a blank page.

    Lines longer than the page is wide are wrapped; a page whose text does not fit raises
    ValueError rather than spilling onto an extra page.
    """
    path = Path(path)
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for number, page in enumerate(pages, start=1):
        _draw_page_text(pdf, page, number)
        pdf.showPage()
    pdf.save()
    return path


def _draw_page_text(pdf, page: str, number: int) -> None:
    """Draw one page's lines of `make_pdf`, wrapped to the page width."""
    width, height = A4
    leading = PDF_FONT_SIZE * 1.3
    line_width = width - 2 * PDF_MARGIN
    pdf.setFont(PDF_FONT, PDF_FONT_SIZE)
    y = height - PDF_MARGIN
    for line in page.split("\n"):
        for piece in simpleSplit(line, PDF_FONT, PDF_FONT_SIZE, line_width) or [""]:
            if y < PDF_MARGIN:
                raise ValueError(f"make_pdf: page {number}'s text does not fit on one page")
            pdf.drawString(PDF_MARGIN, y, piece)
            y -= leading


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


# --- DOCX parts python-docx has no API for ---------------------------------------------

_TEXT_BOX_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _text_box_content(lines: Sequence[str]) -> str:
    paragraphs = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(line)}</w:t></w:r></w:p>"
                         for line in lines)
    return f"<w:txbxContent>{paragraphs}</w:txbxContent>"


def add_text_box(paragraph, lines: Sequence[str], *, word_2010: bool = True) -> None:
    """Anchor a text box holding `lines` (one paragraph each) in `paragraph`.

    With `word_2010`, the box is written as Word 2010 and later write it: a DrawingML
    shape under `mc:Choice` and the same text again as VML under `mc:Fallback`.
    Without it, only the VML shape, as Word 2003 wrote it.
    """
    content = _text_box_content(lines)
    vml = f"<w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict>"
    if word_2010:
        drawing = (
            "<w:drawing><wp:anchor><a:graphic><a:graphicData uri=\"http://schemas.microsoft."
            "com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:txbx>"
            f"{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>")
        inner = (f"<mc:AlternateContent><mc:Choice Requires=\"wps\">{drawing}</mc:Choice>"
                 f"<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent>")
    else:
        inner = vml
    paragraph._p.append(parse_xml(f"<w:r {_TEXT_BOX_NAMESPACES}>{inner}</w:r>"))


def set_header(section, text: str, *, footer: bool = False) -> None:
    """Give `section` its own header (or footer) reading `text`, not linked to the previous."""
    part = section.footer if footer else section.header
    part.is_linked_to_previous = False
    part.paragraphs[0].text = text


# --- PDFs laid out like real council replies (platypus flow, tables, columns, scans) ---

FlowItem = Union[str, tuple]


def make_flow_pdf(path: Path, items: Sequence[FlowItem], *, header: Sequence[str] = (),
                  footer: Sequence[str] = (), later_header: Sequence[str] = (),
                  font_size: float = 10) -> Path:
    """Write a PDF whose content flows over as many A4 pages as it needs, like Word's.

    An item is a paragraph (`str`), `("page_break",)`, or `("table", rows, options)`: a
    table of wrapped paragraph cells whose first row is a header. Options: `grid` (draw
    ruling lines; default False, Word's borderless table), `widths` (column widths in
    points), `repeat_header` (repeat the header row on every page; default True),
    `split_rows` (let a row break over a page; default False; reportlab draws a split
    row well only in a borderless table without a repeated header), `padding`
    (points above and below each cell's text; default 3) and `valign` (where a cell's
    text sits in a taller row: "TOP", the default, "MIDDLE" or "BOTTOM", reportlab's own
    default).

    `header` and `footer` lines are drawn on every page; "{page}" and "{pages}" in them
    become the page number and the page count ("Page {page} of {pages}").
    `later_header` lines are drawn right-aligned on every page but the first (Word's
    "different first page").
    """
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    style = ParagraphStyle("body", fontName=PDF_FONT, fontSize=font_size,
                           leading=font_size * 1.2, spaceAfter=font_size * 0.6)
    cell_style = ParagraphStyle("cell", parent=style, spaceAfter=0)

    def story():
        flowables = []
        for item in items:
            if isinstance(item, str):
                flowables.append(Paragraph(item, style))
                continue
            if item == ("page_break",):
                flowables.append(PageBreak())
                continue
            kind, rows, options = item
            if kind != "table":
                raise ValueError(f"make_flow_pdf: unknown item kind {kind!r}")
            pad = options.get("padding", 3)
            commands = [("VALIGN", (0, 0), (-1, -1), options.get("valign", "TOP")),
                        ("TOPPADDING", (0, 0), (-1, -1), pad),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
            if options.get("grid"):
                commands.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
            cells = [[Paragraph(c, cell_style) for c in row] for row in rows]
            flowables.append(Table(cells, colWidths=options.get("widths"),
                                   repeatRows=1 if options.get("repeat_header", True) else 0,
                                   splitInRow=1 if options.get("split_rows") else 0,
                                   style=TableStyle(commands), hAlign="LEFT",
                                   spaceBefore=6, spaceAfter=12))
        return flowables

    def build(target, pages: int) -> int:
        width, height = A4

        def decorate(pdf, doc):
            pdf.setFont(PDF_FONT, 8)
            values = {"page": doc.page, "pages": pages}
            for i, line in enumerate(header):
                pdf.drawString(PDF_MARGIN, height - 36 - i * 10, line.format(**values))
            for i, line in enumerate(footer):
                pdf.drawString(PDF_MARGIN, 36 + (len(footer) - 1 - i) * 10,
                               line.format(**values))
            for i, line in enumerate(later_header if doc.page > 1 else ()):
                pdf.drawRightString(width - PDF_MARGIN, height - 36 - i * 10,
                                    line.format(**values))

        doc = SimpleDocTemplate(target, pagesize=A4, leftMargin=PDF_MARGIN,
                                rightMargin=PDF_MARGIN, topMargin=PDF_MARGIN,
                                bottomMargin=PDF_MARGIN)
        doc.build(story(), onFirstPage=decorate, onLaterPages=decorate)
        return doc.page

    pages = build(io.BytesIO(), 0)  # a first pass counts the pages for "{pages}"
    path = Path(path)
    build(str(path), pages)
    return path


def make_two_column_pdf(path: Path, title: str, left: Sequence[str],
                        right: Sequence[str]) -> Path:
    """Write a one-page PDF: `title` across the top, then two columns of paragraphs.

    Paragraphs are wrapped to the column width and separated by a blank line's space;
    the columns' lines share baselines, as in a newsletter set on a grid. A paragraph
    given as a list of rows (tuples of cell texts) is drawn as a ruled table as wide as
    its column.
    """
    path = Path(path)
    width, height = A4
    gutter = 24
    column_width = (width - 2 * PDF_MARGIN - gutter) / 2
    leading = PDF_FONT_SIZE * 1.3
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont(PDF_FONT, PDF_FONT_SIZE)
    pdf.drawString(PDF_MARGIN, height - PDF_MARGIN, title)
    for x, paragraphs in ((PDF_MARGIN, left), (PDF_MARGIN + column_width + gutter, right)):
        y = height - PDF_MARGIN - 2 * leading
        for paragraph in paragraphs:
            if not isinstance(paragraph, str):  # a ruled table in the column
                cell_width, row_height = column_width / len(paragraph[0]), leading * 1.4
                top = y + PDF_FONT_SIZE
                for row in paragraph:
                    for k, cell in enumerate(row):
                        pdf.drawString(x + k * cell_width + 3, y, cell)
                    y -= row_height
                for k in range(len(paragraph) + 1):
                    pdf.line(x, top - k * row_height, x + column_width, top - k * row_height)
                for k in range(len(paragraph[0]) + 1):
                    pdf.line(x + k * cell_width, top, x + k * cell_width, top - len(paragraph) * row_height)
                y -= leading
                continue
            for piece in simpleSplit(paragraph, PDF_FONT, PDF_FONT_SIZE, column_width):
                if y < PDF_MARGIN:
                    raise ValueError("make_two_column_pdf: a column does not fit on the page")
                pdf.drawString(x, y, piece)
                y -= leading
            y -= leading
    pdf.showPage()
    pdf.save()
    return path


def make_scanned_pdf(path: Path, pages: Sequence[str], *, scanned: Sequence[int] | None = None,
                     resolution: int = 300, stamp: str = "") -> Path:
    """Write a PDF like `make_pdf`, but the pages numbered in `scanned` (1-based; default
    all) are pictures of their text with no text layer, as a scanner makes them.

    `stamp`, if given, is drawn as real text in the corner of every scanned page ("{page}"
    becomes its number), as the tools that assemble scans into one PDF often do.
    """
    import pypdfium2
    from reportlab.lib.utils import ImageReader

    path = Path(path)
    scanned = set(range(1, len(pages) + 1) if scanned is None else scanned)
    born_digital = make_pdf(path.with_name(path.stem + "-born-digital.pdf"), list(pages))
    source = pypdfium2.PdfDocument(str(born_digital))
    width, height = A4
    pdf = canvas.Canvas(str(path), pagesize=A4)
    try:
        for number, text in enumerate(pages, start=1):
            if number in scanned:
                image = source[number - 1].render(scale=resolution / 72).to_pil().convert("L")
                pdf.drawImage(ImageReader(image), 0, 0, width, height)
                if stamp:
                    pdf.setFont(PDF_FONT, 8)
                    pdf.drawString(width - PDF_MARGIN, 20, stamp.format(page=number))
            else:
                _draw_page_text(pdf, text, number)
            pdf.showPage()
    finally:
        source.close()
    pdf.save()
    return path


# --- Web pages and e-mails --------------------------------------------------------------


def make_html(path: Path, body: str, *, title: str = "FOI disclosure log",
              charset: str | None = "utf-8", encoding: str = "utf-8") -> Path:
    """Write a web page whose `<body>` is `body`, encoded in `encoding`.

    `charset` is what the page declares in `<meta charset>` (None: no declaration), so a
    page can declare one encoding and be written in another, as badly edited pages are.
    """
    path = Path(path)
    meta = f'<meta charset="{charset}">' if charset else ""
    page = (f"<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>{meta}<title>{title}</title>"
            f"</head>\n<body>\n{body}\n</body>\n</html>\n")
    path.write_bytes(page.encode(encoding))
    return path


Attachment = tuple  # (file name, bytes) or (file name, bytes, "maintype/subtype")


def make_eml(path: Path, body: str | None, *, subject: str = "RE: FOI request",
             sender: str = "Information Governance <foi@council.example>",
             date: str = "Wed, 14 May 2025 10:02:00 +0100", html: str | None = None,
             attachments: Sequence[Attachment] = (), charset: str = "utf-8") -> Path:
    """Write an e-mail as a mail program saves it (.eml, CRLF line ends).

    `body` is the text/plain part and `html` a text/html alternative (either may be None);
    each attachment is added with the MIME type its name suggests unless one is given.
    """
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "requester@example.org"
    message["Subject"] = subject
    message["Date"] = date
    message["Message-ID"] = "<reply-0412@council.example>"
    if body is not None:
        message.set_content(body, charset=charset)
        if html is not None:
            message.add_alternative(html, subtype="html", charset=charset)
    elif html is not None:
        message.set_content(html, subtype="html", charset=charset)
    for name, data, *kind in attachments:
        mime = kind[0] if kind else (mimetypes.guess_type(name)[0]
                                     or "application/octet-stream")
        maintype, subtype = mime.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    path = Path(path)
    path.write_bytes(message.as_bytes(policy=policy.SMTP))
    return path


def soffice_convert(source: Path, target: str, folder: Path) -> Path:
    """Convert `source` with LibreOffice to `target` ("odt", "rtf", "doc:MS Word 97") in
    `folder`; return the new file's path.

    Each call has a LibreOffice profile of its own, under `folder`: a conversion that finds
    another LibreOffice running on the same profile hands its work over and may fail.
    """
    folder = Path(folder)
    profile = (folder / ".soffice-profile").resolve().as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", target, "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=180)
    return folder / f"{Path(source).stem}.{target.split(':')[0]}"


def make_placed_pdf(path: Path, pages: Sequence[Sequence[tuple[float, float, str]]]) -> Path:
    """Write a PDF with each string drawn where a letter template puts it: one list per
    page of (x, y, text), with x from the left edge and y from the top, in points."""
    path = Path(path)
    _, height = A4
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for page in pages:
        pdf.setFont(PDF_FONT, PDF_FONT_SIZE)
        for x, y, text in page:
            pdf.drawString(x, height - y, text)
        pdf.showPage()
    pdf.save()
    return path
