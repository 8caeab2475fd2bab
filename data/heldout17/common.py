"""Shared helpers for heldout17 (deterministic e-mail building)."""
import io, zipfile, datetime
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.charset import Charset, QP
from email.utils import format_datetime
from email import policy
from email.generator import BytesGenerator

UTF8QP = Charset('utf-8'); UTF8QP.body_encoding = QP
TZ = datetime.timezone(datetime.timedelta(hours=0))
BST = datetime.timezone(datetime.timedelta(hours=1))


def dt(y, mo, d, h=10, mi=0, tz=None):
    if tz is None:
        tz = BST if 4 <= mo <= 10 else TZ
    return datetime.datetime(y, mo, d, h, mi, 0, tzinfo=tz)


def text(s):
    return MIMEText(s, 'plain', UTF8QP)


def html(s):
    return MIMEText(s, 'html', UTF8QP)


def alt(plain, htm, boundary):
    m = MIMEMultipart('alternative', boundary=boundary)
    m.attach(text(plain)); m.attach(html(htm))
    return m


def mixed(parts, boundary):
    m = MIMEMultipart('mixed', boundary=boundary)
    for p in parts:
        m.attach(p)
    return m


def attachment(data, filename, subtype):
    a = MIMEApplication(data, _subtype=subtype)
    a.add_header('Content-Disposition', 'attachment', filename=filename)
    return a


def headers(m, frm, to, subject, date, mid, in_reply=None, extra=()):
    m['From'] = frm
    m['To'] = to
    m['Subject'] = subject
    m['Date'] = format_datetime(date)
    m['Message-ID'] = mid
    if in_reply:
        m['In-Reply-To'] = in_reply
        m['References'] = in_reply
    m['MIME-Version'] = '1.0' if 'MIME-Version' not in m else m['MIME-Version']
    for k, v in extra:
        m[k] = v
    return m


def to_bytes(m):
    buf = io.BytesIO()
    BytesGenerator(buf, policy=policy.SMTP, mangle_from_=False).flatten(m)
    return buf.getvalue()


def fix_zip(data):
    """Rewrite a zip (docx) with fixed timestamps so builds are byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_bytes(build):
    """build(doc) fills a python-docx Document; returns deterministic bytes."""
    import docx
    d = docx.Document()
    cp = d.core_properties
    fixed = datetime.datetime(2024, 1, 1, 9, 0, 0)
    cp.created = fixed; cp.modified = fixed; cp.last_printed = fixed
    cp.author = 'Information Governance'; cp.last_modified_by = 'Information Governance'
    cp.revision = 1
    build(d)
    buf = io.BytesIO(); d.save(buf)
    return fix_zip(buf.getvalue())


def pdf_bytes(build, title='Document'):
    """build(story, styles) appends reportlab flowables; returns deterministic bytes."""
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.lib.styles import getSampleStyleSheet
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=title, author='', creator='',
                            leftMargin=56, rightMargin=56, topMargin=56, bottomMargin=56)
    styles = getSampleStyleSheet()
    story = []
    build(story, styles)
    doc.build(story)
    return buf.getvalue()


def wdtk_footer(reqaddr, bodymail, bodyname):
    return (
        "-------------------------------------------------------------------\n"
        "Please use this email address for all replies to this request:\n"
        f"{reqaddr}\n\n"
        f"Is {bodymail} the wrong address for Freedom of Information requests to\n"
        f"{bodyname}? If so, please contact us using this form:\n"
        "https://www.whatdotheyknow.com/change_request/new\n\n"
        "Disclaimer: This message and any reply that you make will be published\n"
        "on the internet. Our privacy and copyright policies:\n"
        "https://www.whatdotheyknow.com/help/officers\n\n"
        "If you find this service useful as an FOI officer, please ask your web\n"
        "manager to link to us from your organisation's FOI page.\n"
        "-------------------------------------------------------------------\n")


# The four requests as the requesters sent them (their own wording).
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
    ("3", "How many joint funded packages (shared care between health and social care for people below the CHC threshold) were in place at the same date?"),
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
    ("1a", "If yes, does this joint commissioning framework include partners from 'health' (eg CCG or new ICBs)?"),
    ("1b", "Please share the terms of reference (ToR) or joint agreement, if health are included"),
    ("2", "Do 'health' eg CCG/ICB joint fund externally commissioned placements (eg residential, therapeutic foster care, SEND, semi-independent provision)?"),
    ("2a", "If yes, what are the terms (please share a ToR or agreement)?"),
    ("2b", "If yes, how is that funding split for the following (e.g. a shared percentage cost): residential; therapeutic foster care; SEND provision; semi-independent provision"),
    ("3", "Do any other partners contribute (over and above children's social care and health/CCG)?"),
    ("3a", "If yes, who and on what terms?"),
    ("4", "Is the criteria in the 'continuing care funding' model used as a methodology for split funding?"),
    ("4a", "If yes, is this the only criteria 'health' use to determine funding?"),
    ("5", "What was your Council yearly spend on external placements in the last full financial year?"),
    ("5a", "What element of that was funded by health?"),
    ("5b", "What element of that was funded by education?"),
    ("5c", "What element of that was funded by 'other'?"),
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


def request_text(qs, greeting, signoff, intro=None, sep="\n\n"):
    lines = [greeting, ""]
    lines.append(intro or "Under the Freedom of Information Act 2000 I would be grateful if you could provide the following information:")
    lines.append("")
    body = sep.join(f"{n}. {t}" for n, t in qs)
    return "\n".join(lines) + "\n" + body + "\n\n" + signoff + "\n"


def quote(s, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in s.split("\n"))


ICO_PLAIN = (
    "If you are unhappy with the way your request has been handled you may ask\n"
    "for an internal review. Please write to us within 40 working days of the\n"
    "date of this response, quoting the reference above.\n\n"
    "If you remain dissatisfied after the review you may complain to the\n"
    "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow,\n"
    "Cheshire SK9 5AF (telephone 0303 123 1113, www.ico.org.uk).\n")
