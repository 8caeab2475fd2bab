"""Run the whole pipeline over files and folders: `foi extract`.

Each file goes ingest → segment → match → extract → normalise in a worker that loads the
rules, the gazetteer and spaCy once per process. A file that fails is recorded in `errors`
and the run goes on. Results are cached per document hash and rules fingerprint under
`<out>/.cache/`, so unchanged files are not processed again. Corrections from the ledger are
applied after extraction, on every run, so they survive re-runs and a wiped output folder.
"""
from __future__ import annotations

from collections import Counter
import datetime as dt
import hashlib
import json
import os
import shutil
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline import __version__
from pipeline.corrections import apply_corrections, ledger_path, load_ledger
from pipeline.dictionary import write_dictionary
from pipeline.docfields import find_foi_reference, find_response_date
from pipeline.entities import load_gazetteer
from pipeline.durable import sha256_file
from pipeline.errors import FoiError
from pipeline.extract.fields import extract_exemptions, extract_fields, extract_outcome
from pipeline.extract.typed import Context
from pipeline.executors import TaskFailure, run_bounded
from pipeline.ingest import SUPPORTED_SUFFIXES, ingest, read_as
from pipeline.limits import Limits
from pipeline.match import UNKNOWN, match_document
from pipeline.model import Document, SourceRef, State, Status, Value
from pipeline.normalise import normalise_values
from pipeline.publish import RunInfo, crash_point, publish_run
from pipeline.respondent import detect_respondent
from pipeline.review.queue import build_review_queue
from pipeline.rules import RULES_DIR, load_rules
from pipeline.segment import segment_pairs
from pipeline.extract.generic import extract_generic
from pipeline import tables
from pipeline.write import wide_rows, write_outputs

CACHE_DIR = ".cache"
FAILED_HINT = ("open the file to check that it is a complete response; if it will not open, ask the "
               "body for it again or save it again as PDF, DOCX or TXT")
WARNING_HINT = ("the rest of the file was read: check this part of the original by hand, as values "
                "in it may be missing or in review")


@dataclass
class DocResult:
    document: dict
    qa_pairs: list[dict] = field(default_factory=list)
    answers: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)


@dataclass
class RunSummary:
    documents: int
    failed: int
    answers: int
    review: int
    reused: int
    stale_corrections: int
    out_dir: Path


def rules_fingerprint(rules_dir: Path = RULES_DIR) -> str:
    """A hash of the rules, the code and whether OCR is available: a change re-processes every file."""
    h = hashlib.sha256(__version__.encode())
    for path in sorted(Path(rules_dir).rglob("*")):
        if path.is_file():
            h.update(str(path.relative_to(rules_dir)).encode())
            h.update(path.read_bytes())
    code_dir = Path(__file__).resolve().parent
    for path in sorted(code_dir.rglob("*.py")):
        h.update(path.read_bytes())
    # a scan read without Tesseract is read again once Tesseract is installed
    h.update(b"ocr" if shutil.which("tesseract") else b"no-ocr")
    return h.hexdigest()[:16]


def collect_files(paths: list[Path]) -> list[Path]:
    """Every file under `paths` (folders recursively), hidden files and folders skipped."""
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p)
                if f.is_file() and not any(part.startswith(".") for part in rel.parts):
                    files.append(f)
        elif p.exists():
            files.append(p)
        else:
            raise FoiError(f"{p}: no such file or folder", hint="check the path you gave to `foi extract`")
    return files


def _value_row(doc: Document, qn_id: str, respondent: str, v: Value,
               respondent_code: str = "") -> dict:
    src = v.source
    flags, dimension = tables.split_dimension(v.flags)
    return {
        "doc_id": doc.doc_id, "source_file": doc.source_file, "respondent": respondent,
        "questionnaire": qn_id, "question_id": v.question_id, "field": v.field, "item": v.item,
        "state": v.state.value, "value": v.value, "value_num": v.value_num, "value_code": v.value_code,
        "unit": v.unit, "confidence": v.confidence, "status": v.status.value, "extractor": v.extractor,
        "page": src.page if src else None, "char_start": src.char_start if src else None,
        "char_end": src.char_end if src else None, "evidence": v.evidence,
        "flags": flags, "reasons": "; ".join(v.reasons), "original_value": "", "dimension": dimension,
        "respondent_code": respondent_code,
    }


def _document_fields(doc: Document, gazetteer, rules) -> dict:
    ref = find_foi_reference(doc.text, rules.vocabulary)
    date_found = find_response_date(doc.text, rules.vocabulary)
    who = detect_respondent(doc.text, doc.source_file, gazetteer)
    return {
        "foi_reference": ref.value if ref else "",
        "response_date": str(date_found.value) if date_found else "",
        "respondent": who.name if who and not who.ambiguous else "",
        "respondent_code": who.code if who and not who.ambiguous else "",
        "respondent_kind": who.kind if who and not who.ambiguous else "",
        "respondent_confidence": round(who.confidence, 3) if who else None,
        "respondent_source": who.source if who else "",
        "who": who,
    }


def _respondent_value(doc: Document, who, rules) -> Value:
    """The respondent as a document-level `answers` row, with its evidence; unsure -> review.

    A response that names no body, or names two about as strongly, still gets a row, so a
    reviewer is asked who wrote it instead of the table silently holding a blank.
    """
    if who is None:
        return Value(field="respondent", question_id="", state=State.NOT_ANSWERED, status=Status.REVIEW,
                     extractor="respondent", source=SourceRef(doc.source_file, 1, 0, 0, ""),
                     reasons=("no body named in the letterhead, signature, e-mail address or opening "
                              "sentence: who wrote this response?",))
    mine = [e for e in who.evidence if (e.kind, e.code) == (who.kind, who.code) and e.end > e.start]
    start, end = (mine[0].start, mine[0].end) if mine else (0, 0)
    unsure = who.ambiguous or who.needs_review or who.confidence < rules.review_below or not who.code
    reasons = ()
    if unsure:
        rivals = "; ".join(f"{name} ({score:.1f})" for _, _, name, score in who.runners_up[:2])
        reasons = (f"respondent unsure (confidence {who.confidence:.2f}): {who.evidence_summary or 'file name only'}"
                   + (f"; also named: {rivals}" if rivals else ""),)
    if not who.code:  # a body missing from the reference tables: named in the reason, not as a value
        reasons = (f"respondent not in the reference tables: {who.name!r}",) + reasons
    return Value(field="respondent", question_id="", state=State.ANSWERED, value=who.name if who.code else "",
                 value_code=who.code,
                 unit=who.kind, confidence=round(who.confidence, 3),
                 status=Status.REVIEW if unsure else Status.AUTO, extractor="respondent",
                 source=SourceRef(doc.source_file, doc.page_at(start), start, end, doc.locator_at(start)),
                 evidence=doc.text[start:end], flags=tuple(who.flags), reasons=reasons)


def _on_date(iso: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if len(iso) == 10 else None
    except ValueError:
        return None


GENERIC_REASON = "questionnaire unknown: a figure found in an answer, not a field's value"


def is_generic(row: dict) -> bool:
    """A value of a document whose questionnaire is unknown (table `generic_values`)."""
    return row.get("questionnaire") == "unknown" and str(row.get("extractor", "")).startswith("generic:")


def process_document(doc: Document) -> DocResult:
    """Everything after ingest for one document (pure apart from the cached rules)."""
    rules, gazetteer = load_rules(), load_gazetteer()
    info = _document_fields(doc, gazetteer, rules)
    pairs = segment_pairs(doc.text, rules)
    match = match_document(doc.text, pairs, rules)
    qn = rules.questionnaires.get(match.questionnaire)
    expected = ()
    if info["respondent_code"] and info["respondent_kind"] == "council":
        expected = tuple(code for _, code, _ in gazetteer.icbs_for_council(
            info["respondent_code"], _on_date(info["response_date"])))
    ctx = Context(rules=rules, gazetteer=gazetteer, on_date=_on_date(info["response_date"]),
                  respondent_code=info["respondent_code"], expected_icbs=expected)
    if qn:
        unplaced = [p for p in match.pairs if not p.question and not p.question_id]
        values = extract_fields(doc, match, qn, ctx) + [
            replace(v, reasons=("not placed under any question: which question does it answer?",))
            for v in extract_generic(doc, unplaced, rules)]
    else:  # figures of an unknown questionnaire: never auto, written to `generic_values`
        values = [replace(v, reasons=(GENERIC_REASON,))
                  for v in extract_generic(doc, list(match.pairs), rules)]
    values += extract_exemptions(doc, list(match.pairs), rules)
    values += extract_outcome(doc, values, rules)
    values.append(_respondent_value(doc, info.pop("who"), rules))
    values = normalise_values(values, qn, rules)
    answers = [_value_row(doc, match.questionnaire, info["respondent"], v, info["respondent_code"])
               for v in values]
    qa = [{
        "doc_id": doc.doc_id, "question_number": p.number, "question_text": p.question,
        "answer_text": p.answer, "question_id": p.question_id, "match_score": p.match_score,
        "page": doc.page_at(p.q_start), "char_start": p.char_start, "char_end": p.char_end,
    } for p in match.pairs]
    status = "ok" if pairs and not doc.warnings else "partial"
    errors = [{"doc_id": doc.doc_id, "source_file": doc.source_file, "stage": "ingest",
               "message": w, "hint": WARNING_HINT} for w in doc.warnings]
    if not pairs:
        errors.append({"doc_id": doc.doc_id, "source_file": doc.source_file, "stage": "segment",
                       "message": "no question/answer pairs were found",
                       "hint": "check the file holds the response text, not only a covering letter"})
    document = {
        "doc_id": doc.doc_id, "source_file": doc.source_file, "format": doc.format,
        "pages": len(doc.pages), "respondent": info["respondent"],
        "respondent_code": info["respondent_code"], "respondent_confidence": info["respondent_confidence"],
        "respondent_source": info["respondent_source"], "foi_reference": info["foi_reference"],
        "response_date": info["response_date"], "questionnaire": match.questionnaire,
        "detection": match.reason, "status": status, "error": "; ".join(e["message"] for e in errors),
        "n_answers": 0, "n_review": 0,
    }
    return DocResult(document, qa, answers, errors)


def process_file(path: Path, source_name: str, limits: Limits | None = None) -> DocResult:
    """Ingest and process one file; any failure becomes an error row, never an exception."""
    data = b""
    limits = limits or load_rules().limits
    try:
        data = path.read_bytes()
        doc = ingest(path, source_name=source_name, limits=limits)
        return process_document(doc)
    except FoiError as exc:
        stage, message, hint = exc.stage, str(exc), exc.hint or FAILED_HINT
    except MemoryError:  # over limits.max_memory_mb in a worker: pipeline.executors reports it
        raise
    except Exception as exc:  # a bug or a library failure on odd input: record it, go on
        stage, message = "pipeline", f"{source_name}: unexpected {type(exc).__name__}: {exc}"
        hint = "please report this with the file attached"
    return failed_result(path, source_name, data, stage, message, hint)


def failed_result(path: Path, source_name: str, data: bytes, stage: str, message: str,
                  hint: str) -> DocResult:
    """A `documents` row with status `failed` and its `errors` row."""
    doc_id = hashlib.sha256(data).hexdigest() if data else ""
    fmt = path.suffix.lower().lstrip(".")
    return DocResult(
        {"doc_id": doc_id, "source_file": source_name, "format": fmt, "pages": 0, "respondent": "",
         "respondent_code": "", "respondent_confidence": None, "respondent_source": "", "foi_reference": "",
         "response_date": "", "questionnaire": "", "detection": "",
         "status": "failed", "error": message, "n_answers": 0, "n_review": 0},
        errors=[{"doc_id": doc_id, "source_file": source_name, "stage": stage, "message": message, "hint": hint}],
    )


def _cache_key(data: bytes, fingerprint: str, fmt: str = "") -> str:
    """Content and the format it is read as: the same bytes always give the same result."""
    return hashlib.sha256(data).hexdigest() + "-" + (fmt.lstrip(".") or "none") + "-" + fingerprint


def _load_cached(cache: Path, key: str, source_name: str) -> DocResult | None:
    path = cache / f"{key}.json"
    if not path.exists():
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    result = DocResult(**raw)
    # the same bytes under another name: keep the name the researcher gave it now
    for row in [result.document, *result.answers, *result.errors]:
        if "source_file" in row:
            row["source_file"] = source_name
    return result


def _store_cached(cache: Path, key: str, result: DocResult) -> None:
    cache.mkdir(parents=True, exist_ok=True)
    tmp = cache / f".{key}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(result.__dict__, default=str), encoding="utf-8")
    os.replace(tmp, cache / f"{key}.json")


def _source_name(path: Path, roots: list[Path]) -> str:
    for root in roots:
        if root.is_dir():
            try:
                return str(path.relative_to(root))
            except ValueError:
                continue
    return path.name


def run_extract(paths: list[Path], out_dir: Path, corrections_dir: Path, jobs: int = 1,
                progress: bool = False, limits: Limits | None = None) -> RunSummary:
    """Process every file under `paths` and write all tables to `out_dir`.

    Each file is read in a worker process under `limits` (default: `limits:` in
    rules/thresholds.yaml); a file over one is a failed document and the run goes on.
    """
    started = dt.datetime.now(dt.timezone.utc)
    files = collect_files(paths)
    fingerprint = rules_fingerprint()
    limits = limits or load_rules().limits  # load_rules also fails fast, before any work, if rules/ is invalid
    cache = out_dir / CACHE_DIR
    results: dict[int, DocResult] = {}
    todo: list[tuple[int, Path, str, str]] = []
    reused = 0
    for i, path in enumerate(files):
        name = _source_name(path, paths)
        data = path.read_bytes()
        fmt, warning = read_as(path, data) if data else (path.suffix.lower(), None)
        if fmt not in SUPPORTED_SUFFIXES or not data:
            results[i] = process_file(path, name, limits)  # a clear "unsupported"/"empty" error
            continue
        # a misnamed file's result holds a warning naming its suffix: cached apart
        key = _cache_key(data, fingerprint, fmt + (f"~{path.suffix.lower()}" if warning else ""))
        cached = _load_cached(cache, key, name)
        if cached is not None:
            results[i], reused = cached, reused + 1
        else:
            todo.append((i, path, name, key))
    bar = _progress(len(todo), progress)
    jobs_of = {i: (path, name, key) for i, path, name, key in todo}

    def done(i: int, result: DocResult) -> None:
        results[i] = result
        _finish(cache, jobs_of[i][2], result, bar)

    def stopped(i: int, failure: TaskFailure) -> None:
        path, name, _ = jobs_of[i]
        done(i, failed_result(path, name, path.read_bytes(), "limits" if failure.limit else "pipeline",
                              f"{name}: {failure.message}", failure.hint))

    run_bounded([(i, (p, n, limits)) for i, p, n, _ in todo], process_file, max(1, jobs), limits,
                done, stopped)
    if bar is not None:
        bar.close()
    ordered = [results[i] for i in sorted(results)]
    return write_run(ordered, out_dir, corrections_dir, reused, started=started)


def _finish(cache: Path, key: str, result: DocResult, bar) -> None:
    if result.document["status"] != "failed":
        _store_cached(cache, key, result)
    if bar is not None:
        bar.update(1)


def _progress(total: int, enabled: bool):
    if not enabled or total == 0 or not sys.stderr.isatty():
        return None
    from tqdm import tqdm
    return tqdm(total=total, unit="doc", desc="extracting", file=sys.stderr)


def write_run(results: list[DocResult], out_dir: Path, corrections_dir: Path, reused: int = 0,
              started: dt.datetime | None = None) -> RunSummary:
    """Apply corrections, count, build the review queue and wide tables, write everything.

    The tables are published as one run with its manifest `run.json` (`pipeline.publish`):
    a crash at any moment leaves the previous run or this one, never a mix. `started` is
    when the run began (default: now, when writing begins).
    """
    started = started or dt.datetime.now(dt.timezone.utc)
    rules = load_rules()
    documents = [dict(r.document) for r in results]
    answers = [row for r in results for row in r.answers]
    errors = [row for r in results for row in r.errors]
    qa_pairs = [row for r in results for row in r.qa_pairs]
    ledger_problems: list[str] = []
    try:
        ledger = load_ledger(corrections_dir, ledger_problems)
    except FoiError as exc:
        ledger = {}
        errors.append({"doc_id": "", "source_file": str(corrections_dir), "stage": "corrections",
                       "message": str(exc), "hint": exc.hint})
    errors += [{"doc_id": "", "source_file": str(corrections_dir), "stage": "corrections",
                "message": problem, "hint": "fix or delete this line; the other lines were applied"}
               for problem in ledger_problems]
    answers, stale = apply_corrections(answers, ledger, documents, rules, load_gazetteer())
    errors += stale
    generic = [row for row in answers if is_generic(row)]
    answers = [row for row in answers if not is_generic(row)]
    answered = Counter((a["doc_id"], a["source_file"]) for a in answers if a["state"] == State.ANSWERED.value)
    queued = Counter((a["doc_id"], a["source_file"]) for a in answers if a["status"] == "review")
    for doc in documents:
        key = (doc["doc_id"], doc["source_file"])
        doc["n_answers"], doc["n_review"] = answered[key], queued[key]
    review = review_queue(answers, qa_pairs, rules)
    out = {
        "documents": (documents, tables.DOCUMENTS),
        "qa_pairs": (qa_pairs, tables.QA_PAIRS),
        "answers": (answers, tables.ANSWERS),
        "generic_values": (generic, tables.ANSWERS),
        "review_queue": (review, tables.REVIEW_QUEUE),
        "errors": (errors, tables.ERRORS),
    }
    for qn in rules.questionnaires.values():
        docs = [d for d in documents if d["questionnaire"] == qn.id]
        mine = [a for a in answers if a["questionnaire"] == qn.id]
        out[qn.id] = wide_rows(mine, [*qn.fields, "exemptions"], docs)
    def write_tables(folder: Path) -> dict[str, int]:
        counts = write_outputs(folder, out, after_table=crash_point)
        write_dictionary(rules, folder)
        return counts

    ledger_file = ledger_path(corrections_dir)
    info = RunInfo(
        started=started, rules_fingerprint=rules_fingerprint(),
        inputs=[{"source_file": d["source_file"], "sha256": d["doc_id"], "status": d["status"]}
                for d in documents],
        corrections={"ledger": str(ledger_file),
                     "sha256": sha256_file(ledger_file) if ledger_file.is_file() else None})
    publish_run(out_dir, write_tables, info)
    return RunSummary(len(documents), sum(1 for d in documents if d["status"] == "failed"),
                      len(answers), len(review), reused, len(stale), out_dir)


def review_queue(answers: list[dict], qa_pairs: list[dict], rules) -> list[dict]:
    """Rows needing review, most important first (see `pipeline.review.queue`)."""
    return build_review_queue(answers, qa_pairs, rules)
