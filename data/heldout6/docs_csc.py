"""Children's joint commissioning: h6_11 .. h6_15."""
import os, datetime, html
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from build_common import *
from docs_asc import write_eml, fix_props
from docs_chc import disclosure_page


# ---------------------------------------------------------------- h6_11 Knowsley: Word bold numbered questions -> PDF
def h6_11():
    stem = "h6_11"
    doc = Document(); fix_props(doc, "Knowsley Council", datetime.datetime(2024, 6, 6, 9, 15))
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    p = doc.add_paragraph(); r = p.add_run("Knowsley Metropolitan Borough Council"); r.bold = True; r.font.size = Pt(15)
    doc.add_paragraph("Information Management Team, Municipal Buildings, Archway Road, Huyton L36 9YU")
    doc.add_paragraph("Your Ref: none\nOur Ref: KMBC/FOI/10358\n6 June 2024")
    doc.add_paragraph("Dear Sir/Madam,")
    doc.add_paragraph("FREEDOM OF INFORMATION ACT 2000 – FOI Request – FAO Children's Commissioners").runs[0].bold = True
    doc.add_paragraph("I write in response to your request for information received on 9 May 2024. Your questions "
                      "are repeated in bold below, followed by our answers.")
    A = {
        "1": "Yes. Knowsley commissions external placements through the Liverpool City Region sub-regional "
             "framework, alongside a local joint commissioning agreement for children with complex needs.",
        "1a": "Yes. NHS Cheshire and Merseyside ICB (Knowsley Place) is a partner to the local agreement.",
        "1b": "The terms of reference of the Knowsley Complex Case Panel are attached.",
        "2": "Yes, on a case-by-case basis where a child has assessed health needs.",
        "2a": "Please see the terms of reference provided in response to question 1b.",
        "2b": "There is no fixed percentage; the contribution of each partner is agreed for each child at the "
              "Complex Case Panel.",
        "3": "Yes – Education (SEND) contributes to residential school placements.",
        "3a": "The SEND service funds the education element of residential school placements from the High Needs "
              "Block, as set out in each child's EHC plan.",
        "4": "Yes.",
        "4b": "No. Health also use the Decision Support Tool (DST) for young people aged 17 and over who are in "
              "transition to adult services.",
        "5": "£24,880,512 in 2023/24.",
        "5a": "£1,612,040 (6.5%)",
        "5b": "£2,103,300 (8.5%)",
        "5c": "£0 – there were no contributions from other partners.",
        "6": "Yes – parents are involved through the Knowsley Parent Carer Forum, and young people through the "
             "Children in Care Council.",
        "7": "Yes – our framework refers to Signs of Safety and to trauma-informed practice.",
        "7a": "Practice guidance on both models is published on the Knowsley Safeguarding Children Partnership website.",
        "8": "No further comments.",
    }
    for n, q in CSC_Q:
        p = doc.add_paragraph(); r = p.add_run(f"{n}. {q}"); r.bold = True
        doc.add_paragraph(A[n])
    doc.add_paragraph(REVIEW_COUNCIL)
    doc.add_paragraph("Yours faithfully,\n\nCaroline Mbatha\nInformation Management Officer")
    tmp = os.path.join(RAW, stem + ".docx"); doc.save(tmp)
    soffice_pdf(tmp, os.path.join(RAW, stem + ".pdf")); os.remove(tmp)
    write_gold(stem, "pdf", "csc_joint_commissioning", "Knowsley Metropolitan Borough Council", "E08000011", {
        "foi_reference": "KMBC/FOI/10358", "response_date": "2024-06-06",
        "joint_commissioning_framework": "yes", "framework_includes_health": "yes", "framework_tor_provided": True,
        "health_joint_funds_placements": anyof("yes", "case_by_case"), "fixed_percentage_split": False,
        "other_partners_contribute": "yes", "other_partners": ["Education"],
        "continuing_care_model_used": "yes", "continuing_care_only_criteria": "no", "other_health_tools": ["DST"],
        "external_placements_spend_gbp": 24880512.0, "spend_year": "2023/24",
        "health_share_pct": 6.5, "health_share_gbp": 1612040.0,
        "education_share_pct": 8.5, "education_share_gbp": 2103300.0,
        "other_share_pct": anyof(None, 0.0), "other_share_gbp": 0.0,
        "children_parents_involved": "yes", "models_of_practice": "yes", "exemptions": []})


# ---------------------------------------------------------------- h6_12 Oldham: DOCX headings + prose
def h6_12():
    stem = "h6_12"
    doc = Document(); fix_props(doc, "Oldham Council", datetime.datetime(2024, 10, 21, 11, 0))
    doc.add_heading("Oldham Council – Response to Freedom of Information Request", level=0)
    doc.add_paragraph("Request reference: OMBC-FOI-24-01977   |   Response date: 21 October 2024")
    doc.add_paragraph("Your request, headed 'FOI Request – FAO Children's Commissioners', asked eight questions (with "
                      "sub-parts) about joint commissioning of external placements for children. Rather than repeat "
                      "each question, we have grouped our answers under the headings below and show in brackets which "
                      "question each paragraph answers.")
    doc.add_heading("Joint commissioning framework (questions 1, 1a and 1b)", level=2)
    doc.add_paragraph("Oldham does not have a formal joint commissioning framework for externally commissioned "
                      "placements. Placements are made through the North West regional placement framework, which is "
                      "a procurement arrangement rather than a joint commissioning framework with health. Questions 1a "
                      "and 1b therefore do not apply.")
    doc.add_heading("Health funding of placements (questions 2, 2a and 2b)", level=2)
    doc.add_paragraph("NHS Greater Manchester (Oldham locality) joint funds some placements on a case by case basis, "
                      "where the child has assessed health needs that the placement will meet. There is no fixed "
                      "percentage: the health contribution is agreed for each child at the Oldham multi-agency "
                      "complex placements meeting.")
    doc.add_heading("Other partners (questions 3 and 3a)", level=2)
    doc.add_paragraph("No other partners contribute to the cost of these placements.")
    doc.add_heading("Continuing care (questions 4 and 4b)", level=2)
    doc.add_paragraph("Yes. The criteria in the National Framework for Children and Young People's Continuing Care are "
                      "used as the basis for deciding whether health will contribute. To answer question 4b: yes, this "
                      "is the only criteria health use.")
    doc.add_heading("Spend on external placements (questions 5 to 5c)", level=2)
    doc.add_paragraph("The Council's spend on external placements in 2023/24 was £31.7m. Our finance system records the "
                      "total cost of each placement and income received against the cost centre as a single figure, so "
                      "we do not hold a breakdown of the elements funded by health, by education or by other partners. "
                      "This information is therefore not held.")
    doc.add_heading("Involving children and parents (question 6)", level=2)
    doc.add_paragraph("Partially. Young people's views are gathered through the Children in Care Council and inform our "
                      "sufficiency strategy, but parents are not involved in commissioning decisions.")
    doc.add_heading("Models of practice (questions 7 and 7a)", level=2)
    doc.add_paragraph("No, our commissioning arrangements do not refer to a specific model of practice.")
    doc.add_heading("Other comments (question 8)", level=2)
    doc.add_paragraph("None.")
    doc.add_heading("Your right to complain", level=2)
    doc.add_paragraph(REVIEW_COUNCIL)
    doc.add_paragraph("Information Governance Team, Oldham Council, Civic Centre, West Street, Oldham OL1 1UT")
    doc.save(os.path.join(RAW, stem + ".docx"))
    write_gold(stem, "docx", "csc_joint_commissioning", "Oldham Metropolitan Borough Council", "E08000004", {
        "foi_reference": "OMBC-FOI-24-01977", "response_date": "2024-10-21",
        "joint_commissioning_framework": "no", "framework_includes_health": anyof(NA, None),
        "framework_tor_provided": anyof(NA, None, False),
        "health_joint_funds_placements": anyof("case_by_case", "yes"), "fixed_percentage_split": False,
        "other_partners_contribute": "no", "other_partners": anyof([], None, NA),
        "continuing_care_model_used": "yes", "continuing_care_only_criteria": "yes",
        "other_health_tools": anyof([], None),
        "external_placements_spend_gbp": 31700000.0, "spend_year": "2023/24",
        "health_share_pct": anyof(NH, None), "health_share_gbp": NH,
        "education_share_pct": anyof(NH, None), "education_share_gbp": NH,
        "other_share_pct": anyof(NH, None), "other_share_gbp": NH,
        "children_parents_involved": "partial", "models_of_practice": "no", "exemptions": []})


# ---------------------------------------------------------------- h6_13 Hull: HTML-only e-mail
def h6_13():
    stem = "h6_13"
    A = {
        "1": "Yes.",
        "1a": "Yes – NHS Humber and North Yorkshire ICB (Hull place) is a signatory.",
        "1b": "The joint agreement includes placement rates negotiated with individual providers. We consider "
              "these commercially sensitive and the agreement is withheld under section 43(2) (commercial interests). "
              "We have considered the public interest and concluded that it favours withholding it.",
        "2": "Yes.",
        "2a": "Terms are set out in the joint agreement referred to at 1b.",
        "2b": "The standard split for jointly funded placements is 50/50 between the Council and the ICB.",
        "3": "Yes – Education (High Needs) and, occasionally, Youth Justice.",
        "3a": "Education funds the education element of placements with a school on site; the Youth Justice "
              "Service has contributed to a small number of remand-related placements.",
        "4": "No – the split is fixed by the agreement.",
        "4b": "Not applicable.",
        "5": "2023/24: £19.46m",
        "5a": "Health: £2.91m",
        "5b": "Education: £1.07m",
        "5c": "Other (Youth Justice): £0.12m",
        "6": "Yes. Young people and parent carers took part in the co-production of the agreement.",
        "7": "No formal model of practice is referenced.",
        "7a": "N/A",
        "8": "No.",
    }
    rows = "".join(f"<p><b>{n}. {html.escape(q)}</b><br>\n<span style='color:#1f4e79'>{html.escape(A[n])}</span></p>\n"
                   for n, q in CSC_Q)
    body = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Dear Requester,</p>
<p><b>Freedom of Information Request – reference FOI-HCC-003184</b></p>
<p>Thank you for your request received 3rd March 2025. Hull City Council's response is set out below, with our answers in blue beneath each question.</p>
{rows}
<p>{html.escape(REVIEW_COUNCIL)}</p>
<p>Yours sincerely,</p>
<p>Imran Lockwood<br>Information Governance Officer<br>Hull City Council | Guildhall | Alfred Gelder Street | Hull HU1 2AA</p>
<p style="font-size:8pt;color:#777">This email has been scanned for viruses. Think before you print.</p>
</body></html>"""
    write_eml(os.path.join(RAW, stem + ".eml"),
              frm="Hull City Council FOI <informationgovernance@hullcc.gov.uk>", to="requester@example.org",
              subject="FOI-HCC-003184 Response",
              date="Tue, 25 Mar 2025 09:14:51 +0000", html_body=body, msgid="h6_13")
    write_gold(stem, "eml", "csc_joint_commissioning", "Hull City Council", "E06000010", {
        "foi_reference": "FOI-HCC-003184", "response_date": "2025-03-25",
        "joint_commissioning_framework": "yes", "framework_includes_health": "yes",
        "framework_tor_provided": anyof(False, WH),
        "health_joint_funds_placements": "yes", "fixed_percentage_split": True,
        "other_partners_contribute": "yes", "other_partners": ["Education", "Youth Justice"],
        "continuing_care_model_used": "no", "continuing_care_only_criteria": NA,
        "other_health_tools": anyof(None, [], NA),
        "external_placements_spend_gbp": 19460000.0, "spend_year": "2023/24",
        "health_share_pct": None, "health_share_gbp": 2910000.0,
        "education_share_pct": None, "education_share_gbp": 1070000.0,
        "other_share_pct": None, "other_share_gbp": 120000.0,
        "children_parents_involved": "yes", "models_of_practice": "no", "exemptions": ["s43"]})


# ---------------------------------------------------------------- h6_14 Leicester: HTML <ol>
def h6_14():
    stem = "h6_14"
    A = {
        "1": "Yes.",
        "1a": "Yes, NHS Leicester, Leicestershire and Rutland ICB.",
        "1b": "The terms of reference of the Joint Resource Panel are published at "
              "https://www.leicester.gov.uk/children/joint-resource-panel-tor and are therefore exempt under "
              "section 21 of the Act.",
        "2": "Yes.",
        "2a": "See the terms of reference at 1b.",
        "2b": "Funding is agreed for each child at the Joint Resource Panel; there is no set percentage.",
        "3": "No.",
        "3a": "Not applicable.",
        "4": "Yes.",
        "4b": "No – health also use the CHAT (Children's Health Assessment Tool).",
        "5": "Total external placement spend 2023/24: £42.3m",
        "5a": "Health: 7.2% (£3.05m)",
        "5b": "Education: 11.4% (£4.82m)",
        "5c": "Other: nil",
        "6": "Yes.",
        "7": "Yes – the Leicester Relational Practice Framework.",
        "7a": "This is attached.",
        "8": "No comments.",
    }
    main = [n for n, _ in CSC_Q if n.isdigit()]
    def block(get):
        out = ["<ol>"]
        for m in main:
            subs = [(n, t) for n, t in CSC_Q if n != m and n.rstrip("abc") == m]
            out.append(f"<li>{html.escape(get(m))}")
            if subs:
                out.append("<ol type='a'>" + "".join(f"<li>{html.escape(get(n))}</li>" for n, _ in subs) + "</ol>")
            out.append("</li>")
        out.append("</ol>")
        return "\n".join(out)
    Q = dict(CSC_Q)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Joint commissioning of children's placements - FOI disclosure log - Leicester City Council</title></head>
<body>
<div id="site-header">Leicester City Council</div>
<div class="foi-record">
<h1>Joint commissioning of children's placements</h1>
<ul class="foi-meta">
<li>Reference: 20241104-0719</li>
<li>Date published: 9 December 2024</li>
<li>Date of response: 02/12/2024</li>
<li>Category: Children's social care</li>
</ul>
<h2>Request</h2>
{block(lambda n: Q[n])}
<h2>Response</h2>
{block(lambda n: A[n])}
<p>{html.escape(REVIEW_COUNCIL)}</p>
</div></body></html>
"""
    with open(os.path.join(RAW, stem + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    write_gold(stem, "html", "csc_joint_commissioning", "Leicester City Council", "E06000016", {
        "foi_reference": "20241104-0719", "response_date": "2024-12-02",
        "joint_commissioning_framework": "yes", "framework_includes_health": "yes", "framework_tor_provided": True,
        "health_joint_funds_placements": "yes", "fixed_percentage_split": False,
        "other_partners_contribute": "no", "other_partners": anyof([], None, NA),
        "continuing_care_model_used": "yes", "continuing_care_only_criteria": "no", "other_health_tools": ["CHAT"],
        "external_placements_spend_gbp": 42300000.0, "spend_year": "2023/24",
        "health_share_pct": 7.2, "health_share_gbp": 3050000.0,
        "education_share_pct": 11.4, "education_share_gbp": 4820000.0,
        "other_share_pct": anyof(None, 0.0), "other_share_gbp": anyof(0.0, None),
        "children_parents_involved": "yes", "models_of_practice": "yes", "exemptions": ["s21"]})


# ---------------------------------------------------------------- h6_15 Sandwell: chromium PDF disclosure log entry
def h6_15():
    stem = "h6_15"
    req = "<p>FOI Request – FAO Children's Commissioners</p>\n" + "".join(
        f"<p>{n}) {html.escape(q)}</p>" for n, q in CSC_Q)
    A = {
        "1": "Partially. A joint commissioning framework with NHS Black Country ICB has been drafted but has not "
             "yet been signed off.",
        "1a": "Yes.",
        "1b": "The draft will be published on the Council's website once approved in spring 2025. We are withholding "
              "it under section 22 (information intended for future publication).",
        "2": "Yes, health joint fund placements where a child has assessed health needs.",
        "2a": "Terms are agreed through the Sandwell Joint Placement Panel.",
        "2b": "There is no fixed percentage split.",
        "3": "Yes – Education.",
        "3a": "The SEND service funds the education element of residential school placements.",
        "4": "Yes",
        "4b": "Yes",
        "5": "Our spend in the last full financial year (2023/24) was £44.5m. The three-year history is shown below.",
        "5a": "Health contributions are recorded against individual child records rather than centrally. To "
              "extract them would mean reviewing each placement record. " + S12_TEXT + " We are therefore "
              "applying section 12 to this part of your request.",
        "5b": "£3.9m (2023/24)",
        "5c": "Not applicable",
        "6": "Yes",
        "7": "Yes – we refer to the Sandwell Practice Model.",
        "7a": "The Sandwell Practice Model is available on the Sandwell Children's Trust website.",
        "8": "No",
    }
    resp = "".join(f"<p><strong>{n})</strong> {html.escape(A[n])}</p>\n" +
                   ("<table class='qa'><tr><th>Year</th><th>External placements spend</th></tr>"
                    "<tr><td>2021/22</td><td>£36.1m</td></tr><tr><td>2022/23</td><td>£40.8m</td></tr>"
                    "<tr><td>2023/24</td><td>£44.5m</td></tr><tr><td>Total</td><td>£121.4m</td></tr></table>\n"
                    if n == "5" else "") for n, _ in CSC_Q)
    resp += f"<p>{html.escape(REVIEW_COUNCIL)}</p>"
    page = disclosure_page("Children's joint commissioning – external placements",
                           [("Reference", "SMBC 4417852"), ("Date of request", "14 January 2025"),
                            ("Date of response", "11 February 2025"), ("Date published", "18 February 2025"),
                            ("Category", "Children and families")],
                           req, resp, "Sandwell Metropolitan Borough Council",
                           "Sandwell Council House, Freeth Street, Oldbury B69 3DE")
    hp = os.path.join(RAW, stem + "_src.html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(page)
    chromium_pdf(hp, os.path.join(RAW, stem + ".pdf")); os.remove(hp)
    write_gold(stem, "pdf", "csc_joint_commissioning", "Sandwell Metropolitan Borough Council", "E08000028", {
        "foi_reference": "SMBC 4417852", "response_date": "2025-02-11",
        "joint_commissioning_framework": "partial", "framework_includes_health": "yes",
        "framework_tor_provided": anyof(False, WH),
        "health_joint_funds_placements": "yes", "fixed_percentage_split": False,
        "other_partners_contribute": "yes", "other_partners": ["Education"],
        "continuing_care_model_used": "yes", "continuing_care_only_criteria": "yes",
        "other_health_tools": anyof([], None),
        "external_placements_spend_gbp": 44500000.0, "spend_year": "2023/24",
        "health_share_pct": anyof(WH, None), "health_share_gbp": WH,
        "education_share_pct": None, "education_share_gbp": 3900000.0,
        "other_share_pct": anyof(NA, None), "other_share_gbp": NA,
        "children_parents_involved": "yes", "models_of_practice": "yes", "exemptions": ["s12", "s22"]})


ALL = [h6_11, h6_12, h6_13, h6_14, h6_15]
