"""s117_aftercare documents (h10_13..h10_16)."""
from docx.shared import Pt, Cm
from lib import *
from common import *

ASK = {
    "1": "How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?",
    "2": "How many of these people have their section 117 aftercare jointly funded with the ICB?",
    "3": "Does the local authority have an agreed section 117 joint policy or protocol with the ICB?",
    "3a": "If so, please provide a copy of the section 117 policy or protocol.",
    "4": "How is the cost of section 117 aftercare split between the local authority and the ICB, for example a fixed percentage such as 50/50, case by case, or agreed at a panel?",
    "4a": "Where a percentage split is used, what percentage of the cost does the ICB pay?",
    "5": "What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?",
    "6": "What was the ICB's spend on section 117 aftercare for people in your area in the same year?",
    "7": "Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?",
    "8": "Which ICB is the lead ICB for section 117 aftercare in your area?",
    "9": "Do you keep a joint register with the ICB of people entitled to section 117 aftercare?",
    "10": "How many people were discharged from section 117 aftercare in 2023/24?",
    "11": "Is there an agreed process for resolving disputes with the ICB about section 117 funding?",
    "12": "Please provide the name and contact details of the officer responsible for section 117 aftercare.",
}
ORDER = ["1", "2", "3", "3a", "4", "4a", "5", "6", "7", "8", "9", "10", "11", "12"]


def h10_13(out):
    """Bexley: Question | Response table with header row and merged, shaded section rows."""
    d = new_doc(font="Arial", size=10.5)
    para(d, "London Borough of Bexley", bold=True, size=14, color="006F62", space_after=0)
    para(d, "Civic Offices, Bexleyheath", size=9, space_after=10)
    runs(d, [("Freedom of Information request: ", dict(bold=True)), "BEX-FOI-5021"], space_after=0)
    runs(d, [("Response date: ", dict(bold=True)), "30 July 2024"])
    para(d, "Thank you for your request about section 117 aftercare. Please find our response in the table below.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    h = t.add_row().cells
    for c, x in zip(h, ["Question", "Response"]):
        cell_text(c, x, bold=True, color="FFFFFF")
        shade(c, "006F62")
    repeat_header(t.rows[0])
    ans = {
        "1": "412 people as at 31 March 2024.",
        "2": "187",
        "3": "Yes – a joint Section 117 Aftercare Policy is in place with NHS South East London ICB (Bexley place).",
        "3a": "A copy is attached.",
        "4": "Jointly funded packages are split 50/50 between the Council and the ICB.",
        "4a": "50%",
        "5": "£9.84m in 2023/24.",
        "6": "Not held by the Council.",
        "7": "The policy is currently being reviewed against the new guidance; the revised version is due to be signed off in October 2024.",
        "8": "NHS South East London ICB.",
        "9": "Yes – a joint register is held on the Council's case management system and reconciled monthly with the ICB.",
        "10": "53",
        "11": "Yes – the disputes procedure is set out in section 9 of the joint policy.",
        "12": "Head of Mental Health Social Work: Olusegun Prideaux. Direct contact details are withheld "
              "under section 40(2); correspondence can be sent via the FOI team.",
    }
    sections = {"1": "Numbers of people", "3": "Policy and funding arrangements", "5": "Expenditure",
                "7": "Governance", "12": "Contact"}
    for q in ORDER:
        if q in sections:
            merged_row(t, sections[q], fill="D9EAD3")
        r = t.add_row().cells
        cell_text(r[0], f"{q}. {ASK[q]}")
        cell_text(r[1], ans[q])
    set_widths(t, [8.8, 7.8])
    para(d, "")
    para(d, s40_para())
    para(d, review_council(days=40, contact="the Information Governance Team"))
    para(d, ico_para())
    para(d, reuse_ogl())
    save_deterministic(d, out)
    g = {
        "respondent": "London Borough of Bexley",
        "foi_reference": "BEX-FOI-5021",
        "response_date": "2024-07-30",
        "s117_people_count": 412,
        "s117_as_at": "2024-03-31",
        "s117_jointly_funded_count": 187,
        "s117_joint_policy": "yes",
        "s117_policy_copy_provided": True,
        "s117_split_basis": "fixed_percentage",
        "s117_split_methods": ["fixed_split"],
        "s117_icb_share_pct": 50,
        "la_s117_spend_gbp": 9840000.0,
        "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": {"state": "not_held"},
        "s117_policy_reviewed": "partial",
        "s117_lead_icb": ICB["QKK"],
        "s117_joint_register": "yes",
        "s117_discharged_count": 53,
        "s117_disputes_process": "yes",
        "s117_contact_name": "Olusegun Prideaux",
        "s117_contact_email": {"state": "withheld"},
        "s117_contact_phone": {"state": "withheld"},
        "exemptions": ["s40"],
    }
    return "s117_aftercare", ("London Borough of Bexley", "E09000004"), g


def h10_14(out):
    """Brighton and Hove: questions with custom automatic numbering 'Q1.' / sub-level 'Q3a'
    (numbers only in numbering.xml); answers after a bold 'Answer:' label; s12 on Q10."""
    d = new_doc(font="Arial", size=11)
    sec = d.sections[0]
    header_table(sec, [("Brighton & Hove City Council", dict(bold=True, size=12, color="0070C0"))],
                 [("Information Rights Team", dict(size=9)), ("Hove Town Hall", dict(size=9))], line=True)
    footer_text(sec, "FOI-BHCC-8841 – response dated 5 September 2024")
    para(d, "FOI-BHCC-8841", bold=True, space_after=0)
    para(d, "5 September 2024")
    para(d, "Dear Requester")
    para(d, "Your request for information – section 117 Mental Health Act aftercare", bold=True)
    para(d, "Thank you for your request, received on 8 August 2024. Please see our answers below.")
    nid = add_numbering(d, [("decimal", "Q%1.", 567, 567, True), ("lowerLetter", "Q%1%2.", 1134, 567, True)])
    ans = {
        "1": "1,038 (as at 31/03/2024).",
        "2": "611",
        "3": "Yes.",
        "3a": "Yes – please see the attached Sussex Section 117 Aftercare Policy.",
        "4": "There is no fixed percentage. The split for each case is agreed at the Section 117 Joint Funding "
             "Panel with the ICB, according to the assessed health and social care needs of the individual.",
        "4a": "Not applicable.",
        "5": "£22,481,903.66 (2023/24).",
        "6": "Not held.",
        "7": "Yes – the policy was updated in May 2024.",
        "8": "NHS Sussex ICB.",
        "9": "No – the Council and the ICB hold separate registers, which are reconciled quarterly.",
        "10": "We are unable to provide this figure within the cost limit – see the explanation below.",
        "11": "Yes.",
        "12": "Jacqui Fennimore-Shaw, Section 117 Lead, jacqui.fennimore-shaw@brighton-hove.gov.uk",
    }
    for q in ORDER:
        lvl = 1 if q[-1].isalpha() else 0
        p = para(d, ASK[q], space_after=2)
        set_num(p, nid, lvl)
        a = d.add_paragraph()
        a.paragraph_format.left_indent = Cm(2.0 if lvl else 1.0)
        fmt_run(a.add_run("Answer: "), bold=True)
        a.add_run(ans[q])
    para(d, "Question 10 – cost limit", bold=True)
    para(d, "The date a person's section 117 entitlement ended is held in case notes rather than as a "
            "reportable field. We would need to review around 1,200 case records at about 10 minutes each. "
            + s12_para() + " This part of your request is therefore refused under section 12(1).")
    para(d, "Review", bold=True)
    para(d, review_council(days=40, contact="the Information Rights Team"))
    para(d, ico_para())
    para(d, reuse_ogl())
    para(d, "Yours sincerely")
    para(d, "Information Rights Team")
    save_deterministic(d, out)
    g = {
        "respondent": "Brighton and Hove City Council",
        "foi_reference": "FOI-BHCC-8841",
        "response_date": "2024-09-05",
        "s117_people_count": 1038,
        "s117_as_at": "2024-03-31",
        "s117_jointly_funded_count": 611,
        "s117_joint_policy": "yes",
        "s117_policy_copy_provided": True,
        "s117_split_basis": "case_by_case",
        "s117_split_methods": {"any_of": [["case_by_case", "joint_panel"], ["joint_panel"]]},
        "s117_icb_share_pct": {"state": "not_applicable"},
        "la_s117_spend_gbp": 22481903.66,
        "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": {"state": "not_held"},
        "s117_policy_reviewed": "yes",
        "s117_lead_icb": ICB["QNX"],
        "s117_joint_register": {"any_of": ["no", "partial"]},
        "s117_discharged_count": {"any_of": [{"state": "withheld"}, {"state": "not_held"}]},
        "s117_disputes_process": "yes",
        "s117_contact_name": "Jacqui Fennimore-Shaw",
        "s117_contact_email": "jacqui.fennimore-shaw@brighton-hove.gov.uk",
        "s117_contact_phone": None,
        "exemptions": ["s12"],
    }
    return "s117_aftercare", ("Brighton and Hove City Council", "E06000043"), g


def h10_15(out):
    """Havering (PDF): one small block table per question (merged 'Question n' title row,
    then Request / Response rows); Q5 and Q6 answered together by a per-year table."""
    d = new_doc(font="Arial", size=10)
    para(d, "LONDON BOROUGH OF HAVERING", bold=True, size=13, color="4B2C83", space_after=0)
    para(d, "Information Governance  |  Town Hall, Romford", size=9, space_after=6)
    table(d, [["Our reference", "HAV-FOI-24-09176"], ["Date received", "18 September 2024"],
              ["Date of response", "16 October 2024"]], header=False, widths=[4.0, 6.0])
    para(d, "")
    para(d, "Dear Requester,")
    para(d, "Please find below the Council's response to your Freedom of Information request about section 117 aftercare.")
    ans = {
        "1": "356 people were receiving section 117 aftercare at 31 March 2024.",
        "2": "129",
        "3": "Yes – the North East London section 117 aftercare policy, agreed by the seven NEL boroughs and the ICB.",
        "3a": "The policy is available on the ICB's website at https://nel.icb.example.nhs.uk/s117-policy. "
              "As it is accessible to you by other means, we have applied section 21.",
        "4": "Each case is considered individually at the Joint Section 117 Panel; there is no fixed percentage split.",
        "4a": "N/A",
        "5": None,
        "6": "Please see the table in our response to question 5, which covers both questions.",
        "7": "Not yet. The NEL partners plan to review the policy in 2025.",
        "8": "NHS North East London ICB",
        "9": "Partially. A shared register with the ICB is being built; at present each organisation keeps its own list.",
        "10": "41",
        "11": "Yes – the dispute resolution process is set out in the NEL policy.",
        "12": "Service Manager, Mental Health Social Care. The officer's name is withheld under section 40(2). "
              "Enquiries can be sent to s117@havering.gov.uk.",
    }
    for q in ORDER:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        merged_row(t, f"Question {q}", fill="E5DFEC")
        r = t.add_row().cells
        cell_text(r[0], "Request", bold=True)
        cell_text(r[1], ASK[q])
        r = t.add_row().cells
        cell_text(r[0], "Response", bold=True)
        if q == "5":
            cell_text(r[1], "Section 117 aftercare spend by the Council and the ICB for Havering residents "
                            "(this answers questions 5 and 6):")
            inner = r[1].add_table(rows=0, cols=4)
            inner.style = "Table Grid"
            for row in [("Financial year", "Council", "ICB", "Total"),
                        ("2022/23", "£6,904,215", "£3,118,460", "£10,022,675"),
                        ("2023/24", "£7,551,380", "£3,402,990", "£10,954,370")]:
                rc = inner.add_row().cells
                for c, v in zip(rc, row):
                    cell_text(c, v, bold=row[0] == "Financial year")
            set_widths(inner, [3.2, 3.2, 3.2, 3.4])
            r[1].add_paragraph("")
        else:
            cell_text(r[1], ans[q])
        set_widths(t, [2.6, 14.0])
        para(d, "", space_after=2)
    para(d, "Exemptions", bold=True)
    para(d, s21_para())
    para(d, s40_para())
    para(d, "Right of review", bold=True)
    para(d, review_council(days=40, contact="Information Governance, Town Hall, Romford"))
    para(d, ico_para())
    para(d, reuse_ogl())
    para(d, "Yours faithfully,")
    para(d, "Information Governance Team", space_after=0)
    para(d, "London Borough of Havering")
    save_deterministic(d, out)
    g = {
        "respondent": "London Borough of Havering",
        "foi_reference": "HAV-FOI-24-09176",
        "response_date": "2024-10-16",
        "s117_people_count": 356,
        "s117_as_at": "2024-03-31",
        "s117_jointly_funded_count": 129,
        "s117_joint_policy": "yes",
        "s117_policy_copy_provided": {"any_of": [True, {"state": "withheld"}]},
        "s117_split_basis": "case_by_case",
        "s117_split_methods": ["case_by_case", "joint_panel"],
        "s117_icb_share_pct": {"state": "not_applicable"},
        "la_s117_spend_gbp": 7551380.0,
        "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": 3402990.0,
        "s117_policy_reviewed": "no",
        "s117_lead_icb": ICB["QMF"],
        "s117_joint_register": "partial",
        "s117_discharged_count": 41,
        "s117_disputes_process": "yes",
        "s117_contact_name": {"state": "withheld"},
        "s117_contact_email": "s117@havering.gov.uk",
        "s117_contact_phone": None,
        "exemptions": ["s21", "s40"],
    }
    return "s117_aftercare", ("London Borough of Havering", "E09000016"), g


def h10_16(out):
    """Isles of Scilly: short letter, answer in bold straight after each question on the same
    line; small numbers withheld (<5) and spend withheld under s40(2)."""
    d = new_doc(font="Georgia", size=11)
    para(d, "Council of the Isles of Scilly", bold=True, size=15, align="center", space_after=0)
    para(d, "Town Hall, St Mary's, Isles of Scilly", size=9, align="center", space_after=14)
    para(d, "Our Ref: CIOS FOI 24/063", space_after=0)
    para(d, "4 December 2024")
    para(d, "Dear Requester,")
    para(d, "Freedom of Information Act 2000 – Section 117 aftercare", bold=True)
    para(d, "Thank you for your request. Because of the very small population of the islands, some figures "
            "below have been withheld to avoid identifying individuals.")
    ans = {
        "1": "Fewer than five. The exact number is withheld under section 40(2).",
        "2": "Fewer than five (withheld, as above).",
        "3": "Yes. The Council follows the Cornwall and Isles of Scilly Section 117 joint policy agreed with the ICB and Cornwall Council.",
        "3a": "A copy is enclosed.",
        "4": "Jointly funded aftercare is split 50/50 between the Council and the ICB.",
        "4a": "50%.",
        "5": "Withheld. Because so few people are involved, disclosing the spend could allow individuals' care costs to be identified (section 40(2)).",
        "6": "Not held.",
        "7": "Yes.",
        "8": "NHS Cornwall and the Isles of Scilly ICB.",
        "9": "Yes – the joint register is kept by the ICB on behalf of both organisations.",
        "10": "None.",
        "11": "Yes.",
        "12": "Martin Quennell-Hicks, Adult Social Care Lead – martin.quennell-hicks@scilly.gov.uk",
    }
    for q in ORDER:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(6)
        p.add_run(f"{q}) {ASK[q]} ")
        fmt_run(p.add_run(ans[q]), bold=True)
    para(d, s40_para())
    para(d, review_council(days=40, contact="the Council's FOI officer at the Town Hall"))
    para(d, ico_para())
    para(d, "Yours sincerely,")
    para(d, "FOI Officer", space_after=0)
    para(d, "Council of the Isles of Scilly")
    save_deterministic(d, out)
    g = {
        "respondent": "Council of the Isles of Scilly",
        "foi_reference": "CIOS FOI 24/063",
        "response_date": "2024-12-04",
        "s117_people_count": {"state": "withheld"},
        "s117_as_at": {"any_of": ["2024-03-31", None]},
        "s117_jointly_funded_count": {"state": "withheld"},
        "s117_joint_policy": "yes",
        "s117_policy_copy_provided": True,
        "s117_split_basis": "fixed_percentage",
        "s117_split_methods": ["fixed_split"],
        "s117_icb_share_pct": 50,
        "la_s117_spend_gbp": {"state": "withheld"},
        "s117_spend_year": {"any_of": ["2023/24", None]},
        "icb_s117_spend_gbp": {"state": "not_held"},
        "s117_policy_reviewed": "yes",
        "s117_lead_icb": ICB["QT6"],
        "s117_joint_register": "yes",
        "s117_discharged_count": 0,
        "s117_disputes_process": "yes",
        "s117_contact_name": "Martin Quennell-Hicks",
        "s117_contact_email": "martin.quennell-hicks@scilly.gov.uk",
        "s117_contact_phone": None,
        "exemptions": ["s40"],
    }
    return "s117_aftercare", ("Council of the Isles of Scilly", "E06000053"), g
