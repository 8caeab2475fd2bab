"""Section 117 aftercare: h6_16 .. h6_20."""
import os, io, datetime, html
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from build_common import *
from docs_asc import write_eml, fix_props


# ---------------------------------------------------------------- h6_16 Trafford: reportlab letter
def h6_16():
    stem = "h6_16"
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Times-Roman", fontSize=11, leading=14)
    qst = ParagraphStyle("q", parent=body, fontName="Times-Bold", spaceBefore=6)
    path = os.path.join(RAW, stem + ".pdf")
    TOTAL = [1]

    def deco(c, d):
        c.saveState(); w, h = A4
        if d.page == 1:
            c.setFillColor(colors.HexColor("#5b2c6f")); c.rect(0, h-30*mm, w, 30*mm, fill=1, stroke=0)
            c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 18); c.drawString(20*mm, h-17*mm, "Trafford Council")
            c.setFont("Helvetica", 9); c.drawString(20*mm, h-24*mm, "Trafford Town Hall, Talbot Road, Stretford, Manchester M32 0TH")
        else:
            c.setFont("Helvetica", 8); c.setFillColor(colors.grey)
            c.drawString(20*mm, h-12*mm, "Trafford Council – FOI 11782 – Section 117 aftercare")
        c.setFont("Helvetica", 8); c.setFillColor(colors.black)
        c.drawCentredString(w/2, 10*mm, f"Page {d.page} of {TOTAL[0]}")
        c.restoreState()

    def build():
        d = BaseDocTemplate(path, pagesize=A4, leftMargin=22*mm, rightMargin=22*mm, topMargin=36*mm, bottomMargin=20*mm,
                            title="FOI 11782", author="Trafford Council", invariant=1)
        d.addPageTemplates([PageTemplate("p", [Frame(d.leftMargin, d.bottomMargin, d.width, d.height)], onPage=deco)])
        s = [Table([["Our Ref:", "FOI 11782"], ["Your Ref:", "—"], ["Date:", "9 January 2025"],
                    ["Contact:", "Access to Information Team"]], colWidths=[25*mm, 55*mm], hAlign="RIGHT",
                   style=[("FONT", (0, 0), (-1, -1), "Helvetica", 9)]),
             Spacer(1, 6*mm), Paragraph("Dear Requester,", body), Spacer(1, 3*mm),
             Paragraph("<b>Freedom of Information Act 2000 – Section 117 aftercare</b>", body), Spacer(1, 3*mm),
             Paragraph("Thank you for your request dated 2 December 2024. Please find the Council's response "
                       "below.", body), Spacer(1, 2*mm)]
        A = {
            "1": "As at 31 March 2024 the Council was funding, wholly or partly, section 117 aftercare for 287 people.",
            "2": "121 of these people have aftercare jointly funded with NHS Greater Manchester (Trafford locality).",
            "3": "Yes – the Trafford Joint Section 117 Aftercare Policy (2022).",
            "3a": "A copy of the policy is enclosed.",
            "4": "Under the policy, jointly funded packages are split 50/50 between the Council and the ICB unless the "
                 "joint panel agrees otherwise in an individual case.",
            "4a": "50%.",
            "5": "£9,114,380 (2023/24).",
            "6": "£5,027,112.",
            "7": "A review of the policy against the new guidance is under way and is due to conclude in March 2025.",
            "8": "NHS Greater Manchester ICB.",
            "9": "Yes – a shared register is maintained by the section 117 coordinator on behalf of both organisations.",
            "10": "38",
            "11": "Yes – disputes are escalated through the disputes section of the joint policy.",
            "12": "Rachel Donnington-Price, Head of Mental Health Commissioning. Her e-mail address and direct "
                  "telephone number are withheld under section 40(2) of the Act (personal information).",
        }
        for n, q in S117_Q:
            s.append(Paragraph(f"{n}. {q}", qst)); s.append(Paragraph(A[n], body))
        s += [Spacer(1, 5*mm), Paragraph(REVIEW_COUNCIL, body), Spacer(1, 5*mm),
              Paragraph("Yours sincerely,", body), Spacer(1, 10*mm),
              Paragraph("Access to Information Team<br/>Trafford Council", body)]
        d.build(s); return d.page
    TOTAL[0] = build(); build()
    gm = ICB["QOP"]
    write_gold(stem, "pdf", "s117_aftercare", "Trafford Metropolitan Borough Council", "E08000009", {
        "foi_reference": "FOI 11782", "response_date": "2025-01-09",
        "s117_people_count": 287, "s117_as_at": "2024-03-31", "s117_jointly_funded_count": 121,
        "s117_joint_policy": "yes", "s117_policy_copy_provided": True,
        "s117_split_basis": "fixed_percentage", "s117_split_methods": ["fixed_split", "joint_panel"],
        "s117_icb_share_pct": 50.0, "la_s117_spend_gbp": 9114380.0, "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": 5027112.0, "s117_policy_reviewed": "partial", "s117_lead_icb": gm,
        "s117_joint_register": "yes", "s117_discharged_count": 38, "s117_disputes_process": "yes",
        "s117_contact_name": "Rachel Donnington-Price", "s117_contact_email": WH, "s117_contact_phone": WH,
        "exemptions": ["s40"]})


# ---------------------------------------------------------------- h6_17 Doncaster: DOCX answers in italics/colour
def h6_17():
    stem = "h6_17"
    doc = Document(); fix_props(doc, "City of Doncaster Council", datetime.datetime(2025, 2, 28, 15, 0))
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    p = doc.add_paragraph(); r = p.add_run("CITY OF DONCASTER COUNCIL"); r.bold = True; r.font.size = Pt(14)
    doc.add_paragraph("Freedom of Information – Response\nFOI Ref: FOI/DONC/25/00412\nResponse date: 28th February 2025")
    doc.add_paragraph("Please find the Council's answers in blue italics below each of your questions.")
    A = {
        "1": "412 as at 31/03/2024.",
        "2": "Of the 412, 97 are jointly funded with the ICB.",
        "3": "Yes – the South Yorkshire Section 117 Joint Policy.",
        "3a": "The policy is available on our website: https://www.doncaster.gov.uk/services/adult-social-care/section-117-aftercare",
        "4": "Case by case – each individual's aftercare plan is considered at the Doncaster section 117 panel and "
             "costs are apportioned according to assessed need.",
        "4a": "Not applicable – no percentage split is used.",
        "7": "Yes – the joint policy was updated in November 2024.",
        "8": "NHS South Yorkshire ICB.",
        "9": "No – each organisation keeps its own register, and these are reconciled quarterly.",
        "10": "Information not held. Discharges from section 117 are not recorded in a reportable field.",
        "11": "Yes.",
        "12": "Mark Ellery-Spence, Service Manager – Mental Health\nmark.ellery-spence@doncaster.gov.uk\n01302 737415",
    }
    def ans(text):
        for line in text.split("\n"):
            a = doc.add_paragraph(); rr = a.add_run(line); rr.italic = True
            rr.font.color.rgb = RGBColor(0x1F, 0x4E, 0xA8)
    Q = dict(S117_Q)
    for n, q in S117_Q:
        if n == "6":
            continue
        p = doc.add_paragraph(); p.add_run(f"{n}. {q}").bold = True
        if n == "5":
            p = doc.add_paragraph(); p.add_run(f"6. {Q['6']}").bold = True
            ans("Questions 5 and 6: In 2023/24 the Council spent £12.62m on section 117 aftercare and the ICB "
                "contributed £4.18m towards the same packages.")
            continue
        ans(A[n])
    doc.add_paragraph(REVIEW_COUNCIL)
    doc.add_paragraph("Information Governance Team\nCity of Doncaster Council, Civic Office, Waterdale, Doncaster DN1 3BU")
    doc.save(os.path.join(RAW, stem + ".docx"))
    sy = ICB["QF7"]
    write_gold(stem, "docx", "s117_aftercare", "City of Doncaster Council", "E08000017", {
        "foi_reference": "FOI/DONC/25/00412", "response_date": "2025-02-28",
        "s117_people_count": 412, "s117_as_at": "2024-03-31", "s117_jointly_funded_count": 97,
        "s117_joint_policy": "yes", "s117_policy_copy_provided": True,
        "s117_split_basis": "case_by_case", "s117_split_methods": ["case_by_case", "joint_panel"],
        "s117_icb_share_pct": NA, "la_s117_spend_gbp": 12620000.0, "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": 4180000.0, "s117_policy_reviewed": "yes", "s117_lead_icb": sy,
        "s117_joint_register": "no", "s117_discharged_count": NH, "s117_disputes_process": "yes",
        "s117_contact_name": "Mark Ellery-Spence", "s117_contact_email": "mark.ellery-spence@doncaster.gov.uk",
        "s117_contact_phone": "01302 737415", "exemptions": []})


# ---------------------------------------------------------------- h6_18 Wolverhampton: e-mail covering note + DOCX attachment
def h6_18():
    stem = "h6_18"
    doc = Document(); fix_props(doc, "City of Wolverhampton Council", datetime.datetime(2025, 4, 15, 10, 0))
    doc.add_heading("Freedom of Information Request 2025-0317", level=1)
    doc.add_paragraph("City of Wolverhampton Council\nDate of response: 15 April 2025")
    A = {
        "1": "356 people as at 31 March 2024.",
        "2": "142",
        "3": "Yes.",
        "3a": "Yes – the joint policy is attached as Appendix A.",
        "4": "The Black Country section 117 framework uses an apportionment matrix to set the split for each person, "
             "according to assessed need. The proposed split is ratified at the joint section 117 panel.",
        "4a": "There is no single percentage; across current packages the ICB share ranges from 20% to 80%.",
        "5": "£10.2m in 2023/24.",
        "6": "Not held – the Council does not hold the ICB's expenditure. Please contact NHS Black Country ICB.",
        "7": "No.",
        "8": "NHS Black Country ICB",
        "9": "Yes.",
        "10": "<5 – the exact number is withheld under section 40(2) to avoid identifying individuals.",
        "11": "Yes.",
        "12": "Joanne Tibbits-Clay, Head of Service – Mental Health and Section 117.",
    }
    for n, q in S117_Q:
        p = doc.add_paragraph(); p.add_run(f"Question {n}: {q}").bold = True
        p = doc.add_paragraph(); p.add_run("Answer: ").bold = True; p.add_run(A[n])
    doc.add_paragraph(REVIEW_COUNCIL)
    bio = io.BytesIO(); doc.save(bio)
    note = ("Dear Requester,\n\n"
            "Please find attached the Council's response to your Freedom of Information request, reference "
            "2025-0317, concerning section 117 aftercare.\n\n"
            "Regards,\n\nInformation Governance\nCity of Wolverhampton Council\nCivic Centre, St Peter's Square, "
            "Wolverhampton WV1 1SH\n")
    from email.message import EmailMessage
    from email import policy
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = "FOI Wolverhampton <foi@wolverhampton.gov.uk>"; m["To"] = "requester@example.org"
    m["Subject"] = "Your FOI request 2025-0317 - Section 117 aftercare"
    m["Date"] = "Tue, 15 Apr 2025 16:40:02 +0100"; m["Message-ID"] = "<h6_18.foi@mail.example.gov.uk>"
    m.set_content(note)
    m.add_attachment(bio.getvalue(), maintype="application",
                     subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                     filename="FOI 2025-0317 Response.docx")
    m.set_boundary("=_h6_boundary_h6_18")
    with open(os.path.join(RAW, stem + ".eml"), "wb") as f:
        f.write(m.as_bytes())
    bc = ICB["QUA"]
    write_gold(stem, "eml", "s117_aftercare", "City of Wolverhampton Council", "E08000031", {
        "foi_reference": "2025-0317", "response_date": "2025-04-15",
        "s117_people_count": 356, "s117_as_at": "2024-03-31", "s117_jointly_funded_count": 142,
        "s117_joint_policy": "yes", "s117_policy_copy_provided": True,
        "s117_split_basis": "case_by_case",
        "s117_split_methods": anyof(["funding_tool", "joint_panel"], ["funding_tool", "joint_panel", "case_by_case"]),
        "s117_icb_share_pct": anyof(None, NA), "la_s117_spend_gbp": 10200000.0, "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": NH, "s117_policy_reviewed": "no", "s117_lead_icb": bc,
        "s117_joint_register": "yes", "s117_discharged_count": WH, "s117_disputes_process": "yes",
        "s117_contact_name": "Joanne Tibbits-Clay", "s117_contact_email": None, "s117_contact_phone": None,
        "exemptions": ["s40"]})


# ---------------------------------------------------------------- h6_19 NENC ICB answering the council questionnaire: HTML table
def h6_19():
    stem = "h6_19"
    A = {
        "1": "The ICB does not hold information about aftercare funded wholly or partly by local authorities; "
             "this question should be directed to the relevant councils.",
        "2": "As at 31 March 2024 the ICB jointly funded section 117 aftercare with local authorities for 1,487 people.",
        "3": "Yes – the ICB has a section 117 policy agreed with each of the local authorities in its area.",
        "3a": "The policies are held at place level; copies can be obtained from the relevant local authority.",
        "4": "Costs are agreed case by case and apportioned according to assessed need at place-based joint panels.",
        "4a": "Not applicable.",
        "5": "Not held by the ICB.",
        "6": "The ICB's spend on section 117 aftercare across North East and North Cumbria in 2023/24 was £96.7m.",
        "7": "Yes – the ICB's section 117 policy was refreshed in 2025 to reflect the new guidance.",
        "8": "NHS North East and North Cumbria ICB.",
        "9": "Partially – joint registers are in place in some places but not yet in all.",
        "10": "Discharge dates are recorded within individual patient records. " + S12_NHS +
              " We estimate that reviewing the records would take more than 18 hours and this part is refused under section 12.",
        "11": "Yes.",
        "12": "The lead for section 117 aftercare is the Head of Mental Health Commissioning. The name and contact "
              "details of this officer are withheld under section 40(2) of the Act as the post-holder is not a "
              "senior, public-facing member of staff.",
    }
    rows = "\n".join(f"<tr><td>{n}</td><td>{html.escape(q)}</td><td>{html.escape(A[n])}</td></tr>" for n, q in S117_Q)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Section 117 aftercare - Disclosure log - NHS North East and North Cumbria</title></head>
<body>
<header><a href="/">North East and North Cumbria Integrated Care Board</a></header>
<main>
<h1>Section 117 aftercare</h1>
<table class="foi-metadata">
<tr><td>Reference</td><td>NENC 25-0288</td></tr>
<tr><td>Date published</td><td>14 May 2025</td></tr>
<tr><td>Response date</td><td>7 May 2025</td></tr>
<tr><td>Category</td><td>Mental health</td></tr>
</table>
<p>This request was originally addressed to local authorities. The ICB has answered the questions that relate to information it holds.</p>
<table class="foi-response" border="1">
<thead><tr><th>No.</th><th>Request</th><th>Response</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<p>{html.escape(REVIEW_NHS)}</p>
</main></body></html>
"""
    with open(os.path.join(RAW, stem + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    ne = ICB["QHM"]
    write_gold(stem, "html", "s117_aftercare", ne, "QHM", {
        "foi_reference": "NENC 25-0288", "response_date": "2025-05-07",
        "s117_people_count": NH, "s117_as_at": anyof(None, "2024-03-31"), "s117_jointly_funded_count": 1487,
        "s117_joint_policy": "yes", "s117_policy_copy_provided": anyof(False, None, NH),
        "s117_split_basis": "case_by_case", "s117_split_methods": ["case_by_case", "joint_panel"],
        "s117_icb_share_pct": NA, "la_s117_spend_gbp": NH, "s117_spend_year": anyof("2023/24", None),
        "icb_s117_spend_gbp": 96700000.0, "s117_policy_reviewed": "yes", "s117_lead_icb": ne,
        "s117_joint_register": "partial", "s117_discharged_count": anyof(WH, NH), "s117_disputes_process": "yes",
        "s117_contact_name": WH, "s117_contact_email": WH, "s117_contact_phone": WH,
        "exemptions": ["s12", "s40"]})


# ---------------------------------------------------------------- h6_20 Warrington: e-mail, answers first, request quoted below
def h6_20():
    stem = "h6_20"
    A = {
        "1": "219 (as at 31.03.2024)",
        "2": "64",
        "3": "Yes – the Cheshire and Merseyside section 117 policy, adopted locally by Warrington.",
        "3a": "Copy attached.",
        "4": "Split equally, 50/50, where both health and social care needs are identified in the aftercare plan.",
        "4a": "50%",
        "5": "£5,381,906.44",
        "6": "£1,944,210.00",
        "7": "No. A review is planned for 2025/26.",
        "8": "NHS Cheshire and Merseyside ICB",
        "9": "Yes",
        "10": "23",
        "11": "Yes",
        "12": "Daniel Okafor-Lyle, Section 117 Lead Officer – dokafor-lyle@warrington.gov.uk – 01925 443902",
    }
    lines = ["Hello,", "",
             "Your request for information – reference WBC-FOI-7731", "",
             "Warrington Borough Council's responses are as follows:", ""]
    for n, _ in S117_Q:
        lines.append(f"{n}. {A[n]}")
    lines += ["", REVIEW_COUNCIL, "",
              "Many thanks,", "Freedom of Information Team", "Warrington Borough Council",
              "East Annexe, Town Hall, Sankey Street, Warrington WA1 1UH", "",
              "From: Requester <requester@example.org>",
              "Sent: Monday, 19 May 2025 08:31",
              "To: Freedom of Information <foi@warrington.gov.uk>",
              "Subject: Freedom of Information request - Section 117 aftercare", "",
              "Dear Warrington Borough Council,", "",
              "Please provide the following information under the Freedom of Information Act 2000:", ""]
    for n, q in S117_Q:
        lines.append(f"{n}) {q}")
    lines += ["", "Yours faithfully,", "", "A. Requester"]
    write_eml(os.path.join(RAW, stem + ".eml"),
              frm="Freedom of Information <foi@warrington.gov.uk>", to="Requester <requester@example.org>",
              subject="RE: Freedom of Information request - Section 117 aftercare [WBC-FOI-7731]",
              date="Fri, 13 Jun 2025 12:05:33 +0100", text="\n".join(lines), msgid="h6_20")
    cm = ICB["QYG"]
    write_gold(stem, "eml", "s117_aftercare", "Warrington Borough Council", "E06000007", {
        "foi_reference": "WBC-FOI-7731", "response_date": "2025-06-13",
        "s117_people_count": 219, "s117_as_at": "2024-03-31", "s117_jointly_funded_count": 64,
        "s117_joint_policy": "yes", "s117_policy_copy_provided": True,
        "s117_split_basis": "fixed_percentage", "s117_split_methods": ["fixed_split"],
        "s117_icb_share_pct": 50.0, "la_s117_spend_gbp": 5381906.44, "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": 1944210.0, "s117_policy_reviewed": "no", "s117_lead_icb": cm,
        "s117_joint_register": "yes", "s117_discharged_count": 23, "s117_disputes_process": "yes",
        "s117_contact_name": "Daniel Okafor-Lyle", "s117_contact_email": "dokafor-lyle@warrington.gov.uk",
        "s117_contact_phone": "01925 443902", "exemptions": []})


ALL = [h6_16, h6_17, h6_18, h6_19, h6_20]
