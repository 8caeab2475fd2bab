"""Progress of a run on a terminal: documents, pages, rate, ETA, then the write phase.

One line on stderr, redrawn at most a few times a second; nothing at all when stderr is not
a terminal (piped, in CI, in tests) unless asked for with `--progress`.

    extracting 412/1,000 documents (3,210 pages), 18.2 docs/s, ETA 0:32, 1,204 unchanged
    writing tables 600/1,000 documents
"""
from __future__ import annotations

import sys
import time


def _clock(seconds: float) -> str:
    seconds = int(max(0, seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class Progress:
    """A one-line progress report; every method is a no-op when it is not enabled."""

    def __init__(self, enabled: bool | None = None, stream=None, every: float = 0.25):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.every = every
        self.total = self.done = self.pages = self.unchanged = 0
        self.started = time.monotonic()
        self._shown = 0.0
        self._width = 0

    def start(self, total: int, unchanged: int) -> None:
        """`total` documents to extract now; `unchanged` taken from the cache."""
        self.total, self.unchanged = total, unchanged
        self.started = time.monotonic()
        self._show(self._extract_line(), force=True)

    def document_done(self, pages: int = 0) -> None:
        self.done += 1
        self.pages += pages or 0
        self._show(self._extract_line(), force=self.done == self.total)

    def _extract_line(self) -> str:
        if not self.total:
            return f"nothing to extract, {self.unchanged:,} unchanged"
        elapsed = time.monotonic() - self.started
        rate = self.done / elapsed if elapsed > 0 and self.done else 0.0
        eta = f", ETA {_clock((self.total - self.done) / rate)}" if rate and self.done < self.total else ""
        unchanged = f", {self.unchanged:,} unchanged" if self.unchanged else ""
        return (f"extracting {self.done:,}/{self.total:,} documents ({self.pages:,} pages), "
                f"{rate:.1f} docs/s{eta}{unchanged}")

    def writing(self, done: int, total: int) -> None:
        self._show(f"writing tables {done:,}/{total:,} documents", force=done in (0, total))

    def kept(self, documents: int) -> None:
        """Nothing changed since the published run: its tables are kept as they are."""
        self._show(f"{documents:,} unchanged: the published tables are kept", force=True)

    def finish(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\n")
            self.stream.flush()
            self._width = 0

    def _show(self, line: str, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._shown < self.every:
            return
        self._shown = now
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = len(line)
