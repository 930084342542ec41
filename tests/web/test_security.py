"""Login, throttling, sessions, settings from the environment and the production check."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.test import Client

from tilsyn.web import env
from web.personas import PASSWORD, Personas

pytestmark = pytest.mark.django_db


def test_a_user_logs_in_with_the_password(personas: Personas) -> None:
    client = Client()
    response = client.post("/login/", {"username": "manager_185", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.get("/").status_code == 200


def test_five_wrong_passwords_lock_the_user_out_even_with_the_right_one(personas: Personas) -> None:
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/login/", {"username": "manager_185", "password": "forkert-kode-123"})
    response = client.post("/login/", {"username": "manager_185", "password": PASSWORD})
    assert response.status_code == 429
    assert "For mange mislykkede login" in response.content.decode()


def test_sessions_expire_after_inactivity_and_requests_renew_them_once_a_minute(
    personas: Personas,
) -> None:
    from django.contrib.sessions.backends.cache import SessionStore

    from tilsyn.web.sessions import RENEW_SECONDS, RENEWED_KEY

    assert settings.SESSION_COOKIE_AGE == 30 * 60
    client = Client()
    client.force_login(personas.users["caseworker_185"])
    key = client.cookies[settings.SESSION_COOKIE_NAME].value

    def renewed_at() -> float:
        return float(SessionStore(session_key=key)[RENEWED_KEY])

    assert client.get("/").status_code == 200
    first = renewed_at()
    assert SessionStore(session_key=key).get_expiry_age() == 30 * 60
    # A request within the minute does not write the session again...
    assert client.get("/").status_code == 200
    assert renewed_at() == first
    # ...one a minute or more after the last renewal does, for another 30 minutes.
    store = SessionStore(session_key=key)
    store[RENEWED_KEY] = first - RENEW_SECONDS
    store.save()
    assert client.get("/").status_code == 200
    assert renewed_at() > first - RENEW_SECONDS
    # A session the store has dropped (30 minutes without renewal) means signing in again.
    SessionStore(session_key=key).delete()
    assert client.get("/").status_code == 302


def test_forms_need_the_csrf_token(personas: Personas) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(personas.users["caseworker_185"])
    assert client.post("/logout/").status_code == 403


def test_weak_passwords_are_refused() -> None:
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        validate_password("kode1234")


@pytest.mark.parametrize(
    ("reader", "name", "value", "message"),
    [
        (
            lambda: env.env_bool("X_TEST_BOOL", False),
            "X_TEST_BOOL",
            "måske",
            "X_TEST_BOOL: 'måske' er ikke en sandhedsværdi",
        ),
        (
            lambda: env.env_int("X_TEST_INT", 1),
            "X_TEST_INT",
            "tre",
            "X_TEST_INT: 'tre' er ikke et heltal",
        ),
        (
            lambda: env.env_int("X_TEST_INT", 1, minimum=1),
            "X_TEST_INT",
            "0",
            "X_TEST_INT: 0 skal være mindst 1",
        ),
    ],
)
def test_a_bad_setting_fails_loudly_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, reader: object, name: str, value: str, message: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ImproperlyConfigured, match=message):
        reader()  # type: ignore[operator]


def test_a_secret_comes_from_a_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "key").write_text("hemmelig\n")
    monkeypatch.setenv("X_TEST_SECRET_FILE", str(tmp_path / "key"))
    assert env.env_secret("X_TEST_SECRET") == "hemmelig"


def _manage(tmp_path: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TILSYN_", "DATABASE_URL", "OIDC_"))
    }
    environment.update(
        {"TILSYN_HOME": str(tmp_path), "DJANGO_SETTINGS_MODULE": "tilsyn.web.settings", **extra}
    )
    return subprocess.run(
        [sys.executable, "-m", "django", *args],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


PRODUCTION = {
    "TILSYN_WEB_PRODUCTION": "true",
    "TILSYN_WEB_SECRET_KEY": "x7" * 30 + "-not-a-real-key-but-long-and-random-enough",
    "TILSYN_WEB_ALLOWED_HOSTS": "tilsyn.taarnby.dk",
}


def test_check_deploy_is_clean_with_production_settings(tmp_path: Path) -> None:
    result = _manage(tmp_path, "check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_without_a_secret_key_refuses_to_start(tmp_path: Path) -> None:
    settings_without_key = {k: v for k, v in PRODUCTION.items() if k != "TILSYN_WEB_SECRET_KEY"}
    result = _manage(tmp_path, "check", **settings_without_key)
    assert result.returncode != 0
    assert (
        "TILSYN_WEB_SECRET_KEY (eller TILSYN_WEB_SECRET_KEY_FILE) skal sættes i produktion"
        in result.stderr
    )


def test_production_with_debug_refuses_to_start(tmp_path: Path) -> None:
    result = _manage(tmp_path, "check", TILSYN_WEB_DEBUG="true", **PRODUCTION)
    assert "TILSYN_WEB_DEBUG kan ikke være slået til i produktion" in result.stderr


def test_the_danish_catalogue_is_complete_and_compiled() -> None:
    from tilsyn.web import i18n

    assert i18n.untranslated() == []
    assert (i18n.CATALOGUE / "django.mo").read_bytes() == i18n.compiled(), (
        "django.mo is stale: run `uv run python -m tilsyn.web.i18n`"
    )


def test_the_web_database_is_postgresql_when_ci_asks_for_it() -> None:
    from django.db import connection

    if os.environ.get("TILSYN_WEB_EXPECT_POSTGRES") == "1":
        assert connection.vendor == "postgresql"
    else:
        assert connection.vendor in {"sqlite", "postgresql"}


def test_the_test_postgresql_answers() -> None:
    url = os.environ.get("TILSYN_TEST_POSTGRES_URL")
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail("TILSYN_TEST_POSTGRES_URL is not set: .ci/run starts PostgreSQL")
        pytest.skip("TILSYN_TEST_POSTGRES_URL is not set (set by .ci/run)")
    import psycopg

    with psycopg.connect(url, connect_timeout=10) as con:
        version = con.execute("SHOW server_version").fetchone()
    assert version is not None
    assert int(str(version[0]).split(".")[0]) >= 15
