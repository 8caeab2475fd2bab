"""Build data/heldout8: 16 FOI responses (10 .docx, 3 .eml with a .docx attached, 3 .pdf
converted from .docx with LibreOffice) and their gold files. Deterministic apart from the
timestamps LibreOffice writes into a PDF. Run: /work/main/.venv/bin/python build.py"""
import base64
import email.charset
import copy
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formatdate

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import wordlib as wl  # noqa: E402
from docx.shared import Pt, Cm  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402

RAW = os.path.join(HERE, "raw")
GOLD = os.path.join(HERE, "gold")
REF = os.path.join(HERE, "..", "..", "rules", "reference")

COUNCILS = {r["gss_code"]: r["name"] for r in csv.DictReader(open(os.path.join(REF, "councils.csv"), encoding="utf-8"))}
ICBS = {r["icb_ods_code"]: r["official_name"] for r in csv.DictReader(open(os.path.join(REF, "icbs.csv"), encoding="utf-8"))}

WH = {"state": "withheld"}
NH = {"state": "not_held"}
NA = {"state": "not_applicable"}
SO = {"state": "see_other"}



def no_empty_alternatives(value):
    """SPEC gold: null or [] is never one alternative of any_of ("write null on its own").
    "X or nothing" is written X; "nothing either way" is null."""
    if isinstance(value, dict) and "any_of" in value:
        alts = [a for a in value["any_of"] if a is not None and a != []]
        return None if not alts else alts[0] if len(alts) == 1 else {"any_of": alts}
    return value

def anyof(*a):
    return {"any_of": list(a)}


# ====================================================================== common blocks
def ref_block(d, rows, style="table"):
    """'Our ref / Your ref / Date' block, as a small borderless table or as lines."""
    if style == "table":
        t = d.add_table(rows=len(rows), cols=2)
        wl.borderless(t)
        for i, (k, v) in enumerate(rows):
            wl.cell_text(t.cell(i, 0), k, bold=True)
            wl.cell_text(t.cell(i, 1), v)
    else:
        p = d.add_paragraph()
        wl.add_runs(p, "\n".join(f"{k}\t{v}" for k, v in rows))


def para(d, text, bold=False, italic=False, size=None, align=None):
    p = d.add_paragraph()
    wl.add_runs(p, text, bold=bold, italic=italic)
    if size:
        for r in p.runs:
            r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def heading(d, text, size=12):
    p = para(d, text, bold=True)
    for r in p.runs:
        r.font.size = Pt(size)
    return p


def review_ico(d, body, contact, ico_style=0):
    heading(d, "Your right to request a review", 11)
    if ico_style == 0:
        para(d, f"If you are unhappy with the way {body} has handled your request you may ask for an "
                f"internal review. Please write to {contact} within 40 working days of the date of this "
                f"letter, quoting the reference above. A senior officer who was not involved in the "
                f"original decision will carry out the review.")
        para(d, "If you remain dissatisfied after the review you may complain to the Information "
                "Commissioner's Office (ICO), Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF. "
                "Telephone 0303 123 1113, or use the ICO website. The ICO will not usually consider a "
                "complaint until our own review procedure has been exhausted.")
    else:
        para(d, f"You can ask for this decision to be looked at again. Requests for an internal review "
                f"should be sent to {contact} no later than 40 working days after you receive this "
                f"reply. After that, if you are still not satisfied, the Information Commissioner can "
                f"be contacted at www.ico.org.uk/make-a-complaint or on 0303 123 1113.")


def signature(d, lines, sign_off="Yours sincerely"):
    para(d, sign_off)
    para(d, "")
    p = d.add_paragraph()
    wl.add_runs(p, lines[0], bold=True)
    if len(lines) > 1:
        wl.add_runs(p, "\n" + "\n".join(lines[1:]))


def cost_limit_text(body, hours_detail):
    return (f"Section 12 of the Freedom of Information Act 2000 allows a public authority to refuse a "
            f"request where the cost of complying would exceed the appropriate limit. For {body} the "
            f"limit is £450, which equates to 18 hours of officer time charged at £25 per hour. "
            f"{hours_detail} We are therefore applying section 12 to this part of your request. If you "
            f"can narrow the request we will consider it again.")


S40_TEXT = ("Direct contact details of individual officers are withheld under section 40(2) of the "
            "Freedom of Information Act 2000 (personal information), as disclosure would breach the "
            "data protection principles.")


# ====================================================================== layouts
def layout_inline_response(d, items, numid, br_mode=False):
    """Questions in Word automatic numbering; a bold 'Response:' run inside the same paragraph.
    items: (question, answer) ; answer may contain \n (written as w:br in br_mode)."""
    for q, a in items:
        p = d.add_paragraph()
        wl.set_num(p, numid, 0)
        wl.add_runs(p, q)
        if br_mode:
            wl.add_runs(p, "\n")
            wl.add_runs(p, "Response: ", bold=True)
            wl.add_runs(p, a)
        else:
            wl.add_runs(p, "  ")
            wl.add_runs(p, "Response: ", bold=True)
            wl.add_runs(p, a)


def layout_two_level(d, doc, items, numid, footnotes=None, links=None):
    """Items: (level, question, answer or None). Level 0 = '1.', level 1 = 'a)' / 'i)'.
    Answer written as its own indented paragraph after the question."""
    footnotes = footnotes or {}
    links = links or {}
    for i, (lvl, q, a) in enumerate(items):
        p = d.add_paragraph()
        wl.set_num(p, numid, lvl)
        wl.add_runs(p, q, bold=True)
        if a is not None:
            ap = d.add_paragraph()
            ap.paragraph_format.left_indent = Cm(1.5 if lvl else 0.75)
            wl.add_runs(ap, a)
            if i in links:
                txt, url = links[i]
                wl.add_runs(ap, " ")
                wl.add_hyperlink(ap, txt, url)
            if i in footnotes:
                wl.add_footnote(doc, ap, footnotes[i])


def layout_response_table(d, sections, widths=(1.1, 5.2, 7.2, 2.9)):
    """Response table: header row, merged section rows, exemption column.
    sections: [(section title, [(no, question, answer, exemption)])]"""
    n = 1 + sum(1 + len(rows) for _, rows in sections)
    t = d.add_table(rows=n, cols=4)
    t.style = "Table Grid"
    hdr = ["No.", "Information requested", "Response", "Exemption applied"]
    for j, h in enumerate(hdr):
        wl.cell_text(t.cell(0, j), h, bold=True)
        wl.shade_cell(t.cell(0, j), "1F3864")
        for r in t.cell(0, j).paragraphs[0].runs:
            r.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
    wl.repeat_header(t.rows[0])
    i = 1
    for title, rows in sections:
        m = t.cell(i, 0).merge(t.cell(i, 3))
        wl.cell_text(m, title, bold=True)
        wl.shade_cell(m, "D9E2F3")
        i += 1
        for no, q, a, ex in rows:
            wl.cell_text(t.cell(i, 0), no)
            wl.cell_text(t.cell(i, 1), q)
            wl.cell_text(t.cell(i, 2), a)
            wl.cell_text(t.cell(i, 3), ex)
            i += 1
    wl.set_col_widths(t, widths)
    return t


def layout_layout_table(d, items, ins_author="J. Whitfield", ins_date="2025-10-02T14:12:00Z"):
    """Borderless two-column layout table: question left, answer right. Some answer text is left
    as tracked insertions (w:ins). items: (question, answer, inserted_text or None)."""
    t = d.add_table(rows=len(items), cols=2)
    wl.borderless(t)
    for i, (q, a, ins) in enumerate(items):
        wl.cell_text(t.cell(i, 0), q, bold=True)
        p = wl.cell_text(t.cell(i, 1), a)
        if ins:
            wl.add_ins(p, ins, author=ins_author, date=ins_date)
    wl.set_col_widths(t, (7.0, 9.0))
    return t


def layout_tabbed(d, items):
    """'Question<TAB>Answer' lines; long answers broken with w:br, not new paragraphs."""
    p = d.add_paragraph()
    wl.add_runs(p, "Question\tAnswer", bold=True)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8))
    for q, a in items:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(8))
        wl.add_runs(p, f"{q}\t{a}")


def layout_shaded_request(d, request_lines, answers):
    """The request quoted in a shaded box, then the answers numbered to match."""
    heading(d, "Your request", 11)
    for ln in request_lines:
        p = d.add_paragraph()
        wl.add_runs(p, ln)
        wl.shade_para(p)
        p.paragraph_format.space_after = Pt(0)
    para(d, "")
    heading(d, "Our response", 11)
    for no, a in answers:
        p = d.add_paragraph()
        wl.add_runs(p, f"{no}\t", bold=True)
        wl.add_runs(p, a)


# ====================================================================== documents
DOCS = []


def doc(stem, fmt, questionnaire, body_code, kind):
    def deco(fn):
        DOCS.append(dict(stem=stem, fmt=fmt, q=questionnaire, code=body_code, kind=kind, fn=fn))
        return fn
    return deco


def body_name(code, kind):
    return COUNCILS[code] if kind == "council" else ICBS[code]


# ---------------------------------------------------------------- h8_01 Sefton ASC
@doc("h8_01", "docx", "asc_joint_funding", "E08000014", "council")
def h8_01(d, name):
    wl.letterhead(d, ["Sefton Council", "Information Management Team", "Bootle Town Hall, Oriel Road, Bootle L20 7AE",
                      "foi@sefton.example.gov.uk"],
                  ["Sefton Metropolitan Borough Council  |  FOI reference SMBC/FOI/6612  |  OFFICIAL"])
    ref_block(d, [("Our ref:", "SMBC/FOI/6612"), ("Your ref:", "Email of 19 February 2024"),
                  ("Date:", "14th March 2024"), ("Contact:", "Information Management Team")])
    para(d, "")
    para(d, "Dear Requester")
    heading(d, "Freedom of Information Act 2000 – Adult Social Care: Joint Funding")
    para(d, "Thank you for your request for information received on 19 February 2024. Sefton Council holds "
            "some of the information you asked for and our response to each question is set out below.")
    nid = wl.add_numbering(d)
    items = [
        ("Please provide the contact details for the DASS in your local authority.",
         "Our Director of Adult Social Care (DASS) is Graham Loughlin – Executive Director, Adult Social Care "
         "and Health. " + S40_TEXT + " Correspondence can be addressed to the Director c/o the Bootle Town "
         "Hall address above."),
        ("Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).",
         "Councillor Patricia Meadowcroft, Cabinet Member – Adult Social Care. Councillors' contact details "
         "are published on the council website."),
        ("Who provides your main operational system for Case Management?",
         "The Council uses Liquidlogic LAS, supplied by System C, with ContrOCC as the finance module."),
        ("How many current care packages per week does the local authority contribute some or all of the "
         "cost towards?",
         "As at 29/02/2024 the Council was contributing towards 4,318 care packages."),
        ("What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?",
         "The gross cost for 2022/23 was £118,406,223. This is before client contributions are deducted."),
        ("How many of these current care packages are jointly funded with an ICB (both those under s.117 of "
         "the Mental Health Act and those funding under the Care Act because they do not meet CHC eligibility)?",
         "612 packages are jointly funded with the ICB (this includes both s.117 and joint packages)."),
        ("What is the Annual cost of care provided by ICBs for these cases?",
         "The ICB contribution to these packages in 2022/23 was £14,902,551."),
        ("Which ICBs cover the Local Authority Area?",
         "NHS Cheshire and Merseyside ICB (Sefton Place)."),
        ("Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?",
         "Yes – NHS Cheshire and Merseyside ICB, as per the response to question 8."),
        ("Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?",
         "Sefton Council and the ICB (Sefton Place) have an agreed Joint Funding Protocol, last revised in 2023."),
        ("Please provide a copy of it.",
         "A copy of the protocol is attached to this letter."),
        ("Does the Local Authority have a Joint Funding Tool or documented methodology for calculating "
         "funding splits?",
         "There is no standalone tool. Splits are agreed for each individual at the Joint Funding Panel "
         "following completion of the Decision Support Tool, with unresolved cases escalated under the "
         "disputes procedure in the protocol."),
    ]
    layout_inline_response(d, items, nid)
    para(d, "")
    review_ico(d, "Sefton Council", "the Information Management Team at the address above")
    signature(d, ["Information Management Team", "Sefton Council"], "Yours faithfully")
    return {
        "foi_reference": "SMBC/FOI/6612", "response_date": "2024-03-14",
        "dass_name": "Graham Loughlin", "dass_email": WH, "dass_phone": WH,
        "portfolio_holder_name": "Patricia Meadowcroft",
        "case_management_system": "Liquidlogic Adults' Social Care System", "case_management_supplier": "System C",
        "care_packages_count": 4318, "care_packages_as_at": "2024-02-29",
        "la_annual_cost_gbp": 118406223.0, "la_cost_basis": "gross", "cost_year": "2022/23",
        "jointly_funded_packages_count": 612, "icb_annual_cost_gbp": 14902551.0, "icb_weekly_cost_gbp": None,
        "icbs_covering": [ICBS["QYG"]], "main_icb": ICBS["QYG"],
        "joint_funding_policy": "yes", "policy_copy_provided": True,
        "joint_funding_tool": "partial",
        "joint_funding_methods": anyof(["joint_funding_panel", "dst", "dispute_process"],
                                       ["joint_funding_panel", "dst", "dispute_process", "case_by_case"]),
        "exemptions": ["s40"],
    }


# ---------------------------------------------------------------- h8_02 Tameside CSC
@doc("h8_02", "docx", "csc_joint_commissioning", "E08000008", "council")
def h8_02(d, name):
    wl.letterhead(d, ["Tameside Metropolitan Borough Council", "Tameside One, Market Place, Ashton-under-Lyne OL6 6BH"],
                  ["Information Governance  •  Ref: FOI-TMBC-25-0319"], right=False)
    para(d, "Freedom of Information Request – Response", bold=True, size=14)
    ref_block(d, [("Request reference", "FOI-TMBC-25-0319"), ("Date received", "6 January 2025"),
                  ("Date of response", "3 February 2025")])
    para(d, "")
    para(d, "Your request has been considered under the Freedom of Information Act 2000. The questions you asked "
            "are repeated below in bold with the Council's answer underneath each one.")
    nid = wl.add_numbering(d, "%1.", "%2)", "decimal", "lowerLetter")
    items = [
        (0, "Do you have a joint commissioning framework for externally commissioned placements for children?",
         "Yes. Tameside and the Greater Manchester placements partnership operate a joint commissioning "
         "framework for residential and fostering placements."),
        (1, "If yes, does this joint commissioning framework include partners from health (eg CCG or new ICBs)?",
         "Yes – NHS Greater Manchester (Tameside locality) is a signatory."),
        (1, "Please share the terms of reference (ToR) or joint agreement, if health are included",
         "The terms of reference are attached as Appendix 1."),
        (0, "Do health (eg CCG/ICB) joint fund externally commissioned placements (eg residential, therapeutic "
            "foster care, SEND, semi-independent provision)?",
         "Health joint fund placements where a child has assessed health needs; this is decided for each "
         "child on a case-by-case basis at the Joint Resource Panel."),
        (1, "If yes, what are the terms (please share a ToR or agreement)?",
         "Please see Appendix 1."),
        (1, "If yes, how is that funding split for the following (e.g. a shared percentage cost)",
         "There is no fixed percentage. The split is based on the assessed health, education and care "
         "needs of each child."),
        (0, "Do any other partners contribute (over and above children's social care and health/CCG)?",
         "Yes – the SEND service contributes towards the education element of residential school placements."),
        (1, "If yes, who and on what terms?",
         "Education (High Needs Block) on an individual basis."),
        (0, "Is the criteria in the continuing care funding model used as a methodology for split funding?",
         "Yes."),
        (1, "If yes, is this the only criteria health use to determine funding?",
         "No. Health also use the CHAT to establish the level of health need."),
        (0, "What was your Council yearly spend on external placements?",
         "£27,640,310 in 2023/24."),
        (1, "What element of that was funded by health?", "£1,382,015 (5%)."),
        (1, "What element of that was funded by education?", "£2,211,225 (8%)."),
        (1, "What element of that was funded by other?", "None."),
        (0, "Have you involved children or parents in your joint commissioning process?",
         "Children in care council members and parent carer forum representatives took part in the "
         "recommissioning of the framework."),
        (0, "Do you refer to any models of practice in your commissioning framework or joint funding framework?",
         "Yes – see Appendix 1, section 4."),
        (0, "Do you have any other comments?", "No further comments."),
    ]
    fns = {10: "Figures are taken from the Council's outturn for 2023/24 and include placements commissioned "
               "through the framework and spot purchases.",
           12: "Education contributions are recharged from the Dedicated Schools Grant."}
    layout_two_level(d, d, items, nid, footnotes=fns)
    para(d, "")
    review_ico(d, "the Council", "foi@tameside.example.gov.uk", ico_style=1)
    signature(d, ["Information Governance Team", "Tameside Metropolitan Borough Council"], "Kind regards")
    return {
        "foi_reference": "FOI-TMBC-25-0319", "response_date": "2025-02-03",
        "joint_commissioning_framework": "yes", "framework_includes_health": "yes", "framework_tor_provided": True,
        "health_joint_funds_placements": anyof("case_by_case", "yes"),
        "fixed_percentage_split": False,
        "other_partners_contribute": "yes", "other_partners": ["Education"],
        "continuing_care_model_used": "yes", "continuing_care_only_criteria": "no", "other_health_tools": ["CHAT"],
        "external_placements_spend_gbp": 27640310.0, "spend_year": "2023/24",
        "health_share_pct": 5, "health_share_gbp": 1382015.0,
        "education_share_pct": 8, "education_share_gbp": 2211225.0,
        "other_share_pct": anyof(0, None), "other_share_gbp": anyof(0.0, None),
        "children_parents_involved": "yes", "models_of_practice": "yes",
        "exemptions": [],
    }


# ---------------------------------------------------------------- s117 table layout (h8_03, h8_14)
def s117_table_doc(d, c):
    wl.letterhead(d, [c["short"], c["dept"], c["addr"]], [f"{c['short']} – {c['ref']}"])
    ref_block(d, [("Our reference:", c["ref"]), ("Your reference:", c["yourref"]), ("Date:", c["date_str"])],
              style="lines")
    para(d, "")
    para(d, c["salutation"])
    heading(d, c["title"])
    para(d, c["intro"])
    layout_response_table(d, c["sections"])
    para(d, "")
    for extra in c.get("after", []):
        para(d, extra)
    review_ico(d, c["short"], c["review_contact"], ico_style=c.get("ico", 0))
    signature(d, c["sig"])


@doc("h8_03", "docx", "s117_aftercare", "E08000002", "council")
def h8_03(d, name):
    c = dict(short="Bury Council", dept="Freedom of Information Team", addr="Town Hall, Knowsley Street, Bury BL9 0SW",
             ref="FOI 24-1877", yourref="Not quoted", date_str="Wednesday, 11 December 2024",
             salutation="Dear Sir or Madam",
             title="Request for information: Section 117 aftercare funding",
             intro="We have now completed our searches. The table below sets out each part of your request, our "
                   "response and, where information has not been provided, the exemption applied.",
             review_contact="foi@bury.example.gov.uk",
             sig=["Rebecca Hollins", "Information Governance Officer", "Bury Council"])
    c["sections"] = [
        ("Section A – People receiving aftercare", [
            ("1", "Number of people receiving s117 aftercare funded wholly or partly by the local authority as at "
                  "31 March 2024", "As at 31/03/2024: 684 people.", "None"),
            ("2", "How many of these have their aftercare jointly funded with the ICB?",
             "217 of the 684.", "None"),
            ("10", "How many people were discharged from section 117 aftercare in 2023/24?",
             "41 people were formally discharged from s117 in 2023/24.", "None"),
        ]),
        ("Section B – Policy and arrangements", [
            ("3", "Does the LA have an agreed s117 joint policy or protocol with the ICB?",
             "Yes. The Bury Section 117 Aftercare Joint Policy was agreed with NHS Greater Manchester in 2022.", "None"),
            ("3a", "If so, please provide a copy.",
             "The policy is published on the Council's website and is therefore exempt under section 21 "
             "(information reasonably accessible by other means). A link is provided in the covering e-mail.",
             "Section 21"),
            ("4", "How is the cost split between the LA and the ICB?",
             "Costs of jointly funded packages are shared 50/50 between the Council and the ICB unless the "
             "Section 117 panel agrees a different apportionment.", "None"),
            ("4a", "Where a percentage split is used, what percentage does the ICB pay?", "50%", "None"),
            ("7", "Has the policy been reviewed since the 2024/25 guidance was published?",
             "A review has started and is due to be completed by March 2025.", "None"),
            ("9", "Do you keep a joint register with the ICB?",
             "Yes – a shared register is held by the Council's Mental Health Team and the ICB.", "None"),
            ("11", "Is there an agreed process for resolving disputes?",
             "Yes, set out in section 9 of the joint policy.", "None"),
        ]),
        ("Section C – Finance", [
            ("5", "LA total spend on s117 aftercare in 2023/24",
             "2021/22: £7,912,406\n\n2022/23: £8,655,019\n\n2023/24: £9,480,233\n\nTotal (3 years): £26,047,658",
             "None"),
            ("6", "ICB spend on s117 aftercare for Bury residents in the same year",
             "The Council does not hold this information. You may wish to contact NHS Greater Manchester.",
             "Not held"),
        ]),
        ("Section D – Contacts", [
            ("8", "Which ICB is the lead ICB for s117 aftercare in your area?",
             "NHS Greater Manchester Integrated Care Board (Bury locality).", "None"),
            ("12", "Name and contact details of the officer responsible for s117 aftercare",
             "Head of Mental Health Social Work – Daniel Ashworth. Telephone and e-mail: withheld.",
             "Section 40(2)"),
        ]),
    ]
    s117_table_doc(d, c)
    return {
        "foi_reference": "FOI 24-1877", "response_date": "2024-12-11",
        "s117_people_count": 684, "s117_as_at": "2024-03-31", "s117_jointly_funded_count": 217,
        "s117_joint_policy": "yes", "s117_policy_copy_provided": anyof(True, WH),
        "s117_split_basis": "fixed_percentage",
        "s117_split_methods": anyof(["fixed_split", "joint_panel"], ["fixed_split"]),
        "s117_icb_share_pct": 50,
        "la_s117_spend_gbp": 9480233.0, "s117_spend_year": "2023/24", "icb_s117_spend_gbp": NH,
        "s117_policy_reviewed": "partial", "s117_lead_icb": ICBS["QOP"], "s117_joint_register": "yes",
        "s117_discharged_count": 41, "s117_disputes_process": "yes",
        "s117_contact_name": "Daniel Ashworth", "s117_contact_email": WH, "s117_contact_phone": WH,
        "exemptions": ["s21", "s40"],
    }


@doc("h8_14", "pdf", "s117_aftercare", "E06000050", "council")
def h8_14(d, name):
    c = dict(short="Cheshire West and Chester Council", dept="Information Rights", addr="HQ, 58 Nicholas Street, Chester CH1 2NP",
             ref="CWAC-IR-2025-00763", yourref="S117/BJ", date_str="Tuesday, 22 April 2025",
             salutation="Dear Mr Jarvis",
             title="Freedom of Information request – section 117 Mental Health Act aftercare",
             intro="Thank you for your request received on 24 March 2025. Please find our response in the table below.",
             review_contact="inforights@cheshirewestandchester.example.gov.uk", ico=1,
             sig=["Ahmed Qureshi", "Information Rights Officer", "Governance"])
    c["sections"] = [
        ("Part 1 – Numbers", [
            ("1", "How many people were receiving s117 aftercare funded wholly or partly by the local authority "
                  "as at 31 March 2024?", "There were 1,052 people with open s117 aftercare services as at "
                                          "31st March 2024.", "—"),
            ("2", "How many of these people have their s117 aftercare jointly funded with the ICB?",
             "398", "—"),
            ("10", "How many people were discharged from s117 aftercare in 2023/24?",
             "To answer this question would require a manual review of each closed case record, as discharge "
             "reasons are not held in a reportable field. " + cost_limit_text(
                 "the Council", "We estimate reviewing around 600 closed records at 5 minutes each would take 50 hours."),
             "s.12")]),
        ("Part 2 – Arrangements with health", [
            ("3", "Does the local authority have an agreed s117 joint policy or protocol with the ICB?",
             "The Council and NHS Cheshire and Merseyside have a joint s117 protocol for Cheshire West.", "—"),
            ("3a", "If so, please provide a copy.", "Attached.", "—"),
            ("4", "How is the cost of s117 aftercare split between the local authority and the ICB?",
             "There is no fixed percentage; each package is apportioned according to assessed need at the "
             "Joint Funding Panel.", "—"),
            ("4a", "Where a percentage split is used, what percentage does the ICB pay?",
             "Not applicable – see our response to question 4.", "—"),
            ("7", "Has your s117 policy been reviewed since the 2024/25 guidance was published?",
             "Yes, the protocol was updated in January 2025.", "—"),
            ("8", "Which ICB is the lead ICB for s117 aftercare in your area?", "NHS Cheshire and Merseyside ICB", "—"),
            ("9", "Do you keep a joint register with the ICB?",
             "No. Each organisation keeps its own record.", "—"),
            ("11", "Is there an agreed process for resolving disputes with the ICB about s117 funding?",
             "Yes.", "—")]),
        ("Part 3 – Finance (£)", [
            ("5", "Local authority total spend on s117 aftercare in 2023/24", "£16,204,877", "—"),
            ("6", "ICB spend on s117 aftercare for people in your area in the same year",
             "ICB contribution to jointly funded s117 packages 2023/24: £5,631,090", "—")]),
        ("Part 4 – Officer contact", [
            ("12", "Name and contact details of the officer responsible for s117 aftercare",
             "Senior Manager, Mental Health and Learning Disability Services. The name and contact details of "
             "this officer are withheld.", "s.40(2)")]),
    ]
    s117_table_doc(d, c)
    return {
        "foi_reference": "CWAC-IR-2025-00763", "response_date": "2025-04-22",
        "s117_people_count": 1052, "s117_as_at": "2024-03-31", "s117_jointly_funded_count": 398,
        "s117_joint_policy": "yes", "s117_policy_copy_provided": True,
        "s117_split_basis": "case_by_case",
        "s117_split_methods": anyof(["case_by_case", "joint_panel"], ["joint_panel"]),
        "s117_icb_share_pct": anyof(NA, SO, None),
        "la_s117_spend_gbp": 16204877.0, "s117_spend_year": "2023/24", "icb_s117_spend_gbp": 5631090.0,
        "s117_policy_reviewed": "yes", "s117_lead_icb": ICBS["QYG"], "s117_joint_register": "no",
        "s117_discharged_count": WH, "s117_disputes_process": "yes",
        "s117_contact_name": WH, "s117_contact_email": WH, "s117_contact_phone": WH,
        "exemptions": ["s12", "s40"],
    }


# ---------------------------------------------------------------- h8_04 West Yorkshire ICB, content controls
@doc("h8_04", "docx", "chc_funding_split", "QWO", "icb")
def h8_04(d, name):
    wl.letterhead(d, ["NHS West Yorkshire Integrated Care Board", "White Rose House, West Parade, Wakefield WF1 1LT"],
                  ["Freedom of Information  |  WY ICB FOI 2024/1190  |  Please quote this reference in all correspondence"])
    para(d, "FREEDOM OF INFORMATION REQUEST – RESPONSE FORM", bold=True, size=13, align="center")
    ref_block(d, [("FOI reference:", "WY ICB FOI 2024/1190"), ("Received:", "08/10/2024"),
                  ("Responded:", "05/11/2024"), ("Subject:", "NHS Continuing Healthcare and joint funded packages")])
    para(d, "")
    para(d, "NHS West Yorkshire ICB confirms that it holds some of the information requested. Each answer "
            "appears in the response field below the question.")
    qa = [
        ("Q1. How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?",
         "As at 31 March 2024 there were 3,941 people eligible for NHS CHC across the five West Yorkshire "
         "places (Bradford District and Craven, Calderdale, Kirklees, Leeds and Wakefield)."),
        ("Q2. How many of these people were receiving CHC through the Fast Track Pathway?",
         "Of those, 1,027 were receiving CHC through the Fast Track Pathway."),
        ("Q3. How many joint funded packages (shared care between health and social care for people below the "
         "CHC threshold) were in place?",
         "The number of joint funded packages in place was 1,486."),
        ("Q4. Is there a local joint funding or shared care protocol agreed between the ICB and the local authority?",
         "Each place has its own joint funding protocol agreed with its local authority."),
        ("Q4a. If so, please provide a copy of the protocol.",
         "The protocols are not published; copies are attached for Leeds and Wakefield. The remaining "
         "three are being revised and will be published once agreed."),
        ("Q5. Which tool is used to decide CHC eligibility and the contributions to joint packages?",
         "Eligibility is determined using the national Checklist and Decision Support Tool. Contributions to "
         "joint packages are set using a local joint funding tool based on time to task."),
        ("Q6. Is the funding of joint packages split by a fixed percentage, or agreed case by case?",
         "The split of funding for joint packages is agreed case by case."),
        ("Q6a. If a fixed or typical percentage is used, what share of the cost does health pay?",
         "Not applicable, please refer to the answer to Q6."),
        ("Q7. Is there an agreed disputes procedure between the ICB and the local authority?",
         "Yes, each protocol contains a disputes procedure in line with the National Framework."),
        ("Q7a. How many disputes were raised under the disputes procedure in 2023/24?",
         "23 disputes were raised in 2023/24."),
        ("Q8. What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?",
         "£312.6m (2023/24 outturn, all-age continuing care excluding funded nursing care)."),
        ("Q9. What was the local authority's annual contribution to joint funded packages in 2023/24?",
         "The ICB does not hold information on local authority expenditure. You may wish to direct this "
         "question to the five councils."),
        ("Q10. How many Fast Track referrals were received in 2023/24?",
         "Fast Track referrals are not centrally reported across the five places. " + cost_limit_text(
             "the ICB", "Collating the figure would mean extracting and de-duplicating records from five "
                        "separate systems, which we estimate would take in excess of 30 hours.")),
        ("Q11. Which ICB or ICBs are responsible for CHC for the residents of your area?",
         "NHS West Yorkshire Integrated Care Board."),
    ]
    for q, a in qa:
        para(d, q, bold=True)
        wl.add_sdt_block(d, "Response", a)
    para(d, "")
    review_ico(d, "NHS West Yorkshire ICB", "the FOI team at wyicb.foi@nhs.example.net")
    signature(d, ["Freedom of Information Team", "NHS West Yorkshire Integrated Care Board"], "Regards")
    return {
        "foi_reference": "WY ICB FOI 2024/1190", "response_date": "2024-11-05",
        "chc_eligible_count": 3941, "chc_as_at": "2024-03-31", "chc_fast_track_count": 1027,
        "joint_packages_count": 1486,
        "joint_funding_protocol": "yes", "protocol_copy_provided": True,
        "chc_tools": ["checklist", "dst", "local_tool", "time_to_task"],
        "chc_split_fixed": False, "chc_health_share_pct": anyof(NA, SO, None),
        "chc_disputes_procedure": "yes", "chc_disputes_count": 23,
        "icb_chc_spend_gbp": 312600000.0, "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": NH, "chc_fast_track_referrals_count": WH,
        "chc_icbs": [ICBS["QWO"]],
        "exemptions": ["s12"],
    }


# ---------------------------------------------------------------- h8_05 Swindon ASC, nested table + hyperlinks
@doc("h8_05", "docx", "asc_joint_funding", "E06000030", "council")
def h8_05(d, name):
    wl.letterhead(d, ["Swindon Borough Council", "Civic Offices, Euclid Street, Swindon SN1 2JH"],
                  ["SBC FOI/EIR 31552 – Adult Social Care joint funding"])
    para(d, "Freedom of Information Act 2000 – Decision", bold=True, size=13)
    ref_block(d, [("Case number", "FOI/EIR 31552"), ("Decision date", "2 July 2024")])
    para(d, "")
    para(d, "Request and response", bold=True)
    t = d.add_table(rows=13, cols=2)
    t.style = "Table Grid"
    wl.cell_text(t.cell(0, 0), "Question", bold=True)
    wl.cell_text(t.cell(0, 1), "Response", bold=True)
    wl.shade_cell(t.cell(0, 0), "BFBFBF")
    wl.shade_cell(t.cell(0, 1), "BFBFBF")
    rows = [
        ("1. Please provide the contact details for the DASS in your local authority.",
         "Corporate Director of Adults, Health and Housing: Miriam Okonjo-Hale. Please use the general "
         "adult social care mailbox for correspondence; individual contact details are withheld under "
         "section 40."),
        ("2. Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).",
         "Cllr Toby Rennard, Cabinet Member for Adult Social Care – details at "),
        ("3. Who provides your main operational system for Case Management?", "Mosaic – The Access Group."),
        ("4. How many current care packages per week does the local authority contribute some or all of the cost towards?",
         "2,774 (snapshot as at 31 May 2024)."),
        ("5. What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?",
         None),
        ("6. How many of these current care packages are jointly funded with an ICB?", "203"),
        ("7. What is the Annual cost of care provided by ICBs for these cases?",
         "We do not hold an annual figure for the ICB's share. Based on the current package values "
         "the ICB contribution is £96,412 per week."),
        ("8. Which ICBs cover the Local Authority Area?",
         "NHS Bath and North East Somerset, Swindon and Wiltshire ICB (BSW)."),
        ("9. Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?",
         "BSW ICB."),
        ("10. Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?",
         "No. A BSW-wide joint funding policy is in draft and has not yet been agreed."),
        ("11. Please provide a copy of it.", "Not applicable as the policy is in draft."),
        ("12. Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?",
         "No tool is in use. Apportionment is negotiated between the Council and the ICB for each individual."),
    ]
    for i, (q, a) in enumerate(rows, start=1):
        wl.cell_text(t.cell(i, 0), q)
        if a is not None:
            p = wl.cell_text(t.cell(i, 1), a)
            if i == 2:
                wl.add_hyperlink(p, "www.swindon.example.gov.uk/councillors", "https://www.swindon.example.gov.uk/councillors")
        else:
            cell = t.cell(i, 1)
            wl.cell_text(cell, "Net expenditure on these packages, 2022/23 outturn (£000):")
            inner = cell.add_table(rows=5, cols=2)
            inner.style = "Table Grid"
            vals = [("Service", "£000"), ("Residential and nursing", "31,208"), ("Home care and supported living", "22,547"),
                    ("Direct payments and other", "9,116"), ("Total", "62,871")]
            for r, (k, v) in enumerate(vals):
                wl.cell_text(inner.cell(r, 0), k, bold=(r in (0, 4)))
                wl.cell_text(inner.cell(r, 1), v, bold=(r in (0, 4)))
            cell.add_paragraph("Figures are net of client contributions.")
            wl.set_col_widths(inner, (5.5, 2.5))
    wl.set_col_widths(t, (7.0, 9.5))
    para(d, "")
    p = para(d, "The Council's statement of accounts, from which these figures are drawn, is available at ")
    wl.add_hyperlink(p, "https://www.swindon.example.gov.uk/accounts", "https://www.swindon.example.gov.uk/accounts")
    review_ico(d, "the Council", "foi@swindon.example.gov.uk", ico_style=1)
    signature(d, ["Corporate Information Team", "Swindon Borough Council"])
    return {
        "foi_reference": "FOI/EIR 31552", "response_date": "2024-07-02",
        "dass_name": "Miriam Okonjo-Hale", "dass_email": WH, "dass_phone": WH,
        "portfolio_holder_name": "Toby Rennard",
        "case_management_system": "Mosaic", "case_management_supplier": "The Access Group",
        "care_packages_count": 2774, "care_packages_as_at": "2024-05-31",
        "la_annual_cost_gbp": 62871000.0, "la_cost_basis": "net", "cost_year": "2022/23",
        "jointly_funded_packages_count": 203,
        "icb_annual_cost_gbp": 96412.0 * 52, "icb_weekly_cost_gbp": 96412.0,
        "icbs_covering": [ICBS["QOX"]], "main_icb": ICBS["QOX"],
        "joint_funding_policy": anyof("partial", "no"), "policy_copy_provided": anyof(False, NA),
        "joint_funding_tool": anyof("partial", "no"),
        "joint_funding_methods": anyof(["case_by_case"], []),
        "exemptions": ["s40"],
    }


# ---------------------------------------------------------------- layout-table + tracked changes (h8_06, h8_16)
def csc_layout_doc(d, c):
    wl.letterhead(d, [c["short"], c["addr"]], [c["footer"]], right=False)
    para(d, c["date_str"], align=None)
    para(d, "")
    para(d, c["salutation"])
    heading(d, c["title"])
    para(d, c["intro"])
    layout_layout_table(d, c["items"], ins_author=c["ins_author"], ins_date=c["ins_date"])
    para(d, "")
    for e in c.get("after", []):
        para(d, e)
    review_ico(d, c["short"], c["review_contact"], ico_style=c.get("ico", 0))
    signature(d, c["sig"])


@doc("h8_06", "docx", "csc_joint_commissioning", "E08000029", "council")
def h8_06(d, name):
    c = dict(short="Solihull Council", addr="Council House, Manor Square, Solihull B91 3QB",
             footer="Solihull Metropolitan Borough Council – Information Governance – Ref: SMBC 2025/4410",
             date_str="3 Oct 2025", salutation="Dear Ms Rahman",
             title="Freedom of Information Request – Ref: SMBC 2025/4410 – Joint commissioning of children's placements",
             intro="I write in response to your request dated 8 September 2025. Our responses are given alongside "
                   "each of your questions.",
             ins_author="K. Duggan", ins_date="2025-10-02T14:12:00Z",
             review_contact="the Information Governance Team (foi@solihull.example.gov.uk)",
             sig=["Kiran Duggan", "Information Governance Officer", "Solihull Metropolitan Borough Council"])
    c["items"] = [
        ("Q1 Do you have a joint commissioning framework for externally commissioned placements for children?\n"
         "Q1a If yes, does this include partners from health?\nQ1b Please share the ToR or joint agreement",
         "Q1, 1a and 1b: No. Solihull uses the West Midlands regional framework for residential and fostering "
         "placements, which is a council-only arrangement, so 1a and 1b do not apply.", None),
        ("Q2 Do health (eg CCG/ICB) joint fund externally commissioned placements?",
         "Yes, where a child has health needs identified through continuing care assessment.",
         " This is agreed at the Tri-partite Panel for each individual child."),
        ("Q2a If yes, what are the terms?", "There is no written agreement; decisions are recorded in panel minutes.", None),
        ("Q2b If yes, how is that funding split?",
         "Each contribution is agreed according to the child's assessed needs; there is no set percentage.", None),
        ("Q3 Do any other partners contribute (over and above children's social care and health/CCG)?\nQ3a If yes, who and on what terms?",
         "Yes. Education (SEND) contributes towards the education costs of residential school placements,",
         " and the Youth Justice Service contributes to a small number of remand-related placements."),
        ("Q4 Is the criteria in the continuing care funding model used as a methodology for split funding?",
         "Yes.", None),
        ("Q4b If yes, is this the only criteria health use?",
         "No – the ICB also considers the outcome of the CHAT.", None),
        ("Q5 What was your Council yearly spend on external placements?",
         "2024/25: £34,118,900", None),
        ("Q5a What element of that was funded by health?", "£1,910,658", " (5.6%)"),
        ("Q5b What element of that was funded by education?", "£3,002,463 (8.8%)", None),
        ("Q5c What element of that was funded by other?", "£68,238 (0.2%)", None),
        ("Q6 Have you involved children or parents in your joint commissioning process?",
         "Not applicable, as we do not have a joint commissioning framework (see response to Q1).", None),
        ("Q7 Do you refer to any models of practice in your commissioning framework or joint funding framework?\nQ7a If yes, please share this?",
         "Not applicable – see Q1.", None),
        ("Q8 Do you have any other comments?", "No.", None),
    ]
    csc_layout_doc(d, c)
    return {
        "foi_reference": "SMBC 2025/4410", "response_date": "2025-10-03",
        "joint_commissioning_framework": "no", "framework_includes_health": anyof(NA, "no"),
        "framework_tor_provided": anyof(NA, False),
        "health_joint_funds_placements": anyof("case_by_case", "yes"),
        "fixed_percentage_split": False,
        "other_partners_contribute": "yes", "other_partners": ["Education", "Youth Justice"],
        "continuing_care_model_used": "yes", "continuing_care_only_criteria": "no", "other_health_tools": ["CHAT"],
        "external_placements_spend_gbp": 34118900.0, "spend_year": "2024/25",
        "health_share_pct": 5.6, "health_share_gbp": 1910658.0,
        "education_share_pct": 8.8, "education_share_gbp": 3002463.0,
        "other_share_pct": 0.2, "other_share_gbp": 68238.0,
        "children_parents_involved": anyof(NA, SO, None), "models_of_practice": anyof(NA, SO, None, "no"),
        "exemptions": [],
    }


@doc("h8_16", "pdf", "csc_joint_commissioning", "E06000013", "council")
def h8_16(d, name):
    c = dict(short="North Lincolnshire Council", addr="Church Square House, 30-40 High Street, Scunthorpe DN15 6NL",
             footer="North Lincolnshire Council  ·  Information Governance  ·  NLC-FOI-23/5127",
             date_str="Date: 19th December 2023", salutation="Dear Requester",
             title="Your request for information – reference NLC-FOI-23/5127",
             intro="Thank you for your request, which we received on 21 November 2023. North Lincolnshire Council "
                   "holds the information and our answers are set out below.",
             ins_author="Information Governance", ins_date="2023-12-18T10:30:00Z", ico=1,
             review_contact="information.governance@northlincs.example.gov.uk",
             sig=["Information Governance Team", "North Lincolnshire Council"])
    c["items"] = [
        ("1. Do you have a joint commissioning framework for externally commissioned placements for children?",
         "Yes – the Humber placements framework, commissioned jointly.", None),
        ("1a. If yes, does this joint commissioning framework include partners from health?",
         "Yes, NHS Humber and North Yorkshire ICB (North Lincolnshire place).", None),
        ("1b. Please share the terms of reference (ToR) or joint agreement, if health are included",
         "The joint agreement contains commercially sensitive pricing and is withheld under section 43(2).", None),
        ("2. Do health (eg CCG/ICB) joint fund externally commissioned placements?", "Yes.", None),
        ("2a. If yes, what are the terms?", "Please see 1b.", None),
        ("2b. If yes, how is that funding split for the following (e.g. a shared percentage cost)",
         "Residential placements where the child meets continuing care criteria are split equally, 50% each,",
         " between the Council and the ICB. Other placements are agreed individually."),
        ("3. Do any other partners contribute (over and above children's social care and health/CCG)?",
         "No.", None),
        ("3a. If yes, who and on what terms?", "N/A", None),
        ("4. Is the criteria in the continuing care funding model used as a methodology for split funding?",
         "Yes", None),
        ("4b. If yes, is this the only criteria health use to determine funding?", "Yes.", None),
        ("5. What was your Council yearly spend on external placements?",
         "The 2022-2023 spend was £11,486,200.", None),
        ("5a. What element of that was funded by health?", "£1,263,482", None),
        ("5b. What element of that was funded by education?", "£0 – education costs are met within the placement fee.", None),
        ("5c. What element of that was funded by other?", "£0", None),
        ("6. Have you involved children or parents in your joint commissioning process?",
         "Our Children in Care Council was consulted on the service specification.", None),
        ("7. Do you refer to any models of practice in your commissioning framework or joint funding framework?",
         "No.", None),
        ("7a. If yes, please share this?", "N/A", None),
        ("8. Do you have any other comments?", "None.", None),
    ]
    csc_layout_doc(d, c)
    return {
        "foi_reference": "NLC-FOI-23/5127", "response_date": "2023-12-19",
        "joint_commissioning_framework": "yes", "framework_includes_health": "yes",
        "framework_tor_provided": anyof(WH, False),
        "health_joint_funds_placements": "yes",
        "fixed_percentage_split": anyof(True, False),
        "other_partners_contribute": "no", "other_partners": anyof([], NA, None),
        "continuing_care_model_used": "yes", "continuing_care_only_criteria": "yes", "other_health_tools": anyof([], None),
        "external_placements_spend_gbp": 11486200.0, "spend_year": "2022/23",
        "health_share_pct": anyof(None, 11), "health_share_gbp": 1263482.0,
        "education_share_pct": anyof(0, None), "education_share_gbp": 0.0,
        "other_share_pct": anyof(0, None), "other_share_gbp": 0.0,
        "children_parents_involved": anyof("yes", "partial"), "models_of_practice": "no",
        "exemptions": ["s43"],
    }


# ---------------------------------------------------------------- h8_07 St Helens s117 tab layout + w:br
@doc("h8_07", "docx", "s117_aftercare", "E08000013", "council")
def h8_07(d, name):
    wl.letterhead(d, ["St Helens Borough Council", "Town Hall, Victoria Square, St Helens WA10 1HP"],
                  ["Freedom of Information – 2025/FOI/0942"])
    p = d.add_paragraph()
    wl.add_runs(p, "Our Ref:\t2025/FOI/0942\nYour Ref:\tFOI – s117\nDate:\t17.06.2025")
    para(d, "")
    para(d, "Dear Requester,")
    para(d, "RE: FREEDOM OF INFORMATION ACT 2000 – SECTION 117 AFTERCARE", bold=True)
    para(d, "Your request has been dealt with under the Freedom of Information Act 2000. Each question is listed "
            "with the Council's answer alongside it.")
    items = [
        ("1. Number receiving s117 aftercare at 31 March 2024",
         "At 31 March 2024 there were 466 people receiving s117 aftercare funded wholly or partly by the Council."),
        ("2. Number jointly funded with the ICB", "149"),
        ("3. Agreed s117 joint policy or protocol with the ICB",
         "Yes – the St Helens Section 117 Joint Policy (Council and NHS Cheshire and Merseyside, St Helens Place)."),
        ("3a. Copy of the policy", "Please find the policy attached."),
        ("4. How is the cost split",
         "Packages are apportioned according to the proportion of health and social care need.\n"
         "Each case is considered individually at the S117 Joint Funding Panel.\n"
         "No fixed percentage is applied."),
        ("4a. ICB percentage", "See our response to question 4."),
        ("5. LA total s117 spend 2023/24", "£6,708,142 (gross)"),
        ("6. ICB s117 spend, same year",
         "Information not held by the Council.\nThe ICB's own spend is a matter for NHS Cheshire and Merseyside."),
        ("7. Policy reviewed since 2024/25 guidance?",
         "The policy is currently being reviewed in light of the new guidance."),
        ("8. Lead ICB", "NHS Cheshire & Merseyside"),
        ("9. Joint register", "A joint register is held with the ICB."),
        ("10. Discharged from s117 in 2023/24", "Please see our response to question 1 – data on discharges is not held separately.\n"
                                               "The information is not held."),
        ("11. Disputes process", "Yes – the disputes process is in Appendix C of the joint policy."),
        ("12. Officer responsible",
         "Assistant Director, Integrated Mental Health – Louise Pennington\nEmail: [withheld – s40]\nTel: [withheld – s40]"),
    ]
    layout_tabbed(d, items)
    para(d, "")
    review_ico(d, "the Council", "foi@sthelens.example.gov.uk", ico_style=0)
    signature(d, ["Information Governance Unit", "St Helens Borough Council"])
    return {
        "foi_reference": "2025/FOI/0942", "response_date": "2025-06-17",
        "s117_people_count": 466, "s117_as_at": "2024-03-31", "s117_jointly_funded_count": 149,
        "s117_joint_policy": "yes", "s117_policy_copy_provided": True,
        "s117_split_basis": "case_by_case",
        "s117_split_methods": ["case_by_case", "joint_panel"],
        "s117_icb_share_pct": anyof(SO, NA, None),
        "la_s117_spend_gbp": 6708142.0, "s117_spend_year": "2023/24", "icb_s117_spend_gbp": NH,
        "s117_policy_reviewed": "partial", "s117_lead_icb": ICBS["QYG"], "s117_joint_register": "yes",
        "s117_discharged_count": NH, "s117_disputes_process": "yes",
        "s117_contact_name": "Louise Pennington", "s117_contact_email": WH, "s117_contact_phone": WH,
        "exemptions": ["s40"],
    }


# ---------------------------------------------------------------- shaded request layout (h8_08, h8_15)
def chc_shaded_doc(d, c):
    wl.letterhead(d, [c["short"], c["addr"]], [c["footer"]])
    ref_block(d, c["refs"])
    para(d, "")
    para(d, c["salutation"])
    para(d, c["intro"])
    layout_shaded_request(d, c["request"], c["answers"])
    para(d, "")
    for e in c.get("after", []):
        para(d, e)
    review_ico(d, c["short"], c["review_contact"], ico_style=c.get("ico", 0))
    signature(d, c["sig"])


CHC_REQ = [
    "1. How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?",
    "2. How many of these people were receiving CHC through the Fast Track Pathway?",
    "3. How many joint funded packages (shared care between health and social care for people below the CHC threshold) were in place?",
    "4. Is there a local joint funding or shared care protocol agreed between the ICB and the local authority? 4a. If so, please provide a copy.",
    "5. Which tool is used to decide CHC eligibility and the contributions to joint packages?",
    "6. Is the funding of joint packages split by a fixed percentage, or agreed case by case? 6a. If a fixed or typical percentage is used, what share does health pay?",
    "7. Is there an agreed disputes procedure between the ICB and the local authority? 7a. How many disputes were raised in 2023/24?",
    "8. What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?",
    "9. What was the local authority's annual contribution to joint funded packages in 2023/24?",
    "10. How many Fast Track referrals were received in 2023/24?",
    "11. Which ICB or ICBs are responsible for CHC for the residents of your area?",
]


@doc("h8_08", "docx", "chc_funding_split", "QOP", "icb")
def h8_08(d, name):
    c = dict(short="NHS Greater Manchester", addr="4th Floor, 3 Piccadilly Place, Manchester M1 3BN",
             footer="NHS Greater Manchester Integrated Care  ·  FOI 2025/1342",
             refs=[("Reference", "FOI 2025/1342"), ("Date Requested", "14/07/2025"), ("Date Replied", "11/08/2025"),
                   ("Category", "Continuing Health Care (CHC)")],
             salutation="Dear Requester,",
             intro="Thank you for your request for information under the Freedom of Information Act 2000. NHS "
                   "Greater Manchester (NHS GM) covers ten localities and figures below are totals for all ten.",
             request=CHC_REQ, review_contact="gmicb-foi@nhs.example.net",
             sig=["Corporate Affairs – FOI", "NHS Greater Manchester Integrated Care Board"])
    c["answers"] = [
        ("1.", "6,208 people were eligible for NHS CHC as at 31/03/2024."),
        ("2.", "1,733 of these were Fast Track."),
        ("3.", "NHS GM does not hold a Greater Manchester total for joint funded packages; these are recorded "
               "by each locality with its council. The information is not held centrally."),
        ("4. & 4a.", "Yes – each locality has a joint funding protocol with its local authority. These are "
                     "published on the NHS GM website and are exempt under section 21."),
        ("5.", "The NHS CHC Checklist and the Decision Support Tool. For joint packages the locality joint "
               "funding panel agrees contributions."),
        ("6. & 6a.", "The split is agreed case by case according to assessed need; no typical percentage is used."),
        ("7.", "Yes. 7a: 58 disputes were raised across the ten localities in 2023/24."),
        ("8.", "Spend on NHS CHC (£000):\n2021/22  548,210\n2022/23  593,774\n2023/24  641,905"),
        ("9.", "This information is held by the ten local authorities, not by NHS GM."),
        ("10.", "9,412 Fast Track referrals were received in 2023/24."),
        ("11.", "NHS Greater Manchester Integrated Care Board."),
    ]
    chc_shaded_doc(d, c)
    return {
        "foi_reference": "FOI 2025/1342", "response_date": "2025-08-11",
        "chc_eligible_count": 6208, "chc_as_at": "2024-03-31", "chc_fast_track_count": 1733,
        "joint_packages_count": NH,
        "joint_funding_protocol": "yes", "protocol_copy_provided": anyof(True, WH),
        "chc_tools": ["checklist", "dst", "joint_panel"],
        "chc_split_fixed": False, "chc_health_share_pct": anyof(None, NA),
        "chc_disputes_procedure": "yes", "chc_disputes_count": 58,
        "icb_chc_spend_gbp": 641905000.0, "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": NH, "chc_fast_track_referrals_count": 9412,
        "chc_icbs": [ICBS["QOP"]],
        "exemptions": ["s21"],
    }


@doc("h8_15", "pdf", "chc_funding_split", "QVV", "icb")
def h8_15(d, name):
    c = dict(short="NHS Dorset", addr="Vespasian House, Barrack Road, Dorchester DT1 1TG",
             footer="NHS Dorset Integrated Care Board – Freedom of Information – FOI.24.0588",
             refs=[("Our reference", "FOI.24.0588"), ("Your reference", "CHC split"), ("Date", "28 August 2024")],
             salutation="Dear Dr Fenwick,",
             intro="NHS Dorset has now considered your request of 31 July 2024. Your questions are reproduced in "
                   "the box below and our answers follow, numbered to match.",
             request=CHC_REQ, review_contact="the Freedom of Information Team, NHS Dorset", ico=1,
             sig=["Helen Marsh", "Freedom of Information Lead", "NHS Dorset"])
    c["answers"] = [
        ("1.", "2,147"),
        ("2.", "596"),
        ("3.", "As at 31 March 2024, 388 joint funded packages were in place (Dorset Council 241; "
               "Bournemouth, Christchurch and Poole Council 147)."),
        ("4.", "Yes. A Dorset-wide joint funding protocol is agreed with both councils."),
        ("4a.", "A copy is enclosed."),
        ("5.", "National tools are used: the Checklist, the DST and the Fast Track Pathway Tool. Joint funding "
               "contributions are agreed using the Dorset joint funding matrix."),
        ("6.", "Joint packages are normally split by a fixed percentage set out in the protocol."),
        ("6a.", "Health pays 50% of the package cost."),
        ("7.", "Yes, a joint disputes procedure is in place."),
        ("7a.", "Fewer than five disputes were raised in 2023/24. To protect the identity of the individuals "
                "concerned the exact number is withheld under section 40(2)."),
        ("8.", "£118.4 million in 2023/24."),
        ("9.", "The councils' contribution to joint packages in 2023/24 was £9,806,330."),
        ("10.", "2,019"),
        ("11.", "NHS Dorset Integrated Care Board."),
    ]
    chc_shaded_doc(d, c)
    return {
        "foi_reference": "FOI.24.0588", "response_date": "2024-08-28",
        "chc_eligible_count": 2147, "chc_as_at": "2024-03-31", "chc_fast_track_count": 596,
        "joint_packages_count": 388,
        "joint_funding_protocol": "yes", "protocol_copy_provided": True,
        "chc_tools": ["checklist", "dst", "fast_track_tool", "local_tool"],
        "chc_split_fixed": True, "chc_health_share_pct": 50,
        "chc_disputes_procedure": "yes", "chc_disputes_count": WH,
        "icb_chc_spend_gbp": 118400000.0, "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": 9806330.0, "chc_fast_track_referrals_count": 2019,
        "chc_icbs": [ICBS["QVV"]],
        "exemptions": ["s40"],
    }


# ---------------------------------------------------------------- h8_09 East Riding ASC, text boxes
@doc("h8_09", "docx", "asc_joint_funding", "E06000011", "council")
def h8_09(d, name):
    wl.letterhead(d, ["East Riding of Yorkshire Council", "County Hall, Cross Street, Beverley HU17 9BA"],
                  ["ERYC Information Governance  |  FOI/2024/11876  |  Sensitivity: PUBLIC"])
    ref_block(d, [("Our Ref", "FOI/2024/11876"), ("Date", "27 September 2024")], style="lines")
    para(d, "")
    para(d, "Dear Sir/Madam")
    para(d, "Freedom of Information Request – Adult Social Care Joint Funding", bold=True)
    para(d, "Thank you for your request. Each question is shown in bold with the Council's answer in the box below it.")
    qa = [
        ("1. Please provide the contact details for the DASS in your local authority.",
         "Director of Adults, Health and Care: Sandra Whitlock-Ayres. The Director can be contacted via the "
         "Council's main switchboard on 01482 393939."),
        ("2. Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).",
         "Not applicable – the Council operates a committee system."),
        ("3. Who provides your main operational system for Case Management?",
         "Our case management system is Eclipse, provided by OLM Systems."),
        ("4. How many current care packages per week does the local authority contribute some or all of the cost towards?",
         "As at 1st September 2024 the Council contributes towards 3,506 packages of care."),
        ("5. What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?",
         "The total cost in 2022/23 was £97.3m gross."),
        ("6. How many of these current care packages are jointly funded with an ICB (both s.117 and Care Act)?\n\n"
         "7. What is the Annual cost of care provided by ICBs for these cases?",
         "Questions 6 and 7: 289 packages are jointly funded with the ICB. The ICB's share of the cost of these "
         "packages is not held by the Council, as the ICB pays providers directly."),
        ("8. Which ICBs cover the Local Authority Area?", "Humber and North Yorkshire ICB."),
        ("9. Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?",
         "Please see the response to question 8."),
        ("10. Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?",
         "The Council does have a joint funding policy with Humber and North Yorkshire ICB (East Riding place)."),
        ("11. Please provide a copy of it.",
         "The policy is available on the Council's website (Adult social care – policies and procedures) and is "
         "therefore exempt under section 21 of the Act."),
        ("12. Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?",
         "Yes – a locally agreed joint funding tool (a time-to-task matrix) is used."),
    ]
    for q, a in qa:
        pq = para(d, "")
        wl.add_runs(pq, q, bold=True)
        wl.add_textbox_para(d, a, height_pt=48 if len(a) < 200 else 70)
    para(d, "")
    review_ico(d, "the Council", "the Information Governance Team, County Hall")
    signature(d, ["Information Governance Team", "East Riding of Yorkshire Council"], "Yours faithfully")
    return {
        "foi_reference": "FOI/2024/11876", "response_date": "2024-09-27",
        "dass_name": "Sandra Whitlock-Ayres", "dass_email": None, "dass_phone": anyof("01482 393939", None),
        "portfolio_holder_name": NA,
        "case_management_system": "Eclipse", "case_management_supplier": "OLM Systems",
        "care_packages_count": 3506, "care_packages_as_at": "2024-09-01",
        "la_annual_cost_gbp": 97300000.0, "la_cost_basis": "gross", "cost_year": "2022/23",
        "jointly_funded_packages_count": 289, "icb_annual_cost_gbp": NH, "icb_weekly_cost_gbp": anyof(NH, None),
        "icbs_covering": [ICBS["QOQ"]], "main_icb": anyof(ICBS["QOQ"], SO),
        "joint_funding_policy": "yes", "policy_copy_provided": anyof(True, WH),
        "joint_funding_tool": "yes",
        "joint_funding_methods": anyof(["time_to_task", "funding_matrix"], ["time_to_task"]),
        "exemptions": ["s21"],
    }


# ---------------------------------------------------------------- h8_10 BCP s117, two-level numbering with roman + hyperlinks
@doc("h8_10", "docx", "s117_aftercare", "E06000058", "council")
def h8_10(d, name):
    wl.letterhead(d, ["BCP Council", "Civic Centre, Bourne Avenue, Bournemouth BH2 6DY"],
                  ["Bournemouth, Christchurch and Poole Council – FOI 1204837"])
    ref_block(d, [("Request ID:", "1204837"), ("Date received:", "02/01/2025"), ("Response date:", "29/01/2025")])
    para(d, "")
    para(d, "Dear Requester")
    para(d, "Re: Freedom of Information request 1204837 – section 117 aftercare", bold=True)
    para(d, "Thank you for your request. We have answered each question below.")
    nid = wl.add_numbering(d, "%1.", "%2)", "decimal", "lowerRoman")
    items = [
        (0, "How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?",
         "There were 803 individuals receiving s117 aftercare as at 31 March 2024."),
        (0, "How many of these people have their section 117 aftercare jointly funded with the ICB?", "274."),
        (0, "Does the local authority have an agreed section 117 joint policy or protocol with the ICB?",
         "Yes, a joint policy with NHS Dorset and Dorset Council."),
        (1, "If so, please provide a copy of the section 117 policy or protocol.",
         "The policy can be found on our website:"),
        (0, "How is the cost of section 117 aftercare split between the local authority and the ICB?",
         "Each case is assessed individually and the cost is apportioned according to the individual's assessed "
         "health and social care needs, using the pan-Dorset s117 apportionment tool."),
        (1, "Where a percentage split is used, what percentage of the cost does the ICB pay?",
         "There is no standard percentage."),
        (0, "What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?",
         "£13,075,614"),
        (0, "What was the ICB's spend on section 117 aftercare for people in your area in the same year?",
         "BCP Council does not hold this information."),
        (0, "Has your section 117 policy been reviewed or updated since the 2024/25 guidance was published?",
         "The policy has not been reviewed since the publication of the guidance."),
        (0, "Which ICB is the lead ICB for section 117 aftercare in your area?", "NHS Dorset"),
        (0, "Do you keep a joint register with the ICB of people entitled to section 117 aftercare?",
         "No"),
        (0, "How many people were discharged from section 117 aftercare in 2023/24?",
         "Discharges are recorded in case notes only. " + cost_limit_text(
             "BCP Council", "Reviewing the case notes of around 800 people would take over 60 hours.")),
        (0, "Is there an agreed process for resolving disputes with the ICB about section 117 funding?",
         "Yes – disputes are escalated to the joint s117 panel and then to senior managers of both organisations."),
        (0, "Please provide the name and contact details of the officer responsible for section 117 aftercare.",
         "Service Manager – Mental Health: Owen Trethewey, owen.trethewey@bcpcouncil.example.gov.uk, 01202 128 884"),
    ]
    links = {3: ("https://www.bcpcouncil.example.gov.uk/s117-policy", "https://www.bcpcouncil.example.gov.uk/s117-policy")}
    layout_two_level(d, d, items, nid, links=links)
    para(d, "")
    review_ico(d, "BCP Council", "foi@bcpcouncil.example.gov.uk", ico_style=1)
    signature(d, ["Information Rights Team", "BCP Council"])
    return {
        "foi_reference": anyof("1204837", "FOI 1204837"), "response_date": "2025-01-29",
        "s117_people_count": 803, "s117_as_at": "2024-03-31", "s117_jointly_funded_count": 274,
        "s117_joint_policy": "yes", "s117_policy_copy_provided": anyof(True, WH),
        "s117_split_basis": "case_by_case",
        "s117_split_methods": anyof(["case_by_case", "funding_tool"], ["funding_tool"]),
        "s117_icb_share_pct": anyof(None, NA),
        "la_s117_spend_gbp": 13075614.0, "s117_spend_year": "2023/24", "icb_s117_spend_gbp": NH,
        "s117_policy_reviewed": "no", "s117_lead_icb": ICBS["QVV"], "s117_joint_register": "no",
        "s117_discharged_count": WH, "s117_disputes_process": "yes",
        "s117_contact_name": "Owen Trethewey", "s117_contact_email": "owen.trethewey@bcpcouncil.example.gov.uk",
        "s117_contact_phone": "01202 128 884",
        "exemptions": ["s12"],
    }


# ---------------------------------------------------------------- e-mails
@doc("h8_11", "eml", "csc_joint_commissioning", "E06000027", "council")
def h8_11(d, name):
    wl.letterhead(d, ["Torbay Council", "Town Hall, Castle Circus, Torquay TQ1 3DR"], ["Torbay Council – FOI 17720"])
    ref_block(d, [("Our Reference:", "FOI 17720"), ("Date:", "Friday 9th February 2024")], style="lines")
    para(d, "")
    para(d, "FOI Request – FAO Children's Commissioners", bold=True)
    nid = wl.add_numbering(d, "Q%1", "Q%1%2", "decimal", "lowerLetter")
    items = [
        ("Do you have a joint commissioning framework for externally commissioned placements for children?",
         "No frameworks are jointly commissioned by Torbay Council; placements are spot purchased or made through the "
         "Peninsula framework, which is council-led."),
        ("If yes, does this joint commissioning framework include partners from health?", "N/A"),
        ("Please share the terms of reference (ToR) or joint agreement, if health are included", "N/A"),
        ("Do health (eg CCG/ICB) joint fund externally commissioned placements?",
         "NHS Devon ICB will sometimes joint fund externally commissioned placements\non a case-by-case basis where the "
         "child meets the continuing care criteria."),
        ("If yes, what are the terms?", "Agreed through the Complex Care Panel; there is no standing agreement."),
        ("If yes, how is that funding split?", "There is no fixed percentage for any placement type."),
        ("Do any other partners contribute (over and above children's social care and health/CCG)?",
         "No (Education is part of the Council and is not a separate partner)."),
        ("If yes, who and on what terms?", "N/A"),
        ("Is the criteria in the continuing care funding model used as a methodology for split funding?", "Yes"),
        ("If yes, is this the only criteria health use to determine funding?",
         "No – the ICB also applies the Children's Health Assessment Tool."),
        ("What was your Council yearly spend on external placements?",
         "2022/23: £19,732,400"),
        ("What element of that was funded by health?", "3.1%"),
        ("What element of that was funded by education?", "6.4%"),
        ("What element of that was funded by other?", "0%"),
        ("Have you involved children or parents in your joint commissioning process?", "No"),
        ("Do you refer to any models of practice in your commissioning framework or joint funding framework?",
         "Yes, trauma-informed practice\nand the Signs of Safety model."),
        ("Do you have any other comments?", "No."),
    ]
    # Q1 / Q1a style via two levels
    lv = [0, 1, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1, 1, 1, 0, 0, 0]
    for (q, a), l in zip(items, lv):
        p = d.add_paragraph()
        wl.set_num(p, nid, l)
        wl.add_runs(p, q)
        wl.add_runs(p, "\n")
        wl.add_runs(p, "Response: ", bold=True)
        wl.add_runs(p, a)
    para(d, "")
    review_ico(d, "Torbay Council", "foi@torbay.example.gov.uk")
    signature(d, ["Freedom of Information Team", "Torbay Council"])
    return {
        "foi_reference": "FOI 17720", "response_date": "2024-02-09",
        "joint_commissioning_framework": "no", "framework_includes_health": NA, "framework_tor_provided": NA,
        "health_joint_funds_placements": "case_by_case",
        "fixed_percentage_split": False,
        "other_partners_contribute": "no", "other_partners": anyof([], NA, None),
        "continuing_care_model_used": "yes", "continuing_care_only_criteria": "no", "other_health_tools": ["CHAT"],
        "external_placements_spend_gbp": 19732400.0, "spend_year": "2022/23",
        "health_share_pct": 3.1, "health_share_gbp": 611704.4,
        "education_share_pct": 6.4, "education_share_gbp": 1262873.6,
        "other_share_pct": 0, "other_share_gbp": 0.0,
        "children_parents_involved": "no", "models_of_practice": "yes",
        "exemptions": [],
    }


@doc("h8_12", "eml", "chc_funding_split", "QGH", "icb")
def h8_12(d, name):
    c = dict(short="NHS Herefordshire and Worcestershire", dept="Corporate Governance – FOI",
             addr="Coach House, John Comyn Drive, Worcester WR3 7NS",
             ref="HW-FOI-2026-0147", yourref="CHC/JF/2026", date_str="12 February 2026",
             salutation="Dear Ms Okafor",
             title="Freedom of Information Act 2000 – NHS Continuing Healthcare and joint funding",
             intro="NHS Herefordshire and Worcestershire ICB holds the information you requested. Our response is "
                   "set out in the table below.",
             review_contact="hw.foi@nhs.example.net", ico=0,
             sig=["Corporate Governance Team", "NHS Herefordshire and Worcestershire Integrated Care Board"])
    c["sections"] = [
        ("Eligibility and activity", [
            ("1", "People eligible for NHS CHC as at 31 March 2024", "1,318", "—"),
            ("2", "Of these, receiving CHC through the Fast Track Pathway", "402", "—"),
            ("3", "Joint funded (shared care) packages in place", "Herefordshire: 96\n\nWorcestershire: 311\n\nTotal: 407", "—"),
            ("10", "Fast Track referrals received in 2023/24", "1,655", "—")]),
        ("Local arrangements", [
            ("4", "Local joint funding or shared care protocol agreed with the local authority",
             "Yes – with Worcestershire County Council. A protocol with Herefordshire Council is in draft.", "—"),
            ("4a", "Copy of the protocol", "The Worcestershire protocol is attached.", "—"),
            ("5", "Tool used for eligibility and joint package contributions",
             "Checklist and DST for eligibility; contributions agreed at the joint funding panel.", "—"),
            ("6", "Fixed percentage or case by case?", "Case by case.", "—"),
            ("6a", "Typical health share", "See response to 6.", "—"),
            ("7", "Agreed disputes procedure", "Yes, in both counties.", "—"),
            ("7a", "Disputes raised in 2023/24", "11", "—"),
            ("11", "ICB(s) responsible for CHC for residents",
             "NHS Herefordshire and Worcestershire Integrated Care Board.", "—")]),
        ("Finance", [
            ("8", "ICB total spend on NHS CHC 2023/24", "£104,227,000", "—"),
            ("9", "Local authority contribution to joint funded packages 2023/24",
             "Not held by the ICB.", "Not held")]),
    ]
    s117_table_doc(d, c)
    return {
        "foi_reference": "HW-FOI-2026-0147", "response_date": "2026-02-12",
        "chc_eligible_count": 1318, "chc_as_at": "2024-03-31", "chc_fast_track_count": 402,
        "joint_packages_count": 407,
        "joint_funding_protocol": anyof("yes", "partial"), "protocol_copy_provided": True,
        "chc_tools": ["checklist", "dst", "joint_panel"],
        "chc_split_fixed": False, "chc_health_share_pct": anyof(None, SO, NA),
        "chc_disputes_procedure": "yes", "chc_disputes_count": 11,
        "icb_chc_spend_gbp": 104227000.0, "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": NH, "chc_fast_track_referrals_count": 1655,
        "chc_icbs": [ICBS["QGH"]],
        "exemptions": [],
    }


@doc("h8_13", "eml", "asc_joint_funding", "E08000005", "council")
def h8_13(d, name):
    wl.letterhead(d, ["Rochdale Borough Council", "Number One Riverside, Smith Street, Rochdale OL16 1XU"],
                  ["Rochdale Borough Council  •  Information Governance  •  FOI-RBC-240517"])
    p = d.add_paragraph()
    wl.add_runs(p, "Reference:\tFOI-RBC-240517\nDate:\t2024-05-24")
    para(d, "")
    para(d, "Adult Social Care – Joint Funding: response", bold=True)
    items = [
        ("1. Contact details for the DASS", "Neil Brockbank – Director of Adult Care (contact details redacted)"),
        ("2. Portfolio holder for Adult Social Care", "Cllr Amina Shah, Cabinet Member for Adult Care"),
        ("3. Main operational system for Case Management", "LAS (Liquidlogic)\nFinance: ContrOCC"),
        ("4. Care packages per week the LA contributes to", "2,412 as at 30 April 2024"),
        ("5. Annual cost of this care (2022/23)", "£74.9m gross"),
        ("6. Packages jointly funded with an ICB", "171"),
        ("7. Annual cost of care provided by ICBs", "£3,206,400"),
        ("8. ICBs covering the area", "NHS Greater Manchester ICB"),
        ("9. Main ICB", "As above – NHS Greater Manchester (Heywood, Middleton and Rochdale locality)"),
        ("10. Joint Funding Policy", "Yes"),
        ("11. Copy", "A copy is attached"),
        ("12. Joint Funding Tool or methodology",
         "We do not have a tool. Splits are discussed and agreed between\nsocial work and CHC staff at the "
         "joint panel."),
    ]
    layout_tabbed(d, items)
    para(d, "")
    para(d, "Individual officers' direct e-mail addresses and telephone numbers have been redacted under section 40(2).")
    review_ico(d, "the Council", "foi@rochdale.example.gov.uk", ico_style=1)
    signature(d, ["Information Governance", "Rochdale Borough Council"], "Kind regards")
    return {
        "foi_reference": "FOI-RBC-240517", "response_date": "2024-05-24",
        "dass_name": "Neil Brockbank", "dass_email": WH, "dass_phone": WH,
        "portfolio_holder_name": "Amina Shah",
        "case_management_system": "Liquidlogic Adults' Social Care System", "case_management_supplier": "System C",
        "care_packages_count": 2412, "care_packages_as_at": "2024-04-30",
        "la_annual_cost_gbp": 74900000.0, "la_cost_basis": "gross", "cost_year": "2022/23",
        "jointly_funded_packages_count": 171, "icb_annual_cost_gbp": 3206400.0, "icb_weekly_cost_gbp": None,
        "icbs_covering": [ICBS["QOP"]], "main_icb": ICBS["QOP"],
        "joint_funding_policy": "yes", "policy_copy_provided": True,
        "joint_funding_tool": "partial",
        "joint_funding_methods": anyof(["joint_funding_panel"], ["joint_funding_panel", "case_by_case"]),
        "exemptions": ["s40"],
    }


EML = {
    "h8_11": dict(frm="Torbay Council FOI <foi@torbay.example.gov.uk>", to="requester@example.org",
                  subj="RE: FOI Request – FAO Children's Commissioners [Ref: FOI 17720]",
                  date=(2024, 2, 9, 15, 42), datehdr="Fri, 9 Feb 2024 15:42:10 +0000", att="FOI 17720 response.docx",
                  body="Dear Requester,\n\nPlease find attached the Council's response to your Freedom of Information "
                       "request, reference FOI 17720.\n\nIf you have any queries, please reply to this e-mail quoting "
                       "the reference.\n\nKind regards\n\nFreedom of Information Team\nTorbay Council\n"),
    "h8_12": dict(frm="HW ICB FOI <hw.foi@nhs.example.net>", to="j.okafor@example.com",
                  subj="Your FOI request HW-FOI-2026-0147 – response",
                  date=(2026, 2, 12, 11, 5), datehdr="Thu, 12 Feb 2026 11:05:37 +0000", att="HW-FOI-2026-0147 Response.docx",
                  body="Dear Ms Okafor\n\nThank you for your request. Our response is attached as a Word document.\n\n"
                       "Regards\nCorporate Governance Team\nNHS Herefordshire and Worcestershire ICB\n\n"
                       "-----Original Message-----\nFrom: J Okafor\nSent: 15 January 2026 09:12\n"
                       "Subject: FOI - continuing healthcare and joint funding\n\n"
                       "Please could you tell me how many people were eligible for CHC as at 31 March 2024 ...\n"),
    "h8_13": dict(frm="Information Governance <foi@rochdale.example.gov.uk>", to="research@example.co.uk",
                  subj="FOI-RBC-240517 Adult Social Care - Joint Funding",
                  date=(2024, 5, 24, 9, 30), datehdr="Fri, 24 May 2024 10:30:02 +0100", att="FOI-RBC-240517.docx",
                  body="Hello,\n\nAttached is our response to your request about adult social care joint funding.\n\n"
                       "Thanks,\nInformation Governance\nRochdale Borough Council\n"),
}


def make_eml(stem, docx_bytes):
    e = EML[stem]
    import datetime
    dt = datetime.datetime(*e["date"], tzinfo=datetime.timezone.utc)
    msg = MIMEMultipart("mixed", boundary=f"=====h8-{stem}-boundary=====")
    msg["From"] = e["frm"]
    msg["To"] = e["to"]
    msg["Subject"] = e["subj"]
    msg["Date"] = e["datehdr"]
    msg["Message-ID"] = f"<{stem}.foi@mail.example.net>"
    cs = email.charset.Charset("utf-8")
    cs.body_encoding = email.charset.QP
    msg.attach(MIMEText(e["body"], "plain", cs))
    att = MIMEApplication(docx_bytes, "vnd.openxmlformats-officedocument.wordprocessingml.document")
    att.add_header("Content-Disposition", "attachment", filename=e["att"])
    msg.attach(att)
    return msg.as_bytes()


def main():
    os.makedirs(RAW, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="h8build")
    for spec in sorted(DOCS, key=lambda s: s["stem"]):
        stem = spec["stem"]
        name = body_name(spec["code"], spec["kind"])
        d = wl.new_doc("Arial" if spec["kind"] == "council" else "Calibri")
        g = spec["fn"](d, name)
        if spec["fmt"] == "docx":
            wl.save(d, os.path.join(RAW, stem + ".docx"))
        elif spec["fmt"] == "eml":
            b = wl.save(d, os.path.join(tmp, stem + ".docx"))
            with open(os.path.join(RAW, stem + ".eml"), "wb") as f:
                f.write(make_eml(stem, b))
        else:
            src = os.path.join(tmp, stem + ".docx")
            wl.save(d, src)
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo",
                            "--convert-to", "pdf", "--outdir", tmp, src], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.copy(os.path.join(tmp, stem + ".pdf"), os.path.join(RAW, stem + ".pdf"))
        gold = {"respondent": name}
        gold.update({k: no_empty_alternatives(v) for k, v in g.items()})
        out = {"source_file": f"{stem}.{spec['fmt']}", "questionnaire": spec["q"],
               "respondent": {"name": name, "code": spec["code"]}, "gold": gold}
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
            f.write("\n")
        print(stem, spec["fmt"], spec["q"], name)
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
