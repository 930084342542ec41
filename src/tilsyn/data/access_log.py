"""The access log: every read of person-level data is recorded here (OS2mo's habit).

One SQLite file per workspace (``access-log.sqlite``), append-only. The application layer
(``tilsyn.app``) writes it whenever a function returns data that names citizens, so the command
line, the web app and the reports cannot forget it. Pseudonyms are logged, never CPR numbers.

``purpose`` (why the data was read: casework, supervision, audit, ...) was added after the first
release; a log file written before it gets the column on first use, its old rows NULL.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import getpass
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tilsyn.data.private import ensure_private_file
from tilsyn.data.workspace import WorkspaceError

ACTOR_ENV = "TILSYN_USER"
FILE_NAME = "access-log.sqlite"
BUSY_SECONDS = 120

_DDL = """
CREATE TABLE IF NOT EXISTS access_log (
    at TEXT NOT NULL,            -- UTC, ISO 8601
    actor TEXT NOT NULL,
    action TEXT NOT NULL,        -- e.g. 'explain', 'worklist'
    snapshot_id TEXT,
    person_id TEXT NOT NULL,
    detail TEXT,
    purpose TEXT
)
"""
_COLUMNS = ("at", "actor", "action", "snapshot_id", "person_id", "detail", "purpose")


class AccessLogUnavailable(WorkspaceError):
    """The access log cannot be written, so person data must not be shown."""


@dataclass(frozen=True)
class AccessEntry:
    at: str
    actor: str
    action: str
    snapshot_id: str | None
    person_id: str
    detail: str | None
    purpose: str | None = None


def current_actor() -> str:
    """Who is reading: ``TILSYN_USER`` (set by the web app per request), else the OS user."""
    return os.environ.get(ACTOR_ENV) or getpass.getuser()


def log_access(
    workspace_root: Path,
    *,
    action: str,
    person_ids: Iterable[str],
    snapshot_id: str | None,
    detail: str | None = None,
    actor: str | None = None,
    at: dt.datetime | None = None,
    purpose: str | None = None,
) -> int:
    """Record that ``actor`` read these citizens' data; returns the number of entries."""
    ids = sorted({str(p) for p in person_ids if p})
    if not ids:
        return 0
    stamp = (at or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
    who = actor or current_actor()
    path = workspace_root / FILE_NAME
    try:
        workspace_root.mkdir(parents=True, exist_ok=True)
        # SQLite gives its journal the database file's mode: a private file keeps both private.
        ensure_private_file(path)
        # Many readers (CLI processes, web workers) log at once: wait for the others' short
        # writes rather than fail with "database is locked" after SQLite's 5 seconds.
        rows = [(stamp, who, action, snapshot_id, pid, detail, purpose) for pid in ids]
        db = _writer(path)
        with _turn(workspace_root):
            try:
                with db:
                    db.executemany(_INSERT, rows)
            except sqlite3.OperationalError as exc:
                # A log from before a column: bring its schema up to date and write again.
                if "no such" not in str(exc):
                    raise
                _prepare_for_writing(db)
                with db:
                    db.executemany(_INSERT, rows)
    except (OSError, sqlite3.Error) as exc:
        # Person data that cannot be logged is not shown.
        raise AccessLogUnavailable(
            f"Adgangsloggen {path} kan ikke skrives ({exc}); borgerdata vises ikke, når "
            "opslaget ikke kan logges. Kontrollér rettighederne til arbejdsområdet."
        ) from None
    return len(ids)


_INSERT = f"INSERT INTO access_log ({', '.join(_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?)"
_writers = threading.local()
_thread_turn = threading.Lock()


def _fresh_turn_after_fork() -> None:
    global _thread_turn
    _thread_turn = threading.Lock()  # another thread may have held it at fork()


os.register_at_fork(after_in_child=_fresh_turn_after_fork)
_lock_files: dict[tuple[int, Path], int] = {}
LOCK_NAME = "access-log.lock"


@contextmanager
def _turn(root: Path) -> Iterator[None]:
    """Writers take turns in a queue: threads on a lock, processes on ``flock`` of a lock
    file beside the log. SQLite's own busy handler sleeps 1 to 100 ms between attempts, so
    under a web server's load a writer could wait a second behind others that kept arriving;
    a queue wakes the next writer as soon as the lock is free. The lock file is a separate
    file kept open for the life of the process, so it never touches SQLite's own locks; a
    forked child opens its own (a descriptor inherited from the parent shares its lock)."""
    with _thread_turn:
        key = (os.getpid(), root)
        fd = _lock_files.get(key)
        if fd is None:
            path = root / LOCK_NAME
            ensure_private_file(path)
            fd = _lock_files[key] = os.open(path, os.O_RDWR)
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)


def _writer(path: Path) -> sqlite3.Connection:
    """This thread's open connection to the log file at ``path``, in write-ahead mode.

    The connection stays open between entries: closing the last connection to a file in
    write-ahead mode checkpoints it, and opening, preparing, committing and closing on each
    web request cost about 40 ms, with the server's processes queueing behind one another.
    A commit is then one append to the ``-wal`` file (``synchronous`` keeps its default,
    FULL, so a committed entry survives a power cut). If the file was replaced (a restore,
    a new log) its inode differs, and the thread opens the new file; a forked child opens
    its own."""
    key = (path, os.stat(path).st_ino, os.getpid())
    cached: tuple[tuple[Path, int, int], sqlite3.Connection] | None = getattr(_writers, "db", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    if cached is not None and cached[0][2] == key[2]:
        cached[1].close()
    # A connection inherited through fork() (a web server's workers) is left alone: using
    # or closing it in the child would disturb the parent's locks.
    _writers.db = None
    db = sqlite3.connect(path, timeout=BUSY_SECONDS)
    _prepare_for_writing(db)
    _writers.db = (key, db)
    return db


def _prepare_for_writing(db: sqlite3.Connection) -> None:
    """Write-ahead mode (a property of the file, so set once) and the current schema. The
    ``-wal`` and ``-shm`` files get the log's own private mode from SQLite."""
    db.execute("PRAGMA journal_mode=WAL")
    with db:
        _ensure_schema(db)


# Auditors ask by citizen, by user, by action and by period: each filter has an index, so a
# question stays fast on a log of millions of rows (see benchmarks/bench_access_log.py).
_INDEXES = (
    "CREATE INDEX IF NOT EXISTS access_log_person ON access_log (person_id, at)",
    "CREATE INDEX IF NOT EXISTS access_log_actor ON access_log (actor, at)",
    "CREATE INDEX IF NOT EXISTS access_log_action ON access_log (action, at)",
    "CREATE INDEX IF NOT EXISTS access_log_at ON access_log (at)",
)


# Append-only in the file itself, not only in this module: a program that opens the log with
# SQLite cannot change or remove an entry without first dropping a trigger, a visible act.
# Re-pseudonymising (``tilsyn rekey``) is the one sanctioned rewrite (see ``rewriting``).
_GUARDS = {
    "access_log_no_update": "BEFORE UPDATE ON access_log",
    "access_log_no_delete": "BEFORE DELETE ON access_log",
}
_REFUSAL = "adgangsloggen kan kun tilføjes til; poster kan ikke ændres eller slettes"


def _ensure_guards(db: sqlite3.Connection) -> None:
    for name, when in _GUARDS.items():
        db.execute(
            f"CREATE TRIGGER IF NOT EXISTS {name} {when} "
            f"BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END"
        )


@contextmanager
def rewriting(path: Path) -> Iterator[sqlite3.Connection]:
    """One transaction in which the log's entries may be rewritten (re-pseudonymising with a
    new key); the guards are back when it commits, and untouched if it fails."""
    db = sqlite3.connect(path, timeout=BUSY_SECONDS)
    try:
        with db:
            _ensure_schema(db)
            for name in _GUARDS:
                db.execute(f"DROP TRIGGER {name}")
            yield db
            _ensure_guards(db)
    finally:
        db.close()


def _ensure_schema(db: sqlite3.Connection) -> None:
    db.execute(_DDL)
    present = {row[1] for row in db.execute("PRAGMA table_info(access_log)")}
    if "purpose" not in present:
        # A log from before the column: add it, keep every old row (their purpose is unknown).
        db.execute("ALTER TABLE access_log ADD COLUMN purpose TEXT")
    for ddl in _INDEXES:
        db.execute(ddl)
    _ensure_guards(db)


@dataclass(frozen=True)
class LogFilter:
    """Which entries to read; every field narrows (None: any)."""

    person_id: str | None = None
    actor: str | None = None
    action: str | None = None
    since: dt.date | None = None  # first UTC day included
    until: dt.date | None = None  # last UTC day included

    def where(self) -> tuple[str, list[str]]:
        terms: list[str] = []
        args: list[str] = []
        for column, value in (
            ("person_id", self.person_id),
            ("actor", self.actor),
            ("action", self.action),
        ):
            if value is not None:
                terms.append(f"{column} = ?")
                args.append(value)
        if self.since is not None:
            terms.append("at >= ?")
            args.append(self.since.isoformat())
        if self.until is not None:
            terms.append("at < ?")
            args.append((self.until + dt.timedelta(days=1)).isoformat())
        return (" WHERE " + " AND ".join(terms)) if terms else "", args


def count_log(workspace_root: Path, where: LogFilter | None = None) -> int:
    path = workspace_root / FILE_NAME
    if not path.exists():
        return 0
    sql, args = (where or LogFilter()).where()
    with _reading(path) as db:
        return int(db.execute(f"SELECT count(*) FROM access_log{sql}", args).fetchall()[0][0])


@contextmanager
def _reading(path: Path) -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(path, timeout=BUSY_SECONDS)
    try:
        try:
            _ensure_schema(db)
            db.commit()
        except sqlite3.OperationalError:
            pass  # a read-only log (an auditor's copy) is read as it is
        yield db
    finally:
        db.close()


def read_log(
    workspace_root: Path,
    *,
    person_id: str | None = None,
    where: LogFilter | None = None,
    limit: int | None = None,
) -> list[AccessEntry]:
    """Entries matching ``where`` (or of one citizen), oldest first; with ``limit`` only the
    latest ``limit`` of them."""
    path = workspace_root / FILE_NAME
    if not path.exists():
        return []
    query = where or LogFilter(person_id=person_id)
    sql, args = query.where()
    select = f"SELECT rowid AS r, {', '.join(_COLUMNS)} FROM access_log{sql}"
    if limit is not None:
        select += f" ORDER BY at DESC, rowid DESC LIMIT {int(limit)}"
    with _reading(path) as db:
        rows = db.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM ({select}) ORDER BY at, r", args
        ).fetchall()
    return [AccessEntry(*row) for row in rows]
