"""A numbered question of several sentences answered in lettered parts.

    1. Do you have a framework? If so, does it include health? Can you share it?
    a. Yes. We have a framework overseen by the Joint Commissioning Board.
    b. Yes, the ICB is a member.
    c. It will be published in June, so we withhold it under section 22.

The request's sub-questions were run together on one numbered line, and the body answered
them part by part. Read line by line, the parts look like lettered questions ("a. Yes.")
with answers of their own, and the second sentence of the question looks like the answer
to the first. Here the block is read as a whole: the k-th sentence of the question is
paired with the k-th lettered part (numbered `1`, `1a`, `1b`, ... as such requests number
their sub-questions). When the counts differ, the question and all its parts stay one pair,
the parts its answer: reading each part against the wrong sentence would be worse.

Only parts that answer are taken: a part that asks ("a. How many of these are funded?")
is a sub-question of its own and the block is left as it was.
"""
from __future__ import annotations

import re
from dataclasses import replace

from pipeline.model import QAPair
from pipeline.rules import Rules
from pipeline.segment import zones
from pipeline.segment.pairs import make_pair

# a lettered or roman label opening a line: "a.", "(b)", "c)", "ii."
_PART = re.compile(r"^[ \t]*\(?(?P<label>[a-h]|i{1,3}|iv|v|vi{0,3})[.)][ \t]+(?=\S)", re.MULTILINE)
_LETTERS = "abcdefgh"
_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii")
# where the question's asks part: after a "?" or "." (a new sentence), or at ", and can you"
# ("If so, does it include health partners, and can you share the terms of reference?")
_ASK_BREAK = re.compile(r"(?<=[?.!])\s+|,?\s+and\s+(?=(?:can|could|would|will|do|does|did|is|are|please|how|what|who|which|when|where)\s+(?:you\s+)?\w)",
                        re.IGNORECASE)


def _in_sequence(labels: list[str]) -> bool:
    for series in (_LETTERS, _ROMANS):
        if list(labels) == list(series[:len(labels)]):
            return True
    return False


def _asks(part: str, rules: Rules) -> bool:
    return "?" in part or zones.reads_as_question(part.strip(), rules)


_NUMBERED = re.compile(r"[ \t]*(?:q(?:uestion)?\s*)?\d+[.):]?\s", re.IGNORECASE)


def _block_end(text: str, first_part: int, limit: int) -> int:
    """Where the lettered parts from `first_part` end: before a blank line or a numbered
    line, else at `limit`."""
    line_end = text.find("\n", first_part, limit)
    while line_end >= 0:
        next_end = text.find("\n", line_end + 1, limit)
        following = text[line_end + 1:next_end if next_end >= 0 else limit]
        if not following.strip() or _NUMBERED.match(following):
            return line_end
        line_end = next_end
    return limit


def _split_block(text: str, start: int, end: int, number: str, index: int,
                 rules: Rules) -> list[QAPair] | None:
    """The pairs of one block text[start:end], or None when it is not such a block."""
    parts = list(_PART.finditer(text, start, end))
    if len(parts) < 2 or not _in_sequence([m.group("label") for m in parts]):
        return None
    spans = [(m.end(), parts[k + 1].start() if k + 1 < len(parts) else end) for k, m in enumerate(parts)]
    if any(_asks(text[a:b], rules) for a, b in spans):
        return None
    asked_end = parts[0].start()
    sentences, at = [], start
    for m in [*_ASK_BREAK.finditer(text, start, asked_end), None]:
        a, b = (at, m.start()) if m else (at, asked_end)
        if text[a:b].strip():
            sentences.append((a, b))
        at = m.end() if m else at
    if "?" not in text[start:asked_end] or not sentences or not all(
            _asks(text[a:b], rules) or zones.asks_for(text[a:b], rules) for a, b in sentences):
        return None  # an answer's own opening stands between the question and its parts
    if len(sentences) != len(spans):  # one question, its answer in parts
        return [make_pair(index, number, text, (start, asked_end), (parts[0].start(), end))]
    return [make_pair(index + k, number + ("" if k == 0 else _LETTERS[k - 1]), text, q, a)
            for k, (q, a) in enumerate(zip(sentences, spans))]


def split_compound(text: str, pairs: list[QAPair], rules: Rules) -> list[QAPair]:
    """`pairs` with every compound question answered in lettered parts read as one block."""
    out: list[QAPair] = []
    i = 0
    while i < len(pairs):
        pair = pairs[i]
        if pair.number.isdigit():
            nxt = next((p.q_start for p in pairs[i + 1:] if p.q_start > pair.q_start and p.number.isdigit()
                        and p.number != pair.number and p.question.rstrip().endswith("?")), len(text))
            first = _PART.search(text, pair.q_start, nxt)
            end = _block_end(text, first.start(), nxt) if first else -1
            block = _split_block(text, pair.q_start, end, pair.number, len(out), rules) if first else None
            if block is not None:
                out.extend(block)
                i += 1
                while i < len(pairs) and pairs[i].q_start < end:
                    i += 1
                continue
        out.append(replace(pair, index=len(out)) if pair.index != len(out) else pair)
        i += 1
    return out
