"""Build the heldout9 blind set: 16 FOI responses (8 DOCX, 8 PDF) with gold.

Deterministic: rerun to rebuild raw/ and gold/.  Needs python-docx, reportlab,
LibreOffice (soffice) and chromium on PATH.  Every person, figure and reference is invented.
"""
import json, os, shutil, subprocess, sys, tempfile
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = Path(__file__).resolve().parent
RAW, GOLD, BUILD = HERE / "raw", HERE / "gold", HERE / "build"

W = "withheld"; NH = "not_held"; NA = "not_applicable"; SO = "see_other"
def st(s): return {"state": s}
def anyof(*v): return {"any_of": list(v)}

ICB = {
 "QE1": "NHS Lancashire and South Cumbria Integrated Care Board",
 "QKK": "NHS South East London Integrated Care Board",
 "QHM": "NHS North East and North Cumbria Integrated Care Board",
 "QNC": "NHS Staffordshire and Stoke-on-Trent Integrated Care Board",
 "QJG": "NHS Suffolk and North East Essex Integrated Care Board",
 "QSL": "NHS Somerset Integrated Care Board",
 "QT1": "NHS Nottingham and Nottinghamshire Integrated Care Board",
 "QUE": "NHS Cambridgeshire and Peterborough Integrated Care Board",
 "QNX": "NHS Sussex Integrated Care Board",
 "QMF": "NHS North East London Integrated Care Board",
 "QNQ": "NHS Frimley Integrated Care Board",
}

REVIEW = ("If you are unhappy with the way your request has been handled you may ask for an internal "
          "review. Please write to the Information Governance Team within 40 working days of the date of "
          "this letter, quoting the reference above. If you remain dissatisfied after the review you can "
          "complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
          "Cheshire SK9 5AF (www.ico.org.uk).")
REVIEW2 = ("Should you wish to challenge this response, you can request an internal review by replying to "
           "this e-mail within two months. Once the review is complete and if you are still not satisfied, "
           "the Information Commissioner can look at your case; the ICO will normally expect the internal "
           "review route to have been used first.")
REUSE = ("Most of the information we supply is subject to copyright. You may re-use it for your own "
         "non-commercial research; any other re-use needs our permission under the Re-use of Public Sector "
         "Information Regulations 2015.")
S40 = ("Direct contact details for named officers below senior management level are personal data. "
       "We consider that releasing them would breach the first data protection principle, so they are "
       "withheld under section 40(2) of the Freedom of Information Act 2000.")
S12 = ("Section 12 of the Act allows a public authority to refuse a request where the cost of complying "
       "would exceed the appropriate limit, which for local government is set at £450 and equates to 18 "
       "hours of staff time at £25 an hour. The information is not held in a reportable field; to answer "
       "we would need to open each case record individually and read the funding agreement. At about ten "
       "minutes per record this would take well over 18 hours, so we are not obliged to answer this part. "
       "Under our duty to advise and assist, you may wish to narrow the request, for example to a single month.")
S21 = ("This information is reasonably accessible to you by other means and so is exempt under section 21 "
       "of the Freedom of Information Act. It is published on our website at the link below.")

# ---------------------------------------------------------------- questions
ASC = [("1", "Please provide the contact details for the Director of Adult Social Services (DASS) in your local authority."),
 ("2", "Please provide the contact details for the portfolio holder for Adult Social Care (if applicable)."),
 ("3", "Who provides your main operational system for case management?"),
 ("4", "How many current care packages per week does the local authority contribute some or all of the cost towards?"),
 ("5", "What is your annual cost of this care provided by the Local Authority (for the last full year, 2022/23)?"),
 ("6", "How many of these current care packages are jointly funded with an ICB (both those under s.117 of the Mental Health Act and those funded under the Care Act because they do not meet CHC eligibility)?"),
 ("7", "What is the annual cost of care provided by ICBs for these cases?"),
 ("8", "Which ICBs cover the Local Authority area?"),
 ("9", "Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?"),
 ("10", "Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?"),
 ("11", "Please provide a copy of it."),
 ("12", "Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?")]
CHC = [("1", "How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?"),
 ("2", "How many of these people were receiving CHC through the Fast Track Pathway?"),
 ("3", "How many joint funded packages (shared care between health and social care for people below the CHC threshold) were in place?"),
 ("4", "Is there a local joint funding or shared care protocol agreed between the ICB and the local authority?"),
 ("4a", "If so, please provide a copy of the protocol."),
 ("5", "Which tool is used to decide CHC eligibility and the contributions to joint packages (for example the national Decision Support Tool or a local tool)?"),
 ("6", "Is the funding of joint packages split by a fixed percentage, or agreed case by case?"),
 ("6a", "If a fixed or typical percentage is used, what share of the cost does health pay?"),
 ("7", "Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint funding decisions?"),
 ("7a", "How many disputes were raised under the disputes procedure in 2023/24?"),
 ("8", "What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?"),
 ("9", "What was the local authority's annual contribution to joint funded packages in 2023/24?"),
 ("10", "How many Fast Track referrals were received in 2023/24?"),
 ("11", "Which ICB or ICBs are responsible for CHC for the residents of your area?")]
CSC = [("1", "Do you have a joint commissioning framework for externally commissioned placements for children?"),
 ("1a", "If yes, does this joint commissioning framework include partners from 'health' (eg CCG or new ICBs)?"),
 ("1b", "Please share the terms of reference (ToR) or joint agreement, if health are included."),
 ("2", "Do 'health' (eg CCG/ICB) joint fund externally commissioned placements (eg residential, therapeutic foster care, SEND, semi-independent provision)?"),
 ("2a", "If yes, what are the terms (please share a ToR or agreement)?"),
 ("2b", "If yes, how is that funding split for the following (e.g. a shared percentage cost): residential; therapeutic foster care; SEND provision; semi-independent provision?"),
 ("3", "Do any other partners contribute (over and above children's social care and health/CCG)?"),
 ("3a", "If yes, who and on what terms?"),
 ("4", "Is the criteria in the 'continuing care funding' model used as a methodology for split funding?"),
 ("4b", "If yes, is this the only criteria 'health' use to determine funding?"),
 ("5", "What was your Council yearly spend on external placements?"),
 ("5a", "What element of that was funded by health?"),
 ("5b", "What element of that was funded by education?"),
 ("5c", "What element of that was funded by 'other'?"),
 ("6", "Have you involved children or parents in your joint commissioning process?"),
 ("7", "Do you refer to any models of practice in your commissioning framework or joint funding framework?"),
 ("7a", "If yes, please share this?"),
 ("8", "Do you have any other comments?")]
S117 = [("1", "How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?"),
 ("2", "How many of these people have their section 117 aftercare jointly funded with the ICB?"),
 ("3", "Does the local authority have an agreed section 117 joint policy or protocol with the ICB?"),
 ("3a", "If so, please provide a copy of the section 117 policy or protocol."),
 ("4", "How is the cost of section 117 aftercare split between the local authority and the ICB, for example a fixed percentage such as 50/50, case by case, or agreed at a panel?"),
 ("4a", "Where a percentage split is used, what percentage of the cost does the ICB pay?"),
 ("5", "What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?"),
 ("6", "What was the ICB's spend on section 117 aftercare for people in your area in the same year?"),
 ("7", "Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?"),
 ("8", "Which ICB is the lead ICB for section 117 aftercare in your area?"),
 ("9", "Do you keep a joint register with the ICB of people entitled to section 117 aftercare?"),
 ("10", "How many people were discharged from section 117 aftercare in 2023/24?"),
 ("11", "Is there an agreed process for resolving disputes with the ICB about section 117 funding?"),
 ("12", "Please provide the name and contact details of the officer responsible for section 117 aftercare.")]
QS = {"asc_joint_funding": ASC, "chc_funding_split": CHC, "csc_joint_commissioning": CSC, "s117_aftercare": S117}

# ---------------------------------------------------------------- documents
# Each: answers keyed by question number; a value is a list of paragraphs
# (str) or ("table", rows) for a table inside the answer.
DOCS = []
def doc(**k): DOCS.append(k)

doc(stem="h9_01", q="asc_joint_funding", body="Blackburn with Darwen Borough Council", code="E06000008",
    layout="letter_bold", ref="BwD/FOI/9183", date="14 March 2024",
    answers={
     "1": ["Our Director of Adult Services and Prevention is Marcus Ellery-Dean. " + S40 +
           " Letters can be sent to him at the Town Hall address shown above."],
     "2": ["Councillor Priya Nandra is the Executive Member for Adult Social Care and Health."],
     "3": ["Our case management system is Mosaic, supplied by The Access Group."],
     "4": ["As at 29 February 2024 the Council was contributing towards 3,412 care packages each week."],
     "5": ["Gross expenditure on these packages for the financial year 2022/23 (before client contributions) was £71,908,442."],
     "6": ["417 of these packages are jointly funded with the ICB. This includes both section 117 aftercare and Care Act joint packages."],
     "7": ["The ICB contribution to these jointly funded packages for 2022/23 was £6,214,930."],
     "8": ["The borough is covered by NHS Lancashire and South Cumbria ICB."],
     "9": ["Yes. All of our joint funding is with Lancashire and South Cumbria ICB."],
     "10": ["Yes, the Council has a joint funding policy agreed with the ICB and the other Lancashire local authorities."],
     "11": ["A copy of the policy is attached to this letter."],
     "12": ["There is no standalone calculation tool. Funding splits are agreed at the monthly Joint Funding Panel, "
            "using the domains of the Decision Support Tool to identify which needs are health needs. Where the "
            "partners cannot agree, the case is escalated under the ICB-wide disputes protocol."]},
    gold={"dass_name": "Marcus Ellery-Dean", "dass_email": st(W), "dass_phone": st(W),
          "portfolio_holder_name": "Priya Nandra", "case_management_system": "Mosaic",
          "case_management_supplier": "The Access Group", "care_packages_count": 3412,
          "care_packages_as_at": "2024-02-29", "la_annual_cost_gbp": 71908442.0, "la_cost_basis": "gross",
          "cost_year": "2022/23", "jointly_funded_packages_count": 417, "icb_annual_cost_gbp": 6214930.0,
          "icb_weekly_cost_gbp": None, "icbs_covering": [ICB["QE1"]], "main_icb": ICB["QE1"],
          "joint_funding_policy": "yes", "policy_copy_provided": True,
          "joint_funding_tool": anyof("partial", "no"),
          "joint_funding_methods": ["joint_funding_panel", "dst", "dispute_process"], "exemptions": ["s40"]})

doc(stem="h9_02", q="chc_funding_split", body="NHS Suffolk and North East Essex Integrated Care Board", code="QJG",
    layout="headings", ref="FOI-SNEE-24-0611", date="09/07/2024",
    answers={
     "1": ["As at 31 March 2024 there were 1,486 people eligible for NHS Continuing Healthcare across the ICB area."],
     "2": ["Of the 1,486 people, 288 were receiving CHC through the Fast Track Pathway on that date."],
     "3": ["There were 534 jointly funded packages in place with Suffolk County Council and Essex County Council on 31 March 2024."],
     "4": ["Yes. The ICB has a joint funding protocol agreed with both local authorities."],
     "4a": [S21 + " Please see www.sneeicb.nhs.uk/policies (Continuing Healthcare section)."],
     "5": ["Eligibility is decided in line with the National Framework: the national Checklist is used for screening and "
           "the Decision Support Tool for full assessment. Contributions to joint packages are worked out using a "
           "locally developed tool that records time to task for each assessed need."],
     "6": ["Joint packages are agreed case by case; there is no fixed percentage."],
     "6a": ["Not applicable."],
     "7": ["Yes. The protocol contains a disputes procedure with three escalation stages."],
     "7a": ["17 disputes were raised under the procedure in 2023/24."],
     "8": ["The ICB's spend on NHS Continuing Healthcare in 2023/24 is shown below (£m).",
           ("table", [["Category", "2023/24 (£m)"], ["Adult CHC (standard)", "118.6"], ["Adult CHC (Fast Track)", "14.2"], ["Total", "132.8"]])],
     "9": ["This information is not held by the ICB. The local authorities' contributions are recorded in their own finance "
           "systems; you may wish to redirect this question to Suffolk County Council and Essex County Council."],
     "10": ["The ICB received 2,051 Fast Track referrals during 2023/24."],
     "11": ["NHS Suffolk and North East Essex ICB is responsible for CHC for residents registered with a GP practice in our area."]},
    gold={"chc_eligible_count": 1486, "chc_as_at": "2024-03-31", "chc_fast_track_count": 288, "joint_packages_count": 534,
          "joint_funding_protocol": "yes", "protocol_copy_provided": anyof(True, st(W)),
          "chc_tools": ["checklist", "dst", "local_tool", "time_to_task"], "chc_split_fixed": False,
          "chc_health_share_pct": st(NA), "chc_disputes_procedure": "yes", "chc_disputes_count": 17,
          "icb_chc_spend_gbp": 132800000.0, "chc_spend_year": "2023/24", "la_joint_packages_spend_gbp": st(NH),
          "chc_fast_track_referrals_count": 2051, "chc_icbs": [ICB["QJG"]], "exemptions": ["s21"]})

doc(stem="h9_03", q="csc_joint_commissioning", body="London Borough of Haringey", code="E09000014",
    layout="twocol", ref="LBH/10298341", date="2 May 2024",
    answers={
     "1": ["Haringey does not have a joint commissioning framework for externally commissioned placements for children."],
     "1a": ["Not applicable."], "1b": ["Not applicable."],
     "2": ["Health (North Central London ICB) joint funds some external placements where a child has assessed health needs. "
           "This is agreed on a case by case basis at the multi-agency Joint Resource Panel."],
     "2a": ["There is no written agreement; contributions are recorded in the panel minutes for each child."],
     "2b": ["There is no set percentage for residential, therapeutic foster care, SEND or semi-independent provision. "
            "Each contribution reflects the child's assessed needs."],
     "3": ["Education contributes to the education element of residential school placements through the High Needs Block."],
     "3a": ["See above. The SEND service funds the education element; no other partner contributes."],
     "4": ["The Children and Young People's Continuing Care National Framework is used as the basis for the health element of split funding."],
     "4b": ["It is not the only criteria. The ICB also uses the CHAT tool to quantify health support hours."],
     "5": ["The Council's spend on external placements in 2022/23 was £38,216,500."],
     "5a": ["£2,904,454 (7.6%) was funded by health."],
     "5b": ["£4,165,599 (10.9%) was funded by education."],
     "5c": ["No funding was received from other sources."],
     "6": ["Children and parents are involved through the Children in Care Council, which reviewed our sufficiency strategy and placement commissioning priorities."],
     "7": ["The Council does not refer to a specific model of practice in its commissioning arrangements."],
     "7a": ["Not applicable."],
     "8": ["No further comments."]},
    gold={"joint_commissioning_framework": "no", "framework_includes_health": st(NA),
          "framework_tor_provided": anyof(False, st(NA)), "health_joint_funds_placements": anyof("case_by_case", "yes"),
          "fixed_percentage_split": False, "other_partners_contribute": "yes", "other_partners": ["Education"],
          "continuing_care_model_used": "yes", "continuing_care_only_criteria": "no", "other_health_tools": ["CHAT"],
          "external_placements_spend_gbp": 38216500.0, "spend_year": "2022/23",
          "health_share_pct": 7.6, "health_share_gbp": 2904454.0, "education_share_pct": 10.9, "education_share_gbp": 4165599.0,
          "other_share_pct": 0, "other_share_gbp": 0.0, "children_parents_involved": "yes", "models_of_practice": "no",
          "exemptions": []})

doc(stem="h9_04", q="s117_aftercare", body="Brighton and Hove City Council", code="E06000043",
    layout="refreqresp", ref="FOI-BHCC-2024-5519", date="Monday 17 June 2024",
    groups=[("1", ["1", "2"]), ("2", ["3", "3a"]), ("3", ["4", "4a"]), ("4", ["5", "6"]), ("5", ["7", "8"]),
            ("6", ["9", "10", "11"]), ("7", ["12"])],
    answers={
     "1": ["612 people were receiving section 117 aftercare funded wholly or partly by the Council as at 31 March 2024."],
     "2": ["389 of these people were jointly funded with the ICB."],
     "3": ["Yes. There is a joint section 117 policy agreed between the Council and NHS Sussex ICB."],
     "3a": ["The policy is published on the Council's website and is therefore exempt under section 21: www.brighton-hove.gov.uk/s117-policy."],
     "4": ["There is no fixed percentage. Costs are apportioned according to assessed need, and each split is agreed at the joint Section 117 panel."],
     "4a": ["Not applicable, see a) above."],
     "5": ["£14,882,310 in the financial year 2023/24."],
     "6": ["The Council does not hold this information. Please contact NHS Sussex ICB."],
     "7": ["The policy is being revised to reflect the new guidance. A draft will go to the Health and Wellbeing Board in the autumn; the current published version pre-dates the guidance."],
     "8": ["NHS Sussex ICB."],
     "9": ["Yes. A shared register is held jointly with the ICB and Sussex Partnership NHS Foundation Trust."],
     "10": ["71 people were discharged from section 117 aftercare in 2023/24."],
     "11": ["Yes, the policy sets out an escalation and dispute resolution process."],
     "12": ["Tamsin Okafor, Head of Mental Health Social Work. " + S40]},
    gold={"s117_people_count": 612, "s117_as_at": "2024-03-31", "s117_jointly_funded_count": 389, "s117_joint_policy": "yes",
          "s117_policy_copy_provided": anyof(True, st(W)), "s117_split_basis": "case_by_case",
          "s117_split_methods": ["case_by_case", "joint_panel"], "s117_icb_share_pct": anyof(st(NA), st(SO)),
          "la_s117_spend_gbp": 14882310.0, "s117_spend_year": "2023/24", "icb_s117_spend_gbp": st(NH),
          "s117_policy_reviewed": anyof("no", "partial"), "s117_lead_icb": ICB["QNX"], "s117_joint_register": "yes",
          "s117_discharged_count": 71, "s117_disputes_process": "yes", "s117_contact_name": "Tamsin Okafor",
          "s117_contact_email": st(W), "s117_contact_phone": st(W), "exemptions": ["s21", "s40"]})

doc(stem="h9_05", q="asc_joint_funding", body="London Borough of Bexley", code="E09000004",
    layout="response_label", label="Response:", ref="FOI/2024/00873", date="23rd April 2024",
    answers={
     "1": ["Fiona Cartwright-Hale, Director of Adult Social Care. Enquiries can be sent to adultsocialcare@bexley.gov.uk."],
     "2": ["Cllr Dale Moberly, Cabinet Member for Adults' Services and Health."],
     "3": ["The Council uses the Liquidlogic Adults' System (LAS), with ContrOCC for payments."],
     "4": ["2,187 as at 31/03/2024."],
     "5": ["£68.4m for 2022/23. This figure is net of client contributions."],
     "6": ["231."],
     "7": ["The Council holds information on the total cost of each package but not the ICB's share as a reportable field. " + S12],
     "8": ["NHS South East London ICB (Bexley borough)."],
     "9": ["Yes, NHS South East London ICB."],
     "10": ["No. There is no formal joint funding policy; the Council follows the National Framework for NHS Continuing Healthcare."],
     "11": ["N/A"],
     "12": ["No. Joint funding is agreed for each individual between the allocated social worker and the ICB's clinical "
            "assessor, with reference to the Decision Support Tool."]},
    gold={"dass_name": "Fiona Cartwright-Hale", "dass_email": "adultsocialcare@bexley.gov.uk", "dass_phone": None,
          "portfolio_holder_name": "Dale Moberly", "case_management_system": "Liquidlogic Adults' Social Care System",
          "case_management_supplier": "System C", "care_packages_count": 2187, "care_packages_as_at": "2024-03-31",
          "la_annual_cost_gbp": 68400000.0, "la_cost_basis": "net", "cost_year": "2022/23",
          "jointly_funded_packages_count": 231, "icb_annual_cost_gbp": st(W), "icb_weekly_cost_gbp": st(W),
          "icbs_covering": [ICB["QKK"]], "main_icb": ICB["QKK"], "joint_funding_policy": "no",
          "policy_copy_provided": anyof(False, st(NA)), "joint_funding_tool": "no",
          "joint_funding_methods": ["case_by_case", "dst"], "exemptions": ["s12"]})

doc(stem="h9_06", q="chc_funding_split", body="NHS Somerset Integrated Care Board", code="QSL",
    layout="autonumber", ref="SOM-FOI-24-337", date="1 August 2024",
    answers={
     "1": ["2,014 people were eligible for NHS Continuing Healthcare as at 31 March 2024."],
     "2": ["197 of those people were on the Fast Track Pathway."],
     "3": ["412 joint packages were in place at the same date."],
     "4": ["Yes, the ICB and Somerset Council have an agreed joint funding protocol."],
     "4a": ["A copy is enclosed with this response."],
     "5": ["The national Checklist and Decision Support Tool are used for eligibility. Contributions to joint packages are agreed at the joint panel."],
     "6": ["Each joint package is agreed case by case."],
     "6a": ["Please see our response to question 6."],
     "7": ["Yes, the protocol includes a disputes resolution procedure."],
     "7a": ["This information is not held in a reportable format, as disputes resolved informally are not logged centrally."],
     "8": ["£96,415,220 for the financial year 2023/24."],
     "9": ["The ICB does not hold this information; it is held by Somerset Council."],
     "10": ["1,608."],
     "11": ["NHS Somerset ICB."]},
    gold={"chc_eligible_count": 2014, "chc_as_at": "2024-03-31", "chc_fast_track_count": 197, "joint_packages_count": 412,
          "joint_funding_protocol": "yes", "protocol_copy_provided": True, "chc_tools": ["checklist", "dst", "joint_panel"],
          "chc_split_fixed": False, "chc_health_share_pct": anyof(st(SO), st(NA)), "chc_disputes_procedure": "yes",
          "chc_disputes_count": st(NH), "icb_chc_spend_gbp": 96415220.0, "chc_spend_year": "2023/24",
          "la_joint_packages_spend_gbp": st(NH), "chc_fast_track_referrals_count": 1608, "chc_icbs": [ICB["QSL"]],
          "exemptions": []})

doc(stem="h9_07", q="csc_joint_commissioning", body="North Northamptonshire Council", code="E06000061",
    layout="letter_plain_table", ref="NNC-FOI-4412", date="5th September 2024",
    answers={
     "1": ["Yes. Children's placements are jointly commissioned under a county-wide framework shared with West Northamptonshire Council and the Northamptonshire Children's Trust."],
     "1a": ["Yes, NHS Northamptonshire ICB is a partner to the framework."],
     "1b": ["The terms of reference are being refreshed and will be published on the ICB website once approved by the partnership board in the coming months. "
            "We are therefore withholding the current draft under section 22 (information intended for future publication). "
            "We consider the public interest is best served by publishing the approved version."],
     "2": ["Yes. The ICB contributes where a child meets the continuing care threshold or has specific health needs that the placement meets."],
     "2a": ["Contributions are agreed at the tripartite panel."],
     "2b": ["Splits are agreed for each child; no fixed percentage is applied to any placement type."],
     "3": ["Yes - Education (SEND) contributes towards residential school and SEND placements and, occasionally, Youth Justice towards remand-related placements."],
     "3a": ["See above."],
     "4": ["Yes."], "4b": ["Yes."],
     "5": ["Spend on external placements for the last three financial years is shown below. 2023/24 is the most recent complete year.",
           ("table", [["Year", "Total spend", "Health", "Education", "Other"],
                      ["2021/22", "£23,118,904", "£1,402,660", "£2,615,200", "£0"],
                      ["2022/23", "£25,760,311", "£1,515,905", "£2,880,144", "£0"],
                      ["2023/24", "£27,940,180", "£1,620,530", "£3,074,420", "£0"]])],
     "5a": ["See table in question 5."], "5b": ["See table in question 5."], "5c": ["See table in question 5."],
     "6": ["The Parent Carer Forum was consulted on the sufficiency strategy, but children and parents are not involved in individual joint funding decisions."],
     "7": ["Yes. Our commissioning framework refers to trauma-informed practice and Signs of Safety."],
     "7a": ["These are published models and are not attached."],
     "8": ["No."]},
    gold={"joint_commissioning_framework": "yes", "framework_includes_health": "yes", "framework_tor_provided": st(W),
          "health_joint_funds_placements": "yes", "fixed_percentage_split": False, "other_partners_contribute": "yes",
          "other_partners": ["Education", "Youth Justice"], "continuing_care_model_used": "yes",
          "continuing_care_only_criteria": "yes", "other_health_tools": None,
          "external_placements_spend_gbp": 27940180.0, "spend_year": "2023/24", "health_share_pct": None,
          "health_share_gbp": 1620530.0, "education_share_pct": None, "education_share_gbp": 3074420.0,
          "other_share_pct": None, "other_share_gbp": 0.0, "children_parents_involved": anyof("partial", "yes"),
          "models_of_practice": "yes", "exemptions": ["s22"]})

doc(stem="h9_08", q="s117_aftercare", body="London Borough of Tower Hamlets", code="E09000030",
    layout="grouped", ref="LBTH FOI 31029", date="12.11.2024",
    answers={
     "1": ["804 people as at 31st March 2024."],
     "2": ["566 of the 804 are jointly funded with the ICB."],
     "3": ["Yes."],
     "3a": ["A copy of the joint protocol is attached."],
     "4": ["Section 117 aftercare is commissioned through a pooled budget under a section 75 agreement with the ICB. Joint costs are split 50/50."],
     "4a": ["50%."],
     "5-7": ["In 2023/24 the Council spent £18,642,900 on section 117 aftercare and the ICB's spend for Tower Hamlets residents was "
             "£18,102,455, both through the pooled budget. The joint protocol was refreshed in July 2024 so that it reflects the updated guidance."],
     "8": ["NHS North East London ICB."],
     "9": ["Yes, a joint register is maintained with the ICB and East London NHS Foundation Trust."],
     "10": ["The Council does not hold this information in a reportable form."],
     "11": ["Yes."],
     "12": ["The Service Manager for the Mental Health Partnership is responsible. " + S40 +
            " The team can be contacted at mhpartnership@towerhamlets.gov.uk."]},
    gold={"s117_people_count": 804, "s117_as_at": "2024-03-31", "s117_jointly_funded_count": 566, "s117_joint_policy": "yes",
          "s117_policy_copy_provided": True, "s117_split_basis": "fixed_percentage",
          "s117_split_methods": ["fixed_split", "lead_agency"], "s117_icb_share_pct": 50,
          "la_s117_spend_gbp": 18642900.0, "s117_spend_year": "2023/24", "icb_s117_spend_gbp": 18102455.0,
          "s117_policy_reviewed": "yes", "s117_lead_icb": ICB["QMF"], "s117_joint_register": "yes",
          "s117_discharged_count": st(NH), "s117_disputes_process": "yes", "s117_contact_name": st(W),
          "s117_contact_email": anyof("mhpartnership@towerhamlets.gov.uk", st(W)), "s117_contact_phone": st(W),
          "exemptions": ["s40"]})

# ---- PDFs made from Word with LibreOffice
doc(stem="h9_09", q="asc_joint_funding", body="Middlesbrough Borough Council", code="E06000002",
    layout="answer_inline", label="Answer:", pdf="soffice", ref="MBC/FOI/2024/1176", yourref="Email dated 2 February 2024",
    date="27/02/2024",
    answers={
     "1": ["Erik Scholes, Director of Adult Social Care and Health Integration. His e-mail address and direct telephone number are withheld under section 40(2)."],
     "2": ["Councillor Janine Wardle, Executive Member for Adult Social Care and Public Health."],
     "3": ["Liquidlogic LAS, provided by System C."],
     "4": ["1,944 (snapshot taken 31 January 2024)."],
     "5": ["Gross cost of commissioned care, 2022/23 (£000):",
           ("table", [["Service type", "£000"], ["Residential care", "21,406"], ["Nursing care", "6,118"],
                      ["Home care", "9,872"], ["Supported living", "8,930"], ["Direct payments", "4,211"], ["Total", "50,537"]])],
     "6": ["208."],
     "7": ["£3,412k in 2022/23."],
     "8": ["NHS North East and North Cumbria ICB."],
     "9": ["Only one ICB covers Middlesbrough: North East and North Cumbria ICB (Tees Valley place)."],
     "10": ["Yes."],
     "11": ["The Tees Valley joint funding policy is currently being updated and the draft is not in a state to be shared; the previous version is no longer in use. We have therefore not provided a copy."],
     "12": ["Yes. A joint funding matrix, agreed across the Tees Valley authorities and the ICB, is used to calculate the split, and each case is then confirmed at the joint funding panel."]},
    gold={"dass_name": "Erik Scholes", "dass_email": st(W), "dass_phone": st(W), "portfolio_holder_name": "Janine Wardle",
          "case_management_system": "Liquidlogic Adults' Social Care System", "case_management_supplier": "System C",
          "care_packages_count": 1944, "care_packages_as_at": "2024-01-31", "la_annual_cost_gbp": 50537000.0,
          "la_cost_basis": "gross", "cost_year": "2022/23", "jointly_funded_packages_count": 208,
          "icb_annual_cost_gbp": 3412000.0, "icb_weekly_cost_gbp": None, "icbs_covering": [ICB["QHM"]],
          "main_icb": ICB["QHM"], "joint_funding_policy": "yes", "policy_copy_provided": False,
          "joint_funding_tool": "yes", "joint_funding_methods": ["funding_matrix", "joint_funding_panel"],
          "exemptions": ["s40"]})

doc(stem="h9_10", q="chc_funding_split", body="NHS Nottingham and Nottinghamshire Integrated Care Board", code="QT1",
    layout="italic_q", pdf="soffice", ref="NN-ICB FOI 24/0982", date="18 October 2024",
    answers={
     "1": ["2,731 people were eligible for CHC as at 31/03/2024."],
     "2": ["341."],
     "3": ["688 jointly funded packages were in place across Nottingham City and Nottinghamshire County."],
     "4": ["Yes. The ICB has a joint funding protocol with Nottingham City Council and a separate protocol with Nottinghamshire County Council."],
     "4a": ["Both protocols are available on the ICB website. " + S21.replace("It is published on our website at the link below.", "")],
     "5": ["The Checklist, the Decision Support Tool and the Fast Track Pathway Tool, as set out in the National Framework."],
     "6": ["Joint packages are agreed case by case according to the health and social care needs identified."],
     "6a": ["Not applicable."],
     "7": ["Yes, a joint disputes procedure is included in each protocol."],
     "7a": ["Disputes are recorded within individual patient records and are not held in a reportable list. "
            + S12.replace("for local government is set at £450 and equates to 18 hours of staff time at £25 an hour",
                          "for the NHS is set at £450, equivalent to 18 hours at £25 per hour")],
     "8": ["£211.9m in 2023/24."],
     "9": ["Not held by the ICB. Please contact the two councils."],
     "10": ["2,904 Fast Track referrals were received in 2023/24."],
     "11": ["NHS Nottingham and Nottinghamshire ICB."]},
    gold={"chc_eligible_count": 2731, "chc_as_at": "2024-03-31", "chc_fast_track_count": 341, "joint_packages_count": 688,
          "joint_funding_protocol": "yes", "protocol_copy_provided": anyof(True, st(W)),
          "chc_tools": ["checklist", "dst", "fast_track_tool"], "chc_split_fixed": False, "chc_health_share_pct": st(NA),
          "chc_disputes_procedure": "yes", "chc_disputes_count": st(W), "icb_chc_spend_gbp": 211900000.0,
          "chc_spend_year": "2023/24", "la_joint_packages_spend_gbp": st(NH), "chc_fast_track_referrals_count": 2904,
          "chc_icbs": [ICB["QT1"]], "exemptions": ["s12", "s21"]})

doc(stem="h9_11", q="csc_joint_commissioning", body="Peterborough City Council", code="E06000031",
    layout="table3_header", pdf="soffice", ref="FOI-PCC-0193-24", date="30 January 2024",
    answers={
     "1": ["Yes. Peterborough and Cambridgeshire share a joint commissioning framework for children's placements."],
     "1a": ["Yes, NHS Cambridgeshire and Peterborough ICB is a partner."],
     "1b": ["The terms of reference are attached."],
     "2": ["Yes."],
     "2a": ["The joint agreement includes rates negotiated with individual providers. Disclosure would be likely to prejudice the commercial "
            "interests of the Council and the providers, so the agreement is withheld under section 43(2). We have weighed the public "
            "interest and concluded that it favours withholding the agreement at this time."],
     "2b": ["Where a child meets the continuing care threshold the placement cost is split on a tripartite basis, one third each to social care, health and education."],
     "3": ["Yes, Education."],
     "3a": ["Education funds one third of tripartite placements from the High Needs Block."],
     "4": ["Yes."],
     "4b": ["No, the ICB also uses the CHAT tool."],
     "5": ["£22,604,118 (2023/24)."],
     "5a": ["8%."],
     "5b": ["12.5%."],
     "5c": ["0%."],
     "6": ["No."],
     "7": ["Yes, the framework refers to the Family Safeguarding model."],
     "7a": ["Information about the model is publicly available."],
     "8": ["None."]},
    gold={"joint_commissioning_framework": "yes", "framework_includes_health": "yes", "framework_tor_provided": True,
          "health_joint_funds_placements": "yes", "fixed_percentage_split": True, "other_partners_contribute": "yes",
          "other_partners": ["Education"], "continuing_care_model_used": "yes", "continuing_care_only_criteria": "no",
          "other_health_tools": ["CHAT"], "external_placements_spend_gbp": 22604118.0, "spend_year": "2023/24",
          "health_share_pct": 8, "health_share_gbp": 1808329.44, "education_share_pct": 12.5,
          "education_share_gbp": 2825514.75, "other_share_pct": 0, "other_share_gbp": 0.0,
          "children_parents_involved": "no", "models_of_practice": "yes", "exemptions": ["s43"]})

doc(stem="h9_12", q="s117_aftercare", body="Newcastle City Council", code="E08000021",
    layout="letter_bold", colour=False, pdf="soffice", ref="IR 7720/24", date="3rd December 2024",
    answers={
     "1": ["1,127 people as at 31 March 2024."],
     "2": ["653."],
     "3": ["Yes."],
     "3a": ["Please find the joint policy attached."],
     "4": ["The split is not fixed. Costs are apportioned according to assessed need at the joint section 117 panel, which uses an apportionment tool to agree each split."],
     "4a": ["There is no fixed percentage."],
     "5": ["Spend on section 117 aftercare by the Council is shown below.",
           ("table", [["Financial year", "Spend"], ["2021/22", "£16,904,221"], ["2022/23", "£18,377,610"],
                      ["2023/24", "£20,115,893"], ["Total", "£55,397,724"]])],
     "6": ["This information is not held by the Council."],
     "7": ["The policy is under review. The eligibility section was updated in September 2024; the remainder will be revised in 2025."],
     "8": ["NHS North East and North Cumbria ICB."],
     "9": ["No. Each organisation keeps its own register and the two are reconciled quarterly."],
     "10": ["112."],
     "11": ["Yes."],
     "12": ["Graham Pettifer, Principal Social Worker (Mental Health). " + S40]},
    gold={"s117_people_count": 1127, "s117_as_at": "2024-03-31", "s117_jointly_funded_count": 653, "s117_joint_policy": "yes",
          "s117_policy_copy_provided": True, "s117_split_basis": "case_by_case",
          "s117_split_methods": ["case_by_case", "joint_panel", "funding_tool"], "s117_icb_share_pct": st(NA),
          "la_s117_spend_gbp": 20115893.0, "s117_spend_year": "2023/24", "icb_s117_spend_gbp": st(NH),
          "s117_policy_reviewed": "partial", "s117_lead_icb": ICB["QHM"], "s117_joint_register": anyof("no", "partial"),
          "s117_discharged_count": 112, "s117_disputes_process": "yes", "s117_contact_name": "Graham Pettifer",
          "s117_contact_email": st(W), "s117_contact_phone": st(W), "exemptions": ["s40"]})

doc(stem="h9_13", q="asc_joint_funding", body="Stoke-on-Trent City Council", code="E06000021",
    layout="twocol_header", pdf="soffice", ref="SOT/FOI/24-3301", date="08 May 2024",
    answers={
     "1": ["Sharon Vickery, Director of Adult Social Care. Contact: adult.services@stoke.gov.uk"],
     "2": ["Councillor Ross Irving, Cabinet Member for Adult Social Care."],
     "3": ["Eclipse, from OLM Systems."],
     "4": ["2,650 as at 30 April 2024."],
     "5": ["£79,118,006 gross for 2022/23."],
     "6": ["302."],
     "7": ["The ICB currently contributes £118,740.50 per week towards these packages. An annual figure is not held."],
     "8": ["NHS Staffordshire and Stoke-on-Trent ICB."],
     "9": ["Yes, Staffordshire and Stoke-on-Trent ICB."],
     "10": ["Yes, a joint funding protocol is in place."],
     "11": [S21 + " www.stoke.gov.uk/jointfunding"],
     "12": ["Yes. A time to task tool is used to calculate the split between health and social care."]},
    gold={"dass_name": "Sharon Vickery", "dass_email": "adult.services@stoke.gov.uk", "dass_phone": None,
          "portfolio_holder_name": "Ross Irving", "case_management_system": "Eclipse", "case_management_supplier": "OLM Systems",
          "care_packages_count": 2650, "care_packages_as_at": "2024-04-30", "la_annual_cost_gbp": 79118006.0,
          "la_cost_basis": "gross", "cost_year": "2022/23", "jointly_funded_packages_count": 302,
          "icb_annual_cost_gbp": 6174506.0, "icb_weekly_cost_gbp": 118740.5, "icbs_covering": [ICB["QNC"]],
          "main_icb": ICB["QNC"], "joint_funding_policy": "yes", "policy_copy_provided": anyof(True, st(W)),
          "joint_funding_tool": "yes", "joint_funding_methods": ["time_to_task"], "exemptions": ["s21"]})

# ---- web pages printed with chromium
doc(stem="h9_14", q="chc_funding_split", body="NHS Cambridgeshire and Peterborough Integrated Care Board", code="QUE",
    layout="html", pdf="chromium", ref="CAPICB FOI 2024-0412", date="26/06/2024", received="29/05/2024",
    title="Continuing healthcare eligibility and joint funding", site="Cambridgeshire & Peterborough Integrated Care System",
    answers={
     "1": ["1,352 (as at 31.03.2024)."],
     "2": ["164."],
     "3": ["The ICB does not hold this information. Joint packages are recorded by the local authorities."],
     "4": ["Yes, with both Cambridgeshire County Council and Peterborough City Council."],
     "4a": ["The protocol is being refreshed; the current version is attached to this response."],
     "5": ["The Decision Support Tool and the Checklist."],
     "6": ["A fixed 50/50 split is applied to all joint packages."],
     "6a": ["50%."],
     "7": ["Yes."],
     "7a": ["9."],
     "8": ["£143,562,000."],
     "9": ["Not held."],
     "10": ["1,729."],
     "11": ["NHS Cambridgeshire and Peterborough ICB."]},
    gold={"chc_eligible_count": 1352, "chc_as_at": "2024-03-31", "chc_fast_track_count": 164, "joint_packages_count": st(NH),
          "joint_funding_protocol": "yes", "protocol_copy_provided": True, "chc_tools": ["dst", "checklist"],
          "chc_split_fixed": True, "chc_health_share_pct": 50, "chc_disputes_procedure": "yes", "chc_disputes_count": 9,
          "icb_chc_spend_gbp": 143562000.0, "chc_spend_year": "2023/24", "la_joint_packages_spend_gbp": st(NH),
          "chc_fast_track_referrals_count": 1729, "chc_icbs": [ICB["QUE"]], "exemptions": []})

doc(stem="h9_15", q="csc_joint_commissioning", body="Royal Borough of Kingston upon Thames", code="E09000021",
    layout="html", pdf="chromium", ref="KIN-FOI-8812", date="4 March 2024", received="5 February 2024",
    title="Joint commissioning of children's placements", site="Royal Borough of Kingston upon Thames",
    answers={
     "1": ["No. External placements are commissioned through the South London Commissioning Programme rather than a joint framework with health."],
     "1a": ["N/A"], "1b": ["N/A"],
     "2": ["Yes, on a case by case basis where a child has identified health needs."],
     "2a": ["No formal terms; agreed at the Complex Needs Panel."],
     "2b": ["There is no set split; it depends on each child's needs."],
     "3": ["No."], "3a": ["N/A"],
     "4": ["Yes."],
     "4b": ["No - the ICB also uses the CHAT assessment."],
     "5": ["£15.3 million (2022-23)."],
     "5a": ["£0.9m."], "5b": ["£1.2m."], "5c": ["£0."],
     "6": ["Yes, young people from the Children in Care Council sit on the commissioning reference group."],
     "7": ["No."], "7a": ["N/A"],
     "8": ["No further comments."]},
    gold={"joint_commissioning_framework": "no", "framework_includes_health": st(NA),
          "framework_tor_provided": anyof(False, st(NA)), "health_joint_funds_placements": anyof("case_by_case", "yes"),
          "fixed_percentage_split": False, "other_partners_contribute": "no", "other_partners": None,
          "continuing_care_model_used": "yes", "continuing_care_only_criteria": "no", "other_health_tools": ["CHAT"],
          "external_placements_spend_gbp": 15300000.0, "spend_year": "2022/23", "health_share_pct": None,
          "health_share_gbp": 900000.0, "education_share_pct": None, "education_share_gbp": 1200000.0,
          "other_share_pct": None, "other_share_gbp": 0.0, "children_parents_involved": "yes", "models_of_practice": "no",
          "exemptions": []})

# ---- reportlab two-column letter
doc(stem="h9_16", q="s117_aftercare", body="Slough Borough Council", code="E06000039",
    layout="reportlab", pdf="reportlab", ref="SBC-FOI-2024-0457", date="19 September 2024",
    answers={
     "1": ["238 people as at 31 March 2024."],
     "2": ["141."],
     "3": ["Yes. The Council and NHS Frimley ICB have an agreed joint section 117 policy."],
     "3a": ["Attached."],
     "4": ["Joint cases are funded on a fixed 50:50 split between the Council and the ICB."],
     "4a": ["50%."],
     "5": ["£5,904,330 in 2023/24."],
     "6": ["£4,120,000. This figure was supplied to us by NHS Frimley ICB."],
     "7": ["No. A review of the policy is planned for 2025."],
     "8": ["NHS Frimley ICB."],
     "9": ["Yes."],
     "10": ["27."],
     "11": ["Yes, set out in section 9 of the joint policy."],
     "12": ["The officer responsible is the Mental Health Team Manager. " + S40 +
            " Enquiries may be made via the Council's main switchboard."]},
    gold={"s117_people_count": 238, "s117_as_at": "2024-03-31", "s117_jointly_funded_count": 141, "s117_joint_policy": "yes",
          "s117_policy_copy_provided": True, "s117_split_basis": "fixed_percentage", "s117_split_methods": ["fixed_split"],
          "s117_icb_share_pct": 50, "la_s117_spend_gbp": 5904330.0, "s117_spend_year": "2023/24",
          "icb_s117_spend_gbp": 4120000.0, "s117_policy_reviewed": "no", "s117_lead_icb": ICB["QNQ"],
          "s117_joint_register": "yes", "s117_discharged_count": 27, "s117_disputes_process": "yes",
          "s117_contact_name": st(W), "s117_contact_email": st(W), "s117_contact_phone": st(W), "exemptions": ["s40"]})

# ---------------------------------------------------------------- helpers
ADDR = {
 "h9_01": ["Town Hall", "King William Street", "Blackburn BB1 7DY"],
 "h9_02": ["Endeavour House", "8 Russell Road", "Ipswich IP1 2BX"],
 "h9_03": ["Information Governance, River Park House", "225 High Road", "London N22 8HQ"],
 "h9_04": ["Hove Town Hall", "Norton Road", "Hove BN3 3BQ"],
 "h9_05": ["Civic Offices", "2 Watling Street", "Bexleyheath DA6 7AT"],
 "h9_06": ["Wynford House", "Lufton Way", "Yeovil BA22 8HR"],
 "h9_07": ["Sheerness House", "41 Meadow Road", "Kettering NN16 8TL"],
 "h9_08": ["Town Hall", "160 Whitechapel Road", "London E1 1BJ"],
 "h9_09": ["Town Hall", "PO Box 500", "Middlesbrough TS1 9FT"],
 "h9_10": ["Sir John Robinson House", "Sir John Robinson Way", "Arnold, Nottingham NG5 6DA"],
 "h9_11": ["Sand Martin House", "Bittern Way", "Peterborough PE2 8TY"],
 "h9_12": ["Civic Centre", "Barras Bridge", "Newcastle upon Tyne NE1 8QH"],
 "h9_13": ["Civic Centre", "Glebe Street", "Stoke-on-Trent ST4 1HH"],
 "h9_16": ["Observatory House", "25 Windsor Road", "Slough SL1 2EL"],
}
SIGN = {
 "h9_01": ("Hannah Lyle-Fenwick", "Information Governance Officer"),
 "h9_02": ("FOI Team", "NHS Suffolk and North East Essex ICB"),
 "h9_03": ("Feedback and Information Governance Team", "London Borough of Haringey"),
 "h9_04": ("Oliver Thwaite", "Information Rights Officer"),
 "h9_05": ("Information Management Team", "London Borough of Bexley"),
 "h9_06": ("Corporate Governance Team", "NHS Somerset ICB"),
 "h9_07": ("Rehana Baig", "Information Governance Advisor"),
 "h9_08": ("Information Governance", "Tower Hamlets Council"),
 "h9_09": ("Lorna Pickersgill", "Senior Data Protection & FOI Officer"),
 "h9_10": ("Freedom of Information Officer", "NHS Nottingham and Nottinghamshire ICB"),
 "h9_11": ("Information Governance Team", "Peterborough City Council"),
 "h9_12": ("Adam Strachan", "Information Rights Team Leader"),
 "h9_13": ("Kelly Bannister", "FOI Officer, Governance Team"),
 "h9_16": ("Deborah Okonjo", "Information Governance Officer"),
}
TOPIC = {"asc_joint_funding": "Adult social care joint funding",
         "chc_funding_split": "NHS Continuing Healthcare and joint funded packages",
         "csc_joint_commissioning": "Joint commissioning of children's external placements",
         "s117_aftercare": "Section 117 aftercare"}

def qtext(d, n):
    return dict(QS[d["q"]])[n]

def shade(cell, hexcol):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def add_table(container, rows, header=True, widths=None, style="Table Grid"):
    t = container.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j); c.text = ""
            run = c.paragraphs[0].add_run(v)
            if header and i == 0: run.bold = True
            if widths: c.width = widths[j]
    return t

def flat(par):
    if isinstance(par, tuple):
        return "; ".join(" ".join(r) for r in par[1])
    return par

def answer_paras(doc_, paras, bold=False, colour=None, indent=None, italic=False):
    for p in paras:
        if isinstance(p, tuple):
            add_table(doc_, p[1]); doc_.add_paragraph()
            continue
        para = doc_.add_paragraph()
        if indent: para.paragraph_format.left_indent = indent
        r = para.add_run(p); r.bold = bold; r.italic = italic
        if colour: r.font.color.rgb = colour

def letterhead(D, d, right=False):
    p = D.add_paragraph(); r = p.add_run(d["body"]); r.bold = True; r.font.size = Pt(15)
    if right: p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in ADDR.get(d["stem"], []):
        q = D.add_paragraph(line); q.paragraph_format.space_after = Pt(0)
        if right: q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    D.add_paragraph()

def refblock(D, d, style="lines"):
    if style == "lines":
        D.add_paragraph(f"Our ref: {d['ref']}").paragraph_format.space_after = Pt(0)
        D.add_paragraph(f"Your ref: {d.get('yourref', 'FOI request')}").paragraph_format.space_after = Pt(0)
        D.add_paragraph(f"Date: {d['date']}")
    elif style == "table":
        add_table(D, [["Our reference", d["ref"]], ["Your reference", d.get("yourref", "Not quoted")], ["Date", d["date"]]], header=False)
        D.add_paragraph()
    else:
        D.add_paragraph(d["date"])
        D.add_paragraph(f"Reference: {d['ref']}")

def closing(D, d, review=REVIEW, s12=False):
    D.add_paragraph(REUSE)
    D.add_paragraph(review)
    D.add_paragraph("Yours sincerely,")
    D.add_paragraph()
    n, t = SIGN[d["stem"]]
    D.add_paragraph(n).paragraph_format.space_after = Pt(0)
    D.add_paragraph(t)

def intro(D, d, greeting="Dear Requester"):
    D.add_paragraph(greeting + ",")
    p = D.add_paragraph(); p.add_run(f"Freedom of Information Act 2000 – {TOPIC[d['q']]}").bold = True
    D.add_paragraph("Thank you for your request for information, which we have dealt with under the Freedom of "
                    "Information Act 2000. Your questions are set out below, followed by our response to each.")

# ---------------------------------------------------------------- layouts
def L_letter_bold(D, d):
    letterhead(D, d); refblock(D, d); intro(D, d)
    col = RGBColor(0x1F, 0x4E, 0x9A) if d.get("colour", True) else None
    for n, _ in QS[d["q"]]:
        D.add_paragraph(f"{n}. {qtext(d, n)}")
        answer_paras(D, d["answers"][n], bold=True, colour=col)
    closing(D, d)

def L_headings(D, d):
    letterhead(D, d, right=True); refblock(D, d, "plain")
    D.add_paragraph("Dear Sir or Madam,")
    D.add_paragraph("Your request has been processed under the Freedom of Information Act 2000. "
                    "The ICB's response to each of your questions is below.")
    for n, _ in QS[d["q"]]:
        D.add_heading(f"Question {n}: {qtext(d, n)}", level=2)
        answer_paras(D, d["answers"][n])
    D.add_heading("Your right to complain", level=2)
    D.add_paragraph(REVIEW2)
    n, t = SIGN[d["stem"]]; D.add_paragraph(f"Kind regards\n\n{n}\n{t}")

def L_twocol(D, d):
    letterhead(D, d); refblock(D, d, "table")
    D.add_paragraph("Dear Requester,")
    D.add_paragraph(f"Re: Information request {d['ref']}. Please find our response to your request in the table below.")
    rows = [[f"{n}. {qtext(d, n)}", " ".join(flat(p) for p in d["answers"][n])] for n, _ in QS[d["q"]]]
    add_table(D, rows, header=False, widths=[Cm(7.5), Cm(8.5)])
    D.add_paragraph()
    closing(D, d)

def L_refreqresp(D, d):
    letterhead(D, d, right=True)
    D.add_paragraph(d["date"]); D.add_paragraph(f"FOI reference: {d['ref']}")
    D.add_paragraph("Dear Applicant,")
    D.add_paragraph("Thank you for your request for information about section 117 aftercare. "
                    "We have grouped your questions; the table below gives our response against each group.")
    t = D.add_table(rows=1, cols=3); t.style = "Table Grid"
    for j, h in enumerate(["Ref", "Request", "Response"]):
        t.cell(0, j).text = ""; t.cell(0, j).paragraphs[0].add_run(h).bold = True; shade(t.cell(0, j), "D9E2F3")
    for ref, nums in d["groups"]:
        row = t.add_row().cells
        row[0].text = ref
        row[1].text = ""; row[2].text = ""
        for k, n in enumerate(nums):
            letter = "abcdefg"[k]
            pr = row[1].paragraphs[0] if k == 0 else row[1].add_paragraph()
            pr.add_run(f"{letter}) {qtext(d, n)}")
            pa = row[2].paragraphs[0] if k == 0 else row[2].add_paragraph()
            pa.add_run(f"{letter}) " + " ".join(flat(p) for p in d["answers"][n]))
    set_widths(t, [Cm(1.2), Cm(7.3), Cm(8)])
    D.add_paragraph()
    closing(D, d)

def L_response_label(D, d):
    letterhead(D, d); refblock(D, d); intro(D, d)
    for n, _ in QS[d["q"]]:
        p = D.add_paragraph(); p.add_run(f"{n}.  {qtext(d, n)}").bold = True
        D.add_paragraph(d["label"])
        answer_paras(D, d["answers"][n])
    closing(D, d)

def L_autonumber(D, d):
    letterhead(D, d); refblock(D, d, "table")
    D.add_paragraph("Dear Requester,")
    D.add_paragraph("Thank you for your Freedom of Information request. NHS Somerset ICB holds some of the information you asked for; our answers follow each question.")
    for n, _ in QS[d["q"]]:
        if n.isdigit():
            D.add_paragraph(qtext(d, n), style="List Number")
        else:
            p = D.add_paragraph(f"({n[-1]}) {qtext(d, n)}"); p.paragraph_format.left_indent = Cm(1.27)
        answer_paras(D, d["answers"][n], indent=Cm(1.9), italic=False, colour=RGBColor(0x00, 0x60, 0x30))
    closing(D, d, review=REVIEW2)

def L_letter_plain_table(D, d):
    letterhead(D, d); refblock(D, d); intro(D, d, "Dear Sir/Madam")
    for n, _ in QS[d["q"]]:
        p = D.add_paragraph(); p.add_run(f"Q{n}  {qtext(d, n)}").bold = True
        answer_paras(D, d["answers"][n])
    closing(D, d)

def L_grouped(D, d):
    letterhead(D, d); refblock(D, d, "table"); intro(D, d)
    for n, _ in QS[d["q"]]:
        p = D.add_paragraph(); p.add_run(f"Question {n}").bold = True
        D.add_paragraph(qtext(d, n)).runs[0].italic = True
        if n in ("5", "6"):
            continue
        key = "5-7" if n == "7" else n
        if key == "5-7":
            D.add_paragraph().add_run("Response to questions 5, 6 and 7").bold = True
        answer_paras(D, d["answers"][key])
    closing(D, d)

def L_answer_inline(D, d):
    letterhead(D, d, right=True); refblock(D, d); intro(D, d)
    for n, _ in QS[d["q"]]:
        p = D.add_paragraph(); p.add_run(f"Q{n}. {qtext(d, n)}").bold = True
        first, rest = d["answers"][n][0], d["answers"][n][1:]
        p2 = D.add_paragraph(); p2.add_run(d["label"] + " ").bold = True; p2.add_run(first)
        answer_paras(D, rest)
    closing(D, d)

def L_italic_q(D, d):
    letterhead(D, d); refblock(D, d, "plain")
    D.add_paragraph("Dear Requester,")
    D.add_paragraph("Re: Freedom of Information request – NHS Continuing Healthcare")
    D.add_paragraph("We confirm that the ICB holds some of the information requested. Each of your questions is repeated in italics, with our response beneath it.")
    for n, _ in QS[d["q"]]:
        p = D.add_paragraph(); r = p.add_run(f"Q{n}  {qtext(d, n)}"); r.italic = True
        answer_paras(D, d["answers"][n])
    closing(D, d, review=REVIEW2)

def L_table3_header(D, d):
    letterhead(D, d); refblock(D, d, "table")
    D.add_paragraph("Request for information: " + TOPIC[d["q"]])
    t = D.add_table(rows=1, cols=3); t.style = "Table Grid"
    for j, h in enumerate(["No.", "Question", "Response"]):
        t.cell(0, j).text = ""; t.cell(0, j).paragraphs[0].add_run(h).bold = True
    for n, _ in QS[d["q"]]:
        row = t.add_row().cells
        row[0].text = n.upper() if not n.isdigit() else n
        row[1].text = qtext(d, n)
        row[2].text = " ".join(flat(p) for p in d["answers"][n])
    set_widths(t, [Cm(1.3), Cm(6.7), Cm(8.5)])
    D.add_paragraph()
    closing(D, d)

def L_twocol_header(D, d):
    letterhead(D, d); refblock(D, d); intro(D, d)
    t = D.add_table(rows=1, cols=2); t.style = "Table Grid"
    for j, h in enumerate(["Your request", "Our response"]):
        t.cell(0, j).text = ""; t.cell(0, j).paragraphs[0].add_run(h).bold = True; shade(t.cell(0, j), "E2EFDA")
    for n, _ in QS[d["q"]]:
        row = t.add_row().cells
        row[0].text = f"Q{n} {qtext(d, n)}"
        row[1].text = " ".join(flat(p) for p in d["answers"][n])
    set_widths(t, [Cm(7.5), Cm(9)])
    D.add_paragraph()
    closing(D, d)

def set_widths(t, widths):
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = w
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]

LAYOUTS = {k[2:]: v for k, v in globals().items() if k.startswith("L_")}

# ---------------------------------------------------------------- HTML (chromium)
CSS = """
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222;font-size:12px}
header{background:#005eb8;color:#fff;padding:14px 24px}
header .site{font-size:20px;font-weight:bold}
nav.top{background:#e8edee;padding:6px 24px;font-size:11px}
nav.top a{margin-right:14px;color:#003087}
.crumbs{padding:8px 24px;font-size:11px;color:#555}
.crumbs a{color:#005eb8}
.wrap{display:flex;padding:0 24px}
aside{width:170px;flex:none;border-right:1px solid #ccc;padding-right:12px;font-size:11px}
aside h3{font-size:12px} aside li{margin-bottom:6px}
main{flex:1;padding-left:18px}
table.meta td{padding:3px 8px;border-bottom:1px solid #ddd}
table.resp{border-collapse:collapse;width:100%;margin-top:10px}
table.resp th,table.resp td{border:1px solid #999;padding:5px;vertical-align:top}
table.resp th{background:#dde6f3;text-align:left}
footer{margin-top:20px;padding:10px 24px;background:#425563;color:#fff;font-size:10px}
"""
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def build_html(d):
    rows = "".join(f"<tr><td>{esc(n)}</td><td>{esc(qtext(d, n))}</td><td>{esc(' '.join(flat(p) for p in d['answers'][n]))}</td></tr>"
                   for n, _ in QS[d["q"]])
    side = ["Freedom of information", "Disclosure log", "Publication scheme", "Make a request", "Data protection"]
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(d['ref'])} – {esc(d['title'])}</title>
<style>{CSS}</style></head><body>
<header><div class="site">{esc(d['site'])}</div></header>
<nav class="top"><a href="#">Home</a><a href="#">Services</a><a href="#">About us</a><a href="#">News</a><a href="#">Contact us</a></nav>
<div class="crumbs"><a href="#">Home</a> &gt; <a href="#">About us</a> &gt; <a href="#">Freedom of information</a> &gt; <a href="#">Disclosure log</a> &gt; {esc(d['ref'])}</div>
<div class="wrap"><aside><h3>In this section</h3><ul>{''.join(f'<li><a href="#">{x}</a></li>' for x in side)}</ul>
<h3>Search the log</h3><p>Filter by year or category</p></aside>
<main><h1>{esc(d['ref'])} – {esc(d['title'])}</h1>
<table class="meta"><tr><td><b>Organisation</b></td><td>{esc(d['body'])}</td></tr>
<tr><td><b>Reference</b></td><td>{esc(d['ref'])}</td></tr>
<tr><td><b>Date received</b></td><td>{esc(d['received'])}</td></tr>
<tr><td><b>Date of response</b></td><td>{esc(d['date'])}</td></tr>
<tr><td><b>Category</b></td><td>{esc(TOPIC[d['q']])}</td></tr></table>
<h2>Request and response</h2>
<p>The requester asked the following questions. Our response is shown against each.</p>
<table class="resp"><tr><th style="width:7%">No.</th><th style="width:43%">Request</th><th>Response</th></tr>{rows}</table>
<p>Information released under the Freedom of Information Act 2000 is published here so that it is available to everyone.
If you are not satisfied with a response you may ask for an internal review within 40 working days and then contact the Information Commissioner.</p>
</main></div><footer>© {esc(d['site'])} · Accessibility · Privacy · Cookies</footer></body></html>"""

# ---------------------------------------------------------------- reportlab
def build_reportlab(d, out):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate
    from reportlab.pdfgen import canvas as cv
    from reportlab.lib.units import cm

    class NumberedCanvas(cv.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k); self._saved = []
        def showPage(self):
            self._saved.append(dict(self.__dict__)); self._startPage()
        def save(self):
            n = len(self._saved)
            for st_ in self._saved:
                self.__dict__.update(st_)
                self.setFont("Helvetica", 8)
                self.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {self._pageNumber} of {n}")
                self.drawString(2 * cm, 1.2 * cm, "OFFICIAL")
                super().showPage()
            super().save()

    def header(c, doc_):
        c.saveState(); c.setFont("Helvetica-Bold", 9)
        c.drawString(2 * cm, A4[1] - 1.3 * cm, d["body"])
        c.setFont("Helvetica", 8)
        c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.3 * cm, f"Freedom of Information response  {d['ref']}")
        c.line(2 * cm, A4[1] - 1.5 * cm, A4[0] - 2 * cm, A4[1] - 1.5 * cm)
        c.restoreState()

    W_, H_ = A4; m = 2 * cm; gap = 0.8 * cm
    colw = (W_ - 2 * m - gap) / 2
    top = Frame(m, H_ - 7.5 * cm, W_ - 2 * m, 5.5 * cm, id="top")
    c1 = Frame(m, 2 * cm, colw, H_ - 9.7 * cm, id="c1")
    c2 = Frame(m + colw + gap, 2 * cm, colw, H_ - 9.7 * cm, id="c2")
    d1 = Frame(m, 2 * cm, colw, H_ - 4 * cm, id="d1")
    d2 = Frame(m + colw + gap, 2 * cm, colw, H_ - 4 * cm, id="d2")
    doc_ = BaseDocTemplate(str(out), pagesize=A4, title=f"{d['ref']} FOI response", author=d["body"])
    doc_.addPageTemplates([PageTemplate(id="first", frames=[top, c1, c2], onPage=header),
                           PageTemplate(id="later", frames=[d1, d2], onPage=header)])
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=13.5, spaceAfter=6)
    q = ParagraphStyle("q", parent=body, fontName="Helvetica-Bold")
    a = ParagraphStyle("a", parent=body, leftIndent=8)
    big = ParagraphStyle("big", parent=body, fontName="Helvetica-Bold", fontSize=13, leading=16)
    f = [Paragraph(d["body"], big)]
    for line in ADDR[d["stem"]]:
        f.append(Paragraph(line, body))
    f += [Spacer(1, 4), Paragraph(f"Our ref: {d['ref']}<br/>Date: {d['date']}", body),
          Paragraph("<b>Freedom of Information Act 2000 – Section 117 aftercare</b>", body),
          NextPageTemplate("later"), FrameBreak()]
    f.append(Paragraph("Dear Requester,", body))
    f.append(Paragraph("<b>Your request</b>", body))
    f.append(Paragraph("On 22 August 2024 you asked the Council for information about section 117 aftercare under the Mental Health Act 1983. "
                       "Section 117 places a joint duty on the local authority and the ICB to provide aftercare for people who have been detained "
                       "under certain sections of the Act, until both bodies are satisfied the person no longer needs it.", body))
    f.append(Paragraph("<b>Our response</b>", body))
    f.append(Paragraph("Thank you for your request for information. The Council holds the information you asked for, "
                       "apart from the contact details noted at question 12. Each question is repeated in bold with our answer below it.", body))
    for n, _ in QS[d["q"]]:
        f.append(Paragraph(f"{n}. {esc(qtext(d, n))}", q))
        for p in d["answers"][n]:
            f.append(Paragraph(esc(flat(p)), a))
    f.append(Paragraph(esc(REUSE), body)); f.append(Paragraph(esc(REVIEW), body))
    n_, t_ = SIGN[d["stem"]]
    f.append(Paragraph(f"Yours faithfully,<br/><br/>{n_}<br/>{t_}", body))
    doc_.build(f, canvasmaker=NumberedCanvas)

# ---------------------------------------------------------------- main
def main():
    for p in (RAW, GOLD, BUILD):
        shutil.rmtree(p, ignore_errors=True); p.mkdir(parents=True)
    for d in DOCS:
        stem, kind = d["stem"], d.get("pdf")
        if kind in (None, "soffice"):
            D = Document()
            D.styles["Normal"].font.name = "Arial"; D.styles["Normal"].font.size = Pt(10.5)
            D.core_properties.author = d["body"]; D.core_properties.title = f"FOI response {d['ref']}"
            import datetime as _dt
            D.core_properties.created = D.core_properties.modified = _dt.datetime.strptime(ISO[stem], "%Y-%m-%d")
            D.core_properties.last_modified_by = SIGN.get(stem, ("", ""))[0]
            LAYOUTS[d["layout"]](D, d)
            if kind is None:
                D.save(RAW / f"{stem}.docx"); src = f"{stem}.docx"
            else:
                D.save(BUILD / f"{stem}.docx")
                subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(RAW), str(BUILD / f"{stem}.docx")],
                               check=True, capture_output=True)
                src = f"{stem}.pdf"
        elif kind == "chromium":
            h = BUILD / f"{stem}.html"; h.write_text(build_html(d), encoding="utf-8")
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                            f"--print-to-pdf={RAW / (stem + '.pdf')}", str(h)], check=True, capture_output=True)
            src = f"{stem}.pdf"
        else:
            build_reportlab(d, RAW / f"{stem}.pdf"); src = f"{stem}.pdf"
        g = {"respondent": d["body"], "foi_reference": d["ref"], "response_date": ISO[stem]}
        g.update(d["gold"])
        out = {"source_file": src, "questionnaire": d["q"], "respondent": {"name": d["body"], "code": d["code"]}, "gold": g}
        (GOLD / f"{stem}.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
        print(stem, src)
    shutil.rmtree(BUILD, ignore_errors=True)

ISO = {"h9_01": "2024-03-14", "h9_02": "2024-07-09", "h9_03": "2024-05-02", "h9_04": "2024-06-17", "h9_05": "2024-04-23",
       "h9_06": "2024-08-01", "h9_07": "2024-09-05", "h9_08": "2024-11-12", "h9_09": "2024-02-27", "h9_10": "2024-10-18",
       "h9_11": "2024-01-30", "h9_12": "2024-12-03", "h9_13": "2024-05-08", "h9_14": "2024-06-26", "h9_15": "2024-03-04",
       "h9_16": "2024-09-19"}

if __name__ == "__main__":
    main()
