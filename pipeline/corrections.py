"""The corrections ledger: reviewers' decisions, kept in git, re-applied on every run.

`data/corrections/corrections.csv` holds one row per decision, keyed by the document's hash
(`doc_id`) + `field` + `item`. A later row for the same key supersedes an earlier one, so the
file only ever grows and its history is the review log. Accepting a value is a correction too
(`corrected_value` equal to the machine's value); "not applicable", "not held" and the other
answer states are given in `corrected_state` with an empty `corrected_value`.

Keyed by the hash, a correction follows the document's bytes, not its name: a renamed file
keeps its corrections, and a changed file does not inherit decisions about other text. A
correction is *stale* when the file it was made for is among this run's inputs but its bytes
changed, or when its field no longer exists in the document's questionnaire. Stale
corrections are reported in the `errors` table, never silently dropped, and stay in the
ledger until a person re-reviews or deletes them. Corrections for documents that are simply
not among this run's inputs (a run over another folder) are neither applied nor reported.

Every write replaces the whole ledger atomically (temporary file, fsync, rename, fsync of the
folder) under a lock, so a crash never leaves half a row, a power cut never loses a recorded
decision, and two reviewers saving at once never interleave. Text that a spreadsheet would run
as a formula (`=HYPERLINK(...)`, `@SUM(A1)`) is stored with a leading apostrophe
(`pipeline.spreadsheet`) and read back as typed.
"""
from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Mapping

from pipeline.errors import CorrectionsError
from pipeline.durable import file_lock, fsync_dir
from pipeline.model import State, Status
from pipeline.rules import Rules
from pipeline.spreadsheet import neutralise, restore

LEDGER_FILE = "corrections.csv"
LOCK_FILE = ".corrections.lock"
LEDGER_COLUMNS = ["doc_id", "source_file", "field", "item", "corrected_value", "corrected_state",
                  "original_value", "reviewer", "timestamp", "comment"]
REQUIRED_COLUMNS = LEDGER_COLUMNS[:6]
STATES = {s.value for s in State}
#: Confidence of a value a person decided: it is no longer the machine's guess.
CORRECTED_CONFIDENCE = 1.0
#: Flag on a row that a reviewer added (the machine found no value for that field or item).
REVIEWER_ADDED = "reviewer_added"

_THREAD_LOCK = threading.Lock()

Key = tuple[str, str, int]


@dataclass(frozen=True)
class Correction:
    """One reviewer's decision about one value; `line` is its line in the ledger (1 = header)."""

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
    def key(self) -> Key:
        return (self.doc_id, self.field, self.item)

    @property
    def state(self) -> str:
        """The state the decision gives the value: `answered` unless another was chosen."""
        return self.corrected_state or State.ANSWERED.value


def ledger_path(directory: Path) -> Path:
    return Path(directory) / LEDGER_FILE


def _parse_row(raw: Mapping[str, str], line: int) -> tuple[Correction | None, str]:
    row = {k: restore(v) if isinstance(v, str) else v for k, v in raw.items()}
    doc_id, field = (row.get("doc_id") or "").strip(), (row.get("field") or "").strip()
    if not doc_id or not field:
        return None, f"line {line}: doc_id and field are both needed"
    try:
        item = int((row.get("item") or "0").strip() or 0)
    except ValueError:
        return None, f"line {line}: item {row.get('item')!r} is not a whole number"
    state = (row.get("corrected_state") or "").strip()
    if state and state not in STATES:
        return None, f"line {line}: corrected_state {state!r} is not one of {', '.join(sorted(STATES))}"
    value = row.get("corrected_value") or ""
    if not value and not state:
        return None, f"line {line}: neither corrected_value nor corrected_state is given"
    return Correction(
        doc_id=doc_id, source_file=row.get("source_file") or "", field=field, item=item,
        corrected_value=value, corrected_state=state, original_value=row.get("original_value") or "",
        reviewer=row.get("reviewer") or "", timestamp=row.get("timestamp") or "",
        comment=row.get("comment") or "", line=line), ""


def read_ledger(directory: Path, problems: list[str] | None = None) -> list[Correction]:
    """Every decision in the ledger, in file order ([] when there is no ledger yet).

    A malformed line is reported: appended to `problems` when a list is given (the rest of
    the ledger is still used), else raised as CorrectionsError listing every bad line. A
    ledger without its header columns is unusable and always raises.
    """
    path = ledger_path(directory)
    if not path.exists():
        return []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CorrectionsError(f"cannot be read ({exc})", path=str(path),
                               hint="restore it from git history") from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = set(REQUIRED_COLUMNS) - set(reader.fieldnames or [])
    if missing:
        raise CorrectionsError(f"missing columns {', '.join(sorted(missing))}", path=str(path),
                               hint="restore the header line from git history")
    found, bad = [], []
    for row in reader:
        correction, problem = _parse_row(row, reader.line_num)
        if correction is not None:
            found.append(correction)
        else:
            bad.append(problem)
    if bad and problems is None:
        raise CorrectionsError("; ".join(bad), path=str(path),
                               hint="fix or delete the listed lines; every other line is intact")
    if problems is not None:
        problems.extend(f"{path}: {p}" for p in bad)
    return found


def latest_corrections(corrections: list[Correction]) -> dict[Key, Correction]:
    """The latest decision for each (doc_id, field, item): later lines win."""
    latest: dict[Key, Correction] = {}
    for c in corrections:
        latest.pop(c.key, None)  # re-insert, so the dict is in order of the latest decisions
        latest[c.key] = c
    return latest


def load_ledger(directory: Path, problems: list[str] | None = None) -> dict[Key, Correction]:
    """The latest correction for each (doc_id, field, item) in the ledger, if there is one."""
    return latest_corrections(read_ledger(directory, problems))


@contextlib.contextmanager
def ledger_lock(directory: Path) -> Iterator[None]:
    """Hold the ledger for writing: one thread of this process, and one process, at a time."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    with _THREAD_LOCK, file_lock(directory / LOCK_FILE):
        yield


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def _ledger_row(c: Correction, now: str) -> dict:
    row = {
        "doc_id": c.doc_id, "source_file": c.source_file, "field": c.field, "item": c.item,
        "corrected_value": c.corrected_value, "corrected_state": c.corrected_state,
        "original_value": c.original_value, "reviewer": c.reviewer,
        "timestamp": c.timestamp or now, "comment": c.comment,
    }
    return {k: neutralise(v) if isinstance(v, str) else v for k, v in row.items()}


def append_corrections(directory: Path, corrections: list[Correction]) -> Path:
    """Add decisions at the end of the ledger (creating it with a header), atomically.

    The old ledger's bytes are copied unchanged into a temporary file, the new rows are
    written after them, and the temporary file replaces the ledger: readers see the old
    ledger or the new one, never a half-written row.
    """
    directory = Path(directory)
    path = ledger_path(directory)
    with ledger_lock(directory):
        # a writer killed mid-write left its temporary file; under the lock no one else writes
        for stale in directory.glob(f".{LEDGER_FILE}.*.tmp"):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
        old = path.read_bytes() if path.exists() else b""
        if old and not old.endswith(b"\n"):
            old += b"\n"
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=LEDGER_COLUMNS, lineterminator="\n")
        if not old.strip():
            old = b""
            writer.writeheader()
        now = _now()
        for c in corrections:
            writer.writerow(_ledger_row(c, now))
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            with open(tmp, "wb") as f:
                f.write(old + buffer.getvalue().encode("utf-8"))
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise
        fsync_dir(directory)  # the rename itself survives a power cut
    return path


# --- applying the ledger to a run -----------------------------------------------------

def shown_value(row: Mapping) -> str:
    """What the machine said for a row: its value, or its state in brackets ("[not_held]")."""
    state = row.get("state") or State.ANSWERED.value
    if state != State.ANSWERED.value:
        return f"[{state}]"
    return str(row.get("value") or "")


def _error(c: Correction, message: str, hint: str, doc_id: str | None = None,
           source_file: str | None = None) -> dict:
    return {"doc_id": c.doc_id if doc_id is None else doc_id,
            "source_file": source_file if source_file is not None else c.source_file,
            "stage": "corrections",
            "message": f"ledger line {c.line}, {c.field}[{c.item}]: {message}", "hint": hint}


def _new_row(c: Correction, doc: Mapping) -> dict:
    return {"doc_id": c.doc_id, "source_file": doc.get("source_file", ""),
            "respondent": doc.get("respondent", ""), "respondent_code": doc.get("respondent_code", ""),
            "questionnaire": doc.get("questionnaire", ""), "question_id": "", "field": c.field,
            "item": c.item, "extractor": "reviewer", "evidence": "", "flags": REVIEWER_ADDED,
            "reasons": "", "unit": "", "value_code": ""}


def apply_corrections(answers: list[dict], ledger: Mapping[Key, Correction], documents: list[dict],
                      rules: Rules, gazetteer=None) -> tuple[list[dict], list[dict]]:
    """Apply the ledger to a run's answer rows; return (rows, error rows).

    Corrected rows get `status = corrected`, confidence 1, the value in canonical form (so
    `value_num` and an entity's `value_code` follow the correction) and the machine's value
    in `original_value`. A correction for a value the machine did not find adds a row, after
    its document's other rows. Stale corrections and values that no longer read as their
    field's type (rules changed) become error rows; the latter are still applied as written,
    because a person's decision must never be undone by a change of rules.
    """
    from pipeline.review.values import ValueProblem, field_spec, on_date_of, read_reviewer_value

    docs = {d["doc_id"]: d for d in documents if d.get("doc_id")}
    by_name: dict[str, Mapping] = {d["source_file"]: d for d in documents if d.get("doc_id")}
    rows = [dict(r) for r in answers]
    index = {(r["doc_id"], r["field"], int(r["item"] or 0)): i for i, r in enumerate(rows)}
    added: dict[str, list[dict]] = {}
    errors: list[dict] = []
    for key, c in ledger.items():
        doc = docs.get(c.doc_id)
        if doc is None:
            current = by_name.get(c.source_file)
            if current is not None and (current["doc_id"], c.field, c.item) not in ledger:
                errors.append(_error(
                    c, "stale correction: the document has changed since it was reviewed "
                       "(its contents hash differs)",
                    "re-review this value in the new version (foi review export/serve), "
                    "or delete the ledger line", source_file=c.source_file))
            continue
        spec = field_spec(rules, doc.get("questionnaire", ""), c.field)
        if spec is None:
            errors.append(_error(
                c, f"stale correction: field {c.field!r} does not exist in questionnaire "
                   f"{doc.get('questionnaire') or 'unknown'!r}",
                "the field was renamed or removed in rules/, or the document now matches "
                "another questionnaire; re-review it or delete the ledger line",
                source_file=doc["source_file"]))
            continue
        state = c.state
        update: dict = {"state": state, "value": "", "value_num": None, "value_code": ""}
        if state == State.ANSWERED.value:
            try:
                reading = read_reviewer_value(spec, c.corrected_value, rules, gazetteer,
                                              on_date_of(doc.get("response_date", "")))
                update.update(value=reading.value, value_num=reading.value_num,
                              value_code=reading.value_code)
                if reading.unit:
                    update["unit"] = reading.unit
            except ValueProblem as exc:
                update["value"] = c.corrected_value
                errors.append(_error(
                    c, f"applied as written, but {exc}", "correct the ledger line",
                    source_file=doc["source_file"]))
        if key in index:
            row = rows[index[key]]
            update["original_value"] = shown_value(row)
        else:
            row = _new_row(c, doc)
            added.setdefault(c.doc_id, []).append(row)
            update["original_value"] = ""
        row.update(update, confidence=CORRECTED_CONFIDENCE, status=Status.CORRECTED.value)
    return _with_added_rows(rows, added, documents), errors


def _with_added_rows(rows: list[dict], added: dict[str, list[dict]],
                     documents: list[dict]) -> list[dict]:
    """Rows with reviewer-added ones after their document's rows, in (field, item) order."""
    if not added:
        return rows
    for extra in added.values():
        extra.sort(key=lambda r: (r["field"], r["item"]))
    out: list[dict] = []
    for i, row in enumerate(rows):
        out.append(row)
        last_of_doc = i + 1 == len(rows) or rows[i + 1]["doc_id"] != row["doc_id"]
        if last_of_doc:
            out.extend(added.pop(row["doc_id"], []))
    for doc in documents:  # documents with no machine rows at all
        out.extend(added.pop(doc.get("doc_id", ""), []))
    return out
