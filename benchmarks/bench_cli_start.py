"""Benchmark: how long the command line takes to answer, beside a bare Python start.

Runs each command in a fresh interpreter several times and prints the median and the best
wall time, and the command's time minus Python's own start. Target (issue "One application
layer"): ``tilsyn --help`` and ``tilsyn status`` answer in under 0.5 s.

Python compiles each module on first import and keeps the bytecode (``__pycache__``); with
``PYTHONDONTWRITEBYTECODE`` set it recompiles every module on every start, which costs more
than the imports themselves. The benchmark measures what a user sees from the second start
on: bytecode written (the variable cleared for the children), one warm-up run first.
Beside the wall time it prints the CPU time the command used (user + system): on shared cores
the wall time grows with the machine's load, the CPU time does not.

    uv run python benchmarks/bench_cli_start.py
    uv run python benchmarks/bench_cli_start.py --runs 20
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 0.5
CLI = "from tilsyn.cli import main; main()"


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(args: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of each run."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(args, check=True, capture_output=True, env=env)  # writes the bytecode
    wall, cpu = [], []
    for _ in range(runs):
        started, used = time.perf_counter(), _cpu()
        subprocess.run(args, check=True, capture_output=True, env=env)
        wall.append(time.perf_counter() - started)
        cpu.append(_cpu() - used)
    return wall, cpu


def _workspace_with_a_snapshot(root: Path) -> Path:
    """A small imported workspace, so that ``status`` reads a real snapshot's metadata."""
    from tilsyn.data.importer import import_folder
    from tilsyn.data.synthetic import generate
    from tilsyn.data.workspace import Workspace

    generate(root / "data", persons=200, seed=1, fmt="csv")
    import_folder(root / "data", Workspace(root / "ws"))
    return root / "ws"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        ws = _workspace_with_a_snapshot(Path(tmp))
        cases = [
            ("python -c pass", [python, "-c", "pass"]),
            ("tilsyn --help", [python, "-c", CLI, "--help"]),
            ("tilsyn status (1 datasamling)", [python, "-c", CLI, "status", "-w", str(ws)]),
        ]
        results = [(name, timed(cmd, args.runs)) for name, cmd in cases]
    base = statistics.median(results[0][1][0])
    print(f"load average: {os.getloadavg()[0]:.1f} på {os.cpu_count()} kerner")
    print(
        f"{'kommando':<32} {'median':>8} {'bedste':>8} {'minus python':>13} {'CPU':>7} {'mål':>6}"
    )
    for name, (wall, cpu) in results:
        median = statistics.median(wall)
        target = "" if name.startswith("python") else f"{median / TARGET_SECONDS:.2f}×"
        print(
            f"{name:<32} {median:>7.3f}s {min(wall):>7.3f}s {median - base:>12.3f}s "
            f"{statistics.median(cpu):>6.3f}s {target:>6}"
        )
    print(f"(mål: under {TARGET_SECONDS} s; forholdstal = median / mål; {args.runs} kørsler hver)")


if __name__ == "__main__":
    main()
