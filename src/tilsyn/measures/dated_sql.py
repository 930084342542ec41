"""Dated parameters as SQL expressions, so set-based measures read the YAML values per row.

A measure often reads a parameter "as in force on" a per-row date (a spell's start, an
interview's date). Rather than joining a parameter table, the dated values are written out as a
``CASE`` over the effective dates: the expressions are tiny (a handful of periods), DuckDB
evaluates them vectorised, and the numbers still come from the YAML files only.
"""

from __future__ import annotations

import datetime as dt

from tilsyn.data.sql import date_sql, literal
from tilsyn.rules.parameters import Parameter

__all__ = ["codes_sql", "date_sql", "literal", "value_sql"]


def _in_period(on: str, start: dt.date, end: dt.date | None) -> str:
    cond = f"{on} >= {date_sql(start)}"
    return cond if end is None else f"{cond} AND {on} < {date_sql(end)}"


def value_sql(param: Parameter, on: str) -> str:
    """``param``'s value as in force on the SQL date ``on`` (NULL before it exists).

    Only scalar values (whole numbers, booleans, text) are written; lists go through
    :func:`codes_sql`."""
    branches = []
    for start, end, entry in param.periods():
        if isinstance(entry.value, list | float):
            raise TypeError(f"{param.id}: value_sql skriver kun hele tal, sand/falsk og tekst")
        branches.append(f"WHEN {_in_period(on, start, end)} THEN {literal(entry.value)}")
    return "(CASE " + " ".join(branches) + " END)" if branches else "NULL"


def codes_sql(param: Parameter, on: str, code: str) -> str:
    """Whether the SQL text ``code`` is in the ``codes`` parameter as in force on ``on``
    (false before the parameter exists or while it is null, as ``six_month_point.codes``)."""
    branches = []
    for start, end, entry in param.periods():
        if entry.value is None or entry.value == []:
            continue
        if not isinstance(entry.value, list):
            raise TypeError(f"{param.id}: forventede en liste af koder, fik {entry.value!r}")
        members = ", ".join(literal(str(v)) for v in entry.value)
        branches.append(f"({_in_period(on, start, end)} AND {code} IN ({members}))")
    return "(" + " OR ".join(branches) + ")" if branches else "FALSE"
