"""Running the web app on gunicorn: migrations, the day's verdicts and caches prepared in the
master process, then the workers forked (used by ``tilsyn serve`` and ``tilsyn demo``)."""

from __future__ import annotations

import datetime as dt
import os
from typing import Any
from zoneinfo import ZoneInfo

from rich.console import Console

from tilsyn.app import Workspace

console = Console()


def today() -> dt.date:
    return dt.datetime.now(ZoneInfo("Europe/Copenhagen")).date()


def _configure(space: Workspace, as_of: dt.date | None) -> None:
    os.environ["TILSYN_HOME"] = str(space.root.resolve())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tilsyn.web.settings")
    if as_of is not None:
        os.environ["TILSYN_WEB_AS_OF"] = as_of.isoformat()
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)


def _prepare(space: Workspace, as_of: dt.date) -> None:
    from tilsyn.app.actor import Actor
    from tilsyn.app.errors import NotFound
    from tilsyn.app.results_cache import evaluate_for

    try:
        sid = evaluate_for(actor=Actor.operator(), workspace=space, as_of=as_of)
    except NotFound:
        console.print(
            "[yellow]Der er ingen datasamling endnu; siderne er tomme til første import.[/]"
        )
        return
    console.print(f"Forpligtelser pr. {as_of.isoformat()} er beregnet i datasamling {sid}")
    _warm(space, as_of)


def _warm(space: Workspace, as_of: dt.date) -> None:
    """Fill the caches before gunicorn forks, so that no worker pays for them on its first
    request: the overview of each municipality and of all of them, and the municipalities'
    worklists (aggregates and engine rows; nothing is shown to anyone, so nothing is logged)."""
    from django.db import connections

    from tilsyn.app.actor import Actor, Role
    from tilsyn.app.snapshot_status import municipalities
    from tilsyn.app.worklist_pages import warm_worklists
    from tilsyn.web.dashboards.views import cached_figures

    codes = municipalities(actor=Actor.operator(), workspace=space)
    reaches = [frozenset({c}) for c in codes] + ([frozenset(codes)] if len(codes) > 1 else [])
    for reach in reaches:
        cached_figures(Actor("serve", Role.admin, reach), as_of)
    cached_figures(Actor("serve", Role.admin), as_of)  # unrestricted: administrators
    warm_worklists(space, as_of, codes)
    connections.close_all()


def run_gunicorn(host: str, port: int, workers: int) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM)."""
    from gunicorn.app.base import BaseApplication

    from tilsyn.web.wsgi import application

    class Server(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            options: dict[str, Any] = {
                "bind": f"{host}:{port}",
                "workers": workers,
                "threads": 4,
                "timeout": 60,
                "preload_app": True,
                "accesslog": "-",
                "forwarded_allow_ips": os.environ.get(
                    "TILSYN_WEB_FORWARDED_ALLOW_IPS", "127.0.0.1"
                ),
            }
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return application

    Server().run()


def serve(space: Workspace, *, host: str, port: int, workers: int, as_of: dt.date | None) -> None:
    _configure(space, as_of)
    from django.conf import settings

    # The day the pages are computed for: the one the web app itself will use.
    _prepare(space, as_of or settings.TILSYN_WEB_AS_OF or today())
    console.print(f"tilsyn kører på http://{host}:{port}/ (stop med Ctrl-C)")
    run_gunicorn(host, port, workers)


def serve_demo(space: Workspace, *, as_of: dt.date, port: int) -> None:
    """The demo's web app on loopback, with one user per role (new passwords each run)."""
    from rich.rule import Rule
    from rich.table import Table

    _configure(space, as_of)
    from tilsyn.web.accounts.demo import ensure_demo_users

    users = ensure_demo_users(space)
    _prepare(space, as_of)
    console.print(Rule("Webappen"))
    table = Table(
        title=f"Demobrugere (nye adgangskoder ved hver kørsel) – http://127.0.0.1:{port}/"
    )
    for column in ("Bruger", "Adgangskode", "Rolle", "Kommuner"):
        table.add_column(column)
    for user in users:
        table.add_row(
            user.username, user.password, user.description, ", ".join(user.municipalities) or "alle"
        )
    console.print(table)
    console.print("Stop med Ctrl-C.")
    run_gunicorn("127.0.0.1", port, 2)
