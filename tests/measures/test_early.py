"""STAR's early-effort follow-up (80 % model) and the dagpenge 6-month measure, from
hand-made citizens run through the real import rules."""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb
import pytest

from builders import period, talk
from tilsyn.data.calendar import add_months
from tilsyn.data.importer import connection_from_records
from tilsyn.measures.early import (
    PART_DAGPENGE,
    PART_INTERVIEWS,
    PART_OFFERS,
    EarlyMember,
    MonthShare,
    early_followup,
    early_members,
    flag_series,
)
from tilsyn.measures.six_month_point import load_case_data
from tilsyn.rules.parameters import default_parameters

D = dt.date.fromisoformat
PARAMS = default_parameters()


def offer(pid: str, kind: str, start: str, end: str) -> dict[str, str]:
    return {"person_id": pid, "kind": kind, "start_date": start, "end_date": end}


def con_of(
    periods: list[dict[str, str]],
    conversations: list[dict[str, str]] | None = None,
    offers: list[dict[str, str]] | None = None,
    municipality: str = "185",
) -> duckdb.DuckDBPyConnection:
    records: dict[str, Any] = {
        "persons": [
            {"person_id": i, "municipality": municipality}
            for i in sorted({p["person_id"] for p in periods})
        ],
        "benefit_periods": periods,
        "conversations": conversations or [],
    }
    if offers:
        records["offers"] = offers
    return connection_from_records(records)


def members(
    con: duckdb.DuckDBPyConnection, first: str = "2020-01-01", last: str = "2027-12-01"
) -> dict[str, EarlyMember]:
    data = load_case_data(con, PARAMS)
    found = early_members(
        data, PARAMS, first_month=D(first), last_month=D(last), as_of=D("2027-12-31")
    )
    return {m.person_id: m for m in found}


def shares(
    con: duckdb.DuckDBPyConnection, first: str, last: str, part: str
) -> dict[str, MonthShare]:
    rows = early_followup(
        con, first_month=D(first), last_month=D(last), as_of=D("2027-12-31"), params=PARAMS
    )
    return {r.month.strftime("%Y-%m"): r for r in rows if r.part == part}


# --- the 6-month point and what counts before it --------------------------------------------


def test_an_interview_the_day_before_the_point_counts_and_one_on_the_point_does_not() -> None:
    # First approach 8 Jan 2024: the 6 months are [8 Jan, 8 Jul), the point is 8 Jul.
    early = ["2024-01-09", "2024-02-10", "2024-03-10"]
    con = con_of(
        [
            period("A", "kontanthjaelp", "2024-01-10", first_contact_date="2024-01-08"),
            period("B", "kontanthjaelp", "2024-01-10", first_contact_date="2024-01-08"),
        ],
        [talk("A", d) for d in [*early, "2024-07-07"]]
        + [talk("B", d) for d in [*early, "2024-07-08"]],
    )
    m = members(con)
    assert m["A"].point == D("2024-07-08")
    assert m["A"].count_start == D("2024-01-08")
    assert (m["A"].interviews, m["A"].interviews_ok) == (4, True)
    assert (m["B"].interviews, m["B"].interviews_ok) == (3, False)


def test_interviews_by_the_akasse_cancelled_or_in_a_group_do_not_count() -> None:
    con = con_of(
        [period("A", "kontanthjaelp", "2024-01-01")],
        [
            talk("A", "2024-01-05"),
            talk("A", "2024-02-05", held_by="akasse"),
            talk("A", "2024-03-05", status="aflyst"),
            talk("A", "2024-04-05", individual="false"),
            talk("A", "2024-05-05", kind="cv_samtale"),
            talk("A", "2024-06-05", held_by="anden_aktoer"),
            talk("A", "2024-06-06", kind="faellessamtale"),
        ],
    )
    assert members(con)["A"].interviews == 3


def test_a_person_who_leaves_before_completing_six_months_is_not_in_the_cohort() -> None:
    con = con_of(
        [
            period("left", "kontanthjaelp", "2024-01-01", "2024-06-29"),
            period("completed", "kontanthjaelp", "2024-01-01", "2024-06-30"),
        ]
    )
    m = members(con)
    assert "left" not in m
    assert m["completed"].point == D("2024-07-01")


def test_a_whole_empty_calendar_month_breaks_the_spell_a_shorter_gap_does_not() -> None:
    con = con_of(
        [
            # gap 16 Feb – 10 Mar: no whole month empty, one spell from 1 Jan
            period("short", "kontanthjaelp", "2024-01-01", "2024-02-15"),
            period("short", "kontanthjaelp", "2024-03-11"),
            # gap 31 Jan – 1 Mar: February is empty, a new count from 2 Mar
            period("long", "kontanthjaelp", "2024-01-01", "2024-01-30"),
            period("long", "kontanthjaelp", "2024-03-02"),
        ]
    )
    m = members(con)
    assert m["short"].point == D("2024-07-01")
    assert m["long"].point == D("2024-09-02")


def test_the_1_july_2025_merger_does_not_reset_the_six_month_count() -> None:
    con = con_of(
        [
            period(
                "A",
                "uddannelseshjaelp",
                "2025-03-01",
                "2025-06-30",
                target_group="uddannelsesparat",
            ),
            period("A", "kontanthjaelp", "2025-07-01", target_group="uddannelsesparat"),
        ],
        [talk("A", d) for d in ["2025-03-03", "2025-04-03", "2025-05-03", "2025-08-01"]],
    )
    m = members(con)["A"]
    assert m.count_start == D("2025-03-01")
    assert m.point == D("2025-09-01")
    assert m.group == "kontanthjaelp:uddannelsesparat"
    assert m.interviews_ok


def test_before_the_merger_a_move_from_uddannelseshjaelp_to_kontanthjaelp_starts_a_new_count() -> (
    None
):
    con = con_of(
        [
            period("A", "uddannelseshjaelp", "2025-01-01", "2025-03-31"),
            period("A", "kontanthjaelp", "2025-04-01"),
        ]
    )
    m = members(con)["A"]
    assert m.count_start == D("2025-04-01")
    assert m.point == D("2025-10-01")


def test_a_benefit_switch_starts_a_new_count() -> None:
    con = con_of(
        [
            period("A", "kontanthjaelp", "2024-01-01", "2024-04-30"),
            period("A", "ledighedsydelse", "2024-05-01"),
        ],
        [talk("A", d) for d in ["2024-01-02", "2024-02-02", "2024-03-02", "2024-04-02"]],
    )
    m = members(con)["A"]
    assert m.group == "ledighedsydelse"
    assert m.point == D("2024-11-01")
    assert m.interviews == 0  # the four kontanthjælp interviews lie before the new count


# --- dagpenge: accumulated unemployment and the statutory number ---------------------------


def test_dagpenge_count_accumulated_unemployment_across_a_gap() -> None:
    # 1 Jan – 29 Feb on dagpenge, March in work, from 1 Apr again: 31 days later than 1 Jul.
    con = con_of(
        [period("A", "dagpenge", "2024-01-01", "2024-02-29"), period("A", "dagpenge", "2024-04-01")]
    )
    assert members(con)["A"].point == D("2024-08-01")


def test_dagpenge_after_the_lookback_start_a_new_dagpengeperiode() -> None:
    con = con_of(
        [period("A", "dagpenge", "2020-01-01", "2020-03-31"), period("A", "dagpenge", "2023-01-01")]
    )
    assert members(con)["A"].point == D("2023-07-01")


@pytest.mark.parametrize(
    ("start", "required"),
    [("2023-12-31", 4), ("2024-01-01", 3)],
)
def test_the_statutory_dagpenge_number_follows_the_rules_at_the_first_dagpenge_day(
    start: str, required: int
) -> None:
    con = con_of([period("A", "dagpenge", start)])
    assert members(con)["A"].required_interviews == required


def test_the_dagpenge_measure_counts_job_centre_interviews_on_reaching_six_months() -> None:
    start = "2024-02-01"  # 3 job-centre interviews needed; a-kasse interviews do not count
    con = con_of(
        [period("ok", "dagpenge", start), period("short", "dagpenge", start)],
        [talk("ok", d) for d in ["2024-05-02", "2024-06-02", "2024-07-31"]]
        + [talk("short", d) for d in ["2024-05-02", "2024-06-02", "2024-08-01"]]
        + [talk("short", "2024-02-10", held_by="akasse")],
    )
    row = shares(con, "2024-08-01", "2024-08-01", PART_DAGPENGE)["2024-08"]
    assert (row.population, row.compliant) == (2, 1)


# --- the offer part -----------------------------------------------------------------------


def test_an_offer_started_before_the_point_counts_mentor_and_oevrig_vejledning_do_not() -> None:
    start = "2024-01-01"  # point 1 Jul 2024
    con = con_of(
        [
            period("praktik", "kontanthjaelp", start),
            period("late", "kontanthjaelp", start),
            period("mentor", "kontanthjaelp", start),
            period("oevo", "kontanthjaelp", start),
            period("ledighed", "ledighedsydelse", start),
        ],
        offers=[
            offer("praktik", "virksomhedspraktik", "2024-06-30", "2024-07-20"),
            offer("late", "virksomhedspraktik", "2024-07-01", "2024-07-20"),
            offer("mentor", "mentor", "2024-02-01", "2024-06-20"),
            offer("oevo", "oevrig_vejledning", "2024-02-01", "2024-06-20"),
        ],
    )
    m = members(con)
    assert m["praktik"].offer_ok
    assert not m["late"].offer_ok
    assert not m["mentor"].offer_ok
    assert not m["oevo"].offer_ok
    assert not m["ledighed"].offer_part  # no statutory offer duty
    row = shares(con, "2024-07-01", "2024-07-01", PART_OFFERS)["2024-07"]
    assert (row.population, row.compliant) == (4, 1)


# --- regimes by date ----------------------------------------------------------------------


def test_spells_starting_from_1_july_2026_are_left_to_the_reform_rules() -> None:
    con = con_of(
        [period("old", "kontanthjaelp", "2026-06-30"), period("new", "kontanthjaelp", "2026-07-01")]
    )
    m = members(con)
    assert "old" in m
    assert "new" not in m


# --- the consecutive-month flag -----------------------------------------------------------


def cohort(
    months: list[str], per_month: int, compliant: dict[str, int]
) -> duckdb.DuckDBPyConnection:
    """``per_month`` kontanthjælp recipients reaching 6 months on the 15th of each month;
    ``compliant[month]`` of them had 4 interviews."""
    periods, talks = [], []
    for month in months:
        point = D(f"{month}-15")
        start = add_months(point, -6)
        for i in range(per_month):
            pid = f"{month}-{i:02d}"
            periods.append(period(pid, "kontanthjaelp", start.isoformat()))
            if i < compliant.get(month, 0):
                talks += [
                    talk(pid, (start + dt.timedelta(days=d)).isoformat()) for d in (1, 30, 60, 90)
                ]
    return con_of(periods, talks)


SIX = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]


def test_six_consecutive_months_under_80_percent_are_flagged() -> None:
    con = cohort(SIX, 10, dict.fromkeys(SIX, 7))
    rows = shares(con, "2024-01-01", "2024-07-01", PART_INTERVIEWS)
    assert [rows[m].run for m in SIX] == [1, 2, 3, 4, 5, 6]
    assert [rows[m].flagged for m in SIX] == [False] * 5 + [True]
    assert rows["2024-07"].population == 0
    assert not rows["2024-07"].flagged  # an empty month ends the run


def test_five_months_under_80_percent_are_not_flagged_exactly_80_is_not_under() -> None:
    con = cohort(SIX, 10, {**dict.fromkeys(SIX, 7), "2024-01": 8})
    rows = shares(con, "2024-01-01", "2024-06-01", PART_INTERVIEWS)
    assert not rows["2024-01"].below
    assert rows["2024-06"].run == 5
    assert not any(r.flagged for r in rows.values())


def test_fewer_than_10_persons_a_month_are_not_flagged() -> None:
    con = cohort(SIX, 9, {})
    rows = shares(con, "2024-01-01", "2024-06-01", PART_INTERVIEWS)
    assert all(r.below and r.population == 9 for r in rows.values())
    assert not any(r.flagged for r in rows.values())


def test_the_run_reaches_back_before_the_first_month_reported() -> None:
    con = cohort(SIX, 10, dict.fromkeys(SIX, 0))
    rows = shares(con, "2024-06-01", "2024-06-01", PART_INTERVIEWS)
    assert list(rows) == ["2024-06"]
    assert rows["2024-06"].flagged


def test_flag_series_counts_only_months_with_enough_persons() -> None:
    from fractions import Fraction

    flags = flag_series(
        [(10, 0), (9, 0), (10, 0)],
        [Fraction(4, 5)] * 3,
        months=[2] * 3,
        min_population=[10] * 3,
    )
    assert flags == [(True, 1, False), (True, 0, False), (True, 1, False)]
