"""Snapshots: atomic switch, idempotence, formats, CPR pseudonymisation, CLI behaviour."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import duckdb
import polars as pl
import pytest
import xlsxwriter
from typer.testing import CliRunner

from tilsyn.cli import app
from tilsyn.data import snapshot
from tilsyn.data.importer import ImportFailed, import_folder
from tilsyn.data.pseudonym import KEY_ENV
from tilsyn.data.workspace import Workspace

Rows = list[dict[str, str]]
# Valid CPR numbers (stdnum checks the date and the century digit, not modulus 11).
CPR_A = "010180-1234"
CPR_B = "1502906789"


def _with_cpr(tables: dict[str, Rows]) -> dict[str, Rows]:
    rename = {"P1": CPR_A, "P2": CPR_B}
    for rows in tables.values():
        for row in rows:
            if "person_id" in row and row["person_id"] in rename:
                row["person_id"] = rename[row["person_id"]]
    return tables


def _sheet(wb: xlsxwriter.Workbook, name: str | None, rows: Rows, dates: bool = False) -> None:
    """One table as a worksheet: a header row, then every value as text (or, with ``dates``,
    ISO dates in ``*date`` columns as real Excel date cells)."""
    sheet = wb.add_worksheet(name)
    date_format = wb.add_format({"num_format": "dd-mm-yyyy"})
    cols = list(rows[0])
    sheet.write_row(0, 0, cols)
    for r, row in enumerate(rows, start=1):
        for c, col in enumerate(cols):
            value = row[col]
            if dates and col.endswith("date") and value:
                sheet.write_datetime(r, c, dt.datetime.fromisoformat(value), date_format)
            else:
                sheet.write_string(r, c, value)


def _one_file_per_table(folder: Path, tables: dict[str, Rows], dates: bool = False) -> Path:
    folder.mkdir()
    for name, rows in tables.items():
        wb = xlsxwriter.Workbook(str(folder / f"{name}.xlsx"))
        _sheet(wb, None, rows, dates)
        wb.close()
    return folder


def _one_workbook(folder: Path, tables: dict[str, Rows]) -> Path:
    folder.mkdir()
    wb = xlsxwriter.Workbook(str(folder / "sagsdata.xlsx"))
    for name, rows in tables.items():
        _sheet(wb, name, rows)
    wb.close()
    return folder


def test_importing_the_same_content_twice_creates_no_second_snapshot(
    tmp_path: Path, tables: dict[str, Rows], folder_writer: Callable[..., Path]
) -> None:
    folder = folder_writer(tmp_path / "in", tables)
    ws = Workspace(tmp_path / "ws")
    first = import_folder(folder, ws)
    second = import_folder(folder, ws)
    assert first.created
    assert not second.created
    assert first.snapshot_id == second.snapshot_id
    assert len(ws.list_snapshots()) == 1


def test_new_content_becomes_a_new_current_snapshot_and_the_old_one_stays(
    tmp_path: Path, tables: dict[str, Rows], folder_writer: Callable[..., Path]
) -> None:
    ws = Workspace(tmp_path / "ws")
    first = import_folder(folder_writer(tmp_path / "a", tables), ws)
    tables["persons"][1]["municipality"] = "185"
    second = import_folder(folder_writer(tmp_path / "b", tables), ws)
    assert first.snapshot_id != second.snapshot_id
    infos = ws.list_snapshots()
    assert [i.is_current for i in infos] == [False, True]
    con = ws.connect()
    assert con.execute("SELECT count(*) FROM persons WHERE municipality = '185'").fetchall() == [
        (2,)
    ]


@pytest.mark.parametrize("stage", ["persons", "conversations", "payments", "closed"])
def test_an_interrupted_import_leaves_the_previous_snapshot_current(
    tmp_path: Path,
    tables: dict[str, Rows],
    folder_writer: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    stage: str,
) -> None:
    ws = Workspace(tmp_path / "ws")
    first = import_folder(folder_writer(tmp_path / "a", tables), ws)
    tables["persons"][1]["municipality"] = "185"
    folder_b = folder_writer(tmp_path / "b", tables)

    def crash(at: str) -> None:
        if at == stage:
            raise KeyboardInterrupt(f"afbrudt ved {at}")

    monkeypatch.setattr(snapshot, "_checkpoint", crash)
    with pytest.raises(KeyboardInterrupt):
        import_folder(folder_b, ws)
    assert ws.current_id() == first.snapshot_id
    assert sorted(p.name for p in ws.snapshots_dir.iterdir()) == [
        f"{first.snapshot_id}.duckdb",
        f"{first.snapshot_id}.sha256",
        f"{first.snapshot_id}.summary.json",
    ]
    con = ws.connect()
    assert con.execute("SELECT count(*) FROM persons WHERE municipality = '185'").fetchall() == [
        (1,)
    ]


def test_comma_separated_parquet_and_excel_folders_import_the_same_data(
    tmp_path: Path, tables: dict[str, Rows], folder_writer: Callable[..., Path]
) -> None:
    csv_folder = folder_writer(tmp_path / "csv", tables, sep=",")
    parquet_folder = tmp_path / "parquet"
    parquet_folder.mkdir()
    for name, rows in tables.items():
        pl.DataFrame(rows).write_parquet(parquet_folder / f"{name}.parquet")
    xlsx_folder = _one_workbook(tmp_path / "xlsx", tables)
    counts = []
    for i, folder in enumerate((csv_folder, parquet_folder, xlsx_folder)):
        result = import_folder(folder, Workspace(tmp_path / f"ws{i}"))
        counts.append(result.counts)
        con = Workspace(tmp_path / f"ws{i}").connect()
        hours = con.execute("SELECT hours FROM employment_hours").fetchall()
        assert str(hours[0][0]) == "12.50"
    assert counts[0] == counts[1] == counts[2]


def test_an_excel_error_names_the_workbook_sheet_and_excel_row(
    tmp_path: Path, tables: dict[str, Rows]
) -> None:
    tables["benefit_periods"][2]["benefit"] = "pension"
    folder = _one_workbook(tmp_path / "xlsx", tables)
    with pytest.raises(ImportFailed) as info:
        import_folder(folder, Workspace(tmp_path / "ws"))
    messages = [str(p) for p in info.value.log.all_problems]
    assert messages[0].startswith("sagsdata.xlsx[benefit_periods]:4:benefit: 'pension'")


def test_cpr_numbers_are_refused_without_a_key(
    tmp_path: Path,
    tables: dict[str, Rows],
    folder_writer: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(KEY_ENV, raising=False)
    folder = folder_writer(tmp_path / "in", _with_cpr(tables))
    ws = Workspace(tmp_path / "ws")
    with pytest.raises(ImportFailed) as info:
        import_folder(folder, ws)
    assert KEY_ENV in str(info.value)
    assert ws.current_id() is None


def _all_text(con: duckdb.DuckDBPyConnection) -> str:
    parts = []
    for (name,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall():
        parts.append(str(con.execute(f'SELECT * FROM "{name}"').fetchall()))
    return "\n".join(parts)


def test_cpr_numbers_are_pseudonymised_and_kept_only_in_the_identities_file(
    tmp_path: Path,
    tables: dict[str, Rows],
    folder_writer: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(KEY_ENV, "k" * 32)
    folder = folder_writer(tmp_path / "in", _with_cpr(tables))
    ws = Workspace(tmp_path / "ws")
    result = import_folder(folder, ws)
    assert result.pseudonymised == 2
    con = ws.connect()
    text = _all_text(con)
    for secret in ("0101801234", CPR_A, CPR_B, "1502906789"):
        assert secret not in text
    ids = sorted(r[0] for r in con.execute("SELECT person_id FROM persons").fetchall())
    assert all(re.fullmatch(r"X[0-9a-f]{20}", i) for i in ids)
    # every table refers to the same pseudonyms
    assert con.execute(
        "SELECT count(*) FROM benefit_periods WHERE person_id NOT IN (SELECT person_id FROM persons)"
    ).fetchall() == [(0,)]
    ident = duckdb.connect(str(ws.identities_path(result.snapshot_id)), read_only=True)
    assert sorted(r[0] for r in ident.execute("SELECT cpr FROM identities").fetchall()) == [
        "0101801234",
        "1502906789",
    ]


def test_the_same_cpr_and_key_give_the_same_pseudonym_in_later_snapshots(
    tmp_path: Path,
    tables: dict[str, Rows],
    folder_writer: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(KEY_ENV, "k" * 32)
    ws = Workspace(tmp_path / "ws")
    import_folder(folder_writer(tmp_path / "a", _with_cpr(tables)), ws)
    first = {r[0] for r in ws.connect().execute("SELECT person_id FROM persons").fetchall()}
    tables["offers"].clear()
    tables["offers"].append(
        {"person_id": CPR_A, "kind": "mentor", "start_date": "2024-05-01", "end_date": "2024-05-31"}
    )
    import_folder(folder_writer(tmp_path / "b", tables), ws)
    second = {r[0] for r in ws.connect().execute("SELECT person_id FROM persons").fetchall()}
    assert first == second


def test_an_invalid_cpr_number_is_reported_without_showing_it(
    tmp_path: Path,
    tables: dict[str, Rows],
    folder_writer: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(KEY_ENV, "k" * 32)
    tables = _with_cpr(tables)
    tables["persons"][0]["person_id"] = "310280-1234"  # 31 February
    folder = folder_writer(tmp_path / "in", tables)
    with pytest.raises(ImportFailed) as info:
        import_folder(folder, Workspace(tmp_path / "ws"))
    messages = [str(p) for p in info.value.log.all_problems]
    assert (
        "persons.csv:2:person_id: '<CPR-nummer skjult>' — forventede et gyldigt CPR-nummer"
        in messages[0]
    )
    assert not any("310280" in m or CPR_A in m for m in messages)


def test_demo_mode_creates_a_private_key_in_the_workspace(
    tmp_path: Path,
    tables: dict[str, Rows],
    folder_writer: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(KEY_ENV, raising=False)
    ws = Workspace(tmp_path / "ws")
    result = import_folder(folder_writer(tmp_path / "in", _with_cpr(tables)), ws, demo=True)
    assert result.pseudonymised == 2
    key = ws.root / "demo-secret.key"
    assert key.exists()
    assert oct(key.stat().st_mode)[-3:] == "600"


def test_the_cli_exits_2_and_lists_problems_without_touching_the_workspace(
    tmp_path: Path, tables: dict[str, Rows], folder_writer: Callable[..., Path]
) -> None:
    tables["persons"][0]["municipality"] = "18"
    folder = folder_writer(tmp_path / "in", tables)
    report = tmp_path / "fejl.csv"
    result = CliRunner().invoke(
        app, ["import", str(folder), "--workspace", str(tmp_path / "ws"), "--report", str(report)]
    )
    assert result.exit_code == 2
    assert "persons.csv:2:municipality: '18'" in result.output
    assert "Intet er ændret" in result.output
    assert not (tmp_path / "ws" / "current").exists()
    assert "persons.csv;2;municipality;ugyldig kommunekode;18;" in report.read_text()


def test_the_cli_imports_and_status_shows_the_current_snapshot(
    tmp_path: Path, tables: dict[str, Rows], folder_writer: Callable[..., Path]
) -> None:
    folder = folder_writer(tmp_path / "in", tables)
    runner = CliRunner()
    result = runner.invoke(app, ["import", str(folder), "--workspace", str(tmp_path / "ws")])
    assert result.exit_code == 0, result.output
    assert "Ydelsesforløb" in result.output
    status = runner.invoke(app, ["status", "--workspace", str(tmp_path / "ws")])
    assert status.exit_code == 0
    assert "➜" in status.output


def test_one_excel_file_per_table_imports(tmp_path: Path, tables: dict[str, Rows]) -> None:
    folder = _one_file_per_table(tmp_path / "xlsx", tables)
    result = import_folder(folder, Workspace(tmp_path / "ws"))
    assert result.counts["benefit_periods"] == 3
    assert result.counts["payments"] == 1


def test_excel_dates_typed_as_dates_are_read_as_iso_dates(
    tmp_path: Path, tables: dict[str, Rows]
) -> None:
    folder = _one_file_per_table(tmp_path / "xlsx", tables, dates=True)
    result = import_folder(folder, Workspace(tmp_path / "ws"))
    con = Workspace(tmp_path / "ws").connect()
    assert con.execute("SELECT min(start_date) FROM benefit_periods").fetchall() == [
        (dt.date(2024, 1, 3),)
    ]
    assert result.date_range == ("2024-01-03", "2024-08-01")


def test_a_second_import_while_one_is_writing_is_refused_and_changes_nothing(
    tmp_path: Path, tables: dict[str, Rows], folder_writer: Callable[..., Path]
) -> None:
    from tilsyn.data.workspace import WorkspaceBusy

    ws = Workspace(tmp_path / "ws")
    folder = folder_writer(tmp_path / "in", tables)
    with ws.writing(), pytest.raises(WorkspaceBusy, match="En anden import"):
        import_folder(folder, ws)
    assert ws.current_id() is None
    assert not ws.snapshots_dir.exists() or not any(ws.snapshots_dir.iterdir())
    # once the first is done, the import goes through
    assert import_folder(folder, ws).created


def test_the_cli_says_when_another_import_is_running(
    tmp_path: Path, tables: dict[str, Rows], folder_writer: Callable[..., Path]
) -> None:
    ws = Workspace(tmp_path / "ws")
    folder = folder_writer(tmp_path / "in", tables)
    with ws.writing():
        result = CliRunner().invoke(app, ["import", str(folder), "--workspace", str(ws.root)])
    assert result.exit_code == 2
    assert "En anden import skriver" in result.output


def test_the_key_can_come_from_a_file_and_gives_the_same_pseudonyms(
    tmp_path: Path,
    tables: dict[str, Rows],
    folder_writer: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = folder_writer(tmp_path / "in", _with_cpr(tables))
    monkeypatch.setenv(KEY_ENV, "k" * 32)
    import_folder(folder, Workspace(tmp_path / "a"))
    from_env = {
        r[0]
        for r in Workspace(tmp_path / "a")
        .connect()
        .execute("SELECT person_id FROM persons")
        .fetchall()
    }
    monkeypatch.delenv(KEY_ENV)
    key_file = tmp_path / "key"
    key_file.write_text("k" * 32 + "\n")
    key_file.chmod(0o600)
    monkeypatch.setenv(KEY_ENV + "_FILE", str(key_file))
    import_folder(folder, Workspace(tmp_path / "b"))
    from_file = {
        r[0]
        for r in Workspace(tmp_path / "b")
        .connect()
        .execute("SELECT person_id FROM persons")
        .fetchall()
    }
    assert from_env == from_file


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({KEY_ENV: "kort"}, "for kort"),
        ({KEY_ENV: "k" * 32, KEY_ENV + "_FILE": "/dev/null"}, "ikke begge"),
        ({KEY_ENV + "_FILE": "/findes/ikke"}, "kan ikke læse"),
    ],
)
def test_a_bad_key_setting_is_refused_before_anything_is_written(
    tmp_path: Path,
    tables: dict[str, Rows],
    folder_writer: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    env: dict[str, str],
    message: str,
) -> None:
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.delenv(KEY_ENV + "_FILE", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    ws = Workspace(tmp_path / "ws")
    with pytest.raises(ImportFailed, match=message):
        import_folder(folder_writer(tmp_path / "in", _with_cpr(tables)), ws)
    assert ws.current_id() is None


def test_the_listing_reads_the_json_summary_and_falls_back_to_the_snapshot(
    tmp_path: Path, tables: dict[str, Rows], folder_writer: Callable[..., Path]
) -> None:
    ws = Workspace(tmp_path / "ws")
    result = import_folder(folder_writer(tmp_path / "a", tables), ws)
    (listed,) = ws.list_snapshots()
    summary = ws.snapshots_dir / f"{result.snapshot_id}.summary.json"
    summary.unlink()
    (from_duckdb,) = ws.list_snapshots()
    assert listed == from_duckdb
    assert listed.counts["persons"] == 2
    summary.write_text("{ikke json", encoding="utf-8")
    assert ws.list_snapshots() == [from_duckdb]
