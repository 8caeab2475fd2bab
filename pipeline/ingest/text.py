"""Read plain-text FOI responses, and the text conventions every reader shares.

Plain text arrives in whatever encoding the sender's machine used: UTF-8 (with or without
a byte-order mark), UTF-16 from Notepad's "Unicode" option, or Windows-1252 from older
systems, where "£" is the single byte 0xA3. We try them in that order and say in
`Document.warnings` when the text was not UTF-8, because a wrong guess shows up later as
mangled pound signs.

`normalise_text` and `document_id` live here because the PDF and DOCX readers use them
too, so that all formats produce one shape of text.
"""
from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

from pipeline.errors import IngestError
from pipeline.ingest.sniff import utf16_without_bom
from pipeline.model import Document, Page

# Characters that are spaces to a reader but not to a regex: no-break space, narrow
# no-break space, figure space. They become ordinary spaces.
_SPACE_LIKE = {"\u00a0": " ", "\u202f": " ", "\u2007": " "}

# Line separators other than "\n". Every one of them is a line break to
# `str.splitlines`, so they become "\n" to keep "\n" the only line break in the text.
_LINE_BREAKS = {"\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"}

_TRANSLATION = str.maketrans({**_SPACE_LIKE, **_LINE_BREAKS})

FALLBACK_ENCODING = "cp1252"
_ENCODING_LABELS = {"cp1252": "Windows-1252", "latin-1": "Latin-1", "utf-16": "UTF-16",
                    "utf-16-le": "UTF-16 (little-endian, no byte-order mark)",
                    "utf-16-be": "UTF-16 (big-endian, no byte-order mark)"}


def document_id(data: bytes) -> str:
    """The sha256 hex digest of a file's bytes: the same file always gets the same id."""
    return hashlib.sha256(data).hexdigest()


def normalise_text(text: str) -> str:
    """Give text the one shape every stage expects.

    Line breaks become "\\n", no-break spaces become spaces and spaces or tabs at the ends
    of lines are dropped; every other character is kept.

    >>> normalise_text("Q1\\u00a0Cost:  \\r\\n£1.6m \\r")
    'Q1 Cost:\\n£1.6m\\n'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_TRANSLATION)
    return "\n".join(line.rstrip(" \t") for line in text.split("\n"))


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode the bytes of a text file; return the text and the codec used.

    Tries UTF-16 (when a UTF-16 byte-order mark is present, or when the bytes alternate
    with NULs as Notepad's "Unicode" without a mark does), UTF-8 with or without a
    byte-order mark, then Windows-1252, then Latin-1, which decodes any bytes.

    >>> decode_text(b"Cost \\xa3450k")
    ('Cost £450k', 'cp1252')
    """
    candidates = ["utf-8-sig", FALLBACK_ENCODING]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates.insert(0, "utf-16")
    elif bomless := utf16_without_bom(data):
        candidates.insert(0, bomless)
    for codec in candidates:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue  # the next encoding is tried; Latin-1 below cannot fail
    return data.decode("latin-1"), "latin-1"


def ensure_final_newline(text: str) -> str:
    """Every paragraph ends with "\\n", including the last one in the file."""
    return text if text.endswith("\n") else text + "\n"


def ingest_text(path: Path, data: bytes, source_name: str) -> Document:
    """Read a plain-text response into a `Document` with one page.

    Handles a Windows-1252 file saved by an old case system, e.g. the bytes
    b"Q5 Annual cost: \\xa351,471,673.00\\r\\n" become "Q5 Annual cost: £51,471,673.00\\n",
    with a warning that Windows-1252 was assumed.
    """
    text, codec = decode_text(data)
    if "\x00" in text:
        raise IngestError(
            "contains NUL bytes, so it is not a plain-text file",
            path=str(path),
            hint="open it in the program that made it and save it as PDF, DOCX or TXT",
        )
    text = ensure_final_newline(normalise_text(text))
    if not text.strip():
        raise IngestError(
            "contains only whitespace, so there is nothing to extract",
            path=str(path),
            hint="check that the right file was saved; re-download it from the disclosure",
        )
    warnings = ()
    if codec != "utf-8-sig":
        label = _ENCODING_LABELS.get(codec, codec)
        warnings = (f"text is not UTF-8; decoded as {label} (check that '£' reads correctly)",)
    return Document(
        doc_id=document_id(data),
        source_file=source_name,
        format="txt",
        text=text,
        pages=(Page(1, 0, len(text)),),
        warnings=warnings,
    )
