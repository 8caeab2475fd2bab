"""`foi review export`: the review queue as a sheet a reviewer fills in.

The sheet holds every `review_queue` column (the value, its evidence, the question, the
answer with the evidence in [[ ]], why it is queued) and four empty columns for the
decision: `corrected_value`, `corrected_state`, `reviewer`, `comment`. `foi review import`
reads the same sheet back into the corrections ledger.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.review.sheet import write_sheet
from pipeline.review.values import STATES
from pipeline.tables import REVIEW_QUEUE
from pipeline.write import read_table

#: The columns a reviewer fills in, after the queue's own.
DECISION_COLUMNS = ("corrected_value", "corrected_state", "reviewer", "comment")
EXPORT_COLUMNS = REVIEW_QUEUE + list(DECISION_COLUMNS)


def export_queue(processed: Path, out: Path) -> int:
    """Write `processed/review_queue` to `out` (.csv or .xlsx); return the number of rows.

    >>> export_queue(Path("data/processed"), Path("review.xlsx"))  # doctest: +SKIP
    51
    """
    rows = read_table(processed, "review_queue")
    return write_sheet(out, EXPORT_COLUMNS, rows, editable=DECISION_COLUMNS,
                       choices={"corrected_state": STATES})
