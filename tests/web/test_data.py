from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from web.personas import Personas, log_rows

pytestmark = pytest.mark.django_db


def _zip(files: dict[str, str]) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, text in files.items():
            zf.writestr(name, text)
    return SimpleUploadedFile("sagsdata.zip", buffer.getvalue(), content_type="application/zip")


def test_the_admin_sees_the_snapshots_with_the_current_marked(personas: Personas) -> None:
    response = personas.client("admin").get("/data/")
    assert response.status_code == 200
    assert [s.is_current for s in response.context["snapshots"]] == [True]


def test_a_bad_upload_shows_every_problem_with_row_and_column_and_changes_nothing(
    personas: Personas,
) -> None:
    before = personas.workspace.require_current()
    upload = _zip(
        {
            "persons.csv": "person_id,municipality\nA1,185\nA2,18x\n",
            "benefit_periods.csv": "person_id,benefit,start_date,end_date\nA1,kontanthjaelp,2024-13-01,\n",
            "conversations.csv": "person_id,date,kind,form,held_by,status\n",
        }
    )
    response = personas.client("admin").post("/data/import", {"archive": upload})
    assert response.status_code == 400
    problems = response.context["problems"]
    where = {(p.file, p.row, p.column) for p in problems}
    assert ("persons.csv", 3, "municipality") in where
    assert any(p.file == "benefit_periods.csv" and p.column == "start_date" for p in problems)
    assert "Importen blev afvist" in response.content.decode()
    assert personas.workspace.require_current() == before


def test_a_file_that_is_not_a_zip_is_refused_with_its_name(personas: Personas) -> None:
    upload = SimpleUploadedFile("sagsdata.zip", b"not a zip", content_type="application/zip")
    response = personas.client("admin").post("/data/import", {"archive": upload})
    assert response.status_code == 400
    assert "sagsdata.zip" in response.content.decode()


@pytest.mark.parametrize(
    "persona", ["caseworker_185", "manager_185", "auditor_185", "partner_viewer_155"]
)
def test_only_admins_see_snapshots_and_import(personas: Personas, persona: str) -> None:
    client = personas.client(persona)
    assert client.get("/data/").status_code == 403
    assert client.post("/data/import", {"archive": _zip({"persons.csv": ""})}).status_code == 403
    assert log_rows(personas.workspace, user=persona) == []
