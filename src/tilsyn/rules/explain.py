"""Explain one citizen's obligations: the rule, the parameter values and references in force
on each obligation's window start (or its due date, for the parameters a rule reads then), the
events that counted and the verdict."""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb

from tilsyn.rules.continuation import NOTICE, UNCONFIRMED, unconfirmed_rules
from tilsyn.rules.evaluate import evaluate
from tilsyn.rules.parameters import ParameterSet, default_parameters
from tilsyn.rules.registry import load_rules


class UnknownPerson(LookupError):
    """The person id is not in the snapshot."""


def _parameter(params: ParameterSet, pid: str, on: dt.date) -> dict[str, Any]:
    param = params[pid]
    base: dict[str, Any] = {"id": pid, "label": param.label, "unit": param.unit}
    try:
        entry = param.entry_at(on)
    except LookupError:
        return {
            **base,
            "value": None,
            "effective_from": None,
            "references": [],
            "note": "ikke i kraft på datoen",
            "confidence": param.confidence,
        }
    return {
        **base,
        "value": entry.value,
        "effective_from": entry.effective_from,
        "references": [{"title": r.title, "href": r.href} for r in entry.references],
        "note": entry.note or param.note,
        "confidence": param.confidence,
    }


def explain(con: duckdb.DuckDBPyConnection, person_id: str, as_of: dt.date) -> list[dict[str, Any]]:
    """Every obligation of ``person_id`` as of ``as_of``, each with ``rule`` (id, label,
    version, description), ``parameters`` (value, effective date and references in force on
    the window start), ``unconfirmed`` (None, or the notice and the parameter behind it when
    the rule's continuation is not confirmed on the day the obligation is judged on) and the
    verdict fields. Raises ``UnknownPerson``."""
    found = con.execute(
        "SELECT count(*) FROM persons WHERE person_id = $p", {"p": person_id}
    ).fetchall()[0][0]
    if not found:
        raise UnknownPerson(f"borgeren '{person_id}' findes ikke i datasamlingen")
    rules = load_rules()
    params = default_parameters()
    rows = evaluate(con, as_of, person_id=person_id).to_pylist()
    out = []
    for row in rows:
        rule = rules[row["rule_id"]]
        on = row["window_start"]
        due = row["due_date"] or on
        out.append(
            {
                **row,
                "rule": {
                    "id": rule.id,
                    "label": rule.label,
                    "version": rule.version,
                    "description": rule.description,
                },
                "parameters": [
                    _parameter(params, pid, due if pid in rule.looked_up_on_due_date else on)
                    for pid in rule.parameters
                ],
                "unconfirmed": (
                    {"notice": NOTICE, "parameter": _parameter(params, UNCONFIRMED, due)}
                    if rule.id in unconfirmed_rules(params, due)
                    else None
                ),
            }
        )
    return out
