"""A caseworker and a partner municipality in a real browser (Debian's Chromium through
Playwright). Screenshots are kept in artifacts/screenshots/ for people to look at."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tilsyn.data.workspace import Workspace
from web.personas import PASSWORD, Personas, citizen_in, log_rows, make_personas

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
def browser_page(live_server: Any) -> Iterator[Any]:
    _ensure_chromium()
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls the test makes
    # before and after are plain synchronous ones.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="da-DK")
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.errors = errors  # type: ignore[attr-defined]
        try:
            yield page
        finally:
            browser.close()
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


def _log_in(page: Any, base: str, user: str) -> None:
    page.goto(f"{base}/login/")
    page.fill("#id_username", user)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/")


def test_a_caseworker_follows_an_overdue_citizen_to_the_legal_reference(
    browser_page: Any, live_server: Any, snapshot_workspace: Workspace
) -> None:
    personas = make_personas(snapshot_workspace)
    base, page = live_server.url, browser_page
    _log_in(page, base, "coordinator_185")
    page.wait_for_selector("[data-chart] svg", timeout=20_000)
    # The axes speak Danish like the tables: "35 %", not "35%".
    ticks = page.locator("[data-chart] svg .role-axis-label text").all_text_contents()
    shares = [t for t in ticks if t.endswith("%")]
    assert shares
    assert all(t.endswith("\u00a0%") for t in shares), shares
    page.screenshot(path=str(SCREENSHOTS / "1-overblik.png"), full_page=True)

    page.click("nav >> text=Arbejdsliste")
    page.wait_for_selector("tr.overdue")
    page.screenshot(path=str(SCREENSHOTS / "2-arbejdsliste.png"), full_page=True)

    page.select_option("select[name=status]", "overdue")
    # htmx swaps the table in; the open deadlines leave it.
    page.locator("#worklist-table tr.open").first.wait_for(state="detached")
    first = page.locator("tr.overdue a").first
    person = first.inner_text()
    first.click()
    page.wait_for_url(f"{base}/borger/{person}/")
    overdue = page.locator("section.obligation.overdue").first
    assert "overskredet" in overdue.inner_text()
    assert "Retsgrundlag" in overdue.inner_text()
    assert overdue.locator("dd.reference").inner_text().strip() not in {"", "–"}
    page.screenshot(path=str(SCREENSHOTS / "3-borger.png"), full_page=True)

    assert page.errors == []  # type: ignore[attr-defined]
    assert {
        e.action for e in log_rows(personas.workspace, user="coordinator_185", person=person)
    } >= {
        "explain",
        "timeline",
    }


def test_the_partner_municipality_cannot_open_a_tarnby_citizen(
    browser_page: Any, live_server: Any, snapshot_workspace: Workspace
) -> None:
    personas: Personas = make_personas(snapshot_workspace)
    tarnby_citizen = citizen_in(snapshot_workspace, "185")
    base, page = live_server.url, browser_page
    _log_in(page, base, "partner_viewer_155")
    response = page.goto(f"{base}/borger/{tarnby_citizen}/")
    assert response is not None
    assert response.status == 403
    page.screenshot(path=str(SCREENSHOTS / "4-dragoer-afvist.png"), full_page=True)
    assert log_rows(personas.workspace, user="partner_viewer_155", person=tarnby_citizen) == []
