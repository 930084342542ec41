"""Build small case-data folders on disk for import tests."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

Rows = list[dict[str, str]]


def make_valid_tables() -> dict[str, Rows]:
    """A small, fully valid folder touching every table."""
    return {
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
            {
                "person_id": "P1",
                "benefit": "kontanthjaelp",
                "start_date": "2024-01-03",
                "end_date": "2024-06-30",
                "target_group": "jobparat",
                "first_contact_date": "2024-01-01",
            },
            {
                "person_id": "P1",
                "benefit": "kontanthjaelp",
                "start_date": "2024-08-01",
                "end_date": "",
                "target_group": "jobparat",
                "first_contact_date": "",
            },
            {
                "person_id": "P2",
                "benefit": "sygedagpenge",
                "start_date": "2024-02-01",
                "end_date": "2024-05-01",
                "target_group": "",
                "first_contact_date": "",
            },
        ],
        "conversations": [
            {
                "person_id": "P1",
                "date": "2024-01-08",
                "kind": "jobsamtale",
                "form": "personligt",
                "held_by": "jobcenter",
                "status": "afholdt",
                "individual": "",
                "caseworker_id": "K1",
            },
        ],
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
            {
                "person_id": "P1",
                "date": "2024-01-08",
                "has_job_goal": "ja",
                "has_education_goal": "nej",
            }
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


def write_folder(folder: Path, tables: dict[str, Rows], sep: str = ";") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        columns = list(dict.fromkeys(k for row in rows for k in row)) if rows else ["person_id"]
        with (folder / f"{name}.csv").open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns, delimiter=sep)
            writer.writeheader()
            writer.writerows(rows)
    return folder


@pytest.fixture
def tables() -> dict[str, Rows]:
    return make_valid_tables()


@pytest.fixture
def folder_writer() -> Callable[..., Path]:
    return write_folder
