"""Answer states (N/A, not held, withheld, see other) and FOIA exemptions cited.

All phrasings come from `rules/phrasings.yaml`; this module only compiles and applies them.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.model import State
from pipeline.patterns import AnyOf
from pipeline.rules import Rules

_LEAD_CHARS = 220  # a state phrase must open the answer, within its first sentence or two
LOOKAHEAD_CHARS = 1500  # ... though it may look further on ("unable to provide this. ... section 12")
_BULLET = re.compile(r"^[\s\-–—•*>\"'“‘]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
_SET_OFF = re.compile(r"\n|[(\[]| [–—-] ")
# "The DASS is Jane Smith; her contact details are withheld ...": what is refused is only the
# contact details, after a clause that gives something (at least two words before it)
_CONTACTS_REFUSED = re.compile(
    r"(?P<given>\S+\s+\S.*?)[;,]\s*(?:(?:his|her|their|the|all|whose)\s+)?(?:direct\s+|personal\s+|work\s+)?"
    r"(?:contact\s+details|e-?mail(?:\s+address)?|(?:tele)?phone(?:\s+number)?|direct\s+line|mobile(?:\s+number)?)"
    r"\b[^.;]*$", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class StateReading:
    state: State
    start: int  # span of the phrase that decided it, within the answer
    end: int
    target: str = ""  # for see_other: the question number pointed at


@dataclass(frozen=True)
class Citation:
    tag: str  # "s40"
    start: int
    end: int
    explicit: bool  # a section number was cited, not only a describing phrase


@functools.cache
def _compiled(rules: Rules) -> dict:
    flags = re.IGNORECASE
    states = {}
    for name, groups in rules.phrasings["states"].items():
        states[State(name)] = {
            "whole": [re.compile(r"^\s*(?:%s)\s*[.!]?\s*$" % p, flags) for p in groups.get("whole", [])],
            "lead": [re.compile(p, flags) for p in groups.get("lead", [])],
        }
    exemptions = {tag: [re.compile(p, flags) for p in pats]
                  for tag, pats in rules.phrasings["exemptions"].items()}
    # the same patterns asked "does any match?" in one pass, to skip texts none of them fits
    partial = (State.WITHHELD, State.SEE_OTHER)
    return {
        "states": states,
        "target": [re.compile(p, flags) for p in rules.phrasings["see_other_target"]],
        "exemptions": exemptions,
        "any_whole": AnyOf([rx for g in states.values() for rx in g["whole"]]),
        "any_lead": AnyOf([rx for g in states.values() for rx in g["lead"]]),
        "any_partial_lead": AnyOf([rx for st, g in states.items() if st in partial for rx in g["lead"]]),
        "any_state_lead": {st: AnyOf(g["lead"]) for st, g in states.items()},
        "any_exemption": AnyOf([rx for pats in exemptions.values() for rx in pats]),
    }


def _lead(answer: str) -> tuple[str, int]:
    """The answer from its first word on (past a bullet), with what follows the opening
    (LOOKAHEAD_CHARS) for patterns that look ahead to why; their match must still open it."""
    m = _BULLET.match(answer)
    skip = m.end() if m else 0
    return answer[skip:skip + LOOKAHEAD_CHARS], skip


def classify_state(answer: str, rules: Rules) -> StateReading:
    """The state of an answer, read from how it opens.

    >>> classify_state("N/A", rules).state  # doctest: +SKIP
    <State.NOT_APPLICABLE: 'not_applicable'>
    >>> classify_state("Please see the response to Q4.", rules).target  # doctest: +SKIP
    '4'
    """
    pats = _compiled(rules)
    stripped = answer.strip()
    if not stripped:
        return StateReading(State.NOT_ANSWERED, 0, 0)
    if pats["any_whole"].match(stripped):
        for state, groups in pats["states"].items():
            for rx in groups["whole"]:
                if rx.match(stripped):
                    start = answer.find(stripped)
                    return StateReading(state, start, start + len(stripped))
    lead, skip = _lead(answer)
    if not pats["any_lead"].match(lead) and \
            not pats["any_partial_lead"].search(_SENTENCE_END.split(lead, maxsplit=1)[0]):
        return StateReading(State.ANSWERED, 0, len(answer))  # no phrase of any state in it
    for state, groups in pats["states"].items():
        for rx in groups["lead"]:
            m = rx.match(lead)
            if m is None and state in (State.WITHHELD, State.SEE_OTHER):
                # "We are unable to provide this as it is exempt under section 43" opens with
                # a few words before the decisive phrase; allow it in the first sentence.
                first_sentence = _SENTENCE_END.split(lead[:_LEAD_CHARS], maxsplit=1)[0]
                m = rx.search(first_sentence)
                if m and _gives_something_first(first_sentence[:m.start()]):
                    m = None  # "Dr Helen Marsh – (contact details removed under s40)"
            if m and state == State.WITHHELD and _cites_only_other_acts(lead, m.start(), m.end()):
                m = None  # "Care Act s14 applies to charging" refuses nothing
            if m:
                target = see_other_target(lead[m.start():], rules) if state == State.SEE_OTHER else ""
                return StateReading(state, skip + m.start(), skip + m.end(), target)
    return StateReading(State.ANSWERED, 0, len(answer))


def _gives_something_first(prefix: str) -> bool:
    """True when the words before a refusal already answer ("Jane Cole –\n(her e-mail...").

    A refusal that governs the whole answer opens the sentence in a few plain words; a value
    set off by a dash, a bracket or a line break before it, or a clause before a refusal of
    only the contact details, means only part was withheld.
    """
    return bool(_SET_OFF.search(prefix)) or len(prefix) > 80 or bool(_CONTACTS_REFUSED.match(prefix))


def see_other_target(text: str, rules: Rules) -> str:
    """The question number a pointer names: "see the answer to question 4b" -> "4b"."""
    for rx in _compiled(rules)["target"]:
        m = rx.search(text)
        if m:
            return m.group(1).lower()
    return ""


def mentions_state(answer: str, state: State, rules: Rules) -> tuple[int, int] | None:
    """Span of a phrase of `state` anywhere in the answer (not only at its start).

    Asked of the same answer for each of its question's fields: remembered for answers of
    up to `CACHED_ANSWER_CHARS`."""
    if len(answer) <= CACHED_ANSWER_CHARS:
        return _cached_mention(answer, state, rules)
    return _mentions_state(answer, state, rules)


CACHED_ANSWER_CHARS = 4000


@functools.lru_cache(maxsize=2048)
def _cached_mention(answer: str, state: State, rules: Rules) -> tuple[int, int] | None:
    return _mentions_state(answer, state, rules)


def _mentions_state(answer: str, state: State, rules: Rules) -> tuple[int, int] | None:
    pats = _compiled(rules)
    if not pats["any_state_lead"][state].search(answer):
        return None
    for rx in pats["states"][state]["lead"]:
        m = rx.search(answer)
        if m and not (state == State.WITHHELD and _cites_only_other_acts(answer, m.start(), m.end())):
            return m.start(), m.end()
    return None


# "Care Act 2014 s14", "Mental Health Act, section 117": a section of another Act just before;
# "section 14 of the Care Act": the Act named just after. The FOI Act and EIR are not others.
_ACT_BEFORE = re.compile(r"\b(?P<act>(?:[A-Z][A-Za-z()'’-]*[^\S\n]+){1,6}Act)(?:[^\S\n]+\d{4})?[^\S\n]*,?[^\S\n]*$")
_ACT_AFTER = re.compile(r"[^\S\n]*(?:\(\w{1,3}\)[^\S\n]*)*(?:of|under)[^\S\n]+(?:the[^\S\n]+)?"
                        r"(?P<act>(?:[A-Z][A-Za-z()'’-]*[^\S\n]+){1,6}Act)\b")
_FOI_ACT = re.compile(r"freedom of information|environmental information|\b(?:FOI|FOIA|FOISA|EIR)\b", re.IGNORECASE)


def cites_other_act(text: str, start: int, end: int) -> bool:
    """True when the section cited at text[start:end] belongs to an Act other than the FOI Act.

    >>> cites_other_act("Care Act 2014 s14 applies to charging", 14, 17)
    True
    >>> cites_other_act("exempt under section 40(2) of the Freedom of Information Act", 13, 27)
    False
    >>> cites_other_act("escalated under section 12 of the joint policy", 16, 26)
    True
    """
    before = _ACT_BEFORE.search(text, max(0, start - 80), start)
    after = _ACT_AFTER.match(text, end)
    if _OF_A_DOCUMENT.match(text, end):
        return True  # "see section 14 of the attached policy": a document's section, not the Act's
    return any(m is not None and not _FOI_ACT.search(m.group("act")) for m in (before, after))


# "section 12 of the policy", "section 14 of our joint protocol": a part of a document
_OF_A_DOCUMENT = re.compile(
    r"[^\S\n]*(?:\(\w{1,3}\)[^\S\n]*)*(?:of|in)[^\S\n]+(?:the|our|this|that|their|its|your)[^\S\n]+"
    r"(?:[\w'’-]+[^\S\n]+){0,3}?(?:policy|protocol|agreement|framework|guidance|document|procedure|code|plan|"
    r"strategy|terms of reference|contract|specification|handbook|manual|report|appendix|annex)\b", re.IGNORECASE)


# A citation of a provision: the number after "section", "s.", "regulation", "paragraph",
# "article" or "schedule", with its sub-numbers ("12(1)", "40(2)(a)", "117").
CITATION = re.compile(
    r"\b(?:sections?|ss?\.|s(?=\d)|regulations?|regs?\.|paragraphs?|paras?\.|articles?|art\.|"
    r"schedules?|sch\.)[^\S\n]*(?P<num>\d+[A-Za-z]?(?:[^\S\n]*\([^\S\n]*[0-9a-z]{1,4}[^\S\n]*\))*)",
    re.IGNORECASE)


def _cites_only_other_acts(text: str, start: int, end: int) -> bool:
    """True when text[start:end] cites sections and every one is of another Act."""
    cites = list(CITATION.finditer(text, start, end))
    return bool(cites) and all(cites_other_act(text, c.start(), c.end()) for c in cites)


def find_exemptions(text: str, rules: Rules) -> list[Citation]:
    """Every FOIA exemption cited in `text`, first citation of each section only.

    >>> [c.tag for c in find_exemptions("withheld under section 40(2) and s.43", rules)]  # doctest: +SKIP
    ['s40', 's43']
    """
    found: dict[str, Citation] = {}
    pats = _compiled(rules)
    starts = pats["any_exemption"].starts(text)  # where any pattern matches: most match nowhere
    for tag, patterns in pats["exemptions"].items():
        for i, rx in enumerate(patterns):
            if starts is not None and not any(rx.match(text, at) for at in starts):
                continue
            m = next((m for m in rx.finditer(text) if not cites_other_act(text, m.start(), m.end())), None)
            if m is None:
                continue
            citation = Citation(tag, m.start(), m.end(), explicit=(i == 0))
            prior = found.get(tag)
            if prior is None or (citation.explicit and not prior.explicit) or \
                    (citation.explicit == prior.explicit and citation.start < prior.start):
                found[tag] = citation
    return sorted(found.values(), key=lambda c: c.start)
