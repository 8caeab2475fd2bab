"""Read Markdown responses (.md): the text a reader of the rendered page sees.

Disclosure logs published from a Git-based site, and replies drafted in a notes tool,
arrive as Markdown. Read line by line, keeping every line where it was:

- headings lose their `#` marks ("## Question 4" -> "Question 4"), and a setext
  heading's underline (`=====`, `-----`) is dropped;
- list items keep their numbers ("4. How many ...") and bullets become "- ", as the DOCX
  reader writes Word's bullets;
- a pipe table reads as the other readers' tables: one " | "-joined line per row, no
  outer pipes, without the `|---|:--:|` delimiter row, then a blank line;
- emphasis, inline code marks, links (`[text](url)` -> "text") and images
  (`![alt](src)` -> "alt") keep only their text; backslash escapes and HTML entities are
  resolved; a code fence's ``` lines are dropped and its lines kept;
- a block quote keeps its "> ", which the segmenter already reads as quoted text.

Each line is a `Block` located "line 12" in the Markdown file.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

from pipeline.errors import IngestError
from pipeline.ingest.layout import CELL_SEPARATOR, TextBuilder
from pipeline.ingest.text import ingest_text
from pipeline.model import Block, Document, Page

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_BULLET = re.compile(r"^(\s*)[-*+][ \t]+")
_DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)|\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\*)|(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE = re.compile(r"(`+)(.+?)\1")
_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<\"'])")


def inline_text(text: str) -> str:
    """Markdown inline marks taken away, the text kept.

    >>> inline_text("**Yes**, see [our policy](https://x.gov.uk/p) and `s.40(2)` \\\\*")
    'Yes, see our policy and s.40(2) *'
    """
    codes: list[str] = []

    def keep_code(m: re.Match) -> str:
        codes.append(m.group(2).strip())
        return f"\x00{len(codes) - 1}\x00"

    text = _CODE.sub(keep_code, text)  # nothing inside `code` is markup
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _BREAK_TAG.sub(" ", text)
    text = _TAG.sub("", text)
    for _ in range(2):  # ***both*** is strong around emphasis
        text = _STRONG.sub(r"\2", text)
        text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    text = _STRIKE.sub(r"\1", text)
    text = _ESCAPE.sub(r"\1", text)
    text = re.sub("\x00(\\d+)\x00", lambda m: codes[int(m.group(1))], text)
    return html.unescape(text)


def is_table_row(line: str) -> bool:
    """A pipe-table row: it starts with "|" or holds an unescaped " | "-like pipe."""
    stripped = line.strip()
    return stripped.startswith("|") or bool(re.search(r"(?<!\\)\|", stripped)) and "|" in stripped[1:-1]


def table_cells(line: str) -> list[str]:
    """The cells of a pipe-table row, without its outer pipes; an escaped `\\|` is a pipe
    inside a cell."""
    stripped = line.strip()
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|") and not stripped.endswith("\\|"):
        stripped = stripped[:-1]
    cells = re.split(r"(?<!\\)\|", stripped)
    return [inline_text(cell.strip()) for cell in cells]


def markdown_lines(text: str) -> list[tuple[int, str, str]]:
    """(source line number, kind, text) for each line: kind "text", "row" or "blank"."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the text ends with a line break, not with an empty line
    out: list[tuple[int, str, str]] = []
    fence = None
    for i, line in enumerate(lines):
        number = i + 1
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            else:
                out.append((number, "text", line))
            continue
        if m := _FENCE.match(line):
            fence = m.group(1)[0] * 3
            continue
        if not line.strip():
            out.append((number, "blank", ""))
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if _SETEXT.match(line) and out and out[-1][1] == "text":
            continue  # the underline of the heading above it
        if _RULE.match(line):
            out.append((number, "blank", ""))
            continue
        if m := _ATX.match(line):
            out.append((number, "text", inline_text(m.group(2) or "")))
            continue
        if _DELIMITER_ROW.match(line) and out and out[-1][1] == "row":
            continue  # |---|:--:| under the header row
        if is_table_row(line) and (_DELIMITER_ROW.match(following) or
                                   (out and out[-1][1] == "row")):
            out.append((number, "row", line))
            continue
        line = _BULLET.sub(lambda m: m.group(1) + "- ", line)
        out.append((number, "text", inline_text(line)))
    return out


def ingest_md(path: Path, data: bytes, source_name: str) -> Document:
    """Read a Markdown file into a `Document` with one page covering the text.

    "## Answers\\n\\n| No. | Question | Response |\\n|---|---|---|\\n| 4 | How many? | **1,588** |"
    reads "Answers", a blank line, "No. | Question | Response" and "4 | How many? | 1,588".
    """
    plain = ingest_text(path, data, source_name)  # encoding, NUL bytes, line breaks
    out = TextBuilder()
    in_table = False
    for number, kind, line in markdown_lines(plain.text):
        if kind == "row":
            cells = table_cells(line)
            row = CELL_SEPARATOR.join(cells).rstrip(" \t")
            start = out.write(row + "\n")
            out.blocks.append(Block(start, start + len(row), f"line {number}"))
            in_table = True
            continue
        if in_table:
            out.write("\n")  # a blank line after each table, as every reader writes
            in_table = False
            if kind == "blank":
                continue
        out.paragraph(line, f"line {number}")
    if in_table:
        out.write("\n")
    body = out.text()
    if not body.strip():
        raise IngestError("contains no text", path=str(path),
                          hint="check that the right file was saved")
    return Document(doc_id=plain.doc_id, source_file=source_name, format="md", text=body,
                    pages=(Page(1, 0, len(body)),), blocks=tuple(out.blocks),
                    warnings=plain.warnings)
