"""A reviewer's value in, the canonical value out, or a plain-words reason it is refused.

Reviewers type values by hand (in a spreadsheet or on the review page), so the same
parsers that read the documents read their values too: "£1.6m" becomes `1600000.00`,
"18th April 24" becomes `2024-04-18`, "MSE ICB" becomes the ICB's official name with its
ODS code. A value that does not read as its field's type is refused with a message that
says what was expected, never stored as it was typed, so the tables stay typed.

Each type's parser is declared with the rest of the type in `pipeline/valuetypes/`; this
module finds the field a correction names and hands its text to that parser.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from pipeline.extract.generic import GENERIC_FIELDS
from pipeline.model import State
from pipeline.rules import FieldSpec, Rules
from pipeline.valuetypes import value_type
# Reading and ValueProblem are declared with the value types; callers import them from here.
from pipeline.valuetypes._common import Context, Reading, ValueProblem

UNKNOWN_QUESTIONNAIRE = "unknown"
#: The type each generic field of an unknown questionnaire holds (see extract/generic.py).
_GENERIC_TYPES = {"amount_gbp": "money", "percent": "percent", "count": "count", "date": "date"}
STATES = tuple(s.value for s in State)


def field_spec(rules: Rules, questionnaire: str, field: str) -> FieldSpec | None:
    """The spec of `field` in `questionnaire`, or None when the field does not exist there.

    The document-level fields of rules/document_fields.yaml (`exemptions`, `foi_outcome`,
    ...) exist in every questionnaire; a document of unknown questionnaire has
    the generic fields (`amount_gbp`, `percent`, `count`, `date`).

    >>> field_spec(load_rules(), "unknown", "amount_gbp").type  # doctest: +SKIP
    'money'
    """
    declared = rules.document_fields.get(field)
    if declared is not None:  # rules/document_fields.yaml; read as its `review_as` type
        return replace(declared.spec, type=declared.review_as)
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
    return names + [name for name in rules.document_fields if name not in names]


def read_reviewer_value(spec: FieldSpec, text: str, rules: Rules, gazetteer=None,
                        on_date: date | None = None) -> Reading:
    """The canonical reading of `text` as a value of `spec`; ValueProblem if it is not one.

    >>> read_reviewer_value(money_spec, "£1.6m", rules).value  # doctest: +SKIP
    '1600000.00'
    """
    text = (text or "").strip()
    if not text:
        raise ValueProblem("the value is empty; give a value, or a corrected_state such as not_held")
    return value_type(spec.type).parse(text, spec, Context(rules, gazetteer, on_date))


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
