"""The register of supervision letters: record a letter with its findings and demands, see what
is owed to whom by when, add the initiatives taken, and keep each report sent in answer.

Letters concern a municipality, not a citizen: they are scoped to the actor's municipalities
and need no access log. Recording is for the roles that answer letters; auditors and partner
municipalities read their own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tilsyn.app.actor import Actor, Role
from tilsyn.app.errors import AccessDenied, NotFound
from tilsyn.data.workspace import Workspace

EDITORS = frozenset({Role.manager, Role.coordinator, Role.admin, Role.operator})
READERS = EDITORS | {Role.auditor, Role.partner_viewer}
KINDS = ("decisionsskrivelse", "skaerpet_tilsyn", "revisionsberetning", "star_svar", "andet")
REPORT_KINDS = ("statement", "recovery-plan", "monthly", "committee", "auditor", "other")


@dataclass(frozen=True)
class DemandView:
    id: int
    text: str
    deadline: dt.date
    report_kind: str
    reports: list[ReportView] = field(default_factory=list)

    @property
    def sent(self) -> ReportView | None:
        return next((r for r in self.reports if r.sent_at is not None), None)


@dataclass(frozen=True)
class ReportView:
    id: int
    demand_id: int
    kind: str
    file_name: str
    sha256: str
    size: int
    snapshot_id: str
    created_at: dt.datetime
    created_by: str
    sent_at: dt.datetime | None
    sent_by: str


@dataclass(frozen=True)
class LetterView:
    id: int
    kind: str
    kind_label: str
    sender: str
    municipality: str
    date: dt.date
    area: str
    title: str
    reference: str
    findings: list[str]
    demands: list[DemandView]
    initiatives: list[tuple[str, str]]


@dataclass(frozen=True)
class Owed:
    """A demand not yet answered by a sent report."""

    demand_id: int
    letter_id: int
    sender: str
    municipality: str
    letter_title: str
    text: str
    deadline: dt.date
    report_kind: str
    days_left: int  # negative: overdue

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    @property
    def days_over(self) -> int:
        return max(-self.days_left, 0)


def _require(actor: Actor, roles: frozenset[Role], what: str) -> None:
    if actor.role not in roles:
        raise AccessDenied(f"rollen {actor.role.value} må ikke {what}")


def _store(workspace: Workspace) -> None:
    from tilsyn.store import setup

    setup(workspace.root)


def _report_view(r: Any) -> ReportView:
    return ReportView(
        id=r.id,
        demand_id=r.demand_id,
        kind=r.kind,
        file_name=r.file_name,
        sha256=r.sha256,
        size=len(bytes(r.content)),
        snapshot_id=r.snapshot_id,
        created_at=r.created_at,
        created_by=r.created_by,
        sent_at=r.sent_at,
        sent_by=r.sent_by,
    )


def _view(letter: Any) -> LetterView:
    from tilsyn.store.letters.models import LetterKind

    return LetterView(
        id=letter.id,
        kind=letter.kind,
        kind_label=str(LetterKind(letter.kind).label),
        sender=letter.sender,
        municipality=letter.municipality,
        date=letter.date,
        area=letter.area,
        title=letter.title,
        reference=letter.reference,
        findings=[f.text for f in letter.findings.all()],
        demands=[
            DemandView(
                d.id,
                d.text,
                d.deadline,
                d.report_kind,
                [_report_view(r) for r in d.reports.all()],
            )
            for d in letter.demands.all()
        ],
        initiatives=[(i.title, i.text) for i in letter.initiatives.all()],
    )


def _letter(actor: Actor, letter_id: int) -> Any:
    from tilsyn.store.letters.models import Letter

    letter = Letter.objects.filter(pk=letter_id).first()
    if letter is None:
        raise NotFound(f"brev {letter_id} findes ikke i registret")
    if not actor.may_see(letter.municipality):
        raise AccessDenied(f"{actor.user} har ikke adgang til brev {letter_id}")
    return letter


def add_letter(
    actor: Actor,
    workspace: Workspace,
    *,
    kind: str,
    sender: str,
    municipality: str,
    date: dt.date,
    area: str,
    title: str,
    now: dt.datetime,
    reference: str = "",
    findings: Sequence[str] = (),
    demands: Sequence[tuple[str, dt.date, str]] = (),
) -> LetterView:
    """Record a letter with its findings and demands (text, deadline, report kind), all or
    nothing."""
    _require(actor, EDITORS, "registrere breve")
    actor.scope(municipality)
    if kind not in KINDS:
        raise ValueError(f"brevtype '{kind}' er ukendt (mulige: {', '.join(KINDS)})")
    for text, deadline, report_kind in demands:
        if report_kind not in REPORT_KINDS:
            raise ValueError(
                f"krav '{text}': rapporttype '{report_kind}' er ukendt "
                f"(mulige: {', '.join(REPORT_KINDS)})"
            )
        if deadline < date:
            raise ValueError(
                f"krav '{text}': fristen {deadline.isoformat()} ligger før brevets dato "
                f"{date.isoformat()}"
            )
    for name, value in (("afsender", sender), ("område", area), ("titel", title)):
        if not value.strip():
            raise ValueError(f"{name} mangler")
    _store(workspace)
    from django.db import transaction

    from tilsyn.store.letters.models import Demand, Finding, Letter

    with transaction.atomic():
        letter = Letter.objects.create(
            kind=kind,
            sender=sender.strip(),
            municipality=municipality,
            date=date,
            area=area.strip(),
            title=title.strip(),
            reference=reference.strip(),
            created_at=now,
            created_by=actor.user,
        )
        for i, text in enumerate(findings, start=1):
            Finding.objects.create(letter=letter, position=i, text=text.strip())
        for text, deadline, report_kind in demands:
            Demand.objects.create(
                letter=letter, text=text.strip(), deadline=deadline, report_kind=report_kind
            )
    return _view(letter)


def list_letters(actor: Actor, workspace: Workspace) -> list[LetterView]:
    _require(actor, READERS, "se tilsynsbreve")
    _store(workspace)
    from tilsyn.store.letters.models import Letter

    scope = actor.scope()
    letters = Letter.objects.all()
    if scope is not None:
        letters = letters.filter(municipality__in=scope)
    return [_view(letter) for letter in letters]


def get_letter(actor: Actor, workspace: Workspace, letter_id: int) -> LetterView:
    _require(actor, READERS, "se tilsynsbreve")
    _store(workspace)
    return _view(_letter(actor, letter_id))


def owed(actor: Actor, workspace: Workspace, as_of: dt.date) -> list[Owed]:
    """Every demand without a sent report, earliest deadline first."""
    _require(actor, READERS, "se tilsynsbreve")
    _store(workspace)
    from tilsyn.store.letters.models import Demand

    scope = actor.scope()
    demands: Any = Demand.objects.select_related("letter").exclude(reports__sent_at__isnull=False)
    if scope is not None:
        demands = demands.filter(letter__municipality__in=scope)
    return [
        Owed(
            demand_id=d.id,
            letter_id=d.letter_id,
            sender=d.letter.sender,
            municipality=d.letter.municipality,
            letter_title=d.letter.title,
            text=d.text,
            deadline=d.deadline,
            report_kind=d.report_kind,
            days_left=(d.deadline - as_of).days,
        )
        for d in demands.order_by("deadline", "id")
    ]


def add_initiative(
    actor: Actor, workspace: Workspace, letter_id: int, *, title: str, text: str = ""
) -> LetterView:
    _require(actor, EDITORS, "registrere initiativer")
    if not title.strip():
        raise ValueError("initiativets titel mangler")
    _store(workspace)
    from tilsyn.store.letters.models import Initiative

    letter = _letter(actor, letter_id)
    position = letter.initiatives.count() + 1
    Initiative.objects.create(letter=letter, position=position, title=title.strip(), text=text)
    return _view(letter)


def record_report(
    actor: Actor,
    workspace: Workspace,
    demand_id: int,
    *,
    file: Path,
    now: dt.datetime,
    snapshot_id: str = "",
    sent: bool = False,
) -> ReportView:
    """Keep ``file`` as a report answering the demand; ``sent`` marks it as the version sent
    (the demand is then answered). A demand has at most one sent version."""
    _require(actor, EDITORS, "registrere svar på tilsynsbreve")
    _store(workspace)
    from django.db import transaction

    from tilsyn.store.letters.models import Demand, ReportRecord

    demand: Any = Demand.objects.select_related("letter").filter(pk=demand_id).first()
    if demand is None:
        raise NotFound(f"krav {demand_id} findes ikke i registret")
    _letter(actor, demand.letter_id)
    if not file.is_file():
        raise NotFound(f"{file}: filen findes ikke")
    content = file.read_bytes()
    with transaction.atomic():
        if sent and demand.reports.filter(sent_at__isnull=False).exists():
            raise ValueError(f"krav {demand_id} er allerede besvaret med en sendt version")
        record = ReportRecord.objects.create(
            demand=demand,
            kind=demand.report_kind,
            file_name=file.name,
            sha256=hashlib.sha256(content).hexdigest(),
            content=content,
            snapshot_id=snapshot_id,
            created_at=now,
            created_by=actor.user,
            sent_at=now if sent else None,
            sent_by=actor.user if sent else "",
        )
    return _report_view(record)


def sent_content(actor: Actor, workspace: Workspace, report_id: int) -> tuple[str, bytes]:
    """The kept file of a report record: (file name, bytes)."""
    _require(actor, READERS, "se tilsynsbreve")
    _store(workspace)
    from tilsyn.store.letters.models import ReportRecord

    record: Any = ReportRecord.objects.select_related("demand").filter(pk=report_id).first()
    if record is None:
        raise NotFound(f"rapport {report_id} findes ikke i registret")
    _letter(actor, record.demand.letter_id)
    return record.file_name, bytes(record.content)
