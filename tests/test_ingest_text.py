"""The TXT reader and the `ingest` entry point (dispatch, errors, provenance)."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from builders import check_document, make_text

from pipeline.errors import FoiError, IngestError
from pipeline.ingest import SUPPORTED_SUFFIXES, ingest
from pipeline.ingest.text import decode_text, normalise_text

REPLY = (
    "Our ref: FOI-2024-0412\n"
    "Q5 What is the annual cost of this care?\n"
    "The council\u2019s gross cost for 2022/23 was \u00a351,471,673.00.\n"
)


@pytest.mark.parametrize(
    "encoding, warned",
    [
        pytest.param("utf-8", False, id="utf8"),
        pytest.param("utf-8-sig", False, id="utf8_with_bom"),
        pytest.param("cp1252", True, id="windows_1252"),
        pytest.param("utf-16", True, id="utf16_with_bom"),
    ],
)
def test_pound_sign_and_curly_apostrophe_survive_every_encoding(tmp_path, encoding, warned):
    path = make_text(tmp_path / "reply.txt", REPLY, encoding=encoding)
    doc = ingest(path)
    assert doc.text == REPLY
    assert "\u00a351,471,673.00" in doc.text and "council\u2019s" in doc.text
    assert not doc.text.startswith("\ufeff")
    assert bool(doc.warnings) is warned
    check_document(doc)


def test_windows_1252_warning_names_the_encoding(tmp_path):
    doc = ingest(make_text(tmp_path / "reply.txt", REPLY, encoding="cp1252"))
    assert len(doc.warnings) == 1
    assert "Windows-1252" in doc.warnings[0]


def test_bytes_undefined_in_windows_1252_still_decode(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes(b"Q1 Yes \x81 see attached\n")  # 0x81 is unassigned in cp1252
    doc = ingest(path)
    assert doc.text.startswith("Q1 Yes ")
    assert "Latin-1" in doc.warnings[0]


@pytest.mark.parametrize(
    "raw, expected",
    [
        pytest.param("Q1 Yes\r\nQ2 No\r\n", "Q1 Yes\nQ2 No\n", id="crlf"),
        pytest.param("Q1 Yes\rQ2 No\r", "Q1 Yes\nQ2 No\n", id="old_mac_cr"),
        pytest.param("Cost:\u00a0\u00a3450k\n", "Cost: \u00a3450k\n", id="no_break_space"),
        pytest.param("Q4\u202f1,969\n", "Q4 1,969\n", id="narrow_no_break_space"),
        pytest.param("Q3 LAS   \nQ4 12\t\n", "Q3 LAS\nQ4 12\n", id="trailing_spaces_and_tabs"),
        pytest.param("Q1\tYes\n  Q2  No\n", "Q1\tYes\n  Q2  No\n", id="inner_and_leading_kept"),
        pytest.param("Q1 Yes", "Q1 Yes\n", id="final_newline_added"),
        pytest.param("Q1\u2028Q2\fQ3\n", "Q1\nQ2\nQ3\n", id="other_line_separators"),
        pytest.param("Q1 Yes\n\n\nQ2 No\n", "Q1 Yes\n\n\nQ2 No\n", id="blank_lines_kept"),
    ],
)
def test_text_is_normalised_to_one_shape(tmp_path, raw, expected):
    doc = ingest(make_text(tmp_path / "reply.txt", raw))
    assert doc.text == expected
    check_document(doc)


def test_normalise_text_keeps_length_when_nothing_to_do():
    text = "1. Please provide the contact details.\n   Ian Wake \u2013\n"
    assert normalise_text(text) == text


def test_decode_text_reports_the_codec():
    assert decode_text("\u00a3".encode("utf-8")) == ("\u00a3", "utf-8-sig")
    assert decode_text(b"\xa3") == ("\u00a3", "cp1252")


def test_one_page_covers_the_whole_text_and_provenance_is_recorded(tmp_path):
    path = make_text(tmp_path / "thurrock_asc.txt", REPLY)
    doc = ingest(path)
    assert doc.format == "txt"
    assert doc.source_file == "thurrock_asc.txt"
    assert doc.doc_id == hashlib.sha256(path.read_bytes()).hexdigest()
    assert len(doc.pages) == 1
    assert (doc.pages[0].char_start, doc.pages[0].char_end) == (0, len(doc.text))
    assert doc.page_at(doc.text.index("51,471")) == 1


def test_source_name_overrides_the_file_name(tmp_path):
    doc = ingest(make_text(tmp_path / "tmp123.txt", REPLY), source_name="raw/essex.txt")
    assert doc.source_file == "raw/essex.txt"


def test_doc_id_depends_on_bytes_not_name(tmp_path):
    a = ingest(make_text(tmp_path / "a.txt", REPLY))
    b = ingest(make_text(tmp_path / "b.txt", REPLY))
    c = ingest(make_text(tmp_path / "c.txt", REPLY + "Q6 None\n"))
    assert a.doc_id == b.doc_id != c.doc_id


@pytest.mark.parametrize("name", ["REPLY.TXT", "reply.Txt", "notes.text", "NOTES.TEXT"])
def test_suffix_is_matched_case_insensitively(tmp_path, name):
    assert ingest(make_text(tmp_path / name, REPLY)).text == REPLY


def test_supported_suffixes_are_listed():
    assert set(SUPPORTED_SUFFIXES) == {".txt", ".text", ".pdf", ".docx", ".html", ".htm", ".eml",
                                       ".rtf", ".doc", ".odt", ".xlsx", ".xlsm", ".xls", ".ods",
                                       ".msg", ".md", ".markdown"}


@pytest.mark.parametrize(
    "name, hint",
    [
        pytest.param("reply.csv", "save it as .xlsx", id="comma_separated"),
        pytest.param("reply.pptx", "save it as PDF, DOCX or TXT", id="slides"),
        pytest.param("reply", "save it as PDF, DOCX or TXT", id="no_suffix"),
        pytest.param("reply.mht", "save it as 'Web page, HTML only'", id="web_archive"),
    ],
)
def test_unsupported_suffix_names_the_file_and_the_way_out(tmp_path, name, hint):
    path = make_text(tmp_path / name, REPLY)
    with pytest.raises(IngestError) as info:
        ingest(path)
    assert name in str(info.value)
    assert hint in str(info.value)
    assert info.value.path == str(path)


def test_unsupported_suffix_is_refused_before_reading(tmp_path):
    with pytest.raises(IngestError, match="not supported"):
        ingest(tmp_path / "does-not-exist.pptx")


@pytest.mark.parametrize(
    "content, message",
    [
        pytest.param(b"", "is empty", id="zero_bytes"),
        pytest.param(b"  \r\n\t\n", "only whitespace", id="whitespace_only"),
        pytest.param(b"\xef\xbb\xbf", "only whitespace", id="bom_only"),
        pytest.param(b"PK\x03\x04\x00\x00binary", "NUL bytes", id="binary_renamed"),
    ],
)
def test_file_without_text_is_an_error_naming_the_file(tmp_path, content, message):
    path = tmp_path / "Reply to FOI 0412.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError) as info:
        ingest(path)
    assert "Reply to FOI 0412.txt" in str(info.value)
    assert message in str(info.value)
    assert info.value.hint


def test_missing_file_is_an_ingest_error(tmp_path):
    with pytest.raises(IngestError) as info:
        ingest(tmp_path / "gone.txt")
    assert "gone.txt" in str(info.value)
    assert isinstance(info.value, FoiError)
    assert info.value.stage == "ingest"


def test_accepts_a_string_path(tmp_path):
    path = make_text(tmp_path / "reply.txt", REPLY)
    assert ingest(Path(str(path))).text == ingest(str(path)).text
