"""Risk assessment: how often each caseworker's cases are reviewed, and why.

Seed practice (Tårnby 2017): after each case review the coordinator assesses the risk in the
caseworker's caseload; some are followed up very often, others only after two or three months.
Here the assessment is explicit and repeatable:

- the evidence from all reviews so far (beta-binomial, older months discounted) gives the
  probability that the caseworker's true error rate is above the tolerable rate — a new
  caseworker with few reviews is uncertain and therefore reviewed often;
- a serious finding at the latest review means monthly review;
- many overdue obligations in the engine's verdicts raise the frequency too.

The result is the interval in months (1, 2 or 3 by default) with the reasons in Danish.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from tilsyn.supervision.accumulate import MonthCount, accumulate


@dataclass(frozen=True)
class RiskPolicy:
    tolerable_rate: float = 0.10
    """The error rate management accepts in a caseload."""
    discount: float = 0.8
    """Weight of a month's reviews per month of age."""
    monthly_at: float = 0.5
    """Review monthly when P(error rate > tolerable) is at least this."""
    bimonthly_at: float = 0.2
    """Review every second month when P(error rate > tolerable) is at least this."""
    overdue_monthly_at: float = 0.25
    """Review monthly when at least this share of the caseload's due obligations is overdue."""
    overdue_bimonthly_at: float = 0.10
    longest_interval: int = 3
    """Months between reviews when nothing points at a risk (seed 001: two to three months)."""

    def __post_init__(self) -> None:
        if not 0 < self.bimonthly_at <= self.monthly_at < 1:
            raise ValueError("tærsklerne skal opfylde 0 < hver anden måned ≤ månedlig < 1")
        if not 0 < self.overdue_bimonthly_at <= self.overdue_monthly_at <= 1:
            raise ValueError("tærsklerne for overskredne frister er i forkert rækkefølge")
        if self.longest_interval < 1:
            raise ValueError("længste interval skal være mindst 1 måned")


@dataclass(frozen=True)
class RiskAssessment:
    subject: str
    score: float
    """P(true error rate > tolerable rate | reviews so far), 0..1."""
    posterior_rate: float
    reviewed: float
    overdue_share: float | None
    interval_months: int
    next_review_month: str
    reasons: tuple[str, ...] = field(default_factory=tuple)


def _pct(x: float) -> str:
    return f"{x * 100:.0f} %"


def add_months(month: str, months: int) -> str:
    y, m = (int(p) for p in month.split("-"))
    idx = y * 12 + m - 1 + months
    return f"{idx // 12:04d}-{idx % 12 + 1:02d}"


def assess(
    subject: str,
    history: Sequence[MonthCount],
    *,
    as_of_month: str,
    serious_last_review: bool = False,
    overdue: int | None = None,
    due: int | None = None,
    policy: RiskPolicy | None = None,
) -> RiskAssessment:
    """Assess one caseworker (``subject``) after the reviews in ``history`` up to
    ``as_of_month``; ``overdue``/``due`` are the engine's counts for the caseload now."""
    pol = policy or RiskPolicy()
    post = accumulate(history, as_of_month=as_of_month, discount=pol.discount)
    score = post.prob_above(pol.tolerable_rate)
    interval = pol.longest_interval
    reasons: list[str] = []
    evidence = (
        f"fejlrate {_pct(post.mean)} vægtet over {post.reviewed:.0f} gennemgåede sager; "
        f"sandsynlighed {_pct(score)} for at den ligger over {_pct(pol.tolerable_rate)}"
    )
    if post.reviewed <= 0:
        # The prior alone says nothing about this caseworker: review to find out.
        interval = 1
        reasons.append("Ingen gennemgåede sager endnu, så risikoen er ukendt")
    elif score >= pol.monthly_at:
        interval = 1
        reasons.append(f"Høj risiko: {evidence}")
    elif score >= pol.bimonthly_at:
        interval = min(interval, 2)
        reasons.append(f"Moderat risiko: {evidence}")
    else:
        reasons.append(f"Lav risiko: {evidence}")
    if 0 < post.reviewed < 5:
        reasons.append("Få gennemgåede sager endnu, så vurderingen er usikker")
    if serious_last_review:
        interval = 1
        reasons.append("Alvorlig fejl ved seneste gennemgang")
    share: float | None = None
    if overdue is not None and due:
        if overdue < 0 or overdue > due:
            raise ValueError(f"{subject}: {overdue} overskredne af {due} frister er ikke muligt")
        share = overdue / due
        if share >= pol.overdue_monthly_at:
            interval = 1
            reasons.append(
                f"{_pct(share)} af sagsstammens frister er overskredet ({overdue}/{due})"
            )
        elif share >= pol.overdue_bimonthly_at:
            interval = min(interval, 2)
            reasons.append(
                f"{_pct(share)} af sagsstammens frister er overskredet ({overdue}/{due})"
            )
    return RiskAssessment(
        subject=subject,
        score=score,
        posterior_rate=post.mean,
        reviewed=post.reviewed,
        overdue_share=share,
        interval_months=interval,
        next_review_month=add_months(as_of_month, interval),
        reasons=tuple(reasons),
    )
