from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_POST

from tilsyn.app.economy import budget as budget_follow_up
from tilsyn.app.economy import fulltime
from tilsyn.app.errors import InvalidRequest
from tilsyn.app.refund_steps import refund_steps
from tilsyn.present import labels
from tilsyn.web.access import request_actor, requires, workspace
from tilsyn.web.accounts.permissions import Permission, has_permission
from tilsyn.web.charts import fulltime_chart
from tilsyn.web.clock import as_of

BUDGET_SUFFIXES = {".csv", ".xlsx"}


class BudgetForm(forms.Form):
    budget_file = forms.FileField(label="Budgetfil (CSV eller XLSX, mio. kr.)")
    municipality = forms.CharField(label="Kommune", required=False, max_length=3)


def _page(request: HttpRequest, **extra: Any) -> HttpResponse:
    actor, day = request_actor(request), as_of(request)
    persons = fulltime(actor, workspace(), year=day.year, as_of=day)
    charts = [
        {
            "id": f"chart-fulltime-{code}",
            "title": f"{labels.municipality(code)} · helårspersoner {persons.year}",
            "spec": fulltime_chart(
                persons, code, f"{labels.municipality(code)} · helårspersoner {persons.year}"
            ),
        }
        for code in sorted({m.municipality for m in persons.months})
    ]
    context: dict[str, Any] = {
        "fulltime": persons,
        "charts": charts,
        "refunds": refund_steps(actor=actor, workspace=workspace(), as_of=day),
        "form": BudgetForm(),
        "may_upload": has_permission(actor.role, Permission.upload_budget),
        **extra,
    }
    return render(
        request, "economy/overview.html", context, status=400 if extra.get("error") else 200
    )


@requires(Permission.view_economy)
def overview(request: HttpRequest) -> HttpResponse:
    return _page(request)


@require_POST
@requires(Permission.upload_budget)
def budget(request: HttpRequest) -> HttpResponse:
    form = BudgetForm(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, error="Vælg en budgetfil.")
    upload = form.cleaned_data["budget_file"]
    suffix = Path(upload.name).suffix.lower()
    if suffix not in BUDGET_SUFFIXES:
        return _page(request, error=f"{upload.name}: forventede en CSV- eller XLSX-fil")
    with tempfile.TemporaryDirectory(prefix="tilsyn-budget-") as tmp:
        # Saved under its own name, so an error names the file the user chose.
        path = Path(tmp) / Path(upload.name).name
        with path.open("wb") as fh:
            for chunk in upload.chunks():
                fh.write(chunk)
        try:
            rows = budget_follow_up(
                request_actor(request),
                workspace(),
                budget_file=path,
                as_of=as_of(request),
                municipality=form.cleaned_data.get("municipality") or None,
            )
        except InvalidRequest as exc:
            return _page(request, error=str(exc))
    return _page(request, budget_rows=rows, budget_name=upload.name)
