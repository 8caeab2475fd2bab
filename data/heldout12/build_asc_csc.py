"""heldout12: three asc_joint_funding (h12_11 .. h12_13) and three csc_joint_commissioning (h12_14 .. h12_16)."""
from __future__ import annotations

import os

from build_common import (NA, NOT_HELD, WITHHELD, any_of, cell_text, docx_to_bytes, docx_to_pdf, new_doc,
                          para, RAW, save_docx, set_col_widths, shade, write_eml, write_gold)

ASC_Q = [
    "Please provide the contact details for the DASS in your local authority.",
    "Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).",
    "Who provides your main operational system for Case Management?",
    "How many current care packages per week does the local authority contribute some or all of the cost "
    "towards?",
    "What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?",
    "How many of these current care packages are jointly funded with an ICB (both those under s.117 of the "
    "Mental Health Act and those funding under the Care Act because they do not meet CHC eligibility)?",
    "What is the Annual cost of care provided by ICBs for these cases?",
    "Which ICBs cover the Local Authority Area?",
    "Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?",
    "Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?",
    "Please provide a copy of it.",
    "Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding "
    "splits?",
]

CSC_Q = [
    ("1", "Do you have a joint commissioning framework for externally commissioned placements for children?"),
    ("1a", "If yes, does this joint commissioning framework include partners from 'health' (eg, CCG or new "
           "ICBs)?"),
    ("1b", "Please share the terms of reference (ToR) or joint agreement, if health are included"),
    ("2", "Do 'health' eg CCG/ICB, joint fund externally commissioned placements (eg, residential, therapeutic "
          "foster care, SEND, semi-independent provision)?"),
    ("2a", "If yes, what are the terms (please share a ToR or agreement)?"),
    ("2b", "If yes, how is that funding split for the following: (e.g. a shared percentage cost) – "
           "residential, therapeutic foster care, SEND provision, semi-independent provision"),
    ("3", "Do any other partners contribute (over and above children's social care and health/CCG)?"),
    ("3a", "If yes, who and on what terms?"),
    ("4", "Is the criteria in the 'continuing care funding' model used as a methodology for split funding?"),
    ("4b", "If yes, is this the only criteria 'health' use to determine funding?"),
    ("5", "What was your Council 2023/24 yearly spend on external placements?"),
    ("5a", "What element of that was funded by health?"),
    ("5b", "What element of that was funded by education?"),
    ("5c", "What element of that was funded by 'other'?"),
    ("6", "Have you involved children or parents in your joint commissioning process?"),
    ("7", "Do you refer to any models of practice in your commissioning framework or joint funding framework?"),
    ("7a", "If yes, please share this?"),
    ("8", "Do you have any other comments?"),
]


# ---------------------------------------------------------------------------------------------
# h12_11.eml  London Borough of Barnet: short covering e-mail; the answers are in an attached .docx
# ---------------------------------------------------------------------------------------------
def _barnet_docx():
    doc = new_doc("Arial", 10.5)
    para(doc, "London Borough of Barnet", bold=True, size=15, space_after=0)
    para(doc, "Information Management Team, 2 Bristol Avenue, Colindale, London NW9 4EW", size=9, space_after=12)
    para(doc, "Freedom of Information Act 2000 – Response", bold=True, size=12)
    para(doc, "Request reference: 7034117", space_after=0)
    para(doc, "Date of response: 24 May 2024", space_after=0)
    para(doc, "Request title: Adult Social Care – Joint Funding", space_after=10)
    ans = [
        "Executive Director, Communities, Adults and Health (DASS): Marion Clarke-Doyle.\nThe Executive "
        "Director's direct email address and telephone number are withheld under section 40(2) of the Act. "
        "Correspondence can be sent to the council at the address above.",
        "Cllr Rukhsana Begum-Ali, Cabinet Member for Adult Social Care.",
        "Mosaic, supplied by The Access Group.",
        "As at 30 April 2024, 3,412 people were receiving a service funded wholly or in part by the council.",
        "Net expenditure in 2022/23 was £118.3m.",
        "268",
        "The ICB's contribution to current joint packages is £96,420 per week.",
        "NHS North Central London ICB.",
        "Yes – North Central London ICB.",
        "Yes. The NCL Joint Funding Policy was agreed by the five NCL boroughs and the ICB in 2023.",
        "The policy is published and is therefore exempt under section 21 (information reasonably "
        "accessible by other means): https://www.barnet.gov.uk/adult-social-care/policies/joint-funding-policy",
        "There is no specific tool. Splits are agreed at the Joint Funding Panel, using the DST and the "
        "person's care and support plan.",
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Question No.", "Your question", "Our response"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "E2EFD9")
    for i, (q, a) in enumerate(zip(ASC_Q, ans), 1):
        r = t.add_row()
        cell_text(r.cells[0], str(i))
        cell_text(r.cells[1], q)
        cell_text(r.cells[2], a)
    set_col_widths(t, [1.8, 6.5, 8.2])
    para(doc, "")
    para(doc, "If you are unhappy with this response you can ask for an internal review within 40 working "
              "days. You may then complain to the Information Commissioner's Office, Wycliffe House, Water "
              "Lane, Wilmslow SK9 5AF.")
    return docx_to_bytes(doc)


def h12_11():
    body = """Dear Ms Fairbrother,

Freedom of Information request 7034117 - Adult Social Care - Joint Funding

Thank you for your request for information received on 26 April 2024.

Please find our response attached.

Yours sincerely,

Information Management Team
London Borough of Barnet
2 Bristol Avenue, Colindale, London NW9 4EW
www.barnet.gov.uk

This email and any attachments are confidential and may be legally privileged. If you have received it in error please notify the sender and delete it.
"""
    write_eml("h12_11", from_name="Barnet FOI", from_addr="foi@barnet.gov.uk",
              to="Helen Fairbrother <h.fairbrother@example.co.uk>",
              subject="FOI 7034117 - Adult Social Care - Joint Funding",
              date="Fri, 24 May 2024 16:48:12 +0100",
              message_id="<7034117.response.20240524@barnet.gov.uk>", body=body,
              attachments=[("7034117 Response.docx", _barnet_docx(), "application",
                            "vnd.openxmlformats-officedocument.wordprocessingml.document")])
    write_gold("h12_11", "eml", "asc_joint_funding", "London Borough of Barnet", "E09000003", {
        "foi_reference": "7034117",
        "response_date": "2024-05-24",
        "dass_name": "Marion Clarke-Doyle",
        "dass_email": WITHHELD,
        "dass_phone": WITHHELD,
        "portfolio_holder_name": "Rukhsana Begum-Ali",
        "case_management_system": "Mosaic",
        "case_management_supplier": "The Access Group",
        "care_packages_count": 3412,
        "care_packages_as_at": "2024-04-30",
        "la_annual_cost_gbp": 118300000.0,
        "la_cost_basis": "net",
        "cost_year": "2022/23",
        "jointly_funded_packages_count": 268,
        "icb_annual_cost_gbp": 5013840.0,
        "icb_weekly_cost_gbp": 96420.0,
        "icbs_covering": ["NHS North Central London Integrated Care Board"],
        "main_icb": "NHS North Central London Integrated Care Board",
        "joint_funding_policy": "yes",
        "policy_copy_provided": True,
        "joint_funding_tool": "partial",
        "joint_funding_methods": ["joint_funding_panel", "dst"],
        "exemptions": ["s21", "s40"],
    })


# ---------------------------------------------------------------------------------------------
# h12_12.pdf  Stoke-on-Trent City Council: Word -> PDF; questions listed first under "Your request",
#             answers numbered under "Our response" without the questions; weekly ICB figure; s43
# ---------------------------------------------------------------------------------------------
def h12_12():
    doc = new_doc("Arial", 11)
    para(doc, "Stoke-on-Trent City Council", bold=True, size=15, space_after=0)
    para(doc, "Information Governance, Civic Centre, Glebe Street, Stoke-on-Trent ST4 1HH", size=9, space_after=0)
    para(doc, "foi@stoke.gov.uk", size=9, space_after=14)
    para(doc, "Our reference: FOI/SOT/24/1173", space_after=0)
    para(doc, "Date received: 14 May 2024", space_after=0)
    para(doc, "Date: 11 June 2024", space_after=12)
    para(doc, "Dear Sir or Madam,")
    para(doc, "Freedom of Information Act 2000 – Adult Social Care Joint Funding", bold=True)
    para(doc, "Thank you for your request for information. I can confirm that the council holds the "
              "information requested, except where stated below.")
    para(doc, "Your request", bold=True)
    for i, q in enumerate(ASC_Q, 1):
        para(doc, f"{i}. {q}", space_after=2)
    para(doc, "")
    para(doc, "Our response", bold=True)
    ans = [
        "Director of Adult Social Care: Grace Mwangi-Holt. Contact via the Adult Social Care directorate at "
        "the Civic Centre address above, telephone 01782 234567.",
        "Councillor Dean Fairclough-Reid, Cabinet Member for Adult Social Care, Health Integration and "
        "Wellbeing.",
        "Liquidlogic (LAS), provided by System C. Financial payments are managed through ContrOCC.",
        "2,684 packages as at week commencing 3 June 2024.",
        "£96,482k gross for 2022/23.",
        "187 (of which 121 are section 117 aftercare and 66 are joint Care Act packages).",
        "The ICB's share for these packages is currently £71,350 per week.",
        "NHS Staffordshire and Stoke-on-Trent ICB.",
        "Yes – Staffordshire and Stoke-on-Trent ICB.",
        "A joint funding policy is in draft and has not yet been agreed by both parties.",
        "As the policy has not been finalised a copy is not available.",
        "Yes. The council and the ICB use a joint funding calculator which apportions the cost of each "
        "package between health and social care. We are not providing a copy of the calculator, as it "
        "contains the rates agreed with individual care providers. This information is exempt under "
        "section 43(2) of the Act (commercial interests): disclosure would be likely to prejudice the "
        "council's ability to negotiate rates with providers. We have considered the public interest and "
        "concluded that the public interest in maintaining the exemption outweighs that in disclosure.",
    ]
    for i, a in enumerate(ans, 1):
        para(doc, f"{i}. {a}")
    para(doc, "")
    para(doc, "Review", bold=True)
    para(doc, "If you are dissatisfied with the handling of your request, you have the right to ask for an "
              "internal review. Internal review requests should be submitted within 40 working days of the date "
              "of receipt of this response. If you are not content with the outcome of the internal review, you "
              "have the right to apply directly to the Information Commissioner for a decision.")
    para(doc, "Yours faithfully,")
    para(doc, "")
    para(doc, "Information Governance Officer", space_after=0)
    para(doc, "Stoke-on-Trent City Council")
    docx_to_pdf(doc, "h12_12")
    write_gold("h12_12", "pdf", "asc_joint_funding", "Stoke-on-Trent City Council", "E06000021", {
        "foi_reference": "FOI/SOT/24/1173",
        "response_date": "2024-06-11",
        "dass_name": "Grace Mwangi-Holt",
        "dass_email": None,
        "dass_phone": any_of("01782 234567", "01782234567", "+44 1782 234567"),
        "portfolio_holder_name": "Dean Fairclough-Reid",
        "case_management_system": "Liquidlogic Adults' Social Care System",
        "case_management_supplier": "System C",
        "care_packages_count": 2684,
        "care_packages_as_at": "2024-06-03",
        "la_annual_cost_gbp": 96482000.0,
        "la_cost_basis": "gross",
        "cost_year": "2022/23",
        "jointly_funded_packages_count": 187,
        "icb_annual_cost_gbp": 3710200.0,
        "icb_weekly_cost_gbp": 71350.0,
        "icbs_covering": ["NHS Staffordshire and Stoke-on-Trent Integrated Care Board"],
        "main_icb": "NHS Staffordshire and Stoke-on-Trent Integrated Care Board",
        "joint_funding_policy": "partial",
        "policy_copy_provided": any_of(False, NA),
        "joint_funding_tool": "yes",
        "joint_funding_methods": ["funding_matrix"],
        "exemptions": ["s43"],
    })


# ---------------------------------------------------------------------------------------------
# h12_13.docx  Middlesbrough Council: Word automatic numbering (List Number) for the questions, so the
#              "1." is in numbering.xml not in the text; "Response:" paragraphs; gross and net costs; s21
# ---------------------------------------------------------------------------------------------
def h12_13():
    doc = new_doc("Calibri", 11)
    para(doc, "Middlesbrough Council", bold=True, size=16, space_after=0)
    para(doc, "Information Governance Team, PO Box 500, Middlesbrough TS1 9FT", size=9, space_after=0)
    para(doc, "foi@middlesbrough.gov.uk", size=9, space_after=12)
    para(doc, "FREEDOM OF INFORMATION REQUEST – RESPONSE", bold=True)
    para(doc, "Reference number: MBC-FOI-2024-0987", space_after=0)
    para(doc, "Date of request: 2 July 2024", space_after=0)
    para(doc, "Date of response: 30 July 2024", space_after=12)
    para(doc, "Thank you for your request for information about joint funding in adult social care. Our "
              "response to each question is given beneath it.")
    ans = [
        "Director of Adult Social Care and Health Integration: Joanne Pettigrew-Lowe.\nEmail: "
        "dass@middlesbrough.gov.uk   Telephone: 01642 245432",
        "Councillor Janet Thompson-Ward, Executive Member for Adult Social Care and Public Health.",
        "Our case management system is Eclipse, which is supplied by OLM Systems.",
        "1,846 people as at 1 July 2024.",
        "The gross cost in 2022/23 was £63.7m; net of client contributions and health income the cost was "
        "£48.2m.",
        "211",
        "£3.96m in 2022/23.",
        "NHS North East and North Cumbria ICB (NENC ICB).",
        "Yes – NENC ICB, through its Tees Valley place team.",
        "Yes – the Tees Valley Joint Funding Policy.",
        "The policy is published on the council's website and is therefore exempt under section 21 of the "
        "Freedom of Information Act: https://www.middlesbrough.gov.uk/adult-social-care/joint-funding-policy",
        "There is no formal tool. Splits are agreed case by case at the Tees Valley Joint Funding Panel.",
    ]
    for q, a in zip(ASC_Q, ans):
        para(doc, q, bold=True, style="List Number")
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = __import__("docx.shared", fromlist=["Cm"]).Cm(0.63)
        r = p.add_run("Response: ")
        r.bold = True
        lines = a.split("\n")
        p.add_run(lines[0])
        for ln in lines[1:]:
            p2 = doc.add_paragraph(ln)
            p2.paragraph_format.left_indent = __import__("docx.shared", fromlist=["Cm"]).Cm(0.63)
    para(doc, "")
    para(doc, "If you are unhappy with the way your request has been handled you may request an internal "
              "review within 40 working days. If you are still unhappy after the review you may contact the "
              "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
    para(doc, "Information Governance Team", space_after=0)
    para(doc, "Middlesbrough Council")
    save_docx(doc, "h12_13")
    write_gold("h12_13", "docx", "asc_joint_funding", "Middlesbrough Borough Council", "E06000002", {
        "foi_reference": "MBC-FOI-2024-0987",
        "response_date": "2024-07-30",
        "dass_name": "Joanne Pettigrew-Lowe",
        "dass_email": "dass@middlesbrough.gov.uk",
        "dass_phone": any_of("01642 245432", "01642245432", "+44 1642 245432"),
        "portfolio_holder_name": "Janet Thompson-Ward",
        "case_management_system": "Eclipse",
        "case_management_supplier": "OLM Systems",
        "care_packages_count": 1846,
        "care_packages_as_at": "2024-07-01",
        "la_annual_cost_gbp": any_of(63700000.0, 48200000.0),
        "la_cost_basis": any_of("gross", "net"),
        "cost_year": "2022/23",
        "jointly_funded_packages_count": 211,
        "icb_annual_cost_gbp": 3960000.0,
        "icb_weekly_cost_gbp": None,
        "icbs_covering": ["NHS North East and North Cumbria Integrated Care Board"],
        "main_icb": "NHS North East and North Cumbria Integrated Care Board",
        "joint_funding_policy": "yes",
        "policy_copy_provided": True,
        "joint_funding_tool": "partial",
        "joint_funding_methods": ["joint_funding_panel", "case_by_case"],
        "exemptions": ["s21"],
    })


# ---------------------------------------------------------------------------------------------
# h12_14.docx  London Borough of Hammersmith & Fulham: three-column table (No. | Request | Response)
#              with a header row, one row per sub-question; £m with percentages
# ---------------------------------------------------------------------------------------------
def h12_14():
    doc = new_doc("Arial", 10)
    para(doc, "Hammersmith & Fulham", bold=True, size=16, space_after=0)
    para(doc, "Children's Services – Information Requests", space_after=0)
    para(doc, "Hammersmith Town Hall, King Street, London W6 9JU", size=9, space_after=12)
    para(doc, "FOI reference: FOI-HF-2024-16633", space_after=0)
    para(doc, "Response date: 4 November 2024", space_after=12)
    para(doc, "Dear Requester,")
    para(doc, "Thank you for your Freedom of Information request titled \"FOI Request – FAO Children's "
              "Commissioners\". The London Borough of Hammersmith & Fulham (H&F) holds the information and "
              "our answers are set out below.")
    ans = {
        "1": "Yes – the North West London Children's Joint Commissioning Framework, which covers the eight "
             "North West London boroughs.",
        "1a": "Yes. NHS North West London ICB is a partner to the framework.",
        "1b": "The Terms of Reference are attached to this response.",
        "2": "Yes, where a child meets the children's continuing care criteria or has assessed health needs "
             "that the placement meets.",
        "2a": "Health contributions are agreed through the Tri-partite Panel (social care, education and "
              "health) and recorded in a joint funding agreement for each child.",
        "2b": "There is no fixed percentage. The split is agreed per child at the Tri-partite Panel for all "
              "four placement types.",
        "3": "Yes – Education.",
        "3a": "The council's SEND service (High Needs Block) pays the education element of residential school "
              "placements.",
        "4": "Yes.",
        "4b": "No – health also consider needs identified through the CHAT (Children's Health Assessment Tool) "
              "and the health section of the child's EHC plan.",
        "5": "£38.6m in 2023/24.",
        "5a": "£2.90m (7.5%)",
        "5b": "£4.09m (10.6%)",
        "5c": "Nil",
        "6": "Partly. Young people's views are gathered through the Children in Care Council and used in "
             "commissioning; parents have not been directly involved.",
        "7": "Yes – the framework refers to Signs of Safety and to trauma-informed practice (PACE).",
        "7a": "These are published practice models; our practice guidance is available on request.",
        "8": "No further comments.",
    }
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["No.", "Request", "Response"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    for num, q in CSC_Q:
        r = t.add_row()
        cell_text(r.cells[0], num)
        cell_text(r.cells[1], q)
        cell_text(r.cells[2], ans[num])
    set_col_widths(t, [1.2, 7.3, 8.0])
    para(doc, "")
    para(doc, "If you are dissatisfied with our response you may ask for an internal review within 40 working "
              "days. If you remain dissatisfied you may complain to the Information Commissioner's Office.")
    para(doc, "Kind regards,")
    para(doc, "FOI Officer, Children's Services", space_after=0)
    para(doc, "London Borough of Hammersmith & Fulham")
    save_docx(doc, "h12_14")
    write_gold("h12_14", "docx", "csc_joint_commissioning", "London Borough of Hammersmith & Fulham", "E09000013", {
        "foi_reference": "FOI-HF-2024-16633",
        "response_date": "2024-11-04",
        "joint_commissioning_framework": "yes",
        "framework_includes_health": "yes",
        "framework_tor_provided": True,
        "health_joint_funds_placements": any_of("yes", "case_by_case"),
        "fixed_percentage_split": False,
        "other_partners_contribute": "yes",
        "other_partners": ["Education"],
        "continuing_care_model_used": "yes",
        "continuing_care_only_criteria": "no",
        "other_health_tools": ["CHAT"],
        "external_placements_spend_gbp": 38600000.0,
        "spend_year": "2023/24",
        "health_share_pct": 7.5,
        "health_share_gbp": 2900000.0,
        "education_share_pct": 10.6,
        "education_share_gbp": 4090000.0,
        "other_share_pct": any_of(0, None),
        "other_share_gbp": 0.0,
        "children_parents_involved": "partial",
        "models_of_practice": "yes",
        "exemptions": [],
    })


# ---------------------------------------------------------------------------------------------
# h12_15.eml  North Tyneside Council: prose e-mail that answers several questions per paragraph, the
#             request quoted underneath; range of health contributions; s43 on the placement-type split
# ---------------------------------------------------------------------------------------------
def h12_15():
    quoted = "\n".join(f"> {n}. {q}" for n, q in CSC_Q)
    body = f"""Dear Mr Pemberton-Shaw,

Your request for information - ref NTC/FOI/24/03317

Thank you for your request, received on 20 August 2024, which has been considered under the Freedom of Information Act 2000. Colleagues in Children's Commissioning have provided the following.

North Tyneside does not have a joint commissioning framework with health for externally commissioned placements. External placements are commissioned through the North East regional arrangements for children's placements, and as there is no joint framework, questions 1a and 1b do not apply.

NHS North East and North Cumbria ICB (North Tyneside place) will jointly fund an external placement on a case-by-case basis where a child has continuing care needs. The terms are agreed for each child through the Continuing Care Panel. There is no fixed percentage; in 2023/24 health contributions to individual placements typically ranged from 25% to 50% of the weekly cost. You also asked how the split differs between residential, therapeutic foster care, SEND and semi-independent placements. Because only a small number of placements are jointly funded in some of these categories, the breakdown would reveal the prices agreed with individual providers. We consider this information to be exempt under section 43(2) of the Act (commercial interests), and that the public interest favours withholding it at this time.

No other partners contribute, except Education, which is internal to the council and meets the education element of residential school placements. The continuing care framework is used to decide health funding, and it is the only criteria health use.

The council's total spend on external placements in 2023/24 was £24.3m. Health contributed £1,215,000 (5%) and education £1.7m; there were no contributions from other partners.

Children and parents have not been involved in the joint commissioning process to date. Our commissioning of placements refers to the Signs of Safety practice model, information on which is published on the North Tyneside Safeguarding Children Partnership website. We have no further comments.

If you are unhappy with this response you can ask for an internal review within 40 working days by replying to this e-mail. You also have the right to complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.

Regards

Information Governance Team
North Tyneside Council
Quadrant, The Silverlink North, Cobalt Business Park, North Tyneside NE27 0BY

From: Marcus Pemberton-Shaw
Sent: 20 August 2024 10:12
To: FOI North Tyneside
Subject: FOI Request - FAO Children's Commissioners

Dear North Tyneside Council,

{quoted}

Yours faithfully,
Marcus Pemberton-Shaw
"""
    write_eml("h12_15", from_name="North Tyneside Council FOI", from_addr="foi@northtyneside.gov.uk",
              to="Marcus Pemberton-Shaw <mps.research@example.net>",
              subject="RE: FOI Request - FAO Children's Commissioners [NTC/FOI/24/03317]",
              date="Tue, 17 Sep 2024 09:31:40 +0100",
              message_id="<NTC-FOI-24-03317-resp@northtyneside.gov.uk>", body=body)
    write_gold("h12_15", "eml", "csc_joint_commissioning", "North Tyneside Council", "E08000022", {
        "foi_reference": "NTC/FOI/24/03317",
        "response_date": "2024-09-17",
        "joint_commissioning_framework": "no",
        "framework_includes_health": NA,
        "framework_tor_provided": NA,
        "health_joint_funds_placements": "case_by_case",
        "fixed_percentage_split": False,
        "other_partners_contribute": any_of("no", "partial", "yes"),
        "other_partners": any_of([], ["Education"]),
        "continuing_care_model_used": "yes",
        "continuing_care_only_criteria": "yes",
        "other_health_tools": any_of([], None),
        "external_placements_spend_gbp": 24300000.0,
        "spend_year": "2023/24",
        "health_share_pct": 5,
        "health_share_gbp": 1215000.0,
        "education_share_pct": any_of(None, 7.0),
        "education_share_gbp": 1700000.0,
        "other_share_pct": any_of(None, 0),
        "other_share_gbp": 0.0,
        "children_parents_involved": "no",
        "models_of_practice": "yes",
        "exemptions": ["s43"],
    })


# ---------------------------------------------------------------------------------------------
# h12_16.pdf  London Borough of Newham: reportlab letter; "Q5a:" italic questions with "Answer:" lines;
#             a funder table (£ and %) with a total
# ---------------------------------------------------------------------------------------------
def h12_16():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=5)
    q = ParagraphStyle("q", parent=body, fontName="Times-Italic", spaceAfter=1)
    out = os.path.join(RAW, "h12_16.pdf")

    def footer(c, d):
        c.saveState()
        c.setFont("Times-Roman", 8)
        c.drawString(2 * cm, 1.2 * cm, "Newham Council, Newham Dockside, 1000 Dockside Road, London E16 2QU")
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, str(d.page))
        c.restoreState()

    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, invariant=1, title="FOI 2425-6612 response",
                            author="London Borough of Newham")
    S = [Paragraph("<font size=16><b>Newham</b></font><br/><font size=9>London Borough of Newham &middot; "
                   "Corporate Information Governance</font>", body), Spacer(1, 10),
         Paragraph("Ref: FOI 2425-6612", body), Paragraph("20 February 2025", body), Spacer(1, 6),
         Paragraph("Dear Ms Adeyemi-Clarke,", body),
         Paragraph("<b>Re: Freedom of Information request – joint commissioning of children's external "
                   "placements</b>", body),
         Paragraph("Thank you for your request received on 23 January 2025. Please find our response to each "
                   "of your questions below.", body)]
    ans = {
        "1": "No. Newham does not currently have a joint commissioning framework with health for external "
             "placements. A joint protocol with NHS North East London is being developed.",
        "1a": "Not applicable.",
        "1b": "Not applicable.",
        "2": "Yes. NHS North East London ICB contributes to externally commissioned placements for children "
             "with assessed health needs.",
        "2a": "Contributions are agreed through the Newham Joint Resource Panel and set out in an individual "
              "funding agreement for each child.",
        "2b": "Where a child meets the continuing care criteria the ICB and the council each pay 50% of the "
              "placement cost. This applies to residential, therapeutic foster care, SEND and "
              "semi-independent placements alike.",
        "3": "Yes.",
        "3a": "Education (High Needs Block) pays the education element of residential school placements, and "
              "Adult Social Care contributes for young people aged 17 and over who are in transition.",
        "4": "Yes.",
        "4b": "No. Health also use the DST for young people approaching 18, and the CHAT.",
        "5": "£47,812,000 in 2023/24. The split by funder is shown in the table below.",
        "5a": "See table: £3,346,840 (7.0%).",
        "5b": "See table: £5,259,320 (11.0%).",
        "5c": "See table: £0 (0.0%).",
        "6": "Yes – through the Newham Parent Carer Forum and the Children in Care Council.",
        "7": "No.",
        "7a": "Not applicable.",
        "8": "None.",
    }
    for num, text in CSC_Q:
        S.append(Paragraph(f"Q{num}: {text}", q))
        S.append(Paragraph(f"<b>Answer:</b> {ans[num]}", body))
        if num == "5":
            data = [["Funder", "2023/24 (£)", "% of total"],
                    ["Children's Social Care (council)", "39,205,840", "82.0%"],
                    ["Health (NHS North East London ICB)", "3,346,840", "7.0%"],
                    ["Education (High Needs Block)", "5,259,320", "11.0%"],
                    ["Other", "0", "0.0%"],
                    ["Total external placements spend", "47,812,000", "100.0%"]]
            tb = Table(data, colWidths=[8 * cm, 4 * cm, 3 * cm])
            tb.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, -1), "Times-Roman", 10),
                ("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
                ("FONT", (0, -1), (-1, -1), "Times-Bold", 10),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ]))
            S += [Spacer(1, 3), tb, Spacer(1, 8)]
    S.append(Spacer(1, 8))
    S.append(Paragraph("If you are dissatisfied with the handling of your request, you can ask for an internal "
                       "review within 40 working days. If you remain dissatisfied you can contact the "
                       "Information Commissioner's Office.", body))
    S.append(Paragraph("Yours sincerely,<br/><br/>Information Governance Officer<br/>London Borough of Newham",
                       body))
    doc.build(S, onFirstPage=footer, onLaterPages=footer)
    write_gold("h12_16", "pdf", "csc_joint_commissioning", "London Borough of Newham", "E09000025", {
        "foi_reference": any_of("FOI 2425-6612", "2425-6612"),
        "response_date": "2025-02-20",
        "joint_commissioning_framework": any_of("no", "partial"),
        "framework_includes_health": NA,
        "framework_tor_provided": NA,
        "health_joint_funds_placements": "yes",
        "fixed_percentage_split": True,
        "other_partners_contribute": "yes",
        "other_partners": ["Education", "Adult Social Care"],
        "continuing_care_model_used": "yes",
        "continuing_care_only_criteria": "no",
        "other_health_tools": ["DST", "CHAT"],
        "external_placements_spend_gbp": 47812000.0,
        "spend_year": "2023/24",
        "health_share_pct": 7.0,
        "health_share_gbp": 3346840.0,
        "education_share_pct": 11.0,
        "education_share_gbp": 5259320.0,
        "other_share_pct": 0,
        "other_share_gbp": 0.0,
        "children_parents_involved": "yes",
        "models_of_practice": "no",
        "exemptions": [],
    })


ALL = [h12_11, h12_12, h12_13, h12_14, h12_15, h12_16]
