"""Benchmark: CPU per TXT and DOCX document against its floor, and start-up (not a test).

Generates varied text responses from the project's example layouts (figures changed so each
document is distinct) and the same responses as DOCX, then measures in one run:

- start-up: CPU of `python -m pipeline extract` on an empty folder and on a one-file folder
  (child processes; the median of --repeat runs), beside `python -c pass`;
- marginal CPU per document, in-process and warm (rules, gazetteer and imports loaded):
  each document's `process_file` is timed right after its floor, so both see the same load
  on the machine; the floor is read + decode + one regex pass (TXT) and unzip
  `word/document.xml` + decode + the same regex (DOCX);
- optionally (--long) one-line files of 250 KB and 1 MB (the examples with their line
  breaks turned into spaces): CPU per MB should not grow with the length of the line;
- optionally (--real) the same over the project's own TXT and DOCX examples (data/raw and
  data/heldout*/raw except the blind heldout4).

CPU is `time.process_time` (user + system), never wall time: other work on the machine
does not move it much. Medians are reported, and the ratio of the summed times.

    .venv/bin/python bench/bench_cpu.py [--docs 200] [--repeat 3] [--real] [--long] [--profile FILE]
"""
from __future__ import annotations

import argparse
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from bench_formats import _items  # noqa: E402  (one layout of text as DOCX items)
TEMPLATES = sorted((ROOT / "data" / "raw").glob("*.txt")) + [ROOT / "tests" / "fixtures" / "inline_restated.txt"]
REAL_SETS = ["data/raw", "data/heldout/raw", "data/heldout2/raw", "data/heldout3/raw", "data/heldout_q4/raw"]
FLOOR_PATTERN = re.compile(r"\d[\d,.]*|[A-Za-z]+")  # one pass that touches every word and figure


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def _vary(text: str, rng: random.Random) -> str:
    """Change figures and the order of blank-line blocks after the first, so no two match."""
    blocks = text.split("\n\n")
    head, body = blocks[:2], blocks[2:]
    if len(body) > 3 and rng.random() < 0.3:  # swap two neighbouring answers now and then
        k = rng.randrange(len(body) - 1)
        body[k], body[k + 1] = body[k + 1], body[k]
    text = "\n\n".join(head + body)
    out = [str(rng.randint(0, 9)) if ch.isdigit() and rng.random() < 0.3 else ch for ch in text]
    return "".join(out) + f"\nReference copy {rng.randint(0, 10**9)}\n"


def make_corpus(folder: Path, n: int, seed: int = 7) -> tuple[list[Path], list[Path]]:
    from builders import make_docx

    rng = random.Random(seed)
    sources = [_decode(p.read_bytes()) for p in TEMPLATES]
    txt, docx = [], []
    for i in range(n):
        text = _vary(rng.choice(sources), rng)
        p = folder / f"doc_{i:05d}.txt"
        p.write_text(text, encoding="utf-8")
        txt.append(p)
        d = folder / f"doc_{i:05d}.docx"
        make_docx(d, _items(_vary(rng.choice(sources), rng)))
        docx.append(d)
    return txt, docx


def floor_txt(path: Path) -> int:
    return len(FLOOR_PATTERN.findall(_decode(path.read_bytes())))


def floor_docx(path: Path) -> int:
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return len(FLOOR_PATTERN.findall(xml))


def marginal(files: list[Path], floor, profiler=None) -> dict:
    """Per document: floor CPU then pipeline CPU, interleaved; medians and summed ratio."""
    from pipeline.run import process_file

    pipe, flo = [], []
    for f in files:
        t0 = time.process_time()
        floor(f)
        t1 = time.process_time()
        if profiler:
            profiler.enable()
        result = process_file(f, f.name)
        if profiler:
            profiler.disable()
        t2 = time.process_time()
        if any(e["stage"] == "pipeline" for e in result.errors):
            raise SystemExit(f"{f.name}: {result.errors}")
        flo.append(t1 - t0)
        pipe.append(t2 - t1)
    return {"n": len(files), "pipe_ms": 1000 * statistics.median(pipe), "floor_ms": 1000 * statistics.median(flo),
            "ratio_sum": sum(pipe) / max(sum(flo), 1e-9), "pipe_mean_ms": 1000 * sum(pipe) / len(pipe)}


def _child_cpu(cmd: list[str], cwd: Path) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def startup(tmp: Path, one_file: Path, repeat: int) -> dict:
    empty = tmp / "empty"
    empty.mkdir()
    single = tmp / "single"
    single.mkdir()
    (single / one_file.name).write_bytes(one_file.read_bytes())
    out: dict[str, list[float]] = {"python -c pass": [], "foi extract (empty)": [], "foi extract (one file)": []}
    for k in range(repeat):
        out["python -c pass"].append(_child_cpu([sys.executable, "-c", "pass"], ROOT))
        for label, folder in (("foi extract (empty)", empty), ("foi extract (one file)", single)):
            work = tmp / f"run_{label[-6:-1]}_{k}"
            out[label].append(_child_cpu([sys.executable, "-m", "pipeline", "extract", str(folder), "--out",
                                          str(work / "out"), "--corrections", str(work / "corr")], ROOT))
    return {label: statistics.median(v) for label, v in out.items()}


def long_lines(tmp: Path, sizes=(250_000, 1_000_000)) -> None:
    """CPU of one-line files of growing size: linear work keeps s/MB flat."""
    from pipeline.run import process_file

    unit = " ".join(_decode(p.read_bytes()).replace("\n", " ") for p in TEMPLATES)
    for size in sizes:
        path = tmp / f"one_line_{size}.txt"
        path.write_text((unit * (size // len(unit) + 1))[:size], encoding="utf-8")
        t0 = time.process_time()
        process_file(path, path.name)
        cpu = time.process_time() - t0
        print(f"one line  {size / 1e6:5.2f} MB  {cpu:6.2f} s CPU  = {cpu / (size / 1e6):5.2f} s per MB")


def real_files() -> tuple[list[Path], list[Path]]:
    files = [p for s in REAL_SETS for p in sorted((ROOT / s).iterdir())]
    return [p for p in files if p.suffix == ".txt"], [p for p in files if p.suffix == ".docx"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=200, help="generated documents per format")
    ap.add_argument("--repeat", type=int, default=3, help="start-up runs (median)")
    ap.add_argument("--real", action="store_true", help="also the project's own TXT/DOCX examples")
    ap.add_argument("--long", action="store_true", help="also one-line files of 250 KB and 1 MB")
    ap.add_argument("--no-startup", action="store_true")
    ap.add_argument("--profile", type=Path, help="write a cProfile of the pipeline calls here")
    a = ap.parse_args()
    profiler = None
    if a.profile:
        import cProfile
        profiler = cProfile.Profile()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        corpus = tmp / "corpus"
        corpus.mkdir()
        txt, docx = make_corpus(corpus, a.docs)
        if not a.no_startup:
            for label, cpu in startup(tmp, txt[0], a.repeat).items():
                print(f"start-up  {label:<24} {cpu:6.2f} s CPU")
        from pipeline.entities import load_gazetteer
        from pipeline.rules import load_rules
        from pipeline.run import process_file

        load_rules(), load_gazetteer()
        for f in txt[:3] + docx[:3]:  # warm: imports, spaCy, caches of the rules
            process_file(f, f.name)
        rows = [("generated TXT", txt, floor_txt), ("generated DOCX", docx, floor_docx)]
        if a.real:
            rtxt, rdocx = real_files()
            rows += [("examples TXT", rtxt, floor_txt), ("examples DOCX", rdocx, floor_docx)]
        for label, files, floor in rows:
            r = marginal(files, floor, profiler)
            print(f"{label:<15} n={r['n']:<4} pipeline median {r['pipe_ms']:7.1f} ms/doc (mean {r['pipe_mean_ms']:6.1f})"
                  f"  floor median {r['floor_ms']:6.3f} ms  ratio of sums {r['ratio_sum']:6.0f}x")
        if a.long:
            long_lines(tmp)
    if profiler:
        profiler.dump_stats(str(a.profile))
        print(f"profile written to {a.profile}")


if __name__ == "__main__":
    main()
