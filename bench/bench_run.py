"""Benchmark of a whole run (not a test; figures go in the README): caches, memory, Dask.

Generates corpora from the project's own example texts (data/raw/*.txt, every figure
varied so each file is distinct) written as TXT, DOCX, born-digital PDF, HTML and e-mail,
and runs `foi extract` as a child process for each measure, so CPU (user+sys) and peak
memory (ru_maxrss of the child and its workers) are those of the run alone:

1. start-up: `foi extract` over an empty folder;
2. cold run over --docs mixed documents, then a warm re-run with nothing changed
   (reported as % of the cold run beyond start-up);
3. born-digital PDFs only (--pdfs): cold run, then a re-run after editing one threshold
   (`review_below` in rules/thresholds.yaml of a copy of the code), as % of cold beyond
   start-up: no file is read again, only extraction runs;
4. peak memory of cold runs at --docs and --big documents, and their ratio;
5. --executor dask against local workers over --dask-docs documents: CPU, and whether the
   CSV tables are byte-identical.

    .venv/bin/python bench/bench_run.py [--docs 1000] [--big 4000] [--pdfs 200] [--jobs 1]
"""
from __future__ import annotations

import argparse
import email.message
import html
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMATS = {"txt": 0.3, "docx": 0.2, "pdf": 0.2, "html": 0.15, "eml": 0.15}

# Run in a child of a child: the middle process reports the rusage of its children, so
# each measure starts from zero and includes the workers the run started.
MEASURE = r"""
import json, resource, subprocess, sys
rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": rc, "cpu": r.ru_utime + r.ru_stime, "peak_mb": r.ru_maxrss / 1024}))
"""


def example_texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        raw = path.read_bytes()
        try:
            texts.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(raw.decode("cp1252"))
    return texts


def vary(text: str, rng: random.Random) -> str:
    """The text with about a third of its digits changed and a unique last line."""
    digits = [str(rng.randint(0, 9)) if ch.isdigit() and rng.random() < 0.3 else ch for ch in text]
    return "".join(digits) + f"\nReference copy {rng.getrandbits(48):x}\n"


def write_docx(path: Path, text: str) -> None:
    import docx
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    document.save(path)


def write_pdf(path: Path, text: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    page = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 60
    for line in text.splitlines():
        if y < 60:
            page.showPage()
            y = A4[1] - 60
        page.setFont("Helvetica", 10)
        page.drawString(50, y, line[:110])
        y -= 14
    page.save()


def write_html(path: Path, text: str) -> None:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    path.write_text(f"<!DOCTYPE html><html><head><title>FOI response</title></head>"
                    f"<body>{body}</body></html>", encoding="utf-8")


def write_eml(path: Path, text: str) -> None:
    msg = email.message.EmailMessage()
    msg["From"] = "FOI Team <foi@example.gov.uk>"
    msg["To"] = "requester@example.org"
    msg["Subject"] = "Your Freedom of Information request"
    msg["Date"] = "Mon, 13 May 2024 09:30:00 +0100"
    msg.set_content(text)
    path.write_bytes(bytes(msg))


WRITERS = {"txt": lambda p, t: p.write_text(t, encoding="utf-8"), "docx": write_docx,
           "pdf": write_pdf, "html": write_html, "eml": write_eml}


def make_corpus(folder: Path, n: int, seed: int, formats: dict[str, float] = FORMATS) -> dict[str, int]:
    rng = random.Random(seed)
    texts = example_texts()
    folder.mkdir(parents=True)
    counts: dict[str, int] = {}
    names, weights = list(formats), list(formats.values())
    for i in range(n):
        fmt = rng.choices(names, weights)[0]
        WRITERS[fmt](folder / f"response_{i:05d}.{fmt}", vary(rng.choice(texts), rng))
        counts[fmt] = counts.get(fmt, 0) + 1
    return counts


def copy_code(dest: Path) -> Path:
    """The package and its rules in a folder of their own, so a rule can be edited there."""
    for name in ("pipeline", "rules"):
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def measure(code: Path, args: list[str]) -> dict:
    cmd = [sys.executable, "-c", MEASURE, sys.executable, "-m", "pipeline", "extract", *args,
           "--no-progress"]
    env = {**os.environ, "PYTHONPATH": str(code)}
    out = subprocess.run(cmd, cwd=code, env=env, capture_output=True, text=True, check=True).stdout
    import json
    result = json.loads(out.strip().splitlines()[-1])
    if result["rc"] not in (0, 1):
        raise SystemExit(f"foi extract {' '.join(args)} exited {result['rc']}")
    return result


def csvs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


def edit_threshold(code: Path) -> str:
    """Raise `review_below` by 0.01 in the copy's rules; return the file as it was."""
    path = code / "rules" / "thresholds.yaml"
    text = path.read_text(encoding="utf-8")
    edited, n = re.subn(r"(?m)^review_below: *([0-9.]+)",
                        lambda m: f"review_below: {float(m.group(1)) + 0.01:.2f}", text)
    if n != 1:
        raise SystemExit(f"{path}: no review_below to edit")
    path.write_text(edited, encoding="utf-8")
    return text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000, help="mixed documents of the cold/warm runs")
    ap.add_argument("--big", type=int, default=4000, help="documents of the second memory run (0: skip)")
    ap.add_argument("--pdfs", type=int, default=200, help="born-digital PDFs of the rules-edit run")
    ap.add_argument("--dask-docs", type=int, default=200, help="documents of the Dask run (0: skip)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--work", type=Path, default=None, help="working folder (default: a temporary one)")
    a = ap.parse_args()
    work = a.work or Path(tempfile.mkdtemp(prefix="foi-bench-run-"))
    code = copy_code(work / "code")
    jobs = ["--jobs", str(a.jobs)]
    rows: list[tuple[str, str]] = []

    def report(what: str, figure: str) -> None:
        rows.append((what, figure))
        print(f"{what:<58} {figure}", flush=True)

    empty = work / "empty"
    empty.mkdir()
    start = measure(code, [str(empty), "--out", str(work / "out_empty"), "--corrections", str(work / "corr")])
    report("start-up (extract over an empty folder)", f"{start['cpu']:.2f} s CPU, {start['peak_mb']:.0f} MB")

    mixed = work / "mixed"
    counts = make_corpus(mixed, a.docs, seed=1)
    args = [str(mixed), "--out", str(work / "out_mixed"), "--corrections", str(work / "corr"), *jobs]
    cold = measure(code, args)
    warm = measure(code, args)
    beyond = cold["cpu"] - start["cpu"]
    report(f"cold run, {a.docs} mixed docs {counts}", f"{cold['cpu']:.1f} s CPU, peak {cold['peak_mb']:.0f} MB")
    report("warm re-run, nothing changed", f"{warm['cpu']:.2f} s CPU = "
           f"{100 * (warm['cpu'] - start['cpu']) / beyond:.1f}% of cold beyond start-up")

    pdfs = work / "pdfs"
    make_corpus(pdfs, a.pdfs, seed=2, formats={"pdf": 1.0})
    args = [str(pdfs), "--out", str(work / "out_pdfs"), "--corrections", str(work / "corr"), *jobs]
    pdf_cold = measure(code, args)
    shipped = edit_threshold(code)
    pdf_edit = measure(code, args)
    (code / "rules" / "thresholds.yaml").write_text(shipped, encoding="utf-8")
    report(f"born-digital PDFs, {a.pdfs} docs, cold", f"{pdf_cold['cpu']:.1f} s CPU")
    report("  re-run after editing review_below", f"{pdf_edit['cpu']:.1f} s CPU = "
           f"{100 * (pdf_edit['cpu'] - start['cpu']) / (pdf_cold['cpu'] - start['cpu']):.1f}% "
           "of cold beyond start-up")

    if a.big:
        big = work / "big"
        make_corpus(big, a.big, seed=3)
        large = measure(code, [str(big), "--out", str(work / "out_big"), "--corrections",
                               str(work / "corr"), *jobs])
        report(f"peak memory, cold: {a.docs} docs / {a.big} docs",
               f"{cold['peak_mb']:.0f} MB / {large['peak_mb']:.0f} MB = "
               f"{large['peak_mb'] / cold['peak_mb']:.2f}x ({large['cpu']:.0f} s CPU)")

    if a.dask_docs:
        small = work / "small"
        make_corpus(small, a.dask_docs, seed=4)
        common = [str(small), "--corrections", str(work / "corr"), "--jobs", str(max(2, a.jobs))]
        local = measure(code, [*common, "--out", str(work / "out_local")])
        dask = measure(code, [*common, "--out", str(work / "out_dask"), "--executor", "dask"])
        same = csvs(work / "out_local") == csvs(work / "out_dask")
        report(f"{a.dask_docs} docs, local --jobs {max(2, a.jobs)} / dask LocalCluster",
               f"{local['cpu']:.1f} s / {dask['cpu']:.1f} s CPU; CSV tables byte-identical: {same}")
    print(f"\nworking folder: {work}")


if __name__ == "__main__":
    main()
