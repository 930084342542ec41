from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tilsyn.web.access import request_actor, requires
from tilsyn.web.accounts.permissions import Permission
from tilsyn.web.clock import as_of
from tilsyn.web.dashboards.views import MEASURE_LABELS, cached_figures, focus_charts


@requires(Permission.view_measures)
def focus(request: HttpRequest) -> HttpResponse:
    figures, _ = cached_figures(request_actor(request), as_of(request))
    tables = []
    for year in figures.focus_years:
        months = [
            m
            for m in figures.focus_months
            if m.municipality == year.municipality and m.measure == year.measure
        ]
        tables.append({"year": year, "label": MEASURE_LABELS[year.measure], "months": months})
    return render(
        request,
        "measures/focus.html",
        {"figures": figures, "charts": focus_charts(figures), "tables": tables},
    )
