"""Every person-level application function beyond the obligations: an actor of Tårnby (185)
never gets a citizen of Dragør (155) — refused when asked by name or municipality, left out
otherwise — and the access log holds exactly the citizens returned, with actor and purpose."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from tilsyn.app import AccessDenied, Actor, Role
from tilsyn.app import data as app_data
from tilsyn.app import demo as app_demo
from tilsyn.app import economy as app_economy
from tilsyn.app import measures as app_measures
from tilsyn.data.access_log import read_log
from tilsyn.data.importer import import_folder
from tilsyn.data.synthetic import generate
from tilsyn.data.workspace import Workspace

AS_OF = dt.date(2025, 6, 30)


def taarnby(user: str) -> Actor:
    return Actor(user, Role.caseworker, frozenset({"185"}))


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("app")
    generate(root / "data", persons=1000, seed=5, end="2026-12", fmt="csv")
    space = Workspace(root / "ws")
    import_folder(root / "data", space)
    return space


def municipality_of(ws: Workspace) -> dict[str, str]:
    con = duckdb.connect(str(ws.snapshot_path(ws.require_current())), read_only=True)
    try:
        return {
            str(p): str(m)
            for p, m in con.execute("SELECT person_id, municipality FROM persons").fetchall()
        }
    finally:
        con.close()


def logged(ws: Workspace, user: str) -> list[tuple[str, str, str | None]]:
    return [(e.person_id, e.action, e.purpose) for e in read_log(ws.root) if e.actor == user]


def test_a_forecast_for_another_municipality_is_refused_and_not_logged(ws: Workspace) -> None:
    with pytest.raises(AccessDenied, match="155"):
        app_measures.focus_forecast(
            actor=taarnby("fc.refused"), workspace=ws, as_of=AS_OF, municipality="155"
        )
    assert logged(ws, "fc.refused") == []


def test_a_forecasts_action_list_is_logged_citizen_by_citizen(ws: Workspace) -> None:
    result = app_measures.focus_forecast(
        actor=taarnby("fc.ok"), workspace=ws, as_of=AS_OF, municipality="185"
    )
    shown = {a.person_id for a in result.forecast.actions}
    assert shown, "the synthetic year needs citizens to act on"
    homes = municipality_of(ws)
    assert {homes[p] for p in shown} == {"185"}
    assert {p for p, action, _ in logged(ws, "fc.ok")} == shown
    assert {(action, purpose) for _, action, purpose in logged(ws, "fc.ok")} == {
        ("forecast", "casework")
    }


def test_the_reform_list_of_missing_citizens_holds_only_the_actors_municipality(
    ws: Workspace,
) -> None:
    period = {
        "first_month": dt.date(2026, 7, 1),
        "last_month": dt.date(2026, 12, 1),
        "as_of": dt.date(2027, 1, 31),
    }
    everyone = app_measures.reform_missing(actor=Actor.operator("drift"), workspace=ws, **period)
    assert {r["municipality"] for r in everyone} == {"185", "155"}
    mine = app_measures.reform_missing(actor=taarnby("reform.ok"), workspace=ws, **period)
    assert mine
    assert {r["municipality"] for r in mine} == {"185"}
    assert {p for p, _, _ in logged(ws, "reform.ok")} == {r["person_id"] for r in mine}
    with pytest.raises(AccessDenied):
        app_measures.reform_missing(
            actor=taarnby("reform.refused"), workspace=ws, municipality="155", **period
        )
    assert logged(ws, "reform.refused") == []


WEEKS = {"from_week": "2025-W01", "to_week": "2025-W04", "as_of": AS_OF}


def test_the_refund_staircase_of_another_municipalitys_citizen_is_refused(
    ws: Workspace,
) -> None:
    everyone = app_economy.refund(actor=Actor.operator("drift"), workspace=ws, **WEEKS)
    other = next(r["person_id"] for r in everyone if r["municipality"] == "155")
    with pytest.raises(AccessDenied, match=str(other)):
        app_economy.refund(actor=taarnby("refund.refused"), workspace=ws, person=other, **WEEKS)
    assert logged(ws, "refund.refused") == []


def test_the_refund_staircase_holds_and_logs_only_the_actors_citizens(ws: Workspace) -> None:
    rows = app_economy.refund(
        actor=taarnby("refund.ok"), workspace=ws, purpose="reporting", **WEEKS
    )
    assert rows
    assert {r["municipality"] for r in rows} == {"185"}
    assert {(p, purpose) for p, _, purpose in logged(ws, "refund.ok")} == {
        (str(r["person_id"]), "reporting") for r in rows
    }


def test_the_refund_file_with_cpr_is_for_the_operator_only(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(AccessDenied, match="CPR"):
        app_economy.refund_export(
            actor=taarnby("export.cpr"),
            workspace=ws,
            path=tmp_path / "f.csv",
            with_cpr=True,
            **WEEKS,
        )
    assert not (tmp_path / "f.csv").exists()
    count = app_economy.refund_export(
        actor=taarnby("export.ok"), workspace=ws, path=tmp_path / "f.csv", **WEEKS
    )
    lines = (tmp_path / "f.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert count == len(lines) > 0
    assert {line.split(";")[3] for line in lines} == {"185"}
    assert logged(ws, "export.ok")


def test_the_demo_overview_and_the_access_log_are_not_for_a_caseworker(ws: Workspace) -> None:
    with pytest.raises(AccessDenied):
        app_demo.obligations_overview(taarnby("demo"), ws, AS_OF)
    with pytest.raises(AccessDenied, match="adgangsloggen"):
        app_data.access_log(taarnby("curious"), ws)
    auditor = Actor("revisor", Role.auditor, frozenset({"185"}))
    assert app_data.access_log(auditor, ws) is not None


def test_aggregates_of_an_actor_of_185_hold_only_185(ws: Workspace) -> None:
    actor = taarnby("aggregates")
    focus = app_measures.focus(actor=actor, workspace=ws, year=2025, as_of=AS_OF)
    assert focus
    assert {r.municipality for r in focus} == {"185"}
    early = app_measures.early(
        actor=actor,
        workspace=ws,
        first_month=dt.date(2025, 1, 1),
        last_month=dt.date(2025, 6, 1),
        as_of=AS_OF,
    )
    assert early
    assert {r.municipality for r in early} == {"185"}
    fulltime = app_economy.fulltime(actor=actor, workspace=ws, year=2025, as_of=AS_OF)
    assert {r.municipality for r in fulltime.months} == {"185"}
    with pytest.raises(AccessDenied):
        app_economy.fulltime(actor=actor, workspace=ws, year=2025, as_of=AS_OF, municipality="155")


def test_reform_aggregates_and_requests_for_other_municipalities(
    ws: Workspace, tmp_path: Path
) -> None:
    actor = taarnby("requests")
    period = {
        "first_month": dt.date(2026, 7, 1),
        "last_month": dt.date(2026, 12, 1),
        "as_of": dt.date(2027, 1, 31),
    }
    rows = app_measures.reform(actor=actor, workspace=ws, **period)
    assert rows
    assert {r.municipality for r in rows} == {"185"}
    with pytest.raises(AccessDenied):
        app_measures.reform(actor=actor, workspace=ws, municipality="155", **period)
    # refused before any file is read or any snapshot opened
    with pytest.raises(AccessDenied):
        app_measures.reconcile(
            actor=actor,
            workspace=ws,
            official=tmp_path / "ingen.csv",
            measure="x",
            first_month=dt.date(2025, 1, 1),
            last_month=dt.date(2025, 6, 1),
            as_of=AS_OF,
            municipality="155",
        )
    with pytest.raises(AccessDenied):
        app_economy.budget(
            actor=actor,
            workspace=ws,
            budget_file=tmp_path / "ingen.csv",
            as_of=AS_OF,
            municipality="155",
        )
    assert logged(ws, "requests") == []
