"""One reader per field type: answer text in, candidate values out.

Each `read_<type>(text, spec, ctx)` returns `Candidate`s with offsets into `text`; it never
decides review or confidence thresholds, only how strongly the text supports each candidate
(`strength`) and why a person should look (`reasons`). The field stage turns them into Values.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from datetime import date

from pipeline.extract.count import find_counts
from pipeline.extract.dates import find_dates, find_fiscal_years
from pipeline.extract.dimension import find_dimension_labels, inside_label, label_for
from pipeline.extract.money import find_money_under_headings
from pipeline.extract.percent import find_percents
from pipeline.extract.person import find_emails, find_people, find_phones
from pipeline.extract.yesno import is_negated, read_boolean, read_yesno
from pipeline.model import Found
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
    found = [f for f in find_money_under_headings(text) if f.value is not None] or _bare_amounts(text)
    if spec.period == "weekly":
        found = [f for f in found if "weekly" in f.flags]
    else:  # an hourly, daily, weekly or monthly rate is never an annual amount
        found = [f for f in found if not {"weekly", "monthly", "daily", "hourly"} & set(f.flags)]
    out = []
    for f in found:
        flags = tuple(x for x in f.flags if x in ("approx", "no_symbol", "thousands", "millions"))
        reasons = ("approximate value",) if "approx" in f.flags else ()
        strength = _strength(text, len(found))
        if "bare" in f.flags:
            strength, reasons = "hedged", reasons + ("a figure without £ in a money answer",)
        if _PER_UNIT.search(text, f.end, min(len(text), f.end + 30)) or _PER_UNIT_BEFORE.search(
                text[max(0, f.start - 40):f.start]):
            strength, flags = "hedged", flags + ("unit_rate",)
            reasons += ("a rate per person or package, not a total",)
        out.append(Candidate(f"{float(f.value):.2f}", f.start, f.end, float(f.value), unit="GBP",
                             strength=strength, flags=flags, reasons=reasons, extractor="money"))
    return _by_dimension(text, _collapse_same_amount(out), ctx)


_UNITS = r"(?:person|people|package|client|service user|placement|case|individual|resident|child|bed|head)s?"
_PER_UNIT = re.compile(rf"^[^\n.;]{{0,12}}\b(?:per|a|each)\s+{_UNITS}\b", re.IGNORECASE)
_PER_UNIT_BEFORE = re.compile(rf"\b(?:per|each)\s+{_UNITS}\b[^\n.;£]*$", re.IGNORECASE)
_BARE_AMOUNT = re.compile(r"(?<![\d/.,£$])\d{1,3}(?:,\d{3})+(?:\.\d{2})?(?![\d%/]|,\d)")
_COUNT_NOUN_AFTER = re.compile(r"\s*(?:people|persons?|packages?|individuals?|clients?|cases?|placements?|"
                               r"children|adults?|hours?|days?|weeks?|records?|beds?)\b", re.IGNORECASE)


def _bare_amounts(text: str) -> list[Found]:
    """Grouped figures ("9,806,332") in an answer with no £ at all: maybe money, for review."""
    out = []
    for m in _BARE_AMOUNT.finditer(text):
        if _COUNT_NOUN_AFTER.match(text, m.end()):
            continue
        out.append(Found(float(m.group(0).replace(",", "")), m.start(), m.end(), m.group(0), "GBP",
                         ("no_symbol", "bare")))
    return out


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
        if "at_least" in f.flags:  # "2,000+ clients", or an age band "65+" in a table
            reasons += (f"'{f.text}+' is a lower bound or a band, not a count",)
        out.append(Candidate(str(int(f.value)), f.start, f.end, float(f.value), unit=f.unit,
                             strength=_strength(text, len(found)), flags=tuple(f.flags),
                             reasons=reasons, extractor="count"))
    return _by_dimension(text, out, ctx)


def read_percent(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    """Shares 0-100; a range ("between 20% and 80%") only when no single share is given,
    and then as its text, flagged `range`, for a person to settle."""
    every = find_percents(text)
    found = [f for f in every if f.value is not None]
    if not found:
        return [Candidate(" ".join(f.text.split()), f.start, f.end, None, unit="percent",
                          strength="inferred", flags=tuple(f.flags),
                          reasons=("a range, not one figure: give the figure or a state",),
                          extractor="percent") for f in every]
    out = [Candidate(_num_text(float(f.value)), f.start, f.end, float(f.value), unit="percent",
                     strength=_strength(text, len(found)), flags=tuple(f.flags),
                     reasons=("approximate value",) if "approx" in f.flags else (),
                     extractor="percent") for f in found]
    return _by_dimension(text, out, ctx)


def _by_dimension(text: str, cands: list[Candidate], ctx: Context) -> list[Candidate]:
    """Figures split by year, age band or total ("18-64: 312; 65 and over: 1,140; total
    1,452"): numbers inside the labels are dropped, each figure is flagged
    `dimension:<label>`, and the total (else the latest year) comes first."""
    labels = find_dimension_labels(text, ctx.rules)
    if not labels:
        return cands
    cands = [c for c in cands if not inside_label(labels, c.start, c.end)]
    tagged = [(c, label_for(labels, c.start, c.end, text)) for c in cands]
    if len({d.label for _, d in tagged if d}) < 2:
        return cands
    out = [(replace(c, flags=c.flags + (f"dimension:{d.label}",)) if d else c, d)
           for c, d in tagged]

    def rank(item):
        d = item[1]
        if d is None:
            return (2, 0)
        if d.kind == "total":
            return (0, 0)
        return (1, -int(d.label[:4])) if d.kind == "year" else (1, 0)
    return [c for c, _ in sorted(out, key=rank)]


def read_date(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    return [Candidate(str(f.value), f.start, f.end, None, unit="date", strength="sentence",
                      flags=tuple(f.flags), extractor="date") for f in find_dates(text)]


def read_fiscal_year(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    """Fiscal years; when figures are split by year, the latest year first (as its figure)."""
    out = [Candidate(str(f.value), f.start, f.end, None, unit="fiscal_year", strength="sentence",
                     extractor="fiscal_year") for f in find_fiscal_years(text)]
    years = [d for d in find_dimension_labels(text, ctx.rules) if d.kind == "year"]
    if len({d.label for d in years}) > 1:
        out.sort(key=lambda c: c.value, reverse=True)
    return out


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
    """The value whose phrase the answer uses; a denied phrase ("There is no fixed
    percentage split") does not count, and two different values go to review."""
    hits = [h for h in find_phrases(text, _phrase_vocab(spec.values)) if not is_negated(text, h[1])]
    labels = list(dict.fromkeys(h[0] for h in hits))
    if not labels:
        return []
    label = labels[0]
    s, e = next((h[1], h[2]) for h in hits if h[0] == label)
    reasons = ("answer names more than one of " + ", ".join(labels),) if len(labels) > 1 else ()
    return [Candidate(label, s, e, strength="inferred" if reasons else "sentence", reasons=reasons,
                      extractor="enum")]


def generic_phrases(label: str, phrases) -> frozenset[str]:
    """The phrases of a tag that are one common word other than the tag's own name.

    "panel" suggests `joint_panel` and "calculator" `funding_tool`, but many answers use the
    word for something else; "Housing" for the tag Housing is the tag itself. Written in
    lower case in the questionnaire; an acronym ("DST") or a capitalised name is specific.

    >>> sorted(generic_phrases("joint_panel", ["joint panel", "panel", "DST"]))
    ['panel']
    """
    own = label.lower().replace("_", " ")
    return frozenset(p for p in phrases
                     if re.fullmatch(r"[a-z]+", p) and p != own and p.rstrip("s") != own)


def read_tags(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    """Each tag whose phrase the answer uses, not negated. A tag found only through a
    generic word is a suggestion for a reviewer, never `auto`."""
    seen: dict[str, Candidate] = {}
    for label, s, e in find_phrases(text, _phrase_vocab(spec.tags)):
        if is_negated(text, s):
            continue
        word = text[s:e].lower()
        generic = word in generic_phrases(label, spec.tags[label])
        cand = Candidate(label, s, e, strength="inferred" if generic else "sentence", extractor="tags",
                         reasons=(f"only the general word '{text[s:e]}' suggests {label}",) if generic else ())
        prior = seen.get(label)
        if prior is None or (prior.reasons and not generic):
            seen[label] = cand
    return sorted(seen.values(), key=lambda c: c.start)


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
