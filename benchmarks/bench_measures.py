"""Benchmark: STAR's focus measures on synthetic data, beside a plain DuckDB-SQL baseline.

Generates (or reuses a cached) synthetic job centre covering three years (2022-01 to 2024-12),
imports it into a workspace, then — in a fresh process, so that the peak memory is the
engine's — times:

- all focus measures: person-months for all 36 months (seniority, interviews, offers, hours,
  both hour readings) and the counts by municipality, month and benefit;
- one calendar year through the public API (``focus_measures``), and a forecast;
- a plain DuckDB-SQL baseline of the interview measure only (simplified seniority: continuous
  runs of one benefit, no dated parameters), run in the same process.

Prints wall times, peak RSS and the engine/baseline ratio.

    uv run python benchmarks/bench_measures.py --persons 60000
    uv run python benchmarks/bench_measures.py --persons 1000000
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import subprocess
import sys
import time
from pathlib import Path

CACHE = Path("/tmp/tilsyn-bench-measures")
FIRST, LAST = dt.date(2022, 1, 1), dt.date(2024, 12, 1)
AS_OF = dt.date(2024, 12, 31)

BASELINE_SQL = """
WITH p AS (
    SELECT person_id, benefit, start_date AS s, COALESCE(end_date, DATE '{as_of}') AS e,
           year(start_date) * 12 + month(start_date) - 1 AS sm,
           year(COALESCE(end_date, DATE '{as_of}')) * 12
             + month(COALESCE(end_date, DATE '{as_of}')) - 1 AS em
    FROM benefit_periods
    WHERE benefit NOT IN ('fleksjob', 'foertidspension') AND start_date <= DATE '{as_of}'
),
g AS (
    SELECT *, SUM(CASE WHEN sm > prev + 1 OR prev IS NULL THEN 1 ELSE 0 END)
                OVER (PARTITION BY person_id, benefit ORDER BY s) AS run
    FROM (SELECT *, MAX(em) OVER (PARTITION BY person_id, benefit ORDER BY s
                 ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev FROM p)
),
runs AS (SELECT person_id, benefit, run, MIN(sm) AS rs, MAX(em) AS re FROM g GROUP BY ALL),
pm AS (
    SELECT DISTINCT r.person_id, m.mi
    FROM runs r, (SELECT UNNEST(range({first}, {last} + 1)) AS mi) m
    WHERE m.mi BETWEEN r.rs + 11 AND r.re
),
c AS (
    SELECT person_id, year(date) * 12 + month(date) - 1 AS mi, COUNT(*) AS n
    FROM conversations
    WHERE status = 'afholdt' AND COALESCE(individual, TRUE)
      AND kind IN ('jobsamtale', 'opfoelgningssamtale', 'faellessamtale')
      AND held_by IN ('jobcenter', 'anden_aktoer')
    GROUP BY 1, 2
),
counted AS (
    SELECT pm.person_id, pm.mi, COALESCE(SUM(c.n), 0) AS n12
    FROM pm LEFT JOIN c ON c.person_id = pm.person_id AND c.mi BETWEEN pm.mi - 11 AND pm.mi
    GROUP BY 1, 2
)
SELECT pers.municipality, mi, COUNT(*) AS population, COUNT(*) FILTER (WHERE n12 < 4) AS failing
FROM counted JOIN persons pers USING (person_id)
GROUP BY ALL
"""


def prepare(persons: int) -> Path:
    """Generate and import once per size; returns the workspace root."""
    from tilsyn.data.importer import import_folder
    from tilsyn.data.synthetic import generate
    from tilsyn.data.workspace import Workspace

    root = CACHE / f"ws-{persons}"
    ws = Workspace(root)
    if ws.current_id() is not None:
        return root
    folder = CACHE / f"data-{persons}"
    began = time.perf_counter()
    generate(folder, persons=persons, seed=1, fmt="parquet", start="2022-01", end="2024-12")
    print(f"genereret {persons:,} personer på {time.perf_counter() - began:.1f} s", flush=True)
    began = time.perf_counter()
    import_folder(folder, ws)
    print(f"importeret på {time.perf_counter() - began:.1f} s", flush=True)
    return root


def peak_rss_mb() -> float:
    """Peak RSS of this process. /proc's VmHWM is reset by exec; ru_maxrss is not on Linux,
    so it would report the generator's peak inherited from the parent."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(root: Path) -> None:
    from tilsyn.data.workspace import Workspace
    from tilsyn.measures.focus import _aggregate, build_person_months, focus_measures
    from tilsyn.measures.forecast import forecast
    from tilsyn.measures.seniority import month_index

    con = Workspace(root).connect()
    counts = dict(
        con.execute(
            "SELECT 'persons', COUNT(*) FROM persons UNION ALL "
            "SELECT 'benefit_periods', COUNT(*) FROM benefit_periods UNION ALL "
            "SELECT 'conversations', COUNT(*) FROM conversations"
        ).fetchall()
    )
    print("data: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    rss_start = peak_rss_mb()
    baseline = BASELINE_SQL.format(
        as_of=AS_OF.isoformat(), first=month_index(FIRST), last=month_index(LAST)
    )

    began = time.perf_counter()
    build_person_months(con, first_month=FIRST, last_month=LAST, as_of=AS_OF)
    agg = _aggregate(con)
    cold_s = time.perf_counter() - began
    con.execute(baseline).fetchall()  # warm the baseline too, so both are timed warm

    began = time.perf_counter()
    build_person_months(con, first_month=FIRST, last_month=LAST, as_of=AS_OF)
    agg = _aggregate(con)
    engine_s = time.perf_counter() - began
    person_months = con.execute("SELECT COUNT(*) FROM focus_person_months").fetchall()[0][0]
    rss_engine = peak_rss_mb()

    began = time.perf_counter()
    rows = con.execute(baseline).fetchall()
    baseline_s = time.perf_counter() - began

    began = time.perf_counter()
    results = focus_measures(con, year=2024, as_of=AS_OF)
    year_s = time.perf_counter() - began

    munis = sorted({r.municipality for r in results})
    began = time.perf_counter()
    fc = forecast(con, as_of=dt.date(2024, 6, 30), municipality=munis[0])
    forecast_s = time.perf_counter() - began
    con.close()

    print(f"alle fokusmål, første kørsel: {cold_s:5.2f} s (parametre og data indlæses)")
    print(
        f"alle fokusmål, 36 måneder: {engine_s:8.2f} s  ({person_months:,} personmåneder, "
        f"{len(agg):,} kommune-måneder)"
    )
    print(f"SQL-basislinje (samtaler):  {baseline_s:8.2f} s  ({len(rows):,} rækker)")
    print(f"forhold motor/basislinje:   {engine_s / baseline_s:8.2f}")
    print(f"ét år via focus_measures:   {year_s:8.2f} s")
    print(f"prognose kommune {munis[0]}:     {forecast_s:8.2f} s  ({len(fc.actions):,} handlinger)")
    print(
        f"maks. RSS: {peak_rss_mb():,.0f} MB (efter åbning {rss_start:,.0f} MB, "
        f"efter motor {rss_engine:,.0f} MB)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--persons", type=int, default=60_000)
    parser.add_argument("--run", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        run(args.run)
        return 0
    root = prepare(args.persons)
    # A fresh process, so that the peak RSS is the measures' and not the generator's.
    return subprocess.call([sys.executable, __file__, "--run", str(root)])


if __name__ == "__main__":
    raise SystemExit(main())
