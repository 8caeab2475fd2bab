"""enum: one of the field's `values`, each named by its phrases in the questionnaire
(`gross: [gross, total cost before income]`, `net: [net, after income]`)."""
from __future__ import annotations

from pipeline.extract.yesno import is_negated
from pipeline.nlp import find_phrases
from pipeline.rules import FieldSpec
from pipeline.valuetypes import ValueType
from pipeline.valuetypes._common import Candidate, Context, Reading, choose, phrase_vocab


def read_enum(text: str, spec: FieldSpec, ctx: Context) -> list[Candidate]:
    """The value whose phrase the answer uses; a denied phrase ("There is no fixed
    percentage split") does not count, and two different values go to review."""
    hits = [h for h in find_phrases(text, phrase_vocab(spec.values)) if not is_negated(text, h[1])]
    labels = list(dict.fromkeys(h[0] for h in hits))
    if not labels:
        return []
    label = labels[0]
    s, e = next((h[1], h[2]) for h in hits if h[0] == label)
    reasons = ("answer names more than one of " + ", ".join(labels),) if len(labels) > 1 else ()
    return [Candidate(label, s, e, strength="inferred" if reasons else "sentence", reasons=reasons,
                      extractor="enum")]


def parse_enum(text: str, spec: FieldSpec, ctx: Context) -> Reading:
    return choose(spec, text, spec.values)


TYPE = ValueType(name="enum", read=read_enum, parse=parse_enum, unit="",
                 allowed=lambda spec: "; ".join(spec.values))
