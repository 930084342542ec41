"""Benchmark: a one-day delta on N synthetic citizens (``tilsyn import --delta``).

Uses the workspace of ``bench_obligations.py`` (same cache folder and size; run that first, so
the snapshot has its obligations materialised). A day's delta is made from the generated data:
``--touched`` citizens (default 0.5 %), their person rows and all their conversations plus one
new interview each on the reference date. The delta is applied in a child process (peak memory
of the process alone); afterwards the workspace's pointer is put back and the new snapshot
removed, so the benchmark can be repeated. Target (issue 13): under 10 s at 1,000,000.

    uv run python benchmarks/bench_obligations.py --persons 1000000
    uv run python benchmarks/bench_delta.py --persons 1000000
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 10.0

APPLY = """
import resource, sys, time
from pathlib import Path
from tilsyn.data.delta import import_delta
from tilsyn.data.workspace import Workspace
from tilsyn.rules.refresh import refresh_obligations
from tilsyn.rules.stored_spells import derive_for
began = time.perf_counter()
ws = Workspace(Path(sys.argv[1]))
result = import_delta(Path(sys.argv[2]), ws, refresh_obligations)
applied = time.perf_counter()
assert derive_for(ws)  # as `tilsyn import --delta` does (decision 0024)
print(f"{time.perf_counter() - began:.2f} {result.persons} {result.snapshot_id} "
      f"{time.process_time():.2f} {time.perf_counter() - applied:.2f}")
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def make_delta(data: Path, out: Path, touched: int, day: str) -> None:
    import polars as pl

    persons = pl.read_parquet(data / "persons.parquet").sample(touched, seed=13)
    ids = persons.get_column("person_id").implode()
    conv = pl.read_parquet(data / "conversations.parquet").filter(pl.col("person_id").is_in(ids))
    new = persons.select("person_id").with_columns(
        pl.lit(day).str.to_date().cast(conv.schema["date"]).alias("date"),
        pl.lit("jobsamtale").alias("kind"),
        pl.lit("personligt").alias("form"),
        pl.lit("jobcenter").alias("held_by"),
        pl.lit("afholdt").alias("status"),
    )
    out.mkdir(parents=True, exist_ok=True)
    persons.write_parquet(out / "persons.parquet")
    pl.concat([conv, new], how="diagonal_relaxed").write_parquet(out / "conversations.parquet")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--persons", type=int, default=60_000)
    parser.add_argument("--touched", type=int)
    parser.add_argument("--day", default="2025-12-30")
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "tilsyn-bench-obligations"
    )
    args = parser.parse_args()
    from tilsyn.data.results import results_dir
    from tilsyn.data.workspace import Workspace

    root = args.cache / str(args.persons)
    space = Workspace(root / "ws")
    previous = space.current_id()
    if previous is None:
        print(f"kør først bench_obligations.py --persons {args.persons}", file=sys.stderr)
        return 2
    touched = args.touched or max(1, args.persons // 200)
    with tempfile.TemporaryDirectory() as tmp:
        delta = Path(tmp) / "delta"
        make_delta(root / "data", delta, touched, args.day)
        load_before = os.getloadavg()[0]
        began = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-c", APPLY, str(space.root), str(delta)],
            check=True,
            capture_output=True,
            text=True,
        )
        wall = time.perf_counter() - began
    timing, peak_kb = proc.stdout.strip().splitlines()[-2:]
    seconds, recomputed, sid, cpu, spells = timing.split()
    load_after = os.getloadavg()[0]
    space.set_current(previous)
    for path in (space.snapshot_path(sid), space.identities_path(sid)):
        path.unlink(missing_ok=True)
    shutil.rmtree(results_dir(space.snapshot_path(sid)), ignore_errors=True)
    peak_gb = int(peak_kb) / 1024 / 1024
    print(f"{args.persons:,} borgere, delta med {touched:,} berørte borgere (samtaler)")
    print(
        f"  delta lagt på (kopi, udskiftning, genberegning, forløbene gemt): "
        f"{float(seconds):.2f} s (heraf forløbene {float(spells):.2f} s)"
    )
    print(
        f"  CPU i processen (inkl. import af moduler): {float(cpu):.2f} s; "
        f"belastning {load_before:.1f} før, {load_after:.1f} efter"
    )
    print(f"  forpligtelser genberegnet for {int(recomputed):,} borgere")
    print(f"  hele processen inkl. import af moduler: {wall:.2f} s")
    print(f"  maks. hukommelse: {peak_gb:.2f} GB")
    print(f"  mål {TARGET_S:.0f} s: andel {float(seconds) / TARGET_S:.2f}")
    return 0 if float(seconds) <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
