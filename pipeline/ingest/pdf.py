"""Read the text layer of PDF responses with pdfplumber, page by page.

Each page is closed as soon as its text is read: pdfplumber caches every character object
of a page, and on a 300-page response that cache alone reaches more than a gigabyte.

A page without a text layer (a scan, a photographed letter) is kept as an empty page and
named in `Document.warnings`; a PDF where no page has text is refused, because OCR is not
part of this pipeline and an empty document would pass for "no answers".
"""
from __future__ import annotations

import io
import re
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from pipeline.errors import IngestError
from pipeline.ingest.text import document_id, normalise_text
from pipeline.model import Block, Document, Page

# x_tolerance: the gap (in points) above which two characters belong to different words.
# pdfplumber's default of 3 glues words together in tightly set 9-10 pt body text
# ("thecouncil"); 1.5 keeps them apart without splitting letter-spaced words.
PDF_TEXT_SETTINGS = {"x_tolerance": 1.5, "y_tolerance": 3, "layout": False}

# Glyphs from a font without a Unicode map come out as "(cid:71)".
_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")

_OCR_HINT = ("run it through OCR first, e.g. `ocrmypdf --skip-text in.pdf out.pdf`, "
             "and ingest the OCR'd copy")


def ingest_pdf(path: Path, data: bytes, source_name: str) -> Document:
    """Read a PDF's text layer into a `Document` with one `Page` per PDF page.

    Pages are joined by "\\n" and each page's text ends with "\\n", so a three-page
    response whose second page is a scan reads "Q1 ...\\n\\n\\n\\nQ4 ...\\n" with the
    warning "page 2 has no text layer ...".
    """
    raw_pages, warnings = read_pdf_pages(path, data)
    if not raw_pages:
        raise IngestError("has no pages", path=str(path),
                          hint="export or download the PDF again")
    page_texts = [page_text(raw) for raw in raw_pages]
    if not any(is_readable(t) for t in page_texts):
        raise IngestError(
            f"has no text layer on any of its {len(page_texts)} page(s); it looks scanned "
            "and OCR is not enabled",
            path=str(path), hint=_OCR_HINT,
        )
    warnings.extend(page_warnings(page_texts))
    text, pages = join_pages(page_texts)
    blocks = tuple(Block(p.char_start, p.char_end, f"page {p.number}") for p in pages)
    return Document(
        doc_id=document_id(data),
        source_file=source_name,
        format="pdf",
        text=text,
        pages=pages,
        blocks=blocks,
        warnings=tuple(warnings),
    )


def read_pdf_pages(path: Path, data: bytes) -> tuple[list[str], list[str]]:
    """The raw text of every page in order, and a warning for each page that failed.

    A password-protected or corrupt file raises `IngestError`. A page whose content
    cannot be parsed is kept as "" with a warning, so one broken page does not lose the
    other forty.
    """
    texts: list[str] = []
    warnings: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                try:
                    texts.append(page.extract_text(**PDF_TEXT_SETTINGS) or "")
                # pdfminer raises many unrelated types on a broken content stream; the
                # page is recorded in the warnings rather than stopping the document.
                except Exception as exc:  # noqa: BLE001
                    texts.append("")
                    warnings.append(f"page {number} could not be read ({exc!r}); "
                                    "its text is missing")
                finally:
                    page.close()
    except PdfminerException as exc:
        raise pdf_open_error(path, exc.args[0] if exc.args else exc) from exc
    return texts, warnings


def pdf_open_error(path: Path, cause: object) -> IngestError:
    """The `IngestError` for a PDF that pdfminer could not open.

    >>> str(pdf_open_error(Path("reply.pdf"), PDFPasswordIncorrect()))[:44]
    'reply.pdf: is password-protected, so its tex'
    """
    if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
        return IngestError(
            "is password-protected, so its text cannot be read",
            path=str(path),
            hint="ask the public body for an unprotected copy, or remove the password "
                 "(e.g. `qpdf --decrypt --password=... in.pdf out.pdf`)",
        )
    return IngestError(
        f"is not a readable PDF; it may be corrupt or truncated ({cause!r})",
        path=str(path),
        hint="download it again, or open it in a PDF viewer and print it to a new PDF",
    )


def page_text(raw: str) -> str:
    """One page's text in the shared shape, ending with exactly one "\\n".

    >>> page_text("Q3 Liquidlogic \\r\\n\\n")
    'Q3 Liquidlogic\\n'
    """
    return normalise_text(raw).rstrip("\n") + "\n"


def is_readable(text: str) -> bool:
    """True when a page has text beyond whitespace and unmapped glyphs like "(cid:71)"."""
    return bool(_UNMAPPED_GLYPH.sub("", text).strip())


def page_warnings(page_texts: list[str]) -> list[str]:
    """A warning naming each page that has no text, or glyphs without Unicode."""
    warnings = []
    for number, text in enumerate(page_texts, start=1):
        if not text.strip():
            warnings.append(f"page {number} has no text layer (a scan?); its text is "
                            "missing because OCR is not enabled")
        elif _UNMAPPED_GLYPH.search(text):
            warnings.append(f"page {number} has characters without a Unicode mapping, "
                            "shown as '(cid:N)'; check that page by eye")
    return warnings


def join_pages(page_texts: list[str]) -> tuple[str, tuple[Page, ...]]:
    """Join page texts with "\\n" and give each page the span up to the next page.

    Pages are contiguous: a page's span includes the "\\n" that separates it from the
    next, so every offset of the text belongs to exactly one page.

    >>> join_pages(["a\\n", "b\\n"])
    ('a\\n\\nb\\n', (Page(number=1, char_start=0, char_end=3, ocr=False), \
Page(number=2, char_start=3, char_end=5, ocr=False)))
    """
    pieces = [t if i == len(page_texts) - 1 else t + "\n" for i, t in enumerate(page_texts)]
    pages = []
    start = 0
    for number, piece in enumerate(pieces, start=1):
        pages.append(Page(number, start, start + len(piece)))
        start += len(piece)
    return "".join(pieces), tuple(pages)
