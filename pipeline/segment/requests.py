"""Requests quoted or forwarded after the reply that answers them by number, and answers
that cite the questions they answer ("Q5 to Q5c"): paired by their numbers."""
from __future__ import annotations

from dataclasses import replace
import re


from pipeline.model import QAPair
from pipeline.rules import Rules
from pipeline.segment import zones
from pipeline.segment.pairs import make_pair
from pipeline.segment.splits import split_topic
from pipeline.segment.units import DIGIT, OPENS_WITH_ANSWER, Unit, layout_patterns, restated_length
from pipeline.segment.wording import stopword_set, word_stems


def request_after_reply(text: str, units: list[Unit], rules: Rules) -> dict[str, Unit]:
    """The questions of a request quoted (or restated) after the answers, by number.

    An e-mail reply often answers "1. Jonathan Prew" first and quotes the request below;
    the numbers pair them. Returns {number: unit}, or {} when fewer than three answers share
    a number with the request.
    """
    replied = False
    asked: dict[str, Unit] = {}
    for unit in units:
        late_request = unit.phase == "request" and replied
        if unit.phase == "response" or (unit.phase == "request" and not late_request and unit.number):
            replied = replied or unit.phase == "response"
        if (unit.phase == "quoted" or late_request) and unit.number and unit.cells is None:
            asked.setdefault(unit.number, unit)
    answered = {u.number for u in units if u.phase not in ("quoted",) and u.number
                and asked.get(u.number) is not u}
    if len(answered & asked.keys()) >= 3:
        return asked
    return _restarted_request(text, units, rules)


def _restarted_request(text: str, units: list[Unit], rules: Rules) -> dict[str, Unit]:
    """The request forwarded under a reply that answered it by number ("1. 219", "2. 64",
    then the original e-mail: "1) How many people ...?"): the numbering starts again, the
    first run holds bare answers and the second questions. {number: unit} of the second run,
    or {} when there is no such pair of runs sharing at least three numbers."""
    numbered = [u for u in units if u.number and u.cells is None and u.phase != "quoted"]
    if not numbered:
        return {}
    again = next((j for j, u in enumerate(numbered) if j >= 3 and u.number == numbered[0].number), None)
    if again is None:
        return {}
    first = {u.number: u for u in numbered[:again]}
    second: dict[str, Unit] = {}
    for u in numbered[again:]:
        second.setdefault(u.number, u)
    shared = first.keys() & second.keys()
    if len(shared) < 3:
        return {}
    bare = sum(is_bare_answer(text, first[n], rules) and not zones.reads_as_question(
        text[first[n].body_start:first[n].body_end], rules) for n in shared)
    asking = sum(zones.reads_as_question(text[second[n].body_start:second[n].body_end], rules)
                 for n in shared)
    return second if 2 * bare > len(shared) and 2 * asking > len(shared) else {}


def is_bare_answer(text: str, unit: Unit, rules: Rules) -> bool:
    """True when a numbered paragraph is only an answer: no "?", no "Response:" marker."""
    if unit.cells is not None or unit.marker_at is not None:
        return False
    first = text[unit.body_start:unit.lines[0].end]
    if "?" in first or any(ln.text.rstrip().endswith("?") for ln in unit.lines[1:3]):
        return False  # a question, perhaps wrapped ("> 1. How many ... in your" / "> area ...?")
    return layout_patterns(rules)["marker_inline"].search(text, unit.body_start, unit.body_end) is None


# a figure, not a second list number ("1.Total cost ...")
_FIGURE_FIRST = re.compile(r"\s*[£<>~]?\d[\d,]*(?:\.\d+)?(?![\d.)]?[A-Za-z])")


def answers_alone(text: str, unit: Unit, rules: Rules) -> bool:
    """True for a numbered paragraph that opens with an answer ("1) Yes.", "a) No - ...",
    "Q4 - 5,932 people ...", "7) See ToR section 4") and asks nothing: where no question of
    that number is written anywhere (a service team's reply to a request sent separately),
    it answers the questionnaire's question of that number, by number alone."""
    if not unit.number or not is_bare_answer(text, unit, rules):
        return False
    first = text[unit.body_start:unit.lines[0].end]
    return bool(OPENS_WITH_ANSWER.match(first) or _FIGURE_FIRST.match(first)) \
        and not zones.reads_as_question(first, rules)


def _words_within(label: str, question: str, rules: Rules) -> bool:
    """True when a short label before an answer names its question ("Copy of policy – N/A").

    Half the label's content words must appear in the question (compared on their first
    five letters, so "policy" finds "policies"). A label with a figure ("2022/23 gross cost:")
    or one that opens with an answer word ("Yes – NHS GM") is part of the answer.
    """
    if DIGIT.search(label) or OPENS_WITH_ANSWER.match(label):
        return False
    stop = stopword_set(rules)
    label_words = word_stems(label, stop)
    return bool(label_words) and 2 * len(label_words & word_stems(question, stop)) >= len(label_words)


def answer_to_quoted(text: str, index: int, unit: Unit, asked: Unit, rules: Rules) -> QAPair:
    """Pair a reply's bare numbered answer with the request's question of the same number."""
    body = text[unit.body_start:unit.body_end]
    question = text[asked.body_start:asked.body_end]
    restated = restated_length(question.strip(), body)
    cut = unit.body_start + restated if restated is not None else unit.body_start
    if restated is None:
        label_end = split_topic(text, unit, rules)
        if label_end is not None and _words_within(text[unit.body_start:label_end], question, rules):
            cut = label_end  # "Joint funding policy – No." answers "whether you have a policy"
    pair = make_pair(index, unit.number, text, (asked.body_start, asked.body_end), (cut, unit.body_end))
    if not pair.answer and cut > unit.body_start:
        pair = make_pair(index, unit.number, text, (asked.body_start, asked.body_end),
                     (unit.body_start, unit.body_end))
    return pair


def reference_pairs(text: str, unit: Unit, index: int, rules: Rules) -> list[QAPair]:
    """One pair per question number a topic heading cites, all sharing its answer."""
    if unit.marker_at is not None:
        marker_line = next((ln for ln in unit.lines if ln.start <= unit.marker_at <= ln.end), unit.lines[0])
        q, a = (unit.body_start, max(marker_line.start, unit.lines[0].end)), (unit.marker_at, unit.body_end)
    elif unit.number and not zones.reads_as_question(text[unit.body_start:unit.lines[0].end], rules):
        # "2a. & 2b. This information is not recorded ...": an answer given to both labels
        q, a = (unit.body_start, unit.body_start), (unit.body_start, unit.body_end)
    else:
        # the question runs to its last "?" when it wraps ("... as at 31 March 2024? How" /
        # "many of these ...? How many joint funded packages" / "were in place?")
        asked = [ln for ln in unit.lines[:4] if ln.text.rstrip().endswith("?")]
        q_end = asked[-1].end if asked and text.count("?", unit.body_start, unit.lines[0].end) else unit.lines[0].end
        q, a = (unit.body_start, q_end), (q_end, unit.body_end)
    base = make_pair(index, "", text, q, a)
    return [replace(base, index=index + k, number=number, by_reference=True)
            for k, number in enumerate(unit.refs)]
