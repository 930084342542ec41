"""Apply a day's delta as a new snapshot (copy-on-write) and recompute only the citizens it
touches.

A delta folder has the layout of a case-data folder, with one rule of its own: it lists every
citizen it touches in ``persons`` (their current row), and for each table it delivers, all of
those citizens' current rows in that table. A table it does not deliver is unchanged for
everyone. So a citizen's rows in a delivered table are replaced as a whole (an empty set
removes them); ``caseworkers`` rows are replaced by ``caseworker_id``.

The previous snapshot is copied, the copy is changed and renamed into place, and the current
pointer switches only then: the previous snapshot is never touched, and a failed delta
changes nothing. Before the rename, ``refresh`` (given by the application layer: the rules'
recomputation of materialised obligations) runs on the new file for the touched citizens (and
for citizens whose caseworker row changed).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import polars as pl

from tilsyn.data import pseudonym
from tilsyn.data.contract import TABLES_BY_NAME
from tilsyn.data.importer import (
    ImportFailed,
    _pseudonym_mapping,
    _read_all,
    _replace_ids,
    snapshot_id_for,
)
from tilsyn.data.readers import RawTable
from tilsyn.data.results import results_dir
from tilsyn.data.snapshot_schema import upgrade
from tilsyn.data.validate import Problem, ProblemLog, to_typed, validate
from tilsyn.data.workspace import Workspace

TOUCHED = "_delta_touched"

Refresh = Callable[[Path, pl.DataFrame, str], int]
"""(new snapshot file, touched person ids, new snapshot id) → rows recomputed."""


@dataclass(frozen=True)
class DeltaResult:
    snapshot_id: str
    previous_id: str
    created: bool
    tables: tuple[str, ...]
    """The tables the delta delivered."""
    persons: int
    """Citizens whose obligations were recomputed."""
    seconds: float


def _empty(name: str) -> RawTable:
    table = TABLES_BY_NAME[name]
    frame = pl.DataFrame(
        {c.name: [] for c in table.columns}, schema={c.name: pl.Utf8 for c in table.columns}
    ).with_columns(pl.Series("__row", [], dtype=pl.Int64))
    return RawTable(name, f"{name}.csv", frame, "")


def _validated(folder: Path) -> tuple[dict[str, pl.DataFrame], tuple[str, ...], int, str]:
    log = ProblemLog()
    if not folder.is_dir():
        log.add(Problem("manglende mappe", str(folder), 0, "*", "", "en mappe med en delta"))
        raise ImportFailed(log)
    raws, unreadable, _notices = _read_all(folder, log)
    delivered = tuple(sorted(raws))
    if "persons" not in raws and "persons" not in unreadable:
        log.add(
            Problem(
                "manglende tabel",
                f"{folder.name}/persons",
                0,
                "*",
                "",
                "filen persons med hver borger, deltaen ændrer",
            )
        )
        raise ImportFailed(log)
    # A delta need not deliver the other required tables: absent means unchanged.
    checked = dict(raws)
    for name in ("benefit_periods", "conversations"):
        checked.setdefault(name, _empty(name))
    result = validate(checked, folder.name, unreadable)
    log.extend(result.log.all_problems)
    if log:
        raise ImportFailed(log)
    digest = snapshot_id_for(raws, None)
    return (
        {n: f for n, f in result.frames.items() if n in delivered},
        delivered,
        result.cpr_count,
        digest,
    )


def import_delta(folder: Path, workspace: Workspace, refresh: Refresh | None = None) -> DeltaResult:
    """Validate the delta in ``folder``, write the new snapshot and make it current, or raise
    ``ImportFailed`` (nothing changed). ``refresh`` recomputes results in the new file."""
    started = time.perf_counter()
    frames, delivered, cpr_count, digest = _validated(folder)
    key: bytes | None = None
    if cpr_count:
        try:
            key = pseudonym.key_from_env()
        except pseudonym.MissingKeyError as exc:
            raise ImportFailed(ProblemLog(), f"{exc}; intet er importeret.") from None
        if key is None:
            raise ImportFailed(
                ProblemLog(),
                f"Deltaen indeholder {cpr_count} CPR-numre, men {pseudonym.KEY_ENV} er ikke sat; "
                "intet er importeret.",
            )
    with workspace.writing():
        previous = workspace.require_current()
        h = hashlib.sha256(f"delta|{previous}|{digest}".encode())
        if key is not None:
            h.update(hashlib.sha256(b"tilsyn-key-fingerprint" + key).digest())
        sid = h.hexdigest()[:16]
        path = workspace.snapshot_path(sid)
        created = not path.exists()
        touched = 0
        if created:
            mapping = _pseudonym_mapping(frames["persons"], key) if key is not None else None
            lookup = mapping.select("__old", "__new") if mapping is not None else None
            typed = {}
            for name, frame in frames.items():
                t = to_typed(TABLES_BY_NAME[name], frame)
                typed[name] = t if lookup is None else _replace_ids(t, lookup)
            touched = _write(
                workspace, previous, sid, typed, mapping, str(folder.resolve()), refresh
            )
        workspace.set_current(sid)
    return DeltaResult(sid, previous, created, delivered, touched, time.perf_counter() - started)


def _write(
    workspace: Workspace,
    previous: str,
    sid: str,
    typed: dict[str, pl.DataFrame],
    mapping: pl.DataFrame | None,
    source: str,
    refresh: Refresh | None,
) -> int:
    base = workspace.snapshot_path(previous)
    path = workspace.snapshot_path(sid)
    tmp = path.with_name(path.name + ".partial")
    ids_tmp = workspace.identities_path(sid).with_name(
        workspace.identities_path(sid).name + ".partial"
    )
    try:
        shutil.copyfile(base, tmp)
        _identities(workspace, previous, ids_tmp, mapping)
        con = duckdb.connect(str(tmp))
        try:
            upgrade(con, previous)  # a snapshot imported before today's optional columns
            touched = _apply(con, typed)
            _stamp(con, sid, previous, source, sorted(typed))
            count = con.execute(f"SELECT count(*) FROM {TOUCHED}").fetchall()[0][0]
            con.execute("CHECKPOINT")
        finally:
            con.close()
        if refresh is not None:
            refresh(tmp, touched, sid)
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        if ids_tmp.exists():
            os.replace(ids_tmp, workspace.identities_path(sid))
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        ids_tmp.unlink(missing_ok=True)
        shutil.rmtree(results_dir(path), ignore_errors=True)
        raise
    return int(count)


def _identities(
    workspace: Workspace, previous: str, target: Path, mapping: pl.DataFrame | None
) -> None:
    """The new snapshot's pseudonym → CPR table: the previous one plus the delta's."""
    old = workspace.identities_path(previous)
    if mapping is None or mapping.is_empty():
        if old.exists():
            shutil.copyfile(old, target)
        return
    if old.exists():
        shutil.copyfile(old, target)
    con = duckdb.connect(str(target))
    try:
        con.execute(
            "CREATE TABLE IF NOT EXISTS identities (person_id VARCHAR PRIMARY KEY, cpr VARCHAR)"
        )
        rows = mapping.select(pl.col("__new").alias("person_id"), "cpr").to_arrow()  # noqa: F841
        con.execute(
            "INSERT INTO identities SELECT person_id, cpr FROM rows "
            "WHERE person_id NOT IN (SELECT person_id FROM identities)"
        )
    finally:
        con.close()


def _apply(con: duckdb.DuckDBPyConnection, typed: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """Replace the touched citizens' rows table by table; returns the touched person ids
    (the delta's citizens and those whose caseworker row changed)."""
    delta_persons = typed["persons"].select("person_id").unique().to_arrow()  # noqa: F841
    con.execute(f"CREATE TEMP TABLE {TOUCHED} AS SELECT person_id FROM delta_persons")
    for name, frame in typed.items():
        arrow = frame.to_arrow()  # noqa: F841
        if name == "caseworkers":
            con.execute(
                "INSERT INTO temp." + TOUCHED + " SELECT person_id FROM main.persons "
                "WHERE caseworker_id IN (SELECT caseworker_id FROM arrow)"
            )
            con.execute(
                "DELETE FROM main.caseworkers "
                "WHERE caseworker_id IN (SELECT caseworker_id FROM arrow)"
            )
        else:
            con.execute(
                f'DELETE FROM main."{name}" '
                f"WHERE person_id IN (SELECT person_id FROM temp.{TOUCHED})"
            )
        con.execute(f'INSERT INTO main."{name}" SELECT * FROM arrow')
    return pl.from_arrow(con.sql(f"SELECT DISTINCT person_id FROM temp.{TOUCHED}").to_arrow_table())  # type: ignore[return-value]


def _stamp(
    con: duckdb.DuckDBPyConnection, sid: str, previous: str, source: str, tables: list[str]
) -> None:
    meta = json.loads(con.execute("SELECT meta FROM _snapshot").fetchall()[0][0])
    meta["counts"] = {
        name: con.execute(f'SELECT count(*) FROM main."{name}"').fetchall()[0][0]
        for name in TABLES_BY_NAME
    }
    meta["delta"] = {"previous": previous, "tables": tables}
    low, high = con.execute(
        "SELECT min(d), max(d) FROM (SELECT start_date AS d FROM benefit_periods "
        "UNION ALL SELECT end_date FROM benefit_periods UNION ALL SELECT date FROM conversations)"
    ).fetchall()[0]
    meta["date_range"] = [None if low is None else str(low), None if high is None else str(high)]
    con.execute(
        "UPDATE _snapshot SET id = ?, created_at = ?, source = ?, meta = ?",
        [sid, dt.datetime.now(dt.UTC).replace(tzinfo=None), source, json.dumps(meta)],
    )
