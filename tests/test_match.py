"""Matching reworded, reordered and renumbered questions to the canonical questionnaires."""
from pipeline.match import match_document
from pipeline.rules import load_rules
from pipeline.segment import segment_pairs

RULES = load_rules()


def matched(text):
    result = match_document(text, segment_pairs(text, RULES), RULES)
    return result.questionnaire, {p.question_id: p.answer for p in result.pairs if p.question_id}


def test_reordered_questions_match_on_meaning_not_number():
    text = ("Question 1: Which Integrated Care Boards cover the council's area?\nNHS Kent and Medway ICB\n"
            "Question 2: Name of your Director of Adult Social Services?\nAmira Khan\n"
            "Question 3: Which supplier provides your case management system?\nMosaic\n"
            "Question 4: Do you have a joint funding policy with the ICB?\nNo\n")
    qn, answers = matched(text)
    assert qn == "asc_joint_funding"
    assert answers["q8"] == "NHS Kent and Medway ICB"
    assert answers["q1"] == "Amira Khan"
    assert answers["q10"] == "No"


def test_children_questionnaire_is_not_mistaken_for_adults():
    text = ("Q1 Do you have a joint commissioning framework for external children's placements? No\n"
            "Q2 Do health joint fund externally commissioned placements? Yes\n"
            "Q5 What was your yearly spend on external placements? £12,000,000\n"
            "Q5a What element of that was funded by health? 5%\n"
            "Q6 Have you involved children or parents in your joint commissioning process? No\n"
            "Q7 Do you refer to any models of practice in your commissioning framework? No\n")
    qn, answers = matched(text)
    assert qn == "csc_joint_commissioning"
    assert answers["q5a"] == "5%"


def test_unrelated_request_is_unknown():
    qn, answers = matched("1. How many potholes were repaired last year?\n4,210\n"
                          "2. What did repairs cost?\n£1.2m\n3. How many claims were paid?\n37\n")
    assert qn == "unknown" and answers == {}


def test_inline_answer_without_question_mark_is_split_at_the_right_sentence():
    text = ("1. Please give the contact details of your Director of Adult Social Services. Jo Hart, Director.\n"
            "2. Who supplies your case management system? Eclipse\n3. Which ICBs cover your area? NHS Devon ICB\n"
            "10. Does the Local Authority have a Joint Funding Policy with one or more of the ICBs. No\n")
    qn, answers = matched(text)
    assert answers["q1"] == "Jo Hart, Director."
    assert answers["q10"] == "No"
