"""The 2026 reform's population rules from hand-made citizens (lov nr. 1750/2025, 1 Jul 2026)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

import duckdb

from builders import period
from builders import talk as interview
from tilsyn.data.calendar import add_months
from tilsyn.data.importer import connection_from_records
from tilsyn.measures.reform import (
    ALL_GROUPS,
    RULE_16M,
    RULE_AKASSE,
    RULE_FIRST,
    RULE_INTERVIEWS,
    RULE_OFFERS,
    ReformMember,
    ReformRow,
    reform_members,
    reform_overview,
    reform_report,
    reform_rows,
)
from tilsyn.measures.six_month_point import load_case_data
from tilsyn.present.demo import reform_lines
from tilsyn.rules.parameters import default_parameters

D = dt.date.fromisoformat
PARAMS = default_parameters()
START = "2026-07-01"  # first day of the reform; the 6-month point is 1 Jan 2027


def kth(
    pid: str, target_group: str = "jobparat", start: str = START, **extra: str
) -> dict[str, str]:
    return period(pid, "kontanthjaelp", start, target_group=target_group, **extra)


def talk(pid: str, date: str, **extra: str) -> dict[str, str]:
    """A held interview by telephone (the reform counts every form)."""
    return interview(pid, date, **{"form": "telefon", **extra})


def offer(pid: str, kind: str, start: str, end: str = "2027-03-31") -> dict[str, str]:
    return {"person_id": pid, "kind": kind, "start_date": start, "end_date": end}


def exemption(pid: str, start: str, reason: str = "selv_job") -> dict[str, str]:
    return {"person_id": pid, "start_date": start, "end_date": "2027-06-30", "reason": reason}


def con_of(
    periods: list[dict[str, str]],
    conversations: list[dict[str, str]] | None = None,
    offers: list[dict[str, str]] | None = None,
    exemptions: list[dict[str, str]] | None = None,
) -> duckdb.DuckDBPyConnection:
    records: dict[str, Any] = {
        "persons": [
            {"person_id": i, "municipality": "185"}
            for i in sorted({p["person_id"] for p in periods})
        ],
        "benefit_periods": periods,
        "conversations": conversations or [],
    }
    if offers:
        records["offers"] = offers
    if exemptions:
        records["exemptions"] = exemptions
    return connection_from_records(records)


def members(con: duckdb.DuckDBPyConnection, rule: str) -> dict[str, ReformMember]:
    data = load_case_data(con, PARAMS)
    found = reform_members(
        data, PARAMS, first_month=D("2025-01-01"), last_month=D("2028-12-01"), as_of=D("2028-12-31")
    )
    return {m.person_id: m for m in found if m.rule == rule}


def pooled(con: duckdb.DuckDBPyConnection, rule: str, month: str) -> ReformRow:
    rows, _ = reform_report(
        con, first_month=D(month), last_month=D(month), as_of=D("2028-12-31"), params=PARAMS
    )
    (row,) = [r for r in rows if r.rule == rule and r.group == ALL_GROUPS]
    return row


# --- R-2026-OFFER and R-2026-EXEMPT --------------------------------------------------------


def offer_cohort() -> duckdb.DuckDBPyConnection:
    return con_of(
        [
            kth("praktik"),
            kth("oevo"),
            kth("mentor"),
            kth("fritaget"),
            kth("sent_fritaget"),
            kth("syg"),
            kth("arbejdspligt", work_obligation="true"),
            kth("aktivitetsparat", target_group="aktivitetsparat"),
            kth("uddannelsesparat", target_group="uddannelsesparat"),
            period("ledighed", "ledighedsydelse", START),
        ],
        offers=[
            offer("praktik", "virksomhedspraktik", "2026-09-01"),
            offer("oevo", "oevrig_vejledning", "2026-12-31"),
            offer("mentor", "mentor", "2026-08-01"),
            offer("uddannelsesparat", "vejledning_opkvalificering", "2027-01-01"),
        ],
        exemptions=[
            exemption("fritaget", "2026-08-01"),
            exemption("sent_fritaget", "2027-01-01"),  # on the point: too late
            exemption("syg", "2026-08-01", reason="sygdom"),  # not the 25 % exemption
        ],
    )


def test_the_offer_pool_with_exempted_non_exempted_and_arbejdspligt_persons() -> None:
    m = members(offer_cohort(), RULE_OFFERS)
    assert set(m) == {
        "praktik",
        "oevo",
        "mentor",
        "fritaget",
        "sent_fritaget",
        "syg",
        "uddannelsesparat",
    }  # arbejdspligt, aktivitetsparat, ledighedsydelse out
    assert {p for p, x in m.items() if x.compliant} == {"praktik", "oevo"}
    assert {p for p, x in m.items() if x.exempted} == {"fritaget"}
    row = pooled(offer_cohort(), RULE_OFFERS, "2027-01-01")
    assert (row.population, row.compliant, row.exempted) == (7, 2, 1)
    assert row.noncompliant_unexempted == 4
    assert not row.meets
    assert row.exemption_ok  # 1 of 7 ≤ 25 %


def test_exempted_persons_leave_the_denominator_when_assumption_a3_is_switched_off() -> None:
    import dataclasses

    from tilsyn.rules.parameters import ParameterSet

    pid = "reform_2026.exemption.keep_in_denominator"
    original = PARAMS[pid]
    switched = dataclasses.replace(
        original, history=tuple(dataclasses.replace(e, value=False) for e in original.history)
    )
    params = ParameterSet({p.id: p for p in PARAMS} | {pid: switched})
    rows, _ = reform_report(
        offer_cohort(),
        first_month=D("2027-01-01"),
        last_month=D("2027-01-01"),
        as_of=D("2028-12-31"),
        params=params,
    )
    (row,) = [r for r in rows if r.rule == RULE_OFFERS and r.group == ALL_GROUPS]
    assert (row.population, row.compliant) == (6, 2)  # "fritaget" no longer counted


def test_exempted_share_over_25_percent_fails_the_exemption_check() -> None:
    con = con_of(
        [kth(p) for p in ("a", "b", "c", "d")],
        offers=[offer(p, "nytteindsats", "2026-10-01") for p in ("a", "b", "c", "d")],
        exemptions=[exemption("a", "2026-08-01"), exemption("b", "2026-08-01")],
    )
    row = pooled(con, RULE_OFFERS, "2027-01-01")
    assert (row.population, row.compliant, row.exempted) == (4, 4, 2)
    assert row.meets
    assert row.exemption_ok is False
    one = con_of([kth(p) for p in ("a", "b", "c", "d")], exemptions=[exemption("a", "2026-08-01")])
    assert pooled(one, RULE_OFFERS, "2027-01-01").exemption_ok  # exactly 25 %


def test_loentilskud_may_start_up_to_three_weeks_after_the_point() -> None:
    con = con_of(
        [kth("day20"), kth("day21")],
        offers=[
            offer("day20", "loentilskud", "2027-01-21"),
            offer("day21", "loentilskud", "2027-01-22"),
        ],
    )
    m = members(con, RULE_OFFERS)
    assert m["day20"].compliant
    assert not m["day21"].compliant


# --- R-2026-INT-KOM: municipal interviews -------------------------------------------------


def test_dagpenge_interviews_count_from_the_handover_to_the_point() -> None:
    con = con_of(
        [
            period("ok", "dagpenge", START, handover_date="2026-10-15"),
            period("early", "dagpenge", START, handover_date="2026-10-15"),
            period("fallback", "dagpenge", START),  # no handover date: start + 3 months (A6)
        ],
        [
            talk("ok", "2026-10-15"),
            talk("ok", "2026-12-31"),
            talk("ok", "2027-01-01"),
            talk("early", "2026-10-14"),
            talk("early", "2026-12-31"),
            talk("fallback", "2026-09-30"),
            talk("fallback", "2026-10-01"),
            talk("fallback", "2026-11-01", form="video"),
        ],
    )
    m = members(con, RULE_INTERVIEWS)
    assert (m["ok"].window_start, m["ok"].point, m["ok"].found) == (
        D("2026-10-15"),
        D("2027-01-01"),
        2,
    )
    assert m["ok"].compliant
    assert (m["early"].found, m["early"].compliant) == (1, False)
    assert (m["fallback"].window_start, m["fallback"].found) == (D("2026-10-01"), 2)


def test_jobparate_and_ledighedsydelse_need_four_aktivitetsparate_are_outside() -> None:
    dates = ["2026-07-02", "2026-08-02", "2026-09-02", "2026-12-31"]
    con = con_of(
        [
            kth("four"),
            kth("three"),
            kth("akt", target_group="aktivitetsparat"),
            period("ly", "ledighedsydelse", START),
        ],
        [talk("four", d) for d in dates]
        + [talk("three", d) for d in dates[:3]]
        + [talk("ly", d) for d in dates]
        + [talk("three", "2026-12-01", held_by="akasse")],
    )
    m = members(con, RULE_INTERVIEWS)
    assert set(m) == {"four", "three", "ly"}
    assert (m["four"].compliant, m["three"].compliant, m["ly"].compliant) == (True, False, True)
    row = pooled(con, RULE_INTERVIEWS, "2027-01-01")
    assert (row.population, row.compliant) == (3, 2)


# --- R-2026-FIRST ---------------------------------------------------------------------------


def test_first_interview_on_the_seventh_day_is_on_time_the_eighth_is_late() -> None:
    con = con_of(
        [
            kth("day7", first_contact_date="2026-07-06"),
            kth("day8", first_contact_date="2026-07-06"),
            kth("akt", target_group="aktivitetsparat"),
            period("ly", "ledighedsydelse", START),
        ],
        [talk("day7", "2026-07-13"), talk("day8", "2026-07-14"), talk("ly", "2026-07-08")],
    )
    m = members(con, RULE_FIRST)
    assert set(m) == {"day7", "day8", "ly"}
    assert m["day7"].point == D("2026-07-13")
    assert m["day7"].compliant
    assert not m["day8"].compliant
    assert m["ly"].compliant


def test_the_reform_applies_to_spells_starting_on_or_after_1_july_2026() -> None:
    con = con_of([kth("before", start="2026-06-30"), kth("on", start="2026-07-01")])
    assert set(members(con, RULE_FIRST)) == {"on"}
    assert set(members(con, RULE_INTERVIEWS)) == {"on"}


# --- R-2026-16M ---------------------------------------------------------------------------


def test_the_16_month_interview_must_be_held_before_16_months_of_unemployment() -> None:
    con = con_of(
        [period("ok", "dagpenge", "2025-01-01"), period("late", "dagpenge", "2025-01-01")],
        [
            talk("ok", "2026-04-30", purpose="intensiveret_indsats"),
            talk("late", "2026-05-01", purpose="intensiveret_indsats"),
            talk("late", "2026-03-01"),
        ],
    )
    m = members(con, RULE_16M)
    assert m["ok"].point == D("2026-05-01")
    assert m["ok"].compliant
    assert not m["late"].compliant


# --- R-2026-INT-AK: the a-kasse's own 75 % requirement -------------------------------------


def akasse_talk(pid: str, date: str, **extra: str) -> dict[str, str]:
    return talk(pid, date, **{"held_by": "akasse", **extra})


def test_the_akasse_needs_two_jobsamtaler_before_three_months_of_unemployment() -> None:
    con = con_of(
        [
            period("on_time", "dagpenge", START),
            period("point_day", "dagpenge", START),
            period("cv_only", "dagpenge", START),
            period("jobcentre", "dagpenge", START),
            period("before_reform", "dagpenge", "2026-06-30"),
            kth("kth"),
        ],
        [
            # 3 months from 1 Jul 2026: the window is 1 Jul – 30 Sep, the point 1 Oct
            akasse_talk("on_time", "2026-07-01"),
            akasse_talk("on_time", "2026-09-30"),
            akasse_talk("point_day", "2026-07-10"),
            akasse_talk("point_day", "2026-10-01"),
            akasse_talk("cv_only", "2026-07-10"),
            akasse_talk("cv_only", "2026-08-10", kind="cv_samtale"),
            talk("jobcentre", "2026-07-10"),
            talk("jobcentre", "2026-08-10"),
            akasse_talk("before_reform", "2026-07-10"),
            akasse_talk("before_reform", "2026-08-10"),
            akasse_talk("kth", "2026-07-10"),
            akasse_talk("kth", "2026-08-10"),
        ],
    )
    m = members(con, RULE_AKASSE)
    assert set(m) == {"on_time", "point_day", "cv_only", "jobcentre"}
    assert {p: (x.point, x.found) for p, x in m.items()} == {
        "on_time": (D("2026-10-01"), 2),
        "point_day": (D("2026-10-01"), 1),
        "cv_only": (D("2026-10-01"), 1),
        "jobcentre": (D("2026-10-01"), 0),
    }
    row = pooled(con, RULE_AKASSE, "2026-10-01")
    assert (row.population, row.compliant, row.required_share) == (4, 1, Fraction(3, 4))
    assert not row.meets
    assert row.exemption_limit is None  # the municipality's exemptions are not the a-kasse's


def test_three_of_four_meet_the_akasses_75_percent_and_a_day_without_dagpenge_moves_the_point() -> (
    None
):
    con = con_of(
        [
            *(period(p, "dagpenge", START) for p in ("a", "b", "c", "d")),
            # a day without dagpenge: 3 months of accumulated unemployment one day later
            period("gap", "dagpenge", START, "2026-07-31"),
            period("gap", "dagpenge", "2026-08-02"),
        ],
        [
            *(akasse_talk(p, d) for p in "abc" for d in ("2026-07-05", "2026-09-05")),
            akasse_talk("gap", "2026-07-05"),
            akasse_talk("gap", "2026-10-01"),
        ],
    )
    m = members(con, RULE_AKASSE)
    assert m["gap"].point == D("2026-10-02")
    assert m["gap"].compliant
    row = pooled(con, RULE_AKASSE, "2026-10-01")
    assert (row.population, row.compliant, row.meets) == (5, 4, True)


def test_without_akasse_conversations_in_the_data_the_akasse_requirement_is_not_computed() -> None:
    from tilsyn.measures.reform import akasse_interviews_recorded

    con = con_of([period("a", "dagpenge", START)], [talk("a", "2026-07-10")])
    assert not akasse_interviews_recorded(con, PARAMS)
    assert members(con, RULE_AKASSE) == {}
    assert set(members(con, RULE_INTERVIEWS)) == {"a"}  # the job centre's rule still is
    overview = reform_overview(con, D("2027-02-15"))
    assert not overview.akasse_recorded
    assert any(
        "kan ikke beregnes – data har ingen samtaler holdt af a-kassen" in line
        for line in reform_lines(overview)
    )


# --- monthly cohorts, rolling share and the at-risk flag -----------------------------------


def synthetic(month: str, n: int, ok: int) -> list[ReformMember]:
    point = D(f"{month}-01")
    return [
        ReformMember(
            RULE_INTERVIEWS,
            f"{month}-{i}",
            "185",
            "kontanthjaelp:jobparat",
            add_months(point, -6),
            add_months(point, -6),
            point,
            4 if i < ok else 0,
            4,
            False,
        )
        for i in range(n)
    ]


MONTHS = ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"]


def rows_for(members_: list[ReformMember], group: str = ALL_GROUPS) -> dict[str, ReformRow]:
    rows = reform_rows(
        members_,
        PARAMS,
        first_month=D("2027-01-01"),
        last_month=D("2027-06-01"),
        as_of=D("2028-01-01"),
    )
    return {r.month.strftime("%Y-%m"): r for r in rows if r.group == group}


def test_six_months_under_75_percent_put_the_pool_at_risk_five_do_not() -> None:
    six = rows_for([x for mo in MONTHS for x in synthetic(mo, 10, 7)])
    assert [six[m].at_risk for m in MONTHS] == [False] * 5 + [True]
    five = rows_for([x for mo in MONTHS for x in synthetic(mo, 10, 8 if mo == "2027-01" else 7)])
    assert not any(r.at_risk for r in five.values())
    assert five["2027-01"].meets  # 80 % ≥ 75 %
    small = rows_for([x for mo in MONTHS for x in synthetic(mo, 9, 0)])
    assert not any(r.at_risk for r in small.values())


def test_the_rolling_share_adds_up_the_last_six_cohorts() -> None:
    rows = rows_for([*synthetic("2027-01", 10, 10), *synthetic("2027-06", 10, 0)])
    assert (rows["2027-06"].rolling_population, rows["2027-06"].rolling_compliant) == (20, 10)
    assert rows["2027-03"].population == 0
    assert rows["2027-03"].rolling_population == 10


def test_the_overview_reads_as_short_danish_lines() -> None:
    lines = reform_lines(reform_overview(offer_cohort(), D("2027-02-15")))
    assert lines[0].startswith("Reform 2026")
    assert any("Første tilbud" in line and "2 af 7" in line for line in lines)
    assert any("uden dokumenteret undtagelse" in line for line in lines)


def test_the_overview_says_when_the_first_reform_cohorts_reach_six_months() -> None:
    # Spells from 1 Jul 2026 reach 6 months in January 2027; in late 2026 only the first
    # interview can be measured, and the summary says why the 75 % rules are empty.
    lines = reform_lines(reform_overview(offer_cohort(), D("2026-11-23")))
    assert any("Første jobsamtale" in line for line in lines)
    assert any(
        "Første tilbud" in line and "ingen kohorter endnu" in line and "01.2027" in line
        for line in lines
    )


def test_the_reform_overview_says_from_2027_that_the_rules_are_unconfirmed() -> None:
    from tilsyn.data.importer import connection_from_records
    from tilsyn.measures.reform import reform_overview

    con = connection_from_records(
        {
            "persons": [{"person_id": "P1", "municipality": "185"}],
            "benefit_periods": [
                {"person_id": "P1", "benefit": "dagpenge", "start_date": "2026-07-01"}
            ],
        }
    )
    assert reform_overview(con, dt.date(2026, 12, 31)).continuation_notice is None
    notice = reform_overview(con, dt.date(2027, 1, 1)).continuation_notice
    assert notice is not None
    assert notice.startswith("UBEKRÆFTET")
