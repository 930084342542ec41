"""Property: a malformed value anywhere is rejected with an error naming it — never a crash,
never a partial load."""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builders import valid_tables, write_folder
from tilsyn.data.contract import TABLES_BY_NAME, Column
from tilsyn.data.importer import ImportFailed, import_folder
from tilsyn.data.workspace import Workspace

# Text that a CSV cell can carry (no separators, quotes or line breaks: those change the
# row structure, which the reader tests cover separately).
cell_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters=';,"\r\n'),
    max_size=12,
).map(str.strip)


def _is_iso_date(v: str) -> bool:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return False
    try:
        dt.date.fromisoformat(v)
    except ValueError:
        return False
    return True


def _invalid(column: Column) -> st.SearchStrategy[str]:
    """Values that are wrong for the column by an independent (non-tilsyn) definition."""
    t = column.type
    if t == "date":
        return cell_text.filter(lambda v: v != "" and not _is_iso_date(v))
    if t == "month":
        return cell_text.filter(lambda v: v != "" and not _is_iso_date(v + "-01"))
    if t == "code":
        return cell_text.filter(lambda v: v != "" and v not in column.codes)
    if t == "bool":
        return cell_text.filter(
            lambda v: (
                v != ""
                and v.lower()
                not in {"true", "false", "ja", "nej", "1", "0", "sand", "falsk", "yes", "no"}
            )
        )
    if t == "municipality":
        return cell_text.filter(lambda v: v != "" and not re.fullmatch(r"\d{3}", v))
    if t == "int":
        return cell_text.filter(lambda v: v != "" and not re.fullmatch(r"-?\d{1,9}", v))
    if t == "decimal":
        return cell_text.filter(
            lambda v: v != "" and not re.fullmatch(r"-?\d{1,13}([.,]\d{1,2})?", v)
        )
    if t == "isoweek":
        return cell_text.filter(lambda v: v != "" and not re.fullmatch(r"\d{4}-W\d{2}", v))
    # text / person_id: only emptiness is malformed in a required column
    return st.just("")


TARGETS = [
    (table, column)
    for table, rows in valid_tables().items()
    for column in TABLES_BY_NAME[table].columns
    if column.name in rows[0] and (column.required or column.type not in ("text", "person_id"))
]


@st.composite
def malformed(draw: st.DrawFn) -> tuple[str, int, str, str]:
    table, column = draw(st.sampled_from(TARGETS))
    row = draw(st.integers(0, len(valid_tables()[table]) - 1))
    value = draw(_invalid(column))
    return table, row, column.name, value


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=malformed())
def test_a_malformed_value_is_always_rejected_and_nothing_is_written(
    case: tuple[str, int, str, str],
) -> None:
    table, row, column, value = case
    tables = valid_tables()
    tables[table][row][column] = value
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_folder(Path(tmp) / "in", tables)
        ws = Workspace(Path(tmp) / "ws")
        with pytest.raises(ImportFailed) as info:
            import_folder(folder, ws)
        assert ws.current_id() is None
        assert not ws.snapshots_dir.exists() or not any(ws.snapshots_dir.iterdir())
    hits = [
        p for p in info.value.log.all_problems if p.file == f"{table}.csv" and p.column == column
    ]
    assert any(p.row == row + 2 for p in hits), [str(p) for p in info.value.log.all_problems]


def test_helpers_are_valid_on_their_own(
    tables: dict[str, list[dict[str, str]]], folder_writer: Callable[..., Path], tmp_path: Path
) -> None:
    # The property above is only meaningful if the unmodified folder imports.
    assert import_folder(folder_writer(tmp_path / "in", tables), Workspace(tmp_path / "ws")).created
