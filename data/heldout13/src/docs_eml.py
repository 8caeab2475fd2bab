"""Five e-mails (.eml): plain and HTML bodies, answers first, inline answers, a forwarded chain,
a one-question reply whose first line is the answer."""
from common import ICB, NA, NH, WH, SO, any_of


def plain(headers, body):
    h = "".join(f"{k}: {v}\n" for k, v in headers)
    return (h + "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: 8bit\n\n" + body)


def alternative(headers, text, html, boundary):
    h = "".join(f"{k}: {v}\n" for k, v in headers)
    return (h + f"MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"{boundary}\"\n\n"
            f"--{boundary}\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
            + text + f"\n--{boundary}\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
            + html + f"\n--{boundary}--\n")


# ---------------------------------------------------------------- h13_06 STW ICB, chc, answers first, request quoted below
E06_BODY = """Dear Mr Farrant,

Please find our responses to your questions below, in the order you asked them. Your original request is copied at the foot of this email for reference.

1. 1,184 people were eligible for NHS CHC on 31 March 2024.
2. 203.
3. 97 joint funded packages were in place.
4. Yes - a joint funding protocol is in place between the ICB, Shropshire Council and Telford & Wrekin Council.
4a. The protocol is published on the ICB website: https://www.shropshiretelfordandwrekin.nhs.uk/publications/joint-funding-protocol/ . As the information is already available to you, we are applying section 21 of the FOI Act.
5. Eligibility: the CHC Checklist and the Decision Support Tool (DST), and the Fast Track Pathway Tool for end of life. Joint packages: there is no separate tool - the health contribution is agreed at the Complex Case Panel.
6. Case by case.
6a. N/A
7. Yes.
7a. 3
8. £71.9m (2023/24, adult CHC including Fast Track)
9. This information is not held by the ICB. The local authorities may hold it.
10. 1,312
11. NHS Shropshire, Telford and Wrekin ICB

If you are unhappy with the way your request has been handled, you may request an internal review by writing to the FOI team at the address below within 40 working days. If you are still not satisfied after the internal review you can contact the Information Commissioner's Office, www.ico.org.uk, telephone 0303 123 1113.

Most of the information we provide in response to FOI requests can be re-used under the Open Government Licence. 

Kind regards

Priya Lanning
Freedom of Information Officer
NHS Shropshire, Telford and Wrekin
Wellington Civic Offices, Larkin Way, Telford TF1 1LX
stw.foi@nhs.net

-----Original Message-----
From: Owen Farrant <owen.farrant.research@example.org>
Sent: 20 August 2024 09:14
To: STW FOI <stw.foi@nhs.net>
Subject: FOI request - CHC and joint funded packages

> Dear NHS Shropshire, Telford and Wrekin Integrated Care Board,
>
> Under the Freedom of Information Act 2000 please provide:
>
> 1. How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?
> 2. How many of these people were receiving CHC through the Fast Track Pathway?
> 3. How many joint funded packages (shared care between health and social care for people below the CHC threshold) were in place?
> 4. Is there a local joint funding or shared care protocol agreed between the ICB and the local authority?
> 4a. If so, please provide a copy of the protocol.
> 5. Which tool is used to decide CHC eligibility and the contributions to joint packages (for example the national Decision Support Tool or a local tool)?
> 6. Is the funding of joint packages split by a fixed percentage, or agreed case by case?
> 6a. If a fixed or typical percentage is used, what share of the cost does health pay?
> 7. Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint funding decisions?
> 7a. How many disputes were raised under the disputes procedure in 2023/24?
> 8. What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?
> 9. What was the local authority's annual contribution to joint funded packages in 2023/24?
> 10. How many Fast Track referrals were received in 2023/24?
> 11. Which ICB or ICBs are responsible for CHC for the residents of your area?
>
> Yours faithfully,
> Owen Farrant
"""

E06 = plain([
    ("From", "STW FOI <stw.foi@nhs.net>"),
    ("To", "Owen Farrant <owen.farrant.research@example.org>"),
    ("Subject", "RE: FOI request - CHC and joint funded packages [Ref: STW-FOI-2425-311]"),
    ("Date", "Tue, 17 Sep 2024 15:42:07 +0100"),
    ("Message-ID", "<a81c2e04.stw-foi-2425-311@nhs.net>"),
], E06_BODY)

G06 = {
    "foi_reference": "STW-FOI-2425-311",
    "response_date": "2024-09-17",
    "chc_eligible_count": 1184,
    "chc_as_at": "2024-03-31",
    "chc_fast_track_count": 203,
    "joint_packages_count": 97,
    "joint_funding_protocol": "yes",
    "protocol_copy_provided": any_of(True, WH),
    "chc_tools": ["checklist", "dst", "fast_track_tool", "joint_panel"],
    "chc_split_fixed": False,
    "chc_health_share_pct": NA,
    "chc_disputes_procedure": "yes",
    "chc_disputes_count": 3,
    "icb_chc_spend_gbp": 71900000.0,
    "chc_spend_year": "2023/24",
    "la_joint_packages_spend_gbp": NH,
    "chc_fast_track_referrals_count": 1312,
    "chc_icbs": [ICB["QOC"]],
    "exemptions": ["s21"],
}

# ---------------------------------------------------------------- h13_07 Hartlepool, s117, inline answers under quoted questions (HTML + text)
E07_QA = [
    ("1. How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?",
     "203 people."),
    ("2. How many of these people have their section 117 aftercare jointly funded with the ICB?",
     "88"),
    ("3. Does the local authority have an agreed section 117 joint policy or protocol with the ICB?",
     "Yes. The Tees Valley Section 117 Joint Policy is agreed between the five Tees Valley councils and NHS North East and North Cumbria ICB."),
    ("3a. If so, please provide a copy of the section 117 policy or protocol.",
     "A copy is attached to this email."),
    ("4. How is the cost of section 117 aftercare split between the local authority and the ICB, for example a fixed percentage such as 50/50, case by case, or agreed at a panel?",
     "There is no fixed percentage. Each case is considered individually at the Tees Valley s117 panel, which agrees the contribution of each organisation according to the assessed health and social care needs."),
    ("4a. Where a percentage split is used, what percentage of the cost does the ICB pay?",
     "N/A - see our response to question 4."),
    ("5. What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?",
     "&pound;3,412,766"),
    ("6. What was the ICB's spend on section 117 aftercare for people in your area in the same year?",
     "The council does not hold this information. You may wish to contact NHS North East and North Cumbria ICB."),
    ("7. Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?",
     "Yes. The joint policy was updated in October 2024 to reflect the revised guidance."),
    ("8. Which ICB is the lead ICB for section 117 aftercare in your area?",
     "NHS North East and North Cumbria ICB (NENC ICB)."),
    ("9. Do you keep a joint register with the ICB of people entitled to section 117 aftercare?",
     "No. Each organisation keeps its own record and the two are reconciled quarterly."),
    ("10. How many people were discharged from section 117 aftercare in 2023/24?",
     "Fewer than 10. As the number is small, and could lead to the identification of individuals when combined with other information, the exact figure is withheld under section 40(2) of the Freedom of Information Act."),
    ("11. Is there an agreed process for resolving disputes with the ICB about section 117 funding?",
     "Yes - see section 14 of the attached policy."),
    ("12. Please provide the name and contact details of the officer responsible for section 117 aftercare.",
     "Craig Ellerby, Team Manager, Mental Health Social Work. His direct email address and telephone number are exempt under section 40(2) (personal data); correspondence can be sent via the FOI team."),
]


def _e07():
    import html as _h
    head_t = ("Dear Ms Oyelaran,\n\nFreedom of Information Act 2000 - Request ref: HBC-FOI-2024-0877\n\n"
              "Thank you for your request received on 23 October 2024. The council's response is shown under each of your questions below.\n\n")
    parts_t = []
    for q, a in E07_QA:
        parts_t.append("> " + q + "\n\nCouncil response: " + _h.unescape(a) + "\n")
    tail_t = ("\nThis response is provided under the Freedom of Information Act 2000. If you are dissatisfied with the handling of your "
              "request you may ask for an internal review within 40 working days by replying to this email. You also have the right to "
              "complain to the Information Commissioner (www.ico.org.uk) once the internal review process has been completed.\n\n"
              "Regards\n\nHelen Bainbridge\nInformation Governance Officer\nHartlepool Borough Council\nCivic Centre, Victoria Road, Hartlepool TS24 8AY\n")
    text = head_t + "\n".join(parts_t) + tail_t
    rows = []
    for q, a in E07_QA:
        rows.append(f'<p style="margin:12px 0 2px 0">{q}</p>\n<p style="color:#1f4e9e;margin:0 0 0 18px"><b>Council response:</b> {a}</p>')
    html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            "<p>Dear Ms Oyelaran,</p>\n<p><b>Freedom of Information Act 2000 &ndash; Request ref: HBC-FOI-2024-0877</b></p>\n"
            "<p>Thank you for your request received on 23 October 2024. The council&#39;s response is shown in blue under each of your questions below.</p>\n"
            "<div style=\"border-left:3px solid #ccc;padding-left:10px\">\n" + "\n".join(rows) + "\n</div>\n"
            "<p>This response is provided under the Freedom of Information Act 2000. If you are dissatisfied with the handling of your request you may ask "
            "for an internal review within 40 working days by replying to this email. You also have the right to complain to the Information Commissioner "
            "(www.ico.org.uk) once the internal review process has been completed.</p>\n"
            "<p>Regards</p>\n<p>Helen Bainbridge<br>Information Governance Officer<br>Hartlepool Borough Council<br>Civic Centre, Victoria Road, Hartlepool TS24 8AY</p>\n"
            "<p style=\"font-size:8pt;color:#777\">This e-mail and any attachments are confidential and intended solely for the addressee. "
            "If you have received it in error please notify the sender and delete it.</p>\n</body></html>")
    return alternative([
        ("From", "Hartlepool Borough Council FOI <foi@hartlepool.gov.uk>"),
        ("To", "Amara Oyelaran <amara.oyelaran@example.net>"),
        ("Subject", "Your FOI request HBC-FOI-2024-0877 - Section 117 aftercare"),
        ("Date", "Wed, 20 Nov 2024 11:03:52 +0000"),
        ("Message-ID", "<hbc-foi-2024-0877.reply@hartlepool.gov.uk>"),
    ], text, html, "==hbc_0877_alt_boundary==")


E07 = _e07()

G07 = {
    "foi_reference": "HBC-FOI-2024-0877",
    "response_date": "2024-11-20",
    "s117_people_count": 203,
    "s117_as_at": "2024-03-31",
    "s117_jointly_funded_count": 88,
    "s117_joint_policy": "yes",
    "s117_policy_copy_provided": True,
    "s117_split_basis": "case_by_case",
    "s117_split_methods": ["case_by_case", "joint_panel"],
    "s117_icb_share_pct": any_of(NA, SO),
    "la_s117_spend_gbp": 3412766.0,
    "s117_spend_year": "2023/24",
    "icb_s117_spend_gbp": NH,
    "s117_policy_reviewed": "yes",
    "s117_lead_icb": ICB["QHM"],
    "s117_joint_register": "no",
    "s117_discharged_count": WH,
    "s117_disputes_process": "yes",
    "s117_contact_name": "Craig Ellerby",
    "s117_contact_email": WH,
    "s117_contact_phone": WH,
    "exemptions": ["s40"],
}

# ---------------------------------------------------------------- h13_08 Blackpool, csc, forwarded chain (plain)
E08_BODY = """Dear Mr Hussain

Freedom of Information request - our ref FOI 0412/23

Please see below the response provided by our Children's Services commissioning team, which answers your request in full. The terms of reference referred to at Q1b are attached.

If you are not satisfied with this response you may ask for an internal review within 40 working days of receiving it, by replying to this email. If you remain dissatisfied after the review you can complain to the Information Commissioner's Office (ico.org.uk).

Kind regards

Information Governance Team
Blackpool Council
PO Box 4, Blackpool FY1 1NA

________________________________
From: Whitlow, Denise <denise.whitlow@blackpool.gov.uk>
Sent: 03 October 2023 16:20
To: FOI <foi@blackpool.gov.uk>
Subject: RE: FOI 0412/23 - Children's joint commissioning - response due 04/10

Hi both,

Answers below against each question. Spend figures checked with finance (Karl) this morning.

Thanks
Denise

Denise Whitlow | Head of Commissioning (Children's) | Blackpool Council

Q1 Do you have a joint commissioning framework for externally commissioned placements for children?
- Yes

Q1a If yes, does this joint commissioning framework include partners from 'health' (eg, CCG or new ICBs)?
- Yes. NHS Lancashire and South Cumbria ICB is a member of the Pan-Lancashire Children's Joint Commissioning Group which oversees the framework.

Q1b Please share the terms of reference (ToR) or joint agreement, if health are included
- ToR attached (Pan-Lancs CJCG ToR v3).

Q2 Do 'health' eg CCG/ICB, joint fund externally commissioned placements?
- Yes, where the child has been assessed as having continuing care needs.

Q2a If yes, what are the terms?
- Per the ToR - decision made at the tripartite funding panel.

Q2b If yes, how is that funding split?
- Jointly agreed placements are split 50/50 between Children's Services and the ICB (residential, therapeutic foster care and semi-independent alike). Education costs for SEND placements are met separately - see Q3.

Q3 Do any other partners contribute (over and above children's social care and health/CCG)?
- Yes - Education (SEND / High Needs) funds the education element of residential school placements.

Q3a If yes, who and on what terms?
- As above, per EHCP.

Q4 Is the criteria in the 'continuing care funding' model used as a methodology for split funding?
- No. The continuing care criteria decide whether health contribute at all, but the split itself is the standard 50/50 above.

Q4b If yes, is this the only criteria 'health' use to determine funding?
- N/A

Q5 What was your Council 2022/23 yearly spend on external placements?
- £27.4m

Q5a What element of that was funded by health?
- £1.9m (6.9%)

Q5b What element of that was funded by education?
- £2.6m

Q5c What element of that was funded by 'other'?
- Nil

Q6 Have you involved children or parents in your joint commissioning process?
- Partly. Young people's views are gathered through the Children in Care Council and fed into commissioning, but parents are not routinely involved.

Q7 Do you refer to any models of practice in your commissioning framework or joint funding framework?
- Yes - the framework refers to trauma-informed practice and our relational practice model.

Q7a If yes, please share this?
- Practice model document is on our website (blackpool.gov.uk/practice-model).

Q8 Do you have any other comments?
- No

________________________________
From: FOI <foi@blackpool.gov.uk>
Sent: 12 September 2023 10:02
To: Whitlow, Denise <denise.whitlow@blackpool.gov.uk>
Subject: FOI 0412/23 - Children's joint commissioning - response due 04/10

Denise, please can you provide a response to the request below by 4 October. Thanks, IG Team

---------- Forwarded message ---------
From: Tariq Hussain <t.hussain.placements@example.com>
Date: Mon, 4 Sept 2023 at 08:47
Subject: FOI Request - FAO Children's Commissioners
To: <foi@blackpool.gov.uk>

For respondents - the purpose of this request is to develop an understanding of what is good practice in joint commissioning and funding of external placements with health and children's social care.

Q1 Do you have a joint commissioning framework for externally commissioned placements for children?
Q1a If yes, does this joint commissioning framework include partners from 'health' (eg, CCG or new ICBs)?
Q1b Please share the terms of reference (ToR) or joint agreement, if health are included
Q2 Do 'health' eg CCG/ICB, joint fund externally commissioned placements (eg, residential, therapeutic foster care, SEND, semi-independent provision)?
Q2a If yes, what are the terms (please share a ToR or agreement)?
Q2b If yes, how is that funding split for the following: (e.g. a shared percentage cost)
-residential
-therapeutic foster care
-SEND provision
-semi-independent provision
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

Many thanks
Tariq Hussain
"""

E08 = plain([
    ("From", "Blackpool Council FOI <foi@blackpool.gov.uk>"),
    ("To", "Tariq Hussain <t.hussain.placements@example.com>"),
    ("Subject", "FW: FOI 0412/23 - Children's joint commissioning - response due 04/10"),
    ("Date", "Wed, 04 Oct 2023 09:31:18 +0100"),
    ("Message-ID", "<foi-0412-23.final@blackpool.gov.uk>"),
], E08_BODY)

G08 = {
    "foi_reference": "FOI 0412/23",
    "response_date": "2023-10-04",
    "joint_commissioning_framework": "yes",
    "framework_includes_health": "yes",
    "framework_tor_provided": True,
    "health_joint_funds_placements": any_of("yes", "case_by_case"),
    "fixed_percentage_split": True,
    "other_partners_contribute": "yes",
    "other_partners": ["Education"],
    "continuing_care_model_used": "no",
    "continuing_care_only_criteria": NA,
    "other_health_tools": NA,
    "external_placements_spend_gbp": 27400000.0,
    "spend_year": "2022/23",
    "health_share_pct": 6.9,
    "health_share_gbp": 1900000.0,
    "education_share_pct": None,
    "education_share_gbp": 2600000.0,
    "other_share_pct": None,
    "other_share_gbp": 0.0,
    "children_parents_involved": any_of("partial", "yes"),
    "models_of_practice": "yes",
    "exemptions": [],
}

# ---------------------------------------------------------------- h13_09 Middlesbrough, asc, HTML table + plain text alternative
E09_QA = [
    ("1", "Please provide the contact details for the DASS in your local authority.",
     "Fiona Harwood, Director of Adult Social Care and Health Integration. Direct contact details are withheld under Section 40(2) (personal information). Correspondence can be addressed to her via the FOI team."),
    ("2", "Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).",
     "Councillor Janice Thorley, Executive Member for Adult Social Care and Public Health."),
    ("3", "Who provides your main operational system for Case Management?",
     "CareDirector, provided by CareWorks (part of OneAdvanced)."),
    ("4", "How many current care packages per week does the local authority contribute some or all of the cost towards?",
     "2,944 (as at 1st March 2024)"),
    ("5", "What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?",
     "&pound;88.2 million (gross) for 2022/23"),
    ("6", "How many of these current care packages are jointly funded with an ICB?",
     "312"),
    ("7", "What is the Annual cost of care provided by ICBs for these cases?",
     "&pound;4,918,300"),
    ("8", "Which ICBs cover the Local Authority Area?",
     "NHS North East and North Cumbria ICB (NENC ICB)"),
    ("9", "Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?",
     "Yes &ndash; NENC ICB"),
    ("10", "Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?",
     "Yes &ndash; the Tees Valley Joint Funding Policy (2022)"),
    ("11", "Please provide a copy of it.",
     "Please find attached."),
    ("12", "Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?",
     "Yes. We use a joint funding matrix, based on the DST domains, to calculate the proportion of each package that is funded by health. Cases that cannot be agreed are escalated through the Tees Valley disputes protocol."),
]


def _e09():
    import html as _h
    intro = ("Dear Sir/Madam\n\nFreedom of Information Act 2000 - Request Reference: 10027394\n\n"
             "I write in response to your request for information received on 25 April 2024. Your request and our response are set out below.\n\n")
    lines = []
    for n, q, a in E09_QA:
        lines.append(f"{n}. {q}\nResponse: {_h.unescape(a)}\n")
    outro = ("\nThe information provided is the copyright of Middlesbrough Council and may be re-used for non-commercial research, "
             "education and private study. Any other re-use requires the council's permission.\n\n"
             "You have the right to request an internal review of this decision within 40 working days. If you remain "
             "dissatisfied you may complain to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow SK9 5AF.\n\n"
             "Yours faithfully\n\nMark Tennant\nInformation Governance Team\nMiddlesbrough Council\nFountain Court, 119 Grange Road, Middlesbrough TS1 2DT\n")
    text = intro + "\n".join(lines) + outro
    rows = "\n".join(f"<tr><td>{n}</td><td>{q}</td><td>{a}</td></tr>" for n, q, a in E09_QA)
    html = ("<html><head><meta charset=\"utf-8\"><style>td,th{border:1px solid #777;padding:4px;vertical-align:top}"
            "table{border-collapse:collapse}</style></head><body style=\"font-family:Arial\">\n"
            "<p>Dear Sir/Madam</p>\n<p><b>Freedom of Information Act 2000 &ndash; Request Reference: 10027394</b></p>\n"
            "<p>I write in response to your request for information received on 25 April 2024. Your request and our response are set out below.</p>\n"
            "<table>\n<tr><th>No</th><th>Your request</th><th>Our response</th></tr>\n" + rows + "\n</table>\n"
            "<p>The information provided is the copyright of Middlesbrough Council and may be re-used for non-commercial research, "
            "education and private study. Any other re-use requires the council&#39;s permission.</p>\n"
            "<p>You have the right to request an internal review of this decision within 40 working days. If you remain dissatisfied "
            "you may complain to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow SK9 5AF.</p>\n"
            "<p>Yours faithfully</p>\n<p>Mark Tennant<br>Information Governance Team<br>Middlesbrough Council<br>Fountain Court, 119 Grange Road, Middlesbrough TS1 2DT</p>\n"
            "</body></html>")
    return alternative([
        ("From", "\"FOI - Middlesbrough Council\" <foi@middlesbrough.gov.uk>"),
        ("To", "\"Care Funding Research\" <carefunding.research@example.co.uk>"),
        ("Subject", "Freedom of Information Request 10027394 - Response"),
        ("Date", "Wed, 22 May 2024 14:18:40 +0100"),
        ("Message-ID", "<10027394.response@middlesbrough.gov.uk>"),
    ], text, html, "----=_NextPart_000_0042_01DAAC3B.7E1F2A40")


E09 = _e09()

G09 = {
    "foi_reference": "10027394",
    "response_date": "2024-05-22",
    "dass_name": "Fiona Harwood",
    "dass_email": WH,
    "dass_phone": WH,
    "portfolio_holder_name": "Janice Thorley",
    "case_management_system": "CareDirector",
    "case_management_supplier": any_of("CareWorks", "Advanced"),
    "care_packages_count": 2944,
    "care_packages_as_at": "2024-03-01",
    "la_annual_cost_gbp": 88200000.0,
    "la_cost_basis": "gross",
    "cost_year": "2022/23",
    "jointly_funded_packages_count": 312,
    "icb_annual_cost_gbp": 4918300.0,
    "icb_weekly_cost_gbp": None,
    "icbs_covering": [ICB["QHM"]],
    "main_icb": ICB["QHM"],
    "joint_funding_policy": "yes",
    "policy_copy_provided": True,
    "joint_funding_tool": "yes",
    "joint_funding_methods": ["funding_matrix", "dst", "dispute_process"],
    "exemptions": ["s40"],
}

# ---------------------------------------------------------------- h13_10 HWE ICB, chc, one-question request, first line is the answer
E10_BODY = """1,946 people were eligible for NHS Continuing Healthcare funded by the ICB on 31 March 2024.

Dear Ms Whitcombe,

Re: Freedom of Information request HWE-FOI-24-0542

Thank you for your email of 13 May 2024, in which you asked:

"Please can you tell me how many people were eligible for NHS Continuing Healthcare in your area as at 31 March 2024?"

NHS Hertfordshire and West Essex Integrated Care Board holds this information and the answer is given at the top of this email. The figure covers adults only and includes people receiving CHC through the Fast Track Pathway. It is taken from the ICB's CHC case management system and matches the figure submitted to NHS England for quarter 4 of 2023/24.

If you are dissatisfied with the handling of your request you have the right to ask for an internal review. Requests should be made within 40 working days of this response to the FOI team at hwe.icb.foi@nhs.net. If you remain dissatisfied you may apply to the Information Commissioner's Office for a decision (https://ico.org.uk/make-a-complaint/).

Yours sincerely

FOI Team
NHS Hertfordshire and West Essex Integrated Care Board
The Forum, Marlowes, Hemel Hempstead HP1 1DN


-----Original Message-----
From: Lauren Whitcombe <lauren.whitcombe@example.org.uk>
Sent: 13 May 2024 17:55
To: HWE ICB FOI <hwe.icb.foi@nhs.net>
Subject: Freedom of Information request - CHC eligibility

Dear Sir or Madam,

Please can you tell me how many people were eligible for NHS Continuing Healthcare in your area as at 31 March 2024?

Thank you,
Lauren Whitcombe
"""

E10 = plain([
    ("From", "HWE ICB FOI <hwe.icb.foi@nhs.net>"),
    ("To", "Lauren Whitcombe <lauren.whitcombe@example.org.uk>"),
    ("Subject", "RE: Freedom of Information request - CHC eligibility [HWE-FOI-24-0542]"),
    ("Date", "Fri, 07 Jun 2024 10:26:33 +0100"),
    ("Message-ID", "<hwe-foi-24-0542@nhs.net>"),
], E10_BODY)

G10 = {
    "foi_reference": "HWE-FOI-24-0542",
    "response_date": "2024-06-07",
    "chc_eligible_count": 1946,
    "chc_as_at": "2024-03-31",
    "chc_fast_track_count": None,
    "joint_packages_count": None,
    "joint_funding_protocol": None,
    "protocol_copy_provided": None,
    "chc_tools": None,
    "chc_split_fixed": None,
    "chc_health_share_pct": None,
    "chc_disputes_procedure": None,
    "chc_disputes_count": None,
    "icb_chc_spend_gbp": None,
    "chc_spend_year": None,
    "la_joint_packages_spend_gbp": None,
    "chc_fast_track_referrals_count": None,
    "chc_icbs": None,
    "exemptions": [],
}

DOCS = [
    ("h13_06", "eml", "chc_funding_split", ICB["QOC"], "QOC", E06, G06),
    ("h13_07", "eml", "s117_aftercare", "Hartlepool Borough Council", "E06000001", E07, G07),
    ("h13_08", "eml", "csc_joint_commissioning", "Blackpool Borough Council", "E06000009", E08, G08),
    ("h13_09", "eml", "asc_joint_funding", "Middlesbrough Borough Council", "E06000002", E09, G09),
    ("h13_10", "eml", "chc_funding_split", ICB["QM7"], "QM7", E10, G10),
]
