from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_POST

from tilsyn.app.citizen_timeline import citizen_timeline
from tilsyn.app.cpr_lookup import mask, reveal_cpr
from tilsyn.app.obligations import explain
from tilsyn.web.access import request_actor, requires, workspace
from tilsyn.web.accounts.permissions import Permission, has_permission
from tilsyn.web.clock import as_of

STATUS_ORDER = {"overdue": 0, "missed": 1, "late": 2, "open": 3, "met": 4}


@requires(Permission.view_citizen)
def citizen(request: HttpRequest, person_id: str) -> HttpResponse:
    actor, day = request_actor(request), as_of(request)
    explanation = explain(actor, workspace(), person_id, day)
    timeline = citizen_timeline(actor=actor, workspace=workspace(), person=person_id, as_of=day)
    items = sorted(
        explanation.items,
        key=lambda i: (STATUS_ORDER.get(str(i["status"]), 9), str(i["due_date"] or "")),
    )
    overdue = sum(1 for i in items if i["status"] == "overdue")
    return render(
        request,
        "citizens/citizen.html",
        {
            "person_id": person_id,
            "explanation": explanation,
            "items": items,
            "overdue": overdue,
            "timeline": timeline,
            "may_see_cpr": has_permission(actor.role, Permission.view_cpr),
            "masked": mask(None),
        },
    )


@require_POST
@requires(Permission.view_cpr)
def cpr(request: HttpRequest, person_id: str) -> HttpResponse:
    number = reveal_cpr(actor=request_actor(request), workspace=workspace(), person=person_id)
    return render(request, "citizens/_cpr.html", {"cpr": number, "person_id": person_id})
