"""The management-supervision pages: who may see them, a whole review through the forms,
four eyes, the concurrent-save conflict, scoping to the job centre's municipalities, the
access log, statistics and the correction list exports."""

from __future__ import annotations

import io
import re

import pytest
from django.test import Client

from tilsyn.store.supervision.models import Answer, Review
from tilsyn.web.accounts.models import Municipality, Organisation, Profile
from web.personas import Personas, log_rows

pytestmark = pytest.mark.django_db


def _draw(client: Client, **fields: str) -> None:
    data = {
        "area": "kontanthjaelp",
        "method": "random",
        "size": "3",
        "seed": "7",
        "municipality": "185",
        "name": "Test",
    }
    data.update(fields)
    response = client.post("/ledelsestilsyn/udtraek", data)
    assert response.status_code == 302


def _review(personas: Personas) -> Review:
    _draw(personas.client("coordinator_185"))
    review = Review.objects.order_by("id").first()
    assert review is not None
    return review


def _answers(review: Review, **overrides: str) -> dict[str, str]:
    data = {"version": str(review.version)}
    engine = {a.question_id: a.engine_value for a in review.answers.all()}
    for q in review.checklist["questions"]:
        if q["answer"] == "text":
            continue
        value = (
            overrides.get(q["id"])
            or engine.get(q["id"])
            or (
                q["choices"][0]
                if q["choices"]
                else ("2026-10-01" if q["answer"] == "date" else "ja")
            )
        )
        data[f"q_{q['id']}"] = value
        if engine.get(q["id"]) and value != engine[q["id"]]:
            data[f"o_{q['id']}"] = "Journalnotatet viser andet"
    return data


WHO_MAY_READ = {
    "caseworker_185": 403,
    "coordinator_185": 200,
    "manager_185": 200,
    "auditor_185": 200,
    "partner_viewer_155": 200,
    "admin": 200,
}


def test_who_may_open_the_supervision_pages_and_who_may_draw(personas: Personas) -> None:
    # One test for every persona: building the personas is the expensive part.
    for persona, status in WHO_MAY_READ.items():
        client = personas.client(persona)
        for url in (
            "/ledelsestilsyn/",
            "/ledelsestilsyn/statistik",
            "/ledelsestilsyn/kampagner",
            "/ledelsestilsyn/berigtigelser",
        ):
            assert client.get(url).status_code == status, (persona, url)
    for persona in ("auditor_185", "partner_viewer_155", "caseworker_185"):
        response = personas.client(persona).post(
            "/ledelsestilsyn/udtraek", {"area": "kontanthjaelp"}
        )
        assert response.status_code == 403, persona


def test_a_drawn_sample_is_listed_with_why_each_case_was_drawn(personas: Personas) -> None:
    client = personas.client("coordinator_185")
    _draw(client)
    page = client.get("/ledelsestilsyn/").content.decode()
    assert page.count("tilfældigt udtrukket (3 af") == 3
    assert "Udtrukket" in page
    drawn = {r.person_id for r in Review.objects.all()}
    logged = {
        e.person_id
        for e in log_rows(personas.workspace, user="coordinator_185")
        if e.action == "supervision_sample"
    }
    assert drawn <= logged


def test_one_whole_review_through_the_forms(personas: Personas) -> None:
    anna, bo = personas.client("coordinator_185"), personas.client("manager_185")
    review = _review(personas)
    url = f"/ledelsestilsyn/{review.pk}/"
    anna.post(url + "start", {"version": review.version})
    review.refresh_from_db()
    assert review.status == "in_review"
    page = anna.get(url).content.decode()
    assert "Motorens forslag" in page
    assert "Borgerens tidslinje" in page

    anna.post(url + "submit", _answers(review, plan_job_goal="nej"))
    review.refresh_from_db()
    assert review.status == "second_review"

    # The first reviewer cannot be the second.
    response = anna.post(url + "second", _answers(review, plan_job_goal="nej"), follow=True)
    assert "en anden end den første" in response.content.decode()

    bo.post(url + "second", _answers(review, plan_job_goal="ja"))
    review.refresh_from_db()
    assert review.second_review_done
    page = anna.get(url).content.decode()
    assert "Uenigheder, der skal afklares" in page
    assert "Skriftlig tilbagemelding" not in page

    anna.post(
        url + "resolve",
        {
            "version": review.version,
            "question": "plan_job_goal",
            "final_value": "nej",
            "reason": "Planen har intet beskæftigelsesmål",
        },
    )
    review.refresh_from_db()
    page = anna.get(url).content.decode()
    assert "Skriftlig tilbagemelding" in page
    generated = re.search(r'name="generated" value="([^"]*)"', page, re.S)
    assert generated is not None
    from html import unescape

    text = unescape(generated.group(1))
    assert "Indeholder Min Plan et beskæftigelses- eller uddannelsesmål? Svar: Nej" in text
    anna.post(
        url + "feedback",
        {
            "version": review.version,
            "generated": text,
            "text": text + "\nHilsen Anna",
            "respond_by": "2026-11-30",
        },
    )
    review.refresh_from_db()
    assert review.status == "feedback_sent"
    assert review.feedback.text.endswith("Hilsen Anna")
    tasks = list(review.tasks.all())
    assert tasks
    for t in tasks:
        anna.post(url + "task", {"version": review.version, "task": t.pk})
    anna.post(url + "close", {"version": review.version})
    review.refresh_from_db()
    assert review.status == "closed"
    page = anna.get(url).content.decode()
    assert "Afslut gennemgang" not in page


def test_a_save_on_a_stale_version_is_refused_and_keeps_the_other_work(personas: Personas) -> None:
    anna = personas.client("coordinator_185")
    review = _review(personas)
    url = f"/ledelsestilsyn/{review.pk}/"
    anna.post(url + "start", {"version": review.version})
    review.refresh_from_db()
    opened_at = review.version
    anna.post(url + "save", {"version": opened_at, "q_plan_job_goal": "nej"})
    response = anna.post(url + "save", {"version": opened_at, "q_plan_job_goal": "ja"})
    assert response.status_code == 409
    assert "Ikke gemt." in response.content.decode()
    assert "Genindlæs siden" in response.content.decode()
    assert Answer.objects.get(review=review, question_id="plan_job_goal").value == "nej"


def test_a_coordinator_of_another_job_centre_never_sees_the_reviews(personas: Personas) -> None:
    from django.contrib.auth.models import User

    review = _review(personas)
    other = User.objects.create_user("koordinator_kbh", password="x" * 20)
    profile = Profile.objects.create(
        user=other,
        role="coordinator",
        organisation=Organisation.objects.create(name="Jobcenter København", kind="jobcentre"),
    )
    profile.municipalities.set([Municipality.objects.create(code="101", name="København")])
    client = Client()
    client.force_login(other)
    assert review.person_id not in client.get("/ledelsestilsyn/").content.decode()
    assert client.get(f"/ledelsestilsyn/{review.pk}/").status_code == 404
    assert client.post(f"/ledelsestilsyn/{review.pk}/start", {"version": 1}).status_code == 404
    assert personas.client("manager_155").get(f"/ledelsestilsyn/{review.pk}/").status_code == 404
    assert log_rows(personas.workspace, user="koordinator_kbh") == []


def test_opening_a_review_is_logged_for_supervision(personas: Personas) -> None:
    review = _review(personas)
    personas.client("auditor_185").get(f"/ledelsestilsyn/{review.pk}/")
    rows = log_rows(personas.workspace, user="auditor_185", person=review.person_id)
    assert {e.action for e in rows} == {"review", "timeline"}
    assert {e.purpose for e in rows} == {"supervision"}


def test_statistics_page_and_correction_exports(personas: Personas) -> None:
    from openpyxl import load_workbook

    client = personas.client("coordinator_185")
    page = client.get(
        "/ledelsestilsyn/statistik?by=organisation&method=clopper_pearson"
    ).content.decode()
    assert "Fejlrate" in page
    assert "Clopper–Pearson" in page
    csv = client.get("/ledelsestilsyn/berigtigelser?format=csv")
    assert csv["Content-Type"].startswith("text/csv")
    assert csv.content.decode().splitlines()[0].startswith("Borger (pseudonym);Ydelse;Art")
    xlsx = client.get("/ledelsestilsyn/berigtigelser?format=xlsx")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet is not None
    assert sheet.cell(1, 10).value == "Tilbagebetales (kr.)"
