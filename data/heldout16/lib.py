"""Rendering helpers for the heldout16 set (python-docx, LibreOffice, reportlab).

Documents are described as lists of blocks; each renderer turns the blocks into a file.
Block kinds:
  ("p", text, {bold, italic, color, align, size, indent, style})
  ("runs", [(text, {bold, italic, color})...], {align, indent})
  ("h", text, level)
  ("table", rows, {header, widths, spans, shade, size})  rows: list of lists; a row given
        as ("span", text) is a section row merged across all columns
  ("br",)  page break
"""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
         "center": WD_ALIGN_PARAGRAPH.CENTER, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def _hex(c):
    return RGBColor.from_string(c) if c else None


def _fmt_run(run, o):
    if o.get("bold"):
        run.bold = True
    if o.get("italic"):
        run.italic = True
    if o.get("color"):
        run.font.color.rgb = _hex(o["color"])
    if o.get("size"):
        run.font.size = Pt(o["size"])
    if o.get("underline"):
        run.underline = True


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _fixed_date_props(doc):
    cp = doc.core_properties
    import datetime
    cp.created = datetime.datetime(2024, 1, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2024, 1, 1, 9, 0, 0)
    cp.author = "Information Governance"
    cp.last_modified_by = "Information Governance"
    cp.revision = 1


def build_docx(path, blocks, font="Arial", size=11, header=None, footer=None,
               margins_cm=2.2, header_align="right"):
    doc = Document()
    _fixed_date_props(doc)
    st = doc.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(2.0)
        if header:
            hp = s.header.paragraphs[0]
            first = True
            for line in header:
                p = hp if first else s.header.add_paragraph()
                first = False
                txt, o = (line, {}) if isinstance(line, str) else line
                r = p.add_run(txt)
                _fmt_run(r, o)
                p.alignment = ALIGN[o.get("align", header_align)]
        if footer:
            fp = s.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = fp.add_run(footer)
            r.font.size = Pt(8)
    for b in blocks:
        kind = b[0]
        if kind == "p":
            o = b[2] if len(b) > 2 else {}
            p = doc.add_paragraph(style=o.get("style")) if o.get("style") else doc.add_paragraph()
            if o.get("align"):
                p.alignment = ALIGN[o["align"]]
            if o.get("indent"):
                p.paragraph_format.left_indent = Cm(o["indent"])
            if b[1]:
                lines = b[1].split("\n")
                for i, ln in enumerate(lines):
                    r = p.add_run(ln)
                    _fmt_run(r, o)
                    if i < len(lines) - 1:
                        r.add_break()
        elif kind == "runs":
            o = b[2] if len(b) > 2 else {}
            p = doc.add_paragraph(style=o.get("style")) if o.get("style") else doc.add_paragraph()
            if o.get("align"):
                p.alignment = ALIGN[o["align"]]
            if o.get("indent"):
                p.paragraph_format.left_indent = Cm(o["indent"])
            for txt, ro in b[1]:
                r = p.add_run(txt)
                _fmt_run(r, ro)
        elif kind == "h":
            h = doc.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
            for r in h.runs:
                r.font.name = font
        elif kind == "table":
            rows = b[1]
            o = b[2] if len(b) > 2 else {}
            ncols = max(len(r) for r in rows if not (isinstance(r, tuple) and r[0] == "span"))
            t = doc.add_table(rows=0, cols=ncols)
            t.style = o.get("style", "Table Grid")
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for ri, row in enumerate(rows):
                cells = t.add_row().cells
                if isinstance(row, tuple) and row[0] == "span":
                    m = cells[0].merge(cells[-1])
                    m.text = ""
                    r = m.paragraphs[0].add_run(row[1])
                    r.bold = True
                    if o.get("span_fill"):
                        _shade(m, o["span_fill"])
                    continue
                for ci, val in enumerate(row):
                    cell = cells[ci]
                    cell.text = ""
                    lines = str(val).split("\n")
                    for li, ln in enumerate(lines):
                        p = cell.paragraphs[0] if li == 0 else cell.add_paragraph()
                        r = p.add_run(ln)
                        if o.get("size"):
                            r.font.size = Pt(o["size"])
                        if ri == 0 and o.get("header", True):
                            r.bold = True
                        if o.get("answer_col") is not None and ci == o["answer_col"] and ri > 0 and o.get("answer_color"):
                            r.font.color.rgb = _hex(o["answer_color"])
                    if ri == 0 and o.get("header", True) and o.get("header_fill"):
                        _shade(cell, o["header_fill"])
                    if o.get("right_cols") and ci in o["right_cols"] and ri > 0:
                        for p in cell.paragraphs:
                            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if o.get("widths"):
                for row in t.rows:
                    for ci, w in enumerate(o["widths"]):
                        if ci < len(row.cells):
                            row.cells[ci].width = Cm(w)
            doc.add_paragraph()
        elif kind == "br":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(path)


def docx_to_pdf(docx_path, pdf_path):
    tmp = tempfile.mkdtemp(prefix="w16_")
    try:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/prof",
                        "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        out = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.move(out, pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
