"""Segmentation on the layouts real responses use (FIELD_NOTES), in the project's own words."""
import pytest

from pipeline.rules import load_rules
from pipeline.segment import segment_pairs

RULES = load_rules()


def pairs(text):
    out = segment_pairs(text, RULES)
    for p in out:  # the invariant every later stage relies on
        assert text[p.a_start:p.a_end] == p.answer
        assert text[p.q_start:p.q_end] == p.question
    return [(p.number, p.question, p.answer) for p in out]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Q1 Is there a framework? No, there is not.\nQ1a If yes, with whom? N/A\n",
                 [("1", "Is there a framework?", "No, there is not."), ("1a", "If yes, with whom?", "N/A")],
                 id="inline_question_mark"),
    pytest.param("1. How many packages do you fund?\nResponse: 412\n2) Who supplies the system?\nAnswer: Mosaic\n",
                 [("1", "How many packages do you fund?", "412"), ("2", "Who supplies the system?", "Mosaic")],
                 id="response_marker_lines"),
    pytest.param("Request\n1. How many packages?\n2. Which ICB covers you?\nOur response\n1. 88 packages\n2. NHS Kent and Medway\n",
                 [("1", "How many packages?", "88 packages"), ("2", "Which ICB covers you?", "NHS Kent and Medway")],
                 id="questions_then_answers"),
    pytest.param("1. Please send the policy.\n2. Do you use a tool?\n1. Please send the policy. Attached.\n2. Do you use a tool? No\n",
                 [("1", "Please send the policy.", "Attached."), ("2", "Do you use a tool?", "No")],
                 id="questions_restated_with_answers"),
    pytest.param("Question 5(a): What share came from health?\n12%\n",
                 [("5a", "What share came from health?", "12%")], id="question_word_and_letter"),
    pytest.param("1 | How many placements? | 37\n2 | Who funds them? | The ICB\n",
                 [("1", "How many placements?", "37"), ("2", "Who funds them?", "The ICB")], id="pipe_table"),
    pytest.param("Q4) Packages per week – approx. 1,250\n",
                 [("4", "Packages per week", "approx. 1,250")], id="topic_label_dash"),
    pytest.param("Question 3 – Provider of the case system\nCareFirst, from OLM.\n",
                 [("3", "Provider of the case system", "CareFirst, from OLM.")], id="heading_question_then_answer"),
])
def test_layouts(text, expected):
    assert pairs(text) == expected


def test_quoted_request_below_a_reply_is_not_an_answer():
    text = ("Q1) DASS – Jo Bloggs\n\n-----Original Message-----\nFrom: someone\n"
            "1. Who is your Director of Adult Social Services?\n")
    assert pairs(text) == [("1", "DASS", "Jo Bloggs")]


def test_closing_paragraphs_do_not_join_the_last_answer():
    text = "1. Do you hold a policy? Yes.\nIf you are dissatisfied with this response you may ask for a review.\n"
    assert pairs(text)[0][2] == "Yes."


def test_unnumbered_questions_end_with_a_question_mark():
    text = "Do you have a joint funding policy?\nYes, agreed in 2022.\nHow many cases are jointly funded?\n41\n"
    assert [p[2] for p in pairs(text)] == ["Yes, agreed in 2022.", "41"]
