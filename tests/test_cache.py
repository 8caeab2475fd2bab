"""The run's caches: a Document comes back from the cache exactly as ingest made it; a rules
edit re-runs extraction without reading any file; a file over a limit is not retried until
the limits change; unused entries are pruned; tables are the same however the run was made
(cold, warm, after an edit, on Dask)."""
from __future__ import annotations

import io
import os
import shutil
import time
from pathlib import Path

import pytest
from builders import blank_pdf

import pipeline.cache as cache_module
import pipeline.process as process_module
from pipeline.cache import (
    Failure, RunCache, document_from_json, document_to_json, load_document, store_document,
)
from pipeline.entities import load_gazetteer
from pipeline.ingest import ingest
from pipeline.limits import Limits
from pipeline.model import Block, Document, OcrWord, Page
from pipeline.progress import Progress
from pipeline.rules import load_rules
from pipeline.run import run_extract
from pipeline.write import TableStream, write_table
from pipeline.tables import ANSWERS

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
# one file of each kind of reader: text, Word, born-digital PDF, web page, e-mail
SAMPLE = ("essex_asc_inline.txt", "herts_asc_numbered.docx", "north_yorkshire_s117_list.pdf",
          "southend_asc_disclosure_log.html", "medway_asc_reply.eml")
TABLES = ("documents", "qa_pairs", "answers", "generic_values", "review_queue", "errors")


def csv_tables(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


@pytest.fixture()
def raw(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    for name in SAMPLE:
        shutil.copy(RAW / name, folder / name)
    load_gazetteer()  # before the workers fork
    return folder


def scanned_document() -> Document:
    text = "Q1. Spend?\nAnswer: £2,146 in 2023/24\n\nQ2. Staff?\nAnswer: 12\n"
    return Document(
        doc_id="ab" * 32, source_file="scan.pdf", format="pdf", text=text,
        pages=(Page(1, 0, 36, ocr=True, ocr_words=(OcrWord(19, 25, 61.25), OcrWord(29, 36, 96.0))),
               Page(2, 36, len(text), ocr=False)),
        blocks=(Block(0, 36, "table 1 row 1 cell 2"), Block(37, 50, "paragraph 3")),
        warnings=("page 1 was read by OCR", "named .pdf but its bytes are ü"))


def test_a_document_round_trips_exactly(tmp_path):
    doc = scanned_document()
    entry = tmp_path / "d" / "x.json.gz"
    store_document(entry, doc)
    back = load_document(entry)
    assert back == doc
    assert back.ocr_confidence(19, 36) == 61.25 and back.locator_at(40) == "paragraph 3"
    assert back.page_at(40) == 2 and back.is_ocr(20)
    assert load_document(entry, "renamed.pdf").source_file == "renamed.pdf"


@pytest.mark.parametrize("name", SAMPLE)
def test_ingested_files_round_trip_exactly(tmp_path, name):
    doc = ingest(RAW / name)
    store_document(tmp_path / "e.json.gz", doc)
    assert load_document(tmp_path / "e.json.gz") == doc
    assert document_from_json(document_to_json(doc)) == doc


def test_a_damaged_entry_is_a_miss(tmp_path):
    entry = tmp_path / "bad.json.gz"
    entry.write_bytes(b"not gzip")
    assert load_document(entry) is None
    store_document(entry, Failure("limits", "too many pages", "split it", "max_pages"))
    assert load_document(entry) == Failure("limits", "too many pages", "split it", "max_pages")


def test_limits_change_the_document_key_and_rules_the_result_key(tmp_path):
    rules = load_rules()
    a = RunCache(tmp_path, Limits(), rules.directory).keys("f" * 64, "pdf")
    b = RunCache(tmp_path, Limits(max_pages=3), rules.directory).keys("f" * 64, "pdf")
    assert a.document != b.document and a.result != b.result
    assert a.result.name.startswith(a.document.name.removesuffix(".json.gz"))  # keyed by its document


def _no_reading(*args, **kwargs):
    raise AssertionError("a file was read again")


def test_a_rules_edit_re_extracts_from_cached_documents(raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run_extract([raw], out, tmp_path / "corr")
    cold = csv_tables(out)
    results = sorted((out / ".cache" / "results").rglob("*.json.gz"))
    assert len(results) == len(SAMPLE)
    # the rules changed (a threshold edited): new result keys, same document keys
    real = cache_module.extraction_version
    monkeypatch.setattr(cache_module, "extraction_version", lambda d: "edited" + real(d)[:10])
    monkeypatch.setattr(process_module, "ingest", _no_reading)  # workers fork with it
    summary = run_extract([raw], out, tmp_path / "corr")
    assert summary.failed == 0 and summary.reused == 0
    assert csv_tables(out) == cold
    assert len(list((out / ".cache" / "results").rglob("*.json.gz"))) == 2 * len(SAMPLE)


def _rules_copy(tmp_path: Path, name: str, edit: tuple[str, str, str] | None = None) -> Path:
    """A copy of rules/ under `tmp_path/name`, with one text edit (file, old, new) made."""
    folder = tmp_path / name
    shutil.copytree(ROOT / "rules", folder)
    if edit is not None:
        path = folder / edit[0]
        text = path.read_text(encoding="utf-8")
        assert text.count(edit[1]) == 1, edit
        path.write_text(text.replace(edit[1], edit[2]), encoding="utf-8")
    return folder


REVIEW_BELOW = ("thresholds.yaml", "review_below: 0.85", "review_below: 0.965")


def _row(tables: dict[str, bytes], source: str, field: str) -> dict:
    import csv
    rows = csv.DictReader(io.StringIO(tables["answers.csv"].decode("utf-8")))
    return next(r for r in rows if r["source_file"] == source and r["field"] == field)


def test_a_threshold_edit_sets_statuses_as_a_cold_run_with_the_edit_would(raw, tmp_path, monkeypatch):
    shipped, edited = _rules_copy(tmp_path, "shipped"), _rules_copy(tmp_path, "edited", REVIEW_BELOW)
    out, corr = tmp_path / "out", tmp_path / "corr"
    monkeypatch.setattr("pipeline.rules.RULES_DIR", shipped)
    run_extract([raw], out, corr)
    before = csv_tables(out)
    monkeypatch.setattr("pipeline.rules.RULES_DIR", edited)
    with monkeypatch.context() as m:  # workers fork with these: only the status step may run
        m.setattr(process_module, "ingest", _no_reading)
        m.setattr(process_module, "extract_document", _no_reading)
        summary = run_extract([raw], out, corr)
    assert summary.failed == 0 and summary.reused == 0
    warm = csv_tables(out)
    run_extract([raw], tmp_path / "cold", corr)
    assert warm == csv_tables(tmp_path / "cold")  # byte for byte, every table
    # the edit moved statuses: values at 0.9 and a respondent at 0.96 now go to review
    assert warm["answers.csv"] != before["answers.csv"] and warm["review_queue.csv"] != before["review_queue.csv"]
    essex, herts = "essex_asc_inline.txt", "herts_asc_numbered.docx"
    assert _row(before, essex, "respondent")["status"] == "auto"
    assert _row(warm, essex, "respondent")["status"] == "review"
    assert "respondent unsure (confidence 0.96)" in _row(warm, essex, "respondent")["reasons"]
    assert _row(warm, herts, "respondent")["status"] == "auto"  # 0.97: still sure
    assert len(list((out / ".cache" / "extracted").rglob("*.json.gz"))) == len(SAMPLE)
    assert len(list((out / ".cache" / "results").rglob("*.json.gz"))) == 2 * len(SAMPLE)


@pytest.mark.parametrize("edit", [
    ("phrasings.yaml", "# How answers are phrased.", "# How answers are phrased (edited)."),
    ("thresholds.yaml", "accept: 58", "accept: 59"),
    ("questionnaires/asc_joint_funding.yaml", "      - Name and contact details of the DASS\n",
     "      - Name and contact details of the DASS\n      - Who heads adult social services\n"),
], ids=["phrasings", "match-threshold", "wording"])
def test_a_rules_edit_other_than_review_below_extracts_again(raw, tmp_path, monkeypatch, edit):
    shipped, edited = _rules_copy(tmp_path, "shipped"), _rules_copy(tmp_path, "edited", edit)
    out, corr = tmp_path / "out", tmp_path / "corr"
    monkeypatch.setattr("pipeline.rules.RULES_DIR", shipped)
    run_extract([raw], out, corr)
    monkeypatch.setattr("pipeline.rules.RULES_DIR", edited)
    with monkeypatch.context() as m:
        m.setattr(process_module, "extract_document", _no_reading)
        summary = run_extract([raw], out, corr)
    # every document was extracted again (and the patched extractor refused)
    assert summary.failed == len(SAMPLE)
    assert "a file was read again" in (out / "errors.csv").read_text(encoding="utf-8")


def test_only_review_below_is_left_out_of_the_values_key(tmp_path):
    shipped = _rules_copy(tmp_path, "shipped")
    for edit, same in [(REVIEW_BELOW, True),
                       (("thresholds.yaml", "# Confidence policy.", "# Confidence policy (edited)."), True),
                       (("thresholds.yaml", "  sentence: 0.9 ", "  sentence: 0.89"), False),
                       (("thresholds.yaml", "weekly_annual_rel_tol: 0.02", "weekly_annual_rel_tol: 0.03"), False),
                       (("vocabulary.yaml", "# Words the value", "# Words the  value"), False)]:
        edited = _rules_copy(tmp_path, f"e{len(list(tmp_path.iterdir()))}", edit)
        assert (cache_module.values_version(edited) == cache_module.values_version(shipped)) is same, edit
        assert cache_module.extraction_version(edited) != cache_module.extraction_version(shipped)


@pytest.mark.parametrize("name", SAMPLE)
def test_extracted_values_round_trip_exactly(tmp_path, name):
    found = process_module.extract_document(ingest(RAW / name))
    assert found.values and found.qa_pairs
    cache_module.store_extracted(tmp_path / "x.json.gz", found)
    back = cache_module.load_extracted(tmp_path / "x.json.gz")
    assert back == found
    rules = load_rules()
    assert process_module.finish_document(back, rules) == process_module.process_document(ingest(RAW / name))
    renamed = cache_module.load_extracted(tmp_path / "x.json.gz", "renamed.txt")
    assert renamed.document["source_file"] == "renamed.txt"
    assert {r["source_file"] for r in process_module.finish_document(renamed, rules).answers} == {"renamed.txt"}


def test_extraction_never_reads_review_below(monkeypatch):
    import dataclasses
    rules = load_rules()
    without = dataclasses.replace(rules, thresholds={k: v for k, v in rules.thresholds.items()
                                                      if k != "review_below"})
    doc = ingest(RAW / SAMPLE[0])
    expected = process_module.extract_document(doc)
    monkeypatch.setattr(process_module, "load_rules", lambda: without)
    assert process_module.extract_document(doc) == expected  # a KeyError if it were read


def test_a_warm_run_reuses_every_result_and_writes_the_same_tables(raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run_extract([raw], out, tmp_path / "corr")
    cold = csv_tables(out)
    monkeypatch.setattr(process_module, "ingest", _no_reading)
    monkeypatch.setattr(process_module, "process_document", _no_reading)
    monkeypatch.setattr(process_module, "extract_document", _no_reading)
    monkeypatch.setattr(process_module, "finish_document", _no_reading)
    stream = io.StringIO()
    stream.isatty = lambda: True
    monkeypatch.setattr("pipeline.progress.sys.stderr", stream)
    summary = run_extract([raw], out, tmp_path / "corr", progress=None)
    assert summary.reused == len(SAMPLE)
    assert csv_tables(out) == cold
    # nothing changed since the published run: its tables are kept, not written again
    assert f"{len(SAMPLE)} unchanged: the published tables are kept" in stream.getvalue()
    assert "writing tables" not in stream.getvalue()


def test_progress_is_quiet_when_piped():
    stream = io.StringIO()
    bar = Progress(None, stream=stream)
    bar.start(3, 1)
    bar.document_done(2)
    bar.finish()
    assert stream.getvalue() == ""
    shown = Progress(True, stream=stream, every=0)
    shown.start(4, 0)
    shown.document_done(3)
    assert "1/4 documents (3 pages)" in stream.getvalue() and "ETA" in stream.getvalue()


def test_a_file_over_a_limit_is_remembered_until_the_limits_change(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "long.pdf").write_bytes(blank_pdf(4))
    shutil.copy(RAW / "essex_asc_inline.txt", raw / "essex.txt")
    out = tmp_path / "out"
    first = run_extract([raw], out, tmp_path / "corr", limits=Limits(max_pages=3))
    errors = (out / "errors.csv").read_text(encoding="utf-8")
    assert first.failed == 1 and "max_pages" in errors
    monkeypatch.setattr(process_module, "ingest", _no_reading)
    again = run_extract([raw], out, tmp_path / "corr", limits=Limits(max_pages=3))
    assert again.failed == 1 and again.reused == 2
    assert (out / "errors.csv").read_text(encoding="utf-8") == errors
    # other limits: every file is read again (and the patched reader refuses)
    changed = run_extract([raw], out, tmp_path / "corr", limits=Limits(max_pages=30))
    assert changed.reused == 0 and "a file was read again" in (out / "errors.csv").read_text(encoding="utf-8")


def test_unused_old_entries_are_pruned(raw, tmp_path):
    out = tmp_path / "out"
    run_extract([raw], out, tmp_path / "corr")
    month_ago = time.time() - 31 * 86400
    kept = sorted((out / ".cache").rglob("*.json.gz"))
    for path in kept:  # used by the next run, however old
        os.utime(path, (month_ago, month_ago))
    old = out / ".cache" / "results" / "00" / "gone.json.gz"
    young = out / ".cache" / "results" / "00" / "young.json.gz"
    legacy = out / ".cache" / "abc-pdf-123.json"  # the layout of older versions
    for path in (old, young, legacy):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    os.utime(old, (month_ago, month_ago))
    run_extract([raw], out, tmp_path / "corr")
    assert not old.exists() and not legacy.exists() and young.exists()
    assert kept and all(p.exists() for p in kept)


def test_dask_gives_the_same_tables_as_local_workers(raw, tmp_path):
    pytest.importorskip("distributed")
    run_extract([raw], tmp_path / "local", tmp_path / "corr", jobs=2)
    run_extract([raw], tmp_path / "dask", tmp_path / "corr", executor="dask", jobs=1, processes=False)
    local, dask = csv_tables(tmp_path / "local"), csv_tables(tmp_path / "dask")
    assert set(TABLES) <= {Path(n).stem for n in local}
    assert dask == local


def test_a_streamed_table_is_the_table_written_at_once(tmp_path):
    rows = [{"doc_id": f"d{i}", "field": "spend", "item": i, "value": f"=cell {i}", "value_num": i * 1.5,
             "confidence": None if i % 2 else 0.9, "page": i or None} for i in range(7)]
    write_table(tmp_path / "once", "answers", rows, ANSWERS)
    with TableStream(tmp_path / "streamed", "answers", ANSWERS, batch_rows=3) as stream:
        stream.write_many(rows)
    assert (tmp_path / "streamed" / "answers.csv").read_bytes() == (tmp_path / "once" / "answers.csv").read_bytes()
    import pyarrow.parquet as pq
    assert (pq.read_table(tmp_path / "streamed" / "answers.parquet").to_pylist()
            == pq.read_table(tmp_path / "once" / "answers.parquet").to_pylist())
    assert sorted(p.name for p in (tmp_path / "streamed").iterdir()) == ["answers.csv", "answers.parquet"]


def test_corrections_apply_to_every_copy_of_a_file_given_twice(tmp_path):
    from pipeline.corrections import Correction, append_corrections
    import pandas as pd
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / "essex_asc_inline.txt", raw / "a.txt")
    shutil.copy(RAW / "essex_asc_inline.txt", raw / "b.txt")
    load_gazetteer()
    out, corr = tmp_path / "out", tmp_path / "corr"
    run_extract([raw], out, corr)
    answers = pd.read_csv(out / "answers.csv", dtype=str, keep_default_na=False)
    row = answers[(answers.source_file == "a.txt") & (answers.state == "answered")
                  & (answers.questionnaire == "asc_joint_funding") & (answers.field != "respondent")].iloc[0]
    append_corrections(corr, [Correction(row.doc_id, "a.txt", row.field, int(row["item"]), "",
                                         "not_held", reviewer="t")])
    summary = run_extract([raw], out, corr)
    answers = pd.read_csv(out / "answers.csv", dtype=str, keep_default_na=False)
    fixed = answers[answers.status == "corrected"]
    assert sorted(fixed.source_file) == ["a.txt", "b.txt"]
    assert set(fixed.state) == {"not_held"} and summary.stale_corrections == 0
    docs = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False)
    assert docs.n_answers.nunique() == 1  # both copies counted alike
    wide = pd.read_csv(out / "asc_joint_funding.csv", dtype=str, keep_default_na=False)
    assert list(wide.source_file) == ["a.txt", "b.txt"]
    assert (wide[row.field + "_state"] == "not_held").all()  # each copy its own row, not merged


def test_dask_runs_on_a_cluster_given_by_its_scheduler_address(raw, tmp_path):
    distributed = pytest.importorskip("distributed")
    run_extract([raw], tmp_path / "local", tmp_path / "corr")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        summary = run_extract([raw], tmp_path / "remote", tmp_path / "corr", executor="dask",
                              scheduler=cluster.scheduler_address)
    assert summary.documents == len(SAMPLE) and summary.failed == 0
    assert csv_tables(tmp_path / "remote") == csv_tables(tmp_path / "local")


def test_the_scheduler_option_needs_the_dask_executor(tmp_path):
    from click.testing import CliRunner
    from pipeline.cli import cli
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2 and "--executor dask" in result.output
