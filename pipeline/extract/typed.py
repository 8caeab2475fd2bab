"""One reader per field type: answer text in, candidate values out.

Each `read_<type>(text, spec, ctx)` returns `Candidate`s with offsets into `text`; it never
decides review or confidence thresholds, only how strongly the text supports each candidate
(`strength`) and why a person should look (`reasons`). The field stage turns them into Values.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date

from pipeline.extract.count import find_counts
from pipeline.extract.dates import find_dates, find_fiscal_years
from pipeline.extract.money import find_money
from pipeline.extract.percent import find_percents
from pipeline.extract.person import find_emails, find_people, find_phones
from pipeline.extract.yesno import is_negated, read_boolean, read_yesno
from pipeline.nlp import find_phrases
from pipeline.rules import FieldSpec, Rules

SHORT_ANSWER = 40  # an answer this short that holds one value states it outright


@dataclass(frozen=True)
class Context:
    """What a reader may need beyond the text: rules, entity gazetteer, the response date."""

    rules: Rules
    gazetteer: object
    on_date: date | None = None
    respondent_code: str = ""
    expected_icbs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Candidate:
    value: str
    start: int
    end: int
    value_num: float | None = None
    code: str = ""
    unit: str = ""
    strength: str = "sentence"  # explicit | sentence | hedged | inferred
    flags: tuple[str, ...] = ()
    reasons: tuple[str, ...] = field(default=())
    extractor: str = ""


def _strength(text: str, n_found: int) -> str:
    return "explicit" if n_found == 1 and len(text.strip()) <= SHORT_ANSWER else "sentence"


def _num_text(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".") if x != int(x) else str(int(x))


def read_money(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    """Amounts of the field's period; a weekly field takes only amounts marked weekly.

    >>> [c.value_num for c in read_money("£1,656,101.72 (£31,848.11pw)", annual_spec, ctx)]  # doctest: +SKIP
    [1656101.72]
    """
    found = [f for f in find_money(text) if f.value is not None]
    if spec.period == "weekly":
        found = [f for f in found if "weekly" in f.flags]
    else:  # an hourly, daily, weekly or monthly rate is never an annual amount
        found = [f for f in found if not {"weekly", "monthly", "daily", "hourly"} & set(f.flags)]
    out = []
    for f in found:
        flags = tuple(x for x in f.flags if x in ("approx", "no_symbol", "thousands"))
        reasons = ("approximate value",) if "approx" in f.flags else ()
        out.append(Candidate(f"{float(f.value):.2f}", f.start, f.end, float(f.value), unit="GBP",
                             strength=_strength(text, len(found)), flags=flags, reasons=reasons,
                             extractor="money"))
    return _collapse_same_amount(out)


def _collapse_same_amount(cands: list[Candidate]) -> list[Candidate]:
    """'£1,780,512 (£1.78m)' states one amount twice: keep the precise one."""
    kept: list[Candidate] = []
    for c in cands:
        twin = next((k for k in kept if k.value_num and c.value_num is not None
                     and abs(k.value_num - c.value_num) <= 0.006 * max(k.value_num, c.value_num)), None)
        if twin is None:
            kept.append(c)
        elif len(str(c.value_num)) > len(str(twin.value_num)) and c.value_num % 1000:
            kept[kept.index(twin)] = c
    return kept


def read_count(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    found = find_counts(text)
    out = []
    for f in found:
        if "suppressed" in f.flags or f.value is None:
            out.append(Candidate(f.text.strip(), f.start, f.end, None, unit=f.unit,
                                 strength="inferred", flags=tuple(f.flags),
                                 reasons=("suppressed or range: give the figure or state",),
                                 extractor="count"))
            continue
        reasons = ("approximate value",) if "approx" in f.flags else ()
        out.append(Candidate(str(int(f.value)), f.start, f.end, float(f.value), unit=f.unit,
                             strength=_strength(text, len(found)), flags=tuple(f.flags),
                             reasons=reasons, extractor="count"))
    return out


def read_percent(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    found = [f for f in find_percents(text) if f.value is not None]  # ranges go unread
    return [Candidate(_num_text(float(f.value)), f.start, f.end, float(f.value), unit="percent",
                      strength=_strength(text, len(found)), flags=tuple(f.flags),
                      reasons=("approximate value",) if "approx" in f.flags else (),
                      extractor="percent") for f in found]


def read_date(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    return [Candidate(str(f.value), f.start, f.end, None, unit="date", strength="sentence",
                      flags=tuple(f.flags), extractor="date") for f in find_dates(text)]


def read_fiscal_year(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    return [Candidate(str(f.value), f.start, f.end, None, unit="fiscal_year", strength="sentence",
                      extractor="fiscal_year") for f in find_fiscal_years(text)]


def read_yesno_field(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    r = read_yesno(text, spec.allowed, ctx.rules)
    if r is None:
        return []
    if r.value == "no" and "partial" in spec.allowed and spec.partial_when:
        # SPEC q12: "a described process without a tool is partial"
        hits = find_phrases(text, (("partial", spec.partial_when),))
        if hits:
            _, s, e = hits[0]
            return [Candidate("partial", s, e, strength="sentence", flags=("described_process",),
                              extractor="yesno")]
    return [Candidate(r.value, r.start, r.end, strength=r.strength, flags=r.flags,
                      reasons=r.reasons, extractor="yesno")]


def read_boolean_field(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    r = read_boolean(text, spec.true_when, spec.false_when, ctx.rules)
    if r is None:
        return []
    return [Candidate(r.value, r.start, r.end, strength=r.strength, reasons=r.reasons,
                      extractor="boolean")]


def read_person(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    people = find_people(text, ctx.rules)
    out = []
    for f in people:
        leading = not text[:f.start].strip(" -–:\t\"'").strip() or text[:f.start].strip().lower().startswith(("cllr", "councillor", "mr", "mrs", "ms", "dr"))
        out.append(Candidate(str(f.value), f.start, f.end, strength="explicit" if leading else "sentence",
                             extractor="person"))
    return out


def read_email(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    return [Candidate(str(f.value), f.start, f.end, strength="explicit", extractor="email")
            for f in find_emails(text, ctx.rules) if "xxx" not in str(f.value).lower()]


def read_phone(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    return [Candidate(str(f.value), f.start, f.end, strength="explicit", extractor="phone")
            for f in find_phones(text, ctx.rules)]


def _phrase_vocab(mapping: dict) -> tuple:
    return tuple((label, tuple(phrases)) for label, phrases in mapping.items())


@functools.cache
def _nothing_patterns(rules: Rules) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in rules.phrasings.get("nothing_to_add", ()))


def _says_nothing(text: str, rules: Rules) -> bool:
    """True for a free-text answer with nothing in it: "No.", "Nothing further to add"."""
    return any(rx.fullmatch(text) for rx in _nothing_patterns(rules))


def read_enum(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    hits = find_phrases(text, _phrase_vocab(spec.values))
    labels = list(dict.fromkeys(h[0] for h in hits))
    if not labels:
        return []
    label = labels[0]
    s, e = next((h[1], h[2]) for h in hits if h[0] == label)
    reasons = ("answer names more than one of " + ", ".join(labels),) if len(labels) > 1 else ()
    return [Candidate(label, s, e, strength="inferred" if reasons else "sentence", reasons=reasons,
                      extractor="enum")]


def read_tags(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    seen: dict[str, Candidate] = {}
    for label, s, e in find_phrases(text, _phrase_vocab(spec.tags)):
        if label not in seen and not is_negated(text, s):
            seen[label] = Candidate(label, s, e, strength="sentence", extractor="tags")
    return list(seen.values())


def read_text(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    stripped = text.strip()
    if not stripped or _says_nothing(stripped, ctx.rules):
        return []
    start = text.find(stripped)
    return [Candidate(" ".join(stripped.split()), start, start + len(stripped), strength="sentence",
                      extractor="text")]


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


READERS = {
    "money": read_money, "count": read_count, "percent": read_percent, "date": read_date,
    "fiscal_year": read_fiscal_year, "yesno": read_yesno_field, "boolean": read_boolean_field,
    "person": read_person, "email": read_email, "phone": read_phone, "entity": read_entity,
    "enum": read_enum, "tags": read_tags, "text": read_text,
}
