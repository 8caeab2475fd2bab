"""Read Outlook messages (.msg): headers, the body, and every readable attachment.

A .msg is what Outlook saves when a message is dragged out of it: an OLE compound file
with one stream per property, read here with extract-msg. The `Document` has exactly the
layout of an e-mail read from .eml (`pipeline.ingest.eml`, whose code it shares): From,
Sent and Subject lines, the body (plain text when it is a real alternative to the HTML
body, else the HTML body), then each attachment after its "===== Attachment N: name ====="
line, one page for the message and the attachments' pages after it.

- An attachment's name is the sender's text and never a path: "../../x.pdf" is read as
  "x.pdf", with a warning (`eml.safe_name`).
- A message attached to the message (a forwarded .msg) is read as a message of its own,
  up to `MAX_DEPTH` levels deep.
- An attachment that cannot be read is a warning; the rest of the message is still read.
  Images (logos, signatures) and attachments stored by reference (a link to a file on
  the sender's drive) are skipped, the latter with a warning.
"""
from __future__ import annotations

import email.utils
import logging
import mimetypes
from pathlib import Path

from pipeline.errors import IngestError
from pipeline.ingest.eml import (HEADER_FIELDS, choose_body, mail_document, read_attached_file,
                                 safe_name)
from pipeline.ingest.layout import TextBuilder
from pipeline.ingest.sniff import OLE_MAGIC
from pipeline.model import Document

# A message attached to a message attached to ... : deeper than this is not read.
MAX_DEPTH = 5


def open_msg(path: Path, data: bytes):
    """extract-msg's message; anything that is not a readable .msg is an IngestError."""
    import extract_msg

    if not data.startswith(OLE_MAGIC):
        raise IngestError("is not an Outlook message (.msg): it is not an OLE file",
                          path=str(path),
                          hint="save the message from Outlook again, or as .eml")
    logging.getLogger("extract_msg").setLevel(logging.ERROR)  # its notes on odd properties
    try:
        return extract_msg.openMsg(data, delayAttachments=True)
    except Exception as exc:  # extract-msg raises many kinds for a damaged or foreign file
        raise IngestError(
            f"is not a readable Outlook message; it may be corrupt or another Office file "
            f"({type(exc).__name__}: {exc})",
            path=str(path),
            hint="open it in Outlook and save it again, or save it as .eml or PDF") from exc


def header_lines(message) -> str:
    """ "From: ...", "Sent: ...", "Subject: ..." as the .eml reader writes them."""
    header = message.header
    values = {
        "From": message.sender or (header.get("From") if header else None),
        "Date": (header.get("Date") if header else None) or _date(message),
        "Subject": message.subject or (header.get("Subject") if header else None),
    }
    lines = []
    for name, shown in HEADER_FIELDS:
        value = values.get(name)
        if value:
            lines.append(f"{shown}: {' '.join(str(value).split())}\n")
    return "".join(lines)


def _date(message) -> str | None:
    when = message.date
    return email.utils.format_datetime(when) if when is not None else None


def body(path: Path, message) -> TextBuilder:
    """The plain or HTML body by the .eml reader's rule."""
    plain = message.body
    html = message.htmlBody
    if isinstance(html, bytes):
        html = html.decode("utf-8", "replace")
    return choose_body(path, plain or None, html or None)


def attachments(path: Path, message, depth: int) -> list[tuple[str, Document | str | None, str | None]]:
    """(name, what reading it gave, a warning about its name) for each attachment."""
    from extract_msg.enums import AttachmentType

    found = []
    try:
        listed = list(message.attachments)
    except Exception as exc:  # noqa: BLE001 - extract-msg refuses a malformed attachment
        return [("attachments", f"attachments could not be read ({type(exc).__name__}: {exc}); "
                                "open the message in Outlook and save the attachments", None)]
    for number, attachment in enumerate(listed, start=1):
        raw = next((getattr(attachment, key, None) for key in
                    ("longFilename", "shortFilename", "displayName")
                    if getattr(attachment, key, None)), "")
        name, name_warning = safe_name(raw, number)
        kind = getattr(attachment, "type", None)
        if kind == AttachmentType.MSG:
            inner = attachment.data
            if not name.lower().endswith(".msg"):
                name = f"{name}.msg"
            if depth >= MAX_DEPTH:
                result = f"attachment {name} was not read: messages nested over {MAX_DEPTH} deep"
            else:
                result = message_document(path, inner, name, depth + 1)
        elif kind == AttachmentType.DATA:
            mimetype = getattr(attachment, "mimetype", None) or mimetypes.guess_type(name)[0] or ""
            if mimetype.startswith("image/"):  # a logo or a signature, never a response
                result = None
            else:
                result = read_attached_file(name, attachment.data or b"", mimetype or None)
        else:
            result = (f"attachment {name} was not read: Outlook stored it as a link or an "
                      "object, not as a file (save the file itself and add it to data/raw/)")
        found.append((name, result, name_warning))
    return found


def message_document(path: Path, message, source_name: str, depth: int = 0,
                     data: bytes | None = None) -> Document | str:
    """A message (the file, or one attached to it) as a `Document`; for an attached one
    that has nothing to read, the warning saying so."""
    try:
        # an attached message's own id is never used: its text joins the outer Document
        return mail_document(path, data or b"", source_name, "msg",
                             header_lines(message), body(path, message),
                             attachments(path, message, depth))
    except IngestError as exc:
        if depth == 0:
            raise
        return f"attachment {exc}"


def ingest_msg(path: Path, data: bytes, source_name: str) -> Document:
    """Read an Outlook message and its attachments into one `Document`.

    A reply saved from Outlook whose body says "Please find attached our response" and
    carries "FOI 0412 answers.xlsx" reads the headers, the note, then
    "===== Attachment 1: FOI 0412 answers.xlsx =====" and the workbook's text.
    """
    message = open_msg(path, data)
    try:
        return message_document(path, message, source_name, data=data)
    except IngestError:
        raise
    except Exception as exc:  # noqa: BLE001 - extract-msg fails in many ways on a damaged file
        raise IngestError(
            f"is not a readable Outlook message; part of it is damaged ({type(exc).__name__}: {exc})",
            path=str(path),
            hint="open it in Outlook and save it again, or save it as .eml or PDF") from exc
    finally:
        message.close()
