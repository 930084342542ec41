"""One whole review in a real browser (Debian's Chromium through Playwright): draw a sample,
review with the engine's pre-filled answers, a second reviewer disagrees, the disagreement is
resolved, feedback is sent, the follow-up is closed. Screenshots are kept in
artifacts/screenshots/ for people to look at."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tilsyn.data.workspace import Workspace
from tilsyn.store.supervision.models import Review
from web.personas import PASSWORD, make_personas

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


def _ensure_chromium() -> None:
    if CHROMIUM.exists():
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=True)
        return
    if os.environ.get("CI") == "true":
        pytest.fail("Chromium is missing and cannot be installed")
    pytest.skip("Chromium is missing (apt-get install chromium)")


@pytest.fixture
def browser(live_server: Any) -> Iterator[Any]:
    _ensure_chromium()
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls are
    # plain synchronous ones.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


def _page(browser: Any, base: str, user: str) -> Any:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="da-DK")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    # Failed requests of these pages' own resources (the review pages and their stylesheet).
    page.on(
        "response",
        lambda r: (
            errors.append(f"{r.status} {r.url}")
            if r.status >= 400 and ("/ledelsestilsyn/" in r.url or "/static/reviews/" in r.url)
            else None
        ),
    )
    page.errors = errors
    page.goto(f"{base}/login/")
    page.fill("#id_username", user)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/")
    return page


def _shot(page: Any, name: str) -> None:
    page.screenshot(path=str(SCREENSHOTS / f"review-{name}.png"), full_page=True)


def test_one_whole_review_in_the_browser(
    browser: Any, live_server: Any, snapshot_workspace: Workspace
) -> None:
    make_personas(snapshot_workspace)
    base = live_server.url
    anna = _page(browser, base, "coordinator_185")

    # Draw: a random sample of three kontanthjælp cases in Tårnby.
    anna.click("nav >> text=Ledelsestilsyn")
    anna.fill("input[name=name]", "Kontanthjælp november")
    anna.select_option("select[name=area]", "kontanthjaelp")
    anna.fill("input[name=size]", "3")
    anna.select_option("select[name=municipality]", "185")
    anna.click("button:has-text('Udtræk')")
    anna.wait_for_selector("text=Stikprøven «Kontanthjælp november» er udtrukket", timeout=180_000)
    _shot(anna, "1-koe")

    # Review with the engine's pre-filled answers.
    anna.click("table >> tbody >> tr >> nth=0 >> a")
    anna.click("button:has-text('Start gennemgang')")
    anna.wait_for_selector("text=motorens svar er udfyldt", timeout=180_000)
    assert anna.locator(".engine").count() > 0
    _shot(anna, "2-motorens-forslag")
    for fieldset in anna.locator("fieldset.question").all():
        radios = fieldset.locator("input[type=radio]")
        if radios.count() and not fieldset.locator("input[type=radio]:checked").count():
            fieldset.locator("input[value=ja]").check()
        select = fieldset.locator("select")
        if select.count():
            select.select_option(index=1)
        date = fieldset.locator("input[type=date]")
        if date.count():
            date.fill("2026-10-15")
    anna.check("input[name=q_plan_job_goal][value=nej]")
    anna.fill("textarea[name=c_plan_job_goal]", "Min Plan har intet beskæftigelsesmål")
    anna.click("button:has-text('Gem og send til anden gennemgang')")
    anna.wait_for_selector("text=Sagen er sendt til anden gennemgang")
    review_url = anna.url

    # Four eyes: the manager disagrees on one answer.
    bo = _page(browser, base, "manager_185")
    bo.goto(review_url)
    bo.wait_for_selector("text=Anden gennemgang (fire øjne)")
    bo.check("input[name=q_plan_job_goal][value=ja]")
    _shot(bo, "3-anden-gennemgang")
    bo.click("button:has-text('Gem anden gennemgang')")
    bo.wait_for_selector("text=1 uenighed(er) skal afklares")

    # The disagreement is resolved explicitly, then feedback is written and sent.
    anna.goto(review_url)
    anna.wait_for_selector("text=Uenigheder, der skal afklares")
    _shot(anna, "4-uenighed")
    anna.select_option("select[name=final_value]", "nej")
    anna.fill("textarea[name=reason]", "Planen indeholder kun et uddannelsesønske")
    anna.click("button:has-text('Afklar')")
    anna.wait_for_selector("text=Skriftlig tilbagemelding til sagsbehandleren")
    feedback = anna.locator("textarea[name=text]")
    assert "Svar: Nej" in feedback.input_value()
    feedback.fill(feedback.input_value() + "\nRing, hvis du vil drøfte sagen.")
    _shot(anna, "5-tilbagemelding")
    anna.click("button:has-text('Send tilbagemelding')")
    anna.wait_for_selector("text=Tilbagemeldingen er sendt")

    # Follow-up closed, then the review.
    while anna.locator("button:has-text('Afslut opgave')").count():
        anna.locator("button:has-text('Afslut opgave')").first.click()
        anna.wait_for_selector("text=Opgaven er afsluttet")
    anna.click("button:has-text('Afslut gennemgang')")
    anna.wait_for_selector("text=Gennemgangen er afsluttet")
    _shot(anna, "6-afsluttet")

    review = Review.objects.get(pk=int(review_url.rstrip("/").rsplit("/", 1)[-1]))
    assert review.status == "closed"
    assert review.first_reviewer == "coordinator_185"
    assert review.second_reviewer == "manager_185"
    assert review.feedback.text.endswith("Ring, hvis du vil drøfte sagen.")

    anna.goto(f"{base}/ledelsestilsyn/statistik")
    anna.wait_for_selector("text=Fejlrate")
    _shot(anna, "7-statistik")
    assert anna.errors == []
    assert bo.errors == []
