from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from tilsyn.app.errors import InvalidRequest
from tilsyn.app.measures import focus_forecast
from tilsyn.web.access import request_actor, requires, workspace
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
        {
            "figures": figures,
            "charts": focus_charts(figures),
            "tables": tables,
            # The action list names citizens: partners are refused it by the app.
            "may_see_actions": not request_actor(request).organisation_only,
        },
    )


@requires(Permission.view_measures)
def forecast(request: HttpRequest, municipality: str, measure: str) -> HttpResponse:
    """The year-end forecast and the citizens whose interview or offer would bring the measure
    under its threshold (person-level: logged by the app, refused to partners)."""
    try:
        result = focus_forecast(
            request_actor(request),
            workspace(),
            as_of=as_of(request),
            municipality=municipality,
            measure=measure,  # type: ignore[arg-type]  # checked by the app
        )
    except InvalidRequest as exc:
        raise Http404(str(exc)) from exc
    return render(
        request,
        "measures/forecast.html",
        {"result": result.forecast, "label": MEASURE_LABELS.get(measure, measure)},
    )
