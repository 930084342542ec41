"""Results written to a schema of a PostgreSQL warehouse, as tables of its own.

Each result is first written as a staging table (``<name>__staged``) of the results schema:
the obligations and the staircase by PostgreSQL itself (``CREATE TABLE ... AS SELECT`` of
their query over the session's case data), the small aggregate tables from Arrow with
``COPY``. When every staging table is written, one transaction drops the previous run's
tables and renames the staging tables into place, so a reader sees the whole previous run
or the whole new one (PostgreSQL's DDL is transactional), and a run that fails before
leaves the previous run's tables as they were."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping

import pyarrow as pa

from tilsyn.engines.connection import PostgresConnection

STAGED_SUFFIX = "__staged"
SNAPSHOT_COLUMN = "snapshot_id"
COMPUTED_COLUMN = "computed_at"
_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class SchemaError(ValueError):
    """A results schema name tilsyn will not write to."""


def check_schema(name: str) -> str:
    """``name`` when it is a plain lower-case PostgreSQL identifier (it is written into SQL)."""
    if not _IDENTIFIER.match(name) or name.startswith("pg_"):
        raise SchemaError(
            f"ugyldigt skemanavn '{name}': brug små bogstaver, cifre og _ "
            "(højst 63 tegn, ikke pg_…)"
        )
    return name


def _staged(schema: str, name: str) -> str:
    return f'"{schema}"."{name}{STAGED_SUFFIX}"'


def _stamp(computed_at: dt.datetime) -> str:
    return computed_at.astimezone(dt.UTC).isoformat()


def stage_query(
    engine: PostgresConnection,
    schema: str,
    name: str,
    sql: str,
    *,
    snapshot_id: str,
    computed_at: dt.datetime,
) -> int:
    """Write the rows of ``sql`` (PostgreSQL SQL over ``engine``'s session), stamped with
    ``snapshot_id`` and ``computed_at``, as the staging table of result ``name``; returns the
    rows written. Nothing of them passes through Python."""
    target = _staged(check_schema(schema), name)
    with engine.conn.cursor() as cur:
        cur.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        cur.execute(f"DROP TABLE IF EXISTS {target}")
        cur.execute(
            f"CREATE TABLE {target} AS SELECT r.*, %s::text AS {SNAPSHOT_COLUMN}, "
            f"%s::timestamptz AS {COMPUTED_COLUMN} FROM ({sql}) AS r",
            (snapshot_id, _stamp(computed_at)),
        )
        return max(int(cur.rowcount), 0)


def _typed(table: pa.Table) -> pa.Table:
    # A column without a single value has no type of its own: text, as on Spark.
    fields = [
        pa.field(f.name, pa.string()) if pa.types.is_null(f.type) else f for f in table.schema
    ]
    return table.cast(pa.schema(fields))


def stage_table(
    engine: PostgresConnection,
    schema: str,
    name: str,
    table: pa.Table,
    *,
    snapshot_id: str,
    computed_at: dt.datetime,
) -> int:
    """Write ``table`` (an aggregate result), stamped, as the staging table of ``name`` with
    ``COPY``; returns the rows written."""
    n = int(table.num_rows)
    stamped = _typed(table).append_column(SNAPSHOT_COLUMN, pa.array([snapshot_id] * n, pa.string()))
    stamped = stamped.append_column(
        COMPUTED_COLUMN, pa.array([computed_at.astimezone(dt.UTC)] * n, pa.timestamp("us", "UTC"))
    )
    with engine.conn.cursor() as cur:
        cur.execute(f'CREATE SCHEMA IF NOT EXISTS "{check_schema(schema)}"')
    engine.copy_in(name + STAGED_SUFFIX, stamped, temporary=False, schema=schema)
    return n


def drop_staged(engine: PostgresConnection, schema: str, names: Iterable[str]) -> None:
    """Remove the staging tables of ``names`` (after a failed run)."""
    with engine.conn.cursor() as cur:
        for name in names:
            cur.execute(f"DROP TABLE IF EXISTS {_staged(check_schema(schema), name)}")


def put_in_place(
    engine: PostgresConnection,
    schema: str,
    staged: Mapping[str, int],
    *,
    snapshot_id: str,
    computed_at: dt.datetime,
) -> None:
    """In one transaction: every staged result replaces the table of the previous run, with
    the snapshot and the time of computation as the table's comment."""
    from psycopg import sql

    check_schema(schema)
    comment = f"tilsyn snapshot_id={snapshot_id} computed_at={_stamp(computed_at)}"
    with engine.conn.transaction(), engine.conn.cursor() as cur:
        for name in staged:
            cur.execute(f'DROP TABLE IF EXISTS "{schema}"."{name}"')
            cur.execute(f'ALTER TABLE {_staged(schema, name)} RENAME TO "{name}"')
            # A utility statement takes no parameters: the comment is quoted by psycopg.
            cur.execute(
                sql.SQL("COMMENT ON TABLE {} IS {}").format(
                    sql.Identifier(schema, name), sql.Literal(comment)
                )
            )


def table_comment(engine: PostgresConnection, schema: str, name: str) -> str | None:
    """The comment :func:`put_in_place` gave table ``name``."""
    with engine.conn.cursor() as cur:
        cur.execute(
            "SELECT obj_description(to_regclass(%s), 'pg_class')", (f'"{schema}"."{name}"',)
        )
        row = cur.fetchone()
    return None if row is None else row[0]
