"""Making a write survive a crash or a power cut: fsync of a file's folder.

`os.replace` is atomic, but the new directory entry lives in the folder's metadata; until
the folder itself is synced, a power cut may bring back the old name. Both the output
tables and the corrections ledger call this after every rename.
"""
from __future__ import annotations

import os
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    """Flush `folder`'s entries (renames, new files) to disk; a no-op on Windows."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
