"""The access log answers an auditor's questions (period, user, action, citizen, a limit)
from indexes, so it stays fast on millions of rows."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tilsyn.cli import app
from tilsyn.data.access_log import FILE_NAME, LogFilter, count_log, log_access, read_log


@pytest.fixture
def log(tmp_path: Path) -> Path:
    for day, who, action, people in [
        (1, "anna", "worklist", ["X1", "X2"]),
        (2, "bo", "explain", ["X2"]),
        (3, "anna", "explain", ["X3"]),
        (4, "bo", "worklist", ["X1", "X3"]),
    ]:
        log_access(
            tmp_path,
            action=action,
            person_ids=people,
            snapshot_id="s",
            actor=who,
            at=dt.datetime(2026, 3, day, 12, tzinfo=dt.UTC),
        )
    return tmp_path


def _people(entries: list) -> list[tuple[int, str]]:  # type: ignore[type-arg]
    return [(int(e.at[8:10]), e.person_id) for e in entries]


def test_each_filter_narrows(log: Path) -> None:
    assert _people(read_log(log, where=LogFilter(actor="anna"))) == [
        (1, "X1"),
        (1, "X2"),
        (3, "X3"),
    ]
    assert _people(read_log(log, where=LogFilter(action="explain"))) == [(2, "X2"), (3, "X3")]
    assert _people(read_log(log, where=LogFilter(person_id="X3"))) == [(3, "X3"), (4, "X3")]
    days = LogFilter(since=dt.date(2026, 3, 2), until=dt.date(2026, 3, 3))
    assert _people(read_log(log, where=days)) == [(2, "X2"), (3, "X3")]
    both = LogFilter(actor="bo", action="worklist", person_id="X1")
    assert _people(read_log(log, where=both)) == [(4, "X1")]
    assert count_log(log, LogFilter(actor="bo")) == 3


def test_a_limit_keeps_the_latest_in_time_order(log: Path) -> None:
    assert _people(read_log(log, where=LogFilter(), limit=2)) == [(4, "X1"), (4, "X3")]


def test_every_filter_is_answered_from_an_index(log: Path) -> None:
    with sqlite3.connect(log / FILE_NAME) as db:
        for where in (
            LogFilter(person_id="X1"),
            LogFilter(actor="anna"),
            LogFilter(action="explain"),
            LogFilter(since=dt.date(2026, 3, 2)),
        ):
            sql, args = where.where()
            plan = " ".join(
                str(r[-1])
                for r in db.execute(f"EXPLAIN QUERY PLAN SELECT * FROM access_log{sql}", args)
            )
            assert "USING INDEX" in plan, (where, plan)


def test_the_command_filters_and_says_when_it_shows_only_the_latest(log: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        app,
        [
            "access-log",
            "--user",
            "bo",
            "--from",
            "2026-03-04",
            "--to",
            "2026-03-04",
            "-w",
            str(log),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "X1" in result.output
    assert "X2" not in result.output
    result = runner.invoke(app, ["access-log", "--limit", "1", "-w", str(log)])
    assert "Viser de seneste 1 af 6 linjer" in result.output
    bad = runner.invoke(
        app, ["access-log", "--from", "2026-03-05", "--to", "2026-03-01", "-w", str(log)]
    )
    assert bad.exit_code == 2
    assert "før startdatoen" in bad.output
