"""Write a report to the format its file name asks for, atomically: a failed render leaves
no half-written file behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from tilsyn.reports.model import Report


class ReportFormatError(ValueError):
    pass


def _renderers() -> dict[str, Callable[[Report], bytes]]:
    from tilsyn.reports.docx import render_docx
    from tilsyn.reports.html import render_html
    from tilsyn.reports.pdf import render_pdf
    from tilsyn.reports.xlsx import render_xlsx

    return {
        ".html": lambda r: render_html(r).encode("utf-8"),
        ".pdf": render_pdf,
        ".xlsx": render_xlsx,
        ".docx": render_docx,
    }


FORMATS = (".html", ".pdf", ".xlsx", ".docx")


def check_format(path: Path, allowed: tuple[str, ...] = FORMATS) -> str:
    suffix = path.suffix.lower()
    if suffix not in allowed:
        raise ReportFormatError(
            f"{path}: ukendt format '{suffix or '(ingen endelse)'}' — "
            f"brug en af {', '.join(allowed)}"
        )
    return suffix


def render(report: Report, suffix: str) -> bytes:
    return _renderers()[suffix](report)


def write_report(report: Report, path: Path, allowed: tuple[str, ...] = FORMATS) -> Path:
    suffix = check_format(path, allowed)
    data = render(report, suffix)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
