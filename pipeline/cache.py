"""The run's two caches under `<out>/.cache/`, so a re-run does only the work that changed.

- `documents/`: what ingest made of a file, a `Document` (or why it could not be read),
  keyed by the file's bytes, the format they are read as and the *reader version*: the
  code of `pipeline/ingest/`, the limits that govern reading, whether Tesseract and
  LibreOffice are installed and the versions of the PDF/Word libraries. Editing a rule
  does not touch this cache, so a rules edit re-runs extraction without reading any file
  again.
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
from pipeline.model import Block, Document, OcrWord, Page
from pipeline.rows import DocResult

CACHE_DIR = ".cache"
DOCUMENTS = "documents"
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


def extraction_version(rules_dir: Path) -> str:
    """What a document's rows depend on besides the document: every rule and the code."""
    rules_dir = Path(rules_dir)
    h = hashlib.sha256(f"foi {__version__} extract\0".encode())
    _hash_files(h, sorted(p for p in rules_dir.rglob("*") if p.is_file()), rules_dir)
    code = sorted(p for p in PACKAGE.rglob("*.py")
                  if p.relative_to(PACKAGE).parts[0] != "ingest"
                  and str(p.relative_to(PACKAGE)) not in NOT_EXTRACTION)
    _hash_files(h, code, PACKAGE)
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


@dataclass(frozen=True)
class Keys:
    """Where one file's entries are: its document and its result."""

    document: Path
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


class RunCache:
    """The two caches of one output folder, for one set of rules, code and limits."""

    def __init__(self, out_dir: Path, limits: Limits, rules_dir: Path):
        self.root = Path(out_dir) / CACHE_DIR
        self.reader = reader_version(limits)
        self.extraction = extraction_version(rules_dir)
        self.used: set[Path] = set()

    def keys(self, sha256: str, read_as: str) -> Keys:
        """`read_as`: the format the bytes are read as ("pdf", or "docx~.pdf" for a Word
        file named .pdf, whose document carries a warning naming the suffix)."""
        doc_key = f"{sha256}-{read_as}-{self.reader}"
        return Keys(self.root / DOCUMENTS / sha256[:2] / f"{doc_key}.json.gz",
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
        for kind in (DOCUMENTS, RESULTS):
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
