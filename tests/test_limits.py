"""Bounded work per file: a file over a limit is a failed document with an actionable
`errors` row, the run goes on, and the other files' answers are those of a run without it.

Every hostile file is generated in tmp_path; the good files are two of data/raw.
"""
from __future__ import annotations

import io
import os
import shutil
import signal
import sys
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from builders import blank_pdf

import pipeline.process as process_module
from pipeline.entities import load_gazetteer
from pipeline.limits import Limits, LimitError, check_zip, limits_from
from pipeline.rules import load_rules
from pipeline.run import run_extract

ROOT = Path(__file__).resolve().parent.parent
GOOD = ("essex_asc_inline.txt", "herts_asc_numbered.docx")
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS, /proc")


def vm_size_mb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) // 1024
    raise AssertionError("no VmSize")


def bomb_docx(unpacked_mb: int) -> bytes:
    """A valid DOCX (herts) with an extra member of zeros that inflates to `unpacked_mb`."""
    good = (ROOT / "data" / "raw" / "herts_asc_numbered.docx").read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("word/media/padding.bin", b"\0" * (unpacked_mb * 1024 * 1024))
    return out.getvalue()


def answers_by_file(out: Path) -> dict[str, list]:
    answers = pd.read_csv(out / "answers.csv", dtype=str, keep_default_na=False)
    return {name: rows.drop(columns=[]).to_dict("records")
            for name, rows in answers.groupby("source_file")}


@pytest.fixture()
def hostile_run(tmp_path, monkeypatch):
    """One run over the good files and one file over each limit; one over the good files alone."""
    load_gazetteer()  # loaded before the workers fork, so good files start at once
    good_dir, mixed = tmp_path / "good", tmp_path / "mixed"
    good_dir.mkdir()
    mixed.mkdir()
    for name in GOOD:
        shutil.copy(ROOT / "data" / "raw" / name, good_dir / name)
        shutil.copy(ROOT / "data" / "raw" / name, mixed / name)
    (mixed / "bomb.docx").write_bytes(bomb_docx(12))
    (mixed / "long.txt").write_text("Q1. What was spent? Answer: £5,000. " * 400, encoding="utf-8")
    (mixed / "many_pages.pdf").write_bytes(blank_pdf(6))
    (mixed / "slow.txt").write_text("Q1. Slow?\nAnswer: yes\n", encoding="utf-8")
    (mixed / "hog.txt").write_text("Q1. Hungry?\nAnswer: yes\n", encoding="utf-8")
    (mixed / "crash.txt").write_text("Q1. Crash?\nAnswer: yes\n", encoding="utf-8")
    real = process_module.extract_document

    def misbehaving(doc):  # runs in the forked worker
        if doc.source_file == "slow.txt":
            time.sleep(600)
        if doc.source_file == "hog.txt":
            hoard = [bytearray(64 * 1024 * 1024) for _ in range(200)]  # 12.8 GB
            return hoard
        if doc.source_file == "crash.txt":
            os.kill(os.getpid(), signal.SIGSEGV)
        return real(doc)

    monkeypatch.setattr(process_module, "extract_document", misbehaving)  # what workers run
    limits = Limits(max_seconds=15, max_memory_mb=1500, max_unpacked_mb=5,
                    max_pages=5, max_chars=10_000)
    started = time.monotonic()
    mixed_out = tmp_path / "out_mixed"
    summary = run_extract([mixed], mixed_out, tmp_path / "corr", jobs=2, limits=limits)
    elapsed = time.monotonic() - started
    run_extract([good_dir], tmp_path / "out_good", tmp_path / "corr", jobs=1, limits=limits)
    return summary, mixed_out, tmp_path / "out_good", elapsed


@linux_only
def test_each_limit_fails_its_file_and_spares_the_others(hostile_run):
    summary, mixed_out, good_out, elapsed = hostile_run
    docs = pd.read_csv(mixed_out / "documents.csv", dtype=str, keep_default_na=False).set_index("source_file")
    errors = pd.read_csv(mixed_out / "errors.csv", dtype=str, keep_default_na=False)
    expected = {"bomb.docx": "max_unpacked_mb", "long.txt": "max_chars", "many_pages.pdf": "max_pages",
                "slow.txt": "max_seconds", "hog.txt": "max_memory_mb", "crash.txt": "unexpectedly"}
    for name, limit in expected.items():
        assert docs.loc[name, "status"] == "failed", name
        rows = errors[errors.source_file == name]
        assert len(rows) == 1, name
        assert limit in rows.iloc[0]["message"], (name, rows.iloc[0]["message"])
        if limit.startswith("max_"):
            assert rows.iloc[0]["stage"] == "limits"
            assert "rules/thresholds.yaml" in rows.iloc[0]["hint"]
    for name in GOOD:
        assert docs.loc[name, "status"] != "failed"
    assert summary.failed == len(expected)
    good_docs = pd.read_csv(good_out / "documents.csv", dtype=str, keep_default_na=False)
    assert (good_docs.status != "failed").all(), good_docs[["source_file", "error"]].to_dict("records")
    assert answers_by_file(mixed_out) == answers_by_file(good_out)
    assert elapsed < 120  # the slow file was stopped, not waited for


def test_zip_bomb_is_refused_before_reading():
    with pytest.raises(LimitError, match="max_unpacked_mb"):
        check_zip(bomb_docx(12), Limits(max_unpacked_mb=5))
    check_zip(bomb_docx(1), Limits(max_unpacked_mb=5))  # within the limit: no error


@pytest.mark.parametrize("raw, problem", [
    pytest.param({"max_pages": "many"}, "limits.max_pages: expected a positive number", id="not_a_number"),
    pytest.param({"max_seconds": 0}, "limits.max_seconds: expected a positive number", id="zero"),
    pytest.param({"max_pagez": 5}, "limits.max_pagez: unknown limit", id="unknown_key"),
    pytest.param([1], "limits: expected a mapping", id="not_a_mapping"),
])
def test_limits_are_validated_with_their_location(raw, problem):
    problems: list[str] = []
    limits_from(raw, "rules/thresholds.yaml", problems)
    assert any(problem in p for p in problems), problems


def test_shipped_limits_are_loaded():
    assert load_rules().limits == Limits()
