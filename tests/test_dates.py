"""find_dates and find_fiscal_years: UK day-first dates and April-March years."""
from __future__ import annotations

import pytest

from pipeline.extract.dates import find_dates, find_fiscal_years


@pytest.mark.parametrize("text, value, evidence, flags", [
    pytest.param("count at 18th April 24 was", "2024-04-18", "18th April 24", (), id="ordinal_two_digit_year"),
    pytest.param("18 April 2024", "2024-04-18", "18 April 2024", (), id="day_month_year"),
    pytest.param("on the 1st of April 2023", "2023-04-01", "1st of April 2023", (), id="ordinal_of"),
    pytest.param("31/03/2023", "2023-03-31", "31/03/2023", (), id="slashes_day_first"),
    pytest.param("31.03.23", "2023-03-31", "31.03.23", (), id="dots_two_digit_year"),
    pytest.param("1.4.2023", "2023-04-01", "1.4.2023", (), id="dots_short_four_digit_year"),
    pytest.param("01-04-2023", "2023-04-01", "01-04-2023", (), id="dashes"),
    pytest.param("2023-04-18", "2023-04-18", "2023-04-18", (), id="iso"),
    pytest.param("April 18, 2024", "2024-04-18", "April 18, 2024", (), id="month_first"),
    pytest.param("Tuesday 3 October 2023", "2023-10-03", "Tuesday 3 October 2023", (), id="weekday"),
    pytest.param("Sent: Tuesday, 3 Oct. 2023 10:15", "2023-10-03", "Tuesday, 3 Oct. 2023", (), id="email_sent_line"),
    pytest.param("Wed 3 October 2023", "2023-10-03", "Wed 3 October 2023", ("weekday_mismatch",), id="wrong_weekday_kept"),
    pytest.param("3 SEPT 2023", "2023-09-03", "3 SEPT 2023", (), id="upper_case_abbreviation"),
    pytest.param("March 2023", "2023-03", "March 2023", ("month_precision",), id="month_precision"),
    pytest.param("data as at Mar-23", "2023-03", "Mar-23", ("month_precision",), id="spreadsheet_month"),
    pytest.param("29/02/2024", "2024-02-29", "29/02/2024", (), id="leap_day"),
])
def test_reads_dates(text, value, evidence, flags):
    [f] = find_dates(text)
    assert (f.value, f.text, f.flags) == (value, evidence, flags)
    assert text[f.start:f.end] == f.text


@pytest.mark.parametrize("text", [
    pytest.param("31/02/2023", id="no_such_day"),
    pytest.param("29/02/2023", id="not_a_leap_year"),
    pytest.param("13/13/2023", id="no_such_month"),
    pytest.param("2022/23", id="fiscal_year"),
    pytest.param("2023", id="plain_year"),
    pytest.param("1.2.23", id="paragraph_number"),
    pytest.param("section 3.1.12", id="section_number"),
    pytest.param("1969 individuals", id="count"),
    pytest.param("£31,848.11pw", id="money"),
    pytest.param("18 April", id="no_year"),
    pytest.param("1/2/3/2023", id="slash_chain"),
    pytest.param("31/03/1066", id="year_out_of_range"),
    pytest.param("", id="empty"),
])
def test_does_not_read_dates(text):
    assert find_dates(text) == []


def test_several_dates_in_order():
    text = "Received 1 April 2024; responded 18/04/2024; published April 2024."
    assert [f.value for f in find_dates(text)] == ["2024-04-01", "2024-04-18", "2024-04"]


@pytest.mark.parametrize("text, evidence", [
    pytest.param("spend in 2022/23 ?", "2022/23", id="slash_short"),
    pytest.param("2022-2023", "2022-2023", id="dash_long"),
    pytest.param("2022/2023", "2022/2023", id="slash_long"),
    pytest.param("2022-23", "2022-23", id="dash_short"),
    pytest.param("2022 – 23", "2022 – 23", id="en_dash_spaced"),
    pytest.param("FY22/23", "FY22/23", id="fy_glued"),
    pytest.param("FY 2022-23", "FY 2022-23", id="fy_spaced"),
    pytest.param("financial year 2022 to 2023", "financial year 2022 to 2023", id="words"),
    pytest.param("the 2022 to 2023 financial year", "2022 to 2023 financial year", id="label_after"),
    pytest.param("financial year 22/23", "financial year 22/23", id="label_two_digits"),
    pytest.param("April 2022 to March 2023", "April 2022 to March 2023", id="month_range"),
    pytest.param("1 April 2022 - 31 March 2023", "1 April 2022 - 31 March 2023", id="date_range"),
    pytest.param("01/04/2022 to 31/03/2023", "01/04/2022 to 31/03/2023", id="numeric_date_range"),
    pytest.param("for the year ending 31 March 2023", "year ending 31 March 2023", id="year_ending"),
])
def test_reads_fiscal_year_2022_23(text, evidence):
    [f] = find_fiscal_years(text)
    assert f.value == "2022/23"
    assert text[f.start:f.end] == f.text == evidence


def test_century_boundary():
    assert [f.value for f in find_fiscal_years("1999/00 and 1999-2000")] == ["1999/00", "1999/00"]


@pytest.mark.parametrize("text", [
    pytest.param("2023", id="plain_year"),
    pytest.param("2022/24", id="not_consecutive"),
    pytest.param("2023/22", id="backwards"),
    pytest.param("2023-04-18", id="iso_date"),
    pytest.param("from 2022 to 2023", id="calendar_span_without_label"),
    pytest.param("1 April 2022 - 31 March 2024", id="two_year_range"),
    pytest.param("1 May 2022 - 30 April 2023", id="not_april_to_march"),
    pytest.param("22/23", id="short_without_label"),
    pytest.param("2022/23%", id="ratio"),
    pytest.param("", id="empty"),
])
def test_does_not_read_fiscal_year(text):
    assert find_fiscal_years(text) == []


def test_question_gives_one_fiscal_year_and_no_date():
    text = "Q5 Council spend on external placements in 2021/22: £47,861,800"
    assert [f.value for f in find_fiscal_years(text)] == ["2021/22"]
    assert find_dates(text) == []
