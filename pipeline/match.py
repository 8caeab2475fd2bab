"""Match QA pairs to a canonical questionnaire's questions, and detect the questionnaire.

Councils reword, abbreviate, renumber and reorder questions, so a pair is matched on the
meaning of its wording first (rapidfuzz over the question text and its aliases in rules/),
with the question number as a bonus when it agrees, and a small bonus for a sub-question
that follows its parent. Each canonical question takes at most one pair.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

import numpy as np

from pipeline.model import QAPair
from pipeline.rules import Question, Questionnaire, Rules
from pipeline.segment import (anchored_pairs, find_anchors, merge_with_layout, refine_pairs,
                              unplaced_blocks)
from pipeline.segment.anchors import candidate_best
from pipeline.segment.pairs import reindexed
from pipeline.segment.prose import prose_answers, prose_pairs
from pipeline.segment.sharing import share_group_replies
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
    """Greedy best-first assignment of pairs to questions: parents first, then sub-questions.

    Every pair's total against every question (its wording score, the number's bonus or
    penalty, a sub-question's distance from its parent's pair) is worked out as one matrix;
    only the candidates at `accept` or better are sorted and tried.
    """
    m = rules.thresholds["match"]
    questions = qn.questions
    base = score_matrix([p.question for p in pairs], questions, rules).astype(np.float64)
    taken_pairs: dict[int, str] = {}
    taken_q: dict[str, int] = {}
    combined: dict[str, float] = {}
    kinds: dict[str, str] = {}
    if not pairs or not questions:
        return taken_pairs, combined, kinds
    position = {p.index: i for i, p in enumerate(pairs)}
    numbers = [p.number for p in pairs if p.number]
    # numbering that restarts in each section ("Contacts 1-2, Systems 1-5") says nothing
    # about the canonical number
    numbers_meaningful = len(numbers) == len(set(numbers))
    q_numbers = np.array([q.number for q in questions], dtype=object)
    numbered_q = np.array([bool(q.number) for q in questions])
    adjust = np.zeros(base.shape)
    by_reference = np.zeros(base.shape, dtype=bool)
    for i, p in enumerate(pairs):
        if not p.number:
            continue
        same = q_numbers == p.number
        if numbers_meaningful:
            adjust[i, numbered_q] = -float(m["number_penalty"])
            adjust[i, same] = float(m["number_bonus"])
        if p.by_reference:
            by_reference[i] = same
    total0 = base + adjust
    total0 = np.where(by_reference, np.maximum(total0, float(m["by_reference"])), total0)
    accept = m["accept"]
    rows = np.arange(len(pairs))
    for round_parent in (False, True):
        total = total0.copy()
        cols = [j for j, q in enumerate(questions) if bool(q.parent) == round_parent]
        for j in cols:
            parent = questions[j].parent
            if parent and parent in taken_q:
                gap = rows - position[taken_q[parent]]
                total[:, j] = np.where((gap > 0) & (gap <= 4), total[:, j] + 6,
                                       np.where(gap <= 0, total[:, j] - 10, total[:, j]))
        mask = np.zeros(base.shape, dtype=bool)
        mask[:, cols] = True
        mask &= total >= accept
        cands = [(float(total[i, j]), float(base[i, j]), pairs[i].index, questions[j].id)
                 for i, j in zip(*np.nonzero(mask))]
        for total_ij, base_ij, pidx, qid in sorted(cands, reverse=True):
            if pidx in taken_pairs or qid in taken_q:
                continue
            taken_pairs[pidx] = qid
            taken_q[qid] = pidx
            combined[qid] = min(100.0, total_ij)
            kinds[qid] = "exact" if base_ij >= m["exact"] else "fuzzy" if base_ij >= m["accept"] else "number"
    return taken_pairs, combined, kinds


def _with_match(pair: QAPair, question_id: str, score: float, questionnaire: str) -> QAPair:
    """`pair` matched so (the same object when it already is: most pairs match nothing)."""
    if pair.question_id == question_id and pair.questionnaire == questionnaire \
            and type(pair.match_score) is float and pair.match_score == score:
        return pair
    return replace(pair, question_id=question_id, match_score=score, questionnaire=questionnaire)


def match_questionnaire(text: str, pairs: list[QAPair], qn: Questionnaire, rules: Rules,
                        lines: list | None = None, zones: list[str] | None = None) -> MatchResult:
    """Match layout pairs to `qn`'s questions, then let anchors place what layout missed.

    `lines` and `zones` (from `split_lines` and `line_zones`) are computed here unless the
    caller, trying several questionnaires on one text, passes them in.
    """
    if lines is None or zones is None:
        lines, zones = zoned_lines(text, rules)
    return _match_refined(text, refine_pairs(text, pairs, qn, rules), qn, rules, lines, zones)


def _match_refined(text: str, pairs: list[QAPair], qn: Questionnaire, rules: Rules, lines: list,
                   zones: list[str]) -> MatchResult:
    """`match_questionnaire` of pairs already refined (`refine_pairs`) for `qn`."""
    taken_pairs, combined, kinds = _assign(pairs, qn, rules)
    matched = [_with_match(p, taken_pairs.get(p.index, ""), round(combined.get(taken_pairs.get(p.index, ""), 0.0), 1),
                           qn.id if p.index in taken_pairs else "") for p in pairs]
    anchors = find_anchors(text, lines, zones, qn, rules)
    anchored = anchored_pairs(text, lines, zones, anchors, rules)
    merged, anchor_kinds = merge_with_layout(text, matched, anchored, anchors, qn, float(rules.thresholds["match"]["exact"]))
    kinds = {**kinds, **anchor_kinds}
    merged = share_group_replies(text, lines, merged, rules)
    merged, in_prose = prose_pairs(text, lines, zones, merged, qn, rules)
    kinds.update({qid: "fuzzy" if said else "number" for qid, said in in_prose.items()})
    merged = merged + unplaced_blocks(text, lines, zones, merged)
    merged = reindexed(sorted(merged, key=lambda p: (p.q_start, p.a_start)))
    out = tuple(replace(p, questionnaire=qn.id) if p.question_id and p.questionnaire != qn.id else p
                for p in merged)
    strong = {p.question_id for p in out if p.question_id and kinds.get(p.question_id) in ("exact", "fuzzy")}
    return MatchResult(qn.id, out, len(strong) / max(1, len(qn.questions)), kinds)


def _bounds(text: str, refined: list[QAPair], qn: Questionnaire, rules: Rules, lines: list,
            zones: list[str]) -> tuple[bool, float]:
    """Whether `qn` could be detected (`_detected`) and the most its share could be,
    from the wording scores alone, before anchoring, assigning and merging.

    A question is matched "exact" or "fuzzy" (it counts towards the share) only when a
    layout pair scores `accept` or more on its wording, or a candidate line scores within
    the number's bonus (and any negative penalty) of `accept`, since an anchor's total is
    its line's wording score plus the number's evidence less penalties; it counts towards
    detection only at `detect_min_score`, so the line must come within the same reach of that.
    """
    m = rules.thresholds["match"]
    n = len(qn.questions)
    if not n:
        return True, 1.0
    best_pair = np.zeros(n)
    if refined:
        best_pair = score_matrix([p.question for p in refined], qn.questions, rules).astype(np.float64).max(axis=0)
    # anchor total = line score + number evidence - penalties; scores are rounded to 0.1 after
    lift = max(0.0, float(m["number_bonus"]), -float(m["number_penalty"])) + max(0.0, -float(m["anchor_no_answer"])) \
        + max(0.0, -float(m["anchor_quoted"])) + 1.0
    best_line = candidate_best(text, lines, zones, qn, rules).astype(np.float64)
    by_pair = best_pair >= float(m["accept"])
    counted = int((by_pair | (best_line >= float(m["detect_min_score"]) - lift)).sum())
    share = int((by_pair | (best_line >= float(m["accept"]) - lift)).sum()) / n
    if n < int(m["detect_min_questions"]):
        return counted >= n, share
    return (counted >= int(m["detect_min_questions"]) and counted / n >= float(m["detect_min_share"])), share


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
    questionnaires = list(rules.questionnaires.values())
    refined = {qn.id: refine_pairs(text, pairs, qn, rules) for qn in questionnaires}
    bounds = {qn.id: _bounds(text, refined[qn.id], qn, rules, lines, zones) for qn in questionnaires}
    # matched in full: questionnaires that could be detected, the most promising first, until
    # none left could reach the share of one detected (a questionnaire is chosen by its share)
    results: dict[str, MatchResult] = {}
    best_share = -1.0
    for qn in sorted((q for q in questionnaires if bounds[q.id][0]), key=lambda q: -bounds[q.id][1]):
        if bounds[qn.id][1] < best_share:
            break
        result = results[qn.id] = _match_refined(text, refined[qn.id], qn, rules, lines, zones)
        if _detected(result, qn, rules, signal):
            best_share = max(best_share, result.share)
    best: MatchResult | None = None
    best_key = (-1.0, -1.0)
    for qn in questionnaires:
        result = results.get(qn.id)
        if result is None or not _detected(result, qn, rules, signal):
            continue
        key = (result.share, _keyword_share(text, qn))
        if key > best_key:
            best, best_key = replace(result, reason=_reason(result, qn, signal)), key
    if best is None and signal:
        best = _detected_by_number(text, pairs, questionnaires, refined, rules, lines, zones) \
            or _detected_in_prose(text, pairs, questionnaires, lines, zones, rules)
    if best is None:
        near = ""
        for qn in questionnaires:  # the first with anything matched, for the reason
            result = results.get(qn.id)
            if result is None:
                result = _match_refined(text, refined[qn.id], qn, rules, lines, zones)
            if result.share > 0:
                near = f"closest: {qn.id}, " + _reason(result, qn, signal)
                break
        pairs = prose_answers(text, lines, zones, pairs, rules)
        return MatchResult(UNKNOWN, tuple(pairs), 0.0, {}, near or "no questionnaire's questions matched")
    return best


# a reply that answers by number alone ("1) Yes.", "a) No - ...", its request sent apart) is
# taken for a questionnaire when at least this many answers stand alone, most of the numbered
# ones; their numbers are (almost all) the questionnaire's; and the questionnaire fits their
# words better than any other by a margin, and its key words best
NUMBER_DETECT_MIN = 4
NUMBER_DETECT_ALONE_SHARE = 0.5   # of the numbered pairs
NUMBER_DETECT_KNOWN_SHARE = 0.8   # of the answers alone, numbers the questionnaire has
NUMBER_DETECT_COVER = 0.4         # of the questionnaire's questions, answered so
NUMBER_DETECT_MARGIN = 5.0        # mean wording score over the next questionnaire's


def _detected_by_number(text: str, pairs: list[QAPair], questionnaires: list[Questionnaire], refined: dict,
                        rules: Rules, lines: list, zones: list[str]) -> MatchResult | None:
    """A reply whose answers stand alone under the numbers of a request not in the text (a
    service team's reply forwarded by the FOI team): the questionnaire whose numbers they
    carry and whose questions their words fit best (see the constants above). Every answer
    is matched by its number only (kind "number"), so its values go to review."""
    alone = [p for p in pairs if p.number and p.by_reference and not p.question.strip() and p.answer.strip()]
    numbered = [p for p in pairs if p.number]
    if len(alone) < NUMBER_DETECT_MIN or len(alone) < NUMBER_DETECT_ALONE_SHARE * len(numbered):
        return None
    fits: list[tuple[float, float, Questionnaire]] = []
    for qn in questionnaires:
        at = {q.number: k for k, q in enumerate(qn.questions) if q.number}
        known = [p for p in _lettered_in_order(alone, qn) if p.number in at]
        if len(known) < NUMBER_DETECT_KNOWN_SHARE * len(alone) or len(known) < NUMBER_DETECT_COVER * len(qn.questions):
            continue
        scores = score_matrix([p.answer for p in known], qn.questions, rules)
        fit = float(np.mean([scores[i, at[p.number]] for i, p in enumerate(known)]))
        fits.append((fit, _keyword_share(text, qn), qn))
    if not fits:
        return None
    fits.sort(key=lambda f: -f[0])
    fit, share, qn = fits[0]
    others = [f for f in fits[1:]]
    if others and (fit - others[0][0] < NUMBER_DETECT_MARGIN or share <= max(f[1] for f in others)) or share <= 0:
        return None
    result = _match_refined(text, _lettered_in_order(refined[qn.id], qn), qn, rules, lines, zones)
    return replace(result, reason=f"answered by number alone: {len(alone)} numbered answers with no question, "
                                  f"their words fit {qn.id}'s questions of the same numbers at {fit:.0f} on average"
                                  + (f" (next: {others[0][2].id}, {others[0][0]:.0f})" if others else ""))


def _lettered_in_order(pairs: list[QAPair], qn: Questionnaire) -> list[QAPair]:
    """Answers standing alone under a letter the questionnaire's numbering lacks take the
    sub-question in the same place: "a)" under "4" answers 4b when 4b is question 4's first
    sub-question (a reply letters its parts afresh)."""
    numbers = {q.number for q in qn.questions}
    subs: dict[str, list[str]] = {}
    for q in qn.questions:
        parent = qn.question(q.parent) if q.parent else None
        if parent is not None and parent.number:
            subs.setdefault(parent.number, []).append(q.number)
    out = []
    for p in pairs:
        m = re.fullmatch(r"(\d+)([a-z])", p.number)
        if m and p.by_reference and not p.question.strip() and p.number not in numbers:
            k = ord(m.group(2)) - ord("a")
            listed = subs.get(m.group(1), [])
            if k < len(listed):
                p = replace(p, number=listed[k])
        out.append(p)
    return out


# a reply in prose is taken for a questionnaire when half its questions are placed in order
# on its sentences, three of them at this wording score or better
PROSE_DETECT_SHARE = 0.5
PROSE_DETECT_SCORE = 68.0


def _detected_in_prose(text: str, pairs: list[QAPair], questionnaires: list[Questionnaire], lines: list,
                       zones: list[str], rules: Rules) -> MatchResult | None:
    """A reply written wholly as prose, with no question written out: the questionnaire
    whose questions its sentences say, in order, at `detect_min_score` or better (as many
    as detection asks of matched questions). Every pair placed so goes to review."""
    m = rules.thresholds["match"]
    best, best_count = None, 0
    for qn in questionnaires:
        placed, said = prose_pairs(text, lines, zones, list(pairs), qn, rules)
        n = len(qn.questions)
        # only questions the prose says in their own words vouch for the questionnaire
        ids = {qid for qid, own in said.items() if own}
        strong = [p for p in placed if p.question_id in ids and p.match_score >= PROSE_DETECT_SCORE]
        if len(ids) < max(int(m["detect_min_questions"]), PROSE_DETECT_SHARE * n) \
                or len(strong) < int(m["detect_min_questions"]):
            continue
        if len(ids) > best_count:
            ordered = reindexed(sorted(placed, key=lambda p: (p.a_start, p.q_start)))
            best_count = len(ids)
            best = MatchResult(qn.id, tuple(ordered), len(ids) / n, {qid: "fuzzy" for qid in ids},
                               f"answered in prose: {len(ids)} of {n} questions placed on the reply's "
                               f"sentences in order, {len(strong)} at {PROSE_DETECT_SCORE:g} or better"
                               + (f", {len(said) - len(ids)} more by order" if len(said) > len(ids) else ""))
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
