"""The main job end to end: `tilsyn demo` on a small population."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from tilsyn.cli import app
from tilsyn.data.access_log import read_log
from tilsyn.data.workspace import Workspace


def test_the_demo_generates_imports_and_prints_every_section(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    result = CliRunner().invoke(
        app, ["demo", "--persons", "1500", "--as-of", "2026-11-23", "--workspace", str(ws)]
    )
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Syntetiske data 01.2022–10.2026, opgjort pr. 2026-11-23" in out
    assert "CPR-numre pseudonymiseret" in out
    assert "Overskredne frister pr. team" in out
    assert "Arbejdsliste for" in out
    assert "Kommune 185, fokusmål samtaler" in out
    assert "Kommune 155, fokusmål tilbud" in out
    assert "Reform 2026 (lov nr. 1750/2025" in out
    assert "Helårspersoner" in out
    assert "Refusionstrappen" in out
    assert "er ikke en del af denne version" not in out
    assert "Traceback" not in out
    # the synthetic CPR numbers never reach the snapshot
    snapshot = Workspace(ws).snapshot_path(Workspace(ws).require_current())
    assert (ws / "demo-secret.key").exists()
    assert (ws / "budget-eksempel.csv").exists()
    # the demo's own reads of citizens' data are logged like any other
    logged = read_log(ws)
    assert logged
    assert {e.action for e in logged} >= {"worklist"}
    assert all(e.snapshot_id == Workspace(ws).current_id() for e in logged)
    assert "Eksempel på en budgetfil" in out
    assert snapshot.exists()
