"""The text of a reviewed document, for showing the evidence in its place.

The output tables keep every value's character span in the document text but not the text
itself (it would double the size of the outputs and put whole letters in every analyst's
DuckDB file). The review page therefore reads the source file again, with the same
`ingest` that the run used, so the spans point at the same characters. The file is looked
up by its recorded `source_file` under the given folders (default `data/raw/`), and is
used only if its sha256 equals the document's `doc_id`: a file changed since the run would
put the highlight on the wrong words, so it is refused with a message instead.

Texts are kept in memory once read, because OCR of a scanned PDF can take seconds.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from pipeline.durable import sha256_file
from pipeline.errors import FoiError
from pipeline.ingest import ingest


@dataclass(frozen=True)
class DocumentText:
    """A document's text, or why it could not be shown (`text` is None then)."""

    text: str | None
    note: str = ""


class DocumentTexts:
    """Finds, checks and reads source files by `doc_id`; safe to share between threads."""

    def __init__(self, roots: list[Path]):
        self.roots = [Path(r) for r in roots]
        self._cache: dict[str, DocumentText] = {}
        self._lock = threading.Lock()

    def _candidates(self, source_file: str) -> list[Path]:
        found = []
        for root in self.roots:
            direct = root / source_file
            if direct.is_file():
                found.append(direct)
        name = Path(source_file).name
        for root in self.roots:  # the folder may have been reorganised since the run
            if root.is_dir():
                found += [p for p in sorted(root.rglob(name)) if p.is_file() and p not in found]
        return found

    def _read(self, doc: Mapping) -> DocumentText:
        source_file = doc.get("source_file") or ""
        where = ", ".join(str(r) for r in self.roots) or "(no folder given)"
        candidates = self._candidates(source_file)
        if not candidates:
            return DocumentText(None, f"{source_file} was not found under {where}; "
                                      f"start `foi review serve` with --raw FOLDER to show it")
        for path in candidates:
            if sha256_file(path) == doc.get("doc_id"):
                try:
                    return DocumentText(ingest(path, source_name=source_file).text)
                except FoiError as exc:
                    return DocumentText(None, f"{path} could not be read again: {exc}")
        return DocumentText(None, f"{candidates[0]} has changed since the last `foi extract` "
                                  f"(its contents hash differs); re-run extract to review it")

    def get(self, doc: Mapping) -> DocumentText:
        """The text of the document described by a `documents` row (doc_id, source_file)."""
        key = doc.get("doc_id") or ""
        with self._lock:
            if key in self._cache:
                return self._cache[key]
        found = self._read(doc)
        with self._lock:
            self._cache[key] = found
        return found
