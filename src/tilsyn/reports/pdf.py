"""Report → PDF: WeasyPrint prints the HTML page with its A4 print stylesheet."""

from __future__ import annotations

from tilsyn.reports.html import render_html
from tilsyn.reports.model import Report


def render_pdf(report: Report) -> bytes:
    from weasyprint import HTML

    document = HTML(string=render_html(report)).render()
    # Metadata lets a reader (and the tests) find where the figures came from.
    document.metadata.title = report.title
    document.metadata.authors = [report.letterhead.municipality]
    document.metadata.keywords = [
        f"snapshot={report.stamp.snapshot_id}",
        f"ruleset={report.stamp.ruleset_version}",
    ]
    pdf = document.write_pdf()
    assert pdf is not None  # write_pdf returns bytes when no target is given
    return bytes(pdf)
