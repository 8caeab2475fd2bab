"""Documents h18_16 to h18_20."""
from common import *  # noqa: F401,F403
from common import lib

# ---------------------------------------------------------------------------------------------
# h18_16.txt  Somerset Council, chc_funding_split: "Request: 1 - ..." block then "Response: 1 - ..."
# block; the council does not hold the ICB's figures; a suppressed count.
# ---------------------------------------------------------------------------------------------
H18_16 = """Somerset Council
Information Rights Team

Freedom of Information Request
Reference: SC-FOI-2024-04471
Date: 25 July 2024

Request:
1 - How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?
2 - How many of these people were receiving CHC through the Fast Track Pathway?
3 - How many joint funded packages (shared care between health and social care for people below the CHC threshold) were in place?
4 - Is there a local joint funding or shared care protocol agreed between the ICB and the local authority?
4a - If so, please provide a copy of the protocol.
5 - Which tool is used to decide CHC eligibility and the contributions to joint packages (for example the national Decision Support Tool or a local tool)?
6 - Is the funding of joint packages split by a fixed percentage, or agreed case by case?
6a - If a fixed or typical percentage is used, what share of the cost does health pay?
7 - Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint funding decisions?
7a - How many disputes were raised under the disputes procedure in 2023/24?
8 - What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?
9 - What was the local authority's annual contribution to joint funded packages in 2023/24?
10 - How many Fast Track referrals were received in 2023/24?
11 - Which ICB or ICBs are responsible for CHC for the residents of your area?

Response:
1 - Not held by the Council. Eligibility for NHS Continuing Healthcare is determined and recorded by NHS Somerset ICB, and you may wish to redirect this question to the ICB.
2 - Not held - see response 1.
3 - 312 joint packages between the Council and the ICB (snapshot 31/03/2024).
4 - Yes. Somerset has a Joint Funding Policy agreed between the Council and NHS Somerset ICB in 2023.
4a - Please see the attached document.
5 - The ICB uses the Decision Support Tool for eligibility decisions. Where a person is not eligible for CHC but has health needs, the Council and the ICB apply the Somerset Joint Funding Tool, a locally developed tool, and decisions are confirmed by the Joint Funding Panel.
6 - There is no fixed percentage; the tool produces a split for each package.
6a - Not applicable.
7 - Yes. The Somerset Disputes Resolution Protocol applies.
7a - Fewer than five. The exact number is withheld under section 40(2) of the Freedom of Information Act as it relates to a small number of individuals.
8 - Not held by the Council - please contact NHS Somerset ICB.
9 - £7.43m in 2023/24.
10 - Not held by the Council.
11 - NHS Somerset ICB.

Your right to complain
If you are unhappy with the way your request has been handled you can request a review within 40 working days by writing to the Information Rights Team, Somerset Council, County Hall, Taunton TA1 4DY. If you remain dissatisfied you can complain to the Information Commissioner's Office (ICO).
"""


def build_16(raw, work):
    name = "h18_16.txt"
    lib.write_text(path(raw, name), H18_16)
    return name


G16 = {
    "respondent": "Somerset Council",
    "foi_reference": "SC-FOI-2024-04471",
    "response_date": "2024-07-25",
    "chc_eligible_count": NH,
    "chc_as_at": None,
    "chc_fast_track_count": any_of(NH, SO),
    "joint_packages_count": 312,
    "joint_funding_protocol": "yes",
    "protocol_copy_provided": True,
    "chc_tools": ["dst", "local_tool", "joint_panel"],
    "chc_split_fixed": False,
    "chc_health_share_pct": NA,
    "chc_disputes_procedure": "yes",
    "chc_disputes_count": W,
    "icb_chc_spend_gbp": NH,
    "chc_spend_year": "2023/24",
    "la_joint_packages_spend_gbp": 7430000.0,
    "chc_fast_track_referrals_count": NH,
    "chc_icbs": [SOMERSET],
    "exemptions": ["s40"],
}

# ---------------------------------------------------------------------------------------------
# h18_17.docx  City of Westminster, asc_joint_funding, June 2026: questions as Word automatic
# numbering (the numbers live in numbering.xml), "Response:" paragraphs; latest year given
# instead of the year asked; ICB merger of 1 April 2026 described.
# ---------------------------------------------------------------------------------------------

def build_17(raw, work):
    name = "h18_17.docx"
    qa = [
        ("Please provide the contact details for the DASS in your local authority.",
         "Grace Olamide-Fenwick, Bi-borough Executive Director of Adult Social Care and Health (DASS). "
         "Email: g.olamide-fenwick@westminster.gov.uk. Telephone: 020 7641 2590."),
        ("Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).",
         "Cllr Nafsika Barrow-Ahmed, Cabinet Member for Adult Social Care, Public Health and Voluntary Sector."),
        ("Who provides your main operational system for Case Management?", "Mosaic - The Access Group."),
        ("How many current care packages per week does the local authority contribute some or all of the cost towards?",
         "2,361 packages as at 30 April 2026."),
        ("What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?",
         "We have provided the most recent complete year. Gross spend in 2025/26 was £143.8m. Figures for 2022/23 are "
         "published in the Council's statement of accounts."),
        ("How many of these current care packages are jointly funded with an ICB (both those under s.117 of the Mental Health Act and those funding under the Care Act because they do not meet CHC eligibility)?",
         "204"),
        ("What is the Annual cost of care provided by ICBs for these cases?", "£7.9m in 2025/26."),
        ("Which ICBs cover the Local Authority Area?",
         "NHS North West London ICB until 31 March 2026. From 1 April 2026 the area is covered by NHS West and North London "
         "ICB, following the merger of the North West London and North Central London ICBs."),
        ("Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?",
         "Yes - NHS West and North London ICB."),
        ("Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?", "Yes."),
        ("Please provide a copy of it.",
         "The North West London Joint Funding Policy (2024) remains in force and is published on the ICB's website. As it is "
         "reasonably accessible, we are applying section 21 of the Act."),
        ("Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?",
         "Yes. The policy includes a standard apportionment toolkit based on a time to task analysis, and cases are agreed at "
         "the Joint Funding Forum."),
    ]
    blocks = [
        ("right", "Westminster City Council"),
        ("right", "Information Management Team"),
        ("right", "64 Victoria Street, London SW1E 6QP"),
        ("blank",),
        ("pl", "Our reference: ", "WCC-FOI-2026-00884"),
        ("pl", "Date: ", "10 June 2026"),
        ("blank",),
        ("p", "Dear Requester,"),
        ("p", "Thank you for your Freedom of Information request received on 13 May 2026. Your questions are repeated below "
              "with the Council's response beneath each one."),
    ]
    for q, a in qa:
        blocks.append(("num", q))
        blocks.append(("pl", "Response: ", a))
    blocks += [
        ("blank",),
        ("p", "If you are not satisfied with this response you may ask for an internal review within 40 working days. "
              "If you remain dissatisfied you may complain to the Information Commissioner's Office."),
        ("p", "Yours sincerely,"),
        ("p", "Information Management Team"),
    ]
    lib.build_docx(path(raw, name), blocks, font="Arial")
    return name


G17 = {
    "respondent": "City of Westminster",
    "foi_reference": "WCC-FOI-2026-00884",
    "response_date": "2026-06-10",
    "dass_name": "Grace Olamide-Fenwick",
    "dass_email": "g.olamide-fenwick@westminster.gov.uk",
    "dass_phone": any_of("020 7641 2590", "02076412590", "+44 20 7641 2590"),
    "portfolio_holder_name": "Nafsika Barrow-Ahmed",
    "case_management_system": "Mosaic",
    "case_management_supplier": "The Access Group",
    "care_packages_count": 2361,
    "care_packages_as_at": "2026-04-30",
    "la_annual_cost_gbp": 143800000.0,
    "la_cost_basis": "gross",
    "cost_year": "2025/26",
    "jointly_funded_packages_count": 204,
    "icb_annual_cost_gbp": 7900000.0,
    "icb_weekly_cost_gbp": None,
    "icbs_covering": any_of([WNL], [NWL, WNL]),
    "main_icb": WNL,
    "joint_funding_policy": "yes",
    "policy_copy_provided": True,
    "joint_funding_tool": "yes",
    "joint_funding_methods": ["time_to_task", "funding_matrix", "joint_funding_panel"],
    "exemptions": ["s21"],
}

# ---------------------------------------------------------------------------------------------
# h18_18.pdf  London Borough of Tower Hamlets, s117_aftercare: disclosure-log web page printed
# to PDF with Chromium; "Response:" inline after each question; pooled budget with fixed
# contributions; council share and pool total both given; s22 for the protocol.
# ---------------------------------------------------------------------------------------------
H18_18 = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>FOI-LBTH-2024-11802 Section 117 aftercare | Tower Hamlets Council</title>
<style>
body{font-family:Arial,sans-serif;margin:0;font-size:13px;color:#1b1b1b}
.hdr{background:#6a1b5a;color:#fff;padding:10px 18px}
.hdr span{margin-right:14px}
.crumb{padding:6px 18px;font-size:12px;color:#444}
.main{padding:4px 18px}
.meta td{padding:3px 10px 3px 0}
p.q{font-weight:bold;margin-bottom:2px}
.ft{border-top:1px solid #999;margin-top:18px;padding:8px 18px;font-size:11px;color:#555}
</style>
</head>
<body>
<div class="hdr"><span><b>Tower Hamlets</b></span><span>Home</span><span>Council and democracy</span><span>Health and social care</span><span>Housing</span><span>Contact us</span></div>
<div class="crumb">Home &gt; Council and democracy &gt; Access to information &gt; FOI disclosure log &gt; FOI-LBTH-2024-11802</div>
<div class="main">
<h2>Section 117 aftercare: joint funding arrangements</h2>
<table class="meta">
<tr><td><b>Reference</b></td><td>FOI-LBTH-2024-11802</td></tr>
<tr><td><b>Received</b></td><td>16 December 2024</td></tr>
<tr><td><b>Responded</b></td><td>15 January 2025</td></tr>
<tr><td><b>Service</b></td><td>Health, Adults and Community</td></tr>
</table>

<p class="q">1. How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?</p>
<p><b>Response:</b> 839 people as at 31 March 2024.</p>

<p class="q">2. How many of these people have their section 117 aftercare jointly funded with the ICB?</p>
<p><b>Response:</b> The Council does not hold a count of jointly funded cases. Section 117 aftercare in Tower Hamlets is commissioned through a pooled budget under a section 75 agreement with NHS North East London, so individual packages are not recorded as jointly funded.</p>

<p class="q">3. Does the local authority have an agreed section 117 joint policy or protocol with the ICB?</p>
<p><b>Response:</b> Yes - the Tower Hamlets Section 117 Protocol (2023).</p>

<p class="q">3a. If so, please provide a copy of the section 117 policy or protocol.</p>
<p><b>Response:</b> The protocol is due to be published on the Council's website in February 2025. We are therefore withholding it under section 22 of the Freedom of Information Act (information intended for future publication).</p>

<p class="q">4. How is the cost of section 117 aftercare split between the local authority and the ICB, for example a fixed percentage such as 50/50, case by case, or agreed at a panel?</p>
<p><b>Response:</b> Costs are met from the section 117 pooled budget. The Council and the ICB contribute to the pool in fixed proportions: the ICB contributes 60% and the Council 40%.</p>

<p class="q">4a. Where a percentage split is used, what percentage of the cost does the ICB pay?</p>
<p><b>Response:</b> 60%</p>

<p class="q">5. What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?</p>
<p><b>Response:</b> The Council's contribution to the pooled budget in 2023/24 was £7,896,000. Total pooled expenditure on section 117 aftercare was £19,740,000.</p>

<p class="q">6. What was the ICB's spend on section 117 aftercare for people in your area in the same year?</p>
<p><b>Response:</b> The ICB's contribution to the pooled budget in 2023/24 was £11,844,000.</p>

<p class="q">7. Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?</p>
<p><b>Response:</b> Yes.</p>

<p class="q">8. Which ICB is the lead ICB for section 117 aftercare in your area?</p>
<p><b>Response:</b> NHS North East London ICB.</p>

<p class="q">9. Do you keep a joint register with the ICB of people entitled to section 117 aftercare?</p>
<p><b>Response:</b> Yes. The register is held jointly with East London NHS Foundation Trust on behalf of the pooled arrangement.</p>

<p class="q">10. How many people were discharged from section 117 aftercare in 2023/24?</p>
<p><b>Response:</b> 71</p>

<p class="q">11. Is there an agreed process for resolving disputes with the ICB about section 117 funding?</p>
<p><b>Response:</b> Yes, as set out in the section 75 agreement.</p>

<p class="q">12. Please provide the name and contact details of the officer responsible for section 117 aftercare.</p>
<p><b>Response:</b> Olusegun Brightwater-Hale, Service Manager, Mental Health Commissioning. Email: olusegun.brightwater-hale@towerhamlets.gov.uk</p>
</div>
<div class="ft">Tower Hamlets Council, Town Hall, 160 Whitechapel Road, London E1 1BJ. Information published in the disclosure log was correct at the date of response.</div>
</body>
</html>
"""


def build_18(raw, work):
    name = "h18_18.pdf"
    src = path(work, "h18_18.html")
    lib.write_text(src, H18_18)
    lib.html_to_pdf(src, path(raw, name))
    return name


G18 = {
    "respondent": "London Borough of Tower Hamlets",
    "foi_reference": "FOI-LBTH-2024-11802",
    "response_date": "2025-01-15",
    "s117_people_count": 839,
    "s117_as_at": "2024-03-31",
    "s117_jointly_funded_count": NH,
    "s117_joint_policy": "yes",
    "s117_policy_copy_provided": any_of(W, False),
    "s117_split_basis": "fixed_percentage",
    "s117_split_methods": ["lead_agency", "fixed_split"],
    "s117_icb_share_pct": 60,
    "la_s117_spend_gbp": 7896000.0,
    "s117_spend_year": "2023/24",
    "icb_s117_spend_gbp": 11844000.0,
    "s117_policy_reviewed": "yes",
    "s117_lead_icb": NEL,
    "s117_joint_register": "yes",
    "s117_discharged_count": 71,
    "s117_disputes_process": "yes",
    "s117_contact_name": "Olusegun Brightwater-Hale",
    "s117_contact_email": "olusegun.brightwater-hale@towerhamlets.gov.uk",
    "s117_contact_phone": None,
    "exemptions": ["s22"],
}

# ---------------------------------------------------------------------------------------------
# h18_19.html  London Borough of Waltham Forest, csc_joint_commissioning: disclosure-log page;
# response in a three-column table (Question | Response | Notes), split given per placement
# type (fixed for one type, case by case for others), amounts with percentages in brackets.
# ---------------------------------------------------------------------------------------------
H18_19 = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Joint commissioning of children's external placements | Waltham Forest Council</title>
<style>
body{font-family:Arial,sans-serif;margin:0}
.cookies{background:#003a5d;color:#fff;padding:10px 20px}
.cookies a{color:#ffdd00}
header{padding:12px 20px;border-bottom:6px solid #e5007d}
header nav a{margin-right:14px}
.breadcrumbs{padding:8px 20px;font-size:14px}
.page{padding:0 20px;max-width:1100px}
table{border-collapse:collapse;margin:10px 0}
th,td{border:1px solid #999;padding:6px;vertical-align:top;text-align:left}
th{background:#eee}
footer{margin-top:30px;padding:16px 20px;background:#222;color:#ccc;font-size:13px}
</style>
</head>
<body>
<div class="cookies">We use necessary cookies to make our site work. We'd also like to set optional analytics cookies. <a href="#">Accept</a> <a href="#">Reject</a> <a href="#">Manage cookies</a></div>
<header><strong>Waltham Forest</strong>
<nav><a href="/">Home</a><a href="/council-tax">Council tax</a><a href="/parking">Parking</a><a href="/children">Children and families</a><a href="/adult-social-care">Adult social care</a><a href="/council">The council</a></nav></header>
<div class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/council">The council</a> &raquo; <a href="/foi">Freedom of information</a> &raquo; <a href="/foi/responses">Previous FOI responses</a></div>
<div class="page">
<h1>Joint commissioning of children's external placements</h1>
<dl>
<dt>Case reference</dt><dd>WF-FOI-24-0399</dd>
<dt>Received</dt><dd>2 April 2024</dd>
<dt>Published</dt><dd>30 April 2024</dd>
</dl>
<h2>Response</h2>
<p>Our response was sent to the requester on 30 April 2024 and is reproduced below.</p>
<table>
<thead><tr><th>Question</th><th>Response</th><th>Notes</th></tr></thead>
<tbody>
<tr><td>Q1 Do you have a joint commissioning framework for externally commissioned placements for children?</td><td>Yes</td><td>North East London joint commissioning arrangement for children with complex needs.</td></tr>
<tr><td>Q1a If yes, does this joint commissioning framework include partners from 'health'?</td><td>Yes</td><td>NHS North East London ICB.</td></tr>
<tr><td>Q1b Please share the terms of reference (ToR) or joint agreement, if health are included</td><td>Not provided</td><td>The arrangement is not set out in separate terms of reference; it forms part of the Section 75 partnership agreement, which we can provide on request.</td></tr>
<tr><td>Q2 Do 'health' eg CCG/ICB, joint fund externally commissioned placements?</td><td>Yes</td><td></td></tr>
<tr><td>Q2a If yes, what are the terms?</td><td>Agreed at the Complex Needs Panel.</td><td></td></tr>
<tr><td>Q2b If yes, how is that funding split for the following (e.g. a shared percentage cost)</td><td>Residential: a standard split of one third health and two thirds social care where continuing care criteria are met.<br>Therapeutic foster care, SEND provision and semi-independent provision: agreed case by case.</td><td></td></tr>
<tr><td>Q3 Do any other partners contribute (over and above children's social care and health/CCG)?</td><td>Yes</td><td>Education (High Needs Block) for residential school placements; Youth Justice occasionally for remand-related placements.</td></tr>
<tr><td>Q4 Is the criteria in the 'continuing care funding' model used as a methodology for split funding?</td><td>Yes</td><td></td></tr>
<tr><td>Q4b If yes, is this the only criteria 'health' use to determine funding?</td><td>No</td><td>The CHAT and clinical psychology assessments are also used.</td></tr>
<tr><td>Q5 What was your Council 2022/23 yearly spend on external placements?</td><td>&pound;38.6 million</td><td>2022/23 outturn.</td></tr>
<tr><td>Q5a What element of that was funded by health?</td><td>&pound;2.1m (5.4%)</td><td></td></tr>
<tr><td>Q5b What element of that was funded by education?</td><td>&pound;4.0m (10.4%)</td><td></td></tr>
<tr><td>Q5c What element of that was funded by 'other'?</td><td>&pound;0.15m (0.4%)</td><td>Youth Justice.</td></tr>
<tr><td>Q6 Have you involved children or parents in your joint commissioning process?</td><td>Yes</td><td>Young Advisors and the Parent Carer Forum.</td></tr>
<tr><td>Q7 Do you refer to any models of practice in your commissioning framework or joint funding framework?</td><td>No</td><td></td></tr>
<tr><td>Q8 Do you have any other comments?</td><td>No</td><td></td></tr>
</tbody>
</table>
</div>
<footer>
<p>Waltham Forest Council, Waltham Forest Town Hall, Forest Road, Walthamstow, London E17 4JF</p>
<p>Accessibility | Privacy | Terms and conditions</p>
</footer>
</body>
</html>
"""


def build_19(raw, work):
    name = "h18_19.html"
    lib.write_text(path(raw, name), H18_19)
    return name


G19 = {
    "respondent": "London Borough of Waltham Forest",
    "foi_reference": "WF-FOI-24-0399",
    "response_date": "2024-04-30",
    "joint_commissioning_framework": "yes",
    "framework_includes_health": "yes",
    "framework_tor_provided": False,
    "health_joint_funds_placements": "yes",
    "fixed_percentage_split": any_of(True, False),
    "other_partners_contribute": "yes",
    "other_partners": ["Education", "Youth Justice"],
    "continuing_care_model_used": "yes",
    "continuing_care_only_criteria": "no",
    "other_health_tools": ["CHAT"],
    "external_placements_spend_gbp": 38600000.0,
    "spend_year": "2022/23",
    "health_share_gbp": 2100000.0,
    "health_share_pct": 5.4,
    "education_share_gbp": 4000000.0,
    "education_share_pct": 10.4,
    "other_share_gbp": 150000.0,
    "other_share_pct": 0.4,
    "children_parents_involved": "yes",
    "models_of_practice": "no",
    "exemptions": [],
}

# ---------------------------------------------------------------------------------------------
# h18_20.eml  Royal Borough of Windsor and Maidenhead, csc_joint_commissioning: answers first
# in the body ("1)", "1a)", ...), written by Achieving for Children on the Royal Borough's
# behalf; request quoted below; panel terms of reference attached.
# ---------------------------------------------------------------------------------------------
H18_20_BODY = """Dear Mr Castellanos,

Freedom of Information request FOI002311 - joint commissioning of external placements

The Royal Borough of Windsor and Maidenhead has now considered your request. Children's services in the Royal Borough are delivered by Achieving for Children (AfC) on the Council's behalf, and AfC has supplied the information below.

1) No - placements are commissioned individually by AfC on behalf of the Royal Borough using the regional framework.
1a) N/A
1b) N/A
2) Yes, on a case-by-case basis through the Joint Resource Panel (AfC, NHS Frimley ICB and the SEND service).
2a) The panel's terms of reference are attached.
2b) There is no set percentage; the split depends on the child's assessed needs.
3) Yes - SEND/Education contributes to residential school placements.
3a) Education contributions are agreed at the Joint Resource Panel.
4) Yes
4b) Yes
5) 2022/23: £12,917,000
5a) Health: £611,000
5b) Education: £1,204,000
5c) Other: £0
6) Partly - through the Children in Care Council.
7) No
7a) N/A
8) No further comments.

If you are dissatisfied with this response you may ask for an internal review within 40 working days, and after that you may complain to the Information Commissioner.

Kind regards,

Information Governance
Royal Borough of Windsor and Maidenhead
Town Hall, St Ives Road, Maidenhead SL6 1RF

-------- Original message --------
From: Luis Castellanos <l.castellanos@placements-research.example>
Date: 08/08/2024 10:27
To: foi@rbwm.gov.uk
Subject: FOI Request - FAO Children's Commissioners

Q1 Do you have a joint commissioning framework for externally commissioned placements for children?
Q1a If yes, does this joint commissioning framework include partners from 'health' (eg, CCG or new ICBs)?
Q1b Please share the terms of reference (ToR) or joint agreement, if health are included
Q2 Do 'health' eg CCG/ICB, joint fund externally commissioned placements (eg, residential, therapeutic foster care, SEND, semi-independent provision)?
Q2a If yes, what are the terms (please share a ToR or agreement)?
Q2b If yes, how is that funding split for the following: (e.g. a shared percentage cost) -residential -therapeutic foster care -SEND provision -semi-independent provision
Q3 Do any other partners contribute (over and above children's social care and health/CCG)?
Q3a If yes, who and on what terms?
Q4 Is the criteria in the 'continuing care funding' model used as a methodology for split funding?
Q4b If yes, is this the only criteria 'health' use to determine funding?
Q5 What was your Council 2022/23 yearly spend on external placements?
Q5a What element of that was funded by health?
Q5b What element of that was funded by education?
Q5c What element of that was funded by 'other'?
Q6 Have you involved children or parents in your joint commissioning process?
Q7 Do you refer to any models of practice in your commissioning framework or joint funding framework?
Q7a If yes, please share this?
Q8 Do you have any other comments?

Many thanks,
Luis Castellanos
"""


def _tor_pdf():
    import io
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800
    for line in [
        "Joint Resource Panel - Terms of Reference",
        "Achieving for Children (Windsor and Maidenhead), NHS Frimley ICB, SEND Service",
        "",
        "1. Purpose: to agree funding for children with complex needs in external placements.",
        "2. Membership: Head of Service (chair), ICB children's continuing care lead, SEND manager.",
        "3. Quorum: three members including one health representative.",
        "4. Frequency: monthly, with extraordinary meetings where required.",
    ]:
        c.drawString(50, y, line)
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()


def build_20(raw, work):
    name = "h18_20.eml"
    headers = {
        "From": "RBWM Information Governance <foi@rbwm.gov.uk>",
        "To": "Luis Castellanos <l.castellanos@placements-research.example>",
        "Subject": "FOI002311 - Response - FOI Request - FAO Children's Commissioners",
        "Date": "Thu, 5 Sep 2024 15:47:09 +0100",
        "Message-ID": "<h18-20-foi002311@rbwm.gov.uk>",
    }
    lib.build_eml(path(raw, name), headers, H18_20_BODY,
                  [("Joint Resource Panel ToR.pdf", "application", "pdf", _tor_pdf())])
    return name


G20 = {
    "respondent": "Royal Borough of Windsor and Maidenhead",
    "foi_reference": "FOI002311",
    "response_date": "2024-09-05",
    "joint_commissioning_framework": "no",
    "framework_includes_health": NA,
    "framework_tor_provided": NA,
    "health_joint_funds_placements": any_of("yes", "case_by_case"),
    "fixed_percentage_split": False,
    "other_partners_contribute": "yes",
    "other_partners": ["Education"],
    "continuing_care_model_used": "yes",
    "continuing_care_only_criteria": "yes",
    "other_health_tools": None,
    "external_placements_spend_gbp": 12917000.0,
    "spend_year": "2022/23",
    "health_share_gbp": 611000.0,
    "health_share_pct": None,
    "education_share_gbp": 1204000.0,
    "education_share_pct": None,
    "other_share_gbp": 0.0,
    "other_share_pct": None,
    "children_parents_involved": "partial",
    "models_of_practice": "no",
    "exemptions": [],
}


def _entry(stem, q, resp_name, resp_code, build, gold):
    return {"stem": stem, "questionnaire": q, "respondent": {"name": resp_name, "code": resp_code},
            "build": build, "gold": gold}


DOCS = [
    _entry("h18_16", "chc_funding_split", "Somerset Council", "E06000066", build_16, G16),
    _entry("h18_17", "asc_joint_funding", "City of Westminster", "E09000033", build_17, G17),
    _entry("h18_18", "s117_aftercare", "London Borough of Tower Hamlets", "E09000030", build_18, G18),
    _entry("h18_19", "csc_joint_commissioning", "London Borough of Waltham Forest", "E09000031", build_19, G19),
    _entry("h18_20", "csc_joint_commissioning", "Royal Borough of Windsor and Maidenhead", "E06000040", build_20, G20),
]
