"""Yes/no answers written as sentences, and "was a copy provided?" booleans.

FIELD_NOTES: "No frameworks are [council] commissioned" means no; "ICB will sometimes joint
fund ... on a case-by-case basis" is case-by-case; "No (except Education ...)" is no with a
qualification; "a draft policy is being developed" is partial.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.extract.mask import LEADING_LABEL
from pipeline.rules import Rules

_BULLET = re.compile(r"^[\s\-–—•*>\"'“‘(]+")
_FIRST_SENTENCES = re.compile(r"^(.+?[.!?;])(\s+.+?[.!?;])?(?=\s|$)", re.S)


@dataclass(frozen=True)
class Reading:
    """A reading of an answer: its value, how sure the reading is, and why."""

    value: str
    start: int
    end: int
    strength: str  # "explicit" | "sentence" | "hedged" | "inferred"
    reasons: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()


@functools.cache
def _compiled(rules: Rules) -> dict:
    f = re.IGNORECASE
    yn = rules.phrasings["yesno"]
    out = {k: {"lead": [re.compile(p, f) for p in yn[k].get("lead", [])],
               "anywhere": [re.compile(p, f) for p in yn[k].get("anywhere", [])]}
           for k in ("yes", "no", "partial", "case_by_case")}
    out["hedges"] = [re.compile(p, f) for p in yn["hedges"]]
    out["bool_true"] = [re.compile(p, f) for p in rules.phrasings["boolean"]["true"]]
    out["bool_false"] = [re.compile(p, f) for p in rules.phrasings["boolean"]["false"]]
    out["bool_elsewhere"] = [re.compile(p, f) for p in rules.phrasings["boolean"].get("elsewhere", ())]
    return out


def _opening(answer: str) -> tuple[str, int]:
    label = LEADING_LABEL.match(answer)
    m = _BULLET.match(answer, label.end() if label else 0)
    skip = m.end() if m else (label.end() if label else 0)
    body = answer[skip:]
    s = _FIRST_SENTENCES.match(body)
    return (s.group(0) if s else body[:400]), skip


def read_yesno(answer: str, allowed: tuple[str, ...], rules: Rules) -> Reading | None:
    """Read yes / no / partial / case_by_case from an answer, or None if it says neither.

    >>> read_yesno("No (except Education which is internal).", ("yes", "no"), rules).value  # doctest: +SKIP
    'no'
    """
    pats = _compiled(rules)
    opening, skip = _opening(answer)
    hits: dict[str, tuple[int, int, str]] = {}
    for value in ("yes", "no"):
        for rx in pats[value]["lead"]:
            m = rx.match(opening)
            if m:
                hits.setdefault(value, (m.start(), m.end(), "lead"))
                break
    for value in ("yes", "no", "partial", "case_by_case"):
        if value in hits:
            continue
        for rx in pats[value]["anywhere"]:
            m = rx.search(opening)
            if m:
                hits[value] = (m.start(), m.end(), "anywhere")
                break
    hedged = [rx.pattern for rx in pats["hedges"] if rx.search(opening)]
    explicit = re.match(r"(yes|no)\b", opening, re.I)
    special = [v for v in ("case_by_case", "partial") if v in hits and v in allowed]
    if special:
        value = special[0]
        s, e, _ = hits[value]
        reasons = ("hedged answer",) if explicit or len(hits) > 1 else ()
        return Reading(value, skip + s, skip + e, "hedged" if reasons else "sentence", reasons)
    plain = [v for v in ("yes", "no") if v in hits]
    if not plain:
        return None
    if len(plain) == 2 and not explicit:
        # both readings present ("There is no policy, but we have a protocol"): a person decides
        s, e, _ = hits["no"]
        return Reading("no", skip + s, skip + e, "inferred", ("answer reads both yes and no",))
    value = explicit.group(1).lower() if explicit else plain[0]
    s, e, how = hits.get(value, (0, 0, "lead"))
    if explicit:
        flags = ("qualified",) if hedged else ()
        return Reading(value, skip + explicit.start(), skip + explicit.end(), "explicit", (), flags)
    if hedged:
        return Reading(value, skip + s, skip + e, "hedged", ("hedged answer",))
    return Reading(value, skip + s, skip + e, "sentence" if how == "lead" else "inferred")


def read_boolean(answer: str, true_when: tuple[str, ...], false_when: tuple[str, ...],
                 rules: Rules) -> Reading | None:
    """Read true/false: a field's own phrases first, then the shared "copy provided" ones.

    A field with phrases of its own ("fixed percentage", "case by case") asks something the
    shared words do not answer: "attached" or "no document" there is only a suggestion for
    a reviewer, never `auto`.

    >>> read_boolean("There is no fixed percentage; costs are agreed case by case.", (), ("no fixed percentage",), rules).value  # doctest: +SKIP
    'false'
    """
    low = answer.lower()
    for value, phrases in (("false", false_when), ("true", true_when)):
        for phrase in phrases:
            i = low.find(phrase.lower())
            if i >= 0:
                if value == "true" and is_negated(answer, i):
                    value = "false"  # "There is no shared percentage"
                return Reading(value, i, i + len(phrase), "sentence")
    pats = _compiled(rules)
    stripped = answer.strip()
    offset = answer.find(stripped)
    # "available on our website, so we have not attached it": published, not attached
    keys = (("true", "bool_elsewhere"), ("false", "bool_false"), ("true", "bool_true")) \
        if any(rx.search(stripped) for rx in pats["bool_elsewhere"]) else \
        (("false", "bool_false"), ("true", "bool_true"))
    for value, key in keys:
        for rx in pats[key]:
            m = rx.search(stripped)
            if m:
                if key == "bool_elsewhere":
                    return Reading(value, offset + m.start(), offset + m.end(), "hedged",
                                   reasons=("the answer points to a published copy instead of "
                                            "attaching one",))
                if true_when or false_when:
                    return Reading(value, offset + m.start(), offset + m.end(), "inferred",
                                   reasons=(f"read from the general words '{m.group(0)}', not "
                                            f"from this question's own phrases",))
                strength = "explicit" if re.match(r"(yes|no)\b", stripped, re.I) else "sentence"
                return Reading(value, offset + m.start(), offset + m.end(), strength)
    return None


# a line break inside a sentence (a PDF's or a narrow cell's wrapping), before a word in
# lower case: not the end of a clause
_WRAPPED = re.compile(r"(?<![.;:!?])[ \t]*\n[ \t]*(?=[a-z(£\d])")
_NEGATOR = re.compile(r"\b(no|not|never|without|nor|neither|none)\b|n't\b", re.IGNORECASE)


def is_negated(text: str, start: int, window: int = 40) -> bool:
    """True when the phrase at `start` is denied within its clause ("There is no funding tool").

    >>> is_negated("There is no joint funding tool.", 18)
    True
    >>> is_negated("No. Splits are agreed case by case.", 22)
    False
    >>> is_negated("No, the ICB also uses the CHAT tool.", 26)
    False
    >>> is_negated("No – the ICB also uses the DST.", 27)
    False
    >>> is_negated("each case; there is no\\nshared percentage.", 23)
    True
    """
    before = _WRAPPED.sub(" ", text[max(0, start - window):start + 1])[:-1]
    clause = re.split(r"[.,;:!?\n–—]| - |\b(?:but|although|though|while|whereas)\b", before)[-1]
    return bool(_NEGATOR.search(clause))



# A negation in a sentence that restates the question: "The framework is not the only
# criteria", "The ICB does not contribute", "No placements are jointly funded".
_NEGATION = re.compile(r"\b(?:not|no|never|none|neither|nor|cannot|without)\b|n[’']t\b", re.IGNORECASE)
RESTATED_SHARE = 0.4  # share of the question's content words the answer's sentence repeats
RESTATED_MIN_WORDS = 2


def read_restatement(answer: str, asked: tuple[str, ...], stop: frozenset) -> Reading | None:
    """Yes or no from an answer that restates the question instead of saying yes or no.

    "Do health jointly fund external placements?" answered "NHS Devon ICB does contribute
    to the cost of some external placements" is yes; "Is it the only criteria?" answered
    "The continuing care framework is not the only criteria" is no. The reading is only
    `inferred` (the value goes to review): the sentence repeats the question's words, with
    or without a negation, and a person confirms what it means.
    """
    from pipeline.segment.wording import word_stems

    opening, skip = _opening(answer)
    first = re.match(r"[^.!?;\n]+", opening)
    if not first:
        return None
    sentence = first.group(0)
    said = word_stems(sentence, stop, min_len=3)
    best = 0.0
    for wording in asked:
        wanted = word_stems(wording, stop, min_len=3)
        shared = len(wanted & said)
        if wanted and shared >= RESTATED_MIN_WORDS:
            best = max(best, shared / len(wanted))
    if best < RESTATED_SHARE:
        return None
    value = "no" if _NEGATION.search(sentence) else "yes"
    start = skip + first.start()
    return Reading(value, start, start + len(sentence.rstrip()), "inferred",
                   (f"read from a sentence that restates the question ({'with' if value == 'no' else 'without'} "
                    "a negation): check it answers yes or no",))
