"""Connections to PostgreSQL and Spark that accept the engine's DuckDB SQL.

The measures and the economy take a DuckDB connection and use a small part of its interface
(``execute`` with ``$name`` parameters, ``fetchall``/``fetchnumpy``/``description``,
``sql(...).to_arrow_table()``, ``register``/``unregister`` of NumPy columns). These classes
offer that part on another engine: each statement is transpiled by sqlglot
(:mod:`tilsyn.engines.dialect`), run there, and its result comes back as Arrow. The
NumPy steps of the measures (spell building) therefore run in this process on columns
fetched from the engine, exactly as they do on DuckDB.
"""

from __future__ import annotations

import io
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv

from tilsyn.engines.dialect import Action, Dialect, spark_replacement, translate


class Result:
    """The part of a DuckDB result the engine's modules read."""

    def __init__(self, table: pa.Table | None) -> None:
        self._table = table if table is not None else pa.table({})
        self._rows: list[tuple[Any, ...]] | None = None

    @property
    def description(self) -> list[tuple[str, ...]]:
        return [
            (name, str(t))
            for name, t in zip(self._table.column_names, self._table.schema.types, strict=True)
        ]

    def to_arrow_table(self) -> pa.Table:
        return self._table

    arrow = to_arrow_table

    def fetchall(self) -> list[tuple[Any, ...]]:
        if self._rows is None:
            columns = [c.to_pylist() for c in self._table.columns]
            self._rows = list(zip(*columns, strict=True)) if columns else []
        return self._rows

    def fetchone(self) -> tuple[Any, ...] | None:
        rows = self.fetchall()
        return rows[0] if rows else None

    def fetchnumpy(self) -> dict[str, np.ndarray[Any, Any]]:
        return {
            name: column.to_numpy(zero_copy_only=False)
            for name, column in zip(self._table.column_names, self._table.columns, strict=True)
        }


Params = Mapping[str, Any] | Sequence[Any] | None


class EngineConnection(ABC):
    """DuckDB-SQL-speaking connection to another engine (see the module docstring)."""

    dialect: Dialect
    snapshot_id: str | None = None
    """The snapshot whose case data the engine holds (set by ``tilsyn.engines.session``)."""

    def execute(self, sql: str, params: Params = None) -> Result:
        result = Result(None)
        for action in translate(sql, params, self.dialect, self.schema_of):
            result = self.run(action)
        return result

    def schema_of(self, table: str) -> dict[str, str] | None:
        """Column types of a table (for typing the SQL), None when unknown."""
        return None

    def query_sql(self, sql: str, params: Params = None) -> str:
        """The SELECT ``sql`` (DuckDB, with ``$name`` parameters) in this engine's dialect,
        for :meth:`save_table`."""
        *_, last = translate(sql, params, self.dialect, self.schema_of)
        if last.kind != "query":
            raise ValueError(f"ikke en forespørgsel: {sql[:60]}")
        return last.sql

    def sql(self, sql: str, params: Params = None) -> Result:
        return self.execute(sql, params)

    @abstractmethod
    def run(self, action: Action) -> Result:
        """Run one statement already in this engine's dialect."""

    @abstractmethod
    def register(self, name: str, frame: Any) -> None:
        """A temporary table ``name`` holding ``frame`` (columns of NumPy arrays or Arrow)."""

    def unregister(self, name: str) -> None:
        self.run(Action("drop", "", name))

    @abstractmethod
    def save_table(self, table: str, sql: str) -> int:
        """Write the rows of ``sql`` (a SELECT in this engine's dialect) as the permanent
        table ``table`` (quoted and qualified as the engine writes it), replacing it, on the
        engine itself: the rows never pass through this process. Returns the rows written."""

    @abstractmethod
    def close(self) -> None:
        """Release the engine's connection or session."""


def as_arrow(frame: Any) -> pa.Table:
    if isinstance(frame, pa.Table):
        return frame
    if isinstance(frame, Mapping):
        return pa.table({k: pa.array(v) for k, v in frame.items()})
    if hasattr(frame, "to_arrow"):
        return frame.to_arrow()
    raise TypeError(f"kan ikke registrere {type(frame).__name__}")


# --- PostgreSQL -------------------------------------------------------------------------


_SQL_TYPES: dict[str, dict[str, str]] = {
    "postgres": {
        "boolean": "boolean",
        "int": "integer",
        "bigint": "bigint",
        "double": "double precision",
        "decimal": "numeric({precision}, {scale})",
        "date": "date",
        "timestamp": "timestamp",
        "timestamptz": "timestamptz",
        "text": "text",
    },
    "spark": {
        "boolean": "BOOLEAN",
        "int": "INT",
        "bigint": "BIGINT",
        "double": "DOUBLE",
        "decimal": "DECIMAL({precision}, {scale})",
        "date": "DATE",
        "timestamp": "TIMESTAMP_NTZ",
        "timestamptz": "TIMESTAMP",
        "text": "STRING",
    },
}
"""The column types tilsyn writes to other engines, by kind of Arrow type (one table, so the
engines cannot drift apart)."""


def _arrow_kind(t: pa.DataType) -> str | None:
    if pa.types.is_boolean(t):
        return "boolean"
    if pa.types.is_int8(t) or pa.types.is_int16(t) or pa.types.is_int32(t):
        return "int"
    if pa.types.is_integer(t):
        return "bigint"
    if pa.types.is_floating(t):
        return "double"
    if pa.types.is_decimal(t):
        return "decimal"
    if pa.types.is_date(t):
        return "date"
    if pa.types.is_timestamp(t):
        return "timestamptz" if t.tz else "timestamp"
    if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t):
        return "text"
    return None


def sql_type(t: pa.DataType, engine: str) -> str:
    """The column type on ``engine`` ("postgres" or "spark") of an Arrow column type. Spark
    takes anything else as a string (results' empty columns); PostgreSQL refuses it."""
    kind = _arrow_kind(t)
    if kind is None:
        if engine != "spark":
            raise TypeError(f"ingen PostgreSQL-type for {t}")
        kind = "text"
    name = _SQL_TYPES[engine][kind]
    if kind == "decimal":
        return name.format(precision=t.precision, scale=t.scale)
    return name


def _plain_strings(table: pa.Table) -> pa.Table:
    # pyarrow's CSV writer does not take string views (DuckDB's VARCHAR in Arrow).
    fields = [
        pa.field(f.name, pa.string()) if pa.types.is_string_view(f.type) else f
        for f in table.schema
    ]
    return table.cast(pa.schema(fields))


class PostgresConnection(EngineConnection):
    """The engine's SQL on a PostgreSQL schema holding one snapshot's case data."""

    dialect: Dialect = "postgres"

    def __init__(self, conn: Any, schema: str) -> None:
        self.conn = conn
        self.schema = schema
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute(f'SET search_path TO "{schema}"')

    def run(self, action: Action) -> Result:
        with self.conn.cursor() as cur:
            if action.kind == "create_table":
                # Built under a new name first: DuckDB lets a table be replaced by a query
                # that reads it, and the measures do so.
                fresh = f"{action.name}__new"
                cur.execute(f'DROP TABLE IF EXISTS pg_temp."{fresh}"')
                cur.execute(f'CREATE TEMP TABLE "{fresh}" AS {action.sql}')
                cur.execute(f'DROP TABLE IF EXISTS pg_temp."{action.name}"')
                cur.execute(f'ALTER TABLE pg_temp."{fresh}" RENAME TO "{action.name}"')
                # Temporary tables get no statistics of their own, and the planner needs them.
                cur.execute(f'ANALYZE pg_temp."{action.name}"')
                return Result(None)
            if action.kind == "create_view":
                cur.execute(f'DROP VIEW IF EXISTS pg_temp."{action.name}"')
                cur.execute(f'CREATE TEMP VIEW "{action.name}" AS {action.sql}')
                return Result(None)
            if action.kind == "drop":
                cur.execute(
                    "SELECT relkind FROM pg_class WHERE relname = %s "
                    "AND relnamespace = pg_my_temp_schema()",
                    (action.name,),
                )
                row = cur.fetchone()
                if row is not None:
                    what = "VIEW" if row[0] == "v" else "TABLE"
                    cur.execute(f'DROP {what} pg_temp."{action.name}"')
                return Result(None)
            if action.kind == "transaction":
                return Result(None)  # each statement here is its own transaction
            cur.execute(action.sql)
            if cur.description is None:
                # DuckDB answers INSERT, UPDATE and DELETE with the number of rows changed.
                return Result(pa.table({"Count": [max(cur.rowcount, 0)]}))
            names = [d.name for d in cur.description]
            rows = cur.fetchall()
            columns = list(zip(*rows, strict=True)) if rows else [() for _ in names]
            # Names may repeat (count, count, …): from_arrays keeps every column.
            return Result(pa.Table.from_arrays([pa.array(list(c)) for c in columns], names=names))

    def copy_in(
        self, name: str, table: pa.Table, *, temporary: bool, schema: str | None = None
    ) -> None:
        """Create ``name`` with ``table``'s columns and load it with COPY (in ``schema``, by
        default the case data's, unless ``temporary``)."""
        cols = ", ".join(f'"{f.name}" {sql_type(f.type, "postgres")}' for f in table.schema)
        target = f'pg_temp."{name}"' if temporary else f'"{schema or self.schema}"."{name}"'
        buffer = io.BytesIO()
        pacsv.write_csv(_plain_strings(table), buffer)
        with self.conn.cursor() as cur:
            cur.execute(f"DROP TABLE IF EXISTS {target}")
            cur.execute(f"CREATE {'TEMP ' if temporary else ''}TABLE {target} ({cols})")
            with cur.copy(f"COPY {target} FROM STDIN WITH (FORMAT csv, HEADER true)") as copy:
                copy.write(buffer.getvalue())
            cur.execute(f"ANALYZE {target}")

    def register(self, name: str, frame: Any) -> None:
        self.copy_in(name, as_arrow(frame), temporary=True)

    def save_table(self, table: str, sql: str) -> int:
        # One transaction: readers see the old table or the new one, never none.
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.execute(f"DROP TABLE IF EXISTS {table}")
            cur.execute(f"CREATE TABLE {table} AS {sql}")
            return max(int(cur.rowcount), 0)

    def close(self) -> None:
        self.conn.close()


# --- Spark ------------------------------------------------------------------------------


class SparkConnection(EngineConnection):
    """The engine's SQL on a Spark session whose case-data tables are temporary views."""

    dialect: Dialect = "spark"

    def __init__(self, spark: Any) -> None:
        self.spark = spark
        self._schemas: dict[str, dict[str, str] | None] = {}

    def schema_of(self, table: str) -> dict[str, str] | None:
        if table not in self._schemas:
            try:
                fields = self.spark.table(table).schema.fields
            except Exception:  # not a table of this session (a CTE or a typo Spark reports)
                return None
            self._schemas[table] = {f.name: f.dataType.simpleString() for f in fields}
        return self._schemas[table]

    def run(self, action: Action) -> Result:
        if action.name is not None:
            self._schemas.pop(action.name, None)
        if action.kind == "create_table":
            # Materialised, as DuckDB's TEMP TABLE is: later statements read it several times,
            # and a view would recompute (and re-break ties of) its window functions each time.
            frame = self.spark.sql(action.sql).localCheckpoint(eager=True)
            frame.createOrReplaceTempView(action.name)
            return Result(None)
        if action.kind == "create_view":
            self.spark.sql(action.sql).createOrReplaceTempView(action.name)
            return Result(None)
        if action.kind == "drop":
            self.spark.catalog.dropTempView(action.name)
            return Result(None)
        if action.kind == "transaction":
            return Result(None)
        if action.kind == "dml":
            assert action.tree is not None
            assert action.name is not None
            columns = list(self.spark.table(action.name).columns)
            frame = self.spark.sql(spark_replacement(action.tree, columns))
            frame = frame.localCheckpoint(eager=True)
            changed = frame.filter("__changed").count()
            if action.tree.key == "delete":
                changed = self.spark.table(action.name).count() - frame.count()
            frame.drop("__changed").createOrReplaceTempView(action.name)
            return Result(pa.table({"Count": [changed]}))
        frame = self.spark.sql(action.sql)
        if action.kind == "query":
            return Result(frame.toArrow())
        return Result(None)

    def register(self, name: str, frame: Any) -> None:
        self._schemas.pop(name, None)
        table = as_arrow(frame)
        self.spark.createDataFrame(table).localCheckpoint(eager=True).createOrReplaceTempView(name)

    def save_table(self, table: str, sql: str) -> int:
        self.spark.sql(sql).write.mode("overwrite").saveAsTable(table)
        # Counted from the written files (Parquet footers), not by running ``sql`` again.
        return int(self.spark.table(table).count())

    def close(self) -> None:
        """The session belongs to the caller (a cluster's session outlives tilsyn's run)."""
