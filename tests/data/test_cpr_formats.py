"""CPR numbers in the formats municipalities' extracts really have: normalised, then
pseudonymised; damaged-looking values refused with file, row and column; no input CPR, in
any format, reaches a snapshot table."""

from __future__ import annotations

import copy
import datetime as dt
import tempfile
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builders import valid_tables, write_folder
from tilsyn.data.importer import ImportFailed, import_folder
from tilsyn.data.pseudonym import KEY_ENV
from tilsyn.data.workspace import Workspace

Rows = list[dict[str, str]]
KEY = "a-test-key-of-sufficient-length"

# 1 Jan 1990, serial 4007: century digit 4 with year 90 means 1990.
CANONICAL = "0101904007"
FORMATS = ("0101904007", "010190-4007", "010190 4007", "010190.4007", "101904007")


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_ENV, KEY)


def _with_ids(p1: dict[str, str], p2: str = "P2") -> dict[str, Rows]:
    """The valid folder with P1 written in a format per table (``p1``: table → id)."""
    tables = valid_tables()
    for name, rows in tables.items():
        for row in rows:
            if row.get("person_id") == "P1":
                row["person_id"] = p1.get(name, p1["persons"])
            elif row.get("person_id") == "P2":
                row["person_id"] = p2
    return tables


def _all_text(path: Path) -> str:
    """Every value of every table in a DuckDB file, as one text."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        parts = []
        for (table,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall():
            for row in con.execute(f'SELECT * FROM "{table}"').fetchall():
                parts.append("|".join(str(v) for v in row))
        return "\n".join(parts)
    finally:
        con.close()


def _variants(cpr: str) -> set[str]:
    forms = {cpr, f"{cpr[:6]}-{cpr[6:]}", f"{cpr[:6]} {cpr[6:]}", f"{cpr[:6]}.{cpr[6:]}"}
    if cpr.startswith("0"):
        forms.add(cpr[1:])
    return forms


@pytest.mark.parametrize("written", FORMATS)
def test_each_format_is_pseudonymised_and_never_stored(tmp_path: Path, written: str) -> None:
    folder = write_folder(tmp_path / "in", _with_ids({"persons": written}))
    ws = Workspace(tmp_path / "ws")
    result = import_folder(folder, ws)
    assert result.pseudonymised == 1
    text = _all_text(ws.snapshot_path(result.snapshot_id))
    for form in _variants(CANONICAL):
        assert form not in text
    identities = _all_text(ws.identities_path(result.snapshot_id))
    assert CANONICAL in identities


def test_one_citizen_in_two_formats_is_one_citizen(tmp_path: Path) -> None:
    ids = {"persons": "0101904007", "conversations": "010190-4007", "offers": "101904007"}
    folder = write_folder(tmp_path / "in", _with_ids(ids))
    ws = Workspace(tmp_path / "ws")
    result = import_folder(folder, ws)
    con = ws.connect(result.snapshot_id)
    try:
        people = {r[0] for r in con.execute("SELECT person_id FROM persons").fetchall()}
        talks = {r[0] for r in con.execute("SELECT person_id FROM conversations").fetchall()}
        offers = {r[0] for r in con.execute("SELECT person_id FROM offers").fetchall()}
    finally:
        con.close()
    assert talks <= people
    assert offers <= people


def test_the_same_citizen_in_two_formats_gets_the_same_pseudonym(tmp_path: Path) -> None:
    pseudonyms = set()
    for i, written in enumerate(FORMATS):
        folder = write_folder(tmp_path / f"in{i}", _with_ids({"persons": written}))
        ws = Workspace(tmp_path / f"ws{i}")
        sid = import_folder(folder, ws).snapshot_id
        con = ws.connect(sid)
        try:
            rows = con.execute("SELECT person_id FROM persons WHERE person_id <> 'P2'").fetchall()
        finally:
            con.close()
        pseudonyms.add(rows[0][0])
    assert len(pseudonyms) == 1


@pytest.mark.parametrize(
    "damaged",
    [
        "01019040",  # two digits lost
        "010190400712",  # two digits too many
        "1.01904E+08",  # Excel's scientific notation
        "1,01904E+08",
        "320190-4007",  # no 32nd day
        "0101904 007",  # separator in the wrong place
    ],
)
def test_a_damaged_cpr_is_refused_with_file_row_column(tmp_path: Path, damaged: str) -> None:
    folder = write_folder(tmp_path / "in", _with_ids({"persons": CANONICAL, "offers": damaged}))
    ws = Workspace(tmp_path / "ws")
    with pytest.raises(ImportFailed) as err:
        import_folder(folder, ws)
    problems = [str(p) for p in err.value.log.all_problems]
    assert any(p.startswith("offers.csv:2:person_id") for p in problems), problems
    assert all(damaged not in p for p in problems), problems
    assert not ws.snapshots_dir.exists() or not list(ws.snapshots_dir.iterdir())


def test_cpr_damaged_in_persons_is_refused_too(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "in", _with_ids({"persons": "1019040"}))
    with pytest.raises(ImportFailed) as err:
        import_folder(folder, Workspace(tmp_path / "ws"))
    assert any("persons.csv:2:person_id" in str(p) for p in err.value.log.all_problems)


@st.composite
def cprs(draw: st.DrawFn) -> str:
    """A valid CPR number (stdnum's rules: a real birth date, the century digit)."""
    born = draw(st.dates(dt.date(1937, 1, 1), dt.date(2020, 12, 31)))
    century = draw(st.sampled_from("0123" if born.year < 2000 else "4"))
    serial = draw(st.integers(0, 999))
    return f"{born:%d%m%y}{century}{serial:03d}"


def _format(cpr: str, style: int) -> str:
    return [
        cpr,
        f"{cpr[:6]}-{cpr[6:]}",
        f"{cpr[:6]} {cpr[6:]}",
        f"{cpr[:6]}.{cpr[6:]}",
        cpr.lstrip("0") if cpr.startswith("0") and not cpr.startswith("00") else cpr,
    ][style]


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    first=cprs(),
    second=cprs(),
    styles=st.lists(st.integers(0, 4), min_size=12, max_size=12),
)
def test_no_input_cpr_in_any_format_reaches_a_snapshot_table(
    first: str, second: str, styles: list[int]
) -> None:
    if first == second:
        return
    base = valid_tables()
    tables: dict[str, Rows] = copy.deepcopy(base)
    i = 0
    for rows in tables.values():
        for row in rows:
            if row.get("person_id") in ("P1", "P2"):
                cpr = first if row["person_id"] == "P1" else second
                row["person_id"] = _format(cpr, styles[i % len(styles)])
                i += 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_folder(Path(tmp) / "in", tables)
        ws = Workspace(Path(tmp) / "ws")
        result = import_folder(folder, ws)
        assert result.pseudonymised == 2
        text = _all_text(ws.snapshot_path(result.snapshot_id))
        leaked = [f for cpr in (first, second) for f in _variants(cpr) if f in text]
        assert not leaked


@pytest.mark.parametrize("own_id", ["2023-01-05", "P-1234567", "K12345678X", "123456"])
def test_a_municipalitys_own_ids_are_left_alone(tmp_path: Path, own_id: str) -> None:
    folder = write_folder(tmp_path / "in", _with_ids({"persons": own_id}))
    ws = Workspace(tmp_path / "ws")
    result = import_folder(folder, ws)
    assert result.pseudonymised == 0
    con = ws.connect(result.snapshot_id)
    try:
        ids = {r[0] for r in con.execute("SELECT person_id FROM persons").fetchall()}
    finally:
        con.close()
    assert own_id in ids
