"""Report downloads: each report for the roles allowed to see its content, rendered by
``tilsyn.reports`` and logged (who, role, report, parameters, file fingerprint)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from tilsyn.app.actor import Actor, Role
from tilsyn.web.access import request_actor, requires, workspace
from tilsyn.web.accounts.permissions import Permission
from tilsyn.web.clock import as_of

# Who may download which report (the application layer still scopes every figure).
ALLOWED: dict[str, frozenset[Role]] = {
    "monthly": frozenset(
        {
            Role.manager,
            Role.coordinator,
            Role.partner_viewer,
            Role.auditor,
            Role.admin,
            Role.operator,
        }
    ),
    "recovery-plan": frozenset({Role.manager, Role.coordinator, Role.admin, Role.operator}),
    "statement": frozenset({Role.manager, Role.coordinator, Role.admin, Role.operator}),
    "auditor": frozenset({Role.auditor, Role.manager, Role.coordinator, Role.admin, Role.operator}),
    "committee": frozenset({Role.manager, Role.admin, Role.operator}),
}
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "html": "text/html; charset=utf-8",
}
FORMATS = {
    "monthly": ("pdf", "docx", "xlsx", "html"),
    "recovery-plan": ("docx", "pdf"),
    "statement": ("docx", "pdf"),
    "auditor": ("xlsx",),
    "committee": ("pdf", "docx", "xlsx"),
}


def _check(actor: Actor, report: str, fmt: str) -> None:
    if actor.role not in ALLOWED[report]:
        raise PermissionDenied(f"rollen {actor.role.value} kan ikke hente denne rapport")
    if fmt not in FORMATS[report]:
        raise Http404(f"formatet {fmt} findes ikke for denne rapport")


def _deliver(
    request: HttpRequest,
    report_kind: str,
    fmt: str,
    parameters: dict[str, Any],
    build: Callable[[], Any],
) -> HttpResponse:
    from tilsyn.reports.write import render as render_report
    from tilsyn.web.reports.models import Download

    actor = request_actor(request)
    _check(actor, report_kind, fmt)
    report = build()
    data = render_report(report, f".{fmt}")
    Download.objects.create(
        at=timezone.now(),
        user=actor.user,
        role=actor.role.value,
        report=report_kind,
        parameters=parameters,
        file_format=fmt,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        snapshot_id=report.stamp.snapshot_id,
    )
    response = HttpResponse(data, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{report.slug}.{fmt}"'
    return response


def _month(value: str | None, default: dt.date) -> dt.date:
    if not value:
        return default
    try:
        return dt.datetime.strptime(value, "%Y-%m").date()  # noqa: DTZ007 - a calendar month
    except ValueError:
        raise Http404(f"'{value}' er ikke en måned som ÅÅÅÅ-MM") from None


def _municipality(actor: Actor, value: str | None) -> str | None:
    if value:
        return value
    if actor.municipalities and len(actor.municipalities) == 1:
        return next(iter(actor.municipalities))
    return None


@requires(Permission.view_dashboard)
def index(request: HttpRequest) -> HttpResponse:
    from tilsyn.app.errors import AccessDenied
    from tilsyn.app.letters import list_letters, owed

    actor = request_actor(request)
    day = as_of(request)
    last_month = day.replace(day=1) - dt.timedelta(days=1)
    try:
        letters = list_letters(actor, workspace())
        owing = owed(actor, workspace(), day)
    except AccessDenied:
        letters, owing = [], []
    return render(
        request,
        "reports/index.html",
        {
            "allowed": {k: actor.role in v for k, v in ALLOWED.items()},
            "recovery_allowed": actor.role in ALLOWED["recovery-plan"],
            "committee_allowed": actor.role in ALLOWED["committee"],
            "month": f"{last_month:%Y-%m}",
            "year": day.year,
            "municipality": _municipality(actor, None) or "",
            "letters": letters,
            "owed": owing,
        },
    )


@requires(Permission.view_dashboard)
def monthly(request: HttpRequest, fmt: str) -> HttpResponse:
    from tilsyn.reports.monthly import build_monthly

    actor = request_actor(request)
    day = as_of(request)
    month = _month(request.GET.get("month"), day.replace(day=1) - dt.timedelta(days=1))
    municipality = request.GET.get("municipality") or None
    return _deliver(
        request,
        "monthly",
        fmt,
        {"month": f"{month:%Y-%m}", "municipality": municipality},
        lambda: build_monthly(
            actor, workspace(), month, municipality=municipality, computed_at=timezone.localtime()
        ),
    )


@requires(Permission.view_dashboard)
def recovery(request: HttpRequest, fmt: str) -> HttpResponse:
    from tilsyn.reports.recovery import build_recovery

    actor = request_actor(request)
    day = as_of(request)
    municipality = _municipality(actor, request.GET.get("municipality"))
    if municipality is None:
        raise Http404("vælg en kommune")
    measure = request.GET.get("measure", "interviews")
    try:
        year = int(request.GET.get("year", day.year))
    except ValueError:
        raise Http404("året skal være et tal") from None
    return _deliver(
        request,
        "recovery-plan",
        fmt,
        {"year": year, "municipality": municipality, "measure": measure},
        lambda: build_recovery(
            actor,
            workspace(),
            year,
            day,
            municipality=municipality,
            measure=measure,
            computed_at=timezone.localtime(),
        ),
    )


@requires(Permission.view_dashboard)
def statement(request: HttpRequest, letter_id: int, fmt: str) -> HttpResponse:
    from tilsyn.reports.statement import build_statement

    actor = request_actor(request)
    return _deliver(
        request,
        "statement",
        fmt,
        {"letter": letter_id},
        lambda: build_statement(
            actor, workspace(), letter_id, as_of(request), computed_at=timezone.localtime()
        ),
    )


@requires(Permission.upload_budget)
def committee(request: HttpRequest, fmt: str) -> HttpResponse:
    """The committee report from an uploaded budget file (CSV or XLSX, mio. kr.)."""
    import tempfile
    from pathlib import Path

    from django.http import HttpResponseBadRequest, HttpResponseNotAllowed

    from tilsyn.reports.committee import build_committee

    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    upload = request.FILES.get("budget")
    if upload is None:
        return HttpResponseBadRequest("Vælg en budgetfil (CSV eller XLSX).")
    actor = request_actor(request)
    day = as_of(request)
    municipality = request.POST.get("municipality") or None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / Path(upload.name or "budget.csv").name
        with path.open("wb") as fh:
            for chunk in upload.chunks():
                fh.write(chunk)
        try:
            return _deliver(
                request,
                "committee",
                fmt,
                {"as_of": day.isoformat(), "budget": path.name, "municipality": municipality},
                lambda: build_committee(
                    actor,
                    workspace(),
                    day,
                    budget_file=path,
                    municipality=municipality,
                    computed_at=timezone.localtime(),
                ),
            )
        except ValueError as exc:  # the budget file's errors name file, row and column
            return HttpResponseBadRequest(str(exc))


@requires(Permission.view_dashboard)
def auditor(request: HttpRequest, fmt: str) -> HttpResponse:
    from tilsyn.reports.auditor import build_auditor

    actor = request_actor(request)
    sample = request.GET.get("sample")
    return _deliver(
        request,
        "auditor",
        fmt,
        {"sample": sample},
        lambda: build_auditor(
            actor,
            workspace(),
            as_of(request),
            sample_id=int(sample) if sample and sample.isdigit() else None,
            computed_at=timezone.localtime(),
        ),
    )
