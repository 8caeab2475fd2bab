"""Shared helpers and question wordings for the heldout6 set (written blind)."""
import json, os, subprocess, shutil, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")
GOLD = os.path.join(HERE, "gold")

ASC_Q = [
    ("1", "Please provide the contact details for the DASS in your local authority."),
    ("2", "Please provide the contact details for the portfolio holder for Adult Social Care (if applicable)."),
    ("3", "Who provides your main operational system for Case Management?"),
    ("4", "How many current care packages per week does the local authority contribute some or all of the cost towards?"),
    ("5", "What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?"),
    ("6", "How many of these current care packages are jointly funded with an ICB (both those under s.117 of the Mental Health Act and those funding under the Care Act because they do not meet CHC eligibility)?"),
    ("7", "What is the Annual cost of care provided by ICBs for these cases?"),
    ("8", "Which ICBs cover the Local Authority Area?"),
    ("9", "Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?"),
    ("10", "Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?"),
    ("11", "Please provide a copy of it."),
    ("12", "Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?"),
]

CHC_Q = [
    ("1", "How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?"),
    ("2", "How many of these people were receiving CHC through the Fast Track Pathway?"),
    ("3", "How many joint funded packages (shared care between health and social care for people below the CHC threshold) were in place?"),
    ("4", "Is there a local joint funding or shared care protocol agreed between the ICB and the local authority?"),
    ("4a", "If so, please provide a copy of the protocol."),
    ("5", "Which tool is used to decide CHC eligibility and the contributions to joint packages (for example the national Decision Support Tool or a local tool)?"),
    ("6", "Is the funding of joint packages split by a fixed percentage, or agreed case by case?"),
    ("6a", "If a fixed or typical percentage is used, what share of the cost does health pay?"),
    ("7", "Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint funding decisions?"),
    ("7a", "How many disputes were raised under the disputes procedure in 2023/24?"),
    ("8", "What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?"),
    ("9", "What was the local authority's annual contribution to joint funded packages in 2023/24?"),
    ("10", "How many Fast Track referrals were received in 2023/24?"),
    ("11", "Which ICB or ICBs are responsible for CHC for the residents of your area?"),
]

CSC_Q = [
    ("1", "Do you have a joint commissioning framework for externally commissioned placements for children?"),
    ("1a", "If yes, does this joint commissioning framework include partners from health (eg CCG or new ICBs)?"),
    ("1b", "Please share the terms of reference (ToR) or joint agreement, if health are included."),
    ("2", "Do health (eg CCG/ICB) joint fund externally commissioned placements (eg residential, therapeutic foster care, SEND, semi-independent provision)?"),
    ("2a", "If yes, what are the terms (please share a ToR or agreement)?"),
    ("2b", "If yes, how is that funding split for the following (e.g. a shared percentage cost)?"),
    ("3", "Do any other partners contribute (over and above children's social care and health/CCG)?"),
    ("3a", "If yes, who and on what terms?"),
    ("4", "Is the criteria in the continuing care funding model used as a methodology for split funding?"),
    ("4b", "If yes, is this the only criteria health use to determine funding?"),
    ("5", "What was your Council yearly spend on external placements?"),
    ("5a", "What element of that was funded by health?"),
    ("5b", "What element of that was funded by education?"),
    ("5c", "What element of that was funded by other?"),
    ("6", "Have you involved children or parents in your joint commissioning process?"),
    ("7", "Do you refer to any models of practice in your commissioning framework or joint funding framework?"),
    ("7a", "If yes, please share this?"),
    ("8", "Do you have any other comments?"),
]

S117_Q = [
    ("1", "How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?"),
    ("2", "How many of these people have their section 117 aftercare jointly funded with the ICB?"),
    ("3", "Does the local authority have an agreed section 117 joint policy or protocol with the ICB?"),
    ("3a", "If so, please provide a copy of the section 117 policy or protocol."),
    ("4", "How is the cost of section 117 aftercare split between the local authority and the ICB, for example a fixed percentage such as 50/50, case by case, or agreed at a panel?"),
    ("4a", "Where a percentage split is used, what percentage of the cost does the ICB pay?"),
    ("5", "What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?"),
    ("6", "What was the ICB's spend on section 117 aftercare for people in your area in the same year?"),
    ("7", "Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?"),
    ("8", "Which ICB is the lead ICB for section 117 aftercare in your area?"),
    ("9", "Do you keep a joint register with the ICB of people entitled to section 117 aftercare?"),
    ("10", "How many people were discharged from section 117 aftercare in 2023/24?"),
    ("11", "Is there an agreed process for resolving disputes with the ICB about section 117 funding?"),
    ("12", "Please provide the name and contact details of the officer responsible for section 117 aftercare."),
]

QS = {"asc_joint_funding": ASC_Q, "chc_funding_split": CHC_Q,
      "csc_joint_commissioning": CSC_Q, "s117_aftercare": S117_Q}

S12_TEXT = ("Section 12 of the Freedom of Information Act 2000 allows a public authority to refuse a "
            "request where the cost of complying would exceed the appropriate limit. For local "
            "government the limit is set at £450, which equates to 18 hours of officer time at the "
            "statutory rate of £25 per hour. To answer this part we would need to locate, retrieve and "
            "read each individual record, which we estimate would take well over 18 hours.")
S12_NHS = ("Under section 12 of the Freedom of Information Act an NHS body is not obliged to comply "
           "where the estimated cost of locating, retrieving and extracting the information would "
           "exceed the appropriate limit of £450 (18 hours at £25 per hour).")
REVIEW_COUNCIL = ("If you are dissatisfied with the handling of your request you may ask for an internal "
                  "review. Please write to us within 40 working days of the date of this response. If you "
                  "remain dissatisfied after the review you may complain to the Information Commissioner's "
                  "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).")
REVIEW_NHS = ("If you are unhappy with the way your request has been handled you have the right to request "
              "an internal review within two months of receiving this response. Should you still be "
              "dissatisfied after the outcome of the review, you can refer the matter to the Information "
              "Commissioner's Office (ICO), whose website www.ico.org.uk explains how to make a complaint.")

ICB = {
    "QOP": "NHS Greater Manchester Integrated Care Board",
    "QJ2": "NHS Derby and Derbyshire Integrated Care Board",
    "QHM": "NHS North East and North Cumbria Integrated Care Board",
    "QUA": "NHS Black Country Integrated Care Board",
    "QE1": "NHS Lancashire and South Cumbria Integrated Care Board",
    "QNC": "NHS Staffordshire and Stoke-on-Trent Integrated Care Board",
    "QK1": "NHS Leicester, Leicestershire and Rutland Integrated Care Board",
    "QF7": "NHS South Yorkshire Integrated Care Board",
    "QOQ": "NHS Humber and North Yorkshire Integrated Care Board",
    "QYG": "NHS Cheshire and Merseyside Integrated Care Board",
}

NA = {"state": "not_applicable"}
NH = {"state": "not_held"}
WH = {"state": "withheld"}
SO = {"state": "see_other"}


def anyof(*xs):
    return {"any_of": list(xs)}


def no_empty_alternatives(value):
    """SPEC gold: null or [] is never one alternative of any_of ("write null on its own").
    "X or nothing" is written X; "nothing either way" is null."""
    if isinstance(value, dict) and "any_of" in value:
        alts = [a for a in value["any_of"] if a is not None and a != []]
        return None if not alts else alts[0] if len(alts) == 1 else {"any_of": alts}
    return value


def write_gold(stem, ext, questionnaire, name, code, gold):
    os.makedirs(GOLD, exist_ok=True)
    d = {"source_file": f"{stem}.{ext}", "questionnaire": questionnaire,
         "respondent": {"name": name, "code": code},
         "gold": {k: no_empty_alternatives(v) for k, v in dict({"respondent": name}, **gold).items()}}
    with open(os.path.join(GOLD, f"{stem}.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, indent=2, ensure_ascii=False)
        f.write("\n")


def soffice_pdf(docx_path, out_pdf):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                    "--convert-to", "pdf", "--outdir", tmp, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(docx_path))[0]
    shutil.move(os.path.join(tmp, base + ".pdf"), out_pdf)
    shutil.rmtree(tmp, ignore_errors=True)


def chromium_pdf(html_path, out_pdf):
    tmp = tempfile.mkdtemp()
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    f"--user-data-dir={tmp}", "--no-pdf-header-footer",
                    f"--print-to-pdf={out_pdf}", "file://" + html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(tmp, ignore_errors=True)
