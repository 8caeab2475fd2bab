from common import *

DOCS = []


def reg(f):
    DOCS.append(f); return f


# 06 Nottingham and Nottinghamshire ICB: text/plain, answers first, request quoted beneath
@reg
def h17_06():
    reqaddr = "request-1222930-0c7be41d@whatdotheyknow.com"
    req = request_text(CHC_Q, "Dear NHS Nottingham and Nottinghamshire Integrated Care Board,",
                       "Yours faithfully,\n\nPhilippa Dunne")
    body = (
        "Dear Ms Dunne\n\n"
        "Re: Freedom of Information Request - NN-ICB FOI 24/0586\n\n"
        "Please find below the ICB's response.\n\n"
        "1. 1,488 people were eligible for NHS Continuing Healthcare at 31 March 2024.\n"
        "   For comparison the figure at 31 March 2023 was 1,402.\n"
        "2. 356\n"
        "3. 214 joint funded packages were in place.\n"
        "4. Yes. The ICB, Nottingham City Council and Nottinghamshire County Council\n"
        "   operate a Joint Funding Protocol (revised 2022).\n"
        "4a. The protocol is available on our website at\n"
        "   https://notts.icb.nhs.uk/publications/joint-funding-protocol\n"
        "5. Eligibility is decided using the national Checklist, Decision Support Tool\n"
        "   and Fast Track Pathway Tool. For joint packages the health contribution is\n"
        "   calculated using the locally developed joint funding tool included in the\n"
        "   protocol.\n"
        "6. There is no fixed percentage. The split reflects the proportion of the\n"
        "   individual's assessed needs that are health needs.\n"
        "6a. Not applicable - see 6.\n"
        "7. Yes, the disputes procedure forms part of the protocol.\n"
        "7a. Fewer than 5. The exact number has been withheld under section 40(2) of\n"
        "   the FOI Act as, with other information, it could identify individuals.\n"
        "8. £142,688,000 (2023/24 outturn, all CHC including Fast Track).\n"
        "9. This information is not held by the ICB. You may wish to contact the two\n"
        "   councils directly.\n"
        "10. 2,931\n"
        "11. NHS Nottingham and Nottinghamshire ICB.\n\n"
        "If you are unhappy with this response you may request an internal review\n"
        "within 40 working days by e-mailing nnicb-nn.foi@nhs.net. You also have the\n"
        "right to complain to the ICO, Wycliffe House, Water Lane, Wilmslow SK9 5AF.\n\n"
        "Kind regards\n\nFOI Team\nNHS Nottingham and Nottinghamshire Integrated Care Board\n"
        "Sir John Robinson House, Sir John Robinson Way, Arnold, Nottingham NG5 6DA\n\n"
        "-----Original Message-----\n"
        f"From: Philippa Dunne <{reqaddr}>\n"
        "Sent: 14 August 2024 19:47\n"
        "To: FOI (NHS NOTTINGHAM AND NOTTINGHAMSHIRE ICB) <nnicb-nn.foi@nhs.net>\n"
        "Subject: Freedom of Information request - NHS Continuing Healthcare and joint funded packages\n\n"
        + req + "\n" + wdtk_footer(reqaddr, "nnicb-nn.foi@nhs.net", "NHS Nottingham and Nottinghamshire ICB") +
        "\n********************************************************************\n"
        "This message may contain confidential information. If you are not the\n"
        "intended recipient please inform the sender and delete it. NHSmail is\n"
        "the secure e-mail service for the NHS.\n"
        "********************************************************************\n")
    m = text(body)
    headers(m, "\"FOI (NHS NOTTINGHAM AND NOTTINGHAMSHIRE ICB)\" <nnicb-nn.foi@nhs.net>", reqaddr,
            "RE: Freedom of Information request - NHS Continuing Healthcare and joint funded packages [NN-ICB FOI 24/0586]",
            dt(2024, 9, 11, 13, 37), "<LO2P265MB0586.GBRP265.PROD.OUTLOOK.COM>")
    N = "NHS Nottingham and Nottinghamshire Integrated Care Board"
    gold = {
        "respondent": N, "foi_reference": "NN-ICB FOI 24/0586", "response_date": "2024-09-11",
        "chc_eligible_count": 1488, "chc_as_at": "2024-03-31", "chc_fast_track_count": 356,
        "joint_packages_count": 214, "joint_funding_protocol": "yes", "protocol_copy_provided": True,
        "chc_tools": ["checklist", "dst", "fast_track_tool", "local_tool"],
        "chc_split_fixed": False,
        "chc_health_share_pct": {"any_of": [{"state": "not_applicable"}, {"state": "see_other"}]},
        "chc_disputes_procedure": "yes", "chc_disputes_count": {"state": "withheld"},
        "icb_chc_spend_gbp": 142688000.0, "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": {"state": "not_held"},
        "chc_fast_track_referrals_count": 2931, "chc_icbs": [N],
        "exemptions": ["s40"],
    }
    return "h17_06.eml", m, "chc_funding_split", (N, "QT1"), gold


# 07 Northamptonshire ICB: covering body, the response letter is an attached PDF with a table
@reg
def h17_07():
    reqaddr = "request-1260014-9fd2a611@whatdotheyknow.com"
    q = dict(CHC_Q)
    ans = [
        ("1", "1,102 (as at 31 March 2024)"),
        ("2", "297"),
        ("3", "163"),
        ("4", "A revised joint funding protocol with North Northamptonshire Council and West Northamptonshire Council is in draft and has not yet been approved by either council."),
        ("4a", "The draft is intended for publication once approved. It is withheld under section 22 (information intended for future publication)."),
        ("5", "NHS CHC Checklist and Decision Support Tool for eligibility. Contributions to joint packages are calculated using a time to task analysis of the care plan."),
        ("6", "Case by case, based on the time to task analysis."),
        ("6a", "N/A"),
        ("7", "Yes"),
        ("7a", "7"),
        ("8", "See table below"),
        ("9", "Not held by the ICB"),
        ("10", "1,644"),
        ("11", "NHS Northamptonshire ICB"),
    ]

    def build(story, st):
        from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
        from reportlab.lib import colors
        story.append(Paragraph("NHS Northamptonshire Integrated Care Board", st["Title"]))
        story.append(Paragraph("Sudborough House, St James Road, Northampton NN5 5LD", st["Normal"]))
        story.append(Spacer(1, 10))
        story.append(Paragraph("Our reference: FOI-NICB-2025-0071", st["Normal"]))
        story.append(Paragraph("Date: 14 February 2025", st["Normal"]))
        story.append(Spacer(1, 10))
        story.append(Paragraph("Dear Mr Hartigan", st["Normal"]))
        story.append(Paragraph("Thank you for your request under the Freedom of Information Act 2000, received on 16 January 2025. The ICB's response to each question is set out below.", st["Normal"]))
        story.append(Spacer(1, 8))
        cell = st["BodyText"]
        data = [[Paragraph("<b>No.</b>", cell), Paragraph("<b>Question</b>", cell), Paragraph("<b>Response</b>", cell)]]
        for n, a in ans:
            data.append([Paragraph(n, cell), Paragraph(q[n], cell), Paragraph(a, cell)])
        t = Table(data, colWidths=[30, 220, 230])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#005EB8")),
                               ("TEXTCOLOR", (0, 0), (-1, 0), colors.white)]))
        story.append(t)
        story.append(Spacer(1, 10))
        story.append(Paragraph("Question 8 - NHS Continuing Healthcare expenditure", st["Heading3"]))
        t2 = Table([["Financial year", "CHC expenditure (£000)"], ["2021/22", "84,930"], ["2022/23", "90,117"], ["2023/24", "96,204"]],
                   colWidths=[150, 150])
        t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
        story.append(t2)
        story.append(Spacer(1, 10))
        story.append(Paragraph("Section 22 is a qualified exemption. We have considered the public interest and concluded that it favours publishing the protocol in full once it has been agreed by all partners, rather than releasing a draft that may change.", st["Normal"]))
        story.append(Paragraph("If you are dissatisfied you may request an internal review within 40 working days of the date of this letter. You may then complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.", st["Normal"]))
        story.append(Spacer(1, 10))
        story.append(Paragraph("Yours sincerely<br/>Corporate Governance Team<br/>NHS Northamptonshire ICB", st["Normal"]))
    pdf = pdf_bytes(build, "FOI-NICB-2025-0071")
    body = ("Good afternoon\n\n"
            "Please find attached the response to your Freedom of Information request\n"
            "(our reference FOI-NICB-2025-0071).\n\n"
            "Kind regards\n\n"
            "Corporate Governance Team\nNHS Northamptonshire Integrated Care Board\n"
            "Email: nicb.foi@nhs.net\n\n"
            "Please consider the environment before printing this email.\n")
    m = mixed([text(body), attachment(pdf, "FOI-NICB-2025-0071 Response Letter.pdf", "pdf")], "=_NICB0071_b1")
    headers(m, "NICB FOI <nicb.foi@nhs.net>", f"Sean Hartigan <{reqaddr}>",
            "FOI-NICB-2025-0071 - Response", dt(2025, 2, 14, 15, 2), "<CWLP123MB0071.GBRP123.PROD.OUTLOOK.COM>")
    N = "NHS Northamptonshire Integrated Care Board"
    gold = {
        "respondent": N, "foi_reference": "FOI-NICB-2025-0071", "response_date": "2025-02-14",
        "chc_eligible_count": 1102, "chc_as_at": "2024-03-31", "chc_fast_track_count": 297,
        "joint_packages_count": 163, "joint_funding_protocol": "partial",
        "protocol_copy_provided": {"any_of": [{"state": "withheld"}, False]},
        "chc_tools": ["checklist", "dst", "time_to_task"],
        "chc_split_fixed": False,
        "chc_health_share_pct": {"state": "not_applicable"},
        "chc_disputes_procedure": "yes", "chc_disputes_count": 7,
        "icb_chc_spend_gbp": 96204000.0, "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": {"state": "not_held"},
        "chc_fast_track_referrals_count": 1644, "chc_icbs": [N],
        "exemptions": ["s22"],
    }
    return "h17_07.eml", m, "chc_funding_split", (N, "QPM"), gold


# 08 Lincolnshire ICB: multipart/alternative, answers under each question in the HTML, policy attached; s12, s21
@reg
def h17_08():
    reqaddr = "request-1231155-7a6e2f09@whatdotheyknow.com"
    q = dict(CHC_Q)
    ans = {
        "1": "1,317 people were eligible as at 31 March 2024.",
        "2": "412",
        "3": "188",
        "4": "Yes - the Lincolnshire Joint Funding Policy agreed with Lincolnshire County Council.",
        "4a": "Please find a copy attached.",
        "5": "The national CHC Checklist and Decision Support Tool. Joint packages are agreed at the joint panel of the ICB and the County Council.",
        "6": "The standard split for a joint package is 50/50 between the ICB and Lincolnshire County Council. The split is revisited at review if needs change.",
        "6a": "50%",
        "7": "Yes.",
        "7a": "Disputes are recorded within individual case records and are not reported centrally. To identify them we would have to review every joint funding case file for the year, which we estimate would take over 18 hours. This part of your request is therefore refused under section 12 of the FOI Act.",
        "8": "The ICB's expenditure on NHS Continuing Healthcare is published in the NHS Lincolnshire ICB Annual Report and Accounts 2023/24 (note 5, Operating expenses), available on our website. As this is reasonably accessible to you, we rely on section 21 of the FOI Act.",
        "9": "The ICB does not hold this information. Lincolnshire County Council may hold it.",
        "10": "2,540",
        "11": "NHS Lincolnshire Integrated Care Board",
    }
    blocks = "\n".join(
        f'<p style="margin-bottom:2px"><b>{n}. {q[n]}</b></p>\n<p style="color:#0070C0;margin-top:0">Response: {ans[n]}</p>'
        for n, _ in CHC_Q)
    htm = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:10.5pt">
<p>Dear Mr Whitlock</p>
<p><b>Freedom of Information Request Ref: LICB FOI 2024/412</b></p>
<p>We are writing in response to your request for information received on 5 September 2024. Our responses are shown in blue beneath each of your questions.</p>
{blocks}
<p>If you are dissatisfied with the handling of your request you have the right to ask for an internal review within 40 working days, and after that to complain to the Information Commissioner's Office.</p>
<p>Kind regards</p>
<p>Freedom of Information Team<br>NHS Lincolnshire Integrated Care Board<br>Bridge House, The Point, Lions Way, Sleaford NG34 8GG</p>
</body></html>"""
    plain = ("Dear Mr Whitlock\n\nFreedom of Information Request Ref: LICB FOI 2024/412\n\n"
             "We are writing in response to your request for information received on 5 September 2024.\n"
             "Our responses are shown beneath each of your questions.\n\n" +
             "\n".join(f"{n}. {q[n]}\nResponse: {ans[n]}\n" for n, _ in CHC_Q) +
             "\nIf you are dissatisfied with the handling of your request you have the right to ask for an\n"
             "internal review within 40 working days, and after that to complain to the Information\n"
             "Commissioner's Office.\n\nKind regards\n\nFreedom of Information Team\nNHS Lincolnshire Integrated Care Board\n")

    def pol(story, st):
        from reportlab.platypus import Paragraph
        story.append(Paragraph("Lincolnshire Joint Funding Policy (Adults)", st["Title"]))
        for p in ["Agreed between NHS Lincolnshire ICB and Lincolnshire County Council. Review date: April 2026.",
                  "Where an adult has been assessed as not eligible for NHS Continuing Healthcare but has health needs beyond the powers of the local authority, a joint package may be agreed.",
                  "The standard apportionment is 50% health and 50% social care. Either partner may ask the joint panel to vary the apportionment where the balance of need is clearly different.",
                  "Disputes between the partners are resolved using the Lincolnshire disputes resolution procedure at Appendix C."]:
            story.append(Paragraph(p, st["Normal"]))
    pdf = pdf_bytes(pol, "Lincolnshire Joint Funding Policy")
    m = mixed([alt(plain, htm, "==LICB412alt"), attachment(pdf, "Lincolnshire Joint Funding Policy v3.pdf", "pdf")], "==LICB412mixed")
    headers(m, "Lincolnshire ICB FOI <licb.foi@nhs.net>", f"Robert Whitlock <{reqaddr}>",
            "LICB FOI 2024/412 - Response", dt(2024, 10, 3, 10, 48), "<LICB-FOI-2024-412-resp@nhs.net>")
    N = "NHS Lincolnshire Integrated Care Board"
    gold = {
        "respondent": N, "foi_reference": "LICB FOI 2024/412", "response_date": "2024-10-03",
        "chc_eligible_count": 1317, "chc_as_at": "2024-03-31", "chc_fast_track_count": 412,
        "joint_packages_count": 188, "joint_funding_protocol": "yes", "protocol_copy_provided": True,
        "chc_tools": ["checklist", "dst", "joint_panel"],
        "chc_split_fixed": True, "chc_health_share_pct": 50,
        "chc_disputes_procedure": "yes", "chc_disputes_count": {"state": "withheld"},
        "icb_chc_spend_gbp": {"state": "withheld"},
        "la_joint_packages_spend_gbp": {"state": "not_held"},
        "chc_fast_track_referrals_count": 2540, "chc_icbs": [N],
        "exemptions": ["s12", "s21"],
    }
    return "h17_08.eml", m, "chc_funding_split", (N, "QJM"), gold


# 09 Norfolk County Council answering the CHC request: Outlook header block, answers typed under
# each question without ">" quoting
@reg
def h17_09():
    reqaddr = "request-1178841-2d9e55b3@whatdotheyknow.com"
    q = dict(CHC_Q)
    ans = {
        "1": "NCC RESPONSE: Information not held. CHC eligibility is decided and recorded by NHS Norfolk and Waveney Integrated Care Board, who may be able to help.",
        "2": "NCC RESPONSE: Not held - please see 1.",
        "3": "NCC RESPONSE: 642 packages were jointly funded by the council and the ICB at 31 March 2024.",
        "4": "NCC RESPONSE: Yes. The Norfolk and Waveney Joint Funding Protocol (2022).",
        "4a": "NCC RESPONSE: The protocol is published by the ICB at https://improvinglivesnw.org.uk/documents/joint-funding-protocol",
        "5": "NCC RESPONSE: The national Decision Support Tool. The health and social care contributions to a joint package are agreed at the Joint Funding Panel.",
        "6": "NCC RESPONSE: There is no fixed percentage - each package is apportioned individually at panel.",
        "6a": "NCC RESPONSE: Not applicable.",
        "7": "NCC RESPONSE: Yes, the disputes process is in section 9 of the protocol.",
        "7a": "NCC RESPONSE: 11",
        "8": "NCC RESPONSE: This is ICB information and is not held by the council.",
        "9": "NCC RESPONSE: £18,944,207 (2023/24).",
        "10": "NCC RESPONSE: Not held by the council.",
        "11": "NCC RESPONSE: NHS Norfolk and Waveney ICB.",
    }
    qa = "\n\n".join(f"{n}. {q[n]}\n\n{ans[n]}" for n, _ in CHC_Q)
    body = (
        "Dear Mr Clegg,\n\n"
        "Please find the council's answers typed beneath your questions below.\n\n"
        "Regards,\n\n"
        "Sam Bexfield\nInformation Compliance Officer\nNorfolk County Council\n"
        "County Hall, Martineau Lane, Norwich NR1 2DH\n"
        "T: 01603 223 511\n\n"
        "Our reference: NCC/FOI/2024/0351\n\n"
        + ICO_PLAIN + "\n"
        "From: Edward Clegg <" + reqaddr + ">\n"
        "Sent: 02 April 2024 08:14\n"
        "To: Information Compliance <foi@norfolk.gov.uk>\n"
        "Subject: Freedom of Information request - NHS Continuing Healthcare funding split\n\n"
        "Dear Norfolk County Council,\n\n"
        "Under the Freedom of Information Act 2000 please provide the following:\n\n"
        + qa + "\n\nYours faithfully,\n\nEdward Clegg\n\n"
        + wdtk_footer(reqaddr, "foi@norfolk.gov.uk", "Norfolk County Council") + "\n"
        "To see our email disclaimer click here http://www.norfolk.gov.uk/emaildisclaimer\n")
    m = text(body)
    headers(m, "Information Compliance <foi@norfolk.gov.uk>", reqaddr,
            "RE: Freedom of Information request - NHS Continuing Healthcare funding split",
            dt(2024, 4, 29, 9, 55), "<NCC-FOI-2024-0351.20240429@norfolk.gov.uk>")
    NW = "NHS Norfolk and Waveney Integrated Care Board"
    gold = {
        "respondent": "Norfolk County Council", "foi_reference": "NCC/FOI/2024/0351", "response_date": "2024-04-29",
        "chc_eligible_count": {"state": "not_held"}, "chc_fast_track_count": {"state": "not_held"},
        "joint_packages_count": 642, "joint_funding_protocol": "yes", "protocol_copy_provided": True,
        "chc_tools": ["dst", "joint_panel"],
        "chc_split_fixed": False, "chc_health_share_pct": {"state": "not_applicable"},
        "chc_disputes_procedure": "yes", "chc_disputes_count": 11,
        "icb_chc_spend_gbp": {"state": "not_held"},
        "la_joint_packages_spend_gbp": 18944207.0,
        "chc_fast_track_referrals_count": {"state": "not_held"}, "chc_icbs": [NW],
        "exemptions": [],
    }
    return "h17_09.eml", m, "chc_funding_split", ("Norfolk County Council", "E10000020"), gold


# 10 Cambridgeshire and Peterborough ICB: FOI team forwards the CHC team's answers; figures by year
@reg
def h17_10():
    reqaddr = "request-1244607-f1a3c8d6@whatdotheyknow.com"
    team = (
        "Hi FOI team\n\n"
        "Please see responses from the All Age Continuing Care team.\n\n"
        "Q1 - Eligible at 31/03/2024: 1,206 (31/03/2023: 1,151; 31/03/2022: 1,098)\n"
        "Q2 - Of these, 318 were Fast Track.\n"
        "Q3 - 97 joint packages.\n"
        "Q4/4a - No formal joint funding protocol is in place with Cambridgeshire County\n"
        "Council or Peterborough City Council. Joint packages are agreed in line with\n"
        "the National Framework, so there is no local protocol to share.\n"
        "Q5 - Checklist, DST and Fast Track Pathway Tool, as set out in the National\n"
        "Framework.\n"
        "Q6/6a - Agreed case by case with the relevant council; no standard percentage.\n"
        "Q7 - We use the disputes process in the National Framework; there isn't a\n"
        "separate locally agreed procedure.\n"
        "Q7a - <5 (please suppress)\n"
        "Q8 - CHC spend:\n"
        "      2021/22  £118.3m\n"
        "      2022/23  £124.9m\n"
        "      2023/24  £131.56m\n"
        "Q9 - Not ours - councils.\n"
        "Q10 - 1,987 Fast Track referrals received in 2023/24.\n"
        "Q11 - NHS Cambridgeshire and Peterborough ICB.\n\n"
        "Thanks\nKaren\n\n"
        "Karen Mayhew | Head of Continuing Care Operations\n"
        "NHS Cambridgeshire and Peterborough ICB | Mob: 07700 900 418\n")
    body = (
        "Dear Mr Ferreira\n\n"
        "Our ref: CPICB FOI 24-1175\n\n"
        "Thank you for your request. The ICB's Continuing Care team has provided the\n"
        "answers below, which I am passing on in full except that the exact number of\n"
        "disputes in 2023/24 (question 7a) is fewer than five and has been withheld\n"
        "under section 40(2) of the Freedom of Information Act (personal information),\n"
        "as small numbers could lead to individuals being identified.\n\n"
        "Regards\n\nJo Pemberton\nFOI Officer\nNHS Cambridgeshire and Peterborough ICB\n"
        "Gemini House, Bartholomew's Walk, Ely CB7 4EA\n\n"
        + ICO_PLAIN + "\n"
        "From: MAYHEW, Karen (NHS CAMBRIDGESHIRE AND PETERBOROUGH ICB) <karen.mayhew@nhs.net>\n"
        "Sent: 18 November 2024 16:50\n"
        "To: CPICB FOI <cpicb.foi@nhs.net>\n"
        "Subject: RE: FOI 24-1175 CHC / joint packages - response needed by 20/11\n\n"
        + team)
    m = text(body)
    headers(m, "CPICB FOI <cpicb.foi@nhs.net>", f"Luis Ferreira <{reqaddr}>",
            "FW: FOI 24-1175 CHC / joint packages - response", dt(2024, 11, 20, 11, 31),
            "<AM9PR01MB1175.eurprd01.prod.outlook.com>")
    N = "NHS Cambridgeshire and Peterborough Integrated Care Board"
    gold = {
        "respondent": N, "foi_reference": "CPICB FOI 24-1175", "response_date": "2024-11-20",
        "chc_eligible_count": 1206, "chc_as_at": "2024-03-31", "chc_fast_track_count": 318,
        "joint_packages_count": 97, "joint_funding_protocol": "no",
        "protocol_copy_provided": {"any_of": [{"state": "not_applicable"}, False]},
        "chc_tools": ["checklist", "dst", "fast_track_tool"],
        "chc_split_fixed": False, "chc_health_share_pct": {"state": "not_applicable"},
        "chc_disputes_procedure": {"any_of": ["no", "partial"]}, "chc_disputes_count": {"state": "withheld"},
        "icb_chc_spend_gbp": 131560000.0, "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": {"state": "not_held"},
        "chc_fast_track_referrals_count": 1987, "chc_icbs": [N],
        "exemptions": ["s40"],
    }
    return "h17_10.eml", m, "chc_funding_split", (N, "QUE"), gold
