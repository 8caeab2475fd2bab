"""email: an e-mail address as written; a masked one ("xxx@council.gov.uk") is not read."""
from __future__ import annotations

from pipeline.extract.person import find_emails
from pipeline.rules import FieldSpec
from pipeline.valuetypes import ValueType
from pipeline.valuetypes._common import Candidate, Context, Reading, only_one


def read_email(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    return [Candidate(str(f.value), f.start, f.end, strength="explicit", extractor="email")
            for f in find_emails(text, ctx.rules) if "xxx" not in str(f.value).lower()]


def parse_email(text: str, spec: FieldSpec, ctx: Context) -> Reading:
    found = only_one(find_emails(text, ctx.rules), text, "an e-mail address")
    return Reading(str(found.value))


TYPE = ValueType(name="email", read=read_email, parse=parse_email, unit="e-mail address")
