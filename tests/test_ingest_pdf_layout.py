"""PDF layout: running headers and footers, answers over page breaks, two-column pages."""
from __future__ import annotations

import re

import pytest
from builders import check_document, make_flow_pdf, make_pdf, make_placed_pdf, \
    make_two_column_pdf

from pipeline.ingest import ingest
from pipeline.ingest.pdf_layout import continues_paragraph, is_page_number, running_key

LETTERHEAD = "Westmere Borough Council - Information Governance Team"
REFERENCE = "Our reference: FOI-2024-1187 Date: 18 April 2024"
PANEL_ANSWER = " ".join(
    f"In quarter {i} the joint funding panel met {i + 3} times and agreed {20 + i} "
    f"packages, with the council paying the larger share in {10 + i} of them."
    for i in range(1, 41))


def paged_reply(path):
    """A three-page reply with a running header and footer, and one long answer that
    runs over the first page break."""
    questions = [f"Q{i} Please state the number of jointly funded packages in area {i}."
                 for i in range(1, 8)]
    items = ["Dear requester, thank you for your request for information."]
    for i, question in enumerate(questions, start=1):
        items.append(question)
        items.append(PANEL_ANSWER if i == 3 else
                     f"Response: {100 + i} packages were jointly funded in area {i}.")
    items += [f"Further note {i}: the figures are taken from the case management system "
              "on the last working day of the month and are not audited." for i in range(30)]
    return make_flow_pdf(path, items, header=["OFFICIAL", LETTERHEAD, REFERENCE],
                         footer=["OFFICIAL-SENSITIVE", "Page {page} of {pages}"])


@pytest.fixture
def paged(tmp_path):
    return ingest(paged_reply(tmp_path / "paged.pdf"))


def test_fixture_has_three_pages_with_the_running_lines(paged):
    assert len(paged.pages) == 3


def test_page_numbers_are_removed(paged):
    assert not re.search(r"Page \d of 3", paged.text)


def test_running_header_is_kept_once_at_the_top_of_the_first_page(paged):
    check_document(paged)
    assert paged.text.startswith(f"OFFICIAL\n{LETTERHEAD}\n{REFERENCE}\n")
    assert paged.text.count(LETTERHEAD) == 1
    assert paged.text.count(REFERENCE) == 1


def test_running_footer_is_kept_once_at_the_foot_of_the_last_page(paged):
    assert paged.text.count("OFFICIAL-SENSITIVE") == 1
    assert paged.text.rstrip().endswith("OFFICIAL-SENSITIVE")


def test_answer_over_a_page_break_reads_as_one_paragraph(paged):
    start = paged.text.index("In quarter 1 the joint")
    end = paged.text.index("of them.", paged.text.index("In quarter 40 ")) + len("of them.")
    answer = paged.text[start:end]
    assert paged.page_at(start) == 1 and paged.page_at(end) == 2, "the answer spans pages"
    assert "\n\n" not in answer
    assert answer.split() == PANEL_ANSWER.split()


def test_new_item_on_a_new_page_keeps_its_paragraph_break(tmp_path):
    doc = ingest(make_pdf(tmp_path / "two.pdf", [
        "Q4 How many care packages does the council contribute to\neach week?",
        "As at 31 March 2024 the council contributed to\n2,146 care packages.",
        "Q5 What is the annual cost?\nThe gross cost in 2023/24 was",
        "\u00a348,270,000.",
    ]))
    check_document(doc)
    assert "contribute to\neach week?\n\nAs at 31 March" in doc.text
    assert "cost in 2023/24 was\n\u00a348,270,000.\n" in doc.text, "a continued sentence"
    assert doc.page_at(doc.text.index("\u00a348,270,000")) == 4


@pytest.mark.parametrize(
    "last, first, continues",
    [
        pytest.param("funded jointly with the", "ICB under section 117.", True, id="mid_sentence"),
        pytest.param("The cost was met in full.", "although the ICB later", True,
                     id="lower_case_start"),
        pytest.param("The cost was met in full.", "The ICB contributed.", False, id="new_sentence"),
        pytest.param("Our answers are as follows", "Q5 What is the cost?", False,
                     id="numbered_question"),
        pytest.param("the packages were", "\u2022 residential care", False, id="bullet"),
        pytest.param("Please see the response to:", "Question 4", False, id="after_colon"),
    ],
)
def test_continues_paragraph(last, first, continues):
    assert continues_paragraph(last, first) is continues


@pytest.mark.parametrize(
    "text, page, expected",
    [
        ("Page 2 of 3", 2, True), ("2 of 3", 2, True), ("- 2 -", 2, True), ("2", 2, True),
        ("page 3", 3, True), ("1969", 2, False), ("3", 2, False),
        ("Page 2 of the policy", 2, False), ("2,146", 2, False),
    ],
)
def test_is_page_number(text, page, expected):
    assert is_page_number(text, page) is expected


def test_running_key_ignores_digits_case_and_spacing():
    assert running_key("Page 2 of 3") == running_key("page  3 of 3")
    assert running_key("OFFICIAL") != running_key("OFFICIAL-SENSITIVE")


def test_body_line_that_repeats_at_a_page_edge_is_kept(tmp_path):
    """The last line of one page and the first of the next may read alike; that is not a
    header (it is at the foot of one page and the head of the other)."""
    see = "Answer: Please see our answer to Question 5."
    first = "\n".join(f"Question 5{c}: How much came from partner {c}?\n{see}" for c in "ab")
    second = f"{see}\nQuestion 6: Have parents been involved?\nAnswer: Not yet."
    filler = "\n".join(f"Line {i} of the answer to question 4." for i in range(40))
    doc = ingest(make_pdf(tmp_path / "edges.pdf", [filler + "\n" + first, second]))
    assert doc.text.count(see) == 3


LEFT = ["The council and the integrated care board agreed a joint funding policy in "
        "2023. It sets out how the cost of each package is shared when a person has both "
        "health and social care needs, and how disputes are resolved.",
        "Packages are reviewed at a monthly panel. In 2023/24 the panel considered 412 "
        "cases and agreed a split of costs in all but nine of them.",
        "Where the panel cannot agree, the case goes to the joint commissioning board, "
        "which meets every quarter and whose decision is final for both partners.",
        "The policy is reviewed every two years; the next review is due in the spring, "
        "when the partners will also look again at the decision support tool."]
RIGHT = ["The council contributed to 2,146 care packages each week as at 31 March 2024. "
         "Of these, 318 were jointly funded with the board under the policy.",
         "The gross annual cost to the council was \u00a348,270,000 in 2023/24, of which "
         "the board reimbursed \u00a35,120,000 for jointly funded packages.",
         "Most jointly funded packages are for people with a learning disability or with "
         "mental health needs who receive aftercare under section 117.",
         "Copies of the policy and of the panel's terms of reference are published on the "
         "council's website and are therefore exempt under section 21 of the Act."]


def test_two_column_page_reads_column_by_column(tmp_path):
    title = "Westmere Borough Council: joint funding briefing"
    doc = ingest(make_two_column_pdf(tmp_path / "briefing.pdf", title, LEFT, RIGHT))
    check_document(doc)
    assert doc.text.split() == " ".join([title, *LEFT, *RIGHT]).split()
    assert " | " not in doc.text


QA_LEFT = [f"{n}. Does the library run the {topic} service for housebound readers in the borough?"
           f"\nYes, the {topic} service has run since 2019 from the central library, and it is "
           f"reviewed each year by the libraries team with the readers who use it."
           for n, topic in enumerate(["home delivery", "talking book", "large print", "reading group"], 1)]
QA_RIGHT = [f"{n}. How many readers used the {topic} service in 2024, and at what cost to the council?"
            f"\n{100 + n} readers used the {topic} service in 2024; it cost the council about "
            f"\u00a3{n},400 in staff time and transport, all from the libraries budget."
            for n, topic in enumerate(["mobile library", "school visit", "e-book", "archive"], 5)]


def test_a_letter_in_two_columns_of_questions_and_answers_is_not_a_table(tmp_path):
    """Numbered questions open lines in both columns: the page is read column by column,
    not as a borderless question/answer table across them."""
    title = "Westmere Borough Council: libraries request"
    left = [p for item in QA_LEFT for p in item.split("\n")]
    right = [p for item in QA_RIGHT for p in item.split("\n")]
    doc = ingest(make_two_column_pdf(tmp_path / "letter.pdf", title, left, right))
    check_document(doc)
    assert doc.text.split() == " ".join([title, *left, *right]).split()
    assert " | " not in doc.text


HEADED_LEFT = [p for n, topic, answer in [
    (1, "Home delivery", "Yes, the home delivery service has run since 2019 from the central library for readers who cannot travel."),
    (2, "Talking books", "Yes, talking books are lent free of charge to registered blind and partially sighted readers."),
    (3, "Reading groups", "Eleven reading groups meet in branch libraries, each led by a volunteer with support from staff."),
    (4, "Volunteers", "Forty-two volunteers drove deliveries in 2024, each checked by the council before they started.")]
    for p in (f"Question {n} – {topic}", answer)]
HEADED_RIGHT = ["Question 5 – Yearly spend on the service",
                "In 2024 the service cost £61,200, funded as follows:",
                [("Funder", "£"), ("Council", "£48,000"), ("Trust fund", "£13,200")],
                "The trust fund grant ends in March 2026.",
                "Question 6 – Waiting list", "Nobody is waiting for the service at present; new readers start within a fortnight.",
                "Question 7 – Reviews", "The service was last reviewed in 2023 with the readers who use it and their carers."]


def test_columns_headed_question_n_read_down_each_column_with_their_tables_in_place(tmp_path):
    """"Question 5 – Yearly spend" headings in both columns make it a letter in two columns;
    the ruled table inside the right column is read where it stands there."""
    doc = ingest(make_two_column_pdf(tmp_path / "letter.pdf", "Westmere libraries request", HEADED_LEFT, HEADED_RIGHT))
    check_document(doc)
    text = doc.text
    order = [text.index(s) for s in ("Question 4 – Volunteers", "Forty-two volunteers", "Question 5 – Yearly",
                                       "In 2024 the service cost", "Council | £48,000", "Trust fund | £13,200",
                                       "The trust fund grant", "Question 6 – Waiting")]
    assert order == sorted(order)
    assert "Question 1 – Home delivery |" not in text


def test_label_and_value_lines_beside_each_other_stay_on_one_line(tmp_path):
    """A letter's reference block is two columns only in appearance: each label belongs
    with the value beside it."""
    fields = [("Our reference:", "FOI-2024-1187"), ("Date received:", "2 April 2024"),
              ("Date of response:", "18 April 2024"), ("Requester:", "Ms J Doe")]
    placed = [(72, 80, "Westmere Borough Council")]
    for i, (label, value) in enumerate(fields):
        placed += [(72, 120 + 14 * i, label), (200, 120 + 14 * i, value)]
    placed.append((72, 200, "Dear Ms Doe, thank you for your request, which we have "
                            "handled under the Act."))
    doc = ingest(make_placed_pdf(tmp_path / "letter.pdf", [placed]))
    for label, value in fields:
        assert f"{label} {value}\n" in doc.text
