"""`SpanSet` and `DisjointSpans` answer exactly as the scans they replace (every span tested)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.spans import DisjointSpans, SpanSet

SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)).map(lambda t: (t[0], t[0] + t[1])), max_size=12)
QUERIES = st.lists(st.tuples(st.integers(-3, 70), st.integers(0, 10)).map(lambda t: (t[0], t[0] + t[1])), max_size=30)


@settings(max_examples=300, deadline=None)
@given(spans=SPANS, queries=QUERIES)
def test_span_set_agrees_with_a_scan_of_every_span(spans, queries):
    found = SpanSet(spans)
    for start, end in queries:
        assert found.overlaps(start, end) == any(s < end and start < e for s, e in spans)
        assert found.holds(start) == any(s <= start < e for s, e in spans)
        assert found.holds_end(end) == any(s < end <= e for s, e in spans)


@settings(max_examples=300, deadline=None)
@given(offered=QUERIES)
def test_disjoint_spans_take_what_a_scan_would_take(offered):
    taken, scanned = DisjointSpans(), []
    for start, end in offered:
        clash = any(s < end and start < e for s, e in scanned)
        assert taken.overlaps(start, end) == clash
        if not clash:
            taken.add(start, end)
            scanned.append((start, end))


def test_empty_sets_overlap_nothing():
    assert not SpanSet().overlaps(0, 10)
    assert not SpanSet().holds(0)
    assert not DisjointSpans().overlaps(0, 10)
