"""Values come from the answer's own words: what `reading_text` blanks and what it keeps."""
import pytest

from pipeline.extract.mask import BLANK, applies_exemption, reading_text, reflow
from pipeline.rules import load_rules

RULES = load_rules()


def kept(text: str, asked: tuple[str, ...] = ()) -> str:
    masked = reading_text(text, RULES, asked)
    assert len(masked) == len(text)  # offsets never move
    assert all(m == t or m == BLANK for m, t in zip(masked, text))
    return " ".join(masked.replace(BLANK, " ").split())


@pytest.mark.parametrize("text, expected", [
    pytest.param("Yes. The appropriate limit is £450, which represents 18 hours of work.", "Yes.",
                 id="cost_limit_arithmetic"),
    pytest.param("2,310 people. You may complain to the Information Commissioner.", "2,310 people.",
                 id="review_rights"),
    pytest.param("If there is no policy, please state so.\nPlease see the attached policy.",
                 "Please see the attached policy.", id="request_sentence_left_in_the_answer"),
    pytest.param("> How many people were funded?\n412", "412", id="quoted_line"),
    pytest.param("Charging follows Care Act 2014 s14 rules.", "Charging follows Care Act s rules.",
                 id="act_and_section_numbers"),
    pytest.param("Under Section 12(1) we cannot answer.", "Under Section we cannot answer.",
                 id="section_with_subsection"),
    pytest.param("Contact s117.team@example.gov.uk", "Contact s117.team@example.gov.uk",
                 id="address_kept"),
    pytest.param("Introduction ........ 3\nWe hold 57 records.", "We hold 57 records.", id="contents_line"),
])
def test_reading_text_blanks_what_is_not_the_answer(text, expected):
    assert kept(text) == expected


def test_a_restated_question_is_blanked_but_an_answer_in_its_words_is_kept():
    asked = ("Which tool is used to decide eligibility, for example the Decision Support Tool?",)
    assert kept("Which tool is used to decide eligibility? The Decision Support Tool is used.",
                asked) == "The Decision Support Tool is used."


def test_a_restated_sentence_with_a_figure_of_its_own_is_an_answer():
    asked = ("How many people were receiving a council funded package?",)
    text = "How many people were receiving a council funded package? 3,126"
    assert kept(text, asked).endswith("3,126")


@pytest.mark.parametrize("text, applies", [
    ("We estimate that this would exceed the appropriate limit, so this part of your request is refused.", True),
    ("We are unable to provide this within the cost limit.", True),
    ("Section 12 allows a public authority to refuse a request where the cost would exceed the limit.", False),
    ("Under section 12 the Council may refuse a request where the cost would exceed £450.", False),
])
def test_applying_an_exemption_is_told_from_explaining_one(text, applies):
    assert applies_exemption(text, RULES) is applies


@pytest.mark.parametrize("text, expected", [
    pytest.param("between 20% and\n80% of the cost", "between 20% and 80% of the cost", id="range_wrapped"),
    pytest.param("£18.9\nmillion", "£18.9 million", id="scale_wrapped"),
    pytest.param("18-64: 312\n65 and over: 1,140", "18-64: 312\n65 and over: 1,140", id="figures_per_line"),
    pytest.param("the panel, and\n3. Next item", "the panel, and\n3. Next item", id="list_marker"),
    pytest.param("Health | 11% and\nmore", "Health | 11% and\nmore", id="table_row"),
    pytest.param("Yes\nNo", "Yes\nNo", id="capitalised_line"),
])
def test_lines_wrapped_inside_a_sentence_are_joined_for_reading(text, expected):
    assert reflow(text) == expected
