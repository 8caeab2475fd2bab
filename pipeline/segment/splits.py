"""Where a unit's question ends and its answer begins, when no label says so: after the
question mark, a tab, an answer phrase, a topic heading, a colon, the request's own words,
the first line, or a run of figures."""
from __future__ import annotations

import re


from pipeline.rules import Rules
from pipeline.segment import zones
from pipeline.segment.lines import FIGURE_GIVEN
from pipeline.segment.inline import split_after_request
from pipeline.segment.units import DIGIT, Unit, layout_patterns


# What goes on asking after a "?" on the question's line.
_REQUEST_TAIL = re.compile(r"(please(?! (see|find|note|refer|be aware))|can you|could you|if (so|yes|not|possible)|and if so|i would|i'd|for (each|both|all)|"
                           r"broken down|split by|in (each|the) (year|case)|e\.g\.|\(e\.g|i\.e\.)\b", re.IGNORECASE)
_FIGURES_LINE = re.compile(r"[\s\d.,£%()*<>/-]+")


def still_asks(rest: str) -> bool:
    """True when the rest of a question's line goes on asking ("If so, please share ...",
    "Can you ...?"): it is more of the request, not the answer."""
    line = rest.split("\n", 1)[0].strip()
    return bool(line) and (_REQUEST_TAIL.match(line) is not None or line.endswith("?"))


def _asked_on(between: str) -> bool:
    """True when the text between two "?" goes on asking: on the same line, or a sentence
    begun on the question's line and wrapped onto the next ("...at a panel? Where a
    percentage\nsplit is used, what does the ICB pay?"), with no sentence ending in between."""
    if "\n" not in between:
        return True
    head, _, tail = between.partition("\n")
    return bool(head.strip()) and "\n" not in tail and not re.search(r"[.!](?:\s|$)", between)


def _split_question_mark(text: str, start: int, end: int) -> int | None:
    """Where the answer starts after the question's last "?" on its opening run of lines."""
    body = text[start:end]
    first = body.find("?")
    if first < 0:
        return None
    cut = first
    while True:
        nxt = body.find("?", cut + 1)
        if nxt < 0 or nxt - cut > 160 or not _asked_on(body[cut + 1:nxt]):
            break
        cut = nxt
    rest = body[cut + 1:]
    if not rest.strip():
        return None
    line_rest = rest.split("\n", 1)[0].strip()
    if line_rest and (_REQUEST_TAIL.match(line_rest) or re.fullmatch(r"\([^()]*\)", line_rest)):
        return None  # "How many? Please detail by year." / "... Rate? (excluding FNC)": still the request
    return start + cut + 1


def split_topic(text: str, unit: Unit, rules: Rules) -> int | None:
    """'Q4) Care packages per week – approx. 1,250': a short label, a separator, the answer."""
    first = text[unit.body_start:unit.lines[0].end]
    limit = rules.phrasings["topic_max_chars"]
    best = None
    for sep in rules.phrasings["topic_separators"]:
        i = first.find(sep)
        rest = first[i + len(sep):] if i > 0 else ""
        skip = len(sep)
        example = _EXAMPLE.match(rest)
        if example and rest[example.end():].strip():
            # "... for the following: (e.g. a shared percentage cost) There is no fixed ...": the
            # example is the question's, the answer follows it
            skip, rest = skip + example.end(), rest[example.end():]
        rest = rest.strip()
        if rest.endswith("?") or still_asks(rest):
            continue  # "Is there one ICB you mainly fund with - which?", "... the following: (e.g. ...)"
        if 0 < i <= limit and rest and (best is None or i < best[0]):
            best = (i, skip)
    if best is None:
        return None
    return unit.body_start + best[0] + best[1]


_EXAMPLE = re.compile(r"\s*\((?:e\.?g\.?|for example|i\.?e\.?)[^()]*\)\s*[-–]?\s*", re.IGNORECASE)


_ANSWER_OPENING = re.compile(r"(?:(?<=[.?:])|(?<=\w))\s+(please see|see attached|please find|see the attached)\b", re.IGNORECASE)
_ANSWER_ENDING = re.compile(r"\s+(n/?a|not held|not applicable|none|nil)\.?\s*$", re.IGNORECASE)


def _split_answer_phrase(text: str, unit: Unit) -> int | None:
    """'3.Please supply any reports n/a', '2.Please supply the form Please see attached':
    an answer that opens with a pointer or is one closing word, on the question's line."""
    first = text[unit.body_start:unit.lines[0].end]
    for rx in (_ANSWER_OPENING, _ANSWER_ENDING):
        m = rx.search(first)
        if m and len(first[:m.start()].split()) >= 4:
            return unit.body_start + m.start(1)
    return None


# what opens an answer written after a question's colon: a figure or an answer word
_ANSWER_AFTER_COLON = re.compile(r"[£<>~]?\d|(yes|no|none|nil|n/?a|not|nothing|zero)\b|.*\b(not|no)\b", re.IGNORECASE)


def _split_colon(text: str, unit: Unit, rules: Rules) -> int | None:
    """'b) The number of adults placed out of area with a mental health disorder: 29': a long
    question, a colon, and a short answer on the same line (a figure or a statement)."""
    first = text[unit.body_start:unit.lines[0].end]
    at = first.rfind(": ")
    if at < 0:
        return None
    head, rest = first[:at], first[at + 2:].strip()
    if len(head.split()) < 8 or not rest or len(rest.split()) > 15 or zones.asks_for(rest, rules) \
            or zones.reads_as_question(rest, rules) or not _ANSWER_AFTER_COLON.match(rest):
        return None
    return unit.body_start + at + 2


def _figures_split(unit: Unit) -> int | None:
    """A wrapped question followed by a line of figures only ("458 625 546 413 379")."""
    for ln in unit.lines[1:]:
        if ln.text.strip() and _FIGURES_LINE.fullmatch(ln.text) and DIGIT.search(ln.text):
            return ln.start
    return None


# "Question 3 –" names the question it answers, whatever sections lie between
NAMES_QUESTION = re.compile(r"\s*(?:q|question)\s*\d", re.IGNORECASE)
_POLITE_REQUEST = re.compile(r"(?:if (?:possible|available|so),?\s+)?(?:please|could you|can you|would you)\b", re.IGNORECASE)
_FIRST_SENTENCE = re.compile(r"[^\n]*?(?:[.?!](?=\s)|$)", re.MULTILINE)


def still_requests(text: str, start: int, end: int, rules: Rules) -> bool:
    """True when what follows a question's cut opens with more of the request ("If possible,
    please supply ...") and gives no figure: the question goes on; its answer comes later."""
    first = _FIRST_SENTENCE.match(text[start:end].strip()).group(0)
    return bool(_POLITE_REQUEST.match(first)) and zones.asks_for(first, rules) and not FIGURE_GIVEN.search(first)


def _split_tab(text: str, unit: Unit) -> int | None:
    """"1. Contact details for the DASS<TAB>Neil Brockbank": a Word "Question<TAB>Answer"
    line; the answer starts after the tabs."""
    line = unit.lines[0]
    tab = text.find("\t", unit.body_start, line.end)
    if tab < 0 or not text[unit.body_start:tab].strip():
        return None
    after = tab
    while after < line.end and text[after] in " \t":
        after += 1
    return after if after < line.end else None


def _first_line_split(unit: Unit) -> int | None:
    """For a multi-line unit with no "?", the answer is the lines after the first one."""
    if len(unit.lines) < 2 or unit.lines[-1].text.rstrip().endswith("?"):
        return None  # one question wrapped over its lines, ending with "?"
    first, second = unit.lines[0], unit.lines[1].text.lstrip()
    if first.text.rstrip().endswith((".", ":", "?", ")")):
        return unit.lines[1].start
    # a heading-like question ("Provider of the main case management system") whose next
    # line opens a new sentence; a wrapped question continues in lower case instead
    if _opens_sentence(second):
        return unit.lines[1].start
    # a short heading wrapped in a narrow column ("Yearly spend on external" / "placements"),
    # then the sentence that answers it
    words = len(first.text.split())
    for k in range(1, min(len(unit.lines) - 1, HEADING_WRAP_LINES + 1)):
        line = unit.lines[k].text.strip()
        words += len(line.split())
        if words > HEADING_MAX_WORDS or line.endswith((".", "?", ";", ",")) or _opens_sentence(line):
            return None
        if _opens_sentence(unit.lines[k + 1].text.lstrip()):
            return unit.lines[k + 1].start
    return None


HEADING_WRAP_LINES = 2  # lines a wrapped heading may run on over
HEADING_MAX_WORDS = 12


def _opens_sentence(line: str) -> bool:
    return line[:1].isupper() or line[:1].isdigit() or line[:1] in "£$<*"


def inline_marker(text: str, start: int, end: int, rules: Rules) -> tuple[int, int] | None:
    """(where the question ends, where the answer starts) at an inline "Response:" label."""
    m = layout_patterns(rules)["marker_inline"].search(text, start, end)
    return (m.start(), m.end()) if m else None


def answer_start(text: str, unit: Unit, rules: Rules) -> int | None:
    """Where the answer of a unit with no answer label starts, by the first split that
    applies (a tab, the question mark, an answer phrase, a topic heading, a colon, the
    request's own words, the first line, a run of figures), or None."""
    return (_split_tab(text, unit) or _split_question_mark(text, unit.body_start, unit.body_end)
            or _split_answer_phrase(text, unit) or split_topic(text, unit, rules)
            or _split_colon(text, unit, rules)
            or split_after_request(text, unit.body_start, unit.lines[0].end, rules)
            or _first_line_split(unit) or _figures_split(unit))
