"""Step 3 of segmentation: question/answer pairs from layout alone, for any request.

This is the fallback when no questionnaire matches, and the source of tables and of answers
given first; `anchors` places a known questionnaire's questions. Layouts handled
(docs/layouts.md):

- question and answer on one line: ``Q1 Do you have a framework? No.``
- a question line, then ``Response:``/``Answer:`` line(s), or the answer as plain paragraphs;
- every question listed first, then every answer numbered (often under a "Response" or
  "Decision" heading); the question may be restated in front of its answer;
- table rows (``1 | question | answer``), as every reader renders tables;
- numbering ``1.``, ``1)``, ``Q1``, ``Question 1 -``, ``1 -``, ``Q2a``, ``5(a)``, ``(b)``,
  roman or lettered answers, a bare ``2.``, lists that restart at 1, bullets, or none;
- answer labels on the question's line or alone below it (``Reply``), told from headings;
- unnumbered request lines restated over their answers.

It knows nothing of any questionnaire. When it cannot tell where a question ends and its
answer begins (``10. Does the council have a policy. No``), the pair's answer is empty and
`anchors.refine_pairs` finishes the job once the canonical wording is known.

The steps live in their own modules: `units` (the text cut into units, with their phase
and section), `splits` (where a question ends when no label says so), `requests` (requests
quoted after the reply, answers citing question numbers) and `sharing` (answers shared
between questions once the pairs are made).
"""
from __future__ import annotations

from dataclasses import replace

from rapidfuzz import fuzz

from pipeline.model import QAPair
from pipeline.rules import Rules
from pipeline.segment.pairs import make_pair, with_answer
from pipeline.segment.requests import answer_to_quoted, answers_alone, is_bare_answer, reference_pairs, request_after_reply
from pipeline.segment.sharing import lists_what_it_asks, share_answers
from pipeline.segment.splits import NAMES_QUESTION, answer_start, still_requests
from pipeline.segment.units import asks_anew, find_units, layout_patterns, restated_length
from pipeline.segment.zones import asks_for, reads_as_question


def segment_pairs(text: str, rules: Rules) -> list[QAPair]:
    """Find every question/answer pair in `text`.

    >>> [p.number for p in segment_pairs("Q1 Any framework? No.\\nQ1a If yes, with health? N/A", rules)]  # doctest: +SKIP
    ['1', '1a']
    """
    pairs: list[QAPair] = []
    # number -> pairs still waiting for their answer, oldest first: sections that each number
    # their questions from 1 are answered in the same order as they were asked
    open_by_number: dict[str, list[int]] = {}
    opened_in: dict[int, tuple[str, int]] = {}  # pair index -> (phase, section) of its question
    units = find_units(text, rules)
    asked_later = request_after_reply(text, units, rules)
    given: set[str] = set()  # numbers already answered under the request quoted after the reply
    asked_units = {id(u) for u in asked_later.values()}
    for unit in units:
        if unit.phase == "quoted" or id(unit) in asked_units:
            continue  # the request quoted under a reply: paired with its answers below
        if unit.refs and unit.number and any(open_by_number.get(n) for n in unit.refs):
            for k, number in enumerate(unit.refs):  # "10 and 11." answers both listed questions
                if open_by_number.get(number):
                    idx = open_by_number[number].pop(0)
                    pairs[idx] = replace(with_answer(text, pairs[idx], unit.body_start, unit.body_end),
                                         by_reference=k > 0)
            continue
        if unit.refs:
            pairs.extend(reference_pairs(text, unit, len(pairs), rules))
            continue
        if unit.cells is not None:
            (qs, qe), (a_s, a_e) = unit.cells
            if open_by_number.get(unit.number) and not text[qs:qe].strip():
                idx = open_by_number[unit.number].pop(0)
                pairs[idx] = with_answer(text, pairs[idx], a_s, a_e)
                continue
            pairs.append(make_pair(len(pairs), unit.number, text, (qs, qe), (a_s, a_e)))
            continue
        waiting = open_by_number[unit.number][0] if open_by_number.get(unit.number) else None
        if waiting is not None and opened_in[waiting] != (unit.phase, unit.section) \
                and opened_in[waiting][0] == unit.phase and not NAMES_QUESTION.match(text, unit.label_start):
            waiting = None  # the next section of the request, numbered from 1 again
        if waiting is not None and (unit.marker_at is None or unit.marker_at > unit.lines[0].end) \
                and asks_anew(text, unit, pairs[waiting], rules):
            waiting = None  # "1." again, but asking another question (a list that restarts at 1)
        if waiting is None and not unit.number and unit.marker_at is not None \
                and unit.marker_at == unit.body_start and pairs and not pairs[-1].answer:
            waiting = len(pairs) - 1  # a bare "Response:" paragraph answers the pair before it
        if waiting is not None:
            prev = pairs[waiting]
            body = text[unit.body_start:unit.body_end]
            cut = unit.marker_at
            if cut is None:
                restated = restated_length(prev.question, body)
                cut = unit.body_start + restated if restated is not None else unit.body_start
            pairs[waiting] = with_answer(text, prev, cut, unit.body_end)
            if open_by_number.get(unit.number):
                open_by_number[unit.number].pop(0)
            continue
        asked = asked_later.get(unit.number) if unit.number else None
        if asked is not None and unit.number not in given and is_bare_answer(text, unit, rules):
            # (once per number: "1. Purpose" in an attached policy answers nothing again)
            pairs.append(answer_to_quoted(text, len(pairs), unit, asked, rules))
            given.add(unit.number)
            continue
        if asked is None and answers_alone(text, unit, rules):
            # "1) Yes." with its question nowhere in the text: an answer given by number alone
            pairs.append(replace(make_pair(len(pairs), unit.number, text, (unit.body_start, unit.body_start),
                                           (unit.body_start, unit.body_end)), by_reference=True))
            continue
        if unit.marker_at is not None:
            q, a = (unit.body_start, unit.marker_at), (unit.marker_at, unit.body_end)
            # the marker word itself sits before marker_at; trim it from the question
            marker_line = next((ln for ln in unit.lines if ln.start <= unit.marker_at <= ln.end), None)
            if marker_line is not None and marker_line.start > unit.body_start:
                q = (unit.body_start, marker_line.start)
        else:
            inline = layout_patterns(rules)["marker_inline"].search(text, unit.body_start, unit.body_end)
            cut = inline.end() if inline and inline.start() > unit.body_start else None
            q_end = inline.start() if cut else None
            if cut is None and (unit.listed and unit.asked or lists_what_it_asks(text, unit)):
                q_end = None  # a question and the items it lists, under "Request:": answered later
            elif cut is None:
                cut = answer_start(text, unit, rules)
                q_end = cut
            if cut is not None and still_requests(text, cut, unit.body_end, rules):
                cut = None  # "If possible, please supply the information in a spreadsheet."
            if cut is None:
                q, a = (unit.body_start, unit.body_end), (unit.body_end, unit.body_end)
            else:
                q, a = (unit.body_start, q_end), (cut, unit.body_end)
        pair = make_pair(len(pairs), unit.number, text, q, a)
        waiting_same = [i for i in open_by_number.get(unit.number, [])
                        if fuzz.ratio(pairs[i].question.lower(), pair.question.lower()) >= 92]
        if unit.number and waiting_same and not pair.answer:
            continue  # the same question listed twice with no answer: keep the first
        pairs.append(pair)
        if unit.number and not pair.answer:
            open_by_number.setdefault(unit.number, []).append(pair.index)
            opened_in[pair.index] = (unit.phase, unit.section)
    pairs = _more_answers_alone(text, pairs, rules)
    pairs = share_answers(text, pairs, units, rules)
    # a bare "1." whose lettered lines became questions of their own holds nothing itself
    kept = [p for p in pairs if p.question or p.answer]
    return pairs if len(kept) == len(pairs) else [replace(p, index=i) for i, p in enumerate(kept)]


ALONE_MIN = 4  # answers standing alone by number that make a reply one that answers so


def _more_answers_alone(text: str, pairs: list[QAPair], rules: Rules) -> list[QAPair]:
    """In a reply that answers by number alone (ALONE_MIN answers or more that open with an
    answer word or figure and have no question), a numbered paragraph taken for a question
    that asks nothing is an answer of that number too: "2b) The ICB funds 50% ..." left
    with no answer is one, and so is what "Question 5: The Council will publish ..." was
    taken to be answered by ("5) The final outturn ...")."""
    alone = sum(1 for p in pairs if p.number and p.by_reference and not p.question.strip() and p.answer.strip())
    if alone < ALONE_MIN:
        return pairs
    out = []
    for p in pairs:
        label = p.question.strip().endswith(":") or len(p.question.split()) < 6  # "CHC spend:" labels its answer
        if p.number and p.question.strip() and "?" not in p.question and (not p.answer.strip() or not label) \
                and not reads_as_question(p.question, rules) and not asks_for(p.question, rules):
            a_s, a_e = (p.a_start, p.a_end) if p.answer.strip() else (p.q_start, p.q_end)
            p = replace(p, question="", answer=text[a_s:a_e], a_start=a_s, a_end=a_e,
                        q_end=p.q_start, by_reference=True)
        out.append(p)
    return out
