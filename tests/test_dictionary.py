"""The data dictionary is generated from rules/ and written next to every extraction."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.dictionary import (COLUMNS, CSV_FILE, MARKDOWN_FILE, dictionary_csv,
                                 dictionary_markdown, dictionary_rows, write_dictionary)
from pipeline.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
RULES = load_rules()


def test_every_field_of_every_questionnaire_once():
    rows = dictionary_rows(RULES)
    got = [(r["questionnaire"], r["field"]) for r in rows if r["question_id"]]
    want = [(qn.id, f) for qn in sorted(RULES.questionnaires.values(), key=lambda q: q.id)
            for f in qn.fields]
    assert got == want
    assert {"respondent", "foi_reference", "response_date", "exemptions"} <= {
        r["field"] for r in rows if not r["question_id"]}


def test_rows_say_type_unit_list_and_allowed_values():
    rows = {(r["questionnaire"], r["field"]): r for r in dictionary_rows(RULES)}
    icbs = rows[("asc_joint_funding", "icbs_covering")]
    assert (icbs["type"], icbs["entity"], icbs["list"]) == ("entity", "icb", "yes")
    assert "ODS" in icbs["unit"]
    cost = rows[("asc_joint_funding", "icb_annual_cost_gbp")]
    assert cost["unit"] == "GBP per year" and "× 52" in cost["description"]
    split = rows[("s117_aftercare", "s117_split_basis")]
    assert split["allowed_values"] == "fixed_percentage; case_by_case"
    assert split["question_number"] == "4" and "split" in split["question_text"]
    policy = rows[("s117_aftercare", "s117_joint_policy")]
    assert policy["allowed_values"] == "yes; no; partial"
    copy = rows[("s117_aftercare", "s117_policy_copy_provided")]
    assert "not_applicable when question 3 is answered no" in copy["description"]
    assert "not_held" in copy["states"]


def test_markdown_has_a_section_per_questionnaire_and_every_field():
    md = dictionary_markdown(RULES)
    for qn in RULES.questionnaires.values():
        assert f"## `{qn.id}`" in md
        for name in qn.fields:
            assert f"`{name}`" in md
    assert "dimension" in md


def test_csv_round_trips_with_its_header():
    rows = dictionary_rows(RULES)
    back = list(csv.DictReader(io.StringIO(dictionary_csv(rows))))
    assert list(back[0]) == COLUMNS
    assert back == rows


def test_write_dictionary_writes_both_files(tmp_path):
    paths = write_dictionary(RULES, tmp_path / "out")
    assert [p.name for p in paths] == [MARKDOWN_FILE, CSV_FILE]
    assert (tmp_path / "out" / MARKDOWN_FILE).read_text(encoding="utf-8") == dictionary_markdown(RULES)
    assert not list((tmp_path / "out").glob(".*.tmp"))  # written atomically, nothing left over


def test_cli_prints_or_writes_it(tmp_path):
    printed = CliRunner().invoke(cli, ["rules", "dictionary"])
    assert printed.exit_code == 0 and printed.output.startswith("# Data dictionary")
    written = CliRunner().invoke(cli, ["rules", "dictionary", "--out", str(tmp_path)])
    assert written.exit_code == 0
    assert (tmp_path / CSV_FILE).exists() and (tmp_path / MARKDOWN_FILE).exists()


def test_extract_writes_it_next_to_the_tables(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "r.txt").write_text((ROOT / "tests" / "fixtures" / "inline_restated.txt").read_text(
        encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["extract", str(raw), "--out", str(out),
                                      "--corrections", str(tmp_path / "c")])
    assert result.exit_code == 0, result.output
    assert (out / MARKDOWN_FILE).read_text(encoding="utf-8") == dictionary_markdown(RULES)
    assert (out / CSV_FILE).exists()


def test_committed_docs_dictionary_is_up_to_date():
    """docs/data_dictionary.md is generated; after changing rules/ run
    `.venv/bin/foi rules dictionary --out docs`."""
    committed = (ROOT / "docs" / MARKDOWN_FILE).read_text(encoding="utf-8")
    assert committed == dictionary_markdown(RULES), \
        "docs/data_dictionary.md is stale: run `.venv/bin/foi rules dictionary --out docs`"


def test_document_fields_come_from_their_declaration_and_columns_say_their_type():
    from pipeline.dictionary import DOCUMENT_LEVEL
    rows = dictionary_rows(RULES)
    documents = {r["field"]: r for r in rows if r["questionnaire"] == DOCUMENT_LEVEL}
    assert list(documents) == list(RULES.document_fields)
    assert documents["foi_outcome"]["allowed_values"] == "; ".join(
        RULES.document_fields["foi_outcome"].spec.values)
    assert documents["redactions"]["unit"] == "markers"
    assert (documents["redactions"]["column_type"], documents["exemptions"]["column_type"]) \
        == ("int64", "string")
    by_type = {}
    for r in rows:
        if r["question_id"] and r["list"] == "no":
            by_type.setdefault(r["type"], set()).add(r["column_type"])
    assert by_type["money"] == {"float64"} and by_type["percent"] == {"float64"}
    assert by_type["count"] == {"int64"} and by_type["date"] == {"date"}
    assert by_type["boolean"] == {"boolean"} and by_type["yesno"] == {"string"}
