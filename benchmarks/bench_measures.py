"""Benchmark: all measures on synthetic data, beside a plain DuckDB-SQL baseline.

Generates (or reuses a cached) synthetic job centre covering three years (2025-01 to 2027-12,
so that STAR's early-effort follow-up, the 2026 reform's rules and the focus measures all have
cohorts), imports it into a workspace, then — in a fresh process, so that the peak memory is
the engine's — times "all measures" in one process:

- the focus measures: person-months for all 36 months (seniority, interviews, offers, hours,
  both hour readings) and the counts by municipality, month and benefit;
- STAR's early-effort follow-up (``early_followup``, 36 monthly cohorts, three parts);
- the 2026 reform's rules (``reform_report``, 36 monthly cohorts, with the member list);
  these two share one building of the benefit spells (``load_case_data``), timed on its own;

and a plain DuckDB-SQL baseline of the interview measure only (simplified seniority:
continuous runs of one benefit, no dated parameters), run in the same process. The whole set is
run twice: the first run reads the snapshot from disk and loads the parameters, the second is
warm. Prints wall times, peak RSS (VmHWM from /proc) and the ratio to the baseline, against the
issue's targets (1,000,000 persons: ≤ 6.5 s and < 4 GB; 60,000 persons: < 1.5 s). CPU seconds
and the load average are printed beside the wall times.

    uv run python benchmarks/bench_measures.py --persons 60000
    uv run python benchmarks/bench_measures.py --persons 1000000
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CACHE = Path(tempfile.gettempdir()) / "tilsyn-bench-measures"
FIRST, LAST = dt.date(2025, 1, 1), dt.date(2027, 12, 1)
AS_OF = dt.date(2027, 12, 31)
# seconds, MB: 1,000,000 persons in 6.5 s (issue "Beyond one machine"; 15 s and 4 GB before)
TARGETS = {1_000_000: (6.5, 4096.0), 60_000: (1.5, None)}

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

    period = f"{FIRST:%Y-%m}-{LAST:%Y-%m}"
    root = CACHE / f"ws-{persons}-{period}"
    ws = Workspace(root)
    if ws.current_id() is not None:
        return root
    folder = CACHE / f"data-{persons}-{period}"
    began = time.perf_counter()
    generate(
        folder, persons=persons, seed=1, fmt="parquet", start=f"{FIRST:%Y-%m}", end=f"{LAST:%Y-%m}"
    )
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


def all_measures(con: object) -> dict[str, tuple[float, str]]:
    """Run every measure once; {part: (seconds, what was produced)}."""
    import duckdb

    from tilsyn.measures.early import early_benefits, early_followup
    from tilsyn.measures.focus import _aggregate, build_person_months
    from tilsyn.measures.reform import reform_benefits, reform_report
    from tilsyn.measures.six_month_point import load_case_data
    from tilsyn.rules.parameters import default_parameters

    assert isinstance(con, duckdb.DuckDBPyConnection)
    out: dict[str, tuple[float, str]] = {}
    began = time.perf_counter()
    build_person_months(con, first_month=FIRST, last_month=LAST, as_of=AS_OF)
    agg = _aggregate(con)
    person_months = con.execute("SELECT COUNT(*) FROM focus_person_months").fetchall()[0][0]
    out["fokusmål"] = (
        time.perf_counter() - began,
        f"{person_months:,} personmåneder, {len(agg):,} kommune-måneder",
    )
    # The early effort and the reform read the same spells: built once, for both.
    began = time.perf_counter()
    params = default_parameters()
    data = load_case_data(con, params, benefits=early_benefits(params) | reform_benefits(params))
    spells = con.execute(f"SELECT COUNT(*) FROM {data.spells}").fetchall()[0][0]
    out["6-måneders-forløb"] = (time.perf_counter() - began, f"{spells:,} forløb")
    try:
        began = time.perf_counter()
        shares = early_followup(
            con, first_month=FIRST, last_month=LAST, as_of=AS_OF, case_data=data
        )
        cohort = sum(r.population for r in shares if r.part == "samtaler")
        out["tidlig indsats"] = (
            time.perf_counter() - began,
            f"{cohort:,} forløb i kohorter, {len(shares):,} rækker",
        )
        began = time.perf_counter()
        rows, members = reform_report(
            con, first_month=FIRST, last_month=LAST, as_of=AS_OF, case_data=data
        )
        out["reform 2026"] = (
            time.perf_counter() - began,
            f"{len(members):,} medlemmer, {len(rows):,} rækker",
        )
    finally:
        data.close()
    return out


def import_measures() -> float:
    """Import the measures' modules (and NumPy) and return the seconds it took. Done before
    the timed runs, as ``bench_obligations.py`` imports the rules before its timer: the first
    run is cold in its data and parameters, not in Python's module imports (which compile
    every module from source where ``PYTHONDONTWRITEBYTECODE`` is set)."""
    began = time.perf_counter()
    import tilsyn.measures.early
    import tilsyn.measures.focus
    import tilsyn.measures.reform
    import tilsyn.measures.six_month_point  # noqa: F401

    return time.perf_counter() - began


def run(root: Path, persons: int) -> None:
    from tilsyn.data.calendar import month_index
    from tilsyn.data.workspace import Workspace
    from tilsyn.measures.focus import focus_measures
    from tilsyn.measures.forecast import forecast

    imports_s = import_measures()
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

    load_before = os.getloadavg()[0]
    began, cpu = time.perf_counter(), time.process_time()
    cold = all_measures(con)
    cold_s, cold_cpu = time.perf_counter() - began, time.process_time() - cpu
    rss_cold = peak_rss_mb()
    con.execute(baseline).fetchall()  # warm the baseline too, so both are timed warm

    began, cpu = time.perf_counter(), time.process_time()
    warm = all_measures(con)
    warm_s, warm_cpu = time.perf_counter() - began, time.process_time() - cpu
    load_after = os.getloadavg()[0]

    began = time.perf_counter()
    rows = con.execute(baseline).fetchall()
    baseline_s = time.perf_counter() - began

    began = time.perf_counter()
    results = focus_measures(con, year=LAST.year, as_of=AS_OF)
    year_s = time.perf_counter() - began
    munis = sorted({r.municipality for r in results})
    began = time.perf_counter()
    fc = forecast(con, as_of=dt.date(LAST.year, 6, 30), municipality=munis[0])
    forecast_s = time.perf_counter() - began
    con.close()
    rss = peak_rss_mb()

    print(f"{'':24}{'1. kørsel':>10}{'2. kørsel':>10}")
    for part, (seconds, what) in warm.items():
        print(f"{part + ':':24}{cold[part][0]:9.2f}s{seconds:9.2f}s  ({what})")
    print(f"{'alle mål, 36 måneder:':24}{cold_s:9.2f}s{warm_s:9.2f}s")
    print(f"{'  heraf CPU-tid:':24}{cold_cpu:9.2f}s{warm_cpu:9.2f}s")
    print(f"{'import af modulerne (før 1. kørsel, ikke talt med):':52}{imports_s:6.2f}s")
    print(f"belastning (load average): {load_before:.1f} før, {load_after:.1f} efter")
    print(f"SQL-basislinje (samtaler): {baseline_s:6.2f} s  ({len(rows):,} rækker)")
    print(
        f"forhold alle mål/basislinje: {warm_s / baseline_s:5.2f}  "
        f"(fokusmål/basislinje {warm['fokusmål'][0] / baseline_s:.2f})"
    )
    print(f"ét år via focus_measures: {year_s:6.2f} s")
    print(f"prognose kommune {munis[0]}: {forecast_s:6.2f} s  ({len(fc.actions):,} handlinger)")
    print(
        f"maks. RSS: {rss:,.0f} MB (efter åbning {rss_start:,.0f} MB, "
        f"efter 1. kørsel {rss_cold:,.0f} MB)"
    )
    target = TARGETS.get(persons)
    if target:
        seconds, mb = target
        verdict = "nået" if max(cold_s, warm_s) < seconds else "IKKE nået"
        text = f"mål for {persons:,} personer: < {seconds:g} s"
        if mb is not None:
            text += f" og < {mb / 1024:g} GB"
            verdict = "nået" if verdict == "nået" and rss < mb else "IKKE nået"
        print(f"{text}: {verdict} (langsomste kørsel {max(cold_s, warm_s):.2f} s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--persons", type=int, default=60_000)
    parser.add_argument("--run", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        run(args.run, args.persons)
        return 0
    root = prepare(args.persons)
    # A fresh process, so that the peak RSS is the measures' and not the generator's.
    return subprocess.call(
        [sys.executable, __file__, "--run", str(root), "--persons", str(args.persons)]
    )


if __name__ == "__main__":
    raise SystemExit(main())
