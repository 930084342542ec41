"""Benchmark: evaluate and materialise every obligation for N synthetic citizens × 3 years.

The data is generated once per size into a cache folder (``--cache``, default
``$TMPDIR/tilsyn-bench-obligations``) and imported into a workspace there; the evaluation
then runs in a child process of its own so that its peak resident memory is measured
alone. Targets: 60,000 citizens in under 5 s (issue "Rules as code"), 1,000,000 in under
10 s (issue "Beyond one machine"), peak memory under 6 GB, on this 2-core machine. The CPU
seconds of the evaluation and the load average are printed beside the wall time: on a shared
machine the wall time grows with the load, the CPU time much less.

    uv run python benchmarks/bench_obligations.py --persons 60000
    uv run python benchmarks/bench_obligations.py --persons 60000 --persons 1000000
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGETS = {60_000: 5.0, 1_000_000: 10.0}
TARGET_GB = 6.0
AS_OF = "2025-12-31"

PREPARE = """
import sys
from pathlib import Path
from tilsyn.data.importer import import_folder
from tilsyn.data.synthetic import generate
from tilsyn.data.workspace import Workspace
from tilsyn.rules.stored_spells import derive_for
root, persons = Path(sys.argv[1]), int(sys.argv[2])
ws = Workspace(root / "ws")
if ws.current_id() is None:
    generate(root / "data", persons=persons, seed=1, fmt="parquet")
    import_folder(root / "data", ws)
# As `tilsyn import` does (decision 0024); a workspace cached before it gets them now.
assert derive_for(ws)
print(ws.current_id())
"""

EVALUATE = """
import datetime as dt, resource, sys, time
from pathlib import Path
from tilsyn.data.workspace import Workspace
from tilsyn.rules.evaluate import compile_rules, materialise
from tilsyn.rules.parameters import default_parameters
from tilsyn.rules.registry import load_rules
ws = Workspace(Path(sys.argv[1]) / "ws")
as_of = dt.date.fromisoformat(sys.argv[2])
t0 = time.perf_counter()
compile_rules(tuple(load_rules().values()), default_parameters(), False)
t1 = time.perf_counter()
c1 = time.process_time()
con = ws.connect()
rows = materialise(con, as_of)
con.close()
t2 = time.perf_counter()
print(f"{t1 - t0:.2f} {t2 - t1:.2f} {rows} {time.process_time() - c1:.2f}")
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--persons", type=int, action="append")
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "tilsyn-bench-obligations"
    )
    parser.add_argument("--as-of", default=AS_OF)
    args = parser.parse_args()
    ok = True
    for persons in args.persons or [60_000]:
        root = args.cache / str(persons)
        root.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", PREPARE, str(root), str(persons)], check=True)
        prepared = time.perf_counter() - started
        load_before = os.getloadavg()[0]
        started = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-c", EVALUATE, str(root), args.as_of],
            check=True,
            capture_output=True,
            text=True,
        )
        wall = time.perf_counter() - started
        timings, peak_kb = proc.stdout.strip().splitlines()[-2:]
        compile_s, run_s, rows, cpu_s = timings.split()
        load_after = os.getloadavg()[0]
        peak_gb = int(peak_kb) / 1024 / 1024
        target = TARGETS.get(persons)
        evaluated = float(compile_s) + float(run_s)
        print(f"{persons:>9,} borgere · {int(rows):,} forpligtelser pr. {args.as_of}")
        print(f"  data klar (genereret/importeret eller fra cache): {prepared:.1f} s")
        print(f"  kompilering af reglerne: {float(compile_s):.2f} s")
        print(
            f"  evaluering + materialisering: {float(run_s):.2f} s "
            f"(CPU {float(cpu_s):.2f} s; belastning {load_before:.1f} før, {load_after:.1f} efter)"
        )
        print(f"  i alt (kompilering + kørsel): {evaluated:.2f} s")
        print(f"  hele processen inkl. import af moduler: {wall:.2f} s")
        share = peak_gb / TARGET_GB
        print(f"  maks. hukommelse: {peak_gb:.2f} GB (mål {TARGET_GB:.0f} GB, andel {share:.2f})")
        if target is not None:
            print(f"  mål {target:.0f} s: andel {evaluated / target:.2f}")
            ok = ok and evaluated <= target and peak_gb <= TARGET_GB
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
