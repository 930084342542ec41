"""Results written to a PostgreSQL warehouse: one run of the rules, measures and economy on
PostgreSQL over the current snapshot's case data (copied there with ``COPY`` on first use,
decision 0011), each result replacing a table of the results schema
(``tilsyn.engines.postgres_tables``).

The same six tables as ``tilsyn spark results`` (:data:`RESULT_TABLES`), for the
warehouse's own reports and joins. The obligations and the staircase are computed and
written by PostgreSQL itself, never fetched into Python; all six are put in place in one
transaction. They name citizens by pseudonym; every citizen written is logged."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tilsyn.app.access import Purpose, open_snapshot, record
from tilsyn.app.actor import Actor
from tilsyn.app.errors import AccessDenied, InvalidRequest
from tilsyn.app.spark_tables import (
    ON_ENGINE,
    RESULT_TABLES,
    WRITERS,
    WrittenTables,
    compute_collected,
    staircase_weeks_of,
)
from tilsyn.data.workspace import Workspace

DEFAULT_SCHEMA = "tilsyn_results"


def _stage_all(engine: Any, schema: str, as_of: dt.date, **stamp: Any) -> dict[str, int]:
    from tilsyn.economy.staircase import staircase_query
    from tilsyn.engines.postgres_tables import stage_query, stage_table
    from tilsyn.rules.on_engine import obligations_query

    staged: dict[str, int] = {}
    with obligations_query(engine, as_of) as sql:
        staged["tilsyn_obligations"] = stage_query(
            engine, schema, "tilsyn_obligations", sql, **stamp
        )
    sql, params = staircase_query(engine, *staircase_weeks_of(as_of), as_of)
    staged["tilsyn_staircase"] = stage_query(
        engine, schema, "tilsyn_staircase", engine.query_sql(sql, params), **stamp
    )
    for name, table in compute_collected(engine, as_of).items():
        staged[name] = stage_table(engine, schema, name, table, **stamp)
    return {name: staged[name] for name in RESULT_TABLES}


def _people(engine: Any, schema: str) -> list[str]:
    union = " UNION ".join(f'SELECT person_id FROM "{schema}"."{n}"' for n in ON_ENGINE)
    with engine.conn.cursor() as cur:
        cur.execute(f"SELECT person_id FROM ({union}) AS p WHERE person_id IS NOT NULL ORDER BY 1")
        return [str(r[0]) for r in cur.fetchall()]


def write_postgres_tables(
    actor: Actor,
    workspace: Workspace,
    *,
    as_of: dt.date,
    computed_at: dt.datetime,
    schema: str = DEFAULT_SCHEMA,
    purpose: Purpose | str | None = None,
) -> WrittenTables:
    """Compute every result on PostgreSQL (``TILSYN_POSTGRES_URL``) for the year of
    ``as_of`` and replace the tables of ``schema`` with them, all in one transaction.
    Operator and admin without a municipality limit only; logs every citizen written.
    Raises ``ServiceUnavailable`` when PostgreSQL is not configured or cannot be reached."""
    from tilsyn.engines.connection import PostgresConnection
    from tilsyn.engines.postgres_tables import SchemaError, check_schema, drop_staged, put_in_place

    if actor.role not in WRITERS or actor.municipalities:
        # The tables hold every municipality of the case data.
        raise AccessDenied(
            f"{actor.user} må ikke skrive resultater til PostgreSQL ({actor.role.value})"
        )
    try:
        check_schema(schema)
    except SchemaError as exc:
        raise InvalidRequest(str(exc)) from None
    stamp = {"computed_at": computed_at}
    with open_snapshot(actor, workspace, engine="postgres") as snap:
        engine = snap.con
        assert isinstance(engine, PostgresConnection)
        try:
            staged = _stage_all(engine, schema, as_of, snapshot_id=snap.id, **stamp)
            put_in_place(engine, schema, staged, snapshot_id=snap.id, **stamp)
        except BaseException:
            drop_staged(engine, schema, RESULT_TABLES)
            raise
        people = _people(engine, schema)
    record(
        actor,
        workspace,
        action="postgres-tables",
        snapshot_id=snap.id,
        person_ids=people,
        detail=f"{schema} as_of={as_of.isoformat()}",
        purpose=purpose or Purpose.operations,
    )
    return WrittenTables(schema, snap.id, computed_at, staged)
