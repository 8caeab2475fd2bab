"""The frozen dataclasses that travel between stages, defined once.

A `Document` is the text of one input file with its pages; `QAPair` is one question and its
answer found in that text; `Found` is a raw typed candidate from a value parser; `Value` is
one canonical value of one field, with the `SourceRef` that proves it.

Text offsets are always offsets into `Document.text`, so that every value can be traced to
its characters: `doc.text[ref.char_start:ref.char_end] == value.evidence`.
"""
from __future__ import annotations

import bisect
import enum
from dataclasses import dataclass, field


class State(str, enum.Enum):
    """What kind of answer a question received (SPEC: value types, "state")."""

    ANSWERED = "answered"
    NOT_APPLICABLE = "not_applicable"
    NOT_HELD = "not_held"
    WITHHELD = "withheld"
    NOT_ANSWERED = "not_answered"
    SEE_OTHER = "see_other"


class Status(str, enum.Enum):
    """Whether a value can be used as it is, needs a person, or was set by one."""

    AUTO = "auto"
    REVIEW = "review"
    CORRECTED = "corrected"


class DocStatus(str, enum.Enum):
    OK = "ok"
    PARTIAL = "partial"
    FAILED = "failed"


@dataclass(frozen=True)
class OcrWord:
    """One word read by OCR, as a span of `Document.text`, with Tesseract's confidence in
    it (0-100; a crisp "2,146" reads about 96, a smudged "2,l46" about 60)."""

    char_start: int
    char_end: int
    confidence: float


@dataclass(frozen=True)
class Page:
    """One page (PDF) or the whole text (TXT/DOCX) as a span of `Document.text`.

    `number` is 1-based. `ocr` is true when the page text came from OCR; `ocr_words` are
    then the words Tesseract read, in text order, with their offsets in `Document.text`.
    """

    number: int
    char_start: int
    char_end: int
    ocr: bool = False
    ocr_words: tuple[OcrWord, ...] = ()

    def moved(self, by: int, number: int | None = None) -> "Page":
        """The same page `by` characters further on (its text placed after other text),
        renumbered when `number` is given; its OCR words move with it."""
        return Page(self.number if number is None else number, self.char_start + by,
                    self.char_end + by, self.ocr,
                    tuple(OcrWord(w.char_start + by, w.char_end + by, w.confidence)
                          for w in self.ocr_words))


@dataclass(frozen=True)
class Block:
    """A structural unit of the text with a human locator, e.g. a table cell.

    `locator` reads like "table 2 row 3 cell 2" or "paragraph 14"; it is how a reviewer
    finds the place in the original file.
    """

    char_start: int
    char_end: int
    locator: str


@dataclass(frozen=True)
class Document:
    """The text of one input file.

    Conventions every reader follows so that segmentation sees one shape of text:
    paragraphs end with "\\n"; a table row is one line with its cells joined by " | ";
    a blank line follows each table; Word's automatic list numbering is written out as the
    reader sees it ("1. ", "a) ").
    """

    doc_id: str  # sha256 of the file's bytes
    source_file: str
    format: str  # "txt", "pdf", "docx", ...
    text: str
    pages: tuple[Page, ...]
    blocks: tuple[Block, ...] = ()
    warnings: tuple[str, ...] = ()
    # a saved web page's <title> ("FOI/WAL/000842 ... | Walsall Council"): not part of the
    # text, but who published the page, which the respondent may be read from
    title: str = ""

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding `offset`, or None for a document without pages."""
        if not self.pages:
            return None
        starts = [p.char_start for p in self.pages]
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        return self.pages[i].number

    def locator_at(self, offset: int) -> str:
        """The locator of the innermost block holding `offset`, or ""."""
        best = ""
        best_len = None
        for b in self.blocks:
            if b.char_start <= offset < b.char_end:
                length = b.char_end - b.char_start
                if best_len is None or length < best_len:
                    best, best_len = b.locator, length
        return best

    def is_ocr(self, offset: int) -> bool:
        page = self.page_at(offset)
        return any(p.ocr for p in self.pages if p.number == page)

    def ocr_confidence(self, start: int, end: int) -> float | None:
        """The lowest Tesseract confidence of the OCR'd words overlapping [start, end), or
        None when no OCR'd word lies in the span (born-digital text, or a scan read
        before word confidences were kept).

        One doubtful word is enough to doubt a figure: "£48,270,000" read as one clean
        word and "2,l46" as one smudged word give 96 and 61.
        """
        lowest = None
        for page in self.pages:
            if not page.ocr_words or page.char_end <= start or page.char_start >= end:
                continue
            words = page.ocr_words
            i = bisect.bisect_right([w.char_end for w in words], start)
            for word in words[i:]:
                if word.char_start >= end:
                    break
                lowest = word.confidence if lowest is None else min(lowest, word.confidence)
        return lowest


@dataclass(frozen=True)
class SourceRef:
    """Where a value came from: file, page and characters of `Document.text`."""

    source_file: str
    page: int | None
    char_start: int
    char_end: int
    locator: str = ""


@dataclass(frozen=True)
class QAPair:
    """One question and its answer, as spans of the document text.

    `answer == doc.text[a_start:a_end]` always holds, so offsets found inside the answer
    map back to the document by adding `a_start`. An empty answer has a_start == a_end.
    `number` is the question label normalised to lower case without punctuation
    ("Q2a" -> "2a", "5(a)" -> "5a", "Question 3:" -> "3"), or "" when unnumbered.
    """

    index: int
    number: str
    question: str
    answer: str
    q_start: int
    q_end: int
    a_start: int
    a_end: int
    question_id: str = ""
    match_score: float = 0.0
    questionnaire: str = ""
    # True when the document names the question by its number ("Spend (Q5 to Q5c)") rather
    # than restating it: the number then matters more than the wording.
    by_reference: bool = False
    # how the answer was placed when it was not beside its question: "prose" for a sentence
    # of a reply written as prose that says the question's words (segment.prose)
    placement: str = ""

    @property
    def char_start(self) -> int:
        return min(self.q_start, self.a_start) if self.answer else self.q_start

    @property
    def char_end(self) -> int:
        return max(self.q_end, self.a_end)


@dataclass(frozen=True)
class Found:
    """A typed candidate a parser found in a piece of text.

    `start`/`end` are offsets in the text the parser was given; `value` is the parsed
    value (float for money/percent, int for counts, ISO string for dates, "YYYY/YY" for
    fiscal years); `unit` says what it is ("GBP", "GBP/week", "percent", ...); `flags`
    carry qualifiers such as "approx", "suppressed", "range", "month_precision".
    """

    value: object
    start: int
    end: int
    text: str
    unit: str = ""
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Value:
    """One canonical value of one field of one document (a row of `answers`)."""

    field: str
    question_id: str
    state: State
    value: str = ""
    value_num: float | None = None
    value_code: str = ""
    unit: str = ""
    item: int = 0
    confidence: float = 0.0
    status: Status = Status.REVIEW
    extractor: str = ""
    source: SourceRef | None = None
    evidence: str = ""
    flags: tuple[str, ...] = ()
    reasons: tuple[str, ...] = field(default=())
    original_value: str = ""
