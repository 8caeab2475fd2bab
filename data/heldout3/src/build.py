"""Build the blind held-out set data/heldout3/raw/ from the sources next to this file.

Run from the repository root:

    .venv/bin/python data/heldout3/src/build.py

Sources (one per document, named after the output's stem):

- `<id>.txt`, `<id>.html`, `<id>.eml`   copied as they are (UTF-8), except the text files
                                         listed in RECODE, which are re-encoded.
- `<id>.docx.txt`                       a DOCX written from the markup below.
- `<id>.pdf.txt`                        a PDF (reportlab) written from the same markup.
- `<id>.eml.yaml`                       an e-mail with an attachment built from another
                                         markup source (`attachment_src`).

Markup, one paragraph per line:

    @meta title=...; author=...; date=YYYY-MM-DD    document properties (first line)
    @header TEXT / @footer TEXT                      page header / footer
    @letterhead TEXT                                 large bold line (top of a letter)
    @title TEXT                                      Title style (DOCX) / large bold (PDF)
    @h1 TEXT / @h2 TEXT                              Heading 1 / Heading 2
    @b TEXT                                          a bold paragraph
    @right TEXT / @center TEXT                       aligned paragraph
    @list TEXT                                       Word automatic numbering ("List Number")
    @table widths=W1,W2,...                          a table (cells split on " | ",
    ...rows...                                       first row is the header row)
    @endtable
    @pagebreak
    (empty line)                                     empty paragraph (DOCX) / small gap (PDF)
    TEXT                                             a normal paragraph; **x** is bold

Outputs are deterministic: fixed DOCX ZIP timestamps and core properties, reportlab's
invariant mode, fixed e-mail boundaries.
"""
from __future__ import annotations

import datetime as dt
import email.policy
import io
import re
import shutil
import sys
import zipfile
from email.message import EmailMessage
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "raw"

# text sources saved with another encoding / line ending (as a Windows PC would save them)
RECODE = {"h3_16.txt": ("cp1252", "\r\n")}

FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- markup
def parse_markup(text: str) -> dict:
    doc = {"meta": {}, "header": None, "footer": None, "blocks": []}
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        i += 1
        if line.startswith("@meta "):
            for part in line[6:].split(";"):
                if "=" in part:
                    k, v = part.split("=", 1)
                    doc["meta"][k.strip()] = v.strip()
            continue
        if line.startswith("@header "):
            doc["header"] = line[8:]
            continue
        if line.startswith("@footer "):
            doc["footer"] = line[8:]
            continue
        if line.startswith("@table"):
            m = re.search(r"widths=([\d.,]+)", line)
            widths = [float(w) for w in m.group(1).split(",")] if m else None
            rows = []
            while i < len(lines) and not lines[i].startswith("@endtable"):
                if lines[i].strip():
                    rows.append([c.strip() for c in lines[i].split(" | ")])
                i += 1
            i += 1  # skip @endtable
            doc["blocks"].append(("table", rows, widths))
            continue
        if line == "@pagebreak":
            doc["blocks"].append(("pagebreak", None, None))
            continue
        m = re.match(r"@(letterhead|title|h1|h2|b|right|center|list) (.*)$", line)
        if m:
            doc["blocks"].append((m.group(1), m.group(2), None))
        elif not line.strip():
            doc["blocks"].append(("blank", "", None))
        else:
            doc["blocks"].append(("p", line, None))
    return doc


def runs(text: str):
    """Split '**bold**' markup into (text, bold) runs."""
    out = []
    for k, part in enumerate(re.split(r"\*\*", text)):
        if part:
            out.append((part, k % 2 == 1))
    return out


# ---------------------------------------------------------------- DOCX
def build_docx(doc: dict) -> bytes:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Inches, Pt

    d = Document()
    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    meta = doc["meta"]
    cp = d.core_properties
    when = dt.datetime.fromisoformat(meta.get("date", "2024-01-01"))
    cp.title = meta.get("title", "")
    cp.author = meta.get("author", "")
    cp.last_modified_by = meta.get("author", "")
    cp.created = when
    cp.modified = when
    cp.revision = 1
    section = d.sections[0]
    if doc["header"]:
        section.header.paragraphs[0].text = doc["header"]
    if doc["footer"]:
        section.footer.paragraphs[0].text = doc["footer"]

    def add_runs(p, text, bold=False):
        for t, b in runs(text):
            r = p.add_run(t)
            r.bold = bold or b
        return p

    for kind, content, extra in doc["blocks"]:
        if kind == "p":
            add_runs(d.add_paragraph(), content)
        elif kind == "blank":
            d.add_paragraph()
        elif kind == "b":
            add_runs(d.add_paragraph(), content, bold=True)
        elif kind == "letterhead":
            p = d.add_paragraph()
            r = p.add_run(content)
            r.bold = True
            r.font.size = Pt(18)
        elif kind == "title":
            d.add_paragraph(content, style="Title")
        elif kind == "h1":
            d.add_paragraph(content, style="Heading 1")
        elif kind == "h2":
            d.add_paragraph(content, style="Heading 2")
        elif kind == "right":
            p = add_runs(d.add_paragraph(), content)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "center":
            p = add_runs(d.add_paragraph(), content)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "list":
            add_runs(d.add_paragraph(style="List Number"), content)
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            rows, widths = content, extra
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for ri, row in enumerate(rows):
                cells = t.add_row().cells
                for ci in range(ncol):
                    txt = row[ci] if ci < len(row) else ""
                    para = cells[ci].paragraphs[0]
                    add_runs(para, txt, bold=(ri == 0))
                    if widths:
                        cells[ci].width = Inches(widths[ci])
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    d.save(buf)
    return fix_zip(buf.getvalue())


def fix_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- PDF
def build_pdf(doc: dict) -> bytes:
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    base = ParagraphStyle("base", fontName="Helvetica", fontSize=10.5, leading=13.5,
                          spaceAfter=0, spaceBefore=0)
    bold = ParagraphStyle("bold", parent=base, fontName="Helvetica-Bold")
    right = ParagraphStyle("right", parent=base, alignment=TA_RIGHT)
    center = ParagraphStyle("center", parent=base, alignment=TA_CENTER)
    letterhead = ParagraphStyle("lh", parent=base, fontName="Helvetica-Bold", fontSize=20,
                                leading=24, textColor=colors.HexColor("#1d3f6e"), spaceAfter=6)
    title = ParagraphStyle("title", parent=base, fontName="Helvetica-Bold", fontSize=15,
                           leading=19, spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=13, leading=16,
                        spaceBefore=6, spaceAfter=3)
    h2 = ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=11.5,
                        leading=14, spaceBefore=4, spaceAfter=2)

    def markup(text):
        t = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        parts = re.split(r"\*\*", t)
        return "".join(f"<b>{p}</b>" if k % 2 else p for k, p in enumerate(parts))

    story = []
    for kind, content, extra in doc["blocks"]:
        if kind == "blank":
            story.append(Spacer(1, 8))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "table":
            rows = [[Paragraph(markup(c), bold if ri == 0 else base) for c in r]
                    for ri, r in enumerate(content)]
            widths = [w * 2.54 * cm for w in extra] if extra else None
            t = Table(rows, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        else:
            st = {"p": base, "b": bold, "right": right, "center": center,
                  "letterhead": letterhead, "title": title, "h1": h1, "h2": h2,
                  "list": base}[kind]
            story.append(Paragraph(markup(content), st))

    header, footer = doc["header"], doc["footer"]

    def on_page(canvas, d):
        canvas.saveState()
        if header:
            canvas.setFont("Helvetica", 8)
            canvas.drawString(2 * cm, A4[1] - 1.2 * cm, header)
        if footer:
            canvas.setFont("Helvetica", 8)
            canvas.drawString(2 * cm, 1.2 * cm, footer)
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {d.page}")
        canvas.restoreState()

    buf = io.BytesIO()
    meta = doc["meta"]
    tmpl = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                             topMargin=2 * cm, bottomMargin=2 * cm,
                             title=meta.get("title", ""), author=meta.get("author", ""))
    tmpl.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


# ---------------------------------------------------------------- EML with attachment
def build_eml(spec: dict) -> bytes:
    msg = EmailMessage(policy=email.policy.SMTP)
    for h in ("From", "To", "Date", "Subject", "Message-ID"):
        msg[h] = spec[h.lower().replace("-", "_")]
    if spec.get("in_reply_to"):
        msg["In-Reply-To"] = spec["in_reply_to"]
    msg.set_content(spec["body"], charset="utf-8", cte="quoted-printable")
    att_src = HERE / spec["attachment_src"]
    data = build_docx(parse_markup(att_src.read_text(encoding="utf-8")))
    msg.add_attachment(data, maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                       filename=spec["attachment_name"])
    msg.set_boundary("----=_Part_h3_" + Path(spec["output"]).stem)
    return msg.as_bytes()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    built = []
    for src in sorted(HERE.iterdir()):
        name = src.name
        if name == "build.py" or src.is_dir():
            continue
        if name.endswith(".docx.txt"):
            out = OUT / name[: -len(".txt")]
            out.write_bytes(build_docx(parse_markup(src.read_text(encoding="utf-8"))))
        elif name.endswith(".pdf.txt"):
            out = OUT / name[: -len(".txt")]
            out.write_bytes(build_pdf(parse_markup(src.read_text(encoding="utf-8"))))
        elif name.endswith(".eml.yaml"):
            spec = yaml.safe_load(src.read_text(encoding="utf-8"))
            out = OUT / spec["output"]
            out.write_bytes(build_eml(spec))
        elif name.endswith(".attach.docx.md"):
            continue  # attachment source, used by an .eml.yaml
        elif src.suffix in (".txt", ".html", ".eml"):
            out = OUT / name
            if name in RECODE:
                enc, nl = RECODE[name]
                text = src.read_text(encoding="utf-8").replace("\n", nl)
                out.write_bytes(text.encode(enc))
            else:
                shutil.copyfile(src, out)
        else:
            print(f"skipped {name}", file=sys.stderr)
            continue
        built.append(out.name)
    print(f"built {len(built)} files into {OUT}: {' '.join(built)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
