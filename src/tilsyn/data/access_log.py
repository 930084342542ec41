"""The access log: every read of person-level data is recorded here (OS2mo's habit).

One SQLite file per workspace (``access-log.sqlite``), append-only. The application layer
(``tilsyn.app``) writes it whenever a function returns data that names citizens, so the command
line, the web app and the reports cannot forget it. Pseudonyms are logged, never CPR numbers.

``purpose`` (why the data was read: casework, supervision, audit, ...) was added after the first
release; a log file written before it gets the column on first use, its old rows NULL.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ACTOR_ENV = "TILSYN_USER"
FILE_NAME = "access-log.sqlite"

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
    workspace_root.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(workspace_root / FILE_NAME) as db:
        _ensure_schema(db)
        db.executemany(
            f"INSERT INTO access_log ({', '.join(_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(stamp, who, action, snapshot_id, pid, detail, purpose) for pid in ids],
        )
    return len(ids)


def _ensure_schema(db: sqlite3.Connection) -> None:
    db.execute(_DDL)
    present = {row[1] for row in db.execute("PRAGMA table_info(access_log)")}
    if "purpose" not in present:
        # A log from before the column: add it, keep every old row (their purpose is unknown).
        db.execute("ALTER TABLE access_log ADD COLUMN purpose TEXT")


def read_log(workspace_root: Path, *, person_id: str | None = None) -> list[AccessEntry]:
    path = workspace_root / FILE_NAME
    if not path.exists():
        return []
    with sqlite3.connect(path) as db:
        _ensure_schema(db)
        rows = db.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM access_log "
            "WHERE (? IS NULL OR person_id = ?) ORDER BY at, rowid",
            (person_id, person_id),
        ).fetchall()
    return [AccessEntry(*row) for row in rows]
