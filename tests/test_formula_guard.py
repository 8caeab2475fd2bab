"""No formula survives: text from a document or a reviewer never starts a formula in a CSV
or XLSX file we write, while Parquet, DuckDB and the readers keep the true text."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from openpyxl import load_workbook

from pipeline.corrections import ledger_path, read_ledger
from pipeline.review.decide import ReviewContext
from pipeline.review.export import EXPORT_COLUMNS, export_queue
from pipeline.review.importer import import_sheet
from pipeline.review.sheet import read_sheet, write_sheet
from pipeline.spreadsheet import starts_formula
from review_helpers import RESPONSE, make_run

HYPERLINK = '=HYPERLINK("http://x","y")'
# an answer that starts with a formula, and one that starts with a sum
TEXT = (RESPONSE.replace("funding splits? Yes. Joint", "funding splits? =1+1 Yes. Joint")
        .replace("? Yes - MSE ICB.", "? -2+3 Yes - MSE ICB."))


def csv_formulas(path: Path) -> list[str]:
    text = path.read_bytes().decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row
            if starts_formula(cell)]


def xlsx_formulas(path: Path) -> list[str]:
    found = []
    for row in load_workbook(path).active.iter_rows():
        for cell in row:
            if cell.data_type == "f" or (isinstance(cell.value, str) and starts_formula(cell.value)
                                         and not cell.quotePrefix):
                found.append(str(cell.value))
    return found


def formulas_in(*folders: Path) -> dict[str, list[str]]:
    """Every cell of every CSV and XLSX file under `folders` that a spreadsheet would run."""
    found = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.suffix == ".csv":
                cells = csv_formulas(path)
            elif path.suffix == ".xlsx":
                cells = xlsx_formulas(path)
            else:
                continue
            if cells:
                found[str(path)] = cells
    return found


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return make_run(tmp_path_factory.mktemp("formula"), TEXT)


def test_document_text_is_guarded_in_csv_and_true_elsewhere(run, tmp_path):
    raw = (run.processed / "qa_pairs.csv").read_text(encoding="utf-8")
    assert "\"'=1+1 Yes." in raw
    parquet = [r["answer_text"] for r in pq.read_table(run.processed / "qa_pairs.parquet").to_pylist()]
    assert any(a.startswith("=1+1 Yes.") for a in parquet)
    assert [r["answer_text"] for r in run.table("qa_pairs")] == parquet  # the reader removes the guard
    for suffix in ("csv", "xlsx"):
        export_queue(run.processed, tmp_path / f"queue.{suffix}")
    _, rows = read_sheet(tmp_path / "queue.xlsx")
    assert any(r.cells["answer_text"].startswith("=1+1") for r in rows)
    assert formulas_in(run.processed, tmp_path) == {}


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_reviewer_formulas_are_stored_as_text_and_never_run(tmp_path_factory, suffix):
    run = make_run(tmp_path_factory.mktemp(f"reviewer_{suffix}"), TEXT)
    sheets = tmp_path_factory.mktemp(f"sheets_{suffix}")
    export_queue(run.processed, sheets / "queue.csv")
    _, exported = read_sheet(sheets / "queue.csv")
    data = [dict(r.cells) for r in exported]
    row_of = {r["field"] + str(r["item"]): i for i, r in enumerate(data)}
    decisions = {
        "portfolio_holder_name0": {"corrected_value": HYPERLINK, "comment": "+1+1", "reviewer": "@SUM(A1)"},
        "icbs_covering0": {"corrected_state": "not_held", "comment": "-5", "reviewer": "-2+3"},
        "care_packages_count0": {"corrected_value": "-2+3"},  # not a count: refused, reported
        "joint_funding_tool0": {"corrected_value": "@SUM(A1)"},
    }
    for key, values in decisions.items():
        data[row_of[key]].update(values)
    filled = tmp_path_factory.mktemp("reviewer_inbox") / f"filled.{suffix}"  # the reviewer's file
    if suffix == "csv":  # as a text editor saves it: no guards at all
        with open(filled, "w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=EXPORT_COLUMNS)
            writer.writeheader()
            writer.writerows(data)
    else:
        write_sheet(filled, EXPORT_COLUMNS, data)
    report = import_sheet(filled, run.corrections, ReviewContext.load(run.processed))
    assert report.recorded == 2
    assert sorted(p.where.split(" (")[0] for p in report.problems) == sorted(
        f"row {row_of[k] + 2}" for k in ("care_packages_count0", "joint_funding_tool0"))

    ledger = {c.field: c for c in read_ledger(run.corrections)}
    assert (ledger["portfolio_holder_name"].corrected_value, ledger["portfolio_holder_name"].comment,
            ledger["portfolio_holder_name"].reviewer) == (HYPERLINK, "+1+1", "@SUM(A1)")
    assert (ledger["icbs_covering"].comment, ledger["icbs_covering"].reviewer) == ("-5", "-2+3")
    raw = ledger_path(run.corrections).read_text(encoding="utf-8")
    assert "'=HYPERLINK(" in raw and ",'@SUM(A1)," in raw and ",-5\n" in raw  # -5 stays a number

    run.extract()
    answers = {(a["field"], a["item"]): a for a in run.table("answers")}
    assert answers[("portfolio_holder_name", 0)]["value"] == HYPERLINK
    parquet = pq.read_table(run.processed / "answers.parquet").to_pylist()
    assert HYPERLINK in [a["value"] for a in parquet]
    assert all(isinstance(a["value_num"], (int, float)) or a["value_num"] is None for a in parquet)
    export_queue(run.processed, sheets / "again.xlsx")
    export_queue(run.processed, sheets / "again.csv")
    assert formulas_in(run.processed, run.corrections, sheets) == {}
