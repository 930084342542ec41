"""The persona base for the web tests: one user per role and municipality (185 Tårnby,
155 Dragør), a small generated snapshot shared by the session, and the helpers every view
test file uses to check refusals and the access log.

A new app (reviews, reports) adds its pages to its own test files and reuses ``Personas``,
``citizen_in`` and ``log_rows``; a new role needs one line in ``PERSONAS``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth.models import User
from django.test import Client

from tilsyn.app.actor import Actor, Role
from tilsyn.app.staff_directory import caseworkers
from tilsyn.app.worklist_pages import Reach, WorklistFilters, worklist_page
from tilsyn.data.access_log import AccessEntry, read_log
from tilsyn.data.workspace import Workspace
from tilsyn.web.accounts.models import Municipality, Organisation, Profile, Team

AS_OF = dt.date(2026, 11, 16)
"""The tests' frozen reference date; the generated data run to the month before."""
PASSWORD = "korrekt-hest-batteri-hæfteklamme"

# (name, role, municipalities)
PERSONAS: tuple[tuple[str, Role, tuple[str, ...]], ...] = (
    ("caseworker_185", Role.caseworker, ("185",)),
    ("caseworker_155", Role.caseworker, ("155",)),
    ("coordinator_185", Role.coordinator, ("185",)),
    ("manager_185", Role.manager, ("185",)),
    ("manager_155", Role.manager, ("155",)),
    ("partner_viewer_155", Role.partner_viewer, ("155",)),
    ("auditor_185", Role.auditor, ("185",)),
    ("auditor_155", Role.auditor, ("155",)),
    ("admin", Role.admin, ()),
)


@dataclass
class Personas:
    workspace: Workspace
    users: dict[str, User]

    def client(self, name: str) -> Client:
        client = Client()
        client.force_login(self.users[name])
        return client


def make_personas(workspace: Workspace) -> Personas:
    organisation = Organisation.objects.create(name="Jobcenter Tårnby", kind="jobcentre")
    staff = {
        c.caseworker_id: c for c in caseworkers(actor=Actor.operator("probe"), workspace=workspace)
    }
    rows = _all_rows(workspace)
    users = {}
    for name, role, codes in PERSONAS:
        user = User.objects.create_user(name, password=PASSWORD)
        # A caseworker persona is the caseworker with most open deadlines in its municipality.
        mine = Counter(
            str(r["caseworker_id"])
            for r in rows
            if r["municipality"] in codes and r["caseworker_id"]
        ).most_common(1)
        worker = staff.get(mine[0][0]) if mine and role is Role.caseworker else None
        team = (
            Team.objects.get_or_create(name=worker.team, organisation=organisation)[0]
            if worker and worker.team
            else None
        )
        profile = Profile.objects.create(
            user=user,
            role=role,
            organisation=organisation,
            team=team,
            caseworker_id=worker.caseworker_id if worker else "",
        )
        profile.municipalities.set(
            [Municipality.objects.get_or_create(code=c, defaults={"name": c})[0] for c in codes]
        )
        users[name] = user
    return Personas(workspace, users)


def _all_rows(workspace: Workspace) -> list[dict[str, object]]:
    try:
        return worklist_page(
            actor=Actor("probe", Role.admin),
            workspace=workspace,
            as_of=AS_OF,
            filters=WorklistFilters(reach=Reach.municipality),
            page_size=None,
        ).rows
    finally:
        _forget_probe(workspace)


def _forget_probe(workspace: Workspace) -> None:
    """The probe's reads are test setup, not behaviour under test: drop them from the log."""
    from tilsyn.data.access_log import FILE_NAME, rewriting

    path = workspace.root / FILE_NAME
    if path.exists():
        with rewriting(path) as db:  # the log refuses deletions outside a sanctioned rewrite
            db.execute("DELETE FROM access_log WHERE actor = 'probe'")


def citizen_in(workspace: Workspace, municipality: str, *, status: str = "overdue") -> str:
    """A citizen of ``municipality`` with an obligation of ``status`` on the worklist."""
    actor = Actor("probe", Role.auditor, {municipality})
    try:
        page = worklist_page(
            actor=actor,
            workspace=workspace,
            as_of=AS_OF,
            filters=WorklistFilters(status=status),
            page_size=None,
        )
    finally:
        _forget_probe(workspace)
    assert page.rows, f"the test snapshot has no {status} obligation in {municipality}"
    return str(page.rows[0]["person_id"])


def log_rows(workspace: Workspace, *, user: str, person: str | None = None) -> list[AccessEntry]:
    return [e for e in read_log(workspace.root, person_id=person) if e.actor == user]


def build_snapshot(root: Path) -> Workspace:
    """A small generated Tårnby + Dragør snapshot with CPR numbers pseudonymised on import."""
    from tilsyn.data.importer import import_folder
    from tilsyn.data.synthetic import generate

    workspace = Workspace(root / "workspace")
    last_month = AS_OF.replace(day=1) - dt.timedelta(days=1)
    generate(
        root / "case-data", persons=700, seed=7, end=f"{last_month:%Y-%m}", fmt="csv", with_cpr=True
    )
    import_folder(root / "case-data", workspace, demo=True)
    # Evaluate the rules once for the tests' date, as the command line's operator does: the
    # web's read-only requests then read the stored verdicts instead of evaluating each time.
    from tilsyn.app.obligations import obligations

    obligations(Actor.operator("probe"), workspace, AS_OF)
    _forget_probe(workspace)
    return workspace
