"""Benefit rows and spells made once per snapshot, beside it, for every later evaluation.

The spells (``tilsyn.rules.spells``) are the largest shared step of an evaluation: at
national scale about a fifth of its CPU, the same every morning. They depend on the
reference date only through which rows have started by it and which have ended by it; on
and after the last start or end day in ``benefit_periods`` they no longer depend on it. So
the import (and the delta) computes them once as of that day into two Parquet files beside
the snapshot (``tilsyn.data.results``), and an evaluation as of that day or later reads the
files instead of computing them (decision 0024).

The files are the compiled rule set's own two shared tables, run as they would run inside
the evaluation's statement, and are named by a hash of that SQL: another parameter set or a
changed rule gives other SQL and so does not find them, and computes the spells as before.
An evaluation before the last day, of one citizen, or on a connection without a snapshot
file (the delta's recomputation, the engines) computes them as before too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging

import duckdb

from tilsyn.data import results
from tilsyn.data.workspace import Workspace

STORED = ("_tilsyn_benefit_rows", "_tilsyn_benefit_spells")
"""The shared tables kept beside a snapshot, in the order they are made (the spells read the
rows)."""

log = logging.getLogger(__name__)


def _entries(prelude: tuple[tuple[str, str], ...]) -> dict[str, str] | None:
    found = {name: sql for name, sql in prelude if name in STORED}
    return found if len(found) == len(STORED) else None


def _file_name(entries: dict[str, str], name: str) -> str:
    h = hashlib.sha256()
    for key in STORED:
        h.update(f"{key}\0{entries[key]}\0".encode())
    return f"spells-{h.hexdigest()[:16]}-{name.removeprefix('_tilsyn_')}"


def last_day(con: duckdb.DuckDBPyConnection) -> dt.date | None:
    """The last day any benefit row starts or ends on (None without benefit rows)."""
    row = con.execute(
        "SELECT greatest(max(start_date), max(end_date)) FROM benefit_periods"
    ).fetchall()
    day = row[0][0] if row else None
    return day if isinstance(day, dt.date) else None


def _view(con: duckdb.DuckDBPyConnection, name: str, path: object) -> None:
    quoted = str(path).replace("'", "''")
    con.execute(f"CREATE OR REPLACE TEMP VIEW \"{name}\" AS SELECT * FROM read_parquet('{quoted}')")


def attach(
    con: duckdb.DuckDBPyConnection, prelude: tuple[tuple[str, str], ...], as_of: dt.date
) -> frozenset[str]:
    """Offer the stored tables to ``con`` as temporary views under their prelude names when
    they exist for this SQL and hold as of ``as_of``; returns the names offered (the
    statement then leaves them out of its CTEs)."""
    entries = _entries(prelude)
    if entries is None:
        return frozenset()
    paths = {name: results.results_path(con, _file_name(entries, name)) for name in STORED}
    if any(p is None or not p.exists() for p in paths.values()):
        return frozenset()
    last = last_day(con)
    if last is None or as_of < last:
        return frozenset()
    for name in STORED:
        _view(con, name, paths[name])
    return frozenset(STORED)


def derive(con: duckdb.DuckDBPyConnection) -> bool:
    """Write the stored tables of the current rule set and parameters beside ``con``'s
    snapshot (as of its last benefit day), unless they are there; returns whether they are
    there afterwards. A failure leaves no partly written file (``results.publish``), and an
    evaluation reads the files only when both are there."""
    from tilsyn.rules.evaluate import compile_rules
    from tilsyn.rules.parameters import default_parameters
    from tilsyn.rules.registry import load_rules

    plan = compile_rules(tuple(load_rules().values()), default_parameters(), False)
    entries = _entries(plan.prelude)
    last = last_day(con)
    if entries is None or last is None:
        return False
    for name in STORED:
        path = results.results_path(con, _file_name(entries, name))
        if path is None:
            return False
        if not path.exists():
            sql = entries[name]
            args = {"as_of": last} if "$as_of" in sql else {}
            results.publish(con, path, sql, args)
        _view(con, name, path)  # the next table reads this one
    return True


def derive_for(workspace: Workspace) -> bool:
    """``derive`` on the workspace's current snapshot. Keeping the spells is a saving, not a
    result: a failure is logged and the evaluations compute them as before."""
    try:
        con = workspace.connect()
        try:
            return derive(con)
        finally:
            con.close()
    except (OSError, duckdb.Error) as exc:
        log.warning("forløbene blev ikke gemt ved snapshottet: %s", exc)
        return False
