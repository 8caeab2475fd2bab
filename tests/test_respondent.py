"""Who wrote a response: letterhead, signature, e-mail domain, self-reference, file name."""
from __future__ import annotations

import pytest

from pipeline.entities import load_gazetteer
from pipeline.respondent import detect_respondent


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


LETTER = """Thurrock Council
Civic Offices, New Road
Grays RM17 6SL

Our ref: FOI-2024-0193

Dear Requester

Thank you for your request about joint funding with Mid and South Essex ICB.
1. Which ICBs cover the area? Mid and South Essex ICB
2. Which ICB do you mainly fund with? Mid and South Essex ICB
"""

SIGNED_BY_ICB = """Freedom of Information response
1. Which councils do you work with? Thurrock Council and Southend-on-Sea City Council.

Kind regards

Information Governance Team
NHS Mid and South Essex Integrated Care Board
"""


def test_letterhead_name_wins_over_body_mentions(gaz):
    m = detect_respondent(LETTER, "reply.txt", gaz)
    assert (m.kind, m.name, m.code) == ("council", "Thurrock Council", "E06000034")
    assert m.flags[0] == "letterhead"
    assert LETTER[m.start:m.end] == m.text == "Thurrock Council"


def test_signature_after_sign_off(gaz):
    m = detect_respondent(SIGNED_BY_ICB, "reply.txt", gaz)
    assert (m.kind, m.code) == ("icb", "QH8")
    assert m.flags[0] == "signature"


@pytest.mark.parametrize("contact, kind, code", [
    pytest.param("write to foi@thurrock.gov.uk", "council", "E06000034", id="council_email"),
    pytest.param("see https://www.devon.gov.uk/foi/", "council", "E10000008", id="council_url"),
    pytest.param("email FOI@Essex.gov.uk", "council", "E10000012", id="capitals"),
    pytest.param("visit bnssg.icb.nhs.uk/about", "icb", "QUY", id="icb_abbreviation_host"),
    pytest.param("see www.midandsouthessex.ics.nhs.uk", "icb", "QH8", id="icb_name_host"),
])
def test_email_and_url_domains(gaz, contact, kind, code):
    text = f"FOI response\n1. Is there a policy? No\nIf you are unhappy, {contact}.\n"
    m = detect_respondent(text, "reply.txt", gaz)
    assert (m.kind, m.code) == (kind, code)
    assert m.flags == ("domain",)
    assert text[m.start:m.end] == m.text


def test_domains_that_name_no_body_are_ignored(gaz):
    text = ("FOI response\n1. Q? A\nSee www.legislation.gov.uk and "
            "https://ico.org.uk and england.nhs.uk\n")
    assert detect_respondent(text, "reply.txt", gaz) is None


@pytest.mark.parametrize("sentence, code", [
    pytest.param("Thurrock Council received your request on 3 March.", "E06000034",
                 id="received_your_request"),
    pytest.param("Placements here are Devon County Council (DCC) commissioned.", "E10000008",
                 id="self_abbreviation"),
    pytest.param("This is the response from Essex County Council to your request.",
                 "E10000012", id="response_from"),
])
def test_body_mention_speaking_as_the_responder(gaz, sentence, code):
    text = f"Request for information\nQ1 Do you jointly fund? Yes\n{sentence}\nQ2 Other? No\n"
    m = detect_respondent(text, "reply.txt", gaz)
    assert m.code == code and m.flags == ("body",)


def test_plain_body_mention_is_not_evidence(gaz):
    text = ("Request for information\nQ1 Who else? We share a panel with Essex County "
            "Council and the ICB.\nQ2 Other? No\n")
    assert detect_respondent(text, "reply.txt", gaz) is None


def test_two_bodies_tied_give_none(gaz):
    text = "Essex County Council\nThurrock Council\n\nDear Sir\n1. Q? A\n"
    assert detect_respondent(text, "reply.txt", gaz) is None


def test_tie_broken_by_lower_evidence(gaz):
    text = "Essex County Council\nThurrock Council\n\nDear Sir\n1. Q? A\nfoi@thurrock.gov.uk\n"
    m = detect_respondent(text, "reply.txt", gaz)
    assert m.code == "E06000034"
    assert m.flags[:2] == ("letterhead", "domain")


@pytest.mark.parametrize("file_name, code", [
    pytest.param("essex_cc_foi.pdf", "E10000012", id="cc_expanded"),
    pytest.param("data/raw/thurrock_asc.txt", "E06000034", id="bare_name_in_path"),
    pytest.param("Mid-and-South-Essex-ICB response.docx", "QH8", id="icb_in_file_name"),
    pytest.param("lb_barnet_2024.html", "E09000003", id="london_borough"),
])
def test_file_name_is_the_last_resort(gaz, file_name, code):
    m = detect_respondent("1. Q? A\n", file_name, gaz)
    assert m.code == code and m.flags[0] == "file_name"
    assert (m.start, m.end, m.text) == (0, 0, "")


def test_file_name_naming_council_and_icb_alike_is_a_tie(gaz):
    assert detect_respondent("1. Q? A\n", "devon_foi.txt", gaz) is None


def test_letterhead_beats_file_name(gaz):
    m = detect_respondent(LETTER, "essex_cc_foi.pdf", gaz)
    assert m.code == "E06000034"


def test_answer_on_its_own_line_is_not_a_signature(gaz):
    text = "FOI response\n1. Which ICBs cover the area?\nMid and South Essex ICB\n"
    assert detect_respondent(text, "reply.txt", gaz) is None


def test_short_closing_sentence_is_not_a_signature(gaz):
    text = "FOI response\n1. Q? A\n\nWe work closely with Mid and South Essex ICB.\n"
    assert detect_respondent(text, "reply.txt", gaz) is None


def test_subject_line_in_letterhead_is_not_the_writer(gaz):
    text = "Re: joint funding with Mid and South Essex ICB\n\nDear Sir\nfoi@thurrock.gov.uk\n"
    assert detect_respondent(text, "reply.txt", gaz).code == "E06000034"


def test_no_evidence_gives_none(gaz):
    assert detect_respondent("1. How many? 39\n", "000_abc123.txt", gaz) is None


def test_town_in_the_postal_address_is_not_the_writer(gaz):
    """An ICB's letterhead address names a city that is also a council ("Birmingham")."""
    text = ("NHS Birmingham and Solihull Integrated Care Board\n"
            "Park House, 57-59 Waterloo Street, Birmingham B2 5TJ\n\nDear Applicant\n"
            "Thank you for your request.\n")
    m = detect_respondent(text, "birmingham_solihull_chc.txt", gaz)
    assert (m.kind, m.code) == ("icb", "QHL")


def test_a_council_named_in_full_on_an_address_line_still_counts(gaz):
    m = detect_respondent("Hampshire County Council, Winchester SO23 8UQ\n\nDear Sir\n", "x.txt", gaz)
    assert m.code == "E10000014"
