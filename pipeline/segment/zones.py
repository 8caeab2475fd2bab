"""Step 2 of segmentation: give every line of the text a zone.

A zone says what a line is before anyone looks for answers in it: the letterhead or a page's
metadata ("Reference | FOI 2025/1514"), the request quoted under an e-mail reply, an answer
label alone on its line ("Response:"), boilerplate after the answers (review rights, ICO,
sign-off), a table's header row, a contents page, a blank line, or plain text (a question or
an answer; anchors decide which). The words that decide live in rules/layout.yaml and
rules/phrasings.yaml (`quoted`, `attachment_start`); docs/layouts.md says where they come from.
"""
from __future__ import annotations

import functools
import re

from pipeline.patterns import AnyOf
from pipeline.rules import Rules
from pipeline.segment.lines import TABLE_SEP, Line, parse_number, split_lines

LETTERHEAD = "letterhead"
METADATA = "metadata"
QUOTED = "quoted"
LABEL = "label"
BOILERPLATE = "boilerplate"
TABLE_HEADER = "table_header"
CONTENTS = "contents"
BLANK = "blank"
TEXT = "text"
# Zones that never hold a question or an answer of the response.
NOT_ANSWER = frozenset({LETTERHEAD, METADATA, BOILERPLATE, TABLE_HEADER, CONTENTS})

_HEADER_LINE = re.compile(r"^(from|sent|to|cc|subject|date|received|importance)\s*:", re.IGNORECASE)
_KEY_VALUE = re.compile(r"^\s*([A-Za-z][A-Za-z .'/]{1,30}?)\s*[:|]\s*\S")
_TRAILING_COLON = re.compile(r"[\s:]+$")
_ROW_PIPES = re.compile(r"^\s*\|\s*|\s*\|\s*$")
_GREETING = re.compile(r"(dear|thank you|hello|hi)\b", re.IGNORECASE)


@functools.cache
def _patterns(rules: Rules) -> dict:
    lay, flags = rules.layout, re.IGNORECASE
    header = {role: frozenset(c.lower() for c in cells) for role, cells in lay["table_header"].items()}
    return {
        "labels": frozenset(w.lower() for w in lay["answer_labels"]),
        "metadata": frozenset(w.lower() for w in lay["metadata_keys"]),
        "header": header,
        "header_any": frozenset().union(*header.values()),
        "boilerplate": [re.compile(p, flags) for p in lay["boilerplate"]],
        "foi_signal": [re.compile(p, flags) for p in lay["foi_signal"]],
        "contents": [re.compile(p, flags) for p in lay["contents"]],
        "openers": [re.compile(p, flags) for p in lay["question_openers"]],
        "letterhead": [re.compile(p, flags) for p in lay["letterhead"]],
        "quoted": [re.compile(p, flags) for p in rules.phrasings["quoted"]],
        "attachment": [re.compile(p, flags) for p in rules.phrasings.get("attachment_start", ())],
        "request_phrases": [re.compile(p, flags) for p in lay.get("request_phrases", ())],
        "blanket": [re.compile(p, flags) for p in lay.get("blanket_answer", ())],
    }


@functools.cache
def _any_of(rules: Rules) -> dict[str, AnyOf]:
    """The pattern lists asked "does any match?", each in one regex pass."""
    return {name: AnyOf(_patterns(rules)[name])
            for name in ("boilerplate", "contents", "openers", "request_phrases", "blanket",
                         "attachment", "quoted", "letterhead")}


def _any(rules: Rules, name: str) -> AnyOf:
    return _any_of(rules)[name]


def _cell(text: str) -> str:
    # "No ." as PDF text spaces it is "No."
    return _TRAILING_COLON.sub("", _SPACE_BEFORE_STOP.sub("", text.strip().lower()))


_SPACE_BEFORE_STOP = re.compile(r"\s+(?=[.?])")


def is_answer_label(text: str, rules: Rules) -> bool:
    """True for a line that is only an answer label: "Response:", "Reply", "Our answer -"."""
    return _cell(text.rstrip("-–—. ")) in _patterns(rules)["labels"]


def is_header_cell(cell: str, rules: Rules) -> bool:
    """True for a cell a table's header row holds ("No.", "Question", "Response")."""
    return _cell(cell) in _patterns(rules)["header_any"]


def header_roles(line: str, rules: Rules) -> tuple[str, ...] | None:
    """The role of each column when `line` is a table's header row, else None.

    >>> header_roles("No. | Question | Response | Exemption applied", rules)  # doctest: +SKIP
    ('number', 'question', 'answer', 'other')
    """
    if TABLE_SEP not in line:
        return None
    pats = _patterns(rules)
    roles, unknown = [], 0
    for cell in line.split(TABLE_SEP):
        c = _cell(cell)
        role = next((r for r in ("number", "question", "answer", "other") if c in pats["header"][r]), None)
        if role is None and c:
            unknown += 1
        roles.append(role or "other")
    if unknown and not ("question" in roles and "answer" in roles and unknown < len(roles) - 1):
        return None  # "Held Y/N" beside "Question" and "Response" is an extra column; alone, data
    return tuple(roles) if ("question" in roles or "answer" in roles) else None


def is_metadata(text: str, rules: Rules) -> bool:
    """A key/value row of a page's metadata or a letter's reference block."""
    if len(text.split()) > 16:
        return False
    text = _ROW_PIPES.sub("", text)  # a markdown row: "| Reference | FOI 2026/1546 |"
    key = text.split(TABLE_SEP)[0] if TABLE_SEP in text else None
    if key is None:
        m = _KEY_VALUE.match(text)
        key = m.group(1) if m else ""
    return _cell(key) in _patterns(rules)["metadata"]


def is_boilerplate(text: str, rules: Rules) -> bool:
    head = text.strip()[:120]
    return _any(rules, "boilerplate").search(head)


def is_contents(text: str, rules: Rules) -> bool:
    """A contents-page line: a page number after dot leaders, or a contents heading."""
    s = text.strip()
    return _any(rules, "contents").search(s)


def has_foi_signal(text: str, rules: Rules) -> str:
    """The first words that show `text` answers an information request, or ""."""
    for rx in _patterns(rules)["foi_signal"]:
        m = rx.search(text)
        if m:
            return m.group(0)
    return ""


def reads_as_question(text: str, rules: Rules) -> bool:
    """Ends with "?" or opens as a request does ("Please provide", "How many", "Details of")."""
    s = text.strip()
    return s.endswith("?") or _any(rules, "openers").match(s)


def asks_for(text: str, rules: Rules) -> bool:
    """True when `text` asks for something mid-sentence ("... (q.2) please provide the number")."""
    return _any(rules, "request_phrases").search(text)


def is_blanket_answer(text: str, rules: Rules) -> bool:
    """True for an answer that covers a whole request ("We do not hold this information")."""
    head = text.strip()[:300]
    return _any(rules, "blanket").search(head)


# an address line of a letterhead: "County Hall, Topsham Road, Exeter EX2 4QD" (a UK postcode
# after a comma)
_ADDRESS = re.compile(r",[^,\n]*\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")


def _body_starts(lines: list[Line], rules: Rules) -> int:
    """Index of the first line of the letter's body: a greeting, a sentence, a question."""
    for i, ln in enumerate(lines):
        s = ln.text.strip()
        if not s or is_metadata(s, rules) or _ADDRESS.search(s):
            continue  # a reference block ("Subject: ...") or the address of a letterhead
        if _GREETING.match(s) or "?" in s or reads_as_question(s, rules) \
                or len(s.split()) >= 7 or parse_number(ln.text, rules) or TABLE_SEP in s and not is_metadata(s, rules):
            return i
    return len(lines)


_last_zoned: list = [None]  # (text, rules, lines, zones) of the last document


def zoned_lines(text: str, rules: Rules) -> tuple[list[Line], list[str]]:
    """`split_lines(text)` and their `line_zones`, worked out once per document: matching
    and the exemption finder both read them (the last document's are kept; not to be
    changed by callers)."""
    last = _last_zoned[0]
    if last is not None and last[0] is text and last[1] is rules:
        return last[2], last[3]
    lines = split_lines(text)
    zones = line_zones(lines, rules)
    _last_zoned[0] = (text, rules, lines, zones)
    return lines, zones


_QUOTE_PREFIX = re.compile(r"^\s*(?:>\s?)+")


def quote_depth(text: str) -> int:
    """How many ">" quote a line: 0 for "1,208", 1 for "> 1. How many", 2 for ">> 263"."""
    m = _QUOTE_PREFIX.match(text)
    return m.group(0).count(">") if m else 0


def answered_inline(lines: list[Line], start: int, rules: Rules) -> bool:
    """True when the message quoted from line `start` on is answered between its lines:
    "> 1. How many ...?" then "RESPONSE: 214", "> 2. ..." then "96". The quoted questions
    are then the questions of the reply, not a request quoted under it. Answers may be
    quoted too, at another depth than the questions ("> 2. How many ...?" / ">> 263")."""
    asked = answered = 0
    previous_quoted_question = False
    asked_depth = 0  # the quote depth of the first question
    for ln in lines[start + 1:]:
        s = ln.text.strip()
        if not s:
            continue
        depth = quote_depth(s)
        body = _QUOTE_PREFIX.sub("", s) if depth else s
        if depth and (not asked_depth or depth == asked_depth):
            previous_quoted_question = bool(parse_number(body, rules)) or body.rstrip().endswith("?")
            asked += previous_quoted_question
            if previous_quoted_question and not asked_depth:
                asked_depth = depth
            continue
        if previous_quoted_question and not body.endswith("?") and not is_metadata(body, rules):
            answered += 1  # not a wrapped question's end, not a page's running header
        previous_quoted_question = False
    return (asked >= 2 and answered >= max(2, asked / 2)) or _forwarded_answers(lines, start, rules)


FORWARDED_MIN_ANSWERED = 3


def _forwarded_answers(lines: list[Line], start: int, rules: Rules) -> bool:
    """True when the message forwarded from line `start` on (up to the next forwarded one)
    holds the answers: an officer's reply with each numbered question followed by its answer
    ("Q1 Do you have a framework?" / "- Yes"), which the covering e-mail passes on."""
    asked = answered = 0
    waiting = False
    for ln in lines[start + 1:]:
        s = ln.text.strip()
        if not s:
            continue
        if s.startswith(">") or _any(rules, "quoted").search(s):
            break
        numbered = parse_number(s, rules) is not None
        if numbered and (s.endswith("?") or reads_as_question(s, rules)):
            asked += 1
            waiting = True
            continue
        if waiting and not numbered and not s.endswith("?") and not is_metadata(s, rules):
            answered += 1
        waiting = False
    return answered >= FORWARDED_MIN_ANSWERED and answered >= 0.6 * asked


def line_zones(lines: list[Line], rules: Rules) -> list[str]:
    """One zone per line (see the module docstring)."""
    zones = [TEXT] * len(lines)
    body = _body_starts(lines, rules)
    quoted = closing = interleaved = checked_inline = False
    for i, ln in enumerate(lines):
        s = ln.text.strip()
        if not s:
            zones[i] = BLANK
            continue
        if _any(rules, "attachment").search(s):
            quoted = closing = False  # an attached reply starts afresh
            zones[i] = METADATA
            continue
        if _any(rules, "quoted").search(s) and (not interleaved or not s.startswith(">")):
            # (after a request answered between its lines, an unquoted "Original Message"
            # starts the request quoted again below the reply)
            interleaved = answered_inline(lines, i, rules)
            quoted, closing = not interleaved, False
            zones[i] = QUOTED
            continue
        if s.startswith(">") and not quoted and not interleaved and not checked_inline:
            # a quoted request with no "wrote:" line over it, answered between its lines
            interleaved = answered_inline(lines, i - 1, rules)
            checked_inline = True
        if (quoted or s.startswith(">")) and not interleaved:
            zones[i] = QUOTED
            continue
        if i < body:
            if is_metadata(s, rules) or _HEADER_LINE.match(s):
                zones[i] = METADATA
                continue
            if i == 0 or _any(rules, "letterhead").search(s):
                zones[i] = LETTERHEAD  # a topic heading above the body stays text
                continue
        if is_contents(s, rules):
            zones[i] = CONTENTS
            continue
        if header_roles(s, rules):
            zones[i] = TABLE_HEADER
            continue
        if is_metadata(s, rules) and (TABLE_SEP in s or i < body + 3):
            zones[i] = METADATA
            continue
        if is_answer_label(s, rules):
            zones[i] = LABEL
            continue
        if is_boilerplate(s, rules):
            closing = True
        elif closing and parse_number(ln.text, rules):
            closing = False  # the answers go on after a closing-like line
        if closing:
            zones[i] = BOILERPLATE
    return zones
