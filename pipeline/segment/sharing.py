"""Answers shared between questions once the pairs are made: one response section for a
whole request, lettered parts split, a joint answer ("Questions 5 and 6:"), a closing
answer after unanswered questions and a blanket answer inside a run of them."""
from __future__ import annotations

import re
from dataclasses import replace


from pipeline.model import QAPair
from pipeline.rules import Rules
from pipeline.segment import zones
from pipeline.segment.lines import MORE_REFS, QUESTION_REF, QUESTIONS_HEADING, expand_refs, split_lines, strip_span
from pipeline.segment.compound import split_compound
from pipeline.segment.pairs import make_pair, with_answer
from pipeline.segment.units import BULLET, Unit, heading_of, is_closing


_MARKER = re.compile(r"[*†‡]+")
_MARKED_PARAGRAPH = re.compile(r"(?:^|\n)[ \t]*(?P<mark>[*†‡]+)[ \t]*[A-Za-z(\d]")


_YEARS = re.compile(r"\b(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?\b|\b\d{2}/\d{2}\b")
_ITEM_LABEL = re.compile(r"^\s*\(?(?:[ivx]{1,4}|[a-h])[.)]\s*", re.IGNORECASE)


def lists_what_it_asks(text: str, unit: Unit) -> bool:
    """A question ending in ":" whose listed items name only what it asks for, with no figure
    but years ("... for the following financial years:" / "i) 2016/17," / "ii) 2017/18"):
    the list is the question's, not an answer."""
    if len(unit.lines) < 2 or not text[unit.body_start:unit.lines[0].end].rstrip().endswith(":"):
        return False
    items = unit.lines[1:]
    return all(_ITEM_LABEL.match(ln.text) and not re.search(r"\d", _YEARS.sub("", _ITEM_LABEL.sub("", ln.text, count=1)))
               for ln in items)


def _unanswered(pair: QAPair, rules: Rules) -> bool:
    """No answer of its own: nothing, a footnote marker ("*"), or more request text."""
    answer = pair.answer.strip()
    return not answer or _MARKER.fullmatch(answer) is not None or zones.asks_for(answer, rules)


_INLINE_PART = re.compile(r"(?:^|(?<=\s))\(?([a-h])\)\s+(?=\S)")


def _split_lettered_pairs(text: str, pairs: list[QAPair]) -> list[QAPair]:
    """A question of lettered parts answered part by part in one table row ("1 | a) How many
    ...? b) How many of these ...? | a) 612 people ... b) 389 of these ..."): one pair per
    part, numbered 1a, 1b, ... and matched by its own words. Parts over several lines are
    left to `split_compound`, which keeps a heading such as "(£000)" with its figures."""
    out: list[QAPair] = []
    split = False
    for p in pairs:
        q_parts = list(_INLINE_PART.finditer(p.question))
        a_parts = list(_INLINE_PART.finditer(p.answer))
        letters = [m.group(1) for m in q_parts]
        if len(letters) < 2 or letters != list("abcdefgh"[:len(letters)]) \
                or [m.group(1) for m in a_parts] != letters or "\n" in p.question + p.answer:
            out.append(p if p.index == len(out) else replace(p, index=len(out)))
            continue
        split = True
        q_ends = [m.start() for m in q_parts[1:]] + [len(p.question)]
        a_ends = [m.start() for m in a_parts[1:]] + [len(p.answer)]
        for qm, qe, am, ae in zip(q_parts, q_ends, a_parts, a_ends):
            out.append(make_pair(len(out), f"{p.number}{qm.group(1)}" if p.number else "", text,
                                 (p.q_start + qm.end(), p.q_start + qe), (p.a_start + am.end(), p.a_start + ae)))
    return out if split else pairs


def _share_response_section(text: str, pairs: list[QAPair], units: list[Unit], rules: Rules) -> list[QAPair]:
    """Questions listed (under "Request:" or on their own), then a "Response:" heading over
    prose that answers them all at once, numbered nowhere ("In issuing our response the
    council have applied S12 ..."), or that prose first ("Our Response: We do not hold ...",
    then "You asked: 1. ... 2. ..."): each question, whole, gets that prose as its answer, by
    reference when there are several. Prose under topic headings ("Case management system" /
    "We use Mosaic ...") answers question by question instead. Nothing changes when any answer sits under the
    heading already or the prose is only boilerplate."""
    if not pairs or not units or any(u.phase == "response" for u in units):
        return pairs
    first, after = min(u.label_start for u in units), max(u.body_end for u in units)
    lines = split_lines(text)
    before_ok = all(u.asked for u in units)  # the questions stand under "You asked:" or the like
    for k, head in enumerate(lines):
        if not (head.start >= after or (before_ok and head.end <= first)) \
                or heading_of(head.text, rules) != "response":
            continue
        block = []
        for ln in lines[k + 1:]:
            if (head.end <= first and ln.start >= first) or heading_of(ln.text, rules) \
                    or is_closing(ln.text, rules) or zones.is_boilerplate(ln.text.strip(), rules):
                break
            if ln.text.strip():
                block.append(ln)
        if block:
            break
    else:
        return pairs
    a_start, a_end = block[0].start, block[-1].end
    headings = sum(1 for ln in block[:-1] if len(ln.text.split()) <= 6
                   and not ln.text.rstrip().endswith((".", "?", "!", ":", ";", ",")) and not BULLET.match(ln.text.strip()))
    if headings >= 2:
        return pairs  # topic headings with their own answers under "Our response", not one for all
    answered = [p for p in pairs if p.answer and p.question]
    if any(not p.q_start <= p.a_start < after for p in answered) or (len(answered) > 1 and not before_ok):
        return pairs  # answered already: only a request's own lines may be read as its answers
    answer = text[a_start:a_end].strip()
    out = []
    for p in pairs:
        if not p.question:
            out.append(p)
            continue
        q_start, q_end = strip_span(text, p.q_start, max(p.q_end, p.a_end))
        out.append(replace(p, question=text[q_start:q_end], q_start=q_start, q_end=q_end, answer=answer,
                           a_start=a_start, a_end=a_end, by_reference=len(pairs) > 1))
    return out


# "Questions 5 and 6:", "Q5 & Q6 -", "Answer to questions 5-7.", "Questions 5 and 6 are
# answered together" opening an answer
_JOINT_LABEL = re.compile(
    rf"\s*(?:(?:our\s+)?(?:answer|response|reply)\s+to\s+)?(?P<refs>{QUESTION_REF}(?:{MORE_REFS})+)"
    r"(?:\s*[:.\-–]|\s+(?:are|is|have been|were)\s+answered\b|\s+(?:together|jointly)\b)", re.IGNORECASE)


def _share_joint_answer(text: str, pairs: list[QAPair]) -> list[QAPair]:
    """An answer that opens by naming the questions it answers ("Questions 5 and 6: In
    2023/24 the Council spent ...", "Q1, 1a and 1b: No.") also answers the others it names
    that have no answer of their own, before or after it, marked as answered by reference;
    each field then reads its own figure from it by its labels ("the Council spent ...",
    "the ICB contributed ..."). The label itself is not part of the answer."""
    out = list(pairs)
    for k, pair in enumerate(pairs):
        label = _JOINT_LABEL.match(pair.answer)
        if not label or not pair.number:
            continue
        named = set(expand_refs(label.group("refs")))
        if pair.number not in named:
            continue
        shared = with_answer(text, pair, pair.a_start + label.end(), pair.a_end)
        out[k] = shared if shared.answer else pair
        for step in (-1, 1):
            i = k + step
            while 0 <= i < len(pairs) and pairs[i].number in named and not pairs[i].answer.strip():
                out[i] = replace(pairs[i], answer=out[k].answer, a_start=out[k].a_start, a_end=out[k].a_end,
                                 by_reference=True)
                i += step
    return out


def _share_closing_answer(text: str, pairs: list[QAPair], rules: Rules) -> list[QAPair]:
    """One answer written after several unanswered questions answers each of them.

    Two layouts (docs/layouts.md): questions marked "*" with no answer of their own, then
    one paragraph opening with "*" after the last of them (``How old were they?*`` ...
    ``*To work this out would take ...``); and a request whose questions are all listed with
    no answer, then one sentence covering the whole request (``We do not hold this
    information as the Trust does not ...``). The copies are marked as answered by
    reference, so their values go to review.
    """
    last = next((i for i in range(len(pairs) - 1, -1, -1) if pairs[i].question and pairs[i].answer), None)
    if last is None or last == 0:
        return pairs
    closing = pairs[last]
    footnote = _MARKED_PARAGRAPH.search(closing.answer)
    run = []
    for i in range(last - 1, -1, -1):
        if not pairs[i].question or not _unanswered(pairs[i], rules):
            break
        run.append(i)
    if not run:
        return _share_blanket_inside(text, pairs, rules)
    if footnote is not None:
        mark = footnote.group("mark")
        marked = [i for i in run if pairs[i].question.rstrip().endswith(mark) or pairs[i].answer.strip() == mark]
        run = run[:next((k for k, i in enumerate(run) if i not in marked), len(run))]
        if not run:
            return pairs
        start = closing.a_start + footnote.start("mark")
        shared = with_answer(text, closing, start, closing.a_end)
        if closing.answer.strip().startswith(mark):
            pairs[last] = shared
    elif last == len(run) and zones.is_blanket_answer(closing.answer, rules):
        shared = closing  # every question of the request is unanswered but this one
    else:
        return _share_blanket_inside(text, pairs, rules)
    for i in run:
        pairs[i] = replace(pairs[i], answer=shared.answer, a_start=shared.a_start, a_end=shared.a_end,
                           by_reference=True)
    return pairs


# Fewest unanswered questions in a row, inside a request others of whose questions are
# answered, that one blanket answer after them is taken to cover (t02: three questions,
# then one "not held ... cost limit" paragraph; a single empty question is more often
# one the body skipped).
_MIN_SHARED_RUN = 2


def _share_blanket_inside(text: str, pairs: list[QAPair], rules: Rules) -> list[QAPair]:
    """Unanswered questions in a row, then a blanket answer: each of them gets it.

    Where the rest of the request is answered question by question (docs/layouts.md
    ``unnumbered_restated_prose``: t02), a run of questions with nothing under them
    followed by one whose answer covers them all ("The information requested is not held
    centrally ... the cost of compliance would exceed the appropriate limit"). By reference,
    so their values go to review. A question with an answer label between it and the next
    one ("Response:" over "2,406") is not unanswered, whatever the pairing made of it.
    """
    out = list(pairs)
    for k, closing in enumerate(pairs):
        if not (closing.question and closing.answer.strip()) or not zones.is_blanket_answer(closing.answer, rules):
            continue
        run = []
        for i in range(k - 1, -1, -1):
            between = text[pairs[i].q_end:pairs[i + 1].q_start].splitlines()
            if not pairs[i].question or not _unanswered(pairs[i], rules) \
                    or any(zones.is_answer_label(line.strip(), rules) for line in between if line.strip()):
                break  # answered, or an answer label stands between it and the next question
            run.append(i)
        if len(run) < _MIN_SHARED_RUN:
            continue
        for i in run:
            out[i] = replace(pairs[i], answer=closing.answer, a_start=closing.a_start, a_end=closing.a_end,
                             by_reference=True)
    return out


def share_group_replies(text: str, lines: list, pairs: list[QAPair], rules: Rules) -> list[QAPair]:
    """Questions grouped under headings that name them, each group answered once after an
    answer label ("Questions 1, 1a and 1b" / the three questions / "Reply:" / one answer):
    every matched question of a group gets the group's reply, by reference when the group
    holds more than one, and no answer runs on into the next group's heading.

    Applies only where two or more such headings divide the text and a group holds an
    answer label after its questions; anything else is left as it was."""
    heads = [ln for ln in lines if QUESTIONS_HEADING.match(ln.text)]
    if len(heads) < 2:
        return pairs
    bounds = [(h.end, nxt.start) for h, nxt in zip(heads, heads[1:] + [None]) if nxt is not None] \
        + [(heads[-1].end, _group_end(text, lines, heads[-1], rules))]
    out = list(pairs)
    for start, end in bounds:
        label = next((ln for ln in lines if start <= ln.start < end and zones.is_answer_label(ln.text.strip(), rules)),
                     None)
        if label is None:
            continue
        members = [k for k, p in enumerate(out) if p.question_id and p.question.strip()
                   and start <= p.q_start < label.start]
        a_s, a_e = strip_span(text, label.end, end)
        if not members or a_e <= a_s:
            continue
        for k in members:
            out[k] = replace(out[k], answer=text[a_s:a_e], a_start=a_s, a_end=a_e, by_reference=len(members) > 1)
    return out


def _group_end(text: str, lines: list, head, rules: Rules) -> int:
    """Where the last group's reply ends: at the closing boilerplate ("If you are unhappy
    ...") or the end of the text."""
    for ln in lines:
        if ln.start > head.end and is_closing(ln.text, rules):
            return ln.start
    return len(text)


def share_answers(text: str, pairs: list[QAPair], units: list[Unit], rules: Rules) -> list[QAPair]:
    """The pairs once answers given for several questions, or in parts, are shared out."""
    pairs = _share_response_section(text, pairs, units, rules)
    pairs = _split_lettered_pairs(text, pairs)
    pairs = split_compound(text, pairs, rules)
    pairs = _share_joint_answer(text, pairs)
    return _share_closing_answer(text, pairs, rules)
