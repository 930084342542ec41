"""Who is asking: the actor every application function takes first.

An actor is limited to a set of municipalities (kommunekoder); an empty set means the whole
workspace and is allowed only for the operator (the operating-system user at the command line)
and for administrators. Scoping is decided here, in one place, so that no caller can widen it.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from tilsyn.app.errors import AccessDenied

ACTOR_ENV = "TILSYN_USER"


class Role(StrEnum):
    """The closed set of roles (OS2mo's habit: permissions from a closed set)."""

    caseworker = "caseworker"
    coordinator = "coordinator"
    manager = "manager"
    partner_viewer = "partner_viewer"
    auditor = "auditor"
    admin = "admin"
    operator = "operator"


WHOLE_WORKSPACE_ROLES = frozenset({Role.operator, Role.admin})
"""Roles that may be given no municipality, meaning all of them."""

R = TypeVar("R", bound=Mapping[str, Any])


@dataclass(frozen=True)
class Actor:
    user: str
    role: Role
    municipalities: frozenset[str] = field(default_factory=frozenset)
    organisation: str | None = None
    team: str | None = None
    caseworker_id: str | None = None

    def __post_init__(self) -> None:
        # Accept any iterable of codes (a list from a form, a set in a test) but store one type.
        object.__setattr__(self, "municipalities", frozenset(str(m) for m in self.municipalities))
        object.__setattr__(self, "role", Role(self.role))
        if not self.municipalities and self.role not in WHOLE_WORKSPACE_ROLES:
            raise ValueError(
                f"rollen {self.role.value} skal have mindst én kommune (kun operator og admin "
                "kan se hele arbejdsområdet)"
            )

    @classmethod
    def operator(cls, user: str | None = None) -> Actor:
        """The command line's actor: ``user`` (else ``TILSYN_USER``, else the OS user) with
        the operator role, which sees the whole workspace."""
        return cls(user or os.environ.get(ACTOR_ENV) or getpass.getuser(), Role.operator)

    @property
    def is_partner(self) -> bool:
        """A partner municipality (one whose cases another job centre runs) reads its own
        citizens and aggregates, like any actor limited to its municipalities, but gets none
        of the job centre's working lists that go beyond that (action lists, refund lines)."""
        return self.role is Role.partner_viewer

    @property
    def unrestricted(self) -> bool:
        """True when the actor sees every municipality in the workspace."""
        return not self.municipalities

    def may_see(self, municipality: str | None) -> bool:
        """Whether the actor may see data of ``municipality`` (a citizen without one is seen
        only by unrestricted actors)."""
        if self.unrestricted:
            return True
        return municipality is not None and str(municipality) in self.municipalities

    def scope(self, requested: str | None = None) -> tuple[str, ...] | None:
        """The municipalities a query must be limited to: ``None`` for no limit, else a sorted
        tuple. Asking for a municipality outside the actor's raises ``AccessDenied``."""
        if requested is not None:
            if not self.may_see(requested):
                raise AccessDenied(
                    f"{self.user} har ikke adgang til kommune {requested} "
                    f"(adgang til: {', '.join(sorted(self.municipalities))})"
                )
            return (str(requested),)
        return None if self.unrestricted else tuple(sorted(self.municipalities))

    def visible(self, rows: Iterable[R], key: str = "municipality") -> list[R]:
        """The rows whose ``key`` names a municipality the actor may see."""
        return [r for r in rows if self.may_see(r.get(key))]


def scope(actor: Actor, requested: str | None = None) -> tuple[str, ...] | None:
    """``actor.scope(requested)`` as a function, for callers that map over actors."""
    return actor.scope(requested)
