"""The corrections ledger: reviewers' decisions, kept in git, re-applied on every run.

`data/corrections/corrections.csv` holds one row per decision, keyed by the document's hash
(`doc_id`) + `field` + `item`. A later row for the same key supersedes an earlier one, so the
file only ever grows and its history is the review log. Accepting a value is a correction too
(`corrected_value` equal to the machine's value).

A correction whose document is no longer among the inputs, or whose field no longer exists in
its questionnaire, is reported as stale (in the `errors` table), never silently dropped.
"""
from __future__ import annotations

import csv
import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import CorrectionsError
from pipeline.model import State

LEDGER_FILE = "corrections.csv"
LEDGER_COLUMNS = ["doc_id", "source_file", "field", "item", "corrected_value", "corrected_state",
                  "original_value", "reviewer", "timestamp", "comment"]
STATES = {s.value for s in State}


@dataclass(frozen=True)
class Correction:
    doc_id: str
    source_file: str
    field: str
    item: int
    corrected_value: str
    corrected_state: str
    original_value: str = ""
    reviewer: str = ""
    timestamp: str = ""
    comment: str = ""
    line: int = 0

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.doc_id, self.field, self.item)


def load_ledger(directory: Path) -> dict[tuple[str, str, int], Correction]:
    """The latest correction for each (doc_id, field, item) in the ledger, if there is one."""
    path = Path(directory) / LEDGER_FILE
    if not path.exists():
        return {}
    latest: dict[tuple[str, str, int], Correction] = {}
    problems = []
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        missing = set(LEDGER_COLUMNS[:6]) - set(reader.fieldnames or [])
        if missing:
            raise CorrectionsError(f"missing columns {', '.join(sorted(missing))}", path=str(path),
                                   hint="restore the header line from git history")
        for line, row in enumerate(reader, start=2):
            try:
                item = int(row.get("item") or 0)
            except ValueError:
                problems.append(f"line {line}: item {row.get('item')!r} is not a whole number")
                continue
            state = (row.get("corrected_state") or "").strip()
            if state and state not in STATES:
                problems.append(f"line {line}: corrected_state {state!r} is not one of {', '.join(sorted(STATES))}")
                continue
            c = Correction(
                doc_id=row["doc_id"].strip(), source_file=row.get("source_file", ""),
                field=row["field"].strip(), item=item,
                corrected_value=row.get("corrected_value") or "", corrected_state=state,
                original_value=row.get("original_value") or "", reviewer=row.get("reviewer") or "",
                timestamp=row.get("timestamp") or "", comment=row.get("comment") or "", line=line)
            latest[c.key] = c
    if problems:
        raise CorrectionsError("; ".join(problems), path=str(path),
                               hint="fix or delete the listed lines; every other line is intact")
    return latest


def append_corrections(directory: Path, corrections: list[Correction]) -> Path:
    """Append corrections to the ledger (creating it with a header), flushed to disk."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / LEDGER_FILE
    new = not path.exists() or path.stat().st_size == 0
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    with open(path, "a", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=LEDGER_COLUMNS, lineterminator="\n")
        if new:
            writer.writeheader()
        for c in corrections:
            writer.writerow({
                "doc_id": c.doc_id, "source_file": c.source_file, "field": c.field, "item": c.item,
                "corrected_value": c.corrected_value, "corrected_state": c.corrected_state,
                "original_value": c.original_value, "reviewer": c.reviewer,
                "timestamp": c.timestamp or now, "comment": c.comment,
            })
        f.flush()
        os.fsync(f.fileno())
    return path


def _as_number(text: str) -> float | None:
    try:
        return float(text.replace(",", "").replace("£", "").strip())
    except ValueError:
        return None


def apply_corrections(answers: list[dict], ledger: dict, documents: list[dict],
                      fields_by_questionnaire: dict[str, set[str]]) -> tuple[list[dict], list[dict]]:
    """Apply the ledger to answer rows; return (rows, stale-correction error rows).

    Corrected rows get `status = corrected` and keep the machine's value in `original_value`.
    A correction for a value the machine did not find adds a row.
    """
    docs = {d["doc_id"]: d for d in documents}
    by_key = {(r["doc_id"], r["field"], int(r["item"])): i for i, r in enumerate(answers)}
    rows = [dict(r) for r in answers]
    stale = []
    for key, c in ledger.items():
        doc = docs.get(c.doc_id)
        known = fields_by_questionnaire.get(doc["questionnaire"], set()) | {"exemptions"} if doc else set()
        if doc is None or c.field not in known:
            why = ("its document is not among this run's inputs (changed or removed)" if doc is None
                   else f"field {c.field!r} is not in questionnaire {doc['questionnaire']!r}")
            stale.append({"doc_id": c.doc_id, "source_file": c.source_file, "stage": "corrections",
                          "message": f"stale correction (ledger line {c.line}, {c.field}[{c.item}]): {why}",
                          "hint": "re-review this value for the new document, or delete the line"})
            continue
        state = c.corrected_state or State.ANSWERED.value
        value = c.corrected_value if state == State.ANSWERED.value else ""
        if key in by_key:
            row = rows[by_key[key]]
            original = row.get("value") or row.get("state") or ""
        else:
            row = {"doc_id": c.doc_id, "source_file": doc["source_file"], "respondent": doc.get("respondent", ""),
                   "questionnaire": doc["questionnaire"], "question_id": "", "field": c.field,
                   "item": c.item, "extractor": "reviewer", "evidence": "", "flags": "", "reasons": "",
                   "unit": "", "value_code": ""}
            rows.append(row)
            original = ""
        row.update(state=state, value=value, value_num=_as_number(value) if value else None,
                   confidence=1.0, status="corrected", original_value=original)
    return rows, stale
