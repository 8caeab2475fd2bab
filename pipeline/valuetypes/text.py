"""text: free text, whitespace collapsed; an answer that says nothing ("No.", "Nothing
further to add": `nothing_to_add` in rules/phrasings.yaml) holds no value."""
from __future__ import annotations

import functools
import re

from pipeline.extract.mask import LEADING_LABEL
from pipeline.rules import FieldSpec, Rules
from pipeline.valuetypes import ValueType
from pipeline.valuetypes._common import Candidate, Context, Reading


@functools.cache
def _nothing_patterns(rules: Rules) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in rules.phrasings.get("nothing_to_add", ()))


def _says_nothing(text: str, rules: Rules) -> bool:
    """True for a free-text answer with nothing in it: "No.", "Nothing further to add"."""
    return any(rx.fullmatch(text) for rx in _nothing_patterns(rules))




def read_text(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    label = LEADING_LABEL.match(text)
    begin = label.end() if label else 0
    stripped = text[begin:].strip()
    if not stripped or _says_nothing(stripped, ctx.rules):
        return []
    start = text.find(stripped, begin)
    return [Candidate(" ".join(stripped.split()), start, start + len(stripped), strength="sentence",
                      extractor="text")]


def parse_text(text: str, spec: FieldSpec, ctx: Context) -> Reading:
    return Reading(" ".join(text.split()))


TYPE = ValueType(name="text", read=read_text, parse=parse_text, unit="free text")
