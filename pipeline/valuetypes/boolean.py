"""boolean: `true` or `false`, read from the field's `true_when` / `false_when` phrases."""
from __future__ import annotations

from pipeline.extract.yesno import read_boolean
from pipeline.rules import FieldSpec
from pipeline.tables import BOOLEAN
from pipeline.valuetypes import ValueType
from pipeline.valuetypes._common import Candidate, Context, Reading, ValueProblem

_TRUE = frozenset({"true", "yes", "y", "1"})
_FALSE = frozenset({"false", "no", "n", "0"})


def read_boolean_field(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    r = read_boolean(text, spec.true_when, spec.false_when, ctx.rules)
    if r is None:
        return []
    return [Candidate(r.value, r.start, r.end, strength=r.strength, reasons=r.reasons,
                      extractor="boolean")]


def parse_boolean(text: str, spec: FieldSpec, ctx: Context) -> Reading:
    """A reviewer's true or false; yes/no, y/n and 1/0 read as true and false."""
    word = text.strip().lower()
    if word in _TRUE:
        return Reading("true")
    if word in _FALSE:
        return Reading("false")
    raise ValueProblem(f"{text!r} is not true or false (yes and no are read as true and false)")


TYPE = ValueType(name="boolean", read=read_boolean_field, parse=parse_boolean, unit="true/false",
                 allowed="true; false", column=BOOLEAN)
