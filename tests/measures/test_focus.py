"""The two focus measures, clause by clause, from hand-made citizens."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

import duckdb
import pytest

from builders import kth, talk
from tilsyn.data.importer import connection_from_records
from tilsyn.measures.focus import FocusResult, MonthValue, focus_measures, yearly_value

D = dt.date.fromisoformat

# Everyone's data starts in Jan 2023 (a group meeting that counts for nothing), so Dec 2023 is
# the first computable month and all of 2024 is computable.
HISTORY = {
    "person_id": "H",
    "date": "2023-01-02",
    "kind": "andet",
    "form": "personligt",
    "held_by": "jobcenter",
    "status": "afholdt",
}


def make(
    periods: list[dict[str, str]],
    conversations: list[dict[str, str]] = (),  # type: ignore[assignment]
    offers: list[dict[str, str]] = (),  # type: ignore[assignment]
    hours: list[dict[str, str]] = (),  # type: ignore[assignment]
) -> duckdb.DuckDBPyConnection:
    ids = sorted({p["person_id"] for p in periods} | {"H"})
    records: dict[str, list[dict[str, str]]] = {
        "persons": [{"person_id": i, "municipality": "185"} for i in ids],
        "benefit_periods": periods,
        "conversations": [HISTORY, *conversations],
    }
    if offers:
        records["offers"] = list(offers)
    if hours:
        records["employment_hours"] = list(hours)
    return connection_from_records(records)


def month(result: FocusResult, ym: str) -> MonthValue:
    return next(m for m in result.months if m.month.strftime("%Y-%m") == ym)


def measure(con: duckdb.DuckDBPyConnection, name: str, year: int = 2024, **kw: Any) -> FocusResult:
    results = focus_measures(con, year=year, municipality="185", **kw)
    return next(r for r in results if r.measure == name)


def four_talks(pid: str, first: str, *more: str) -> list[dict[str, str]]:
    return [talk(pid, d) for d in (first, *more)]


# --- population and seniority -------------------------------------------------------------


def test_twelfth_month_of_seniority_counts_and_eleventh_does_not() -> None:
    con = make([kth("A", "2024-01-15")])
    r = measure(con, "interviews")
    assert month(r, "2024-11").population == 0  # 11 months
    assert month(r, "2024-12").population == 1  # 12 months: in the population
    assert month(r, "2024-12").failing == 1


def test_spell_broken_by_whole_empty_month_leaves_the_population() -> None:
    con = make([kth("A", "2022-01-01", "2024-03-31"), kth("A", "2024-05-01")])
    r = measure(con, "interviews")
    assert month(r, "2024-03").population == 1
    assert month(r, "2024-04").population == 0
    assert month(r, "2024-05").population == 0  # seniority 1 again


def test_one_empty_day_keeps_the_person_in_the_population() -> None:
    con = make([kth("A", "2022-01-01", "2024-03-30"), kth("A", "2024-04-01")])
    r = measure(con, "interviews")
    assert [month(r, m).population for m in ("2024-03", "2024-04", "2024-05")] == [1, 1, 1]


def test_benefits_outside_the_list_give_no_population() -> None:
    con = make([kth("A", benefit="fleksjob"), kth("B", benefit="foertidspension")])
    assert month(measure(con, "interviews"), "2024-06").population == 0


# --- interviews -------------------------------------------------------------------------


def test_four_interviews_in_the_window_pass_and_three_fail() -> None:
    talks = four_talks("A", "2024-01-10", "2024-02-10", "2024-03-10", "2024-04-10")
    talks += four_talks("B", "2024-01-10", "2024-02-10", "2024-03-10")
    con = make([kth("A"), kth("B")], talks)
    r = measure(con, "interviews")
    assert (month(r, "2024-03").failing, month(r, "2024-04").failing) == (2, 1)


def test_window_runs_from_the_first_day_of_month_minus_11_to_the_last_day_of_the_month() -> None:
    # Interviews on 1 Jan 2024 and 31 Dec 2024 plus two between: all in the Dec 2024 window,
    # and the 1 Jan 2024 one is out of the Jan 2025 window.
    talks = four_talks("A", "2024-01-01", "2024-06-01", "2024-09-01", "2024-12-31")
    con = make([kth("A")], talks)
    assert month(measure(con, "interviews"), "2024-12").failing == 0
    assert month(measure(con, "interviews", year=2025), "2025-01").failing == 1
    assert month(measure(con, "interviews"), "2024-11").failing == 1  # 31 Dec not yet held


def test_cancelled_missed_group_akasse_and_cv_interviews_do_not_count() -> None:
    base = four_talks("A", "2024-01-10", "2024-02-10", "2024-03-10")
    variants = {
        "B": {"status": "aflyst"},
        "C": {"status": "udeblevet"},
        "E": {"individual": "false"},
        "F": {"held_by": "akasse"},
        "G": {"kind": "cv_samtale"},
    }
    talks = list(base)
    periods = [kth("A")]
    for pid, over in variants.items():
        talks += [{**t, "person_id": pid} for t in base]
        talks.append(talk(pid, "2024-04-10", **over))
        periods.append(kth(pid))
    talks.append(talk("A", "2024-04-10"))
    con = make(periods, talks)
    r = measure(con, "interviews")
    assert month(r, "2024-04").population == 6
    assert month(r, "2024-04").failing == 5  # only A has four that count


@pytest.mark.parametrize(
    "over",
    [
        {"kind": "opfoelgningssamtale"},
        {"kind": "faellessamtale"},
        {"held_by": "anden_aktoer"},
        {"form": "telefon"},
        {"form": "video"},
    ],
)
def test_counted_kinds_holders_and_forms(over: dict[str, str]) -> None:
    talks = [
        *four_talks("A", "2024-01-10", "2024-02-10", "2024-03-10"),
        talk("A", "2024-04-10", **over),
    ]
    con = make([kth("A")], talks)
    assert month(measure(con, "interviews"), "2024-04").failing == 0


def test_interviews_before_the_spell_still_count_in_the_calendar_window() -> None:
    # The window is the 12 calendar months, whatever benefit the person was on then.
    talks = four_talks("A", "2023-01-10", "2023-02-10", "2023-03-10", "2023-04-10")
    con = make(
        [kth("A", "2022-01-01", "2023-03-31", "sygedagpenge"), kth("A", "2023-04-01")], talks
    )
    r = measure(con, "interviews")
    assert month(r, "2024-03").population == 1  # kontanthjælp seniority 12 in Mar 2024
    assert month(r, "2024-03").failing == 1  # Apr 2023 .. Mar 2024 holds one interview
    assert month(r, "2024-03").failing == 1


# --- offers and hours --------------------------------------------------------------------


def offer(pid: str, start: str, end: str, kind: str = "virksomhedspraktik") -> dict[str, str]:
    return {"person_id": pid, "kind": kind, "start_date": start, "end_date": end}


def test_offer_ending_on_the_windows_first_day_counts_and_the_day_before_does_not() -> None:
    con = make(
        [kth("A"), kth("B")],
        offers=[offer("A", "2023-01-15", "2023-07-01"), offer("B", "2023-01-15", "2023-06-30")],
    )
    r = measure(con, "offers")
    # Jun 2024 window starts 1 Jul 2023.
    jun = month(r, "2024-06")
    assert (jun.population, jun.failing) == (2, 1)
    assert month(r, "2024-07").failing == 2


def test_offer_starting_on_the_windows_last_day_counts() -> None:
    con = make([kth("A")], offers=[offer("A", "2024-05-31", "2024-07-01")])
    r = measure(con, "offers")
    assert month(r, "2024-04").failing == 1
    assert month(r, "2024-05").failing == 0


def boundary_offers() -> duckdb.DuckDBPyConnection:
    """The June 2024 window starts on 1 Jul 2023: A's offer ended the day before, B's started
    before and overlaps it, C's started on its first day."""
    return make(
        [kth("A"), kth("B"), kth("C")],
        offers=[
            offer("A", "2023-03-01", "2023-06-30"),
            offer("B", "2023-06-15", "2023-07-15"),
            offer("C", "2023-07-01", "2023-07-14"),
        ],
    )


def test_an_offer_begun_before_the_window_counts_when_it_overlaps_and_not_when_it_must_start_in_it() -> (
    None
):
    r = measure(boundary_offers(), "offers")
    by_reading = {(v.reading, v.hours): month(v, "2024-06").failing for v in r.variants}
    # overlap: A fails (ended the day before), B and C count; started: A and B fail.
    assert by_reading == {
        ("overlap", 100): 1,
        ("overlap", 225): 1,
        ("started", 100): 2,
        ("started", 225): 2,
    }
    # One month earlier A's offer still overlaps the May window, and B's began inside it.
    may = {(v.reading, v.hours): month(v, "2024-05").failing for v in r.variants}
    assert may == {
        ("overlap", 100): 0,
        ("overlap", 225): 0,
        ("started", 100): 1,
        ("started", 225): 1,
    }


def test_the_offer_reading_is_a_dated_parameter_and_the_other_reading_is_shown_beside_it() -> None:
    import dataclasses

    from tilsyn.rules.parameters import ParameterSet, default_parameters

    params = default_parameters()
    swapped = {}
    for pid, value in (
        ("skaerpet_tilsyn.offer_reading", "started"),
        ("skaerpet_tilsyn.offer_reading_alternative", "overlap"),
    ):
        original = params[pid]
        swapped[pid] = dataclasses.replace(
            original, history=tuple(dataclasses.replace(e, value=value) for e in original.history)
        )
    params = ParameterSet({p.id: p for p in params} | swapped)
    r = measure(boundary_offers(), "offers", params=params)
    assert r.reading == "started"
    assert month(r, "2024-06").failing == 2
    assert r.reading_alternative is not None
    assert r.reading_alternative.reading == "overlap"
    assert month(r.reading_alternative, "2024-06").failing == 1


def test_mentor_and_other_guidance_are_not_offers() -> None:
    con = make(
        [kth("A"), kth("B"), kth("C")],
        offers=[
            offer("A", "2024-01-01", "2024-12-31", "mentor"),
            offer("B", "2024-01-01", "2024-12-31", "oevrig_vejledning"),
            offer("C", "2024-01-01", "2024-12-31", "loentilskud"),
        ],
    )
    assert month(measure(con, "offers"), "2024-06").failing == 2


def test_99_99_hours_fail_and_100_hours_pass() -> None:
    con = make(
        [kth("A"), kth("B")],
        hours=[
            {"person_id": "A", "month": "2023-08", "hours": "60"},
            {"person_id": "A", "month": "2024-02", "hours": "39.99"},
            {"person_id": "B", "month": "2023-08", "hours": "60"},
            {"person_id": "B", "month": "2024-02", "hours": "40,00"},
        ],
    )
    r = measure(con, "offers")
    assert month(r, "2024-02").failing == 1  # A: 99.99 h
    assert month(r, "2024-07").failing == 1
    assert month(r, "2024-08").failing == 2  # Aug 2023 left the window
    alt = r.alternative
    assert alt is not None
    assert alt.hours == 225
    assert month(alt, "2024-02").failing == 2  # 100 h is not 225 h


def test_hours_at_exactly_225_pass_the_alternative_reading() -> None:
    con = make([kth("A")], hours=[{"person_id": "A", "month": "2024-03", "hours": "225"}])
    r = measure(con, "offers")
    assert r.alternative is not None
    assert month(r.alternative, "2024-03").failing == 0


# --- months, averages, as-of ---------------------------------------------------------------


def test_months_without_twelve_months_of_history_are_not_computable() -> None:
    con = make([kth("A")])
    r = measure(con, "interviews", year=2023)
    nov, dec = month(r, "2023-11"), month(r, "2023-12")
    assert (nov.computable, nov.population, nov.share) == (False, None, None)
    assert dec.computable
    assert dec.population == 1
    assert r.year_average == 1  # only December counts, not 1/12


def test_year_average_is_the_simple_mean_of_monthly_shares() -> None:
    # A fails all year; B fails Jan-Jun then passes; C enters in Jul.
    talks = four_talks("B", "2024-06-20", "2024-07-01", "2024-07-02", "2024-07-03")
    con = make([kth("A"), kth("B"), kth("C", "2023-07-01")], talks)
    r = measure(con, "interviews")
    expected = (6 * Fraction(2, 2) + 6 * Fraction(2, 3)) / 12
    assert r.year_average == expected
    assert r.met is False


def test_threshold_is_strict() -> None:
    months = tuple(MonthValue(dt.date(2024, m, 1), 5, 1, True, True, True) for m in range(1, 13))
    assert yearly_value(months, "simple") == Fraction(1, 5)
    assert not (Fraction(1, 5) < Fraction(1, 5))


def test_person_weighted_average() -> None:
    months = (
        MonthValue(dt.date(2024, 1, 1), 10, 5, True, True, True),
        MonthValue(dt.date(2024, 2, 1), 30, 3, True, True, True),
    )
    assert yearly_value(months, "simple") == Fraction(3, 10)
    assert yearly_value(months, "person_weighted") == Fraction(8, 40)


def test_as_of_ignores_later_events_and_months() -> None:
    talks = four_talks("A", "2024-01-10", "2024-02-10", "2024-03-10", "2024-03-25")
    con = make([kth("A")], talks)
    r = measure(con, "interviews", as_of=D("2024-03-20"))
    mar = month(r, "2024-03")
    assert mar.failing == 1
    assert not mar.final
    assert month(r, "2024-04").computable is False
    full = measure(con, "interviews")
    assert month(full, "2024-03").failing == 0
    assert month(full, "2024-03").final


def test_after_repeal_measures_are_management_information() -> None:
    con = make([kth("A")])
    r2024 = measure(con, "interviews", year=2024)
    r2025 = measure(con, "interviews", year=2025)
    r2026 = measure(con, "interviews", year=2026)
    # STAR assesses a year in April of the next: 2024 in April 2025, under the regime; 2025
    # would be assessed after the repeal on 1 Feb 2026, so it is management information.
    assert r2024.sanction_regime
    assert all(m.sanction_regime for m in r2025.months)
    assert not r2025.sanction_regime
    assert month(r2026, "2026-01").sanction_regime
    assert not month(r2026, "2026-02").sanction_regime
    # a year in which the regime ended is management information as a whole
    assert not r2026.sanction_regime


def test_offer_measure_not_used_for_selection_in_2021_and_2022() -> None:
    con = make([kth("A")])
    assert not measure(con, "offers", year=2022).used_for_selection
    assert measure(con, "offers", year=2023).used_for_selection


def test_split_by_benefit_adds_up() -> None:
    con = make([kth("A"), kth("B", benefit="sygedagpenge"), kth("C", benefit="dagpenge")])
    r = measure(con, "interviews")
    jun = month(r, "2024-06")
    parts = [next(m for m in ms if m.month == jun.month) for ms in r.by_benefit.values()]
    assert sorted(r.by_benefit) == ["dagpenge", "kontanthjaelp", "sygedagpenge"]
    assert sum(p.population or 0 for p in parts) == jun.population == 3


def test_period_municipality_decides_where_the_person_counts() -> None:
    con = connection_from_records(
        {
            "persons": [{"person_id": "A", "municipality": "185"}],
            "benefit_periods": [{**kth("A"), "municipality": "155"}],
            "conversations": [{**HISTORY, "person_id": "A"}],
        }
    )
    results = focus_measures(con, year=2024)
    assert {r.municipality for r in results} == {"155"}


def test_2020_is_averaged_over_8_months_with_march_to_june_left_out() -> None:
    con = connection_from_records(
        {
            "persons": [{"person_id": "A", "municipality": "185"}],
            "benefit_periods": [kth("A", "2018-01-01")],
            "conversations": [{**HISTORY, "person_id": "A", "date": "2019-01-02"}],
        }
    )
    r = measure(con, "interviews", year=2020)
    left_out = [m.month.month for m in r.months if not m.counted]
    assert left_out == [3, 4, 5, 6]
    assert all(m.counted for m in measure(con, "interviews", year=2021).months)
    months = tuple(
        MonthValue(
            dt.date(2020, m, 1),
            2,
            1 if m in (3, 4, 5, 6) else 0,
            True,
            True,
            True,
            counted=m not in (3, 4, 5, 6),
        )
        for m in range(1, 13)
    )
    assert yearly_value(months, "simple") == 0
    assert yearly_value(months, "person_weighted") == 0


def test_overgangsydelse_in_the_introduktionsprogram_is_left_out_of_the_population() -> None:
    in_programme = {**kth("A", benefit="selvforsoergelsesydelse"), "introduction_programme": "true"}
    outside = {**kth("B", benefit="selvforsoergelsesydelse"), "introduction_programme": "false"}
    unknown = kth("C", benefit="selvforsoergelsesydelse")
    r = measure(make([in_programme, outside, unknown]), "interviews")
    assert month(r, "2024-06").population == 2
