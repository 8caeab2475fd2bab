"""Benchmark: the layout grid, every example × every layout × every format.

Each example's content (`tests/fixtures/layouts/*.yaml`) is laid out by every layout of
`tests/layout_grid.py`, written in every format into a temporary folder and run through the
pipeline in this process (`ingest` + `process_document`, the rules loaded once: as fast as
`foi extract` over a format's folder, 39 s for the 228 TXT files, and it gives each file's
result without reading the tables back). The full grid (19 × 12 × 5 = 1140 files) takes about
5 minutes on one core. Every rendering is scored against the example's gold
by the rules of `shared/tools/score.py`. The example's own file in `data/raw/` is scored too
(`original`), so a field that fails there is a reader's problem rather than the layout's.

Prints recall of gold values (auto + review) per layout × format, then per layout and per
format: recall, auto precision and review rate. `--json` writes the same figures and every
failing (example, layout, format, field).

    .venv/bin/python bench/bench_layouts.py [--formats txt,docx,...] [--layouts inline,...]
                                            [--examples herts_asc_numbered,...] [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import traceback
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))
import layout_grid as grid  # noqa: E402


class Tally:
    """The scorer's counts: gold values, predictions, correct, auto and review."""

    def __init__(self):
        self.gold = self.pred = self.correct = 0
        self.pred_auto = self.correct_auto = self.pred_review = 0
        self.documents = self.failed_documents = 0

    def add(self, checks) -> None:
        self.documents += 1
        self.failed_documents += any(c.failed for c in checks)
        for c in checks:
            self.gold += c.positive
            if c.predicted:
                self.pred += 1
                right = c.ok
                self.correct += right
                if c.auto:
                    self.pred_auto += 1
                    self.correct_auto += right
                else:
                    self.pred_review += 1

    @staticmethod
    def _ratio(num, den):
        return num / den if den else None

    def summary(self) -> dict:
        return {"documents": self.documents, "documents_failing": self.failed_documents,
                "gold_values": self.gold, "recall": self._ratio(self.correct, self.gold),
                "auto_precision": self._ratio(self.correct_auto, self.pred_auto),
                "review_rate": self._ratio(self.pred_review, self.pred)}


def _pct(value) -> str:
    return "  -  " if value is None else f"{100 * value:5.1f}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--formats", default=",".join(grid.FORMATS))
    ap.add_argument("--layouts", default=",".join(grid.LAYOUTS))
    ap.add_argument("--examples", default=",".join(grid.content_stems()))
    ap.add_argument("--no-original", action="store_true",
                    help="do not score the examples' own files in data/raw/")
    ap.add_argument("--json", help="write figures and failures to this file")
    a = ap.parse_args(argv)
    formats = [f for f in a.formats.split(",") if f]
    layouts = [x for x in a.layouts.split(",") if x]
    examples = [x for x in a.examples.split(",") if x]
    unknown = ([f for f in formats if f not in grid.FORMATS]
               + [x for x in layouts if x not in grid.LAYOUTS]
               + [x for x in examples if x not in grid.content_stems()])
    if unknown:
        ap.error(f"unknown: {', '.join(unknown)}")

    cells: dict[tuple[str, str], Tally] = defaultdict(Tally)
    by_layout: dict[str, Tally] = defaultdict(Tally)
    by_format: dict[str, Tally] = defaultdict(Tally)
    by_example: dict[str, Tally] = defaultdict(Tally)
    total, original = Tally(), Tally()
    failures, errors, original_failures = [], [], []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="layout-grid-") as tmp:
        for stem in examples:
            content = grid.load_content(stem)
            gold = content.gold()
            if not a.no_original:
                source = json.loads((ROOT / content.gold_path).read_text())["source_file"]
                checks = grid.check_fields(gold, grid.run(ROOT / "data" / "raw" / source))
                original.add(checks)
                original_failures += [_failure(stem, "original", Path(source).suffix[1:], c)
                                      for c in checks if c.failed]
            for layout in layouts:
                for fmt in formats:
                    folder = Path(tmp) / fmt / layout
                    folder.mkdir(parents=True, exist_ok=True)
                    try:
                        result = grid.run(grid.render(content, layout, fmt, folder))
                    except Exception as exc:  # a crash is a result of the grid, not the end of it
                        errors.append({"example": stem, "layout": layout, "format": fmt,
                                       "error": f"{type(exc).__name__}: {exc}",
                                       "trace": traceback.format_exc(limit=3)})
                        continue
                    checks = grid.check_fields(gold, result)
                    for tally in (cells[layout, fmt], by_layout[layout], by_format[fmt],
                                  by_example[stem], total):
                        tally.add(checks)
                    failures += [_failure(stem, layout, fmt, c) for c in checks if c.failed]
    elapsed = time.perf_counter() - started
    n = len(examples) * len(layouts) * len(formats)

    print(f"layout grid: {len(examples)} examples × {len(layouts)} layouts × {len(formats)} "
          f"formats = {n} documents in {elapsed:.0f} s ({elapsed / max(n, 1):.2f} s each)")
    print("\nrecall of gold values (auto + review), % — per layout × format")
    print(f"{'layout':24s}" + "".join(f"{f:>7s}" for f in formats)
          + f"{'all':>7s}{'autoP':>7s}{'review':>7s}")
    for layout in layouts:
        s = by_layout[layout].summary()
        print(f"{layout:24s}" + "".join(f"{_pct(cells[layout, f].summary()['recall']):>7s}"
                                         for f in formats)
              + f"{_pct(s['recall']):>7s}{_pct(s['auto_precision']):>7s}"
              f"{_pct(s['review_rate']):>7s}")
    print(f"{'all layouts':24s}" + "".join(f"{_pct(by_format[f].summary()['recall']):>7s}"
                                            for f in formats)
          + f"{_pct(total.summary()['recall']):>7s}"
          f"{_pct(total.summary()['auto_precision']):>7s}"
          f"{_pct(total.summary()['review_rate']):>7s}")
    print(f"{'auto precision':24s}" + "".join(
        f"{_pct(by_format[f].summary()['auto_precision']):>7s}" for f in formats))
    print(f"{'review rate':24s}" + "".join(
        f"{_pct(by_format[f].summary()['review_rate']):>7s}" for f in formats))
    if not a.no_original:
        s = original.summary()
        print(f"\noriginal files (data/raw): recall {_pct(s['recall'])}  auto precision "
              f"{_pct(s['auto_precision'])}  review {_pct(s['review_rate'])}  "
              f"({len(original_failures)} fields failing)")
    print(f"documents with every field right: {total.documents - total.failed_documents} of "
          f"{total.documents}; failing fields: {len(failures)}; crashes: {len(errors)}")

    if a.json:
        report = {
            "seconds": round(elapsed, 1), "documents": n,
            "examples": examples, "layouts": layouts, "formats": formats,
            "total": total.summary(), "original": original.summary(),
            "by_layout": {k: by_layout[k].summary() for k in layouts},
            "by_format": {k: by_format[k].summary() for k in formats},
            "by_example": {k: by_example[k].summary() for k in examples},
            "cells": {f"{layout}/{fmt}": cells[layout, fmt].summary()
                      for layout in layouts for fmt in formats},
            "failures": failures, "original_failures": original_failures, "errors": errors,
        }
        Path(a.json).write_text(json.dumps(report, indent=1, ensure_ascii=False, default=str))
        print(f"wrote {a.json}")
    return 0


def _failure(stem: str, layout: str, fmt: str, check) -> dict:
    return {"example": stem, "layout": layout, "format": fmt, "field": check.field,
            "gold": check.gold, "got": check.got, "auto": check.auto,
            "kind": "contradicts" if check.contradicts else "missed"}


if __name__ == "__main__":
    sys.exit(main())
