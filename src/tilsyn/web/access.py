"""How a view reaches the application layer: the signed-in user as actor, the role's
permission checked, the app's refusals turned into 403 and 404."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse

from tilsyn.app import Workspace
from tilsyn.app.actor import Actor
from tilsyn.app.errors import AccessDenied, NotFound
from tilsyn.web.accounts.actors import actor_for
from tilsyn.web.accounts.permissions import Permission, has_permission

P = ParamSpec("P")
View = Callable[Concatenate[HttpRequest, P], HttpResponse]


def workspace() -> Workspace:
    return Workspace(settings.TILSYN_HOME)


def requires(permission: Permission) -> Callable[[View[P]], View[P]]:
    """Decorate a view: refuse (403) a user whose role lacks ``permission``; set
    ``request.actor``; an ``AccessDenied`` from the app is a 403, a ``NotFound`` a 404."""

    def decorate(view: View[P]) -> View[P]:
        @functools.wraps(view)
        def wrapped(request: HttpRequest, *args: P.args, **kwargs: P.kwargs) -> HttpResponse:
            actor = actor_for(request.user)
            if not has_permission(actor.role, permission):
                raise PermissionDenied(f"rollen {actor.role.value} har ikke adgang til siden")
            request.actor = actor  # type: ignore[attr-defined]
            try:
                return view(request, *args, **kwargs)
            except AccessDenied as exc:
                raise PermissionDenied(str(exc)) from exc
            except NotFound as exc:
                raise Http404(str(exc)) from exc

        return wrapped  # type: ignore[return-value]  # functools.wraps' wrapper type

    return decorate


def request_actor(request: HttpRequest) -> Actor:
    actor: Actor = request.actor  # type: ignore[attr-defined]
    return actor
