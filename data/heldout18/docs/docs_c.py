"""Documents h18_11 to h18_15."""
from common import *  # noqa: F401,F403
from common import lib

# ---------------------------------------------------------------------------------------------
# h18_11.txt  Torbay Council, csc_joint_commissioning: "Q1:"/"A1:" pairs with lettered sub-parts,
# shares given as percentages only (money derived), percentages quoted as examples in prose.
# ---------------------------------------------------------------------------------------------
H18_11 = """TORBAY COUNCIL - FREEDOM OF INFORMATION RESPONSE

Our reference: TC-FOI-8831
Response sent: 22 March 2024
Subject: FOI Request - FAO Children's Commissioners (joint commissioning of external placements)

Q1: Do you have a joint commissioning framework for externally commissioned placements for children?
A1: No.

Q1a: If yes, does this joint commissioning framework include partners from 'health' (eg, CCG or new ICBs)?
A1a: N/A

Q1b: Please share the terms of reference (ToR) or joint agreement, if health are included
A1b: N/A

Q2: Do 'health' eg CCG/ICB, joint fund externally commissioned placements (eg, residential, therapeutic foster care, SEND, semi-independent provision)?
A2: NHS Devon ICB will contribute on a case-by-case basis where a child meets the continuing care criteria or has identified health needs that the placement is meeting.

Q2a: If yes, what are the terms (please share a ToR or agreement)?
A2a: There is no written agreement. Requests are made by the child's social worker to the ICB's children's continuing care team.

Q2b: If yes, how is that funding split for the following: (e.g. a shared percentage cost) residential / therapeutic foster care / SEND provision / semi-independent provision
A2b: There is no standard split for any placement type. Where health contribute, the proportion is agreed for the individual child; in 2023/24 contributions ranged from 10% to 50% of the weekly cost.

Q3: Do any other partners contribute (over and above children's social care and health/CCG)?
A3: No.

Q3a: If yes, who and on what terms?
A3a: N/A

Q4: Is the criteria in the 'continuing care funding' model used as a methodology for split funding?
A4: Yes.

Q4b: If yes, is this the only criteria 'health' use to determine funding?
A4b: Yes - health use the national continuing care framework only.

Q5: What was your Council 2022/23 yearly spend on external placements?
A5: £21,684,000

Q5a: What element of that was funded by health?
A5a: 6.2%

Q5b: What element of that was funded by education?
A5b: 9.5%

Q5c: What element of that was funded by 'other'?
A5c: 0%

Q6: Have you involved children or parents in your joint commissioning process?
A6: No.

Q7: Do you refer to any models of practice in your commissioning framework or joint funding framework?
A7: No.

Q7a: If yes, please share this?
A7a: N/A

Q8: Do you have any other comments?
A8: Torbay's Sufficiency Strategy 2023-2026 is available on the Council website.

Information Governance, Torbay Council, Town Hall, Castle Circus, Torquay TQ1 3DR
You may re-use this information under the Open Government Licence. If you are unhappy with this response please ask for an internal review within 40 working days; you may then complain to the Information Commissioner.
"""


def build_11(raw, work):
    name = "h18_11.txt"
    lib.write_text(path(raw, name), H18_11)
    return name


G11 = {
    "respondent": "Torbay Council",
    "foi_reference": "TC-FOI-8831",
    "response_date": "2024-03-22",
    "joint_commissioning_framework": "no",
    "framework_includes_health": NA,
    "framework_tor_provided": NA,
    "health_joint_funds_placements": any_of("case_by_case", "yes"),
    "fixed_percentage_split": False,
    "other_partners_contribute": "no",
    "other_partners": None,
    "continuing_care_model_used": "yes",
    "continuing_care_only_criteria": "yes",
    "other_health_tools": None,
    "external_placements_spend_gbp": 21684000.0,
    "spend_year": "2022/23",
    "health_share_pct": 6.2,
    "health_share_gbp": 1344408.0,
    "education_share_pct": 9.5,
    "education_share_gbp": 2059980.0,
    "other_share_pct": 0.0,
    "other_share_gbp": 0.0,
    "children_parents_involved": "no",
    "models_of_practice": "no",
    "exemptions": [],
}

# ---------------------------------------------------------------------------------------------
# h18_12.docx  London Borough of Sutton, s117_aftercare: question in bold, answer beneath with
# no label; a mental-health trust named in an answer; contact details given openly.
# ---------------------------------------------------------------------------------------------

def build_12(raw, work):
    name = "h18_12.docx"
    qa = [
        ("1. How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?",
         "593 people (as at 31/03/2024)."),
        ("2. How many of these people have their section 117 aftercare jointly funded with the ICB?", "402"),
        ("3. Does the local authority have an agreed section 117 joint policy or protocol with the ICB?",
         "Yes. The South West London Section 117 Aftercare Policy applies across the six South West London boroughs and NHS South West London ICB."),
        ("3a. If so, please provide a copy of the section 117 policy or protocol.", "A copy is enclosed with this response."),
        ("4. How is the cost of section 117 aftercare split between the local authority and the ICB, for example a fixed percentage such as 50/50, case by case, or agreed at a panel?",
         "Jointly funded section 117 packages are split 50:50 between the Council and the ICB, unless the package is assessed as meeting wholly health or wholly social care needs."),
        ("4a. Where a percentage split is used, what percentage of the cost does the ICB pay?", "50%"),
        ("5. What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?",
         "£11.9m in 2023/24."),
        ("6. What was the ICB's spend on section 117 aftercare for people in your area in the same year?",
         "£6.37m (the ICB's share of jointly funded packages for Sutton residents in 2023/24; figure supplied by NHS South West London)."),
        ("7. Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?",
         "The policy is being revised in light of the guidance. The revised version is due to be agreed in spring 2025."),
        ("8. Which ICB is the lead ICB for section 117 aftercare in your area?", "NHS South West London ICB."),
        ("9. Do you keep a joint register with the ICB of people entitled to section 117 aftercare?",
         "Yes. A joint register is maintained with South West London and St George's Mental Health NHS Trust and the ICB."),
        ("10. How many people were discharged from section 117 aftercare in 2023/24?", "39"),
        ("11. Is there an agreed process for resolving disputes with the ICB about section 117 funding?",
         "Yes - the South West London dispute resolution procedure at Appendix 4 of the policy."),
        ("12. Please provide the name and contact details of the officer responsible for section 117 aftercare.",
         "Daniel Achterberg-Mensah, Head of Service, Mental Health\nEmail: daniel.achterberg-mensah@sutton.gov.uk\nTelephone: 020 8770 4412"),
    ]
    blocks = [
        ("pb", "London Borough of Sutton"),
        ("p", "Civic Offices, St Nicholas Way, Sutton SM1 1EA"),
        ("blank",),
        ("p", "Freedom of Information request FOI/LBS/24/2207"),
        ("p", "Date: 10 December 2024"),
        ("blank",),
        ("p", "Dear Requester"),
        ("p", "Thank you for your request for information about section 117 aftercare, received on 12 November 2024. "
              "Please find the Council's response below."),
    ]
    for q, a in qa:
        blocks.append(("pb", q))
        for line in a.split("\n"):
            blocks.append(("p", line))
    blocks += [
        ("blank",),
        ("p", "If you are unhappy with the way your request has been handled, you can ask for a review by emailing the "
              "Information Governance Team within 40 working days. If you are still unhappy after the review, you can "
              "complain to the Information Commissioner's Office."),
        ("p", "Yours sincerely"),
        ("p", "Information Governance Team, London Borough of Sutton"),
    ]
    lib.build_docx(path(raw, name), blocks, font="Arial")
    return name


G12 = {
    "respondent": "London Borough of Sutton",
    "foi_reference": "FOI/LBS/24/2207",
    "response_date": "2024-12-10",
    "s117_people_count": 593,
    "s117_as_at": "2024-03-31",
    "s117_jointly_funded_count": 402,
    "s117_joint_policy": "yes",
    "s117_policy_copy_provided": True,
    "s117_split_basis": "fixed_percentage",
    "s117_split_methods": ["fixed_split"],
    "s117_icb_share_pct": 50,
    "la_s117_spend_gbp": 11900000.0,
    "s117_spend_year": "2023/24",
    "icb_s117_spend_gbp": 6370000.0,
    "s117_policy_reviewed": "partial",
    "s117_lead_icb": SWL,
    "s117_joint_register": "yes",
    "s117_discharged_count": 39,
    "s117_disputes_process": "yes",
    "s117_contact_name": "Daniel Achterberg-Mensah",
    "s117_contact_email": "daniel.achterberg-mensah@sutton.gov.uk",
    "s117_contact_phone": any_of("020 8770 4412", "02087704412", "+44 20 8770 4412"),
    "exemptions": [],
}

# ---------------------------------------------------------------------------------------------
# h18_13.pdf  Slough Borough Council, asc_joint_funding: Word table (No. | Question | Response)
# converted with LibreOffice; weekly ICB figure only; s40 for the director's details.
# ---------------------------------------------------------------------------------------------

def build_13(raw, work):
    name = "h18_13.pdf"
    src = path(work, "h18_13.docx")
    rows = [
        ["No.", "Question", "Response"],
        ["1", "Please provide the contact details for the DASS in your local authority.",
         "Karen Whitcombe-Ansah, Executive Director of People (Adults). Her direct email address and telephone number are "
         "withheld under section 40(2) of the Freedom of Information Act (personal information)."],
        ["2", "Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).",
         "Cllr Puneet Sandhu-Rai, Lead Member for Adult Social Care and Health."],
        ["3", "Who provides your main operational system for Case Management?",
         "Liquidlogic Adults' System (LAS), supplied by System C, with ContrOCC for finance."],
        ["4", "How many current care packages per week does the local authority contribute some or all of the cost towards?",
         "1,482 service users receiving a commissioned service as at 31/07/2024."],
        ["5", "What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?",
         "£58.7m net expenditure in 2022/23."],
        ["6", "How many of these current care packages are jointly funded with an ICB (both those under s.117 of the Mental Health Act and those funding under the Care Act because they do not meet CHC eligibility)?",
         "121 (section 117: 88; Care Act joint funding: 33)."],
        ["7", "What is the Annual cost of care provided by ICBs for these cases?",
         "The ICB's share is approximately £61,250 per week across the 121 packages. An annual figure is not held."],
        ["8", "Which ICBs cover the Local Authority Area?", "NHS Frimley ICB."],
        ["9", "Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?", "NHS Frimley ICB."],
        ["10", "Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?",
         "Yes. The East Berkshire Joint Funding Policy covers Slough, the Royal Borough of Windsor and Maidenhead, Bracknell Forest and Frimley ICB."],
        ["11", "Please provide a copy of it.", "Attached."],
        ["12", "Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?",
         "No tool is used. Splits are negotiated case by case between the allocated social worker and the ICB's CHC nurse "
         "assessor, with escalation to the East Berkshire Joint Funding Panel where agreement is not reached."],
    ]
    blocks = [
        ("pb", "SLOUGH BOROUGH COUNCIL"),
        ("p", "Observatory House, 25 Windsor Road, Slough SL1 2EL"),
        ("blank",),
        ("pl", "Freedom of Information Request: ", "SBC/FOI/24/0677"),
        ("pl", "Date received: ", "1 August 2024"),
        ("pl", "Date of response: ", "29 August 2024"),
        ("blank",),
        ("p", "Thank you for your request for information. The Council's response to each question is set out below."),
        ("table", rows, None),
        ("p", "This information is provided under the Freedom of Information Act 2000. If you are dissatisfied with the "
              "response you may request an internal review within 40 working days. Should you remain dissatisfied you may "
              "apply to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
        ("p", "Information Governance Team"),
    ]
    lib.build_docx(src, blocks, font="Arial", size=10)
    lib.docx_to_pdf(src, path(raw, name))
    return name


G13 = {
    "respondent": "Slough Borough Council",
    "foi_reference": "SBC/FOI/24/0677",
    "response_date": "2024-08-29",
    "dass_name": "Karen Whitcombe-Ansah",
    "dass_email": W,
    "dass_phone": W,
    "portfolio_holder_name": "Puneet Sandhu-Rai",
    "case_management_system": "Liquidlogic Adults' Social Care System",
    "case_management_supplier": "System C",
    "care_packages_count": 1482,
    "care_packages_as_at": "2024-07-31",
    "la_annual_cost_gbp": 58700000.0,
    "la_cost_basis": "net",
    "cost_year": "2022/23",
    "jointly_funded_packages_count": 121,
    "icb_annual_cost_gbp": 3185000.0,
    "icb_weekly_cost_gbp": 61250.0,
    "icbs_covering": [FRIMLEY],
    "main_icb": FRIMLEY,
    "joint_funding_policy": "yes",
    "policy_copy_provided": True,
    "joint_funding_tool": "partial",
    "joint_funding_methods": any_of(["case_by_case", "joint_funding_panel", "dispute_process"],
                                    ["case_by_case", "joint_funding_panel"]),
    "exemptions": ["s40"],
}

# ---------------------------------------------------------------------------------------------
# h18_14.html  NHS Sussex ICB, chc_funding_split: ICB disclosure-log page with a metadata table
# (Reference / Description / Date requested / Date replied / Category); the request is
# restated as an <ol> whose numbering restarts; answers as paragraphs after each question.
# ---------------------------------------------------------------------------------------------
H18_14 = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>FOI-SX-2025-0193 - NHS Sussex</title>
<style>
body{font-family:Frutiger,Arial,sans-serif;margin:0;color:#212b32}
.banner{background:#fff;border:2px solid #005eb8;padding:10px 16px;margin:8px}
.top{background:#005eb8;color:#fff;padding:12px 16px}
.top a{color:#fff;margin-right:14px;text-decoration:none}
.crumb{padding:8px 16px;font-size:14px}
main{padding:8px 16px;max-width:900px}
table.meta td,table.meta th{border-bottom:1px solid #d8dde0;padding:6px 10px;text-align:left}
.q{font-weight:bold;margin-top:18px}
footer{border-top:4px solid #005eb8;padding:16px;font-size:13px;background:#f0f4f5}
</style>
</head>
<body>
<div class="banner"><p><strong>Cookies on the NHS Sussex website</strong><br>We've put some small files called cookies on your device to make our site work. We'd also like to use analytics cookies.</p><p><a href="#">I'm OK with analytics cookies</a> | <a href="#">Do not use analytics cookies</a></p></div>
<div class="top"><a href="/">NHS Sussex</a><a href="/about-us">About us</a><a href="/your-health">Your health</a><a href="/get-involved">Get involved</a><a href="/publications">Publications</a><a href="/contact">Contact us</a></div>
<div class="crumb"><a href="/">Home</a> &rsaquo; <a href="/about-us">About us</a> &rsaquo; <a href="/foi">Freedom of information</a> &rsaquo; <a href="/foi/disclosure-log">Disclosure log</a> &rsaquo; FOI-SX-2025-0193</div>
<main>
<h1>FOI-SX-2025-0193</h1>
<table class="meta">
<tr><th>Reference</th><td>FOI-SX-2025-0193</td></tr>
<tr><th>Description</th><td>Continuing Healthcare and joint funded packages</td></tr>
<tr><th>Date requested</th><td>03/02/2025</td></tr>
<tr><th>Date replied</th><td>04/03/2025</td></tr>
<tr><th>Category</th><td>Continuing Healthcare (CHC)</td></tr>
</table>
<h2>Request and response</h2>
<p>Please provide the following information for your ICB.</p>
<ol>
<li>How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?</li>
</ol>
<p>NHS Sussex had 2,806 people eligible for NHS CHC at 31 March 2024.</p>
<ol>
<li>How many of these people were receiving CHC through the Fast Track Pathway?</li>
</ol>
<p>571</p>
<ol>
<li>How many joint funded packages (shared care between health and social care for people below the CHC threshold) were in place?</li>
</ol>
<p>West Sussex 198, East Sussex 176, Brighton &amp; Hove 83. Total 457.</p>
<ol>
<li>Is there a local joint funding or shared care protocol agreed between the ICB and the local authority? If so, please provide a copy of the protocol.</li>
</ol>
<p>Yes. NHS Sussex has a joint funding protocol with each of the three local authorities in Sussex.</p>
<p>The protocols are being updated and the revised versions will be published on our website in the summer of 2025. We are therefore withholding them under section 22 of the Freedom of Information Act (information intended for future publication).</p>
<ol>
<li>Which tool is used to decide CHC eligibility and the contributions to joint packages (for example the national Decision Support Tool or a local tool)?</li>
</ol>
<p>The Decision Support Tool is used for eligibility. For joint packages the Sussex joint funding tool, a local matrix agreed with the councils, is used to set each organisation's contribution.</p>
<ol>
<li>Is the funding of joint packages split by a fixed percentage, or agreed case by case? If a fixed or typical percentage is used, what share of the cost does health pay?</li>
</ol>
<p>Case by case. There is no typical percentage; the health share is set for each package using the tool.</p>
<ol>
<li>Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint funding decisions? How many disputes were raised under the disputes procedure in 2023/24?</li>
</ol>
<p>Yes. 17 disputes were raised in 2023/24.</p>
<ol>
<li>What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?</li>
</ol>
<p>&pound;312.4m</p>
<ol>
<li>What was the local authority's annual contribution to joint funded packages in 2023/24?</li>
</ol>
<p>This information is not held by NHS Sussex. Please contact the local authorities.</p>
<ol>
<li>How many Fast Track referrals were received in 2023/24?</li>
</ol>
<p>4,102</p>
<ol>
<li>Which ICB or ICBs are responsible for CHC for the residents of your area?</li>
</ol>
<p>NHS Sussex.</p>
<h2>Attachments</h2>
<p>None</p>
</main>
<footer>
<p>NHS Sussex, Sackville House, Brooks Close, Lewes BN7 2FZ</p>
<p><a href="/accessibility">Accessibility statement</a> | <a href="/privacy">Privacy notice</a> | <a href="/cookies">Cookies</a> | &copy; NHS Sussex 2025</p>
</footer>
</body>
</html>
"""


def build_14(raw, work):
    name = "h18_14.html"
    lib.write_text(path(raw, name), H18_14)
    return name


G14 = {
    "respondent": SUSSEX,
    "foi_reference": "FOI-SX-2025-0193",
    "response_date": "2025-03-04",
    "chc_eligible_count": 2806,
    "chc_as_at": "2024-03-31",
    "chc_fast_track_count": 571,
    "joint_packages_count": 457,
    "joint_funding_protocol": "yes",
    "protocol_copy_provided": any_of(W, False),
    "chc_tools": ["dst", "local_tool"],
    "chc_split_fixed": False,
    "chc_health_share_pct": NA,
    "chc_disputes_procedure": "yes",
    "chc_disputes_count": 17,
    "icb_chc_spend_gbp": 312400000.0,
    "chc_spend_year": "2023/24",
    "la_joint_packages_spend_gbp": NH,
    "chc_fast_track_referrals_count": 4102,
    "chc_icbs": [SUSSEX],
    "exemptions": ["s22"],
}

# ---------------------------------------------------------------------------------------------
# h18_15.eml  Southend-on-Sea Borough Council (writing as "Southend-on-Sea City Council"),
# s117_aftercare: short covering e-mail; the response itself is an attached Word document with
# "Question N" headings and "Response" on its own line; a policy PDF attached as well.
# ---------------------------------------------------------------------------------------------
H18_15_BODY = """Dear Dr Whitfield,

Freedom of Information Act 2000 - Request reference FOI-SCC-24-1946

Please find attached the Council's response to your request about section 117 aftercare, together with a copy of the joint policy.

If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of receipt of this response and should be addressed to the Information Governance Team. If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision.

Kind regards

Information Governance Team
Southend-on-Sea City Council
Civic Centre, Victoria Avenue, Southend-on-Sea SS2 6ER
"""


def _policy_pdf():
    import io
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800
    for line in [
        "Mid and South Essex Section 117 Aftercare Policy",
        "Version 3.0 - approved November 2024",
        "",
        "Contents",
        "1. Introduction ........................................ 3",
        "2. Who is entitled to section 117 aftercare ............ 4",
        "3. Joint funding and the S117 Joint Funding Panel ...... 7",
        "4. Ending section 117 aftercare ........................ 11",
        "5. Disputes ............................................ 13",
        "Appendix A - Referral form ............................. 15",
    ]:
        c.drawString(60, y, line)
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()


def build_15(raw, work):
    name = "h18_15.eml"
    resp = path(work, "FOI-SCC-24-1946 response.docx")
    qa = [
        ("Question 1", "How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?",
         "412 people as at 31 March 2024."),
        ("Question 2", "How many of these people have their section 117 aftercare jointly funded with the ICB?",
         "The Council does not record joint funding as a separate flag on the case record. From the finance system, 188 "
         "packages received an ICB contribution in March 2024."),
        ("Question 3", "Does the local authority have an agreed section 117 joint policy or protocol with the ICB? If so, please provide a copy.",
         "Yes. The Mid and South Essex Section 117 Aftercare Policy is agreed between Southend-on-Sea City Council, Essex "
         "County Council, Thurrock Council and NHS Mid and South Essex ICB. A copy is attached."),
        ("Question 4", "How is the cost of section 117 aftercare split between the local authority and the ICB? Where a percentage split is used, what percentage of the cost does the ICB pay?",
         "Costs are apportioned according to assessed need, and each case is agreed at the Mid and South Essex S117 Joint "
         "Funding Panel. There is no fixed split, so no percentage applies."),
        ("Question 5", "What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?",
         "£8,605,442"),
        ("Question 6", "What was the ICB's spend on section 117 aftercare for people in your area in the same year?",
         "This information is not held by the Council."),
        ("Question 7", "Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?",
         "Yes. A joint review took place during 2024 and the updated policy was signed off in November 2024."),
        ("Question 8", "Which ICB is the lead ICB for section 117 aftercare in your area?", "NHS Mid and South Essex ICB."),
        ("Question 9", "Do you keep a joint register with the ICB of people entitled to section 117 aftercare?",
         "No. Each organisation keeps its own list; a shared register is planned as part of the new policy."),
        ("Question 10", "How many people were discharged from section 117 aftercare in 2023/24?", "26"),
        ("Question 11", "Is there an agreed process for resolving disputes with the ICB about section 117 funding?",
         "Yes, see section 5 of the attached policy."),
        ("Question 12", "Please provide the name and contact details of the officer responsible for section 117 aftercare.",
         "The officer's name and direct contact details are withheld under section 40(2) of the Act. Enquiries can be sent "
         "to mentalhealth.s117@southend.gov.uk."),
    ]
    blocks = [
        ("pb", "Southend-on-Sea City Council"),
        ("p", "Freedom of Information response"),
        ("pl", "Reference: ", "FOI-SCC-24-1946"),
        ("pl", "Date: ", "18 December 2024"),
        ("blank",),
    ]
    for head, q, a in qa:
        blocks.append(("h", head, 3))
        blocks.append(("p", q))
        blocks.append(("pb", "Response"))
        blocks.append(("p", a))
    lib.build_docx(resp, blocks, font="Arial")
    with open(resp, "rb") as f:
        docx_bytes = f.read()
    headers = {
        "From": "Information Governance <foi@southend.gov.uk>",
        "To": "Dr Elaine Whitfield <e.whitfield@uni.example>",
        "Subject": "FOI-SCC-24-1946 - Section 117 aftercare - response",
        "Date": "Wed, 18 Dec 2024 10:12:31 +0000",
        "Message-ID": "<h18-15-foi-scc-24-1946@southend.gov.uk>",
    }
    lib.build_eml(path(raw, name), headers, H18_15_BODY, [
        ("FOI-SCC-24-1946 response.docx", "application",
         "vnd.openxmlformats-officedocument.wordprocessingml.document", docx_bytes),
        ("MSE S117 Policy v3.0.pdf", "application", "pdf", _policy_pdf()),
    ])
    return name


G15 = {
    "respondent": "Southend-on-Sea Borough Council",
    "foi_reference": "FOI-SCC-24-1946",
    "response_date": "2024-12-18",
    "s117_people_count": 412,
    "s117_as_at": "2024-03-31",
    "s117_jointly_funded_count": 188,
    "s117_joint_policy": "yes",
    "s117_policy_copy_provided": True,
    "s117_split_basis": "case_by_case",
    "s117_split_methods": any_of(["joint_panel"], ["joint_panel", "case_by_case"]),
    "s117_icb_share_pct": any_of(NA, SO),
    "la_s117_spend_gbp": 8605442.0,
    "s117_spend_year": "2023/24",
    "icb_s117_spend_gbp": NH,
    "s117_policy_reviewed": "yes",
    "s117_lead_icb": MSE,
    "s117_joint_register": any_of("no", "partial"),
    "s117_discharged_count": 26,
    "s117_disputes_process": "yes",
    "s117_contact_name": W,
    "s117_contact_email": any_of(W, "mentalhealth.s117@southend.gov.uk"),
    "s117_contact_phone": W,
    "exemptions": ["s40"],
}


def _entry(stem, q, resp_name, resp_code, build, gold):
    return {"stem": stem, "questionnaire": q, "respondent": {"name": resp_name, "code": resp_code},
            "build": build, "gold": gold}


DOCS = [
    _entry("h18_11", "csc_joint_commissioning", "Torbay Council", "E06000027", build_11, G11),
    _entry("h18_12", "s117_aftercare", "London Borough of Sutton", "E09000029", build_12, G12),
    _entry("h18_13", "asc_joint_funding", "Slough Borough Council", "E06000039", build_13, G13),
    _entry("h18_14", "chc_funding_split", SUSSEX, "QNX", build_14, G14),
    _entry("h18_15", "s117_aftercare", "Southend-on-Sea Borough Council", "E06000033", build_15, G15),
]
