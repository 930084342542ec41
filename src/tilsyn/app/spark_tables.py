"""Results written back to a Spark catalogue: one run of the rules, measures and economy on
Spark (over the case data of a catalogue database, or of the workspace's snapshot), each
result replaced as a table of the results database (``tilsyn.engines.spark_catalogue``).

For a data platform's daily job: the tables are there for its own dashboards and joins.
The obligations are computed and written by Spark itself (``CREATE TABLE ... AS SELECT`` of
the rules' query), never collected to the driver or to Python; the other results are small
enough to travel from the driver. The obligations and the staircase name citizens (by
pseudonym); every citizen written is logged."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from tilsyn.app.access import Purpose, open_snapshot, record
from tilsyn.app.actor import Actor, Role
from tilsyn.app.errors import AccessDenied, InvalidRequest, ServiceUnavailable
from tilsyn.data.workspace import Workspace

if TYPE_CHECKING:
    import pyarrow as pa

    from tilsyn.measures.focus import FocusResult

WRITERS = frozenset({Role.operator, Role.admin})
"""Roles that may copy person-level results into another system."""
ON_ENGINE = ("tilsyn_obligations", "tilsyn_staircase")
"""Results (one row per obligation, per person-week) written by the engine from their
query, without passing through Python."""
RESULT_TABLES = (
    "tilsyn_obligations",
    "tilsyn_focus",
    "tilsyn_early",
    "tilsyn_reform",
    "tilsyn_staircase",
    "tilsyn_fulltime",
)


@dataclass(frozen=True)
class WrittenTables:
    """What one run wrote to another engine: where (a Spark database or a PostgreSQL schema),
    rows per table, the snapshot the case data came from and when."""

    target: str
    snapshot_id: str
    computed_at: dt.datetime
    rows: dict[str, int]


def _value(v: Any) -> Any:
    if isinstance(v, Fraction):
        return float(v)
    return v


def _scalar(v: Any) -> bool:
    return v is None or isinstance(v, str | int | float | bool | Decimal | Fraction | dt.date)


def records(rows: list[Any]) -> list[dict[str, Any]]:
    """Dataclass rows or dicts as flat records of their scalar fields (exact fractions as
    floats: the exact counts are columns of their own)."""
    out = []
    for r in rows:
        items = r.items() if isinstance(r, dict) else vars(r).items()
        out.append({k: _value(v) for k, v in items if _scalar(v)})
    return out


def focus_cells(results: list[FocusResult]) -> list[dict[str, Any]]:
    """Every month of every focus result: per municipality, measure, reading (the result
    used or the 225-hour ``alternative``) and benefit (None: all benefits together)."""
    out: list[dict[str, Any]] = []
    for top in results:
        readings = [("main", top)] + ([("alternative", top.alternative)] if top.alternative else [])
        for reading, r in readings:
            head = {
                "municipality": r.municipality,
                "measure": r.measure,
                "year": r.year,
                "reading": reading,
                "method": r.method,
                "threshold": float(r.threshold),
                "hours": None if r.hours is None else float(r.hours),
                "used_for_selection": r.used_for_selection,
                "assessed_under_regime": r.assessed_under_regime,
            }
            series = [(None, r.months), *sorted(r.by_benefit.items())]
            for benefit, months in series:
                out += [{**head, "benefit": benefit, **records([m])[0]} for m in months]
    return out


def _table(rows: list[dict[str, Any]], kind: type | None = None) -> pa.Table:
    """``rows`` as Arrow; without rows, the scalar fields of the dataclass ``kind`` as typed
    empty columns, so the table keeps its columns in a run without rows."""
    import dataclasses

    import pyarrow as pa

    if rows or kind is None:
        return pa.Table.from_pylist(rows)
    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "bool": pa.bool_(),
        "dt.date": pa.date32(),
        "Fraction": pa.float64(),
    }
    columns = {}
    for f in dataclasses.fields(kind):
        name = str(f.type).removesuffix(" | None")
        if name in types:
            columns[f.name] = pa.array([], types[name])
    return pa.table(columns)


def compute_collected(con: Any, as_of: dt.date) -> dict[str, pa.Table]:
    """The results small enough to collect, on ``con`` for the year of ``as_of`` up to
    ``as_of``: the focus, early-effort and reform cells of the year's months and the
    full-year persons per month by both methods."""
    from tilsyn.economy.fulltime import fulltime_by_month
    from tilsyn.measures.early import MonthShare, early_benefits, early_followup
    from tilsyn.measures.focus import focus_measures
    from tilsyn.measures.reform import ReformRow, reform_benefits, reform_report
    from tilsyn.measures.six_month_point import load_case_data
    from tilsyn.rules.parameters import default_parameters

    year = as_of.year
    first, last = dt.date(year, 1, 1), as_of.replace(day=1)
    fulltime = [
        {"method": method, **row}
        for method in ("weeks", "days")
        for row in records(fulltime_by_month(con, year, as_of, method=method))
    ]
    # The early effort and the reform read the same spells: built once, for both (on
    # another engine their rows are fetched into this process to build them).
    params = default_parameters()
    data = load_case_data(con, params, benefits=early_benefits(params) | reform_benefits(params))
    try:
        early = early_followup(con, first_month=first, last_month=last, as_of=as_of, case_data=data)
        reform = reform_report(
            con, first_month=first, last_month=last, as_of=as_of, case_data=data
        )[0]
    finally:
        data.close()
    return {
        "tilsyn_focus": _table(focus_cells(focus_measures(con, year=year, as_of=as_of))),
        "tilsyn_early": _table(records(early), MonthShare),
        "tilsyn_reform": _table(records(reform), ReformRow),
        "tilsyn_fulltime": _table(fulltime),
    }


def staircase_weeks_of(as_of: dt.date) -> tuple[str, str]:
    """The staircase's weeks in the results: the year's first ISO week to that of ``as_of``."""
    iso = as_of.isocalendar()
    return f"{as_of.year}-W01", f"{iso.year}-W{iso.week:02d}"


def compute_results(con: Any, as_of: dt.date) -> dict[str, pa.Table]:
    """Every result of :data:`RESULT_TABLES` on ``con``, collected into this process (the
    reference the engine-written tables are compared with): the obligations on ``as_of``
    and the staircase weeks of :func:`staircase_weeks_of`, and :func:`compute_collected`."""
    from tilsyn.economy.staircase import staircase_weeks
    from tilsyn.engines.connection import EngineConnection
    from tilsyn.rules.evaluate import evaluate
    from tilsyn.rules.on_engine import evaluate_on

    obligations = (
        evaluate_on(con, as_of) if isinstance(con, EngineConnection) else evaluate(con, as_of)
    )
    staircase = _table(records(staircase_weeks(con, *staircase_weeks_of(as_of), as_of)))
    collected = compute_collected(con, as_of)
    return {"tilsyn_obligations": obligations, "tilsyn_staircase": staircase, **collected}


def _stage_on_engine(engine: Any, target: str, as_of: dt.date, **stamp: Any) -> dict[str, int]:
    """The :data:`ON_ENGINE` results computed and written as staging tables by Spark."""
    from tilsyn.economy.staircase import staircase_query
    from tilsyn.engines.spark_catalogue import stage_query
    from tilsyn.rules.on_engine import obligations_query

    staged = {}
    with obligations_query(engine, as_of) as sql:
        staged["tilsyn_obligations"] = stage_query(
            engine, target, "tilsyn_obligations", sql, **stamp
        )
    sql, params = staircase_query(engine, *staircase_weeks_of(as_of), as_of)
    staged["tilsyn_staircase"] = stage_query(
        engine, target, "tilsyn_staircase", engine.query_sql(sql, params), **stamp
    )
    return staged


def _people_on_engine(engine: Any, target: str) -> list[str]:
    """The citizens of the written :data:`ON_ENGINE` tables (for the access log): only their
    distinct pseudonyms come to Python."""
    from tilsyn.engines.spark_catalogue import qualified

    union = " UNION ".join(f"SELECT person_id FROM {qualified(target, n)}" for n in ON_ENGINE)
    table = engine.spark.sql(f"SELECT * FROM ({union}) AS p ORDER BY person_id").toArrow()
    return [str(p) for p in table.column(0).to_pylist() if p is not None]


def write_spark_tables(
    actor: Actor,
    workspace: Workspace,
    *,
    as_of: dt.date,
    computed_at: dt.datetime,
    database: str | None = None,
    results_database: str | None = None,
    purpose: Purpose | str | None = None,
) -> WrittenTables:
    """Compute every result on Spark over the case data of catalogue ``database`` (else the
    workspace's current snapshot) and write them as tables of ``results_database`` (default
    ``database``), replacing the previous run's. Operator and admin only; logs every citizen
    written. Raises ``ServiceUnavailable`` when Spark or the database cannot be used."""
    from tilsyn.engines.spark_catalogue import (
        CatalogueError,
        check_database,
        drop_staged,
        write_results,
    )

    if actor.role not in WRITERS or actor.municipalities:
        # The tables hold every municipality of the case data.
        raise AccessDenied(f"{actor.user} må ikke skrive resultater til Spark ({actor.role.value})")
    target = results_database or database
    if target is None:
        raise InvalidRequest("angiv databasen, resultaterne skal skrives til")
    for name in {target, database or target}:
        try:
            check_database(name)
        except CatalogueError as exc:
            raise InvalidRequest(str(exc)) from None
    try:
        with open_snapshot(actor, workspace, engine="spark", database=database) as snap:
            engine = snap.con
            try:
                staged = _stage_on_engine(
                    engine, target, as_of, snapshot_id=snap.id, computed_at=computed_at
                )
                results = compute_collected(engine, as_of)
            except BaseException:
                drop_staged(engine.spark, target, ON_ENGINE)  # type: ignore[attr-defined]
                raise
            written = write_results(
                engine.spark,  # type: ignore[attr-defined]
                target,
                results,
                snapshot_id=snap.id,
                computed_at=computed_at,
                staged=staged,
            )
            people = _people_on_engine(engine, target)
    except CatalogueError as exc:
        raise ServiceUnavailable(str(exc)) from None
    record(
        actor,
        workspace,
        action="spark-tables",
        snapshot_id=snap.id,
        person_ids=people,
        detail=f"{target} as_of={as_of.isoformat()}",
        purpose=purpose or Purpose.operations,
    )
    return WrittenTables(target, snap.id, computed_at, written)


def load_spark_catalogue(actor: Actor, workspace: Workspace, *, database: str) -> list[str]:
    """Copy the current snapshot's case data (pseudonymised, with ``rowid``) into the Spark
    catalogue database ``database`` (created when missing, its tables replaced); returns the
    tables written. Operator and admin only; logs every citizen copied."""
    from tilsyn.engines.session import EngineUnavailable, spark_session
    from tilsyn.engines.spark_catalogue import CatalogueError, check_database, load_snapshot

    if actor.role not in WRITERS or actor.municipalities:
        raise AccessDenied(f"{actor.user} må ikke kopiere sagsdata til Spark ({actor.role.value})")
    try:
        check_database(database)
    except CatalogueError as exc:
        raise InvalidRequest(str(exc)) from None
    try:
        spark = spark_session()
    except EngineUnavailable as exc:
        raise ServiceUnavailable(str(exc)) from None
    with open_snapshot(actor, workspace) as snap:
        written = load_snapshot(snap.con, spark, database)
        people = [r[0] for r in snap.con.execute("SELECT person_id FROM persons").fetchall()]
    record(
        actor,
        workspace,
        action="spark-load",
        snapshot_id=snap.id,
        person_ids=people,
        detail=database,
        purpose=Purpose.operations,
    )
    return written
