"""money: GBP as a decimal number (`1656101.72`), annual or weekly as the field's `period` says.

Reads `£51,471,673.00`, `£1.6m`, `£2.3 million`, `£31,848.11pw`, `£450k`; a grouped figure
without `£` ("9,806,332") in a money answer is read but hedged.
"""
from __future__ import annotations

import re

from pipeline.extract.money import find_money, find_money_under_headings
from pipeline.model import Found
from pipeline.rules import FieldSpec
from pipeline.tables import FLOAT64
from pipeline.valuetypes import ValueType
from pipeline.valuetypes._common import (NUMBER_NOTE, Candidate, Context, Reading, ValueProblem,
                                         by_dimension, only_one, plain_number, strength_of, vocab_of)

_RATE_FLAGS = ("weekly", "monthly", "daily", "hourly")


def read_money(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    """Amounts of the field's period; a weekly field takes only amounts marked weekly.

    >>> [c.value_num for c in read_money("£1,656,101.72 (£31,848.11pw)", annual_spec, ctx)]  # doctest: +SKIP
    [1656101.72]
    """
    found = [f for f in find_money_under_headings(text, vocab=vocab_of(ctx)) if f.value is not None] or _bare_amounts(text)
    if spec.period == "weekly":
        found = [f for f in found if "weekly" in f.flags]
    else:  # an hourly, daily, weekly or monthly rate is never an annual amount
        found = [f for f in found if not {"weekly", "monthly", "daily", "hourly"} & set(f.flags)]
    out = []
    for f in found:
        flags = tuple(x for x in f.flags if x in ("approx", "no_symbol", "thousands", "millions"))
        reasons = ("approximate value",) if "approx" in f.flags else ()
        strength = strength_of(text, len(found))
        if "bare" in f.flags:
            strength, reasons = "hedged", reasons + ("a figure without £ in a money answer",)
        if _PER_UNIT.search(text, f.end, min(len(text), f.end + 30)) or _PER_UNIT_BEFORE.search(
                text[max(0, f.start - 40):f.start]):
            strength, flags = "hedged", flags + ("unit_rate",)
            reasons += ("a rate per person or package, not a total",)
        out.append(Candidate(f"{float(f.value):.2f}", f.start, f.end, float(f.value), unit="GBP",
                             strength=strength, flags=flags, reasons=reasons, extractor="money"))
    return by_dimension(text, _collapse_same_amount(out), ctx)


_PER_NOUNS = r"(?:person|people|package|client|service user|placement|case|individual|resident|child|bed|head)s?"
_PER_UNIT = re.compile(rf"^[^\n.;]{{0,12}}\b(?:per|a|each)\s+{_PER_NOUNS}\b", re.IGNORECASE)
_PER_UNIT_BEFORE = re.compile(rf"\b(?:per|each)\s+{_PER_NOUNS}\b[^\n.;£]*$", re.IGNORECASE)
_BARE_AMOUNT = re.compile(r"(?<![\d/.,£$])\d{1,3}(?:,\d{3})+(?:\.\d{2})?(?![\d%/]|,\d)")
_COUNT_NOUN_AFTER = re.compile(r"\s*(?:people|persons?|packages?|individuals?|clients?|cases?|placements?|"
                               r"children|adults?|hours?|days?|weeks?|records?|beds?)\b", re.IGNORECASE)


def _bare_amounts(text: str) -> list[Found]:
    """Grouped figures ("9,806,332") in an answer with no £ at all: maybe money, for review."""
    out = []
    for m in _BARE_AMOUNT.finditer(text):
        if _COUNT_NOUN_AFTER.match(text, m.end()):
            continue
        out.append(Found(float(m.group(0).replace(",", "")), m.start(), m.end(), m.group(0), "GBP",
                         ("no_symbol", "bare")))
    return out


TWIN_REACH = 40  # characters between two writings of one amount ("£1,780,512 (£1.78m)")


def _collapse_same_amount(cands: list[Candidate]) -> list[Candidate]:
    """'£1,780,512 (£1.78m)' states one amount twice: keep the precise one. Only side by side:
    the same amount again in a table further down is that table's row, with its own label."""
    kept: list[Candidate] = []
    for c in cands:
        twin = next((k for k in kept if k.value_num and c.value_num is not None
                     and abs(k.start - c.start) <= TWIN_REACH
                     and abs(k.value_num - c.value_num) <= 0.006 * max(k.value_num, c.value_num)), None)
        if twin is None:
            kept.append(c)
        elif len(str(c.value_num)) > len(str(twin.value_num)) and c.value_num % 1000:
            kept[kept.index(twin)] = c
    return kept


def parse_money(text: str, spec: FieldSpec, ctx: Context) -> Reading:
    """A reviewer's amount: "1656101.72", "£1.6m"; a weekly figure for an annual field is refused."""
    amount = plain_number(text)
    if amount is None:
        found = only_one(find_money(text, vocab=vocab_of(ctx)), text, "an amount of money (e.g. 1656101.72 or £1.6m)")
        rate = next((f for f in _RATE_FLAGS if f in found.flags), "")
        if rate and rate != (spec.period or "annual").replace("annual", ""):
            period = spec.period or "annual"
            raise ValueProblem(f"{text!r} is a {rate} amount but {spec.name} is {period}"
                               + ("; multiply a weekly figure by 52" if period == "annual" else ""))
        amount = float(found.value)
    if amount < 0:
        raise ValueProblem(f"{text!r}: an amount of money cannot be negative")
    return Reading(f"{amount:.2f}", round(amount, 2), unit="GBP")


def _unit(spec: FieldSpec) -> str:
    if not spec.period:
        return "GBP"
    return "GBP per year" if spec.period == "annual" else "GBP per week"


TYPE = ValueType(name="money", read=read_money, parse=parse_money, unit=_unit, note=NUMBER_NOTE,
                 column=FLOAT64)
