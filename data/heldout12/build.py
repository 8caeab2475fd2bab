"""Rebuild data/heldout12/raw/ and gold/ (16 FOI responses, written blind).

    /work/main/.venv/bin/python data/heldout12/build.py

Needs python-docx, reportlab, LibreOffice (`soffice`) and Chromium (`chromium`). Content is deterministic;
DOCX zips and reportlab PDFs are byte-stable, LibreOffice/Chromium PDFs carry their own creation stamps.
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build_asc_csc  # noqa: E402
import build_chc  # noqa: E402
import build_s117  # noqa: E402
from build_common import ensure_dirs  # noqa: E402


def main():
    ensure_dirs()
    for fn in build_chc.ALL + build_s117.ALL + build_asc_csc.ALL:
        fn()
        print("built", fn.__name__)


if __name__ == "__main__":
    main()
