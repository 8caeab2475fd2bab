"""Adult Social Care - Joint Funding: five responses (w16_01..w16_05)."""
from common import ICB, NA, WH, SO, anyof, review_text

Q = [
    "Please provide the contact details for the DASS in your local authority.",
    "Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).",
    "Who provides your main operational system for Case Management?",
    "How many current care packages per week does the local authority contribute some or all of the cost towards?",
    "What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?",
    "How many of these current care packages are jointly funded with an ICB (both those under s.117 of the "
    "Mental Health Act and those funding under the Care Act because they do not meet CHC eligibility)?",
    "What is the Annual cost of care provided by ICBs for these cases?",
    "Which ICBs cover the Local Authority Area?",
    "Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?",
    "Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?",
    "Please provide a copy of it.",
    "Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?",
]

DOCS = []

# ---------------------------------------------------------------- w16_01 Bolton (docx, 4-col table)
A1 = [
    "Rebecca Thornley-Adair, Director of Adult Social Services.\nHer direct e-mail address and telephone "
    "number have been withheld.",
    "Councillor Owen Brankley, Executive Cabinet Member for Adult Social Care.",
    "Liquidlogic LAS, supplied by System C.",
    "4,312 people were receiving a package funded in whole or in part by the Council as at 31/03/2024.",
    "Gross expenditure on these packages in 2022/23 was £98,614,220.47.",
    "377",
    "£6,402,118 (ICB contributions received for 2022/23).",
    "NHS Greater Manchester Integrated Care Board (Bolton locality).",
    "Yes – NHS Greater Manchester ICB.",
    "Yes. The Greater Manchester joint funding protocol applies, supplemented by Bolton locality guidance.",
    "A copy is attached to this response.",
    "There is no separate tool. Contributions are agreed at the Bolton Joint Funding Panel on a case by case "
    "basis, informed by the Decision Support Tool domains. Cases that cannot be agreed follow the GM disputes "
    "process.",
]
ex1 = ["Section 40(2) – personal data (direct contact details)"] + [""] * 11
rows = [["No.", "Question", "Response", "Exemption applied"]]
for i in range(12):
    rows.append([str(i + 1), Q[i], A1[i], ex1[i]])
DOCS.append(dict(
    stem="w16_01", fmt="docx", questionnaire="asc_joint_funding",
    respondent=("Bolton Metropolitan Borough Council", "E08000001"),
    header=[("Bolton Council", {"bold": True, "size": 14}), "Information Governance Team",
            "Town Hall, Victoria Square, Bolton"],
    footer="Bolton Council – Freedom of Information response FOI-BOL-24-05512 – OFFICIAL",
    blocks=[
        ("table", [["Our reference:", "FOI-BOL-24-05512"], ["Date of request:", "20 May 2024"],
                   ["Date of response:", "14 June 2024"]], {"header": False, "widths": [4, 8]}),
        ("p", "Dear Requester,"),
        ("p", "Freedom of Information Act 2000 – Adult Social Care joint funding", {"bold": True}),
        ("p", "Thank you for your request, which we have considered under the Freedom of Information Act 2000. "
              "The Council's response to each part of your request is set out in the table below."),
        ("table", rows, {"widths": [1.2, 5.5, 7.0, 3.3], "header_fill": "D9E2F3", "size": 9.5}),
        ("p", "Section 40(2) – personal information", {"bold": True}),
        ("p", "The direct contact details of individual officers are personal data. Disclosure would breach the "
              "first data protection principle and the information is therefore exempt under section 40(2). "
              "Officers can be contacted through the Council's main switchboard."),
        *[("p", t) for t in review_text("Bolton Council", "foi@bolton.gov.uk")],
        ("p", "Yours sincerely,\n\nInformation Governance Officer\nBolton Council"),
    ],
    gold={
        "respondent": "Bolton Metropolitan Borough Council",
        "foi_reference": "FOI-BOL-24-05512",
        "response_date": "2024-06-14",
        "dass_name": "Rebecca Thornley-Adair",
        "dass_email": WH, "dass_phone": WH,
        "portfolio_holder_name": "Owen Brankley",
        "case_management_system": "Liquidlogic Adults' Social Care System",
        "case_management_supplier": "System C",
        "care_packages_count": 4312,
        "care_packages_as_at": "2024-03-31",
        "la_annual_cost_gbp": 98614220.47,
        "la_cost_basis": "gross",
        "cost_year": "2022/23",
        "jointly_funded_packages_count": 377,
        "icb_annual_cost_gbp": 6402118.0,
        "icb_weekly_cost_gbp": None,
        "icbs_covering": [ICB["QOP"]],
        "main_icb": ICB["QOP"],
        "joint_funding_policy": "yes",
        "policy_copy_provided": True,
        "joint_funding_tool": "partial",
        "joint_funding_methods": anyof(["joint_funding_panel", "case_by_case", "dst", "dispute_process"],
                                       ["joint_funding_panel", "case_by_case", "dst"]),
        "exemptions": ["s40"],
    },
))

# ---------------------------------------------------------------- w16_02 Darlington (PDF via soffice)
BLUE = "1F4E9A"
b2 = [
    ("p", "Darlington Borough Council", {"bold": True, "size": 16, "color": "7B2C3B"}),
    ("p", "Freedom of Information Act 2000 – Response to Request", {"size": 12}),
    ("p", "Request reference: DBC-IR-4107\nDate received: 2 July 2024\nDate of response: 29 July 2024"),
    ("p", "Subject: Adult social care – joint funding with health", {"bold": True}),
    ("p", "Thank you for your request for information. Darlington Borough Council holds some of the information "
          "you asked for. Our answers are shown in blue beneath each of your questions."),
]
heads2 = ["Director of Adult Social Services", "Portfolio holder", "Case management system",
          "Current care packages", "Annual cost to the Council", "Jointly funded packages",
          "Cost of care provided by the ICB", "ICBs covering the area", "Main ICB",
          "Joint Funding Policy", "Copy of the policy", "Joint Funding Tool"]
A2 = [
    "The Council's statutory DASS is the Director of Adults and Housing, Marcus Feltwell. He can be contacted "
    "at adults.director@darlington.gov.uk or on 01325 405118.",
    "Councillor Jenna Rowcliffe, Cabinet Member for Adult Social Care and Health.",
    "Our adult case management system is Mosaic, provided by The Access Group.",
    "As at 1 July 2024, 1,486 people were receiving a package of care towards which the Council contributes.",
    None,
    "162 packages are jointly funded with the ICB. This includes both section 117 aftercare and Care Act "
    "packages.",
    "The Council records the ICB's contribution as a weekly amount rather than an annual cost. The current "
    "total weekly contribution from the ICB is £41,260.",
    "NHS North East and North Cumbria ICB (Tees Valley area).",
    "Yes – as above, the North East and North Cumbria ICB.",
    "A joint funding policy for adults is in draft with the ICB and has not yet been approved by either "
    "organisation.",
    "As the policy has not been finalised we are unable to provide a copy at this time.",
    "No. Splits are agreed on an individual basis through multi-disciplinary discussion between the "
    "Council's social work teams and the ICB's Continuing Healthcare team.",
]
for i in range(12):
    b2.append(("p", f"Question {i+1} – {heads2[i]}", {"bold": True}))
    b2.append(("p", Q[i], {}))
    if i == 4:
        b2.append(("p", "Net expenditure on these packages is shown below. The 2022/23 figure is the one "
                        "requested; other years are included for context.", {"italic": True, "color": BLUE}))
        b2.append(("table", [["Financial year", "Net expenditure"], ["2021/22", "£41,208,770"],
                             ["2022/23", "£44,973,415"], ["2023/24", "£48,110,902"]],
                   {"widths": [4, 5], "right_cols": [1]}))
    else:
        b2.append(("p", A2[i], {"italic": True, "color": BLUE}))
b2 += [("p", t, {"size": 9}) for t in review_text("the Council", "foi@darlington.gov.uk", style=1)]
b2.append(("p", "Information Governance\nDarlington Borough Council\nTown Hall, Feethams, Darlington"))
DOCS.append(dict(
    stem="w16_02", fmt="pdf", questionnaire="asc_joint_funding",
    respondent=("Darlington Borough Council", "E06000005"),
    font="Calibri", footer="DBC-IR-4107", blocks=b2,
    gold={
        "respondent": "Darlington Borough Council",
        "foi_reference": "DBC-IR-4107",
        "response_date": "2024-07-29",
        "dass_name": "Marcus Feltwell",
        "dass_email": "adults.director@darlington.gov.uk",
        "dass_phone": anyof("01325 405118", "01325405118", "+44 1325 405118"),
        "portfolio_holder_name": "Jenna Rowcliffe",
        "case_management_system": "Mosaic",
        "case_management_supplier": "The Access Group",
        "care_packages_count": 1486,
        "care_packages_as_at": "2024-07-01",
        "la_annual_cost_gbp": 44973415.0,
        "la_cost_basis": "net",
        "cost_year": "2022/23",
        "jointly_funded_packages_count": 162,
        "icb_annual_cost_gbp": 2145520.0,
        "icb_weekly_cost_gbp": 41260.0,
        "icbs_covering": [ICB["QHM"]],
        "main_icb": anyof(ICB["QHM"], SO),
        "joint_funding_policy": "partial",
        "policy_copy_provided": anyof(False, NA),
        "joint_funding_tool": anyof("partial", "no"),
        "joint_funding_methods": ["case_by_case"],
        "exemptions": [],
    },
))

# ---------------------------------------------------------------- w16_03 Calderdale (docx, request first)
b3 = [
    ("p", "Calderdale Metropolitan Borough Council", {"bold": True, "size": 14, "align": "right"}),
    ("p", "Corporate Information Governance\nHalifax", {"align": "right", "size": 9}),
    ("p", "Reference: CMBC-FOI-2024-1873\n3 September 2024"),
    ("p", "Dear Sir or Madam"),
    ("p", "REQUEST FOR INFORMATION – FREEDOM OF INFORMATION ACT 2000", {"bold": True}),
    ("p", "We received your request on 6 August 2024. You asked:"),
]
for q in Q:
    b3.append(("p", q, {"style": "List Number"}))
b3 += [
    ("p", "Our response", {"bold": True, "underline": True}),
    ("p", "1. Iain Baxendale-Hurst, Director of Adult Services and Wellbeing."),
    ("p", "2. Cllr Tasmin Rudd – Cabinet Member for Adult Services and Wellbeing."),
    ("p", "3. Eclipse, supplied by OLM Systems."),
    ("p", "4. 2,644 (snapshot taken on 14 August 2024)."),
    ("p", "5. £86.2m gross (2022/23 outturn)."),
    ("p", "Questions 6 and 7: Of these, 231 packages are jointly funded with the NHS. The ICB's share of the cost "
          "of those packages in 2022/23 was approximately £3.2m."),
    ("p", "Questions 8 and 9: NHS West Yorkshire ICB covers the whole of Calderdale and is the only ICB we "
          "jointly fund with."),
    ("p", "10. Yes."),
    ("p", "11. Please see the document attached, 'Calderdale Joint Funding Protocol (2023)'."),
    ("p", "12. Yes, we use a jointly agreed apportionment matrix, which scores health and social care needs "
          "against the DST domains. Where agreement cannot be reached the case goes to the Joint Funding Panel."),
    ("p", "This completes our response."),
]
b3 += [("p", t) for t in review_text("Calderdale Council", "information.governance@calderdale.gov.uk", style=2)]
b3.append(("p", "Yours faithfully\nS. Aindow\nInformation Governance Officer"))
DOCS.append(dict(
    stem="w16_03", fmt="docx", questionnaire="asc_joint_funding",
    respondent=("Calderdale Metropolitan Borough Council", "E08000033"),
    font="Times New Roman", blocks=b3,
    gold={
        "respondent": "Calderdale Metropolitan Borough Council",
        "foi_reference": "CMBC-FOI-2024-1873",
        "response_date": "2024-09-03",
        "dass_name": "Iain Baxendale-Hurst",
        "dass_email": None, "dass_phone": None,
        "portfolio_holder_name": "Tasmin Rudd",
        "case_management_system": "Eclipse",
        "case_management_supplier": "OLM Systems",
        "care_packages_count": 2644,
        "care_packages_as_at": "2024-08-14",
        "la_annual_cost_gbp": 86200000.0,
        "la_cost_basis": "gross",
        "cost_year": "2022/23",
        "jointly_funded_packages_count": 231,
        "icb_annual_cost_gbp": 3200000.0,
        "icb_weekly_cost_gbp": None,
        "icbs_covering": [ICB["QWO"]],
        "main_icb": ICB["QWO"],
        "joint_funding_policy": "yes",
        "policy_copy_provided": True,
        "joint_funding_tool": "yes",
        "joint_funding_methods": anyof(["funding_matrix", "dst", "joint_funding_panel"],
                                       ["funding_matrix", "dst", "joint_funding_panel", "dispute_process"]),
        "exemptions": [],
    },
))

# ---------------------------------------------------------------- w16_04 Gateshead (reportlab, letterhead)
A4 = [
    "Director of Adult Social Care: Dale Ormesher-Pike\nEmail: [redacted – s40(2)]\nTelephone: [redacted – s40(2)]",
    "Councillor Priya Halloran, Cabinet Member for Health and Wellbeing.",
    "Mosaic (The Access Group).",
    "3,058 individuals as at 30 September 2024.",
    "Gross cost 2022/23: £107,395,006.12",
    "The Council cannot identify which packages are jointly funded without reviewing each case record "
    "individually. We estimate that this would take well in excess of 18 hours and we are therefore relying on "
    "section 12 of the Act (cost of compliance) for questions 6 and 7.",
    "Please see the response to question 6.",
    "NHS North East and North Cumbria Integrated Care Board.",
    "Not applicable – only one ICB covers Gateshead.",
    "Yes – the North East and North Cumbria joint funding and shared care policy (Gateshead place).",
    "The policy is published on the ICB's website (www.northeastnorthcumbria.nhs.uk). As it is reasonably "
    "accessible to you by other means, it is exempt under section 21 of the Act.",
    "No tool is used. Each case is reviewed at the monthly Joint Funding Panel with CHC colleagues and the split "
    "is negotiated.",
]
DOCS.append(dict(
    stem="w16_04", fmt="rl", rl_kind="letterhead", questionnaire="asc_joint_funding",
    respondent=("Gateshead Metropolitan Borough Council", "E08000037"),
    rl=dict(
        band="Gateshead Council", band_sub="Corporate Resources  ·  Information Rights",
        side=["Civic Centre", "Regent Street", "Gateshead", "", "Your ref: email 24/09", "Our ref: GMBC/FOI/10552",
              "Date: 22 October 2024", "Enquiries to: Information Rights"],
        title="Freedom of Information Act 2000 – Request for Information",
        intro=["Dear Requester,", "I write in response to your request for information about joint funding of "
               "adult social care packages. Please find the Council's response below."],
        qa=[(f"{i+1}. {Q[i]}", "Response:", A4[i]) for i in range(12)],
        closing=review_text("Gateshead Council", "foi@gateshead.gov.uk") +
                ["Yours sincerely", "Information Rights Officer", "Gateshead Council"],
        footer="Gateshead Council · GMBC/FOI/10552 · Page",
    ),
    gold={
        "respondent": "Gateshead Metropolitan Borough Council",
        "foi_reference": "GMBC/FOI/10552",
        "response_date": "2024-10-22",
        "dass_name": "Dale Ormesher-Pike",
        "dass_email": WH, "dass_phone": WH,
        "portfolio_holder_name": "Priya Halloran",
        "case_management_system": "Mosaic",
        "case_management_supplier": "The Access Group",
        "care_packages_count": 3058,
        "care_packages_as_at": "2024-09-30",
        "la_annual_cost_gbp": 107395006.12,
        "la_cost_basis": "gross",
        "cost_year": "2022/23",
        "jointly_funded_packages_count": WH,
        "icb_annual_cost_gbp": anyof(WH, SO),
        "icb_weekly_cost_gbp": None,
        "icbs_covering": [ICB["QHM"]],
        "main_icb": anyof(ICB["QHM"], NA),
        "joint_funding_policy": "yes",
        "policy_copy_provided": anyof(True, WH),
        "joint_funding_tool": "partial",
        "joint_funding_methods": anyof(["joint_funding_panel"], ["joint_funding_panel", "case_by_case"]),
        "exemptions": ["s12", "s21", "s40"],
    },
))

# ---------------------------------------------------------------- w16_05 Hartlepool (PDF, section rows, £000)
rows5 = [["Ref", "Information requested", "Council response"],
         ("span", "A. Contacts"),
         ["1", Q[0], "Director of Adult and Community Based Services: Joanne Trewhitt-Moss. Personal contact "
                     "details are not provided (section 40(2)); correspondence can be sent via the FOI team."],
         ["2", Q[1], "N/A – Hartlepool operates a committee system. The Chair of the Adult and Community Based "
                     "Services Committee is Cllr Neville Ashgrove."],
         ["3", Q[2], "Liquidlogic Adults System (LAS), with ContrOCC used for finance."],
         ("span", "B. Activity and expenditure"),
         ["4", Q[3], "1,212 (week commencing 7 October 2024)"],
         ["5", Q[4], "See Table 1 below (gross expenditure, £000)."],
         ["6", Q[5], "96"],
         ["7", Q[6], "£2,731,560 (ICB contributions, 2023/24)"],
         ("span", "C. Health partners and arrangements"),
         ["8", Q[7], "NHS North East and North Cumbria ICB"],
         ["9", Q[8], "Yes – NENC ICB"],
         ["10", Q[9], "Yes"],
         ["11", Q[10], "Attached"],
         ["12", Q[11], "Yes – a Joint Funding Tool based on time to task is used alongside the DST."]]
b5 = [
    ("p", "HARTLEPOOL BOROUGH COUNCIL", {"bold": True, "size": 15, "align": "center"}),
    ("p", "Freedom of Information – Disclosure", {"align": "center"}),
    ("table", [["Reference", "HBC-FOI-2425-0688"], ["Received", "9 October 2024"], ["Responded", "6 November 2024"],
               ["Service area", "Adult and Community Based Services"]], {"header": False, "widths": [4, 8]}),
    ("p", "The Council's response to your request is given below."),
    ("table", rows5, {"widths": [1.2, 7.5, 8], "span_fill": "E7E6E6", "header_fill": "BDD7EE", "size": 9}),
    ("p", "Table 1: Gross expenditure on packages of care (£000)", {"bold": True}),
    ("table", [["Year", "Gross expenditure (£000)"], ["2021/22", "54,907"], ["2022/23", "58,412"],
               ["2023/24", "63,018"]], {"widths": [4, 5], "right_cols": [1]}),
    ("p", "Figures are outturn and exclude the Better Care Fund.", {"italic": True, "size": 9}),
]
b5 += [("p", t, {"size": 9}) for t in review_text("Hartlepool Borough Council", "foi@hartlepool.gov.uk")]
DOCS.append(dict(
    stem="w16_05", fmt="pdf", questionnaire="asc_joint_funding",
    respondent=("Hartlepool Borough Council", "E06000001"),
    font="Arial", footer="Hartlepool Borough Council – HBC-FOI-2425-0688", blocks=b5,
    gold={
        "respondent": "Hartlepool Borough Council",
        "foi_reference": "HBC-FOI-2425-0688",
        "response_date": "2024-11-06",
        "dass_name": "Joanne Trewhitt-Moss",
        "dass_email": WH, "dass_phone": WH,
        "portfolio_holder_name": anyof(NA, "Neville Ashgrove"),
        "case_management_system": "Liquidlogic Adults' Social Care System",
        "case_management_supplier": "System C",
        "care_packages_count": 1212,
        "care_packages_as_at": "2024-10-07",
        "la_annual_cost_gbp": 58412000.0,
        "la_cost_basis": "gross",
        "cost_year": "2022/23",
        "jointly_funded_packages_count": 96,
        "icb_annual_cost_gbp": 2731560.0,
        "icb_weekly_cost_gbp": None,
        "icbs_covering": [ICB["QHM"]],
        "main_icb": ICB["QHM"],
        "joint_funding_policy": "yes",
        "policy_copy_provided": True,
        "joint_funding_tool": "yes",
        "joint_funding_methods": anyof(["time_to_task", "dst", "funding_matrix"], ["time_to_task", "dst"]),
        "exemptions": ["s40"],
    },
))
