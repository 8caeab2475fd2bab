"""Match QA pairs to a canonical questionnaire's questions, and detect the questionnaire.

Councils reword, abbreviate, renumber and reorder questions, so a pair is matched on the
meaning of its wording first (rapidfuzz over the question text and its aliases in rules/),
with the question number as a bonus when it agrees, and a small bonus for a sub-question
that follows its parent. Each canonical question takes at most one pair.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, utils

from pipeline.model import QAPair
from pipeline.rules import Question, Questionnaire, Rules
from pipeline.segment import cut_pair, sentence_cuts, split_by_wording, stopword_set

UNKNOWN = "unknown"
TOPIC_CAP = 84  # the best score a short topic label can reach: a fuzzy match, never exact


@dataclass(frozen=True)
class MatchResult:
    questionnaire: str
    pairs: tuple[QAPair, ...]
    share: float  # share of the questionnaire's questions found in the document
    kinds: dict  # question_id -> "exact" | "fuzzy" | "number"


def _content(text: str, stopwords: frozenset) -> str:
    """Lower-cased content words, lightly stemmed: "What are the Annual costs?" -> "annual cost"."""
    text = re.sub(r"[‘’“”'\"]", "", text)
    return " ".join(_stem(w) for w in utils.default_process(text).split() if w not in stopwords)


def _stem(word: str) -> str:
    """Fold the plural and a few derived forms that rewordings swap freely.

    >>> [_stem(w) for w in ("splits", "policies", "methodology", "icbs", "process")]
    ['split', 'policy', 'method', 'icb', 'process']
    """
    if word.endswith("ology") and len(word) > 7:
        return word[:-5]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


@functools.cache
def _wordings(question: Question, stopwords: frozenset) -> tuple[str, ...]:
    return tuple(_content(w, stopwords) for w in question.wordings)


def text_score(question_text: str, question: Question, rules: Rules) -> float:
    """Best similarity (0-100) of a document's question text to a canonical wording.

    Compares content words only, half token-set (rewordings that keep the key words) and
    half token-sort (penalising extra or missing words), so "Is there one ICB you mainly fund
    with?" scores high against q9 and low against q8 although both mention ICBs.
    """
    stop = stopword_set(rules)
    q = _content(question_text, stop)
    if not q:
        return 0.0
    best = 0.0
    for w in _wordings(question, stop):
        score = 0.5 * fuzz.token_set_ratio(q, w, processor=None) + 0.5 * fuzz.token_sort_ratio(q, w, processor=None)
        # WRatio rewards a short text inside a long one; a question that is much shorter
        # than the wording (a fragment) should not score as an exact match.
        if len(q) < 0.5 * len(w):
            # a short topic label ("Main ICB", "DASS"): its words must appear in the wording,
            # and it never counts as an exact match
            score = min(fuzz.token_set_ratio(q, w, processor=None), TOPIC_CAP)
        best = max(best, score)
    return best


def _number_adjust(pair: QAPair, question: Question, match_rules: dict) -> float:
    if not pair.number or not question.number:
        return 0.0
    if pair.number == question.number:
        return float(match_rules["number_bonus"])
    return -float(match_rules["number_penalty"])


def _resplit(text: str, pairs: list[QAPair], qn: Questionnaire, rules: Rules) -> list[QAPair]:
    """Give each pair with an unsplit question line its answer, using the nearest wording."""
    out = []
    for pair in pairs:
        scored = sorted(qn.questions, key=lambda q: text_score(pair.question, q, rules), reverse=True)[:2]
        numbered = [q for q in qn.questions if pair.number and q.number == pair.number]
        for q in numbered + scored:
            new = pair
            for wording in q.wordings:
                new = split_by_wording(text, pair, wording)
                if new is not pair:
                    break
            if new is not pair:
                pair = new
                break
        else:
            pair = _split_at_best_sentence(text, pair, qn, rules)
        out.append(pair)
    return out


def _split_at_best_sentence(text: str, pair: QAPair, qn: Questionnaire, rules: Rules) -> QAPair:
    """'1. Please give the DASS's details for your authority. Jane Smith, Director...':
    cut at the sentence boundary whose prefix matches a canonical question best."""
    if pair.answer or pair.question.rstrip().endswith("?"):
        return pair
    best, best_score = None, float(rules.thresholds["match"]["accept"])
    for at in sentence_cuts(text, pair):
        prefix = text[pair.q_start:at]
        score = max(text_score(prefix, q, rules) for q in qn.questions)
        if score > best_score + 1:
            best, best_score = at, score
    return cut_pair(text, pair, best) if best is not None else pair


def _assign(pairs: list[QAPair], qn: Questionnaire, rules: Rules) -> tuple[dict, dict, dict]:
    """Greedy best-first assignment of pairs to questions: parents first, then sub-questions."""
    m = rules.thresholds["match"]
    scores = {(p.index, q.id): text_score(p.question, q, rules) for p in pairs for q in qn.questions}
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


def match_questionnaire(text: str, pairs: list[QAPair], qn: Questionnaire, rules: Rules) -> MatchResult:
    pairs = _resplit(text, pairs, qn, rules)
    taken_pairs, combined, kinds = _assign(pairs, qn, rules)
    out = []
    for p in pairs:
        qid = taken_pairs.get(p.index, "")
        out.append(replace(p, question_id=qid, match_score=round(combined.get(qid, 0.0), 1),
                           questionnaire=qn.id if qid else ""))
    strong = sum(1 for k in kinds.values() if k in ("exact", "fuzzy"))
    return MatchResult(qn.id, tuple(out), strong / max(1, len(qn.questions)), kinds)


def _keyword_share(text: str, qn: Questionnaire) -> float:
    low = text.lower()
    if not qn.keywords:
        return 0.0
    return sum(1 for k in qn.keywords if k.lower() in low) / len(qn.keywords)


def match_document(text: str, pairs: list[QAPair], rules: Rules) -> MatchResult:
    """Detect which questionnaire `pairs` answer and match each pair to its question.

    A document whose pairs match too few of any questionnaire's questions is `unknown`;
    its pairs are returned unmatched.
    """
    m = rules.thresholds["match"]
    best: MatchResult | None = None
    best_key = (-1.0, -1.0)
    for qn in rules.questionnaires.values():
        result = match_questionnaire(text, pairs, qn, rules)
        strong = round(result.share * len(qn.questions))
        if result.share < m["detect_min_share"] or strong < m["detect_min_questions"]:
            continue
        key = (result.share, _keyword_share(text, qn))
        if key > best_key:
            best, best_key = result, key
    if best is None:
        return MatchResult(UNKNOWN, tuple(pairs), 0.0, {})
    return best
