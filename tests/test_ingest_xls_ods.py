"""Old Excel (.xls, pipeline/ingest/xls.py) and OpenDocument (.ods, pipeline/ingest/ods.py)
workbooks read into the same text as the same grid saved as .xlsx.

The fixtures are written in the test: .xls by xlwt, .ods by odfpy (as LibreOffice writes
one, with each cell's displayed text), from invented words and figures.
"""
from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest
from sheet_builders import make_ods, make_xls, make_xlsx

from pipeline.errors import IngestError
from pipeline.ingest import ingest
from pipeline.limits import LimitError, Limits

ROWS = [
    ["Response to FOI 2025/311, Calderbrook Council"],
    [],
    ["No.", "Question", "Response"],
    [1, "How many current care packages does the council fund?", 2406],
    [2, "What was the annual cost?", 17250300.25],
    [3, "What share is paid by the ICB?", 0.125],
    [4, "When was the protocol agreed?", dt.datetime(2023, 9, 1)],
    [5, "Is there a joint funding policy?", "Yes"],
]
FORMATS = {(4, 2): '"£"#,##0.00', (5, 2): "0.0%"}
# What LibreOffice displays, and so stores, for the formatted cells of an .ods.
SHOWN = {(4, 2): "£17,250,300.25", (5, 2): "12.5%", (6, 2): "1 September 2023"}

WRITERS = {
    "xls": lambda path, **kw: make_xls(path, formats=FORMATS, **kw),
    "ods": lambda path, **kw: make_ods(path, formats=FORMATS, shown=SHOWN, **kw),
}


@pytest.fixture(scope="module")
def xlsx_text(tmp_path_factory):
    path = tmp_path_factory.mktemp("xlsx") / "reply.xlsx"
    return ingest(make_xlsx(path, {"Answers": ROWS}, FORMATS)).text


@pytest.mark.parametrize("kind", WRITERS)
def test_the_same_grid_reads_the_same_text_as_xlsx(tmp_path, xlsx_text, kind):
    doc = ingest(WRITERS[kind](tmp_path / f"reply.{kind}", sheets={"Answers": ROWS}))
    assert doc.format == kind
    assert doc.text == xlsx_text
    assert "5 | What was the annual cost? | £17,250,300.25" not in doc.text  # numbered 2
    assert "2 | What was the annual cost? | £17,250,300.25\n" in doc.text
    assert "3 | What share is paid by the ICB? | 12.5%\n" in doc.text
    assert "4 | When was the protocol agreed? | 1 September 2023\n" in doc.text
    assert doc.locator_at(doc.text.index("£17,250,300.25")) == "sheet 'Answers' cell C5"


@pytest.mark.parametrize("kind", WRITERS)
def test_hidden_sheets_are_noted_and_not_read(tmp_path, kind):
    doc = ingest(WRITERS[kind](tmp_path / f"book.{kind}",
                               sheets={"Answers": ROWS, "Lookup": [["Partial"], ["Case by case"]]},
                               hidden=["Lookup"]))
    assert "Case by case" not in doc.text
    assert any("sheet 'Lookup' is hidden" in w for w in doc.warnings)


@pytest.mark.parametrize("kind, message", [("xls", "not a readable old Excel"),
                                           ("ods", "not a readable OpenDocument spreadsheet")])
def test_a_broken_file_is_refused_with_a_way_out(tmp_path, kind, message):
    path = tmp_path / f"broken.{kind}"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600 if kind == "xls"
                     else b"PK\x03\x04 cut short")
    with pytest.raises(IngestError, match=message) as info:
        ingest(path)
    assert "broken." in str(info.value)


@pytest.mark.parametrize("kind", WRITERS)
def test_too_much_text_is_stopped(tmp_path, kind):
    rows = [[f"Line {i} of a long export", i] for i in range(300)]
    path = WRITERS[kind](tmp_path / f"long.{kind}", sheets={"Export": rows})
    with pytest.raises(LimitError, match="max_chars"):
        ingest(path, limits=Limits(max_chars=1500))


def test_ods_repeated_rows_and_columns_are_counted_not_expanded(tmp_path):
    """A sheet that LibreOffice pads to the last row and column: a million repeated empty
    rows cost nothing, and a repeated filled cell is written out."""
    content = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>
<table:table table:name="Sheet1">
<table:table-row><table:table-cell><text:p>Question</text:p></table:table-cell>
<table:table-cell><text:p>Answer</text:p></table:table-cell>
<table:table-cell><text:p>Checked</text:p></table:table-cell>
<table:table-cell table:number-columns-repeated="16381"/></table:table-row>
<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
<table:table-row><table:table-cell><text:p>Is there a   policy?</text:p></table:table-cell>
<table:table-cell table:number-columns-repeated="2"><text:p>Yes</text:p></table:table-cell></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>"""
    content = content.replace("Is there a   policy?", 'Is there a<text:s text:c="3"/>policy?')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
    path = tmp_path / "padded.ods"
    path.write_bytes(out.getvalue())
    doc = ingest(path)
    assert doc.text == "Question | Answer | Checked\nIs there a   policy? | Yes | Yes\n\n"
    assert doc.locator_at(doc.text.index("policy")) == "sheet 'Sheet1' cell A1048002"


def test_workbooks_and_messages_are_told_apart_by_their_bytes(tmp_path):
    from msg_builder import make_msg

    from pipeline.ingest.sniff import choose_format, sniff_format

    built = {
        "xlsx": make_xlsx(tmp_path / "a.xlsx", {"S": ROWS}),
        "xls": make_xls(tmp_path / "a.xls", {"S": ROWS}),
        "ods": make_ods(tmp_path / "a.ods", {"S": ROWS}),
        "msg": make_msg(tmp_path / "a.msg", "Q1 Yes\r\n"),
    }
    assert {kind: sniff_format(path.read_bytes()) for kind, path in built.items()} == \
        {"xlsx": "xlsx", "xls": "xls", "ods": "ods", "msg": "msg"}
    # misnamed: the bytes decide, and say so
    assert choose_format(".xls", built["xlsx"].read_bytes())[0] == ".xlsx"
    assert choose_format(".doc", built["xls"].read_bytes())[0] == ".xls"
    assert choose_format(".odt", built["ods"].read_bytes())[0] == ".ods"
    assert choose_format(".xlsx", built["xlsx"].read_bytes()) == (".xlsx", None)


@pytest.mark.parametrize("kind", ["xlsx", "xls", "ods", "msg"])
def test_damaged_files_are_refused_with_an_ingest_error_never_a_crash(tmp_path, kind):
    """Cut short or with bytes overwritten, each format gives a FoiError (recorded in
    `errors` with a way out) or still reads; no library exception escapes."""
    import random

    from msg_builder import make_msg

    from pipeline.errors import FoiError

    rows = [["Question", "Answer"], ["How many packages?", 5]] * 40
    path = {"xlsx": lambda p: make_xlsx(p, {"S": rows}), "xls": lambda p: make_xls(p, {"S": rows}),
            "ods": lambda p: make_ods(p, {"S": rows}),
            "msg": lambda p: make_msg(p, "Body\r\n", attachments=[("a.txt", b"Q1 Yes\n" * 300)]),
            }[kind](tmp_path / f"good.{kind}")
    data = path.read_bytes()
    chance = random.Random(7)
    for i in range(30):
        damaged = bytearray(data[:chance.randrange(8, len(data))] if i % 2 == 0 else data)
        for _ in range(0 if i % 2 == 0 else 20):
            damaged[chance.randrange(len(damaged))] = chance.randrange(256)
        bad = tmp_path / f"bad.{kind}"
        bad.write_bytes(bytes(damaged))
        try:
            ingest(bad)
        except LimitError:
            pass  # a damaged directory can declare gigabytes: refused as a possible zip bomb
        except FoiError as exc:
            assert "bad." in str(exc)
