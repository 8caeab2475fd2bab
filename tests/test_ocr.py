"""Scanned PDF pages: OCR with Tesseract when it is installed, a clear warning when not.

Only the tests marked `needs_tesseract` run the real program (CI installs it); the others
replace it, so the decisions (which page to OCR, what to say when OCR is impossible) are
tested everywhere.
"""
from __future__ import annotations

import io
import re
import shutil
import stat

import numpy as np
import pdfplumber
import pytest
from builders import check_document, make_pdf, make_scanned_pdf
from PIL import Image
from scan_render import make_scan_pdf, render_pages, tilt

from pipeline.errors import IngestError
from pipeline.ingest import ingest
from pipeline.ingest import ocr as ocr_module
from pipeline.ingest import pdf as pdf_module
from pipeline.ingest.ocr import OcrError, parse_tsv, render_page, run_tesseract
from pipeline.ingest.pdf_layout import TextLine, Word
from pipeline.ingest.scan_image import binarise, clean_scan, estimate_skew, otsu_threshold
from pipeline.model import Document, OcrWord, Page
from pipeline.rules import load_rules
from pipeline.run import process_document

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
    assert [w.confidence for w in lines[0].words] == [96, 91]


# --- Skewed scans: straightened and binarised before OCR; word confidences kept ----------

# A short reply to the adult social care questionnaire, as a council's letter.
LETTER = ("Westmere Borough Council\n"
          "Information Governance Team\n"
          "Our reference: FOI-2024-1187\n"
          "Dear Ms Hart,\n"
          "Thank you for your request under the Freedom of Information Act 2000. "
          "Our answers follow.\n"
          "1. Contact details for the Director of Adult Social Services (DASS)?\nMs Ruth Allen\n"
          "2. Who is the portfolio holder for adult social care?\nCllr Tom Pryce\n"
          "3. Who supplies your main case management system?\nMosaic from The Access Group.\n"
          "4. How many care packages per week does the LA contribute to?\n2,146\n"
          "7. What is the annual ICB cost of care for these cases?\n\u00a348,270,000\n"
          "10. Does the Local Authority have a Joint Funding Policy with the ICB?\nNo.\n"
          "Yours sincerely,\nInformation Governance Team\n")
LETTER_FIGURES = ["FOI-2024-1187", "Ruth Allen", "Tom Pryce", "2,146", "\u00a348,270,000"]
SCAN_ANGLE = 1.5


def _page_image(path, number: int = 1) -> Image.Image:
    with pdfplumber.open(path) as pdf:
        return pdf.pages[number - 1].to_image(resolution=300).original.convert("L")


@pytest.mark.parametrize("angle", [pytest.param(SCAN_ANGLE, id="anticlockwise"),
                                   pytest.param(-2.5, id="clockwise"),
                                   pytest.param(0.0, id="level")])
def test_skew_of_a_scanned_letter_is_found_within_half_a_degree(tmp_path, angle):
    image = _page_image(make_scan_pdf(tmp_path / "scan.pdf", LETTER, angle=angle))
    assert estimate_skew(image) == pytest.approx(angle, abs=0.5)


def test_page_sent_to_tesseract_is_level_and_black_on_white(tmp_path):
    path = make_scan_pdf(tmp_path / "scan.pdf", LETTER, angle=SCAN_ANGLE)
    with pdfplumber.open(path) as pdf:
        sent = Image.open(io.BytesIO(render_page(pdf.pages[0])))
    assert sent.mode == "1"
    assert estimate_skew(sent) == pytest.approx(0.0, abs=0.3)


def test_blank_page_is_left_as_it_is():
    blank = Image.new("L", (800, 1100), 236)
    cleaned, angle = clean_scan(blank)
    assert angle == 0.0 and cleaned.mode == "L"


def test_otsu_threshold_separates_grey_paper_from_toner():
    page = tilt(render_pages(LETTER, dpi=100)[0], 0.0)
    pixels = np.asarray(page)
    threshold = otsu_threshold(pixels)
    assert 35 <= threshold < 236  # between the renderer's ink and paper
    assert set(np.unique(np.asarray(binarise(page).convert("L")))) == {0, 255}


@pytest.fixture(scope="module")
def scanned_letter(tmp_path_factory):
    return ingest(make_scan_pdf(tmp_path_factory.mktemp("scan") / "scan.pdf", LETTER,
                                angle=SCAN_ANGLE))


def _letter_as_text() -> Document:
    return Document("t", "letter.txt", "txt", LETTER, (Page(1, 0, len(LETTER)),))


def _answers(doc: Document) -> dict[str, dict]:
    return {row["field"]: row for row in process_document(doc).answers}


@needs_tesseract
def test_tilted_scan_reads_every_figure(scanned_letter):
    check_document(scanned_letter)
    assert scanned_letter.pages[0].ocr
    for figure in LETTER_FIGURES:
        assert figure in scanned_letter.text, f"OCR lost {figure!r}"
        start = scanned_letter.text.index(figure)
        assert scanned_letter.ocr_confidence(start, start + len(figure)) is not None


@needs_tesseract
def test_value_read_from_clean_ocr_words_is_trusted_like_typed_text(scanned_letter):
    scanned, typed = _answers(scanned_letter), _answers(_letter_as_text())
    for field in ("care_packages_count", "icb_annual_cost_gbp", "dass_name"):
        row = scanned[field]
        assert row["value"] == typed[field]["value"]
        assert "ocr" in row["flags"]
        lowest = scanned_letter.ocr_confidence(row["char_start"], row["char_end"])
        assert lowest >= load_rules().ocr_word_min
        assert row["confidence"] == typed[field]["confidence"]
        assert not any("OCR" in reason for reason in row["reasons"].split("; "))


def _as_ocrd(text: str, doubtful: str, confidence: float) -> Document:
    """`text` as if Tesseract had read it: every word at 96 except `doubtful`."""
    words = tuple(OcrWord(m.start(), m.end(), confidence if m.group() == doubtful else 96.0)
                  for m in re.finditer(r"\S+", text))
    return Document("t", "letter.pdf", "pdf", text,
                    (Page(1, 0, len(text), ocr=True, ocr_words=words),))


def test_value_read_from_a_doubtful_ocr_word_is_penalised_with_the_reason():
    rules = load_rules()
    typed = _answers(_letter_as_text())["care_packages_count"]
    row = _answers(_as_ocrd(LETTER, "2,146", 63.0))["care_packages_count"]
    assert row["value"] == "2146" and "ocr" in row["flags"]
    assert row["confidence"] == pytest.approx(typed["confidence"] * rules.conf("ocr"), abs=0.001)
    assert row["status"] == "review"
    assert "OCR words doubtful (lowest confidence 63)" in row["reasons"]


def test_ocr_confidence_is_the_lowest_word_overlapping_the_span():
    text = "Q4 2,146 care packages"
    doc = _as_ocrd(text, "2,146", 61.0)
    start = text.index("2,146")
    assert doc.ocr_confidence(start, start + 5) == 61.0
    assert doc.ocr_confidence(start + 2, start + 3) == 61.0  # part of the word
    assert doc.ocr_confidence(0, 2) == 96.0
    assert doc.ocr_confidence(0, len(text)) == 61.0
    assert doc.ocr_confidence(2, 3) is None  # a space: no word there
    assert _letter_as_text().ocr_confidence(0, 10) is None
