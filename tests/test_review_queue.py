"""The review queue: order by importance × doubt, evidence marked, reasons in plain words."""
from __future__ import annotations

import pytest

from pipeline.review.queue import build_review_queue, explain, highlight, locate_evidence
from pipeline.rules import load_rules
from review_helpers import SCRIPT, make_run

RULES = load_rules()
DOC = "d" * 64

# "Q4. How many packages? About 1969 people." with the answer at offsets 20..37
PAIR = {"doc_id": DOC, "question_text": "Q4. How many packages?", "answer_text": "About 1969 people.",
        "question_id": "q4", "match_score": 100.0, "char_start": 0, "char_end": 41}


def row(field="care_packages_count", confidence=0.7, start=29, end=33, evidence="1969", **extra):
    base = {"doc_id": DOC, "source_file": "x.txt", "respondent": "", "questionnaire": "asc_joint_funding",
            "question_id": "q4", "field": field, "item": 0, "state": "answered", "value": evidence,
            "confidence": confidence, "status": "review", "extractor": "count", "char_start": start,
            "char_end": end, "evidence": evidence, "flags": "", "reasons": ""}
    return {**base, **extra}


def test_evidence_is_found_by_offsets_in_the_answer():
    pair, span = locate_evidence(row(), [PAIR])
    assert pair is PAIR and span == (6, 10)
    assert highlight(PAIR["answer_text"], span) == "About [[1969]] people."


def test_the_innermost_answer_holding_the_evidence_wins():
    block = {**PAIR, "question_id": "q3", "answer_text": "x" * 41, "char_start": 0, "char_end": 41}
    pair, _ = locate_evidence(row(), [block, PAIR])
    assert pair is PAIR


def test_evidence_outside_every_answer_falls_back_to_the_own_question():
    derived = row(start=None, end=None, evidence="£31,848.11 × 52")
    pair, span = locate_evidence(derived, [PAIR])
    assert pair is PAIR and span is None


@pytest.mark.parametrize("extra, expected", [
    pytest.param({"extractor": "money:unparsed", "reasons": "no money value could be read from the answer",
                  "confidence": 0.0},
                 "unparsed value: no money value could be read from the answer", id="unparsed"),
    pytest.param({"reasons": "hedged answer"}, "hedged answer", id="hedged"),
    pytest.param({"flags": "inconsistent", "reasons": "weekly 1.00 × 52 does not match annual 9.00"},
                 "failed cross-check", id="cross_check"),
    pytest.param({"flags": "ocr", "confidence": 0.8}, "text read by OCR", id="ocr"),
    pytest.param({"reasons": "fuzzy name match (88)"}, "fuzzy name match (88)", id="fuzzy_entity"),
    pytest.param({"confidence": 0.8}, "low confidence (0.8; auto needs 0.85)", id="low_confidence"),
])
def test_reasons_are_plain_words(extra, expected):
    assert expected in explain(row(**extra), PAIR, RULES)


def test_a_loosely_matched_question_is_a_reason():
    assert "question wording matched loosely (score 70 of 100)" in explain(
        row(confidence=0.95, reasons="x"), {**PAIR, "match_score": 70.0}, RULES)


def test_order_is_importance_times_doubt():
    # care_packages_count has importance 3, dass_email the default 1
    rows = [row("dass_email", 0.5), row("care_packages_count", 0.75), row("dass_email", 0.0),
            {**row("dass_name", 0.2), "status": "auto"}]
    queue = build_review_queue(rows, [PAIR], RULES)
    assert [(r["field"], r["confidence"]) for r in queue] == [
        ("dass_email", 0.0), ("care_packages_count", 0.75), ("dass_email", 0.5)]
    assert queue[0]["priority"] > queue[1]["priority"] > queue[2]["priority"]
    assert all(r["question_text"] == PAIR["question_text"] for r in queue)


def test_a_real_queue_has_questions_marked_answers_and_reasons(tmp_path):
    queue = make_run(tmp_path).table("review_queue")
    assert queue, "the example response should leave something to review"
    priorities = [r["priority"] for r in queue]
    assert priorities == sorted(priorities, reverse=True)
    for r in queue:
        assert r["question_text"] and r["reason"]
        inner = r["answer_highlighted"].split("[[", 1)[1].split("]]", 1)[0]
        assert inner == r["evidence"]
    holder = next(r for r in queue if r["field"] == "portfolio_holder_name")
    assert SCRIPT in holder["answer_text"]  # kept as data; the page escapes it
