"""The access log: every read of person-level data is recorded here (OS2mo's habit).

One SQLite file per workspace (``access-log.sqlite``), append-only. The web app will write
through the same function; the CLI writes whenever a command prints or exports results that
name citizens. Pseudonyms are logged, never CPR numbers.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tilsyn.data.private import ensure_private_file

ACTOR_ENV = "TILSYN_USER"
FILE_NAME = "access-log.sqlite"

_DDL = """
CREATE TABLE IF NOT EXISTS access_log (
    at TEXT NOT NULL,            -- UTC, ISO 8601
    actor TEXT NOT NULL,
    action TEXT NOT NULL,        -- e.g. 'explain', 'worklist'
    snapshot_id TEXT,
    person_id TEXT NOT NULL,
    detail TEXT
)
"""


@dataclass(frozen=True)
class AccessEntry:
    at: str
    actor: str
    action: str
    snapshot_id: str | None
    person_id: str
    detail: str | None


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
) -> int:
    """Record that ``actor`` read these citizens' data; returns the number of entries."""
    ids = sorted({str(p) for p in person_ids if p})
    if not ids:
        return 0
    stamp = (at or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
    who = actor or current_actor()
    workspace_root.mkdir(parents=True, exist_ok=True)
    path = workspace_root / FILE_NAME
    # SQLite gives its journal the database file's mode, so a private file keeps both private.
    ensure_private_file(path)
    with sqlite3.connect(path) as db:
        db.execute(_DDL)
        db.executemany(
            "INSERT INTO access_log VALUES (?, ?, ?, ?, ?, ?)",
            [(stamp, who, action, snapshot_id, pid, detail) for pid in ids],
        )
    return len(ids)


def read_log(workspace_root: Path, *, person_id: str | None = None) -> list[AccessEntry]:
    path = workspace_root / FILE_NAME
    if not path.exists():
        return []
    with sqlite3.connect(path) as db:
        db.execute(_DDL)
        rows = db.execute(
            "SELECT at, actor, action, snapshot_id, person_id, detail FROM access_log "
            "WHERE (? IS NULL OR person_id = ?) ORDER BY at, rowid",
            (person_id, person_id),
        ).fetchall()
    return [AccessEntry(*row) for row in rows]
