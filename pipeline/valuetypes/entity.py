"""entity: a body or product from the reference tables (`rules/reference/`), by the field's
`entity` kind: an ICB (official name, ODS code as in force on the response date), a council
(name, GSS code), a case-management product or its supplier.

Reads "Mid and South Essex ICB", "MSE ICB"; a reviewer may also give the code.
"""
from __future__ import annotations

import re

from pipeline.rules import FieldSpec
from pipeline.valuetypes import ValueType
from pipeline.valuetypes._common import Candidate, Context, Reading, ValueProblem

#: The data dictionary's unit for each entity kind.
UNITS = {
    "icb": "official ICB name; value_code = ODS code (as in force on the response date)",
    "council": "council name; value_code = GSS code",
    "product": "canonical product name (rules/reference/case_management_systems.csv)",
    "vendor": "supplier short name (rules/reference/vendors.csv)",
}


def read_entity(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    gz = ctx.gazetteer
    if spec.entity == "icb":
        matches = gz.find_icbs(text, on_date=ctx.on_date)
    elif spec.entity == "council":
        matches = gz.find_councils(text)
    elif spec.entity == "product":
        matches = gz.find_products(text)
        main = [m for m in matches if "finance" not in m.flags]
        matches = main or matches
    else:
        matches = gz.find_vendors(text)
    out: dict[str, Candidate] = {}
    for m in matches:
        key = m.code or m.name
        if key in out:
            continue
        reasons, flags = [], list(m.flags)
        if m.ambiguous:
            reasons.append(f"'{m.text}' could name more than one body")
        if m.score < 100:
            reasons.append(f"fuzzy name match ({m.score:.0f})")
        denied = _denied(text, m.start, m.end)
        if denied == "plainly":
            continue  # "Suffolk and North East Essex ICB is not part of our area"
        if denied:
            reasons.append(f"'{m.text}' is named in a clause that says 'not': check it is meant")
        if spec.entity == "icb" and ctx.expected_icbs and m.code and m.code not in ctx.expected_icbs:
            reasons.append("ICB not known to cover the respondent's area")
            flags.append("unexpected_icb")
        out[key] = Candidate(m.name, m.start, m.end, code=m.code, strength="inferred" if reasons else "sentence",
                             flags=tuple(flags), reasons=tuple(reasons), extractor=f"entity:{spec.entity}")
    cands = list(out.values())
    if spec.entity == "vendor" and not cands:
        product = next(iter(read_entity(text, _product_spec(spec), ctx)), None)
        supplier = gz.supplier_of(product.value) if product else ""
        if supplier:
            cands = [Candidate(supplier, product.start, product.end, strength="sentence",
                               flags=("derived",), extractor="entity:vendor_from_product")]
    return cands


# "X is not part of our area", "X does not cover", "X isn't involved": the name is denied.
_DENIED_AFTER = re.compile(r"[^\S\n]*(?:\([^)\n]{0,40}\)[^\S\n]*)?(?:,[^,\n]{0,40},[^\S\n]*)?"
                           r"(?:is|are|was|were|does|do|did|has|have)(?:[^\S\n]+not\b|n't\b)", re.IGNORECASE)
# "we do not work with X", "not X", "other than X", "excluding X": the name is left out.
_DENIED_BEFORE = re.compile(r"(?:\bnot|n't|\bnever|\bno longer|\bother than|\bexcept|\bexcluding|\bapart from)"
                            r"(?:[^\S\n]+[a-z]+){0,3}[^\S\n]*(?:the[^\S\n]+)?$", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|no|never|neither|nor)\b|n't\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:!?\n()]|,\s+(?:but|and|while|whereas)\b")


def _denied(text: str, start: int, end: int) -> str:
    """"plainly" when the sentence says the named body is not what it names, "maybe" when
    a "not" stands in the same clause, else ""."""
    clause_start = max((m.end() for m in re.finditer(r"[.;:!?\n(]", text[:start])), default=0)
    before = text[clause_start:start]
    after_end = _CLAUSE_END.search(text, end)
    after = text[end:after_end.start() if after_end else len(text)]
    if _DENIED_AFTER.match(text, end) or _DENIED_BEFORE.search(before):
        return "plainly"
    return "maybe" if _NEGATION.search(before) or _NEGATION.search(after) else ""


def _product_spec(spec: FieldSpec) -> FieldSpec:
    return FieldSpec(name=spec.name, type="entity", question_id=spec.question_id, entity="product")


def parse_entity(text: str, spec: FieldSpec, ctx: Context) -> Reading:
    """A reviewer's body by name or code ("MSE ICB", "QH8"); one not in the tables is refused."""
    gazetteer = ctx.gazetteer
    if gazetteer is None:
        from pipeline.entities import load_gazetteer
        gazetteer = load_gazetteer(ctx.rules.directory)
    kind = spec.entity
    word = text.strip()
    if kind == "icb":
        icb = gazetteer.icb_by_code(word.upper())
        if icb is not None:
            return Reading(icb.official_name, value_code=icb.ods_code)
        matches = gazetteer.find_icbs(word, on_date=ctx.on_date)
    elif kind == "council":
        council = gazetteer.council_by_code(word.upper())
        if council is not None and not council.abolished:
            return Reading(council.name, value_code=council.gss_code)
        matches = gazetteer.find_councils(word)
    elif kind == "product":
        matches = gazetteer.find_products(word)
    else:
        matches = gazetteer.find_vendors(word)
    distinct = {(m.name, m.code) for m in matches}
    where = "rules/reference/"
    if not distinct:
        raise ValueProblem(f"{text!r} is not a known {kind}; use its name or code as in {where} "
                           f"(or add it there if it is missing)")
    full = "give the full name" + (" or the code" if kind in ("icb", "council") else "")
    if len(distinct) > 1:
        names = "; ".join(sorted(n for n, _ in distinct))
        raise ValueProblem(f"{text!r} names more than one {kind} ({names}); give one")
    if any(m.ambiguous for m in matches):
        raise ValueProblem(f"{text!r} could name more than one body; {full}")
    name, code = distinct.pop()
    return Reading(name, value_code=code)


TYPE = ValueType(name="entity", read=read_entity, parse=parse_entity,
                 unit=lambda spec: UNITS.get(spec.entity, ""))
