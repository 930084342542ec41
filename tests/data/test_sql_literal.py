"""The one SQL literal quoter: what it writes reads back as the same value in DuckDB."""

from __future__ import annotations

import datetime as dt
import doctest

import duckdb
import pytest

from tilsyn.data import sql


def test_doctests_pass() -> None:
    result = doctest.testmod(sql)
    assert result.attempted >= 2
    assert result.failed == 0


@pytest.mark.parametrize(
    "value", ["O'Brien", "'; DROP TABLE persons; --", "æøå", "", 0, -7, True, dt.date(2024, 2, 29)]
)
def test_a_literal_reads_back_as_the_value(value: object) -> None:
    con = duckdb.connect()
    assert con.execute(f"SELECT {sql.literal(value)}").fetchall() == [(value,)]


def test_lists_and_nulls() -> None:
    con = duckdb.connect()
    values = ["a", "b'c"]
    assert con.execute(f"SELECT {sql.literal_list(values)}").fetchall() == [(values,)]
    assert con.execute(f"SELECT {sql.literal(None)} IS NULL").fetchall() == [(True,)]


def test_a_timestamp_is_refused_rather_than_cut_to_a_date() -> None:
    with pytest.raises(TypeError, match="dato"):
        sql.literal(dt.datetime(2024, 1, 1, 12, 0, tzinfo=dt.UTC))
