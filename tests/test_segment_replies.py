"""An e-mail reply that answers between the lines of the quoted request."""
from __future__ import annotations

from pipeline.rules import load_rules
from pipeline.segment import segment_pairs
from pipeline.segment.lines import split_lines
from pipeline.segment.zones import QUOTED, line_zones

RULES = load_rules()

REPLY = """Dear Sam,

Our answers are under each of your questions below.

Kind regards,
Libraries FOI team

-----Original Message-----
From: Sam Reader <sam@example.org>
Sent: 2 May 2025 10:00
Subject: FOI request

> 1. How many readers used the home delivery service in 2024?

ANSWER: 412 readers.

> 2. Is there a charge for the service?

ANSWER: No.

> 3. Who runs it?

The libraries team, with 30 volunteer drivers.
"""

QUOTED_UNDER = """Dear Sam,

1. 412 readers.
2. No.
3. The libraries team.

-----Original Message-----
> 1. How many readers used the home delivery service in 2024?
> 2. Is there a charge for the service?
> 3. Who runs it?
"""


def test_answers_between_the_quoted_questions_pair_with_them():
    pairs = {p.number: (p.question, p.answer) for p in segment_pairs(REPLY, RULES)}
    assert pairs["1"] == ("How many readers used the home delivery service in 2024?", "412 readers.")
    assert pairs["2"][1] == "No."
    assert pairs["3"][1] == "The libraries team, with 30 volunteer drivers."
    zones = line_zones(split_lines(REPLY), RULES)
    assert QUOTED not in zones[REPLY[:REPLY.index("> 1.")].count("\n"):]


def test_a_request_quoted_whole_under_the_answers_stays_quoted():
    lines = split_lines(QUOTED_UNDER)
    zones = line_zones(lines, RULES)
    assert all(z == QUOTED for ln, z in zip(lines, zones) if ln.text.startswith(">"))


FORWARDED = """Hello,

Our answers to your request are as follows:

1. 38 (as at 1 April 2025)
2. Yes, at two branches.
3. £12,400
4. No

Many thanks,
Libraries FOI team

From: Sam Reader <sam@example.org>
Sent: Monday, 19 May 2025 08:31
Subject: FOI request

Dear Council,

1) How many mobile library stops did you have at 1 April 2025?
2) Do you lend e-readers?
3) What did you spend on e-books in 2024/25?
4) Do you charge for reservations?

Yours faithfully,
Sam
"""


def test_answers_by_number_above_the_forwarded_request_pair_with_its_questions():
    pairs = segment_pairs(FORWARDED, RULES)
    got = [(p.number, p.question[:20], p.answer) for p in pairs if p.question]
    assert got == [("1", "How many mobile libr", "38 (as at 1 April 2025)"),
                   ("2", "Do you lend e-reader", "Yes, at two branches."),
                   ("3", "What did you spend o", "£12,400"),
                   ("4", "Do you charge for re", "No")]


def test_a_list_numbered_twice_without_questions_is_not_taken_for_a_forwarded_request():
    text = FORWARDED.replace("1) How many mobile library stops did you have at 1 April 2025?", "1) 38 stops")
    text = text.replace("2) Do you lend e-readers?", "2) Yes").replace(
        "3) What did you spend on e-books in 2024/25?", "3) £12,400").replace("4) Do you charge for reservations?", "4) No")
    pairs = segment_pairs(text, RULES)
    assert not any(p.answer.startswith("38 (as at") and "38 stops" in p.question for p in pairs)


def test_an_answer_naming_two_questions_answers_the_empty_one_before_it():
    text = ("1. How many mobile library stops did you have?\n38.\n"
            "2. What did the council spend on e-books in 2024/25?\n"
            "3. What did the library trust spend on e-books in the same year?\n"
            "Questions 2 and 3: the council spent £12,400 and the trust £3,100.\n"
            "4. Do you charge for reservations?\nNo.\n")
    pairs = {p.number: p for p in segment_pairs(text, RULES)}
    assert pairs["3"].answer == "the council spent £12,400 and the trust £3,100." and not pairs["3"].by_reference
    assert pairs["2"].answer == pairs["3"].answer and pairs["2"].by_reference
    assert pairs["4"].answer == "No." and not pairs["1"].by_reference


def test_an_answer_naming_the_parts_after_it_answers_them_too_without_its_label():
    text = ("1. Do you have a home delivery service?\n1a. If yes, who runs it?\n"
            "Q1 and 1a: No. Volunteers from the Friends group deliver books instead.\n"
            "2. How many branches?\n12.\n")
    pairs = {p.number: p for p in segment_pairs(text, RULES)}
    assert pairs["1"].answer.startswith("No. Volunteers")


def test_a_request_listed_then_restated_with_answers_is_not_a_forwarded_request():
    text = ("Please can you provide the following information:\n"
            "1. Are visitors to the archive charged a fee for research\n"
            "2. The number of research visits in 2024\n"
            "3. The opening hours of the search room\n"
            "4. Are digitised copies offered to remote users\n"
            "Yours faithfully,\nA Requester\n\nGood afternoon\nThank you for your request.\n"
            "1. Are visitors to the archive charged a fee for research - No, research visits are free.\n"
            "2. The number of research visits in 2024 - 1,412 visits.\n"
            "3. The opening hours of the search room - 9am to 5pm, Tuesday to Friday.\n"
            "4. Are digitised copies offered to remote users - Yes, for a fee.\n")
    answers = [p.answer for p in segment_pairs(text, RULES) if p.answer]
    assert any(a.startswith("No, research visits are free") for a in answers)
    assert not any(a.startswith("Are visitors") for a in answers)


LISTED_THEN_ANSWERED = """Library visits
1). Please provide the number of visits to each branch for the following financial years:
i) 2021/22,
ii) 2022/23
2). Please confirm or deny whether the council runs a home delivery service
3). Please confirm or deny whether readers can reserve e-books
1). i) 2021/22 - 48,112
ii) 2022/23 - 51,904
2). I can confirm the council runs a home delivery service for housebound readers
3). We do not record reservations of e-books separately.
"""


def test_questions_listing_years_then_answers_numbered_1_paren_dot():
    pairs = {p.number: p for p in segment_pairs(LISTED_THEN_ANSWERED, RULES) if p.question}
    assert pairs["1"].question.startswith("Please provide the number of visits")
    assert "48,112" in pairs["1"].answer and "51,904" in pairs["1"].answer
    assert pairs["2"].answer.startswith("I can confirm the council runs")  # affirmed, not restated
    assert pairs["3"].answer.startswith("We do not record")


BLANKET = """Freedom of information response
Request:
1. For each of the last three years, how many complaints did the library service receive? Please give a figure for each year.
2. How many of these complaints were upheld?
3. How many were about opening hours?
Response:
We are applying section 12 of the Act: finding these would mean reading every complaint file by hand.
For your assistance, our annual complaints report gives the totals.
If you are dissatisfied with the handling of your request you may ask for an internal review.
"""


def test_one_response_under_a_heading_answers_every_listed_question():
    pairs = [p for p in segment_pairs(BLANKET, RULES) if p.question]
    assert [p.number for p in pairs] == ["1", "2", "3"]
    assert pairs[0].question.endswith("Please give a figure for each year.")  # the question, whole
    for p in pairs:
        assert p.answer.startswith("We are applying section 12") and p.answer.endswith("gives the totals.")
        assert p.by_reference


def test_a_request_reference_number_is_not_a_question_number():
    pairs = segment_pairs("Request 101001562324\nHow many branches do you run?\nResponse\nWe run 12.\n", RULES)
    assert not any(p.number == "10" for p in pairs)


def test_one_response_given_first_answers_every_question_asked_after_it():
    text = ("Book stock\nOur Response:\nWe do not hold this information in a form that answers your questions; "
            "the attached stock list is the nearest we hold.\nYou asked:\n"
            "1. How many books did each branch hold at 1 April 2024? Please give it by branch.\n"
            "2. The same for 2023\n3. The same for 2022\n")
    pairs = [p for p in segment_pairs(text, RULES) if p.question]
    assert [p.number for p in pairs] == ["1", "2", "3"]
    assert all(p.answer.startswith("We do not hold this information") for p in pairs)
    assert pairs[0].question.endswith("Please give it by branch.")


def test_answered_questions_keep_their_answers_when_a_response_heading_follows():
    text = ("1. How many branches do you run? 12.\n2. How many mobile libraries? Two.\n"
            "Response\nWe hope this helps.\n")
    pairs = {p.number: p for p in segment_pairs(text, RULES) if p.question}
    assert pairs["1"].answer == "12." and pairs["2"].answer == "Two."


def test_parts_listed_under_if_yes_are_the_question_s_parts_not_new_questions():
    text = ("Details of the Request\n"
            "1) In the past year, have you closed any branch library?\nIf yes:\n"
            "1. Which branches?\n2. For how long?\n"
            "2.) Mobile libraries: are any routes suspended?\nIf yes:\n1. Which routes?\n"
            "Details of the Response\n1. No branch has closed in the past year.\n2. No routes are suspended.\n")
    pairs = {p.number: p for p in segment_pairs(text, RULES) if p.question}
    assert sorted(pairs) == ["1", "1a", "1b", "2", "2a"]
    assert pairs["1"].answer == "No branch has closed in the past year."
    assert pairs["2"].answer == "No routes are suspended."
    assert pairs["1a"].question == "Which branches?"


def test_an_answer_labelled_with_its_question_s_number_loses_the_label():
    text = ("Q1 How many branches do you run?\nA1 12 as at 1 April 2025.\n"
            "Q2 Do you run a mobile library?\nA2 Yes.\nQ3 Do you lend e-readers?\nA3: No.\n")
    pairs = {p.number: p.answer for p in segment_pairs(text, RULES)}
    assert pairs == {"1": "12 as at 1 April 2025.", "2": "Yes.", "3": "No."}


def test_a_polite_request_after_a_question_is_part_of_it_and_its_named_answer_comes_later():
    text = ("1. How many branches did you run in each year?\n"
            "2. How many visits were there in each year?\n"
            "If possible, please supply the information in a spreadsheet.\n"
            "The council runs its libraries through two trusts, each with its own records.\n"
            "Question 1 –\n12 in every year.\n"
            "Question 2 –\nSee the attached spreadsheet.\n")
    pairs = {p.number: p for p in segment_pairs(text, RULES) if p.question}
    assert pairs["1"].answer == "12 in every year."
    assert pairs["2"].answer == "See the attached spreadsheet."
    assert "please supply" in pairs["2"].question


def test_a_clarification_under_a_question_does_not_hide_its_answer():
    text = ("1. How many assessments were completed?\n"
            "Clarification of Question 1: I would like the number of full assessments.\n"
            "The number of full assessments completed is 637.\n"
            "2. How many were fast-tracked?\n212.\n")
    pairs = {p.number: p for p in segment_pairs(text, RULES) if p.question}
    assert "637" in pairs["1"].answer


MARKED_REPLY = """Dear Ms Reader,

Thank you for your request. We have answered underneath each of your questions, marked >>.

> 1. How many readers used the home delivery service in the borough
> during 2024?
>> 412 readers, most of them over 75.

> 2. Is there a charge for the service, and if so how much
> is it per visit?
>> No.

> 3. How many volunteers drove deliveries?
>> 38

Kind regards,
Libraries FOI team

-----Original Message-----
From: Sam Reader <sam@example.org>
Subject: FOI request

1. How many readers used the home delivery service in the borough during 2024?
2. Is there a charge for the service, and if so how much is it per visit?
3. How many volunteers drove deliveries?

Please reply by e-mail.

Yours sincerely,
Sam Reader
"""


def test_answers_quoted_one_level_deeper_than_the_questions_pair_with_them():
    """">>" answers under "> " questions with no "wrote:" line over them: the reply's pairs,
    without their quote marks; the request quoted again under "Original Message" stays
    quoted and lends no question its closing words."""
    pairs = segment_pairs(MARKED_REPLY, RULES)
    got = {p.number: p.answer for p in pairs if p.answer}
    assert got == {"1": "412 readers, most of them over 75.", "2": "No.", "3": "38"}
    assert all("Please reply" not in p.answer for p in pairs)
    lines = split_lines(MARKED_REPLY)
    zones = line_zones(lines, RULES)
    request = next(i for i, ln in enumerate(lines) if ln.text.startswith("1. How many"))
    assert zones[request] == QUOTED


FORWARDED_ANSWERS = """Dear Ms Reader,

Please see below the response from our libraries team, which answers your request in full.

Kind regards
Information Governance Team

________________________________
From: Marsh, Helen <helen.marsh@fernvale.gov.uk>
Sent: 3 October 2025 16:20
Subject: RE: FOI 0412/25

Answers below against each question.

Q1 How many readers used the home delivery service in 2024?
- 412

Q2 Is there a charge for the service?
- No

Q3 How many volunteers drove deliveries?
- 38, all checked by the council.

________________________________
From: FOI team
Subject: FOI 0412/25

Helen, please can you answer the request below.

Q1 How many readers used the home delivery service in 2024?
Q2 Is there a charge for the service?
Q3 How many volunteers drove deliveries?
"""


def test_answers_in_a_forwarded_officers_reply_are_the_responses_pairs():
    """A covering e-mail passes on an officer's reply that answers each question under it;
    the original request forwarded below that stays quoted."""
    pairs = segment_pairs(FORWARDED_ANSWERS, RULES)
    got = {p.number: p.answer for p in pairs if p.answer}
    assert got == {"1": "412", "2": "No", "3": "38, all checked by the council."}
    lines = split_lines(FORWARDED_ANSWERS)
    zones = line_zones(lines, RULES)
    assert [z for ln, z in zip(lines, zones) if ln.text.startswith("Q1")] == ["text", QUOTED]


ANSWERED_WITH_ATTACHED_POLICY = """Dear Ms Reader,

Your questions are repeated below with our answers underneath each one.

1. Please give the number of readers of the home delivery service.
412 READERS.

2. Please give the number of volunteer drivers.
38 DRIVERS.

3. Please give the cost of the service in 2024.
£61,200.

Regards, Libraries FOI team

-----Original Message-----
1. Please give the number of readers of the home delivery service.
2. Please give the number of volunteer drivers.
3. Please give the cost of the service in 2024.

===== Attachment 1: Home delivery policy.pdf =====
1. Purpose. This policy sets out how the home delivery service is run.
2. Process. Readers are referred by their librarian or by a carer.
3. Review. The policy is reviewed every year.
"""


def test_numbered_paragraphs_of_an_attached_policy_answer_no_question_already_answered():
    """A reply answers each question under it; the request is quoted below, and an attached
    policy numbers its paragraphs 1, 2, 3 again: those are not answers to the request."""
    pairs = segment_pairs(ANSWERED_WITH_ATTACHED_POLICY, RULES)
    answers = {}
    for p in pairs:
        if p.number and p.answer:
            answers.setdefault(p.number, []).append(p.answer)
    assert answers["1"][0] == "412 READERS." and answers["2"][0] == "38 DRIVERS."
    assert not any(a.startswith(("Purpose", "Process", "Review")) for p in pairs if "Please give" in p.question
                   for a in [p.answer])


def test_a_sign_off_alone_on_its_line_ends_the_last_answer():
    text = ("Answers as below:\n1. How many readers used the service?\n412\n"
            "2. Who is responsible for it?\nHead of Libraries. Name withheld - s40\n\nThanks\nJoe\n\nJoe Bloggs\n"
            "Information Governance Assistant\n")
    pairs = {p.number: p.answer for p in segment_pairs(text, RULES)}
    assert pairs["2"] == "Head of Libraries. Name withheld - s40"


def test_an_answer_labelled_with_a_range_answers_each_question_in_it():
    text = ("1. How many readers used the service in 2024?\n2. How many volunteers drove?\n"
            "3. How many vans were used?\n4. How many miles were driven?\n5. What did fuel cost?\n"
            "Response 27-01-2025\n1. 412\n2. 38\n3. -5. Not held. The service does not record its vehicles.\n")
    pairs = {p.number: p.answer for p in segment_pairs(text, RULES) if p.answer}
    assert pairs["1"] == "412" and pairs["2"] == "38"
    assert all(pairs[n].startswith("Not held.") for n in ("3", "4", "5"))
