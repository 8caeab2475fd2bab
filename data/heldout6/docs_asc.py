"""Adult social care joint funding: h6_01 .. h6_05."""
import os, datetime, html
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from build_common import *

FIXED = datetime.datetime(2024, 7, 18, 9, 0, 0)


def fix_props(doc, author, when=FIXED):
    cp = doc.core_properties
    cp.author = author; cp.last_modified_by = author
    cp.created = when; cp.modified = when; cp.revision = 1


NUMBERING_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def add_numpr(par, num_id, ilvl=0):
    """Word automatic numbering: the number lives only in numbering.xml."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = par._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    a = OxmlElement("w:ilvl"); a.set(qn("w:val"), str(ilvl)); numPr.append(a)
    b = OxmlElement("w:numId"); b.set(qn("w:val"), str(num_id)); numPr.append(b)
    pPr.insert(0, numPr)


def add_numbering_part(path):
    import zipfile, shutil
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        names = zin.namelist()
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml" and b"numbering+xml" not in data:
                data = data.replace(b"</Types>", b'<Override PartName="/word/numbering.xml" ContentType='
                                    b'"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>')
            if item.filename == "word/_rels/document.xml.rels" and b"numbering" not in data:
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdNum1" Type="http://schemas.openxmlformats.org/'
                                    b'officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>')
            if item.filename == "word/numbering.xml":
                data = NUMBERING_XML.encode("utf-8")
            zout.writestr(item, data)
        if "word/numbering.xml" not in names:
            zout.writestr("word/numbering.xml", NUMBERING_XML)
    shutil.move(tmp, path)


# ---------------------------------------------------------------- h6_01 Manchester: Word table -> PDF
def h6_01():
    stem = "h6_01"
    doc = Document(); fix_props(doc, "Information Compliance Team")
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    p = doc.add_paragraph(); r = p.add_run("Manchester City Council"); r.bold = True; r.font.size = Pt(16)
    doc.add_paragraph("Corporate Information Governance\nPO Box 532, Town Hall Extension\nManchester M60 2LA")
    doc.add_paragraph("Our reference: 14207583\nDate: 18 July 2024")
    h = doc.add_paragraph(); r = h.add_run("Freedom of Information Act 2000 – Response to request for information"); r.bold = True
    doc.add_paragraph("Thank you for your request for information received on 20 June 2024 regarding adult social "
                      "care joint funding. We have processed it under the Freedom of Information Act 2000 and our "
                      "response to each part is set out in the table below.")
    A = {
        "1": "The Executive Director of Adult Social Services (DASS) is Bernadette Coyle-Harper.\n"
             "Direct e-mail addresses and telephone numbers of individual officers are withheld under "
             "section 40(2) (personal information). Correspondence can be addressed to the Executive "
             "Director at the Town Hall Extension address above.",
        "2": "Councillor Tomasz Arkwright – Executive Member for Healthy Manchester and Adult Social Care. "
             "Councillors' contact details are published on the Council's website.",
        "3": "Liquidlogic Adults' System (LAS), supplied by System C. ContrOCC is used for finance.",
        "4": "As at 30 June 2024 there were 6,318 people receiving a care package to which the Council "
             "contributes some or all of the cost.",
        "5": "Gross expenditure for 2022/23 (before client contributions): £241,886,410",
        "6": "812 packages are jointly funded with the ICB, of which 377 are section 117 aftercare.",
        "7": "The Council does not hold the ICB's costs for these cases, as the health contribution is paid "
             "directly by the ICB to providers. This information is therefore not held. You may wish to "
             "ask NHS Greater Manchester directly.",
        "8": "NHS Greater Manchester Integrated Care Board (NHS GM).",
        "9": "Yes – see our response to question 8.",
        "10": "Yes. The Greater Manchester Joint Funding Protocol, agreed in 2021, applies across all ten "
              "localities including Manchester.",
        "11": "A copy of the protocol is attached to this response.",
        "12": "There is no single calculation tool. Funding splits are agreed case by case at the Joint "
              "Funding Panel, informed by the Decision Support Tool domains. Where the Council and the ICB "
              "cannot agree, the matter is escalated under the dispute resolution procedure in the protocol.",
    }
    t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ["No.", "Question", "Response"]):
        c.text = ""; rr = c.paragraphs[0].add_run(txt); rr.bold = True
    for n, q in ASC_Q:
        row = t.add_row().cells
        row[0].text = n; row[1].text = q; row[2].text = A[n]
    t.autofit = False
    widths = [Cm(1.2), Cm(5.6), Cm(9.7)]
    from docx.oxml.ns import qn
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.add_paragraph("")
    doc.add_paragraph("Some of the information has been withheld under section 40(2) of the Act because it is the "
                      "personal data of third parties and disclosure would breach the data protection principles.")
    doc.add_paragraph(REVIEW_COUNCIL)
    doc.add_paragraph("Yours sincerely,\n\nInformation Compliance Officer\nManchester City Council")
    tmp = os.path.join(RAW, stem + ".docx"); doc.save(tmp)
    soffice_pdf(tmp, os.path.join(RAW, stem + ".pdf")); os.remove(tmp)
    gm = ICB["QOP"]
    write_gold(stem, "pdf", "asc_joint_funding", "Manchester City Council", "E08000003", {
        "foi_reference": "14207583", "response_date": "2024-07-18",
        "dass_name": "Bernadette Coyle-Harper", "dass_email": WH, "dass_phone": WH,
        "portfolio_holder_name": "Tomasz Arkwright",
        "case_management_system": "Liquidlogic Adults' Social Care System", "case_management_supplier": "System C",
        "care_packages_count": 6318, "care_packages_as_at": "2024-06-30",
        "la_annual_cost_gbp": 241886410.0, "la_cost_basis": "gross", "cost_year": "2022/23",
        "jointly_funded_packages_count": 812,
        "icb_annual_cost_gbp": NH, "icb_weekly_cost_gbp": anyof(NH, None),
        "icbs_covering": [gm], "main_icb": anyof(gm, SO),
        "joint_funding_policy": "yes", "policy_copy_provided": True,
        "joint_funding_tool": "partial",
        "joint_funding_methods": anyof(["case_by_case", "joint_funding_panel", "dst", "dispute_process"],
                                       ["joint_funding_panel", "dst", "dispute_process"]),
        "exemptions": ["s40"]})


# ---------------------------------------------------------------- h6_02 Derby: DOCX automatic numbering
def h6_02():
    stem = "h6_02"
    doc = Document(); fix_props(doc, "FOI Team", datetime.datetime(2024, 9, 2, 10, 30))
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    doc.add_heading("Derby City Council – Freedom of Information Response", level=1)
    doc.add_paragraph("Reference: 24/05218\nDate: 2nd September 2024\nSubject: Adult social care – joint funding with the ICB")
    doc.add_paragraph("You asked for the following information. Our answers appear beneath each question.")
    A = {
        "1": "Angela Pemberton-Hughes, Strategic Director of People Services (DASS).\n"
             "Email: angela.pemberton-hughes@derby.gov.uk\nTelephone: 01332 643117",
        "2": "Councillor Ravinder Sohal, Cabinet Member for Adults, Health and Housing.",
        "3": "Mosaic, supplied by The Access Group.",
        "4": "2,947 (snapshot taken 31/07/2024).",
        "5": "£98.6m, net of client contributions (2022/23 outturn).",
        "6": "264",
        "7": "The ICB contribution to these packages is currently £187,420.50 per week. An annual figure is "
             "not held as packages start and end throughout the year.",
        "8": "Derby and Derbyshire ICB",
        "9": "Yes – NHS Derby and Derbyshire ICB.",
        "10": "A joint funding policy is in draft with the ICB and has not yet been ratified by either organisation.",
        "11": "As the policy has not been finalised we are withholding the draft under section 22 of the Act "
              "(information intended for future publication). The final version will be published on the "
              "Derby and Derbyshire joined-up care website once approved.",
        "12": "We use a time to task approach alongside the outcome of the Decision Support Tool to propose a "
              "split, which is then agreed at the monthly joint panel with the ICB.",
    }
    for n, q in ASC_Q:
        p = doc.add_paragraph(q)
        p.runs[0].bold = True
        add_numpr(p, 1)
        for line in A[n].split("\n"):
            a = doc.add_paragraph(line); a.paragraph_format.left_indent = Cm(1.27)
    doc.add_paragraph("Exemption applied: section 22 – information intended for future publication (Q11). "
                      "The public interest test has been considered and we believe the balance lies in "
                      "withholding the draft until it is finalised.")
    doc.add_paragraph(REVIEW_COUNCIL)
    doc.add_paragraph("Information Governance Team\nDerby City Council, The Council House, Corporation Street, Derby DE1 2FS")
    out = os.path.join(RAW, stem + ".docx"); doc.save(out); add_numbering_part(out)
    dd = ICB["QJ2"]
    write_gold(stem, "docx", "asc_joint_funding", "Derby City Council", "E06000015", {
        "foi_reference": "24/05218", "response_date": "2024-09-02",
        "dass_name": "Angela Pemberton-Hughes", "dass_email": "angela.pemberton-hughes@derby.gov.uk",
        "dass_phone": "01332 643117", "portfolio_holder_name": "Ravinder Sohal",
        "case_management_system": "Mosaic", "case_management_supplier": "The Access Group",
        "care_packages_count": 2947, "care_packages_as_at": "2024-07-31",
        "la_annual_cost_gbp": 98600000.0, "la_cost_basis": "net", "cost_year": "2022/23",
        "jointly_funded_packages_count": 264,
        "icb_annual_cost_gbp": 9745866.0, "icb_weekly_cost_gbp": 187420.50,
        "icbs_covering": [dd], "main_icb": dd,
        "joint_funding_policy": "partial", "policy_copy_provided": anyof(False, WH),
        "joint_funding_tool": anyof("yes", "partial"),
        "joint_funding_methods": ["time_to_task", "dst", "joint_funding_panel"],
        "exemptions": ["s22"]})


# ---------------------------------------------------------------- h6_03 Gateshead: e-mail, inline answers
def h6_03():
    stem = "h6_03"
    A = {
        "1": "Our DASS is Steven Ridley-Marsh, Strategic Director, Integrated Adults and Social Care Services. "
             "His e-mail address and direct line are exempt under section 40(2); letters can be sent to him at "
             "the Civic Centre, Regent Street, Gateshead NE8 1HH.",
        "2": "Cllr Morwenna Haigh, Cabinet Member for Health and Wellbeing.",
        "3": "We use CareDirector, supplied by CareWorks.",
        "4": "Approximately 3,480 per week.",
        "5": "£112,304,000 gross expenditure in 2022/23.",
        "6": "We are unable to answer this question. Jointly funded packages are not flagged on our system and "
             "separating section 117 cases from Care Act joint packages would need a manual check of each of "
             "around 3,500 records. " + S12_TEXT + " We are therefore refusing this part under section 12.",
        "7": "As per our answer to question 6, we cannot provide this.",
        "8": "NHS North East and North Cumbria ICB (NENC ICB).",
        "9": "Yes, North East and North Cumbria.",
        "10": "Yes",
        "11": "The joint funding policy is published on our website at "
              "https://www.gateshead.gov.uk/article/joint-funding-policy and is therefore exempt under section 21 "
              "(information reasonably accessible by other means).",
        "12": "No. Each case is considered on an individual basis by a multi-disciplinary team drawn from the "
              "Council and the ICB.",
    }
    body = ["Dear Requester,", "",
            "Freedom of Information request – Our ref: GMBC-IR-0912-24",
            "",
            "Thank you for your request, received on 14 August 2024. Please see our answers below each of your "
            "questions.", "",
            "Kind regards,", "", "Janice Corrigan",
            "Information Rights Officer | Corporate Services and Governance",
            "Gateshead Council | Civic Centre | Regent Street | Gateshead | NE8 1HH", "",
            "-----Original Message-----",
            "From: Requester <requester@example.org>",
            "Sent: 14 August 2024 15:02",
            "To: FOI <foi@gateshead.gov.uk>",
            "Subject: FOI request - Adult Social Care - Joint Funding", ""]
    for n, q in ASC_Q:
        body.append(f"> {n}. {q}")
        body.append("")
        body.append(A[n])
        body.append("")
    body += [REVIEW_COUNCIL, ""]
    write_eml(os.path.join(RAW, stem + ".eml"),
              frm="Information Rights <foi@gateshead.gov.uk>", to="Requester <requester@example.org>",
              subject="RE: FOI request - Adult Social Care - Joint Funding [GMBC-IR-0912-24]",
              date="Wed, 11 Sep 2024 11:47:12 +0100", text="\n".join(body), msgid="h6_03")
    ne = ICB["QHM"]
    write_gold(stem, "eml", "asc_joint_funding", "Gateshead Metropolitan Borough Council", "E08000037", {
        "foi_reference": "GMBC-IR-0912-24", "response_date": "2024-09-11",
        "dass_name": "Steven Ridley-Marsh", "dass_email": WH, "dass_phone": WH,
        "portfolio_holder_name": "Morwenna Haigh",
        "case_management_system": "CareDirector", "case_management_supplier": "CareWorks",
        "care_packages_count": 3480, "care_packages_as_at": None,
        "la_annual_cost_gbp": 112304000.0, "la_cost_basis": "gross", "cost_year": "2022/23",
        "jointly_funded_packages_count": anyof(WH, NH),
        "icb_annual_cost_gbp": anyof(WH, SO, NH), "icb_weekly_cost_gbp": anyof(None, WH, SO, NH),
        "icbs_covering": [ne], "main_icb": ne,
        "joint_funding_policy": "yes", "policy_copy_provided": True,
        "joint_funding_tool": anyof("partial", "no"),
        "joint_funding_methods": ["case_by_case"],
        "exemptions": ["s12", "s21", "s40"]})


def write_eml(path, frm, to, subject, date, text=None, html_body=None, attach=None, msgid="x"):
    from email.message import EmailMessage
    from email import policy
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm; m["To"] = to; m["Subject"] = subject; m["Date"] = date
    m["Message-ID"] = f"<{msgid}.foi@mail.example.gov.uk>"
    if text is not None and html_body is None:
        m.set_content(text)
    elif html_body is not None and text is None:
        m.set_content(html_body, subtype="html")
    if attach:
        for fname, data, maintype, subtype in attach:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    # fixed boundary for determinism
    if m.is_multipart():
        m.set_boundary(f"=_h6_boundary_{msgid}")
    with open(path, "wb") as f:
        f.write(m.as_bytes())


# ---------------------------------------------------------------- h6_04 Walsall: HTML <dl>
def h6_04():
    stem = "h6_04"
    A = {
        "1": "Kerrie Allward-Dunn –",
        "2": "Councillor Keir Pedley-Moss, Portfolio Holder for Adult Social Care.",
        "3": "Liquidlogic (LAS) is our case management system; ContrOCC is used alongside it for payments.",
        "4": "4,102 service users (as at 10 September 2024).",
        "5": "2022-23 gross cost: £134.2m",
        "6": "509",
        "7": "£14,760,215.00 (2022/23)",
        "8": "NHS Black Country ICB",
        "9": "NHS Black Country Integrated Care Board",
        "10": "No – joint funding decisions follow the National Framework and the ICB's own policies; there is "
              "no separate local joint funding policy.",
        "11": "N/A",
        "12": "There is no formal tool. Proportions are negotiated between the Council and the ICB at the Joint "
              "Funding Panel and any disagreement is escalated to the respective heads of service.",
    }
    dd = "\n".join(f"  <dt>{n}. {html.escape(q)}</dt>\n  <dd>{html.escape(A[n])}</dd>" for n, q in ASC_Q)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>FOI/WAL/000842 - Adult social care joint funding | Walsall Council</title>
<style>body{{font-family:Arial,sans-serif;max-width:60em;margin:auto}} dt{{font-weight:bold;margin-top:1em}} .meta dt,.meta dd{{display:inline}} .meta dd{{margin:0 2em 0 .3em}}</style></head>
<body>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/foi">Freedom of information</a> &gt; <a href="/foi/disclosure-log">Disclosure log</a></nav>
<main>
<h1>Adult social care joint funding</h1>
<dl class="meta">
  <dt>Reference</dt><dd>FOI/WAL/000842</dd>
  <dt>Date responded</dt><dd>27 September 2024</dd>
  <dt>Date published</dt><dd>04/10/2024</dd>
  <dt>Category</dt><dd>Adult Social Care</dd>
</dl>
<h2>Request and response</h2>
<p>The requester asked the following questions. The Council's answers are shown under each question.</p>
<dl class="qa">
{dd}
</dl>
<p>Personal contact details of officers have been withheld under section 40(2) of the Freedom of Information Act 2000.</p>
<p>{html.escape(REVIEW_COUNCIL)}</p>
</main>
<footer><p>Walsall Council, Civic Centre, Darwall Street, Walsall WS1 1TP</p></footer>
</body></html>
"""
    with open(os.path.join(RAW, stem + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    bc = ICB["QUA"]
    write_gold(stem, "html", "asc_joint_funding", "Walsall Metropolitan Borough Council", "E08000030", {
        "foi_reference": "FOI/WAL/000842", "response_date": "2024-09-27",
        "dass_name": "Kerrie Allward-Dunn", "dass_email": anyof(WH, None), "dass_phone": anyof(WH, None),
        "portfolio_holder_name": "Keir Pedley-Moss",
        "case_management_system": "Liquidlogic Adults' Social Care System", "case_management_supplier": "System C",
        "care_packages_count": 4102, "care_packages_as_at": "2024-09-10",
        "la_annual_cost_gbp": 134200000.0, "la_cost_basis": "gross", "cost_year": "2022/23",
        "jointly_funded_packages_count": 509,
        "icb_annual_cost_gbp": 14760215.0, "icb_weekly_cost_gbp": None,
        "icbs_covering": [bc], "main_icb": bc,
        "joint_funding_policy": "no", "policy_copy_provided": anyof(NA, False),
        "joint_funding_tool": "partial",
        "joint_funding_methods": ["joint_funding_panel", "dispute_process"],
        "exemptions": ["s40"]})


# ---------------------------------------------------------------- h6_05 Stockton: reportlab letter, table over 2 pages
def h6_05():
    stem = "h6_05"
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle)
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12.5)
    bold = ParagraphStyle("bb", parent=body, fontName="Helvetica-Bold")
    path = os.path.join(RAW, stem + ".pdf")

    class Doc(BaseDocTemplate):
        def __init__(self, fn, **kw):
            super().__init__(fn, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=28*mm,
                             bottomMargin=20*mm, title="FOI 5531 response", author="Stockton-on-Tees Borough Council",
                             creator="Stockton-on-Tees Borough Council", invariant=1, **kw)
            fr = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
            self.addPageTemplates([PageTemplate("p", [fr], onPage=self.deco)])

        def deco(self, c, d):
            c.saveState(); w, h = A4
            if d.page == 1:
                c.setFont("Helvetica-Bold", 15); c.drawString(20*mm, h-16*mm, "Stockton-on-Tees Borough Council")
                c.setFont("Helvetica", 8.5); c.drawString(20*mm, h-21*mm, "Municipal Buildings, Church Road, Stockton-on-Tees TS18 1LD")
            else:
                c.setFont("Helvetica", 8); c.drawString(20*mm, h-14*mm, "Freedom of Information – FOI 5531 – Adult social care joint funding")
                c.line(20*mm, h-16*mm, w-20*mm, h-16*mm)
            c.setFont("Helvetica", 8)
            c.drawRightString(w-20*mm, 10*mm, f"Page {d.page} of {TOTAL[0]}")
            c.restoreState()

    TOTAL = [2]
    def story():
        s = []
        s.append(Table([["Our ref:", "FOI 5531"], ["Your ref:", "None given"], ["Date:", "14th November 2024"],
                        ["Please ask for:", "Information Governance Unit"]], colWidths=[32*mm, 60*mm], hAlign="RIGHT",
                       style=[("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9)]))
        s.append(Spacer(1, 8*mm))
        s.append(Paragraph("Dear Requester,", body)); s.append(Spacer(1, 3*mm))
        s.append(Paragraph("<b>Re: Request for Information – Freedom of Information Act 2000</b>", body)); s.append(Spacer(1, 3*mm))
        s.append(Paragraph("Thank you for your request received on 17 October 2024. I can confirm that the Council holds "
                           "the information you asked for, which is set out in the table below.", body))
        s.append(Spacer(1, 4*mm))
        cost = Table([["Financial year", "Gross expenditure (£000)"], ["2021/22", "58,402"], ["2022/23", "63,117"],
                      ["2023/24", "68,930"], ["Total", "190,449"]], colWidths=[35*mm, 45*mm],
                     style=[("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                            ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5), ("ALIGN", (1, 0), (1, -1), "RIGHT")])
        A = {
            "1": "Ann Whitcombe-Reilly, Director of Adults, Health and Wellbeing. Email: ann.whitcombe-reilly@stockton.gov.uk",
            "2": "Cllr Lisa Fenwick-Otley, Cabinet Member for Adult Social Care and Health.",
            "3": "Our case management system is Eclipse, provided by OLM Systems.",
            "4": "2,214 as at 1 November 2024.",
            "5": [Paragraph("Gross expenditure on these packages is shown below. The last full year requested (2022/23) "
                            "was £63,117k; figures for the adjacent years are given for context.", body), Spacer(1, 2*mm), cost],
            "6": "173 (95 under section 117 and 78 Care Act joint packages).",
            "7": "The ICB's contribution to these packages in 2022/23 was £9.84m.",
            "8": "NHS North East and North Cumbria Integrated Care Board.",
            "9": "See Q8.",
            "10": "Yes – the Tees Valley Joint Funding Protocol agreed with the ICB's Tees Valley place team.",
            "11": "Enclosed with this letter.",
            "12": "Yes. The protocol includes a funding matrix which sets out how health and social care needs are "
                  "weighted; the proposed split is validated at the Tees Valley joint funding panel.",
        }
        rows = [[Paragraph("No.", bold), Paragraph("Your question", bold), Paragraph("Council response", bold)]]
        for n, q in ASC_Q:
            a = A[n]
            rows.append([Paragraph(n, body), Paragraph(q, body), a if isinstance(a, list) else Paragraph(a, body)])
        t = Table(rows, colWidths=[12*mm, 68*mm, 90*mm], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee"))]))
        s.append(t); s.append(Spacer(1, 5*mm))
        s.append(Paragraph(REVIEW_COUNCIL, body)); s.append(Spacer(1, 5*mm))
        s.append(Paragraph("Yours sincerely,", body)); s.append(Spacer(1, 8*mm))
        s.append(Paragraph("Gareth Mulholland<br/>Information Governance Officer<br/>Stockton-on-Tees Borough Council", body))
        return s
    # two passes for page count
    d = Doc(path); d.build(story()); TOTAL[0] = d.page
    d = Doc(path); d.build(story())
    ne = ICB["QHM"]
    write_gold(stem, "pdf", "asc_joint_funding", "Stockton-on-Tees Borough Council", "E06000004", {
        "foi_reference": "FOI 5531", "response_date": "2024-11-14",
        "dass_name": "Ann Whitcombe-Reilly", "dass_email": "ann.whitcombe-reilly@stockton.gov.uk", "dass_phone": None,
        "portfolio_holder_name": "Lisa Fenwick-Otley",
        "case_management_system": "Eclipse", "case_management_supplier": "OLM Systems",
        "care_packages_count": 2214, "care_packages_as_at": "2024-11-01",
        "la_annual_cost_gbp": 63117000.0, "la_cost_basis": "gross", "cost_year": "2022/23",
        "jointly_funded_packages_count": 173,
        "icb_annual_cost_gbp": 9840000.0, "icb_weekly_cost_gbp": None,
        "icbs_covering": [ne], "main_icb": anyof(ne, SO),
        "joint_funding_policy": "yes", "policy_copy_provided": True,
        "joint_funding_tool": "yes",
        "joint_funding_methods": ["funding_matrix", "joint_funding_panel"],
        "exemptions": []})


ALL = [h6_01, h6_02, h6_03, h6_04, h6_05]
