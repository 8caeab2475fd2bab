"""PDF tables: question/answer tables come out one row per line, whatever their borders.

The documents are built like a council's Word export: a letter paragraph, a table of
wrapped questions and answers (ruled or borderless), a closing paragraph. Plain text
extraction interleaves the two columns of such a table line by line; these tests hold
the reader to one line per row, cells joined by " | ", a blank line after the table and
a block per cell.
"""
from __future__ import annotations

import pdfplumber
import pytest
from builders import check_document, make_docx, make_flow_pdf, make_pdf

from pipeline.ingest import ingest, pdf_tables
from pipeline.ingest.pdf_layout import GutterRegion, TextLine, Word
from pipeline.ingest.pdf_tables import PageTable, TableRow, merge_across_pages

HEADER = ["Question", "Response"]
QA = [
    ("1. Contact details for the Director of Adult Social Services (DASS) in your "
     "authority.",
     "Dr Amelia Hart, Director of Adult Social Services, Westmere Borough Council. Her "
     "email address has been withheld under section 40(2)."),
    ("2. Contact details for the Executive Member (portfolio holder) for adult social "
     "care, where applicable.",
     "Councillor Tomasz Nowak, Cabinet Member for Adults and Health."),
    ("3. Who supplies your main operational case management system?",
     "Liquidlogic Adults System (LAS), supplied by System C."),
    ("4. For how many care packages a week does the authority currently pay part or all "
     "of the cost?",
     "As at 31 March 2024 the council contributed to 2,146 care packages each week, "
     "counting every person with at least one open service."),
    ("5. What was the annual cost of this care to the authority in the last full year?",
     "\u00a348,270,000 gross in 2023/24."),
]
INTRO = ["Westmere Borough Council",
         "Freedom of Information response FOI-2024-1187",
         "Thank you for your request. Our response is set out in the table below."]
CLOSING = "If you are unhappy with this response you may ask for an internal review."


def qa_pdf(path, *, grid: bool, rows=QA, **options):
    table = ("table", [HEADER, *map(list, rows)],
             {"grid": grid, "widths": [220, 230], **options})
    return make_flow_pdf(path, [*INTRO, table, CLOSING])


def row_line(question: str, answer: str) -> str:
    return f"{question} | {answer}"


@pytest.mark.parametrize("grid", [pytest.param(False, id="borderless"),
                                  pytest.param(True, id="ruled")])
def test_question_answer_table_reads_one_row_per_line(tmp_path, grid):
    path = qa_pdf(tmp_path / "westmere.pdf", grid=grid)
    with pdfplumber.open(path) as pdf:
        plain = pdf.pages[0].extract_text()
    assert "1. Contact details for the Director of Adult Dr Amelia" in plain, \
        "the document reproduces the interleaving that plain extraction gives"
    doc = ingest(path)
    check_document(doc)
    expected = "\n".join(["Question | Response", *(row_line(q, a) for q, a in QA)]) + "\n\n"
    assert expected in doc.text
    assert doc.text.index("table below.") < doc.text.index("Question | Response")
    assert doc.text.endswith(CLOSING + "\n")


def test_pdf_table_reads_like_the_same_table_in_docx(tmp_path):
    """SPEC: the same numbers from a PDF or DOCX rendering of a document."""
    rows = [HEADER, *map(list, QA)]
    pdf = ingest(make_flow_pdf(tmp_path / "reply.pdf", [INTRO[2], ("table", rows, {})]))
    docx = ingest(make_docx(tmp_path / "reply.docx", [INTRO[2], ("table", rows)]))
    assert pdf.text == docx.text
    assert _cells(pdf) == _cells(docx), "the same cells, with the same table/row/cell numbers"


def _cells(doc) -> list[tuple[str, str]]:
    """Each cell's text with its locator from "table" on (DOCX has no page numbers)."""
    return [(doc.text[b.char_start:b.char_end], b.locator[b.locator.index("table"):])
            for b in doc.blocks if " cell " in b.locator]


def test_each_cell_has_a_block_with_its_locator(tmp_path):
    doc = ingest(qa_pdf(tmp_path / "westmere.pdf", grid=False))
    question, answer = QA[3]
    at = doc.text.index(answer)
    assert doc.locator_at(at) == "page 1 table 1 row 5 cell 2"
    assert doc.locator_at(doc.text.index(question)) == "page 1 table 1 row 5 cell 1"
    cell = next(b for b in doc.blocks if b.locator == "page 1 table 1 row 5 cell 2")
    assert doc.text[cell.char_start:cell.char_end] == answer
    assert doc.locator_at(doc.text.index("internal review")) == "page 1"


@pytest.mark.parametrize("valign", ["TOP", "MIDDLE", "BOTTOM"])
def test_three_column_table_with_a_number_column(tmp_path, valign):
    rows = [["No.", "Request", "Answer"]] + [[q.split(". ", 1)[0], q.split(". ", 1)[1], a]
                                             for q, a in QA]
    path = make_flow_pdf(tmp_path / "three.pdf", [
        INTRO[0], ("table", rows, {"widths": [40, 190, 220], "valign": valign})])
    text = ingest(path).text
    assert "No. | Request | Answer\n" in text
    assert f"4 | {QA[3][0][3:]} | {QA[3][1]}\n" in text


# Answers much longer than their questions (a sub-question among them) and questions much
# longer than their answers: in a bottom- or middle-aligned table the first lines of a
# long cell sit beside the end of the row above, or above the row's own question number.
UNEVEN = [
    ("1. Is there a joint funding protocol?",
     "Yes. The Westmere Joint Funding Protocol was agreed with the integrated care board in "
     "2023 and is reviewed every two years by the joint commissioning board."),
    ("1a. If so, please provide a copy.",
     "The protocol is published on the council's website and is therefore exempt under "
     "section 21 of the Act, as it is reasonably accessible to you by other means."),
    ("2. Which tool is used to decide eligibility for joint funding and the contributions "
     "each partner makes to a jointly funded package of care and support?", "The DST."),
    ("3. How many disputes were raised?", "Fewer than 5"),
    ("4. Is the funding of joint packages split by a fixed percentage, or agreed case by "
     "case, and who takes the final decision when the partners cannot agree on it?",
     "Case by case. Each package is apportioned according to the tasks health and social "
     "care staff carry out, as set out in the protocol."),
]


@pytest.mark.parametrize("rows", [pytest.param(QA, id="qa"),
                                  pytest.param(UNEVEN, id="uneven")])
@pytest.mark.parametrize("valign", ["BOTTOM", "MIDDLE"])
def test_bottom_and_middle_aligned_cells_stay_in_their_rows(tmp_path, valign, rows):
    """reportlab's default, and Word's "align centre": rows are told apart by the space
    that crosses every column between them, not by where the question starts."""
    path = qa_pdf(tmp_path / "aligned.pdf", grid=False, rows=rows, valign=valign)
    if rows is UNEVEN:
        with pdfplumber.open(path) as pdf:
            plain = pdf.pages[0].extract_text()
        assert plain.index("Yes. The Westmere") < plain.index("1. Is there"), \
            "the long answer starts above its question"
    doc = ingest(path)
    check_document(doc)
    expected = "\n".join(["Question | Response", *(row_line(q, a) for q, a in rows)]) + "\n\n"
    assert expected in doc.text
    assert doc.text.index("table below.") < doc.text.index("Question | Response")
    assert doc.text.endswith(CLOSING + "\n")
    question, answer = rows[1]
    assert doc.locator_at(doc.text.index(answer)) == "page 1 table 1 row 3 cell 2"


def uneven_rows(n: int) -> list[tuple[str, str]]:
    """Rows whose answers are by turns much longer and much shorter than the question."""
    return [(f"{i}. How many placements were jointly funded in quarter {i}?",
             f"In quarter {i} there were {100 + i} jointly funded placements, of which "
             f"{40 + i} were residential, {30 + i} were nursing and the rest were supported "
             "living; the figures are taken from the joint funding panel's records.")
            if i % 2 else
            (f"{i}. Of the placements jointly funded in quarter {i - 1}, how many were "
             "reviewed by the joint funding panel within six weeks of the placement "
             "starting, and how many of those reviews changed the split of the costs?",
             f"{i * 3}")
            for i in range(1, n + 1)]


def test_bottom_aligned_table_over_a_page_break(tmp_path):
    rows = uneven_rows(16)
    doc = ingest(qa_pdf(tmp_path / "long.pdf", grid=False, rows=rows, valign="BOTTOM"))
    check_document(doc)
    assert len(doc.pages) == 2
    assert doc.text.count("Question | Response") == 1, "the repeated header row is dropped"
    table = "\n".join(["Question | Response", *(row_line(q, a) for q, a in rows)]) + "\n\n"
    assert table in doc.text


def test_paragraphs_and_empty_cells_in_a_bottom_aligned_table(tmp_path):
    """A blank line inside an answer leaves space across both columns too: the paragraph
    above it stays with its row, and a question without an answer keeps a row of its
    own."""
    rows = [list(row) for row in QA]
    rows[1][1] = ("Councillor Tomasz Nowak.<br/><br/>Cabinet Member for Adults and Health, "
                  "elected in May 2023 for the Westmere Central ward of the borough.")
    rows[2][1] = ""
    doc = ingest(qa_pdf(tmp_path / "paragraphs.pdf", grid=False, rows=rows, valign="BOTTOM"))
    answer = ("Councillor Tomasz Nowak. Cabinet Member for Adults and Health, elected in "
              "May 2023 for the Westmere Central ward of the borough.")
    assert row_line(QA[1][0], answer) + "\n" in doc.text
    assert f"\n{QA[2][0]} |\n{row_line(*QA[3])}\n" in doc.text


def test_rows_without_spacing_are_told_apart_by_their_question_numbers(tmp_path):
    text = ingest(qa_pdf(tmp_path / "tight.pdf", grid=False, padding=0)).text
    for question, answer in QA:
        assert row_line(question, answer) + "\n" in text


def long_rows(n: int) -> list[tuple[str, str]]:
    return [(f"{i}. Please give the number of placements jointly funded with the ICB in "
             f"quarter {i} of the year, by type of placement.",
             f"In quarter {i} there were {100 + i} jointly funded placements: residential "
             f"{40 + i}, nursing {30 + i} and supported living {30}.")
            for i in range(1, n + 1)]


@pytest.mark.parametrize("grid", [pytest.param(False, id="borderless"),
                                  pytest.param(True, id="ruled")])
def test_table_over_a_page_break_is_one_table_with_one_header(tmp_path, grid):
    rows = long_rows(16)
    doc = ingest(qa_pdf(tmp_path / "long.pdf", grid=grid, rows=rows))
    check_document(doc)
    assert len(doc.pages) == 2
    assert doc.text.count("Question | Response") == 1, "the repeated header row is dropped"
    table = "\n".join(["Question | Response", *(row_line(q, a) for q, a in rows)]) + "\n\n"
    assert table in doc.text
    last = rows[-1][1]
    assert doc.page_at(doc.text.index(last)) == 2, "rows from page 2 lie in page 2's span"
    assert doc.locator_at(doc.text.index(last)).startswith("page 2 table 1 row ")


LONG_ANSWER = " ".join(f"Sentence {i} of a long answer about the joint funding panel."
                      for i in range(1, 30))
PANEL_QUESTION = "12. Describe how the joint funding panel decides each case."


def test_borderless_row_split_by_the_page_break_is_merged(tmp_path):
    rows = long_rows(13)
    rows[11] = (PANEL_QUESTION, LONG_ANSWER)
    path = qa_pdf(tmp_path / "split.pdf", grid=False, rows=rows, split_rows=True,
                  repeat_header=False)
    with pdfplumber.open(path) as pdf:
        assert "Sentence 29" in pdf.pages[1].extract_text(), "the row spans the page break"
        assert "Sentence 1 " in pdf.pages[0].extract_text()
    doc = ingest(path)
    check_document(doc)
    assert row_line(*rows[11]) + "\n" in doc.text
    assert row_line(*rows[12]) + "\n" in doc.text
    assert doc.page_at(doc.text.index("Sentence 29")) == 1, "the merged row starts on page 1"
    assert doc.page_at(doc.text.index(rows[12][1])) == 2
    assert doc.locator_at(doc.text.index(rows[12][1])) == "page 2 table 1 row 1 cell 2"


@pytest.mark.parametrize("grid", [pytest.param(False, id="borderless"),
                                  pytest.param(True, id="ruled")])
@pytest.mark.parametrize("repeat", [pytest.param(False, id="no_header"),
                                    pytest.param(True, id="repeated_header")])
def test_row_continued_beside_an_empty_cell_on_the_next_page_is_merged(tmp_path, grid, repeat):
    """Word draws a row that breaks over a page as two rows, the second with an empty
    question cell when only the answer runs on."""
    cut = LONG_ANSWER.index(" ", 300)
    first, rest = LONG_ANSWER[:cut], LONG_ANSWER[cut + 1:]
    options = {"grid": grid, "widths": [220, 230]}
    page_two = [HEADER] if repeat else []
    path = make_flow_pdf(tmp_path / "split.pdf", [
        *INTRO,
        ("table", [HEADER, *map(list, QA), [PANEL_QUESTION, first]], options),
        ("page_break",),
        ("table", [*page_two, ["", rest], list(QA[0])], options),
        CLOSING,
    ])
    doc = ingest(path)
    check_document(doc)
    assert doc.text.count("Question | Response") == 1
    assert row_line(PANEL_QUESTION, LONG_ANSWER) + "\n" + row_line(*QA[0]) + "\n\n" in doc.text


def test_header_of_the_second_page_alone_is_not_taken_for_a_cell(tmp_path):
    cut = LONG_ANSWER.index(" ", 300)
    options = {"grid": False, "widths": [220, 230]}
    path = make_flow_pdf(tmp_path / "split.pdf", [
        *INTRO,
        ("table", [HEADER, *map(list, QA), [PANEL_QUESTION, LONG_ANSWER[:cut]]], options),
        ("page_break",),
        ("table", [["", LONG_ANSWER[cut + 1:]], list(QA[0])], options),
        CLOSING,
    ], later_header=["FOI-2024-1187 (continued)"])
    doc = ingest(path)
    assert row_line(PANEL_QUESTION, LONG_ANSWER) + "\n" in doc.text
    assert "\nFOI-2024-1187 (continued)\n" in doc.text


def test_prose_and_hanging_lists_are_not_tables(tmp_path):
    prose = ("The council and the integrated care board agree each jointly funded package "
             "at a monthly panel. Social workers present the assessed needs, health "
             "colleagues present the clinical view, and the panel records the split of "
             "costs in the case record. ") * 4
    items = [prose, "Our answers to your questions follow.",
             "1.\u2003The council contributes to 2,146 care packages each week.",
             "2.\u2003The gross annual cost in 2023/24 was \u00a348,270,000.",
             "3.\u2003The council does not use a joint funding tool.", prose]
    doc = ingest(make_flow_pdf(tmp_path / "prose.pdf", items))
    assert " | " not in doc.text
    assert doc.text.split() == " ".join(items).replace("\u2003", " ").split()
    assert "2.\u2003" not in doc.text and "2. The gross annual cost" in doc.text


def test_table_finder_runs_only_on_pages_with_drawn_lines(tmp_path, monkeypatch):
    calls = []
    original = pdf_tables.TableFinder

    def counting(page, settings):
        calls.append(len(page.edges))
        return original(page, settings)

    monkeypatch.setattr(pdf_tables, "TableFinder", counting)
    ingest(make_pdf(tmp_path / "plain.pdf", ["Q1 Yes.", "Q2 No."]))
    assert calls == []
    ingest(qa_pdf(tmp_path / "ruled.pdf", grid=True))
    assert len(calls) == 1 and calls[0] >= 4, "one page, its ruling edges"


def test_pdf_is_never_parsed_by_pdfminer_for_text_or_tables(tmp_path, monkeypatch):
    """pdfplumber (pdfminer) costs about 176 ms a page; PDFium reads the text and the
    ruling lines, so a born-digital PDF never opens a pdfplumber page."""
    def refuse(*args, **kwargs):
        raise AssertionError("pdfplumber was asked to open the PDF")

    monkeypatch.setattr(pdfplumber, "open", refuse)
    doc = ingest(qa_pdf(tmp_path / "ruled.pdf", grid=True))
    assert row_line(*QA[3]) + "\n" in doc.text


def _row(page: int, *cells: str) -> TableRow:
    return TableRow(tuple(cells), page=page, table=1, row=0)


@pytest.mark.parametrize(
    "below, expected",
    [
        pytest.param([("No. ", "Question", "Answer"), ("3", "Q three", "A three")],
                     [("No.", "Question", "Answer"), ("1", "Q one", "A one"),
                      ("2", "Q two", "A two, part"), ("3", "Q three", "A three")],
                     id="repeated_header_dropped"),
        pytest.param([("", "", "two"), ("3", "Q three", "A three")],
                     [("No.", "Question", "Answer"), ("1", "Q one", "A one"),
                      ("2", "Q two", "A two, part two"), ("3", "Q three", "A three")],
                     id="empty_number_cell_continues_the_row"),
        pytest.param([("No.", "Question", "Answer"), ("", "", "two")],
                     [("No.", "Question", "Answer"), ("1", "Q one", "A one"),
                      ("2", "Q two", "A two, part two")],
                     id="header_then_continuation"),
    ],
)
def test_merge_across_pages(below, expected):
    above = PageTable((_row(1, "No.", "Question", "Answer"), _row(1, "1", "Q one", "A one"),
                       _row(1, "2", "Q two", "A two, part")), (72, 110, 300), 100, 800)
    merged = merge_across_pages(above, PageTable(tuple(_row(2, *c) for c in below),
                                                 (72, 110, 300), 72, 300))
    assert [r.cells for r in merged.rows] == expected
    assert merged.rows[2].page == 1, "a merged row keeps the page where it starts"


def test_unnumbered_first_cell_continues_a_numbered_table():
    above = PageTable((_row(1, "Question", "Response"), _row(1, "1. How many", "2,146")),
                      (72, 300), 100, 800)
    below = PageTable((_row(2, "packages per week?", "as at 31 March"),
                       _row(2, "2. Annual cost?", "\u00a348,270,000")), (72, 300), 72, 200)
    merged = merge_across_pages(above, below)
    assert [r.cells for r in merged.rows][1:] == [
        ("1. How many packages per week?", "2,146 as at 31 March"),
        ("2. Annual cost?", "\u00a348,270,000")]


def test_gutter_region_words_go_to_the_column_holding_their_middle():
    region = GutterRegion((TextLine((Word("a", 60, 70, 0, 10), Word("b", 300, 310, 0, 10))),),
                          (200.0,))
    assert [region.column_of(w) for w in region.lines[0].words] == [0, 1]
