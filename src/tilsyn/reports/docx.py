"""Report → DOCX (python-docx): a Word document the municipality can edit and send, with its
letterhead, page numbers in the footer and the figures' stamp."""

from __future__ import annotations

import io
from typing import Any

from tilsyn.reports import danish
from tilsyn.reports.cells import cell_text
from tilsyn.reports.charts import to_png
from tilsyn.reports.model import BulletList, Chart, Notice, Paragraph, Report, Table

BLUE = (0x1F, 0x4E, 0x79)


def _field(run: Any, instruction: str) -> None:
    """Insert a Word field (PAGE, NUMPAGES) that Word fills in when it lays out the page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (("begin", None), (None, instruction), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _shade(cell: Any, colour: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def render_docx(report: Report) -> bytes:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
    from docx.shared import Mm, Pt, RGBColor

    doc = Document()
    styles = doc.styles
    styles["Normal"].font.name = "Arial"
    styles["Normal"].font.size = Pt(10)
    for name, size in (("Title", 16), ("Heading 1", 12.5), ("Heading 2", 11)):
        styles[name].font.name = "Arial"
        styles[name].font.size = Pt(size)
        styles[name].font.color.rgb = RGBColor(*BLUE)
    section = doc.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    section.left_margin, section.right_margin = Mm(22), Mm(18)
    section.top_margin, section.bottom_margin = Mm(24), Mm(22)
    props = doc.core_properties
    props.title = report.title
    props.author = report.letterhead.municipality
    props.keywords = f"snapshot={report.stamp.snapshot_id}; ruleset={report.stamp.ruleset_version}"
    props.comments = report.stamp.text()

    header = section.header.paragraphs[0]
    header.text = (
        f"{report.letterhead.municipality} · {report.letterhead.department}\t\t"
        f"{danish.date_short(report.date)}"
    )
    header.runs[0].font.size = Pt(8)
    footer = section.footer.paragraphs[0]
    stamp_run = footer.add_run(report.stamp.text() + "\t\tSide ")
    stamp_run.font.size = Pt(7)
    for instruction, after in (("PAGE", " af "), ("NUMPAGES", "")):
        run = footer.add_run()
        run.font.size = Pt(7)
        _field(run, instruction)
        if after:
            footer.add_run(after).font.size = Pt(7)

    sender = doc.add_paragraph()
    sender.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    muni = sender.add_run(report.letterhead.municipality + "\n")
    muni.bold, muni.font.size, muni.font.color.rgb = True, Pt(15), RGBColor(*BLUE)
    sender.add_run(report.letterhead.department + "\n").bold = True
    for line in report.letterhead.address:
        sender.add_run(line + "\n").font.size = Pt(8.5)
    sender.add_run(f"Dato: {danish.date_long(report.date)}").bold = True
    if report.reference:
        sender.add_run(f"\nJ.nr. {report.reference}")
    if report.letterhead.recipient:
        doc.add_paragraph("\n".join(report.letterhead.recipient))

    doc.add_paragraph(report.title, style="Title")
    doc.add_paragraph(report.subtitle)
    if report.continuation_notice:
        p = doc.add_paragraph()
        p.add_run(report.notice_title + ": ").bold = True
        p.add_run(report.continuation_notice)
    for index, sec in enumerate(report.sections):
        doc.add_heading(report.heading(index), level=1)
        for block in sec.blocks:
            if isinstance(block, Paragraph):
                p = doc.add_paragraph()
                run = p.add_run(block.text)
                if block.editable:
                    run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            elif isinstance(block, BulletList):
                style = "List Number" if block.numbered else "List Bullet"
                for item in block.items:
                    doc.add_paragraph(item, style=style)
            elif isinstance(block, Notice):
                p = doc.add_paragraph()
                p.add_run(block.title + " ").bold = True
                p.add_run(block.text)
            elif isinstance(block, Table):
                if block.caption:
                    doc.add_paragraph(block.caption).runs[0].bold = True
                table = doc.add_table(rows=1, cols=len(block.columns))
                table.style = "Table Grid"
                table.alignment = WD_TABLE_ALIGNMENT.CENTER
                for i, title in enumerate(block.columns):
                    cell = table.rows[0].cells[i]
                    cell.text = title
                    cell.paragraphs[0].runs[0].bold = True
                    cell.paragraphs[0].runs[0].font.size = Pt(8.5)
                    _shade(cell, "DCE6F1")
                for r, row in enumerate(block.rows):
                    cells = table.add_row().cells
                    for i, value in enumerate(row):
                        cells[i].text = cell_text(value)
                        par = cells[i].paragraphs[0]
                        par.runs[0].font.size = Pt(8.5) if par.runs else None
                        if value.numeric:
                            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                        if par.runs and (r in block.total_rows or value.emphasis):
                            par.runs[0].bold = True
                if block.note:
                    note = doc.add_paragraph(block.note)
                    note.runs[0].font.size = Pt(8)
            elif isinstance(block, Chart):
                doc.add_paragraph(block.title).runs[0].bold = True
                doc.add_picture(io.BytesIO(to_png(block)), width=Mm(160))
                caption = doc.add_paragraph(
                    (block.description + " " if block.description else "") + report.stamp.text()
                )
                caption.runs[0].font.size = Pt(7.5)
    if report.signature:
        doc.add_paragraph("Med venlig hilsen")
        doc.add_paragraph("\n".join(report.signature))
    doc.add_paragraph(f"Tallene er dannet af tilsyn ud fra sagsdata. {report.stamp.text()}.").runs[
        0
    ].font.size = Pt(7.5)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
