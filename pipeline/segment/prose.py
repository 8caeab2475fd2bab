"""Answers written as prose of their own, not under the questions.

An e-mail or a letter may answer a request in paragraphs ("North Tyneside does not have a
joint commissioning framework ... The council's total spend on external placements in
2023/24 was £24.3m. Children and parents have not been involved ..."), with the questions
only quoted below it, or not at all. Once the questionnaire is known, the questions that are
still without an answer are placed, in their order, on the sentences of the unheld prose
that say them in their own words (order-aware alignment, several questions may share a
sentence); each answer runs from its sentence to the next placed sentence of the same
paragraph. A sub-question left over is read from its parent's answer by `extract.fields`.

Every pair placed here is by reference, so its values go to review: the answer's place is
a reading of the prose, not a question and its answer side by side.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import numpy as np

from pipeline.model import QAPair
from pipeline.rules import Question, Questionnaire, Rules
from pipeline.segment import zones as Z
from pipeline.segment.lines import TABLE_SEP, Line, strip_span
from pipeline.segment.pairs import make_pair
from pipeline.segment.wording import score_matrix
from pipeline.spans import SpanSet

# a sentence ends at ".", ";", "!" or "?" before a space and a capital, figure or "£"
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-Z0-9£(\"“])")
# "You also asked how the split differs ...", "Thank you for your request about ...": the
# request restated, not answered
_RESTATES_REQUEST = re.compile(r"(?:you|your request)\s+(?:also\s+|then\s+|have\s+|had\s+)?"
                               r"(?:asked|ask|requested|request|wanted|want|wished)\b"
                               r"|thank\s+you\s+for\s+your\b", re.IGNORECASE)
PROSE_MIN_PLACED = 2
HEADING_MAX_WORDS = 6  # one sentence that happens to fit a question is not a prose reply
GAP_FLOOR = 45.0  # a question between two placed ones, on a sentence between theirs
# a sentence that goes on from the one before: "This would ...", "We estimate this ...", "However, ..."
_GOES_ON = re.compile(r"\s*(?:this|that|these|those|it|they|such|however|therefore|so|also|as\s+such|"
                      r"we\s+(?:estimate|consider|believe|calculate)\s+(?:this|that|it))\b", re.IGNORECASE)
OUT_OF_ORDER_MARGIN = 6.0  # above `accept`: a question placed out of the questionnaire's order
SHARE_SCORE = 70.0  # a question shares the previous question's sentence only at this score
SHARE_GAP = 5.0  # ... and this much better than on any other sentence
SHARE_COST = 2.0  # a sentence of its own is preferred, other things equal
PLACE_BONUS = 5.0  # what placing a question at all adds to the alignment's sum
# a second clause: ", of whom 503 ...", ", and a joint register ...", "; the ICB ..."
_TWO_CLAUSES = re.compile(r",\s+(?:and|of\s+(?:whom|which)|with|while|whereas|but|which)\s|;\s+\S", re.IGNORECASE)


def _paragraphs(text: str, lines: list[Line], zones: list[str], held: SpanSet,
                within: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    """Spans of the text-zone paragraphs no answered pair holds (not questions, not quotes),
    or, given `within`, those inside that span."""
    out: list[tuple[int, int]] = []
    start = end = None
    for ln, zone in zip(lines + [Line(len(text), len(text), "")], zones + [Z.BLANK]):
        s = ln.text.strip()
        free = zone == Z.TEXT and s and not s.startswith(">") and not s.rstrip("”\"’'").endswith("?") \
            and (within[0] <= ln.start and ln.end <= within[1] if within else not held.overlaps(ln.start, ln.end))
        if free:
            start = ln.start if start is None else start
            end = ln.end
            continue
        if start is not None:
            out.append((start, end))
        start = end = None
    return out


def _sentences(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, paragraph index) of each sentence of each paragraph; a short line with
    no full stop ("Council's Response") is a sentence of its own."""
    out = []
    for k, (start, end) in enumerate(paragraphs):
        at = start
        for m in _SENTENCE_END.finditer(text, start, end):
            out.append((at, m.start(), k))
            at = m.end()
        out.append((at, end, k))
    split = []
    for s, e, k in out:
        first = text.find("\n", s, e)
        head = text[s:first].strip() if first >= 0 else ""
        if head and len(head.split()) <= HEADING_MAX_WORDS and not head.endswith((".", ":", ";", ",")):
            split += [(s, first, k), (first + 1, e, k)]
        else:
            split.append((s, e, k))
    return [s for s in split if text[s[0]:s[1]].strip()]


def _align(scores: np.ndarray, floor: float, shares: np.ndarray) -> list[tuple[int, int]]:
    """(question row, sentence) pairs in order, each at `floor` or above, with the best sum
    of what each placement scores above the floor plus PLACE_BONUS (a sure placement counts
    for more than two doubtful ones): a later question on a later sentence, or on the same
    one where `shares[q, s]` is finite, at that cost to the sum (0: a sub-question, whose
    parent's sentence often answers it too)."""
    n, m = scores.shape
    best = np.zeros((n + 1, m + 1))  # questions[:a] placed on sentences[:b]
    # 0 skip sentence, 1 skip question, 2 place on a sentence of its own, 3 share the sentence
    move = np.zeros((n + 1, m + 1), dtype=np.int8)
    for a in range(1, n + 1):
        for b in range(1, m + 1):
            best[a][b], move[a][b] = best[a][b - 1], 0
            if best[a - 1][b] > best[a][b]:
                best[a][b], move[a][b] = best[a - 1][b], 1
            if scores[a - 1, b - 1] < floor:
                continue
            score, cost = scores[a - 1, b - 1] - floor + PLACE_BONUS, shares[a - 1, b - 1]
            if cost == 0:  # sharing costs nothing: the best of both
                if best[a - 1][b] + score > best[a][b]:
                    best[a][b], move[a][b] = best[a - 1][b] + score, 3
                continue
            if best[a - 1][b - 1] + score > best[a][b]:
                best[a][b], move[a][b] = best[a - 1][b - 1] + score, 2
            if best[a - 1][b] + score - cost > best[a][b]:
                best[a][b], move[a][b] = best[a - 1][b] + score - cost, 3
    out = []
    a, b = n, m
    while a > 0 and b > 0:
        if move[a][b] == 0:
            b -= 1
        elif move[a][b] == 1:
            a -= 1
        else:
            out.append((a - 1, b - 1))
            b = b if move[a][b] == 3 else b - 1
            a -= 1
    return out[::-1]


def _shares(scores: np.ndarray, asked: list[Question], texts: list[str]) -> np.ndarray:
    """What it costs a question to share a sentence with the one before it (infinite: it
    may not): nothing for a sub-question (its parent's sentence often answers it too);
    SHARE_COST for any other, and only on a sentence of two clauses that says its words
    best of all, at SHARE_SCORE or better and SHARE_GAP better than any other sentence
    ("There were 734 people receiving aftercare, of whom 503 were jointly funded" answers
    two questions; "17 people." answers one)."""
    out = np.full(scores.shape, np.inf)
    compound = np.array([bool(_TWO_CLAUSES.search(t)) for t in texts], dtype=bool)
    for j, q in enumerate(asked):
        if q.parent:
            out[j, :] = 0.0
        elif scores.shape[1]:
            ranked = np.sort(scores[j])[::-1]
            top, second = ranked[0], (ranked[1] if len(ranked) > 1 else 0.0)
            if top >= SHARE_SCORE and top - second >= SHARE_GAP:
                out[j, (scores[j] == top) & compound] = SHARE_COST
    return out


def _crowded_out(placed: list[tuple[int, int]], scores: np.ndarray, asked: list[Question]) -> list[tuple[int, int]]:
    """`placed` less the questions that share a sentence with another question (not as its
    sub-question) although another sentence says their words better: they are there only
    because the questions after them share it."""
    on: dict[int, list[int]] = {}
    for j, s in placed:
        if not asked[j].parent:
            on.setdefault(s, []).append(j)
    drop = {(j, s) for s, js in on.items() if len(js) > 1 for j in js if scores[j, s] < scores[j].max()}
    return [p for p in placed if p not in drop]


def _fill_gaps(scores: np.ndarray, placed: list[tuple[int, int]], shares: np.ndarray, asked: list[Question],
               goes_on: list[bool]) -> list[tuple[int, int]]:
    """`placed` with the questions left between two placed questions aligned, at GAP_FLOOR,
    on the sentences left between theirs: the order of the reply vouches for what the
    words alone do not ("Spend in 2023/24 (£000): ..." between the answers on the split and
    on the policy's review). A sentence that goes on from the one before it ("... would
    mean reviewing each case record by hand. We estimate this would take more than 18
    hours, so we are refusing ...") is the earlier answer's, unless a sub-question of that
    answer's question is placed there ("The ICB therefore pays 50%.")."""
    out = list(placed)
    for (j0, s0), (j1, s1) in zip(placed, placed[1:]):
        if j1 - j0 < 2 or s1 - s0 < 2:
            continue
        sub = scores[j0 + 1:j1, s0 + 1:s1].copy()
        for a in range(sub.shape[0]):
            if asked[j0 + 1 + a].parent != asked[j0].id:
                sub[a, [b for b in range(sub.shape[1]) if goes_on[s0 + 1 + b]]] = 0.0
        gap = _align(sub, GAP_FLOOR, shares[j0 + 1:j1, s0 + 1:s1])
        out += [(j0 + 1 + a, s0 + 1 + b) for a, b in gap]
    return sorted(out)


def _out_of_order(scores: np.ndarray, placed: list[tuple[int, int]], floor: float) -> list[tuple[int, int]]:
    """Questions still unplaced, each put on the free sentence that says its words best
    when that scores `floor` or better, the best-fitting first: a reply that answers
    question 7 before questions 5 and 6 ("The policy was reviewed ... In 2023/24 the
    Council spent ..."). One question per sentence."""
    taken_q = {j for j, _ in placed}
    taken_s = {s for _, s in placed}
    found = sorted(((float(scores[j, s]), j, s) for j in range(scores.shape[0]) if j not in taken_q
                    for s in range(scores.shape[1]) if s not in taken_s and scores[j, s] >= floor), reverse=True)
    out = []
    for _, j, s in found:
        if j in taken_q or s in taken_s:
            continue
        out.append((j, s))
        taken_q.add(j)
        taken_s.add(s)
    return out


def _placements(text: str, lines: list[Line], zones: list[str], held: SpanSet, asked: list[Question],
                rules: Rules, within: tuple[int, int] | None = None,
                among: tuple[Question, ...] | None = None) -> list[tuple[int, tuple[int, int], float]]:
    """(index into `asked`, answer span, score, said) for each question placed on the
    prose; `said` is false for one placed by order, between two placed questions, rather
    than by its own words.

    `among`: the questionnaire's questions that `asked` is drawn from; the sentences are
    scored against all of them (the table every other step scores against, which keeps
    what it has seen) and the columns of `asked` taken, the same scores as `asked` alone.
    """
    sentences = [s for s in _sentences(text, _paragraphs(text, lines, zones, held, within))
                 if not _RESTATES_REQUEST.match(text, s[0])]
    if not sentences:
        return []
    texts = [text[s:e] for s, e, _ in sentences]
    if among is None:
        scores = score_matrix(texts, tuple(asked), rules)
    else:
        at = {q.id: k for k, q in enumerate(among)}
        scores = score_matrix(texts, among, rules)[:, [at[q.id] for q in asked]]
    scores = scores.astype(np.float64).T
    shares = _shares(scores, asked, texts)
    placed = _crowded_out(_align(scores, float(rules.thresholds["match"]["accept"]), shares), scores, asked)
    if len(placed) < PROSE_MIN_PLACED:
        return []
    said = set(placed)  # in its own words, in order (not by order alone, not out of order)
    goes_on = [k > 0 and sentences[k - 1][2] == sentences[k][2] and _GOES_ON.match(t) is not None
               for k, t in enumerate(texts)]
    placed = _fill_gaps(scores, placed, shares, asked, goes_on)
    placed = sorted(placed + _out_of_order(scores, placed, float(rules.thresholds["match"]["accept"]) + OUT_OF_ORDER_MARGIN))
    starts = sorted({s for _, s in placed})
    on: dict[int, list[int]] = {}
    for j, s in placed:
        on.setdefault(s, []).append(j)
    out = []
    for j, s in placed:
        start, _, paragraph = sentences[s]
        # a parent's answer runs on over its sub-questions' sentences ("Our spend ... is shown
        # below. The health and education contributions ..." and the table under them)
        later = [t for t in starts if t > s and sentences[t][2] == paragraph
                 and not all(asked[i].parent and asked[i].parent == asked[j].id for i in on[t])]
        end = sentences[later[0]][0] if later else _with_table(text, max(e for _, e, k in sentences if k == paragraph))
        out.append((j, (start, end), round(float(scores[j, s]), 1), (j, s) in said))
    return out


def _with_table(text: str, end: int) -> int:
    """`end` moved past a table that follows the paragraph ending there ("... is shown
    below." over "Year | Total spend | Funded by health"): the table is that answer's."""
    at = end
    while True:
        nl = text.find("\n", at)
        if nl < 0:
            return at if at > end else end
        line_end = text.find("\n", nl + 1)
        line = text[nl + 1:line_end if line_end >= 0 else len(text)]
        if TABLE_SEP not in line:
            return at
        at = line_end if line_end >= 0 else len(text)


def _quoted(lines: list[Line], zones: list[str]) -> SpanSet:
    return SpanSet((ln.start, ln.end + 1) for ln, zone in zip(lines, zones) if zone == Z.QUOTED)


def prose_pairs(text: str, lines: list[Line], zones: list[str], pairs: list[QAPair], qn: Questionnaire,
                rules: Rules) -> tuple[list[QAPair], dict[str, bool]]:
    """`pairs` with the questions still unanswered placed on prose that answers them (see
    the module doc), and for each question placed whether the prose says its words (false:
    placed by order between two others); unchanged when fewer than PROSE_MIN_PLACED are placed."""
    quoted = _quoted(lines, zones)
    # an "answer" inside the request quoted below the reply is more of the request
    answered = {p.question_id for p in pairs if p.question_id and p.answer.strip() and not quoted.holds(p.a_start)}
    open_q = [q for q in qn.questions if q.id not in answered]
    if len(open_q) < PROSE_MIN_PLACED:
        return pairs, {}
    held = SpanSet([(p.q_start, max(p.q_end, p.a_end)) for p in pairs if p.question_id in answered]
                   + [(p.q_start, p.q_end) for p in pairs if p.question.strip()])
    by_q = {p.question_id: p for p in pairs if p.question_id}
    new: dict[str, QAPair] = {}
    said: dict[str, bool] = {}
    for j, (start, end), score, said[open_q[j].id] in _placements(text, lines, zones, held, open_q, rules,
                                                                   among=qn.questions):
        q = open_q[j]
        asked = by_q.get(q.id)
        span = (asked.q_start, asked.q_end) if asked is not None else (start, start)
        pair = make_pair(0, asked.number if asked is not None else "", text, span, (start, end))
        new[q.id] = replace(pair, question_id=q.id, questionnaire=qn.id, by_reference=True,
                            match_score=score, placement="prose")
    kept = [p for p in pairs if p.question_id not in new]
    return kept + list(new.values()), said


def prose_answers(text: str, lines: list[Line], zones: list[str], pairs: list[QAPair],
                  rules: Rules) -> list[QAPair]:
    """For a request of no known questionnaire: its listed questions left without an answer
    placed, in order, on the prose that answers them in their own words ("a) How many
    Direct Payment Users are registered?" ... "There are currently 86 Direct Payment
    Users."), each question's words standing for its wording. Questions that were all given
    one response (`layout` shares a "Response" section out) are placed within it, and keep
    it whole when its sentences do not say their words."""
    quoted = _quoted(lines, zones)
    waiting = [p for p in pairs if p.question.strip() and (not p.answer.strip() or quoted.holds(p.a_start))]
    groups: list[tuple[list[QAPair], tuple[int, int] | None]] = [(waiting, None)]
    shared = Counter((p.a_start, p.a_end) for p in pairs if p.answer.strip() and p.question.strip())
    for span, n in shared.items():
        if n > 1 and not Z.is_blanket_answer(text[span[0]:span[1]], rules):  # a refusal covers them all
            groups.append(([p for p in pairs if (p.a_start, p.a_end) == span and p.question.strip()], span))
    waiting_at = {p.index for p in waiting}
    held = SpanSet([(p.q_start, max(p.q_end, p.a_end)) for p in pairs if p.index not in waiting_at]
                   + [(p.q_start, p.q_end) for p in pairs if p.question.strip()])
    placed: dict[int, tuple[tuple[int, int], float]] = {}
    for group, within in groups:
        if len(group) < PROSE_MIN_PLACED:
            continue
        asked = [Question(id=str(p.index), number=p.number, text=p.question, aliases=(), fields=()) for p in group]
        for j, span, score, _ in _placements(text, lines, zones, held, asked, rules, within):
            placed[group[j].index] = (span, score)
    if not placed:
        return pairs
    out = []
    for p in pairs:
        if p.index in placed:
            (start, end), score = placed[p.index]
            a_s, a_e = strip_span(text, start, end)
            p = replace(p, answer=text[a_s:a_e], a_start=a_s, a_end=a_e, by_reference=True,
                        match_score=score, placement="prose")
        out.append(p)
    return out
