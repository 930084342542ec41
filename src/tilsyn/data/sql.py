"""The one way to write a Python value into SQL text as a literal.

Values are bound as query parameters wherever the engine allows; these literals are for the
places it does not (the bodies of ``CASE`` expressions built from dated parameters, ``VALUES``
lists, SQL compiled once and reused). Text is quoted by doubling single quotes, the SQL standard
that DuckDB, PostgreSQL and Spark SQL share.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

__all__ = ["date_sql", "literal", "literal_list"]


def literal(value: object) -> str:
    """A SQL literal for ``value`` (None, bool, int, date or text).

    >>> literal("O'Brien")
    "'O''Brien'"
    >>> literal(dt.date(2024, 2, 29)), literal(True), literal(None), literal(7)
    ("DATE '2024-02-29'", 'TRUE', 'NULL', '7')
    """
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.datetime):
        raise TypeError("tidspunkter skrives ikke som SQL-konstanter; brug en dato")
    if isinstance(value, dt.date):
        return date_sql(value)
    text = str(value).replace("'", "''")
    return f"'{text}'"


def date_sql(day: dt.date) -> str:
    """``DATE 'YYYY-MM-DD'``."""
    return f"DATE '{day.isoformat()}'"


def literal_list(values: Iterable[object]) -> str:
    """A SQL list literal: ``['a', 'b']``."""
    return "[" + ", ".join(literal(v) for v in values) + "]"
