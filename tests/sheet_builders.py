"""Write the same grid of cells as .xlsx (openpyxl), .xls (xlwt) and .ods (odfpy).

`rows` is a list of rows, each a list of cell values (text, int, float, date or None for an
empty cell); `formats` maps (row, column), both 0-based, to a number format such as
'"£"#,##0.00' or "0.0%". Each writer stores the value and the format as that program
would, so a reader sees what a person saw. `hidden` names sheets to hide.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Mapping, Sequence

Rows = Sequence[Sequence[object]]


def make_xlsx(path: Path, sheets: Mapping[str, Rows], formats: Mapping = None,
              hidden: Sequence[str] = ()) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                cell = sheet.cell(row=r + 1, column=c + 1, value=value)
                fmt = (formats or {}).get((name, r, c)) or (formats or {}).get((r, c))
                if fmt:
                    cell.number_format = fmt
                elif isinstance(value, dt.date):
                    cell.number_format = "dd/mm/yyyy"
        if name in hidden:
            sheet.sheet_state = "hidden"
    book.save(path)
    return path


def make_xls(path: Path, sheets: Mapping[str, Rows], formats: Mapping = None,
             hidden: Sequence[str] = ()) -> Path:
    import xlwt

    book = xlwt.Workbook()
    styles: dict[str, object] = {}

    def style(fmt: str):
        if fmt not in styles:
            styles[fmt] = xlwt.easyxf(num_format_str=fmt)
        return styles[fmt]

    for name, rows in sheets.items():
        sheet = book.add_sheet(name)
        if name in hidden:
            sheet.visibility = 1
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                fmt = (formats or {}).get((name, r, c)) or (formats or {}).get((r, c))
                if isinstance(value, dt.date) and not fmt:
                    fmt = "dd/mm/yyyy"
                if fmt:
                    sheet.write(r, c, value, style(fmt))
                else:
                    sheet.write(r, c, value)
    book.save(str(path))
    return path


def make_ods(path: Path, sheets: Mapping[str, Rows], formats: Mapping = None,
             hidden: Sequence[str] = (), shown: Mapping = None) -> Path:
    """An .ods as LibreOffice writes one: each cell's value and the text it displays.

    `shown` maps (row, column) to the displayed text of a formatted number ("£2,184.00"),
    since odfpy stores whatever text it is given, as LibreOffice stores what it displays.
    """
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableProperties
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    hide = Style(name="hiddensheet", family="table")
    hide.addElement(TableProperties(display="false"))
    doc.automaticstyles.addElement(hide)
    for name, rows in sheets.items():
        table = Table(name=name, stylename=hide) if name in hidden else Table(name=name)
        for r, row in enumerate(rows):
            tr = TableRow()
            for c, value in enumerate(row):
                text = (shown or {}).get((name, r, c)) or (shown or {}).get((r, c))
                if value is None:
                    cell = TableCell()
                elif isinstance(value, (int, float)) and not isinstance(value, bool):
                    cell = TableCell(valuetype="float", value=value)
                    text = text or str(value)
                elif isinstance(value, dt.date):
                    cell = TableCell(valuetype="date", datevalue=value.isoformat())
                    text = text or value.strftime("%d/%m/%Y")
                else:
                    cell = TableCell(valuetype="string")
                    text = str(value)
                if text is not None:
                    for line in str(text).split("\n"):
                        cell.addElement(P(text=line))
                tr.addElement(cell)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path
