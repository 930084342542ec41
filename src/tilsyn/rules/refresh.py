"""Recompute the materialised obligations of some citizens only (after a delta).

Materialised obligations live beside a snapshot (``tilsyn.data.results``: one Parquet file per
rule-set version and reference date). For the new snapshot of a delta, each such file of the
previous snapshot is carried over with the touched citizens' rows replaced: the compiled rule
set runs in a separate in-memory DuckDB whose tables of the same names are views over the new
snapshot restricted to those citizens, so the same SQL that evaluates everyone evaluates them.
Every rule works per citizen, so their obligations come out exactly as in a full run; the
delta-equals-full property test holds this to account.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import polars as pl

from tilsyn.data.contract import TABLES
from tilsyn.data.results import publish, results_dir
from tilsyn.rules.evaluate import _bound, _results_name, _stamped, _statement
from tilsyn.rules.parameters import default_parameters
from tilsyn.rules.registry import load_rules, ruleset_version

PERSONS = "refresh_persons"


def refresh_obligations(snapshot: Path, person_ids: pl.DataFrame, snapshot_id: str) -> int:
    """Write the new snapshot's results files (``snapshot`` may still carry the ``.partial``
    suffix of a file being written): every results file of the previous snapshot (named in
    the new one's ``_snapshot`` meta) for the current rule set, with the rows of
    ``person_ids`` recomputed and every row stamped ``snapshot_id``. Returns the rows
    recomputed."""
    final = snapshot.with_name(snapshot.name.removesuffix(".partial"))
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH '{str(snapshot).replace(chr(39), chr(39) * 2)}' AS snap (READ_ONLY)")
        meta = json.loads(con.execute("SELECT meta FROM snap._snapshot").fetchall()[0][0])
        previous = meta.get("delta", {}).get("previous")
        if not previous:
            return 0
        version = ruleset_version(load_rules(), default_parameters())
        prefix = _results_name(version, dt.date(2000, 1, 1)).rsplit("-", 3)[0]
        carried = sorted(results_dir(snapshot.parent / f"{previous}.duckdb").glob(f"{prefix}-*"))
        if not carried:
            return 0
        ids = person_ids.select("person_id").to_arrow()  # noqa: F841
        con.execute(f"CREATE TABLE {PERSONS} AS SELECT DISTINCT person_id FROM ids")
        for table in TABLES:
            where = (
                f" WHERE person_id IN (SELECT person_id FROM {PERSONS})"
                if table.references_persons or table.name == "persons"
                else ""
            )
            # A view has no rowid of its own, and the rules read the stored one.
            con.execute(
                f'CREATE VIEW "{table.name}" AS SELECT *, rowid FROM snap."{table.name}"{where}'
            )
        con.execute("CREATE VIEW _snapshot AS SELECT * FROM snap._snapshot")
        written = 0
        for old in carried:
            as_of = dt.date.fromisoformat(old.stem.removeprefix(f"{prefix}-"))
            sql = _statement(con, as_of, None, None)
            path = str(old).replace("'", "''")
            select = (
                f"SELECT * REPLACE ($sid AS snapshot_id) FROM read_parquet('{path}') "
                f"WHERE person_id NOT IN (SELECT person_id FROM {PERSONS}) "
                f"UNION ALL {_stamped(sql)}"
            )
            args = {**_bound(sql, as_of, None), "as_of": as_of, "sid": snapshot_id}
            publish(con, results_dir(final) / old.name, select, {**args, "version": version})
            written += con.execute(
                f"SELECT count(*) FROM read_parquet('{results_dir(final) / old.name}') "
                f"WHERE person_id IN (SELECT person_id FROM {PERSONS})"
            ).fetchall()[0][0]
        return written
    finally:
        con.close()
