from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tilsyn.app.obligations import timeliness
from tilsyn.app.overview_figures import overview as overview_figures
from tilsyn.present import labels
from tilsyn.web.access import request_actor, requires, workspace
from tilsyn.web.accounts.permissions import Permission
from tilsyn.web.charts import focus_chart
from tilsyn.web.clock import as_of

MEASURE_LABELS = {
    "interviews": "Fokusmål 1: uden 4 samtaler",
    "offers": "Fokusmål 2: uden tilbud",
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


@requires(Permission.view_dashboard)
def overview(request: HttpRequest) -> HttpResponse:
    actor, day = request_actor(request), as_of(request)
    figures = overview_figures(actor=actor, workspace=workspace(), as_of=day)
    first, last = _previous_months(day, 3)
    groups = {
        by: timeliness(actor, workspace(), day, date_from=first, date_to=last, by=by).rows
        for by in ("team", "organisation", "benefit")
    }
    return render(
        request,
        "dashboards/overview.html",
        {
            "figures": figures,
            "charts": focus_charts(figures),
            "groups": groups,
            "period": (first, last),
        },
    )
