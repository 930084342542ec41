"""Change the pseudonymisation key on purpose (``tilsyn rekey``).

Every snapshot holding CPR numbers is rewritten with the new key's pseudonyms (from its
identities file), the access log's pseudonyms are translated, the current pointer follows
and the workspace's key fingerprint changes. Only then are the old snapshot files removed:
pseudonyms under a retired (perhaps leaked) key should not stay on disk. A crash before the
end leaves the old key valid, and running the command again completes the work.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb
import polars as pl

from tilsyn.data import access_log, integrity, keys, private, pseudonym, results, snapshot
from tilsyn.data.workspace import Workspace, summary_path


@dataclass(frozen=True)
class RekeyResult:
    snapshots: dict[str, str]  # old id → new id
    citizens: int
    access_log_rows: int


def _identities(path: Path) -> pl.DataFrame:
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute("SELECT person_id, cpr FROM identities").fetchall()
    finally:
        con.close()
    return pl.DataFrame(rows, schema={"person_id": pl.Utf8, "cpr": pl.Utf8}, orient="row")


def _rewrite(source: Path, target: Path, new_id: str, mapping: pl.DataFrame) -> None:
    """Copy snapshot ``source`` to ``target`` with every person_id translated."""
    with private.private_workdir(target) as work:
        tmp = work / target.name
        shutil.copyfile(source, tmp)
        con = duckdb.connect(str(tmp))
        try:
            arrow = mapping.to_arrow()  # noqa: F841
            con.execute("CREATE TEMP TABLE key_map AS SELECT * FROM arrow")
            tables = con.execute(
                "SELECT table_name FROM information_schema.columns "
                "WHERE column_name = 'person_id' AND table_schema = 'main'"
            ).fetchall()
            for (table,) in tables:
                if table.startswith("result_"):
                    con.execute(f'DROP TABLE "{table}"')
                    continue
                con.execute(
                    f'UPDATE "{table}" SET person_id = m.new FROM key_map m '
                    f'WHERE "{table}".person_id = m.old'
                )
            con.execute("DROP TABLE IF EXISTS result_obligations_runs")
            con.execute("UPDATE _snapshot SET id = ?", [new_id])
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.chmod(tmp, 0o644)
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        integrity.record(target, tmp)
        os.replace(tmp, target)


def _translate_access_log(root: Path, people: pl.DataFrame, ids: dict[str, str]) -> int:
    path = root / access_log.FILE_NAME
    if not path.exists():
        return 0
    with access_log.rewriting(path) as db:
        db.execute("CREATE TEMP TABLE key_map (old TEXT PRIMARY KEY, new TEXT)")
        db.executemany("INSERT OR IGNORE INTO key_map VALUES (?, ?)", people.iter_rows())
        db.execute("CREATE TEMP TABLE id_map (old TEXT PRIMARY KEY, new TEXT)")
        db.executemany("INSERT INTO id_map VALUES (?, ?)", ids.items())
        changed = db.execute(
            "UPDATE access_log SET person_id = (SELECT new FROM key_map WHERE old = person_id) "
            "WHERE person_id IN (SELECT old FROM key_map)"
        ).rowcount
        db.execute(
            "UPDATE access_log SET snapshot_id = (SELECT new FROM id_map WHERE old = snapshot_id) "
            "WHERE snapshot_id IN (SELECT old FROM id_map)"
        )
    return int(changed)


def rekey(workspace: Workspace, old_key: bytes, new_key: bytes) -> RekeyResult:
    """Re-pseudonymise the whole workspace from ``old_key`` to ``new_key``."""
    if keys.fingerprint(old_key) == keys.fingerprint(new_key):
        raise keys.WrongKeyError("Den nye nøgle er den samme som den gamle; intet er ændret.")
    with workspace.writing():
        files = sorted(workspace.snapshots_dir.glob("*.identities.duckdb"))
        try:
            keys.check(workspace.root, old_key, files)
        except keys.WrongKeyError:
            raise keys.WrongKeyError(
                f"Den gamle nøgle er ikke den, borgerne i {workspace.root} er pseudonymiseret "
                "med; intet er ændret."
            ) from None
        ids: dict[str, str] = {}
        maps = []
        for identities in files:
            sid = identities.name.removesuffix(".identities.duckdb")
            people = _identities(identities)
            if not all(pseudonym.pseudonym(c, old_key) == p for p, c in people.head(3).iter_rows()):
                continue  # made with another key before fingerprints: leave it alone
            new_pseudonyms = [pseudonym.pseudonym(c, new_key) for c in people.get_column("cpr")]
            mapping = pl.DataFrame({"old": people.get_column("person_id"), "new": new_pseudonyms})
            new_sid = hashlib.sha256(
                f"rekey|{sid}|{keys.fingerprint(new_key)}".encode()
            ).hexdigest()[:16]
            snapshot.write_identities(
                workspace.identities_path(new_sid),
                pl.DataFrame({"person_id": new_pseudonyms, "cpr": people.get_column("cpr")}),
            )
            _rewrite(
                workspace.snapshot_path(sid), workspace.snapshot_path(new_sid), new_sid, mapping
            )
            ids[sid] = new_sid
            maps.append(mapping)
        people_map = (
            pl.concat(maps).unique("old")
            if maps
            else pl.DataFrame({"old": [], "new": []}, schema={"old": pl.Utf8, "new": pl.Utf8})
        )
        changed = _translate_access_log(workspace.root, people_map, ids)
        current = workspace.current_id()
        if current in ids:
            workspace.set_current(ids[current])
        keys.store(workspace.root, new_key)
        for old in ids:
            workspace.snapshot_path(old).unlink(missing_ok=True)
            workspace.identities_path(old).unlink(missing_ok=True)
            integrity.checksum_path(workspace.snapshot_path(old)).unlink(missing_ok=True)
            summary_path(workspace.snapshot_path(old)).unlink(missing_ok=True)
            shutil.rmtree(results.results_dir(workspace.snapshot_path(old)), ignore_errors=True)
    return RekeyResult(ids, people_map.height, changed)
