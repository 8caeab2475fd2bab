"""Three Word documents (.docx): a letter with bold questions and 'Response:' labels and a figures
table; a three-column question/answer table; questions in Word's automatic numbering."""
import datetime
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import ICB, NA, NH, WH, SO, any_of


def _fix_props(doc, title):
    cp = doc.core_properties
    cp.author = "Information Governance"
    cp.title = title
    cp.created = datetime.datetime(2024, 1, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2024, 1, 1, 9, 0, 0)
    cp.last_modified_by = "Information Governance"
    cp.revision = 1


def _para(doc, text, bold=False, size=None, align=None, italic=False, color=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor(*color)
    if align:
        p.alignment = align
    return p


def _qa(doc, label, q, answer_lines, lab="Response:"):
    p = doc.add_paragraph()
    r = p.add_run(f"{label} {q}")
    r.bold = True
    for i, a in enumerate(answer_lines):
        p = doc.add_paragraph()
        if i == 0 and lab:
            p.add_run(lab + " ").bold = True
        p.add_run(a)


# ---------------------------------------------------------------- h13_11 North East Lincolnshire, csc, letter
def build_11(path):
    doc = Document()
    _fix_props(doc, "FOI response NEL/FOI/23/1316")
    sec = doc.sections[0]
    hdr = sec.header.paragraphs[0]
    hdr.text = "North East Lincolnshire Council\tMunicipal Offices, Town Hall Square, Grimsby DN31 1HU"
    ftr = sec.footer.paragraphs[0]
    ftr.text = "www.nelincs.gov.uk   |   Information Governance Team"
    _para(doc, "Mr J Okonkwo-Reid\nBy email only", size=10)
    _para(doc, "Our ref: NEL/FOI/23/1316\nYour ref: (none given)\nDate: 28 September 2023\nPlease ask for: Information Governance Team", size=10, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(doc, "Dear Mr Okonkwo-Reid")
    _para(doc, "Freedom of Information Act 2000 – Joint commissioning of external placements for children", bold=True)
    _para(doc, "Thank you for your request for information, which we received on 31 August 2023. We have handled it under the Freedom of Information Act 2000. "
               "North East Lincolnshire Council confirms that it holds information within the scope of your request, and our answers are given beneath each question below.")
    _qa(doc, "Q1", "Do you have a joint commissioning framework for externally commissioned placements for children?", ["Yes."])
    _qa(doc, "Q1a", "If yes, does this joint commissioning framework include partners from 'health' (eg, CCG or new ICBs)?",
        ["Yes. NHS Humber and North Yorkshire ICB (North East Lincolnshire place) is a partner under our integrated commissioning arrangements."])
    _qa(doc, "Q1b", "Please share the terms of reference (ToR) or joint agreement, if health are included",
        ["The Section 75 partnership agreement between the council and the ICB is published at www.nelincs.gov.uk/partnership-agreement. "
         "Under section 21 of the Act we are not required to provide information that is reasonably accessible to you by other means."])
    _qa(doc, "Q2", "Do 'health' eg CCG/ICB, joint fund externally commissioned placements (eg, residential, therapeutic foster care, SEND, semi-independent provision)?",
        ["Yes, on a case by case basis."])
    _qa(doc, "Q2a", "If yes, what are the terms (please share a ToR or agreement)?",
        ["Joint funding is agreed at the multi-agency Complex Placements Panel. Please see our response to Q1b."])
    _qa(doc, "Q2b", "If yes, how is that funding split for the following: (e.g. a shared percentage cost) residential; therapeutic foster care; SEND provision; semi-independent provision",
        ["There is no set percentage. The split varies for each child depending on the health needs identified."])
    _qa(doc, "Q3", "Do any other partners contribute (over and above children's social care and health/CCG)?",
        ["Yes – Education, and Adult Social Care for young people approaching adulthood (17+) whose placement continues past 18."])
    _qa(doc, "Q3a", "If yes, who and on what terms?", ["See Q3. These are internal arrangements within the council with no separate terms."])
    _qa(doc, "Q4", "Is the criteria in the 'continuing care funding' model used as a methodology for split funding?", ["Yes."])
    _qa(doc, "Q4b", "If yes, is this the only criteria 'health' use to determine funding?",
        ["No. Health colleagues also use the Children's Health Assessment Tool (CHAT) to identify the hours of health-related support a child needs."])
    _qa(doc, "Q5", "What was your Council 2022/23 yearly spend on external placements?",
        ["Please see the table below, which also shows the previous year for comparison."])
    t = doc.add_table(rows=3, cols=5)
    t.style = "Table Grid"
    data = [
        ("Financial year", "Total external placement spend", "Funded by health", "Funded by education", "Funded by other"),
        ("2021/22", "£16,905,220", "£884,100", "£1,362,000", "£0"),
        ("2022/23", "£19,487,603", "£1,072,456", "£1,615,230", "£41,880"),
    ]
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = v
            if i == 0:
                c.paragraphs[0].runs[0].bold = True
    _qa(doc, "Q5a", "What element of that was funded by health?", ["See table at Q5."])
    _qa(doc, "Q5b", "What element of that was funded by education?", ["See table at Q5."])
    _qa(doc, "Q5c", "What element of that was funded by 'other'?", ["See table at Q5. 'Other' in 2022/23 is a contribution from the Youth Justice Service towards one placement."])
    _qa(doc, "Q6", "Have you involved children or parents in your joint commissioning process?",
        ["Yes. Children in care and care leavers are consulted through the Children in Care Council, and parent carers through the local parent carer forum."])
    _qa(doc, "Q7", "Do you refer to any models of practice in your commissioning framework or joint funding framework?",
        ["Yes – our commissioning strategy refers to the council's restorative practice model."])
    _qa(doc, "Q7a", "If yes, please share this?", ["The practice model is attached."])
    _qa(doc, "Q8", "Do you have any other comments?", ["No."])
    _para(doc, "Re-use of information", bold=True)
    _para(doc, "Most of the information we supply is council copyright and may be re-used under the Open Government Licence. Some documents may be the copyright of a third party.")
    _para(doc, "Your right to complain", bold=True)
    _para(doc, "If you are not satisfied with our response you may ask for an internal review within 40 working days of the date of this letter. "
               "If you are still dissatisfied after the review you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
    _para(doc, "Yours sincerely")
    _para(doc, "Rachael Linsdell\nInformation Governance Officer\nNorth East Lincolnshire Council")
    doc.save(path)


G11 = {
    "foi_reference": "NEL/FOI/23/1316",
    "response_date": "2023-09-28",
    "joint_commissioning_framework": "yes",
    "framework_includes_health": "yes",
    "framework_tor_provided": any_of(True, WH),
    "health_joint_funds_placements": any_of("case_by_case", "yes"),
    "fixed_percentage_split": False,
    "other_partners_contribute": "yes",
    "other_partners": any_of(["Education", "Adult Social Care"], ["Education", "Adult Social Care", "Youth Justice"]),
    "continuing_care_model_used": "yes",
    "continuing_care_only_criteria": "no",
    "other_health_tools": ["CHAT"],
    "external_placements_spend_gbp": 19487603.0,
    "spend_year": "2022/23",
    "health_share_pct": None,
    "health_share_gbp": 1072456.0,
    "education_share_pct": None,
    "education_share_gbp": 1615230.0,
    "other_share_pct": None,
    "other_share_gbp": 41880.0,
    "children_parents_involved": "yes",
    "models_of_practice": "yes",
    "exemptions": ["s21"],
}


# ---------------------------------------------------------------- h13_12 North Northamptonshire, s117, three-column table
N12 = [
    ("1", "How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?",
     "646"),
    ("2", "How many of these people have their section 117 aftercare jointly funded with the ICB?",
     "271"),
    ("3", "Does the local authority have an agreed section 117 joint policy or protocol with the ICB?",
     "Yes – the Northamptonshire Section 117 Joint Policy, agreed with NHS Northamptonshire ICB and West Northamptonshire Council."),
    ("3a", "If so, please provide a copy of the section 117 policy or protocol.",
     "Attached (Appendix A)."),
    ("4", "How is the cost of section 117 aftercare split between the local authority and the ICB?",
     "Costs are apportioned according to the assessed health and social care needs of the person, using the Northamptonshire s117 apportionment tool. The split is agreed individually for each person; there is no fixed split."),
    ("4a", "Where a percentage split is used, what percentage of the cost does the ICB pay?",
     "Not applicable."),
    ("5", "What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?",
     "TABLE"),
    ("6", "What was the ICB's spend on section 117 aftercare for people in your area in the same year?",
     "£4.12m – this is the ICB's contribution to jointly funded packages as recorded by the council. The ICB's own spend on health-only aftercare is not held by the council."),
    ("7", "Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?",
     "Not yet. The policy is scheduled for review in 2025/26."),
    ("8", "Which ICB is the lead ICB for section 117 aftercare in your area?",
     "NHS Northamptonshire ICB"),
    ("9", "Do you keep a joint register with the ICB of people entitled to section 117 aftercare?",
     "Yes. A joint s117 register is held on the council's case management system and shared with the ICB every month."),
    ("10", "How many people were discharged from section 117 aftercare in 2023/24?",
     "37"),
    ("11", "Is there an agreed process for resolving disputes with the ICB about section 117 funding?",
     "Yes – see section 11 of the joint policy (Appendix A)."),
    ("12", "Please provide the name and contact details of the officer responsible for section 117 aftercare.",
     "Lorraine Ashdown, Assistant Director – Safeguarding and Wellbeing. Email: lorraine.ashdown@northnorthants.gov.uk  Tel: 01536 534771"),
]


def build_12(path):
    doc = Document()
    _fix_props(doc, "EIR/FOI Response 2024-NNC-3318")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "NORTH NORTHAMPTONSHIRE COUNCIL – FREEDOM OF INFORMATION RESPONSE"
    sec.footer.paragraphs[0].text = "North Northamptonshire Council, Sheerness House, 41 Meadow Road, Kettering NN16 8TL"
    t0 = doc.add_table(rows=4, cols=2)
    t0.style = "Table Grid"
    for i, (k, v) in enumerate([("Request reference", "2024-NNC-3318"), ("Date request received", "6 August 2024"),
                                ("Date of response", "3 September 2024"), ("Subject", "Section 117 aftercare – joint funding")]):
        t0.cell(i, 0).text = k
        t0.cell(i, 1).text = v
    _para(doc, "")
    _para(doc, "Thank you for your request for information. Please find the council's response in the table below.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(("Q", "Information requested", "Council response")):
        t.cell(0, j).text = h
        t.cell(0, j).paragraphs[0].runs[0].bold = True
    for n, q, a in N12:
        row = t.add_row().cells
        row[0].text = n
        row[1].text = q
        if a == "TABLE":
            row[2].text = "Gross spend on s117 aftercare packages (£m):"
            inner = row[2].add_table(rows=4, cols=2)
            inner.style = "Table Grid"
            for i, (y, v) in enumerate([("Year", "£m"), ("2021/22", "7.81"), ("2022/23", "8.64"), ("2023/24", "9.37")]):
                inner.cell(i, 0).text = y
                inner.cell(i, 1).text = v
        else:
            row[2].text = a
    for row in t.rows:
        for cell, w in zip(row.cells, (Cm(1.2), Cm(7.0), Cm(8.3))):
            cell.width = w
    _para(doc, "")
    _para(doc, "Internal review", bold=True)
    _para(doc, "If you are unhappy with the way the council has handled your request, you may ask for an internal review by contacting foi@northnorthants.gov.uk within 40 working days. "
               "If you are not content with the outcome you may apply to the Information Commissioner's Office for a decision.")
    _para(doc, "Copyright", bold=True)
    _para(doc, "The information supplied is the copyright of North Northamptonshire Council. You may re-use it for your own non-commercial purposes.")
    _para(doc, "Information Rights Team\nNorth Northamptonshire Council")
    doc.save(path)


G12 = {
    "foi_reference": "2024-NNC-3318",
    "response_date": "2024-09-03",
    "s117_people_count": 646,
    "s117_as_at": "2024-03-31",
    "s117_jointly_funded_count": 271,
    "s117_joint_policy": "yes",
    "s117_policy_copy_provided": True,
    "s117_split_basis": "case_by_case",
    "s117_split_methods": any_of(["funding_tool", "case_by_case"], ["funding_tool"]),
    "s117_icb_share_pct": NA,
    "la_s117_spend_gbp": 9370000.0,
    "s117_spend_year": "2023/24",
    "icb_s117_spend_gbp": 4120000.0,
    "s117_policy_reviewed": "no",
    "s117_lead_icb": ICB["QPM"],
    "s117_joint_register": "yes",
    "s117_discharged_count": 37,
    "s117_disputes_process": "yes",
    "s117_contact_name": "Lorraine Ashdown",
    "s117_contact_email": "lorraine.ashdown@northnorthants.gov.uk",
    "s117_contact_phone": "01536 534771",
    "exemptions": [],
}


# ---------------------------------------------------------------- h13_13 West Northamptonshire, asc, automatic numbering
W13 = [
    ("Please provide the contact details for the DASS in your local authority.",
     ["Anna Merridew, Executive Director of Adults, Communities and Wellbeing (DASS).", "Email: anna.merridew@westnorthants.gov.uk"]),
    ("Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).",
     ["Cllr Rebecca Tolson – Cabinet Member for Adult Care, Wellbeing and Health Integration."]),
    ("Who provides your main operational system for Case Management?",
     ["Eclipse, supplied by OLM Systems. (ContrOCC is used for provider payments.)"]),
    ("How many current care packages per week does the local authority contribute some or all of the cost towards?",
     ["5,108 individuals as at 30 June 2024."]),
    ("What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?",
     ["TABLE"]),
    ("How many of these current care packages are jointly funded with an ICB (both those under s.117 of the Mental Health Act and those funding under the Care Act because they do not meet CHC eligibility)?",
     ["Section 117: 402", "Joint health and social care (not CHC eligible): 187", "Total: 589"]),
    ("What is the Annual cost of care provided by ICBs for these cases?",
     ["Health contributions received by the council in 2022/23 for these packages totalled £11,206,000."]),
    ("Which ICBs cover the Local Authority Area?",
     ["NHS Northamptonshire ICB"]),
    ("Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?",
     ["Yes, NHS Northamptonshire ICB."]),
    ("Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?",
     ["Yes. The policy is shared with North Northamptonshire Council and the ICB."]),
    ("Please provide a copy of it.",
     ["The policy is currently being revised and the updated version will be published on the council's website in the autumn. "
      "We are therefore withholding it under section 22 of the Act (information intended for future publication). "
      "We consider that the public interest is best served by publishing the revised policy rather than a version that is about to be replaced."]),
    ("Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?",
     ["There is no specific tool. Splits are discussed and agreed at the Joint Funding Panel on the basis of the outcome of the Decision Support Tool (DST)."]),
]


def build_13(path):
    doc = Document()
    _fix_props(doc, "FOI WNC-FOI-5127 response")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "West Northamptonshire Council\nOne Angel Square, Angel Street, Northampton NN1 1ED"
    sec.footer.paragraphs[0].text = "OFFICIAL"
    _para(doc, "Freedom of Information Request – Decision Notice", bold=True, size=14)
    _para(doc, "Reference: WNC-FOI-5127\nDate received: 21 June 2024\nDate of response: 19 July 2024", size=10)
    _para(doc, "Dear Requester,")
    _para(doc, "Thank you for your request for information about adult social care joint funding. The council's response to each question is given below the question.")
    for q, answers in W13:
        doc.add_paragraph(q, style="List Number")
        for a in answers:
            if a == "TABLE":
                _para(doc, "Gross expenditure on long-term care packages is shown below (£000). The last full year requested is 2022/23.")
                t = doc.add_table(rows=3, cols=2)
                t.style = "Table Grid"
                for i, (y, v) in enumerate([("Financial year", "Gross expenditure (£000)"), ("2021/22", "158,904"), ("2022/23", "172,316")]):
                    t.cell(i, 0).text = y
                    t.cell(i, 1).text = v
            else:
                p = doc.add_paragraph(a)
                p.paragraph_format.left_indent = Cm(1.25)
    _para(doc, "Advice and assistance", bold=True)
    _para(doc, "If you are dissatisfied with the handling of your request you have the right to ask for an internal review within 40 working days of receipt of this response. "
               "If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision.")
    _para(doc, "Kind regards,\nInformation Rights Team\nWest Northamptonshire Council")
    doc.save(path)


G13 = {
    "foi_reference": "WNC-FOI-5127",
    "response_date": "2024-07-19",
    "dass_name": "Anna Merridew",
    "dass_email": "anna.merridew@westnorthants.gov.uk",
    "dass_phone": None,
    "portfolio_holder_name": "Rebecca Tolson",
    "case_management_system": "Eclipse",
    "case_management_supplier": "OLM Systems",
    "care_packages_count": 5108,
    "care_packages_as_at": "2024-06-30",
    "la_annual_cost_gbp": 172316000.0,
    "la_cost_basis": "gross",
    "cost_year": "2022/23",
    "jointly_funded_packages_count": 589,
    "icb_annual_cost_gbp": 11206000.0,
    "icb_weekly_cost_gbp": None,
    "icbs_covering": [ICB["QPM"]],
    "main_icb": ICB["QPM"],
    "joint_funding_policy": "yes",
    "policy_copy_provided": WH,
    "joint_funding_tool": "partial",
    "joint_funding_methods": ["joint_funding_panel", "dst"],
    "exemptions": ["s22"],
}

DOCS = [
    ("h13_11", "docx", "csc_joint_commissioning", "North East Lincolnshire Council", "E06000012", build_11, G11),
    ("h13_12", "docx", "s117_aftercare", "North Northamptonshire Council", "E06000061", build_12, G12),
    ("h13_13", "docx", "asc_joint_funding", "West Northamptonshire Council", "E06000062", build_13, G13),
]
