"""`foi review export` and `foi review import`: the queue as a sheet, and back to the ledger."""
from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from pipeline.cli import cli
from pipeline.corrections import read_ledger
from pipeline.errors import CorrectionsError
from pipeline.review.decide import ReviewContext
from pipeline.review.export import (CONTEXT_COLUMNS, DECISION_COLUMNS, EXPORT_COLUMNS, export_queue,
                                    value_choices)
from pipeline.review.importer import import_sheet
from pipeline.review.sheet import CHOICES_TITLE, neutralise, read_sheet, restore, write_sheet
from pipeline.rules import load_rules
from pipeline.tables import REVIEW_QUEUE
from pipeline.write import write_table
from review_helpers import make_run


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return make_run(tmp_path_factory.mktemp("review"))


@pytest.fixture
def ledger_dir(tmp_path):
    return tmp_path / "corrections"


# --- formula guard --------------------------------------------------------------------

@pytest.mark.parametrize("text", ["=1+1", "+44 20 7946 0000", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starts_are_neutralised_and_restored(text):
    assert neutralise(text).startswith("'")
    assert restore(neutralise(text)) == text


@pytest.mark.parametrize("text", ["£1.6m", "Ian Wake –", "'quoted' word", "", "-5", "+44"])
def test_ordinary_text_is_left_alone(text):
    assert neutralise(text) == text and restore(text) == text


def test_csv_round_trip_keeps_dangerous_text_inert_then_exact(tmp_path):
    path = tmp_path / "s.csv"
    rows = [{"a": '=HYPERLINK("http://evil")', "b": 1.5, "c": "two\nlines"}, {"a": "plain", "b": None}]
    write_sheet(path, ["a", "b", "c"], rows)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    cells = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert cells[1][0] == "'=HYPERLINK(\"http://evil\")"
    header, back = read_sheet(path)
    assert header == ["a", "b", "c"]
    assert [r.cells for r in back] == [{"a": '=HYPERLINK("http://evil")', "b": "1.5", "c": "two\nlines"},
                                       {"a": "plain", "b": "", "c": ""}]
    assert [r.where for r in back] == ["row 2", "row 3 (line 4)"]


def test_xlsx_stores_formula_like_text_as_text(tmp_path):
    path = tmp_path / "s.xlsx"
    write_sheet(path, ["a", "n"], [{"a": "=1+1", "n": 3.25}])
    sheet = load_workbook(path).active
    assert (sheet["A2"].value, sheet["A2"].data_type) == ("=1+1", "s")
    assert sheet["B2"].value == 3.25
    _, back = read_sheet(path)
    assert back[0].cells == {"a": "=1+1", "n": "3.25"}


def test_an_unknown_extension_is_refused(tmp_path):
    with pytest.raises(CorrectionsError, match=r"\.csv or \.xlsx"):
        write_sheet(tmp_path / "s.ods", ["a"], [])


# --- export ---------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_has_the_queue_columns_and_empty_decisions(run, tmp_path, suffix):
    out = tmp_path / f"queue.{suffix}"
    n = export_queue(run.processed, out)
    header, rows = read_sheet(out)
    assert header == EXPORT_COLUMNS
    assert sorted(header) == sorted(REVIEW_QUEUE + list(DECISION_COLUMNS))
    assert n == len(rows) == len(run.table("review_queue")) > 0
    assert all(r.cells[c] == "" for r in rows for c in DECISION_COLUMNS)
    assert [r.cells["doc_id"] for r in rows] == [q["doc_id"] for q in run.table("review_queue")]


def test_the_decision_columns_follow_the_items_context_and_doc_id_is_last():
    assert EXPORT_COLUMNS[:len(CONTEXT_COLUMNS)] == list(CONTEXT_COLUMNS)
    after = EXPORT_COLUMNS[len(CONTEXT_COLUMNS):len(CONTEXT_COLUMNS) + len(DECISION_COLUMNS)]
    assert after == list(DECISION_COLUMNS)
    assert {"field", "item", "value", "reason"} <= set(CONTEXT_COLUMNS)
    assert EXPORT_COLUMNS.index("doc_id") > EXPORT_COLUMNS.index("comment")


def _drop_downs(sheet) -> dict[str, tuple[str, ...]]:
    """cell -> the values its list validation offers (read from the hidden lists sheet)."""
    book = sheet.parent
    offered = {}
    for check in sheet.data_validations.dataValidation:
        lists, cells = check.formula1.split("!")
        column = book[lists][cells.replace("$", "")]
        values = tuple(c[0].value for c in column)
        for cell_range in check.sqref.ranges:
            for row in sheet[cell_range.coord] if ":" in cell_range.coord else [[sheet[cell_range.coord]]]:
                for cell in row:
                    offered[cell.coordinate] = values
    return offered


def _fields_of_type(rules, kind):
    return [(name, f) for name, q in sorted(rules.questionnaires.items())
            for f in q.fields.values() if f.type == kind]


def test_xlsx_export_has_autofilter_frozen_panes_and_drop_downs_from_the_questionnaire(run, tmp_path):
    rules = load_rules()
    queue = run.table("review_queue")
    assert len(queue) >= 3
    # the example run queues money and counts; give two of its rows a yes/no and an enum field
    (yq, yesno), (eq, enum) = _fields_of_type(rules, "yesno")[0], _fields_of_type(rules, "enum")[0]
    queue[0].update(questionnaire=yq, field=yesno.name)
    queue[1].update(questionnaire=eq, field=enum.name)
    processed = tmp_path / "processed"
    write_table(processed, "review_queue", queue, REVIEW_QUEUE)
    out = tmp_path / "queue.xlsx"
    n = export_queue(processed, out, rules)
    book = load_workbook(out)
    sheet = book["review"]
    assert book[CHOICES_TITLE].sheet_state == "hidden"
    letter = {name: sheet.cell(row=1, column=i).column_letter
              for i, name in enumerate(EXPORT_COLUMNS, start=1)}
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(row=1, column=len(EXPORT_COLUMNS)).column_letter}{n + 1}"
    assert sheet.freeze_panes == f"{letter['state']}2"  # the header row and the item's identity
    offered = _drop_downs(sheet)
    states = {offered.get(f"{letter['corrected_state']}{r}") for r in range(2, n + 2)}
    assert states == {("answered", "not_applicable", "not_held", "withheld", "not_answered",
                       "see_other")}
    value = letter["corrected_value"]
    assert offered[f"{value}2"] == tuple(yesno.allowed or ("yes", "no"))
    assert offered[f"{value}3"] == tuple(enum.values)
    for r in range(4, n + 2):
        expected = value_choices(rules, queue[r - 2]) or None
        assert offered.get(f"{value}{r}") == expected, queue[r - 2]["field"]


def test_value_choices_come_from_the_questionnaire():
    rules = load_rules()
    name, qn = next((k, q) for k, q in sorted(rules.questionnaires.items())
                    if any(f.type == "yesno" for f in q.fields.values()))
    yesno = next(f for f in qn.fields.values() if f.type == "yesno")
    money = next((f for f in qn.fields.values() if f.type == "money"), None)
    assert value_choices(rules, {"questionnaire": name, "field": yesno.name}) == tuple(
        yesno.allowed or ("yes", "no"))
    if money is not None:
        assert value_choices(rules, {"questionnaire": name, "field": money.name}) == ()
    assert value_choices(rules, {"questionnaire": name, "field": "no_such_field"}) == ()


def test_a_long_enum_list_still_gets_its_drop_down(tmp_path):
    path = tmp_path / "s.xlsx"
    allowed = [f"choice number {i} with a long wording" for i in range(20)]  # > 255 characters
    write_sheet(path, ["field", "corrected_value"], [{"field": "f"}],
                row_choices={"corrected_value": [allowed]})
    assert _drop_downs(load_workbook(path)["review"])["B2"] == tuple(allowed)


# --- import ---------------------------------------------------------------------------

def filled_sheet(run, path, decisions):
    """Export the queue to `path` and fill rows: decisions maps row index -> column values."""
    export_queue(run.processed, path)
    header, rows = read_sheet(path)
    data = [dict(r.cells) for r in rows]
    for i, values in decisions.items():
        data[i].update(values)
    write_sheet(path, header, data)
    return data


def test_import_records_good_rows_and_reports_bad_ones_by_row(run, tmp_path, ledger_dir):
    path = tmp_path / "filled.csv"
    data = filled_sheet(run, path, {
        0: {"corrected_value": "{value}"},  # placeholder, replaced below
        1: {"corrected_value": "banana"},
        2: {"corrected_state": "Not applicable", "comment": "no cabinet member"},
        3: {"field": "no_such_field", "corrected_value": "1"},
        4: {"corrected_value": "12", "corrected_state": "withheld"},
    })
    data[0]["corrected_value"] = data[0]["value"]
    write_sheet(path, EXPORT_COLUMNS, data)
    report = import_sheet(path, ledger_dir, ReviewContext.load(run.processed), reviewer="ann")
    assert (report.recorded, report.accepted, report.skipped) == (2, 1, len(data) - 5)
    wheres = [p.where.split(" (")[0] for p in report.problems]
    assert wheres == ["row 3", "row 5", "row 6"]
    messages = [p.message for p in report.problems]
    assert "'banana'" in messages[0]
    assert "'no_such_field' is not in questionnaire 'asc_joint_funding'" in messages[1]
    assert "both given" in messages[2]
    ledger = read_ledger(ledger_dir)
    assert [(c.field, c.corrected_value, c.corrected_state, c.reviewer) for c in ledger] == [
        (data[0]["field"], data[0]["value"], "", "ann"),
        (data[2]["field"], "", "not_applicable", "ann")]
    assert ledger[0].original_value == data[0]["value"]
    assert ledger[1].comment == "no cabinet member"


def test_import_from_xlsx_reads_the_same_decisions(run, tmp_path, ledger_dir):
    csv_path, xlsx_path = tmp_path / "f.csv", tmp_path / "f.xlsx"
    data = filled_sheet(run, csv_path, {0: {"corrected_state": "not_held"}})
    write_sheet(xlsx_path, EXPORT_COLUMNS, data)
    report = import_sheet(xlsx_path, ledger_dir, ReviewContext.load(run.processed))
    assert report.recorded == 1 and report.problems == []
    assert read_ledger(ledger_dir)[0].corrected_state == "not_held"


def test_a_sheet_exported_before_the_columns_moved_still_imports(run, tmp_path, ledger_dir):
    """Sheets exported with the decision columns after the queue's own (the old order)."""
    old_order = REVIEW_QUEUE + list(DECISION_COLUMNS)
    rows = [dict(r.cells) for r in read_sheet(export_queue(run.processed, tmp_path / "new.csv")
                                              and tmp_path / "new.csv")[1]]
    rows[0]["corrected_state"] = "not_held"
    for suffix in ("csv", "xlsx"):
        path = tmp_path / f"old.{suffix}"
        write_sheet(path, old_order, rows)
        report = import_sheet(path, ledger_dir / suffix, ReviewContext.load(run.processed))
        assert (report.recorded, report.problems) == (1, [])
        assert read_ledger(ledger_dir / suffix)[0].field == rows[0]["field"]


def test_a_sheet_without_the_decision_columns_is_refused(run, tmp_path, ledger_dir):
    path = tmp_path / "bare.csv"
    write_sheet(path, ["doc_id", "field"], [{"doc_id": "x", "field": "y"}])
    with pytest.raises(CorrectionsError, match="missing column.*item, corrected_value, corrected_state"):
        import_sheet(path, ledger_dir, ReviewContext.load(run.processed))


def test_imported_corrections_survive_a_rerun(tmp_path):
    run = make_run(tmp_path / "run")
    path = tmp_path / "filled.csv"
    export_queue(run.processed, path)
    i = next(k for k, r in enumerate(read_sheet(path)[1]) if r.cells["field"] == "icbs_covering")
    data = filled_sheet(run, path, {i: {"corrected_value": "QH8"}})
    report = import_sheet(path, run.corrections, ReviewContext.load(run.processed))
    assert report.recorded == 1, report.problems
    run.extract()
    key = (data[i]["doc_id"], data[i]["field"], int(data[i]["item"]))
    rows = {(a["doc_id"], a["field"], a["item"]): a for a in run.table("answers")}
    assert rows[key]["status"] == "corrected"
    assert all((q["doc_id"], q["field"], q["item"]) != key for q in run.table("review_queue"))


# --- the commands ---------------------------------------------------------------------

def test_cli_export_then_import_with_exit_codes(run, tmp_path):
    out = tmp_path / "q.xlsx"
    runner = CliRunner()
    result = runner.invoke(cli, ["review", "export", "--processed", str(run.processed), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "item(s) to review" in result.output
    header, rows = read_sheet(out)
    data = [dict(r.cells) for r in rows]
    data[0]["corrected_value"] = "not a number at all"
    data[1]["corrected_state"] = "withheld"
    write_sheet(out, header, data)
    result = runner.invoke(cli, ["review", "import", str(out), "--processed", str(run.processed),
                                 "--corrections", str(tmp_path / "c"), "--reviewer", "ann"])
    assert result.exit_code == 1
    assert f"{out}: row 2:" in result.output
    assert "1 decision(s) recorded" in result.output


def test_cli_import_of_a_missing_file_is_a_usage_error(run, tmp_path):
    result = CliRunner().invoke(cli, ["review", "import", str(tmp_path / "none.csv"),
                                      "--processed", str(run.processed)])
    assert result.exit_code == 2 and "no such file" in result.output


def test_lock_files_are_git_ignored():
    """The ledger's and the publisher's lock files never show up as changes to commit."""
    import fnmatch
    from pathlib import Path

    from pipeline.corrections import LOCK_FILE as LEDGER_LOCK
    from pipeline.publish import LOCK_FILE as PUBLISH_LOCK

    root = Path(__file__).resolve().parent.parent
    patterns = [line.strip() for line in (root / ".gitignore").read_text().splitlines()
                if line.strip() and not line.startswith(("#", "!"))]
    for name in (LEDGER_LOCK, PUBLISH_LOCK):
        assert any(fnmatch.fnmatch(name, p.lstrip("/")) for p in patterns), name
    assert not any(fnmatch.fnmatch("poetry.lock", p) for p in patterns)  # only hidden locks
