"""percent: a share from 0 to 100 (`3.1`).

Reads `3.10%`, `4.5 per cent`; a range ("between 20% and 80%") is kept as its text for a
reviewer when no single share is given.
"""
from __future__ import annotations

from pipeline.extract.percent import find_percents
from pipeline.rules import FieldSpec
from pipeline.tables import FLOAT64
from pipeline.valuetypes import ValueType
from pipeline.valuetypes._common import (NUMBER_NOTE, Candidate, Context, Reading, ValueProblem,
                                         by_dimension, num_text, only_one, plain_number,
                                         strength_of, vocab_of)


def read_percent(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    """Shares 0-100; a range ("between 20% and 80%") only when no single share is given,
    and then as its text, flagged `range`, for a person to settle."""
    every = find_percents(text, vocab=vocab_of(ctx))
    found = [f for f in every if f.value is not None]
    if not found:
        return [Candidate(" ".join(f.text.split()), f.start, f.end, None, unit="percent",
                          strength="inferred", flags=tuple(f.flags),
                          reasons=("a range, not one figure: give the figure or a state",),
                          extractor="percent") for f in every]
    out = [Candidate(num_text(float(f.value)), f.start, f.end, float(f.value), unit="percent",
                     strength=strength_of(text, len(found)), flags=tuple(f.flags),
                     reasons=("approximate value",) if "approx" in f.flags else (),
                     extractor="percent") for f in found]
    return by_dimension(text, out, ctx)


def parse_percent(text: str, spec: FieldSpec, ctx: Context) -> Reading:
    """A reviewer's share: "3.1", "3.10%"; anything outside 0-100 is refused."""
    number = plain_number(text)
    if number is None:
        number = float(only_one(find_percents(text, vocab=vocab_of(ctx)), text, "a percentage (e.g. 3.1 or 3.1%)").value)
    if not 0 <= number <= 100:
        raise ValueProblem(f"{text!r} is not a percentage between 0 and 100")
    return Reading(num_text(number), number, unit="percent")


TYPE = ValueType(name="percent", read=read_percent, parse=parse_percent, unit="percent (0-100)",
                 note=NUMBER_NOTE, column=FLOAT64)
