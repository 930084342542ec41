"""The compiled SQL of every rule, compared with ``tests/rules/snapshots/<rule_id>.sql``.

A change in a rule's SQL must be deliberate: rerun with ``TILSYN_UPDATE_SNAPSHOTS=1`` and
review the diff. The context is fixed (placeholder reference date, no shared temporary
tables), so the text does not depend on the data or the day.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tilsyn.rules.context import context_for
from tilsyn.rules.evaluate import AS_OF_PLACEHOLDER, rule_sql
from tilsyn.rules.registry import load_rules

SNAPSHOTS = Path(__file__).parent / "snapshots"
RULES = load_rules()


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_compiled_sql_matches_snapshot(rule_id: str) -> None:
    ctx = context_for(AS_OF_PLACEHOLDER, cache=False)
    sql = rule_sql(ctx, RULES[rule_id]).rstrip() + "\n"
    path = SNAPSHOTS / f"{rule_id}.sql"
    if os.environ.get("TILSYN_UPDATE_SNAPSHOTS") == "1" or not path.exists():
        path.write_text(sql, encoding="utf-8")
        if not os.environ.get("TILSYN_UPDATE_SNAPSHOTS"):
            pytest.fail(f"ny snapshot skrevet: {path.name}; gennemse den og kør igen")
    assert sql == path.read_text(encoding="utf-8"), (
        f"{rule_id}: den kompilerede SQL er ændret; kør med TILSYN_UPDATE_SNAPSHOTS=1 og "
        "gennemse forskellen"
    )


def test_compiled_sql_binds_the_reference_date_as_a_parameter() -> None:
    ctx = context_for(AS_OF_PLACEHOLDER, cache=False)
    sql = rule_sql(ctx, RULES["first_interview"])
    assert "$as_of" in sql
    assert str(AS_OF_PLACEHOLDER.year) not in sql
