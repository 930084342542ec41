"""One key per workspace: a different key is refused with a clear message; ``tilsyn rekey``
re-pseudonymises the snapshots and the access log on purpose."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from builders import valid_tables, write_folder
from tilsyn.cli import app
from tilsyn.data import keys
from tilsyn.data.access_log import log_access, read_log
from tilsyn.data.importer import ImportFailed, import_folder
from tilsyn.data.pseudonym import KEY_ENV, pseudonym
from tilsyn.data.rekey import rekey
from tilsyn.data.workspace import Workspace

OLD = "old-key-of-sufficient-length"
NEW = "new-key-of-sufficient-length"
CPR = "0101904007"


def _folder(tmp_path: Path, name: str = "in", extra_offer: bool = False) -> Path:
    tables = valid_tables()
    for rows in tables.values():
        for row in rows:
            if row.get("person_id") == "P1":
                row["person_id"] = CPR
    if extra_offer:
        tables["offers"].append(
            {
                "person_id": CPR,
                "kind": "mentor",
                "start_date": "2024-05-01",
                "end_date": "2024-05-31",
            }
        )
    return write_folder(tmp_path / name, tables)


def _pseudonyms(ws: Workspace) -> set[str]:
    con = ws.connect()
    try:
        return {r[0] for r in con.execute("SELECT person_id FROM persons").fetchall()}
    finally:
        con.close()


def test_a_second_import_with_another_key_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(tmp_path / "ws")
    monkeypatch.setenv(KEY_ENV, OLD)
    first = import_folder(_folder(tmp_path), ws).snapshot_id
    monkeypatch.setenv(KEY_ENV, NEW)
    with pytest.raises(ImportFailed, match=r"ikke den, borgerne i .* er pseudonymiseret med"):
        import_folder(_folder(tmp_path, "in2", extra_offer=True), ws)
    assert ws.current_id() == first
    assert sorted(p.name for p in ws.snapshots_dir.glob("*.duckdb")) == [
        f"{first}.duckdb",
        f"{first}.identities.duckdb",
    ]


def test_a_workspace_from_before_fingerprints_is_checked_against_its_identities(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(tmp_path / "ws")
    monkeypatch.setenv(KEY_ENV, OLD)
    import_folder(_folder(tmp_path), ws)
    (ws.root / keys.FILE_NAME).unlink()
    monkeypatch.setenv(KEY_ENV, NEW)
    with pytest.raises(ImportFailed, match="tilsyn rekey"):
        import_folder(_folder(tmp_path, "in2", extra_offer=True), ws)
    monkeypatch.setenv(KEY_ENV, OLD)
    assert import_folder(_folder(tmp_path, "in3", extra_offer=True), ws).created


def test_rekey_gives_new_pseudonyms_everywhere_and_retires_the_old_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(tmp_path / "ws")
    monkeypatch.setenv(KEY_ENV, OLD)
    old_sid = import_folder(_folder(tmp_path), ws).snapshot_id
    old_id = pseudonym(CPR, OLD.encode())
    assert old_id in _pseudonyms(ws)
    log_access(ws.root, action="explain", person_ids=[old_id, "P2"], snapshot_id=old_sid)

    result = rekey(ws, OLD.encode(), NEW.encode())

    new_id = pseudonym(CPR, NEW.encode())
    assert _pseudonyms(ws) == {new_id, "P2"}
    assert result.access_log_rows == 1
    entries = {e.person_id: e.snapshot_id for e in read_log(ws.root)}
    assert entries == {new_id: result.snapshots[old_sid], "P2": result.snapshots[old_sid]}
    assert not ws.snapshot_path(old_sid).exists()
    ident = duckdb.connect(str(ws.identities_path(ws.require_current())), read_only=True)
    assert ident.execute("SELECT person_id, cpr FROM identities").fetchall() == [(new_id, CPR)]
    ident.close()
    # Every table follows, and a later import with the new key keeps the same citizen.
    monkeypatch.setenv(KEY_ENV, NEW)
    import_folder(_folder(tmp_path, "in2", extra_offer=True), ws)
    assert _pseudonyms(ws) == {new_id, "P2"}
    monkeypatch.setenv(KEY_ENV, OLD)
    with pytest.raises(ImportFailed, match="tilsyn rekey"):
        import_folder(_folder(tmp_path, "in3"), ws)


def test_rekey_with_the_wrong_old_key_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(tmp_path / "ws")
    monkeypatch.setenv(KEY_ENV, OLD)
    sid = import_folder(_folder(tmp_path), ws).snapshot_id
    with pytest.raises(keys.WrongKeyError, match="gamle nøgle"):
        rekey(ws, b"not-the-old-key-at-all", NEW.encode())
    assert ws.current_id() == sid
    assert keys.stored(ws.root) == keys.fingerprint(OLD.encode())


def test_rekey_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = Workspace(tmp_path / "ws")
    monkeypatch.setenv(KEY_ENV, OLD)
    import_folder(_folder(tmp_path), ws)
    old_file = tmp_path / "old.key"
    old_file.write_text(OLD)
    old_file.chmod(0o600)
    monkeypatch.setenv(KEY_ENV, NEW)
    runner = CliRunner()
    done = runner.invoke(app, ["rekey", "--old-key-file", str(old_file), "-w", str(ws.root)])
    assert done.exit_code == 0, done.output
    assert "1 datasamling(er) og 1 borgere har fået nye pseudonymer" in done.output
    again = runner.invoke(app, ["rekey", "--old-key-file", str(old_file), "-w", str(ws.root)])
    assert again.exit_code == 2
    assert "Den gamle nøgle er ikke den" in again.output
    assert "Traceback" not in again.output
