#!/usr/bin/env python3
"""Rebuild data/heldout14/raw and data/heldout14/gold (set written blind by w14).

Run with the project venv:  /work/main/.venv/bin/python data/heldout14/build.py
Needs LibreOffice (soffice) and chromium for three of the PDFs.
All people, figures, references and policy details are invented; body names and codes are real.
"""
import json, os, shutil, subprocess, sys, tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW, GOLD = HERE / "raw", HERE / "gold"

# ---------------------------------------------------------------- bodies (rules/reference)
HARROW = ("London Borough of Harrow", "E09000015")
RBKC = ("Royal Borough of Kensington and Chelsea", "E09000020")
MERTON = ("London Borough of Merton", "E09000024")
REDBRIDGE = ("London Borough of Redbridge", "E09000026")
RICHMOND = ("London Borough of Richmond upon Thames", "E09000027")
WESTMINSTER = ("City of Westminster", "E09000033")
BLMK = ("NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board", "QHG")
SNEE = ("NHS Suffolk and North East Essex Integrated Care Board", "QJG")
NWL = ("NHS North West London Integrated Care Board", "QRV")
BOB = ("NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board", "QU9")
SWL = ("NHS South West London Integrated Care Board", "QWE")
NEL_NAME = "NHS North East London Integrated Care Board"

NA = {"state": "not_applicable"}
NH = {"state": "not_held"}
WH = {"state": "withheld"}
SO = {"state": "see_other"}


def any_of(*v):
    return {"any_of": list(v)}


DOCS = []


def doc(stem, fmt, questionnaire, body, gold, render):
    DOCS.append(dict(stem=stem, fmt=fmt, q=questionnaire, body=body, gold=gold, render=render))


# ---------------------------------------------------------------- writers
def write_text(path, text, encoding="utf-8"):
    path.write_text(text.lstrip("\n"), encoding=encoding)


def docx_from_blocks(path, blocks, font="Arial", size=11, header_text=None, footer_text=None):
    """blocks: list of tuples
       ("title", text) ("h", text) ("p", text) ("b", text) bold para ("i", text) italic
       ("lab", label, text) bold label run + plain text
       ("table", header_row_or_None, rows, widths_cm_or_None, section_rows_set)
       ("num", text) Word automatic numbering (List Number)
       ("bul", text) bullet   ("gap",)"""
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if header_text:
        hp = sec.header.paragraphs[0]
        hp.text = header_text
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer_text:
        fp = sec.footer.paragraphs[0]
        fp.text = footer_text
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), hexcol)
        tcPr.append(s)

    for b in blocks:
        k = b[0]
        if k == "title":
            p = d.add_paragraph()
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(size + 4)
        elif k == "right":
            p = d.add_paragraph(b[1]); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "h":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "b":
            p = d.add_paragraph(); p.add_run(b[1]).bold = True
        elif k == "i":
            p = d.add_paragraph(); p.add_run(b[1]).italic = True
        elif k == "lab":
            p = d.add_paragraph(); p.add_run(b[1]).bold = True; p.add_run(b[2])
        elif k == "num":
            d.add_paragraph(b[1], style="List Number")
        elif k == "bul":
            d.add_paragraph(b[1], style="List Bullet")
        elif k == "gap":
            d.add_paragraph("")
        elif k == "table":
            header, rows, widths, sections = b[1], b[2], b[3], (b[4] if len(b) > 4 else set())
            ncol = len(header) if header else len(rows[0])
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            if header:
                cells = t.add_row().cells
                for c, txt in zip(cells, header):
                    c.text = ""
                    c.paragraphs[0].add_run(txt).bold = True
                    shade(c, "D9E2F3")
            for i, row in enumerate(rows):
                cells = t.add_row().cells
                if i in sections:
                    m = cells[0].merge(cells[-1])
                    m.text = ""
                    m.paragraphs[0].add_run(row[0]).bold = True
                    shade(m, "EDEDED")
                    continue
                for c, txt in zip(cells, row):
                    lines = txt.split("\n")
                    c.text = lines[0]
                    for extra in lines[1:]:
                        c.add_paragraph(extra)
            if widths:
                for row in t.rows:
                    for c, w in zip(row.cells, widths):
                        c.width = Cm(w)
            d.add_paragraph("")
        else:
            raise ValueError(k)
    import datetime, zipfile, io
    d.core_properties.author = "Information Governance"
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2024, 1, 1, 9, 0, 0)
    d.core_properties.last_modified_by = "Information Governance"
    d.core_properties.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # re-pack with fixed timestamps so that a rebuild is byte-identical
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


def soffice_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", td,
                        str(docx_path)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={**os.environ, "HOME": td})
        shutil.move(os.path.join(td, Path(docx_path).stem + ".pdf"), pdf_path)


def chromium_pdf(html, pdf_path):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "page.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={td}/prof", f"--print-to-pdf={pdf_path}", src.as_uri()],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def eml(frm, to, subject, date, body, msgid, html_alt=None, attachments=()):
    from email.message import EmailMessage
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    m.set_content(body)
    if html_alt:
        m.add_alternative(html_alt, subtype="html")
    for name, data, maintype, subtype in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if m.is_multipart():  # fixed boundary so that a rebuild is byte-identical
        m.set_boundary("----=_Part_" + msgid.strip("<>").split("@")[0].replace("/", "_"))
    return m.as_bytes(policy=m.policy.clone(linesep="\r\n"))


ICO_PARA = (
    "If you are dissatisfied with the handling of your request, you have the right to ask for an internal "
    "review. Internal review requests should be submitted within 40 working days of the date of this response. "
    "If you are not content with the outcome of the internal review, you may apply directly to the Information "
    "Commissioner's Office (ICO) for a decision. Generally, the ICO cannot make a decision unless you have "
    "exhausted the internal review procedure. The ICO can be contacted at: Information Commissioner's Office, "
    "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, telephone 0303 123 1113, www.ico.org.uk."
)


# ================================================================ 01  Harrow, ASC, plain text
H01 = """
HARROW COUNCIL
Information Governance Team
Resources Directorate
Harrow Civic Centre, Station Road, Harrow HA1 2XY

Freedom of Information Act 2000 - Response

Our reference:     IG/FOI/24-1187
Date received:     11 April 2024
Date of response:  9 May 2024

Dear Requester,

Thank you for your request for information, which we have dealt with under the Freedom of
Information Act 2000. Harrow Council holds some of the information you asked for. Each of
your questions is set out below in bold in the original, followed by our response.

Subject: Adult Social Care - Joint Funding

1. Please provide the contact details for the DASS in your local authority.

Response: Our Director of Adult Social Services is Senthil Ravikumar (Corporate Director,
People). He can be contacted through the directorate mailbox adults.director@harrow.gov.uk.

2. Please provide the contact details for the portfolio holder for Adult Social Care (if
applicable).

Response: Councillor Priya Malhotra-Kent, Portfolio Holder for Adults and Public Health.
Councillors' contact details are published on the council website under "Your councillors".

3. Who provides your main operational system for Case Management?

Response: Mosaic, supplied by The Access Group.

4. How many current care packages per week does the local authority contribute some or all
of the cost towards?

Response: 2,847. This is a snapshot of open services with a council contribution taken on
31 March 2024.

5. What is your Annual cost of this care provided by the Local Authority (for the last full
year 2022/23)?

Response: Gross expenditure for 2022/23 was £96,418,233. This is before service user
contributions and other income.

6. How many of these current care packages are jointly funded with an ICB (both those under
s.117 of the Mental Health Act and those funding under the Care Act because they do not
meet CHC eligibility)?

Response: 211

7. What is the Annual cost of care provided by ICBs for these cases?

Response: Information not held. The council records the cost of its own share of a jointly
funded package; the ICB's contribution is paid directly by the ICB to the provider and is not
recorded on the council's systems. You may wish to direct this question to NHS North West
London ICB.

8. Which ICBs cover the Local Authority Area?

Response: NHS North West London Integrated Care Board.

9. Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?

Response: Yes - North West London ICB.

10. Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?

Response: Not at present. A joint funding protocol between the council and NWL ICB has been
drafted and is going through governance in both organisations; it has not yet been signed
off.

11. Please provide a copy of it.

Response: Not applicable - please see the response to question 10.

12. Does the Local Authority have a Joint Funding Tool or documented methodology for
calculating funding splits?

Response: There is no tool. Individual cases are presented to the monthly Joint Funding
Panel, attended by council and ICB managers, and the split is agreed case by case with
reference to the domains of the Decision Support Tool.

If you are unhappy with the way your request has been handled you can ask for an internal
review by writing to the Information Governance Team within 40 working days of this letter.
If you remain dissatisfied after the review you may complain to the Information
Commissioner, Wycliffe House, Water Lane, Wilmslow SK9 5AF (www.ico.org.uk).

Please quote the reference number above in any future correspondence about this request.

Yours sincerely,

Marcia Oyelowo
Information Governance Officer
Harrow Council
"""

doc("h14_01", "txt", "asc_joint_funding", HARROW, {
    "foi_reference": "IG/FOI/24-1187", "response_date": "2024-05-09",
    "dass_name": "Senthil Ravikumar", "dass_email": "adults.director@harrow.gov.uk", "dass_phone": None,
    "portfolio_holder_name": "Priya Malhotra-Kent",
    "case_management_system": "Mosaic", "case_management_supplier": "The Access Group",
    "care_packages_count": 2847, "care_packages_as_at": "2024-03-31",
    "la_annual_cost_gbp": 96418233.0, "la_cost_basis": "gross", "cost_year": "2022/23",
    "jointly_funded_packages_count": 211,
    "icb_annual_cost_gbp": NH, "icb_weekly_cost_gbp": any_of(None, NH),
    "icbs_covering": [NWL[0]], "main_icb": NWL[0],
    "joint_funding_policy": any_of("partial", "no"),
    "policy_copy_provided": any_of(NA, SO, False),
    "joint_funding_tool": "partial",
    "joint_funding_methods": any_of(["joint_funding_panel", "case_by_case", "dst"],
                                    ["joint_funding_panel", "case_by_case"]),
    "exemptions": [],
}, lambda p: write_text(p, H01))


# ================================================================ 02  SNEE ICB, CHC, plain text
H02 = """
NHS Suffolk and North East Essex Integrated Care Board
Endeavour House, 8 Russell Road, Ipswich IP1 2BX
FOI team: sneeicb.foi@snee.nhs.uk

18 July 2024

Reference: SNEE FOI 24/0931

FREEDOM OF INFORMATION ACT 2000 - DECISION

Thank you for your request received on 20 June 2024. We can confirm that the ICB holds some of
the information requested. Your request and our response are set out below.

REQUEST

1. How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at
   31 March 2024?
2. How many of these people were receiving CHC through the Fast Track Pathway?
3. How many joint funded packages (shared care between health and social care for people
   below the CHC threshold) were in place?
4. Is there a local joint funding or shared care protocol agreed between the ICB and the
   local authority?
   4a. If so, please provide a copy of the protocol.
5. Which tool is used to decide CHC eligibility and the contributions to joint packages?
6. Is the funding of joint packages split by a fixed percentage, or agreed case by case?
   6a. If a fixed or typical percentage is used, what share of the cost does health pay?
7. Is there an agreed disputes procedure between the ICB and the local authority for CHC and
   joint funding decisions?
   7a. How many disputes were raised under the disputes procedure in 2023/24?
8. What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?
9. What was the local authority's annual contribution to joint funded packages in 2023/24?
10. How many Fast Track referrals were received in 2023/24?
11. Which ICB or ICBs are responsible for CHC for the residents of your area?

RESPONSE

1. 1,164 adults were eligible for and in receipt of NHS CHC on 31/03/2024 (snapshot).
2. 297 of the above were receiving CHC under the Fast Track Pathway.
3. 358 joint funded packages were open on the same date.
4. Yes. A Joint Funding Protocol has been agreed with Suffolk County Council and Essex County
   Council (for the North East Essex area). The protocol is published on our website and
   is therefore exempt under section 21 of the Act (information reasonably accessible by
   other means). It can be found at
   https://www.sneeicb.nhs.uk/about-us/policies/joint-funding-protocol
5. Eligibility is determined using the national Checklist and the Decision Support Tool in
   line with the National Framework. For joint packages, the health contribution is worked
   out with a local joint funding tool which records the time spent on health tasks
   (a time to task approach).
6. There is no fixed percentage; the split is calculated for each package.
   6a. Not applicable.
7. Yes, there is a disputes procedure within the Joint Funding Protocol.
   7a. Fewer than 5 disputes were raised in 2023/24. Because the number is so small, we
   have withheld the exact figure under section 40(2) (personal information), as there is a
   risk that individuals could be identified.
8. £142.6m (2023/24, adult CHC including Fast Track; excludes Funded Nursing Care).
9. The ICB does not hold this information. The local authorities' contributions are recorded
   by the councils, and you may wish to contact Suffolk County Council and Essex County
   Council directly.
10. Fast Track referrals were recorded on two separate systems until our move to a single
   CHC case management platform in October 2023. Producing a reliable count for the full year
   would require a manual review of each referral record held on the legacy system. We
   estimate this would take well over 18 hours and so we are applying section 12 of the Act
   (cost of compliance exceeds the appropriate limit) to this part of your request.
11. NHS Suffolk and North East Essex ICB.

Section 12 - the appropriate limit for the ICB is £450, which equates to 18 hours of staff
time at £25 per hour. You may wish to narrow this part of your request, for example to the
period since October 2023, and we will consider it afresh.

If you are dissatisfied with our response you may ask for an internal review by writing to
the FOI team at the address above within 40 working days. If you remain unhappy you can
contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow,
Cheshire SK9 5AF.

Kind regards

FOI Team
On behalf of NHS Suffolk and North East Essex ICB
"""

doc("h14_02", "txt", "chc_funding_split", SNEE, {
    "foi_reference": "SNEE FOI 24/0931", "response_date": "2024-07-18",
    "chc_eligible_count": 1164, "chc_as_at": "2024-03-31", "chc_fast_track_count": 297,
    "joint_packages_count": 358, "joint_funding_protocol": "yes", "protocol_copy_provided": True,
    "chc_tools": ["checklist", "dst", "local_tool", "time_to_task"],
    "chc_split_fixed": False, "chc_health_share_pct": NA,
    "chc_disputes_procedure": "yes", "chc_disputes_count": WH,
    "icb_chc_spend_gbp": 142600000.0, "chc_spend_year": "2023/24",
    "la_joint_packages_spend_gbp": NH, "chc_fast_track_referrals_count": WH,
    "chc_icbs": [SNEE[0]],
    "exemptions": ["s12", "s21", "s40"],
}, lambda p: write_text(p, H02))


# ================================================================ 03  Redbridge, s117, text, answers first (prose)
H03 = """
London Borough of Redbridge - Freedom of Information
Response to request FOI-7719-24                                   Date: 2 October 2024

Dear Sir or Madam

Section 117 aftercare

We have now completed our searches for your request of 5 September 2024. Our response comes
first, grouped by subject, and your original request is repeated at the end of this letter
for reference.

People receiving aftercare
On 31 March 2024 there were 412 Redbridge residents receiving section 117 aftercare that the
Council funded in full or in part. Of these, 167 had their aftercare jointly funded with the
ICB. In 2023/24, 23 people were discharged from section 117 aftercare following a joint
review.

Policy
The Council has a joint Section 117 Aftercare Policy agreed with NHS North East London ICB
and North East London NHS Foundation Trust. A copy is attached to this response as a PDF.
The policy contains an escalation and disputes process (section 9) which both the Council
and the ICB follow when there is disagreement about funding responsibility. A review of the
policy against the new statutory guidance began in September 2024 and has not yet concluded;
the current version remains in force until the review is complete.

How costs are shared
Jointly funded section 117 packages are shared equally between the Council and the ICB,
that is a 50:50 split of the package cost. This applies to all jointly funded cases
regardless of placement type.

Spend
Council spend on section 117 aftercare in 2023/24:  £11,906,442
ICB contribution for Redbridge residents, 2023/24:  £4.21m

The ICB figure was provided to us by NHS North East London ICB from the joint
reconciliation and is rounded.

Lead ICB and register
NHS North East London ICB is the lead ICB for Redbridge residents. The Council and the ICB
do not keep a joint register; each keeps its own list and the two are reconciled quarterly.

Contact
The lead officer is Olumide Adebayo-Grant, Head of Mental Health Social Care. Enquiries can
be sent to the team mailbox s117.enquiries@redbridge.gov.uk. We have not provided the
officer's direct telephone number, which is personal data exempt under section 40(2) of the
Freedom of Information Act.

---------------------------------------------------------------------------
Your request (received 5 September 2024)

"1. How many people were receiving section 117 aftercare funded wholly or partly by the
local authority as at 31 March 2024?
2. How many of these people have their section 117 aftercare jointly funded with the ICB?
3. Does the local authority have an agreed section 117 joint policy or protocol with the
ICB? 3a. If so, please provide a copy.
4. How is the cost of section 117 aftercare split between the local authority and the ICB,
for example a fixed percentage such as 50/50, case by case, or agreed at a panel?
4a. Where a percentage split is used, what percentage of the cost does the ICB pay?
5. What was the local authority's total spend on section 117 aftercare in the last full
financial year (2023/24)?
6. What was the ICB's spend on section 117 aftercare for people in your area in the same
year?
7. Has your section 117 policy been reviewed or updated since the 2024/25 section 117
aftercare guidance was published?
8. Which ICB is the lead ICB for section 117 aftercare in your area?
9. Do you keep a joint register with the ICB of people entitled to section 117 aftercare?
10. How many people were discharged from section 117 aftercare in 2023/24?
11. Is there an agreed process for resolving disputes with the ICB about section 117
funding?
12. Please provide the name and contact details of the officer responsible for section 117
aftercare."
---------------------------------------------------------------------------

You may ask for an internal review of this response within two months by writing to
foi@redbridge.gov.uk. You also have the right to complain to the Information Commissioner
(ico.org.uk) once the internal review process is complete.

Information Management Team
London Borough of Redbridge
Lynton House, 255-259 High Road, Ilford IG1 1NY
"""

doc("h14_03", "txt", "s117_aftercare", REDBRIDGE, {
    "foi_reference": "FOI-7719-24", "response_date": "2024-10-02",
    "s117_people_count": 412, "s117_as_at": "2024-03-31", "s117_jointly_funded_count": 167,
    "s117_joint_policy": "yes", "s117_policy_copy_provided": True,
    "s117_split_basis": "fixed_percentage", "s117_split_methods": ["fixed_split"],
    "s117_icb_share_pct": 50,
    "la_s117_spend_gbp": 11906442.0, "s117_spend_year": "2023/24", "icb_s117_spend_gbp": 4210000.0,
    "s117_policy_reviewed": "partial", "s117_lead_icb": NEL_NAME,
    "s117_joint_register": any_of("no", "partial"), "s117_discharged_count": 23,
    "s117_disputes_process": "yes",
    "s117_contact_name": "Olumide Adebayo-Grant", "s117_contact_email": "s117.enquiries@redbridge.gov.uk",
    "s117_contact_phone": WH,
    "exemptions": ["s40"],
}, lambda p: write_text(p, H03))


# ================================================================ 04  Richmond, CSC, text, disclosure-log export
H04 = """
Disclosure log entry
====================

London Borough of Richmond upon Thames
Reference:        FOI/24/00412
Title:            Joint commissioning of children's external placements
Date received:    23/01/2024
Date responded:   20/02/2024
Service:          Children's Services

Request
-------
FOI Request - FAO Children's Commissioners

1. Do you have a joint commissioning framework for externally commissioned placements for
children?
a. If yes, does this joint commissioning framework include partners from 'health' (eg, CCG
or new ICBs)?
b. Please share the terms of reference (ToR) or joint agreement, if health are included
2. Do 'health' eg CCG/ICB, joint fund externally commissioned placements (eg, residential,
therapeutic foster care, SEND, semi-independent provision)?
a. If yes, what are the terms (please share a ToR or agreement)?
b. If yes, how is that funding split for the following: (e.g. a shared percentage cost)
-residential -therapeutic foster care -SEND provision -semi-independent provision
3. Do any other partners contribute (over and above children's social care and health/CCG)?
a. If yes, who and on what terms?
4. Is the criteria in the 'continuing care funding' model used as a methodology for split
funding?
a. If yes, is this the only criteria 'health' use to determine funding?
5. What was your Council 2023/24 yearly spend on external placements?
a. What element of that was funded by health?
b. What element of that was funded by education?
c. What element of that was funded by 'other'?
6. Have you involved children or parents in your joint commissioning process?
7. Do you refer to any models of practice in your commissioning framework or joint funding
framework?
a. If yes, please share this?
8. Do you have any other comments?

Decision
--------
1. No
a. N/A
b. N/A
2. The ICB (NHS South West London) contributes to a small number of placements where a child
has assessed continuing care needs. This is decided case by case at the Joint Resource Panel.
a. There is no separate agreement; the panel operates under the continuing care process.
b. There is no fixed percentage for any placement type. The contribution varies according to
the health element of each child's assessed needs.
3. Yes - Education (SEND) towards the education element of residential school placements, and
Adult Social Care for some young people aged 17+ in transition.
a. Internal arrangements; no formal terms.
4. Yes
a. No - the ICB also uses the CHAT tool.
5. 2023/24 spend on external placements: £14.82m
a. Health: £611k
b. Education: £1.93m
c. Other: £0
6. Yes - through the Parent Carer Forum and the Children in Care Council.
7. No
a. N/A
8. No further comments.

Outcome: Information provided in full
"""

doc("h14_04", "txt", "csc_joint_commissioning", RICHMOND, {
    "foi_reference": "FOI/24/00412", "response_date": "2024-02-20",
    "joint_commissioning_framework": "no", "framework_includes_health": any_of(NA, "no"),
    "framework_tor_provided": any_of(NA, False),
    "health_joint_funds_placements": any_of("case_by_case", "yes"),
    "fixed_percentage_split": False, "other_partners_contribute": "yes",
    "other_partners": ["Education", "Adult Social Care"],
    "continuing_care_model_used": "yes", "continuing_care_only_criteria": "no", "other_health_tools": ["CHAT"],
    "external_placements_spend_gbp": 14820000.0, "spend_year": "2023/24",
    "health_share_gbp": 611000.0, "health_share_pct": None,
    "education_share_gbp": 1930000.0, "education_share_pct": None,
    "other_share_gbp": 0.0, "other_share_pct": any_of(None, 0),
    "children_parents_involved": "yes", "models_of_practice": "no",
    "exemptions": [],
}, lambda p: write_text(p, H04))


# ================================================================ 05  RBKC, ASC, Word table (No | Question | Response)
def r05(p):
    blocks = [
        ("title", "The Royal Borough of Kensington and Chelsea"),
        ("p", "Information Governance | The Town Hall, Hornton Street, London W8 7NX"),
        ("gap",),
        ("lab", "Our ref: ", "FOI/RBKC/24/0871"),
        ("lab", "Date: ", "22 April 2024"),
        ("gap",),
        ("p", "Dear Applicant,"),
        ("b", "Freedom of Information Request – Adult Social Care Joint Funding"),
        ("p", "Thank you for your information request received on 25 March 2024. Please find the "
              "Council's response in the table below. Where information has been withheld we explain why "
              "beneath the table."),
        ("table", ["No.", "Your question", "Council response"], [
            ["1", "Please provide the contact details for the DASS in your local authority.",
             "Dr Marguerite Okonjo-Hale, Executive Director of Adult Social Care and Health (DASS).\n"
             "Email: [Redacted – s40(2)]\nTel: [Redacted – s40(2)]"],
            ["2", "Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).",
             "Cllr Thomas Ashdown-Reyes, Lead Member for Adult Social Care and Public Health. Contact details for "
             "all councillors are on the Council's website."],
            ["3", "Who provides your main operational system for Case Management?",
             "Liquidlogic (LAS), with ContrOCC as the finance module. Supplier: System C."],
            ["4", "How many current care packages per week does the local authority contribute some or all of the cost towards?",
             "1,682 service users with a funded service as at 01/04/2024."],
            ["5", "What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?",
             "Net expenditure 2022/23: £58.214m"],
            ["6", "How many of these current care packages are jointly funded with an ICB (both those under s.117 of the "
                  "Mental Health Act and those funding under the Care Act because they do not meet CHC eligibility)?",
             "143"],
            ["7", "What is the Annual cost of care provided by ICBs for these cases?",
             "ICB contributions to these cases totalled approximately £3,926,500 in 2022/23."],
            ["8", "Which ICBs cover the Local Authority Area?", "NHS North West London"],
            ["9", "Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?",
             "Yes – NHS North West London ICB"],
            ["10", "Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?", "Yes"],
            ["11", "Please provide a copy of it.", "Please see Appendix A (attached)."],
            ["12", "Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?",
             "Yes. The North West London Joint Funding Tool is used; it apportions the hours of care on a time-to-task "
             "basis between health and social care tasks. Where the split is disputed, the case is escalated to the "
             "Joint Funding Panel."],
        ], [1.2, 7.0, 8.5]),
        ("b", "Exemption applied – Section 40(2) personal information"),
        ("p", "We have withheld the direct email address and telephone number of the named officer. This is personal "
              "data and disclosure would breach the first data protection principle. The Council's main switchboard "
              "can be used to contact any officer."),
        ("p", ICO_PARA),
        ("gap",),
        ("p", "Yours faithfully,"),
        ("p", "Information Governance Team"),
        ("p", "Royal Borough of Kensington and Chelsea"),
    ]
    docx_from_blocks(p, blocks, font="Calibri", size=11)


doc("h14_05", "docx", "asc_joint_funding", RBKC, {
    "foi_reference": "FOI/RBKC/24/0871", "response_date": "2024-04-22",
    "dass_name": "Marguerite Okonjo-Hale", "dass_email": WH, "dass_phone": WH,
    "portfolio_holder_name": "Thomas Ashdown-Reyes",
    "case_management_system": "Liquidlogic Adults' Social Care System", "case_management_supplier": "System C",
    "care_packages_count": 1682, "care_packages_as_at": "2024-04-01",
    "la_annual_cost_gbp": 58214000.0, "la_cost_basis": "net", "cost_year": "2022/23",
    "jointly_funded_packages_count": 143,
    "icb_annual_cost_gbp": 3926500.0, "icb_weekly_cost_gbp": None,
    "icbs_covering": [NWL[0]], "main_icb": NWL[0],
    "joint_funding_policy": "yes", "policy_copy_provided": True,
    "joint_funding_tool": "yes",
    "joint_funding_methods": any_of(["funding_matrix", "time_to_task", "joint_funding_panel", "dispute_process"],
                                    ["time_to_task", "joint_funding_panel", "dispute_process"],
                                    ["funding_matrix", "time_to_task", "joint_funding_panel"]),
    "exemptions": ["s40"],
}, r05)


# ================================================================ 06  BLMK ICB, CHC, Word letter, question headings
def r06(p):
    qa = [
        ("How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?",
         "As at 31 March 2024, 1,027 adults across Bedford Borough, Central Bedfordshire, Luton and Milton Keynes "
         "were eligible for NHS Continuing Healthcare."),
        ("How many of these people were receiving CHC through the Fast Track Pathway?",
         "188 people were receiving CHC through the Fast Track Pathway on that date."),
        ("How many joint funded packages (shared care between health and social care for people below the CHC "
         "threshold) were in place?",
         "The ICB does not hold a central count of joint packages for people below the CHC threshold. These are "
         "arranged and recorded by each of the four local authorities, so this information is not held by the ICB."),
        ("Is there a local joint funding or shared care protocol agreed between the ICB and the local authority?",
         "Yes. The BLMK Joint Funding Protocol was agreed with the four local authorities in September 2023."),
        ("If so, please provide a copy of the protocol.",
         "A copy of the protocol is attached to this letter."),
        ("Which tool is used to decide CHC eligibility and the contributions to joint packages?",
         "Eligibility is decided using the Decision Support Tool (DST). Contributions to joint packages are agreed "
         "at the monthly Joint Funding Panel using the DST domain scores."),
        ("Is the funding of joint packages split by a fixed percentage, or agreed case by case?",
         "Joint packages are funded on a standard split of 50% health and 50% social care, as set out in the "
         "protocol."),
        ("If a fixed or typical percentage is used, what share of the cost does health pay?", "50%"),
        ("Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint funding "
         "decisions?", "Yes – Appendix 4 of the protocol."),
        ("How many disputes were raised under the disputes procedure in 2023/24?", "9"),
        ("What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?",
         "£121.4 million (adults, 2023/24 outturn)."),
        ("What was the local authority's annual contribution to joint funded packages in 2023/24?",
         "Not held by the ICB – please contact the local authorities."),
        ("How many Fast Track referrals were received in 2023/24?", "1,316"),
        ("Which ICB or ICBs are responsible for CHC for the residents of your area?",
         "NHS Bedfordshire, Luton and Milton Keynes ICB is responsible for CHC for all residents registered with "
         "a GP practice in the BLMK area."),
    ]
    nums = ["1", "2", "3", "4", "4a", "5", "6", "6a", "7", "7a", "8", "9", "10", "11"]
    blocks = [
        ("right", "Bedfordshire, Luton and Milton Keynes\nIntegrated Care Board"),
        ("right", "3rd Floor Arndale House, The Mall, Luton LU1 2LJ"),
        ("gap",),
        ("p", "Sent by email only"),
        ("p", "3 June 2024"),
        ("lab", "FOI reference: ", "BLMK/FOI/2425/067"),
        ("gap",),
        ("p", "Dear Requester"),
        ("b", "Re: Freedom of Information request – Continuing Healthcare and joint funded packages"),
        ("p", "Thank you for your request dated 7 May 2024. NHS Bedfordshire, Luton and Milton Keynes Integrated "
              "Care Board (BLMK ICB) has considered your request under the Freedom of Information Act 2000 and our "
              "response is set out below."),
    ]
    for n, (q, a) in zip(nums, qa):
        blocks.append(("b", f"Question {n}"))
        blocks.append(("i", q))
        blocks.append(("lab", "Response: ", a))
    blocks += [
        ("p", "The information supplied to you is subject to copyright; you may re-use it for non-commercial "
              "research or private study."),
        ("p", ICO_PARA),
        ("gap",),
        ("p", "Yours sincerely"),
        ("gap",),
        ("p", "Corporate Governance Team"),
        ("p", "NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board"),
    ]
    docx_from_blocks(p, blocks, font="Arial", size=11, footer_text="BLMK ICB  |  Working together for a healthier future")


doc("h14_06", "docx", "chc_funding_split", BLMK, {
    "foi_reference": "BLMK/FOI/2425/067", "response_date": "2024-06-03",
    "chc_eligible_count": 1027, "chc_as_at": "2024-03-31", "chc_fast_track_count": 188,
    "joint_packages_count": NH, "joint_funding_protocol": "yes", "protocol_copy_provided": True,
    "chc_tools": ["dst", "joint_panel"],
    "chc_split_fixed": True, "chc_health_share_pct": 50,
    "chc_disputes_procedure": "yes", "chc_disputes_count": 9,
    "icb_chc_spend_gbp": 121400000.0, "chc_spend_year": "2023/24",
    "la_joint_packages_spend_gbp": NH, "chc_fast_track_referrals_count": 1316,
    "chc_icbs": [BLMK[0]],
    "exemptions": [],
}, r06)


# ================================================================ 07  Westminster, s117, Word table with section rows and a notes column
def r07(p):
    rows = [
        ["Numbers"],
        ["1", "People receiving s117 aftercare funded wholly or partly by the Council at 31 March 2024", "536", "Snapshot from the Council's case management system"],
        ["2", "Of these, jointly funded with the ICB", "301", ""],
        ["10", "People discharged from s117 aftercare in 2023/24", "41", "Discharges agreed jointly with CNWL and the ICB"],
        ["Policy and process"],
        ["3", "Agreed s117 joint policy or protocol with the ICB?", "Yes", "Joint policy with NHS North West London ICB and Central and North West London NHS Foundation Trust"],
        ["3a", "Copy of the policy", "Exempt – section 21", "Published at https://www.westminster.gov.uk/adult-social-care/section-117-aftercare-policy"],
        ["4", "How the cost is split between the Council and the ICB",
         "Case by case. Each jointly funded case goes to the Section 117 Joint Funding Panel and the split is agreed according to the assessed health and social care needs.", ""],
        ["4a", "ICB percentage where a percentage split is used", "N/A", "No fixed percentage is used"],
        ["7", "Policy reviewed since the 2024/25 s117 guidance?", "Yes", "Revised version approved March 2025"],
        ["9", "Joint register with the ICB?", "Yes", "Shared register held on the joint s117 database"],
        ["11", "Agreed disputes process with the ICB?", "Yes", "Section 8 of the joint policy"],
        ["Finance (2023/24)"],
        ["5", "Council total spend on s117 aftercare 2023/24", "£19,744,906.12", "Gross spend on commissioned services for people with s117 entitlement"],
        ["6", "ICB spend on s117 aftercare for Westminster residents 2023/24", "Not held", "Please direct this question to NHS North West London ICB"],
        ["ICB and contact"],
        ["8", "Lead ICB for s117 aftercare", "NHS North West London ICB", ""],
        ["12", "Officer responsible for s117 aftercare", "Joanna Petrakis-Lowe, Head of Mental Health Social Work", "Email and direct line withheld – section 40(2)"],
    ]
    sections = {i for i, r in enumerate(rows) if len(r) == 1}
    rows = [r if len(r) > 1 else [r[0], "", "", ""] for r in rows]
    blocks = [
        ("title", "Westminster City Council"),
        ("p", "Information Management Team, 64 Victoria Street, London SW1E 6QP"),
        ("gap",),
        ("p", "Request reference: 9412781"),
        ("p", "Date of response: 14 May 2025"),
        ("gap",),
        ("b", "FREEDOM OF INFORMATION ACT 2000 – SECTION 117 AFTERCARE"),
        ("p", "Thank you for your request of 15 April 2025. The Council's answers are given in the table below. "
              "To make the response easier to read we have grouped your twelve questions by subject; the reference "
              "column gives the number of your original question."),
        ("table", ["Ref", "Question (summarised)", "Response", "Comments"], rows, [1.2, 5.0, 5.5, 5.0], sections),
        ("b", "Exemptions"),
        ("p", "Section 21 – information reasonably accessible to the applicant by other means: the joint policy is "
              "published on the Council's website at the address given above."),
        ("p", "Section 40(2) – personal information: the work e-mail address and direct telephone number of the "
              "named officer, who is not a senior officer, have been withheld. You can contact the service through "
              "the Council's customer contact centre."),
        ("p", ICO_PARA),
        ("p", "Information Management Team"),
        ("p", "Westminster City Council"),
    ]
    docx_from_blocks(p, blocks, font="Arial", size=10, header_text="OFFICIAL")


doc("h14_07", "docx", "s117_aftercare", WESTMINSTER, {
    "foi_reference": "9412781", "response_date": "2025-05-14",
    "s117_people_count": 536, "s117_as_at": "2024-03-31", "s117_jointly_funded_count": 301,
    "s117_joint_policy": "yes", "s117_policy_copy_provided": True,
    "s117_split_basis": "case_by_case", "s117_split_methods": ["case_by_case", "joint_panel"],
    "s117_icb_share_pct": NA,
    "la_s117_spend_gbp": 19744906.12, "s117_spend_year": "2023/24", "icb_s117_spend_gbp": NH,
    "s117_policy_reviewed": "yes", "s117_lead_icb": NWL[0],
    "s117_joint_register": "yes", "s117_discharged_count": 41, "s117_disputes_process": "yes",
    "s117_contact_name": "Joanna Petrakis-Lowe", "s117_contact_email": WH, "s117_contact_phone": WH,
    "exemptions": ["s21", "s40"],
}, r07)


# ================================================================ 08  Merton, CSC, Word: Q-labels, answers below, £000s table
def r08(p):
    blocks = [
        ("title", "London Borough of Merton"),
        ("p", "Children, Lifelong Learning and Families"),
        ("p", "Merton Civic Centre, London Road, Morden SM4 5DX"),
        ("gap",),
        ("p", "Our ref: LBM/FOI/10493"),
        ("p", "11 March 2024"),
        ("gap",),
        ("p", "Dear Sir/Madam"),
        ("p", "Your request for information – joint commissioning and funding of external placements"),
        ("p", "I am writing in response to your request for information received on 12 February 2024. Please "
              "find our answers below each of your questions."),
    ]
    qa = [
        ("Q1", "Do you have a joint commissioning framework for externally commissioned placements for children?",
         "Yes. Merton is part of a joint commissioning arrangement for children's external placements with NHS "
         "South West London ICB and neighbouring boroughs."),
        ("Q1a", "If yes, does this joint commissioning framework include partners from 'health' (eg, CCG or new ICBs)?",
         "Yes – NHS South West London ICB is a partner."),
        ("Q1b", "Please share the terms of reference (ToR) or joint agreement, if health are included",
         "The terms of reference of the Joint Resource Allocation Panel are attached."),
        ("Q2", "Do 'health' eg CCG/ICB, joint fund externally commissioned placements (eg, residential, "
               "therapeutic foster care, SEND, semi-independent provision)?", "Yes."),
        ("Q2a", "If yes, what are the terms (please share a ToR or agreement)?",
         "Please see the terms of reference provided at Q1b."),
        ("Q2b", "If yes, how is that funding split for the following: (e.g. a shared percentage cost) – residential, "
                "therapeutic foster care, SEND provision, semi-independent provision",
         "Contributions are agreed for each child at the Joint Resource Allocation Panel. There is no fixed "
         "percentage for any of the placement types listed."),
        ("Q3", "Do any other partners contribute (over and above children's social care and health/CCG)?",
         "Yes – Education, through the High Needs Block, contributes to the education element of residential "
         "school placements."),
        ("Q3a", "If yes, who and on what terms?", "As above; the education element is set through the EHC plan."),
        ("Q4", "Is the criteria in the 'continuing care funding' model used as a methodology for split funding?", "Yes."),
        ("Q4b", "If yes, is this the only criteria 'health' use to determine funding?",
         "No. For young people approaching 18, health colleagues also consider the Decision Support Tool (DST) "
         "to plan for transition to adult services."),
        ("Q5", "What was your Council 2023/24 yearly spend on external placements? Q5a – c: what element of that "
               "was funded by health, education and 'other'?",
         "Please see the table below (figures in £000s)."),
    ]
    for lab, q, a in qa:
        blocks.append(("b", f"{lab}  {q}"))
        blocks.append(("p", a))
    blocks.append(("table", ["2023/24 external placements", "£000s", "% of total"], [
        ["Total spend on external placements", "21,460", "100%"],
        ["Funded by health (SWL ICB)", "1,288", "6.0%"],
        ["Funded by education", "3,112", "14.5%"],
        ["Funded by other", "0", "0.0%"],
    ], [8.0, 3.0, 3.0]))
    qa2 = [
        ("Q6", "Have you involved children or parents in your joint commissioning process?",
         "Partially. The views of children and young people are gathered through the Children in Care Council "
         "and fed into commissioning plans, but they are not formally part of the joint commissioning process."),
        ("Q7", "Do you refer to any models of practice in your commissioning framework or joint funding framework?",
         "Yes – the framework refers to the Council's trauma-informed model of practice."),
        ("Q7a", "If yes, please share this?", "A summary of the practice model is attached."),
        ("Q8", "Do you have any other comments?", "No."),
    ]
    for lab, q, a in qa2:
        blocks.append(("b", f"{lab}  {q}"))
        blocks.append(("p", a))
    blocks += [
        ("p", "If you are not satisfied with this response you may request an internal review by contacting "
              "foi@merton.gov.uk within 40 working days. If you are still dissatisfied after the review you may "
              "contact the Information Commissioner's Office."),
        ("gap",),
        ("p", "Yours faithfully"),
        ("p", "Rebecca Lindqvist-Osei"),
        ("p", "Commissioning Officer, Children's Commissioning"),
    ]
    docx_from_blocks(p, blocks, font="Arial", size=11)


doc("h14_08", "docx", "csc_joint_commissioning", MERTON, {
    "foi_reference": "LBM/FOI/10493", "response_date": "2024-03-11",
    "joint_commissioning_framework": "yes", "framework_includes_health": "yes", "framework_tor_provided": True,
    "health_joint_funds_placements": "yes", "fixed_percentage_split": False,
    "other_partners_contribute": "yes", "other_partners": ["Education"],
    "continuing_care_model_used": "yes", "continuing_care_only_criteria": "no", "other_health_tools": ["DST"],
    "external_placements_spend_gbp": 21460000.0, "spend_year": "2023/24",
    "health_share_gbp": 1288000.0, "health_share_pct": 6.0,
    "education_share_gbp": 3112000.0, "education_share_pct": 14.5,
    "other_share_gbp": 0.0, "other_share_pct": 0.0,
    "children_parents_involved": any_of("partial", "yes"), "models_of_practice": "yes",
    "exemptions": [],
}, r08)


# ================================================================ 09  Redbridge, ASC, Word -> PDF (soffice), short-question table
def r09(p):
    blocks = [
        ("title", "LONDON BOROUGH OF REDBRIDGE"),
        ("p", "Corporate Information Management  ·  Lynton House, 255-259 High Road, Ilford IG1 1NY"),
        ("gap",),
        ("table", None, [
            ["FOI reference", "FOI 2024/01877"],
            ["Date request received", "18 March 2024"],
            ["Date of response", "16 April 2024"],
            ["Directorate", "People – Adult Social Care"],
        ], [5.0, 8.0]),
        ("p", "Dear Requester,"),
        ("p", "Re: Adult Social Care – Joint Funding"),
        ("p", "We confirm that the London Borough of Redbridge holds the information you requested. The answers "
              "are set out in the table below against a shortened version of each question."),
        ("table", ["Question", "Answer"], [
            ["1) DASS contact details",
             "Adrian Koh-Whitfield, Corporate Director of People (DASS)\nadrian.koh-whitfield@redbridge.gov.uk\n020 8708 4412"],
            ["2) Portfolio holder for Adult Social Care",
             "Cllr Jasmine Bhattacharya, Cabinet Member for Adult Social Care and Health"],
            ["3) Main case management system", "Eclipse – OLM Systems"],
            ["4) Current care packages the LA contributes to per week",
             "3,190 packages (week commencing 4 March 2024)"],
            ["5) Annual cost of this care, 2022/23", "£112.7m (gross)"],
            ["6) Packages jointly funded with an ICB (s.117 and Care Act)", "187 (of which 64 are s.117)"],
            ["7) Annual cost of care provided by ICBs for these cases",
             "The ICB share of these packages is £41,950 per week."],
            ["8) ICBs covering the LA area", "NHS North East London ICB"],
            ["9) Main ICB for joint funding", "Yes – NHS North East London ICB"],
            ["10) Joint Funding Policy with the ICB(s)?", "No"],
            ["11) Copy of the policy", "N/A"],
            ["12) Joint Funding Tool or documented methodology?",
             "No. There is no tool. The split is agreed between the Council's brokerage team and the ICB's CHC "
             "team for each individual, based on the assessed needs."],
        ], [6.0, 10.5]),
        ("p", "You are free to use the information supplied for your own use, including non-commercial research. "
              "Any other re-use, for example commercial publication, requires the permission of the copyright holder."),
        ("p", "If you are dissatisfied with this response, you may request an internal review within 40 working "
              "days by e-mailing foi@redbridge.gov.uk. You may then complain to the Information Commissioner's "
              "Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF."),
        ("p", "Corporate Information Management Team"),
    ]
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "FOI_2024_01877_response.docx"
        docx_from_blocks(src, blocks, font="Arial", size=10)
        soffice_pdf(src, p)


doc("h14_09", "pdf", "asc_joint_funding", REDBRIDGE, {
    "foi_reference": "FOI 2024/01877", "response_date": "2024-04-16",
    "dass_name": "Adrian Koh-Whitfield", "dass_email": "adrian.koh-whitfield@redbridge.gov.uk",
    "dass_phone": "020 8708 4412",
    "portfolio_holder_name": "Jasmine Bhattacharya",
    "case_management_system": "Eclipse", "case_management_supplier": "OLM Systems",
    "care_packages_count": 3190, "care_packages_as_at": "2024-03-04",
    "la_annual_cost_gbp": 112700000.0, "la_cost_basis": "gross", "cost_year": "2022/23",
    "jointly_funded_packages_count": 187,
    "icb_annual_cost_gbp": 2181400.0, "icb_weekly_cost_gbp": 41950.0,
    "icbs_covering": [NEL_NAME], "main_icb": NEL_NAME,
    "joint_funding_policy": "no", "policy_copy_provided": any_of(NA, False),
    "joint_funding_tool": any_of("partial", "no"),
    "joint_funding_methods": ["case_by_case"],
    "exemptions": [],
}, r09)


# ================================================================ 10  NWL ICB, CHC, web page printed to PDF (chromium)
H10 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>FOI.NWL.2425.0773 – Continuing healthcare and joint funding | NHS North West London</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;font-size:12.5px;color:#212b32;margin:0}
header{background:#005eb8;color:#fff;padding:14px 28px} header b{font-size:20px}
nav{font-size:11px;padding:6px 28px;background:#e8edee}
main{padding:10px 28px 30px}
table{border-collapse:collapse;width:100%;margin:10px 0}
td,th{border:1px solid #aeb7bd;padding:6px;vertical-align:top;text-align:left}
th{background:#e8edee}
.meta td:first-child{width:28%;font-weight:bold}
footer{font-size:10px;color:#4c6272;padding:10px 28px;border-top:1px solid #d8dde0}
</style></head><body>
<header><b>NHS North West London</b><br>Integrated Care Board</header>
<nav>Home › About us › Freedom of information › Disclosure log › FOI.NWL.2425.0773</nav>
<main>
<h1>Continuing healthcare and joint funding</h1>
<table class="meta">
<tr><td>Reference</td><td>FOI.NWL.2425.0773</td></tr>
<tr><td>Date received</td><td>29 August 2024</td></tr>
<tr><td>Date responded</td><td>26 September 2024</td></tr>
<tr><td>Category</td><td>Continuing Healthcare (CHC)</td></tr>
<tr><td>Outcome</td><td>Partially disclosed</td></tr>
</table>
<h2>Request and response</h2>
<table>
<tr><th style="width:5%">No.</th><th style="width:45%">Request</th><th>Response</th></tr>
<tr><td>1</td><td>How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?</td><td>2,214 patients across the eight North West London boroughs.</td></tr>
<tr><td>2</td><td>How many of these people were receiving CHC through the Fast Track Pathway?</td><td>503</td></tr>
<tr><td>3</td><td>How many joint funded packages (shared care between health and social care for people below the CHC threshold) were in place?</td><td>612</td></tr>
<tr><td>4</td><td>Is there a local joint funding or shared care protocol agreed between the ICB and the local authority?</td><td>Yes. A North West London joint funding protocol is in place with each of the eight local authorities.</td></tr>
<tr><td>4a</td><td>If so, please provide a copy of the protocol.</td><td>The protocol is currently being refreshed and the revised version will be published on our website once approved by the ICB's Quality and Performance Committee in December 2024. We are therefore withholding it under section 22 of the FOI Act (information intended for future publication). Please see the note below.</td></tr>
<tr><td>5</td><td>Which tool is used to decide CHC eligibility and the contributions to joint packages (for example the national Decision Support Tool or a local tool)?</td><td>The national Checklist, the Decision Support Tool (DST) and the Fast Track Pathway Tool are used for eligibility. Contributions to joint packages are calculated using the NWL Joint Funding Matrix.</td></tr>
<tr><td>6</td><td>Is the funding of joint packages split by a fixed percentage, or agreed case by case?</td><td>Case by case – each package is scored using the matrix.</td></tr>
<tr><td>6a</td><td>If a fixed or typical percentage is used, what share of the cost does health pay?</td><td>Not applicable.</td></tr>
<tr><td>7</td><td>Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint funding decisions?</td><td>Yes – the local dispute resolution protocol.</td></tr>
<tr><td>7a</td><td>How many disputes were raised under the disputes procedure in 2023/24?</td><td>14</td></tr>
<tr><td>8</td><td>What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?</td><td>£287,930k</td></tr>
<tr><td>9</td><td>What was the local authority's annual contribution to joint funded packages in 2023/24?</td><td>Information not held by the ICB.</td></tr>
<tr><td>10</td><td>How many Fast Track referrals were received in 2023/24?</td><td>4,071</td></tr>
<tr><td>11</td><td>Which ICB or ICBs are responsible for CHC for the residents of your area?</td><td>NHS North West London ICB</td></tr>
</table>
<h3>Section 22 – information intended for future publication</h3>
<p>Section 22 applies where information is held with a view to publication at a future date, and it is
reasonable to withhold it until then. The ICB has considered the public interest and concluded that it is
better served by publishing the approved protocol than a version that is still being revised.</p>
<p>If you are unhappy with this response you can ask for an internal review within 40 working days by
e-mailing the FOI team. You can also contact the Information Commissioner's Office at www.ico.org.uk or on
0303 123 1113.</p>
</main>
<footer>NHS North West London Integrated Care Board · 15 Marylebone Road, London NW1 5JD · Page last reviewed: 30 September 2024</footer>
</body></html>
"""


def r10(p):
    chromium_pdf(H10, p)


doc("h14_10", "pdf", "chc_funding_split", NWL, {
    "foi_reference": "FOI.NWL.2425.0773", "response_date": "2024-09-26",
    "chc_eligible_count": 2214, "chc_as_at": "2024-03-31", "chc_fast_track_count": 503,
    "joint_packages_count": 612, "joint_funding_protocol": "yes",
    "protocol_copy_provided": any_of(WH, False),
    "chc_tools": ["checklist", "dst", "fast_track_tool", "local_tool"],
    "chc_split_fixed": False, "chc_health_share_pct": NA,
    "chc_disputes_procedure": "yes", "chc_disputes_count": 14,
    "icb_chc_spend_gbp": 287930000.0, "chc_spend_year": "2023/24",
    "la_joint_packages_spend_gbp": NH, "chc_fast_track_referrals_count": 4071,
    "chc_icbs": [NWL[0]],
    "exemptions": ["s22"],
}, r10)


# ================================================================ 11  Merton, s117, reportlab letter (numbered request, then numbered answers, roman sub-parts)
def r11(p):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors

    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
    bold = ParagraphStyle("bb", parent=body, fontName="Helvetica-Bold")
    ind = ParagraphStyle("ind", parent=body, leftIndent=18)
    head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=15, leading=18)

    def on_page(c, d):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(2 * cm, 1.2 * cm, "London Borough of Merton  ·  Merton Civic Centre, London Road, Morden SM4 5DX  ·  www.merton.gov.uk")
        c.drawRightString(19 * cm, 1.2 * cm, f"Page {d.page}")
        c.restoreState()

    story = [
        Paragraph("MERTON COUNCIL", head),
        Paragraph("Adult Social Care, Integrated Care and Public Health", body),
        Spacer(1, 8),
        Table([["Our reference:", "MER/FOI/2024/3391"], ["Date:", "27 November 2024"],
               ["Contact:", "Information Governance, foi@merton.gov.uk"]],
              colWidths=[3.5 * cm, 10 * cm],
              style=TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9)])),
        Spacer(1, 10),
        Paragraph("Dear Requester", body),
        Paragraph("<b>Freedom of Information request: Section 117 Mental Health Act aftercare</b>", body),
        Paragraph("Thank you for your request received on 29 October 2024. You asked:", body),
    ]
    req = [
        "How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?",
        "How many of these people have their section 117 aftercare jointly funded with the ICB?",
        "Does the local authority have an agreed section 117 joint policy or protocol with the ICB? If so, please provide a copy.",
        "How is the cost of section 117 aftercare split between the local authority and the ICB (fixed percentage such as 50/50, case by case, panel)? Where a percentage split is used, what percentage does the ICB pay?",
        "What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?",
        "What was the ICB's spend on section 117 aftercare for people in your area in the same year?",
        "Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?",
        "Which ICB is the lead ICB for section 117 aftercare in your area?",
        "Do you keep a joint register with the ICB of people entitled to section 117 aftercare?",
        "How many people were discharged from section 117 aftercare in 2023/24?",
        "Is there an agreed process for resolving disputes with the ICB about section 117 funding?",
        "Please provide the name and contact details of the officer responsible for section 117 aftercare.",
    ]
    for i, q in enumerate(req, 1):
        story.append(Paragraph(f"{i}. {q}", ind))
    story += [Spacer(1, 6), Paragraph("<b>Our response</b>", body)]
    ans = [
        "298 people as at 31 March 2024.",
        "205.",
        "(i) Yes – the Merton Section 117 Aftercare Policy agreed with NHS South West London ICB and South West London and St George's Mental Health NHS Trust. (ii) A copy of the policy is enclosed with this letter.",
        "(i) Jointly funded packages are split 50/50 between the Council and the ICB. (ii) The ICB pays 50%.",
        "£7.42m",
        "£3.38m (figure supplied by SWL ICB)",
        "No. The policy is next due for review in 2025.",
        "NHS South West London ICB",
        "Partially. The Council and the ICB each hold a register; a shared spreadsheet is used to reconcile them but there is no single joint register.",
        "Fewer than five. The exact number has been withheld under section 40(2) of the Act because of the risk of identifying individuals.",
        "Yes – the escalation process in Appendix C of the policy.",
        "Daniel Ferreira-Mbeki, Head of Mental Health Services. Email: daniel.ferreira-mbeki@merton.gov.uk. Telephone: 020 8545 3914.",
    ]
    for i, a in enumerate(ans, 1):
        story.append(Paragraph(f"{i}. {a}", ind))
    story += [
        Spacer(1, 6),
        Paragraph("The Council is committed to openness; where small numbers are involved we apply section 40(2) "
                  "(personal information) because, combined with other information in the public domain, the "
                  "figure could identify the individuals concerned.", body),
        Paragraph(ICO_PARA, body),
        Spacer(1, 10),
        Paragraph("Yours sincerely", body),
        Spacer(1, 14),
        Paragraph("Information Governance Officer", body),
        Paragraph("on behalf of the London Borough of Merton", body),
    ]
    SimpleDocTemplate(str(p), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                      title="FOI response MER/FOI/2024/3391", author="London Borough of Merton",
                      invariant=1).build(story, onFirstPage=on_page, onLaterPages=on_page)


doc("h14_11", "pdf", "s117_aftercare", MERTON, {
    "foi_reference": "MER/FOI/2024/3391", "response_date": "2024-11-27",
    "s117_people_count": 298, "s117_as_at": "2024-03-31", "s117_jointly_funded_count": 205,
    "s117_joint_policy": "yes", "s117_policy_copy_provided": True,
    "s117_split_basis": "fixed_percentage", "s117_split_methods": ["fixed_split"],
    "s117_icb_share_pct": 50,
    "la_s117_spend_gbp": 7420000.0, "s117_spend_year": "2023/24", "icb_s117_spend_gbp": 3380000.0,
    "s117_policy_reviewed": "no", "s117_lead_icb": SWL[0],
    "s117_joint_register": "partial", "s117_discharged_count": WH, "s117_disputes_process": "yes",
    "s117_contact_name": "Daniel Ferreira-Mbeki", "s117_contact_email": "daniel.ferreira-mbeki@merton.gov.uk",
    "s117_contact_phone": "020 8545 3914",
    "exemptions": ["s40"],
}, r11)


# ================================================================ 12  Westminster, CSC, Word -> PDF (soffice), answer table with £ and % columns
def r12(p):
    blocks = [
        ("title", "Westminster City Council"),
        ("p", "Children's Services – Commissioning"),
        ("p", "64 Victoria Street, London SW1E 6QP"),
        ("gap",),
        ("p", "Our ref: 9387712                                                       30 May 2024"),
        ("gap",),
        ("b", "Freedom of Information Act 2000 – FOI Request – FAO Children's Commissioners"),
        ("p", "Thank you for your request, which was received on 2 May 2024. I can confirm that the Council holds "
              "most of the information you have asked for. Our answers are in the right-hand column."),
        ("table", ["Q", "Request", "Answer"], [
            ["1", "Do you have a joint commissioning framework for externally commissioned placements for children?", "Yes"],
            ["1a", "If yes, does this joint commissioning framework include partners from 'health' (eg, CCG or new ICBs)?", "Yes – NHS North West London ICB"],
            ["1b", "Please share the terms of reference (ToR) or joint agreement, if health are included",
             "The terms of reference are published on the Council's website and are therefore exempt under section 21: "
             "https://www.westminster.gov.uk/children-and-families/joint-placements-panel-terms-of-reference"],
            ["2", "Do 'health' eg CCG/ICB, joint fund externally commissioned placements (eg, residential, therapeutic "
                  "foster care, SEND, semi-independent provision)?", "Yes, through the children's continuing care process."],
            ["2a", "If yes, what are the terms (please share a ToR or agreement)?",
             "The joint funding agreement sets out negotiated placement rates agreed with individual providers. "
             "It is withheld under section 43(2) (commercial interests); see the note below."],
            ["2b", "If yes, how is that funding split for the following: (e.g. a shared percentage cost)",
             "No fixed percentage – the split is apportioned by assessed need for each child."],
            ["3", "Do any other partners contribute (over and above children's social care and health/CCG)?", "No"],
            ["3a", "If yes, who and on what terms?", "N/A"],
            ["4", "Is the criteria in the 'continuing care funding' model used as a methodology for split funding?", "Yes"],
            ["4b", "If yes, is this the only criteria 'health' use to determine funding?", "Yes"],
            ["6", "Have you involved children or parents in your joint commissioning process?",
             "Yes – young people from the Children in Care Council sit on commissioning evaluation panels."],
            ["7", "Do you refer to any models of practice in your commissioning framework or joint funding framework?",
             "Yes – Family Safeguarding model; a summary is attached."],
            ["8", "Do you have any other comments?", "No"],
        ], [1.2, 8.0, 7.5]),
        ("b", "Question 5 – external placements spend 2023/24"),
        ("table", ["", "£", "% of total"], [
            ["Q5  Council yearly spend on external placements", "£26,093,417", ""],
            ["Q5a Element funded by health", "£1,507,220", "5.8%"],
            ["Q5b Element funded by education", "£2,871,004", "11.0%"],
            ["Q5c Element funded by 'other'", "Not held", "Not held"],
        ], [8.5, 4.0, 3.0]),
        ("b", "Section 43(2) – commercial interests"),
        ("p", "Disclosure of the negotiated rates would be likely to prejudice the commercial interests of the "
              "providers concerned and the Council's ability to obtain value for money in future negotiations. "
              "Having weighed the public interest, we consider that it favours withholding the agreement."),
        ("p", ICO_PARA),
        ("p", "Kind regards,"),
        ("p", "Access to Information Officer"),
    ]
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "9387712 FOI response.docx"
        docx_from_blocks(src, blocks, font="Arial", size=10)
        soffice_pdf(src, p)


doc("h14_12", "pdf", "csc_joint_commissioning", WESTMINSTER, {
    "foi_reference": "9387712", "response_date": "2024-05-30",
    "joint_commissioning_framework": "yes", "framework_includes_health": "yes", "framework_tor_provided": True,
    "health_joint_funds_placements": "yes", "fixed_percentage_split": False,
    "other_partners_contribute": "no", "other_partners": any_of([], NA, None),
    "continuing_care_model_used": "yes", "continuing_care_only_criteria": "yes",
    "other_health_tools": any_of(None, [], NA),
    "external_placements_spend_gbp": 26093417.0, "spend_year": "2023/24",
    "health_share_gbp": 1507220.0, "health_share_pct": 5.8,
    "education_share_gbp": 2871004.0, "education_share_pct": 11.0,
    "other_share_gbp": NH, "other_share_pct": NH,
    "children_parents_involved": "yes", "models_of_practice": "yes",
    "exemptions": ["s21", "s43"],
}, r12)


# ================================================================ 13  Richmond, ASC, disclosure-log web page (lists restart)
H13 = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Adult social care joint funding - FOI/24/01355 - Richmond Council</title>
<meta name="description" content="Freedom of information disclosure log">
<link rel="stylesheet" href="/assets/css/main.css">
</head><body>
<div class="site-header"><a href="/" class="logo">Richmond Council</a>
<ul class="top-nav"><li><a href="/services">Services</a></li><li><a href="/council">Council and democracy</a></li><li><a href="/contact">Contact us</a></li></ul></div>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/council">Council and democracy</a> &gt; <a href="/council/foi">Freedom of information</a> &gt; <a href="/council/foi/disclosure_log">Disclosure log</a></div>
<div id="content" class="main">
<h1>Adult social care joint funding</h1>
<dl class="foi-meta">
<dt>Reference</dt><dd>FOI/24/01355</dd>
<dt>Date received</dt><dd>5 June 2024</dd>
<dt>Date of response</dt><dd>3 July 2024</dd>
<dt>Directorate</dt><dd>Adult Social Services, Health and Housing</dd>
<dt>Published</dt><dd>15 July 2024</dd>
</dl>
<h2>Request</h2>
<p>Adult Social Care – Joint Funding</p>
<ol>
<li>Please provide the contact details for the DASS in your local authority.</li>
<li>Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).</li>
<li>Who provides your main operational system for Case Management?</li>
<li>How many current care packages per week does the local authority contribute some or all of the cost towards?</li>
<li>What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?</li>
<li>How many of these current care packages are jointly funded with an ICB (both those under s.117 of the Mental Health Act and those funding under the Care Act because they do not meet CHC eligibility)?</li>
<li>What is the Annual cost of care provided by ICBs for these cases?</li>
<li>Which ICBs cover the Local Authority Area?</li>
<li>Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?</li>
<li>Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?</li>
<li>Please provide a copy of it.</li>
<li>Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?</li>
</ol>
<h2>Response</h2>
<ol>
<li>The Director of Adult Social Services is Ms Rachael Tomlin-Sharpe. Email: xxxxxxxxxx@richmond.gov.uk (personal contact details withheld under section 40(2) of the Act).</li>
<li>Councillor Hamish Oduya-Brennan, Cabinet Member for Adult Social Care and Health.</li>
<li>Mosaic – The Access Group.</li>
<li>1,904 care packages, as at the end of Quarter 4 (31/03/2024).</li>
<li>£71,660,519.46 (gross, 2022/23).</li>
<li>122</li>
</ol>
<p>Figures for questions 4 to 6 include people whose package is commissioned on their behalf and people using a direct payment.</p>
<ol>
<li>The ICB contribution to these packages was £2.7m in 2022/23.</li>
<li>NHS South West London Integrated Care Board.</li>
<li>Yes, NHS South West London ICB.</li>
<li>Yes.</li>
<li>The policy can be downloaded from <a href="https://www.richmond.gov.uk/media/joint_funding_policy_swl.pdf">https://www.richmond.gov.uk/media/joint_funding_policy_swl.pdf</a>.</li>
<li>There is no agreed tool. The split is agreed between the ICB and the Council for each package; where agreement cannot be reached, disputes are escalated under the South West London disputes protocol.</li>
</ol>
<div class="page-feedback"><p>Was this page useful? <a href="/feedback">Yes</a> | <a href="/feedback">No</a></p></div>
</div>
<div class="site-footer"><p>&copy; London Borough of Richmond upon Thames, Civic Centre, 44 York Street, Twickenham TW1 3BZ</p>
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul></div>
</body></html>
"""

doc("h14_13", "html", "asc_joint_funding", RICHMOND, {
    "foi_reference": "FOI/24/01355", "response_date": "2024-07-03",
    "dass_name": "Rachael Tomlin-Sharpe", "dass_email": WH, "dass_phone": None,
    "portfolio_holder_name": "Hamish Oduya-Brennan",
    "case_management_system": "Mosaic", "case_management_supplier": "The Access Group",
    "care_packages_count": 1904, "care_packages_as_at": "2024-03-31",
    "la_annual_cost_gbp": 71660519.46, "la_cost_basis": "gross", "cost_year": "2022/23",
    "jointly_funded_packages_count": 122,
    "icb_annual_cost_gbp": 2700000.0, "icb_weekly_cost_gbp": None,
    "icbs_covering": [SWL[0]], "main_icb": SWL[0],
    "joint_funding_policy": "yes", "policy_copy_provided": True,
    "joint_funding_tool": "partial",
    "joint_funding_methods": any_of(["dispute_process"], ["dispute_process", "case_by_case"]),
    "exemptions": ["s40"],
}, lambda p: write_text(p, H13))


# ================================================================ 14  BOB ICB, CHC, web page, Q/A table with a per-place table
H14 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>FOI-BOB-24-1122: NHS Continuing Healthcare and joint funding | BOB ICB</title>
<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}</style>
</head><body>
<header><p><strong>NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board</strong></p>
<nav><a href="/">Home</a> / <a href="/about-us/">About us</a> / <a href="/about-us/freedom-of-information/">Freedom of Information</a> / <a href="/about-us/freedom-of-information/disclosure-log/">Disclosure log</a></nav></header>
<main>
<h1>FOI-BOB-24-1122: NHS Continuing Healthcare and joint funding</h1>
<p><em>Response sent: 21 January 2025</em></p>
<p>Thank you for your Freedom of Information request received on 18 December 2024. BOB ICB commissions NHS Continuing Healthcare for three places: Buckinghamshire, Oxfordshire and Berkshire West (Reading, West Berkshire and Wokingham). Our response is set out below.</p>
<table>
<thead><tr><th>Question</th><th>BOB ICB response</th></tr></thead>
<tbody>
<tr><td>1. How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?<br>2. How many of these people were receiving CHC through the Fast Track Pathway?</td>
<td>Please see the table below (snapshot at 31 March 2024).
<table>
<thead><tr><th>Place</th><th>CHC eligible (all)</th><th>of which Fast Track</th></tr></thead>
<tbody>
<tr><td>Buckinghamshire</td><td>612</td><td>98</td></tr>
<tr><td>Oxfordshire</td><td>741</td><td>121</td></tr>
<tr><td>Berkshire West</td><td>523</td><td>87</td></tr>
<tr><td><strong>Total</strong></td><td><strong>1,876</strong></td><td><strong>306</strong></td></tr>
</tbody></table></td></tr>
<tr><td>3. How many joint funded packages (shared care between health and social care for people below the CHC threshold) were in place?</td>
<td>This information is not held centrally by the ICB. Joint packages are arranged by the local authorities.</td></tr>
<tr><td>4. Is there a local joint funding or shared care protocol agreed between the ICB and the local authority? 4a. If so, please provide a copy of the protocol.</td>
<td>Partially. Oxfordshire has an agreed joint funding protocol with Oxfordshire County Council, a copy of which is attached. The Buckinghamshire and Berkshire West protocols are being refreshed and have not yet been agreed with the councils.</td></tr>
<tr><td>5. Which tool is used to decide CHC eligibility and the contributions to joint packages (for example the national Decision Support Tool or a local tool)?</td>
<td>The national CHC Checklist and Decision Support Tool (DST). Contributions to joint packages are agreed at each place's Joint Funding Panel.</td></tr>
<tr><td>6. Is the funding of joint packages split by a fixed percentage, or agreed case by case? 6a. If a fixed or typical percentage is used, what share of the cost does health pay?</td>
<td>There is no set percentage split; contributions are agreed for each package according to the assessed health need. 6a is therefore not applicable.</td></tr>
<tr><td>7. Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint funding decisions?</td>
<td>Yes, each place has a disputes procedure agreed with its local authority partners.</td></tr>
<tr><td>7a. How many disputes were raised under the disputes procedure in 2023/24?</td>
<td>Not held. Disputes are resolved within the case record and are not recorded as a separate category.</td></tr>
<tr><td>8. What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?</td>
<td>£196.2 million</td></tr>
<tr><td>9. What was the local authority's annual contribution to joint funded packages in 2023/24?</td>
<td>Not held by the ICB. You may wish to ask Buckinghamshire Council, Oxfordshire County Council, Reading Borough Council, West Berkshire Council and Wokingham Borough Council.</td></tr>
<tr><td>10. How many Fast Track referrals were received in 2023/24?</td>
<td>2,958</td></tr>
<tr><td>11. Which ICB or ICBs are responsible for CHC for the residents of your area?</td>
<td>NHS Buckinghamshire, Oxfordshire and Berkshire West ICB</td></tr>
</tbody></table>
<h2>Your right to complain</h2>
<p>If you are unhappy with the way your request has been handled, you can request an internal review within 40 working days. If you are still not satisfied, you may contact the Information Commissioner's Office.</p>
</main>
<footer><p>NHS Buckinghamshire, Oxfordshire and Berkshire West ICB, Sandford Gate, Sandy Lane West, Oxford OX4 6LB</p></footer>
</body></html>
"""

doc("h14_14", "html", "chc_funding_split", BOB, {
    "foi_reference": "FOI-BOB-24-1122", "response_date": "2025-01-21",
    "chc_eligible_count": 1876, "chc_as_at": "2024-03-31", "chc_fast_track_count": 306,
    "joint_packages_count": NH, "joint_funding_protocol": "partial", "protocol_copy_provided": True,
    "chc_tools": ["checklist", "dst", "joint_panel"],
    "chc_split_fixed": False, "chc_health_share_pct": NA,
    "chc_disputes_procedure": "yes", "chc_disputes_count": NH,
    "icb_chc_spend_gbp": 196200000.0, "chc_spend_year": "2023/24",
    "la_joint_packages_spend_gbp": NH, "chc_fast_track_referrals_count": 2958,
    "chc_icbs": [BOB[0]],
    "exemptions": [],
}, lambda p: write_text(p, H14))


# ================================================================ 15  Harrow, s117, web page, Q then "Answer:" inline; s12 on one part
H15 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Section 117 aftercare - joint funding (IG-FOI-24-5207) | Harrow Council</title></head>
<body>
<div class="header"><img src="/images/harrow-logo.svg" alt="Harrow Council logo"><span>Harrow Council</span></div>
<div class="crumbs">Home / Council / Access to information / FOI responses</div>
<article>
<h1>Section 117 aftercare - joint funding</h1>
<table class="details">
<tr><th scope="row">FOI reference</th><td>IG-FOI-24-5207</td></tr>
<tr><th scope="row">Request received</th><td>12/11/2024</td></tr>
<tr><th scope="row">Responded</th><td>10/12/2024</td></tr>
<tr><th scope="row">Topic</th><td>Adult social care; mental health</td></tr>
</table>
<p>Harrow Council has answered each part of this request as follows.</p>
<p><strong>Q1 How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?</strong><br>
Answer: 377</p>
<p><strong>Q2 How many of these people have their section 117 aftercare jointly funded with the ICB?</strong><br>
Answer: 214</p>
<p><strong>Q3 Does the local authority have an agreed section 117 joint policy or protocol with the ICB?</strong><br>
Answer: Yes. Harrow follows the North West London Section 117 Aftercare Joint Policy (2023), agreed between the local authorities in North West London, NHS North West London ICB and Central and North West London NHS Foundation Trust.</p>
<p><strong>Q3a If so, please provide a copy of the section 117 policy or protocol.</strong><br>
Answer: The policy is published on the ICB's website and is exempt under section 21 of the Freedom of Information Act as it is reasonably accessible to you: <a href="https://www.nwlondonicb.nhs.uk/policies/section-117-aftercare">https://www.nwlondonicb.nhs.uk/policies/section-117-aftercare</a></p>
<p><strong>Q4 How is the cost of section 117 aftercare split between the local authority and the ICB, for example a fixed percentage such as 50/50, case by case, or agreed at a panel?</strong><br>
Answer: There is no fixed split. Each case is considered individually at the monthly Section 117 Panel, attended by Harrow Council, CNWL and the ICB, and the contributions are agreed there.</p>
<p><strong>Q4a Where a percentage split is used, what percentage of the cost does the ICB pay?</strong><br>
Answer: N/A</p>
<p><strong>Q5 What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?</strong><br>
Answer: Spend on section 117 aftercare is not coded separately in the Council's finance system. To identify it we would need to match each of the 377 individuals against their payment records for the year, which we estimate would take around 60 hours. This exceeds the appropriate limit of 18 hours (£450) and we are therefore relying on section 12 of the Act for this question.</p>
<p><strong>Q6 What was the ICB's spend on section 117 aftercare for people in your area in the same year?</strong><br>
Answer: Not held. Please contact NHS North West London ICB.</p>
<p><strong>Q7 Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?</strong><br>
Answer: Yes, the joint policy was updated in October 2024 to reflect the new guidance.</p>
<p><strong>Q8 Which ICB is the lead ICB for section 117 aftercare in your area?</strong><br>
Answer: NHS North West London ICB</p>
<p><strong>Q9 Do you keep a joint register with the ICB of people entitled to section 117 aftercare?</strong><br>
Answer: No</p>
<p><strong>Q10 How many people were discharged from section 117 aftercare in 2023/24?</strong><br>
Answer: 19</p>
<p><strong>Q11 Is there an agreed process for resolving disputes with the ICB about section 117 funding?</strong><br>
Answer: Yes, set out in the joint policy.</p>
<p><strong>Q12 Please provide the name and contact details of the officer responsible for section 117 aftercare.</strong><br>
Answer: Kwabena Asante-Lloyd, Service Manager, Mental Health. He can be contacted at s117@harrow.gov.uk.</p>
<h2>Your rights</h2>
<p>If you are dissatisfied with this response you can ask for an internal review. Write to the Information Governance Team within 40 working days. You can also complain to the Information Commissioner's Office.</p>
</article>
<footer>Harrow Council, Harrow Civic Centre, Station Road, Harrow HA1 2XY</footer>
</body></html>
"""

doc("h14_15", "html", "s117_aftercare", HARROW, {
    "foi_reference": "IG-FOI-24-5207", "response_date": "2024-12-10",
    "s117_people_count": 377, "s117_as_at": "2024-03-31", "s117_jointly_funded_count": 214,
    "s117_joint_policy": "yes", "s117_policy_copy_provided": True,
    "s117_split_basis": "case_by_case", "s117_split_methods": ["case_by_case", "joint_panel"],
    "s117_icb_share_pct": NA,
    "la_s117_spend_gbp": WH, "s117_spend_year": any_of(None, "2023/24"), "icb_s117_spend_gbp": NH,
    "s117_policy_reviewed": "yes", "s117_lead_icb": NWL[0],
    "s117_joint_register": "no", "s117_discharged_count": 19, "s117_disputes_process": "yes",
    "s117_contact_name": "Kwabena Asante-Lloyd", "s117_contact_email": "s117@harrow.gov.uk",
    "s117_contact_phone": None,
    "exemptions": ["s12", "s21"],
}, lambda p: write_text(p, H15))


# ================================================================ 16  RBKC, CSC, web page: definition list + £k table with header row
H16 = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Joint commissioning of external placements for children | RBKC</title></head>
<body>
<header><a href="https://www.rbkc.gov.uk">The Royal Borough of Kensington and Chelsea</a></header>
<nav aria-label="Breadcrumb"><ol class="breadcrumb"><li>Home</li><li>Council</li><li>Freedom of information</li><li>FOI disclosure log</li></ol></nav>
<main>
<h1>Joint commissioning of external placements for children</h1>
<p class="lede">FOI/RBKC/24/1604 &middot; Responded 8 August 2024 &middot; Children's Services</p>
<h2>Summary of request</h2>
<p>The requester asked the Council's children's commissioners eight questions about joint commissioning and joint funding of external placements with health, and for the Council's spend on external placements in 2023/24.</p>
<h2>Our response</h2>
<dl>
<dt>Q1. Do you have a joint commissioning framework for externally commissioned placements for children?</dt>
<dd>No.</dd>
<dt>Q1a. If yes, does this joint commissioning framework include partners from 'health'?</dt>
<dd>Not applicable.</dd>
<dt>Q1b. Please share the terms of reference (ToR) or joint agreement, if health are included</dt>
<dd>Not applicable.</dd>
<dt>Q2. Do 'health' eg CCG/ICB, joint fund externally commissioned placements?</dt>
<dd>Yes, on a case-by-case basis where a child has assessed continuing care needs. Requests are considered by NHS North West London ICB's children's continuing care panel.</dd>
<dt>Q2a. If yes, what are the terms?</dt>
<dd>There is no written agreement beyond the National Framework for Children and Young People's Continuing Care.</dd>
<dt>Q2b. If yes, how is that funding split (e.g. a shared percentage cost)?</dt>
<dd>There is no set percentage; the health contribution reflects the health element of the care package.</dd>
<dt>Q3. Do any other partners contribute (over and above children's social care and health/CCG)?</dt>
<dd>Yes – the Council's Special Educational Needs (SEN) service funds the education element of residential school placements.</dd>
<dt>Q4. Is the criteria in the 'continuing care funding' model used as a methodology for split funding?</dt>
<dd>Yes.</dd>
<dt>Q4b. If yes, is this the only criteria 'health' use to determine funding?</dt>
<dd>No – the ICB also uses the CHAT tool.</dd>
<dt>Q5. What was your Council yearly spend on external placements? Q5a–c. What element was funded by health, education and other?</dt>
<dd>
<table>
<caption>External placements, 2023/24 (£000)</caption>
<thead><tr><th>Year</th><th>Total spend</th><th>Health</th><th>Education</th><th>Other</th></tr></thead>
<tbody><tr><td>2023/24</td><td>17,350</td><td>902</td><td>2,604</td><td>0</td></tr></tbody>
</table>
</dd>
<dt>Q6. Have you involved children or parents in your joint commissioning process?</dt>
<dd>Yes.</dd>
<dt>Q7. Do you refer to any models of practice in your commissioning framework or joint funding framework?</dt>
<dd>No.</dd>
<dt>Q8. Do you have any other comments?</dt>
<dd>No.</dd>
</dl>
<p>Information on how to request a review of this decision is on our <a href="/council/foi/reviews">FOI reviews page</a>.</p>
</main>
<footer>The Royal Borough of Kensington and Chelsea, The Town Hall, Hornton Street, London W8 7NX</footer>
</body></html>
"""

doc("h14_16", "html", "csc_joint_commissioning", RBKC, {
    "foi_reference": "FOI/RBKC/24/1604", "response_date": "2024-08-08",
    "joint_commissioning_framework": "no", "framework_includes_health": any_of(NA, "no"),
    "framework_tor_provided": any_of(NA, False),
    "health_joint_funds_placements": any_of("case_by_case", "yes"),
    "fixed_percentage_split": False, "other_partners_contribute": "yes", "other_partners": ["Education"],
    "continuing_care_model_used": "yes", "continuing_care_only_criteria": "no", "other_health_tools": ["CHAT"],
    "external_placements_spend_gbp": 17350000.0, "spend_year": "2023/24",
    "health_share_gbp": 902000.0, "health_share_pct": None,
    "education_share_gbp": 2604000.0, "education_share_pct": None,
    "other_share_gbp": 0.0, "other_share_pct": any_of(None, 0),
    "children_parents_involved": "yes", "models_of_practice": "no",
    "exemptions": [],
}, lambda p: write_text(p, H16))


# ================================================================ 17  Westminster, ASC, e-mail prose reply, request quoted below
B17 = """Dear Ms Achterberg,

Freedom of Information request - reference 9451087

Thank you for your request of 23 July 2024 about joint funding in adult social care. I am
sorry for the short delay in replying. The Council's answers follow; your original request
is copied at the bottom of this e-mail.

Our Executive Director of Adult Social Care and Health, who is the Council's DASS, is
Marcus Fielding-Oyelaran. Correspondence for the Executive Director can be sent to the
Council's main address at 64 Victoria Street. The Cabinet Member for Adult Social Care and
Public Health is Cllr Nadia Haddad-Price.

Adult social care cases are managed on LAS, the Liquidlogic adults system supplied by System C,
with ContrOCC for payments.

As at 30 June 2024 the Council was contributing to 2,436 care packages. The gross cost of
this care in 2022/23 was £84.5m. Of the 2,436 packages, 262 are jointly funded with the ICB,
including both section 117 aftercare and Care Act packages where the person is not eligible
for CHC. The ICB's share of the cost of these 262 packages in 2022/23 was £8.77m.

Questions 8 and 9: Westminster is covered by one ICB only, NHS North West London Integrated
Care Board, and this is therefore the ICB we jointly fund with.

We do have a joint funding policy with NHS North West London ICB (question 10) and a copy
is attached in answer to question 11.

On question 12, the Council and the ICB use the North West London joint funding tool, a
time-to-task calculator that splits the hours in a package between health and social care
tasks. Cases where the tool does not give a clear answer are taken to the Joint Funding
Panel.

If you are dissatisfied with the handling of your request, you have the right to ask for an
internal review within 40 working days of this e-mail. If you are still not content you may
apply to the Information Commissioner's Office (www.ico.org.uk).

Kind regards,

Tomasz Wierzbicki
Access to Information Officer
Information Management Team | Westminster City Council
64 Victoria Street, London SW1E 6QP

-----Original Message-----
From: Helena Achterberg
Sent: 23 July 2024 10:41
To: FOI Requests <foi@westminster.gov.uk>
Subject: Freedom of Information request - Adult Social Care - Joint Funding

Dear Westminster City Council,

Under the Freedom of Information Act please provide:

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
Helena Achterberg
"""


def r17(p):
    p.write_bytes(eml('"Westminster City Council - FOI" <foi@westminster.gov.uk>', "Helena Achterberg <h.achterberg@example.org>",
                      "RE: Freedom of Information request - Adult Social Care - Joint Funding [Ref: 9451087]",
                      "Tue, 20 Aug 2024 15:02:11 +0100", B17, "<9451087.20240820150211@westminster.gov.uk>",
                      attachments=[("WCC_NWL_Joint_Funding_Policy_2023.pdf",
                                    _cover_pdf("Joint Funding Policy for Adults", "Westminster City Council and NHS North West London ICB",
                                               ["Contents", "1 Purpose  2", "2 Scope  3", "3 Joint funding panel  5",
                                                "4 Time to task tool  7", "5 Disputes  11"]),
                                    "application", "pdf")]))


doc("h14_17", "eml", "asc_joint_funding", WESTMINSTER, {
    "foi_reference": "9451087", "response_date": "2024-08-20",
    "dass_name": "Marcus Fielding-Oyelaran", "dass_email": None, "dass_phone": None,
    "portfolio_holder_name": "Nadia Haddad-Price",
    "case_management_system": "Liquidlogic Adults' Social Care System", "case_management_supplier": "System C",
    "care_packages_count": 2436, "care_packages_as_at": "2024-06-30",
    "la_annual_cost_gbp": 84500000.0, "la_cost_basis": "gross", "cost_year": "2022/23",
    "jointly_funded_packages_count": 262,
    "icb_annual_cost_gbp": 8770000.0, "icb_weekly_cost_gbp": None,
    "icbs_covering": [NWL[0]], "main_icb": NWL[0],
    "joint_funding_policy": "yes", "policy_copy_provided": True,
    "joint_funding_tool": "yes",
    "joint_funding_methods": any_of(["funding_matrix", "time_to_task", "joint_funding_panel"],
                                    ["time_to_task", "joint_funding_panel"]),
    "exemptions": [],
}, r17)


# ================================================================ 18  SWL ICB, CHC, e-mail, quoted questions with RESPONSE: in capitals
B18 = """Good afternoon,

Please find below NHS South West London Integrated Care Board's response to your Freedom of
Information request, reference SWL-FOI-2425-1470, received on 14 January 2025.

Your questions are repeated below with our response underneath each one.

1. How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at
31 March 2024?
RESPONSE: 1,532 people across the six South West London boroughs.

2. How many of these people were receiving CHC through the Fast Track Pathway?
RESPONSE: 344

3. How many joint funded packages (shared care between health and social care for people
below the CHC threshold) were in place?
RESPONSE: 286

4. Is there a local joint funding or shared care protocol agreed between the ICB and the
local authority?
RESPONSE: A South West London wide joint funding protocol is in draft and is expected to be
agreed with the six local authorities later in 2025. Until then, the arrangements inherited
from the former CCGs continue to be used.

4a. If so, please provide a copy of the protocol.
RESPONSE: N/A - see response to question 4.

5. Which tool is used to decide CHC eligibility and the contributions to joint packages (for
example the national Decision Support Tool or a local tool)?
RESPONSE: Eligibility is decided using the national Checklist and the Decision Support Tool.
We do not use a local tool for joint packages; the contributions are agreed at the borough
Joint Funding Panels.

6. Is the funding of joint packages split by a fixed percentage, or agreed case by case?
RESPONSE: Case by case.

6a. If a fixed or typical percentage is used, what share of the cost does health pay?
RESPONSE: N/A

7. Is there an agreed disputes procedure between the ICB and the local authority for CHC and
joint funding decisions?
RESPONSE: Yes

7a. How many disputes were raised under the disputes procedure in 2023/24?
RESPONSE: 6

8. What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?
RESPONSE: £164,385,112

9. What was the local authority's annual contribution to joint funded packages in 2023/24?
RESPONSE: The ICB does not hold this information.

10. How many Fast Track referrals were received in 2023/24?
RESPONSE: 2,711

11. Which ICB or ICBs are responsible for CHC for the residents of your area?
RESPONSE: NHS South West London ICB

Please note that figures are taken from the CHC case management system and may differ
slightly from nationally published returns because of the timing of data extraction.

Your right to complain: if you are unhappy with the way your request has been handled, you
can ask for an internal review by replying to this e-mail within 40 working days. If you
remain dissatisfied you may complain to the Information Commissioner's Office.

Many thanks,

Freedom of Information Team
NHS South West London Integrated Care Board
120 The Broadway, Wimbledon, London SW19 1RH
"""


def r18(p):
    p.write_bytes(eml("SWL ICB FOI <swlicb.foi@nhs.net>", "r.okafor.research@example.com",
                      "FOI SWL-FOI-2425-1470 - Response", "Wed, 12 Feb 2025 14:27:50 +0000", B18,
                      "<SWL-FOI-2425-1470.1739370470@nhs.net>"))


doc("h14_18", "eml", "chc_funding_split", SWL, {
    "foi_reference": "SWL-FOI-2425-1470", "response_date": "2025-02-12",
    "chc_eligible_count": 1532, "chc_as_at": "2024-03-31", "chc_fast_track_count": 344,
    "joint_packages_count": 286, "joint_funding_protocol": "partial",
    "protocol_copy_provided": any_of(NA, False, SO),
    "chc_tools": ["checklist", "dst", "joint_panel"],
    "chc_split_fixed": False, "chc_health_share_pct": NA,
    "chc_disputes_procedure": "yes", "chc_disputes_count": 6,
    "icb_chc_spend_gbp": 164385112.0, "chc_spend_year": "2023/24",
    "la_joint_packages_spend_gbp": NH, "chc_fast_track_referrals_count": 2711,
    "chc_icbs": [SWL[0]],
    "exemptions": [],
}, r18)


# ================================================================ 19  RBKC, s117, e-mail, short numbered answers, policy PDF attached
B19 = """Dear Mr Halvorsen

Our ref: FOI/RBKC/24/2019

Re: Section 117 aftercare - joint funding

Thank you for your request, received on 17 September 2024. The Royal Borough of Kensington
and Chelsea's answers are given below, numbered to match your questions.

1. 264 (as at 31/03/2024)
2. 158
3. Yes - a joint Section 117 Aftercare Policy with NHS North West London ICB.
3a. Attached.
4. There is no fixed percentage. Costs are apportioned according to the proportion of health
and social care need, using the North West London s117 apportionment tool.
4a. Across all jointly funded cases, the ICB's share averages 47% of the package cost.
5. £9,862,340 (2023/24)
6. £4,403,115 (2023/24)
7. A review of the policy in light of the new guidance is under way and is due to finish by
March 2025.
8. NHS North West London ICB
9. Yes
10. 17
11. Yes - the disputes process is part of the joint policy (section 10).
12. The officer responsible is the Head of Service, Mental Health. We have withheld the
officer's name under section 40(2) as they are not a senior officer whose name we routinely
publish. The service can be contacted at s117@rbkc.gov.uk.

If you are unhappy with this response, please let us know within 40 working days and we will
arrange an internal review. You may then complain to the Information Commissioner.

Yours sincerely

Priyanka Sethuraman
Information Governance Officer
Royal Borough of Kensington and Chelsea
The Town Hall, Hornton Street, London W8 7NX
"""


def _policy_pdf():
    return _cover_pdf("Joint Section 117 Aftercare Policy",
                      "Royal Borough of Kensington and Chelsea and NHS North West London ICB",
                      ["Contents", "1 Introduction  3", "2 Eligibility  4", "3 Assessment and care planning  6",
                       "4 Apportionment of costs  8", "10 Disputes  15", "Appendix A Apportionment tool  18"])


def _cover_pdf(title, sub, lines):
    import io
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 780, title)
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, sub)
    y = 730
    for line in lines:
        c.drawString(72, y, line); y -= 16
    c.showPage(); c.save()
    return buf.getvalue()


def r19(p):
    p.write_bytes(eml("RBKC Information Governance <foi@rbkc.gov.uk>", "Erik Halvorsen <erik.halvorsen@example.net>",
                      "Your FOI request FOI/RBKC/24/2019 - Section 117 aftercare", "Tue, 15 Oct 2024 09:12:40 +0100",
                      B19, "<FOI-RBKC-24-2019.1728979960@rbkc.gov.uk>",
                      attachments=[("RBKC_NWL_S117_Joint_Policy.pdf", _policy_pdf(), "application", "pdf")]))


doc("h14_19", "eml", "s117_aftercare", RBKC, {
    "foi_reference": "FOI/RBKC/24/2019", "response_date": "2024-10-15",
    "s117_people_count": 264, "s117_as_at": "2024-03-31", "s117_jointly_funded_count": 158,
    "s117_joint_policy": "yes", "s117_policy_copy_provided": True,
    "s117_split_basis": "case_by_case",
    "s117_split_methods": any_of(["funding_tool", "case_by_case"], ["funding_tool"]),
    "s117_icb_share_pct": any_of(47, NA),
    "la_s117_spend_gbp": 9862340.0, "s117_spend_year": "2023/24", "icb_s117_spend_gbp": 4403115.0,
    "s117_policy_reviewed": "partial", "s117_lead_icb": NWL[0],
    "s117_joint_register": "yes", "s117_discharged_count": 17, "s117_disputes_process": "yes",
    "s117_contact_name": WH, "s117_contact_email": "s117@rbkc.gov.uk", "s117_contact_phone": None,
    "exemptions": ["s40"],
}, r19)


# ================================================================ 20  Harrow, CSC, e-mail prose reply, request quoted with ">"
B20 = """Hello,

RE: FOI request IG/FOI/24-2266 - joint commissioning of external placements

Thank you for your e-mail. I have now received the information from our Children's
Commissioning team and can respond to your request as below.

Harrow does have a joint commissioning framework for externally commissioned placements and
it includes health: NHS North West London ICB is a partner to the framework alongside the
Council. I have attached the terms of reference of the Joint Placements Commissioning Board.

The ICB does jointly fund external placements. Where a child has been assessed as eligible
for continuing care, health pay a fixed 50% of the placement cost, and this applies in the
same way to residential, therapeutic foster care, SEND and semi-independent placements. The
continuing care criteria are the methodology for the split, and they are the only criteria
the ICB uses to determine its contribution. No other partners contribute beyond children's
social care and health.

In 2023/24 the Council spent £11.6m on external placements. Health contributed £0.9m of this
(7.8%) and education £1.2m. There were no contributions from other partners (nil).

We have not involved children or parents directly in the joint commissioning process. The
framework does refer to a model of practice (Signs of Safety); a summary is attached.

We have no further comments.

If you are not satisfied with this response you may ask for an internal review within 40
working days. You also have the right to complain to the Information Commissioner's Office
after the internal review.

Regards

Information Governance Team
Harrow Council

> From: J. Marchetti
> Sent: 29 May 2024 08:15
> To: Information Governance
> Subject: FOI Request - FAO Children's Commissioners
>
> Q1 Do you have a joint commissioning framework for externally commissioned placements for children?
> Q1a If yes, does this joint commissioning framework include partners from 'health' (eg, CCG or new ICBs)?
> Q1b Please share the terms of reference (ToR) or joint agreement, if health are included
> Q2 Do 'health' eg CCG/ICB, joint fund externally commissioned placements (eg, residential, therapeutic foster care, SEND, semi-independent provision)?
> Q2a If yes, what are the terms (please share a ToR or agreement)?
> Q2b If yes, how is that funding split for the following: (e.g. a shared percentage cost) -residential -therapeutic foster care -SEND provision -semi-independent provision
> Q3 Do any other partners contribute (over and above children's social care and health/CCG)?
> Q3a If yes, who and on what terms?
> Q4 Is the criteria in the 'continuing care funding' model used as a methodology for split funding?
> Q4b If yes, is this the only criteria 'health' use to determine funding?
> Q5 What was your Council 2023/24 yearly spend on external placements?
> Q5a What element of that was funded by health?
> Q5b What element of that was funded by education?
> Q5c What element of that was funded by 'other'?
> Q6 Have you involved children or parents in your joint commissioning process?
> Q7 Do you refer to any models of practice in your commissioning framework or joint funding framework?
> Q7a If yes, please share this?
> Q8 Do you have any other comments?
>
> Kind regards
> J. Marchetti
"""


def r20(p):
    p.write_bytes(eml("Harrow Council Information Governance <foi@harrow.gov.uk>", "J. Marchetti <jm.placements@example.co.uk>",
                      "RE: FOI Request - FAO Children's Commissioners [IG/FOI/24-2266]", "Wed, 26 Jun 2024 11:48:03 +0100",
                      B20, "<IG-FOI-24-2266.1719398883@harrow.gov.uk>"))


doc("h14_20", "eml", "csc_joint_commissioning", HARROW, {
    "foi_reference": "IG/FOI/24-2266", "response_date": "2024-06-26",
    "joint_commissioning_framework": "yes", "framework_includes_health": "yes", "framework_tor_provided": True,
    "health_joint_funds_placements": "yes", "fixed_percentage_split": True,
    "other_partners_contribute": "no", "other_partners": any_of([], NA, None),
    "continuing_care_model_used": "yes", "continuing_care_only_criteria": "yes",
    "other_health_tools": any_of(None, [], NA),
    "external_placements_spend_gbp": 11600000.0, "spend_year": "2023/24",
    "health_share_gbp": 900000.0, "health_share_pct": 7.8,
    "education_share_gbp": 1200000.0, "education_share_pct": None,
    "other_share_gbp": 0.0, "other_share_pct": any_of(None, 0),
    "children_parents_involved": "no", "models_of_practice": "yes",
    "exemptions": [],
}, r20)


# ---------------------------------------------------------------- main
def main(only=None):
    RAW.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for d in DOCS:
        if only and d["stem"] not in only:
            continue
        name = f'{d["stem"]}.{d["fmt"]}'
        d["render"](RAW / name)
        gold = {"respondent": d["body"][0]}
        gold.update(d["gold"])
        out = {"source_file": name, "questionnaire": d["q"],
               "respondent": {"name": d["body"][0], "code": d["body"][1]}, "gold": gold}
        (GOLD / f'{d["stem"]}.json').write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print("built", name)


if __name__ == "__main__":
    main(set(sys.argv[1:]) or None)
