"""Evaluation as of a date, materialisation, the query helpers and explanations, on
hand-made citizens through the real importer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from tilsyn.app.demo import ObligationsOverview
from tilsyn.data.importer import connection_from_records
from tilsyn.present.demo import obligations_lines
from tilsyn.rules.evaluate import (
    RESULT_COLUMNS,
    evaluate,
    materialise,
    timeliness,
    worklist,
)
from tilsyn.rules.explain import UnknownPerson, explain
from tilsyn.rules.overview import busiest_caseworker, overdue_by_team

AS_OF = dt.date(2024, 3, 1)


def _conv(person: str, day: str) -> dict[str, str]:
    return {
        "person_id": person,
        "date": day,
        "kind": "jobsamtale",
        "form": "personligt",
        "held_by": "jobcenter",
        "status": "afholdt",
    }


def _kh(person: str, start: str) -> dict[str, str]:
    return {
        "person_id": person,
        "benefit": "kontanthjaelp",
        "start_date": start,
        "target_group": "jobparat",
    }


@pytest.fixture
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    c = connection_from_records(
        {
            "persons": [
                {"person_id": "P1", "municipality": "185", "caseworker_id": "K1"},
                {"person_id": "P2", "municipality": "185", "caseworker_id": "K1"},
                {"person_id": "P3", "municipality": "155", "caseworker_id": "K2"},
            ],
            "caseworkers": [
                {"caseworker_id": "K1", "name": "A", "team": "Team A", "organisation": "JC"},
                {"caseworker_id": "K2", "name": "B", "team": "Team B", "organisation": "JC"},
            ],
            "benefit_periods": [
                _kh("P1", "2024-01-01"),  # first interview late, 4-in-6m open
                _kh("P2", "2024-02-20"),  # first interview overdue since 2024-02-27
                _kh("P3", "2024-02-26"),  # first interview open, due 2024-03-04
            ],
            "conversations": [_conv("P1", "2024-01-10")],
        }
    )
    yield c
    c.close()


def test_evaluate_returns_the_documented_columns(con: duckdb.DuckDBPyConnection) -> None:
    table = evaluate(con, AS_OF)
    assert tuple(table.column_names) == RESULT_COLUMNS
    first = {r["person_id"]: r for r in table.to_pylist() if r["kind"] == "first_interview"}
    assert first["P1"]["status"] == "late"
    assert first["P1"]["days_late"] == 2
    assert first["P2"]["status"] == "overdue"
    assert first["P3"]["status"] == "open"
    assert first["P1"]["team"] == "Team A"


def test_evaluate_for_one_person_gives_that_persons_rows(con: duckdb.DuckDBPyConnection) -> None:
    rows = evaluate(con, AS_OF, person_id="P2").to_pylist()
    assert {r["person_id"] for r in rows} == {"P2"}
    everyone = [r for r in evaluate(con, AS_OF).to_pylist() if r["person_id"] == "P2"]
    assert rows == everyone


def test_materialise_stamps_and_replaces_results(con: duckdb.DuckDBPyConnection) -> None:
    n = materialise(con, AS_OF)
    assert n == len(evaluate(con, AS_OF))
    assert materialise(con, AS_OF) == n  # replaced, not appended
    stamps = con.execute(
        "SELECT DISTINCT as_of, snapshot_id, ruleset_version FROM result_obligations"
    ).fetchall()
    assert len(stamps) == 1
    assert stamps[0][0] == AS_OF
    assert stamps[0][1] is None  # in-memory test snapshot has no id
    assert len(stamps[0][2]) == 12
    materialise(con, dt.date(2024, 4, 1))
    dates = con.execute("SELECT DISTINCT as_of FROM result_obligations ORDER BY 1").fetchall()
    assert [d[0] for d in dates] == [AS_OF, dt.date(2024, 4, 1)]


def test_worklist_puts_overdue_first_then_open_by_due_date(
    con: duckdb.DuckDBPyConnection,
) -> None:
    rows = worklist(con, AS_OF)
    assert rows[0]["status"] == "overdue"
    statuses = [r["status"] for r in rows]
    assert statuses == sorted(statuses, key=lambda s: s != "overdue")
    opened = [r["due_date"] for r in rows if r["status"] == "open"]
    assert opened == sorted(opened)
    assert all(r["status"] in {"open", "overdue"} for r in rows)


def test_worklist_filters_by_caseworker_team_and_horizon(
    con: duckdb.DuckDBPyConnection,
) -> None:
    assert {r["person_id"] for r in worklist(con, AS_OF, caseworker_id="K2")} == {"P3"}
    assert {r["person_id"] for r in worklist(con, AS_OF, team="Team A")} == {"P1", "P2"}
    # P3's first interview is due 2024-03-04: inside 3 days, outside 2.
    within3 = worklist(con, AS_OF, caseworker_id="K2", within_days=3)
    within2 = worklist(con, AS_OF, caseworker_id="K2", within_days=2)
    assert [r["due_date"] for r in within3] == [dt.date(2024, 3, 4)]
    assert within2 == []
    # Overdue obligations stay whatever the horizon.
    assert any(r["status"] == "overdue" for r in worklist(con, AS_OF, team="Team A", within_days=0))


def test_worklist_leaves_out_closed_cases_unless_asked(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "INSERT INTO benefit_periods (person_id, benefit, start_date, end_date, target_group) "
        "VALUES ('P4', 'kontanthjaelp', DATE '2024-02-01', DATE '2024-02-28', 'jobparat')"
    )
    con.execute("INSERT INTO persons (person_id, municipality) VALUES ('P4', '185')")
    # P4's first interview was due 2024-02-08 and never held, but the case closed on 28 Feb;
    # on the day it closes it is still actionable, the day after it is not.
    assert "P4" in {r["person_id"] for r in worklist(con, dt.date(2024, 2, 28))}
    assert "P4" not in {r["person_id"] for r in worklist(con, dt.date(2024, 2, 29))}
    closed = worklist(con, dt.date(2024, 2, 29), include_closed=True)
    assert any(r["person_id"] == "P4" and r["status"] == "overdue" for r in closed)


def _p5_periods(con: duckdb.DuckDBPyConnection, restart: str) -> None:
    con.execute("INSERT INTO persons (person_id, municipality) VALUES ('P5', '185')")
    con.execute(
        "INSERT INTO benefit_periods (person_id, benefit, start_date, end_date, target_group) "
        "VALUES ('P5', 'kontanthjaelp', DATE '2024-01-01', DATE '2024-01-31', 'jobparat'), "
        "('P5', 'kontanthjaelp', DATE '2024-02-01', DATE '2024-02-29', 'jobparat'), "
        f"('P5', 'kontanthjaelp', DATE '{restart}', NULL, 'jobparat')"
    )


def test_a_new_spell_does_not_revive_the_obligations_of_a_closed_one(
    con: duckdb.DuckDBPyConnection,
) -> None:
    # Payments stop on 29 Feb and start again on 1 Apr: all of March is empty, which breaks
    # the period (lab.periode.break_empty_months = 1), so 1 April opens a new one.
    _p5_periods(con, "2024-04-01")
    rows = [r for r in worklist(con, dt.date(2024, 4, 2)) if r["person_id"] == "P5"]
    # The first spell (1 Jan - 29 Feb, two back-to-back rows) missed its first interview
    # (due 8 Jan); only the new spell's obligations, due from 8 Apr, are listed.
    assert rows
    assert all(r["due_date"] >= dt.date(2024, 4, 1) for r in rows)
    old = worklist(con, dt.date(2024, 2, 9))
    assert any(r["person_id"] == "P5" and r["due_date"] == dt.date(2024, 1, 8) for r in old)


def test_a_pause_shorter_than_a_whole_month_keeps_the_period_and_its_overdue_obligations(
    con: duckdb.DuckDBPyConnection,
) -> None:
    # Payments stop on 29 Feb and start again on 31 Mar: March is not wholly empty, so the
    # rules see one period from 1 Jan (decision 0007), and the worklist must agree with
    # them: the first interview due 8 Jan is still overdue and still on the list. (The
    # worklist used to cut the period at any gap of a day, and dropped it.)
    _p5_periods(con, "2024-03-31")
    rows = [r for r in worklist(con, dt.date(2024, 4, 2)) if r["person_id"] == "P5"]
    first = [r for r in rows if r["kind"] == "first_interview"]
    assert [(r["due_date"], r["status"]) for r in first] == [(dt.date(2024, 1, 8), "overdue")]
    # One period, so one first interview: the restart on 31 Mar opens no second window.
    assert not any(r["due_date"] >= dt.date(2024, 3, 31) for r in first)


def test_timeliness_counts_decided_obligations_due_in_the_period(
    con: duckdb.DuckDBPyConnection,
) -> None:
    rows = timeliness(
        con, AS_OF, date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 3, 31), by="kind"
    )
    first = next(r for r in rows if r["kind"] == "first_interview")
    # P1 late, P2 overdue; P3 is open and not counted.
    assert (first["met"], first["late"], first["overdue"], first["total"]) == (0, 1, 1, 2)
    assert first["on_time_share"] == Decimal("0.000")
    by_team = timeliness(
        con, AS_OF, date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 3, 31), by="team"
    )
    assert [r["team"] for r in by_team] == ["Team A"]
    with pytest.raises(ValueError, match="ukendt gruppering"):
        timeliness(con, AS_OF, date_from=AS_OF, date_to=AS_OF, by="weekday")


def test_explain_gives_parameters_in_force_with_references(
    con: duckdb.DuckDBPyConnection,
) -> None:
    items = explain(con, "P1", AS_OF)
    first = next(i for i in items if i["kind"] == "first_interview")
    assert first["rule"]["label"] == "Første jobsamtale inden for 1 uge"
    days = next(p for p in first["parameters"] if p["id"].endswith("first_interview_days"))
    assert days["value"] == 7
    assert days["effective_from"] == dt.date(2024, 1, 1)
    assert days["references"][0]["title"].startswith("LAB § 31, stk. 5")
    assert days["references"][0]["href"].startswith("https://")
    assert "jobsamtale 2024-01-10" in first["evidence"]
    with pytest.raises(UnknownPerson):
        explain(con, "NOPE", AS_OF)


def test_the_overview_shows_overdue_per_team_and_a_worklist(
    con: duckdb.DuckDBPyConnection,
) -> None:
    caseworker = busiest_caseworker(con, AS_OF)
    top = worklist(con, AS_OF, caseworker_id=caseworker, limit=5)
    overview = ObligationsOverview(AS_OF, overdue_by_team(con, AS_OF), caseworker, top, 5)
    lines = obligations_lines(overview)
    assert lines[0].startswith("Overskredne frister pr. team")
    # P2's first interview is overdue and P2 still receives kontanthjælp
    assert "  Team A: 1 / 1" in lines
    assert any(line.startswith("Arbejdsliste for K1") for line in lines)
    assert any("overskredet" in line and "første jobsamtale" in line for line in lines)


def test_explain_shows_a_parameter_read_on_the_due_date_as_of_that_date() -> None:
    # A sickness spell from 2024 whose first offer starts on 1 January 2025. The Min Plan
    # duty is judged on that day, so the explanation shows the repeal for sick-listed
    # employees in force then (2025), not the 2020 value in force when the spell began;
    # this person is unemployed, so the repeal does not help and the plan is overdue.
    con = connection_from_records(
        {
            "persons": [{"person_id": "S1", "municipality": "185"}],
            "benefit_periods": [
                {
                    "person_id": "S1",
                    "benefit": "sygedagpenge",
                    "start_date": "2024-10-01",
                    "first_absence_date": "2024-09-01",
                    "sickness_category": "2",
                    "employed": "false",
                }
            ],
            "offers": [
                {
                    "person_id": "S1",
                    "kind": "virksomhedspraktik",
                    "start_date": "2025-01-01",
                    "end_date": "2025-02-28",
                }
            ],
        }
    )
    items = explain(con, "S1", dt.date(2025, 3, 1))
    plan = next(i for i in items if i["kind"] == "plan_before_offer")
    assert plan["status"] == "overdue"
    assert plan["due_date"] == dt.date(2025, 1, 1)
    repeal = next(p for p in plan["parameters"] if p["id"] == "lab.min_plan.employed_sick_exempt")
    assert repeal["effective_from"] == dt.date(2025, 1, 1)
    assert repeal["value"] is True
    others = [p for p in plan["parameters"] if p["id"] != repeal["id"]]
    assert all(p["effective_from"] <= plan["window_start"] for p in others)


def test_from_2027_explain_and_the_banner_say_plainly_that_a_rule_is_unconfirmed() -> None:
    from tilsyn.rules.continuation import NOTICE, notice_for
    from tilsyn.rules.parameters import default_parameters

    con = connection_from_records(
        {
            "persons": [
                {"person_id": "A", "municipality": "185"},
                {"person_id": "B", "municipality": "185"},
            ],
            "benefit_periods": [_kh("A", "2026-12-24"), _kh("B", "2026-12-25")],
        }
    )
    a = explain(con, "A", dt.date(2027, 2, 1))[0]  # due 31 Dec 2026
    b = explain(con, "B", dt.date(2027, 2, 1))[0]  # due 1 Jan 2027
    assert a["unconfirmed"] is None
    assert not a["evidence"].startswith("UBEKRÆFTET")
    assert b["unconfirmed"]["notice"] == NOTICE
    assert b["unconfirmed"]["parameter"]["confidence"] == "?"
    assert b["unconfirmed"]["parameter"]["note"]
    assert b["evidence"].startswith(NOTICE)
    params = default_parameters()
    assert notice_for(params, dt.date(2026, 12, 31)) is None
    banner = notice_for(params, dt.date(2027, 1, 1))
    assert banner is not None
    assert banner.startswith("UBEKRÆFTET")
    assert "Første jobsamtale inden for 1 uge" in banner  # rules named in Danish


def test_the_compiled_rule_cache_of_the_tests_is_a_temporary_folder(
    compiled_rule_cache: Path,
) -> None:
    from tilsyn.rules.evaluate import _cache_file, compile_rules
    from tilsyn.rules.parameters import default_parameters
    from tilsyn.rules.registry import load_rules

    rules = tuple(load_rules().values())
    compile_rules(rules, default_parameters(), False)
    path = _cache_file(rules, default_parameters(), False)
    assert path.is_relative_to(compiled_rule_cache)
    assert path.exists()
    assert not path.is_relative_to(Path.home())


def test_an_obligation_belongs_to_the_municipality_of_its_benefit_period() -> None:
    """The latest period of the benefit started by the window start gives the municipality
    (from its first day on); a period without one leaves the person's."""
    con = connection_from_records(
        {
            "persons": [
                {"person_id": "P1", "municipality": "185", "caseworker_id": "K1"},
                {"person_id": "P2", "municipality": "185", "caseworker_id": "K1"},
            ],
            "caseworkers": [
                {"caseworker_id": "K1", "name": "A", "team": "Team A", "organisation": "JC"}
            ],
            "benefit_periods": [
                {**_kh("P1", "2024-01-01"), "end_date": "2024-01-31", "municipality": "155"},
                # A whole empty month later: a new period, in another municipality.
                {**_kh("P1", "2024-03-01"), "municipality": "147"},
                _kh("P2", "2024-01-01"),
            ],
        }
    )
    try:
        rows = evaluate(con, dt.date(2024, 3, 10)).to_pylist()
    finally:
        con.close()
    first = {
        (r["person_id"], r["window_start"]): r["municipality"]
        for r in rows
        if r["kind"] == "first_interview"
    }
    assert first == {
        ("P1", dt.date(2024, 1, 1)): "155",
        ("P1", dt.date(2024, 3, 1)): "147",  # the period's first day is its own
        ("P2", dt.date(2024, 1, 1)): "185",
    }


@pytest.mark.parametrize("order", [("telefon", "personligt"), ("personligt", "telefon")])
def test_two_interviews_on_the_first_day_cite_the_one_that_sorts_first(
    order: tuple[str, str],
) -> None:
    """Whatever order the rows come in, the evidence cites the same interview (engines
    broke the tie differently when only the date decided)."""
    con = connection_from_records(
        {
            "persons": [{"person_id": "P1", "municipality": "185", "caseworker_id": "K1"}],
            "caseworkers": [
                {"caseworker_id": "K1", "name": "A", "team": "Team A", "organisation": "JC"}
            ],
            "benefit_periods": [_kh("P1", "2024-01-01")],
            "conversations": [{**_conv("P1", "2024-01-10"), "form": form} for form in order],
        }
    )
    try:
        rows = evaluate(con, AS_OF).to_pylist()
    finally:
        con.close()
    first = next(r for r in rows if r["kind"] == "first_interview")
    assert first["fulfilled_date"] == dt.date(2024, 1, 10)
    assert "jobsamtale 2024-01-10 (personligt, jobcenter)" in first["evidence"]
    assert "telefon" not in first["evidence"]


def test_two_periods_on_the_same_key_day_give_the_later_municipality_code() -> None:
    """The tie-break every engine shares (PostgreSQL and Spark pick the same one)."""
    con = connection_from_records(
        {
            "persons": [{"person_id": "P1", "municipality": "185", "caseworker_id": "K1"}],
            "caseworkers": [
                {"caseworker_id": "K1", "name": "A", "team": "Team A", "organisation": "JC"}
            ],
            "benefit_periods": [
                {**_kh("P1", "2024-01-01"), "end_date": "2024-01-15", "municipality": "147"},
                # Applied for on the same day: the same key day.
                {
                    **_kh("P1", "2024-01-16"),
                    "first_contact_date": "2024-01-01",
                    "municipality": "155",
                },
            ],
        }
    )
    try:
        rows = evaluate(con, AS_OF).to_pylist()
    finally:
        con.close()
    assert {r["municipality"] for r in rows if r["kind"] == "first_interview"} == {"155"}
