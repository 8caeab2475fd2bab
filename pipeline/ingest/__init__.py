"""The ingest stage: one input file in, one `Document` out.

`ingest` reads the file's bytes once, refuses what it cannot read with an `IngestError`
that says what to do, and hands the bytes to the reader for the file's format. Every
reader returns text in the same shape (see `pipeline.model.Document`), so later stages
never need to know which format a response arrived in.

Formats: plain text, Markdown, PDF, DOCX, web pages (HTML), e-mails (.eml and Outlook's
.msg, attachments included), RTF, spreadsheets (.xlsx, .xls, .ods), and .doc/.odt through
LibreOffice (`office.py`; needs `soffice` installed).
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Callable

from pipeline.errors import IngestError
from pipeline.ingest.docx import ingest_docx
from pipeline.ingest.eml import ingest_eml
from pipeline.ingest.html import ingest_html
from pipeline.ingest.md import ingest_md
from pipeline.ingest.msg import ingest_msg
from pipeline.ingest.ods import ingest_ods
from pipeline.ingest.office import ingest_office
from pipeline.ingest.pdf import ingest_pdf
from pipeline.ingest.rtf import ingest_rtf
from pipeline.ingest.sniff import choose_format
from pipeline.ingest.text import ingest_text
from pipeline.ingest.xls import ingest_xls
from pipeline.ingest.xlsx import ingest_xlsx
from pipeline.limits import Limits, break_long_lines, check_chars, check_pages, check_zip
from pipeline.model import Document

Reader = Callable[[Path, bytes, str], Document]

READERS: dict[str, Reader] = {
    ".txt": ingest_text,
    ".text": ingest_text,
    ".pdf": ingest_pdf,
    ".docx": ingest_docx,
    ".html": ingest_html,
    ".htm": ingest_html,
    ".eml": ingest_eml,
    ".rtf": ingest_rtf,
    ".doc": ingest_office,
    ".odt": ingest_office,
    ".xlsx": ingest_xlsx,
    ".xlsm": ingest_xlsx,
    ".xls": ingest_xls,
    ".ods": ingest_ods,
    ".msg": ingest_msg,
    ".md": ingest_md,
    ".markdown": ingest_md,
}
# Readers that apply the run's limits themselves while reading (a sheet of a million rows
# is stopped at limits.max_chars, not read whole first).
_READ_WITH_LIMITS = {ingest_xlsx, ingest_xls, ingest_ods}

SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(READERS)

# Formats people often send instead, with the way out that works for each.
_CONVERSION_HINTS = {
    ".csv": "open it in a spreadsheet program and save it as .xlsx",
    ".mht": "open it in a browser and save it as 'Web page, HTML only' (.html)",
    ".mhtml": "open it in a browser and save it as 'Web page, HTML only' (.html)",
}
_DEFAULT_HINT = "save it as PDF, DOCX or TXT"


def reader_for(path: Path) -> Reader:
    """The reader for a file's suffix, compared case-insensitively.

    >>> reader_for(Path("Response_FOI-1234.PDF")).__name__
    'ingest_pdf'
    """
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        what = f"'{suffix}' files are" if suffix else "files without a suffix are"
        raise IngestError(
            f"{what} not supported (supported: {', '.join(SUPPORTED_SUFFIXES)})",
            path=str(path),
            hint=_CONVERSION_HINTS.get(suffix, _DEFAULT_HINT),
        )
    return reader


def read_bytes(path: Path) -> bytes:
    """The file's bytes; a missing, unreadable or empty file is an `IngestError`."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(
            f"could not be read ({exc.strerror or exc})",
            path=str(path),
            hint="check that the file exists and that you may read it",
        ) from exc
    if not data:
        raise IngestError(
            "is empty (0 bytes)",
            path=str(path),
            hint="download or export the response again",
        )
    return data


def read_as(path: Path, data: bytes) -> tuple[str, str | None]:
    """The suffix whose reader reads these bytes, and a warning when it is not the file's own.

    The bytes decide (`pipeline.ingest.sniff`): "FOI 12.pdf" holding a Word file is read as
    DOCX, with a warning saying so.
    """
    return choose_format(path.suffix.lower(), data)


def count_pdf_pages(data: bytes) -> int | None:
    """A PDF's page count from its page tree, without reading any page; None if unreadable."""
    try:
        import pypdfium2
        pdf = pypdfium2.PdfDocument(data)
    except Exception:  # noqa: BLE001 - a broken or encrypted PDF: the reader says why
        return None
    try:
        return len(pdf)
    finally:
        pdf.close()


def ingest(path: Path, *, source_name: str | None = None, limits: Limits | None = None) -> Document:
    """Read one FOI response into a `Document`.

    `source_name` (default: the file's name) is recorded as `Document.source_file`, and
    `Document.doc_id` is the sha256 of the file's bytes. For example
    `ingest(Path("data/raw/Thurrock FOI 1234.DOCX"))` reads the file as DOCX; so does
    `ingest(Path("FOI 1234.pdf"))` when its bytes are a Word file, with a warning.

    Raises `IngestError` for an unsupported format, an unreadable, empty, corrupt or
    password-protected file, and a PDF with no text layer, and `LimitError` for a file
    over `limits` (a zip that unpacks too large, too many pages, too much text); it never
    returns an empty `Document`.
    """
    path = Path(path)
    limits = limits or Limits()
    try:
        data = read_bytes(path)
    except IngestError:
        reader_for(path)  # an unsupported suffix is the first thing to say
        raise
    suffix, warning = read_as(path, data)
    reader = reader_for(path.with_suffix(suffix) if suffix != path.suffix.lower() else path)
    if suffix in (".docx", ".odt"):
        check_zip(data, limits)
    if suffix == ".pdf":
        pages = count_pdf_pages(data)
        if pages is not None:
            check_pages(pages, limits)
    if reader is ingest_office:
        document = ingest_office(path, data, source_name or path.name, suffix=suffix)
    elif reader in _READ_WITH_LIMITS:
        document = reader(path, data, source_name or path.name, limits=limits)
    else:
        document = reader(path, data, source_name or path.name)
    check_chars(document.text, limits)
    text = break_long_lines(document.text, limits)
    if text is not document.text:
        document = replace(document, text=text)
    if warning:
        document = replace(document, warnings=(warning, *document.warnings))
    return document


__all__ = ["SUPPORTED_SUFFIXES", "ingest", "read_as", "ingest_docx", "ingest_eml", "ingest_html",
           "ingest_md", "ingest_msg", "ingest_ods", "ingest_office", "ingest_pdf", "ingest_rtf",
           "ingest_text", "ingest_xls", "ingest_xlsx", "reader_for"]
