"""Shared helpers for data/heldout12/build.py (DOCX, PDF, EML writers and zip normalising)."""
from __future__ import annotations

import datetime as _dt
import io
import json
import os
import shutil
import subprocess
import tempfile
import zipfile
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")
GOLD = os.path.join(HERE, "gold")

FIXED_DT = _dt.datetime(2026, 12, 3, 12, 0, 0)


def ensure_dirs():
    for d in (RAW, GOLD):
        os.makedirs(d, exist_ok=True)


def normalise_zip(path):
    """Rewrite a zip (docx) with fixed timestamps and sorted entry order kept, so rebuilds match."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 3, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def docx_to_bytes(doc):
    doc.core_properties.created = FIXED_DT
    doc.core_properties.modified = FIXED_DT
    doc.core_properties.last_modified_by = "Information Governance"
    doc.core_properties.revision = 1
    fd, tmp = tempfile.mkstemp(suffix=".docx")
    os.close(fd)
    doc.save(tmp)
    normalise_zip(tmp)
    with open(tmp, "rb") as f:
        data = f.read()
    os.remove(tmp)
    return data


def save_docx(doc, stem):
    path = os.path.join(RAW, stem + ".docx")
    with open(path, "wb") as f:
        f.write(docx_to_bytes(doc))
    return path


def docx_to_pdf(doc, stem):
    """Word -> PDF the way councils do it: LibreOffice headless."""
    tmpdir = tempfile.mkdtemp()
    src = os.path.join(tmpdir, stem + ".docx")
    with open(src, "wb") as f:
        f.write(docx_to_bytes(doc))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    shutil.copy(os.path.join(tmpdir, stem + ".pdf"), os.path.join(RAW, stem + ".pdf"))
    shutil.rmtree(tmpdir)


def html_to_pdf(html, stem):
    """Web page -> PDF with headless Chromium (no browser header/footer)."""
    tmpdir = tempfile.mkdtemp()
    src = os.path.join(tmpdir, stem + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    out = os.path.join(RAW, stem + ".pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + out, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    shutil.rmtree(tmpdir)


def write_eml(stem, *, from_name, from_addr, to, subject, date, body, message_id,
              attachments=(), in_reply_to=None, extra_headers=()):
    if attachments:
        msg = MIMEMultipart("mixed", boundary="=_heldout12_" + stem + "_boundary")
        msg.attach(MIMEText(body, "plain", "utf-8"))
        for fname, data, maintype, subtype in attachments:
            part = MIMEApplication(data, _subtype=subtype)
            part.add_header("Content-Disposition", "attachment", filename=fname)
            if maintype != "application":
                part.replace_header("Content-Type", f"{maintype}/{subtype}")
            msg.attach(part)
    else:
        msg = MIMEText(body, "plain", "utf-8")
    msg["From"] = formataddr((from_name, from_addr))
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in extra_headers:
        msg[k] = v
    path = os.path.join(RAW, stem + ".eml")
    with open(path, "wb") as f:
        f.write(msg.as_bytes())


def write_gold(stem, ext, questionnaire, name, code, gold):
    rec = {
        "source_file": f"{stem}.{ext}",
        "questionnaire": questionnaire,
        "respondent": {"name": name, "code": code},
        "gold": dict({"respondent": name}, **gold),
    }
    with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, indent=2, ensure_ascii=False)
        f.write("\n")


# ---------- gold shorthands ----------
WITHHELD = {"state": "withheld"}
NOT_HELD = {"state": "not_held"}
NA = {"state": "not_applicable"}
SEE_OTHER = {"state": "see_other"}


def any_of(*vals):
    return {"any_of": list(vals)}


# ---------- python-docx helpers ----------
def new_doc(font="Arial", size=11):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, size=None, align=None, space_after=None, style=None):
    from docx.shared import Pt
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "right":
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, text, bold=False):
    """Replace a cell's first paragraph with text; extra lines become paragraphs."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    r = p.add_run(lines[0])
    r.bold = bold
    for ln in lines[1:]:
        p2 = cell.add_paragraph()
        r2 = p2.add_run(ln)
        r2.bold = bold


def shade(cell, hex_fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_col_widths(table, widths_cm):
    from docx.shared import Cm
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def header_footer(doc, header_text=None, footer_text=None):
    sec = doc.sections[0]
    if header_text is not None:
        hp = sec.header.paragraphs[0]
        hp.text = header_text
    if footer_text is not None:
        fp = sec.footer.paragraphs[0]
        fp.text = footer_text
