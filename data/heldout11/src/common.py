"""Helpers shared by build.py: e-mail, Word, LibreOffice, Chromium and reportlab output."""
import datetime as dt
import os
import shutil
import subprocess
import tempfile
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime

FIXED = dt.datetime(2024, 1, 1, 9, 0, 0)


def write_eml(path, *, sender, to, subject, date, body, msgid, attachments=(), in_reply_to=None):
    """A plain-text e-mail, optionally with attachments [(filename, bytes, maintype/subtype)]."""
    text = MIMEText(body, "plain", "utf-8")
    if attachments:
        msg = MIMEMultipart("mixed", boundary="=_w11_" + msgid.split("@")[0][-12:])
        msg.attach(text)
        for name, data, ctype in attachments:
            sub = ctype.split("/", 1)[1]
            part = MIMEApplication(data, _subtype=sub)
            part.add_header("Content-Disposition", "attachment", filename=name)
            part.set_param("name", name)
            msg.attach(part)
    else:
        msg = text
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = "<" + msgid + ">"
    if in_reply_to:
        msg["In-Reply-To"] = "<" + in_reply_to + ">"
    msg["MIME-Version"] = "1.0"
    with open(path, "wb") as fh:
        fh.write(msg.as_bytes())


def fix_docx_props(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def soffice_to_pdf(src, out_pdf):
    """Word -> PDF the way most councils do it (LibreOffice headless)."""
    with tempfile.TemporaryDirectory() as tmp:
        prof = "file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(src))[0] + ".pdf")
        shutil.copyfile(produced, out_pdf)


def chromium_to_pdf(html_path, out_pdf):
    """Web page -> PDF (print to PDF from a browser)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + tmp,
                        "--no-pdf-header-footer", "--print-to-pdf=" + out_pdf, "file://" + os.path.abspath(html_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def stable_zip(data):
    """Rewrite a .docx (zip) with fixed member timestamps so its bytes do not change between builds."""
    import io
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()
