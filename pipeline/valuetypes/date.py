"""date: ISO 8601 (`2024-04-18`, or `2023-03` at month precision).

Reads `18th April 24`, `31/03/2023`, `March 2023`.
"""
from __future__ import annotations

from pipeline.extract.dates import find_dates
from pipeline.rules import FieldSpec
from pipeline.tables import DATE
from pipeline.valuetypes import ValueType
from pipeline.valuetypes._common import Candidate, Context, Reading, only_one, vocab_of


def read_date(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    return [Candidate(str(f.value), f.start, f.end, None, unit="date", strength="sentence",
                      flags=tuple(f.flags), extractor="date") for f in find_dates(text, vocab=vocab_of(ctx))]


def parse_date(text: str, spec: FieldSpec, ctx: Context) -> Reading:
    found = only_one(find_dates(text, vocab=vocab_of(ctx)), text, "a date (e.g. 2024-04-18, 18/04/2024 or March 2023)")
    return Reading(str(found.value), unit="date")


TYPE = ValueType(name="date", read=read_date, parse=parse_date,
                 unit="ISO date (YYYY-MM-DD, or YYYY-MM at month precision)", column=DATE)
