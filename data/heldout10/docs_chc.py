"""chc_funding_split documents (h10_05..h10_08)."""
from docx.shared import Pt, Cm
from lib import *
from common import *

ASK = {
    "1": "How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?",
    "2": "How many of these people were receiving CHC through the Fast Track Pathway?",
    "3": "How many joint funded packages (shared care between health and social care for people below the CHC threshold) were in place?",
    "4": "Is there a local joint funding or shared care protocol agreed between the ICB and the local authority?",
    "4a": "If so, please provide a copy of the protocol.",
    "5": "Which tool is used to decide CHC eligibility and the contributions to joint packages (for example the national Decision Support Tool or a local tool)?",
    "6": "Is the funding of joint packages split by a fixed percentage, or agreed case by case?",
    "6a": "If a fixed or typical percentage is used, what share of the cost does health pay?",
    "7": "Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint funding decisions?",
    "7a": "How many disputes were raised under the disputes procedure in 2023/24?",
    "8": "What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?",
    "9": "What was the local authority's annual contribution to joint funded packages in 2023/24?",
    "10": "How many Fast Track referrals were received in 2023/24?",
    "11": "Which ICB or ICBs are responsible for CHC for the residents of your area?",
}
ORDER = ["1", "2", "3", "4", "4a", "5", "6", "6a", "7", "7a", "8", "9", "10", "11"]


def h10_05(out):
    """BSW ICB: disclosure-log metadata table, then Q/A table with merged section rows;
    eligibility broken down by place with a total."""
    d = new_doc(font="Arial", size=10)
    para(d, "NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board", bold=True,
         size=12, color="005EB8", space_after=0)
    para(d, "Freedom of Information – Disclosure Log entry", size=10, space_after=8)
    table(d, [["Reference", "FOI BSW 24-211"],
              ["Date received", "03/07/2024"],
              ["Date of response", "31/07/2024"],
              ["Category", "Continuing Healthcare"],
              ["Outcome", "Information partially provided – section 40(2) applied to one figure"]],
          header=False, widths=[4.0, 12.0])
    para(d, "")
    para(d, "The ICB's response to each part of your request is set out below. Figures cover the three "
            "places within BSW: Bath and North East Somerset (BaNES), Swindon and Wiltshire.")
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    hr = t.add_row().cells
    for c, txt in zip(hr, ["Q", "Request", "ICB response"]):
        cell_text(c, txt, bold=True, color="FFFFFF")
        shade(c, "005EB8")
    repeat_header(t.rows[0])
    ans = {
        "1": None,
        "2": "287 of the people above were receiving CHC through the Fast Track Pathway.",
        "3": "164 joint funded packages were in place on 31 March 2024.",
        "4": "Yes. Each of the three local authorities in BSW has a joint funding protocol with the ICB.",
        "4a": "The Wiltshire protocol is attached. The BaNES and Swindon protocols follow the same template and are also attached.",
        "5": "Eligibility is determined using the national Checklist, the Decision Support Tool (DST) and, where "
             "appropriate, the Fast Track Pathway Tool. Contributions to joint packages are calculated using a "
             "locally developed joint funding tool based on time to task.",
        "6": "Case by case. There is no standard split; the tool sets the health and social care elements of each package.",
        "6a": "Not applicable.",
        "7": "Yes. The disputes procedure is an appendix to each joint funding protocol.",
        "7a": "Fewer than 5. The exact number has been withheld under section 40(2) because, with other "
              "information in the public domain, it could lead to individuals being identified.",
        "8": "£118,372,000 in 2023/24 (all-age CHC, including Fast Track and personal health budgets).",
        "9": "The ICB does not hold this information. Each local authority would need to be asked for its own contribution.",
        "10": "1,604 Fast Track referrals were received in 2023/24.",
        "11": "NHS Bath and North East Somerset, Swindon and Wiltshire ICB (BSW ICB).",
    }
    sections = {"1": "Part A – Eligibility and caseload", "4": "Part B – Joint funding arrangements",
                "8": "Part C – Finance and activity"}
    for q in ORDER:
        if q in sections:
            merged_row(t, sections[q], fill="DEEAF6")
        row = t.add_row().cells
        cell_text(row[0], q, bold=True)
        cell_text(row[1], ASK[q])
        if q == "1":
            cell_text(row[2], "Number of people eligible for CHC on 31 March 2024:")
            inner = row[2].add_table(rows=0, cols=2)
            inner.style = "Table Grid"
            for a, b in [("Place", "People"), ("BaNES", "248"), ("Swindon", "301"),
                         ("Wiltshire", "702"), ("BSW total", "1,251")]:
                rc = inner.add_row().cells
                cell_text(rc[0], a, bold=a in ("Place", "BSW total"))
                cell_text(rc[1], b, bold=a in ("Place", "BSW total"))
            set_widths(inner, [4.0, 2.5])
            row[2].add_paragraph("")
        else:
            cell_text(row[2], ans[q])
    set_widths(t, [1.2, 6.8, 8.6])
    para(d, "")
    para(d, "Section 40(2)", bold=True)
    para(d, s40_para())
    para(d, "Complaints and internal review", bold=True)
    para(d, "If you are not satisfied with this response you may ask for an internal review by writing to "
            "the BSW ICB FOI team within 40 working days. If you remain unhappy after the review you may "
            "contact the Information Commissioner: " + ", ".join(ICO_ADDR) + ".")
    para(d, reuse_nhs())
    save_deterministic(d, out)
    g = {
        "respondent": ICB["QOX"],
        "foi_reference": "FOI BSW 24-211",
        "response_date": "2024-07-31",
        "chc_eligible_count": 1251,
        "chc_as_at": "2024-03-31",
        "chc_fast_track_count": 287,
        "joint_packages_count": 164,
        "joint_funding_protocol": "yes",
        "protocol_copy_provided": True,
        "chc_tools": ["checklist", "dst", "fast_track_tool", "local_tool", "time_to_task"],
        "chc_split_fixed": False,
        "chc_health_share_pct": {"state": "not_applicable"},
        "chc_disputes_procedure": "yes",
        "chc_disputes_count": {"state": "withheld"},
        "icb_chc_spend_gbp": 118372000.0,
        "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": {"state": "not_held"},
        "chc_fast_track_referrals_count": 1604,
        "chc_icbs": [ICB["QOX"]],
        "exemptions": ["s40"],
    }
    return "chc_funding_split", (ICB["QOX"], "QOX"), g


def h10_06(out):
    """Cornwall and IoS ICB (PDF): reference block in a floating text box; answers inline after
    each question mark, in italics; s12 on Q10; '£84.6m'."""
    d = new_doc(font="Arial", size=10.5)
    p = para(d, "NHS Cornwall and the Isles of Scilly", bold=True, size=14, color="005EB8", space_after=0)
    textbox(p, [("Our reference: FOI.24.0719", True), ("Date: 2 October 2024", False),
                ("Contact: ICB FOI Team", False), ("Tel: 01726 000 417", False)],
            left_pt=300, top_pt=0, width_pt=165, height_pt=70)
    para(d, "Integrated Care Board", size=11, color="005EB8", space_after=0)
    para(d, "Sedgemoor Centre, St Austell", size=9, space_after=30)
    para(d, "Dear Requester")
    para(d, "Freedom of Information request – NHS Continuing Healthcare and joint funding", bold=True)
    para(d, "Thank you for your e-mail of 4 September 2024. NHS Cornwall and the Isles of Scilly Integrated "
            "Care Board (the ICB) has considered your request under the Freedom of Information Act 2000. "
            "Your questions are repeated below in bold, each followed by our answer in italics.")
    ans = {
        "1": "1,032 people.",
        "2": "236.",
        "3": "118 across Cornwall and the Isles of Scilly.",
        "4": "Yes. The joint funding protocol has been agreed with Cornwall Council and the Council of the Isles of Scilly.",
        "4a": "The protocol is published on the ICB website at https://cios.icb.example.nhs.uk/chc/joint-funding-protocol.",
        "5": "Eligibility is decided using the national Decision Support Tool following a positive Checklist. "
             "Contributions to joint packages are agreed at the joint funding panel.",
        "6": "Case by case.",
        "6a": "N/A.",
        "7": "Yes. The local disputes resolution procedure forms part of the protocol.",
        "7a": "9.",
        "8": "£84.6m in 2023/24 (provisional outturn).",
        "9": "This information is not held by the ICB.",
        "10": "We are unable to answer this question within the cost limit (see below).",
        "11": "NHS Cornwall and the Isles of Scilly ICB.",
    }
    for q in ORDER:
        p = d.add_paragraph()
        fmt_run(p.add_run(f"{q}. {ASK[q]} "), bold=True)
        fmt_run(p.add_run(ans[q]), italic=True, color="1F3864")
    para(d, "Question 10 – section 12", bold=True)
    para(d, "Fast Track referrals are recorded within individual case records and are not reported as a "
            "separate count. To identify them we would need to open and read each record received in "
            "2023/24, which we estimate would take more than 40 hours. " + s12_para())
    para(d, "You may wish to narrow this part of your request, for example to a single quarter, and we will "
            "be happy to consider it again.")
    para(d, "Internal review", bold=True)
    para(d, "If you are unhappy with our response you can ask for an internal review within 40 working days. "
            + ico_para())
    para(d, reuse_nhs())
    para(d, "Yours sincerely")
    para(d, "Freedom of Information Team", space_after=0)
    para(d, "NHS Cornwall and the Isles of Scilly Integrated Care Board")
    save_deterministic(d, out)
    g = {
        "respondent": ICB["QT6"],
        "foi_reference": "FOI.24.0719",
        "response_date": "2024-10-02",
        "chc_eligible_count": 1032,
        "chc_as_at": "2024-03-31",
        "chc_fast_track_count": 236,
        "joint_packages_count": 118,
        "joint_funding_protocol": "yes",
        "protocol_copy_provided": True,
        "chc_tools": ["dst", "checklist", "joint_panel"],
        "chc_split_fixed": False,
        "chc_health_share_pct": {"state": "not_applicable"},
        "chc_disputes_procedure": "yes",
        "chc_disputes_count": 9,
        "icb_chc_spend_gbp": 84600000.0,
        "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": {"state": "not_held"},
        "chc_fast_track_referrals_count": {"any_of": [{"state": "withheld"}, {"state": "not_held"}]},
        "chc_icbs": [ICB["QT6"]],
        "exemptions": ["s12"],
    }
    return "chc_funding_split", (ICB["QT6"], "QT6"), g


def h10_07(out):
    """Cambridgeshire and Peterborough ICB: questions in Word multilevel numbering (1., (a)),
    sub-questions lettered by numbering only; answers in dark red bold after 'Response:'."""
    d = new_doc(font="Arial", size=11)
    sec = d.sections[0]
    footer_text(sec, "NHS Cambridgeshire and Peterborough ICB • Freedom of Information • CPICB FOI 1984")
    para(d, "NHS", bold=True, size=20, color="005EB8", align="right", space_after=0)
    para(d, "Cambridgeshire and Peterborough", bold=True, size=11, align="right", space_after=0)
    para(d, "Integrated Care Board", size=11, align="right", space_after=14)
    runs(d, [("FOI reference: ", dict(bold=True)), "CPICB FOI 1984"], space_after=0)
    runs(d, [("Date: ", dict(bold=True)), "28 August 2024"])
    para(d, "Dear Requester,")
    para(d, "Thank you for your request for information about NHS Continuing Healthcare. NHS Cambridgeshire "
            "and Peterborough Integrated Care Board (the ICB) does hold information relevant to your request, "
            "and our responses are given beneath each of your questions.")
    nid = add_numbering(d, [("decimal", "%1.", 426, 426, True), ("lowerLetter", "(%2)", 851, 425, False)])
    RED = "8B0000"
    ans = {
        "1": "2,046 people were eligible on 31/03/2024.",
        "2": "391.",
        "3": "Joint packages: 227.",
        "4": "Yes – a joint funding protocol has been agreed with Cambridgeshire County Council and Peterborough City Council.",
        "4a": "Yes, a copy is enclosed with this letter.",
        "5": "The national Decision Support Tool (DST). For joint packages a local tool, the Joint Funding Matrix, is used to set each partner's contribution.",
        "6": "There is no fixed split; each package is agreed individually.",
        "6a": "Across 2023/24 the ICB's share of joint package costs averaged 41%.",
        "7": "Yes.",
        "7a": "14 disputes.",
        "8": "£201.9 million in 2023/24.",
        "9": "This is not held by the ICB. Please contact the two councils.",
        "10": "3,877 Fast Track referrals.",
        "11": "NHS Cambridgeshire and Peterborough ICB.",
    }
    for q in ORDER:
        lvl = 1 if q[-1].isalpha() else 0
        p = para(d, ASK[q], space_after=2)
        set_num(p, nid, lvl)
        a = d.add_paragraph()
        a.paragraph_format.left_indent = Cm(1.5 if lvl else 0.75)
        fmt_run(a.add_run("Response: "), bold=True, color=RED)
        fmt_run(a.add_run(ans[q]), bold=True, color=RED)
    para(d, "")
    para(d, "If you are dissatisfied with the handling of your request you have the right to ask for an "
            "internal review. Requests should be made within 40 working days of receiving this response "
            "to the ICB's FOI team. " + ico_para())
    para(d, reuse_nhs())
    para(d, "Kind regards,")
    para(d, "FOI Officer", space_after=0)
    para(d, "Corporate Governance Team")
    save_deterministic(d, out)
    g = {
        "respondent": ICB["QUE"],
        "foi_reference": "CPICB FOI 1984",
        "response_date": "2024-08-28",
        "chc_eligible_count": 2046,
        "chc_as_at": "2024-03-31",
        "chc_fast_track_count": 391,
        "joint_packages_count": 227,
        "joint_funding_protocol": "yes",
        "protocol_copy_provided": True,
        "chc_tools": ["dst", "local_tool"],
        "chc_split_fixed": False,
        "chc_health_share_pct": 41,
        "chc_disputes_procedure": "yes",
        "chc_disputes_count": 14,
        "icb_chc_spend_gbp": 201900000.0,
        "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": {"state": "not_held"},
        "chc_fast_track_referrals_count": 3877,
        "chc_icbs": [ICB["QUE"]],
        "exemptions": [],
    }
    return "chc_funding_split", (ICB["QUE"], "QUE"), g


def h10_08(out):
    """City of London Corporation: all questions listed first under 'Your request', then
    answers only, numbered 1-11 (sub-questions get no line of their own); small number withheld."""
    d = new_doc(font="Times New Roman", size=12)
    para(d, "CITY OF LONDON CORPORATION", bold=True, size=13, align="center", space_after=0)
    para(d, "Information Compliance Team  •  Guildhall  •  London", size=9, align="center", space_after=14)
    table(d, [["Request ref:", "CoL/IG/FOI/24-0592"], ["Date:", "12 November 2024"],
              ["Subject:", "NHS Continuing Healthcare – funding split"]],
          header=False, style=None, widths=[3.5, 10.0])
    para(d, "")
    para(d, "Dear Requester,")
    para(d, "Thank you for your request for information, received on 15 October 2024, which has been "
            "handled under the Freedom of Information Act 2000.")
    para(d, "Your request", bold=True, underline=True)
    for q in ORDER:
        para(d, f"{q}. {ASK[q]}", space_after=2, size=11)
    para(d, "")
    para(d, "Our response", bold=True, underline=True)
    para(d, "The City of London Corporation is the social services authority for the Square Mile, which has a "
            "small resident population. CHC is assessed and funded by the ICB; we can only answer the "
            "questions about the Corporation's own role.")
    answers = [
        "The Corporation does not hold this information. CHC eligibility is decided and recorded by NHS North "
        "East London Integrated Care Board, to whom you may wish to send this question.",
        "Not held, as above.",
        "Nine.",
        "Yes. The City and Hackney joint funding protocol, agreed with the ICB, applies to City residents; it is "
        "published on the ICB's website at https://nel.icb.example.nhs.uk/cityandhackney/joint-funding.",
        "The DST is used for eligibility decisions. Joint packages are discussed at the City and Hackney joint funding panel.",
        "There is no fixed percentage; each case is agreed individually.",
        "Yes, as set out in the protocol. Fewer than five disputes involving City residents were raised in 2023/24; "
        "the exact figure is withheld under section 40(2) because of the risk of identifying individuals.",
        "Not held – please contact NHS North East London ICB.",
        "£412,380 in 2023/24.",
        "Not held.",
        "NHS North East London ICB.",
    ]
    for i, a in enumerate(answers, 1):
        para(d, f"{i}. {a}", space_after=4)
    para(d, "")
    para(d, "Exemption", bold=True)
    para(d, s40_para())
    para(d, "Your rights", bold=True)
    para(d, review_council(days=40, contact="the Information Compliance Team, Guildhall"))
    para(d, ico_para())
    para(d, reuse_ogl("the City of London Corporation"))
    para(d, "Yours sincerely,")
    para(d, "Information Compliance Team", space_after=0)
    para(d, "City of London Corporation")
    save_deterministic(d, out)
    g = {
        "respondent": "City of London Corporation",
        "foi_reference": "CoL/IG/FOI/24-0592",
        "response_date": "2024-11-12",
        "chc_eligible_count": {"state": "not_held"},
        "chc_as_at": {"any_of": ["2024-03-31", None]},
        "chc_fast_track_count": {"any_of": [{"state": "not_held"}, {"state": "see_other"}]},
        "joint_packages_count": 9,
        "joint_funding_protocol": "yes",
        "protocol_copy_provided": True,
        "chc_tools": ["dst", "joint_panel"],
        "chc_split_fixed": False,
        "chc_health_share_pct": {"any_of": [{"state": "not_applicable"}, None]},
        "chc_disputes_procedure": "yes",
        "chc_disputes_count": {"state": "withheld"},
        "icb_chc_spend_gbp": {"state": "not_held"},
        "chc_spend_year": {"any_of": ["2023/24", None]},
        "la_joint_packages_spend_gbp": 412380.0,
        "chc_fast_track_referrals_count": {"state": "not_held"},
        "chc_icbs": [ICB["QMF"]],
        "exemptions": ["s40"],
    }
    return "chc_funding_split", ("City of London Corporation", "E09000001"), g
