"""Files holding CPR numbers or the access log are readable by their owner only (0600),
whatever the umask; a key file that others can read is refused."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from builders import valid_tables, write_folder
from tilsyn.cli import app
from tilsyn.data.access_log import FILE_NAME, log_access
from tilsyn.data.importer import import_folder
from tilsyn.data.pseudonym import KEY_ENV, MissingKeyError, key_from_env
from tilsyn.data.workspace import Workspace

CPR = "0101904007"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The most careless umask: every file would be readable and writable by everyone."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def _folder_with_cpr(tmp_path: Path) -> Path:
    tables = valid_tables()
    for rows in tables.values():
        for row in rows:
            if row.get("person_id") == "P1":
                row["person_id"] = CPR
    tables["payments"] = [
        {"person_id": CPR, "benefit": "kontanthjaelp", "week": "2024-W02", "amount": "3120.50"}
    ]
    return write_folder(tmp_path / "in", tables)


@pytest.mark.usefixtures("open_umask")
def test_identities_file_is_private_whatever_the_umask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(KEY_ENV, "k" * 32)
    ws = Workspace(tmp_path / "ws")
    sid = import_folder(_folder_with_cpr(tmp_path), ws).snapshot_id
    assert _mode(ws.identities_path(sid)) == 0o600
    leftovers = [p.name for p in ws.snapshots_dir.iterdir() if "partial" in p.name]
    assert leftovers == []


@pytest.mark.usefixtures("open_umask")
def test_access_log_is_private_whatever_the_umask(tmp_path: Path) -> None:
    log_access(tmp_path, action="explain", person_ids=["X1"], snapshot_id=None, actor="a")
    assert _mode(tmp_path / FILE_NAME) == 0o600


def test_an_access_log_left_readable_is_made_private_on_the_next_entry(tmp_path: Path) -> None:
    log_access(tmp_path, action="explain", person_ids=["X1"], snapshot_id=None, actor="a")
    (tmp_path / FILE_NAME).chmod(0o644)
    log_access(tmp_path, action="explain", person_ids=["X2"], snapshot_id=None, actor="a")
    assert _mode(tmp_path / FILE_NAME) == 0o600


@pytest.mark.usefixtures("open_umask")
def test_an_export_with_cpr_numbers_is_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(KEY_ENV, "k" * 32)
    ws = Workspace(tmp_path / "ws")
    import_folder(_folder_with_cpr(tmp_path), ws)
    out = tmp_path / "refusion.csv"
    args = ["refund", "--from", "2024-W01", "--to", "2024-W02", "--as-of", "2024-06-01"]
    result = CliRunner().invoke(
        app, [*args, "--export", str(out), "--with-cpr", "-w", str(ws.root)]
    )
    assert result.exit_code == 0, result.output
    assert CPR in out.read_text(encoding="utf-8")
    assert _mode(out) == 0o600


@pytest.mark.parametrize(("mode", "refused"), [(0o644, True), (0o604, True), (0o640, False)])
def test_a_key_file_others_can_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: int, refused: bool
) -> None:
    key_file = tmp_path / "key"
    key_file.write_text("k" * 32, encoding="utf-8")
    key_file.chmod(mode)
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.setenv(KEY_ENV + "_FILE", str(key_file))
    if refused:
        with pytest.raises(MissingKeyError, match="kan læses af alle"):
            key_from_env()
    else:
        assert key_from_env() == b"k" * 32
