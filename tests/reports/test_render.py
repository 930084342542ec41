"""The four formats render one report model: opened with a reader, numbers are Danish in the
text formats and real typed cells in Excel, and every format carries the figures' stamp."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from tilsyn.reports.charts import line_chart
from tilsyn.reports.model import Cell, Letterhead, Notice, Paragraph, Report, Section, Stamp, Table
from tilsyn.reports.write import ReportFormatError, write_report

STAMP = Stamp("abc123def4567890", "rs0001", dt.datetime(2024, 6, 3, 9, 30, tzinfo=dt.UTC))


def _report(notice: str | None = None) -> Report:
    table = Table(
        ("Område", "Antal", "Beløb (mio. kr.)", "Andel", "Frist"),
        (
            (
                Cell.text("Sygedagpenge"),
                Cell.integer(3190),
                Cell.number(Decimal("3190.65")),
                Cell.percent(Fraction(2, 11)),
                Cell.date(dt.date(2024, 5, 31)),
            ),
            (
                Cell.text("I alt"),
                Cell.integer(4000),
                Cell.number(Decimal("-20.75")),
                Cell.percent(None),
                Cell.date(None),
            ),
        ),
        caption="Tabel 1. Prøve",
        total_rows=(1,),
    )
    chart = line_chart(
        "Udvikling",
        [{"m": "jan. 24", "v": 0.5}, {"m": "feb. 24", "v": 0.6}],
        x="m",
        y="v",
        threshold=0.8,
    )
    return Report(
        kind="test",
        title="Prøverapport",
        subtitle="Maj 2024",
        date=dt.date(2024, 6, 3),
        letterhead=Letterhead("Tårnby Kommune", "Jobcenter Tårnby"),
        stamp=STAMP,
        continuation_notice=notice,
        sections=(
            Section(
                "Første afsnit",
                (Paragraph("Brødtekst med æøå."), table, chart, Notice("Bemærk:", "tekst")),
            ),
        ),
    )


def test_pdf_has_danish_numbers_page_numbers_and_the_stamp(tmp_path: Path) -> None:
    from pypdf import PdfReader

    path = write_report(_report(), tmp_path / "r.pdf")
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "3.190,7" in text  # 3190.65 rounded half away from zero
    assert "-20,8" in text  # and so are negatives
    assert "18,2 %" in text  # 2/11
    assert "31.05.2024" in text
    assert "Side 1 af" in text
    assert "abc123def4567890" in text
    assert "rs0001" in text
    assert "snapshot=abc123def4567890" in str(reader.metadata.get("/Keywords"))


def test_xlsx_holds_real_numbers_shares_and_dates(tmp_path: Path) -> None:
    import openpyxl

    path = write_report(_report(), tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Tabel 1. Prøve"]
    header = [c.value for c in sheet[4]]
    assert header == ["Område", "Antal", "Beløb (mio. kr.)", "Andel", "Frist"]
    row = list(sheet[5])
    assert row[1].value == 3190
    assert row[1].number_format == "#,##0"
    assert row[2].value == pytest.approx(3190.65)
    assert row[2].number_format == "#,##0.0"
    assert row[3].value == pytest.approx(2 / 11)
    assert row[3].number_format == "0.0 %"
    assert row[4].value.date() == dt.date(2024, 5, 31)
    assert row[4].is_date
    assert sheet["A2"].value == STAMP.text()
    assert "Figurer" in book.sheetnames


def test_docx_has_table_stamp_and_page_fields(tmp_path: Path) -> None:
    import docx

    path = write_report(_report(), tmp_path / "r.docx")
    document = docx.Document(str(path))
    table = document.tables[0]
    assert [c.text for c in table.rows[1].cells] == [
        "Sygedagpenge",
        "3.190",
        "3.190,7",
        "18,2 %",
        "31.05.2024",
    ]
    footer_xml = document.sections[0].footer._element.xml
    assert "PAGE" in footer_xml
    assert "NUMPAGES" in footer_xml
    assert STAMP.text() in document.sections[0].footer.paragraphs[0].text
    assert len(document.inline_shapes) == 1  # the chart


def test_html_escapes_text_and_embeds_the_chart(tmp_path: Path) -> None:
    report = _report()
    path = write_report(report, tmp_path / "r.html")
    html = path.read_text("utf-8")
    assert "<svg" in html
    assert "3.190,7" in html
    assert STAMP.text() in html


def test_unknown_extension_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    with pytest.raises(ReportFormatError, match=r"ukendt format '\.odt'"):
        write_report(_report(), tmp_path / "r.odt")
    assert list(tmp_path.iterdir()) == []


def test_a_row_of_the_wrong_width_is_refused() -> None:
    with pytest.raises(ValueError, match="række 1 har 1 celler, men der er 2 kolonner"):
        Table(("a", "b"), ((Cell.text("x"),),), caption="t")


def test_chart_axes_write_shares_and_numbers_the_danish_way() -> None:
    import re

    from tilsyn.reports.charts import to_svg

    shares = line_chart(
        "Andel", [{"m": "jan. 24", "v": 0.35}, {"m": "feb. 24", "v": 0.4}], x="m", y="v"
    )
    labels = re.findall(r">([^<>]*%)<", to_svg(shares))
    assert labels
    assert all(label.endswith("\u00a0%") for label in labels), labels
    counts = line_chart(
        "Antal",
        [{"m": "jan. 24", "v": 1200}, {"m": "feb. 24", "v": 4800}],
        x="m",
        y="v",
        share=False,
    )
    assert "1.000" in to_svg(counts)  # a thousands point, not a comma
