"""The run's two caches under `<out>/.cache/`, so a re-run does only the work that changed.

- `documents/`: what ingest made of a file, a `Document` (or why it could not be read),
  keyed by the file's bytes, the format they are read as and the *reader version*: the
  code of `pipeline/ingest/`, the limits that govern reading, whether Tesseract and
  LibreOffice are installed and the versions of the PDF/Word libraries. Editing a rule
  does not touch this cache, so a rules edit re-runs extraction without reading any file
  again.
- `extracted/`: what extraction made of a document before any value's status was set
  (`pipeline.rows.Extracted`: values, evidence, reasons), keyed by the document's key and
  the *values version*: the rules and code that extraction runs, with `review_below` left
  out of rules/thresholds.yaml. A `review_below` edit keeps these entries, so it re-runs
  only the status step and the rows (`pipeline.process.finish_document`); any other rules
  edit (wordings, phrasings, the other thresholds) makes new ones.
- `results/`: the rows one document gives (`pipeline.rows.DocResult`), keyed by the
  document's key and the *extraction version*: every file of `rules/` and the code that
  extraction runs (the package minus `pipeline/ingest/`, which the document key covers,
  and minus the modules that only run, write or review a run, `NOT_EXTRACTION`).

A file that failed (over a limit, unreadable) is remembered in `documents/` too, under the
same key, so it is not tried again on every run; a change of limits or of the readers is a
new key, so it is tried again then.

The result files are also the run's store of rows: workers write them as documents finish
and the tables are assembled from them one document at a time (`pipeline.run`), so the
memory of a run does not grow with the number of documents.

Entries are gzip'd JSON (never pickle: an output folder may come from someone else), each
written atomically. Pruning: every entry a run uses is touched (its mtime set to now); at
the end of a run, entries not used by it and not used for `KEEP_DAYS` days are removed
(`prune`). Entries in the layout of older versions (`.cache/<key>.json`) are removed at once.
"""
from __future__ import annotations

import dataclasses
import functools
import gzip
import hashlib
import json
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from pipeline import __version__
from pipeline.durable import temp_path
from pipeline.limits import Limits
from pipeline.model import Block, Document, OcrWord, Page, SourceRef, State, Status, Value
from pipeline.rows import DocResult, Extracted

CACHE_DIR = ".cache"
DOCUMENTS = "documents"
EXTRACTED = "extracted"
RESULTS = "results"
#: Entries not used by the last run are kept this many days after their last use.
KEEP_DAYS = 30
PACKAGE = Path(__file__).resolve().parent
#: Modules that do not change what a document's rows are: editing them keeps the results.
NOT_EXTRACTION = frozenset({
    "cli.py", "publish.py", "executors.py", "cache.py", "run.py", "progress.py", "evaluate.py",
    "durable.py", "write.py", "dictionary.py", "corrections.py", "__main__.py",
})
#: Libraries whose version changes what a reader makes of a file.
READER_LIBRARIES = ("pdfplumber", "pdfminer.six", "pypdfium2", "python-docx", "lxml")


def _hash_files(h, paths: list[Path], root: Path) -> None:
    for path in paths:
        h.update(str(path.relative_to(root)).encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")


def _library_versions() -> str:
    from importlib import metadata

    found = []
    for name in READER_LIBRARIES:
        try:
            found.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name}=none")
    return ",".join(found)


def reader_version(limits: Limits) -> str:
    """What a file's `Document` depends on besides its bytes: reader code, limits, tools."""
    h = hashlib.sha256(f"foi {__version__} reader\0".encode())
    _hash_files(h, sorted((PACKAGE / "ingest").rglob("*.py")), PACKAGE)
    _hash_files(h, [PACKAGE / "model.py", PACKAGE / "limits.py", PACKAGE / "errors.py"], PACKAGE)
    h.update(json.dumps(dataclasses.asdict(limits), sort_keys=True).encode())
    # a scan read without Tesseract is read again once it is installed; .doc/.odt likewise
    for tool in ("tesseract", "soffice"):
        h.update(f"{tool}={bool(shutil.which(tool))}".encode())
    h.update(_library_versions().encode())
    return h.hexdigest()[:16]


def _extraction_code(h) -> None:
    """The code extraction runs, into `h` (read and hashed once per process)."""
    h.update(_extraction_code_digest())


@functools.cache
def _extraction_code_digest() -> bytes:
    h = hashlib.sha256()
    code = sorted(p for p in PACKAGE.rglob("*.py")
                  if p.relative_to(PACKAGE).parts[0] != "ingest"
                  and str(p.relative_to(PACKAGE)) not in NOT_EXTRACTION)
    _hash_files(h, code, PACKAGE)
    return h.digest()


def extraction_version(rules_dir: Path) -> str:
    """What a document's rows depend on besides the document: every rule and the code."""
    rules_dir = Path(rules_dir)
    h = hashlib.sha256(f"foi {__version__} extract\0".encode())
    _hash_files(h, sorted(p for p in rules_dir.rglob("*") if p.is_file()), rules_dir)
    _extraction_code(h)
    return h.hexdigest()[:16]


#: The only setting of rules/thresholds.yaml read after extraction, by the status step.
STATUS_ONLY = ("review_below",)


def values_version(rules_dir: Path) -> str:
    """What a document's values before their status depend on: every rule and the code, but
    not `review_below` (rules/thresholds.yaml is hashed as the settings it holds without it,
    so an edit of `review_below`, or of a comment there, keeps the version)."""
    from pipeline.rules import YAML_LOADER
    import yaml

    rules_dir = Path(rules_dir)
    h = hashlib.sha256(f"foi {__version__} values\0".encode())
    thresholds = rules_dir / "thresholds.yaml"
    _hash_files(h, sorted(p for p in rules_dir.rglob("*") if p.is_file() and p != thresholds), rules_dir)
    try:
        settings = yaml.load(thresholds.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except (OSError, yaml.YAMLError):
        settings = None
    if isinstance(settings, dict):
        kept = {k: v for k, v in settings.items() if k not in STATUS_ONLY}
        h.update(json.dumps(kept, sort_keys=True, default=str).encode())
    elif thresholds.is_file():
        _hash_files(h, [thresholds], rules_dir)
    _extraction_code(h)
    return h.hexdigest()[:16]


# --- Document <-> JSON ----------------------------------------------------------------

def document_to_json(doc: Document) -> dict:
    """A `Document` as plain JSON data; `document_from_json` gives it back equal."""
    return {
        "doc_id": doc.doc_id, "source_file": doc.source_file, "format": doc.format,
        "text": doc.text,
        "pages": [[p.number, p.char_start, p.char_end, p.ocr,
                   [[w.char_start, w.char_end, w.confidence] for w in p.ocr_words]]
                  for p in doc.pages],
        "blocks": [[b.char_start, b.char_end, b.locator] for b in doc.blocks],
        "warnings": list(doc.warnings),
        "title": doc.title,
    }


def document_from_json(data: dict, source_file: str | None = None) -> Document:
    return Document(
        doc_id=data["doc_id"], source_file=data["source_file"] if source_file is None else source_file,
        format=data["format"], text=data["text"],
        pages=tuple(Page(n, s, e, bool(ocr), tuple(OcrWord(ws, we, c) for ws, we, c in words))
                    for n, s, e, ocr, words in data["pages"]),
        blocks=tuple(Block(s, e, loc) for s, e, loc in data["blocks"]),
        warnings=tuple(data["warnings"]),
        title=data.get("title", ""),
    )


@dataclass(frozen=True)
class Failure:
    """Why a file could not be read, remembered under its document key."""

    stage: str
    message: str
    hint: str
    limit: str = ""


# --- entries --------------------------------------------------------------------------

def _write_entry(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(path)
    try:
        raw = json.dumps(data, default=str, ensure_ascii=False).encode("utf-8")
        tmp.write_bytes(gzip.compress(raw, compresslevel=1, mtime=0))
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _read_entry(path: Path) -> object | None:
    """The entry's data, or None when it is missing or unreadable (then it is made again)."""
    try:
        return json.loads(gzip.decompress(path.read_bytes()))
    except (OSError, ValueError, EOFError):
        return None


def store_document(path: Path, doc: Document | Failure) -> None:
    if isinstance(doc, Failure):
        _write_entry(path, {"failure": dataclasses.asdict(doc)})
    else:
        _write_entry(path, {"document": document_to_json(doc)})


def load_document(path: Path, source_file: str | None = None) -> Document | Failure | None:
    """The cached `Document` (named `source_file`), the remembered `Failure`, or None."""
    data = _read_entry(path)
    if not isinstance(data, dict):
        return None
    try:
        if "failure" in data:
            return Failure(**data["failure"])
        return document_from_json(data["document"], source_file)
    except (KeyError, TypeError, ValueError):
        return None


def store_result(path: Path, result: DocResult) -> None:
    _write_entry(path, dataclasses.asdict(result))


def load_result(path: Path, source_file: str | None = None) -> DocResult | None:
    """The cached rows of a document, every `source_file` cell set to the name given now
    (the same bytes under another name keep the name the researcher gave them)."""
    raw = _read_entry(path)
    if not isinstance(raw, dict):
        return None
    try:
        result = DocResult(**raw)
    except TypeError:
        return None
    if source_file is not None:
        for row in [result.document, *result.answers, *result.errors]:
            if "source_file" in row:
                row["source_file"] = source_file
    return result


def value_to_json(v: Value) -> list:
    src = v.source
    return [v.field, v.question_id, v.state.value, v.value, v.value_num, v.value_code, v.unit,
            v.item, v.confidence, v.status.value, v.extractor,
            None if src is None else [src.source_file, src.page, src.char_start, src.char_end, src.locator],
            v.evidence, list(v.flags), list(v.reasons), v.original_value]


def value_from_json(data: list) -> Value:
    (name, qid, state, value, num, code, unit, item, conf, status, extractor, src, evidence,
     flags, reasons, original) = data
    return Value(field=name, question_id=qid, state=State(state), value=value, value_num=num,
                 value_code=code, unit=unit, item=item, confidence=conf, status=Status(status),
                 extractor=extractor, source=None if src is None else SourceRef(*src),
                 evidence=evidence, flags=tuple(flags), reasons=tuple(reasons), original_value=original)


def store_extracted(path: Path, found: Extracted) -> None:
    data = {f.name: getattr(found, f.name) for f in dataclasses.fields(found)}
    data["values"] = [value_to_json(v) for v in found.values]
    _write_entry(path, data)


def load_extracted(path: Path, source_file: str | None = None) -> Extracted | None:
    """What extraction made of a document before statuses, named `source_file` (as
    `load_result`), or None when the entry is missing or unreadable."""
    raw = _read_entry(path)
    if not isinstance(raw, dict):
        return None
    try:
        raw["values"] = [value_from_json(v) for v in raw["values"]]
        found = Extracted(**raw)
    except (KeyError, TypeError, ValueError):
        return None
    if source_file is not None:
        found.source_file = source_file
        for row in [found.document, *found.errors]:
            if "source_file" in row:
                row["source_file"] = source_file
    return found


@dataclass(frozen=True)
class Keys:
    """Where one file's entries are: its document, its values before status, its result."""

    document: Path
    extracted: Path
    result: Path


@dataclass(frozen=True)
class Task:
    """One file to process, and where its cache entries go (plain data: it travels to
    worker processes and Dask workers, which must see the same file system)."""

    path: str
    source_name: str
    doc_id: str
    fmt: str  # the suffix the file is named with, for a failed row's `format`
    document_entry: str
    result_entry: str
    limits: Limits
    extracted_entry: str = ""  # "": not kept (the document is extracted whole)


class RunCache:
    """The caches of one output folder, for one set of rules, code and limits."""

    def __init__(self, out_dir: Path, limits: Limits, rules_dir: Path):
        self.root = Path(out_dir) / CACHE_DIR
        self.reader = reader_version(limits)
        self.values = values_version(rules_dir)
        self.extraction = extraction_version(rules_dir)
        self.used: set[Path] = set()

    def keys(self, sha256: str, read_as: str) -> Keys:
        """`read_as`: the format the bytes are read as ("pdf", or "docx~.pdf" for a Word
        file named .pdf, whose document carries a warning naming the suffix)."""
        doc_key = f"{sha256}-{read_as}-{self.reader}"
        return Keys(self.root / DOCUMENTS / sha256[:2] / f"{doc_key}.json.gz",
                    self.root / EXTRACTED / sha256[:2] / f"{doc_key}-{self.values}.json.gz",
                    self.root / RESULTS / sha256[:2] / f"{doc_key}-{self.extraction}.json.gz")

    def use(self, path: Path) -> None:
        """Mark an entry as used by this run (kept by `prune`)."""
        self.used.add(path)
        try:
            os.utime(path)
        except OSError:
            pass

    def prune(self, keep_days: float = KEEP_DAYS) -> int:
        """Remove entries this run did not use and nobody used for `keep_days`; return how many."""
        if not self.root.is_dir():
            return 0
        cutoff = time.time() - keep_days * 86400
        removed = 0
        for path in list(self.root.iterdir()):  # the single-folder layout of older versions
            if path.is_file() and path.name.endswith(".json") and not path.name.startswith("."):
                path.unlink(missing_ok=True)
                removed += 1
        for kind in (DOCUMENTS, EXTRACTED, RESULTS):
            for path in (self.root / kind).glob("*/.*.tmp"):  # left by a killed worker
                try:
                    if path.stat().st_mtime < time.time() - 86400:
                        path.unlink()
                except FileNotFoundError:
                    continue
            for path in (self.root / kind).glob("*/*.json.gz"):
                if path in self.used:
                    continue
                try:
                    if path.stat().st_mtime < cutoff:
                        path.unlink()
                        removed += 1
                except FileNotFoundError:
                    continue
        return removed
