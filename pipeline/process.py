"""The per-document function: one file (or its cached `Document`) in, its rows out.

This is what an executor runs for each file (`pipeline.executors`): `run_task` reads the
file (or takes what ingest made of it from the document cache), extracts, builds the rows
(`pipeline.rows`) and stores them in the result cache, so the rows go to disk as each
document finishes and only its `documents` row travels back to the run loop.
Rules, the gazetteer and spaCy are loaded once per process.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from pipeline import cache
from pipeline.docfields import find_foi_reference, find_response_date
from pipeline.entities import load_gazetteer
from pipeline.errors import FoiError
from pipeline.extract.fields import extract_exemptions, extract_fields, extract_outcome
from pipeline.extract.generic import extract_generic
from pipeline.extract.typed import Context
from pipeline.ingest import ingest
from pipeline.limits import Limits
from pipeline.match import match_document
from pipeline.model import Document, SourceRef, State, Status, Value
from pipeline.normalise import assign_status, check_and_derive
from pipeline.respondent import detect_respondent
from pipeline.rows import (
    DocResult, Extracted, answer_row, document_row, error_row, failed_result, failed_rows, qa_rows,
)
from pipeline.cache import Task
from pipeline.rules import load_rules
from pipeline.segment import segment_pairs

GENERIC_REASON = "questionnaire unknown: a figure found in an answer, not a field's value"
FAILED_HINT = ("open the file to check that it is a complete response; if it will not open, ask the "
               "body for it again or save it again as PDF, DOCX or TXT")
WARNING_HINT = ("the rest of the file was read: check this part of the original by hand, as values "
                "in it may be missing or in review")


def _document_fields(doc: Document, gazetteer, rules) -> dict:
    ref = find_foi_reference(doc.text, rules.vocabulary)
    date_found = find_response_date(doc.text, rules.vocabulary)
    who = detect_respondent(doc.text, doc.source_file, gazetteer, doc.title)
    return {
        "foi_reference": ref.value if ref else "",
        "response_date": str(date_found.value) if date_found else "",
        "found": {"foi_reference": ref, "response_date": date_found},
        "respondent": who.name if who and not who.ambiguous else "",
        "respondent_code": who.code if who and not who.ambiguous else "",
        "respondent_kind": who.kind if who and not who.ambiguous else "",
        "respondent_confidence": round(who.confidence, 3) if who else None,
        "respondent_source": who.source if who else "",
        "who": who,
    }


def _respondent_value(doc: Document, who) -> tuple[Value, dict | None]:
    """The respondent as a document-level `answers` row, with its evidence, before its
    status is set, and what `settle_respondent` needs to set it (None: nothing to decide).

    A response that names no body, or names two about as strongly, still gets a row, so a
    reviewer is asked who wrote it instead of the table silently holding a blank. Whether
    the body is sure enough depends on `review_below`, so it is decided in the last step
    (`finish_document`), which a threshold edit re-runs alone.
    """
    if who is None:
        return Value(field="respondent", question_id="", state=State.NOT_ANSWERED, status=Status.REVIEW,
                     extractor="respondent", source=SourceRef(doc.source_file, 1, 0, 0, ""),
                     reasons=("no body named in the letterhead, signature, e-mail address or opening "
                              "sentence: who wrote this response?",)), None
    mine = [e for e in who.evidence if (e.kind, e.code) == (who.kind, who.code) and e.end > e.start]
    start, end = (mine[0].start, mine[0].end) if mine else (0, 0)
    # a body named only by the page's <title> or the file name: that is the evidence shown
    outside = next((f"{e.source}: {e.text}" for e in who.evidence
                    if (e.kind, e.code) == (who.kind, who.code) and e.end <= e.start and e.text), "")
    rivals = "; ".join(f"{name} ({score:.1f})" for _, _, name, score in who.runners_up[:2])
    settle = {"unsure": bool(who.ambiguous or who.needs_review or not who.code),
              "confidence": who.confidence,
              "reason": (f"respondent unsure (confidence {who.confidence:.2f}): "
                         f"{who.evidence_summary or 'file name only'}"
                         + (f"; also named: {rivals}" if rivals else ""))}
    reasons = ()
    if not who.code:  # a body missing from the reference tables: named in the reason, not as a value
        reasons = (f"respondent not in the reference tables: {who.name!r}",)
    return Value(field="respondent", question_id="", state=State.ANSWERED, value=who.name if who.code else "",
                 value_code=who.code,
                 unit=who.kind, confidence=round(who.confidence, 3),
                 status=Status.AUTO, extractor="respondent",
                 source=SourceRef(doc.source_file, doc.page_at(start), start, end, doc.locator_at(start)),
                 evidence=doc.text[start:end] if end > start else outside, flags=tuple(who.flags),
                 reasons=reasons), settle


def settle_respondent(values: list[Value], settle: dict | None, review_below: float) -> list[Value]:
    """The respondent row in review when the body is unsure: named as ambiguous or doubtful
    by detection, missing from the reference tables, or below `review_below`."""
    if settle is None:
        return values
    unsure = settle["unsure"] or settle["confidence"] < review_below
    if not unsure:
        return values
    return [replace(v, status=Status.REVIEW, reasons=v.reasons + (settle["reason"],))
            if v.field == "respondent" and v.extractor == "respondent" else v for v in values]


FALLBACKS = {  # flags of pipeline.docfields that make a document field a guess, and why
    ("foi_reference", "unlabelled"): "no label says this is the body's own reference: check the heading",
    ("foi_reference", "requester_reference"): "the only reference found is the requester's own ('Your ref')",
    ("response_date", "inferred"): "the date's label is not certain (a later date on a heading line, or "
                                   "'Date' amid other text): check the heading",
}


def _found_values(doc: Document, found: dict, rules) -> list[Value]:
    """The FOI reference and response date as document-level `answers` rows with their
    evidence: `auto` when a label names them (or a date stands alone under the address), in
    review when they were a guess (a reference with no label, the requester's reference, a
    date inferred from a heading line)."""
    values = []
    for name in ("foi_reference", "response_date"):
        hit = found.get(name)
        if hit is None:
            continue
        reasons = tuple(FALLBACKS[name, f] for f in hit.flags if (name, f) in FALLBACKS)
        values.append(Value(
            field=name, question_id="", state=State.ANSWERED, value=str(hit.value),
            unit="date" if name == "response_date" else "",
            confidence=rules.conf("inferred" if reasons else "sentence"),
            status=Status.REVIEW if reasons else Status.AUTO, extractor="document",
            source=SourceRef(doc.source_file, doc.page_at(hit.start), hit.start, hit.end,
                             doc.locator_at(hit.start)),
            evidence=doc.text[hit.start:hit.end], flags=tuple(hit.flags), reasons=reasons))
    return values


def _on_date(iso: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if len(iso) == 10 else None
    except ValueError:
        return None


def extract_document(doc: Document) -> Extracted:
    """Everything after ingest for one document up to the values' status (pure apart from
    the cached rules): what the `extracted` cache keeps, so that editing `review_below`
    re-runs only `finish_document`. Nothing here may read `review_below`."""
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
    respondent, settle = _respondent_value(doc, info.pop("who"))
    values.append(respondent)
    values += _found_values(doc, info.pop("found"), rules)
    values = check_and_derive(values, qn, rules)
    status = "ok" if pairs and not doc.warnings else "partial"
    errors = [error_row(doc.doc_id, doc.source_file, "ingest", w, WARNING_HINT) for w in doc.warnings]
    if not pairs:
        errors.append(error_row(doc.doc_id, doc.source_file, "segment",
                                "no question/answer pairs were found",
                                "check the file holds the response text, not only a covering letter"))
    return Extracted(doc.doc_id, doc.source_file, match.questionnaire, info["respondent"],
                     info["respondent_code"], values, settle,
                     document_row(doc, info, match, status, errors), qa_rows(doc, match), errors)


def finish_document(found: Extracted, rules) -> DocResult:
    """The last step: each value's status (`review_below`) and the `answers` rows."""
    values = settle_respondent(found.values, found.settle, rules.review_below)
    values = assign_status(values, rules)
    answers = [answer_row(found.doc_id, found.source_file, found.questionnaire, found.respondent, v,
                          found.respondent_code) for v in values]
    return DocResult(found.document, found.qa_pairs, answers, found.errors)


def process_document(doc: Document) -> DocResult:
    """Everything after ingest for one document (pure apart from the cached rules)."""
    return finish_document(extract_document(doc), load_rules())


def failure_of(exc: Exception, source_name: str) -> cache.Failure:
    """The failure a reader or extractor exception stands for, with what to do. MemoryError
    is not one: over limits.max_memory_mb in a worker, pipeline.executors reports it."""
    if isinstance(exc, MemoryError):
        raise exc
    if isinstance(exc, FoiError):
        return cache.Failure(exc.stage, str(exc), exc.hint or FAILED_HINT,
                             "limits" if exc.stage == "limits" else "")
    # a bug or a library failure on odd input: recorded, and the run goes on
    return cache.Failure("pipeline", f"{source_name}: unexpected {type(exc).__name__}: {exc}",
                         "please report this with the file attached")


def process_file(path: Path, source_name: str, limits: Limits | None = None,
                 data: bytes | None = None) -> DocResult:
    """Ingest and process one file; any failure becomes an error row, never an exception.
    `data`: the file's bytes when the caller has read them already."""
    limits = limits or load_rules().limits
    try:
        data = path.read_bytes() if data is None else data
        return process_document(ingest(path, source_name=source_name, limits=limits))
    except Exception as exc:  # noqa: BLE001 - failure_of re-raises MemoryError
        failure = failure_of(exc, source_name)
    return failed_result(path, source_name, data or b"", failure.stage, failure.message, failure.hint)


def failure_result(task: Task, failure: cache.Failure) -> DocResult:
    return failed_rows(task.doc_id, task.source_name, task.fmt, failure.stage,
                       failure.message, failure.hint)


def _read(task: Task) -> Document | cache.Failure:
    """What ingest makes of the file: from the document cache, or read now and remembered."""
    entry = Path(task.document_entry)
    found = cache.load_document(entry, task.source_name)
    if found is not None:
        return found
    try:
        found = ingest(Path(task.path), source_name=task.source_name, limits=task.limits)
    except Exception as exc:  # noqa: BLE001 - failure_of re-raises MemoryError
        found = failure_of(exc, task.source_name)
    cache.store_document(entry, found)
    return found


def _extracted(task: Task) -> Extracted | cache.Failure:
    """What extraction made of the file before statuses: from the `extracted` cache (after a
    `review_below` edit: the file is not read again), or read and extracted now and kept."""
    entry = Path(task.extracted_entry) if task.extracted_entry else None
    if entry is not None:
        found = cache.load_extracted(entry, task.source_name)
        if found is not None:
            return found
    doc = _read(task)
    if isinstance(doc, cache.Failure):
        return doc
    try:
        found = extract_document(doc)
    except Exception as exc:  # noqa: BLE001 - failure_of re-raises MemoryError
        return failure_of(exc, task.source_name)
    if entry is not None:
        cache.store_extracted(entry, found)
    return found


def run_task(task: Task) -> dict:
    """Process one file into its rows, stored in the result cache; return its `documents` row."""
    found = _extracted(task)
    if isinstance(found, cache.Failure):
        result = failure_result(task, found)
    else:
        try:
            result = finish_document(found, load_rules())
        except Exception as exc:  # noqa: BLE001 - failure_of re-raises MemoryError
            result = failure_result(task, failure_of(exc, task.source_name))
    cache.store_result(Path(task.result_entry), result)
    return result.document
