from __future__ import annotations

import csv

from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from tilsyn.app.actor import Actor, Role
from tilsyn.app.continuation import continuation_notice
from tilsyn.app.worklist_pages import Reach, worklist_page
from tilsyn.present import labels
from tilsyn.web import memo
from tilsyn.web.access import request_actor, requires, workspace
from tilsyn.web.accounts.permissions import Permission
from tilsyn.web.clock import as_of
from tilsyn.web.worklists.forms import WorklistForm

PAGE_SIZE = 50


def _default_reach(actor: Actor) -> Reach:
    if actor.role is Role.caseworker and actor.caseworker_id:
        return Reach.mine
    return Reach.municipality


def _form(request: HttpRequest) -> WorklistForm:
    form = WorklistForm(request.GET)
    if not form.is_valid():
        raise BadRequest(
            "; ".join(f"{k}: {' '.join(str(e) for e in v)}" for k, v in form.errors.items())
        )
    return form


@requires(Permission.view_worklist)
def worklist(request: HttpRequest) -> HttpResponse:
    actor = request_actor(request)
    form = _form(request)
    filters = form.filters(_default_reach(actor))
    result = worklist_page(
        actor=actor,
        workspace=workspace(),
        as_of=as_of(request),
        filters=filters,
        page=form.cleaned_data.get("page") or 1,
        page_size=PAGE_SIZE,
    )
    query = request.GET.copy()
    query.pop("page", None)
    # The rows' HTML is the same for everyone shown the same rows, and Django's templates
    # take a few milliseconds for fifty of them: it is kept per rows (the access log is
    # written by the application layer on every request all the same).
    rows_html = memo.kept(
        "worklist-rows:" + result.rows_key,
        # Safe: our own template, which escapes what it shows.
        lambda: mark_safe(render_to_string("worklists/_rows.html", {"rows": result.rows})),
    )
    context = {
        "form": form,
        "filters": filters,
        "result": result,
        "query": query.urlencode(),
        "rows_html": rows_html,
    }
    # htmx asks for the table alone when a filter changes or a page is turned.
    template = "worklists/_table.html" if request.htmx else "worklists/worklist.html"  # type: ignore[attr-defined]
    return render(request, template, context)


@requires(Permission.view_worklist)
def worklist_csv(request: HttpRequest) -> HttpResponse:
    actor = request_actor(request)
    form = _form(request)
    day = as_of(request)
    result = worklist_page(
        actor=actor,
        workspace=workspace(),
        as_of=day,
        filters=form.filters(_default_reach(actor)),
        page_size=None,
    )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="arbejdsliste-{day.isoformat()}.csv"'
    response.write("\ufeff")  # Excel opens UTF-8 with a byte-order mark correctly
    writer = csv.writer(response, delimiter=";")
    writer.writerow(
        [
            "frist",
            "status",
            "dage_over",
            "borger",
            "kommune",
            "sagsbehandler",
            "ydelse",
            "forpligtelse",
            "regel",
            "reference",
            "forbehold",
        ]
    )
    # The file is read without the page around it: every row carries the 2027 notice, when
    # there is one, so no figure is taken for confirmed law (empty before 2027).
    notice = continuation_notice(actor, day) or ""
    for r in result.rows:
        writer.writerow(
            [
                r["due_date"].isoformat() if r["due_date"] else "",
                labels.status(r["status"]),
                r["days_late"] or "",
                r["person_id"],
                r["municipality"],
                r["caseworker_id"] or "",
                labels.benefit(r["benefit"]),
                labels.kind(r["kind"]),
                r["rule_id"],
                r["reference"] or "",
                notice,
            ]
        )
    return response
