"""The column types tilsyn creates on PostgreSQL and Spark come from one table."""

from __future__ import annotations

import pyarrow as pa
import pytest

from tilsyn.engines.connection import sql_type


@pytest.mark.parametrize(
    ("arrow", "postgres", "spark"),
    [
        (pa.bool_(), "boolean", "BOOLEAN"),
        (pa.int32(), "integer", "INT"),
        (pa.int64(), "bigint", "BIGINT"),
        (pa.float64(), "double precision", "DOUBLE"),
        (pa.decimal128(18, 2), "numeric(18, 2)", "DECIMAL(18, 2)"),
        (pa.date32(), "date", "DATE"),
        (pa.timestamp("us"), "timestamp", "TIMESTAMP_NTZ"),
        (pa.timestamp("us", tz="UTC"), "timestamptz", "TIMESTAMP"),
        (pa.string_view(), "text", "STRING"),
    ],
)
def test_each_arrow_type_has_its_column_type_on_both_engines(
    arrow: pa.DataType, postgres: str, spark: str
) -> None:
    assert sql_type(arrow, "postgres") == postgres
    assert sql_type(arrow, "spark") == spark


def test_an_all_empty_result_column_is_a_string_on_spark_and_refused_on_postgresql() -> None:
    assert sql_type(pa.null(), "spark") == "STRING"
    with pytest.raises(TypeError, match="ingen PostgreSQL-type"):
        sql_type(pa.null(), "postgres")
