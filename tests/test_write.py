"""The write stage: exact columns and types, atomic files, DuckDB, wide tables, reading back."""
from __future__ import annotations

import csv
import os

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import tables
from pipeline import write as write_mod
from pipeline.model import State, Status
from pipeline.tables import ANSWERS, DOCUMENTS, ERRORS, QA_PAIRS, REVIEW_QUEUE
from pipeline.write import (
    OutputError, column_array, read_table, wide_rows, write_outputs, write_table,
)

ARROW = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64()}


def answer(**kw):
    row = {"doc_id": "d1", "source_file": "thurrock.txt", "field": "care_packages_count",
           "item": 0, "state": "answered", "value": "1969", "value_num": 1969.0,
           "confidence": 0.97, "status": "auto", "page": 1, "char_start": 10, "char_end": 14,
           "evidence": "1969"}
    row.update(kw)
    return row


def csv_lines(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


# --- the table contract ---------------------------------------------------------------

def test_column_lists_follow_the_spec_order():
    assert DOCUMENTS[:3] == ["doc_id", "source_file", "format"]
    assert DOCUMENTS[-3:] == ["error", "n_answers", "n_review"]
    assert QA_PAIRS == ["doc_id", "question_number", "question_text", "answer_text",
                        "question_id", "match_score", "page", "char_start", "char_end"]
    assert ANSWERS[-5:] == ["evidence", "flags", "reasons", "original_value", "dimension"]
    assert len(ANSWERS) == 23 and len(set(ANSWERS)) == 23
    assert REVIEW_QUEUE == ANSWERS + ["question_text", "answer_text", "priority", "reason", "answer_highlighted"]
    assert ERRORS == ["doc_id", "source_file", "stage", "message", "hint"]


@pytest.mark.parametrize("table, column, dtype", [
    ("documents", "pages", "int64"),
    ("documents", "n_review", "int64"),
    ("documents", "response_date", "string"),
    ("qa_pairs", "match_score", "float64"),
    ("qa_pairs", "question_number", "string"),
    ("answers", "item", "int64"),
    ("answers", "value_num", "float64"),
    ("answers", "confidence", "float64"),
    ("answers", "char_end", "int64"),
    ("answers", "value", "string"),
    ("review_queue", "priority", "float64"),
    ("errors", "stage", "string"),
])
def test_every_fixed_table_types_its_columns(table, column, dtype):
    assert tables.table_dtypes(table)[column] == dtype


def test_wide_tables_are_text_throughout():
    assert set(tables.table_dtypes("asc_joint_funding", ["doc_id", "pages", "item"]).values()) \
        == {"string"}


# --- writing --------------------------------------------------------------------------

def test_write_leaves_exactly_the_two_files_and_no_temporary(tmp_path):
    write_table(tmp_path, "answers", [answer()], ANSWERS)
    assert sorted(os.listdir(tmp_path)) == ["answers.csv", "answers.parquet"]


def test_empty_table_has_header_and_typed_parquet_schema(tmp_path):
    write_table(tmp_path, "answers", [], ANSWERS)
    assert csv_lines(tmp_path / "answers.csv") == [ANSWERS]
    schema = pq.read_schema(tmp_path / "answers.parquet")
    assert schema.names == ANSWERS
    for column, dtype in tables.table_dtypes("answers").items():
        assert schema.field(column).type == ARROW[dtype], column


def test_missing_keys_are_empty_and_round_trip_with_types(tmp_path):
    write_table(tmp_path, "answers",
                [answer(), {"doc_id": "d2", "state": State.NOT_HELD, "status": Status.REVIEW,
                            "flags": ("derived", "inconsistent"),
                            "evidence": 'line one\nline two, "quoted"'}],
                ANSWERS)
    first, second = read_table(tmp_path, "answers")
    assert list(first) == ANSWERS
    assert first["item"] == 0 and first["page"] == 1 and first["value_num"] == 1969.0
    assert isinstance(first["char_start"], int) and isinstance(first["confidence"], float)
    assert second["state"] == "not_held" and second["status"] == "review"
    assert second["flags"] == "derived; inconsistent"
    assert second["evidence"] == 'line one\nline two, "quoted"'
    assert second["value_num"] is None and second["page"] is None
    assert second["value"] == "" and second["unit"] == ""


def test_csv_and_parquet_hold_the_same_cells(tmp_path):
    rows = [answer(), answer(doc_id="d2", value="", value_num=None, confidence=None)]
    write_table(tmp_path, "answers", rows, ANSWERS)
    assert pq.read_table(tmp_path / "answers.parquet").to_pylist() \
        == read_table(tmp_path, "answers")


def test_unknown_key_is_a_programming_error_naming_table_and_key(tmp_path):
    with pytest.raises(ValueError, match=r"'answers'.*confidance"):
        write_table(tmp_path, "answers", [answer(confidance=0.5)], ANSWERS)
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("dtype, given, stored", [
    pytest.param("string", None, "", id="none_is_empty_text"),
    pytest.param("string", State.WITHHELD, "withheld", id="enum_value"),
    pytest.param("string", ["s40", "s43"], "s40; s43", id="list_joined"),
    pytest.param("string", 0.5, "0.5", id="float_as_text"),
    pytest.param("string", True, "true", id="bool_as_text"),
    pytest.param("int64", "12", 12, id="numeric_text"),
    pytest.param("int64", 3.0, 3, id="whole_float"),
    pytest.param("int64", "", None, id="empty_int"),
    pytest.param("float64", "1,656,101.72", 1656101.72, id="thousands_commas"),
    pytest.param("float64", float("nan"), None, id="nan_is_missing"),
    pytest.param("float64", 7, 7.0, id="int_to_float"),
])
def test_cells_are_coerced_to_their_column_type(dtype, given, stored):
    assert column_array("t", "c", dtype, [given]).to_pylist() == [stored]


@pytest.mark.parametrize("dtype, given", [
    pytest.param("int64", 2.5, id="fractional_int"),
    pytest.param("int64", "two", id="word_for_int"),
    pytest.param("float64", "£1.6m", id="unparsed_money"),
    pytest.param("float64", True, id="bool_for_number"),
    pytest.param("string", {"a": 1}, id="dict_as_text"),
])
def test_bad_cells_raise_naming_the_column(dtype, given):
    with pytest.raises(ValueError, match=r"row 1, column 'c'"):
        column_array("t", "c", dtype, [None, given])


def test_bad_table_name_is_refused(tmp_path):
    with pytest.raises(ValueError, match="table name"):
        write_table(tmp_path, "../answers", [], ANSWERS)


def test_crash_during_replace_keeps_previous_table_and_no_temp(tmp_path, monkeypatch):
    write_table(tmp_path, "answers", [answer(value="old")], ANSWERS)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def crash(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(write_mod.os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        write_table(tmp_path, "answers", [answer(value="new"), answer(value="newer")], ANSWERS)
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    assert [r["value"] for r in read_table(tmp_path, "answers")] == ["old"]


def test_crash_while_writing_parquet_keeps_previous_parquet(tmp_path, monkeypatch):
    write_table(tmp_path, "errors", [{"source_file": "a.pdf", "stage": "ingest"}], ERRORS)
    old_parquet = (tmp_path / "errors.parquet").read_bytes()

    def broken(table, where, **kw):
        where.write(b"PAR1 half a file")
        raise RuntimeError("killed")

    monkeypatch.setattr(write_mod.pq, "write_table", broken)
    with pytest.raises(RuntimeError):
        write_table(tmp_path, "errors", [], ERRORS)
    assert (tmp_path / "errors.parquet").read_bytes() == old_parquet
    assert sorted(p.name for p in tmp_path.iterdir()) == ["errors.csv", "errors.parquet"]


# --- all outputs and DuckDB -----------------------------------------------------------

def test_write_outputs_builds_duckdb_with_every_table(tmp_path):
    wide, wide_columns = wide_rows([answer()], ["care_packages_count"],
                                   [{"doc_id": "d1", "source_file": "thurrock.txt"}])
    counts = write_outputs(tmp_path, {
        "documents": ([{"doc_id": "d1", "source_file": "thurrock.txt", "pages": 2}], DOCUMENTS),
        "answers": ([answer(), answer(item=1)], ANSWERS),
        "review_queue": ([], REVIEW_QUEUE),
        "errors": ([], ERRORS),
        "asc_joint_funding": (wide, wide_columns),
    })
    assert counts == {"documents": 1, "answers": 2, "review_queue": 0, "errors": 0,
                      "asc_joint_funding": 1}
    con = duckdb.connect(str(tmp_path / "foi.duckdb"), read_only=True)
    try:
        found = {t for (t,) in con.execute("SHOW TABLES").fetchall()}
        assert found == set(counts)
        for name, n in counts.items():
            assert con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == n
        types = dict(con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = 'review_queue'").fetchall())
        assert types["priority"] == "DOUBLE" and types["item"] == "BIGINT"
        assert con.execute("SELECT care_packages_count FROM asc_joint_funding").fetchone() \
            == ("1969",)
    finally:
        con.close()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_duckdb_crash_keeps_previous_database(tmp_path, monkeypatch):
    write_outputs(tmp_path, {"errors": ([{"stage": "ingest"}], ERRORS)})
    real_replace = os.replace

    def replace_tables_only(src, dst):
        if str(dst).endswith("foi.duckdb"):
            raise OSError("power cut")
        real_replace(src, dst)

    monkeypatch.setattr(write_mod.os, "replace", replace_tables_only)
    with pytest.raises(OSError, match="power cut"):
        write_outputs(tmp_path, {"errors": ([{"stage": "a"}, {"stage": "b"}], ERRORS)})
    monkeypatch.undo()
    con = duckdb.connect(str(tmp_path / "foi.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM errors").fetchone()[0] == 1
    finally:
        con.close()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


# --- reading back ---------------------------------------------------------------------

def test_read_table_names_the_missing_file(tmp_path):
    with pytest.raises(OutputError, match=r"answers\.csv.*foi extract"):
        read_table(tmp_path, "answers")


def test_read_table_fills_columns_an_older_file_lacks(tmp_path):
    (tmp_path / "errors.csv").write_text("source_file,message\nscan.pdf,no text\n",
                                         encoding="utf-8")
    assert read_table(tmp_path, "errors") == [
        {"source_file": "scan.pdf", "message": "no text", "doc_id": "", "stage": "",
         "hint": ""}]


# --- wide tables ----------------------------------------------------------------------

def test_wide_rows_join_list_items_in_item_order_and_show_states():
    answers = [
        answer(field="icbs_covering", item=2, value="NHS Hertfordshire and West Essex ICB"),
        answer(field="icbs_covering", item=0, value="NHS Mid and South Essex ICB"),
        answer(field="icbs_covering", item=1, value="NHS Suffolk and North East Essex ICB"),
        answer(field="portfolio_holder_name", state="not_applicable", value=""),
        answer(doc_id="d2", field="icbs_covering", value="NHS Devon ICB"),
        answer(field="not_in_questionnaire", value="ignored"),
    ]
    documents = [{"doc_id": "d1", "source_file": "essex.txt", "respondent": "Essex County Council",
                  "respondent_code": "E10000012"},
                 {"doc_id": "d2", "source_file": "devon.pdf"},
                 {"doc_id": "d3", "source_file": "empty.txt"}]
    rows, columns = wide_rows(answers, ["respondent", "icbs_covering", "portfolio_holder_name",
                                        "care_packages_count"], documents)
    assert columns == ["doc_id", "source_file", "respondent", "respondent_code",
                       "icbs_covering", "portfolio_holder_name", "care_packages_count"]
    assert rows[0]["icbs_covering"] == ("NHS Mid and South Essex ICB; "
                                        "NHS Suffolk and North East Essex ICB; "
                                        "NHS Hertfordshire and West Essex ICB")
    assert rows[0]["portfolio_holder_name"] == "[not_applicable]"
    assert rows[0]["respondent_code"] == "E10000012"
    assert rows[1] == {"doc_id": "d2", "source_file": "devon.pdf", "respondent": "",
                       "respondent_code": "", "icbs_covering": "NHS Devon ICB",
                       "portfolio_holder_name": "", "care_packages_count": ""}
    assert rows[2]["icbs_covering"] == ""


def test_wide_rows_prefer_answered_items_over_state_rows():
    rows, _ = wide_rows([answer(field="exemptions", state="withheld", item=0, value=""),
                         answer(field="exemptions", item=1, value="s40")],
                        ["exemptions"], [{"doc_id": "d1"}])
    assert rows[0]["exemptions"] == "s40"


def test_csv_guards_formula_text_while_parquet_and_the_reader_keep_it(tmp_path):
    write_table(tmp_path, "answers", [answer(value="=1+1", evidence="@SUM(A1)"),
                                      answer(value="-5", evidence="-2+3")], ANSWERS)
    raw = (tmp_path / "answers.csv").read_text(encoding="utf-8")
    assert "\"'=1+1\"" in raw and "\"'@SUM(A1)\"" in raw and "\"'-2+3\"" in raw
    assert "\"-5\"" in raw and "\"'-5\"" not in raw  # a number stays a number
    stored = pq.read_table(tmp_path / "answers.parquet").to_pylist()
    assert [(r["value"], r["evidence"]) for r in stored] == [("=1+1", "@SUM(A1)"), ("-5", "-2+3")]
    assert read_table(tmp_path, "answers") == stored
