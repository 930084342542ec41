"""The workspace: immutable snapshots of case data and the pointer to the current one.

Layout::

    <workspace>/
      snapshots/<id>.duckdb             case data (pseudonymised) + materialised results
      snapshots/<id>.identities.duckdb  CPR ↔ pseudonym, for authorised roles only
      current                           the id of the current snapshot (replaced atomically)
      demo-secret.key                   demo mode only
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import duckdb

HOME_ENV = "TILSYN_HOME"


class NoSnapshotError(RuntimeError):
    pass


class WorkspaceBusy(RuntimeError):
    """Another import is writing to the workspace."""


@dataclass(frozen=True)
class SnapshotInfo:
    id: str
    created_at: str
    source: str
    counts: dict[str, int]
    date_range: tuple[str | None, str | None]
    is_current: bool


@dataclass(frozen=True)
class OpenSnapshot:
    """A snapshot opened for one piece of work: its id (read once, so the access log names the
    snapshot actually read even if an import switches the pointer meanwhile) and connection."""

    id: str
    con: duckdb.DuckDBPyConnection
    read_only: bool


@dataclass(frozen=True)
class Workspace:
    root: Path

    @classmethod
    def resolve(cls, path: Path | None = None) -> Workspace:
        if path is not None:
            return cls(path)
        env = os.environ.get(HOME_ENV)
        return cls(Path(env) if env else Path(".tilsyn"))

    @property
    def snapshots_dir(self) -> Path:
        return self.root / "snapshots"

    def snapshot_path(self, snapshot_id: str) -> Path:
        return self.snapshots_dir / f"{snapshot_id}.duckdb"

    def identities_path(self, snapshot_id: str) -> Path:
        return self.snapshots_dir / f"{snapshot_id}.identities.duckdb"

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the workspace's write lock: one import at a time, since two imports of the same
        content would write the same snapshot file. Readers never take it."""
        self.root.mkdir(parents=True, exist_ok=True)
        with (self.root / "import.lock").open("w") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise WorkspaceBusy(
                    f"En anden import skriver til {self.root} lige nu; "
                    "prøv igen, når den er færdig."
                ) from None
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def current_id(self) -> str | None:
        pointer = self.root / "current"
        if not pointer.exists():
            return None
        value = pointer.read_text().strip()
        return value or None

    def set_current(self, snapshot_id: str) -> None:
        """Switch the pointer atomically: readers see the old or the new id, never half."""
        tmp = self.root / "current.tmp"
        with tmp.open("w") as fh:
            fh.write(snapshot_id)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.root / "current")

    def require_current(self) -> str:
        sid = self.current_id()
        if sid is None or not self.snapshot_path(sid).exists():
            raise NoSnapshotError(
                f"Der er ingen aktuel datasamling i {self.root}. Kør 'tilsyn import MAPPE' først."
            )
        return sid

    def connect(
        self, snapshot_id: str | None = None, *, read_only: bool = True
    ) -> duckdb.DuckDBPyConnection:
        import duckdb  # on use: the command line's start must not pay for the engine

        sid = snapshot_id or self.require_current()
        return duckdb.connect(str(self.snapshot_path(sid)), read_only=read_only)

    @contextmanager
    def open(
        self, snapshot_id: str | None = None, *, write_results: bool = False
    ) -> Iterator[OpenSnapshot]:
        """The one way to open a snapshot (the current one unless ``snapshot_id``), closed on
        exit. Readers get it read-only. ``write_results`` opens it writable so that evaluated
        results are kept in the file for the next reader; when another process has it open the
        connection falls back to read-only and results live for this connection only.
        Raises ``NoSnapshotError`` when there is no snapshot."""
        import duckdb

        sid = snapshot_id or self.require_current()
        if not self.snapshot_path(sid).exists():
            raise NoSnapshotError(f"Datasamlingen {sid} findes ikke i {self.root}.")
        con: duckdb.DuckDBPyConnection | None = None
        if write_results:
            try:
                con = duckdb.connect(str(self.snapshot_path(sid)), read_only=False)
            except duckdb.IOException:
                con = None
        read_only = con is None
        if con is None:
            con = duckdb.connect(str(self.snapshot_path(sid)), read_only=True)
        try:
            yield OpenSnapshot(sid, con, read_only)
        finally:
            con.close()

    def list_snapshots(self) -> list[SnapshotInfo]:
        current = self.current_id()
        infos = []
        if not self.snapshots_dir.exists():
            return []
        for path in sorted(self.snapshots_dir.glob("*.duckdb")):
            if path.name.endswith(".identities.duckdb"):
                continue
            sid = path.stem
            created_at, source, meta = _summary(path)
            infos.append(
                SnapshotInfo(
                    sid,
                    created_at,
                    source,
                    meta["counts"],
                    (meta["date_range"][0], meta["date_range"][1]),
                    sid == current,
                )
            )
        return sorted(infos, key=lambda i: i.created_at)


def summary_path(snapshot_path: Path) -> Path:
    """``<id>.summary.json`` beside ``<id>.duckdb``: the snapshot's ``_snapshot`` row as JSON."""
    return snapshot_path.with_name(snapshot_path.stem + ".summary.json")


def _summary(path: Path) -> tuple[str, str, dict[str, Any]]:
    """(created_at, source, meta) of the snapshot at ``path``: from its JSON summary when
    there is a readable one (listing then starts no DuckDB), else from the snapshot itself."""
    try:
        data = json.loads(summary_path(path).read_text(encoding="utf-8"))
        return str(data["created_at"]), str(data["source"]), dict(data["meta"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        row = con.execute("SELECT created_at, source, meta FROM _snapshot").fetchall()[0]
    finally:
        con.close()
    return str(row[0]), str(row[1]), dict(json.loads(row[2]))
