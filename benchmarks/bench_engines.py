"""Benchmark: the whole engine on DuckDB, PostgreSQL and Spark (local mode), beside its floor.

For one synthetic population (three years, 2023-01 to 2025-12; generated and imported once
and cached under the system temp dir) each engine runs, in a fresh process:

- load: the snapshot's case data copied to the engine (COPY into PostgreSQL; Parquet read as
  views by Spark; nothing for DuckDB, which reads the snapshot file);
- floor: a pure scan of the same data on the same engine (every column of every table);
- obligations: every rule as of the last day (evaluate, or evaluate_on);
- measures: focus (the last year), early-effort follow-up and reform (36 months each);
- economy: refund staircase (three years of weeks) and full-year persons (the last year).

A straightforward pandas script for the interview measure (what an analyst would write:
read the Parquet files, runs of one benefit, held interviews in the last 12 months, share
failing) runs once, in its own process. Prints seconds, ratios to the engine's floor and to
pandas, and peak memory (VmHWM of the Python process; for Spark also the JVM's; PostgreSQL's
server processes are not counted).

    uv run python benchmarks/bench_engines.py --persons 20000
    uv run python benchmarks/bench_engines.py --persons 20000 --engines duckdb,postgres

PostgreSQL needs TILSYN_TEST_POSTGRES_URL (or TILSYN_POSTGRES_URL); Spark needs Java. The Spark
driver gets 4 GB (``TILSYN_BENCH_SPARK_MEMORY``; 1,000,000 citizens need more, since the
obligations are collected to Python):

    TILSYN_BENCH_SPARK_MEMORY=14g uv run python benchmarks/bench_engines.py \
        --persons 1000000 --engines duckdb,spark --phases obligations,measures --no-pandas
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

CACHE = Path(tempfile.gettempdir()) / "tilsyn-bench-engines"
PHASES = ("load", "floor", "obligations", "measures", "economy")
FIRST, LAST = dt.date(2023, 1, 1), dt.date(2025, 12, 1)
AS_OF = dt.date(2025, 12, 31)


def prepare(persons: int) -> tuple[Path, Path]:
    """Generate and import once per size; returns (data folder, workspace root)."""
    from tilsyn.data.importer import import_folder
    from tilsyn.data.synthetic import generate
    from tilsyn.data.workspace import Workspace

    root = CACHE / f"ws-{persons}"
    folder = CACHE / f"data-{persons}"
    if Workspace(root).current_id() is None:
        began = time.perf_counter()
        generate(folder, persons=persons, seed=1, fmt="parquet", start="2023-01", end="2025-12")
        import_folder(folder, Workspace(root))
        print(f"genereret og importeret på {time.perf_counter() - began:.1f} s", flush=True)
    return folder, root


def vm_hwm_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _scan_sql(con: Any) -> list[str]:
    """One query per table reading every column (count of each column's values)."""
    from tilsyn.data.contract import TABLES

    queries = []
    for table in TABLES:
        cols = ", ".join(f"count({c.name})" for c in table.columns)
        queries.append(f"SELECT count(*), {cols} FROM {table.name}")
    return queries


def _timed(out: dict[str, float], name: str, work: Any) -> Any:
    began = time.perf_counter()
    result = work()
    out[name] = time.perf_counter() - began
    return result


def child(
    engine: str, root: Path, spark_dir: Path, phases: tuple[str, ...] = PHASES
) -> dict[str, Any]:
    from tilsyn.data.workspace import Workspace
    from tilsyn.economy.fulltime import fulltime_by_month
    from tilsyn.economy.staircase import staircase_weeks
    from tilsyn.measures.early import early_followup
    from tilsyn.measures.focus import focus_measures
    from tilsyn.measures.reform import reform_report
    from tilsyn.rules.evaluate import evaluate
    from tilsyn.rules.on_engine import evaluate_on

    times: dict[str, float] = {}
    space = Workspace(root)
    snapshot = space.connect()
    con: Any = snapshot
    spark: Any = None
    schema = None
    if engine == "postgres":
        from tilsyn.engines.load import to_postgres

        url = os.environ.get("TILSYN_TEST_POSTGRES_URL") or os.environ["TILSYN_POSTGRES_URL"]
        schema = f"tilsyn_bench_{uuid.uuid4().hex[:8]}"
        con = _timed(times, "load", lambda: to_postgres(snapshot, url, schema))
    elif engine == "spark":
        from pyspark.sql import SparkSession

        from tilsyn.engines.load import to_spark

        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        spark = (
            SparkSession.builder.master("local[2]")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.driver.memory", os.environ.get("TILSYN_BENCH_SPARK_MEMORY", "4g"))
            # The obligations are collected to Python whole (1.4 GB at 1,000,000 citizens).
            .config("spark.driver.maxResultSize", "0")
            .getOrCreate()
        )
        spark.sparkContext.setLogLevel("ERROR")
        con = _timed(times, "load", lambda: to_spark(snapshot, spark, spark_dir))
    else:
        times["load"] = 0.0
    scans = _scan_sql(con)
    _timed(times, "floor", lambda: [con.execute(q).fetchall() for q in scans])
    rules = (
        (lambda: evaluate(con, AS_OF)) if engine == "duckdb" else lambda: evaluate_on(con, AS_OF)
    )
    rows = 0
    if "obligations" in phases:
        rows = _timed(times, "obligations", rules).num_rows

    def measures() -> None:
        _timed(times, "focus", lambda: focus_measures(con, year=LAST.year, as_of=AS_OF))
        early_followup(con, first_month=FIRST, last_month=LAST, as_of=AS_OF)
        reform_report(con, first_month=FIRST, last_month=LAST, as_of=AS_OF)

    if "measures" in phases:
        _timed(times, "measures", measures)

    def economy() -> None:
        staircase_weeks(con, f"{FIRST.year}-W01", f"{LAST.year}-W52", AS_OF)
        fulltime_by_month(con, LAST.year, AS_OF)

    if "economy" in phases:
        _timed(times, "economy", economy)
    peak = {"python": vm_hwm_mb()}
    if spark is not None:
        jvm = spark.sparkContext._jvm.java.lang.ProcessHandle.current().pid()
        peak["jvm"] = vm_hwm_mb(jvm)
        spark.stop()
    if schema is not None:
        import psycopg

        with psycopg.connect(url, autocommit=True) as pg:
            pg.execute(f'DROP SCHEMA "{schema}" CASCADE')
    return {"times": times, "peak_mb": peak, "obligations": rows}


def pandas_interviews(folder: Path) -> dict[str, Any]:
    """The interview measure as an analyst would write it in pandas (simplified seniority:
    runs of one benefit of at least 12 months; held individual interviews in the last 12)."""
    import pandas as pd

    began = time.perf_counter()
    bp = pd.read_parquet(folder / "benefit_periods.parquet")
    conv = pd.read_parquet(folder / "conversations.parquet")
    persons = pd.read_parquet(folder / "persons.parquet")
    for c in ("start_date", "end_date"):
        bp[c] = pd.to_datetime(bp[c])
    bp["end_date"] = bp["end_date"].fillna(pd.Timestamp(AS_OF))
    bp = bp[~bp["benefit"].isin(["fleksjob", "foertidspension"])]
    bp["sm"] = bp["start_date"].dt.year * 12 + bp["start_date"].dt.month - 1
    bp["em"] = bp["end_date"].dt.year * 12 + bp["end_date"].dt.month - 1
    bp = bp.sort_values(["person_id", "benefit", "start_date"])
    prev = bp.groupby(["person_id", "benefit"])["em"].transform(lambda s: s.cummax().shift())
    bp["run"] = (prev.isna() | (bp["sm"] > prev + 1)).astype(int)
    bp["run"] = bp.groupby(["person_id", "benefit"])["run"].cumsum()
    runs = bp.groupby(["person_id", "benefit", "run"]).agg(rs=("sm", "min"), re=("em", "max"))
    first = FIRST.year * 12 + FIRST.month - 1
    last = LAST.year * 12 + LAST.month - 1
    months = []
    for (pid, _, _), r in runs.iterrows():
        lo, hi = max(r.rs + 11, first), min(r.re, last)
        months.extend((pid, m) for m in range(lo, hi + 1))
    pm = pd.DataFrame(months, columns=["person_id", "mi"]).drop_duplicates()
    held = conv[
        (conv["status"] == "afholdt")
        & conv["individual"].fillna(True).astype(bool)
        & conv["kind"].isin(["jobsamtale", "opfoelgningssamtale", "faellessamtale"])
        & conv["held_by"].isin(["jobcenter", "anden_aktoer"])
    ].copy()
    d = pd.to_datetime(held["date"])
    held["mi"] = d.dt.year * 12 + d.dt.month - 1
    per_month = held.groupby(["person_id", "mi"]).size().rename("n").reset_index()
    counts = []
    for shift in range(12):
        s = per_month.copy()
        s["mi"] = s["mi"] + shift
        counts.append(s)
    window = pd.concat(counts).groupby(["person_id", "mi"])["n"].sum().rename("n12")
    pm = pm.merge(window.reset_index(), on=["person_id", "mi"], how="left").fillna({"n12": 0})
    pm = pm.merge(persons[["person_id", "municipality"]], on="person_id")
    result = pm.groupby(["municipality", "mi"]).agg(
        population=("person_id", "size"), failing=("n12", lambda s: int((s < 4).sum()))
    )
    return {"seconds": time.perf_counter() - began, "rows": len(result), "peak_mb": vm_hwm_mb()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=20_000)
    parser.add_argument("--engines", default="duckdb,postgres,spark")
    parser.add_argument(
        "--phases",
        default=",".join(PHASES),
        help="phases to run (load and floor always run); e.g. obligations,measures at 1M, "
        "where the economy's person-weeks as Python rows outgrow the memory",
    )
    parser.add_argument("--no-pandas", action="store_true", help="skip the pandas script")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--root", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "pandas":
        print(json.dumps(pandas_interviews(Path(args.root))))
        return
    phases = tuple(p for p in PHASES if p in {"load", "floor", *args.phases.split(",")})
    if args.child:
        with tempfile.TemporaryDirectory() as tmp:
            found = child(args.child, Path(args.root), Path(tmp) / "parquet", phases)
            print(json.dumps(found))
        return
    folder, root = prepare(args.persons)

    chosen = ",".join(phases)

    def run(name: str, where: Path) -> dict[str, Any]:
        done = subprocess.run(
            [sys.executable, __file__, "--child", name, "--root", str(where), "--phases", chosen],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:  # show why (a Spark heap too small, a missing server)
            errors = [line for line in done.stderr.splitlines() if "Error" in line]
            raise SystemExit(f"{name} fejlede ({done.returncode}): " + "\n".join(errors[-8:]))
        return dict(json.loads(done.stdout.strip().splitlines()[-1]))

    pandas = None if args.no_pandas else run("pandas", folder)
    line = f"{args.persons:,} borgere, 2023-01..2025-12."
    if pandas is not None:
        line += (
            f" pandas-script (samtalemålet): {pandas['seconds']:.2f} s, {pandas['peak_mb']:.0f} MB"
        )
    print(line)
    header = "".join(f"{p:>13}" for p in phases)
    print(f"{'motor':10}{header}   focus/pandas   peak MB")
    for engine in args.engines.split(","):
        r = run(engine, root)
        t = r["times"]
        cells = "".join(
            f"{t[p]:8.2f} s"
            + (f" {t[p] / t['floor']:3.0f}x" if p not in ("load", "floor") else "     ")
            for p in phases
        )
        peak = ", ".join(f"{k} {v:.0f}" for k, v in r["peak_mb"].items())
        ratio = (
            f"{t['focus'] / pandas['seconds']:8.2f}"
            if pandas is not None and "focus" in t
            else f"{'—':>8}"
        )
        print(f"{engine:10}{cells}   {ratio}   {peak}")
    print("(Nx = forhold til gulvet: en ren skanning af de samme data på samme motor)")


if __name__ == "__main__":
    main()
