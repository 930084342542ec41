"""Read a case-data folder (CSV, Parquet or Excel) into text frames.

Every value is read as text so that validation sees exactly what the municipality
delivered and can name the file, row and column of each problem. A Parquet column that
already has its contract type (a date, a truth value, a number) stays typed; its text is
defined by ``text_expr`` and validation checks that (decision 0020). ``row`` numbers are
the ones a person sees when opening the file: the CSV line number or the Excel row
(the header is row 1), and the 1-based record number in a Parquet file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from tilsyn.data.contract import TABLES_BY_NAME

SUFFIXES = (".csv", ".parquet", ".xlsx")


@dataclass(frozen=True)
class CellIssue:
    """A problem at one place of a file found while reading it (row 0: the header)."""

    kind: str
    row: int
    column: str
    value: str
    expected: str


class ReadError(ValueError):
    """A file cannot be read as a table (encoding, format, header, a second file for the
    same table); ``issues`` name rows and columns where there are such."""

    def __init__(
        self,
        file: str,
        message: str,
        expected: str,
        *,
        kind: str = "ulæselig fil",
        issues: tuple[CellIssue, ...] = (),
    ) -> None:
        super().__init__(f"{file}: {message}")
        self.file = file
        self.message = message
        self.expected = expected
        self.kind = kind
        self.issues = issues


@dataclass(frozen=True)
class RawTable:
    name: str
    source: str  # file name, or "workbook.xlsx[sheet]"
    # All columns Utf8 (Parquet columns of a native type stay typed, see ``native``), plus
    # "__row" (Int64): the row number to report.
    frame: pl.DataFrame
    content_digest: str  # sha256 of the source bytes, for idempotent imports


def _digest(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _sniff_separator(path: Path) -> str:
    with path.open("rb") as fh:
        head = fh.readline()
    try:
        line = head.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(path.name, "filen er ikke gyldig UTF-8", "en CSV-fil i UTF-8") from exc
    if not line.strip():
        raise ReadError(
            path.name, "filen er tom", "kolonneoverskrifter i første linje", kind="tom fil"
        )
    return ";" if line.count(";") >= line.count(",") else ","


def _header(path: Path, sep: str) -> list[str]:
    import csv

    with path.open("rb") as fh:
        line = fh.readline().decode("utf-8-sig")
    return [c.strip() for c in next(csv.reader([line], delimiter=sep), [])]


def refuse_duplicated_columns(file: str, header: list[str]) -> None:
    from collections import Counter

    counts = Counter(c for c in header if c)
    twice = [c for c, n in counts.items() if n > 1]
    if twice:
        raise ReadError(
            file,
            "en kolonneoverskrift står to gange",
            "hver kolonne kun én gang",
            kind="dobbelt kolonne",
            issues=tuple(
                CellIssue(
                    "dobbelt kolonne", 0, c, c, f"hver kolonne kun én gang ({c} står to gange)"
                )
                for c in twice
            ),
        )


def _record_lines(path: Path, sep: str, records: int) -> list[int] | None:
    """The line each record starts on, when quoted fields span lines (else None: then the
    record number + 1 is the line). Counting line breaks is cheap; the slow parse runs only
    for files that need it."""
    import csv

    breaks = 0
    last = b"\n"
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            breaks += block.count(b"\n")
            last = block[-1:]
    lines = breaks + (last != b"\n")
    if lines <= records + 1:
        return None
    starts: list[int] = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh, delimiter=sep)
        next(reader, None)
        line = reader.line_num
        for record in reader:
            if record and any(v.strip() for v in record):
                starts.append(line + 1)
            line = reader.line_num
    return starts if len(starts) == records else None


def _read_csv(path: Path) -> pl.DataFrame:
    sep = _sniff_separator(path)
    refuse_duplicated_columns(path.name, _header(path, sep))
    try:
        df = pl.read_csv(
            path,
            separator=sep,
            infer_schema=False,
            encoding="utf8",
            quote_char='"',
        )
    except pl.exceptions.NoDataError as exc:
        raise ReadError(
            path.name, "filen er tom", "kolonneoverskrifter i første linje", kind="tom fil"
        ) from exc
    except (pl.exceptions.ComputeError, UnicodeDecodeError) as exc:
        text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if "utf-8" in text.lower() or "utf8" in text.lower():
            raise ReadError(path.name, "filen er ikke gyldig UTF-8", "en CSV-fil i UTF-8") from exc
        raise ReadError(path.name, text, "en CSV-fil med kolonneoverskrifter") from exc
    df = df.rename({c: c.strip().lstrip("\ufeff") for c in df.columns})
    starts = _record_lines(path, sep, df.height)
    if starts is not None:
        return df.with_columns(pl.Series("__row", starts, dtype=pl.Int64))
    return df.with_row_index("__row", offset=2).with_columns(pl.col("__row").cast(pl.Int64))


def text_expr(name: str, dtype: pl.DataType) -> pl.Expr:
    """A typed column as the text a municipality's file would hold: ISO dates, true/false
    (a missing truth value reads as false), numbers as Polars writes them, null as ''."""
    col = pl.col(name)
    if dtype == pl.Boolean:
        text = pl.when(col).then(pl.lit("true")).otherwise(pl.lit("false"))
    elif dtype in (pl.Datetime, pl.Date) or isinstance(dtype, pl.Datetime):
        text = col.cast(pl.Date).dt.strftime("%Y-%m-%d")
    else:
        text = col.cast(pl.Utf8)
    return text.fill_null("").alias(name)


def as_text(values: pl.Series) -> pl.Series:
    """``values`` as text (see ``text_expr``); text stays as it is."""
    if values.dtype == pl.Utf8:
        return values
    return values.to_frame().select(text_expr(values.name, values.dtype)).to_series()


def native(column_type: str, dtype: pl.DataType) -> bool:
    """Whether a Parquet column of ``dtype`` is kept typed for a contract column of
    ``column_type``. Its text (``text_expr``) converts back to exactly the same value, so
    validation checks the text of its distinct values and the snapshot stores the column
    as read: at national scale, writing 42 million amounts as text and parsing them back
    costs seconds."""
    if column_type == "date":
        return dtype == pl.Date
    if column_type == "bool":
        return dtype == pl.Boolean
    if column_type == "int":
        return dtype.is_integer()
    if column_type == "decimal":
        return isinstance(dtype, pl.Decimal)
    return False


def _to_text(df: pl.DataFrame, name: str) -> pl.DataFrame:
    """Every column as text, except the contract's columns of a native type (``native``);
    a missing truth value is kept as false, as its text says."""
    types = {c.name: c.type for c in TABLES_BY_NAME[name].columns}
    exprs = []
    for column, dtype in df.schema.items():
        if column in types and native(types[column], dtype):
            exprs.append(pl.col(column).fill_null(False) if dtype == pl.Boolean else pl.col(column))
        else:
            exprs.append(text_expr(column, dtype))
    return df.select(exprs)


def _read_parquet(path: Path, name: str) -> pl.DataFrame:
    try:
        df = pl.read_parquet(path)
    except Exception as exc:  # polars raises several unrelated types for corrupt files
        raise ReadError(
            path.name, str(exc).splitlines()[0] if str(exc) else "ulæselig", "en gyldig Parquet-fil"
        ) from exc
    df = _to_text(df, name)
    return df.with_row_index("__row", offset=1).with_columns(pl.col("__row").cast(pl.Int64))


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _open_workbook(path: Path, *, data_only: bool = True) -> Any:
    from openpyxl import load_workbook

    with path.open("rb") as fh:
        magic = fh.read(8)
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError(
            path.name,
            "filen er i det gamle Excel-format (.xls)",
            "en .xlsx-fil (gem som Excel-projektmappe) eller en CSV-fil",
        )
    if not magic.startswith(b"PK"):
        raise ReadError(
            path.name,
            "filen er ikke en Excel-fil (.xlsx) — måske en omdøbt tekst- eller CSV-fil",
            "en gyldig Excel-fil (.xlsx), eller omdøb den til .csv",
        )
    try:
        return load_workbook(path, read_only=True, data_only=data_only)
    except Exception as exc:  # openpyxl raises zipfile/KeyError/etc. for broken files
        raise ReadError(
            path.name,
            f"filen er ikke en læsbar Excel-fil (.xlsx): {exc}",
            "en gyldig Excel-fil (.xlsx)",
        ) from exc


def _has_formulas(path: Path) -> bool:
    import zipfile

    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                data = z.read(name)
                if b"<f>" in data or b"<f " in data:
                    return True
    return False


def _formulas(path: Path, sheet: str | None) -> dict[tuple[int, int], str]:
    """(Excel row, column index) → formula text of every formula cell of the sheet."""
    if not _has_formulas(path):
        return {}
    wb = _open_workbook(path, data_only=False)
    try:
        ws = wb[sheet] if sheet else wb.worksheets[0]
        ws.reset_dimensions()
        found: dict[tuple[int, int], str] = {}
        for r, values in enumerate(ws.iter_rows(values_only=True), start=1):
            for c, v in enumerate(values):
                if isinstance(v, str) and v.startswith("="):
                    found[(r, c)] = v
        return found
    finally:
        wb.close()


def _read_sheet(path: Path, sheet: str | None) -> pl.DataFrame:
    wb = _open_workbook(path)
    formulas = _formulas(path, sheet)
    source = f"{path.name}[{sheet}]" if sheet else path.name
    issues: list[CellIssue] = []
    try:
        ws = wb[sheet] if sheet else wb.worksheets[0]
        # The <dimension> an exporter wrote may understate the rows; read to the real end.
        ws.reset_dimensions()
        rows = ws.iter_rows(values_only=True)
        header = [_cell_text(v) for v in next(rows, ())]
        if not any(header):
            raise ReadError(
                source, "arket er tomt", "kolonneoverskrifter i første række", kind="tom fil"
            )
        refuse_duplicated_columns(source, header)
        data: dict[str, list[str]] = {h: [] for h in header if h}
        numbers: list[int] = []
        for excel_row, values in enumerate(rows, start=2):
            cells = [_cell_text(v) for v in values]
            for i, v in enumerate(values):
                if v is None and (excel_row, i) in formulas and i < len(header) and header[i]:
                    shown = "<formel>" if header[i] == "person_id" else formulas[(excel_row, i)]
                    issues.append(
                        CellIssue(
                            "formel uden værdi",
                            excel_row,
                            header[i],
                            shown,
                            "en værdi, ikke en formel uden gemt værdi (åbn og gem filen i Excel, "
                            "eller indsæt cellerne som værdier)",
                        )
                    )
            if not any(cells):
                continue
            numbers.append(excel_row)
            for i, h in enumerate(header):
                if h:
                    data[h].append(cells[i] if i < len(cells) else "")
    finally:
        wb.close()
    if issues:
        raise ReadError(
            source,
            "formler uden gemt værdi",
            "værdier",
            kind="formel uden værdi",
            issues=tuple(issues),
        )
    df = pl.DataFrame(data, schema=dict.fromkeys(data, pl.Utf8))
    return df.with_columns(pl.Series("__row", numbers, dtype=pl.Int64))


DATA_SUFFIXES = (*SUFFIXES, ".xls", ".xlsm", ".tsv", ".txt", ".json")


@dataclass(frozen=True)
class FolderScan:
    sources: dict[str, tuple[Path, str | None]]
    errors: list[ReadError]
    notices: list[str]


def scan_folder(folder: Path) -> FolderScan:
    """Map table name → (file, sheet) for every contract table present in ``folder``.

    A table may be its own file (``persons.csv``, ``persons.parquet``, ``persons.xlsx``)
    or a sheet named after it in any workbook of the folder. Two sources for one table are
    refused, as is a data file whose name is close to a missing table's (``offer.csv``):
    silently ignored, its rows would vanish. Other data files are reported as notices.
    """
    import difflib

    found: dict[str, list[tuple[Path, str | None]]] = {}
    errors: list[ReadError] = []
    strays: list[Path] = []
    files = sorted(
        p for p in folder.iterdir() if p.is_file() and not p.name.startswith((".", "~$"))
    )
    for path in files:
        suffix = path.suffix.lower()
        stem = path.stem.lower()
        if suffix in SUFFIXES and stem in TABLES_BY_NAME:
            found.setdefault(stem, []).append((path, None))
        elif suffix == ".xlsx":
            try:
                wb = _open_workbook(path)
                sheets = list(wb.sheetnames)
                wb.close()
            except ReadError as exc:
                errors.append(exc)
                continue
            tables = [s for s in sheets if s in TABLES_BY_NAME]
            for sheet in tables:
                found.setdefault(sheet, []).append((path, sheet))
            if not tables:
                strays.append(path)
        elif suffix in DATA_SUFFIXES:
            strays.append(path)
    notices: list[str] = []
    for path in strays:
        stem = path.stem.lower()
        close = difflib.get_close_matches(stem, list(TABLES_BY_NAME), n=1, cutoff=0.75)
        if stem in TABLES_BY_NAME or (close and close[0] not in found):
            table = stem if stem in TABLES_BY_NAME else close[0]
            errors.append(
                ReadError(
                    path.name,
                    f"ligner tabellen {table}, men navnet eller formatet passer ikke",
                    f"filnavnet {table}.csv, {table}.parquet eller {table}.xlsx",
                    kind="ukendt fil",
                )
            )
        else:
            notices.append(f"{path.name}: ukendt fil, ignoreres")
    sources: dict[str, tuple[Path, str | None]] = {}
    for table, places in found.items():
        if len(places) > 1:
            names = [f"{p.name}[{s}]" if s else p.name for p, s in places]
            errors.append(
                ReadError(
                    names[0],
                    f"tabellen {table} findes også i {', '.join(names[1:])}",
                    "én fil (eller ét ark) pr. tabel",
                    kind="to kilder til samme tabel",
                )
            )
        else:
            sources[table] = places[0]
    return FolderScan(sources, errors, notices)


def find_sources(folder: Path) -> dict[str, tuple[Path, str | None]]:
    """The tables ``scan_folder`` finds; raises the first refusal."""
    scan = scan_folder(folder)
    if scan.errors:
        raise scan.errors[0]
    return scan.sources


def read_table(name: str, path: Path, sheet: str | None) -> RawTable:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        frame = _read_csv(path)
        source = path.name
    elif suffix == ".parquet":
        frame = _read_parquet(path, name)
        source = path.name
    else:
        frame = _read_sheet(path, sheet)
        source = f"{path.name}[{sheet}]" if sheet else path.name
    digest = _digest(path) + (f":{sheet}" if sheet else "")
    return RawTable(name, source, frame, digest)
