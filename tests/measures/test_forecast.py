"""Forecast to year end, action list and backtest, from hand-made citizens."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import duckdb
import pytest

from builders import kth, talk
from tilsyn.data.importer import connection_from_records
from tilsyn.measures.focus import focus_measures
from tilsyn.measures.forecast import backtest, forecast, forecast_to_json

D = dt.date.fromisoformat
STEADY = [f"C{i}" for i in range(1, 7)]


@pytest.fixture(scope="module")
def con() -> duckdb.DuckDBPyConnection:
    """A never has an interview; B reaches 12 months in Aug 2024; E's benefit ends 31 Aug
    2024; six steady citizens have one interview a quarter since 2022."""
    periods = [
        kth("A", "2022-01-01"),
        kth("B", "2023-09-01"),
        kth("E", "2022-01-01", "2024-08-31"),
        *(kth(c, "2022-01-01") for c in STEADY),
    ]
    talks = [
        talk(c, f"{y}-{m:02d}-15")
        for c in STEADY
        for y in (2022, 2023, 2024)
        for m in (3, 6, 9, 12)
    ]
    talks = [t for t in talks if t["date"] <= "2024-06-30"]
    talks.append(talk("A", "2022-01-03") | {"kind": "andet"})  # data start, counts for nothing
    ids = ["A", "B", "E", *STEADY]
    return connection_from_records(
        {
            "persons": [{"person_id": i, "municipality": "185"} for i in ids],
            "benefit_periods": periods,
            "conversations": talks,
        }
    )


def test_projection_follows_population_changes(con: duckdb.DuckDBPyConnection) -> None:
    fc = forecast(con, as_of=D("2024-06-30"), municipality="185")
    assert [m.month.month for m in fc.measured] == [1, 2, 3, 4, 5, 6]
    assert all(m.share == Fraction(2, 8) for m in fc.measured)  # A and E fail
    projected = {m.month.month: (m.population, m.failing) for m in fc.projected}
    assert projected[7] == (8, 2)
    assert projected[8] == (9, 3)  # B enters at 12 months
    assert projected[9] == (8, 2)  # E has left
    expected = (7 * Fraction(1, 4) + Fraction(3, 9) + 4 * Fraction(1, 4)) / 12
    assert fc.projected_average == expected


def test_action_list_is_the_smallest_set_ordered_by_effect(
    con: duckdb.DuckDBPyConnection,
) -> None:
    fc = forecast(con, as_of=D("2024-06-30"), municipality="185")
    assert fc.projected_average is not None
    assert fc.projected_average >= fc.threshold
    # A stays all six remaining months and moves the average most; fixing A alone is enough.
    assert [(a.person_id, a.count, a.by_date, a.months_gained) for a in fc.actions] == [
        ("A", 4, D("2024-07-31"), 6)
    ]
    assert fc.reachable
    after = fc.average_after_actions
    assert after is not None
    assert after < fc.threshold
    assert fc.needed_per_month() == {"2024-07": 1}


def test_json_has_the_documented_fields(con: duckdb.DuckDBPyConnection) -> None:
    data = forecast_to_json(forecast(con, as_of=D("2024-06-30"), municipality="185"))
    assert set(data) >= {"projected_average", "threshold", "actions"}
    assert data["actions"] == [
        {
            "person_id": "A",
            "action": "interview",
            "count": 4,
            "by_date": "2024-07-31",
            "months_gained": 6,
        }
    ]


def test_backtest_on_a_steady_year_is_exact(con: duckdb.DuckDBPyConnection) -> None:
    rows = backtest(con, as_of=D("2024-06-30"), municipality="185")
    assert [r.as_of for r in rows] == [D("2023-06-30")]
    actual = next(
        r for r in focus_measures(con, year=2023, municipality="185") if r.measure == "interviews"
    )
    assert rows[0].actual == actual.year_average
    assert rows[0].error == 0


def test_mid_month_as_of_projects_the_current_month(con: duckdb.DuckDBPyConnection) -> None:
    fc = forecast(con, as_of=D("2024-06-10"), municipality="185")
    assert next(m.month.month for m in fc.projected) == 6
    assert fc.actions[0].by_date == D("2024-06-30")


def test_offer_forecast_names_citizens_without_offers(con: duckdb.DuckDBPyConnection) -> None:
    fc = forecast(con, as_of=D("2024-06-30"), municipality="185", measure="offers")
    assert fc.projected_average == 1  # nobody has offers or hours
    assert not fc.reachable or fc.average_after_actions is not None
    assert all(a.action == "offer" and a.count == 1 for a in fc.actions)
    assert fc.actions[0].months_gained == 6


def test_the_forecast_counts_offers_under_the_standard_reading_in_force() -> None:
    """B's offer began in May 2023 and ran into July: it covers the June 2024 window when an
    overlapping offer counts, and not when the offer must have started in the window (nor does
    it set a pace of new offers: it began before the last 12 months)."""
    import dataclasses

    from tilsyn.rules.parameters import ParameterSet, default_parameters

    records = {
        "persons": [{"person_id": p, "municipality": "185"} for p in ("B", "H")],
        "benefit_periods": [kth("B", "2022-01-01"), kth("H", "2022-01-01")],
        "conversations": [talk("H", "2022-01-03") | {"kind": "andet"}],
        "offers": [
            {
                "person_id": "B",
                "kind": "virksomhedspraktik",
                "start_date": "2023-05-20",
                "end_date": "2023-07-15",
            },
            {
                "person_id": "H",
                "kind": "virksomhedspraktik",
                "start_date": "2024-01-10",
                "end_date": "2024-12-31",
            },
        ],
    }
    params = default_parameters()
    swapped = {
        pid: dataclasses.replace(
            params[pid],
            history=tuple(dataclasses.replace(e, value=v) for e in params[pid].history),
        )
        for pid, v in (
            ("skaerpet_tilsyn.offer_reading", "started"),
            ("skaerpet_tilsyn.offer_reading_alternative", "overlap"),
        )
    }
    started = ParameterSet({p.id: p for p in params} | swapped)
    june = {
        name: next(
            m
            for m in forecast(
                connection_from_records(records),
                as_of=D("2024-05-15"),
                municipality="185",
                measure="offers",
                params=p,
            ).projected
            if m.month == D("2024-06-01")
        ).failing
        for name, p in (("overlap", params), ("started", started))
    }
    assert june == {"overlap": 0, "started": 1}
