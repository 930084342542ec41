"""Cell text for the text formats (HTML, PDF, DOCX); Excel keeps the typed value."""

from __future__ import annotations

import datetime as dt

from tilsyn.reports import danish
from tilsyn.reports.model import Cell


def cell_text(cell: Cell) -> str:
    v = cell.value
    if v is None:
        return "–" if cell.numeric or cell.kind == "date" else ""
    if cell.kind == "text":
        return str(v)
    if cell.kind == "date":
        if not isinstance(v, dt.date):
            raise TypeError(f"datocelle med {type(v).__name__}: {v!r}")
        return danish.date_short(v)
    if isinstance(v, (str, dt.date)):
        raise TypeError(f"talcelle ({cell.kind}) med {type(v).__name__}: {v!r}")
    if cell.kind == "int":
        return danish.number(v, 0)
    if cell.kind == "percent":
        return danish.percent(v, cell.decimals)
    return danish.number(v, cell.decimals)
