"""The end-of-run summary: counts, the files that failed or were partly read with their
reasons, and where errors.csv is; --json and --quiet for scripts; an empty input warns."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import cli

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "data" / "raw" / "essex_asc_inline.txt"


def _run(tmp_path: Path, *extra: str):
    runner = CliRunner()
    return runner.invoke(cli, ["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                               "--corrections", str(tmp_path / "corr"), *extra])


def _inputs(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(GOOD, folder / GOOD.name)
    (folder / "broken reply.pdf").write_bytes(b"%PDF-1.4 cut short")


def test_a_failing_file_is_named_with_its_reason_and_the_errors_path(tmp_path):
    _inputs(tmp_path)
    result = _run(tmp_path)
    assert result.exit_code == 1
    out = result.output
    assert "2 documents: 1 ok, 0 partial, 1 failed" in out
    line = next(l for l in out.splitlines() if "broken reply.pdf" in l)
    assert "not a readable PDF" in line and str(tmp_path) not in line  # the reason, not the path again
    assert f"{tmp_path / 'out' / 'errors.csv'}" in out
    assert "to review (" in out


def test_json_summary_for_scripts(tmp_path):
    _inputs(tmp_path)
    result = _run(tmp_path, "--json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert (report["documents"], report["ok"], report["failed"]) == (2, 1, 1)
    assert report["failed_files"][0]["source_file"] == "broken reply.pdf"
    assert report["errors_csv"].endswith("errors.csv") and report["values"] > 0
    assert 0 <= report["review_rate"] <= 1


def test_quiet_prints_nothing_and_keeps_the_exit_status(tmp_path):
    _inputs(tmp_path)
    result = _run(tmp_path, "--quiet")
    assert result.exit_code == 1 and result.output == ""


def test_an_empty_input_folder_warns(tmp_path):
    (tmp_path / "in").mkdir()
    result = _run(tmp_path)
    assert result.exit_code == 0
    assert "warning: no files found in" in result.output
