"""Views over ``tilsyn.app.supervision*``: each parses the form, calls one application
function with the signed-in actor and renders Danish text. A save with a stale version is
answered 409 with the other person's work kept and the reviewer told to reload."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal, InvalidOperation
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_POST

from tilsyn.app import supervision_plans as plans
from tilsyn.app import supervision_refunds as refunds
from tilsyn.app import supervision_reviews as rv
from tilsyn.app import supervision_stats as stats
from tilsyn.app.citizen_timeline import citizen_timeline
from tilsyn.app.errors import NotFound
from tilsyn.app.staff_directory import caseworkers
from tilsyn.present import danish
from tilsyn.present.labels import BENEFIT, label
from tilsyn.store.supervision.locking import ClosedRecord, StaleEdit
from tilsyn.web.access import request_actor, requires, workspace
from tilsyn.web.accounts.permissions import Permission, has_permission
from tilsyn.web.clock import as_of

STATUS_LABELS = {
    "drawn": "Udtrukket",
    "in_review": "Under gennemgang",
    "second_review": "Til anden gennemgang",
    "feedback_sent": "Tilbagemelding sendt",
    "closed": "Afsluttet",
}
AREA_LABELS = {
    "dagpenge": "Dagpenge",
    "kontanthjaelp": "Kontanthjælp og uddannelseshjælp",
    "sygedagpenge": "Sygedagpenge",
    "jobafklaring": "Jobafklaring og ressourceforløb",
    "ledighedsydelse": "Ledighedsydelse og fleksjob",
    "integration": "Integration",
}
METHOD_LABELS = {
    "random": "Simpel tilfældig",
    "stratified": "Stratificeret",
    "risk": "Risikobaseret",
    "targeted": "Målrettet (motorens markeringer)",
}
STRATA_LABELS = {
    "team": "Team",
    "caseworker": "Sagsbehandler",
    "benefit": "Ydelse",
    "municipality": "Kommune",
    "organisation": "Organisation",
}
ANSWER_LABELS = {"ja": "Ja", "nej": "Nej", "ikke_relevant": "Ikke relevant"}
SEVERITY_LABELS = {"minor": "Mindre", "material": "Væsentlig", "serious": "Alvorlig"}
GROUPING_LABELS = {
    "area": "Område",
    "team": "Team",
    "organisation": "Organisation (inkl. andre aktører)",
    "municipality": "Kommune",
    "caseworker": "Sagsbehandler",
}


def _may_review(request: HttpRequest) -> bool:
    return has_permission(request_actor(request).role, Permission.review_cases)


@requires(Permission.view_reviews)
def queue(request: HttpRequest) -> HttpResponse:
    actor = request_actor(request)
    status = request.GET.get("status") or None
    rows = [
        {**r.__dict__, "status_label": STATUS_LABELS[r.status]}
        for r in rv.review_queue(actor, workspace(), status=status)
    ]
    return render(
        request,
        "reviews/queue.html",
        {
            "rows": rows,
            "status": status,
            "status_labels": STATUS_LABELS,
            "may_review": _may_review(request),
            "areas": AREA_LABELS,
            "methods": METHOD_LABELS,
            "strata": STRATA_LABELS,
            "municipalities": sorted(actor.municipalities),
            "seed": int(as_of(request).strftime("%Y%m%d")),
        },
    )


@require_POST
@requires(Permission.review_cases)
def draw(request: HttpRequest) -> HttpResponse:
    from pydantic import ValidationError

    from tilsyn.supervision.checklist import checklist
    from tilsyn.supervision.sampling import SamplePlan

    actor, day = request_actor(request), as_of(request)
    p = request.POST
    area = p.get("area", "")
    try:
        benefits = checklist(area, on=day).benefits
        strata = (
            [p["strata"]] if p.get("method") in ("stratified", "risk") and p.get("strata") else []
        )
        plan = SamplePlan.model_validate(
            {
                "name": p.get("name") or f"{AREA_LABELS.get(area, area)} {danish.month(day)}",
                "method": p.get("method"),
                "seed": int(p.get("seed") or 1),
                "size": int(p["size"]) if p.get("method") != "targeted" else None,
                "strata": strata,
                "area": area,
                "filter": {
                    "benefits": benefits,
                    "municipalities": [p["municipality"]] if p.get("municipality") else [],
                },
            }
        )
        stored = rv.store_sample(actor, workspace(), plan, day)
    except (KeyError, ValueError, ValidationError) as exc:
        messages.error(request, f"Stikprøven kunne ikke udtrækkes: {exc}")
        return HttpResponseRedirect(reverse("reviews:queue"))
    messages.success(
        request,
        f"Stikprøven «{plan.name}» er udtrukket: {stored.reviews} sager til gennemgang.",
    )
    return HttpResponseRedirect(reverse("reviews:queue"))


def _caseworker_name(request: HttpRequest, caseworker_id: str) -> str:
    for c in caseworkers(actor=request_actor(request), workspace=workspace()):
        if c.caseworker_id == caseworker_id and c.name:
            return c.name
    return caseworker_id or "sagsbehandler"


def _review_context(request: HttpRequest, review_id: int, **extra: Any) -> dict[str, Any]:
    from tilsyn.app.access import Purpose

    actor, day = request_actor(request), as_of(request)
    detail = rv.review_detail(actor, workspace(), review_id)
    try:
        timeline = citizen_timeline(
            actor=actor,
            workspace=workspace(),
            person=detail.person_id,
            as_of=detail.as_of,
            purpose=Purpose.supervision,
        )
    except NotFound:
        timeline = None
    may_review = _may_review(request)
    second_mode = (
        may_review
        and detail.status == "second_review"
        and not detail.second_review_done
        and actor.user != detail.first_reviewer
    )
    feedback_ready = (
        may_review
        and detail.status == "second_review"
        and detail.second_review_done
        and detail.open_disagreements == 0
    )
    respond_by = day + dt.timedelta(days=14)
    draft = ""
    if feedback_ready:
        draft = rv.draft_feedback(
            actor,
            review_id,
            caseworker_name=_caseworker_name(request, detail.caseworker_id),
            reviewed_on=day,
            respond_by=respond_by,
            benefit_label=label(BENEFIT, detail.benefit).lower(),
        )
    return {
        "r": detail,
        "timeline": timeline,
        "status_label": STATUS_LABELS[detail.status],
        "answer_labels": ANSWER_LABELS,
        "severity_labels": SEVERITY_LABELS,
        "area_label": AREA_LABELS.get(detail.area, detail.area),
        "may_review": may_review,
        "edit_mode": may_review
        and detail.status == "in_review"
        and actor.user == detail.first_reviewer,
        "second_mode": second_mode,
        "waiting_for_second": detail.status == "second_review"
        and not detail.second_review_done
        and not second_mode,
        "feedback_ready": feedback_ready,
        "draft": draft,
        "respond_by": respond_by,
        "refund_relevant": any(f["refund_relevant"] for f in detail.findings),
        "steps": list(STATUS_LABELS.items()),
        "done_steps": list(STATUS_LABELS)[: list(STATUS_LABELS).index(detail.status)],
        **extra,
    }


@requires(Permission.view_reviews)
def review(request: HttpRequest, review_id: int) -> HttpResponse:
    return render(request, "reviews/review.html", _review_context(request, review_id))


def _answers(request: HttpRequest, prefix: str = "") -> dict[str, rv.AnswerInput]:
    out = {}
    for key in request.POST:
        if key.startswith(f"{prefix}q_"):
            qid = key[len(prefix) + 2 :]
            out[qid] = rv.AnswerInput(
                request.POST.get(key, "").strip(),
                request.POST.get(f"{prefix}c_{qid}", "").strip(),
                request.POST.get(f"{prefix}o_{qid}", "").strip(),
            )
    return out


def _weeks(text: str) -> dict[str, Decimal]:
    """Lines "2024-W12 3.000,00" → {week: amount}."""
    out = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split()
        if len(parts) != 2:
            raise ValueError(f"linje {n}: skriv uge og beløb, fx «2024-W12 3.000,00»")
        try:
            out[parts[0]] = Decimal(parts[1].replace(".", "").replace(",", "."))
        except InvalidOperation:
            raise ValueError(f"linje {n}: '{parts[1]}' er ikke et beløb") from None
    return out


@require_POST
@requires(Permission.review_cases)
def act(request: HttpRequest, review_id: int, action: str) -> HttpResponse:
    actor, day, ws = request_actor(request), as_of(request), workspace()
    p = request.POST
    try:
        version = int(p.get("version", ""))
    except ValueError:
        version = -1
    done = "Gemt."
    try:
        if action == "start":
            rv.start_review(actor, ws, review_id, expected_version=version)
            done = "Gennemgangen er startet; motorens svar er udfyldt."
        elif action == "save":
            rv.save_answers(actor, review_id, _answers(request), expected_version=version)
            done = "Svarene er gemt."
        elif action == "submit":
            v = rv.save_answers(actor, review_id, _answers(request), expected_version=version)
            rv.submit_for_second_review(actor, review_id, expected_version=v)
            done = "Sagen er sendt til anden gennemgang."
        elif action == "second":
            disagree = rv.record_second_review(
                actor, review_id, _answers(request), expected_version=version
            )
            done = (
                f"Anden gennemgang er gemt: {len(disagree)} uenighed(er) skal afklares."
                if disagree
                else "Anden gennemgang er gemt: enig i alle svar."
            )
        elif action == "resolve":
            rv.resolve_disagreement(
                actor,
                review_id,
                p.get("question", ""),
                final_value=p.get("final_value", ""),
                reason=p.get("reason", ""),
                expected_version=version,
            )
            done = "Uenigheden er afklaret."
        elif action == "feedback":
            rv.send_feedback(
                actor,
                review_id,
                text=p.get("text", ""),
                generated_text=p.get("generated", ""),
                sent_on=day,
                respond_by=dt.date.fromisoformat(p.get("respond_by", "")),
                expected_version=version,
            )
            done = "Tilbagemeldingen er sendt, og opfølgningen er oprettet."
        elif action == "task":
            rv.complete_task(actor, int(p.get("task", "0")), done_on=day, note=p.get("note", ""))
            done = "Opgaven er afsluttet."
        elif action == "close":
            rv.close_review(actor, review_id, closed_on=day, expected_version=version)
            done = "Gennemgangen er afsluttet."
        elif action == "refund":
            detail = rv.review_detail(actor, ws, review_id)
            refunds.record_refund_correction(
                actor,
                ws,
                person=detail.person_id,
                benefit=detail.benefit,
                amounts=_weeks(p.get("weeks", "")),
                as_of=detail.as_of,
                kind="grundtilskud" if p.get("kind") == "grundtilskud" else "refusion",
                reason=p.get("reason", ""),
                review_id=review_id,
            )
            done = "Berigtigelsen er registreret."
        else:
            raise NotFound(f"ukendt handling '{action}'")
    except StaleEdit as exc:
        context = _review_context(request, review_id, conflict=str(exc))
        return render(request, "reviews/review.html", context, status=409)
    except (ValueError, ClosedRecord, KeyError) as exc:
        messages.error(request, str(exc).strip("'\""))
        return HttpResponseRedirect(reverse("reviews:review", args=[review_id]))
    messages.success(request, done)
    return HttpResponseRedirect(reverse("reviews:review", args=[review_id]))


@requires(Permission.view_reviews)
def statistics(request: HttpRequest) -> HttpResponse:
    actor, day = request_actor(request), as_of(request)
    by = request.GET.get("by", "team")
    if by not in stats.GROUPINGS:
        by = "team"
    method = "clopper_pearson" if request.GET.get("method") == "clopper_pearson" else "wilson"
    rates = stats.error_rates(actor, by=by, method=method)  # type: ignore[arg-type]
    points = stats.trend(actor)
    risk = stats.review_frequencies(actor, workspace(), day) if _may_review(request) else []
    return render(
        request,
        "reviews/statistics.html",
        {
            "by": by,
            "by_label": GROUPING_LABELS[by],
            "method": method,
            "groupings": GROUPING_LABELS,
            "rates": rates,
            "points": points,
            "risk": risk,
            "kappa": stats.reviewer_agreement(actor),
            "auditor_kappa": stats.auditor_agreement(actor),
        },
    )


@requires(Permission.view_reviews)
def campaigns(request: HttpRequest) -> HttpResponse:
    actor, day = request_actor(request), as_of(request)
    if request.method == "POST":
        if not _may_review(request):
            return HttpResponse(status=403)
        try:
            plans.start_campaign(
                actor,
                workspace(),
                name=request.POST.get("name") or "Kampagne",
                area=request.POST.get("area", ""),
                municipality=request.POST.get("municipality", ""),
                as_of=day,
            )
            messages.success(request, "Kampagnen er startet: alle sager er udtrukket.")
        except (KeyError, ValueError) as exc:
            messages.error(request, f"Kampagnen kunne ikke startes: {exc}")
        return HttpResponseRedirect(reverse("reviews:campaigns"))
    return render(
        request,
        "reviews/campaigns.html",
        {
            "campaigns": plans.campaigns(actor),
            "areas": AREA_LABELS,
            "municipalities": sorted(actor.municipalities),
            "may_review": _may_review(request),
        },
    )


CORRECTION_HEADERS = (
    ("person_id", "Borger (pseudonym)"),
    ("benefit", "Ydelse"),
    ("kind", "Art"),
    ("municipality", "Kommune"),
    ("week", "Uge"),
    ("quarter", "Kvartal"),
    ("amount", "Beløb (kr.)"),
    ("step", "Trin"),
    ("rate", "Sats"),
    ("give_back", "Tilbagebetales (kr.)"),
    ("reason", "Begrundelse"),
    ("review_id", "Gennemgang"),
)


@requires(Permission.view_reviews)
def corrections(request: HttpRequest) -> HttpResponse:
    actor = request_actor(request)
    quarter = request.GET.get("quarter") or None
    rows = refunds.refund_corrections(actor, workspace(), quarter=quarter)
    fmt = request.GET.get("format")
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter=";")
        writer.writerow([h for _, h in CORRECTION_HEADERS])
        for r in rows:
            writer.writerow(
                [
                    danish.number(getattr(r, k), 2)
                    if isinstance(getattr(r, k), Decimal)
                    else ("" if getattr(r, k) is None else getattr(r, k))
                    for k, _ in CORRECTION_HEADERS
                ]
            )
        response = HttpResponse(buf.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="berigtigelser.csv"'
        return response
    if fmt == "xlsx":
        import xlsxwriter

        out = io.BytesIO()
        wb = xlsxwriter.Workbook(out, {"in_memory": True})
        sheet = wb.add_worksheet("Berigtigelser")
        money = wb.add_format({"num_format": "#,##0.00"})
        for c, (_, h) in enumerate(CORRECTION_HEADERS):
            sheet.write(0, c, h)
        for i, r in enumerate(rows, 1):
            for c, (k, _) in enumerate(CORRECTION_HEADERS):
                v = getattr(r, k)
                if isinstance(v, Decimal):
                    sheet.write_number(i, c, float(v), money)
                elif v is not None:
                    sheet.write(i, c, v)
        wb.close()
        response = HttpResponse(
            out.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = 'attachment; filename="berigtigelser.xlsx"'
        return response
    return render(
        request,
        "reviews/corrections.html",
        {"rows": rows, "totals": refunds.refund_quarter_totals(actor), "quarter": quarter},
    )
