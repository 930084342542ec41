"""Sign-in through the municipality's own identity provider (OpenID Connect).

The provider's groups become a role and municipalities through ``OIDC_GROUP_ROLES``::

    tarnby-sagsbehandlere=caseworker@185,dragoer-indsigt=partner_viewer@155,it-drift=admin

A user in several mapped groups gets the most powerful role among them, with the
municipalities of that role's groups; a user in no mapped group is refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from tilsyn.app.actor import Role
from tilsyn.web.accounts.models import Municipality, Profile

# Most powerful first: decides the role of a user in several mapped groups.
ROLE_PRECEDENCE = (
    Role.admin,
    Role.auditor,
    Role.manager,
    Role.coordinator,
    Role.caseworker,
    Role.partner_viewer,
)


@dataclass(frozen=True)
class Grant:
    role: Role
    municipalities: frozenset[str]


def parse_group_roles(spec: str) -> dict[str, Grant]:
    """Parse ``group=role@code+code,…``; a bad entry raises naming the entry."""
    mapping: dict[str, Grant] = {}
    for entry in (e.strip() for e in spec.split(",")):
        if not entry:
            continue
        group, sep, target = entry.partition("=")
        role_name, _, codes = target.partition("@")
        if not sep or not group.strip() or not role_name.strip():
            raise ImproperlyConfigured(
                f"OIDC_GROUP_ROLES: '{entry}' skal have formen gruppe=rolle@kommunekode"
            )
        try:
            role = Role(role_name.strip())
        except ValueError:
            allowed = ", ".join(r.value for r in ROLE_PRECEDENCE)
            raise ImproperlyConfigured(
                f"OIDC_GROUP_ROLES: '{role_name.strip()}' i '{entry}' er ikke en rolle "
                f"(mulige: {allowed})"
            ) from None
        if role is Role.operator:
            raise ImproperlyConfigured(
                "OIDC_GROUP_ROLES: rollen operator gives kun på kommandolinjen"
            )
        municipalities = frozenset(c.strip() for c in codes.split("+") if c.strip())
        bad = [c for c in municipalities if not (len(c) == 3 and c.isdigit())]
        if bad:
            raise ImproperlyConfigured(
                f"OIDC_GROUP_ROLES: '{bad[0]}' i '{entry}' er ikke en kommunekode på tre cifre"
            )
        if not municipalities and role is not Role.admin:
            raise ImproperlyConfigured(
                f"OIDC_GROUP_ROLES: '{entry}' mangler kommunekode (kun admin kan se alle)"
            )
        mapping[group.strip()] = Grant(role, municipalities)
    return mapping


def grant_for(groups: Iterable[str], mapping: Mapping[str, Grant]) -> Grant | None:
    """The grant of the most powerful role among ``groups``; None if no group is mapped."""
    grants = [mapping[g] for g in groups if g in mapping]
    if not grants:
        return None
    role = min((g.role for g in grants), key=ROLE_PRECEDENCE.index)
    codes = frozenset().union(*(g.municipalities for g in grants if g.role is role))
    return Grant(role, codes)


def _groups(claims: Mapping[str, Any]) -> list[str]:
    value = claims.get(settings.OIDC_GROUPS_CLAIM, [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


class RoleMappingOIDCBackend(OIDCAuthenticationBackend):  # type: ignore[misc]
    """mozilla-django-oidc's backend, with the role and municipalities taken from groups on
    every sign-in (so a change in the provider takes effect at the next login)."""

    def authenticate(self, request: Any, **kwargs: Any) -> Any:
        if not settings.OIDC_ENABLED:
            return None
        return super().authenticate(request, **kwargs)

    def _grant(self, claims: Mapping[str, Any]) -> Grant | None:
        return grant_for(_groups(claims), parse_group_roles(settings.OIDC_GROUP_ROLES))

    def verify_claims(self, claims: Mapping[str, Any]) -> bool:
        return bool(super().verify_claims(claims)) and self._grant(claims) is not None

    def create_user(self, claims: Mapping[str, Any]) -> User:
        user = super().create_user(claims)
        self._apply(user, claims)
        return user  # type: ignore[no-any-return]

    def update_user(self, user: User, claims: Mapping[str, Any]) -> User:
        self._apply(user, claims)
        return user

    @transaction.atomic
    def _apply(self, user: User, claims: Mapping[str, Any]) -> None:
        grant = self._grant(claims)
        if grant is None:  # verify_claims already refused; kept for direct callers
            return
        profile, _ = Profile.objects.update_or_create(user=user, defaults={"role": grant.role})
        municipalities = [
            Municipality.objects.get_or_create(code=code, defaults={"name": code})[0]
            for code in sorted(grant.municipalities)
        ]
        profile.municipalities.set(municipalities)
