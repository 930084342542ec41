"""What a rule sees: the snapshot tables as Ibis tables, the reference date and the
parameters, plus helpers that turn dated parameters into SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import ibis
import ibis.expr.types as ir

from tilsyn.data.contract import SQL_TYPES, TABLES_BY_NAME
from tilsyn.rules.parameters import Parameter, ParameterSet, Value, default_parameters


def _dtype(param: Parameter) -> str:
    kinds = {type(e.value) for e in param.history if e.value is not None}
    if not kinds:
        raise ValueError(f"parameter {param.id} har kun tomme værdier")
    if kinds == {bool}:
        return "boolean"
    if kinds <= {int}:
        return "int64"
    if kinds <= {int, float}:
        return "float64"
    if kinds == {str}:
        return "string"
    if kinds == {list}:
        return "array<string>"
    raise ValueError(
        f"parameter {param.id} blander værdityper: {sorted(k.__name__ for k in kinds)}"
    )


def _literal(value: Value, dtype: str) -> ir.Value:
    if value is None:
        return ibis.null(dtype)
    return ibis.literal(value, type=dtype)


@dataclass
class RuleContext:
    """Everything a rule's ``build`` may use. Rules never look at the clock: ``as_of`` is
    the reference date of the evaluation."""

    backend: Any
    """Unused (None): rules compile against unbound tables named as in the snapshot, so
    one compiled query runs on any snapshot. Kept for the documented signature."""
    tables: dict[str, ir.Table]
    """Every contract table by name (optional tables exist, maybe empty)."""
    as_of: dt.date
    """The reference date. Rules must use ``as_of_expr`` (never ``as_of`` in Python): the
    evaluation compiles once with a placeholder date and binds the real one in SQL."""
    params: ParameterSet
    cache: bool = True
    """Materialise shared intermediate tables (spells) once per evaluation. Off where one
    self-contained query per rule is wanted (a rule's SQL shown on its own, tests that run a
    single table)."""
    person_id: str | None = None
    """Set when every person table is restricted to this one citizen."""
    prelude: list[tuple[str, ir.Table]] = field(default_factory=list, repr=False)
    """Temporary tables (name, definition) to create, in order, before the rules run."""
    _memo: dict[str, ir.Table] = field(default_factory=dict, repr=False)

    @property
    def as_of_expr(self) -> ir.DateScalar:
        return ibis.literal(self.as_of, type="date")

    def table(self, name: str) -> ir.Table:
        return self.tables[name]

    def param_expr(self, pid: str, date_expr: ir.DateValue) -> ir.Value:
        """The parameter's value in force on each row's ``date_expr`` (a CASE over its
        dated values; NULL before the first effective date and where the value is null,
        i.e. the rule is not in force)."""
        param = self.params[pid]
        dtype = _dtype(param)
        branches = [
            (
                date_expr >= ibis.literal(entry.effective_from, type="date"),
                _literal(entry.value, dtype),
            )
            for entry in reversed(param.history)
        ]
        return ibis.cases(*branches, else_=ibis.null(dtype))

    def reference_expr(self, pid: str, date_expr: ir.DateValue) -> ir.StringValue:
        """The title(s) of the references in force on ``date_expr`` ("; "-separated)."""
        param = self.params[pid]
        branches = [
            (
                date_expr >= ibis.literal(entry.effective_from, type="date"),
                ibis.literal(entry.reference_text, type="string"),
            )
            for entry in reversed(param.history)
        ]
        return ibis.cases(*branches, else_=ibis.null("string"))

    def param_values(self, pid: str) -> list[Value]:
        """Every value the parameter has had (to pre-filter rows cheaply)."""
        return [e.value for e in self.params[pid].history]

    def codes_ever(self, pid: str) -> list[str]:
        """The union of a list-valued parameter over its whole history, sorted."""
        codes: set[str] = set()
        for value in self.param_values(pid):
            if isinstance(value, list):
                codes.update(value)
        return sorted(codes)

    def memo(self, key: str, build: Callable[[], ir.Table]) -> ir.Table:
        """Build a shared intermediate table once per context. With ``cache`` on, the
        evaluation materialises it first as the temporary table ``_tilsyn_<key>`` (see
        ``prelude``), so several rules do not recompute it; Ibis would otherwise inline it
        into every rule's query."""
        if key not in self._memo:
            table = build()
            if self.cache:
                name = f"_tilsyn_{key}"
                self.prelude.append((name, table))
                table = ibis.table(table.schema(), name=name)
            self._memo[key] = table
        return self._memo[key]


_IBIS_TYPES = {
    "VARCHAR": "string",
    "DATE": "date",
    "INTEGER": "int32",
    "DECIMAL(18,2)": "decimal(18, 2)",
    "BOOLEAN": "boolean",
}


ROWID = "rowid"
"""DuckDB's row id (a real column on the other engines, see ``tilsyn.engines.load``)."""
ROWID_TABLES = frozenset({"benefit_periods"})
"""Tables the rules read ``rowid`` of: benefit rows have no key of their own, and the
spells sort only a few of their columns and join the rest back by it."""


def contract_schema(name: str) -> dict[str, str]:
    """The Ibis schema of a snapshot table, derived from the case-data contract."""
    spec = TABLES_BY_NAME[name]
    schema = {c.name: _IBIS_TYPES[SQL_TYPES[c.type]] for c in spec.columns}
    if name == "payments":
        schema["week_start"] = "date"
    return schema


def context_for(
    as_of: dt.date,
    *,
    params: ParameterSet | None = None,
    person_id: str | None = None,
    cache: bool = True,
) -> RuleContext:
    """A context over unbound tables named as in the snapshot (the compiled SQL runs on
    any snapshot connection); ``person_id`` restricts every person table to one citizen
    (used by explanations)."""
    tables: dict[str, ir.Table] = {}
    for name, spec in TABLES_BY_NAME.items():
        schema = contract_schema(name)
        if name in ROWID_TABLES:
            schema[ROWID] = "int64"
        table = ibis.table(schema, name=name)
        if person_id is not None and (spec.references_persons or name == "persons"):
            table = table.filter(table.person_id == person_id)
        tables[name] = table
    return RuleContext(
        backend=None,
        tables=tables,
        as_of=as_of,
        params=params if params is not None else default_parameters(),
        cache=cache,
        person_id=person_id,
    )
