"""yesno: `yes`, `no`, `partial` or `case_by_case`, of those the field `allowed`.

Reads a sentence: "No frameworks are council commissioned" is `no`, "The ICB will sometimes
joint fund on a case-by-case basis" is `case_by_case`; with `partial_when` phrases, a
described process without a tool is `partial`.
"""
from __future__ import annotations

import re

from pipeline.extract.yesno import read_yesno
from pipeline.nlp import find_phrases
from pipeline.rules import YESNO_VALUES, FieldSpec
from pipeline.valuetypes import ValueType
from pipeline.valuetypes._common import Candidate, Context, Reading, ValueProblem


def read_yesno_field(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    r = read_yesno(text, spec.allowed, ctx.rules)
    if r is None:
        return []
    if r.value == "no" and "partial" in spec.allowed and spec.partial_when:
        # SPEC q12: "a described process without a tool is partial"
        hits = find_phrases(text, (("partial", spec.partial_when),))
        if hits:
            _, s, e = hits[0]
            if r.strength == "explicit":
                # "No. Splits are agreed with the ICB's assessor using the DST": the body says
                # no, the questionnaire's rule says partial; a person decides
                return [Candidate("partial", s, e, strength="hedged", flags=("described_process",),
                                  reasons=("answers no but describes a process: partial by the "
                                           "questionnaire's rule?",), extractor="yesno")]
            return [Candidate("partial", s, e, strength="sentence", flags=("described_process",),
                              extractor="yesno")]
    return [Candidate(r.value, r.start, r.end, strength=r.strength, flags=r.flags,
                      reasons=r.reasons, extractor="yesno")]


def parse_yesno(text: str, spec: FieldSpec, ctx: Context) -> Reading:
    """A reviewer's answer among the field's allowed ones: "Case-by-case" -> `case_by_case`."""
    word = re.sub(r"[\s-]+", "_", text.strip().lower())
    allowed = spec.allowed or YESNO_VALUES[:2]
    if word not in allowed:
        raise ValueProblem(f"{text!r} is not one of {', '.join(allowed)} (allowed for {spec.name})")
    return Reading(word)


def _note(spec: FieldSpec) -> str:
    return "a described process without a tool reads as partial" if spec.partial_when else ""


TYPE = ValueType(name="yesno", read=read_yesno_field, parse=parse_yesno, unit="",
                 allowed=lambda spec: "; ".join(spec.allowed), note=_note)
