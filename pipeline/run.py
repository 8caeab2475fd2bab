"""Run the whole pipeline over files and folders: `foi extract`.

The run loop: collect the files, look each one up in the caches (`pipeline.cache`), hand
the rest to an executor (`pipeline.executors`: worker processes under per-file limits, or
Dask), and write the tables from the per-document results one document at a time.

Each file goes ingest → segment → match → extract → normalise in a worker
(`pipeline.process.run_task`), which stores the document's rows in the result cache as it
finishes; a file that fails is recorded in `errors` and the run goes on. The writing phase
reads those rows back document by document, applies the corrections ledger (on every run, so
corrections survive re-runs and a wiped output folder), and streams every table to disk
(`pipeline.write.TableStream`), so memory stays flat however many documents there are.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline import cache
from pipeline.cache import Task
from pipeline.corrections import apply_corrections, ledger_path, load_ledger
from pipeline.dictionary import write_dictionary
from pipeline.durable import sha256_file
from pipeline.errors import FoiError
from pipeline.executors import WORKER_TASKS, TaskFailure, execute
from pipeline.ingest import SUPPORTED_SUFFIXES, read_as
from pipeline.limits import Limits
from pipeline.model import State
from pipeline.progress import Progress
from pipeline.publish import RunInfo, crash_point, publish_run
from pipeline.review.queue import build_review_queue
from pipeline.rows import DocResult, error_row
from pipeline.rules import load_rules
from pipeline import tables
from pipeline.write import TableStream, read_table, wide_rows, write_package

CACHE_DIR = cache.CACHE_DIR


def __getattr__(name: str):
    # The per-document function and its imports (spaCy, the extractors) are loaded only when
    # a document is to be processed, not by a run that finds everything in the cache.
    if name in ("process_document", "process_file", "run_task"):
        from pipeline import process
        return getattr(process, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _load_gazetteer():
    from pipeline.entities import load_gazetteer
    return load_gazetteer()


@dataclass
class RunSummary:
    documents: int
    failed: int
    answers: int
    review: int
    reused: int
    stale_corrections: int
    out_dir: Path


def rules_fingerprint(store: cache.RunCache) -> str:
    """What the run's rows depend on besides its files: the readers (their code, the limits,
    Tesseract and LibreOffice), the rules and the extraction code; the versions that key
    the caches."""
    return f"{store.reader}-{store.extraction}"


def collect_files(paths: list[Path]) -> list[Path]:
    """Every file under `paths` (folders recursively), hidden files and folders skipped."""
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p)
                if f.is_file() and not any(part.startswith(".") for part in rel.parts):
                    files.append(f)
        elif p.exists():
            files.append(p)
        else:
            raise FoiError(f"{p}: no such file or folder", hint="check the path you gave to `foi extract`")
    return files


def is_generic(row: dict) -> bool:
    """A value of a document whose questionnaire is unknown (table `generic_values`)."""
    return row.get("questionnaire") == "unknown" and str(row.get("extractor", "")).startswith("generic:")


def _source_name(path: Path, roots: list[Path]) -> str:
    for root in roots:
        if root.is_dir():
            try:
                return str(path.relative_to(root))
            except ValueError:
                continue
    return path.name


@dataclass
class Entry:
    """One input file of the run: where its rows are (the result cache), or the rows
    themselves for a file refused before any work (unsupported, empty, a worker lost)."""

    source_name: str
    task: Task | None = None
    inline: DocResult | None = None

    def load(self) -> DocResult:
        if self.inline is not None:
            return self.inline
        result = cache.load_result(Path(self.task.result_entry), self.source_name)
        if result is None:  # removed or damaged since it was written: made again here
            from pipeline.process import run_task
            run_task(self.task)
            result = cache.load_result(Path(self.task.result_entry), self.source_name)
        return result


def run_extract(paths: list[Path], out_dir: Path, corrections_dir: Path, jobs: int = 1,
                progress: bool | None = False, limits: Limits | None = None,
                executor: str = "local", scheduler: str | None = None,
                processes: bool = True) -> RunSummary:
    """Process every file under `paths` and write all tables to `out_dir`.

    Each file is read in a worker under `limits` (default: `limits:` in
    rules/thresholds.yaml); a file over one is a failed document and the run goes on.
    `executor` is "local" (`jobs` worker processes) or "dask" (a LocalCluster of `jobs`
    workers, or the cluster at `scheduler`). `progress`: True/False, or None for "when
    stderr is a terminal".
    """
    started = dt.datetime.now(dt.timezone.utc)
    files = collect_files(paths)
    rules = load_rules()  # also fails fast, before any work, if rules/ is invalid
    limits = limits or rules.limits
    store = cache.RunCache(out_dir, limits, rules.directory)
    entries: list[Entry] = []
    todo: list[tuple[int, tuple[Task]]] = []
    for i, path in enumerate(files):
        name = _source_name(path, paths)
        data = path.read_bytes()
        fmt, warning = read_as(path, data) if data else (path.suffix.lower(), None)
        if fmt not in SUPPORTED_SUFFIXES or not data:
            from pipeline.process import process_file
            entries.append(Entry(name, inline=process_file(path, name, limits, data)))  # a clear error
            continue
        sha = hashlib.sha256(data).hexdigest()
        # a misnamed file's result holds a warning naming its suffix: cached apart
        keys = store.keys(sha, fmt.lstrip(".") + (f"~{path.suffix.lower()}" if warning else ""))
        task = Task(str(path), name, sha, path.suffix.lower().lstrip("."), str(keys.document),
                    str(keys.result), limits, str(keys.extracted))
        entries.append(Entry(name, task))
        store.use(keys.document)  # kept for the next rules edit (written by the worker if new)
        store.use(keys.extracted)  # kept for the next threshold edit
        store.use(keys.result)
        if not keys.result.exists():
            todo.append((i, (task,)))
    reused = len(entries) - len(todo) - sum(1 for e in entries if e.inline is not None)
    bar = Progress(progress)
    bar.start(len(todo), reused)
    if todo:
        _extract(todo, entries, executor, jobs, limits, scheduler, processes, bar)
    fingerprint = rules_fingerprint(store)
    summary = None if todo else unchanged_run(out_dir, entries, corrections_dir, fingerprint)
    if summary is not None:
        bar.kept(summary.documents)
    else:
        summary = write_run(entries, out_dir, corrections_dir, fingerprint, reused, started=started, bar=bar)
    bar.finish()
    store.prune()
    return summary


def unchanged_run(out_dir: Path, entries: list[Entry], corrections_dir: Path,
                  fingerprint: str) -> RunSummary | None:
    """The summary of the run already published in `out_dir` when this run would write the
    very same tables: the same files under the same names, every result from the cache, the
    same rules and code, the same corrections ledger, and every published file as its
    manifest says. None otherwise (the tables are written again).
    """
    from pipeline.publish import MANIFEST, check_run, keep_run

    if any(e.inline is not None for e in entries):
        return None
    try:
        manifest = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    ledger = ledger_path(corrections_dir)
    same = (
        [(i["source_file"], i["sha256"]) for i in manifest.get("inputs", [])]
        == [(e.source_name, e.task.doc_id) for e in entries]
        and manifest.get("rules_fingerprint") == fingerprint
        and manifest.get("corrections", {}).get("sha256") == (sha256_file(ledger) if ledger.is_file() else None)
        and manifest.get("corrections", {}).get("ledger") == str(ledger)
    )
    if not same or check_run(out_dir):
        return None
    keep_run(out_dir)
    tables = manifest.get("tables", {})
    inputs = manifest["inputs"]
    stale = sum(1 for row in read_table(out_dir, "errors") if row.get("stage") == "corrections")
    return RunSummary(len(inputs), sum(1 for i in inputs if i.get("status") == "failed"),
                      tables.get("answers", {}).get("rows", 0), tables.get("review_queue", {}).get("rows", 0),
                      len(entries), stale, out_dir)


def _extract(todo: list[tuple[int, tuple[Task]]], entries: list[Entry], executor: str, jobs: int,
             limits: Limits, scheduler: str | None, processes: bool, bar: Progress) -> None:
    """Process the files not found in the cache on the executor; each stores its rows."""
    from pipeline.process import failure_result, run_task

    def done(i: int, document: dict) -> None:
        bar.document_done(document.get("pages") or 0)

    def stopped(i: int, failure: TaskFailure) -> None:
        entry = entries[i]
        task = entry.task
        remembered = cache.Failure("limits" if failure.limit else "pipeline",
                                   f"{task.source_name}: {failure.message}", failure.hint, failure.limit)
        entry.inline = failure_result(task, remembered)
        if failure.limit:  # not tried again until the limits or the readers change
            cache.store_document(Path(task.document_entry), remembered)
            cache.store_result(Path(task.result_entry), entry.inline)
        bar.document_done(0)

    if executor == "local":
        _load_gazetteer()  # once, before the workers fork, rather than in each of them
        if jobs > 1 or len(todo) > WORKER_TASKS:
            # more than one worker will be forked (workers are replaced every WORKER_TASKS
            # files): spaCy (~0.5 s of CPU) imported once here rather than in each of them
            from pipeline.nlp import get_nlp
            get_nlp()
    if scheduler:  # workers of a cluster do not share this process's working folder
        todo = [(i, (replace(task, path=os.path.abspath(task.path),
                             document_entry=os.path.abspath(task.document_entry),
                             extracted_entry=os.path.abspath(task.extracted_entry),
                             result_entry=os.path.abspath(task.result_entry)),))
                for i, (task,) in todo]
    execute(executor, todo, run_task, jobs, limits, done, stopped, scheduler=scheduler,
            processes=processes)


def _ledger(corrections_dir: Path) -> tuple[dict, list[dict]]:
    """The ledger's latest corrections and the error rows of its unreadable lines."""
    problems: list[str] = []
    errors: list[dict] = []
    try:
        ledger = load_ledger(corrections_dir, problems)
    except FoiError as exc:
        ledger = {}
        errors.append(error_row("", str(corrections_dir), "corrections", str(exc), exc.hint))
    errors += [error_row("", str(corrections_dir), "corrections", problem,
                         "fix or delete this line; the other lines were applied")
               for problem in problems]
    return ledger, errors


class _ReviewSpool:
    """The review queue's rows, kept on disk until they can be written most important first.

    In memory only (priority, order, offset) per row; the queue is sorted by priority,
    ties in the documents' order, as `build_review_queue` sorts one list.
    """

    def __init__(self, folder: Path):
        self.file = tempfile.TemporaryFile(dir=folder, prefix=".review-spool.")
        self.index: list[tuple[float, int, int, int]] = []

    def add(self, row: dict) -> None:
        data = json.dumps(row, ensure_ascii=False).encode("utf-8")
        self.index.append((-row["priority"], len(self.index), self.file.tell(), len(data)))
        self.file.write(data)

    def rows(self):
        self.index.sort()
        for _, _, offset, length in self.index:
            self.file.seek(offset)
            yield json.loads(self.file.read(length))

    def close(self) -> None:
        self.file.close()


def _open_streams(folder: Path, rules) -> tuple[dict[str, TableStream], dict[str, list[str]]]:
    """A stream per table, in the order the tables are written; the wide tables' fields."""
    names = {"documents": tables.DOCUMENTS, "qa_pairs": tables.QA_PAIRS, "answers": tables.ANSWERS,
             "generic_values": tables.ANSWERS, "review_queue": tables.REVIEW_QUEUE,
             "errors": tables.ERRORS}
    fields = {qn.id: list(qn.fields) for qn in rules.questionnaires.values()}  # wide_rows adds the wide document fields
    for qn_id, qn_fields in fields.items():
        names[qn_id] = wide_rows([], qn_fields, [])[1]
    streams: dict[str, TableStream] = {}
    try:
        for name, columns in names.items():
            streams[name] = TableStream(folder, name, columns)
    except BaseException:
        for stream in streams.values():
            stream.abort()
        raise
    return streams, fields


def write_run(entries: list[Entry], out_dir: Path, corrections_dir: Path, fingerprint: str, reused: int = 0,
              started: dt.datetime | None = None, bar: Progress | None = None) -> RunSummary:
    """Apply corrections, count, build the review queue and wide tables, write everything.

    Document by document: each one's rows are read from the result cache, corrected,
    counted and streamed into the tables; only the review queue waits (on disk) to be
    sorted. The tables are published as one run with its manifest `run.json`
    (`pipeline.publish`): a crash at any moment leaves the previous run or this one, never a
    mix. `started` is when the run began (default: now, when writing begins).
    """
    started = started or dt.datetime.now(dt.timezone.utc)
    bar = bar or Progress(False)
    rules = load_rules()
    ledger, ledger_errors = _ledger(corrections_dir)
    gazetteer = _load_gazetteer() if ledger else None  # to read reviewers' entity values
    by_doc: dict[str, dict] = {}
    for key, correction in ledger.items():
        by_doc.setdefault(correction.doc_id, {})[key] = correction
    ledger_file = ledger_path(corrections_dir)
    info = RunInfo(
        started=started, rules_fingerprint=fingerprint,
        corrections={"ledger": str(ledger_file),
                     "sha256": sha256_file(ledger_file) if ledger_file.is_file() else None})
    totals = {"documents": 0, "failed": 0, "answers": 0, "review": 0, "stale": 0}

    def write_tables(folder: Path) -> dict[str, int]:
        streams, fields = _open_streams(folder, rules)
        spool = _ReviewSpool(folder.parent)
        try:
            documents: list[dict] = []  # what corrections need to know of each document
            bar.writing(0, len(entries))
            for n, entry in enumerate(entries, 1):
                result = entry.load()
                doc = dict(result.document)
                answers = result.answers
                if doc["doc_id"] and doc["doc_id"] in by_doc:
                    answers, _ = apply_corrections(answers, by_doc[doc["doc_id"]], [doc], rules, gazetteer)
                generic = [row for row in answers if is_generic(row)]
                answers = [row for row in answers if not is_generic(row)]
                doc["n_answers"] = sum(1 for a in answers if a["state"] == State.ANSWERED.value)
                doc["n_review"] = sum(1 for a in answers if a["status"] == "review")
                streams["documents"].write(doc)
                streams["qa_pairs"].write_many(result.qa_pairs)
                streams["answers"].write_many(answers)
                streams["generic_values"].write_many(generic)
                streams["errors"].write_many(result.errors)
                for row in build_review_queue(answers, result.qa_pairs, rules):
                    spool.add(row)
                if doc["questionnaire"] in fields:
                    wide, _ = wide_rows(answers, fields[doc["questionnaire"]], [doc])
                    streams[doc["questionnaire"]].write_many(wide)
                documents.append({k: doc[k] for k in ("doc_id", "source_file", "questionnaire",
                                                      "response_date", "respondent")})
                info.inputs.append({"source_file": doc["source_file"], "sha256": doc["doc_id"],
                                    "status": doc["status"]})
                totals["documents"] += 1
                totals["failed"] += doc["status"] == "failed"
                totals["answers"] += len(answers)
                bar.writing(n, len(entries))
            # stale corrections and values that no longer read depend on documents, not rows
            _, stale = apply_corrections([], ledger, documents, rules, gazetteer)
            del documents
            totals["stale"] = len(stale)
            streams["errors"].write_many(ledger_errors + stale)
            streams["review_queue"].write_many(spool.rows())
            counts: dict[str, int] = {}
            for name, stream in streams.items():
                counts[name] = stream.close()
                crash_point(f"table:{len(counts)}")
            totals["review"] = counts["review_queue"]
        except BaseException:
            for stream in streams.values():
                stream.abort()
            raise
        finally:
            spool.close()
        _write_package_apart(folder, {name: stream.columns for name, stream in streams.items()})
        crash_point("duckdb")
        write_dictionary(rules, folder)
        return counts

    publish_run(out_dir, write_tables, info)
    return RunSummary(totals["documents"], totals["failed"], totals["answers"], totals["review"],
                      reused, totals["stale"], out_dir)


IN_PROCESS_PACKAGE_BYTES = 1024 * 1024  # Parquet tables smaller than this load in this process


def _write_package_apart(folder: Path, columns: dict[str, list[str]]) -> None:
    """`datapackage.json` and `foi.duckdb` (`pipeline.write.write_package`), in a process of
    their own: DuckDB keeps a table it is creating in memory until it is committed, so in
    this process a run's peak memory would grow with its tables. Tables under
    `IN_PROCESS_PACKAGE_BYTES` of Parquet (a few hundred documents) are loaded here: what
    DuckDB holds for them is small, and a new process costs more than the load."""
    import multiprocessing

    if sum(f.stat().st_size for f in folder.glob("*.parquet")) < IN_PROCESS_PACKAGE_BYTES:
        write_package(folder, columns)  # small tables: not worth starting a process (~0.8 s)
        return
    process = multiprocessing.get_context("spawn").Process(
        target=write_package, args=(folder, columns), daemon=True)
    process.start()
    process.join()
    if process.exitcode != 0:
        raise FoiError(f"{folder}: writing foi.duckdb and datapackage.json failed "
                       f"(exit status {process.exitcode})",
                       hint="check the free disk space and memory, then run `foi extract` again")
