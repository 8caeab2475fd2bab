"""Word letters converted to PDF with LibreOffice (h11_02, h11_15)."""
import os
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

from common import fix_docx_props, soffice_to_pdf

ICO = ("Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF "
       "(telephone 0303 123 1113, ico.org.uk)")


def _base(font="Arial", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = Cm(1.8)
    return doc


def _bold(doc, text, size=None, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def _save_pdf(doc, out_pdf, stem):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, stem + ".docx")
        doc.save(src)
        soffice_to_pdf(src, out_pdf)


# --------------------------------------------------------------------------------------------
REQ_ASC = [
    "Please provide the contact details for the DASS in your local authority.",
    "Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).",
    "Who provides your main operational system for Case Management?",
    "How many current care packages per week does the local authority contribute some or all of the cost towards?",
    "What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?",
    "How many of these current care packages are jointly funded with an ICB (both those under s.117 of the "
    "Mental Health Act and those funding under the Care Act because they do not meet CHC eligibility)?",
    "What is the Annual cost of care provided by ICBs for these cases?",
    "Which ICBs cover the Local Authority Area?",
    "Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?",
    "Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?",
    "Please provide a copy of it.",
    "Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?",
]


def h11_02(raw):
    doc = _base()
    head = doc.add_table(rows=1, cols=2)
    l, r = head.rows[0].cells
    l.text = ""
    lp = l.paragraphs[0]
    run = lp.add_run("North Tyneside Council")
    run.bold = True
    run.font.size = Pt(18)
    l.add_paragraph("Law and Governance - Information Governance")
    r.text = "Quadrant, The Silverlink North\nCobalt Business Park\nNorth Tyneside NE27 0BY"
    r.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("")
    meta = doc.add_table(rows=4, cols=2)
    for i, (k, v) in enumerate([("Our ref:", "NTC/FOI/2024/00318"), ("Your ref:", "FOI - ASC joint funding"),
                                ("Date:", "9 February 2024"), ("Contact:", "Information Governance Team")]):
        meta.rows[i].cells[0].text = k
        meta.rows[i].cells[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("Dear Mr Kettleborough,")
    _bold(doc, "Freedom of Information Act 2000 - Adult Social Care Joint Funding")
    doc.add_paragraph(
        "I write in response to your request for information dated 12 January 2024. You asked for the "
        "following information:")
    for q in REQ_ASC:
        doc.add_paragraph(q, style="List Number")
    _bold(doc, "Our response", size=13)
    doc.add_paragraph("North Tyneside Council holds the information you have asked for, which is set out below.")

    def qa(n, answer_paras):
        _bold(doc, "Question %d - %s" % (n, REQ_ASC[n - 1]))
        for a in answer_paras:
            doc.add_paragraph(a)

    qa(1, ["Dominic Fairweather-Lund, Director of Adult Social Services. Telephone: 0191 643 7300. "
           "E-mail: dass@northtyneside.gov.uk"])
    qa(2, ["Councillor Priya Okafor-Denton, Cabinet Member for Adult Social Care. Councillors can be contacted "
           "via the Democratic Services pages of the Council's website."])
    qa(3, ["Mosaic, supplied by The Access Group (previously Servelec)."])
    qa(4, ["3,208 people, as at 31 January 2024."])
    _bold(doc, "Question 5 - " + REQ_ASC[4])
    doc.add_paragraph("The table below shows expenditure on long-term care for the last two full years. The figure "
                      "asked for at question 5 is the net cost for 2022/23, shown in bold.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Financial year", "Gross expenditure", "Client income", "Net expenditure"]):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for yr, g, inc, net, bold in [("2021/22", "£88,104,552", "£17,233,910", "£70,870,642", False),
                                  ("2022/23", "£94,612,380", "£18,402,115", "£76,210,265", True)]:
        cells = t.add_row().cells
        for c, v in zip(cells, [yr, g, inc, net]):
            c.text = ""
            c.paragraphs[0].add_run(v).bold = bold and v == net
    doc.add_paragraph("")
    qa(6, ["412 packages are currently jointly funded with the ICB (section 117 and Care Act joint packages "
           "combined)."])
    qa(7, ["Joint packages are recorded as weekly commitments. The current ICB contribution to these packages is "
           "£118,260 per week."])
    qa(8, ["NHS North East and North Cumbria Integrated Care Board."])
    qa(9, ["Please see our answer to question 8."])
    qa(10, ["A joint funding policy is being drafted with the ICB and is expected to be agreed in spring 2024. "
            "Until then cases are handled under the North of Tyne interim arrangements."])
    qa(11, ["As the policy has not yet been agreed we are unable to provide a copy."])
    qa(12, ["Yes. We use the North of Tyne joint funding tool, a spreadsheet matrix that scores each need against "
            "the care domains of the Decision Support Tool and produces a proposed split."])
    doc.add_paragraph("")
    doc.add_paragraph(
        "If you are unhappy with the way your request has been handled, you can ask for an internal review. "
        "Please write to the Information Governance Team within 40 working days of the date of this letter. "
        "If you are still dissatisfied you may apply to the " + ICO + ".")
    doc.add_paragraph(
        "The information supplied is subject to copyright. You may re-use it under the terms of the Open "
        "Government Licence.")
    doc.add_paragraph("Yours sincerely\n\n\nAisha Brannigan\nInformation Governance Officer")
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.text = "North Tyneside Council - working with you, for you"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fix_docx_props(doc, "Information Governance")
    _save_pdf(doc, raw + "/h11_02.pdf", "h11_02")
    return {
        "questionnaire": "asc_joint_funding",
        "respondent": {"name": "North Tyneside Council", "code": "E08000022"},
        "gold": {
            "respondent": "North Tyneside Council",
            "foi_reference": "NTC/FOI/2024/00318",
            "response_date": "2024-02-09",
            "dass_name": "Dominic Fairweather-Lund",
            "dass_email": "dass@northtyneside.gov.uk",
            "dass_phone": {"any_of": ["0191 643 7300", "01916437300", "+44 191 643 7300"]},
            "portfolio_holder_name": "Priya Okafor-Denton",
            "case_management_system": "Mosaic",
            "case_management_supplier": "The Access Group",
            "care_packages_count": 3208,
            "care_packages_as_at": "2024-01-31",
            "la_annual_cost_gbp": 76210265.0,
            "la_cost_basis": "net",
            "cost_year": "2022/23",
            "jointly_funded_packages_count": 412,
            "icb_annual_cost_gbp": 6149520.0,
            "icb_weekly_cost_gbp": 118260.0,
            "icbs_covering": ["NHS North East and North Cumbria Integrated Care Board"],
            "main_icb": {"any_of": ["NHS North East and North Cumbria Integrated Care Board", {"state": "see_other"}]},
            "joint_funding_policy": "partial",
            "policy_copy_provided": {"any_of": [False, {"state": "not_applicable"}]},
            "joint_funding_tool": "yes",
            "joint_funding_methods": ["funding_matrix", "dst"],
            "exemptions": [],
        },
    }


# --------------------------------------------------------------------------------------------
def h11_15(raw):
    doc = _base(font="Calibri", size=11)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rr = p.add_run("NHS Nottingham and Nottinghamshire\nIntegrated Care Board")
    rr.bold = True
    rr.font.size = Pt(13)
    p2 = doc.add_paragraph("Sir John Robinson House\nSir John Robinson Way\nArnold, Nottingham NG5 6DA")
    p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("11 March 2025")
    doc.add_paragraph("Our reference: NN-ICB FOI 25/0217")
    doc.add_paragraph("Dear Requester,")
    doc.add_paragraph(
        "Thank you for your Freedom of Information request of 10 February 2025 about NHS Continuing Healthcare "
        "(CHC) and jointly funded packages. We have grouped our answers under headings which follow the order of "
        "your questions.")
    h = doc.add_heading("Eligibility and Fast Track", level=2)
    doc.add_paragraph(
        "At 31 March 2024, 2,384 people were eligible for NHS Continuing Healthcare across Nottingham and "
        "Nottinghamshire; 512 of them were receiving care through the Fast Track Pathway. Residents of Bassetlaw "
        "are the responsibility of NHS South Yorkshire ICB and are not included in these figures.")
    doc.add_heading("Joint packages", level=2)
    doc.add_paragraph(
        "318 joint funded packages for people below the CHC threshold were in place on the same date.")
    doc.add_heading("Local protocol", level=2)
    doc.add_paragraph(
        "Yes. The ICB has a joint funding protocol agreed with both Nottingham City Council and Nottinghamshire "
        "County Council. A copy is enclosed as Appendix A.")
    doc.add_heading("Tools used", level=2)
    doc.add_paragraph(
        "Eligibility is decided with the national Checklist and Decision Support Tool, and the Fast Track "
        "Pathway Tool where appropriate. Contributions to joint packages are calculated using a locally "
        "developed joint funding matrix, which is applied by the ICB's CHC team and the council's social "
        "worker together.")
    doc.add_heading("How the funding is split (questions 6 and 6a)", level=2)
    doc.add_paragraph(
        "Joint packages are not split by a fixed percentage. The matrix produces an individual split for each "
        "person, which in practice ranges between about 30% and 60% health.")
    doc.add_heading("Disputes", level=2)
    doc.add_paragraph(
        "A disputes procedure is part of the joint protocol. 14 disputes were raised under it during 2023/24.")
    doc.add_heading("Expenditure", level=2)
    doc.add_paragraph(
        "The ICB's total spend on NHS Continuing Healthcare in 2023/24 was £171.9m. The local authorities' "
        "contributions to joint funded packages in 2023/24, as recorded in the joint packages ledger, were "
        "£4.6m (Nottingham City Council) and £11.2m (Nottinghamshire County Council), £15.8m in total.")
    doc.add_heading("Fast Track referrals", level=2)
    doc.add_paragraph("2,977 Fast Track referrals were received in 2023/24.")
    doc.add_heading("Responsible ICB", level=2)
    doc.add_paragraph(
        "NHS Nottingham and Nottinghamshire ICB is responsible for CHC for residents of both council areas.")
    doc.add_heading("Your rights", level=2)
    doc.add_paragraph(
        "If you are dissatisfied with the handling of your request you have the right to ask for an internal "
        "review within 40 working days. If you are not content with the outcome you may complain to the "
        + ICO + ". Please remember to quote the reference number above in any future communications.")
    doc.add_paragraph("Yours faithfully,\n\nFreedom of Information Team\nNHS Nottingham and Nottinghamshire ICB")
    fix_docx_props(doc, "FOI Team")
    _save_pdf(doc, raw + "/h11_15.pdf", "h11_15")
    return {
        "questionnaire": "chc_funding_split",
        "respondent": {"name": "NHS Nottingham and Nottinghamshire Integrated Care Board", "code": "QT1"},
        "gold": {
            "respondent": "NHS Nottingham and Nottinghamshire Integrated Care Board",
            "foi_reference": "NN-ICB FOI 25/0217",
            "response_date": "2025-03-11",
            "chc_eligible_count": 2384,
            "chc_as_at": "2024-03-31",
            "chc_fast_track_count": 512,
            "joint_packages_count": 318,
            "joint_funding_protocol": "yes",
            "protocol_copy_provided": True,
            "chc_tools": ["dst", "checklist", "fast_track_tool", "local_tool"],
            "chc_split_fixed": False,
            "chc_health_share_pct": None,
            "chc_disputes_procedure": "yes",
            "chc_disputes_count": 14,
            "icb_chc_spend_gbp": 171900000.0,
            "chc_spend_year": "2023/24",
            "la_joint_packages_spend_gbp": 15800000.0,
            "chc_fast_track_referrals_count": 2977,
            "chc_icbs": ["NHS Nottingham and Nottinghamshire Integrated Care Board"],
            "exemptions": [],
        },
    }


DOCS = [h11_02, h11_15]
