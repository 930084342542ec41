from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from tilsyn.app.actor import Actor
from tilsyn.app.errors import InvalidRequest
from tilsyn.app.measures import akasse_recorded, early, focus_forecast, reform
from tilsyn.app.snapshot_status import current_snapshot
from tilsyn.web.access import request_actor, requires, workspace
from tilsyn.web.accounts.permissions import Permission
from tilsyn.web.clock import as_of
from tilsyn.web.dashboards.views import MEASURE_LABELS, cached_figures, cached_focus_charts
from tilsyn.web.memo import CACHE_SECONDS


def cached_reform(actor: Actor, day: dt.date) -> list[Any]:
    """The 2026 reform's requirements per monthly cohort this year (aggregates), cached like
    the overview's figures by snapshot, date and municipalities."""
    current = current_snapshot(actor=actor, workspace=workspace())
    key = "reform:" + ":".join(
        [current.id if current else "-", day.isoformat(), ",".join(actor.scope() or ("*",))]
    )
    found = cache.get(key)
    if found is None:
        first = dt.date(day.year, 1, 1)
        last = (day.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        found = (
            []
            if last < first
            else reform(actor, workspace(), first_month=first, last_month=last, as_of=day)
        )
        cache.set(key, found, timeout=CACHE_SECONDS)
    return list(found)


def cached_early(actor: Actor, day: dt.date) -> list[Any]:
    """STAR's follow-up on the early effort for the 12 months before this month (aggregates),
    cached like the reform's cohorts."""
    current = current_snapshot(actor=actor, workspace=workspace())
    key = "early:" + ":".join(
        [current.id if current else "-", day.isoformat(), ",".join(actor.scope() or ("*",))]
    )
    found = cache.get(key)
    if found is None:
        last = (day.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        index = last.year * 12 + last.month - 1 - 11  # the month index of 11 months before
        first = dt.date(index // 12, index % 12 + 1, 1)
        found = early(actor, workspace(), first_month=first, last_month=last, as_of=day)
        cache.set(key, found, timeout=CACHE_SECONDS)
    return list(found)


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
            "charts": cached_focus_charts(request_actor(request), as_of(request)),
            "tables": tables,
            "reform_rows": cached_reform(request_actor(request), as_of(request)),
            "akasse_recorded": akasse_recorded(request_actor(request), workspace()),
            "early_rows": cached_early(request_actor(request), as_of(request)),
            # The action list names citizens: partners are refused it by the app.
            "may_see_actions": not request_actor(request).is_partner,
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
