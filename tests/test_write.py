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

ARROW = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(),
         "date": pa.date32(), "boolean": pa.bool_()}


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
    assert ANSWERS[-6:] == ["evidence", "flags", "reasons", "original_value", "dimension",
                            "respondent_code"]
    assert len(ANSWERS) == 24 and len(set(ANSWERS)) == 24
    assert REVIEW_QUEUE == ANSWERS + ["question_text", "answer_text", "priority", "reason", "answer_highlighted"]
    assert ERRORS == ["doc_id", "source_file", "stage", "message", "hint"]


@pytest.mark.parametrize("table, column, dtype", [
    ("documents", "pages", "int64"),
    ("documents", "n_review", "int64"),
    ("documents", "response_date", "date"),
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


@pytest.mark.parametrize("column, dtype", [
    ("doc_id", "string"), ("respondent_code", "string"),
    ("la_annual_cost_gbp", "float64"),      # money
    ("care_packages_count", "int64"),       # count
    ("care_packages_as_at", "date"),        # date
    ("policy_copy_provided", "boolean"),    # boolean
    ("joint_funding_policy", "string"),     # yesno
    ("la_cost_basis", "string"),            # enum
    ("icbs_covering", "string"),            # a list of entities: joined text
    ("exemptions", "string"),               # document-level list field
    ("care_packages_count_state", "string"),
    ("pages", "string"),                    # not a field of any questionnaire
])
def test_wide_tables_type_each_field_by_its_declaration(column, dtype):
    assert tables.table_dtypes("asc_joint_funding", [column])[column] == dtype


def test_every_money_percent_and_count_field_gets_a_numeric_wide_column():
    from pipeline.rules import load_rules
    for qn in load_rules().questionnaires.values():
        dtypes = tables.table_dtypes(qn.id, list(qn.fields))
        for name, spec in qn.fields.items():
            want = {"money": "float64", "percent": "float64", "count": "int64",
                    "date": "date", "boolean": "boolean"}.get(spec.type, "string")
            assert dtypes[name] == (want if not spec.list else "string"), (qn.id, name)


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


def _blank_nulls(rows):
    """Parquet rows as `read_table` gives them: missing text is "" there."""
    return [{k: ("" if v is None and tables.TYPED_COLUMNS.get(k, "string") == "string" else v)
             for k, v in r.items()} for r in rows]


def test_csv_and_parquet_hold_the_same_cells(tmp_path):
    rows = [answer(), answer(doc_id="d2", value="", value_num=None, confidence=None)]
    write_table(tmp_path, "answers", rows, ANSWERS)
    assert _blank_nulls(pq.read_table(tmp_path / "answers.parquet").to_pylist()) \
        == read_table(tmp_path, "answers")


def test_missing_is_null_in_parquet_and_an_empty_cell_in_csv(tmp_path):
    write_table(tmp_path, "answers", [answer(value_code="", dimension=None, unit="GBP")], ANSWERS)
    stored = pq.read_table(tmp_path / "answers.parquet").to_pylist()[0]
    assert stored["value_code"] is None and stored["dimension"] is None
    assert stored["original_value"] is None and stored["unit"] == "GBP"
    row = dict(zip(*csv_lines(tmp_path / "answers.csv")))
    assert row["value_code"] == "" and row["dimension"] == "" and row["unit"] == "GBP"


def test_response_date_is_a_date_in_parquet_and_iso_text_in_csv(tmp_path):
    import datetime as dt
    write_table(tmp_path, "documents", [{"doc_id": "d1", "response_date": "2024-04-18"},
                                        {"doc_id": "d2", "response_date": ""}], DOCUMENTS)
    assert pq.read_schema(tmp_path / "documents.parquet").field("response_date").type \
        == pa.date32()
    stored = pq.read_table(tmp_path / "documents.parquet").column("response_date").to_pylist()
    assert stored == [dt.date(2024, 4, 18), None]
    assert [r["response_date"] for r in read_table(tmp_path, "documents")] == ["2024-04-18", ""]


def test_unknown_key_is_a_programming_error_naming_table_and_key(tmp_path):
    with pytest.raises(ValueError, match=r"'answers'.*confidance"):
        write_table(tmp_path, "answers", [answer(confidance=0.5)], ANSWERS)
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("dtype, given, stored", [
    pytest.param("string", None, None, id="none_is_null"),
    pytest.param("string", "", None, id="empty_text_is_null"),
    pytest.param("date", "2024-04-18", __import__("datetime").date(2024, 4, 18), id="iso_date"),
    pytest.param("date", "2023-03", __import__("datetime").date(2023, 3, 1), id="month_date"),
    pytest.param("date", "", None, id="empty_date"),
    pytest.param("boolean", "true", True, id="true_text"),
    pytest.param("boolean", False, False, id="bool"),
    pytest.param("boolean", None, None, id="missing_bool"),
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
    pytest.param("date", "18 April 2024", id="date_not_iso"),
    pytest.param("date", "2024-13-01", id="no_such_month"),
    pytest.param("boolean", "maybe", id="word_for_bool"),
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
        assert found == set(counts) | {"data_dictionary"}
        for name, n in counts.items():
            assert con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == n
        types = dict(con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = 'review_queue'").fetchall())
        assert types["priority"] == "DOUBLE" and types["item"] == "BIGINT"
        assert con.execute("SELECT care_packages_count, care_packages_count_state "
                           "FROM asc_joint_funding").fetchone() == (1969, "answered")
        assert con.execute("SELECT sum(care_packages_count) FROM asc_joint_funding").fetchone() \
            == (1969,)
        assert con.execute("SELECT count(*) FROM data_dictionary").fetchone()[0] > 0
        comments = dict(con.execute(
            "SELECT column_name, comment FROM duckdb_columns() "
            "WHERE table_name = 'answers'").fetchall())
        assert "sha256" in comments["doc_id"] and "[0-1]" in comments["confidence"]
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
                       "icbs_covering", "icbs_covering_state",
                       "portfolio_holder_name", "portfolio_holder_name_state",
                       "care_packages_count", "care_packages_count_state",
                       "exemptions", "exemptions_state"]  # exemptions: rules/document_fields.yaml
    assert rows[0]["icbs_covering"] == ("NHS Mid and South Essex ICB; "
                                        "NHS Suffolk and North East Essex ICB; "
                                        "NHS Hertfordshire and West Essex ICB")
    assert (rows[0]["portfolio_holder_name"], rows[0]["portfolio_holder_name_state"]) \
        == (None, "not_applicable")
    assert rows[0]["respondent_code"] == "E10000012"
    assert rows[1] == {"doc_id": "d2", "source_file": "devon.pdf", "respondent": None,
                       "respondent_code": None, "icbs_covering": "NHS Devon ICB",
                       "icbs_covering_state": "answered",
                       "portfolio_holder_name": None, "portfolio_holder_name_state": None,
                       "care_packages_count": None, "care_packages_count_state": None,
                       "exemptions": None, "exemptions_state": None}
    assert rows[2]["icbs_covering"] is None and rows[2]["icbs_covering_state"] is None


def test_wide_rows_type_values_and_move_states_to_their_own_column():
    import datetime as dt
    answers = [
        answer(field="care_packages_count", value="1,250", value_num=1250.0),
        answer(field="la_annual_cost_gbp", value="41702950.00", value_num=41702950.0),
        answer(field="care_packages_as_at", value="2024-03-31", value_num=None),
        answer(field="policy_copy_provided", value="false", value_num=None),
        answer(field="jointly_funded_packages_count", state="not_held", value="", value_num=None),
        answer(field="icb_annual_cost_gbp", value="between £1m and £2m", value_num=None),
        answer(field="joint_funding_policy", value="partial", value_num=None),
    ]
    rows, columns = wide_rows(answers, ["care_packages_count", "la_annual_cost_gbp",
                                        "care_packages_as_at", "policy_copy_provided",
                                        "jointly_funded_packages_count", "icb_annual_cost_gbp",
                                        "joint_funding_policy"],
                              [{"doc_id": "d1", "questionnaire": "asc_joint_funding"}])
    row = rows[0]
    assert row["care_packages_count"] == 1250 and isinstance(row["care_packages_count"], int)
    assert row["la_annual_cost_gbp"] == 41702950.0
    assert row["care_packages_as_at"] == dt.date(2024, 3, 31)
    assert row["policy_copy_provided"] is False
    assert row["joint_funding_policy"] == "partial"
    # a state is not a value: NULL in the value column, the state beside it
    assert (row["jointly_funded_packages_count"], row["jointly_funded_packages_count_state"]) \
        == (None, "not_held")
    # a range is answered but not one number: NULL here, its text in `answers`
    assert (row["icb_annual_cost_gbp"], row["icb_annual_cost_gbp_state"]) == (None, "answered")


def test_wide_rows_take_the_first_part_of_a_split_figure():
    rows, _ = wide_rows([answer(field="la_annual_cost_gbp", item=1, value_num=900.0,
                                value="900.00"),
                         answer(field="la_annual_cost_gbp", item=0, value_num=1000.0,
                                value="1000.00")],
                        ["la_annual_cost_gbp"], [{"doc_id": "d1"}])
    assert rows[0]["la_annual_cost_gbp"] == 1000.0


def test_wide_rows_prefer_answered_items_over_state_rows():
    rows, _ = wide_rows([answer(field="exemptions", state="withheld", item=0, value=""),
                         answer(field="exemptions", item=1, value="s40")],
                        ["exemptions"], [{"doc_id": "d1"}])
    assert (rows[0]["exemptions"], rows[0]["exemptions_state"]) == ("s40", "answered")


def test_wide_parquet_is_typed_with_nulls_and_pandas_reads_counts_as_integers(tmp_path):
    import pandas as pd
    rows, columns = wide_rows(
        [answer(field="care_packages_count", value_num=12.0),
         answer(doc_id="d2", field="care_packages_count", state="withheld", value="",
                value_num=None)],
        ["care_packages_count", "la_annual_cost_gbp", "care_packages_as_at",
         "policy_copy_provided"],
        [{"doc_id": "d1", "source_file": "a.txt"}, {"doc_id": "d2", "source_file": "b.txt"}])
    write_outputs(tmp_path, {"asc_joint_funding": (rows, columns)})
    schema = pq.read_schema(tmp_path / "asc_joint_funding.parquet")
    assert schema.field("care_packages_count").type == pa.int64()
    assert schema.field("la_annual_cost_gbp").type == pa.float64()
    assert schema.field("care_packages_as_at").type == pa.date32()
    assert schema.field("policy_copy_provided").type == pa.bool_()
    assert schema.field("care_packages_count_state").type == pa.string()
    stored = pq.read_table(tmp_path / "asc_joint_funding.parquet").to_pylist()
    assert [r["care_packages_count"] for r in stored] == [12, None]
    assert stored[0]["respondent"] is None and stored[1]["la_annual_cost_gbp"] is None
    frame = pd.read_parquet(tmp_path / "asc_joint_funding.parquet")
    assert str(frame["care_packages_count"].dtype) == "Int64"
    assert frame["care_packages_count"].isna().tolist() == [False, True]
    assert csv_lines(tmp_path / "asc_joint_funding.csv")[2][columns.index("care_packages_count")] == ""


def test_csv_guards_formula_text_while_parquet_and_the_reader_keep_it(tmp_path):
    write_table(tmp_path, "answers", [answer(value="=1+1", evidence="@SUM(A1)"),
                                      answer(value="-5", evidence="-2+3")], ANSWERS)
    raw = (tmp_path / "answers.csv").read_text(encoding="utf-8")
    assert "\"'=1+1\"" in raw and "\"'@SUM(A1)\"" in raw and "\"'-2+3\"" in raw
    assert "\"-5\"" in raw and "\"'-5\"" not in raw  # a number stays a number
    stored = pq.read_table(tmp_path / "answers.parquet").to_pylist()
    assert [(r["value"], r["evidence"]) for r in stored] == [("=1+1", "@SUM(A1)"), ("-5", "-2+3")]
    assert read_table(tmp_path, "answers") == _blank_nulls(stored)


def test_arrays_built_from_buffers_equal_pyarrow_s_own():
    import datetime as dt

    import pyarrow as pa

    from pipeline.write import _ARROW_TYPES, _arrow_array

    cases = {
        "string": [["a", None, "héllo", "", "£1,200"], [], [None]],
        "int64": [[1, None, -5, 2 ** 62], [None, None], []],
        "float64": [[1.5, None, -0.0, 1e300], []],
        "date": [[dt.date(2024, 3, 1), None, dt.date(1900, 1, 1)], []],
        "boolean": [[True, None, False, True, True, False, False, False, True], []],
    }
    for dtype, columns in cases.items():
        for cells in columns:
            built = _arrow_array(cells, dtype)
            built.validate(full=True)
            assert built.equals(pa.array(cells, type=_ARROW_TYPES[dtype]))


def test_writing_tables_does_not_import_pandas(tmp_path):
    import subprocess
    import sys

    code = ("import sys; from pipeline.write import column_array; "
            "column_array('answers', 'value', 'string', ['a', None]); "
            "column_array('answers', 'value_num', 'float64', [1.5, None]); "
            "print('pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
