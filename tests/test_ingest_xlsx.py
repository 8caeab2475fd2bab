"""Excel workbooks (.xlsx) in, text in the shared shape out (pipeline/ingest/xlsx.py and
the layout all workbook readers share, pipeline/ingest/sheetgrid.py).

Every workbook here is built in the test from invented words and figures.
"""
from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import Workbook
from sheet_builders import make_xlsx

from pipeline.cli import cli
from pipeline.errors import IngestError
from pipeline.ingest import ingest
from pipeline.ingest.sheetgrid import column_letters, format_number, show_value
from pipeline.limits import LimitError, Limits
from pipeline.write import read_table

TITLE = "Westmere Integrated Care Board - FOI WICB/2025/118"
QA = [
    ["Question", "Answer"],
    ["How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at "
     "31 March 2024?", 1412],
    ["How many of these people were receiving CHC through the Fast Track Pathway?", 287],
    ["How many joint funded packages (shared care between health and social care for people "
     "below the CHC threshold) were in place?", 655],
    ["Is there a local joint funding or shared care protocol agreed between the ICB and the "
     "local authority?", "Yes, agreed in 2022 and reviewed every year."],
    ["What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?", 61874220.5],
    ["How many Fast Track referrals were received in 2023/24?", 944],
]


def read(path: Path, **kwargs):
    return ingest(path, **kwargs)


# --- how a value is shown ------------------------------------------------------------------

@pytest.mark.parametrize("value, fmt, shown", [
    pytest.param(1588, "General", "1588", id="integer"),
    pytest.param(1588.0, "General", "1588", id="whole_float"),
    pytest.param(0.1 + 0.2, "General", "0.3", id="float_noise"),
    pytest.param(48906215.77, '"£"#,##0.00', "£48,906,215.77", id="pounds_quoted"),
    pytest.param(48906215.77, "£#,##0", "£48,906,216", id="pounds_rounded"),
    pytest.param(-1250, "[$€-1809]#,##0", "-€1,250", id="euro_locale_bracket"),
    pytest.param(2184600, "#,##0.00", "2,184,600.00", id="thousands"),
    pytest.param(0.031, "0.0%", "3.1%", id="percent_one_decimal"),
    pytest.param(0.5, "0%", "50%", id="percent"),
    pytest.param(12.5, "0", "12", id="no_decimals_rounds_half_even"),
    pytest.param(7, '0" packages"', "7", id="literal_text_dropped"),
    pytest.param(1.5e-7, "0.00E+00", "1.5e-07", id="scientific_reads_general"),
    pytest.param(-0.001, "0.00", "0.00", id="no_negative_zero"),
])
def test_numbers_read_as_their_format_shows_them(value, fmt, shown):
    assert format_number(value, fmt) == shown


@pytest.mark.parametrize("value, shown", [
    pytest.param(dt.datetime(2025, 5, 14), "14 May 2025", id="date"),
    pytest.param(dt.datetime(2025, 5, 14, 9, 30), "14 May 2025 09:30", id="date_time"),
    pytest.param(dt.date(2024, 3, 31), "31 March 2024", id="plain_date"),
    pytest.param(True, "TRUE", id="boolean"),
    pytest.param(None, "", id="empty"),
])
def test_other_values_read_as_a_person_sees_them(value, shown):
    assert show_value(value, "dd/mm/yyyy") == shown


@pytest.mark.parametrize("column, letters", [(1, "A"), (26, "Z"), (27, "AA"), (702, "ZZ"), (703, "AAA")])
def test_column_letters(column, letters):
    assert column_letters(column) == letters


# --- layout --------------------------------------------------------------------------------

def qa_workbook(tmp_path: Path, **kwargs) -> Path:
    rows = [[TITLE], [], *QA, [], ["Figures are as at the date asked."]]
    formats = {(7, 1): '"£"#,##0.00'}  # the spend
    return make_xlsx(tmp_path / "answers.xlsx", {"Responses": rows}, formats, **kwargs)


def test_a_question_answer_sheet_reads_as_a_table_under_its_title(tmp_path):
    doc = read(qa_workbook(tmp_path))
    assert doc.format == "xlsx"
    lines = doc.text.split("\n")
    assert lines[0] == TITLE and lines[1] == ""
    assert lines[2] == "Question | Answer"
    assert lines[3].endswith("as at 31 March 2024? | 1412")
    assert lines[7] == ("What was the ICB's total spend on NHS Continuing Healthcare in 2023/24? | "
                        "£61,874,220.50")
    assert lines[9:11] == ["", "Figures are as at the date asked."]
    assert [p.number for p in doc.pages] == [1]


def test_every_cell_is_located_by_sheet_and_cell_reference(tmp_path):
    doc = read(qa_workbook(tmp_path))
    assert doc.locator_at(doc.text.index("£61,874,220.50")) == "sheet 'Responses' cell B8"
    assert doc.locator_at(doc.text.index("How many Fast Track")) == "sheet 'Responses' cell A9"
    assert doc.locator_at(0) == "sheet 'Responses' cell A1"
    for block in doc.blocks:  # every block's text is the cell's text
        assert doc.text[block.char_start:block.char_end].strip()


def test_an_empty_answer_cell_keeps_its_column(tmp_path):
    rows = [["No.", "Question", "Response", "Exemption"],
            [1, "How many referrals?", None, "s.12"], [2, "Who decides?", "A panel", None]]
    doc = read(make_xlsx(tmp_path / "gaps.xlsx", {"Sheet1": rows}))
    assert doc.text.split("\n")[:3] == ["No. | Question | Response | Exemption",
                                        "1 | How many referrals? |  | s.12",
                                        "2 | Who decides? | A panel |"]


def test_each_sheet_is_a_page_and_hidden_sheets_are_noted_not_read(tmp_path):
    path = make_xlsx(tmp_path / "book.xlsx", {
        "Letter": [["Dear Requester,"], ["Our answers are on the next sheet."]],
        "Lists": [["yes"], ["no"]],
        "Answers": QA[:3], "Spare": [[None]]}, hidden=["Lists", "Spare"])
    doc = read(path)
    assert [p.number for p in doc.pages] == [1, 2]
    assert doc.page_at(doc.text.index("Our answers")) == 1
    assert doc.page_at(doc.text.index("Question | Answer")) == 2
    assert "yes\n" not in doc.text
    assert [w for w in doc.warnings if "hidden" in w] == [
        "sheet 'Lists' is hidden and was not read (2 filled cell(s)); unhide it and save the "
        "workbook again if it holds answers"]  # the empty hidden sheet is not mentioned


def test_merged_title_and_multi_line_cells(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "Response to request 118"
    sheet.merge_cells("A1:C1")
    sheet.append(["No.", "Question", "Response"])
    sheet.append([1, "Which tool is used?", "The Decision Support Tool.\nA local matrix for splits."])
    path = tmp_path / "merged.xlsx"
    book.save(path)
    doc = read(path)
    assert doc.text.startswith("Response to request 118\nNo. | Question | Response\n")
    assert "1 | Which tool is used? | The Decision Support Tool. A local matrix for splits.\n" in doc.text


# --- formulas ----------------------------------------------------------------------------------

def with_cached_value(path: Path, cell: str, value: str) -> None:
    """Give a formula cell the value Excel saves with it (openpyxl saves none)."""
    data = path.read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            content = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = content.decode()
                start = text.index(f'<c r="{cell}"')
                end = text.index("</c>", start)
                text = text[:start] + text[start:end].replace("<v></v>", "") + \
                    f"<v>{value}</v>" + text[end:]
                content = text.encode()
            dst.writestr(item, content)
    path.write_bytes(out.getvalue())


def test_a_formula_reads_as_its_saved_value(tmp_path):
    path = make_xlsx(tmp_path / "sum.xlsx", {"Sheet1": [
        ["Service", "Packages"], ["Residential", 410], ["Home care", 590],
        ["Total", "=SUM(B2:B3)"]]})
    with_cached_value(path, "B4", "1000")
    doc = read(path)
    assert "Total | 1000\n" in doc.text
    assert "SUM" not in doc.text
    assert not doc.warnings


def test_a_formula_without_a_saved_value_is_named_in_a_warning(tmp_path):
    path = make_xlsx(tmp_path / "sum.xlsx", {"Sheet1": [
        ["Service", "Packages"], ["Residential", 410], ["Total", "=SUM(B2:B2)"]]})
    doc = read(path)
    assert "Total\n" in doc.text or "Total |\n" in doc.text
    assert any("have no saved value" in w and "sheet 'Sheet1' B3" in w for w in doc.warnings)


# --- refusals and limits ---------------------------------------------------------------------

def test_a_workbook_with_no_text_is_refused(tmp_path):
    path = make_xlsx(tmp_path / "empty.xlsx", {"Sheet1": [[None]]})
    with pytest.raises(IngestError, match="no text in any visible sheet"):
        read(path)


def test_a_corrupt_workbook_is_refused_with_a_way_out(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(IngestError) as info:
        read(path)
    assert "broken.xlsx" in str(info.value) and "save it again as .xlsx" in str(info.value)


def test_a_password_protected_workbook_says_so(tmp_path):
    path = tmp_path / "locked.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)  # encrypted OOXML is OLE
    with pytest.raises(IngestError, match="password-protected"):
        read(path)


def test_too_much_text_is_stopped_while_reading(tmp_path):
    rows = [[f"Row {i} of a very long export", i] for i in range(400)]
    path = make_xlsx(tmp_path / "long.xlsx", {"Export": rows})
    with pytest.raises(LimitError, match=r"limits.max_chars.*sheet 'Export' cell"):
        read(path, limits=Limits(max_chars=2000))
    assert read(path).text.count("\n") >= 400  # the default limit reads it


def test_a_workbook_that_unpacks_too_large_is_refused(tmp_path):
    path = make_xlsx(tmp_path / "big.xlsx", {"Sheet1": [["x" * 30000] for _ in range(60)]})
    with pytest.raises(LimitError, match="max_unpacked_mb"):
        read(path, limits=Limits(max_unpacked_mb=1))


# --- by content, not by name ---------------------------------------------------------------

def test_a_workbook_named_docx_is_read_as_a_workbook_with_a_warning(tmp_path):
    named = tmp_path / "reply.docx"
    named.write_bytes(qa_workbook(tmp_path).read_bytes())
    doc = read(named)
    assert doc.format == "xlsx"
    assert doc.warnings[0].startswith("named .docx but its bytes are an Excel workbook (XLSX) file")
    assert "Question | Answer" in doc.text


# --- end to end: an answer table read into a questionnaire's fields ----------------------------

def test_an_xlsx_answer_table_is_read_into_the_questionnaires_fields(tmp_path):
    """A bare two-column table (no letter, no numbering) with typed cells: counts as
    numbers, the spend as a currency-formatted number, the protocol as text."""
    raw = tmp_path / "raw"
    raw.mkdir()
    qa_workbook(raw)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["extract", str(raw), "--out", str(out),
                                      "--corrections", str(tmp_path / "none")])
    assert result.exit_code in (0, 1), result.output
    documents = read_table(out, "documents")
    assert [d["questionnaire"] for d in documents] == ["chc_funding_split"]
    answers = {a["field"]: a for a in read_table(out, "answers") if a["item"] in (0, None)}
    expected = {"chc_eligible_count": 1412, "chc_fast_track_count": 287,
                "joint_packages_count": 655, "icb_chc_spend_gbp": 61874220.5,
                "chc_fast_track_referrals_count": 944}
    for field, value in expected.items():
        assert answers[field]["state"] == "answered", field
        assert answers[field]["value_num"] == pytest.approx(value), field
        assert answers[field]["page"] == 1
    assert answers["joint_funding_protocol"]["value"] == "yes"
    assert answers["icb_chc_spend_gbp"]["evidence"] == "£61,874,220.50"
