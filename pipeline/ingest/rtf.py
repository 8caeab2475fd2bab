"""Read Rich Text Format (.rtf) responses, as Word, WordPad and case systems write them.

RTF is plain ASCII: groups in braces, control words such as `\\par`, and text. A small
reader is enough, and lets us keep what a general converter throws away: table rows as
" | " lines and the list numbers Word writes out for readers that do not understand its
lists (`{\\listtext 1.\\tab}`).

What is read: paragraphs (`\\par`), line breaks (`\\line`), tabs, characters written as
`\\'hh` in the document's code page (`\\ansicpg`, Windows-1252 by default) or as `\\uN`
with its fallback skipped (`\\ucN`), field results (link text), and tables (`\\cell`,
`\\row`; a nested table's `\\nestcell`/`\\nestrow` are flattened into their cell).

What is skipped: the font, colour and style tables, document info, pictures, headers and
footers, footnotes, comments, every `{\\*\\...}` destination a reader may ignore, hidden
text (`\\v`) and text deleted as a tracked change (`\\deleted`).
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.errors import IngestError
from pipeline.ingest.layout import TextBuilder, flatten_cell, flatten_table
from pipeline.ingest.text import document_id
from pipeline.model import Document, Page

SKIPPED_DESTINATIONS = frozenset({
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "nonshppict", "header", "headerl",
    "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "footnote",
    "annotation", "listtable", "listoverridetable", "revtbl", "rsidtbl", "xmlnstbl",
    "filetbl", "themedata", "colorschememapping", "latentstyles", "datastore", "generator",
    "pgdsctbl", "fldinst", "xe", "tc", "objdata", "bkmkstart", "bkmkend", "template",
})
# `{\*\nesttableprops ... \nestrow}` ends each row of a nested table: read, not skipped.
READ_IGNORABLE = frozenset({"nesttableprops"})
LIST_LABELS = frozenset({"listtext", "pntext"})
BULLET_GLYPHS = frozenset({"\u00b7", "\u2022", "o", "\u00a7", "\u25aa", "\uf0b7", "\uf0a7",
                           "-", "\u2013"})
SYMBOLS = {
    "emdash": "\u2014", "endash": "\u2013", "bullet": "\u2022", "lquote": "\u2018",
    "rquote": "\u2019", "ldblquote": "\u201c", "rdblquote": "\u201d", "emspace": " ",
    "enspace": " ", "qmspace": " ", "tab": "\t", "line": "\n",
}
CONTROL_SYMBOLS = {"~": "\u00a0", "_": "-", "-": "", "\\": "\\", "{": "{", "}": "}"}
_CODE_PAGES = {"ansi": "cp1252", "mac": "mac_roman", "pc": "cp437", "pca": "cp850"}
_TOKEN = re.compile(
    r"\\(?P<word>[a-zA-Z]{1,32})(?P<arg>-?\d{1,10})? ?"
    r"|\\'(?P<hex>[0-9a-fA-F]{2})"
    r"|\\(?P<symbol>[^a-zA-Z'])"
    r"|(?P<brace>[{}])"
    r"|(?P<text>[^\\{}\r\n]+)"
    r"|[\r\n]+"
    r"|\\",  # a lone backslash at the end of the file
    re.DOTALL)


@dataclass(frozen=True)
class _Group:
    """Properties that a group inherits from its parent and forgets when it closes."""

    skip: bool = False
    hidden: bool = False
    uc: int = 1  # characters of fallback after each \uN
    label: bool = False  # inside {\listtext ...}: the list number Word wrote out


@dataclass
class _Cell:
    """The table cell being read: its paragraphs and any table nested in it, in order."""

    items: list = field(default_factory=list)  # paragraphs (str), nested tables (rows)
    nested: list[list[str]] | None = None  # the nested table being read (also in items)
    nested_row: list[str] = field(default_factory=list)
    nested_paragraphs: list[str] = field(default_factory=list)

    def add_paragraph(self, text: str, depth: int) -> None:
        """A paragraph of this cell (depth 1) or of a cell of a nested table (depth 2+)."""
        if depth >= 2:
            self.nested_paragraphs.append(text)
        else:
            self.nested = None  # text after a nested table: the next one is a new table
            self.items.append(text)

    def end_nested_cell(self, text: str) -> None:
        if self.nested is None:
            self.nested = []
            self.items.append(self.nested)
        self.nested_row.append(flatten_cell([*self.nested_paragraphs, text]))
        self.nested_paragraphs = []

    def end_nested_row(self) -> None:
        if self.nested is not None:
            self.nested.append(self.nested_row)
        self.nested_row = []

    def text(self, last: str) -> str:
        """The cell on one line, `last` being the text before its \\cell."""
        if self.nested_row:
            self.end_nested_row()
        return flatten_cell([*(flatten_table(item) if isinstance(item, list) else item
                               for item in self.items), last])


class _Reader:
    """Turns RTF tokens into paragraphs and tables written to a `TextBuilder`."""

    def __init__(self):
        self.out = TextBuilder()
        self.codec = "cp1252"
        self.pieces: list[str] = []  # the paragraph being read
        self.pending_bytes = bytearray()  # \'hh bytes not yet decoded
        self.label_pieces: list[str] = []
        self.skip_fallback = 0
        self.high_surrogate = 0
        self.in_table = False
        self.itap = 1  # table depth of the paragraph: 2 inside a nested table
        self.cell = _Cell()
        self.row: list[str] = []
        self.rows: list[list[str]] = []
        self.paragraphs = 0
        self.tables = 0

    # -- text --

    def emit(self, text: str, group: _Group) -> None:
        if group.skip or group.hidden or not text:
            return
        if self.skip_fallback:
            dropped = min(self.skip_fallback, len(text))
            self.skip_fallback -= dropped
            text = text[dropped:]
        target = self.label_pieces if group.label else self.pieces
        target.append(text)

    def emit_byte(self, value: int, group: _Group) -> None:
        if group.skip or group.hidden:
            return
        if self.skip_fallback:
            self.skip_fallback -= 1
            return
        self.pending_bytes.append(value)

    def decode_bytes(self, group: _Group) -> None:
        """Decode the \\'hh bytes read so far together: in a double-byte code page one
        character is two of them."""
        if self.pending_bytes:
            data, self.pending_bytes = bytes(self.pending_bytes), bytearray()
            self.emit(data.decode(self.codec, errors="replace"), group)

    def emit_unicode(self, value: int, group: _Group) -> None:
        """A \\uN character; a UTF-16 surrogate pair arrives as two of them."""
        value = value + 65536 if value < 0 else value
        if 0xD800 <= value < 0xDC00:
            self.high_surrogate = value
            return
        if 0xDC00 <= value < 0xE000 and self.high_surrogate:
            value = 0x10000 + ((self.high_surrogate - 0xD800) << 10) + (value - 0xDC00)
        elif 0xD800 <= value < 0xE000:
            value = 0xFFFD
        self.high_surrogate = 0
        self.emit(chr(value), group)

    def take(self) -> str:
        text, self.pieces = "".join(self.pieces), []
        return text

    # -- structure --

    def end_paragraph(self) -> None:
        """A \\par: a paragraph of the body, or a line break inside a table cell."""
        if self.in_table:
            self.cell.add_paragraph(self.take(), self.itap)
            return
        self.end_table()
        self.paragraphs += 1  # counted as the DOCX reader counts: body paragraphs only
        self.out.paragraph(self.take(), f"paragraph {self.paragraphs}")

    def end_cell(self) -> None:
        self.row.append(self.cell.text(self.take()))
        self.cell = _Cell()

    def end_row(self) -> None:
        if self.cell.items or any(self.pieces):
            self.end_cell()
        self.rows.append(self.row)
        self.row = []

    def end_table(self) -> None:
        if self.rows:
            self.tables += 1
            self.out.table(self.rows, f"table {self.tables}")
            self.rows = []

    def finish(self) -> TextBuilder:
        if self.in_table and (self.row or self.cell.items):
            self.end_row()
        self.end_table()
        if "".join(self.pieces).strip():
            self.end_paragraph()
        return self.out

    # -- control words --

    def control(self, word: str, arg: int | None, group: _Group, first: bool) -> _Group:
        """Apply one control word; return the group's properties after it."""
        if first and word in SKIPPED_DESTINATIONS:
            return replace(group, skip=True)
        if first and word in LIST_LABELS:
            return replace(group, label=True)
        if group.skip:
            return group
        if word == "u" and arg is not None:
            self.emit_unicode(arg, group)
            self.skip_fallback = group.uc
        elif word == "uc" and arg is not None:
            return replace(group, uc=max(0, arg))
        elif word in ("v", "deleted"):
            return replace(group, hidden=arg != 0)
        elif word == "ansicpg" and arg:
            self.codec = known_codec(f"cp{arg}", self.codec)
        elif word in _CODE_PAGES:
            self.codec = _CODE_PAGES[word]
        elif word == "tab" and group.label:
            self.emit(" ", group)
        elif word in SYMBOLS:
            self.emit(SYMBOLS[word], group)
        elif word in ("par", "sect", "page"):
            self.end_paragraph()
        elif word == "pard":
            self.in_table, self.itap = False, 1
        elif word == "intbl":
            self.in_table = True
        elif word == "itap" and arg is not None:
            self.itap = arg
            self.in_table = arg > 0
        elif word == "cell":
            self.end_cell()
        elif word == "nestcell":
            self.cell.end_nested_cell(self.take())
        elif word == "nestrow":
            self.cell.end_nested_row()
        elif word == "row":
            self.end_row()
        return group

    def close_label(self) -> None:
        """A closed {\\listtext} group: "1.\\tab" becomes "1. ", a bullet glyph "- "."""
        label, self.label_pieces = "".join(self.label_pieces).strip(), []
        if label:
            self.pieces.append("- " if label in BULLET_GLYPHS else label + " ")


def known_codec(name: str, default: str) -> str:
    """`name` if Python can decode it, else `default` (a made-up \\ansicpg is not fatal)."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return default


def read_rtf(source: str) -> TextBuilder:
    """Parse RTF source (decoded as Latin-1, so each byte is one character)."""
    reader = _Reader()
    stack = [_Group()]
    first = False  # the next token is the first in its group (a destination's name)
    pos = 0
    while pos < len(source):
        match = _TOKEN.match(source, pos)
        pos = match.end()
        group = stack[-1]
        if match["hex"] is None:
            reader.decode_bytes(group)
        if match["word"]:
            word, arg = match["word"], match["arg"]
            number = int(arg) if arg is not None else None
            if word == "bin" and number:
                pos += number  # binary data: not text
            else:
                stack[-1] = reader.control(word, number, group, first)
        elif match["hex"]:
            reader.emit_byte(int(match["hex"], 16), group)
        elif match["symbol"]:
            symbol = match["symbol"]
            if symbol == "*" and first:
                name = re.match(r"\\([a-zA-Z]+)", source[pos:].lstrip())
                if not (name and name.group(1) in READ_IGNORABLE):
                    stack[-1] = replace(group, skip=True)
                first = True
                continue
            if symbol in "\r\n":  # a backslash ending a line is a \par
                stack[-1] = reader.control("par", None, group, first)
            else:
                reader.emit(CONTROL_SYMBOLS.get(symbol, ""), group)
        elif match["brace"] == "{":
            stack.append(group)
            reader.skip_fallback = 0
            first = True
            continue
        elif match["brace"] == "}":
            if group.label and not (len(stack) > 1 and stack[-2].label):
                reader.close_label()
            if len(stack) > 1:
                stack.pop()
            reader.skip_fallback = 0
        elif match["text"]:
            reader.emit(match["text"], group)
        first = False
    reader.decode_bytes(stack[-1])
    return reader.finish()


def ingest_rtf(path: Path, data: bytes, source_name: str) -> Document:
    """Read an RTF response into a `Document` with one page.

    `{\\rtf1\\ansi\\ansicpg1252 ... Q5 Annual cost: \\'a351,471,673\\par ...}` reads
    "Q5 Annual cost: £51,471,673"; a Word table reads one " | " line per row.
    """
    if not data.lstrip().startswith(b"{\\rtf"):
        raise IngestError(
            "is not an RTF file (it does not start with '{\\rtf')",
            path=str(path),
            hint="check the file's real format; rename it to .docx, .txt or .html to match")
    out = read_rtf(data.decode("latin-1"))
    text = out.text()
    if not text.strip():
        raise IngestError(
            "contains no text (only formatting, pictures or hidden text)", path=str(path),
            hint="check that the right file was saved; if the text is in an image, export "
                 "the document to PDF and OCR it")
    return Document(
        doc_id=document_id(data),
        source_file=source_name,
        format="rtf",
        text=text,
        pages=(Page(1, 0, len(text)),),
        blocks=tuple(out.blocks),
    )
