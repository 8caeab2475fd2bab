"""What a file really is, from its bytes: the reader is chosen by content, not by its name.

A Word file saved as `response.pdf`, a PDF without a suffix, a web page named `.txt`: the
suffix is what someone typed, the first bytes are what the file is. `sniff_format` looks at
the bytes only; `choose_format` weighs that against the suffix and says when they disagree.

Text formats (plain text, HTML, e-mail) cannot be told apart for certain, so a file whose
suffix names one of them keeps it when its bytes are text of any kind: a `.txt` that opens
with "From:" stays a text file, exactly as before. The bytes decide when they carry a
signature (PDF, zip, OLE, RTF) or when a binary suffix holds text.

Containers are looked into: a zip is a Word file (`word/`), an Excel workbook (`xl/`) or an
OpenDocument spreadsheet (its `mimetype` member); an OLE file is an old Excel workbook (a
`Workbook` stream), an Outlook message (`__substg1.0_` streams) or, by default, an old
Word file or a password-protected Office file.
"""
from __future__ import annotations

import codecs
import io
import re
import zipfile
import zlib

PDF, DOCX, ZIP, OLE, RTF, HTML, EML, TXT = "pdf", "docx", "zip", "ole", "rtf", "html", "eml", "txt"
XLSX, ODS, XLS, MSG, MD = "xlsx", "ods", "xls", "msg", "md"

# What each detected format is called in messages, and the suffixes it is read for.
LABELS = {PDF: "PDF", DOCX: "Word (DOCX)", ZIP: "zip archive", OLE: "old Word (.doc) or Outlook",
          RTF: "RTF", HTML: "web page (HTML)", EML: "e-mail", TXT: "plain text",
          XLSX: "Excel workbook (XLSX)", ODS: "OpenDocument spreadsheet (ODS)",
          XLS: "old Excel workbook (XLS)", MSG: "Outlook message (MSG)", MD: "Markdown"}
SUFFIX_FORMATS = {".txt": TXT, ".text": TXT, ".pdf": PDF, ".docx": DOCX, ".html": HTML,
                  ".htm": HTML, ".eml": EML, ".rtf": RTF, ".doc": OLE, ".odt": ZIP,
                  ".xlsx": XLSX, ".xlsm": XLSX, ".ods": ODS, ".xls": XLS, ".msg": MSG,
                  ".md": MD, ".markdown": MD}
TEXT_FORMATS = {TXT, HTML, EML, MD}
# The suffix a format is read as when the bytes, not the name, decide.
READ_AS = {PDF: ".pdf", DOCX: ".docx", RTF: ".rtf", HTML: ".html", EML: ".eml", TXT: ".txt",
           OLE: ".doc", XLSX: ".xlsx", ODS: ".ods", XLS: ".xls", MSG: ".msg"}
# Formats whose reader says itself that an OLE file is password-protected (an encrypted
# DOCX or XLSX is an OLE file, not a zip): the named suffix is kept for them.
_ENCRYPTABLE = {DOCX, XLSX}
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_START = re.compile(rb"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|div|p|table)\b",
                         re.IGNORECASE | re.DOTALL)
_HEADER = re.compile(rb"([A-Za-z][A-Za-z0-9-]{0,40}):[ \t]")
_MAIL_KEYS = {b"from", b"to", b"subject", b"date", b"received", b"return-path", b"message-id",
              b"mime-version", b"content-type", b"delivered-to", b"x-mailer", b"reply-to"}
_SAMPLE = 4096


def utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when text bytes alternate with NULs, else None.

    Notepad's "Unicode" without a byte-order mark is ASCII letters each followed (LE) or
    preceded (BE) by a NUL byte: b"Q\\x001\\x00" reads "Q1".
    """
    sample = data[:_SAMPLE]
    if len(sample) < 4:
        return None
    sample = sample[: len(sample) // 2 * 2]
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.6 * half and even.count(0) < 0.1 * half:
        codec = "utf-16-le"
    elif even.count(0) > 0.6 * half and odd.count(0) < 0.1 * half:
        codec = "utf-16-be"
    else:
        return None
    try:
        data[: len(data) // 2 * 2].decode(codec)
    except UnicodeDecodeError:
        return None
    return codec


def _text_sample(data: bytes) -> bytes | None:
    """The start of the file as 8-bit text for sniffing, or None for binary bytes."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data[2:_SAMPLE].decode("utf-16", "replace").encode("utf-8", "replace")
    codec = utf16_without_bom(data)
    if codec:
        return data[:_SAMPLE].decode(codec, "replace").encode("utf-8", "replace")
    sample = data[:_SAMPLE]
    if sample.startswith(codecs.BOM_UTF8):
        sample = sample[3:]
    if b"\x00" in sample:
        return None
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return None if control > 0.05 * max(len(sample), 1) else sample


def _is_email(sample: bytes) -> bool:
    """Headers at the very top (`From: …`, `Subject: …`), at least two known mail keys."""
    keys = set()
    for line in sample.splitlines()[:40]:
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            continue  # a folded header line
        m = _HEADER.match(line)
        if not m:
            return False
        keys.add(m.group(1).lower())
    return len(keys & _MAIL_KEYS) >= 2


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError, RuntimeError,
            NotImplementedError):
        return ZIP
    if "word/document.xml" in names or (
            "[Content_Types].xml" in names and any(n.startswith("word/") for n in names)):
        return DOCX
    if "xl/workbook.xml" in names or (
            "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names)):
        return XLSX
    if mimetype.strip() == _ODS_MIMETYPE:
        return ODS
    return ZIP


def _ole_kind(data: bytes) -> str:
    """XLS or MSG by the streams an OLE file holds; OLE (Word, or unknown) otherwise."""
    try:
        import olefile

        with olefile.OleFileIO(data) as ole:
            names = {"/".join(entry).lower() for entry in ole.listdir(streams=True, storages=True)}
    except Exception:  # noqa: BLE001 - a damaged OLE file: its reader says why
        return OLE
    if "workbook" in names or "book" in names:
        return XLS
    if any(n.startswith("__substg1.0_") for n in names):
        return MSG
    return OLE


def sniff_format(data: bytes) -> str | None:
    """The format the bytes are, or None when they are none we know (binary).

    >>> sniff_format(b"%PDF-1.7\\n...")
    'pdf'
    >>> sniff_format("Q1 Cost".encode("utf-16-le"))
    'txt'
    """
    head = data[:1024].lstrip(b"\xef\xbb\xbf")
    if b"%PDF-" in data[:1024]:
        return PDF
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if data.startswith(OLE_MAGIC):
        return _ole_kind(data)
    if head.lstrip().startswith(b"{\\rtf"):
        return RTF
    sample = _text_sample(data)
    if sample is None:
        return None
    if _HTML_START.match(sample):
        return HTML
    if _is_email(sample):
        return EML
    return TXT


def choose_format(suffix: str, data: bytes) -> tuple[str, str | None]:
    """The suffix to read the file as, and a warning when the bytes say otherwise.

    A Word file named "FOI 123.pdf" gives (".docx", "named .pdf but its bytes are a Word
    (DOCX) file; read as Word (DOCX)"). The named suffix is kept when the bytes agree, when
    both are text of some kind, when an unsupported suffix (.csv, .mht) holds text, when the
    bytes are unknown (its reader then says why it
    cannot read them), for zip files that are none we know (.odt), and for OLE files named
    .docx or .xlsx (a password-protected one is OLE) or with an unsupported suffix.
    """
    named = SUFFIX_FORMATS.get(suffix)
    found = sniff_format(data)
    if found is None or found == named or found == ZIP:
        return suffix, None
    if found == OLE and (named is None or named in _ENCRYPTABLE or named in (XLS, MSG)):
        return suffix, None  # a password-protected DOCX or XLSX, a damaged .xls or .msg: their readers say so
    if named in TEXT_FORMATS and found in TEXT_FORMATS:
        return suffix, None
    if named is None and found in (TXT, EML):
        return suffix, None  # a .csv or .mht is text too, but not a response we read
    where = f"named {suffix}" if suffix else "has no suffix"
    article = "an" if LABELS[found][0] in "AEIOU" else "a"
    return READ_AS[found], (f"{where} but its bytes are {article} {LABELS[found]} file; "
                            f"read as {LABELS[found]}")
