#!/usr/bin/env python
"""Rebuild data/heldout10/raw and data/heldout10/gold (deterministic .docx; PDFs via LibreOffice).

Usage: /work/main/.venv/bin/python build.py [--no-pdf]
Written blind (see README.md). Every person, figure and reference is invented.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import docs_asc, docs_chc, docs_csc, docs_s117  # noqa: E402

# stem -> (builder, output format)
DOCS = [
    ("h10_01", docs_asc.h10_01, "docx"),
    ("h10_02", docs_asc.h10_02, "docx"),
    ("h10_03", docs_asc.h10_03, "pdf"),
    ("h10_04", docs_asc.h10_04, "docx"),
    ("h10_05", docs_chc.h10_05, "docx"),
    ("h10_06", docs_chc.h10_06, "pdf"),
    ("h10_07", docs_chc.h10_07, "docx"),
    ("h10_08", docs_chc.h10_08, "docx"),
    ("h10_09", docs_csc.h10_09, "docx"),
    ("h10_10", docs_csc.h10_10, "docx"),
    ("h10_11", docs_csc.h10_11, "pdf"),
    ("h10_12", docs_csc.h10_12, "docx"),
    ("h10_13", docs_s117.h10_13, "docx"),
    ("h10_14", docs_s117.h10_14, "docx"),
    ("h10_15", docs_s117.h10_15, "pdf"),
    ("h10_16", docs_s117.h10_16, "docx"),
]


def to_pdf(docx_path, out_dir):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", out_dir, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    no_pdf = "--no-pdf" in sys.argv
    raw = os.path.join(HERE, "raw")
    gold = os.path.join(HERE, "gold")
    os.makedirs(raw, exist_ok=True)
    os.makedirs(gold, exist_ok=True)
    tmp = tempfile.mkdtemp()
    try:
        for stem, fn, fmt in DOCS:
            docx_path = os.path.join(raw if fmt == "docx" else tmp, stem + ".docx")
            questionnaire, (name, code), g = fn(docx_path)
            if fmt == "pdf":
                if no_pdf:
                    shutil.copy(docx_path, os.path.join(tmp, stem + ".keep.docx"))
                else:
                    to_pdf(docx_path, raw)
            source = f"{stem}.{fmt}"
            rec = {"source_file": source, "questionnaire": questionnaire,
                   "respondent": {"name": name, "code": code}, "gold": g}
            with open(os.path.join(gold, stem + ".json"), "w", encoding="utf-8") as f:
                json.dump(rec, f, indent=2, ensure_ascii=False)
                f.write("\n")
            print(source, questionnaire, name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
