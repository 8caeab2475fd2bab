"""Find dates (UK day-first) and fiscal years in text.

`find_dates` gives ISO dates ("2024-04-18"), or "YYYY-MM" flagged `month_precision` when
only a month is written ("March 2023"). `find_fiscal_years` gives "YYYY/YY" ("2022/23")
for the UK public-sector year, 1 April to 31 March.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from pipeline.extract.vocabulary import Vocabulary, load_vocabulary
from pipeline.model import Found

FISCAL_YEAR_START = (4, 1)  # 1 April
FISCAL_YEAR_END = (3, 31)  # 31 March
_MIN_YEAR, _MAX_YEAR = 1900, 2100
_ORDINAL = r"(?:st|nd|rd|th)"


@dataclass(frozen=True)
class _DateHit:
    start: int
    end: int
    year: int
    month: int
    day: int | None  # None: month precision
    flags: tuple[str, ...] = ()

    @property
    def iso(self) -> str:
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True)
class _Patterns:
    day_month_year: re.Pattern
    month_day_year: re.Pattern
    numeric: re.Pattern
    iso: re.Pattern
    month_year: re.Pattern
    fy_numeric: re.Pattern
    fy_labelled: re.Pattern
    fy_connector: re.Pattern
    fy_year_end: re.Pattern


@functools.cache
def _patterns(vocab: Vocabulary) -> _Patterns:
    month, weekday = vocab.alt("months"), vocab.alt("weekdays")
    wd = rf"(?:(?P<wd>{weekday})\.?,?\s+(?:the\s+)?)?"
    label = vocab.alt("fiscal_year", "labels")
    return _Patterns(
        day_month_year=vocab.regex(
            rf"{wd}(?<![\w.,/£])(?P<d>\d{{1,2}}){_ORDINAL}?(?:\s+of)?[\s\-]+(?P<m>{month})\.?,?"
            rf"[\s\-]+(?P<y>\d{{4}}(?!\d)|\d{{2}}(?![\d:]))(?![.,/]\d)"),
        month_day_year=vocab.regex(
            rf"{wd}(?P<m>{month})\.?\s+(?P<d>\d{{1,2}}){_ORDINAL}?,?\s+(?P<y>\d{{4}})(?![\d:])"),
        numeric=vocab.regex(
            r"(?<![\d/.\-£])(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)"
            r"(?P<y>\d{4}|\d{2})(?!\d|[/.\-]\d)"),
        iso=vocab.regex(
            r"(?<![\d/.\-])(?P<y>\d{4})(?P<sep>[\-/])(?P<m>\d{2})(?P=sep)(?P<d>\d{2})"
            r"(?!\d|[/.\-]\d)"),
        month_year=vocab.regex(
            rf"(?P<m>{month})\.?(?:,?\s+|\s*-\s*)(?P<y>\d{{4}})(?![\d/]|-\d)"
            rf"|(?P<m2>{month})-(?P<y2>\d{{2}})(?![\d/]|-\d)"),
        fy_numeric=vocab.regex(
            r"(?<![\d/.,£\-])(?P<y1>(?:19|20)\d{2})\s*(?:/|-|–|—)\s*(?P<y2>\d{4}|\d{2})"
            r"(?![\d%]|[/.\-]\d)"),
        fy_labelled=vocab.regex(
            rf"{label}\s*(?:of\s+)?:?\s*{_year_pair('y1', 'y2')}"
            rf"|(?<![\d/.,£\-]){_year_pair('z1', 'z2')}\s+{label}"),
        fy_connector=vocab.regex(
            rf"\s*(?:{vocab.alt('fiscal_year', 'date_connectors')})\s*"),
        fy_year_end=vocab.regex(rf"(?:{vocab.alt('fiscal_year', 'year_end_phrases')})\s*:?\s*$"),
    )


def _year_pair(first: str, second: str) -> str:
    """Two years joined by a slash, dash or "to", as named groups: "2022 to 2023", "22/23"."""
    return (rf"(?P<{first}>\d{{4}}|\d{{2}})\s*(?:/|-|–|—|\bto\b)\s*"
            rf"(?P<{second}>\d{{4}}|\d{{2}})(?![\d%]|[/.\-]\d)")


def _year(text: str) -> int:
    """Two-digit years are this century: "24" -> 2024."""
    return 2000 + int(text) if len(text) == 2 else int(text)


def _make_hit(vocab: Vocabulary, match, year: int, month: int, day: int | None,
              weekday: str | None) -> _DateHit | None:
    """A hit for a real calendar date, or None (31/02/2023, year 1066)."""
    if not _MIN_YEAR <= year <= _MAX_YEAR or not 1 <= month <= 12:
        return None
    flags: tuple[str, ...] = ()
    if day is None:
        flags = ("month_precision",)
    else:
        try:
            date = dt.date(year, month, day)
        except ValueError:  # not a calendar date: skipped, as the contract says
            return None
        if weekday and vocab.number("weekdays", weekday) != date.weekday():
            flags = ("weekday_mismatch",)
    return _DateHit(match.start(), match.end(), year, month, day, flags)


def _keep_longest(hits):
    """Drop hits overlapping an earlier or longer one; the rest in order of position."""
    kept, kept_end = [], 0
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if hit.start >= kept_end:
            kept.append(hit)
            kept_end = hit.end
    return kept


_HITS: list = [None, {}]  # (vocabulary, text -> its hits): answers are read for dates and years
HITS_KEPT = 512
HITS_CHARS = 5000  # a longer text is read each time, not kept


def _date_hits(text: str, vocab: Vocabulary) -> tuple[_DateHit, ...]:
    """Every date in `text` (`find_dates`); the last texts' are kept, as the same answer
    is asked for its dates and for its fiscal years."""
    if _HITS[0] is not vocab:
        _HITS[:] = [vocab, {}]
    kept = _HITS[1]
    found = kept.get(text)
    if found is None:
        found = tuple(_read_date_hits(text, vocab))
        if len(text) <= HITS_CHARS:
            if len(kept) >= HITS_KEPT:
                kept.clear()
            kept[text] = found
    return found


def _read_date_hits(text: str, vocab: Vocabulary) -> list[_DateHit]:
    p = _patterns(vocab)
    hits = []

    def add(m, year, month, day, weekday=None):
        hit = _make_hit(vocab, m, year, month, day, weekday)
        if hit:
            hits.append(hit)

    for m in p.day_month_year.finditer(text):
        add(m, _year(m["y"]), vocab.number("months", m["m"]), int(m["d"]), m["wd"])
    for m in p.month_day_year.finditer(text):
        add(m, int(m["y"]), vocab.number("months", m["m"]), int(m["d"]), m["wd"])
    for m in p.numeric.finditer(text):
        # "1.2.23" is more often a paragraph number than a date: dots need dd.mm or yyyy.
        if m["sep"] == "." and len(m["y"]) == 2 and (len(m["d"]) < 2 or len(m["m"]) < 2):
            continue
        add(m, _year(m["y"]), int(m["m"]), int(m["d"]))
    for m in p.iso.finditer(text):
        add(m, int(m["y"]), int(m["m"]), int(m["d"]))
    for m in p.month_year.finditer(text):
        if m["m"]:
            add(m, int(m["y"]), vocab.number("months", m["m"]), None)
        else:
            add(m, _year(m["y2"]), vocab.number("months", m["m2"]), None)
    return _keep_longest(hits)


def find_dates(text: str, vocab: Vocabulary | None = None) -> list[Found]:
    """Every date in `text`, in order, as ISO text; UK day-first, two-digit years 20YY.

    Example of messy input: "As at 18th April 24 we have" -> Found("2024-04-18", text=
    "18th April 24"); "March 2023" -> "2023-03" flagged `month_precision`; "31/02/2023"
    is skipped.
    """
    if not text:
        return []
    return [Found(h.iso, h.start, h.end, text[h.start:h.end], "date", h.flags)
            for h in _date_hits(text, vocab or load_vocabulary())]


def _fiscal(y1: int, y2_text: str) -> str | None:
    """"YYYY/YY" when the second year follows the first, else None."""
    y2 = int(y2_text)
    follows = y2 == y1 + 1 if len(y2_text) == 4 else y2 == (y1 + 1) % 100
    if not follows or not _MIN_YEAR <= y1 < _MAX_YEAR:
        return None
    return f"{y1}/{(y1 + 1) % 100:02d}"


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    value: str


def _is_fy_start(hit: _DateHit) -> bool:
    return (hit.month, hit.day or 1) == FISCAL_YEAR_START


def _is_fy_end(hit: _DateHit) -> bool:
    return (hit.month, hit.day or 31) == FISCAL_YEAR_END


def _from_dates(text: str, vocab: Vocabulary, p: _Patterns) -> list[_Span]:
    """"1 April 2022 - 31 March 2023", "April 2022 to March 2023", "year ending 31 March 2023"."""
    spans = []
    hits = _date_hits(text, vocab)
    for first, second in zip(hits, hits[1:]):
        if (_is_fy_start(first) and _is_fy_end(second) and second.year == first.year + 1
                and p.fy_connector.fullmatch(text, first.end, second.start)):
            spans.append(_Span(first.start, second.end, _fiscal(first.year, str(second.year))))
    for hit in hits:
        if hit.day is None or not _is_fy_end(hit):
            continue
        before = p.fy_year_end.search(text, max(0, hit.start - 40), hit.start)
        if before:
            spans.append(_Span(before.start(), hit.end, _fiscal(hit.year - 1, str(hit.year))))
    return spans


def find_fiscal_years(text: str, vocab: Vocabulary | None = None) -> list[Found]:
    """Every UK fiscal year in `text`, in order, as "YYYY/YY"; the years must follow on.

    Example of messy input: "spend for FY 2022-23 (1 April 2022 - 31 March 2023)" gives
    "2022/23" twice; "2022/24" and a plain "2023" give nothing.
    """
    if not text:
        return []
    vocab = vocab or load_vocabulary()
    p = _patterns(vocab)
    spans = []
    for m in p.fy_labelled.finditer(text):
        y1, y2 = (m["y1"], m["y2"]) if m["y1"] else (m["z1"], m["z2"])
        if len(y1) == 2 and len(y2) == 4:
            continue
        value = _fiscal(_year(y1), y2)
        if value:
            spans.append(_Span(m.start(), m.end(), value))
    for m in p.fy_numeric.finditer(text):
        value = _fiscal(int(m["y1"]), m["y2"])
        if value:
            spans.append(_Span(m.start(), m.end(), value))
    spans += _from_dates(text, vocab, p)
    return [Found(s.value, s.start, s.end, text[s.start:s.end], "fiscal_year")
            for s in _keep_longest(spans) if s.value]
