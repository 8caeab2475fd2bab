"""The last step of segmentation: question/answer pairs with their spans, built one way.

Every pair's question and answer are spans of the document text with surrounding blanks and
stray separators trimmed, so that `text[a_start:a_end] == answer` always holds.
"""
from __future__ import annotations

import re
from dataclasses import replace

from pipeline.model import QAPair
from pipeline.segment.lines import strip_span


def make_pair(index, number, text, q, a) -> QAPair:
    qs, qe = strip_span(text, *q)
    a_s, a_e = strip_span(text, *a) if a[1] > a[0] else (a[0], a[0])
    if a_e <= a_s:
        a_s = a_e = max(a_s, qe)
    return QAPair(index=index, number=number, question=text[qs:qe], answer=text[a_s:a_e],
                  q_start=qs, q_end=qe, a_start=a_s, a_end=a_e)


def with_answer(text: str, pair: QAPair, start: int, end: int) -> QAPair:
    a_s, a_e = strip_span(text, start, end)
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
    q_s, q_e = strip_span(text, pair.q_start, at)
    a_s, a_e = strip_span(text, at, answer_end)
    if a_e <= a_s or q_e <= q_s:
        return pair
    return replace(pair, question=text[q_s:q_e], q_start=q_s, q_end=q_e,
                   answer=text[a_s:a_e], a_start=a_s, a_end=a_e)
