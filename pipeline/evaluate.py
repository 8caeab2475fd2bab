"""Evaluate stage: field-level precision and recall of the answers against gold files.

The scoring agrees with the project-independent scorer `shared/tools/score.py`:

- a gold file scores the document whose `source_file` has the same stem, so one gold file
  scores the TXT, PDF, DOCX and HTML renderings alike;
- the answer rows of one (document, field) make one prediction: a value when any row is
  answered, otherwise the state of the first row;
- gold `{"state": s}` wants that state; `{"any_of": [...]}` any alternative; a list wants
  the same set of values; a number a value within half a penny; true/false a yes/no;
  text the same words after case and punctuation are set aside;
- gold `null` or `[]` wants no prediction at all: anything predicted counts against
  precision; a field absent from the gold file is not scored;
- the document-level fields that are also columns of `documents` (`respondent`,
  `foi_reference`, `response_date`: `documents: true` in rules/document_fields.yaml) may
  come from `documents.csv` when `answers.csv` has no row for them.

A prediction is "auto" when every one of its rows has status auto or corrected.
"""
from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Mapping

from pipeline.errors import FoiError
from pipeline.model import State, Status
from pipeline.write import read_table



def document_columns(rules=None) -> tuple[str, ...]:
    """The document-level fields that are also columns of `documents`, as declared in
    rules/document_fields.yaml (`documents: true`)."""
    from pipeline.rules import load_rules
    rules = rules or load_rules()
    return tuple(name for name, d in rules.document_fields.items() if d.documents)


#: Half a penny, plus room for binary floating point (the same as score.py).
MONEY_TOLERANCE = 0.006
#: Upper edges of the reliability bins; the first bin starts at 0, the last includes 1.0.
CONFIDENCE_BIN_EDGES = (0.5, 0.7, 0.8, 0.9, 0.95, 1.0)
TRUE_WORDS = frozenset({"true", "yes", "1", "y"})
FALSE_WORDS = frozenset({"false", "no", "0", "n"})
OTHER_TYPE = "other"

_PUNCTUATION = re.compile(r"[\u2013\u2014,.;:'\"()-]")
_SPACES = re.compile(r"\s+")
_STATES = frozenset(s.value for s in State)
_AUTO = frozenset({Status.AUTO.value, Status.CORRECTED.value})


class GoldError(FoiError):
    """A gold file is missing, unreadable or not in the SPEC's format."""

    stage = "evaluate"


# --- comparing one value --------------------------------------------------------------

def normalise_text(text: object) -> str:
    """Case, "&" and punctuation set aside, so names compare by their words.

    >>> normalise_text("Mid & South Essex  I.C.B. – (MSE)")
    'mid and south essex i c b mse'
    """
    folded = str(text).casefold().replace("&", " and ")
    return _SPACES.sub(" ", _PUNCTUATION.sub(" ", folded)).strip()


def as_number(value: object) -> float | None:
    """A number from a cell, or None: "£1,656,101.72" -> 1656101.72; True -> None."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).replace(",", "").replace("£", "").strip())
    except ValueError:
        return None


def as_bool(value: object) -> bool | None:
    """True for "Yes"/"true"/"1", False for "No"/"false"/"0", else None."""
    word = normalise_text(value)
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    return None


def scalar_matches(gold: object, row: Mapping) -> bool:
    """Whether one answered row carries the plain gold value (number, boolean or text)."""
    if isinstance(gold, bool):
        return as_bool(row.get("value")) is gold
    if isinstance(gold, (int, float)):
        got = as_number(row.get("value_num"))
        if got is None:
            got = as_number(row.get("value"))
        return got is not None and math.isclose(got, float(gold), rel_tol=1e-9,
                                                abs_tol=MONEY_TOLERANCE)
    return normalise_text(gold) == normalise_text(row.get("value") or "")


# --- predictions ----------------------------------------------------------------------

@dataclass(frozen=True)
class Prediction:
    """What the answer rows of one (document, field) say: values, or a state."""

    kind: str  # "value" or "state"
    rows: tuple[Mapping, ...]
    state: str = ""

    @property
    def is_auto(self) -> bool:
        return all((r.get("status") or Status.AUTO.value) in _AUTO for r in self.rows)

    @property
    def shown(self) -> object:
        """The prediction as a person reads it: a state name or the list of values."""
        return self.state if self.kind == "state" else [r.get("value", "") for r in self.rows]

    @property
    def confidence(self) -> float | None:
        """The lowest confidence of its rows: a list is right only if every item is."""
        values = [as_number(r.get("confidence")) for r in self.rows]
        values = [min(max(v, 0.0), 1.0) for v in values if v is not None and not math.isnan(v)]
        return min(values) if values else None


def _state_of(row: Mapping) -> str:
    return row.get("state") or State.ANSWERED.value


def collapse_rows(rows: list[Mapping]) -> Prediction | None:
    """One prediction from the rows of a field: answered rows win over state rows.

    >>> collapse_rows([{"state": "withheld"}, {"state": "answered", "value": "s40"}]).kind
    'value'
    """
    answered = tuple(r for r in rows if _state_of(r) == State.ANSWERED.value)
    if answered:
        return Prediction("value", answered)
    if rows:
        return Prediction("state", tuple(rows), _state_of(rows[0]))
    return None


def gold_matches(gold: object, pred: Prediction | None) -> bool:
    """Whether `pred` satisfies a positive gold spec (not null, not [])."""
    if isinstance(gold, dict) and "any_of" in gold:
        return any(gold_matches(alt, pred) for alt in gold["any_of"])
    if pred is None:
        return False
    if isinstance(gold, dict):
        return pred.kind == "state" and pred.state == gold.get("state")
    if pred.kind != "value":
        return False
    if isinstance(gold, list):
        got = {normalise_text(r.get("value") or "") for r in pred.rows} - {""}
        return got == {normalise_text(g) for g in gold}
    return any(scalar_matches(gold, r) for r in pred.rows)


def is_negative(gold: object) -> bool:
    """Gold null or [] says the document gives no value for the field."""
    return gold is None or gold == []


def load_predictions(pred_dir: Path) -> dict[str, dict[str, list[Mapping]]]:
    """Answer rows by file stem and field, from `answers.csv` (and `documents.csv`)."""
    pred_dir = Path(pred_dir)
    by_doc: dict[str, dict[str, list[Mapping]]] = defaultdict(lambda: defaultdict(list))
    for row in read_table(pred_dir, "answers"):
        by_doc[Path(row.get("source_file") or "").stem][row.get("field") or ""].append(row)
    if (pred_dir / "documents.csv").is_file():
        columns = document_columns()
        for doc in read_table(pred_dir, "documents"):
            fields = by_doc[Path(doc.get("source_file") or "").stem]
            for name in columns:
                if doc.get(name) and not fields.get(name):
                    fields[name].append({"state": State.ANSWERED.value, "value": doc[name],
                                         "status": Status.AUTO.value})
    return by_doc


# --- gold files -----------------------------------------------------------------------

@dataclass(frozen=True)
class GoldDoc:
    path: str
    stem: str
    questionnaire: str
    gold: Mapping[str, object]


def _spec_problems(spec: object, where: str) -> list[str]:
    if spec is None or isinstance(spec, (bool, int, float, str)):
        return []
    if isinstance(spec, list):
        return [f"{where}[{i}]: list items must be text or numbers, not {item!r}"
                for i, item in enumerate(spec)
                if isinstance(item, (dict, list)) or item is None]
    if isinstance(spec, dict) and set(spec) == {"state"}:
        if spec["state"] in _STATES:
            return []
        return [f"{where}: state {spec['state']!r} is not one of {sorted(_STATES)}"]
    if isinstance(spec, dict) and set(spec) == {"any_of"} and isinstance(spec["any_of"], list):
        problems = []
        for i, alt in enumerate(spec["any_of"]):
            if is_negative(alt):
                problems.append(f"{where}.any_of[{i}]: null or [] cannot be an alternative; "
                                f"write null on its own")
            else:
                problems.extend(_spec_problems(alt, f"{where}.any_of[{i}]"))
        return problems
    return [f"{where}: expected a value, a list, null, {{\"state\": ...}} or "
            f"{{\"any_of\": [...]}}, got {spec!r}"]


def load_gold(gold_dir: Path) -> list[GoldDoc]:
    """Every `*.json` gold file of `gold_dir`, validated; all problems reported at once."""
    gold_dir = Path(gold_dir)
    paths = sorted(gold_dir.glob("*.json")) if gold_dir.is_dir() else []
    if not paths:
        raise GoldError("no gold files (*.json) found", path=str(gold_dir),
                        hint="pass the folder holding one JSON file per document to --gold")
    docs, problems = [], []
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            problems.append(f"{path}: not readable JSON ({exc})")
            continue
        if not isinstance(data, dict) or not isinstance(data.get("source_file"), str) \
                or not isinstance(data.get("gold"), dict):
            problems.append(f"{path}: needs \"source_file\" (text) and \"gold\" (an object)")
            continue
        for field, spec in data["gold"].items():
            problems.extend(_spec_problems(spec, f"{path}: gold.{field}"))
        docs.append(GoldDoc(str(path), Path(data["source_file"]).stem,
                            str(data.get("questionnaire", "")), data["gold"]))
    if problems:
        raise GoldError(f"{len(problems)} problem(s) in gold files:\n"
                        + "\n".join(f"  - {p}" for p in problems),
                        path=str(gold_dir), hint="fix each listed entry (format: SPEC.md)")
    return docs


def gold_field_names(gold_dir: Path) -> set[str]:
    """Every field scored by some gold file in `gold_dir`."""
    return {field for doc in load_gold(gold_dir) for field in doc.gold}


# --- the report -----------------------------------------------------------------------

def _ratio(num: int | float, den: int | float) -> float | None:
    return num / den if den else None


@dataclass(frozen=True)
class Score:
    """Counts for a group of (document, field) judgements: all, one field or one type."""

    name: str
    gold: int = 0  # gold values expected (null and [] gold not counted)
    predicted: int = 0
    correct: int = 0
    predicted_auto: int = 0
    correct_auto: int = 0

    @property
    def recall(self) -> float | None:
        return _ratio(self.correct, self.gold)

    @property
    def precision(self) -> float | None:
        return _ratio(self.correct, self.predicted)

    @property
    def auto_precision(self) -> float | None:
        return _ratio(self.correct_auto, self.predicted_auto)

    @property
    def auto_recall(self) -> float | None:
        return _ratio(self.correct_auto, self.gold)

    @property
    def review_rate(self) -> float | None:
        return _ratio(self.predicted - self.predicted_auto, self.predicted)

    def to_dict(self) -> dict:
        return {**asdict(self), "recall": self.recall, "precision": self.precision,
                "auto_precision": self.auto_precision, "auto_recall": self.auto_recall,
                "review_rate": self.review_rate}


@dataclass(frozen=True)
class Judgement:
    """The verdict on one (document, field)."""

    doc: str
    field: str
    gold: object
    prediction: Prediction | None
    correct: bool

    @property
    def status(self) -> str:
        if self.prediction is None:
            return ""
        return Status.AUTO.value if self.prediction.is_auto else Status.REVIEW.value


@dataclass(frozen=True)
class Miss:
    doc: str
    field: str
    gold: object
    predicted: object  # None, a state name, or the list of predicted values
    status: str  # "auto", "review", or "" when nothing was predicted


@dataclass(frozen=True)
class CalibrationBin:
    low: float
    high: float
    count: int
    mean_confidence: float | None
    accuracy: float | None


@dataclass(frozen=True)
class AtLeast:
    """Accuracy of the predictions whose confidence is at least `threshold`.

    The promise a confidence makes: values at 0.9 or above are right at least 90% of the
    time. `holds` is None when no prediction reaches the threshold.
    """

    threshold: float
    count: int
    accuracy: float | None

    @property
    def holds(self) -> bool | None:
        return None if self.accuracy is None else self.accuracy >= self.threshold


@dataclass(frozen=True)
class EvaluationReport:
    docs: int
    docs_missing: int
    overall: Score
    per_field: tuple[Score, ...]
    per_type: tuple[Score, ...]
    misses: tuple[Miss, ...]
    calibration: tuple[CalibrationBin, ...]
    expected_calibration_error: float | None
    calibration_at_least: tuple[AtLeast, ...] = ()

    recall = property(lambda self: self.overall.recall)
    precision = property(lambda self: self.overall.precision)
    auto_precision = property(lambda self: self.overall.auto_precision)
    auto_recall = property(lambda self: self.overall.auto_recall)
    review_rate = property(lambda self: self.overall.review_rate)

    def to_dict(self) -> dict:
        """Plain JSON-ready data; a ratio with nothing to divide by is null."""
        return {
            "docs": self.docs,
            "docs_missing": self.docs_missing,
            "summary": self.overall.to_dict(),
            "per_field": [s.to_dict() for s in self.per_field],
            "per_type": [s.to_dict() for s in self.per_type],
            "misses": [asdict(m) for m in self.misses],
            "calibration": [asdict(b) for b in self.calibration],
            "expected_calibration_error": self.expected_calibration_error,
            "calibration_at_least": [{**asdict(a), "holds": a.holds}
                                     for a in self.calibration_at_least],
        }


def judge(doc: str, field: str, gold: object, pred: Prediction | None) -> Judgement:
    """Score one field of one document."""
    correct = pred is None if is_negative(gold) else gold_matches(gold, pred)
    return Judgement(doc, field, gold, pred, correct)


def tally(name: str, judgements: list[Judgement]) -> Score:
    """Add up judgements; only a made prediction can be correct (a right silence scores 0)."""
    gold = predicted = correct = predicted_auto = correct_auto = 0
    for j in judgements:
        gold += not is_negative(j.gold)
        if j.prediction is None:
            continue
        predicted += 1
        correct += j.correct
        if j.prediction.is_auto:
            predicted_auto += 1
            correct_auto += j.correct
    return Score(name, gold, predicted, correct, predicted_auto, correct_auto)


def _scored(judgements: list[Judgement]) -> list[tuple[float, bool]]:
    """(confidence, correct) of every prediction that has a confidence.

    Values and states alike (a wrong "not held" is as wrong as a wrong number); predictions
    without a confidence (document-level fields read from documents.csv) are left out.
    """
    out = []
    for j in judgements:
        conf = j.prediction.confidence if j.prediction is not None else None
        if conf is not None:
            out.append((conf, j.correct))
    return out


def accuracy_at_least(judgements: list[Judgement],
                      thresholds: tuple[float, ...] = CONFIDENCE_BIN_EDGES[:-1]
                      ) -> tuple[AtLeast, ...]:
    """For each threshold, how often the predictions at or above it are right."""
    scored = _scored(judgements)
    out = []
    for t in thresholds:
        hits = [ok for conf, ok in scored if conf >= t]
        out.append(AtLeast(t, len(hits), sum(hits) / len(hits) if hits else None))
    return tuple(out)


def calibration_table(judgements: list[Judgement]
                      ) -> tuple[tuple[CalibrationBin, ...], float | None]:
    """Reliability of the predictions by confidence bin, and the expected calibration
    error (bin accuracy vs mean confidence, weighted by bin size).

    A list's confidence is that of its least confident item (it is right only if every
    item is).
    """
    edges = (0.0,) + CONFIDENCE_BIN_EDGES
    buckets: list[list[tuple[float, bool]]] = [[] for _ in CONFIDENCE_BIN_EDGES]
    for conf, correct in _scored(judgements):
        i = next(k for k, high in enumerate(CONFIDENCE_BIN_EDGES)
                 if conf < high or high == CONFIDENCE_BIN_EDGES[-1])
        buckets[i].append((conf, correct))
    total = sum(len(b) for b in buckets)
    bins, ece = [], 0.0
    for low, high, bucket in zip(edges, edges[1:], buckets):
        if not bucket:
            bins.append(CalibrationBin(low, high, 0, None, None))
            continue
        mean_conf = sum(c for c, _ in bucket) / len(bucket)
        accuracy = sum(ok for _, ok in bucket) / len(bucket)
        bins.append(CalibrationBin(low, high, len(bucket), mean_conf, accuracy))
        ece += len(bucket) / total * abs(accuracy - mean_conf)
    return tuple(bins), (ece if total else None)


def evaluate(gold_dir: Path, pred_dir: Path,
             field_types: Mapping[str, str] | None = None) -> EvaluationReport:
    """Score `pred_dir/answers.csv` (and documents.csv) against the gold files of `gold_dir`.

    `field_types` maps a field to its type ("money", "count", ...) for the per-type
    table; a field it does not name counts as "other".

    >>> report = evaluate(Path("gold"), Path("data/processed"))  # doctest: +SKIP
    >>> report.auto_precision >= 0.99  # doctest: +SKIP
    """
    gold_docs = load_gold(gold_dir)
    predictions = load_predictions(pred_dir)
    types = field_types or {}
    judgements: list[Judgement] = []
    missing = 0
    for gd in gold_docs:
        doc = predictions.get(gd.stem)
        missing += doc is None
        for field, gold in gd.gold.items():
            rows = doc.get(field, []) if doc is not None else []
            judgements.append(judge(gd.stem, field, gold, collapse_rows(rows)))
    by_field: dict[str, list[Judgement]] = defaultdict(list)
    by_type: dict[str, list[Judgement]] = defaultdict(list)
    for j in judgements:
        by_field[j.field].append(j)
        by_type[types.get(j.field, OTHER_TYPE)].append(j)
    bins, ece = calibration_table(judgements)
    misses = tuple(
        Miss(j.doc, j.field, j.gold, j.prediction.shown if j.prediction else None, j.status)
        for j in judgements if not j.correct)
    return EvaluationReport(
        docs=len(gold_docs),
        docs_missing=missing,
        overall=tally("all", judgements),
        per_field=tuple(tally(f, js) for f, js in sorted(by_field.items())),
        per_type=tuple(tally(t, js) for t, js in sorted(by_type.items())),
        misses=misses,
        calibration=bins,
        expected_calibration_error=ece,
        calibration_at_least=accuracy_at_least(judgements),
    )


# --- text form ------------------------------------------------------------------------

def _pct(value: float | None) -> str:
    return "   n/a" if value is None else f"{value:6.3f}"


def _score_lines(title: str, scores: tuple[Score, ...]) -> list[str]:
    lines = [title, f"  {'':34s} {'gold':>5s} {'pred':>5s} {'right':>5s} "
                    f"{'recall':>6s} {'prec':>6s} {'auto_p':>6s} {'review':>6s}"]
    for s in scores:
        lines.append(f"  {s.name:34s} {s.gold:5d} {s.predicted:5d} {s.correct:5d} "
                     f"{_pct(s.recall)} {_pct(s.precision)} {_pct(s.auto_precision)} "
                     f"{_pct(s.review_rate)}")
    return lines


def format_report(report: EvaluationReport) -> str:
    """The report as text for a terminal: tables first, the summary line last."""
    lines = _score_lines("Per type", report.per_type) + [""]
    lines += _score_lines("Per field", report.per_field) + [""]
    lines.append("Calibration (reliability of every prediction with a confidence)")
    lines.append(f"  {'confidence':13s} {'count':>5s} {'mean':>6s} {'accuracy':>8s}")
    for b in report.calibration:
        lines.append(f"  {b.low:.2f}-{b.high:.2f}     {b.count:5d} {_pct(b.mean_confidence)} "
                     f"  {_pct(b.accuracy)}")
    lines.append(f"  expected calibration error: {_pct(report.expected_calibration_error).strip()}")
    for a in report.calibration_at_least:
        verdict = {True: "ok", False: "BELOW", None: ""}[a.holds]
        lines.append(f"  confidence >= {a.threshold:.2f}: {a.count:4d} predictions, "
                     f"accuracy {_pct(a.accuracy).strip():>6s} {verdict}")
    lines.append("")
    lines.append(f"Misses ({len(report.misses)})")
    for m in report.misses:
        status = f" [{m.status}]" if m.status else ""
        lines.append(f"  {m.doc} {m.field}: gold={json.dumps(m.gold)} "
                     f"pred={json.dumps(m.predicted)}{status}")
    lines.append("")
    o = report.overall
    lines.append(
        f"docs={report.docs} missing={report.docs_missing} gold={o.gold} "
        f"recall={_pct(o.recall).strip()} precision={_pct(o.precision).strip()} "
        f"auto_precision={_pct(o.auto_precision).strip()} "
        f"auto_recall={_pct(o.auto_recall).strip()} review_rate={_pct(o.review_rate).strip()}")
    return "\n".join(lines)
