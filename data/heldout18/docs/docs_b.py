"""Documents h18_06 to h18_10."""
from common import *  # noqa: F401,F403
from common import lib

# ---------------------------------------------------------------------------------------------
# h18_06.txt  Wiltshire Council, s117_aftercare: Windows-1252 text with CRLF; request as a
# paragraph list, then "Question N -" answers, one answer covering two questions.
# ---------------------------------------------------------------------------------------------
H18_06 = """WILTSHIRE COUNCIL
Information Governance Team
County Hall, Bythesea Road, Trowbridge, BA14 8JN

FOI ref: 24-0918-WC
Date: 3 December 2024

Dear Ms Harcourt,

Request for information - Section 117 aftercare

Thank you for your request received on 5 November 2024, in which you asked:

"Please provide the number of people receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024 and how many of these have their aftercare jointly funded with the ICB; whether you have an agreed section 117 joint policy or protocol with the ICB (and a copy); how the cost is split between the local authority and the ICB and, where a percentage is used, the ICB share; the local authority's total spend on section 117 aftercare in 2023/24 and the ICB's spend in the same year; whether your policy has been reviewed since the 2024/25 section 117 guidance; the lead ICB; whether you keep a joint register; how many people were discharged from section 117 aftercare in 2023/24; whether there is an agreed disputes process; and the name and contact details of the officer responsible for section 117."

For ease of reference we have numbered your questions 1 to 12 in the order above.

Our response

Questions 1 and 2 - At 31 March 2024 the Council was funding, wholly or in part, the aftercare of 1,034 people entitled under section 117 of the Mental Health Act 1983. Of these, 611 had a package jointly funded with BSW ICB.

Question 3 - Yes. The BSW Section 117 Aftercare Policy (2023) is a joint policy agreed by Wiltshire Council, Swindon Borough Council, Bath and North East Somerset Council and BSW ICB.

Question 3a - The policy is published at www.wiltshire.gov.uk/adult-care-mental-health and is therefore exempt from disclosure under section 21 of the Freedom of Information Act 2000.

Question 4 - Wiltshire Council and BSW ICB apply a fixed split: jointly funded section 117 packages are shared 50/50, except where a package is assessed as meeting wholly health or wholly social care needs.

Question 4a - 50%.

Question 5 - £31.2 million in 2023/24 (gross expenditure on section 117 services).

Question 6 - BSW ICB contributed £12,884,300 to jointly funded packages for Wiltshire residents in 2023/24.

Question 7 - Yes. The policy was reviewed in October 2024 following publication of the new guidance.

Question 8 - NHS Bath and North East Somerset, Swindon and Wiltshire ICB.

Question 9 - No. The Council and the ICB each keep their own records of people entitled to section 117 aftercare.

Question 10 - 88 people were discharged from section 117 aftercare during 2023/24.

Question 11 - Yes. Section 14 of the joint policy sets out the disputes procedure.

Question 12 - The name and direct contact details of the officer are withheld under section 40(2) (personal information). Enquiries about section 117 can be sent to s117enquiries@wiltshire.gov.uk.

If you are unhappy with this response you can ask for an internal review by replying to this letter within 40 working days. If you are still dissatisfied you can complain to the Information Commissioner - Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF, telephone 0303 123 1113.

Yours sincerely

Information Governance Team
Wiltshire Council
"""


def build_06(raw, work):
    name = "h18_06.txt"
    text = H18_06.replace(" - ", " \u2013 ")
    lib.write_text(path(raw, name), text, encoding="cp1252", crlf=True)
    return name


G06 = {
    "respondent": "Wiltshire Council",
    "foi_reference": "24-0918-WC",
    "response_date": "2024-12-03",
    "s117_people_count": 1034,
    "s117_as_at": "2024-03-31",
    "s117_jointly_funded_count": 611,
    "s117_joint_policy": "yes",
    "s117_policy_copy_provided": True,
    "s117_split_basis": "fixed_percentage",
    "s117_split_methods": ["fixed_split"],
    "s117_icb_share_pct": 50,
    "la_s117_spend_gbp": 31200000.0,
    "s117_spend_year": "2023/24",
    "icb_s117_spend_gbp": 12884300.0,
    "s117_policy_reviewed": "yes",
    "s117_lead_icb": BSW,
    "s117_joint_register": "no",
    "s117_discharged_count": 88,
    "s117_disputes_process": "yes",
    "s117_contact_name": W,
    "s117_contact_email": any_of(W, "s117enquiries@wiltshire.gov.uk"),
    "s117_contact_phone": W,
    "exemptions": ["s21", "s40"],
}

# ---------------------------------------------------------------------------------------------
# h18_07.docx  Surrey County Council, csc_joint_commissioning: headings followed by prose, no
# question numbers in the answers; spend table by year (three years, 2022/23 asked).
# ---------------------------------------------------------------------------------------------

def build_07(raw, work):
    name = "h18_07.docx"
    blocks = [
        ("pb", "Surrey County Council"),
        ("p", "Children, Families and Lifelong Learning"),
        ("p", "Freedom of Information response"),
        ("pl", "Reference: ", "CFL/FOI/2024/0212"),
        ("pl", "Date of response: ", "28 February 2024"),
        ("blank",),
        ("p", "Thank you for your request about the joint commissioning and funding of external placements for children "
              "(FOI Request - FAO Children's Commissioners), received on 30 January 2024. We have grouped our answers under "
              "the headings below, which follow the order of your questions."),
        ("h", "Joint commissioning framework", 2),
        ("p", "Surrey does not have a joint commissioning framework specifically for externally commissioned placements. "
              "Placements are commissioned by the Council's Children's Commissioning team through the South East regional "
              "framework. The Council and NHS Surrey Heartlands ICB hold a Section 75 agreement for some children's community "
              "health services, but it does not cover external placements, so there are no terms of reference to share."),
        ("h", "Health contributions to placements", 2),
        ("p", "Health partners - NHS Surrey Heartlands ICB and, for the west of the county, NHS Frimley ICB - contribute to "
              "individual placements where a child has assessed health needs. Contributions are agreed case by case at the "
              "multi-agency Joint Resource Panel and no set percentage applies to residential, therapeutic foster care, SEND or "
              "semi-independent placements."),
        ("h", "Other partners", 2),
        ("p", "Education (the SEND service) contributes the educational element of residential school placements. Adult "
              "Social Care contributes for a small number of young people aged 18 and over who remain in a children's "
              "placement during transition."),
        ("h", "Continuing care", 2),
        ("p", "The ICBs use the National Framework for Children and Young People's Continuing Care to decide whether a child "
              "is eligible, and this is the basis for split funding. It is not the only criterion: where a child is not eligible "
              "for continuing care, a health contribution may still be agreed using the ICB's own assessment, which includes "
              "the Children's Health Assessment Tool (CHAT)."),
        ("h", "Spend on external placements", 2),
        ("p", "You asked for the Council's spend in the most recent full financial year, 2022/23. We have included the two "
              "previous years for context. Figures are rounded to the nearest £0.1m."),
        ("table", [
            ["Financial year", "Total spend on external placements", "Health contribution", "Education contribution", "Other"],
            ["2020/21", "£92.4m", "£4.1m", "£11.3m", "£0.2m"],
            ["2021/22", "£101.7m", "£4.6m", "£12.9m", "£0.3m"],
            ["2022/23", "£118.3m", "£5.2m", "£14.6m", "£0.3m"],
        ], None),
        ("p", "'Other' is the contribution from Adult Social Care described above."),
        ("h", "Involvement of children and families", 2),
        ("p", "Yes. Surrey's User Voice and Participation team works with children in care and care leavers on commissioning "
              "priorities, and Family Voice Surrey represents parent carers on the commissioning board."),
        ("h", "Models of practice", 2),
        ("p", "Yes. Our commissioning strategy refers to the Family Safeguarding model and to trauma-informed practice. "
              "The strategy is published on the Surrey County Council website."),
        ("h", "Other comments", 2),
        ("p", "None."),
        ("blank",),
        ("small", "If you are dissatisfied with the handling of your request you can ask for an internal review within 40 working "
                  "days. You can also contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF."),
    ]
    lib.build_docx(path(raw, name), blocks, font="Arial")
    return name


G07 = {
    "respondent": "Surrey County Council",
    "foi_reference": "CFL/FOI/2024/0212",
    "response_date": "2024-02-28",
    "joint_commissioning_framework": "no",
    "framework_includes_health": any_of(NA, "no"),
    "framework_tor_provided": any_of(NA, False),
    "health_joint_funds_placements": any_of("yes", "case_by_case"),
    "fixed_percentage_split": False,
    "other_partners_contribute": "yes",
    "other_partners": ["Education", "Adult Social Care"],
    "continuing_care_model_used": "yes",
    "continuing_care_only_criteria": "no",
    "other_health_tools": ["CHAT"],
    "external_placements_spend_gbp": 118300000.0,
    "spend_year": "2022/23",
    "health_share_gbp": 5200000.0,
    "health_share_pct": None,
    "education_share_gbp": 14600000.0,
    "education_share_pct": None,
    "other_share_gbp": 300000.0,
    "other_share_pct": None,
    "children_parents_involved": "yes",
    "models_of_practice": "yes",
    "exemptions": [],
}

# ---------------------------------------------------------------------------------------------
# h18_08.pdf  NHS Hampshire and Isle of Wight ICB, chc_funding_split: reportlab letter, answers
# after "Response:" inline, table by local authority area, £000 table with two years and two
# service lines, a second ICB named for part of the area, s22 for a draft protocol.
# ---------------------------------------------------------------------------------------------

def build_08(raw, work):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    name = "h18_08.pdf"
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
    bold = ParagraphStyle("q", parent=body, fontName="Helvetica-Bold")
    right = ParagraphStyle("r", parent=body, alignment=2)
    story = [
        Paragraph("NHS Hampshire and Isle of Wight Integrated Care Board", ParagraphStyle("t", parent=right, fontName="Helvetica-Bold", fontSize=12)),
        Paragraph("Freedom of Information Team", right),
        Spacer(1, 8 * mm),
        Paragraph("Reference: HIOW FOI 24/0455", body),
        Paragraph("Date: 6 June 2024", body),
        Spacer(1, 4 * mm),
        Paragraph("Dear Requester,", body),
        Paragraph("Thank you for your request for information under the Freedom of Information Act 2000, received by the ICB on "
                  "8 May 2024. Our response to each question is given below.", body),
    ]

    def qa(q, a):
        story.append(Paragraph(q, bold))
        story.append(Paragraph("<b>Response:</b> " + a, body))

    def table(rows, widths):
        t = Table(rows, colWidths=widths)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#005EB8")),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
            ("FONTSIZE", (0, 0), (-1, -1), 9),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ]))
        story.append(t)
        story.append(Spacer(1, 4 * mm))

    qa("1. How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?",
       "2,972 people were eligible for NHS CHC at 31 March 2024. The table below shows the figures by local authority area.")
    table([["Local authority area", "CHC eligible at 31/03/2024", "of which Fast Track"],
           ["Hampshire", "2,011", "409"], ["Southampton", "402", "88"], ["Portsmouth", "318", "71"],
           ["Isle of Wight", "241", "49"], ["Total", "2,972", "617"]], [60 * mm, 50 * mm, 40 * mm])
    qa("2. How many of these people were receiving CHC through the Fast Track Pathway?",
       "617 (see the table above).")
    qa("3. How many joint funded packages (shared care between health and social care for people below the CHC threshold) were in place?",
       "764 joint packages were in place at 31 March 2024.")
    qa("4. Is there a local joint funding or shared care protocol agreed between the ICB and the local authority?",
       "The ICB has separate joint funding arrangements with each of the four local authorities. A single Hampshire and "
       "Isle of Wight joint funding protocol is being drafted and is expected to be agreed during 2024/25.")
    qa("4a. If so, please provide a copy of the protocol.",
       "The draft protocol is withheld under section 22 of the Act (information intended for future publication); it will be "
       "published on the ICB website once it has been approved.")
    qa("5. Which tool is used to decide CHC eligibility and the contributions to joint packages?",
       "Eligibility is decided using the tools in the National Framework: the CHC Checklist, the Decision Support Tool and "
       "the Fast Track Pathway Tool. Contributions to joint packages are calculated from a time to task analysis of the care plan.")
    qa("6. Is the funding of joint packages split by a fixed percentage, or agreed case by case?",
       "Case by case. The split follows the time to task analysis for each person; there is no fixed split.")
    qa("6a. If a fixed or typical percentage is used, what share of the cost does health pay?", "Not applicable.")
    qa("7. Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint funding decisions?",
       "Yes. A local disputes procedure has been agreed with each local authority in line with the National Framework.")
    qa("7a. How many disputes were raised under the disputes procedure in 2023/24?", "11 disputes were raised in 2023/24.")
    qa("8. What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?",
       "Expenditure is shown below in £000. Children's continuing care is reported separately from adult CHC.")
    table([["Expenditure (£000)", "2022/23", "2023/24"],
           ["Adult NHS Continuing Healthcare", "229,114", "248,301"],
           ["Children and young people's continuing care", "14,220", "15,907"],
           ["Total", "243,334", "264,208"]], [80 * mm, 35 * mm, 35 * mm])
    qa("9. What was the local authority's annual contribution to joint funded packages in 2023/24?",
       "Not held. Local authority expenditure is held by each council.")
    qa("10. How many Fast Track referrals were received in 2023/24?", "3,418.")
    qa("11. Which ICB or ICBs are responsible for CHC for the residents of your area?",
       "NHS Hampshire and Isle of Wight ICB. For residents of north-east Hampshire (Farnborough, Fleet and surrounding "
       "areas) CHC is the responsibility of NHS Frimley ICB.")
    story += [
        Spacer(1, 4 * mm),
        Paragraph("If you are dissatisfied with this response you may request an internal review within 40 working days. "
                  "If you remain dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, "
                  "Water Lane, Wilmslow, Cheshire SK9 5AF.", body),
        Paragraph("Yours faithfully,", body),
        Paragraph("FOI Team, NHS Hampshire and Isle of Wight ICB", body),
    ]
    doc = SimpleDocTemplate(path(raw, name), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, invariant=1,
                            title="FOI response HIOW FOI 24/0455", author="HIOW ICB")
    doc.build(story)
    return name


G08 = {
    "respondent": HIOW,
    "foi_reference": "HIOW FOI 24/0455",
    "response_date": "2024-06-06",
    "chc_eligible_count": 2972,
    "chc_as_at": "2024-03-31",
    "chc_fast_track_count": 617,
    "joint_packages_count": 764,
    "joint_funding_protocol": "partial",
    "protocol_copy_provided": any_of(W, False),
    "chc_tools": ["checklist", "dst", "fast_track_tool", "time_to_task"],
    "chc_split_fixed": False,
    "chc_health_share_pct": NA,
    "chc_disputes_procedure": "yes",
    "chc_disputes_count": 11,
    "icb_chc_spend_gbp": any_of(248301000.0, 264208000.0),
    "chc_spend_year": "2023/24",
    "la_joint_packages_spend_gbp": NH,
    "chc_fast_track_referrals_count": 3418,
    "chc_icbs": [HIOW, FRIMLEY],
    "exemptions": ["s22"],
}

# ---------------------------------------------------------------------------------------------
# h18_09.html  Warwickshire County Council, asc_joint_funding: disclosure-log page, Q/A table,
# gross and net both given, a neighbouring ICB mentioned.
# ---------------------------------------------------------------------------------------------
H18_09 = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>FOI response: Adult social care joint funding with the ICB - Warwickshire County Council</title>
<style>
body{font-family:"Segoe UI",Arial,sans-serif;margin:0}
#cookie-notice{position:relative;background:#f3f2f1;border-bottom:2px solid #0b0c0c;padding:10px 20px}
.site-header{background:#2d3e50;color:#fff;padding:14px 20px}
.site-header a{color:#fff;text-decoration:none;margin-right:14px}
.breadcrumb{list-style:none;padding:8px 20px;margin:0;font-size:14px}
.breadcrumb li{display:inline}
.breadcrumb li+li:before{content:" / "}
.content{padding:10px 20px;max-width:1000px}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #ccc;padding:6px;text-align:left;vertical-align:top}
.site-footer{background:#2d3e50;color:#ddd;padding:16px 20px;font-size:13px}
</style>
</head>
<body>
<div id="cookie-notice" role="region" aria-label="Cookies on Warwickshire County Council">
<strong>Cookies on our website</strong> We'd like to set additional cookies to understand how you use the site.
<a href="#accept">Accept additional cookies</a> <a href="#reject">Reject additional cookies</a>
</div>
<div class="site-header">
<a href="/">Warwickshire County Council</a>
<a href="/roads">Roads and travel</a><a href="/schools">Schools</a><a href="/socialcare">Social care and health</a><a href="/jobs">Jobs</a><a href="/council">Council and democracy</a>
</div>
<ul class="breadcrumb">
<li><a href="/">Home</a></li><li><a href="/council">Council and democracy</a></li><li><a href="/foi">Freedom of information</a></li><li><a href="/foi/log">Published FOI responses</a></li><li>Adult social care joint funding with the ICB</li>
</ul>
<div class="content">
<h1>Adult social care joint funding with the ICB</h1>
<p><strong>Request reference:</strong> FOI-2024-1209-WCC<br>
<strong>Date of request:</strong> 4 April 2024<br>
<strong>Date of response:</strong> 3 May 2024<br>
<strong>Topic:</strong> Adult social care</p>
<h2>Our response</h2>
<table>
<thead><tr><th>Question asked</th><th>Our response</th></tr></thead>
<tbody>
<tr><td>1. Please provide the contact details for the DASS in your local authority.</td><td>Nigel Farraday-Moss, Executive Director for Social Care and Health (Director of Adult Social Services). Email: dass@warwickshire.gov.uk. Telephone: 01926 418302.</td></tr>
<tr><td>2. Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).</td><td>Cllr Simon Ashcroft-Vale, Portfolio Holder for Adult Social Care and Health.</td></tr>
<tr><td>3. Who provides your main operational system for Case Management?</td><td>Mosaic (The Access Group).</td></tr>
<tr><td>4. How many current care packages per week does the local authority contribute some or all of the cost towards?</td><td>4,408 packages (week commencing 8 April 2024).</td></tr>
<tr><td>5. What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?</td><td>Gross expenditure 2022/23: £203,117,480<br>Net of client contributions: £161,904,225</td></tr>
<tr><td>6. How many of these current care packages are jointly funded with an ICB (both those under s.117 of the Mental Health Act and those funding under the Care Act because they do not meet CHC eligibility)?</td><td>357</td></tr>
<tr><td>7. What is the Annual cost of care provided by ICBs for these cases?</td><td>£9,871,206 (2022/23, ICB contributions to the jointly funded packages).</td></tr>
<tr><td>8. Which ICBs cover the Local Authority Area?</td><td>NHS Coventry and Warwickshire ICB. A small number of residents near the county boundary are registered with GP practices in neighbouring areas, for example NHS Herefordshire and Worcestershire ICB, but the whole of Warwickshire sits within Coventry and Warwickshire ICB.</td></tr>
<tr><td>9. Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?</td><td>Coventry and Warwickshire ICB.</td></tr>
<tr><td>10. Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?</td><td>Yes.</td></tr>
<tr><td>11. Please provide a copy of it.</td><td>Please see the attached document "Joint Funding Policy - Warwickshire County Council and Coventry and Warwickshire ICB (2022)".</td></tr>
<tr><td>12. Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?</td><td>Yes. The policy includes a joint funding matrix which is used alongside the Decision Support Tool to propose a split; proposals are ratified at the Joint Funding Panel.</td></tr>
</tbody>
</table>
<h3>Attachments</h3>
<ul><li><a href="/foi/log/FOI-2024-1209-WCC/joint-funding-policy.pdf">Joint Funding Policy (PDF, 412KB)</a></li></ul>
<p>Was this page helpful? <a href="#yes">Yes</a> <a href="#no">No</a></p>
</div>
<div class="site-footer">
<p>Warwickshire County Council, Shire Hall, Warwick, CV34 4RL</p>
<p><a href="/privacy" style="color:#ddd">Privacy notice</a> &middot; <a href="/accessibility" style="color:#ddd">Accessibility</a> &middot; <a href="/cookies" style="color:#ddd">Cookies</a></p>
</div>
</body>
</html>
"""


def build_09(raw, work):
    name = "h18_09.html"
    lib.write_text(path(raw, name), H18_09)
    return name


G09 = {
    "respondent": "Warwickshire County Council",
    "foi_reference": "FOI-2024-1209-WCC",
    "response_date": "2024-05-03",
    "dass_name": "Nigel Farraday-Moss",
    "dass_email": "dass@warwickshire.gov.uk",
    "dass_phone": any_of("01926 418302", "01926418302", "+44 1926 418302"),
    "portfolio_holder_name": "Simon Ashcroft-Vale",
    "case_management_system": "Mosaic",
    "case_management_supplier": "The Access Group",
    "care_packages_count": 4408,
    "care_packages_as_at": "2024-04-08",
    "la_annual_cost_gbp": any_of(203117480.0, 161904225.0),
    "la_cost_basis": any_of("gross", "net"),
    "cost_year": "2022/23",
    "jointly_funded_packages_count": 357,
    "icb_annual_cost_gbp": 9871206.0,
    "icb_weekly_cost_gbp": None,
    "icbs_covering": any_of([CW], [CW, HW]),
    "main_icb": CW,
    "joint_funding_policy": "yes",
    "policy_copy_provided": True,
    "joint_funding_tool": "yes",
    "joint_funding_methods": ["funding_matrix", "dst", "joint_funding_panel"],
    "exemptions": [],
}

# ---------------------------------------------------------------------------------------------
# h18_10.eml  West Berkshire Council, chc_funding_split: answers first, numbered only, the
# questions only in the quoted request below; several "not held" answers; s21 for the protocol.
# ---------------------------------------------------------------------------------------------
H18_10_BODY = """Dear Ms Adeyemi,

Our ref: FOI/2024/0751

Thank you for your request, received on 12 July 2024, about NHS Continuing Healthcare and joint funded packages. The Council's responses are numbered to match your questions, which are copied below for reference.

1. Not held. Eligibility for NHS Continuing Healthcare is decided and recorded by the ICB, not the Council. You may wish to contact NHS Buckinghamshire, Oxfordshire and Berkshire West ICB.
2. Not held - see answer 1.
3. At 31 March 2024 there were 74 packages jointly funded by the Council and the ICB.
4. Yes. There is a joint funding protocol between West Berkshire Council and the Berkshire West place of BOB ICB, agreed in March 2023.
4a. The protocol is published on our website (www.westberks.gov.uk/adult-social-care-policies) so we have not enclosed it; it is exempt under section 21 as it is reasonably accessible to you.
5. The ICB uses the national Checklist and the Decision Support Tool. Contributions to joint packages are agreed at the monthly Joint Funding Panel.
6. There is no fixed percentage; each split is agreed individually at the panel.
6a. N/A
7. Yes, the disputes procedure forms part of the protocol.
7a. 3
8. Not held by the Council.
9. £3,486,220 in 2023/24 (the Council's contribution to jointly funded packages).
10. Not held by the Council.
11. NHS Buckinghamshire, Oxfordshire and Berkshire West ICB (Berkshire West place).

If you are not satisfied with our response you may ask for an internal review within 40 working days. After that you may complain to the Information Commissioner's Office.

Regards

Freedom of Information Officer
West Berkshire Council
Council Offices, Market Street, Newbury RG14 5LD

________________________________
From: Funmi Adeyemi <f.adeyemi@research.example>
Sent: 12 July 2024 16:40
To: foi@westberks.gov.uk
Subject: Freedom of Information request - CHC and joint funding

Dear West Berkshire Council,

Please provide the following:

1. How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?
2. How many of these people were receiving CHC through the Fast Track Pathway?
3. How many joint funded packages (shared care between health and social care for people below the CHC threshold) were in place?
4. Is there a local joint funding or shared care protocol agreed between the ICB and the local authority?
4a. If so, please provide a copy of the protocol.
5. Which tool is used to decide CHC eligibility and the contributions to joint packages (for example the national Decision Support Tool or a local tool)?
6. Is the funding of joint packages split by a fixed percentage, or agreed case by case?
6a. If a fixed or typical percentage is used, what share of the cost does health pay?
7. Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint funding decisions?
7a. How many disputes were raised under the disputes procedure in 2023/24?
8. What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?
9. What was the local authority's annual contribution to joint funded packages in 2023/24?
10. How many Fast Track referrals were received in 2023/24?
11. Which ICB or ICBs are responsible for CHC for the residents of your area?

If any part of this request would exceed the section 12 cost limit, please answer the remaining questions.

Yours faithfully,
Funmi Adeyemi
"""


def build_10(raw, work):
    name = "h18_10.eml"
    headers = {
        "From": "FOI <foi@westberks.gov.uk>",
        "To": "Funmi Adeyemi <f.adeyemi@research.example>",
        "Subject": "RE: Freedom of Information request - CHC and joint funding (FOI/2024/0751)",
        "Date": "Fri, 9 Aug 2024 11:05:44 +0100",
        "Message-ID": "<h18-10-foi-2024-0751@westberks.gov.uk>",
    }
    lib.build_eml(path(raw, name), headers, H18_10_BODY)
    return name


G10 = {
    "respondent": "West Berkshire Council",
    "foi_reference": "FOI/2024/0751",
    "response_date": "2024-08-09",
    "chc_eligible_count": NH,
    "chc_as_at": None,
    "chc_fast_track_count": any_of(NH, SO),
    "joint_packages_count": 74,
    "joint_funding_protocol": "yes",
    "protocol_copy_provided": True,
    "chc_tools": ["checklist", "dst", "joint_panel"],
    "chc_split_fixed": False,
    "chc_health_share_pct": NA,
    "chc_disputes_procedure": "yes",
    "chc_disputes_count": 3,
    "icb_chc_spend_gbp": NH,
    "chc_spend_year": "2023/24",
    "la_joint_packages_spend_gbp": 3486220.0,
    "chc_fast_track_referrals_count": NH,
    "chc_icbs": [BOB],
    "exemptions": ["s21"],
}


def _entry(stem, q, resp_name, resp_code, build, gold):
    return {"stem": stem, "questionnaire": q, "respondent": {"name": resp_name, "code": resp_code},
            "build": build, "gold": gold}


DOCS = [
    _entry("h18_06", "s117_aftercare", "Wiltshire Council", "E06000054", build_06, G06),
    _entry("h18_07", "csc_joint_commissioning", "Surrey County Council", "E10000030", build_07, G07),
    _entry("h18_08", "chc_funding_split", HIOW, "QRL", build_08, G08),
    _entry("h18_09", "asc_joint_funding", "Warwickshire County Council", "E10000031", build_09, G09),
    _entry("h18_10", "chc_funding_split", "West Berkshire Council", "E06000037", build_10, G10),
]
