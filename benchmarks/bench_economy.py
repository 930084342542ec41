"""Benchmark: refund staircase and full-year persons on N synthetic citizens × 3 years.

    uv run python benchmarks/bench_economy.py --persons 1000000

Data are generated vectorised (numpy) straight into an in-memory snapshot with the contract's
tables, 2022-2024, about four benefit spells per citizen with random lengths and gaps. Prints
the time of each step and the ratio to the 30 s target.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

import duckdb
import numpy as np
import pyarrow as pa

from tilsyn.data.contract import BENEFITS
from tilsyn.data.snapshot import memory_connection
from tilsyn.economy.fulltime import count_months
from tilsyn.economy.fulltime_forecast import forecast_fulltime
from tilsyn.economy.staircase import RUNS_TABLE, compute_runs, refund_by_step

TARGET_SECONDS = 30.0
SPELLS = 4


def build(persons: int, seed: int) -> duckdb.DuckDBPyConnection:
    rng = np.random.default_rng(seed)
    con = memory_connection({})
    ids = np.char.add("P", np.arange(persons).astype(str))
    munis = (101 + rng.integers(0, 98, persons)).astype(str)
    person_table = pa.table({"person_id": ids, "municipality": munis})  # noqa: F841
    con.execute("INSERT INTO persons (person_id, municipality) SELECT * FROM person_table")
    lengths = rng.integers(7, 400, (persons, SPELLS))
    gaps = rng.integers(0, 250, (persons, SPELLS))
    gaps[:, 0] = rng.integers(0, 700, persons)
    starts = np.cumsum(gaps + np.concatenate([np.zeros((persons, 1), int), lengths[:, :-1]], 1), 1)
    ends = starts + lengths - 1
    benefit = rng.integers(0, len(BENEFITS), (persons, SPELLS))
    base = np.datetime64("2022-01-01")
    spells = pa.table(  # noqa: F841
        {
            "person_id": np.repeat(ids, SPELLS),
            "benefit": np.array(BENEFITS)[benefit.ravel()],
            "start_date": (base + starts.ravel()).astype("datetime64[D]"),
            "end_date": (base + ends.ravel()).astype("datetime64[D]"),
        }
    )
    con.execute(
        """INSERT INTO benefit_periods (person_id, benefit, start_date, end_date)
           SELECT person_id, benefit, start_date,
                  CASE WHEN end_date > DATE '2024-12-31' THEN NULL ELSE end_date END
           FROM spells WHERE start_date <= DATE '2024-12-31'"""
    )
    return con


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--persons", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    as_of = dt.date(2024, 12, 31)
    t0 = time.perf_counter()
    con = build(args.persons, args.seed)
    periods = con.execute("SELECT COUNT(*) FROM benefit_periods").fetchall()[0][0]
    t_build = time.perf_counter() - t0
    print(f"data: {args.persons:,} borgere, {periods:,} ydelsesforløb 2022-2024 ({t_build:.1f} s)")

    t = time.perf_counter()
    compute_runs(con, as_of)
    runs, resets, weeks = con.execute(
        "SELECT COUNT(*), COUNT(*) FILTER (segment > 0 AND sw0 = 1), SUM(re - rs + 1) "
        f"FROM {RUNS_TABLE}"
    ).fetchall()[0]
    t_stair = time.perf_counter() - t
    print(
        f"refusionstrappe: {runs:,} forløb af uger, {weeks:,} uger med ydelser, "
        f"{resets:,} nulstillinger: {t_stair:.1f} s"
    )

    t = time.perf_counter()
    counts = count_months(con, dt.date(2022, 1, 1), dt.date(2024, 12, 1), as_of)
    t_ftp = time.perf_counter() - t
    print(f"helårspersoner (uger), 36 måneder: {len(counts):,} rækker: {t_ftp:.1f} s")

    t = time.perf_counter()
    forecast = forecast_fulltime(con, 2024, dt.date(2024, 6, 30))
    t_fc = time.perf_counter() - t
    print(f"helårspersoner 2024 med prognose og backtest: {len(forecast):,} rækker: {t_fc:.1f} s")

    total = t_stair + t_ftp
    print(
        f"I ALT trappe + helårspersoner: {total:.1f} s = {total / TARGET_SECONDS:.2f} × målet "
        f"på {TARGET_SECONDS:.0f} s (med prognose: {total + t_fc:.1f} s)"
    )

    t = time.perf_counter()
    steps = refund_by_step(con, "2024-W01", "2024-W52", as_of)
    t_steps = time.perf_counter() - t
    print(
        f"ekstra: alle person-uger 2024 udfoldet pr. trin ({sum(r['weeks'] for r in steps):,} "
        f"uger): {t_steps:.1f} s"
    )


if __name__ == "__main__":
    main()
