"""Build a document's text in the shared shape, with a `Block` for each paragraph and cell.

Every structured reader (DOCX, HTML, RTF, e-mail) ends up writing the same two things:
paragraphs, each ending with "\\n", and tables, one " | "-joined line per row followed by
a blank line. `TextBuilder` writes both and records where each piece landed, so the
offsets in `Block`s always agree with the text, whatever format it came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

from pipeline.ingest.text import normalise_text
from pipeline.model import Block

CELL_SEPARATOR = " | "
NESTED_ROW_SEPARATOR = "; "


def join_cells(cells: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """One table row as a line, with each cell's span in that line.

    >>> join_cells(["Q4", "", "1969"])
    ('Q4 |  | 1969', [(0, 2), (5, 5), (8, 12)])
    """
    spans, pos = [], 0
    for i, cell in enumerate(cells):
        if i:
            pos += len(CELL_SEPARATOR)
        spans.append((pos, pos + len(cell)))
        pos += len(cell)
    return CELL_SEPARATOR.join(cells), spans


def flatten_cell(pieces: Iterable[str]) -> str:
    """A cell's paragraphs on one line, joined by spaces, since a row must stay one line.

    >>> flatten_cell(["Ian Wake \\u2013", "", "Director of\\nAdult Social Services "])
    'Ian Wake \\u2013 Director of Adult Social Services'
    """
    flat = (normalise_text(piece).replace("\n", " ").strip() for piece in pieces)
    return " ".join(piece for piece in flat if piece)


def flatten_table(rows: Iterable[Sequence[str]]) -> str:
    """A table nested in a cell, as text for that cell: cells by spaces, rows by "; ".

    >>> flatten_table([["Health", "46%"], ["", ""], ["Education", "54%"]])
    'Health 46%; Education 54%'
    """
    lines = (flatten_cell(row) for row in rows)
    return NESTED_ROW_SEPARATOR.join(line for line in lines if line)


@dataclass
class TextBuilder:
    """The text being built, with the blocks that point into it."""

    parts: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    pos: int = 0

    def write(self, text: str) -> int:
        """Append raw text; return the offset where it starts."""
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return start

    def paragraph(self, text: str, locator: str) -> None:
        """One paragraph, normalised, ending with "\\n"; a block when it has any text."""
        text = normalise_text(text)
        start = self.write(text + "\n")
        if text.strip():
            self.blocks.append(Block(start, start + len(text), locator))

    def table(self, rows: Iterable[Sequence[str]], locator: str) -> None:
        """Each row one line of " | "-joined cells, then a blank line.

        `locator` names the table ("table 2"); rows and cells are numbered from 1 as they
        are in the source, so a row left out because all its cells are empty keeps the
        numbers of the rows after it where a reviewer will find them.
        """
        wrote = False
        for row_no, cells in enumerate(rows, start=1):
            if not any(cells):
                continue
            line, spans = join_cells(list(cells))
            start = self.write(line.rstrip(" \t") + "\n")
            wrote = True
            for cell_no, (a, b) in enumerate(spans, start=1):
                if a < b:
                    self.blocks.append(
                        Block(start + a, start + b, f"{locator} row {row_no} cell {cell_no}"))
        if wrote:
            self.write("\n")

    def extend(self, text: str, blocks: Iterable[Block], prefix: str = "") -> int:
        """Append text built elsewhere with its blocks shifted to their new place.

        `prefix` goes in front of every locator ("attachment reply.pdf "). Returns the
        offset where the text starts.
        """
        start = self.write(text)
        self.blocks.extend(Block(b.char_start + start, b.char_end + start, prefix + b.locator)
                           for b in blocks)
        return start

    def text(self) -> str:
        return "".join(self.parts)
