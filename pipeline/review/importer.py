"""`foi review import`: a filled-in review sheet into the corrections ledger.

Every filled row is checked (`pipeline.review.decide`); the good ones are appended to the
ledger in one atomic write and the bad ones are reported with their line in the sheet and
what is wrong, so a reviewer fixes those lines and imports the sheet again. Importing the
same sheet twice is harmless: later ledger lines win, and they say the same.

A row with neither `corrected_value` nor `corrected_state` is skipped (not reviewed yet).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.corrections import Correction, append_corrections
from pipeline.errors import CorrectionsError
from pipeline.review.decide import DecisionProblem, ReviewContext, check_decision
from pipeline.review.sheet import read_sheet

REQUIRED = ("doc_id", "field", "item", "corrected_value", "corrected_state")


@dataclass(frozen=True)
class RowProblem:
    where: str  # "row 5", or "row 5 (line 17)" in a CSV with multi-line cells
    message: str


@dataclass
class ImportReport:
    """What an import did: rows recorded (of which accepted as proposed), skipped, refused."""

    path: Path
    recorded: int = 0
    accepted: int = 0
    skipped: int = 0
    problems: list[RowProblem] = field(default_factory=list)

    def lines(self) -> list[str]:
        """One line per refused row, as `file: row N: what is wrong`."""
        return [f"{self.path}: {p.where}: {p.message}" for p in self.problems]


def import_sheet(path: Path, corrections_dir: Path, ctx: ReviewContext,
                 reviewer: str = "") -> ImportReport:
    """Check every filled row of `path` and append the good ones to the ledger.

    `reviewer` fills the reviewer column where a row leaves it empty. Raises
    CorrectionsError when the sheet cannot be read or lacks a needed column; row problems
    are returned in the report, never raised.

    >>> import_sheet(Path("review.xlsx"), Path("data/corrections"), ctx).recorded  # doctest: +SKIP
    12
    """
    header, rows = read_sheet(path)
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise CorrectionsError(f"missing column(s) {', '.join(missing)}", path=str(path),
                               hint="import a sheet made by `foi review export`, with its header row")
    report = ImportReport(Path(path))
    good: list[Correction] = []
    for sheet_row in rows:
        row = sheet_row.cells
        value, state = (row.get("corrected_value") or "").strip(), (row.get("corrected_state") or "").strip()
        if not value and not state:
            report.skipped += 1
            continue
        try:
            decision = check_decision(
                ctx, row.get("doc_id", ""), row.get("field", ""), row.get("item", ""),
                value, state, row.get("reviewer") or reviewer, row.get("comment", ""))
        except DecisionProblem as exc:
            report.problems.append(RowProblem(sheet_row.where, str(exc)))
            continue
        good.append(decision.correction)
        report.accepted += decision.accepted
    if good:
        append_corrections(corrections_dir, good)
    report.recorded = len(good)
    return report
