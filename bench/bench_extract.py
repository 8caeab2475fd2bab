"""Benchmark: documents per second over generated responses (not a test; figures go in README).

Generates N text responses by varying the project's own example layouts (figures, names,
order), runs the whole pipeline in-process, and reports docs/s and peak memory.

    .venv/bin/python bench/bench_extract.py [--docs 2000] [--jobs 1]
"""
from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from pathlib import Path

from pipeline.run import run_extract

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = [p for p in (ROOT / "data" / "raw").glob("*.txt")] + [ROOT / "tests" / "fixtures" / "inline_restated.txt"]


def _vary(text: str, rng: random.Random) -> str:
    # change every figure so each document is distinct (and its hash differs)
    out, i = [], 0
    for ch in text:
        out.append(str(rng.randint(0, 9)) if ch.isdigit() and rng.random() < 0.3 else ch)
    return "".join(out) + f"\nBenchmark copy {rng.random()}\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(7)
    sources = []
    for p in TEMPLATES:
        raw = p.read_bytes()
        try:
            sources.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            sources.append(raw.decode("cp1252"))
    with tempfile.TemporaryDirectory() as tmp:
        raw_dir = Path(tmp) / "raw"
        raw_dir.mkdir()
        for i in range(a.docs):
            (raw_dir / f"doc_{i:05d}.txt").write_text(_vary(rng.choice(sources), rng), encoding="utf-8")
        start = time.perf_counter()
        summary = run_extract([raw_dir], Path(tmp) / "out", Path(tmp) / "corr", jobs=a.jobs)
        elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{summary.documents} docs in {elapsed:.1f} s = {summary.documents / elapsed:.1f} docs/s "
          f"(jobs={a.jobs}); {summary.answers} values; peak RSS of the main process {peak:.0f} MB")


if __name__ == "__main__":
    main()
