"""Run every YAML case of every rule against that rule alone, through the real importer."""

from __future__ import annotations

import pytest

from tilsyn.data.importer import connection_from_records
from tilsyn.rules.casefile import RuleCase, all_cases, mismatch
from tilsyn.rules.evaluate import evaluate
from tilsyn.rules.registry import load_rules

CASES = all_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.test_id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    rules = load_rules()
    assert case.rule_id in rules, f"{case.file}: ingen regel med id {case.rule_id}"
    con = connection_from_records(case.input)
    try:
        actual = evaluate(con, case.as_of, rules=[rules[case.rule_id]]).to_pylist()
    finally:
        con.close()
    problem = mismatch(case.expected, actual)
    assert problem is None, f"{case.name}\n{problem}"
