"""The committee report: the budget table and its full-year-person deviations are the economy
engine's, the focus measures are the forecast's and the sickness flows are counted from the
benefit periods; a bad budget file is refused with file, row and column."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from report_helpers import COMPUTED_AT, keep_pages
from tilsyn.app import Actor, Role
from tilsyn.data.workspace import Workspace
from tilsyn.reports import danish
from tilsyn.reports.committee import build_committee
from tilsyn.reports.write import write_report

AS_OF = dt.date(2024, 5, 31)
BUDGET = Path(__file__).parent / "fixtures" / "committee_budget.csv"
OPERATOR = Actor("drift", Role.operator)


@pytest.fixture(scope="module")
def files(demo_ws: Workspace, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    report = build_committee(OPERATOR, demo_ws, AS_OF, budget_file=BUDGET, computed_at=COMPUTED_AT)
    out = tmp_path_factory.mktemp("committee")
    return {ext: write_report(report, out / f"udvalg.{ext}") for ext in ("pdf", "docx", "xlsx")}


def _engine_budget(ws: Workspace) -> list:
    from tilsyn.economy.budget import follow_up, snapshot_outlook
    from tilsyn.economy.budget_io import read_budget

    with ws.open() as snap:
        return follow_up(read_budget(BUDGET), as_of=AS_OF, outlook=snapshot_outlook(snap.con))


def test_budget_table_in_excel_is_the_engines_with_real_numbers(
    demo_ws: Workspace, files: dict[str, Path]
) -> None:
    import openpyxl

    sheet = openpyxl.load_workbook(files["xlsx"])["Tabel 1. Budgetopfølgning, d"]
    got = {
        str(row[0]).strip("\u00a0 "): row[1:8]
        for row in sheet.iter_rows(min_row=5, values_only=True)
        if row[0]
    }
    for r in _engine_budget(demo_ws):
        original, corrected, spent, forecast, dev_o, dev_c, pct = got[r.area]
        assert original == pytest.approx(float(r.original_budget))
        assert corrected == pytest.approx(float(r.corrected_budget))
        assert spent == pytest.approx(float(r.spent_to_date))
        assert forecast == pytest.approx(float(r.forecast))
        assert dev_c == pytest.approx(float(r.deviation_corrected))
        assert dev_o == pytest.approx(float(r.deviation_original))
        if r.deviation_pct is not None:
            assert pct == pytest.approx(float(r.deviation_pct / Decimal(100)))


def test_pdf_explains_deviations_in_full_year_persons(
    demo_ws: Workspace, files: dict[str, Path]
) -> None:
    from pypdf import PdfReader

    text = " ".join(p.extract_text() for p in PdfReader(files["pdf"]).pages).replace("\n", " ")
    sick = next(r for r in _engine_budget(demo_ws) if r.area == "13002 - Sygedagpenge")
    assert sick.explanation is not None
    assert sick.explanation in text
    assert danish.number(sick.fulltime_persons_deviation, 0) in text
    assert keep_pages(files["pdf"], "committee")


def test_focus_measures_are_the_forecasts(demo_ws: Workspace, files: dict[str, Path]) -> None:
    import docx

    from tilsyn.measures.forecast import forecast

    document = docx.Document(str(files["docx"]))
    table = next(t for t in document.tables if t.rows[0].cells[1].text == "Fokusmål")
    rows = {(r.cells[0].text, r.cells[1].text): r for r in table.rows[1:]}
    with demo_ws.open() as snap:
        fc = forecast(snap.con, as_of=AS_OF, municipality="155", measure="offers")
    row = rows[("Dragør Kommune", "Fokusmål 2: tilbud")]
    assert row.cells[3].text == danish.percent(fc.projected_average)
    assert row.cells[5].text == danish.number(len(fc.actions), 0)


def test_the_offer_measure_is_shown_under_every_reading(
    demo_ws: Workspace, files: dict[str, Path]
) -> None:
    import docx

    from tilsyn.measures.focus import focus_measures

    document = docx.Document(str(files["docx"]))
    table = next(t for t in document.tables if t.rows[0].cells[2].text == "Tilbud der tæller")
    got = {
        (r.cells[0].text, r.cells[1].text, r.cells[2].text): r.cells[3].text for r in table.rows[1:]
    }
    with demo_ws.open() as snap:
        (offers,) = [
            r
            for r in focus_measures(snap.con, year=2024, as_of=AS_OF, municipality="185")
            if r.measure == "offers"
        ]
    reading = {
        "overlap": "tilbud der overlapper de 12 måneder",
        "started": "tilbud påbegyndt i de 12 måneder",
    }
    for v in offers.variants:
        key = ("Tårnby Kommune", f"{int(v.hours or 0)} timer", reading[str(v.reading)])
        assert got[key] == danish.percent(v.year_average)
    assert len([k for k in got if k[0] == "Tårnby Kommune"]) == 4


def test_sickness_flows_count_the_benefit_periods(demo_ws: Workspace) -> None:
    from tilsyn.app.reports import committee

    data = committee(OPERATOR, demo_ws, AS_OF, budget_file=BUDGET)
    last_year = data.sickness[0]
    with demo_ws.open() as snap:
        periods = snap.con.execute(
            "SELECT COALESCE(first_absence_date, start_date), end_date FROM benefit_periods "
            "WHERE benefit = 'sygedagpenge'"
        ).fetchall()
    starts = [(s, e) for s, e in periods if s.year == 2023]
    ended = [(s, e) for s, e in starts if e is not None and (e - s).days < 56]
    assert last_year.starts == len(starts)
    assert last_year.ended_within == len(ended)
    ongoing_long = [
        s
        for s, e in periods
        if s <= AS_OF and (e is None or e >= AS_OF) and (AS_OF - s).days >= 154
    ]
    assert data.sickness[1].over_long == len(ongoing_long)


def test_a_bad_budget_file_is_refused_naming_row_and_column(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    from tilsyn.cli import app

    bad = tmp_path / "budget.csv"
    bad.write_text(
        "area;original_budget;corrected_budget;spent_to_date\nSygedagpenge;91,1;abc;46,4\n",
        encoding="utf-8",
    )
    out = tmp_path / "udvalg.pdf"
    result = CliRunner().invoke(
        app,
        [
            "report",
            "committee",
            "--as-of",
            "2024-05-31",
            "--budget",
            str(bad),
            "--out",
            str(out),
            "--workspace",
            str(demo_ws.root),
        ],
    )
    assert result.exit_code == 2
    assert "budget.csv" in result.output
    assert "række 2" in result.output
    assert "corrected_budget" in result.output
    assert not out.exists()
