"""DuckDB SQL (as the measures and the economy write it) moved to another engine by sqlglot.

The engine's modules write DuckDB SQL with ``$name`` parameters. Another engine gets the same
statements with the parameters written in as literals and the few DuckDB-only constructs
rewritten here; everything else is sqlglot's ordinary transpilation. A statement is returned
as an :class:`Action` so that each engine can materialise temporary tables its own way.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

import sqlglot
from sqlglot import exp
from sqlglot.optimizer.annotate_types import annotate_types
from sqlglot.optimizer.qualify import qualify
from sqlglot.schema import MappingSchema

Dialect = Literal["postgres", "spark"]
Kind = Literal["query", "create_table", "create_view", "drop", "transaction", "statement", "dml"]

# DuckDB's pseudo column: the other engines get it as a real column when the case data is
# loaded (see ``tilsyn.engines.load``), so queries that join on it run unchanged.
ROWID = "rowid"
_aliases = itertools.count()


@dataclass(frozen=True)
class Action:
    kind: Kind
    sql: str
    """The statement (for create_*: the SELECT only) in the target dialect."""
    name: str | None = None
    """The table or view created or dropped."""
    tree: exp.Expression | None = None
    """For "dml" (DELETE/INSERT/UPDATE of a temporary table on Spark, whose temporary views
    take none): the statement, which the connection rewrites as a replacement view."""


def _literal(value: Any) -> Any:
    if value is None:
        return exp.Null()
    if isinstance(value, bool):
        return exp.Boolean(this=value)
    if isinstance(value, int | float | Decimal):
        return exp.Literal.number(value)
    if isinstance(value, dt.datetime):
        return exp.cast(exp.Literal.string(value.isoformat(sep=" ")), "TIMESTAMP")
    if isinstance(value, dt.date):
        return exp.cast(exp.Literal.string(value.isoformat()), "DATE")
    if isinstance(value, list | tuple):
        return exp.Array(expressions=[_literal(v) for v in value])
    return exp.Literal.string(str(value))


def _bind(params: Mapping[str, Any] | Sequence[Any] | None) -> Any:
    positional = iter(params) if isinstance(params, list | tuple) else None

    def visit(node: exp.Expression) -> Any:
        if isinstance(node, exp.Placeholder):
            if node.this:
                if not isinstance(params, Mapping) or node.this not in params:
                    raise KeyError(f"mangler parameter ${node.this}")
                return _literal(params[node.this])
            if positional is None:
                raise KeyError("mangler positionsparameter")
            return _literal(next(positional))
        return node

    return visit


def _untemp(node: exp.Expression) -> Any:
    # DuckDB names its temporary schema ``temp``; elsewhere temporary tables are unqualified.
    if isinstance(node, exp.Table) and node.args.get("db") and node.db.lower() == "temp":
        node.set("db", None)
    return node


def _pick(value: exp.Expression, key: exp.Expression, descending: bool) -> Any:
    """DuckDB's arg_max/arg_min on PostgreSQL: the first of an ordered array_agg (rows with a
    NULL key are skipped, as DuckDB skips them)."""
    order = exp.Order(expressions=[exp.Ordered(this=key, desc=descending, nulls_first=False)])
    agg = exp.ArrayAgg(this=exp.Order(this=value, expressions=order.expressions))
    present = exp.Not(this=exp.Is(this=exp.paren(key.copy()), expression=exp.Null()))
    filtered = exp.Filter(this=agg, expression=exp.Where(this=present))
    return exp.Bracket(this=exp.Paren(this=filtered), expressions=[exp.Literal.number(1)], offset=1)


def _is_date_literal(node: exp.Expression) -> bool:
    return (
        isinstance(node, exp.Cast)
        and node.to.is_type("date")
        and isinstance(node.this, exp.Literal)
        and node.this.is_string
    )


def _arg_max_min(node: exp.Expression) -> Any:
    if isinstance(node, exp.ArgMax | exp.ArgMin):
        return _pick(node.this, node.expression, isinstance(node, exp.ArgMax))
    return node


def _group_by_all(node: exp.Expression) -> Any:
    """GROUP BY ALL as the positions of the select list's non-aggregate expressions."""
    group = node.args.get("group") if isinstance(node, exp.Select) else None
    if group is not None and group.args.get("all"):
        positions = [
            exp.Literal.number(i + 1)
            for i, e in enumerate(node.expressions)
            if not e.find(exp.AggFunc, exp.Window)
        ]
        node.set("group", exp.Group(expressions=positions) if positions else None)
    return node


def _aliased(node: exp.Expression) -> Any:
    # PostgreSQL (before 16) needs an alias on every subquery in FROM; DuckDB does not.
    if (
        isinstance(node, exp.Subquery)
        and not node.alias
        and isinstance(node.parent, exp.From | exp.Join | exp.Lateral)
    ):
        node.set("alias", exp.TableAlias(this=exp.to_identifier(f"_q{next(_aliases)}")))
    return node


def _typed_nulls(node: exp.Expression) -> Any:
    # A VALUES column of NULLs only is text on PostgreSQL and NULL-typed on DuckDB. The
    # engine writes such columns only for open-ended numeric bounds (a week index with no
    # end), so they become BIGINT.
    if isinstance(node, exp.Values) and node.expressions:
        rows = [r.expressions for r in node.expressions if isinstance(r, exp.Tuple)]
        if len(rows) == len(node.expressions) and rows:
            for i in range(len(rows[0])):
                if all(isinstance(r[i], exp.Null) for r in rows):
                    rows[0][i].replace(exp.cast(exp.Null(), "BIGINT"))
    return node


def _duckdb_functions(dialect: Dialect) -> Any:
    def visit(node: exp.Expression) -> Any:
        node = _group_by_all(_aliased(node))
        if dialect == "postgres":
            node = _typed_nulls(node)
        if isinstance(node, exp.Anonymous):
            name = node.name.lower()
            if name == "list_position":
                arr, item = node.expressions
                return exp.func("array_position", arr, item)
            if name == "to_months":
                (months,) = node.expressions
                one = exp.Interval(this=exp.Literal.string("1"), unit=exp.var("MONTH"))
                return exp.paren(exp.Mul(this=exp.cast(months, "INT"), expression=one))
        if dialect == "postgres":
            if isinstance(node, exp.Year | exp.Month | exp.Day):
                # EXTRACT gives numeric on PostgreSQL; DuckDB's year()/month() give integers.
                return exp.cast(node.copy(), "INT")
            if isinstance(node, exp.Explode | exp.Unnest):
                inner = node.this if isinstance(node, exp.Explode) else node.expressions[0]
                if isinstance(inner, exp.GenerateSeries):
                    # A set-returning function in the select list, as DuckDB's UNNEST is.
                    end = inner.args["end"]
                    if inner.args.get("is_end_exclusive"):
                        end = exp.Sub(this=end, expression=exp.Literal.number(1))
                    return exp.func("generate_series", inner.args["start"], end)
            if isinstance(node, exp.Cast) and node.to.is_type("bigint", "int", "smallint"):
                inner = node.this.unnest() if isinstance(node.this, exp.Paren) else node.this
                if isinstance(inner, exp.Predicate | exp.Connector | exp.Not | exp.Boolean):
                    # PostgreSQL casts a boolean to integer but not to bigint.
                    return exp.cast(exp.cast(node.this, "INT"), node.to)
            if isinstance(node, exp.IntDiv):
                # DuckDB's // on integers truncates to an integer; div() gives numeric here.
                return exp.cast(exp.func("div", node.this, node.expression), "BIGINT")
            if isinstance(node, exp.DateFromParts):
                parts = (node.args[k] for k in ("year", "month", "day"))
                return exp.func("make_date", *(exp.cast(p, "INT") for p in parts))
            if isinstance(node, exp.DateDiff) and (node.text("unit") or "day").lower() == "day":
                return exp.paren(
                    exp.Sub(
                        this=exp.cast(node.this, "DATE"),
                        expression=exp.cast(node.expression, "DATE"),
                    )
                )
        if (
            dialect == "spark"
            and isinstance(node, exp.GenerateSeries)
            and not node.args.get("is_end_exclusive")
        ):
            # DuckDB's generate_series(a, b) is empty when b < a; Spark's sequence counts down.
            end = exp.Add(this=node.args["end"], expression=exp.Literal.number(1))
            return exp.GenerateSeries(start=node.args["start"], end=end, is_end_exclusive=True)
        if dialect == "spark" and isinstance(node, exp.Sub) and _is_date_literal(node.expression):
            # DuckDB's date - date is a number of days; Spark's is an interval.
            return exp.func("datediff", node.this, node.expression)
        if (
            dialect == "spark"
            and isinstance(node, exp.Bracket)
            and not node.args.get("offset")
            and len(node.expressions) == 1
        ):
            # DuckDB lists count from 1, Spark arrays from 0: element_at counts from 1.
            return exp.func("element_at", node.this, exp.cast(node.expressions[0], "INT"))
        return node

    return visit


SchemaOf = Callable[[str], dict[str, str] | None]


def _date_differences(tree: exp.Expression, schema_of: SchemaOf) -> Any:
    """DuckDB's ``date - date`` is a number of days and Spark's an interval, which only the
    column types tell apart: the query is qualified and typed against the engine's tables
    (sqlglot's optimizer) and each date difference becomes ``datediff``. A query sqlglot
    cannot qualify is left as it is (and fails on Spark if it needed this)."""
    query: Any = tree.expression if isinstance(tree, exp.Create | exp.Insert) else tree
    if not isinstance(query, exp.Query) or not any(True for _ in query.find_all(exp.Sub)):
        return tree
    ctes = {c.alias_or_name for c in query.find_all(exp.CTE)}
    tables: dict[str, object] = {}
    for table in query.find_all(exp.Table):
        if table.name and table.name not in ctes and table.name not in tables:
            columns = schema_of(table.name)
            if columns is not None:
                tables[table.name] = columns
    try:
        schema = MappingSchema(tables, dialect="spark")
        qualified = qualify(
            query.copy(),
            schema=schema,
            dialect="duckdb",
            identify=False,
            validate_qualify_columns=False,
        )
        annotate_types(qualified, schema=schema, dialect="duckdb")
    except Exception:  # sqlglot cannot qualify every query; those stay as written
        return tree
    changed = False
    for sub in list(qualified.find_all(exp.Sub)):
        left, right = sub.this.type, sub.expression.type
        if (
            left is not None
            and right is not None
            and left.is_type("date")
            and right.is_type("date")
        ):
            sub.replace(exp.func("datediff", sub.this, sub.expression))
            changed = True
    if not changed:
        return tree
    if query is tree:
        return qualified
    tree.set("expression", qualified)
    return tree


def translate(
    sql: str,
    params: Mapping[str, Any] | Sequence[Any] | None,
    dialect: Dialect,
    schema_of: SchemaOf | None = None,
) -> list[Action]:
    """The statements of ``sql`` (DuckDB) for ``dialect``, parameters bound. On Spark,
    ``schema_of`` (table name → column types, or None) lets date differences be typed."""
    actions: list[Action] = []
    # sqlglot reads "?::" (a positional parameter cast) as one token and fails; DuckDB
    # reads it as "? ::".
    for statement in sqlglot.parse(sql.replace("?::", "? ::"), read="duckdb"):
        if statement is None:
            continue
        tree = statement.transform(_bind(params)).transform(_untemp)
        if dialect == "spark" and schema_of is not None:
            tree = _date_differences(tree, schema_of)
        tree = tree.transform(_duckdb_functions(dialect))
        if dialect == "postgres":
            # After the pass above, so that the copied keys are already rewritten.
            tree = tree.transform(_arg_max_min)
        actions.append(_action(tree, dialect))
    return actions


def _action(tree: exp.Expression, dialect: Dialect) -> Action:
    if dialect == "spark" and isinstance(tree, exp.Delete | exp.Insert | exp.Update):
        target = tree.this if isinstance(tree.this, exp.Table) else tree.this.find(exp.Table)
        return Action("dml", "", target.name if target is not None else None, tree)
    if isinstance(tree, exp.Create) and isinstance(tree.expression, exp.Query):
        kind = str(tree.args.get("kind") or "").upper()
        name = tree.this.name if isinstance(tree.this, exp.Table) else tree.this.this.name
        select = tree.expression.sql(dialect=dialect)
        return Action("create_view" if kind == "VIEW" else "create_table", select, name)
    if isinstance(tree, exp.Drop):
        table = tree.this if isinstance(tree.this, exp.Table) else tree.find(exp.Table)
        return Action("drop", "", table.name if table is not None else None)
    if isinstance(tree, exp.Transaction | exp.Commit | exp.Rollback):
        return Action("transaction", tree.sql(dialect=dialect))
    if isinstance(tree, exp.Query):
        return Action("query", tree.sql(dialect=dialect))
    return Action("statement", tree.sql(dialect=dialect))


def spark_replacement(tree: exp.Expression, columns: list[str]) -> str:
    """A Spark SELECT of what the temporary table holds after the DELETE, INSERT or UPDATE
    ``tree``, with a boolean column ``__changed`` marking the rows the statement changed
    (DuckDB reports their number)."""
    target = tree.this if isinstance(tree.this, exp.Table) else tree.this.find(exp.Table)
    assert target is not None
    name = target.name
    if isinstance(tree, exp.Delete):
        where = tree.args.get("where")
        cond = where.this.sql(dialect="spark") if where is not None else "TRUE"
        return f"SELECT *, FALSE AS __changed FROM {name} WHERE NOT COALESCE(({cond}), FALSE)"
    if isinstance(tree, exp.Insert):
        select = tree.expression.sql(dialect="spark")
        cols = ", ".join(columns)
        return (
            f"SELECT {cols}, FALSE AS __changed FROM {name} "
            f"UNION ALL SELECT *, TRUE AS __changed FROM ({select}) AS __inserted"
        )
    if isinstance(tree, exp.Update):
        alias = target.alias or name
        source = tree.args["from_"].this if "from_" in tree.args else tree.args["from"].this
        source_alias = source.alias
        source_sql = source.unalias().sql(dialect="spark") if source_alias else source.sql("spark")
        where = tree.args.get("where")
        cond = where.this.sql(dialect="spark") if where is not None else "TRUE"
        sets = {
            e.this.name: e.expression.sql(dialect="spark")
            for e in tree.expressions
            if isinstance(e, exp.EQ)
        }
        picked = ", ".join(
            f"CASE WHEN {source_alias}.__hit THEN {sets[c]} ELSE {alias}.{c} END AS {c}"
            if c in sets
            else f"{alias}.{c}"
            for c in columns
        )
        return (
            f"SELECT {picked}, COALESCE({source_alias}.__hit, FALSE) AS __changed "
            f"FROM {name} AS {alias} LEFT JOIN "
            f"(SELECT *, TRUE AS __hit FROM {source_sql}) AS {source_alias} ON {cond}"
        )
    raise TypeError(f"ikke en DELETE, INSERT eller UPDATE: {tree.sql()}")
