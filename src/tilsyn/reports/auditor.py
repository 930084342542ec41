"""The auditor export (*revisionsudtræk*): the sample, the checklist answers beside the
engine's suggestion, the findings, the engine's verdicts with their explanation, and the
refund corrections — one Excel sheet each, numbers and dates as real cells."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from tilsyn.app import Workspace
from tilsyn.app.actor import Actor
from tilsyn.app.reports import AuditorData, auditor_export
from tilsyn.present import labels
from tilsyn.reports import danish
from tilsyn.reports.common import letterhead
from tilsyn.reports.model import Cell, Paragraph, Report, Section, Stamp, Table

FORMATS = (".xlsx", ".html")
SEVERITY = {"minor": "mindre", "material": "væsentlig", "serious": "alvorlig"}


def build_auditor(
    actor: Actor,
    workspace: Workspace,
    as_of: dt.date,
    *,
    sample_id: int | None = None,
    sender: str = "185",
    computed_at: dt.datetime,
) -> Report:
    data = auditor_export(actor, workspace, as_of, sample_id=sample_id)
    return auditor_report(data, sender=sender, computed_at=computed_at)


def _table(
    caption: str,
    columns: Sequence[tuple[str, Callable[[dict[str, Any]], Cell]]],
    rows: Sequence[dict[str, Any]],
) -> Table:
    return Table(
        tuple(name for name, _ in columns),
        tuple(tuple(cell(r) for _, cell in columns) for r in rows),
        caption=caption,
    )


def _text(key: str, fmt: Callable[[Any], str] = str) -> Callable[[dict[str, Any]], Cell]:
    return lambda r: Cell.text(None if r.get(key) in (None, "") else fmt(r[key]))


def _int(key: str) -> Callable[[dict[str, Any]], Cell]:
    return lambda r: Cell.integer(r.get(key))


def _date(key: str) -> Callable[[dict[str, Any]], Cell]:
    return lambda r: Cell.date(r.get(key))


def auditor_report(data: AuditorData, *, sender: str, computed_at: dt.datetime) -> Report:
    samples = _table(
        "Stikprøver",
        [
            ("Stikprøve", _int("sample")),
            ("Navn", _text("name")),
            ("Metode", _text("method")),
            ("Frø", _int("seed")),
            ("Datasamling", _text("snapshot_id")),
            ("Opgjort pr.", _date("as_of")),
            ("Population", _int("population")),
            ("Udtaget af", _text("created_by")),
        ],
        data.samples,
    )
    cases = _table(
        "Udtagne sager",
        [
            ("Gennemgang", _int("review")),
            ("Stikprøve", _int("sample")),
            ("Borger (pseudonym)", _text("person_id")),
            ("Ydelse", _text("benefit", labels.benefit)),
            ("Kommune", _text("municipality")),
            ("Sagsbehandler", _text("caseworker_id")),
            ("Team", _text("team")),
            ("Tjekliste", _text("area")),
            ("Version", _int("checklist_version")),
            ("Stratum", _text("stratum")),
            ("Begrundelse", _text("reason")),
            ("Status", _text("status")),
            ("Gennemgået", _date("reviewed_on")),
            ("Tilbagemelding sendt", _date("feedback_sent_on")),
        ],
        data.cases,
    )
    answers = _table(
        "Tjeklistesvar",
        [
            ("Gennemgang", _int("review")),
            ("Spørgsmål", _text("question_id")),
            ("Tekst", _text("question")),
            ("Svar", _text("value")),
            ("Motorens forslag", _text("engine_value")),
            ("Begrundelse for afvigelse", _text("overrule_reason")),
            ("Besvaret af", _text("answered_by")),
            ("Anden gennemgang", _text("second_value")),
            ("Endeligt svar", _text("final_value")),
            ("Bemærkning", _text("comment")),
        ],
        data.answers,
    )
    findings = _table(
        "Fund",
        [
            ("Gennemgang", _int("review")),
            ("Spørgsmål", _text("question_id")),
            ("Tekst", _text("question")),
            ("Svar", _text("answer")),
            ("Alvor", _text("severity", lambda s: SEVERITY.get(s, s))),
            ("Refusionsrelevant", _text("refund_relevant", danish_yes_no)),
            ("Henvisning", _text("reference")),
            ("Bemærkning", _text("comment")),
        ],
        data.findings,
    )
    evidence = _table(
        "Motorens afgørelser",
        [
            ("Borger (pseudonym)", _text("person_id")),
            ("Ydelse", _text("benefit", labels.benefit)),
            ("Forpligtelse", _text("kind", labels.kind)),
            ("Regel", _text("rule_id")),
            ("Version", _text("rule_version")),
            ("Lovhenvisning", _text("reference")),
            ("Periode fra", _date("window_start")),
            ("Frist", _date("due_date")),
            ("Status", _text("status", labels.status)),
            ("Opfyldt", _date("fulfilled_date")),
            ("Dage over", _int("days_late")),
            ("Grundlag", _text("evidence")),
        ],
        data.evidence,
    )
    corrections = Table(
        (
            "Berigtigelse",
            "Borger (pseudonym)",
            "Ydelse",
            "Art",
            "Kommune",
            "Uge",
            "Kvartal",
            "Beløb (kr.)",
            "Trin",
            "Sats",
            "Tilbagebetales (kr.)",
            "Gennemgang",
            "Begrundelse",
        ),
        tuple(
            (
                Cell.integer(c.correction_id),
                Cell.text(c.person_id),
                Cell.text(labels.benefit(c.benefit)),
                Cell.text(c.kind),
                Cell.text(c.municipality),
                Cell.text(c.week),
                Cell.text(c.quarter),
                Cell.number(c.amount, 2),
                Cell.integer(c.step),
                Cell.percent(c.rate, 0),
                Cell.number(c.give_back, 2),
                Cell.integer(c.review_id),
                Cell.text(c.reason),
            )
            for c in data.corrections
        ),
        caption="Refusionsberigtigelser",
    )
    summary = Paragraph(
        f"{len(data.cases)} udtagne sager i {len(data.samples)} stikprøver, "
        f"{len(data.answers)} tjeklistesvar, {len(data.findings)} fund, "
        f"{len(data.evidence)} afgørelser fra regelmotoren pr. {danish.date_long(data.as_of)} og "
        f"{len(data.corrections)} berigtigelseslinjer. Borgere er angivet med pseudonym; "
        "udtrækket er logget."
    )
    return Report(
        continuation_notice=data.continuation_notice,
        kind="auditor",
        title="Revisionsudtræk: ledelsestilsyn og regelkontrol",
        subtitle=f"Pr. {danish.date_long(data.as_of)}",
        date=computed_at.date(),
        letterhead=letterhead(sender),
        stamp=Stamp(data.snapshot_id, data.ruleset_version, computed_at),
        sections=(
            Section("Indhold", (summary,)),
            Section("Stikprøve", (samples, cases)),
            Section("Gennemgang", (answers, findings)),
            Section("Grundlag", (evidence,)),
            Section("Berigtigelser", (corrections,)),
        ),
        slug=f"revisionsudtraek-{data.as_of:%Y-%m-%d}",
    )


def danish_yes_no(value: Any) -> str:
    return "ja" if value else "nej"
