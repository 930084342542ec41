from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from pytest_django.fixtures import Settings as SettingsWrapper

from tilsyn.data.workspace import Workspace
from tilsyn.web import memo
from web.personas import AS_OF, Personas, build_snapshot, make_personas


@pytest.fixture(scope="session")
def snapshot_workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return build_snapshot(tmp_path_factory.mktemp("web"))


@pytest.fixture(autouse=True)
def _web_settings(settings: SettingsWrapper, snapshot_workspace: Workspace) -> None:
    settings.TILSYN_HOME = snapshot_workspace.root
    # Each test starts with an empty access log, so "the log got its row" means this test's.
    for suffix in ("", "-wal", "-shm"):
        (snapshot_workspace.root / f"access-log.sqlite{suffix}").unlink(missing_ok=True)
    settings.TILSYN_WEB_AS_OF = AS_OF
    # Hashing nine personas' passwords at production strength costs seconds per test.
    settings.CACHES = {
        alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": alias}
        for alias in ("default", "sessions")
    }
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    memo.forget()  # the process's layer in front of the cache starts empty too


@pytest.fixture
def personas(db: None, snapshot_workspace: Workspace) -> Personas:
    return make_personas(snapshot_workspace)


@pytest.fixture(scope="session")
def postgres_expected() -> Iterator[bool]:
    return bool(os.environ.get("TILSYN_TEST_POSTGRES_URL")) and os.environ.get(
        "DATABASE_URL"
    ) == os.environ.get("TILSYN_TEST_POSTGRES_URL")
