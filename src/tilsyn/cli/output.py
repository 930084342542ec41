"""Render result rows as a Rich table, CSV or JSON (shared by every command)."""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from tilsyn.cli.options import OutputFormat

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["OutputFormat", "emit", "to_json"]


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value) if value != value.to_integral_value() else int(value)
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _cell(value: Any, formatter: Callable[[Any], str] | None) -> str:
    if formatter is not None:
        return formatter(value)
    return "" if value is None else str(_plain(value))


def to_json(data: Any) -> str:
    return json.dumps(_plain(data), ensure_ascii=False, indent=2)


def emit(
    rows: Sequence[Mapping[str, Any]],
    fmt: OutputFormat,
    *,
    columns: Sequence[str] | None = None,
    headers: Mapping[str, str] | None = None,
    title: str | None = None,
    console: Console | None = None,
    formatters: Mapping[str, Callable[[Any], str]] | None = None,
) -> None:
    """Print ``rows``; ``headers`` maps field names to Danish column titles and
    ``formatters`` turns codes and numbers into Danish text, for tables and for CSV (which a
    caseworker opens in Excel; its cells are made safe against formula injection). JSON keeps
    the field names and values machines read."""
    cols = list(columns) if columns else (list(rows[0].keys()) if rows else [])
    if fmt is OutputFormat.json:
        sys.stdout.write(to_json([{c: r.get(c) for c in cols} for r in rows]) + "\n")
        return
    shown = formatters or {}
    if fmt is OutputFormat.csv:
        from tilsyn.present.spreadsheet import safe_cell

        buf = io.StringIO()
        writer = csv.writer(buf, delimiter=";", lineterminator="\n")
        writer.writerow([safe_cell((headers or {}).get(c, c)) for c in cols])
        for r in rows:
            writer.writerow([safe_cell(_cell(r.get(c), shown.get(c))) for c in cols])
        sys.stdout.write(buf.getvalue())
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for c in cols:
        table.add_column((headers or {}).get(c, c))
    for r in rows:
        table.add_row(*[_cell(r.get(c), shown.get(c)) for c in cols])
    (console or Console()).print(table)
