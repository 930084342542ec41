"""`tilsyn serve` runs the app on gunicorn; `tilsyn demo --no-serve` returns (see test_demo)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

from tilsyn.data.workspace import Workspace


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_answers_on_loopback_and_stops_on_sigterm(snapshot_workspace: Workspace) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TILSYN_WEB", "DATABASE_URL"))}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tilsyn.cli",
            "serve",
            "--workspace",
            str(snapshot_workspace.root),
            "--port",
            str(port),
            "--workers",
            "1",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 90
        body = None
        while time.monotonic() < deadline and body is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login/", timeout=2) as r:
                    body = r.read().decode()
            except OSError:
                time.sleep(0.5)
        assert body is not None
        assert "Log ind i tilsyn" in body
        with urllib.request.urlopen(
            f"http://127.0.0.1:{port}/static/tilsyn/tilsyn.css", timeout=5
        ) as r:
            assert r.headers["Content-Type"].startswith("text/css")
    finally:
        proc.send_signal(signal.SIGTERM)
        output = proc.communicate(timeout=30)[0]
    assert proc.returncode == 0, output
    assert "gunicorn" in output.lower() or "Booting worker" in output
