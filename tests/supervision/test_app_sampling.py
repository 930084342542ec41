"""Drawing samples through the application layer and the command line: scoping, access log,
reproducibility on one snapshot, and the CLI's JSON."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tilsyn.app import AccessDenied, Actor, Role
from tilsyn.app.supervision import draw_sample
from tilsyn.cli import app
from tilsyn.data.access_log import read_log
from tilsyn.data.workspace import Workspace
from tilsyn.supervision.sampling import SamplePlan

AS_OF = dt.date(2026, 11, 2)
TAARNBY = Actor("koord.taarnby", Role.coordinator, frozenset({"185"}))
PLAN = SamplePlan(name="November", method="stratified", seed=11, size=15, strata=["team"])


def test_a_sample_holds_only_the_actors_municipality(generated_ws: Workspace) -> None:
    sample = draw_sample(TAARNBY, generated_ws, PLAN, AS_OF)
    assert sample.size == 15
    assert {c.municipality for c in sample.cases} == {"185"}
    assert sample.snapshot_id == generated_ws.current_id()


def test_the_drawn_citizens_are_logged_for_supervision(generated_ws: Workspace) -> None:
    actor = Actor("koord.log", Role.coordinator, frozenset({"185"}))
    sample = draw_sample(actor, generated_ws, PLAN, AS_OF)
    rows = [e for e in read_log(generated_ws.root) if e.actor == "koord.log"]
    assert {e.person_id for e in rows} == {c.person_id for c in sample.cases}
    assert {(e.action, e.purpose, e.snapshot_id) for e in rows} == {
        ("supervision_sample", "supervision", sample.snapshot_id)
    }


def test_same_plan_and_snapshot_give_the_same_cases(generated_ws: Workspace) -> None:
    a = draw_sample(TAARNBY, generated_ws, PLAN, AS_OF)
    b = draw_sample(TAARNBY, generated_ws, PLAN, AS_OF)
    assert a.cases == b.cases
    assert a.population_fingerprint == b.population_fingerprint


def test_a_filter_outside_the_actors_municipalities_is_refused(generated_ws: Workspace) -> None:
    plan = PLAN.model_copy(
        update={"filter": PLAN.filter.model_copy(update={"municipalities": ["155"]})}
    )
    with pytest.raises(AccessDenied, match="155"):
        draw_sample(TAARNBY, generated_ws, plan, AS_OF)


def test_a_caseworker_may_not_draw_samples(generated_ws: Workspace) -> None:
    with pytest.raises(AccessDenied, match="caseworker må ikke udtrække stikprøver"):
        draw_sample(Actor("sb", Role.caseworker, frozenset({"185"})), generated_ws, PLAN, AS_OF)


def test_targeted_cases_carry_the_engines_flags(generated_ws: Workspace) -> None:
    plan = SamplePlan(name="Målrettet", method="targeted", seed=1)
    sample = draw_sample(TAARNBY, generated_ws, plan, AS_OF)
    assert sample.size > 0
    for case in sample.cases:
        assert any(f.status in ("overdue", "late") for f in case.flags)
        assert case.reason.startswith("motoren har markeret sagen: ")


def test_cli_sample_size_json() -> None:
    result = CliRunner().invoke(
        app, ["sample-size", "--confidence", "0.95", "--tolerable", "0.05", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (data["sample_size"], data["method"]) == (59, "binomial")
    result = CliRunner().invoke(
        app,
        [
            "sample-size",
            "--confidence",
            "0.95",
            "--tolerable",
            "0.05",
            "--expected-errors",
            "1",
            "--population",
            "500",
            "--format",
            "json",
        ],
    )
    data = json.loads(result.output)
    assert (data["sample_size"], data["method"]) == (87, "hypergeometric")


def test_cli_sample_size_refuses_a_bad_confidence() -> None:
    result = CliRunner().invoke(app, ["sample-size", "--confidence", "95", "--tolerable", "0.05"])
    assert result.exit_code == 2
    assert "konfidensniveau skal være mellem 0 og 1, fik 95" in result.output


def test_cli_sample_json_is_reproducible(generated_ws: Workspace, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "name: Risiko november\nmethod: risk\nseed: 5\nsize: 12\nstrata: [caseworker]\n"
        "filter:\n  municipalities: ['185']\n",
        encoding="utf-8",
    )
    args = [
        "sample",
        "--plan",
        str(plan),
        "--as-of",
        AS_OF.isoformat(),
        "--workspace",
        str(generated_ws.root),
        "--format",
        "json",
    ]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    data = json.loads(first.output)
    assert data["size"] == 12
    assert data["snapshot_id"] == generated_ws.current_id()
    assert data["plan"]["method"] == "risk"
    assert all(c["stratum"].startswith("sagsbehandler ") for c in data["cases"])
    assert all(c["reason"].startswith("risikobaseret: ") for c in data["cases"])
    again = json.loads(CliRunner().invoke(app, args).output)
    assert again["cases"] == data["cases"]


def test_cli_sample_names_the_bad_key(generated_ws: Workspace, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "name: x\nmethod: stratified\nseed: 5\nsize: 12\nstrata: [hold]\n", encoding="utf-8"
    )
    result = CliRunner().invoke(
        app, ["sample", "--plan", str(plan), "--workspace", str(generated_ws.root)]
    )
    assert result.exit_code == 2

    def flat(text: str) -> str:  # Rich wraps long lines, even inside a long path
        return "".join(text.split())

    shown = flat(result.output)
    assert flat(f"{plan}: strata[0]: 'hold' er ikke tilladt; skal være en af 'team'") in shown
    assert flat("'municipality' eller 'organisation'") in shown
