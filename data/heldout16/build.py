"""Rebuild data/heldout16/raw and data/heldout16/gold (deterministic apart from PDF timestamps
written by LibreOffice). Run with /work/main/.venv/bin/python data/heldout16/build.py [stem ...]"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import build_docx, docx_to_pdf  # noqa: E402
from lib_rl import KINDS  # noqa: E402
import docs_asc, docs_chc, docs_csc, docs_s117  # noqa: E402,E401

RAW = os.path.join(HERE, "raw")
GOLD = os.path.join(HERE, "gold")


def check_gold(g):
    def walk(v):
        if isinstance(v, dict) and "any_of" in v:
            assert None not in v["any_of"], "null inside any_of"
            for x in v["any_of"]:
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
    for v in g.values():
        walk(v)


def main(only):
    os.makedirs(RAW, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    docs = docs_asc.DOCS + docs_chc.DOCS + docs_csc.DOCS + docs_s117.DOCS
    for d in docs:
        if only and d["stem"] not in only:
            continue
        stem = d["stem"]
        if d["fmt"] == "docx":
            out = os.path.join(RAW, stem + ".docx")
            build_docx(out, d["blocks"], font=d.get("font", "Arial"), header=d.get("header"),
                       footer=d.get("footer"))
        elif d["fmt"] == "pdf":
            tmp = os.path.join(HERE, "_tmp")
            os.makedirs(tmp, exist_ok=True)
            dx = os.path.join(tmp, stem + ".docx")
            build_docx(dx, d["blocks"], font=d.get("font", "Arial"), header=d.get("header"),
                       footer=d.get("footer"))
            out = os.path.join(RAW, stem + ".pdf")
            docx_to_pdf(dx, out)
            os.remove(dx)
        elif d["fmt"] == "rl":
            out = os.path.join(RAW, stem + ".pdf")
            KINDS[d["rl_kind"]](out, d["rl"])
        else:
            raise ValueError(d["fmt"])
        check_gold(d["gold"])
        name, code = d["respondent"]
        assert d["gold"]["respondent"] == name
        g = {"source_file": os.path.basename(out), "questionnaire": d["questionnaire"],
             "respondent": {"name": name, "code": code}, "gold": d["gold"]}
        with open(os.path.join(GOLD, stem + ".json"), "w") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        print("built", os.path.basename(out))
    tmp = os.path.join(HERE, "_tmp")
    if os.path.isdir(tmp) and not os.listdir(tmp):
        os.rmdir(tmp)


if __name__ == "__main__":
    main(set(sys.argv[1:]))
