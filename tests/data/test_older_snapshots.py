"""A snapshot imported before the contract gained optional columns (``education_order``,
``early_followup_request_date``) or an optional table is read as today's: the missing column
reads as its default (NULL), the missing table as empty, read-only and without writing the
hash-locked file. A snapshot lacking a *required* column is refused in plain Danish, naming
the contract version it was imported with and asking for a re-import."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from tilsyn.app import Actor
from tilsyn.app.errors import failure_message
from tilsyn.app.measures import early, focus, reform
from tilsyn.app.obligations import obligations
from tilsyn.cli import app
from tilsyn.data import integrity
from tilsyn.data.importer import import_folder
from tilsyn.data.synthetic import generate
from tilsyn.data.workspace import OutdatedSnapshotError, Workspace

AS_OF = dt.date(2025, 6, 30)
OPERATOR = Actor.operator("drift")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("older")
    generate(root / "data", persons=150, seed=4, end="2025-06", fmt="csv")
    return root / "data"


def _imported(folder: Path, root: Path) -> Workspace:
    ws = Workspace(root)
    import_folder(folder, ws)
    return ws


def _as_if_older(ws: Workspace, drop: dict[str, str | None]) -> None:
    """Rewrite the current snapshot as an older import would have written it: without the
    column ``drop[table]`` (the whole table when None), checksum recorded anew."""
    path = ws.snapshot_path(ws.require_current())
    tmp = path.with_name("older.duckdb")
    con = duckdb.connect(str(tmp))
    try:
        con.execute(f"ATTACH '{path}' AS new (READ_ONLY)")
        tables = con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = 'new'"
        ).fetchall()
        for (table,) in tables:
            if table in drop and drop[table] is None:
                continue
            columns = [
                c
                for (c,) in con.execute(
                    "SELECT column_name FROM duckdb_columns() WHERE database_name = 'new' "
                    "AND table_name = $t ORDER BY column_index",
                    {"t": table},
                ).fetchall()
                if c != drop.get(table)
            ]
            listed = ", ".join(f'"{c}"' for c in columns)
            con.execute(f'CREATE TABLE "{table}" AS SELECT {listed} FROM new.main."{table}"')
        con.execute("DETACH new")
    finally:
        con.close()
    os.replace(tmp, path)
    integrity.record(path)


def _columns(ws: Workspace, table: str) -> list[str]:
    """The columns a reader sees; a view in today's shape adds the stored table's ``rowid``
    last, as a column, since a view has none of its own."""
    with ws.open() as snap:
        sql = f'SELECT * FROM "{table}" LIMIT 0'
        names = [d[0] for d in snap.con.execute(sql).description]
        return names[:-1] if names[-1:] == ["rowid"] else names


def test_missing_optional_columns_read_as_null_and_the_rules_run(
    folder: Path, tmp_path: Path
) -> None:
    today = _imported(folder, tmp_path / "today")
    older = _imported(folder, tmp_path / "older")
    _as_if_older(older, {"benefit_periods": "education_order"})
    path = older.snapshot_path(older.require_current())
    raw = duckdb.connect(str(path), read_only=True)
    stored = [d[0] for d in raw.execute("SELECT * FROM benefit_periods LIMIT 0").description]
    raw.close()
    assert "education_order" not in stored  # the file really is the older shape
    before = integrity.digest(path)

    # Read as today's: same columns in the same order as a new import, NULL where missing.
    assert _columns(older, "benefit_periods") == _columns(today, "benefit_periods")
    with older.open() as snap:
        assert snap.read_only
        filled = snap.con.execute(
            "SELECT count(*) FROM benefit_periods WHERE education_order IS NOT NULL"
        ).fetchall()[0][0]
    assert filled == 0

    # The rules (plan_before_offer reads education_order) give the same verdicts as on the
    # new import, whose generated column is empty too.
    def verdicts(ws: Workspace) -> list[tuple[object, ...]]:
        rows = obligations(OPERATOR, ws, AS_OF).rows
        return sorted((r["person_id"], r["rule_id"], r["window_start"], r["status"]) for r in rows)

    assert verdicts(older) == verdicts(today)
    assert integrity.digest(path) == before  # nothing was written to the snapshot
    assert older.damage(older.require_current()) is None


def test_the_measures_run_on_an_older_snapshot(folder: Path, tmp_path: Path) -> None:
    """The measures key benefit and person rows by DuckDB's rowid, which a view in today's
    shape must still offer: same focus, early-effort and reform figures as a new import."""
    today = _imported(folder, tmp_path / "today")
    older = _imported(folder, tmp_path / "older")
    _as_if_older(older, {"benefit_periods": "education_order", "persons": "caseworker_id"})

    def figures(ws: Workspace) -> tuple[object, ...]:
        first = dt.date(2025, 1, 1)
        return (
            focus(OPERATOR, ws, year=2025, as_of=AS_OF),
            early(OPERATOR, ws, first_month=first, last_month=AS_OF, as_of=AS_OF),
            reform(OPERATOR, ws, first_month=first, last_month=AS_OF, as_of=AS_OF),
        )

    assert figures(older) == figures(today)


def test_a_missing_optional_table_reads_as_empty(folder: Path, tmp_path: Path) -> None:
    today = _imported(folder, tmp_path / "today")
    older = _imported(folder, tmp_path / "older")
    _as_if_older(older, {"reassessments": None, "conversations": "purpose"})
    assert _columns(older, "reassessments") == _columns(today, "reassessments")
    assert _columns(older, "conversations") == _columns(today, "conversations")
    with older.open() as snap:
        assert snap.con.execute("SELECT count(*) FROM reassessments").fetchall()[0][0] == 0


def test_a_missing_required_column_is_refused_with_the_contract_version(
    folder: Path, tmp_path: Path
) -> None:
    older = _imported(folder, tmp_path / "older")
    _as_if_older(older, {"conversations": "held_by"})
    sid = older.require_current()
    with pytest.raises(OutdatedSnapshotError) as caught, older.open():
        pass
    message = str(caught.value)
    assert f"Datasamlingen {sid} er importeret med dataformat (kontrakt) version 1" in message
    assert "conversations.held_by" in message
    assert "Importér sagsdata igen" in message
    assert failure_message(caught.value) == message  # shown as is, not "kan være beskadiget"
    result = CliRunner().invoke(
        app, ["obligations", "--as-of", AS_OF.isoformat(), "--workspace", str(older.root)]
    )
    assert result.exit_code != 0
    said = " ".join(result.output.split())
    assert "conversations.held_by" in said
    assert "Importér sagsdata igen" in said
    assert "beskadiget" not in said


def test_a_delta_on_an_older_snapshot_writes_todays_shape(folder: Path, tmp_path: Path) -> None:
    from tilsyn.data.delta import import_delta

    older = _imported(folder, tmp_path / "older")
    _as_if_older(older, {"benefit_periods": "education_order", "reassessments": None})
    # The delta: one citizen's rows as they stand, with the column the older import lacked.
    delta = tmp_path / "delta"
    delta.mkdir()
    person = None
    for name in ("persons", "benefit_periods"):
        lines = (folder / f"{name}.csv").read_text(encoding="utf-8").splitlines()
        sep = ";" if ";" in lines[0] else ","
        header = lines[0].split(sep)
        at = header.index("person_id")
        person = person or lines[1].split(sep)[at]
        rows = [line for line in lines[1:] if line.split(sep)[at] == person]
        (delta / f"{name}.csv").write_text("\n".join([lines[0], *rows]) + "\n", encoding="utf-8")
    import_delta(delta, older)
    new = older.snapshot_path(older.require_current())
    raw = duckdb.connect(str(new), read_only=True)
    try:
        stored = {
            t: [d[0] for d in raw.execute(f"SELECT * FROM {t} LIMIT 0").description]
            for t in ("benefit_periods", "reassessments")
        }
    finally:
        raw.close()
    today = _imported(folder, tmp_path / "today")
    assert stored["benefit_periods"] == _columns(today, "benefit_periods")
    assert stored["reassessments"] == _columns(today, "reassessments")
    assert obligations(OPERATOR, older, AS_OF).rows
