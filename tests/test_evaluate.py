"""The evaluator: scoring semantics shared with shared/tools/score.py, report and calibration."""
from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.evaluate import (
    GoldError, as_bool, evaluate, format_report, gold_field_names, normalise_text,
)
from pipeline.tables import ANSWERS, DOCUMENTS
from pipeline.write import write_table

SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "tools" / "score.py"


def row(field, value="", *, doc="thurrock", item=0, state="answered", value_num=None,
        status="auto", confidence=0.97, ext="txt"):
    return {"doc_id": doc, "source_file": f"{doc}.{ext}", "field": field, "item": item,
            "state": state, "value": value, "value_num": value_num, "status": status,
            "confidence": confidence}


def make(tmp_path, gold_by_doc, answers, documents=()):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    for doc, gold in gold_by_doc.items():
        (gold_dir / f"{doc}.json").write_text(json.dumps(
            {"source_file": f"{doc}.txt", "questionnaire": "asc_joint_funding", "gold": gold}))
    write_table(pred_dir, "answers", list(answers), ANSWERS)
    if documents:
        write_table(pred_dir, "documents", list(documents), DOCUMENTS)
    return gold_dir, pred_dir


def score_one(tmp_path, gold, rows):
    """(correct, predicted, gold_count) for one field of one document."""
    gold_dir, pred_dir = make(tmp_path, {"thurrock": {"f": gold}}, rows)
    o = evaluate(gold_dir, pred_dir).overall
    return o.correct, o.predicted, o.gold


# --- one field, many kinds of gold ----------------------------------------------------

@pytest.mark.parametrize("gold, rows, expected", [
    pytest.param(1969, [row("f", "1969", value_num=1969)], (1, 1, 1), id="exact_count"),
    pytest.param(1969, [row("f", "1,969 individuals")], (0, 1, 1), id="unparsed_text_misses"),
    pytest.param(1969, [row("f", "1,969")], (1, 1, 1), id="number_from_value_text"),
    pytest.param(1656101.72, [row("f", "£1,656,101.72", value_num=1656101.724)], (1, 1, 1),
                 id="within_half_a_penny"),
    pytest.param(1656101.72, [row("f", "", value_num=1656101.73)], (0, 1, 1),
                 id="a_penny_out"),
    pytest.param(0, [row("f", "£0", value_num=0.0)], (1, 1, 1), id="zero"),
    pytest.param(False, [row("f", "No")], (1, 1, 1), id="boolean_from_no"),
    pytest.param(True, [row("f", "false")], (0, 1, 1), id="boolean_wrong"),
    pytest.param("Ian Wake", [row("f", "ian wake –")], (1, 1, 1), id="name_case_and_dash"),
    pytest.param("2024-04-18", [row("f", "2024-04-18")], (1, 1, 1), id="iso_date"),
    pytest.param({"state": "not_applicable"}, [row("f", state="not_applicable")], (1, 1, 1),
                 id="state"),
    pytest.param({"state": "not_applicable"}, [row("f", "N/A")], (0, 1, 1),
                 id="value_where_state_expected"),
    pytest.param({"any_of": [False, {"state": "not_applicable"}]},
                 [row("f", state="not_applicable")], (1, 1, 1), id="any_of_state"),
    pytest.param({"any_of": [False, {"state": "not_applicable"}]}, [row("f", "no")],
                 (1, 1, 1), id="any_of_value"),
    pytest.param({"any_of": ["yes", "partial"]}, [row("f", state="withheld")], (0, 1, 1),
                 id="any_of_none_holds"),
    pytest.param(["NHS Devon ICB", "CHAT"],
                 [row("f", "chat", item=0), row("f", "NHS Devon ICB", item=1)], (1, 1, 1),
                 id="list_as_set"),
    pytest.param(["CHAT"], [row("f", "CHAT"), row("f", "CHAT", item=1)], (1, 1, 1),
                 id="list_duplicates_collapse"),
    pytest.param(["CHAT", "SDQ"], [row("f", "CHAT")], (0, 1, 1), id="list_missing_item"),
    pytest.param(["CHAT"], [row("f", "CHAT"), row("f", "SDQ", item=1)], (0, 1, 1),
                 id="list_extra_item"),
    pytest.param(None, [row("f", "s40")], (0, 1, 0), id="value_where_gold_null"),
    pytest.param([], [row("f", "s40")], (0, 1, 0), id="value_where_gold_empty_list"),
    pytest.param(None, [], (0, 0, 0), id="nothing_where_gold_null"),
    pytest.param(1969, [], (0, 0, 1), id="nothing_predicted"),
    pytest.param(39, [row("f", state="withheld"), row("f", "39", value_num=39, item=1)],
                 (1, 1, 1), id="answered_row_wins_over_state"),
])
def test_field_scoring(tmp_path, gold, rows, expected):
    assert score_one(tmp_path, gold, rows) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mid & South Essex", "mid and south essex"),
    ("  Liquidlogic (LAS).  ", "liquidlogic las"),
    ("Ian Wake \u2013", "ian wake"),
])
def test_normalise_text(text, expected):
    assert normalise_text(text) == expected


@pytest.mark.parametrize("text, expected", [("Yes", True), ("N", False), ("1", True),
                                            ("partial", None)])
def test_as_bool(text, expected):
    assert as_bool(text) is expected


# --- a whole report -------------------------------------------------------------------

GOLD = {
    "thurrock": {
        "care_packages_count": 1969,
        "la_annual_cost_gbp": 51471673.0,
        "portfolio_holder_name": {"state": "not_applicable"},
        "icbs_covering": ["NHS Mid and South Essex Integrated Care Board"],
        "exemptions": [],
        "respondent": "Thurrock Council",
    },
    "devon": {
        "health_share_pct": 3.1,
        "models_of_practice": "no",
        "other_comments": None,
    },
}

ANSWER_ROWS = [
    row("care_packages_count", "1969", value_num=1969, confidence=0.98),
    row("la_annual_cost_gbp", "51471673", value_num=51471673.0, status="review",
        confidence=0.6),
    row("portfolio_holder_name", state="not_applicable", confidence=0.9),
    row("icbs_covering", "NHS Mid and South Essex ICB", status="auto", confidence=0.99),
    row("exemptions", "s40", status="auto", confidence=0.95),
    row("health_share_pct", "3.10%", value_num=3.1, doc="devon", ext="pdf", status="corrected",
        confidence=1.0),
    row("models_of_practice", "yes", doc="devon", ext="pdf", status="review", confidence=0.55),
]

TYPES = {"care_packages_count": "count", "la_annual_cost_gbp": "money",
         "health_share_pct": "percent", "models_of_practice": "yes/no",
         "icbs_covering": "icb"}


@pytest.fixture
def report(tmp_path):
    gold_dir, pred_dir = make(tmp_path, GOLD, ANSWER_ROWS, documents=[
        {"doc_id": "thurrock", "source_file": "thurrock.txt", "respondent": "Thurrock Council"},
        {"doc_id": "ghost", "source_file": "ghost.txt", "respondent": "Nowhere"}])
    return evaluate(gold_dir, pred_dir, TYPES)


def test_overall_numbers(report):
    # gold values: 7 (null and [] are not expected values); predictions: 8;
    # correct: count, cost, state, pct, respondent (from documents.csv) = 5;
    # the ICB short name and the exemption predicted against [] are wrong.
    o = report.overall
    assert (report.docs, report.docs_missing) == (2, 0)
    assert (o.gold, o.predicted, o.correct) == (7, 8, 5)
    assert report.recall == pytest.approx(5 / 7)
    assert report.precision == pytest.approx(5 / 8)


def test_review_and_auto_split(report):
    o = report.overall
    # review: la_annual_cost_gbp (right), models_of_practice (wrong); corrected counts as auto
    assert (o.predicted_auto, o.correct_auto) == (6, 4)
    assert report.auto_precision == pytest.approx(4 / 6)
    assert report.auto_recall == pytest.approx(4 / 7)
    assert report.review_rate == pytest.approx(2 / 8)


def test_per_field_and_per_type(report):
    fields = {s.name: s for s in report.per_field}
    assert (fields["exemptions"].gold, fields["exemptions"].predicted,
            fields["exemptions"].correct) == (0, 1, 0)
    assert fields["other_comments"].precision is None
    types = {s.name: s for s in report.per_type}
    assert set(types) == {"count", "money", "percent", "yes/no", "icb", "other"}
    # "other" = portfolio_holder_name, exemptions, respondent, other_comments
    assert (types["other"].gold, types["other"].predicted, types["other"].correct) == (2, 3, 2)
    assert types["yes/no"].recall == 0.0 and types["money"].review_rate == 1.0


def test_misses_name_doc_field_gold_prediction_and_status(report):
    misses = {(m.doc, m.field): m for m in report.misses}
    assert set(misses) == {("thurrock", "icbs_covering"), ("thurrock", "exemptions"),
                           ("devon", "models_of_practice")}
    m = misses[("devon", "models_of_practice")]
    assert (m.gold, m.predicted, m.status) == ("no", ["yes"], "review")


def test_report_to_dict_is_json_and_text_ends_with_summary(report):
    data = json.loads(json.dumps(report.to_dict()))
    assert data["summary"]["correct"] == 5
    assert len(data["calibration"]) == 6
    text = format_report(report)
    assert text.splitlines()[-1].startswith("docs=2 missing=0 gold=7 recall=0.714")
    assert "thurrock icbs_covering" in text


def test_missing_document_is_counted(tmp_path):
    gold_dir, pred_dir = make(tmp_path, {"absent": {"f": 1}, "thurrock": {"f": 1}},
                              [row("f", "1", value_num=1)])
    r = evaluate(gold_dir, pred_dir)
    assert (r.docs, r.docs_missing, r.recall) == (2, 1, 0.5)


def test_renderings_share_one_gold_file(tmp_path):
    gold_dir, pred_dir = make(tmp_path, {"thurrock": {"f": 1969}},
                              [row("f", "1969", value_num=1969, ext="pdf")])
    assert evaluate(gold_dir, pred_dir).recall == 1.0


# --- calibration ----------------------------------------------------------------------

def calibration_set(tmp_path, groups):
    """groups: (confidence, n, n_correct); every prediction is its own document."""
    gold, rows, i = {}, [], 0
    for conf, n, n_right in groups:
        for k in range(n):
            doc = f"d{i:03d}"
            gold[doc] = {"f": 1}
            rows.append(row("f", "1" if k < n_right else "2", doc=doc, confidence=conf))
            i += 1
    return evaluate(*make(tmp_path, gold, rows))


def test_perfectly_calibrated_set_has_near_zero_ece(tmp_path):
    r = calibration_set(tmp_path, [(0.6, 10, 6), (0.85, 20, 17), (0.975, 40, 39)])
    assert r.expected_calibration_error == pytest.approx(0.0, abs=1e-9)
    bins = {(b.low, b.high): b for b in r.calibration}
    assert bins[(0.8, 0.9)].count == 20 and bins[(0.8, 0.9)].accuracy == pytest.approx(0.85)
    assert bins[(0.0, 0.5)].count == 0 and bins[(0.0, 0.5)].accuracy is None


def test_over_confident_set_has_large_ece(tmp_path):
    r = calibration_set(tmp_path, [(0.99, 20, 10)])
    assert r.expected_calibration_error == pytest.approx(0.49)
    assert r.calibration[-1].count == 20 and r.calibration[-1].mean_confidence == pytest.approx(0.99)


def test_confidence_one_falls_in_the_last_bin(tmp_path):
    r = calibration_set(tmp_path, [(1.0, 2, 2), (0.5, 1, 1)])
    assert [b.count for b in r.calibration] == [0, 1, 0, 0, 0, 2]


# --- gold files -----------------------------------------------------------------------

def test_gold_field_names(tmp_path):
    gold_dir, _ = make(tmp_path, GOLD, [])
    assert gold_field_names(gold_dir) == set(GOLD["thurrock"]) | set(GOLD["devon"])


def test_bad_gold_reports_every_problem_with_its_file(tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "a.json").write_text(json.dumps({"source_file": "a.txt", "gold": {
        "x": {"state": "not_aplicable"}, "y": {"any_of": [None, 1]}, "z": {"value": 3}}}))
    (gold_dir / "b.json").write_text("{not json")
    with pytest.raises(GoldError) as err:
        gold_field_names(gold_dir)
    text = str(err.value)
    assert "4 problem(s)" in text
    assert "a.json: gold.x" in text and "gold.y.any_of[0]" in text and "gold.z" in text
    assert "b.json: not readable JSON" in text


def test_empty_gold_folder_says_what_to_pass(tmp_path):
    with pytest.raises(GoldError, match="--gold"):
        gold_field_names(tmp_path)


# --- agreement with the independent scorer --------------------------------------------

@pytest.mark.skipif(not SCORER.is_file(), reason="shared/tools/score.py is not beside the repo")
def test_agrees_with_independent_scorer(tmp_path, report):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    out = tmp_path / "score.json"
    subprocess.run([sys.executable, str(SCORER), str(gold_dir), str(pred_dir), "--json",
                    str(out)], check=True, capture_output=True, timeout=60)
    theirs = json.loads(out.read_text())["summary"]
    ours = report.overall
    assert theirs["gold_values"] == ours.gold and theirs["predicted"] == ours.predicted
    for key in ("recall", "precision", "auto_precision", "auto_recall", "review_rate"):
        assert math.isclose(theirs[key], getattr(ours, key)), key
    assert len(json.loads(out.read_text())["misses"]) == len(report.misses)
