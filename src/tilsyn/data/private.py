"""Files that only their owner may read: CPR numbers (identities, exports holding CPR) and
the access log. They are created with mode 0600 whatever the process's umask, and made so
again if an older version left them readable by others."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

PRIVATE = 0o600


def make_private(path: Path) -> None:
    os.chmod(path, PRIVATE)


def ensure_private_file(path: Path) -> None:
    """Create ``path`` empty if absent; either way leave it with mode 0600.

    An existing file is never opened here: closing any descriptor of a SQLite database drops
    every POSIX lock this process holds on it, so a thread logging meanwhile would write
    unlocked and corrupt the file (SQLite's "How to corrupt", 2.2)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
    except FileExistsError:
        if stat.S_IMODE(path.stat().st_mode) != PRIVATE:
            os.chmod(path, PRIVATE)
        return
    try:
        os.fchmod(fd, PRIVATE)
    finally:
        os.close(fd)


@contextmanager
def private_text(path: Path) -> Iterator[IO[str]]:
    """Open ``path`` for writing text (truncated), readable by the owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE)
    os.fchmod(fd, PRIVATE)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        yield fh


@contextmanager
def private_workdir(beside: Path) -> Iterator[Path]:
    """A directory only the owner can enter, next to ``beside`` (same file system, so its
    files can be renamed into place). Libraries that create their own files (DuckDB, with
    its write-ahead log) write there, out of others' reach whatever the umask."""
    beside.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{beside.name}.", suffix=".partial", dir=beside.parent))
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def readable_by_others(path: Path) -> bool:
    return bool(path.stat().st_mode & (stat.S_IROTH | stat.S_IWOTH))
