"""phone: a telephone number as written ("01245 123456")."""
from __future__ import annotations

from pipeline.extract.person import find_phones
from pipeline.rules import FieldSpec
from pipeline.valuetypes import ValueType
from pipeline.valuetypes._common import Candidate, Context, Reading, only_one


def read_phone(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    return [Candidate(str(f.value), f.start, f.end, strength="explicit", extractor="phone")
            for f in find_phones(text, ctx.rules)]


def parse_phone(text: str, spec: FieldSpec, ctx: Context) -> Reading:
    found = only_one(find_phones(text, ctx.rules), text, "a telephone number")
    return Reading(str(found.value))


TYPE = ValueType(name="phone", read=read_phone, parse=parse_phone, unit="telephone number as written")
