"""Find counts in text: "1969", "1,969 individuals", "thirty-nine", "<5", "between 30 and 40".

A count is a whole number of things. Numbers that are something else are left alone:
money, percentages, dates, fiscal years, clock times, phone numbers, references
("FOI 12345"), section and question numbers ("s.117", "Q4"), list labels ("1."), codes
("K2") and years next to a month or "year".
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.extract.dates import find_dates, find_fiscal_years
from pipeline.extract.money import find_money
from pipeline.extract.percent import find_percents
from pipeline.extract.vocabulary import (Vocabulary, hedge_flags, load_vocabulary,
                                         word_alternation)
from pipeline.model import Found

YEARS = range(1900, 2101)  # a four-digit number in here may be a year
_CONTEXT = 40  # characters looked at either side of a number for its context
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
# Enough digits to be a UK phone number once the national "0" or "+44" is counted.
_PHONE_DIGITS = range(10, 14)


@dataclass(frozen=True)
class _Token:
    """One number as written, in digits or words."""

    start: int
    end: int
    value: int
    dashed: bool = False  # glued to another number by a dash: only valid inside a range


@dataclass(frozen=True)
class _Patterns:
    digits: re.Pattern
    number_word: re.Pattern
    nil: re.Pattern
    stop_phrase: re.Pattern
    whole_answer: re.Pattern
    code: re.Pattern
    phone: re.Pattern
    spelled_scale: re.Pattern
    excluded_prefix: re.Pattern
    list_label: re.Pattern
    month_before: re.Pattern
    month_after: re.Pattern
    year_before: re.Pattern
    year_after: re.Pattern
    time_after: re.Pattern
    suppressed_before: re.Pattern
    suppressed_after: re.Pattern
    range_gap: re.Pattern
    range_joiner: re.Pattern
    range_opener: re.Pattern
    noun_after: re.Pattern
    duration_after: re.Pattern


@functools.cache
def _patterns(vocab: Vocabulary) -> _Patterns:
    month = vocab.alt("months")
    supp = word_alternation(vocab.words("suppression", "symbols")
                            + vocab.words("suppression", "phrases"))
    spelled = [w for w in vocab.words("scales") if len(w) > 2]  # "thousand", not "k"
    return _Patterns(
        digits=vocab.regex(rf"(?<![\w.,£$€/:])(?P<num>{_DIGITS})(?![\w%]|[.,:/]\d)"),
        number_word=vocab.regex(rf"{word_alternation(vocab.words('number_words'))}|"
                                r"(?<![A-Za-z])and(?![A-Za-z])"),
        nil=vocab.regex(vocab.alt("nil_words")),
        stop_phrase=vocab.regex(vocab.alt("number_word_stop_phrases")),
        whole_answer=vocab.regex(
            rf"(?m)(?:^|(?<=\|))[^\S\n]*(?P<mark>{vocab.alt('suppression', 'whole_answer')})"
            r"[^\S\n]*(?=\||$)"),
        code=vocab.regex(r"[A-Za-z0-9]+(?:[-/_][A-Za-z0-9]+)+"),
        phone=vocab.regex(r"(?<![\w+])(?:\+44[^\S\n]?(?:\(0\)[^\S\n]?)?|\(?0)\d{2,5}\)?"
                          r"(?:[ \t\-]?\d{3,4}){1,2}(?!\d)"),
        spelled_scale=vocab.regex(rf"[^\S\n]+(?P<scale>{word_alternation(spelled)})"),
        excluded_prefix=vocab.regex(
            rf"{vocab.alt('count_excluded_prefixes')}\.?[^\S\n]*(?:no\.?[^\S\n]*)?[:#]?[^\S\n]*$"),
        list_label=vocab.regex(r"[^\S\n]*\(?"),
        month_before=vocab.regex(rf"{month}\.?,?[^\S\n]*$"),
        month_after=vocab.regex(rf"(?:st|nd|rd|th)?[^\S\n]*(?:of[^\S\n]+)?{month}"),
        year_before=vocab.regex(rf"{vocab.alt('year_context', 'before')}[^\S\n]*$"),
        year_after=vocab.regex(rf"[^\S\n]*{vocab.alt('year_context', 'after')}"),
        time_after=vocab.regex(rf"[^\S\n]*{vocab.alt('time_suffixes')}"),
        suppressed_before=vocab.regex(rf"{supp}[^\S\n]*$"),
        suppressed_after=vocab.regex(rf"[^\S\n]*{vocab.alt('suppression', 'after')}"),
        range_gap=vocab.regex(rf"[^\S\n]*{vocab.alt('ranges', 'connectors')}[^\S\n]*"),
        range_joiner=vocab.regex(rf"[^\S\n]*{vocab.alt('ranges', 'joiners')}[^\S\n]*"),
        range_opener=vocab.regex(rf"{vocab.alt('ranges', 'openers')}[^\S\n]+$"),
        noun_after=vocab.regex(
            rf"[^\S\n]+(?:{vocab.alt('count_noun_modifiers')}[^\S\n]+){{0,2}}"
            rf"(?P<noun>{vocab.alt('count_nouns')})"),
        duration_after=vocab.regex(rf"[^\S\n]*-?[^\S\n]*{vocab.alt('duration_units')}"),
    )


# --- numbers written in words --------------------------------------------------------------

def _kind(value: int | None) -> str:
    if value is None:
        return "and"
    if value < 20:
        return "unit"
    return "tens" if value < 100 else "hundred" if value == 100 else "thousand"


# Which kind of number word may follow which: "one hundred and twenty-three thousand".
_FOLLOWS = {
    "unit": {"hundred", "thousand"},
    "tens": {"unit", "thousand"},
    "hundred": {"unit", "tens", "thousand", "and"},
    "thousand": {"unit", "tens", "and"},
    "and": {"unit", "tens"},
}


@dataclass
class _WordRun:
    """A number being read word by word (mutable while reading, never returned)."""

    start: int
    end: int
    current: int
    last: str
    total: int = 0

    def token(self) -> _Token:
        return _Token(self.start, self.end, self.total + self.current)

    def accepts(self, kind: str, value: int | None) -> bool:
        if kind not in _FOLLOWS[self.last]:
            return False
        return not (kind == "unit" and self.last == "tens" and not 1 <= value <= 9)

    def add(self, kind: str, value: int | None, end: int) -> None:
        if kind in ("unit", "tens"):
            self.current += value
        elif kind == "hundred":
            self.current *= 100
        elif kind == "thousand":
            self.total, self.current = (self.total + self.current) * 1000, 0
        if kind != "and":
            self.end = end
        self.last = kind


def _word_numbers(text: str, vocab: Vocabulary, p: _Patterns) -> list[_Token]:
    """Numbers written in words; "twenty one", "thirty-nine", "one hundred and five"."""
    tokens, run, run_end = [], None, 0
    for m in p.number_word.finditer(text):
        value = None if m[0].lower() == "and" else vocab.number("number_words", m[0])
        kind = _kind(value)
        joined = run and re.fullmatch(r"[^\S\n]*-?[^\S\n]*", text[run_end:m.start()])
        if joined and run.accepts(kind, value):
            run.add(kind, value, m.end())
        else:
            if run:
                tokens.append(run.token())
            run = _WordRun(m.start(), m.end(), value, kind) if kind in ("unit", "tens") else None
        run_end = m.end()
    if run:
        tokens.append(run.token())
    stops = _mask(len(text), (m.span() for m in p.stop_phrase.finditer(text)))
    return [t for t in tokens
            if 1 not in stops[t.start:t.end] and not _in_name(text, t, vocab)
            and not re.match(r"-[A-Za-z]", text[t.end:t.end + 2])
            and not re.search(r"[A-Za-z]-$", text[max(0, t.start - 2):t.start])]


_WORD_BEFORE = re.compile(r"([A-Z][\w&'’-]*)[^\S\n]+$")


def _in_name(text: str, token: _Token, vocab: Vocabulary) -> bool:
    """A capitalised number word inside a name: "System One", "Channel Four", "Phase Two".

    A capitalised word before it that opens a sentence ("Yes One person", vocabulary
    `number_word_openers`) does not make a name.
    """
    if not text[token.start].isupper():
        return False
    word = _WORD_BEFORE.search(text, max(0, token.start - 40), token.start)
    return bool(word) and word.group(1).lower() not in vocab.words("number_word_openers")


# --- numbers written in digits -------------------------------------------------------------

def _digit_numbers(text: str, vocab: Vocabulary, p: _Patterns) -> list[_Token]:
    tokens = []
    for m in p.digits.finditer(text):
        number = m["num"]
        if len(number) > 1 and number.startswith("0"):
            continue  # "01375", "007": codes and phone numbers, never counts
        value, end = int(number.replace(",", "")), m.end()
        scale = p.spelled_scale.match(text, end)
        if scale:
            value, end = value * int(vocab.number("scales", scale["scale"])), scale.end()
        before = text[max(0, m.start() - 4):m.start()]
        dashed = bool(re.match(r"[^\S\n]*[-–—][^\S\n]*\d", text[end:end + 4])
                      or re.search(r"\d[^\S\n]*[-–—][^\S\n]*$", before))
        tokens.append(_Token(m.start(), end, value, dashed))
    return tokens


_DASH_AFTER = re.compile(r"[^\S\n]*[-–—][^\S\n]*\d")
_DASH_BEFORE = re.compile(r"(\d)[^\S\n]*[-–—][^\S\n]*$")


def _after_a_date(text: str, token: _Token, blocked: bytearray) -> bool:
    """True when the dash before a figure follows a date, not a number ("31 March 2024 - 268"):
    a label and its figure, not a range."""
    m = _DASH_BEFORE.search(text, max(0, token.start - 6), token.start)
    return m is not None and blocked[m.start(1)] == 1 and not _DASH_AFTER.match(text, token.end)


def _blocked(text: str, vocab: Vocabulary, p: _Patterns) -> bytearray:
    """1 at each character whose numbers are not counts: money, percentages, dates, codes,
    phone numbers."""
    spans = [(f.start, f.end) for finder in (find_money, find_percents, find_dates,
                                             find_fiscal_years) for f in finder(text, vocab=vocab)]
    spans += [m.span() for m in p.code.finditer(text)
              if re.search(r"[A-Za-z]", m[0]) and re.search(r"\d", m[0])]
    spans += [m.span() for m in p.phone.finditer(text)
              if len(re.sub(r"\D", "", m[0])) in _PHONE_DIGITS]
    return _mask(len(text), spans)


def _mask(length: int, spans) -> bytearray:
    mask = bytearray(length)
    for start, end in spans:
        mask[start:end] = b"\1" * (end - start)
    return mask


def _is_label(text: str, token: _Token, p: _Patterns) -> bool:
    """A number that names something rather than counting it."""
    before = text[max(0, token.start - _CONTEXT):token.start]
    after = text[token.end:token.end + _CONTEXT]
    if p.excluded_prefix.search(before) or p.time_after.match(after):
        return True
    if p.month_before.search(before) or p.month_after.match(after):
        return True
    line_start = text.rfind("\n", 0, token.start) + 1
    if (p.list_label.fullmatch(text, line_start, token.start) and token.value < 100
            and re.match(r"[.)][^\S\n]+\S", after)):
        return True  # "1. Please provide..." at the start of a line ("312. This is ..." counts)
    if token.value in YEARS and re.fullmatch(r"\d{4}", text[token.start:token.end]):
        year_like = p.year_before.search(before) or p.year_after.match(after)
        return bool(year_like) and not p.noun_after.match(after)
    return False


# --- assembling the counts -----------------------------------------------------------------

def _unit(text: str, end: int, p: _Patterns) -> str:
    noun = p.noun_after.match(text, end)
    return " ".join(noun["noun"].lower().split()) if noun else ""


def _ranges(text: str, tokens: list[_Token], vocab: Vocabulary, p: _Patterns):
    """Pairs of tokens read as a range, and the Found for each."""
    used, found = set(), []
    for lo, hi in zip(tokens, tokens[1:]):
        if lo.start in used:
            continue
        gap = text[lo.end:hi.start]
        opener = p.range_opener.search(text, max(0, lo.start - _CONTEXT), lo.start)
        if not (p.range_gap.fullmatch(gap) or (opener and p.range_joiner.fullmatch(gap))):
            continue
        used.update((lo.start, hi.start))
        if lo.value >= hi.value or (lo.value in YEARS and hi.value in YEARS):
            continue  # "2019-2025" is a span of years, "40-30" is not a range
        start = opener.start() if opener else lo.start
        flags = hedge_flags(vocab, text, start)
        found.append(Found(None, start, hi.end, text[start:hi.end], _unit(text, hi.end, p),
                           flags + ("range", f"range:{lo.value}-{hi.value}")))
    return used, found


def _count(text: str, token: _Token, vocab: Vocabulary, p: _Patterns) -> Found | None:
    before = text[max(0, token.start - _CONTEXT):token.start]
    suppressed = p.suppressed_before.search(before)
    if suppressed:
        start = token.start - (len(before) - suppressed.start())
        return Found(None, start, token.end, text[start:token.end], _unit(text, token.end, p),
                     ("suppressed", f"below:{token.value}"))
    at_most = p.suppressed_after.match(text, token.end)
    if at_most:
        return Found(None, token.start, at_most.end(), text[token.start:at_most.end()],
                     _unit(text, at_most.end(), p), ("suppressed", f"at_most:{token.value}"))
    if p.duration_after.match(text, token.end):
        return None  # "within 40 working days", "18 hours": a duration, never a count
    flags, unit_from = hedge_flags(vocab, text, token.start), token.end
    if text.startswith("+", token.end):
        flags, unit_from = flags + ("at_least",), token.end + 1  # "2,000+ clients"
    return Found(token.value, token.start, token.end, text[token.start:token.end],
                 _unit(text, unit_from, p), flags)


def find_counts(text: str, vocab: Vocabulary | None = None) -> list[Found]:
    """Every count in `text`, in order; value an int, unit the noun after it (or "").

    Suppressed counts ("<5", "fewer than ten", a lone "*") have value None and flags
    ("suppressed", "below:5"), or ("suppressed", "at_most:5") for "5 or fewer"; ranges
    ("between 30 and 40") have value None and flags ("range", "range:30-40"); "nil" and
    "none" are 0 flagged "nil". Example of messy input: "Q6 ... under s.117 ... ? 23 (K2,
    S1, R1)" gives only 23.
    """
    if not text:
        return []
    vocab = vocab or load_vocabulary()
    p = _patterns(vocab)
    blocked = _blocked(text, vocab, p)
    tokens = sorted(_digit_numbers(text, vocab, p) + _word_numbers(text, vocab, p),
                    key=lambda t: t.start)
    tokens = [t for t in tokens
              if 1 not in blocked[t.start:t.end] and not _is_label(text, t, p)]
    used, found = _ranges(text, tokens, vocab, p)
    found += [f for f in (_count(text, t, vocab, p) for t in tokens
                          if t.start not in used and not (t.dashed and not _after_a_date(text, t, blocked)))
              if f is not None]
    found += [Found(0, m.start(), m.end(), m[0], _unit(text, m.end(), p), ("nil",))
              for m in p.nil.finditer(text)]
    found += [Found(None, m.start("mark"), m.end("mark"), m["mark"], "",
                    ("suppressed",)) for m in p.whole_answer.finditer(text)]
    return sorted(found, key=lambda f: f.start)
