"""Build the blind held-out set data/heldout4/raw/ from the sources next to this file.

Run from the repository root:

    .venv/bin/python data/heldout4/src/build.py

Sources (one per document, named after the output's stem):

- `<id>.txt`, `<id>.html`, `<id>.eml`   copied as they are (UTF-8), except the text files
                                         listed in RECODE, which are re-encoded.
- `<id>.docx.txt`                       a DOCX written from the markup below.
- `<id>.pdf.txt`                        a PDF (reportlab) written from the same markup.
- `<id>.eml.yaml`                       an e-mail with an attachment built from another
                                         markup source (`attachment_src`): a DOCX or a PDF,
                                         chosen by the extension of `attachment_name`.
- `<id>.scan.txt`                       a SCANNED letter: the same markup rendered to page
                                         images with Pillow (200 dpi, DejaVu fonts, slight
                                         rotation, grey background and noise) and saved as an
                                         image-only PDF with no text layer (`<id>.pdf`).

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
invariant mode, fixed e-mail boundaries, seeded scan noise and fixed PDF dates.
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
RECODE: dict = {}

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
    markup = parse_markup(att_src.read_text(encoding="utf-8"))
    if spec["attachment_name"].lower().endswith(".pdf"):
        msg.add_attachment(build_pdf(markup), maintype="application", subtype="pdf",
                           filename=spec["attachment_name"])
    else:
        msg.add_attachment(build_docx(markup), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                           filename=spec["attachment_name"])
    msg.set_boundary("----=_Part_h4_" + Path(spec["output"]).stem)
    return msg.as_bytes()


# ---------------------------------------------------------------- SCANNED PDF
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
DPI = 200


def build_scan(doc: dict, seed: int, angle: float) -> bytes:
    """Render the markup as page images (a printed letter that was scanned) and save them
    as an image-only PDF: no text layer."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    W, H = int(8.27 * DPI), int(11.69 * DPI)
    ML, MR, MT, MB = 170, 170, 160, 180
    fonts = {
        "p": ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 29),
        "b": ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), 29),
        "h": ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 33),
        "lh": ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 48),
        "small": ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 22),
        "t": ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 26),
        "tb": ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 26),
    }
    pages = []
    state = {"img": None, "draw": None, "y": 0}

    def new_page():
        img = Image.new("L", (W, H), 255)
        state["img"], state["draw"], state["y"] = img, ImageDraw.Draw(img), MT
        pages.append(img)
        if doc["header"]:
            state["draw"].text((ML, 80), doc["header"], font=fonts["small"], fill=0)
        if doc["footer"]:
            state["draw"].text((ML, H - 110), doc["footer"], font=fonts["small"], fill=0)
        state["draw"].text((W - MR - 120, H - 110), f"Page {len(pages)}", font=fonts["small"], fill=0)

    def wrap(text, font, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if font.getlength(t) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
        return lines

    def need(h):
        if state["y"] + h > H - MB:
            new_page()

    def para(text, font, align="left", gap=8, lead=40):
        text = text.replace("**", "")
        for line in wrap(text, font, W - ML - MR):
            need(lead)
            x = ML
            if align == "right":
                x = W - MR - font.getlength(line)
            elif align == "center":
                x = (W - font.getlength(line)) / 2
            state["draw"].text((x, state["y"]), line, font=font, fill=0)
            state["y"] += lead
        state["y"] += gap

    new_page()
    for kind, content, extra in doc["blocks"]:
        if kind == "blank":
            state["y"] += 22
        elif kind == "pagebreak":
            new_page()
        elif kind == "letterhead":
            para(content, fonts["lh"], gap=14, lead=62)
        elif kind in ("title", "h1", "h2"):
            para(content, fonts["h"], gap=8, lead=46)
        elif kind == "b":
            para(content, fonts["b"])
        elif kind in ("right", "center"):
            para(content, fonts["p"], align=kind, gap=0)
        elif kind == "table":
            rows, widths = content, extra
            total = W - ML - MR
            ws = [w / sum(widths) * total for w in widths] if widths else [total / len(rows[0])] * len(rows[0])
            for ri, row in enumerate(rows):
                f = fonts["tb"] if ri == 0 else fonts["t"]
                cells = [wrap(c.replace("**", ""), f, ws[ci] - 20) for ci, c in enumerate(row)]
                h = max(len(c) for c in cells) * 34 + 16
                need(h)
                x, y = ML, state["y"]
                for ci, lines in enumerate(cells):
                    state["draw"].rectangle([x, y, x + ws[ci], y + h], outline=0, width=2)
                    for li, line in enumerate(lines):
                        state["draw"].text((x + 10, y + 8 + li * 34), line, font=f, fill=0)
                    x += ws[ci]
                state["y"] += h
            state["y"] += 20
        else:  # p, list
            para(content, fonts["p"])

    rng = np.random.default_rng(seed)
    out = []
    for k, img in enumerate(pages):
        a = np.asarray(img, dtype=np.float32)
        # ink is not pure black, paper is light grey, plus sensor noise
        a = 40 + a * (236 - 40) / 255.0
        a += rng.normal(0, 7, a.shape)
        specks = rng.random(a.shape) < 0.0004
        a[specks] = 90
        page = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
        page = page.filter(ImageFilter.GaussianBlur(0.5))
        page = page.rotate(angle if k % 2 == 0 else -angle * 0.7, resample=Image.BICUBIC,
                           fillcolor=228, expand=False)
        out.append(page)
    buf = io.BytesIO()
    when = dt.datetime(2024, 1, 1).timetuple()
    out[0].save(buf, "PDF", resolution=DPI, save_all=True, append_images=out[1:],
                title="", creationDate=when, modDate=when)
    return buf.getvalue()


# scan angle per document (degrees)
SCAN_ANGLE = {"h4_06": 0.8, "h4_12": -1.2, "h4_17": 1.4, "h4_23": -0.6}


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
        elif name.endswith(".scan.txt"):
            stem = name[: -len(".scan.txt")]
            out = OUT / (stem + ".pdf")
            seed = int(re.sub(r"\D", "", stem))
            out.write_bytes(build_scan(parse_markup(src.read_text(encoding="utf-8")), seed,
                                       SCAN_ANGLE.get(stem, 0.9)))
        elif name.endswith((".attach.docx.md", ".attach.pdf.md")):
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
