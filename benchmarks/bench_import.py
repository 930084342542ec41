"""Benchmark: generate + import at 60,000 and 1,000,000 persons (wall time, peak memory).

Each phase runs in its own child process so that its peak resident memory is measured
alone. Targets (issue "Case data"): 1,000,000 persons generated and imported in under
3 minutes each, with peak memory under 6 GB, on a 2-core machine.

    uv run python benchmarks/bench_import.py                 # 60,000 and 1,000,000
    uv run python benchmarks/bench_import.py --persons 60000
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 180.0
TARGET_GB = 6.0

GENERATE = """
import sys
from pathlib import Path
from tilsyn.data.synthetic import generate
generate(Path(sys.argv[1]), persons=int(sys.argv[2]), seed=1, fmt="parquet")
print(0)
"""
IMPORT = """
import sys
from pathlib import Path
from tilsyn.data.importer import import_folder
from tilsyn.data.workspace import Workspace
r = import_folder(Path(sys.argv[1]), Workspace(Path(sys.argv[2])))
print(sum(r.counts.values()))
"""


PEAK = """
import resource
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def run_child(code: str, *args: str) -> tuple[float, float, str]:
    """(wall seconds, the child's own peak RSS in GB, its result line)."""
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", code + PEAK, *args], check=True, capture_output=True, text=True
    )
    wall = time.perf_counter() - started
    result, peak_kb = proc.stdout.strip().splitlines()[-2:]
    return wall, int(peak_kb) / 1024 / 1024, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--persons", type=int, action="append")
    args = parser.parse_args()
    sizes = args.persons or [60_000, 1_000_000]
    print(f"{'personer':>10} {'fase':<9} {'sek.':>8} {'maks. GB':>9} {'rækker':>12}  mål")
    ok = True
    for n in sorted(sizes):
        with tempfile.TemporaryDirectory() as tmp:
            data, ws = Path(tmp) / "data", Path(tmp) / "ws"
            wall, gb, _ = run_child(GENERATE, str(data), str(n))
            files_mb = sum(p.stat().st_size for p in data.iterdir()) / 1e6
            fine = wall < TARGET_SECONDS and gb < TARGET_GB
            ok &= fine or n < 1_000_000
            verdict = "OK" if fine else "OVER"
            size = f"{files_mb:>10.0f}MB"
            print(f"{n:>10,} {'generate':<9} {wall:>8.1f} {gb:>9.2f} {size}  {verdict}")
            wall, gb, rows = run_child(IMPORT, str(data), str(ws))
            fine = wall < TARGET_SECONDS and gb < TARGET_GB
            ok &= fine or n < 1_000_000
            verdict = "OK" if fine else "OVER"
            print(f"{n:>10,} {'import':<9} {wall:>8.1f} {gb:>9.2f} {int(rows):>12,}  {verdict}")
    print(
        f"Mål: under {TARGET_SECONDS:.0f} s og {TARGET_GB:.0f} GB pr. fase ved 1.000.000 personer."
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
