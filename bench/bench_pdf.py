"""Benchmark: born-digital PDF reading speed, in pages per CPU-second, against two references.

Generates born-digital PDFs with reportlab (no real responses): prose pages with a running
header and page numbers, a ruled question/answer table, a borderless one, prose set in an
embedded TrueType font, and a 300-page response mixing all of them. For each it measures,
in the same run and interleaved (median of `--repeat` runs, CPU time of this process):

- new:   the reader (`pipeline.ingest.pdf.ingest_pdf`): PDFium characters, words, tables,
         layout, headers and footers, rendering.
- old:   the reader as it was at `--old-ref` (pdfplumber/pdfminer for every page), loaded
         from git; skipped when git or that commit is not there. On the 300-page PDF only
         with `--old-300` (it takes over a minute).
- floor: pypdfium2's plain text of every page, nothing else.

It also checks that the old and new readers give the same `Document` (text, pages, blocks,
warnings) for every PDF, and for every PDF under `--also DIR` (e.g. PDFs printed from the
project's DOCX files with LibreOffice). Not a test: the figures go in the README.

    .venv/bin/python bench/bench_pdf.py [--repeat 3] [--old-ref 2c705d1] [--old-300]
        [--also DIR]
"""
from __future__ import annotations

import argparse
import importlib
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
from builders import make_flow_pdf  # noqa: E402

from pipeline.ingest.pdf import ingest_pdf  # noqa: E402

# main before PDFium became the reader (the last commit whose reader is pdfplumber's).
DEFAULT_OLD_REF = "2c705d1"

WORDS = ("council authority package care funding panel decision review cost year "
         "service request response information section assessment provider budget").split()


def sentence(i: int, n: int = 14) -> str:
    words = [WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(n)]
    return " ".join(words).capitalize() + f" ({i})."


def paragraph(i: int) -> str:
    return " ".join(sentence(i * 5 + k) for k in range(5))


def qa_rows(n: int, start: int = 1) -> list[list[str]]:
    return [[f"{k}. {sentence(k, 12)[:-1]}?", f"{sentence(k + 100, 20)} The total was "
             f"\u00a3{k * 1234:,}."] for k in range(start, start + n)]


FOOTER = ["Page {page} of {pages}"]
HEADER = ["Westmere Borough Council - FOI 2024/0877 - OFFICIAL"]


def build_corpus(folder: Path) -> dict[str, Path]:
    docs = {}
    docs["prose"] = make_flow_pdf(folder / "prose.pdf", [paragraph(i) for i in range(120)],
                                  header=HEADER, footer=FOOTER)
    table = [["Question", "Response"], *qa_rows(90)]
    docs["ruled_table"] = make_flow_pdf(
        folder / "ruled.pdf", ["Our response is in the table below.",
                               ("table", table, {"grid": True, "widths": [220, 250]})],
        header=HEADER, footer=FOOTER)
    docs["borderless_table"] = make_flow_pdf(
        folder / "borderless.pdf", ["Our response is in the table below.",
                                    ("table", table, {"grid": False, "widths": [220, 250]})],
        header=HEADER, footer=FOOTER)
    docs["truetype_prose"] = truetype_pdf(folder / "truetype.pdf", pages=20)
    items: list = []
    for part in range(172):  # 300 pages
        items += [paragraph(part * 3 + k) for k in range(8)]
        rows = [["Question", "Response"], *qa_rows(8, start=part * 8 + 1)]
        items.append(("table", rows, {"grid": part % 2 == 0, "widths": [220, 250]}))
    docs["long_300"] = make_flow_pdf(folder / "long.pdf", items, header=HEADER, footer=FOOTER)
    return docs


def truetype_pdf(path: Path, pages: int) -> Path:
    """Prose in an embedded TrueType font (reportlab's own Vera), as Word's PDFs embed
    theirs, with ligature-free text drawn line by line."""
    import reportlab
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    pdfmetrics.registerFont(TTFont("Vera", str(font)))
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for page in range(pages):
        pdf.setFont("Vera", 10)
        y = height - 72
        for i in range(page * 9, page * 9 + 9):
            for line in simpleSplit(paragraph(i), "Vera", 10, width - 144):
                pdf.drawString(72, y, line)
                y -= 13
            y -= 6
        pdf.drawString(width / 2 - 20, 40, f"Page {page + 1}")
        pdf.showPage()
    pdf.save()
    return path


def load_old_reader(ref: str, work: Path):
    """The old `pipeline.ingest.pdf` module at git `ref` (its pdf.py and pdf_tables.py;
    every other module is today's), or None when git cannot give it."""
    package = work / "oldpdf"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for name in ("pdf", "pdf_tables"):
        done = subprocess.run(["git", "-C", str(ROOT), "show", f"{ref}:pipeline/ingest/{name}.py"],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(f"old reader not reachable at {ref}: {done.stderr.strip()}")
            return None
        source = done.stdout.replace("pipeline.ingest.pdf_tables", "oldpdf.pdf_tables")
        (package / f"{name}.py").write_text(source)
    sys.path.insert(0, str(work))
    module = importlib.import_module("oldpdf.pdf")
    if "pdfplumber" not in Path(module.__file__).read_text():
        print(f"the reader at {ref} is not pdfplumber's")
        return None
    return module


def pdfium_text_floor(path: Path, data: bytes, name: str) -> int:
    import pypdfium2
    pdf = pypdfium2.PdfDocument(data)
    total = 0
    for index in range(len(pdf)):
        page = pdf[index]
        textpage = page.get_textpage()
        total += len(textpage.get_text_range())
        textpage.close()
        page.close()
    pdf.close()
    return total


def page_count(data: bytes) -> int:
    import pypdfium2
    pdf = pypdfium2.PdfDocument(data)
    try:
        return len(pdf)
    finally:
        pdf.close()


def cpu(function, *args) -> float:
    start = time.process_time()
    function(*args)
    return time.process_time() - start


def same_document(a, b) -> bool:
    return (a.text, a.pages, a.blocks, a.warnings) == (b.text, b.pages, b.blocks, b.warnings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--old-ref", default=DEFAULT_OLD_REF)
    parser.add_argument("--old-300", action="store_true",
                        help="also time the old reader on the 300-page PDF")
    parser.add_argument("--also", type=Path, action="append", default=[],
                        help="a folder of PDFs to check old == new on (not timed)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = build_corpus(work)
        old = load_old_reader(args.old_ref, work)
        readers = {"new": ingest_pdf, "floor": pdfium_text_floor}
        if old is not None:
            readers["old"] = old.ingest_pdf
        print(f"{'document':<18}{'pages':>6}" + "".join(
            f"{name + ' p/CPU-s':>16}" for name in readers) + f"{'new/floor':>11}"
              + f"{'same doc':>10}")
        totals = {name: [0.0, 0] for name in readers}
        for label, path in corpus.items():
            data = path.read_bytes()
            pages = page_count(data)
            times: dict[str, list[float]] = {name: [] for name in readers}
            for _ in range(args.repeat):
                for name, reader in readers.items():
                    if name == "old" and label == "long_300" and not args.old_300:
                        continue
                    times[name].append(cpu(reader, path, data, path.name))
            rates = {name: pages / statistics.median(t) if t else None
                     for name, t in times.items()}
            for name, t in times.items():
                if t:
                    totals[name][0] += statistics.median(t)
                    totals[name][1] += pages
            same = "-"
            if old is not None:
                same = "yes" if same_document(ingest_pdf(path, data, path.name),
                                              old.ingest_pdf(path, data, path.name)) else "NO"
            ratio = f"{rates['new'] / rates['floor']:>10.2f}x"
            print(f"{label:<18}{pages:>6}" + "".join(
                f"{rate:>16.1f}" if rate else f"{'skipped':>16}" for rate in rates.values())
                  + ratio + f"{same:>10}")
        print("all timed pages: " + ", ".join(
            f"{name} {pages / seconds:.1f} pages/CPU-s ({pages} pages, {seconds:.2f} s)"
            for name, (seconds, pages) in totals.items() if seconds))
        for folder in args.also:
            files = [(p, p.read_bytes()) for p in sorted(folder.glob("*.pdf"))]
            pages = sum(page_count(data) for _, data in files)
            seconds = {name: sum(cpu(reader, p, data, p.name) for p, data in files)
                       for name, reader in readers.items()}
            line = f"{folder} ({len(files)} PDFs, {pages} pages): " + ", ".join(
                f"{name} {pages / t:.1f} pages/CPU-s" for name, t in seconds.items())
            if old is not None:
                differ = [p.name for p, data in files
                          if not same_document(ingest_pdf(p, data, p.name),
                                               old.ingest_pdf(p, data, p.name))]
                line += (f"; {len(files) - len(differ)} of {len(files)} read the same"
                         + (f" (differ: {', '.join(differ)})" if differ else ""))
            print(line)


if __name__ == "__main__":
    main()
