"""Rebuild raw/ and gold/ for heldout6 (deterministic content). Run with the project venv python."""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_common import RAW, GOLD
import docs_asc, docs_chc, docs_csc, docs_s117

if __name__ == "__main__":
    only = set(sys.argv[1:])
    if not only:
        for d in (RAW, GOLD):
            shutil.rmtree(d, ignore_errors=True)
    os.makedirs(RAW, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    for mod in (docs_asc, docs_chc, docs_csc, docs_s117):
        for fn in mod.ALL:
            if not only or fn.__name__ in only:
                fn(); print("built", fn.__name__)
