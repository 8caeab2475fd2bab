"""The e-mail reader: headers, plain or HTML body, quoted requests, attachments, pages."""
from __future__ import annotations

import hashlib
from email import policy
from email.message import EmailMessage

import pytest
from builders import check_document, make_docx, make_eml, make_pdf

from pipeline.errors import IngestError
from pipeline.ingest import ingest
from pipeline.ingest.eml import ATTACHMENT_SEPARATOR

REPLY = """Dear Requester,

Q4 How many care packages? 1,588 as at 31 March 2025.
Q6 How many are jointly funded? 112

Kind regards,
Information Governance Team
"""
QUOTED = """
-----Original Message-----
From: A Requester
Sent: 16 April 2025 09:12
Subject: FOI request

On 16 Apr 2025, at 09:12, A Requester wrote:
> 4. How many care packages per week do you contribute to?
> 6. How many of these are jointly funded with an ICB?
"""


def read(path):
    doc = ingest(path)
    check_document(doc)
    return doc


def separator(number: int, name: str) -> str:
    return ATTACHMENT_SEPARATOR.format(number=number, name=name)


def test_headers_come_first_and_the_body_with_its_quote_is_kept_as_sent(tmp_path):
    path = make_eml(tmp_path / "reply.eml", REPLY + QUOTED,
                    subject="RE: FOI HBC/FOI/25/0412 \u2013 joint funding",
                    date="Wed, 14 May 2025 16:40:00 +0100")
    doc = read(path)
    assert doc.text == ("From: Information Governance <foi@council.example>\n"
                        "Sent: Wed, 14 May 2025 16:40:00 +0100\n"
                        "Subject: RE: FOI HBC/FOI/25/0412 \u2013 joint funding\n\n"
                        + REPLY + QUOTED)
    assert doc.format == "eml" and not doc.warnings
    assert doc.doc_id == hashlib.sha256(path.read_bytes()).hexdigest()
    assert [(p.number, p.char_start, p.char_end) for p in doc.pages] == [(1, 0, len(doc.text))]
    assert doc.locator_at(doc.text.index("1,588")) == "message body"


def test_encoded_headers_and_a_latin_1_body_are_decoded(tmp_path):
    path = make_eml(tmp_path / "reply.eml", "Q5 Gross cost \u00a348.9m\n",
                    subject="R\u00e9ponse FOI \u2013 \u00a3 costs", charset="iso-8859-1")
    assert b"=?utf-8?" in path.read_bytes() and b"\xa348.9m" in path.read_bytes()
    doc = read(path)
    assert "Subject: R\u00e9ponse FOI \u2013 \u00a3 costs\n" in doc.text
    assert "Q5 Gross cost \u00a348.9m\n" in doc.text


def test_a_real_plain_alternative_is_preferred_to_the_html(tmp_path):
    html = "<html><body><p>Q4 1,588</p><p>Q6 112</p><p>Kind regards</p></body></html>"
    doc = read(make_eml(tmp_path / "reply.eml", "Q4 1,588\nQ6 112\nKind regards\n", html=html))
    assert doc.text.endswith("\n\nQ4 1,588\nQ6 112\nKind regards\n")


def test_a_stub_plain_part_gives_way_to_the_html(tmp_path):
    html = ("<html><head><style>p{margin:0}</style></head><body><p>Dear Requester,</p>"
            "<table><tr><td>Q4</td><td>Care packages per week</td><td>1,588</td></tr>"
            "<tr><td>Q6</td><td>Jointly funded with an ICB</td><td>112</td></tr></table>"
            "<p>Kind regards,<br>Information Governance</p></body></html>")
    doc = read(make_eml(tmp_path / "reply.eml", "View this message in HTML.\n", html=html))
    body = doc.text.split("\n\n", 1)[1]
    assert body == ("Dear Requester,\nQ4 | Care packages per week | 1,588\n"
                    "Q6 | Jointly funded with an ICB | 112\n\nKind regards,\nInformation Governance\n")
    assert doc.locator_at(doc.text.index("112")) == "message body table 1 row 2 cell 3"


def test_an_html_only_email_keeps_its_quoted_request(tmp_path):
    html = ("<p>Q10 Yes.</p><div class='gmail_quote'><p>On 16 Apr 2025 A Requester wrote:</p>"
            "<blockquote><p>10. Do you have a joint funding policy with the ICB? It would help "
            "to know the date it was agreed, who signed it and when it is reviewed.</p>"
            "</blockquote></div>")
    doc = read(make_eml(tmp_path / "reply.eml", None, html=html))
    assert doc.text.split("\n\n", 1)[1].split("\n")[:3] == [
        "Q10 Yes.", "On 16 Apr 2025 A Requester wrote:",
        "10. Do you have a joint funding policy with the ICB? It would help to know the date "
        "it was agreed, who signed it and when it is reviewed."]


def test_attachments_follow_the_body_with_their_pages_renumbered(tmp_path):
    pdf = make_pdf(tmp_path / "letter.pdf", ["Our ref: HBC/FOI/25/0412", "Q4 1,588\nQ6 112"])
    word = make_docx(tmp_path / "table.docx", [("table", [["Q7", "\u00a32,184,600.00"]])])
    path = make_eml(tmp_path / "reply.eml", "Please find our response attached.\n" + QUOTED,
                    attachments=[("FOI 0412 letter.pdf", pdf.read_bytes()),
                                 ("logo.png", b"\x89PNG\r\n\x1a\n", "image/png"),
                                 ("FOI 0412 table.docx", word.read_bytes()),
                                 ("notes.txt", b"Q12 Yes, a matrix.\n")])
    doc = read(path)
    assert not doc.warnings
    first, second, third = (separator(1, "FOI 0412 letter.pdf"),
                            separator(2, "FOI 0412 table.docx"), separator(3, "notes.txt"))
    assert doc.text.index(QUOTED) < doc.text.index(first) < doc.text.index(second) \
        < doc.text.index(third)
    assert f"\n\n{first}\nOur ref: HBC/FOI/25/0412\n\nQ4 1,588\nQ6 112\n\n{second}\n" \
           f"Q7 | \u00a32,184,600.00\n\n\n{third}\nQ12 Yes, a matrix.\n" in doc.text
    assert "PNG" not in doc.text
    # page 1 is the message; the PDF's two pages are 2 and 3; the DOCX 4; the TXT 5
    assert [p.number for p in doc.pages] == [1, 2, 3, 4, 5]
    assert [doc.page_at(doc.text.index(s)) for s in (
        "Please find", first, "Q4 1,588", second, "\u00a32,184", "Q12")] == [1, 2, 3, 4, 4, 5]
    assert doc.locator_at(doc.text.index("Q4 1,588")) == "attachment FOI 0412 letter.pdf page 2"
    assert doc.locator_at(doc.text.index("\u00a32,184")) == \
        "attachment FOI 0412 table.docx table 1 row 1 cell 2"
    assert doc.locator_at(doc.text.index("Q12")) == "attachment notes.txt"


def test_an_unreadable_attachment_is_a_warning_not_a_failure(tmp_path):
    path = make_eml(tmp_path / "reply.eml", REPLY, attachments=[
        ("response.pdf", b"%PDF-1.4 cut short"),
        ("figures.pptx", b"PK\x03\x04"),
        ("answers.txt", "Q7 \u00a32.2m\n".encode("cp1252")),
    ])
    doc = read(path)
    assert "Q4 How many care packages? 1,588" in doc.text and "Q7 \u00a32.2m" in doc.text
    assert len(doc.warnings) == 3
    broken, unsupported, encoding = doc.warnings
    assert broken.startswith("attachment response.pdf: is not a readable PDF")
    assert unsupported.startswith("attachment figures.pptx: '.pptx' files are not supported")
    assert encoding.startswith("attachment answers.txt: text is not UTF-8")


def test_an_attachment_without_a_suffix_is_read_by_its_mime_type(tmp_path):
    pdf = make_pdf(tmp_path / "letter.pdf", ["Q4 1,588"])
    doc = read(make_eml(tmp_path / "reply.eml", "Attached.\n",
                        attachments=[("Response", pdf.read_bytes(), "application/pdf")]))
    assert f"{separator(1, 'Response')}\nQ4 1,588\n" in doc.text
    assert doc.locator_at(doc.text.index("Q4")) == "attachment Response page 1"


def test_a_forwarded_message_is_read_as_an_attachment(tmp_path):
    inner = EmailMessage()
    inner["From"], inner["Subject"] = "Adult Social Care <asc@council.example>", "Figures"
    inner["Date"] = "Tue, 13 May 2025 11:00:00 +0100"
    inner.set_content("Q5 Gross cost \u00a348.9m in 2022/23.\n")
    outer = EmailMessage()
    outer["From"], outer["Subject"] = "foi@council.example", "FW: Figures"
    outer.set_content("See the service's reply below.\n")
    outer.add_attachment(inner)
    path = tmp_path / "forward.eml"
    path.write_bytes(outer.as_bytes(policy=policy.SMTP))
    doc = read(path)
    assert f"{separator(1, 'forwarded message.eml')}\nFrom: Adult Social Care" in doc.text
    assert "Q5 Gross cost \u00a348.9m in 2022/23." in doc.text


@pytest.mark.parametrize(
    "content, message",
    [
        pytest.param(b"Q1 Yes\r\nQ2 No\r\n", "does not look like an e-mail", id="text_renamed"),
        pytest.param(b"From: foi@council.example\r\nSubject: FOI\r\n\r\n\r\n",
                     "no text in its body and no readable attachment", id="empty_message"),
    ],
)
def test_files_that_are_not_readable_emails_are_errors(tmp_path, content, message):
    path = tmp_path / "FOI 0412.eml"
    path.write_bytes(content)
    with pytest.raises(IngestError) as info:
        ingest(path)
    assert "FOI 0412.eml" in str(info.value) and message in str(info.value)
    assert info.value.hint


def test_an_email_whose_only_attachment_fails_says_why(tmp_path):
    path = make_eml(tmp_path / "reply.eml", None, html=None,
                    attachments=[("response.pdf", b"%PDF-1.4 cut short")])
    with pytest.raises(IngestError) as info:
        ingest(path)
    assert "attachment response.pdf: is not a readable PDF" in info.value.hint


@pytest.mark.parametrize("raw, shown", [
    pytest.param("../../outside.txt", "outside.txt", id="parent_folders"),
    pytest.param("..\\..\\Windows\\answers.txt", "answers.txt", id="windows_folders"),
    pytest.param("/etc/answers.txt", "answers.txt", id="absolute"),
])
def test_an_attachment_name_with_folders_is_cut_to_its_file_name_with_a_warning(tmp_path, raw, shown):
    doc = read(make_eml(tmp_path / "reply.eml", "Attached.\n",
                        attachments=[(raw, b"Q1 Yes, a protocol was agreed.\n")]))
    assert f"{separator(1, shown)}\nQ1 Yes" in doc.text
    assert f"attachment name {raw!r} had folders in it; read as {shown!r}" in doc.warnings
    assert not (tmp_path / shown).exists() and not (tmp_path.parent / shown).exists()


def test_a_workbook_attached_to_an_email_is_read_as_its_sheets(tmp_path):
    from sheet_builders import make_xlsx

    book = make_xlsx(tmp_path / "answers.xlsx", {"Answers": [
        ["Question", "Answer"], ["How many packages are jointly funded?", 318]]})
    doc = read(make_eml(tmp_path / "reply.eml", "Our answers are in the attached workbook.\n",
                        attachments=[("FOI 0877.xlsx", book.read_bytes())]))
    assert f"{separator(1, 'FOI 0877.xlsx')}\nQuestion | Answer\n" \
           "How many packages are jointly funded? | 318\n" in doc.text
    assert doc.locator_at(doc.text.index("318")) == "attachment FOI 0877.xlsx sheet 'Answers' cell B2"
    assert [p.number for p in doc.pages] == [1, 2]
