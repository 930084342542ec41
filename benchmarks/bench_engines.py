"""Benchmark: the whole engine on DuckDB, PostgreSQL and Spark (local mode), beside its floor.

For one synthetic population (three years, 2023-01 to 2025-12; generated and imported once
and cached under the system temp dir, or an imported workspace given by ``--workspace``)
each engine runs, in a fresh process:

- load: the snapshot's case data copied to the engine (COPY into PostgreSQL; Parquet read as
  views by Spark; nothing for DuckDB, which reads the snapshot file);
- floor: a pure scan of the same data on the same engine (every column of every table);
- obligations: every rule as of the last day, written as a table by the engine itself
  (``CREATE TABLE ... AS SELECT`` on PostgreSQL, a DataFrame write on Spark: nothing is
  collected); on DuckDB ``evaluate`` in this process;
- measures: focus (the last year), early-effort follow-up and reform (36 months each);
- economy: what the economy report reads, refund per staircase step (three years of weeks)
  and full-year persons per month (the last year), both aggregates;
- staircase: the last year's person-weeks written as a table on the engine.

A straightforward pandas script for the interview measure (what an analyst would write:
read the Parquet files, runs of one benefit, held interviews in the last 12 months, share
failing) runs once, in its own process. Prints per phase the seconds, the ratio to the
engine's floor, the CPU seconds and the peak resident memory of each process (Python; on
Spark also its JVM; PostgreSQL's server processes are not counted), and the load average.
Each child's progress goes to ``<temp dir>/bench-engines-<engine>.log`` as it runs.

    uv run python benchmarks/bench_engines.py --persons 20000
    uv run python benchmarks/bench_engines.py --persons 20000 --engines duckdb,postgres

PostgreSQL needs TILSYN_TEST_POSTGRES_URL (or TILSYN_POSTGRES_URL); Spark needs Java. The Spark
driver gets 4 GB (``TILSYN_BENCH_SPARK_MEMORY``), other settings from
``TILSYN_BENCH_SPARK_CONF`` (``key=value,...``). At 1,000,000 citizens, on an imported
workspace:

    uv run python benchmarks/bench_engines.py --persons 1000000 --engines spark \
        --workspace /tmp/tilsyn-bench-engines/ws-1000000 --no-pandas
"""

from __future__ import annotations

import argparse
import contextlib
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
PHASES = ("load", "floor", "obligations", "measures", "economy", "staircase")
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


def reset_hwm(pid: int | str = "self") -> None:
    """Start a new peak: the kernel sets VmHWM to the present resident size."""
    # Another user's process, or a kernel without it: the peaks stay cumulative.
    with contextlib.suppress(OSError):
        Path(f"/proc/{pid}/clear_refs").write_text("5")


def cpu_seconds(pid: int | str = "self") -> float:
    """User + system CPU seconds of a process (all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _scan_sql(con: Any) -> list[str]:
    """One query per table reading every column (count of each column's values)."""
    from tilsyn.data.contract import TABLES

    queries = []
    for table in TABLES:
        cols = ", ".join(f"count({c.name})" for c in table.columns)
        queries.append(f"SELECT count(*), {cols} FROM {table.name}")
    return queries


class Phases:
    """Wall seconds, CPU seconds and peak memory of each phase, per process (this Python
    process and, on Spark, its JVM; PostgreSQL's server processes are not counted)."""

    def __init__(self, jvm: int | None = None) -> None:
        self.jvm = jvm
        self.times: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self.peak_mb: dict[str, dict[str, float]] = {}

    def _pids(self) -> dict[str, int | str]:
        return {"python": "self", **({"jvm": self.jvm} if self.jvm else {})}

    def run(self, name: str, work: Any) -> Any:
        pids = self._pids()
        for pid in pids.values():
            reset_hwm(pid)
        cpu = sum(cpu_seconds(pid) for pid in pids.values())
        began = time.perf_counter()
        result = work()
        self.times[name] = time.perf_counter() - began
        self.cpu[name] = sum(cpu_seconds(pid) for pid in pids.values()) - cpu
        self.peak_mb[name] = {k: vm_hwm_mb(pid) for k, pid in pids.items()}
        # As it goes, for a long run that is stopped before its end.
        print(
            f"{name}: {self.times[name]:.2f} s, {self.cpu[name]:.1f} s CPU, "
            f"peak {self.peak_mb[name]}, load {load_average()}",
            file=sys.stderr,
            flush=True,
        )
        return result


def _spark_session(warehouse: Path) -> Any:
    from pyspark.sql import SparkSession

    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    builder = (
        SparkSession.builder.master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.memory", os.environ.get("TILSYN_BENCH_SPARK_MEMORY", "4g"))
        .config("spark.sql.warehouse.dir", str(warehouse))
    )
    for key, value in spark_settings().items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def spark_settings() -> dict[str, str]:
    """The SQL settings of the Spark run: ``TILSYN_BENCH_SPARK_CONF`` (``key=value,...``)
    over these defaults."""
    settings = {"spark.sql.shuffle.partitions": "2"}
    for item in filter(None, os.environ.get("TILSYN_BENCH_SPARK_CONF", "").split(",")):
        key, _, value = item.partition("=")
        settings[key.strip()] = value.strip()
    return settings


def child(engine: str, root: Path, tmp: Path, phases: tuple[str, ...] = PHASES) -> dict[str, Any]:
    from tilsyn.data.workspace import Workspace
    from tilsyn.economy.fulltime import fulltime_by_month
    from tilsyn.economy.staircase import refund_by_step, staircase_query
    from tilsyn.measures.early import early_followup
    from tilsyn.measures.focus import focus_measures
    from tilsyn.measures.reform import reform_report
    from tilsyn.rules.evaluate import evaluate
    from tilsyn.rules.on_engine import obligations_query

    space = Workspace(root)
    snapshot = space.connect()
    con: Any = snapshot
    spark: Any = None
    schema = None
    jvm = None
    if engine == "spark":
        spark = _spark_session(tmp / "warehouse")
        jvm = int(spark.sparkContext._jvm.java.lang.ProcessHandle.current().pid())
    phase = Phases(jvm)
    if engine == "postgres":
        from tilsyn.engines.load import to_postgres

        url = os.environ.get("TILSYN_TEST_POSTGRES_URL") or os.environ["TILSYN_POSTGRES_URL"]
        schema = f"tilsyn_bench_{uuid.uuid4().hex[:8]}"
        con = phase.run("load", lambda: to_postgres(snapshot, url, schema))
    elif engine == "spark":
        from tilsyn.engines.load import to_spark

        con = phase.run("load", lambda: to_spark(snapshot, spark, tmp / "parquet"))
    else:
        phase.times["load"], phase.cpu["load"] = 0.0, 0.0
    scans = _scan_sql(con)
    phase.run("floor", lambda: [con.execute(q).fetchall() for q in scans])

    def table(name: str) -> str:
        return f'"{schema}"."{name}"' if schema else name

    def obligations() -> int:
        if engine == "duckdb":
            # In this process is on the engine: DuckDB runs here.
            return int(evaluate(con, AS_OF).num_rows)
        with obligations_query(con, AS_OF) as sql:
            return int(con.save_table(table("bench_obligations"), sql))

    rows: dict[str, int] = {}
    if "obligations" in phases:
        rows["obligations"] = phase.run("obligations", obligations)

    def measures() -> None:
        focus_measures(con, year=LAST.year, as_of=AS_OF)
        early_followup(con, first_month=FIRST, last_month=LAST, as_of=AS_OF)
        reform_report(con, first_month=FIRST, last_month=LAST, as_of=AS_OF)

    if "measures" in phases:
        phase.run("measures", measures)

    def economy() -> None:
        # What the economy report reads: refund per step over the three years and the
        # full-year persons per month of the last one (both aggregates).
        refund_by_step(con, f"{FIRST.year}-W01", f"{LAST.year}-W52", AS_OF)
        fulltime_by_month(con, LAST.year, AS_OF)

    if "economy" in phases:
        phase.run("economy", economy)

    def staircase() -> int:
        # The last year's person-weeks written as a table on the engine (as `tilsyn spark
        # results` writes them), not collected.
        sql, params = staircase_query(con, f"{LAST.year}-W01", f"{LAST.year}-W52", AS_OF)
        if engine == "duckdb":
            con.execute(f"CREATE TEMP TABLE bench_staircase AS {sql}", params)
            return int(con.execute("SELECT count(*) FROM bench_staircase").fetchall()[0][0])
        return int(con.save_table(table("bench_staircase"), con.query_sql(sql, params)))

    if "staircase" in phases:
        rows["staircase"] = phase.run("staircase", staircase)
    if spark is not None:
        spark.stop()
    if schema is not None:
        import psycopg

        with psycopg.connect(url, autocommit=True) as pg:
            pg.execute(f'DROP SCHEMA "{schema}" CASCADE')
    return {"times": phase.times, "cpu": phase.cpu, "peak_mb": phase.peak_mb, "rows": rows}


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


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=20_000)
    parser.add_argument("--engines", default="duckdb,postgres,spark")
    parser.add_argument(
        "--phases",
        default=",".join(PHASES),
        help="phases to run (load and floor always run); e.g. obligations,measures",
    )
    parser.add_argument(
        "--workspace",
        type=Path,
        help="an imported workspace to use instead of generating one (e.g. the obligations "
        "benchmark's cache at 1,000,000 citizens); --data names its Parquet folder for pandas",
    )
    parser.add_argument("--data", type=Path, help="the case-data folder of --workspace")
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
            found = child(args.child, Path(args.root), Path(tmp), phases)
            print(json.dumps(found))
        return
    if args.workspace is not None:
        root, folder = args.workspace, args.data
        if folder is None:
            args.no_pandas = True
    else:
        folder, root = prepare(args.persons)

    chosen = ",".join(phases)

    def run(name: str, where: Path) -> dict[str, Any]:
        # The child's progress (a line per phase) goes to a log file as it runs.
        log = Path(tempfile.gettempdir(), f"bench-engines-{name}.log")
        with log.open("w") as err:
            command = [sys.executable, __file__, "--child", name, "--root", str(where)]
            done = subprocess.run(
                [*command, "--phases", chosen], stdout=subprocess.PIPE, stderr=err, text=True
            )
        if done.returncode != 0:  # show why (a Spark heap too small, a missing server)
            errors = [line for line in log.read_text().splitlines() if "Error" in line]
            raise SystemExit(f"{name} fejlede ({done.returncode}): " + "\n".join(errors[-8:]))
        return dict(json.loads(done.stdout.strip().splitlines()[-1]))

    pandas = None if args.no_pandas else run("pandas", folder)
    line = f"{args.persons:,} borgere, 2023-01..2025-12 ({root})."
    if pandas is not None:
        line += (
            f" pandas-script (samtalemålet): {pandas['seconds']:.2f} s, {pandas['peak_mb']:.0f} MB"
        )
    print(line)
    if "spark" in args.engines.split(","):
        memory = os.environ.get("TILSYN_BENCH_SPARK_MEMORY", "4g")
        settings = ", ".join(f"{k}={v}" for k, v in spark_settings().items())
        print(f"Spark: local[2], driver {memory}, {settings}")
    print(f"{'motor':10}{'fase':13}{'s':>9}{'gulv':>7}{'CPU s':>9}   højeste RSS (MB)   rækker")
    for engine in args.engines.split(","):
        before = load_average()
        r = run(engine, root)
        t, cpu, peaks = r["times"], r["cpu"], r["peak_mb"]
        for p in phases:
            ratio = f"{t[p] / t['floor']:5.0f}x" if p not in ("load", "floor") else ""
            peak = ", ".join(f"{k} {v:.0f}" for k, v in peaks.get(p, {}).items())
            rows = r["rows"].get(p, "")
            print(f"{engine:10}{p:13}{t[p]:9.2f}{ratio:>7}{cpu[p]:9.1f}   {peak:18} {rows}")
        print(f"{'':10}belastning (load average) før {before}, efter {load_average()}")
    print("(Nx = forhold til gulvet: en ren skanning af de samme data på samme motor)")


if __name__ == "__main__":
    main()
