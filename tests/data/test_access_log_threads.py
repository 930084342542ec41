"""The web server logs from several processes with several threads each, at once: the log
must stay whole."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
from pathlib import Path

from tilsyn.data.access_log import FILE_NAME, log_access, read_log

PROCESSES, THREADS, WRITES, IDS = 3, 4, 40, 100


def _process(root: str, n: int) -> None:
    failures: list[BaseException] = []

    def thread(t: int) -> None:
        try:
            for i in range(WRITES):
                log_access(
                    Path(root),
                    action="worklist",
                    person_ids=[f"X{n}{t}{i:03d}{k:03d}" for k in range(IDS)],
                    snapshot_id="s1",
                    actor=f"user{n}{t}",
                )
        except BaseException as exc:  # reported through the exit code below
            failures.append(exc)

    pool = [threading.Thread(target=thread, args=(t,)) for t in range(THREADS)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    if failures:
        raise SystemExit(f"{failures[0]!r}")


def test_processes_and_threads_logging_at_once_never_corrupt_the_log(tmp_path: Path) -> None:
    # Before the fix every write opened and closed the file to check its mode. Closing a
    # descriptor drops SQLite's locks for the whole process, so another worker process could
    # write at the same time: "database disk image is malformed" under the web benchmark.
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_process, args=(str(tmp_path), n)) for n in range(PROCESSES)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=300)
    assert [w.exitcode for w in workers] == [0] * PROCESSES
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert len(read_log(tmp_path)) == PROCESSES * THREADS * WRITES * IDS
    assert (tmp_path / FILE_NAME).stat().st_mode & 0o777 == 0o600
