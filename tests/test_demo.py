"""The main job end to end: `tilsyn demo` on a small population."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tilsyn.cli import app
from tilsyn.data.access_log import read_log
from tilsyn.data.workspace import Workspace

pytestmark = pytest.mark.django_db


# The demo seeds supervision reviews into the app database (pytest-django's test database here).
@pytest.mark.django_db
def test_the_demo_generates_imports_and_prints_every_section(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    result = CliRunner().invoke(
        app,
        [
            "demo",
            "--persons",
            "1500",
            "--as-of",
            "2026-11-23",
            "--no-serve",
            "--workspace",
            str(ws),
        ],
    )
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Syntetiske data 01.2022–10.2026, opgjort pr. 2026-11-23" in out
    assert "CPR-numre pseudonymiseret" in out
    assert "Overskredne frister pr. team" in out
    assert "Arbejdsliste for" in out
    assert "Kommune 185, fokusmål samtaler" in out
    assert "Kommune 155, fokusmål tilbud" in out
    assert "andre læsninger: 225 t, overlapper:" in out
    assert "A-kassen: mindst 2 jobsamtaler med 75 % inden 3 måneder" in out
    assert "Reform 2026 (lov nr. 1750/2025" in out
    assert "Helårspersoner" in out
    assert "Refusionstrappen" in out
    assert "Ledelsestilsyn (simulerede gennemgange med fire øjne), fejlrate pr. måned:" in out
    assert "  2026-10: 32 sager gennemgået, " in out
    assert "er ikke en del af denne version" not in out
    assert "Traceback" not in out
    for name in (
        "maanedsopgoerelse-2026-10-155.pdf",
        "udvalgsrapport-2026-10-31.docx",
        "genopretningsplan-2026-185.docx",
        "redegoerelse-brev-1.pdf",
        "revisionsudtraek-2026-11-23.xlsx",
    ):
        assert str(ws / "reports" / name) in out.replace("\n", "")
        assert (ws / "reports" / name).stat().st_size > 5000
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
