"""A small generated Tårnby + Dragør snapshot shared by the supervision tests of one worker."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tilsyn.data.workspace import Workspace

AS_OF = dt.date(2026, 11, 2)


@pytest.fixture(scope="session")
def generated_ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    from tilsyn.data.importer import import_folder
    from tilsyn.data.synthetic import generate

    root: Path = tmp_path_factory.mktemp("supervision")
    generate(root / "case-data", persons=400, seed=3, end="2026-10", fmt="csv", with_cpr=True)
    ws = Workspace(root / "ws")
    import_folder(root / "case-data", ws, demo=True)
    return ws
