"""Builders shared by the tests: case-data rows and folders on disk.

The row builders take the few fields a test is about and fill the rest with the valid default
(a held, personal jobcentre interview; a kontanthjælp period), so a test reads as its story.
"""

from __future__ import annotations

import copy
import csv
from collections.abc import Mapping, Sequence
from pathlib import Path

Rows = list[dict[str, str]]


def period(pid: str, benefit: str, start: str, end: str = "", **extra: str) -> dict[str, str]:
    """A benefit period (``end`` empty: still running)."""
    return {"person_id": pid, "benefit": benefit, "start_date": start, "end_date": end, **extra}


def kth(
    pid: str, start: str = "2022-01-01", end: str = "", benefit: str = "kontanthjaelp", **extra: str
) -> dict[str, str]:
    """A kontanthjælp period (another benefit with ``benefit``)."""
    return period(pid, benefit, start, end, **extra)


def talk(pid: str, date: str, **extra: str) -> dict[str, str]:
    """A held, individual, personal job interview at the jobcentre on ``date``."""
    return {
        "person_id": pid,
        "date": date,
        "kind": "jobsamtale",
        "form": "personligt",
        "held_by": "jobcenter",
        "status": "afholdt",
        **extra,
    }


def write(folder: Path, name: str, rows: Sequence[Mapping[str, str]], sep: str = ";") -> Path:
    """Write one table as ``<folder>/<name>.csv``; columns from all rows, first seen first."""
    folder.mkdir(parents=True, exist_ok=True)
    columns = list(dict.fromkeys(k for row in rows for k in row)) if rows else ["person_id"]
    path = folder / f"{name}.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, delimiter=sep)
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_folder(
    folder: Path, tables: Mapping[str, Sequence[Mapping[str, str]]], sep: str = ";"
) -> Path:
    """Write every table of ``tables`` into ``folder``; returns the folder."""
    for name, rows in tables.items():
        write(folder, name, rows, sep)
    return folder


_VALID: dict[str, Rows] = {
    "persons": [
        {
            "person_id": "P1",
            "municipality": "185",
            "birth_date": "1980-05-01",
            "caseworker_id": "K1",
        },
        {"person_id": "P2", "municipality": "155", "birth_date": "", "caseworker_id": ""},
    ],
    "caseworkers": [
        {
            "caseworker_id": "K1",
            "name": "Sagsbehandler 1",
            "team": "Team A",
            "organisation": "Jobcenter",
        },
    ],
    "benefit_periods": [
        kth(
            "P1",
            "2024-01-03",
            "2024-06-30",
            target_group="jobparat",
            first_contact_date="2024-01-01",
        ),
        kth("P1", "2024-08-01", "", target_group="jobparat", first_contact_date=""),
        period(
            "P2", "sygedagpenge", "2024-02-01", "2024-05-01", target_group="", first_contact_date=""
        ),
    ],
    "conversations": [talk("P1", "2024-01-08", individual="", caseworker_id="K1")],
    "offers": [
        {
            "person_id": "P1",
            "kind": "virksomhedspraktik",
            "start_date": "2024-03-01",
            "end_date": "2024-03-31",
        },
    ],
    "employment_hours": [{"person_id": "P1", "month": "2024-03", "hours": "12,5"}],
    "plans": [
        {"person_id": "P1", "date": "2024-01-08", "has_job_goal": "ja", "has_education_goal": "nej"}
    ],
    "exemptions": [
        {
            "person_id": "P1",
            "start_date": "2024-04-01",
            "end_date": "2024-04-14",
            "reason": "sygdom",
        }
    ],
    "reassessments": [{"person_id": "P2", "date": "2024-04-20", "outcome": "forlaenget"}],
    "payments": [
        {"person_id": "P1", "benefit": "kontanthjaelp", "week": "2024-W02", "amount": "3120.50"}
    ],
}


def valid_tables() -> dict[str, Rows]:
    """A small, fully valid folder touching every table: P1 in Tårnby (185) on kontanthjælp,
    P2 in Dragør (155) on sygedagpenge. A fresh copy each call, for tests to change."""
    return copy.deepcopy(_VALID)
