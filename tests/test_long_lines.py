"""A response that is one long line (an export with no line breaks) is read to its end.

The finders, the gazetteer and the respondent step see every repeat of a paragraph that is
written hundreds of times on one line, and find in it what they find in one copy. (How
their CPU grows with the length of such a line is measured by `bench/bench_cpu.py --long`,
not here: tests are never timed.)
"""
from __future__ import annotations

import pytest

from pipeline.entities import load_gazetteer
from pipeline.extract.count import find_counts
from pipeline.extract.dates import find_dates
from pipeline.extract.money import find_money
from pipeline.extract.percent import find_percents
from pipeline.gazetteer import tokenise
from pipeline.limits import break_long_lines
from pipeline.respondent import detect_respondent
from pipeline.rules import load_rules
from pipeline.run import process_file

RULES = load_rules()
# written for this test: a council, a trust, a district council that speaks for itself,
# e-mail addresses, dates, money, counts and percentages, and no line break anywhere
UNIT = ("Dear Requester, Thurrock Council does not hold this. Dover District Council does not hold "
        "the records. On 1 April 2024 the Leeds and York Partnership NHS Foundation Trust spent "
        "£1,250 on 12 people (35%). Contact foi@thurrock.gov.uk. Yours sincerely, Thurrock Council. ")
REPEATS = 400  # about 100,000 characters on one line


def _long_line() -> str:
    return UNIT * REPEATS


@pytest.mark.parametrize("finder", [find_dates, find_money, find_percents, find_counts], ids=lambda f: f.__name__)
def test_a_finder_finds_every_copy_on_one_long_line(finder):
    one = finder(UNIT, vocab=RULES.vocabulary)
    many = finder(_long_line(), vocab=RULES.vocabulary)
    assert one
    assert len(many) == REPEATS * len(one)
    assert [f.value for f in many[-len(one):]] == [f.value for f in one]


def test_the_tokeniser_reaches_the_end_of_a_long_line():
    text = _long_line()
    tokens = tokenise(text)
    assert len(tokens) == REPEATS * len(tokenise(UNIT))
    assert all(text[t.start:t.end] for t in tokens[-5:])


def test_the_respondent_of_a_long_line_is_the_body_of_one_copy():
    gaz = load_gazetteer()
    text = break_long_lines(_long_line(), RULES.limits)
    one, many = detect_respondent(UNIT, "response.txt", gaz), detect_respondent(text, "response.txt", gaz)
    assert one is not None and many is not None
    assert (many.kind, many.code) == (one.kind, one.code) == ("council", "E06000034")
    mentions = [e for e in many.evidence if e.code == "E06000034" and e.source != "email_domain"]
    assert len(mentions) >= REPEATS  # every copy's mention was weighed, not only the first


def test_a_one_line_file_goes_through_the_whole_pipeline(tmp_path):
    path = tmp_path / "one_line.txt"
    path.write_text(_long_line(), encoding="utf-8")
    result = process_file(path, path.name)
    assert not [e for e in result.errors if e["stage"] == "pipeline"]
    assert result.document["respondent_code"] == "E06000034"
    assert result.document["pages"] == 1
