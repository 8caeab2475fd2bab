"""Figures split by year, age band or total inside one answer (pipeline/extract/dimension.py)."""
from __future__ import annotations

import pytest

from pipeline.extract.dimension import find_dimension_labels, inside_label, label_for
from pipeline.extract.typed import Context
from pipeline.rules import FieldSpec, load_rules
from pipeline.tables import ANSWERS, split_dimension
from pipeline.valuetypes.count import read_count
from pipeline.valuetypes.fiscal_year import read_fiscal_year
from pipeline.valuetypes.money import read_money
from pipeline.valuetypes.percent import read_percent

RULES = load_rules()
CTX = Context(rules=RULES, gazetteer=None)
COUNT = FieldSpec(name="n", type="count", question_id="q")
MONEY = FieldSpec(name="m", type="money", question_id="q", period="annual")
PCT = FieldSpec(name="p", type="percent", question_id="q")
YEAR = FieldSpec(name="y", type="fiscal_year", question_id="q")


@pytest.mark.parametrize("text, labels", [
    pytest.param("18-64: 312; 65 and over: 1,140; total 1,452.",
                 [("age_band", "18-64"), ("age_band", "65 and over"), ("total", "total")], id="age_bands_total"),
    pytest.param("2022/23: £14,906,215; 2023/24: £16,388,902",
                 [("year", "2022/23"), ("year", "2023/24")], id="years_before"),
    pytest.param("£6.1m (2022/23) and £6.7m in 2023/24", [("year", "2022/23"), ("year", "2023/24")], id="years_after"),
    pytest.param("Aged 18 to 64 – 120, aged 65+ – 340", [("age_band", "18 to 64"), ("age_band", "65+")], id="aged_dashes"),
    pytest.param("In 2023 we had 45 people", [], id="year_in_a_sentence"),
    pytest.param("£14,906,215", [], id="no_label_inside_a_number"),
])
def test_finds_labels(text, labels):
    assert [(d.kind, d.label) for d in find_dimension_labels(text, RULES)] == labels


def test_label_for_and_inside_label():
    text = "18-64: 312; 65 and over: 1,140"
    labels = find_dimension_labels(text, RULES)
    assert label_for(labels, text.index("312"), text.index("312") + 3, text).label == "18-64"
    assert inside_label(labels, text.index("64"), text.index("64") + 2)
    assert not inside_label(labels, text.index("312"), text.index("312") + 3)


def _dims(cands):
    return [next((f.split(":", 1)[1] for f in c.flags if f.startswith("dimension:")), "") for c in cands]


def test_counts_by_age_band_keep_each_band_and_put_the_total_first():
    cands = read_count("18-64: 312; 65 and over: 1,140; total 1,452.", COUNT, CTX)
    assert [c.value_num for c in cands] == [1452, 312, 1140]  # the "18-64" and "65" labels are no counts
    assert _dims(cands) == ["total", "18-64", "65 and over"]
    assert cands[1].value_num + cands[2].value_num == cands[0].value_num  # the parts add up


def test_money_by_year_latest_first_and_year_field_agrees():
    text = "2022/23: £14,906,215; 2023/24: £16,388,902"
    money = read_money(text, MONEY, CTX)
    assert [(c.value_num, d) for c, d in zip(money, _dims(money))] == [
        (16_388_902.0, "2023/24"), (14_906_215.0, "2022/23")]
    assert read_fiscal_year(text, YEAR, CTX)[0].value == "2023/24"


def test_percent_by_year():
    cands = read_percent("2022/23: 41%; 2023/24: 44%", PCT, CTX)
    assert [(c.value_num, d) for c, d in zip(cands, _dims(cands))] == [(44.0, "2023/24"), (41.0, "2022/23")]


def test_one_labelled_figure_is_not_a_split():
    cands = read_money("2023/24: £9,482,310", MONEY, CTX)
    assert [c.value_num for c in cands] == [9_482_310.0] and _dims(cands) == [""]


def test_dimension_column_follows_the_spec_columns():
    assert ANSWERS.index("dimension") > ANSWERS.index("flags")
    assert ANSWERS[-2:] == ["dimension", "respondent_code"]
    assert split_dimension(("approx", "dimension:2023/24")) == ("approx", "2023/24")
    assert split_dimension(("approx",)) == ("approx", "")
