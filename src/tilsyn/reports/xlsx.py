"""Report → XLSX (XlsxWriter): one sheet for the text and stamp, one per table with real
number, share and date cells, and the charts as pictures."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from fractions import Fraction
from typing import Any

from tilsyn.reports import danish
from tilsyn.reports.charts import to_png
from tilsyn.reports.model import BulletList, Cell, Chart, Notice, Paragraph, Report, Table

# Excel number formats are stored locale-free; Danish Excel shows "#,##0.0" as "3.190,7".
FORMATS = {
    "int": "#,##0",
    "number": "#,##0.{zeros}",
    "money": "#,##0.{zeros}",
    "percent": "0.{zeros} %",
    "date": "dd-mm-yyyy",
}
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def excel_value(cell: Cell) -> Any:
    v = cell.value
    if isinstance(v, Fraction):
        return float(v)
    if isinstance(v, Decimal):
        return float(v)
    return v


def _sheet_name(title: str, used: set[str]) -> str:
    base = _BAD_SHEET_CHARS.sub("-", title)[:28].strip() or "Tabel"
    name, n = base, 2
    while name.lower() in used:
        name = f"{base[:25]} ({n})"
        n += 1
    used.add(name.lower())
    return name


def render_xlsx(report: Report) -> bytes:
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties(
        {
            "title": report.title,
            "author": report.letterhead.municipality,
            "keywords": f"snapshot={report.stamp.snapshot_id}, "
            f"ruleset={report.stamp.ruleset_version}",
            "comments": report.stamp.text(),
        }
    )
    bold = book.add_format({"bold": True})
    title = book.add_format({"bold": True, "font_size": 14, "font_color": "#1F4E79"})
    head = book.add_format(
        {"bold": True, "bg_color": "#DCE6F1", "bottom": 1, "text_wrap": True, "valign": "bottom"}
    )
    small = book.add_format({"font_size": 8, "font_color": "#666666"})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    notice = book.add_format(
        {"text_wrap": True, "valign": "top", "bold": True, "bg_color": "#FFF2CC"}
    )
    cache: dict[tuple[str, int, bool], Any] = {}

    def fmt(cell: Cell, total: bool) -> Any:
        key = (cell.kind, cell.decimals, total or cell.emphasis)
        if key not in cache:
            props: dict[str, Any] = {"bold": True} if key[2] else {}
            pattern = FORMATS.get(cell.kind)
            if pattern:
                zeros = "0" * cell.decimals
                pattern = pattern.replace(".{zeros}", f".{zeros}" if zeros else "")
                props["num_format"] = pattern
            cache[key] = book.add_format(props)
        return cache[key]

    used: set[str] = set()
    overview = book.add_worksheet(_sheet_name("Rapport", used))
    overview.set_column(0, 0, 110)
    r = 0
    overview.write(r, 0, report.title, title)
    r += 1
    overview.write(r, 0, f"{report.letterhead.municipality} · {report.letterhead.department}")
    r += 1
    overview.write(r, 0, f"{report.subtitle} · {danish.date_long(report.date)}")
    r += 1
    overview.write(r, 0, report.stamp.text(), small)
    r += 2
    if report.continuation_notice:
        overview.write(r, 0, f"{report.notice_title}: {report.continuation_notice}", notice)
        r += 2
    charts: list[Chart] = []
    for section in report.sections:
        overview.write(r, 0, section.title, bold)
        r += 1
        for block in section.blocks:
            if isinstance(block, Paragraph):
                overview.write(r, 0, block.text, wrap)
                r += 1
            elif isinstance(block, Notice):
                overview.write(r, 0, f"{block.title} {block.text}", wrap)
                r += 1
            elif isinstance(block, BulletList):
                for item in block.items:
                    overview.write(r, 0, f"• {item}", wrap)
                    r += 1
            elif isinstance(block, Table):
                overview.write(r, 0, f"Tabel: {block.caption or section.title} (eget ark)")
                r += 1
                _write_table(book, block, section.title, used, head, small, fmt, report)
            elif isinstance(block, Chart):
                charts.append(block)
        r += 1
    if charts:
        sheet = book.add_worksheet(_sheet_name("Figurer", used))
        row = 0
        for chart in charts:
            sheet.write(row, 0, chart.title, bold)
            sheet.write(row + 1, 0, report.stamp.text(), small)
            png = to_png(chart, scale=1.0)
            sheet.insert_image(row + 2, 0, f"{chart.title}.png", {"image_data": io.BytesIO(png)})
            row += 24
    book.close()
    return buffer.getvalue()


def _write_table(
    book: Any,
    table: Table,
    section_title: str,
    used: set[str],
    head: Any,
    small: Any,
    fmt: Any,
    report: Report,
) -> None:
    sheet = book.add_worksheet(_sheet_name(table.caption or section_title, used))
    sheet.write(0, 0, table.caption or section_title, book.add_format({"bold": True}))
    sheet.write(1, 0, report.stamp.text(), small)
    if report.continuation_notice:
        sheet.write(2, 0, f"{report.notice_title}: {report.continuation_notice}")
    for c, name in enumerate(table.columns):
        sheet.write(3, c, name, head)
        width = max([len(name)] + [len(str(row[c].value or "")) for row in table.rows])
        sheet.set_column(c, c, min(max(width + 2, 10), 60))
    for i, row in enumerate(table.rows):
        total = i in table.total_rows
        for c, cell in enumerate(row):
            value = excel_value(cell)
            style = fmt(cell, total)
            if value is None:
                sheet.write_blank(4 + i, c, None, style)
            elif isinstance(value, dt.date):
                sheet.write_datetime(4 + i, c, dt.datetime.combine(value, dt.time()), style)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                sheet.write_number(4 + i, c, value, style)
            else:
                sheet.write_string(4 + i, c, str(value), style)
    sheet.freeze_panes(4, 1)
    if table.note:
        sheet.write(5 + len(table.rows), 0, table.note, small)
