"""Answers typed in after a request of several sentences (docs/layouts.md ``inline_qa``
without labels: t01, t05, t06).

A disclosure page reproduces the request and types each answer in after it, on the
question's own line. Where the request ends in "?" the answer starts after it; where the
request runs to several sentences ending in full stops ("... per patient per day."), only
the request's wording says where it stops: the answer is what follows the last sentence that
asks for something, when that tail reads as an answer (a figure, an answer word, a refusal).
"""
from __future__ import annotations

import re

from pipeline.rules import Rules
from pipeline.segment import zones

_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z0-9£(])")
# what opens an answer on its own: a figure or an answer word ("Zero.", "None", "Yes – ...")
_ANSWER_WORD = re.compile(r"[£<>~]?\d|(yes|no|none|nil|n/?a|nothing|zero)\b", re.IGNORECASE)
# the requester still speaking: a note in brackets ("(Note: if you are unable to provide data
# for 2022/23, please take ...)", t14), a "please" that is not a pointer ("please see")
_STILL_ASKING = re.compile(r"^\(|\bplease\b(?! (see|find|note|refer|be aware))", re.IGNORECASE)


def split_after_request(text: str, start: int, end: int, rules: Rules) -> int | None:
    """Offset where the answer starts after the last asking sentence of `text[start:end]`.

    >>> s = "1. What was the budget for meals. Please state it per day. Zero."  # doctest: +SKIP
    >>> s[split_after_request(s, 3, len(s), rules):]  # doctest: +SKIP
    'Zero.'
    """
    line = text[start:end]
    cuts = [m.end() for m in _SENTENCE_END.finditer(line)]
    if not cuts:
        return None
    bounds = [0] + cuts + [len(line)]
    sentences = [line[a:b].strip() for a, b in zip(bounds, bounds[1:])]
    asking = [k for k, s in enumerate(sentences) if "?" in s or zones.reads_as_question(s, rules) or zones.asks_for(s, rules)]
    if not asking or asking[-1] == len(sentences) - 1:
        return None
    tail = line[bounds[asking[-1] + 1]:].strip()
    if _STILL_ASKING.search(tail) or not (_ANSWER_WORD.match(tail) or zones.is_blanket_answer(tail, rules)):
        return None
    return start + bounds[asking[-1] + 1]
