"""Our early-effort shares next to jobindsats.dk's official ones, per month, with the gap.

The official measure is a percentage (e.g. "Andel med mindst 4 jobsamtaler", 85,3). A large
difference usually means a definition differs (which interviews count, the seniority rule,
the population); the reconciliation shows where to look, it does not decide who is right.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from tilsyn.measures.cohort import percent
from tilsyn.measures.early import MonthShare
from tilsyn.measures.jobindsats import OfficialFigure


class ReconcileError(ValueError):
    """The official figures cannot be matched (e.g. two values for one month)."""


@dataclass(frozen=True)
class ReconRow:
    municipality: str
    month: dt.date
    ours_population: int | None
    ours_pct: Decimal | None
    official_pct: Decimal | None
    difference_pp: Decimal | None  # ours − official, percentage points

    def as_row(self) -> dict[str, object]:
        return {
            "municipality": self.municipality,
            "month": self.month.strftime("%Y-%m"),
            "ours_population": self.ours_population,
            "ours_pct": self.ours_pct,
            "official_pct": self.official_pct,
            "difference_pp": self.difference_pp,
        }


def reconcile(
    ours: Sequence[MonthShare],
    official: Sequence[OfficialFigure],
    *,
    part: str,
    measure: str,
    areas: Mapping[str, str] | None = None,
    dimensions: Mapping[str, str] | None = None,
) -> list[ReconRow]:
    """One row per municipality and month present on either side.

    ``areas`` maps our kommunekode to the area name jobindsats uses (default: the code
    itself); ``dimensions`` keeps only official figures with those dimension values."""
    names = dict(areas or {})
    wanted = dict(dimensions or {})
    official_by: dict[tuple[str, dt.date], Decimal | None] = {}
    for fig in official:
        month = fig.month
        if fig.measure != measure or month is None:
            continue
        dims = dict(fig.dimensions)
        if any(dims.get(k) != v for k, v in wanted.items()):
            continue
        key = (fig.area.casefold(), month)
        if key in official_by and official_by[key] != fig.value:
            raise ReconcileError(
                f"to officielle værdier for {fig.area} {month:%Y-%m}; vælg en dimension "
                f"(fx {', '.join(f'{k}={v}' for k, v in fig.dimensions) or 'ingen'})"
            )
        official_by[key] = fig.value
    ours_by = {(r.municipality, r.month): r for r in ours if r.part == part}
    municipalities = sorted({m for m, _ in ours_by} | set(names))
    rows: list[ReconRow] = []
    for muni in municipalities:
        area = names.get(muni, muni).casefold()
        months = {mo for (mu, mo) in ours_by if mu == muni} | {
            mo for (a, mo) in official_by if a == area
        }
        for month in sorted(months):
            mine = ours_by.get((muni, month))
            ours_pct = percent(mine.share) if mine else None
            theirs = official_by.get((area, month))
            diff = ours_pct - theirs if ours_pct is not None and theirs is not None else None
            rows.append(
                ReconRow(
                    municipality=muni,
                    month=month,
                    ours_population=mine.population if mine else None,
                    ours_pct=ours_pct,
                    official_pct=theirs,
                    difference_pp=diff.quantize(Decimal("0.1")) if diff is not None else None,
                )
            )
    return rows
