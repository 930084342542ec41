from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from tilsyn.app.case_data_upload import UploadRefused, import_upload
from tilsyn.app.snapshot_status import snapshots as list_snapshots
from tilsyn.web.access import request_actor, requires, workspace
from tilsyn.web.accounts.permissions import Permission

SHOWN_PROBLEMS = 200


class UploadForm(forms.Form):
    archive = forms.FileField(label="ZIP-fil med case-data")


def _page(
    request: HttpRequest, form: UploadForm, refused: UploadRefused | None = None
) -> HttpResponse:
    infos = list_snapshots(actor=request_actor(request), workspace=workspace())
    return render(
        request,
        "data/snapshots.html",
        {
            "snapshots": list(reversed(infos)),
            "form": form,
            "refused": refused,
            "problems": refused.problems[:SHOWN_PROBLEMS] if refused else [],
            "shown_problems": SHOWN_PROBLEMS,
        },
        status=400 if refused else 200,
    )


@requires(Permission.view_data)
def snapshots(request: HttpRequest) -> HttpResponse:
    return _page(request, UploadForm())


@require_POST
@requires(Permission.upload_import)
def upload(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, form)
    archive = form.cleaned_data["archive"]
    try:
        result = import_upload(
            actor=request_actor(request), workspace=workspace(), archive=archive, name=archive.name
        )
    except UploadRefused as refused:
        return _page(request, form, refused)
    state = "ny datasamling" if result.created else "uændret indhold, ingen ny datasamling"
    messages.success(request, f"Importeret {result.snapshot_id} ({state}).")
    return redirect("data:snapshots")
