"""The obligations a workspace's snapshot publishes as a Parquet file: plain text columns
(however the writer encodes them) and exactly the rows the evaluation gives, also when a
column holds a value the writer's dictionaries did not foresee."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import ibis
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from builders import kth, period, talk, valid_tables, write_folder
from tilsyn.data.importer import import_folder
from tilsyn.data.results import results_dir
from tilsyn.data.workspace import Workspace
from tilsyn.rules.evaluate import _value_sets, evaluate, materialise
from tilsyn.rules.model import RESULT_COLUMNS, RuleDefinition
from tilsyn.rules.parameters import default_parameters
from tilsyn.rules.registry import load_rules, ruleset_version

AS_OF = dt.date(2024, 9, 30)


@pytest.fixture
def space(tmp_path: Path) -> Workspace:
    t = valid_tables()
    t["persons"].append({"person_id": "P3", "municipality": "155", "caseworker_id": "K1"})
    t["benefit_periods"] += [
        kth("P3", "2024-03-01", target_group="jobparat"),
        # A period in another municipality than the citizen's: its obligations carry it.
        period("P3", "dagpenge", "2023-06-01", "2024-02-29", municipality="147"),
    ]
    t["conversations"].append(talk("P3", "2024-03-10"))
    ws = Workspace(tmp_path / "ws")
    import_folder(write_folder(tmp_path / "in", t), ws, events_from=dt.date(2023, 1, 1))
    return ws


def _published(ws: Workspace, rules: dict[str, RuleDefinition]) -> pa.Table:
    sid = ws.current_id()
    assert sid is not None
    version = ruleset_version(rules, default_parameters())
    path = results_dir(ws.snapshot_path(sid)) / f"obligations-{version}-{AS_OF}.parquet"
    return pq.read_table(path)


def _sorted(table: pa.Table) -> list[dict[str, object]]:
    rows = table.select(list(RESULT_COLUMNS)).to_pylist()
    return sorted(rows, key=lambda r: tuple(str(v) for v in r.values()))


def _publish_and_evaluate(
    ws: Workspace, rules: dict[str, RuleDefinition]
) -> tuple[pa.Table, pa.Table, dict[str, set[str]]]:
    con = ws.connect(read_only=False)
    try:
        materialise(con, AS_OF, rules=rules)
        sets = _value_sets(con, rules, default_parameters())
        return _published(ws, rules), evaluate(con, AS_OF, rules=rules), sets
    finally:
        con.close()


def test_the_file_holds_plain_text_and_the_evaluated_rows(space: Workspace) -> None:
    rules = load_rules()
    published, evaluated, sets = _publish_and_evaluate(space, rules)
    assert published.num_rows == evaluated.num_rows > 0
    for column in (*sets, "evidence"):
        assert published.schema.field(column).type == pa.string(), column
    assert _sorted(published) == _sorted(evaluated)
    assert "147" in published.column("municipality").to_pylist()
    # Every value was foreseen, so the file was written once, through the dictionaries.
    for column, values in sets.items():
        assert set(evaluated.column(column).to_pylist()) - {None} <= values, column


def test_a_value_no_dictionary_foresaw_is_written_as_it_is(space: Workspace) -> None:
    # A rule naming a benefit that no benefit row has: the writer's dictionary for the
    # column lacks it, and the rows must still reach the file unchanged.
    base = load_rules()["first_interview"]

    def build(ctx):  # type: ignore[no-untyped-def]
        return base.build(ctx).mutate(benefit=ibis.literal("ukendt_ydelse", type="string"))

    # Its own version, so that the compiled SQL is not the cached SQL of the real rule.
    odd = dataclasses.replace(base, build=build, version=f"{base.version}-ukendt")
    published, evaluated, _ = _publish_and_evaluate(space, {odd.id: odd})
    assert set(published.column("benefit").to_pylist()) == {"ukendt_ydelse"}
    assert _sorted(published) == _sorted(evaluated)
