"""Build the PDF and DOCX files of the held-out evaluation set in data/heldout/raw/.

The held-out set measures how well the pipeline generalises to responses nobody tuned on.
The TXT documents and every gold file are written by hand next to these; this script
holds the content of the six documents that need a real PDF or Word rendering, and writes
them deterministically (fixed PDF metadata, fixed zip timestamps), so a re-run gives the
same bytes and a changed file in `git status` means changed content.

    /work/main/.venv/bin/python scripts/build_heldout.py [--out DIR]

Each document exercises a layout the pipeline must read:

- heldout_03.pdf: a two-column "Question | Response" table drawn as a reportlab Table;
- heldout_04.pdf: every question listed under "Request", then answers under "Decision";
- heldout_05.docx: Word automatic numbering defined in numbering.xml, so "1." is not in
  the paragraph text;
- heldout_06.docx: an e-mail reply with short numbered answers and the request quoted below;
- heldout_09.docx: a three-column Q/A table in a Word document;
- heldout_10.pdf: a formal letter with "Response:" lines and a small table in £000.
"""
from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stable_docx import add_decimal_list, docx_bytes, new_docx, number_paragraph  # noqa: E402

OUT_DIR = Path(__file__).resolve().parent.parent / "data" / "heldout" / "raw"
NUM_ID = 90  # our own list definition, far from the template's ids

# --- content -----------------------------------------------------------------------

HERTS = {
    "title": "Hertfordshire County Council",
    "header": [
        "Freedom of Information Act 2000 - response",
        "Reference: HCC-FOI-2024-03361",
        "Date of response: 16 May 2024",
        "Subject: adult social care packages funded jointly with the NHS",
        "Thank you for your request. Your questions and our answers are set out in the "
        "table below.",
    ],
    "rows": [
        ("1. Contact details for the Director of Adult Social Services (DASS) in your "
         "authority.",
         "Dr Rachel Okonjo, Director of Adult Care Services. "
         "Email: rachel.okonjo@hertfordshire.gov.uk"),
        ("2. Contact details for the Executive Member (portfolio holder) for adult social "
         "care, where applicable.",
         "Councillor Marcus Leigh-Evans, Executive Member for Adult Care and Health."),
        ("3. Who supplies your main operational case management system?",
         "Mosaic, supplied by The Access Group."),
        ("4. For how many care packages a week does the authority currently pay part or "
         "all of the cost?",
         "8,731 individuals with at least one open service (snapshot taken on 1 April "
         "2024)."),
        ("5. What was the annual cost of this care to the authority in the last full "
         "year (2022/23)?",
         "£531.6m gross, 2022/23 outturn."),
        ("6. How many of these packages are jointly funded with an ICB (section 117 "
         "aftercare and Care Act cases that do not meet CHC eligibility)?",
         "Section 117 aftercare: 412<br/>Joint packages under the Care Act (not CHC "
         "eligible): 288"),
        ("7. What do the ICBs pay annually for the care of these cases?",
         "Average weekly cost to the ICBs: £2210k"),
        ("8. Which ICBs cover the authority's area?",
         "Hertfordshire and West Essex ICB covers almost all of the county. A small "
         "area in the north, around Royston, falls within Cambridgeshire and "
         "Peterborough ICB."),
        ("9. Is there one ICB you mainly jointly fund with, and if so which?",
         "Yes - HWE ICB."),
        ("10. Has the authority agreed a joint funding policy with any ICB?",
         "Yes. There is a Joint Funding Agreement between the Council and HWE ICB."),
        ("11. Please provide a copy.",
         "We are withholding the agreement under section 43(2) of the Act (commercial "
         "interests). It contains rates negotiated with care providers, and several of "
         "those contracts are being retendered; releasing the rates now would be likely "
         "to prejudice the Council's commercial position. Having weighed the public "
         "interest, we consider it favours withholding the agreement at this time."),
        ("12. Does the authority use a joint funding tool, or a written methodology, to "
         "calculate how funding is split?",
         "Yes. A joint funding calculator agreed with the ICB apportions the cost of "
         "each element of the support plan between health and social care."),
    ],
    "footer": [
        "If you are unhappy with this response you may ask for an internal review within "
        "40 working days. If you are still dissatisfied afterwards, you may complain to "
        "the Information Commissioner's Office.",
    ],
}

SURREY = {
    "title": "Surrey County Council",
    "header": [
        "Freedom of Information Act 2000",
        "Request reference: FOI-SCC-7715",
        "Received: 14 September 2023",
        "Response date: 12/10/2023",
    ],
    "request_intro": "You asked for the following information about adult social care "
                     "packages funded jointly with the NHS:",
    "request": [
        "Contact details of the DASS.",
        "Contact details of the Cabinet Member responsible for adult social care, if there "
        "is one.",
        "Who provides the main operational case management system.",
        "The number of current care packages per week the council contributes to.",
        "The cost of this care to the council over the most recent full year (2022/23).",
        "How many are jointly funded with an ICB (s117 MHA and Care Act cases that are "
        "not CHC eligible).",
        "What ICBs pay each year for those cases.",
        "Which ICBs cover the council's area.",
        "Whether there is one main ICB for joint funding, and which.",
        "Whether the council has agreed a joint funding policy with any ICB.",
        "A copy of any such policy.",
        "Whether a joint funding tool or written methodology is used to calculate how "
        "funding is split.",
    ],
    "decision_intro": "Surrey County Council holds some of the information you asked for. "
                      "Our answers are numbered to follow your questions.",
    "decision": [
        ("1.", "Lorraine Beddoes, Executive Director for Adults, Wellbeing and Health "
               "Partnerships."),
        ("2.", "Cllr Peter Harland, Cabinet Member for Adult Social Care."),
        ("3.", "Eclipse, provided by OLM."),
        ("4.", "6,412 care packages were open on 30 September 2023."),
        ("5.", "£455.1 million gross for 2022/23."),
        ("6.", "1,083."),
        ("7.", "Information not held. The ICBs pay their share of these packages directly "
               "to providers, and the Council keeps no record of those payments."),
        ("8.", "NHS Surrey Heartlands ICB and NHS Frimley ICB."),
        ("9.", "See response to question 8; the large majority of our joint funding is "
               "with Surrey Heartlands ICB."),
        ("10 and 11.", "There is no formal joint funding policy with either ICB, so there "
                       "is no document to provide."),
        ("12.", "There is no joint funding tool. The split is 46% health 54% social care "
                "for most packages, but some alternative arrangements apply where the "
                "joint funding panel agrees a different split."),
    ],
    "footer": [
        "Right of review: if you are unhappy with how your request was handled, you can "
        "ask the Council for an internal review. You can then complain to the "
        "Information Commissioner's Office if you remain dissatisfied.",
    ],
}

LEEDS = {
    "header": [
        "Leeds City Council",
        "Adults and Health Directorate",
        "Freedom of Information request - reference 24/0193",
        "Response sent: 5 June 2024",
        "Your questions are listed below, each followed by our answer.",
    ],
    "pairs": [
        ("DASS contact details.",
         "Answer: Director of Adults and Health: Matthew Grenfell. Email: xxx. "
         "Telephone: xxx."),
        ("Portfolio holder for adult social care (if applicable).",
         "Answer: Councillor Joanne Pickersgill, Executive Member for Adult Social Care, "
         "Public Health and Active Lifestyles."),
        ("Provider of the main case management system.",
         "Answer: Our case management system is CareFirst (OLM). ContrOCC is used "
         "alongside it for care finance and provider payments."),
        ("Current care packages per week that the council contributes to.",
         "Answer: 7,118 as at 31 March 2024."),
        ("Annual cost of this care to the council, last full year (2022/23).",
         "Answer: £298.4m in financial year 2022-2023. This figure is net of client "
         "contributions and health income."),
        ("Number of these packages jointly funded with an ICB.",
         "Answer: 417"),
        ("Annual ICB spend on these cases.",
         "Answer: 6,482,915.40 (2022/23)"),
        ("ICBs covering the area.",
         "Answer: West Yorkshire ICB (Leeds place)."),
        ("Main ICB for joint funding.",
         "Answer: Yes, West Yorkshire ICB."),
        ("Joint funding policy with an ICB?",
         "Answer: Yes - the Leeds Joint Funding Framework, agreed between the Council and "
         "the ICB in Leeds."),
        ("A copy of the policy.",
         "Answer: The framework is published on the Council's website at "
         "www.leeds.gov.uk/adult-social-care/joint-funding-framework. Because it is "
         "reasonably accessible to you by other means, this part of your request is "
         "exempt under section 21 of the Act."),
        ("Joint funding tool or documented methodology.",
         "Answer: Yes. The CHC Decision Support Tool is completed first; the framework "
         "then provides a scoring matrix that the multi-agency Joint Funding Panel uses "
         "to set the proportion each organisation pays."),
    ],
    "footer": [
        "If you are not satisfied with this response you may request an internal review, "
        "and afterwards complain to the Information Commissioner.",
    ],
}

STOCKPORT = {
    "paragraphs": [
        "From: Information Governance <xxx>",
        "Sent: 22 January 2024 10:14",
        "To: [requester]",
        "Subject: RE: Freedom of Information request - Adult Social Care joint funding "
        "[Ref: FOI/2023/1147]",
        "",
        "Dear Sir/Madam,",
        "Thank you for your request for information, received on 21 December 2023. "
        "Stockport Council's answers are below; your original request is copied "
        "underneath for reference.",
        "1. Jonathan Prew –",
        "2. Not applicable - there is no single portfolio holder for adult social care.",
        "3. PARIS, supplied by Civica.",
        "4. 2,874 individuals were in receipt of long-term support on 1 December 2023.",
        "5. 2022/23 gross cost: £96,412,330",
        "6. 223",
        "7. The ICB's contribution in 2022/23 was c. £7.6m.",
        "8. NHS Greater Manchester (Stockport locality).",
        "9. Yes - NHS GM.",
        "10. Not at present. A draft joint funding policy is being developed with NHS "
        "GM's Stockport locality.",
        "11. N/A",
        "12. No tool. Joint funding decisions are made case by case at the Stockport "
        "Joint Funding Panel once the Decision Support Tool has been completed.",
        "Kind regards,",
        "Information Governance Team",
        "Stockport Council",
        "",
        "-----Original Message-----",
        "From: [requester]",
        "Sent: 21 December 2023 16:02",
        "To: Information Governance",
        "Subject: Freedom of Information request - Adult Social Care joint funding",
        "Under the Freedom of Information Act, please could you tell me:",
        "1) how to contact your Director of Adult Social Services;",
        "2) how to contact the councillor who holds the adult social care portfolio, if "
        "there is one;",
        "3) which company supplies your main case management system;",
        "4) how many care packages a week the council currently pays for, wholly or in "
        "part;",
        "5) what that care cost the council over the last full year, 2022/23;",
        "6) how many of those packages are jointly funded with an ICB, counting s117 "
        "Mental Health Act aftercare and Care Act packages that fall short of CHC;",
        "7) what the ICBs pay each year for those packages;",
        "8) which ICBs cover your area;",
        "9) whether you jointly fund mainly with one ICB, and if so which;",
        "10) whether you have a joint funding policy with any ICB;",
        "11) a copy of that policy;",
        "12) whether you use a joint funding tool or a written methodology to work out "
        "funding splits.",
        "Many thanks.",
    ],
}

KENT = {
    "header": [
        "Kent County Council",
        "Information Access Team",
        "Freedom of Information Act 2000 - request reference 23/3376",
        "Date of response: 7 February 2024",
        "Joint commissioning and funding of external placements for children",
        "Our answers to each of your questions are given in the table below.",
    ],
    "table_head": ("No.", "Question", "Response"),
    "rows": [
        ("Q1", "Joint commissioning framework covering children's placements commissioned "
               "externally?",
         "No. KCC commissions external placements through its own frameworks and the "
         "regional consortium framework; health are not a party to these."),
        ("Q1a", "If yes, does it include health partners (CCG/ICB)?", "Not applicable."),
        ("Q1b", "Terms of reference, if health are included.", "Not applicable."),
        ("Q2", "Does health (CCG/ICB) joint fund external placements?", "Yes."),
        ("Q2a", "If yes, on what terms (ToR or agreement)?",
         "Contributions are agreed through the Kent and Medway ICB children's continuing "
         "care process and recorded in an individual funding agreement for each child."),
        ("Q2b", "How is that funding split (e.g. a shared percentage)?",
         "There is no shared percentage. The ICB pays for the hours of health support in "
         "the child's assessed plan."),
        ("Q3", "Do other partners contribute?",
         "No (except Education, whose contribution comes from the Council's own High "
         "Needs funding rather than from a separate partner)."),
        ("Q3a", "If so, which partners, and on what terms?", "N/A"),
        ("Q4", "Are continuing care criteria used as the methodology for split funding?",
         "Yes. When a child meets the continuing care criteria the ICB funds the "
         "health-assessed element."),
        ("Q4b", "Are they the only criteria health use?", "Yes."),
        ("Q5", "Yearly spend on external placements (2022/23).", "£98,215,400"),
        ("Q5a", "Element funded by health.",
         "Information not held. The ICB pays its contributions directly to providers, "
         "and they are not recorded in KCC's finance system."),
        ("Q5b", "Element funded by education.", "6.2%"),
        ("Q5c", "Element funded by 'other'.", "0%"),
        ("Q6", "Children or parents involved in joint commissioning?",
         "Not held centrally."),
        ("Q7", "Models of practice referred to in your frameworks?", "No."),
        ("Q7a", "If so, please provide them.", "N/A"),
        ("Q8", "Any other comments?", "None."),
    ],
    "footer": [
        "If you are dissatisfied with this response you can ask for an internal review. "
        "You also have the right to complain to the Information Commissioner.",
    ],
}

LANCASHIRE = {
    "address": [
        "Lancashire County Council",
        "Information Governance",
        "County Hall",
        "Preston",
        "PR1 8XJ",
    ],
    "recipient": ["Ms K. Oduya", "By e-mail"],
    "refs": [
        "Our ref: FOI/23/08812",
        "Request received: 3 July 2023",
        "Date: 28 July 2023",
    ],
    "opening": [
        "Dear Ms Oduya,",
        "Freedom of Information Act 2000 - joint commissioning of external placements "
        "for children",
        "Thank you for your request. We have set out each of your questions below, "
        "followed by our response.",
    ],
    "pairs": [
        ("Q1 Is there a joint commissioning framework in place for children's placements "
         "that you commission externally?",
         "Yes. The Lancashire Children's Joint Commissioning Framework covers external "
         "residential and fostering placements for children with complex needs."),
        ("Q1a If so, does it include 'health' partners such as the CCG or ICB?",
         "Yes - NHS Lancashire and South Cumbria ICB is a signatory."),
        ("Q1b If health are part of it, please provide its terms of reference or the joint "
         "agreement.",
         "The terms of reference are being revised and will be published on the ICB's "
         "website in September 2023. We are therefore withholding them under section 22 "
         "(information intended for future publication)."),
        ("Q2 Does health joint fund externally commissioned placements?", "Yes."),
        ("Q2a If so, on what terms?",
         "Contributions are agreed at the Joint Complex Care Panel and confirmed in a "
         "funding letter for each child."),
        ("Q2b How is the funding split, for example by a shared percentage?",
         "Please see the response to question 4."),
        ("Q3 Apart from children's social care and health, does any other partner make a "
         "contribution?",
         "Yes. Education contributes to residential school placements, and the Youth "
         "Justice Service occasionally part-funds placements linked to remand or bail."),
        ("Q3a If so, who and on what terms?", "As above."),
        ("Q4 Are the continuing care funding criteria used as the methodology for split "
         "funding?",
         "Yes. The health contribution is based on the continuing care framework. The ICB "
         "works out its share for each child from the assessed health needs, so there is "
         "no standard percentage."),
        ("Q4b If so, are these the only criteria health use to decide funding?",
         "No. The ICB also uses the CHC Checklist for young people aged 17 and over, and "
         "CHAT."),
        ("Q5 What was your yearly spend on external placements?",
         "Spend in 2022/23, in £000:"),
        ("Q5a How much of that spend was met by health?", "£4,215k"),
        ("Q5b How much was met by education?", "£9,030k"),
        ("Q5c How much came from 'other' sources?", "£310k (Youth Justice)"),
        ("Q6 Have children or parents taken part in your joint commissioning process?",
         "Yes. The Lancashire Parent Carer Forum and the Children in Care Council were "
         "consulted when the framework was refreshed."),
        ("Q7 Do your commissioning or joint funding frameworks draw on any models of "
         "practice?",
         "Yes. The framework refers to the Think Family approach and to restorative "
         "practice."),
        ("Q7a If so, please share them.",
         "Both are described in section 3 of the framework, which will be published with "
         "the terms of reference (see Q1b)."),
        ("Q8 Any other comments?", "None."),
    ],
    "spend_table": [
        ("Placement type", "£000"),
        ("External residential", "84,917"),
        ("Independent fostering agencies", "27,489"),
        ("Total", "112,406"),
    ],
    "closing": [
        "If you are unhappy with the handling of your request, you may ask for an "
        "internal review by writing to the Information Governance team within 40 working "
        "days of the date of this letter.",
        "If you remain dissatisfied after the review, you may complain to the "
        "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
        "Cheshire SK9 5AF.",
        "Yours sincerely,",
        "Owen Threlfall",
        "Information Governance Officer",
    ],
}

# --- DOCX --------------------------------------------------------------------------


def build_leeds(content: dict) -> bytes:
    """Questions as an automatically numbered list, answers as plain paragraphs."""
    document = new_docx()
    for line in content["header"]:
        document.add_paragraph(line)
    num_id = add_decimal_list(document, NUM_ID)
    for question, answer in content["pairs"]:
        number_paragraph(document.add_paragraph(question, style="List Paragraph"), num_id)
        document.add_paragraph(answer)
    for line in content["footer"]:
        document.add_paragraph(line)
    return docx_bytes(document)


def build_stockport(content: dict) -> bytes:
    """An e-mail reply pasted into Word: one paragraph per line, request quoted below."""
    document = new_docx()
    for line in content["paragraphs"]:
        document.add_paragraph(line)
    return docx_bytes(document)


def build_kent(content: dict) -> bytes:
    """Header paragraphs, then a No. | Question | Response table, then a footer."""
    document = new_docx()
    for line in content["header"]:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, content["table_head"]):
        cell.text = text
    for row in content["rows"]:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    for line in content["footer"]:
        document.add_paragraph(line)
    return docx_bytes(document)


# --- PDF ---------------------------------------------------------------------------

STYLES = getSampleStyleSheet()
BODY = STYLES["BodyText"]
TITLE = STYLES["Title"]
HEADING = STYLES["Heading2"]


def pdf_bytes(story: list, title: str) -> bytes:
    """Render a platypus story to PDF with invariant metadata (no dates, no random ids)."""
    rl_config.invariant = 1
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, title=title, author="FOI team",
                            leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1)
    doc.build(story)
    return out.getvalue()


def paragraphs(lines: list[str], style=BODY) -> list:
    return [Paragraph(line, style) for line in lines]


def grid_table(rows: list, widths: list, header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey))
    table.setStyle(TableStyle(commands))
    return table


def build_herts(content: dict) -> bytes:
    """A two-column Question | Response table with wrapped cells."""
    story = [Paragraph(content["title"], TITLE)]
    story += paragraphs(content["header"])
    story.append(Spacer(1, 4 * mm))
    rows = [[Paragraph("<b>Question</b>", BODY), Paragraph("<b>Response</b>", BODY)]]
    rows += [[Paragraph(q, BODY), Paragraph(a, BODY)] for q, a in content["rows"]]
    story.append(grid_table(rows, [75 * mm, 95 * mm]))
    story.append(Spacer(1, 4 * mm))
    story += paragraphs(content["footer"])
    return pdf_bytes(story, "FOI response")


def build_surrey(content: dict) -> bytes:
    """All questions under "Request", then the numbered answers under "Decision"."""
    story = [Paragraph(content["title"], TITLE)]
    story += paragraphs(content["header"])
    story.append(Paragraph("Request", HEADING))
    story.append(Paragraph(content["request_intro"], BODY))
    story += paragraphs([f"{n}. {q}" for n, q in enumerate(content["request"], 1)])
    story.append(Paragraph("Decision", HEADING))
    story.append(Paragraph(content["decision_intro"], BODY))
    story += paragraphs([f"{n} {a}" for n, a in content["decision"]])
    story.append(Spacer(1, 4 * mm))
    story += paragraphs(content["footer"])
    return pdf_bytes(story, "FOI response")


def build_lancashire(content: dict) -> bytes:
    """A letter: address block, references, Q then "Response:" lines, a £000 table."""
    story = paragraphs(content["address"])
    story.append(Spacer(1, 6 * mm))
    story += paragraphs(content["recipient"])
    story.append(Spacer(1, 4 * mm))
    story += paragraphs(content["refs"])
    story.append(Spacer(1, 4 * mm))
    story += paragraphs(content["opening"])
    for question, answer in content["pairs"]:
        story.append(Paragraph(question, BODY))
        story.append(Paragraph(f"Response: {answer}", BODY))
        if question.startswith("Q5 "):
            story.append(grid_table([list(r) for r in content["spend_table"]],
                                    [80 * mm, 30 * mm]))
            story.append(Spacer(1, 2 * mm))
    story.append(Spacer(1, 4 * mm))
    story += paragraphs(content["closing"])
    return pdf_bytes(story, "FOI response")


BUILDERS = {
    "heldout_03.pdf": (build_herts, HERTS),
    "heldout_04.pdf": (build_surrey, SURREY),
    "heldout_05.docx": (build_leeds, LEEDS),
    "heldout_06.docx": (build_stockport, STOCKPORT),
    "heldout_09.docx": (build_kent, KENT),
    "heldout_10.pdf": (build_lancashire, LANCASHIRE),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR,
                        help="folder to write into (default: data/heldout/raw)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, (build, content) in BUILDERS.items():
        (args.out / name).write_bytes(build(content))
        print(f"wrote {args.out / name}")


if __name__ == "__main__":
    main()
