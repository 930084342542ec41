"""Evidence across months (beta-binomial) against SciPy's Beta distribution."""

import pytest
from scipy import stats

from tilsyn.supervision.accumulate import MonthCount, accumulate, informative_prior

HISTORY = [
    MonthCount("2026-01", 3, 10),
    MonthCount("2026-02", 2, 12),
    MonthCount("2026-03", 0, 9),
]


def test_months_add_up_to_one_posterior() -> None:
    post = accumulate(HISTORY, as_of_month="2026-03")
    assert (post.a, post.b) == (0.5 + 5, 0.5 + 26)
    low, high = post.interval(0.95)
    assert low == pytest.approx(stats.beta.ppf(0.025, 5.5, 26.5), rel=1e-8)
    assert high == pytest.approx(stats.beta.ppf(0.975, 5.5, 26.5), rel=1e-8)
    assert post.prob_above(0.10) == pytest.approx(stats.beta.sf(0.10, 5.5, 26.5), rel=1e-8)


def test_older_months_count_less_with_a_discount() -> None:
    post = accumulate(HISTORY, as_of_month="2026-03", discount=0.5)
    assert post.errors == pytest.approx(3 * 0.25 + 2 * 0.5)
    assert post.reviewed == pytest.approx(10 * 0.25 + 12 * 0.5 + 9)
    assert post.mean < accumulate(HISTORY, as_of_month="2026-03").mean


def test_a_later_month_is_not_evidence_as_of_an_earlier_one() -> None:
    post = accumulate(HISTORY, as_of_month="2026-02")
    assert post.reviewed == 22


def test_an_informative_prior_pulls_a_small_sample_towards_the_area_rate() -> None:
    prior = informative_prior(0.10, 20)
    post = accumulate([MonthCount("2026-03", 2, 2)], as_of_month="2026-03", prior=prior)
    assert post.mean == pytest.approx((2 + 2) / (20 + 2))


@pytest.mark.parametrize(
    ("months", "message"),
    [([MonthCount("2026-13", 0, 1)], "ÅÅÅÅ-MM"), ([MonthCount("2026-01", 4, 3)], "4 fejl i 3")],
)
def test_bad_months_are_refused(months: list[MonthCount], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        accumulate(months, as_of_month="2026-03")
