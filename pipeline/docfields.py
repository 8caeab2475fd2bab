"""Document-level fields found in the whole text: the FOI reference and the response date.

Letters carry several references and dates (the requester's reference; dates received,
responded, published); these functions pick the one the contract asks for and say, in
the flags, when the choice was a fallback ("unlabelled", "requester_reference", "inferred").
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass

from pipeline.extract.dates import find_dates
from pipeline.extract.vocabulary import Vocabulary, load_vocabulary, normalise_word
from pipeline.model import Found
from pipeline.segment.lines import TABLE_SEP
from pipeline.spans import SpanSet

TOP_CHARS = 1500  # "near the top": an unlabelled reference or date line must start here
LABEL_REACH = 60  # characters after a label in which its value must start
GENERIC_REACH = 6  # ... and after a bare "Date:", which must be followed by the date itself
_TRIM = ".,;:)]"
_SPACE = re.compile(r"\s*")
_LABEL_PADDING = re.compile(r"[^\S\n]*:?[^\S\n]*")  # "Date:           2 July 2024"
# a body's initials before a reference: "RBG", "WY ICB", "LBB-", and mixed case "BwD"
_CAPS = r"(?-i:(?:[A-Z](?:[a-z]?[A-Z]){1,5}|[A-Z][a-z]{1,3}[A-Z]{2,4})(?:-[A-Z]{2,6})?)"  # ... "SomICB"


@dataclass(frozen=True)
class _Patterns:
    reference_label: re.Pattern
    generic_reference_label: re.Pattern
    requester_label: re.Pattern
    reference_value: re.Pattern
    standalone_reference: re.Pattern
    date_label: re.Pattern
    generic_date_label: re.Pattern
    midline_date_label: re.Pattern
    not_date_label: re.Pattern
    not_references: frozenset


@functools.cache
def _patterns(vocab: Vocabulary) -> _Patterns:
    labels = lambda group: vocab.alt("labels", group)  # noqa: E731
    prefixes = vocab.alt("reference_prefixes")
    return _Patterns(
        reference_label=vocab.regex(rf"(?P<label>{labels('foi_reference')})"),
        generic_reference_label=vocab.regex(rf"(?P<label>{labels('foi_reference_generic')})"),
        requester_label=vocab.regex(rf"(?P<label>{labels('foi_reference_requester')})"),
        reference_value=vocab.regex(
            r"[^\S\n]*(?:(?:no\.?|number)(?![A-Za-z]))?[^\S\n]*(?:[:#|\-–.][^\S\n]*){0,2}"
            r"(?:\n[^\S\n]*)?"
            # "RBG FOI 24-1183", "WY ICB FOI 2024/1190", "SMBC 4417852": a body's capitals
            # before the prefix or number
            rf"(?P<value>(?:{_CAPS}[^\S\n]+(?=\d)"
            rf"|(?:{_CAPS}[^\S\n]+){{0,3}}(?={prefixes}){prefixes}[^\S\n]*[-/_:#]?[^\S\n]*"
            rf"(?:{_CAPS}[^\S\n]+(?=\d))?)?"  # "FOI BSW 24-211"
            r"[A-Za-z0-9][\w/\-.]*)"),
        # "FOI 12345", "LBB-FOI-24-5522", "FOI-BHCC-8841"
        standalone_reference=vocab.regex(
            rf"(?<![\w/-])(?P<value>(?:{_CAPS}-)?{prefixes}(?:-{_CAPS}(?=-))?[^\S\n]*[-/_:#]?[^\S\n]*\d[\w/\-.]*)"),
        date_label=vocab.regex(rf"(?P<label>{labels('response_date')})"),
        generic_date_label=vocab.regex(
            rf"(?m)^[^\S\n]*(?:\|[^\S\n]*)?(?P<label>{labels('response_date_generic')})"),
        # "Plough Lane  Date 2 December 2024": a letterhead's columns read as one line
        # ... and "Our ref: BwD FOI 11842 Date: 15/02/2024" (after a number, with its colon)
        midline_date_label=vocab.regex(r"(?:(?<=[^\W\d])|(?<=\d)(?=[^\S\n]+(?-i:Date):))[^\S\n]+"
                                       r"(?P<label>(?-i:Date))[^\S\n]*:?[^\S\n]*(?=\d)"),
        not_date_label=vocab.regex(labels("not_response_date")),
        not_references=frozenset(normalise_word(w)
                                 for w in vocab.words("reference_not_references")),
    )


def _rank(vocab: Vocabulary, groups: tuple[str, ...], label: str) -> int:
    """The place of `label` in the label lists of rules/vocabulary.yaml: earlier wins."""
    words = [normalise_word(w) for group in groups for w in vocab.words("labels", group)]
    return words.index(normalise_word(label))


def _overlaps(start: int, end: int, spans: SpanSet) -> bool:
    return spans.overlaps(start, end)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _label_alone(text: str, label_start: int, label_end: int) -> bool:
    """True when a label is all its line holds (a flattened table cell or form row), so its
    value may sit on the next line."""
    line_start = text.rfind("\n", 0, label_start) + 1
    return not (text[line_start:label_start] + text[label_end:_line_end(text, label_end)]
                ).strip(" \t:|-–#")


def _reference_after(text: str, label, p: _Patterns) -> Found | None:
    """The reference written right after a label match, if it has a digit."""
    m = p.reference_value.match(text, label.end())
    if not m:
        return None
    value = m["value"].rstrip(_TRIM)
    if not re.search(r"\d", value) or normalise_word(value) in p.not_references:
        return None
    if "\n" in text[label.end():m.start("value")] and not _label_alone(
            text, label.start(), label.end()):
        return None  # "...your FOI request\n2023 figures": a sentence, not a label
    start = m.start("value")
    return Found(value, start, start + len(value), value, "foi_reference")


def find_foi_reference(text: str, vocab: Vocabulary | None = None) -> Found | None:
    """The request's reference as written ("FOI-2024-0012", "EIR/23/456"), or None.

    Labelled references win ("Our ref:" before "Reference:", which counts only near the
    top), then a token such as "FOI 12345" near the top (flag "unlabelled"), then the
    requester's own reference (flag "requester_reference"). Example of messy input:
    "Your ref: ABC/1\\nOur ref: FOI 12345." gives "FOI 12345".
    """
    if not text:
        return None
    vocab = vocab or load_vocabulary()
    p = _patterns(vocab)
    theirs = SpanSet(m.span() for m in p.requester_label.finditer(text))
    groups = ("foi_reference", "foi_reference_generic")
    labels = list(p.reference_label.finditer(text))
    labels += p.generic_reference_label.finditer(text, 0, TOP_CHARS)
    best = None  # (rank, Found)
    for m in labels:
        if _overlaps(m.start(), m.end(), theirs):
            continue  # "reference" inside "Your reference"
        found = _reference_after(text, m, p)
        rank = _rank(vocab, groups, m["label"])
        if found and (best is None or rank < best[0]):
            best = (rank, found)
    if best:
        return best[1]
    for m in p.standalone_reference.finditer(text, 0, TOP_CHARS):
        value = m["value"].rstrip(_TRIM)
        if normalise_word(value) not in p.not_references:
            return Found(value, m.start(), m.start() + len(value), value, "foi_reference",
                         ("unlabelled",))
    for m in p.requester_label.finditer(text):
        found = _reference_after(text, m, p)
        if found:
            return Found(found.value, found.start, found.end, found.text, found.unit,
                         ("requester_reference",))
    return None


def _date_after(text: str, label, dates: list[Found], bad: SpanSet, reach: int,
                starts: list[int] | None = None) -> Found | None:
    """The first date starting within `reach` characters after a label match, on the
    label's line, or on the next non-empty line when the label stands alone on its line.

    `starts` (the dates' offsets, ascending) lets a long text with many labels and dates
    look up the first date after each label instead of scanning them all.
    """
    # "Date:           2 July 2024": a form's label padded to a column; the reach starts
    # after the padding (and any colon), on the same line
    end = _LABEL_PADDING.match(text, label.end()).end()
    line_end = _line_end(text, end)
    if _label_alone(text, label.start("label"), end):
        end = _SPACE.match(text, line_end).end()
        line_end = _line_end(text, end)
    first = bisect.bisect_left(starts, end) if starts is not None else 0
    for date in itertools.islice(dates, first, None):
        if starts is not None and date.start >= min(line_end, end + reach + 1):
            return None  # dates in order: no later one starts inside the reach either
        if end <= date.start < min(line_end, end + reach + 1):
            if _overlaps(end, date.start, bad):
                return None  # "Date sent to us (received): 1 April" is not the reply's
            return _stacked(text, label, date, dates, bad, line_end)
    return None


def _stacked(text: str, label, date: Found, dates: list[Found], bad: SpanSet, line_end: int) -> Found | None:
    """The date of `label` when a table cell stacks several labels over a cell stacking their
    dates ("Date received: Date of response: | 11 March 2024 8 April 2024", two PDF table
    rows read as one line): the k-th label takes the k-th date. None when that cannot be told."""
    cell_start = max(text.rfind(TABLE_SEP, 0, label.start("label")) + len(TABLE_SEP),
                     text.rfind("\n", 0, label.start("label")) + 1)
    before = text[cell_start:label.start("label")]
    if TABLE_SEP not in text[label.end():date.start] or not before.strip():
        return date
    k = sum(1 for pos in range(cell_start, label.start("label")) if bad.holds(pos) and not bad.holds(pos - 1))
    if k == 0:
        return date
    on_line = [d for d in dates if date.start <= d.start < line_end]
    return on_line[k] if len(on_line) > k else None


def _later_of_pair(text: str, dates: list[Found], p: _Patterns) -> Found | None:
    """A heading line near the top holding a received (or request) date and one other full
    date, their labels in a row above or before them ("Date | Request received | 14 February
    2025 16 January 2025"): the later date, as a reply never precedes its request."""
    for date in dates:
        if date.start >= TOP_CHARS:
            break
        line_start = text.rfind("\n", 0, date.start) + 1
        line_end = _line_end(text, date.end)
        on_line = [d for d in dates if line_start <= d.start < line_end
                   and "month_precision" not in d.flags]
        if len(on_line) != 2 or on_line[0] is not date:
            continue
        if not p.not_date_label.search(text, line_start, line_end):
            continue
        later = max(on_line, key=lambda d: d.value)
        return Found(later.value, later.start, later.end, later.text, later.unit,
                     later.flags + ("inferred",))
    return None


def _unlabelled_date(text: str, dates: list[Found], p: _Patterns) -> Found | None:
    """A full date standing alone on a line near the top, as under a letter's address."""
    for date in dates:
        if date.start >= TOP_CHARS:
            break
        line_start = text.rfind("\n", 0, date.start) + 1
        line = text[line_start:_line_end(text, date.end)]
        rest = line.replace(date.text, "", 1)
        previous = text[:line_start].rstrip().rsplit("\n", 1)[-1]
        if ("month_precision" in date.flags or rest.strip(" \t,.|")
                or p.not_date_label.search(previous)):
            continue  # a sentence, a month, or the value of a "Received:" line above
        return Found(date.value, date.start, date.end, date.text, date.unit,
                     date.flags + ("unlabelled",))
    return None


def find_response_date(text: str, vocab: Vocabulary | None = None) -> Found | None:
    """The date the response was sent, as a `find_dates` Found, or None.

    Labelled dates win ("Date of response:", "Date sent:", then "Date:" starting a line);
    then, flagged "inferred", a capitalised "Date" amid a heading line's other text or the
    later of a received date and another date on one heading line; then a date alone on a
    line near the top (flag "unlabelled"). Dates labelled received,
    request or published are never chosen. Example of messy input: "Date received: 1 April
    2024 | Date responded: 18 April 2024" gives "2024-04-18".
    """
    if not text:
        return None
    vocab = vocab or load_vocabulary()
    p = _patterns(vocab)
    dates = find_dates(text, vocab=vocab)
    # "Your ref: FOI request\nDate: 14 March 2024": a label never runs across a line break
    bad = SpanSet(m.span() for m in p.not_date_label.finditer(text) if "\n" not in m.group(0))
    starts = [d.start for d in dates]
    if starts != sorted(starts):  # find_dates gives dates in text order; if not, scan them all
        starts = None
    groups = ("response_date", "response_date_generic")
    labels = [(m, LABEL_REACH) for m in p.date_label.finditer(text)]
    labels += [(m, GENERIC_REACH) for m in p.generic_date_label.finditer(text)]
    best = None  # (rank, Found)
    for m, reach in labels:
        if _overlaps(m.start("label"), m.end("label"), bad):
            continue  # "date" inside "Date received"
        found = _date_after(text, m, dates, bad, reach, starts)
        rank = _rank(vocab, groups, m["label"])
        if found and (best is None or rank < best[0]):
            best = (rank, found)
    if best:
        return best[1]
    for m in p.midline_date_label.finditer(text, 0, TOP_CHARS):
        if not _overlaps(m.start("label"), m.end("label"), bad):
            found = _date_after(text, m, dates, bad, GENERIC_REACH, starts)
            if found and "month_precision" not in found.flags:
                return Found(found.value, found.start, found.end, found.text, found.unit,
                             found.flags + ("inferred",))
    return _later_of_pair(text, dates, p) or _unlabelled_date(text, dates, p)
