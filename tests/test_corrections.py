"""The corrections ledger: reading, atomic appends, and applying decisions to a run."""
from __future__ import annotations

import threading

import pytest

from pipeline.corrections import (
    LEDGER_FILE, REVIEWER_ADDED, Correction, append_corrections, apply_corrections, load_ledger,
    read_ledger,
)
from pipeline.errors import CorrectionsError
from pipeline.rules import load_rules

DOC = {"doc_id": "a" * 64, "source_file": "essex.txt", "respondent": "Essex County Council",
       "questionnaire": "asc_joint_funding", "response_date": "2024-05-14"}
OTHER = {"doc_id": "b" * 64, "source_file": "devon.txt", "respondent": "Devon County Council",
         "questionnaire": "asc_joint_funding", "response_date": "2024-05-14"}


def answer(field, value="", state="answered", item=0, doc=DOC, **extra):
    row = {"doc_id": doc["doc_id"], "source_file": doc["source_file"], "respondent": doc["respondent"],
           "questionnaire": doc["questionnaire"], "question_id": "q", "field": field, "item": item,
           "state": state, "value": value, "value_num": None, "value_code": "", "unit": "",
           "confidence": 0.7, "status": "review", "extractor": "x", "evidence": value,
           "flags": "", "reasons": "hedged answer", "original_value": ""}
    return {**row, **extra}


def correction(field, value="", state="", item=0, doc=DOC, line=2, **extra):
    return Correction(doc_id=doc["doc_id"], source_file=doc["source_file"], field=field, item=item,
                      corrected_value=value, corrected_state=state, line=line, **extra)


def apply(answers, corrections, documents=(DOC,)):
    ledger = {c.key: c for c in corrections}
    return apply_corrections(answers, ledger, list(documents), load_rules())


# --- the ledger file ------------------------------------------------------------------

def test_append_creates_the_header_and_later_lines_win(tmp_path):
    append_corrections(tmp_path, [correction("care_packages_count", "10", reviewer="ann")])
    append_corrections(tmp_path, [correction("care_packages_count", "12", reviewer="bob")])
    lines = (tmp_path / LEDGER_FILE).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("doc_id,source_file,field,item,corrected_value,corrected_state")
    assert len(lines) == 3
    latest = load_ledger(tmp_path)
    assert [(c.corrected_value, c.reviewer, c.line) for c in latest.values()] == [("12", "bob", 3)]
    assert latest[(DOC["doc_id"], "care_packages_count", 0)].timestamp  # stamped on append


def test_append_leaves_no_temporary_file_and_keeps_earlier_bytes(tmp_path):
    append_corrections(tmp_path, [correction("dass_name", "Jane Smith")])
    before = (tmp_path / LEDGER_FILE).read_bytes()
    append_corrections(tmp_path, [correction("dass_name", "Jane Smyth")])
    after = (tmp_path / LEDGER_FILE).read_bytes()
    assert after.startswith(before)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []


def test_append_is_synced_and_removes_a_killed_writers_temporary_file(tmp_path, monkeypatch):
    import pipeline.corrections as corrections

    synced = []
    monkeypatch.setattr(corrections, "fsync_dir", lambda folder: synced.append(folder))
    (tmp_path / f".{LEDGER_FILE}.999.1.tmp").write_text("half a row")
    append_corrections(tmp_path, [correction("dass_name", "Jane Smith")])
    assert synced == [tmp_path]  # the rename itself reaches the disk
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_formula_like_text_is_stored_guarded_and_read_back_as_typed(tmp_path):
    append_corrections(tmp_path, [correction("dass_name", "=HYPERLINK(\"http://x\",\"y\")",
                                             comment="@SUM(A1)", reviewer="-5")])
    raw = (tmp_path / LEDGER_FILE).read_text(encoding="utf-8")
    assert "'=HYPERLINK" in raw and ",'@SUM(A1)" in raw and ",-5," in raw
    (back,) = read_ledger(tmp_path)
    assert (back.corrected_value, back.comment, back.reviewer) == (
        "=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)", "-5")


def test_concurrent_appends_never_interleave(tmp_path):
    def write(i):
        for k in range(10):
            append_corrections(tmp_path, [correction("dass_name", f"Name {i}-{k}", item=i * 100 + k)])

    threads = [threading.Thread(target=write, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(read_ledger(tmp_path)) == 40


def test_bad_lines_are_reported_by_line_and_the_rest_is_kept(tmp_path):
    append_corrections(tmp_path, [correction("dass_name", "Jane Smith")])
    with open(tmp_path / LEDGER_FILE, "a", encoding="utf-8") as f:
        f.write(f"{DOC['doc_id']},essex.txt,dass_name,one,x,,,,,\n")
        f.write(f"{DOC['doc_id']},essex.txt,dass_name,0,,maybe,,,,\n")
    problems: list[str] = []
    kept = read_ledger(tmp_path, problems)
    assert [c.corrected_value for c in kept] == ["Jane Smith"]
    assert any("line 3" in p and "'one' is not a whole number" in p for p in problems)
    assert any("line 4" in p and "'maybe'" in p for p in problems)
    with pytest.raises(CorrectionsError, match="line 3"):
        read_ledger(tmp_path)


def test_a_ledger_without_its_header_is_refused_with_a_hint(tmp_path):
    (tmp_path / LEDGER_FILE).write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(CorrectionsError, match="missing columns .*restore the header"):
        read_ledger(tmp_path)


# --- applying decisions -----------------------------------------------------------------

def test_a_corrected_row_is_canonical_and_keeps_the_machine_value():
    rows, errors = apply([answer("la_annual_cost_gbp", "512.60", unit="GBP")],
                         [correction("la_annual_cost_gbp", "£512.6m")])
    assert errors == []
    row = rows[0]
    assert (row["status"], row["value"], row["value_num"], row["original_value"], row["confidence"]) \
        == ("corrected", "512600000.00", 512600000.0, "512.60", 1.0)


def test_an_icb_correction_changes_the_code_too():
    rows, _ = apply([answer("main_icb", "NHS Devon Integrated Care Board", value_code="QJK")],
                    [correction("main_icb", "MSE ICB")])
    assert (rows[0]["value"], rows[0]["value_code"]) == (
        "NHS Mid and South Essex Integrated Care Board", "QH8")


def test_a_state_correction_clears_the_value_and_remembers_it():
    rows, _ = apply([answer("portfolio_holder_name", "Owen Bradwell")],
                    [correction("portfolio_holder_name", state="not_applicable")])
    assert (rows[0]["state"], rows[0]["value"], rows[0]["original_value"]) == (
        "not_applicable", "", "Owen Bradwell")


def test_correcting_a_state_row_records_the_state_as_original():
    rows, _ = apply([answer("dass_email", state="withheld")],
                    [correction("dass_email", "jane@essex.gov.uk")])
    assert (rows[0]["state"], rows[0]["value"], rows[0]["original_value"]) == (
        "answered", "jane@essex.gov.uk", "[withheld]")


def test_a_value_the_machine_missed_is_added_after_its_document():
    answers = [answer("dass_name", "Jane"), answer("dass_name", "Bob", doc=OTHER)]
    rows, errors = apply(answers, [correction("icbs_covering", "QH8", item=1)], (DOC, OTHER))
    assert errors == []
    assert [(r["doc_id"][0], r["field"]) for r in rows] == [
        ("a", "dass_name"), ("a", "icbs_covering"), ("b", "dass_name")]
    added = rows[1]
    assert (added["status"], added["flags"], added["extractor"], added["item"]) == (
        "corrected", REVIEWER_ADDED, "reviewer", 1)


def test_a_changed_document_makes_its_corrections_stale_but_reported():
    changed = {**DOC, "doc_id": "c" * 64}  # same file name, new bytes
    rows, errors = apply([answer("dass_name", "Jane", doc=changed)],
                         [correction("dass_name", "Jane Smith", line=7)], (changed,))
    assert rows[0]["status"] == "review"
    assert len(errors) == 1
    assert errors[0]["stage"] == "corrections"
    assert "ledger line 7" in errors[0]["message"] and "changed" in errors[0]["message"]
    assert errors[0]["hint"]


def test_a_stale_correction_re_reviewed_on_the_new_document_is_not_reported():
    changed = {**DOC, "doc_id": "c" * 64}
    rows, errors = apply([answer("dass_name", "Jane", doc=changed)],
                         [correction("dass_name", "Jane Smith"),
                          correction("dass_name", "Jane Smyth", doc=changed)], (changed,))
    assert errors == []
    assert rows[0]["value"] == "Jane Smyth"


def test_corrections_for_documents_outside_this_run_are_not_stale():
    rows, errors = apply([answer("dass_name", "Jane")], [correction("dass_name", "Bob", doc=OTHER)])
    assert errors == [] and rows[0]["status"] == "review"


def test_a_field_that_no_longer_exists_is_stale():
    _, errors = apply([answer("dass_name", "Jane")], [correction("dass_nickname", "JJ")])
    assert len(errors) == 1 and "'dass_nickname' does not exist" in errors[0]["message"]


def test_a_value_that_no_longer_reads_is_applied_as_written_and_reported():
    rows, errors = apply([answer("la_cost_basis", "gross")], [correction("la_cost_basis", "both")])
    assert (rows[0]["value"], rows[0]["status"]) == ("both", "corrected")
    assert len(errors) == 1 and "applied as written" in errors[0]["message"]


def test_applying_twice_gives_the_same_rows():
    answers = [answer("dass_name", "Jane"), answer("care_packages_count", "1")]
    ledger = [correction("care_packages_count", "13,482"), correction("icbs_covering", "QH8")]
    assert apply(answers, ledger) == apply(answers, ledger)


def test_exemptions_and_generic_fields_can_be_corrected():
    unknown = {**DOC, "questionnaire": "unknown"}
    rows, errors = apply([answer("amount_gbp", "1.00", doc=unknown), answer("exemptions", "s40", doc=unknown)],
                         [correction("amount_gbp", "£2k", doc=unknown),
                          correction("exemptions", "S43", doc=unknown)], (unknown,))
    assert errors == []
    assert [r["value"] for r in rows] == ["2000.00", "s43"]
