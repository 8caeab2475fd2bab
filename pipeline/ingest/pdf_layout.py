"""Where the words of a PDF page go: lines, column gutters, running headers and footers.

`pdf_chars` gives every word with its position; plain `extract_text` sorts the words of a
page top to bottom, which reads two side-by-side columns (a borderless question/answer
table, a two-column leaflet) line by line across both of them. This module works on the
positions instead:

- `group_lines` puts the words that share a baseline into one `TextLine`.
- `find_gutter_regions` finds runs of lines that share a vertical strip no word crosses:
  the gap between two table columns, or between two columns of text.
- `reading_order_of_columns` reads such a region column by column.
- `running_line_keys` / `is_page_number` find the headers and footers that repeat at the
  top or bottom of every page ("OFFICIAL", "Page 2 of 3", the letterhead) so that they do
  not land in the middle of an answer that runs over a page break; `detached_head` finds
  a header that only one page has.
- `continues_paragraph` tells whether the first line of a page carries on the paragraph
  the previous page ended with.

Everything here is pure: positions in, positions out. Coordinates are PDF points with
`top` measured from the top of the page, as pdfplumber gives them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Iterable, NamedTuple, Sequence

# Words whose tops differ by less than this (points) sit on one line; the same tolerance
# pdfplumber's own text extraction uses.
LINE_TOLERANCE = 3.0

# The narrowest strip (points) that counts as a gutter between columns. Word's default
# cell margins leave about 11 pt between the text of neighbouring cells; a justified
# line's widest word space is rarely above 8 pt, and never at the same x on three lines.
MIN_GUTTER = 9.0

# A region needs this many lines before its gutter means anything: two lines of loose
# justified prose can share a wide space by chance.
MIN_REGION_LINES = 3

# A vertical gap larger than this many line heights ends a region: what follows (a footer,
# a new section) is not part of the table or columns above it.
MAX_REGION_GAP = 2.5

# A region taller than this share of the page, with no table rows, is read as columns of
# text: a gutter that runs down a good part of the page, not a short address block.
COLUMN_REGION_MIN_HEIGHT = 0.3
COLUMN_MIN_LINES = 5
COLUMN_MIN_WORDS = 4  # median words per line: running text, not labels or numbers

# Headers and footers live in the first and last few lines of a page, within this share
# of the page height from its edge.
RUNNING_ZONE_LINES = 3
RUNNING_ZONE_HEIGHT = 0.15
# ... and at the same height on every page, give or take this many points (a scan's skew).
RUNNING_POSITION_TOLERANCE = 6.0

# Layout labels that open a new item rather than continue a sentence: "4.", "Q4", "4)",
# "(b)", "b)", bullets. Structural, like a margin; question wordings live in rules/.
_ITEM_LABEL = re.compile(
    r"^(?:q(?:uestion)?\s*\d+[a-z]?\b"  # Q4, Question 4
    r"|\d{1,3}[a-z]?[.)]"  # 4. 4a) 12.
    r"|\(?[a-z]\)|\([ivx]+\)"  # (b) b) (iv)
    r"|[•▪◦·*–-]\s)",  # bullets and dashes
    re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.?!:;][\"'”’)\]]*$")
_PAGE_NUMBER = re.compile(
    r"^(?:-\s*)?(?:page\s+)?(?P<n>\d+)(?:\s*(?:of|/)\s*\d+)?(?:\s*-)?$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


class Word(NamedTuple):
    """One word with its box on the page (points; `top` from the top edge).

    `confidence` is Tesseract's (0-100) for a word read by OCR, None for the text layer's.
    A named tuple: a page has hundreds of words and a tuple is the cheapest to build.
    """

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    confidence: float | None = None

    @property
    def middle(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True)
class TextLine:
    """Words on one baseline, left to right."""

    words: tuple[Word, ...]

    # The words never change, so each measure is worked out once (`cached_property`
    # writes to the instance's __dict__, which a frozen dataclass allows).
    @cached_property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @cached_property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @cached_property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @cached_property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @cached_property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @cached_property
    def spans(self) -> tuple[tuple[float, float], ...]:
        """The stretches of x the line's words cover, with the gaps narrower than a
        gutter filled in: a gap no wider than `MIN_GUTTER` on this line can never be
        part of a gutter, so `interior_gutters` of many lines finds the same gutters
        from these few spans as from every word."""
        words = sorted((w.x0, w.x1) for w in self.words)
        spans = []
        start, reach = words[0]
        for x0, x1 in words[1:]:
            if x0 - reach >= MIN_GUTTER:
                spans.append((start, reach))
                start = x0
            reach = max(reach, x1)
        spans.append((start, reach))
        return tuple(spans)


@dataclass(frozen=True)
class GutterRegion:
    """Consecutive lines split into columns by gutters no word crosses.

    `boundaries` are the x positions (the gutters' middles) between columns, left to
    right, so a region with one gutter has two columns.
    """

    lines: tuple[TextLine, ...]
    boundaries: tuple[float, ...]

    @property
    def top(self) -> float:
        return self.lines[0].top

    @property
    def bottom(self) -> float:
        return max(line.bottom for line in self.lines)

    def column_of(self, word: Word) -> int:
        """The 0-based column a word belongs to, by its middle."""
        return sum(1 for b in self.boundaries if word.middle > b)

    def column_of_span(self, x0: float, x1: float) -> int | None:
        """The 0-based column holding the whole of [x0, x1], or None when it crosses a gutter."""
        if any(x0 < b < x1 for b in self.boundaries):
            return None
        return sum(1 for b in self.boundaries if x0 >= b)


def group_lines(words: Iterable[Word]) -> list[TextLine]:
    """Words grouped into lines top to bottom, each line left to right.

    A word joins the line whose first word's top is within `LINE_TOLERANCE` of its own,
    so a superscript or a slightly lower bold run stays on its line.
    """
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and word.top - lines[-1][0].top <= LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [TextLine(tuple(sorted(ws, key=lambda w: w.x0))) for ws in lines]


def interior_gutters(lines: Sequence[TextLine]) -> list[tuple[float, float]]:
    """The strips at least `MIN_GUTTER` wide, between the lines' leftmost and rightmost
    words, that no word of any line covers.

    >>> a = TextLine((Word("1.", 60, 70, 100, 110), Word("Yes", 300, 320, 100, 110)))
    >>> b = TextLine((Word("Contact details", 60, 200, 112, 122),))
    >>> interior_gutters([a, b])
    [(200, 300)]
    """
    spans = sorted(span for line in lines for span in line.spans)
    gutters = []
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= MIN_GUTTER:
            gutters.append((reach, x0))
        reach = max(reach, x1)
    return gutters


def find_gutter_regions(lines: Sequence[TextLine]) -> list[GutterRegion]:
    """Maximal runs of at least `MIN_REGION_LINES` consecutive lines that share a gutter.

    A run grows line by line while some gutter survives; a full-width prose line, or a
    gap of more than `MAX_REGION_GAP` line heights, ends it. A single prose line never
    starts a region: the spaces between its words are narrower than a gutter. Lines just
    above a region that keep clear of its gutters (the rest of an answer cell carried
    over from the previous page, beside an empty question cell) join it afterwards:
    lines on one side of a gutter cannot show it by themselves.
    """
    runs: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(lines) + 1):
        if i < len(lines) and not _breaks_run(lines[start:i], lines[i]):
            continue
        run = _trim_run(lines, start, i)
        if run is not None:
            runs.append(run)
        start = i
    regions = []
    floor = 0
    for start, end in runs:
        gutters = interior_gutters(lines[start:end])
        while start > floor and _extends_back(lines[start - 1], lines[start], gutters):
            start -= 1
        regions.append(GutterRegion(tuple(lines[start:end]),
                                    tuple((a + b) / 2 for a, b in gutters)))
        floor = end
    return regions


def _breaks_run(run: Sequence[TextLine], line: TextLine) -> bool:
    if _too_far(run[-1], line):
        return True
    return not interior_gutters([*run, line])


def _too_far(above: TextLine, below: TextLine) -> bool:
    return below.top - above.bottom > MAX_REGION_GAP * max(above.height, below.height)


def _extends_back(line: TextLine, below: TextLine, gutters) -> bool:
    return not _too_far(line, below) and not any(
        w.x0 < b and w.x1 > a for w in line.words for a, b in gutters)


def _trim_run(lines: Sequence[TextLine], start: int, end: int) -> tuple[int, int] | None:
    """The run `lines[start:end]` without the lines at its ends that hide a gutter, or
    None when it is too short or has no gutter.

    A title just above a three-column table shares only one of its two gutters and so
    joins the run; without it the run has both, so the title is left out.
    """
    def gutters(a: int, b: int) -> int:
        return len(interior_gutters(lines[a:b]))

    while end - start > MIN_REGION_LINES and gutters(start + 1, end) > gutters(start, end):
        start += 1
    while end - start > MIN_REGION_LINES and gutters(start, end - 1) > gutters(start, end):
        end -= 1
    if end - start < MIN_REGION_LINES or not gutters(start, end):
        return None
    return start, end


def column_fragments(region: GutterRegion, line: TextLine) -> dict[int, TextLine]:
    """The words of `line` in each column of `region` that has any, as lines."""
    by_column: dict[int, list[Word]] = {}
    for word in line.words:
        by_column.setdefault(region.column_of(word), []).append(word)
    return {column: TextLine(tuple(words)) for column, words in by_column.items()}


def is_column_layout(region: GutterRegion, page_height: float) -> bool:
    """True when a region that is not a table reads as columns of running text.

    It must be tall (a two-column page, not a letter's address block beside its
    reference block) and every column must hold several lines of text: a column of list
    numbers or of form labels paired with values is read line by line instead.
    """
    if region.bottom - region.top < COLUMN_REGION_MIN_HEIGHT * page_height:
        return False
    words_per_line: list[list[int]] = [[] for _ in range(len(region.boundaries) + 1)]
    for line in region.lines:
        for column, fragment in column_fragments(region, line).items():
            words_per_line[column].append(len(fragment.words))
    return all(len(counts) >= COLUMN_MIN_LINES and _median(counts) >= COLUMN_MIN_WORDS
               for counts in words_per_line)


_NUMBERED_ITEM = re.compile(r"^(?:(?:q(?:uestion)?\s*)?\d{1,2}[a-z]?[.)]\s+[A-Z][\w'’-]*(?:\s+\S+){2}"
                            r"|q(?:uestion)?\.?\s*\d{1,2}[a-z]?\s*[:–—-]\s+[A-Z][\w'’-]*\s+\S)", re.IGNORECASE)


def questions_in_every_column(region: GutterRegion) -> bool:
    """True when numbered items ("7. Do you refer to ...", "Question 5 – Yearly spend") open
    lines in every column: a
    letter printed in two columns of running text, each holding questions and answers, not
    a question/answer table (whose numbered questions all stand in one column)."""
    counts = [0] * (len(region.boundaries) + 1)
    for line in region.lines:
        for column, fragment in column_fragments(region, line).items():
            counts[column] += bool(_NUMBERED_ITEM.match(fragment.text))
    return all(n >= 2 for n in counts)


def reading_order_of_columns(region: GutterRegion, inserts: Sequence[tuple[int, float, object]] = ()) -> list:
    """The region's lines read down the first column, then down the next, and so on.
    `inserts`: (column, top, item) read in their column where they stand (ruled tables)."""
    columns: list[list[tuple[float, object]]] = [[] for _ in range(len(region.boundaries) + 1)]
    for line in region.lines:
        for column, fragment in sorted(column_fragments(region, line).items()):
            columns[column].append((fragment.top, fragment))
    for column, top, item in inserts:
        columns[column].append((top, item))
    if inserts:
        for column in columns:
            column.sort(key=lambda entry: entry[0])
    return [item for column in columns for _, item in column]


def running_key(text: str) -> str:
    """A line's text with digits and case ironed out, so "Page 2 of 3" on page 2 and
    "Page 3 of 3" on page 3 compare equal.

    >>> running_key("FOI  Ref 2024/0877 - page 2")
    'foi ref #/# - page #'
    """
    return _DIGITS.sub("#", " ".join(text.split()).lower())


def edge_lines(lines: Sequence[TextLine], page_height: float) -> tuple[list[int], list[int]]:
    """Indexes of the lines that may be a header (top) or footer (bottom) of their page.

    A candidate is one of the first or last `RUNNING_ZONE_LINES` lines and lies within
    `RUNNING_ZONE_HEIGHT` of the page's top or bottom edge.
    """
    zone = RUNNING_ZONE_HEIGHT * page_height
    head = [i for i in range(min(RUNNING_ZONE_LINES, len(lines))) if lines[i].bottom <= zone]
    tail = [i for i in range(max(0, len(lines) - RUNNING_ZONE_LINES), len(lines))
            if lines[i].top >= page_height - zone and i not in head]
    return head, tail


def running_line_keys(pages: Sequence[tuple[Sequence[TextLine], float]]) -> set[tuple[str, str]]:
    """("head" or "foot", key) of the lines that repeat at the same place on two pages.

    `pages` holds each page's lines in reading order with the page's height. A header
    repeats in the head zone and a footer in the foot zone, at the same height within
    `RUNNING_POSITION_TOLERANCE`: the last line of one page that happens to read like the
    first line of the next ("Answer: see Question 5.") is body text, not a header.
    """
    seen: dict[tuple[str, str], list[tuple[int, float]]] = {}
    for number, (lines, height) in enumerate(pages):
        head, tail = edge_lines(lines, height)
        for zone, indexes in (("head", head), ("foot", tail)):
            for i in indexes:
                key = (zone, running_key(lines[i].text))
                seen.setdefault(key, []).append((number, lines[i].top))
    return {key for key, places in seen.items() if _repeats_in_place(places)}


def _repeats_in_place(places: list[tuple[int, float]]) -> bool:
    return any(p != q and abs(a - b) <= RUNNING_POSITION_TOLERANCE
               for i, (p, a) in enumerate(places) for q, b in places[i + 1:])


def detached_head(lines: Sequence[TextLine], page_height: float) -> int:
    """How many of the first lines form a block in the page's head zone set apart from
    what follows by a wide gap: a header printed on this page only (Word's "different
    first page" leaves page 2 of a two-page reply with a header of its own)."""
    zone = RUNNING_ZONE_HEIGHT * page_height
    for i in range(min(RUNNING_ZONE_LINES, len(lines) - 1)):
        if lines[i].bottom > zone:
            break
        if _too_far(lines[i], lines[i + 1]):
            return i + 1
    return 0


def is_page_number(text: str, page_number: int) -> bool:
    """True for a page-number line: "Page 2 of 3", "2 of 3", "- 2 -", or a bare "2".

    A bare number counts only when it is this page's number, so an answer such as
    "1969" at the foot of a page is kept.

    >>> is_page_number("Page 2 of 3", 2), is_page_number("1969", 2), is_page_number("2", 2)
    (True, False, True)
    """
    match = _PAGE_NUMBER.match(text.strip())
    if match is None:
        return False
    bare = match.group(0).strip(" -").isdigit()
    return not bare or int(match.group("n")) == page_number


def continues_paragraph(last_line: str, first_line: str) -> bool:
    """True when `first_line` (top of a page) carries on `last_line` (foot of the one
    before), so the page break must not become a paragraph break.

    >>> continues_paragraph("funded jointly with the", "ICB under section 117.")
    True
    >>> continues_paragraph("Date of response: 18 April 2024", "Q4 How many packages?")
    False
    """
    first, last = first_line.strip(), last_line.strip()
    if not first or not last:
        return False
    if first[0].islower():
        return True
    return not _SENTENCE_END.search(last) and not _ITEM_LABEL.match(first)


def starts_with_item_label(text: str) -> bool:
    """True when a line opens with a list label such as "4.", "Q4", "(b)" or a bullet."""
    return bool(_ITEM_LABEL.match(text.strip()))


def _median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]
