"""FOI Request – FAO Children's Commissioners: five responses (w16_11..w16_15)."""
from common import ICB, NA, WH, anyof, review_text  # noqa: F401

Q = {
    "1": "Do you have a joint commissioning framework for externally commissioned placements for children?",
    "1a": "If yes, does this joint commissioning framework include partners from 'health' (eg, CCG or new ICBs)?",
    "1b": "Please share the terms of reference (ToR) or joint agreement, if health are included",
    "2": "Do 'health' eg CCG/ICB, joint fund externally commissioned placements (eg, residential, therapeutic "
         "foster care, SEND, semi-independent provision)?",
    "2a": "If yes, what are the terms (please share a ToR or agreement)?",
    "2b": "If yes, how is that funding split for the following: (e.g. a shared percentage cost) - residential - "
          "therapeutic foster care - SEND provision - semi-independent provision",
    "3": "Do any other partners contribute (over and above children's social care and health/CCG)?",
    "3a": "If yes, who and on what terms?",
    "4": "Is the criteria in the 'continuing care funding' model used as a methodology for split funding?",
    "4b": "If yes, is this the only criteria 'health' use to determine funding?",
    "5": "What was your Council {yr} yearly spend on external placements?",
    "5a": "What element of that was funded by health?",
    "5b": "What element of that was funded by education?",
    "5c": "What element of that was funded by 'other'?",
    "6": "Have you involved children or parents in your joint commissioning process?",
    "7": "Do you refer to any models of practice in your commissioning framework or joint funding framework?",
    "7a": "If yes, please share this?",
    "8": "Do you have any other comments?",
}
ORDER = ["1", "1a", "1b", "2", "2a", "2b", "3", "3a", "4", "4b", "5", "5a", "5b", "5c", "6", "7", "7a", "8"]


def q(k, yr="2023/24"):
    return Q[k].format(yr=yr)


DOCS = []

# ---------------------------------------------------------------- w16_11 Barnsley (docx, Q | Question | Response | Notes)
A11 = {
    "1": ("Yes – the Barnsley Children's Joint Commissioning Framework (2022).", ""),
    "1a": ("Yes. NHS South Yorkshire ICB (Barnsley place) is a signatory.", ""),
    "1b": ("The terms of reference are attached.", "Appendix A"),
    "2": ("Yes", ""),
    "2a": ("Joint funding is agreed through the Complex Needs Panel, which meets fortnightly.", ""),
    "2b": ("Residential – case by case\nTherapeutic foster care – case by case\nSEND provision – case by case\n"
           "Semi-independent – not usually jointly funded", "No set percentage"),
    "3": ("Yes", ""),
    "3a": ("Education (High Needs Block) contributes to residential school placements; Adult Social Care "
           "contributes for young people in transition aged 17 and over.", ""),
    "4": ("Yes", ""),
    "4b": ("No – the ICB also uses the CHAT.", ""),
    "5": ("£27,805,331", "2023/24 outturn"),
    "5a": ("£1,392,408 (5.0%)", ""),
    "5b": ("£3,610,220 (13.0%)", ""),
    "5c": ("£0", ""),
    "6": ("Yes – through the Children in Care Council and the Barnsley Parent Carer Forum.", ""),
    "7": ("Yes – Signs of Safety and trauma-informed practice.", ""),
    "7a": ("Practice framework attached.", "Appendix B"),
    "8": ("No.", ""),
}
rows11 = [["Q", "Question", "Response", "Notes"]] + [[k, q(k), *A11[k]] for k in ORDER]
b11 = [
    ("p", "Barnsley Metropolitan Borough Council – Information Governance", {"bold": True}),
    ("p", "Freedom of Information request: FOI Request – FAO Children's Commissioners"),
    ("p", "Reference: BMBC-FOI-24-1049          Response date: 22 May 2024"),
    ("p", "The Council's answers are given in the table below. Two documents accompany this response "
          "(Appendix A and Appendix B)."),
    ("table", rows11, {"size": 9, "header_fill": "FCE4D6"}),
]
b11 += [("p", t) for t in review_text("Barnsley Council", "foi@barnsley.gov.uk")]
DOCS.append(dict(
    stem="w16_11", fmt="docx", questionnaire="csc_joint_commissioning",
    respondent=("Barnsley Metropolitan Borough Council", "E08000016"), font="Arial",
    header=["Barnsley Council", "Town Hall, Barnsley"], footer="BMBC-FOI-24-1049", blocks=b11,
    gold={
        "respondent": "Barnsley Metropolitan Borough Council",
        "foi_reference": "BMBC-FOI-24-1049",
        "response_date": "2024-05-22",
        "joint_commissioning_framework": "yes",
        "framework_includes_health": "yes",
        "framework_tor_provided": True,
        "health_joint_funds_placements": anyof("yes", "case_by_case"),
        "fixed_percentage_split": False,
        "other_partners_contribute": "yes",
        "other_partners": ["Education", "Adult Social Care"],
        "continuing_care_model_used": "yes",
        "continuing_care_only_criteria": "no",
        "other_health_tools": ["CHAT"],
        "external_placements_spend_gbp": 27805331.0,
        "spend_year": "2023/24",
        "health_share_pct": 5.0,
        "health_share_gbp": 1392408.0,
        "education_share_pct": 13.0,
        "education_share_gbp": 3610220.0,
        "other_share_gbp": 0.0,
        "children_parents_involved": "yes",
        "models_of_practice": "yes",
        "exemptions": [],
    },
))

# ---------------------------------------------------------------- w16_12 Blackburn with Darwen (PDF, red answers)
RED = "C00000"
A12 = {
    "1": "No. The Council commissions external placements through the North West regional framework, which is "
         "not a joint framework with health.",
    "1a": "N/A",
    "1b": "N/A",
    "2": "Health will sometimes contribute to a placement on a case-by-case basis where the child has assessed "
         "health needs.",
    "2a": "There are no formal terms – contributions are agreed at the Joint Resource Panel.",
    "2b": "There is no fixed percentage for any of these placement types.",
    "3": "No.",
    "3a": "N/A",
    "4": "Yes.",
    "4b": "Yes.",
    "5": None,
    "5a": "Health contributed £1,046k in 2022/23.",
    "5b": "Education contributed £2,291k in 2022/23.",
    "5c": "Other: nil.",
    "6": "Not directly. Feedback from children in care informs our Placement Sufficiency Strategy.",
    "7": "No.",
    "7a": "N/A",
    "8": "None.",
}
b12 = [
    ("p", "BLACKBURN with DARWEN BOROUGH COUNCIL", {"bold": True, "size": 14}),
    ("p", "Freedom of Information Act 2000\nRequest ref: BwD-FOI-2024-10391\nDate of response: 12 September 2024"),
    ("p", "Dear Requester,"),
    ("p", "Please find below our response to your request. The Council's answers are shown in red under each "
          "question."),
]
for k in ORDER:
    num = k if k.isdigit() else f"   {k[-1]})"
    b12.append(("p", f"{num}. {q(k, '2022/23')}" if k.isdigit() else f"{k[-1]}) {q(k)}",
                {"bold": k.isdigit(), "indent": 0 if k.isdigit() else 0.7}))
    if k == "5":
        b12.append(("p", "Spend on external placements (£000), all children's social care budgets:",
                    {"color": RED}))
        b12.append(("table", [["Year", "Spend (£000)"], ["2021/22", "21,480"], ["2022/23", "24,902"],
                              ["2023/24", "28,117"]], {"right_cols": [1]}))
    else:
        b12.append(("p", A12[k], {"color": RED, "indent": 0 if k.isdigit() else 0.7}))
b12 += [("p", t, {"size": 9}) for t in review_text("Blackburn with Darwen Borough Council",
                                                    "foi@blackburn.gov.uk", style=1)]
b12.append(("p", "Yours sincerely\nInformation Governance Team"))
DOCS.append(dict(
    stem="w16_12", fmt="pdf", questionnaire="csc_joint_commissioning",
    respondent=("Blackburn with Darwen Borough Council", "E06000008"), font="Calibri",
    footer="BwD-FOI-2024-10391", blocks=b12,
    gold={
        "respondent": "Blackburn with Darwen Borough Council",
        "foi_reference": "BwD-FOI-2024-10391",
        "response_date": "2024-09-12",
        "joint_commissioning_framework": "no",
        "framework_includes_health": anyof(NA, "no"),
        "framework_tor_provided": anyof(NA, False),
        "health_joint_funds_placements": anyof("case_by_case", "yes"),
        "fixed_percentage_split": False,
        "other_partners_contribute": "no",
        "other_partners": None,
        "continuing_care_model_used": "yes",
        "continuing_care_only_criteria": "yes",
        "other_health_tools": None,
        "external_placements_spend_gbp": 24902000.0,
        "spend_year": "2022/23",
        "health_share_pct": None,
        "health_share_gbp": 1046000.0,
        "education_share_pct": None,
        "education_share_gbp": 2291000.0,
        "other_share_gbp": 0.0,
        "children_parents_involved": anyof("partial", "no"),
        "models_of_practice": "no",
        "exemptions": [],
    },
))

# ---------------------------------------------------------------- w16_13 Bury (reportlab two-column)
A13 = {
    "1": "Yes.",
    "1a": "Yes – NHS Greater Manchester (Bury locality) is a partner to the framework.",
    "1b": "The terms of reference are attached to this response.",
    "2": "Yes.",
    "2a": "Contributions are agreed through the Bury Joint Placements Panel under the attached agreement.",
    "2b": "Where health contribute, the agreed split is 50% health / 50% social care for residential and "
          "therapeutic foster care placements. SEND and semi-independent placements are not jointly funded "
          "with health.",
    "3": "Yes – Education (SEND) contributes the education element of residential school placements.",
    "3a": "Education pays the education element at the rate set by the provider.",
    "4": "No – the split is fixed as described above.",
    "4b": "N/A",
    "5": "£19.7m (2023/24)",
    "5a": "£2.1m",
    "5b": "£1.4m",
    "5c": "None",
    "6": "Yes – young people from the Children in Care Council sit on the panel's annual review.",
    "7": "Yes – the Greater Manchester practice framework.",
    "7a": "Attached.",
    "8": "No further comments.",
}
DOCS.append(dict(
    stem="w16_13", fmt="rl", rl_kind="twocol", questionnaire="csc_joint_commissioning",
    respondent=("Bury Metropolitan Borough Council", "E08000002"),
    rl=dict(
        running_left="Bury Council", running_right="Freedom of Information  |  FOI/BURY/2024/2210  |  3 October 2024",
        title="Response: joint commissioning of children's placements",
        intro=["Thank you for your request received on 5 September 2024. Bury Council's answers are set out "
               "below, question by question."],
        qa=[(f"Q{k}. {q(k)}", f"A. {A13[k]}") for k in ORDER],
        closing=review_text("Bury Council", "foi@bury.gov.uk", style=2),
    ),
    gold={
        "respondent": "Bury Metropolitan Borough Council",
        "foi_reference": "FOI/BURY/2024/2210",
        "response_date": "2024-10-03",
        "joint_commissioning_framework": "yes",
        "framework_includes_health": "yes",
        "framework_tor_provided": True,
        "health_joint_funds_placements": "yes",
        "fixed_percentage_split": True,
        "other_partners_contribute": "yes",
        "other_partners": ["Education"],
        "continuing_care_model_used": "no",
        "continuing_care_only_criteria": NA,
        "other_health_tools": None,
        "external_placements_spend_gbp": 19700000.0,
        "spend_year": "2023/24",
        "health_share_pct": None,
        "health_share_gbp": 2100000.0,
        "education_share_pct": None,
        "education_share_gbp": 1400000.0,
        "other_share_gbp": 0.0,
        "children_parents_involved": "yes",
        "models_of_practice": "yes",
        "exemptions": [],
    },
))

# ---------------------------------------------------------------- w16_14 East Riding (docx, "Reply:" and grouped Qs)
b14 = [
    ("p", "East Riding of Yorkshire Council", {"bold": True, "size": 14, "color": "00703C"}),
    ("p", "County Hall, Beverley", {"size": 9}),
    ("p", "Our Ref: ERYC/FOI/24/03377\nDate: 5 December 2024"),
    ("p", "Freedom of Information Request – Joint commissioning of external placements", {"bold": True}),
    ("p", "Thank you for your request. Where questions are closely linked we have answered them together."),
    ("p", "Questions 1, 1a and 1b", {"bold": True}),
    ("p", "\n".join([q("1"), q("1a"), q("1b")]), {"italic": True}),
    ("p", "Reply:", {"bold": True}),
    ("p", "The Council has a joint commissioning framework with NHS Humber and North Yorkshire ICB for children "
          "with complex needs, so health are included. The terms of reference are published on the Council's "
          "website and are therefore exempt under section 21 of the Act; a link is provided below.\n"
          "www.eastriding.gov.uk/council/governance-and-spending/joint-commissioning"),
    ("p", "Questions 2, 2a and 2b", {"bold": True}),
    ("p", "\n".join([q("2"), q("2a"), q("2b")]), {"italic": True}),
    ("p", "Reply:", {"bold": True}),
    ("p", "Yes. The terms are set out in the Complex Care Funding Agreement. There is no fixed split; "
          "contributions are agreed individually for each child using assessed needs, for all four placement "
          "types."),
    ("p", "Questions 3 and 3a", {"bold": True}),
    ("p", "\n".join([q("3"), q("3a")]), {"italic": True}),
    ("p", "Reply:", {"bold": True}),
    ("p", "Yes – Education, through the High Needs budget, where a child has an EHC plan."),
    ("p", "Questions 4 and 4b", {"bold": True}),
    ("p", "\n".join([q("4"), q("4b")]), {"italic": True}),
    ("p", "Reply:", {"bold": True}),
    ("p", "Partly – the continuing care framework informs health's contribution. It is not the only criteria: "
          "the Decision Support Tool (DST) is also used for young people approaching 18."),
    ("p", "Questions 5 to 5c", {"bold": True}),
    ("p", "\n".join([q("5"), q("5a"), q("5b"), q("5c")]), {"italic": True}),
    ("p", "Reply:", {"bold": True}),
    ("p", "The Council's spend on external placements in 2023/24 was £18,240,000. Of this, health funded 6.5%, "
          "education funded 11% and other partners 0%."),
    ("p", "Question 6", {"bold": True}),
    ("p", q("6"), {"italic": True}),
    ("p", "Reply:", {"bold": True}),
    ("p", "Yes."),
    ("p", "Questions 7 and 7a", {"bold": True}),
    ("p", "\n".join([q("7"), q("7a")]), {"italic": True}),
    ("p", "Reply:", {"bold": True}),
    ("p", "No."),
    ("p", "Question 8", {"bold": True}),
    ("p", q("8"), {"italic": True}),
    ("p", "Reply:", {"bold": True}),
    ("p", "No."),
]
b14 += [("p", t) for t in review_text("the Council", "foi@eastriding.gov.uk")]
DOCS.append(dict(
    stem="w16_14", fmt="docx", questionnaire="csc_joint_commissioning",
    respondent=("East Riding of Yorkshire Council", "E06000011"), font="Arial", footer="ERYC/FOI/24/03377",
    blocks=b14,
    gold={
        "respondent": "East Riding of Yorkshire Council",
        "foi_reference": "ERYC/FOI/24/03377",
        "response_date": "2024-12-05",
        "joint_commissioning_framework": "yes",
        "framework_includes_health": "yes",
        "framework_tor_provided": anyof(True, WH),
        "health_joint_funds_placements": "yes",
        "fixed_percentage_split": False,
        "other_partners_contribute": "yes",
        "other_partners": ["Education"],
        "continuing_care_model_used": anyof("partial", "yes"),
        "continuing_care_only_criteria": "no",
        "other_health_tools": ["DST"],
        "external_placements_spend_gbp": 18240000.0,
        "spend_year": "2023/24",
        "health_share_pct": 6.5,
        "health_share_gbp": 1185600.0,
        "education_share_pct": 11,
        "education_share_gbp": 2006400.0,
        "other_share_pct": 0,
        "other_share_gbp": 0.0,
        "children_parents_involved": "yes",
        "models_of_practice": "no",
        "exemptions": ["s21"],
    },
))

# ---------------------------------------------------------------- w16_15 Halton (PDF, request then numbered response)
b15 = [
    ("p", "Halton Borough Council", {"bold": True, "size": 15}),
    ("p", "Municipal Building, Widnes", {"size": 9}),
    ("table", [["FOI Number", "HBC FOI 4471"], ["Date Received", "13 January 2025"],
               ["Date Responded", "10 February 2025"]], {"header": False}),
    ("p", "Request", {"bold": True, "size": 12}),
    ("p", "For respondents – the purpose of this request is to develop an understanding of good practice in "
          "joint commissioning and funding of external placements with health and children's social care."),
]
for k in ORDER:
    b15.append(("p", f"Q{k} {q(k)}"))
b15 += [
    ("p", "Response", {"bold": True, "size": 12}),
    ("p", "1. Halton does not currently have a joint commissioning framework with health for external "
          "placements. One is being developed with NHS Cheshire and Merseyside ICB (Halton Place).\n"
          "   1a. N/A\n   1b. N/A"),
    ("p", "2. Yes, health jointly fund placements where a child has continuing care needs. Contributions are set "
          "for each case using the continuing care assessment; there is no shared percentage."),
    ("p", "3. Yes – Education contributes for residential school placements, and Youth Justice on occasion for "
          "remand placements."),
    ("p", "4. Yes. 4b. No – CHAT is used as well."),
    ("p", "5. Total spend 2023/24: £14,362,780.\n   Health contributed £618,000.\n   Education contributed "
          "£1,904,000.\n   Other: £55,000 (Youth Justice)."),
    ("p", "6. No."),
    ("p", "7. No."),
    ("p", "8. No comment."),
]
b15 += [("p", t, {"size": 9}) for t in review_text("Halton Borough Council", "foi@halton.gov.uk", style=2)]
DOCS.append(dict(
    stem="w16_15", fmt="pdf", questionnaire="csc_joint_commissioning",
    respondent=("Halton Borough Council", "E06000006"), font="Arial", footer="HBC FOI 4471", blocks=b15,
    gold={
        "respondent": "Halton Borough Council",
        "foi_reference": "HBC FOI 4471",
        "response_date": "2025-02-10",
        "joint_commissioning_framework": anyof("no", "partial"),
        "framework_includes_health": NA,
        "framework_tor_provided": NA,
        "health_joint_funds_placements": "yes",
        "fixed_percentage_split": False,
        "other_partners_contribute": "yes",
        "other_partners": ["Education", "Youth Justice"],
        "continuing_care_model_used": "yes",
        "continuing_care_only_criteria": "no",
        "other_health_tools": ["CHAT"],
        "external_placements_spend_gbp": 14362780.0,
        "spend_year": "2023/24",
        "health_share_pct": None,
        "health_share_gbp": 618000.0,
        "education_share_pct": None,
        "education_share_gbp": 1904000.0,
        "other_share_pct": None,
        "other_share_gbp": 55000.0,
        "children_parents_involved": "no",
        "models_of_practice": "no",
        "exemptions": [],
    },
))
