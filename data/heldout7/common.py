"""Shared helpers for the heldout7 build: gold writing, DOCX, reportlab, e-mail, HTML."""
import json, os, subprocess, shutil, tempfile, datetime
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")
GOLD = os.path.join(HERE, "gold")
WORK = os.path.join(HERE, "_work")
for d in (RAW, GOLD, WORK):
    os.makedirs(d, exist_ok=True)

W = {"state": "withheld"}
NH = {"state": "not_held"}
NA = {"state": "not_applicable"}
SO = {"state": "see_other"}


def anyof(*v):
    return {"any_of": list(v)}


def write_gold(stem, ext, questionnaire, name, code, gold):
    g = {"respondent": name}
    g.update(gold)
    doc = {"source_file": f"{stem}.{ext}", "questionnaire": questionnaire,
           "respondent": {"name": name, "code": code}, "gold": g}
    with open(os.path.join(GOLD, f"{stem}.json"), "w") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")


def soffice_pdf(docx_path, out_pdf):
    """Convert a DOCX to PDF with LibreOffice (one at a time)."""
    tmp = tempfile.mkdtemp(dir=WORK)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                    "--convert-to", "pdf", "--outdir", tmp, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    base = os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), out_pdf)
    shutil.rmtree(tmp, ignore_errors=True)


def chromium_pdf(html_path, out_pdf):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={out_pdf}", html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def fix_docx_props(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    t = datetime.datetime(2024, 1, 1, 9, 0, 0)
    cp.created = t
    cp.modified = t
    cp.revision = 1


def add_numbering(doc):
    """Give the document a decimal automatic-numbering definition; return its numId.
    The visible '1.' then comes from numbering.xml, not the paragraph text."""
    from docx.oxml.ns import qn
    from docx.oxml import parse_xml
    numbering = doc.part.numbering_part.element
    abstract_id = 90
    absxml = (
        '<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="426" w:hanging="426"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="(%2)"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="851" w:hanging="425"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    numbering.insert(0, parse_xml(absxml))
    num_id = 91
    numbering.append(parse_xml(
        '<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return num_id


def set_num(paragraph, num_id, level=0):
    from docx.oxml import parse_xml
    pPr = paragraph._p.get_or_add_pPr()
    pPr.append(parse_xml(
        '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def shade(cell, hexcolour):
    from docx.oxml import parse_xml
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(
        '<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'w:val="clear" w:color="auto" w:fill="{hexcolour}"/>'))


def repeat_header(row):
    from docx.oxml import parse_xml
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(
        '<w:tblHeader xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'))


def write_eml(path, headers, text=None, html=None, attachments=()):
    """headers: list of (name, value). attachments: (filename, bytes, maintype/subtype)."""
    if attachments:
        msg = MIMEMultipart("mixed", boundary="==h7mixed000000==")
        if text and html:
            alt = MIMEMultipart("alternative", boundary="==h7alt000000==")
            alt.attach(MIMEText(text, "plain", "utf-8"))
            alt.attach(MIMEText(html, "html", "utf-8"))
            msg.attach(alt)
        else:
            msg.attach(MIMEText(text or html, "plain" if text else "html", "utf-8"))
        for fname, data, ctype in attachments:
            main, sub = ctype.split("/")
            part = MIMEApplication(data, _subtype=sub)
            part.add_header("Content-Disposition", "attachment", filename=fname)
            msg.attach(part)
    elif text and html:
        msg = MIMEMultipart("alternative", boundary="==h7alt000000==")
        msg.attach(MIMEText(text, "plain", "utf-8"))
        msg.attach(MIMEText(html, "html", "utf-8"))
    else:
        msg = MIMEText(text or html, "plain" if text else "html", "utf-8")
    for k, v in headers:
        msg[k] = v
    with open(path, "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))


ICO_ADDR = ("Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
            "Cheshire SK9 5AF. Telephone 0303 123 1113. Website www.ico.org.uk")
