"""The last step of segmentation: question/answer pairs with their spans, built one way.

Every pair's question and answer are spans of the document text with surrounding blanks and
stray separators trimmed, so that `text[a_start:a_end] == answer` always holds.
"""
from __future__ import annotations

import re
from dataclasses import replace

from pipeline.model import QAPair
from pipeline.rules import Questionnaire
from pipeline.segment import zones as Z
from pipeline.segment.lines import QUESTIONS_HEADING, TABLE_SEP, Line, strip_span
from pipeline.spans import SpanSet

_SENTENCE_START = re.compile(r"[.?:)]\s+(?=[A-Z0-9£<*(\"“])")
_WORD = re.compile(r"[A-Za-z]{3}")


def _past_own_label(text: str, number: str, a_s: int, a_e: int) -> int:
    """Past "A4" / "A4a:" opening the answer to question 4 / 4a ("Q4 ... A4 Yes.")."""
    if not number or a_s >= a_e or text[a_s] != "A":
        return a_s
    m = re.compile(rf"A{re.escape(number)}(?:\s*[:.)\-–])?\s+", re.IGNORECASE).match(text, a_s, a_e)
    return m.end() if m else a_s


def make_pair(index, number, text, q, a) -> QAPair:
    qs, qe = strip_span(text, *q)
    a_s, a_e = strip_span(text, *a) if a[1] > a[0] else (a[0], a[0])
    a_s = _past_own_label(text, number, a_s, a_e)
    if a_e <= a_s:
        a_s = a_e = max(a_s, qe)
    return QAPair(index=index, number=number, question=text[qs:qe], answer=text[a_s:a_e],
                  q_start=qs, q_end=qe, a_start=a_s, a_end=a_e)


def with_answer(text: str, pair: QAPair, start: int, end: int) -> QAPair:
    a_s, a_e = strip_span(text, start, end)
    a_s = _past_own_label(text, pair.number, a_s, a_e)
    if a_e <= a_s:
        return pair
    return replace(pair, answer=text[a_s:a_e], a_start=a_s, a_end=a_e)




def sentence_cuts(text: str, pair: QAPair) -> list[int]:
    """Offsets inside a pair's question where a new sentence starts (candidate answer starts)."""
    body = text[pair.q_start:pair.q_end]
    return [pair.q_start + m.end() for m in _SENTENCE_START.finditer(body)]


def cut_pair(text: str, pair: QAPair, at: int) -> QAPair:
    """Move everything from offset `at` (inside the question) into the answer."""
    answer_end = pair.a_end if pair.answer else pair.q_end
    q_s, q_e = strip_span(text, pair.q_start, at)
    a_s, a_e = strip_span(text, at, answer_end)
    if a_e <= a_s or q_e <= q_s:
        return pair
    return replace(pair, question=text[q_s:q_e], q_start=q_s, q_end=q_e,
                   answer=text[a_s:a_e], a_start=a_s, a_end=a_e)


def merge_with_layout(text: str, layout: list[QAPair], anchored: dict[str, QAPair], anchors: list,
                      qn: Questionnaire, exact: float) -> tuple[list[QAPair], dict[str, str]]:
    """One pair per question from the layout pairs (already matched) and the anchored ones.

    The layout pair stays where both agree on the place, since layout rules know tables,
    labels and answers given first; the anchored pair wins where the layout found no answer,
    where its answer runs into another anchored question, or where the anchor matched the
    question much better somewhere else. Returns the pairs in text order and, for each
    question taken from an anchor, its kind of match ("exact" or "fuzzy").
    """
    by_q = {p.question_id: p for p in layout if p.question_id}
    family = {q.id: q.parent or q.id for q in qn.questions}
    starts = [(a.q_start, family.get(a.question_id)) for a in anchors]
    rows = {a.q_start for a in anchors if a.cells is not None}  # table rows: parts of a data table
    chosen: dict[str, QAPair] = {}
    kinds: dict[str, str] = {}
    for qid in list(by_q) + [q for q in anchored if q not in by_q]:
        lay, anc = by_q.get(qid), anchored.get(qid)
        use_anchor = False
        if anc is not None and (_mid_line(text, anc.q_start) or anc.q_start in rows) and any(
                p.a_start <= anc.q_start < p.a_end and family.get(p.question_id) == family[qid]
                for p in by_q.values() if p is not lay):
            anc = None  # a sub-question answered inside its parent's answer (mid-line, a table row)
        if anc is not None and anc.answer:
            if lay is None or not lay.answer:
                use_anchor = True
            elif lay.q_start <= anc.q_end and anc.q_start <= lay.q_end:
                # the layout answer runs on into another question (not one of its own parts)
                use_anchor = any(lay.a_start < s < lay.a_end and f != family[qid] for s, f in starts)
            else:
                use_anchor = anc.match_score > lay.match_score + 5
        if use_anchor:
            chosen[qid] = replace(anc, by_reference=lay.by_reference if lay else False)
            kinds[qid] = "exact" if anc.match_score >= exact else "fuzzy"
        elif lay is not None:
            chosen[qid] = lay
    chosen = {qid: _cut_before(text, p, chosen.values()) for qid, p in chosen.items()}
    taken = [(p.q_start, max(p.q_end, p.a_end)) for p in chosen.values()]
    rest = [p for p in layout if not p.question_id
            and not any(s < max(p.q_end, p.a_end) and p.q_start < e for s, e in taken)]
    ordered = sorted(list(chosen.values()) + rest, key=lambda p: (p.q_start, p.a_start))
    return reindexed(ordered), kinds


def reindexed(pairs: list[QAPair]) -> list[QAPair]:
    """The pairs numbered 0, 1, ... in this order (a pair already so numbered is kept)."""
    return [p if p.index == i else replace(p, index=i) for i, p in enumerate(pairs)]


def _mid_line(text: str, at: int) -> bool:
    """True when words stand before offset `at` on its line (not only a number label)."""
    prefix = text[text.rfind("\n", 0, at) + 1:at]
    return _WORD.search(prefix) is not None


def _cut_before(text: str, pair: QAPair, others) -> QAPair:
    """End `pair`'s answer at the first other chosen question that starts a line inside it."""
    inside = [o.q_start for o in others if o is not pair and pair.a_start < o.q_start < pair.a_end
              and not _mid_line(text, o.q_start)]
    if not inside:
        return pair
    cut = text.rfind("\n", 0, min(inside)) + 1
    a_s, a_e = strip_span(text, pair.a_start, max(pair.a_start, cut))
    return replace(pair, answer=text[a_s:a_e], a_start=a_s, a_end=max(a_s, a_e))


_FIGURE = re.compile(r"\d|£|%")


def unplaced_blocks(text: str, lines: list[Line], zones: list[str], pairs: list[QAPair]) -> list[QAPair]:
    """Paragraphs among the answers that no pair holds and that carry a figure.

    Between the first question and the last answer, a paragraph outside every pair (an
    answer whose question could not be placed, a note under a table) becomes a pair with no
    question: its values go to review, never to a field.
    """
    spans = [(p.q_start, max(p.q_end, p.a_end)) for p in pairs if p.question or p.answer]
    if not spans:
        return []
    first, last = min(s for s, _ in spans), max(e for _, e in spans)
    out: list[QAPair] = []
    block: list[Line] = []
    held = SpanSet(spans)
    for ln, zone in zip(lines + [Line(len(text), len(text), "")], zones + [Z.BLANK]):
        # a table row is held when any of its cells is ("2 | question | answer | None")
        inside = held.holds(ln.start) or held.holds_end(ln.end) or (
            TABLE_SEP in ln.text and (held.overlaps(ln.start, ln.end)  # a section row: not a value
                                      or not any(c.strip(" |") for c in ln.text.split(TABLE_SEP)[1:])))
        # a question of the request, or a heading naming questions: not an answer
        asked = ln.text.rstrip().endswith("?") or QUESTIONS_HEADING.match(ln.text) is not None
        if zone == Z.TEXT and first < ln.start < last and not inside and ln.text.strip() and not asked:
            block.append(ln)
            continue
        if block and _FIGURE.search(text[block[0].start:block[-1].end]):
            out.append(make_pair(0, "", text, (block[0].start, block[0].start), (block[0].start, block[-1].end)))
        block = []
    return out
