"""The PDF reader: text layer per page, page spans, blank and broken files.

Tables are tested in test_ingest_pdf_tables.py, headers, footers, page breaks and columns
in test_ingest_pdf_layout.py, scanned pages in test_ocr.py.
"""
from __future__ import annotations

import hashlib
import io

import pdfplumber
import pypdfium2
import pytest
import reportlab
from builders import check_document, make_flow_pdf, make_pdf
from reportlab.lib import pdfencrypt
from reportlab.pdfgen import canvas

from pipeline.errors import IngestError
from pipeline.ingest import ingest, pdf
from pipeline.ingest.pdf import PDF_WORD_SETTINGS, PageLayout, is_usable_text, render
from pipeline.ingest.pdf_chars import DocumentFonts, PageFrame, page_chars, words_from_chars
from pipeline.ingest.pdf_layout import TextLine, Word
from pipeline.model import Page

COVER = ("Essex County Council\n"
         "Freedom of Information request FOI-2024-0877\n"
         "Date of response: 18 April 2024")
QUESTIONS = ("Q4 How many current care packages per week does the council contribute to?\n"
             "As at 18th April 24 there were 1,969 individuals with care packages.\n"
             "Q5 What is your annual cost of this care?\n"
             "GROSS cost \u00a351,471,673.00 for 2022/23.")
CLOSING = ("If you are unhappy with this response you may ask for an internal review.\n"
           "The council\u2019s Information Governance Team")


@pytest.fixture
def three_pages(tmp_path):
    return make_pdf(tmp_path / "essex_asc.pdf", [COVER, QUESTIONS, CLOSING])


def test_three_pages_keep_their_numbers_and_order(three_pages):
    doc = ingest(three_pages)
    check_document(doc)
    assert doc.format == "pdf"
    assert [p.number for p in doc.pages] == [1, 2, 3]
    for page, expected in zip(doc.pages, [COVER, QUESTIONS, CLOSING]):
        page_text_ = doc.text[page.char_start:page.char_end]
        assert page_text_.strip() == expected
    assert doc.text.index("Essex County") < doc.text.index("Q4 How") < doc.text.index("unhappy")


@pytest.mark.parametrize(
    "phrase, page",
    [("FOI-2024-0877", 1), ("1,969 individuals", 2), ("\u00a351,471,673.00", 2),
     ("internal review", 3)],
)
def test_page_at_finds_the_page_of_a_phrase(three_pages, phrase, page):
    doc = ingest(three_pages)
    offset = doc.text.index(phrase)
    assert doc.page_at(offset) == page
    assert doc.page_at(offset + len(phrase) - 1) == page
    assert doc.locator_at(offset) == f"page {page}"


def test_pages_are_joined_by_a_newline_and_each_ends_with_one(three_pages):
    doc = ingest(three_pages)
    assert doc.text == COVER + "\n\n" + QUESTIONS + "\n\n" + CLOSING + "\n"


def test_pound_sign_and_curly_apostrophe_survive(three_pages):
    text = ingest(three_pages).text
    assert "GROSS cost \u00a351,471,673.00" in text
    assert "council\u2019s" in text


def test_doc_id_is_the_sha256_of_the_bytes(three_pages):
    doc = ingest(three_pages, source_name="essex/asc.pdf")
    assert doc.doc_id == hashlib.sha256(three_pages.read_bytes()).hexdigest()
    assert doc.source_file == "essex/asc.pdf"


def test_long_lines_are_wrapped_but_no_word_is_lost(tmp_path):
    answer = ("The ICB will sometimes joint fund placements on a case-by-case basis, "
              "agreed at the Joint Agency Panel with Education and Children\u2019s "
              "Social Care, with no fixed percentage for any service. ") * 3
    doc = ingest(make_pdf(tmp_path / "long.pdf", [answer]))
    assert doc.text.count("\n") > 2, "the builder wrapped the paragraph into lines"
    assert doc.text.split() == answer.split()


def test_blank_page_is_kept_with_an_empty_span(tmp_path):
    doc = ingest(make_pdf(tmp_path / "blank_in_middle.pdf", [COVER, "", CLOSING]))
    check_document(doc)
    assert len(doc.pages) == 3
    blank = doc.pages[1]
    assert doc.text[blank.char_start:blank.char_end].strip() == ""
    assert doc.warnings == (), "a page with nothing drawn on it is not a scan"
    assert doc.page_at(doc.text.index("internal review")) == 3
    assert "18 April 2024\n\nIf you are unhappy" in doc.text, "a missing page is a break"


def test_pdf_with_only_blank_pages_is_refused(tmp_path):
    path = make_pdf(tmp_path / "empty reply.pdf", ["", ""])
    with pytest.raises(IngestError) as info:
        ingest(path)
    message = str(info.value)
    assert "empty reply.pdf" in message
    assert "every page is blank" in message
    assert "download it again" in info.value.hint


def test_password_protected_pdf_is_refused(tmp_path):
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, encrypt=pdfencrypt.StandardEncryption("s3cret"))
    pdf.drawString(72, 720, "Q1 Yes")
    pdf.showPage()
    pdf.save()
    path = tmp_path / "locked.pdf"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(IngestError) as info:
        ingest(path)
    assert "locked.pdf" in str(info.value)
    assert "password" in str(info.value)


def test_pdf_with_only_an_owner_password_is_read(tmp_path):
    buffer = io.BytesIO()
    encryption = pdfencrypt.StandardEncryption("", ownerPassword="owner", canModify=0)
    pdf = canvas.Canvas(buffer, encrypt=encryption)
    pdf.drawString(72, 720, "Q1 Yes, a joint funding policy is in place.")
    pdf.showPage()
    pdf.save()
    path = tmp_path / "print_only.pdf"
    path.write_bytes(buffer.getvalue())
    assert ingest(path).text == "Q1 Yes, a joint funding policy is in place.\n"


@pytest.mark.parametrize(
    "make_bytes",
    [
        pytest.param(lambda good: b"%PDF-1.4\nnot really a pdf", id="header_only"),
        pytest.param(lambda good: good[: len(good) // 2], id="truncated_download"),
    ],
)
def test_corrupt_pdf_is_an_error_naming_the_file(tmp_path, three_pages, make_bytes):
    path = tmp_path / "broken reply.pdf"
    path.write_bytes(make_bytes(three_pages.read_bytes()))
    with pytest.raises(IngestError) as info:
        ingest(path)
    assert "broken reply.pdf" in str(info.value)
    assert "download it again" in info.value.hint


def test_every_page_is_closed_after_reading(three_pages, monkeypatch):
    closed = []
    original = pypdfium2.PdfPage.close

    def counting_close(self, *args, **kwargs):
        closed.append(self)  # kept alive, so that no two pages share an id
        original(self, *args, **kwargs)

    monkeypatch.setattr(pypdfium2.PdfPage, "close", counting_close)
    ingest(three_pages)
    assert len({id(page) for page in closed}) == 3


def test_a_page_that_fails_to_parse_becomes_a_warning(three_pages, monkeypatch):
    original = pdf.PdfPage.chars

    def flaky(self):
        if self.number == 3:
            raise ValueError("bad content stream")
        return original(self)

    monkeypatch.setattr(pdf.PdfPage, "chars", flaky)
    doc = ingest(three_pages)
    assert "1,969" in doc.text and "internal review" not in doc.text
    assert any("page 3 could not be read" in w for w in doc.warnings)
    check_document(doc)


def _line(text: str, top: float = 100) -> TextLine:
    return TextLine(tuple(Word(w, 72 + 40 * i, 100 + 40 * i, top, top + 10)
                          for i, w in enumerate(text.split())))


def test_render_normalises_spaces_and_ends_every_line_with_a_newline():
    text, pages, _ = render([PageLayout(1, 842, (_line("\u00a3\u00a0450k"), _line("Q1 Yes")))])
    assert text == "\u00a3 450k\nQ1 Yes\n"
    assert pages == (Page(1, 0, len(text)),)


def test_render_spans_are_contiguous_over_an_empty_page():
    layouts = [PageLayout(1, 842, (_line("Q1 Yes."),)), PageLayout(2, 842),
               PageLayout(3, 842, (_line("Q2 No."),))]
    text, pages, blocks = render(layouts)
    assert text == "Q1 Yes.\n\nQ2 No.\n"
    assert [(p.char_start, p.char_end) for p in pages] == [(0, 8), (8, 9), (9, 16)]
    assert [b.locator for b in blocks] == ["page 1", "page 2", "page 3"]


@pytest.mark.parametrize(
    "tokens, usable",
    [
        pytest.param(["(cid:71)(cid:72)", "(cid:3)"], False, id="unmapped_glyphs_only"),
        pytest.param([], False, id="no_words"),
        pytest.param(["Q1", "(cid:71)", "Yes"], True, id="some_unmapped"),
        pytest.param(["#$%", "&*!", "@@", "Yes"], False, id="encoding_garbage"),
        pytest.param(["2,146", "\u00a348,270,000", "2023/24"], True, id="figures"),
    ],
)
def test_usable_text_layer(tokens, usable):
    assert is_usable_text(tokens) is usable


def _truetype_pdf(path):
    """Text in an embedded TrueType font (as Word's PDFs have), upright, rotated and
    slanted, with kerned figures and a ligature character."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = reportlab.__path__[0] + "/fonts/Vera.ttf"
    pdfmetrics.registerFont(TTFont("VeraTest", font))
    pdf_canvas = canvas.Canvas(str(path))
    pdf_canvas.setFont("VeraTest", 11)
    pdf_canvas.drawString(72, 760, "Q4 How many packages? As at 18 April: 1,969 (\ufb01nal).")
    text = pdf_canvas.beginText(72, 730)
    text.setFont("VeraTest", 9)
    text.setCharSpace(1.8)  # letters spaced wider than the word gap: one word each
    text.textLine("SPACED OUT")
    pdf_canvas.drawText(text)
    pdf_canvas.setFont("Helvetica", 10)
    for angle, x in ((90, 300), (30, 380), (180, 500)):
        pdf_canvas.saveState()
        pdf_canvas.translate(x, 400)
        pdf_canvas.rotate(angle)
        pdf_canvas.drawString(0, 0, f"Turned {angle} degrees 2024/25")
        pdf_canvas.restoreState()
    pdf_canvas.showPage()
    pdf_canvas.save()
    return path


def _rotated_page(path, source):
    document = pypdfium2.PdfDocument(str(source))
    for page in document:
        page.set_rotation(90)
    document.save(str(path))
    return path


@pytest.mark.parametrize("build, tolerance", [
    pytest.param(lambda tmp: make_flow_pdf(
        tmp / "table.pdf", ["Our response is below.", ("table", [["Question", "Response"],
                            ["1. Cost?", "\u00a348,270,000 gross in 2023/24."]], {"grid": True})],
        header=["FOI 2024/0877"], footer=["Page {page} of {pages}"]), 0.01,
        id="helvetica_table"),
    # reportlab writes fractional /Widths (787.1094); PDFium lays glyphs out with whole
    # ones, pdfminer with the fractions, so along one text object positions drift apart
    # by up to ~0.01 pt a character. Word's and LibreOffice's PDFs have whole widths and
    # agree to 0.01 pt; the words themselves are the same here too.
    pytest.param(lambda tmp: _truetype_pdf(tmp / "truetype.pdf"), 0.5,
                 id="truetype_turned_text"),
    pytest.param(lambda tmp: _rotated_page(tmp / "rotated.pdf",
                                           make_pdf(tmp / "plain.pdf", [QUESTIONS])), 0.01,
                 id="page_rotated_90"),
])
def test_words_are_the_words_pdfplumber_gives(tmp_path, build, tolerance):
    """PDFium's characters become the same words, at the same places, as pdfplumber's
    `extract_words`, so every layout threshold sees the numbers it did."""
    path = build(tmp_path)
    with pdfplumber.open(path) as document:
        expected = [[(w["text"], w["x0"], w["x1"], w["top"], w["bottom"])
                     for w in page.extract_words(keep_blank_chars=False, **PDF_WORD_SETTINGS)]
                    for page in document.pages]
    data = path.read_bytes()
    document = pypdfium2.PdfDocument(data)
    for index, page in enumerate(document):
        words = words_from_chars(page_chars(page, PageFrame(page), DocumentFonts(data)),
                                 **PDF_WORD_SETTINGS)
        assert [w.text for w in words] == [w[0] for w in expected[index]]
        for word, (_, x0, x1, top, bottom) in zip(words, expected[index]):
            assert (word.x0, word.x1, word.top, word.bottom) == pytest.approx(
                (x0, x1, top, bottom), abs=tolerance), word.text
