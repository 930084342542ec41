"""The risk score moves a caseworker's next review between monthly and every third month."""

from tilsyn.supervision.accumulate import MonthCount
from tilsyn.supervision.risk import RiskPolicy, assess

CLEAN = [MonthCount(m, 0, 8) for m in ("2026-01", "2026-02", "2026-03", "2026-04")]
POOR = [MonthCount(m, 3, 8) for m in ("2026-01", "2026-02", "2026-03", "2026-04")]


def test_a_clean_record_is_reviewed_every_third_month() -> None:
    a = assess("sb01", CLEAN, as_of_month="2026-04")
    assert a.interval_months == 3
    assert a.next_review_month == "2026-07"
    assert a.reasons[0].startswith("Lav risiko")


def test_many_errors_mean_monthly_review_with_the_reason() -> None:
    a = assess("sb02", POOR, as_of_month="2026-04")
    assert a.interval_months == 1
    assert a.next_review_month == "2026-05"
    assert a.score > 0.9
    assert "Høj risiko" in a.reasons[0]
    assert "over 10 %" in a.reasons[0]


def test_a_new_caseworker_without_reviews_is_reviewed_monthly() -> None:
    a = assess("ny", [], as_of_month="2026-04")
    assert a.interval_months == 1
    assert a.reasons == ("Ingen gennemgåede sager endnu, så risikoen er ukendt",)


def test_one_clean_review_is_still_uncertain() -> None:
    a = assess("ny", [MonthCount("2026-04", 0, 1)], as_of_month="2026-04")
    assert a.interval_months == 1
    assert any("Få gennemgåede sager endnu" in r for r in a.reasons)


def test_a_serious_finding_overrides_a_clean_record() -> None:
    a = assess("sb01", CLEAN, as_of_month="2026-04", serious_last_review=True)
    assert a.interval_months == 1
    assert "Alvorlig fejl ved seneste gennemgang" in a.reasons


def test_overdue_obligations_raise_the_frequency() -> None:
    assert assess("sb01", CLEAN, as_of_month="2026-04", overdue=3, due=20).interval_months == 2
    assert assess("sb01", CLEAN, as_of_month="2026-04", overdue=6, due=20).interval_months == 1
    assert assess("sb01", CLEAN, as_of_month="2026-04", overdue=1, due=20).interval_months == 3


def test_improvement_lowers_the_frequency_as_old_errors_fade() -> None:
    history = [MonthCount("2025-06", 4, 8)] + [
        MonthCount(f"2025-{m:02d}", 0, 8) for m in range(7, 13)
    ]
    assert assess("sb03", history[:1], as_of_month="2025-06").interval_months == 1
    assert assess("sb03", history, as_of_month="2025-12").interval_months == 3


def test_the_policy_sets_the_longest_interval() -> None:
    a = assess("sb01", CLEAN, as_of_month="2026-11", policy=RiskPolicy(longest_interval=2))
    assert a.interval_months == 2
    assert a.next_review_month == "2027-01"
