"""The monthly supervision report: its numbers are the engine's, the partner copy holds only
the partner municipality's citizens and teams, and every listed citizen is in the access log."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from report_helpers import COMPUTED_AT, keep_pages
from tilsyn.app import AccessDenied, Actor, Role
from tilsyn.data.access_log import read_log
from tilsyn.data.workspace import Workspace
from tilsyn.present import labels
from tilsyn.reports.monthly import build_monthly
from tilsyn.reports.write import write_report
from tilsyn.rules import evaluate

MAY = dt.date(2024, 5, 1)
END = dt.date(2024, 5, 31)
OPERATOR = Actor("drift", Role.operator)


def _engine(ws: Workspace, by: str, municipalities: tuple[str, ...] | None) -> list[dict]:
    with ws.open() as snap:
        return evaluate.timeliness(
            snap.con, END, date_from=MAY, date_to=END, by=by, municipalities=municipalities
        )


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def _xlsx_cells(path: Path) -> list[str]:
    import openpyxl

    book = openpyxl.load_workbook(path)
    return [str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row]


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join(parts)


pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def partner_files(
    demo_ws: Workspace,
    tmp_path_factory: pytest.TempPathFactory,
    django_db_setup: None,
    django_db_blocker: Any,
) -> dict[str, Path]:
    with django_db_blocker.unblock():
        report = build_monthly(OPERATOR, demo_ws, MAY, municipality="155", computed_at=COMPUTED_AT)
    out = tmp_path_factory.mktemp("monthly")
    return {ext: write_report(report, out / f"m155.{ext}") for ext in ("pdf", "docx", "xlsx")}


def test_benefit_table_in_excel_equals_the_engine_for_the_partner(
    demo_ws: Workspace, partner_files: dict[str, Path]
) -> None:
    import openpyxl

    sheet = openpyxl.load_workbook(partner_files["xlsx"])["Tabel 1. Rettidighed pr. yde"]
    got = {row[0]: row[1:5] for row in sheet.iter_rows(min_row=5, values_only=True) if row[0]}
    engine = _engine(demo_ws, "benefit", ("155",))
    assert engine, "the fixture must have obligations due in May 2024"
    for r in engine:
        assert got[labels.benefit(r["benefit"])] == (r["met"], r["late"], r["overdue"], r["total"])
    met = sum(r["met"] for r in engine)
    total = sum(r["total"] for r in engine)
    assert got["I alt"][0] == met
    assert got["I alt"][3] == total


def test_pdf_summary_states_the_engines_share_in_danish(
    demo_ws: Workspace, partner_files: dict[str, Path]
) -> None:
    from tilsyn.reports import danish

    engine = _engine(demo_ws, "benefit", ("155",))
    met = sum(r["met"] for r in engine)
    total = sum(r["total"] for r in engine)
    text = _pdf_text(partner_files["pdf"]).replace("\n", " ")
    assert f"I maj 2024 forfaldt {danish.number(total, 0)} frister" in text
    assert f"{danish.percent(met / total)} blev overholdt rettidigt" in text
    assert "Ingen sagsgennemgange registreret." in text
    pages = keep_pages(partner_files["pdf"], "monthly-155")
    assert len(pages) >= 3


def test_partner_report_holds_no_citizen_or_team_of_another_municipality(
    demo_ws: Workspace, partner_files: dict[str, Path]
) -> None:
    with demo_ws.open() as snap:
        others = {
            r[0]
            for r in snap.con.execute(
                "SELECT person_id FROM persons WHERE municipality <> '155'"
            ).fetchall()
        }
        own = {
            r[0]
            for r in snap.con.execute(
                "SELECT person_id FROM persons WHERE municipality = '155'"
            ).fetchall()
        }
        # A team "has partner cases" when any obligation of a Dragør citizen lies with it.
        own_teams = {r["team"] for r in evaluate.obligations(snap.con, END, municipality="155")}
        all_teams = {
            r[0] for r in snap.con.execute("SELECT DISTINCT team FROM caseworkers").fetchall()
        }
    texts = {
        "pdf": _pdf_text(partner_files["pdf"]),
        "docx": _docx_text(partner_files["docx"]),
        "xlsx": "\n".join(_xlsx_cells(partner_files["xlsx"])),
    }
    for fmt, text in texts.items():
        tokens = set(text.replace("\n", " ").split())
        assert not tokens & others, f"{fmt}: citizen of another municipality"
        assert tokens & own, f"{fmt}: the partner's own overdue citizens are listed"
        for team in all_teams - own_teams:
            assert team not in text, f"{fmt}: team without partner cases: {team}"


def test_partner_viewer_cannot_ask_for_another_municipality(demo_ws: Workspace) -> None:
    viewer = Actor("dragoer", Role.partner_viewer, frozenset({"155"}))
    with pytest.raises(AccessDenied, match="185"):
        build_monthly(viewer, demo_ws, MAY, municipality="185", computed_at=COMPUTED_AT)
    report = build_monthly(viewer, demo_ws, MAY, computed_at=COMPUTED_AT)
    assert report.subtitle == "Maj 2024 · Dragør Kommune"


def test_listed_citizens_are_logged_for_reporting(demo_ws: Workspace) -> None:
    actor = Actor("leder", Role.manager, frozenset({"185"}))
    report = build_monthly(actor, demo_ws, MAY, computed_at=COMPUTED_AT)
    listed = [
        row[0].value
        for t in report.tables()
        if t.columns[0] == "Borger (pseudonym)"
        for row in t.rows
    ]
    assert listed
    logged = [e for e in read_log(demo_ws.root) if e.actor == "leder"]
    assert {e.person_id for e in logged} == set(listed)
    assert {e.purpose for e in logged} == {"reporting"}
    assert {e.action for e in logged} == {"report-monthly"}


def test_every_chart_and_the_stamp_name_snapshot_and_ruleset(demo_ws: Workspace) -> None:
    report = build_monthly(OPERATOR, demo_ws, MAY, computed_at=COMPUTED_AT)
    from tilsyn.rules.parameters import default_parameters
    from tilsyn.rules.registry import load_rules, ruleset_version

    assert report.stamp.snapshot_id == demo_ws.require_current()
    assert report.stamp.ruleset_version == ruleset_version(load_rules(), default_parameters())
    assert len(report.charts()) == 2


def test_a_team_serving_only_another_municipality_is_left_out(tmp_path: Path) -> None:
    """Hand-built: Team A runs only Tårnby's P1, Team B only Dragør's P2."""
    from builders import valid_tables, write_folder
    from tilsyn.data.importer import import_folder

    tables = valid_tables()
    tables["caseworkers"].append(
        {
            "caseworker_id": "K2",
            "name": "Sagsbehandler 2",
            "team": "Team B",
            "organisation": "Jobcenter",
        }
    )
    tables["persons"][1]["caseworker_id"] = "K2"
    ws = Workspace(tmp_path / "ws")
    import_folder(write_folder(tmp_path / "in", tables), ws)
    texts = {}
    for code in ("155", "185"):
        report = build_monthly(
            OPERATOR, ws, dt.date(2024, 3, 1), municipality=code, computed_at=COMPUTED_AT
        )
        texts[code] = _pdf_text(write_report(report, tmp_path / f"m{code}.pdf"))
    assert "Team B" in texts["155"]
    assert "Team A" not in texts["155"]
    assert "P1" not in texts["155"].split()
    assert "Team A" in texts["185"]
    assert "Team B" not in texts["185"]


def test_review_results_are_the_partners_own_with_wilson_intervals(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    from supervision.reviews_factory import done_review
    from tilsyn.app import supervision_stats as st

    for i in range(6):
        done_review(
            sent_on=dt.date(2024, 5, 10),
            municipality="155",
            severities=("material",) if i < 2 else (),
        )
    done_review(sent_on=dt.date(2024, 4, 10), municipality="155", severities=("serious",))
    for _ in range(3):
        done_review(
            sent_on=dt.date(2024, 5, 12),
            municipality="185",
            team="Team Kun Tårnby",
            severities=("serious",),
        )
    report = build_monthly(OPERATOR, demo_ws, MAY, municipality="155", computed_at=COMPUTED_AT)
    tables = {t.caption: t for t in report.tables()}
    month = tables["Tabel 9. Fejlandele i måneden"]
    year = tables["Tabel 10. Fejlandele hidtil i året"]
    total_month = month.rows[-1]
    assert (total_month[1].value, total_month[2].value) == (6, 2)
    assert (year.rows[-1][1].value, year.rows[-1][2].value) == (7, 3)
    dragoer = Actor("d", Role.operator, frozenset({"155"}))
    [*_, expected] = st.error_rates(dragoer, by="area", first_month="2024-05", last_month="2024-05")
    assert total_month[4].value.startswith(danish_percent(expected.low))
    text = _pdf_text(write_report(report, tmp_path / "m.pdf"))
    assert "Team Kun Tårnby" not in text
    assert "I maj 2024 blev 6 sager gennemgået" in text.replace("\n", " ")


def danish_percent(value: float | None) -> str:
    from tilsyn.reports import danish

    return danish.percent(value)
