"""``tilsyn.store.setup()`` outside the web app: the command line's own Django configuration,
SQLite in the workspace (the web app's file), migrated on first use."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CODE = """
import sys
from pathlib import Path
from tilsyn import store
store.setup(Path(sys.argv[1]))
store.setup(Path(sys.argv[1]))  # idempotent
from tilsyn.store.supervision.models import Plan
Plan.objects.create(name="p", year=2026, municipality="185", areas=[], cases_per_month=1,
                    focus_points=[], created_by="t")
print(Plan.objects.count())
"""


def _run(workspace: Path) -> str:
    env = {
        k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")
    }
    out = subprocess.run(
        [sys.executable, "-c", CODE, str(workspace)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


def test_the_command_line_keeps_supervision_records_in_the_workspace(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    assert _run(ws) == "1"
    assert (ws / "web.sqlite3").exists()
    assert _run(ws) == "2"  # the same database the next time
