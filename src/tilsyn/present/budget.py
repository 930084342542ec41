"""The budget follow-up as the committee's table: Danish headers, numbers and the notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tilsyn.economy.budget import FollowUpRow


@dataclass(frozen=True)
class CommitteeTable:
    title: str
    headers: dict[str, str]  # column → title, in the committee's order
    rows: list[dict[str, str]]  # formatted cells
    notes: list[tuple[str, str]]  # (area, explanation or warning)


def committee_table(rows: Sequence[FollowUpRow], as_of: dt.date) -> CommitteeTable:
    """The follow-up in the committee's columns, numbers in Danish, with the notes."""
    from tilsyn.economy.budget_io import TABLE_COLUMNS, display_rows, table_headers

    titles = table_headers(as_of)
    titles["area"] = "Område"
    # Two-line titles keep the table readable in an 80-column terminal.
    headers = {
        c: titles[c] if c == "area" else titles[c].replace(" ", "\n", 1) for c in TABLE_COLUMNS
    }
    notes: list[tuple[str, str]] = []
    for row in rows:
        if row.explanation:
            notes.append((row.area, row.explanation))
        notes.extend((row.area, w.message) for w in row.warnings)
    return CommitteeTable(
        f"Budgetopfølgning pr. {as_of:%d/%m/%Y} i mio. kr.", headers, display_rows(rows), notes
    )


def json_columns() -> list[str]:
    """The committee's columns with the hierarchy and the reasons, for CSV and JSON."""
    from tilsyn.economy.budget_io import TABLE_COLUMNS

    return [
        TABLE_COLUMNS[0],
        "parent",
        *TABLE_COLUMNS[1:],
        "forecast_basis",
        "explanation",
        "warnings",
    ]


CSV_UNITS = {
    "original_budget": "mio. kr.",
    "corrected_budget": "mio. kr.",
    "spent_to_date": "mio. kr.",
    "forecast": "mio. kr.",
    "deviation_original": "mio. kr.",
    "deviation_corrected": "mio. kr.",
    "deviation_pct": "%",
}


def csv_headers() -> dict[str, str]:
    """CSV column names with their units ("forecast (mio. kr.)"), as a budget file states them:
    a number without its unit is a 1000× error waiting to happen."""
    return {c: f"{c} ({unit})" for c, unit in CSV_UNITS.items()}
