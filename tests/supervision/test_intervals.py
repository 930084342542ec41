"""Wilson and Clopper–Pearson intervals against SciPy, and the indicative flag."""

import pytest
from scipy import stats

from tilsyn.supervision.intervals import clopper_pearson, difference, error_rate, wilson

CASES = [(0, 10), (1, 10), (3, 59), (0, 59), (12, 40), (59, 59), (7, 250), (1, 1)]


@pytest.mark.parametrize(("errors", "reviewed"), CASES)
@pytest.mark.parametrize("confidence", [0.90, 0.95, 0.99])
def test_wilson_matches_scipy(errors: int, reviewed: int, confidence: float) -> None:
    ci = stats.binomtest(errors, reviewed).proportion_ci(confidence, method="wilson")
    low, high = wilson(errors, reviewed, confidence)
    assert low == pytest.approx(ci.low, abs=1e-12)
    assert high == pytest.approx(ci.high, abs=1e-12)


@pytest.mark.parametrize(("errors", "reviewed"), CASES)
@pytest.mark.parametrize("confidence", [0.90, 0.95, 0.99])
def test_clopper_pearson_matches_scipy(errors: int, reviewed: int, confidence: float) -> None:
    ci = stats.binomtest(errors, reviewed).proportion_ci(confidence, method="exact")
    low, high = clopper_pearson(errors, reviewed, confidence)
    assert low == pytest.approx(ci.low, abs=1e-10)
    assert high == pytest.approx(ci.high, abs=1e-10)


def test_a_rate_from_few_cases_is_indicative() -> None:
    assert error_rate(2, 8).indicative
    assert error_rate(2, 19).indicative  # below 20 reviewed cases
    assert not error_rate(2, 40).indicative
    rate = error_rate(1, 30)  # Wilson 0.6 %-16.7 %
    assert rate.rate == pytest.approx(1 / 30)
    assert not rate.indicative


def test_a_wide_interval_is_indicative_even_with_enough_cases() -> None:
    rate = error_rate(10, 20)  # 50 %: Wilson 29.9 %-70.1 %, 40 points wide
    assert rate.high is not None
    assert rate.low is not None
    assert rate.high - rate.low > 0.30
    assert rate.indicative


def test_no_reviews_is_no_rate() -> None:
    rate = error_rate(0, 0)
    assert rate.rate is None
    assert rate.indicative


def test_impossible_counts_are_refused() -> None:
    with pytest.raises(ValueError, match="5 fejl i 3 sager"):
        error_rate(5, 3)


def test_difference_interval_excludes_zero_only_for_a_clear_change() -> None:
    d, low, high = difference(30, 100, 10, 100)
    assert d == pytest.approx(-0.2)
    assert high < 0
    d, low, high = difference(3, 10, 1, 10)
    assert low < 0 < high
