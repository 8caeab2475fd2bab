"""The review queue: the values a person should look at, most important first, with context.

Each row is an `answers` row with `status = review`, plus what a reviewer needs to decide
without opening the file: the question, the answer text with the evidence marked, why the
row is in the queue in plain words, and a priority.

Priority is the field's `importance` (set per field in rules/questionnaires, default 1)
times how unsure the machine is (1 - confidence), so an unreadable amount of money comes
before a hedged yes/no about a minor question. Ties keep the documents' order.
"""
from __future__ import annotations

from typing import Mapping

from pipeline.model import Status
from pipeline.rules import Rules

#: Marks around the evidence inside `answer_highlighted` (plain text: CSV and spreadsheets).
MARK_OPEN, MARK_CLOSE = "[[", "]]"
#: The smallest priority, so a confident row with a reason still sorts after nothing at all.
PRIORITY_FLOOR = 0.001

_FLAG_REASONS = {
    "inconsistent": "failed cross-check",
    "ocr": "text read by OCR from a scanned page (characters may be misread)",
    "derived": "derived value: computed from other answers, not stated",
    "from_parent": "read from the parent question's answer",
    "see_other": "answer points to another question's answer",
}


def _answer_spans(pair: Mapping) -> list[tuple[int, int]]:
    """Where the pair's answer may lie in the document, most likely first.

    `qa_pairs` keeps the pair's whole span (question and answer), not the answer's own, so
    the answer is placed at the end of the span (it follows its question) or, failing
    that, at the start (an answer given before the restated question).
    """
    text = pair.get("answer_text") or ""
    if not text or pair.get("char_start") is None or pair.get("char_end") is None:
        return []
    start, end = int(pair["char_start"]), int(pair["char_end"])
    return [(end - len(text), end), (start, start + len(text))]


def locate_evidence(answer: Mapping, pairs: list[Mapping]
                    ) -> tuple[Mapping | None, tuple[int, int] | None]:
    """The QA pair whose answer holds the value's evidence, and where it lies in that answer.

    Returns (pair, (start, end)) with offsets into `pair["answer_text"]`; (pair, None) when
    the evidence is not in any answer (it is in a question, or it is a derivation such as
    "£31,848.11 × 52") and the value's own question is known; (None, None) otherwise.

    >>> locate_evidence({"char_start": 20, "char_end": 24, "evidence": "1969"},
    ...                 [{"answer_text": "About 1969", "char_start": 0, "char_end": 24}])[1]
    (6, 10)
    """
    start, end = answer.get("char_start"), answer.get("char_end")
    evidence = answer.get("evidence") or ""
    best: tuple[int, int, Mapping, tuple[int, int]] | None = None
    if start not in (None, "") and end not in (None, ""):
        start, end = int(start), int(end)
        for pair in pairs:
            text = pair.get("answer_text") or ""
            for a_start, a_end in _answer_spans(pair):
                if not a_start <= start < a_end:
                    continue
                span = (start - a_start, min(end, a_end) - a_start)
                exact = text[span[0]:span[1]] == evidence
                rank = (0 if exact else 1, a_end - a_start)
                if best is None or rank < best[:2]:
                    best = (*rank, pair, span)
    if best is not None:
        return best[2], best[3]
    own = next((p for p in pairs if answer.get("question_id")
                and p.get("question_id") == answer.get("question_id")), None)
    if own is not None and evidence and evidence in (own.get("answer_text") or ""):
        s = own["answer_text"].index(evidence)
        return own, (s, s + len(evidence))
    return own, None


def highlight(text: str, span: tuple[int, int] | None) -> str:
    """`text` with the span wrapped in [[ ]]: "About [[1969]] people"."""
    if span is None:
        return text
    s, e = span
    return f"{text[:s]}{MARK_OPEN}{text[s:e]}{MARK_CLOSE}{text[e:]}"


def explain(answer: Mapping, pair: Mapping | None, rules: Rules) -> str:
    """Why a row is in the queue, in plain words, most telling reason first.

    >>> explain({"extractor": "money:unparsed", "reasons": "no money value could be read "
    ...          "from the answer", "flags": "", "confidence": 0.0}, None, rules)  # doctest: +SKIP
    'unparsed value: no money value could be read from the answer; low confidence (0; auto needs 0.85)'
    """
    parts: list[str] = []
    flags = [f for f in (answer.get("flags") or "").split("; ") if f]
    machine = [r for r in (answer.get("reasons") or "").split("; ") if r]
    if str(answer.get("extractor") or "").endswith(":unparsed"):
        parts.append("unparsed value: " + (machine.pop(0) if machine else "nothing could be read"))
    for flag in flags:
        if flag in _FLAG_REASONS:
            parts.append(_FLAG_REASONS[flag])
    parts += [r for r in machine if not r.startswith("low confidence")]
    exact = float(rules.thresholds["match"]["exact"])
    score = pair.get("match_score") if pair else None
    if pair and pair.get("question_id") and score not in (None, "") and float(score) < exact:
        parts.append(f"question wording matched loosely (score {float(score):.0f} of 100)")
    confidence = float(answer.get("confidence") or 0.0)
    if confidence < rules.review_below:
        parts.append(f"low confidence ({confidence:.3g}; auto needs {rules.review_below:g})")
    return "; ".join(dict.fromkeys(parts)) or "needs a person's check"


def build_review_queue(answers: list[dict], qa_pairs: list[dict], rules: Rules) -> list[dict]:
    """Rows needing review, most important first: field importance × (1 - confidence)."""
    importance = {name: spec.importance for qn in rules.questionnaires.values()
                  for name, spec in qn.fields.items()}
    pairs: dict[str, list[dict]] = {}
    for p in qa_pairs:
        pairs.setdefault(p["doc_id"], []).append(p)
    rows = []
    for a in answers:
        if a["status"] != Status.REVIEW.value:
            continue
        doc_pairs = pairs.get(a["doc_id"], [])
        # The question asked is the value's own; the answer shown is the one holding the
        # evidence, which differs when the machine followed "see our answer to Q8".
        own = next((p for p in doc_pairs if a.get("question_id")
                    and p.get("question_id") == a["question_id"]), None)
        pair, span = locate_evidence(a, doc_pairs)
        asked = own or pair
        confidence = float(a["confidence"] or 0.0)
        priority = round(importance.get(a["field"], 1) * (1.0 - confidence) + PRIORITY_FLOOR, 4)
        answer_text = pair["answer_text"] if pair else ""
        rows.append({
            **a, "question_text": asked["question_text"] if asked else "",
            "answer_text": answer_text, "priority": priority,
            "reason": explain(a, asked, rules),
            "answer_highlighted": highlight(answer_text, span),
        })
    rows.sort(key=lambda r: -r["priority"])  # stable: ties keep the documents' order
    return rows
