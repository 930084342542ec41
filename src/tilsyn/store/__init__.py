"""The app database (Django ORM) outside the web server: supervision letters, reviews, report
records. Django apps here hold models only (no views, no templates).

``setup()`` configures Django when nothing has yet (the command line, the reports): the
database is ``DATABASE_URL``, else SQLite in the workspace (the file the web app uses by
default), and the store's tables are migrated. Under the web project (``DJANGO_SETTINGS_MODULE``)
Django is already configured and ``setup()`` only makes sure it is set up.
"""

from __future__ import annotations

import os
from pathlib import Path

STORE_APPS = ("tilsyn.store.letters",)
DATABASE_FILE = "web.sqlite3"


def setup(workspace_root: Path | None = None) -> None:
    import django
    from django.apps import apps
    from django.conf import settings

    if settings.configured or os.environ.get("DJANGO_SETTINGS_MODULE"):
        if not apps.ready:
            django.setup()
        return
    import dj_database_url

    from tilsyn.data.workspace import Workspace

    root = workspace_root or Workspace.resolve().root
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{Path(root).resolve() / DATABASE_FILE}"
    database = dj_database_url.parse(url)
    if not database.get("ENGINE"):
        raise ValueError(f"DATABASE_URL: ukendt databasetype i '{url.split(':', 1)[0]}'")
    Path(root).mkdir(parents=True, exist_ok=True)
    settings.configure(
        INSTALLED_APPS=["django.contrib.contenttypes", *STORE_APPS],
        DATABASES={"default": database},
        DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
        USE_TZ=True,
        TIME_ZONE="Europe/Copenhagen",
    )
    django.setup()
    from django.core.management import call_command

    for app in STORE_APPS:
        call_command("migrate", app.rsplit(".", 1)[1], verbosity=0)
