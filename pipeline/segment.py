"""Segment a document's text into question/answer pairs with character spans.

Layouts handled (FIELD_NOTES "How responses are laid out"):

- question and answer on one line: ``Q1 Do you have a framework? No.``
- a question line, then ``Response:``/``Answer:`` line(s), or the answer as plain paragraphs;
- every question listed first, then every answer numbered (often under a "Response" or
  "Decision" heading); the question may be restated in front of its answer;
- table rows (``1 | question | answer``), as every reader renders tables;
- numbering ``1.``, ``1)``, ``Q1``, ``Question 1:``, ``Q2a``, ``5(a)``, ``(b)``, or none.

Segmentation knows nothing of any questionnaire. When it cannot tell where a question ends
and its answer begins (``10. Does the council have a policy. No``), the pair's answer is
empty and `split_by_wording` finishes the job once matching knows the canonical wording.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from pipeline.model import QAPair
from pipeline.rules import Rules

TABLE_SEP = " | "
_HEADER_CELLS = {"no", "no.", "number", "q", "question", "questions", "request", "response",
                 "answer", "answers", "reply", "ref", "item", "#", "information requested",
                 "our response", "council response", "details", "question number"}


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str


@dataclass
class _Unit:
    """A run of lines that starts at a numbered line, an answer marker or a table row."""

    number: str
    body_start: int
    body_end: int
    phase: str
    label_start: int
    marker_at: int | None = None  # offset of the answer after a "Response:" marker
    cells: tuple[tuple[int, int], tuple[int, int]] | None = None  # table: (question, answer)
    lines: list[_Line] = field(default_factory=list)


@functools.cache
def _patterns(rules: Rules) -> dict:
    p = rules.phrasings
    flags = re.IGNORECASE
    markers = sorted((re.escape(m) for m in p["answer_markers"]), key=len, reverse=True)
    return {
        "numbering": [re.compile("^" + pat, flags) for pat in p["numbering"]],
        "sub": [re.compile("^" + pat, flags) for pat in p["sub_numbering"]],
        "marker_line": re.compile(r"^(?:%s)\s*[:\-–]\s*" % "|".join(markers), flags),
        "marker_inline": re.compile(r"(?:^|(?<=[?.:)]\s)|(?<=[?.:)]))\s*\b(?:response|answer|our response|reply)\s*[:\-–]\s*", flags),
        "request": [re.compile(r"^%s\s*:?$" % pat, flags) for pat in p["headings"]["request"]],
        "response": [re.compile(r"^%s\s*:?$" % pat, flags) for pat in p["headings"]["response"]],
        "closing": [re.compile(pat, flags) for pat in p["closing"]],
        "quoted": [re.compile(pat, flags) for pat in p["quoted"]],
    }


def split_lines(text: str) -> list[_Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding whitespace and stray separators."""
    while start < end and (text[start].isspace() or text[start] in "-–—:|"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "–—|"):
        end -= 1
    return start, end


def parse_number(line: str, rules: Rules, parent: str = "") -> tuple[str, int] | None:
    """The normalised question number at the start of `line` and the label's length.

    >>> parse_number("Q5(a) What element...", rules)  # doctest: +SKIP
    ('5a', 6)
    """
    pats = _patterns(rules)
    stripped = line.lstrip()
    indent = len(line) - len(stripped)
    for rx in pats["numbering"]:
        m = rx.match(stripped)
        if m and m.end() < len(stripped):
            sub = (m.groupdict().get("sub") or m.groupdict().get("subp") or "").lower()
            return m.group("num").lstrip("0") + sub, indent + m.end()
    if parent:
        for rx in pats["sub"]:
            m = rx.match(stripped)
            if m and m.end() < len(stripped):
                base = re.match(r"\d+", parent)
                return (base.group(0) if base else parent) + m.group("sub").lower(), indent + m.end()
    return None


def _heading(line: str, rules: Rules) -> str:
    text = line.strip().rstrip(":").strip()
    if not text or len(text.split()) > 6:
        return ""
    pats = _patterns(rules)
    for kind in ("response", "request"):
        if any(rx.match(text) for rx in pats[kind]):
            return kind
    return ""


def _is_closing(line: str, rules: Rules) -> bool:
    head = line.strip()[:120]
    return any(rx.search(head) for rx in _patterns(rules)["closing"])


def _table_unit(text: str, line: _Line, rules: Rules, phase: str) -> _Unit | None:
    """A Q/A table row: ``1 | question | answer`` or ``question | answer``."""
    cells, pos = [], line.start
    for part in line.text.split(TABLE_SEP):
        s, e = _strip_span(text, pos, pos + len(part))
        cells.append((s, e, part.strip()))
        pos += len(part) + len(TABLE_SEP)
    if all(c[2].lower().rstrip(":") in _HEADER_CELLS or not c[2] for c in cells):
        return None
    number = ""
    if cells and re.fullmatch(r"(?:q(?:uestion)?\s*)?\d{1,2}[a-z]?\.?|\(?[a-h]\)", cells[0][2], re.I):
        number = re.sub(r"[^0-9a-z]", "", cells[0][2].lower()).lstrip("q").replace("uestion", "")
        cells = cells[1:]
    else:
        parsed = parse_number(cells[0][2], rules) if cells else None
        if parsed:
            number = parsed[0]
            s = cells[0][0] + parsed[1]
            cells[0] = (s, cells[0][1], cells[0][2][parsed[1]:])
    cells = [c for c in cells if c[2]] or cells
    if len(cells) < 2:
        if not number:
            return None
        q = cells[0] if cells else (line.end, line.end, "")
        return _Unit(number, q[0], q[1], phase, line.start, cells=((q[0], q[1]), (q[1], q[1])),
                     lines=[line])
    q, a = cells[0], cells[-1]
    if len(cells) > 2:  # a middle column (e.g. "Category") belongs with the question
        q = (cells[0][0], cells[-2][1], "")
    return _Unit(number, q[0], a[1], phase, line.start, cells=((q[0], q[1]), (a[0], a[1])),
                 lines=[line])


def _units(text: str, rules: Rules) -> list[_Unit]:
    lines = split_lines(text)
    pats = _patterns(rules)
    numbered_lines = sum(1 for ln in lines if parse_number(ln.text, rules))
    question_lines = numbered_lines < 2  # unnumbered questions: a line ending with "?"
    units: list[_Unit] = []
    current: _Unit | None = None
    phase = "request"
    closed = False
    last_number = ""
    for ln in lines:
        stripped = ln.text.strip()
        if not stripped:
            continue
        if phase != "quoted" and any(rx.search(stripped) for rx in pats["quoted"]):
            current, phase, closed = None, "quoted", False
            continue
        kind = _heading(stripped, rules)
        if kind and phase != "quoted" and not parse_number(ln.text, rules):
            current, phase, closed = None, kind, False
            continue
        if TABLE_SEP in ln.text:
            unit = _table_unit(text, ln, rules, phase)
            current = None
            if unit:
                units.append(unit)
                last_number = unit.number or last_number
                closed = False
            continue
        parsed = parse_number(ln.text, rules, parent=last_number)
        if parsed and not _is_closing(ln.text[parsed[1]:], rules):
            number, label_len = parsed
            current = _Unit(number, ln.start + label_len, ln.end, phase, ln.start, lines=[ln])
            units.append(current)
            last_number, closed = number, False
            continue
        if _is_closing(stripped, rules):
            current, closed = None, True
            continue
        marker = pats["marker_line"].match(ln.text.lstrip())
        if marker:
            answer_at = ln.start + (len(ln.text) - len(ln.text.lstrip())) + marker.end()
            if current is not None and current.marker_at is None and current.cells is None:
                current.marker_at = answer_at
                current.body_end = ln.end
                current.lines.append(ln)
            else:
                current = _Unit("", answer_at, ln.end, phase, ln.start, marker_at=answer_at, lines=[ln])
                units.append(current)
            closed = False
            continue
        if question_lines and stripped.endswith("?") and len(stripped) > 15:
            current = _Unit("", ln.start + (len(ln.text) - len(ln.text.lstrip())), ln.end, phase,
                            ln.start, lines=[ln])
            units.append(current)
            closed = False
            continue
        if current is not None and not closed and current.cells is None:
            current.body_end = ln.end
            current.lines.append(ln)
    return units


def _split_question_mark(text: str, start: int, end: int) -> int | None:
    """Where the answer starts after the question's last "?" on its opening run of lines."""
    body = text[start:end]
    first = body.find("?")
    if first < 0:
        return None
    cut = first
    while True:
        nxt = body.find("?", cut + 1)
        if nxt < 0 or "\n" in body[cut:nxt] or nxt - cut > 160:
            break
        cut = nxt
    rest = body[cut + 1:]
    if not rest.strip():
        return None
    return start + cut + 1


def _split_topic(text: str, unit: _Unit, rules: Rules) -> int | None:
    """'Q4) Care packages per week – approx. 1,250': a short label, a separator, the answer."""
    first = text[unit.body_start:unit.lines[0].end]
    limit = rules.phrasings["topic_max_chars"]
    best = None
    for sep in rules.phrasings["topic_separators"]:
        i = first.find(sep)
        if 0 < i <= limit and first[i + len(sep):].strip() and (best is None or i < best[0]):
            best = (i, len(sep))
    if best is None:
        return None
    return unit.body_start + best[0] + best[1]


def _first_line_split(unit: _Unit) -> int | None:
    """For a multi-line unit with no "?", the answer is the lines after the first one."""
    if len(unit.lines) < 2:
        return None
    first, second = unit.lines[0], unit.lines[1].text.lstrip()
    if first.text.rstrip().endswith((".", ":", "?", ")")):
        return unit.lines[1].start
    # a heading-like question ("Provider of the main case management system") whose next
    # line opens a new sentence; a wrapped question continues in lower case instead
    if second[:1].isupper() or second[:1].isdigit() or second[:1] in "£$<*":
        return unit.lines[1].start
    return None


def _pair(index, number, text, q, a) -> QAPair:
    qs, qe = _strip_span(text, *q)
    a_s, a_e = _strip_span(text, *a) if a[1] > a[0] else (a[0], a[0])
    if a_e <= a_s:
        a_s = a_e = max(a_s, qe)
    return QAPair(index=index, number=number, question=text[qs:qe], answer=text[a_s:a_e],
                  q_start=qs, q_end=qe, a_start=a_s, a_end=a_e)


def _restated(question: str, body: str) -> int | None:
    """Length of `body`'s prefix that restates `question` (exactly or nearly), else None."""
    q = " ".join(question.split()).lower()
    if not q:
        return None
    b = body.lower()
    flat = " ".join(b.split())
    if flat.startswith(q):
        # map back through whitespace: walk body until q's characters are consumed
        consumed, i = 0, 0
        while i < len(body) and consumed < len(q):
            if body[i].isspace():
                if consumed < len(q) and q[consumed] == " ":
                    consumed += 1
                while i < len(body) and body[i].isspace():
                    i += 1
                continue
            consumed += 1
            i += 1
        return i
    window = body[: len(q) + 20]
    al = fuzz.partial_ratio_alignment(q, window.lower())
    if al and al.score >= 90 and al.dest_start <= 3:
        return al.dest_end
    return None


def segment_pairs(text: str, rules: Rules) -> list[QAPair]:
    """Find every question/answer pair in `text`.

    >>> [p.number for p in segment_pairs("Q1 Any framework? No.\\nQ1a If yes, with health? N/A", rules)]  # doctest: +SKIP
    ['1', '1a']
    """
    pairs: list[QAPair] = []
    open_by_number: dict[str, int] = {}  # number -> index of a pair still waiting for its answer
    for unit in _units(text, rules):
        if unit.phase == "quoted":
            continue  # the request quoted under a reply: questions already answered above
        if unit.cells is not None:
            (qs, qe), (a_s, a_e) = unit.cells
            if unit.number in open_by_number and not text[qs:qe].strip():
                idx = open_by_number.pop(unit.number)
                pairs[idx] = _with_answer(text, pairs[idx], a_s, a_e)
                continue
            pairs.append(_pair(len(pairs), unit.number, text, (qs, qe), (a_s, a_e)))
            continue
        waiting = open_by_number.get(unit.number) if unit.number else None
        if waiting is None and not unit.number and unit.marker_at is not None \
                and unit.marker_at == unit.body_start and pairs and not pairs[-1].answer:
            waiting = len(pairs) - 1  # a bare "Response:" paragraph answers the pair before it
        if waiting is not None:
            prev = pairs[waiting]
            body = text[unit.body_start:unit.body_end]
            cut = unit.marker_at
            if cut is None:
                restated = _restated(prev.question, body)
                cut = unit.body_start + restated if restated is not None else unit.body_start
            pairs[waiting] = _with_answer(text, prev, cut, unit.body_end)
            open_by_number.pop(unit.number, None)
            continue
        if unit.marker_at is not None:
            q, a = (unit.body_start, unit.marker_at), (unit.marker_at, unit.body_end)
            # the marker word itself sits before marker_at; trim it from the question
            marker_line = next((ln for ln in unit.lines if ln.start <= unit.marker_at <= ln.end), None)
            if marker_line is not None and marker_line.start > unit.body_start:
                q = (unit.body_start, marker_line.start)
        else:
            inline = _patterns(rules)["marker_inline"].search(text, unit.body_start, unit.body_end)
            cut = inline.end() if inline and inline.start() > unit.body_start else None
            q_end = inline.start() if cut else None
            if cut is None:
                cut = (_split_question_mark(text, unit.body_start, unit.body_end)
                       or _split_topic(text, unit, rules) or _first_line_split(unit))
                q_end = cut
            if cut is None:
                q, a = (unit.body_start, unit.body_end), (unit.body_end, unit.body_end)
            else:
                q, a = (unit.body_start, q_end), (cut, unit.body_end)
        pair = _pair(len(pairs), unit.number, text, q, a)
        if unit.number and unit.number in open_by_number and not pair.answer:
            pass  # the same question listed twice with no answer: keep the first
        else:
            pairs.append(pair)
            if unit.number and not pair.answer:
                open_by_number[unit.number] = pair.index
    return pairs


def _with_answer(text: str, pair: QAPair, start: int, end: int) -> QAPair:
    a_s, a_e = _strip_span(text, start, end)
    if a_e <= a_s:
        return pair
    return replace(pair, answer=text[a_s:a_e], a_start=a_s, a_end=a_e)


def sentence_cuts(text: str, pair: QAPair) -> list[int]:
    """Offsets inside a pair's question where a new sentence starts (candidate answer starts)."""
    body = text[pair.q_start:pair.q_end]
    return [pair.q_start + m.end() for m in re.finditer(r"[.?:)]\s+(?=[A-Z0-9£<*(\"“])", body)]


def cut_pair(text: str, pair: QAPair, at: int) -> QAPair:
    """Move everything from offset `at` (inside the question) into the answer."""
    answer_end = pair.a_end if pair.answer else pair.q_end
    q_s, q_e = _strip_span(text, pair.q_start, at)
    a_s, a_e = _strip_span(text, at, answer_end)
    if a_e <= a_s or q_e <= q_s:
        return pair
    return replace(pair, question=text[q_s:q_e], q_start=q_s, q_end=q_e,
                   answer=text[a_s:a_e], a_start=a_s, a_end=a_e)


def split_by_wording(text: str, pair: QAPair, wording: str, min_score: float = 85) -> QAPair:
    """Split a pair whose answer sits on the question's line without a "?".

    Aligns the canonical `wording` with the start of the pair's question and moves what follows
    the aligned question (snapped to the nearest ".", "?", ":" or ")") into the answer:
    ``10. Does the Local Authority have a Joint Funding Policy with the ICBs. No`` -> "No".
    A question that ends with "?" is taken as complete and left alone.
    """
    body = text[pair.q_start:pair.q_end]
    if not wording or body.rstrip().endswith("?"):
        return pair
    w = " ".join(wording.split()).lower()
    if len(body) <= len(w) * 0.9 + 5:
        return pair
    window = body[: int(len(w) * 1.3) + 10].lower()
    al = fuzz.partial_ratio_alignment(w, window)
    if al is None or al.score < min_score or al.dest_start > 12:
        return pair
    end = al.dest_end
    best = None
    for k in range(max(0, end - 15), min(len(body), end + 15)):
        if body[k] in ".?:)" and (k + 1 >= len(body) or body[k + 1].isspace()):
            if best is None or abs(k + 1 - end) < abs(best - end):
                best = k + 1
    if best is None and al.score >= 92 and end < len(body) and body[end].isspace():
        best = end  # the wording ends on a word boundary with no punctuation: "...included N/A"
    if best is None:
        return pair
    if not body[best:].strip():
        return pair
    answer_end = pair.a_end if pair.answer else pair.q_end
    q_s, q_e = _strip_span(text, pair.q_start, pair.q_start + best)
    a_s, a_e = _strip_span(text, pair.q_start + best, answer_end)
    if a_e <= a_s:
        return pair
    return replace(pair, question=text[q_s:q_e], q_start=q_s, q_end=q_e,
                   answer=text[a_s:a_e], a_start=a_s, a_end=a_e)
