"""Benchmark: `foi questionnaire draft` with the real questionnaire taken away (not a test).

For each questionnaire in rules/questionnaires/, in a copy of the project whose rules/ lacks
it, the responses known to answer it (the gold files' `questionnaire`) are drafted from with
the real commands, as a researcher would run them:

    foi questionnaire draft <responses> --out rules/questionnaires/<id>_draft.yaml
    foi rules validate
    foi extract <responses> --out <tmp>      # then documents.csv: which were detected?

and the draft is compared with the real questionnaire: the number of questions, and whether
the questions whose real fields are money, counts, yes/no (and the rest) got a field of that
type. A drafted question is paired with a real one by wording (`score_matrix`, best first).

    .venv/bin/python bench/bench_draft.py                 # data/raw + data/heldout*/raw, not heldout4
    .venv/bin/python bench/bench_draft.py --sets heldout4 # the blind set: figures only

CPU seconds are those of the three commands (child processes), not wall time.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = ("raw", "heldout", "heldout2", "heldout3", "heldout_q4")
JUDGED = ("money", "count", "yesno")


def _set_dirs(name: str) -> tuple[Path, Path]:
    if name == "raw":
        return ROOT / "data" / "raw", ROOT / "data" / "gold"
    return ROOT / "data" / name / "raw", ROOT / "data" / name / "gold"


def responses_by_questionnaire(sets: list[str]) -> dict[str, list[Path]]:
    """Which files answer which questionnaire, from the gold files (nothing else is read)."""
    out: dict[str, list[Path]] = {}
    for name in sets:
        raw, gold = _set_dirs(name)
        for g in sorted(gold.glob("*.json")):
            data = json.loads(g.read_text(encoding="utf-8"))
            path = raw / data["source_file"]
            if path.exists():
                out.setdefault(data.get("questionnaire", ""), []).append(path)
    return out


def _cpu_children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _foi(tree: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=tree, env=env,
                          capture_output=True, text=True)


def _project_copy(dest: Path, without: str) -> Path:
    """The pipeline and rules/ copied into `dest`, minus one questionnaire's YAML.

    The rules folder is found next to the package (pipeline/rules.py RULES_DIR), so a copy
    of both is a project that has never seen the questionnaire."""
    shutil.copytree(ROOT / "pipeline", dest / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "rules", dest / "rules")
    for path in (dest / "rules" / "questionnaires").glob("*.y*ml"):
        if path.stem == without:
            path.unlink()
    return dest


def _pair_questions(draft_qn, real_qn, rules) -> dict[str, str]:
    """Drafted question id -> real question id, best wording score first, one to one."""
    from pipeline.segment.wording import score_matrix

    cands = []
    for dq in draft_qn.questions:
        scores = score_matrix(list(dq.wordings), real_qn.questions, rules).max(axis=0)
        for j, rq in enumerate(real_qn.questions):
            cands.append((float(scores[j]), dq.id, rq.id))
    paired, used = {}, set()
    for score, did, rid in sorted(cands, reverse=True):
        if score >= 70 and did not in paired and rid not in used:
            paired[did] = rid
            used.add(rid)
    return paired


def measure(qn_id: str, files: list[Path], work: Path, show: bool) -> dict:
    sys.path.insert(0, str(ROOT))
    from pipeline.rules import load_rules

    real_rules = load_rules(ROOT / "rules")
    real_qn = real_rules.questionnaires[qn_id]
    tree = _project_copy(work / qn_id, without=qn_id)
    draft_id = f"{qn_id}_draft"
    out_yaml = tree / "rules" / "questionnaires" / f"{draft_id}.yaml"
    cpu0 = _cpu_children()
    drafted = _foi(tree, "questionnaire", "draft", *map(str, files), "--out", str(out_yaml))
    validated = _foi(tree, "rules", "validate")
    extracted = _foi(tree, "extract", *map(str, files), "--out", str(tree / "out"),
                     "--corrections", str(tree / "corrections"))
    cpu = _cpu_children() - cpu0
    row = {"questionnaire": qn_id, "responses": len(files), "draft_rc": drafted.returncode,
           "validate_rc": validated.returncode, "cpu_s": round(cpu, 1)}
    if not out_yaml.exists():
        row["error"] = drafted.stderr.strip()[-300:]
        return row
    draft_rules = load_rules(tree / "rules")
    draft_qn = draft_rules.questionnaires[draft_id]
    row.update(real_questions=len(real_qn.questions), draft_questions=len(draft_qn.questions))
    row["validate_warnings"] = sum(1 for line in validated.stderr.splitlines() if line.startswith("warning:"))
    # types: each real question against the drafted question paired with it
    paired = {r: d for d, r in _pair_questions(draft_qn, real_qn, real_rules).items()}
    row["paired"] = len(paired)
    hits, totals = Counter(), Counter()
    primary_same = 0
    for rq in real_qn.questions:
        dq = draft_qn.question(paired[rq.id]) if rq.id in paired else None
        drafted_types = {f.type for f in dq.fields} if dq else set()
        if dq and dq.fields and rq.fields and dq.fields[0].type == rq.fields[0].type:
            primary_same += 1
        for t in {f.type for f in rq.fields}:
            totals[t] += 1
            hits[t] += t in drafted_types
        if show:
            print(f"    {rq.id:5} {[f.type for f in rq.fields]} -> {dq.id if dq else '-':6} "
                  f"{[f.type for f in dq.fields] if dq else ''}")
    row["primary_type_same"] = f"{primary_same}/{len(real_qn.questions)}"
    row["types"] = {t: f"{hits[t]}/{totals[t]}" for t in sorted(totals)}
    row["judged_types"] = f"{sum(hits[t] for t in JUDGED)}/{sum(totals[t] for t in JUDGED)}"
    # detection, from the extraction's own documents table
    detected = 0
    docs_csv = tree / "out" / "documents.csv"
    if docs_csv.exists():
        with docs_csv.open(encoding="utf-8") as fh:
            detected = sum(1 for r in csv.DictReader(fh) if r["questionnaire"] == draft_id)
    row["detected"] = f"{detected}/{len(files)}"
    row["detected_share"] = round(detected / max(1, len(files)), 3)
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="+", default=list(DEFAULT_SETS),
                    help="data sets to take responses from (raw = data/raw)")
    ap.add_argument("--only", nargs="*", default=None, help="questionnaire ids to measure")
    ap.add_argument("--show", action="store_true", help="print the type pairing per question "
                    "(never with a blind set)")
    ap.add_argument("--keep", type=Path, default=None, help="keep the project copies here")
    a = ap.parse_args()
    if a.show and "heldout4" in a.sets:
        ap.error("--show prints what a blind set holds; measure heldout4 without it")
    by_qn = responses_by_questionnaire(a.sets)
    sys.path.insert(0, str(ROOT))
    from pipeline.rules import load_rules

    ids = a.only or sorted(load_rules(ROOT / "rules").questionnaires)
    with tempfile.TemporaryDirectory() as tmp:
        work = a.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        rows = []
        for qn_id in ids:
            files = by_qn.get(qn_id, [])
            if not files:
                print(f"{qn_id}: no responses in {', '.join(a.sets)}")
                continue
            row = measure(qn_id, files, work, a.show)
            rows.append(row)
            print(json.dumps(row))
    ok = [r for r in rows if "draft_questions" in r]
    if ok:
        within = sum(abs(r["draft_questions"] - r["real_questions"]) <= 2 for r in ok)
        valid = sum(r["validate_rc"] == 0 for r in ok)
        det = sum(r["detected_share"] >= 0.8 for r in ok)
        print(f"summary over {len(rows)} questionnaires ({', '.join(a.sets)}): validate {valid}/{len(rows)}, "
              f"questions within +/-2 {within}/{len(rows)}, detected >= 80% {det}/{len(rows)}")


if __name__ == "__main__":
    main()
