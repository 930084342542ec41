"""Monthly trend and the before/after verdict (seed 001: "tydelig forbedring")."""

from tilsyn.supervision.accumulate import MonthCount
from tilsyn.supervision.trend import compare, monthly


def test_months_are_summed_and_ordered() -> None:
    points = monthly(
        [MonthCount("2026-02", 1, 10), MonthCount("2026-01", 2, 5), MonthCount("2026-02", 1, 10)]
    )
    assert [p.month for p in points] == ["2026-01", "2026-02"]
    assert (points[1].rate.errors, points[1].rate.reviewed) == (2, 20)


def test_intensified_supervision_shows_a_clear_improvement() -> None:
    before = [MonthCount(m, 12, 40) for m in ("2017-08", "2017-09", "2017-10")]
    after = [MonthCount(m, 3, 40) for m in ("2017-11", "2017-12", "2018-01")]
    change = compare(before, after)
    assert change.verdict == "improved"
    assert change.label == "tydelig forbedring"
    assert change.high < 0


def test_a_small_sample_shows_no_clear_change() -> None:
    change = compare([MonthCount("2026-01", 3, 10)], [MonthCount("2026-02", 1, 10)])
    assert change.verdict == "no_clear_change"
    assert change.after.indicative


def test_a_worsening_is_called_so() -> None:
    change = compare([MonthCount("2026-01", 2, 60)], [MonthCount("2026-02", 20, 60)])
    assert change.label == "tydelig forværring"
