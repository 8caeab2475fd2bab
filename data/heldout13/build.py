#!/usr/bin/env python
"""Rebuild data/heldout13/raw and data/heldout13/gold (deterministic).

Run with /work/main/.venv/bin/python (needs python-docx). Written blind: every person, figure,
reference and policy detail is invented; body names and codes come from rules/reference.
"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

from common import write_gold, write_text, normalise_zip  # noqa: E402
import docs_html, docs_eml, docs_docx, docs_txt  # noqa: E402


def main():
    raw = os.path.join(HERE, "raw")
    gold = os.path.join(HERE, "gold")
    for d in (raw, gold):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    for mod in (docs_html, docs_eml, docs_docx, docs_txt):
        for stem, ext, q, name, code, content, g in mod.DOCS:
            path = os.path.join(raw, f"{stem}.{ext}")
            if callable(content):
                content(path)
                normalise_zip(path)
            elif ext == "eml":
                write_text(path, content, newline="\r\n")
            else:
                write_text(path, content)
            write_gold(gold, stem, ext, q, name, code, g)
    print(f"built {len(os.listdir(raw))} documents into {raw}")


if __name__ == "__main__":
    main()
