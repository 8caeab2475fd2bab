"""Find percentages in text: "3.10%", "4.5 per cent", "46 percent", "40-50%"."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from pipeline.extract.vocabulary import (HEDGE_WINDOW, Vocabulary, hedge_flags,
                                         load_vocabulary, word_alternation)
from pipeline.model import Found
from pipeline.spans import SpanSet

MAX_PERCENT = Decimal(100)  # a share of a whole; "150% increase" is not a split
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


@dataclass(frozen=True)
class _Patterns:
    percent: re.Pattern
    opened_range: re.Pattern  # "between 20% and 80%", "from 10 to 15 per cent"
    at_most: re.Pattern


@functools.cache
def _patterns(vocab: Vocabulary) -> _Patterns:
    word = vocab.alt("percent_words")
    dash = vocab.alt("ranges", "connectors")
    upper = word_alternation(vocab.words("suppression", "symbols")
                             + vocab.words("suppression", "phrases"))
    return _Patterns(
        percent=vocab.regex(
            rf"(?:(?<![\w.,£])(?P<lo>{_NUMBER})[^\S\n]*(?:{word})?[^\S\n]*{dash}[^\S\n]*)?"
            rf"(?<![\w.,£])(?P<num>{_NUMBER})[^\S\n]*(?P<word>{word})"),
        opened_range=vocab.regex(
            rf"(?<![\w.,£]){vocab.alt('ranges', 'openers')}[^\S\n]+(?P<lo>{_NUMBER})[^\S\n]*"
            rf"(?:{word})?[^\S\n]*{vocab.alt('ranges', 'joiners')}[^\S\n]*"
            rf"(?P<num>{_NUMBER})[^\S\n]*(?P<word>{word})"),
        at_most=vocab.regex(rf"{upper}[^\S\n]*$"),
    )


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _hedges(vocab: Vocabulary, text: str, start: int, p: _Patterns) -> tuple[str, ...]:
    """The shared hedges, plus "at_most" for "less than 5%" (a bound, not suppression)."""
    flags = hedge_flags(vocab, text, start)
    if p.at_most.search(text, max(0, start - HEDGE_WINDOW), start):
        flags += ("at_most",)
    return flags


def find_percents(text: str, vocab: Vocabulary | None = None) -> list[Found]:
    """Every percentage (0-100) in `text`, in order; value a float, unit "percent".

    Example of messy input: "46% health 54% social care" gives 46.0 and 54.0; "c. 12.5 %"
    gives 12.5 flagged `approx`; "40-50%" and "between 40% and 50%" give value None flagged
    `range`, `range:40-50`.
    """
    if not text:
        return []
    vocab = vocab or load_vocabulary()
    p = _patterns(vocab)
    found = []
    opened = [m for m in p.opened_range.finditer(text)]
    in_range = SpanSet(o.span() for o in opened)
    for m in [*opened, *p.percent.finditer(text)]:
        if m.re is p.percent and in_range.holds(m.start()):
            continue  # "80%" of "between 20% and 80%" is the range's upper end
        value = _number(m["num"])
        flags = _hedges(vocab, text, m.start(), p)
        if m["lo"]:
            low = _number(m["lo"])
            if not low < value <= MAX_PERCENT:
                continue
            found.append(Found(None, m.start(), m.end(), m[0], "percent",
                               flags + ("range", f"range:{low:f}-{value:f}")))
        elif value <= MAX_PERCENT:
            found.append(Found(float(value), m.start(), m.end(), m[0], "percent", flags))
    return sorted(found, key=lambda f: f.start)
