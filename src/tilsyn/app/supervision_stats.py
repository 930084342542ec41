"""Supervision statistics for an actor: error rates with intervals per area, team,
organisation, municipality and caseworker; the monthly trend and before/after comparison;
each caseworker's next review from the risk score; agreement between the two reviewers and
between management and the auditor; importing the auditor's findings.

A reviewed case counts once the four-eyes review is done and feedback sent; it is an error
when it has a material or serious finding. Aggregates name no citizen and are not logged.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from tilsyn.app.actor import Actor
from tilsyn.app.supervision import require_role
from tilsyn.app.supervision_reviews import ERROR_SEVERITIES, READERS, REVIEWERS, reviews_for
from tilsyn.data.workspace import Workspace

if TYPE_CHECKING:
    from tilsyn.supervision.agreement import Agreement
    from tilsyn.supervision.intervals import IntervalMethod
    from tilsyn.supervision.risk import RiskAssessment
    from tilsyn.supervision.trend import Change

Grouping = Literal["area", "team", "organisation", "municipality", "caseworker"]
GROUPINGS: tuple[str, ...] = ("area", "team", "organisation", "municipality", "caseworker")
DONE = ("feedback_sent", "closed")


@dataclass(frozen=True)
class ReviewedCase:
    month: str
    area: str
    team: str
    organisation: str
    municipality: str
    caseworker: str
    error: bool
    serious: bool
    sent_on: dt.date


def reviewed_cases(actor: Actor) -> list[ReviewedCase]:
    """The actor's completed reviews, one row each (no citizen named)."""
    from django.db.models import Exists, OuterRef

    from tilsyn.store.supervision.models import Finding

    qs = (
        reviews_for(actor)
        .filter(status__in=DONE, feedback_sent_on__isnull=False)
        .annotate(
            has_error=Exists(
                Finding.objects.filter(review=OuterRef("pk"), severity__in=ERROR_SEVERITIES)
            ),
            has_serious=Exists(Finding.objects.filter(review=OuterRef("pk"), severity="serious")),
        )
        .values_list(
            "feedback_sent_on",
            "area",
            "team",
            "organisation",
            "municipality",
            "caseworker_id",
            "has_error",
            "has_serious",
        )
    )
    return [
        ReviewedCase(
            f"{sent:%Y-%m}",
            area,
            team or "(ukendt)",
            org or "(ukendt)",
            mun,
            cw or "(ukendt)",
            bool(err),
            bool(ser),
            sent,
        )
        for sent, area, team, org, mun, cw, err, ser in qs
        if sent is not None
    ]


@dataclass(frozen=True)
class RateRow:
    group: str
    errors: int
    reviewed: int
    rate: float | None
    low: float | None
    high: float | None
    indicative: bool


def _in_months(
    rows: Iterable[ReviewedCase], first: str | None, last: str | None
) -> list[ReviewedCase]:
    return [
        r for r in rows if (first is None or r.month >= first) and (last is None or r.month <= last)
    ]


def error_rates(
    actor: Actor,
    *,
    by: Grouping,
    first_month: str | None = None,
    last_month: str | None = None,
    method: IntervalMethod = "wilson",
    confidence: float = 0.95,
) -> list[RateRow]:
    """Error rate per group with its interval; the last row is the total ("I alt")."""
    from tilsyn.supervision.intervals import error_rate

    if by not in GROUPINGS:
        raise ValueError(f"ukendt gruppering '{by}' (mulige: {', '.join(GROUPINGS)})")
    rows = _in_months(reviewed_cases(actor), first_month, last_month)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        c = counts[str(getattr(r, by))]
        c[0] += int(r.error)
        c[1] += 1

    def row(group: str, e: int, n: int) -> RateRow:
        rate = error_rate(e, n, method=method, confidence=confidence)
        return RateRow(group, e, n, rate.rate, rate.low, rate.high, rate.indicative)

    out = [row(g, e, n) for g, (e, n) in sorted(counts.items())]
    out.append(row("I alt", sum(r.error for r in rows), len(rows)))
    return out


def monthly_counts(
    actor: Actor, *, by: Grouping | None = None, value: str | None = None
) -> list[Any]:
    from tilsyn.supervision.accumulate import MonthCount

    rows = reviewed_cases(actor)
    if by is not None:
        rows = [r for r in rows if str(getattr(r, by)) == value]
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        counts[r.month][0] += int(r.error)
        counts[r.month][1] += 1
    return [MonthCount(m, e, n) for m, (e, n) in sorted(counts.items())]


def trend(actor: Actor, *, by: Grouping | None = None, value: str | None = None) -> list[Any]:
    """Error rate month by month (of one group when ``by``/``value`` are given)."""
    from tilsyn.supervision.trend import monthly

    return monthly(monthly_counts(actor, by=by, value=value))


def compare_periods(
    actor: Actor,
    *,
    before: tuple[str, str],
    after: tuple[str, str],
    by: Grouping | None = None,
    value: str | None = None,
) -> Change:
    """Did the error rate change from one period (first, last month) to another beyond chance?"""
    from tilsyn.supervision.trend import compare

    months = monthly_counts(actor, by=by, value=value)
    b = [m for m in months if before[0] <= m.month <= before[1]]
    a = [m for m in months if after[0] <= m.month <= after[1]]
    return compare(b, a)


def review_frequencies(actor: Actor, workspace: Workspace, as_of: dt.date) -> list[RiskAssessment]:
    """Each caseworker's risk assessment and next review month: every caseworker with cases in
    the current snapshot (within the actor's municipalities) or with reviews."""
    from tilsyn.app.access import open_snapshot
    from tilsyn.rules import evaluate
    from tilsyn.supervision.accumulate import MonthCount
    from tilsyn.supervision.risk import assess

    require_role(actor, REVIEWERS, "se risikovurderinger")
    month = f"{as_of:%Y-%m}"
    history: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    last: dict[str, ReviewedCase] = {}
    for r in reviewed_cases(actor):
        if r.sent_on > as_of:
            continue
        history[r.caseworker][r.month][0] += int(r.error)
        history[r.caseworker][r.month][1] += 1
        if r.caseworker not in last or r.sent_on >= last[r.caseworker].sent_on:
            last[r.caseworker] = r
    overdue: dict[str, int] = defaultdict(int)
    due: dict[str, int] = defaultdict(int)
    with open_snapshot(actor, workspace) as snap:
        for v in evaluate.obligations(snap.con, as_of):
            if not actor.may_see(v.get("municipality")) or not v.get("caseworker_id"):
                continue
            cw = str(v["caseworker_id"])
            if v["status"] in ("met", "late", "overdue"):
                due[cw] += 1
            if v["status"] == "overdue":
                overdue[cw] += 1
    out = []
    for cw in sorted(set(history) | set(due)):
        months = [MonthCount(m, e, n) for m, (e, n) in sorted(history[cw].items())]
        out.append(
            assess(
                cw,
                months,
                as_of_month=month,
                serious_last_review=cw in last and last[cw].serious,
                overdue=overdue.get(cw, 0) if cw in due else None,
                due=due.get(cw) or None,
            )
        )
    return out


def reviewer_agreement(actor: Actor) -> Agreement | None:
    """Cohen's kappa between first and second reviewer over every answered question."""
    from tilsyn.store.supervision.models import Answer, SecondOpinion
    from tilsyn.supervision.agreement import cohen_kappa

    require_role(actor, READERS, "se enighed mellem gennemgåere")
    reviews = reviews_for(actor)
    first = {
        (a.review_id, a.question_id): a.value
        for a in Answer.objects.filter(review__in=reviews).exclude(value="")
    }
    pairs = [
        (first[(s.review_id, s.question_id)], s.value)
        for s in SecondOpinion.objects.filter(review__in=reviews).exclude(value="")
        if (s.review_id, s.question_id) in first
    ]
    return cohen_kappa(pairs) if pairs else None


def auditor_agreement(actor: Actor) -> Agreement | None:
    """Cohen's kappa between management's verdict on a case (error or not) and the auditor's,
    over the cases both reviewed."""
    from tilsyn.store.supervision.models import AuditorFinding
    from tilsyn.supervision.agreement import cohen_kappa

    require_role(actor, READERS, "se enighed med revisionen")
    scope = actor.scope()
    auditor: dict[tuple[str, str], bool] = defaultdict(bool)
    qs = AuditorFinding.objects.all()
    if scope is not None:
        qs = qs.filter(municipality__in=scope)
    for f in qs:
        auditor[(f.person_id, f.benefit)] |= f.is_error
    management: dict[tuple[str, str], bool] = {}
    for r in reviews_for(actor).filter(status__in=DONE).prefetch_related("findings"):
        key = (r.person_id, r.benefit)
        management[key] = management.get(key, False) or any(
            f.severity in ERROR_SEVERITIES for f in r.findings.all()
        )
    pairs = [(management[k], auditor[k]) for k in sorted(management.keys() & auditor.keys())]
    return cohen_kappa(pairs) if pairs else None


AUDITOR_COLUMNS = ("person_id", "benefit", "municipality", "is_error", "auditor")
OPTIONAL_AUDITOR_COLUMNS = ("question_id", "severity", "comment")
_YES = {"ja": True, "nej": False, "true": True, "false": False, "1": True, "0": False}


def _read_table(path: Path) -> list[dict[str, str]]:
    import csv

    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
        rows = list(wb.worksheets[0].iter_rows(values_only=True))
        if not rows:
            return []
        header = [str(h or "").strip() for h in rows[0]]
        return [
            {h: "" if v is None else str(v).strip() for h, v in zip(header, row, strict=False)}
            for row in rows[1:]
            if any(v is not None and str(v).strip() for v in row)
        ]
    if path.suffix.lower() != ".csv":
        raise ValueError(f"{path.name}: kun CSV- og XLSX-filer kan indlæses")
    text = path.read_text(encoding="utf-8-sig")
    dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=";,") if text else csv.excel
    return [
        {k.strip(): (v or "").strip() for k, v in row.items() if k}
        for row in csv.DictReader(text.splitlines(), dialect=dialect)
    ]


def import_auditor_findings(actor: Actor, path: Path) -> int:
    """Read the auditor's findings (CSV or XLSX: person_id, benefit, municipality, is_error
    ja/nej, auditor; optional question_id, severity, comment). All rows or none: every problem
    is reported as ``file:row:column: value — expected …``."""
    from django.db import transaction

    from tilsyn.store.supervision.models import AuditorFinding

    require_role(actor, REVIEWERS, "indlæse revisionens fund")
    if not path.exists():
        raise ValueError(f"{path}: filen findes ikke")
    rows = _read_table(path)
    if not rows:
        raise ValueError(f"{path.name}: filen har ingen rækker")
    missing = [c for c in AUDITOR_COLUMNS if c not in rows[0]]
    if missing:
        raise ValueError(f"{path.name}: kolonnerne mangler: {', '.join(missing)}")
    problems = []
    records = []
    for i, row in enumerate(rows, start=2):
        err = _YES.get(row["is_error"].lower())
        if err is None:
            problems.append(
                f"{path.name}:{i}:is_error: '{row['is_error']}' — forventede ja eller nej"
            )
        mun = row["municipality"]
        if not (len(mun) == 3 and mun.isdigit()):
            problems.append(
                f"{path.name}:{i}:municipality: '{mun}' — forventede en 3-cifret kommunekode"
            )
        elif not actor.may_see(mun):
            problems.append(f"{path.name}:{i}:municipality: '{mun}' — uden for dine kommuner")
        for col in ("person_id", "benefit", "auditor"):
            if not row[col]:
                problems.append(f"{path.name}:{i}:{col}: tom — forventede en værdi")
        sev = row.get("severity", "")
        if sev and sev not in ("minor", "material", "serious"):
            problems.append(
                f"{path.name}:{i}:severity: '{sev}' — forventede minor, material eller serious"
            )
        records.append(
            AuditorFinding(
                person_id=row["person_id"],
                benefit=row["benefit"],
                municipality=mun,
                question_id=row.get("question_id", ""),
                is_error=bool(err),
                severity=sev,
                comment=row.get("comment", ""),
                auditor=row["auditor"],
                source=path.name,
                imported_by=actor.user,
            )
        )
    if problems:
        raise ValueError("\n".join(problems))
    with transaction.atomic():
        AuditorFinding.objects.bulk_create(records)
    return len(records)
