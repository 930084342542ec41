"""The rules catalogue and its generated document."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from tilsyn.cli import app
from tilsyn.rules.catalogue import GENERATED_HEADER, build_catalogue, render_markdown
from tilsyn.rules.parameters import default_parameters
from tilsyn.rules.registry import load_rules

DOCS = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
runner = CliRunner()


def test_docs_rules_md_is_up_to_date() -> None:
    expected = render_markdown(build_catalogue())
    assert DOCS.is_file(), "docs/rules.md mangler: kør `tilsyn rules docs`"
    assert DOCS.read_text(encoding="utf-8") == expected, (
        "docs/rules.md er forældet: kør `tilsyn rules docs`"
    )


def test_the_catalogue_lists_every_rule_and_parameter_with_its_history() -> None:
    catalogue = build_catalogue()
    assert {r.id for r in catalogue.rules} == set(load_rules())
    params = default_parameters()
    assert [p.id for p in catalogue.parameters] == [p.id for p in params]
    weeks = catalogue.parameter("sygedagpengeloven.opfoelgning.followups_min_count")
    assert [(v.effective_from, v.effective_to, v.display) for v in weeks.periods] == [
        (dt.date(2015, 1, 1), dt.date(2020, 1, 1), "ikke i kraft"),
        (dt.date(2020, 1, 1), dt.date(2026, 7, 1), "4"),
        (dt.date(2026, 7, 1), None, "1"),
    ]
    assert weeks.confidence == "?"
    assert weeks.note
    assert "sick_followups" in weeks.used_by


def test_the_markdown_shows_values_references_and_the_generated_header() -> None:
    text = render_markdown(build_catalogue())
    assert text.startswith(GENERATED_HEADER)
    assert "#### Første opfølgning på sygedagpengesag inden udgangen af 8. uge" in text
    assert "| 2015-01-01 | – | 8 uger | [Sygedagpengeloven § 13 b, stk. 1]" in text
    assert "(https://www.elov.dk/sygedagpengeloven/paragraf/13b/)" in text
    assert "Sikkerhed: ? – Ikke bekræftet" in text


def test_rules_list_json_has_rules_and_parameters_with_references() -> None:
    result = runner.invoke(
        app, ["rules", "list", "--format", "json", "--prefix", "sygedagpengeloven"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {r["id"] for r in data["rules"]} == {
        "sick_first_followup",
        "sick_followups",
        "sick_reassessment",
        "sick_rehabilitation_team",
    }
    weeks = next(p for p in data["parameters"] if p["id"].endswith("first_followup_weeks"))
    assert weeks["values"][0]["effective_from"] == "2015-01-01"
    assert weeks["values"][0]["value"] == 8
    assert weeks["values"][0]["references"][0]["href"].startswith("https://")


def test_rules_list_table_shows_both_tables() -> None:
    result = runner.invoke(
        app, ["rules", "list", "--prefix", "sygedagpengeloven/revurdering"], env={"COLUMNS": "400"}
    )
    assert result.exit_code == 0, result.output
    assert "sick_reassessment" in result.stdout
    assert "22 uger" in result.stdout


def test_rules_list_with_an_unknown_prefix_fails_with_status_2() -> None:
    result = runner.invoke(app, ["rules", "list", "--prefix", "nolaw"])
    assert result.exit_code == 2


def test_rules_docs_writes_the_file_and_check_detects_a_stale_one(tmp_path: Path) -> None:
    out = tmp_path / "rules.md"
    assert runner.invoke(app, ["rules", "docs", "--out", str(out)]).exit_code == 0
    assert out.read_text(encoding="utf-8") == render_markdown(build_catalogue())
    assert runner.invoke(app, ["rules", "docs", "--out", str(out), "--check"]).exit_code == 0
    out.write_text("forældet\n", encoding="utf-8")
    assert runner.invoke(app, ["rules", "docs", "--out", str(out), "--check"]).exit_code == 1
