"""One response, rendered in every input format, must give the same values (SPEC: quality
bars, "the same numbers from a PDF or DOCX rendering of a document as from its text").

The response below was written for this test (an invented council, people and figures).
Each rendering lays it out the way that format usually arrives: the text export with
" | " rows, a Word file with a real three-column table, a disclosure-log web page wrapped
in navigation and a cookie banner, an e-mail carrying the Word file as an attachment, a
workbook with the letter down column A and the answers as a table (on its own, attached
to an e-mail, and as .xls and .ods), an Outlook .msg carrying the
Word file or the workbook (written by tests/msg_builder.py, since no library writes .msg),
and a Markdown page with a pipe table.
The pipeline runs on each (`process_document`) and every field must agree with the text
rendering's.

To add a rendering (the PDF one, for example), write `render_<format>(folder) -> Path`
and add it to RENDERINGS; nothing else changes.
"""
from __future__ import annotations

import html
import shutil
from pathlib import Path
from typing import Callable

import docx
import pytest
from builders import add_table, make_eml, make_flow_pdf, make_html, make_text, soffice_convert
from msg_builder import make_msg
from sheet_builders import make_ods, make_xls, make_xlsx

from pipeline.ingest import ingest
from pipeline.run import process_document

REFERENCE = "HBC/FOI/25/0412"
DATE = "14 May 2025"
LETTERHEAD = ["Harrowfield Borough Council", "Information Governance Team",
              f"Our ref: {REFERENCE}", f"Date: {DATE}"]
INTRO = [
    "Dear Requester,",
    "Thank you for your request about adult social care packages that are jointly funded "
    "with the NHS. Our answers are set out in the table below.",
]
HEADER = ("No.", "Question", "Response")
ROWS = [
    ("1", "Contact details for your Director of Adult Social Services.",
     "Dr Helena Marchetti-Shaw, Director of Adult Social Services. Her direct contact "
     "details are withheld under section 40(2)."),
    ("2", "Contact details for the portfolio holder for Adult Social Care, if there is one.",
     "Councillor Owen Pritchard-Lowe, Cabinet Member for Adults and Health."),
    ("3", "Who provides your main operational case management system?",
     "Liquidlogic LAS, supplied by System C. ContrOCC is used for provider payments."),
    ("4", "How many current care packages per week does the local authority contribute "
          "some or all of the cost towards?",
     "1,588 care packages as at 31 March 2025."),
    ("5", "What was the annual cost of this care to the local authority in the last full "
          "year (2022/23)?",
     "Gross cost \u00a348,906,215.77 in 2022/23."),
    ("6", "How many of these packages are jointly funded with an ICB?", "112"),
    ("7", "What is the annual cost of care provided by ICBs for these cases?",
     "\u00a32,184,600.00 in 2022/23."),
    ("8", "Which ICBs cover the local authority area?", "Lancashire and South Cumbria ICB"),
    ("9", "Is there one ICB the local authority mainly jointly funds with, and which?",
     "Yes, Lancashire and South Cumbria ICB."),
    ("10", "Does the local authority have a joint funding policy with one or more ICBs?",
     "Yes, a joint funding protocol was agreed with the ICB in 2023."),
    ("11", "Please provide a copy of it.", "A copy of the protocol is attached."),
    ("12", "Does the local authority have a joint funding tool or documented methodology "
           "for calculating funding splits?",
     "Yes. Splits follow the Decision Support Tool outcome and a local joint funding "
     "matrix; disputes go to a joint funding panel."),
]
CLOSING = [
    "If you are not satisfied with this response you may ask for an internal review "
    "within 40 working days, and then complain to the Information Commissioner.",
    "Yours sincerely,",
    "Information Governance Team, Harrowfield Borough Council",
]
QUOTED_REQUEST = [
    "-----Original Message-----",
    "From: A Requester",
    "Sent: 16 April 2025 09:12",
    "Subject: Freedom of Information request - adult social care joint funding",
    "",
    *(f"{number}. {question}" for number, question, _ in ROWS),
]


# --- Renderings ---------------------------------------------------------------------------


def render_txt(folder: Path) -> Path:
    rows = [" | ".join(HEADER), *(" | ".join(row) for row in ROWS)]
    lines = [*LETTERHEAD, "", *INTRO, "", *rows, "", *CLOSING]
    return make_text(folder / "harrowfield.txt", "\n".join(lines) + "\n")


def render_docx(folder: Path) -> Path:
    document = docx.Document()
    for line in [*LETTERHEAD, *INTRO]:
        document.add_paragraph(line)
    add_table(document, [HEADER, *ROWS])
    for line in CLOSING:
        document.add_paragraph(line)
    path = folder / "harrowfield.docx"
    document.save(str(path))
    return path


def render_html(folder: Path) -> Path:
    e = html.escape
    cells = "".join(f"<tr><td>{e(n)}</td><td>{e(q)}</td><td>{e(a)}</td></tr>"
                    for n, q, a in ROWS)
    body = f"""
<div class="cookie-banner" role="region"><p>We use cookies to make this site work.</p>
  <button>Accept all cookies</button></div>
<a class="skip-link" href="#content">Skip to main content</a>
<header class="site-header"><a href="/">Harrowfield Borough Council</a>
  <nav><ul><li><a href="/bins">Bins</a></li><li><a href="/tax">Council tax</a></li>
  <li><a href="/foi">FOI</a></li></ul></nav></header>
<main id="content">
  <ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/foi">FOI</a></li>
    <li><a href="/foi/log">Disclosure log</a></li></ol>
  {"".join(f"<p>{e(line)}</p>" for line in LETTERHEAD + INTRO)}
  <table><thead><tr>{"".join(f"<th>{e(h)}</th>" for h in HEADER)}</tr></thead>
  <tbody>{cells}</tbody></table>
  {"".join(f"<p>{e(line)}</p>" for line in CLOSING)}
  <div class="page-feedback"><h2>Was this page helpful?</h2><button>Yes</button></div>
</main>
<footer><p>&copy; Harrowfield Borough Council, Town Hall, Harrowfield</p></footer>
"""
    return make_html(folder / "harrowfield.html", body, title="FOI 0412 | Harrowfield")


def render_eml(folder: Path, quoted: list[str] = ()) -> Path:
    note = ["Dear Requester,", "",
            "Please find attached our response to your request.", "",
            "Kind regards,", "Information Governance Team", "", *quoted]
    attachment = render_docx(folder)
    return make_eml(folder / "harrowfield.eml", "\n".join(note) + "\n",
                    subject=f"RE: Freedom of Information request {REFERENCE}",
                    date="Wed, 14 May 2025 16:40:00 +0100",
                    attachments=[(f"FOI {REFERENCE.replace('/', '-')} response.docx",
                                  attachment.read_bytes())])


def render_pdf(folder: Path) -> Path:
    """Word's borderless table, with the running header and page footer a council prints."""
    return make_flow_pdf(folder / "harrowfield.pdf",
                         [*LETTERHEAD, *INTRO,
                          ("table", [list(HEADER), *map(list, ROWS)], {"widths": [30, 200, 220]}),
                          *CLOSING],
                         later_header=[f"Our ref: {REFERENCE}"], footer=["Page {page} of {pages}"])


def render_ruled_pdf(folder: Path) -> Path:
    return make_flow_pdf(folder / "harrowfield_ruled.pdf",
                         [*LETTERHEAD, *INTRO,
                          ("table", [list(HEADER), *map(list, ROWS)], {"widths": [30, 200, 220], "grid": True}),
                          *CLOSING])


def render_eml_quoting_the_request(folder: Path) -> Path:
    return render_eml(folder, QUOTED_REQUEST)


def workbook_rows() -> list[list]:
    """The letter down column A, the answers as a table in A:C; numbers are numbers."""
    rows: list[list] = [[line or None] for line in [*LETTERHEAD, "", *INTRO, ""]]
    rows.append(list(HEADER))
    rows += [[int(n), q, int(a) if a.isdigit() else a] for n, q, a in ROWS]
    rows.append([])
    rows += [[line] for line in CLOSING]
    return rows


def render_xlsx(folder: Path) -> Path:
    return make_xlsx(folder / "harrowfield.xlsx", {"FOI 0412": workbook_rows()})


def render_xls(folder: Path) -> Path:
    return make_xls(folder / "harrowfield.xls", {"FOI 0412": workbook_rows()})


def render_ods(folder: Path) -> Path:
    return make_ods(folder / "harrowfield.ods", {"FOI 0412": workbook_rows()})


def _attached(render: Callable[[Path], Path], suffix: str) -> tuple[str, bytes]:
    def attachment(folder: Path) -> tuple[str, bytes]:
        return (f"FOI {REFERENCE.replace('/', '-')} response{suffix}", render(folder).read_bytes())
    return attachment


_NOTE = ["Dear Requester,", "", "Please find attached our response to your request.", "",
         "Kind regards,", "Information Governance Team", ""]


def render_eml_with_xlsx(folder: Path) -> Path:
    return make_eml(folder / "harrowfield.eml", "\n".join(_NOTE) + "\n",
                    subject=f"RE: Freedom of Information request {REFERENCE}",
                    date="Wed, 14 May 2025 16:40:00 +0100",
                    attachments=[_attached(render_xlsx, ".xlsx")(folder)])


def outlook_message(render: Callable[[Path], Path], suffix: str) -> Callable[[Path], Path]:
    def render_msg(folder: Path) -> Path:
        return make_msg(folder / "harrowfield.msg", "\r\n".join(_NOTE) + "\r\n",
                        subject=f"RE: Freedom of Information request {REFERENCE}",
                        date="Wed, 14 May 2025 16:40:00 +0100",
                        attachments=[_attached(render, suffix)(folder)])
    return render_msg


def render_md(folder: Path) -> Path:
    rows = ["| " + " | ".join(HEADER) + " |", "|---|---|---|",
            *("| " + " | ".join(row) + " |" for row in ROWS)]
    lines = [f"# {LETTERHEAD[0]}", "", *(f"{line}  " for line in LETTERHEAD[1:]), "",
             *INTRO, "", "## Our response", "", *rows, "", *CLOSING]
    return make_text(folder / "harrowfield.md", "\n".join(lines) + "\n")


def converted_by_libreoffice(target: str) -> Callable[[Path], Path]:
    """A rendering made by LibreOffice from the Word one, as a council's system would."""
    def render(folder: Path) -> Path:
        return soffice_convert(render_docx(folder), target, folder / "converted")
    return render


_NO_SOFFICE = pytest.mark.skipif(shutil.which("soffice") is None,
                                 reason="LibreOffice (soffice) is not installed")
RENDERINGS = {
    "docx": render_docx,
    "html": render_html,
    "eml": render_eml,
    "eml_quoting_the_request": render_eml_quoting_the_request,
    "rtf": pytest.param(converted_by_libreoffice("rtf"), marks=_NO_SOFFICE),
    "odt": pytest.param(converted_by_libreoffice("odt"), marks=_NO_SOFFICE),
    "doc": pytest.param(converted_by_libreoffice("doc:MS Word 97"), marks=_NO_SOFFICE),
    "pdf": render_pdf,
    "pdf_ruled": render_ruled_pdf,
    "xlsx": render_xlsx,
    "eml_with_xlsx": render_eml_with_xlsx,
    "xls": render_xls,
    "ods": render_ods,
    "msg": outlook_message(render_docx, ".docx"),
    "msg_with_xlsx": outlook_message(render_xlsx, ".xlsx"),
    "md": render_md,
}


# --- Comparing -----------------------------------------------------------------------------


def extracted(path: Path) -> tuple[dict, dict]:
    """(document fields, {(field, item): (state, value, value_code, status)})."""
    result = process_document(ingest(path))
    document = {key: result.document[key] for key in
                ("questionnaire", "foi_reference", "response_date", "respondent")}
    values = {(a["field"], a["item"]): (a["state"], a["value"], a["value_code"], a["status"])
              for a in result.answers}
    return document, values


@pytest.fixture(scope="module")
def from_text(tmp_path_factory) -> tuple[dict, dict]:
    return extracted(render_txt(tmp_path_factory.mktemp("txt")))


def test_the_text_rendering_is_read_well_enough_to_compare_against(from_text):
    document, values = from_text
    assert document["questionnaire"] == "asc_joint_funding"
    assert document["foi_reference"] == REFERENCE
    assert document["response_date"] == "2025-05-14"
    answered = {key for key, (state, *_rest) in values.items() if state == "answered"}
    assert len(answered) >= 15
    assert values[("care_packages_count", 0)][1] == "1588"
    assert values[("la_annual_cost_gbp", 0)][1] == "48906215.77"


@pytest.mark.parametrize("render", RENDERINGS.values(), ids=RENDERINGS.keys())
def test_every_rendering_gives_the_text_renderings_values(tmp_path, from_text, render):
    document, values = extracted(render(tmp_path))
    expected_document, expected_values = from_text
    assert document == expected_document
    for key in sorted(expected_values.keys() | values.keys()):
        assert values.get(key) == expected_values.get(key), key
