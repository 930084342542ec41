"""Text cells that are safe to open in a spreadsheet.

A CSV cell starting with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return) is read
by Excel and LibreOffice as a formula: a value from a municipality's extract such as
``=HYPERLINK("http://…")`` would run when a caseworker opens the export. Such cells get a
leading apostrophe, which spreadsheets show as text (OWASP's advice). Numbers, including
negative ones, are left as numbers.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})*|\d+)(,\d+)?( %)?$|^[+-]?\d+(\.\d+)?$")


def safe_cell(value: str) -> str:
    if value.startswith(FORMULA_STARTS) and not _NUMBER.match(value):
        return "'" + value
    return value
