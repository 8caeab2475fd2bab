"""heldout12: the five chc_funding_split responses (h12_01 .. h12_05)."""
from __future__ import annotations

import os

from build_common import (NA, NOT_HELD, WITHHELD, any_of, cell_text, docx_to_pdf, html_to_pdf, new_doc,
                          para, RAW, save_docx, set_col_widths, shade, write_eml, write_gold)

ICO_PARA = ("If you remain dissatisfied after the internal review, you have the right to complain to the "
            "Information Commissioner's Office (ICO), Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, "
            "telephone 0303 123 1113, website www.ico.org.uk. The ICO will not normally consider a complaint "
            "until our internal review procedure has been completed.")


# ---------------------------------------------------------------------------------------------
# h12_01.docx  NHS South East London ICB: formal letter, answers in a two-column table, no header row
# ---------------------------------------------------------------------------------------------
def h12_01():
    from docx.shared import Pt
    doc = new_doc("Arial", 11)
    para(doc, "NHS South East London Integrated Care Board", bold=True, size=14, align="right", space_after=0)
    para(doc, "160 Tooley Street", align="right", space_after=0)
    para(doc, "London", align="right", space_after=0)
    para(doc, "SE1 2TZ", align="right", space_after=0)
    para(doc, "Email: selicb.foi@nhs.net", align="right", space_after=12)

    para(doc, "Sent by email only", italic=True, space_after=6)
    para(doc, "Our reference:\tFOI/SEL/24/0862", space_after=0)
    para(doc, "Request received:\t22 July 2024", space_after=0)
    para(doc, "Date of response:\t19 August 2024", space_after=12)

    para(doc, "Dear Requester,")
    para(doc, "Re: Freedom of Information Act 2000 request – NHS Continuing Healthcare and joint funded packages",
         bold=True)
    para(doc, "Thank you for your email of 22 July 2024 asking for information about NHS Continuing Healthcare "
              "(CHC) and joint packages of care. Your request has been handled under the Freedom of Information "
              "Act 2000 (the Act).")
    para(doc, "NHS South East London Integrated Care Board (SEL ICB) commissions CHC for adults registered "
              "with a GP practice in the six south east London boroughs: Bexley, Bromley, Greenwich, Lambeth, "
              "Lewisham and Southwark. We hold some of the information you have requested. Each part of your "
              "request is set out in the table below together with our response.")

    rows = [
        ("1. How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?",
         "As at 31 March 2024, 2,416 adults were eligible for NHS CHC across south east London.\n"
         "By borough: Bexley 318; Bromley 492; Greenwich 356; Lambeth 441; Lewisham 388; Southwark 421."),
        ("2. How many of these people were receiving CHC through the Fast Track Pathway?",
         "537 of the 2,416 were receiving CHC through the Fast Track Pathway."),
        ("3. How many joint funded packages (shared care between health and social care for people below the "
         "CHC threshold) were in place?",
         "689 joint packages of care were in place on 31 March 2024."),
        ("4. Is there a local joint funding or shared care protocol agreed between the ICB and the local "
         "authority?",
         "Yes. The SEL Joint Funding Protocol for Adults was agreed between the ICB and the six local "
         "authorities in November 2023."),
        ("4a. If so, please provide a copy of the protocol.",
         "A copy of the protocol is enclosed with this letter as Appendix A."),
        ("5. Which tool is used to decide CHC eligibility and the contributions to joint packages (for example "
         "the national Decision Support Tool or a local tool)?",
         "Eligibility is decided using the national tools set out in the National Framework: the Checklist, "
         "the Decision Support Tool (DST) and, for people with a rapidly deteriorating condition, the Fast "
         "Track Pathway Tool. Contributions to joint packages are calculated with a locally agreed tool (the "
         "SEL Joint Package Apportionment Tool); where the ICB and the local authority cannot agree, the case "
         "is taken to the borough Joint Funding Panel."),
        ("6. Is the funding of joint packages split by a fixed percentage, or agreed case by case?",
         "There is no fixed percentage split. The apportionment is agreed for each package according to the "
         "health and social care needs identified in the assessment."),
        ("6a. If a fixed or typical percentage is used, what share of the cost does health pay?",
         "Not applicable – please see our response to question 6."),
        ("7. Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint "
         "funding decisions?",
         "Yes. A local disputes resolution procedure forms section 9 of the Joint Funding Protocol."),
        ("7a. How many disputes were raised under the disputes procedure in 2023/24?",
         "Fewer than 5. The ICB considers that releasing the exact figure, together with other information "
         "in the public domain, could allow individuals to be identified. The exact number is therefore "
         "withheld under section 40(2) of the Act (personal information)."),
        ("8. What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?",
         "£186,918k (adult CHC, all care settings, 2023/24 outturn)."),
        ("9. What was the local authority's annual contribution to joint funded packages in 2023/24?",
         "This information is not held by the ICB. Each local authority holds its own expenditure on joint "
         "packages; you may wish to contact the six councils directly."),
        ("10. How many Fast Track referrals were received in 2023/24?",
         "3,104 Fast Track referrals were received in 2023/24."),
        ("11. Which ICB or ICBs are responsible for CHC for the residents of your area?",
         "NHS South East London ICB."),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for q, a in rows:
        r = t.add_row()
        cell_text(r.cells[0], q)
        cell_text(r.cells[1], a)
        shade(r.cells[0], "F2F2F2")
    set_col_widths(t, [7.5, 9.0])

    para(doc, "")
    para(doc, "Re-use of information", bold=True)
    para(doc, "The information supplied is ICB copyright unless otherwise stated. You may re-use it free of "
              "charge under the terms of the Open Government Licence.")
    para(doc, "Internal review", bold=True)
    para(doc, "If you are unhappy with the way your request has been handled you may ask for an internal "
              "review by writing to the address above, quoting the reference number, within 40 working days of "
              "the date of this letter.")
    para(doc, ICO_PARA)
    para(doc, "Yours sincerely,")
    para(doc, "")
    para(doc, "Corporate Governance Officer", space_after=0)
    para(doc, "Information Governance Team", space_after=0)
    para(doc, "NHS South East London Integrated Care Board")
    save_docx(doc, "h12_01")

    write_gold("h12_01", "docx", "chc_funding_split", "NHS South East London Integrated Care Board", "QKK", {
        "foi_reference": "FOI/SEL/24/0862",
        "response_date": "2024-08-19",
        "chc_eligible_count": 2416,
        "chc_as_at": "2024-03-31",
        "chc_fast_track_count": 537,
        "joint_packages_count": 689,
        "joint_funding_protocol": "yes",
        "protocol_copy_provided": True,
        "chc_tools": ["checklist", "dst", "fast_track_tool", "local_tool", "joint_panel"],
        "chc_split_fixed": False,
        "chc_health_share_pct": any_of(NA, {"state": "see_other"}),
        "chc_disputes_procedure": "yes",
        "chc_disputes_count": WITHHELD,
        "icb_chc_spend_gbp": 186918000.0,
        "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": NOT_HELD,
        "chc_fast_track_referrals_count": 3104,
        "chc_icbs": ["NHS South East London Integrated Care Board"],
        "exemptions": ["s40"],
    })


# ---------------------------------------------------------------------------------------------
# h12_02.pdf  NHS Nottingham and Nottinghamshire ICB: reportlab, OFFICIAL header, Page x of y footer,
#             a monthly table that runs onto the next page with its header repeated
# ---------------------------------------------------------------------------------------------
def h12_02():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle)
    from reportlab.pdfgen import canvas as rl_canvas

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self.setFont("Helvetica-Bold", 9)
                self.drawCentredString(A4[0] / 2, A4[1] - 1.2 * cm, "OFFICIAL")
                self.setFont("Helvetica", 8)
                self.drawCentredString(A4[0] / 2, 1.0 * cm, f"Page {self._pageNumber} of {n}")
                self.drawString(2 * cm, 1.0 * cm, "NNICB/FOI/2425/0611")
                self.setFont("Helvetica-Bold", 9)
                self.drawCentredString(A4[0] / 2, 0.6 * cm, "OFFICIAL")
                super().showPage()
            super().save()

    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
    bold = ParagraphStyle("bb", parent=body, fontName="Helvetica-Bold")
    head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=12, spaceBefore=6)
    small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=10.5)

    out = os.path.join(RAW, "h12_02.pdf")
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                          bottomMargin=2 * cm, invariant=1, title="FOI response NNICB/FOI/2425/0611",
                          author="NHS Nottingham and Nottinghamshire ICB")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame])])

    S = []
    lh = Table([[Paragraph("<b>NHS Nottingham and Nottinghamshire<br/>Integrated Care Board</b>", body),
                 Paragraph("Sir John Robinson House<br/>Sir John Robinson Way<br/>Arnold<br/>Nottingham<br/>"
                           "NG5 6DA<br/><br/>Email: nnicb-nn.foi@nhs.net", small)]],
               colWidths=[9 * cm, 8 * cm])
    lh.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    S += [lh, Spacer(1, 12)]
    S.append(Paragraph("3 October 2024", body))
    S.append(Paragraph("Our Ref: NNICB/FOI/2425/0611", body))
    S.append(Paragraph("Dear Requester", body))
    S.append(Paragraph("<b>Freedom of Information Act 2000 – Request for Information</b>", body))
    S.append(Paragraph("We write in response to your request for information, received on 5 September 2024, "
                       "concerning NHS Continuing Healthcare and jointly funded packages. NHS Nottingham and "
                       "Nottinghamshire Integrated Care Board (the ICB) confirms that it holds some of the "
                       "information requested. Your request is reproduced below, followed by our response.",
                       body))
    S.append(Paragraph("Request", head))
    req = [
        "1. How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?",
        "2. How many of these people were receiving CHC through the Fast Track Pathway?",
        "3. How many joint funded packages (shared care between health and social care for people below the "
        "CHC threshold) were in place?",
        "4. Is there a local joint funding or shared care protocol agreed between the ICB and the local "
        "authority? a) If so, please provide a copy of the protocol.",
        "5. Which tool is used to decide CHC eligibility and the contributions to joint packages?",
        "6. Is the funding of joint packages split by a fixed percentage, or agreed case by case? a) If a "
        "fixed or typical percentage is used, what share of the cost does health pay?",
        "7. Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint "
        "funding decisions? a) How many disputes were raised under the disputes procedure in 2023/24?",
        "8. What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?",
        "9. What was the local authority's annual contribution to joint funded packages in 2023/24?",
        "10. How many Fast Track referrals were received in 2023/24?",
        "11. Which ICB or ICBs are responsible for CHC for the residents of your area?",
    ]
    for r in req:
        S.append(Paragraph(r, body))
    S.append(Paragraph("Response", head))
    S.append(Paragraph("<b>Questions 1 and 2</b>", body))
    S.append(Paragraph("As at 31 March 2024, 1,742 people were eligible for NHS CHC in Nottingham and "
                       "Nottinghamshire, of whom 398 were receiving CHC through the Fast Track Pathway. The "
                       "ICB reports its caseload by place; the month-end position for each place during "
                       "2023/24 is given in Table 1 for context.", body))

    # monthly table, deterministic figures ending at the March 2024 position
    places = [("Nottingham City", 498, 121), ("South Nottinghamshire", 516, 112),
              ("Mid Nottinghamshire", 553, 125), ("Bassetlaw", 175, 40)]
    months = ["Apr-23", "May-23", "Jun-23", "Jul-23", "Aug-23", "Sep-23", "Oct-23", "Nov-23", "Dec-23",
              "Jan-24", "Feb-24", "Mar-24"]
    data = [["Month end", "Place", "CHC eligible\n(incl. Fast Track)", "of which\nFast Track"]]
    for mi, m in enumerate(months):
        back = 11 - mi
        for pi, (p, tot, ft) in enumerate(places):
            drift = ((back * 7 + pi * 3) % 11) - 5
            t_ = tot - back * (2 + pi) + drift
            f_ = ft - ((back * 3 + pi) % 9) + 2 if back else ft
            if not back:
                t_ = tot
            data.append([m, p, f"{t_:,}", f"{f_:,}"])
    tbl = Table(data, colWidths=[2.6 * cm, 5.2 * cm, 4.2 * cm, 3.2 * cm], repeatRows=1)
    tbl.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#005EB8")),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
        ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    S.append(Paragraph("Table 1: CHC eligible caseload by place, month end, April 2023 to March 2024", bold))
    S.append(tbl)
    S.append(Spacer(1, 8))
    S.append(Paragraph("Note: month-end figures are a snapshot and include people whose eligibility began "
                       "or ended during the month; they should not be added together across months.", small))
    S.append(Paragraph("<b>Question 3</b>", body))
    S.append(Paragraph("There were 412 joint funded packages in place at 31 March 2024.", body))
    S.append(Paragraph("<b>Question 4 and 4a</b>", body))
    S.append(Paragraph("Yes. The Nottingham and Nottinghamshire Joint Funding Protocol (2023) is agreed "
                       "between the ICB, Nottingham City Council and Nottinghamshire County Council. The "
                       "protocol is published on the ICB website and is therefore exempt from disclosure under "
                       "section 21 of the Act (information reasonably accessible by other means). It can be "
                       "found at: https://notts.icb.nhs.uk/publications/policies/joint-funding-protocol-2023/",
                       body))
    S.append(Paragraph("<b>Question 5</b>", body))
    S.append(Paragraph("Eligibility for CHC is determined using the national Checklist and Decision Support "
                       "Tool. For joint packages, the health contribution is calculated using a time to task "
                       "analysis of the care plan, which identifies the time spent meeting health needs.",
                       body))
    S.append(Paragraph("<b>Question 6 and 6a</b>", body))
    S.append(Paragraph("The ICB does not apply a fixed percentage; each joint package is apportioned on the "
                       "basis of the time to task analysis. In 2023/24 the health share of joint packages "
                       "averaged 41%, with individual packages ranging from 15% to 85%.", body))
    S.append(Paragraph("<b>Question 7 and 7a</b>", body))
    S.append(Paragraph("Yes, an agreed disputes procedure forms part of the protocol referred to at question 4. "
                       "9 disputes were raised under the procedure in 2023/24.", body))
    S.append(Paragraph("<b>Question 8</b>", body))
    S.append(Paragraph("The ICB's total expenditure on NHS Continuing Healthcare in 2023/24 was £142.6m.", body))
    S.append(Paragraph("<b>Question 9</b>", body))
    S.append(Paragraph("Information not held. The ICB does not hold details of local authority expenditure. "
                       "Nottingham City Council and Nottinghamshire County Council may hold this "
                       "information and can be contacted through their own FOI teams.", body))
    S.append(Paragraph("<b>Question 10</b>", body))
    S.append(Paragraph("The ICB does not record Fast Track referrals as a separate category on its case "
                       "management system; referrals are logged with all other CHC referrals. Identifying "
                       "them would mean reviewing each of the approximately 6,800 referral records received "
                       "in 2023/24 by hand. At an estimated three minutes per record this would take around "
                       "340 hours, well above the appropriate limit of 18 hours (£450). The ICB is therefore "
                       "applying section 12(1) of the Act to this question.", body))
    S.append(Paragraph("<b>Question 11</b>", body))
    S.append(Paragraph("NHS Nottingham and Nottinghamshire ICB.", body))
    S.append(Paragraph("Right of appeal", head))
    S.append(Paragraph("If you are not satisfied with this response you may request an internal review within "
                       "40 working days by emailing the address above. " + ICO_PARA, body))
    S.append(Paragraph("Yours sincerely", body))
    S.append(Paragraph("FOI Team<br/>On behalf of NHS Nottingham and Nottinghamshire Integrated Care Board",
                       body))
    doc.build(S, canvasmaker=NumberedCanvas)

    write_gold("h12_02", "pdf", "chc_funding_split", "NHS Nottingham and Nottinghamshire Integrated Care Board",
               "QT1", {
                   "foi_reference": "NNICB/FOI/2425/0611",
                   "response_date": "2024-10-03",
                   "chc_eligible_count": 1742,
                   "chc_as_at": "2024-03-31",
                   "chc_fast_track_count": 398,
                   "joint_packages_count": 412,
                   "joint_funding_protocol": "yes",
                   "protocol_copy_provided": True,
                   "chc_tools": ["checklist", "dst", "time_to_task"],
                   "chc_split_fixed": False,
                   "chc_health_share_pct": any_of(41, NA),
                   "chc_disputes_procedure": "yes",
                   "chc_disputes_count": 9,
                   "icb_chc_spend_gbp": 142600000.0,
                   "chc_spend_year": "2023/24",
                   "la_joint_packages_spend_gbp": NOT_HELD,
                   "chc_fast_track_referrals_count": WITHHELD,
                   "chc_icbs": ["NHS Nottingham and Nottinghamshire Integrated Care Board"],
                   "exemptions": ["s12", "s21"],
               })


# ---------------------------------------------------------------------------------------------
# h12_03.eml  NHS BNSSG ICB: e-mail reply, answers typed after ">>" under each quoted question
# ---------------------------------------------------------------------------------------------
def h12_03():
    body = """Dear Ms Okafor,

Freedom of Information request FOI.BNSSG.24.0419

Thank you for your request dated 15 October 2024. NHS Bristol, North Somerset and South Gloucestershire Integrated Care Board (BNSSG ICB) has now considered it under the Freedom of Information Act 2000.

We have answered underneath each of your questions below, marked >>.

> 1. How many people were eligible for NHS Continuing Healthcare (CHC) in your
> area as at 31 March 2024?
>> 1,208 adults were eligible for NHS CHC on 31/03/2024. This excludes children and young people receiving continuing care.

> 2. How many of these people were receiving CHC through the Fast Track
> Pathway?
>> 263

> 3. How many joint funded packages (shared care between health and social care
> for people below the CHC threshold) were in place?
>> 347 as at the same date.

> 4. Is there a local joint funding or shared care protocol agreed between the
> ICB and the local authority?
>> A joint funding protocol has been drafted with Bristol City Council, North Somerset Council and South Gloucestershire Council but has not yet been signed off by all four organisations. Until then the 2019 interim arrangements continue to apply.

> 4a. If so, please provide a copy of the protocol.
>> The draft protocol is due to be published on the ICB website once it has been approved, which is expected in early 2025. We are therefore withholding it under section 22 of the Act (information intended for future publication). We consider that it is reasonable to wait for publication so that the final, agreed version is released, and that the public interest is best served by publishing the approved document.

> 5. Which tool is used to decide CHC eligibility and the contributions to
> joint packages (for example the national Decision Support Tool or a local
> tool)?
>> The national Checklist and the Decision Support Tool are used for eligibility. Contributions to joint packages are agreed at the BNSSG Joint Funding Panel, which uses the DST domains to identify the health element of the package.

> 6. Is the funding of joint packages split by a fixed percentage, or agreed
> case by case?
>> Agreed case by case.

> 6a. If a fixed or typical percentage is used, what share of the cost does
> health pay?
>> N/A

> 7. Is there an agreed disputes procedure between the ICB and the local
> authority for CHC and joint funding decisions?
>> Yes - the interim arrangements include a disputes procedure, which has been carried over into the draft protocol.

> 7a. How many disputes were raised under the disputes procedure in 2023/24?
>> None. No disputes were formally escalated in 2023/24.

> 8. What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?
>> £96.3 million

> 9. What was the local authority's annual contribution to joint funded
> packages in 2023/24?
>> Not held by the ICB. Please contact the three local authorities, who hold their own expenditure.

> 10. How many Fast Track referrals were received in 2023/24?
>> 2,117

> 11. Which ICB or ICBs are responsible for CHC for the residents of your area?
>> NHS Bristol, North Somerset and South Gloucestershire ICB.

If you are dissatisfied with the handling of your request you can ask for an internal review within 40 working days of the date of this email by replying to this address. If you are still dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).

Kind regards

Freedom of Information Team
NHS Bristol, North Somerset and South Gloucestershire Integrated Care Board
360 Bristol - Three Six Zero, Marlborough Street, Bristol BS1 3NX
bnssg.foi@nhs.net

-----Original Message-----
From: Adaeze Okafor <request-1189311-7c2a91d0@whatdotheyknow.com>
Sent: 15 October 2024 09:41
To: BNSSG FOI <bnssg.foi@nhs.net>
Subject: Freedom of Information request - CHC and joint funded packages

Dear NHS Bristol, North Somerset and South Gloucestershire ICB,

Under the Freedom of Information Act 2000 I would like to request the following information about NHS Continuing Healthcare and joint packages of care in your area.

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

If answering any question would exceed the cost limit, please answer the others and tell me which you have left out.

Yours faithfully,

Adaeze Okafor
"""
    write_eml("h12_03", from_name="BNSSG FOI", from_addr="bnssg.foi@nhs.net",
              to="Adaeze Okafor <request-1189311-7c2a91d0@whatdotheyknow.com>",
              subject="RE: Freedom of Information request - CHC and joint funded packages [FOI.BNSSG.24.0419]",
              date="Tue, 12 Nov 2024 14:06:51 +0000",
              message_id="<LO2P265MB5120A91C@LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM>",
              in_reply_to="<foi-request-1189311@whatdotheyknow.com>", body=body)
    write_gold("h12_03", "eml", "chc_funding_split",
               "NHS Bristol, North Somerset and South Gloucestershire Integrated Care Board", "QUY", {
                   "foi_reference": any_of("FOI.BNSSG.24.0419", "BNSSG.24.0419"),
                   "response_date": "2024-11-12",
                   "chc_eligible_count": 1208,
                   "chc_as_at": "2024-03-31",
                   "chc_fast_track_count": 263,
                   "joint_packages_count": 347,
                   "joint_funding_protocol": "partial",
                   "protocol_copy_provided": any_of(WITHHELD, False),
                   "chc_tools": ["checklist", "dst", "joint_panel"],
                   "chc_split_fixed": False,
                   "chc_health_share_pct": NA,
                   "chc_disputes_procedure": any_of("yes", "partial"),
                   "chc_disputes_count": 0,
                   "icb_chc_spend_gbp": 96300000.0,
                   "chc_spend_year": "2023/24",
                   "la_joint_packages_spend_gbp": NOT_HELD,
                   "chc_fast_track_referrals_count": 2117,
                   "chc_icbs": ["NHS Bristol, North Somerset and South Gloucestershire Integrated Care Board"],
                   "exemptions": ["s22"],
               })


# ---------------------------------------------------------------------------------------------
# h12_04.pdf  NHS Shropshire, Telford and Wrekin ICB: disclosure-log web page printed to PDF;
#             numbered request in bold, answer beneath starting "The ICB can confirm ..."
# ---------------------------------------------------------------------------------------------
def h12_04():
    qa = [
        ("How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?",
         "The ICB can confirm that 884 people were eligible for NHS Continuing Healthcare as at 31 March 2024."),
        ("How many of these people were receiving CHC through the Fast Track Pathway?",
         "The ICB can confirm that 171 of these people were receiving CHC through the Fast Track Pathway."),
        ("How many joint funded packages (shared care between health and social care for people below the CHC "
         "threshold) were in place?",
         "The ICB can confirm that 126 joint funded packages were in place at 31 March 2024: 89 with Shropshire "
         "Council and 37 with Telford &amp; Wrekin Council."),
        ("Is there a local joint funding or shared care protocol agreed between the ICB and the local "
         "authority?",
         "The ICB can confirm that a Joint Funding Protocol is in place with both local authorities."),
        ("If so, please provide a copy of the protocol.",
         "The protocol is published on the ICB website and is therefore exempt under section 21 of the Freedom "
         "of Information Act 2000 as it is reasonably accessible to you by other means. It can be found here: "
         "https://www.shropshiretelfordandwrekin.nhs.uk/about-us/policies/joint-funding-protocol/"),
        ("Which tool is used to decide CHC eligibility and the contributions to joint packages (for example the "
         "national Decision Support Tool or a local tool)?",
         "The ICB can confirm that the national Checklist and Decision Support Tool are used to determine "
         "eligibility. Contributions to joint packages are calculated using a locally developed matrix agreed "
         "with both councils."),
        ("Is the funding of joint packages split by a fixed percentage, or agreed case by case?",
         "The ICB can confirm that joint packages are split 50/50 between the ICB and the relevant local "
         "authority."),
        ("If a fixed or typical percentage is used, what share of the cost does health pay?",
         "The ICB can confirm that health pays 50% of the cost of each joint package."),
        ("Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint "
         "funding decisions?",
         "The ICB can confirm that there is an agreed disputes procedure, which is an appendix to the Joint "
         "Funding Protocol."),
        ("How many disputes were raised under the disputes procedure in 2023/24?",
         "The ICB can confirm that 3 disputes were raised in 2023/24."),
        ("What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?",
         "The ICB can confirm that its expenditure on NHS Continuing Healthcare in 2023/24 was £58,214,377."),
        ("What was the local authority's annual contribution to joint funded packages in 2023/24?",
         "The ICB can confirm that, as joint packages are shared equally, the combined local authority "
         "contribution to joint packages in 2023/24 matched the ICB's own contribution of £2.74m."),
        ("How many Fast Track referrals were received in 2023/24?",
         "The ICB can confirm that it received 1,036 Fast Track referrals in 2023/24."),
        ("Which ICB or ICBs are responsible for CHC for the residents of your area?",
         "NHS Shropshire, Telford and Wrekin ICB is responsible for CHC for residents of Shropshire and of "
         "Telford and Wrekin."),
    ]
    items = []
    labels = ["1", "2", "3", "4", "4a", "5", "6", "6a", "7", "7a", "8", "9", "10", "11"]
    for lab, (q, a) in zip(labels, qa):
        items.append(f'<div class="qa"><p class="q">{lab}. {q}</p><p class="a">{a}</p></div>')
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>FOI STW 25-0217 Continuing Healthcare joint packages - NHS Shropshire, Telford and Wrekin</title>
<style>
body {{ font-family: Arial, Helvetica, sans-serif; font-size: 11pt; color: #212b32; margin: 0; }}
header {{ background: #005eb8; color: #fff; padding: 14px 28px; }}
header .logo {{ font-weight: bold; font-size: 15pt; }}
header .sub {{ font-size: 9pt; }}
nav {{ font-size: 9pt; padding: 6px 28px; background: #e8edee; }}
main {{ padding: 10px 28px; }}
h1 {{ font-size: 17pt; margin: 10px 0; }}
table.meta {{ border-collapse: collapse; margin-bottom: 14px; font-size: 10pt; }}
table.meta td {{ border: 1px solid #aeb7bd; padding: 4px 10px; }}
table.meta td:first-child {{ font-weight: bold; background: #f0f4f5; }}
.q {{ font-weight: bold; margin-bottom: 2px; }}
.a {{ margin-top: 2px; }}
footer {{ font-size: 8pt; color: #4c6272; padding: 10px 28px; border-top: 1px solid #d8dde0; }}
</style></head>
<body>
<header><div class="logo">NHS Shropshire, Telford and Wrekin</div>
<div class="sub">Integrated Care Board</div></header>
<nav>Home &gt; About us &gt; Freedom of Information &gt; Disclosure log &gt; FOI STW 25-0217</nav>
<main>
<h1>Continuing Healthcare – joint funded packages</h1>
<table class="meta">
<tr><td>Reference</td><td>FOI STW 25-0217</td></tr>
<tr><td>Date received</td><td>14 February 2025</td></tr>
<tr><td>Date responded</td><td>14 March 2025</td></tr>
<tr><td>Published</td><td>21 March 2025</td></tr>
<tr><td>Category</td><td>Continuing Healthcare (CHC)</td></tr>
</table>
<p>The ICB received a request for information regarding NHS Continuing Healthcare and joint funded packages.
The request and the ICB's response are shown below.</p>
{''.join(items)}
<p>If you are unhappy with the response you may ask for an internal review by contacting stw.foi@nhs.net within
40 working days. You may then complain to the Information Commissioner's Office, Wycliffe House, Water Lane,
Wilmslow SK9 5AF.</p>
</main>
<footer>NHS Shropshire, Telford and Wrekin, Halesfield 6, Telford TF7 4BF &middot; stw.foi@nhs.net &middot;
This page was printed from the ICB disclosure log.</footer>
</body></html>"""
    html_to_pdf(html, "h12_04")
    write_gold("h12_04", "pdf", "chc_funding_split",
               "NHS Shropshire, Telford and Wrekin Integrated Care Board", "QOC", {
                   "foi_reference": any_of("FOI STW 25-0217", "STW 25-0217"),
                   "response_date": "2025-03-14",
                   "chc_eligible_count": 884,
                   "chc_as_at": "2024-03-31",
                   "chc_fast_track_count": 171,
                   "joint_packages_count": 126,
                   "joint_funding_protocol": "yes",
                   "protocol_copy_provided": True,
                   "chc_tools": ["checklist", "dst", "local_tool"],
                   "chc_split_fixed": True,
                   "chc_health_share_pct": 50,
                   "chc_disputes_procedure": "yes",
                   "chc_disputes_count": 3,
                   "icb_chc_spend_gbp": 58214377.0,
                   "chc_spend_year": "2023/24",
                   "la_joint_packages_spend_gbp": 2740000.0,
                   "chc_fast_track_referrals_count": 1036,
                   "chc_icbs": ["NHS Shropshire, Telford and Wrekin Integrated Care Board"],
                   "exemptions": ["s21"],
               })


# ---------------------------------------------------------------------------------------------
# h12_05.docx  London Borough of Tower Hamlets: short headings with prose answers; council view
# ---------------------------------------------------------------------------------------------
def h12_05():
    doc = new_doc("Calibri", 11)
    para(doc, "London Borough of Tower Hamlets", bold=True, size=16, space_after=0)
    para(doc, "Information Governance, Town Hall, 160 Whitechapel Road, London E1 1BJ", size=9, space_after=0)
    para(doc, "foi@towerhamlets.gov.uk", size=9, space_after=14)
    para(doc, "Freedom of Information Act 2000 – response", bold=True, size=13)
    para(doc, "Reference: FOI 2025/04418", space_after=0)
    para(doc, "Received: 7 April 2025", space_after=0)
    para(doc, "Response date: 6 May 2025", space_after=12)
    para(doc, "Subject: Continuing Healthcare and jointly funded packages", italic=True)
    para(doc, "Thank you for your request. The council's Adults, Health and Communities directorate has "
              "provided the following information. Where a question is about information held by the NHS "
              "rather than the council we have said so and explained who holds it.")

    sections = [
        ("People eligible for CHC",
         "The council does not hold this information. Eligibility for NHS Continuing Healthcare is decided "
         "and recorded by NHS North East London, which is the integrated care board for Tower Hamlets. You "
         "may wish to redirect this part of your request to the ICB."),
        ("Fast Track",
         "Not held by the council, for the same reason."),
        ("Number of joint packages",
         "As at 31 March 2024 the council was contributing to 214 joint packages of care with health for "
         "adults who do not meet the CHC threshold."),
        ("Joint funding protocol",
         "Yes. A joint funding policy for adults is agreed between the council and NHS North East London."),
        ("Copy of the protocol",
         "The policy is available on the council's website, so we have not attached it (section 21 of the "
         "Act – information accessible by other means): "
         "https://www.towerhamlets.gov.uk/lgnl/health__social_care/joint-funding-policy.aspx"),
        ("Assessment tools",
         "The Decision Support Tool is used, and the contributions of each organisation are agreed at the "
         "Tower Hamlets Joint Funding Panel. The council does not use a separate local tool."),
        ("How the split is decided",
         "There is no fixed percentage. The split is agreed for each package at the panel, taking into "
         "account the health and social care needs set out in the assessment."),
        ("Health share",
         "There is no typical percentage. In packages agreed during 2023/24 the ICB's contribution ranged "
         "from 20% to 70% of the total weekly cost."),
        ("Disputes",
         "Yes – a disputes procedure is included in the joint funding policy."),
        ("Disputes raised in 2023/24",
         "Two disputes were formally raised under the procedure in 2023/24."),
        ("ICB spend 2023/24",
         "Not held. The council does not hold the ICB's expenditure on Continuing Healthcare; this is held "
         "by NHS North East London."),
        ("Council contribution 2023/24",
         "The council's gross contribution to joint packages in 2023/24 was £6,381,940."),
        ("Fast Track referrals",
         "Not held by the council – Fast Track referrals are made to, and recorded by, the ICB."),
        ("Responsible ICB",
         "NHS North East London (NEL ICB)."),
    ]
    for h, txt in sections:
        doc.add_heading(h, level=2)
        para(doc, txt)

    para(doc, "")
    para(doc, "Your rights", bold=True)
    para(doc, "If you are not satisfied with this response you can ask for an internal review within 40 "
              "working days by emailing foi@towerhamlets.gov.uk. " + ICO_PARA)
    para(doc, "Information Governance Team", space_after=0)
    para(doc, "London Borough of Tower Hamlets")
    save_docx(doc, "h12_05")
    write_gold("h12_05", "docx", "chc_funding_split", "London Borough of Tower Hamlets", "E09000030", {
        "foi_reference": any_of("FOI 2025/04418", "2025/04418"),
        "response_date": "2025-05-06",
        "chc_eligible_count": NOT_HELD,
        "chc_as_at": None,
        "chc_fast_track_count": NOT_HELD,
        "joint_packages_count": 214,
        "joint_funding_protocol": "yes",
        "protocol_copy_provided": True,
        "chc_tools": ["dst", "joint_panel"],
        "chc_split_fixed": False,
        "chc_health_share_pct": any_of(NA, None),
        "chc_disputes_procedure": "yes",
        "chc_disputes_count": 2,
        "icb_chc_spend_gbp": NOT_HELD,
        "chc_spend_year": any_of("2023/24", None),
        "la_joint_packages_spend_gbp": 6381940.0,
        "chc_fast_track_referrals_count": NOT_HELD,
        "chc_icbs": ["NHS North East London Integrated Care Board"],
        "exemptions": ["s21"],
    })


ALL = [h12_01, h12_02, h12_03, h12_04, h12_05]
