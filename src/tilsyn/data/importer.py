"""Import a case-data folder: validate everything, then write one new snapshot atomically."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl

from tilsyn.data import cpr, keys, pseudonym, results, snapshot
from tilsyn.data.contract import CONTRACT_VERSION, TABLES_BY_NAME
from tilsyn.data.readers import RawTable, ReadError, as_text, read_table, scan_folder
from tilsyn.data.validate import Problem, ProblemLog, to_typed, validate
from tilsyn.data.workspace import Workspace


class ImportFailed(Exception):
    """The folder was rejected; nothing in the workspace changed."""

    def __init__(self, log: ProblemLog, message: str = "") -> None:
        super().__init__(message or f"{log.total} fejl i data")
        self.log = log


@dataclass
class ImportResult:
    snapshot_id: str
    created: bool  # False when the same content had been imported before
    counts: dict[str, int]
    date_range: tuple[str | None, str | None]
    pseudonymised: int
    seconds: float
    unknown_columns: dict[str, list[str]] = field(default_factory=dict)
    events_from: str | None = None  # first day the extract holds every event
    notices: list[str] = field(default_factory=list)  # files ignored, in Danish


def _file_problems(exc: ReadError) -> list[Problem]:
    if exc.issues:
        return [Problem(i.kind, exc.file, i.row, i.column, i.value, i.expected) for i in exc.issues]
    return [Problem(exc.kind, exc.file, 0, "*", exc.message, exc.expected)]


def _read_all(
    folder: Path, log: ProblemLog
) -> tuple[dict[str, RawTable], frozenset[str], list[str]]:
    raws: dict[str, RawTable] = {}
    unreadable: set[str] = set()
    try:
        scan = scan_folder(folder)
    except OSError as exc:
        log.add(Problem("ulæselig mappe", str(folder), 0, "*", str(exc), "en læsbar mappe"))
        return raws, frozenset(), []
    for error in scan.errors:
        log.extend(_file_problems(error))
    for name, (path, sheet) in scan.sources.items():
        try:
            raws[name] = read_table(name, path, sheet)
        except ReadError as exc:
            unreadable.add(name)
            log.extend(_file_problems(exc))
    return raws, frozenset(unreadable), scan.notices


def _date_bounds(values: pl.Series) -> list[str]:
    """The earliest and latest of validated dates, as their ISO text (which orders as the
    dates do); empty values left out."""
    present = values.filter(values != "") if values.dtype == pl.Utf8 else values.drop_nulls()
    bounds = as_text(pl.Series(values.name, [present.min(), present.max()], dtype=values.dtype))
    return [v for v in bounds.to_list() if v]


def _date_range(frames: dict[str, pl.DataFrame]) -> tuple[str | None, str | None]:
    """Earliest and latest date of the benefit periods and conversations."""
    values: list[str] = []
    for name, columns in (
        ("benefit_periods", ("start_date", "end_date")),
        ("conversations", ("date",)),
    ):
        frame = frames.get(name)
        for column in columns:
            if frame is None or column not in frame.columns:
                continue
            values += _date_bounds(frame.get_column(column))
    if not values:
        return None, None
    return min(values), max(values)


def _first_event(frames: dict[str, pl.DataFrame]) -> str | None:
    conversations = frames.get("conversations")
    if conversations is None or conversations.is_empty():
        return None
    bounds = _date_bounds(conversations.get_column("date"))
    return bounds[0] if bounds else None


def _pseudonym_mapping(persons: pl.DataFrame, key: bytes) -> pl.DataFrame:
    """Person ids that are CPR numbers (10 digits after validation) → pseudonym and CPR."""
    ids = persons.get_column("person_id")
    cprs = ids.filter(ids.str.contains(cpr.CANONICAL)).to_list()
    return pl.DataFrame(
        {
            "__old": cprs,
            "__new": [pseudonym.pseudonym(c, key) for c in cprs],
            "cpr": cprs,
        },
        schema={"__old": pl.Utf8, "__new": pl.Utf8, "cpr": pl.Utf8},
    )


def _replace_ids(frame: pl.DataFrame, lookup: pl.DataFrame) -> pl.DataFrame:
    if "person_id" not in frame.columns or lookup.is_empty():
        return frame
    cols = frame.columns
    joined = frame.join(lookup, left_on="person_id", right_on="__old", how="left")
    return joined.with_columns(pl.coalesce("__new", "person_id").alias("person_id")).select(cols)


def _identity_files(workspace: Workspace) -> list[Path]:
    """The current snapshot's identities first: the likeliest to tell the key."""
    if not workspace.snapshots_dir.exists():
        return []
    files = sorted(workspace.snapshots_dir.glob("*.identities.duckdb"))
    current = workspace.current_id()
    return sorted(files, key=lambda p: p.name != f"{current}.identities.duckdb")[:1]


def snapshot_id_for(
    raws: dict[str, RawTable], key: bytes | None, events_from: dt.date | None = None
) -> str:
    h = hashlib.sha256(f"contract:{CONTRACT_VERSION}".encode())
    if events_from is not None:
        h.update(f"|events_from:{events_from.isoformat()}".encode())
    for name in sorted(raws):
        h.update(f"|{name}:{raws[name].content_digest}".encode())
    if key is not None:
        # Different keys give different pseudonyms, hence different snapshot content.
        h.update(hashlib.sha256(b"tilsyn-key-fingerprint" + key).digest())
    return h.hexdigest()[:16]


def import_folder(
    folder: Path,
    workspace: Workspace,
    *,
    demo: bool = False,
    examples_per_group: int = 5,
    events_from: dt.date | None = None,
) -> ImportResult:
    """Validate ``folder`` and make it the current snapshot, or raise ``ImportFailed``.

    ``events_from`` is the first day from which the extract holds all events; without it
    the earliest conversation is taken (an extract starts where its events start)."""
    started = time.perf_counter()
    log = ProblemLog(examples_per_group=examples_per_group)
    if not folder.is_dir():
        log.add(Problem("manglende mappe", str(folder), 0, "*", "", "en mappe med case-data"))
        raise ImportFailed(log)
    raws, unreadable, notices = _read_all(folder, log)
    result = validate(raws, folder.name, unreadable)
    log.extend(result.log.all_problems)
    if log:
        raise ImportFailed(log)

    key: bytes | None = None
    if result.cpr_count:
        try:
            key = pseudonym.key_from_env()
        except pseudonym.MissingKeyError as exc:
            raise ImportFailed(log, f"{exc}; intet er importeret.") from None
        if key is None and demo:
            key = pseudonym.demo_key(workspace.root)
        if key is None:
            raise ImportFailed(
                log,
                f"Data indeholder {result.cpr_count} CPR-numre, men {pseudonym.KEY_ENV} er ikke "
                "sat. Sæt nøglen (mindst 16 tegn) for at pseudonymisere; intet er importeret.",
            )

    if key is not None:
        try:
            keys.check(workspace.root, key, _identity_files(workspace))
        except keys.WrongKeyError as exc:
            raise ImportFailed(log, str(exc)) from None

    sid = snapshot_id_for(raws, key, events_from)
    files = {name: raws[name].source for name in raws}
    del raws  # the validated frames share their buffers; nothing else needs the raw tables
    frames = result.frames
    counts = {name: frames[name].height if name in frames else 0 for name in TABLES_BY_NAME}
    date_range = _date_range(frames)
    with workspace.writing():
        workspace.snapshots_dir.mkdir(parents=True, exist_ok=True)
        path = workspace.snapshot_path(sid)
        if path.exists() and workspace.damage(sid) is not None:
            # The same content was imported before, but the file is no longer what was
            # written: write it anew rather than keep a damaged snapshot current.
            path.unlink()
            shutil.rmtree(results.results_dir(path), ignore_errors=True)
        created = not path.exists()
        first_day = events_from.isoformat() if events_from else _first_event(frames)
        if created:
            mapping = _pseudonym_mapping(frames["persons"], key) if key is not None else None
            lookup = mapping.select("__old", "__new") if mapping is not None else None

            def convert(name: str, part: pl.DataFrame) -> pl.DataFrame:
                # Typed and pseudonymised slice by slice, so a national payments table is never
                # held twice in memory.
                typed = to_typed(TABLES_BY_NAME[name], part)
                return typed if lookup is None else _replace_ids(typed, lookup)

            try:
                if mapping is not None and mapping.height:
                    identities = mapping.select(pl.col("__new").alias("person_id"), "cpr")
                    snapshot.write_identities(workspace.identities_path(sid), identities)
                snapshot.write_snapshot(
                    path,
                    frames,
                    convert=convert,
                    snapshot_id=sid,
                    source=str(folder.resolve()),
                    meta={
                        "counts": counts,
                        "date_range": list(date_range),
                        "pseudonymised": result.cpr_count,
                        "files": files,
                        "events_from": first_day,
                    },
                )
            except BaseException:
                workspace.identities_path(sid).unlink(missing_ok=True)
                raise
        if key is not None and keys.stored(workspace.root) is None:
            keys.store(workspace.root, key)
        workspace.set_current(sid)
    return ImportResult(
        sid,
        created,
        counts,
        date_range,
        result.cpr_count,
        time.perf_counter() - started,
        result.unknown_columns,
        first_day,
        notices,
    )


def connection_from_records(
    records: dict[str, list[dict[str, str]]],
) -> duckdb.DuckDBPyConnection:
    """Validate hand-made records (as a municipality would deliver them) into an in-memory
    DuckDB snapshot. Used by tests of the engines so that they go through the real import
    rules. Raises ``ImportFailed`` on invalid data. CPR numbers are not allowed here."""
    raws: dict[str, RawTable] = {}
    for name, rows in records.items():
        table = TABLES_BY_NAME[name]
        columns = list(
            dict.fromkeys(
                [c.name for c in table.columns if c.required] + [k for row in rows for k in row]
            )
        )
        data = {
            c: [str(row.get(c, "") if row.get(c) is not None else "") for row in rows]
            for c in columns
        }
        frame = pl.DataFrame(data, schema=dict.fromkeys(columns, pl.Utf8)).with_columns(
            pl.Series("__row", list(range(2, len(rows) + 2)), dtype=pl.Int64)
        )
        raws[name] = RawTable(name, f"{name}.csv", frame, "")
    for name in ("persons", "benefit_periods", "conversations"):
        if name not in raws:
            table = TABLES_BY_NAME[name]
            frame = pl.DataFrame(
                {c.name: [] for c in table.columns}, schema={c.name: pl.Utf8 for c in table.columns}
            ).with_columns(pl.Series("__row", [], dtype=pl.Int64))
            raws[name] = RawTable(name, f"{name}.csv", frame, "")
    result = validate(raws, "records")
    if result.log:
        raise ImportFailed(result.log)
    if result.cpr_count:
        raise ImportFailed(result.log, "CPR-numre er ikke tilladt i testdata")
    typed = {n: to_typed(TABLES_BY_NAME[n], f) for n, f in result.frames.items()}
    return snapshot.memory_connection(typed)
