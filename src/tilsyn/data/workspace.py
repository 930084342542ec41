"""The workspace: immutable snapshots of case data and the pointer to the current one.

Layout::

    <workspace>/
      snapshots/<id>.duckdb             case data (pseudonymised); never written after import
      snapshots/<id>.results/           materialised results (see ``tilsyn.data.results``)
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
STALE_SECONDS = 3600
# DuckDB settings of every snapshot reader. The block allocator keeps the memory of the
# engine's buffers (up to a quarter of its memory limit) for reuse instead of giving it back
# to the operating system after each statement, so a run of large statements does not fault
# the same pages in again (all measures at 1,000,000 citizens: about 0.8 s less system time).
# The memory is touched only as it is used and is returned when the connection closes. Set
# after opening: as a connect option the share is read before the memory limit exists.
READER_SETTINGS = ("SET block_allocator_memory = '25%'",)


class NoSnapshotError(RuntimeError):
    pass


class WorkspaceBusy(RuntimeError):
    """Another import is writing to the workspace."""


class WorkspaceError(RuntimeError):
    """The workspace cannot be used as asked (read-only, damaged, the access log cannot be
    written); the message says so in Danish."""


class DamagedSnapshotError(NoSnapshotError, WorkspaceError):
    """A snapshot's file does not match what its import recorded."""


class OutdatedSnapshotError(NoSnapshotError, WorkspaceError):
    """A snapshot imported before the contract required a column or table it lacks; optional
    ones are filled in on open (``tilsyn.data.snapshot_schema``)."""


class ReadOnlyWorkspace(WorkspaceError):
    pass


@dataclass(frozen=True)
class SnapshotInfo:
    id: str
    created_at: str
    source: str
    counts: dict[str, int]
    date_range: tuple[str | None, str | None]
    is_current: bool
    damaged: str | None = None  # why the file cannot be trusted, in Danish


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
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fh = (self.root / "import.lock").open("w")
        except OSError as exc:
            raise ReadOnlyWorkspace(
                f"Arbejdsområdet {self.root} er skrivebeskyttet eller utilgængeligt "
                f"({exc.strerror}); intet er ændret."
            ) from None
        with fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise WorkspaceBusy(
                    f"En anden import skriver til {self.root} lige nu; "
                    "prøv igen, når den er færdig."
                ) from None
            try:
                self._remove_leftovers()
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _remove_leftovers(self) -> None:
        """Files a killed import left behind (only imports write them, and this one holds the
        lock). Results being written by readers live elsewhere and are left alone."""
        import shutil

        (self.root / "current.tmp").unlink(missing_ok=True)
        if not self.snapshots_dir.exists():
            return
        for path in self.snapshots_dir.iterdir():
            if path.name.endswith(".results") and path.is_dir():
                self._remove_stale_results(path)
            if not path.name.endswith(".partial"):
                continue
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)

    @staticmethod
    def _remove_stale_results(folder: Path) -> None:
        """Results files a killed reader left half-written. A reader may be writing one now,
        so only those untouched for an hour go."""
        import time

        for path in folder.glob(".*.partial"):
            try:
                if time.time() - path.stat().st_mtime > STALE_SECONDS:
                    path.unlink()
            except FileNotFoundError:
                pass

    def damage(self, snapshot_id: str, *, full: bool = True) -> str | None:
        """Why the snapshot cannot be trusted (Danish), or None."""
        from tilsyn.data.integrity import problem

        return problem(self.snapshot_path(snapshot_id), full=full)

    def use(self, snapshot_id: str) -> str:
        """Make an existing, undamaged snapshot current (an id or a unique prefix of one);
        returns its full id."""
        ids = (
            [
                p.stem
                for p in self.snapshots_dir.glob("*.duckdb")
                if not p.name.endswith(".identities.duckdb") and p.stem.startswith(snapshot_id)
            ]
            if snapshot_id and self.snapshots_dir.exists()
            else []
        )
        if len(ids) != 1:
            found = "findes ikke" if not ids else f"passer på {len(ids)} datasamlinger"
            raise NoSnapshotError(
                f"Datasamlingen '{snapshot_id}' {found} i {self.root}; se 'tilsyn status'."
            )
        sid = ids[0]
        reason = self.damage(sid)
        if reason is not None:
            raise DamagedSnapshotError(
                f"Datasamlingen {sid} er beskadiget ({reason}) og kan ikke tages i brug."
            )
        with self.writing():
            self.set_current(sid)
        return sid

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
        con = duckdb.connect(str(self.snapshot_path(sid)), read_only=read_only)
        try:
            _reader_settings(con)
            _in_todays_shape(con, sid)
        except BaseException:
            con.close()
            raise
        return con

    @contextmanager
    def open(
        self, snapshot_id: str | None = None, *, write_results: bool = False
    ) -> Iterator[OpenSnapshot]:
        """The one way to open a snapshot (the current one unless ``snapshot_id``), closed on
        exit. Every reader gets it read-only, so any number of processes read at once and an
        import never waits for them; results are kept in files beside the snapshot (see
        ``tilsyn.data.results``) whoever computes them, so ``write_results`` changes nothing
        and stays only for callers written before. Raises ``NoSnapshotError`` when there is no
        snapshot."""
        del write_results
        import duckdb

        sid = snapshot_id or self.require_current()
        if not self.snapshot_path(sid).exists():
            raise NoSnapshotError(f"Datasamlingen {sid} findes ikke i {self.root}.")
        read_only = True
        reason = self.damage(sid, full=False)
        if reason is None:
            try:
                con = duckdb.connect(str(self.snapshot_path(sid)), read_only=True)
            except duckdb.Error as exc:
                reason = f"filen kan ikke åbnes: {str(exc).splitlines()[0]}"
        if reason is not None:
            raise DamagedSnapshotError(
                f"Datasamlingen {sid} er beskadiget ({reason}). Gør en tidligere datasamling "
                "aktuel med 'tilsyn use ID' (se 'tilsyn status'), eller importér igen."
            )
        try:
            _reader_settings(con)
            _in_todays_shape(con, sid)
            yield OpenSnapshot(sid, con, read_only)
        finally:
            con.close()

    def list_snapshots(self, *, verify: bool = False) -> list[SnapshotInfo]:
        """Every snapshot, oldest first; a damaged one is listed with the reason rather than
        stopping the listing (``verify``: compare full checksums, not just sizes)."""
        import datetime as dt

        current = self.current_id()
        infos = []
        paths = sorted(self.snapshots_dir.glob("*.duckdb")) if self.snapshots_dir.exists() else []
        for path in paths:
            if path.name.endswith(".identities.duckdb"):
                continue
            sid = path.stem
            reason = self.damage(sid, full=verify)
            summary: tuple[str, str, dict[str, Any]] | None = None
            if reason is None:
                try:
                    summary = _summary(path)
                except Exception as exc:  # DuckDB raises several types for a damaged file
                    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                    reason = f"filen kan ikke læses: {first}"
            if summary is None:
                made = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
                infos.append(
                    SnapshotInfo(
                        sid, made.isoformat(sep=" "), "", {}, (None, None), sid == current, reason
                    )
                )
                continue
            created_at, source, meta = summary
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
        if current is not None and not self.snapshot_path(current).exists():
            # The pointer names a snapshot that is gone: show it, marked, rather than nothing.
            infos.append(SnapshotInfo(current, "", "", {}, (None, None), True, "filen mangler"))
        return sorted(infos, key=lambda i: i.created_at)


def _in_todays_shape(con: duckdb.DuckDBPyConnection, snapshot_id: str) -> None:
    """Read an older snapshot as today's contract: missing optional columns and tables are
    filled in for this connection only; a missing required one raises
    ``OutdatedSnapshotError``."""
    from tilsyn.data.snapshot_schema import adapt

    adapt(con, snapshot_id)


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


def _reader_settings(con: duckdb.DuckDBPyConnection) -> None:
    for statement in READER_SETTINGS:
        con.execute(statement)
