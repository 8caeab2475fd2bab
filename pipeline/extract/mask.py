"""The words of an answer a value may be read from: everything else is blanked first.

An answer's text holds more than the body's own answer. A general explanation of the cost
limit ("the appropriate limit is £450, which represents 18 hours at £25 an hour"), review
rights ("section 50"), a quoted request, the question restated or a request sentence left
over from it ("If there is no document, please state so."), a contents line and the numbers
of the Acts and regulations it cites ("Section 12(1)", "Care Act 2014 s14") are not values.
`reading_text` returns the answer with those characters blanked (`BLANK`), so that every
reader sees only the answer's own words while every offset still points at the same
character of the document.

States ("withheld", "not held") are read from the unmasked answer: a refusal that cites the
cost limit is the answer's state even though its figures are never values.

The cues are data in rules/layout.yaml: `boilerplate` and `mask_sentences` (sentences),
`request_phrases` (sentences that ask), `question_openers` (a restated question), `contents`
and `applying` (a body applying an exemption rather than explaining it).
"""
from __future__ import annotations

import functools
import re

from pipeline.extract.states import CITATION
from pipeline.patterns import AnyOf
from pipeline.rules import Rules
from pipeline.segment.lines import MORE_REFS, QUESTION_REF
from pipeline.segment.wording import stopword_set, word_stems
from pipeline.segment.zones import asks_for, is_contents, reads_as_question

# The year of an Act or regulations: "Care Act 2014", "the 2018 Regulations".
_ACT_YEAR = re.compile(r"\b(?:Act|Regulations|Order|Rules)[^\S\n]+(?P<num>(?:19|20)\d{2})\b"
                       r"|\b(?P<num2>(?:19|20)\d{2})[^\S\n]+(?:Act|Regulations)\b")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.MULTILINE)
_QUOTED_LINE = re.compile(r"^[^\S\n]*>.*$", re.MULTILINE)
_LINE = re.compile(r"^.*$", re.MULTILINE)
_NUMBER = re.compile(r"\d+")
# An answer label opening the answer, with the body's name or initials before it: "SCC
# response:", "Council's reply -", "Our answer:". It labels the answer; it is not part of it.
LEADING_LABEL = re.compile(r"\s*(?:(?:(?:(?i:our|the|council(?:'s)?|trust(?:'s)?|icb(?:'s)?)|[A-Z][\w'’&.]*)\s+){0,4}?"
                           r"(?i:response|answer|reply)(?:\s+\d{1,2}[a-z]?)?\s*[:\-–—]|A\.(?=\s))\s*")  # and "A. Yes." under "Q1."
QUESTION_REFS = re.compile(rf"\b{QUESTION_REF}(?:{MORE_REFS})*\b", re.IGNORECASE)
RESTATED_SHARE = 0.8  # share of a sentence's content words taken from the question
RESTATED_MIN_WORDS = 4


@functools.cache
def _sentence_cues(rules: Rules) -> AnyOf:
    cues = list(rules.layout.get("boilerplate", ())) + list(rules.layout.get("mask_sentences", ()))
    # "^" in a line pattern means the start of a sentence here; asked as one pattern, each
    # sentence's answer kept (a body's letters repeat their boilerplate sentences)
    return AnyOf([re.compile("|".join(f"(?:{c.replace('^', '')})" for c in cues), re.IGNORECASE)])


@functools.cache
def _applying(rules: Rules) -> re.Pattern:
    return re.compile("|".join(f"(?:{c})" for c in rules.layout.get("applying", ())) or r"(?!)",
                      re.IGNORECASE)


def applies_exemption(text: str, rules: Rules) -> bool:
    """True when `text` has the body applying an exemption to this request (rules/layout.yaml
    `applying`), not only explaining one."""
    return bool(_applying(rules).search(text))


# What a blanked character becomes: not a space, so that words either side of a blanked
# stretch never read as neighbours ("No. of packages – approx. 1,250" must not become
# "No.   1,250", a number label), and not a word character.
BLANK = "·"


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the characters of `spans` replaced by BLANK (line breaks kept)."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = BLANK
    return "".join(chars)


def _own_figures(sentence: str, asked_numbers: frozenset) -> bool:
    """True when the sentence states a figure the question does not."""
    return not set(_NUMBER.findall(sentence)) <= asked_numbers


def _restates(sentence: str, asked: frozenset, stop: frozenset, rules: Rules) -> bool:
    """A sentence that reads as a question, made of the question's words.

    "The ICBs use the Decision Support Tool." shares the question's words (its examples
    name the tool) but answers it.
    """
    if not reads_as_question(sentence, rules):
        return False
    words = word_stems(sentence, stop, min_len=3)
    return len(words) >= RESTATED_MIN_WORDS and len(words & asked) >= RESTATED_SHARE * len(words)


def masked_spans(text: str, rules: Rules, asked: tuple[str, ...] = (),
                 citations: bool = True, quotes: bool = True, numbers: bool = True) -> list[tuple[int, int]]:
    """The spans of `text` that are not the answer's own words (see the module docstring).

    `asked` are the question's wordings: a sentence made of their words restates it.
    `citations=False` reads for exemptions: the numbers of sections cited are kept, and so
    is a boilerplate sentence in which the body applies the section ("this would exceed the
    appropriate limit of £450, so this part is refused under section 12"). `quotes=False`
    keeps e-mail quoted lines, for a caller that knows from the zones which quotes are the
    request and which the reply's answers (">> We are withholding it under section 22").
    `numbers=False` keeps the numbers of the Acts and sections cited, for a reader of
    phrases, not figures ("a section 75 agreement" names a way of sharing costs).
    """
    spans: list[tuple[int, int]] = []
    cues, applying = _sentence_cues(rules), _applying(rules)
    stop = stopword_set(rules)
    asked_words = frozenset().union(*(word_stems(a, stop, min_len=3) for a in asked))
    asked_numbers = frozenset(n for a in asked for n in _NUMBER.findall(a))
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0)
        if cues.search(sentence) and (citations or not applying.search(sentence)):
            spans.append(m.span())  # boilerplate
        elif not _own_figures(sentence, asked_numbers) and (
                asks_for(sentence, rules)
                or (asked_words and _restates(sentence, asked_words, stop, rules))):
            spans.append(m.span())  # a request, or the question restated, with no answer in it
    if quotes:
        spans += [m.span() for m in _QUOTED_LINE.finditer(text)]
    spans += [m.span() for m in _LINE.finditer(text) if is_contents(m.group(0), rules)]
    # "Questions 6 and 7: 289 packages ...": the numbers of the questions answered
    spans += [m.span() for m in QUESTION_REFS.finditer(text)]
    if citations and numbers:
        spans += [m.span("num") for m in CITATION.finditer(text) if not _in_address(text, m.start())]
        for m in _ACT_YEAR.finditer(text):
            spans.append(m.span("num") if m.group("num") else m.span("num2"))
    return spans


def _in_address(text: str, at: int) -> bool:
    """True inside an e-mail or web address ("s117.team@example.gov.uk")."""
    start = max(text.rfind(c, 0, at) for c in " \n\t(<[") + 1
    ends = [i for i in (text.find(c, at) for c in " \n\t)>]") if i >= 0]
    token = text[start:min(ends) if ends else len(text)]
    return "@" in token or "://" in token or token.lower().startswith("www.")


# A line break inside a sentence, as PDF and e-mail text wrap it: a line ending in a word or
# a comma continues on a line that begins in lower case, with "£" or a figure (not a list
# marker such as "3. "); a line ending in a figure continues only on a lower-case word
# ("£18.9" / "million"), so figures listed one per line stay apart. Table rows never join.
_WRAP = re.compile(r"(?:(?<=[a-z,£])[^\S\n]*\n(?=[^\S\n]*(?:[a-z]|£|\d+(?:[.,]\d+)?(?![.)]\s)))"
                   r"|(?<=\d)[^\S\n]*\n(?=[^\S\n]*[a-z]))")


def reflow(text: str) -> str:
    """`text` with line breaks inside sentences made spaces (same length, same offsets).

    >>> reflow("between 20% and\n80% of the cost\n2. Next")
    'between 20% and 80% of the cost\n2. Next'
    """
    def join(m: re.Match) -> str:
        line_start = text.rfind("\n", 0, m.start()) + 1
        next_end = text.find("\n", m.end())
        if " | " in text[line_start:m.start()] or " | " in text[m.end():next_end if next_end >= 0 else None]:
            return m.group(0)
        return m.group(0).replace("\n", " ")
    return _WRAP.sub(join, text)


@functools.lru_cache(maxsize=4096)
def reading_text(text: str, rules: Rules, asked: tuple[str, ...] = (), numbers: bool = True) -> str:
    """`text` with everything that is not the answer's own words blanked, offsets kept, and
    lines wrapped inside a sentence joined (`reflow`); `numbers=False` keeps the numbers
    of the Acts and sections cited (see `masked_spans`).

    >>> reading_text("Yes. Under Section 12(1) the appropriate limit is £450.", rules)  # doctest: +SKIP
    'Yes.···················································'
    """
    return reflow(blank_spans(text, masked_spans(text, rules, asked, numbers=numbers)))
