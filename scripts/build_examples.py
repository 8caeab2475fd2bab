"""Build the project's binary example FOI responses (DOCX, PDF, Windows-1252 text).

The content of each example lives in `data/examples_src/<stem>.yaml` as a list of blocks;
this script only lays the blocks out, so that the words of an example can be reviewed as
plain text. Every output is deterministic: fixed metadata dates, fixed ZIP timestamps for
DOCX and reportlab's `invariant` mode for PDF, so a rebuild of unchanged sources gives
byte-identical files.

Run from the repository root:

    .venv/bin/python scripts/build_examples.py            # build all into data/raw/
    .venv/bin/python scripts/build_examples.py --check    # also verify each output reads back

A source file looks like this (block kinds: letterhead, heading, para, numbered, table,
page_break; `numbered` is a paragraph with Word's automatic numbering, so "1." is in
numbering.xml and not in the text):

    output: herts_asc_numbered.docx
    title: "FOI-HCC-2024-11562 response"
    author: "Information Governance Unit"
    date: 2024-07-03
    blocks:
      - {kind: letterhead, text: "Hertfordshire County Council"}
      - {kind: numbered, text: "Which ICBs cover the Council's area?"}
      - {kind: para, text: "Response: Hertfordshire and West Essex ICB ..."}

A text source re-encodes a UTF-8 file, e.g. for an e-mail saved on Windows:

    output: darlington_asc_email_cp1252.txt
    text_file: darlington_asc_email.txt
    encoding: cp1252
    newline: "\\r\\n"
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SRC_DIR = ROOT / "data" / "examples_src"
OUT_DIR = ROOT / "data" / "raw"

BLOCK_KINDS = {"letterhead", "heading", "para", "numbered", "table", "page_break"}
# One numbering definition id for the auto-numbered list we add to numbering.xml; high
# enough not to collide with the ids python-docx's default template already uses.
LIST_ABSTRACT_ID = 90
LIST_NUM_ID = 90


class ExampleSourceError(Exception):
    """A source file in data/examples_src/ cannot be built; the message says how to fix it."""


def load_source(path: Path) -> dict:
    """Read and check one example source, reporting every problem at once.

    >>> load_source(Path("data/examples_src/leeds_csc_table.yaml"))["output"]
    'leeds_csc_table.docx'
    """
    spec = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    problems = []
    output = str(spec.get("output", ""))
    suffix = Path(output).suffix
    if suffix not in (".docx", ".pdf", ".txt"):
        problems.append(f"output: {output!r} must end in .docx, .pdf or .txt")
    if suffix == ".txt":
        if not (path.parent / str(spec.get("text_file", ""))).is_file():
            problems.append(f"text_file: {spec.get('text_file')!r} is not a file next to it")
    else:
        if not isinstance(spec.get("date"), dt.date):
            problems.append("date: give the document date as YYYY-MM-DD")
        for i, block in enumerate(spec.get("blocks") or []):
            kind = block.get("kind") if isinstance(block, dict) else None
            if kind not in BLOCK_KINDS:
                problems.append(f"blocks[{i}].kind: {kind!r} is not one of {sorted(BLOCK_KINDS)}")
            elif kind == "table" and not block.get("rows"):
                problems.append(f"blocks[{i}].rows: a table needs at least one row")
            elif kind not in ("table", "page_break") and not block.get("text"):
                problems.append(f"blocks[{i}].text: a {kind} block needs text")
        if not spec.get("blocks"):
            problems.append("blocks: the document has no content")
    if problems:
        listing = "\n".join(f"  {path.name}: {p}" for p in problems)
        raise ExampleSourceError(f"cannot build {path}:\n{listing}")
    return spec


def fixed_datetime(day: dt.date) -> dt.datetime:
    """The metadata timestamp of an example: 09:00 UTC on its document date."""
    return dt.datetime(day.year, day.month, day.day, 9, 0, 0, tzinfo=dt.timezone.utc)


# --- DOCX -----------------------------------------------------------------------------

def add_list_numbering(document) -> int:
    """Add a decimal "1." list definition to numbering.xml and return its numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{LIST_ABSTRACT_ID}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    num = parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{LIST_NUM_ID}">'
        f'<w:abstractNumId w:val="{LIST_ABSTRACT_ID}"/></w:num>'
    )
    # The schema wants every abstractNum before the first num.
    first_num = numbering.find("{%s}num" % numbering.nsmap["w"])
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)
    numbering.append(num)
    return LIST_NUM_ID


def number_paragraph(paragraph, num_id: int) -> None:
    """Attach Word automatic numbering (level 0 of `num_id`) to a paragraph."""
    ppr = paragraph._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


def render_docx(spec: dict) -> bytes:
    """Lay out the blocks of `spec` as a Word document and return its bytes."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    document = docx.Document()
    num_id = None
    for block in spec["blocks"]:
        kind = block["kind"]
        if kind == "letterhead":
            run = document.add_paragraph().add_run(block["text"])
            run.bold = True
            run.font.size = Pt(16)
        elif kind == "heading":
            document.add_heading(block["text"], level=2)
        elif kind == "para":
            document.add_paragraph(block["text"])
        elif kind == "numbered":
            if num_id is None:
                num_id = add_list_numbering(document)
            number_paragraph(document.add_paragraph(block["text"], style="List Paragraph"), num_id)
        elif kind == "table":
            rows = block["rows"]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, cells in enumerate(rows):
                for c, text in enumerate(cells):
                    cell = table.cell(r, c)
                    cell.text = str(text)
                    if r == 0:
                        cell.paragraphs[0].runs[0].bold = True
        elif kind == "page_break":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    stamp = fixed_datetime(spec["date"]).replace(tzinfo=None)
    props = document.core_properties
    props.title = spec.get("title", "")
    props.author = props.last_modified_by = spec.get("author", "")
    props.created = props.modified = props.last_printed = stamp
    props.revision = 1
    props.comments = ""
    buffer = io.BytesIO()
    document.save(buffer)
    return fix_zip_timestamps(buffer.getvalue(), stamp)


def fix_zip_timestamps(data: bytes, stamp: dt.datetime) -> bytes:
    """Rewrite a ZIP so every member carries `stamp`, making the bytes reproducible."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


# --- PDF ------------------------------------------------------------------------------

def render_pdf(spec: dict) -> bytes:
    """Lay out the blocks of `spec` as a PDF with a real text layer and return its bytes."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    story = []
    for block in spec["blocks"]:
        kind = block["kind"]
        if kind == "letterhead":
            story.append(Paragraph(escape(block["text"]), styles["Title"]))
        elif kind == "heading":
            story.append(Spacer(1, 3 * mm))
            story.append(Paragraph(escape(block["text"]), styles["Heading2"]))
        elif kind in ("para", "numbered"):
            story.append(Paragraph(escape(block["text"]), body))
        elif kind == "table":
            cells = [[Paragraph(escape(str(t)), body) for t in row] for row in block["rows"]]
            story.append(Table(cells, repeatRows=1))
        elif kind == "page_break":
            story.append(PageBreak())

    # invariant mode would stamp 2000-01-01; the formatter puts the document's own date in.
    stamp = fixed_datetime(spec["date"]).strftime("D:%Y%m%d%H%M%S+00'00'")

    def stamp_dates(canvas, _doc):
        canvas.setDateFormatter(lambda *_: stamp)

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
        topMargin=18 * mm, bottomMargin=18 * mm, invariant=1,
        title=spec.get("title", ""), author=spec.get("author", ""),
        creator="scripts/build_examples.py", subject="Freedom of Information response",
    )
    document.build(story, onFirstPage=stamp_dates)
    return buffer.getvalue()


# --- text -----------------------------------------------------------------------------

def render_text(spec: dict, source_dir: Path) -> bytes:
    """Re-encode a UTF-8 source text, e.g. to Windows-1252 with CRLF line ends.

    Fails if a character has no place in the target encoding, rather than writing "?".
    """
    text = (source_dir / spec["text_file"]).read_text(encoding="utf-8")
    newline = spec.get("newline", "\n")
    return text.replace("\n", newline).encode(spec.get("encoding", "utf-8"), errors="strict")


# --- driver ---------------------------------------------------------------------------

def build(source: Path, out_dir: Path) -> Path:
    """Build one example from its source into `out_dir` and return the written path."""
    spec = load_source(source)
    target = out_dir / spec["output"]
    suffix = target.suffix
    if suffix == ".docx":
        data = render_docx(spec)
    elif suffix == ".pdf":
        data = render_pdf(spec)
    else:
        data = render_text(spec, source.parent)
    target.write_bytes(data)
    return target


def check_output(path: Path) -> str:
    """Read a built example back and return a one-line summary; raise if it has no text."""
    if path.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            texts = [page.extract_text() or "" for page in pdf.pages]
        summary = f"{len(texts)} pages, {sum(map(len, texts))} chars of text"
        ok = all(t.strip() for t in texts)
    elif path.suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        numbered = sum(1 for p in document.paragraphs if p._p.pPr is not None
                       and p._p.pPr.numPr is not None)
        summary = (f"{len(document.paragraphs)} paragraphs, {len(document.tables)} tables, "
                   f"{numbered} auto-numbered")
        ok = bool(document.paragraphs)
    else:
        raw = path.read_bytes()
        summary = f"{len(raw)} bytes"
        ok = bool(raw.strip())
    if not ok:
        raise ExampleSourceError(f"{path}: built file has an empty text layer; check its source")
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=SRC_DIR)
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    parser.add_argument("--check", action="store_true", help="read each output back")
    args = parser.parse_args(argv)
    sources = sorted(args.src.glob("*.yaml"))
    if not sources:
        print(f"no *.yaml sources in {args.src}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        for source in sources:
            target = build(source, args.out)
            note = f"  ({check_output(target)})" if args.check else ""
            print(f"built {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}{note}")
    except ExampleSourceError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
