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
import math
import os
import re
import uuid
from pathlib import Path
from typing import Callable, Iterable, Mapping

import duckdb
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from pipeline.durable import fsync_dir
from pipeline.errors import FoiError
from pipeline.model import State
from pipeline.spreadsheet import neutralise, restore
from pipeline.tables import (
    FLOAT64, INT64, JOIN, STRING, TABLES, WIDE_KEYS, check_dtypes, table_dtypes,
)

DUCKDB_FILE = "foi.duckdb"
_TABLE_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_ARROW_TYPES = {STRING: pa.string(), INT64: pa.int64(), FLOAT64: pa.float64()}


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


def column_array(table: str, column: str, dtype: str, values: list[object]) -> pa.Array:
    """One column of cells as a typed Arrow array; ValueError names the bad cell.

    Enums are stored as their value and lists as "; "-joined text, so a stage may pass
    `State.NOT_HELD` or `("derived", "inconsistent")` as they are:

    >>> column_array("answers", "flags", "string", [("derived", "approx"), None]).to_pylist()
    ['derived; approx', '']
    """
    cells: list[object] = []
    for i, value in enumerate(values):
        if dtype == STRING:
            cell = value if type(value) is str else _to_string(value)
            if cell is None:
                raise _cell_error(table, column, i, value, dtype)
        else:
            ok, cell = _to_number(value, dtype)
            if not ok:
                raise _cell_error(table, column, i, value, dtype)
        cells.append(cell)
    return pa.array(cells, type=_ARROW_TYPES[dtype])


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
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


# --- atomic files ---------------------------------------------------------------------

def _temp_path(target: Path) -> Path:
    # Hidden, in the same folder (os.replace is only atomic within one file system), and
    # unique, so two writers never share a temporary file.
    return target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")


def _fsync_dir(folder: Path) -> None:
    fsync_dir(folder)


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def atomic_write(target: Path, write: Callable[[object], None]) -> None:
    """Call `write(file)` on a temporary file, fsync it, then move it over `target`.

    If anything fails, the temporary file is removed and `target` is left as it was.
    """
    tmp = _temp_path(target)
    try:
        with open(tmp, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        _remove_quietly(tmp)
        raise
    _fsync_dir(target.parent)


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


def build_duckdb(out_dir: Path, names: Iterable[str]) -> None:
    """(Re)build `foi.duckdb` in `out_dir` from the Parquet files of `names`, atomically."""
    out_dir = Path(out_dir)
    target = out_dir / DUCKDB_FILE
    tmp = _temp_path(target)  # DuckDB must create the file itself, so it is not pre-made
    try:
        con = duckdb.connect(str(tmp))
        try:
            for name in names:
                _check_name(name)
                parquet = _sql_string(str(out_dir / f"{name}.parquet"))
                con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM read_parquet({parquet})')
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
    _fsync_dir(out_dir)


def write_outputs(out_dir: Path,
                  tables: Mapping[str, tuple[list[dict], list[str]]],
                  after_table: Callable[[str], None] | None = None) -> dict[str, int]:
    """Write every table (CSV + Parquet), then `foi.duckdb` holding all of them.

    `tables` maps a table name to (rows, columns); the types of each column come from
    `pipeline.tables` (wide questionnaire tables are all text). Returns rows per table.
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
    build_duckdb(out_dir, list(tables))
    if after_table is not None:
        after_table("duckdb")
    return counts


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
        self._temps = tuple(_temp_path(t) for t in self._targets)
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
        _fsync_dir(self._targets[0].parent)
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


# --- reading back ---------------------------------------------------------------------

def read_table(out_dir: Path, name: str) -> list[dict]:
    """The rows of `out_dir/name.csv`, with numbers as int/float (None when empty).

    Text cells come back as strings ("" when empty), with the formula guard the CSV holds
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
    types = {c: _ARROW_TYPES[known.get(c, STRING)] for c in header}
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
            row[column] = "" if known[column] == STRING else None
    return rows


# --- wide tables ----------------------------------------------------------------------

def _wide_cell(rows: list[dict]) -> str:
    answered = [r for r in rows if (r.get("state") or State.ANSWERED.value) == State.ANSWERED.value]
    if answered:
        answered.sort(key=lambda r: int(r.get("item") or 0))
        return JOIN.join(_to_string(r.get("value")) or "" for r in answered)
    state = rows[0].get("state")
    return f"[{state.value if isinstance(state, enum.Enum) else state}]"


def wide_rows(answers: list[dict], fields: list[str],
              documents: list[dict]) -> tuple[list[dict], list[str]]:
    """One row per document, one text column per field, for a questionnaire's wide table.

    The first columns are doc_id, source_file, respondent and respondent_code from
    `documents` (a field with one of those names is not repeated). List items are joined
    with "; " in item order; a field with no answered row shows its state in brackets;
    a field with no row at all is empty.

    >>> rows, cols = wide_rows(
    ...     [{"doc_id": "d1", "field": "icbs_covering", "item": 1, "state": "answered",
    ...       "value": "NHS Suffolk and North East Essex ICB"},
    ...      {"doc_id": "d1", "field": "icbs_covering", "item": 0, "state": "answered",
    ...       "value": "NHS Mid and South Essex ICB"},
    ...      {"doc_id": "d1", "field": "portfolio_holder_name", "state": "not_applicable"}],
    ...     ["portfolio_holder_name", "icbs_covering"],
    ...     [{"doc_id": "d1", "source_file": "essex.txt", "respondent": "Essex County Council"}])
    >>> rows[0]["icbs_covering"], rows[0]["portfolio_holder_name"]
    ('NHS Mid and South Essex ICB; NHS Suffolk and North East Essex ICB', '[not_applicable]')
    """
    columns = list(WIDE_KEYS) + [f for f in dict.fromkeys(fields) if f not in WIDE_KEYS]
    wanted = set(columns) - set(WIDE_KEYS)
    by_doc: dict[str, dict[str, list[dict]]] = {}
    for row in answers:
        if row.get("field") in wanted:
            by_doc.setdefault(row.get("doc_id", ""), {}).setdefault(row["field"], []).append(row)
    out = []
    for doc in documents:
        found = by_doc.get(doc.get("doc_id", ""), {})
        wide = {key: _to_string(doc.get(key)) or "" for key in WIDE_KEYS}
        for field in columns[len(WIDE_KEYS):]:
            wide[field] = _wide_cell(found[field]) if field in found else ""
        out.append(wide)
    return out, columns
