"""The RTF reader: paragraphs, escapes, skipped groups, tables and list labels."""
from __future__ import annotations

import shutil

import pytest
from builders import check_document, make_docx, soffice_convert

from pipeline.errors import IngestError
from pipeline.ingest import ingest

PROLOGUE = (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\fnil Symbol;}}"
            r"{\colortbl;\red0\green0\blue0;}{\stylesheet{\s0 Normal;}}"
            r"{\info{\title Draft - do not use}{\author FOI Officer}}"
            r"{\*\generator Riched20 10.0.19041}\viewkind4\uc1 ")


def read(tmp_path, body: str, prologue: str = PROLOGUE):
    path = tmp_path / "reply.rtf"
    path.write_bytes((prologue + body + "}").encode("latin-1"))
    doc = ingest(path)
    check_document(doc)
    return doc


def lines(doc) -> list[str]:
    return doc.text.split("\n")


@pytest.mark.parametrize(
    "body, expected",
    [
        pytest.param(r"\pard Q1 Yes\par Q2 No\par", "Q1 Yes\nQ2 No\n", id="paragraphs"),
        pytest.param(r"Cost \'a351,471,673.00\par", "Cost \u00a351,471,673.00\n", id="hex_cp1252"),
        pytest.param(r"\u8364?450k and caf\u233?\par", "\u20ac450k and caf\u00e9\n",
                     id="unicode_with_fallback"),
        pytest.param(r"{\uc2 \u8211\'96\'96 range}\par", "\u2013 range\n", id="uc2_fallback"),
        pytest.param(r"Q4\tab 1,588\line as at 31 March\par", "Q4\t1,588\nas at 31 March\n",
                     id="tab_and_line"),
        pytest.param(r"\ldblquote Gross\rdblquote\~cost \emdash  \lquote net\rquote\par",
                     "\u201cGross\u201d cost \u2014 \u2018net\u2019\n", id="named_symbols"),
        pytest.param(r"co\-operate, non\_breaking, 50\{a\}\\b\par", "cooperate, non-breaking, "
                     "50{a}\\b\n", id="control_symbols"),
        pytest.param("Q1 Yes\\\r\nQ2 No\\par", "Q1 Yes\nQ2 No\n", id="backslash_newline_is_par"),
        pytest.param(r"Q6 {\v hidden note }112\par", "Q6 112\n", id="hidden_text"),
        pytest.param(r"Q4 {\deleted 1,500}1,588\par", "Q4 1,588\n", id="tracked_deletion"),
        pytest.param(r"\u-10179?\u-8704? Thanks\par", "\U0001F600 Thanks\n", id="surrogate_pair"),
    ],
)
def test_text_escapes(tmp_path, body, expected):
    assert read(tmp_path, body).text == expected


def test_skipped_groups_leave_no_trace(tmp_path):
    body = (r"{\header \pard Page header text\par}{\footer \pard Footer text\par}"
            r"\pard Q11 See {\field{\*\fldinst HYPERLINK ""https://council.example/p.pdf""}"
            r"{\fldrslt our protocol}}.{\footnote \pard A footnote\par}"
            r"{\*\annotation A reviewer comment}{\pict\pngblip 89504e470d0a}\par"
            r"{\*\bkmkstart q11}{\*\unknowndestination secret}Done\par")
    doc = read(tmp_path, body)
    assert doc.text == "Q11 See our protocol.\nDone\n"
    assert "Draft" not in doc.text and "Arial" not in doc.text and "Riched" not in doc.text


def test_binary_data_is_skipped_by_its_length(tmp_path):
    assert read(tmp_path, r"{\pict\bin6 }{\\\} }Q1 Yes\par").text == "Q1 Yes\n"


@pytest.mark.parametrize(
    "codepage, raw, expected",
    [
        pytest.param(1251, r"\'cf\'f0\'e8\'e2\'e5\'f2", "\u041f\u0440\u0438\u0432\u0435\u0442",
                     id="cyrillic"),
        pytest.param(932, r"\'82\'a0", "\u3042", id="double_byte_japanese"),
        pytest.param(99999, r"\'a3", "\u00a3", id="unknown_code_page_falls_back"),
    ],
)
def test_code_pages(tmp_path, codepage, raw, expected):
    prologue = r"{\rtf1\ansi\ansicpg%d " % codepage
    assert read(tmp_path, raw + r"\par", prologue=prologue).text == expected + "\n"


def test_table_rows_become_pipe_lines_with_a_blank_line_after(tmp_path):
    body = (r"\pard Our answers:\par"
            r"\trowd\cellx2000\cellx6000\pard\intbl No.\cell Response\cell\row"
            r"\trowd\cellx2000\cellx6000\pard\intbl Q4\cell 1,588\par as at March\cell\row"
            r"\trowd\cellx2000\cellx6000\pard\intbl \cell \cell\row"
            r"\trowd\cellx2000\cellx6000\pard\intbl Q5\cell \'a348.9m\cell\row"
            r"\pard End.\par")
    doc = read(tmp_path, body)
    assert lines(doc) == ["Our answers:", "No. | Response", "Q4 | 1,588 as at March",
                          "Q5 | \u00a348.9m", "", "End.", ""]
    assert doc.locator_at(doc.text.index("\u00a3")) == "table 1 row 4 cell 2"
    assert doc.locator_at(doc.text.index("End")) == "paragraph 2"


def test_nested_table_is_flattened_into_its_cell(tmp_path):
    body = (r"\trowd\cellx2000\cellx6000\pard\intbl Q5 Split\cell As follows:\par"
            r"\pard\intbl\itap2 Health\nestcell 46%\nestcell"
            r"{\*\nesttableprops\trowd\cellx1000\cellx2000\nestrow}"
            r"Education\nestcell 54%\nestcell{\*\nesttableprops\trowd\nestrow}"
            r"\pard\intbl\itap1\cell\row\pard After\par")
    assert lines(read(tmp_path, body))[:3] == [
        "Q5 Split | As follows: Health 46%; Education 54%", "", "After"]


def test_list_labels_word_writes_out_are_kept(tmp_path):
    body = (r"{\listtext\pard\plain 1.\tab}Who is your DASS?\par"
            r"{\listtext\pard\plain a)\tab}Their e-mail?\par"
            r"{\listtext\pard\plain\f1 \'b7\tab}Education\par"
            r"{\*\pn\pnlvlblt{\pntxtb\'b7}}{\pntext\f1 \u8226?\tab}Housing\par")
    assert lines(read(tmp_path, body))[:4] == ["1. Who is your DASS?", "a) Their e-mail?",
                                               "- Education", "- Housing"]


@pytest.mark.parametrize(
    "content, message",
    [
        pytest.param(PROLOGUE.encode() + rb"{\pict 0a0b}\par\par}", "contains no text",
                     id="formatting_only"),
    ],
)
def test_files_without_rtf_text_are_errors_naming_the_file(tmp_path, content, message):
    path = tmp_path / "FOI 0412.rtf"
    path.write_bytes(content)
    with pytest.raises(IngestError) as info:
        ingest(path)
    assert "FOI 0412.rtf" in str(info.value) and message in str(info.value)
    assert info.value.hint


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_rtf_saved_by_libreoffice_reads_like_the_docx_it_came_from(tmp_path):
    source = make_docx(tmp_path / "reply.docx", [
        "Our ref: HBC/FOI/25/0412", "Cost: \u00a3450k \u2013 \u201cgross\u201d",
        ("numbered", ["How many packages?", ["Jointly funded?"], "Annual cost?"]),
        ("bullets", ["Education", "Housing"]),
        ("table", [["No.", "Question", "Response"], ["4", "Packages", "1,588"]]),
        "Yours sincerely,"])
    converted = soffice_convert(source, "rtf", tmp_path / "out")
    assert ingest(converted).text == ingest(source).text
