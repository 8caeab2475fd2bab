"""heldout7 documents h7_08 .. h7_14."""
import os
from common import *
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docs_a import _rl_doc

NEL = "NHS North East London Integrated Care Board"
MSE = "NHS Mid and South Essex Integrated Care Board"
FRIMLEY = "NHS Frimley Integrated Care Board"
SWL = "NHS South West London Integrated Care Board"
HIOW = "NHS Hampshire and Isle of Wight Integrated Care Board"
BLMK = "NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board"


# ---------------------------------------------------------------- h7_08 Waltham Forest, s117, DOCX headings + auto numbering
def h7_08():
    stem = "h7_08"
    d = Document()
    fix_docx_props(d, "FOI-WF-24-1092", "Waltham Forest Information Governance")
    d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(11)
    num = add_numbering(d)
    d.sections[0].footer.paragraphs[0].text = "London Borough of Waltham Forest · Town Hall, Forest Road, Walthamstow E17 4JF"
    d.add_heading("Freedom of Information Request FOI-WF-24-1092", level=1)
    d.add_paragraph("Date: 4th December 2024")
    d.add_paragraph("Thank you for your request for information about section 117 aftercare, received on 6th November 2024. "
                    "We have set out your request below, followed by our response under headings for each topic.")
    d.add_heading("Your request", level=2)
    qs = [
        "How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?",
        "How many of these people have their section 117 aftercare jointly funded with the ICB?",
        "Does the local authority have an agreed section 117 joint policy or protocol with the ICB? If so, please provide a copy.",
        "How is the cost of section 117 aftercare split between the local authority and the ICB, for example a fixed percentage such as 50/50, case by case, or agreed at a panel? Where a percentage split is used, what percentage does the ICB pay?",
        "What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?",
        "What was the ICB's spend on section 117 aftercare for people in your area in the same year?",
        "Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?",
        "Which ICB is the lead ICB for section 117 aftercare in your area?",
        "Do you keep a joint register with the ICB of people entitled to section 117 aftercare?",
        "How many people were discharged from section 117 aftercare in 2023/24?",
        "Is there an agreed process for resolving disputes with the ICB about section 117 funding?",
        "Please provide the name and contact details of the officer responsible for section 117 aftercare.",
    ]
    for q in qs:
        p = d.add_paragraph(q); set_num(p, num)
    d.add_heading("Our response", level=2)
    d.add_heading("People receiving aftercare (questions 1 and 2)", level=3)
    d.add_paragraph("At 31 March 2024 the Council was funding, wholly or in part, section 117 aftercare for 537 people. "
                    "Of these, 298 had aftercare that is jointly funded with the ICB.")
    d.add_heading("Joint policy (question 3)", level=3)
    d.add_paragraph("Yes. The Waltham Forest Section 117 Aftercare Joint Policy was agreed with the ICB and East London "
                    "NHS Foundation Trust in 2022. A copy is attached to this response.")
    d.add_heading("How costs are split (question 4)", level=3)
    d.add_paragraph("Where a package is jointly funded, the Council and NEL ICB each pay 50% of the cost. Packages that meet "
                    "only health needs or only social care needs are funded wholly by the relevant organisation. The ICB "
                    "therefore pays 50% of jointly funded packages.")
    d.add_heading("Spend in 2023/24 (questions 5 and 6)", level=3)
    t = d.add_table(rows=1, cols=3); t.style = "Light Grid Accent 1"
    for i, h in enumerate(["Organisation", "2023/24 spend", "Notes"]):
        t.rows[0].cells[i].text = h
    for a, b, c in [("London Borough of Waltham Forest", "£16,204,118.37", "Gross spend on all s117 aftercare"),
                    ("NEL ICB contribution", "£6,902,455.00", "As recorded on the Council's system for joint packages")]:
        r = t.add_row().cells; r[0].text = a; r[1].text = b; r[2].text = c
    d.add_heading("Guidance review (question 7)", level=3)
    d.add_paragraph("Yes. The joint policy was updated in October 2024 to reflect the new guidance.")
    d.add_heading("Lead ICB and register (questions 8 and 9)", level=3)
    d.add_paragraph("The lead ICB is NHS North East London. The Council keeps its own register of people entitled to "
                    "section 117 aftercare; the ICB keeps a separate list and the two are reconciled every quarter.")
    d.add_heading("Discharges (question 10)", level=3)
    d.add_paragraph("Discharges from section 117 are not recorded in a reportable field. To answer this question we would "
                    "need to read the case file of every person whose aftercare ended in 2023/24. We estimate this would take "
                    "more than 18 hours, which is the appropriate limit set by the Freedom of Information and Data Protection "
                    "(Appropriate Limit and Fees) Regulations 2004. We are therefore refusing this part under section 12.")
    d.add_heading("Disputes (question 11)", level=3)
    d.add_paragraph("Yes – the joint policy sets out an escalation and disputes process.")
    d.add_heading("Lead officer (question 12)", level=3)
    d.add_paragraph("Adele Fairbrother-Nunn, Service Manager, Mental Health. Her direct contact details are exempt under "
                    "section 40(2) of the Act. Please write to the Council via the FOI team if you wish to contact her.")
    d.add_heading("Right of review", level=2)
    d.add_paragraph("You may request an internal review within 40 working days of this response. If you are not content "
                    "with the outcome you may complain to the Information Commissioner's Office.")
    d.add_paragraph("Information Governance Team\nLondon Borough of Waltham Forest")
    d.save(os.path.join(RAW, f"{stem}.docx"))
    write_gold(stem, "docx", "s117_aftercare", "London Borough of Waltham Forest", "E09000031", {
        "foi_reference": "FOI-WF-24-1092",
        "response_date": "2024-12-04",
        "s117_people_count": 537,
        "s117_as_at": "2024-03-31",
        "s117_jointly_funded_count": 298,
        "s117_joint_policy": "yes",
        "s117_policy_copy_provided": True,
        "s117_split_basis": "fixed_percentage",
        "s117_split_methods": ["fixed_split"],
        "s117_icb_share_pct": 50.0,
        "la_s117_spend_gbp": 16204118.37,
        "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": 6902455.0,
        "s117_policy_reviewed": "yes",
        "s117_lead_icb": NEL,
        "s117_joint_register": anyof("no", "partial"),
        "s117_discharged_count": anyof(W, NH),
        "s117_disputes_process": "yes",
        "s117_contact_name": "Adele Fairbrother-Nunn",
        "s117_contact_email": W,
        "s117_contact_phone": W,
        "exemptions": ["s12", "s40"],
    })


# ---------------------------------------------------------------- h7_09 Thurrock, ASC, plain text from portal
def h7_09():
    stem = "h7_09"
    txt = """Thurrock Council - Freedom of Information
==========================================

Case reference:   FOI 13947
Case type:        Freedom of Information Act 2000
Subject:          Adult Social Care - Joint Funding
Received:         19/02/2025
Response sent:    19/03/2025
Status:           Closed - information partly provided

REQUEST
-------
1. Please provide the contact details for the DASS in your local authority.
2. Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).
3. Who provides your main operational system for Case Management?
4. How many current care packages per week does the local authority contribute some or all of the cost towards?
5. What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?
6. How many of these current care packages are jointly funded with an ICB (both those under s.117 of the Mental Health Act and those funding under the Care Act because they do not meet CHC eligibility)?
7. What is the Annual cost of care provided by ICBs for these cases?
8. Which ICBs cover the Local Authority Area?
9. Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?
10. Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?
11. Please provide a copy of it.
12. Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?

RESPONSE
--------
1. Director of Adult Social Care and Community Development - Leanne Osei-Whitlock
   Email: [redacted - s40]   Tel: [redacted - s40]
2. Cllr Graham Pettigrew-Snow, Portfolio Holder for Health, Adult Social Care and Community
3. Liquidlogic LAS (System C), with ContrOCC used for finance.
4. 2,096 as at 28 February 2025
5. We have provided the latest complete financial year, 2023/24, rather than 2022/23.
   Gross cost 2023/24: GBP 58,177,302.55
6. 174
7. c. GBP 3.2m per year (estimate based on current weekly commitments)
8. Mid and South Essex ICB
9. Yes - MSE ICB is the only ICB covering Thurrock
10. No
11. N/A
12. No tool. Eligibility and contributions follow the National Framework DST and decisions are confirmed at the MSE CHC verification panel.

Exemptions applied: Section 40(2) Personal Information - names and direct contact details of officers below
Director level, and direct contact details of Directors, have been redacted as disclosure would breach the
data protection principles.

If you are dissatisfied with the handling of your request, you have the right to ask for an internal review.
Internal review requests should be submitted within 40 working days of the date of receipt of the response
to your original letter and should be addressed to: Information Management, Thurrock Council, New Road,
Grays, Essex RM17 6SL. If you are dissatisfied with the outcome of the internal review you can apply to the
Information Commissioner.
"""
    open(os.path.join(RAW, f"{stem}.txt"), "w").write(txt)
    write_gold(stem, "txt", "asc_joint_funding", "Thurrock Council", "E06000034", {
        "foi_reference": "FOI 13947",
        "response_date": "2025-03-19",
        "dass_name": "Leanne Osei-Whitlock",
        "dass_email": W, "dass_phone": W,
        "portfolio_holder_name": "Graham Pettigrew-Snow",
        "case_management_system": "Liquidlogic Adults' Social Care System",
        "case_management_supplier": "System C",
        "care_packages_count": 2096,
        "care_packages_as_at": "2025-02-28",
        "la_annual_cost_gbp": 58177302.55,
        "la_cost_basis": "gross",
        "cost_year": "2023/24",
        "jointly_funded_packages_count": 174,
        "icb_annual_cost_gbp": 3200000.0,
        "icb_weekly_cost_gbp": None,
        "icbs_covering": [MSE],
        "main_icb": MSE,
        "joint_funding_policy": "no",
        "policy_copy_provided": anyof(False, NA),
        "joint_funding_tool": anyof("partial", "no"),
        "joint_funding_methods": ["dst", "chc_verification_panel"],
        "exemptions": ["s40"],
    })


# ---------------------------------------------------------------- h7_10 Mid and South Essex ICB, CHC, HTML disclosure log (table markup)
def h7_10():
    stem = "h7_10"
    rows = [
        ("How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?",
         "1,752 people were eligible for CHC at 31st March 2024."),
        ("How many of these people were receiving CHC through the Fast Track Pathway?", "351"),
        ("How many joint funded packages (shared care between health and social care for people below the CHC threshold) were in place?",
         "284 joint funded packages were in place at the same date."),
        ("Is there a local joint funding or shared care protocol agreed between the ICB and the local authority?",
         "Yes – the ICB has an agreed protocol with Essex County Council, Southend-on-Sea City Council and Thurrock Council."),
        ("If so, please provide a copy of the protocol.", "Please find a copy attached."),
        ("Which tool is used to decide CHC eligibility and the contributions to joint packages (for example the national Decision Support Tool or a local tool)?",
         "The CHC Checklist and the Decision Support Tool are used for eligibility. For joint packages the DST outcome is used together with a time to task analysis of the care plan."),
        ("Is the funding of joint packages split by a fixed percentage, or agreed case by case?",
         "Under the protocol the ICB and the councils have agreed a standard split of 50:50 for joint packages (section 117 aftercare is dealt with separately)."),
        ("If a fixed or typical percentage is used, what share of the cost does health pay?", "50%"),
        ("Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint funding decisions?",
         "Yes."),
        ("How many disputes were raised under the disputes procedure in 2023/24?",
         "The ICB does not record disputes centrally, so this information is not held."),
        ("What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?", "£187.9 million"),
        ("What was the local authority's annual contribution to joint funded packages in 2023/24?",
         "Not held by the ICB – please contact the relevant council."),
        ("How many Fast Track referrals were received in 2023/24?", "2,870"),
        ("Which ICB or ICBs are responsible for CHC for the residents of your area?", "NHS Mid and South Essex ICB"),
    ]
    nums = ["1", "2", "3", "4", "4a", "5", "6", "6a", "7", "7a", "8", "9", "10", "11"]
    trs = "\n".join(f"<tr><td>{n}</td><td>{q}</td><td>{a}</td></tr>" for n, (q, a) in zip(nums, rows))
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>FOI disclosure: Continuing Healthcare funding split - NHS Mid and South Essex</title>
<style>table{{border-collapse:collapse;width:100%}} td,th{{border:1px solid #999;padding:5px;vertical-align:top}}
.metadata th{{text-align:left;width:180px;background:#eef}}</style></head>
<body>
<div id="site-header">NHS Mid and South Essex Integrated Care Board</div>
<div id="content">
<h1>Continuing Healthcare - funding split</h1>
<table class="metadata">
<tr><th>FOI reference</th><td>MSE/FOI/24/0872</td></tr>
<tr><th>Date received</th><td>04/11/2024</td></tr>
<tr><th>Date of response</th><td>02/12/2024</td></tr>
<tr><th>Category</th><td>Continuing Healthcare</td></tr>
<tr><th>Exemptions</th><td>None</td></tr>
</table>
<h2>Request and response</h2>
<table class="qa">
<thead><tr><th>No.</th><th>Request</th><th>ICB response</th></tr></thead>
<tbody>
{trs}
</tbody></table>
<p>The information supplied is correct at the time of the response. If you are dissatisfied with this response you can ask for an internal review
by contacting the ICB's FOI team (mseicb.foi@nhs.net) within 40 working days. You may also contact the Information Commissioner.</p>
</div>
<div id="site-footer">Phoenix Court, Christopher Martin Road, Basildon SS14 3HG</div>
</body></html>"""
    open(os.path.join(RAW, f"{stem}.html"), "w").write(html)
    write_gold(stem, "html", "chc_funding_split", MSE, "QH8", {
        "foi_reference": "MSE/FOI/24/0872",
        "response_date": "2024-12-02",
        "chc_eligible_count": 1752,
        "chc_as_at": "2024-03-31",
        "chc_fast_track_count": 351,
        "joint_packages_count": 284,
        "joint_funding_protocol": "yes",
        "protocol_copy_provided": True,
        "chc_tools": ["checklist", "dst", "time_to_task"],
        "chc_split_fixed": True,
        "chc_health_share_pct": 50.0,
        "chc_disputes_procedure": "yes",
        "chc_disputes_count": NH,
        "icb_chc_spend_gbp": 187900000.0,
        "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": NH,
        "chc_fast_track_referrals_count": 2870,
        "chc_icbs": [MSE],
        "exemptions": [],
    })


# ---------------------------------------------------------------- h7_11 Milton Keynes, CSC, covering e-mail + DOCX attachment
def h7_11():
    stem = "h7_11"
    d = Document()
    fix_docx_props(d, "MKC-FOI-2024-10527 response", "Milton Keynes City Council")
    d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(11)
    resp = d.styles.add_style("Response", 1)
    resp.base_style = d.styles["Normal"]; resp.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    resp.paragraph_format.left_indent = Cm(1)
    d.add_paragraph("Milton Keynes City Council").runs[0].bold = True
    d.add_paragraph("Civic, 1 Saxon Gate East, Milton Keynes MK9 3EJ")
    d.add_paragraph("Request reference: MKC/FOI/2024/10527\nDate: 31 May 2024")
    d.add_heading("Request for information: joint commissioning of children's placements", level=1)
    qa = [
        ("Q1. Do you have a joint commissioning framework for externally commissioned placements for children?",
         "Response: Yes."),
        ("Q1a. If yes, does this joint commissioning framework include partners from health (eg CCG or new ICBs)?",
         "Response: Yes. BLMK ICB is a partner to the framework."),
        ("Q1b. Please share the terms of reference (ToR) or joint agreement, if health are included",
         "Response: The terms of reference are being revised and will be published on the Council's website in July 2024. "
         "We are therefore withholding them under section 22 of the Act (information intended for future publication). "
         "We consider that it is reasonable in all the circumstances to withhold them until publication."),
        ("Q2. Do health (eg CCG/ICB) joint fund externally commissioned placements (eg residential, therapeutic foster care, SEND, semi-independent provision)?",
         "Response: Yes."),
        ("Q2a. If yes, what are the terms (please share a ToR or agreement)?",
         "Response: Placements agreed at the tripartite Joint Agency Panel are funded by social care, education and health."),
        ("Q2b. If yes, how is that funding split for the following (e.g. a shared percentage cost)",
         "Response: For placements agreed at the Joint Agency Panel the costs are split equally, one third each between "
         "children's social care, education and health."),
        ("Q3. Do any other partners contribute (over and above children's social care and health/CCG)?",
         "Response: Yes – Education, as above."),
        ("Q4. Is the criteria in the continuing care funding model used as a methodology for split funding?",
         "Response: No. Health use their own clinical assessment of the child's needs."),
        ("Q4b. If yes, is this the only criteria health use to determine funding?",
         "Response: N/A"),
        ("Q5. What was your Council yearly spend on external placements?",
         "Response: £22,146,900 in 2022/23."),
        ("Q5a. What element of that was funded by health?", "Response: £1,684,200 (7.6%)"),
        ("Q5b. What element of that was funded by education?", "Response: £2,236,800 (10.1%)"),
        ("Q5c. What element of that was funded by other?", "Response: £0"),
        ("Q6. Have you involved children or parents in your joint commissioning process?",
         "Response: Yes, through the MK Parent Carer Forum and the Children in Care Council."),
        ("Q7. Do you refer to any models of practice in your commissioning framework or joint funding framework?",
         "Response: No."),
        ("Q8. Do you have any other comments?", "Response: None."),
    ]
    for q, a in qa:
        p = d.add_paragraph(); r = p.add_run(q); r.bold = True
        d.add_paragraph(a, style="Response")
    d.add_paragraph("Please note that Milton Keynes City Council is the same legal entity as Milton Keynes Council.")
    d.add_paragraph("If you are unhappy with this response you can request an internal review within 40 working days. "
                    "You may then complain to the Information Commissioner's Office.")
    att = os.path.join(WORK, "MKC-FOI-2024-10527 response.docx"); d.save(att)
    text = """Dear Mr Okafor,

Freedom of Information request MKC/FOI/2024/10527

Please find attached the Council's response to your request about joint commissioning of external placements for children, which we received on 2 May 2024.

Some information (the terms of reference at question 1b) has been withheld under section 22; the reasons are given in the attached response.

Kind regards

Information Governance
Milton Keynes City Council
"""
    write_eml(os.path.join(RAW, f"{stem}.eml"), [
        ("From", "MKCC Information Requests <foi@milton-keynes.gov.uk>"),
        ("To", "D Okafor <d.okafor@example.com>"),
        ("Subject", "Your FOI request MKC/FOI/2024/10527 - response"),
        ("Date", "Fri, 31 May 2024 16:20:03 +0100"),
        ("Message-ID", "<h7-11-mkc-10527@milton-keynes.gov.uk>"),
    ], text=text, attachments=[("MKC-FOI-2024-10527 response.docx", open(att, "rb").read(),
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    write_gold(stem, "eml", "csc_joint_commissioning", "Milton Keynes Council", "E06000042", {
        "foi_reference": "MKC/FOI/2024/10527",
        "response_date": "2024-05-31",
        "joint_commissioning_framework": "yes",
        "framework_includes_health": "yes",
        "framework_tor_provided": anyof(W, False),
        "health_joint_funds_placements": "yes",
        "fixed_percentage_split": True,
        "other_partners_contribute": "yes",
        "other_partners": ["Education"],
        "continuing_care_model_used": "no",
        "continuing_care_only_criteria": NA,
        "external_placements_spend_gbp": 22146900.0,
        "spend_year": "2022/23",
        "health_share_gbp": 1684200.0,
        "health_share_pct": 7.6,
        "education_share_gbp": 2236800.0,
        "education_share_pct": 10.1,
        "other_share_gbp": 0.0,
        "children_parents_involved": "yes",
        "models_of_practice": "no",
        "exemptions": ["s22"],
    })


# ---------------------------------------------------------------- h7_12 Bracknell Forest, s117, Word -> PDF letter, lettered answers
def h7_12():
    stem = "h7_12"
    d = Document()
    fix_docx_props(d, "BFC-FOI-7731", "Bracknell Forest Council")
    d.styles["Normal"].font.name = "Verdana"; d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Bracknell Forest Council\tTime Square, Market Street, Bracknell RG12 1JD"
    sec.footer.paragraphs[0].text = "BFC-FOI-7731 – Section 117 aftercare"
    t = d.add_table(rows=5, cols=2)
    for i, (a, b) in enumerate([("To:", "Mr A Lindqvist"), ("From:", "Information Governance, People Directorate"),
                                ("Ref:", "BFC-FOI-7731"), ("Date received:", "12/12/2024"), ("Date:", "16 January 2025")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    d.add_paragraph("")
    d.add_paragraph("Dear Mr Lindqvist")
    p = d.add_paragraph(); p.add_run("Request under the Freedom of Information Act 2000").bold = True
    d.add_paragraph("I write in response to your request for information about section 117 Mental Health Act aftercare. "
                    "Your request is repeated in bold, with the Council's answer below each part.")
    qa = [
        ("1. How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?",
         ["214."]),
        ("2. How many of these people have their section 117 aftercare jointly funded with the ICB?", ["139."]),
        ("3. Does the local authority have an agreed section 117 joint policy or protocol with the ICB? If so, please provide a copy.",
         ["a) Yes – the East Berkshire Section 117 Aftercare Protocol, agreed with Frimley ICB and the Royal Borough of Windsor and Maidenhead and Slough Borough Council.",
          "b) A copy is attached."]),
        ("4. How is the cost of section 117 aftercare split between the local authority and the ICB, for example a fixed percentage such as 50/50, case by case, or agreed at a panel? Where a percentage split is used, what percentage of the cost does the ICB pay?",
         ["a) Costs are apportioned according to the person's assessed health and social care needs, using the Frimley section 117 funding tool.",
          "b) Where the two organisations cannot agree, the case goes to the East Berkshire s117 panel.",
          "c) No standard percentage is used, so there is no ICB percentage to report."]),
        ("5. What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?",
         ["£4.87m"]),
        ("6. What was the ICB's spend on section 117 aftercare for people in your area in the same year?",
         ["£2,391,640 was invoiced to the ICB for its share of jointly funded packages in 2023/24. The ICB may also fund wholly health packages that the Council does not see."]),
        ("7. Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?",
         ["Not yet. A review of the protocol with Frimley ICB is scheduled to begin in spring 2025."]),
        ("8. Which ICB is the lead ICB for section 117 aftercare in your area?", ["NHS Frimley ICB."]),
        ("9. Do you keep a joint register with the ICB of people entitled to section 117 aftercare?",
         ["Yes, a joint register is maintained with the ICB and Berkshire Healthcare NHS Foundation Trust."]),
        ("10. How many people were discharged from section 117 aftercare in 2023/24?", ["23."]),
        ("11. Is there an agreed process for resolving disputes with the ICB about section 117 funding?",
         ["Yes – see answer 4(b)."]),
        ("12. Please provide the name and contact details of the officer responsible for section 117 aftercare.",
         ["Imogen Stratford-Reyes, Head of Mental Health and Substance Misuse. She can be contacted at s117.enquiries@bracknell-forest.gov.uk."]),
    ]
    for q, ans in qa:
        p = d.add_paragraph(); p.add_run(q).bold = True
        for a in ans:
            ap = d.add_paragraph(a); ap.paragraph_format.left_indent = Cm(0.8)
    d.add_paragraph("If you are unhappy with the way your request has been handled you can ask for an internal review by "
                    "writing to the Information Governance team within 40 working days. If you are still not satisfied, "
                    "you can contact the " + ICO_ADDR + ".")
    d.add_paragraph("Yours sincerely")
    d.add_paragraph("Information Governance Officer\nBracknell Forest Council")
    src = os.path.join(WORK, f"{stem}.docx"); d.save(src)
    soffice_pdf(src, os.path.join(RAW, f"{stem}.pdf"))
    write_gold(stem, "pdf", "s117_aftercare", "Bracknell Forest Council", "E06000036", {
        "foi_reference": "BFC-FOI-7731",
        "response_date": "2025-01-16",
        "s117_people_count": 214,
        "s117_as_at": "2024-03-31",
        "s117_jointly_funded_count": 139,
        "s117_joint_policy": "yes",
        "s117_policy_copy_provided": True,
        "s117_split_basis": "case_by_case",
        "s117_split_methods": anyof(["funding_tool", "joint_panel"], ["funding_tool", "joint_panel", "case_by_case"]),
        "s117_icb_share_pct": anyof(NA, SO),
        "la_s117_spend_gbp": 4870000.0,
        "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": 2391640.0,
        "s117_policy_reviewed": "no",
        "s117_lead_icb": FRIMLEY,
        "s117_joint_register": "yes",
        "s117_discharged_count": 23,
        "s117_disputes_process": "yes",
        "s117_contact_name": "Imogen Stratford-Reyes",
        "s117_contact_email": "s117.enquiries@bracknell-forest.gov.uk",
        "s117_contact_phone": None,
        "exemptions": [],
    })


# ---------------------------------------------------------------- h7_13 Sutton, ASC, DOCX automatic numbering, answers in own style
def h7_13():
    stem = "h7_13"
    d = Document()
    fix_docx_props(d, "FOI/S/24/01277", "London Borough of Sutton")
    d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(11)
    ans = d.styles.add_style("Answer Text", 1)
    ans.base_style = d.styles["Normal"]; ans.font.italic = True; ans.font.color.rgb = RGBColor(0x00, 0x66, 0x33)
    ans.paragraph_format.left_indent = Cm(0.75); ans.paragraph_format.space_after = Pt(10)
    num = add_numbering(d)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "London Borough of Sutton – Information Governance"
    sec.footer.paragraphs[0].text = "Civic Offices, St Nicholas Way, Sutton SM1 1EA"
    d.add_paragraph("FOI/S/24/01277").runs[0].bold = True
    d.add_paragraph("08.08.2024")
    d.add_paragraph("Dear Requester")
    d.add_paragraph("Thank you for your request for information received on 11.07.2024. The Council's response to each "
                    "of your questions is given in green italics.")
    qa = [
        ("Please provide the contact details for the DASS in your local authority.",
         ["Owen Kallis-Brandt, Strategic Director of People (DASS). Email: owen.kallis-brandt@sutton.gov.uk, telephone 020 8770 4411."]),
        ("Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).",
         ["Councillor Marian Hollowell-Yates, Lead Member for Adult Social Care and Health."]),
        ("Who provides your main operational system for Case Management?",
         ["Our case management system is Mosaic, provided by The Access Group (previously Servelec)."]),
        ("How many current care packages per week does the local authority contribute some or all of the cost towards?",
         ["As at 01/08/2024 the Council contributes to 2,461 current care packages."]),
        ("What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?",
         ["The gross cost in 2022/23 was £71,902,640. Net of client contributions and other income, the cost was £59,118,207."]),
        ("How many of these current care packages are jointly funded with an ICB (both those under s.117 of the Mental Health Act and those funding under the Care Act because they do not meet CHC eligibility)?",
         ["229"]),
        ("What is the Annual cost of care provided by ICBs for these cases?",
         ["The ICB contribution to these packages in 2022/23 was £4,116,300."]),
        ("Which ICBs cover the Local Authority Area?",
         ["South West London ICB."]),
        ("Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?",
         ["Yes – please see our answer to question 8."]),
        ("Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?",
         ["Yes, the South West London Joint Funding Policy (2023)."]),
        ("Please provide a copy of it.",
         ["The policy is published on the South West London ICB website, so we have not provided a copy: section 21 of the Act "
          "(information accessible to the applicant by other means) applies."]),
        ("Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?",
         ["Yes. A joint funding tool based on time to task calculations is used for every jointly funded package."]),
    ]
    for q, answers in qa:
        p = d.add_paragraph(q); set_num(p, num)
        for a in answers:
            d.add_paragraph(a, style="Answer Text")
    d.add_paragraph("If you are dissatisfied with this response you may ask for an internal review. Please contact "
                    "foi@sutton.gov.uk within 40 working days. You may also contact the Information Commissioner's Office.")
    d.add_paragraph("Kind regards\n\nInformation Governance Team\nLondon Borough of Sutton")
    d.save(os.path.join(RAW, f"{stem}.docx"))
    write_gold(stem, "docx", "asc_joint_funding", "London Borough of Sutton", "E09000029", {
        "foi_reference": "FOI/S/24/01277",
        "response_date": "2024-08-08",
        "dass_name": "Owen Kallis-Brandt",
        "dass_email": "owen.kallis-brandt@sutton.gov.uk",
        "dass_phone": "020 8770 4411",
        "portfolio_holder_name": "Marian Hollowell-Yates",
        "case_management_system": "Mosaic",
        "case_management_supplier": "The Access Group",
        "care_packages_count": 2461,
        "care_packages_as_at": "2024-08-01",
        "la_annual_cost_gbp": anyof(71902640.0, 59118207.0),
        "la_cost_basis": anyof("gross", "net"),
        "cost_year": "2022/23",
        "jointly_funded_packages_count": 229,
        "icb_annual_cost_gbp": 4116300.0,
        "icb_weekly_cost_gbp": None,
        "icbs_covering": [SWL],
        "main_icb": SWL,
        "joint_funding_policy": "yes",
        "policy_copy_provided": anyof(True, W),
        "joint_funding_tool": "yes",
        "joint_funding_methods": ["time_to_task", "funding_matrix"],
        "exemptions": ["s21"],
    })


# ---------------------------------------------------------------- h7_14 Hampshire and IoW ICB, CHC, reportlab with £m table
def h7_14():
    stem = "h7_14"
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    ss = getSampleStyleSheet()
    N = ParagraphStyle("n", parent=ss["Normal"], fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=6)
    B = ParagraphStyle("b", parent=N, fontName="Times-Bold")
    doc = _rl_doc(os.path.join(RAW, f"{stem}.pdf"), "FOI HIOW 24/25-1410", "NHS Hampshire and Isle of Wight",
                  "FOI reference: HIOW 24/25-1410", "Omega House, 112 Southampton Road, Eastleigh SO50 5PB  ·  hiowicb-hsi.foi@nhs.net")
    S = [Paragraph("<b>NHS Hampshire and Isle of Wight Integrated Care Board</b>", ParagraphStyle("t", parent=N, fontSize=15, leading=18)),
         Paragraph("Freedom of Information Response", B), Spacer(1, 4),
         Paragraph("Date: 11/02/2025<br/>Reference: HIOW 24/25-1410<br/>Subject: Continuing Healthcare and joint funding", N),
         Spacer(1, 8),
         Paragraph("Thank you for your request received on 14/01/2025. The ICB confirms that it holds some of the information "
                   "requested. We have written our answers after each of your questions.", N)]
    qa = [
        ("1. How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?",
         "As at 31 March 2024, 3,044 individuals were eligible for NHS CHC across Hampshire, Southampton, Portsmouth and the Isle of Wight."),
        ("2. How many of these people were receiving CHC through the Fast Track Pathway?", "812."),
        ("3. How many joint funded packages (shared care between health and social care for people below the CHC threshold) were in place?",
         "The ICB does not hold this information. Joint packages are commissioned and recorded by the four local authorities."),
        ("4. Is there a local joint funding or shared care protocol agreed between the ICB and the local authority? If so, please provide a copy of the protocol.",
         "Yes. There are protocols with each local authority, and a single Hampshire and Isle of Wight protocol is in draft. "
         "The current protocols are published on our website and are exempt under section 21."),
        ("5. Which tool is used to decide CHC eligibility and the contributions to joint packages (for example the national Decision Support Tool or a local tool)?",
         "The ICB uses the tools set out in the National Framework: the Checklist, the Decision Support Tool and the Fast Track Pathway Tool."),
        ("6. Is the funding of joint packages split by a fixed percentage, or agreed case by case? If a fixed or typical percentage is used, what share of the cost does health pay?",
         "There is no fixed split; each package is considered individually with the local authority."),
        ("7. Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint funding decisions? How many disputes were raised under the disputes procedure in 2023/24?",
         "Yes, each protocol includes a disputes procedure. 31 disputes were raised in 2023/24."),
        ("8. What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?",
         "The ICB's CHC expenditure in 2023/24 by local authority area is shown in the table below (£m)."),
    ]
    for q, a in qa:
        S += [Paragraph(q, B), Paragraph(a, N)]
    t = Table([["Area", "2023/24 (£m)"], ["Hampshire", "203.41"], ["Southampton", "38.90"], ["Portsmouth", "30.22"],
               ["Isle of Wight", "19.66"], ["Total", "292.19"]], colWidths=[6 * cm, 4 * cm], repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10), ("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
                           ("FONT", (0, -1), (-1, -1), "Times-Bold", 10), ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    S += [t, Spacer(1, 8)]
    qa2 = [
        ("9. What was the local authority's annual contribution to joint funded packages in 2023/24?", "Not held – please see our answer to question 3."),
        ("10. How many Fast Track referrals were received in 2023/24?", "4,907 Fast Track referrals were received in 2023/24."),
        ("11. Which ICB or ICBs are responsible for CHC for the residents of your area?", "NHS Hampshire and Isle of Wight ICB."),
    ]
    for q, a in qa2:
        S += [Paragraph(q, B), Paragraph(a, N)]
    S += [Spacer(1, 6), Paragraph("<b>Section 21 – information reasonably accessible by other means.</b> Where information is already "
                                  "available to the applicant, for example on the ICB's website, it is exempt from disclosure under the Act. "
                                  "Our CHC policies can be found on the ICB website under Publications.", N),
          Paragraph("<b>Complaints and review.</b> If you are not satisfied with our response you may request an internal review within "
                    "40 working days. If you remain dissatisfied you may apply to the Information Commissioner's Office.", N),
          Spacer(1, 10), Paragraph("Freedom of Information Team<br/>NHS Hampshire and Isle of Wight", N)]
    doc.build(S)
    write_gold(stem, "pdf", "chc_funding_split", HIOW, "QRL", {
        "foi_reference": "HIOW 24/25-1410",
        "response_date": "2025-02-11",
        "chc_eligible_count": 3044,
        "chc_as_at": "2024-03-31",
        "chc_fast_track_count": 812,
        "joint_packages_count": NH,
        "joint_funding_protocol": "yes",
        "protocol_copy_provided": anyof(True, W),
        "chc_tools": ["checklist", "dst", "fast_track_tool"],
        "chc_split_fixed": False,
        "chc_health_share_pct": anyof(NA, SO),
        "chc_disputes_procedure": "yes",
        "chc_disputes_count": 31,
        "icb_chc_spend_gbp": 292190000.0,
        "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": anyof(NH, SO),
        "chc_fast_track_referrals_count": 4907,
        "chc_icbs": [HIOW],
        "exemptions": ["s21"],
    })
