"""A list of rule patterns asked "does any of them match?" in one regex pass (`AnyOf`).

Rules hold many small regexes per purpose (boilerplate openings, answer states, exemption
sections); asking each in turn over every line costs one scan per pattern. The answers for
the texts asked last are kept (`MEMO`): the same lines are asked again by other steps, and
a body's letters repeat their boilerplate from one response to the next.
"""
from __future__ import annotations

import re

_BACKREF = re.compile(r"\\[1-9]|\(\?P=|\(\?[aiLmsux]")  # a back-reference, or inline flags
#: texts whose answers one AnyOf keeps (each of `search` and `match`); all dropped when full
MEMO = 4096
MEMO_CHARS = 1000  # a longer text is asked each time, not kept


class AnyOf:
    """A list of compiled rule patterns asked "does any of them match?" in one regex pass.

    `search(s)` is `any(p.search(s) for p in patterns)`, `match(s)` likewise, exactly: the
    patterns are joined as alternatives of one regex, which matches at a position exactly
    when one of them does. Patterns a join could change (back-references, inline flags,
    differing flags) are asked one by one instead.
    """

    def __init__(self, patterns):
        self.patterns = tuple(patterns)
        self.union = None
        flags = {p.flags for p in self.patterns}
        if self.patterns and len(flags) == 1 and not any(_BACKREF.search(p.pattern) for p in self.patterns):
            try:
                self.union = re.compile("|".join(f"(?:{p.pattern})" for p in self.patterns), flags.pop())
            except re.error:
                self.union = None
        self._at = None  # the union as a lookahead, compiled on first use (`starts`)
        self._searched: dict[str, bool] = {}
        self._matched: dict[str, bool] = {}

    def search(self, text: str) -> bool:
        return self._memo(self._searched, text, "search")

    def match(self, text: str) -> bool:
        return self._memo(self._matched, text, "match")

    def _memo(self, seen: dict[str, bool], text: str, how: str) -> bool:
        """Whether any pattern matches `text` (`how`: "search" or "match"), remembered for
        short texts (the same answers are asked about for each field)."""
        found = seen.get(text)
        if found is None:
            if self.union is not None:
                found = getattr(self.union, how)(text) is not None
            else:
                found = any(getattr(p, how)(text) for p in self.patterns)
            if len(text) <= MEMO_CHARS:
                if len(seen) >= MEMO:
                    seen.clear()
                seen[text] = found
        return found

    def first(self, text: str) -> tuple[int, int] | None:
        """`min(m.span() for p in patterns if (m := p.search(text)))`: the earliest match of
        any pattern, the shortest of those that start there; None when none matches."""
        if self.union is None:
            return min((m.span() for m in (p.search(text) for p in self.patterns) if m), default=None)
        found = self.union.search(text)
        if found is None:
            return None  # no pattern matches: the earliest start is where the union matches
        at = found.start()
        return min(m.span() for m in (p.match(text, at) for p in self.patterns) if m)

    def starts(self, text: str) -> list[int] | None:
        """Every position where one of the patterns matches (None: not known, try each)."""
        if self.union is None:
            return None
        if self._at is None:
            self._at = re.compile(f"(?=(?:{self.union.pattern}))", self.union.flags)
        return [m.start() for m in self._at.finditer(text)]
