"""Checking one reviewer's decision before it enters the ledger.

The same check serves the spreadsheet import and the review page, so a decision is refused
for the same reasons whichever way it arrives: the document must be one of the last run's
(`documents` table), the field must exist in its questionnaire, the item must be a whole
number, the state one of the answer states, and the value must read as the field's type.
A state other than `answered` takes no value ("not applicable" is a state, not a value).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from pipeline.corrections import Correction, Key, shown_value
from pipeline.model import State, Status
from pipeline.review.values import (
    ValueProblem, field_spec, known_fields, on_date_of, read_reviewer_value, read_state,
)
from pipeline.rules import Rules, load_rules
from pipeline.write import read_table


@dataclass(frozen=True)
class Decision:
    """A checked decision: the ledger row, and whether it accepts the machine's proposal."""

    correction: Correction
    accepted: bool


class DecisionProblem(ValueError):
    """Everything wrong with one decision, each problem in plain words."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("; ".join(self.problems))


@dataclass(frozen=True)
class ReviewContext:
    """What checking a decision needs: the last run's documents and answers, and the rules."""

    documents: Mapping[str, Mapping]  # doc_id -> documents row
    answers: Mapping[Key, Mapping]  # (doc_id, field, item) -> answers row
    rules: Rules
    gazetteer: object = None

    @classmethod
    def load(cls, processed: Path, rules: Rules | None = None) -> "ReviewContext":
        """Read `documents` and `answers` from an output folder (OutputError if missing)."""
        documents = {d["doc_id"]: d for d in read_table(processed, "documents") if d.get("doc_id")}
        answers = {(a["doc_id"], a["field"], int(a["item"] or 0)): a
                   for a in read_table(processed, "answers")}
        return cls(documents, answers, rules or load_rules())

    def machine_row(self, doc_id: str, field: str, item: int) -> Mapping | None:
        return self.answers.get((doc_id, field, item))


def _item(text: object) -> int | None:
    try:
        number = float(str(text).strip() or 0)
    except ValueError:
        return None
    return int(number) if number.is_integer() and number >= 0 else None


def check_decision(ctx: ReviewContext, doc_id: str, field: str, item: object,
                   corrected_value: str = "", corrected_state: str = "", reviewer: str = "",
                   comment: str = "") -> Decision:
    """The ledger row for a decision, or DecisionProblem listing everything wrong with it.

    `corrected_value` equal to the machine's value (after reading it into canonical form,
    so "£1.6m" accepts "1600000.00") is an acceptance, and is recorded like any correction.

    >>> check_decision(ctx, doc_id, "la_cost_basis", 0, "Gross").correction.corrected_value  # doctest: +SKIP
    'gross'
    """
    problems: list[str] = []
    doc_id, field = (doc_id or "").strip(), (field or "").strip()
    corrected_value = (corrected_value or "").strip()
    doc = ctx.documents.get(doc_id)
    if doc is None:
        problems.append(f"doc_id {doc_id[:12] or '(empty)'}… is not a document of the last run "
                        f"(re-export the queue after `foi extract`)")
    number = _item(item)
    if number is None:
        problems.append(f"item {item!r} is not a whole number of zero or more")
    try:
        state = read_state(corrected_state)
    except ValueProblem as exc:
        problems.append(str(exc))
        state = None
    spec = None
    if doc is not None:
        questionnaire = doc.get("questionnaire") or "unknown"
        spec = field_spec(ctx.rules, questionnaire, field)
        if spec is None:
            problems.append(f"field {field!r} is not in questionnaire {questionnaire!r} "
                            f"(its fields: {', '.join(known_fields(ctx.rules, questionnaire))})")
    if state and state != State.ANSWERED.value and corrected_value:
        problems.append(f"a value ({corrected_value!r}) and the state {state!r} were both given; "
                        f"leave corrected_value empty for a state, or the state empty for a value")
    if not corrected_value and state == "":
        problems.append("neither corrected_value nor corrected_state is given")
    value = ""
    if spec is not None and corrected_value and state in ("", State.ANSWERED.value):
        try:
            value = read_reviewer_value(spec, corrected_value, ctx.rules, ctx.gazetteer,
                                        on_date_of(doc.get("response_date") or "")).value
        except ValueProblem as exc:
            problems.append(f"{field}: {exc}")
    elif state == State.ANSWERED.value and not corrected_value:
        problems.append("state answered needs a corrected_value")
    if problems:
        raise DecisionProblem(problems)
    machine = ctx.machine_row(doc_id, field, number)
    current = shown_value(machine) if machine is not None else ""
    # A row corrected before keeps the machine's own value as the one to audit against.
    corrected_before = machine is not None and machine.get("status") == Status.CORRECTED.value
    original = (machine.get("original_value") or "") if corrected_before else current
    final_state = "" if state == State.ANSWERED.value else state
    proposed = shown_value({"state": final_state or State.ANSWERED.value, "value": value})
    correction = Correction(
        doc_id=doc_id, source_file=doc.get("source_file", ""), field=field, item=number,
        corrected_value=value, corrected_state=final_state, original_value=original,
        reviewer=(reviewer or "").strip(), comment=(comment or "").strip())
    return Decision(correction, accepted=machine is not None and current == proposed)
