"""String concatenation in the rules' DuckDB SQL: one ``concat`` call with Ibis's meaning
(NULL when any piece is NULL), never a piece computed twice."""

from __future__ import annotations

import ibis

from tilsyn.rules import duckdb_concat

duckdb_concat.install()


def _table() -> ibis.Table:
    return ibis.memtable({"a": ["x", None, "y", None], "b": ["1", "2", None, None]})


def test_nested_concatenation_is_one_call_and_keeps_null() -> None:
    t = _table()
    expr = t.select(c="<" + t.a + "|" + (t.b + "!") + ">")
    sql = ibis.to_sql(expr, dialect="duckdb")
    assert sql.count("CONCAT(") == 1
    assert "||" not in sql
    rows = ibis.duckdb.connect().execute(expr)["c"].tolist()
    assert rows[0] == "<x|1!>"
    assert all(v is None or v != v for v in rows[1:])  # None or NaN: NULL


def test_a_computed_piece_is_not_repeated_in_the_null_check() -> None:
    t = _table()
    chosen = ibis.cases((t.b.isnull(), "ingen"), else_="nogen")
    expr = t.select(c=t.a + ": " + chosen + " (" + t.a + ")")
    sql = ibis.to_sql(expr, dialect="duckdb")
    assert sql.count('CASE WHEN "t0"."b" IS NULL') == 1
    rows = ibis.duckdb.connect().execute(expr)["c"].tolist()
    assert rows[0] == "x: nogen (x)"
    assert rows[2] == "y: ingen (y)"
    assert rows[1] is None or rows[1] != rows[1]
