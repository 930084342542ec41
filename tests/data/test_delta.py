"""`tilsyn import --delta`: a delta gives exactly the obligations a full import of the merged
data gives, writes a new snapshot and leaves the previous one untouched."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builders import kth, period, talk, valid_tables, write_folder
from tilsyn.data.contract import TABLES_BY_NAME
from tilsyn.data.delta import import_delta
from tilsyn.data.importer import ImportFailed, import_folder
from tilsyn.data.results import results_dir
from tilsyn.data.workspace import Workspace
from tilsyn.rules.evaluate import materialise
from tilsyn.rules.model import RESULT_COLUMNS
from tilsyn.rules.parameters import default_parameters
from tilsyn.rules.refresh import refresh_obligations
from tilsyn.rules.registry import load_rules, ruleset_version

AS_OF = dt.date(2024, 9, 30)
EVENTS_FROM = dt.date(2023, 1, 1)
PERSON_TABLES = ("benefit_periods", "conversations", "offers")


def _base() -> dict[str, list[dict[str, str]]]:
    t = valid_tables()
    for i in range(3, 7):
        pid = f"P{i}"
        t["persons"].append({"person_id": pid, "municipality": "185", "caseworker_id": "K1"})
        t["benefit_periods"].append(kth(pid, f"2024-0{i}-01", target_group="jobparat"))
        t["conversations"].append(talk(pid, f"2024-0{i}-15"))
    t["benefit_periods"].append(period("P6", "dagpenge", "2023-06-01", "2024-05-31"))
    return t


def _obligations(space: Workspace) -> list[tuple[object, ...]]:
    """The materialised obligations of the current snapshot, read from its results file (not
    through ``evaluate``, which would compute missing results and hide a missing refresh)."""
    version = ruleset_version(load_rules(), default_parameters())
    sid = space.current_id()
    assert sid is not None
    path = results_dir(space.snapshot_path(sid)) / f"obligations-{version}-{AS_OF}.parquet"
    assert path.exists(), f"ingen materialiserede forpligtelser for {sid}"
    cols = ", ".join(RESULT_COLUMNS)
    rows = duckdb.sql(f"SELECT {cols}, snapshot_id FROM read_parquet('{path}') ORDER BY ALL")
    result = rows.fetchall()
    assert {r[-1] for r in result} <= {sid}
    return [r[:-1] for r in result]


def _import(folder: Path, space: Workspace) -> str:
    sid = import_folder(folder, space, events_from=EVENTS_FROM).snapshot_id
    con = space.connect(read_only=False)
    try:
        materialise(con, AS_OF)
    finally:
        con.close()
    return sid


days = st.dates(dt.date(2024, 1, 1), dt.date(2024, 9, 30)).map(dt.date.isoformat)


@st.composite
def deltas(draw: st.DrawFn) -> tuple[list[str], dict[str, dict[str, list[dict[str, str]]]]]:
    """Touched citizens (maybe a new one) and, per delivered table, their new rows."""
    people = draw(
        st.lists(
            st.sampled_from(["P1", "P3", "P4", "P5", "P6", "P9"]),
            min_size=1,
            max_size=3,
            unique=True,
        )
    )
    tables = draw(st.lists(st.sampled_from(PERSON_TABLES), max_size=3, unique=True))
    rows: dict[str, dict[str, list[dict[str, str]]]] = {t: {} for t in tables}
    for pid in people:
        if "conversations" in rows:
            rows["conversations"][pid] = [
                talk(pid, d, status=s)
                for d, s in draw(
                    st.lists(st.tuples(days, st.sampled_from(["afholdt", "udeblevet"])), max_size=3)
                )
            ]
        if "benefit_periods" in rows:
            start = draw(days)
            rows["benefit_periods"][pid] = (
                [
                    kth(
                        pid,
                        start,
                        target_group=draw(st.sampled_from(["jobparat", "aktivitetsparat"])),
                    )
                ]
                if draw(st.booleans()) or pid == "P9"
                else []
            )
        if "offers" in rows:
            rows["offers"][pid] = [
                {"person_id": pid, "kind": "virksomhedspraktik", "start_date": d, "end_date": d}
                for d in draw(st.lists(days, max_size=2, unique=True))
            ]
    return people, rows


def _merged(
    base: dict[str, list[dict[str, str]]],
    people: list[str],
    rows: dict[str, dict[str, list[dict[str, str]]]],
    person_rows: list[dict[str, str]],
) -> dict[str, list[dict[str, str]]]:
    """What the full extract would hold after the day: the delta's rule applied by hand."""
    merged = copy.deepcopy(base)
    merged["persons"] = [p for p in merged["persons"] if p["person_id"] not in people]
    merged["persons"] += person_rows
    for table, by_person in rows.items():
        kept = [r for r in merged.get(table, []) if r["person_id"] not in people]
        merged[table] = kept + [r for pid in people for r in by_person.get(pid, [])]
    return merged


def _write_all(folder: Path, tables: dict[str, list[dict[str, str]]]) -> Path:
    """Like ``write_folder``, with the contract's header on a table without rows."""
    for name, rows in tables.items():
        if rows:
            write_folder(folder, {name: rows})
        else:
            folder.mkdir(parents=True, exist_ok=True)
            header = ";".join(c.name for c in TABLES_BY_NAME[name].columns)
            (folder / f"{name}.csv").write_text(header + "\n", encoding="utf-8")
    return folder


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(delta=deltas())
def test_delta_gives_the_obligations_of_a_full_import(
    tmp_path_factory: pytest.TempPathFactory,
    delta: tuple[list[str], dict[str, dict[str, list[dict[str, str]]]]],
) -> None:
    people, rows = delta
    root = tmp_path_factory.mktemp("delta")
    base = _base()
    space = Workspace(root / "ws")
    previous = _import(write_folder(root / "base", base), space)
    before = _digest(space.snapshot_path(previous))

    # P9 is new; a new citizen needs a benefit period to be valid.
    person_rows = [{"person_id": p, "municipality": "155", "caseworker_id": "K1"} for p in people]
    if "P9" in people and not rows.get("benefit_periods", {}).get("P9"):
        rows.setdefault("benefit_periods", {})["P9"] = [kth("P9", "2024-02-01")]
    delivered = {
        t: [r for pid in people for r in by_person.get(pid, [])] for t, by_person in rows.items()
    }
    folder = _write_all(root / "delta-in", {"persons": person_rows, **delivered})
    result = import_delta(folder, space, refresh_obligations)

    full = Workspace(root / "full")
    _import(_write_all(root / "merged", _merged(base, people, rows, person_rows)), full)

    assert result.previous_id == previous
    assert space.current_id() == result.snapshot_id != previous
    assert _obligations(space) == _obligations(full)
    assert _digest(space.snapshot_path(previous)) == before  # copy-on-write


def test_delta_without_persons_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    space = Workspace(tmp_path / "ws")
    previous = _import(write_folder(tmp_path / "base", _base()), space)
    folder = write_folder(tmp_path / "d", {"conversations": [talk("P1", "2024-05-01")]})
    with pytest.raises(ImportFailed) as err:
        import_delta(folder, space)
    problems = err.value.log.all_problems
    assert [(p.kind, p.file) for p in problems] == [("manglende tabel", "d/persons")]
    assert space.current_id() == previous


def test_delta_rows_of_a_citizen_it_does_not_list_are_refused(tmp_path: Path) -> None:
    space = Workspace(tmp_path / "ws")
    previous = _import(write_folder(tmp_path / "base", _base()), space)
    folder = write_folder(
        tmp_path / "d",
        {
            "persons": [{"person_id": "P1", "municipality": "185", "caseworker_id": "K1"}],
            "conversations": [talk("P1", "2024-05-01"), talk("P3", "2024-05-02")],
        },
    )
    with pytest.raises(ImportFailed) as err:
        import_delta(folder, space)
    problem = err.value.log.all_problems[0]
    assert (problem.kind, problem.row, problem.column) == ("ukendt person", 3, "person_id")
    assert space.current_id() == previous
    assert len(list(space.snapshots_dir.glob("*.duckdb"))) == 1
