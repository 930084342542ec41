"""Cohen's kappa on textbook figures."""

import pytest

from tilsyn.supervision.agreement import cohen_kappa


def test_textbook_example() -> None:
    # 50 cases: both yes 20, first yes/second no 5, first no/second yes 10, both no 15.
    pairs = [("ja", "ja")] * 20 + [("ja", "nej")] * 5 + [("nej", "ja")] * 10 + [("nej", "nej")] * 15
    a = cohen_kappa(pairs)
    assert a.observed == pytest.approx(0.7)
    assert a.expected == pytest.approx(0.5)
    assert a.kappa == pytest.approx(0.4)
    assert a.label == "nogen"


def test_perfect_agreement_and_chance_agreement() -> None:
    assert cohen_kappa([("ja", "ja"), ("nej", "nej")]).kappa == pytest.approx(1.0)
    assert cohen_kappa([("ja", "nej"), ("nej", "ja")]).kappa == pytest.approx(-1.0)
    one_category = cohen_kappa([("ja", "ja")] * 5)
    assert one_category.kappa is None
    assert one_category.label == "kan ikke beregnes"


def test_three_categories() -> None:
    # Fleiss, Levin & Paik's 3×3 example: 100 items.
    table = {
        ("a", "a"): 44,
        ("a", "b"): 5,
        ("a", "c"): 1,
        ("b", "a"): 7,
        ("b", "b"): 20,
        ("b", "c"): 3,
        ("c", "a"): 9,
        ("c", "b"): 5,
        ("c", "c"): 6,
    }
    pairs = [k for k, n in table.items() for _ in range(n)]
    a = cohen_kappa(pairs)
    po = 0.70
    pe = 0.50 * 0.60 + 0.30 * 0.30 + 0.20 * 0.10
    assert a.kappa == pytest.approx((po - pe) / (1 - pe))


def test_no_common_cases() -> None:
    with pytest.raises(ValueError, match="ingen fælles sager"):
        cohen_kappa([])
