"""Spells kept beside a snapshot (decision 0024): an evaluation that reads them gives exactly
the obligations of one that computes them, and reads them only where they hold."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from tilsyn.app import data as app_data
from tilsyn.app.actor import Actor, Role
from tilsyn.data.importer import import_folder
from tilsyn.data.results import results_dir
from tilsyn.data.synthetic import generate
from tilsyn.data.workspace import Workspace
from tilsyn.rules import stored_spells
from tilsyn.rules.evaluate import compile_rules, evaluate
from tilsyn.rules.parameters import ParameterSet, default_parameters
from tilsyn.rules.registry import load_rules
from tilsyn.rules.spells import BREAK_MONTHS

OPERATOR = Actor("drift", Role.operator)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic job centre with every kind of spell (dagpenge placements, mixed
    benefits, sickness)."""
    out = tmp_path_factory.mktemp("data")
    generate(out, persons=1500, seed=7, fmt="parquet")
    return out


@pytest.fixture
def space(folder: Path, tmp_path: Path) -> Workspace:
    ws = Workspace(tmp_path / "ws")
    app_data.import_folder(OPERATOR, ws, folder)
    return ws


def _files(ws: Workspace) -> list[Path]:
    sid = ws.current_id()
    assert sid is not None
    return sorted(results_dir(ws.snapshot_path(sid)).glob("spells-*.parquet"))


def _attached(con: duckdb.DuckDBPyConnection, as_of: dt.date, params: object = None) -> bool:
    p = params if params is not None else default_parameters()
    plan = compile_rules(tuple(load_rules().values()), p, False)  # type: ignore[arg-type]
    return bool(stored_spells.attach(con, plan.prelude, as_of))


def _computed(ws: Workspace, as_of: dt.date, **kw: object) -> pa.Table:
    """The obligations with the spells computed: the files moved away for the evaluation."""
    files = _files(ws)
    aside = [f.with_name(f.name + ".aside") for f in files]
    for f, a in zip(files, aside, strict=True):
        f.rename(a)
    try:
        con = ws.connect()
        try:
            assert not _attached(con, as_of)
            return _sorted(evaluate(con, as_of, **kw))  # type: ignore[arg-type]
        finally:
            con.close()
    finally:
        for f, a in zip(files, aside, strict=True):
            a.rename(f)


def _sorted(table: pa.Table) -> pa.Table:
    # ``evaluate`` orders by person, window, kind and due date; rows equal on those come in
    # any order.
    return table.sort_by([(c, "ascending") for c in table.column_names])


def _stored(ws: Workspace, as_of: dt.date, *, used: bool = True) -> pa.Table:
    con = ws.connect()
    try:
        assert _attached(con, as_of) is used
        return _sorted(evaluate(con, as_of))
    finally:
        con.close()


def _last(ws: Workspace) -> dt.date:
    con = ws.connect()
    try:
        day = stored_spells.last_day(con)
    finally:
        con.close()
    assert day is not None
    return day


def test_the_import_keeps_the_spells_beside_the_snapshot(space: Workspace) -> None:
    names = [f.name.rsplit("-", 1)[1] for f in _files(space)]
    assert names == ["benefit_rows.parquet", "benefit_spells.parquet"]


@pytest.mark.parametrize("days_after", [0, 1, 400])
def test_obligations_from_the_kept_spells_equal_computed_ones(
    space: Workspace, days_after: int
) -> None:
    as_of = _last(space) + dt.timedelta(days=days_after)
    stored = _stored(space, as_of)
    assert stored.num_rows > 1000
    assert stored.equals(_computed(space, as_of))


def test_before_the_last_day_the_spells_are_computed(space: Workspace) -> None:
    """A row that ends after the reference date keeps its spell open, and one that starts
    after it is not known yet: the kept spells do not hold."""
    as_of = _last(space) - dt.timedelta(days=1)
    assert _stored(space, as_of, used=False).equals(_computed(space, as_of))


def test_other_parameters_do_not_find_the_kept_spells(space: Workspace) -> None:
    base = default_parameters()
    params = {p.id: p for p in base}
    old = params[BREAK_MONTHS]
    entry = old.history[-1]
    value = int(entry.value) + 1  # type: ignore[arg-type]
    params[BREAK_MONTHS] = dataclasses.replace(
        old, history=(*old.history[:-1], dataclasses.replace(entry, value=value))
    )
    changed = ParameterSet(params)
    as_of = _last(space)
    con = space.connect()
    try:
        assert _attached(con, as_of)
        assert not _attached(con, as_of, changed)
    finally:
        con.close()


def test_a_delta_keeps_the_spells_of_its_new_snapshot(space: Workspace, folder: Path) -> None:
    import polars as pl

    persons = pl.read_parquet(folder / "persons.parquet").head(20)
    periods = pl.read_parquet(folder / "benefit_periods.parquet")
    touched = periods.filter(pl.col("person_id").is_in(persons["person_id"].implode()))
    last = periods["start_date"].max()
    assert isinstance(last, dt.date)
    start = last + dt.timedelta(days=30)
    new = touched.head(1).with_columns(
        pl.lit(start).alias("start_date"), pl.lit(None, dtype=pl.Date).alias("end_date")
    )
    delta = folder.parent / "delta"
    shutil.rmtree(delta, ignore_errors=True)
    delta.mkdir()
    persons.write_parquet(delta / "persons.parquet")
    pl.concat([touched, new]).write_parquet(delta / "benefit_periods.parquet")
    before = space.current_id()
    app_data.import_delta(OPERATOR, space, delta)
    assert space.current_id() != before
    assert len(_files(space)) == 2
    as_of = _last(space)
    assert as_of >= start
    assert _stored(space, as_of).equals(_computed(space, as_of))


def test_spells_that_cannot_be_kept_leave_no_file_and_the_evaluation_computes_them(
    folder: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ws = Workspace(tmp_path / "ws")
    sid = import_folder(folder, ws).snapshot_id
    blocked = results_dir(ws.snapshot_path(sid))
    blocked.write_text("not a folder")  # where the files would go
    assert stored_spells.derive_for(ws) is False
    assert "forløbene blev ikke gemt" in caplog.text
    assert blocked.is_file()
    as_of = _last(ws)
    con = ws.connect()
    try:
        assert not _attached(con, as_of)
        assert evaluate(con, as_of).num_rows > 1000
    finally:
        con.close()
