"""The register of supervision letters: what is owed by when (the day before, of and after a
deadline), who may record and see letters, the sent version kept byte for byte, and the
statement answering a letter, opened as Word and checked against the engine."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from report_helpers import COMPUTED_AT, keep_pages
from tilsyn.app import AccessDenied, Actor, NotFound, Role
from tilsyn.app import letters as app
from tilsyn.data.workspace import Workspace

pytestmark = pytest.mark.django_db

OPERATOR = Actor("drift", Role.operator)
MANAGER = Actor("leder", Role.manager, frozenset({"185"}))
NOW = dt.datetime(2024, 5, 1, 10, 0, tzinfo=dt.UTC)


def _letter(ws: Workspace, actor: Actor = OPERATOR, municipality: str = "185") -> app.LetterView:
    return app.add_letter(
        actor,
        ws,
        kind="skaerpet_tilsyn",
        sender="Styrelsen for Arbejdsmarked og Rekruttering",
        municipality=municipality,
        date=dt.date(2024, 4, 30),
        area="beskæftigelse",
        title="Udtagelse til skærpet tilsyn grundet manglende samtaler",
        findings=["For få samtaler til langvarige ydelsesmodtagere i 2023"],
        demands=[("Redegørelse og genopretningsplan", dt.date(2024, 7, 31), "recovery-plan")],
        now=NOW,
    )


@pytest.mark.parametrize(
    ("as_of", "days_left", "overdue"),
    [
        (dt.date(2024, 7, 30), 1, False),
        (dt.date(2024, 7, 31), 0, False),
        (dt.date(2024, 8, 1), -1, True),
    ],
)
def test_owed_counts_days_to_the_deadline(
    tmp_path: Path, as_of: dt.date, days_left: int, overdue: bool
) -> None:
    ws = Workspace(tmp_path)
    _letter(ws)
    [item] = app.owed(OPERATOR, ws, as_of)
    assert item.deadline == dt.date(2024, 7, 31)
    assert item.days_left == days_left
    assert item.overdue is overdue


def test_the_sent_version_is_kept_and_the_demand_is_answered(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    letter = _letter(ws)
    demand = letter.demands[0]
    sent = tmp_path / "genopretningsplan.docx"
    sent.write_bytes(b"PK\x03\x04 the exact bytes sent")
    record = app.record_report(OPERATOR, ws, demand.id, file=sent, now=NOW, sent=True)
    assert app.owed(OPERATOR, ws, dt.date(2024, 7, 1)) == []
    name, content = app.sent_content(OPERATOR, ws, record.id)
    assert (name, content) == ("genopretningsplan.docx", sent.read_bytes())
    sent.write_bytes(b"changed afterwards")
    assert app.sent_content(OPERATOR, ws, record.id)[1] == b"PK\x03\x04 the exact bytes sent"
    with pytest.raises(ValueError, match="allerede besvaret med en sendt version"):
        app.record_report(OPERATOR, ws, demand.id, file=sent, now=NOW, sent=True)


def test_roles_and_municipalities_limit_the_register(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    caseworker = Actor("sb", Role.caseworker, frozenset({"185"}))
    with pytest.raises(AccessDenied, match="caseworker må ikke registrere breve"):
        _letter(ws, caseworker)
    with pytest.raises(AccessDenied):
        _letter(ws, MANAGER, municipality="155")
    letter = _letter(ws, MANAGER)
    partner = Actor("dragoer", Role.partner_viewer, frozenset({"155"}))
    assert app.list_letters(partner, ws) == []
    assert app.owed(partner, ws, dt.date(2024, 6, 1)) == []
    with pytest.raises(AccessDenied):
        app.get_letter(partner, ws, letter.id)
    auditor = Actor("revisor", Role.auditor, frozenset({"185"}))
    assert [lt.id for lt in app.list_letters(auditor, ws)] == [letter.id]
    with pytest.raises(AccessDenied):
        app.add_initiative(auditor, ws, letter.id, title="x")
    with pytest.raises(NotFound, match="brev 999 findes ikke"):
        app.get_letter(OPERATOR, ws, 999)


def test_a_deadline_before_the_letter_is_refused_and_nothing_is_recorded(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    with pytest.raises(ValueError, match="fristen 2024-04-01 ligger før brevets dato 2024-04-30"):
        app.add_letter(
            OPERATOR,
            ws,
            kind="decisionsskrivelse",
            sender="STAR",
            municipality="185",
            date=dt.date(2024, 4, 30),
            area="sygedagpenge",
            title="t",
            demands=[("svar", dt.date(2024, 4, 1), "statement")],
            now=NOW,
        )
    assert app.list_letters(OPERATOR, ws) == []


def test_cli_adds_a_letter_and_shows_what_is_owed(tmp_path: Path) -> None:
    from tilsyn.cli import app as cli

    runner = CliRunner(env={"COLUMNS": "200"})
    ws = ["--workspace", str(tmp_path)]
    added = runner.invoke(
        cli,
        [
            "letters",
            "add",
            *ws,
            "--kind",
            "decisionsskrivelse",
            "--sender",
            "STAR",
            "--municipality",
            "155",
            "--date",
            "2024-02-20",
            "--area",
            "sygedagpenge",
            "--title",
            "Decisionsskrivelse",
            "--finding",
            "Manglende rettidighed",
            "--demand",
            "2024-04-30:statement:Redegørelse for nye tiltag",
        ],
    )
    assert added.exit_code == 0, added.output
    owed = runner.invoke(cli, ["letters", "owed", *ws, "--as-of", "2024-05-02"])
    assert owed.exit_code == 0, owed.output
    assert "2 dage over fristen" in owed.output
    assert "30.04.2024" in owed.output
    bad = runner.invoke(
        cli,
        [
            "letters",
            "add",
            *ws,
            "--kind",
            "decisionsskrivelse",
            "--sender",
            "STAR",
            "--municipality",
            "155",
            "--date",
            "2024-02-20",
            "--area",
            "x",
            "--title",
            "t",
            "--demand",
            "30.04.2024:svar",
        ],
    )
    assert bad.exit_code == 2
    assert "skal begynde med en frist som ÅÅÅÅ-MM-DD" in bad.output


def test_statement_answers_the_letter_with_the_engines_figures(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    import docx

    from tilsyn.reports.statement import build_statement
    from tilsyn.reports.write import write_report
    from tilsyn.rules import evaluate

    letter = app.add_letter(
        OPERATOR,
        demo_ws,
        kind="decisionsskrivelse",
        sender="Styrelsen for Arbejdsmarked og Rekruttering",
        municipality="155",
        date=dt.date(2024, 2, 20),
        area="sygedagpenge",
        title="Decisionsskrivelse om revision af de sociale regnskaber for 2023",
        findings=["Manglende rettidighed i opfølgning på sygedagpengesager"],
        demands=[("Redegørelse for nye tiltag", dt.date(2024, 4, 30), "statement")],
        now=NOW,
    )
    app.add_initiative(
        OPERATOR, demo_ws, letter.id, title="Skærpet ledelsestilsyn", text="Hver måned."
    )
    from decimal import Decimal

    from supervision.reviews_factory import done_review
    from tilsyn.store.supervision.models import RefundCorrection

    for severities in (("material",), ()):
        done_review(
            sent_on=dt.date(2024, 3, 10),
            municipality="155",
            area="sygedagpenge",
            benefit="sygedagpenge",
            severities=severities,
        )
    done_review(
        sent_on=dt.date(2024, 1, 10),
        municipality="155",
        area="sygedagpenge",
        benefit="sygedagpenge",
        severities=("serious",),
    )  # before the letter
    RefundCorrection.objects.create(
        person_id="P1",
        benefit="sygedagpenge",
        kind="refusion",
        municipality="155",
        snapshot_id="s",
        total_amount=Decimal("351450"),
        total_give_back=Decimal("281160"),
        created_by="koordinator",
    )
    as_of = dt.date(2024, 5, 31)
    report = build_statement(OPERATOR, demo_ws, letter.id, as_of, computed_at=COMPUTED_AT)
    path = write_report(report, tmp_path / "svar.docx")
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:4] == [
        "Indledning",
        "1. Skærpet ledelsestilsyn",
        "2. Gennemgang af sager",
        "3. Berigtigelse af refusion",
    ]
    with demo_ws.open() as snap:
        rows = evaluate.obligations(snap.con, as_of, municipality="155")
    after = [
        r
        for r in rows
        if r["benefit"] == "sygedagpenge"
        and r["status"] in ("met", "late", "overdue")
        and letter.date <= r["due_date"] <= as_of
    ]
    table = next(
        t
        for t in document.tables
        if t.rows[0].cells[0].text == "Forpligtelse"
        and "fra 20. februar 2024" in _caption_before(document, t)
    )
    total = table.rows[-1].cells
    assert total[0].text == "I alt"
    assert total[4].text == f"{len(after):,}".replace(",", ".")
    assert total[1].text == str(sum(1 for r in after if r["status"] == "met"))
    text = " ".join(p.text for p in document.paragraphs)
    assert "har fagspecialist og koordinator gennemgået 2 sager. I 1 af dem" in text
    assert "281.160 kr. for meget i refusion (1 sag)" in text
    pdf = write_report(report, tmp_path / "svar.pdf")
    assert keep_pages(pdf, "statement")


def _caption_before(document: object, table: object) -> str:
    body = document.element.body  # type: ignore[attr-defined]
    previous = table._element.getprevious()  # type: ignore[attr-defined]
    return "".join(previous.itertext()) if previous is not None and previous in body else ""
