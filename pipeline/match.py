"""Match QA pairs to a canonical questionnaire's questions, and detect the questionnaire.

Councils reword, abbreviate, renumber and reorder questions, so a pair is matched on the
meaning of its wording first (rapidfuzz over the question text and its aliases in rules/),
with the question number as a bonus when it agrees, and a small bonus for a sub-question
that follows its parent. Each canonical question takes at most one pair.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from pipeline.model import QAPair
from pipeline.rules import Question, Questionnaire, Rules
from pipeline.segment import (anchored_pairs, find_anchors, merge_with_layout, refine_pairs,
                              unplaced_blocks)
from pipeline.segment.wording import score_matrix
from pipeline.segment.zones import has_foi_signal, reads_as_question, zoned_lines

UNKNOWN = "unknown"


@dataclass(frozen=True)
class MatchResult:
    questionnaire: str
    pairs: tuple[QAPair, ...]
    share: float  # share of the questionnaire's questions found in the document
    kinds: dict  # question_id -> "exact" | "fuzzy" | "number"
    reason: str = ""  # why the document got this questionnaire (or none), for `documents`


def _number_adjust(pair: QAPair, question: Question, match_rules: dict) -> float:
    if not pair.number or not question.number:
        return 0.0
    if pair.number == question.number:
        return float(match_rules["number_bonus"])
    return -float(match_rules["number_penalty"])


def _assign(pairs: list[QAPair], qn: Questionnaire, rules: Rules) -> tuple[dict, dict, dict]:
    """Greedy best-first assignment of pairs to questions: parents first, then sub-questions."""
    m = rules.thresholds["match"]
    matrix = score_matrix([p.question for p in pairs], qn.questions, rules)
    scores = {(p.index, q.id): float(matrix[i, j]) for i, p in enumerate(pairs) for j, q in enumerate(qn.questions)}
    taken_pairs: dict[int, str] = {}
    taken_q: dict[str, int] = {}
    combined: dict[str, float] = {}
    kinds: dict[str, str] = {}
    position = {p.index: i for i, p in enumerate(pairs)}
    numbers = [p.number for p in pairs if p.number]
    # numbering that restarts in each section ("Contacts 1-2, Systems 1-5") says nothing
    # about the canonical number
    numbers_meaningful = len(numbers) == len(set(numbers))
    for round_parent in (False, True):
        cands = []
        for p in pairs:
            for q in qn.questions:
                if bool(q.parent) != round_parent:
                    continue
                base = scores[(p.index, q.id)]
                total = base + (_number_adjust(p, q, m) if numbers_meaningful else 0.0)
                if p.by_reference and p.number and p.number == q.number:
                    total = max(total, float(m["by_reference"]))
                if q.parent and q.parent in taken_q:
                    gap = position[p.index] - position[taken_q[q.parent]]
                    if 0 < gap <= 4:
                        total += 6
                    elif gap <= 0:
                        total -= 10
                cands.append((total, base, p.index, q.id))
        for total, base, pidx, qid in sorted(cands, reverse=True):
            if total < m["accept"] or pidx in taken_pairs or qid in taken_q:
                continue
            taken_pairs[pidx] = qid
            taken_q[qid] = pidx
            combined[qid] = min(100.0, total)
            kinds[qid] = "exact" if base >= m["exact"] else "fuzzy" if base >= m["accept"] else "number"
    return taken_pairs, combined, kinds


def match_questionnaire(text: str, pairs: list[QAPair], qn: Questionnaire, rules: Rules,
                        lines: list | None = None, zones: list[str] | None = None) -> MatchResult:
    """Match layout pairs to `qn`'s questions, then let anchors place what layout missed.

    `lines` and `zones` (from `split_lines` and `line_zones`) are computed here unless the
    caller, trying several questionnaires on one text, passes them in.
    """
    pairs = refine_pairs(text, pairs, qn, rules)
    taken_pairs, combined, kinds = _assign(pairs, qn, rules)
    matched = [replace(p, question_id=taken_pairs.get(p.index, ""),
                       match_score=round(combined.get(taken_pairs.get(p.index, ""), 0.0), 1),
                       questionnaire=qn.id if p.index in taken_pairs else "") for p in pairs]
    if lines is None or zones is None:
        lines, zones = zoned_lines(text, rules)
    anchors = find_anchors(text, lines, zones, qn, rules)
    anchored = anchored_pairs(text, lines, zones, anchors, rules)
    merged, anchor_kinds = merge_with_layout(text, matched, anchored, anchors, qn, float(rules.thresholds["match"]["exact"]))
    kinds = {**kinds, **anchor_kinds}
    merged = merged + unplaced_blocks(text, lines, zones, merged)
    merged = [replace(p, index=i) for i, p in enumerate(sorted(merged, key=lambda p: (p.q_start, p.a_start)))]
    out = tuple(replace(p, questionnaire=qn.id) if p.question_id else p for p in merged)
    strong = {p.question_id for p in out if p.question_id and kinds.get(p.question_id) in ("exact", "fuzzy")}
    return MatchResult(qn.id, out, len(strong) / max(1, len(qn.questions)), kinds)


def _keyword_share(text: str, qn: Questionnaire) -> float:
    low = text.lower()
    if not qn.keywords:
        return 0.0
    return sum(1 for k in qn.keywords if k.lower() in low) / len(qn.keywords)


def _detected(result: MatchResult, qn: Questionnaire, rules: Rules, signal: str) -> bool:
    """Enough of `qn`'s questions matched: the share and count in rules/thresholds.yaml.

    Only questions matched at `detect_min_score` or better count. A questionnaire of fewer
    questions than `detect_min_questions` (a one- or two-question request) needs every
    question matched. A document
    without words of a request (`signal` empty: a policy or form on its own) counts only the
    matches that read as questions, not headings such as "Joint Funding Policy".
    """
    m = rules.thresholds["match"]
    n = len(qn.questions)
    pairs = {p.question_id: p for p in result.pairs if p.question_id}
    scores = {q: p.match_score for q, p in pairs.items()}
    strong = [q for q, k in result.kinds.items() if k in ("exact", "fuzzy") and q in scores
              and scores[q] >= float(m["detect_min_score"])
              and (signal or reads_as_question(pairs[q].question, rules))]
    if n < int(m["detect_min_questions"]):
        return len(strong) == n
    return len(strong) / n >= float(m["detect_min_share"]) and len(strong) >= int(m["detect_min_questions"])


def _reason(result: MatchResult, qn: Questionnaire, signal: str) -> str:
    scores = {p.question_id: p.match_score for p in result.pairs if p.question_id}
    found = ", ".join(f"{q.id} {scores[q.id]:.0f}" for q in qn.questions if q.id in scores)
    named = f"request named by '{signal}'" if signal else "no words of a request: questions read as questions"
    return f"{len(scores)} of {len(qn.questions)} questions matched ({found}); {named}"


def match_document(text: str, pairs: list[QAPair], rules: Rules) -> MatchResult:
    """Detect which questionnaire `pairs` answer and match each pair to its question.

    A document that does not read as a response to a request (no words such as "Freedom of
    Information" or "your request": a policy or a form on its own), or whose pairs match too
    few of any questionnaire's questions, is `unknown`; its pairs are returned unmatched.
    """
    signal = has_foi_signal(text, rules)
    lines, zones = zoned_lines(text, rules)
    best: MatchResult | None = None
    best_key = (-1.0, -1.0)
    near = ""
    for qn in rules.questionnaires.values():
        result = match_questionnaire(text, pairs, qn, rules, lines, zones)
        if not _detected(result, qn, rules, signal):
            if result.share > 0 and not near:
                near = f"closest: {qn.id}, " + _reason(result, qn, signal)
            continue
        key = (result.share, _keyword_share(text, qn))
        if key > best_key:
            best, best_key = replace(result, reason=_reason(result, qn, signal)), key
    if best is None:
        return MatchResult(UNKNOWN, tuple(pairs), 0.0, {}, near or "no questionnaire's questions matched")
    return best


def detection_warnings(rules: Rules) -> list[str]:
    """Questionnaires that could never be detected, with why (for `foi rules validate`).

    Each questionnaire is tried on a response written in its own words ("1. <question>
    Answer given."): one that is not detected from that will not be detected from a real
    response either. Questions whose wordings hold no content word, and questions worded
    alike, are named.
    """
    from pipeline.segment import segment_pairs
    from pipeline.segment.wording import content, stopword_set

    stop = stopword_set(rules)
    out: list[str] = []
    for qn in rules.questionnaires.values():
        where = f"{qn.source or qn.id}"
        seen: dict[str, str] = {}
        for q in qn.questions:
            words = {content(w, stop) for w in q.wordings}
            if not any(words):
                out.append(f"{where}: {q.id}: its wordings have no words left after the stop-words; "
                           f"it can never be matched (add an alias with the question's key words)")
            for w in words:
                if w and w in seen and seen[w] != q.id:
                    out.append(f"{where}: {q.id}: worded like {seen[w]} ({w!r}); only one of them can be matched")
                seen.setdefault(w, q.id)
        text = "Freedom of Information request\n" + "\n".join(
            f"{k}. {q.text}\nAnswer given here.\n" for k, q in enumerate(qn.questions, 1))
        found = match_document(text, segment_pairs(text, rules), rules)
        if found.questionnaire != qn.id:
            out.append(f"{where}: not detected even from a response that asks every question in its own "
                       f"words (detected: {found.questionnaire}; {found.reason}); make its wordings more "
                       f"distinct, or lower detect_min_questions/detect_min_share in thresholds.yaml")
    return out
