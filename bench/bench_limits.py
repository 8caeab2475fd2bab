"""Time and memory of hostile inputs under the per-file limits (README, "Bounded work").

    .venv/bin/python bench/bench_limits.py [--sizes 1,5] [--bomb-mb 100]

Generates in a temporary folder: one-line text files of the given sizes in MB (a response's
sentences repeated with no line break), and a DOCX that unpacks to `--bomb-mb` MB; runs
`foi extract --jobs 2` over each beside one good file, and prints wall time, peak memory
(the run and its workers, from getrusage) and each file's status and error.
"""
from __future__ import annotations

import argparse
import io
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = ("Q1. How much did the council spend on joint funding in 2023/24? Answer: £1,234,567 "
            "approx. Yes, we hold this information. ")


def one_line(mb: float) -> str:
    size = int(mb * 1_000_000)
    return (SENTENCE * (size // len(SENTENCE) + 1))[:size] + "\n"


def bomb(mb: int) -> bytes:
    good = (ROOT / "data" / "raw" / "herts_asc_numbered.docx").read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("word/document2.xml", b"<w:t>" + b"A" * (mb * 1024 * 1024) + b"</w:t>")
    return out.getvalue()


def run(folder: Path, out: Path) -> tuple[float, float]:
    started = time.monotonic()
    subprocess.run([str(Path(sys.executable).parent / "foi"), "extract", str(folder), "--out", str(out),
                    "--corrections", str(out / "corr"), "--jobs", "2"],
                   capture_output=True, check=False)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return time.monotonic() - started, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,5", help="one-line text sizes in MB")
    parser.add_argument("--bomb-mb", type=int, default=100)
    args = parser.parse_args()
    cases: list[tuple[str, str, bytes]] = [
        (f"one line {mb} MB", f"line_{mb}mb.txt", one_line(float(mb)).encode())
        for mb in args.sizes.split(",")]
    payload = bomb(args.bomb_mb)
    cases.append((f"DOCX of {len(payload) // 1024} KB unpacking to {args.bomb_mb} MB", "bomb.docx", payload))
    print("| input | wall time (s) | peak RSS of a process (MB) | status | error |")
    print("|---|---|---|---|---|")
    for label, name, data in cases:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "in"
            folder.mkdir()
            (folder / name).write_bytes(data)
            shutil.copy(ROOT / "data" / "raw" / "essex_asc_inline.txt", folder)
            seconds, peak = run(folder, Path(tmp) / "out")
            docs = pd.read_csv(Path(tmp) / "out" / "documents.csv", dtype=str, keep_default_na=False)
            row = docs[docs.source_file == name].iloc[0]
            print(f"| {label} | {seconds:.1f} | {peak:.0f} | {row.status} | {row.error[:90]} |")


if __name__ == "__main__":
    main()
