"""heldout12: the five s117_aftercare responses (h12_06 .. h12_10)."""
from __future__ import annotations

from build_common import (NA, NOT_HELD, WITHHELD, any_of, cell_text, docx_to_pdf, html_to_pdf, new_doc,
                          para, save_docx, set_col_widths, shade, write_eml, write_gold)

S117_Q = [
    ("1", "How many people were receiving section 117 aftercare funded wholly or partly by the local authority "
          "as at 31 March 2024?"),
    ("2", "How many of these people have their section 117 aftercare jointly funded with the ICB?"),
    ("3", "Does the local authority have an agreed section 117 joint policy or protocol with the ICB?"),
    ("3a", "If so, please provide a copy of the section 117 policy or protocol."),
    ("4", "How is the cost of section 117 aftercare split between the local authority and the ICB, for example "
          "a fixed percentage such as 50/50, case by case, or agreed at a panel?"),
    ("4a", "Where a percentage split is used, what percentage of the cost does the ICB pay?"),
    ("5", "What was the local authority's total spend on section 117 aftercare in the last full financial year "
          "(2023/24)?"),
    ("6", "What was the ICB's spend on section 117 aftercare for people in your area in the same year?"),
    ("7", "Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare "
          "guidance was published?"),
    ("8", "Which ICB is the lead ICB for section 117 aftercare in your area?"),
    ("9", "Do you keep a joint register with the ICB of people entitled to section 117 aftercare?"),
    ("10", "How many people were discharged from section 117 aftercare in 2023/24?"),
    ("11", "Is there an agreed process for resolving disputes with the ICB about section 117 funding?"),
    ("12", "Please provide the name and contact details of the officer responsible for section 117 aftercare."),
]

REVIEW_COUNCIL = ("If you are dissatisfied with this response you may request an internal review. Requests "
                  "for review should be made within two months of the date of this response. If you remain "
                  "unhappy after the review you can contact the Information Commissioner's Office, Wycliffe "
                  "House, Water Lane, Wilmslow, Cheshire SK9 5AF, helpline 0303 123 1113.")


# ---------------------------------------------------------------------------------------------
# h12_06.docx  London Borough of Southwark: table, column 1 repeats the full question, column 2
#              "Response" with sub-bullets
# ---------------------------------------------------------------------------------------------
def h12_06():
    doc = new_doc("Arial", 10.5)
    para(doc, "Southwark Council", bold=True, size=16, space_after=0)
    para(doc, "southwark.gov.uk", size=9, space_after=0)
    para(doc, "Information Governance Team, PO Box 64529, London SE1P 5LX", size=9, space_after=12)
    para(doc, "Our reference: 2214907", space_after=0)
    para(doc, "Date: 21 January 2025", space_after=12)
    para(doc, "Dear Mr Lindqvist,")
    para(doc, "Freedom of Information Act 2000 – Section 117 aftercare", bold=True)
    para(doc, "Thank you for your request for information received on 17 December 2024. We have now "
              "considered your request and our response is set out in the table below.")

    answers = {
        "1": "• As at 31 March 2024, 1,037 people were receiving section 117 aftercare funded wholly or "
             "partly by the council.\n  – Mental health services: 812\n  – Learning disability services: 141\n"
             "  – Older people's services: 84",
        "2": "• 486 of these people have a joint funding arrangement with NHS South East London ICB.",
        "3": "• Yes. The Southwark Section 117 Aftercare Policy and Joint Protocol is agreed between the "
             "council, NHS South East London ICB (Southwark place) and South London and Maudsley NHS "
             "Foundation Trust.",
        "3a": "• A copy of the protocol is attached (Appendix 1).",
        "4": "• There is no fixed percentage split.\n• Each case is considered individually at the Southwark "
             "S117 Joint Funding Panel.\n• The apportionment reflects the health and social care needs "
             "identified in the joint assessment.",
        "4a": "• Not applicable, as no fixed percentage is used.\n• For information, in 2023/24 the ICB met "
              "on average 38% of the cost of jointly funded packages.",
        "5": "• £21.47m in 2023/24 (gross expenditure, before contributions from health).",
        "6": "• Contributions received from the ICB towards jointly funded packages in 2023/24 totalled £7.91m.",
        "7": "• A review is under way.\n• A revised joint policy reflecting the new guidance is expected to go "
             "to the Partnership Southwark board in spring 2025.",
        "8": "• NHS South East London ICB.",
        "9": "• Yes. A shared register is maintained by the council and South London and Maudsley NHS "
             "Foundation Trust on behalf of the ICB.",
        "10": "• 58 people were discharged from section 117 aftercare in 2023/24.",
        "11": "• Yes. Disputes are resolved under the South East London local disputes procedure.",
        "12": "• Kwame Osei-Bonsu, Head of Mental Health Social Work.\n• Enquiries should be sent to the team "
              "mailbox: s117@southwark.gov.uk\n• The officer's direct telephone number and email address are "
              "withheld under section 40(2) of the Act (personal information) as their disclosure would "
              "breach the data protection principles.",
    }
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Question", bold=True)
    cell_text(t.rows[0].cells[1], "Response", bold=True)
    shade(t.rows[0].cells[0], "D9E2F3")
    shade(t.rows[0].cells[1], "D9E2F3")
    for num, q in S117_Q:
        r = t.add_row()
        cell_text(r.cells[0], q)
        cell_text(r.cells[1], answers[num])
    set_col_widths(t, [7.0, 9.5])

    para(doc, "")
    para(doc, "Re-use of information", bold=True)
    para(doc, "Most of the information we provide in response to FOI requests will be subject to copyright "
              "held by the council. You may re-use it for non-commercial research or private study; any other "
              "re-use requires our permission.")
    para(doc, "Your right to ask for a review", bold=True)
    para(doc, REVIEW_COUNCIL)
    para(doc, "Yours sincerely,")
    para(doc, "Information Governance Officer", space_after=0)
    para(doc, "Finance and Governance Department", space_after=0)
    para(doc, "Southwark Council")
    save_docx(doc, "h12_06")
    write_gold("h12_06", "docx", "s117_aftercare", "London Borough of Southwark", "E09000028", {
        "foi_reference": "2214907",
        "response_date": "2025-01-21",
        "s117_people_count": 1037,
        "s117_as_at": "2024-03-31",
        "s117_jointly_funded_count": 486,
        "s117_joint_policy": "yes",
        "s117_policy_copy_provided": True,
        "s117_split_basis": "case_by_case",
        "s117_split_methods": ["case_by_case", "joint_panel"],
        "s117_icb_share_pct": any_of(NA, 38),
        "la_s117_spend_gbp": 21470000.0,
        "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": 7910000.0,
        "s117_policy_reviewed": "partial",
        "s117_lead_icb": "NHS South East London Integrated Care Board",
        "s117_joint_register": "yes",
        "s117_discharged_count": 58,
        "s117_disputes_process": "yes",
        "s117_contact_name": "Kwame Osei-Bonsu",
        "s117_contact_email": any_of("s117@southwark.gov.uk", WITHHELD),
        "s117_contact_phone": WITHHELD,
        "exemptions": ["s40"],
    })


# ---------------------------------------------------------------------------------------------
# h12_07.pdf  Newcastle City Council: Word letter -> PDF (LibreOffice); answers given once for blocks
#             of questions ("In response to questions 3 to 4a ..."); s40(2) on the officer's name
# ---------------------------------------------------------------------------------------------
def h12_07():
    doc = new_doc("Arial", 11)
    para(doc, "Newcastle City Council", bold=True, size=15, align="right", space_after=0)
    para(doc, "Information Rights Team", align="right", space_after=0)
    para(doc, "Civic Centre, Barras Bridge", align="right", space_after=0)
    para(doc, "Newcastle upon Tyne NE1 8QH", align="right", space_after=0)
    para(doc, "information.rights@newcastle.gov.uk", align="right", space_after=14)
    para(doc, "Your ref: (none given)", space_after=0)
    para(doc, "Our ref: IR-2024-09731", space_after=0)
    para(doc, "Date: 2 December 2024", space_after=0)
    para(doc, "Please ask for: Information Rights Team", space_after=12)
    para(doc, "Dear Ms Haverfield")
    para(doc, "Request for information – section 117 aftercare", bold=True)
    para(doc, "I refer to your request for information dated 4 November 2024, which has been dealt with "
              "under the Freedom of Information Act 2000. You asked:")
    for num, q in S117_Q:
        para(doc, f"{num}. {q}", italic=True, space_after=2)
    para(doc, "")
    para(doc, "Our response", bold=True)
    para(doc, "Questions 1 and 2", bold=True)
    para(doc, "As at 31 March 2024 the council was funding, in whole or in part, section 117 aftercare for "
              "742 people. Of these, 403 have their aftercare jointly funded with NHS North East and North "
              "Cumbria Integrated Care Board.")
    para(doc, "Questions 3 to 4a", bold=True)
    para(doc, "In response to questions 3 to 4a, the council and the ICB have a joint Section 117 Aftercare "
              "Policy, agreed in 2022, and a copy is enclosed with this letter. Under the policy the cost of "
              "jointly funded aftercare is split 50/50 between the council and the ICB, so the ICB pays 50% of "
              "the cost of each jointly funded package, save where the joint panel agrees a different "
              "apportionment in exceptional circumstances.")
    para(doc, "Questions 5 and 6", bold=True)
    para(doc, "The council's gross expenditure on section 117 aftercare in 2023/24 was £18,906,212. The "
              "ICB's contribution to jointly funded packages in the same year was £6,118,440.")
    para(doc, "Question 7", bold=True)
    para(doc, "No. The policy has not yet been reviewed against the new guidance; a review is scheduled for "
              "2025/26.")
    para(doc, "Question 8", bold=True)
    para(doc, "NHS North East and North Cumbria ICB (Newcastle Gateshead place).")
    para(doc, "Questions 9 to 11", bold=True)
    para(doc, "In response to questions 9 to 11: the council and Cumbria, Northumberland, Tyne and Wear NHS "
              "Foundation Trust maintain a single section 117 register on behalf of the council and the ICB; "
              "61 people were discharged from section 117 aftercare during 2023/24; and disputes about "
              "funding are resolved under the escalation procedure set out in section 9 of the joint policy.")
    para(doc, "Question 12", bold=True)
    para(doc, "The officer responsible is the Service Manager, Mental Health (Adult Social Care). The name and "
              "direct contact details of this officer are personal data and are withheld under section 40(2) "
              "of the Act, as the officer is not at a senior level and would not expect their details to be "
              "published. Enquiries about section 117 aftercare can be sent to the service mailbox at "
              "adultsocialcare@newcastle.gov.uk.")
    para(doc, "Section 40(2) is an absolute exemption and no public interest test is required.", italic=True)
    para(doc, "")
    para(doc, "Internal review and appeal", bold=True)
    para(doc, REVIEW_COUNCIL)
    para(doc, "Yours sincerely")
    para(doc, "")
    para(doc, "Information Rights Officer", space_after=0)
    para(doc, "Newcastle City Council")
    docx_to_pdf(doc, "h12_07")
    write_gold("h12_07", "pdf", "s117_aftercare", "Newcastle City Council", "E08000021", {
        "foi_reference": "IR-2024-09731",
        "response_date": "2024-12-02",
        "s117_people_count": 742,
        "s117_as_at": "2024-03-31",
        "s117_jointly_funded_count": 403,
        "s117_joint_policy": "yes",
        "s117_policy_copy_provided": True,
        "s117_split_basis": "fixed_percentage",
        "s117_split_methods": any_of(["fixed_split"], ["fixed_split", "joint_panel"]),
        "s117_icb_share_pct": 50,
        "la_s117_spend_gbp": 18906212.0,
        "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": 6118440.0,
        "s117_policy_reviewed": "no",
        "s117_lead_icb": "NHS North East and North Cumbria Integrated Care Board",
        "s117_joint_register": "yes",
        "s117_discharged_count": 61,
        "s117_disputes_process": "yes",
        "s117_contact_name": WITHHELD,
        "s117_contact_email": any_of(WITHHELD, "adultsocialcare@newcastle.gov.uk"),
        "s117_contact_phone": WITHHELD,
        "exemptions": ["s40"],
    })


# ---------------------------------------------------------------------------------------------
# h12_08.eml  London Borough of Wandsworth: answers typed in CAPITALS under each question; policy
#             attached as a PDF (an attachment that is not the response)
# ---------------------------------------------------------------------------------------------
def _policy_pdf_bytes():
    import io
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 760, "Section 117 Mental Health Act 1983 Aftercare")
    c.drawString(72, 738, "Joint Policy and Procedure")
    c.setFont("Helvetica", 11)
    c.drawString(72, 710, "Wandsworth Council and NHS South West London Integrated Care Board")
    c.drawString(72, 694, "Version 3.1 - approved October 2024 - review date October 2026")
    y = 660
    for ln in ["Contents", "1. Purpose and scope ..................................... 2",
               "2. Legal framework ......................................... 3",
               "3. Eligibility and the s117 register ...................... 4",
               "4. Apportionment of costs and the s117 panel ......... 6",
               "5. Reviews and ending aftercare .......................... 9",
               "6. Disputes ..................................................... 11",
               "Appendix A: Apportionment tool ........................ 13"]:
        c.drawString(72, y, ln)
        y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


def h12_08():
    body = """Dear Mr Achterberg

Our ref: FOI/25/0188W

Thank you for your request for information, which we received on 13 January 2025. Please see our answers in capitals below each of your questions.

1. How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?
AS AT 31/03/2024 THE COUNCIL WAS FUNDING S117 AFTERCARE FOR 655 PEOPLE.

2. How many of these people have their section 117 aftercare jointly funded with the ICB?
311 ARE JOINTLY FUNDED WITH SOUTH WEST LONDON ICB.

3. Does the local authority have an agreed section 117 joint policy or protocol with the ICB?
YES - A JOINT S117 POLICY WITH SWL ICB AND SOUTH WEST LONDON AND ST GEORGE'S MENTAL HEALTH NHS TRUST.

3a. If so, please provide a copy of the section 117 policy or protocol.
A COPY IS ATTACHED TO THIS EMAIL.

4. How is the cost of section 117 aftercare split between the local authority and the ICB, for example a fixed percentage such as 50/50, case by case, or agreed at a panel?
NO FIXED PERCENTAGE. THE SPLIT FOR EACH PERSON IS AGREED AT THE MONTHLY S117 PANEL USING THE SWL APPORTIONMENT TOOL (APPENDIX A OF THE POLICY).

4a. Where a percentage split is used, what percentage of the cost does the ICB pay?
N/A

5. What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?
£14.2M GROSS IN 2023/24.

6. What was the ICB's spend on section 117 aftercare for people in your area in the same year?
NOT HELD. THE COUNCIL DOES NOT HOLD THE ICB'S EXPENDITURE - PLEASE CONTACT NHS SOUTH WEST LONDON ICB, WHO MAY HOLD THIS.

7. Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?
YES - THE POLICY WAS UPDATED IN OCTOBER 2024.

8. Which ICB is the lead ICB for section 117 aftercare in your area?
NHS SOUTH WEST LONDON ICB

9. Do you keep a joint register with the ICB of people entitled to section 117 aftercare?
NO - EACH ORGANISATION KEEPS ITS OWN RECORDS AND THESE ARE RECONCILED QUARTERLY.

10. How many people were discharged from section 117 aftercare in 2023/24?
47

11. Is there an agreed process for resolving disputes with the ICB about section 117 funding?
YES - SECTION 6 OF THE JOINT POLICY.

12. Please provide the name and contact details of the officer responsible for section 117 aftercare.
HEAD OF SERVICE, MENTAL HEALTH - ADAEZE NWOSU. HER DIRECT EMAIL AND TELEPHONE NUMBER ARE WITHHELD UNDER SECTION 40(2) (PERSONAL INFORMATION). PLEASE USE THE TEAM MAILBOX: mentalhealth.team@wandsworth.gov.uk

If you are unhappy with the way your request has been handled, you can ask for an internal review by replying to this email within 40 working days. If you are still not satisfied you can complain to the Information Commissioner's Office (www.ico.org.uk, 0303 123 1113).

Yours sincerely

Information Governance
Wandsworth Council
Town Hall, Wandsworth High Street, London SW18 2PU
"""
    write_eml("h12_08", from_name="Wandsworth FOI", from_addr="foi@wandsworth.gov.uk",
              to="Nils Achterberg <nils.achterberg@example.org>",
              subject="FOI/25/0188W - Section 117 aftercare - response",
              date="Fri, 07 Feb 2025 11:22:04 +0000",
              message_id="<20250207112204.FOI250188W@wandsworth.gov.uk>", body=body,
              attachments=[("S117 Joint Policy v3.1 Oct 2024.pdf", _policy_pdf_bytes(), "application", "pdf")])
    write_gold("h12_08", "eml", "s117_aftercare", "London Borough of Wandsworth", "E09000032", {
        "foi_reference": any_of("FOI/25/0188W", "25/0188W"),
        "response_date": "2025-02-07",
        "s117_people_count": 655,
        "s117_as_at": "2024-03-31",
        "s117_jointly_funded_count": 311,
        "s117_joint_policy": "yes",
        "s117_policy_copy_provided": True,
        "s117_split_basis": "case_by_case",
        "s117_split_methods": ["case_by_case", "joint_panel", "funding_tool"],
        "s117_icb_share_pct": NA,
        "la_s117_spend_gbp": 14200000.0,
        "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": NOT_HELD,
        "s117_policy_reviewed": "yes",
        "s117_lead_icb": "NHS South West London Integrated Care Board",
        "s117_joint_register": "no",
        "s117_discharged_count": 47,
        "s117_disputes_process": "yes",
        "s117_contact_name": "Adaeze Nwosu",
        "s117_contact_email": any_of(WITHHELD, "mentalhealth.team@wandsworth.gov.uk"),
        "s117_contact_phone": WITHHELD,
        "exemptions": ["s40"],
    })


# ---------------------------------------------------------------------------------------------
# h12_09.docx  NHS Somerset ICB: an ICB answering the council-directed questionnaire; italic
#              questions, "ICB response:" labels; local authority data not held (held by the council)
# ---------------------------------------------------------------------------------------------
def h12_09():
    doc = new_doc("Arial", 11)
    para(doc, "NHS Somerset", bold=True, size=16, align="right", space_after=0)
    para(doc, "Integrated Care Board", align="right", space_after=0)
    para(doc, "Wynford House, Lufton Way, Yeovil, Somerset BA22 8HR", size=9, align="right", space_after=0)
    para(doc, "somicb.foi@nhs.net", size=9, align="right", space_after=12)
    tbl = doc.add_table(rows=3, cols=2)
    for i, (k, v) in enumerate([("FOI reference", "SomICB FOI 2425-298"), ("Date received", "19 September 2024"),
                                ("Date of response", "17 October 2024")]):
        cell_text(tbl.rows[i].cells[0], k, bold=True)
        cell_text(tbl.rows[i].cells[1], v)
    para(doc, "")
    para(doc, "Dear Requester")
    para(doc, "Thank you for your request under the Freedom of Information Act 2000 about section 117 Mental "
              "Health Act aftercare. Your request appears to have been written for local authorities. NHS "
              "Somerset ICB has answered the questions for which it holds information; where information is "
              "held by Somerset Council rather than the ICB we have said so.")
    ans = {
        "1": "The ICB does not hold information on the aftercare that the local authority funds; this is held "
             "by Somerset Council. For context, as at 31 March 2024 there were 598 people recorded on the "
             "joint Somerset section 117 register.",
        "2": "As at 31 March 2024 the ICB was contributing to the aftercare of 322 people jointly with "
             "Somerset Council.",
        "3": "Yes. The Somerset Section 117 Aftercare Joint Policy was agreed by the ICB and Somerset Council "
             "in 2023.",
        "3a": "A copy of the policy is enclosed.",
        "4": "Jointly funded packages are apportioned according to assessed need using the Somerset s117 "
             "Apportionment Tool. There is no fixed percentage.",
        "4a": "Not applicable.",
        "5": "Not held by the ICB. Local authority expenditure is held by Somerset Council, which can be "
             "contacted at foi@somerset.gov.uk.",
        "6": "The ICB's expenditure on section 117 aftercare in 2023/24 was £11.84 million.",
        "7": "Yes. The joint policy was reviewed and reissued in September 2024 following publication of the "
             "new guidance.",
        "8": "NHS Somerset ICB is the responsible ICB for all Somerset residents.",
        "9": "Yes – the joint register referred to in our answer to question 1.",
        "10": "73 people were discharged from section 117 aftercare in 2023/24.",
        "11": "Yes. Disputes are dealt with under the escalation process in the joint policy.",
        "12": "The ICB's lead for section 117 is Dr Priya Ramanathan, Associate Director of Mental Health "
              "Commissioning. She can be contacted through the ICB's enquiries mailbox, "
              "somicb.enquiries@nhs.net.",
    }
    for num, q in S117_Q:
        para(doc, f"{num}. {q}", italic=True, space_after=2)
        p = doc.add_paragraph()
        r = p.add_run("ICB response: ")
        r.bold = True
        p.add_run(ans[num])
    para(doc, "")
    para(doc, "If you are not satisfied with this response, you may request an internal review by writing to "
              "somicb.foi@nhs.net within 40 working days. If you remain unhappy you may complain to the "
              "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.")
    para(doc, "Yours faithfully")
    para(doc, "Freedom of Information Officer", space_after=0)
    para(doc, "NHS Somerset Integrated Care Board")
    save_docx(doc, "h12_09")
    write_gold("h12_09", "docx", "s117_aftercare", "NHS Somerset Integrated Care Board", "QSL", {
        "foi_reference": any_of("SomICB FOI 2425-298", "2425-298"),
        "response_date": "2024-10-17",
        "s117_people_count": any_of(NOT_HELD, 598),
        "s117_as_at": any_of("2024-03-31", None),
        "s117_jointly_funded_count": 322,
        "s117_joint_policy": "yes",
        "s117_policy_copy_provided": True,
        "s117_split_basis": "case_by_case",
        "s117_split_methods": any_of(["funding_tool"], ["funding_tool", "case_by_case"]),
        "s117_icb_share_pct": NA,
        "la_s117_spend_gbp": NOT_HELD,
        "s117_spend_year": any_of("2023/24", None),
        "icb_s117_spend_gbp": 11840000.0,
        "s117_policy_reviewed": "yes",
        "s117_lead_icb": "NHS Somerset Integrated Care Board",
        "s117_joint_register": "yes",
        "s117_discharged_count": 73,
        "s117_disputes_process": "yes",
        "s117_contact_name": "Priya Ramanathan",
        "s117_contact_email": any_of("somicb.enquiries@nhs.net", None),
        "s117_contact_phone": None,
        "exemptions": [],
    })


# ---------------------------------------------------------------------------------------------
# h12_10.pdf  Royal Borough of Kingston upon Thames: web response printed to PDF; a table of figures by
#             year (rows = years, columns = measures, total row), "see table below"
# ---------------------------------------------------------------------------------------------
def h12_10():
    rows = [
        ("2020/21", 251, 104, 6120400, 1611220, 22),
        ("2021/22", 263, 112, 6588915, 1799480, 17),
        ("2022/23", 274, 125, 7015230, 1946115, 24),
        ("2023/24", 286, 131, 7482650, 2104330, 19),
    ]
    tot_la = sum(r[3] for r in rows)
    tot_icb = sum(r[4] for r in rows)
    tot_dis = sum(r[5] for r in rows)
    trs = "".join(
        f"<tr><td>{y}</td><td>{p}</td><td>{j}</td><td>£{la:,}</td><td>£{icb:,}</td><td>{d}</td></tr>"
        for y, p, j, la, icb, d in rows)
    trs += (f"<tr class='tot'><td>Total</td><td>n/a</td><td>n/a</td><td>£{tot_la:,}</td><td>£{tot_icb:,}</td>"
            f"<td>{tot_dis}</td></tr>")
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Freedom of Information response 24-0917 - Royal Borough of Kingston upon Thames</title>
<style>
body {{ font-family: "Segoe UI", Arial, sans-serif; font-size: 10.5pt; margin: 24px 34px; color: #1d1d1b; }}
.brand {{ border-bottom: 4px solid #00703c; padding-bottom: 6px; margin-bottom: 16px; }}
.brand b {{ font-size: 16pt; }}
h1 {{ font-size: 15pt; }}
h2 {{ font-size: 12pt; margin-top: 18px; }}
table.data {{ border-collapse: collapse; width: 100%; font-size: 9.5pt; }}
table.data th, table.data td {{ border: 1px solid #8c8c8c; padding: 4px 6px; text-align: right; }}
table.data th {{ background: #dbeee2; }}
table.data td:first-child, table.data th:first-child {{ text-align: left; }}
tr.tot td {{ font-weight: bold; border-top: 2px solid #000; }}
dl dt {{ font-weight: bold; margin-top: 8px; }}
dl dd {{ margin-left: 0; }}
</style></head><body>
<div class="brand"><b>Kingston upon Thames</b><br>Royal Borough &middot; Freedom of Information</div>
<h1>Freedom of Information response: Section 117 aftercare</h1>
<p>Reference: 24-0917<br>Date of response: 29 August 2024</p>
<p>Dear Requester,</p>
<p>Thank you for your request for information about section 117 Mental Health Act aftercare. The Royal
Borough of Kingston upon Thames holds the information you asked for, and our response follows.</p>
<h2>Questions 1, 2, 5, 6 and 10</h2>
<p>Please see the table below, which was extracted from our adult social care finance and case management
systems. It shows the last four financial years; the figures you asked for are in the 2023/24 row. Counts of
people are a snapshot taken at 31 March of each year. Spend is gross expenditure by the council; the ICB
column is the contribution recharged to NHS South West London ICB for jointly funded packages.</p>
<table class="data">
<tr><th>Financial year</th><th>People receiving s117 aftercare at 31 March</th><th>of which jointly funded with ICB</th>
<th>Council gross spend</th><th>ICB contribution</th><th>Discharged from s117 in year</th></tr>
{trs}
</table>
<h2>Other questions</h2>
<dl>
<dt>3. Joint policy or protocol with the ICB</dt>
<dd>Yes. The council has a joint section 117 protocol with NHS South West London ICB (Kingston place).</dd>
<dt>3a. Copy of the policy</dt>
<dd>A copy of the protocol is provided with this response as Annex B.</dd>
<dt>4. How costs are split</dt>
<dd>Jointly funded section 117 packages are split 50:50 between the council and the ICB.</dd>
<dt>4a. ICB percentage</dt>
<dd>50%.</dd>
<dt>7. Review following the 2024/25 guidance</dt>
<dd>The protocol is currently being reviewed against the new guidance; the review is due to finish in
December 2024.</dd>
<dt>8. Lead ICB</dt>
<dd>NHS South West London ICB.</dd>
<dt>9. Joint register</dt>
<dd>No. The council keeps its own register, which is shared with the ICB on request.</dd>
<dt>11. Disputes process</dt>
<dd>Yes, set out in section 8 of the protocol.</dd>
<dt>12. Responsible officer</dt>
<dd>Thomas Kerrigan, Mental Health Lead, Adult Social Care. Email: thomas.kerrigan@kingston.gov.uk,
telephone 020 8547 6583.</dd>
</dl>
<p>If you are unhappy with our response you can ask us to carry out an internal review within 40 working
days. If you remain dissatisfied you can complain to the Information Commissioner's Office.</p>
<p>Yours faithfully,<br>Information Requests Team<br>Royal Borough of Kingston upon Thames, Guildhall,
High Street, Kingston upon Thames KT1 1EU</p>
</body></html>"""
    html_to_pdf(html, "h12_10")
    write_gold("h12_10", "pdf", "s117_aftercare", "Royal Borough of Kingston upon Thames", "E09000021", {
        "foi_reference": "24-0917",
        "response_date": "2024-08-29",
        "s117_people_count": 286,
        "s117_as_at": "2024-03-31",
        "s117_jointly_funded_count": 131,
        "s117_joint_policy": "yes",
        "s117_policy_copy_provided": True,
        "s117_split_basis": "fixed_percentage",
        "s117_split_methods": ["fixed_split"],
        "s117_icb_share_pct": 50,
        "la_s117_spend_gbp": 7482650.0,
        "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": 2104330.0,
        "s117_policy_reviewed": "partial",
        "s117_lead_icb": "NHS South West London Integrated Care Board",
        "s117_joint_register": "no",
        "s117_discharged_count": 19,
        "s117_disputes_process": "yes",
        "s117_contact_name": "Thomas Kerrigan",
        "s117_contact_email": "thomas.kerrigan@kingston.gov.uk",
        "s117_contact_phone": any_of("020 8547 6583", "02085476583", "+44 20 8547 6583"),
        "exemptions": [],
    })


ALL = [h12_06, h12_07, h12_08, h12_09, h12_10]
