"""Settings for the whole test run."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tilsyn.rules.evaluate import CACHE_ENV


@pytest.fixture(scope="session", autouse=True)
def compiled_rule_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The compiled-rule cache of the run lives in a temporary folder, never in the user's
    home (``~/.cache/tilsyn``): tests must not leave files behind or read stale ones. The
    xdist workers of one run share it (writes are atomic), so the rules compile once a run."""
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "compiled-rules"
    folder.mkdir(exist_ok=True)
    before = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = str(folder)
    yield folder
    if before is None:
        os.environ.pop(CACHE_ENV, None)
    else:
        os.environ[CACHE_ENV] = before
