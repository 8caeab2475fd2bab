"""One consistent run: a run killed at any point leaves the previous run or the new one,
all of its files matching run.json, and the next run removes what the killed one left."""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.publish import (
    CRASH_ENV, CURRENT, MANIFEST, RUNS_DIR, RunInfo, check_run, clean_leftovers, publish_run,
)
from pipeline.tables import ERRORS
from pipeline.write import read_table, write_outputs

REPO = Path(__file__).resolve().parent.parent
RAW = REPO / "data" / "raw"
SMALL = ["hampshire_chc_list.txt", "norfolk_waveney_chc_inline.txt", "wirral_s117_inline.txt"]
# every point of the writing phase: after some tables, after the DuckDB file, after run.json,
# after the switch of `current`, after the per-file links
POINTS = ["table:3", "duckdb", "manifest", "swap", "links"]


def foi_extract(raw: Path, out: Path, crash_at: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop(CRASH_ENV, None)
    if crash_at:
        env[CRASH_ENV] = crash_at
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", str(raw), "--out", str(out),
         "--corrections", str(out.parent / "corrections")],
        env=env, capture_output=True, text=True, timeout=300)


def run_id(out: Path) -> str:
    return json.loads((out / MANIFEST).read_text(encoding="utf-8"))["run_id"]


def leftovers(out: Path) -> list[str]:
    """Temporary files and run folders other than the current one."""
    current = (out / CURRENT).resolve()
    found = [str(p) for p in out.rglob("*.tmp*")]
    found += [str(p) for p in (out / RUNS_DIR).iterdir() if p.resolve() != current]
    return found


def test_a_run_killed_at_any_point_leaves_one_consistent_run(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    for name in SMALL[:2]:
        shutil.copy(RAW / name, raw / name)
    first = foi_extract(raw, out)
    assert first.returncode == 0, first.stderr
    assert check_run(out) == []
    previous = run_id(out)
    third = (RAW / SMALL[2]).read_bytes()
    for n, point in enumerate(POINTS):
        # every run has a third file with other bytes, so tables of two runs would differ
        # (and no run finds its tables already published)
        (raw / SMALL[2]).write_bytes(third + f"\nRun {n}.\n".encode())
        killed = foi_extract(raw, out, crash_at=point)
        assert killed.returncode == -signal.SIGKILL, (point, killed.stderr)
        assert check_run(out) == [], point
        now = run_id(out)
        published = point in ("swap", "links")
        assert (now != previous) == published, point
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        docs = read_table(out, "documents")
        assert len(docs) == manifest["tables"]["documents"]["rows"]
        assert sorted(d["source_file"] for d in docs) == sorted(i["source_file"] for i in manifest["inputs"])
        previous = now
    assert leftovers(out), "a killed run before publishing leaves its folder behind"
    (raw / SMALL[2]).write_bytes(third)
    last = foi_extract(raw, out)
    assert last.returncode == 0, last.stderr
    assert check_run(out) == [] and run_id(out) != previous
    assert leftovers(out) == []


def test_a_run_with_nothing_to_write_still_cleans_a_killed_runs_leftovers(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    shutil.copy(RAW / SMALL[0], raw / SMALL[0])
    assert foi_extract(raw, out).returncode == 0
    kept = run_id(out)
    (raw / SMALL[1]).write_bytes((RAW / SMALL[1]).read_bytes())
    assert foi_extract(raw, out, crash_at="table:2").returncode == -signal.SIGKILL
    (raw / SMALL[1]).unlink()
    assert leftovers(out)
    assert foi_extract(raw, out).returncode == 0
    assert run_id(out) == kept and leftovers(out) == [] and check_run(out) == []


def tables_writer(rows: list[dict]):
    def write(folder: Path) -> dict[str, int]:
        return write_outputs(folder, {"errors": (rows, ERRORS)})
    return write


def info() -> RunInfo:
    return RunInfo(started=dt.datetime.now(dt.timezone.utc), rules_fingerprint="test")


def test_publish_switches_every_path_and_describes_the_run(tmp_path):
    manifest = publish_run(tmp_path, tables_writer([{"stage": "ingest"}]), info())
    assert (tmp_path / CURRENT).is_symlink() and (tmp_path / "errors.csv").is_symlink()
    assert check_run(tmp_path) == []
    assert manifest["tables"]["errors"]["rows"] == 1
    assert set(manifest["files"]) == {"errors.csv", "errors.parquet", "datapackage.json",
                                      "foi.duckdb"}
    assert manifest["code"]["version"] and manifest["rules_fingerprint"] == "test"
    publish_run(tmp_path, tables_writer([]), info())
    assert read_table(tmp_path, "errors") == [] and check_run(tmp_path) == []
    assert len(list((tmp_path / RUNS_DIR).iterdir())) == 1


def test_a_failing_write_keeps_the_previous_run(tmp_path):
    publish_run(tmp_path, tables_writer([{"stage": "old"}]), info())

    def broken(folder: Path) -> dict[str, int]:
        tables_writer([{"stage": "new"}])(folder)
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        publish_run(tmp_path, broken, info())
    assert [r["stage"] for r in read_table(tmp_path, "errors")] == ["old"]
    assert check_run(tmp_path) == [] and len(list((tmp_path / RUNS_DIR).iterdir())) == 1


def test_an_old_layout_is_adopted_and_replaced(tmp_path):
    write_outputs(tmp_path, {"errors": ([{"stage": "old"}], ERRORS)})  # plain files, as before
    (tmp_path / "notes.csv").write_text("mine\n")  # not ours: left alone
    publish_run(tmp_path, tables_writer([{"stage": "new"}]), info())
    assert [r["stage"] for r in read_table(tmp_path, "errors")] == ["new"]
    assert (tmp_path / "errors.parquet").is_symlink() and check_run(tmp_path) == []
    assert (tmp_path / "notes.csv").read_text() == "mine\n"


def test_leftovers_are_cleaned(tmp_path):
    publish_run(tmp_path, tables_writer([]), info())
    stale = [tmp_path / ".answers.csv.999999999.ab12cd34.tmp", tmp_path / RUNS_DIR / "half-written",
             tmp_path / ".cache" / ".abc.999999999.tmp", tmp_path / ".foi.duckdb.999999998.x.tmp.wal"]
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.mkdir() if path.name == "half-written" else path.write_text("x")
    os.symlink(f"{CURRENT}/gone.csv", tmp_path / "gone.csv")
    removed = clean_leftovers(tmp_path)
    assert set(removed) == set(stale) | {tmp_path / "gone.csv"}
    assert check_run(tmp_path) == []
