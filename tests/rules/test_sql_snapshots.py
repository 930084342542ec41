"""The compiled SQL of every rule, compared with ``tests/rules/snapshots/<rule_id>.sql``, and
of every shared table the rules read (the spells, due dates and the like), compared with
``tests/rules/snapshots/shared/<name>.sql``.

This is the SQL the evaluation runs: each shared table once, as a CTE of the rule set's
statement, and each rule reading it by name. A change in either must be deliberate: rerun
with ``TILSYN_UPDATE_SNAPSHOTS=1`` and review the diff. The context is fixed (placeholder
reference date), so the text does not depend on the data or the day.
"""

from __future__ import annotations

import os
from pathlib import Path

import ibis
import pytest

from tilsyn.rules.context import context_for
from tilsyn.rules.evaluate import AS_OF_PLACEHOLDER, _bind_placeholders, rule_sql
from tilsyn.rules.registry import load_rules

SNAPSHOTS = Path(__file__).parent / "snapshots"
SHARED = SNAPSHOTS / "shared"
RULES = load_rules()


def _shared_tables() -> dict[str, str]:
    ctx = context_for(AS_OF_PLACEHOLDER)
    for rule in RULES.values():
        rule.build(ctx)
    return {
        name: _bind_placeholders(ibis.to_sql(table, dialect="duckdb"))
        for name, table in ctx.prelude
    }


SHARED_TABLES = _shared_tables()


def _check(sql: str, path: Path, what: str) -> None:
    sql = sql.rstrip() + "\n"
    if os.environ.get("TILSYN_UPDATE_SNAPSHOTS") == "1" or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(sql, encoding="utf-8")
        if not os.environ.get("TILSYN_UPDATE_SNAPSHOTS"):
            pytest.fail(f"ny snapshot skrevet: {path.name}; gennemse den og kør igen")
    assert sql == path.read_text(encoding="utf-8"), (
        f"{what}: den kompilerede SQL er ændret; kør med TILSYN_UPDATE_SNAPSHOTS=1 og "
        "gennemse forskellen"
    )


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_compiled_sql_matches_snapshot(rule_id: str) -> None:
    ctx = context_for(AS_OF_PLACEHOLDER)
    _check(rule_sql(ctx, RULES[rule_id]), SNAPSHOTS / f"{rule_id}.sql", rule_id)


@pytest.mark.parametrize("name", sorted(SHARED_TABLES))
def test_shared_table_sql_matches_snapshot(name: str) -> None:
    _check(SHARED_TABLES[name], SHARED / f"{name.removeprefix('_tilsyn_')}.sql", name)


def test_every_snapshot_belongs_to_a_rule_or_shared_table() -> None:
    """A rule or shared table that is gone leaves no snapshot behind."""
    rules = {f"{r}.sql" for r in RULES}
    shared = {f"{n.removeprefix('_tilsyn_')}.sql" for n in SHARED_TABLES}
    assert {p.name for p in SNAPSHOTS.glob("*.sql")} == rules
    assert {p.name for p in SHARED.glob("*.sql")} == shared


def test_compiled_sql_binds_the_reference_date_as_a_parameter() -> None:
    ctx = context_for(AS_OF_PLACEHOLDER)
    sql = rule_sql(ctx, RULES["first_interview"]) + "".join(SHARED_TABLES.values())
    assert "$as_of" in sql
    assert str(AS_OF_PLACEHOLDER.year) not in sql
