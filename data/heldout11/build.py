"""Rebuild raw/ and gold/ for heldout11 (run from anywhere with the project venv):

    /work/main/.venv/bin/python data/heldout11/build.py

Deterministic content; e-mails, HTML, DOCX and reportlab PDFs are byte-stable. The two LibreOffice PDFs and
the Chromium PDF carry the tool's own creation timestamps, so their bytes (not their text) change per run.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import docs_eml  # noqa: E402
import docs_html  # noqa: E402
import docs_rl  # noqa: E402
import docs_word  # noqa: E402

EXT = {"h11_01": "eml", "h11_02": "pdf", "h11_03": "html", "h11_04": "pdf", "h11_05": "eml", "h11_06": "pdf",
       "h11_07": "pdf", "h11_08": "html", "h11_09": "eml", "h11_10": "eml", "h11_11": "pdf", "h11_12": "html",
       "h11_13": "eml", "h11_14": "eml", "h11_15": "pdf", "h11_16": "pdf"}


def main(only=None):
    raw = os.path.join(HERE, "raw")
    gold = os.path.join(HERE, "gold")
    os.makedirs(raw, exist_ok=True)
    os.makedirs(gold, exist_ok=True)
    fns = docs_eml.DOCS + docs_word.DOCS + docs_rl.DOCS + docs_html.DOCS
    for fn in sorted(fns, key=lambda f: f.__name__):
        stem = fn.__name__
        if only and stem not in only:
            continue
        g = fn(raw)
        out = {"source_file": "%s.%s" % (stem, EXT[stem])}
        out.update(g)
        assert os.path.exists(os.path.join(raw, out["source_file"])), stem
        with open(os.path.join(gold, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        print("built", out["source_file"])


if __name__ == "__main__":
    main(set(sys.argv[1:]) or None)
