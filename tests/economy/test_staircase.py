"""Refund staircase (finansieringsloven §§ 5-6) on hand-made citizens."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb
import pytest

from tilsyn.data.calendar import parse_week, week_monday
from tilsyn.data.importer import connection_from_records
from tilsyn.economy.staircase import refund_by_step, staircase_query, staircase_weeks
from tilsyn.rules.parameters import PARAMETERS_DIR, load_parameters

AS_OF = dt.date(2026, 1, 1)


def monday(week: str) -> str:
    return week_monday(parse_week(week)).isoformat()


def sunday(week: str) -> str:
    return (week_monday(parse_week(week)) + dt.timedelta(days=6)).isoformat()


def period(person: str, benefit: str, first: str, last: str) -> dict[str, str]:
    return {
        "person_id": person,
        "benefit": benefit,
        "start_date": monday(first),
        "end_date": sunday(last),
    }


def snapshot(
    periods: list[dict[str, str]], **extra: list[dict[str, str]]
) -> duckdb.DuckDBPyConnection:
    persons = sorted({p["person_id"] for p in periods})
    return connection_from_records(
        {
            "persons": [{"person_id": p, "municipality": "185"} for p in persons],
            "benefit_periods": periods,
            **extra,
        }
    )


def by_week(rows: list[dict[str, Any]], person: str = "A") -> dict[str, dict[str, Any]]:
    return {r["week"]: r for r in rows if r["person_id"] == person}


def test_switch_from_kontanthjaelp_to_sygedagpenge_in_week_31_continues_at_30_percent() -> None:
    con = snapshot(
        [
            period("A", "kontanthjaelp", "2024-W01", "2024-W30"),
            period("A", "sygedagpenge", "2024-W31", "2024-W40"),
        ]
    )
    rows = by_week(staircase_weeks(con, "2024-W01", "2024-W52", AS_OF))
    assert rows["2024-W30"]["staircase_week"] == 30
    assert rows["2024-W31"]["benefit"] == "sygedagpenge"
    assert rows["2024-W31"]["staircase_week"] == 31
    assert rows["2024-W31"]["rate"] == Decimal("0.30")
    assert len(rows) == 40


@pytest.mark.parametrize(
    ("week", "staircase_week", "step", "refund_rate", "cofinancing_rate"),
    [
        ("2024-W04", 4, 1, "0.80", "0.20"),
        ("2024-W05", 5, 2, "0.40", "0.60"),
        ("2024-W26", 26, 2, "0.40", "0.60"),
        ("2024-W27", 27, 3, "0.30", "0.70"),
        ("2024-W52", 52, 3, "0.30", "0.70"),
        ("2025-W01", 53, 4, "0.20", "0.80"),
    ],
)
def test_boundary_weeks_of_each_step(
    week: str, staircase_week: int, step: int, refund_rate: str, cofinancing_rate: str
) -> None:
    con = snapshot(
        [
            period("A", "kontanthjaelp", "2024-W01", "2025-W10"),
            period("D", "dagpenge", "2024-W01", "2025-W10"),
        ]
    )
    rows = staircase_weeks(con, "2024-W01", "2025-W10", AS_OF)
    kh, dp = by_week(rows, "A")[week], by_week(rows, "D")[week]
    assert (kh["staircase_week"], kh["step"], kh["rate"]) == (
        staircase_week,
        step,
        Decimal(refund_rate),
    )
    assert kh["financing"] == "refusion"
    assert (dp["staircase_week"], dp["rate"]) == (staircase_week, Decimal(cofinancing_rate))
    assert dp["financing"] == "medfinansiering"


def test_44_weeks_of_self_support_do_not_restart_the_count() -> None:
    # 10 weeks, then 2024-W11 .. 2024-W52 + 2025-W01..W02 = 44 weeks without support.
    con = snapshot(
        [
            period("A", "kontanthjaelp", "2024-W01", "2024-W10"),
            period("A", "kontanthjaelp", "2025-W03", "2025-W07"),
        ]
    )
    rows = by_week(staircase_weeks(con, "2024-W01", "2025-W52", AS_OF))
    assert rows["2025-W03"]["staircase_week"] == 11


def test_52_weeks_of_self_support_restart_the_count_and_51_do_not() -> None:
    con = snapshot(
        [
            period("A", "dagpenge", "2024-W01", "2024-W10"),
            period("A", "kontanthjaelp", "2025-W11", "2025-W15"),  # after 52 weeks
            period("B", "dagpenge", "2024-W01", "2024-W10"),
            period("B", "kontanthjaelp", "2025-W10", "2025-W15"),  # after 51 weeks
        ]
    )
    rows = staircase_weeks(con, "2024-W01", "2025-W52", AS_OF)
    restarted = by_week(rows, "A")["2025-W11"]
    assert (restarted["staircase_week"], restarted["rate"]) == (1, Decimal("0.80"))
    assert by_week(rows, "B")["2025-W10"]["staircase_week"] == 11


def test_self_support_adds_up_across_interruptions_within_three_years() -> None:
    # 30 + 22 weeks of self-support with 3 weeks on benefit between: 52 in total.
    con = snapshot(
        [
            period("A", "kontanthjaelp", "2023-W01", "2023-W10"),
            period("A", "kontanthjaelp", "2023-W41", "2023-W43"),  # after 30 weeks (W11-W40)
            period(
                "A", "kontanthjaelp", "2024-W14", "2024-W15"
            ),  # after 22 weeks (W44-W52 + W01-W13)
        ]
    )
    rows = by_week(staircase_weeks(con, "2023-W01", "2024-W52", AS_OF))
    assert rows["2023-W41"]["staircase_week"] == 11
    assert rows["2024-W14"]["staircase_week"] == 1


def test_self_support_older_than_three_years_does_not_count() -> None:
    # 40 weeks of self-support, 160 weeks on benefit, then 20 more: the 40 fell out of the window.
    con = snapshot(
        [
            period("A", "kontanthjaelp", "2019-W01", "2019-W02"),
            period("A", "kontanthjaelp", "2019-W43", "2022-W46"),
            period("A", "kontanthjaelp", "2023-W15", "2023-W16"),
        ]
    )
    rows = by_week(staircase_weeks(con, "2023-W01", "2023-W52", AS_OF))
    assert rows["2023-W15"]["staircase_week"] > 52


def test_wage_subsidy_is_not_self_support() -> None:
    periods = [
        period("A", "kontanthjaelp", "2024-W01", "2024-W10"),
        period("A", "kontanthjaelp", "2025-W20", "2025-W21"),
    ]
    offer = {
        "person_id": "A",
        "kind": "loentilskud",
        "start_date": monday("2024-W20"),
        "end_date": sunday("2024-W40"),
    }
    with_offer = snapshot(periods, offers=[offer])
    without = snapshot(periods)
    assert (
        by_week(staircase_weeks(without, "2025-W20", "2025-W20", AS_OF))["2025-W20"][
            "staircase_week"
        ]
        == 1
    )
    assert (
        by_week(staircase_weeks(with_offer, "2025-W20", "2025-W20", AS_OF))["2025-W20"][
            "staircase_week"
        ]
        == 11
    )


def test_staircase_applies_from_4_january_2016_not_before() -> None:
    con = snapshot([period("A", "kontanthjaelp", "2015-W50", "2016-W02")])
    rows = by_week(staircase_weeks(con, "2015-W50", "2016-W02", AS_OF))
    assert rows["2015-W53"]["rate"] is None  # 28 Dec 2015 - 3 Jan 2016
    assert rows["2015-W53"]["staircase_week"] == 4  # seniority still counts
    assert rows["2016-W01"]["week_start"] == dt.date(2016, 1, 4)
    assert rows["2016-W01"]["rate"] == Decimal("0.40")  # week 5 on the staircase


def test_a_single_day_makes_a_week_with_benefits() -> None:
    con = snapshot(
        [
            {
                "person_id": "A",
                "benefit": "kontanthjaelp",
                "start_date": "2024-01-07",
                "end_date": "2024-01-08",
            }
        ]
    )  # Sunday of W01, Monday of W02
    rows = by_week(staircase_weeks(con, "2024-W01", "2024-W03", AS_OF))
    assert [(w, r["staircase_week"]) for w, r in sorted(rows.items())] == [
        ("2024-W01", 1),
        ("2024-W02", 2),
    ]


def test_open_period_ends_on_as_of() -> None:
    con = snapshot([{"person_id": "A", "benefit": "kontanthjaelp", "start_date": "2024-01-01"}])
    rows = by_week(staircase_weeks(con, "2024-W01", "2024-W52", dt.date(2024, 1, 15)))
    assert sorted(rows) == ["2024-W01", "2024-W02", "2024-W03"]


def test_refund_amounts_from_payments_rounded_to_oere() -> None:
    con = snapshot(
        [
            period("A", "kontanthjaelp", "2024-W01", "2024-W10"),
            period("D", "dagpenge", "2024-W01", "2024-W10"),
        ],
        payments=[
            {"person_id": "A", "benefit": "kontanthjaelp", "week": "2024-W04", "amount": "100.01"},
            {"person_id": "A", "benefit": "kontanthjaelp", "week": "2024-W05", "amount": "1000.05"},
            {"person_id": "D", "benefit": "dagpenge", "week": "2024-W05", "amount": "4000.00"},
            {"person_id": "A", "benefit": "kontanthjaelp", "week": "2024-W20", "amount": "50.00"},
        ],
    )
    rows = staircase_weeks(con, "2024-W01", "2024-W52", AS_OF)
    a, d = by_week(rows, "A"), by_week(rows, "D")
    assert a["2024-W04"]["refund"] == Decimal("80.01")  # 80.008
    assert a["2024-W05"]["refund"] == Decimal("400.02")  # 400.020
    assert a["2024-W01"]["amount"] is None
    assert d["2024-W05"]["cofinancing"] == Decimal("2400.00")
    assert d["2024-W05"]["refund"] is None
    orphan = a["2024-W20"]  # a payment without a benefit period: kept, not placed
    assert orphan["staircase_week"] is None
    assert orphan["refund"] is None
    summary = {
        (r["financing"], r["step"]): r for r in refund_by_step(con, "2024-W01", "2024-W52", AS_OF)
    }
    assert summary[("refusion", 2)]["refund"] == Decimal("400.02")
    assert summary[("medfinansiering", 2)]["cofinancing"] == Decimal("2400.00")


@pytest.mark.parametrize("with_payments", [False, True])
def test_the_query_an_engine_writes_gives_the_rows_of_staircase_weeks(with_payments: bool) -> None:
    # Across ISO years that differ from the calendar year: 2020 has a week 53, and the week
    # of Monday 30 December 2024 is 2025-W01.
    payments = [
        {"person_id": "A", "benefit": "kontanthjaelp", "week": w, "amount": "100.00"}
        for w in ("2020-W53", "2025-W01")
    ]
    con = snapshot(
        [
            period("A", "kontanthjaelp", "2020-W50", "2025-W02"),
            period("B", "dagpenge", "2024-W51", "2025-W03"),
        ],
        **({"payments": payments} if with_payments else {}),
    )
    expected = staircase_weeks(con, "2020-W01", "2025-W52", AS_OF)
    sql, params = staircase_query(con, "2020-W01", "2025-W52", AS_OF)
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    assert names == list(expected[0])
    key = lambda r: (r["person_id"], r["week_start"], r["benefit"])  # noqa: E731
    assert sorted(rows, key=key) == sorted(expected, key=key)
    weeks = {r["week_start"]: r["week"] for r in rows}
    assert weeks[dt.date(2020, 12, 28)] == "2020-W53"
    assert weeks[dt.date(2024, 12, 30)] == "2025-W01"
    assert weeks[dt.date(2021, 1, 4)] == "2021-W01"
    # The staircase week is a whole number in a table the engine writes, not a DOUBLE (a
    # Parquet file cannot hold DuckDB's HUGEINT sums).
    types = con.execute(f"DESCRIBE SELECT * FROM ({sql})", params).fetchall()
    assert {r[0]: r[1] for r in types}["staircase_week"] == "BIGINT"


def test_filters_by_person_and_municipality() -> None:
    con = connection_from_records(
        {
            "persons": [
                {"person_id": "A", "municipality": "185"},
                {"person_id": "B", "municipality": "101"},
            ],
            "benefit_periods": [
                period("A", "kontanthjaelp", "2024-W01", "2024-W02"),
                period("B", "kontanthjaelp", "2024-W01", "2024-W02"),
            ],
        }
    )
    assert {
        r["person_id"] for r in staircase_weeks(con, "2024-W01", "2024-W52", AS_OF, person="B")
    } == {"B"}
    assert {
        r["person_id"]
        for r in staircase_weeks(con, "2024-W01", "2024-W52", AS_OF, municipality="185")
    } == {"A"}


@pytest.mark.parametrize(
    ("first", "last"), [("2024-W60", "2024-W61"), ("2024-07", "2024-W10"), ("2024-W10", "2024-W01")]
)
def test_bad_weeks_are_rejected_with_the_value_named(first: str, last: str) -> None:
    con = snapshot([period("A", "kontanthjaelp", "2024-W01", "2024-W02")])
    with pytest.raises(ValueError, match=r"W|uge"):
        staircase_weeks(con, first, last, AS_OF)


def test_partial_week_rule_is_a_parameter_summed_across_benefits(tmp_path: Path) -> None:
    tree = tmp_path / "parameters"
    shutil.copytree(PARAMETERS_DIR, tree)
    rule = tree / "finansieringsloven" / "trappe" / "partial_week_min_days.yaml"
    rule.write_text(rule.read_text(encoding="utf-8").replace("value: 1", "value: 3"), "utf-8")
    three_days = load_parameters(tree)
    con = snapshot(
        [
            # W01: Sat-Sun only (2 days); W02: Mon-Tue kontanthjælp + Wed sygedagpenge (3 days).
            {
                "person_id": "A",
                "benefit": "kontanthjaelp",
                "start_date": "2024-01-06",
                "end_date": "2024-01-09",
            },
            {
                "person_id": "A",
                "benefit": "sygedagpenge",
                "start_date": "2024-01-10",
                "end_date": "2024-01-10",
            },
        ]
    )
    rows = by_week(staircase_weeks(con, "2024-W01", "2024-W03", AS_OF, params=three_days))
    assert sorted(rows) == ["2024-W02"]
    assert {r["staircase_week"] for r in rows.values()} == {1}
    default = by_week(staircase_weeks(con, "2024-W01", "2024-W03", AS_OF))
    assert default["2024-W02"]["staircase_week"] == 2
