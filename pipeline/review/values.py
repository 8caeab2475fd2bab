"""A reviewer's value in, the canonical value out, or a plain-words reason it is refused.

Reviewers type values by hand (in a spreadsheet or on the review page), so the same
parsers that read the documents read their values too: "£1.6m" becomes `1600000.00`,
"18th April 24" becomes `2024-04-18`, "MSE ICB" becomes the ICB's official name with its
ODS code. A value that does not read as its field's type is refused with a message that
says what was expected, never stored as it was typed, so the tables stay typed.

The canonical form is exactly what the extractors write, which is what lets a correction
equal to the proposed value count as accepting it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pipeline.extract.count import find_counts
from pipeline.extract.dates import find_dates, find_fiscal_years
from pipeline.dictionary import OUTCOMES
from pipeline.extract.generic import GENERIC_FIELDS
from pipeline.extract.money import find_money
from pipeline.extract.percent import find_percents
from pipeline.extract.person import find_emails, find_phones
from pipeline.model import State
from pipeline.rules import YESNO_VALUES, FieldSpec, Rules

EXEMPTIONS_FIELD = "exemptions"
UNKNOWN_QUESTIONNAIRE = "unknown"
#: The type each generic field of an unknown questionnaire holds (see extract/generic.py).
_GENERIC_TYPES = {"amount_gbp": "money", "percent": "percent", "count": "count", "date": "date"}
_PLAIN_NUMBER = re.compile(r"^[£\s]*-?\d[\d,]*(\.\d+)?\s*$")
_TRUE = frozenset({"true", "yes", "y", "1"})
_FALSE = frozenset({"false", "no", "n", "0"})
_RATE_FLAGS = ("weekly", "monthly", "daily", "hourly")
STATES = tuple(s.value for s in State)


class ValueProblem(ValueError):
    """A reviewer's value that does not read as its field's type; the message says why."""


@dataclass(frozen=True)
class Reading:
    """A reviewer's value in canonical form, as an `answers` row holds it."""

    value: str
    value_num: float | None = None
    value_code: str = ""
    unit: str = ""


def field_spec(rules: Rules, questionnaire: str, field: str) -> FieldSpec | None:
    """The spec of `field` in `questionnaire`, or None when the field does not exist there.

    `exemptions` exists in every questionnaire; a document of unknown questionnaire has
    the generic fields (`amount_gbp`, `percent`, `count`, `date`).

    >>> field_spec(load_rules(), "unknown", "amount_gbp").type  # doctest: +SKIP
    'money'
    """
    if field == EXEMPTIONS_FIELD:
        return FieldSpec(name=field, type="enum", question_id="", list=True,
                         values={tag: [tag] for tag in rules.phrasings.get("exemptions", {})})
    if field == "foi_outcome":
        return FieldSpec(name=field, type="enum", question_id="",
                         values={o: [o] for o in OUTCOMES})
    if field == "redactions":
        return FieldSpec(name=field, type="count", question_id="")
    if field == "respondent":  # the body's name as the reviewer writes it
        return FieldSpec(name=field, type="text", question_id="")
    qn = rules.questionnaires.get(questionnaire)
    if qn is not None:
        return qn.fields.get(field)
    if questionnaire in ("", UNKNOWN_QUESTIONNAIRE):
        known = {name for name, _, _ in GENERIC_FIELDS}
        if field in known:
            return FieldSpec(name=field, type=_GENERIC_TYPES.get(field, "text"), question_id="")
    return None


def known_fields(rules: Rules, questionnaire: str) -> list[str]:
    """Every field a correction may name for a document of `questionnaire`."""
    qn = rules.questionnaires.get(questionnaire)
    names = list(qn.fields) if qn is not None else [name for name, _, _ in GENERIC_FIELDS]
    return names + [EXEMPTIONS_FIELD, "foi_outcome", "redactions", "respondent"]


def _plain_number(text: str) -> float | None:
    if not _PLAIN_NUMBER.match(text):
        return None
    return float(text.replace("£", "").replace(",", "").strip())


def _only(found: list, text: str, what: str):
    usable = [f for f in found if f.value is not None]
    if len(usable) == 1:
        return usable[0]
    if not usable:
        raise ValueProblem(f"{text!r} does not read as {what}")
    raise ValueProblem(f"{text!r} holds {len(usable)} values; give just one ({what})")


def _money(spec: FieldSpec, text: str) -> Reading:
    amount = _plain_number(text)
    if amount is None:
        found = _only(find_money(text), text, "an amount of money (e.g. 1656101.72 or £1.6m)")
        rate = next((f for f in _RATE_FLAGS if f in found.flags), "")
        if rate and rate != (spec.period or "annual").replace("annual", ""):
            period = spec.period or "annual"
            raise ValueProblem(f"{text!r} is a {rate} amount but {spec.name} is {period}"
                               + ("; multiply a weekly figure by 52" if period == "annual" else ""))
        amount = float(found.value)
    if amount < 0:
        raise ValueProblem(f"{text!r}: an amount of money cannot be negative")
    return Reading(f"{amount:.2f}", round(amount, 2), unit="GBP")


def _count(spec: FieldSpec, text: str) -> Reading:
    number = _plain_number(text)
    if number is None:
        found = find_counts(text)
        if any("suppressed" in f.flags for f in found):
            raise ValueProblem(f"{text!r} is a suppressed figure, not a count; "
                               f"set corrected_state to withheld instead")
        number = float(_only(found, text, "a whole number (e.g. 1969 or thirty-nine)").value)
    if number != int(number) or number < 0:
        raise ValueProblem(f"{text!r} is not a whole number of zero or more")
    return Reading(str(int(number)), float(int(number)))


def _num_text(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".") if x != int(x) else str(int(x))


def _percent(spec: FieldSpec, text: str) -> Reading:
    number = _plain_number(text)
    if number is None:
        number = float(_only(find_percents(text), text, "a percentage (e.g. 3.1 or 3.1%)").value)
    if not 0 <= number <= 100:
        raise ValueProblem(f"{text!r} is not a percentage between 0 and 100")
    return Reading(_num_text(number), number, unit="percent")


def _date(spec: FieldSpec, text: str) -> Reading:
    found = _only(find_dates(text), text, "a date (e.g. 2024-04-18, 18/04/2024 or March 2023)")
    return Reading(str(found.value), unit="date")


def _fiscal_year(spec: FieldSpec, text: str) -> Reading:
    found = _only(find_fiscal_years(text), text, "a financial year (e.g. 2022/23)")
    return Reading(str(found.value), unit="fiscal_year")


def _yesno(spec: FieldSpec, text: str) -> Reading:
    word = re.sub(r"[\s-]+", "_", text.strip().lower())
    allowed = spec.allowed or YESNO_VALUES[:2]
    if word not in allowed:
        raise ValueProblem(f"{text!r} is not one of {', '.join(allowed)} (allowed for {spec.name})")
    return Reading(word)


def _boolean(spec: FieldSpec, text: str) -> Reading:
    word = text.strip().lower()
    if word in _TRUE:
        return Reading("true")
    if word in _FALSE:
        return Reading("false")
    raise ValueProblem(f"{text!r} is not true or false (yes and no are read as true and false)")


def _choice(spec: FieldSpec, text: str, choices: dict) -> Reading:
    word = text.strip()
    by_fold = {str(c).casefold(): str(c) for c in choices}
    if word.casefold() in by_fold:
        return Reading(by_fold[word.casefold()])
    raise ValueProblem(f"{text!r} is not one of {', '.join(map(str, choices))} (allowed for {spec.name})")


def _person(spec: FieldSpec, text: str) -> Reading:
    name = " ".join(text.split()).strip(" -–—,;:")
    if not re.search(r"[^\W\d_]", name):
        raise ValueProblem(f"{text!r} does not look like a person's name")
    return Reading(name)


def _email(spec: FieldSpec, text: str, rules: Rules) -> Reading:
    found = _only(find_emails(text, rules), text, "an e-mail address")
    return Reading(str(found.value))


def _phone(spec: FieldSpec, text: str, rules: Rules) -> Reading:
    found = _only(find_phones(text, rules), text, "a telephone number")
    return Reading(str(found.value))


def _entity(spec: FieldSpec, text: str, gazetteer, on_date: date | None) -> Reading:
    kind = spec.entity
    word = text.strip()
    if kind == "icb":
        icb = gazetteer.icb_by_code(word.upper())
        if icb is not None:
            return Reading(icb.official_name, value_code=icb.ods_code)
        matches = gazetteer.find_icbs(word, on_date=on_date)
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


def _text(spec: FieldSpec, text: str) -> Reading:
    return Reading(" ".join(text.split()))


# Readers that need only the field and the reviewer's text.
_PLAIN_READERS = {"money": _money, "count": _count, "percent": _percent, "date": _date,
                  "fiscal_year": _fiscal_year, "yesno": _yesno, "boolean": _boolean,
                  "person": _person}


def read_reviewer_value(spec: FieldSpec, text: str, rules: Rules, gazetteer=None,
                        on_date: date | None = None) -> Reading:
    """The canonical reading of `text` as a value of `spec`; ValueProblem if it is not one.

    >>> read_reviewer_value(money_spec, "£1.6m", rules).value  # doctest: +SKIP
    '1600000.00'
    """
    text = (text or "").strip()
    if not text:
        raise ValueProblem("the value is empty; give a value, or a corrected_state such as not_held")
    kind = spec.type
    plain = _PLAIN_READERS.get(kind)
    if plain is not None:
        return plain(spec, text)
    if kind in ("enum", "tags"):
        return _choice(spec, text, spec.values if kind == "enum" else spec.tags)
    if kind == "email":
        return _email(spec, text, rules)
    if kind == "phone":
        return _phone(spec, text, rules)
    if kind == "entity":
        if gazetteer is None:
            from pipeline.entities import load_gazetteer
            gazetteer = load_gazetteer(rules.directory)
        return _entity(spec, text, gazetteer, on_date)
    return _text(spec, text)


def read_state(text: str) -> str:
    """A reviewer's corrected_state: "" (none given) or one of the answer states.

    Spaces and hyphens count as underscores, so "Not applicable" and "not-held" read.
    """
    word = re.sub(r"[\s-]+", "_", (text or "").strip().lower())
    if word and word not in STATES:
        raise ValueProblem(f"corrected_state {text!r} is not one of {', '.join(STATES)}")
    return word


def on_date_of(iso: str) -> date | None:
    """A document's response date as a date, when it is a full ISO date."""
    try:
        return date.fromisoformat(iso) if iso and len(iso) == 10 else None
    except ValueError:
        return None
