"""The whole pipeline over the project's own example responses, compared with their gold.

Each example in data/raw has a gold file in data/gold (SPEC.md format). These tests run
`foi extract` end to end and hold the quality bars: nothing wrong marked `auto` beyond the
tolerance, recall above a floor, and the two seed-like layouts exact.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.evaluate import evaluate, gold_field_names
from pipeline.rules import load_rules
from pipeline.write import read_table

ROOT = Path(__file__).resolve().parent.parent
RAW, GOLD = ROOT / "data" / "raw", ROOT / "data" / "gold"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(cli, ["extract", str(RAW), "--out", str(out),
                                      "--corrections", str(out / "no-corrections")])
    assert result.exit_code in (0, 1), result.output
    return out


def test_every_example_has_gold_and_every_gold_field_exists_in_rules():
    rules = load_rules()
    known = {f for qn in rules.questionnaires.values() for f in qn.fields}
    known |= set(rules.document_fields)
    stems = {p.stem for p in RAW.iterdir() if p.is_file()}
    gold_stems = {p.stem for p in GOLD.glob("*.json")}
    assert stems == gold_stems
    assert gold_field_names(GOLD) <= known


def test_every_file_has_a_document_row_with_a_status(extracted):
    docs = read_table(extracted, "documents")
    assert {d["source_file"] for d in docs} == {p.name for p in RAW.iterdir() if p.is_file()}
    assert all(d["status"] in ("ok", "partial", "failed") for d in docs)
    for d in docs:
        if d["status"] != "failed":
            assert len(d["doc_id"]) == 64


def test_answers_meet_the_quality_bars(extracted):
    report = evaluate(GOLD, extracted)
    assert report.auto_precision >= 0.95, report.misses
    assert report.recall >= 0.70


def test_unrelated_request_gets_pairs_but_no_questionnaire_values(extracted):
    docs = {d["source_file"]: d for d in read_table(extracted, "documents")}
    pothole = docs["derbyshire_highways_potholes.txt"]
    assert pothole["questionnaire"] == "unknown"
    pairs = [p for p in read_table(extracted, "qa_pairs") if p["doc_id"] == pothole["doc_id"]]
    assert len(pairs) >= 3
    fields = {a["field"] for a in read_table(extracted, "answers") if a["doc_id"] == pothole["doc_id"]}
    questionnaire_fields = {f for qn in load_rules().questionnaires.values() for f in qn.fields}
    assert not fields & questionnaire_fields


def test_every_value_is_traceable_to_its_characters(extracted):
    docs = {d["doc_id"]: d for d in read_table(extracted, "documents")}
    from pipeline.ingest import ingest
    texts = {}
    for a in read_table(extracted, "answers"):
        if a["extractor"] == "derived" or a["char_start"] is None:
            continue
        doc = docs[a["doc_id"]]
        if doc["doc_id"] not in texts:
            texts[doc["doc_id"]] = ingest(RAW / doc["source_file"]).text
        text = texts[doc["doc_id"]]
        span = text[a["char_start"]:a["char_end"]]
        assert span == a["evidence"], a  # an unread answer's evidence too, not a reflowed copy


def test_seed_layout_gives_exact_values(tmp_path):
    """A response written like the seeds (questions listed, then restated with answers)."""
    text = (ROOT / "tests" / "fixtures" / "inline_restated.txt").read_text(encoding="utf-8")
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "inline_restated.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    CliRunner().invoke(cli, ["extract", str(tmp_path / "raw"), "--out", str(out),
                             "--corrections", str(tmp_path / "c")])
    got = {(a["field"], a["item"]): a for a in read_table(out, "answers")}
    assert got[("care_packages_count", 0)]["value_num"] == 2412
    assert got[("la_annual_cost_gbp", 0)]["value_num"] == pytest.approx(60_250_118.40)
    assert got[("icb_weekly_cost_gbp", 0)]["value_num"] == pytest.approx(12_500.00)
    assert got[("icb_annual_cost_gbp", 0)]["value_num"] == pytest.approx(650_000.00)
    assert got[("joint_funding_policy", 0)]["value"] == "yes"
    assert got[("portfolio_holder_name", 0)]["state"] == "not_applicable"
    assert got[("icbs_covering", 0)]["value_code"] == "QOX"
    assert all(a["status"] == "auto" for k, a in got.items() if k[0] in (
        "care_packages_count", "la_annual_cost_gbp", "joint_funding_policy"))


def test_figures_of_an_unknown_questionnaire_live_in_generic_values_never_auto(extracted):
    docs = {d["source_file"]: d for d in read_table(extracted, "documents")}
    pothole = docs["derbyshire_highways_potholes.txt"]["doc_id"]
    generic = [g for g in read_table(extracted, "generic_values") if g["doc_id"] == pothole]
    assert generic and all(g["extractor"].startswith("generic:") for g in generic)
    assert {g["status"] for g in generic} == {"review"}
    answers = [a for a in read_table(extracted, "answers") if a["doc_id"] == pothole]
    assert not [a for a in answers if a["extractor"].startswith("generic:")]
    queued = {(q["doc_id"], q["field"]) for q in read_table(extracted, "review_queue")}
    assert not {(g["doc_id"], g["field"]) for g in generic} & queued


# --- the tables analysts load ---------------------------------------------------------

def test_the_output_folder_is_a_valid_frictionless_data_package(extracted):
    from frictionless import validate
    report = validate(str(extracted / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])
    package = json.loads((extracted / "datapackage.json").read_text(encoding="utf-8"))
    names = {r["name"] for r in package["resources"]}
    assert {"documents", "qa_pairs", "answers", "review_queue", "errors"} <= names
    assert set(load_rules().questionnaires) <= names
    answers = next(r for r in package["resources"] if r["name"] == "answers")
    assert answers["schema"]["missingValues"] == [""]
    assert answers["schema"]["foreignKeys"][0]["reference"] == {"resource": "documents",
                                                                "fields": ["doc_id"]}
    types = {f["name"]: f["type"] for f in answers["schema"]["fields"]}
    assert types["value_num"] == "number" and types["item"] == "integer"


def test_wide_parquet_tables_are_typed_and_missing_is_null(extracted):
    import pyarrow as pa
    import pyarrow.parquet as pq
    want = {"money": pa.float64(), "percent": pa.float64(), "count": pa.int64(),
            "date": pa.date32(), "boolean": pa.bool_()}
    numbers = 0
    for qn in load_rules().questionnaires.values():
        table = pq.read_table(extracted / f"{qn.id}.parquet")
        for name, spec in qn.fields.items():
            expected = pa.string() if spec.list else want.get(spec.type, pa.string())
            assert table.schema.field(name).type == expected, (qn.id, name)
            assert table.schema.field(f"{name}_state").type == pa.string()
        for row in table.to_pylist():
            assert "" not in row.values(), (qn.id, row["source_file"])
            assert not any(isinstance(v, str) and v.startswith("[") for v in row.values())
            numbers += sum(isinstance(row[n], (int, float)) for n, spec in qn.fields.items()
                           if spec.type in want and not isinstance(row[n], bool))
    assert numbers > 0  # the examples do give figures


def test_fixed_tables_have_nulls_dates_and_respondent_codes(extracted):
    import datetime as dt
    import pyarrow.parquet as pq
    docs = {d["doc_id"]: d for d in pq.read_table(extracted / "documents.parquet").to_pylist()}
    assert any(isinstance(d["response_date"], dt.date) for d in docs.values())
    for name in ("answers", "review_queue"):
        rows = pq.read_table(extracted / f"{name}.parquet").to_pylist()
        assert rows and not any("" in r.values() for r in rows), name
        for r in rows:
            assert (r["respondent"], r["respondent_code"]) == (
                docs[r["doc_id"]]["respondent"], docs[r["doc_id"]]["respondent_code"]), name


def test_duckdb_sums_money_without_a_cast_and_describes_its_columns(extracted):
    import duckdb
    rules = load_rules()
    con = duckdb.connect(str(extracted / "foi.duckdb"), read_only=True)
    try:
        summed = 0
        for qn in rules.questionnaires.values():
            for name, spec in qn.fields.items():
                if spec.type == "money" and not spec.list:
                    total = con.execute(f'SELECT sum("{name}") FROM "{qn.id}"').fetchone()[0]
                    summed += total is not None
        assert summed > 0
        comments = con.execute("SELECT count(*) FROM duckdb_columns() WHERE comment IS NOT NULL "
                               "AND table_name = 'documents'").fetchone()[0]
        assert comments == len(read_table(extracted, "documents")[0])
        fields = sum(len(qn.fields) for qn in rules.questionnaires.values())
        assert con.execute("SELECT count(*) FROM data_dictionary").fetchone()[0] \
            == fields + len(rules.document_fields)
    finally:
        con.close()
