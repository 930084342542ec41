"""The auditor export: one sheet each for the sample, the checklist answers, the findings,
the engine's verdicts and the refund corrections, opened with openpyxl and checked against
the app database and the engine; every citizen in it is in the access log."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from report_helpers import COMPUTED_AT
from tilsyn.app import AccessDenied, Actor, Role
from tilsyn.data.access_log import read_log
from tilsyn.data.workspace import Workspace
from tilsyn.reports.auditor import build_auditor
from tilsyn.reports.write import write_report

pytestmark = pytest.mark.django_db

AS_OF = dt.date(2024, 5, 31)
AUDITOR = Actor("revisor", Role.auditor, frozenset({"185"}))


def _people(ws: Workspace, municipality: str, n: int) -> list[str]:
    with ws.open() as snap:
        return [
            r[0]
            for r in snap.con.execute(
                "SELECT DISTINCT person_id FROM payments JOIN persons USING (person_id) "
                "WHERE municipality = $m AND benefit = 'kontanthjaelp' AND week = '2024-W10' "
                "ORDER BY 1 LIMIT $n",
                {"m": municipality, "n": n},
            ).fetchall()
        ]


def test_export_sheets_hold_the_sample_answers_findings_evidence_and_corrections(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    import openpyxl

    from supervision.reviews_factory import done_review, sample
    from tilsyn.app.supervision_refunds import record_refund_correction
    from tilsyn.rules import evaluate
    from tilsyn.store.supervision.models import Answer, Review

    drawn = sample("Stikprøve maj")
    own = _people(demo_ws, "185", 2)
    other = _people(demo_ws, "155", 1)
    reviews = [
        done_review(
            sent_on=dt.date(2024, 5, 10),
            person=pid,
            in_sample=drawn,
            severities=("material",) if i == 0 else (),
        )
        for i, pid in enumerate(own)
    ]
    done_review(sent_on=dt.date(2024, 5, 10), person=other[0], in_sample=drawn, municipality="155")
    Review.objects.filter(pk=reviews[0].pk).update(snapshot_id=demo_ws.require_current())
    Answer.objects.create(
        review=reviews[0],
        question_id="q0",
        value="nej",
        engine_value="ja",
        overrule_reason="Samtalen var ikke jobrettet",
        answered_by="anna",
    )
    record_refund_correction(
        Actor("koordinator", Role.coordinator, frozenset({"185"})),
        demo_ws,
        person=own[0],
        benefit="kontanthjaelp",
        amounts={"2024-W10": Decimal("1000.00")},
        as_of=AS_OF,
        reason="Manglende samtale",
        review_id=reviews[0].pk,
    )
    report = build_auditor(AUDITOR, demo_ws, AS_OF, sample_id=drawn.pk, computed_at=COMPUTED_AT)
    path = write_report(report, tmp_path / "revision.xlsx")
    book = openpyxl.load_workbook(path)

    def rows(sheet: str) -> list[tuple]:
        return [r for r in book[sheet].iter_rows(min_row=5, values_only=True) if any(r)]

    cases = rows("Udtagne sager")
    assert sorted(r[2] for r in cases) == sorted(own)  # the Dragør citizen is not the auditor's
    [answer] = rows("Tjeklistesvar")
    assert answer[3:6] == ("nej", "ja", "Samtalen var ikke jobrettet")
    [finding] = rows("Fund")
    assert (finding[0], finding[4]) == (reviews[0].pk, "væsentlig")
    with demo_ws.open() as snap:
        expected = [r for pid in own for r in evaluate.obligations(snap.con, AS_OF, person_id=pid)]
    evidence = rows("Motorens afgørelser")
    assert len(evidence) == len(expected)
    assert {r[3] for r in evidence} == {r["rule_id"] for r in expected}
    due = [r[7] for r in evidence if r[7] is not None]
    assert all(isinstance(d, dt.datetime) for d in due)
    [correction] = rows("Refusionsberigtigelser")
    assert correction[1] == own[0]
    assert correction[7] == pytest.approx(1000.0)
    assert book["Refusionsberigtigelser"].cell(5, 8).number_format == "#,##0.00"
    logged = {e.person_id for e in read_log(demo_ws.root) if e.action == "report-auditor"}
    assert logged == set(own)


def test_caseworkers_and_partners_get_no_auditor_export(demo_ws: Workspace) -> None:
    for actor in (
        Actor("sb", Role.caseworker, frozenset({"185"})),
        Actor("dragoer", Role.partner_viewer, frozenset({"155"})),
    ):
        with pytest.raises(AccessDenied, match="må ikke hente revisionsudtræk"):
            build_auditor(actor, demo_ws, AS_OF, computed_at=COMPUTED_AT)
