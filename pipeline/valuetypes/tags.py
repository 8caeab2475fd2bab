"""tags: the labels of the field's `tags` whose phrases an answer uses, one value each
(a list field): "agreed at a joint panel using the DST" -> `joint_panel`, `dst`."""
from __future__ import annotations

import re

from pipeline.extract.yesno import is_negated
from pipeline.nlp import find_phrases
from pipeline.rules import FieldSpec
from pipeline.valuetypes import ValueType
from pipeline.valuetypes._common import Candidate, Context, Reading, choose, phrase_vocab


def generic_phrases(label: str, phrases) -> frozenset[str]:
    """The phrases of a tag that are one common word other than the tag's own name.

    "panel" suggests `joint_panel` and "calculator" `funding_tool`, but many answers use the
    word for something else; "Housing" for the tag Housing is the tag itself. Written in
    lower case in the questionnaire; an acronym ("DST") or a capitalised name is specific.

    >>> sorted(generic_phrases("joint_panel", ["joint panel", "panel", "DST"]))
    ['panel']
    """
    own = label.lower().replace("_", " ")
    return frozenset(p for p in phrases
                     if re.fullmatch(r"[a-z]+", p) and p != own and p.rstrip("s") != own)


def read_tags(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    """Each tag whose phrase the answer uses, not negated. A tag found only through a
    generic word is a suggestion for a reviewer, never `auto`."""
    seen: dict[str, Candidate] = {}
    for label, s, e in find_phrases(text, phrase_vocab(spec.tags)):
        if is_negated(text, s):
            continue
        word = text[s:e].lower()
        generic = word in generic_phrases(label, spec.tags[label])
        cand = Candidate(label, s, e, strength="inferred" if generic else "sentence", extractor="tags",
                         reasons=(f"only the general word '{text[s:e]}' suggests {label}",) if generic else ())
        prior = seen.get(label)
        if prior is None or (prior.reasons and not generic):
            seen[label] = cand
    return sorted(seen.values(), key=lambda c: c.start)


def parse_tags(text: str, spec: FieldSpec, ctx: Context) -> Reading:
    return choose(spec, text, spec.tags)


TYPE = ValueType(name="tags", read=read_tags, parse=parse_tags, unit="",
                 allowed=lambda spec: "; ".join(spec.tags))
