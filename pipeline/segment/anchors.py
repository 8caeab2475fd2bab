"""Step 3 of segmentation: anchor each question of a known questionnaire in the text.

Once the questionnaire is known, every canonical question is looked for in every line (and
every line joined with the next, for wrapped questions) by its wordings, with the line's
numbering as evidence rather than as the key. Strong matches are placed first, anywhere (a
body may reorder questions); the rest are placed between their neighbours in the
questionnaire's order. A question found twice (listed in the request, then restated above
its answer) is anchored where an answer follows it. The answer is the text from the anchored
question to the next anchor, less answer labels, the restated question, boilerplate and a
quoted request.

`refine_pairs` finishes layout pairs whose answer sits on the question's line without a "?"
(``10. Does the Local Authority have a Joint Funding Policy with the ICBs. No``), using the
canonical wordings.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

import numpy as np
from rapidfuzz import fuzz

from pipeline.model import QAPair
from pipeline.rules import Question, Questionnaire, Rules
from pipeline.segment import zones as Z
from pipeline.segment.lines import (FIGURE_GIVEN, TABLE_SEP, Line, numbering_scheme, parse_number, parse_roman_or_letter,
                                    strip_span)
from pipeline.segment.pairs import cut_pair, make_pair, sentence_cuts
from pipeline.segment.splits import inline_marker, still_asks
from pipeline.segment.units import restated_length
from pipeline.segment.wording import content, score_matrix, score_rows, stopword_set, wordings

_QUESTION_LABEL = re.compile(r"\s*(?:q(?:uestion)?|request|foi request)\s*[:.\-–]\s*", re.IGNORECASE)
_ANSWER_LABEL = re.compile(r"\s*(?:response|answer|reply|our response|a)\s*[:\-–]\s*", re.IGNORECASE)
_ANSWER_WORD = re.compile(r"\s*(yes|no|none|nil|n/?a|not held|not applicable)\b", re.IGNORECASE)
_BARE_LABELS = ("response", "answer", "reply", "our response", "responses", "answers")
_FIGURE_FIRST = re.compile(r"\s*[£$]?\d")
_QUOTE_MARKS = re.compile(r"\s*(?:>\s?)+")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Anchor:
    """Where one canonical question stands in the text."""

    question_id: str
    line: int  # index of its first line
    last_line: int  # index of its last line (a wrapped question spans two)
    q_start: int
    q_end: int
    answer_from: int | None  # an answer on the question's own line starts here
    score: float
    number: str  # the document's own number for it, if any
    quoted: bool = False  # in a request quoted under a reply: a question, never an answer
    cells: tuple[int, int] | None = None  # a table row's answer cell


@dataclass(frozen=True)
class _Candidate:
    line: int
    last_line: int
    q_start: int
    q_end: int
    answer_from: int | None
    number: str
    quoted: bool
    cells: tuple[int, int] | None


def _table_candidate(text: str, ln: Line, i: int, roles: tuple[str, ...] | None,
                     quoted: bool) -> _Candidate | None:
    """A Q/A table row: the question cell, and the answer cell (by the header's roles)."""
    cells, pos = [], ln.start
    for part in ln.text.split(TABLE_SEP):
        s, e = strip_span(text, pos, pos + len(part))
        cells.append((s, e))
        pos += len(part) + len(TABLE_SEP)
    number = ""
    if roles and len(roles) == len(cells):
        q_cells = [c for c, r in zip(cells, roles) if r == "question"]
        a_cells = [c for c, r in zip(cells, roles) if r == "answer"]
        n_cells = [c for c, r in zip(cells, roles) if r == "number"]
        if n_cells:
            number = re.sub(r"[^0-9a-z]", "", text[n_cells[0][0]:n_cells[0][1]].lower()).lstrip("q")
        if not q_cells or q_cells[0][1] <= q_cells[0][0]:
            return None
        q, a = q_cells[0], (a_cells[0] if a_cells else (q_cells[0][1], q_cells[0][1]))
    else:
        filled = [c for c in cells if c[1] > c[0]]
        if len(filled) < 2:
            return None
        first = text[filled[0][0]:filled[0][1]]
        if re.fullmatch(r"(?:q(?:uestion)?\s*)?\d{1,2}[a-z]?\.?", first, re.IGNORECASE):
            number = re.sub(r"[^0-9a-z]", "", first.lower()).lstrip("q").replace("uestion", "")
            filled = filled[1:]
        if len(filled) < 2:
            return None
        q, a = filled[0], filled[1]  # a further column (exemption, notes) is not the answer
        asked = text[q[0]:q[1]]
        if not number and len(asked.split()) < 4 and not asked.endswith("?"):
            return None  # a data table's row ("Residential | 1,100"), not a question
    return _Candidate(i, i, q[0], q[1], None, number, quoted, a)


def _candidates(text: str, lines: list[Line], zones: list[str], rules: Rules) -> list[_Candidate]:
    """Every line that could hold a question: its question text and any answer on the line."""
    scheme = numbering_scheme(lines, rules)
    out: list[_Candidate] = []
    roles = None
    for i, ln in enumerate(lines):
        zone = zones[i]
        if zone == Z.TABLE_HEADER:
            roles = Z.header_roles(ln.text.strip(), rules)
            continue
        if zone not in (Z.TEXT, Z.QUOTED):
            continue
        quoted = zone == Z.QUOTED
        body, offset = ln.text, ln.start
        m = _QUOTE_MARKS.match(body)
        if m:
            body, offset = body[m.end():], offset + m.end()
        if TABLE_SEP in body:
            cand = _table_candidate(text, Line(offset, ln.end, body), i, roles, quoted)
            if cand:
                out.append(cand)
            continue
        roles = None
        number, label = "", 0
        parsed = parse_number(body, rules)
        if parsed is None and scheme in ("roman", "letter"):
            parsed = parse_roman_or_letter(body, scheme)
        if parsed:
            number, label = parsed
        lab = _QUESTION_LABEL.match(body, label)
        if lab and lab.end() > label:
            label = lab.end()
        q_start, q_end = strip_span(text, offset + label, ln.end)
        if q_end - q_start < 8 or (not number and _continues(lines, zones, i)):
            continue
        answer_from = None
        qmark = text.find("?", q_start, q_end)
        marker = inline_marker(text, q_start, q_end, rules)
        if marker is not None and marker[0] > q_start:
            q_end, answer_from = marker
        elif qmark >= 0:
            cut = qmark + 1
            if text[cut:ln.end].strip():
                answer_from = cut
            q_end = cut
        single = _Candidate(i, i, q_start, q_end, answer_from, number, quoted, None)
        j = _next_text_line(zones, i)
        if answer_from is None and qmark < 0 and j == i + 1 and zones[j] == zone \
                and not parse_number(lines[j].text, rules) and TABLE_SEP not in lines[j].text \
                and not (not number and _FIGURE_FIRST.match(body)):  # "712 people" answers
            # a question wrapped onto the next line ("... jointly funded with an" / "ICB?")
            nxt = lines[j]
            nq = nxt.text.find("?")
            end = nxt.start + nq + 1 if nq >= 0 else nxt.end
            rest = end if nq >= 0 and nxt.text[nq + 1:].strip() else None
            out.append(_Candidate(i, j, q_start, end, rest, number, quoted, None))
        out.append(single)
    return out


def _continues(lines: list[Line], zones: list[str], i: int) -> bool:
    """A wrapped line: it opens in lower case right under a line that did not end a sentence."""
    first = lines[i].text.lstrip()[:1]
    if not first.islower() or i == 0 or zones[i - 1] == Z.BLANK:
        return False
    return not lines[i - 1].text.rstrip().endswith((".", "?", ":", "!"))


def _next_text_line(zones: list[str], i: int) -> int | None:
    for j in range(i + 1, len(zones)):
        if zones[j] != Z.BLANK:
            return j
    return None


def _number_evidence(number: str, q_number: str, meaningful: bool, m: dict) -> float:
    if not meaningful or not number or not q_number:
        return 0.0
    return float(m["number_bonus"]) if number == q_number else -float(m["number_penalty"])


_last_read: list = [None]  # (text, lines, zones, rules, traits): one document, every questionnaire


_WORD = re.compile(r"[A-Za-z]{3}")
_LABELLED_FIGURE = re.compile(r"(?::|\s[|–-])\s*[£<>~]?\d")


def _read_candidates(text: str, lines: list[Line], zones: list[str], rules: Rules) -> tuple:
    """The candidate question lines and what each reads as; the same for every questionnaire,
    so worked out once per document (the last document's are kept)."""
    last = _last_read[0]
    if last is not None and last[0] is text and last[1] is lines and last[2] is zones and last[3] is rules:
        return last[4]
    cands = _candidates(text, lines, zones, rules)
    numbers = [c.number for c in cands if c.number and not c.quoted and c.last_line == c.line]
    meaningful = len(numbers) == len(set(numbers))
    stop = stopword_set(rules)
    # one content word ("Total", "Policy") is too little to place a question by
    few_words = [len(content(text[c.q_start:c.q_end], stop).split()) < 2 for c in cands]
    # a weak match is placed only on a line that reads as a question (not on an answer line)
    asks = [c.cells is not None or (Z.reads_as_question(text[c.q_start:c.q_end], rules)
                                     and not FIGURE_GIVEN.search(text[c.q_start:c.q_end])) for c in cands]
    # a statement ("We do have a framework.", "Yes. The ICB is a partner.") answers, it does
    # not ask: it anchors nothing unless it opens with the question's own number
    stated = [not asks[k] and c.answer_from is None and (text[c.q_start:c.q_end].rstrip().endswith(".")
                                                        or _ANSWER_WORD.match(text, c.q_start) is not None)
              for k, c in enumerate(cands)]
    # a heading: a short line with no full stop, text under it ("Spend on external placements")
    # (not a row of figures such as "2023/24  £131.56m", whose year fits any question of that
    # year, nor a labelled figure such as "Total: 1,234 packages")
    heading = [c.answer_from is None and c.cells is None and len(text[c.q_start:c.q_end].split()) <= 8
               and not text[c.q_start:c.q_end].rstrip().endswith((".", ";", ",")) and not _bodyless(zones, c, set())
               and _WORD.search(text, c.q_start, c.q_end) is not None
               and _LABELLED_FIGURE.search(text, c.q_start, c.q_end) is None
               for c in cands]
    cand_len = [len(content(text[c.q_start:c.q_end], stop)) for c in cands]
    traits = (cands, few_words, asks, stated, heading, cand_len, meaningful)
    _last_read[0] = (text, lines, zones, rules, traits)
    return traits


def candidate_best(text: str, lines: list[Line], zones: list[str], qn: Questionnaire,
                   rules: Rules) -> np.ndarray:
    """Per question of `qn`, the best score any candidate line reaches (0 without lines);
    `find_anchors` scores the same lines (kept, not scored again)."""
    cands = _read_candidates(text, lines, zones, rules)[0]
    if not cands or not qn.questions:
        return np.zeros(len(qn.questions))
    return score_matrix([text[c.q_start:c.q_end] for c in cands], qn.questions, rules).max(axis=0)


def find_anchors(text: str, lines: list[Line], zones: list[str], qn: Questionnaire,
                 rules: Rules) -> list[Anchor]:
    """Where each question of `qn` stands in the text, in text order (see the module doc)."""
    m = rules.thresholds["match"]
    accept, strong, exact = float(m["accept"]), float(m["anchor_strong"]), float(m["exact"])
    cands, few_words, asks, stated, heading, cand_len, meaningful = _read_candidates(text, lines, zones, rules)
    if not cands:
        return []
    scores = score_matrix([text[c.q_start:c.q_end] for c in cands], qn.questions, rules)
    stop = stopword_set(rules)
    q_len = [min(len(w) for w in wordings(q, stop)) for q in qn.questions]
    # a label much shorter than the question ("Other partners") is placed only in order
    topic = np.array(cand_len)[:, None] < 0.5 * np.array(q_len)[None, :]
    long_wording = [min(len(w.split()) for w in wordings(q, stop)) >= 3 for q in qn.questions]
    cand_lines = {cands[k].line for k in np.flatnonzero(scores.max(axis=1) >= accept).tolist()}
    scored: list[tuple[float, int, int]] = []  # (score, candidate index, question index)
    # only the scores at the floor or above are looked at (most lines fit no question)
    at_floor = scores.astype(np.float64) >= accept - float(m["number_bonus"])
    near: dict[int, list[int]] = {}  # candidate -> the questions it comes near, in order
    for k, j in zip(*(a.tolist() for a in np.nonzero(at_floor))):
        near.setdefault(k, []).append(j)
    for k, js in near.items():
        c = cands[k]
        bodyless = c.answer_from is None and c.cells is None and _bodyless(zones, c, cand_lines)
        for j in js:
            q = qn.questions[j]
            base = float(scores[k, j])
            if base < accept - float(m["number_bonus"]) or (few_words[k] and long_wording[j] and not c.number
                                                            and not asks[k]):
                continue
            if stated[k] and c.number != q.number:
                continue
            total = base + _number_evidence(c.number, q.number, meaningful, m)
            total -= float(m["anchor_no_answer"]) if bodyless else 0.0
            total -= float(m["anchor_quoted"]) if c.quoted else 0.0
            scored.append((total, k, j))
    scored.sort(key=lambda t: (-t[0], cands[t[1]].line))
    taken: dict[int, tuple[int, float]] = {}
    used: set[int] = set()

    def free(c: _Candidate) -> bool:
        return not used.intersection(range(c.line, c.last_line + 1))

    # a line that fits two questions about as well ("Joint packages": the count and the
    # spend on them) is placed by order, not by strength
    ranked = np.sort(scores.astype(np.float64), axis=1)
    clear = ranked[:, -1] - (ranked[:, -2] if scores.shape[1] > 1 else 0.0) >= STRONG_MARGIN
    for total, k, j in scored:  # strong matches first, anywhere; a short topic label never
        if total >= strong and j not in taken and free(cands[k]) and not topic[k][j] \
                and (scores[k, j] >= exact and clear[k] or cands[k].number == qn.questions[j].number):
            taken[j] = (k, total)
            used.update(range(cands[k].line, cands[k].last_line + 1))
    # the rest between their neighbours: questions that share the same neighbours are aligned
    # with the lines between them in order, the best total score over the group (as in
    # aligning two sequences), so a label that fits a later question is left for it
    eligible: dict[tuple[int, int], float] = {}
    for total, k, j in scored:
        c = cands[k]
        if total >= accept and (asks[k] or heading[k] or (c.number and c.number == qn.questions[j].number)):
            eligible.setdefault((j, k), total)
    groups: dict[tuple[int, int], list[int]] = {}
    for j in range(len(qn.questions)):
        if j not in taken:
            before = max((cands[taken[i][0]].last_line for i in taken if i < j), default=-1)
            after = min((cands[taken[i][0]].line for i in taken if i > j), default=len(lines))
            groups.setdefault((before, after), []).append(j)
    for (before, after), group in groups.items():
        window = [k for k, c in enumerate(cands) if before < c.line and c.last_line < after and free(c)]
        for j, k, total in _align(group, window, eligible, cands):
            taken[j] = (k, total)
            used.update(range(cands[k].line, cands[k].last_line + 1))
    _answers_after_request(text, taken, used, cands, scores, zones, accept)
    anchors = []
    for j, (k, total) in taken.items():
        c = cands[k]
        answer_from = c.answer_from
        if answer_from is None and c.cells is None and not asks[k] \
                and FIGURE_GIVEN.search(text, c.q_start, c.q_end):
            # "At 31 March 2024, 2,384 people were eligible for NHS Continuing Healthcare":
            # the question's words said as a fact with its figure; the line answers, it does
            # not restate the question
            answer_from = c.q_start
        anchors.append(Anchor(qn.questions[j].id, c.line, c.last_line, c.q_start, c.q_end, answer_from,
                              min(100.0, total), c.number, c.quoted, c.cells))
    return sorted(anchors, key=lambda a: a.line)


STRONG_MARGIN = 5.0  # wording points a strong anchor's line must fit its question better than any other
REQUEST_RUN_MIN = 3  # questions listed with nothing between them: a request, not the answers
REPLACED_SHARE = 0.6  # ... moved to the answers below only when this share of them is found there


def _heading_like(line: str) -> bool:
    """A topic heading or a question: short and not a sentence, or ending in "?"."""
    line = line.strip()
    return line.endswith("?") or (len(line.split()) <= HEADING_MAX_WORDS and not line.endswith((".", "!", ";", ",")))


HEADING_MAX_WORDS = 10


def _answers_after_request(text: str, taken: dict, used: set, cands: list[_Candidate], scores: np.ndarray,
                           zones: list[str], accept: float) -> None:
    """A request listed first ("You asked: 1. ... 7. ...") and answered below under topic
    headings ("Case management system" / "We use Mosaic ..."): the questions first placed on
    the bare list are placed again, in order, on the lines after it, when most of them fit
    there. `taken` and `used` are updated in place."""
    order = sorted(taken, key=lambda j: cands[taken[j][0]].line)
    run: list[int] = []
    for a, j in enumerate(order):
        c = cands[taken[j][0]]
        nxt = cands[taken[order[a + 1]][0]].line if a + 1 < len(order) else None
        if c.answer_from is None and c.cells is None and nxt is not None and _next_text_line(zones, c.last_line) == nxt:
            run.append(j)
            continue
        if len(run) >= REQUEST_RUN_MIN - 1:
            run.append(j)  # the last of the list, whose "answer" is all that follows
            break
        run = []
    if len(run) < REQUEST_RUN_MIN:
        return
    last = max(cands[taken[j][0]].last_line for j in run)
    window = [k for k, c in enumerate(cands) if c.line > last and c.answer_from is None and c.cells is None
              and c.line == c.last_line and _next_text_line(zones, c.last_line) is not None
              and _heading_like(text[c.q_start:c.q_end])]
    # questions placed after the list already take part again, so the order decides for all;
    # in questionnaire order, as `_align` places them
    group = sorted(set(run) | {j for j in taken if cands[taken[j][0]].line > last})
    # the headings there are short ("Cost of care"): their wording scores, in order, decide
    eligible = {(j, k): float(scores[k, j]) for j in group for k in window if scores[k, j] >= accept}
    placed = _align(group, window, eligible, cands)
    if len([p for p in placed if p[0] in run]) < REPLACED_SHARE * len(run):
        return
    for j in group:
        k, _ = taken.pop(j)
        used.difference_update(range(cands[k].line, cands[k].last_line + 1))
    for j, k, total in placed:
        taken[j] = (k, total)
        used.update(range(cands[k].line, cands[k].last_line + 1))


def _align(group: list[int], window: list[int], eligible: dict[tuple[int, int], float],
           cands: list[_Candidate]) -> list[tuple[int, int, float]]:
    """Questions `group` (in order) onto candidates `window` (in text order), monotone, best sum.

    Returns (question index, candidate index, score) for each question placed.
    """
    if not group or not window:
        return []
    n, m = len(group), len(window)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for a in range(1, n + 1):
        for b in range(1, m + 1):
            keep = max(best[a - 1][b], best[a][b - 1])
            score = eligible.get((group[a - 1], window[b - 1]))
            if score is not None:
                prev = b - 1  # the previous question must end on an earlier line
                while prev > 0 and cands[window[prev - 1]].last_line >= cands[window[b - 1]].line:
                    prev -= 1
                keep = max(keep, best[a - 1][prev] + score)
            best[a][b] = keep
    out = []
    a, b = n, m
    while a > 0 and b > 0:
        if best[a][b] == best[a - 1][b]:
            a -= 1
        elif best[a][b] == best[a][b - 1]:
            b -= 1
        else:
            k = window[b - 1]
            out.append((group[a - 1], k, eligible[(group[a - 1], k)]))
            prev = b - 1
            while prev > 0 and cands[window[prev - 1]].last_line >= cands[k].line:
                prev -= 1
            a, b = a - 1, prev
    return out


def _bodyless(zones: list[str], c: _Candidate, cand_lines: set[int]) -> bool:
    """True when nothing but another question follows the candidate (a request list)."""
    j = _next_text_line(zones, c.last_line)
    return j is None or j in cand_lines or zones[j] in Z.NOT_ANSWER


def anchored_pairs(text: str, lines: list[Line], zones: list[str], anchors: list[Anchor],
                   rules: Rules) -> dict[str, QAPair]:
    """One pair per anchor: its question, and the text up to the next anchor as its answer."""
    out: dict[str, QAPair] = {}
    for k, a in enumerate(anchors):
        if a.quoted:
            continue
        nxt = anchors[k + 1].line if k + 1 < len(anchors) else len(lines)
        end_line = _answer_end(lines, zones, a, nxt, rules)
        tail_end = lines[end_line - 1].end if end_line - 1 > a.last_line else None
        if a.cells is not None:
            start, end = a.cells[0], max(a.cells[1], tail_end or a.cells[1])
        else:
            start = a.answer_from if a.answer_from is not None else max(lines[a.last_line].end, a.q_end)
            end = tail_end if tail_end is not None else lines[a.last_line].end
        start = _skip_labels(text, start, end)
        q_end = min(a.q_end, start)  # a statement anchor's line is all answer
        tail_end = text.find("\n", start, end)
        tail = text[start:tail_end if tail_end >= 0 else end].strip()
        if tail[:1].islower() and tail.endswith("?") and a.answer_from is None and a.cells is None:
            q_end = start + len(text[start:end]) - len(text[start:end].lstrip()) + len(tail)
            start = _skip_labels(text, q_end, end)  # the question's last line, wrapped ("published?")
        own = parse_number(text[start:end], rules)
        if own and a.number and own[0] == a.number:
            start = _skip_labels(text, start + own[1], end)  # "4 - 13,482" under "Question 4 - ..."
        restated = restated_length(text[a.q_start:q_end], text[start:end]) if start < end else None
        if restated:
            start += restated
        pair = make_pair(0, a.number, text, (a.q_start, q_end), (start, max(start, end)))
        out[a.question_id] = replace(pair, question_id=a.question_id, match_score=round(a.score, 1))
    return out


def _answer_end(lines: list[Line], zones: list[str], a: Anchor, nxt: int, rules: Rules) -> int:
    """The line index where the anchored question's answer stops (exclusive)."""
    base = _DIGITS.match(a.number)
    next_number = str(int(base.group(0)) + 1) if base else ""
    for i in range(a.last_line + 1, nxt):
        if zones[i] in (Z.BOILERPLATE, Z.QUOTED, Z.CONTENTS):
            return i
        parsed = parse_number(lines[i].text, rules)
        if next_number and parsed and _DIGITS.match(parsed[0]) \
                and _DIGITS.match(parsed[0]).group(0) == next_number:
            return i  # the next question, asked in words no canonical wording matched
    return nxt


def _skip_labels(text: str, start: int, end: int) -> int:
    """Past blanks and answer labels ("Response:", "Answer -", "Reply" alone) at the start."""
    while True:
        s, _ = strip_span(text, start, end)
        m = _ANSWER_LABEL.match(text, s, end)
        if m and m.end() > s:
            start = m.end()
            continue
        line_end = text.find("\n", s, end)
        first = text[s:line_end if line_end >= 0 else end].strip().rstrip(":-–— .").lower()
        if first in _BARE_LABELS and line_end >= 0:
            start = line_end + 1
            continue
        return s


def _complete(text: str, pair: QAPair) -> bool:
    """A question line no wording can split: it ends with "?", or it is answered further on
    (a request list, then the answers): the line is all question."""
    return text[pair.q_start:pair.q_end].rstrip().endswith("?") or \
        bool(pair.answer and text[pair.q_end:pair.a_start].strip())


@functools.lru_cache(maxsize=4096)
def _flat_lower(wording: str) -> str:
    return " ".join(wording.split()).lower()


@functools.lru_cache(maxsize=4096)
def _shortest_split(question: Question) -> tuple[float, ...]:
    """Per wording of `question`, the length a question line must exceed for
    `_split_incomplete` to find an answer after that wording on it (never, for an empty one)."""
    return tuple(len(_flat_lower(w)) * 0.9 + 5 if w else float("inf") for w in question.wordings)


def split_by_wording(text: str, pair: QAPair, wording: str, min_score: float = 85) -> QAPair:
    """Split a pair whose answer sits on the question's line without a "?".

    Aligns the canonical `wording` with the start of the pair's question and moves what follows
    the aligned question (snapped to the nearest ".", "?", ":" or ")") into the answer:
    ``10. Does the Local Authority have a Joint Funding Policy with the ICBs. No`` -> "No".
    A question that ends with "?" is taken as complete and left alone.
    """
    if not wording or _complete(text, pair):
        return pair
    return _split_incomplete(text, pair, text[pair.q_start:pair.q_end], wording, min_score)


def _split_incomplete(text: str, pair: QAPair, body: str, wording: str, min_score: float = 85) -> QAPair:
    """`split_by_wording` of a pair known not to be `_complete`, whose question is `body`."""
    if not wording:
        return pair
    w = _flat_lower(wording)
    if len(body) <= len(w) * 0.9 + 5:  # as `_shortest_split`
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
    if best is None or not body[best:].strip() or still_asks(body[best:]):
        return pair
    return cut_pair(text, pair, pair.q_start + best)


def refine_pairs(text: str, pairs: list[QAPair], qn: Questionnaire, rules: Rules) -> list[QAPair]:
    """Give each pair with an unsplit question line its answer, using the nearest wording."""
    out = []
    rows = score_rows([p.question for p in pairs], qn.questions, rules)
    for i, pair in enumerate(pairs):
        if _complete(text, pair):  # no wording splits it: straight to the sentence cut
            out.append(_split_at_best_sentence(text, pair, qn, rules))
            continue
        scores = rows[i].tolist()
        scored = [qn.questions[j] for j in sorted(range(len(scores)), key=scores.__getitem__, reverse=True)[:2]]
        numbered = [q for q in qn.questions if pair.number and q.number == pair.number]
        body = text[pair.q_start:pair.q_end]  # the pair is not complete until it is split
        for q in numbered + scored:
            new = pair
            for wording, shortest in zip(q.wordings, _shortest_split(q)):
                if len(body) <= shortest:
                    continue  # the line is too short to hold this wording and an answer
                new = _split_incomplete(text, pair, body, wording)
                if new is not pair:
                    break
            if new is not pair:
                pair = new
                break
        else:
            pair = _split_at_best_sentence(text, pair, qn, rules)
        out.append(pair)
    return out


def _split_at_best_sentence(text: str, pair: QAPair, qn: Questionnaire, rules: Rules) -> QAPair:
    """'1. Please give the DASS's details for your authority. Jane Smith, Director...':
    cut at the sentence boundary whose prefix matches a canonical question best."""
    if pair.answer or pair.question.rstrip().endswith("?"):
        return pair
    best, best_score = None, float(rules.thresholds["match"]["accept"])
    cuts = list(sentence_cuts(text, pair))
    rows = score_rows([text[pair.q_start:at] for at in cuts], qn.questions, rules)
    for k, at in enumerate(cuts):
        score = max(rows[k].tolist())
        if score > best_score + 1 and not still_asks(text[at:pair.q_end]):
            best, best_score = at, score
    return cut_pair(text, pair, best) if best is not None else pair
