"""Report → HTML (Jinja2). The same page, with its print stylesheet, is what WeasyPrint prints."""

from __future__ import annotations

from functools import cache
from importlib import resources

from jinja2 import Environment, PackageLoader, select_autoescape

from tilsyn.reports import danish
from tilsyn.reports.cells import cell_text
from tilsyn.reports.charts import to_svg
from tilsyn.reports.model import Report, Table


def _numeric_column(table: Table, index: int) -> bool:
    cells = [row[index] for row in table.rows if row[index].value is not None]
    return bool(cells) and all(c.numeric for c in cells)


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("tilsyn.reports", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        cell_text=cell_text,
        numeric_column=_numeric_column,
        svg=to_svg,
        date_long=danish.date_long,
        date_short=danish.date_short,
    )
    return env


def stylesheet() -> str:
    return resources.files("tilsyn.reports").joinpath("templates/print.css").read_text("utf-8")


def render_html(report: Report) -> str:
    template = _environment().get_template("report.html.j2")
    return template.render(report=report, css=stylesheet())
