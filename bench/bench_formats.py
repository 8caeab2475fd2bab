"""Benchmark: the same responses as TXT, DOCX, PDF, HTML, XLSX and Markdown give the same answers.

Renders every `.txt` response of a set (default `data/heldout2`) into DOCX (one paragraph
per line), PDF (flowing A4 pages with a running header and page numbers), HTML (a
disclosure-log page with navigation, a cookie banner and a footer), XLSX (each line a row
down column A, table rows across columns) and Markdown (pipe tables), extracts each format
into its own folder and scores it against the set's gold with the project's scorer. Lines
written as "a | b | c" become real tables in every format. Not a test: figures go in README.

    .venv/bin/python bench/bench_formats.py [--set data/heldout2] [--formats xlsx,md]
"""
from __future__ import annotations

import argparse
import html
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from builders import make_docx, make_flow_pdf, make_html  # noqa: E402
from sheet_builders import make_xlsx  # noqa: E402

SCORER = ROOT.parent / "shared" / "tools" / "score.py"


def _items(text: str) -> list:
    """Lines as paragraphs; runs of " | " lines as one table."""
    items, table = [], []
    for line in text.splitlines():
        if " | " in line:
            table.append(line.split(" | "))
            continue
        if table:
            items.append(("table", table))
            table = []
        if line.strip():
            items.append(line)
    if table:
        items.append(("table", table))
    return items


def to_docx(text: str, path: Path) -> None:
    make_docx(path, _items(text))


def to_pdf(text: str, path: Path) -> None:
    items = [it if isinstance(it, str) else ("table", it[1], {"grid": True}) for it in _items(text)]
    make_flow_pdf(path, items, footer=["Page {page} of {pages}"])


def to_html(text: str, path: Path) -> None:
    body = []
    for it in _items(text):
        if isinstance(it, str):
            body.append(f"<p>{html.escape(it)}</p>")
        else:
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                           for row in it[1])
            body.append(f"<table>{rows}</table>")
    make_html(path, '<div class="cookie-banner">We use cookies. <a href="#">Accept</a></div>'
                    '<nav><ul><li><a href="/">Home</a></li><li><a href="/foi">FOI</a></li></ul></nav>'
                    f'<main>{"".join(body)}</main>'
                    '<footer>Contact us | Accessibility | Privacy</footer>')


def to_xlsx(text: str, path: Path) -> None:
    rows = [line.split(" | ") if " | " in line else [line or None] for line in text.splitlines()]
    make_xlsx(path, {"Response": rows})


def to_md(text: str, path: Path) -> None:
    lines, in_table = [], False
    for line in text.splitlines():
        if " | " in line:
            lines.append(f"| {line} |")
            if not in_table:
                lines.append("|" + "---|" * len(line.split(" | ")))
            in_table = True
            continue
        if in_table and line.strip():
            lines.append("")
        in_table = False
        lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


RENDER = {"docx": to_docx, "pdf": to_pdf, "html": to_html, "xlsx": to_xlsx, "md": to_md}


def score(raw: Path, gold: Path, work: Path) -> str:
    out = work / "out"
    subprocess.run([sys.executable, "-m", "pipeline", "extract", str(raw), "--out", str(out),
                    "--corrections", str(work / "none")], check=False, capture_output=True)
    result = subprocess.run([sys.executable, str(SCORER), str(gold), str(out)],
                            capture_output=True, text=True)
    return result.stdout.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=ROOT / "data" / "heldout2")
    parser.add_argument("--formats", default=",".join(RENDER),
                        help="comma-separated renderings to score besides TXT")
    args = parser.parse_args()
    sources = sorted((args.set / "raw").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("txt", *args.formats.split(",")):
            raw = Path(tmp) / fmt / "raw"
            raw.mkdir(parents=True)
            for src in sources:
                text = src.read_text(encoding="utf-8", errors="replace")
                if fmt == "txt":
                    (raw / src.name).write_text(text, encoding="utf-8")
                else:
                    RENDER[fmt](text, raw / f"{src.stem}.{fmt}")
            gold = Path(tmp) / fmt / "gold"
            gold.mkdir()
            for src in sources:  # score only the documents rendered here
                g = args.set / "gold" / f"{src.stem}.json"
                (gold / g.name).write_bytes(g.read_bytes())
            print(f"{fmt:5} {score(raw, gold, Path(tmp) / fmt)}")


if __name__ == "__main__":
    main()
