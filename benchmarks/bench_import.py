"""Benchmark: generate + import at 60,000 and 1,000,000 persons (wall time, CPU, peak memory).

Each phase runs in its own child process so that its peak resident memory is measured
alone. Targets: generation under 3 minutes (issue "Case data"); the import of 1,000,000
persons under 30 s (issue "Beyond one machine"); peak memory under 6 GB per phase, on a
2-core machine. ``--data DIR`` imports an already generated folder instead of generating
one (the folder must hold the size given with ``--persons``). The CPU seconds and the load
average (1 minute, at the start → at the end of the phase) are printed beside the wall
time, which grows with other work on a shared machine.

    uv run python benchmarks/bench_import.py                 # 60,000 and 1,000,000
    uv run python benchmarks/bench_import.py --persons 60000
    uv run python benchmarks/bench_import.py --persons 1000000 --data DIR
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = {"generate": 180.0, "import": 30.0}
TARGET_GB = 6.0

GENERATE = """
import sys
from pathlib import Path
from tilsyn.data.synthetic import generate
generate(Path(sys.argv[1]), persons=int(sys.argv[2]), seed=1, fmt="parquet")
print(0)
"""
IMPORT = """
import sys, time
from pathlib import Path
from tilsyn.data.importer import import_folder
from tilsyn.data.workspace import Workspace
from tilsyn.rules.stored_spells import derive_for
ws = Workspace(Path(sys.argv[2]))
r = import_folder(Path(sys.argv[1]), ws)
started = time.perf_counter()
assert derive_for(ws)  # as `tilsyn import` does: the spells kept beside the snapshot
print(sum(r.counts.values()), f"{time.perf_counter() - started:.1f}")
"""


PEAK = """
import resource
usage = resource.getrusage(resource.RUSAGE_SELF)
print(usage.ru_maxrss, usage.ru_utime + usage.ru_stime)
"""


def run_child(code: str, *args: str) -> tuple[float, float, float, str, float]:
    """(wall seconds, the child's CPU seconds, its own peak RSS in GB, its result line, the
    1-minute load average when it started)."""
    load = os.getloadavg()[0]
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", code + PEAK, *args], check=True, capture_output=True, text=True
    )
    wall = time.perf_counter() - started
    result, usage = proc.stdout.strip().splitlines()[-2:]
    peak_kb, cpu = usage.split()
    return wall, float(cpu), int(peak_kb) / 1024 / 1024, result, load


def _line(n: int, phase: str, run: tuple[float, float, float, str, float], what: str) -> bool:
    wall, cpu, gb, _, load_before = run
    fine = wall < TARGET_SECONDS[phase] and gb < TARGET_GB
    load = f"{load_before:.1f}→{os.getloadavg()[0]:.1f}"
    verdict = "OK" if fine else "OVER"
    print(
        f"{n:>10,} {phase:<9} {wall:>8.1f} {cpu:>8.1f} {load:>9} {gb:>9.2f} {what:>12}  "
        f"{verdict} (mål {TARGET_SECONDS[phase]:.0f} s, andel {wall / TARGET_SECONDS[phase]:.2f})"
    )
    return fine


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--persons", type=int, action="append")
    parser.add_argument("--data", type=Path, help="an already generated folder to import")
    args = parser.parse_args()
    sizes = args.persons or [60_000, 1_000_000]
    if args.data is not None and len(sizes) != 1:
        parser.error("--data needs exactly one --persons (the folder's size)")
    print(
        f"{'personer':>10} {'fase':<9} {'sek.':>8} {'CPU s':>8} {'belast.':>9} "
        f"{'maks. GB':>9} {'rækker':>12}  mål"
    )
    ok = True
    for n in sorted(sizes):
        with tempfile.TemporaryDirectory() as tmp:
            data, ws = Path(tmp) / "data", Path(tmp) / "ws"
            if args.data is not None:
                data = args.data
            else:
                run = run_child(GENERATE, str(data), str(n))
                files_mb = sum(p.stat().st_size for p in data.iterdir()) / 1e6
                fine = _line(n, "generate", run, f"{files_mb:.0f}MB")
                ok &= fine or n < 1_000_000
            run = run_child(IMPORT, str(data), str(ws))
            rows, spells_s = run[3].split()
            fine = _line(n, "import", run, f"{int(rows):,}")
            print(f"{'':>10} (heraf forløbene gemt ved snapshottet, decision 0024: {spells_s} s)")
            ok &= fine or n < 1_000_000
    print(
        f"Mål ved 1.000.000 personer: generering under {TARGET_SECONDS['generate']:.0f} s, "
        f"import under {TARGET_SECONDS['import']:.0f} s, under {TARGET_GB:.0f} GB pr. fase."
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
