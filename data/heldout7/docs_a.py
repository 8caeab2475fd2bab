"""heldout7 documents h7_01 .. h7_07."""
import os
from common import *
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

NWL = "NHS North West London Integrated Care Board"
NEL = "NHS North East London Integrated Care Board"
BOB = "NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board"
SUSSEX = "NHS Sussex Integrated Care Board"
SEL = "NHS South East London Integrated Care Board"


# ---------------------------------------------------------------- h7_01 Brent, ASC, Word -> PDF
def h7_01():
    stem = "h7_01"
    d = Document()
    fix_docx_props(d, "FOI response 10487215", "Information Governance Team")
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Brent Council\tInformation Governance\tOFFICIAL"
    fp = sec.footer.paragraphs[0]
    fp.text = "Brent Civic Centre, 32 Engineers Way, Wembley HA9 0FJ   |   www.brent.gov.uk"
    p = d.add_paragraph(); r = p.add_run("London Borough of Brent"); r.bold = True; r.font.size = Pt(16)
    d.add_paragraph("Information Governance Team\nBrent Civic Centre\n32 Engineers Way\nWembley\nHA9 0FJ")
    t = d.add_table(rows=4, cols=2)
    for i, (a, b) in enumerate([("Our reference:", "10487215"), ("Your reference:", "—"),
                                ("Date received:", "14 June 2024"), ("Date of response:", "12 July 2024")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    d.add_paragraph("")
    d.add_paragraph("Dear Requester,")
    d.add_paragraph("Freedom of Information Act 2000 – Adult Social Care: Joint Funding")
    d.add_paragraph(
        "Thank you for your request for information, which we received on 14 June 2024. We have "
        "dealt with it under the Freedom of Information Act 2000 (the Act). Brent Council holds "
        "most of the information you asked for. Your questions are set out in the left-hand column "
        "of the table below and our answers are in the right-hand column.")
    rows = [
        ("1. Please provide the contact details for the DASS in your local authority.",
         "Our Director of Adult Social Services is Marcus Ellery-Shaw, Corporate Director, Care, "
         "Health and Wellbeing.\n\nHis direct e-mail address and telephone number are personal data "
         "and are withheld under section 40(2) of the Act. Correspondence can be sent to the "
         "postal address at the top of this letter."),
        ("2. Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).",
         "Councillor Nadia Okonjo-Barr, Cabinet Member for Community Health and Wellbeing. "
         "Councillors' contact details are published on the Council's website."),
        ("3. Who provides your main operational system for Case Management?",
         "The Council uses Mosaic, supplied by The Access Group (previously supplied by Servelec)."),
        ("4. How many current care packages per week does the local authority contribute some or all of the cost towards?",
         "At 30 June 2024 there were 4,312 people receiving a long-term package of care to which "
         "the Council contributes part or all of the cost."),
        ("5. What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?",
         "Gross expenditure in 2022/23 (before client contributions and other income) was "
         "£118,604,233."),
        ("6. How many of these current care packages are jointly funded with an ICB (both those under "
         "s.117 of the Mental Health Act and those funding under the Care Act because they do not meet CHC eligibility)?",
         "361 packages are jointly funded with the ICB. This figure includes both section 117 "
         "aftercare and Care Act packages with a health contribution."),
        ("7. What is the Annual cost of care provided by ICBs for these cases?",
         "Health contributions are recorded on our system as a weekly amount rather than an annual "
         "one. The current total ICB contribution to these 361 packages is £96,418.50 per week."),
        ("8. Which ICBs cover the Local Authority Area?",
         "NHS North West London ICB."),
        ("9. Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?",
         "Yes – as above, North West London ICB."),
        ("10. Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?",
         "Yes. The Brent Joint Funding Policy was agreed with the ICB (then the CCG) and last "
         "refreshed in 2023."),
        ("11. Please provide a copy of it.",
         "A copy of the policy is attached to this letter (Appendix A)."),
        ("12. Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?",
         "There is no calculator or tool as such. Proposed splits are brought to the monthly Joint "
         "Funding Panel by the allocated worker and the health assessor, with reference to the "
         "domains of the Decision Support Tool, and the Panel agrees the contribution of each "
         "organisation."),
    ]
    tb = d.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    hdr = tb.rows[0]
    hdr.cells[0].text = "Your request"; hdr.cells[1].text = "Brent Council response"
    for c in hdr.cells:
        shade(c, "D9E2F3")
        for r in c.paragraphs[0].runs: r.bold = True
    repeat_header(hdr)
    for q, a in rows:
        row = tb.add_row()
        row.cells[0].text = q; row.cells[1].text = a
    for row in tb.rows:
        row.cells[0].width = Cm(7.5); row.cells[1].width = Cm(9.5)
    d.add_paragraph("")
    d.add_paragraph("Section 40(2) – personal information", style="Heading 3")
    d.add_paragraph(
        "Direct contact details of named officers are personal data. Releasing them to the world at "
        "large would not be fair or lawful, so this part of the information is exempt under "
        "section 40(2), an absolute exemption.")
    d.add_paragraph("Your right to ask for a review", style="Heading 3")
    d.add_paragraph(
        "If you are not satisfied with the way we have handled your request, you may ask for an "
        "internal review within 40 working days of the date of this letter by writing to the "
        "Information Governance Team quoting the reference above. If you remain dissatisfied after "
        "the review you may complain to the " + ICO_ADDR + ".")
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("Information Governance Officer\nOn behalf of the London Borough of Brent")
    src = os.path.join(WORK, f"{stem}.docx"); d.save(src)
    soffice_pdf(src, os.path.join(RAW, f"{stem}.pdf"))
    write_gold(stem, "pdf", "asc_joint_funding", "London Borough of Brent", "E09000005", {
        "foi_reference": "10487215",
        "response_date": "2024-07-12",
        "dass_name": "Marcus Ellery-Shaw",
        "dass_email": W, "dass_phone": W,
        "portfolio_holder_name": "Nadia Okonjo-Barr",
        "case_management_system": "Mosaic",
        "case_management_supplier": "The Access Group",
        "care_packages_count": 4312,
        "care_packages_as_at": "2024-06-30",
        "la_annual_cost_gbp": 118604233.0,
        "la_cost_basis": "gross",
        "cost_year": "2022/23",
        "jointly_funded_packages_count": 361,
        "icb_annual_cost_gbp": 5013762.0,
        "icb_weekly_cost_gbp": 96418.5,
        "icbs_covering": [NWL],
        "main_icb": NWL,
        "joint_funding_policy": "yes",
        "policy_copy_provided": True,
        "joint_funding_tool": "partial",
        "joint_funding_methods": ["joint_funding_panel", "dst"],
        "exemptions": ["s40"],
    })


# ---------------------------------------------------------------- h7_02 NEL ICB, CHC, HTML e-mail, inline
def h7_02():
    stem = "h7_02"
    qa = [
        ("1", "How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?",
         "At 31 March 2024, 1,418 people across the north east London boroughs and the City of London were eligible for NHS CHC (adults only)."),
        ("2", "How many of these people were receiving CHC through the Fast Track Pathway?",
         "287 of the people above were in receipt of Fast Track funding on that date."),
        ("3", "How many joint funded packages (shared care between health and social care for people below the CHC threshold) were in place?",
         "The ICB does not keep one central count of joint packages: they are recorded separately by each "
         "place-based team and by the borough councils. We estimate that bringing these records together "
         "and checking them would take well over 18 hours, so we are applying section 12 of the Act to "
         "this question (see the note at the end of this e-mail)."),
        ("4", "Is there a local joint funding or shared care protocol agreed between the ICB and the local authority?",
         "Yes. The ICB has an agreed joint funding protocol with each of the local authorities in north east London."),
        ("4a", "If so, please provide a copy of the protocol.",
         "The protocols are already published on the ICB website under 'Continuing healthcare – policies', so we are "
         "not sending copies with this reply; this information is exempt under section 21 (reasonably accessible by other means)."),
        ("5", "Which tool is used to decide CHC eligibility and the contributions to joint packages (for example the national Decision Support Tool or a local tool)?",
         "Eligibility is decided using the national tools: the Checklist, the Decision Support Tool and, for people "
         "with a rapidly deteriorating condition, the Fast Track Pathway Tool. Contributions to joint packages are "
         "worked out with a local joint funding matrix and confirmed at the Joint Funding Panel."),
        ("6", "Is the funding of joint packages split by a fixed percentage, or agreed case by case?",
         "There is no fixed percentage. The split reflects the health and social care needs identified for each person."),
        ("6a", "If a fixed or typical percentage is used, what share of the cost does health pay?",
         "N/A – please see our answer to question 6."),
        ("7", "Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint funding decisions?",
         "Yes, a disputes procedure forms part of each protocol."),
        ("7a", "How many disputes were raised under the disputes procedure in 2023/24?",
         "14"),
        ("8", "What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?",
         "£142.6m (outturn, 2023/24)."),
        ("9", "What was the local authority's annual contribution to joint funded packages in 2023/24?",
         "This information is not held by the ICB. You may wish to ask the local authorities directly."),
        ("10", "How many Fast Track referrals were received in 2023/24?",
         "2,196 Fast Track referrals were received between 1 April 2023 and 31 March 2024."),
        ("11", "Which ICB or ICBs are responsible for CHC for the residents of your area?",
         "NHS North East London ICB."),
    ]
    css_q = "color:#555555;border-left:3px solid #9aa7b8;padding-left:8px;margin:10px 0 4px 0"
    css_a = "color:#00338d;font-weight:bold;margin:0 0 10px 11px"
    body = [
        "<html><head><meta charset='utf-8'></head><body style='font-family:Calibri,Arial,sans-serif;font-size:11pt'>",
        "<p>Dear Ms Hartigan,</p>",
        "<p><b>Freedom of Information request – reference FOI NEL/2024/1193</b></p>",
        "<p>Thank you for your e-mail of 24 July 2024. NHS North East London confirms that it holds some of the "
        "information you requested. Our responses are given in <span style='color:#00338d'><b>blue</b></span> "
        "beneath each of your questions.</p>",
    ]
    text = ["Dear Ms Hartigan,", "", "Freedom of Information request - reference FOI NEL/2024/1193", "",
            "Thank you for your e-mail of 24 July 2024. NHS North East London confirms that it holds some of the "
            "information you requested. Our responses are given beneath each of your questions.", ""]
    for n, q, a in qa:
        body.append(f"<div style='{css_q}'>{n}. {q}</div>")
        body.append(f"<div style='{css_a}'>{a}</div>")
        text += [f"> {n}. {q}", "", a, ""]
    tail_html = (
        "<p><u>Section 12 – cost of compliance</u><br>Under section 12 of the Freedom of Information Act an "
        "authority need not comply with a request where it estimates the cost would exceed the appropriate "
        "limit, which for the NHS is £450 (18 hours of staff time at £25 an hour). You may wish to narrow "
        "question 3, for example to a single borough.</p>"
        "<p>If you are unhappy with this response you may ask for an internal review by replying to this "
        "e-mail within 40 working days. You also have the right to complain to the Information "
        "Commissioner's Office (www.ico.org.uk, 0303 123 1113).</p>"
        "<p>Kind regards,</p><p>FOI Team<br>NHS North East London<br>Unex Tower, 5 Station Street, London E15 1DA<br>"
        "nelondonicb.foi@nhs.net</p></body></html>")
    body.append(tail_html)
    text += ["Section 12 - cost of compliance",
             "Under section 12 of the Freedom of Information Act an authority need not comply with a request where it "
             "estimates the cost would exceed the appropriate limit, which for the NHS is £450 (18 hours of staff time "
             "at £25 an hour). You may wish to narrow question 3, for example to a single borough.", "",
             "If you are unhappy with this response you may ask for an internal review by replying to this e-mail within "
             "40 working days. You also have the right to complain to the Information Commissioner's Office "
             "(www.ico.org.uk, 0303 123 1113).", "", "Kind regards,", "", "FOI Team", "NHS North East London",
             "Unex Tower, 5 Station Street, London E15 1DA", "nelondonicb.foi@nhs.net"]
    write_eml(os.path.join(RAW, f"{stem}.eml"), [
        ("From", "NEL ICB FOI <nelondonicb.foi@nhs.net>"),
        ("To", "Ms K Hartigan <k.hartigan.research@example.org>"),
        ("Subject", "RE: FOI request - continuing healthcare and joint funded packages [FOI NEL/2024/1193]"),
        ("Date", "Wed, 21 Aug 2024 15:42:10 +0100"),
        ("Message-ID", "<h7-02-nel-foi-1193@nhs.net>"),
    ], text="\n".join(text), html="\n".join(body))
    write_gold(stem, "eml", "chc_funding_split", NEL, "QMF", {
        "foi_reference": "FOI NEL/2024/1193",
        "response_date": "2024-08-21",
        "chc_eligible_count": 1418,
        "chc_as_at": "2024-03-31",
        "chc_fast_track_count": 287,
        "joint_packages_count": anyof(W, NH),
        "joint_funding_protocol": "yes",
        "protocol_copy_provided": anyof(True, W),
        "chc_tools": ["checklist", "dst", "fast_track_tool", "local_tool", "joint_panel"],
        "chc_split_fixed": False,
        "chc_health_share_pct": anyof(NA, SO),
        "chc_disputes_procedure": "yes",
        "chc_disputes_count": 14,
        "icb_chc_spend_gbp": 142600000.0,
        "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": NH,
        "chc_fast_track_referrals_count": 2196,
        "chc_icbs": [NEL],
        "exemptions": ["s12", "s21"],
    })


# ---------------------------------------------------------------- h7_03 Hackney, CSC, DOCX table with extra columns
def h7_03():
    stem = "h7_03"
    d = Document()
    fix_docx_props(d, "FOI24-0907-LBH response", "Hackney Council FOI")
    d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Hackney Council – Freedom of Information"
    sec.footer.paragraphs[0].text = "Ref: FOI24-0907-LBH"
    d.add_heading("Freedom of Information Act 2000 – Response", level=1)
    meta = d.add_table(rows=3, cols=2); meta.style = "Table Grid"
    for i, (a, b) in enumerate([("Reference", "FOI24-0907-LBH"), ("Subject", "Joint commissioning of children's external placements"),
                                ("Date of response", "23/10/2024")]):
        meta.cell(i, 0).text = a; meta.cell(i, 1).text = b
    d.add_paragraph("")
    d.add_paragraph("The London Borough of Hackney has considered your request. Our response to each part is "
                    "set out in the table below. Where a document is referred to it is attached to the covering e-mail.")
    rows = [
        ("1", "Do you have a joint commissioning framework for externally commissioned placements for children?",
         "Yes. Hackney Children and Education and the City and Hackney place of NHS North East London work to a "
         "Joint Commissioning Framework for children with complex needs who are placed externally.", "Y"),
        ("1a", "If yes, does this joint commissioning framework include partners from health (eg CCG or new ICBs)?",
         "Yes – health partners sit on the framework board.", "Y"),
        ("1b", "Please share the terms of reference (ToR) or joint agreement, if health are included",
         "Terms of reference attached (Appendix 1).", "Y"),
        ("2", "Do health (eg CCG/ICB) joint fund externally commissioned placements (eg residential, therapeutic foster care, SEND, semi-independent provision)?",
         "Health contribute on a case by case basis where a child or young person has an identified health need "
         "that the placement is meeting.", "Y"),
        ("2a", "If yes, what are the terms (please share a ToR or agreement)?",
         "Contributions are considered at the multi-agency Complex Care Panel, which meets fortnightly.", "Y"),
        ("2b", "If yes, how is that funding split for the following (e.g. a shared percentage cost)",
         "There is no fixed percentage. The split is determined for each child at the Complex Care Panel.", "Y"),
        ("3", "Do any other partners contribute (over and above children's social care and health/CCG)?",
         "Yes – Education (High Needs Block) contributes towards residential school placements for children with an EHCP.", "Y"),
        ("3a", "If yes, who and on what terms?",
         "See 3. Education meet the educational element of the placement cost.", "Y"),
        ("4", "Is the criteria in the continuing care funding model used as a methodology for split funding?",
         "Yes. The National Framework for Children and Young People's Continuing Care is used.", "Y"),
        ("4b", "If yes, is this the only criteria health use to determine funding?",
         "No. Health also draw on the CHAT and on clinical reports from the child's treating team.", "Y"),
        ("5", "What was your Council yearly spend on external placements?",
         "2023/24: £27,381,460 (see table below for the split).", "Y"),
        ("6", "Have you involved children or parents in your joint commissioning process?",
         "Yes – through the Children in Care Council and the Hackney parent carer forum.", "Y"),
        ("7", "Do you refer to any models of practice in your commissioning framework or joint funding framework?",
         "Yes. The framework refers to the Hackney systemic practice model.", "Y"),
        ("8", "Do you have any other comments?", "No further comments.", "N/A"),
    ]
    tb = d.add_table(rows=1, cols=4); tb.style = "Table Grid"
    for i, h in enumerate(["Q", "Question", "Response", "Held (Y/N)"]):
        tb.rows[0].cells[i].text = h
        shade(tb.rows[0].cells[i], "BFBFBF")
        tb.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    repeat_header(tb.rows[0])
    for n, q, a, h in rows:
        r = tb.add_row().cells
        r[0].text = n; r[1].text = q; r[2].text = a; r[3].text = h
    d.add_paragraph("")
    d.add_paragraph("Question 5 – external placement spend 2023/24 by funder", style="Heading 2")
    t2 = d.add_table(rows=1, cols=3); t2.style = "Table Grid"
    for i, h in enumerate(["Funder", "Amount (£)", "% of total"]):
        t2.rows[0].cells[i].text = h
    for a, b, c in [("Health (NEL ICB)", "2,118,300", "7.7%"), ("Education", "3,504,827", "12.8%"),
                    ("Other", "0", "0%"), ("Total spend on external placements", "27,381,460", "100%")]:
        r = t2.add_row().cells; r[0].text = a; r[1].text = b; r[2].text = c
    d.add_paragraph("")
    d.add_paragraph("If you are dissatisfied with the handling of your request you may ask for an internal review "
                    "within two months (40 working days) of the date of this response. Should you remain unhappy you "
                    "may then refer the matter to the Information Commissioner.")
    d.add_paragraph("Information Management Team, Hackney Town Hall, Mare Street, London E8 1EA")
    d.save(os.path.join(RAW, f"{stem}.docx"))
    write_gold(stem, "docx", "csc_joint_commissioning", "London Borough of Hackney", "E09000012", {
        "foi_reference": "FOI24-0907-LBH",
        "response_date": "2024-10-23",
        "joint_commissioning_framework": "yes",
        "framework_includes_health": "yes",
        "framework_tor_provided": True,
        "health_joint_funds_placements": anyof("case_by_case", "yes"),
        "fixed_percentage_split": False,
        "other_partners_contribute": "yes",
        "other_partners": ["Education"],
        "continuing_care_model_used": "yes",
        "continuing_care_only_criteria": "no",
        "other_health_tools": ["CHAT"],
        "external_placements_spend_gbp": 27381460.0,
        "spend_year": "2023/24",
        "health_share_gbp": 2118300.0,
        "health_share_pct": 7.7,
        "education_share_gbp": 3504827.0,
        "education_share_pct": 12.8,
        "other_share_gbp": 0.0,
        "other_share_pct": 0.0,
        "children_parents_involved": "yes",
        "models_of_practice": "yes",
        "exemptions": [],
    })


# ---------------------------------------------------------------- h7_04 Islington, s117, HTML disclosure log (dl metadata)
def h7_04():
    stem = "h7_04"
    NCL = "NHS North Central London Integrated Care Board"
    qa = [
        ("How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?",
         "688 people."),
        ("How many of these people have their section 117 aftercare jointly funded with the ICB?",
         "402 of the 688 have a jointly funded package."),
        ("Does the local authority have an agreed section 117 joint policy or protocol with the ICB?",
         "Yes. Islington follows the North Central London Section 117 Aftercare Policy, agreed by the five NCL boroughs, the ICB and the mental health trust."),
        ("If so, please provide a copy of the section 117 policy or protocol.",
         "The policy is published on the NCL ICB website and is therefore exempt under section 21 of the Act: "
         "https://nclhealthandcare.org.uk/our-working-areas/mental-health/section-117"),
        ("How is the cost of section 117 aftercare split between the local authority and the ICB, for example a fixed percentage such as 50/50, case by case, or agreed at a panel?",
         "There is no fixed percentage. Costs are apportioned according to the assessed health and social care needs of the person, and the split is agreed at the joint Section 117 Panel."),
        ("Where a percentage split is used, what percentage of the cost does the ICB pay?",
         "Not applicable."),
        ("What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?",
         "£21,774,910 (gross, 2023/24)."),
        ("What was the ICB's spend on section 117 aftercare for people in your area in the same year?",
         "The Council does not hold this information. You may wish to direct this part of your request to NHS North Central London ICB."),
        ("Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?",
         "The NCL policy is currently being reviewed against the new guidance; the revised version is expected in early 2025."),
        ("Which ICB is the lead ICB for section 117 aftercare in your area?",
         "North Central London ICB."),
        ("Do you keep a joint register with the ICB of people entitled to section 117 aftercare?",
         "Yes – a shared register is held with the ICB and Camden and Islington mental health services."),
        ("How many people were discharged from section 117 aftercare in 2023/24?",
         "71"),
        ("Is there an agreed process for resolving disputes with the ICB about section 117 funding?",
         "Yes, set out in section 9 of the NCL policy."),
        ("Please provide the name and contact details of the officer responsible for section 117 aftercare.",
         "Tobias Mensah-Clarke, Head of Service, Mental Health Social Work. His e-mail address and direct line are withheld under section 40(2) (personal information)."),
    ]
    items = []
    for q, a in qa:
        items.append(f"<li><p class='q'>{q}</p><p class='a'><strong>Response:</strong> {a}</p></li>")
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Section 117 aftercare – joint funding | Islington Council</title>
<style>body{{font-family:Helvetica,Arial,sans-serif;max-width:880px;margin:auto}} .crumbs{{font-size:12px}}
dl.meta{{display:grid;grid-template-columns:200px 1fr;border-top:1px solid #ccc}} dt{{font-weight:bold}}
.q{{font-style:italic}} .a{{margin-left:1em}}</style></head>
<body>
<header><a href="/">Islington Council</a> <nav class="crumbs">Home &gt; About the council &gt; Freedom of information &gt; Disclosure log</nav></header>
<main>
<h1>Section 117 aftercare – joint funding</h1>
<dl class="meta">
<dt>Reference</dt><dd>ISL-FOI-24-5530</dd>
<dt>Date received</dt><dd>2 October 2024</dd>
<dt>Date responded</dt><dd>30 October 2024</dd>
<dt>Date published</dt><dd>11 November 2024</dd>
<dt>Department</dt><dd>Adult Social Care</dd>
<dt>Outcome</dt><dd>Information partly provided (s21, s40)</dd>
</dl>
<section><h2>Request</h2>
<p>The requester asked fourteen questions about section 117 Mental Health Act aftercare, shown with our answers below.</p></section>
<section><h2>Response</h2>
<ol>
{chr(10).join(items)}
</ol>
<p>Section 40(2) exempts personal data where disclosure would breach the data protection principles. Officers below
senior management level have a reasonable expectation that their direct contact details will not be published.</p>
<p>Section 21 applies where information is reasonably accessible to the applicant by other means.</p>
</section>
<footer><p>Disclosure log entries reproduce our response as sent. If you are dissatisfied you may ask for an internal review
within 40 working days and afterwards complain to the Information Commissioner.</p><p>&copy; Islington Council</p></footer>
</main></body></html>"""
    open(os.path.join(RAW, f"{stem}.html"), "w").write(html)
    write_gold(stem, "html", "s117_aftercare", "London Borough of Islington", "E09000019", {
        "foi_reference": "ISL-FOI-24-5530",
        "response_date": "2024-10-30",
        "s117_people_count": 688,
        "s117_as_at": "2024-03-31",
        "s117_jointly_funded_count": 402,
        "s117_joint_policy": "yes",
        "s117_policy_copy_provided": anyof(True, W),
        "s117_split_basis": "case_by_case",
        "s117_split_methods": anyof(["case_by_case", "joint_panel"], ["joint_panel"]),
        "s117_icb_share_pct": anyof(NA, SO),
        "la_s117_spend_gbp": 21774910.0,
        "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": NH,
        "s117_policy_reviewed": "partial",
        "s117_lead_icb": NCL,
        "s117_joint_register": "yes",
        "s117_discharged_count": 71,
        "s117_disputes_process": "yes",
        "s117_contact_name": "Tobias Mensah-Clarke",
        "s117_contact_email": W,
        "s117_contact_phone": W,
        "exemptions": ["s21", "s40"],
    })


# ---------------------------------------------------------------- h7_05 Reading, ASC, e-mail answers first, request quoted
def h7_05():
    stem = "h7_05"
    req = """1. Please provide the contact details for the DASS in your local authority.
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
12. Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?"""
    quoted = "\n".join("> " + l for l in (
        ["-----Original Message-----", "From: J Pemberton <jp.foirequests@example.net>",
         "Sent: 13 August 2024 09:12", "To: FOI <foi@reading.gov.uk>",
         "Subject: Freedom of Information request - Adult Social Care Joint Funding", "",
         "Dear Reading Borough Council,", "",
         "Under the Freedom of Information Act 2000 please provide the following:", ""]
        + req.splitlines() + ["", "Yours faithfully,", "J Pemberton"]))
    body = f"""Dear J Pemberton,

Re: Freedom of Information request RBC FOI 11584

Thank you for your request. Please find the Council's answers below; your original request is copied at the end of this e-mail for reference.

1. Our Executive Director of Adult Social Care and Health is Priya Raman-Holt. She can be contacted through the directorate mailbox, ascdirectorate@reading.gov.uk.
2. Councillor Ruth Abernethy-Lowe, Lead Councillor for Adult Social Care.
3. Mosaic (The Access Group).
4. 1,873 people were receiving a long-term service funded in whole or in part by the Council on 31/07/2024.
5. Net expenditure for 2022/23 was £52.3m.
6. 212, of which 131 are section 117 aftercare packages.
7. The Council does not hold the ICB's expenditure on these packages. This would be held by BOB ICB.
8. NHS Buckinghamshire, Oxfordshire and Berkshire West ICB (BOB ICB).
9. Yes, BOB ICB.
10. There is not currently a signed joint funding policy. A draft Joint Funding Protocol for Berkshire West is being developed with BOB ICB and the other two Berkshire West councils.
11. Not applicable – see our answer to question 10.
12. We do not use a tool. Individual cases are taken to the Berkshire West joint funding forum, where health and social care needs are discussed and a split is negotiated.

If you are not satisfied with this response you can ask for an internal review. Please write to foi@reading.gov.uk within 40 working days, quoting the reference above. If you remain dissatisfied you can contact the Information Commissioner's Office (www.ico.org.uk).

Regards

Information Governance Team
Reading Borough Council
Civic Offices, Bridge Street, Reading RG1 2LU

{quoted}
"""
    write_eml(os.path.join(RAW, f"{stem}.eml"), [
        ("From", "Reading Borough Council FOI <foi@reading.gov.uk>"),
        ("To", "J Pemberton <jp.foirequests@example.net>"),
        ("Subject", "RE: Freedom of Information request - Adult Social Care Joint Funding (RBC FOI 11584)"),
        ("Date", "Tue, 10 Sep 2024 11:05:37 +0100"),
        ("Message-ID", "<h7-05-rbc-11584@reading.gov.uk>"),
    ], text=body)
    write_gold(stem, "eml", "asc_joint_funding", "Reading Borough Council", "E06000038", {
        "foi_reference": "RBC FOI 11584",
        "response_date": "2024-09-10",
        "dass_name": "Priya Raman-Holt",
        "dass_email": "ascdirectorate@reading.gov.uk",
        "dass_phone": None,
        "portfolio_holder_name": "Ruth Abernethy-Lowe",
        "case_management_system": "Mosaic",
        "case_management_supplier": "The Access Group",
        "care_packages_count": 1873,
        "care_packages_as_at": "2024-07-31",
        "la_annual_cost_gbp": 52300000.0,
        "la_cost_basis": "net",
        "cost_year": "2022/23",
        "jointly_funded_packages_count": 212,
        "icb_annual_cost_gbp": NH,
        "icb_weekly_cost_gbp": None,
        "icbs_covering": [BOB],
        "main_icb": BOB,
        "joint_funding_policy": "partial",
        "policy_copy_provided": anyof(False, NA, SO),
        "joint_funding_tool": "partial",
        "joint_funding_methods": anyof(["joint_funding_panel"], ["joint_funding_panel", "case_by_case"]),
        "exemptions": [],
    })


# ---------------------------------------------------------------- h7_06 Sussex ICB, CHC, reportlab letter with tables
def _rl_doc(path, title, header_left, header_right, footer_text):
    from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm

    def deco(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(2 * cm, A4[1] - 1.2 * cm, header_left)
        c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, header_right)
        c.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
        c.drawString(2 * cm, 1.2 * cm, footer_text)
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
        c.restoreState()
    doc = BaseDocTemplate(path, pagesize=A4, title=title, author=header_left, invariant=1,
                          leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=deco)])
    return doc


def h7_06():
    stem = "h7_06"
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    ss = getSampleStyleSheet()
    N = ParagraphStyle("n", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
    Q = ParagraphStyle("q", parent=N, fontName="Helvetica-Bold")
    A = ParagraphStyle("a", parent=N, leftIndent=14)
    H = ParagraphStyle("h", parent=N, fontName="Helvetica-Bold", fontSize=12, spaceBefore=8)
    doc = _rl_doc(os.path.join(RAW, f"{stem}.pdf"), "FOI response SxICB 2409-117", "NHS Sussex",
                  "Our ref: SxICB FOI 2409-117", "NHS Sussex Integrated Care Board, Sackville House, Brooks Close, Lewes BN7 2FZ")
    S = []
    S.append(Paragraph("<font size=18 color='#005EB8'><b>NHS</b></font>  <font size=14>Sussex</font>", N))
    S.append(Spacer(1, 6))
    S.append(Paragraph("Sackville House<br/>Brooks Close<br/>Lewes<br/>East Sussex BN7 2FZ<br/>sxicb.foi@nhs.net", N))
    ref = Table([["Our reference", "SxICB FOI 2409-117"], ["Request received", "30 August 2024"],
                 ["Date", "27 September 2024"]], colWidths=[4 * cm, 6 * cm])
    ref.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9)]))
    S += [ref, Spacer(1, 10), Paragraph("Dear Requester,", N),
          Paragraph("<b>Re: Freedom of Information Act 2000 – NHS Continuing Healthcare and joint packages</b>", N),
          Paragraph("NHS Sussex Integrated Care Board (the ICB) has now considered your request. The ICB commissions "
                    "Continuing Healthcare for the residents of Brighton and Hove, East Sussex and West Sussex, and "
                    "where helpful we have broken the figures down by these three places.", N)]

    def tbl(data, widths, bold_last=True):
        t = Table(data, colWidths=widths, repeatRows=1)
        st = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F2")), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
              ("ALIGN", (1, 0), (-1, -1), "RIGHT")]
        if bold_last:
            st.append(("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9))
        t.setStyle(TableStyle(st))
        return t

    S.append(Paragraph("Questions 1, 2 and 3", H))
    S.append(Paragraph("1. How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?<br/>"
                       "2. How many of these people were receiving CHC through the Fast Track Pathway?<br/>"
                       "3. How many joint funded packages (shared care between health and social care for people below the CHC threshold) were in place?", Q))
    S.append(Paragraph("We have answered these three questions together in the table below. All figures are a snapshot at 31/03/2024.", A))
    S.append(tbl([["Place", "CHC eligible (Q1)", "of which Fast Track (Q2)", "Joint packages (Q3)"],
                  ["Brighton and Hove", "402", "118", "96"], ["East Sussex", "731", "201", "163"],
                  ["West Sussex", "1,006", "290", "244"], ["Total", "2,139", "609", "503"]],
                 [4.5 * cm, 3.6 * cm, 4.2 * cm, 3.6 * cm]))
    S.append(Spacer(1, 8))
    blocks = [
        ("4. Is there a local joint funding or shared care protocol agreed between the ICB and the local authority?",
         "Yes. There are three joint funding protocols, one agreed with each of the upper-tier councils in Sussex."),
        ("4a. If so, please provide a copy of the protocol.",
         "Copies of all three protocols are enclosed with this letter (Annex B)."),
        ("5. Which tool is used to decide CHC eligibility and the contributions to joint packages (for example the national Decision Support Tool or a local tool)?",
         "The national Checklist, Decision Support Tool (DST) and Fast Track Pathway Tool are used to decide eligibility. "
         "For joint packages, contributions are calculated with the Sussex Joint Funding Tool, a locally developed matrix, "
         "and ratified at the Joint Funding Panel."),
        ("6. Is the funding of joint packages split by a fixed percentage, or agreed case by case?",
         "Contributions are determined case by case, according to the outcome of the local tool."),
        ("6a. If a fixed or typical percentage is used, what share of the cost does health pay?",
         "Not applicable."),
        ("7. Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint funding decisions?",
         "Yes, each protocol contains a disputes resolution procedure."),
        ("7a. How many disputes were raised under the disputes procedure in 2023/24?",
         "9 disputes were formally raised in 2023/24."),
        ("8. What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?",
         "The ICB's expenditure on CHC is shown below in £000 for the last three financial years. The 2023/24 total was £231,482k."),
    ]
    for q, a in blocks:
        S += [Paragraph(q, Q), Paragraph(a, A)]
    S.append(tbl([["Place (£000)", "2021/22", "2022/23", "2023/24"],
                  ["Brighton and Hove", "38,115", "41,260", "44,907"],
                  ["East Sussex", "68,402", "73,988", "79,315"],
                  ["West Sussex", "91,774", "99,031", "107,260"],
                  ["Total", "198,291", "214,279", "231,482"]], [5 * cm, 3.5 * cm, 3.5 * cm, 3.5 * cm]))
    S.append(Spacer(1, 8))
    S += [Paragraph("9. What was the local authority's annual contribution to joint funded packages in 2023/24?", Q),
          Paragraph("This information is not held by the ICB. The councils' contributions are recorded in the councils' own finance systems.", A),
          Paragraph("10. How many Fast Track referrals were received in 2023/24?", Q),
          Paragraph("The ICB received 3,318 Fast Track referrals in 2023/24. A monthly breakdown by place is given below.", A)]
    months = ["Apr-23", "May-23", "Jun-23", "Jul-23", "Aug-23", "Sep-23", "Oct-23", "Nov-23", "Dec-23", "Jan-24", "Feb-24", "Mar-24"]
    bh = [52, 55, 49, 51, 50, 47, 54, 58, 61, 63, 56, 57]
    es = [88, 91, 85, 86, 83, 80, 92, 95, 101, 104, 93, 97]
    ws = [125, 130, 119, 123, 118, 114, 132, 138, 146, 151, 134, 140]
    rows = [["Month", "Place", "Fast Track referrals"]]
    for m, a, b, c in zip(months, bh, es, ws):
        rows.append([m, "Brighton and Hove", str(a)])
        rows.append([m, "East Sussex", str(b)])
        rows.append([m, "West Sussex", str(c)])
    tot = sum(bh) + sum(es) + sum(ws)
    assert tot == 3318, tot
    rows.append(["2023/24", "All places", f"{tot:,}"])
    S.append(tbl(rows, [3.5 * cm, 5 * cm, 4 * cm]))
    S.append(Spacer(1, 8))
    S += [Paragraph("11. Which ICB or ICBs are responsible for CHC for the residents of your area?", Q),
          Paragraph("NHS Sussex Integrated Care Board.", A),
          Paragraph("Re-use and review", H),
          Paragraph("Information provided under the Act may be re-used under the Open Government Licence. If you are unhappy "
                    "with the way your request has been handled you may request an internal review by writing to "
                    "sxicb.foi@nhs.net within 40 working days of this letter. If you are still dissatisfied you may apply to the "
                    "Information Commissioner. " + ICO_ADDR + ".", N),
          Spacer(1, 8), Paragraph("Yours faithfully,", N),
          Paragraph("<b>Freedom of Information Team</b><br/>On behalf of NHS Sussex", N)]
    doc.build(S)
    write_gold(stem, "pdf", "chc_funding_split", SUSSEX, "QNX", {
        "foi_reference": "SxICB FOI 2409-117",
        "response_date": "2024-09-27",
        "chc_eligible_count": 2139,
        "chc_as_at": "2024-03-31",
        "chc_fast_track_count": 609,
        "joint_packages_count": 503,
        "joint_funding_protocol": "yes",
        "protocol_copy_provided": True,
        "chc_tools": ["checklist", "dst", "fast_track_tool", "local_tool", "joint_panel"],
        "chc_split_fixed": False,
        "chc_health_share_pct": anyof(NA, SO),
        "chc_disputes_procedure": "yes",
        "chc_disputes_count": 9,
        "icb_chc_spend_gbp": 231482000.0,
        "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": NH,
        "chc_fast_track_referrals_count": 3318,
        "chc_icbs": [SUSSEX],
        "exemptions": [],
    })


# ---------------------------------------------------------------- h7_07 Bromley, CSC, web page printed to PDF
def h7_07():
    stem = "h7_07"
    html = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Joint commissioning of children's external placements - FOI/LBB/2024/3341 | London Borough of Bromley</title>
<style>
body{font-family:Georgia,serif;font-size:13px;margin:0}
.top{background:#1b3a5c;color:#fff;padding:12px 28px;font-family:Arial}
.top span{font-size:20px;font-weight:bold}
.wrap{padding:10px 28px}
table.facts{border-collapse:collapse;margin:8px 0 16px 0}
table.facts td{border:1px solid #bbb;padding:4px 8px}
h2{font-family:Arial;color:#1b3a5c;border-bottom:2px solid #1b3a5c}
.qa p.q{font-weight:bold;margin-bottom:2px}
.qa p.r{margin-top:2px}
.side{font-size:11px;color:#555}
</style></head><body>
<div class="top"><span>Bromley</span> &nbsp; London Borough of Bromley &nbsp;|&nbsp; Freedom of information disclosure log</div>
<div class="wrap">
<p class="side">Home › Council and democracy › Access to information › FOI disclosure log › Children's services</p>
<h1>Joint commissioning of children's external placements</h1>
<table class="facts">
<tr><td>Request reference</td><td>FOI/LBB/2024/3341</td></tr>
<tr><td>Response date</td><td>6 November 2024</td></tr>
<tr><td>Published</td><td>14 November 2024</td></tr>
<tr><td>Service area</td><td>Children, Education and Families</td></tr>
</table>
<h2>What was asked and our answer</h2>
<div class="qa">
<p class="q">Q1 Do you have a joint commissioning framework for externally commissioned placements for children?</p>
<p class="r">No. Bromley's Placements Team commissions external placements through London-wide and sub-regional arrangements. There is no joint framework with health for these placements.</p>
<p class="q">Q1a If yes, does this joint commissioning framework include partners from health (eg CCG or new ICBs)?</p>
<p class="r">N/A</p>
<p class="q">Q1b Please share the terms of reference (ToR) or joint agreement, if health are included</p>
<p class="r">N/A</p>
<p class="q">Q2 Do health (eg CCG/ICB) joint fund externally commissioned placements (eg residential, therapeutic foster care, SEND, semi-independent provision)?</p>
<p class="r">South East London ICB (Bromley) contribute to the cost of some placements where a child has assessed health needs. This is decided on a case-by-case basis.</p>
<p class="q">Q2a If yes, what are the terms (please share a ToR or agreement)?</p>
<p class="r">There is no written agreement; each request is presented to the ICB's children's continuing care lead.</p>
<p class="q">Q2b If yes, how is that funding split for the following (e.g. a shared percentage cost)</p>
<p class="r">The split varies from child to child; no standard split applies.</p>
<p class="q">Q3 Do any other partners contribute (over and above children's social care and health/CCG)?</p>
<p class="r">No other partners contribute directly; Education costs are met within the Council (see Q5b).</p>
<p class="q">Q4 Is the criteria in the continuing care funding model used as a methodology for split funding?</p>
<p class="r">Yes.</p>
<p class="q">Q4b If yes, is this the only criteria health use to determine funding?</p>
<p class="r">Yes.</p>
<p class="q">Q5 What was your Council yearly spend on external placements?</p>
<p class="r">£19.6m in 2023/24.</p>
<p class="q">Q5a What element of that was funded by health?</p>
<p class="r">4%</p>
<p class="q">Q5b What element of that was funded by education?</p>
<p class="r">11%</p>
<p class="q">Q5c What element of that was funded by other?</p>
<p class="r">0%</p>
<p class="q">Q6 Have you involved children or parents in your joint commissioning process?</p>
<p class="r">Partially. Young people's views are gathered through the Children in Care Council and placement reviews, but they are not directly involved in commissioning decisions.</p>
<p class="q">Q7 Do you refer to any models of practice in your commissioning framework or joint funding framework?</p>
<p class="r">No.</p>
<p class="q">Q8 Do you have any other comments?</p>
<p class="r">No.</p>
</div>
<h2>Your rights</h2>
<p>If you are dissatisfied with this response you may request an internal review within 40 working days. You can then contact the Information Commissioner's Office if you remain unhappy.</p>
<p class="side">Page last updated: 14 November 2024 · Bromley Civic Centre, Stockwell Close, Bromley BR1 3UH</p>
</div></body></html>"""
    hp = os.path.join(WORK, f"{stem}.html")
    open(hp, "w").write(html)
    chromium_pdf(hp, os.path.join(RAW, f"{stem}.pdf"))
    write_gold(stem, "pdf", "csc_joint_commissioning", "London Borough of Bromley", "E09000006", {
        "foi_reference": "FOI/LBB/2024/3341",
        "response_date": "2024-11-06",
        "joint_commissioning_framework": "no",
        "framework_includes_health": NA,
        "framework_tor_provided": anyof(NA, False),
        "health_joint_funds_placements": anyof("case_by_case", "yes"),
        "fixed_percentage_split": False,
        "other_partners_contribute": "no",
        "other_partners": [],
        "continuing_care_model_used": "yes",
        "continuing_care_only_criteria": "yes",
        "other_health_tools": [],
        "external_placements_spend_gbp": 19600000.0,
        "spend_year": "2023/24",
        "health_share_pct": 4.0,
        "health_share_gbp": 784000.0,
        "education_share_pct": 11.0,
        "education_share_gbp": 2156000.0,
        "other_share_pct": 0.0,
        "other_share_gbp": 0.0,
        "children_parents_involved": "partial",
        "models_of_practice": "no",
        "exemptions": [],
    })
