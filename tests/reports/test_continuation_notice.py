"""From 1 January 2027 every report, in every format, says that the rules' continuation is not
confirmed and that the 2026 rules are applied; a report as of the day before does not. The
notice travels in the report model (a keyword every builder must give), is taken from the
application layer for the report's as-of date, and each renderer prints it: the files are
opened with pypdf, openpyxl and python-docx and searched for the text."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from report_helpers import COMPUTED_AT
from tilsyn.app import Actor, Role
from tilsyn.app.continuation import continuation_notice
from tilsyn.data.workspace import Workspace
from tilsyn.reports.model import Cell, Letterhead, Paragraph, Report, Section, Stamp, Table
from tilsyn.reports.write import write_report

BEFORE, FIRST, SECOND = dt.date(2026, 12, 31), dt.date(2027, 1, 1), dt.date(2027, 1, 2)
OPERATOR = Actor("drift", Role.operator)
OPENING = "UBEKRÆFTET GRUNDLAG: Fra 1. januar 2027 afløses lov om en aktiv beskæftigelsesindsats"
RULE = "Første jobsamtale inden for 1 uge"
MEANWHILE = "anvender tilsyn reglerne fra 2026"


def _report(as_of: dt.date) -> Report:
    return Report(
        kind="test",
        title="Prøverapport",
        subtitle=f"Pr. {as_of.isoformat()}",
        date=as_of,
        letterhead=Letterhead("Tårnby Kommune", "Jobcenter Tårnby"),
        stamp=Stamp("abc123", "rs0001", COMPUTED_AT),
        sections=(
            Section(
                "Tal",
                (
                    Paragraph("Brødtekst."),
                    Table(("Område", "Antal"), ((Cell.text("Kontanthjælp"), Cell.integer(3)),)),
                ),
            ),
        ),
        continuation_notice=continuation_notice(OPERATOR, as_of),
    )


def _text(path: Path) -> dict[str, str]:
    """The text of the file, per place a reader could look alone (page, sheet, document)."""
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return {"pdf": "\n".join(p.extract_text() for p in PdfReader(path).pages)}
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path)
        return {
            sheet.title: "\n".join(
                str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None
            )
            for sheet in book.worksheets
        }
    if path.suffix == ".docx":
        import docx

        return {"docx": "\n".join(p.text for p in docx.Document(str(path)).paragraphs)}
    return {"html": path.read_text("utf-8")}


def _flat(text: str) -> str:
    return " ".join(text.split())  # PDF text breaks lines where the page does


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx", ".docx", ".html"])
@pytest.mark.parametrize(("day", "shown"), [(BEFORE, False), (FIRST, True), (SECOND, True)])
def test_every_format_says_when_the_rules_continuation_is_unconfirmed(
    tmp_path: Path, suffix: str, day: dt.date, shown: bool
) -> None:
    path = write_report(_report(day), tmp_path / f"r{suffix}")
    for place, text in _text(path).items():
        flat = _flat(text)
        assert (OPENING in flat) is shown, (suffix, day, place)
        assert ("Forbehold om lovgrundlaget" in flat) is shown, (suffix, day, place)
        if shown:
            assert RULE in flat, (suffix, place)
            assert MEANWHILE in flat, (suffix, place)


def test_no_builder_can_leave_the_notice_out() -> None:
    field = next(f for f in dataclasses.fields(Report) if f.name == "continuation_notice")
    assert field.kw_only
    assert field.default is dataclasses.MISSING
    with pytest.raises(TypeError, match="continuation_notice"):
        Report(  # type: ignore[call-arg]
            kind="test",
            title="t",
            subtitle="s",
            date=FIRST,
            letterhead=Letterhead("Tårnby Kommune", "Jobcenter Tårnby"),
            stamp=Stamp("abc123", "rs0001", COMPUTED_AT),
            sections=(),
        )


@pytest.mark.django_db
@pytest.mark.parametrize(("day", "shown"), [(BEFORE, False), (FIRST, True)])
def test_a_real_builder_takes_the_notice_for_its_as_of_date(
    demo_ws: Workspace, tmp_path: Path, day: dt.date, shown: bool
) -> None:
    from tilsyn.reports.auditor import build_auditor

    report = build_auditor(OPERATOR, demo_ws, day, computed_at=COMPUTED_AT)
    assert (report.continuation_notice is not None) is shown
    for suffix in (".xlsx", ".html"):
        path = write_report(report, tmp_path / f"revision{suffix}")
        for place, text in _text(path).items():
            assert (OPENING in _flat(text)) is shown, (suffix, place)


@pytest.mark.django_db
def test_the_monthly_report_of_january_2027_carries_the_notice(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    from tilsyn.reports.monthly import build_monthly

    december = build_monthly(OPERATOR, demo_ws, dt.date(2026, 12, 1), computed_at=COMPUTED_AT)
    january = build_monthly(OPERATOR, demo_ws, dt.date(2027, 1, 1), computed_at=COMPUTED_AT)
    assert december.continuation_notice is None
    assert january.continuation_notice is not None
    # HTML: the test data end in 2024, and an empty trend chart cannot become a PNG (DOCX).
    text = _flat(_text(write_report(january, tmp_path / "m.html"))["html"])
    assert OPENING in text
    assert "31. januar 2027" in text  # the month is judged at its last day
