"""Text cells that no spreadsheet runs as a formula (CSV injection, OWASP's advice).

An FOI answer and a reviewer's input are text from outside. A cell that starts with `=`, `+`,
`-`, `@`, a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a
formula (`=HYPERLINK("http://x","y")`, `@SUM(A1)`, `+1+1`, `-2+3`). Every text cell written
to a CSV or XLSX file (the output tables, the review sheet, the corrections ledger) goes
through `neutralise`, which puts an apostrophe in front of such a cell; spreadsheets show the
text after it. A plain number such as `-5` or `+44` is left as it is: a spreadsheet reads it
as that number, which is what it is. Parquet and DuckDB keep the true text, and every reader
of our CSV files calls `restore`, so the round trip is exact.

Exact even for text that itself starts with an apostrophe before a formula character
(`'=x`): it gets a second one, so `restore` never takes away a character that was there.
"""
from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"
# "-5", "+44", "-1,234.50", "-2.5e3": read by a spreadsheet as the number they are
_PLAIN_NUMBER = re.compile(r"[-+]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_GUARDED = re.compile(r"'+[=+\-@\t\r]")


def starts_formula(text: str) -> bool:
    """True when a spreadsheet would run `text` as a formula (a plain number is not one).

    >>> starts_formula("=1+1"), starts_formula("-2+3"), starts_formula("-5"), starts_formula("£5")
    (True, True, False, False)
    """
    return text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text)


def neutralise(text: str) -> str:
    """A text cell made safe to open in a spreadsheet.

    >>> neutralise('=HYPERLINK("http://x","y")')
    '\\'=HYPERLINK("http://x","y")'
    >>> neutralise("-5"), neutralise("£1,656,101.72")
    ('-5', '£1,656,101.72')
    """
    if starts_formula(text) or (_GUARDED.match(text) and starts_formula(text.lstrip(GUARD))):
        return GUARD + text
    return text


def restore(text: str) -> str:
    """Undo `neutralise`: "'=1+1" -> "=1+1"; any other text is returned as it is."""
    if _GUARDED.match(text) and starts_formula(text.lstrip(GUARD)):
        return text[1:]
    return text
