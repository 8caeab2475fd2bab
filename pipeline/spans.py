"""Character spans that answer "does this overlap one of you?" in O(log n).

A long response (a 1 MB export on one line, a thread of fifty letters) holds thousands of
mentions, figures and pairs; testing each against every span already taken grows with the
square of the text. `SpanSet` sorts the spans once and keeps, for each prefix, the furthest
end reached, so each question is one binary search. `DisjointSpans` grows one span at a
time for finders that take a span only where it overlaps none taken before.

    >>> SpanSet([(0, 4), (10, 12)]).overlaps(3, 6), SpanSet([(0, 4)]).overlaps(4, 6)
    (True, False)
"""
from __future__ import annotations

import bisect
import itertools
from typing import Iterable


class SpanSet:
    """A fixed set of (start, end) spans, overlapping or not, empty ones included."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()):
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(itertools.accumulate((e for _, e in ordered), max))  # furthest end so far

    def __len__(self) -> int:
        return len(self._starts)

    def _furthest(self, k: int) -> int | None:
        return self._reach[k - 1] if k > 0 else None

    def overlaps(self, start: int, end: int) -> bool:
        """Any span with ``s < end and start < e`` (the test written out everywhere before)."""
        reach = self._furthest(bisect.bisect_left(self._starts, end))
        return reach is not None and reach > start

    def holds(self, pos: int) -> bool:
        """Any span with ``s <= pos < e``."""
        reach = self._furthest(bisect.bisect_right(self._starts, pos))
        return reach is not None and reach > pos

    def holds_end(self, pos: int) -> bool:
        """Any span with ``s < pos <= e`` (`pos` is an end offset inside or closing a span)."""
        reach = self._furthest(bisect.bisect_left(self._starts, pos))
        return reach is not None and reach >= pos


class DisjointSpans:
    """Spans taken one by one, each only if it overlaps none taken before (``s < end and
    start < e``); `overlaps` answers as a scan of every taken span would."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._points: list[int] = []  # empty spans (s == e), kept apart: rare

    def overlaps(self, start: int, end: int) -> bool:
        # taken non-empty spans do not overlap each other, so sorted by start their ends
        # are sorted too: the last one opening before `end` reaches furthest
        k = bisect.bisect_left(self._starts, end)
        if k and self._ends[k - 1] > start:
            return True
        i = bisect.bisect_right(self._points, start)  # an empty span strictly inside
        return i < len(self._points) and self._points[i] < end

    def add(self, start: int, end: int) -> None:
        if end <= start:
            bisect.insort(self._points, start)
            return
        k = bisect.bisect_left(self._starts, start)
        self._starts.insert(k, start)
        self._ends.insert(k, end)
