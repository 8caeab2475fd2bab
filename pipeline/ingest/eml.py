"""Read e-mailed responses (.eml): headers, the message body, and every readable attachment.

An FOI reply by e-mail is often a short covering note ("please find our response
attached") with the answers in a PDF or DOCX, and the request quoted below the note. The
`Document` holds all of it, in this order:

    From: Information Governance <foi@example.gov.uk>
    Sent: Wed, 14 May 2025 10:02:00 +0100
    Subject: RE: FOI 0193 - Adult social care joint funding
    <blank line>
    the body, quoted request included ("-----Original Message-----", "> " lines,
    "On ... wrote:"), exactly as sent
    <blank line>
    ===== Attachment 1: FOI 0193 response.pdf =====
    the attachment's text, as its own reader gives it

The headers come first so that the document-level fields (reference, response date,
respondent) can be found where a letter would have them. They are written as Outlook
prints a message, with the Date header as "Sent:": a reply quoting the request has the
request's own "Sent:" line further down, and the document-level fields rank "Sent:" above
a bare "Date:", so a "Date:" line here would lose to the request's date.

Pages: page 1 is the message itself; each attachment's pages follow in order, so a
two-page PDF attached after the body is pages 2 and 3 of the `Document` (page numbers
must run 1..n without gaps). Each attachment page keeps its own number in its block's
locator, "attachment FOI 0193 response.pdf page 2", which is what a reviewer opens.

The body is the text/plain part when it is a real alternative to the HTML part (it holds
at least half as much text); otherwise the HTML part, read by the HTML reader. An
attachment that cannot be read becomes a warning on the `Document` (so the run records
it in `errors`) and the rest of the e-mail is still read. Images (logos, signatures) are
skipped without a warning.
"""
from __future__ import annotations

import email
import mimetypes
from dataclasses import dataclass, replace
from email import policy
from email.message import EmailMessage
from pathlib import Path, PurePath

from pipeline.errors import FoiError, IngestError
from pipeline.ingest.html import html_to_text
from pipeline.ingest.layout import TextBuilder
from pipeline.ingest.text import decode_text, document_id, normalise_text
from pipeline.model import Block, Document, Page

HEADER_FIELDS = (("From", "From"), ("Date", "Sent"), ("Subject", "Subject"))  # (MIME, shown)
ATTACHMENT_SEPARATOR = "===== Attachment {number}: {name} ====="
# The plain body counts as the real text when it holds at least this share of the text of
# the HTML body; some mailers send a stub ("view this message in HTML") instead.
PLAIN_ALTERNATIVE_SHARE = 0.5
# A forwarded message attached to the e-mail is read as an e-mail of its own.
FORWARDED_NAME = "forwarded message.eml"


@dataclass(frozen=True)
class _Part:
    """A piece of the e-mail's text: its pages (as spans of `text`), blocks and warnings."""

    text: str
    pages: tuple[Page, ...]
    blocks: tuple[Block, ...]
    warnings: tuple[str, ...] = ()


def parse_message(path: Path, data: bytes) -> EmailMessage:
    """The parsed message; bytes with none of an e-mail's headers are an `IngestError`."""
    message = email.message_from_bytes(data, policy=policy.default)
    if not any(message[name] for name in ("From", "Date", "Subject", "Message-ID", "To",
                                          "MIME-Version")):
        raise IngestError(
            "does not look like an e-mail: it has no From, Date, Subject or MIME headers",
            path=str(path),
            hint="save the e-mail from your mail program as .eml (not .msg), or rename "
                 "the file to .txt if it is the text of the reply")
    return message


def header_lines(message: EmailMessage) -> str:
    """ "From: ...", "Sent: ...", "Subject: ..." lines for the headers the message has."""
    lines = []
    for name, shown in HEADER_FIELDS:
        value = message[name]
        if value:
            lines.append(f"{shown}: {' '.join(str(value).split())}\n")
    return "".join(lines)


def part_text(part: EmailMessage) -> str:
    """A text part's content; a wrong or unknown charset falls back to `decode_text`."""
    try:
        return part.get_content()
    except (LookupError, UnicodeError):
        return decode_text(part.get_payload(decode=True) or b"")[0]


def read_body(path: Path, message: EmailMessage) -> TextBuilder:
    """The message body, plain or HTML (see the module docstring for which)."""
    plain = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    return choose_body(path, part_text(plain) if plain is not None else None,
                       part_text(html) if html is not None else None)


def choose_body(path: Path, plain: str | None, html: str | None) -> TextBuilder:
    """The plain body when it is a real alternative to the HTML one, else the HTML body
    read by the HTML reader (the .eml and .msg readers share this rule)."""
    from_html = html_to_text(path, html, page=False) if html is not None else None
    out = TextBuilder()
    if plain is not None:
        text = normalise_text(plain).strip("\n")
        html_length = len(from_html.text().strip()) if from_html is not None else 0
        if text.strip() and len(text.strip()) >= PLAIN_ALTERNATIVE_SHARE * html_length:
            start = out.write(text + "\n")
            out.blocks.append(Block(start, start + len(text), "message body"))
            return out
    if from_html is not None:
        out.extend(from_html.text(), from_html.blocks, prefix="message body ")
    return out


def attachment_parts(message: EmailMessage) -> list[EmailMessage]:
    """Every attached file in MIME order, nested multiparts included; a forwarded message
    (message/rfc822) is one attachment, not a source of more."""
    found: list[EmailMessage] = []

    def visit(part: EmailMessage) -> None:
        if part.get_content_type() == "message/rfc822":
            found.append(part)
        elif part.is_multipart():
            for sub in part.iter_parts():
                visit(sub)
        elif part.get_filename() or part.get_content_disposition() == "attachment":
            found.append(part)

    visit(message)
    body = message.get_body(preferencelist=("plain", "html"))
    return [part for part in found if part is not body and part is not message]


def safe_name(raw: str, number: int) -> tuple[str, str | None]:
    """An attachment's file name without any folders, and a warning when it had some.

    The name is the sender's text, never a path: "../../etc/x.pdf" or "C:\\Temp\\x.pdf"
    is read as "x.pdf", and the `Document` says the name was cut.

    >>> safe_name("../../answers.xlsx", 1)
    ('answers.xlsx', "attachment name '../../answers.xlsx' had folders in it; read as 'answers.xlsx'")
    """
    name = PurePath((raw or "").replace("\\", "/")).name.strip()
    if name in ("", ".", ".."):
        name = f"attachment {number}"
    warning = None
    if raw and name != raw.strip():
        warning = f"attachment name {raw!r} had folders in it; read as {name!r}"
    return name, warning


def attachment_name(part: EmailMessage, number: int) -> tuple[str, str | None]:
    """The attachment's file name without any folders (or a made-up one), and a warning
    when the name the e-mail gave had folders in it."""
    if part.get_content_type() == "message/rfc822" and not part.get_filename():
        return FORWARDED_NAME, None
    return safe_name(part.get_filename() or "", number)


def attachment_bytes(part: EmailMessage) -> bytes:
    if part.get_content_type() == "message/rfc822":
        return part.get_payload(0).as_bytes(policy=policy.default)
    return part.get_payload(decode=True) or b""


def read_attachment(name: str, part: EmailMessage) -> Document | str | None:
    """The attachment as a `Document`, a warning saying why it could not be read, or None
    for an image, which is never a response."""
    if part.get_content_maintype() == "image":
        return None
    return read_attached_file(name, attachment_bytes(part), part.get_content_type())


def read_attached_file(name: str, data: bytes, content_type: str | None) -> Document | str:
    """An attached file (already without folders in its name) read by its format's reader,
    or a warning saying why it could not be read. Shared by the .eml and .msg readers."""
    from pipeline.ingest import reader_for  # the registry imports this module

    if not data:
        return f"attachment {name} is empty"
    # A name without a suffix ("Response") is read by what its MIME type says it is.
    suffix = PurePath(name).suffix or (mimetypes.guess_extension(content_type)
                                       if content_type else None)
    if not suffix:
        return (f"attachment {name} was not read: neither its name nor its MIME type says "
                "what format it is (save it and add it to data/raw/ with the right suffix)")
    path = Path(name if PurePath(name).suffix else name + suffix)
    try:
        return reader_for(path)(path, data, name)
    except FoiError as exc:
        return f"attachment {exc}"
    # A library failing on one odd attachment must not lose the e-mail that carries it;
    # the failure is recorded in the warnings, and so in `errors`.
    except Exception as exc:  # noqa: BLE001
        return f"attachment {name} could not be read (unexpected {type(exc).__name__}: {exc})"


def attachment_part(number: int, name: str, doc: Document) -> _Part:
    """An attachment's text after its separator line, with its pages and blocks."""
    separator = "\n" + ATTACHMENT_SEPARATOR.format(number=number, name=name) + "\n"
    out = TextBuilder()
    out.write(separator)
    out.extend(doc.text, doc.blocks, prefix=f"attachment {name} ")
    text = out.text()
    out.blocks.append(Block(0, len(text), f"attachment {name}"))
    pages = [p.moved(len(separator)) for p in doc.pages]
    pages[0] = replace(pages[0], char_start=0)
    warnings = tuple(f"attachment {name}: {w}" for w in doc.warnings)
    return _Part(text, tuple(pages), tuple(out.blocks), warnings)


def assemble(parts: list[_Part]) -> tuple[str, tuple[Page, ...], tuple[Block, ...]]:
    """Concatenate parts, renumbering their pages 1..n and shifting every offset."""
    out = TextBuilder()
    pages: list[Page] = []
    for part in parts:
        start = out.extend(part.text, part.blocks)
        for page in part.pages:
            pages.append(page.moved(start, number=len(pages) + 1))
    return out.text(), tuple(pages), tuple(out.blocks)


def ingest_eml(path: Path, data: bytes, source_name: str) -> Document:
    """Read an e-mail and its attachments into one `Document` (layout in the module doc).

    A reply whose body says "Please find attached our response" and carries
    "FOI 0193 response.docx" reads the headers, the note, the quoted request, then
    "===== Attachment 1: FOI 0193 response.docx =====" and the DOCX's text.
    """
    message = parse_message(path, data)
    attached = []
    for number, part in enumerate(attachment_parts(message), start=1):
        name, warning = attachment_name(part, number)
        attached.append((name, read_attachment(name, part), warning))
    return mail_document(path, data, source_name, "eml", header_lines(message),
                         read_body(path, message), attached)


def mail_document(path: Path, data: bytes, source_name: str, fmt: str, headers: str,
                  body: TextBuilder,
                  attached: list[tuple[str, Document | str | None, str | None]]) -> Document:
    """One `Document` from a message's header lines, its body, and its attachments as
    (name, what reading it gave, a warning about its name); shared by .eml and .msg."""
    head = TextBuilder()
    head.write(headers)
    if head.pos:
        head.write("\n")
    head.extend(body.text(), body.blocks)
    text = head.text()
    parts = [_Part(text, (Page(1, 0, len(text)),), tuple(head.blocks))]
    warnings: list[str] = []
    count = 0
    for name, result, name_warning in attached:
        if name_warning:
            warnings.append(name_warning)
        if isinstance(result, Document):
            count += 1
            parts.append(attachment_part(count, name, result))
        elif result:
            warnings.append(result)
    if not body.text().strip() and len(parts) == 1:
        raise IngestError(
            "has no text in its body and no readable attachment",
            path=str(path),
            hint="; ".join(["check that the right e-mail was saved", *warnings]))
    text, pages, blocks = assemble(parts)
    warnings += [w for part in parts for w in part.warnings]
    return Document(
        doc_id=document_id(data),
        source_file=source_name,
        format=fmt,
        text=text,
        pages=pages,
        blocks=blocks,
        warnings=tuple(warnings),
    )
