"""fiscal_year: a financial year as `YYYY/YY` (`2022/23`).

Reads `2022/23`, `2022-2023`, `FY22/23`.
"""
from __future__ import annotations

from pipeline.extract.dates import find_fiscal_years
from pipeline.extract.dimension import find_dimension_labels
from pipeline.rules import FieldSpec
from pipeline.valuetypes import ValueType
from pipeline.valuetypes._common import Candidate, Context, Reading, only_one, vocab_of


def read_fiscal_year(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    """Fiscal years; when figures are split by year, the latest year first (as its figure)."""
    out = [Candidate(str(f.value), f.start, f.end, None, unit="fiscal_year", strength="sentence",
                     extractor="fiscal_year") for f in find_fiscal_years(text, vocab=vocab_of(ctx))]
    years = [d for d in find_dimension_labels(text, ctx.rules) if d.kind == "year"]
    if len({d.label for d in years}) > 1:
        out.sort(key=lambda c: c.value, reverse=True)
    return out


def parse_fiscal_year(text: str, spec: FieldSpec, ctx: Context) -> Reading:
    found = only_one(find_fiscal_years(text, vocab=vocab_of(ctx)), text, "a financial year (e.g. 2022/23)")
    return Reading(str(found.value), unit="fiscal_year")


TYPE = ValueType(name="fiscal_year", read=read_fiscal_year, parse=parse_fiscal_year, unit="YYYY/YY")
