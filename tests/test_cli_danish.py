"""Ordinary mistakes on the command line end with a Danish message and exit status 2, never
a traceback; the command line's own help and usage texts are Danish."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tilsyn.cli import app
from tilsyn.data.importer import import_folder
from tilsyn.data.synthetic import generate
from tilsyn.data.workspace import Workspace

runner = CliRunner()
ENGLISH = ("Show this message", "Missing option", "Usage:", "Error:", "Traceback", "Options")


def _run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("danish")
    generate(root / "data", persons=80, seed=5, fmt="csv")
    import_folder(root / "data", Workspace(root / "ws"))
    return root / "ws"


@pytest.mark.parametrize("args", [["--help"], ["worklist", "--help"], ["use", "--help"]])
def test_help_is_danish(args: list[str]) -> None:
    code, out = _run(*args)
    assert code == 0
    assert "Brug: tilsyn" in out
    assert "Vis denne hjælp og afslut." in out
    assert not [w for w in ENGLISH if w in out]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["rekey"], "Fejl: Tilvalget '--old-key-file' mangler."),
        (["explain"], "Fejl: Argumentet PERSON_ID mangler."),
        (
            ["worklist", "--within-days", "x"],
            "Ugyldig værdi for '--within-days': skal være et heltal",
        ),
        (["status", "--bogus"], "Fejl: Ukendt tilvalg: --bogus"),
        (["nonsense"], "Fejl: Ukendt kommando 'nonsense'."),
    ],
)
def test_usage_mistakes_are_danish_with_status_2(args: list[str], message: str) -> None:
    code, out = _run(*args)
    assert code == 2
    assert message in out
    assert "Se 'tilsyn" in out
    assert not [w for w in ENGLISH if w in out]


def test_a_year_before_the_rules_applied_is_a_danish_refusal(ws: Path) -> None:
    code, out = _run("measures", "focus", "--year", "2019", "-w", str(ws))
    assert code == 2
    assert "reglerne gælder ikke så tidligt" in out
    assert "Traceback" not in out


def test_a_text_file_renamed_xlsx_is_a_danish_refusal(tmp_path: Path, ws: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(ws.parent / "data", folder)
    (folder / "offers.csv").rename(folder / "offers.xlsx")
    code, out = _run("import", str(folder), "-w", str(tmp_path / "ws"))
    assert code == 2
    assert "ikke en Excel-fil" in out
    assert "Traceback" not in out


def test_an_export_to_a_missing_folder_is_a_danish_refusal(tmp_path: Path, ws: Path) -> None:
    out_file = tmp_path / "findes-ikke" / "ud.csv"
    code, out = _run(
        "refund", "--from", "2024-W01", "--to", "2024-W02", "--export", str(out_file), "-w", str(ws)
    )
    assert code == 2
    assert "findes ikke" in out
    assert "Traceback" not in out
