"""Corrections survive re-runs: a reviewed run re-extracted gives the reviewer's answers,
and the same tables every time, even from an empty output folder.

The decisions go the way a reviewer's would: the queue is exported, every row is filled in
from the gold file, and the sheet is imported.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline.corrections import shown_value
from pipeline.evaluate import collapse_rows, judge, load_predictions
from pipeline.review.decide import ReviewContext
from pipeline.review.export import EXPORT_COLUMNS, export_queue
from pipeline.review.importer import import_sheet
from pipeline.review.sheet import read_sheet, write_sheet
from pipeline.run import run_extract

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ("essex_asc_inline.txt", "bristol_csc_list_then_answers.txt", "notts_csc_inline.txt")
TABLES = ("documents", "qa_pairs", "answers", "review_queue", "errors",
          "asc_joint_funding", "csc_joint_commissioning")


def gold_of(name: str) -> dict:
    path = ROOT / "data" / "gold" / f"{Path(name).stem}.json"
    return json.loads(path.read_text(encoding="utf-8"))["gold"]


def as_decision(gold: object) -> tuple[str, str] | list | None:
    """(corrected_value, corrected_state) for a scalar gold spec, the items for a list,
    or None when gold says there is no value (a reviewer cannot add an absence)."""
    if isinstance(gold, dict) and "any_of" in gold:
        return as_decision(gold["any_of"][0])
    if isinstance(gold, dict):
        return "", gold["state"]
    if gold is None or gold == []:
        return None
    if isinstance(gold, list):
        return [str(g) for g in gold]
    if isinstance(gold, bool):
        return ("true" if gold else "false"), ""
    return str(gold), ""


def decisions_from_gold(sheet_rows: list[dict], answers: list[dict]) -> tuple[list[dict], set]:
    """Fill every queued row from gold; a queued list gets all its gold items."""
    golds = {}
    out, corrected = [], set()
    for row in sheet_rows:
        gold = golds.setdefault(row["source_file"], gold_of(row["source_file"]))
        if row["field"] not in gold:
            continue
        decision = as_decision(gold[row["field"]])
        if decision is None:
            continue
        corrected.add((Path(row["source_file"]).stem, row["field"]))
        if isinstance(decision, tuple):
            out.append({**row, "corrected_value": decision[0], "corrected_state": decision[1]})
            continue
        if (row["doc_id"], row["field"]) in {(r["doc_id"], r["field"]) for r in out}:
            continue  # the list was filled in from an earlier item
        found = sorted({int(a["item"]) for a in answers
                        if a["doc_id"] == row["doc_id"] and a["field"] == row["field"]})
        for item in sorted(set(found) | set(range(len(decision)))):
            if item < len(decision):
                out.append({**row, "item": str(item), "corrected_value": decision[item], "corrected_state": ""})
            else:  # a machine item the gold list does not have
                out.append({**row, "item": str(item), "corrected_value": "", "corrected_state": "not_answered"})
    return out, corrected


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / f"{name}.csv").read_bytes() for name in TABLES}


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    root = tmp_path_factory.mktemp("rerun")
    raw, out, corrections = root / "raw", root / "out", root / "corrections"
    raw.mkdir()
    for name in EXAMPLES:
        shutil.copy(ROOT / "data" / "raw" / name, raw / name)
    run_extract([raw], out, corrections)
    sheet = root / "review.csv"
    export_queue(out, sheet)
    _, rows = read_sheet(sheet)
    answers = pd.read_csv(out / "answers.csv", dtype=str, keep_default_na=False).to_dict("records")
    filled, corrected = decisions_from_gold([r.cells for r in rows], answers)
    assert corrected, "the examples should leave something to correct"
    write_sheet(sheet, EXPORT_COLUMNS, filled)
    report = import_sheet(sheet, corrections, ReviewContext.load(out), reviewer="gold")
    assert report.problems == [], report.lines()
    run_extract([raw], out, corrections)
    machine = {(a["doc_id"], a["field"], a["item"]): shown_value(a) for a in answers}
    return root, raw, out, corrections, corrected, machine


def test_corrected_fields_match_gold_exactly(reviewed):
    _, _, out, _, corrected, _ = reviewed
    predictions = load_predictions(out)
    wrong = []
    for stem, field in sorted(corrected):
        gold = gold_of(stem)[field]
        verdict = judge(stem, field, gold, collapse_rows(predictions[stem][field]))
        if not verdict.correct:
            wrong.append((stem, field, gold, verdict.prediction.shown if verdict.prediction else None))
        assert all(r["status"] in ("corrected", "auto") for r in predictions[stem][field])
    assert wrong == []


def test_corrected_rows_leave_the_queue_and_keep_the_machine_value(reviewed):
    _, _, out, _, corrected, machine = reviewed
    answers = pd.read_csv(out / "answers.csv", dtype=str, keep_default_na=False)
    queue = pd.read_csv(out / "review_queue.csv", dtype=str, keep_default_na=False)
    fixed = answers[answers.status == "corrected"]
    assert len(fixed) >= len(corrected)
    assert set(zip(queue.doc_id, queue.field, queue.item)).isdisjoint(zip(fixed.doc_id, fixed.field, fixed.item))
    for row in fixed.to_dict("records"):
        key = (row["doc_id"], row["field"], row["item"])
        if key in machine:  # the machine's value is kept for audit
            assert row["original_value"] == machine[key], key
        else:  # a value the machine never found was added by the reviewer
            assert (row["original_value"], row["flags"]) == ("", "reviewer_added")


def test_a_second_run_writes_byte_identical_tables(reviewed):
    _, raw, out, corrections, _, _ = reviewed
    before = snapshot(out)
    run_extract([raw], out, corrections)
    assert snapshot(out) == before


def test_an_emptied_output_folder_gives_the_same_corrected_tables(reviewed, tmp_path):
    _, raw, out, corrections, _, _ = reviewed
    fresh = tmp_path / "fresh"
    run_extract([raw], fresh, corrections)
    assert snapshot(fresh) == snapshot(out)
    for name in TABLES:
        pd.testing.assert_frame_equal(pd.read_parquet(fresh / f"{name}.parquet"),
                                      pd.read_parquet(out / f"{name}.parquet"))


def _run_id(out: Path) -> str:
    return json.loads((out / "run.json").read_text(encoding="utf-8"))["run_id"]


def test_a_run_with_nothing_changed_keeps_the_published_run(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(ROOT / "data" / "raw" / "essex_asc_inline.txt", raw)
    out, corr = tmp_path / "out", tmp_path / "corr"
    first = run_extract([raw], out, corr)
    again = run_extract([raw], out, corr)
    assert _run_id(out) == _run_id(out)  # read twice: stable
    run_id = _run_id(out)
    assert (again.documents, again.answers, again.review, again.failed) == \
        (first.documents, first.answers, first.review, first.failed)
    # a published file changed by hand: the tables are written again
    (out / "answers.csv").resolve().write_text("tampered", encoding="utf-8")
    run_extract([raw], out, corr)
    assert _run_id(out) != run_id and "tampered" not in (out / "answers.csv").read_text(encoding="utf-8")
    # a new file, or a new correction: written again
    run_id = _run_id(out)
    shutil.copy(ROOT / "data" / "raw" / "kent_s117_response_lines.txt", raw)
    assert run_extract([raw], out, corr).documents == 2 and _run_id(out) != run_id
    run_id = _run_id(out)
    run_extract([raw], out, corr)
    assert _run_id(out) == run_id
