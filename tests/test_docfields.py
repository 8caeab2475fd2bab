"""Document-level fields: the FOI reference and the response date."""
from __future__ import annotations

import pytest

from pipeline.docfields import find_foi_reference, find_response_date

LETTER = """Anytown Borough Council
Civic Offices, High Street
Anytown AN1 1AA

Your ref: WDTK-99812
Our ref: FOI-2024-0012
Date received: 2 April 2024
Date of response: 18 April 2024

Dear Requester,

Thank you for your request for information received on 2 April 2024, which we have
dealt with under the Freedom of Information Act 2000 (FOIA 2000).

Published on our disclosure log: 25 April 2024
"""


def _check(text, found):
    assert found is not None
    assert text[found.start:found.end] == found.text
    return found


@pytest.mark.parametrize("text, value, flags", [
    pytest.param(LETTER, "FOI-2024-0012", (), id="letter_our_ref_over_your_ref"),
    pytest.param("Your ref: ABC/1\nOur ref: FOI 12345.", "FOI 12345", (), id="trailing_full_stop"),
    pytest.param("Reference: FOI-2024-0012\n", "FOI-2024-0012", (), id="generic_label"),
    pytest.param("Our reference number: 4567/2024", "4567/2024", (), id="our_reference_number"),
    pytest.param("Your reference: WDTK-99\nRequest reference: EIR/23/456", "EIR/23/456", (), id="request_reference"),
    pytest.param("Case reference CAS-123456-X1Y2", "CAS-123456-X1Y2", (), id="case_reference_no_colon"),
    pytest.param("Request number: 1234/2024", "1234/2024", (), id="request_number"),
    pytest.param("Reference: NOV-2024-7", "NOV-2024-7", (), id="value_starting_with_no"),
    pytest.param("Our ref no. 4411", "4411", (), id="ref_no_dotted"),
    pytest.param("FOI request 9876 - response", "9876", (), id="foi_request_label"),
    pytest.param("Our Reference\nFOI-2024-0012\n", "FOI-2024-0012", (), id="flattened_table_cell"),
    pytest.param("Reference | FOI 555 |\n", "FOI 555", (), id="table_row"),
    pytest.param("Freedom of information response\nFOI 12345\nDear Sir", "FOI 12345", ("unlabelled",), id="standalone_top"),
    pytest.param("Re: EIR/23/456 - your request", "EIR/23/456", ("unlabelled",), id="standalone_eir"),
    pytest.param("Your ref: 998877\nDear Sir", "998877", ("requester_reference",), id="only_their_ref"),
    pytest.param("Reference: XYZ FOI 24-1183\n", "XYZ FOI 24-1183", (), id="body_capitals_before_prefix"),
    pytest.param("Request no. | FOI 14392\n", "FOI 14392", (), id="label_dot_then_cell"),
])
def test_foi_reference(text, value, flags):
    found = _check(text, find_foi_reference(text))
    assert (found.value, found.flags) == (value, flags)


@pytest.mark.parametrize("text", [
    pytest.param("Under the FOIA 2000 we must reply.", id="act_is_not_a_reference"),
    pytest.param("FOI Request – for the attention of commissioners", id="label_without_digits"),
    pytest.param("Thank you for your FOI request\n2023 figures follow", id="label_in_sentence"),
    pytest.param("x" * 1600 + "\nReference: 55", id="generic_label_far_down"),
    pytest.param("x" * 1600 + "\nFOI 12345", id="standalone_far_down"),
    pytest.param("With reference to your request of 1 April", id="with_reference_to"),
    pytest.param("", id="empty"),
])
def test_no_foi_reference(text):
    assert find_foi_reference(text) is None


@pytest.mark.parametrize("text, value, flags", [
    pytest.param(LETTER, "2024-04-18", (), id="letter"),
    pytest.param("Date received: 1 April 2024 | Date responded: 18 April 2024", "2024-04-18", (), id="one_row"),
    pytest.param("Date: 18 April 2024\nDear Sir", "2024-04-18", (), id="letter_heading"),
    pytest.param("Date of request: 1 April 2024\nDate: 18 April 2024", "2024-04-18", (), id="generic_after_request"),
    pytest.param("Request received 1 April 2024. Response date | 18/04/2024", "2024-04-18", (), id="table_cell"),
    pytest.param("Date\n18/04/2024", "2024-04-18", (), id="flattened_cells"),
    pytest.param("Received\n1 April 2024\nResponded\n18 April 2024", "2024-04-18", (), id="flattened_both"),
    pytest.param("Sent: Tuesday, 3 October 2023 10:15\nTo: foi@example.org", "2023-10-03", (), id="email_header"),
    pytest.param("Date of response:\t18th April 24", "2024-04-18", (), id="tab_two_digit_year"),
    pytest.param("Date sent: 18 April 2024\nDate: 1 May 2024", "2024-04-18", (), id="specific_beats_generic"),
    pytest.param("Council House\nHigh Street\n\n18 April 2024\n\nDear Requester", "2024-04-18", ("unlabelled",), id="unlabelled_top_line"),
    pytest.param("Dear Sir\n\nTuesday 3 October 2023\n", "2023-10-03", ("unlabelled",), id="unlabelled_with_weekday"),
    pytest.param("Request dated: 02/09/2024 Response dated: 30/09/2024", "2024-09-30", (), id="dated_labels"),
    pytest.param("Case number | FOI 31552\nDecision date | 2 July 2024\n", "2024-07-02", (), id="decision_date"),
    pytest.param("Your ref: FOI request\nDate: 14 March 2024\nDear Requester", "2024-03-14", (), id="request_then_date_line"),
    pytest.param("Team Reference AB-1\nMill Lane Date 2 December 2024\n", "2024-12-02", ("inferred",),
                 id="date_amid_letterhead_columns"),
    pytest.param("(by e-mail) | Date Request received | 14 February 2025 16 January 2025\n", "2025-02-14",
                 ("inferred",), id="later_of_received_pair"),
    pytest.param("Received Response Officer | 02/01/2024 29/01/2024 A Person\n", "2024-01-29",
                 ("inferred",), id="later_of_pair_labels_in_a_row"),
])
def test_response_date(text, value, flags):
    found = _check(text, find_response_date(text))
    assert (found.value, found.flags) == (value, flags)


@pytest.mark.parametrize("text", [
    pytest.param("Date received: 1 April 2024", id="received"),
    pytest.param("Date received:\n1 April 2024\n", id="received_flattened"),
    pytest.param("Date of request: 1 April 2024", id="request"),
    pytest.param("Request date | 1 April 2024", id="request_date_cell"),
    pytest.param("Published: 20 April 2024", id="published"),
    pytest.param("Received\n1 April 2024\n", id="received_line_above"),
    pytest.param("Thank you for your request of 1 April 2024.", id="in_a_sentence"),
    pytest.param("March 2024", id="month_only"),
    pytest.param("Please reply by the due date 2 December 2024", id="lower_case_date_in_sentence"),
    pytest.param("", id="empty"),
])
def test_no_response_date(text):
    assert find_response_date(text) is None


def test_bare_question_and_answer_text_has_no_reference_or_date():
    # Inventing a reference or a response date for a bare Q/A text would be wrong.
    text = ("1. Do you have a joint funding policy? No\n"
            "2. How many packages at 18th April 24? 39\n"
            "3. What was the spend in 2022/23? £1.6m\n")
    assert find_foi_reference(text) is None
    assert find_response_date(text) is None


def test_stacked_date_labels_take_their_own_dates():
    """Two table rows read as one line: each stacked label takes the date in its position."""
    from pipeline.docfields import find_response_date

    text = "Our ref: | LIB-24-0091\nDate received: Date of response: | 11 March 2024 8 April 2024\n"
    assert find_response_date(text).value == "2024-04-08"
    text = "Team | Request ref | 2024/3381\nlibraries@example.gov.uk | Received Sent | 10 May 2024 6 June 2024\n"
    assert find_response_date(text).value == "2024-06-06"


def _document_rows(text: str) -> dict:
    from pipeline.model import Document, Page
    from pipeline.process import process_document

    result = process_document(Document(doc_id="d", source_file="letter.txt", format="txt", text=text,
                                       pages=(Page(1, 0, len(text)),)))
    return {r["field"]: r for r in result.answers if r["field"] in ("foi_reference", "response_date")}


def test_labelled_reference_and_date_are_auto_rows_traced_to_the_heading():
    rows = _document_rows(LETTER + "\n1. Do you have a joint funding policy?\nYes.\n")
    ref, date = rows["foi_reference"], rows["response_date"]
    assert (ref["value"], ref["status"]) == ("FOI-2024-0012", "auto")
    assert (date["value"], date["status"]) == ("2024-04-18", "auto")
    for row in (ref, date):
        assert LETTER[row["char_start"]:row["char_end"]] == row["evidence"] != ""


def test_guessed_reference_and_date_go_to_review_with_a_reason():
    text = ("Mill House | Freedom of information response\nFOI 12345\n"
            "Team | Date Request received | 14 February 2025 16 January 2025\n\n"
            "1. Do you have a joint funding policy?\nYes.\n")
    rows = _document_rows(text)
    ref, date = rows["foi_reference"], rows["response_date"]
    assert (ref["value"], ref["status"]) == ("FOI 12345", "review") and "reference" in ref["reasons"]
    assert (date["value"], date["status"]) == ("2025-02-14", "review") and "label" in date["reasons"]


@pytest.mark.parametrize("text, value", [
    pytest.param("Reference | SMBC 4417852\n", "SMBC 4417852", id="capitals_then_number"),
    pytest.param("Our ref: NENC 25-0288", "NENC 25-0288", id="capitals_then_dashed_number"),
    pytest.param("FOI reference: | WY ICB FOI 2024/1190\n", "WY ICB FOI 2024/1190", id="several_capital_words"),
    pytest.param("Our reference: NN-ICB FOI 24/0982\n", "NN-ICB FOI 24/0982", id="hyphenated_capitals"),
])
def test_a_body_s_letters_before_the_number_belong_to_the_reference(text, value):
    assert find_foi_reference(text).value == value


@pytest.mark.parametrize("text, reference, date", [
    pytest.param("Fernvale Borough Council, Town Hall | Our ref: FbC FOI 11842 Date: 15/02/2024\n\nDear Requester,",
                 "FbC FOI 11842", "2024-02-15", id="mixed_case_initials_and_date_after_the_number"),
    pytest.param("Fernvale London Borough | FOI Response LBF-FOI-24-5522\n\nThank you",
                 "LBF-FOI-24-5522", None, id="initials_joined_to_the_prefix"),
    pytest.param("Fernvale City Council\n\nFOI-FVCC-8841 – response dated 5 September 2024\n",
                 "FOI-FVCC-8841", "2024-09-05", id="initials_after_the_prefix"),
    pytest.param("NHS Fernvale ICB\nReference | FOI FVI 24-211\nDate received | 03/07/2024\nDate of response | 31/07/2024\n",
                 "FOI FVI 24-211", "2024-07-31", id="initials_between_prefix_and_number"),
])
def test_references_with_a_bodys_initials(text, reference, date):
    ref, when = find_foi_reference(text), find_response_date(text)
    assert ref is not None and ref.value == reference
    assert (when.value if when else None) == date


@pytest.mark.parametrize("text, date", [
    pytest.param("FERNVALE BOROUGH COUNCIL\nTown Hall | Fernvale\n\nDate:           2 July 2024\nOur Ref:        FOI 6614\n",
                 "2024-07-02", id="label_padded_to_a_column"),
    pytest.param("Request  ID :    FOI-24-1187\nDate  logged :   01/08/2024\nResponse  due :  29/08/2024\n"
                 "Date  closed :   29/08/2024\n", "2024-08-29", id="portal_date_closed"),
])
def test_form_labels_padded_with_spaces(text, date):
    found = find_response_date(text)
    assert found is not None and found.value == date
