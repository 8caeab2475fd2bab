"""Build the second held-out evaluation set in data/heldout2/raw/ from data/heldout2/src/.

The second held-out set is written for measuring accuracy on documents the pipeline was
never tuned on. Its sources live in data/heldout2/src/:

- `ho2_NN.txt` is a plain-text response and is copied to raw/ byte for byte;
- `ho2_NN.spec` is a small line-based description of a Word or PDF response, rendered
  here with python-docx or reportlab.

Output is deterministic (fixed document metadata, fixed zip timestamps), so a re-run gives
the same bytes.

    /work/main/.venv/bin/python scripts/build_heldout2.py [--src DIR] [--out DIR]

Spec format, one directive or paragraph per line (blank lines are ignored):

    @format docx|pdf        output format (required, first line)
    @note TEXT              a comment for people; not rendered
    = TEXT                  document title
    ## TEXT                 section heading
    #n TEXT                 paragraph in a Word automatically numbered "1." list
                            (the number is in numbering.xml, not in the text; in a
                            PDF the number is written out)
    !TEXT                   bold paragraph
    @spacer                 vertical space
    @table grid|plain       start a table; `grid` draws cell borders, `plain` draws none
    | cell | cell | ...     a table row; the first row is the header
    @endtable               end of the table
    TEXT                    an ordinary paragraph

Inside text, `<b>...</b>` marks bold and `<br/>` a line break within a paragraph or cell.
"""
from __future__ import annotations

import argparse
import io
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stable_docx import add_decimal_list, docx_bytes, new_docx, number_paragraph  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SRC_DIR = ROOT / "data" / "heldout2" / "src"
OUT_DIR = ROOT / "data" / "heldout2" / "raw"
NUM_ID = 91  # our own list definition, well away from the template's ids


# --- spec parsing ------------------------------------------------------------------


@dataclass
class Block:
    kind: str  # title, heading, para, bold, numbered, spacer, table
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)
    style: str = "grid"


@dataclass
class Spec:
    fmt: str
    blocks: list[Block]
    title: str = "FOI response"


def parse_spec(path: Path) -> Spec:
    """Read a .spec file into blocks; raise ValueError naming the line on bad input."""
    fmt = ""
    blocks: list[Block] = []
    table: Block | None = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line.strip():
            continue
        where = f"{path.name}:{lineno}"
        if table is not None:
            if line.strip() == "@endtable":
                blocks.append(table)
                table = None
            elif line.startswith("|"):
                table.rows.append([c.strip() for c in line[1:].split(" | ")])
            else:
                raise ValueError(f"{where}: expected a '| cell' row or @endtable")
            continue
        if line.startswith("@format "):
            fmt = line.split(None, 1)[1].strip()
        elif line.startswith("@note"):
            continue
        elif line.strip() == "@spacer":
            blocks.append(Block("spacer"))
        elif line.startswith("@table"):
            parts = line.split()
            table = Block("table", style=parts[1] if len(parts) > 1 else "grid")
        elif line.startswith("@"):
            raise ValueError(f"{where}: unknown directive {line.split()[0]!r}")
        elif line.startswith("= "):
            blocks.append(Block("title", line[2:].strip()))
        elif line.startswith("## "):
            blocks.append(Block("heading", line[3:].strip()))
        elif line.startswith("#n "):
            blocks.append(Block("numbered", line[3:].strip()))
        elif line.startswith("!"):
            blocks.append(Block("bold", line[1:].strip()))
        else:
            blocks.append(Block("para", line.strip()))
    if table is not None:
        raise ValueError(f"{path.name}: @table without @endtable")
    if fmt not in ("docx", "pdf"):
        raise ValueError(f"{path.name}: @format must be docx or pdf, got {fmt!r}")
    title = next((b.text for b in blocks if b.kind == "title"), "FOI response")
    return Spec(fmt, blocks, title)


# --- DOCX --------------------------------------------------------------------------

TAG_RE = re.compile(r"(<b>|</b>|<br/>)")


def add_runs(paragraph, text: str, bold: bool = False) -> None:
    """Write text with <b> and <br/> markup as Word runs and line breaks."""
    is_bold = bold
    for piece in TAG_RE.split(text):
        if piece == "<b>":
            is_bold = True
        elif piece == "</b>":
            is_bold = bold
        elif piece == "<br/>":
            paragraph.add_run().add_break()
        elif piece:
            paragraph.add_run(piece).bold = is_bold


def set_cell(cell, text: str, bold: bool = False) -> None:
    cell.text = ""
    add_runs(cell.paragraphs[0], text, bold)


def render_docx(spec: Spec) -> bytes:
    document = new_docx()
    num_id = None
    for block in spec.blocks:
        if block.kind == "title":
            document.add_heading(block.text, level=1)
        elif block.kind == "heading":
            document.add_heading(block.text, level=2)
        elif block.kind == "numbered":
            if num_id is None:
                num_id = add_decimal_list(document, NUM_ID)
            paragraph = document.add_paragraph(style="List Paragraph")
            add_runs(paragraph, block.text, bold=True)
            number_paragraph(paragraph, num_id)
        elif block.kind == "bold":
            add_runs(document.add_paragraph(), block.text, bold=True)
        elif block.kind == "spacer":
            document.add_paragraph("")
        elif block.kind == "table":
            ncols = len(block.rows[0])
            table = document.add_table(rows=0, cols=ncols)
            if block.style == "grid":
                table.style = "Table Grid"
            for i, row in enumerate(block.rows):
                cells = table.add_row().cells
                for cell, text in zip(cells, row):
                    set_cell(cell, text, bold=(i == 0))
        else:
            add_runs(document.add_paragraph(), block.text)
    return docx_bytes(document)


# --- PDF ---------------------------------------------------------------------------

STYLES = getSampleStyleSheet()
BODY = STYLES["BodyText"]
TITLE = STYLES["Title"]
HEADING = STYLES["Heading2"]


def pdf_markup(text: str) -> str:
    """Escape bare ampersands for reportlab's mini-HTML; keep <b> and <br/>."""
    return re.sub(r"&(?!amp;|lt;|gt;|#\d+;)", "&amp;", text)


def render_pdf(spec: Spec) -> bytes:
    rl_config.invariant = 1
    story: list = []
    number = 0
    for block in spec.blocks:
        text = pdf_markup(block.text)
        if block.kind == "title":
            story.append(Paragraph(text, TITLE))
        elif block.kind == "heading":
            story.append(Paragraph(text, HEADING))
        elif block.kind == "numbered":
            number += 1
            story.append(Paragraph(f"<b>{number}. {text}</b>", BODY))
        elif block.kind == "bold":
            story.append(Paragraph(f"<b>{text}</b>", BODY))
        elif block.kind == "spacer":
            story.append(Spacer(1, 5 * mm))
        elif block.kind == "table":
            story.append(pdf_table(block))
            story.append(Spacer(1, 3 * mm))
        else:
            story.append(Paragraph(text, BODY))
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, title=spec.title, author="FOI team",
                            leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1)
    doc.build(story)
    return out.getvalue()


def pdf_table(block: Block) -> Table:
    """A table of wrapped Paragraph cells; `plain` tables have no lines at all."""
    ncols = len(block.rows[0])
    if ncols == 2 and "£" in block.rows[0][1]:  # narrow figure column (e.g. £000)
        widths = [110 * mm, 30 * mm]
    elif ncols == 2:
        widths = [72 * mm, 98 * mm]
    else:
        widths = [170 * mm / ncols] * ncols
    rows = []
    for i, row in enumerate(block.rows):
        cells = [pdf_markup(c) for c in row]
        if i == 0:
            cells = [f"<b>{c}</b>" for c in cells]
        rows.append([Paragraph(c, BODY) for c in cells])
    table = Table(rows, colWidths=widths, repeatRows=1)
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if block.style == "grid":
        commands += [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                     ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]
    table.setStyle(TableStyle(commands))
    return table


# --- main --------------------------------------------------------------------------


def build(src: Path, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for path in sorted(src.iterdir()):
        if path.suffix == ".txt":
            target = out / path.name
            shutil.copyfile(path, target)
        elif path.suffix == ".spec":
            spec = parse_spec(path)
            target = out / f"{path.stem}.{spec.fmt}"
            render = render_docx if spec.fmt == "docx" else render_pdf
            target.write_bytes(render(spec))
        else:
            continue
        written.append(target)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=SRC_DIR,
                        help="folder of .txt and .spec sources (default: data/heldout2/src)")
    parser.add_argument("--out", type=Path, default=OUT_DIR,
                        help="folder to write into (default: data/heldout2/raw)")
    args = parser.parse_args()
    for target in build(args.src, args.out):
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
