"""Who wrote a response: letterhead, signature, e-mail domain, self-reference, file name;
how sure we are (confidence) and why (evidence)."""
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
    assert m.flags == ("email_domain",)
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
    assert m.code == code and m.flags == ("self_reference",)
    assert not m.ambiguous


def test_plain_body_mention_is_not_evidence(gaz):
    text = ("Request for information\nQ1 Who else? We share a panel with Essex County "
            "Council and the ICB.\nQ2 Other? No\n")
    m = detect_respondent(text, "reply.txt", gaz)
    assert m.ambiguous and m.needs_review and m.confidence <= 0.3
    assert m.flags == ("body_text",)


def test_two_bodies_tied_are_ambiguous_with_low_confidence(gaz):
    text = "Essex County Council\nThurrock Council\n\nDear Sir\n1. Q? A\n"
    m = detect_respondent(text, "reply.txt", gaz)
    assert m.ambiguous and m.needs_review and m.confidence <= 0.3
    assert {m.code, m.runners_up[0][1]} == {"E10000012", "E06000034"}


def test_tie_broken_by_lower_evidence(gaz):
    text = "Essex County Council\nThurrock Council\n\nDear Sir\n1. Q? A\nfoi@thurrock.gov.uk\n"
    m = detect_respondent(text, "reply.txt", gaz)
    assert m.code == "E06000034"
    assert m.flags[:2] == ("letterhead", "email_domain")


@pytest.mark.parametrize("file_name, code", [
    pytest.param("essex_cc_foi.pdf", "E10000012", id="cc_expanded"),
    pytest.param("data/raw/thurrock_asc.txt", "E06000034", id="bare_name_in_path"),
    pytest.param("Mid-and-South-Essex-ICB response.docx", "QH8", id="icb_in_file_name"),
    pytest.param("lb_barnet_2024.html", "E09000003", id="london_borough"),
])
def test_file_name_is_the_last_resort(gaz, file_name, code):
    m = detect_respondent("1. Q? A\n", file_name, gaz)
    assert m.code == code and m.flags[0] == "filename"
    assert not m.ambiguous and m.needs_review
    assert (m.start, m.end, m.text) == (0, 0, "")


def test_file_name_naming_council_and_icb_alike_is_a_tie(gaz):
    assert detect_respondent("1. Q? A\n", "devon_foi.txt", gaz).ambiguous


def test_letterhead_beats_file_name(gaz):
    m = detect_respondent(LETTER, "essex_cc_foi.pdf", gaz)
    assert m.code == "E06000034"


def test_answer_on_its_own_line_is_not_a_signature(gaz):
    text = "FOI response\n1. Which ICBs cover the area?\nMid and South Essex ICB\n"
    m = detect_respondent(text, "reply.txt", gaz)
    assert m.ambiguous and m.flags[0] == "body_text"


def test_short_closing_sentence_is_not_a_signature(gaz):
    text = "FOI response\n1. Q? A\n\nWe work closely with Mid and South Essex ICB.\n"
    m = detect_respondent(text, "reply.txt", gaz)
    assert m.ambiguous and m.flags[0] == "body_text"


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


# ---- NHS trusts, localities, evidence and confidence (issue 11) -------------------------

TRUST_REPLY = """Leeds and York Partnership NHS Foundation Trust
Trust Headquarters, 2 Example Road, Leeds LS1 9ZZ

Dear Applicant

Thank you for your request for information received on 3 May.

1. Does the Trust jointly fund placements with the local authority?
The Trust jointly funds eleven placements with Leeds City Council.
2. Who assesses eligibility? Leeds City Council carries out the social care assessment.
3. Is there a pooled budget? No, Leeds City Council holds its own budget.

Yours sincerely

Information Governance Team
"""

ICB_LOCALITY_LETTER = """Reference: FOI 2031/0099
Subject: Placements (Rochdale Locality)

Dear Requester
NHS Greater Manchester Integrated Care Board received your request on 2 February.

1. How many people were placed out of area? Fewer than five.
2. Which team holds the records? The Rochdale Locality Team keeps paper files; the
Bury locality uses a different system.
3. Does Rochdale Borough Council share the cost? Not recorded.
"""


def test_trust_letterhead_beats_council_named_in_answers(gaz):
    m = detect_respondent(TRUST_REPLY, "FOI_12345.pdf", gaz)
    assert (m.kind, m.code, m.name) == ("trust", "RGD",
                                        "Leeds and York Partnership NHS Foundation Trust")
    assert m.flags[0] == "letterhead" and not m.ambiguous
    assert m.confidence >= 0.8 and not m.needs_review
    assert m.runners_up and m.runners_up[0][1] == "E08000035"  # the council, far behind


def test_leeds_inside_the_trust_name_is_not_the_council(gaz):
    m = detect_respondent("Leeds and York Partnership NHS Foundation Trust\n\nDear Sir\n",
                          "response.txt", gaz)
    assert m.code == "RGD"
    assert all(e.kind == "trust" for e in m.evidence)


def test_locality_in_an_icb_letter_does_not_make_the_council_respondent(gaz):
    m = detect_respondent(ICB_LOCALITY_LETTER, "response.txt", gaz)
    assert (m.kind, m.code) == ("icb", "QOP")
    assert m.flags[0] == "opening"
    assert not any(e.code in ("E08000005", "E08000002") and e.source != "body_text"
                   for e in m.evidence)  # Rochdale / Bury: never letterhead or opening


@pytest.mark.parametrize("contact, kind, code", [
    pytest.param("please write to foi@tewv.nhs.uk", "trust", "RX3", id="trust_host"),
    pytest.param("please write to lypft.foi@nhs.net", "trust", "RGD", id="nhs_net_local_part"),
    pytest.param("email foi@leeds.gov.uk", "council", "E08000035", id="council_address"),
])
def test_email_domain_names_the_writer(gaz, contact, kind, code):
    text = f"Response to your request\n1. Is a policy held? Yes\nFor a review {contact}.\n"
    m = detect_respondent(text, "response.txt", gaz)
    assert (m.kind, m.code) == (kind, code)
    assert m.flags[0] == "email_domain"
    e = m.evidence[0]
    assert (e.source, e.code) == ("email_domain", code) and text[e.start:e.end] == e.text


def test_from_line_domain_outweighs_a_council_in_the_answers(gaz):
    text = ("From: Information Rights <foi@tewv.nhs.uk>\nSent: 4 March\n\n"
            "1. Who provides the service? Durham County Council provides it.\n")
    m = detect_respondent(text, "response.txt", gaz)
    assert m.code == "RX3" and m.confidence >= 0.75 and not m.needs_review


def test_signature_block_names_the_council(gaz):
    text = ("Dear Ms Example\n\n1. Number of placements: 14\n2. Cost: not held\n\n"
            "Yours sincerely\n\nA. Person\nInformation Governance Officer, Wokingham "
            "Borough Council\n")
    m = detect_respondent(text, "response.txt", gaz)
    assert (m.code, m.flags[0]) == ("E06000041", "signature")


def test_opening_sentence_names_the_council(gaz):
    text = ("Dear Requester\nThank you for your request for information to Lincolnshire "
            "County Council, which we received on 1 June.\n1. How many? 12\n"
            "2. Shared with Nottinghamshire County Council? No\n")
    m = detect_respondent(text, "response.txt", gaz)
    assert (m.code, m.flags[0]) == ("E10000019", "opening")


def test_request_about_a_council_is_not_a_request_to_it(gaz):
    text = ("Dear Requester\nThank you for your request relating to Lincolnshire County "
            "Council.\n1. How many? 12\n")
    m = detect_respondent(text, "response.txt", gaz)
    assert m.ambiguous and m.flags[0] == "body_text"


def test_the_trust_phrasing_beats_a_council_named_later(gaz):
    text = ("Dear Requester\n1. Does the Trust hold a policy? The Trust does not hold one; "
            "Tavistock and Portman NHS Foundation Trust services are commissioned "
            "nationally.\n2. Partners? We work with the London Borough of Camden and the "
            "London Borough of Camden's social workers.\n")
    m = detect_respondent(text, "response.txt", gaz)
    assert (m.kind, m.code) == ("trust", "RNK")
    assert "self_reference" in m.flags


def test_salutation_to_the_body_in_a_request_thread(gaz):
    text = ("Dear Tees, Esk and Wear Valleys NHS Foundation Trust,\nPlease tell me the "
            "waiting time.\nYours faithfully,\nA Requester\n\nGood afternoon\n"
            "1. Waiting time: 40 weeks\n")
    m = detect_respondent(text, "response.txt", gaz)
    assert (m.code, m.flags[0]) == ("RX3", "opening")


@pytest.mark.parametrize("file_name", ["FOI_12345.pdf", "response.txt", "doc07.docx"])
def test_neutral_file_names_give_nothing(gaz, file_name):
    assert detect_respondent("1. How many? 39\n", file_name, gaz) is None
    m = detect_respondent(LETTER, file_name, gaz)  # the text still decides
    assert m.code == "E06000034" and "filename" not in m.flags


def test_file_name_is_used_when_the_text_names_nobody(gaz):
    m = detect_respondent("1. How many? 39\n2. Cost? Not held\n", "thurrock_foi_2024.pdf", gaz)
    assert (m.code, m.flags) == ("E06000034", ("filename",))
    assert m.needs_review and 0 < m.confidence < 0.6


def test_file_name_loses_to_the_letterhead_and_keeps_confidence_high(gaz):
    m = detect_respondent(TRUST_REPLY, "essex_cc_foi.pdf", gaz)
    assert m.code == "RGD" and m.confidence >= 0.6


def test_tied_letterhead_gives_low_confidence_and_review(gaz):
    text = ("Leeds and York Partnership NHS Foundation Trust\nLeeds City Council\n\n"
            "Dear Sir\n1. Q? A\n")
    m = detect_respondent(text, "response.txt", gaz)
    assert m.ambiguous and m.needs_review and m.confidence <= 0.3
    assert {m.code, m.runners_up[0][1]} == {"RGD", "E08000035"}


def test_unlisted_district_speaking_for_itself_is_not_the_county_it_names(gaz):
    text = ("Request\n1. How many people pay a contribution?\nResponse\nExample Vale "
            "District Council does not hold the information you asked for. The social care "
            "authority for our district is Kent County Council, who can be contacted at "
            "foi@kent.gov.uk.\n")
    m = detect_respondent(text, "response.txt", gaz)
    assert m.kind == "other" and m.ambiguous and m.code == ""


def test_evidence_spans_point_into_the_text(gaz):
    m = detect_respondent(TRUST_REPLY, "response.txt", gaz)
    assert m.evidence and all(TRUST_REPLY[e.start:e.end] == e.text for e in m.evidence)
    assert m.source == "letterhead"
    assert "letterhead 0-47" in m.evidence_summary


# ---- the NHS trust table ----------------------------------------------------------------

def test_trust_table_holds_the_current_english_trusts(gaz):
    trusts = gaz.tables.trusts
    current = [t for t in trusts.values() if t.nation == "England" and not t.closed]
    assert len(current) >= 200
    assert trusts["RGD"].name == "Leeds and York Partnership NHS Foundation Trust"
    assert trusts["R1C"].closed  # Solent NHS Trust: closed, kept for older responses


@pytest.mark.parametrize("text, code", [
    pytest.param("Leeds and York Partnership NHS Foundation Trust", "RGD", id="official"),
    pytest.param("the Leeds and York Partnership has replied", "RGD", id="short_form"),
    pytest.param("leeds and york partnership nhs trust", "RGD", id="lower_case_with_suffix"),
    pytest.param("ask LYPFT", "RGD", id="initialism"),
    pytest.param("Tees, Esk and Wear Valleys", "RX3", id="curated_bare_name"),
    pytest.param("The Rotherham NHS Foundation Trust", "RFR", id="leading_the"),
])
def test_find_trusts_short_forms(gaz, text, code):
    from pipeline.gazetteer import find_trusts
    found = find_trusts(gaz.tables, text)
    assert [t.code for t in found] == [code]


@pytest.mark.parametrize("text", ["Leeds", "Somerset", "lypft", "Kent and Medway",
                                  "the leeds and york partnership"])
def test_find_trusts_ignores_places_and_wrong_case(gaz, text):
    from pipeline.gazetteer import find_trusts
    assert find_trusts(gaz.tables, text) == []


def _respondent_rows(text: str, name: str = "response.txt") -> tuple[dict, list[dict]]:
    from pipeline.model import Document, Page
    from pipeline.run import process_document

    result = process_document(Document(doc_id="d", source_file=name, format="txt", text=text,
                                       pages=(Page(1, 0, len(text)),)))
    return result.document, [r for r in result.answers if r["field"] == "respondent"]


def test_a_sure_respondent_is_an_auto_row_traced_to_its_letterhead():
    text = ("Leeds and York Partnership NHS Foundation Trust\nTrust Headquarters\n\nDear Requester\n"
            "1. How many beds does the Trust have?\n341, some of which Leeds City Council part-funds.\n"
            "Yours sincerely\nInformation Governance, Leeds and York Partnership NHS Foundation Trust\n")
    document, (row,) = _respondent_rows(text)
    assert document["respondent_code"] == "RGD" and document["respondent_confidence"] >= 0.85
    assert row["status"] == "auto" and row["value_code"] == "RGD"
    assert text[row["char_start"]:row["char_end"]] == row["evidence"] != ""


def test_a_response_naming_no_body_asks_the_reviewer_who_wrote_it():
    document, (row,) = _respondent_rows("1. How many beds do you have?\n341.\n")
    assert document["respondent"] == "" and row["status"] == "review" and row["state"] == "not_answered"
    assert "who wrote this response" in row["reasons"]


def test_an_address_given_inside_the_answers_does_not_make_its_body_the_writer():
    text = ("Freedom of information response\nRequest:\n1. Who provides your health visitors? Please give "
            "their email address.\n2. How many are employed?\nResponse:\n1. The council commissions "
            "Leeds and York Partnership NHS Foundation Trust to run the service; contact "
            "team@lypft.nhs.uk.\n2. 41 whole time equivalent.\n")
    document, (row,) = _respondent_rows(text)
    assert document["respondent_code"] != "RGD"
    assert row["status"] == "review"


def test_a_body_introducing_its_short_name_and_maintaining_speaks_for_itself():
    text = ("Thank you for your request.\nNHS Greater Manchester ICB (hereafter referred to as NHS GM) "
            "maintain that the cost of complying with your request would exceed the limit.\n"
            "1. How many staff are employed?\nSection 12 applies.\n")
    document, (row,) = _respondent_rows(text)
    assert document["respondent_code"] == "QOP"


def test_a_disclosure_page_that_never_names_itself_is_read_from_its_title(tmp_path):
    from pipeline.process import process_file

    page = tmp_path / "foi-1234.html"
    page.write_text(
        "<html><head><title>FOI 1234 - Library opening hours | Walsall Council</title></head><body>"
        "<header>Site menu</header><main><h1>Library opening hours</h1>"
        "<p>1. How many libraries open on Sundays?</p><p>Two.</p>"
        "<p>2. Has NHS Black Country ICB funded any library health programmes?</p><p>No.</p>"
        "</main></body></html>", encoding="utf-8")
    result = process_file(page, page.name)
    (row,) = [r for r in result.answers if r["field"] == "respondent"]
    assert result.document["respondent_code"] == "E08000030"
    assert row["evidence"] == "page_title: FOI 1234 - Library opening hours | Walsall Council"
    assert result.document["respondent_source"] == "page_title"


def test_a_council_named_over_a_letter_from_an_nhs_address_is_unsure(gaz):
    """A campaign page titled "CORNWALL 2024" over a trust's letter whose only contact is an
    nhs.net address: the council's name is not the writer's, so a person decides."""
    text = ("CORNWALL 2024\n\nFOI / EIR Reference number: 91490\nFreedom of Information Team\n"
            "Bodmin PL31 2QN\nEmail kpn-tr.freedomofinformation@nhs.net\n\nDate: 14 August 2025\n\n"
            "Dear Requester,\n1. How many patients received ECT? 12\n")
    found = detect_respondent(text, "letter.txt", gaz)
    assert found is None or found.ambiguous
    plain = detect_respondent("Cornwall Council\nFreedom of Information Team\n\nDear Requester,\n", "x.txt", gaz)
    assert plain is not None and plain.name == "Cornwall Council" and not plain.ambiguous


def test_a_body_named_in_an_attachment_after_the_sign_off_is_not_the_signature(gaz):
    text = ("From: Information Team <foi@example.org.uk>\nSubject: Freedom of Information request 7731\n\n"
            "Dear Ms Reader,\n\nPlease find our response below.\n\n1. Yes.\n2. No - the ICB also uses its own tool.\n\n"
            "Yours sincerely\nInformation Team\nNottinghamshire County Council\n\n"
            "===== Attachment 1: Terms of reference.pdf =====\nJoint group: terms of reference\n"
            "Purpose: to agree the joint commissioning of placements.\n"
            "Members: Nottinghamshire County Council and\nNHS Nottingham and Nottinghamshire ICB\n"
            "Quorum: one member of each partner.\nThe group meets every month.\nIt reports to the partnership board.\n"
            "Funding: NHS Nottingham and Nottinghamshire ICB pays for health needs.\n"
            "Disputes go to NHS Nottingham and Nottinghamshire ICB's director.\nReviewed every year.\n"
            "Chair: NHS Nottingham and Nottinghamshire ICB\n")
    who = detect_respondent(text, "reply.eml", gaz)
    assert who is not None and who.name == "Nottinghamshire County Council"
