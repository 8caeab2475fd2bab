"""entity: a body or product from the reference tables (`rules/reference/`), by the field's
`entity` kind: an ICB (official name, ODS code as in force on the response date), a council
(name, GSS code), a case-management product or its supplier.

Reads "Mid and South Essex ICB", "MSE ICB"; a reviewer may also give the code.
"""
from __future__ import annotations

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
