"""`tilsyn report …` on the command line: a file in the format its extension names, and for
every bad request a clear message, exit status 2 and no file."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tilsyn.data.workspace import Workspace

pytestmark = pytest.mark.django_db


def _run(ws: Workspace, *args: str) -> tuple[int, str]:
    from tilsyn.cli import app

    result = CliRunner(env={"COLUMNS": "200"}).invoke(
        app, ["report", *args, "--workspace", str(ws.root)]
    )
    return result.exit_code, result.output


def test_monthly_writes_the_partner_copy_as_word(demo_ws: Workspace, tmp_path: Path) -> None:
    import docx

    out = tmp_path / "maaned.docx"
    code, output = _run(
        demo_ws, "monthly", "--month", "2024-05", "--municipality", "155", "--out", str(out)
    )
    assert code == 0, output
    assert f"Skrev {out}" in output.replace("\n", "")
    assert docx.Document(str(out)).paragraphs[-1].text.startswith("Tallene er dannet af tilsyn")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("monthly", "--month", "2024-13"), "--month: '2024-13' er ikke en måned som ÅÅÅÅ-MM"),
        (
            ("monthly", "--month", "2024-05", "--municipality", "999"),
            "kommune 999 har ingen borgere i datasamlingen",
        ),
        (
            ("recovery-plan", "--year", "2024", "--municipality", "185", "--as-of", "2024-05-20"),
            "ukendt format '.xlsx' — brug en af .docx, .pdf, .html",
        ),
        (
            ("statement", "--letter", "999", "--as-of", "2024-05-31"),
            "brev 999 findes ikke i registret",
        ),
        (("auditor", "--sample", "999", "--as-of", "2024-05-31"), "stikprøve 999 findes ikke"),
        (
            (
                "recovery-plan",
                "--year",
                "2024",
                "--municipality",
                "185",
                "--measure",
                "møder",
                "--as-of",
                "2024-05-20",
            ),
            "ukendt fokusmål 'møder'",
        ),
    ],
)
def test_bad_requests_fail_clearly_and_write_nothing(
    demo_ws: Workspace, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    suffix = ".xlsx" if args[0] in ("auditor",) or "ukendt format" in message else ".docx"
    if args[0] == "monthly":
        suffix = ".pdf"
    out = tmp_path / f"rapport{suffix}"
    code, output = _run(demo_ws, *args, "--out", str(out))
    assert code == 2, output
    assert message in output.replace("\n", "")
    assert list(tmp_path.iterdir()) == []
