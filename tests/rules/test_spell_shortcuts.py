"""The spells' shortcuts (a single row, rows of one accumulated benefit, rows of one other
benefit) key every benefit row exactly as the general path, which sends every person
through all four windows: random citizens with runs, gaps, overlaps, target-group changes,
switches of benefit, and dagpenge on both sides of the day it began to count as accumulated."""

from __future__ import annotations

import datetime as dt

import ibis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tilsyn.data.importer import connection_from_records
from tilsyn.rules import spells
from tilsyn.rules.context import context_for

AS_OF = dt.date(2021, 3, 31)
PEOPLE = ("P1", "P2", "P3")


@st.composite
def citizens(draw: st.DrawFn) -> list[dict[str, str]]:
    """Benefit rows of up to three citizens. Periods of one benefit follow each other (the
    import refuses overlaps), with gaps of a day to a year; periods of different benefits
    may overlap. Only the last period of a benefit may be open."""
    rows: list[dict[str, str]] = []
    for person in PEOPLE:
        cursor: dict[str, dt.date] = {}
        open_ended: set[str] = set()
        steps = st.tuples(
            st.sampled_from(["dagpenge", "sygedagpenge", "kontanthjaelp"]),
            st.integers(1, 370),
            st.none() | st.integers(0, 200),
            st.sampled_from(["jobparat", "aktivitetsparat"]),
        )
        for benefit, gap, length, group in draw(st.lists(steps, max_size=6)):
            if benefit in open_ended:
                continue
            start = cursor.get(benefit, dt.date(2019, 8, 1)) + dt.timedelta(days=gap)
            end = None if length is None else start + dt.timedelta(days=length)
            row = {
                "person_id": person,
                "benefit": benefit,
                "start_date": start.isoformat(),
                "end_date": "" if end is None else end.isoformat(),
            }
            if benefit == "kontanthjaelp":
                row["target_group"] = group
            rows.append(row)
            if end is None:
                open_ended.add(benefit)
            else:
                cursor[benefit] = end
    return rows


def _keyed(con: object, shortcuts: bool) -> list[tuple[object, ...]]:
    ctx = context_for(AS_OF, cache=False)
    sql = ibis.to_sql(spells._rows(ctx, shortcuts=shortcuts), dialect="duckdb")
    return sorted(con.sql(sql).fetchall(), key=repr)  # type: ignore[attr-defined]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=citizens())
def test_the_shortcuts_key_every_row_as_the_general_path(rows: list[dict[str, str]]) -> None:
    con = connection_from_records(
        {
            "persons": [{"person_id": p, "municipality": "185"} for p in PEOPLE],
            "benefit_periods": rows,
        }
    )
    try:
        assert _keyed(con, shortcuts=True) == _keyed(con, shortcuts=False)
    finally:
        con.close()


def test_each_shortcut_is_taken() -> None:
    # One citizen per path: a single row; two dagpenge rows (accumulated); two sickness
    # spells with a gap; kontanthjælp, then sickness, then kontanthjælp again.
    rows = [
        {"person_id": "S", "benefit": "kontanthjaelp", "start_date": "2020-03-01"},
        {"person_id": "A", "benefit": "dagpenge", "start_date": "2020-02-01",
         "end_date": "2020-03-31"},
        {"person_id": "A", "benefit": "dagpenge", "start_date": "2020-06-01"},
        {"person_id": "O", "benefit": "sygedagpenge", "start_date": "2020-02-01",
         "end_date": "2020-02-20"},
        {"person_id": "O", "benefit": "sygedagpenge", "start_date": "2020-03-01"},
        {"person_id": "M", "benefit": "kontanthjaelp", "start_date": "2020-01-01",
         "end_date": "2020-04-30"},
        {"person_id": "M", "benefit": "sygedagpenge", "start_date": "2020-05-01",
         "end_date": "2020-05-31"},
        {"person_id": "M", "benefit": "kontanthjaelp", "start_date": "2020-06-01"},
    ]  # fmt: skip
    con = connection_from_records(
        {
            "persons": [{"person_id": p, "municipality": "185"} for p in "SAOM"],
            "benefit_periods": [{"target_group": "jobparat", **r} for r in rows],
        }
    )
    try:
        keyed = _keyed(con, shortcuts=True)
        assert keyed == _keyed(con, shortcuts=False)
        keys = {(r[0], r[2].isoformat()): r[4].isoformat() for r in keyed}  # type: ignore[attr-defined]
        assert keys[("S", "2020-03-01")] == "2020-03-01"
        # Accumulated: one placement, the pause does not start a new spell.
        assert keys[("A", "2020-06-01")] == "2020-02-01"
        # Sickness counts from start to end: the gap starts a new spell.
        assert keys[("O", "2020-03-01")] == "2020-03-01"
        # A switch of benefit starts a new spell, also back to the first benefit.
        assert keys[("M", "2020-06-01")] == "2020-06-01"
    finally:
        con.close()
