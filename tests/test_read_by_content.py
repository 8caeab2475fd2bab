"""Files are read by what their bytes are, whatever their name; odd encodings, deep HTML
and absurd amounts do not lose text or raise."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline.extract.money import find_money
from pipeline.ingest import ingest
from pipeline.ingest.html import ingest_html
from pipeline.ingest.sniff import sniff_format
from pipeline.run import run_extract

ROOT = Path(__file__).resolve().parent.parent
WORD = ROOT / "data" / "raw" / "herts_asc_numbered.docx"


def table(out: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)


def values(out: Path) -> list[tuple]:
    a = table(out, "answers")
    return sorted(zip(a.field, a.item, a.state, a.value, a.status, a.char_start))


def test_word_file_named_pdf_is_read_as_word_with_a_warning(tmp_path):
    misnamed = tmp_path / "FOI 123.pdf"
    shutil.copy(WORD, misnamed)
    doc = ingest(misnamed)
    assert doc.format == "docx"
    assert doc.text == ingest(WORD).text
    assert doc.warnings[0].startswith("named .pdf but its bytes are a Word (DOCX) file")


@pytest.mark.parametrize("history", [
    pytest.param(("docx", "pdf"), id="docx_cached_first"),
    pytest.param(("pdf", "docx", "pdf"), id="pdf_first_and_again"),
])
def test_misnamed_result_does_not_depend_on_the_cache(tmp_path, history):
    out, results = tmp_path / "out", {}
    for i, suffix in enumerate(history):  # one output folder, so one cache, across the runs
        raw = tmp_path / f"raw{i}"
        raw.mkdir()
        shutil.copy(WORD, raw / f"response.{suffix}")
        run_extract([raw], out, tmp_path / "corr")
        docs, errors = table(out, "documents"), table(out, "errors")
        results.setdefault(suffix, []).append((values(out), docs.format[0], list(errors.message)))
    for suffix, seen in results.items():
        assert all(r == seen[0] for r in seen), suffix
    assert results["pdf"][0][0] == results["docx"][0][0]  # the same answers
    assert results["pdf"][0][1] == "docx"
    assert any("named .pdf but its bytes are a Word (DOCX) file" in m for m in results["pdf"][0][2])
    assert results["docx"][0][2] == []


@pytest.mark.parametrize("data, expected", [
    pytest.param(b"%PDF-1.4\n", "pdf", id="pdf"),
    pytest.param(WORD.read_bytes(), "docx", id="docx"),
    pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "ole", id="ole"),
    pytest.param(b"{\\rtf1\\ansi Q1}", "rtf", id="rtf"),
    pytest.param(b"<!DOCTYPE html><html><body>Q1</body></html>", "html", id="html"),
    pytest.param(b"From: foi@council.gov.uk\nSubject: FOI 1\n\nQ1", "eml", id="email"),
    pytest.param("Q1 Cost £5\n".encode("utf-16-le"), "txt", id="utf16_le_no_bom"),
    pytest.param("Q1 Cost £5\n".encode("utf-16-be"), "txt", id="utf16_be_no_bom"),
    pytest.param(bytes(range(256)) * 4, None, id="binary"),
])
def test_format_is_sniffed_from_the_bytes(data, expected):
    assert sniff_format(data) == expected


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_bom_is_read(tmp_path, codec):
    original = ROOT / "data" / "raw" / "essex_asc_inline.txt"
    path = tmp_path / "essex.txt"
    path.write_bytes(original.read_text(encoding="utf-8").encode(codec))
    doc = ingest(path)
    assert doc.text == ingest(original).text
    assert "no byte-order mark" in doc.warnings[0]


@pytest.mark.parametrize("depth", [100, 300, 1500, 5000])
def test_deeply_nested_html_keeps_its_text(depth):
    page = ("<html><body>" + "<div>" * depth + "<p>Q1. What is the cost?</p><script>x=1</script>"
            "<p>Answer: £5,000</p>" + "</div>" * depth + "<p>Q2. Who pays?</p></body></html>")
    doc = ingest_html(Path("deep.html"), page.encode(), "deep.html")
    assert "Q1. What is the cost?" in doc.text
    assert "Answer: £5,000" in doc.text
    assert "Q2. Who pays?" in doc.text
    assert "x=1" not in doc.text
    assert doc.text.index("Q1.") < doc.text.index("Answer") < doc.text.index("Q2.")


@pytest.mark.parametrize("digits", [27, 28, 40, 400])
def test_absurd_amount_gives_no_value_and_no_exception(digits):
    found = find_money(f"The cost was £{'9' * digits} and £1.6m.")
    assert [f.value for f in found] == [1_600_000.0]


def test_largest_readable_amount_is_kept():
    assert find_money("£999,999,999,999,999.99")[0].value == pytest.approx(999_999_999_999_999.99)


def test_web_page_saved_as_docx_is_read_as_html_with_a_warning(tmp_path):
    path = tmp_path / "reply 0877.docx"
    path.write_bytes(b"<html><body><p>Q1. Cost?</p><p>Answer: \xc2\xa35,000</p></body></html>")
    doc = ingest(path)
    assert doc.format == "html"
    assert "Answer: \u00a35,000" in doc.text
    assert doc.warnings[0].startswith("named .docx but its bytes are a web page (HTML) file")


@pytest.mark.parametrize("name, data, fmt, label", [
    pytest.param("denied.pdf", b"<html><body><p>Access denied</p></body></html>", "html", "web page (HTML)",
                 id="html_saved_as_pdf"),
    pytest.param("FOI 0412.rtf", b"Q1 Yes\r\n", "txt", "plain text", id="text_named_rtf"),
])
def test_other_misnamed_files_are_read_as_what_they_are(tmp_path, name, data, fmt, label):
    path = tmp_path / name
    path.write_bytes(data)
    doc = ingest(path)
    assert doc.format == fmt
    assert f"its bytes are a {label} file" in doc.warnings[0]
