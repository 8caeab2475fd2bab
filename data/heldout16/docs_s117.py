"""Section 117 aftercare joint funding: five responses (w16_16..w16_20)."""
from common import ICB, NA, NH, WH, anyof, review_text

Q = {
    "1": "How many people were receiving section 117 aftercare funded wholly or partly by the local authority as "
         "at 31 March 2024?",
    "2": "How many of these people have their section 117 aftercare jointly funded with the ICB?",
    "3": "Does the local authority have an agreed section 117 joint policy or protocol with the ICB?",
    "3a": "If so, please provide a copy of the section 117 policy or protocol.",
    "4": "How is the cost of section 117 aftercare split between the local authority and the ICB, for example a "
         "fixed percentage such as 50/50, case by case, or agreed at a panel?",
    "4a": "Where a percentage split is used, what percentage of the cost does the ICB pay?",
    "5": "What was the local authority's total spend on section 117 aftercare in the last full financial year "
         "(2023/24)?",
    "6": "What was the ICB's spend on section 117 aftercare for people in your area in the same year?",
    "7": "Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance "
         "was published?",
    "8": "Which ICB is the lead ICB for section 117 aftercare in your area?",
    "9": "Do you keep a joint register with the ICB of people entitled to section 117 aftercare?",
    "10": "How many people were discharged from section 117 aftercare in 2023/24?",
    "11": "Is there an agreed process for resolving disputes with the ICB about section 117 funding?",
    "12": "Please provide the name and contact details of the officer responsible for section 117 aftercare.",
}
ORDER = ["1", "2", "3", "3a", "4", "4a", "5", "6", "7", "8", "9", "10", "11", "12"]

DOCS = []

# ---------------------------------------------------------------- w16_16 Doncaster (docx, 4-col with exemption/notes)
A16 = {
    "1": ("612 people as at 31/03/2024", ""),
    "2": ("388", ""),
    "3": ("Yes – a joint section 117 policy agreed with NHS South Yorkshire ICB (Doncaster place) in 2022.", ""),
    "3a": ("Attached.", "Doncaster s117 policy v3.1"),
    "4": ("Each case is considered individually at the Doncaster Section 117 Panel. There is no fixed percentage.",
          ""),
    "4a": ("N/A", ""),
    "5": ("£15,904,238 (2023/24)", "Gross spend, including s117 residential and community packages"),
    "6": ("Not held by the Council.", "The ICB may hold this."),
    "7": ("Yes – the policy was updated in June 2024.", ""),
    "8": ("NHS South Yorkshire ICB", ""),
    "9": ("Yes", ""),
    "10": ("47", ""),
    "11": ("Yes – set out in section 9 of the joint policy.", ""),
    "12": ("Head of Service – Mental Health: Lorna Bexfield.\nEmail: withheld\nTelephone: withheld",
           "Section 40(2) – personal information"),
}
rows16 = [["No.", "Question", "Response", "Exemption / notes"]] + [[k, Q[k], *A16[k]] for k in ORDER]
b16 = [
    ("p", "City of Doncaster Council", {"bold": True, "size": 16}),
    ("p", "Freedom of Information Act 2000 – Response", {"bold": True}),
    ("table", [["Request number", "DMBC-FOI-24-2150"], ["Date request received", "11 June 2024"],
               ["Date of response", "9 July 2024"], ["Directorate", "Adults, Wellbeing and Culture"]],
     {"header": False}),
    ("p", "We have now considered your request. The information is set out below."),
    ("table", rows16, {"size": 9, "header_fill": "D9D9D9"}),
    ("p", "Exemption applied", {"bold": True}),
    ("p", "Section 40(2): the direct e-mail address and telephone number of a named officer are personal data "
          "and are withheld. General enquiries about section 117 can be made through the Council's contact centre."),
]
b16 += [("p", t) for t in review_text("the Council", "foi@doncaster.gov.uk", style=1)]
DOCS.append(dict(
    stem="w16_16", fmt="docx", questionnaire="s117_aftercare",
    respondent=("City of Doncaster Council", "E08000017"), font="Arial",
    header=["City of Doncaster Council | Civic Office, Waterdale"], footer="DMBC-FOI-24-2150 – OFFICIAL",
    blocks=b16,
    gold={
        "respondent": "City of Doncaster Council",
        "foi_reference": "DMBC-FOI-24-2150",
        "response_date": "2024-07-09",
        "s117_people_count": 612,
        "s117_as_at": "2024-03-31",
        "s117_jointly_funded_count": 388,
        "s117_joint_policy": "yes",
        "s117_policy_copy_provided": True,
        "s117_split_basis": "case_by_case",
        "s117_split_methods": ["case_by_case", "joint_panel"],
        "s117_icb_share_pct": NA,
        "la_s117_spend_gbp": 15904238.0,
        "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": NH,
        "s117_policy_reviewed": "yes",
        "s117_lead_icb": ICB["QF7"],
        "s117_joint_register": "yes",
        "s117_discharged_count": 47,
        "s117_disputes_process": "yes",
        "s117_contact_name": "Lorna Bexfield",
        "s117_contact_email": WH,
        "s117_contact_phone": WH,
        "exemptions": ["s40"],
    },
))

# ---------------------------------------------------------------- w16_17 Durham (docx, headings + prose + year table)
b17 = [
    ("p", "Durham County Council", {"bold": True, "size": 15, "color": "2E5597"}),
    ("p", "Information Rights Team\nCounty Hall, Durham", {"size": 9}),
    ("p", "Our reference: DCC-RFI-24-0919\nDate: 15 August 2024"),
    ("p", "Dear Requester"),
    ("p", "Request for information – section 117 aftercare", {"bold": True}),
    ("p", "Thank you for your request of 18 July 2024. Our response is below."),
    ("h", "People receiving section 117 aftercare", 2),
    ("p", "Q1. " + Q["1"] + "\nQ2. " + Q["2"], {"italic": True}),
    ("p", "At 31 March 2024 the Council was funding, wholly or in part, section 117 aftercare for 1,274 people. "
          "Of these, 861 had their aftercare jointly funded with the ICB."),
    ("h", "Joint policy and how costs are split", 2),
    ("p", "Q3/3a. " + Q["3"] + " " + Q["3a"], {"italic": True}),
    ("p", "Yes. A copy of the joint policy is enclosed with this letter."),
    ("p", "Q4/4a. " + Q["4"] + " " + Q["4a"], {"italic": True}),
    ("p", "Jointly funded aftercare is split 50:50 between the Council and the ICB, apart from a small number of "
          "legacy arrangements agreed before 2019. The ICB therefore pays 50% of the cost of a jointly funded "
          "package."),
    ("h", "Expenditure", 2),
    ("p", "Q5. " + Q["5"], {"italic": True}),
    ("p", "The Council's spend on section 117 aftercare is shown below for the last two financial years."),
    ("table", [["Financial year", "Council spend on s117 aftercare"], ["2022/23", "£29,113,860.00"],
               ["2023/24", "£31,476,925.40"]], {"right_cols": [1]}),
    ("p", "Q6. " + Q["6"], {"italic": True}),
    ("p", "The ICB's contribution towards jointly funded cases in 2023/24 was £12,610,442."),
    ("h", "Policy review, lead ICB and register", 2),
    ("p", "Q7. " + Q["7"], {"italic": True}),
    ("p", "The policy is currently being reviewed against the new guidance; the review is due to finish in the "
          "autumn."),
    ("p", "Q8. " + Q["8"], {"italic": True}),
    ("p", "NHS North East and North Cumbria ICB."),
    ("p", "Q9. " + Q["9"], {"italic": True}),
    ("p", "No. The Council and the ICB each keep their own register; the two are reconciled quarterly."),
    ("h", "Discharges, disputes and contact", 2),
    ("p", "Q10. " + Q["10"], {"italic": True}),
    ("p", "118 people were discharged from section 117 aftercare in 2023/24."),
    ("p", "Q11. " + Q["11"], {"italic": True}),
    ("p", "Yes."),
    ("p", "Q12. " + Q["12"], {"italic": True}),
    ("p", "Ashleigh Cordner, Mental Health Services Manager – s117.enquiries@durham.gov.uk"),
]
b17 += [("p", t) for t in review_text("Durham County Council", "foi@durham.gov.uk")]
b17.append(("p", "Yours faithfully\n\nInformation Rights Officer"))
DOCS.append(dict(
    stem="w16_17", fmt="docx", questionnaire="s117_aftercare",
    respondent=("Durham County Council", "E06000047"), font="Calibri", footer="DCC-RFI-24-0919", blocks=b17,
    gold={
        "respondent": "Durham County Council",
        "foi_reference": "DCC-RFI-24-0919",
        "response_date": "2024-08-15",
        "s117_people_count": 1274,
        "s117_as_at": "2024-03-31",
        "s117_jointly_funded_count": 861,
        "s117_joint_policy": "yes",
        "s117_policy_copy_provided": True,
        "s117_split_basis": "fixed_percentage",
        "s117_split_methods": ["fixed_split"],
        "s117_icb_share_pct": 50,
        "la_s117_spend_gbp": 31476925.40,
        "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": 12610442.0,
        "s117_policy_reviewed": "partial",
        "s117_lead_icb": ICB["QHM"],
        "s117_joint_register": anyof("no", "partial"),
        "s117_discharged_count": 118,
        "s117_disputes_process": "yes",
        "s117_contact_name": "Ashleigh Cordner",
        "s117_contact_email": "s117.enquiries@durham.gov.uk",
        "s117_contact_phone": None,
        "exemptions": [],
    },
))

# ---------------------------------------------------------------- w16_18 Cumberland (reportlab letterhead, roman numerals)
A18 = {
    "1": "(i) North Cumberland locality: 241\n(ii) West Cumberland locality: 198\nTotal: 439 people as at "
         "31 March 2024.",
    "2": "204",
    "3": "Yes. There are two protocols: one with NHS North East and North Cumbria ICB, which covers the majority "
         "of our residents, and one with NHS Lancashire and South Cumbria ICB for residents registered with "
         "practices in the south of the county.",
    "3a": "Both protocols are published on the Council's website. As the information is reasonably accessible to "
          "you, we are relying on section 21 of the Act.",
    "4": "Case by case, through a joint section 117 funding panel. A needs-based apportionment tool is used to "
         "inform the panel's discussion.",
    "4a": "There is no set percentage.",
    "5": "£9.84m (2023/24)",
    "6": "£5.11m (2023/24, the two ICBs combined)",
    "7": "Yes.",
    "8": "NHS North East and North Cumbria ICB is the lead ICB for most of Cumberland.",
    "9": "Yes.",
    "10": "Fewer than 5. The exact figure is withheld under section 40(2) because of the risk of identifying "
          "individuals.",
    "11": "Yes.",
    "12": "Principal Social Worker (Adults), Callum Dearden. His direct contact details are withheld under "
          "section 40(2).",
}
DOCS.append(dict(
    stem="w16_18", fmt="rl", rl_kind="letterhead", questionnaire="s117_aftercare",
    respondent=("Cumberland Council", "E06000063"),
    rl=dict(
        band="Cumberland Council", band_sub="Legal and Governance  ·  Information Governance", band_color="#00594F",
        side=["Cumbria House", "Botchergate", "Carlisle", "", "Our ref: CC-FOI-1784", "Date: 28 November 2024"],
        title="Freedom of Information Act 2000 – Section 117 aftercare",
        intro=["Dear Requester,", "Thank you for your request received on 31 October 2024. Our responses are given "
               "beneath each of your questions."],
        qa=[(f"{k}. {Q[k]}", "Response:", A18[k]) for k in ORDER],
        closing=review_text("Cumberland Council", "foi@cumberland.gov.uk", style=1) +
                ["Yours sincerely", "Information Governance Officer"],
        footer="CC-FOI-1784 · page",
    ),
    gold={
        "respondent": "Cumberland Council",
        "foi_reference": "CC-FOI-1784",
        "response_date": "2024-11-28",
        "s117_people_count": 439,
        "s117_as_at": "2024-03-31",
        "s117_jointly_funded_count": 204,
        "s117_joint_policy": "yes",
        "s117_policy_copy_provided": anyof(True, WH),
        "s117_split_basis": "case_by_case",
        "s117_split_methods": ["case_by_case", "joint_panel", "funding_tool"],
        "s117_icb_share_pct": NA,
        "la_s117_spend_gbp": 9840000.0,
        "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": 5110000.0,
        "s117_policy_reviewed": "yes",
        "s117_lead_icb": ICB["QHM"],
        "s117_joint_register": "yes",
        "s117_discharged_count": WH,
        "s117_disputes_process": "yes",
        "s117_contact_name": "Callum Dearden",
        "s117_contact_email": WH,
        "s117_contact_phone": WH,
        "exemptions": ["s21", "s40"],
    },
))

# ---------------------------------------------------------------- w16_19 Cheshire West (docx, grouped Qs, s22)
GREEN = "385723"
b19 = [
    ("p", "Cheshire West and Chester Council", {"bold": True, "size": 14}),
    ("p", "Information Governance | The Portal, Ellesmere Port", {"size": 9}),
    ("p", "FOI reference: CWAC-FOI-24-00912\nResponse date: 4 June 2024"),
    ("p", "Freedom of Information request – section 117 aftercare", {"bold": True}),
    ("p", "Your questions are repeated in bold, with our answers in green."),
    ("p", "Question 1: " + Q["1"], {"bold": True}),
    ("p", "827 (at 31 March 2024).", {"color": GREEN}),
    ("p", "Question 2: " + Q["2"], {"bold": True}),
    ("p", "Of these 827 people, 402 are jointly funded.", {"color": GREEN}),
    ("p", "Questions 3 and 3a: " + Q["3"] + " " + Q["3a"], {"bold": True}),
    ("p", "A joint section 117 policy with NHS Cheshire and Merseyside ICB is in draft and is due to be approved "
          "at the Joint Commissioning Board in September 2024. We are withholding the draft under section 22 "
          "of the Act, as it is intended for publication once approved.", {"color": GREEN}),
    ("p", "Questions 4-4a: " + Q["4"] + " " + Q["4a"], {"bold": True}),
    ("p", "Until the policy is agreed, the cost of jointly funded cases is apportioned according to assessed need "
          "and agreed between the Council and the ICB at the Complex Care Panel. There is no fixed percentage.",
     {"color": GREEN}),
    ("p", "Question 5: " + Q["5"], {"bold": True}),
    ("p", "£21,337,650 in 2023/24.", {"color": GREEN}),
    ("p", "Question 6: " + Q["6"], {"bold": True}),
    ("p", "£8,902,114", {"color": GREEN}),
    ("p", "Question 7: " + Q["7"], {"bold": True}),
    ("p", "The draft policy has been written to reflect the 2024/25 guidance.", {"color": GREEN}),
    ("p", "Question 8: " + Q["8"], {"bold": True}),
    ("p", "NHS Cheshire and Merseyside ICB.", {"color": GREEN}),
    ("p", "Question 9: " + Q["9"], {"bold": True}),
    ("p", "Partially. A shared register is being built; at present each organisation keeps its own.",
     {"color": GREEN}),
    ("p", "Question 10: " + Q["10"], {"bold": True}),
    ("p", "66", {"color": GREEN}),
    ("p", "Question 11: " + Q["11"], {"bold": True}),
    ("p", "Yes – the Cheshire and Merseyside disputes protocol is used.", {"color": GREEN}),
    ("p", "Question 12: " + Q["12"], {"bold": True}),
    ("p", "Gareth Pennock-Lowe, Senior Manager, Mental Health and Learning Disability\n"
          "gareth.pennock-lowe@cheshirewestandchester.gov.uk\n0151 356 2970", {"color": GREEN}),
]
b19 += [("p", t) for t in review_text("the Council", "foi@cheshirewestandchester.gov.uk", style=2)]
DOCS.append(dict(
    stem="w16_19", fmt="docx", questionnaire="s117_aftercare",
    respondent=("Cheshire West and Chester Council", "E06000050"), font="Arial",
    footer="CWAC-FOI-24-00912", blocks=b19,
    gold={
        "respondent": "Cheshire West and Chester Council",
        "foi_reference": "CWAC-FOI-24-00912",
        "response_date": "2024-06-04",
        "s117_people_count": 827,
        "s117_as_at": "2024-03-31",
        "s117_jointly_funded_count": 402,
        "s117_joint_policy": "partial",
        "s117_policy_copy_provided": WH,
        "s117_split_basis": "case_by_case",
        "s117_split_methods": ["case_by_case", "joint_panel"],
        "s117_icb_share_pct": NA,
        "la_s117_spend_gbp": 21337650.0,
        "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": 8902114.0,
        "s117_policy_reviewed": anyof("yes", "partial"),
        "s117_lead_icb": ICB["QYG"],
        "s117_joint_register": "partial",
        "s117_discharged_count": 66,
        "s117_disputes_process": "yes",
        "s117_contact_name": "Gareth Pennock-Lowe",
        "s117_contact_email": "gareth.pennock-lowe@cheshirewestandchester.gov.uk",
        "s117_contact_phone": anyof("0151 356 2970", "01513562970", "+44 151 356 2970"),
        "exemptions": ["s22"],
    },
))

# ---------------------------------------------------------------- w16_20 Bradford (PDF, section rows, £m)
rows20 = [["#", "Question", "Answer"],
          ("span", "Numbers of people"),
          ["1", Q["1"], "1,541 as at 31 March 2024"],
          ["2", Q["2"], "1,006"],
          ("span", "Policy and funding"),
          ["3", Q["3"], "Yes"],
          ["3a", Q["3a"], "A copy is attached."],
          ["4", Q["4"], "Most jointly funded packages are split 60% ICB / 40% Council (a fixed proportion) under "
                        "the section 75 agreement. Complex placements are considered at the joint panel."],
          ["4a", Q["4a"], "60%"],
          ["5", Q["5"], "£38.6m"],
          ["6", Q["6"], "£27.2m"],
          ["7", Q["7"], "Yes"],
          ("span", "Governance"),
          ["8", Q["8"], "NHS West Yorkshire ICB (Bradford District and Craven place)"],
          ["9", Q["9"], "Yes"],
          ["10", Q["10"], "203"],
          ["11", Q["11"], "Yes"],
          ["12", Q["12"], "Section 117 Lead: Harpreet Malhi-Saunders\ns117team@bradford.gov.uk\n01274 431000"]]
b20 = [
    ("p", "City of Bradford Metropolitan District Council", {"bold": True, "size": 13}),
    ("p", "Freedom of Information Response", {"size": 12}),
    ("p", "Reference: BMDC/FOI/24-25/5082   |   Date: 7 March 2025", {"bold": True}),
    ("p", "Request received on 7 February 2025 regarding section 117 aftercare. Financial figures are for "
          "2023/24, the last full financial year asked about."),
    ("table", rows20, {"size": 9, "span_fill": "DDEBF7", "header_fill": "9BC2E6"}),
]
b20 += [("p", t, {"size": 9}) for t in review_text("Bradford Council", "foi@bradford.gov.uk")]
DOCS.append(dict(
    stem="w16_20", fmt="pdf", questionnaire="s117_aftercare",
    respondent=("City of Bradford Metropolitan District Council", "E08000032"), font="Arial",
    header=["Bradford Council – Information Governance"], footer="BMDC/FOI/24-25/5082", blocks=b20,
    gold={
        "respondent": "City of Bradford Metropolitan District Council",
        "foi_reference": "BMDC/FOI/24-25/5082",
        "response_date": "2025-03-07",
        "s117_people_count": 1541,
        "s117_as_at": "2024-03-31",
        "s117_jointly_funded_count": 1006,
        "s117_joint_policy": "yes",
        "s117_policy_copy_provided": True,
        "s117_split_basis": "fixed_percentage",
        "s117_split_methods": anyof(["fixed_split", "lead_agency", "joint_panel"], ["fixed_split", "lead_agency"]),
        "s117_icb_share_pct": 60,
        "la_s117_spend_gbp": 38600000.0,
        "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": 27200000.0,
        "s117_policy_reviewed": "yes",
        "s117_lead_icb": ICB["QWO"],
        "s117_joint_register": "yes",
        "s117_discharged_count": 203,
        "s117_disputes_process": "yes",
        "s117_contact_name": "Harpreet Malhi-Saunders",
        "s117_contact_email": "s117team@bradford.gov.uk",
        "s117_contact_phone": anyof("01274 431000", "01274431000", "+44 1274 431000"),
        "exemptions": [],
    },
))
