"""Calibration in `foi evaluate`: does a confidence of 0.9 mean right 90% of the time?"""
from __future__ import annotations

import json

import pytest

from pipeline.evaluate import evaluate, format_report
from pipeline.tables import ANSWERS
from pipeline.write import write_table


def calibrated(tmp_path, groups, state=False):
    """groups: (confidence, n, n_right); each prediction is its own document."""
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    rows, i = [], 0
    for conf, n, n_right in groups:
        for k in range(n):
            doc = f"d{i:03d}"
            gold = {"state": "not_held"} if state else 1
            (gold_dir / f"{doc}.json").write_text(json.dumps({"source_file": f"{doc}.txt", "gold": {"f": gold}}))
            right = k < n_right
            if state:
                rows.append({"doc_id": doc, "source_file": f"{doc}.txt", "field": "f",
                             "state": "not_held" if right else "withheld", "confidence": conf})
            else:
                rows.append({"doc_id": doc, "source_file": f"{doc}.txt", "field": "f",
                             "state": "answered", "value": "1" if right else "2", "confidence": conf})
            i += 1
    write_table(pred_dir, "answers", rows, ANSWERS)
    return evaluate(gold_dir, pred_dir)


def test_accuracy_at_or_above_each_threshold(tmp_path):
    report = calibrated(tmp_path, [(0.97, 10, 10), (0.85, 10, 5), (0.6, 4, 1)])
    at = {a.threshold: a for a in report.calibration_at_least}
    assert (at[0.9].count, at[0.9].accuracy, at[0.9].holds) == (10, 1.0, True)
    assert (at[0.8].count, at[0.8].accuracy, at[0.8].holds) == (20, 0.75, False)
    assert at[0.5].count == 24 and at[0.5].accuracy == pytest.approx(16 / 24)
    assert at[0.95].holds is True


def test_states_count_in_calibration(tmp_path):
    report = calibrated(tmp_path, [(0.9, 4, 2)], state=True)
    bins = {(b.low, b.high): b for b in report.calibration}
    assert bins[(0.9, 0.95)].count == 4 and bins[(0.9, 0.95)].accuracy == 0.5
    assert report.expected_calibration_error == pytest.approx(0.4)


def test_the_report_prints_the_reliability_table_and_the_promise(tmp_path):
    report = calibrated(tmp_path, [(0.97, 10, 10), (0.85, 10, 5)])
    text = format_report(report)
    assert "Calibration (reliability of every prediction with a confidence)" in text
    assert "expected calibration error: 0.190" in text
    assert "confidence >= 0.90:   10 predictions, accuracy  1.000 ok" in text
    assert "confidence >= 0.80:   20 predictions, accuracy  0.750 BELOW" in text
    data = report.to_dict()
    assert data["calibration_at_least"][3] == {"threshold": 0.9, "count": 10, "accuracy": 1.0,
                                               "holds": True}
