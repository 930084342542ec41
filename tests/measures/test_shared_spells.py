"""The early-effort follow-up and the reform share one building of the benefit spells: the
shared spells give exactly the results each measure gets from its own, and spells built for
another municipality, without a measure's benefits or with other parameters are refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from tilsyn.measures.early import early_benefits, early_followup
from tilsyn.measures.reform import reform_benefits, reform_report
from tilsyn.measures.six_month_point import load_case_data
from tilsyn.rules.parameters import default_parameters, load_parameters

FIRST, LAST, AS_OF = dt.date(2025, 7, 1), dt.date(2027, 6, 1), dt.date(2027, 6, 30)
MONTHS = {"first_month": FIRST, "last_month": LAST, "as_of": AS_OF}


@pytest.fixture(scope="module")
def job_centre(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    from tilsyn.data.importer import import_folder
    from tilsyn.data.synthetic import generate
    from tilsyn.data.workspace import Workspace

    root: Path = tmp_path_factory.mktemp("shared")
    generate(root / "data", persons=3000, seed=11, fmt="parquet", start="2025-01", end="2027-06")
    ws = Workspace(root / "ws")
    import_folder(root / "data", ws)
    return ws.connect()


def test_shared_spells_give_each_measure_its_own_results(
    job_centre: duckdb.DuckDBPyConnection,
) -> None:
    con = job_centre
    params = default_parameters()
    early_alone = early_followup(con, **MONTHS)
    reform_alone = reform_report(con, **MONTHS)
    data = load_case_data(con, params, benefits=early_benefits(params) | reform_benefits(params))
    try:
        # The shared spells hold families the reform does not read (uddannelseshjælp before
        # the merger): they must stay outside its cohorts.
        others = con.execute(
            f"SELECT COUNT(*) FROM {data.spells} WHERE family NOT IN "
            f"({', '.join(repr(b) for b in sorted(reform_benefits(params)))})"
        ).fetchall()[0][0]
        assert others > 0
        assert sum(r.population for r in early_alone) > 100
        assert len(reform_alone[1]) > 100
        assert early_followup(con, **MONTHS, case_data=data) == early_alone
        assert reform_report(con, **MONTHS, case_data=data) == reform_alone
        # Each measure dropped only its own view: the shared spells serve a second round.
        assert reform_report(con, **MONTHS, case_data=data) == reform_alone
    finally:
        data.close()
    assert not con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE temporary "
        "UNION ALL SELECT view_name FROM duckdb_views() WHERE temporary AND NOT internal"
    ).fetchall()


def test_spells_built_for_another_municipality_are_refused(
    job_centre: duckdb.DuckDBPyConnection,
) -> None:
    params = default_parameters()
    muni = job_centre.execute("SELECT MIN(municipality) FROM persons").fetchall()[0][0]
    data = load_case_data(job_centre, params, benefits=early_benefits(params), municipality=muni)
    try:
        with pytest.raises(ValueError, match="kommune"):
            early_followup(job_centre, **MONTHS, case_data=data)
        assert early_followup(
            job_centre, **MONTHS, municipality=muni, case_data=data
        ) == early_followup(job_centre, **MONTHS, municipality=muni)
    finally:
        data.close()


def test_spells_without_a_measures_benefits_are_refused(
    job_centre: duckdb.DuckDBPyConnection,
) -> None:
    params = default_parameters()
    data = load_case_data(job_centre, params, benefits=reform_benefits(params))
    try:
        with pytest.raises(ValueError, match="uden ydelserne selvforsoergelsesydelse"):
            early_followup(job_centre, **MONTHS, case_data=data)
    finally:
        data.close()


def test_spells_built_with_other_parameters_are_refused(
    job_centre: duckdb.DuckDBPyConnection,
) -> None:
    from tilsyn.rules.parameters import PARAMETERS_DIR

    params = default_parameters()
    data = load_case_data(job_centre, params)
    try:
        with pytest.raises(ValueError, match="andre parametre"):
            reform_report(
                job_centre, **MONTHS, params=load_parameters(PARAMETERS_DIR), case_data=data
            )
    finally:
        data.close()
