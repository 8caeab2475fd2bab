"""Writers used by build.py: plain text, Word, PDF (LibreOffice, reportlab, Chromium), HTML, e-mail.

Everything written is deterministic except the PDFs made by LibreOffice and Chromium, which
embed their own creation dates (their text is the same on every run)."""
import io
import os
import shutil
import subprocess
import tempfile
import zipfile
from email.message import EmailMessage
from email.policy import SMTP

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def write_text(path, text, encoding="utf-8", crlf=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(path, "wb") as f:
        f.write(text.encode(encoding))


def _normalise_zip(path):
    """Rewrite a .docx with fixed member timestamps so the bytes do not depend on the clock."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def build_docx(path, blocks, font="Arial", size=11, author="Information Governance"):
    """blocks: list of tuples
    ('h', text, level) heading; ('p', text) paragraph; ('pb', text) bold paragraph;
    ('pl', label, text) bold label then text on the same line; ('num', text) Word auto-numbered item;
    ('bul', text) bullet; ('table', rows, widths_or_None) first row is the header;
    ('right', text) right-aligned; ('small', text) 8pt grey; ('blank',)."""
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    import datetime as _dt
    cp.created = _dt.datetime(2024, 1, 1)
    cp.modified = _dt.datetime(2024, 1, 1)
    cp.revision = 1
    for b in blocks:
        kind = b[0]
        if kind == "h":
            doc.add_heading(b[1], level=b[2])
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "pb":
            p = doc.add_paragraph()
            p.add_run(b[1]).bold = True
        elif kind == "pl":
            p = doc.add_paragraph()
            p.add_run(b[1]).bold = True
            p.add_run(b[2])
        elif kind == "num":
            doc.add_paragraph(b[1], style="List Number")
        elif kind == "bul":
            doc.add_paragraph(b[1], style="List Bullet")
        elif kind == "right":
            p = doc.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "small":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(8)
            r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        elif kind == "blank":
            doc.add_paragraph("")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = ""
                    par = c.paragraphs[0]
                    lines = str(cell).split("\n")
                    for k, line in enumerate(lines):
                        if k:
                            par = c.add_paragraph()
                        run = par.add_run(line)
                        if i == 0:
                            run.bold = True
            doc.add_paragraph("")
        else:
            raise ValueError(kind)
    doc.save(path)
    _normalise_zip(path)


def docx_to_pdf(docx_path, pdf_path):
    """Word -> PDF with LibreOffice, in a private profile so parallel runs do not collide."""
    with tempfile.TemporaryDirectory() as tmp:
        profile = os.path.join(tmp, "profile")
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", tmp, docx_path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        out = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.copyfile(out, pdf_path)


def html_to_pdf(html_path, pdf_path):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
             f"--user-data-dir={tmp}/ud", "--no-pdf-header-footer",
             f"--print-to-pdf={pdf_path}", "file://" + os.path.abspath(html_path)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def build_eml(path, headers, body, attachments=(), boundary="=_heldout18_boundary_0001"):
    """headers: dict of header -> value (From, To, Subject, Date, Message-ID, ...);
    body: plain text; attachments: (filename, maintype, subtype, bytes)."""
    msg = EmailMessage(policy=SMTP)
    for k, v in headers.items():
        msg[k] = v
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    for name, maintype, subtype, data in attachments:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if msg.is_multipart():
        msg.set_boundary(boundary)
    with open(path, "wb") as f:
        f.write(msg.as_bytes(policy=SMTP))
