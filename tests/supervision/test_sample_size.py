"""Sample sizes against the published attribute-sampling tables (AICPA Audit Sampling guide,
tables A-1 at 5 % risk of overreliance and A-2 at 10 %), and the hypergeometric sizes for a
finite caseload against a brute-force search with SciPy."""

import math

import pytest
from scipy import stats

from tilsyn.supervision.sample_size import sample_size

# (confidence, tolerable rate, expected errors in the sample, published sample size)
AICPA = [
    (0.95, 0.02, 0, 149),
    (0.95, 0.03, 0, 99),
    (0.95, 0.04, 0, 74),
    (0.95, 0.05, 0, 59),
    (0.95, 0.06, 0, 49),
    (0.95, 0.07, 0, 42),
    (0.95, 0.08, 0, 36),
    (0.95, 0.09, 0, 32),
    (0.95, 0.10, 0, 29),
    (0.95, 0.15, 0, 19),
    (0.95, 0.20, 0, 14),
    (0.95, 0.05, 1, 93),
    (0.95, 0.05, 2, 124),
    (0.95, 0.05, 3, 153),
    (0.95, 0.05, 4, 181),
    (0.95, 0.10, 1, 46),
    (0.95, 0.10, 2, 61),
    (0.90, 0.02, 0, 114),
    (0.90, 0.03, 0, 76),
    (0.90, 0.04, 0, 57),
    (0.90, 0.05, 0, 45),
    (0.90, 0.10, 0, 22),
    (0.90, 0.20, 0, 11),
    (0.90, 0.05, 1, 77),
    (0.90, 0.05, 2, 105),
    (0.90, 0.10, 1, 38),
]


@pytest.mark.parametrize(("confidence", "tolerable", "errors", "published"), AICPA)
def test_binomial_sample_size_matches_the_published_table(
    confidence: float, tolerable: float, errors: int, published: int
) -> None:
    result = sample_size(confidence, tolerable, errors)
    assert result.sample_size == published
    assert result.method == "binomial"
    assert result.achieved_risk <= 1 - confidence


def test_one_case_fewer_than_the_table_does_not_reach_the_confidence() -> None:
    assert stats.binom.cdf(0, 58, 0.05) > 0.05
    assert stats.binom.cdf(0, 59, 0.05) <= 0.05
    assert stats.binom.cdf(1, 92, 0.05) > 0.05


def _brute_force_hypergeometric(
    population: int, tolerable: float, errors: int, confidence: float
) -> int:
    bad = max(1, math.ceil(tolerable * population - 1e-9))
    for n in range(errors + 1, population + 1):
        if stats.hypergeom.cdf(errors, population, bad, n) <= 1 - confidence:
            return n
    return population


@pytest.mark.parametrize("population", [20, 50, 100, 137, 250, 500, 1000, 5000])
@pytest.mark.parametrize(
    ("confidence", "tolerable", "errors"), [(0.95, 0.05, 0), (0.95, 0.10, 1), (0.90, 0.05, 1)]
)
def test_hypergeometric_size_for_a_caseload_matches_scipy(
    population: int, confidence: float, tolerable: float, errors: int
) -> None:
    if errors >= max(1, math.ceil(tolerable * population)):
        with pytest.raises(ValueError, match="en stikprøve kan ikke vise noget"):
            sample_size(confidence, tolerable, errors, population=population)
        return
    expected = _brute_force_hypergeometric(population, tolerable, errors, confidence)
    result = sample_size(confidence, tolerable, errors, population=population)
    assert result.method == "hypergeometric"
    assert result.sample_size == expected


def test_a_caseload_needs_fewer_cases_and_approaches_the_binomial_table() -> None:
    sizes = [sample_size(0.95, 0.05, 0, population=n).sample_size for n in (100, 1000, 100_000)]
    assert sizes == sorted(sizes)
    assert sizes[0] == 45
    assert sizes[-1] == 59


def test_a_tiny_caseload_is_reviewed_whole() -> None:
    result = sample_size(0.95, 0.05, 0, population=3)
    assert result.sample_size == 3
    assert result.census


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((1.0, 0.05, 0), "konfidensniveau"),
        ((0.95, 0.0, 0), "tolerabel fejlrate"),
        ((0.95, 0.05, -1), "forventede fejl"),
    ],
)
def test_bad_input_is_refused(args: tuple[float, float, int], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        sample_size(*args)


def test_expected_errors_at_the_tolerable_count_cannot_be_tested() -> None:
    with pytest.raises(ValueError, match="5 forventede fejl er mindst den tolerable"):
        sample_size(0.95, 0.05, 5, population=100)
