"""Answer states (N/A, not held, withheld, see other) and FOIA exemptions cited.

All phrasings come from `rules/phrasings.yaml`; this module only compiles and applies them.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.model import State
from pipeline.rules import Rules

_LEAD_CHARS = 220  # a state phrase must open the answer, within its first sentence or two
_BULLET = re.compile(r"^[\s\-–—•*>\"'“‘]+")


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
    return {
        "states": states,
        "target": [re.compile(p, flags) for p in rules.phrasings["see_other_target"]],
        "exemptions": exemptions,
    }


def _lead(answer: str) -> tuple[str, int]:
    m = _BULLET.match(answer)
    skip = m.end() if m else 0
    return answer[skip:skip + _LEAD_CHARS], skip


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
    for state, groups in pats["states"].items():
        for rx in groups["whole"]:
            if rx.match(stripped):
                start = answer.find(stripped)
                return StateReading(state, start, start + len(stripped))
    lead, skip = _lead(answer)
    for state, groups in pats["states"].items():
        for rx in groups["lead"]:
            m = rx.match(lead)
            if m is None and state in (State.WITHHELD, State.SEE_OTHER):
                # "We are unable to provide this as it is exempt under section 43" opens with
                # a few words before the decisive phrase; allow it in the first sentence.
                first_sentence = re.split(r"(?<=[.!?])\s", lead, maxsplit=1)[0]
                m = rx.search(first_sentence)
                if m and _gives_something_first(first_sentence[:m.start()]):
                    m = None  # "Dr Helen Marsh – (contact details removed under s40)"
            if m:
                target = see_other_target(lead[m.start():], rules) if state == State.SEE_OTHER else ""
                return StateReading(state, skip + m.start(), skip + m.end(), target)
    return StateReading(State.ANSWERED, 0, len(answer))


def _gives_something_first(prefix: str) -> bool:
    """True when the words before a refusal already answer ("Jane Cole –\n(her e-mail...").

    A refusal that governs the whole answer opens the sentence in a few plain words; a value
    set off by a dash, a bracket or a line break before it means only part was withheld.
    """
    return bool(re.search(r"\n|[(\[]| [–—-] ", prefix)) or len(prefix) > 80


def see_other_target(text: str, rules: Rules) -> str:
    """The question number a pointer names: "see the answer to question 4b" -> "4b"."""
    for rx in _compiled(rules)["target"]:
        m = rx.search(text)
        if m:
            return m.group(1).lower()
    return ""


def mentions_state(answer: str, state: State, rules: Rules) -> tuple[int, int] | None:
    """Span of a phrase of `state` anywhere in the answer (not only at its start)."""
    for rx in _compiled(rules)["states"][state]["lead"]:
        m = rx.search(answer)
        if m:
            return m.start(), m.end()
    return None


def find_exemptions(text: str, rules: Rules) -> list[Citation]:
    """Every FOIA exemption cited in `text`, first citation of each section only.

    >>> [c.tag for c in find_exemptions("withheld under section 40(2) and s.43", rules)]  # doctest: +SKIP
    ['s40', 's43']
    """
    found: dict[str, Citation] = {}
    for tag, patterns in _compiled(rules)["exemptions"].items():
        for i, rx in enumerate(patterns):
            m = rx.search(text)
            if m is None:
                continue
            citation = Citation(tag, m.start(), m.end(), explicit=(i == 0))
            prior = found.get(tag)
            if prior is None or (citation.explicit and not prior.explicit) or \
                    (citation.explicit == prior.explicit and citation.start < prior.start):
                found[tag] = citation
    return sorted(found.values(), key=lambda c: c.start)
