"""Recompute the materialised obligations of some citizens only (after a delta).

The rules see every contract table restricted to those citizens: the compiled rule set runs
in a separate in-memory DuckDB whose tables of the same names are views over the snapshot
(attached) filtered to the citizens, so the same SQL that evaluates everyone evaluates them.
Every rule works per citizen, so their obligations come out exactly as in a full run; the
delta-equals-full property test holds this to account.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl

from tilsyn.data.contract import TABLES
from tilsyn.rules.evaluate import RESULT_TABLE, RUNS_TABLE, _prepared
from tilsyn.rules.parameters import default_parameters
from tilsyn.rules.registry import load_rules, ruleset_version

PERSONS = "refresh_persons"


def refresh_obligations(snapshot: Path, person_ids: pl.DataFrame, snapshot_id: str) -> int:
    """Replace, in the snapshot file, the materialised obligations of ``person_ids`` (a frame
    with ``person_id``) for every reference date materialised with the current rule set, and
    stamp every result row with ``snapshot_id``. Returns the rows written."""
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH '{snapshot}' AS snap")
        found = con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE database_name = 'snap' "
            "AND table_name = $name",
            {"name": RUNS_TABLE},
        ).fetchall()[0][0]
        if not found:
            return 0
        version = ruleset_version(load_rules(), default_parameters())
        runs = con.execute(
            f"SELECT DISTINCT as_of FROM snap.{RUNS_TABLE} WHERE ruleset_version = $v",
            {"v": version},
        ).fetchall()
        ids = person_ids.select("person_id").to_arrow()  # noqa: F841
        con.execute(f"CREATE TABLE {PERSONS} AS SELECT DISTINCT person_id FROM ids")
        for table in TABLES:
            where = (
                f" WHERE person_id IN (SELECT person_id FROM {PERSONS})"
                if table.references_persons or table.name == "persons"
                else ""
            )
            con.execute(f'CREATE VIEW "{table.name}" AS SELECT * FROM snap."{table.name}"{where}')
        con.execute("CREATE VIEW _snapshot AS SELECT * FROM snap._snapshot")
        written = 0
        for (as_of,) in runs:
            with _prepared(con, as_of, None, None) as sql:
                con.execute("BEGIN TRANSACTION")
                con.execute(
                    f"DELETE FROM snap.{RESULT_TABLE} WHERE as_of = $as_of "
                    f"AND person_id IN (SELECT person_id FROM {PERSONS})",
                    {"as_of": as_of},
                )
                con.execute(
                    f"INSERT INTO snap.{RESULT_TABLE} SELECT *, $as_of, $sid, $version "
                    f"FROM ({sql})",
                    {"as_of": as_of, "sid": snapshot_id, "version": version},
                )
                con.execute(
                    f"UPDATE snap.{RUNS_TABLE} SET snapshot_id = $sid, rows = "
                    f"(SELECT count(*) FROM snap.{RESULT_TABLE} WHERE as_of = $as_of) "
                    "WHERE as_of = $as_of AND ruleset_version = $version",
                    {"as_of": as_of, "sid": snapshot_id, "version": version},
                )
                con.execute("COMMIT")
            written += con.execute(
                f"SELECT count(*) FROM snap.{RESULT_TABLE} WHERE as_of = $as_of "
                f"AND person_id IN (SELECT person_id FROM {PERSONS})",
                {"as_of": as_of},
            ).fetchall()[0][0]
        # Results of untouched citizens carry over; they now belong to the new snapshot.
        con.execute(f"UPDATE snap.{RESULT_TABLE} SET snapshot_id = $sid", {"sid": snapshot_id})
        # Stale results of an older rule set are not carried over.
        con.execute(f"DELETE FROM snap.{RESULT_TABLE} WHERE ruleset_version <> $v", {"v": version})
        con.execute(f"DELETE FROM snap.{RUNS_TABLE} WHERE ruleset_version <> $v", {"v": version})
        return written
    finally:
        con.close()
