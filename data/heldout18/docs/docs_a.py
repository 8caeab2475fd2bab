"""Documents h18_01 to h18_05."""
from common import *  # noqa: F401,F403
from common import lib

# ---------------------------------------------------------------------------------------------
# h18_01.txt  Swindon Borough Council, asc_joint_funding: disclosure-log entry copied as text.
# Questions listed once under "Information requested", answers numbered under "Information
# provided"; ICB cost given weekly only; generic mailbox next to a withheld direct line.
# ---------------------------------------------------------------------------------------------
H18_01 = """Swindon Borough Council
Freedom of Information - Disclosure Log

Reference:        FOI-SBC-2024-06113
Subject:          Adult Social Care - Joint Funding
Date received:    11/06/2024
Date of response: 09/07/2024
Service area:     Adult Social Care and Communities

Information requested

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

Information provided

1. The Director of Adult Social Services is Marianne Holloway-Teague (Corporate Director, Adult Social Care and Communities). Correspondence for the Director can be sent to adultsocialcare@swindon.gov.uk. Direct telephone numbers of officers are not released as they are personal data; this part of the request is exempt under section 40(2) of the Act.

2. Councillor Raymond Okafor-Lind, Cabinet Member for Adult Social Care and Public Health.

3. Our case management system is Mosaic, which is supplied by The Access Group. Payments to providers are processed through ContrOCC.

4. 2,684 (snapshot as at 31st March 2024). This is the number of people with at least one open commissioned service funded wholly or partly by the Council; a person receiving more than one service is counted once.

5. Gross expenditure in 2022/23 was £96,418,552. This is before client contributions and other income.

6. 203 in total, made up of 141 people receiving section 117 aftercare and 62 people jointly funded under the Care Act.

7. The Council does not hold an annual figure for the ICB share of these packages. At the snapshot date the ICB contribution across the 203 packages totalled £118,406.50 per week.

8. NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board (BSW ICB).

9. Yes - BSW ICB (see answer 8).

10. Yes. A joint funding protocol covering the three BSW local authorities and the ICB was agreed in 2023.

11. A copy is attached: Appendix 1 - BSW Joint Funding Protocol v2.1.

12. There is no specific funding tool. Each case is taken to the Joint Funding Panel, which uses the outcome of the Decision Support Tool (DST) and the support plan to agree the proportion paid by each organisation; the split is agreed case by case. Where the Council and ICB cannot agree, the dispute resolution process in the protocol is followed.

--
You are free to use any information supplied for your own non-commercial research or private study purposes. Any other re-use, for example commercial publication, requires the permission of the copyright holder.

If you are dissatisfied with the handling of your request you may ask for an internal review within 40 working days of the date of this response by writing to the Information Governance Team. If you remain dissatisfied after the review you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.
"""


def build_01(raw, work):
    name = "h18_01.txt"
    lib.write_text(path(raw, name), H18_01)
    return name


G01 = {
    "respondent": "Swindon Borough Council",
    "foi_reference": "FOI-SBC-2024-06113",
    "response_date": "2024-07-09",
    "dass_name": "Marianne Holloway-Teague",
    "dass_email": any_of("adultsocialcare@swindon.gov.uk", W),
    "dass_phone": W,
    "portfolio_holder_name": "Raymond Okafor-Lind",
    "case_management_system": "Mosaic",
    "case_management_supplier": "The Access Group",
    "care_packages_count": 2684,
    "care_packages_as_at": "2024-03-31",
    "la_annual_cost_gbp": 96418552.0,
    "la_cost_basis": "gross",
    "cost_year": "2022/23",
    "jointly_funded_packages_count": 203,
    "icb_annual_cost_gbp": 6157138.0,
    "icb_weekly_cost_gbp": 118406.5,
    "icbs_covering": [BSW],
    "main_icb": any_of(BSW, SO),
    "joint_funding_policy": "yes",
    "policy_copy_provided": True,
    "joint_funding_tool": "partial",
    "joint_funding_methods": ["joint_funding_panel", "dst", "case_by_case", "dispute_process"],
    "exemptions": ["s40"],
}

# ---------------------------------------------------------------------------------------------
# h18_02.docx  NHS South West London ICB, chc_funding_split: letter with a Word table
# (No. | Question | Response | Exemption applied); place breakdown that sums to the total;
# a suppressed count; the cost limit only quoted in boilerplate.
# ---------------------------------------------------------------------------------------------

def build_02(raw, work):
    name = "h18_02.docx"
    rows = [
        ["No.", "Question", "Response", "Exemption applied"],
        ["1", "How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?",
         "1,512 adults were eligible for NHS CHC at 31/03/2024 across South West London.\n"
         "By place: Croydon 364; Kingston 171; Merton 203; Richmond 198; Sutton 219; Wandsworth 357.", "None"],
        ["2", "How many of these people were receiving CHC through the Fast Track Pathway?",
         "388 of the 1,512 were funded through the Fast Track Pathway.", "None"],
        ["3", "How many joint funded packages (shared care between health and social care for people below the CHC threshold) were in place?",
         "297 joint packages with a local authority contribution were open at 31/03/2024.", "None"],
        ["4", "Is there a local joint funding or shared care protocol agreed between the ICB and the local authority?",
         "Yes. The SWL Joint Funding Framework was agreed with the six borough councils in 2023.", "None"],
        ["4a", "If so, please provide a copy of the protocol.",
         "Please see Appendix A (SWL Joint Funding Framework, version 1.3).", "None"],
        ["5", "Which tool is used to decide CHC eligibility and the contributions to joint packages?",
         "Eligibility is determined using the national Checklist and the Decision Support Tool (DST). "
         "Contributions to joint packages are calculated with the SWL Joint Funding Tool, a local matrix based on the DST care domains, "
         "and each decision is ratified at the place-based joint funding panel.", "None"],
        ["6", "Is the funding of joint packages split by a fixed percentage, or agreed case by case?",
         "There is no fixed percentage. The split is agreed for each package using the local tool described at question 5.", "None"],
        ["6a", "If a fixed or typical percentage is used, what share of the cost does health pay?",
         "N/A - see response to question 6.", "None"],
        ["7", "Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint funding decisions?",
         "Yes. Section 9 of the Framework sets out the disputes resolution process.", "None"],
        ["7a", "How many disputes were raised under the disputes procedure in 2023/24?",
         "Fewer than 5. The exact number has been withheld because, together with other published information, "
         "it could identify the individuals concerned.", "Section 40(2)"],
        ["8", "What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?",
         "£187.62m (2023/24 outturn, adult CHC).", "None"],
        ["9", "What was the local authority's annual contribution to joint funded packages in 2023/24?",
         "This information is not held by the ICB. The local authorities hold their own expenditure records and you may wish to contact them directly.", "None"],
        ["10", "How many Fast Track referrals were received in 2023/24?",
         "2,961", "None"],
        ["11", "Which ICB or ICBs are responsible for CHC for the residents of your area?",
         "NHS South West London ICB.", "None"],
    ]
    blocks = [
        ("right", "NHS South West London Integrated Care Board"),
        ("right", "Information Governance Team"),
        ("right", "Email: foi.swl@nhs.example"),
        ("blank",),
        ("p", "21 October 2024"),
        ("pl", "Our reference: ", "SWL-FOI-24-1172"),
        ("blank",),
        ("p", "Dear Requester,"),
        ("pb", "Re: Freedom of Information Act 2000 request - Continuing Healthcare and joint funding"),
        ("p", "Thank you for your request for information, which we received on 23 September 2024. "
              "NHS South West London Integrated Care Board (the ICB) has considered your request under the "
              "Freedom of Information Act 2000 and our response to each part is set out in the table below."),
        ("table", rows, None),
        ("p", "The ICB covers the London boroughs of Croydon, Kingston upon Thames, Merton, Richmond upon Thames, "
              "Sutton and Wandsworth. Figures are taken from the ICB's CHC case management system on 4 October 2024 and may "
              "differ slightly from figures reported nationally because of late data entry."),
        ("p", "Please note that where the cost of locating and extracting information would exceed the appropriate "
              "limit of £450 (18 hours at £25 an hour) under section 12 of the Act, we will tell you and explain what can be "
              "provided within the limit."),
        ("pb", "Right of review"),
        ("p", "If you are not satisfied with this response you may request an internal review within 40 working days of the "
              "date of this letter. If you remain dissatisfied you have the right to complain to the Information Commissioner's Office, "
              "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk)."),
        ("p", "Yours sincerely,"),
        ("blank",),
        ("p", "Freedom of Information Officer"),
        ("p", "NHS South West London Integrated Care Board"),
    ]
    lib.build_docx(path(raw, name), blocks)
    return name


G02 = {
    "respondent": SWL,
    "foi_reference": "SWL-FOI-24-1172",
    "response_date": "2024-10-21",
    "chc_eligible_count": 1512,
    "chc_as_at": "2024-03-31",
    "chc_fast_track_count": 388,
    "joint_packages_count": 297,
    "joint_funding_protocol": "yes",
    "protocol_copy_provided": True,
    "chc_tools": ["checklist", "dst", "local_tool", "joint_panel"],
    "chc_split_fixed": False,
    "chc_health_share_pct": any_of(NA, SO),
    "chc_disputes_procedure": "yes",
    "chc_disputes_count": W,
    "icb_chc_spend_gbp": 187620000.0,
    "chc_spend_year": "2023/24",
    "la_joint_packages_spend_gbp": NH,
    "chc_fast_track_referrals_count": 2961,
    "chc_icbs": [SWL],
    "exemptions": ["s40"],
}

# ---------------------------------------------------------------------------------------------
# h18_03.pdf  West Sussex County Council, csc_joint_commissioning: formal letter (Word -> PDF
# with LibreOffice), "Response:" on its own line, a £000 table with a % column.
# ---------------------------------------------------------------------------------------------

def build_03(raw, work):
    name = "h18_03.pdf"
    src = path(work, "h18_03.docx")
    Q = [
        ("Q1", "Do you have a joint commissioning framework for externally commissioned placements for children?",
         "Yes. External placements are commissioned through the regional South East framework and, for children with "
         "health needs, through the Joint Placements Commissioning arrangement between the County Council and NHS Sussex."),
        ("Q1a", "If yes, does this joint commissioning framework include partners from 'health' (eg, CCG or new ICBs)?",
         "Yes. NHS Sussex Integrated Care Board is a partner in the Joint Placements Commissioning arrangement."),
        ("Q1b", "Please share the terms of reference (ToR) or joint agreement, if health are included",
         "The terms of reference are enclosed with this letter (Appendix 1)."),
        ("Q2", "Do 'health' eg CCG/ICB, joint fund externally commissioned placements (eg, residential, therapeutic foster care, SEND, semi-independent provision)?",
         "Yes. NHS Sussex contributes to placements where a child has an assessed continuing care or other health need."),
        ("Q2a", "If yes, what are the terms (please share a ToR or agreement)?",
         "Contributions are agreed at the monthly Joint Placements Panel and reviewed at each placement review. "
         "The panel terms are part of Appendix 1."),
        ("Q2b", "If yes, how is that funding split for the following: (e.g. a shared percentage cost) residential, therapeutic foster care, SEND provision, semi-independent provision",
         "The split is not a fixed percentage for any of these placement types. The health contribution is determined "
         "individually for each child, based on the assessed health element of the package."),
        ("Q3", "Do any other partners contribute (over and above children's social care and health/CCG)?",
         "Yes - Education, through the High Needs Block, contributes the education element of residential school placements."),
        ("Q3a", "If yes, who and on what terms?",
         "Education contributions are agreed through the SEND panel for children with an Education, Health and Care Plan."),
        ("Q4", "Is the criteria in the 'continuing care funding' model used as a methodology for split funding?",
         "Yes."),
        ("Q4b", "If yes, is this the only criteria 'health' use to determine funding?",
         "No. Health colleagues also use the Decision Support Tool (DST) for young people approaching transition to adult "
         "services, together with clinical advice from the designated nurse for looked after children."),
    ]
    blocks = [
        ("right", "West Sussex County Council"),
        ("right", "Children, Young People and Learning"),
        ("right", "County Hall, Chichester, PO19 1RQ"),
        ("blank",),
        ("pl", "Our ref: ", "FOI 2024-03377"),
        ("pl", "Date: ", "14 May 2024"),
        ("pl", "Please ask for: ", "Information Governance"),
        ("blank",),
        ("p", "Dear Requester,"),
        ("pb", "Freedom of Information Act 2000 - Joint commissioning of external placements"),
        ("p", "Thank you for your request received on 16 April 2024. I can confirm that the County Council holds "
              "information relevant to your request. Each of your questions is repeated below, followed by our response."),
    ]
    for num, q, a in Q:
        blocks.append(("pb", f"{num}  {q}"))
        blocks.append(("pb", "Response:"))
        blocks.append(("p", a))
    blocks += [
        ("pb", "Q5  What was your Council 2022/23 yearly spend on external placements?"),
        ("pb", "Q5a What element of that was funded by health?  Q5b What element of that was funded by education?  Q5c What element of that was funded by 'other'?"),
        ("pb", "Response:"),
        ("p", "The figures below are for the financial year 2022/23 and are shown in £000."),
        ("table", [
            ["External placements 2022/23", "£000", "% of total"],
            ["Total external placement spend", "71,846", "100.0"],
            ["Funded by health (NHS Sussex)", "3,912", "5.4"],
            ["Funded by education (High Needs Block)", "6,204", "8.6"],
            ["Funded by other partners", "0", "0.0"],
        ], None),
        ("pb", "Q6  Have you involved children or parents in your joint commissioning process?"),
        ("pb", "Response:"),
        ("p", "Partially. Children's views are gathered through the Children in Care Council and are used when "
              "commissioning intentions are reviewed. Parents have not been directly involved in the commissioning process."),
        ("pb", "Q7  Do you refer to any models of practice in your commissioning framework or joint funding framework?"),
        ("pb", "Response:"),
        ("p", "Yes. The framework refers to trauma-informed practice and to the Signs of Safety model. A short summary is included in Appendix 1."),
        ("pb", "Q7a If yes, please share this?"),
        ("pb", "Response:"),
        ("p", "See Appendix 1."),
        ("pb", "Q8  Do you have any other comments?"),
        ("pb", "Response:"),
        ("p", "No further comments."),
        ("blank",),
        ("p", "If you are unhappy with the way your request has been handled you can ask for an internal review by writing to "
              "the Information Governance team within 40 working days of the date of this letter. You also have the right to "
              "complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF."),
        ("p", "Yours sincerely"),
        ("blank",),
        ("p", "Helen Prestwick-Owusu"),
        ("p", "Information Governance Officer"),
    ]
    lib.build_docx(src, blocks, font="Calibri")
    lib.docx_to_pdf(src, path(raw, name))
    return name


G03 = {
    "respondent": "West Sussex County Council",
    "foi_reference": "FOI 2024-03377",
    "response_date": "2024-05-14",
    "joint_commissioning_framework": "yes",
    "framework_includes_health": "yes",
    "framework_tor_provided": True,
    "health_joint_funds_placements": "yes",
    "fixed_percentage_split": False,
    "other_partners_contribute": "yes",
    "other_partners": ["Education"],
    "continuing_care_model_used": "yes",
    "continuing_care_only_criteria": "no",
    "other_health_tools": ["DST"],
    "external_placements_spend_gbp": 71846000.0,
    "spend_year": "2022/23",
    "health_share_gbp": 3912000.0,
    "health_share_pct": 5.4,
    "education_share_gbp": 6204000.0,
    "education_share_pct": 8.6,
    "other_share_gbp": 0.0,
    "other_share_pct": 0.0,
    "children_parents_involved": "partial",
    "models_of_practice": "yes",
    "exemptions": [],
}

# ---------------------------------------------------------------------------------------------
# h18_04.html  Southampton City Council, s117_aftercare: disclosure-log web page with cookie
# banner, navigation, breadcrumbs, metadata table; request in <ol> lists that restart at 1 in
# each section; response in a two-column table.
# ---------------------------------------------------------------------------------------------
H18_04 = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Section 117 aftercare - joint funding with the ICB | Freedom of information | Southampton City Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}
.cookie{background:#1d1d1b;color:#fff;padding:12px 24px}
.cookie button{margin-left:12px}
header{background:#00558c;color:#fff;padding:12px 24px}
header nav a{color:#fff;margin-right:16px}
.crumbs{padding:8px 24px;font-size:0.9em}
main{padding:0 24px 24px 24px;max-width:960px}
table{border-collapse:collapse;margin:12px 0}
td,th{border:1px solid #bbb;padding:6px 8px;vertical-align:top;text-align:left}
footer{background:#eee;padding:16px 24px;font-size:0.85em}
</style>
</head>
<body>
<div class="cookie" id="cookie-banner">
<p>We use cookies to make this website work and to collect information about how you use it.
<button>Accept all cookies</button><button>Reject optional cookies</button> <a href="/cookies" style="color:#fff">Cookie settings</a></p>
</div>
<header>
<a href="/" style="color:#fff;font-weight:bold">Southampton City Council</a>
<nav><a href="/bins-recycling">Bins and recycling</a><a href="/council-tax">Council tax</a><a href="/health-social-care">Health and social care</a><a href="/libraries">Libraries</a><a href="/council-democracy">Council and democracy</a><a href="/search">Search</a></nav>
</header>
<div class="crumbs"><a href="/">Home</a> &gt; <a href="/council-democracy">Council and democracy</a> &gt; <a href="/council-democracy/foi">Freedom of information</a> &gt; <a href="/council-democracy/foi/disclosure-log">Disclosure log</a> &gt; Section 117 aftercare - joint funding with the ICB</div>
<main>
<h1>Section 117 aftercare - joint funding with the ICB</h1>
<table class="meta">
<tr><th>Reference</th><td>FOI-24-02215</td></tr>
<tr><th>Date received</th><td>02/09/2024</td></tr>
<tr><th>Date responded</th><td>27/09/2024</td></tr>
<tr><th>Directorate</th><td>Wellbeing and Housing (Adults)</td></tr>
<tr><th>Outcome</th><td>Information partially provided</td></tr>
</table>

<h2>Request</h2>
<p>I would like to request the following information under the Freedom of Information Act 2000.</p>
<h3>People</h3>
<ol>
<li>How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?</li>
<li>How many of these people have their section 117 aftercare jointly funded with the ICB?</li>
</ol>
<h3>Policy and funding split</h3>
<ol>
<li>Does the local authority have an agreed section 117 joint policy or protocol with the ICB? If so, please provide a copy.</li>
<li>How is the cost of section 117 aftercare split between the local authority and the ICB, for example a fixed percentage such as 50/50, case by case, or agreed at a panel? Where a percentage split is used, what percentage of the cost does the ICB pay?</li>
</ol>
<h3>Finance</h3>
<ol>
<li>What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?</li>
<li>What was the ICB's spend on section 117 aftercare for people in your area in the same year?</li>
</ol>
<h3>Other</h3>
<ol>
<li>Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?</li>
<li>Which ICB is the lead ICB for section 117 aftercare in your area?</li>
<li>Do you keep a joint register with the ICB of people entitled to section 117 aftercare?</li>
<li>How many people were discharged from section 117 aftercare in 2023/24?</li>
<li>Is there an agreed process for resolving disputes with the ICB about section 117 funding?</li>
<li>Please provide the name and contact details of the officer responsible for section 117 aftercare.</li>
</ol>

<h2>Response</h2>
<table class="response">
<thead><tr><th>Question</th><th>Response</th></tr></thead>
<tbody>
<tr><td>1</td><td>As at 31 March 2024, 742 people were receiving section 117 aftercare with a contribution from the Council.</td></tr>
<tr><td>2</td><td>518 of these people had aftercare jointly funded with the ICB.</td></tr>
<tr><td>3</td><td>Yes. The Southampton Section 117 Aftercare Policy was agreed jointly with NHS Hampshire and Isle of Wight Integrated Care Board in June 2022. The policy is published on our website at https://www.southampton.gov.uk/health-social-care/adults/mental-health/section-117 and is therefore exempt under section 21 of the Act (information reasonably accessible by other means).</td></tr>
<tr><td>4</td><td>Costs are apportioned according to assessed need. Each case is presented to the joint Section 117 panel, attended by the Council and the ICB, which agrees the contribution of each organisation. There is no fixed percentage.</td></tr>
<tr><td>4 (percentage)</td><td>Not applicable - see the response to question 4.</td></tr>
<tr><td>5</td><td>£14,283,917 in 2023/24.</td></tr>
<tr><td>6</td><td>The Council does not hold this information. The ICB's expenditure is recorded by NHS Hampshire and Isle of Wight ICB, and you may wish to direct this part of your request to them.</td></tr>
<tr><td>7</td><td>A review is under way. A revised joint policy reflecting the new guidance is expected to go to the Health and Care Partnership Board in early 2025.</td></tr>
<tr><td>8</td><td>NHS Hampshire and Isle of Wight ICB.</td></tr>
<tr><td>9</td><td>Yes. A shared section 117 register is held on the Council's case management system and reconciled monthly with the ICB.</td></tr>
<tr><td>10</td><td>57</td></tr>
<tr><td>11</td><td>Yes. The disputes process is set out in section 11 of the joint policy.</td></tr>
<tr><td>12</td><td>Priya Ramaswamy-Cole, Service Manager - Mental Health (AMHP and Section 117). Telephone 023 8091 7734. Individual email addresses of officers are not disclosed and have been withheld under section 40(2) of the Act.</td></tr>
</tbody>
</table>
<p>Information in the disclosure log is correct at the time of the response and may become out of date.</p>
</main>
<footer>
<p><a href="/accessibility">Accessibility statement</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a> | <a href="/contact-us">Contact us</a></p>
<p>&copy; Southampton City Council 2024</p>
</footer>
</body>
</html>
"""


def build_04(raw, work):
    name = "h18_04.html"
    lib.write_text(path(raw, name), H18_04)
    return name


G04 = {
    "respondent": "Southampton City Council",
    "foi_reference": "FOI-24-02215",
    "response_date": "2024-09-27",
    "s117_people_count": 742,
    "s117_as_at": "2024-03-31",
    "s117_jointly_funded_count": 518,
    "s117_joint_policy": "yes",
    "s117_policy_copy_provided": True,
    "s117_split_basis": "case_by_case",
    "s117_split_methods": ["joint_panel", "case_by_case"],
    "s117_icb_share_pct": any_of(NA, SO),
    "la_s117_spend_gbp": 14283917.0,
    "s117_spend_year": "2023/24",
    "icb_s117_spend_gbp": NH,
    "s117_policy_reviewed": "partial",
    "s117_lead_icb": HIOW,
    "s117_joint_register": "yes",
    "s117_discharged_count": 57,
    "s117_disputes_process": "yes",
    "s117_contact_name": "Priya Ramaswamy-Cole",
    "s117_contact_email": W,
    "s117_contact_phone": any_of("023 8091 7734", "02380917734", "+44 23 8091 7734"),
    "exemptions": ["s21", "s40"],
}

# ---------------------------------------------------------------------------------------------
# h18_05.eml  Wokingham Borough Council, asc_joint_funding: e-mail reply repeating each question
# with "Answer:" on the next line; original request quoted below with ">"; an unrelated PDF
# (review-rights leaflet) attached.
# ---------------------------------------------------------------------------------------------
H18_05_BODY = """Dear Mr Lindqvist,

Freedom of Information request - reference WBC-IR-24-5530

Thank you for your request for information received on 21 August 2024. Please find our response below each of your questions.

1. Please provide the contact details for the DASS in your local authority.
Answer:
Helen Osei-Bonsu, Director of Adult Social Services
Email: dass@wokingham.gov.uk
Telephone: 0118 974 6612

2. Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).
Answer:
Cllr Rachel Burgess-Lyle, Executive Member for Adult Services, Health and Wellbeing. Councillors' contact details are published on the council website.

3. Who provides your main operational system for Case Management?
Answer:
Liquidlogic LAS, provided by System C. Payments are made through ContrOCC (Oxford Computer Consultants).

4. How many current care packages per week does the local authority contribute some or all of the cost towards?
Answer:
1,137 people as at 1 August 2024.

5. What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?
Answer:
£52.9m net in 2022/23.

6. How many of these current care packages are jointly funded with an ICB (both those under s.117 of the Mental Health Act and those funding under the Care Act because they do not meet CHC eligibility)?
Answer:
86 in total (section 117: 51; jointly funded with health under the Care Act: 35).

7. What is the Annual cost of care provided by ICBs for these cases?
Answer:
£2.14m per annum (estimate based on current commitments).

8. Which ICBs cover the Local Authority Area?
Answer:
The borough is wholly within NHS Buckinghamshire, Oxfordshire and Berkshire West ICB (BOB ICB).

9. Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?
Answer:
Yes - BOB ICB.

10. Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?
Answer:
No. There is no separate joint funding policy; the Council and the ICB follow the National Framework for NHS Continuing Healthcare.

11. Please provide a copy of it.
Answer:
Not applicable.

12. Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?
Answer:
We do not use a tool. Joint funding cases are considered by the Berkshire West Joint Funding Panel, which agrees the split on the basis of the Decision Support Tool and the care plan. Where agreement cannot be reached the case is escalated to the heads of service.

I have attached a leaflet explaining your rights if you are unhappy with this response.

Kind regards,

Tomasz Wierzbicki
Information Governance Officer
Wokingham Borough Council
Shute End, Wokingham, RG40 1BN

-----Original Message-----
From: Anders Lindqvist <anders.lindqvist@mailbox.example>
Sent: 21 August 2024 09:14
To: FOI <foi@wokingham.gov.uk>
Subject: FOI request - Adult Social Care Joint Funding

> Dear Wokingham Borough Council,
>
> Under the Freedom of Information Act 2000 please provide:
>
> 1. Please provide the contact details for the DASS in your local authority.
> 2. Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).
> 3. Who provides your main operational system for Case Management?
> 4. How many current care packages per week does the local authority contribute some or all of the cost towards?
> 5. What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?
> 6. How many of these current care packages are jointly funded with an ICB (both those under s.117 of the Mental Health Act and those funding under the Care Act because they do not meet CHC eligibility)?
> 7. What is the Annual cost of care provided by ICBs for these cases?
> 8. Which ICBs cover the Local Authority Area?
> 9. Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?
> 10. Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?
> 11. Please provide a copy of it.
> 12. Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?
>
> Yours faithfully,
> Anders Lindqvist
"""


def _leaflet_pdf():
    import io
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800
    for line in [
        "Wokingham Borough Council",
        "Freedom of Information - your right to a review",
        "",
        "If you are not satisfied with our response you may ask for an internal review.",
        "Please write to the Information Governance Team within 40 working days.",
        "If you remain dissatisfied you may complain to the Information Commissioner's Office,",
        "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.",
    ]:
        c.drawString(60, y, line)
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()


def build_05(raw, work):
    name = "h18_05.eml"
    headers = {
        "From": "Wokingham Borough Council FOI <foi@wokingham.gov.uk>",
        "To": "Anders Lindqvist <anders.lindqvist@mailbox.example>",
        "Subject": "RE: FOI request - Adult Social Care Joint Funding [Ref: WBC-IR-24-5530]",
        "Date": "Tue, 17 Sep 2024 14:32:05 +0100",
        "Message-ID": "<h18-05-wbc-ir-24-5530@wokingham.gov.uk>",
        "In-Reply-To": "<req-0821-lindqvist@mailbox.example>",
    }
    lib.build_eml(path(raw, name), headers, H18_05_BODY,
                  [("FOI review rights.pdf", "application", "pdf", _leaflet_pdf())])
    return name


G05 = {
    "respondent": "Wokingham Borough Council",
    "foi_reference": "WBC-IR-24-5530",
    "response_date": "2024-09-17",
    "dass_name": "Helen Osei-Bonsu",
    "dass_email": "dass@wokingham.gov.uk",
    "dass_phone": any_of("0118 974 6612", "01189746612", "+44 118 974 6612"),
    "portfolio_holder_name": "Rachel Burgess-Lyle",
    "case_management_system": "Liquidlogic Adults' Social Care System",
    "case_management_supplier": "System C",
    "care_packages_count": 1137,
    "care_packages_as_at": "2024-08-01",
    "la_annual_cost_gbp": 52900000.0,
    "la_cost_basis": "net",
    "cost_year": "2022/23",
    "jointly_funded_packages_count": 86,
    "icb_annual_cost_gbp": 2140000.0,
    "icb_weekly_cost_gbp": None,
    "icbs_covering": [BOB],
    "main_icb": BOB,
    "joint_funding_policy": "no",
    "policy_copy_provided": any_of(NA, False),
    "joint_funding_tool": "partial",
    "joint_funding_methods": any_of(["joint_funding_panel", "dst", "dispute_process"], ["joint_funding_panel", "dst"]),
    "exemptions": [],
}


def _entry(stem, q, resp_name, resp_code, build, gold):
    return {"stem": stem, "questionnaire": q, "respondent": {"name": resp_name, "code": resp_code},
            "build": build, "gold": gold}


DOCS = [
    _entry("h18_01", "asc_joint_funding", "Swindon Borough Council", "E06000030", build_01, G01),
    _entry("h18_02", "chc_funding_split", SWL, "QWE", build_02, G02),
    _entry("h18_03", "csc_joint_commissioning", "West Sussex County Council", "E10000032", build_03, G03),
    _entry("h18_04", "s117_aftercare", "Southampton City Council", "E06000045", build_04, G04),
    _entry("h18_05", "asc_joint_funding", "Wokingham Borough Council", "E06000041", build_05, G05),
]
