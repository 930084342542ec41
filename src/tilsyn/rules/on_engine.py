"""The obligation rules on PostgreSQL or Spark: the same Ibis expressions as on DuckDB,
compiled by Ibis's PostgreSQL or PySpark compiler.

On DuckDB (``evaluate``) the rule set is compiled once with a placeholder date and cached;
here it is compiled for the reference date itself, since these engines are used for whole
runs, where the second of compilation does not matter. The final step (the municipality of
the benefit period, the citizen's caseworker, the data-extract coverage) is the same query as
on DuckDB written without DuckDB's ASOF join, and goes through the SQL translation of
:mod:`tilsyn.engines.dialect`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import ibis
import pyarrow as pa
import sqlglot.expressions as sge

from tilsyn.engines.connection import EngineConnection
from tilsyn.engines.dialect import Action, translate
from tilsyn.rules.context import context_for
from tilsyn.rules.evaluate import PEOPLE_SQL, _rules_and_params, period_keys_sql, result_select
from tilsyn.rules.model import RESULT_COLUMNS, RuleDefinition
from tilsyn.rules.parameters import ParameterSet

IBIS_DIALECTS = {"postgres": "postgres", "spark": "pyspark"}
OBLIGATIONS = "_tilsyn_obligations"


def _spark_group_concat(self, op, *, arg, sep, where, order_by):  # type: ignore[no-untyped-def]
    """Ordered string aggregation on Spark (Ibis's PySpark compiler has none): collect
    (order keys, value) structs, sort them, join the values."""
    if not order_by:
        return _plain_group_concat(self, op, arg=arg, sep=sep, where=where, order_by=order_by)
    fields: list[Any] = []
    for i, key in enumerate(order_by):
        fields += [sge.convert(f"k{i}"), key.this if isinstance(key, sge.Ordered) else key]
    fields += [sge.convert("v"), arg]
    item = self.f.named_struct(*fields)
    if where is not None:
        item = self.if_(where, item, sge.Null())
    collected = self.f.array_sort(self.f.collect_list(item))
    values = sge.Anonymous(
        this="transform",
        expressions=[
            collected,
            sge.Lambda(
                this=sge.Dot(this=sge.to_identifier("x"), expression=sge.to_identifier("v")),
                expressions=[sge.to_identifier("x")],
            ),
        ],
    )
    joined = self.f.array_join(values, sep)
    return self.if_(self.f.size(collected).eq(0), sge.Null(), joined)


def _patch_pyspark() -> None:
    from ibis.backends.sql.compilers.pyspark import PySparkCompiler

    global _plain_group_concat
    if getattr(PySparkCompiler, "_tilsyn_patched", False):
        return
    _plain_group_concat = PySparkCompiler.visit_GroupConcat
    PySparkCompiler.visit_GroupConcat = _spark_group_concat
    PySparkCompiler._tilsyn_patched = True


_plain_group_concat: Any = None


def _date_parts(node: sge.Expression) -> sge.Expression:
    if isinstance(node, sge.Array) and not node.expressions:
        # An empty list parameter (codes not in force) has no element type on PostgreSQL;
        # list parameters are lists of codes.
        return sge.Cast(this=node, to=sge.DataType.build("ARRAY<TEXT>"))
    if isinstance(node, sge.DateFromParts):
        parts = (node.args[k] for k in ("year", "month", "day"))
        return sge.Anonymous(this="make_date", expressions=list(parts))
    return node


def compile_for(expr: ibis.Table, dialect: str) -> str:
    """``expr`` as SQL of ``dialect`` ("postgres" or "pyspark"), by Ibis's compiler.

    Ibis renders dates through sqlglot's DateFromParts, which it maps to make_date by
    patching sqlglot's PostgreSQL generator; that patch is lost when sqlglot (re)loads its
    own dialect module later in the process, so make_date is written here explicitly."""
    import ibis.backends.sql.compilers as sc

    compiler = getattr(sc, dialect).compiler
    tree = compiler.to_sqlglot(expr.unbind()).transform(_date_parts)
    return str(tree.sql(dialect=compiler.dialect))


def _final_sql(events_from: dt.date | None) -> str:
    """DuckDB SQL (translated per engine) of the last step, ``RESULT_COLUMNS`` in order."""
    placed = f"""
WITH bp AS ({period_keys_sql()}),
ob AS (
    SELECT o.*, bp.municipality AS period_municipality,
           ROW_NUMBER() OVER (PARTITION BY o._o_row
                              ORDER BY bp.k DESC NULLS LAST, bp.municipality DESC) AS _pick
    FROM {OBLIGATIONS} o LEFT JOIN bp
      ON bp.person_id = o.person_id AND bp.benefit = o.benefit AND bp.k <= o.window_start
)
SELECT {result_select("ob", "ob.period_municipality")}
FROM ob
LEFT JOIN ({PEOPLE_SQL}) AS p ON p.person_id = ob.person_id
WHERE ob._pick = 1
"""
    if events_from is None:
        return placed
    day = f"DATE '{events_from.isoformat()}'"
    unjudged = f"(window_start < {day} AND status IN ('late', 'overdue'))"
    reason = (
        f"'Kan ikke vurderes: perioden begynder før dataudtrækket ({events_from.isoformat()}). '"
    )
    replaced = {
        "status": f"CASE WHEN {unjudged} THEN 'not_applicable' ELSE status END",
        "days_late": f"CASE WHEN {unjudged} THEN NULL ELSE days_late END",
        "evidence": (
            f"CASE WHEN {unjudged} THEN {reason} || coalesce(evidence, '') ELSE evidence END"
        ),
    }
    cols = ", ".join(f"{replaced[c]} AS {c}" if c in replaced else c for c in RESULT_COLUMNS)
    return f"SELECT {cols} FROM ({placed}) AS placed"


def engine_events_from(engine: EngineConnection) -> dt.date | None:
    """``events_from`` of the snapshot loaded on ``engine`` (None without a ``_snapshot``)."""
    try:
        rows = engine.execute("SELECT meta FROM _snapshot").fetchall()
    except Exception:  # no _snapshot table: hand-made test data
        return None
    value = json.loads(rows[0][0]).get("events_from") if rows else None
    return dt.date.fromisoformat(value) if value else None


_ROW_IDS = {
    # Any id unique per obligation will do (it only groups an obligation's candidate
    # periods); a numbering in order would sort every obligation on one core.
    "postgres": "ROW_NUMBER() OVER ()",
    "spark": "monotonically_increasing_id()",
}


@contextmanager
def obligations_query(
    engine: EngineConnection,
    as_of: dt.date,
    *,
    rules: Mapping[str, RuleDefinition] | Sequence[RuleDefinition] | None = None,
    params: ParameterSet | None = None,
) -> Iterator[str]:
    """The SELECT (in ``engine``'s dialect, unordered) of every obligation as of ``as_of``,
    ``RESULT_COLUMNS``; valid inside the ``with`` block, which holds the rule set's shared
    intermediate tables on the engine and drops them afterwards."""
    dialect = IBIS_DIALECTS[engine.dialect]
    if dialect == "pyspark":
        _patch_pyspark()
    chosen, p = _rules_and_params(rules, params)
    if not chosen:
        raise ValueError("ingen regler at evaluere")
    ctx = context_for(as_of, params=p)
    tables = [rule.build(ctx) for rule in chosen.values()]
    union = tables[0] if len(tables) == 1 else ibis.union(*tables, distinct=False)
    created = [name for name, _ in ctx.prelude] + [OBLIGATIONS]
    first_day = engine_events_from(engine)
    try:
        for name, table in ctx.prelude:
            engine.run(Action("create_table", compile_for(table, dialect), name))
        inner = compile_for(union, dialect)
        engine.run(
            Action(
                "create_table",
                f"SELECT o.*, {_ROW_IDS[engine.dialect]} AS _o_row FROM ({inner}) AS o",
                OBLIGATIONS,
            )
        )
        *_, final = translate(_final_sql(first_day), None, engine.dialect, engine.schema_of)
        yield final.sql
    finally:
        for name in created:
            engine.run(Action("drop", "", name))


def evaluate_on(
    engine: EngineConnection,
    as_of: dt.date,
    *,
    rules: Mapping[str, RuleDefinition] | Sequence[RuleDefinition] | None = None,
    params: ParameterSet | None = None,
) -> pa.Table:
    """Every obligation as of ``as_of`` on ``engine``: ``RESULT_COLUMNS``, ordered as
    :func:`tilsyn.rules.evaluate.evaluate` orders them. Collected whole into this process:
    for a national run write them on the engine instead (:func:`obligations_query`)."""
    with obligations_query(engine, as_of, rules=rules, params=params) as sql:
        ordered = f"SELECT * FROM ({sql}) r ORDER BY person_id, window_start, kind, due_date"
        return engine.run(Action("query", ordered)).to_arrow_table()
