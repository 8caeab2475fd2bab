"""Build heldout5: 16 FOI responses (8 PDF, 5 EML, 3 DOCX) and their gold files.

Run from the repository root:   .venv/bin/python data/heldout5/build.py
Standard library + reportlab + python-docx only. Output is written to data/heldout5/raw and
data/heldout5/gold. Every person, figure and reference number is invented.
"""
import io
import json
import os
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT, TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, FrameBreak, KeepTogether)
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")
GOLD = os.path.join(HERE, "gold")
os.makedirs(RAW, exist_ok=True)
os.makedirs(GOLD, exist_ok=True)

W = {"state": "withheld"}
NH = {"state": "not_held"}
NA = {"state": "not_applicable"}
SO = {"state": "see_other"}


def any_of(*xs):
    return {"any_of": list(xs)}


def no_empty_alternatives(value):
    """SPEC gold: null or [] is never one alternative of any_of ("write null on its own").
    "X or nothing" is written X; "nothing either way" is null."""
    if isinstance(value, dict) and "any_of" in value:
        alts = [a for a in value["any_of"] if a is not None and a != []]
        return None if not alts else alts[0] if len(alts) == 1 else {"any_of": alts}
    return value


def write_gold(stem, ext, questionnaire, name, code, gold):
    g = {"source_file": f"{stem}.{ext}", "questionnaire": questionnaire,
         "respondent": {"name": name, "code": code},
         "gold": {k: no_empty_alternatives(v) for k, v in gold.items()}}
    with open(os.path.join(GOLD, f"{stem}.json"), "w") as f:
        json.dump(g, f, indent=2, ensure_ascii=False)
        f.write("\n")


# --------------------------------------------------------------------------- boilerplate
REVIEW_COUNCIL = (
    "If you are dissatisfied with the handling of your request, you have the right to ask for an "
    "internal review. Internal review requests should be submitted within 40 working days of the "
    "date of receipt of this response and should be addressed to the Information Governance Team at "
    "the address above. If you are not content with the outcome of the internal review, you have the "
    "right to apply directly to the Information Commissioner for a decision. The Information "
    "Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, "
    "Wilmslow, Cheshire SK9 5AF, or via www.ico.org.uk.")
S12_TEXT = (
    "Section 12 of the Freedom of Information Act 2000 allows a public authority to refuse a request "
    "where the cost of compliance would exceed the appropriate limit. For local authorities this limit "
    "is set at £450, which represents 18 hours of officer time calculated at £25 per hour, as set out "
    "in the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004.")
S40_TEXT = (
    "Direct contact details of individual officers have been withheld under section 40(2) of the "
    "Freedom of Information Act 2000 (personal information), as disclosure would breach the first "
    "data protection principle.")
REUSE = ("Most of the information we provide in response to Freedom of Information requests will be "
         "subject to copyright protection. You are free to use it for your own purposes, including "
         "non-commercial research and news reporting.")


# --------------------------------------------------------------------------- PDF helpers
def pdf_doc(path, title, footer_left, font="Helvetica", two_col=False, header_right=None):
    """A BaseDocTemplate with a running footer 'Page N of M' (two passes)."""

    class Doc(BaseDocTemplate):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self.total_pages = 0

        def afterFlowable(self, fl):
            pass

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(20 * mm, 12 * mm, footer_left)
        total = getattr(doc, "_known_total", None)
        txt = f"Page {doc.page} of {total}" if total else f"Page {doc.page}"
        canvas.drawRightString(190 * mm, 12 * mm, txt)
        if header_right and doc.page > 1:
            canvas.drawRightString(190 * mm, 285 * mm, header_right)
        canvas.restoreState()

    frames = []
    if two_col:
        gap = 8 * mm
        wcol = (170 * mm - gap) / 2
        frames = [Frame(20 * mm, 20 * mm, wcol, 255 * mm, id="c1"),
                  Frame(20 * mm + wcol + gap, 20 * mm, wcol, 255 * mm, id="c2")]
    else:
        frames = [Frame(20 * mm, 20 * mm, 170 * mm, 257 * mm, id="f")]

    def build(story_fn):
        # first pass to count pages, second pass with the total known
        buf = io.BytesIO()
        d = Doc(buf, pagesize=A4, title=title, author=footer_left, invariant=1)
        d.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=on_page)])
        d.build(story_fn())
        n = d.page
        d2 = Doc(path, pagesize=A4, title=title, author=footer_left, invariant=1)
        d2._known_total = n
        d2.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=on_page)])
        d2.build(story_fn())
    return build


def styles(font="Helvetica", bold="Helvetica-Bold", size=10.5):
    return {
        "n": ParagraphStyle("n", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=5),
        "b": ParagraphStyle("b", fontName=bold, fontSize=size, leading=size * 1.3, spaceAfter=3),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.3, spaceAfter=8),
        "small": ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3, spaceAfter=3),
        "right": ParagraphStyle("r", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.3, alignment=TA_RIGHT),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.25),
        "ind": ParagraphStyle("i", fontName=font, fontSize=size, leading=size * 1.3, leftIndent=8 * mm, spaceAfter=6),
        "center": ParagraphStyle("ce", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3, alignment=TA_CENTER, spaceAfter=6),
    }


def P(text, st):
    return Paragraph(text, st)


def letterhead(S, body_lines, ref_rows, colwidths=(95 * mm, 75 * mm)):
    left = [P(x, S["b"] if i == 0 else S["small"]) for i, x in enumerate(body_lines)]
    right = [[P(k, S["small"]), P(v, S["small"])] for k, v in ref_rows]
    rt = Table(right, colWidths=(28 * mm, 47 * mm))
    rt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 1),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    t = Table([[left, rt]], colWidths=colwidths)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


# --------------------------------------------------------------------------- DOCX / EML helpers
def docx_bytes(doc):
    doc.core_properties.created = datetime(2024, 1, 1, tzinfo=timezone.utc)
    doc.core_properties.modified = datetime(2024, 1, 1, tzinfo=timezone.utc)
    doc.core_properties.author = "Information Governance"
    buf = io.BytesIO()
    doc.save(buf)
    # re-zip with fixed timestamps so the build is byte-for-byte repeatable
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def quote(text):
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.strip("\n").split("\n"))


def save_eml(stem, msg):
    if msg.is_multipart():
        msg.set_boundary(f"=_{stem}_boundary_0001")
    with open(os.path.join(RAW, f"{stem}.eml"), "wb") as f:
        f.write(bytes(msg))


def new_msg(frm, to, subject, when, msgid):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = msgid
    m["MIME-Version"] = "1.0"
    return m


REQUESTER = "Alex Morgan <alex.morgan.research@protonmail.com>"

# =========================================================================== h5_01
# Northumberland County Council, ASC, PDF letter (Times), answers below each question.


def h5_01():
    stem = "h5_01"
    S = styles("Times-Roman", "Times-Bold", 11)
    build = pdf_doc(os.path.join(RAW, f"{stem}.pdf"), "FOI response NCC-FOI-24-03117",
                    "Northumberland County Council - Information Governance", font="Times-Roman",
                    header_right="Our ref: NCC-FOI-24-03117")
    qa = [
        ("1. Please provide the contact details for the DASS in your local authority.",
         ["The Director of Adult Social Care and Housing (the statutory DASS) is Graham Astley &#8211;",
          "The Director's direct e-mail address and telephone number have been withheld under section "
          "40(2). Correspondence may be sent to the Council's main address at County Hall, Morpeth."]),
        ("2. Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).",
         ["Councillor Irene Dalgleish, Cabinet Member for Adult Wellbeing. Councillors' contact details "
          "are published on the Council's website."]),
        ("3. Who provides your main operational system for Case Management?",
         ["Our adult social care case management system is Liquidlogic LAS, provided by System C. "
          "Provider payments and financial assessments are processed through ContrOCC (Oxford Computer "
          "Consultants)."]),
        ("4. How many current care packages per week does the local authority contribute some or all of "
         "the cost towards?",
         ["3,412 care packages, as at 29 February 2024."]),
        ("5. What is your Annual cost of this care provided by the Local Authority (for the last full "
         "year 2022/23)?",
         ["Gross expenditure for 2022/23 was &#163;142,806,311. This is before client contributions and "
          "other income."]),
        ("6. How many of these current care packages are jointly funded with an ICB (both those under "
         "s.117 of the Mental Health Act and those funding under the Care Act because they do not meet "
         "CHC eligibility)?",
         ["276"]),
        ("7. What is the Annual cost of care provided by ICBs for these cases?",
         ["The Council does not hold an annual figure for the ICB's share. Based on the packages open "
          "at the date given in question 4, the ICB contribution is &#163;118,540 per week."]),
        ("8. Which ICBs cover the Local Authority Area?",
         ["NHS North East and North Cumbria Integrated Care Board (NENC ICB)."]),
        ("9. Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?",
         ["Yes &#8211; NENC ICB, through its Northumberland place team."]),
        ("10. Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?",
         ["Yes. The Northumberland Joint Funding Policy was agreed with the ICB in 2023."]),
        ("11. Please provide a copy of it.",
         ["A copy of the policy is enclosed with this letter."]),
        ("12. Does the Local Authority have a Joint Funding Tool or documented methodology for "
         "calculating funding splits?",
         ["There is no separate calculation tool. The Decision Support Tool informs the health needs "
          "identified and the split for each person is then agreed at the monthly Joint Funding Panel, "
          "attended by the ICB and the Council, with any disagreement escalated under the policy's "
          "disputes procedure."]),
    ]

    def story():
        s = [P("NORTHUMBERLAND COUNTY COUNCIL", S["center"]),
             letterhead(S, ["Information Governance", "County Hall", "Morpeth", "Northumberland NE61 2EF",
                            "foi@northumberland.gov.uk"],
                        [("Our ref:", "NCC-FOI-24-03117"), ("Date received:", "11 March 2024"),
                         ("Date of response:", "8 April 2024"), ("Contact:", "Freya Lindqvist")]),
             Spacer(1, 8 * mm),
             P("Dear Alex Morgan", S["n"]),
             P("<b>Freedom of Information Act 2000 &#8211; Request for Information: Adult Social Care &#8211; "
               "Joint Funding</b>", S["n"]),
             P("Thank you for your request for information received on 11 March 2024. I can confirm that "
               "Northumberland County Council holds some of the information you requested. Your questions "
               "are set out below in bold, with our response beneath each one.", S["n"]),
             Spacer(1, 3 * mm)]
        for q, ans in qa:
            s.append(P(q, S["b"]))
            for a in ans:
                s.append(P(a, S["ind"]))
        s += [Spacer(1, 4 * mm), P("<b>Exemptions applied</b>", S["n"]), P(S40_TEXT, S["n"]),
              P("<b>Your right to request a review</b>", S["n"]), P(REVIEW_COUNCIL, S["n"]),
              P(REUSE, S["n"]), Spacer(1, 6 * mm), P("Yours sincerely", S["n"]), Spacer(1, 6 * mm),
              P("Freya Lindqvist", S["n"]), P("Information Governance Officer", S["n"])]
        return s

    build(story)
    write_gold(stem, "pdf", "asc_joint_funding", "Northumberland County Council", "E06000057", {
        "respondent": "Northumberland County Council",
        "foi_reference": "NCC-FOI-24-03117",
        "response_date": "2024-04-08",
        "dass_name": "Graham Astley",
        "dass_email": W,
        "dass_phone": W,
        "portfolio_holder_name": "Irene Dalgleish",
        "case_management_system": "Liquidlogic Adults' Social Care System",
        "case_management_supplier": "System C",
        "care_packages_count": 3412,
        "care_packages_as_at": "2024-02-29",
        "la_annual_cost_gbp": 142806311.0,
        "la_cost_basis": "gross",
        "cost_year": "2022/23",
        "jointly_funded_packages_count": 276,
        "icb_annual_cost_gbp": 6164080.0,
        "icb_weekly_cost_gbp": 118540.0,
        "icbs_covering": ["NHS North East and North Cumbria Integrated Care Board"],
        "main_icb": "NHS North East and North Cumbria Integrated Care Board",
        "joint_funding_policy": "yes",
        "policy_copy_provided": True,
        "joint_funding_tool": "partial",
        "joint_funding_methods": any_of(["dst", "joint_funding_panel", "dispute_process"],
                                        ["dst", "joint_funding_panel", "dispute_process", "case_by_case"]),
        "exemptions": ["s40"],
    })


# =========================================================================== h5_02
# Bolton, CSC, PDF with a two-column Q/A table (unruled), letterhead, Helvetica.


def h5_02():
    stem = "h5_02"
    S = styles("Helvetica", "Helvetica-Bold", 10)
    build = pdf_doc(os.path.join(RAW, f"{stem}.pdf"), "Freedom of Information response",
                    "Bolton Council | Information Governance Unit | FOI 14392", font="Helvetica")
    rows = [
        ("Q1", "Do you have a joint commissioning framework for externally commissioned placements for children?",
         "Yes. Bolton's Children's Placement Commissioning Framework (2022&#8211;2026) covers residential, "
         "fostering (independent fostering agencies) and supported accommodation."),
        ("Q1a", "If yes, does this joint commissioning framework include partners from health (eg CCG or new ICBs)?",
         "Yes &#8211; NHS Greater Manchester Integrated Care (Bolton locality) is a signatory."),
        ("Q1b", "Please share the terms of reference (ToR) or joint agreement, if health are included",
         "The terms of reference of the Bolton Complex Placements Panel are attached as Appendix A."),
        ("Q2", "Do health (eg CCG/ICB) joint fund externally commissioned placements (eg residential, "
               "therapeutic foster care, SEND, semi-independent provision)?",
         "Health contribute on a case-by-case basis where a child has identified health needs that are "
         "being met by the placement."),
        ("Q2a", "If yes, what are the terms (please share a ToR or agreement)?",
         "Contributions are agreed at the Complex Placements Panel, reviewed at least every six months, "
         "and recorded in an individual funding agreement. See Appendix A."),
        ("Q2b", "If yes, how is that funding split for the following (e.g. a shared percentage cost)",
         "There is no fixed percentage. The split is agreed for each child according to the proportion "
         "of the placement that meets health need."),
        ("Q3", "Do any other partners contribute (over and above children's social care and health/CCG)?",
         "Yes."),
        ("Q3a", "If yes, who and on what terms?",
         "Education (SEND, High Needs Block) contributes the education element of residential special "
         "school placements, as set out in the child's EHC plan."),
        ("Q4", "Is the criteria in the continuing care funding model used as a methodology for split funding?",
         "Yes"),
        ("Q4b", "If yes, is this the only criteria health use to determine funding?",
         "No. The ICB also uses the CHAT (Children's Health Assessment Tool) in some cases."),
        ("Q5", "What was your Council yearly spend on external placements?",
         "&#163;38,412,907 in 2022/23."),
        ("Q5a", "What element of that was funded by health?", "&#163;1,342,600 (3.5%)"),
        ("Q5b", "What element of that was funded by education?", "&#163;4,116,250 (10.7%)"),
        ("Q5c", "What element of that was funded by other?", "&#163;0"),
        ("Q6", "Have you involved children or parents in your joint commissioning process?",
         "Yes &#8211; through the Children in Care Council (Bolton Voices) and the Bolton Parent Carer Forum."),
        ("Q7", "Do you refer to any models of practice in your commissioning framework or joint funding framework?",
         "No"),
        ("Q7a", "If yes, please share this?", "N/A"),
        ("Q8", "Do you have any other comments?", "No further comments."),
    ]

    def story():
        s = [P("<font size=16><b>Bolton Council</b></font>", S["n"]),
             P("Information Governance Unit, Town Hall, Victoria Square, Bolton BL1 1RU", S["small"]),
             Spacer(1, 4 * mm),
             letterhead(S, ["Mr A Morgan", "By e-mail only"],
                        [("Request no.", "FOI 14392"), ("Received", "02/01/2024"), ("Response", "29/01/2024"),
                         ("Officer", "Kieran Molloy")]),
             Spacer(1, 6 * mm),
             P("<b>Freedom of Information Request &#8211; Joint Commissioning of Children's Placements</b>", S["n"]),
             P("Further to your request, please find the Council's response in the table below. The "
               "information has been supplied by Children's Services Commissioning.", S["n"]),
             Spacer(1, 2 * mm)]
        data = [[P("<b>No.</b>", S["cell"]), P("<b>Your question</b>", S["cell"]), P("<b>Council response</b>", S["cell"])]]
        for n, q, a in rows:
            data.append([P(n, S["cellb"]), P(q, S["cell"]), P(a, S["cell"])])
        t = Table(data, colWidths=(14 * mm, 70 * mm, 86 * mm), repeatRows=1)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        s += [t, Spacer(1, 6 * mm), P("<b>Internal review</b>", S["n"]), P(REVIEW_COUNCIL, S["n"]),
              Spacer(1, 4 * mm), P("Kind regards,", S["n"]), P("Kieran Molloy<br/>Information Governance Officer", S["n"])]
        return s

    build(story)
    write_gold(stem, "pdf", "csc_joint_commissioning", "Bolton Metropolitan Borough Council", "E08000001", {
        "respondent": "Bolton Metropolitan Borough Council",
        "foi_reference": "FOI 14392",
        "response_date": "2024-01-29",
        "joint_commissioning_framework": "yes",
        "framework_includes_health": "yes",
        "framework_tor_provided": True,
        "health_joint_funds_placements": any_of("case_by_case", "yes"),
        "fixed_percentage_split": False,
        "other_partners_contribute": "yes",
        "other_partners": ["Education"],
        "continuing_care_model_used": "yes",
        "continuing_care_only_criteria": "no",
        "other_health_tools": ["CHAT"],
        "external_placements_spend_gbp": 38412907.0,
        "spend_year": "2022/23",
        "health_share_gbp": 1342600.0,
        "health_share_pct": 3.5,
        "education_share_gbp": 4116250.0,
        "education_share_pct": 10.7,
        "other_share_gbp": 0.0,
        "other_share_pct": any_of(0, None),
        "children_parents_involved": "yes",
        "models_of_practice": "no",
        "exemptions": [],
    })


# =========================================================================== h5_03
# Cambridgeshire, s117, PDF: bold questions, answers underneath, a £000 table by year.


def h5_03():
    stem = "h5_03"
    S = styles("Helvetica", "Helvetica-Bold", 10)
    build = pdf_doc(os.path.join(RAW, f"{stem}.pdf"), "FOI 2025-0418 response",
                    "Cambridgeshire County Council  OFFICIAL", font="Helvetica",
                    header_right="FOI 2025-0418")

    def story():
        s = [P("<font size=15 color='#00529b'><b>Cambridgeshire County Council</b></font>", S["n"]),
             P("New Shire Hall, Emery Crescent, Enterprise Campus, Alconbury Weald, Huntingdon PE28 4YE", S["small"]),
             Spacer(1, 5 * mm),
             letterhead(S, ["Alex Morgan", "(via e-mail)"],
                        [("FOI reference", "FOI 2025-0418"), ("Date", "14 February 2025"),
                         ("Request received", "16 January 2025")]),
             Spacer(1, 6 * mm),
             P("<b>Request for information: Section 117 Mental Health Act aftercare</b>", S["h"]),
             P("Thank you for your request. We have now considered it under the Freedom of Information Act "
               "2000 and our response is set out below.", S["n"]),
             P("<b>1. How many people were receiving section 117 aftercare funded wholly or partly by the "
               "local authority as at 31 March 2024?</b>", S["n"]),
             P("823 people.", S["ind"]),
             P("<b>2. How many of these people have their section 117 aftercare jointly funded with the ICB?</b>", S["n"]),
             P("511 of the 823 are jointly funded with the Integrated Care Board.", S["ind"]),
             P("<b>3. Does the local authority have an agreed section 117 joint policy or protocol with the "
               "ICB? If so, please provide a copy of the section 117 policy or protocol.</b>", S["n"]),
             P("Yes. The Cambridgeshire and Peterborough Section 117 Aftercare Joint Policy is enclosed.", S["ind"]),
             P("<b>4. How is the cost of section 117 aftercare split between the local authority and the ICB, "
               "for example a fixed percentage such as 50/50, case by case, or agreed at a panel? Where a "
               "percentage split is used, what percentage of the cost does the ICB pay?</b>", S["n"]),
             P("Where a package is jointly funded the cost is split 50/50 between the Council and the ICB, "
               "unless the Complex Cases Panel agrees a different apportionment for an individual. The ICB "
               "therefore pays 50% in most cases.", S["ind"]),
             P("<b>5. What was the local authority's total spend on section 117 aftercare in the last full "
               "financial year (2023/24)?</b>", S["n"]),
             P("<b>6. What was the ICB's spend on section 117 aftercare for people in your area in the same "
               "year?</b>", S["n"]),
             P("Questions 5 and 6 are answered together in the table below. Figures are in &#163;000 and for "
               "information we have included the two previous years.", S["ind"])]
        data = [["Financial year", "Council spend (£000)", "ICB contribution (£000)"],
                ["2021/22", "11,960", "5,488"],
                ["2022/23", "13,015", "6,204"],
                ["2023/24", "14,282", "6,905"]]
        t = Table(data, colWidths=(40 * mm, 50 * mm, 55 * mm), hAlign="CENTER")
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                               ("FONTSIZE", (0, 0), (-1, -1), 9),
                               ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
        s += [t, Spacer(1, 5 * mm),
              P("<b>7. Has your section 117 policy been reviewed or updated since the 2024/25 section 117 "
                "aftercare guidance was published?</b>", S["n"]),
              P("The joint policy is currently being reviewed with the ICB in the light of the new guidance; "
                "we expect the revised policy to be agreed in spring 2025.", S["ind"]),
              P("<b>8. Which ICB is the lead ICB for section 117 aftercare in your area?</b>", S["n"]),
              P("NHS Cambridgeshire and Peterborough ICB.", S["ind"]),
              P("<b>9. Do you keep a joint register with the ICB of people entitled to section 117 "
                "aftercare?</b>", S["n"]),
              P("No. Each organisation keeps its own register and the two are reconciled quarterly.", S["ind"]),
              P("<b>10. How many people were discharged from section 117 aftercare in 2023/24?</b>", S["n"]),
              P("37", S["ind"]),
              P("<b>11. Is there an agreed process for resolving disputes with the ICB about section 117 "
                "funding?</b>", S["n"]),
              P("Yes, section 9 of the joint policy sets out a three-stage disputes process.", S["ind"]),
              P("<b>12. Please provide the name and contact details of the officer responsible for section "
                "117 aftercare.</b>", S["n"]),
              P("Hollie Tranter, Head of Mental Health Social Work. Enquiries can be sent to the team "
                "mailbox: s117enquiries@cambridgeshire.gov.uk", S["ind"]),
              Spacer(1, 4 * mm),
              P("<b>Right of appeal</b>", S["n"]), P(REVIEW_COUNCIL, S["small"]),
              P("Information Rights Team<br/>Cambridgeshire County Council", S["n"])]
        return s

    build(story)
    write_gold(stem, "pdf", "s117_aftercare", "Cambridgeshire County Council", "E10000003", {
        "respondent": "Cambridgeshire County Council",
        "foi_reference": "FOI 2025-0418",
        "response_date": "2025-02-14",
        "s117_people_count": 823,
        "s117_as_at": "2024-03-31",
        "s117_jointly_funded_count": 511,
        "s117_joint_policy": "yes",
        "s117_policy_copy_provided": True,
        "s117_split_basis": "fixed_percentage",
        "s117_split_methods": any_of(["fixed_split", "joint_panel"], ["fixed_split", "joint_panel", "case_by_case"]),
        "s117_icb_share_pct": 50,
        "la_s117_spend_gbp": 14282000.0,
        "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": 6905000.0,
        "s117_policy_reviewed": "partial",
        "s117_lead_icb": "NHS Cambridgeshire and Peterborough Integrated Care Board",
        "s117_joint_register": any_of("no", "partial"),
        "s117_discharged_count": 37,
        "s117_disputes_process": "yes",
        "s117_contact_name": "Hollie Tranter",
        "s117_contact_email": any_of("s117enquiries@cambridgeshire.gov.uk", None),
        "s117_contact_phone": None,
        "exemptions": [],
    })


# =========================================================================== h5_04
# NHS Black Country ICB, CHC, PDF letter; disputes broken down by year in a ruled table.


def h5_04():
    stem = "h5_04"
    S = styles("Helvetica", "Helvetica-Bold", 10)
    build = pdf_doc(os.path.join(RAW, f"{stem}.pdf"), "FOI BCICB-FOI-2024-1186",
                    "NHS Black Country Integrated Care Board", font="Helvetica")

    def story():
        s = [Table([[P("<font color='#005eb8' size=18><b>NHS</b></font>", S["right"])]], colWidths=(170 * mm,)),
             P("<b>Black Country</b><br/>Integrated Care Board", S["right"]),
             Spacer(1, 6 * mm),
             P("Civic Centre, St Peter's Square, Wolverhampton WV1 1SH", S["small"]),
             P("Email: bcicb.foi@nhs.net", S["small"]),
             Spacer(1, 5 * mm),
             P("Our Ref: BCICB-FOI-2024-1186", S["n"]),
             P("Date: 19 September 2024", S["n"]),
             Spacer(1, 4 * mm),
             P("Dear Requester,", S["n"]),
             P("<b>Re: Freedom of Information Request</b>", S["n"]),
             P("Thank you for your request for information, which we received on 22 August 2024. Please "
               "find our response below. The figures cover the four local authority areas of Dudley, "
               "Sandwell, Walsall and Wolverhampton.", S["n"])]
        qa = [
            ("1. How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?",
             "2,318 people were eligible for NHS CHC as at 31 March 2024."),
            ("2. How many of these people were receiving CHC through the Fast Track Pathway?", "641"),
            ("3. How many joint funded packages (shared care between health and social care for people below "
             "the CHC threshold) were in place?", "512 joint funded packages were in place at 31 March 2024."),
            ("4. Is there a local joint funding or shared care protocol agreed between the ICB and the local "
             "authority?", "Yes. The Black Country Joint Funding Protocol is agreed with all four local authorities."),
            ("4a. If so, please provide a copy of the protocol.", "Please find a copy attached."),
            ("5. Which tool is used to decide CHC eligibility and the contributions to joint packages (for example "
             "the national Decision Support Tool or a local tool)?",
             "Eligibility is decided using the National Framework tools: the Checklist, the Decision Support "
             "Tool and the Fast Track Pathway Tool. Contributions to joint packages are apportioned using the "
             "Black Country joint funding tool, a locally developed tool agreed with the local authorities."),
            ("6. Is the funding of joint packages split by a fixed percentage, or agreed case by case?",
             "Case by case. The health contribution reflects the health needs identified for each person."),
            ("6a. If a fixed or typical percentage is used, what share of the cost does health pay?",
             "Not applicable &#8211; please see our response to question 6."),
            ("7. Is there an agreed disputes procedure between the ICB and the local authority for CHC and "
             "joint funding decisions?", "Yes, the disputes procedure forms part of the protocol."),
            ("7a. How many disputes were raised under the disputes procedure in 2023/24?",
             "The number of disputes raised in each of the last three years is shown below:"),
        ]
        for q, a in qa:
            s.append(KeepTogether([P(q, S["b"]), P(a, S["ind"])]))
        t = Table([["Year", "Disputes raised"], ["2021/22", "9"], ["2022/23", "14"], ["2023/24", "11"]],
                  colWidths=(40 * mm, 40 * mm))
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
        s += [t, Spacer(1, 4 * mm)]
        qa2 = [
            ("8. What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?",
             "&#163;187.6m (adult NHS Continuing Healthcare, 2023/24 outturn)."),
            ("9. What was the local authority's annual contribution to joint funded packages in 2023/24?",
             "This information is not held by the ICB. The local authorities' contributions are paid "
             "directly by each council, and you may wish to contact them."),
            ("10. How many Fast Track referrals were received in 2023/24?", "2,904"),
            ("11. Which ICB or ICBs are responsible for CHC for the residents of your area?",
             "NHS Black Country Integrated Care Board."),
        ]
        for q, a in qa2:
            s.append(KeepTogether([P(q, S["b"]), P(a, S["ind"])]))
        s += [Spacer(1, 4 * mm),
              P("If you are unhappy with the way your request has been handled, you may ask for an internal "
                "review by writing to the FOI team at the address above within 40 working days. If you remain "
                "dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water "
                "Lane, Wilmslow, Cheshire SK9 5AF.", S["small"]),
              Spacer(1, 4 * mm), P("Yours faithfully,", S["n"]), P("Freedom of Information Team", S["n"]),
              P("NHS Black Country Integrated Care Board", S["n"])]
        return s

    build(story)
    write_gold(stem, "pdf", "chc_funding_split", "NHS Black Country Integrated Care Board", "QUA", {
        "respondent": "NHS Black Country Integrated Care Board",
        "foi_reference": "BCICB-FOI-2024-1186",
        "response_date": "2024-09-19",
        "chc_eligible_count": 2318,
        "chc_as_at": "2024-03-31",
        "chc_fast_track_count": 641,
        "joint_packages_count": 512,
        "joint_funding_protocol": "yes",
        "protocol_copy_provided": True,
        "chc_tools": ["checklist", "dst", "fast_track_tool", "local_tool"],
        "chc_split_fixed": False,
        "chc_health_share_pct": any_of(NA, SO),
        "chc_disputes_procedure": "yes",
        "chc_disputes_count": 11,
        "icb_chc_spend_gbp": 187600000.0,
        "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": NH,
        "chc_fast_track_referrals_count": 2904,
        "chc_icbs": ["NHS Black Country Integrated Care Board"],
        "exemptions": [],
    })


# =========================================================================== h5_05
# Calderdale, ASC, e-mail: answers first, the request quoted below.


def h5_05():
    stem = "h5_05"
    request = """Dear Calderdale Council,

Under the Freedom of Information Act 2000 please provide:

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

Yours faithfully,
Alex Morgan"""
    body = f"""Dear Alex Morgan,

Freedom of Information request - reference CMBC/FOI/7712

Thank you for your request received on 4 June 2024. Calderdale Council's response is below.

1) Robert Kettlewell, Director of Adult Services and Wellbeing
   robert.kettlewell@calderdale.gov.uk
   01422 288001

2) Cllr Megan Ashworth, Cabinet Member for Adult Social Care and Public Health

3) Mosaic - supplied by The Access Group (previously Servelec).

4) 1,987 people were receiving a service funded in whole or in part by the Council as at 30 June 2024. Please note this is a count of people rather than packages.

5) £61.2m net expenditure in 2022/23 (after client contributions).

6) 143

7) The ICB contribution to these packages in 2022/23 was £4.37m.

8) NHS West Yorkshire Integrated Care Board (Calderdale Cares Partnership / Calderdale place).

9) Please see our answer to question 8.

10) A draft joint funding policy is being developed with the ICB and is expected to be agreed in the autumn.

11) Not applicable - see Q10.

12) No. There is no tool; each case is considered on its merits by the ICB's Continuing Healthcare team and the allocated social worker.

If you are unhappy with this response you can ask for an internal review by replying to this e-mail within 40 working days. If you remain dissatisfied you can complain to the Information Commissioner (www.ico.org.uk).

Regards

Priya Mistry
Information Governance Officer
Calderdale Council, Town Hall, Crossley Street, Halifax HX1 1UJ

-----Original Message-----
From: {REQUESTER}
Sent: 04 June 2024 09:12
To: FOI <foi@calderdale.gov.uk>
Subject: Freedom of Information request - Adult Social Care - Joint Funding

{quote(request)}
"""
    m = new_msg("Calderdale FOI <foi@calderdale.gov.uk>", REQUESTER,
                "RE: Freedom of Information request - Adult Social Care - Joint Funding [CMBC/FOI/7712]",
                datetime(2024, 7, 2, 14, 37, tzinfo=timezone.utc), "<cmbc-foi-7712@calderdale.gov.uk>")
    m.set_content(body)
    save_eml(stem, m)
    write_gold(stem, "eml", "asc_joint_funding", "Calderdale Metropolitan Borough Council", "E08000033", {
        "respondent": "Calderdale Metropolitan Borough Council",
        "foi_reference": "CMBC/FOI/7712",
        "response_date": "2024-07-02",
        "dass_name": "Robert Kettlewell",
        "dass_email": "robert.kettlewell@calderdale.gov.uk",
        "dass_phone": any_of("01422 288001", "01422288001", "+44 1422 288001"),
        "portfolio_holder_name": "Megan Ashworth",
        "case_management_system": "Mosaic",
        "case_management_supplier": "The Access Group",
        "care_packages_count": 1987,
        "care_packages_as_at": "2024-06-30",
        "la_annual_cost_gbp": 61200000.0,
        "la_cost_basis": "net",
        "cost_year": "2022/23",
        "jointly_funded_packages_count": 143,
        "icb_annual_cost_gbp": 4370000.0,
        "icb_weekly_cost_gbp": None,
        "icbs_covering": ["NHS West Yorkshire Integrated Care Board"],
        "main_icb": any_of("NHS West Yorkshire Integrated Care Board", SO),
        "joint_funding_policy": "partial",
        "policy_copy_provided": any_of(NA, False, SO),
        "joint_funding_tool": any_of("no", "partial"),
        "joint_funding_methods": any_of(["case_by_case"], []),
        "exemptions": [],
    })


# =========================================================================== h5_06
# Royal Borough of Greenwich, CSC, e-mail with a short covering note and the answers in a DOCX.


def h5_06():
    stem = "h5_06"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    p = d.add_paragraph()
    r = p.add_run("Royal Borough of Greenwich")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Freedom of Information Act 2000 – Response")
    d.add_paragraph("Reference: RBG FOI 24-1183\nDate: 12 March 2024")
    d.add_heading("FOI Request – FAO Children's Commissioners", level=2)
    items = [
        ("1. Do you have a joint commissioning framework for externally commissioned placements for children?",
         "No. Royal Greenwich commissions external placements through the London Care Placements "
         "collaboration and spot purchasing; there is no joint commissioning framework with health."),
        ("1a. If yes, does this joint commissioning framework include partners from health (eg CCG or new ICBs)?", "N/A"),
        ("1b. Please share the terms of reference (ToR) or joint agreement, if health are included", "N/A"),
        ("2. Do health (eg CCG/ICB) joint fund externally commissioned placements (eg residential, therapeutic "
         "foster care, SEND, semi-independent provision)?",
         "Yes. NHS South East London ICB (Greenwich) contributes where a child is assessed as having "
         "continuing care needs."),
        ("2a. If yes, what are the terms (please share a ToR or agreement)?",
         "Funding is agreed through the children's continuing care process and confirmed in writing for each child."),
        ("2b. If yes, how is that funding split for the following (e.g. a shared percentage cost)",
         "Where continuing care eligibility is agreed the placement cost is split 50:50 between the ICB and the Council."),
        ("3. Do any other partners contribute (over and above children's social care and health/CCG)?", "No"),
        ("3a. If yes, who and on what terms?", "N/A"),
        ("4. Is the criteria in the continuing care funding model used as a methodology for split funding?", "Yes"),
        ("4b. If yes, is this the only criteria health use to determine funding?", "Yes"),
        ("5. What was your Council yearly spend on external placements?",
         "See the table below (2022/23 outturn, £000)."),
    ]
    for q, a in items:
        qp = d.add_paragraph()
        qp.add_run(q).bold = True
        d.add_paragraph(a)
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Placement type", "2022/23 (£000)"), ("Residential", "21,604"),
                                ("Independent fostering agencies", "9,882"),
                                ("Semi-independent / supported accommodation", "6,115"), ("Total", "37,601")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    for c in t.rows[0].cells + t.rows[4].cells:
        for rr in c.paragraphs[0].runs:
            rr.bold = True
    items2 = [
        ("5a. What element of that was funded by health?", "£2,214k"),
        ("5b. What element of that was funded by education?",
         "Information not held. Education contributions are recorded within the High Needs Block and "
         "cannot be separated from other SEND expenditure."),
        ("5c. What element of that was funded by other?", "Nil"),
        ("6. Have you involved children or parents in your joint commissioning process?",
         "Partially – young people in care are consulted through the Children in Care Council when "
         "commissioning strategies are refreshed."),
        ("7. Do you refer to any models of practice in your commissioning framework or joint funding framework?", "No"),
        ("7a. If yes, please share this?", "N/A"),
        ("8. Do you have any other comments?", "None."),
    ]
    for q, a in items2:
        qp = d.add_paragraph()
        qp.add_run(q).bold = True
        d.add_paragraph(a)
    d.add_paragraph("If you are dissatisfied with this response you may request an internal review within "
                    "40 working days. You also have the right to complain to the Information Commissioner's "
                    "Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.")
    att = docx_bytes(d)
    body = """Dear Mr Morgan,

Please find attached the Royal Borough of Greenwich's response to your Freedom of Information request (our reference RBG FOI 24-1183) regarding joint commissioning of children's placements.

Kind regards,

Information Governance Team
Royal Borough of Greenwich
The Woolwich Centre, 35 Wellington Street, London SE18 6HQ
"""
    m = new_msg("Information Governance <foi@royalgreenwich.gov.uk>", REQUESTER,
                "FOI response RBG FOI 24-1183", datetime(2024, 3, 12, 10, 5, tzinfo=timezone.utc),
                "<rbg-foi-24-1183@royalgreenwich.gov.uk>")
    m.set_content(body)
    m.add_attachment(att, maintype="application",
                     subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                     filename="RBG FOI 24-1183 response.docx")
    save_eml(stem, m)
    write_gold(stem, "eml", "csc_joint_commissioning", "Royal Borough of Greenwich", "E09000011", {
        "respondent": "Royal Borough of Greenwich",
        "foi_reference": "RBG FOI 24-1183",
        "response_date": "2024-03-12",
        "joint_commissioning_framework": "no",
        "framework_includes_health": any_of(NA, "no"),
        "framework_tor_provided": any_of(NA, False),
        "health_joint_funds_placements": any_of("yes", "case_by_case"),
        "fixed_percentage_split": True,
        "other_partners_contribute": "no",
        "other_partners": [],
        "continuing_care_model_used": "yes",
        "continuing_care_only_criteria": "yes",
        "other_health_tools": [],
        "external_placements_spend_gbp": 37601000.0,
        "spend_year": "2022/23",
        "health_share_gbp": 2214000.0,
        "health_share_pct": None,
        "education_share_gbp": NH,
        "education_share_pct": NH,
        "other_share_gbp": 0.0,
        "other_share_pct": any_of(0, None),
        "children_parents_involved": any_of("partial", "yes"),
        "models_of_practice": "no",
        "exemptions": [],
    })


# =========================================================================== h5_07
# Halton, s117, e-mail with answers inline after each quoted question.


def h5_07():
    stem = "h5_07"
    qs = [
        ("1. How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?",
         "214 people as at 31/03/2024."),
        ("2. How many of these people have their section 117 aftercare jointly funded with the ICB?", "96"),
        ("3. Does the local authority have an agreed section 117 joint policy or protocol with the ICB?",
         "Yes - the Halton Section 117 Aftercare Joint Policy with NHS Cheshire and Merseyside."),
        ("3a. If so, please provide a copy of the section 117 policy or protocol.", "Attached to this e-mail."),
        ("4. How is the cost of section 117 aftercare split between the local authority and the ICB, for example a fixed percentage such as 50/50, case by case, or agreed at a panel?",
         "There is no fixed percentage. Each case is considered individually at the joint s117 panel, using the\nCheshire and Merseyside apportionment tool to identify the health and social care elements of the package."),
        ("4a. Where a percentage split is used, what percentage of the cost does the ICB pay?", "N/A"),
        ("5. What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?",
         "£3.86m"),
        ("6. What was the ICB's spend on section 117 aftercare for people in your area in the same year?",
         "£1.92m (figure provided by the ICB's Halton place team)"),
        ("7. Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?",
         "Yes, the policy was updated in March 2025."),
        ("8. Which ICB is the lead ICB for section 117 aftercare in your area?",
         "NHS Cheshire and Merseyside ICB (Halton Place)."),
        ("9. Do you keep a joint register with the ICB of people entitled to section 117 aftercare?", "Yes"),
        ("10. How many people were discharged from section 117 aftercare in 2023/24?",
         "Fewer than 5. The exact figure is withheld under section 40(2) as, with other information in the\npublic domain, it could lead to the identification of individuals."),
        ("11. Is there an agreed process for resolving disputes with the ICB about section 117 funding?", "Yes"),
        ("12. Please provide the name and contact details of the officer responsible for section 117 aftercare.",
         "Dean Rowlinson, Principal Manager - Mental Health. His direct e-mail address and telephone\nnumber are withheld under section 40(2)."),
    ]
    parts = ["Dear Alex,", "",
             "Your request has been considered under the Freedom of Information Act 2000 (our ref: HBC-FOI-2025-0556).",
             "Our responses are shown under each of your questions below.", "",
             "Kind regards,", "Shona Parry", "Information Governance, Halton Borough Council",
             "Municipal Building, Kingsway, Widnes WA8 7QF", "",
             "-----Original Message-----", f"From: {REQUESTER}", "Sent: 17 March 2025 16:48",
             "Subject: Section 117 aftercare - FOI request", ""]
    parts.append(quote("Dear Halton Borough Council,\n\nPlease could you answer the following questions."))
    parts.append(">")
    for q, a in qs:
        parts.append(quote(q))
        parts.append("")
        parts.append("RESPONSE: " + a)
        parts.append("")
    parts.append(quote("Many thanks,\nAlex Morgan"))
    parts += ["", "You have the right to request an internal review within 40 working days of this reply. "
              "Should you remain dissatisfied you may contact the Information Commissioner's Office "
              "(ico.org.uk)."]
    body = "\n".join(parts) + "\n"
    m = new_msg("FOI Requests <foi@halton.gov.uk>", REQUESTER,
                "RE: Section 117 aftercare - FOI request [HBC-FOI-2025-0556]",
                datetime(2025, 4, 11, 11, 20, tzinfo=timezone.utc), "<hbc-foi-2025-0556@halton.gov.uk>")
    m.set_content(body)
    save_eml(stem, m)
    write_gold(stem, "eml", "s117_aftercare", "Halton Borough Council", "E06000006", {
        "respondent": "Halton Borough Council",
        "foi_reference": "HBC-FOI-2025-0556",
        "response_date": "2025-04-11",
        "s117_people_count": 214,
        "s117_as_at": "2024-03-31",
        "s117_jointly_funded_count": 96,
        "s117_joint_policy": "yes",
        "s117_policy_copy_provided": True,
        "s117_split_basis": "case_by_case",
        "s117_split_methods": ["case_by_case", "joint_panel", "funding_tool"],
        "s117_icb_share_pct": any_of(NA, None),
        "la_s117_spend_gbp": 3860000.0,
        "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": 1920000.0,
        "s117_policy_reviewed": "yes",
        "s117_lead_icb": "NHS Cheshire and Merseyside Integrated Care Board",
        "s117_joint_register": "yes",
        "s117_discharged_count": W,
        "s117_disputes_process": "yes",
        "s117_contact_name": "Dean Rowlinson",
        "s117_contact_email": W,
        "s117_contact_phone": W,
        "exemptions": ["s40"],
    })


# =========================================================================== h5_08
# NHS Coventry and Warwickshire ICB, CHC, e-mail with a covering note and the answers in a PDF.


def h5_08():
    stem = "h5_08"
    S = styles("Helvetica", "Helvetica-Bold", 9.5)
    buf = io.BytesIO()

    rows = [
        ("1", "How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?",
         "1,122 (as at 31/03/2024)"),
        ("2", "How many of these people were receiving CHC through the Fast Track Pathway?", "287"),
        ("3", "How many joint funded packages (shared care between health and social care for people below the "
              "CHC threshold) were in place?", "368"),
        ("4", "Is there a local joint funding or shared care protocol agreed between the ICB and the local authority?",
         "A revised joint funding protocol with Coventry City Council and Warwickshire County Council is in "
         "draft and is expected to be signed off in 2024/25. The 2019 protocol remains in use meanwhile."),
        ("4a", "If so, please provide a copy of the protocol.",
         "The revised protocol will be shared once it has been approved."),
        ("5", "Which tool is used to decide CHC eligibility and the contributions to joint packages?",
         "The national CHC Checklist and Decision Support Tool. Joint package contributions are agreed at "
         "the joint funding panel."),
        ("6", "Is the funding of joint packages split by a fixed percentage, or agreed case by case?",
         "No fixed percentage &#8211; contributions are agreed individually."),
        ("6a", "If a fixed or typical percentage is used, what share of the cost does health pay?",
         "Across packages in place during 2023/24 the ICB share averaged 43%."),
        ("7", "Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint "
              "funding decisions?", "Yes"),
        ("7a", "How many disputes were raised under the disputes procedure in 2023/24?", "6"),
        ("8", "What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?", "&#163;113.48m"),
        ("9", "What was the local authority's annual contribution to joint funded packages in 2023/24?",
         "Not held by the ICB."),
        ("10", "How many Fast Track referrals were received in 2023/24?", "1,406"),
        ("11", "Which ICB or ICBs are responsible for CHC for the residents of your area?",
         "NHS Coventry and Warwickshire ICB"),
    ]

    def story():
        s = [P("<b>NHS Coventry and Warwickshire Integrated Care Board</b>", S["h"]),
             P("Freedom of Information response &#8211; Reference: CWICB/FOI/24/0392 &#8211; 7 June 2024", S["n"]),
             Spacer(1, 4 * mm)]
        data = [[P("<b>Q</b>", S["cell"]), P("<b>Request</b>", S["cell"]), P("<b>Response</b>", S["cell"])]]
        for n, q, a in rows:
            data.append([P(n, S["cell"]), P(q, S["cell"]), P(a, S["cell"])])
        t = Table(data, colWidths=(10 * mm, 80 * mm, 80 * mm), repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe5f1"))]))
        s += [t, Spacer(1, 5 * mm),
              P("If you are not satisfied with this response you may request an internal review within 40 "
                "working days, and thereafter complain to the Information Commissioner's Office.", S["small"])]
        return s

    build = pdf_doc(buf, "CWICB/FOI/24/0392", "NHS Coventry and Warwickshire ICB", font="Helvetica")
    build(story)
    pdf = buf.getvalue()
    body = """Dear Alex Morgan

Re: Freedom of Information request CWICB/FOI/24/0392

Thank you for your request, received on 10 May 2024. Please find our response attached as a PDF.

Kind regards

Corporate Governance Team
NHS Coventry and Warwickshire Integrated Care Board
Westgate House, 21 Market Street, Warwick CV34 4DE
"""
    m = new_msg("CWICB FOI <cwicb.foi@nhs.net>", REQUESTER, "FOI CWICB/FOI/24/0392 - response",
                datetime(2024, 6, 7, 15, 2, tzinfo=timezone.utc), "<cwicb-foi-24-0392@nhs.net>")
    m.set_content(body)
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="CWICB-FOI-24-0392 Response.pdf")
    save_eml(stem, m)
    write_gold(stem, "eml", "chc_funding_split", "NHS Coventry and Warwickshire Integrated Care Board", "QWU", {
        "respondent": "NHS Coventry and Warwickshire Integrated Care Board",
        "foi_reference": "CWICB/FOI/24/0392",
        "response_date": "2024-06-07",
        "chc_eligible_count": 1122,
        "chc_as_at": "2024-03-31",
        "chc_fast_track_count": 287,
        "joint_packages_count": 368,
        "joint_funding_protocol": any_of("partial", "yes"),
        "protocol_copy_provided": any_of(False, NA),
        "chc_tools": ["checklist", "dst", "joint_panel"],
        "chc_split_fixed": False,
        "chc_health_share_pct": 43,
        "chc_disputes_procedure": "yes",
        "chc_disputes_count": 6,
        "icb_chc_spend_gbp": 113480000.0,
        "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": NH,
        "chc_fast_track_referrals_count": 1406,
        "chc_icbs": ["NHS Coventry and Warwickshire Integrated Care Board"],
        "exemptions": [],
    })


# =========================================================================== h5_09
# East Sussex, ASC, DOCX: Word-numbered request list, then a table with a header row and an
# exemption column; the package count is broken down by service type.


def h5_09():
    stem = "h5_09"
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    h = d.add_paragraph()
    r = h.add_run("East Sussex County Council")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x00, 0x5A, 0x8C)
    d.add_paragraph("County Hall, St Anne's Crescent, Lewes, East Sussex BN7 1UE")
    meta = d.add_table(rows=3, cols=2)
    for i, (k, v) in enumerate([("Our reference", "FOI-ESCC-2024-2291"), ("Date of response", "23 August 2024"),
                                ("Service", "Adult Social Care and Health")]):
        meta.cell(i, 0).text = k
        meta.cell(i, 1).text = v
    d.add_heading("Freedom of Information request – Adult Social Care Joint Funding", level=1)
    d.add_paragraph("You asked:")
    reqs = ["Please provide the contact details for the DASS in your local authority.",
            "Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).",
            "Who provides your main operational system for Case Management?",
            "How many current care packages per week does the local authority contribute some or all of the cost towards?",
            "What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?",
            "How many of these current care packages are jointly funded with an ICB (both those under s.117 of the Mental Health Act and those funding under the Care Act because they do not meet CHC eligibility)?",
            "What is the Annual cost of care provided by ICBs for these cases?",
            "Which ICBs cover the Local Authority Area?",
            "Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?",
            "Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?",
            "Please provide a copy of it.",
            "Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?"]
    for q in reqs:
        d.add_paragraph(q, style="List Number")
    d.add_heading("Our response", level=1)
    d.add_paragraph("East Sussex County Council holds the information you requested, except where stated below.")
    ans = [
        ("1", "Annabel Fordyce, Director of Adult Social Care and Health. Her direct contact details are "
              "withheld; please write via the FOI team.", "Section 40(2)"),
        ("2", "Cllr Philippa Dunmore, Lead Member for Adult Social Care and Health.", ""),
        ("3", "Liquid Logic LAS (System C).", ""),
        ("4", "As at 31 July 2024:\nResidential care 1,204\nNursing care 611\nHome care 2,187\n"
              "Supported living 402\nDirect payments 958\nTotal 5,362", ""),
        ("5", "Gross cost 2022/23 (£000): 231,448", ""),
        ("6", "388", ""),
        ("7", "Information not held. The ICB's contribution is paid directly to providers and is not recorded "
              "by the Council. You may wish to contact NHS Sussex ICB.", ""),
        ("8", "NHS Sussex Integrated Care Board", ""),
        ("9", "Yes – NHS Sussex", ""),
        ("10", "Yes", ""),
        ("11", "Attached – Sussex Joint Funding Policy (2023).", ""),
        ("12", "Yes – the Sussex Joint Funding Tool, a time-to-task matrix completed by the ICB and the "
               "Council's assessor for each jointly funded person.", ""),
    ]
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ["Question", "Response", "Exemption applied"]):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
    for n, a, e in ans:
        row = t.add_row().cells
        row[0].text = n
        row[1].text = a
        row[2].text = e
    d.add_heading("Exemptions", level=2)
    d.add_paragraph(S40_TEXT)
    d.add_heading("Your right to complain", level=2)
    d.add_paragraph(REVIEW_COUNCIL)
    with open(os.path.join(RAW, f"{stem}.docx"), "wb") as f:
        f.write(docx_bytes(d))
    write_gold(stem, "docx", "asc_joint_funding", "East Sussex County Council", "E10000011", {
        "respondent": "East Sussex County Council",
        "foi_reference": "FOI-ESCC-2024-2291",
        "response_date": "2024-08-23",
        "dass_name": "Annabel Fordyce",
        "dass_email": W,
        "dass_phone": W,
        "portfolio_holder_name": "Philippa Dunmore",
        "case_management_system": "Liquidlogic Adults' Social Care System",
        "case_management_supplier": "System C",
        "care_packages_count": 5362,
        "care_packages_as_at": "2024-07-31",
        "la_annual_cost_gbp": 231448000.0,
        "la_cost_basis": "gross",
        "cost_year": "2022/23",
        "jointly_funded_packages_count": 388,
        "icb_annual_cost_gbp": NH,
        "icb_weekly_cost_gbp": any_of(NH, None),
        "icbs_covering": ["NHS Sussex Integrated Care Board"],
        "main_icb": "NHS Sussex Integrated Care Board",
        "joint_funding_policy": "yes",
        "policy_copy_provided": True,
        "joint_funding_tool": "yes",
        "joint_funding_methods": ["funding_matrix", "time_to_task"],
        "exemptions": ["s40"],
    })


# =========================================================================== h5_10
# Shropshire, CSC, DOCX: headings with prose; s43 on the joint agreement; shares as percentages only.


def h5_10():
    stem = "h5_10"
    d = Document()
    d.styles["Normal"].font.name = "Georgia"
    d.styles["Normal"].font.size = Pt(10.5)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Shropshire Council\nShirehall, Abbey Foregate\nShrewsbury SY2 6ND\n").bold = True
    p.add_run("Information Request Ref: SC-IR-24-6650\nDate: 5 November 2024")
    d.add_paragraph("Dear Alex Morgan,")
    d.add_paragraph("Thank you for your request for information about joint commissioning of children's "
                    "external placements. We have set out each part of your request as a heading, followed "
                    "by our answer.")
    secs = [
        ("Question 1 – Joint commissioning framework",
         ["Shropshire Council has a joint commissioning framework for externally commissioned placements, "
          "agreed with NHS Shropshire, Telford and Wrekin ICB in 2022. Health partners are included: the ICB "
          "is a full member of the Joint Children's Placement Board.",
          "You asked for the terms of reference or joint agreement. The joint agreement sets out the rates "
          "and terms agreed with individual providers and is withheld under section 43(2) (commercial "
          "interests). We consider that disclosure would be likely to prejudice the Council's and the "
          "providers' commercial interests and that the public interest favours withholding it."]),
        ("Question 2 – Health joint funding of placements",
         ["Health do joint fund externally commissioned placements where a child's assessed health needs "
          "are met through the placement. Terms are agreed by the Joint Children's Placement Board. No set "
          "percentage is applied; the contribution is agreed for each child."]),
        ("Question 3 – Other partners",
         ["Yes. Education (SEND) contributes to residential school placements, and the Youth Justice "
          "Service contributes to a small number of remand-related placements."]),
        ("Question 4 – Continuing care funding model",
         ["Partly. The Children and Young People's Continuing Care National Framework is used alongside "
          "professional judgement. It is not the only criteria health use: the ICB also uses the CHAT."]),
        ("Question 5 – Spend on external placements",
         ["Total spend on external placements in 2023/24 was £29.7 million. Of this, health contributed "
          "6.2%, education 11.4% and other partners (Youth Justice) 0.4%."]),
        ("Question 6 – Involvement of children and parents",
         ["Yes. Care-experienced young people sit on the commissioning reference group and the Parent "
          "Carer Council was consulted on the framework."]),
        ("Question 7 – Models of practice",
         ["Yes – the framework refers to trauma-informed practice and the PACE model. A summary is attached."]),
        ("Question 8 – Other comments",
         ["Please note that the figures in Question 5 are for 2023/24, the most recent complete year."]),
    ]
    for head, paras in secs:
        d.add_heading(head, level=2)
        for x in paras:
            d.add_paragraph(x)
    d.add_heading("Your rights", level=2)
    d.add_paragraph(REVIEW_COUNCIL)
    d.add_paragraph("Yours sincerely,\n\nDaniel Oyelaran\nInformation Rights Officer")
    sec = d.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.text = "Shropshire Council – Information Request SC-IR-24-6650"
    with open(os.path.join(RAW, f"{stem}.docx"), "wb") as f:
        f.write(docx_bytes(d))
    write_gold(stem, "docx", "csc_joint_commissioning", "Shropshire Council", "E06000051", {
        "respondent": "Shropshire Council",
        "foi_reference": "SC-IR-24-6650",
        "response_date": "2024-11-05",
        "joint_commissioning_framework": "yes",
        "framework_includes_health": "yes",
        "framework_tor_provided": W,
        "health_joint_funds_placements": any_of("yes", "case_by_case"),
        "fixed_percentage_split": False,
        "other_partners_contribute": "yes",
        "other_partners": ["Education", "Youth Justice"],
        "continuing_care_model_used": any_of("partial", "yes"),
        "continuing_care_only_criteria": "no",
        "other_health_tools": ["CHAT"],
        "external_placements_spend_gbp": 29700000.0,
        "spend_year": "2023/24",
        "health_share_pct": 6.2,
        "health_share_gbp": 1841400.0,
        "education_share_pct": 11.4,
        "education_share_gbp": 3385800.0,
        "other_share_pct": 0.4,
        "other_share_gbp": 118800.0,
        "children_parents_involved": "yes",
        "models_of_practice": "yes",
        "exemptions": ["s43"],
    })


# =========================================================================== h5_11
# Isle of Wight, s117, PDF (Courier body): ruled two-column table; answers restate the question;
# s12 refusal on the discharge count.


def h5_11():
    stem = "h5_11"
    S = styles("Courier", "Courier-Bold", 9)
    build = pdf_doc(os.path.join(RAW, f"{stem}.pdf"), "IWC FOI 4471", "Isle of Wight Council - FOI 4471",
                    font="Courier")
    rows = [
        ("1. How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?",
         "As at 31 March 2024 there were 167 people receiving section 117 aftercare funded wholly or partly by the Council."),
        ("2. How many of these people have their section 117 aftercare jointly funded with the ICB?",
         "The number jointly funded with the ICB is 58."),
        ("3. Does the local authority have an agreed section 117 joint policy or protocol with the ICB? If so, please provide a copy.",
         "The Council and the ICB have an agreed joint Section 117 Aftercare Policy (2022). Please see the attached."),
        ("4. How is the cost of section 117 aftercare split between the local authority and the ICB? Where a percentage split is used, what percentage does the ICB pay?",
         "Section 117 aftercare costs are apportioned according to assessed need and agreed by the Joint Funding Panel. No standard percentage applies."),
        ("5. What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?",
         "The Council's total spend on section 117 aftercare in 2023/24 was £2,941,755.40."),
        ("6. What was the ICB's spend on section 117 aftercare for people in your area in the same year?",
         "This information is not held by the Council. It may be held by NHS Hampshire and Isle of Wight ICB."),
        ("7. Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?",
         "The policy has not yet been reviewed since the guidance was published. A review is scheduled for 2025/26."),
        ("8. Which ICB is the lead ICB for section 117 aftercare in your area?",
         "NHS Hampshire and Isle of Wight Integrated Care Board."),
        ("9. Do you keep a joint register with the ICB of people entitled to section 117 aftercare?",
         "A joint register is maintained on the Council's case management system and shared with the ICB monthly."),
        ("10. How many people were discharged from section 117 aftercare in 2023/24?",
         "Discharges are recorded in individual case notes and not reported centrally. To answer this question "
         "we would need to review over 400 case files, which we estimate would exceed the appropriate limit. "
         "This part of your request is therefore refused under section 12 (see below)."),
        ("11. Is there an agreed process for resolving disputes with the ICB about section 117 funding?",
         "The joint policy includes a disputes resolution procedure (section 11)."),
        ("12. Please provide the name and contact details of the officer responsible for section 117 aftercare.",
         "Tamsin Oldroyd, Service Manager - Mental Health and Learning Disability, tamsin.oldroyd@iow.gov.uk, 01983 821000"),
    ]

    def story():
        s = [P("<b>ISLE OF WIGHT COUNCIL</b>", S["h"]),
             P("County Hall, High Street, Newport, Isle of Wight PO30 1UD", S["small"]),
             Spacer(1, 3 * mm),
             P("FOI reference: 4471 &nbsp;&nbsp; Request dated: 02/09/2024 &nbsp;&nbsp; Response dated: 30/09/2024", S["n"]),
             Spacer(1, 3 * mm),
             P("Information requested and our response:", S["b"])]
        data = [[P("<b>Request</b>", S["cell"]), P("<b>Response</b>", S["cell"])]]
        for q, a in rows:
            data.append([P(q, S["cell"]), P(a, S["cell"])])
        t = Table(data, colWidths=(75 * mm, 95 * mm), repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s += [t, Spacer(1, 5 * mm), P("<b>Section 12 - cost limit</b>", S["b"]), P(S12_TEXT, S["n"]),
              P("You may wish to refine this part of your request, for example by limiting it to a shorter period.", S["n"]),
              P("<b>Review</b>", S["b"]), P(REVIEW_COUNCIL, S["n"]),
              P("Information Governance, Isle of Wight Council", S["n"])]
        return s

    build(story)
    write_gold(stem, "pdf", "s117_aftercare", "Isle of Wight Council", "E06000046", {
        "respondent": "Isle of Wight Council",
        "foi_reference": any_of("4471", "FOI 4471"),
        "response_date": "2024-09-30",
        "s117_people_count": 167,
        "s117_as_at": "2024-03-31",
        "s117_jointly_funded_count": 58,
        "s117_joint_policy": "yes",
        "s117_policy_copy_provided": True,
        "s117_split_basis": "case_by_case",
        "s117_split_methods": any_of(["joint_panel"], ["joint_panel", "case_by_case"]),
        "s117_icb_share_pct": any_of(NA, None),
        "la_s117_spend_gbp": 2941755.40,
        "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": NH,
        "s117_policy_reviewed": "no",
        "s117_lead_icb": "NHS Hampshire and Isle of Wight Integrated Care Board",
        "s117_joint_register": "yes",
        "s117_discharged_count": W,
        "s117_disputes_process": "yes",
        "s117_contact_name": "Tamsin Oldroyd",
        "s117_contact_email": "tamsin.oldroyd@iow.gov.uk",
        "s117_contact_phone": any_of("01983 821000", "01983821000", "+44 1983 821000"),
        "exemptions": ["s12"],
    })


# =========================================================================== h5_12
# NHS Northamptonshire ICB, CHC, HTML-only e-mail; spend by year in an HTML table; s21 and s12.


def h5_12():
    stem = "h5_12"
    html = """<html><body style="font-family:Arial,sans-serif;font-size:11pt">
<p>Dear Alex Morgan,</p>
<p><b>Freedom of Information Request &ndash; Ref: NICB-FOI-0917</b></p>
<p>NHS Northamptonshire Integrated Care Board has processed your request under the Freedom of Information
Act 2000. Our answers follow each of your questions.</p>
<ol>
<li><b>How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?</b><br>
1,486</li>
<li><b>How many of these people were receiving CHC through the Fast Track Pathway?</b><br>402</li>
<li><b>How many joint funded packages (shared care between health and social care for people below the CHC
threshold) were in place?</b><br>233</li>
<li><b>Is there a local joint funding or shared care protocol agreed between the ICB and the local
authority?</b><br>Yes, with North Northamptonshire Council and West Northamptonshire Council.<br>
<i>4a. If so, please provide a copy of the protocol.</i><br>
The protocol is published on our website at
<a href="https://www.icnorthamptonshire.org.uk/chc">https://www.icnorthamptonshire.org.uk/chc</a> and is
therefore exempt under section 21 (information reasonably accessible by other means).</li>
<li><b>Which tool is used to decide CHC eligibility and the contributions to joint packages?</b><br>
The national Checklist, the Decision Support Tool and the Fast Track Pathway Tool. For joint packages the
health element is identified through a time to task analysis.</li>
<li><b>Is the funding of joint packages split by a fixed percentage, or agreed case by case?</b><br>
Case by case.<br><i>6a. If a fixed or typical percentage is used, what share of the cost does health pay?</i><br>
N/A</li>
<li><b>Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint
funding decisions?</b><br>Yes.<br><i>7a. How many disputes were raised under the disputes procedure in
2023/24?</i><br>Disputes are not recorded centrally and identifying them would require a manual review of
every case file. We estimate this would exceed the appropriate limit of &pound;450 (18 hours at &pound;25 per
hour) and this part of the request is refused under section 12.</li>
<li><b>What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?</b><br>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Financial year</th><th>CHC spend</th></tr>
<tr><td>2021/22</td><td>&pound;92.1m</td></tr>
<tr><td>2022/23</td><td>&pound;98.7m</td></tr>
<tr><td>2023/24</td><td>&pound;104.35m</td></tr>
</table></li>
<li><b>What was the local authority's annual contribution to joint funded packages in 2023/24?</b><br>
The ICB does not hold this information.</li>
<li><b>How many Fast Track referrals were received in 2023/24?</b><br>1,877</li>
<li><b>Which ICB or ICBs are responsible for CHC for the residents of your area?</b><br>
NHS Northamptonshire ICB</li>
</ol>
<p>If you are dissatisfied with the handling of your request you may ask for an internal review within
40 working days. If you are still dissatisfied you may contact the Information Commissioner's Office,
Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.</p>
<p>Yours sincerely,<br>Information Governance Team<br>NHS Northamptonshire Integrated Care Board<br>
Sessions House, 29 George Row, Northampton NN1 1DN</p>
<hr>
<p style="color:#666"><b>From:</b> Alex Morgan<br><b>Sent:</b> 28 October 2024<br><b>Subject:</b> FOI - NHS
Continuing Healthcare funding split</p>
<blockquote style="color:#666">Please provide the following for 2023/24: numbers eligible for CHC, fast
track, joint packages, protocol, tools, split, disputes, CHC spend, LA contribution, fast track referrals,
responsible ICBs.</blockquote>
</body></html>
"""
    m = new_msg("Northamptonshire ICB FOI <nicb.foi@nhs.net>", REQUESTER,
                "RE: FOI - NHS Continuing Healthcare funding split (NICB-FOI-0917)",
                datetime(2024, 11, 25, 9, 41, tzinfo=timezone.utc), "<nicb-foi-0917@nhs.net>")
    m.set_content(html, subtype="html")
    save_eml(stem, m)
    write_gold(stem, "eml", "chc_funding_split", "NHS Northamptonshire Integrated Care Board", "QPM", {
        "respondent": "NHS Northamptonshire Integrated Care Board",
        "foi_reference": "NICB-FOI-0917",
        "response_date": "2024-11-25",
        "chc_eligible_count": 1486,
        "chc_as_at": "2024-03-31",
        "chc_fast_track_count": 402,
        "joint_packages_count": 233,
        "joint_funding_protocol": "yes",
        "protocol_copy_provided": any_of(True, W),
        "chc_tools": ["checklist", "dst", "fast_track_tool", "time_to_task"],
        "chc_split_fixed": False,
        "chc_health_share_pct": any_of(NA, None),
        "chc_disputes_procedure": "yes",
        "chc_disputes_count": W,
        "icb_chc_spend_gbp": 104350000.0,
        "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": NH,
        "chc_fast_track_referrals_count": 1877,
        "chc_icbs": ["NHS Northamptonshire Integrated Care Board"],
        "exemptions": ["s12", "s21"],
    })


# =========================================================================== h5_13
# Dorset Council, ASC, PDF: ruled three-column table (No. | Question | Response) over several
# pages; costs by year; s12 on the joint-funded count with a pointer from Q7; s21 on the policy.


def h5_13():
    stem = "h5_13"
    S = styles("Helvetica", "Helvetica-Bold", 9.5)
    build = pdf_doc(os.path.join(RAW, f"{stem}.pdf"), "Dorset Council FOI response",
                    "Dorset Council  |  dorsetcouncil.gov.uk", font="Helvetica",
                    header_right="Request for information 2024/3381")
    rows = [
        ("1", "Please provide the contact details for the DASS in your local authority.",
         "Sarah Whitcombe &#8211; Executive Director for People (Adults). Her e-mail address and direct "
         "telephone number have been redacted under section 40(2)."),
        ("2", "Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).",
         "Cllr Marian Pelham, Cabinet Member for Adult Social Care, Health and Housing."),
        ("3", "Who provides your main operational system for Case Management?",
         "Mosaic, provided by The Access Group."),
        ("4", "How many current care packages per week does the local authority contribute some or all of the "
              "cost towards?", "2,745 (as at 1 May 2024)"),
        ("5", "What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?",
         "Net of client contributions:<br/>2021/22 &#163;118.2m<br/>2022/23 &#163;126.9m<br/>2023/24 &#163;134.5m"),
        ("6", "How many of these current care packages are jointly funded with an ICB (both those under s.117 of "
              "the Mental Health Act and those funding under the Care Act because they do not meet CHC eligibility)?",
         "The Council's systems do not flag jointly funded packages consistently. To identify them we would need "
         "to check each of the 2,745 package records against ICB invoices; at even five minutes per record this "
         "would take well over 18 hours. We are therefore refusing this part of the request under section 12 of "
         "the Act."),
        ("7", "What is the Annual cost of care provided by ICBs for these cases?", "See response to question 6."),
        ("8", "Which ICBs cover the Local Authority Area?", "NHS Dorset Integrated Care Board"),
        ("9", "Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?",
         "Yes, NHS Dorset."),
        ("10", "Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?",
         "Yes &#8211; the Dorset Joint Funding Protocol (2021)."),
        ("11", "Please provide a copy of it.",
         "The protocol is published on the Council's website (Adult social care &gt; Policies) and is exempt "
         "under section 21 as it is reasonably accessible to you."),
        ("12", "Does the Local Authority have a Joint Funding Tool or documented methodology for calculating "
               "funding splits?",
         "Yes. The Dorset joint funding calculator uses the domains of the Decision Support Tool to apportion "
         "the cost of each package between the Council and the ICB."),
    ]

    def story():
        s = [P("<font size=20><b>Dorset Council</b></font>", S["n"]), Spacer(1, 2 * mm),
             P("County Hall, Colliton Park, Dorchester DT1 1XJ", S["small"]), Spacer(1, 4 * mm),
             letterhead(S, ["Information Governance Team", "foi@dorsetcouncil.gov.uk"],
                        [("Request ref", "2024/3381"), ("Received", "10 May 2024"), ("Sent", "6 June 2024")]),
             Spacer(1, 5 * mm),
             P("Dear Alex Morgan,", S["n"]),
             P("Thank you for your request for information about adult social care joint funding, which we have "
               "handled under the Freedom of Information Act 2000. Our response is below.", S["n"])]
        data = [[P("<b>No.</b>", S["cell"]), P("<b>Question</b>", S["cell"]), P("<b>Response</b>", S["cell"])]]
        for n, q, a in rows:
            data.append([P(n, S["cell"]), P(q, S["cell"]), P(a, S["cell"])])
        t = Table(data, colWidths=(12 * mm, 68 * mm, 90 * mm), repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2d0"))]))
        s += [t, Spacer(1, 5 * mm), P("<b>Exemptions</b>", S["b"]), P(S12_TEXT, S["n"]),
              P("Under section 16 we are required to provide advice and assistance: you may wish to narrow "
                "question 6, for example to section 117 cases only.", S["n"]),
              P("Section 21 applies to information that is reasonably accessible to the applicant by other means.", S["n"]),
              P(S40_TEXT, S["n"]), P("<b>Internal review</b>", S["b"]), P(REVIEW_COUNCIL, S["n"]),
              P("Yours sincerely<br/><br/>Oliver Treadwell<br/>Information Governance Officer", S["n"])]
        return s

    build(story)
    write_gold(stem, "pdf", "asc_joint_funding", "Dorset Council", "E06000059", {
        "respondent": "Dorset Council",
        "foi_reference": "2024/3381",
        "response_date": "2024-06-06",
        "dass_name": "Sarah Whitcombe",
        "dass_email": W,
        "dass_phone": W,
        "portfolio_holder_name": "Marian Pelham",
        "case_management_system": "Mosaic",
        "case_management_supplier": "The Access Group",
        "care_packages_count": 2745,
        "care_packages_as_at": "2024-05-01",
        "la_annual_cost_gbp": 126900000.0,
        "la_cost_basis": "net",
        "cost_year": "2022/23",
        "jointly_funded_packages_count": W,
        "icb_annual_cost_gbp": any_of(W, SO),
        "icb_weekly_cost_gbp": any_of(None, W, SO),
        "icbs_covering": ["NHS Dorset Integrated Care Board"],
        "main_icb": "NHS Dorset Integrated Care Board",
        "joint_funding_policy": "yes",
        "policy_copy_provided": any_of(True, W),
        "joint_funding_tool": "yes",
        "joint_funding_methods": ["funding_matrix", "dst"],
        "exemptions": ["s12", "s21", "s40"],
    })


# =========================================================================== h5_14
# Kirklees, CSC, PDF in two columns (Times); lettered sub-answers (a)-(c) under Q5.


def h5_14():
    stem = "h5_14"
    S = styles("Times-Roman", "Times-Bold", 10)
    build = pdf_doc(os.path.join(RAW, f"{stem}.pdf"), "Kirklees Council FOI response",
                    "Kirklees Council - Information Governance - FOI/KC/24/09981", font="Times-Roman",
                    two_col=True)

    def story():
        s = [P("<font size=16><b>Kirklees Council</b></font>", S["n"]),
             P("Civic Centre 3, Market Street, Huddersfield HD1 2EY", S["small"]),
             P("Our reference: FOI/KC/24/09981", S["small"]),
             P("Date: 17 October 2024", S["small"]),
             Spacer(1, 4 * mm),
             P("Dear Alex Morgan", S["n"]),
             P("Your request for information about joint commissioning of children's placements has been "
               "considered under the Freedom of Information Act 2000. We answer each question in turn.", S["n"]),
             P("<b>1. Do you have a joint commissioning framework for externally commissioned placements for "
               "children?</b>", S["n"]),
             P("Yes. Kirklees is part of the West Yorkshire Children's Commissioning Framework for residential "
               "and fostering placements.", S["n"]),
             P("<b>1a. Does this joint commissioning framework include partners from health?</b>", S["n"]),
             P("Yes, NHS West Yorkshire ICB (Kirklees place).", S["n"]),
             P("<b>1b. Please share the terms of reference (ToR) or joint agreement.</b>", S["n"]),
             P("The framework's terms of reference are published on the West Yorkshire Association of "
               "Authorities website and are therefore exempt under section 21 of the Act.", S["n"]),
             P("<b>2. Do health joint fund externally commissioned placements?</b>", S["n"]),
             P("Yes.", S["n"]),
             P("<b>2a/2b. If yes, what are the terms, and how is that funding split?</b>", S["n"]),
             P("Health contributions are agreed at the Kirklees Joint Resource Panel. There is no fixed split: "
               "the contribution reflects the proportion of health and social care need identified for the child.", S["n"]),
             P("<b>3. Do any other partners contribute? 3a. If yes, who and on what terms?</b>", S["n"]),
             P("Yes &#8211; Education, for the education element of residential school placements, and "
               "occasionally Adult Social Care for young people aged 17 and over who are in transition.", S["n"]),
             P("<b>4. Is the criteria in the continuing care funding model used as a methodology for split funding?</b>", S["n"]),
             P("Yes.", S["n"]),
             P("<b>4b. If yes, is this the only criteria health use to determine funding?</b>", S["n"]),
             P("No. The ICB also uses the CHAT and, for young people approaching 18, the adult Decision "
               "Support Tool.", S["n"]),
             P("<b>5. What was your Council yearly spend on external placements?</b>", S["n"]),
             P("&#163;44,906,120 in 2022-2023. Of this:", S["n"]),
             P("(a) Health: &#163;2,018,440", S["ind"]),
             P("(b) Education: &#163;3,650,000", S["ind"]),
             P("(c) Other: information not held &#8211; contributions from other partners are not recorded "
               "separately.", S["ind"]),
             P("<b>6. Have you involved children or parents in your joint commissioning process?</b>", S["n"]),
             P("Yes, through the Children in Care Council and the Kirklees Parent Carer Forum.", S["n"]),
             P("<b>7. Do you refer to any models of practice in your commissioning framework or joint funding "
               "framework? 7a. If yes, please share this?</b>", S["n"]),
             P("Yes. The framework refers to the Mockingbird model and to restorative practice; both are "
               "described on our website.", S["n"]),
             P("<b>8. Do you have any other comments?</b>", S["n"]),
             P("No.", S["n"]),
             Spacer(1, 3 * mm),
             P("<b>Section 21</b>: information reasonably accessible by other means is exempt.", S["small"]),
             P("<b>Internal review.</b> " + REVIEW_COUNCIL, S["small"]),
             P("Information Governance Team, Kirklees Council", S["small"])]
        return s

    build(story)
    write_gold(stem, "pdf", "csc_joint_commissioning", "Kirklees Council", "E08000034", {
        "respondent": "Kirklees Council",
        "foi_reference": "FOI/KC/24/09981",
        "response_date": "2024-10-17",
        "joint_commissioning_framework": "yes",
        "framework_includes_health": "yes",
        "framework_tor_provided": any_of(True, W),
        "health_joint_funds_placements": "yes",
        "fixed_percentage_split": False,
        "other_partners_contribute": "yes",
        "other_partners": ["Education", "Adult Social Care"],
        "continuing_care_model_used": "yes",
        "continuing_care_only_criteria": "no",
        "other_health_tools": ["CHAT", "DST"],
        "external_placements_spend_gbp": 44906120.0,
        "spend_year": "2022/23",
        "health_share_gbp": 2018440.0,
        "health_share_pct": None,
        "education_share_gbp": 3650000.0,
        "education_share_pct": None,
        "other_share_gbp": NH,
        "other_share_pct": any_of(NH, None),
        "children_parents_involved": "yes",
        "models_of_practice": "yes",
        "exemptions": ["s21"],
    })


# =========================================================================== h5_15
# Ealing, s117, DOCX: Word numbering for the request; answer table with header row and
# exemption column; ICB spend given weekly; s22 on the draft policy.


def h5_15():
    stem = "h5_15"
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "London Borough of Ealing – Information Management"
    t0 = d.add_paragraph()
    t0.add_run("EALING COUNCIL").bold = True
    d.add_paragraph("Perceval House, 14-16 Uxbridge Road, London W5 2HL")
    d.add_paragraph("FOI reference: FOI-LBE-24-12075\nDate: 9 January 2025")
    d.add_heading("Section 117 aftercare – your request", level=1)
    d.add_paragraph("You asked the following questions:")
    for q in ["How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?",
              "How many of these people have their section 117 aftercare jointly funded with the ICB?",
              "Does the local authority have an agreed section 117 joint policy or protocol with the ICB? If so, please provide a copy.",
              "How is the cost of section 117 aftercare split between the local authority and the ICB? Where a percentage split is used, what percentage of the cost does the ICB pay?",
              "What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?",
              "What was the ICB's spend on section 117 aftercare for people in your area in the same year?",
              "Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?",
              "Which ICB is the lead ICB for section 117 aftercare in your area?",
              "Do you keep a joint register with the ICB of people entitled to section 117 aftercare?",
              "How many people were discharged from section 117 aftercare in 2023/24?",
              "Is there an agreed process for resolving disputes with the ICB about section 117 funding?",
              "Please provide the name and contact details of the officer responsible for section 117 aftercare."]:
        d.add_paragraph(q, style="List Number")
    d.add_heading("Response", level=1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for c, txt in zip(t.rows[0].cells, ["Q", "Answer", "Exemption"]):
        c.text = txt
    rows = [
        ("1", "602 (as at 31 March 2024)", ""),
        ("2", "388", ""),
        ("3", "A joint North West London section 117 policy is in draft and is being finalised with the ICB. "
              "The draft will be published on the Council's website once approved, so it is withheld at "
              "present.", "s22 (information intended for future publication)"),
        ("4", "For jointly funded cases the cost is split 50:50 between the Council and NHS North West London "
              "ICB. The ICB pays 50%.", ""),
        ("5", "£12,104,660 (2023/24)", ""),
        ("6", "The ICB's contribution is approximately £96,250 per week.", ""),
        ("7", "Yes – the interim procedure was updated in October 2024 to reflect the new guidance.", ""),
        ("8", "NHS North West London Integrated Care Board", ""),
        ("9", "Yes", ""),
        ("10", "41", ""),
        ("11", "Yes", ""),
        ("12", "Kwame Asante-Boateng, Head of Mental Health Services. Contact details withheld.", "s40(2)"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_paragraph("")
    d.add_paragraph("Section 22 exempts information held with a view to its publication at a future date. "
                    "Section 40(2) exempts personal data of third parties.")
    d.add_paragraph(REVIEW_COUNCIL)
    with open(os.path.join(RAW, f"{stem}.docx"), "wb") as f:
        f.write(docx_bytes(d))
    write_gold(stem, "docx", "s117_aftercare", "London Borough of Ealing", "E09000009", {
        "respondent": "London Borough of Ealing",
        "foi_reference": "FOI-LBE-24-12075",
        "response_date": "2025-01-09",
        "s117_people_count": 602,
        "s117_as_at": "2024-03-31",
        "s117_jointly_funded_count": 388,
        "s117_joint_policy": "partial",
        "s117_policy_copy_provided": any_of(W, False),
        "s117_split_basis": "fixed_percentage",
        "s117_split_methods": ["fixed_split"],
        "s117_icb_share_pct": 50,
        "la_s117_spend_gbp": 12104660.0,
        "s117_spend_year": "2023/24",
        "icb_s117_spend_gbp": any_of(5005000.0, None),
        "s117_policy_reviewed": any_of("yes", "partial"),
        "s117_lead_icb": "NHS North West London Integrated Care Board",
        "s117_joint_register": "yes",
        "s117_discharged_count": 41,
        "s117_disputes_process": "yes",
        "s117_contact_name": "Kwame Asante-Boateng",
        "s117_contact_email": W,
        "s117_contact_phone": W,
        "exemptions": ["s22", "s40"],
    })


# =========================================================================== h5_16
# Herefordshire Council answering the CHC questionnaire, PDF (Times): "Request / Response" blocks,
# several answers not held (ICB data), LA spend in £m with an average weekly figure beside it.


def h5_16():
    stem = "h5_16"
    S = styles("Times-Roman", "Times-Bold", 10.5)
    build = pdf_doc(os.path.join(RAW, f"{stem}.pdf"), "Herefordshire Council EIR/FOI response",
                    "Herefordshire Council, Plough Lane, Hereford HR4 0LE", font="Times-Roman",
                    header_right="Ref: HC-FOI-9023")
    blocks = [
        ("How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?",
         "The Council does not hold this information. NHS Continuing Healthcare eligibility is determined and "
         "recorded by NHS Herefordshire and Worcestershire ICB, who may be able to help."),
        ("How many of these people were receiving CHC through the Fast Track Pathway?",
         "Not held &#8211; as above."),
        ("How many joint funded packages (shared care between health and social care for people below the CHC "
         "threshold) were in place?",
         "174 jointly funded packages were in place at 31 March 2024."),
        ("Is there a local joint funding or shared care protocol agreed between the ICB and the local authority? "
         "If so, please provide a copy of the protocol.",
         "Yes; the Herefordshire Joint Funding Protocol is attached."),
        ("Which tool is used to decide CHC eligibility and the contributions to joint packages?",
         "The ICB uses the national Decision Support Tool to decide eligibility. The Council and the ICB use "
         "the Herefordshire Joint Funding Tool to agree each party's contribution to joint packages."),
        ("Is the funding of joint packages split by a fixed percentage, or agreed case by case? If a fixed or "
         "typical percentage is used, what share of the cost does health pay?",
         "The split varies with the needs of the individual. On average health contributes around 35% of the "
         "cost of a joint package."),
        ("Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint "
         "funding decisions? How many disputes were raised under the disputes procedure in 2023/24?",
         "Yes. Four disputes were raised in 2023/24."),
        ("What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?",
         "This information is not held by the Council."),
        ("What was the local authority's annual contribution to joint funded packages in 2023/24?",
         "The Council's contribution in 2023/24 was &#163;3.21m (an average of &#163;61,823 per week)."),
        ("How many Fast Track referrals were received in 2023/24?", "Not held."),
        ("Which ICB or ICBs are responsible for CHC for the residents of your area?",
         "NHS Herefordshire and Worcestershire ICB."),
    ]

    def story():
        s = [P("<b>HEREFORDSHIRE COUNCIL</b>", S["h"]),
             letterhead(S, ["Information Rights Team", "Plough Lane", "Hereford HR4 0LE"],
                        [("Reference", "HC-FOI-9023"), ("Date", "2 December 2024"), ("Enquiries", "Bethan Pugh")]),
             Spacer(1, 6 * mm),
             P("Dear Alex Morgan", S["n"]),
             P("Thank you for your request regarding NHS Continuing Healthcare and joint funding. Please note that "
               "several of your questions concern information held by the NHS rather than the Council.", S["n"])]
        for i, (q, a) in enumerate(blocks, 1):
            s.append(P(f"<b>Request {i}:</b> {q}", S["n"]))
            s.append(P(f"<b>Response {i}:</b> {a}", S["n"]))
            s.append(Spacer(1, 2 * mm))
        s += [P("<b>Review and complaint</b>", S["b"]), P(REVIEW_COUNCIL, S["n"]),
              P("Yours sincerely<br/>Bethan Pugh<br/>Information Rights Officer", S["n"])]
        return s

    build(story)
    write_gold(stem, "pdf", "chc_funding_split", "Herefordshire Council", "E06000019", {
        "respondent": "Herefordshire Council",
        "foi_reference": "HC-FOI-9023",
        "response_date": "2024-12-02",
        "chc_eligible_count": NH,
        "chc_as_at": any_of(NH, None, "2024-03-31"),
        "chc_fast_track_count": any_of(NH, SO),
        "joint_packages_count": 174,
        "joint_funding_protocol": "yes",
        "protocol_copy_provided": True,
        "chc_tools": ["dst", "local_tool"],
        "chc_split_fixed": False,
        "chc_health_share_pct": 35,
        "chc_disputes_procedure": "yes",
        "chc_disputes_count": 4,
        "icb_chc_spend_gbp": NH,
        "chc_spend_year": any_of("2023/24", None),
        "la_joint_packages_spend_gbp": any_of(3210000.0, 3214796.0),
        "chc_fast_track_referrals_count": NH,
        "chc_icbs": ["NHS Herefordshire and Worcestershire Integrated Care Board"],
        "exemptions": [],
    })


if __name__ == "__main__":
    for fn in [h5_01, h5_02, h5_03, h5_04, h5_05, h5_06, h5_07, h5_08,
               h5_09, h5_10, h5_11, h5_12, h5_13, h5_14, h5_15, h5_16]:
        fn()
    print("built", len(os.listdir(RAW)), "raw files and", len(os.listdir(GOLD)), "gold files")
