"""Property tests: no parser throws on any text, every span lies inside the text it was read
from and its evidence is exactly those characters, and money written out reads back."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract.count import find_counts
from pipeline.extract.dates import find_dates, find_fiscal_years
from pipeline.extract.mask import BLANK, reading_text
from pipeline.extract.money import find_money, find_money_under_headings
from pipeline.extract.percent import find_percents
from pipeline.model import Document, Page
from pipeline.review.values import ValueProblem, read_reviewer_value
from pipeline.rules import load_rules
from pipeline.run import process_document

RULES = load_rules()
FINDERS = [find_counts, find_money, find_money_under_headings, find_percents, find_dates,
           find_fiscal_years]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that looks like answers: figures, currency, separators, words that matter to readers.
_PIECES = st.sampled_from([
    "£", "£1,250", "1,969", "£18.9", "million", "m", "k", "per week", "pw", "%", "50/50",
    "2023/24", "31 March 2024", "<5", "nil", "approx.", "between", "and", "to", "-", " | ",
    "\n", ". ", ", ", "Yes", "No", "not held", "section 40(2)", "s117", "Care Act 2014 s14",
    "System One", "65+", "18-64", "£000", "Total", "people", "Q4", "1.", "a)", "(", ")",
    "9" * 30, "0.5", "−", "€", "twenty-one", "hundred", "thousand",
])
ANSWERS = st.one_of(st.text(max_size=200), st.lists(_PIECES | st.text(max_size=6), max_size=40).map("".join))


@pytest.mark.parametrize("finder", FINDERS, ids=lambda f: f.__name__)
@SETTINGS
@given(text=ANSWERS)
def test_finders_never_throw_and_spans_lie_inside_the_text(finder, text):
    for found in finder(text):
        assert 0 <= found.start <= found.end <= len(text)


@SETTINGS
@given(amount=st.decimals(min_value=0, max_value=Decimal("999999999999"), places=2,
                          allow_nan=False, allow_infinity=False))
def test_money_written_out_reads_back_to_the_penny(amount):
    text = f"The cost was £{amount:,.2f} in total."
    (found,) = find_money(text)
    assert Decimal(str(found.value)).quantize(Decimal("0.01")) == amount


@SETTINGS
@given(text=ANSWERS)
def test_reading_text_keeps_every_offset(text):
    masked = reading_text(text, RULES)
    assert len(masked) == len(text)
    assert all(m == t or m in (BLANK, " ") for m, t in zip(masked, text))


SPECS = {f.type: f for qn in RULES.questionnaires.values() for f in qn.fields.values()}


@pytest.mark.parametrize("kind", sorted(SPECS))
@SETTINGS
@given(text=ANSWERS)
def test_a_reviewer_value_is_read_or_refused_with_a_reason(kind, text):
    try:
        read_reviewer_value(SPECS[kind], text, RULES)
    except ValueProblem as problem:
        assert str(problem)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.lists(st.tuples(st.sampled_from(["1.", "2.", "Q3", "4a)", "", "Response:"]), ANSWERS),
                     max_size=8))
def test_a_whole_response_never_throws_and_every_value_is_traceable(body):
    text = "Freedom of Information response\n" + "\n".join(f"{n} {a}" for n, a in body)
    doc = Document(doc_id="p", source_file="p.txt", format="txt", text=text, pages=(Page(1, 0, len(text)),))
    result = process_document(doc)
    for row in result.answers:
        if row["char_start"] is not None and "derived" not in row["flags"]:
            assert text[row["char_start"]:row["char_end"]] == row["evidence"]
    for pair in result.qa_pairs:
        assert 0 <= pair["char_start"] <= pair["char_end"] <= len(text)
