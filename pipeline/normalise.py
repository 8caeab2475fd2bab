"""The normalise stage: derived values, cross-field checks, and each value's status.

- A field with a `derive` rule and no stated value is computed from others and flagged
  `derived` (a weekly ICB cost × 52; a share's percent × the total spend).
- Checks declared in the questionnaire (weekly × 52 ≈ annual; percent × total ≈ amount;
  jointly funded ≤ total; shares sum ≤ 100) flag both values `inconsistent` and send them to
  review when they fail.
- A value is `auto` only when its confidence reaches `review_below` and nothing asks for a
  person's eye (a reason); everything else is `review`.
"""
from __future__ import annotations

from dataclasses import replace

from pipeline.model import SourceRef, State, Status, Value
from pipeline.rules import Questionnaire, Rules


def _scalar(values: list[Value], field: str) -> Value | None:
    for v in values:
        if v.field == field and v.state == State.ANSWERED and v.item == 0 and v.value_num is not None:
            return v
    return None


def _unparsed(v: Value) -> bool:
    """A review row saying the answer held no value of the field's type."""
    return v.extractor.endswith(":unparsed")


def _derived(field: str, question_id: str, amount: float, inputs: list[Value], how: str,
             rules: Rules) -> Value:
    first = inputs[0]
    conf = min(v.confidence for v in inputs) * rules.conf("derived")
    src = first.source
    return Value(
        field=field, question_id=question_id, state=State.ANSWERED, value=f"{amount:.2f}",
        value_num=round(amount, 2), unit="GBP", confidence=round(conf, 3), status=Status.REVIEW,
        extractor="derived", source=SourceRef(src.source_file, src.page, src.char_start,
                                               src.char_end, src.locator) if src else None,
        evidence=how, flags=("derived",),
        reasons=tuple(dict.fromkeys(r for v in inputs for r in v.reasons)),
    )


def derive_values(values: list[Value], qn: Questionnaire, rules: Rules) -> list[Value]:
    """Add derived values for fields that the answers left empty."""
    out = list(values)
    for spec in qn.fields.values():
        d = spec.derive
        # "An annual figure is not held ... £187,420.50 per week": annualised all the same
        replaceable = (lambda v: _unparsed(v) or v.state == State.NOT_HELD) if d and d["op"] == "weekly_to_annual" \
            else _unparsed
        if not d or any(v.field == spec.name and not replaceable(v) for v in out):
            continue
        derived = None
        if d["op"] == "weekly_to_annual":
            weekly = _scalar(out, d["from"])
            if weekly is not None:
                derived = _derived(spec.name, spec.question_id, weekly.value_num * 52, [weekly],
                                   f"{weekly.evidence} × 52", rules)
        elif d["op"] == "percent_of":
            pct, total = _scalar(out, d["percent"]), _scalar(out, d["total"])
            if pct is not None and total is not None:
                amount = round(total.value_num * pct.value_num / 100, 2)
                derived = _derived(spec.name, spec.question_id, amount, [pct, total],
                                   f"{pct.evidence} of {total.evidence}", rules)
        if derived is not None:  # it replaces a row saying the answer held no such figure
            if any(v.field == spec.name and v.state == State.NOT_HELD for v in out):
                derived = replace(derived, reasons=derived.reasons + (
                    "the answer says no annual figure is held: annualised from its weekly figure",))
            out = [v for v in out if not (v.field == spec.name and replaceable(v))] + [derived]
    return out


def _flag(values: list[Value], fields: set[str], reason: str, rules: Rules) -> list[Value]:
    """Flag the values of `fields` `inconsistent`; a failed check also lowers confidence,
    since one of the values it compares is usually wrong."""
    penalty = rules.conf("inconsistent")
    return [replace(v, flags=tuple(dict.fromkeys(v.flags + ("inconsistent",))),
                    reasons=tuple(dict.fromkeys(v.reasons + (reason,))),
                    confidence=round(v.confidence * penalty, 3))
            if v.field in fields and v.state == State.ANSWERED and "inconsistent" not in v.flags else v
            for v in values]


def check_plausible(values: list[Value], qn: Questionnaire) -> list[Value]:
    """A value outside its field's `plausible` range goes to review, flagged `implausible`:
    "£18.9" for a council's yearly spend is a misread "£18.9 million", "450" packages may be
    the cost limit."""
    out = []
    for v in values:
        spec = qn.fields.get(v.field)
        rng = spec.plausible if spec is not None else None
        if rng and v.state == State.ANSWERED and v.value_num is not None \
                and not rng[0] <= v.value_num <= rng[1]:
            v = replace(v, flags=tuple(dict.fromkeys(v.flags + ("implausible",))),
                        reasons=v.reasons + (f"{v.value_num:,.2f} is outside the plausible range "
                                             f"{rng[0]:,.0f} to {rng[1]:,.0f} for {v.field}",))
        out.append(v)
    return out


def check_values(values: list[Value], qn: Questionnaire, rules: Rules) -> list[Value]:
    """Run the questionnaire's cross-field checks; failing values get `inconsistent`."""
    values = check_plausible(values, qn)
    tol = rules.thresholds["checks"]
    for chk in qn.checks:
        kind = chk["check"]
        if kind == "weekly_annual":
            w, a = _scalar(values, chk["weekly"]), _scalar(values, chk["annual"])
            if w and a and "derived" not in a.flags and a.value_num:
                if abs(w.value_num * 52 - a.value_num) > tol["weekly_annual_rel_tol"] * a.value_num:
                    values = _flag(values, {w.field, a.field},
                                   f"weekly {w.value_num:,.2f} × 52 does not match annual {a.value_num:,.2f}", rules)
        elif kind == "not_greater":
            s, big = _scalar(values, chk["small"]), _scalar(values, chk["large"])
            if s and big and s.value_num > big.value_num:
                values = _flag(values, {s.field, big.field}, f"{s.field} is larger than {big.field}", rules)
        elif kind == "percent_of_total":
            p, amt, tot = (_scalar(values, chk[k]) for k in ("percent", "amount", "total"))
            if p and amt and tot and "derived" not in amt.flags:
                expected = tot.value_num * p.value_num / 100
                if abs(expected - amt.value_num) > max(tol["percent_amount_abs_tol"], 0.01 * amt.value_num):
                    values = _flag(values, {p.field, amt.field},
                                   f"{p.value_num}% of {tot.value_num:,.2f} is not {amt.value_num:,.2f}", rules)
        elif kind == "percent_sum":
            parts = [_scalar(values, f) for f in chk["fields"]]
            total = sum(v.value_num for v in parts if v)
            if total > chk.get("max", 100) + 0.01:
                values = _flag(values, set(chk["fields"]), f"shares add up to {total:g}%, over {chk.get('max', 100)}%", rules)
    return values


def assign_status(values: list[Value], rules: Rules) -> list[Value]:
    """`auto` when confident and unquestioned, else `review`; corrected values stay corrected.

    A list is `auto` only when every item is: one doubtful item sends the whole list to a
    reviewer, who sees the list the analyst would get.
    """
    out = []
    for v in values:
        if v.status == Status.CORRECTED:
            out.append(v)
            continue
        reasons = v.reasons
        if v.confidence < rules.review_below and not reasons:
            reasons = (f"low confidence {v.confidence:.2f}",)
        status = Status.REVIEW if reasons else Status.AUTO
        out.append(v if v.status == status and v.reasons is reasons else replace(v, status=status, reasons=reasons))
    doubtful = {v.field for v in out if v.status == Status.REVIEW}
    return [replace(v, status=Status.REVIEW, reasons=("another item of this list needs review",))
            if v.status == Status.AUTO and v.field in doubtful else v
            for v in out]


def check_and_derive(values: list[Value], qn: Questionnaire | None, rules: Rules) -> list[Value]:
    """Derived values and cross-field checks: everything of this stage but the status (which
    alone reads `review_below`)."""
    if qn is not None:
        values = derive_values(values, qn, rules)
        values = check_values(values, qn, rules)
    return values


def normalise_values(values: list[Value], qn: Questionnaire | None, rules: Rules) -> list[Value]:
    return assign_status(check_and_derive(values, qn, rules), rules)
