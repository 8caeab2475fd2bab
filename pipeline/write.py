"""Write stage: tidy tables as CSV and Parquet, and one DuckDB file holding them all.

Text cells that a spreadsheet would run as a formula (`=HYPERLINK(...)`, `@SUM(A1)`) get a
leading apostrophe in CSV only; Parquet and DuckDB hold the true text, and `read_table`
removes the guard again (see `pipeline.spreadsheet`).

Every file is written to a temporary file in the same folder, flushed to disk, and then
moved over the old one with `os.replace`, so a crash (or a full disk) at any moment leaves
either the previous table or the new one, never half of one. Column types come from
`pipeline.tables`, so a table's schema does not depend on which rows a run happened to find.

A run's files are written into a fresh folder and published all at once by
`pipeline.publish`, so tables of two runs are never side by side.

Only this module turns rows into files; the stages before it hand over plain dicts.
"""
from __future__ import annotations

import csv
import datetime as dt
import enum
import json
import math
import os
import re
from pathlib import Path
from typing import Callable, Iterable, Mapping

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from pipeline.durable import fsync_dir, temp_path
from pipeline.errors import FoiError
from pipeline.model import State
from pipeline.spreadsheet import neutralise, restore
from pipeline.tables import (
    BOOLEAN, DATE, FLOAT64, INT64, JOIN, STATE_SUFFIX, STRING, TABLES, WIDE_KEYS, check_dtypes,
    field_dtype, table_dtypes, wide_field_specs,
)

DUCKDB_FILE = "foi.duckdb"
#: The data dictionary of rules/ (`pipeline.dictionary`) as a table of `foi.duckdb`.
DICTIONARY_TABLE = "data_dictionary"
_TABLE_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_ARROW_TYPES = {STRING: pa.string(), INT64: pa.int64(), FLOAT64: pa.float64(),
                DATE: pa.date32(), BOOLEAN: pa.bool_()}
#: How pandas should read a column back from Parquet, when its default would lose the type
#: (an int64 column with a NULL would become float64): nullable Int64 and boolean.
_PANDAS_DTYPES = {INT64: ("int64", "Int64"), BOOLEAN: ("bool", "boolean")}
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
_TRUE_WORDS = {"true": True, "false": False, "yes": True, "no": False}


class OutputError(FoiError):
    """An output table could not be read back (missing, empty or not a table we wrote)."""

    stage = "write"


# --- turning Python values into typed cells -------------------------------------------

def _cell_error(table: str, column: str, row: int, value: object, dtype: str) -> ValueError:
    return ValueError(
        f"table {table!r}, row {row}, column {column!r}: cannot store {value!r} "
        f"({type(value).__name__}) as {dtype}")


def _to_string(value: object) -> str | None:
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return "" if math.isnan(value) else repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, (list, tuple)):
        parts = [_to_string(v) for v in value]
        return None if None in parts else JOIN.join(p for p in parts if p)
    return None


def _to_number(value: object, dtype: str) -> tuple[bool, int | float | None]:
    """(ok, number) for an int64 or float64 cell; "" and None are a missing number."""
    if value is None or value == "":
        return True, None
    if isinstance(value, bool) or isinstance(value, enum.Enum):
        return False, None
    if isinstance(value, str):
        try:
            value = float(value.replace(",", "").strip())
        except ValueError:
            return False, None
    if not isinstance(value, (int, float)):
        return False, None
    if isinstance(value, float) and math.isnan(value):
        return True, None
    if dtype == FLOAT64:
        return True, float(value)
    if isinstance(value, float) and not value.is_integer():
        return False, None
    return True, int(value)


def to_date(value: object) -> tuple[bool, dt.date | None]:
    """(ok, date) for a date cell: a date, or ISO text; "YYYY-MM" (month precision) is the
    first of the month; "" and None are a missing date.

    >>> to_date("2024-03")
    (True, datetime.date(2024, 3, 1))
    """
    if value is None or value == "":
        return True, None
    if isinstance(value, dt.datetime):
        return True, value.date()
    if isinstance(value, dt.date):
        return True, value
    m = _ISO_DATE.match(value.strip()) if isinstance(value, str) else None
    if not m:
        return False, None
    try:
        return True, dt.date(int(m[1]), int(m[2]), int(m[3] or 1))
    except ValueError:
        return False, None


def _to_boolean(value: object) -> tuple[bool, bool | None]:
    if value is None or value == "":
        return True, None
    if isinstance(value, bool):
        return True, value
    if isinstance(value, str) and value.strip().lower() in _TRUE_WORDS:
        return True, _TRUE_WORDS[value.strip().lower()]
    return False, None


def column_array(table: str, column: str, dtype: str, values: list[object]) -> pa.Array:
    """One column of cells as a typed Arrow array; ValueError names the bad cell.

    Enums are stored as their value and lists as "; "-joined text, so a stage may pass
    `State.NOT_HELD` or `("derived", "inconsistent")` as they are. Missing is NULL in
    every type: None, "" and an empty list (a CSV writes NULL as an empty cell):

    >>> column_array("answers", "flags", "string", [("derived", "approx"), ""]).to_pylist()
    ['derived; approx', None]
    """
    cells: list[object] = []
    for i, value in enumerate(values):
        if dtype == STRING:
            cell = value if type(value) is str else _to_string(value)
            if cell is None:
                raise _cell_error(table, column, i, value, dtype)
            cell = cell or None
        elif dtype == DATE:
            ok, cell = to_date(value)
            if not ok:
                raise _cell_error(table, column, i, value, dtype)
        elif dtype == BOOLEAN:
            ok, cell = _to_boolean(value)
            if not ok:
                raise _cell_error(table, column, i, value, dtype)
        else:
            ok, cell = _to_number(value, dtype)
            if not ok:
                raise _cell_error(table, column, i, value, dtype)
        cells.append(cell)
    return _arrow_array(cells, dtype)


_EPOCH = dt.date(1970, 1, 1)
_INT64 = (-(2 ** 63), 2 ** 63 - 1)


def _arrow_array(cells: list, dtype: str) -> pa.Array:
    """`pa.array(cells, type=...)`, built from buffers: `pa.array` on a Python list imports
    pandas (0.25 s of CPU in every run) only to ask whether the list is a pandas object.
    Cells are already checked: str, number, date or bool, or None. What the buffers cannot
    hold as `pa.array` would (text that is not UTF-8, an integer beyond int64, 2 GB of
    text) goes to `pa.array`, so it fails as before."""
    n = len(cells)
    present = [c is not None for c in cells]
    nulls = n - sum(present)
    bitmap = None if not nulls else pa.py_buffer(np.packbits(np.array(present, dtype=bool),
                                                             bitorder="little").tobytes())
    if dtype == STRING:
        try:
            data = [c.encode("utf-8") if c is not None else b"" for c in cells]
        except UnicodeEncodeError:
            return pa.array(cells, type=pa.string())
        offsets = np.zeros(n + 1, dtype=np.int64)
        np.cumsum([len(d) for d in data], out=offsets[1:])
        if offsets[-1] > 2 ** 31 - 1:
            return pa.array(cells, type=pa.string())
        buffers = [bitmap, pa.py_buffer(offsets.astype(np.int32).tobytes()), pa.py_buffer(b"".join(data))]
    elif dtype == INT64:
        if any(c is not None and not _INT64[0] <= c <= _INT64[1] for c in cells):
            return pa.array(cells, type=pa.int64())
        buffers = [bitmap, pa.py_buffer(np.array([0 if c is None else c for c in cells], dtype=np.int64).tobytes())]
    elif dtype == FLOAT64:
        buffers = [bitmap, pa.py_buffer(np.array([0.0 if c is None else c for c in cells], dtype=np.float64).tobytes())]
    elif dtype == DATE:
        buffers = [bitmap, pa.py_buffer(np.array([0 if c is None else (c - _EPOCH).days for c in cells],
                                                 dtype=np.int32).tobytes())]
    elif dtype == BOOLEAN:
        buffers = [bitmap, pa.py_buffer(np.packbits(np.array([bool(c) for c in cells], dtype=bool),
                                                    bitorder="little").tobytes())]
    else:
        return pa.array(cells, type=_ARROW_TYPES[dtype])
    return pa.Array.from_buffers(_ARROW_TYPES[dtype], n, buffers, null_count=nulls)


def rows_to_arrow(name: str, rows: list[dict], columns: list[str],
                  dtypes: Mapping[str, str]) -> pa.Table:
    """The rows as an Arrow table with exactly `columns`, in order.

    A key missing from a row is an empty cell; a key that is not a column is a programming
    mistake and raises ValueError naming the table and the key (a typo such as
    "confidance" must not silently lose a column).
    """
    if len(set(columns)) != len(columns):
        dupes = sorted({c for c in columns if columns.count(c) > 1})
        raise ValueError(f"table {name!r}: duplicate column(s) {dupes}")
    check_dtypes(name, dtypes)
    known = set(columns)
    for i, row in enumerate(rows):
        unknown = row.keys() - known
        if unknown:
            raise ValueError(
                f"table {name!r}, row {i}: unknown key(s) {sorted(unknown)}; "
                f"add them to pipeline/tables.py or drop them before writing")
    arrays = []
    fields = []
    for column in columns:
        dtype = dtypes.get(column, STRING)
        arrays.append(column_array(name, column, dtype, [r.get(column) for r in rows]))
        fields.append(pa.field(column, _ARROW_TYPES[dtype]))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields, metadata=_pandas_metadata(
        {c: dtypes.get(c, STRING) for c in columns})))


def _pandas_metadata(dtypes: Mapping[str, str]) -> dict[bytes, bytes] | None:
    """Parquet metadata telling pandas to read int64 columns as nullable Int64 and boolean
    columns as nullable boolean (else a NULL turns a count into float64); other columns
    are left to pandas' defaults."""
    columns = [{"name": c, "field_name": c, "pandas_type": _PANDAS_DTYPES[t][0],
                "numpy_type": _PANDAS_DTYPES[t][1], "metadata": None}
               for c, t in dtypes.items() if t in _PANDAS_DTYPES]
    if not columns:
        return None
    meta = {"index_columns": [], "column_indexes": [], "columns": columns,
            "creator": {"library": "pyarrow", "version": pa.__version__}}
    return {b"pandas": json.dumps(meta).encode("utf-8")}


# --- atomic files ---------------------------------------------------------------------

def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def atomic_write(target: Path, write: Callable[[object], None]) -> None:
    """Call `write(file)` on a temporary file, fsync it, then move it over `target`.

    If anything fails, the temporary file is removed and `target` is left as it was.
    """
    tmp = temp_path(target)
    try:
        with open(tmp, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        _remove_quietly(tmp)
        raise
    fsync_dir(target.parent)


def _check_name(name: str) -> None:
    if not _TABLE_NAME.match(name):
        raise ValueError(
            f"table name {name!r} must be lower case letters, digits and '_' "
            f"(it becomes a file name and a DuckDB table name)")


def write_table(out_dir: Path, name: str, rows: list[dict], columns: list[str],
                dtypes: Mapping[str, str] | None = None) -> None:
    """Write `name.csv` and `name.parquet` in `out_dir`, each atomically.

    The CSV is UTF-8 with a header line even when there are no rows; numbers that are
    missing are empty cells, and so is missing text. `dtypes` maps column -> "string",
    "int64" or "float64"; by default the types of `pipeline.tables` are used.

    >>> write_table(Path("out"), "errors",
    ...             [{"source_file": "scan.pdf", "stage": "ingest", "message": "no text"}],
    ...             ERRORS)  # doctest: +SKIP
    """
    _check_name(name)
    if dtypes is None:
        dtypes = table_dtypes(name, columns)
    table = rows_to_arrow(name, rows, columns, dtypes)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    csv_table = _guarded_text(table)
    atomic_write(out_dir / f"{name}.csv", lambda f: pacsv.write_csv(csv_table, f))
    atomic_write(out_dir / f"{name}.parquet", lambda f: pq.write_table(table, f))


def _guarded_text(table: pa.Table) -> pa.Table:
    """The table with every text cell a spreadsheet would run as a formula guarded.

    CSV is opened in spreadsheets, and text from a document or a reviewer may start with
    `=`; Parquet and DuckDB keep the true text (see `pipeline.spreadsheet`).
    """
    for i, column in enumerate(table.schema):
        if column.type == pa.string():
            cells = table.column(i).to_pylist()
            guarded = [neutralise(c) if c else c for c in cells]
            if guarded != cells:
                table = table.set_column(i, column, pa.array(guarded, type=pa.string()))
    return table


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def build_duckdb(out_dir: Path, names: Iterable[str], descriptor: Mapping | None = None,
                 extra: Mapping[str, pa.Table] | None = None) -> None:
    """(Re)build `foi.duckdb` in `out_dir` from the Parquet files of `names`, atomically.

    Each table has the Parquet file's columns and types. With `descriptor` (a data
    package, `pipeline.datapackage`), every table and column carries its description as a
    comment (`COMMENT ON COLUMN`; see `duckdb_columns()`); `extra` adds tables as they are
    (the `data_dictionary`).
    """
    out_dir = Path(out_dir)
    target = out_dir / DUCKDB_FILE
    tmp = temp_path(target)  # DuckDB must create the file itself, so it is not pre-made
    described = {r["name"]: r for r in (descriptor or {}).get("resources", [])}
    try:
        con = duckdb.connect(str(tmp))
        try:
            for name in names:
                _check_name(name)
                parquet = _sql_string(str(out_dir / f"{name}.parquet"))
                con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM read_parquet({parquet})')
                _comment(con, name, described.get(name))
            for name, table in (extra or {}).items():
                _check_name(name)
                con.register("_extra", table)
                con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM _extra')
                con.unregister("_extra")
            con.execute("CHECKPOINT")
        finally:
            con.close()
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        _remove_quietly(tmp)
        _remove_quietly(tmp.with_name(tmp.name + ".wal"))
        raise
    fsync_dir(out_dir)


def _comment(con, name: str, resource: Mapping | None) -> None:
    """COMMENT ON the table and each of its columns: description, and unit in brackets."""
    if not resource:
        return
    if resource.get("description"):
        con.execute(f'COMMENT ON TABLE "{name}" IS {_sql_string(resource["description"])}')
    for field in resource.get("schema", {}).get("fields", []):
        text = field.get("description", "")
        if field.get("unit"):
            text = f"{text} [{field['unit']}]".strip()
        if text:
            con.execute(f'COMMENT ON COLUMN "{name}"."{field["name"]}" IS {_sql_string(text)}')


def write_outputs(out_dir: Path,
                  tables: Mapping[str, tuple[list[dict], list[str]]],
                  after_table: Callable[[str], None] | None = None) -> dict[str, int]:
    """Write every table (CSV + Parquet), `datapackage.json`, then `foi.duckdb`.

    `tables` maps a table name to (rows, columns); the types of each column come from
    `pipeline.tables` (a wide questionnaire table's from its fields' declarations in
    rules/). `datapackage.json` describes every table (`pipeline.datapackage`), and
    `foi.duckdb` holds them all with the same descriptions as column comments, plus the
    `data_dictionary` of rules/. Returns rows per table.
    `after_table(point)` is called after each table ("table:1", "table:2", ...) and after
    the DuckDB file ("duckdb"): the crash tests stop a run there.

    >>> write_outputs(Path("data/processed"), {"errors": ([], ERRORS)})  # doctest: +SKIP
    {'errors': 0}
    """
    counts: dict[str, int] = {}
    for name, (rows, columns) in tables.items():
        write_table(out_dir, name, rows, columns, table_dtypes(name, columns))
        counts[name] = len(rows)
        if after_table is not None:
            after_table(f"table:{len(counts)}")
    write_package(out_dir, {name: columns for name, (_, columns) in tables.items()}, after_table)
    return counts


def write_package(out_dir: Path, columns: Mapping[str, list[str]],
                  after_table: Callable[[str], None] | None = None) -> None:
    """After the tables (written at once or streamed): `datapackage.json` describing them,
    then `foi.duckdb` holding them all with the `data_dictionary` of rules/."""
    from pipeline.datapackage import package_descriptor, write_datapackage
    from pipeline.dictionary import COLUMNS, dictionary_rows
    from pipeline.rules import load_rules

    rules = load_rules()
    descriptor = package_descriptor(dict(columns), rules)
    write_datapackage(out_dir, descriptor)
    dictionary = rows_to_arrow(DICTIONARY_TABLE, dictionary_rows(rules), COLUMNS,
                               {c: STRING for c in COLUMNS})
    build_duckdb(out_dir, list(columns), descriptor, {DICTIONARY_TABLE: dictionary})
    if after_table is not None:
        after_table("duckdb")


# --- streaming: a table written batch by batch ------------------------------------------

#: Rows held before a batch is written: enough for few Parquet row groups, small in memory.
BATCH_ROWS = 2000


class TableStream:
    """One table (CSV + Parquet) written batch by batch, so no run holds all of its rows.

    Rows go to temporary files beside the targets; `close` flushes, fsyncs and moves both
    into place (`os.replace`), `abort` removes them. The CSV is byte for byte what
    `write_table` writes for the same rows; the Parquet file has a row group per batch.

    >>> with TableStream(Path("out"), "errors", ERRORS) as stream:  # doctest: +SKIP
    ...     stream.write({"source_file": "scan.pdf", "stage": "ingest"})
    """

    def __init__(self, out_dir: Path, name: str, columns: list[str],
                 dtypes: Mapping[str, str] | None = None, batch_rows: int = BATCH_ROWS):
        _check_name(name)
        self.name, self.columns = name, list(columns)
        self.dtypes = dict(dtypes) if dtypes is not None else table_dtypes(name, self.columns)
        self.batch_rows = batch_rows
        self.rows = 0
        self._buffer: list[dict] = []
        schema = rows_to_arrow(name, [], self.columns, self.dtypes).schema
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        self._targets = (out_dir / f"{name}.csv", out_dir / f"{name}.parquet")
        self._temps = tuple(temp_path(t) for t in self._targets)
        self._files = [open(t, "wb") for t in self._temps]
        try:
            self._csv = pacsv.CSVWriter(self._files[0], schema)
            self._parquet = pq.ParquetWriter(self._files[1], schema)
        except BaseException:
            self.abort()
            raise

    def write(self, row: dict) -> None:
        self._buffer.append(row)
        if len(self._buffer) >= self.batch_rows:
            self.flush()

    def write_many(self, rows: Iterable[dict]) -> None:
        for row in rows:
            self.write(row)

    def flush(self) -> None:
        if not self._buffer:
            return
        table = rows_to_arrow(self.name, self._buffer, self.columns, self.dtypes)
        self._csv.write_table(_guarded_text(table))
        self._parquet.write_table(table)
        self.rows += len(self._buffer)
        self._buffer = []

    def close(self) -> int:
        """Write what is buffered and put both files in place; return the number of rows."""
        try:
            self.flush()
            self._csv.close()
            self._parquet.close()
            for f in self._files:
                f.flush()
                os.fsync(f.fileno())
                f.close()
            for tmp, target in zip(self._temps, self._targets):
                os.replace(tmp, target)
        except BaseException:
            self.abort()
            raise
        fsync_dir(self._targets[0].parent)
        return self.rows

    def abort(self) -> None:
        for f in getattr(self, "_files", []):
            f.close()
        for tmp in self._temps:
            _remove_quietly(tmp)

    def __enter__(self) -> "TableStream":
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()


#: `read_table` hands numbers over as numbers and everything else as text, as it always has.
_READ_AS = {INT64: INT64, FLOAT64: FLOAT64}


# --- reading back ---------------------------------------------------------------------

def read_table(out_dir: Path, name: str) -> list[dict]:
    """The rows of `out_dir/name.csv`, with numbers as int/float (None when empty).

    Text cells come back as strings ("" when empty), and so do dates (ISO text) and
    booleans ("true"/"false"), with the formula guard the CSV holds
    removed (`'=1+1` -> `=1+1`). A column the file lacks but the table
    has (a file written by an older version) comes back empty, so callers can rely on
    every column of `pipeline.tables` being present; extra columns are kept as text.
    """
    path = Path(out_dir) / f"{name}.csv"
    if not path.is_file():
        raise OutputError(f"no table {name!r} here", path=str(path),
                          hint="run `foi extract` first, or check the --processed/--pred folder")
    with open(path, newline="", encoding="utf-8-sig") as f:
        header = next(csv.reader(f), None)
    if not header:
        raise OutputError("the table has no header line", path=str(path),
                          hint="the file is empty or not a CSV; re-run `foi extract`")
    known = table_dtypes(name, TABLES[name]) if name in TABLES else {}
    types = {c: _ARROW_TYPES[_READ_AS.get(known.get(c, STRING), STRING)] for c in header}
    try:
        table = pacsv.read_csv(
            path,
            parse_options=pacsv.ParseOptions(newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(column_types=types,
                                                 strings_can_be_null=False),
        )
    except pa.ArrowInvalid as exc:
        raise OutputError(f"cannot read the table: {exc}", path=str(path),
                          hint="fix or delete the file, then re-run `foi extract`") from exc
    rows = table.to_pylist()
    text = [c for c in header if types[c] == pa.string()]
    missing = [c for c in known if c not in types]
    for row in rows:
        for column in text:
            if row[column]:
                row[column] = restore(row[column])
        for column in missing:
            row[column] = None if known[column] in (INT64, FLOAT64) else ""
    return rows


# --- wide tables ----------------------------------------------------------------------

def _answered(rows: list[dict]) -> list[dict]:
    answered = [r for r in rows if (r.get("state") or State.ANSWERED.value) == State.ANSWERED.value]
    return sorted(answered, key=lambda r: int(r.get("item") or 0))


def _state_of(rows: list[dict]) -> str:
    if _answered(rows):
        return State.ANSWERED.value
    state = rows[0].get("state")
    return state.value if isinstance(state, enum.Enum) else str(state)


def _wide_value(rows: list[dict], dtype: str) -> object:
    """A field's cell: its answered items joined as text, or, for a typed column, the first
    answered item (the stated total, else the latest year, when an answer splits a figure;
    the parts are rows of `answers`) as a number, date or boolean; None when there is no
    answered value of that type (a range, a "<5", a state)."""
    answered = _answered(rows)
    if not answered:
        return None
    if dtype == STRING:
        return JOIN.join(t for t in (_to_string(r.get("value")) for r in answered) if t) or None
    first = answered[0]
    if dtype in (FLOAT64, INT64):
        ok, num = _to_number(first.get("value_num"), dtype)
        return num if ok else None
    if dtype == DATE:
        ok, day = to_date(first.get("value"))
        return day if ok else None
    ok, flag = _to_boolean(first.get("value"))
    return flag if ok else None


def wide_rows(answers: list[dict], fields: list,
              documents: list[dict]) -> tuple[list[dict], list[str]]:
    """One row per document, two columns per field, for a questionnaire's wide table.

    The first columns are doc_id, source_file, respondent and respondent_code from
    `documents` (a field with one of those names is not repeated). Then, for each field
    (a name or a FieldSpec; the document-level fields that rules/document_fields.yaml marks
    `wide` are added at the end), a column typed as `pipeline.tables.field_dtype` says
    (money and percent float64, count int64, date, boolean, else text; list items joined
    with "; " in item order) and `<field>_state`: `answered`, or the state of a field with
    no answered value (`not_held`, `withheld`, ...). A field with no row at all is NULL in
    both, and so is a value that is not of the column's type (a range such as "between 30
    and 40" in a count column: the text is in `answers`).

    >>> rows, cols = wide_rows(
    ...     [{"doc_id": "d1", "field": "icbs_covering", "item": 1, "state": "answered",
    ...       "value": "NHS Suffolk and North East Essex ICB"},
    ...      {"doc_id": "d1", "field": "icbs_covering", "item": 0, "state": "answered",
    ...       "value": "NHS Mid and South Essex ICB"},
    ...      {"doc_id": "d1", "field": "portfolio_holder_name", "state": "not_applicable"}],
    ...     ["portfolio_holder_name", "icbs_covering"],
    ...     [{"doc_id": "d1", "source_file": "essex.txt", "respondent": "Essex County Council"}])
    >>> row = rows[0]
    >>> row["icbs_covering"], row["portfolio_holder_name"], row["portfolio_holder_name_state"]
    ('NHS Mid and South Essex ICB; NHS Suffolk and North East Essex ICB', None, 'not_applicable')
    """
    from pipeline.rules import load_rules
    rules = load_rules()
    names = [f if isinstance(f, str) else f.name for f in fields]
    names += [name for name, d in rules.document_fields.items() if d.wide]
    names = [f for f in dict.fromkeys(names) if f not in WIDE_KEYS]
    questionnaire = next((r.get("questionnaire") for r in [*documents, *answers]
                          if r.get("questionnaire")), "")
    specs = wide_field_specs(questionnaire, rules)
    specs.update({f.name: f for f in fields if not isinstance(f, str)})
    dtypes = {f: field_dtype(specs[f]) if f in specs else STRING for f in names}
    columns = list(WIDE_KEYS) + [c for f in names for c in (f, f + STATE_SUFFIX)]
    by_doc: dict[str, dict[str, list[dict]]] = {}
    wanted = set(names)
    for row in answers:
        if row.get("field") in wanted:
            by_doc.setdefault(row.get("doc_id", ""), {}).setdefault(row["field"], []).append(row)
    out = []
    for doc in documents:
        found = by_doc.get(doc.get("doc_id", ""), {})
        wide: dict[str, object] = {key: _to_string(doc.get(key)) or None for key in WIDE_KEYS}
        for field in names:
            rows = found.get(field)
            wide[field] = _wide_value(rows, dtypes[field]) if rows else None
            wide[field + STATE_SUFFIX] = _state_of(rows) if rows else None
        out.append(wide)
    return out, columns
