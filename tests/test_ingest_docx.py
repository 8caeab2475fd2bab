"""The DOCX reader: body order, Word's automatic numbering, tables, tracked changes."""
from __future__ import annotations

import hashlib
import io
import zipfile

import docx
import openpyxl
import pytest
from builders import (
    NUMBERED_LEVELS, add_abstract_numbering, add_list, add_list_instance, add_text_box,
    check_document, make_docx, set_header, set_numbering,
)
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

from pipeline.errors import IngestError
from pipeline.ingest import ingest
from pipeline.ingest.layout import join_cells
from pipeline.ingest.wordnumbering import format_number, to_letters

QUESTIONS = [
    "How many current care packages per week does the council contribute to?",
    "What is the annual cost of this care?",
    "Which ICBs cover the local authority area?",
]


def lines(doc) -> list[str]:
    return doc.text.split("\n")


def save_and_ingest(document, path):
    document.save(str(path))
    doc = ingest(path)
    check_document(doc)
    return doc


# --- Automatic numbering --------------------------------------------------------------


def test_numbered_list_shows_the_numbers_word_shows(tmp_path):
    path = make_docx(tmp_path / "reply.docx", ["Our response:", ("numbered", QUESTIONS)])
    paragraph_texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert paragraph_texts[1:] == QUESTIONS, "the numbers are not in the paragraph text"
    doc = ingest(path)
    check_document(doc)
    assert lines(doc)[1:4] == [f"{n}. {q}" for n, q in zip((1, 2, 3), QUESTIONS)]


def test_nested_levels_number_and_restart_like_word(tmp_path):
    entries = ["Do you have a joint commissioning framework?",
               ["Does it include health partners?", "Please share the terms of reference."],
               "Does health joint fund external placements?",
               ["If yes, what are the terms?"]]
    doc = ingest(make_docx(tmp_path / "csc.docx", [("numbered", entries)]))
    assert [line.split(" ")[0] for line in lines(doc)[:5]] == ["1.", "a)", "b)", "2.", "a)"]
    assert lines(doc)[1] == "a) Does it include health partners?"


def test_each_numbered_item_restarts_at_one(tmp_path):
    doc = ingest(make_docx(tmp_path / "two_lists.docx", [
        ("numbered", QUESTIONS[:2]), "Our answers follow.", ("numbered", ["Yes", "No"]),
    ]))
    assert lines(doc)[:5] == [f"1. {QUESTIONS[0]}", f"2. {QUESTIONS[1]}",
                              "Our answers follow.", "1. Yes", "2. No"]


def test_bullets_render_as_dashes(tmp_path):
    doc = ingest(make_docx(tmp_path / "b.docx", [
        "Other partners contributing:", ("bullets", ["Education", ["SEND"], "Adult Social Care"]),
    ]))
    assert lines(doc)[1:4] == ["- Education", "- SEND", "- Adult Social Care"]


@pytest.mark.parametrize(
    "levels, entries, labels",
    [
        pytest.param([("decimal", "%1)")], ["a", "b"], ["1)", "2)"], id="paren"),
        pytest.param([("decimal", "Q%1")], ["a", "b"], ["Q1", "Q2"], id="q_prefix"),
        pytest.param([("decimal", "%1."), ("decimal", "%1.%2")], ["a", ["b", "c"], "d", ["e"]],
                     ["1.", "1.1", "1.2", "2.", "2.1"], id="outline"),
        pytest.param([("decimal", "%1."), ("lowerLetter", "(%2)")], ["a", ["b", "c"]],
                     ["1.", "(a)", "(b)"], id="letter_in_brackets"),
        pytest.param([("upperLetter", "%1.")], ["a", "b", "c"], ["A.", "B.", "C."],
                     id="upper_letter"),
        pytest.param([("lowerRoman", "(%1)")], ["a", "b", "c", "d"],
                     ["(i)", "(ii)", "(iii)", "(iv)"], id="lower_roman"),
        pytest.param([("upperRoman", "%1.")], ["a", "b"], ["I.", "II."], id="upper_roman"),
        pytest.param([("decimalZero", "%1.")], ["a", "b"], ["01.", "02."], id="decimal_zero"),
        pytest.param([("none", "")], ["a", "b"], ["a", "b"], id="no_label"),
        pytest.param([("bullet", "\uf0b7")], ["a", "b"], ["-", "-"], id="symbol_font_bullet"),
    ],
)
def test_level_text_and_formats(tmp_path, levels, entries, labels):
    document = docx.Document()
    add_list(document, entries, levels)
    doc = save_and_ingest(document, tmp_path / "levels.docx")
    assert [line.split(" ")[0] for line in lines(doc)[: len(labels)]] == labels


def test_start_value_and_start_override(tmp_path):
    document = docx.Document()
    abstract = add_abstract_numbering(document, NUMBERED_LEVELS, start=4)
    first = add_list_instance(document, abstract)
    restarted = add_list_instance(document, abstract, start_overrides={0: 10})
    for text, num_id in [("a", first), ("b", first), ("c", restarted), ("d", restarted)]:
        set_numbering(document.add_paragraph(text), num_id)
    doc = save_and_ingest(document, tmp_path / "starts.docx")
    assert lines(doc)[:4] == ["4. a", "5. b", "10. c", "11. d"]


def test_lists_sharing_an_abstract_definition_continue_each_other(tmp_path):
    # Word counts per abstract list: a second w:num without an override continues it,
    # and a w:num with a startOverride restarts the shared count for everyone after it.
    document = docx.Document()
    abstract = add_abstract_numbering(document, NUMBERED_LEVELS)
    one = add_list_instance(document, abstract)
    two = add_list_instance(document, abstract)
    fresh = add_list_instance(document, abstract, start_overrides={0: 1})
    for text, num_id in [("a", one), ("b", one), ("c", two), ("d", fresh), ("e", one)]:
        set_numbering(document.add_paragraph(text), num_id)
    doc = save_and_ingest(document, tmp_path / "shared.docx")
    assert lines(doc)[:5] == ["1. a", "2. b", "3. c", "1. d", "2. e"]


def test_level_restart_zero_keeps_counting_across_parents(tmp_path):
    document = docx.Document()
    num_id = add_list(document, ["a", ["b"], "c", ["d"]], NUMBERED_LEVELS)
    numbering = document.part.numbering_part.element
    num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id)
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(a for a in numbering.findall(qn("w:abstractNum"))
                    if a.get(qn("w:abstractNumId")) == abstract_id)
    restart = OxmlElement("w:lvlRestart")
    restart.set(qn("w:val"), "0")
    abstract.findall(qn("w:lvl"))[1].find(qn("w:numFmt")).addnext(restart)
    doc = save_and_ingest(document, tmp_path / "no_restart.docx")
    assert [line.split(" ")[0] for line in lines(doc)[:4]] == ["1.", "a)", "2.", "b)"]


def test_numbering_inherited_from_the_paragraph_style(tmp_path):
    document = docx.Document()
    question_style = document.styles.add_style("FOI Question", WD_STYLE_TYPE.PARAGRAPH)
    question_style.base_style = document.styles["List Number"]
    document.add_paragraph("Request", style="Heading 1")
    document.add_paragraph(QUESTIONS[0], style="List Number")
    document.add_paragraph(QUESTIONS[1], style="FOI Question")
    unnumbered = document.add_paragraph("A note that is not numbered.", style="List Number")
    set_numbering(unnumbered, "0")  # numId 0 switches the style's numbering off
    document.add_paragraph(QUESTIONS[2], style="List Number")
    doc = save_and_ingest(document, tmp_path / "styled.docx")
    assert lines(doc)[1:5] == [f"1. {QUESTIONS[0]}", f"2. {QUESTIONS[1]}",
                               "A note that is not numbered.", f"3. {QUESTIONS[2]}"]


def test_numbered_paragraphs_inside_table_cells(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    num_id = add_list(document, [], NUMBERED_LEVELS)
    cell = table.cell(0, 0)
    cell.paragraphs[0].text = "Health"
    set_numbering(cell.paragraphs[0], num_id)
    set_numbering(cell.add_paragraph("Education"), num_id)
    table.cell(0, 1).text = "Yes"
    doc = save_and_ingest(document, tmp_path / "cell_list.docx")
    assert lines(doc)[0] == "1. Health 2. Education | Yes"


# --- Body order and tables -------------------------------------------------------------


def test_table_between_two_paragraphs_stays_between_them(tmp_path):
    doc = ingest(make_docx(tmp_path / "table.docx", [
        "Please find our answers below.",
        ("table", [["Question", "Answer"], ["Q4 Care packages", "1,969"],
                   ["Q5 Annual cost", "\u00a351,471,673.00"]]),
        "If you are unhappy with this response, you may request an internal review.",
    ]))
    check_document(doc)
    assert lines(doc) == [
        "Please find our answers below.",
        "Question | Answer",
        "Q4 Care packages | 1,969",
        "Q5 Annual cost | \u00a351,471,673.00",
        "",
        "If you are unhappy with this response, you may request an internal review.",
        "",
    ]


def test_blocks_locate_paragraphs_and_cells(tmp_path):
    doc = ingest(make_docx(tmp_path / "blocks.docx", [
        "Freedom of Information response",
        ("table", [["Question", "Answer"], ["Q8 ICBs", "Mid and South Essex ICB"]]),
        "Signed, Information Governance",
    ]))
    assert doc.locator_at(doc.text.index("Mid and South")) == "table 1 row 2 cell 2"
    assert doc.locator_at(doc.text.index("Q8 ICBs")) == "table 1 row 2 cell 1"
    assert doc.locator_at(doc.text.index("Freedom")) == "paragraph 1"
    assert doc.locator_at(doc.text.index("Signed")) == "paragraph 2"
    for block in doc.blocks:
        if block.locator == "table 1 row 2 cell 2":
            assert doc.text[block.char_start:block.char_end] == "Mid and South Essex ICB"


def test_merged_cells_are_not_duplicated(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["Spend 2022/23", "", ""], ["Health", "46%", "\u00a31.6m"],
                             ["", "Social care", "\u00a31.9m"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(0, 0).merge(table.cell(0, 2))  # gridSpan across the header
    table.cell(1, 0).merge(table.cell(2, 0))  # vMerge down the first column
    # Word hides whatever a continuation cell still holds; so must we.
    continuation = table._tbl.tr_lst[2].tc_lst[0]
    continuation.append(parse_xml(f'<w:p {nsdecls("w")}><w:r><w:t>Health</w:t></w:r></w:p>'))
    doc = save_and_ingest(document, tmp_path / "merged.docx")
    assert lines(doc)[:3] == ["Spend 2022/23", "Health | 46% | \u00a31.6m",
                              " | Social care | \u00a31.9m"]
    assert doc.text.count("Health") == 1 and doc.text.count("Spend") == 1


def test_nested_table_is_flattened_into_its_cell_row_by_row(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Q5 Spend split"
    outer = table.cell(0, 1)
    outer.text = "As follows:"
    inner = outer.add_table(rows=2, cols=2)
    for r, row in enumerate([["Health", "46%"], ["Education", "54%"]]):
        for c, value in enumerate(row):
            inner.cell(r, c).text = value
    doc = save_and_ingest(document, tmp_path / "nested.docx")
    assert lines(doc)[0] == "Q5 Spend split | As follows: Health 46%; Education 54%"
    assert lines(doc)[1] == ""
    assert doc.locator_at(doc.text.index("Education")) == "table 1 row 1 cell 2"


def test_cell_line_breaks_become_spaces(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Q1\nDASS"
    table.cell(0, 1).text = "Ian Wake \u2013"
    table.cell(0, 1).add_paragraph("Director of Adult Social Services")
    doc = save_and_ingest(document, tmp_path / "cells.docx")
    assert lines(doc)[0] == "Q1 DASS | Ian Wake \u2013 Director of Adult Social Services"


def test_empty_rows_are_left_out_but_rows_keep_their_numbers(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Q1", "Yes"
    table.cell(2, 0).text, table.cell(2, 1).text = "Q2", "No"
    doc = save_and_ingest(document, tmp_path / "gaps.docx")
    assert lines(doc)[:3] == ["Q1 | Yes", "Q2 | No", ""]
    assert doc.locator_at(doc.text.index("No")) == "table 1 row 3 cell 2"


# --- Runs: tracked changes, links, content controls ------------------------------------


def test_tracked_changes_keep_insertions_and_drop_deletions(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("The council ")
    paragraph._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="1" w:author="FOI Officer">'
        '<w:r><w:delText xml:space="preserve">does not hold </w:delText></w:r></w:del>'))
    paragraph._p.append(parse_xml(  # some generators put w:t, not w:delText, in w:del
        f'<w:del {nsdecls("w")} w:id="3" w:author="FOI Officer">'
        '<w:r><w:t xml:space="preserve">no longer </w:t></w:r></w:del>'))
    paragraph._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="2" w:author="FOI Officer">'
        '<w:r><w:t xml:space="preserve">holds </w:t></w:r></w:ins>'))
    paragraph.add_run("a joint funding policy.")
    doc = save_and_ingest(document, tmp_path / "tracked.docx")
    assert lines(doc)[0] == "The council holds a joint funding policy."


def test_hyperlinks_tabs_and_content_controls_keep_their_text(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("Published at ")
    paragraph._p.append(parse_xml(
        f'<w:hyperlink {nsdecls("w", "r")} r:id="rId99">'
        '<w:r><w:t>our contract register</w:t></w:r></w:hyperlink>'))
    paragraph.add_run("\tsee s21")
    control = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Ref"/></w:sdtPr><w:sdtContent>'
        '<w:p><w:r><w:t>Reference: FOI-2024-0877</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    paragraph._p.addnext(control)
    doc = save_and_ingest(document, tmp_path / "runs.docx")
    assert lines(doc)[:2] == ["Published at our contract register\tsee s21",
                              "Reference: FOI-2024-0877"]


def test_no_break_spaces_and_blank_paragraphs(tmp_path):
    doc = ingest(make_docx(tmp_path / "spaces.docx",
                           ["Cost:\u00a0\u00a3450k  ", "", "Q2 N/A"]))
    assert lines(doc)[:3] == ["Cost: \u00a3450k", "", "Q2 N/A"]
    assert doc.locator_at(doc.text.index("Q2")) == "paragraph 3"


def test_moved_text_is_read_at_its_new_place_only(tmp_path):
    document = docx.Document()
    first = document.add_paragraph("Q10 ")
    first._p.append(parse_xml(
        f'<w:moveFrom {nsdecls("w")} w:id="4" w:author="FOI Officer">'
        '<w:r><w:t>Yes.</w:t></w:r></w:moveFrom>'))
    second = document.add_paragraph("Q11 ")
    second._p.append(parse_xml(
        f'<w:moveTo {nsdecls("w")} w:id="5" w:author="FOI Officer">'
        '<w:r><w:t>Yes.</w:t></w:r></w:moveTo>'))
    doc = save_and_ingest(document, tmp_path / "moved.docx")
    assert lines(doc)[:2] == ["Q10", "Q11 Yes."]


def test_table_row_deleted_as_a_tracked_change_is_dropped(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for r, (q, a) in enumerate([("Q4", "1,969"), ("Q4", "2,001"), ("Q5", "\u00a31.6m")]):
        table.cell(r, 0).text, table.cell(r, 1).text = q, a
    table.rows[1]._tr.get_or_add_trPr().append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="7" w:author="FOI Officer"/>'))
    doc = save_and_ingest(document, tmp_path / "deleted_row.docx")
    assert lines(doc)[:3] == ["Q4 | 1,969", "Q5 | \u00a31.6m", ""]


def test_comments_are_not_part_of_the_text(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("Q6 93")
    document.add_comment(paragraph.runs, text="Check this figure with finance", author="A")
    doc = save_and_ingest(document, tmp_path / "commented.docx")
    assert lines(doc)[0] == "Q6 93"
    assert "finance" not in doc.text


def test_content_controls_inside_paragraphs_and_around_rows(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("Date: ")
    paragraph._p.append(parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:date/></w:sdtPr><w:sdtContent>'
        '<w:r><w:t>3 July 2024</w:t></w:r></w:sdtContent></w:sdt>'))
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Q1", "Yes"
    row = table.rows[0]._tr
    wrapper = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr/><w:sdtContent/></w:sdt>')
    row.addprevious(wrapper)
    wrapper.find(qn("w:sdtContent")).append(row)
    doc = save_and_ingest(document, tmp_path / "controls.docx")
    assert lines(doc)[:3] == ["Date: 3 July 2024", "Q1 | Yes", ""]


# --- Text boxes, headers and footers ----------------------------------------------------


@pytest.mark.parametrize("word_2010", [True, False], ids=["choice_and_fallback", "vml_only"])
def test_text_box_is_read_once_after_its_anchor(tmp_path, word_2010):
    document = docx.Document()
    anchor = document.add_paragraph("Adult Social Care")
    add_text_box(anchor, ["Our ref: FOI-2024-0877", "Date: 3 July 2024"], word_2010=word_2010)
    document.add_paragraph("Q1 Yes")
    doc = save_and_ingest(document, tmp_path / "text_box.docx")
    assert lines(doc)[:4] == ["Adult Social Care", "Our ref: FOI-2024-0877",
                              "Date: 3 July 2024", "Q1 Yes"]
    assert doc.locator_at(doc.text.index("FOI-2024")) == "text box 1 paragraph 1"
    assert doc.locator_at(doc.text.index("Q1")) == "paragraph 2"


def test_text_box_in_a_table_cell_joins_the_cell(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Q8"
    table.cell(0, 1).text = "See box:"
    add_text_box(table.cell(0, 1).paragraphs[0], ["Mid and South Essex ICB"])
    doc = save_and_ingest(document, tmp_path / "cell_box.docx")
    assert lines(doc)[0] == "Q8 | See box: Mid and South Essex ICB"


def test_headers_and_footers_come_first_once_each(tmp_path):
    document = docx.Document()
    set_header(document.sections[0], "Our ref: FOI-2024-0877")
    set_header(document.sections[0], "Civic Centre, Harlow", footer=True)
    document.add_paragraph("Q1 Yes")
    second = document.add_section()
    set_header(second, "Our ref: FOI-2024-0877")  # its own part, the same words
    document.add_paragraph("Q2 No")
    third = document.add_section()
    set_header(third, "Annex A")
    document.add_paragraph("Q3 N/A")
    doc = save_and_ingest(document, tmp_path / "headers.docx")
    assert lines(doc)[:5] == ["Our ref: FOI-2024-0877", "Annex A", "Civic Centre, Harlow", "",
                              "Q1 Yes"]
    assert [line for line in lines(doc)[5:] if line] == ["Q2 No", "Q3 N/A"]
    assert doc.text.count("FOI-2024-0877") == 1
    assert doc.locator_at(doc.text.index("Civic")) == "footer 1 paragraph 1"
    assert doc.locator_at(doc.text.index("Q1")) == "paragraph 1"


def test_a_header_alone_is_not_a_response(tmp_path):
    document = docx.Document()
    set_header(document.sections[0], "Our ref: FOI-2024-0877")
    path = tmp_path / "header_only.docx"
    document.save(str(path))
    with pytest.raises(IngestError, match="contains no text in its body"):
        ingest(path)


# --- Provenance and errors -------------------------------------------------------------


def test_provenance_and_single_page(tmp_path):
    path = make_docx(tmp_path / "Essex FOI.DOCX", ["Q1 Yes"])
    doc = ingest(path)
    assert doc.format == "docx"
    assert doc.source_file == "Essex FOI.DOCX"
    assert doc.doc_id == hashlib.sha256(path.read_bytes()).hexdigest()
    assert [(p.number, p.char_start, p.char_end) for p in doc.pages] == [(1, 0, len(doc.text))]


def _zip_without_word_parts() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    return buffer.getvalue()


def _spreadsheet() -> bytes:
    buffer = io.BytesIO()
    openpyxl.Workbook().save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "content, message",
    [
        pytest.param(b"PK\x03\x04 cut short", "not a readable DOCX", id="truncated_zip"),
        pytest.param(_zip_without_word_parts(), "not a readable DOCX", id="other_zip"),
        # an (empty) Excel workbook named .docx is read as the workbook its bytes are
        pytest.param(_spreadsheet(), "has no text in any visible sheet", id="xlsx_renamed"),
        pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "password-protected",
                     id="old_doc_or_encrypted"),
    ],
)
def test_corrupt_or_foreign_files_name_the_file(tmp_path, content, message):
    path = tmp_path / "reply 0877.docx"
    path.write_bytes(content)
    with pytest.raises(IngestError) as info:
        ingest(path)
    assert "reply 0877.docx" in str(info.value)
    assert message in str(info.value)
    assert "BytesIO" not in str(info.value)
    assert info.value.hint


@pytest.mark.parametrize("items", [[], ["", "  "]], ids=["no_paragraphs", "blank_paragraphs"])
def test_docx_without_text_is_an_error(tmp_path, items):
    path = make_docx(tmp_path / "blank.docx", items)
    with pytest.raises(IngestError, match="blank.docx: contains no text"):
        ingest(path)


# --- Helpers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "n, expected", [(1, "a"), (26, "z"), (27, "aa"), (28, "bb"), (53, "aaa")],
)
def test_letters_repeat_after_z_like_word(n, expected):
    assert to_letters(n) == expected


@pytest.mark.parametrize(
    "n, fmt, expected",
    [(9, "lowerRoman", "ix"), (40, "upperRoman", "XL"), (3, "ordinalText", "3"),
     (7, "decimalZero", "07"), (12, "decimalZero", "12")],
)
def test_format_number(n, fmt, expected):
    assert format_number(n, fmt) == expected


def test_join_cells_spans_match_the_line():
    line, spans = join_cells(["Q5", "\u00a31.6m", "", "net"])
    assert [line[a:b] for a, b in spans] == ["Q5", "\u00a31.6m", "", "net"]


def _with_part_replaced(data: bytes, name: str, new: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, new if item.filename == name else src.read(item.filename))
    return out.getvalue()


def test_a_dtd_in_the_document_is_warned_and_its_entities_are_not_expanded(tmp_path):
    plain = tmp_path / "plain.docx"
    document = docx.Document()
    document.add_paragraph("Q1 How many care packages? 1,588")
    document.save(str(plain))
    assert ingest(plain).warnings == ()
    with zipfile.ZipFile(plain) as z:
        xml = z.read("word/document.xml")
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET CONTENT", encoding="utf-8")
    header, body = xml.split(b"?>", 1)
    hostile = (header + b"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file://" + str(secret).encode()
               + b"\">]>" + body.replace(b"1,588", b"1,588 &x;"))
    path = tmp_path / "dtd.docx"
    path.write_bytes(_with_part_replaced(plain.read_bytes(), "word/document.xml", hostile))
    try:
        doc = ingest(path)
    except IngestError as exc:  # refusing the file outright is also safe
        assert "TOP SECRET" not in str(exc)
        return
    assert "TOP SECRET" not in doc.text
    assert any("declares a DTD in word/document.xml" in w for w in doc.warnings)


def test_a_docx_whose_compressed_text_is_damaged_is_an_ingest_error(tmp_path):
    """Bytes flipped inside a zip member's deflate stream make zlib fail: a clear error."""
    import zlib

    good = tmp_path / "good.docx"
    document = docx.Document()
    for i in range(40):
        document.add_paragraph(f"Q{i} How many care packages were funded in year {i}? {i * 37}")
    document.save(str(good))
    data = good.read_bytes()
    with zipfile.ZipFile(good) as z:
        info = z.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for at in range(start + 20, start + info.compress_size - 20):
        damaged = bytearray(data)
        damaged[at] ^= 0xFF
        try:
            zipfile.ZipFile(io.BytesIO(bytes(damaged))).read("word/document.xml")
        except zlib.error:
            break
        except zipfile.BadZipFile:
            continue
    else:
        pytest.skip("no single flipped byte broke the deflate stream")
    path = tmp_path / "damaged.docx"
    path.write_bytes(bytes(damaged))
    with pytest.raises(IngestError, match="is not a readable DOCX file"):
        ingest(path)
