"""Find amounts of money (GBP) in text, exact to the penny.

Reads "£51,471,673.00", "£1.6m", "£2.3 million", "£31,848.11pw", "GBP 5,000", "5,000 pounds"
and bare "1,656,101.72"; never a plain "2024" or "39" unless the caller says the text is a
table cell under a "£000" heading (`scale=1000`). Qualifiers travel as flags: the period
("weekly", "annual", ...), "approx", "at_least", "no_symbol", "thousands", "negative".
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from pipeline.extract.dates import find_dates, find_fiscal_years
from pipeline.extract.percent import find_percents
from pipeline.extract.vocabulary import (Vocabulary, hedge_flags, load_vocabulary,
                                         word_alternation)
from pipeline.model import Found
from pipeline.segment.lines import TABLE_SEP

UNIT = "GBP"
PENNY = Decimal("0.01")
NEARBY_CURRENCY = 80  # a bare "c. 7.6 m" is money only with a £ this close on its line
_PERIOD_WINDOW = 90  # characters before an amount searched for "weekly cost of"
_SCALE_FLAGS = {1000: "thousands", 1_000_000: "millions"}
# An amount of this many digits before the point or more (a thousand trillion pounds) is
# not read as money: no response states one, a float cannot hold it to the penny, and past
# 26 digits Decimal's quantize to the penny raises. Its text stays in the answer.
MAX_AMOUNT_DIGITS = 15


def _number(name: str) -> str:
    """A number with optional thousands commas and decimals, not part of a longer number."""
    return (rf"(?P<{name}>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
            rf"(?!\d|[.,]\d)")


@dataclass(frozen=True)
class _Patterns:
    symbol: re.Pattern  # "£1.6m", "-£500", "GBP 5,000"
    suffix: re.Pattern  # "5,000 pounds", "2.5 million pounds"
    bare_pence: re.Pattern  # "1,656,101.72"
    bare_scaled: re.Pattern  # "7.6 m" (with a £ nearby)
    bare_any: re.Pattern  # "47,862" in a £000 table
    currency: re.Pattern
    count_noun_after: re.Pattern
    period_attached: re.Pattern
    period_before: re.Pattern
    period_after: re.Pattern
    thousands_heading: re.Pattern
    millions_heading: re.Pattern
    wrapped_scale: re.Pattern


@functools.cache
def _patterns(vocab: Vocabulary) -> _Patterns:
    scale = vocab.alt("scales")
    prefix, suffix = vocab.alt("currency", "prefix"), vocab.alt("currency", "suffix")
    groups = "|".join(rf"(?P<{name}>{vocab.alt('periods', name)})"
                      for name in vocab.data["periods"])
    free = r"(?<![\w.,£/\-])"
    return _Patterns(
        symbol=vocab.regex(
            rf"(?:(?<![\w.,\-−])(?P<sign>[-−]))?(?P<cur>{prefix})[^\S\n]*{_number('num')}"
            rf"(?:[^\S\n]*(?P<scale>{scale}))?"),
        suffix=vocab.regex(
            rf"{free}{_number('num')}[^\S\n]*(?:(?P<scale>{scale})[^\S\n]*)?(?P<cur>{suffix})"),
        bare_pence=vocab.regex(rf"{free}(?P<num>\d{{1,3}}(?:,\d{{3}})+\.\d{{2}})(?!\d|[.,]\d)"),
        bare_scaled=vocab.regex(rf"{free}{_number('num')}[^\S\n]*(?P<scale>{scale})"),
        bare_any=vocab.regex(rf"{free}{_number('num')}(?![A-Za-z%])"),
        currency=vocab.regex(word_alternation(
            vocab.words("currency", "prefix") + vocab.words("currency", "suffix"))),
        count_noun_after=vocab.regex(rf"[^\S\n]*{vocab.alt('count_nouns')}"),
        period_attached=vocab.regex(rf"[^\S\n]*(?:\n[^\S\n]*)?(?:{groups})"),
        # "weekly cost of", "the current weekly value of ICB contributions to these 276
        # packages is £61,240.50": within the sentence, a few words (figures too) between
        period_before=vocab.regex(
            rf"(?:{groups})(?:[^\S\n]+[\w'’]+){{0,9}}[^\S\n]*[:\-–]?[^\S\n]*$"),
        period_after=vocab.regex(rf"(?:[^\S\n]+[A-Za-z]+){{1,2}}[^\S\n]+(?:{groups})"),
        thousands_heading=vocab.regex(vocab.alt("currency", "thousands_headings")),
        millions_heading=vocab.regex(vocab.alt("currency", "millions_headings")),
        # a spelled scale word carried over a line break ("£18.9\nmillion")
        wrapped_scale=vocab.regex(rf"[^\S\n]*\n[^\S\n]*(?P<scale>"
                                  rf"{word_alternation([w for w in vocab.words('scales') if len(w) > 2])})\b"),
    )


def heading_scale(heading: str, vocab: Vocabulary | None = None) -> int:
    """The multiplier a table heading puts on the figures under it: 1000, 1000000 or 1.

    Example of messy input: "Spend 2022/23 (£'000)" -> 1000; "Cost £m" -> 1000000.
    """
    p = _patterns(vocab or load_vocabulary())
    if p.thousands_heading.search(heading or ""):
        return 1000
    if p.millions_heading.search(heading or ""):
        return 1_000_000
    return 1


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    number: str
    scale_word: str | None
    flags: tuple[str, ...]
    negative: bool = False


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def _period(text: str, start: int, end: int, p: _Patterns) -> tuple[str, ...]:
    """The period attached to an amount: right after it, then before it, then a word or two
    after it ("£2210k average weekly cost")."""
    line_start, line_end = _line_bounds(text, start, end)
    # an amount that ends its line may have its period at the next line's start (a wrap)
    reach = line_end + _PERIOD_WINDOW if not text[end:line_end].strip() else line_end
    match = (p.period_attached.match(text, end, min(len(text), reach))
             or p.period_before.search(text, max(line_start, start - _PERIOD_WINDOW), start)
             or p.period_after.match(text, end, line_end))
    if not match:
        return ()
    return tuple(name for name, value in match.groupdict().items() if value)[:1]


def _currency_nearby(text: str, start: int, end: int, p: _Patterns) -> bool:
    line_start, line_end = _line_bounds(text, start, end)
    return bool(p.currency.search(text, max(line_start, start - NEARBY_CURRENCY),
                                  min(line_end, end + NEARBY_CURRENCY)))


def _hits(text: str, p: _Patterns, scale: int) -> list[_Hit]:
    """Candidate amounts from each pattern, most certain first."""
    hits = []
    for m in p.symbol.finditer(text):
        end, scale_word = m.end(), m["scale"]
        wrapped = None if scale_word else p.wrapped_scale.match(text, end)
        if wrapped:  # "£18.9" at a line's end, "million" at the next line's start
            end, scale_word = wrapped.end(), wrapped["scale"]
        hits.append(_Hit(m.start(), end, m["num"], scale_word, (), bool(m["sign"])))
    for m in p.suffix.finditer(text):
        hits.append(_Hit(m.start(), m.end(), m["num"], m["scale"], ()))
    for m in p.bare_pence.finditer(text):
        hits.append(_Hit(m.start(), m.end(), m["num"], None, ("no_symbol",)))
    for m in p.bare_scaled.finditer(text):
        if (_currency_nearby(text, m.start(), m.end(), p)
                and not p.count_noun_after.match(text, m.end())):
            hits.append(_Hit(m.start(), m.end(), m["num"], m["scale"], ("no_symbol",)))
    if scale != 1:
        for m in p.bare_any.finditer(text):
            hits.append(_Hit(m.start(), m.end(), m["num"], None, ("no_symbol",)))
    return hits


def _pounds(number: str, factor: Decimal) -> Decimal | None:
    """The amount to the penny, or None when it is absurd (MAX_AMOUNT_DIGITS or more)."""
    amount = Decimal(number.replace(",", "")) * factor
    if amount.adjusted() >= MAX_AMOUNT_DIGITS:
        return None
    return amount.quantize(PENNY, ROUND_HALF_UP)


def find_money(text: str, scale: int = 1, vocab: Vocabulary | None = None) -> list[Found]:
    """Every amount of money in `text`, in order; value in pounds (float, to the penny).

    `scale` is the multiplier of a table heading such as "£000" (see `heading_scale`):
    with it, bare numbers count as money too and amounts without a scale word of their own
    are multiplied and flagged "thousands". Example of messy input:
    "£1,656,101.72 (£31,848.11pw)" gives 1656101.72 and 31848.11 flagged `weekly`; an
    absurd "£999999999999999999999999999" gives nothing (see MAX_AMOUNT_DIGITS).
    """
    if not text:
        return []
    if scale <= 0:
        raise ValueError(f"scale must be positive, got {scale!r}")
    vocab = vocab or load_vocabulary()
    p = _patterns(vocab)
    taken = bytearray(len(text))  # 1 where an amount (or, in a table, a non-amount) lies
    if scale != 1:  # dates, fiscal years and percentages are never money, even in £000
        for finder in (find_dates, find_fiscal_years, find_percents):
            for f in finder(text, vocab=vocab):
                taken[f.start:f.end] = b"\1" * (f.end - f.start)
    found = []
    for hit in _hits(text, p, scale):
        if 1 in taken[hit.start:hit.end] or re.match(r"0\d", hit.number):
            continue  # overlaps a surer reading; or "£000", a heading rather than £0
        taken[hit.start:hit.end] = b"\1" * (hit.end - hit.start)
        factor = vocab.number("scales", hit.scale_word) if hit.scale_word else Decimal(scale)
        amount = _pounds(hit.number, factor)
        if amount is None:
            continue  # "£1000000000000000000000000000": no amount a person would believe
        flags = (_period(text, hit.start, hit.end, p) + hedge_flags(vocab, text, hit.start)
                 + hit.flags)
        if not hit.scale_word and scale != 1:
            flags += (_SCALE_FLAGS.get(scale, "scaled"),)
        if hit.negative:
            amount, flags = -amount, flags + ("negative",)
        found.append(Found(float(amount), hit.start, hit.end, text[hit.start:hit.end], UNIT,
                           flags))
    return sorted(found, key=lambda f: f.start)


def find_money_under_headings(text: str, vocab: Vocabulary | None = None) -> list[Found]:
    """Amounts in an answer that may state its unit once: "All figures are £000." or a
    table heading "Spend (£'000)" scales every figure from that line on.

    Figures before the heading's line are read as written. Example of messy input:
    "Figures in £'000: 2023/24 gross contribution 18,442." gives 18442000.0 flagged
    `thousands` (the fiscal year is never money).
    """
    if not text:
        return []
    vocab = vocab or load_vocabulary()
    p = _patterns(vocab)
    heads = [(m.start(), 1000) for m in p.thousands_heading.finditer(text)]
    heads += [(m.start(), 1_000_000) for m in p.millions_heading.finditer(text)]
    if not heads:
        return find_money(text, vocab=vocab)
    at, scale = min(heads)
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    heading = text[line_start:line_end]
    if TABLE_SEP in heading:
        columns = {i for i, (cell, _) in enumerate(_cells(heading))
                   if p.thousands_heading.search(cell) or p.millions_heading.search(cell)}
        return (find_money(text[:line_start], vocab=vocab)
                + _money_in_columns(text, line_start, columns, scale, vocab))
    scaled = [replace(f, start=f.start + line_start, end=f.end + line_start)
              for f in find_money(text[line_start:], scale=scale, vocab=vocab)]
    return find_money(text[:line_start], vocab=vocab) + scaled




def _cells(line: str) -> list[tuple[str, int]]:
    """The cells of a table row with their offsets in the row."""
    out, pos = [], 0
    for cell in line.split(TABLE_SEP):
        out.append((cell, pos))
        pos += len(cell) + len(TABLE_SEP)
    return out


def _money_in_columns(text: str, start: int, columns: set[int], scale: int,
                      vocab: Vocabulary) -> list[Found]:
    """Amounts from the table whose header row starts at `start`: a "£000" header cell
    scales only its own column ("Year | Packages | Spend (£000)": 412 packages stay a
    count); the table ends at its first line without cells, and text after it is read as
    written."""
    found, pos, in_table = [], start, True
    for line in text[start:].split("\n"):
        if in_table and TABLE_SEP in line:
            for i, (cell, offset) in enumerate(_cells(line)):
                at = pos + offset
                found += [replace(f, start=f.start + at, end=f.end + at)
                          for f in find_money(cell, scale=scale if i in columns else 1, vocab=vocab)]
        else:
            in_table = False
            found += [replace(f, start=f.start + pos, end=f.end + pos)
                      for f in find_money(line, vocab=vocab)]
        pos += len(line) + 1
    return found
