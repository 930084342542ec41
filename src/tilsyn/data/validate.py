"""Validate raw case-data tables completely and convert them to typed frames.

All checks are vectorised (Polars) so that a million-person folder validates in seconds.
Every problem names file, row, column, the offending value and what was expected.
Values from ``person_id`` columns that look like CPR numbers are never shown.
"""

from __future__ import annotations

import functools
import operator
from collections import defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import polars as pl

from tilsyn.data import cpr
from tilsyn.data.contract import REQUIRED_TABLES, TABLES_BY_NAME, Column, Table
from tilsyn.data.readers import RawTable, as_text, native, text_expr

MASK = "<CPR-nummer skjult>"

TRUE_WORDS = ("true", "ja", "1", "sand", "yes")
FALSE_WORDS = ("false", "nej", "0", "falsk", "no")


@dataclass(frozen=True)
class Problem:
    kind: str  # short Danish category, used for grouping
    file: str
    row: int  # 0 = the file or column as a whole
    column: str
    value: str
    expected: str

    def __str__(self) -> str:
        if self.row == 0 and self.column == "*":
            detail = f" ({self.value})" if self.value else ""
            return f"{self.file}: {self.kind}{detail} — forventede {self.expected}"
        where = (
            f"{self.file}:{self.row}:{self.column}" if self.row else f"{self.file}:{self.column}"
        )
        shown = f"'{self.value}'" if self.value else "(tom)"
        return f"{where}: {shown} — forventede {self.expected}"


@dataclass
class ProblemLog:
    """Problems grouped by (file, column, kind), with the total count of each group."""

    examples_per_group: int = 5
    groups: dict[tuple[str, str, str], list[Problem]] = field(default_factory=dict)
    counts: dict[tuple[str, str, str], int] = field(default_factory=lambda: defaultdict(int))
    all_problems: list[Problem] = field(default_factory=list)

    def add(self, problem: Problem) -> None:
        key = (problem.file, problem.column, problem.kind)
        self.counts[key] += 1
        self.groups.setdefault(key, [])
        if len(self.groups[key]) < self.examples_per_group:
            self.groups[key].append(problem)
        self.all_problems.append(problem)

    def extend(self, problems: Iterable[Problem]) -> None:
        for p in problems:
            self.add(p)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def __bool__(self) -> bool:
        return self.total > 0


def _shown(column: Column, value: str) -> str:
    if column.type == "person_id" and cpr.looks_like(value):
        return MASK
    return value


def _problems(
    raw: RawTable, column: Column, bad: pl.DataFrame, kind: str, expected: str
) -> list[Problem]:
    rows = bad.get_column("__row").to_list()
    values = (
        as_text(bad.get_column(column.name)).to_list()
        if column.name in bad.columns
        else [""] * len(rows)
    )
    return [
        Problem(kind, raw.source, int(r), column.name, _shown(column, str(v)), expected)
        for r, v in zip(rows, values, strict=True)
    ]


def _type_check(column: Column) -> tuple[pl.Expr, str, str] | None:
    """(is_invalid expression on non-empty values, kind, expected) for a column type."""
    c = pl.col(column.name)
    t = column.type
    if t == "date":
        ok = c.str.to_date("%Y-%m-%d", strict=False).is_not_null() & c.str.contains(
            r"^\d{4}-\d{2}-\d{2}$"
        )
        return ~ok, "ugyldig dato", "en dato som ÅÅÅÅ-MM-DD"
    if t == "month":
        ok = (c + "-01").str.to_date("%Y-%m-%d", strict=False).is_not_null() & c.str.contains(
            r"^\d{4}-\d{2}$"
        )
        return ~ok, "ugyldig måned", "en måned som ÅÅÅÅ-MM"
    if t == "isoweek":
        parsed = (c + "-1").str.to_date("%G-W%V-%u", strict=False)
        ok = (
            c.str.contains(r"^\d{4}-W\d{2}$")
            & parsed.is_not_null()
            & (parsed.dt.iso_year() == c.str.slice(0, 4).cast(pl.Int32, strict=False))
            & (parsed.dt.week() == c.str.slice(6, 2).cast(pl.Int8, strict=False))
        )
        return ~ok, "ugyldig uge", "en ISO-uge som ÅÅÅÅ-Wuu (uge 53 kun i år med 53 uger)"
    if t == "int":
        ok = c.str.contains(r"^-?\d{1,9}$")
        if column.name == "expected_absence_weeks":
            ok = ok & ~c.str.starts_with("-")
        return ~ok, "ugyldigt heltal", "et heltal"
    if t == "decimal":
        ok = c.str.contains(r"^-?\d{1,13}([.,]\d{1,2})?$")
        if column.name == "hours":
            ok = ok & ~c.str.starts_with("-")
            return ~ok, "ugyldigt tal", "et tal ≥ 0 med højst 2 decimaler"
        return ~ok, "ugyldigt tal", "et tal med højst 2 decimaler"
    if t == "bool":
        ok = c.str.to_lowercase().is_in(TRUE_WORDS + FALSE_WORDS)
        return ~ok, "ugyldig sandhedsværdi", "true/false (eller ja/nej, 1/0)"
    if t == "code":
        return ~c.is_in(column.codes), "ukendt kode", "en af: " + ", ".join(column.codes)
    if t == "municipality":
        return ~c.str.contains(r"^\d{3}$"), "ugyldig kommunekode", "en kommunekode med 3 cifre"
    return None


def _strip(raw: RawTable, table: Table) -> tuple[pl.DataFrame, dict[str, pl.Series]]:
    """The contract's columns without surrounding blanks, and the distinct values of each
    text column (typed ones, see ``readers.native``, have no blanks). A column is copied only
    if it has blanks or nulls to remove: at national scale every copy of the payments table
    costs gigabytes. Blanks are looked for among the distinct values, which are far fewer."""
    present = [c for c in table.columns if c.name in raw.frame.columns]
    schema = raw.frame.schema
    frame = raw.frame.select(
        [
            pl.col(c.name) if native(c.type, schema[c.name]) else pl.col(c.name).cast(pl.Utf8)
            for c in present
        ]
        + [pl.col("__row")]
    )
    text = [c.name for c in present if frame.schema[c.name] == pl.Utf8]
    distinct = _distinct(frame, text)
    dirty = [
        n
        for n in text
        if frame.get_column(n).null_count() or distinct[n].str.contains(r"^\s|\s$").any()
    ]
    if dirty:
        frame = frame.with_columns(pl.col(n).str.strip_chars().fill_null("") for n in dirty)
        distinct |= _distinct(frame, dirty)
    return frame, distinct


def _distinct(frame: pl.DataFrame, names: list[str]) -> dict[str, pl.Series]:
    """The distinct values of the columns, column by column: a query over several columns
    of a big table makes Polars align their chunks, which copies them."""
    return {n: frame.get_column(n).unique() for n in names}


def check_columns(
    raw: RawTable, table: Table, log: ProblemLog
) -> tuple[pl.DataFrame, dict[str, pl.Series]]:
    """Check presence, emptiness and types column by column; return the stripped frame and
    the distinct values of its text columns (see ``_strip``)."""
    for name in table.required_columns:
        if name not in raw.frame.columns:
            log.add(Problem("manglende kolonne", raw.source, 0, name, "", "kolonnen findes"))
    df, distinct = _strip(raw, table)
    for column in table.columns:
        if column.name not in df.columns:
            continue
        values = df.get_column(column.name)
        typed = values.dtype != pl.Utf8
        if column.required and (
            values.null_count() if typed else (distinct[column.name] == "").any()
        ):
            empty = values.is_null() if typed else values == ""
            bad = _rows_where(df, column.name, empty)
            log.extend(_problems(raw, column, bad, "manglende værdi", "en værdi"))
        check = _type_check(column)
        if check is not None:
            invalid, kind, expected = check
            # Check each distinct value once: a million payment rows hold a few hundred
            # weeks. A typed column's values are checked as the text they stand for.
            if typed and _within_bounds(values, invalid):
                continue
            if typed:
                present = values.drop_nulls().unique()
                candidates = pl.DataFrame({column.name: as_text(present), "__value": present})
            else:
                candidates = distinct[column.name].to_frame().filter(pl.col(column.name) != "")
            wrong = candidates.filter(invalid.fill_null(True))
            if wrong.height:
                found = wrong.get_column("__value" if typed else column.name)
                bad = _rows_where(df, column.name, values.is_in(found.implode()))
                log.extend(_problems(raw, column, bad, kind, expected))
    return df, distinct


def _within_bounds(values: pl.Series, invalid: pl.Expr) -> bool:
    """Whether every value of a typed number column is valid because its least and greatest
    are. A number's text is valid when it has few enough digits (and, for some columns, no
    sign), which holds for every number between two that are; a typed column's numbers all
    have the same number of decimals. Dates and truth values are checked one by one."""
    if not (values.dtype.is_integer() or isinstance(values.dtype, pl.Decimal)):
        return False
    present = values.drop_nulls()
    if present.is_empty():
        return True
    bounds = pl.Series(values.name, [present.min(), present.max()], dtype=values.dtype)
    return not as_text(bounds).to_frame().select(invalid.fill_null(True).any()).item()


def _dates(df: pl.DataFrame, name: str) -> pl.Expr:
    """The column's dates as its text reads (null where it does not)."""
    dtype = df.schema[name]
    if dtype == pl.Date:
        # A typed date's text reads back as the same date, unless its year lacks four
        # digits; the distinct dates tell whether the text need be written and read.
        days = df.get_column(name).drop_nulls().unique()
        back = as_text(days).str.to_date("%Y-%m-%d", strict=False)
        if (back == days).fill_null(False).all():
            return pl.col(name)
    text = pl.col(name) if dtype == pl.Utf8 else text_expr(name, dtype)
    return text.str.to_date("%Y-%m-%d", strict=False)


def _empty(df: pl.DataFrame, name: str) -> pl.Expr:
    """Whether the value is empty: '' in text, null in a typed column."""
    return pl.col(name) == "" if df.schema[name] == pl.Utf8 else pl.col(name).is_null()


def check_periods(raw: RawTable, table: Table, df: pl.DataFrame, log: ProblemLog) -> None:
    if table.periods is None:
        return
    start, end = table.periods
    if start not in df.columns or end not in df.columns:
        return
    s = _dates(df, start)
    e = _dates(df, end)
    bad = df.filter(s.is_not_null() & e.is_not_null() & (e < s))
    column = table.column(end)
    log.extend(
        _problems(raw, column, bad, "slutdato før startdato", f"en {end} på eller efter {start}")
    )


# Days of any Polars date (a 32-bit day number) shifted to be non-negative, and their span.
_DAY_OFFSET = 2**31
_DAY_SPAN = 2**32


def check_overlaps(raw: RawTable, df: pl.DataFrame, log: ProblemLog) -> None:
    """Two periods of the same benefit for one person must not overlap."""
    needed = {"person_id", "benefit", "start_date", "end_date"}
    if not needed <= set(df.columns):
        return
    far = pl.lit("9999-12-31").str.to_date()
    parsed = df.with_columns(
        _dates(df, "start_date").alias("__s"),
        pl.when(_empty(df, "end_date")).then(far).otherwise(_dates(df, "end_date")).alias("__e"),
    ).filter(pl.col("__s").is_not_null() & pl.col("__e").is_not_null())
    ordered = parsed.sort(["person_id", "benefit", "__s", "__row"])
    # The latest end among a person's earlier periods of the benefit, without a group-by
    # (a million small groups): after the sort each group is one run of rows, so lifting
    # the end days of the n-th run by n spans makes one running maximum over the column
    # restart at every run.
    first = (
        (pl.col("person_id") != pl.col("person_id").shift(1))
        | (pl.col("benefit") != pl.col("benefit").shift(1))
    ).fill_null(True)
    lift = first.cum_sum().cast(pl.Int64) * _DAY_SPAN
    running = (lift + pl.col("__e").cast(pl.Int64) + _DAY_OFFSET).cum_max().shift(1)
    flagged = ordered.filter(
        ~first & (pl.col("__s").cast(pl.Int64) + _DAY_OFFSET + lift <= running)
    )
    shown = flagged.select("__row", text_expr("start_date", df.schema["start_date"]), "benefit")
    for row, value, benefit in shown.iter_rows():
        log.add(
            Problem(
                "overlappende perioder",
                raw.source,
                int(row),
                "start_date",
                value,
                f"ingen overlap med en anden periode på {benefit} for samme person",
            )
        )


def check_duplicates(raw: RawTable, table: Table, df: pl.DataFrame, log: ProblemLog) -> None:
    if not table.key or not set(table.key) <= set(df.columns):
        return
    # Hash the key first and compare exactly only the rows whose hash repeats: an exact
    # duplicate search over 40 million text keys needs several gigabytes.
    hashes = functools.reduce(
        operator.xor, (df.get_column(k).hash(seed=i) for i, k in enumerate(table.key, start=1))
    )
    ordered = hashes.sort()
    repeated = ordered.filter(ordered == ordered.shift(1)).unique()
    del ordered
    if repeated.is_empty():
        return
    candidates = hashes.is_in(repeated.implode())
    del hashes
    if not candidates.any():
        return
    keys = pl.DataFrame([df.get_column(k).filter(candidates) for k in [*table.key, "__row"]])
    dup = keys.filter(keys.select(table.key).is_duplicated()).sort("__row")
    # The first occurrence is fine; every later one is reported.
    later = dup.filter(pl.struct(list(table.key)).is_first_distinct().not_())
    column = table.column(table.key[-1])
    label = " + ".join(table.key)
    log.extend(_problems(raw, column, later, "dubletter", f"en entydig {label}"))


def normalise_cpr_ids(
    raw: RawTable, df: pl.DataFrame, log: ProblemLog, ids: pl.Series | None = None
) -> tuple[pl.DataFrame, frozenset[str], pl.Series | None]:
    """Bring CPR numbers in ``person_id`` to their 10 digits (see ``tilsyn.data.cpr``) and
    report values that look like damaged CPR numbers; returns the frame, the CPR numbers
    found and the distinct person ids after the change (``ids``: those before it)."""
    if "person_id" not in df.columns:
        return df, frozenset(), None
    if ids is None:
        ids = df.get_column("person_id").unique()
    # Every form ``looks_like_cpr`` knows starts with a digit; most ids do not.
    digit_first = ids.filter(ids.str.contains(r"^\d"))
    like = digit_first.filter(cpr.looks_like_cpr(digit_first))
    if like.is_empty():
        return df, frozenset(), ids
    forms = cpr.classify(like)
    if forms.refused:
        bad = _rows_where(df, "person_id", df.get_column("person_id").is_in(list(forms.refused)))
        log.extend(
            _problems(
                raw,
                TABLES_BY_NAME[raw.name].column("person_id"),
                bad,
                "ugyldigt CPR-nummer",
                "et gyldigt CPR-nummer (10 cifre, evt. DDMMÅÅ-SSSS) — værdien ligner et "
                "beskadiget CPR-nummer (fx tabte cifre eller Excels videnskabelige notation)",
            )
        )
    changes = {k: v for k, v in forms.canonical.items() if k != v}
    if changes:
        df = df.with_columns(pl.col("person_id").replace(list(changes), list(changes.values())))
        ids = ids.replace(list(changes), list(changes.values())).unique()
    return df, frozenset(forms.canonical.values()), ids


def _unknown(distinct: dict[str, pl.Series], known: pl.Series) -> dict[str, pl.Series]:
    """Of each table's distinct values, those other than '' and not in ``known``. All are
    looked up at once: a set of a million known ids is built once, not once per table."""
    if not distinct:
        return {}
    tagged = pl.concat(
        [
            values.rename("value").to_frame().with_columns(pl.lit(i, pl.UInt32).alias("table"))
            for i, values in enumerate(distinct.values())
        ]
    )
    missing = tagged.filter((pl.col("value") != "") & ~pl.col("value").is_in(known.implode()))
    return {
        name: missing.filter(pl.col("table") == i).get_column("value").rename(values.name)
        for i, (name, values) in enumerate(distinct.items())
    }


def _where_in(values: pl.Series, found: pl.Series) -> pl.Series:
    if found.is_empty():
        return pl.repeat(False, values.len(), eager=True)
    return values.is_in(found.implode())


def _rows_where(df: pl.DataFrame, column: str, mask: pl.Series) -> pl.DataFrame:
    """``column`` and ``__row`` where ``mask`` holds, sorted by row. Works on Series until
    a problem is found: selecting columns of a big table together makes Polars align their
    chunks, which copies the whole table."""
    if not mask.any():
        return pl.DataFrame({column: [], "__row": []}, schema={column: pl.Utf8, "__row": pl.Int64})
    return pl.DataFrame(
        {column: df.get_column(column).filter(mask), "__row": df.get_column("__row").filter(mask)}
    ).sort("__row")


def check_references(
    raws: dict[str, RawTable],
    frames: dict[str, pl.DataFrame],
    log: ProblemLog,
    distinct: dict[str, dict[str, pl.Series]] | None = None,
) -> None:
    """Every person and caseworker a row names must be in persons and caseworkers.
    ``distinct``: each table's distinct values by column, where known."""

    def unique(name: str, column: str) -> pl.Series:
        found = (distinct or {}).get(name, {}).get(column)
        return frames[name].get_column(column).unique() if found is None else found

    persons = frames.get("persons")
    if persons is not None and "person_id" in persons.columns:
        referring = [
            name
            for name, df in frames.items()
            if TABLES_BY_NAME[name].references_persons and "person_id" in df.columns
        ]
        missing = _unknown(
            {n: unique(n, "person_id") for n in referring}, unique("persons", "person_id")
        )
        for name in referring:
            df = frames[name]
            table = TABLES_BY_NAME[name]
            ids = df.get_column("person_id")
            bad = _rows_where(df, "person_id", _where_in(ids, missing[name]))
            log.extend(
                _problems(
                    raws[name],
                    table.column("person_id"),
                    bad.sort("__row"),
                    "ukendt person",
                    "et person_id fra persons",
                )
            )
    workers = frames.get("caseworkers")
    if workers is not None and "caseworker_id" in workers.columns:
        assigning = [
            name
            for name in ("persons", "conversations")
            if name in frames and "caseworker_id" in frames[name].columns
        ]
        missing = _unknown(
            {n: unique(n, "caseworker_id") for n in assigning},
            unique("caseworkers", "caseworker_id"),
        )
        for name in assigning:
            frame = frames[name]
            ids = frame.get_column("caseworker_id")
            bad = _rows_where(frame, "caseworker_id", _where_in(ids, missing[name]))
            log.extend(
                _problems(
                    raws[name],
                    TABLES_BY_NAME[name].column("caseworker_id"),
                    bad.sort("__row"),
                    "ukendt sagsbehandler",
                    "et caseworker_id fra caseworkers",
                )
            )


@dataclass
class ValidationResult:
    frames: dict[str, pl.DataFrame]  # stripped text frames, with "__row"
    log: ProblemLog
    cpr_count: int
    unknown_columns: dict[str, list[str]]


def validate(
    raws: dict[str, RawTable], folder_label: str, unreadable: frozenset[str] = frozenset()
) -> ValidationResult:
    log = ProblemLog()
    for name in REQUIRED_TABLES:
        if name not in raws and name not in unreadable:
            log.add(
                Problem(
                    "manglende tabel",
                    f"{folder_label}/{name}",
                    0,
                    "*",
                    "",
                    f"filen {name}.csv, {name}.parquet eller {name}.xlsx",
                )
            )
    frames: dict[str, pl.DataFrame] = {}
    distinct: dict[str, dict[str, pl.Series]] = {}
    unknown: dict[str, list[str]] = {}
    cpr_count = 0
    # Two tables are checked at a time, the largest first: most checks run on one core,
    # and the payments alone take as long as all other tables together. The problems are
    # logged in the tables' order, as if checked one by one.
    with ThreadPoolExecutor(max_workers=2) as pool:
        checked = {
            name: pool.submit(_check_table, raws[name], TABLES_BY_NAME[name])
            for name in sorted(raws, key=lambda n: -raws[n].frame.height)
        }
        for name, raw in raws.items():
            known = {c.name for c in TABLES_BY_NAME[name].columns} | {"__row"}
            extra = [c for c in raw.frame.columns if c not in known]
            if extra:
                unknown[raw.source] = extra
            frames[name], distinct[name], cprs, problems = checked[name].result()
            log.extend(problems.all_problems)
            if name == "persons":
                cpr_count = len(cprs)
    check_references(raws, frames, log, distinct)
    return ValidationResult(frames, log, cpr_count, unknown)


def _check_table(
    raw: RawTable, table: Table
) -> tuple[pl.DataFrame, dict[str, pl.Series], frozenset[str], ProblemLog]:
    """One table's own checks: (checked frame, distinct values by column, CPR numbers,
    problems)."""
    log = ProblemLog()
    df, distinct = check_columns(raw, table, log)
    check_periods(raw, table, df, log)
    if table.name == "benefit_periods":
        check_overlaps(raw, df, log)
    df, cprs, ids = normalise_cpr_ids(raw, df, log, distinct.get("person_id"))
    if ids is not None:
        distinct["person_id"] = ids
    check_duplicates(raw, table, df, log)
    return df, distinct, cprs, log


def _typed(column: Column, dtype: pl.DataType) -> pl.Expr | None:
    """A native column (``readers.native``) as stored, when that equals reading its text:
    the text of a valid value reads back as the value, and a missing truth value is false."""
    if not native(column.type, dtype) or (column.default is not None and column.type != "bool"):
        return None
    stored: pl.DataType = {"int": pl.Int32(), "decimal": pl.Decimal(18, 2)}.get(column.type, dtype)
    c = pl.col(column.name)
    return c if dtype == stored else c.cast(stored)  # a cast copies even to the same type


def to_typed(table: Table, df: pl.DataFrame) -> pl.DataFrame:
    """Convert a validated frame into the snapshot's types (absent columns → null)."""
    exprs: list[pl.Expr] = []
    for column in table.columns:
        dtype = df.schema.get(column.name)
        typed = None if dtype is None else _typed(column, dtype)
        if typed is not None:
            exprs.append(typed.alias(column.name))
            continue
        if dtype is None:
            c = pl.lit(column.default, dtype=pl.Utf8)
        else:
            c = pl.col(column.name) if dtype == pl.Utf8 else text_expr(column.name, dtype)
            # A column without empty values (every required one) is passed on uncopied.
            if dtype != pl.Utf8 or (df.get_column(column.name) == "").any():
                if column.default is not None:
                    c = pl.when(c == "").then(pl.lit(column.default)).otherwise(c)
                c = pl.when(c == "").then(None).otherwise(c)
        t = column.type
        if t == "date":
            e = c.str.to_date("%Y-%m-%d")
        elif t == "month":
            e = (c + "-01").str.to_date("%Y-%m-%d")
        elif t == "int":
            e = c.cast(pl.Int32)
        elif t == "decimal":
            e = c.str.replace(",", ".", literal=True).cast(pl.Decimal(18, 2))
        elif t == "bool":
            e = (
                pl.when(c.str.to_lowercase().is_in(TRUE_WORDS))
                .then(True)
                .when(c.str.to_lowercase().is_in(FALSE_WORDS))
                .then(False)
                .otherwise(None)
            )
        else:
            e = c.cast(pl.Utf8)
        exprs.append(e.alias(column.name))
    out = df.select(exprs)
    if table.name == "payments":
        out = out.with_columns(_week_starts(out.get_column("week")))
    return out


def _week_starts(weeks: pl.Series) -> pl.Series:
    """The Monday of each ISO week, read once per distinct week (a few hundred among tens of
    millions of payments)."""
    distinct = weeks.drop_nulls().unique()
    mondays = (distinct + "-1").str.to_date("%G-W%V-%u")
    return mondays.gather(weeks.cast(pl.Enum(distinct)).to_physical()).alias("week_start")
