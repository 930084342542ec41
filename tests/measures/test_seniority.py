"""Seniority (ydelsesanciennitet) from hand-made benefit histories."""

from __future__ import annotations

import datetime as dt

import duckdb

from builders import kth
from tilsyn.data.calendar import month_end, month_from_index, month_index
from tilsyn.data.importer import connection_from_records
from tilsyn.measures.seniority import build_seniority

D = dt.date.fromisoformat


def periods_con(*periods: dict[str, str], municipality: str = "185") -> duckdb.DuckDBPyConnection:
    ids = sorted({p["person_id"] for p in periods})
    return connection_from_records(
        {
            "persons": [{"person_id": i, "municipality": municipality} for i in ids],
            "benefit_periods": list(periods),
        }
    )


def seniority(
    con: duckdb.DuckDBPyConnection, first: str, last: str, as_of: str = "2026-12-31"
) -> dict[tuple[str, str], tuple[str, int]]:
    """{(person, 'YYYY-MM'): (benefit, seniority)}."""
    t = build_seniority(con, first_month=D(first), last_month=D(last), as_of=D(as_of))
    rows = con.execute(f"SELECT person_id, month, benefit, seniority FROM {t.name}").fetchall()
    return {(p, m.strftime("%Y-%m")): (b, s) for p, m, b, s in rows}


def test_month_index_round_trip() -> None:
    assert month_from_index(month_index(D("2024-02-17"))) == D("2024-02-01")
    assert month_end(month_from_index(month_index(D("2024-02-17")))) == D("2024-02-29")
    assert month_index(D("2025-01-01")) - month_index(D("2024-12-31")) == 1


def test_counts_calendar_months_with_the_start_month_included() -> None:
    con = periods_con(kth("A", "2024-01-31"))
    s = seniority(con, "2024-01-01", "2024-12-01")
    assert s[("A", "2024-01")] == ("kontanthjaelp", 1)
    assert s[("A", "2024-12")] == ("kontanthjaelp", 12)
    assert ("A", "2023-12") not in s


def test_one_empty_day_does_not_break_the_spell() -> None:
    # 31 March is not on the benefit, but March and April both have days on it.
    con = periods_con(kth("A", "2024-01-01", "2024-03-30"), kth("A", "2024-04-01"))
    s = seniority(con, "2024-01-01", "2024-12-01")
    assert s[("A", "2024-04")] == ("kontanthjaelp", 4)
    assert s[("A", "2024-12")] == ("kontanthjaelp", 12)


def test_a_whole_empty_calendar_month_breaks_the_spell() -> None:
    # April 2024 has no day on the benefit: the spell restarts in May.
    con = periods_con(kth("A", "2024-01-01", "2024-03-31"), kth("A", "2024-05-01"))
    s = seniority(con, "2024-01-01", "2024-12-01")
    assert s[("A", "2024-03")] == ("kontanthjaelp", 3)
    assert ("A", "2024-04") not in s
    assert s[("A", "2024-05")] == ("kontanthjaelp", 1)


def test_gap_from_the_first_to_the_last_day_of_a_month_breaks_but_one_day_in_it_does_not() -> None:
    broken = periods_con(kth("A", "2024-01-01", "2024-01-31"), kth("A", "2024-03-01"))
    kept = periods_con(kth("A", "2024-01-01", "2024-02-01"), kth("A", "2024-03-01"))
    assert seniority(broken, "2024-03-01", "2024-03-01")[("A", "2024-03")][1] == 1
    assert seniority(kept, "2024-03-01", "2024-03-01")[("A", "2024-03")][1] == 3


def test_change_of_benefit_starts_a_new_spell() -> None:
    con = periods_con(
        kth("A", "2024-01-01", "2024-05-31", "uddannelseshjaelp"),
        kth("A", "2024-06-01", "", "kontanthjaelp"),
    )
    s = seniority(con, "2024-05-01", "2024-07-01")
    assert s[("A", "2024-05")] == ("uddannelseshjaelp", 5)
    assert s[("A", "2024-06")] == ("kontanthjaelp", 1)


def test_other_benefit_in_between_does_not_break_when_every_month_has_a_day() -> None:
    # Sygedagpenge 11 Mar - 20 Apr, but March and April both keep a kontanthjælp day.
    con = periods_con(
        kth("A", "2024-01-01", "2024-03-10"),
        kth("A", "2024-03-11", "2024-04-20", "sygedagpenge"),
        kth("A", "2024-04-21"),
    )
    s = seniority(con, "2024-03-01", "2024-05-01")
    assert s[("A", "2024-03")] == ("sygedagpenge", 1)  # covers the month's last day
    assert s[("A", "2024-04")] == ("kontanthjaelp", 4)
    assert s[("A", "2024-05")] == ("kontanthjaelp", 5)


def test_merger_of_1_july_2025_does_not_reset_seniority() -> None:
    con = periods_con(
        kth("A", "2024-09-01", "2025-06-30", "uddannelseshjaelp"),
        kth("A", "2025-07-01", "", "kontanthjaelp"),
        kth("B", "2024-09-01", "2025-06-30", "selvforsoergelsesydelse"),
        kth("B", "2025-07-01", "", "kontanthjaelp"),
    )
    s = seniority(con, "2025-06-01", "2025-08-01")
    assert s[("A", "2025-06")] == ("uddannelseshjaelp", 10)
    assert s[("A", "2025-07")] == ("kontanthjaelp", 11)
    assert s[("A", "2025-08")] == ("kontanthjaelp", 12)
    assert s[("B", "2025-08")] == ("kontanthjaelp", 12)


def test_the_same_switch_before_the_merger_resets() -> None:
    con = periods_con(
        kth("A", "2024-01-01", "2025-05-31", "uddannelseshjaelp"),
        kth("A", "2025-06-01", "", "kontanthjaelp"),
    )
    s = seniority(con, "2025-06-01", "2025-07-01")
    assert s[("A", "2025-06")] == ("kontanthjaelp", 1)
    assert s[("A", "2025-07")] == ("kontanthjaelp", 2)


def test_overgangsydelse_into_kontanthjaelp_without_an_empty_month_continues() -> None:
    con = periods_con(
        kth("A", "2023-01-01", "2023-06-15", "selvforsoergelsesydelse"),
        kth("A", "2023-07-03", "", "kontanthjaelp"),
        kth("B", "2023-01-01", "2023-05-31", "selvforsoergelsesydelse"),
        kth("B", "2023-07-01", "", "kontanthjaelp"),
    )
    s = seniority(con, "2023-07-01", "2023-07-01")
    assert s[("A", "2023-07")] == ("kontanthjaelp", 7)
    assert s[("B", "2023-07")] == ("kontanthjaelp", 1)  # June 2023 was empty


def test_dagpenge_counts_accumulated_months_in_the_reference_period() -> None:
    # 6 months, 6 months' work, 7 months again: 13 accumulated months by month 19.
    con = periods_con(
        kth("A", "2023-01-01", "2023-06-30", "dagpenge"),
        kth("A", "2024-01-01", "", "dagpenge"),
    )
    s = seniority(con, "2024-06-01", "2024-07-01")
    assert s[("A", "2024-06")] == ("dagpenge", 12)
    assert s[("A", "2024-07")] == ("dagpenge", 13)


def test_dagpenge_months_older_than_the_reference_period_drop_out() -> None:
    con = periods_con(
        kth("A", "2021-01-01", "2021-12-31", "dagpenge"),
        kth("A", "2024-01-01", "", "dagpenge"),
    )
    # Jan 2024: lookback 36 months = Feb 2021 .. Jan 2024 -> 11 + 1 months.
    s = seniority(con, "2024-01-01", "2024-02-01")
    assert s[("A", "2024-01")] == ("dagpenge", 12)
    assert s[("A", "2024-02")] == ("dagpenge", 12)  # Feb 2021 drops out, Feb 2024 comes in


def test_with_a_minimum_dagpenge_months_are_kept_from_the_accumulated_twelfth() -> None:
    # 6 months in 2023, then again from Jan 2024: the spell alone is 6 months old in Jun 2024,
    # the accumulated seniority 12, so Jun is the first month kept (May: 11, dropped).
    con = periods_con(
        kth("A", "2023-01-01", "2023-06-30", "dagpenge"),
        kth("A", "2024-01-01", "", "dagpenge"),
    )
    t = build_seniority(
        con,
        first_month=D("2024-04-01"),
        last_month=D("2024-07-01"),
        as_of=D("2026-12-31"),
        min_seniority=12,
    )
    rows = con.execute(f"SELECT month, seniority FROM {t.name} ORDER BY month").fetchall()
    assert [(m.strftime("%Y-%m"), s) for m, s in rows] == [("2024-06", 12), ("2024-07", 13)]


def test_benefit_covering_the_months_last_day_is_the_one_held() -> None:
    con = periods_con(
        kth("A", "2023-01-01", "2024-03-15", "kontanthjaelp"),
        kth("A", "2024-03-10", "", "sygedagpenge"),
    )
    s = seniority(con, "2024-02-01", "2024-04-01")
    assert s[("A", "2024-02")] == ("kontanthjaelp", 14)
    assert s[("A", "2024-03")] == ("sygedagpenge", 1)


def test_benefits_outside_the_covered_list_are_ignored() -> None:
    con = periods_con(
        kth("A", "2023-01-01", "", "kontanthjaelp"),
        kth("A", "2024-03-01", "", "fleksjob"),
    )
    s = seniority(con, "2024-03-01", "2024-03-01")
    assert s[("A", "2024-03")] == ("kontanthjaelp", 15)


def test_as_of_hides_later_periods_and_months() -> None:
    con = periods_con(kth("A", "2024-01-01", "2024-03-31"), kth("A", "2024-04-01"))
    s = seniority(con, "2024-01-01", "2024-12-01", as_of="2024-03-31")
    assert max(m for _, m in s) == "2024-03"
    assert s[("A", "2024-03")] == ("kontanthjaelp", 3)


def test_period_municipality_overrides_the_persons() -> None:
    con = connection_from_records(
        {
            "persons": [{"person_id": "A", "municipality": "185"}],
            "benefit_periods": [
                {
                    "person_id": "A",
                    "benefit": "kontanthjaelp",
                    "start_date": "2024-01-01",
                    "municipality": "155",
                }
            ],
        }
    )
    t = build_seniority(
        con, first_month=D("2024-02-01"), last_month=D("2024-02-01"), as_of=D("2024-12-31")
    )
    assert con.execute(f"SELECT municipality FROM {t.name}").fetchall() == [("155",)]


def test_explicit_benefit_list_for_other_measures() -> None:
    con = periods_con(kth("A", "2024-01-01", "", "fleksjob"))
    t = build_seniority(
        con,
        first_month=D("2024-06-01"),
        last_month=D("2024-06-01"),
        as_of=D("2024-12-31"),
        benefits=["fleksjob"],
        table="fleks_months",
    )
    assert con.execute(f"SELECT benefit, seniority FROM {t.name}").fetchall() == [("fleksjob", 6)]


def test_short_detour_to_another_benefit_keeps_the_run_when_no_month_is_empty() -> None:
    # Uddannelseshjælp has a day in every month (9 Feb, 17 Mar), so its run is unbroken.
    con = periods_con(
        kth("A", "2023-01-20", "2023-02-09", "uddannelseshjaelp"),
        kth("A", "2023-02-24", "2023-03-16", "kontanthjaelp"),
        kth("A", "2023-03-17", "", "uddannelseshjaelp"),
    )
    s = seniority(con, "2023-02-01", "2024-01-01")
    assert s[("A", "2023-02")] == ("kontanthjaelp", 1)
    assert s[("A", "2024-01")] == ("uddannelseshjaelp", 13)


def test_sickness_benefit_is_counted_from_start_to_end_date_so_one_empty_day_breaks_it() -> None:
    # domain-rules §1.4: sygedagpenge from start to end date (lab.periode.start_to_end_benefits),
    # while kontanthjælp keeps the spell over the same one-day pause.
    sick = [
        {
            "person_id": "S",
            "benefit": "sygedagpenge",
            "start_date": "2024-01-01",
            "end_date": "2024-03-30",
            "first_absence_date": "2024-01-01",
        },
        {
            "person_id": "S",
            "benefit": "sygedagpenge",
            "start_date": "2024-04-01",
            "first_absence_date": "2024-04-01",
        },
    ]
    con = periods_con(*sick, kth("K", "2024-01-01", "2024-03-30"), kth("K", "2024-04-01"))
    s = seniority(con, "2024-01-01", "2024-12-01")
    assert s[("S", "2024-04")] == ("sygedagpenge", 1)
    assert s[("S", "2024-12")] == ("sygedagpenge", 9)
    assert s[("K", "2024-12")] == ("kontanthjaelp", 12)


def test_spell_start_follows_a_chain_of_two_continuations_and_stays_within_one_run() -> None:
    # C: selvforsørgelsesydelse > uddannelseshjælp (a continuation since 2020) > kontanthjælp
    # (the 1 Jul 2025 merger): one spell from January 2024, carried over two links.
    # K: two kontanthjælp periods with a pause inside March: one run, started on its first day.
    # U: the same switch to uddannelseshjælp after an empty month: a new spell.
    con = periods_con(
        kth("C", "2024-01-15", "2024-12-31", "selvforsoergelsesydelse"),
        kth("C", "2025-01-01", "2025-06-30", "uddannelseshjaelp"),
        kth("C", "2025-07-01", "", "kontanthjaelp"),
        kth("K", "2025-01-10", "2025-03-05"),
        kth("K", "2025-03-25", ""),
        kth("U", "2024-01-15", "2024-11-30", "selvforsoergelsesydelse"),
        kth("U", "2025-01-01", "", "uddannelseshjaelp"),
    )
    t = build_seniority(
        con, first_month=D("2025-06-01"), last_month=D("2025-08-01"), as_of=D("2026-12-31")
    )
    rows = {
        (p, m.strftime("%Y-%m")): (b, s, start)
        for p, m, b, s, start in con.execute(
            f"SELECT person_id, month, benefit, seniority, spell_start FROM {t.name}"
        ).fetchall()
    }
    assert rows[("C", "2025-06")] == ("uddannelseshjaelp", 18, D("2024-01-15"))
    assert rows[("C", "2025-07")] == ("kontanthjaelp", 19, D("2024-01-15"))
    assert rows[("C", "2025-08")] == ("kontanthjaelp", 20, D("2024-01-15"))
    assert rows[("K", "2025-06")] == ("kontanthjaelp", 6, D("2025-01-10"))
    assert rows[("U", "2025-06")] == ("uddannelseshjaelp", 6, D("2025-01-01"))
