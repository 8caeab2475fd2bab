"""NHS Continuing Healthcare - Funding Split: five responses (w16_06..w16_10)."""
from common import ICB, NA, NH, WH, SO, anyof, review_text

Q = {
    "1": "How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?",
    "2": "How many of these people were receiving CHC through the Fast Track Pathway?",
    "3": "How many joint funded packages (shared care between health and social care for people below the CHC "
         "threshold) were in place?",
    "4": "Is there a local joint funding or shared care protocol agreed between the ICB and the local authority?",
    "4a": "If so, please provide a copy of the protocol.",
    "5": "Which tool is used to decide CHC eligibility and the contributions to joint packages (for example the "
         "national Decision Support Tool or a local tool)?",
    "6": "Is the funding of joint packages split by a fixed percentage, or agreed case by case?",
    "6a": "If a fixed or typical percentage is used, what share of the cost does health pay?",
    "7": "Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint "
         "funding decisions?",
    "7a": "How many disputes were raised under the disputes procedure in 2023/24?",
    "8": "What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?",
    "9": "What was the local authority's annual contribution to joint funded packages in 2023/24?",
    "10": "How many Fast Track referrals were received in 2023/24?",
    "11": "Which ICB or ICBs are responsible for CHC for the residents of your area?",
}
ORDER = ["1", "2", "3", "4", "4a", "5", "6", "6a", "7", "7a", "8", "9", "10", "11"]

DOCS = []

# ---------------------------------------------------------------- w16_06 NENC ICB (docx, place table)
places = [("County Durham", 902, 211), ("Gateshead", 341, 77), ("Newcastle upon Tyne", 497, 118),
          ("North Cumbria", 288, 61), ("Sunderland", 436, 104), ("Other places (9 combined)", 1563, 370)]
tot_e = sum(p[1] for p in places)
tot_f = sum(p[2] for p in places)
assert (tot_e, tot_f) == (4027, 941)
tab6 = [["Place", "Eligible for CHC at 31/03/2024", "of which Fast Track"]]
tab6 += [[p, f"{e:,}", f"{f:,}"] for p, e, f in places]
tab6.append(["ICB total", f"{tot_e:,}", f"{tot_f:,}"])
b6 = [
    ("p", "Freedom of Information Request – Response", {"bold": True, "size": 14}),
    ("table", [["FOI reference", "NENC-FOI-24-3318"], ["Date received", "30 July 2024"],
               ["Date of response", "27 August 2024"]], {"header": False}),
    ("p", "Thank you for your request under the Freedom of Information Act 2000. NHS North East and North "
          "Cumbria Integrated Care Board (the ICB) can confirm that it holds most of the information requested."),
    ("p", "Questions 1 and 2", {"bold": True}),
    ("p", Q["1"] + "\n" + Q["2"], {"italic": True}),
    ("p", "The ICB records CHC eligibility by place. The figures at 31 March 2024 are:"),
    ("table", tab6, {"right_cols": [1, 2], "header_fill": "DEEAF6"}),
]
A6 = {
    "3": "1,318 joint packages were open at 31 March 2024.",
    "4": "Yes. Each of the thirteen local authorities in the ICB area has a joint funding protocol with the ICB, "
         "based on a regional template adopted in 2023.",
    "4a": "The individual place protocols are not held in a single document. A copy of the regional template is "
          "attached.",
    "5": "Eligibility is determined using the national Checklist and the Decision Support Tool (DST); the Fast "
         "Track Pathway Tool is used for people with a rapidly deteriorating condition. Contributions to joint "
         "packages are agreed at local joint panels.",
    "6": "There is no fixed percentage; contributions are agreed case by case.",
    "6a": "Not applicable – see question 6.",
    "7": "Yes. Each place follows the dispute resolution procedure set out in its local protocol.",
    "7a": "57",
    "8": "£487.9 million (2023/24).",
    "9": "This information is not held by the ICB. It may be available from the individual local authorities.",
    "10": "5,214",
    "11": "NHS North East and North Cumbria ICB is responsible for all residents registered with GP practices in "
          "its area.",
}
for k in ORDER[2:]:
    b6.append(("p", f"Question {k}", {"bold": True}))
    b6.append(("p", Q[k], {"italic": True}))
    b6.append(("p", A6[k]))
b6 += [("p", t) for t in review_text("the ICB", "necsu.icbfoi@nhs.net", days="two months")]
b6.append(("p", "Kind regards\nFreedom of Information Team\nNHS North East and North Cumbria ICB"))
DOCS.append(dict(
    stem="w16_06", fmt="docx", questionnaire="chc_funding_split",
    respondent=(ICB["QHM"], "QHM"),
    header=[("NHS", {"bold": True, "color": "005EB8", "size": 16}),
            ("North East and North Cumbria", {"bold": True, "color": "005EB8"}),
            ("Integrated Care Board", {"color": "005EB8"})],
    footer="NENC-FOI-24-3318", blocks=b6,
    gold={
        "respondent": ICB["QHM"],
        "foi_reference": "NENC-FOI-24-3318",
        "response_date": "2024-08-27",
        "chc_eligible_count": 4027,
        "chc_as_at": "2024-03-31",
        "chc_fast_track_count": 941,
        "joint_packages_count": 1318,
        "joint_funding_protocol": "yes",
        "protocol_copy_provided": True,
        "chc_tools": ["checklist", "dst", "fast_track_tool", "joint_panel"],
        "chc_split_fixed": False,
        "chc_health_share_pct": anyof(NA, SO),
        "chc_disputes_procedure": "yes",
        "chc_disputes_count": 57,
        "icb_chc_spend_gbp": 487900000.0,
        "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": NH,
        "chc_fast_track_referrals_count": 5214,
        "chc_icbs": [ICB["QHM"]],
        "exemptions": [],
    },
))

# ---------------------------------------------------------------- w16_07 Humber & N Yorks (PDF, Answer: labels)
A7 = {
    "1": "2,186 people were eligible on 31 March 2024.",
    "2": "Of these, 503 were Fast Track.",
    "3": "784",
    "4": "Yes for five of the six local authorities in our area; the protocol with the remaining authority is "
         "still being finalised.",
    "4a": "We are not able to provide copies at present. The protocols are being refreshed and will be published "
          "on the ICB website in early 2025. This information is therefore withheld under section 22 of the Act "
          "(information intended for future publication).",
    "5": "The national Checklist, the Decision Support Tool and the Fast Track Pathway Tool. For joint packages a "
         "time to task analysis informs the health contribution.",
    "6": "Case by case.",
    "6a": "There is no fixed share. Across all joint packages open in 2023/24 the typical health share was 38%.",
    "7": "Yes.",
    "7a": "Fewer than 5. We are withholding the exact number under section 40(2) as, combined with other "
          "information, it could identify the individuals concerned.",
    "8": None,
    "9": "Not held by the ICB.",
    "10": "2,977",
    "11": "NHS Humber and North Yorkshire ICB.",
}
b7 = [
    ("p", "NHS Humber and North Yorkshire Integrated Care Board", {"bold": True, "size": 13, "color": "005EB8"}),
    ("p", "Health House, Grange Park Lane, Willerby", {"size": 9}),
    ("p", "FOI reference: HNY ICB FOI 24-0742\nDate: 18 July 2024"),
    ("p", "Re: Freedom of Information request – NHS Continuing Healthcare and joint funding", {"bold": True}),
    ("p", "Your request has been processed under the Freedom of Information Act 2000. Our response to each of "
          "your questions follows."),
]
for k in ORDER:
    b7.append(("p", f"{k}. {Q[k]}", {"bold": True}))
    b7.append(("p", "Answer:", {"underline": True}))
    if k == "8":
        b7.append(("p", "ICB CHC expenditure (£000):"))
        b7.append(("table", [["Financial year", "£000"], ["2022/23", "248,905"], ["2023/24", "262,418"]],
                   {"right_cols": [1]}))
    else:
        b7.append(("p", A7[k]))
b7 += [("p", t, {"size": 9}) for t in review_text("the ICB", "hnyicb.foi@nhs.net", style=1)]
DOCS.append(dict(
    stem="w16_07", fmt="pdf", questionnaire="chc_funding_split",
    respondent=(ICB["QOQ"], "QOQ"), font="Arial", footer="HNY ICB FOI 24-0742 – OFFICIAL", blocks=b7,
    gold={
        "respondent": ICB["QOQ"],
        "foi_reference": "HNY ICB FOI 24-0742",
        "response_date": "2024-07-18",
        "chc_eligible_count": 2186,
        "chc_as_at": "2024-03-31",
        "chc_fast_track_count": 503,
        "joint_packages_count": 784,
        "joint_funding_protocol": anyof("yes", "partial"),
        "protocol_copy_provided": anyof(WH, False),
        "chc_tools": ["checklist", "dst", "fast_track_tool", "time_to_task"],
        "chc_split_fixed": False,
        "chc_health_share_pct": 38,
        "chc_disputes_procedure": "yes",
        "chc_disputes_count": WH,
        "icb_chc_spend_gbp": 262418000.0,
        "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": NH,
        "chc_fast_track_referrals_count": 2977,
        "chc_icbs": [ICB["QOQ"]],
        "exemptions": ["s22", "s40"],
    },
))

# ---------------------------------------------------------------- w16_08 Lancs & S Cumbria (reportlab grid)
A8 = {
    "1": "1,904 (as at 31/03/2024)",
    "2": "447",
    "3": "This information is not held centrally by the ICB. Joint packages are recorded on each local "
         "authority's own system.",
    "4": "Yes",
    "4a": "The protocol is published on our website at www.lancashireandsouthcumbria.icb.nhs.uk. Section 21 of "
          "the Act applies as the information is reasonably accessible to you.",
    "5": "National tools (Checklist / DST). A locally developed joint funding matrix is used for apportionment.",
    "6": "Fixed split: most joint packages are shared equally (50:50) unless the panel agrees otherwise.",
    "6a": "50%",
    "7": "Yes – the Pan-Lancashire and South Cumbria Disputes Resolution Procedure.",
    "7a": "12",
    "8": "£301.6m in 2023/24",
    "9": "Not held",
    "10": "3,340",
    "11": "NHS Lancashire and South Cumbria ICB",
}
DOCS.append(dict(
    stem="w16_08", fmt="rl", rl_kind="grid", questionnaire="chc_funding_split",
    respondent=(ICB["QE1"], "QE1"),
    rl=dict(
        org="NHS Lancashire and South Cumbria Integrated Care Board",
        org_sub="Information Governance  |  County Hall, Preston",
        title="Freedom of Information Response",
        meta=[("Reference", "LSC-FOI-2425-1190"), ("Date received", "13 December 2024"),
              ("Date of response", "14 January 2025"), ("Subject", "Continuing Healthcare – joint funding")],
        intro=["The ICB's responses to your questions are set out in the table below."],
        qa=[(k, Q[k], A8[k]) for k in ORDER],
        closing=review_text("the ICB", "lscicb.foi@nhs.net", style=2),
        footer="LSC-FOI-2425-1190",
    ),
    gold={
        "respondent": ICB["QE1"],
        "foi_reference": "LSC-FOI-2425-1190",
        "response_date": "2025-01-14",
        "chc_eligible_count": 1904,
        "chc_as_at": "2024-03-31",
        "chc_fast_track_count": 447,
        "joint_packages_count": NH,
        "joint_funding_protocol": "yes",
        "protocol_copy_provided": anyof(True, WH),
        "chc_tools": anyof(["checklist", "dst", "local_tool"], ["checklist", "dst", "local_tool", "joint_panel"]),
        "chc_split_fixed": True,
        "chc_health_share_pct": 50,
        "chc_disputes_procedure": "yes",
        "chc_disputes_count": 12,
        "icb_chc_spend_gbp": 301600000.0,
        "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": NH,
        "chc_fast_track_referrals_count": 3340,
        "chc_icbs": [ICB["QE1"]],
        "exemptions": ["s21"],
    },
))

# ---------------------------------------------------------------- w16_09 Greater Manchester (docx, web-log)
loc = [("Bolton", 322), ("Bury", 214), ("Heywood, Middleton and Rochdale", 287), ("Manchester", 611),
       ("Oldham", 268), ("Salford", 344), ("Stockport", 395), ("Tameside and Glossop", 296),
       ("Trafford", 281), ("Wigan", 493)]
assert sum(n for _, n in loc) == 3511
roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
GREY = "595959"
b9 = [
    ("p", "FOI 2024/0981", {"bold": True, "size": 15}),
    ("table", [["Reference", "FOI 2024/0981"], ["Description", "CHC eligibility and joint funding"],
               ["Date Requested", "02/09/2024"], ["Date Replied", "30/09/2024"],
               ["Category", "Continuing Health Care (CHC)"]], {"header": False, "header_fill": None}),
    ("p", "Request", {"bold": True}),
]
for k in ORDER:
    b9.append(("p", f"{k}. {Q[k]}"))
b9.append(("p", "Response", {"bold": True}))
b9.append(("p", "NHS Greater Manchester (NHS GM) comprises ten localities, each of which records CHC activity "
                "separately. Where figures are given by locality, the GM total is shown first."))
b9.append(("p", "1. " + Q["1"], {"bold": True}))
b9.append(("p", "GM total at 31 March 2024: 3,511 people. By locality:", {"italic": True, "color": GREY}))
for r, (n, c) in zip(roman, loc):
    b9.append(("p", f"{r}. {n} – {c}", {"italic": True, "color": GREY, "indent": 0.8}))
A9 = {
    "2": "1,020 of the people above were receiving CHC through the Fast Track Pathway.",
    "3": "1,167",
    "4": "There is no single GM-wide protocol. Joint funding is governed by arrangements in each locality, not "
         "all of which are formally documented; a GM-wide protocol is currently being drafted.",
    "4a": "Locality protocols are not held centrally by NHS GM and therefore cannot be provided.",
    "5": "(a) Eligibility: the NHS CHC Checklist and the Decision Support Tool.\n(b) Apportionment of joint "
         "packages: locality joint panels, some of which use a time to task approach.",
    "6": "There is no standard split across GM; contributions vary by package.",
    "6a": "N/A",
    "7": "Yes",
    "7a": "31",
    "8": "£455.2m (2023/24)",
    "9": "Not held – this information would be held by the ten local authorities.",
    "10": "Fast Track referrals are logged at locality level and are not collated. Compiling a GM figure would "
          "require a manual review of records in all ten localities, which we estimate would exceed the "
          "appropriate limit of 18 hours. We are therefore applying section 12 of the Act to this question.",
    "11": "NHS Greater Manchester Integrated Care Board.",
}
for k in ORDER[1:]:
    b9.append(("p", f"{k}. {Q[k]}", {"bold": True}))
    b9.append(("p", A9[k], {"italic": True, "color": GREY}))
b9 += [("p", t) for t in review_text("NHS GM", "gmicb-foi@nhs.net", style=1)]
DOCS.append(dict(
    stem="w16_09", fmt="docx", questionnaire="chc_funding_split",
    respondent=(ICB["QOP"], "QOP"), font="Verdana",
    header=["NHS Greater Manchester Integrated Care", "Freedom of Information disclosure log"],
    blocks=b9,
    gold={
        "respondent": ICB["QOP"],
        "foi_reference": "FOI 2024/0981",
        "response_date": "2024-09-30",
        "chc_eligible_count": 3511,
        "chc_as_at": "2024-03-31",
        "chc_fast_track_count": 1020,
        "joint_packages_count": 1167,
        "joint_funding_protocol": anyof("partial", "no"),
        "protocol_copy_provided": anyof(False, NH),
        "chc_tools": ["checklist", "dst", "joint_panel", "time_to_task"],
        "chc_split_fixed": False,
        "chc_health_share_pct": NA,
        "chc_disputes_procedure": "yes",
        "chc_disputes_count": 31,
        "icb_chc_spend_gbp": 455200000.0,
        "chc_spend_year": "2023/24",
        "la_joint_packages_spend_gbp": NH,
        "chc_fast_track_referrals_count": WH,
        "chc_icbs": [ICB["QOP"]],
        "exemptions": ["s12"],
    },
))

# ---------------------------------------------------------------- w16_10 Blackpool council (docx, 2-col table)
A10 = {
    "1": "The Council does not hold this information. CHC eligibility is determined and recorded by NHS Lancashire "
         "and South Cumbria ICB; you may wish to redirect this question to the ICB. (Under section 22 of the Care "
         "Act 2014 the Council may not provide care that the NHS is required to provide, so people found eligible "
         "for CHC are not recorded as Council-funded.)",
    "2": "Not held – please see the answer to question 1.",
    "3": "The Council contributes to 143 joint funded packages (as at 31 March 2024).",
    "4": "Yes – the Lancashire and South Cumbria Joint Funding Protocol (2022).",
    "4a": "A copy is attached.",
    "5": "CHC eligibility is assessed by the ICB using the national framework tools (the Checklist and the DST). "
         "The Council and the ICB agree the contribution to joint packages at the Blackpool Joint Funding Panel.",
    "6": "Contributions are agreed case by case.",
    "6a": "Not applicable.",
    "7": "Yes.",
    "7a": "9",
    "8": "Not held by the Council – please contact the ICB.",
    "9": "£2,918,404.55 (2023/24)",
    "10": "Not held by the Council.",
    "11": "NHS Lancashire and South Cumbria Integrated Care Board.",
}
rows10 = [["Question", "Response"]] + [[f"{k}. {Q[k]}", A10[k]] for k in ORDER]
b10 = [
    ("p", "Blackpool Council", {"bold": True, "size": 18, "color": "00539F"}),
    ("p", "Freedom of Information Act 2000 – Information Request BBC/FOI/6021", {"bold": True}),
    ("p", "Date: 20 June 2024"),
    ("p", "Dear Applicant,"),
    ("p", "Thank you for your request received on 23 May 2024 about NHS Continuing Healthcare and joint funded "
          "packages. Blackpool Council holds part of the information requested. Where the information is held by "
          "the ICB we have said so."),
    ("table", rows10, {"widths": [8, 9], "header_fill": "00539F"}),
]
b10 += [("p", t) for t in review_text("Blackpool Council", "foi@blackpool.gov.uk")]
b10.append(("p", "Corporate Information Governance\nBlackpool Council, Municipal Buildings"))
DOCS.append(dict(
    stem="w16_10", fmt="docx", questionnaire="chc_funding_split",
    respondent=("Blackpool Borough Council", "E06000009"), font="Arial", footer="BBC/FOI/6021", blocks=b10,
    gold={
        "respondent": "Blackpool Borough Council",
        "foi_reference": "BBC/FOI/6021",
        "response_date": "2024-06-20",
        "chc_eligible_count": NH,
        "chc_as_at": None,
        "chc_fast_track_count": NH,
        "joint_packages_count": 143,
        "joint_funding_protocol": "yes",
        "protocol_copy_provided": True,
        "chc_tools": ["checklist", "dst", "joint_panel"],
        "chc_split_fixed": False,
        "chc_health_share_pct": NA,
        "chc_disputes_procedure": "yes",
        "chc_disputes_count": 9,
        "icb_chc_spend_gbp": NH,
        "la_joint_packages_spend_gbp": 2918404.55,
        "chc_fast_track_referrals_count": NH,
        "chc_icbs": [ICB["QE1"]],
        "exemptions": [],
    },
))
