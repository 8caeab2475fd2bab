"""Finding answers whatever the layout (issue 11): zones, anchors, the layout fallback and
detection, on short texts written for these tests in the layouts docs/layouts.md describes."""
import shutil
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.match import detection_warnings, match_document
from pipeline.rules import RULES_DIR, load_rules
from pipeline.segment import line_zones, segment_pairs, split_lines
from pipeline.segment import zones as Z

RULES = load_rules()
HEAD = "Brackenshire Council\nFreedom of Information request FOI-4471\n"
QUESTIONS = [
    "Which company provides your main case management system?",
    "How many current care packages per week does the council contribute to?",
    "Which ICBs cover the local authority area?",
    "Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?",
]
ANSWERS = ["Mosaic, from The Access Group.", "1,234 packages.", "NHS Kent and Medway ICB.", "No."]
IDS = ["q3", "q4", "q8", "q10"]


def answers_of(text: str, rules=RULES) -> tuple[str, dict[str, str]]:
    result = match_document(text, segment_pairs(text, rules), rules)
    return result.questionnaire, {p.question_id: p.answer for p in result.pairs if p.question_id}


def expect_all(text: str) -> None:
    qn, got = answers_of(text)
    assert qn == "asc_joint_funding"
    assert {q: got.get(q) for q in IDS} == dict(zip(IDS, ANSWERS))


@pytest.mark.parametrize("label", ["Reply", "Response:", "Answer -", "Our response"])
def test_an_answer_label_on_its_own_line_opens_the_answer_below(label):
    expect_all(HEAD + "".join(f"{chr(97 + i)}) {q}\n{label}\n{a}\n\n"
                              for i, (q, a) in enumerate(zip(QUESTIONS, ANSWERS))))


@pytest.mark.parametrize("style", ["Question {n} - ", "{n} - ", "Q{n}. ", "{n}) ", "({n}) "])
def test_numbering_styles(style):
    expect_all(HEAD + "".join(style.format(n=i + 1) + f"{q}\n{a}\n" for i, (q, a) in enumerate(zip(QUESTIONS, ANSWERS))))


def test_a_date_line_of_the_restated_request_is_not_question_one():
    text = HEAD + "01 January 2023 to 31 December 2023 is the period you asked about.\n" + \
        "".join(f"{i + 1}. {q}\n{a}\n" for i, (q, a) in enumerate(zip(QUESTIONS, ANSWERS)))
    pairs = segment_pairs(text, RULES)
    assert [p.number for p in pairs if p.number] == ["1", "2", "3", "4"]
    expect_all(text)


def test_answers_numbered_in_roman_numerals_under_the_request():
    text = HEAD + "Your request\n" + "".join(f"{i + 1}. {q}\n" for i, q in enumerate(QUESTIONS)) + \
        "\nOur response\n" + "".join(f"{r}. {a}\n" for r, a in zip(["i", "ii", "iii", "iv"], ANSWERS))
    expect_all(text)


def test_roman_parts_inside_one_answer_stay_in_that_answer():
    text = HEAD + "1. Which company provides your main case management system?\nMosaic.\n" \
        "2. How many current care packages per week does the council contribute to?\n" \
        "i. Residential: 400\nii. Community: 834\nTotal 1,234\n" \
        "3. Which ICBs cover the local authority area?\nNHS Kent and Medway ICB.\n" \
        "4. Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?\nNo.\n"
    qn, got = answers_of(text)
    assert "i. Residential: 400" in got["q4"] and "Total 1,234" in got["q4"]


def test_questions_as_headings_with_prose_answers():
    text = HEAD + "".join(f"{q.rstrip('?')}\n\nIn reply to this point, {a[0].lower() + a[1:]}\n\n"
                          for q, a in zip(QUESTIONS, ANSWERS))
    qn, got = answers_of(text)
    assert qn == "asc_joint_funding"
    assert got["q8"] == "In reply to this point, nHS Kent and Medway ICB."
    assert got["q10"] == "In reply to this point, no."


def test_a_table_with_header_number_column_and_exemption_column():
    text = HEAD + "No. | Question | Response | Exemption applied\n" + \
        "".join(f"{i + 1} | {q} | {a} | None\n" for i, (q, a) in enumerate(zip(QUESTIONS, ANSWERS)))
    expect_all(text)
    assert not any("Exemption" in p.question for p in segment_pairs(text, RULES))


def test_metadata_and_data_rows_are_not_questions():
    text = "Reference | FOI 2024/55\nDate published | 3 May 2024\nCategory | Adult social care\n\n" \
        "Freedom of Information request\n" + "".join(f"{i + 1}. {q}\n{a}\n" for i, (q, a) in enumerate(zip(QUESTIONS, ANSWERS)))
    assert not any(p.question in ("Reference", "Date published", "Category") for p in segment_pairs(text, RULES))
    expect_all(text)


def test_wrapped_lines_with_no_blank_between_question_and_answer():
    text = HEAD + "\n".join(textwrap.fill(f"{i + 1}. {q}", 40) + "\n" + a
                            for i, (q, a) in enumerate(zip(QUESTIONS, ANSWERS)))
    expect_all(text)


def test_the_request_quoted_under_a_reply_gives_questions_not_answers():
    text = "Dear Ms Patel,\nOur answers to your request are below.\n" + \
        "".join(f"{i + 1}. {a}\n" for i, a in enumerate(ANSWERS)) + "Regards\nInformation team\n\n" \
        "-----Original Message-----\nSubject: FOI request\n" + "".join(f"{i + 1}. {q}\n" for i, q in enumerate(QUESTIONS))
    expect_all(text)


def test_zones_of_a_letter():
    text = ("Brackenshire Council\nCounty Hall\nOur ref: FOI-4471\n\nDear Ms Patel,\n"
            "1. Which ICBs cover the area?\nResponse:\nNHS Kent and Medway ICB.\n"
            "If you are unhappy with this response you may ask for an internal review.\nYours sincerely\nA. Clerk\n")
    lines = split_lines(text)
    zones = dict(zip((ln.text for ln in lines), line_zones(lines, RULES)))
    assert zones["Brackenshire Council"] == Z.LETTERHEAD
    assert zones["Our ref: FOI-4471"] == Z.METADATA
    assert zones["Response:"] == Z.LABEL
    assert zones["NHS Kent and Medway ICB."] == Z.TEXT
    assert zones["Yours sincerely"] == Z.BOILERPLATE and zones["A. Clerk"] == Z.BOILERPLATE


TWO_QUESTIONS = """\
id: housing_support
title: Mental health housing support
keywords: [supported housing]
questions:
  - id: q1
    number: "1"
    text: How many people with a mental illness were placed in supported housing in 2023/24?
    fields:
      - {name: placed_count, type: count}
  - id: q2
    number: "2"
    text: What did the council spend on supported housing for people with a mental illness in 2023/24?
    fields:
      - {name: spend_gbp, type: money, period: annual}
"""


@pytest.fixture()
def rules_with_two_question_request(tmp_path: Path):
    folder = tmp_path / "rules"
    shutil.copytree(RULES_DIR, folder)
    (folder / "questionnaires" / "housing_support.yaml").write_text(TWO_QUESTIONS, encoding="utf-8")
    return folder


def test_a_two_question_request_is_detected_when_both_are_matched(rules_with_two_question_request):
    rules = load_rules(rules_with_two_question_request)
    text = ("Freedom of Information response, ref 2291\n"
            "Q1 - Number of people with a mental illness placed in supported housing in 2023/24?\n17 people.\n"
            "Q2 - Council spend on supported housing for people with a mental illness, 2023/24?\n£412,000.\n")
    qn, got = answers_of(text, rules)
    assert qn == "housing_support"
    assert got == {"q1": "17 people.", "q2": "£412,000."}
    one = text.split("Q2 -")[0]
    assert answers_of(one, rules)[0] == "unknown"  # half of a two-question request is not enough


def test_a_policy_with_matching_headings_is_not_a_response():
    text = ("Joint Funding Policy\nContents\n1. Introduction ........ 2\n\n"
            "1. Joint funding policy with the ICBs\nThis policy sets out how the partners agree splits.\n"
            "2. Joint funding tool or documented methodology for funding splits\nA matrix is used.\n"
            "3. ICBs covering the local authority area\nNHS Kent and Medway ICB.\n"
            "4. Case management system\nMosaic.\n")
    assert answers_of(text)[0] == "unknown"


def test_detection_says_why():
    text = HEAD + "".join(f"{i + 1}. {q}\n{a}\n" for i, (q, a) in enumerate(zip(QUESTIONS, ANSWERS)))
    result = match_document(text, segment_pairs(text, RULES), RULES)
    assert result.reason.startswith("4 of 12 questions matched (q3 ")
    assert "Freedom of Information" in result.reason


def test_rules_validate_warns_about_a_questionnaire_that_could_never_be_detected(tmp_path: Path):
    folder = tmp_path / "rules"
    shutil.copytree(RULES_DIR, folder)
    (folder / "questionnaires" / "vague.yaml").write_text(TWO_QUESTIONS.replace("id: housing_support", "id: vague")
                                                          .replace("How many people with a mental illness were placed in supported housing in 2023/24?", "Can you please tell us?")
                                                          .replace("What did the council spend on supported housing for people with a mental illness in 2023/24?", "Could you tell us?"),
                                                          encoding="utf-8")
    warnings = detection_warnings(load_rules(folder))
    assert any("vague.yaml: q1: its wordings have no words left" in w for w in warnings)
    assert any("vague.yaml: not detected" in w for w in warnings)
    result = CliRunner().invoke(cli, ["rules", "validate", "--dir", str(folder)])
    assert result.exit_code == 0 and "warning:" in result.output
    assert detection_warnings(RULES) == []


def test_a_paragraph_no_question_holds_goes_to_review_not_to_a_field():
    from pipeline.model import Document, Page
    from pipeline.run import process_document

    rows = ["No. | Question | Response"] + [f"{i + 1} | {q} | {a}" for i, (q, a) in enumerate(zip(QUESTIONS, ANSWERS))]
    rows.insert(3, "Note: a further 14 packages are funded with Surrey Heartlands ICB.")
    text = HEAD + "\n".join(rows) + "\n"
    qa = segment_pairs(text, RULES)
    result = match_document(text, qa, RULES)
    unplaced = [p for p in result.pairs if not p.question and not p.question_id]
    assert [p.answer for p in unplaced] == ["Note: a further 14 packages are funded with Surrey Heartlands ICB."]
    doc = Document(doc_id="t", source_file="t.txt", format="txt", text=text, pages=(Page(1, 0, len(text)),))
    answers = process_document(doc).answers
    noted = [r for r in answers if r["evidence"] == "14"]
    assert noted and all(r["status"] == "review" and not r["question_id"] for r in noted)
    assert all("not placed under any question" in r["reasons"] for r in noted)
    assert [r["value"] for r in answers if r["field"] == "care_packages_count"] == ["1234"]


# Layout fallback for any request (no questionnaire needed): families from docs/layouts.md.

def pairs_of(text: str) -> list[tuple[str, str, str]]:
    return [(p.number, p.question, p.answer) for p in segment_pairs(text, RULES)]


def test_headings_with_a_bullet_or_date_and_bare_numbers_over_lettered_parts():
    text = ("- Request\n-\n1. The number of children placed out of area;\n"
            "2. The number placed in a) foster care or b) residential homes;\n"
            "Response 03-06-2024\n1. 41\n2.\na. 18\nb. 23\n")
    got = pairs_of(text)
    assert ("1", "The number of children placed out of area;", "41") in got
    assert ("2", "The number placed in a) foster care or b) residential homes;", "a. 18\nb. 23") in got


def test_request_text_after_the_question_mark_is_not_the_answer():
    text = ("Request\n1. How many staff work in the team? Please give the figure for each year.\n"
            "Response\n1. Twelve in each year.\n")
    assert pairs_of(text)[0] == ("1", "How many staff work in the team? Please give the figure for each year.",
                                 "Twelve in each year.")


def test_items_a_question_lists_stay_with_it_and_carry_their_answers():
    text = ("4. Please give your weekly fee rates for these care types:\n"
            "a) Residential: £812\nb) Nursing: £1,020\n\n"
            "5. When were providers told?\nIn the first week of April.\n")
    got = pairs_of(text)
    assert got[0] == ("4", "Please give your weekly fee rates for these care types:",
                      "a) Residential: £812\nb) Nursing: £1,020")
    assert got[1] == ("5", "When were providers told?", "In the first week of April.")


def test_an_answer_on_the_question_line_without_a_question_mark():
    text = ("1.Please supply the leaflet given to patients Please see attached\n"
            "2.Please supply any investigation reports n/a\n"
            "3.How many patients were treated in 2023?\n69 patients had treatment in 2023\n")
    got = pairs_of(text)
    assert got == [("1", "Please supply the leaflet given to patients", "Please see attached"),
                   ("2", "Please supply any investigation reports", "n/a"),
                   ("3", "How many patients were treated in 2023?", "69 patients had treatment in 2023")]


def test_a_line_of_figures_under_a_wrapped_question_is_its_answer():
    text = ("1. The number of people detained under section 136 who\nwere known to the Trust, each year\n"
            "458 625 546 413 379\n2. The number then admitted\n124 139 127 100 111\n")
    got = pairs_of(text)
    assert got[0][2] == "458 625 546 413 379" and got[1][2] == "124 139 127 100 111"


def test_topic_headings_are_aligned_with_the_questions_in_order():
    text = HEAD + ("Case management system\n\nWe use Mosaic, from The Access Group.\n\n"
                   "Care packages\n\nThe Council contributes to 1,234 packages a week.\n\n"
                   "Covering ICBs\n\nNHS Kent and Medway ICB covers the whole area.\n\n"
                   "Main ICB\n\nMost joint funding is with NHS Kent and Medway ICB.\n\n"
                   "Joint funding policy\n\nThere is no joint funding policy.\n\n"
                   "Joint funding tool or methodology\n\nNo tool; each split is agreed at panel.\n")
    qn, got = answers_of(text)
    assert qn == "asc_joint_funding"
    assert got["q3"] == "We use Mosaic, from The Access Group."
    assert got["q4"] == "The Council contributes to 1,234 packages a week."
    assert got["q8"] == "NHS Kent and Medway ICB covers the whole area."
    assert got["q10"] == "There is no joint funding policy."


def test_a_list_numbered_1_for_every_question_is_not_answers_to_the_first():
    text = ("Our response is below.\n1. Please supply any investigation reports\n"
            "1. What proportion of patients were men and women?\n\n100% boys\n\n"
            "1. How old were they?\n\nEleven and thirteen.\n")
    got = pairs_of(text)
    assert ("1", "What proportion of patients were men and women?", "100% boys") in got
    assert ("1", "How old were they?", "Eleven and thirteen.") in got


def test_unnumbered_bulleted_questions_and_answers_after_the_question_mark():
    text = ("The information you requested is below.\n"
            "- How many adults have a diagnosis in your area;\nWe do not hold this information.\n"
            "- How many children;\nWe do not hold this information either.\n"
            "How many have left your care since 2017? None.\n")
    got = pairs_of(text)
    assert ("", "How many adults have a diagnosis in your area;", "We do not hold this information.") in got
    assert ("", "How many children;", "We do not hold this information either.") in got
    assert ("", "How many have left your care since 2017?", "None.") in got


def test_a_lettered_question_wrapped_onto_a_lowercase_line_is_one_question():
    text = ("Cornwall Council\nDear Requester\n"
            "a) Is there a joint commissioning framework for the placements that the Council buys\n"
            "from external providers?\nAnswer: Yes.\n"
            "b) Does that framework include health partners?\nAnswer: Yes, the ICB.\n")
    got = pairs_of(text)
    assert got[0][1].endswith("from external providers?") and got[0][2] == "Yes."
    assert got[1][2] == "Yes, the ICB."


def test_unnumbered_request_lines_restated_over_their_answers():
    text = ("Request\nThe number of fast track requests received each month.\n"
            "The number of fast track requests rejected.\n"
            "Response\nThank you for your request.\n"
            "The number of fast track requests received each month:\n412 in total.\n"
            "The number of fast track requests rejected:\n17.\n")
    got = pairs_of(text)
    assert ("", "The number of fast track requests received each month:", "412 in total.") in got
    assert ("", "The number of fast track requests rejected:", "17.") in got


def test_bare_sub_labels_over_their_figures_and_one_answer_for_two_labels():
    text = ("| Reference | FOI 2031/0077 |\n|---|---|\n| Category | Mental health |\n"
            "Please send the figures for the last two years.\n"
            "1a.\n22/23 – 3\n23/24 – 9\n1b.\n22/23 – £1,400\n23/24 – £2,950.10\n"
            "2a. & 2b. Neither figure is recorded on our systems.\n")
    got = pairs_of(text)
    assert ("1a", "", "22/23 – 3\n23/24 – 9") in got
    assert ("1b", "", "22/23 – £1,400\n23/24 – £2,950.10") in got
    assert ("2a", "", "Neither figure is recorded on our systems.") in got
    assert ("2b", "", "Neither figure is recorded on our systems.") in got
    assert not any(q.startswith("Reference") or q.startswith("Category") for _, q, _ in got)


def test_lettered_questions_under_a_bare_number_answered_after_their_colon():
    text = ("Please could you send the following:\n1.\n"
            "a) The number of adults in supported living placed outside the borough: 41\n"
            "b) The number of adults in nursing homes placed outside the borough: Not recorded separately\n"
            "2. Please give the same figures by month.\n• June: 40\n• July: 41\n")
    got = pairs_of(text)
    assert ("1a", "The number of adults in supported living placed outside the borough:", "41") in got
    assert ("1b", "The number of adults in nursing homes placed outside the borough:",
            "Not recorded separately") in got
    assert ("2", "Please give the same figures by month.", "• June: 40\n• July: 41") in got


def test_a_list_numbered_1_for_every_request_sentence_keeps_each_request():
    text = ("1. Please give the number of beds the ward has.\n\n"
            "1. Of the beds on the ward (q.1) please give the number kept for women.\n\n"
            "1. Of the beds on the ward (q.1) please give the number kept for older people.\n\n"
            "The ward has 14 beds.\n")
    got = pairs_of(text)
    assert [q for _, q, _ in got] == [
        "Please give the number of beds the ward has.",
        "Of the beds on the ward (q.1) please give the number kept for women.",
        "Of the beds on the ward (q.1) please give the number kept for older people."]


def test_one_answer_after_every_unanswered_question_answers_them_all():
    text = ("1. Please provide the name of the manager of the night service.\n\n"
            "For questions 2 and 3 please provide figures for each year since 2019.\n\n"
            "1. Please provide the number of people using the night service.\n\n"
            "1. Please provide the yearly cost of the night service.\n\n"
            "We do not hold this information because the Trust does not run a night service.\n")
    segs = segment_pairs(text, RULES)
    assert len(segs) == 3
    assert all(p.answer == "We do not hold this information because the Trust does not run a night service."
               for p in segs)
    assert [p.by_reference for p in segs] == [True, True, False]


def test_a_last_answer_that_is_not_blanket_stays_with_its_own_question():
    text = ("1. Please provide the name of the manager of the night service.\n\n"
            "1. Please provide the yearly cost of the night service.\n\n"
            "The cost in 2023 was £41,200.\n")
    got = pairs_of(text)
    assert got[0][2] == "" and got[1][2] == "The cost in 2023 was £41,200."


def test_questions_marked_with_a_star_share_the_footnote_that_answers_them():
    text = ("1. How many people were treated?\n\nForty-one people.\n\n"
            "1. How many were women?*\n\n"
            "1. How many were over 65?*\n\n"
            "*Counting these would mean reading every paper record, which would take well over the time we can spend.\n")
    got = pairs_of(text)
    footnote = ("*Counting these would mean reading every paper record, which would take well over the time "
                "we can spend.")
    assert got[0] == ("1", "How many people were treated?", "Forty-one people.")
    assert got[1][2] == footnote and got[2][2] == footnote


def test_a_blanket_answer_after_unanswered_questions_inside_an_answered_request_covers_them():
    text = ("How many visitors came to the garden each year since 2015? The garden had 3,120 visitors in 2015.\n\n"
            "How many of these visitors paid for a guided tour?\n\n"
            "How much money did the tours raise each year?\n\n"
            "How many visitors came in school parties?\n\n"
            "The information requested is not held centrally and collecting it would exceed the appropriate limit.\n\n"
            "How many gardeners does the garden employ? Four.\n")
    segs = segment_pairs(text, RULES)
    refusal = "The information requested is not held centrally and collecting it would exceed the appropriate limit."
    shared = [p for p in segs if p.answer == refusal]
    assert len(shared) == 3
    assert [p.by_reference for p in shared] == [True, True, False]
    assert segs[0].answer.startswith("The garden had 3,120 visitors")
    assert segs[-1].answer == "Four."


def test_a_single_unanswered_question_before_a_blanket_answer_keeps_nothing():
    text = ("How many visitors came to the garden last year? 3,120.\n\n"
            "How many paid for a guided tour?\n\n"
            "How many came in school parties? This is not held by the council.\n\n"
            "How many gardeners does the garden employ? Four.\n")
    segs = segment_pairs(text, RULES)
    assert segs[1].answer == "" and not segs[1].by_reference


@pytest.mark.parametrize("closing", [
    "We are unable to provide the information requested within the time allowed.",
    "This information is being withheld under Section 43 as it is commercially sensitive.",
])
def test_a_refusal_in_other_words_answers_a_wholly_unanswered_request(closing):
    text = ("1. Please provide the contract value for the night service.\n\n"
            "2. Please provide the name of the provider of the night service.\n\n"
            f"{closing}\n")
    segs = segment_pairs(text, RULES)
    assert [p.answer for p in segs] == [closing, closing]


@pytest.mark.parametrize("label", ["Our response is:", "We provided the following response:"])
def test_an_answer_label_written_as_a_short_sentence_is_a_label(label):
    assert Z.is_answer_label(label, RULES)


@pytest.mark.parametrize("intro, label", [
    ("You requested the following information:", "Our response is:"),
    ("On 3 May 2024 the Board received a letter requesting the following information.", "Response"),
    ("The information you requested was as follows:", "We provided the following response:"),
])
def test_a_request_quoted_in_a_letter_runs_from_its_introduction_to_the_label(intro, label):
    text = ("Dear Mr Quill,\n"
            f"{intro}\n"
            "Between 1 April 2022 and 31 March 2023 how many parking permits were \n"
            "issued to residents of the following streets \"Mill Lane\", \"Orchard Row\" and \n"
            "\"Tanner's Yard\"?\n"
            "*Resident permits only\n"
            f"{label}\n"
            "We issued 412 resident permits in that period.\n")
    segs = segment_pairs(text, RULES)
    assert len(segs) == 1
    assert segs[0].question.startswith("Between 1 April 2022") and segs[0].question.endswith("*Resident permits only")
    assert segs[0].answer == "We issued 412 resident permits in that period."


def test_a_numbered_request_after_an_introduction_keeps_its_numbers():
    text = ("You asked for information:\n\n"
            "1. How many parking permits did you issue in 2023?\n\n"
            "2. How many were refused?\n\n"
            "Our response:\n\n"
            "1. 412\n\n"
            "2. 9\n")
    segs = segment_pairs(text, RULES)
    assert [(p.number, p.answer) for p in segs] == [("1", "412"), ("2", "9")]


def test_a_list_numbered_1_throughout_keeps_its_last_item_before_a_sentence_label():
    text = ("1. Please list the total cost of the parking review.\n"
            "1. Please list the hours officers worked on the parking review.\n"
            "We provided the following response:\n"
            "We are unable to provide the information as it is not held in a reportable format.\n")
    segs = segment_pairs(text, RULES)
    assert [p.question for p in segs] == ["Please list the total cost of the parking review.",
                                          "Please list the hours officers worked on the parking review."]
    assert all(p.answer.startswith("We are unable to provide") for p in segs)


@pytest.mark.parametrize("answer", [
    "Zero.",
    "The Board does not hold a budget at that level and is unable to provide a figure.",
])
def test_an_answer_typed_after_a_request_of_several_full_sentences(answer):
    text = ("1. In the 2022/23 financial year what was the budget for the staff canteen. "
            f"Please state this figure per member of staff per day. {answer}\n\n"
            "2. How many staff used the canteen? About 900.\n")
    segs = segment_pairs(text, RULES)
    assert segs[0].question.endswith("per member of staff per day.")
    assert segs[0].answer == answer
    assert segs[1].answer == "About 900."


def test_a_request_sentence_after_another_is_not_taken_for_an_answer():
    text = ("1. Please list the canteen suppliers. Include those with no contract.\n\n"
            "2. How many staff used the canteen? About 900.\n")
    segs = segment_pairs(text, RULES)
    assert segs[0].answer == ""


def test_a_bracketed_note_of_the_requester_is_not_an_answer():
    text = ("1. How much the council spent on canteen food in the last four years. "
            "(Note: if you are unable to provide data for 2023/24, please take the four years before.)\n"
            "2. How many members of staff used the canteen in each of the last four years. (Note: if you are unable to provide data for 2023/24, please take the four years before.)\n"
            "Response\n"
            "1. £41,200\n"
            "2. About 900\n")
    segs = segment_pairs(text, RULES)
    assert [p.answer for p in segs] == ["£41,200", "About 900"]


def test_one_label_answering_a_range_of_questions_answers_each():
    text = ("You asked for information:\n\n"
            "1. What is your 2024/25 weekly rate for day care? (excluding transport)\n\n"
            "2. What is your 2024/25 weekly rate for respite care?\n\n"
            "3. What is your 2024/25 weekly rate for home care?\n\n"
            "Our response 1- 3:\n\n"
            "The rates are published on our website and are exempt under Section 21.\n\n"
            "4. Do you pay a transport supplement?\n\n"
            "Our response:\n\n"
            "No.\n")
    segs = segment_pairs(text, RULES)
    refusal = "The rates are published on our website and are exempt under Section 21."
    assert [(p.number, p.answer) for p in segs] == [("1", refusal), ("2", refusal), ("3", refusal), ("4", "No.")]
    assert segs[0].question.endswith("(excluding transport)")
    assert [p.by_reference for p in segs] == [False, True, True, False]


def test_answers_under_labels_on_their_own_line_are_not_taken_for_unanswered_questions():
    text = ("Q1. Number of residents placed out of area as at 31 March 2024\nResponse:\n1,204\n\n"
            "Q2. Of these, how many were aged over 65?\nAnswer:\nThree hundred and one\n\n"
            "Q3. Is there a placement policy agreed with the ICB?\nResponse:\nYes – one for each area.\n\n"
            "Q3a. Please provide a copy\nAnswer:\nWe are unable to provide a copy as the policy is "
            "being rewritten this year.\n\n"
            "Q4. Which tool is used to set each contribution?\nReply\nA local matrix.\n")
    answers = {number: answer for number, _, answer in pairs_of(text)}
    assert not any("unable to provide" in answers.get(n, "") for n in ("1", "2", "3"))


def test_a_statement_of_the_questions_words_with_its_figure_is_the_answer_and_short_headings_go_by_order():
    """Headings with prose and no restated questions: a line that says the question's words
    as a fact, with its figure, answers from its own start (not from the line after it); a
    heading that fits two questions equally ("Joint packages": how many, and the spend on
    them) is placed by the order of the questions, not by its wording alone."""
    text = ("NHS Fernvale Integrated Care Board\nOur reference: FOI 88/2025\n\nDear Requester,\n"
            "Thank you for your Freedom of Information request. We have grouped our answers under headings.\n"
            "Eligibility\n"
            "At 31 March 2024, 1,912 people were eligible for NHS Continuing Healthcare across\n"
            "the two boroughs; 240 of them received care through the Fast Track Pathway.\n"
            "Joint packages\n"
            "207 joint funded packages for people below the CHC threshold were in place.\n"
            "Local protocol\n"
            "Yes. A joint funding protocol is agreed with both councils.\n"
            "Disputes\n"
            "A disputes procedure is part of the protocol; 9 disputes were raised in 2023/24.\n"
            "Expenditure\n"
            "The ICB's total spend on NHS Continuing Healthcare in 2023/24 was £98.4m. The\n"
            "councils' contributions to joint funded packages were £3.1m.\n"
            "Fast Track referrals\n"
            "1,406 Fast Track referrals were received in 2023/24.\n")
    qn, got = answers_of(text)
    assert qn == "chc_funding_split"
    assert got["q1"].startswith("At 31 March 2024, 1,912 people were eligible")
    assert got["q3"] == "207 joint funded packages for people below the CHC threshold were in place."
    assert got["q8"].startswith("The ICB's total spend on NHS Continuing Healthcare in 2023/24 was £98.4m.")


PROSE_REPLY = ("From: Information Governance <foi@fernvale.gov.uk>\nSubject: RE: Freedom of Information request\n\n"
               "Dear Mr Reader,\n\n"
               "Thank you for your request, which we have considered under the Freedom of Information Act 2000.\n\n"
               "The Director of Adult Social Services is Jane Smith, who can be contacted at dass@fernvale.gov.uk. "
               "The portfolio holder for Adult Social Care is Councillor Ravi Patel.\n\n"
               "Our main case management system is Mosaic, supplied by The Access Group. "
               "The council currently contributes to 1,234 care packages each week. "
               "The annual cost of this care to the council in 2022/23 was £48.2m. "
               "Of these packages, 212 are jointly funded with an ICB.\n\n"
               "The Fernvale area is covered by NHS Kent and Medway ICB. "
               "The council does not have a joint funding policy with the ICB. "
               "There is no joint funding tool; each split is agreed case by case at a joint panel.\n\n"
               "Regards,\nInformation Governance Team\n\n"
               "-----Original Message-----\nFrom: A Reader\n\n"
               + "".join(f"> {q.number}. {q.text}\n" for q in RULES.questionnaires["asc_joint_funding"].questions))


def test_a_reply_written_as_prose_answers_the_quoted_questions_in_order():
    """No question is answered under itself: each is placed, in order, on the sentence of
    the prose that says its words, and its answer runs to the next placed sentence."""
    result = match_document(PROSE_REPLY, segment_pairs(PROSE_REPLY, RULES), RULES)
    assert result.questionnaire == "asc_joint_funding"
    got = {p.question_id: p for p in result.pairs if p.question_id}
    assert got["q3"].answer == "Our main case management system is Mosaic, supplied by The Access Group."
    assert got["q4"].answer == "The council currently contributes to 1,234 care packages each week."
    assert got["q8"].answer == "The Fernvale area is covered by NHS Kent and Medway ICB."
    assert got["q10"].answer == "The council does not have a joint funding policy with the ICB."
    assert all(got[q].placement == "prose" and got[q].by_reference for q in ("q3", "q4", "q8", "q10"))


def test_values_read_from_a_prose_reply_go_to_review():
    from pipeline.model import Document, Page
    from pipeline.run import process_document

    doc = Document(doc_id="p", source_file="p.eml", format="eml", text=PROSE_REPLY,
                   pages=(Page(1, 0, len(PROSE_REPLY)),))
    rows = [r for r in process_document(doc).answers if r["question_id"] in ("q3", "q4", "q8", "q10")]
    assert {r["field"]: r["value"] for r in rows if r["value"]}.get("care_packages_count") == "1234"
    assert rows and all(r["status"] == "review" for r in rows)


def test_a_heading_naming_several_questions_answers_each_of_them():
    """"Questions 3 to 4a" over one paragraph, under a request listed first: every question
    it names gets the paragraph, by reference."""
    qs = RULES.questionnaires["s117_aftercare"].questions
    text = ("Fernvale Borough Council\nOur ref: IR-2024-0117\nYou asked:\n"
            + "".join(f"{q.number}. {q.text}\n" for q in qs)
            + "Our response\nQuestions 1 and 2\nAs at 31 March 2024 the council funded aftercare for 512 people, "
              "of whom 230 are jointly funded with the ICB.\n"
              "Questions 3 to 4a\nThere is a joint policy, enclosed, and the cost is split 50/50 with the ICB.\n")
    result = match_document(text, segment_pairs(text, RULES), RULES)
    got = {p.question_id: p for p in result.pairs if p.question_id}
    for qid in ("q1", "q2"):
        assert got[qid].answer.startswith("As at 31 March 2024")
    for qid in ("q3", "q4", "q4a"):
        assert got[qid].answer.startswith("There is a joint policy")
    assert got["q2"].by_reference and got["q4"].by_reference and got["q4a"].by_reference


LETTERED_PROSE = ("Our Ref: FOI 2291\nDear Mr Reader\n"
                  "Thank you for your request, which we received on 5 May 2025, about:\n"
                  "“a)How many volunteer drivers does the home library service have?\n"
                  "b)How many housebound readers received deliveries in 2024?\n"
                  "c)What was the cost of the service in 2024?”\n"
                  "Council’s Response\n"
                  "The home library service currently has 38 volunteer drivers.\n"
                  "In 2024, 412 housebound readers received deliveries.\n"
                  "The cost of the service in 2024 was £61,200, mostly mileage.\n"
                  "Yours sincerely\nLibraries Team\n")


def test_a_lettered_request_answered_in_prose_of_no_known_questionnaire():
    """Letters run into their questions ("a)How many ...") still number them, and each
    question of an unknown request is placed on the sentence that says its words."""
    result = match_document(LETTERED_PROSE, segment_pairs(LETTERED_PROSE, RULES), RULES)
    assert result.questionnaire == "unknown"
    got = [(p.number, p.answer, p.placement) for p in result.pairs if p.question]
    assert got == [("1", "The home library service currently has 38 volunteer drivers.", "prose"),
                   ("2", "In 2024, 412 housebound readers received deliveries.", "prose"),
                   ("3", "The cost of the service in 2024 was £61,200, mostly mileage.", "prose")]


def test_a_topic_heading_wrapped_in_a_narrow_column_is_not_its_answer():
    """"Question 5 – Yearly spend on external" / "placements" / "In 2022/23 spend ... was £58m,
    funded as follows:": the answer starts at the sentence, not after its colon."""
    text = ("Question 5 – Yearly spend on external\nplacements\n"
            "In 2022/23 spend on external placements was\n£58.32m, funded as follows:\n"
            "Health | £4.10m\nEducation | £5.87m\n")
    [pair] = [p for p in segment_pairs(text, RULES) if p.number == "5"]
    assert pair.question == "Yearly spend on external\nplacements"
    assert pair.answer.startswith("In 2022/23 spend on external placements was")


def test_a_reply_wholly_in_prose_with_no_question_written_is_detected_and_reviewed():
    """No question is quoted or restated: the questionnaire is the one whose questions the
    sentences say, in order; every value read so is for review."""
    from pipeline.model import Document, Page
    from pipeline.run import process_document

    text = PROSE_REPLY[:PROSE_REPLY.index("-----Original Message-----")]
    result = match_document(text, segment_pairs(text, RULES), RULES)
    assert result.questionnaire == "asc_joint_funding" and result.reason.startswith("answered in prose")
    got = {p.question_id: p.answer for p in result.pairs if p.question_id}
    assert got["q4"] == "The council currently contributes to 1,234 care packages each week."
    doc = Document(doc_id="p", source_file="p.eml", format="eml", text=text, pages=(Page(1, 0, len(text)),))
    rows = [r for r in process_document(doc).answers if r["question_id"]]
    assert rows and all(r["status"] == "review" for r in rows)


def test_a_policy_in_prose_without_a_request_is_not_taken_for_a_reply():
    text = ("Joint Funding Policy\n\nThis policy sets out how the council and the ICB share the cost of care. "
            "Care packages are reviewed each year. The ICB and the council agree each split at a joint panel.\n")
    assert match_document(text, segment_pairs(text, RULES), RULES).questionnaire == "unknown"


@pytest.mark.parametrize("pointer", ["Download response Readers of the home delivery service 210316",
                                     "Home delivery readers.docx"])
def test_a_response_given_only_as_a_file_answers_every_question(pointer):
    text = ("1. How many readers used the service?\n2. How many volunteers drove?\n"
            "3. What did the service cost?\n\n" + pointer + "\n")
    pairs = [p for p in segment_pairs(text, RULES) if p.question]
    assert len(pairs) == 3 and all(p.answer == pointer for p in pairs)


S117_PROSE = ("Dear Ms Hollis,\n\nThank you for your request. Our answers follow.\n\n"
              "At 31 March 2024 the borough funded section 117 aftercare for 418 people, of whom 156 have "
              "that aftercare jointly funded with the ICB.\n\n"
              "We have a joint section 117 protocol with the ICB; a copy is enclosed.\n\n"
              "Costs are normally shared equally, each case being confirmed by the joint panel.\n\n"
              "Expenditure 2023/24 (£000):\n  Borough   6,210\n  Health   3,870\n\n"
              "The protocol was refreshed in November 2024 after the new guidance.\n\n"
              "The lead ICB is NHS Fernvale ICB, and we keep a joint register of people entitled to section 117 "
              "aftercare with them.\n\n"
              "In 2023/24, 47 people were discharged from section 117 aftercare.\n\n"
              "Yours sincerely,\nInformation Team\n\n"
              "On 2 May 2024, at 09:14, A Reader wrote:\n\n"
              + "".join(f"{q.number}. {q.text}\n" for q in RULES.questionnaires["s117_aftercare"].questions))


def test_a_prose_sentence_of_two_clauses_answers_two_questions_and_order_places_the_rest():
    """"... 418 people, of whom 156 ..." answers questions 1 and 2; the sentences on the
    split and on the protocol's review say too few of questions 4 and 7's words, but lie
    between placed answers, so order places them (match kind "number": they do not vouch
    for the questionnaire). Every pair goes to review as prose."""
    result = match_document(S117_PROSE, segment_pairs(S117_PROSE, RULES), RULES)
    assert result.questionnaire == "s117_aftercare"
    got = {p.question_id: p for p in result.pairs if p.question_id}
    assert got["q1"].answer == got["q2"].answer and "of whom 156" in got["q2"].answer
    assert got["q4"].answer.startswith("Costs are normally shared equally")
    assert got["q5"].answer.startswith("Expenditure 2023/24 (£000)")
    assert "refreshed" in got["q7"].answer and "joint register" in got["q9"].answer
    assert all(got[q].placement == "prose" for q in ("q1", "q2", "q4", "q5", "q7", "q9"))
    assert result.kinds["q1"] == result.kinds["q2"] == "fuzzy"
    assert result.kinds["q4"] == result.kinds["q7"] == "number"


def test_a_one_clause_sentence_is_not_shared_by_two_questions():
    text = S117_PROSE.replace(", of whom 156 have that aftercare jointly funded with the ICB", "")
    result = match_document(text, segment_pairs(text, RULES), RULES)
    got = {p.question_id: p.answer for p in result.pairs if p.question_id}
    assert got.get("q1", "").startswith("At 31 March 2024") and got.get("q2") != got["q1"]


def test_questions_grouped_under_headings_share_the_group_reply():
    """"Questions 1 and 1a" over the questions restated without numbers and one "Reply:":
    each question of the group gets the reply (by reference when there are several), and
    no reply runs on into the next group's heading."""
    qs = {q.id: q.text for q in RULES.questionnaires["asc_joint_funding"].questions}
    text = (HEAD + "Questions 3 and 4\n" + qs["q3"] + "\n" + qs["q4"] + "\nReply:\n"
            "Mosaic (The Access Group); the council funds 1,234 packages a week.\n"
            "Question 8\n" + qs["q8"] + "\nReply:\nNHS Kent and Medway ICB.\n"
            "Questions 10 and 11\n" + qs["q10"] + "\n" + qs["q11"] + "\nReply:\nNo.\n")
    result = match_document(text, segment_pairs(text, RULES), RULES)
    got = {p.question_id: p for p in result.pairs if p.question_id}
    assert got["q3"].answer == got["q4"].answer == "Mosaic (The Access Group); the council funds 1,234 packages a week."
    assert got["q3"].by_reference and got["q4"].by_reference
    assert got["q8"].answer == "NHS Kent and Medway ICB." and not got["q8"].by_reference
    assert got["q10"].answer == got["q11"].answer == "No."
    assert not any(p.answer.startswith("Question") for p in result.pairs)


def test_a_roman_breakdown_under_a_labelled_answer_stays_in_that_answer():
    text = (HEAD + "0. " + QUESTIONS[0] + "\nResponse:\nMosaic.\n1. " + QUESTIONS[1] + "\nResponse:\n(i) North locality: 612\n(ii) South locality: 622\n"
            "Total: 1,234 packages\n2. " + QUESTIONS[2] + "\nResponse:\nNHS Kent and Medway ICB.\n"
            "3. " + QUESTIONS[3] + "\nResponse:\nNo.\n")
    qn, got = answers_of(text)
    assert got["q4"].startswith("(i) North locality: 612") and got["q4"].endswith("Total: 1,234 packages")
    assert got["q8"] == "NHS Kent and Medway ICB."


def test_a_row_of_figures_is_not_a_heading_that_places_a_question():
    """"2023/24  £131.56m" under "Q8 - CHC spend:" fits any question asking about 2023/24 by
    its year alone: it stays in question 8's answer."""
    text = ("Freedom of Information response\nQ7 - We use the national disputes process.\nQ8 - CHC spend:\n"
            "      2021/22  £118.3m\n      2022/23  £124.9m\n      2023/24  £131.56m\nQ9 - Not ours - councils.\n"
            "Q10 - 1,987 Fast Track referrals received in 2023/24.\n")
    pairs = match_document(text, segment_pairs(text, RULES), RULES).pairs
    assert not any(p.answer.startswith("2023/24") for p in pairs)


def test_an_example_after_a_colon_is_more_of_the_question():
    text = (HEAD + "2b. If yes, how is that funding split for the following: (e.g. a shared percentage cost)\n"
            "There is no fixed split.\n")
    pair = next(p for p in segment_pairs(text, RULES) if p.number == "2b")
    assert "(e.g. a shared percentage cost)" in pair.question and pair.answer == "There is no fixed split."


NUMBERED_ONLY = ("From: Information Governance <foi@fernvale.gov.uk>\nSubject: FW: Freedom of Information request 4410\n\n"
                 "Dear Mr Reader,\n\nYour Freedom of Information request has been answered by Children's Services; "
                 "please see their reply below.\n\nInformation Governance\n\n"
                 "From: Children's Services\nSubject: RE: FOI 4410 joint commissioning\n\nAnswers below.\n\n"
                 "1) Yes.\n   a) Yes - NHS Fernvale ICB sits on the commissioning board.\n   b) ToR attached.\n"
                 "2) Yes.\n   a) See ToR section 3.\n"
                 "3) Yes - Education (SEND) pays the education element of residential school placements.\n"
                 "4) Yes.\n   a) No. Health also uses the CHAT tool.\n"
                 "6) Yes, through the Children in Care Council.\n"
                 "7) No.\n8) None.\n\nThanks\n")


def test_a_reply_answering_by_number_alone_is_read_by_its_numbers():
    """The request was sent apart; the service's answers stand under its numbers only.
    Their numbers and words fit the children's questionnaire best, so each answer is
    matched by its number (kind "number": its values go to review), and "a)" under 4 is
    question 4's first sub-question (4b)."""
    result = match_document(NUMBERED_ONLY, segment_pairs(NUMBERED_ONLY, RULES), RULES)
    assert result.questionnaire == "csc_joint_commissioning"
    assert result.reason.startswith("answered by number alone")
    got = {p.question_id: p.answer for p in result.pairs if p.question_id}
    assert got["q1"] == "Yes." and got["q1b"] == "ToR attached." and got["q7"] == "No."
    assert got["q4b"] == "No. Health also uses the CHAT tool."
    assert all(result.kinds[q] == "number" for q in got)


def test_numbered_answers_alone_without_words_of_a_request_or_too_few_are_not_a_response():
    assert match_document("Notes\n1) Yes.\n2) No.\n3) Yes.\n4) No.\n6) Yes.\n",
                          segment_pairs("Notes\n1) Yes.\n2) No.\n3) Yes.\n4) No.\n6) Yes.\n", RULES), RULES
                          ).questionnaire == "unknown"
    few = NUMBERED_ONLY.split("3) Yes")[0]
    assert match_document(few, segment_pairs(few, RULES), RULES).questionnaire == "unknown"


def test_a_prose_answer_takes_the_table_under_it_and_a_parent_runs_over_its_sub_questions():
    text = ("From: FOI Team <foi@fernvale.gov.uk>\nSubject: Freedom of Information request 5120\n\n"
            "Fernvale does not have a joint commissioning framework for externally commissioned placements for children.\n"
            "Health joint funds a few external placements, agreed child by child.\n"
            "Our yearly spend on external placements for the last two years is set out below. "
            "The contributions funded by health and by education are for the same years.\n"
            "Year | Spend on external placements | Funded by health | Funded by education\n"
            "2022/23 | £19,200,000 | £610,000 | £1,400,000\n2023/24 | £21,050,000 | £655,000 | £1,520,000\n\n"
            "Children and parents have not been involved in our joint commissioning process.\n"
            "We do not refer to any models of practice in our commissioning framework.\n")
    result = match_document(text, segment_pairs(text, RULES), RULES)
    assert result.questionnaire == "csc_joint_commissioning"
    got = {p.question_id: p.answer for p in result.pairs if p.question_id}
    assert got["q5"].startswith("Our yearly spend") and got["q5"].endswith("£1,520,000")
    assert "for the same years" in got["q5"]


def test_prose_answering_out_of_order_and_a_refusal_going_on_from_its_answer():
    """The review of the policy (question 7) is answered before the spend (questions 5 and
    6): the spend sentence is still placed, on its own words, out of order. "We estimate
    this would take ..." goes on from the answer before it and is not question 11's."""
    text = (S117_PROSE.split("Costs are normally")[0]
            + "Our section 117 policy was reviewed and updated after the 2024/25 guidance was published.\n\n"
              "In 2023/24 the borough spent £6,210,000 on section 117 aftercare and the ICB's spend on section 117 "
              "aftercare for people in our area was £3,870,000.\n\n"
              "NHS Fernvale ICB is the lead ICB for section 117 aftercare in our area.\n\n"
              "We do not record when a person's section 117 aftercare ends, so finding those discharged in 2023/24 "
              "would mean reading each case record. We estimate this would take more than 18 hours, so we are "
              "refusing this part of your request under section 12.\n\n"
              "The officer responsible for section 117 aftercare is the Head of Mental Health Commissioning.\n\n"
              "Yours sincerely,\nInformation Team\n\nOn 2 May 2024, at 09:14, A Reader wrote:\n\n"
            + "".join(f"{q.number}. {q.text}\n" for q in RULES.questionnaires["s117_aftercare"].questions))
    result = match_document(text, segment_pairs(text, RULES), RULES)
    got = {p.question_id: p.answer for p in result.pairs if p.question_id}
    assert got["q7"].startswith("Our section 117 policy was reviewed") and "spent" not in got["q7"]
    assert any(got.get(q, "").startswith("In 2023/24 the borough spent") for q in ("q5", "q6"))
    assert "refusing this part" in got["q10"] and "q11" not in got or not got["q11"].startswith("We estimate")
