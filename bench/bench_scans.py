"""Benchmark: the labelled TXT responses read again as scanned letters.

Every `.txt` response of the labelled sets (default `data/heldout`, `data/heldout2`,
`data/heldout_q4`) is typeset on A4 at 300 dpi, tilted as a sheet fed askew into a scanner
(angles from `ANGLES` in turn) and saved as an image-only PDF (`tests/scan_render.py`, the
renderer the OCR tests use). The TXT files and the scans are extracted into their own
folders (`python -m pipeline extract`, the code of this checkout) and scored against the
sets' gold with the project's scorer; the scans' gold files are copies renamed after them.
Also prints what cleaning a page before OCR costs (render, straighten and binarise; not
Tesseract). Not a test: figures go in README.

    .venv/bin/python bench/bench_scans.py [--set DIR ...] [--word-min N] [--jobs N]

`--word-min 101` runs on a copy of the rules where every OCR'd value counts as doubtful
(confidence × `confidence.ocr`, review), as before word confidences were kept.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))
from scan_render import make_scan_pdf  # noqa: E402

SCORER = ROOT.parent / "shared" / "tools" / "score.py"
SETS = [ROOT / "data" / name for name in ("heldout", "heldout2", "heldout_q4")]
ANGLES = (1.5, -1.0, 2.5, -2.0, 0.5)  # degrees anticlockwise, one per document in turn


def copy_gold(gold: Path, target: Path, source_file: str) -> None:
    """The gold file for a rendering of the document, under its new name."""
    data = json.loads(gold.read_text(encoding="utf-8"))
    data["source_file"] = source_file
    (target / f"{Path(source_file).stem}.json").write_text(json.dumps(data, indent=1),
                                                           encoding="utf-8")


def prepare(sources: list[tuple[Path, Path]], work: Path) -> dict[str, tuple[Path, Path]]:
    """TXT copies and scanned PDFs with their gold, as {kind: (raw, gold)}."""
    folders = {}
    for kind in ("txt", "scan"):
        raw, gold = work / kind / "raw", work / kind / "gold"
        raw.mkdir(parents=True)
        gold.mkdir()
        folders[kind] = (raw, gold)
    for i, (src, gold) in enumerate(sources):
        text = src.read_text(encoding="utf-8", errors="replace")
        shutil.copyfile(src, folders["txt"][0] / src.name)
        copy_gold(gold, folders["txt"][1], src.name)
        name = f"{src.stem}_scan.pdf"
        make_scan_pdf(folders["scan"][0] / name, text, angle=ANGLES[i % len(ANGLES)])
        copy_gold(gold, folders["scan"][1], name)
    return folders


def code_with_word_min(work: Path, word_min: float) -> Path:
    """A copy of the pipeline and its rules with `ocr.word_min` set to `word_min`."""
    code = work / "code"
    shutil.copytree(ROOT / "pipeline", code / "pipeline",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "rules", code / "rules")
    path = code / "rules" / "thresholds.yaml"
    text = path.read_text(encoding="utf-8")
    current = yaml.safe_load(text)["ocr"]["word_min"]
    path.write_text(text.replace(f"word_min: {current}", f"word_min: {word_min:g}", 1),
                    encoding="utf-8")
    return code


def extract_and_score(raw: Path, gold: Path, out: Path, code: Path, jobs: int) -> dict:
    """The scorer's summary for one folder, with the extraction's wall time."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipeline", "extract", str(raw), "--out", str(out),
                    "--corrections", str(out.parent / "no-corrections"), "--jobs", str(jobs)],
                   check=False, capture_output=True, env=env, cwd=code)
    seconds = time.perf_counter() - started
    report = out.parent / "score.json"
    subprocess.run([sys.executable, str(SCORER), str(gold), str(out), "--json", str(report)],
                   check=False, capture_output=True, text=True)
    summary = json.loads(report.read_text(encoding="utf-8"))["summary"]
    return {**summary, "seconds": seconds}


def cleaning_cost(scans: list[Path]) -> tuple[int, float, float]:
    """Pages, seconds per page to render at 300 dpi, seconds per page to straighten and
    binarise (what `ocr.render_page` adds before Tesseract)."""
    import pdfplumber

    from pipeline.ingest.ocr import OCR_RESOLUTION
    from pipeline.ingest.scan_image import clean_scan

    pages, render, clean = 0, 0.0, 0.0
    for path in scans:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                t0 = time.perf_counter()
                image = page.to_image(resolution=OCR_RESOLUTION).original
                t1 = time.perf_counter()
                clean_scan(image)
                t2 = time.perf_counter()
                pages, render, clean = pages + 1, render + t1 - t0, clean + t2 - t1
    return pages, render / max(pages, 1), clean / max(pages, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, action="append", dest="sets",
                        help="a labelled set with raw/ and gold/ (repeatable)")
    parser.add_argument("--word-min", type=float, default=None,
                        help="ocr.word_min to run with (default: the one in rules/)")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    sources = [(src, s / "gold" / f"{src.stem}.json")
               for s in (args.sets or SETS) for src in sorted((s / "raw").glob("*.txt"))]
    sources = [(src, gold) for src, gold in sources if gold.exists()]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folders = prepare(sources, work)
        code = ROOT if args.word_min is None else code_with_word_min(work, args.word_min)
        word_min = yaml.safe_load((code / "rules" / "thresholds.yaml").read_text())["ocr"]["word_min"]
        print(f"{len(sources)} TXT responses; ocr.word_min = {word_min}")
        print(f"{'':5} {'docs':>4} {'gold':>4} {'recall':>7} {'auto_prec':>9} "
              f"{'review_rate':>11} {'seconds':>7}")
        for kind, (raw, gold) in folders.items():
            s = extract_and_score(raw, gold, work / kind / "out", code, args.jobs)
            print(f"{kind:5} {s['docs']:4d} {s['gold_values']:4d} {s['recall']:7.3f} "
                  f"{s['auto_precision']:9.3f} {s['review_rate']:11.3f} {s['seconds']:7.1f}")
        pages, render, clean = cleaning_cost(sorted(folders["scan"][0].glob("*.pdf")))
        print(f"{pages} scanned pages: render {render:.2f} s/page, "
              f"straighten + binarise {clean:.2f} s/page")


if __name__ == "__main__":
    main()
