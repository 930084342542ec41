"""One local user per role for the demo and small sites, with printed passwords."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction

from tilsyn.app import Workspace
from tilsyn.app.actor import Actor, Role
from tilsyn.app.staff_directory import caseworkers
from tilsyn.web.accounts.models import Municipality, Organisation, Profile, Team

MUNICIPALITY_NAMES = {"185": "Tårnby", "155": "Dragør"}
JOBCENTRE = "Jobcenter Tårnby"


@dataclass(frozen=True)
class DemoUser:
    username: str
    password: str
    role: Role
    municipalities: tuple[str, ...]
    description: str


# (user name, role, municipalities, description); Tårnby's job centre runs Dragør's cases.
DEMO_USERS = (
    ("sagsbehandler", Role.caseworker, ("185", "155"), "sagsbehandler i Jobcenter Tårnby"),
    ("koordinator", Role.coordinator, ("185", "155"), "faglig koordinator i Jobcenter Tårnby"),
    ("leder", Role.manager, ("185", "155"), "jobcenterchef i Tårnby"),
    ("dragoer", Role.partner_viewer, ("155",), "Dragør Kommune (læseadgang til egne borgere)"),
    ("revisor", Role.auditor, ("185",), "revisor for Tårnby Kommune"),
    ("admin", Role.admin, (), "administrator (alle kommuner)"),
)


@transaction.atomic
def ensure_demo_users(workspace: Workspace, *, password: str | None = None) -> list[DemoUser]:
    """Create or reset the demo users; each gets a new random password unless one is given.
    The caseworker is the one with most citizens in the snapshot."""
    operator = Actor.operator()
    staff = caseworkers(actor=operator, workspace=workspace)
    chosen = next((c for c in staff if c.organisation == JOBCENTRE), staff[0] if staff else None)
    organisation, _ = Organisation.objects.get_or_create(
        name=JOBCENTRE, defaults={"kind": Organisation.Kind.jobcentre}
    )
    team = None
    if chosen is not None and chosen.team:
        team, _ = Team.objects.get_or_create(name=chosen.team, organisation=organisation)
    made = []
    for username, role, codes, description in DEMO_USERS:
        secret = password or secrets.token_urlsafe(9)
        user, _ = User.objects.get_or_create(username=username)
        user.set_password(secret)
        user.save()
        profile, _ = Profile.objects.update_or_create(
            user=user,
            defaults={
                "role": role,
                # Dragør's reach is the organisation that runs its cases (Tårnby's job centre).
                "organisation": organisation,
                "team": team if role in (Role.caseworker, Role.coordinator) else None,
                "caseworker_id": chosen.caseworker_id
                if role is Role.caseworker and chosen is not None
                else "",
            },
        )
        profile.municipalities.set(
            [
                Municipality.objects.get_or_create(
                    code=c, defaults={"name": MUNICIPALITY_NAMES.get(c, c)}
                )[0]
                for c in codes
            ]
        )
        made.append(DemoUser(username, secret, role, codes, description))
    return made
