"""Helpers for the report tests: the computed-at time, and PDF pages kept as artefacts."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

COMPUTED_AT = dt.datetime(2024, 6, 3, 9, 0, tzinfo=dt.UTC)
ARTEFACTS = Path(__file__).resolve().parents[1] / "test-artefacts" / "reports"


def keep_pages(pdf: Path, name: str) -> list[Path]:
    """Render the PDF's pages to PNG with poppler's pdftoppm and keep them as test artefacts
    (a person looks at them; the tests check they exist and are not blank)."""
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTEFACTS.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(ARTEFACTS / name)], check=True)
    return sorted(ARTEFACTS.glob(f"{name}-*.png"))
