"""The app database's models that the application layer queries (supervision reviews,
supervision letters), as Django apps without views or templates.

``setup()`` makes them usable outside the web server (the command line, reports): when Django
is not configured yet it configures it from the environment — ``DATABASE_URL``, else SQLite in
the workspace, the same file the web app uses — and applies the store's migrations.
"""

from __future__ import annotations

import os
from pathlib import Path

STORE_APPS = ("tilsyn.store.supervision", "tilsyn.store.letters")
WEB_SETTINGS = "tilsyn.web.settings"
DATABASE_FILE = "web.sqlite3"
"""The SQLite file in the workspace that the web app and the command line share."""


def database_url(workspace_root: Path) -> str:
    return os.environ.get("DATABASE_URL") or f"sqlite:///{workspace_root.resolve() / DATABASE_FILE}"


def setup(workspace_root: Path | None = None, *, migrate: bool = True) -> None:
    """Configure Django for the store when nothing has configured it (idempotent). With a
    settings module in ``DJANGO_SETTINGS_MODULE`` (the web app, the tests) that one is used."""
    import django
    from django.apps import apps
    from django.conf import settings

    if not settings.configured and not os.environ.get("DJANGO_SETTINGS_MODULE"):
        import importlib.util

        import dj_database_url

        from tilsyn.data.workspace import Workspace

        root = workspace_root or Workspace.resolve().root
        root.mkdir(parents=True, exist_ok=True)
        if importlib.util.find_spec(WEB_SETTINGS) is not None:
            # Django is configured once per process: where the web project is installed, the
            # command line uses its settings too (same database file in the workspace), so a
            # command that records letters or reviews can go on to serve the web app
            # (``tilsyn demo``). Named as a string: the store does not import the web layer.
            os.environ["TILSYN_HOME"] = str(root.resolve())
            os.environ["DJANGO_SETTINGS_MODULE"] = WEB_SETTINGS
            if not apps.ready:
                django.setup()
            if migrate:
                _migrate()
            return
        settings.configure(
            INSTALLED_APPS=["django.contrib.contenttypes", *STORE_APPS],
            DATABASES={"default": dj_database_url.parse(database_url(root))},
            DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
            USE_TZ=True,
            TIME_ZONE="Europe/Copenhagen",
        )
    if not apps.ready:
        django.setup()
    if migrate:
        _migrate()


_MIGRATED: set[str] = set()
"""Databases whose store migrations this process has applied: the migration check costs about
0.2 s (it renders every model's state), far too much to pay on each web request."""


def _migrate() -> None:
    from django.conf import settings
    from django.core.management import call_command

    database = str(settings.DATABASES["default"]["NAME"])
    if database in _MIGRATED:
        return
    for app in STORE_APPS:
        call_command("migrate", app.rsplit(".", 1)[-1], verbosity=0)
    _MIGRATED.add(database)
