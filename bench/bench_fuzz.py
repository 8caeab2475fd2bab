"""A bounded fuzz run: mutated PDF, DOCX, HTML and e-mail files through `foi extract`.

    .venv/bin/python bench/bench_fuzz.py [--per-format 40] [--seed 1] [--jobs 2] [--keep DIR]

From the project's own example responses (data/raw, data/heldout3/raw) it makes
`--per-format` mutants of each format, each by one of: flipping random bytes, cutting the
file short, inserting random bytes, duplicating a slice, or (for DOCX) rewriting one XML
member of the zip with bytes flipped inside it. All mutants go into one folder with the
untouched originals and `foi extract --jobs N` runs over it once.

It reports wall and CPU time, peak memory of the run and its workers, how the documents
ended (ok / partial / failed, by stage) and checks what must always hold, whatever the
bytes: the run finishes with status 0 or 1, nothing on the terminal looks like a
traceback, every file has one `documents` row, every failed file has an `errors` row with
a hint, and the originals' answers equal those of a run over the originals alone.
Any failed check is printed and the script exits 1.
"""
from __future__ import annotations

import argparse
import collections
import csv
import io
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = {
    "pdf": ["data/raw/cornwall_csc_refusal.pdf", "data/raw/derbyshire_chc_response_lines.pdf"],
    "docx": ["data/raw/herts_asc_numbered.docx", "data/raw/birmingham_solihull_chc_table.docx"],
    "html": sorted(str(p.relative_to(ROOT)) for p in (ROOT / "data/heldout3/raw").glob("*.html")),
    "eml": sorted(str(p.relative_to(ROOT)) for p in (ROOT / "data/heldout3/raw").glob("*.eml")),
}
csv.field_size_limit(10**9)


def flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 64)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def cut(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, len(data))]


def insert(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data))
    return data[:at] + rng.randbytes(rng.randint(1, 4096)) + data[at:]


def duplicate(data: bytes, rng: random.Random) -> bytes:
    a = rng.randrange(len(data))
    b = min(len(data), a + rng.randint(1, 65536))
    return data[:b] + data[a:b] * rng.randint(2, 50) + data[b:]


def zip_member(data: bytes, rng: random.Random) -> bytes:
    """A DOCX whose XML members are intact as a zip but one of them has bytes flipped."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as src:
            items = src.infolist()
            target = rng.choice([i for i in items if i.filename.endswith(".xml")] or items)
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
                for item in items:
                    body = src.read(item.filename)
                    dst.writestr(item.filename, flip(body, rng) if item is target else body)
        return out.getvalue()
    except zipfile.BadZipFile:
        return flip(data, rng)


MUTATIONS = {"flip": flip, "cut": cut, "insert": insert, "duplicate": duplicate}


def make_corpus(folder: Path, per_format: int, rng: random.Random) -> dict[str, str]:
    """Write the originals and the mutants into `folder`; return file name -> how it was made."""
    made: dict[str, str] = {}
    for fmt, seeds in SEEDS.items():
        for seed in seeds:
            shutil.copy(ROOT / seed, folder / Path(seed).name)
            made[Path(seed).name] = "original"
        kinds = dict(MUTATIONS, **({"zip_member": zip_member} if fmt == "docx" else {}))
        for n in range(per_format if seeds else 0):
            seed = ROOT / rng.choice(seeds)
            kind = rng.choice(sorted(kinds))
            name = f"mutant_{fmt}_{n:03d}_{kind}.{fmt}"
            (folder / name).write_bytes(kinds[kind](seed.read_bytes(), rng))
            made[name] = kind
    return made


def extract(folder: Path, out: Path, jobs: int) -> tuple[subprocess.CompletedProcess, float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(folder), "--out", str(out),
                           "--corrections", str(out.parent / f"{out.name}_corrections"), "--jobs", str(jobs)],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return done, time.monotonic() - started, cpu


def rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def answers_of(out: Path, names: set[str]) -> list[tuple]:
    keep = ("source_file", "field", "item", "state", "value", "status")
    return sorted(tuple(r[k] for k in keep) for r in rows(out / "answers.csv") if r["source_file"] in names)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-format", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="keep the corpus and outputs in this folder")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        folder, originals = base / "fuzz", base / "originals"
        for d in (folder, originals):
            shutil.rmtree(d, ignore_errors=True)
            d.mkdir(parents=True)
        made = make_corpus(folder, args.per_format, rng)
        for name, kind in made.items():
            if kind == "original":
                shutil.copy(folder / name, originals / name)
        done, wall, cpu = extract(folder, base / "out", args.jobs)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        clean, _, _ = extract(originals, base / "out_originals", args.jobs)
        problems = []
        if done.returncode not in (0, 1):
            problems.append(f"exit status {done.returncode}")
        if "Traceback" in done.stderr or "Traceback" in done.stdout:
            problems.append("a traceback on the terminal:\n" + done.stderr[-2000:])
        documents = rows(base / "out" / "documents.csv")
        errors = rows(base / "out" / "errors.csv")
        seen = collections.Counter(d["source_file"] for d in documents)
        problems += [f"{name}: {seen[name]} documents rows" for name in made if seen[name] != 1]
        with_error = {e["source_file"] for e in errors}
        problems += [f"{d['source_file']}: failed with no errors row" for d in documents
                     if d["status"] == "failed" and d["source_file"] not in with_error]
        problems += [f"{e['source_file']}: errors row without a hint ({e['message'][:80]})"
                     for e in errors if not e["hint"].strip()]
        kept = {n for n, k in made.items() if k == "original"}
        if answers_of(base / "out", kept) != answers_of(base / "out_originals", kept):
            problems.append("the originals' answers differ when mutants are beside them")
        if clean.returncode != 0:
            problems.append(f"the run over the originals alone exited {clean.returncode}")
        status = collections.Counter((made[d["source_file"]] if made[d["source_file"]] == "original"
                                      else "mutant", d["status"]) for d in documents)
        stages = collections.Counter(e["stage"] for e in errors
                                     if made.get(e["source_file"]) not in (None, "original"))
        mutants = sum(1 for k in made.values() if k != "original")
        print(f"{mutants} mutants of {sum(1 for k in made.values() if k == 'original')} originals "
              f"({', '.join(f'{f} {len(s)}' for f, s in SEEDS.items())} seeds), --jobs {args.jobs}")
        print(f"run: {wall:.1f} s wall, {cpu:.1f} s CPU, peak RSS of a process {peak:.0f} MB, exit {done.returncode}")
        print("documents: " + ", ".join(f"{k[0]} {k[1]} {v}" for k, v in sorted(status.items())))
        print("errors by stage (mutants): " + ", ".join(f"{k} {v}" for k, v in sorted(stages.items())))
        unexpected = [e for e in errors if "unexpected" in e["message"]]
        print(f"unexpected library failures recorded (not crashes): {len(unexpected)}")
        for e in unexpected[:5]:
            print(f"  {e['source_file']}: {e['message'][:160]}")
        print("checks: " + ("all hold" if not problems else f"{len(problems)} FAILED"))
        for p in problems[:20]:
            print("  " + p)
        return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
