from common import *

LLR = "NHS Leicester, Leicestershire and Rutland Integrated Care Board"
DOCS = []


def reg(f):
    DOCS.append(f); return f


# 01 Leicestershire: text/plain, answers typed under each ">"-quoted question, "On ... wrote:" header
@reg
def h17_01():
    req = request_text(ASC_Q, "Dear Leicestershire County Council,", "Yours faithfully,\n\nHannah Pryce")
    reqaddr = "request-1193804-7d41c0ae@whatdotheyknow.com"
    ans = {
        "1": "Our Director of Adults and Communities is Ruth Ockenden. We do not publish\n"
             "direct e-mail addresses or telephone numbers for individual officers; these\n"
             "have been withheld under section 40(2) (personal information). Letters can be\n"
             "sent to County Hall, Glenfield, Leicester LE3 8RA.",
        "2": "Cllr Christine Radwell, Cabinet Lead Member for Adults and Communities.\n"
             "Contact details for all councillors are on the council website.",
        "3": "Liquidlogic LAS, supplied by System C. Payments are made through ContrOCC.",
        "4": "7,214 (snapshot taken 30/04/2024, people with a service the council\n"
             "funds in whole or in part).",
        "5": "Gross expenditure on these services in 2022/23 was £248,906,311.",
        "6": "612",
        "7": "£14,380,220 (2022/23, income received from the ICB against these cases)",
        "8": "Leicester, Leicestershire and Rutland ICB.",
        "9": "Yes - LLR ICB (see above).",
        "10": "Yes.",
        "11": "The LLR joint funding policy is published on our website:\n"
              "https://www.leicestershire.gov.uk/adults-and-communities/joint-funding-policy",
        "12": "There is no separate calculator. Splits are agreed at the LLR Joint Funding\n"
              "Panel on a case by case basis, using the domains of the Decision Support\n"
              "Tool to evidence the health need.",
    }
    lines = []
    for n, t in ASC_Q:
        lines.append(f"> {n}. {t}")
        lines.append("")
        lines.append(ans[n])
        lines.append("")
    body = (
        "Dear Ms Pryce\n\n"
        "Freedom of Information request - our ref: FOI 4417/24\n\n"
        "Thank you for your request. I have typed our answers below each of your\n"
        "questions.\n\n"
        "On Tue, 14 May 2024 at 09:12, Hannah Pryce <" + reqaddr + "> wrote:\n"
        "> Dear Leicestershire County Council,\n>\n"
        "> Under the Freedom of Information Act 2000 I would be grateful if you\n"
        "> could provide the following information:\n>\n"
        + "\n".join(lines) +
        "> Yours faithfully,\n>\n> Hannah Pryce\n\n"
        "Kind regards\n\n"
        "Tom Haddesley\n"
        "Information Governance Officer\n"
        "Leicestershire County Council | County Hall | Glenfield | LE3 8RA\n"
        "Tel: 0116 305 6243\n\n"
        + ICO_PLAIN + "\n"
        "This e-mail and any files transmitted with it are confidential. If you\n"
        "have received it in error please notify the sender and delete it.\n")
    m = text(body)
    headers(m, "Information Governance <foi@leics.gov.uk>", reqaddr,
            "RE: Freedom of Information request - Adult Social Care - Joint Funding",
            dt(2024, 6, 7, 14, 22), "<FOI4417.24.20240607142211@leics.gov.uk>",
            "<request-1193804-7d41c0ae@whatdotheyknow.com>")
    gold = {
        "respondent": "Leicestershire County Council", "foi_reference": "FOI 4417/24",
        "response_date": "2024-06-07",
        "dass_name": "Ruth Ockenden", "dass_email": {"state": "withheld"}, "dass_phone": {"state": "withheld"},
        "portfolio_holder_name": "Christine Radwell",
        "case_management_system": "Liquidlogic Adults' Social Care System", "case_management_supplier": "System C",
        "care_packages_count": 7214, "care_packages_as_at": "2024-04-30",
        "la_annual_cost_gbp": 248906311.0, "la_cost_basis": "gross", "cost_year": "2022/23",
        "jointly_funded_packages_count": 612, "icb_annual_cost_gbp": 14380220.0, "icb_weekly_cost_gbp": None,
        "icbs_covering": [LLR], "main_icb": LLR, "joint_funding_policy": "yes", "policy_copy_provided": True,
        "joint_funding_tool": "partial",
        "joint_funding_methods": {"any_of": [["joint_funding_panel", "case_by_case", "dst"], ["joint_funding_panel", "case_by_case"]]},
        "exemptions": ["s40"],
    }
    return "h17_01.eml", m, "asc_joint_funding", ("Leicestershire County Council", "E10000018"), gold


# 02 Knowsley: multipart/alternative, HTML table Question | Response
@reg
def h17_02():
    reqaddr = "request-1201577-a03b9e52@whatdotheyknow.com"
    rows = [
        ("1", "Patrick Delahunty, Director of Adult Social Care. adult.services@knowsley.gov.uk, 0151 443 4012"),
        ("2", "Cllr Sonia Hewitt, Cabinet Member for Adult Social Care and Health"),
        ("3", "Mosaic - The Access Group"),
        ("4", "2,418 people in receipt of a commissioned service (as at 30/06/2024)"),
        ("5", "£71.4m net (2022/23)"),
        ("6", "238"),
        ("7", "£5.92m"),
        ("8", "NHS Cheshire and Merseyside ICB (Knowsley Place)"),
        ("9", "Yes - NHS Cheshire and Merseyside"),
        ("10", "No - a joint funding protocol with Knowsley Place is in draft and has not yet been agreed."),
        ("11", "N/A"),
        ("12", "No."),
    ]
    qtext = dict(ASC_Q)
    trs = "\n".join(
        f'<tr><td style="border:1px solid #999;padding:4px;vertical-align:top">{n}</td>'
        f'<td style="border:1px solid #999;padding:4px;vertical-align:top">{qtext[n]}</td>'
        f'<td style="border:1px solid #999;padding:4px;vertical-align:top;color:#1F3864">{a}</td></tr>'
        for n, a in rows)
    htm = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:10pt">
<p>Dear Mr Okafor,</p>
<p><b>Freedom of Information Act 2000 - Request Reference: KMBC/FOI/6620</b></p>
<p>Thank you for your request for information received on 24 June 2024. Knowsley Council holds the information you requested and our response is set out in the table below.</p>
<table style="border-collapse:collapse">
<tr><th style="border:1px solid #999;padding:4px;background:#D9E2F3">No.</th><th style="border:1px solid #999;padding:4px;background:#D9E2F3">Your question</th><th style="border:1px solid #999;padding:4px;background:#D9E2F3">Council response</th></tr>
{trs}
</table>
<p>If you are dissatisfied with the handling of your request you can ask for an internal review by replying to this e-mail within 40 working days. If you remain unhappy you may contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.</p>
<p>Yours sincerely,</p>
<p>Information Management Team<br>Knowsley Metropolitan Borough Council<br>PO Box 21, Municipal Buildings, Archway Road, Huyton L36 9YU</p>
<p style="font-size:8pt;color:#777">Knowsley Council e-mail disclaimer: this message is intended for the addressee only and may contain privileged information. Views expressed are those of the author and not necessarily the Council's.</p>
</body></html>"""
    plain_rows = "\n".join(f"{n}. {qtext[n]}\n   {a}\n" for n, a in rows)
    plain = ("Dear Mr Okafor,\n\nFreedom of Information Act 2000 - Request Reference: KMBC/FOI/6620\n\n"
             "Thank you for your request for information received on 24 June 2024. Knowsley Council holds the\n"
             "information you requested and our response is set out below.\n\n" + plain_rows +
             "\nIf you are dissatisfied with the handling of your request you can ask for an internal review by\n"
             "replying to this e-mail within 40 working days. If you remain unhappy you may contact the\n"
             "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.\n\n"
             "Yours sincerely,\n\nInformation Management Team\nKnowsley Metropolitan Borough Council\n")
    m = alt(plain, htm, "==_KMBC_6620_alt_0001")
    headers(m, "Knowsley Council FOI <foi@knowsley.gov.uk>", f"Daniel Okafor <{reqaddr}>",
            "FOI KMBC/FOI/6620 - Adult Social Care - Joint Funding - Response",
            dt(2024, 7, 19, 11, 5), "<KMBC-FOI-6620-resp@knowsley.gov.uk>")
    QYG = "NHS Cheshire and Merseyside Integrated Care Board"
    gold = {
        "respondent": "Knowsley Metropolitan Borough Council", "foi_reference": "KMBC/FOI/6620",
        "response_date": "2024-07-19",
        "dass_name": "Patrick Delahunty", "dass_email": "adult.services@knowsley.gov.uk", "dass_phone": "0151 443 4012",
        "portfolio_holder_name": "Sonia Hewitt",
        "case_management_system": "Mosaic", "case_management_supplier": "The Access Group",
        "care_packages_count": 2418, "care_packages_as_at": "2024-06-30",
        "la_annual_cost_gbp": 71400000.0, "la_cost_basis": "net", "cost_year": "2022/23",
        "jointly_funded_packages_count": 238, "icb_annual_cost_gbp": 5920000.0, "icb_weekly_cost_gbp": None,
        "icbs_covering": [QYG], "main_icb": QYG,
        "joint_funding_policy": {"any_of": ["no", "partial"]},
        "policy_copy_provided": {"any_of": [False, {"state": "not_applicable"}]},
        "joint_funding_tool": "no",
        "exemptions": [],
    }
    return "h17_02.eml", m, "asc_joint_funding", ("Knowsley Metropolitan Borough Council", "E08000011"), gold


# 03 North Northamptonshire: short covering body, answers in attached DOCX, policy PDF attached too
@reg
def h17_03():
    reqaddr = "request-1205119-31cf88d0@whatdotheyknow.com"
    ans = [
        ("1", "Dawn Hollings, Executive Director of Adults, Communities and Wellbeing."),
        ("2", "Cllr Gillian Mercer, Executive Member for Adults, Health Partnerships and Wellbeing."),
        ("3", "Our case management system is Eclipse, provided by OLM Systems."),
        ("4", "As at 31/05/2024 there were 4,105 people with a package of care that the Council contributes to."),
        ("5", "£132,770,004 (gross) in 2022/23."),
        ("6", "377"),
        ("7", "£8,114,930 in 2022/23."),
        ("8", "NHS Northamptonshire Integrated Care Board."),
        ("9", "Yes, NHS Northamptonshire ICB."),
        ("10", "Yes."),
        ("11", "Please see the attached document 'Northamptonshire Joint Funding Policy 2023'."),
        ("12", "Yes. The policy includes the Northamptonshire Joint Funding Tool, a time to task matrix used to apportion the cost of each assessed need between health and social care."),
    ]

    def build(d):
        d.add_heading("North Northamptonshire Council", level=1)
        d.add_paragraph("Freedom of Information Request: NNC-FOI-2024-0912")
        d.add_paragraph("Date of response: 2 August 2024")
        d.add_paragraph("Subject: Adult Social Care - Joint Funding")
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.rows[0].cells[0].text = "Request"
        t.rows[0].cells[1].text = "Response"
        q = dict(ASC_Q)
        for n, a in ans:
            r = t.add_row().cells
            r[0].text = f"{n}. {q[n]}"
            r[1].text = a
        d.add_paragraph("")
        d.add_paragraph("The information supplied to you is owned by North Northamptonshire Council unless otherwise stated and may be subject to copyright protection. "
                        "If you are dissatisfied with our response you may request an internal review within 40 working days.")
    docx = docx_bytes(build)

    def pol(story, st):
        from reportlab.platypus import Paragraph, Spacer
        story.append(Paragraph("Northamptonshire Health and Social Care Joint Funding Policy", st["Title"]))
        story.append(Paragraph("Version 2.1 - approved by the Joint Commissioning Board, March 2023", st["Normal"]))
        story.append(Spacer(1, 12))
        for h, p in [
            ("1. Purpose", "This policy sets out how NHS Northamptonshire ICB, North Northamptonshire Council and West Northamptonshire Council share the cost of care for adults whose needs are not primarily health needs but include a health element."),
            ("2. Scope", "The policy applies to adults aged 18 and over registered with a Northamptonshire GP. It does not apply to NHS Continuing Healthcare or to section 117 aftercare, which have their own procedures."),
            ("3. The Joint Funding Tool", "Each assessed need is recorded against a time to task matrix. Tasks that require a registered nurse or delegated health intervention are attributed to health; personal care and support with daily living is attributed to social care. The percentage of time in each column gives the split."),
            ("4. Review", "Jointly funded packages are reviewed at three months and then annually. Either partner may request an early review where needs change."),
            ("5. Disputes", "Disagreements are escalated first to team managers, then to heads of service, and finally to the directors under the local disputes procedure."),
        ]:
            story.append(Paragraph(h, st["Heading3"]))
            story.append(Paragraph(p, st["Normal"]))
    pdf = pdf_bytes(pol, "Joint Funding Policy")
    body = ("Dear Ms Rahman,\n\n"
            "Please find attached our response to your Freedom of Information request\n"
            "NNC-FOI-2024-0912, together with a copy of the joint funding policy.\n\n"
            "Regards,\n\n"
            "Lena Whitfield\nInformation Rights Officer\nNorth Northamptonshire Council\n"
            "Sheerness House, 41 Meadow Road, Kettering NN16 8TL\n\n"
            "Think before you print.\n")
    m = mixed([text(body), attachment(docx, "NNC-FOI-2024-0912 Response.docx",
                                      "vnd.openxmlformats-officedocument.wordprocessingml.document"),
               attachment(pdf, "Northamptonshire Joint Funding Policy 2023.pdf", "pdf")], "----=_NNC_0912_mixed")
    headers(m, "FOI <foi@northnorthants.gov.uk>", f"Aisha Rahman <{reqaddr}>",
            "NNC-FOI-2024-0912 Response", dt(2024, 8, 2, 16, 41), "<NNC-FOI-2024-0912.1@northnorthants.gov.uk>")
    N = "NHS Northamptonshire Integrated Care Board"
    gold = {
        "respondent": "North Northamptonshire Council", "foi_reference": "NNC-FOI-2024-0912", "response_date": "2024-08-02",
        "dass_name": "Dawn Hollings", "dass_email": None, "dass_phone": None,
        "portfolio_holder_name": "Gillian Mercer",
        "case_management_system": "Eclipse", "case_management_supplier": "OLM Systems",
        "care_packages_count": 4105, "care_packages_as_at": "2024-05-31",
        "la_annual_cost_gbp": 132770004.0, "la_cost_basis": "gross", "cost_year": "2022/23",
        "jointly_funded_packages_count": 377, "icb_annual_cost_gbp": 8114930.0, "icb_weekly_cost_gbp": None,
        "icbs_covering": [N], "main_icb": N, "joint_funding_policy": "yes", "policy_copy_provided": True,
        "joint_funding_tool": "yes",
        "joint_funding_methods": {"any_of": [["time_to_task", "funding_matrix"], ["time_to_task"]]},
        "exemptions": [],
    }
    return "h17_03.eml", m, "asc_joint_funding", ("North Northamptonshire Council", "E06000061"), gold


# 04 Oldham: FOI team forwards the service's answers (Outlook header block), s12 for Q6-7, policy attached
@reg
def h17_04():
    reqaddr = "request-1214402-e8a0b3f7@whatdotheyknow.com"
    service = (
        "Hi Information Governance,\n\n"
        "Answers for 7712 below - sorry for the delay, needed finance to confirm Q5.\n\n"
        "Q1 - Jayne Ratcliffe, Director of Adult Social Services. Her e-mail and direct line\n"
        "are not for publication (s40(2)); the requester can write via the FOI team.\n"
        "Q2 - Cllr Rukhsana Begum-Shah, Cabinet Member for Health and Social Care.\n"
        "Q3 - Mosaic, supplied by The Access Group (previously Servelec).\n"
        "Q4 - 5,932 people with a council-funded service as at 31 July 2024.\n"
        "Q5 - £96,312,118 gross expenditure 2022/23.\n"
        "Q6 and Q7 - We can't pull jointly funded cases out of Mosaic as a report; the ICB\n"
        "contribution is recorded against the invoice, not the person. Someone would have\n"
        "to go through each case file - well over 18 hours - so we'd ask for s12 to be\n"
        "applied to both.\n"
        "Q8 - NHS Greater Manchester (Oldham locality).\n"
        "Q9 - As Q8.\n"
        "Q10 - Yes - we follow the Greater Manchester joint funding framework, adopted locally\n"
        "in 2023.\n"
        "Q11 - Attached.\n"
        "Q12 - The framework sets out the process: the split is agreed at the Oldham Joint\n"
        "Funding Panel using the DST domains. There isn't a calculator as such.\n\n"
        "Thanks\nMarcus\n\n"
        "Marcus Ellery\nBusiness Support Manager, Adult Social Care\n"
        "Sent from Outlook for iOS\n")
    body = (
        "Dear Mr Vance\n\n"
        "Freedom of Information Act 2000 - request FOI 7712\n\n"
        "Please see below the response from the service to your request about joint\n"
        "funding in adult social care.\n\n"
        "Oldham Council holds the information requested in questions 6 and 7 but the\n"
        "cost of locating and extracting it would exceed the appropriate limit of £450\n"
        "(18 hours at £25 per hour). We are therefore not obliged to answer those two\n"
        "questions under section 12 of the Act. The direct contact details of the\n"
        "Director are withheld under section 40(2) of the Act.\n\n"
        "Yours sincerely\n\nInformation Governance Team\nOldham Council, Civic Centre, West Street, Oldham OL1 1UT\n\n"
        "________________________________\n"
        "From: Ellery, Marcus <Marcus.Ellery@oldham.gov.uk>\n"
        "Sent: 03 September 2024 11:02\n"
        "To: Information Governance <foi@oldham.gov.uk>\n"
        "Subject: RE: FOI 7712 - joint funding - response due 05/09\n\n"
        + service + "\n"
        "________________________________\n"
        "From: Information Governance <foi@oldham.gov.uk>\n"
        "Sent: 12 August 2024 09:30\n"
        "To: ASC Business Support <ascbusinesssupport@oldham.gov.uk>\n"
        "Subject: FOI 7712 - joint funding - response due 05/09\n\n"
        "Please can you provide answers to the attached request by 03/09.\n\n"
        + ICO_PLAIN + "\n"
        "Oldham Council: this e-mail is confidential and may be legally privileged.\n")
    def pol(story, st):
        from reportlab.platypus import Paragraph
        story.append(Paragraph("Greater Manchester Joint Funding Framework - Oldham locality annex", st["Title"]))
        for p in ["This framework applies where an adult has eligible social care needs and additional health needs that do not meet the threshold for NHS Continuing Healthcare.",
                  "Cases are presented to the Oldham Joint Funding Panel, which meets fortnightly. The panel considers the assessed needs against the Decision Support Tool domains and agrees the proportion of the package that meets health need.",
                  "Disagreements are escalated to the locality Director of Adult Social Services and the Deputy Place Lead for health."]:
            story.append(Paragraph(p, st["Normal"]))
    pdf = pdf_bytes(pol, "GM Joint Funding Framework")
    m = mixed([text(body), attachment(pdf, "GM Joint Funding Framework - Oldham annex.pdf", "pdf")], "_000_OLDHAM7712MIXED_")
    headers(m, "Information Governance <foi@oldham.gov.uk>", f"Gareth Vance <{reqaddr}>",
            "FW: FOI 7712 - joint funding - response", dt(2024, 9, 4, 15, 18), "<DB9PR07MB7712.oldham.gov.uk>")
    GM = "NHS Greater Manchester Integrated Care Board"
    gold = {
        "respondent": "Oldham Metropolitan Borough Council", "foi_reference": "FOI 7712", "response_date": "2024-09-04",
        "dass_name": "Jayne Ratcliffe", "dass_email": {"state": "withheld"}, "dass_phone": {"state": "withheld"},
        "portfolio_holder_name": "Rukhsana Begum-Shah",
        "case_management_system": "Mosaic", "case_management_supplier": "The Access Group",
        "care_packages_count": 5932, "care_packages_as_at": "2024-07-31",
        "la_annual_cost_gbp": 96312118.0, "la_cost_basis": "gross", "cost_year": "2022/23",
        "jointly_funded_packages_count": {"state": "withheld"}, "icb_annual_cost_gbp": {"state": "withheld"},
        "icb_weekly_cost_gbp": None,
        "icbs_covering": [GM], "main_icb": GM, "joint_funding_policy": "yes", "policy_copy_provided": True,
        "joint_funding_tool": "partial",
        "joint_funding_methods": {"any_of": [["joint_funding_panel", "dst"], ["joint_funding_panel"]]},
        "exemptions": ["s12", "s40"],
    }
    return "h17_04.eml", m, "asc_joint_funding", ("Oldham Metropolitan Borough Council", "E08000004"), gold


# 05 Rutland: HTML-only, prose with no numbering, weekly ICB figure only, s21 for the policy
@reg
def h17_05():
    reqaddr = "request-1188260-b5d2c7a9@whatdotheyknow.com"
    htm = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Mr Lomax</p>
<p>Your request for information, reference RCC FOI 24/118, has now been considered. Thank you for your patience.</p>
<p>Rutland's Director of Adult Services is Gemma Lassiter and the portfolio holder for adult social care is Councillor Sophie Wooldridge. Both can be contacted through Catmose, Oakham, Rutland LE15 6HP or by telephone on 01572 722577.</p>
<p>Our case management system for adults is the Liquidlogic Adults System, supplied by System C.</p>
<p>On 1 May 2024, 387 people were receiving a care package which the Council funds in whole or in part. The gross cost of adult care packages to the Council in 2022/23 was £14.6 million.</p>
<p>Of these, 31 packages are jointly funded with the ICB, whether under section 117 or because the person's needs fall below the CHC threshold. We do not hold an annual figure for the ICB's share; the ICB's contribution to these 31 packages is currently £18,400 per week.</p>
<p>Rutland is covered by one ICB, NHS Leicester, Leicestershire and Rutland, which is also the ICB we jointly fund with.</p>
<p>We follow the LLR joint funding protocol agreed between the ICB and the three LLR councils. The protocol is published on the ICB's website (https://leicesterleicestershireandrutland.icb.nhs.uk/joint-funding-protocol) and as it is reasonably accessible to you it is exempt under section 21 of the Freedom of Information Act. There is no tool or formula for the split: each case is negotiated individually between the allocated social worker and the ICB's nurse assessor.</p>
<p>If you are not satisfied with this response you may request a review by writing to the Data Protection Officer within 40 working days. Should you remain dissatisfied you may complain to the Information Commissioner (www.ico.org.uk).</p>
<p>Kind regards<br><br>Freedom of Information Officer<br>Legal and Governance<br>Rutland County Council<br>01572 758 312</p>
<hr>
<p style="font-size:8pt">This e-mail is confidential and may be privileged. If you are not the intended recipient please notify the sender and delete it. Rutland County Council may monitor e-mail traffic.</p>
</body></html>"""
    m = html(htm)
    headers(m, "Rutland County Council FOI <foi@rutland.gov.uk>", reqaddr,
            "Your Freedom of Information Request RCC FOI 24/118", dt(2024, 5, 22, 12, 3),
            "<rcc-foi-24-118-20240522@rutland.gov.uk>")
    gold = {
        "respondent": "Rutland County Council", "foi_reference": "RCC FOI 24/118", "response_date": "2024-05-22",
        "dass_name": "Gemma Lassiter", "dass_email": None, "dass_phone": "01572 722577",
        "portfolio_holder_name": "Sophie Wooldridge",
        "case_management_system": "Liquidlogic Adults' Social Care System", "case_management_supplier": "System C",
        "care_packages_count": 387, "care_packages_as_at": "2024-05-01",
        "la_annual_cost_gbp": 14600000.0, "la_cost_basis": "gross", "cost_year": "2022/23",
        "jointly_funded_packages_count": 31, "icb_annual_cost_gbp": 956800.0, "icb_weekly_cost_gbp": 18400.0,
        "icbs_covering": [LLR], "main_icb": LLR, "joint_funding_policy": "yes",
        "policy_copy_provided": {"any_of": [True, {"state": "withheld"}]},
        "joint_funding_tool": {"any_of": ["partial", "no"]},
        "joint_funding_methods": ["case_by_case"],
        "exemptions": ["s21"],
    }
    return "h17_05.eml", m, "asc_joint_funding", ("Rutland County Council", "E06000017"), gold
