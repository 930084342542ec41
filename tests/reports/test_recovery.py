"""Redegørelse og genopretningsplan: the five contents STAR asks for, numbered as in the letter;
the benefit groups and the cause analysis add up to the focus measure's own figures; the
milestones bring the yearly value under the threshold."""

from __future__ import annotations

import dataclasses
import datetime as dt
from fractions import Fraction
from pathlib import Path

import pytest

from report_helpers import COMPUTED_AT, keep_pages
from tilsyn.app import AccessDenied, Actor, Role
from tilsyn.app.reports import RecoveryData, milestones, recovery
from tilsyn.data.workspace import Workspace
from tilsyn.present import labels
from tilsyn.reports import danish
from tilsyn.reports.recovery import recovery_report
from tilsyn.reports.write import write_report

AS_OF = dt.date(2024, 5, 20)
OPERATOR = Actor("drift", Role.operator)
QUESTIONS = (
    "1. For hvilke ydelsesgrupper er der ikke givet tilstrækkeligt med tilbud?",
    "2. Hvad er årsagerne til de manglende tilbud?",
    "3. Hvilke initiativer vil kommunen iværksætte for at genoprette antallet af tilbud?",
    "4. Hvilke mål og milepæle opstilles der som led i genopretningsprocessen?",
    "5. Hvad er planen for den politiske og ledelsesmæssige opfølgning på genopretningen?",
)


@pytest.fixture(scope="module")
def data(demo_ws: Workspace) -> RecoveryData:
    return recovery(OPERATOR, demo_ws, 2024, AS_OF, municipality="185", measure="offers")


def test_docx_answers_the_five_questions_with_the_engines_groups(
    demo_ws: Workspace, data: RecoveryData, tmp_path: Path
) -> None:
    import docx
    from docx.enum.text import WD_COLOR_INDEX

    from tilsyn.measures.focus import focus_measures, yearly_value

    path = write_report(recovery_report(data, computed_at=COMPUTED_AT), tmp_path / "plan.docx")
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert [h for h in headings if h[0].isdigit()] == list(QUESTIONS)
    with demo_ws.open() as snap:
        basis = next(
            r
            for r in focus_measures(snap.con, year=2023, municipality="185")
            if r.measure == "offers"
        )
    table = document.tables[0]
    got = {row.cells[0].text: (row.cells[2].text, row.cells[3].text) for row in table.rows[1:]}
    assert len(got) == len(basis.by_benefit)
    for benefit, months in basis.by_benefit.items():
        value = yearly_value(months, basis.method)
        over = "ja" if value is not None and value >= basis.threshold else "nej"
        assert got[labels.benefit(benefit)] == (danish.percent(value), over)
    highlighted = [
        r.text
        for p in document.paragraphs
        for r in p.runs
        if r.font.highlight_color == WD_COLOR_INDEX.YELLOW
    ]
    assert any("Supplér med kommunens egen vurdering" in t for t in highlighted)


def test_cause_groups_add_up_to_the_measures_population(
    demo_ws: Workspace, data: RecoveryData
) -> None:
    from tilsyn.measures.focus import focus_measures

    with demo_ws.open() as snap:
        basis = next(
            r
            for r in focus_measures(snap.con, year=2023, municipality="185")
            if r.measure == "offers"
        )
    population = sum(m.population or 0 for m in basis.months)
    failing = sum(m.failing or 0 for m in basis.months)
    for rows in (data.causes.by_attendance, data.causes.by_organisation, data.causes.by_switch):
        assert sum(r.person_months for r in rows) == population
        assert sum(r.failing for r in rows) == failing
    assert data.causes.held + data.causes.cancelled + data.causes.no_show == (
        data.causes.conversations_booked
    )


def test_milestones_bring_the_yearly_mean_just_under_the_threshold(data: RecoveryData) -> None:
    steps, possible = milestones(data)
    assert possible
    assert [m.month for m in steps] == [mo for mo, _, _ in data.projected]
    values = [float(s) for _, s, _ in data.measured if s is not None] + [m.target for m in steps]
    assert sum(values) / 12 == pytest.approx(float(data.threshold) - 0.01)
    assert sum(values) / 12 < float(data.threshold)


def test_milestones_say_when_the_measured_months_make_the_target_impossible(
    data: RecoveryData,
) -> None:
    months = [dt.date(2024, m, 1) for m in range(1, 13)]
    hopeless = dataclasses.replace(
        data,
        measured=[(m, Fraction(9, 10), 100) for m in months[:11]],
        projected=[(months[11], Fraction(9, 10), 100)],
    )
    steps, possible = milestones(hopeless)
    assert not possible
    assert [m.target for m in steps] == [0.0]
    report = recovery_report(hopeless, computed_at=COMPUTED_AT)
    notices = [b for s in report.sections for b in s.blocks if type(b).__name__ == "Notice"]
    assert [n.title for n in notices] == ["Målet kan ikke nås i år."]


def test_pdf_pages_are_kept(data: RecoveryData, tmp_path: Path) -> None:
    from pypdf import PdfReader

    path = write_report(recovery_report(data, computed_at=COMPUTED_AT), tmp_path / "plan.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(path).pages)
    for question in QUESTIONS:
        assert question.split(". ", 1)[1][:40] in text.replace("\n", " ")
    assert len(keep_pages(path, "recovery-plan")) >= 3


def test_another_municipalitys_plan_is_refused(demo_ws: Workspace) -> None:
    viewer = Actor("dragoer", Role.partner_viewer, frozenset({"155"}))
    with pytest.raises(AccessDenied):
        recovery(viewer, demo_ws, 2024, AS_OF, municipality="185")


def test_the_offer_plan_shows_the_basis_year_under_every_reading(
    demo_ws: Workspace, data: RecoveryData, tmp_path: Path
) -> None:
    import docx

    from tilsyn.measures.focus import focus_measures

    path = write_report(recovery_report(data, computed_at=COMPUTED_AT), tmp_path / "plan.docx")
    document = docx.Document(str(path))
    table = next(t for t in document.tables if t.rows[0].cells[1].text == "Tilbud der tæller")
    got = [(r.cells[0].text, r.cells[1].text, r.cells[2].text) for r in table.rows[1:]]
    with demo_ws.open() as snap:
        (basis,) = [
            r
            for r in focus_measures(snap.con, year=2023, municipality="185")
            if r.measure == "offers"
        ]
    reading = {
        "overlap": "tilbud der overlapper de 12 måneder",
        "started": "tilbud påbegyndt i de 12 måneder",
    }
    assert got == [
        (f"{int(v.hours or 0)} timer", reading[str(v.reading)], danish.percent(v.year_average))
        for v in basis.variants
    ]
    assert got[0][2] == danish.percent(data.basis_value)  # the standard reading is the one used
