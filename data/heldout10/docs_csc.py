"""csc_joint_commissioning documents (h10_09..h10_12)."""
from docx.shared import Pt, Cm
from lib import *
from common import *

ASK = {
    "1": "Do you have a joint commissioning framework for externally commissioned placements for children?",
    "1a": "If yes, does this joint commissioning framework include partners from 'health' (eg, CCG or new ICBs)?",
    "1b": "Please share the terms of reference (ToR) or joint agreement, if health are included",
    "2": "Do 'health' eg CCG/ICB, joint fund externally commissioned placements (eg, residential, therapeutic foster care, SEND, semi-independent provision)?",
    "2a": "If yes, what are the terms (please share a ToR or agreement)?",
    "2b": "If yes, how is that funding split for the following: (e.g. a shared percentage cost) – residential – therapeutic foster care – SEND provision – semi-independent provision",
    "3": "Do any other partners contribute (over and above children's social care and health/CCG)?",
    "3a": "If yes, who and on what terms?",
    "4": "Is the criteria in the 'continuing care funding' model used as a methodology for split funding?",
    "4b": "If yes, is this the only criteria 'health' use to determine funding?",
    "5": "What was your Council yearly spend on external placements?",
    "5a": "What element of that was funded by health?",
    "5b": "What element of that was funded by education?",
    "5c": "What element of that was funded by 'other'?",
    "6": "Have you involved children or parents in your joint commissioning process?",
    "7": "Do you refer to any models of practice in your commissioning framework or joint funding framework?",
    "7a": "If yes, please share this?",
    "8": "Do you have any other comments?",
}
ORDER = ["1", "1a", "1b", "2", "2a", "2b", "3", "3a", "4", "4b", "5", "5a", "5b", "5c", "6", "7", "7a", "8"]


def h10_09(out):
    """Barnet: Ref | Question | Answer table; Q2b answered with a nested table per placement type."""
    d = new_doc(font="Arial", size=10)
    sec = d.sections[0]
    header_table(sec, [("Barnet", dict(bold=True, size=16)), ("London Borough", dict(size=9))],
                     [("FOI Response", dict(bold=True, size=10)), ("LBB-FOI-24-5522", dict(size=9)),
                      ("27 March 2024", dict(size=9))])
    para(d, "Freedom of Information Request – FAO Children's Commissioners", bold=True, size=12)
    para(d, "Thank you for your request of 28 February 2024. The London Borough of Barnet's answers are "
            "set out in the table below.")
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    h = t.add_row().cells
    for c, x in zip(h, ["Ref", "Question", "Answer"]):
        cell_text(c, x, bold=True)
        shade(c, "FCE4D6")
    repeat_header(t.rows[0])
    ans = {
        "1": "Yes.",
        "1a": "Yes – NHS North Central London ICB is a partner through the NCL children's joint placements panel.",
        "1b": "The terms of reference of the joint placements panel are attached.",
        "2": "Yes, where the child has identified health needs, agreed on a case by case basis.",
        "2a": "The terms are set out in the panel terms of reference (attached).",
        "2b": None,
        "3": "Yes – Barnet's SEND service (education) contributes to residential school and specialist placements.",
        "3a": "Education funds the educational element of the placement from the High Needs Block, as set out in the EHC plan.",
        "4": "Yes.",
        "4b": "No. The ICB also uses the CHAT tool and clinical judgement.",
        "5": "£31.2m (2022/23).",
        "5a": "£2,652,000 (8.5%).",
        "5b": "£3,120,000 (10%).",
        "5c": "£0.",
        "6": "Yes – through the Barnet Children in Care Council and the parent carer forum.",
        "7": "Yes – Signs of Safety and trauma-informed practice.",
        "7a": "Both models are described on the Barnet Safeguarding Children Partnership website.",
        "8": "No further comments.",
    }
    for q in ORDER:
        r = t.add_row().cells
        cell_text(r[0], "Q" + q, bold=True)
        cell_text(r[1], ASK[q])
        if q == "2b":
            cell_text(r[2], "There is no fixed percentage split. By placement type:")
            inner = r[2].add_table(rows=0, cols=2)
            inner.style = "Table Grid"
            for a, b in [("Placement type", "How the split is decided"),
                         ("Residential", "Case by case at panel"),
                         ("Therapeutic foster care", "Case by case at panel"),
                         ("SEND provision", "Three-way split agreed per child (social care, education, health)"),
                         ("Semi-independent provision", "Health contribution rare; agreed per case")]:
                rc = inner.add_row().cells
                cell_text(rc[0], a, bold=a == "Placement type")
                cell_text(rc[1], b, bold=a == "Placement type")
            set_widths(inner, [3.3, 4.6])
            r[2].add_paragraph("")
        else:
            cell_text(r[2], ans[q])
    set_widths(t, [1.3, 7.0, 8.3])
    para(d, "")
    para(d, "Right of appeal", bold=True)
    para(d, review_council(days=40, contact="foi@barnet.example.gov.uk"))
    para(d, ico_para())
    para(d, reuse_ogl("the London Borough of Barnet"))
    save_deterministic(d, out)
    g = {
        "respondent": "London Borough of Barnet",
        "foi_reference": "LBB-FOI-24-5522",
        "response_date": "2024-03-27",
        "joint_commissioning_framework": "yes",
        "framework_includes_health": "yes",
        "framework_tor_provided": True,
        "health_joint_funds_placements": {"any_of": ["yes", "case_by_case"]},
        "fixed_percentage_split": False,
        "other_partners_contribute": "yes",
        "other_partners": ["Education"],
        "continuing_care_model_used": "yes",
        "continuing_care_only_criteria": "no",
        "other_health_tools": ["CHAT"],
        "external_placements_spend_gbp": 31200000.0,
        "spend_year": "2022/23",
        "health_share_pct": 8.5,
        "health_share_gbp": 2652000.0,
        "education_share_pct": 10,
        "education_share_gbp": 3120000.0,
        "other_share_pct": {"any_of": [0, None]},
        "other_share_gbp": 0.0,
        "children_parents_involved": "yes",
        "models_of_practice": "yes",
        "exemptions": [],
    }
    return "csc_joint_commissioning", ("London Borough of Barnet", "E09000003"), g


def h10_10(out):
    """Blackburn with Darwen: answers inline after each question in green bold; letterhead in the
    page header; Q5 answered with a per-year table (Council / ICB / Total)."""
    d = new_doc(font="Arial", size=10.5)
    sec = d.sections[0]
    header_table(sec, [("Blackburn with Darwen Borough Council", dict(bold=True, size=12, color="C00000")),
                       ("Information Governance, Town Hall, Blackburn", dict(size=8.5))],
                     [("Our ref: BwD FOI 11842", dict(size=9, bold=True)),
                      ("Date: 15/02/2024", dict(size=9))])
    para(d, "Dear Requester,")
    para(d, "RE: FREEDOM OF INFORMATION REQUEST – JOINT COMMISSIONING OF EXTERNAL PLACEMENTS", bold=True)
    para(d, "I am writing in response to your request for information. Our answers follow each of your "
            "questions in green.")
    G = "00853E"
    ans = {
        "1": "No. We use the North West regional framework for residential and fostering placements, but this is not a joint framework with health.",
        "1a": "N/A",
        "1b": "N/A",
        "2": "Case by case – the ICB contributes where a child meets continuing care criteria or has specific health needs.",
        "2a": "There is no formal ToR; decisions are made at the multi-agency Complex Needs Panel.",
        "2b": "There is no set percentage; the split is agreed for each child.",
        "3": "No.",
        "3a": "N/A",
        "4": "Yes.",
        "4b": "Yes.",
        "5": "See table below.",
        "5a": "See the ICB column in the table above.",
        "5b": "Education contributions are met from the High Needs Block and are not recorded against placements, so this information is not held.",
        "5c": "None.",
        "6": "Yes, through the Children in Care Council.",
        "7": "No.",
        "7a": "N/A",
        "8": "No.",
    }
    for q in ORDER:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        qtext = ASK[q].replace("your Council yearly", "your Council 2022/23 yearly")
        fmt_run(p.add_run(f"Q{q} {qtext} "))
        fmt_run(p.add_run(ans[q]), bold=True, color=G)
        if q == "5":
            table(d, [["Year", "Council (CSC)", "ICB", "Total"],
                      ["2021/22", "£14,806,220", "£612,400", "£15,418,620"],
                      ["2022/23", "£17,953,410", "£781,950", "£18,735,360"],
                      ["2023/24", "£20,114,770", "£902,300", "£21,017,070"]],
                  widths=[3.0, 4.0, 3.5, 4.0], head_fill="E2EFDA")
            para(d, "2022/23 is the last full year for which the accounts are closed; 2023/24 is forecast outturn.",
                 size=9, italic=True)
    para(d, "")
    para(d, "If you are not satisfied with this response you may request an internal review within 40 working "
            "days. " + ico_para())
    para(d, reuse_ogl())
    para(d, "Yours sincerely,")
    para(d, "Information Governance Officer", space_after=0)
    para(d, "Blackburn with Darwen Borough Council")
    save_deterministic(d, out)
    g = {
        "respondent": "Blackburn with Darwen Borough Council",
        "foi_reference": "BwD FOI 11842",
        "response_date": "2024-02-15",
        "joint_commissioning_framework": "no",
        "framework_includes_health": {"state": "not_applicable"},
        "framework_tor_provided": {"any_of": [{"state": "not_applicable"}, False]},
        "health_joint_funds_placements": "case_by_case",
        "fixed_percentage_split": False,
        "other_partners_contribute": "no",
        "other_partners": [],
        "continuing_care_model_used": "yes",
        "continuing_care_only_criteria": "yes",
        "other_health_tools": [],
        "external_placements_spend_gbp": {"any_of": [18735360.0, 17953410.0]},
        "spend_year": "2022/23",
        "health_share_pct": None,
        "health_share_gbp": 781950.0,
        "education_share_pct": {"any_of": [{"state": "not_held"}, None]},
        "education_share_gbp": {"state": "not_held"},
        "other_share_pct": {"any_of": [0, None]},
        "other_share_gbp": 0.0,
        "children_parents_involved": "yes",
        "models_of_practice": "no",
        "exemptions": [],
    }
    return "csc_joint_commissioning", ("Blackburn with Darwen Borough Council", "E06000008"), g


def h10_11(out):
    """Hammersmith & Fulham (PDF): brand letterhead with a text box of reference details;
    questions as 'Question 1a' headings, request in italics, answer below; shares as percent only."""
    d = new_doc(font="Arial", size=10.5)
    p = para(d, "hammersmith & fulham", bold=True, size=20, color="005DAA", space_after=0)
    textbox(p, [("Children's Services – Commissioning", True), ("Reference: FOI-HF-2024-1377", False),
                ("Date: 22 April 2024", False), ("Please quote our reference", False)],
            left_pt=290, top_pt=0, width_pt=175, height_pt=80, border=False)
    para(d, "London Borough of Hammersmith & Fulham", size=9, space_after=36)
    para(d, "Dear Requester")
    para(d, "Freedom of Information request – joint commissioning of children's placements", bold=True)
    para(d, "We have considered your request under the Freedom of Information Act 2000 and can provide "
            "the following information.")
    ans = {
        "1": "Yes. H&F is party to the West London Alliance placements framework and to a joint children's "
             "placements agreement with NHS North West London ICB.",
        "1a": "Yes.",
        "1b": "The joint agreement is attached as Appendix 1.",
        "2": "Yes.",
        "2a": "Health contributions are agreed through the Joint Children's Resource Panel in line with the agreement at Appendix 1.",
        "2b": "For joint residential school placements a standard three-way split applies (one third each "
              "for social care, education and health). For other placement types health fund only the "
              "identified health element of the package.",
        "3": "Yes – Education (SEND).",
        "3a": "Education funds its share from the High Needs Block under the three-way split described above.",
        "4": "Yes.",
        "4b": "No – the CHAT tool is also used.",
        "5": "£24.5 million (2023/24).",
        "5a": "6.2%",
        "5b": "11.4%",
        "5c": "0%",
        "6": "Partially – parents are consulted through the Parent Carer Forum but are not part of the panel.",
        "7": "Yes – the Family Safeguarding model.",
        "7a": "Information about the model is available on the Council's website.",
        "8": "None.",
    }
    for q in ORDER:
        para(d, f"Question {q}", bold=True, color="005DAA", space_after=0)
        para(d, ASK[q], italic=True, space_after=2)
        para(d, ans[q], space_after=8)
    para(d, "What to do if you are not happy", bold=True)
    para(d, review_council(days=40, contact="the FOI team"))
    para(d, ico_para())
    para(d, reuse_ogl())
    para(d, "Yours sincerely")
    para(d, "Children's Commissioning Team", space_after=0)
    para(d, "London Borough of Hammersmith & Fulham")
    save_deterministic(d, out)
    g = {
        "respondent": "London Borough of Hammersmith & Fulham",
        "foi_reference": "FOI-HF-2024-1377",
        "response_date": "2024-04-22",
        "joint_commissioning_framework": "yes",
        "framework_includes_health": "yes",
        "framework_tor_provided": True,
        "health_joint_funds_placements": "yes",
        "fixed_percentage_split": {"any_of": [True, False]},
        "other_partners_contribute": "yes",
        "other_partners": ["Education"],
        "continuing_care_model_used": "yes",
        "continuing_care_only_criteria": "no",
        "other_health_tools": ["CHAT"],
        "external_placements_spend_gbp": 24500000.0,
        "spend_year": "2023/24",
        "health_share_pct": 6.2,
        "health_share_gbp": 1519000.0,
        "education_share_pct": 11.4,
        "education_share_gbp": 2793000.0,
        "other_share_pct": 0,
        "other_share_gbp": 0.0,
        "children_parents_involved": "partial",
        "models_of_practice": "yes",
        "exemptions": [],
    }
    return "csc_joint_commissioning", ("London Borough of Hammersmith & Fulham", "E09000013"), g


def h10_12(out):
    """Haringey: each question in a shaded one-cell box, answer below prefixed 'Our response:';
    draft framework (partial), ToR withheld s22, pointer 'see our response to question 2'."""
    d = new_doc(font="Verdana", size=10)
    para(d, "Haringey", bold=True, size=18, color="2E3192", space_after=0)
    para(d, "Feedback and Information Governance Team", size=9, space_after=0)
    para(d, "River Park House, Wood Green", size=9, space_after=10)
    runs(d, [("Case reference: ", dict(bold=True)), "LBH/10487352"], space_after=0)
    runs(d, [("Date: ", dict(bold=True)), "18 June 2024"])
    para(d, "Dear Requester,")
    para(d, "Thank you for your request for information received on 21 May 2024. We have now completed "
            "our searches. Your questions are shown in the shaded boxes, with our response below each.")
    ans = {
        "1": "A joint commissioning framework with the ICB is in development and is expected to be agreed in autumn 2024.",
        "1a": "Yes, the draft includes NHS North Central London ICB.",
        "1b": "The draft terms of reference are being finalised with partners and will be published on the "
              "Council's website once agreed. We are withholding the draft under section 22 (information "
              "intended for future publication); see the note at the end of this letter.",
        "2": "Yes, on a case-by-case basis.",
        "2a": "Please see our response to question 2.",
        "2b": "No fixed percentage: the split is agreed at panel for each child.",
        "3": "Yes. Haringey's SEND service contributes to education costs, and Adult Social Care contributes "
             "for young people aged 17½ and over who are in transition.",
        "3a": "As above; contributions are agreed at the joint panel.",
        "4": "Yes.",
        "4b": "No – health also use the CHAT tool, and the DST for young people approaching adulthood.",
        "5": "£38,644,907 in 2023/24.",
        "5a": "Health contributed £2,105,330.",
        "5b": "Education contributed £4,870,112.",
        "5c": "Other: nil.",
        "6": "Yes.",
        "7": "No.",
        "7a": "Not applicable.",
        "8": "No.",
    }
    for q in ORDER:
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.rows[0].cells[0]
        cell_text(c, f"Question {q}: {ASK[q]}", bold=True)
        shade(c, "DDE3F0")
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(4)
        fmt_run(p.add_run("Our response: "), bold=True)
        p.add_run(ans[q])
    para(d, "")
    para(d, "Section 22 – information intended for future publication", bold=True)
    para(d, "Section 22 exempts information that is held with a view to publication at a future date, where "
            "it is reasonable to withhold it until then. The framework terms of reference are still being "
            "agreed and publishing a draft could mislead providers; we consider the public interest favours "
            "waiting for the final version.")
    para(d, "Your right to ask for a review", bold=True)
    para(d, review_council(days=40, contact="the Feedback and Information Governance Team"))
    para(d, ico_para())
    para(d, reuse_ogl("Haringey Council"))
    para(d, "Yours sincerely,")
    para(d, "Feedback and Information Governance Team")
    save_deterministic(d, out)
    g = {
        "respondent": "London Borough of Haringey",
        "foi_reference": "LBH/10487352",
        "response_date": "2024-06-18",
        "joint_commissioning_framework": "partial",
        "framework_includes_health": "yes",
        "framework_tor_provided": {"any_of": [{"state": "withheld"}, False]},
        "health_joint_funds_placements": {"any_of": ["yes", "case_by_case"]},
        "fixed_percentage_split": False,
        "other_partners_contribute": "yes",
        "other_partners": ["Education", "Adult Social Care"],
        "continuing_care_model_used": "yes",
        "continuing_care_only_criteria": "no",
        "other_health_tools": ["CHAT", "DST"],
        "external_placements_spend_gbp": 38644907.0,
        "spend_year": "2023/24",
        "health_share_pct": None,
        "health_share_gbp": 2105330.0,
        "education_share_pct": None,
        "education_share_gbp": 4870112.0,
        "other_share_pct": {"any_of": [0, None]},
        "other_share_gbp": 0.0,
        "children_parents_involved": "yes",
        "models_of_practice": "no",
        "exemptions": ["s22"],
    }
    return "csc_joint_commissioning", ("London Borough of Haringey", "E09000014"), g
