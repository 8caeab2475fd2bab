"""Scanned PDF pages: OCR with Tesseract when it is installed, a clear warning when not.

Only the tests marked `needs_tesseract` run the real program (CI installs it); the others
replace it, so the decisions (which page to OCR, what to say when OCR is impossible) are
tested everywhere.
"""
from __future__ import annotations

import shutil
import stat

import pytest
from builders import check_document, make_pdf, make_scanned_pdf

from pipeline.errors import IngestError
from pipeline.ingest import ingest
from pipeline.ingest import ocr as ocr_module
from pipeline.ingest import pdf as pdf_module
from pipeline.ingest.ocr import OcrError, parse_tsv, run_tesseract
from pipeline.ingest.pdf_layout import TextLine, Word

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="Tesseract is not installed")

REPLY = ("Westmere Borough Council\n"
         "Freedom of Information request FOI-2024-1187\n"
         "Q1 Contact details for the Director of Adult Social Services.\n"
         "Dr Amelia Hart, Director of Adult Social Services.\n"
         "Q4 How many care packages does the council contribute to each week?\n"
         "As at 31 March 2024 there were 2,146 care packages.\n"
         "Q5 What was the annual cost of this care?\n"
         "The gross cost in 2023/24 was \u00a348,270,000.")
CLOSING = ("If you are unhappy with this response you may ask for an internal review.\n"
           "Information Governance Team")
KEY_VALUES = ["Dr Amelia Hart", "FOI-2024-1187", "2,146", "\u00a348,270,000", "2023/24"]


@pytest.fixture
def no_tesseract(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)


@needs_tesseract
def test_scanned_reply_reads_like_its_born_digital_original(tmp_path):
    born = ingest(make_pdf(tmp_path / "born.pdf", [REPLY]))
    scanned = ingest(make_scanned_pdf(tmp_path / "scanned.pdf", [REPLY]))
    check_document(scanned)
    assert scanned.pages[0].ocr and not born.pages[0].ocr
    assert scanned.warnings == ()
    for value in KEY_VALUES:
        assert value in born.text
        assert value in scanned.text, f"OCR lost {value!r}"
        assert scanned.is_ocr(scanned.text.index(value))


@needs_tesseract
def test_only_the_scanned_page_is_ocrd(tmp_path):
    doc = ingest(make_scanned_pdf(tmp_path / "mixed.pdf", [REPLY, CLOSING], scanned=[2]))
    check_document(doc)
    assert [p.ocr for p in doc.pages] == [False, True]
    assert "internal review" in doc.text
    assert doc.page_at(doc.text.index("internal review")) == 2
    assert not doc.is_ocr(doc.text.index("2,146"))


def test_without_tesseract_a_scanned_page_is_a_warning_with_the_install_command(
        tmp_path, no_tesseract):
    doc = ingest(make_scanned_pdf(tmp_path / "mixed.pdf", [REPLY, CLOSING], scanned=[2],
                                  resolution=72))
    check_document(doc)
    assert "2,146" in doc.text and "internal review" not in doc.text
    assert [p.ocr for p in doc.pages] == [False, False]
    (warning,) = doc.warnings
    assert warning.startswith("page 2 ") and "needs OCR" in warning
    assert "apt-get install tesseract-ocr" in warning and "brew install tesseract" in warning


def test_without_tesseract_a_fully_scanned_pdf_is_refused(tmp_path, no_tesseract):
    path = make_scanned_pdf(tmp_path / "scanned reply.pdf", [REPLY, CLOSING], resolution=72)
    with pytest.raises(IngestError) as info:
        ingest(path)
    assert "scanned reply.pdf" in str(info.value)
    assert "Tesseract is not installed" in str(info.value)
    assert "apt-get install tesseract-ocr" in info.value.hint


def _fake_ocr(monkeypatch, result):
    """Pretend Tesseract is installed; `result` is the lines it reads, or an exception."""
    calls = []

    def fake(page, binary):
        calls.append(page.page_number)
        if isinstance(result, Exception):
            raise result
        return result

    monkeypatch.setattr(pdf_module, "tesseract_binary", lambda: "/usr/bin/tesseract")
    monkeypatch.setattr(pdf_module, "ocr_page", fake)
    return calls


def _line(text: str, top: float) -> TextLine:
    return TextLine(tuple(Word(w, 72 + 50 * i, 110 + 50 * i, top, top + 11)
                          for i, w in enumerate(text.split())))


def test_scan_stamped_with_a_page_number_is_still_ocrd(tmp_path, monkeypatch):
    calls = _fake_ocr(monkeypatch, [_line("Q4 2,146 care packages.", 100)])
    path = make_scanned_pdf(tmp_path / "stamped.pdf", [REPLY, CLOSING], scanned=[2],
                            resolution=72, stamp="Page {page}")
    doc = ingest(path)
    assert calls == [2]
    assert doc.pages[1].ocr
    assert doc.text.endswith("Q4 2,146 care packages.\n")


def test_page_with_a_text_layer_is_never_ocrd(tmp_path, monkeypatch):
    calls = _fake_ocr(monkeypatch, [])
    ingest(make_pdf(tmp_path / "born.pdf", [REPLY, "", CLOSING]))
    assert calls == [], "neither text pages nor blank pages need OCR"


def test_ocr_failure_on_one_page_is_a_warning(tmp_path, monkeypatch):
    _fake_ocr(monkeypatch, OcrError("Tesseract failed (bad image)"))
    doc = ingest(make_scanned_pdf(tmp_path / "mixed.pdf", [REPLY, CLOSING], scanned=[2],
                                  resolution=72))
    assert "2,146" in doc.text
    (warning,) = doc.warnings
    assert warning.startswith("page 2 looks scanned and OCR failed")
    assert "bad image" in warning


def _script(tmp_path, body: str) -> str:
    path = tmp_path / "fake-tesseract"
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


def test_tesseract_that_hangs_is_stopped(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr_module, "OCR_TIMEOUT_SECONDS", 0.5)
    with pytest.raises(OcrError, match="more than 0.5 s"):
        run_tesseract(b"png", _script(tmp_path, "sleep 5"))


def test_tesseract_error_is_reported_with_its_last_message(tmp_path):
    binary = _script(tmp_path, "echo 'Error opening data file eng.traineddata' >&2; exit 1")
    with pytest.raises(OcrError) as info:
        run_tesseract(b"png", binary)
    assert "eng.traineddata" in str(info.value)
    assert "language data" in info.value.hint


def test_parse_tsv_groups_words_into_lines_in_points():
    header = ("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\t"
              "height\tconf\ttext\n")
    rows = ["1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t",
            "5\t1\t1\t1\t1\t1\t300\t300\t100\t40\t96\tQ5",
            "5\t1\t1\t1\t1\t2\t420\t300\t300\t40\t91\t\u00a348,270,000",
            "5\t1\t1\t1\t2\t1\t300\t360\t200\t40\t95\tgross",
            "5\t1\t2\t1\t1\t1\t300\t500\t200\t40\t95\t ",
            "5\t1\t2\t1\t1\t2\t300\t500\t200\t40\t95\tN/A"]
    lines = parse_tsv(header + "\n".join(rows) + "\n", scale=72 / 300)
    assert [line.text for line in lines] == ["Q5 \u00a348,270,000", "gross", "N/A"]
    assert lines[0].top == pytest.approx(72.0)
    assert lines[0].x1 == pytest.approx(720 * 72 / 300)
