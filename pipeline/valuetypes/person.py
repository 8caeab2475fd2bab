"""person: a name as written, titles stripped ("Ian Wake –" -> `Ian Wake`)."""
from __future__ import annotations

import re

from pipeline.extract.person import find_people
from pipeline.rules import FieldSpec
from pipeline.valuetypes import ValueType
from pipeline.valuetypes._common import Candidate, Context, Reading, ValueProblem


def read_person(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    people = find_people(text, ctx.rules)
    out = []
    for f in people:
        leading = not text[:f.start].strip(" -–:\t\"'").strip() or text[:f.start].strip().lower().startswith(("cllr", "councillor", "mr", "mrs", "ms", "dr"))
        out.append(Candidate(str(f.value), f.start, f.end, strength="explicit" if leading else "sentence",
                             extractor="person"))
    return out


def parse_person(text: str, spec: FieldSpec, ctx: Context) -> Reading:
    name = " ".join(text.split()).strip(" -–—,;:")
    if not re.search(r"[^\W\d_]", name):
        raise ValueProblem(f"{text!r} does not look like a person's name")
    return Reading(name)


TYPE = ValueType(name="person", read=read_person, parse=parse_person, unit="name as written")
