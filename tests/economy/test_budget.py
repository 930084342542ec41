"""Budget follow-up: the committee's table (seed 004), rounding, totals and explanations."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from tilsyn.economy.budget import (
    BudgetInputError,
    BudgetLine,
    FollowUpRow,
    FulltimeOutlook,
    follow_up,
    format_number,
    format_pct,
    round_half_up,
)
from tilsyn.economy.budget_io import read_budget

FIXTURES = Path(__file__).parent / "fixtures"
AS_OF = dt.date(2024, 5, 31)
D = Decimal

COMMITTEE = "130 - Arbejdsmarkeds- og Beskæftigelsesudvalg"

# Seed 004, "Alt drift og statsrefusion": area → published (afvigelse oprindeligt,
# afvigelse korrigeret, procent). Copied from the minutes, not computed.
PUBLISHED_ALT_DRIFT = {
    "Tårnby Kommune": ("31,4", "39,5", "1,3%"),
    COMMITTEE: ("10,1", "10,4", "1,6%"),
    "13001 - Arbejdsmarked": ("-20,8", "-20,7", "-7,9%"),
    "13002 - Sygedagpenge": ("19,3", "19,3", "21,2%"),
    "13004 - Førtidspension og boligstøtte": ("11,6", "11,6", "4,1%"),
}
PUBLISHED_SERVICEDRIFT = {
    "Tårnby Kommune": ("28,6", "36,8", "1,6%"),
    COMMITTEE: ("0,0", "0,0", "0,0%"),
    "13001 - Arbejdsmarked": ("0,0", "0,0", "0,0%"),
    "13002 - Sygedagpenge": ("0,0", "0,0", "0,0%"),
    "13004 - Førtidspension og boligstøtte": ("0,0", "0,0", "0,0%"),
}
# The two published cells that the published (rounded) inputs cannot give.
NOT_DERIVABLE = {
    (COMMITTEE, "deviation_corrected"),
    ("13001 - Arbejdsmarked", "deviation_corrected"),
}


def _rows(name: str) -> dict[str, FollowUpRow]:
    return {r.area: r for r in follow_up(read_budget(FIXTURES / name), as_of=AS_OF)}


def _line(area: str, **values: str | None) -> BudgetLine:
    """A budget line from Danish-style text values, as a municipality would type them."""
    numbers: dict[str, object] = {}
    for key, value in values.items():
        if key == "parent":
            numbers[key] = value
        elif key == "benefits":
            numbers[key] = tuple((value or "").split(","))
        else:
            numbers[key] = None if value is None else D(value)
    return BudgetLine(row=2, area=area, **numbers)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fixture", "published"),
    [
        ("seed004_alt_drift.csv", PUBLISHED_ALT_DRIFT),
        ("seed004_servicedrift.csv", PUBLISHED_SERVICEDRIFT),
    ],
)
def test_seed_004_table_is_reproduced_in_every_derivable_cell(
    fixture: str, published: dict[str, tuple[str, str, str]]
) -> None:
    rows = _rows(fixture)
    assert list(rows) == list(published)
    for area, (dev_original, dev_corrected, pct) in published.items():
        row = rows[area]
        shown = {
            "deviation_original": format_number(row.deviation_original),
            "deviation_corrected": format_number(row.deviation_corrected),
        }
        assert row.deviation_pct is not None
        assert format_pct(row.deviation_pct) == pct, area
        for column, text in (
            ("deviation_original", dev_original),
            ("deviation_corrected", dev_corrected),
        ):
            if (area, column) in NOT_DERIVABLE and fixture == "seed004_alt_drift.csv":
                assert shown[column] != text
            else:
                assert shown[column] == text, (area, column)


def test_committee_corrected_deviation_10_4_is_reported_as_beyond_rounding() -> None:
    row = _rows("seed004_alt_drift.csv")[COMMITTEE]
    # 645,5 − 635,3 = 10,2; the unrounded figures lie within ±0,05 each, so the true
    # deviation is 10,1–10,3 and the published 10,4 cannot come from rounding alone.
    assert row.deviation_corrected == D("10.2")
    [warning] = [w for w in row.warnings if w.column == "deviation_corrected"]
    assert warning.kind == "published_deviation"
    assert (warning.published, warning.computed) == (D("10.4"), D("10.2"))
    assert warning.explained_by_rounding is False
    assert "10,4 afviger 0,2 fra 10,2" in warning.message
    assert "kan ikke forklares ved afrunding alene" in warning.message


def test_arbejdsmarked_corrected_deviation_is_reported_as_possible_rounding() -> None:
    row = _rows("seed004_alt_drift.csv")["13001 - Arbejdsmarked"]
    # Same rounded original and corrected budget (263,6) but deviations -20,8 and -20,7:
    # the unrounded budgets differ, which rounding to one decimal hides.
    assert (row.deviation_original, row.deviation_corrected) == (D("-20.8"), D("-20.8"))
    [warning] = row.warnings
    assert (warning.kind, warning.column) == ("published_deviation", "deviation_corrected")
    assert (warning.published, warning.computed) == (D("-20.7"), D("-20.8"))
    assert warning.explained_by_rounding is True
    assert "kan skyldes afrunding" in warning.message


def test_committee_total_that_is_not_the_sum_of_its_parts_is_warned() -> None:
    row = _rows("seed004_alt_drift.csv")[COMMITTEE]
    [warning] = [w for w in row.warnings if w.kind == "sum_of_parts"]
    # 263,6 + 91,1 + 280,7 = 635,4, published total 635,3.
    assert warning.column == "corrected_budget"
    assert (warning.published, warning.computed) == (D("635.3"), D("635.4"))
    assert warning.explained_by_rounding is True
    assert "635,3 er ikke summen af delene 635,4" in warning.message


def test_servicedrift_spent_total_differs_from_its_parts() -> None:
    rows = _rows("seed004_servicedrift.csv")
    [warning] = rows[COMMITTEE].warnings
    assert (warning.kind, warning.column) == ("sum_of_parts", "spent_to_date")
    assert (warning.published, warning.computed) == (D("1.1"), D("1.0"))
    assert all(not rows[a].warnings for a in rows if a != COMMITTEE)


def test_rows_that_add_up_carry_no_warning() -> None:
    rows = _rows("seed004_alt_drift.csv")
    for area in ("Tårnby Kommune", "13002 - Sygedagpenge", "13004 - Førtidspension og boligstøtte"):
        assert rows[area].warnings == (), area


# Rounding: Danish public accounts round half away from zero; Babel alone would not.
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.25", "0.3"),  # half-even would give 0.2
        ("-0.25", "-0.3"),
        ("0.2499", "0.2"),
        ("0.05", "0.1"),
        ("-0.05", "-0.1"),
        ("0.0499", "0.0"),
        ("-0.04", "0.0"),  # no "-0,0" from a computation
        ("1.2535", "1.3"),  # 39,5 / 3.151,2 × 100
    ],
)
def test_round_half_up_rounds_ties_away_from_zero(value: str, expected: str) -> None:
    result = round_half_up(D(value))
    assert result == D(expected)
    assert str(result) == expected


def test_format_number_is_danish_and_rounds_half_up() -> None:
    assert format_number(D("3190.7")) == "3.190,7"
    assert format_number(D("1234567.25")) == "1.234.567,3"
    assert format_number(D("-20.75")) == "-20,8"
    assert format_number(D("170"), decimals=0) == "170"
    assert format_pct(D("1.25")) == "1,3%"


def test_percent_is_of_the_corrected_budget_from_the_unrounded_deviation() -> None:
    # 0,05 / 3,0 = 1,666..% → 1,7 %; from the rounded deviation 0,1 it would be 3,3 %.
    [row] = follow_up(
        [
            _line(
                "A",
                original_budget="3.0",
                corrected_budget="3.0",
                spent_to_date="1.0",
                forecast="3.05",
            )
        ],
        as_of=AS_OF,
    )
    assert row.deviation_corrected == D("0.1")
    assert row.deviation_pct == D("1.7")


def test_percent_of_a_zero_budget_is_zero_without_deviation_and_undefined_with() -> None:
    rows = follow_up(
        [
            _line(
                "nul",
                original_budget="0",
                corrected_budget="-0.0",
                spent_to_date="0",
                forecast="0.0",
            ),
            _line(
                "ny", original_budget="0", corrected_budget="0.0", spent_to_date="0", forecast="0.4"
            ),
        ],
        as_of=AS_OF,
    )
    assert rows[0].deviation_pct == D("0.0")
    assert rows[0].warnings == ()
    assert rows[1].deviation_pct is None
    assert [w.kind for w in rows[1].warnings] == ["pct_undefined"]


def test_parent_without_figures_gets_the_sum_of_its_parts() -> None:
    rows = follow_up(
        [
            _line("Udvalg"),
            _line(
                "A",
                parent="Udvalg",
                original_budget="10.0",
                corrected_budget="11.0",
                spent_to_date="4.0",
                forecast="12.34",
            ),
            _line(
                "B",
                parent="Udvalg",
                original_budget="5.0",
                corrected_budget="5.0",
                spent_to_date="2.0",
                forecast="4.0",
            ),
        ],
        as_of=AS_OF,
    )
    total = rows[0]
    assert (total.original_budget, total.corrected_budget, total.spent_to_date) == (
        D("15.0"),
        D("16.0"),
        D("6.0"),
    )
    assert total.forecast == D("16.34")
    assert total.forecast_basis == "sum"
    assert (total.deviation_original, total.deviation_corrected) == (D("1.3"), D("0.3"))
    assert total.warnings == ()
    assert [r.depth for r in rows] == [0, 1, 1]


def test_nested_totals_sum_bottom_up_whatever_the_input_order() -> None:
    rows = follow_up(
        [
            _line("Kommune"),
            _line("Udvalg", parent="Kommune"),
            _line(
                "A",
                parent="Udvalg",
                original_budget="1.0",
                corrected_budget="1.0",
                spent_to_date="0.5",
                forecast="2.0",
            ),
        ],
        as_of=AS_OF,
    )
    assert [r.forecast for r in rows] == [D("2.0")] * 3
    assert [r.depth for r in rows] == [0, 1, 2]


def test_difference_beyond_rounding_in_a_total_is_flagged_as_such() -> None:
    rows = follow_up(
        [
            _line(
                "Udvalg",
                original_budget="20.0",
                corrected_budget="20.0",
                spent_to_date="5.0",
                forecast="20.0",
            ),
            *(
                _line(
                    name,
                    parent="Udvalg",
                    original_budget="10.0",
                    corrected_budget="10.0",
                    spent_to_date="2.5",
                    forecast=value,
                )
                for name, value in (("A", "10.2"), ("B", "10.1"))
            ),
        ],
        as_of=AS_OF,
    )
    [warning] = rows[0].warnings
    # Three figures known to ±0,05 each: a total can be off by 0,15, not by 0,3.
    assert (warning.column, warning.computed) == ("forecast", D("20.3"))
    assert warning.explained_by_rounding is False


def test_unrounded_inputs_leave_no_room_for_rounding() -> None:
    [row] = follow_up(
        [
            _line(
                "A",
                original_budget="263.64",
                corrected_budget="263.56",
                spent_to_date="1",
                forecast="242.84",
                published_deviation_original="-20.8",
                published_deviation_corrected="-20.7",
            )
        ],
        as_of=AS_OF,
    )
    # With the unrounded figures the published table is reproduced exactly.
    assert (row.deviation_original, row.deviation_corrected) == (D("-20.8"), D("-20.7"))
    assert row.warnings == ()


def test_published_percent_that_rounding_cannot_explain_is_warned() -> None:
    [row] = follow_up(
        [
            _line(
                "A",
                original_budget="100.0",
                corrected_budget="100.0",
                spent_to_date="1.0",
                forecast="110.0",
                published_deviation_pct="12.0",
            )
        ],
        as_of=AS_OF,
    )
    [warning] = row.warnings
    assert (warning.column, warning.published, warning.explained_by_rounding) == (
        "deviation_pct",
        D("12.0"),
        False,
    )


# Forecast from full-year persons and the committee's explanation text.


def test_missing_forecast_is_full_year_persons_times_net_price() -> None:
    [row] = follow_up(
        [
            _line(
                "13002 - Sygedagpenge",
                original_budget="91.1",
                corrected_budget="91.1",
                spent_to_date="46.4",
                benefits="sygedagpenge",
                budgeted_fulltime_persons="400",
                forecast_fulltime_persons="570",
                price_per_fulltime_person="300000",
                refund_share="0.4",
            )
        ],
        as_of=AS_OF,
    )
    # 570 × 300.000 × (1 − 0,4) = 102,6 mio. kr.
    assert row.forecast == D("102.6")
    assert row.forecast_basis == "fulltime"
    assert row.deviation_corrected == D("11.5")
    assert row.explanation == (
        "Der forventes 170 flere modtagere end budgetteret, svarende til ca. 30,6 mio. kr."
    )
    assert row.warnings == ()


def test_forecast_persons_come_from_the_outlook_for_the_as_of_year() -> None:
    calls: list[tuple[tuple[str, ...], int, dt.date]] = []

    def outlook(benefits: tuple[str, ...], year: int, as_of: dt.date) -> FulltimeOutlook:
        calls.append((benefits, year, as_of))
        return FulltimeOutlook(fulltime_persons=D("390"), refund_share=D("0.25"))

    [row] = follow_up(
        [
            _line(
                "Dagpenge og kontanthjælp",
                original_budget="50.0",
                corrected_budget="50.0",
                spent_to_date="20.0",
                benefits="dagpenge,kontanthjaelp",
                budgeted_fulltime_persons="500",
                price_per_fulltime_person="200000",
            )
        ],
        as_of=AS_OF,
        outlook=outlook,
    )
    assert calls == [(("dagpenge", "kontanthjaelp"), 2024, AS_OF)]
    # 390 × 200.000 × 0,75 = 58,5; 110 færre × 150.000 = 16,5 mio. kr.
    assert row.forecast == D("58.5")
    assert row.explanation == (
        "Der forventes 110 færre modtagere end budgetteret, svarende til ca. 16,5 mio. kr."
    )


def test_forecast_without_refund_share_uses_the_price_as_net_and_says_so() -> None:
    [row] = follow_up(
        [
            _line(
                "A",
                original_budget="1.0",
                corrected_budget="1.0",
                spent_to_date="0.5",
                benefits="sygedagpenge",
                forecast_fulltime_persons="10",
                price_per_fulltime_person="100000",
            )
        ],
        as_of=AS_OF,
    )
    assert row.forecast == D("1.0")
    assert [w.kind for w in row.warnings] == ["refund_unknown"]


def test_given_forecast_wins_and_persons_only_explain_it() -> None:
    [row] = follow_up(
        [
            _line(
                "A",
                original_budget="10.0",
                corrected_budget="10.0",
                spent_to_date="5.0",
                forecast="12.0",
                budgeted_fulltime_persons="50",
                forecast_fulltime_persons="49.6",
                price_per_fulltime_person="200000",
            )
        ],
        as_of=AS_OF,
    )
    assert (row.forecast, row.forecast_basis) == (D("12.0"), "file")
    # 49,6 − 50 = −0,4 rounds to 0 persons.
    assert row.explanation == "Der forventes samme antal helårsmodtagere som budgetteret."


def test_parent_explanation_adds_up_its_parts() -> None:
    parts = [
        ("Sygedagpenge", "170", "120000"),
        ("Dagpenge", "-110", "100000"),
    ]
    rows = follow_up(
        [
            _line("Udvalg"),
            *(
                _line(
                    name,
                    parent="Udvalg",
                    original_budget="10.0",
                    corrected_budget="10.0",
                    spent_to_date="5.0",
                    forecast="10.0",
                    budgeted_fulltime_persons="1000",
                    forecast_fulltime_persons=str(1000 + int(delta)),
                    price_per_fulltime_person=price,
                )
                for name, delta, price in parts
            ),
        ],
        as_of=AS_OF,
    )
    # 170 × 0,12 − 110 × 0,1 = 20,4 − 11,0 = 9,4 mio. kr.
    assert rows[0].explanation == (
        "På tværs af underområderne forventes 60 flere modtagere end budgetteret, "
        "svarende til ca. 9,4 mio. kr."
    )


# Structural errors name the row and column.


def test_unknown_parent_is_an_error_naming_row_and_column() -> None:
    line = BudgetLine(row=7, area="A", parent="Findes ikke")
    with pytest.raises(BudgetInputError) as info:
        follow_up([line], as_of=AS_OF)
    assert (info.value.row, info.value.column) == (7, "parent")
    assert "Findes ikke" in str(info.value)


def test_cycle_of_parents_is_an_error() -> None:
    lines = [
        BudgetLine(row=2, area="A", parent="B"),
        BudgetLine(row=3, area="B", parent="C"),
        BudgetLine(row=4, area="C", parent="A"),
    ]
    with pytest.raises(BudgetInputError, match="ring") as info:
        follow_up(lines, as_of=AS_OF)
    assert info.value.column == "parent"


def test_area_that_is_its_own_parent_is_a_cycle() -> None:
    with pytest.raises(BudgetInputError, match="ring"):
        follow_up([BudgetLine(row=2, area="A", parent="A")], as_of=AS_OF)


def test_duplicate_area_is_an_error_naming_both_rows() -> None:
    lines = [BudgetLine(row=2, area="A"), BudgetLine(row=5, area="A")]
    with pytest.raises(BudgetInputError, match="række 2") as info:
        follow_up(lines, as_of=AS_OF)
    assert info.value.row == 5


def test_leaf_without_forecast_or_benefits_is_an_error() -> None:
    line = _line("A", original_budget="1.0", corrected_budget="1.0", spent_to_date="0.1")
    with pytest.raises(BudgetInputError, match="forecast mangler") as info:
        follow_up([line], as_of=AS_OF)
    assert info.value.column == "forecast"


def test_leaf_without_a_budget_figure_is_an_error() -> None:
    line = _line("A", original_budget="1.0", spent_to_date="0.1", forecast="1.0")
    with pytest.raises(BudgetInputError) as info:
        follow_up([line], as_of=AS_OF)
    assert info.value.column == "corrected_budget"
