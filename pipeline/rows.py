"""Table rows from the stage model, built in this one place.

A document's rows (`DocResult`) are what a worker hands back and what the result cache
stores: its `documents` row, its `qa_pairs`, its `answers` (values) and its `errors`. The
writer only turns these dicts into files (`pipeline.write`); corrections, the review queue
and the wide tables work on them (`pipeline.run`).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import tables
from pipeline.model import Document, Value

if TYPE_CHECKING:
    from pipeline.match import MatchResult


@dataclass
class DocResult:
    document: dict
    qa_pairs: list[dict] = field(default_factory=list)
    answers: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)


@dataclass
class Extracted:
    """What extraction made of a document before any value's status was set: the values
    (derived and checked), what decides whether the respondent is sure enough
    (`pipeline.process.settle_respondent`), and the rows that no threshold changes. The
    `extracted` cache keeps it, so a `review_below` edit sets statuses again and nothing more."""

    doc_id: str
    source_file: str
    questionnaire: str
    respondent: str
    respondent_code: str
    values: list[Value]
    settle: dict | None
    document: dict
    qa_pairs: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)


def answer_row(doc_id: str, source_file: str, qn_id: str, respondent: str, v: Value,
               respondent_code: str = "") -> dict:
    """One `answers` row: the value with its evidence and where it is in the file."""
    src = v.source
    flags, dimension = tables.split_dimension(v.flags)
    return {
        "doc_id": doc_id, "source_file": source_file, "respondent": respondent,
        "questionnaire": qn_id, "question_id": v.question_id, "field": v.field, "item": v.item,
        "state": v.state.value, "value": v.value, "value_num": v.value_num, "value_code": v.value_code,
        "unit": v.unit, "confidence": v.confidence, "status": v.status.value, "extractor": v.extractor,
        "page": src.page if src else None, "char_start": src.char_start if src else None,
        "char_end": src.char_end if src else None, "evidence": v.evidence,
        "flags": flags, "reasons": "; ".join(v.reasons), "original_value": "", "dimension": dimension,
        "respondent_code": respondent_code,
    }


def qa_rows(doc: Document, match: MatchResult) -> list[dict]:
    """The `qa_pairs` rows of a document: each question, its answer and its match."""
    return [{
        "doc_id": doc.doc_id, "question_number": p.number, "question_text": p.question,
        "answer_text": p.answer, "question_id": p.question_id, "match_score": p.match_score,
        "page": doc.page_at(p.q_start), "char_start": p.char_start, "char_end": p.char_end,
    } for p in match.pairs]


def error_row(doc_id: str, source_file: str, stage: str, message: str, hint: str = "") -> dict:
    return {"doc_id": doc_id, "source_file": source_file, "stage": stage, "message": message,
            "hint": hint}


def document_row(doc: Document, info: dict, match: MatchResult, status: str,
                 errors: list[dict]) -> dict:
    """The `documents` row; `n_answers`/`n_review` are counted after corrections."""
    return {
        "doc_id": doc.doc_id, "source_file": doc.source_file, "format": doc.format,
        "pages": len(doc.pages), "respondent": info["respondent"],
        "respondent_code": info["respondent_code"], "respondent_confidence": info["respondent_confidence"],
        "respondent_source": info["respondent_source"], "foi_reference": info["foi_reference"],
        "response_date": info["response_date"], "questionnaire": match.questionnaire,
        "detection": match.reason, "status": status, "error": "; ".join(e["message"] for e in errors),
        "n_answers": 0, "n_review": 0,
    }


def failed_result(path: Path, source_name: str, data: bytes, stage: str, message: str,
                  hint: str) -> DocResult:
    """A `documents` row with status `failed` and its `errors` row."""
    doc_id = hashlib.sha256(data).hexdigest() if data else ""
    return failed_rows(doc_id, source_name, path.suffix.lower().lstrip("."), stage, message, hint)


def failed_rows(doc_id: str, source_name: str, fmt: str, stage: str, message: str,
                hint: str) -> DocResult:
    return DocResult(
        {"doc_id": doc_id, "source_file": source_name, "format": fmt, "pages": 0, "respondent": "",
         "respondent_code": "", "respondent_confidence": None, "respondent_source": "", "foi_reference": "",
         "response_date": "", "questionnaire": "", "detection": "",
         "status": "failed", "error": message, "n_answers": 0, "n_review": 0},
        errors=[error_row(doc_id, source_name, stage, message, hint)],
    )
