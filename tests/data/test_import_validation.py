"""Every validation error kind: the message names file, row and column, and nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tilsyn.data.importer import ImportFailed, import_folder
from tilsyn.data.workspace import Workspace

Rows = list[dict[str, str]]


def _fail(tmp_path: Path, tables: dict[str, Rows], writer: Callable[..., Path]) -> list[str]:
    folder = writer(tmp_path / "in", tables)
    ws = Workspace(tmp_path / "ws")
    with pytest.raises(ImportFailed) as info:
        import_folder(folder, ws)
    assert not ws.snapshots_dir.exists() or not list(ws.snapshots_dir.iterdir())
    assert ws.current_id() is None
    return [str(p) for p in info.value.log.all_problems]


def test_a_valid_folder_imports(
    tmp_path: Path, tables: dict[str, Rows], folder_writer: Callable[..., Path]
) -> None:
    folder = folder_writer(tmp_path / "in", tables)
    result = import_folder(folder, Workspace(tmp_path / "ws"))
    assert result.counts["persons"] == 2
    assert result.counts["benefit_periods"] == 3
    assert result.date_range == ("2024-01-03", "2024-08-01")


@pytest.mark.parametrize(
    ("table", "row_index", "column", "value", "expected_fragment"),
    [
        (
            "persons",
            0,
            "municipality",
            "18",
            "persons.csv:2:municipality: '18' — forventede en kommunekode med 3 cifre",
        ),
        (
            "persons",
            1,
            "birth_date",
            "1980-02-30",
            "persons.csv:3:birth_date: '1980-02-30' — forventede en dato",
        ),
        (
            "benefit_periods",
            0,
            "benefit",
            "kontant",
            "benefit_periods.csv:2:benefit: 'kontant' — forventede en af: dagpenge",
        ),
        (
            "benefit_periods",
            2,
            "start_date",
            "",
            "benefit_periods.csv:4:start_date: (tom) — forventede en værdi",
        ),
        (
            "benefit_periods",
            0,
            "target_group",
            "klar",
            "benefit_periods.csv:2:target_group: 'klar' — forventede en af: jobparat",
        ),
        (
            "benefit_periods",
            0,
            "end_date",
            "2023-12-31",
            "benefit_periods.csv:2:end_date: '2023-12-31' — forventede en end_date på eller efter start_date",
        ),
        (
            "conversations",
            0,
            "status",
            "holdt",
            "conversations.csv:2:status: 'holdt' — forventede en af: afholdt",
        ),
        (
            "conversations",
            0,
            "individual",
            "måske",
            "conversations.csv:2:individual: 'måske' — forventede true/false",
        ),
        (
            "conversations",
            0,
            "date",
            "08-01-2024",
            "conversations.csv:2:date: '08-01-2024' — forventede en dato som ÅÅÅÅ-MM-DD",
        ),
        (
            "employment_hours",
            0,
            "hours",
            "-3",
            "employment_hours.csv:2:hours: '-3' — forventede et tal ≥ 0",
        ),
        (
            "employment_hours",
            0,
            "month",
            "2024-13",
            "employment_hours.csv:2:month: '2024-13' — forventede en måned",
        ),
        (
            "payments",
            0,
            "week",
            "2024-W53",
            "payments.csv:2:week: '2024-W53' — forventede en ISO-uge",
        ),
        (
            "payments",
            0,
            "amount",
            "12.345",
            "payments.csv:2:amount: '12.345' — forventede et tal med højst 2 decimaler",
        ),
        ("plans", 0, "has_job_goal", "", "plans.csv:2:has_job_goal: (tom) — forventede en værdi"),
        (
            "offers",
            0,
            "end_date",
            "2024-02-01",
            "offers.csv:2:end_date: '2024-02-01' — forventede en end_date på eller efter start_date",
        ),
        ("exemptions", 0, "reason", "", "exemptions.csv:2:reason: (tom) — forventede en værdi"),
        (
            "reassessments",
            0,
            "person_id",
            "P9",
            "reassessments.csv:2:person_id: 'P9' — forventede et person_id fra persons",
        ),
        (
            "conversations",
            0,
            "caseworker_id",
            "K9",
            "conversations.csv:2:caseworker_id: 'K9' — forventede et caseworker_id fra caseworkers",
        ),
    ],
)
def test_each_bad_value_is_reported_with_file_row_and_column(
    tmp_path: Path,
    tables: dict[str, Rows],
    folder_writer: Callable[..., Path],
    table: str,
    row_index: int,
    column: str,
    value: str,
    expected_fragment: str,
) -> None:
    tables[table][row_index][column] = value
    messages = _fail(tmp_path, tables, folder_writer)
    assert any(expected_fragment in m for m in messages), messages


def test_a_week_53_is_accepted_in_a_year_that_has_one(
    tmp_path: Path, tables: dict[str, Rows], folder_writer: Callable[..., Path]
) -> None:
    tables["payments"][0]["week"] = "2026-W53"
    folder = folder_writer(tmp_path / "in", tables)
    assert import_folder(folder, Workspace(tmp_path / "ws")).counts["payments"] == 1


def test_a_missing_required_table_is_reported(
    tmp_path: Path, tables: dict[str, Rows], folder_writer: Callable[..., Path]
) -> None:
    del tables["conversations"]
    messages = _fail(tmp_path, tables, folder_writer)
    assert any("in/conversations" in m and "conversations.csv" in m for m in messages), messages


def test_a_missing_required_column_is_reported(
    tmp_path: Path, tables: dict[str, Rows], folder_writer: Callable[..., Path]
) -> None:
    for row in tables["conversations"]:
        del row["held_by"]
    messages = _fail(tmp_path, tables, folder_writer)
    assert "conversations.csv:held_by: (tom) — forventede kolonnen findes" in messages


def test_overlapping_periods_of_the_same_benefit_are_rejected(
    tmp_path: Path, tables: dict[str, Rows], folder_writer: Callable[..., Path]
) -> None:
    tables["benefit_periods"][1]["start_date"] = "2024-06-30"  # the first ends that day
    messages = _fail(tmp_path, tables, folder_writer)
    assert any(
        m.startswith("benefit_periods.csv:3:start_date: '2024-06-30'") and "overlap" in m
        for m in messages
    ), messages


def test_an_ongoing_period_overlaps_every_later_one(
    tmp_path: Path, tables: dict[str, Rows], folder_writer: Callable[..., Path]
) -> None:
    tables["benefit_periods"][0]["end_date"] = ""
    messages = _fail(tmp_path, tables, folder_writer)
    assert any(m.startswith("benefit_periods.csv:3:start_date") for m in messages), messages


def test_adjacent_periods_and_different_benefits_do_not_overlap(
    tmp_path: Path, tables: dict[str, Rows], folder_writer: Callable[..., Path]
) -> None:
    tables["benefit_periods"][1]["start_date"] = "2024-07-01"
    tables["benefit_periods"].append(
        {
            "person_id": "P1",
            "benefit": "sygedagpenge",
            "start_date": "2024-03-01",
            "end_date": "2024-03-20",
            "target_group": "",
            "first_contact_date": "",
        }
    )
    folder = folder_writer(tmp_path / "in", tables)
    assert import_folder(folder, Workspace(tmp_path / "ws")).counts["benefit_periods"] == 4


def test_duplicate_ids_are_rejected_after_the_first(
    tmp_path: Path, tables: dict[str, Rows], folder_writer: Callable[..., Path]
) -> None:
    tables["persons"].append(dict(tables["persons"][0]))
    messages = _fail(tmp_path, tables, folder_writer)
    assert messages == ["persons.csv:4:person_id: 'P1' — forventede en entydig person_id"]


def test_all_problems_are_reported_grouped_with_counts(
    tmp_path: Path, tables: dict[str, Rows], folder_writer: Callable[..., Path]
) -> None:
    for i in range(30):
        tables["conversations"].append(
            {
                "person_id": "P1",
                "date": f"2024-02-{i + 1:02d}",
                "kind": "snak",
                "form": "personligt",
                "held_by": "jobcenter",
                "status": "afholdt",
                "individual": "",
                "caseworker_id": "",
            }
        )
    tables["persons"][0]["municipality"] = "x"
    folder = folder_writer(tmp_path / "in", tables)
    with pytest.raises(ImportFailed) as info:
        import_folder(folder, Workspace(tmp_path / "ws"))
    log = info.value.log
    # 29 valid February days + 2024-02-30 and -31 are invalid dates: every problem is counted
    assert log.counts[("conversations.csv", "kind", "ukendt kode")] == 30
    assert log.counts[("conversations.csv", "date", "ugyldig dato")] == 1
    assert log.counts[("persons.csv", "municipality", "ugyldig kommunekode")] == 1
    assert len(log.groups[("conversations.csv", "kind", "ukendt kode")]) == 5
    assert log.total == 32


def test_a_file_that_is_not_utf8_is_reported(
    tmp_path: Path, tables: dict[str, Rows], folder_writer: Callable[..., Path]
) -> None:
    folder = folder_writer(tmp_path / "in", tables)
    (folder / "persons.csv").write_bytes("person_id;municipality\nPø;185\n".encode("latin-1"))
    messages = _fail(tmp_path, {}, lambda path, _t: folder)
    assert messages == [
        "persons.csv: ulæselig fil (filen er ikke gyldig UTF-8) — forventede en CSV-fil i UTF-8"
    ]


def test_a_corrupt_parquet_file_is_reported(
    tmp_path: Path, tables: dict[str, Rows], folder_writer: Callable[..., Path]
) -> None:
    folder = folder_writer(tmp_path / "in", tables)
    (folder / "offers.csv").unlink()
    (folder / "offers.parquet").write_bytes(b"PAR1 this is not parquet")
    messages = _fail(tmp_path, {}, lambda path, _t: folder)
    assert len(messages) == 1
    assert messages[0].startswith("offers.parquet: ulæselig fil (")
    assert messages[0].endswith("— forventede en gyldig Parquet-fil")
