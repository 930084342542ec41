"""Load and compare the YAML test cases of the rules.

Case files live in ``src/tilsyn/rules/cases/<law>/<topic>/<rule_id>.yaml``.

A case file is a list of cases::

    - name: A full sentence saying what the case shows.
      as_of: 2024-03-01
      input: {persons: [...], benefit_periods: [...], conversations: [...], ...}
      expected: [{kind: first_interview, status: met, due_date: 2024-01-08}, ...]

``expected`` lists every obligation the rule produces for the input (order-insensitive);
each row is compared on the fields it names.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

CASES_DIR = Path(__file__).parent / "cases"
CASE_KEYS = {"name", "as_of", "input", "expected", "note"}


@dataclass(frozen=True)
class RuleCase:
    file: Path
    rule_id: str
    name: str
    as_of: dt.date
    input: dict[str, list[dict[str, str]]]
    expected: list[dict[str, Any]]

    @property
    def test_id(self) -> str:
        return f"{self.file.relative_to(CASES_DIR).as_posix()}::{self.name}"


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def plain(value: Any) -> Any:
    """Comparable form of an expected or actual value (dates as ISO text)."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def load_case_file(path: Path) -> list[RuleCase]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, list) or not raw:
        raise ValueError(f"{path}: forventede en ikke-tom liste af cases")
    cases = []
    for i, item in enumerate(raw):
        where = f"{path}: case {i + 1}"
        if not isinstance(item, dict):
            raise ValueError(f"{where}: forventede en mapping")
        unknown = set(item) - CASE_KEYS
        if unknown:
            raise ValueError(f"{where}: ukendte nøgler {sorted(unknown)}")
        missing = {"name", "as_of", "input", "expected"} - set(item)
        if missing:
            raise ValueError(f"{where}: mangler {sorted(missing)}")
        name = str(item["name"]).strip()
        if not name.endswith("."):
            raise ValueError(f"{where}: name skal være en hel sætning med punktum: {name!r}")
        records = {
            table: [{k: _text(v) for k, v in row.items() if v is not None} for row in rows or []]
            for table, rows in item["input"].items()
        }
        as_of = item["as_of"]
        if not isinstance(as_of, dt.date):
            raise ValueError(f"{where}: as_of skal være en dato")
        cases.append(RuleCase(path, path.stem, name, as_of, records, list(item["expected"] or [])))
    return cases


def all_cases() -> list[RuleCase]:
    cases: list[RuleCase] = []
    for path in sorted(CASES_DIR.rglob("*.yaml")):
        cases.extend(load_case_file(path))
    names = Counter((c.file, c.name) for c in cases)
    duplicates = [n for (_, n), count in names.items() if count > 1]
    if duplicates:
        raise ValueError(f"case-navne skal være unikke pr. fil: {duplicates}")
    return cases


def mismatch(expected: list[dict[str, Any]], actual: list[dict[str, Any]]) -> str | None:
    """None when every expected row matches a distinct actual row on its fields and there
    are no other actual rows; otherwise a readable explanation."""
    remaining = list(actual)
    unmatched = []
    for want in expected:
        wanted = {k: plain(v) for k, v in want.items()}
        for i, row in enumerate(remaining):
            if all(plain(row.get(k)) == v for k, v in wanted.items()):
                del remaining[i]
                break
        else:
            unmatched.append(wanted)
    if not unmatched and not remaining:
        return None
    fields = sorted({k for w in expected for k in w} | {"kind", "status", "due_date"})
    shown = [{k: plain(r.get(k)) for k in fields} for r in actual]
    lines = ["forventede rækker uden match:", *map(str, unmatched)]
    if remaining:
        lines += [
            "overskydende rækker:",
            *(str({k: plain(r.get(k)) for k in fields}) for r in remaining),
        ]
    lines += ["faktiske rækker:", *map(str, shown)]
    return "\n".join(lines)
