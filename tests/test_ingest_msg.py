"""Outlook messages (.msg) read as e-mails are (pipeline/ingest/msg.py).

No library writes .msg files, so tests/msg_builder.py writes them from the published
format ([MS-CFB], [MS-OXMSG]); extract-msg, which the reader uses, reads them back. The
words are invented for the tests.
"""
from __future__ import annotations

import pytest
from builders import make_eml
from msg_builder import make_msg
from sheet_builders import make_xlsx

from pipeline.errors import IngestError
from pipeline.ingest import ingest

NOTE = "Dear Requester,\r\n\r\nPlease find our response attached.\r\n\r\nInformation Governance\r\n"
SUBJECT = "RE: FOI 2025/0877 - joint funding"
DATE = "Thu, 12 Jun 2025 11:15:00 +0100"
TABLE = [["Question", "Answer"], ["How many packages are jointly funded?", 318]]


def test_headers_body_and_an_xlsx_attachment(tmp_path):
    workbook = make_xlsx(tmp_path / "answers.xlsx", {"Answers": TABLE}).read_bytes()
    doc = ingest(make_msg(tmp_path / "reply.msg", NOTE, subject=SUBJECT, date=DATE,
                          attachments=[("FOI 0877 answers.xlsx", workbook)]))
    assert doc.format == "msg"
    assert doc.text.startswith("From: Information Governance <foi@example.gov.uk>\n"
                               f"Sent: {DATE}\nSubject: {SUBJECT}\n\nDear Requester,\n")
    assert ("===== Attachment 1: FOI 0877 answers.xlsx =====\nQuestion | Answer\n"
            "How many packages are jointly funded? | 318\n") in doc.text
    assert [p.number for p in doc.pages] == [1, 2]
    assert doc.locator_at(doc.text.index("318")) == \
        "attachment FOI 0877 answers.xlsx sheet 'Answers' cell B2"
    assert doc.warnings == ()


def test_reads_the_same_text_as_the_same_eml(tmp_path):
    """The .msg and .eml readers share their layout: the same message reads the same."""
    attachments = [("notes.txt", b"Q2 The Decision Support Tool is used.\n")]
    from_msg = ingest(make_msg(tmp_path / "a.msg", NOTE, subject=SUBJECT, date=DATE,
                               attachments=attachments))
    from_eml = ingest(make_eml(tmp_path / "a.eml", NOTE.replace("\r\n", "\n"), subject=SUBJECT,
                               date=DATE, sender="Information Governance <foi@example.gov.uk>",
                               attachments=attachments))
    assert from_msg.text == from_eml.text
    assert [(p.char_start, p.char_end) for p in from_msg.pages] == \
        [(p.char_start, p.char_end) for p in from_eml.pages]


@pytest.mark.parametrize("raw, shown", [
    pytest.param("../../outside.txt", "outside.txt", id="parent_folders"),
    pytest.param("C:\\Users\\foi\\answers.txt", "answers.txt", id="windows_path"),
    pytest.param("/etc/answers.txt", "answers.txt", id="absolute"),
])
def test_an_attachment_name_is_never_a_path(tmp_path, raw, shown):
    doc = ingest(make_msg(tmp_path / "reply.msg", NOTE,
                          attachments=[(raw, b"Q1 Yes, a protocol was agreed.\n")]))
    assert f"===== Attachment 1: {shown} =====\nQ1 Yes" in doc.text
    assert any(f"attachment name {raw!r} had folders in it; read as {shown!r}" == w
               for w in doc.warnings)
    assert not (tmp_path / shown).exists() and not (tmp_path.parent / shown).exists()


def test_an_attached_message_is_read_with_its_own_attachments(tmp_path):
    inner = {"subject": "FOI 0877 draft", "sender": "Finance <finance@example.gov.uk>",
             "date": "Wed, 11 Jun 2025 09:00:00 +0100", "body": "Figures below.\r\n",
             "html": None, "attachments": [("figures.txt", b"Q3 \xc2\xa3412,000\n")]}
    doc = ingest(make_msg(tmp_path / "reply.msg", NOTE, attachments=[("draft", inner)]))
    assert "===== Attachment 1: draft.msg =====\nFrom: Finance <finance@example.gov.uk>\n" in doc.text
    assert "===== Attachment 1: figures.txt =====\nQ3 \u00a3412,000\n" in doc.text
    assert doc.locator_at(doc.text.index("Q3")) == "attachment draft.msg attachment figures.txt"


def test_an_unreadable_attachment_is_a_warning_and_images_are_skipped(tmp_path):
    doc = ingest(make_msg(tmp_path / "reply.msg", NOTE, attachments=[
        ("broken.pdf", b"%PDF-1.4 cut short"), ("logo.png", b"\x89PNG\r\n\x1a\n....")]))
    assert "Please find our response attached." in doc.text
    assert len(doc.warnings) == 1 and doc.warnings[0].startswith("attachment broken.pdf:")


def test_an_html_only_body_is_read_from_the_html(tmp_path):
    doc = ingest(make_msg(tmp_path / "reply.msg", "", html="<html><body><p>Q1 Yes.</p>"
                          "<table><tr><td>Q2</td><td>318</td></tr></table></body></html>"))
    assert "Q1 Yes.\n" in doc.text and "Q2 | 318\n" in doc.text


def test_a_file_that_is_not_a_message_is_refused(tmp_path):
    path = tmp_path / "reply.msg"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(IngestError, match="not a readable Outlook message") as info:
        ingest(path)
    assert "reply.msg" in str(info.value)


def test_a_message_without_a_suffix_is_read_by_its_bytes(tmp_path):
    path = make_msg(tmp_path / "reply.msg", NOTE, subject=SUBJECT)
    bare = tmp_path / "reply"
    bare.write_bytes(path.read_bytes())
    doc = ingest(bare)
    assert doc.format == "msg" and "has no suffix but its bytes are an Outlook message" in doc.warnings[0]
