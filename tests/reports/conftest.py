"""A small synthetic workspace (Tårnby 185 and Dragør 155, data to May 2024) shared by the
report tests of one worker: reports only read it."""

from __future__ import annotations

import pytest

from tilsyn.data.workspace import Workspace


@pytest.fixture(scope="session")
def demo_ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    from tilsyn.data.importer import import_folder
    from tilsyn.data.synthetic import generate

    root = tmp_path_factory.mktemp("reports")
    generate(root / "data", persons=1500, seed=11, end="2024-05", fmt="csv")
    space = Workspace(root / "ws")
    import_folder(root / "data", space)
    return space
