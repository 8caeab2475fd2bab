"""find_counts: whole numbers of things, and nothing that merely looks like one.

Also holds the tests of rules/vocabulary.yaml and its validator, which every parser reads.
"""
from __future__ import annotations

import copy
import random

import pytest
import yaml

from pipeline.errors import FoiError, RulesError
from pipeline.extract.count import find_counts
from pipeline.extract.dates import find_dates, find_fiscal_years
from pipeline.extract.money import find_money
from pipeline.extract.percent import find_percents
from pipeline.extract.vocabulary import (VOCABULARY_PATH, load_vocabulary,
                                         validate_vocabulary)


def _values(text: str):
    return [(f.value, f.unit, f.flags) for f in find_counts(text)]


@pytest.mark.parametrize("text, value, evidence, unit, flags", [
    pytest.param("1969", 1969, "1969", "", (), id="bare_year_like_count"),
    pytest.param("1,969 individuals", 1969, "1,969", "individuals", (), id="separator_and_noun"),
    pytest.param("39", 39, "39", "", (), id="bare"),
    pytest.param("thirty-nine", 39, "thirty-nine", "", (), id="hyphenated_words"),
    pytest.param("twenty one", 21, "twenty one", "", (), id="spaced_words"),
    pytest.param("Twenty-One clients", 21, "Twenty-One", "clients", (), id="capitalised_words"),
    pytest.param("one hundred and twenty-three", 123, "one hundred and twenty-three", "", (), id="hundred_and"),
    pytest.param("twelve hundred", 1200, "twelve hundred", "", (), id="twelve_hundred"),
    pytest.param("23 (K2, S1, R1)", 23, "23", "", (), id="codes_in_brackets"),
    pytest.param("nil", 0, "nil", "", ("nil",), id="nil"),
    pytest.param("None.", 0, "None", "", ("nil",), id="none"),
    pytest.param("approximately 200 placements", 200, "200", "placements", ("approx",), id="approx"),
    pytest.param("over 200 people", 200, "200", "people", ("at_least",), id="lower_bound"),
    pytest.param("39 jointly funded packages", 39, "39", "packages", (), id="modifiers_before_noun"),
    pytest.param("12 service users", 12, "12", "service users", (), id="two_word_noun"),
    pytest.param("2 million people", 2_000_000, "2 million", "people", (), id="spelled_scale"),
    pytest.param("in 1969 cases", 1969, "1969", "cases", (), id="year_like_with_noun"),
    pytest.param("39.", 39, "39", "", (), id="full_stop_after"),
    pytest.param("2,000+ clients", 2000, "2,000", "clients", ("at_least",), id="plus_after"),
    pytest.param("245 packages of care", 245, "245", "packages of care", (), id="longest_noun"),
])
def test_reads_count(text, value, evidence, unit, flags):
    [f] = find_counts(text)
    assert (f.value, f.text, f.unit, f.flags) == (value, evidence, unit, flags)
    assert text[f.start:f.end] == f.text


@pytest.mark.parametrize("text, evidence, unit, flags", [
    pytest.param("<5", "<5", "", ("suppressed", "below:5"), id="less_than_sign"),
    pytest.param("< 5 people", "< 5", "people", ("suppressed", "below:5"), id="spaced_sign_noun"),
    pytest.param("fewer than 10", "fewer than 10", "", ("suppressed", "below:10"), id="fewer_than"),
    pytest.param("less than five", "less than five", "", ("suppressed", "below:5"), id="less_than_word"),
    pytest.param("5 or fewer people", "5 or fewer", "people", ("suppressed", "at_most:5"), id="or_fewer"),
    pytest.param("*", "*", "", ("suppressed",), id="star_whole_answer"),
    pytest.param(" * \n", "*", "", ("suppressed",), id="star_padded"),
    pytest.param("Packages | * | n/a", "*", "", ("suppressed",), id="star_table_cell"),
])
def test_suppressed(text, evidence, unit, flags):
    [f] = find_counts(text)
    assert f.value is None
    assert (f.text, f.unit, f.flags) == (evidence, unit, flags)
    assert text[f.start:f.end] == f.text


@pytest.mark.parametrize("text, evidence, flags", [
    pytest.param("between 30 and 40", "between 30 and 40", ("range", "range:30-40"), id="between"),
    pytest.param("30-40", "30-40", ("range", "range:30-40"), id="dash"),
    pytest.param("30 – 40 packages", "30 – 40", ("range", "range:30-40"), id="en_dash_noun"),
    pytest.param("from 30 to 40", "from 30 to 40", ("range", "range:30-40"), id="from_to"),
    pytest.param("between thirty and forty", "between thirty and forty", ("range", "range:30-40"), id="words"),
    pytest.param("about 30-40", "30-40", ("approx", "range", "range:30-40"), id="hedged"),
])
def test_ranges(text, evidence, flags):
    [f] = find_counts(text)
    assert f.value is None
    assert (f.text, f.flags) == (evidence, flags)


@pytest.mark.parametrize("text", [
    pytest.param("£1,656,101.72 (£31,848.11pw)", id="money"),
    pytest.param("£39", id="money_small"),
    pytest.param("46% health", id="percent"),
    pytest.param("4.5 per cent", id="percent_words"),
    pytest.param("As at 18th April 24", id="date"),
    pytest.param("18 April", id="day_and_month"),
    pytest.param("April 18", id="month_and_day"),
    pytest.param("March 2023", id="month_year"),
    pytest.param("2022/23", id="fiscal_year"),
    pytest.param("in 2023", id="year_after_in"),
    pytest.param("the 2023 budget", id="year_before_budget"),
    pytest.param("since 2019", id="year_after_since"),
    pytest.param("2019-2025", id="span_of_years"),
    pytest.param("40-30", id="backwards_range"),
    pytest.param("10:30", id="clock"),
    pytest.param("3 pm", id="clock_pm"),
    pytest.param("Tel: 01375 652000", id="phone"),
    pytest.param("0300 123 4567", id="phone_unlabelled"),
    pytest.param("+44 (0)20 7946 0000", id="phone_international"),
    pytest.param("FOI 12345", id="reference"),
    pytest.param("Our ref: FOI-2024-0012", id="reference_dashed"),
    pytest.param("EIR/23/456", id="reference_slashed"),
    pytest.param("s.117", id="section_dotted"),
    pytest.param("section 40", id="section_word"),
    pytest.param("s40", id="section_glued"),
    pytest.param("Care Act 2014", id="act_year"),
    pytest.param("Q4", id="question_glued"),
    pytest.param("question 4", id="question_word"),
    pytest.param("1. Please provide a copy", id="list_label_dot"),
    pytest.param("   2) the next item", id="list_label_bracket"),
    pytest.param("K2", id="code"),
    pytest.param("COVID-19", id="code_with_dash"),
    pytest.param("7.6", id="decimal"),
    pytest.param("18th", id="ordinal"),
    pytest.param("007", id="leading_zero"),
    pytest.param("one-off requests", id="one_off"),
    pytest.param("no one knows", id="no_one"),
    pytest.param("one or more of the ICBs", id="one_or_more"),
    pytest.param("see page 3", id="page"),
    pytest.param("", id="empty"),
])
def test_does_not_read_count(text):
    assert find_counts(text) == []


def test_answer_mixed_with_question_number_date_and_year_like_count():
    text = ("4. How many care packages does the council part-fund each week? At 18th April 24 "
            "the case system held 1969 individuals with packages of care")
    assert _values(text) == [(1969, "individuals", ())]


def test_question_with_section_number_and_act():
    text = ("6. Of these, how many are joint-funded with an ICB (counting s.117 aftercare and "
            "Care Act 2014 cases)? 39")
    assert _values(text) == [(39, "", ())]


def test_counts_never_overlap_other_value_types():
    text = ("Q5 2022/23: £1.6m for 1,969 people (46% health) as at 31/03/2023; <5 s117 cases; "
            "ref FOI 12345; call 01375 652000 at 10:30; between 30 and 40 placements")
    others = [(f.start, f.end) for finder in (find_money, find_percents, find_dates,
                                               find_fiscal_years) for f in finder(text)]
    counts = find_counts(text)
    assert [(f.value, f.flags) for f in counts] == [
        (1969, ()), (None, ("suppressed", "below:5")), (None, ("range", "range:30-40"))]
    for f in counts:
        assert all(f.end <= a or f.start >= b for a, b in others), f


# --- every parser: offsets hold and odd input never raises ---------------------------------

_PIECES = ["£", "1", "9", "0", ",", ".", "/", "-", " ", "\n", "%", "k", "m", "pw", "April",
           "2023", "FY", "<", "*", "|", "Q", "s.", "twenty", "-one", "and", "between", "c.",
           "per cent", "31", "03", "£000", "nil", "(", ")", "\u00a0", "\u2013", "GBP"]
_PARSERS = [find_money, find_counts, find_percents, find_dates, find_fiscal_years]


@pytest.mark.parametrize("seed", range(40))
def test_every_parser_keeps_offsets_and_order_on_random_text(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 60)))
    for parser in _PARSERS:
        found = parser(text)
        assert [f.start for f in found] == sorted(f.start for f in found), parser.__name__
        for f in found:
            assert 0 <= f.start < f.end <= len(text)
            assert text[f.start:f.end] == f.text, (parser.__name__, text, f)
        for a, b in zip(found, found[1:]):
            assert a.end <= b.start, (parser.__name__, text, a, b)


# --- the vocabulary ------------------------------------------------------------------------

def _vocabulary_data() -> dict:
    return yaml.safe_load(VOCABULARY_PATH.read_text(encoding="utf-8"))


def test_shipped_vocabulary_is_valid():
    assert validate_vocabulary(_vocabulary_data(), "rules/vocabulary.yaml") == []
    assert load_vocabulary() is load_vocabulary()  # read once


def test_broken_vocabulary_reports_every_problem_with_its_location():
    data = copy.deepcopy(_vocabulary_data())
    data["scales"]["k"] = "lots"
    data["months"]["sept"] = 13
    data["number_words"]["dozen"] = 12.5
    data["approx_markers"].append("about")
    data["count_nouns"][2] = False
    del data["periods"]["weekly"]
    del data["percent_words"]
    data["colour_words"] = ["red"]
    problems = validate_vocabulary(data, "rules/vocabulary.yaml")
    assert problems[0].startswith("rules/vocabulary.yaml: unknown section 'colour_words'")
    assert problems[1:] == [
        "rules/vocabulary.yaml: scales.k: 'lots' is not a number",
        "rules/vocabulary.yaml: periods: missing group 'weekly'",
        f"rules/vocabulary.yaml: approx_markers[{len(data['approx_markers']) - 1}]: "
        f"'about' repeats rules/vocabulary.yaml: approx_markers[{data['approx_markers'].index('about')}]",
        "rules/vocabulary.yaml: number_words.dozen: 12.5 is not a whole number",
        "rules/vocabulary.yaml: count_nouns[2]: False is not a non-empty string",
        "rules/vocabulary.yaml: percent_words: missing section",
        "rules/vocabulary.yaml: months.sept: 13 is not a month number 1-12",
    ]


@pytest.mark.parametrize("data, expected", [
    pytest.param([], "the top level must be a mapping", id="not_a_mapping"),
    pytest.param({"weekdays": {"monday": 0}}, "weekdays: no name for number(s) [1, 2, 3, 4, 5, 6]",
                 id="weekday_missing"),
    pytest.param({"number_words": {"eleventy": 110}}, "number_words.eleventy: 110 is not 0-19",
                 id="bad_number_word"),
    pytest.param({"suppression": {"symbols": []}}, "suppression.symbols: expected a non-empty list",
                 id="empty_group"),
])
def test_vocabulary_problem_messages(data, expected):
    problems = validate_vocabulary(data, "v.yaml")
    assert any(expected in p for p in problems), problems
    assert all(p.startswith("v.yaml: ") for p in problems)


def test_loading_a_broken_file_raises_one_rules_error_listing_all(tmp_path):
    path = tmp_path / "vocabulary.yaml"
    data = _vocabulary_data()
    data["scales"]["k"] = -1
    data["months"]["mai"] = 0
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(RulesError) as error:
        load_vocabulary(str(path))
    assert isinstance(error.value, FoiError)
    assert len(error.value.problems) == 2
    assert f"{path}: scales.k: -1 is not a positive number" in error.value.problems
    assert "foi rules validate" in str(error.value)


@pytest.mark.parametrize("content, expected", [
    pytest.param(None, "file not found", id="missing"),
    pytest.param("scales: [unclosed", "not valid YAML", id="bad_yaml"),
])
def test_unreadable_vocabulary_names_the_file(tmp_path, content, expected):
    path = tmp_path / "vocabulary.yaml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(RulesError) as error:
        load_vocabulary(str(path))
    assert str(path) in str(error.value) and expected in str(error.value)


@pytest.mark.parametrize("text", [
    pytest.param("Our system (System One) does not record this.", id="product_name"),
    pytest.param("Phase Two of the project", id="phase_name"),
    pytest.param("We will reply within 40 working days.", id="working_days"),
    pytest.param("which represents 18 hours of work", id="hours"),
    pytest.param("a 12-week review", id="dashed_weeks"),
])
def test_names_and_durations_are_not_counts(text):
    assert find_counts(text) == []


@pytest.mark.parametrize("text, value", [
    pytest.param("One ICB covers the area.", 1, id="sentence_start"),
    pytest.param("Yes One person", 1, id="after_yes"),
    pytest.param("Total: Twelve", 12, id="after_label"),
])
def test_number_words_that_count_are_still_counts(text, value):
    assert [f.value for f in find_counts(text)] == [value]


def test_a_figure_after_a_date_and_a_dash_is_a_count_not_a_range():
    from pipeline.extract.count import find_counts
    text = "People receiving aftercare:\n31 March 2023 - 251\n31 March 2024 - 268\nRange 10-20 cases\n"
    found = find_counts(text)
    assert [f.value for f in found if f.value is not None] == [251, 268]
    assert [f.flags for f in found if f.value is None] == [("range", "range:10-20")]


def test_a_figure_of_three_digits_opening_a_line_is_a_count_not_a_list_label():
    from pipeline.extract.count import find_counts
    assert [f.value for f in find_counts("312. This is 118 s117 cases and 194 Care Act packages.")][:1] == [312]
    assert [f.value for f in find_counts("1. Please give the figure for the year.")] == []
