"""Step 1 of segmentation: the text as lines with offsets, and the numbering each line opens with.

Numbering is read as people write it (rules/phrasings.yaml `numbering`): ``1.``, ``1)``,
``Q1``, ``Question 1 -``, ``1 -``, ``Q2a``, ``5(a)``, ``1 and 2:``, roman numerals
(``iii.``, ``IV)``) and letters (``b)``). A line that opens with a date (``01 January 2018 to
31 December 2020``) is not numbered. Roman and letter labels are returned as their position
("iii" -> "3") only when the caller says the document numbers its questions that way.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.rules import Rules

TABLE_SEP = " | "
# a reference to questions ("Q5", "questions 5a and 6", "Q2, Q2a to Q2c"): one, then any more
QUESTION_REF = r"(?:q|questions?)\.?\s*\d{1,2}[a-z]?"
MORE_REFS = r"\s*(?:,|and|&|to|-|–)\s*(?:q|questions?)?\.?\s*\d{1,2}[a-z]?"
# a line that only names questions: "Questions 1, 1a and 1b", "Question 6", "Q5 to 5c"
QUESTIONS_HEADING = re.compile(r"^\s*(?:questions?|qs?)\.?\s*(?P<refs>\d{1,2}[a-z]?(?:%s)*)\s*[:.\-–]?\s*$" % MORE_REFS,
                               re.IGNORECASE)
# a figure that answers rather than asks: "£61m", "4,312", "12%"
FIGURE_GIVEN = re.compile(r"£\s?\d|\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\s?%")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
          "x": 10, "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15, "xvi": 16}
# "iv." / "(iv)" / "IV)" / "iv -" at a line start, followed by text
_ROMAN_LABEL = re.compile(r"\(?(?P<roman>(?=[ivx])x?(?:ix|iv|v?i{0,3})|(?=[IVX])X?(?:IX|IV|V?I{0,3}))(?:[.)]|\s+[-–—])\s+(?=\S)")
# "b) Not held", "(c) ...", and a request pasted without spaces: "“a)How many ..."
_LETTER_LABEL = re.compile(r"[“\"‘']?\(?(?P<letter>[a-zA-Z])(?:[.)]\s+|\s+[-–—]\s+|\)(?=[A-Z][a-z]))(?=\S)")


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str


_last_split: list = [None, ()]  # the last text split and its lines: three steps split each document


def split_lines(text: str) -> list[Line]:
    """The lines of `text` with their offsets (a new list; the `Line`s are shared)."""
    if _last_split[0] is not text:
        lines, pos = [], 0
        for raw in text.split("\n"):
            lines.append(Line(pos, pos + len(raw), raw))
            pos += len(raw) + 1
        _last_split[:] = [text, tuple(lines)]
    return list(_last_split[1])


# "4. Is there a protocol? 4a. If so, please provide a copy.": a question and its lettered
# sub-question on one line, the sub-question numbered with the line's own number
_INLINE_SUB = re.compile(r"^\s*(?:q(?:uestion)?\s*)?(?P<n>\d{1,3})[.):]\s.*?\?\s+(?P<sub>(?P=n)\s?[a-h][.):]\s+\S)",
                         re.IGNORECASE)


# ... or on a line its question wrapped onto: "ICB and the local authority? 4a. If so, ..."
_WRAPPED_SUB = re.compile(r"^(?!\s*\d).*?\?\s+(?P<sub>(?P<n>\d{1,3})\s?[a-h][.):]\s+\S)", re.IGNORECASE)
_NUMBER_OPENS = re.compile(r"^\s*(?:q(?:uestion)?\s*)?(?P<n>\d{1,3})[.):]\s", re.IGNORECASE)


def split_inline_subquestions(lines: list[Line]) -> list[Line]:
    """`lines` with a sub-question asked on its question's line ("...? 4a. If so, ...")
    made a line of its own, at the same offsets (the text is not changed). The question may
    have wrapped: the sub-question then follows "?" on a later line of question 4."""
    out: list[Line] = []
    number = ""  # the number the last numbered line opened with
    for ln in lines:
        if (opens := _NUMBER_OPENS.match(ln.text)) is not None:
            number = opens.group("n")
        while "?" in ln.text and (m := _INLINE_SUB.match(ln.text) or _wrapped_sub(ln.text, number)) is not None:
            cut = m.start("sub")
            out.append(Line(ln.start, ln.start + len(ln.text[:cut].rstrip()), ln.text[:cut].rstrip()))
            ln = Line(ln.start + cut, ln.end, ln.text[cut:])
        out.append(ln)
    return out


def _wrapped_sub(text: str, number: str) -> re.Match | None:
    m = _WRAPPED_SUB.match(text) if number else None
    return m if m and m.group("n") == number else None


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding whitespace and stray separators, and past the
    quote marks of an e-mail's quoted line (">> 263" under "> 2. How many ...?")."""
    while start < end and (text[start].isspace() or text[start] in "-–—:|”"):
        start += 1  # (a closing quote opens nothing: the end of a quoted request)
    if start < end and text[start] == ">" and _in_quoted_run(text, start):
        while start < end and (text[start] in "> \t"):
            start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "–—|"):
        end -= 1
    return start, end


def _in_quoted_run(text: str, at: int) -> bool:
    """True when the ">" at `at` opens a line and the line before or after opens with ">" too
    (e-mail quoting, not "> 100" meaning more than 100)."""
    line_start = text.rfind("\n", 0, at) + 1
    if text[line_start:at].strip():
        return False
    before = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    after = text.find("\n", at)
    return (line_start > 0 and text[before:line_start].lstrip().startswith(">")) or \
        (after >= 0 and text[after + 1:after + 40].lstrip().startswith(">"))


@functools.cache
def numbering_patterns(rules: Rules) -> dict:
    flags = re.IGNORECASE
    p = rules.phrasings
    return {
        "numbering": [re.compile("^" + pat, flags) for pat in p["numbering"]],
        "sub": [re.compile("^" + pat, flags) for pat in p["sub_numbering"]],
        "not_numbering": [re.compile("^" + pat, flags) for pat in p.get("not_numbering", ())],
    }


_NAMED_ALONE = re.compile(r"(?:question|q)\s*\d{1,2}[a-z]?\s*[:.\-–—]", re.IGNORECASE)
CACHED_LINE_CHARS = 400  # a line asked about this long or shorter is remembered (`parse_number`)


def parse_number(line: str, rules: Rules, parent: str = "") -> tuple[str, int] | None:
    """The normalised question number at the start of `line` and the label's length.

    The same lines are asked about by zoning, layout, anchoring and each questionnaire's
    matching: the answers for short lines are remembered.

    >>> parse_number("Q5(a) What element...", rules)  # doctest: +SKIP
    ('5a', 6)
    """
    if len(line) <= CACHED_LINE_CHARS:
        return _cached_number(line, rules, parent)
    return _parse_number(line, rules, parent)


@functools.lru_cache(maxsize=1 << 13)
def _cached_number(line: str, rules: Rules, parent: str) -> tuple[str, int] | None:
    return _parse_number(line, rules, parent)


def _parse_number(line: str, rules: Rules, parent: str = "") -> tuple[str, int] | None:
    pats = numbering_patterns(rules)
    stripped = line.lstrip()
    indent = len(line) - len(stripped)
    if any(rx.match(stripped) for rx in pats["not_numbering"]):
        return None  # "01 January 2018 to ...", "12 months", "18 hours"
    for rx in pats["numbering"]:
        m = rx.match(stripped)
        if m and (m.end() < len(stripped) or _NAMED_ALONE.fullmatch(stripped)):
            # "Question 3 –" alone on its line heads what follows; a bare "3" does not
            sub = (m.groupdict().get("sub") or m.groupdict().get("subp") or "").lower()
            return m.group("num").lstrip("0") + sub, indent + m.end()
    if parent:
        for rx in pats["sub"]:
            m = rx.match(stripped)
            if m and m.end() < len(stripped):
                base = re.match(r"\d+", parent)
                return (base.group(0) if base else parent) + m.group("sub").lower(), indent + m.end()
    return None


def parse_roman_or_letter(line: str, scheme: str) -> tuple[str, int] | None:
    """A roman ("iv.") or letter ("d)") label as its position, for documents numbered that way.

    >>> parse_roman_or_letter("iv. The Council spent £2.1m", "roman")
    ('4', 4)
    >>> parse_roman_or_letter("b) Not held", "letter")
    ('2', 3)
    """
    stripped = line.lstrip()
    indent = len(line) - len(stripped)
    if scheme == "roman":
        m = _ROMAN_LABEL.match(stripped)
        if m and m.group("roman").lower() in _ROMAN:
            return str(_ROMAN[m.group("roman").lower()]), indent + m.end()
    elif scheme == "letter":
        m = _LETTER_LABEL.match(stripped)
        if m:
            return str(ord(m.group("letter").lower()) - ord("a") + 1), indent + m.end()
    return None


# "2." / "Q3" / "1a." / "2b)" alone on its line: a label over the lines below
_BARE_NUMBER = re.compile(r"\s*(?:(?:q(?:uestion)?\s*)(\d{1,2})([a-z]?)\s*[.):]?|(\d{1,2})([a-z]?)\s*[.):])\s*$",
                          re.IGNORECASE)


def bare_number(line: str) -> tuple[str, int] | None:
    """A number alone on its line ("2." over its answer's parts "a. 0", "b. 0"; "1b." over figures).

    >>> bare_number("1b.")
    ('1b', 3)
    """
    m = _BARE_NUMBER.match(line)
    if not m:
        return None
    digits, sub = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return (digits.lstrip("0") or "0") + sub.lower(), len(line)


def numbering_scheme(lines: list[Line], rules: Rules) -> str:
    """How the document numbers its questions: "arabic", "roman", "letter" or "" (none).

    Roman and letter labels inside answers ("i. residential", "a) health") are parts of an
    answer when the questions carry arabic numbers; they number the questions only when
    nothing else does.
    """
    # a bare "1." over lettered parts counts: the letters are then its parts, not questions
    arabic = sum(1 for ln in lines if parse_number(ln.text, rules) or bare_number(ln.text))
    if arabic >= 2:
        return "arabic"
    roman = sum(1 for ln in lines if _ROMAN_LABEL.match(ln.text.lstrip())
                and _ROMAN_LABEL.match(ln.text.lstrip()).group("roman").lower() in _ROMAN)
    letter = sum(1 for ln in lines if _LETTER_LABEL.match(ln.text.lstrip()))
    if roman >= 2 and roman >= letter:
        return "roman"
    if letter >= 2:
        return "letter"
    return ""


def expand_refs(refs: str) -> tuple[str, ...]:
    """The question numbers a reference list names, ranges written out.

    >>> expand_refs("Q2, Q2a, Q2b")
    ('2', '2a', '2b')
    >>> expand_refs("Q5 to Q5c")
    ('5', '5a', '5b', '5c')
    >>> expand_refs("questions 3-5")
    ('3', '4', '5')
    >>> expand_refs("3 to 4a")
    ('3', '4', '4a')
    """
    tokens = re.findall(r"\d{1,2}[a-z]?|\bto\b|[-–]", re.sub(r"q(?:uestions?)?\.?", " ", refs.lower()))
    out: list[str] = []
    ranged = False
    for tok in tokens:
        if tok in ("to", "-", "–"):
            ranged = bool(out)
            continue
        if ranged:
            out.extend(_range_between(out[-1], tok))
        elif tok not in out:
            out.append(tok)
        ranged = False
    return tuple(out)


def _range_between(first: str, last: str) -> list[str]:
    """The numbers after `first` up to `last`: 5 -> 5c gives 5a 5b 5c; 3 -> 5 gives 4 5."""
    a, b = re.fullmatch(r"(\d+)([a-z]?)", first), re.fullmatch(r"(\d+)([a-z]?)", last)
    if a.group(1) == b.group(1) and b.group(2):
        letters = "abcdefghij"
        begin = letters.index(a.group(2)) + 1 if a.group(2) else 0
        end = letters.find(b.group(2))
        return [a.group(1) + c for c in letters[begin:end + 1]]
    if not b.group(2) and 0 < int(b.group(1)) - int(a.group(1)) <= 12:
        return [str(n) for n in range(int(a.group(1)) + 1, int(b.group(1)) + 1)]
    if b.group(2) and 0 < int(b.group(1)) - int(a.group(1)) <= 12:  # "3 to 4a": 4, 4a
        whole = [str(n) for n in range(int(a.group(1)) + 1, int(b.group(1)) + 1)]
        return whole + [b.group(1) + c for c in "abcdefghij"[:"abcdefghij".find(b.group(2)) + 1]]
    return [last]
