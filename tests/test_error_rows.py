"""Every `errors` row says what to do: a hint is never empty, whatever went wrong."""
from __future__ import annotations

from pathlib import Path

import pipeline.process as run  # the per-document function
from pipeline.errors import IngestError
from pipeline.model import Document, Page

TEXT = "1. How many care packages does the council fund?\nAnswer: 1,588\n"


def test_a_reader_warning_becomes_an_errors_row_with_a_hint():
    doc = Document(doc_id="d" * 64, source_file="reply.pdf", format="pdf", text=TEXT,
                   pages=(Page(1, 0, len(TEXT)),), warnings=("page 2 could not be read (bad stream)",))
    result = run.process_document(doc)
    assert [e["message"] for e in result.errors] == ["page 2 could not be read (bad stream)"]
    assert all(e["hint"].strip() for e in result.errors)
    assert result.document["status"] == "partial"


def test_a_reader_error_without_its_own_hint_still_gets_one(tmp_path, monkeypatch):
    path = tmp_path / "reply.txt"
    path.write_text(TEXT, encoding="utf-8")

    def refuse(*args, **kwargs):
        raise IngestError("could not be read", path=str(path))

    monkeypatch.setattr(run, "ingest", refuse)
    result = run.process_file(Path(path), "reply.txt")
    assert result.document["status"] == "failed"
    assert result.errors[0]["hint"] == run.FAILED_HINT
