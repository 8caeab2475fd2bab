"""The six e-mail responses (h11_01, 05, 09, 10, 13, 14)."""
import datetime as dt
import io

from docx import Document
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from common import fix_docx_props, stable_zip, write_eml

UTC = dt.timezone.utc
ICO = ("Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF. "
       "Telephone 0303 123 1113, website ico.org.uk")


# --------------------------------------------------------------------------------------------
def h11_01(raw):
    body = """Dear Ms Hallworth,

Freedom of Information Act 2000 - Request reference: MBC-IG-10457

Thank you for your request for information received on 18 October 2023. Middlesbrough Council
has now considered your request and our response to each part is set out below.

Q1. Please provide the contact details for the DASS in your local authority.
Response: Our Director of Adult Social Care and Health Integration (the statutory DASS) is
Eleanor Brightwater-Kaye. Her direct e-mail address and telephone number are personal data
and are withheld under section 40(2) of the Act. Correspondence for the Director can be sent
to the Information Governance Team at the address at the foot of this e-mail and will be
passed on.

Q2. Please provide the contact details for the portfolio holder for Adult Social Care (if
applicable).
Response: Councillor Janet Thewlis-Orme, Executive Member for Adult Social Care and Public
Health. Councillors' contact details are published on the Council's website under
"Councillors and committees".

Q3. Who provides your main operational system for Case Management?
Response: Liquidlogic LAS, supplied by System C. ContrOCC is used alongside it for care
finance and provider payments.

Q4. How many current care packages per week does the local authority contribute some or all
of the cost towards?
Response: As at 30 September 2023 there were 2,614 people receiving a service that the
Council funds in full or in part.

Q5. What is your Annual cost of this care provided by the Local Authority (for the last full
year 2022/23)?
Response: Gross expenditure in 2022/23 was £71.38m. This figure is before client
contributions and other income are deducted.

Q6. How many of these current care packages are jointly funded with an ICB (both those under
s.117 of the Mental Health Act and those funding under the Care Act because they do not meet
CHC eligibility)?
Response: 387 in total (241 are section 117 aftercare packages and 146 are joint packages for
people who do not meet the CHC eligibility threshold).

Q7. What is the Annual cost of care provided by ICBs for these cases?
Response: The ICB contribution to these 387 packages in 2022/23 was £6,912,440.17.

Q8. Which ICBs cover the Local Authority Area?
Response: NHS North East and North Cumbria ICB. Middlesbrough sits within its Tees Valley
area.

Q9. Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?
Response: Yes - see our response to Q8. All of our joint funding is with North East and North
Cumbria ICB.

Q10. Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?
Response: Yes. A joint funding protocol covering the five Tees Valley councils was agreed with
the ICB and took effect in April 2023.

Q11. Please provide a copy of it.
Response: A copy of the protocol is attached to this e-mail.

Q12. Does the Local Authority have a Joint Funding Tool or documented methodology for
calculating funding splits?
Response: We do not have a formal tool. Each split is agreed at the Joint Funding Panel, using
the care domains of the Decision Support Tool as a guide to which needs are health needs.
Where the Council and the ICB cannot agree, the case is escalated under the Tees dispute
resolution arrangements in the protocol.

If you are dissatisfied with the way in which your request has been handled you can ask for
an internal review. Please write to us within 40 working days of the date of this e-mail,
quoting the reference above. If you remain unhappy after the review you can complain to the
%s.

Most of the information we provide under the Act is Council copyright. You may re-use it for
your own purposes, including research and news reporting; any other re-use, for example
commercial publication, needs our permission.

Yours sincerely,

Gareth Lumley
Information Governance Officer
Legal and Governance Services
Middlesbrough Council
PO Box 500, Middlesbrough TS1 9FT
""" % ICO
    write_eml(raw + "/h11_01.eml", sender='"Information Governance" <foi@middlesbrough.gov.uk>',
              to='"Ruth Hallworth" <ruth.hallworth@example.org>',
              subject="FOI MBC-IG-10457 - Adult Social Care - Joint Funding - Response",
              date=dt.datetime(2023, 11, 14, 10, 42, 13, tzinfo=UTC), body=body,
              msgid="MBC-IG-10457.20231114104213@middlesbrough.gov.uk",
              attachments=[("Tees Valley Joint Funding Protocol 2023.pdf", _tiny_pdf("Tees Valley Joint Funding Protocol"), "application/pdf")])
    return {
        "questionnaire": "asc_joint_funding",
        "respondent": {"name": "Middlesbrough Borough Council", "code": "E06000002"},
        "gold": {
            "respondent": "Middlesbrough Borough Council",
            "foi_reference": "MBC-IG-10457",
            "response_date": "2023-11-14",
            "dass_name": "Eleanor Brightwater-Kaye",
            "dass_email": {"state": "withheld"},
            "dass_phone": {"state": "withheld"},
            "portfolio_holder_name": "Janet Thewlis-Orme",
            "case_management_system": "Liquidlogic Adults' Social Care System",
            "case_management_supplier": "System C",
            "care_packages_count": 2614,
            "care_packages_as_at": "2023-09-30",
            "la_annual_cost_gbp": 71380000.0,
            "la_cost_basis": "gross",
            "cost_year": "2022/23",
            "jointly_funded_packages_count": 387,
            "icb_annual_cost_gbp": 6912440.17,
            "icb_weekly_cost_gbp": None,
            "icbs_covering": ["NHS North East and North Cumbria Integrated Care Board"],
            "main_icb": {"any_of": ["NHS North East and North Cumbria Integrated Care Board", {"state": "see_other"}]},
            "joint_funding_policy": "yes",
            "policy_copy_provided": True,
            "joint_funding_tool": "partial",
            "joint_funding_methods": {"any_of": [["joint_funding_panel", "dst", "dispute_process"],
                                                 ["joint_funding_panel", "dst", "dispute_process", "case_by_case"]]},
            "exemptions": ["s40"],
        },
    }


def _tiny_pdf(title):
    """A one-page attached policy (not a response): a title and a contents list."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(25 * mm, 270 * mm, title)
    c.setFont("Helvetica", 10)
    y = 255
    for i, line in enumerate(["Purpose and scope", "Legal framework", "Eligibility and assessment",
                              "Apportioning costs", "Disputes", "Review of this document"], 1):
        c.drawString(25 * mm, y * mm, "%d. %s ........................................ %d" % (i, line, i + 2))
        y -= 7
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
def h11_05(raw):
    body = """Good afternoon,

Please see the Council's answers to your request below. Your original request is copied at the
bottom of this e-mail for reference.

1. Yes. The Staffordshire and Stoke-on-Trent Children's Joint Commissioning Framework was
   agreed in 2022 and covers externally commissioned residential and fostering placements.
1a. Yes - NHS Staffordshire and Stoke-on-Trent ICB is a signatory to the framework.
1b. The terms of reference for the Joint Commissioning Board are attached.
2. Yes, where a child has assessed health needs. Health contributions are agreed case by case at
   the multi-agency Joint Placements Panel.
2a. The panel meets monthly; the ICB funds the element of a placement that meets the child's
    assessed health needs. The terms are set out in the attached terms of reference.
2b. There is no fixed percentage for any of the placement types listed. Each contribution
    reflects the assessed health element of that child's placement.
3. Yes - Education (the High Needs Block) contributes toward the education element of
   residential school placements.
3a. See 3 above. Contributions are agreed through the same panel.
4. Yes.
4b. No. The ICB also uses the Children's Health Assessment Tool (CHAT) and clinical judgement.
5. Total spend on external placements in 2022/23 was £41.7m.
5a. Health - £2.19m
5b. Education - £3.05m
5c. Other - nil
6. Partly. The Children in Care Council was consulted when the placement sufficiency strategy
   was refreshed, but children and parents have not been involved in the framework itself.
7. No.
7a. N/A
8. No further comments.

Kind regards

Freedom of Information Team
Governance and Information Rights
Stoke-on-Trent City Council
Civic Centre, Glebe Street, Stoke-on-Trent ST4 1HH

Ref: SOT-FOI-23-06215

You have the right to request an internal review of this response within 40 working days. If
you are still dissatisfied after the review you may contact the %s.

-----Original Message-----
From: Daniel Oakes <d.oakes.research@example.net>
Sent: 30 August 2023 16:05
To: FOI <foi@stoke.gov.uk>
Subject: FOI Request - FAO Children's Commissioners

Dear Sir/Madam,

For respondents - the purpose of this request is to develop an understanding of what is good
practice in joint commissioning and funding of external placements with health/ICBs and
children's social care.

Q1 Do you have a joint commissioning framework for externally commissioned placements for
children?
Q1a If yes, does this joint commissioning framework include partners from 'health' (eg, CCG or
new ICBs)?
Q1b Please share the terms of reference (ToR) or joint agreement, if health are included
Q2 Do 'health' eg CCG/ICB, joint fund externally commissioned placements (eg, residential,
therapeutic foster care, SEND, semi-independent provision)?
Q2a If yes, what are the terms (please share a ToR or agreement)?
Q2b If yes, how is that funding split for the following: (e.g. a shared percentage cost)
-residential
-therapeutic foster care
-SEND provision
-semi-independent provision
Q3 Do any other partners contribute (over and above children's social care and health/CCG)?
Q3a If yes, who and on what terms?
Q4 Is the criteria in the 'continuing care funding' model used as a methodology for split
funding?
Q4b If yes, is this the only criteria 'health' use to determine funding?
Q5 What was your Council 2022/23 yearly spend on external placements?
Q5a What element of that was funded by health?
Q5b What element of that was funded by education?
Q5c What element of that was funded by 'other'?
Q6 Have you involved children or parents in your joint commissioning process?
Q7 Do you refer to any models of practice in your commissioning framework or joint funding
framework?
Q7a If yes, please share this?
Q8 Do you have any other comments?

Many thanks,
Daniel Oakes
""" % ICO
    write_eml(raw + "/h11_05.eml", sender='"FOI" <foi@stoke.gov.uk>',
              to='"Daniel Oakes" <d.oakes.research@example.net>',
              subject="RE: FOI Request - FAO Children's Commissioners [SOT-FOI-23-06215]",
              date=dt.datetime(2023, 9, 27, 14, 18, 51, tzinfo=UTC), body=body,
              msgid="SOT-FOI-23-06215.reply@stoke.gov.uk", in_reply_to="req-8841@example.net")
    return {
        "questionnaire": "csc_joint_commissioning",
        "respondent": {"name": "Stoke-on-Trent City Council", "code": "E06000021"},
        "gold": {
            "respondent": "Stoke-on-Trent City Council",
            "foi_reference": "SOT-FOI-23-06215",
            "response_date": "2023-09-27",
            "joint_commissioning_framework": "yes",
            "framework_includes_health": "yes",
            "framework_tor_provided": True,
            "health_joint_funds_placements": {"any_of": ["yes", "case_by_case"]},
            "fixed_percentage_split": False,
            "other_partners_contribute": "yes",
            "other_partners": ["Education"],
            "continuing_care_model_used": "yes",
            "continuing_care_only_criteria": "no",
            "other_health_tools": ["CHAT"],
            "external_placements_spend_gbp": 41700000.0,
            "spend_year": "2022/23",
            "health_share_gbp": 2190000.0,
            "health_share_pct": None,
            "education_share_gbp": 3050000.0,
            "education_share_pct": None,
            "other_share_gbp": 0.0,
            "other_share_pct": None,
            "children_parents_involved": {"any_of": ["partial", "yes"]},
            "models_of_practice": "no",
            "exemptions": [],
        },
    }


# --------------------------------------------------------------------------------------------
def _newcastle_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    p = doc.add_paragraph()
    r = p.add_run("Newcastle City Council")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Information Rights Team, Civic Centre, Barras Bridge, Newcastle upon Tyne NE1 8QH")
    doc.add_paragraph("Our reference: NCC-IR-24-03316\nDate: 23 July 2024\nYour request received: 24 June 2024")
    doc.add_paragraph("Dear Mr Pemberton-Ashe,")
    doc.add_paragraph("Freedom of Information Act 2000 - Section 117 Mental Health Act aftercare")
    doc.add_paragraph(
        "Thank you for your request. The Council holds the information you asked for and our answers are "
        "given in the table below. Figures are taken from our adult social care case management system and "
        "finance ledger.")
    rows = [
        ("1. How many people were receiving section 117 aftercare funded wholly or partly by the local "
         "authority as at 31 March 2024?", "1,284 people."),
        ("2. How many of these people have their section 117 aftercare jointly funded with the ICB?", "577"),
        ("3. Does the local authority have an agreed section 117 joint policy or protocol with the ICB?",
         "Yes. The Newcastle Section 117 Aftercare Policy was agreed jointly with the ICB."),
        ("3a. If so, please provide a copy of the section 117 policy or protocol.", "A copy is enclosed with this letter."),
        ("4. How is the cost of section 117 aftercare split between the local authority and the ICB?",
         "There is no fixed percentage. The split is agreed case by case according to the assessed health and "
         "social care needs of the person, and is agreed at the Newcastle Section 117 Joint Funding Panel."),
        ("4a. Where a percentage split is used, what percentage of the cost does the ICB pay?", "N/A"),
        ("5. What was the local authority's total spend on section 117 aftercare in the last full financial "
         "year (2023/24)?", "£31,906,442 (gross, 2023/24)"),
        ("6. What was the ICB's spend on section 117 aftercare for people in your area in the same year?",
         "£12.4m - this is the ICB contribution to jointly funded packages recorded by the Council."),
        ("7. Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare "
         "guidance was published?", "A review is under way and a revised policy is expected in the autumn."),
        ("8. Which ICB is the lead ICB for section 117 aftercare in your area?",
         "NHS North East and North Cumbria Integrated Care Board"),
        ("9. Do you keep a joint register with the ICB of people entitled to section 117 aftercare?",
         "Yes, a shared register is held and reconciled monthly."),
        ("10. How many people were discharged from section 117 aftercare in 2023/24?", "96"),
        ("11. Is there an agreed process for resolving disputes with the ICB about section 117 funding?",
         "Yes, set out in section 8 of the policy."),
        ("12. Please provide the name and contact details of the officer responsible for section 117 "
         "aftercare.", "Hamid Rasul-Benson, Head of Mental Health Social Work. E-mail: s117@newcastle.gov.uk"),
    ]
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Question"
    t.rows[0].cells[1].text = "Response"
    for c in t.rows[0].cells:
        for run in c.paragraphs[0].runs:
            run.bold = True
    for q, a in rows:
        cells = t.add_row().cells
        cells[0].text = q
        cells[1].text = a
    doc.add_paragraph("")
    doc.add_paragraph(
        "If you are unhappy with this response you may ask for an internal review by writing to the Information "
        "Rights Team within 40 working days. If you remain dissatisfied you can contact the " + ICO + ".")
    doc.add_paragraph("Yours sincerely,\n\nLaura Fenwick-Shaw\nInformation Rights Officer")
    fix_docx_props(doc, "Information Rights Team")
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def h11_09(raw):
    body = """Dear Mr Pemberton-Ashe,

Your request for information - reference NCC-IR-24-03316

Please find attached the Council's response to your request of 24 June 2024 about section 117
aftercare, together with a copy of the joint policy.

Kind regards,

Information Rights Team
Newcastle City Council
"""
    write_eml(raw + "/h11_09.eml", sender='"Information Rights" <information.rights@newcastle.gov.uk>',
              to='"Simon Pemberton-Ashe" <spa.foi@example.com>',
              subject="Your FOI request NCC-IR-24-03316 - section 117 aftercare",
              date=dt.datetime(2024, 7, 23, 11, 5, 0, tzinfo=UTC), body=body,
              msgid="NCC-IR-24-03316@newcastle.gov.uk",
              attachments=[("NCC-IR-24-03316 response.docx", _newcastle_docx(),
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                           ("Newcastle s117 Aftercare Policy.pdf", _tiny_pdf("Newcastle Section 117 Aftercare Policy"),
                            "application/pdf")])
    return {
        "questionnaire": "s117_aftercare",
        "respondent": {"name": "Newcastle City Council", "code": "E08000021"},
        "gold": {
            "respondent": "Newcastle City Council",
            "foi_reference": "NCC-IR-24-03316",
            "response_date": "2024-07-23",
            "s117_people_count": 1284,
            "s117_as_at": "2024-03-31",
            "s117_jointly_funded_count": 577,
            "s117_joint_policy": "yes",
            "s117_policy_copy_provided": True,
            "s117_split_basis": "case_by_case",
            "s117_split_methods": ["case_by_case", "joint_panel"],
            "s117_icb_share_pct": {"state": "not_applicable"},
            "la_s117_spend_gbp": 31906442.0,
            "s117_spend_year": "2023/24",
            "icb_s117_spend_gbp": 12400000.0,
            "s117_policy_reviewed": "partial",
            "s117_lead_icb": "NHS North East and North Cumbria Integrated Care Board",
            "s117_joint_register": "yes",
            "s117_discharged_count": 96,
            "s117_disputes_process": "yes",
            "s117_contact_name": "Hamid Rasul-Benson",
            "s117_contact_email": "s117@newcastle.gov.uk",
            "s117_contact_phone": None,
            "exemptions": [],
        },
    }


# --------------------------------------------------------------------------------------------
def h11_10(raw):
    body = """Dear Ms Carrow,

Thank you for your request, which we have handled under the Freedom of Information Act 2000.
Our answers follow the numbering of your e-mail, which is quoted underneath.

1 - 412 people (as at 31/03/2024).

2 - 198.

3 - Yes, the Council and NHS North East and North Cumbria ICB have a joint section 117 policy.

3a - The joint policy is published on our website at
https://www.southtyneside.gov.uk/article/section-117-aftercare-policy so we have not attached
it. As the policy is reasonably accessible to you by other means it is exempt under section
21 of the Act.

4 - Jointly funded section 117 packages are shared equally, 50/50, between the Council and the
ICB.

4a - 50%%.

5 - £9.8m in 2023/24.

6 - The Council does not hold the ICB's expenditure. You may wish to ask NHS North East and
North Cumbria ICB directly.

7 - Yes, the policy was updated in May 2024.

8 - NHS North East and North Cumbria ICB.

9 - No. The Council and the ICB each keep their own register; the two are reconciled every
quarter.

10 - 31.

11 - Yes, the disputes procedure is at section 9 of the joint policy.

12 - Section 117 aftercare is led by the Service Manager for Mental Health. We do not release
the names of officers below Head of Service level, as this is personal data exempt under
section 40(2). Enquiries can be sent to mentalhealth.s117@southtyneside.gov.uk.

If you are not satisfied with this response you can ask for an internal review within 40
working days by replying to this e-mail. You also have the right to complain to the
%s.

Regards,

Information Governance
South Tyneside Council
Town Hall and Civic Offices, Westoe Road, South Shields NE33 2RL
Reference: STC/FOI/2024/1472

On 12 Aug 2024, at 09:31, Alison Carrow <a.carrow@example.co.uk> wrote:

> Dear South Tyneside Council,
>
> Under the Freedom of Information Act please provide:
>
> 1. How many people were receiving section 117 aftercare funded wholly or partly by the
> local authority as at 31 March 2024?
> 2. How many of these people have their section 117 aftercare jointly funded with the ICB?
> 3. Does the local authority have an agreed section 117 joint policy or protocol with the
> ICB? 3a. If so, please provide a copy.
> 4. How is the cost of section 117 aftercare split between the local authority and the ICB,
> for example a fixed percentage such as 50/50, case by case, or agreed at a panel?
> 4a. Where a percentage split is used, what percentage of the cost does the ICB pay?
> 5. What was the local authority's total spend on section 117 aftercare in the last full
> financial year (2023/24)?
> 6. What was the ICB's spend on section 117 aftercare for people in your area in the same
> year?
> 7. Has your section 117 policy been reviewed or updated since the 2024/25 section 117
> aftercare guidance was published?
> 8. Which ICB is the lead ICB for section 117 aftercare in your area?
> 9. Do you keep a joint register with the ICB of people entitled to section 117 aftercare?
> 10. How many people were discharged from section 117 aftercare in 2023/24?
> 11. Is there an agreed process for resolving disputes with the ICB about section 117
> funding?
> 12. Please provide the name and contact details of the officer responsible for section 117
> aftercare.
>
> Yours faithfully,
> Alison Carrow
""" % ICO
    write_eml(raw + "/h11_10.eml", sender='"Information Governance" <foi@southtyneside.gov.uk>',
              to='"Alison Carrow" <a.carrow@example.co.uk>',
              subject="Re: Freedom of Information request - Section 117 aftercare",
              date=dt.datetime(2024, 9, 6, 15, 47, 2, tzinfo=UTC), body=body,
              msgid="STC-FOI-2024-1472.r1@southtyneside.gov.uk", in_reply_to="a1c-20240812@example.co.uk")
    return {
        "questionnaire": "s117_aftercare",
        "respondent": {"name": "South Tyneside Council", "code": "E08000023"},
        "gold": {
            "respondent": "South Tyneside Council",
            "foi_reference": "STC/FOI/2024/1472",
            "response_date": "2024-09-06",
            "s117_people_count": 412,
            "s117_as_at": "2024-03-31",
            "s117_jointly_funded_count": 198,
            "s117_joint_policy": "yes",
            "s117_policy_copy_provided": {"any_of": [True, {"state": "withheld"}]},
            "s117_split_basis": "fixed_percentage",
            "s117_split_methods": ["fixed_split"],
            "s117_icb_share_pct": 50,
            "la_s117_spend_gbp": 9800000.0,
            "s117_spend_year": "2023/24",
            "icb_s117_spend_gbp": {"state": "not_held"},
            "s117_policy_reviewed": "yes",
            "s117_lead_icb": "NHS North East and North Cumbria Integrated Care Board",
            "s117_joint_register": {"any_of": ["no", "partial"]},
            "s117_discharged_count": 31,
            "s117_disputes_process": "yes",
            "s117_contact_name": {"state": "withheld"},
            "s117_contact_email": "mentalhealth.s117@southtyneside.gov.uk",
            "s117_contact_phone": None,
            "exemptions": ["s21", "s40"],
        },
    }


# --------------------------------------------------------------------------------------------
def h11_13(raw):
    body = """Dear Mr Iqbal,

Re: Freedom of Information request SEL-FOI-24-1583

NHS South East London Integrated Care Board (SEL ICB) has now completed its search for the
information you asked for. Our response to each question is below.

1) How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at
31 March 2024?

SEL ICB works across six boroughs. The number of people eligible for NHS CHC as at
31 March 2024 was:

  Borough      Eligible for CHC
  Bexley       298
  Bromley      402
  Greenwich    311
  Lambeth      352
  Lewisham     305
  Southwark    279
  Total        1,947

2) How many of these people were receiving CHC through the Fast Track Pathway?

384 of the people above were receiving CHC through the Fast Track Pathway.

3) How many joint funded packages (shared care between health and social care for people
below the CHC threshold) were in place?

226.

4) Is there a local joint funding or shared care protocol agreed between the ICB and the local
authority? 4a) If so, please provide a copy of the protocol.

Protocols are agreed at borough level. Five of our six boroughs have a signed joint funding
protocol with their council; the Greenwich protocol is in draft. We have not included copies
as they are joint documents owned by each borough partnership; they can be requested from the
relevant council.

5) Which tool is used to decide CHC eligibility and the contributions to joint packages?

Eligibility is decided using the national Checklist and Decision Support Tool (DST), and the
Fast Track Pathway Tool for people with a rapidly deteriorating condition. Contributions to
joint packages are agreed at each borough's joint funding panel.

6) Is the funding of joint packages split by a fixed percentage, or agreed case by case?
6a) If a fixed or typical percentage is used, what share of the cost does health pay?

There is no fixed percentage; the split is agreed case by case, so 6a does not apply.

7) Is there an agreed disputes procedure between the ICB and the local authority for CHC and
joint funding decisions?

Yes. A South East London disputes resolution protocol has been agreed with all six councils.

7a) How many disputes were raised under the disputes procedure in 2023/24?

Fewer than 5. We have not given the exact number because, combined with other published
information, a number this small could identify the individuals concerned. The exact figure is
withheld under section 40(2) of the Freedom of Information Act (personal information).

8) What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?

£268.4m (adults and children, excluding NHS-funded nursing care).

9) What was the local authority's annual contribution to joint funded packages in 2023/24?

This information is not held by the ICB. Local authority expenditure is held by each council.

10) How many Fast Track referrals were received in 2023/24?

2,106.

11) Which ICB or ICBs are responsible for CHC for the residents of your area?

NHS South East London ICB.

Your right to complain
If you are unhappy with the way your request has been handled you may ask for an internal
review within 40 working days of this e-mail. If you are still not satisfied you can complain
to the %s.

Yours sincerely,

Freedom of Information Team
NHS South East London Integrated Care Board
160 Tooley Street, London SE1 2TZ
""" % ICO
    write_eml(raw + "/h11_13.eml", sender='"SEL ICB FOI" <selicb.foi@selondonics.nhs.uk>',
              to='"Tariq Iqbal" <t.iqbal@example.org>',
              subject="SEL-FOI-24-1583 Response - NHS Continuing Healthcare and joint packages",
              date=dt.datetime(2024, 8, 20, 8, 56, 40, tzinfo=UTC), body=body,
              msgid="SEL-FOI-24-1583@selondonics.nhs.uk")
    return {
        "questionnaire": "chc_funding_split",
        "respondent": {"name": "NHS South East London Integrated Care Board", "code": "QKK"},
        "gold": {
            "respondent": "NHS South East London Integrated Care Board",
            "foi_reference": "SEL-FOI-24-1583",
            "response_date": "2024-08-20",
            "chc_eligible_count": 1947,
            "chc_as_at": "2024-03-31",
            "chc_fast_track_count": 384,
            "joint_packages_count": 226,
            "joint_funding_protocol": {"any_of": ["yes", "partial"]},
            "protocol_copy_provided": False,
            "chc_tools": {"any_of": [["dst", "checklist", "fast_track_tool", "joint_panel"],
                                     ["dst", "checklist", "fast_track_tool"]]},
            "chc_split_fixed": False,
            "chc_health_share_pct": {"state": "not_applicable"},
            "chc_disputes_procedure": "yes",
            "chc_disputes_count": {"state": "withheld"},
            "icb_chc_spend_gbp": 268400000.0,
            "chc_spend_year": "2023/24",
            "la_joint_packages_spend_gbp": {"state": "not_held"},
            "chc_fast_track_referrals_count": 2106,
            "chc_icbs": ["NHS South East London Integrated Care Board"],
            "exemptions": ["s40"],
        },
    }


# --------------------------------------------------------------------------------------------
def _somerset_pdf():
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    W, H = A4
    qa = [
        ("Request 1:", "How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?",
         "Response 1:", "1,018 people were eligible for NHS CHC as at 31 March 2024."),
        ("Request 2:", "How many of these people were receiving CHC through the Fast Track Pathway?",
         "Response 2:", "187."),
        ("Request 3:", "How many joint funded packages (shared care between health and social care for people below the CHC threshold) were in place?",
         "Response 3:", "94 joint funded packages were in place on the same date."),
        ("Request 4:", "Is there a local joint funding or shared care protocol agreed between the ICB and the local authority? If so, please provide a copy of the protocol.",
         "Response 4:", "Yes. The Somerset Joint Funding Protocol was agreed with Somerset Council in 2023. It is published on our website at https://nhssomerset.nhs.uk/publications/joint-funding-protocol/"),
        ("Request 5:", "Which tool is used to decide CHC eligibility and the contributions to joint packages?",
         "Response 5:", "Eligibility is screened with the national Checklist and decided using the Decision Support Tool (DST). For joint packages the health contribution is worked out with the Somerset time to task tool."),
        ("Request 6:", "Is the funding of joint packages split by a fixed percentage, or agreed case by case? If a fixed or typical percentage is used, what share of the cost does health pay?",
         "Response 6:", "The split is calculated for each person from the time to task tool, so there is no fixed percentage. Across all joint packages in 2023/24 health met on average 42% of the cost."),
        ("Request 7:", "Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint funding decisions? How many disputes were raised in 2023/24?",
         "Response 7:", "Yes, the disputes procedure forms part of the protocol. 9 disputes were raised in 2023/24."),
        ("Request 8:", "What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?",
         "Response 8:", "£96.7m"),
        ("Request 9:", "What was the local authority's annual contribution to joint funded packages in 2023/24?",
         "Response 9:", "Not held by NHS Somerset. Please direct this question to Somerset Council."),
        ("Request 10:", "How many Fast Track referrals were received in 2023/24?",
         "Response 10:", "1,142"),
        ("Request 11:", "Which ICB or ICBs are responsible for CHC for the residents of your area?",
         "Response 11:", "NHS Somerset Integrated Care Board."),
    ]
    from reportlab.lib.utils import simpleSplit

    def header(page):
        c.setFont("Helvetica-Bold", 14)
        c.drawRightString(W - 20 * mm, H - 20 * mm, "NHS Somerset")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 20 * mm, H - 25 * mm, "Integrated Care Board")
        c.drawString(20 * mm, 12 * mm, "FOI/SOM/2024/412")
        c.drawRightString(W - 20 * mm, 12 * mm, "Page %d" % page)

    page = 1
    header(page)
    c.setFont("Helvetica", 10)
    y = H - 40 * mm
    for line in ["Wynford House, Lufton Way, Yeovil BA22 8HR", "", "2 October 2024", "",
                 "Dear Ms Dryden,", "",
                 "Freedom of Information request FOI/SOM/2024/412", ""]:
        c.drawString(20 * mm, y, line)
        y -= 5 * mm
    for para in ["Thank you for your request received on 4 September 2024. NHS Somerset Integrated Care Board "
                 "confirms that it holds the information requested. Each part of your request is repeated below "
                 "followed by our response."]:
        for ln in simpleSplit(para, "Helvetica", 10, W - 40 * mm):
            c.drawString(20 * mm, y, ln)
            y -= 5 * mm
        y -= 3 * mm
    for rl, rq, al, an in qa:
        need = 5 * mm * (len(simpleSplit(rq, "Helvetica", 10, W - 50 * mm)) + len(simpleSplit(an, "Helvetica", 10, W - 50 * mm)) + 2)
        if y - need < 25 * mm:
            c.showPage()
            page += 1
            header(page)
            y = H - 40 * mm
        c.setFont("Helvetica-Bold", 10)
        c.drawString(20 * mm, y, rl)
        c.setFont("Helvetica", 10)
        for ln in simpleSplit(rq, "Helvetica", 10, W - 50 * mm):
            c.drawString(42 * mm, y, ln)
            y -= 5 * mm
        c.setFont("Helvetica-Bold", 10)
        c.drawString(20 * mm, y, al)
        c.setFont("Helvetica", 10)
        for ln in simpleSplit(an, "Helvetica", 10, W - 50 * mm):
            c.drawString(42 * mm, y, ln)
            y -= 5 * mm
        y -= 4 * mm
    tail = ("If you are dissatisfied with this response you may request an internal review within 40 working days. "
            "Should you remain dissatisfied you may complain to the " + ICO + ". "
            "Information released under the Act may be re-used under the Open Government Licence.")
    if y < 60 * mm:
        c.showPage()
        page += 1
        header(page)
        y = H - 40 * mm
    for ln in simpleSplit(tail, "Helvetica", 10, W - 40 * mm):
        c.drawString(20 * mm, y, ln)
        y -= 5 * mm
    y -= 5 * mm
    for ln in ["Yours sincerely,", "", "Corporate Governance Team", "NHS Somerset Integrated Care Board"]:
        c.drawString(20 * mm, y, ln)
        y -= 5 * mm
    c.showPage()
    c.save()
    return buf.getvalue()


def h11_14(raw):
    body = """Dear Ms Dryden,

Please find attached our response to your Freedom of Information request (our reference
FOI/SOM/2024/412).

With kind regards,

Corporate Governance Team
NHS Somerset

This e-mail and any attachments are confidential and intended solely for the addressee.
"""
    write_eml(raw + "/h11_14.eml", sender='"NHS Somerset FOI" <somicb.foi@nhs.net>',
              to='"Helen Dryden" <h.dryden@example.org.uk>',
              subject="FOI/SOM/2024/412 - Response",
              date=dt.datetime(2024, 10, 2, 12, 30, 0, tzinfo=UTC), body=body,
              msgid="FOI-SOM-2024-412@nhs.net",
              attachments=[("FOI SOM 2024 412 Response.pdf", _somerset_pdf(), "application/pdf")])
    return {
        "questionnaire": "chc_funding_split",
        "respondent": {"name": "NHS Somerset Integrated Care Board", "code": "QSL"},
        "gold": {
            "respondent": "NHS Somerset Integrated Care Board",
            "foi_reference": "FOI/SOM/2024/412",
            "response_date": "2024-10-02",
            "chc_eligible_count": 1018,
            "chc_as_at": "2024-03-31",
            "chc_fast_track_count": 187,
            "joint_packages_count": 94,
            "joint_funding_protocol": "yes",
            "protocol_copy_provided": True,
            "chc_tools": {"any_of": [["dst", "checklist", "time_to_task"],
                                     ["dst", "checklist", "time_to_task", "local_tool"]]},
            "chc_split_fixed": False,
            "chc_health_share_pct": 42,
            "chc_disputes_procedure": "yes",
            "chc_disputes_count": 9,
            "icb_chc_spend_gbp": 96700000.0,
            "chc_spend_year": "2023/24",
            "la_joint_packages_spend_gbp": {"state": "not_held"},
            "chc_fast_track_referrals_count": 1142,
            "chc_icbs": ["NHS Somerset Integrated Care Board"],
            "exemptions": [],
        },
    }


DOCS = [h11_01, h11_05, h11_09, h11_10, h11_13, h11_14]
