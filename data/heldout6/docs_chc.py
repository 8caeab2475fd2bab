"""NHS Continuing Healthcare funding split: h6_06 .. h6_10."""
import os, datetime, html
from docx import Document
from docx.shared import Pt, Cm
from build_common import *
from docs_asc import write_eml, fix_props


def disclosure_page(title, meta_rows, request_html, response_html, org, footer):
    meta = "\n".join(f"<tr><th scope='row'>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in meta_rows)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} - {html.escape(org)}</title>
<style>body{{font-family:Arial,Helvetica,sans-serif;font-size:11pt;margin:18mm}} header{{border-bottom:3px solid #005eb8;margin-bottom:1em}}
header .org{{color:#005eb8;font-weight:bold;font-size:15pt}} table.meta th{{text-align:left;padding:3px 14px 3px 0}} table.meta td{{padding:3px 0}}
table.meta{{border-collapse:collapse;margin:1em 0}} h2{{color:#005eb8;font-size:13pt}} table.qa{{border-collapse:collapse;width:100%}}
table.qa td,table.qa th{{border:1px solid #999;padding:4px;vertical-align:top}}</style></head>
<body><header><div class="org">{html.escape(org)}</div><nav>Home &rsaquo; About us &rsaquo; Freedom of information &rsaquo; Disclosure log</nav></header>
<main><h1>{html.escape(title)}</h1>
<table class="meta">{meta}</table>
<h2>Request</h2>
{request_html}
<h2>Response</h2>
{response_html}
</main><footer><p>{html.escape(footer)}</p></footer></body></html>
"""


# ---------------------------------------------------------------- h6_06 Lancashire and South Cumbria ICB: chromium PDF
def h6_06():
    stem = "h6_06"
    req = "<p>Please provide the following information:</p>\n<ol>" + "".join(
        f"<li>{html.escape(q)}</li>" for n, q in CHC_Q) + "</ol>"
    A = [
        ("1", "As at 31 March 2024, 2,416 people were eligible for NHS Continuing Healthcare across Lancashire and South Cumbria."),
        ("2", "338 of these were receiving CHC through the Fast Track Pathway."),
        ("3", "529 joint funded packages were in place on the same date."),
        ("4", "Yes. The ICB has joint funding protocols with each of the four upper-tier local authorities in its "
              "area (Lancashire County Council, Blackpool Council, Blackburn with Darwen Borough Council and "
              "Westmorland and Furness Council)."),
        ("4a", "The protocols are being refreshed and the updated versions will be published on the ICB website once "
               "approved by the ICB Board in the autumn. We are therefore withholding them under section 22 of the "
               "Freedom of Information Act (information intended for future publication)."),
        ("5", "Eligibility is determined using the national Checklist, the Decision Support Tool (DST) and the Fast "
              "Track Pathway Tool. For joint packages the ICB and the local authority use a locally agreed "
              "apportionment matrix."),
        ("6", "The split for each joint package is agreed case by case; it is not a fixed percentage."),
        ("6a", "Not applicable."),
        ("7", "Yes – a local disputes resolution procedure is in place with each local authority."),
        ("7a", "17"),
        ("8", "£312.6m (2023/24)."),
        ("9", "This information is held by the local authorities and is not held by the ICB."),
        ("10", "1,884"),
        ("11", "NHS Lancashire and South Cumbria ICB."),
    ]
    resp = ("<p>NHS Lancashire and South Cumbria Integrated Care Board can confirm that it holds some of the "
            "information requested. Our response to each question is set out below.</p>\n"
            "<table class='qa'><tr><th>Question</th><th>Response</th></tr>" +
            "".join(f"<tr><td>{n}</td><td>{html.escape(a)}</td></tr>" for n, a in A) + "</table>"
            f"<p>{html.escape(REVIEW_NHS)}</p>")
    page = disclosure_page("FOI-LSC-24-0677 Continuing healthcare and joint funded packages",
                           [("Reference", "FOI-LSC-24-0677"), ("Description", "Continuing healthcare and joint funding split"),
                            ("Date received", "02/07/2024"), ("Date replied", "30/07/2024"),
                            ("Category", "Continuing Healthcare")],
                           req, resp, "NHS Lancashire and South Cumbria Integrated Care Board",
                           "Chorley House, Lancashire Business Park, Centurion Way, Leyland PR26 6TT")
    hp = os.path.join(RAW, stem + "_src.html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(page)
    chromium_pdf(hp, os.path.join(RAW, stem + ".pdf")); os.remove(hp)
    ls = ICB["QE1"]
    write_gold(stem, "pdf", "chc_funding_split", ls, "QE1", {
        "foi_reference": "FOI-LSC-24-0677", "response_date": "2024-07-30",
        "chc_eligible_count": 2416, "chc_as_at": "2024-03-31", "chc_fast_track_count": 338,
        "joint_packages_count": 529, "joint_funding_protocol": "yes",
        "protocol_copy_provided": anyof(False, WH),
        "chc_tools": ["checklist", "dst", "fast_track_tool", "local_tool"],
        "chc_split_fixed": False, "chc_health_share_pct": NA,
        "chc_disputes_procedure": "yes", "chc_disputes_count": 17,
        "icb_chc_spend_gbp": 312600000.0, "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": NH, "chc_fast_track_referrals_count": 1884,
        "chc_icbs": [ls], "exemptions": ["s22"]})


# ---------------------------------------------------------------- h6_07 Derby and Derbyshire ICB: e-mail Q1/A1
def h6_07():
    stem = "h6_07"
    A = {
        "1": "1,058 as at 31/03/2024.",
        "2": "Fast Track: 213",
        "3": "We are unable to provide this figure. Joint packages are recorded on the local authorities' "
             "systems and the ICB would need to review approximately 900 individual case files by hand to "
             "identify them. " + S12_NHS + " This part of your request is therefore refused under section 12.",
        "4": "Yes.",
        "4a": "Please find attached the Derbyshire Joint Funding Protocol (version 3.1).",
        "5": "The national Decision Support Tool (DST) is used to determine eligibility. For joint funding, "
             "a local tool – the Derbyshire joint funding calculator – is used to propose each party's contribution.",
        "6": "The majority of joint packages are split 50:50 between the ICB and the local authority. The split "
             "is revisited where the person's needs change.",
        "6a": "50%",
        "7": "Yes – the Derbyshire Disputes Resolution Protocol.",
        "7a": "Fewer than five (<5). The exact number is withheld under section 40(2) as, combined with other "
              "information, it could identify the individuals concerned.",
        "8": "£201,447,900",
        "9": "Not held by the ICB. Please contact Derbyshire County Council and Derby City Council, who may hold "
             "this information.",
        "10": "1,392",
        "11": "NHS Derby and Derbyshire ICB.",
    }
    lines = ["Good afternoon,", "",
             "Re: Freedom of Information request FOI/DDICB/2425/0391", "",
             "Thank you for your request for information dated 16 September 2024. Please find our response below.", ""]
    for n, q in CHC_Q:
        lines += [f"Q{n} {q}", f"A{n} {A[n]}", ""]
    lines += [REVIEW_NHS, "",
              "Kind regards", "",
              "FOI Team",
              "NHS Derby and Derbyshire Integrated Care Board",
              "Cardinal Square, 10 Nottingham Road, Derby DE1 3QT", "",
              "This e-mail and any attachments are confidential and intended solely for the addressee."]
    write_eml(os.path.join(RAW, stem + ".eml"),
              frm="DDICB FOI <ddicb.foi@nhs.net>", to="requester@example.org",
              subject="FOI/DDICB/2425/0391 - Response - CHC and joint funded packages",
              date="Mon, 14 Oct 2024 14:22:05 +0100", text="\n".join(lines), msgid="h6_07")
    dd = ICB["QJ2"]
    write_gold(stem, "eml", "chc_funding_split", dd, "QJ2", {
        "foi_reference": "FOI/DDICB/2425/0391", "response_date": "2024-10-14",
        "chc_eligible_count": 1058, "chc_as_at": "2024-03-31", "chc_fast_track_count": 213,
        "joint_packages_count": anyof(WH, NH), "joint_funding_protocol": "yes",
        "protocol_copy_provided": True, "chc_tools": ["dst", "local_tool"],
        "chc_split_fixed": True, "chc_health_share_pct": 50.0,
        "chc_disputes_procedure": "yes", "chc_disputes_count": WH,
        "icb_chc_spend_gbp": 201447900.0, "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": NH, "chc_fast_track_referrals_count": 1392,
        "chc_icbs": [dd], "exemptions": ["s12", "s40"]})


# ---------------------------------------------------------------- h6_08 Staffordshire and Stoke ICB: DOCX 4-column table
def h6_08():
    stem = "h6_08"
    doc = Document(); fix_props(doc, "SSOT ICB Information Governance", datetime.datetime(2024, 12, 5, 16, 0))
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    doc.add_heading("Freedom of Information Request – Response", level=1)
    doc.add_paragraph("NHS Staffordshire and Stoke-on-Trent Integrated Care Board\n"
                      "FOI reference: SSOT-FOI-2024-1417\nDate of response: 05.12.2024")
    doc.add_paragraph("Request: NHS Continuing Healthcare and joint packages – funding split")
    A = {
        "1": ("3,102 (31 March 2024)", ""),
        "2": ("Fast Track: 671", ""),
        "3": ("447", ""),
        "4": ("Yes", ""),
        "4a": ("The Staffordshire and Stoke-on-Trent Joint Funding Protocol is published on the ICB website: "
               "https://staffsstoke.icb.nhs.uk/about-us/policies/joint-funding-protocol", "Section 21"),
        "5": ("The national Checklist and the Decision Support Tool. Joint package contributions are agreed at "
              "the joint funding panel.", ""),
        "6": ("Agreed case by case.", ""),
        "6a": ("N/A", ""),
        "7": ("Yes", ""),
        "7a": ("Information not held – disputes are not recorded centrally by the ICB.", ""),
        "8": ("£263.4m – see breakdown below.", ""),
        "9": ("The ICB does not hold this information.", ""),
        "10": ("2,048", ""),
        "11": ("NHS Staffordshire and Stoke-on-Trent ICB", ""),
    }
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Number", "Question", "Response", "Exemption"]):
        c.text = ""; c.paragraphs[0].add_run(txt).bold = True
    for n, q in CHC_Q:
        r = t.add_row().cells
        r[0].text = n; r[1].text = q; r[2].text = A[n][0]; r[3].text = A[n][1]
    doc.add_paragraph("")
    doc.add_paragraph("Breakdown of NHS Continuing Healthcare spend 2023/24 by place (£m):")
    t2 = doc.add_table(rows=1, cols=2); t2.style = "Table Grid"
    t2.rows[0].cells[0].text = "Place"; t2.rows[0].cells[1].text = "2023/24 (£m)"
    for a, b in [("Staffordshire", "201.1"), ("Stoke-on-Trent", "62.3"), ("Total", "263.4")]:
        r = t2.add_row().cells; r[0].text = a; r[1].text = b
    doc.add_paragraph("")
    doc.add_paragraph("Section 21 – information reasonably accessible to the applicant by other means. Where information "
                      "is already published we are not required to provide it again, and we have given a link instead.")
    doc.add_paragraph(REVIEW_NHS)
    doc.add_paragraph("Information Governance Team\nNHS Staffordshire and Stoke-on-Trent ICB\nNew Beaconsfield House, Stafford")
    doc.save(os.path.join(RAW, stem + ".docx"))
    ss = ICB["QNC"]
    write_gold(stem, "docx", "chc_funding_split", ss, "QNC", {
        "foi_reference": "SSOT-FOI-2024-1417", "response_date": "2024-12-05",
        "chc_eligible_count": 3102, "chc_as_at": "2024-03-31", "chc_fast_track_count": 671,
        "joint_packages_count": 447, "joint_funding_protocol": "yes", "protocol_copy_provided": True,
        "chc_tools": ["checklist", "dst", "joint_panel"],
        "chc_split_fixed": False, "chc_health_share_pct": NA,
        "chc_disputes_procedure": "yes", "chc_disputes_count": NH,
        "icb_chc_spend_gbp": 263400000.0, "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": NH, "chc_fast_track_referrals_count": 2048,
        "chc_icbs": [ss], "exemptions": ["s21"]})


# ---------------------------------------------------------------- h6_09 LLR ICB: HTML headings + paragraphs
def h6_09():
    stem = "h6_09"
    A = {
        "1": "1,477 people were eligible for NHS Continuing Healthcare as at 31 March 2024.",
        "2": "296",
        "3": "348 joint funded packages.",
        "4": "Partially. A shared care protocol has been agreed with Leicester City Council; protocols with "
             "Leicestershire County Council and Rutland County Council remain in draft.",
        "4a": "A copy of the agreed Leicester City protocol is attached.",
        "5": "The ICB uses the national Checklist and Decision Support Tool to determine eligibility. Contributions "
             "to joint packages are calculated with the LLR Joint Funding Tool, a local tool based on a time to "
             "task analysis of the care plan.",
        "6": "There is no fixed percentage; each package is apportioned according to the health and social care "
             "tasks identified.",
        "6a": "Across 2023/24 the ICB's contribution averaged 38% of total package cost.",
        "7": "Yes.",
        "7a": "6",
        "8": "£188.9 million",
        "9": "This information is held by the local authorities and not by the ICB.",
        "10": "1,102",
        "11": "NHS Leicester, Leicestershire and Rutland ICB (LLR ICB).",
    }
    secs = []
    for n, q in CHC_Q:
        secs.append(f"<h3>Question {n}</h3>\n<p class='q'>{html.escape(q)}</p>\n<h4>Answer</h4>\n<p>{html.escape(A[n])}</p>")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>FOI 24-25/0612 NHS Continuing Healthcare | LLR ICB</title></head>
<body>
<header><p><a href="/">NHS Leicester, Leicestershire and Rutland Integrated Care Board</a></p></header>
<main>
<h1>NHS Continuing Healthcare – joint funding arrangements</h1>
<p><strong>Reference:</strong> FOI 24-25/0612</p>
<p><strong>Date published:</strong> 22nd January 2025</p>
<p><strong>Response sent:</strong> 17th January 2025</p>
<p><strong>Category:</strong> Continuing healthcare</p>
<h2>Your request</h2>
<p>The requester asked fourteen questions about NHS Continuing Healthcare eligibility, joint packages and funding
splits between the ICB and the local authorities. The questions and our answers are below.</p>
<h2>Our response</h2>
{chr(10).join(secs)}
<h2>Your rights</h2>
<p>{html.escape(REVIEW_NHS)}</p>
</main>
<footer><p>LLR ICB, Room G30, Pen Lloyd Building, County Hall, Glenfield, Leicester LE3 8TB</p></footer>
</body></html>
"""
    with open(os.path.join(RAW, stem + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    ll = ICB["QK1"]
    write_gold(stem, "html", "chc_funding_split", ll, "QK1", {
        "foi_reference": "FOI 24-25/0612", "response_date": "2025-01-17",
        "chc_eligible_count": 1477, "chc_as_at": "2024-03-31", "chc_fast_track_count": 296,
        "joint_packages_count": 348, "joint_funding_protocol": "partial", "protocol_copy_provided": True,
        "chc_tools": ["checklist", "dst", "local_tool", "time_to_task"],
        "chc_split_fixed": False, "chc_health_share_pct": 38.0,
        "chc_disputes_procedure": "yes", "chc_disputes_count": 6,
        "icb_chc_spend_gbp": 188900000.0, "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": NH, "chc_fast_track_referrals_count": 1102,
        "chc_icbs": [ll], "exemptions": []})


# ---------------------------------------------------------------- h6_10 Rotherham (council): Word "Question N -" / "Response:" -> PDF
def h6_10():
    stem = "h6_10"
    doc = Document(); fix_props(doc, "Rotherham MBC", datetime.datetime(2024, 8, 23, 12, 0))
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    p = doc.add_paragraph(); r = p.add_run("Rotherham Metropolitan Borough Council"); r.bold = True; r.font.size = Pt(14)
    doc.add_paragraph("Freedom of Information Request\nReference No: FOI-RMBC-2024-2873\nDate of response: 23/08/2024")
    doc.add_paragraph("Thank you for your request for information. The Council's response is provided below. "
                      "Please note that NHS Continuing Healthcare is the responsibility of the NHS; where the Council "
                      "does not hold the information we have said so.")
    A = {
        "1": "The Council does not hold CHC eligibility data. This information is held by NHS South Yorkshire "
             "Integrated Care Board, to whom you may wish to direct this question.",
        "2": "See response to question 1.",
        "3": "As at 31 March 2024 the Council was jointly funding 214 packages with the ICB.",
        "4": "Yes.",
        "4a": "The protocol is attached.",
        "5": "The Decision Support Tool is completed by the ICB under the National Framework. The Council and "
             "the ICB then use the Rotherham joint funding tool to apportion the cost of the package.",
        "6": "Case by case.",
        "6a": "Not applicable.",
        "7": "Yes.",
        "7a": "9 disputes were raised in 2023/24.",
        "8": "This is a question for the ICB. The information is not held by the Council.",
        "9": "The Council's gross contribution to jointly funded packages in 2023/24 was as follows:",
        "10": "Not held by the Council.",
        "11": "NHS South Yorkshire ICB",
    }
    for n, q in CHC_Q:
        p = doc.add_paragraph(); p.add_run(f"Question {n} -").bold = True
        doc.add_paragraph(q)
        p = doc.add_paragraph(); p.add_run("Response:").bold = True
        doc.add_paragraph(A[n])
        if n == "9":
            t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
            t.rows[0].cells[0].text = "Client group"; t.rows[0].cells[1].text = "2023/24"
            for a, b in [("Older people", "£3,104,220"), ("Learning disability", "£2,416,805"),
                         ("Mental health", "£891,116"), ("Physical disability", "£460,200"), ("Total", "£6,872,341")]:
                r = t.add_row().cells; r[0].text = a; r[1].text = b
    doc.add_paragraph("")
    doc.add_paragraph(REVIEW_COUNCIL)
    doc.add_paragraph("Information Governance\nRotherham Metropolitan Borough Council\nRiverside House, Main Street, Rotherham S60 1AE")
    tmp = os.path.join(RAW, stem + ".docx"); doc.save(tmp)
    soffice_pdf(tmp, os.path.join(RAW, stem + ".pdf")); os.remove(tmp)
    sy = ICB["QF7"]
    write_gold(stem, "pdf", "chc_funding_split", "Rotherham Metropolitan Borough Council", "E08000018", {
        "foi_reference": "FOI-RMBC-2024-2873", "response_date": "2024-08-23",
        "chc_eligible_count": NH, "chc_as_at": anyof(None, "2024-03-31"),
        "chc_fast_track_count": anyof(NH, SO),
        "joint_packages_count": 214, "joint_funding_protocol": "yes", "protocol_copy_provided": True,
        "chc_tools": ["dst", "local_tool"],
        "chc_split_fixed": False, "chc_health_share_pct": NA,
        "chc_disputes_procedure": "yes", "chc_disputes_count": 9,
        "icb_chc_spend_gbp": NH, "chc_spend_year": anyof(None, "2023/24"),
        "la_joint_packages_spend_gbp": 6872341.0, "chc_fast_track_referrals_count": NH,
        "chc_icbs": [sy], "exemptions": []})


ALL = [h6_06, h6_07, h6_08, h6_09, h6_10]
