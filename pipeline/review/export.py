"""`foi review export`: the review queue as a sheet a reviewer fills in.

The sheet holds every `review_queue` column (the value, its evidence, the question, the
answer with the evidence in [[ ]], why it is queued) and four empty columns for the
decision: `corrected_value`, `corrected_state`, `reviewer`, `comment`. `foi review import`
reads the same sheet back into the corrections ledger.

Column order is for the person filling it in: first what identifies the item and what the
machine read (`CONTEXT_COLUMNS`), then the four decision columns, then the longer texts
and the keys (`doc_id`, 64 characters, last). The import finds columns by their header, so
a sheet exported before this order (decisions at the far right) imports as it always did.

In XLSX the value a reviewer types is offered as a drop-down where the questionnaire fixes
the choices: a yes/no field's allowed answers, an enum's values (`value_choices`).
"""
from __future__ import annotations

from pathlib import Path

from pipeline.review.sheet import write_sheet
from pipeline.review.values import STATES, field_spec
from pipeline.rules import YESNO_VALUES, Rules, load_rules
from pipeline.tables import REVIEW_QUEUE
from pipeline.write import read_table

#: The columns a reviewer fills in.
DECISION_COLUMNS = ("corrected_value", "corrected_state", "reviewer", "comment")
#: What a reviewer reads before deciding, in front of the decision columns.
CONTEXT_COLUMNS = ("source_file", "respondent", "field", "item", "state", "value", "unit",
                   "reason")
EXPORT_COLUMNS = (list(CONTEXT_COLUMNS) + list(DECISION_COLUMNS)
                  + [c for c in REVIEW_QUEUE if c not in CONTEXT_COLUMNS])


def value_choices(rules: Rules, row: dict) -> tuple[str, ...]:
    """The values a reviewer may type for this row's field when the questionnaire lists
    them (yes/no and enum fields), else ().

    >>> value_choices(load_rules(), {"questionnaire": "asc_joint_funding",
    ...                              "field": "joint_funding_policy"})  # doctest: +SKIP
    ('yes', 'no')
    """
    spec = field_spec(rules, str(row.get("questionnaire") or ""), str(row.get("field") or ""))
    if spec is None:
        return ()
    if spec.type == "yesno":
        return tuple(spec.allowed or YESNO_VALUES[:2])
    if spec.type == "enum":
        return tuple(spec.values)
    return ()


def export_queue(processed: Path, out: Path, rules: Rules | None = None) -> int:
    """Write `processed/review_queue` to `out` (.csv or .xlsx); return the number of rows.

    >>> export_queue(Path("data/processed"), Path("review.xlsx"))  # doctest: +SKIP
    51
    """
    rows = read_table(processed, "review_queue")
    rules = rules or load_rules()
    return write_sheet(out, EXPORT_COLUMNS, rows, editable=DECISION_COLUMNS,
                       choices={"corrected_state": STATES},
                       row_choices={"corrected_value": [value_choices(rules, r) for r in rows]},
                       freeze_after="item")
