"""find_money: amounts in pounds, exact to the penny, with their period and hedges."""
from __future__ import annotations

import pytest

from pipeline.extract.money import find_money, find_money_under_headings, heading_scale


def _only(text: str, **kwargs):
    found = find_money(text, **kwargs)
    assert len(found) == 1, f"expected one amount in {text!r}, got {found}"
    f = found[0]
    assert text[f.start:f.end] == f.text
    return f


@pytest.mark.parametrize("text, value, evidence, flags", [
    pytest.param("Total (gross): £51,471,673.00", 51_471_673.00, "£51,471,673.00", (), id="gross_pence"),
    pytest.param("£1.6m", 1_600_000, "£1.6m", (), id="millions_suffix"),
    pytest.param("spend of £2.3 million in total", 2_300_000, "£2.3 million", (), id="million_word"),
    pytest.param("Total: 1,656,101.72", 1_656_101.72, "1,656,101.72", ("no_symbol",), id="bare_pence"),
    pytest.param("(£31,848.11pw)", 31_848.11, "£31,848.11", ("weekly",), id="attached_pw"),
    pytest.param("£450k", 450_000, "£450k", (), id="k_suffix"),
    pytest.param("£61.033m", 61_033_000, "£61.033m", (), id="three_decimals_m"),
    pytest.param("£1.78m", 1_780_000, "£1.78m", (), id="two_decimals_m"),
    pytest.param("c. £7.6m", 7_600_000, "£7.6m", ("approx",), id="circa_symbol"),
    pytest.param("Spend (£): c. 7.6 m", 7_600_000, "7.6 m", ("approx", "no_symbol"), id="circa_pound_nearby"),
    pytest.param("£0", 0.0, "£0", (), id="zero"),
    pytest.param("£ 12,000", 12_000, "£ 12,000", (), id="space_after_symbol"),
    pytest.param("GBP 5,000", 5_000, "GBP 5,000", (), id="gbp_code"),
    pytest.param("gbp5000", 5_000, "gbp5000", (), id="gbp_lower_glued"),
    pytest.param("£2bn", 2_000_000_000, "£2bn", (), id="billions"),
    pytest.param("£1,234.5", 1_234.5, "£1,234.5", (), id="one_decimal"),
    pytest.param("5,000 pounds", 5_000, "5,000 pounds", (), id="pounds_word"),
    pytest.param("2.5 million pounds", 2_500_000, "2.5 million pounds", (), id="million_pounds_word"),
    pytest.param("£500 per week", 500, "£500", ("weekly",), id="per_week"),
    pytest.param("£500 a week", 500, "£500", ("weekly",), id="a_week"),
    pytest.param("weekly cost of £2,210", 2_210, "£2,210", ("weekly",), id="weekly_before"),
    pytest.param("The current weekly value of ICB contributions to these 276 packages is £61,240.50.",
                 61_240.50, "£61,240.50", ("weekly",), id="weekly_earlier_in_the_sentence"),
    pytest.param("£2210k average weekly cost", 2_210_000, "£2210k", ("weekly",), id="weekly_after_word"),
    pytest.param("£1.2m p.a.", 1_200_000, "£1.2m", ("annual",), id="pa_dotted"),
    pytest.param("£26,000 per annum", 26_000, "£26,000", ("annual",), id="per_annum"),
    pytest.param("Annual cost: £5m", 5_000_000, "£5m", ("annual",), id="annual_label"),
    pytest.param("£18.50 per hour", 18.50, "£18.50", ("hourly",), id="hourly_not_annual"),
    pytest.param("approximately £2m", 2_000_000, "£2m", ("approx",), id="approximately"),
    pytest.param("in excess of £1m", 1_000_000, "£1m", ("at_least",), id="lower_bound"),
    pytest.param("a deficit of -£500", -500, "-£500", ("negative",), id="clear_negative"),
    pytest.param("costs - £500", 500, "£500", (), id="dash_is_not_minus"),
    pytest.param("£5 more than last year", 5, "£5", (), id="m_of_more_not_scale"),
    pytest.param("£1.6M", 1_600_000, "£1.6M", (), id="upper_case_scale"),
])
def test_reads_money(text, value, evidence, flags):
    f = _only(text)
    assert f.value == pytest.approx(value, abs=0.001)
    assert f.text == evidence
    assert f.unit == "GBP"
    assert f.flags == flags


@pytest.mark.parametrize("text", [
    pytest.param("spend during 2022/23", id="fiscal_year"),
    pytest.param("s.117 aftercare", id="section"),
    pytest.param("count at 18th April 24", id="date"),
    pytest.param("39", id="plain_count"),
    pytest.param("in 2024 there were 1969", id="plain_integers"),
    pytest.param("Tel: 01375 652000", id="phone"),
    pytest.param("Q5 What was your spend?", id="question_label"),
    pytest.param("c. 7.6 m", id="scale_without_currency"),
    pytest.param("1656101.72", id="pence_without_separators"),
    pytest.param("Figures in £000", id="thousands_heading"),
    pytest.param("£12,34", id="malformed_grouping"),
    pytest.param("3.10% of the spend", id="percent"),
    pytest.param("7.6m people cost the NHS", id="scaled_count_of_people"),
    pytest.param("", id="empty"),
])
def test_does_not_read_money(text):
    assert find_money(text) == []


def test_answer_keeps_annual_and_weekly_apart():
    text = ("Q7 ICB yearly contribution: £1,656,101.72 (£31,848.11pw), being what the ICB "
            "pays us over twelve months.")
    annual, weekly = find_money(text)
    assert (annual.value, annual.flags) == (1_656_101.72, ("annual",))
    assert (weekly.value, weekly.flags) == (31_848.11, ("weekly",))
    # Invariant: the weekly figure, times 52, reconciles with the annual one to the penny.
    assert round(weekly.value * 52, 2) == annual.value


def test_several_amounts_in_order_with_their_own_periods():
    text = "Weekly £500 and annual £26,000; £2,000 pw, £104,000 pa"
    found = find_money(text)
    assert [f.value for f in found] == [500, 26_000, 2_000, 104_000]
    assert [f.flags for f in found] == [("weekly",), ("annual",), ("weekly",), ("annual",)]
    assert [f.start for f in found] == sorted(f.start for f in found)


@pytest.mark.parametrize("pence", range(0, 100, 7))
def test_exact_to_the_penny(pence):
    f = _only(f"£1,234,567.{pence:02d}")
    assert f.value == float(f"1234567.{pence:02d}")


def test_scale_words_are_exact_decimal_arithmetic():
    # 0.1 + 0.2 style float error would give 61032999.99999999.
    assert _only("£61.033m").value == 61_033_000.0
    assert _only("£0.07m").value == 70_000.0


@pytest.mark.parametrize("cell, value, flags", [
    pytest.param("47,862", 47_862_000, ("no_symbol", "thousands"), id="bare_cell"),
    pytest.param("39", 39_000, ("no_symbol", "thousands"), id="small_bare_cell"),
    pytest.param("£1,234.5", 1_234_500, ("thousands",), id="symbol_cell"),
    pytest.param("£1.2m", 1_200_000, (), id="own_scale_wins"),
])
def test_thousands_table_cells(cell, value, flags):
    f = _only(cell, scale=1000)
    assert f.value == value
    assert f.flags == flags


@pytest.mark.parametrize("cell", [
    pytest.param("2022/23", id="fiscal_year"),
    pytest.param("18 April 2024", id="date"),
    pytest.param("5%", id="percent"),
    pytest.param("Q5", id="question"),
])
def test_thousands_table_still_skips_non_money(cell):
    assert find_money(cell, scale=1000) == []


@pytest.mark.parametrize("heading, scale", [
    pytest.param("Spend 2022/23 (£'000)", 1000, id="quoted_000"),
    pytest.param("£000", 1000, id="plain_000"),
    pytest.param("Cost £k", 1000, id="k"),
    pytest.param("Budget £m", 1_000_000, id="millions"),
    pytest.param("Cost (£)", 1, id="pounds"),
    pytest.param("Cost in £ millions", 1_000_000, id="millions_word"),
    pytest.param("", 1, id="empty"),
])
def test_heading_scale(heading, scale):
    assert heading_scale(heading) == scale


def test_bad_scale_is_a_caller_error():
    with pytest.raises(ValueError):
        find_money("£5", scale=0)


@pytest.mark.parametrize("answer, values, flags", [
    pytest.param("Figures in £'000: 2023/24 gross contribution 18,442.", [18_442_000.0],
                 ("no_symbol", "thousands"), id="heading_then_figure_same_line"),
    pytest.param("All figures are £000.\n2022/23 | 412,644\n2023/24 | 420,100",
                 [412_644_000.0, 420_100_000.0], ("no_symbol", "thousands"), id="heading_above_table"),
    pytest.param("Spend (£m)\nCHC | 98.5", [98_500_000.0], ("no_symbol", "millions"), id="millions"),
])
def test_heading_in_the_answer_scales_the_figures_below(answer, values, flags):
    from pipeline.extract.money import find_money_under_headings
    found = find_money_under_headings(answer)
    assert [f.value for f in found] == values
    assert all(f.flags == flags for f in found)
    assert all(answer[f.start:f.end] == f.text for f in found)


def test_figures_before_the_heading_are_read_as_written():
    from pipeline.extract.money import find_money_under_headings
    answer = "Total spend £1.2m.\nBreakdown (£000)\nResidential | 800"
    assert [f.value for f in find_money_under_headings(answer)] == [1_200_000.0, 800_000.0]


def test_no_heading_means_no_bare_numbers():
    from pipeline.extract.money import find_money_under_headings
    assert find_money_under_headings("412 people, 2023/24") == []


@pytest.mark.parametrize("text, value, flags", [
    pytest.param("£18.9\nmillion in 2023/24", 18_900_000.0, (), id="scale_wrapped"),
    pytest.param("£48,210.55\nper week", 48210.55, ("weekly",), id="period_wrapped"),
    pytest.param("£18.9\nMental health services", 18.9, (), id="next_line_is_not_a_scale"),
])
def test_a_scale_or_period_wrapped_onto_the_next_line(text, value, flags):
    (found,) = find_money(text)
    assert found.value == value and found.flags == flags


def test_a_thousands_header_cell_scales_only_its_own_column():
    text = ("Year | Packages | Spend (£000)\n2022/23 | 412 | 18,442\n2023/24 | 430 | 19,100\n\n"
            "A further £5,000 was saved.")
    found = find_money_under_headings(text)
    assert [(f.value, text[f.start:f.end]) for f in found] == [
        (18_442_000.0, "18,442"), (19_100_000.0, "19,100"), (5000.0, "£5,000")]


def test_an_absurd_amount_is_no_amount_and_never_an_exception():
    assert find_money("£" + "9" * 30) == []
    assert find_money("£999,999,999,999.99")[0].value == 999_999_999_999.99
