"""Benchmark: STAR's early-effort follow-up and the 2026 reform's rules on synthetic data.

Generates a synthetic job centre (2025-01 to 2027-06, so both regimes have cohorts), imports
it, then times ``early_followup`` (24 months) and ``reform_report`` (12 months) at each size.
Prints seconds, persons per second and the time ratio between sizes (linear scaling gives a
ratio close to the size ratio).

    uv run python benchmarks/bench_early_reform.py                    # 10,000 and 100,000
    uv run python benchmarks/bench_early_reform.py --persons 20000
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import tempfile
import time
from pathlib import Path

from tilsyn.data.importer import import_folder
from tilsyn.data.synthetic import generate
from tilsyn.data.workspace import Workspace
from tilsyn.measures.early import early_followup
from tilsyn.measures.reform import reform_report

AS_OF = dt.date(2027, 6, 30)


def measure(persons: int) -> tuple[float, float, int, int]:
    """(early seconds, reform seconds, early cohort persons, reform cohort persons)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder, root = Path(tmp) / "data", Path(tmp) / "ws"
        generate(folder, persons=persons, seed=1, fmt="parquet", start="2025-01", end="2027-06")
        import_folder(folder, Workspace(root))
        con = Workspace(root).connect()
        try:
            began = time.perf_counter()
            early = early_followup(
                con, first_month=dt.date(2025, 1, 1), last_month=dt.date(2026, 12, 1), as_of=AS_OF
            )
            early_s = time.perf_counter() - began
            began = time.perf_counter()
            rows, _ = reform_report(
                con, first_month=dt.date(2026, 7, 1), last_month=dt.date(2027, 6, 1), as_of=AS_OF
            )
            reform_s = time.perf_counter() - began
        finally:
            con.close()
    early_n = sum(r.population for r in early if r.part == "samtaler")
    reform_n = sum(r.population for r in rows if r.group == "alle")
    return early_s, reform_s, early_n, reform_n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--persons", type=int, action="append")
    sizes = parser.parse_args().persons or [10_000, 100_000]
    results = []
    for n in sizes:
        early_s, reform_s, early_n, reform_n = measure(n)
        results.append((n, early_s, reform_s))
        print(
            f"{n:>9,} persons: early {early_s:6.2f} s ({n / early_s:,.0f} persons/s, "
            f"{early_n:,} in cohorts), reform {reform_s:6.2f} s ({n / reform_s:,.0f} persons/s, "
            f"{reform_n:,} rule-cohort members)"
        )
    for (n0, e0, r0), (n1, e1, r1) in itertools.pairwise(results):
        print(f"{n1 / n0:.1f}× persons → early {e1 / e0:.1f}× time, reform {r1 / r0:.1f}× time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
