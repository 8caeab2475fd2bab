"""asc_joint_funding documents (h10_01..h10_04)."""
from docx.shared import Pt, Cm
from lib import *
from common import *

ASK = {
    1: "Please provide the contact details for the DASS in your local authority.",
    2: "Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).",
    3: "Who provides your main operational system for Case Management?",
    4: "How many current care packages per week does the local authority contribute some or all of the cost towards?",
    5: "What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?",
    6: "How many of these current care packages are jointly funded with an ICB (both those under s.117 of the Mental Health Act and those funding under the Care Act because they do not meet CHC eligibility)?",
    7: "What is the Annual cost of care provided by ICBs for these cases?",
    8: "Which ICBs cover the Local Authority Area?",
    9: "Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?",
    10: "Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?",
    11: "Please provide a copy of it.",
    12: "Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?",
}


def h10_01(out):
    """Barking and Dagenham: header letterhead, 3-column table No. | Your request | Our response."""
    d = new_doc(font="Arial", size=10.5)
    sec = d.sections[0]
    header_table(sec,
                 [("London Borough of Barking and Dagenham", dict(bold=True, size=13, color="7030A0")),
                  ("Information Governance | Law and Governance", dict(size=8.5)),
                  ("Barking Town Hall, Barking, Essex", dict(size=8.5))],
                 [("Our ref: LBBD/FOI/6653", dict(size=9, bold=True)),
                  ("Date: 14 May 2024", dict(size=9)),
                  ("Email: foi@lbbd.example.gov.uk", dict(size=9))])
    footer_text(sec, "London Borough of Barking and Dagenham – Freedom of Information response – OFFICIAL", page_numbers=True)
    para(d, "Dear Requester,")
    para(d, "Re: Freedom of Information request – Adult Social Care joint funding", bold=True)
    para(d, "Thank you for your request for information, which we received on 16 April 2024 and have "
            "dealt with under the Freedom of Information Act 2000. Your questions are set out in the "
            "table below, with our response beside each one.")
    rows = [["No.", "Your request", "Our response"]]
    ans = {
        1: "Our Director of Adult Social Services (DASS) is Marcus Oyelaran-Pike, Strategic Director, Adults' Care and Support.\n\n"
           "His direct e-mail address and telephone number are withheld under section 40(2) (personal information). "
           "Correspondence can be sent to him at the Town Hall address above.",
        2: "Cllr Dionne Ashcombe, Cabinet Member for Adult Social Care and Health Integration.",
        3: "We use the Liquidlogic Adults' Social Care System (LAS), supplied by System C. Provider payments and "
           "client financial assessments are processed in ContrOCC, which is integrated with LAS.",
        4: "As at 31 March 2024 the Council was contributing to 3,148 care packages.",
        5: "Gross expenditure on these packages in 2022/23 was £96,482,310.",
        6: "276 packages are jointly funded with the ICB (198 under section 117 aftercare and 78 Care Act packages "
           "where the person is not CHC eligible).",
        7: "The ICB's contributions are held as weekly commitments rather than annual totals. The current weekly "
           "value of ICB contributions to these 276 packages is £61,240.50.",
        8: "NHS North East London Integrated Care Board (NEL ICB).",
        9: "Yes – NEL ICB, as above.",
        10: "Yes. An adult joint funding protocol is in place between the Council and NEL ICB.",
        11: "A copy of the protocol is attached to this response as Appendix A.",
        12: "There is no calculation tool. The split for each package is agreed case by case at the monthly Joint "
            "Funding Panel, using the Decision Support Tool (DST) domains as a guide where a CHC assessment has been completed.",
    }
    for n in range(1, 13):
        rows.append([str(n), ASK[n], ans[n]])
    table(d, rows, widths=[1.2, 7.0, 8.4], head_fill="E4DFEC", size=9.5)
    para(d)
    para(d, "Exemption applied", bold=True)
    para(d, s40_para())
    para(d, "Your rights", bold=True)
    para(d, review_council(contact="the Information Governance Team at the address above"))
    para(d, ico_para())
    para(d, "Re-use of information", bold=True)
    para(d, reuse_ogl())
    para(d, "Yours sincerely,")
    para(d, "Rehana Quilliam-Stokes", bold=True, space_after=0)
    para(d, "Information Governance Officer")
    save_deterministic(d, out)
    g = {
        "respondent": "London Borough of Barking and Dagenham",
        "foi_reference": "LBBD/FOI/6653",
        "response_date": "2024-05-14",
        "dass_name": "Marcus Oyelaran-Pike",
        "dass_email": {"state": "withheld"},
        "dass_phone": {"state": "withheld"},
        "portfolio_holder_name": "Dionne Ashcombe",
        "case_management_system": "Liquidlogic Adults' Social Care System",
        "case_management_supplier": "System C",
        "care_packages_count": 3148,
        "care_packages_as_at": "2024-03-31",
        "la_annual_cost_gbp": 96482310.0,
        "la_cost_basis": "gross",
        "cost_year": "2022/23",
        "jointly_funded_packages_count": 276,
        "icb_annual_cost_gbp": 3184506.0,
        "icb_weekly_cost_gbp": 61240.5,
        "icbs_covering": [ICB["QMF"]],
        "main_icb": {"any_of": [ICB["QMF"], {"state": "see_other"}]},
        "joint_funding_policy": "yes",
        "policy_copy_provided": True,
        "joint_funding_tool": "partial",
        "joint_funding_methods": {"any_of": [["joint_funding_panel", "case_by_case", "dst"],
                                             ["joint_funding_panel", "case_by_case"]]},
        "exemptions": ["s40"],
    }
    return "asc_joint_funding", ("London Borough of Barking and Dagenham", "E09000002"), g


def h10_02(out):
    """Blackpool: questions in Word automatic numbering (List Number), answers in blue bold below."""
    d = new_doc(font="Calibri", size=11)
    para(d, "Blackpool Council", bold=True, size=16, align="right", space_after=0)
    para(d, "Corporate Information Governance", size=9, align="right", space_after=0)
    para(d, "PO Box 4, Blackpool", size=9, align="right")
    runs(d, [("Request reference: ", dict(bold=True)), "BPL-FOI-0457-24"], space_after=0)
    runs(d, [("Date of response: ", dict(bold=True)), "3 June 2024"])
    para(d, "Freedom of Information Act 2000 – Request for Information", bold=True, size=13)
    para(d, "Thank you for your request, which has now been considered. Each of your questions is repeated "
            "below and our answer is shown underneath in blue.")
    BLUE = "1F4E9F"
    ans = {
        1: "Director of Adult Social Services: Karen Whitlow-Ames\nE-mail: karen.whitlow-ames@blackpool.gov.uk\nTelephone: 01253 476 021",
        2: "Councillor Jim Hadfield-Cross, Cabinet Member for Adult Social Care and Health.",
        3: "Mosaic, supplied by The Access Group.",
        4: "2,412 (snapshot taken on 30 April 2024).",
        5: "£58.7m for 2022/23. This is the net cost, after client contributions and other income.",
        6: "143 packages under section 117 are jointly funded with the ICB, together with a further 61 Care Act "
           "packages where the person has been found not eligible for CHC.",
        7: "The Council does not hold the ICB's costs for these cases. You may wish to ask NHS Lancashire and "
           "South Cumbria Integrated Care Board directly.",
        8: "NHS Lancashire and South Cumbria Integrated Care Board.",
        9: "Yes – Lancashire and South Cumbria ICB (Blackpool place).",
        10: "A joint funding policy is being drafted with the ICB and is expected to be agreed later in 2024.",
        11: "Not applicable, as the policy has not yet been finalised.",
        12: "No. Joint funding decisions are made at the Blackpool Complex Case Panel, which includes ICB "
            "colleagues, and the split is agreed case-by-case.",
    }
    for n in range(1, 13):
        para(d, ASK[n], style="List Number", bold=False)
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.63)
        lines = ans[n].split("\n")
        for i, ln in enumerate(lines):
            r = fmt_run(p.add_run(ln), bold=True, color=BLUE)
            if i < len(lines) - 1:
                r.add_break()
    para(d, "")
    para(d, "If you are dissatisfied", bold=True)
    para(d, review_council(days=40, contact="foi@blackpool.gov.uk"))
    para(d, ico_para())
    para(d, reuse_ogl("Blackpool Council"))
    para(d, "Corporate Information Governance Team", italic=True)
    save_deterministic(d, out)
    g = {
        "respondent": "Blackpool Borough Council",
        "foi_reference": "BPL-FOI-0457-24",
        "response_date": "2024-06-03",
        "dass_name": "Karen Whitlow-Ames",
        "dass_email": "karen.whitlow-ames@blackpool.gov.uk",
        "dass_phone": {"any_of": ["01253 476 021", "01253476021", "+44 1253 476021"]},
        "portfolio_holder_name": "Jim Hadfield-Cross",
        "case_management_system": "Mosaic",
        "case_management_supplier": "The Access Group",
        "care_packages_count": 2412,
        "care_packages_as_at": "2024-04-30",
        "la_annual_cost_gbp": 58700000.0,
        "la_cost_basis": "net",
        "cost_year": "2022/23",
        "jointly_funded_packages_count": 204,
        "icb_annual_cost_gbp": {"state": "not_held"},
        "icb_weekly_cost_gbp": {"any_of": [None, {"state": "not_held"}]},
        "icbs_covering": [ICB["QE1"]],
        "main_icb": ICB["QE1"],
        "joint_funding_policy": "partial",
        "policy_copy_provided": {"any_of": [{"state": "not_applicable"}, False]},
        "joint_funding_tool": {"any_of": ["partial", "no"]},
        "joint_funding_methods": ["joint_funding_panel", "case_by_case"],
        "exemptions": [],
    }
    return "asc_joint_funding", ("Blackpool Borough Council", "E06000009"), g


def h10_03(out):
    """Hartlepool (PDF): answers-first covering letter, then Annex A table
    No. | Request | Information held? | Response | Exemption (landscape section)."""
    d = new_doc(font="Arial", size=10.5)
    sec = d.sections[0]
    para(d, "HARTLEPOOL BOROUGH COUNCIL", bold=True, size=14, color="00507A", space_after=0)
    para(d, "Legal Services – Information Governance, Civic Centre, Hartlepool", size=9, space_after=12)
    runs(d, [("Our Ref: ", dict(bold=True)), "HBC-FOI-24-0382"], space_after=0)
    runs(d, [("Date: ", dict(bold=True)), "9th July 2024"], space_after=0)
    runs(d, [("Request received: ", dict(bold=True)), "11th June 2024"])
    para(d, "Dear Sir/Madam")
    para(d, "FREEDOM OF INFORMATION ACT 2000 – ADULT SOCIAL CARE JOINT FUNDING", bold=True)
    para(d, "I write in response to your request for information about adult social care packages that are "
            "jointly funded with the NHS. The Council has now completed its searches.")
    para(d, "In summary:")
    for t in ["the Council holds most of the information you asked for, and this is provided in Annex A;",
              "the Council does not hold the cost of care funded by the Integrated Care Board (your question 7);",
              "the direct contact details of the Director (question 1) are withheld under section 40(2); and",
              "the joint funding protocol (question 11) is already published, so section 21 applies and a link is given."]:
        para(d, t, style="List Bullet")
    para(d, "The full response to each question is set out in Annex A at the end of this letter.")
    para(d, "Section 40(2) – personal information", bold=True)
    para(d, s40_para())
    para(d, "Section 21 – information reasonably accessible by other means", bold=True)
    para(d, s21_para())
    para(d, "Review and appeal", bold=True)
    para(d, review_council(days=40, contact="the Information Governance Team, Civic Centre"))
    para(d, ico_para())
    para(d, "Yours faithfully")
    para(d, "Colin Brackenbury-Lowe", space_after=0)
    para(d, "Information Governance Officer")
    # Annex on a landscape page
    from docx.enum.section import WD_SECTION
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    landscape(s2)
    para(d, "Annex A – response to request HBC-FOI-24-0382", bold=True, size=12)
    rows = [["No.", "Request", "Information held?", "Response", "Exemption"]]
    data = [
        ("Yes", "Director of Adults and Community Based Services: Gillian Treloar-Hastie. Direct e-mail and telephone details are withheld.", "s40(2)"),
        ("Yes", "Cllr Peter Arkwright-Dene, Chair of the Adult and Community Based Services Committee. The Council operates a committee system, so there is no portfolio holder as such.", "–"),
        ("Yes", "Liquid Logic LAS (System C). Finance module: ContrOCC.", "–"),
        ("Yes", "1,187 people in receipt of a council-funded or part-funded service at 31/05/2024.", "–"),
        ("Yes", "£41,906,552.18 gross, financial year 2022/23.", "–"),
        ("Yes", "96", "–"),
        ("No", "Not held – the ICB's costs are not recorded by the Council.", "–"),
        ("Yes", "North East and North Cumbria ICB.", "–"),
        ("Yes", "Yes – North East and North Cumbria ICB (Tees Valley area).", "–"),
        ("Yes", "Yes – the Tees Valley Joint Funding Protocol (2022), agreed between the five Tees Valley councils and the ICB.", "–"),
        ("Yes", "Published on the Tees Valley partnership website: https://www.teesvalley-partnership.example/joint-funding", "s21"),
        ("Yes", "Yes. The Tees Valley joint funding matrix is used alongside the DST to apportion costs between the Council and the ICB.", "–"),
    ]
    short = {
        1: "Contact details for the Director of Adult Social Services (DASS)",
        2: "Contact details for the Adult Social Care portfolio holder",
        3: "Supplier of main operational case management system",
        4: "Number of current care packages per week the LA contributes to",
        5: "Annual cost of this care to the LA (2022/23)",
        6: "Number of these packages jointly funded with an ICB (s.117 and Care Act)",
        7: "Annual cost of care provided by ICBs for these cases",
        8: "ICBs covering the LA area",
        9: "Main ICB the LA jointly funds with",
        10: "Joint Funding Policy with one or more ICBs?",
        11: "Copy of the policy",
        12: "Joint Funding Tool or documented methodology for funding splits?",
    }
    for n, (held, resp, ex) in enumerate(data, 1):
        rows.append([str(n), short[n], held, resp, ex])
    table(d, rows, widths=[1.1, 7.6, 2.9, 9.8, 2.6], head_fill="00507A", head_color="FFFFFF", size=9)
    save_deterministic(d, out)
    g = {
        "respondent": "Hartlepool Borough Council",
        "foi_reference": "HBC-FOI-24-0382",
        "response_date": "2024-07-09",
        "dass_name": "Gillian Treloar-Hastie",
        "dass_email": {"state": "withheld"},
        "dass_phone": {"state": "withheld"},
        "portfolio_holder_name": {"any_of": [{"state": "not_applicable"}, "Peter Arkwright-Dene"]},
        "case_management_system": "Liquidlogic Adults' Social Care System",
        "case_management_supplier": "System C",
        "care_packages_count": 1187,
        "care_packages_as_at": "2024-05-31",
        "la_annual_cost_gbp": 41906552.18,
        "la_cost_basis": "gross",
        "cost_year": "2022/23",
        "jointly_funded_packages_count": 96,
        "icb_annual_cost_gbp": {"state": "not_held"},
        "icb_weekly_cost_gbp": {"any_of": [None, {"state": "not_held"}]},
        "icbs_covering": [ICB["QHM"]],
        "main_icb": ICB["QHM"],
        "joint_funding_policy": "yes",
        "policy_copy_provided": {"any_of": [True, {"state": "withheld"}]},
        "joint_funding_tool": "yes",
        "joint_funding_methods": ["funding_matrix", "dst"],
        "exemptions": ["s21", "s40"],
    }
    return "asc_joint_funding", ("Hartlepool Borough Council", "E06000001"), g


def h10_04(out):
    """Hillingdon: header letterhead; 'Question n' + request, 'Response:' on its own line,
    answer in the next paragraph; Q5 and Q7 answered by one table (rows = years)."""
    d = new_doc(font="Arial", size=11)
    sec = d.sections[0]
    header_table(sec,
                 [("Hillingdon", dict(bold=True, size=18, color="00703C")),
                  ("London Borough of Hillingdon", dict(size=9))],
                 [("Information Governance", dict(size=9)),
                  ("Civic Centre, Uxbridge", dict(size=9)),
                  ("Ref: HIL/FOI/24/3317", dict(size=9, bold=True))])
    footer_text(sec, "HIL/FOI/24/3317  |  Response issued 20 September 2024", page_numbers=True)
    para(d, "20 September 2024", align="right")
    para(d, "Dear Requester")
    para(d, "Request for information: Adult social care – joint funding with the NHS", bold=True)
    para(d, "Thank you for your request received on 23 August 2024. We have processed it under the Freedom "
            "of Information Act 2000 and our response follows.")
    ans = {
        1: "Director of Adult Social Care and Health: Sunita Okereke-Blane. She can be contacted at "
           "adultsdirector@hillingdon.gov.uk.",
        2: "Cllr Jane Marlowe-Tate, Cabinet Member for Health and Social Care.",
        3: "The Council's adult social care case management system is Eclipse, provided by OLM Systems.",
        4: "2,655 packages as at 1 September 2024.",
        5: "Please see the table provided in response to question 7, which answers questions 5 and 7 together.",
        6: "372 of these packages are jointly funded with the ICB.",
        8: "NHS North West London ICB.",
        9: "Yes – NHS North West London ICB.",
        10: "Yes. The North West London Joint Funding Policy (Adults) was agreed in 2023.",
        11: "We have attached a copy of the policy with this letter.",
        12: "Yes. We use the NWL joint funding tool, a time-to-task calculator which splits each package "
            "according to the hours meeting health needs and the hours meeting social care needs.",
    }
    for n in range(1, 13):
        para(d, f"Question {n}", bold=True, color="00703C", space_after=2)
        para(d, ASK[n], italic=True, space_after=4)
        para(d, "Response:", bold=True, space_after=2)
        if n == 7:
            para(d, "The table below shows the Council's gross expenditure on the packages described at "
                    "question 4 and the contributions received from the ICB, for the last three financial years.")
            table(d, [["Financial year", "Council (£)", "ICB (£)", "Total (£)"],
                      ["2021/22", "88,214,600", "5,102,330", "93,316,930"],
                      ["2022/23", "92,740,115", "5,688,940", "98,429,055"],
                      ["2023/24", "99,305,870", "6,215,400", "105,521,270"]],
                  widths=[3.5, 4.0, 4.0, 4.0], head_fill="E2EFDA")
            para(d, "Council figures are gross (before client contributions). 2023/24 figures are provisional.",
                 size=9, italic=True)
        else:
            para(d, ans[n])
    para(d, "")
    para(d, "Your right to complain", bold=True)
    para(d, review_council(days=40, contact="the Information Governance Team"))
    para(d, ico_para())
    para(d, reuse_ogl())
    para(d, "Yours faithfully")
    para(d, "Information Governance Team", space_after=0)
    para(d, "London Borough of Hillingdon")
    save_deterministic(d, out)
    g = {
        "respondent": "London Borough of Hillingdon",
        "foi_reference": "HIL/FOI/24/3317",
        "response_date": "2024-09-20",
        "dass_name": "Sunita Okereke-Blane",
        "dass_email": "adultsdirector@hillingdon.gov.uk",
        "dass_phone": None,
        "portfolio_holder_name": "Jane Marlowe-Tate",
        "case_management_system": "Eclipse",
        "case_management_supplier": "OLM Systems",
        "care_packages_count": 2655,
        "care_packages_as_at": "2024-09-01",
        "la_annual_cost_gbp": 92740115.0,
        "la_cost_basis": "gross",
        "cost_year": "2022/23",
        "jointly_funded_packages_count": 372,
        "icb_annual_cost_gbp": 5688940.0,
        "icb_weekly_cost_gbp": None,
        "icbs_covering": [ICB["QRV"]],
        "main_icb": ICB["QRV"],
        "joint_funding_policy": "yes",
        "policy_copy_provided": True,
        "joint_funding_tool": "yes",
        "joint_funding_methods": ["funding_matrix", "time_to_task"],
        "exemptions": [],
    }
    return "asc_joint_funding", ("London Borough of Hillingdon", "E09000017"), g
