from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tilsyn.app.actor import Actor
from tilsyn.app.errors import AccessDenied
from tilsyn.app.letters import owed
from tilsyn.app.obligations import timeliness
from tilsyn.app.overview_figures import Overview
from tilsyn.app.overview_figures import overview as overview_figures
from tilsyn.app.snapshot_status import current_snapshot
from tilsyn.present import labels
from tilsyn.web.access import request_actor, requires, workspace
from tilsyn.web.accounts.permissions import Permission
from tilsyn.web.charts import focus_chart
from tilsyn.web.clock import as_of
from tilsyn.web.memo import shared

MEASURE_LABELS = {
    "interviews": "Fokusmål: uden 4 samtaler på 12 måneder",
    "offers": "Fokusmål: uden tilbud eller 100 timers arbejde",
}


def _previous_months(day: dt.date, count: int) -> tuple[dt.date, dt.date]:
    """The ``count`` whole months before ``day``'s month: (first day, last day)."""
    last = day.replace(day=1) - dt.timedelta(days=1)
    first = last.replace(day=1)
    for _ in range(count - 1):
        first = (first - dt.timedelta(days=1)).replace(day=1)
    return first, last


def focus_charts(figures: Any) -> list[dict[str, Any]]:
    charts = []
    for year in figures.focus_years:
        months = [
            m
            for m in figures.focus_months
            if m.municipality == year.municipality and m.measure == year.measure
        ]
        title = f"{labels.municipality(year.municipality)} · {MEASURE_LABELS[year.measure]}"
        charts.append(
            {
                "id": f"chart-{year.municipality}-{year.measure}",
                "year": year,
                "title": title,
                "spec": focus_chart(months, year.threshold, title),
            }
        )
    return charts


def _key(actor: Actor, day: dt.date) -> str:
    current = current_snapshot(actor=actor, workspace=workspace())
    return ":".join(
        [current.id if current else "-", day.isoformat(), ",".join(actor.scope() or ("*",))]
    )


def cached_figures(actor: Actor, day: dt.date) -> tuple[Overview, dict[str, list[Any]]]:
    """The overview's aggregates, computed once per snapshot, date and set of municipalities:
    they name no citizen, so every actor with the same reach may share them (and the key
    holds the snapshot id, so a new import is never hidden)."""

    def compute() -> tuple[Overview, dict[str, list[Any]]]:
        figures = overview_figures(actor=actor, workspace=workspace(), as_of=day)
        first, last = _previous_months(day, 3)
        groups = {
            by: timeliness(actor, workspace(), day, date_from=first, date_to=last, by=by).rows
            for by in ("team", "organisation", "benefit")
        }
        return figures, groups

    return shared("overview:" + _key(actor, day), compute)


def cached_focus_charts(actor: Actor, day: dt.date) -> list[dict[str, Any]]:
    """The focus charts' specifications, built once per key like the figures they draw
    (Altair takes about 25 ms a chart even without validating)."""
    return shared(
        "overview-charts:" + _key(actor, day),
        lambda: focus_charts(cached_figures(actor, day)[0]),
    )


@requires(Permission.view_dashboard)
def overview(request: HttpRequest) -> HttpResponse:
    actor, day = request_actor(request), as_of(request)
    figures, groups = cached_figures(actor, day)
    first, last = _previous_months(day, 3)
    try:
        owing = owed(actor, workspace(), day)
    except AccessDenied:  # roles without access to the supervision letters
        owing = None
    return render(
        request,
        "dashboards/overview.html",
        {
            "figures": figures,
            "charts": cached_focus_charts(actor, day),
            "groups": groups,
            "period": (first, last),
            "owed": owing,
            "year": day.year,
        },
    )
