"""Disclosure-log web pages (h11_03, h11_08, h11_12) and a web page printed to PDF (h11_06)."""
import html
import os
import tempfile

from common import chromium_to_pdf

CSS = """
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222;line-height:1.45}
header{background:%(c)s;color:#fff;padding:14px 28px}
header a{color:#fff;text-decoration:none;margin-right:18px;font-size:14px}
header .site{font-size:22px;font-weight:bold;display:block;margin-bottom:8px}
.breadcrumb{font-size:13px;padding:8px 28px;background:#f1f1f1}
main{padding:10px 28px 30px;max-width:900px}
table.meta{border-collapse:collapse;margin:12px 0 18px}
table.meta th,table.meta td{border:1px solid #bbb;padding:6px 10px;text-align:left;font-size:14px}
table.qa{border-collapse:collapse;width:100%%}
table.qa th,table.qa td{border:1px solid #999;padding:6px 8px;vertical-align:top;font-size:14px}
table.qa th{background:#e8e8e8}
footer{font-size:12px;color:#555;border-top:1px solid #ccc;padding:12px 28px}
"""


def page(title, site, colour, nav, crumbs, content, footer):
    navh = "".join('<a href="%s">%s</a>' % (h, html.escape(t)) for t, h in nav)
    cr = " &gt; ".join('<a href="#">%s</a>' % html.escape(c) for c in crumbs[:-1]) + " &gt; " + html.escape(crumbs[-1])
    return """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>%s | %s</title>
<style>%s</style>
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header><span class="site">%s</span><nav>%s</nav></header>
<div class="breadcrumb">%s</div>
<main id="main">
%s
</main>
<footer>%s</footer>
</body>
</html>
""" % (html.escape(title), html.escape(site), CSS % {"c": colour}, html.escape(site), navh, cr, content, footer)


def meta_table(ref, date, cat):
    return ('<table class="meta"><tr><th>Reference</th><td>%s</td></tr><tr><th>Date</th><td>%s</td></tr>'
            '<tr><th>Category</th><td>%s</td></tr></table>' % (ref, date, cat))


ASC_Q = [
    "Please provide the contact details for the DASS in your local authority.",
    "Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).",
    "Who provides your main operational system for Case Management?",
    "How many current care packages per week does the local authority contribute some or all of the cost towards?",
    "What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?",
    "How many of these current care packages are jointly funded with an ICB (both those under s.117 of the Mental "
    "Health Act and those funding under the Care Act because they do not meet CHC eligibility)?",
    "What is the Annual cost of care provided by ICBs for these cases?",
    "Which ICBs cover the Local Authority Area?",
    "Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?",
    "Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?",
    "Please provide a copy of it.",
    "Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?",
]


# --------------------------------------------------------------------------------------------
def h11_03(raw):
    ans = [
        "Marcus Oyelaran-Pike, Executive Director of People (Adults). E-mail: adult.social.care@slough.gov.uk",
        "Cllr Rebecca Hinds-Amara, Lead Member for Adult Social Care and Health",
        "We use Liquid Logic LAS for case management and ContrOCC for finance. Both are provided by System C.",
        "1,742 people (snapshot taken 1 December 2023)",
        "£58.9m gross expenditure on long-term care in 2022/23",
        "216",
        "£4.27m in 2022/23",
        "NHS Frimley ICB",
        "Yes, NHS Frimley ICB",
        None,
        "Q10 and Q11: Yes. The joint funding policy is published on the Frimley ICB website: "
        '<a href="https://www.frimleyhealthandcare.org.uk/media/joint-funding-policy.pdf">Joint Funding Policy '
        "(PDF)</a>.",
        "No, there is no tool. Each case is discussed between the allocated social worker and the ICB's CHC nurse "
        "assessor, and a split is agreed for that individual.",
    ]
    rows = ['<tr><td>%d. %s</td><td>%s</td></tr>' % (i, html.escape(ASC_Q[i - 1]), html.escape(ans[i - 1]))
            for i in range(1, 10)]
    rows.append('<tr><td>10. %s<br><br>11. %s</td><td>%s</td></tr>' % (html.escape(ASC_Q[9]), html.escape(ASC_Q[10]), ans[10]))
    rows.append('<tr><td>12. %s</td><td>%s</td></tr>' % (html.escape(ASC_Q[11]), html.escape(ans[11])))
    content = """
<h1>Adult social care joint funding</h1>
%s
<h2>Request</h2>
<p>I am writing to request information under the Freedom of Information Act about adult social care packages
jointly funded with the NHS. My questions are set out in the table below.</p>
<h2>Response</h2>
<p>The Council's response to each question is given in the table.</p>
<table class="qa">
<tr><th>Question</th><th>Response</th></tr>
%s
</table>
<p>If you are unhappy with the way your request was handled you can ask for an internal review within 40 working
days. You can also contact the Information Commissioner's Office at Wycliffe House, Water Lane, Wilmslow,
Cheshire SK9 5AF.</p>
<p><a href="/foi-disclosure-log">Back to the disclosure log</a></p>
""" % (meta_table("FOI-SBC-2023-1184", "22 December 2023", "Adult social care"), "\n".join(rows))
    doc = page("Adult social care joint funding", "Slough Borough Council", "#00594f",
               [("Home", "/"), ("Council and democracy", "/council"), ("Adult social care", "/adults"),
                ("Contact us", "/contact")],
               ["Home", "Council and democracy", "Freedom of information", "Disclosure log",
                "Adult social care joint funding"], content,
               "Page last updated: 8 January 2024 &middot; &copy; Slough Borough Council, Observatory House, "
               "25 Windsor Road, Slough SL1 2EL &middot; <a href='/privacy'>Privacy</a> &middot; "
               "<a href='/accessibility'>Accessibility</a>")
    with open(raw + "/h11_03.html", "w", encoding="utf-8") as fh:
        fh.write(doc)
    return {
        "questionnaire": "asc_joint_funding",
        "respondent": {"name": "Slough Borough Council", "code": "E06000039"},
        "gold": {
            "respondent": "Slough Borough Council",
            "foi_reference": "FOI-SBC-2023-1184",
            "response_date": "2023-12-22",
            "dass_name": "Marcus Oyelaran-Pike",
            "dass_email": "adult.social.care@slough.gov.uk",
            "dass_phone": None,
            "portfolio_holder_name": "Rebecca Hinds-Amara",
            "case_management_system": "Liquidlogic Adults' Social Care System",
            "case_management_supplier": "System C",
            "care_packages_count": 1742,
            "care_packages_as_at": "2023-12-01",
            "la_annual_cost_gbp": 58900000.0,
            "la_cost_basis": "gross",
            "cost_year": "2022/23",
            "jointly_funded_packages_count": 216,
            "icb_annual_cost_gbp": 4270000.0,
            "icb_weekly_cost_gbp": None,
            "icbs_covering": ["NHS Frimley Integrated Care Board"],
            "main_icb": "NHS Frimley Integrated Care Board",
            "joint_funding_policy": "yes",
            "policy_copy_provided": True,
            "joint_funding_tool": {"any_of": ["partial", "no"]},
            "joint_funding_methods": ["case_by_case"],
            "exemptions": [],
        },
    }


# --------------------------------------------------------------------------------------------
CSC_Q = [
    ("1", "Do you have a joint commissioning framework for externally commissioned placements for children?"),
    ("1a", "If yes, does this joint commissioning framework include partners from 'health' (eg, CCG or new ICBs)?"),
    ("1b", "Please share the terms of reference (ToR) or joint agreement, if health are included"),
    ("2", "Do 'health' eg CCG/ICB, joint fund externally commissioned placements (eg, residential, therapeutic "
          "foster care, SEND, semi-independent provision)?"),
    ("2a", "If yes, what are the terms (please share a ToR or agreement)?"),
    ("2b", "If yes, how is that funding split for the following: (e.g. a shared percentage cost) - residential, "
           "therapeutic foster care, SEND provision, semi-independent provision"),
    ("3", "Do any other partners contribute (over and above children's social care and health/CCG)?"),
    ("3a", "If yes, who and on what terms?"),
    ("4", "Is the criteria in the 'continuing care funding' model used as a methodology for split funding?"),
    ("4b", "If yes, is this the only criteria 'health' use to determine funding?"),
    ("5", "What was your Council %s yearly spend on external placements?"),
    ("5a", "What element of that was funded by health?"),
    ("5b", "What element of that was funded by education?"),
    ("5c", "What element of that was funded by 'other'?"),
    ("6", "Have you involved children or parents in your joint commissioning process?"),
    ("7", "Do you refer to any models of practice in your commissioning framework or joint funding framework?"),
    ("7a", "If yes, please share this?"),
    ("8", "Do you have any other comments?"),
]


def h11_06(raw):
    ans = {
        "1": "No. Placements are commissioned through the North East Regional Children's Framework, which is a "
             "procurement framework with providers and is not a joint framework with health.",
        "1a": "N/A", "1b": "N/A",
        "2": "Yes, on a case-by-case basis where the child meets the continuing care criteria.",
        "2a": "Funding is agreed at the Tees Valley Complex Case Panel. The panel's terms of reference are "
              "published on the Tees Valley safeguarding partnership website at "
              "https://www.teescpp.org.uk/complex-case-panel-terms-of-reference/ and are therefore exempt under "
              "section 21 of the Freedom of Information Act (information reasonably accessible by other means).",
        "2b": "There is no set percentage. The ICB meets the cost of the health element identified at panel for "
              "each child, whatever the type of placement.",
        "3": "No.", "3a": "N/A",
        "4": "Yes.",
        "4b": "Yes, the continuing care criteria are the only basis the ICB uses.",
        "5": "£14,862,307",
        "5a": "£402,180 (2.7%)",
        "5b": "Not held. Education costs for these placements are met from the Dedicated Schools Grant and are "
              "not recorded separately against each placement.",
        "5c": "£0",
        "6": "Yes, through the Children in Care Council and the Redcar and Cleveland Parent Carer Forum.",
        "7": "No.", "7a": "N/A", "8": "None.",
    }
    items = []
    for n, q in CSC_Q:
        if n == "5":
            q = q % "2021/22"
        items.append('<p class="q"><strong>Q%s %s</strong><br>Response: %s</p>' % (n, html.escape(q), html.escape(ans[n])))
    content = """
<h1>Freedom of Information response FOI-RC-4418</h1>
<p class="date">Date of response: 15 August 2023</p>
<h2>Joint commissioning of children's external placements</h2>
<p>You asked for information about joint commissioning and funding of external placements with health. Your
questions and our responses are below.</p>
%s
<h2>Further information</h2>
<p>If you are not satisfied with this response you may ask for an internal review by contacting the Information
Governance Team within 40 working days. If you remain dissatisfied you can refer the matter to the Information
Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.</p>
<p>Information Governance Team, Redcar and Cleveland Borough Council, Redcar and Cleveland House, Kirkleatham
Street, Redcar TS10 1RT</p>
""" % "\n".join(items)
    doc = page("FOI-RC-4418", "Redcar & Cleveland Borough Council", "#6b1d5c",
               [("Home", "/"), ("Children and families", "/children"), ("Your council", "/council"),
                ("Contact", "/contact")],
               ["Home", "Your council", "Freedom of information", "FOI-RC-4418"], content,
               "&copy; Redcar and Cleveland Borough Council")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "FOI-RC-4418.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(doc)
        chromium_to_pdf(src, raw + "/h11_06.pdf")
    return {
        "questionnaire": "csc_joint_commissioning",
        "respondent": {"name": "Redcar and Cleveland Borough Council", "code": "E06000003"},
        "gold": {
            "respondent": "Redcar and Cleveland Borough Council",
            "foi_reference": "FOI-RC-4418",
            "response_date": "2023-08-15",
            "joint_commissioning_framework": "no",
            "framework_includes_health": {"state": "not_applicable"},
            "framework_tor_provided": {"any_of": [{"state": "not_applicable"}, False]},
            "health_joint_funds_placements": {"any_of": ["case_by_case", "yes"]},
            "fixed_percentage_split": False,
            "other_partners_contribute": "no",
            "other_partners": [],
            "continuing_care_model_used": "yes",
            "continuing_care_only_criteria": "yes",
            "other_health_tools": [],
            "external_placements_spend_gbp": 14862307.0,
            "spend_year": "2021/22",
            "health_share_gbp": 402180.0,
            "health_share_pct": 2.7,
            "education_share_gbp": {"state": "not_held"},
            "education_share_pct": {"any_of": [{"state": "not_held"}, None]},
            "other_share_gbp": 0.0,
            "other_share_pct": None,
            "children_parents_involved": "yes",
            "models_of_practice": "no",
            "exemptions": ["s21"],
        },
    }


# --------------------------------------------------------------------------------------------
def h11_08(raw):
    ans = {
        "1": "We are part of joint commissioning arrangements for East Berkshire with Slough and Bracknell Forest. "
             "A formal joint commissioning framework is in draft and is expected to be agreed later this year.",
        "1a": "Yes. NHS Frimley ICB attends the East Berkshire joint commissioning group.",
        "1b": "The draft terms of reference have not yet been agreed by the partners, so we are unable to share them "
              "at this stage.",
        "2": "Yes.",
        "2a": "The ICB contributes where a child has assessed health needs, agreed at the Resource Allocation Panel.",
        "2b": "No fixed split is used. The health contribution is agreed case by case for each placement type.",
        "3": "No. Education costs are met from the High Needs Block, which is internal to the Royal Borough.",
        "3a": "Not applicable.",
        "4": "No.",
        "4b": "Not applicable.",
        "5": "£9.64m",
        "5a": "£0.61m",
        "5b": "£1.2m",
        "5c": "£0",
        "6": "No.",
        "7": "No.",
        "7a": "Not applicable.",
        "8": "No.",
    }
    req = "\n".join("<li>%s</li>" % html.escape(q % "2022/23" if n == "5" else q) for n, q in CSC_Q if len(n) == 1)
    sub = {}
    for n, q in CSC_Q:
        sub.setdefault(n[0], []).append((n, q))
    blocks = []
    for k in sorted(sub):
        lis = []
        for n, q in sub[k]:
            q = q % "2022/23" if n == "5" else q
            lis.append("<li><strong>%s</strong><br>Reply: %s</li>" % (html.escape(q), html.escape(ans[n])))
        blocks.append("<ol>\n%s\n</ol>" % "\n".join(lis))
    content = """
<h1>FOI request: Children's external placements and joint commissioning</h1>
%s
<h2>Request</h2>
<ol>
%s
</ol>
<h2>Response</h2>
<p>The Royal Borough's children's services are delivered by Achieving for Children on behalf of the Council. Our
replies are set out below.</p>
%s
<p>If you are dissatisfied with this response you can ask for an internal review. You also have the right to
complain to the Information Commissioner's Office (ico.org.uk).</p>
""" % (meta_table("RBWM/FOI/24/00193", "6 March 2024", "Children's services"), req, "\n".join(blocks))
    doc = page("Children's external placements and joint commissioning", "Royal Borough of Windsor and Maidenhead",
               "#1d3a6b",
               [("Home", "/"), ("Council and democracy", "/council"), ("Children and families", "/children"),
                ("Contact us", "/contact")],
               ["Home", "Council and democracy", "Freedom of information", "Disclosure log",
                "Children's external placements"], content,
               "Royal Borough of Windsor and Maidenhead, Town Hall, St Ives Road, Maidenhead SL6 1RF")
    with open(raw + "/h11_08.html", "w", encoding="utf-8") as fh:
        fh.write(doc)
    return {
        "questionnaire": "csc_joint_commissioning",
        "respondent": {"name": "Royal Borough of Windsor and Maidenhead", "code": "E06000040"},
        "gold": {
            "respondent": "Royal Borough of Windsor and Maidenhead",
            "foi_reference": "RBWM/FOI/24/00193",
            "response_date": "2024-03-06",
            "joint_commissioning_framework": "partial",
            "framework_includes_health": "yes",
            "framework_tor_provided": False,
            "health_joint_funds_placements": "yes",
            "fixed_percentage_split": False,
            "other_partners_contribute": "no",
            "other_partners": {"any_of": [[], ["Education"]]},
            "continuing_care_model_used": "no",
            "continuing_care_only_criteria": {"state": "not_applicable"},
            "other_health_tools": {"any_of": [{"state": "not_applicable"}, []]},
            "external_placements_spend_gbp": 9640000.0,
            "spend_year": "2022/23",
            "health_share_gbp": 610000.0,
            "health_share_pct": None,
            "education_share_gbp": 1200000.0,
            "education_share_pct": None,
            "other_share_gbp": 0.0,
            "other_share_pct": None,
            "children_parents_involved": "no",
            "models_of_practice": "no",
            "exemptions": [],
        },
    }


# --------------------------------------------------------------------------------------------
S117_Q = [
    "How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?",
    "How many of these people have their section 117 aftercare jointly funded with the ICB?",
    "Does the local authority have an agreed section 117 joint policy or protocol with the ICB? If so, please provide a copy of the section 117 policy or protocol.",
    "How is the cost of section 117 aftercare split between the local authority and the ICB, for example a fixed percentage such as 50/50, case by case, or agreed at a panel? Where a percentage split is used, what percentage of the cost does the ICB pay?",
    "What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?",
    "What was the ICB's spend on section 117 aftercare for people in your area in the same year?",
    "Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?",
    "Which ICB is the lead ICB for section 117 aftercare in your area?",
    "Do you keep a joint register with the ICB of people entitled to section 117 aftercare?",
    "How many people were discharged from section 117 aftercare in 2023/24?",
    "Is there an agreed process for resolving disputes with the ICB about section 117 funding?",
    "Please provide the name and contact details of the officer responsible for section 117 aftercare.",
]


def h11_12(raw):
    ans = [
        "As at 31 March 2024, 498 people were receiving section 117 aftercare funded wholly or partly by the Council.",
        "The Council's case management system does not record which section 117 packages receive a contribution "
        "from the ICB. Identifying them would require a manual check of each of the 498 case files against "
        "payment records, which we estimate would take more than 40 hours. This exceeds the appropriate limit of "
        "18 hours, so we are relying on section 12 of the Freedom of Information Act for this question.",
        "Yes, the Northamptonshire Section 117 Joint Policy (2023), agreed with the ICB and West Northamptonshire "
        "Council. A copy is attached to this response.",
        "Where a package is jointly funded the default split is 50:50 between the Council and the ICB. Where a "
        "person's needs are predominantly health needs, a different split can be agreed at the Joint Funding "
        "Panel. The ICB therefore usually pays 50%.",
        "£13.47m (2023/24).",
        "£5,118,000.",
        "Yes. The joint policy was reviewed and re-issued in October 2024.",
        "NHS Northamptonshire ICB.",
        "Yes.",
        "61.",
        "Yes, the escalation and disputes process is set out in section 10 of the joint policy.",
        "Jasmine Okwu-Reilly, Mental Health Commissioning Lead. E-mail: s117.enquiries@northnorthants.gov.uk",
    ]
    items = "\n".join("<h3>Question %d - %s</h3>\n<p><strong>Our response:</strong> %s</p>" % (i, html.escape(q), html.escape(a))
                      for i, (q, a) in enumerate(zip(S117_Q, ans), 1))
    content = """
<h1>Section 117 aftercare funding</h1>
%s
<p>Thank you for your request for information. Please find the Council's response below.</p>
%s
<h2>Your rights</h2>
<p>If you are unhappy with this response you may request an internal review within 40 working days of the date of
this response. If you remain dissatisfied after the review you can complain to the Information Commissioner's Office,
Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.</p>
<p>You may re-use this information under the Open Government Licence.</p>
""" % (meta_table("NNC-FOI-2025-0388", "14 February 2025", "Adult social care"), items)
    doc = page("Section 117 aftercare funding", "North Northamptonshire Council", "#003d6b",
               [("Home", "/"), ("Adult social care", "/adult-social-care"), ("Your council", "/your-council"),
                ("Contact us", "/contact-us")],
               ["Home", "Your council", "Freedom of information", "Disclosure log", "Section 117 aftercare funding"],
               content,
               "North Northamptonshire Council, Sheerness House, 41 Meadow Road, Kettering NN16 8TL &middot; "
               "Published on the disclosure log 3 March 2025")
    with open(raw + "/h11_12.html", "w", encoding="utf-8") as fh:
        fh.write(doc)
    return {
        "questionnaire": "s117_aftercare",
        "respondent": {"name": "North Northamptonshire Council", "code": "E06000061"},
        "gold": {
            "respondent": "North Northamptonshire Council",
            "foi_reference": "NNC-FOI-2025-0388",
            "response_date": "2025-02-14",
            "s117_people_count": 498,
            "s117_as_at": "2024-03-31",
            "s117_jointly_funded_count": {"state": "withheld"},
            "s117_joint_policy": "yes",
            "s117_policy_copy_provided": True,
            "s117_split_basis": {"any_of": ["fixed_percentage", "case_by_case"]},
            "s117_split_methods": {"any_of": [["fixed_split", "joint_panel"], ["fixed_split", "joint_panel", "case_by_case"]]},
            "s117_icb_share_pct": 50,
            "la_s117_spend_gbp": 13470000.0,
            "s117_spend_year": "2023/24",
            "icb_s117_spend_gbp": 5118000.0,
            "s117_policy_reviewed": "yes",
            "s117_lead_icb": "NHS Northamptonshire Integrated Care Board",
            "s117_joint_register": "yes",
            "s117_discharged_count": 61,
            "s117_disputes_process": "yes",
            "s117_contact_name": "Jasmine Okwu-Reilly",
            "s117_contact_email": "s117.enquiries@northnorthants.gov.uk",
            "s117_contact_phone": None,
            "exemptions": ["s12"],
        },
    }


DOCS = [h11_03, h11_06, h11_08, h11_12]
