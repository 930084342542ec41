"""A signed-in user as the application layer's ``Actor``."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied

from tilsyn.app.actor import Actor, Role
from tilsyn.web.accounts.models import Profile


def actor_for(user: AbstractBaseUser | AnonymousUser) -> Actor:
    """The user's actor; refuses users without a profile (no role means no access)."""
    if not user.is_authenticated:
        raise PermissionDenied("ikke logget ind")
    try:
        profile = Profile.objects.select_related("organisation", "team").get(user_id=user.pk)
    except Profile.DoesNotExist:
        raise PermissionDenied("brugeren har ingen rolle") from None
    codes = frozenset(profile.municipalities.values_list("code", flat=True))
    try:
        return Actor(
            user=user.get_username(),
            role=Role(profile.role),
            municipalities=codes,
            organisation=profile.organisation.name if profile.organisation else None,
            team=profile.team.name if profile.team else None,
            caseworker_id=profile.caseworker_id or None,
        )
    except ValueError as exc:  # e.g. a caseworker profile with no municipality
        raise PermissionDenied(str(exc)) from None
