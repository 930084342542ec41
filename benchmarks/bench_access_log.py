"""Access-log questions on a log of a million rows: each filter's time, and the full scan
it avoids. Run: uv run python benchmarks/bench_access_log.py [ROWS]"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from tilsyn.data.access_log import FILE_NAME, LogFilter, count_log, log_access, read_log

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
root = Path(tempfile.mkdtemp(prefix="tilsyn-access-log-"))
log_access(root, action="worklist", person_ids=["X0"], snapshot_id="s", actor="u0")
rnd = random.Random(1)
start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
t0 = time.perf_counter()
with sqlite3.connect(root / FILE_NAME) as db:
    db.executemany(
        "INSERT INTO access_log (at, actor, action, snapshot_id, person_id, detail, purpose) "
        "VALUES (?, ?, ?, 's', ?, NULL, 'casework')",
        (
            (
                (start + dt.timedelta(seconds=i * 30)).isoformat(timespec="seconds"),
                f"u{rnd.randrange(200)}",
                rnd.choice(("worklist", "explain", "obligations", "refund")),
                f"X{rnd.randrange(100_000)}",
            )
            for i in range(rows)
        ),
    )
print(f"{rows:,} rows written in {time.perf_counter() - t0:.1f} s")

questions = {
    "citizen": LogFilter(person_id="X4242"),
    "user, one day": LogFilter(actor="u7", since=dt.date(2026, 3, 1), until=dt.date(2026, 3, 1)),
    "action, one week": LogFilter(
        action="explain", since=dt.date(2026, 2, 1), until=dt.date(2026, 2, 7)
    ),
    "latest 1000 (no filter)": LogFilter(),
}
t0 = time.perf_counter()
with sqlite3.connect(root / FILE_NAME) as db:
    db.execute("SELECT count(*) FROM access_log WHERE detail = 'never'").fetchall()
scan = time.perf_counter() - t0
print(f"full scan for comparison: {scan * 1000:.0f} ms")
for name, where in questions.items():
    t0 = time.perf_counter()
    found = read_log(root, where=where, limit=1000)
    total = count_log(root, where)
    ms = (time.perf_counter() - t0) * 1000
    print(
        f"{name:<26} {len(found):>5} shown of {total:>9,}  {ms:7.1f} ms  "
        f"({scan * 1000 / ms:.0f}× faster than a scan)"
    )
