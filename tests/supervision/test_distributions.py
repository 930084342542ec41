"""The standard-library distribution functions against SciPy."""

import pytest
from scipy import stats

from tilsyn.supervision.distributions import beta_cdf, beta_ppf, binom_cdf, hypergeom_cdf


@pytest.mark.parametrize("n", [1, 10, 59, 300, 2000])
@pytest.mark.parametrize("p", [0.001, 0.05, 0.3, 0.9])
def test_binomial_cdf(n: int, p: float) -> None:
    for k in {0, 1, n // 3, n - 1, n}:
        assert binom_cdf(k, n, p) == pytest.approx(stats.binom.cdf(k, n, p), rel=1e-9, abs=1e-300)


def test_hypergeometric_cdf() -> None:
    for population, marked, draws in [(100, 5, 45), (20, 1, 19), (1000, 50, 90), (50, 0, 10)]:
        for k in range(0, min(marked, draws) + 1):
            expected = stats.hypergeom.cdf(k, population, marked, draws)
            assert hypergeom_cdf(k, population, marked, draws) == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize(("a", "b"), [(0.5, 0.5), (1, 1), (3, 58), (0.5, 120.5), (40, 12)])
def test_beta_cdf_and_quantiles(a: float, b: float) -> None:
    for x in (0.001, 0.02, 0.1, 0.5, 0.95):
        assert beta_cdf(x, a, b) == pytest.approx(stats.beta.cdf(x, a, b), rel=1e-9, abs=1e-14)
    for q in (0.005, 0.025, 0.5, 0.975, 0.995):
        assert beta_ppf(q, a, b) == pytest.approx(stats.beta.ppf(q, a, b), rel=1e-8, abs=1e-12)


def test_beta_parameters_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        beta_cdf(0.5, 0, 1)
