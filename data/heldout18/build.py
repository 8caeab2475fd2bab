"""Rebuild raw/ and gold/ for heldout18 (20 blind FOI responses with gold).

Run from anywhere:  /work/main/.venv/bin/python data/heldout18/build.py
Needs LibreOffice (soffice) and Chromium for three of the PDFs."""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "docs"))

RAW = os.path.join(HERE, "raw")
GOLD = os.path.join(HERE, "gold")
WORK = os.path.join(HERE, ".work")

import docs_a  # noqa: E402
import docs_b  # noqa: E402
import docs_c  # noqa: E402
import docs_d  # noqa: E402


def main():
    for d in (RAW, GOLD, WORK):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    entries = []
    for mod in (docs_a, docs_b, docs_c, docs_d):
        entries.extend(mod.DOCS)
    for e in entries:
        stem = e["stem"]
        fname = e["build"](RAW, WORK)
        g = {
            "source_file": fname,
            "questionnaire": e["questionnaire"],
            "respondent": e["respondent"],
            "gold": e["gold"],
        }
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
        print("built", fname)
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
