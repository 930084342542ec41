"""From 1 January 2027 every page says that the rules' continuation is not confirmed and that
the 2026 rules are applied meanwhile; the day before, no page says so. The test walks every URL
name the project routes: a new page must be added to ``PAGES`` (and then shows the notice from
the base template) or to ``NOT_PAGES`` with the reason, else the test fails."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from pytest_django.fixtures import Settings as SettingsWrapper

from tilsyn.store.supervision.models import Review
from web.personas import Personas, citizen_in

pytestmark = pytest.mark.django_db

BEFORE, FIRST, SECOND = dt.date(2026, 12, 31), dt.date(2027, 1, 1), dt.date(2027, 1, 2)
NOTICE_TITLE = "Forbehold om lovgrundlaget:"
NOTICE_OPENING = (
    "UBEKRÆFTET GRUNDLAG: Fra 1. januar 2027 afløses lov om en aktiv beskæftigelsesindsats"
)

# url name → persona who may open it (arguments are filled in by the test)
PAGES = {
    "dashboards:overview": "manager_185",
    "worklists:worklist": "caseworker_185",
    "citizens:citizen": "caseworker_185",
    "measures:focus": "manager_185",
    "measures:forecast": "manager_185",
    "economy:overview": "manager_185",
    "data:snapshots": "admin",
    "audit:log": "auditor_185",
    "reports:index": "manager_185",
    "reviews:queue": "coordinator_185",
    "reviews:statistics": "coordinator_185",
    "reviews:campaigns": "coordinator_185",
    "reviews:corrections": "coordinator_185",
    "reviews:review": "coordinator_185",
}
NOT_PAGES = {
    "accounts:login": "before login: no figures, no as-of date",
    "accounts:logout": "POST only",
    "audit:csv": "a CSV download of the access log (no rule results)",
    "citizens:cpr": "POST only, answers with the CPR number",
    "data:upload": "POST only",
    "economy:budget": "POST only",
    "worklists:csv": "a CSV download",
    "reviews:draw": "POST only",
    "reviews:act": "POST only",
    # The report downloads carry the notice in the report model (tests/reports).
    "reports:monthly": "report download",
    "reports:recovery": "report download",
    "reports:auditor": "report download",
    "reports:committee": "report download",
    "reports:statement": "report download",
}


def _names(patterns: list[URLPattern | URLResolver], prefix: str = "") -> set[str]:
    names: set[str] = set()
    for p in patterns:
        if isinstance(p, URLResolver):
            space = f"{prefix}{p.namespace}:" if p.namespace else prefix
            names |= _names(p.url_patterns, space)
        elif p.name:
            names.add(prefix + p.name)
    return names


def test_every_routed_name_is_a_page_checked_for_the_notice_or_says_why_not() -> None:
    routed = _names(get_resolver().url_patterns) - {
        "oidc_authentication_init",
        "oidc_authentication_callback",
    }
    assert routed == set(PAGES) | set(NOT_PAGES), (
        f"nye: {sorted(routed - set(PAGES) - set(NOT_PAGES))}, "
        f"forsvundne: {sorted(set(PAGES) | set(NOT_PAGES) - routed)}"
    )


def _urls(personas: Personas) -> dict[str, str]:
    client = personas.client("coordinator_185")
    response = client.post(
        "/ledelsestilsyn/udtraek",
        {
            "area": "kontanthjaelp",
            "method": "random",
            "size": "2",
            "seed": "7",
            "municipality": "185",
            "name": "Test",
        },
    )
    assert response.status_code == 302
    review = Review.objects.order_by("id").first()
    assert review is not None
    args = {
        "citizens:citizen": {"person_id": citizen_in(personas.workspace, "185")},
        "measures:forecast": {"municipality": "185", "measure": "interviews"},
        "reviews:review": {"review_id": review.pk},
    }
    from django.urls import reverse

    return {name: reverse(name, kwargs=args.get(name)) for name in PAGES}


@pytest.mark.parametrize(("day", "shown"), [(BEFORE, False), (FIRST, True), (SECOND, True)])
def test_every_page_says_when_the_rules_continuation_is_unconfirmed(
    personas: Personas, settings: SettingsWrapper, day: dt.date, shown: bool
) -> None:
    urls = _urls(personas)
    settings.TILSYN_WEB_AS_OF = day
    wrong = []
    for name, url in urls.items():
        response = personas.client(PAGES[name]).get(url)
        assert response.status_code == 200, (name, url, response.status_code)
        html = response.content.decode()
        has = NOTICE_TITLE in html and NOTICE_OPENING in html
        if has != shown:
            wrong.append(name)
        if shown:
            # It names the rules (by their Danish names) and says the 2026 rules apply.
            assert "Første jobsamtale inden for 1 uge" in html, name
            assert "anvender tilsyn reglerne fra 2026" in html, name
    assert not wrong, f"{day}: {'mangler' if shown else 'viser'} forbehold på {wrong}"


@pytest.mark.parametrize(("day", "shown"), [(BEFORE, False), (FIRST, True), (SECOND, True)])
def test_the_worklist_file_carries_the_notice_on_every_row(
    personas: Personas, settings: SettingsWrapper, day: dt.date, shown: bool
) -> None:
    import csv
    import io

    settings.TILSYN_WEB_AS_OF = day
    response = personas.client("coordinator_185").get("/arbejdsliste/csv")
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows
    notices = {r["forbehold"] for r in rows}
    if shown:
        assert len(notices) == 1
        assert next(iter(notices)).startswith(NOTICE_OPENING)
    else:
        assert notices == {""}
