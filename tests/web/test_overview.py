from __future__ import annotations

import json

import pytest

from web.personas import Personas, log_rows

pytestmark = pytest.mark.django_db


def test_it_shows_counts_charts_and_timeliness_for_the_actors_municipality(
    personas: Personas,
) -> None:
    response = personas.client("manager_185").get("/")
    assert response.status_code == 200
    figures = response.context["figures"]
    assert [c.municipality for c in figures.counts] == ["185"]
    page = response.content.decode()
    assert "Overblik" in page
    assert "Fokusmål" in page
    assert "Rettidighed" in page
    assert 'data-chart="chart-185-interviews"' in page
    spec = json.loads(
        page.split('id="chart-185-interviews" type="application/json">')[1].split("</script>")[0]
    )
    assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/")


def test_the_offer_chart_names_the_other_readings_of_the_measure(personas: Personas) -> None:
    response = personas.client("manager_185").get("/")
    (offers,) = [y for y in response.context["figures"].focus_years if y.measure == "offers"]
    page = " ".join(response.content.decode().split())
    shares = "; ".join(
        f"{v.hours:g} t, {'overlapper' if v.reading == 'overlap' else 'påbegyndt'}: "
        + (
            f"{v.year_average * 100:.1f}".replace(".", ",") + " %"
            if v.year_average is not None
            else "–"
        )
        for v in offers.others
    )
    assert f"Andre læsninger (100 t, overlapper ovenfor): {shares}" in page


def test_the_partner_sees_only_its_own_aggregates(personas: Personas) -> None:
    response = personas.client("partner_viewer_155").get("/")
    assert [c.municipality for c in response.context["figures"].counts] == ["155"]
    assert "185 Tårnby" not in response.content.decode().split("<main>")[1]


def test_aggregates_are_not_logged_as_reads_of_citizens(personas: Personas) -> None:
    personas.client("manager_185").get("/")
    assert log_rows(personas.workspace, user="manager_185") == []


def test_every_page_shows_the_date_and_snapshot(personas: Personas) -> None:
    page = personas.client("manager_185").get("/").content.decode()
    assert "Tal opgjort pr." in page
    assert "16. november 2026" in page
    assert personas.workspace.require_current() in page


def test_the_content_security_policy_allows_no_inline_script(personas: Personas) -> None:
    response = personas.client("manager_185").get("/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "<script>" not in response.content.decode()


def test_navigation_follows_the_role(personas: Personas) -> None:
    caseworker = personas.client("caseworker_185").get("/").content.decode()
    assert "Adgangslog" not in caseworker
    assert "Arbejdsliste" in caseworker
    auditor = personas.client("auditor_185").get("/").content.decode()
    assert "Adgangslog" in auditor


def test_the_focus_chart_is_valid_vega_lite() -> None:
    import datetime as dt

    from tilsyn.app.overview_figures import FocusMonth
    from tilsyn.web.charts import focus_chart

    months = [
        FocusMonth("185", "interviews", dt.date(2026, m, 1), (20 + m) / 100, 100, 20 + m, True)
        for m in range(1, 4)
    ]
    spec = focus_chart(months, 0.2, "185 Tårnby", validate=True)
    assert spec["layer"][1]["mark"]["type"] == "rule"
    assert [row["andel"] for row in spec["layer"][0]["data"]["values"]] == [0.21, 0.22, 0.23]


def test_the_overview_shows_what_the_supervision_letters_demand_and_by_when(
    personas: Personas,
) -> None:
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
        demands=[("Redegørelse og genopretningsplan", dt.date(2026, 11, 17), "recovery-plan")],
        now=dt.datetime(2026, 9, 2, tzinfo=dt.UTC),
    )
    page = personas.client("manager_185").get("/").content.decode()
    assert "Tilsynsbreve: hvad skal leveres hvornår" in page
    assert "Redegørelse og genopretningsplan" in page
    assert "om 1 dage" in page  # frozen on 16 November 2026, due the 17th
    other = personas.client("manager_155").get("/").content.decode()
    assert "Redegørelse og genopretningsplan" not in other
    assert "Intet udestående." in other
