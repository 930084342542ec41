from __future__ import annotations

import csv

from django import forms
from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from tilsyn.app.access_log_search import LogQuery, search_access_log
from tilsyn.web.access import request_actor, requires, workspace
from tilsyn.web.accounts.permissions import Permission

SHOWN = 500


class LogForm(forms.Form):
    user = forms.CharField(label="Bruger", required=False)
    person = forms.CharField(label="Borger (pseudonym)", required=False)
    action = forms.CharField(label="Handling", required=False)
    date_from = forms.DateField(label="Fra", required=False)
    date_to = forms.DateField(label="Til og med", required=False)

    def query(self) -> LogQuery:
        d = self.cleaned_data
        return LogQuery(
            user=d.get("user") or None,
            person=d.get("person") or None,
            action=d.get("action") or None,
            date_from=d.get("date_from"),
            date_to=d.get("date_to"),
        )


def _query(request: HttpRequest) -> LogQuery:
    form = LogForm(request.GET)
    if not form.is_valid():
        raise BadRequest(
            "; ".join(f"{k}: {' '.join(str(e) for e in v)}" for k, v in form.errors.items())
        )
    return form.query()


@require_safe
@requires(Permission.view_access_log)
def log(request: HttpRequest) -> HttpResponse:
    query = _query(request)
    entries, total = search_access_log(
        actor=request_actor(request), workspace=workspace(), query=query, limit=SHOWN
    )
    return render(
        request,
        "audit/log.html",
        {
            "query": query,
            "entries": entries,
            "total": total,
            "shown": SHOWN,
            "querystring": request.GET.urlencode(),
        },
    )


@require_safe
@requires(Permission.view_access_log)
def log_csv(request: HttpRequest) -> HttpResponse:
    entries, _ = search_access_log(
        actor=request_actor(request), workspace=workspace(), query=_query(request)
    )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="adgangslog.csv"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow(
        ["tidspunkt_utc", "bruger", "handling", "formaal", "datasamling", "borger", "detaljer"]
    )
    for e in entries:
        writer.writerow(
            [
                e.at,
                e.actor,
                e.action,
                e.purpose or "",
                e.snapshot_id or "",
                e.person_id,
                e.detail or "",
            ]
        )
    return response
