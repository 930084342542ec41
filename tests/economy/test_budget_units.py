"""The budget file states its units; values in kr. are converted; numbers that only make
sense in another unit are flagged; the documented sample reads cleanly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from tilsyn.economy.budget import BudgetInputError, follow_up
from tilsyn.economy.budget_io import read_budget, write_sample

AS_OF = dt.date(2024, 5, 31)
HEADER = "area;original_budget;corrected_budget;spent_to_date;forecast"


def _file(tmp_path: Path, header: str, *rows: str) -> Path:
    path = tmp_path / "budget.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _warnings(path: Path) -> list[str]:
    [row] = follow_up(read_budget(path), as_of=AS_OF)
    return [w.message for w in row.warnings if w.kind == "unit_error"]


def test_the_sample_file_reads_without_unit_warnings(tmp_path: Path) -> None:
    sample = write_sample(tmp_path)
    lines = read_budget(sample)
    assert lines[0].area == "Tårnby Kommune"
    assert lines[0].forecast == Decimal("3190.7")
    rows = follow_up(lines, as_of=AS_OF)
    assert not [w for r in rows for w in r.warnings if w.kind == "unit_error"]


def test_a_column_in_kr_is_converted_to_millions(tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        "area;original_budget (mio. kr.);corrected_budget (mio. kr.);"
        "spent_to_date (1.000 kr.);forecast (kr.)",
        "Sygedagpenge;91,1;91,1;46.400,0;110400000",
    )
    [line] = read_budget(path)
    assert line.spent_to_date == Decimal("46.4")
    assert line.forecast == Decimal("110.4")


def test_an_unknown_unit_is_refused_naming_the_column(tmp_path: Path) -> None:
    path = _file(tmp_path, "area;original_budget (euro);corrected_budget;spent_to_date", "A;1;1;1")
    with pytest.raises(BudgetInputError, match="ukendt enhed 'euro'") as err:
        read_budget(path)
    assert "række 1" in str(err.value)


@pytest.mark.parametrize(
    ("row", "flagged"),
    [
        ("Sygedagpenge;91,1;91,1;46,4;110,4", False),
        ("Sygedagpenge;91,1;91,1;46,4;45,4", True),  # forecast 1 mio. below spent
        ("Sygedagpenge;91,1;91,1;46,4;45,6", False),  # within rounding of the published figures
        ("Service;0,0;0,0;0,2;0,0", False),  # a small service area: rounding, not units
        ("Sygedagpenge;91,1;91,1;0,0;0,0911", True),  # −100 %: kr. thousands in mio.
        ("Sygedagpenge;91,1;91,1;46,4;110400", True),  # kr. thousands in a mio. column
    ],
)
def test_likely_unit_errors_are_flagged(tmp_path: Path, row: str, flagged: bool) -> None:
    warnings = _warnings(_file(tmp_path, HEADER, row))
    assert bool(warnings) is flagged, warnings
    assert all("enhedsfejl" in w for w in warnings)
