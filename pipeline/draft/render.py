"""The drafted questionnaire as YAML a researcher edits, every proposal marked as one.

The schema has no place for "this is a guess", so the marks are YAML comments (`# PROPOSED`,
with the evidence) and each field's `description` starts with "Proposed:", which the data
dictionary shows until the researcher rewrites it. The file loads as it is.
"""
from __future__ import annotations

import json

from pipeline.draft import Draft, DraftQuestion
from pipeline.draft.fields import DraftField

_HEADER = """\
# DRAFT questionnaire, proposed by `foi questionnaire draft` from {n} responses.
# It validates and detects the responses it came from as it is. Before relying on it:
#   1. rename the fields (names become table columns) and rewrite their descriptions;
#   2. check each field's type against the lines marked PROPOSED (the evidence is beside them);
#   3. prune aliases that are not rewordings of their question; add keywords;
#   4. `foi rules validate`, then `foi extract`.
"""


def _q(text: str) -> str:
    """A YAML scalar that reads back as the same string (JSON strings are YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _options(f: DraftField) -> list[str]:
    out = []
    for key in ("entity", "period", "list"):
        if key in f.options:
            value = f.options[key]
            out.append(f"{key}: {'true' if value is True else value}")
    if f.options.get("allowed"):
        out.append("allowed: [" + ", ".join(_q(a) for a in f.options["allowed"]) + "]")
    if f.options.get("search"):
        out.append("search: [" + ", ".join(f.options["search"]) + "]")
    if f.options.get("plausible"):
        lo, hi = f.options["plausible"]
        out.append(f"plausible: [{lo}, {hi}]")
    return out


def _field_lines(name: str, f: DraftField) -> list[str]:
    lines = [f"      # PROPOSED {f.type}: {f.why}"]
    if f.options.get("plausible") and f.type != "percent":
        lines.append("      #   plausible: zero to ten times the largest value seen; set real bounds")
    description = _q(f"Proposed: {f.why}")
    if f.type == "enum":
        lines.append(f"      - name: {name}")
        lines.append("        type: enum")
        lines.append(f"        description: {description}")
        lines.append("        values:")
        for label, phrases in f.options["values"].items():
            # quoted: YAML would read a bare 50_50 as a number, and yes/no as booleans
            lines.append(f"          {_q(label)}: [" + ", ".join(_q(p) for p in phrases) + "]")
        return lines
    parts = [f"name: {name}", f"type: {f.type}", *_options(f), f"description: {description}"]
    lines.append("      - {" + ", ".join(parts) + "}")
    return lines


def _question_lines(q: DraftQuestion) -> list[str]:
    lines = [f"  # asked in {q.support} responses"]
    lines.append(f"  - id: {q.id}")
    if q.number:
        lines.append(f"    number: {_q(q.number)}")
    if q.parent:
        lines.append(f"    parent: {q.parent}  # PROPOSED: numbered as its sub-question")
    lines.append(f"    text: {_q(q.text)}")
    if q.aliases:
        lines.append("    aliases:")
        lines.extend(f"      - {_q(a)}" for a in q.aliases)
    lines.append("    fields:")
    for name, f in q.fields:
        lines.extend(_field_lines(name, f))
    return lines


def render_yaml(draft: Draft) -> str:
    """The draft as YAML text, comments and all."""
    lines = [_HEADER.format(n=draft.n_responses).rstrip("\n")]
    lines.append(f"id: {draft.id}")
    lines.append(f"title: {_q(draft.title)}")
    lines.append("# PROPOSED: phrases of the questions that most responses use")
    if draft.keywords:
        lines.append("keywords:")
        lines.extend(f"  - {_q(k)}" for k in draft.keywords)
    else:
        lines.append("keywords: []")
    lines.append("questions:")
    for q in draft.questions:
        lines.extend(_question_lines(q))
    return "\n".join(lines) + "\n"
