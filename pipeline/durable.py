"""Making a write survive a crash or a power cut: fsync of a file's folder, and a lock file
so that one process at a time writes a folder.

`os.replace` is atomic, but the new directory entry lives in the folder's metadata; until
the folder itself is synced, a power cut may bring back the old name. Both the output
tables and the corrections ledger call this after every rename.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
from pathlib import Path
from typing import Iterator


def temp_path(target: Path) -> Path:
    """A temporary file for `target`: hidden, in the same folder (os.replace is only atomic
    within one file system), and unique, so two writers never share one."""
    return target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")


def fsync_dir(folder: Path) -> None:
    """Flush `folder`'s entries (renames, new files) to disk; a no-op on Windows."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on `path` (created if missing); another process waits.

    Without `fcntl` (Windows) nothing is locked: one writer at a time is then the user's job.
    """
    with open(path, "a+b") as handle:
        try:
            import fcntl
        except ImportError:
            yield
            return
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def sha256_file(path: Path) -> str:
    """The sha256 of a file's bytes, read a megabyte at a time."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
