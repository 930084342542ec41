"""Several processes read the same snapshot while an import writes a new one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tilsyn.data.importer import import_folder
from tilsyn.data.synthetic import generate
from tilsyn.data.workspace import Workspace

AS_OF = "2025-06-30"
READERS = 4


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    root = tmp_path_factory.mktemp("concurrent")
    generate(root / "first", persons=300, seed=3, fmt="csv")
    generate(root / "second", persons=300, seed=4, fmt="csv")
    return root / "first", root / "second", root


def _reader(ws: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "TILSYN_HOME": str(ws)}
    return subprocess.Popen(
        [sys.executable, "-m", "tilsyn.cli", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_many_readers_and_an_import_at_once(folders: tuple[Path, Path, Path]) -> None:
    first, second, root = folders
    ws = Workspace(root / "ws")
    old = import_folder(first, ws).snapshot_id
    # Readers of the snapshot that is current when they start, with no results yet, so each
    # would have to materialise them; meanwhile an import makes a new snapshot current.
    readers = [
        _reader(ws.root, "worklist", "--as-of", AS_OF, "--format", "csv") for _ in range(READERS)
    ]
    new = import_folder(second, ws).snapshot_id
    outputs = [p.communicate(timeout=300) for p in readers]
    for p, (out, err) in zip(readers, outputs, strict=True):
        assert p.returncode == 0, err.decode()
        assert out.decode().count("\n") > 1
    assert new != old
    assert ws.current_id() == new
    # Whatever snapshot each reader saw, every reader of one snapshot saw the same list.
    assert len({out for out, _ in outputs}) <= 2
    # A second round of readers on the new snapshot, all at once, with results now or not.
    again = [_reader(ws.root, "worklist", "--as-of", AS_OF, "-f", "csv") for _ in range(READERS)]
    second_outputs = [p.communicate(timeout=300) for p in again]
    assert all(p.returncode == 0 for p in again), [e.decode() for _, e in second_outputs]
    assert len({out for out, _ in second_outputs}) == 1


def test_a_reader_never_opens_a_snapshot_for_writing(folders: tuple[Path, Path, Path]) -> None:
    first, _, root = folders
    ws = Workspace(root / "ws-ro")
    sid = import_folder(first, ws).snapshot_id
    # The snapshot file itself is read-only on disk: a reader must still produce results.
    path = ws.snapshot_path(sid)
    before = path.stat().st_mtime_ns
    path.chmod(0o444)
    try:
        reader = _reader(ws.root, "worklist", "--as-of", AS_OF, "-f", "csv")
        out, err = reader.communicate(timeout=300)
        assert reader.returncode == 0, err.decode()
        assert out.decode().count("\n") > 1
    finally:
        path.chmod(0o644)
    assert path.stat().st_mtime_ns == before
