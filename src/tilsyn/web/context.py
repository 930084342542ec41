"""What every page shows: the navigation for the user's role, the reference date, the
snapshot the figures come from and, from the day a rule's continuation is not confirmed,
the notice saying so."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse

from tilsyn.app.continuation import continuation_notice
from tilsyn.app.snapshot_status import current_snapshot
from tilsyn.web import nav
from tilsyn.web.access import workspace
from tilsyn.web.accounts.actors import actor_for
from tilsyn.web.accounts.permissions import has_permission
from tilsyn.web.clock import as_of


def _is_under(path: str, url: str) -> bool:
    return path == url if url == "/" else path.startswith(url)


def page(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)  # absent when a request fails before the middleware
    if user is None or not user.is_authenticated:
        return {"oidc_enabled": settings.OIDC_ENABLED}
    day = as_of(request)
    try:
        # The view's own check already made the actor (``requires``); pages without it make one.
        actor = getattr(request, "actor", None) or actor_for(user)
    except Exception:  # a user without a role sees the page frame, no navigation
        return {"as_of": day}
    links = [
        {
            "url": reverse(item.url_name),
            "label": item.label,
            "active": _is_under(request.path, reverse(item.url_name)),
        }
        for item in nav.items()
        if has_permission(actor.role, item.permission)
    ]
    return {
        "nav_links": links,
        "as_of": day,
        # The as-of date in the status bar decides it, so no page shows figures silently
        # judged under rules whose continuation is not confirmed.
        "continuation_notice": continuation_notice(actor, day),
        "snapshot": current_snapshot(actor=actor, workspace=workspace()),
        "actor": actor,
    }
