"""Render cleaned HTML as the shared text shape: what a person reading the page sees.

- Block elements (`<p>`, `<div>`, headings, list items...) are paragraphs; inline
  elements flow into them; runs of white space collapse to one space as in a browser;
  `<br>` is a line break and `<pre>` keeps its line breaks.
- `<ol>` items carry the number the browser draws ("1. ", "iv. "), honouring `start`,
  `reversed`, `type`, `value` and an inline `list-style-type`; `<ul>` items carry "- ".
- `<dl>` reads "Term: definition", so "Date responded" and its date share a line; a term
  that is a question (ends with "?" or ".", or runs past eight words) keeps its own line.
- A data table is one " | " line per row, a blank line after it; `colspan`/`rowspan`
  leave empty cells so that columns keep their places. A table used for page layout
  (`role="presentation"`, one column, or headings in its cells) is read as paragraphs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.ingest.layout import TextBuilder, flatten_cell, flatten_table
from pipeline.ingest.wordnumbering import format_number

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "header", "hgroup",
    "hr", "html", "legend", "li", "main", "menu", "ol", "p", "pre", "section", "summary",
    "table", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "tr", "td", "th",
})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
SKIPPED = frozenset({"del", "s", "strike", "rt", "rp"})  # struck-out text, ruby glosses
_SPACES = re.compile(r"[ \t\n\r\f]+")
_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*([a-z-]+)", re.IGNORECASE)
# HTML's type="a" and CSS names, as the numbering formats `format_number` knows.
_LIST_FORMATS = {
    "1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
    "I": "upperRoman", "decimal": "decimal", "lower-alpha": "lowerLetter",
    "lower-latin": "lowerLetter", "upper-alpha": "upperLetter", "upper-latin": "upperLetter",
    "lower-roman": "lowerRoman", "upper-roman": "upperRoman",
    "decimal-leading-zero": "decimalZero", "none": "none",
}
_BULLET_STYLES = {"disc", "circle", "square"}


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


@dataclass
class _List:
    """An `<ol>` or `<ul>` being rendered: how its items are labelled and counted."""

    number: int  # the list's place in the page, for locators
    ordered: bool
    fmt: str = "decimal"
    next_value: int = 1
    step: int = 1
    items: int = 0

    def label(self, li) -> str:
        """The marker for the next item, followed by a space ("" for list-style none)."""
        self.items += 1
        if self.fmt == "none":
            return ""
        if not self.ordered:
            return "- "
        value = _int(li.get("value"))
        if value is not None:
            self.next_value = value
        text = format_number(self.next_value, self.fmt)
        self.next_value += self.step
        return f"{text}. "


def list_style(element, ordered: bool) -> str:
    """The numbering format of a list, from `type=` or an inline `list-style-type`."""
    style = _LIST_STYLE.search(element.get("style", ""))
    if style:
        name = style.group(1).lower()
        if name in _BULLET_STYLES:
            return "bullet"
        if name in _LIST_FORMATS:
            return _LIST_FORMATS[name]
    kind = element.get("type")
    if ordered and kind in _LIST_FORMATS:
        return _LIST_FORMATS[kind]
    return "decimal" if ordered else "bullet"


def is_layout_table(table) -> bool:
    """True for a table that lays out a page rather than holding data."""
    if (table.get("role") or "").lower() in ("presentation", "none"):
        return True
    rows = table_row_elements(table)
    if all(len(row_cell_elements(tr)) <= 1 for tr in rows):
        return True
    return any(cell.xpath("boolean(.//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6)")
               for tr in rows for cell in row_cell_elements(tr))


def table_row_elements(table) -> list:
    return table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")


def row_cell_elements(tr) -> list:
    return tr.xpath("./td | ./th")


def table_grid(table, cell_text) -> list[list[str]]:
    """The table's rows of cell texts, with empty cells where spanned cells continue.

    `cell_text(td)` renders one cell. A cell with `rowspan="2"` leaves an empty cell
    under it in the next row, as a merged Word cell does, so columns line up.
    """
    rows: list[list[str]] = []
    pending: dict[int, int] = {}  # column -> rows still covered by a rowspan above
    for tr in table_row_elements(table):
        row: list[str] = []
        for td in row_cell_elements(tr):
            while pending.get(len(row)):
                pending[len(row)] -= 1
                row.append("")
            span = max(1, min(_int(td.get("colspan")) or 1, 100))
            down = max(1, min(_int(td.get("rowspan")) or 1, 1000))
            for extra in range(span):
                if down > 1:
                    pending[len(row)] = down - 1
                row.append(cell_text(td) if extra == 0 else "")
        while pending.get(len(row)):
            pending[len(row)] -= 1
            row.append("")
        rows.append(row)
    return rows


class _Renderer:
    """Walks an element tree once, writing paragraphs and tables into a `TextBuilder`.

    `flat_tables` is set when rendering a table cell: a nested table then reads as one
    run of text ("Health 46%; Education 54%"), since a row must stay on one line.
    """

    def __init__(self, out: TextBuilder, flat_tables: bool = False):
        self.out = out
        self.flat_tables = flat_tables
        self.pieces: list[tuple[str, bool]] = []  # (text, preformatted)
        self.label = ""  # list marker or "Term: " waiting for the paragraph's first text
        self.term = ""  # a <dt> not yet followed by its <dd>
        self.locators: list[str | None] = [None]
        self.counts = {"paragraph": 0, "heading": 0, "list": 0, "table": 0, "dl": 0}
        self.lists: list[_List] = []
        self.definition_items = 0
        self.pre = 0

    # -- paragraphs --

    def add(self, text: str | None) -> None:
        if text:
            self.pieces.append((text, self.pre > 0))

    def flush(self) -> None:
        """Write the inline text gathered so far as one paragraph."""
        text = collapse(self.pieces)
        self.pieces = []
        if not text.strip():
            return
        locator = self.locators[-1]
        if locator is None:
            self.counts["paragraph"] += 1
            locator = f"paragraph {self.counts['paragraph']}"
        self.out.paragraph(self.label + text, locator)
        self.label = ""

    def flush_term(self) -> None:
        """A <dt> with no <dd> after it is a paragraph of its own."""
        if self.term:
            self.pieces, self.term = [(self.term, False)], ""
            self.flush()

    # -- walking --

    def walk(self, element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in SKIPPED or not tag:
            return
        if tag == "br":
            self.pieces.append(("\n", True))
            return
        if tag not in BLOCK_TAGS:
            self.children(element)
            return
        self.flush()
        if tag == "table" and not is_layout_table(element):
            self.table(element)
        elif tag in ("ol", "ul", "menu", "dir"):
            self.list(element, ordered=tag == "ol")
        elif tag == "li":
            self.list_item(element)
        elif tag == "dl":
            self.definition_list(element)
        elif tag == "dt":
            self.definition_term(element)
        elif tag == "dd":
            self.definition(element)
        else:
            self.block(element, tag)
        self.flush()

    def children(self, element) -> None:
        self.add(element.text)
        for child in element:
            self.walk(child)
            self.add(child.tail)

    def block(self, element, tag: str) -> None:
        locator = self.locators[-1]
        if tag in HEADINGS:
            self.counts["heading"] += 1
            locator = f"heading {self.counts['heading']}"
        elif tag == "p" and locator is None:
            self.counts["paragraph"] += 1
            locator = f"paragraph {self.counts['paragraph']}"
        self.pre += tag == "pre"
        self.locators.append(locator)
        self.children(element)
        self.flush()
        self.locators.pop()
        self.pre -= tag == "pre"

    def list(self, element, ordered: bool) -> None:
        self.counts["list"] += 1
        fmt = list_style(element, ordered)
        items = element.findall("li")
        reversed_ = ordered and element.get("reversed") is not None
        start = _int(element.get("start"))
        if start is None:
            start = len(items) if reversed_ else 1
        self.lists.append(_List(self.counts["list"], ordered and fmt != "bullet", fmt,
                                start, -1 if reversed_ else 1))
        self.children(element)
        self.flush()
        self.lists.pop()

    def list_item(self, li) -> None:
        if not self.lists:  # an <li> outside any list still reads as a bullet
            self.lists.append(_List(0, ordered=False))
        current = self.lists[-1]
        self.label += current.label(li)
        self.locators.append(f"list {current.number} item {current.items}")
        self.children(li)
        self.flush()
        self.locators.pop()
        self.label = ""

    def definition_list(self, dl) -> None:
        self.counts["dl"] += 1
        outer = self.definition_items
        self.definition_items = 0
        self.children(dl)
        self.flush()
        self.flush_term()
        self.definition_items = outer

    def definition_term(self, dt) -> None:
        self.flush_term()
        self.definition_items += 1
        saved, self.pieces = self.pieces, []
        self.children(dt)
        self.term = collapse(self.pieces).strip()
        self.pieces = saved

    def definition(self, dd) -> None:
        if self.term and (self.term.rstrip().endswith(("?", ".")) or len(self.term.split()) > 8):
            self.flush_term()  # a question as the term: its own line, the answer below it
            self.flush()
        if self.term:
            self.label = self.term if self.term.endswith(":") else self.term + ":"
            self.label += " "
            self.term = ""
        self.locators.append(
            f"definition list {self.counts['dl']} item {max(1, self.definition_items)}")
        self.children(dd)
        self.flush()
        self.locators.pop()
        self.label = ""

    def table(self, table) -> None:
        self.counts["table"] += 1
        number = self.counts["table"]
        rows = table_grid(table, self.cell_text)
        if self.flat_tables:
            self.pieces.append((flatten_table(rows), False))
            return
        caption = table.find("caption")
        if caption is not None:
            self.locators.append(f"table {number} caption")
            self.children(caption)
            self.flush()
            self.locators.pop()
        self.out.table(rows, f"table {number}")

    def cell_text(self, cell) -> str:
        inner = _Renderer(TextBuilder(), flat_tables=True)
        inner.children(cell)
        inner.flush()
        inner.flush_term()
        return flatten_cell(inner.out.text().split("\n"))


def collapse(pieces: list[tuple[str, bool]]) -> str:
    """Inline pieces as a browser shows them: white space runs become one space, except
    in `<pre>` and at `<br>`, and spaces around line breaks go.

    >>> collapse([("Gross  cost\\n", False), ("\\n", True), (" £74,318,200 ", False)])
    'Gross cost\\n£74,318,200'
    """
    text = "".join(piece if pre else _SPACES.sub(" ", piece) for piece, pre in pieces)
    text = re.sub(r" *\n *", "\n", text)
    return text.strip(" \n")


def render_html(root) -> TextBuilder:
    """The text of `root` and everything in it, with a block per paragraph and cell."""
    renderer = _Renderer(TextBuilder())
    renderer.walk(root)
    renderer.flush()
    renderer.flush_term()
    return renderer.out
