"""The output tables: their names, their columns in order, and the type of every column.

These lists are the contract of SPEC.md "Outputs": analysts load the CSV, Parquet and DuckDB
files by these names, so a column is added here (at the end) or not at all. Types are fixed
here rather than inferred from the rows, so that an empty table, or a column that happens to
be empty in one run, still has the same Parquet and DuckDB schema as a full one.

Five column types are used:

- ``"string"``: text. Missing text is NULL in Parquet and DuckDB and an empty cell in CSV.
- ``"int64"``: a whole number (a page, a count); NULL when missing.
- ``"float64"``: a number (``value_num``, ``confidence``, money, percentages); NULL when missing.
- ``"date"``: a calendar date (``response_date``; date fields of the wide tables), stored as
  a date (Parquet date32, DuckDB DATE) and written ``YYYY-MM-DD`` in CSV; NULL when missing.
- ``"boolean"``: true/false (boolean fields of the wide tables); NULL when missing.

The per-questionnaire (wide) tables type each field's column by its value type (money and
percent float64, count int64, date date, boolean boolean, every other type and every list
field text); each field also has a ``<field>_state`` text column saying whether it was
answered or why not (``not_held``, ``withheld``, ...).

Five columns of `answers` go beyond the SPEC's list and are written after it:

- ``reasons``: why the row needs a reviewer, several reasons joined with ``"; "``
  (e.g. ``"low confidence; weekly figure annualised"``). Empty for confident rows.
- ``original_value``: what the machine extracted, kept when a reviewer's correction
  replaced it (``status = corrected``), so a correction can always be audited.
- ``dimension``: what a figure is broken down by when one answer splits a field's value,
  e.g. ``2023/24`` and ``2022/23`` for spend given per year, ``18-64`` and ``65 and over``
  for people per age band, ``total`` for the stated total; empty for an undivided value.
  Each figure is its own row; `item` tells the rows of one field apart.
- ``respondent_code``: the GSS or ODS code of the document's respondent (as in `documents`).
"""
from __future__ import annotations

from typing import Mapping

STRING = "string"
INT64 = "int64"
FLOAT64 = "float64"
DATE = "date"
BOOLEAN = "boolean"
DTYPE_NAMES = (STRING, INT64, FLOAT64, DATE, BOOLEAN)
#: The types a field's column in a wide table may have (a value type's `column`).
WIDE_DTYPES = DTYPE_NAMES
#: Suffix of the column that holds a field's answer state in a wide table.
STATE_SUFFIX = "_state"

#: Separator for several values in one text cell: list items in wide tables, reasons, flags.
JOIN = "; "

DOCUMENTS = [
    "doc_id", "source_file", "format", "pages", "respondent", "respondent_code",
    "respondent_confidence", "respondent_source", "foi_reference", "response_date", "questionnaire", "detection", "status", "error",
    "n_answers", "n_review",
]

QA_PAIRS = [
    "doc_id", "question_number", "question_text", "answer_text", "question_id",
    "match_score", "page", "char_start", "char_end",
]

#: `reasons`, `original_value`, `dimension` and `respondent_code` are this project's
#: additions to the SPEC's list.
ANSWERS = [
    "doc_id", "source_file", "respondent", "questionnaire", "question_id", "field",
    "item", "state", "value", "value_num", "value_code", "unit", "confidence", "status",
    "extractor", "page", "char_start", "char_end", "evidence", "flags",
    "reasons", "original_value", "dimension", "respondent_code",
]

#: The prefix of a value's flag that carries its dimension ("dimension:2023/24"); the
#: writer moves it into the `dimension` column.
DIMENSION_FLAG = "dimension:"


def split_dimension(flags) -> tuple[str, str]:
    """The flags without the dimension flag, joined, and the dimension (or "").

    >>> split_dimension(("approx", "dimension:2023/24"))
    ('approx', '2023/24')
    """
    dims = [f[len(DIMENSION_FLAG):] for f in flags if f.startswith(DIMENSION_FLAG)]
    rest = [f for f in flags if not f.startswith(DIMENSION_FLAG)]
    return JOIN.join(rest), (dims[0] if dims else "")

#: The `answers` rows with status = review, plus the context a reviewer needs.
#: `priority` is a number: the higher it is, the sooner a person should look at the row.
#: `reason` says in plain words why the row is queued ("unparsed value: ...", "hedged
#: answer", "failed cross-check", "text read by OCR ...", "low confidence (0.72)");
#: `answer_highlighted` is `answer_text` with the evidence wrapped in [[ ]].
REVIEW_QUEUE = ANSWERS + ["question_text", "answer_text", "priority", "reason",
                          "answer_highlighted"]

ERRORS = ["doc_id", "source_file", "stage", "message", "hint"]

#: The first columns of every wide (one row per document) questionnaire table.
WIDE_KEYS = ["doc_id", "source_file", "respondent", "respondent_code"]

#: Table name -> columns, for the tables whose columns are fixed. The wide tables are named
#: after their questionnaire and take their columns from its fields.
TABLES: dict[str, list[str]] = {
    "documents": DOCUMENTS,
    "qa_pairs": QA_PAIRS,
    "answers": ANSWERS,
    "generic_values": ANSWERS,
    "review_queue": REVIEW_QUEUE,
    "errors": ERRORS,
}

#: The type of every non-text column of the fixed tables; any other column is text.
#: A column name means the same thing in every table that has it, so one map serves all.
TYPED_COLUMNS: dict[str, str] = {
    "response_date": DATE,
    "pages": INT64,
    "n_answers": INT64,
    "n_review": INT64,
    "match_score": FLOAT64,
    "page": INT64,
    "char_start": INT64,
    "char_end": INT64,
    "item": INT64,
    "value_num": FLOAT64,
    "confidence": FLOAT64,
    "respondent_confidence": FLOAT64,
    "priority": FLOAT64,
}


def table_dtypes(name: str, columns: list[str] | None = None) -> dict[str, str]:
    """The type of each column of table `name`.

    A fixed table (`answers`, `documents`, ...) types the columns of TYPED_COLUMNS; a wide
    questionnaire table types each field's column by the field's declaration in rules/
    (see `wide_dtypes`), so its schema does not depend on the answers a run found.

    >>> table_dtypes("qa_pairs")["match_score"]
    'float64'
    >>> table_dtypes("asc_joint_funding", ["doc_id", "care_packages_count",
    ...                                    "care_packages_count_state"])
    {'doc_id': 'string', 'care_packages_count': 'int64', 'care_packages_count_state': 'string'}
    """
    if name in TABLES:
        return {c: TYPED_COLUMNS.get(c, STRING) for c in (columns or TABLES[name])}
    if columns is None:
        raise ValueError(f"table {name!r} has no fixed columns: pass its columns")
    return wide_dtypes(name, columns)


def field_dtype(spec) -> str:
    """The type of a field's column in a wide table: its value type's `column`; a list
    field's items are joined as text."""
    from pipeline.valuetypes import value_type
    return STRING if spec.list else value_type(spec.type).column


def wide_field_specs(questionnaire: str, rules=None) -> dict:
    """Field name -> spec for the columns of a wide table: the questionnaire's own fields
    (when `questionnaire` names one), the document-level fields of rules/document_fields.yaml,
    then every other questionnaire's fields (names are unique across rules/)."""
    from pipeline.rules import load_rules
    rules = rules or load_rules()
    specs: dict = {}
    for qn in rules.questionnaires.values():
        specs.update(qn.fields)
    specs.update({name: d.spec for name, d in rules.document_fields.items()})
    own = rules.questionnaires.get(questionnaire)
    if own is not None:
        specs.update(own.fields)
    return specs


def wide_dtypes(name: str, columns: list[str], rules=None) -> dict[str, str]:
    """The types of a wide table's columns: keys and `<field>_state` columns are text, a
    field's column has `field_dtype`; a column no rule declares is text."""
    specs = wide_field_specs(name, rules)
    out = {}
    for column in columns:
        spec = specs.get(column) if column not in WIDE_KEYS else None
        out[column] = field_dtype(spec) if spec is not None else STRING
    return out


def check_dtypes(name: str, dtypes: Mapping[str, str]) -> None:
    """Raise ValueError when a type name is not one of DTYPE_NAMES (a programming mistake)."""
    bad = {c: t for c, t in dtypes.items() if t not in DTYPE_NAMES}
    if bad:
        listing = ", ".join(f"{c}={t!r}" for c, t in sorted(bad.items()))
        raise ValueError(
            f"table {name!r}: unknown column type(s) {listing}; use one of {DTYPE_NAMES}")


# --- what the tables and columns mean (datapackage.json, DuckDB comments) ----------------

#: One sentence per table: what one row is.
TABLE_DESCRIPTIONS: dict[str, str] = {
    "documents": "One row per input file: who wrote it, which questionnaire it answers, how it "
                 "went.",
    "qa_pairs": "One row per question/answer pair found in a document.",
    "answers": "One row per value (a list field: one row per item; a split figure: one row per "
               "part).",
    "generic_values": "Figures found in documents whose questionnaire is unknown; never auto.",
    "review_queue": "The answers rows a person should check (status review), most important first.",
    "errors": "One row per failed file, failed stage or stale correction, with what to do.",
}
WIDE_DESCRIPTION = ("One row per document answering questionnaire {id!r} ({title}): a typed "
                    "column per field and a `<field>_state` column saying whether it was answered.")

#: Column name -> (description, unit). A column name means the same in every table.
COLUMN_DESCRIPTIONS: dict[str, tuple[str, str]] = {
    "doc_id": ("sha256 of the input file's bytes", ""),
    "source_file": ("the input file, relative to the folder given to `foi extract`", ""),
    "format": ("the format the file was read as (.pdf, .docx, .html, .eml, .txt, ...)", ""),
    "pages": ("pages of the document (1 for a format without pages)", "pages"),
    "respondent": ("the body that wrote the response; empty when not known", ""),
    "respondent_code": ("GSS code of a council, ODS code of an ICB or NHS trust", ""),
    "respondent_confidence": ("how sure the respondent is", "0-1"),
    "respondent_source": ("the strongest evidence for the respondent (letterhead, signature, "
                          "email_domain, opening, self_reference, filename, body_text)", ""),
    "foi_reference": ("the responder's own request reference, as written", ""),
    "response_date": ("the date of the response (a month-precision date is the 1st)", "date"),
    "questionnaire": ("the questionnaire the document answers, or `unknown`", ""),
    "detection": ("why that questionnaire: which questions matched at what score", ""),
    "status": ("documents: ok, partial or failed; answers: auto, review or corrected", ""),
    "error": ("why a document is partial or failed", ""),
    "n_answers": ("answered values of the document", "values"),
    "n_review": ("values of the document waiting for review", "values"),
    "question_number": ("the question's number as the document writes it", ""),
    "question_text": ("the question's wording as the document writes it", ""),
    "answer_text": ("the answer's text", ""),
    "question_id": ("the canonical question of the questionnaire; empty when none matched", ""),
    "match_score": ("how well the question matched its canonical question", "0-100"),
    "page": ("page of the document where the text starts", ""),
    "char_start": ("offset in the document text where the evidence starts", "characters"),
    "char_end": ("offset in the document text where the evidence ends", "characters"),
    "field": ("the field (see data_dictionary)", ""),
    "item": ("0, 1, ... for the items of a list field or the parts of a split figure", ""),
    "state": ("answered, not_applicable, not_held, withheld, not_answered or see_other", ""),
    "value": ("the value in canonical text (money 41702950.00, date 2024-03-31, yes/no, ...)", ""),
    "value_num": ("the value as a number, for money, counts and percentages", "see unit"),
    "value_code": ("ODS or GSS code of an entity value", ""),
    "unit": ("the unit of value_num (GBP, percent) or the kind of value (date, council, ...)", ""),
    "confidence": ("how sure the machine is of the value", "0-1"),
    "extractor": ("what found the value", ""),
    "evidence": ("the text the value was read from", ""),
    "flags": ("notes on the value, joined with '; ' (derived, approx, range, thousands, ...)", ""),
    "reasons": ("why the value needs a reviewer, joined with '; '", ""),
    "original_value": ("the machine's value when a reviewer corrected it", ""),
    "dimension": ("what a figure is broken down by when an answer splits it "
                  "(2023/24, 18-64, total); empty for an undivided value", ""),
    "priority": ("the higher, the sooner to review: field importance x (1 - confidence)", ""),
    "reason": ("why the row is queued, in plain words", ""),
    "answer_highlighted": ("answer_text with the evidence wrapped in [[ ]]", ""),
    "stage": ("the stage that failed (ingest, segment, extract, corrections, ...)", ""),
    "message": ("what went wrong", ""),
    "hint": ("what to do about it", ""),
}
STATE_DESCRIPTION = ("whether {field} was answered: answered, or not_applicable, not_held, "
                     "withheld, not_answered, see_other; empty when the document says nothing")

#: Primary key of each fixed table; a wide table's is (doc_id, source_file).
PRIMARY_KEYS: dict[str, list[str]] = {
    "documents": ["doc_id", "source_file"],
    "answers": ["doc_id", "source_file", "field", "item"],
    "generic_values": ["doc_id", "source_file", "field", "item"],
    "review_queue": ["doc_id", "source_file", "field", "item"],
}
#: Tables whose rows belong to a row of `documents` (a wide table's do too); `errors` may
#: name a file or correction that has no document, so it has no foreign key.
DOCUMENT_CHILDREN = ("qa_pairs", "answers", "generic_values", "review_queue")
