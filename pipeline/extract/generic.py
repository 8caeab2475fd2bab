"""Typed values in the answers of a document whose questionnaire is unknown.

SPEC: an unknown questionnaire is not an error; its QA pairs are written with the typed values
found in their answers (money, counts, percentages, dates), under generic field names and
with no question id, so nothing is invented for any known questionnaire's fields.
"""
from __future__ import annotations

from pipeline.extract.count import find_counts
from pipeline.extract.dates import find_dates
from pipeline.extract.money import find_money
from pipeline.extract.percent import find_percents
from pipeline.model import Document, QAPair, SourceRef, State, Status, Value
from pipeline.rules import Rules
from pipeline.spans import DisjointSpans

GENERIC_FIELDS = (
    ("amount_gbp", find_money, "GBP"),
    ("percent", find_percents, "percent"),
    ("count", find_counts, ""),
    ("date", find_dates, "date"),
)


def extract_generic(doc: Document, pairs: list[QAPair], rules: Rules) -> list[Value]:
    """One value per typed mention in each answer; items numbered per field across the document."""
    items: dict[str, int] = {}
    out: list[Value] = []
    for pair in pairs:
        taken = DisjointSpans()
        for field, finder, unit in GENERIC_FIELDS:
            for f in finder(pair.answer, vocab=rules.vocabulary):
                if f.value is None or taken.overlaps(f.start, f.end):
                    continue
                taken.add(f.start, f.end)
                start, end = pair.a_start + f.start, pair.a_start + f.end
                num = float(f.value) if isinstance(f.value, (int, float)) else None
                item = items.get(field, 0)
                items[field] = item + 1
                out.append(Value(
                    field=field, question_id="", state=State.ANSWERED,
                    value=str(f.value) if num is None else (f"{num:.2f}" if unit == "GBP" else f"{num:g}"),
                    value_num=num, unit=f.unit or unit, item=item, confidence=rules.conf("sentence"),
                    status=Status.REVIEW, extractor=f"generic:{field}",
                    source=SourceRef(doc.source_file, doc.page_at(start), start, end, doc.locator_at(start)),
                    evidence=doc.text[start:end], flags=tuple(f.flags),
                ))
    return out
