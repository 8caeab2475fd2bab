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


def test_sections_that_each_number_from_one_pair_in_order():
    text = ("Request\n\nStaffing\n1. Who leads the service?\n2. How many social workers?\n\n"
            "Budgets\n1. What was the budget in 2023/24?\n2. Was it overspent?\n\n"
            "Response\n\nStaffing\n1. Priya Nair, Head of Service.\n2. 48 full-time equivalent.\n\n"
            "Budgets\n1. £12.4m\n2. No.\n")
    assert pairs(text) == [
        ("1", "Who leads the service?", "Priya Nair, Head of Service."),
        ("2", "How many social workers?", "48 full-time equivalent."),
        ("1", "What was the budget in 2023/24?", "£12.4m"),
        ("2", "Was it overspent?", "No."),
    ]


def test_a_short_answer_before_the_next_number_is_not_a_section_heading():
    text = "1. Which system do you use?\n\nMosaic\n\n2. Who supplies it?\n\nThe Access Group\n"
    assert pairs(text) == [("1", "Which system do you use?", "Mosaic"),
                           ("2", "Who supplies it?", "The Access Group")]


def test_answers_first_are_paired_with_the_quoted_request_by_number():
    text = ("Dear requester,\nOur answers are below.\n1. Amina Shah\n2. Not applicable.\n"
            "3. Joint funding policy – No.\n4. 318\nKind regards\n\n"
            "-----Original Message-----\nFrom: requester\n"
            "1) who is your Director of Adult Social Services;\n2) who holds the portfolio, if anyone;\n"
            "3) whether you have a joint funding policy;\n4) how many packages are jointly funded.\n")
    got = pairs(text)
    assert got[0] == ("1", "who is your Director of Adult Social Services;", "Amina Shah")
    assert got[1][2] == "Not applicable."
    assert got[2] == ("3", "whether you have a joint funding policy;", "No.")  # its label restated the question
    assert got[3] == ("4", "how many packages are jointly funded.", "318")


def test_quoted_lines_with_angle_brackets_are_read_as_the_request():
    text = ("1. Amina Shah\n2. None\n3. 40\n\nOn 3 May 2024, Requester wrote:\n"
            "> 1. Who is your DASS?\n> 2. Who is the portfolio holder?\n> 3. How many packages?\n")
    assert [p[1] for p in pairs(text)] == ["Who is your DASS?", "Who is the portfolio holder?", "How many packages?"]


def test_a_topic_heading_citing_question_numbers_answers_each_of_them():
    text = ("Funding (Q2, Q2a)\nAnswer: The ICB contributes case by case.\n\n"
            "Spend (Q5 to Q5b)\nTotal: £3m\nHealth: 10%\nEducation: 5%\n")
    out = segment_pairs(text, RULES)
    assert [(p.number, p.by_reference) for p in out] == [
        ("2", True), ("2a", True), ("5", True), ("5a", True), ("5b", True)]
    assert out[0].answer == out[1].answer == "The ICB contributes case by case."
    assert out[2].answer == "Total: £3m\nHealth: 10%\nEducation: 5%"


def test_a_data_table_inside_an_answer_stays_in_that_answer():
    text = ("1. How many packages do you fund?\nBy service:\nService | Packages\nHome care | 900\n"
            "Total | 1,200\n\n2. Which ICB?\nNHS Kent and Medway ICB\n")
    got = pairs(text)
    assert got[0][2] == "By service:\nService | Packages\nHome care | 900\nTotal | 1,200"
    assert got[1] == ("2", "Which ICB?", "NHS Kent and Medway ICB")


@pytest.mark.parametrize("refs, expected", [
    ("Q2, Q2a, Q2b", ("2", "2a", "2b")),
    ("Q5 to Q5c", ("5", "5a", "5b", "5c")),
    ("questions 3-5", ("3", "4", "5")),
    ("Q7 and Q7a", ("7", "7a")),
    ("3 to 4a", ("3", "4", "4a")),
    ("2 to 3b", ("2", "3", "3a", "3b")),
])
def test_question_references_are_expanded(refs, expected):
    from pipeline.segment import expand_refs
    assert expand_refs(refs) == expected


def test_a_section_row_inside_a_table_keeps_its_header_s_columns():
    from pipeline.rules import load_rules
    from pipeline.segment import segment_pairs

    text = ("No . | Information requested | Response | Exemption applied\n"
            "Section A – Branches\n"
            "1 | How many branches do you run? | 12 branches. | None\n"
            "2 | How many mobile libraries? | Two. | None\n"
            "Part 2 – Staff |  |  |\n"
            "3 | Name of the head of service | Withheld. | Section 40(2)\n")
    pairs = {p.number: p for p in segment_pairs(text, load_rules())}
    assert {n: p.answer for n, p in pairs.items()} == {"1": "12 branches.", "2": "Two.", "3": "Withheld."}
    assert pairs["3"].question == "Name of the head of service"
    assert not any("Part 2" in p.answer for p in pairs.values())


def test_a_word_question_tab_answer_line_splits_at_the_tab():
    from pipeline.rules import load_rules
    from pipeline.segment import segment_pairs

    text = ("Question\tAnswer\n1. Number of branches\t12 as at 1 April 2025\n"
            "2. Mobile library service\tYes, two vehicles\nserving 40 villages.\n3. Head of service\tWithheld\n")
    pairs = {p.number: (p.question, p.answer) for p in segment_pairs(text, load_rules())}
    assert pairs["1"] == ("Number of branches", "12 as at 1 April 2025")
    assert pairs["2"] == ("Mobile library service", "Yes, two vehicles\nserving 40 villages.")
    assert pairs["3"] == ("Head of service", "Withheld")


def test_an_answer_ends_at_a_review_rights_heading_and_its_address_is_not_read():
    from pipeline.rules import load_rules
    from pipeline.segment import segment_pairs

    text = ("1. How many branches do you run?\n12.\n2. Name and e-mail of the head of service\n"
            "Withheld under section 40(2).\n\nYour right to request a review\nYou can ask for an internal\n"
            "review by writing to reviews@example.gov.uk within 40 working days.\n")
    pairs = {p.number: p.answer for p in segment_pairs(text, load_rules())}
    assert pairs["2"] == "Withheld under section 40(2)."


def test_a_sub_question_on_the_line_its_question_wrapped_onto_is_its_own_question():
    from pipeline.rules import load_rules
    from pipeline.segment import segment_pairs

    text = ("4. Is there a local agreement on mobile library stops between the council and\n"
            "the parish councils? 4a. If so, please provide a copy.\n5. How many stops are there?\n"
            "4. Yes. An agreement covers every parish.\n4a. A copy is enclosed.\n5. 212.\n")
    pairs = {p.number: (p.question, p.answer) for p in segment_pairs(text, load_rules())}
    assert pairs["4"][1] == "Yes. An agreement covers every parish."
    assert pairs["4a"] == ("If so, please provide a copy.", "A copy is enclosed.")


def test_an_unknown_extra_column_beside_question_and_response_keeps_the_table():
    from pipeline.rules import load_rules
    from pipeline.segment import segment_pairs
    from pipeline.segment.zones import header_roles

    rules = load_rules()
    assert header_roles("Question | Response | Held Y/N", rules) == ("question", "answer", "other")
    assert header_roles("Branch | Visits | Loans", rules) is None  # a data table
    text = ("Question | Response | Held Y/N\n"
            "1. How many branches do you run? | 12 branches. | Y\n"
            "2. How many mobile libraries? | Not held. | N\n")
    pairs = {p.number: p.answer for p in segment_pairs(text, rules)}
    assert pairs == {"1": "12 branches.", "2": "Not held."}


def test_a_table_row_of_lettered_parts_answered_part_by_part_gives_a_pair_per_part():
    from pipeline.rules import load_rules
    from pipeline.segment import segment_pairs

    text = ("Ref | Request | Response\n"
            "1 | a) How many branches do you run? b) How many of them open on Sundays? | "
            "a) 12 branches. b) Two of them.\n"
            "2 | a) Do you run a mobile library? | a) Yes.\n")
    pairs = {p.number: (p.question, p.answer) for p in segment_pairs(text, load_rules())}
    assert pairs["1a"] == ("How many branches do you run?", "12 branches.")
    assert pairs["1b"] == ("How many of them open on Sundays?", "Two of them.")
