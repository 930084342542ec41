"""`tilsyn serve`: the web app on a production WSGI server (gunicorn)."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from tilsyn.cli.common import WorkspaceOption, fail, workspace


def serve_command(
    ws: Path | None = WorkspaceOption,
    host: str = typer.Option("127.0.0.1", "--host", help="Adresse at lytte på"),
    port: int = typer.Option(8000, "--port", help="Port"),
    workers: int = typer.Option(
        (os.cpu_count() or 1) * 2 + 1, "--workers", help="Antal arbejdsprocesser"
    ),
) -> None:
    """Kør webappen for et arbejdsområde med gunicorn (bag en reverse proxy i produktion)."""
    if not 0 < port < 65536:
        fail(f"--port: {port} er ikke en port (1–65535)")
    from tilsyn.web.server import serve

    serve(workspace(ws), host=host, port=port, workers=workers, as_of=None)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
