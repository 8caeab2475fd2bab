"""person: a name as written, titles stripped ("Ian Wake –" -> `Ian Wake`)."""
from __future__ import annotations

import re

from pipeline.extract.person import find_people
from pipeline.rules import FieldSpec
from pipeline.valuetypes import ValueType
from pipeline.valuetypes._common import Candidate, Context, Reading, ValueProblem


_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def read_person(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    capitals = _in_capitals(text)
    # an answer typed in capitals ("MICHAEL OYELARAN-FROST, DIRECTOR OF ...") is read with
    # its words capitalised (same length, so offsets hold); the name stays as written
    people = find_people(_WORD.sub(lambda m: m.group(0).capitalize(), text) if capitals else text, ctx.rules)
    out = []
    for f in people:
        leading = not text[:f.start].strip(" -–:\t\"'").strip() or text[:f.start].strip().lower().startswith(("cllr", "councillor", "mr", "mrs", "ms", "dr"))
        value = " ".join(text[f.start:f.end].split()) if capitals else str(f.value)
        out.append(Candidate(value, f.start, f.end, strength="explicit" if leading else "sentence",
                             reasons=("read from an answer in capitals: is this a name?",) if capitals else (),
                             extractor="person"))
    return out



def _in_capitals(text: str) -> bool:
    letters = [c for c in text[:300] if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def parse_person(text: str, spec: FieldSpec, ctx: Context) -> Reading:
    name = " ".join(text.split()).strip(" -–—,;:")
    if not re.search(r"[^\W\d_]", name):
        raise ValueProblem(f"{text!r} does not look like a person's name")
    return Reading(name)


TYPE = ValueType(name="person", read=read_person, parse=parse_person, unit="name as written")
