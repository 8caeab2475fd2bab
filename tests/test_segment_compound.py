"""Layouts found in the tuning sets' misses: a compound question answered in lettered parts
(pipeline/segment/compound.py), a sub-question on its question's line, answers that restate
the question with a figure, roman answer labels, answer tables keyed by question number."""
from __future__ import annotations

import pytest

from pipeline.rules import load_rules
from pipeline.segment import segment_pairs

RULES = load_rules()


def pairs_of(text: str) -> list[tuple[str, str, str]]:
    out = []
    for p in segment_pairs(text, RULES):
        assert text[p.q_start:p.q_end] == p.question and text[p.a_start:p.a_end] == p.answer
        out.append((p.number, p.question, p.answer))
    return out


@pytest.mark.parametrize("a, b, c", [("a.", "b.", "c."), ("(a)", "(b)", "(c)"), ("i.", "ii.", "iii."), ("a)", "b)", "c)")])
def test_each_sentence_gets_its_lettered_part(a, b, c):
    text = (f"3. Does the library run a home delivery service? If so, how many readers use it? "
            f"Can you send the leaflet?\n{a} Yes, since 2019.\n{b} 412 readers in March 2025.\n"
            f"{c} The leaflet is attached.\n\n4. Any other comments?\nNone.\n")
    got = pairs_of(text)
    assert got[:3] == [
        ("3", "Does the library run a home delivery service?", "Yes, since 2019."),
        ("3a", "If so, how many readers use it?", "412 readers in March 2025."),
        ("3b", "Can you send the leaflet?", "The leaflet is attached."),
    ]
    assert got[3] == ("4", "Any other comments?", "None.")


def test_an_and_can_you_clause_is_an_ask_of_its_own():
    text = ("1. Do you keep a register? If so, does it include visitors, and can you share its headings?\n"
            "a. Yes.\nb. No, staff only.\nc. The headings are name, date and room.\n")
    assert [(n, q) for n, q, _ in pairs_of(text)] == [
        ("1", "Do you keep a register?"), ("1a", "If so, does it include visitors"),
        ("1b", "can you share its headings?")]


def test_more_parts_than_sentences_stay_one_answer():
    text = ("2. What did the service cost last year?\na. Staff: £41,200\nb. Vehicles: £8,950\n\n"
            "3. Who runs it?\nThe libraries team.\n")
    got = pairs_of(text)
    assert got[0] == ("2", "What did the service cost last year?", "a. Staff: £41,200\nb. Vehicles: £8,950")
    assert got[1] == ("3", "Who runs it?", "The libraries team.")


@pytest.mark.parametrize("text", [
    pytest.param("1. Do you run a home delivery service? Please give details.\n"
                 "a. How many readers use it? 412\nb. How many volunteers drive? 30\n", id="parts_that_ask"),
    pytest.param("5. What was the spend, and how much came from (a) grants and (b) fees?\n"
                 "Total spend was £90,000. Of this:\ni. Grants: £60,000\nii. Fees: £30,000\n",
                 id="answer_opening_before_the_parts"),
    pytest.param("Q1 Do you have a policy? Yes.\nQ2 Is it published? No.\n", id="no_parts"),
])
def test_blocks_that_are_not_compound_are_left_as_they_were(text):
    from pipeline.segment import compound, sharing

    before = sharing.split_compound
    try:
        sharing.split_compound = lambda text, pairs, rules: pairs
        unchanged = segment_pairs(text, RULES)
    finally:
        sharing.split_compound = before
    assert segment_pairs(text, RULES) == unchanged
    assert compound.split_compound(text, unchanged, RULES) == unchanged


def test_a_sub_question_on_its_questions_line_is_answered_by_its_own_number():
    text = ("Request\n1. Do you run a home delivery service? 1a. If so, please send the leaflet.\n"
            "2. How many readers used it in 2024?\nResponse\n1. Yes, since 2019.\n"
            "1a. The leaflet is attached.\n2. 412 readers.\n")
    got = {n: (q, a) for n, q, a in pairs_of(text)}
    assert got["1"] == ("Do you run a home delivery service?", "Yes, since 2019.")
    assert got["1a"] == ("If so, please send the leaflet.", "The leaflet is attached.")
    assert got["2"][1] == "412 readers."


def test_an_answer_in_the_questions_words_with_its_own_figure_is_kept():
    text = ("Request\n1. How many readers used the home delivery service in 2024?\n"
            "2. How many volunteers drove for it?\nResponse\n"
            "1. 412 readers used the home delivery service in 2024.\n2. Thirty.\n")
    got = {n: a for n, _, a in pairs_of(text)}
    assert got["1"] == "412 readers used the home delivery service in 2024."


def test_answers_numbered_in_roman_reach_ten_and_beyond():
    questions = "".join(f"{k}. Question number {k} about the library service?\n" for k in range(1, 13))
    romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    answers = "".join(f"{r}. Answer {k} given.\n" for k, r in enumerate(romans, 1))
    got = {n: a for n, _, a in pairs_of("Request\n" + questions + "Response\n" + answers)}
    assert got["10"] == "Answer 10 given." and got["9"] == "Answer 9 given."
    assert got["12"] == "Answer 12 given."


def test_an_answer_table_keyed_by_question_number_answers_the_listed_questions():
    text = ("Request\n1. Who runs the home delivery service?\n2. How many readers used it in 2024?\n"
            "3. Is there a charge?\nOur response\nQuestion | Response | Exemption applied\n"
            "1 | Jo Bloggs, Head of Libraries. Her e-mail is withheld. | Section 40(2)\n"
            "2 | 412 readers. |\n3 | No charge is made. |\n")
    got = {n: (q, a) for n, q, a in pairs_of(text)}
    assert got["1"] == ("Who runs the home delivery service?", "Jo Bloggs, Head of Libraries. Her e-mail is withheld.")
    assert got["2"] == ("How many readers used it in 2024?", "412 readers.")
    assert got["3"][1] == "No charge is made."


def test_an_answer_table_with_a_number_column_and_no_question_column():
    text = ("Request\n1. How many readers used the home delivery service in 2024?\n"
            "2. Is there a charge?\nResponse\nQ | Answer | Exemption\n1 | 412 readers. |\n"
            "2 | No charge is made. |\n")
    got = {n: (q, a) for n, q, a in pairs_of(text)}
    assert got["1"] == ("How many readers used the home delivery service in 2024?", "412 readers.")
    assert got["2"][1] == "No charge is made."


def test_request_and_response_labels_with_numbers():
    text = ("Request 1: How many readers used the home delivery service in 2024?\n"
            "Response 1: 412 readers used it.\n"
            "Request 2: Is there a charge?\nResponse 2: No charge is made.\n")
    got = pairs_of(text)
    assert got == [("1", "How many readers used the home delivery service in 2024?", "412 readers used it."),
                   ("2", "Is there a charge?", "No charge is made.")]


def test_a_second_question_wrapped_onto_the_next_line_is_still_the_question():
    text = ("4. How is the cost of the service split between the council and its partners? Where a\n"
            "percentage split is used, what share do the partners pay?\n"
            "The cost is split 50/50 with the partners in every case.\n"
            "5. Who runs the service?\nThe libraries team.\n")
    got = {n: (q, a) for n, q, a in pairs_of(text)}
    assert got["4"][0].endswith("what share do the partners pay?")
    assert got["4"][1] == "The cost is split 50/50 with the partners in every case."
    # an answer on the next line after the question is still the answer
    plain = pairs_of("1. How many readers used it?\n412 readers.\n2. Is there a charge?\nNo.\n")
    assert plain[0] == ("1", "How many readers used it?", "412 readers.")
