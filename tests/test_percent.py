"""find_percents: shares 0-100 with their hedges and ranges."""
from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.money import find_money
from pipeline.extract.percent import find_percents


@pytest.mark.parametrize("text, value, evidence, flags", [
    pytest.param("3.10%", 3.10, "3.10%", (), id="two_decimals"),
    pytest.param("funded 4.5 per cent", 4.5, "4.5 per cent", (), id="per_cent_words"),
    pytest.param("46 percent", 46.0, "46 percent", (), id="percent_word"),
    pytest.param("0%", 0.0, "0%", (), id="zero"),
    pytest.param("12.5 %", 12.5, "12.5 %", (), id="space_before_sign"),
    pytest.param("100%", 100.0, "100%", (), id="whole"),
    pytest.param("approximately 46%", 46.0, "46%", ("approx",), id="approx"),
    pytest.param("c. 12.5 %", 12.5, "12.5 %", ("approx",), id="circa"),
    pytest.param("over 50 per cent", 50.0, "50 per cent", ("at_least",), id="lower_bound"),
    pytest.param("less than 5%", 5.0, "5%", ("at_most",), id="upper_bound"),
    pytest.param("Q5c What element? 0%", 0.0, "0%", (), id="question_label_not_hedge"),
])
def test_reads_percent(text, value, evidence, flags):
    [f] = find_percents(text)
    assert f.value == pytest.approx(value)
    assert text[f.start:f.end] == f.text == evidence
    assert f.unit == "percent"
    assert f.flags == flags


def test_split_in_one_sentence():
    text = "46% health, 54% social care in most cases"
    found = find_percents(text)
    assert [f.value for f in found] == [46.0, 54.0]
    assert sum(f.value for f in found) == 100.0


@pytest.mark.parametrize("text, flags", [
    pytest.param("40-50%", ("range", "range:40-50"), id="dash"),
    pytest.param("40% - 50%", ("range", "range:40-50"), id="both_signed"),
    pytest.param("around 10 to 20 per cent", ("approx", "range", "range:10-20"), id="words"),
])
def test_ranges(text, flags):
    [f] = find_percents(text)
    assert f.value is None
    assert f.flags == flags


@pytest.mark.parametrize("text", [
    pytest.param("150% increase", id="over_100"),
    pytest.param("v1.5% sample", id="version_glued"),
    pytest.param("£3.10%", id="money_symbol"),
    pytest.param("3.10", id="no_sign"),
    pytest.param("per cent", id="no_number"),
    pytest.param("", id="empty"),
])
def test_does_not_read_percent(text):
    assert find_percents(text) == []


def test_percentages_of_the_spend_re_derive_the_gold_shares():
    # Figures as in the children's commissioning gold file: health and education shares.
    text = "spend £47,861,800; health 3.10%; education 4.50%; other 0%"
    [spend] = find_money(text)
    shares = [Decimal(str(f.value)) for f in find_percents(text)]
    derived = [float(Decimal(str(spend.value)) * s / 100) for s in shares]
    assert derived == [1_483_715.80, 2_153_781.00, 0.0]


@pytest.mark.parametrize("text, evidence, flags", [
    pytest.param("ranged between 20% and 80%.", "between 20% and 80%", ("range", "range:20-80"), id="between_and"),
    pytest.param("from 10 to 15 per cent", "from 10 to 15 per cent", ("range", "range:10-15"), id="from_to"),
    pytest.param("between 5 and 50% of cases", "between 5 and 50%", ("range", "range:5-50"), id="sign_on_upper_only"),
])
def test_opened_ranges(text, evidence, flags):
    [f] = find_percents(text)
    assert f.value is None and f.text == evidence == text[f.start:f.end]
    assert f.flags == flags
