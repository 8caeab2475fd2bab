"""The output tables: their names, their columns in order, and the type of every column.

These lists are the contract of SPEC.md "Outputs": analysts load the CSV, Parquet and DuckDB
files by these names, so a column is added here (at the end) or not at all. Types are fixed
here rather than inferred from the rows, so that an empty table, or a column that happens to
be empty in one run, still has the same Parquet and DuckDB schema as a full one.

Three column types are used:

- ``"string"``: text; never null in the files (missing is written as ``""``), so CSV,
  Parquet and DuckDB agree on what an empty cell is.
- ``"int64"``: a whole number that may be missing (a page of a text file, say).
- ``"float64"``: a number that may be missing (``value_num``, ``confidence``).

Two columns of `answers` go beyond the SPEC's list and are written after it:

- ``reasons``: why the row needs a reviewer, several reasons joined with ``"; "``
  (e.g. ``"low confidence; weekly figure annualised"``). Empty for confident rows.
- ``original_value``: what the machine extracted, kept when a reviewer's correction
  replaced it (``status = corrected``), so a correction can always be audited.
- ``dimension``: what a figure is broken down by when one answer splits a field's value,
  e.g. ``2023/24`` and ``2022/23`` for spend given per year, ``18-64`` and ``65 and over``
  for people per age band, ``total`` for the stated total; empty for an undivided value.
  Each figure is its own row; `item` tells the rows of one field apart.
"""
from __future__ import annotations

from typing import Mapping

STRING = "string"
INT64 = "int64"
FLOAT64 = "float64"
DTYPE_NAMES = (STRING, INT64, FLOAT64)

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

#: `reasons`, `original_value` and `dimension` are this project's additions to the SPEC's list.
ANSWERS = [
    "doc_id", "source_file", "respondent", "questionnaire", "question_id", "field",
    "item", "state", "value", "value_num", "value_code", "unit", "confidence", "status",
    "extractor", "page", "char_start", "char_end", "evidence", "flags",
    "reasons", "original_value", "dimension",
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
NUMERIC_COLUMNS: dict[str, str] = {
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

    A fixed table (`answers`, `documents`, ...) types its numeric columns; a wide
    questionnaire table is text throughout, since one column may hold "£1.6m" for one
    respondent and "[withheld]" for the next.

    >>> table_dtypes("qa_pairs")["match_score"]
    'float64'
    >>> table_dtypes("asc_joint_funding", ["doc_id", "care_packages_count"])
    {'doc_id': 'string', 'care_packages_count': 'string'}
    """
    fixed = name in TABLES
    if columns is None:
        if not fixed:
            raise ValueError(f"table {name!r} has no fixed columns: pass its columns")
        columns = TABLES[name]
    return {c: (NUMERIC_COLUMNS.get(c, STRING) if fixed else STRING) for c in columns}


def check_dtypes(name: str, dtypes: Mapping[str, str]) -> None:
    """Raise ValueError when a type name is not one of DTYPE_NAMES (a programming mistake)."""
    bad = {c: t for c, t in dtypes.items() if t not in DTYPE_NAMES}
    if bad:
        listing = ", ".join(f"{c}={t!r}" for c, t in sorted(bad.items()))
        raise ValueError(
            f"table {name!r}: unknown column type(s) {listing}; use one of {DTYPE_NAMES}")
