"""reportlab letters: running headers/footers, "Page x of y", two columns, a table across a page break
(h11_04, h11_07, h11_11, h11_16)."""
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

W, H = A4
SS = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=SS["Normal"], fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=10.5)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=11.5, spaceBefore=6, spaceAfter=4)
RIGHT = ParagraphStyle("right", parent=BODY, alignment=TA_RIGHT)
ICO = ("Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF; "
       "telephone 0303 123 1113; ico.org.uk")


def numbered_canvas(header_text, footer_left):
    """A canvas class that draws a running header and 'Page x of y' once the page count is known."""

    class NC(canvas.Canvas):
        def __init__(self, *a, **k):
            k["invariant"] = 1
            canvas.Canvas.__init__(self, *a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self.setFont("Helvetica", 8)
                self.setFillColor(colors.grey)
                if self._pageNumber > 1:
                    self.drawString(20 * mm, H - 12 * mm, header_text)
                self.drawString(20 * mm, 10 * mm, footer_left)
                self.drawRightString(W - 20 * mm, 10 * mm, "Page %d of %d" % (self._pageNumber, n))
                self.setFillColor(colors.black)
                canvas.Canvas.showPage(self)
            canvas.Canvas.save(self)

    return NC


def P(t, st=BODY):
    return Paragraph(t, st)


# --------------------------------------------------------------------------------------------
def h11_04(raw):
    story = [
        P("<b>Peterborough City Council</b>", ParagraphStyle("lh", parent=BODY, fontSize=16, leading=20)),
        P("Information Governance, Sand Martin House, Bittern Way, Fletton Quays, Peterborough PE2 8TY", SMALL),
        Spacer(1, 8 * mm),
        Table([["Our reference:", "FOI/24/0532"], ["Date of request:", "5 March 2024"],
               ["Date of response:", "3 April 2024"]], colWidths=[38 * mm, 60 * mm],
              style=[("FONT", (0, 0), (-1, -1), "Helvetica", 10), ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 10)],
              hAlign="LEFT"),
        Spacer(1, 6 * mm),
        P("Dear Mrs Okonkwo-Hale,"),
        P("<b>Request for information - Adult Social Care joint funding</b>"),
        P("Thank you for your request, which has been dealt with under the Freedom of Information Act 2000. "
          "Each of your questions is repeated below with the Council's answer underneath."),
    ]
    qa = [
        ("1) Please provide the contact details for the DASS in your local authority.",
         "Debbie Marsh-Colquhoun \u2013<br/>Executive Director of Adults and Health. Direct contact details for "
         "officers have been removed under section 40(2) of the Act (personal information)."),
        ("2) Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).",
         "Cllr Saqib Rahman-Hall, Cabinet Member for Adult Social Care, Health and Public Health."),
        ("3) Who provides your main operational system for Case Management?",
         "Mosaic (The Access Group)."),
        ("4) How many current care packages per week does the local authority contribute some or all of the "
         "cost towards?", "As at 29th February 24 \u2013 2,931 care packages."),
        ("5) What is your Annual cost of this care provided by the Local Authority (for the last full year "
         "2022/23)?", "Net expenditure for 2022/23 was \u00a382.6 million (net of client contributions and "
         "income from health)."),
        ("6) How many of these current care packages are jointly funded with an ICB (both those under s.117 of "
         "the Mental Health Act and those funding under the Care Act because they do not meet CHC "
         "eligibility)?<br/>7) What is the Annual cost of care provided by ICBs for these cases?",
         "The Council's case management system does not flag whether a package receives a health "
         "contribution. To answer questions 6 and 7 officers would need to review each of the 2,931 packages "
         "against the payment records held by the ICB. At an estimated ten minutes per package this would "
         "take over 480 hours, well above the appropriate limit of 18 hours (\u00a3450). We are therefore "
         "relying on section 12 of the Act and will not be answering questions 6 and 7. If you were to narrow "
         "this part of your request, for example to section 117 packages only, we may be able to help."),
        ("8) Which ICBs cover the Local Authority Area?",
         "NHS Cambridgeshire and Peterborough Integrated Care Board."),
        ("9) Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?",
         "Yes \u2013 Cambridgeshire and Peterborough ICB."),
        ("10) Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?",
         "Yes, a Joint Funding Policy was agreed with the ICB and Cambridgeshire County Council in 2022."),
        ("11) Please provide a copy of it.", "Please see the attached document."),
        ("12) Does the Local Authority have a Joint Funding Tool or documented methodology for calculating "
         "funding splits?",
         "The policy sets out a documented methodology: a joint assessment is completed and health and social "
         "care needs are apportioned using the Decision Support Tool domains, with the split agreed by the Joint "
         "Funding Panel. There is no separate calculator."),
    ]
    for q, a in qa:
        story.append(KeepTogether([P("<b>%s</b>" % q), P("Answer"), P(a), Spacer(1, 2 * mm)]))
    story += [
        Spacer(1, 3 * mm),
        P("<b>Your right to ask for a review</b>"),
        P("If you are dissatisfied with the handling of your request, you may ask for an internal review within 40 "
          "working days of the date of this letter. If you are not content with the outcome of the internal review, "
          "you have the right to apply directly to the " + ICO + "."),
        P("<b>Re-use of information</b>"),
        P("The information provided is Crown or Council copyright and may be re-used under the Open Government "
          "Licence unless otherwise stated."),
        Spacer(1, 4 * mm),
        P("Yours sincerely,"),
        Spacer(1, 6 * mm),
        P("Matthew Ibbotson<br/>Information Governance Officer<br/>Peterborough City Council"),
    ]
    doc = SimpleDocTemplate(raw + "/h11_04.pdf", pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title="FOI/24/0532", author="Peterborough City Council")
    doc.build(story, canvasmaker=numbered_canvas("FOI/24/0532 - Adult Social Care joint funding", "OFFICIAL"))
    return {
        "questionnaire": "asc_joint_funding",
        "respondent": {"name": "Peterborough City Council", "code": "E06000031"},
        "gold": {
            "respondent": "Peterborough City Council",
            "foi_reference": "FOI/24/0532",
            "response_date": "2024-04-03",
            "dass_name": "Debbie Marsh-Colquhoun",
            "dass_email": {"state": "withheld"},
            "dass_phone": {"state": "withheld"},
            "portfolio_holder_name": "Saqib Rahman-Hall",
            "case_management_system": "Mosaic",
            "case_management_supplier": "The Access Group",
            "care_packages_count": 2931,
            "care_packages_as_at": "2024-02-29",
            "la_annual_cost_gbp": 82600000.0,
            "la_cost_basis": "net",
            "cost_year": "2022/23",
            "jointly_funded_packages_count": {"state": "withheld"},
            "icb_annual_cost_gbp": {"state": "withheld"},
            "icb_weekly_cost_gbp": None,
            "icbs_covering": ["NHS Cambridgeshire and Peterborough Integrated Care Board"],
            "main_icb": "NHS Cambridgeshire and Peterborough Integrated Care Board",
            "joint_funding_policy": "yes",
            "policy_copy_provided": True,
            "joint_funding_tool": {"any_of": ["partial", "yes"]},
            "joint_funding_methods": ["dst", "joint_funding_panel"],
            "exemptions": ["s12", "s40"],
        },
    }


# --------------------------------------------------------------------------------------------
def h11_07(raw):
    """Two-column newsletter-style reply (a council 'FOI response' template with two text columns)."""
    path = raw + "/h11_07.pdf"
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                          bottomMargin=18 * mm, title="WNC-FOI-2023-2847", author="West Northamptonshire Council", invariant=1)
    gap = 8 * mm
    colw = (W - 36 * mm - gap) / 2
    top_h = 62 * mm
    first = [Frame(18 * mm, H - 18 * mm - top_h, W - 36 * mm, top_h, id="top"),
             Frame(18 * mm, 18 * mm, colw, H - 36 * mm - top_h, id="c1"),
             Frame(18 * mm + colw + gap, 18 * mm, colw, H - 36 * mm - top_h, id="c2")]
    later = [Frame(18 * mm, 18 * mm, colw, H - 36 * mm, id="l1"),
             Frame(18 * mm + colw + gap, 18 * mm, colw, H - 36 * mm, id="l2")]

    def deco(c, d):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(18 * mm, 10 * mm, "West Northamptonshire Council \u2013 Freedom of Information response")
        c.drawRightString(W - 18 * mm, 10 * mm, "%d" % c.getPageNumber())
        c.restoreState()

    doc.addPageTemplates([PageTemplate("first", first, onPage=deco), PageTemplate("later", later, onPage=deco)])
    QH = ParagraphStyle("qh", parent=BODY, fontName="Helvetica-Bold", fontSize=10, spaceBefore=5, spaceAfter=2)
    story = [
        P("<b>West Northamptonshire Council</b>", ParagraphStyle("t", parent=BODY, fontSize=17, leading=21)),
        P("One Angel Square, Angel Street, Northampton NN1 1ED", SMALL),
        Spacer(1, 3 * mm),
        P("<b>Freedom of Information Act 2000 \u2013 Response</b>"),
        P("Reference: WNC-FOI-2023-2847 &nbsp;&nbsp;&nbsp; Received: 14 December 2023 &nbsp;&nbsp;&nbsp; "
          "Responded: 18 January 2024", SMALL),
        P("Subject: Joint commissioning and funding of external placements for children (FAO Children's "
          "Commissioners)", SMALL),
        P("Thank you for your request. Children's social care in West Northamptonshire is delivered on the "
          "Council's behalf by Northamptonshire Children's Trust, which has supplied the answers below. "
          "Questions are summarised under each heading.", SMALL),
        NextPageTemplate("later"),
        FrameBreak(),
    ]
    sections = [
        ("Question 1 \u2013 Joint commissioning framework",
         ["Yes. There is a joint commissioning framework for children with complex needs across Northamptonshire, "
          "shared by West Northamptonshire Council, North Northamptonshire Council and the Trust."]),
        ("Question 1a \u2013 Health partners",
         ["Yes. NHS Northamptonshire ICB is a partner to the framework."]),
        ("Question 1b \u2013 Terms of reference",
         ["The terms of reference are attached as Appendix 1."]),
        ("Question 2 \u2013 Does health joint fund placements?",
         ["Yes. The ICB contributes to externally commissioned placements for children with identified health needs."]),
        ("Question 2a \u2013 Terms",
         ["Contributions are agreed at the Joint Resource Panel under a tripartite agreement between social care, "
          "education and health (see Appendix 1)."]),
        ("Question 2b \u2013 How the funding is split",
         ["Under the tripartite agreement the cost of a jointly funded placement is shared in equal thirds between "
          "social care, education and health. This fixed proportion applies to residential, therapeutic foster "
          "care, SEND and semi-independent provision alike."]),
        ("Question 3 \u2013 Other partners",
         ["Yes. Education (High Needs Block) meets its third under the tripartite agreement, and the Youth Justice "
          "Service occasionally contributes where a placement forms part of a court order."]),
        ("Question 3a \u2013 Who and on what terms", ["See question 3."]),
        ("Question 4 \u2013 Continuing care criteria",
         ["Yes, the national children and young people's continuing care framework is used."]),
        ("Question 4b \u2013 Only criteria?",
         ["No. For young people approaching 18 the adult Decision Support Tool (DST) is also completed so that "
          "transition planning can start early."]),
        ("Question 5 \u2013 Yearly spend on external placements",
         ["In 2022/23 spend on external placements was \u00a358.32m, funded as follows:"]),
    ]
    for h, paras in sections:
        story.append(P(h, QH))
        for t in paras:
            story.append(P(t))
    tbl = Table([["Funder", "\u00a3", "%"], ["Health (ICB)", "\u00a34.10m", "7.0%"],
                 ["Education", "\u00a35.87m", "10.1%"], ["Other", "\u00a30.21m", "0.4%"]],
                colWidths=[colw * 0.45, colw * 0.3, colw * 0.2],
                style=[("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                       ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)])
    story += [tbl, Spacer(1, 2 * mm),
              P("The remainder was met by children's social care.", SMALL)]
    for h, paras in [
        ("Question 6 \u2013 Involving children and parents",
         ["Yes. The Children in Care Council and the Northamptonshire Parent Forum Group took part in drafting the "
          "framework's outcomes."]),
        ("Question 7 \u2013 Models of practice",
         ["Yes. The framework refers to the Trust's relational practice model and to trauma-informed care."]),
        ("Question 7a", ["A summary of the practice model is attached as Appendix 2."]),
        ("Question 8 \u2013 Other comments",
         ["The tripartite agreement is being reviewed during 2024 alongside the refresh of the sufficiency "
          "strategy."]),
        ("Your rights",
         ["If you are unhappy with this response you can ask for an internal review within 40 working days. "
          "You may then complain to the " + ICO + "."]),
        ("", ["Information Rights Team<br/>West Northamptonshire Council"]),
    ]:
        if h:
            story.append(P(h, QH))
        for t in paras:
            story.append(P(t))
    doc.build(story)
    return {
        "questionnaire": "csc_joint_commissioning",
        "respondent": {"name": "West Northamptonshire Council", "code": "E06000062"},
        "gold": {
            "respondent": "West Northamptonshire Council",
            "foi_reference": "WNC-FOI-2023-2847",
            "response_date": "2024-01-18",
            "joint_commissioning_framework": "yes",
            "framework_includes_health": "yes",
            "framework_tor_provided": True,
            "health_joint_funds_placements": "yes",
            "fixed_percentage_split": True,
            "other_partners_contribute": "yes",
            "other_partners": ["Education", "Youth Justice"],
            "continuing_care_model_used": "yes",
            "continuing_care_only_criteria": "no",
            "other_health_tools": ["DST"],
            "external_placements_spend_gbp": 58320000.0,
            "spend_year": "2022/23",
            "health_share_gbp": 4100000.0,
            "health_share_pct": 7.0,
            "education_share_gbp": 5870000.0,
            "education_share_pct": 10.1,
            "other_share_gbp": 210000.0,
            "other_share_pct": 0.4,
            "children_parents_involved": "yes",
            "models_of_practice": "yes",
            "exemptions": [],
        },
    }


# --------------------------------------------------------------------------------------------
NEL_ROWS = [  # service type, 18-64, 65+, total
    ("Residential care - mental health", 41, 12), ("Residential care - learning disability", 9, 2),
    ("Residential care - dementia", 1, 19), ("Nursing care - mental health", 6, 14),
    ("Nursing care - dementia", 0, 11), ("Supported living - shared", 38, 3),
    ("Supported living - single occupancy", 27, 1), ("Extra care housing", 4, 6),
    ("Home care (domiciliary)", 21, 17), ("Direct payment", 24, 3), ("Day opportunities", 18, 5),
    ("Floating support", 29, 2), ("Shared Lives", 3, 0), ("Respite (planned)", 2, 1),
    ("Employment support", 5, 0), ("Recovery college / peer support", 7, 1),
    ("Step-down accommodation", 6, 0), ("Out of area residential placement", 10, 3),
    ("Out of area supported living", 4, 0), ("Other services", 1, 0),
]


NEL_REQ = [
    "How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?",
    "How many of these people have their section 117 aftercare jointly funded with the ICB?",
    "Does the local authority have an agreed section 117 joint policy or protocol with the ICB? If so, please provide a copy.",
    "How is the cost of section 117 aftercare split between the local authority and the ICB, for example a fixed "
    "percentage such as 50/50, case by case, or agreed at a panel? Where a percentage split is used, what percentage "
    "of the cost does the ICB pay?",
    "What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?",
    "What was the ICB's spend on section 117 aftercare for people in your area in the same year?",
    "Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?",
    "Which ICB is the lead ICB for section 117 aftercare in your area?",
    "Do you keep a joint register with the ICB of people entitled to section 117 aftercare?",
    "How many people were discharged from section 117 aftercare in 2023/24?",
    "Is there an agreed process for resolving disputes with the ICB about section 117 funding?",
    "Please provide the name and contact details of the officer responsible for section 117 aftercare.",
]


def h11_11(raw):
    tot18 = sum(r[1] for r in NEL_ROWS)
    tot65 = sum(r[2] for r in NEL_ROWS)
    assert tot18 + tot65 == 356, tot18 + tot65
    data = [["Service type", "Aged 18-64", "Aged 65+", "Total"]]
    for n, a, b in NEL_ROWS:
        data.append([n, str(a), str(b), str(a + b)])
    data.append(["Total", str(tot18), str(tot65), "356"])
    tstyle = TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                         ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
                         ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                         ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")),
                         ("ALIGN", (1, 0), (-1, -1), "RIGHT")])
    story = [
        Table([[P("<b>North East Lincolnshire Council</b>", ParagraphStyle("x", parent=BODY, fontSize=15, leading=18)),
                P("Municipal Offices<br/>Town Hall Square<br/>Grimsby DN31 1HU", RIGHT)]],
              colWidths=[100 * mm, 70 * mm]),
        Spacer(1, 6 * mm),
        P("Ref: NELC-FOI-9071<br/>12 November 2024"),
        P("Dear Mr Whitlock,"),
        P("<b>Freedom of Information request \u2013 Section 117 aftercare</b>"),
        P("We have now completed our searches for the information you requested on 15 October 2024."),
        P("<b>Your request</b>"),
        P("You asked:"),
    ] + [P("%d. %s" % (i, q), ParagraphStyle("rq", parent=BODY, leftIndent=8 * mm, firstLineIndent=-5 * mm))
         for i, q in enumerate(NEL_REQ, 1)] + [
        P("<b>Our response</b>"),
        P("Your questions are set out again below in bold, each followed by our response."),
        P("<b>Q1. How many people were receiving section 117 aftercare funded wholly or partly by the local "
          "authority as at 31 March 2024?</b>"),
        P("Response: 356 people. The table below breaks this down by the main service received and by age. The "
          "figures are a snapshot taken from the case management system on 31 March 2024."),
        Spacer(1, 2 * mm),
        Table(data, colWidths=[85 * mm, 25 * mm, 25 * mm, 25 * mm], repeatRows=1, style=tstyle),
        Spacer(1, 3 * mm),
        P("<b>Q2. How many of these people have their section 117 aftercare jointly funded with the ICB?</b>"),
        P("Response: 174."),
        P("<b>Q3. Does the local authority have an agreed section 117 joint policy or protocol with the ICB? "
          "Q3a. If so, please provide a copy.</b>"),
        P("Response: Yes. The North East Lincolnshire Section 117 Joint Policy was agreed with the ICB in 2022. A "
          "copy is attached."),
        P("<b>Q4. How is the cost of section 117 aftercare split between the local authority and the ICB?</b>"),
        P("Response: Costs are apportioned according to assessed need using the Humber section 117 apportionment "
          "tool. There is no fixed percentage."),
        P("<b>Q4a. Where a percentage split is used, what percentage of the cost does the ICB pay?</b>"),
        P("Response: Not applicable \u2013 see Q4."),
        P("<b>Q5. What was the local authority's total spend on section 117 aftercare in the last full financial "
          "year (2023/24)? Q6. What was the ICB's spend on section 117 aftercare for people in your area in the "
          "same year?</b>"),
        P("Response: Figures for the last three years are shown below. The figures for 2023/24 are those asked "
          "for."),
        Table([["Financial year", "Council spend", "ICB spend"],
               ["2021/22", "\u00a35,402,716", "\u00a33,318,490"],
               ["2022/23", "\u00a35,877,031", "\u00a33,640,207"],
               ["2023/24", "\u00a36,214,880", "\u00a33,902,115"]],
              colWidths=[45 * mm, 45 * mm, 45 * mm], repeatRows=1, style=tstyle),
        Spacer(1, 3 * mm),
        P("<b>Q7. Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare "
          "guidance was published?</b>"),
        P("Response: No. A review is scheduled for 2025."),
        P("<b>Q8. Which ICB is the lead ICB for section 117 aftercare in your area?</b>"),
        P("Response: NHS Humber and North Yorkshire ICB (North East Lincolnshire Place)."),
        P("<b>Q9. Do you keep a joint register with the ICB of people entitled to section 117 aftercare?</b>"),
        P("Response: Yes."),
        P("<b>Q10. How many people were discharged from section 117 aftercare in 2023/24?</b>"),
        P("Response: 23."),
        P("<b>Q11. Is there an agreed process for resolving disputes with the ICB about section 117 funding?</b>"),
        P("Response: A dispute resolution protocol is currently in draft and has not yet been agreed."),
        P("<b>Q12. Please provide the name and contact details of the officer responsible for section 117 "
          "aftercare.</b>"),
        P("Response: Corinne Ashdown-Pell, Strategic Lead for Mental Health. Her direct e-mail address and "
          "telephone number are exempt under section 40(2) of the Act; please use the FOI mailbox if you wish "
          "to contact her."),
        Spacer(1, 3 * mm),
        P("<b>Internal review</b>"),
        P("If you are dissatisfied with this response you may request an internal review within 40 working days. "
          "If you remain dissatisfied you may contact the " + ICO + "."),
        P("Yours sincerely,<br/><br/>Information Governance and Security<br/>North East Lincolnshire Council"),
    ]
    doc = SimpleDocTemplate(raw + "/h11_11.pdf", pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title="NELC-FOI-9071")
    doc.build(story, canvasmaker=numbered_canvas("North East Lincolnshire Council | NELC-FOI-9071", "Classification: Public"))
    return {
        "questionnaire": "s117_aftercare",
        "respondent": {"name": "North East Lincolnshire Council", "code": "E06000012"},
        "gold": {
            "respondent": "North East Lincolnshire Council",
            "foi_reference": "NELC-FOI-9071",
            "response_date": "2024-11-12",
            "s117_people_count": 356,
            "s117_as_at": "2024-03-31",
            "s117_jointly_funded_count": 174,
            "s117_joint_policy": "yes",
            "s117_policy_copy_provided": True,
            "s117_split_basis": "case_by_case",
            "s117_split_methods": {"any_of": [["funding_tool", "case_by_case"], ["funding_tool"]]},
            "s117_icb_share_pct": {"any_of": [{"state": "not_applicable"}, {"state": "see_other"}]},
            "la_s117_spend_gbp": 6214880.0,
            "s117_spend_year": "2023/24",
            "icb_s117_spend_gbp": 3902115.0,
            "s117_policy_reviewed": "no",
            "s117_lead_icb": "NHS Humber and North Yorkshire Integrated Care Board",
            "s117_joint_register": "yes",
            "s117_discharged_count": 23,
            "s117_disputes_process": "partial",
            "s117_contact_name": "Corinne Ashdown-Pell",
            "s117_contact_email": {"state": "withheld"},
            "s117_contact_phone": {"state": "withheld"},
            "exemptions": ["s40"],
        },
    }


# --------------------------------------------------------------------------------------------
def h11_16(raw):
    tstyle = TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                         ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
                         ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                         ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#005eb8")),
                         ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("ALIGN", (1, 0), (-1, -1), "CENTER")])
    rows = [["Borough", "Eligible for CHC at 31/03/2024", "of which Fast Track", "Joint funded packages"],
            ["Barnet", "512", "98", "61"], ["Camden", "287", "51", "44"], ["Enfield", "401", "77", "38"],
            ["Haringey", "326", "66", "52"], ["Islington", "259", "49", "47"],
            ["NCL total", "1,785", "341", "242"]]
    QS = ParagraphStyle("qs", parent=BODY, fontName="Helvetica-Oblique")
    story = [
        Table([["", P("<b>NHS</b><br/>North Central London<br/>Integrated Care Board", RIGHT)]],
              colWidths=[100 * mm, 70 * mm]),
        P("Laycock PDC, Laycock Street, London N1 1TH", RIGHT),
        Spacer(1, 5 * mm),
        P("17 September 2024"),
        P("Our ref: NCL FOI 24-0931"),
        P("Dear Ms Adeyemi,"),
        P("<b>Freedom of Information request: NHS Continuing Healthcare and joint funding</b>"),
        P("Thank you for your request of 19 August 2024. NHS North Central London ICB (NCL ICB) holds some of the "
          "information you requested. Please see our response below; your questions are shown in italics."),
        P("<i>Questions 1 to 3: How many people were eligible for NHS CHC in your area as at 31 March 2024? How "
          "many of these were receiving CHC through the Fast Track Pathway? How many joint funded packages were in "
          "place?</i>"),
        P("The table below answers questions 1 to 3 for each of our five boroughs."),
        Table(rows, colWidths=[32 * mm, 50 * mm, 38 * mm, 40 * mm], repeatRows=1, style=tstyle),
        Spacer(1, 4 * mm),
        P("<i>Question 4: Is there a local joint funding or shared care protocol agreed between the ICB and the "
          "local authority? 4a: If so, please provide a copy.</i>"),
        P("Yes. Each borough has a joint funding protocol agreed with its council, and copies of all five are "
          "attached. An NCL-wide protocol is also being developed."),
        P("<i>Question 5: Which tool is used to decide CHC eligibility and the contributions to joint "
          "packages?</i>"),
        P("The national Decision Support Tool (DST) is used to decide eligibility. Contributions to joint packages "
          "are calculated with the NCL Joint Funding Tool, a locally developed tool introduced in 2023."),
        P("<i>Question 6: Is the funding of joint packages split by a fixed percentage, or agreed case by case? "
          "6a: If a fixed or typical percentage is used, what share of the cost does health pay?</i>"),
        P("Case by case. As there is no fixed percentage, question 6a does not apply."),
        P("<i>Question 7: Is there an agreed disputes procedure? 7a: How many disputes were raised in "
          "2023/24?</i>"),
        P("Yes, there is an agreed disputes procedure with each council. 17 disputes were raised in 2023/24."),
        P("<i>Question 8: What was the ICB's total spend on NHS Continuing Healthcare in 2023/24? Please break "
          "this down by care provider.</i>"),
        P("NCL ICB's total spend on NHS Continuing Healthcare in 2023/24 was \u00a3214.6m; a breakdown by borough is "
          "given at Annex A. The breakdown by care "
          "provider is withheld under section 43(2) of the Act (commercial interests): the amounts paid to "
          "individual providers reflect negotiated rates, and releasing them would be likely to prejudice the "
          "ICB's position in future negotiations. We have considered the public interest and concluded that it "
          "favours withholding this part of the information."),
        P("<i>Question 9: What was the local authority's annual contribution to joint funded packages in "
          "2023/24?</i>"),
        P("This information is not held by the ICB. You may wish to contact the five borough councils."),
        P("<i>Question 10: How many Fast Track referrals were received in 2023/24?</i>"),
        P("Fast Track referrals were recorded on two different systems during 2023/24 and are not reported "
          "centrally. Identifying them would mean checking each referral record by hand, which we estimate "
          "would take well over 18 hours. Under section 12 of the Act we are not obliged to comply with this "
          "part of your request."),
        P("<i>Question 11: Which ICB or ICBs are responsible for CHC for the residents of your area?</i>"),
        P("NHS North Central London ICB."),
        P("<b>Re-use and review</b>"),
        P("Most information we provide is subject to NHS copyright and may be re-used under the Open Government "
          "Licence. If you are unhappy with our response you may request an internal review within 40 working "
          "days; after that you may complain to the " + ICO + "."),
        P("Yours sincerely,<br/><br/>Freedom of Information Team<br/>NHS North Central London ICB"),
        PageBreak(),
        P("<b>Annex A \u2013 NHS Continuing Healthcare spend by borough, 2023/24</b>"),
        P("Spend is shown in \u00a3m and includes adults and children in receipt of CHC; NHS-funded nursing care "
          "is excluded. Figures are rounded to one decimal place."),
        Table([["Borough", "CHC spend 2023/24 (\u00a3m)", "CHC spend 2022/23 (\u00a3m)"],
               ["Barnet", "58.2", "53.9"], ["Camden", "36.9", "35.1"], ["Enfield", "44.8", "41.0"],
               ["Haringey", "40.3", "37.6"], ["Islington", "34.4", "32.2"], ["NCL total", "214.6", "199.8"]],
              colWidths=[40 * mm, 50 * mm, 50 * mm], repeatRows=1, style=tstyle),
    ]
    doc = SimpleDocTemplate(raw + "/h11_16.pdf", pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title="NCL FOI 24-0931")
    doc.build(story, canvasmaker=numbered_canvas("NCL FOI 24-0931", "NHS North Central London ICB"))
    return {
        "questionnaire": "chc_funding_split",
        "respondent": {"name": "NHS North Central London Integrated Care Board", "code": "QMJ"},
        "gold": {
            "respondent": "NHS North Central London Integrated Care Board",
            "foi_reference": "NCL FOI 24-0931",
            "response_date": "2024-09-17",
            "chc_eligible_count": 1785,
            "chc_as_at": "2024-03-31",
            "chc_fast_track_count": 341,
            "joint_packages_count": 242,
            "joint_funding_protocol": "yes",
            "protocol_copy_provided": True,
            "chc_tools": ["dst", "local_tool"],
            "chc_split_fixed": False,
            "chc_health_share_pct": {"state": "not_applicable"},
            "chc_disputes_procedure": "yes",
            "chc_disputes_count": 17,
            "icb_chc_spend_gbp": 214600000.0,
            "chc_spend_year": "2023/24",
            "la_joint_packages_spend_gbp": {"state": "not_held"},
            "chc_fast_track_referrals_count": {"state": "withheld"},
            "chc_icbs": ["NHS North Central London Integrated Care Board"],
            "exemptions": ["s12", "s43"],
        },
    }


DOCS = [h11_04, h11_07, h11_11, h11_16]
