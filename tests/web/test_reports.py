"""Report downloads in the web app: allowed roles get the file (opened with a reader and
scoped to their municipality), other roles get 403, and every download is logged."""

from __future__ import annotations

import io

import pytest

from web.personas import Personas

pytestmark = pytest.mark.django_db


def _downloads(user: str) -> list:
    from tilsyn.web.reports.models import Download

    return list(Download.objects.filter(user=user))


def test_the_partner_downloads_its_own_monthly_report_and_the_download_is_logged(
    personas: Personas,
) -> None:
    from pypdf import PdfReader

    client = personas.client("partner_viewer_155")
    response = client.get("/rapporter/maanedsopgoerelse.pdf?month=2026-10")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "maanedsopgoerelse-2026-10-155.pdf" in response["Content-Disposition"]
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert "Oktober 2026 · Dragør Kommune" in text
    [download] = _downloads("partner_viewer_155")
    assert (download.report, download.file_format, download.size) == (
        "monthly",
        "pdf",
        len(response.content),
    )
    assert download.parameters == {"month": "2026-10", "municipality": None}


def test_the_partner_cannot_ask_for_tarnbys_report(personas: Personas) -> None:
    client = personas.client("partner_viewer_155")
    response = client.get("/rapporter/maanedsopgoerelse.pdf?month=2026-10&municipality=185")
    assert response.status_code == 403
    assert _downloads("partner_viewer_155") == []


@pytest.mark.parametrize(
    ("persona", "url", "status"),
    [
        ("caseworker_185", "/rapporter/maanedsopgoerelse.pdf?month=2026-10", 403),
        ("partner_viewer_155", "/rapporter/revisionsudtraek.xlsx", 403),
        ("partner_viewer_155", "/rapporter/genopretningsplan.docx?year=2026", 403),
        ("auditor_185", "/rapporter/revisionsudtraek.xlsx", 200),
        ("manager_185", "/rapporter/genopretningsplan.xlsx?year=2026", 404),
    ],
)
def test_roles_and_formats(personas: Personas, persona: str, url: str, status: int) -> None:
    response = personas.client(persona).get(url)
    assert response.status_code == status
    assert len(_downloads(persona)) == (1 if status == 200 else 0)


def test_the_recovery_plan_download_is_a_word_document(personas: Personas) -> None:
    import docx

    response = personas.client("manager_185").get(
        "/rapporter/genopretningsplan.docx?year=2026&measure=offers"
    )
    document = docx.Document(io.BytesIO(response.content))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert "1. For hvilke ydelsesgrupper er der ikke givet tilstrækkeligt med tilbud?" in headings
    [download] = _downloads("manager_185")
    assert download.parameters == {"year": 2026, "municipality": "185", "measure": "offers"}


def test_the_reports_page_lists_what_is_owed(personas: Personas) -> None:
    import datetime as dt

    from tilsyn.app import Actor, Role
    from tilsyn.app.letters import add_letter

    add_letter(
        Actor("leder", Role.manager, frozenset({"185"})),
        personas.workspace,
        kind="skaerpet_tilsyn",
        sender="Styrelsen for Arbejdsmarked og Rekruttering",
        municipality="185",
        date=dt.date(2026, 9, 1),
        area="beskæftigelse",
        title="Udtagelse til skærpet tilsyn",
        demands=[("Redegørelse og genopretningsplan", dt.date(2026, 11, 13), "recovery-plan")],
        now=dt.datetime(2026, 9, 2, tzinfo=dt.UTC),
    )
    page = personas.client("manager_185").get("/rapporter/").content.decode()
    assert "Redegørelse og genopretningsplan" in page
    assert "3 dage over fristen" in page  # frozen on 16 November 2026
    other = personas.client("manager_155").get("/rapporter/").content.decode()
    assert "Udtagelse til skærpet tilsyn" not in other
    assert "Intet udestående." in other


def test_a_manager_uploads_a_budget_and_gets_the_committee_report(personas: Personas) -> None:
    from pathlib import Path

    from django.core.files.uploadedfile import SimpleUploadedFile

    budget = Path(__file__).parents[1] / "reports" / "fixtures" / "committee_budget.csv"
    client = personas.client("manager_185")
    response = client.post(
        "/rapporter/udvalgsrapport.docx",
        {"budget": SimpleUploadedFile("budget.csv", budget.read_bytes())},
    )
    assert response.status_code == 200, response.content[:300]
    import docx

    document = docx.Document(io.BytesIO(response.content))
    assert document.tables[0].rows[0].cells[1].text == "Oprindeligt budget 2026"
    [download] = _downloads("manager_185")
    assert download.report == "committee"
    bad = client.post(
        "/rapporter/udvalgsrapport.pdf",
        {"budget": SimpleUploadedFile("budget.csv", b"area;original_budget\nx;1\n")},
    )
    assert bad.status_code == 400
    assert "budget.csv" in bad.content.decode()
    assert (
        personas.client("partner_viewer_155")
        .post(
            "/rapporter/udvalgsrapport.pdf",
            {"budget": SimpleUploadedFile("budget.csv", budget.read_bytes())},
        )
        .status_code
        == 403
    )
