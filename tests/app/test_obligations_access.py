"""The person-level application functions: an actor of Tårnby (185) never gets a citizen of
Dragør (155), whatever it asks, and every citizen returned is in the access log with the
actor, the action, the snapshot and the purpose."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builders import valid_tables, write_folder
from tilsyn.app import AccessDenied, Actor, NotFound, Role
from tilsyn.app import obligations as app
from tilsyn.data.access_log import read_log
from tilsyn.data.importer import import_folder
from tilsyn.data.workspace import Workspace

AS_OF = dt.date(2024, 3, 1)
TAARNBY = Actor("sb.taarnby", Role.caseworker, frozenset({"185"}))
DRAGOER = Actor("sb.dragoer", Role.caseworker, frozenset({"155"}))


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    space = Workspace(tmp_path / "ws")
    import_folder(write_folder(tmp_path / "in", valid_tables()), space)
    return space


def test_explain_refuses_a_citizen_of_another_municipality_and_logs_nothing(
    ws: Workspace,
) -> None:
    with pytest.raises(AccessDenied, match="P2"):
        app.explain(actor=TAARNBY, workspace=ws, person="P2", as_of=AS_OF)
    assert read_log(ws.root) == []


def test_explain_of_an_own_citizen_is_logged_with_actor_snapshot_and_purpose(
    ws: Workspace,
) -> None:
    result = app.explain(actor=DRAGOER, workspace=ws, person="P2", as_of=AS_OF)
    assert result.municipality == "155"
    assert result.items
    (entry,) = read_log(ws.root)
    assert (entry.actor, entry.action, entry.person_id) == ("sb.dragoer", "explain", "P2")
    assert entry.snapshot_id == ws.current_id() == result.snapshot_id
    assert entry.purpose == "casework"


def test_explain_of_an_unknown_citizen_is_not_found(ws: Workspace) -> None:
    with pytest.raises(NotFound, match="P9"):
        app.explain(actor=TAARNBY, workspace=ws, person="P9", as_of=AS_OF)


def test_obligations_of_another_municipalitys_citizen_are_refused(ws: Workspace) -> None:
    with pytest.raises(AccessDenied):
        app.obligations(actor=TAARNBY, workspace=ws, as_of=AS_OF, person="P2")
    with pytest.raises(AccessDenied, match="155"):
        app.obligations(actor=TAARNBY, workspace=ws, as_of=AS_OF, municipality="155")
    assert read_log(ws.root) == []


def test_obligations_without_filters_hold_only_the_actors_municipality(ws: Workspace) -> None:
    everyone = app.obligations(actor=Actor.operator("drift"), workspace=ws, as_of=AS_OF)
    assert {r["person_id"] for r in everyone.rows} == {"P1", "P2"}
    mine = app.obligations(actor=TAARNBY, workspace=ws, as_of=AS_OF, purpose="supervision")
    assert mine.rows
    assert {r["person_id"] for r in mine.rows} == {"P1"}
    logged = [e for e in read_log(ws.root) if e.actor == "sb.taarnby"]
    assert {(e.person_id, e.action, e.purpose) for e in logged} == {
        ("P1", "obligations", "supervision")
    }


def test_a_worklist_of_an_actor_of_185_holds_no_citizen_of_155(ws: Workspace) -> None:
    day = dt.date(2024, 2, 20)
    everyone = app.worklist(actor=Actor.operator("drift"), workspace=ws, as_of=day)
    assert {r["municipality"] for r in everyone.rows} == {"185", "155"}
    mine = app.worklist(actor=TAARNBY, workspace=ws, as_of=day)
    assert mine.rows
    assert {r["municipality"] for r in mine.rows} == {"185"}
    logged = {e.person_id for e in read_log(ws.root) if e.actor == "sb.taarnby"}
    assert logged == {r["person_id"] for r in mine.rows} == {"P1"}


def test_an_actor_of_two_municipalities_sees_both_and_asks_for_one(ws: Workspace) -> None:
    both = Actor("koordinator", Role.coordinator, frozenset({"185", "155"}))
    day = dt.date(2024, 2, 20)
    assert {r["municipality"] for r in app.worklist(actor=both, workspace=ws, as_of=day).rows} == {
        "185",
        "155",
    }
    one = app.worklist(actor=both, workspace=ws, as_of=day, municipality="155")
    assert {r["municipality"] for r in one.rows} == {"155"}


def test_timeliness_counts_only_the_actors_municipality(ws: Workspace) -> None:
    day = dt.date(2024, 12, 31)
    kwargs = {"date_from": dt.date(2024, 1, 1), "date_to": day, "by": "municipality"}
    everyone = app.timeliness(actor=Actor.operator("drift"), workspace=ws, as_of=day, **kwargs)
    assert {r["municipality"] for r in everyone.rows} == {"185", "155"}
    mine = app.timeliness(actor=TAARNBY, workspace=ws, as_of=day, **kwargs)
    assert {r["municipality"] for r in mine.rows} == {"185"}


def test_no_snapshot_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="tilsyn import"):
        app.worklist(actor=TAARNBY, workspace=Workspace(tmp_path / "empty"), as_of=AS_OF)


PARTNER = Actor("dragoer.indsigt", Role.partner_viewer, frozenset({"155"}))
"""Dragør reading the cases Tårnby's job centre runs for it: no organisation of its own."""


def test_a_partner_municipality_sees_its_own_citizens_whoever_handles_them(
    ws: Workspace,
) -> None:
    # P2 lives in 155 and has no caseworker; P1 lives in 185.
    assert app.explain(actor=PARTNER, workspace=ws, person="P2", as_of=AS_OF).items
    assert {
        r["person_id"] for r in app.obligations(actor=PARTNER, workspace=ws, as_of=AS_OF).rows
    } == {"P2"}
    with pytest.raises(AccessDenied, match="P1"):
        app.explain(actor=PARTNER, workspace=ws, person="P1", as_of=AS_OF)
    assert {e.person_id for e in read_log(ws.root) if e.actor == "dragoer.indsigt"} == {"P2"}


def test_person_lists_that_cannot_be_limited_to_a_partner_are_refused(ws: Workspace) -> None:
    from tilsyn.app import economy as app_economy
    from tilsyn.app import measures as app_measures

    with pytest.raises(AccessDenied, match="refusionstrappen"):
        app_economy.refund(
            actor=PARTNER, workspace=ws, from_week="2024-W01", to_week="2024-W02", as_of=AS_OF
        )
    with pytest.raises(AccessDenied, match="handlingsliste"):
        app_measures.focus_forecast(actor=PARTNER, workspace=ws, as_of=AS_OF, municipality="155")
    with pytest.raises(AccessDenied, match="borgerliste"):
        app_measures.reform_missing(
            actor=PARTNER,
            workspace=ws,
            first_month=dt.date(2024, 1, 1),
            last_month=dt.date(2024, 2, 1),
            as_of=AS_OF,
        )
