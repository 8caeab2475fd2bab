"""The output folder described for machines: a Frictionless `datapackage.json`.

Every table of a run is a CSV resource with a Table Schema: each column's name, type
(string, integer, number, date, boolean: the types of `pipeline.tables`, the same as the
Parquet and DuckDB files), description and unit, the table's primary key and its foreign
key to `documents`, and the missing-value convention (an empty CSV cell is missing; in
Parquet and DuckDB it is NULL). `frictionless validate data/processed/datapackage.json`
checks the files against it, and R, pandas or any Frictionless tool can read the CSVs back
with the right types:

    >>> from frictionless import Package  # doctest: +SKIP
    >>> package = Package("data/processed/datapackage.json")  # doctest: +SKIP
    >>> package.get_resource("answers").to_pandas()  # doctest: +SKIP

The same descriptions become the column comments of `foi.duckdb` (`pipeline.write`). What
a questionnaire's field means comes from rules/ through the data dictionary
(`pipeline.dictionary`), so nothing here is written twice.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Mapping

from pipeline.tables import (
    BOOLEAN, COLUMN_DESCRIPTIONS, DATE, DOCUMENT_CHILDREN, FLOAT64, INT64, PRIMARY_KEYS,
    STATE_DESCRIPTION, STATE_SUFFIX, STRING, TABLE_DESCRIPTIONS, TABLES, WIDE_DESCRIPTION,
    WIDE_KEYS, table_dtypes,
)

PACKAGE_FILE = "datapackage.json"
#: Our column types as Table Schema field types.
FRICTIONLESS_TYPES = {STRING: "string", INT64: "integer", FLOAT64: "number", DATE: "date",
                      BOOLEAN: "boolean"}
#: An empty CSV cell is a missing value (NULL in Parquet and DuckDB).
MISSING_VALUES = [""]
_WIDE_KEY = ["doc_id", "source_file"]


def _field_docs(rules) -> dict[str, dict[str, dict]]:
    """Data dictionary rows by questionnaire and field (document-level fields under "")."""
    from pipeline.dictionary import DOCUMENT_LEVEL, dictionary_rows
    out: dict[str, dict[str, dict]] = {}
    for row in dictionary_rows(rules):
        qn = "" if row["questionnaire"] == DOCUMENT_LEVEL else row["questionnaire"]
        out.setdefault(qn, {})[row["field"]] = row
    return out


def column_descriptions(name: str, columns: list[str], rules=None,
                        docs: Mapping[str, Mapping[str, dict]] | None = None
                        ) -> dict[str, tuple[str, str]]:
    """(description, unit) of every column of table `name`.

    A fixed table's columns are described in `pipeline.tables`; a wide table's field
    columns by the data dictionary (the question and the field's description and unit).
    """
    if name not in TABLES:
        from pipeline.rules import load_rules
        rules = rules or load_rules()
        docs = docs if docs is not None else _field_docs(rules)
    out = {}
    for column in columns:
        if column in COLUMN_DESCRIPTIONS and (name in TABLES or column in WIDE_KEYS):
            out[column] = COLUMN_DESCRIPTIONS[column]
            continue
        field = column[:-len(STATE_SUFFIX)] if column.endswith(STATE_SUFFIX) else column
        row = (docs or {}).get(name, {}).get(field) or (docs or {}).get("", {}).get(field)
        if column != field and row is not None:
            out[column] = (STATE_DESCRIPTION.format(field=field), "")
        elif row is not None:
            parts = [f"Q{row['question_number'] or row['question_id']}: {row['question_text']}"
                     if row["question_text"] else "", row["description"] or row["field"],
                     f"values: {row['allowed_values']}" if row["allowed_values"] else ""]
            out[column] = (" ".join(_sentence(p) for p in parts if p), row["unit"])
        else:
            out[column] = ("", "")
    return out


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else text + "."


def table_schema(name: str, columns: list[str], rules=None, docs=None) -> dict:
    """The Table Schema of one output table."""
    dtypes = table_dtypes(name, columns)
    described = column_descriptions(name, columns, rules, docs)
    fields = []
    for column in columns:
        text, unit = described[column]
        field = {"name": column, "type": FRICTIONLESS_TYPES[dtypes[column]]}
        if text:
            field["description"] = text
        if unit:
            field["unit"] = unit
        fields.append(field)
    schema: dict = {"fields": fields, "missingValues": MISSING_VALUES}
    key = PRIMARY_KEYS.get(name) if name in TABLES else _WIDE_KEY
    if key and all(k in columns for k in key):
        schema["primaryKey"] = list(key)
    if (name in DOCUMENT_CHILDREN or name not in TABLES) and "doc_id" in columns:
        schema["foreignKeys"] = [{"fields": ["doc_id"],
                                  "reference": {"resource": "documents", "fields": ["doc_id"]}}]
    return schema


def package_descriptor(tables: Mapping[str, list[str]], rules=None) -> dict:
    """The data package of a run's tables: `tables` maps a table name to its columns."""
    from pipeline.rules import load_rules
    rules = rules or load_rules()
    docs = _field_docs(rules)
    resources = []
    for name, columns in tables.items():
        qn = rules.questionnaires.get(name)
        description = TABLE_DESCRIPTIONS.get(name) or (
            WIDE_DESCRIPTION.format(id=name, title=qn.title) if qn else "")
        schema = table_schema(name, list(columns), rules, docs)
        if "foreignKeys" in schema and "documents" not in tables:
            del schema["foreignKeys"]
        resources.append({
            "name": name, "path": f"{name}.csv", "profile": "tabular-data-resource",
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "description": description, "schema": schema,
        })
    return {
        "profile": "tabular-data-package",
        "name": "foi-responses",
        "title": "Freedom of Information responses as tables",
        "description": ("Tables extracted by `foi extract`. An empty CSV cell is a missing "
                        "value (NULL in the Parquet files and foi.duckdb, which have the same "
                        "columns and types). What every questionnaire field means is in "
                        "data_dictionary.csv / data_dictionary.md."),
        "resources": resources,
    }


def write_datapackage(out_dir: Path, descriptor: Mapping) -> Path:
    """Write `datapackage.json` into `out_dir`, atomically."""
    from pipeline.write import atomic_write
    data = (json.dumps(descriptor, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
    target = Path(out_dir) / PACKAGE_FILE
    atomic_write(target, lambda f: f.write(data))
    return target
