"""The data dictionary: every field of every questionnaire, built from rules/ alone.

An analyst opening `answers` or a wide questionnaire table needs to know what each field
means: which question it answers (id, number, wording), its type and unit, whether it is a
list, the values it may take, how it may be derived or checked, and which answer states it
can have. All of that is already in the questionnaire YAML files, so the dictionary is
generated, never written by hand: `foi extract` writes it next to the tables
(`data_dictionary.md`, `data_dictionary.csv`) and `foi rules dictionary --out docs` keeps
`docs/data_dictionary.md` in the repository up to date.

    >>> rows = dictionary_rows(load_rules())  # doctest: +SKIP
    >>> rows[0]["field"], rows[0]["type"], rows[0]["unit"]  # doctest: +SKIP
    ('dass_name', 'person', 'name as written')
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from pipeline.rules import STATES, FieldSpec, Question, Questionnaire, Rules
from pipeline.tables import field_dtype
from pipeline.valuetypes import value_type
from pipeline.write import atomic_write

MARKDOWN_FILE = "data_dictionary.md"
CSV_FILE = "data_dictionary.csv"

COLUMNS = [
    "questionnaire", "questionnaire_title", "question_id", "question_number", "question_text",
    "parent_question", "field", "type", "entity", "unit", "list", "allowed_values",
    "plausible_range", "description", "states", "importance", "column_type",
]

_ANSWERED = "answered"
#: The `questionnaire` of the dictionary rows of the document-level fields.
DOCUMENT_LEVEL = "(every questionnaire)"



def _checks_of(qn: Questionnaire, name: str) -> list[str]:
    out = []
    for chk in qn.checks:
        kind = chk["check"]
        if kind == "weekly_annual" and name in (chk["weekly"], chk["annual"]):
            out.append(f"weekly {chk['weekly']} × 52 should match annual {chk['annual']}")
        elif kind == "not_greater" and name in (chk["small"], chk["large"]):
            out.append(f"{chk['small']} should not exceed {chk['large']}")
        elif kind == "percent_of_total" and name in (chk["percent"], chk["amount"], chk["total"]):
            out.append(f"{chk['percent']} % of {chk['total']} should equal {chk['amount']}")
        elif kind == "percent_sum" and name in chk["fields"]:
            out.append(f"{' + '.join(chk['fields'])} should not exceed {chk.get('max', 100)}%")
    return out


def _description(qn: Questionnaire, q: Question, spec: FieldSpec) -> str:
    parts = [spec.description.rstrip(".")] if spec.description else []
    if spec.derive.get("op") == "weekly_to_annual":
        parts.append(f"when not stated, derived as {spec.derive['from']} × 52 (flag derived)")
    elif spec.derive.get("op") == "percent_of":
        parts.append(f"when not stated, derived as {spec.derive['percent']} % of "
                     f"{spec.derive['total']} (flag derived)")
    if "question" in spec.search:
        parts.append("read from the question's wording when the answer does not say (flag from_question)")
    if spec.answered_only_if_yes:
        parts.append(f"read only when {spec.answered_only_if_yes} is not 'no'")
    if q.parent and q.when_parent_no:
        parent = qn.question(q.parent)
        parts.append(f"{q.when_parent_no} when question {parent.number if parent else q.parent} "
                     f"is answered no (flag derived)")
    note = value_type(spec.type).note_of(spec)  # what the type's reader does with this field
    if note:
        parts.append(note)
    parts += [f"check: {c}" for c in _checks_of(qn, spec.name)]
    return "; ".join(parts)


def dictionary_rows(rules: Rules) -> list[dict]:
    """One row per field of every questionnaire (in file order), then the document-level
    fields of rules/document_fields.yaml."""
    rows = []
    for qn in sorted(rules.questionnaires.values(), key=lambda x: x.id):
        for q in qn.questions:
            for spec in q.fields:
                vt = value_type(spec.type)
                rows.append({
                    "questionnaire": qn.id, "questionnaire_title": qn.title,
                    "question_id": q.id, "question_number": q.number,
                    "question_text": q.text, "parent_question": q.parent,
                    "field": spec.name, "type": spec.type, "entity": spec.entity,
                    "unit": vt.unit_of(spec), "list": "yes" if spec.list else "no",
                    "allowed_values": vt.allowed_of(spec), "plausible_range": _range(spec),
                    "description": _description(qn, q, spec),
                    "states": "; ".join((_ANSWERED, *STATES)), "importance": str(spec.importance),
                    "column_type": field_dtype(spec),
                })
    for name, declared in rules.document_fields.items():  # rules/document_fields.yaml
        spec = declared.spec
        rows.append({
            "questionnaire": DOCUMENT_LEVEL, "questionnaire_title": "",
            "question_id": "", "question_number": "", "question_text": "",
            "parent_question": "", "field": name, "type": spec.type, "entity": "",
            "unit": declared.unit or value_type(spec.type).unit_of(spec),
            "list": "yes" if spec.list else "no",
            "allowed_values": "; ".join(spec.values), "plausible_range": "",
            "description": spec.description, "states": _ANSWERED, "importance": "1",
            "column_type": field_dtype(spec),
        })
    return rows


def _range(spec) -> str:
    """`plausible: [min, max]` as "min to max" (a value outside goes to review)."""
    if not spec.plausible:
        return ""
    low, high = spec.plausible
    return f"{low:,.0f} to {high:,.0f}"


def dictionary_csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def dictionary_markdown(rules: Rules) -> str:
    """The dictionary as Markdown: one section per questionnaire, one table row per field."""
    rows = dictionary_rows(rules)
    lines = [
        "# Data dictionary",
        "",
        "Generated from `rules/` by `foi rules dictionary` (also written as `data_dictionary.md`",
        "and `data_dictionary.csv` next to the tables on every `foi extract`). Do not edit by",
        "hand: change the questionnaire YAML and regenerate.",
        "",
        "Every field is a row of `answers` (`field`, `value`, `value_num`, `value_code`, `unit`,",
        "`state`, ...) and two columns of its questionnaire's wide table: the value, typed by the",
        "field's type (money and percent float64, count int64, date a date, boolean a boolean,",
        "other types text; `column_type` in `data_dictionary.csv`), and `<field>_state`.",
        "A list field has one `answers` row per item (`item` 0..n) and its items joined with `; `",
        "in the wide table.",
        "A figure that an answer splits by year or age band carries its part in the `answers`",
        "column `dimension` (`2023/24`, `18-64`, `total`); it is empty for an undivided value.",
        "",
        "Every field can have these states: " + ", ".join(f"`{s}`" for s in (_ANSWERED, *STATES))
        + "; a value comes only with `answered`.",
        "",
    ]
    by_qn: dict[str, list[dict]] = {}
    for r in rows:
        by_qn.setdefault(r["questionnaire"], []).append(r)
    header = ("| question | field | type | unit | list | allowed values | plausible | notes |\n"
              "|---|---|---|---|---|---|---|---|")
    for qn_id, items in by_qn.items():
        qn = rules.questionnaires.get(qn_id)
        if qn is not None:
            lines += [f"## `{qn.id}`: {qn.title}", "",
                      f"{len(qn.questions)} questions, {len(qn.fields)} fields "
                      f"(`{Path(qn.source).name}`).", ""]
            lines += ["| q | wording |", "|---|---|"]
            lines += [f"| {q.number or q.id} | {_cell(q.text)} |" for q in qn.questions]
            lines += ["", header]
        else:
            lines += ["## Document-level fields (every questionnaire)", "", header]
        for r in items:
            ftype = f"{r['type']}:{r['entity']}" if r["entity"] else r["type"]
            where = r["question_number"] or r["question_id"] or "doc"
            lines.append(f"| {_cell(where)} | `{r['field']}` | {ftype} | {_cell(r['unit'])} | "
                         f"{r['list']} | {_cell(r['allowed_values'])} | {_cell(r['plausible_range'])} | "
                         f"{_cell(r['description'])} |")
        lines.append("")
    return "\n".join(lines)


def write_dictionary(rules: Rules, out_dir: Path) -> list[Path]:
    """Write `data_dictionary.md` and `data_dictionary.csv` into `out_dir`, atomically."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in ((MARKDOWN_FILE, dictionary_markdown(rules)),
                       (CSV_FILE, dictionary_csv(dictionary_rows(rules)))):
        data = text.encode("utf-8")
        atomic_write(out_dir / name, lambda f, data=data: f.write(data))
        written.append(out_dir / name)
    return written
