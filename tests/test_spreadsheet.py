"""The formula guard: what a spreadsheet would run gets an apostrophe, and comes back exact."""
from __future__ import annotations

import pytest

from pipeline.spreadsheet import neutralise, restore, starts_formula


@pytest.mark.parametrize("text", [
    pytest.param('=HYPERLINK("http://x","y")', id="hyperlink"),
    pytest.param("+1+1", id="plus_sum"),
    pytest.param("@SUM(A1)", id="at_function"),
    pytest.param("-2+3", id="minus_sum"),
    pytest.param("\t=1", id="tab"),
    pytest.param("\r=1", id="carriage_return"),
    pytest.param("-", id="lone_minus"),
    pytest.param("+44 20 7946 0000", id="phone_with_spaces"),
])
def test_formula_starts_get_a_guard_and_come_back(text):
    assert starts_formula(text)
    assert neutralise(text) == "'" + text
    assert restore(neutralise(text)) == text


@pytest.mark.parametrize("text", [
    pytest.param("-5", id="negative"),
    pytest.param("+44", id="plus_number"),
    pytest.param("-1,234.50", id="thousands"),
    pytest.param("-2.5e3", id="exponent"),
    pytest.param("£1.6m", id="money"),
    pytest.param("'quoted' word", id="apostrophe_word"),
    pytest.param("", id="empty"),
])
def test_plain_numbers_and_text_are_left_alone(text):
    assert neutralise(text) == text and restore(text) == text


@pytest.mark.parametrize("text", ["'=x", "''@y", "'-2+3"])
def test_text_that_already_looks_guarded_round_trips(text):
    assert neutralise(text).startswith("''")
    assert restore(neutralise(text)) == text
