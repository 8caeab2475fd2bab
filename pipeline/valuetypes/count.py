"""count: a whole number of zero or more (`1969`).

Reads `1969`, `1,969 individuals`, `thirty-nine`; a suppressed figure ("<5") or a lower
bound ("2,000+") is kept as its text for a reviewer.
"""
from __future__ import annotations

import re

from pipeline.extract.count import find_counts
from pipeline.rules import FieldSpec
from pipeline.tables import INT64
from pipeline.valuetypes import ValueType
from pipeline.valuetypes._common import (NUMBER_NOTE, Candidate, Context, Reading, ValueProblem,
                                         by_dimension, only_one, plain_number, strength_of, vocab_of)


def read_count(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    found = find_counts(text, vocab=vocab_of(ctx))
    out = []
    for f in found:
        if "suppressed" in f.flags or f.value is None:
            out.append(Candidate(f.text.strip(), f.start, f.end, None, unit=f.unit,
                                 strength="inferred", flags=tuple(f.flags),
                                 reasons=("suppressed or range: give the figure or state",),
                                 extractor="count"))
            continue
        reasons = ("approximate value",) if "approx" in f.flags else ()
        if "at_least" in f.flags:  # "2,000+ clients", or an age band "65+" in a table
            reasons += (f"'{f.text}+' is a lower bound or a band, not a count",)
        if not _DIGIT.search(f.text) and text[:f.start].strip(_LEAD):
            # "... for each of our five boroughs": a number in words inside a sentence counts
            # what the sentence is about, which may not be what was asked ("Nine." is kept)
            reasons += (f"'{f.text.strip()}' is a number in words inside a sentence: is it the count asked for?",)
        out.append(Candidate(str(int(f.value)), f.start, f.end, float(f.value), unit=f.unit,
                             strength=strength_of(text, len(found)), flags=tuple(f.flags),
                             reasons=reasons, extractor="count"))
    # "Of the 412, 97 are jointly funded", "97 out of 412": the whole the answer's figure is
    # a part of is not the answer, when the part is given too
    parts = [c for c in out if not _OF_THE.search(text, max(0, c.start - 20), c.start)]
    return by_dimension(text, parts if parts and len(parts) < len(out) else out, ctx)


_DIGIT = re.compile(r"\d")
_LEAD = " \t\n-–•*:>"  # what may stand before an answer's first word
_OF_THE = re.compile(r"\b(?:of|out of)\s+(?:the|these|those|all)?\s*$", re.IGNORECASE)


def parse_count(text: str, spec: FieldSpec, ctx: Context) -> Reading:
    """A reviewer's count: "1969", "thirty-nine"; "<5" is refused (it is a state, withheld)."""
    number = plain_number(text)
    if number is None:
        found = find_counts(text, vocab=vocab_of(ctx))
        if any("suppressed" in f.flags for f in found):
            raise ValueProblem(f"{text!r} is a suppressed figure, not a count; "
                               f"set corrected_state to withheld instead")
        number = float(only_one(found, text, "a whole number (e.g. 1969 or thirty-nine)").value)
    if number != int(number) or number < 0:
        raise ValueProblem(f"{text!r} is not a whole number of zero or more")
    return Reading(str(int(number)), float(int(number)))


TYPE = ValueType(name="count", read=read_count, parse=parse_count, unit="count (integer)",
                 note=NUMBER_NOTE, column=INT64)
