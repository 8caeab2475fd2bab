"""Rebuild data/heldout7/raw and gold deterministically.

Run: /work/main/.venv/bin/python data/heldout7/build.py
Needs LibreOffice (soffice) and chromium for the Word->PDF and web-page->PDF documents.
"""
import os, sys, shutil, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import docs_a, docs_b, docs_c


def main():
    for d in (common.RAW, common.GOLD):
        for f in glob.glob(os.path.join(d, "*")):
            os.remove(f)
    for i in range(1, 21):
        name = f"h7_{i:02d}"
        for mod in (docs_a, docs_b, docs_c):
            fn = getattr(mod, name, None)
            if fn:
                fn(); print("built", name); break
        else:
            raise SystemExit(f"missing {name}")
    shutil.rmtree(common.WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
