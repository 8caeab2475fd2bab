"""heldout7 documents h7_15 .. h7_20."""
import os
from common import *
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docs_a import _rl_doc

BLMK = "NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board"
BOB = "NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board"
SH = "NHS Surrey Heartlands Integrated Care Board"


# ---------------------------------------------------------------- h7_15 Central Bedfordshire, CSC, plain text
def h7_15():
    stem = "h7_15"
    txt = """CENTRAL BEDFORDSHIRE COUNCIL
Freedom of Information Act 2000 - Response

Ref:  CBC-FOI-2024-6612
Date: 18-Jun-2024

Request title: FOI Request - FAO Children's Commissioners

You asked:

Q1 Do you have a joint commissioning framework for externally commissioned placements for children?
  Q1a If yes, does this joint commissioning framework include partners from health (eg CCG or new ICBs)?
  Q1b Please share the terms of reference (ToR) or joint agreement, if health are included
Q2 Do health (eg CCG/ICB) joint fund externally commissioned placements (eg residential, therapeutic foster care, SEND, semi-independent provision)?
  Q2a If yes, what are the terms (please share a ToR or agreement)?
  Q2b If yes, how is that funding split for the following (e.g. a shared percentage cost)
Q3 Do any other partners contribute (over and above children's social care and health/CCG)?
  Q3a If yes, who and on what terms?
Q4 Is the criteria in the continuing care funding model used as a methodology for split funding?
  Q4b If yes, is this the only criteria health use to determine funding?
Q5 What was your Council yearly spend on external placements?
  Q5a What element of that was funded by health?
  Q5b What element of that was funded by education?
  Q5c What element of that was funded by other?
Q6 Have you involved children or parents in your joint commissioning process?
Q7 Do you refer to any models of practice in your commissioning framework or joint funding framework?
Q8 Do you have any other comments?

Our response:

Q1   Yes. Central Bedfordshire commissions external placements jointly with Bedford Borough Council and
     Luton Borough Council under the Bedfordshire Children's Placements Partnership.
Q1a  No - health are not members of the partnership.
Q1b  Not applicable as health are not included.
Q2   Yes, where the child has been assessed as eligible for continuing care.
Q2a  The ICB funds the health element identified in the continuing care assessment.
Q2b  The percentage is agreed per child and is not fixed.
Q3   Yes. Education (SEND) contributes to residential school placements, and Youth Justice occasionally
Q3a  contributes to remand or specialist placements. Contributions are agreed placement by placement.
Q4   Yes.
Q4b  No - the CHAT and, for young people approaching 18, the adult DST are also used.
Q5   GBP 24.35m in 2023/24, broken down as follows:
       Q5a  ICB:        GBP 1,461,000
       Q5b  Education:  GBP 2,678,500
       Q5c  Other:      GBP 96,300 (Youth Justice)
Q6   Yes - young people and parent carers were involved in the 2023 review of the placements strategy.
Q7   Yes, Signs of Safety.
Q8   None.

If you are not satisfied with our response you may ask for an internal review within 40 working days of the
date of this response by e-mailing foi@centralbedfordshire.gov.uk. If you remain dissatisfied following the
review you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.

Central Bedfordshire Council, Priory House, Monks Walk, Chicksands, Shefford SG17 5TQ
"""
    open(os.path.join(RAW, f"{stem}.txt"), "w").write(txt)
    write_gold(stem, "txt", "csc_joint_commissioning", "Central Bedfordshire Council", "E06000056", {
        "foi_reference": "CBC-FOI-2024-6612",
        "response_date": "2024-06-18",
        "joint_commissioning_framework": "yes",
        "framework_includes_health": "no",
        "framework_tor_provided": anyof(NA, False),
        "health_joint_funds_placements": anyof("yes", "case_by_case"),
        "fixed_percentage_split": False,
        "other_partners_contribute": "yes",
        "other_partners": ["Education", "Youth Justice"],
        "continuing_care_model_used": "yes",
        "continuing_care_only_criteria": "no",
        "other_health_tools": ["CHAT", "DST"],
        "external_placements_spend_gbp": 24350000.0,
        "spend_year": "2023/24",
        "health_share_gbp": 1461000.0,
        "education_share_gbp": 2678500.0,
        "other_share_gbp": 96300.0,
        "health_share_pct": None,
        "education_share_pct": None,
        "other_share_pct": None,
        "children_parents_involved": "yes",
        "models_of_practice": "yes",
        "exemptions": [],
    })


# ---------------------------------------------------------------- h7_16 Surrey Heartlands ICB answering the council s117 questionnaire; e-mail + PDF
def h7_16():
    stem = "h7_16"
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    ss = getSampleStyleSheet()
    N = ParagraphStyle("n", parent=ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12)
    pdfpath = os.path.join(WORK, "FOI SH-2024-0688 response.pdf")
    doc = _rl_doc(pdfpath, "FOI SH-2024-0688", "NHS Surrey Heartlands", "FOI SH-2024-0688",
                  "NHS Surrey Heartlands ICB · Dukes Court, Duke Street, Woking GU21 5BH")
    S = [Paragraph("<font size=14><b>NHS Surrey Heartlands Integrated Care Board</b></font>", N), Spacer(1, 6),
         Paragraph("<b>Freedom of Information request FOI SH-2024-0688</b><br/>Response date: 22 October 2024", N), Spacer(1, 6),
         Paragraph("Your request was addressed to local authorities. Surrey Heartlands ICB has answered from the information "
                   "it holds as the commissioner of health contributions to section 117 aftercare. Where the information is held "
                   "by Surrey County Council we have said so.", N), Spacer(1, 8)]
    P = lambda s: Paragraph(s, N)
    data = [[P("<b>No.</b>"), P("<b>Question</b>"), P("<b>Response</b>")]]
    qa = [
        ("1", "How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?",
         "Not held by the ICB: this is held by Surrey County Council. For information, the ICB funded or part-funded section 117 aftercare for 1,126 people as at 31 March 2024."),
        ("2", "How many of these people have their section 117 aftercare jointly funded with the ICB?",
         "Of the 1,126 people, 804 have a package jointly funded with Surrey County Council."),
        ("3", "Does the local authority have an agreed section 117 joint policy or protocol with the ICB?",
         "Yes – the Surrey Section 117 Aftercare Joint Protocol."),
        ("3a", "If so, please provide a copy of the section 117 policy or protocol.", "A copy is attached to the covering e-mail."),
        ("4", "How is the cost of section 117 aftercare split between the local authority and the ICB, for example a fixed percentage such as 50/50, case by case, or agreed at a panel?",
         "Jointly funded packages are split 50/50 under the protocol. Where a person's needs are solely health or solely social care, the package is funded in full by that organisation."),
        ("4a", "Where a percentage split is used, what percentage of the cost does the ICB pay?", "50%"),
        ("5", "What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?",
         "Not held by the ICB. Please contact Surrey County Council."),
        ("6", "What was the ICB's spend on section 117 aftercare for people in your area in the same year?",
         "£38,517,206 (2023/24)."),
        ("7", "Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?",
         "A joint review with Surrey County Council is under way and is due to conclude in March 2025."),
        ("8", "Which ICB is the lead ICB for section 117 aftercare in your area?", "NHS Surrey Heartlands ICB."),
        ("9", "Do you keep a joint register with the ICB of people entitled to section 117 aftercare?",
         "Yes, a joint register is held with Surrey County Council and Surrey and Borders Partnership NHS Foundation Trust."),
        ("10", "How many people were discharged from section 117 aftercare in 2023/24?",
         "The ICB estimates that answering this question would exceed the appropriate limit of 18 hours (£450), as "
         "discharge decisions are recorded only in individual case notes. Section 12 of the Act therefore applies."),
        ("11", "Is there an agreed process for resolving disputes with the ICB about section 117 funding?",
         "Yes – part 8 of the joint protocol."),
        ("12", "Please provide the name and contact details of the officer responsible for section 117 aftercare.",
         "Associate Director, Mental Health Commissioning. The name of the post holder is withheld under section 40(2). "
         "Enquiries can be sent to syheartlands.s117@nhs.net."),
    ]
    for n, q, a in qa:
        data.append([P(n), P(q), P(a)])
    t = Table(data, colWidths=[1.1 * cm, 7.4 * cm, 8.5 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EDF5"))]))
    S += [t, Spacer(1, 8),
          P("<b>Exemptions applied:</b> section 12 (question 10); section 40(2) (question 12 – the name of a staff member below "
            "Director level)."),
          Spacer(1, 4),
          P("You have the right to ask for an internal review of this response within 40 working days, and then to complain to "
            "the Information Commissioner's Office (www.ico.org.uk).")]
    doc.build(S)
    text = """Dear Ms Farrow,

RE: FOI SH-2024-0688 - Section 117 aftercare

Thank you for your request for information, which was forwarded to NHS Surrey Heartlands Integrated Care Board by Surrey County Council on 24 September 2024.

Please find our response attached as a PDF, together with a copy of the Surrey Section 117 Aftercare Joint Protocol.

Yours sincerely,

FOI Team
NHS Surrey Heartlands Integrated Care Board
syheartlands.foi@nhs.net
"""
    write_eml(os.path.join(RAW, f"{stem}.eml"), [
        ("From", "Surrey Heartlands FOI <syheartlands.foi@nhs.net>"),
        ("To", "R Farrow <rfarrow.requests@example.org>"),
        ("Subject", "FOI SH-2024-0688 - response"),
        ("Date", "Tue, 22 Oct 2024 10:14:55 +0100"),
        ("Message-ID", "<h7-16-sh-0688@nhs.net>"),
    ], text=text, attachments=[("FOI SH-2024-0688 response.pdf", open(pdfpath, "rb").read(), "application/pdf")])
    write_gold(stem, "eml", "s117_aftercare", SH, "QXU", {
        "foi_reference": "FOI SH-2024-0688",
        "response_date": "2024-10-22",
        "s117_people_count": anyof(NH, 1126),
        "s117_as_at": "2024-03-31",
        "s117_jointly_funded_count": 804,
        "s117_joint_policy": "yes",
        "s117_policy_copy_provided": True,
        "s117_split_basis": "fixed_percentage",
        "s117_split_methods": ["fixed_split"],
        "s117_icb_share_pct": 50.0,
        "la_s117_spend_gbp": NH,
        "icb_s117_spend_gbp": 38517206.0,
        "s117_policy_reviewed": "partial",
        "s117_lead_icb": SH,
        "s117_joint_register": "yes",
        "s117_discharged_count": anyof(W, NH),
        "s117_disputes_process": "yes",
        "s117_contact_name": W,
        "s117_contact_email": "syheartlands.s117@nhs.net",
        "s117_contact_phone": None,
        "exemptions": ["s12", "s40"],
    })


# ---------------------------------------------------------------- h7_17 Luton, ASC, HTML disclosure log (lists restarting at 1)
def h7_17():
    stem = "h7_17"
    html = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Adult social care joint funding | FOI disclosure log | Luton Council</title></head>
<body>
<header role="banner"><p><a href="/">Luton Council</a></p></header>
<article>
<h1>Adult social care joint funding</h1>
<table summary="Request details">
<tr><td><b>Reference number:</b></td><td>LBC 2024/FOI/3390</td></tr>
<tr><td><b>Date of request:</b></td><td>27/03/2024</td></tr>
<tr><td><b>Date of response:</b></td><td>25/04/2024</td></tr>
<tr><td><b>Directorate:</b></td><td>Population Wellbeing</td></tr>
</table>
<h2>Information requested</h2>
<ol>
<li>Please provide the contact details for the DASS in your local authority.</li>
<li>Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).</li>
<li>Who provides your main operational system for Case Management?</li>
<li>How many current care packages per week does the local authority contribute some or all of the cost towards?</li>
</ol>
<ol>
<li>What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?</li>
<li>How many of these current care packages are jointly funded with an ICB (both those under s.117 of the Mental Health Act and those funding under the Care Act because they do not meet CHC eligibility)?</li>
<li>What is the Annual cost of care provided by ICBs for these cases?</li>
</ol>
<ol>
<li>Which ICBs cover the Local Authority Area?</li>
<li>Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?</li>
<li>Does the Local Authority have a Joint Funding Policy with one or more of the ICBs? Please provide a copy of it.</li>
<li>Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?</li>
</ol>
<h2>Response</h2>
<ol>
<li>Director of Adult Social Services: Yusuf Adebayo-Grant. Please contact via adultsocialcare@luton.gov.uk</li>
<li>Cllr Hannah Chaudry-Webb, Portfolio Holder for Adult Social Care</li>
<li>Liquidlogic (LAS)</li>
<li>1,607 people (snapshot 31 March 2024)</li>
</ol>
<ol>
<li>&pound;44.9m gross (2022/23)</li>
<li>138</li>
<li>Health contributions to these packages currently total &pound;61,240 per week.</li>
</ol>
<ol>
<li>BLMK ICB</li>
<li>BLMK</li>
<li>Yes. The policy is attached.</li>
<li>Yes &ndash; the Bedfordshire, Luton and Milton Keynes Joint Funding Tool, which is used for all joint funding decisions.</li>
</ol>
<p>Attachment: BLMK Joint Funding Policy (PDF, 412KB)</p>
</article>
<footer><p>Luton Council, Town Hall, George Street, Luton LU1 2BQ</p></footer>
</body></html>"""
    open(os.path.join(RAW, f"{stem}.html"), "w").write(html)
    write_gold(stem, "html", "asc_joint_funding", "Luton Borough Council", "E06000032", {
        "foi_reference": "LBC 2024/FOI/3390",
        "response_date": "2024-04-25",
        "dass_name": "Yusuf Adebayo-Grant",
        "dass_email": "adultsocialcare@luton.gov.uk",
        "dass_phone": None,
        "portfolio_holder_name": "Hannah Chaudry-Webb",
        "case_management_system": "Liquidlogic Adults' Social Care System",
        "case_management_supplier": "System C",
        "care_packages_count": 1607,
        "care_packages_as_at": "2024-03-31",
        "la_annual_cost_gbp": 44900000.0,
        "la_cost_basis": "gross",
        "cost_year": "2022/23",
        "jointly_funded_packages_count": 138,
        "icb_annual_cost_gbp": 3184480.0,
        "icb_weekly_cost_gbp": 61240.0,
        "icbs_covering": [BLMK],
        "main_icb": BLMK,
        "joint_funding_policy": "yes",
        "policy_copy_provided": True,
        "joint_funding_tool": "yes",
        "joint_funding_methods": ["funding_matrix"],
        "exemptions": [],
    })


# ---------------------------------------------------------------- h7_18 West Berkshire Council answering the CHC questionnaire (DOCX)
def h7_18():
    stem = "h7_18"
    d = Document()
    fix_docx_props(d, "WBC/FOI/24/00891", "West Berkshire Council")
    d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "West Berkshire Council\tFreedom of Information\tWBC/FOI/24/00891"
    sec.footer.paragraphs[0].text = "Council Offices, Market Street, Newbury RG14 5LD"
    d.add_heading("Freedom of Information Act 2000: Request for Information", level=1)
    d.add_paragraph("Reference: WBC/FOI/24/00891")
    d.add_paragraph("Date of response: 29 August 2024")
    d.add_paragraph("Request subject: NHS Continuing Healthcare and joint funded packages")
    d.add_paragraph("Many of the questions in your request concern NHS Continuing Healthcare, which is assessed and funded by the "
                    "Integrated Care Board rather than the Council. We have answered from the information West Berkshire Council "
                    "holds and indicated where the information is held by the ICB.")
    qa = [
        ("Question 1", "How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?",
         ["The Council does not hold this information. CHC eligibility is determined and recorded by NHS Buckinghamshire, Oxfordshire and Berkshire West ICB (BOB ICB)."]),
        ("Question 2", "How many of these people were receiving CHC through the Fast Track Pathway?",
         ["Not held – see the response to Question 1."]),
        ("Question 3", "How many joint funded packages (shared care between health and social care for people below the CHC threshold) were in place?",
         ["At 31/03/2024 the Council part-funded 87 joint packages with BOB ICB."]),
        ("Question 4", "Is there a local joint funding or shared care protocol agreed between the ICB and the local authority? If so, please provide a copy of the protocol.",
         ["(a) Yes. The Berkshire West Joint Funding Protocol (2022) was agreed by BOB ICB and the three Berkshire West councils.",
          "(b) A copy is attached to this response."]),
        ("Question 5", "Which tool is used to decide CHC eligibility and the contributions to joint packages (for example the national Decision Support Tool or a local tool)?",
         ["Eligibility is decided by the ICB using the Decision Support Tool. Contributions to joint packages are agreed at the Berkshire West joint funding panel."]),
        ("Question 6", "Is the funding of joint packages split by a fixed percentage, or agreed case by case? If a fixed or typical percentage is used, what share of the cost does health pay?",
         ["(a) There is no fixed percentage split.", "(b) Not applicable."]),
        ("Question 7", "Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint funding decisions? How many disputes were raised under the disputes procedure in 2023/24?",
         ["(a) Yes, within the protocol.", "(b) Four disputes were raised by the Council in 2023/24."]),
        ("Question 8", "What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?",
         ["Not held by the Council. Please direct this question to BOB ICB."]),
        ("Question 9", "What was the local authority's annual contribution to joint funded packages in 2023/24?",
         ["The Council's contribution to joint packages is shown below."]),
        ("Question 10", "How many Fast Track referrals were received in 2023/24?",
         ["Not held by the Council."]),
        ("Question 11", "Which ICB or ICBs are responsible for CHC for the residents of your area?",
         ["NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board."]),
    ]
    for label, q, answers in qa:
        p = d.add_paragraph(); r = p.add_run(f"{label}: "); r.bold = True; p.add_run(q).bold = True
        p2 = d.add_paragraph(); p2.add_run("Council response: ").underline = True
        p2.add_run(answers[0])
        for a in answers[1:]:
            ap = d.add_paragraph(a); ap.paragraph_format.left_indent = Cm(1)
        if label == "Question 9":
            t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
            for i, h in enumerate(["Financial year", "Joint packages (number at year end)", "Council contribution (£)", "Source"]):
                t.rows[0].cells[i].text = h; shade(t.rows[0].cells[i], "E7E6E6")
            for row in [("2021/22", "71", "2,188,460", "ContrOCC"), ("2022/23", "79", "2,541,093", "ContrOCC"),
                        ("2023/24", "87", "2,904,711", "ContrOCC")]:
                c = t.add_row().cells
                for i, v in enumerate(row): c[i].text = v
            d.add_paragraph("")
    d.add_paragraph("If you are dissatisfied with the handling of your request, you may ask for an internal review within 40 "
                    "working days. Following that you may contact the Information Commissioner.")
    d.add_paragraph("Yours sincerely\nFreedom of Information Officer\nWest Berkshire Council")
    d.save(os.path.join(RAW, f"{stem}.docx"))
    write_gold(stem, "docx", "chc_funding_split", "West Berkshire Council", "E06000037", {
        "foi_reference": "WBC/FOI/24/00891",
        "response_date": "2024-08-29",
        "chc_eligible_count": NH,
        "chc_fast_track_count": anyof(NH, SO),
        "joint_packages_count": 87,
        "joint_funding_protocol": "yes",
        "protocol_copy_provided": True,
        "chc_tools": ["dst", "joint_panel"],
        "chc_split_fixed": False,
        "chc_health_share_pct": anyof(NA, SO),
        "chc_disputes_procedure": "yes",
        "chc_disputes_count": 4,
        "icb_chc_spend_gbp": NH,
        "la_joint_packages_spend_gbp": 2904711.0,
        "chc_fast_track_referrals_count": NH,
        "chc_icbs": [BOB],
        "exemptions": [],
    })


# ---------------------------------------------------------------- h7_19 Wokingham, CSC, Word -> PDF with £000 three-year table
def h7_19():
    stem = "h7_19"
    d = Document()
    fix_docx_props(d, "WOK-FOI-24-1843", "Wokingham Borough Council")
    d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Wokingham Borough Council"
    sec.footer.paragraphs[0].text = "Shute End, Wokingham, Berkshire RG40 1BN  |  Freedom of Information"
    p = d.add_paragraph(); r = p.add_run("Freedom of Information Request – Response"); r.bold = True; r.font.size = Pt(14)
    d.add_paragraph("Our ref: WOK-FOI-24-1843\nDate: 3rd March 2025")
    d.add_paragraph("Dear Sir or Madam,")
    d.add_paragraph("Thank you for your request of 4th February 2025 addressed to our Children's Commissioners. "
                    "The Council's answers follow each question.")
    qa = [
        ("1. Do you have a joint commissioning framework for externally commissioned placements for children?",
         "Yes – the Berkshire West Children's Joint Commissioning Framework, shared by Reading, West Berkshire and Wokingham and BOB ICB."),
        ("a) If yes, does this joint commissioning framework include partners from health (eg CCG or new ICBs)?", "Yes."),
        ("b) Please share the terms of reference (ToR) or joint agreement, if health are included", "A copy of the Terms of Reference is enclosed. Schedule 3 to the framework (agreed provider rates) has been redacted under section 43(2) of the Act – see the note at the end of this letter."),
        ("2. Do health (eg CCG/ICB) joint fund externally commissioned placements (eg residential, therapeutic foster care, SEND, semi-independent provision)?",
         "Yes. The ICB jointly funds placements where a child has health needs; contributions are agreed case by case at the Berkshire West Joint Resource Panel."),
        ("a) If yes, what are the terms (please share a ToR or agreement)?", "See the enclosed Terms of Reference, section 5."),
        ("b) If yes, how is that funding split for the following (e.g. a shared percentage cost)", "No set percentage is used."),
        ("3. Do any other partners contribute (over and above children's social care and health/CCG)?",
         "Yes – Education (SEN), see the table at question 5."),
        ("4. Is the criteria in the continuing care funding model used as a methodology for split funding?", "Yes."),
        ("b) If yes, is this the only criteria health use to determine funding?", "Yes."),
        ("5. What was your Council yearly spend on external placements? What element of that was funded by health, by education and by other?",
         "The table below shows spend for the last three financial years in £000. For 2023/24 total spend was £15,842k."),
    ]
    for q, a in qa:
        qp = d.add_paragraph(); qp.add_run(q).bold = True
        if q.startswith(("a)", "b)")):
            qp.paragraph_format.left_indent = Cm(0.6)
        ap = d.add_paragraph(a); ap.paragraph_format.left_indent = Cm(1.2)
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["£000", "Total spend", "Health (ICB)", "Education", "Other"]):
        t.rows[0].cells[i].text = h; shade(t.rows[0].cells[i], "DDEBF7")
    repeat_header(t.rows[0])
    for row in [("2021/22", "12,906", "811", "1,954", "0"), ("2022/23", "14,118", "947", "2,201", "0"),
                ("2023/24", "15,842", "1,093", "2,377", "0")]:
        c = t.add_row().cells
        for i, v in enumerate(row): c[i].text = v
    d.add_paragraph("")
    for q, a in [("6. Have you involved children or parents in your joint commissioning process?",
                  "Yes, through the Wokingham Youth Council and the Parent Carer Forum."),
                 ("7. Do you refer to any models of practice in your commissioning framework or joint funding framework?",
                  "Yes – the Family Safeguarding model."),
                 ("8. Do you have any other comments?", "No.")]:
        qp = d.add_paragraph(); qp.add_run(q).bold = True
        ap = d.add_paragraph(a); ap.paragraph_format.left_indent = Cm(1.2)
    d.add_paragraph("Section 43(2) – commercial interests. The rates agreed with individual providers under the framework are "
                    "commercially sensitive. Disclosing them would be likely to prejudice the Council's ability to negotiate "
                    "future placements and the providers' position in the market. We have considered the public interest and "
                    "concluded that it favours withholding the rates, while the remainder of the Terms of Reference is released.")
    d.add_paragraph("You have the right to request an internal review of our decision within 40 working days. If you remain "
                    "dissatisfied, you may complain to the Information Commissioner's Office.")
    d.add_paragraph("Yours faithfully,\n\nCustomer Relations and Information Team\nWokingham Borough Council")
    src = os.path.join(WORK, f"{stem}.docx"); d.save(src)
    soffice_pdf(src, os.path.join(RAW, f"{stem}.pdf"))
    write_gold(stem, "pdf", "csc_joint_commissioning", "Wokingham Borough Council", "E06000041", {
        "foi_reference": "WOK-FOI-24-1843",
        "response_date": "2025-03-03",
        "joint_commissioning_framework": "yes",
        "framework_includes_health": "yes",
        "framework_tor_provided": True,
        "health_joint_funds_placements": anyof("yes", "case_by_case"),
        "fixed_percentage_split": False,
        "other_partners_contribute": "yes",
        "other_partners": ["Education"],
        "continuing_care_model_used": "yes",
        "continuing_care_only_criteria": "yes",
        "other_health_tools": [],
        "external_placements_spend_gbp": 15842000.0,
        "spend_year": "2023/24",
        "health_share_gbp": 1093000.0,
        "education_share_gbp": 2377000.0,
        "other_share_gbp": 0.0,
        "children_parents_involved": "yes",
        "models_of_practice": "yes",
        "exemptions": ["s43"],
    })


# ---------------------------------------------------------------- h7_20 Bedford Borough, s117, plain e-mail with inline answers
def h7_20():
    stem = "h7_20"
    text = """Dear Dr Whitcombe,

Your request for information - reference BBC FOI 24-3307

Thank you for your request received on 10 December 2024. I have set out the Council's answers under each of your questions below.

> 1. How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?

262

> 2. How many of these people have their section 117 aftercare jointly funded with the ICB?

171

> 3. Does the local authority have an agreed section 117 joint policy or protocol with the ICB?
> 3a. If so, please provide a copy of the section 117 policy or protocol.

Yes. The BLMK Section 117 Joint Policy can be viewed at https://www.bedford.gov.uk/social-care-health-and-community/adults-over-18/mental-health/section-117-aftercare

> 4. How is the cost of section 117 aftercare split between the local authority and the ICB, for example a fixed percentage such as 50/50, case by case, or agreed at a panel?
> 4a. Where a percentage split is used, what percentage of the cost does the ICB pay?

Jointly funded packages are split 50/50 between the Council and the ICB unless the S117 Panel agrees otherwise for a particular person. The ICB therefore pays 50%.

> 5. What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?

£6,118,042

> 6. What was the ICB's spend on section 117 aftercare for people in your area in the same year?

The ICB contributed £2,240,377 towards these packages in 2023/24.

> 7. Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?

Yes.

> 8. Which ICB is the lead ICB for section 117 aftercare in your area?

Bedfordshire, Luton and Milton Keynes ICB.

> 9. Do you keep a joint register with the ICB of people entitled to section 117 aftercare?

No, each organisation keeps its own records.

> 10. How many people were discharged from section 117 aftercare in 2023/24?

19

> 11. Is there an agreed process for resolving disputes with the ICB about section 117 funding?

Yes.

> 12. Please provide the name and contact details of the officer responsible for section 117 aftercare.

The name and direct contact details of the Mental Health Commissioning Manager are exempt under section 40(2) of the Freedom of Information Act (personal information). You can contact the team at s117@bedford.gov.uk.

If you are dissatisfied with the handling of your request, you can ask for an internal review by replying to this e-mail within 40 working days. If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision.

Kind regards

Freedom of Information Officer
Bedford Borough Council
Borough Hall, Cauldwell Street, Bedford MK42 9AP
"""
    write_eml(os.path.join(RAW, f"{stem}.eml"), [
        ("From", "FOI Bedford Borough Council <foi@bedford.gov.uk>"),
        ("To", "Dr S Whitcombe <s.whitcombe@example.ac.uk>"),
        ("Subject", "RE: Section 117 aftercare - BBC FOI 24-3307"),
        ("Date", "Mon, 13 Jan 2025 09:31:48 +0000"),
        ("Message-ID", "<h7-20-bbc-3307@bedford.gov.uk>"),
    ], text=text)
    write_gold(stem, "eml", "s117_aftercare", "Bedford Borough Council", "E06000055", {
        "foi_reference": "BBC FOI 24-3307",
        "response_date": "2025-01-13",
        "s117_people_count": 262,
        "s117_as_at": "2024-03-31",
        "s117_jointly_funded_count": 171,
        "s117_joint_policy": "yes",
        "s117_policy_copy_provided": True,
        "s117_split_basis": "fixed_percentage",
        "s117_split_methods": ["fixed_split", "joint_panel"],
        "s117_icb_share_pct": 50.0,
        "la_s117_spend_gbp": 6118042.0,
        "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": 2240377.0,
        "s117_policy_reviewed": "yes",
        "s117_lead_icb": BLMK,
        "s117_joint_register": "no",
        "s117_discharged_count": 19,
        "s117_disputes_process": "yes",
        "s117_contact_name": W,
        "s117_contact_email": anyof("s117@bedford.gov.uk", W),
        "s117_contact_phone": W,
        "exemptions": ["s40"],
    })
