#!/usr/bin/env python3
"""Score the pipeline on real FOI responses kept outside the repository.

usage: score_real.py FOLDER [--gold DIR] [--pred DIR] [--split tune|measure|all]
                            [--prefix ID_PREFIX] [--json OUT] [--keep OUT_DIR] [--verbose]

FOLDER holds retrieved documents named <id>.<ext> (for example /work/real/tune/c01.txt).
Gold files are <id>.json in --gold (default: the gold/ folder next to this script), in the
format described in bench/real/README.md. The manifest (manifest.csv next to this script)
give each id its split and layout family.

Unless --pred names a folder that already holds the pipeline's tables, the script runs
`.venv/bin/foi extract` on the selected documents with an empty corrections folder, then
reports, per document and overall:
  - respondent right (name equal, case-insensitively, or code equal; when the gold
    respondent is null, because the text never names the body, a blank respondent is right);
  - questionnaire detected right;
  - pairs right: for each gold pair, the first qa_pairs row of the document (in text order)
    whose question_text holds every question key (and whose number equals the gold number,
    when one is given) must hold every answer key in its answer_text, and its question_text
    must not hold the answer keys that are figures; per layout family and overall, with the
    wrong pairs listed;
  - field-level scores for documents of a known questionnaire, from
    score.py (../shared/tools/, else `foi evaluate`) run on a temporary folder of gold files in the SPEC shape.
Only the standard library is used.
"""
import argparse
import csv
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
# the independent scorer beside the repository (../shared/tools/); `foi evaluate` when absent
SCORE_PY = REPO.parent / "shared" / "tools" / "score.py"
csv.field_size_limit(10**9)

QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                        "\u2013": "-", "\u2014": "-", "\u00a0": " "})
FIGURE = re.compile(r"^[£$€]?\s*\d[\d,]*(\.\d+)?\s*(%|k|m|bn)?$", re.I)
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def norm_text(s):
    """Case-folded, quotes and dashes made plain, whitespace collapsed."""
    return re.sub(r"\s+", " ", str(s or "").translate(QUOTES).casefold()).strip()


def roman_to_int(s):
    if not s or any(c not in ROMAN for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        v = ROMAN[c]
        total += -v if i + 1 < len(s) and ROMAN[s[i + 1]] > v else v
    return total


def norm_number(s):
    """'Q1', '1.', '(1)', '1(a)', 'Q.1a' -> '1', '1', '1', '1a', '1a'; roman 'IV' -> '4';
    a lone letter 'c' -> '3' (as the pipeline numbers a request lettered a), b), c))."""
    s = norm_text(s)
    s = re.sub(r"^(question|q\.?|no\.?)\s*", "", s)
    s = re.sub(r"[\s().:\-\]\[]", "", s)
    if len(s) == 1 and s in "abcdefgh":
        return str(ord(s) - ord("a") + 1)  # questions numbered only by letters: their position
    r = roman_to_int(s)
    if r is not None and s not in ("",):
        return str(r)
    return s


def numbers_in(text):
    """Numeric values written in a text, thousands separators ignored."""
    out = set()
    for m in NUMBER.finditer(text or ""):
        raw = m.group(0).rstrip(",")
        try:
            out.add(float(raw.replace(",", "")))
        except ValueError:
            pass
    return out


def is_figure(key):
    return bool(FIGURE.match(key.strip()))


def figure_value(key):
    m = NUMBER.search(key)
    return float(m.group(0).replace(",", "")) if m else None


def contains_key(text, key):
    """Case-insensitive, whitespace-collapsed containment; figures compared as numbers."""
    if is_figure(key):
        return figure_value(key) in numbers_in(text)
    t, k = norm_text(text), norm_text(key)
    if k in t:
        return True
    # a number written inside a text key ("15th March 2024") may carry separators
    return k.replace(",", "") in t.replace(",", "")


def read_csv(path):
    if not Path(path).exists():
        return []
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def load_manifests():
    rows = {}
    for p in sorted(HERE.glob("manifest*.csv")):
        for r in read_csv(p):
            if r.get("id"):
                rows[r["id"]] = r
    return rows


def run_extract(docs, out_dir):
    """Copy the selected documents to a temp folder and run the pipeline on it."""
    work = Path(tempfile.mkdtemp(prefix="score_real_in_"))
    corr = Path(tempfile.mkdtemp(prefix="score_real_corr_"))
    for p in docs:
        shutil.copy2(p, work / p.name)
    foi = REPO / ".venv" / "bin" / "foi"
    cmd = [str(foi)] if foi.exists() else [sys.executable, "-m", "pipeline"]
    cmd += ["extract", str(work), "--out", str(out_dir), "--corrections", str(corr)]
    res = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(corr, ignore_errors=True)
    if res.returncode not in (0, 1) or not (Path(out_dir) / "documents.csv").exists():
        tail = "\n".join((res.stdout + res.stderr).strip().splitlines()[-15:])
        sys.exit(f"extract failed (exit {res.returncode}), no documents.csv in {out_dir}:\n{tail}")
    return (res.stdout + res.stderr).strip().splitlines()[-1:] if (res.stdout or res.stderr) else []


def pair_result(pair, rows):
    """(ok, reason, row) for one gold pair against one document's qa_pairs rows."""
    qkeys = pair.get("question_keys") or []
    akeys = pair.get("answer_keys") or []
    num = norm_number(pair.get("number") or "")
    cands = [r for r in rows if all(contains_key(r.get("question_text", ""), k) for k in qkeys)]
    if num:
        cands = [r for r in cands if norm_number(r.get("question_number", "")) == num]
    if not cands:
        return False, "no question row with these keys" + (f" and number {pair.get('number')}" if num else ""), None
    row = cands[0]
    missing = [k for k in akeys if not contains_key(row.get("answer_text", ""), k)]
    if missing:
        return False, "answer lacks " + ", ".join(repr(k) for k in missing), row
    leaked = [k for k in akeys if is_figure(k) and contains_key(row.get("question_text", ""), k)]
    if leaked:
        return False, "figure in question text: " + ", ".join(repr(k) for k in leaked), row
    return True, "", row


def field_scores(golds, pred_dir, verbose):
    """Run the independent scorer on the documents of a known questionnaire."""
    keep = {cid: g for cid, g in golds.items()
            if g.get("questionnaire", "unknown") != "unknown" and g.get("gold")}
    if not keep:
        return None, "no document of a known questionnaire"
    tmp = Path(tempfile.mkdtemp(prefix="score_real_gold_"))
    for cid, g in keep.items():
        spec = {"source_file": g["source_file"], "questionnaire": g["questionnaire"], "gold": g["gold"]}
        (tmp / f"{cid}.json").write_text(json.dumps(spec, indent=1, ensure_ascii=False))
    if SCORE_PY.exists():
        cmd = ["python3", str(SCORE_PY), str(tmp), str(pred_dir)] + (["--verbose"] if verbose else [])
    else:
        cmd = [str(REPO / ".venv" / "bin" / "foi"), "evaluate", "--gold", str(tmp), "--pred", str(pred_dir)]
    res = subprocess.run(cmd, capture_output=True, text=True)
    shutil.rmtree(tmp, ignore_errors=True)
    text = (res.stdout + res.stderr).strip()
    summary = {}
    last = text.splitlines()[-1] if text else ""
    for m in re.finditer(r"(\w+)=([\d.na]+)", last):
        try:
            summary[m.group(1)] = float(m.group(2))
        except ValueError:
            summary[m.group(1)] = m.group(2)
    return {"docs": sorted(keep), "output": text, "summary": summary}, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", help="folder of retrieved documents named <id>.<ext>")
    ap.add_argument("--gold", default=str(HERE / "gold"))
    ap.add_argument("--pred", help="reuse a folder holding documents.csv and qa_pairs.csv")
    ap.add_argument("--split", choices=["tune", "measure", "all"], default="all")
    ap.add_argument("--prefix", default="", help="only ids starting with this (e.g. c)")
    ap.add_argument("--json", help="write every result to this JSON file")
    ap.add_argument("--keep", help="write the pipeline's tables here instead of a temp folder")
    ap.add_argument("--verbose", action="store_true", help="pass --verbose to score.py")
    a = ap.parse_args()

    manifest = load_manifests()
    golds = {}
    for gf in sorted(Path(a.gold).glob("*.json")):
        golds[gf.stem] = json.loads(gf.read_text(encoding="utf-8"))
    docs = {}
    for p in sorted(Path(a.folder).iterdir()):
        if p.is_file() and p.stem in golds and p.stem.startswith(a.prefix):
            split = manifest.get(p.stem, {}).get("split", "")
            if a.split == "all" or split == a.split:
                docs[p.stem] = p
    golds = {cid: g for cid, g in golds.items() if cid in docs}
    if not docs:
        sys.exit(f"no documents in {a.folder} with a gold file (split {a.split})")

    note = []
    if a.pred:
        pred = Path(a.pred)
    else:
        pred = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="score_real_out_"))
        note = run_extract(list(docs.values()), pred)

    documents = {Path(r["source_file"]).stem: r for r in read_csv(pred / "documents.csv")}
    by_doc = defaultdict(list)
    doc_ids = {r["doc_id"]: stem for stem, r in documents.items()}
    for i, r in enumerate(read_csv(pred / "qa_pairs.csv")):
        stem = doc_ids.get(r["doc_id"])
        if stem is not None:
            r["_order"] = (int(r.get("page") or 0), int(r.get("char_start") or 0), i)
            by_doc[stem].append(r)
    for rows in by_doc.values():
        rows.sort(key=lambda r: r["_order"])

    per_doc, wrong = [], []
    fam_tot = defaultdict(lambda: [0, 0])
    for cid in sorted(docs):
        g = golds[cid]
        m = manifest.get(cid, {})
        fam = m.get("layout_family") or "unlisted"
        d = documents.get(cid, {})
        gr = g.get("respondent") or {}
        if isinstance(gr, str):
            gr = {"name": gr}
        name_ok = bool(gr.get("name")) and norm_text(d.get("respondent")) == norm_text(gr.get("name"))
        code_ok = bool(gr.get("code")) and (d.get("respondent_code") or "").strip().upper() == gr["code"].upper()
        unnamed = not gr.get("name") and not gr.get("code")  # the text never names its body
        resp_ok = name_ok or code_ok or (unnamed and not (d.get("respondent") or "").strip())
        q_ok = (d.get("questionnaire") or "unknown") == g.get("questionnaire", "unknown")
        right = 0
        for pair in g.get("pairs", []):
            ok, reason, row = pair_result(pair, by_doc.get(cid, []))
            right += ok
            fam_tot[fam][0] += ok
            fam_tot[fam][1] += 1
            if not ok:
                wrong.append({"id": cid, "family": fam, "number": pair.get("number", ""),
                              "question_keys": pair.get("question_keys"), "answer_keys": pair.get("answer_keys"),
                              "reason": reason,
                              "pred_number": (row or {}).get("question_number", ""),
                              "pred_answer": norm_text((row or {}).get("answer_text", ""))[:90]})
        per_doc.append({"id": cid, "split": m.get("split", ""), "family": fam, "status": d.get("status", "missing"),
                        "respondent_gold": gr.get("name", ""), "respondent_pred": d.get("respondent", ""),
                        "respondent_ok": resp_ok,
                        "respondent_wrong": bool((d.get("respondent") or "").strip()) and not resp_ok, "questionnaire_gold": g.get("questionnaire", "unknown"),
                        "questionnaire_pred": d.get("questionnaire", ""), "questionnaire_ok": q_ok,
                        "pairs_right": right, "pairs": len(g.get("pairs", [])), "qa_rows": len(by_doc.get(cid, []))})

    fields, why = field_scores(golds, pred, a.verbose)

    # ---- report
    print(f"score_real: {len(per_doc)} documents (split {a.split}), pred {pred}" + (f" [{note[0]}]" if note else ""))
    print(f"{'id':5} {'split':7} {'family':27} {'resp':4} {'quest':5} {'pairs':>6}  respondent predicted")
    for r in per_doc:
        print(f"{r['id']:5} {r['split']:7} {r['family'][:27]:27} {'ok' if r['respondent_ok'] else 'NO':4} "
              f"{'ok' if r['questionnaire_ok'] else 'NO':5} {r['pairs_right']:>2}/{r['pairs']:<3}  "
              f"{(r['respondent_pred'] or '-')[:40]}")
    n = len(per_doc)
    resp = sum(r["respondent_ok"] for r in per_doc)
    quest = sum(r["questionnaire_ok"] for r in per_doc)
    pr = sum(r["pairs_right"] for r in per_doc)
    pt = sum(r["pairs"] for r in per_doc)
    print("\npairs by layout family:")
    for fam, (ok, tot) in sorted(fam_tot.items()):
        print(f"  {fam:30} {ok:3}/{tot:<3} {ok / tot:.2f}")
    resp_wrong = sum(r["respondent_wrong"] for r in per_doc)
    print(f"\nrespondent right     {resp}/{n} = {resp / n:.2f}  (wrong body named: {resp_wrong}; "
          f"the rest left blank)")
    print(f"questionnaire right  {quest}/{n} = {quest / n:.2f}")
    print(f"pairs right          {pr}/{pt} = {pr / pt:.2f}" if pt else "pairs right          0/0")
    if wrong:
        print(f"\nwrong pairs ({len(wrong)}):")
        for w in wrong:
            print(f"  {w['id']} #{w['number'] or '-'} {w['question_keys']} -> {w['answer_keys']}: {w['reason']}"
                  + (f" [row {w['pred_number'] or '-'}: '{w['pred_answer'][:60]}']" if w["pred_answer"] or w["pred_number"] else ""))
    print("\nfield-level (score.py):" if fields else f"\nfield-level: {why}")
    if fields:
        print(f"  docs: {', '.join(fields['docs'])}")
        for line in fields["output"].splitlines():
            print("  " + line)
    if a.json:
        out = {"split": a.split, "pred": str(pred), "documents": per_doc, "wrong_pairs": wrong,
               "families": {k: {"right": v[0], "total": v[1]} for k, v in fam_tot.items()},
               "overall": {"documents": n, "respondent_right": resp, "questionnaire_right": quest,
                           "pairs_right": pr, "pairs": pt},
               "fields": fields}
        Path(a.json).write_text(json.dumps(out, indent=1, ensure_ascii=False))
    if not a.pred and not a.keep:
        shutil.rmtree(pred, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
