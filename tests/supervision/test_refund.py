"""Refund corrections: rate from the staircase, rounding, quarters, errors."""

from decimal import Decimal

import pytest

from tilsyn.supervision.refund import WeekRate, correction_lines, quarter_of, quarter_totals

RATES = {
    "2024-W12": WeekRate("2024-W12", 1, Decimal("0.80")),
    "2024-W13": WeekRate("2024-W13", 2, Decimal("0.40")),
    "2024-W14": WeekRate("2024-W14", 2, Decimal("0.40")),
}


def test_refund_to_give_back_is_amount_times_the_step_rate() -> None:
    lines = correction_lines(
        "p1",
        "kontanthjaelp",
        {
            "2024-W12": Decimal("3000.00"),
            "2024-W13": Decimal("3000.00"),
            "2024-W14": Decimal("1234.57"),
        },
        rates=RATES,
    )
    assert [line.give_back for line in lines] == [
        Decimal("2400.00"),
        Decimal("1200.00"),
        Decimal("493.83"),
    ]
    assert [line.step for line in lines] == [1, 2, 2]


def test_half_an_ore_is_rounded_up() -> None:
    (line,) = correction_lines("p1", "kontanthjaelp", {"2024-W13": Decimal("0.0125")}, rates=RATES)
    assert line.give_back == Decimal("0.01")
    (line,) = correction_lines("p1", "kontanthjaelp", {"2024-W13": Decimal("1.0125")}, rates=RATES)
    assert line.give_back == Decimal("0.41")  # 0.405 → 0.41


def test_a_week_off_the_staircase_is_an_error() -> None:
    with pytest.raises(ValueError, match="uge 2024-W20: borgeren p1 har ingen refusionssats"):
        correction_lines("p1", "kontanthjaelp", {"2024-W20": Decimal(100)}, rates=RATES)


def test_a_basic_grant_is_given_back_whole() -> None:
    (line,) = correction_lines(
        "p2", "selvforsoergelsesydelse", {"2019-W40": Decimal("281160")}, kind="grundtilskud"
    )
    assert line.give_back == Decimal("281160.00")


def test_quarters_follow_the_iso_week_thursday() -> None:
    assert quarter_of("2024-W13") == "2024-K1"  # Thursday 28 March
    assert quarter_of("2024-W14") == "2024-K2"  # Thursday 4 April
    assert quarter_of("2020-W53") == "2020-K4"  # Thursday 31 December 2020
    assert quarter_of("2026-W01") == "2026-K1"  # Monday 29 December 2025, Thursday 1 January
    lines = correction_lines(
        "p1",
        "kontanthjaelp",
        {"2024-W12": Decimal(100), "2024-W13": Decimal(100), "2024-W14": Decimal(100)},
        rates=RATES,
    )
    totals = quarter_totals(lines)
    assert [(t.quarter, t.lines, t.give_back) for t in totals] == [
        ("2024-K1", 2, Decimal("120.00")),
        ("2024-K2", 1, Decimal("40.00")),
    ]


@pytest.mark.parametrize(
    ("week", "message"), [("2024-12", "ÅÅÅÅ-Www"), ("2021-W53", "findes ikke")]
)
def test_bad_weeks(week: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        correction_lines("p1", "kontanthjaelp", {week: Decimal(1)}, kind="grundtilskud")
