"""A damaged workspace: a truncated snapshot is found by its checksum, ``status`` always
answers, ``tilsyn use`` rolls back, a killed import's leftovers are cleaned, and a workspace
that cannot be written gives a Danish message instead of a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tilsyn.cli import app
from tilsyn.data.access_log import FILE_NAME
from tilsyn.data.importer import import_folder
from tilsyn.data.synthetic import generate
from tilsyn.data.workspace import Workspace

AS_OF = "2025-06-30"
runner = CliRunner()


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("damaged")
    generate(root / "a", persons=120, seed=3, fmt="csv")
    generate(root / "b", persons=120, seed=4, fmt="csv")
    return root / "a", root / "b"


def _cli(ws: Workspace, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "-w", str(ws.root)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    return result.exit_code, result.output


def _truncate(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 3)


def test_a_truncated_snapshot_is_marked_and_readers_refuse_in_danish(
    tmp_path: Path, folders: tuple[Path, Path]
) -> None:
    ws = Workspace(tmp_path / "ws")
    old = import_folder(folders[0], ws).snapshot_id
    sid = import_folder(folders[1], ws).snapshot_id
    _truncate(ws.snapshot_path(sid))
    code, out = _cli(ws, "status")
    assert code == 0, out
    assert "BESKADIGET" in out
    assert old in out
    code, out = _cli(ws, "worklist", "--as-of", AS_OF)
    assert code == 2
    assert "beskadiget" in out
    assert "tilsyn use" in out
    code, out = _cli(ws, "explain", "X", "--as-of", AS_OF)
    assert code == 2
    assert "beskadiget" in out


def test_status_shows_a_current_snapshot_whose_file_is_gone(
    tmp_path: Path, folders: tuple[Path, Path]
) -> None:
    ws = Workspace(tmp_path / "ws")
    sid = import_folder(folders[0], ws).snapshot_id
    ws.snapshot_path(sid).unlink()
    code, out = _cli(ws, "status")
    assert code == 0, out
    assert sid in out
    assert "mangler" in out  # the reason, perhaps wrapped in a narrow terminal
    assert "Den aktuelle datasamling er beskadiget" in out


def test_reimporting_the_same_folder_repairs_a_damaged_snapshot(
    tmp_path: Path, folders: tuple[Path, Path]
) -> None:
    ws = Workspace(tmp_path / "ws")
    sid = import_folder(folders[0], ws).snapshot_id
    _truncate(ws.snapshot_path(sid))
    again = import_folder(folders[0], ws)
    assert again.snapshot_id == sid
    assert again.created  # written anew, not "unchanged"
    code, out = _cli(ws, "worklist", "--as-of", AS_OF, "-f", "csv")
    assert code == 0, out


def test_use_makes_an_older_snapshot_current(tmp_path: Path, folders: tuple[Path, Path]) -> None:
    ws = Workspace(tmp_path / "ws")
    old = import_folder(folders[0], ws).snapshot_id
    new = import_folder(folders[1], ws).snapshot_id
    code, out = _cli(ws, "use", old[:8])
    assert code == 0, out
    assert ws.current_id() == old
    code, out = _cli(ws, "use", "ffffffff")
    assert code == 2
    assert "findes ikke" in out
    _truncate(ws.snapshot_path(new))
    code, out = _cli(ws, "use", new)
    assert code == 2
    assert "beskadiget" in out
    assert ws.current_id() == old


def test_a_killed_imports_leftovers_are_removed_by_the_next_import(
    tmp_path: Path, folders: tuple[Path, Path]
) -> None:
    ws = Workspace(tmp_path / "ws")
    ws.snapshots_dir.mkdir(parents=True)
    (ws.snapshots_dir / "0123456789abcdef.duckdb.partial").write_bytes(b"half")
    (ws.snapshots_dir / ".0123.identities.duckdb.abc.partial").mkdir()
    results = ws.snapshots_dir / "0123456789abcdef.results"
    results.mkdir()
    stale, fresh = results / ".a.parquet.1-x.partial", results / ".a.parquet.2-y.partial"
    stale.write_bytes(b"old")
    fresh.write_bytes(b"being written")
    os.utime(stale, (0, 0))
    import_folder(folders[0], ws)
    assert [p.name for p in ws.snapshots_dir.iterdir() if "partial" in p.name] == []
    assert not stale.exists()
    assert fresh.exists()  # perhaps a reader writing right now


def test_an_access_log_that_cannot_be_written_stops_the_read_in_danish(
    tmp_path: Path, folders: tuple[Path, Path]
) -> None:
    ws = Workspace(tmp_path / "ws")
    import_folder(folders[0], ws)
    (ws.root / FILE_NAME).mkdir()  # something in the way of the log file
    code, out = _cli(ws, "worklist", "--as-of", AS_OF, "-f", "csv")
    assert code == 2
    assert "adgangslog" in out.lower()
    assert "person_id" not in out  # nothing shown that could not be logged


@pytest.fixture
def read_only_copy(folders: tuple[Path, Path]) -> Iterator[tuple[Path, list[str]]]:
    """A workspace that the process running the command cannot write: another user's when
    the tests run as root (root writes anywhere) and that user can run Python here, else
    write permission removed; as root without such a user, directories stand where the
    lock and the access log must be written, which no one can write either."""
    base = Path(tempfile.mkdtemp())
    base.chmod(0o755)
    ws = Workspace(base / "ws")
    import_folder(folders[0], ws)
    shutil.copytree(folders[1], base / "b")
    for path in [base, *base.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    prefix: list[str] = []
    if os.geteuid() == 0:
        prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        probe = (
            subprocess.run(
                [*prefix, sys.executable, "-c", "import tilsyn.cli"],
                capture_output=True,
                check=False,
                env={**os.environ, "HOME": "/tmp"},
            ).returncode
            if shutil.which("setpriv")
            else 1
        )
        if probe != 0:  # no setpriv, or the checkout is not readable by another user
            prefix = []
            (ws.root / "import.lock").unlink(missing_ok=True)
            (ws.root / "import.lock").mkdir()
            (ws.root / FILE_NAME).unlink(missing_ok=True)
            (ws.root / FILE_NAME).mkdir()
    else:
        for path in [ws.root, *ws.root.rglob("*")]:
            path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        yield ws.root, prefix
    finally:
        for path in [base, *base.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        shutil.rmtree(base)


def _run(prefix: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TILSYN_CACHE": tempfile.mkdtemp(), "HOME": "/tmp"}
    os.chmod(env["TILSYN_CACHE"], 0o777)
    return subprocess.run(
        [*prefix, sys.executable, "-m", "tilsyn.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
    )


def test_a_read_only_workspace_gives_danish_messages(
    read_only_copy: tuple[Path, list[str]],
) -> None:
    root, prefix = read_only_copy
    status = _run(prefix, "status", "-w", str(root))
    assert status.returncode == 0, status.stderr
    imported = _run(prefix, "import", str(root.parent / "b"), "-w", str(root))
    assert imported.returncode == 2
    assert "Traceback" not in imported.stderr
    assert "skrivebeskyttet" in imported.stderr + imported.stdout
    listed = _run(prefix, "worklist", "--as-of", AS_OF, "-f", "csv", "-w", str(root))
    assert "Traceback" not in listed.stderr
    assert listed.returncode == 2
    assert "adgangslog" in listed.stderr.lower()
