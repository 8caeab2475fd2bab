"""Rebuild data/heldout17/raw/*.eml and gold/*.json deterministically.

Run: /work/main/.venv/bin/python data/heldout17/build.py
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import to_bytes
import docs_asc, docs_chc, docs_csc, docs_s117

RAW = os.path.join(HERE, "raw"); GOLD = os.path.join(HERE, "gold")


def main():
    os.makedirs(RAW, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    for mod in (docs_asc, docs_chc, docs_csc, docs_s117):
        for f in mod.DOCS:
            name, msg, qn, (rname, rcode), gold = f()
            with open(os.path.join(RAW, name), "wb") as fh:
                fh.write(to_bytes(msg))
            g = {"source_file": name, "questionnaire": qn,
                 "respondent": {"name": rname, "code": rcode}, "gold": gold}
            stem = os.path.splitext(name)[0]
            with open(os.path.join(GOLD, stem + ".json"), "w") as fh:
                json.dump(g, fh, indent=2, ensure_ascii=False); fh.write("\n")
            print(name)


if __name__ == "__main__":
    main()
