from __future__ import annotations

import csv
import inspect
import io

import pytest

from tilsyn.data import access_log
from web.personas import Personas, citizen_in, log_rows

pytestmark = pytest.mark.django_db


def test_the_auditor_finds_who_looked_at_a_citizen(personas: Personas) -> None:
    person = citizen_in(personas.workspace, "185")
    personas.client("caseworker_185").get(f"/borger/{person}/")
    response = personas.client("auditor_185").get(
        f"/adgangslog/?person={person}&user=caseworker_185"
    )
    assert response.status_code == 200
    entries = response.context["entries"]
    assert {e.action for e in entries} == {"explain", "timeline"}
    assert {e.actor for e in entries} == {"caseworker_185"}


def test_the_csv_export_has_the_entries_and_no_cpr(personas: Personas) -> None:
    person = citizen_in(personas.workspace, "185")
    client = personas.client("caseworker_185")
    client.get(f"/borger/{person}/")
    cpr = client.post(f"/borger/{person}/cpr").content.decode()
    response = personas.client("admin").get(f"/adgangslog/csv?person={person}")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert {r["handling"] for r in rows} >= {"explain", "timeline", "cpr_lookup"}
    digits = "".join(c for c in cpr if c.isdigit())
    assert digits not in response.content.decode("utf-8-sig")


def test_an_auditor_of_one_municipality_sees_only_entries_about_its_citizens(
    personas: Personas,
) -> None:
    tarnby, dragoer = citizen_in(personas.workspace, "185"), citizen_in(personas.workspace, "155")
    personas.client("admin").get(f"/borger/{tarnby}/")
    personas.client("admin").get(f"/borger/{dragoer}/")
    entries = personas.client("auditor_155").get("/adgangslog/?user=admin").context["entries"]
    assert {e.person_id for e in entries} == {dragoer}


@pytest.mark.parametrize(
    "persona", ["caseworker_185", "coordinator_185", "manager_185", "partner_viewer_155"]
)
def test_other_roles_are_refused(personas: Personas, persona: str) -> None:
    client = personas.client(persona)
    assert client.get("/adgangslog/").status_code == 403
    assert client.get("/adgangslog/csv").status_code == 403
    assert log_rows(personas.workspace, user=persona) == []


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_log_has_no_write_path_in_the_web(personas: Personas, method: str) -> None:
    client = personas.client("admin")
    for url in ("/adgangslog/", "/adgangslog/csv"):
        assert getattr(client, method)(url).status_code == 405


def test_the_log_module_has_no_update_or_delete() -> None:
    source = inspect.getsource(access_log).upper()
    assert "INSERT INTO ACCESS_LOG" in source
    assert "UPDATE ACCESS_LOG" not in source
    assert "DELETE FROM" not in source
    public = {n for n, v in vars(access_log).items() if callable(v) and not n.startswith("_")}
    assert not {n for n in public if any(w in n for w in ("delete", "update", "remove", "purge"))}
