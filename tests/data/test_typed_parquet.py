"""Parquet columns already of their contract type (dates, truth values, integers, decimals)
are kept typed on import. Reading them must give exactly what reading their text gives:
the same snapshot, and the same problems with the same file, row, column and value."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import polars as pl
import pytest

from builders import valid_tables
from tilsyn.data.contract import TABLES, TABLES_BY_NAME
from tilsyn.data.importer import ImportFailed, import_folder
from tilsyn.data.readers import text_expr
from tilsyn.data.workspace import Workspace

Frames = dict[str, pl.DataFrame]

TRUTH = {"ja": True, "true": True, "nej": False, "false": False}


def _typed(name: str, rows: list[dict[str, str]]) -> pl.DataFrame:
    frame = pl.DataFrame(rows, schema=dict.fromkeys(rows[0], pl.Utf8))
    exprs = []
    for column in TABLES_BY_NAME[name].columns:
        if column.name not in frame.columns:
            continue
        c = pl.col(column.name).replace("", None)
        if column.type == "date":
            c = c.str.to_date("%Y-%m-%d")
        elif column.type == "bool":
            c = c.replace_strict(TRUTH, default=None, return_dtype=pl.Boolean)
        elif column.type == "int":
            c = c.cast(pl.Int32)
        elif column.type == "decimal":
            c = c.str.replace(",", ".").cast(pl.Decimal(18, 2))
        exprs.append(c.alias(column.name))
    return frame.select(exprs)


def _typed_tables() -> Frames:
    return {name: _typed(name, rows) for name, rows in valid_tables().items()}


def _write(folder: Path, frames: Frames, *, as_text: bool) -> Path:
    folder.mkdir(parents=True)
    for name, frame in frames.items():
        if as_text:
            frame = frame.select(text_expr(c, t) for c, t in frame.schema.items())
        frame.write_parquet(folder / f"{name}.parquet")
    return folder


def _both(tmp_path: Path, frames: Frames) -> tuple[Path, Path]:
    typed = _write(tmp_path / "typed" / "data", frames, as_text=False)
    text = _write(tmp_path / "text" / "data", frames, as_text=True)
    assert pl.read_parquet(text / "payments.parquet").schema["amount"] == pl.Utf8
    return typed, text


def _problems(folder: Path, workspace: Path) -> list[str]:
    with pytest.raises(ImportFailed) as info:
        import_folder(folder, Workspace(workspace))
    assert Workspace(workspace).current_id() is None
    return [str(p) for p in info.value.log.all_problems]


def _rows(workspace: Path) -> dict[str, list[tuple[object, ...]]]:
    con = Workspace(workspace).connect()
    return {
        t.name: con.execute(f'SELECT * FROM "{t.name}" ORDER BY rowid').fetchall() for t in TABLES
    }


def test_typed_and_text_parquet_give_the_same_snapshot(tmp_path: Path) -> None:
    frames = _typed_tables()
    # A missing truth value reads as false, as its text always has (not as the default).
    frames["plans"] = frames["plans"].with_columns(pl.lit(None, pl.Boolean).alias("has_job_goal"))
    typed, text = _both(tmp_path, frames)
    assert pl.read_parquet(typed / "benefit_periods.parquet").schema["start_date"] == pl.Date
    first = import_folder(typed, Workspace(tmp_path / "ws-typed"))
    second = import_folder(text, Workspace(tmp_path / "ws-text"))
    assert (first.counts, first.date_range, first.events_from) == (
        second.counts,
        second.date_range,
        second.events_from,
    )
    rows = _rows(tmp_path / "ws-typed")
    assert rows == _rows(tmp_path / "ws-text")
    assert rows["plans"][0][2] is False
    assert rows["conversations"][0][6] is False  # typed null truth value, not the default
    assert rows["payments"][0][3:] == (Decimal("3120.50"), dt.date(2024, 1, 8))
    assert rows["employment_hours"][0][2] == Decimal("12.50")


def _set(
    name: str, column: str, index: int, value: object, dtype: pl.DataType
) -> Callable[[Frames], None]:
    """Set one value of a column, given the column's Parquet type."""
    new = value if isinstance(value, pl.Expr) else pl.lit(value, dtype)

    def change(frames: Frames) -> None:
        frame = frames[name]
        old = pl.col(column) if column in frame.columns else pl.lit(None)
        frames[name] = frame.with_columns(
            pl.when(pl.int_range(pl.len()) == index)
            .then(new.cast(dtype))
            .otherwise(old.cast(dtype))
            .alias(column)
        )

    return change


def _overlap(frames: Frames) -> None:
    # P1's open-ended kontanthjælp from 2024-08-01 now starts inside the first period.
    _set("benefit_periods", "start_date", 1, dt.date(2024, 6, 1), pl.Date())(frames)


YEAR_10000 = pl.lit(2_932_897, pl.Int32).cast(pl.Date)  # 10000-01-01: no Python date


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            _set("payments", "amount", 0, Decimal("3120.505"), pl.Decimal(18, 3)),
            "payments.parquet:1:amount: '3120.505' — forventede et tal med højst 2 decimaler",
        ),
        (
            _set("payments", "amount", 0, Decimal("10000000000000.00"), pl.Decimal(38, 2)),
            "payments.parquet:1:amount: '10000000000000.00' — forventede et tal",
        ),
        (
            _set("employment_hours", "hours", 0, Decimal("-12.50"), pl.Decimal(18, 2)),
            "employment_hours.parquet:1:hours: '-12.50' — forventede et tal ≥ 0",
        ),
        (
            _set("benefit_periods", "expected_absence_weeks", 2, 1_000_000_000, pl.Int64()),
            "benefit_periods.parquet:3:expected_absence_weeks: '1000000000' — forventede et heltal",
        ),
        (
            _set("benefit_periods", "expected_absence_weeks", 2, -3, pl.Int32()),
            "benefit_periods.parquet:3:expected_absence_weeks: '-3' — forventede et heltal",
        ),
        (
            _set("benefit_periods", "start_date", 2, None, pl.Date()),
            "benefit_periods.parquet:3:start_date: (tom) — forventede en værdi",
        ),
        (
            _set("benefit_periods", "end_date", 0, dt.date(2023, 12, 31), pl.Date()),
            "benefit_periods.parquet:1:end_date: '2023-12-31' — forventede en end_date på eller "
            "efter start_date",
        ),
        (
            _set("persons", "birth_date", 0, YEAR_10000, pl.Date()),
            "persons.parquet:1:birth_date: '+10000-01-01' — forventede en dato",
        ),
        (
            _overlap,
            "benefit_periods.parquet:2:start_date: '2024-06-01' — forventede ingen overlap",
        ),
    ],
)
def test_typed_and_text_parquet_report_the_same_problems(
    tmp_path: Path, change: Callable[[Frames], None], expected: str
) -> None:
    frames = _typed_tables()
    change(frames)
    typed, text = _both(tmp_path, frames)
    messages = _problems(typed, tmp_path / "ws-typed")
    assert messages == _problems(text, tmp_path / "ws-text")
    assert any(m.startswith(expected) for m in messages), messages
