"""What a run did, in a few lines for the terminal or as JSON for scripts.

Read back from the tables the run published (`documents.csv`), so the summary says exactly
what an analyst will find in the output folder: documents ok, partial and failed, values
and the share sent to review, the first failed and partial files each with its reason, and
where `errors.csv` is.
"""
from __future__ import annotations

import csv
from dataclasses import asdict, dataclass, field
from pathlib import Path

SHOWN = 5  # files listed per kind before "... and N more"
REASON_CHARS = 160


@dataclass
class FileProblem:
    source_file: str
    reason: str


@dataclass
class RunReport:
    documents: int
    ok: int
    partial: int
    failed: int
    unchanged: int
    values: int
    review: int
    stale_corrections: int
    out_dir: str
    errors_csv: str
    failed_files: list[FileProblem] = field(default_factory=list)
    partial_files: list[FileProblem] = field(default_factory=list)

    @property
    def review_rate(self) -> float:
        return self.review / self.values if self.values else 0.0

    def to_dict(self) -> dict:
        return dict(asdict(self), review_rate=round(self.review_rate, 4))

    def lines(self) -> list[str]:
        """The end-of-run summary, most important first."""
        out = [f"{self.documents} documents: {self.ok} ok, {self.partial} partial, {self.failed} failed"
               + (f" ({self.unchanged} unchanged since the last run)" if self.unchanged else ""),
               f"{self.values} values, {self.review} to review ({self.review_rate:.1%}) -> {self.out_dir}"]
        for title, problems, total in (("failed", self.failed_files, self.failed),
                                       ("partial", self.partial_files, self.partial)):
            if not problems:
                continue
            out.append(f"{title}:")
            out += [f"  {p.source_file}: {p.reason}" for p in problems]
            if total > len(problems):
                out.append(f"  ... and {total - len(problems)} more")
        if self.failed or self.partial:
            out.append(f"what to do for each file: {self.errors_csv}")
        if self.stale_corrections:
            out.append(f"{self.stale_corrections} correction(s) no longer match a value: "
                       f"see {self.errors_csv} (stage corrections)")
        return out


def _reason(message: str, source_file: str) -> str:
    """A message without the file path it starts with, on one line, cut to a readable length."""
    message = " ".join(message.split()) or "no reason recorded"
    head, sep, rest = message.partition(": ")
    if sep and Path(head).name == Path(source_file).name:
        message = rest
    return message if len(message) <= REASON_CHARS else message[:REASON_CHARS - 1] + "…"


def _rows(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def read_report(out_dir: Path, values: int, review: int, unchanged: int = 0,
                stale_corrections: int = 0) -> RunReport:
    """The summary of the run published in `out_dir`, which wrote `values` rows to `answers`
    and sent `review` of them to `review_queue`."""
    documents = _rows(out_dir / "documents.csv")
    first_error: dict[str, str] = {}
    for row in _rows(out_dir / "errors.csv"):
        first_error.setdefault(row["source_file"], row["message"])
    by_status: dict[str, list[dict]] = {"ok": [], "partial": [], "failed": []}
    for row in documents:
        by_status.setdefault(row["status"], []).append(row)

    def problems(status: str) -> list[FileProblem]:
        return [FileProblem(r["source_file"], _reason(first_error.get(r["source_file"], r["error"]), r["source_file"])) for r in by_status[status][:SHOWN]]

    return RunReport(
        documents=len(documents), ok=len(by_status["ok"]), partial=len(by_status["partial"]),
        failed=len(by_status["failed"]), unchanged=unchanged, values=values, review=review,
        stale_corrections=stale_corrections, out_dir=str(out_dir),
        errors_csv=str(out_dir / "errors.csv"),
        failed_files=problems("failed"), partial_files=problems("partial"))
