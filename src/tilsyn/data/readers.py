"""Read a case-data folder (CSV, Parquet or Excel) into all-text frames.

Every value is read as text so that validation sees exactly what the municipality
delivered and can name the file, row and column of each problem. ``row`` numbers are
the ones a person sees when opening the file: the CSV line number or the Excel row
(the header is row 1), and the 1-based record number in a Parquet file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from tilsyn.data.contract import TABLES_BY_NAME

SUFFIXES = (".csv", ".parquet", ".xlsx")


class ReadError(ValueError):
    """A file cannot be read at all (encoding, format)."""

    def __init__(self, file: str, message: str, expected: str) -> None:
        super().__init__(f"{file}: {message}")
        self.file = file
        self.message = message
        self.expected = expected


@dataclass(frozen=True)
class RawTable:
    name: str
    source: str  # file name, or "workbook.xlsx[sheet]"
    frame: pl.DataFrame  # all columns Utf8, plus "__row" (Int64): the row number to report
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
    return ";" if line.count(";") >= line.count(",") else ","


def _read_csv(path: Path) -> pl.DataFrame:
    sep = _sniff_separator(path)
    try:
        df = pl.read_csv(
            path,
            separator=sep,
            infer_schema=False,
            encoding="utf8",
            quote_char='"',
        )
    except (pl.exceptions.ComputeError, UnicodeDecodeError) as exc:
        text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if "utf-8" in text.lower() or "utf8" in text.lower():
            raise ReadError(path.name, "filen er ikke gyldig UTF-8", "en CSV-fil i UTF-8") from exc
        raise ReadError(path.name, text, "en CSV-fil med kolonneoverskrifter") from exc
    df = df.rename({c: c.strip().lstrip("\ufeff") for c in df.columns})
    return df.with_row_index("__row", offset=2).with_columns(pl.col("__row").cast(pl.Int64))


def _to_text(df: pl.DataFrame) -> pl.DataFrame:
    exprs = []
    for name, dtype in df.schema.items():
        col = pl.col(name)
        if dtype == pl.Boolean:
            exprs.append(pl.when(col).then(pl.lit("true")).otherwise(pl.lit("false")).alias(name))
        elif dtype in (pl.Datetime, pl.Date) or isinstance(dtype, pl.Datetime):
            exprs.append(col.cast(pl.Date).dt.strftime("%Y-%m-%d").alias(name))
        else:
            exprs.append(col.cast(pl.Utf8).alias(name))
    return df.select(exprs).with_columns(pl.all().fill_null(""))


def _read_parquet(path: Path) -> pl.DataFrame:
    try:
        df = pl.read_parquet(path)
    except Exception as exc:  # polars raises several unrelated types for corrupt files
        raise ReadError(
            path.name, str(exc).splitlines()[0] if str(exc) else "ulæselig", "en gyldig Parquet-fil"
        ) from exc
    df = _to_text(df)
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


def _read_sheet(path: Path, sheet: str | None) -> pl.DataFrame:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile/KeyError/etc. for broken files
        raise ReadError(path.name, str(exc) or "ulæselig", "en gyldig Excel-fil (.xlsx)") from exc
    try:
        ws = wb[sheet] if sheet else wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header = [_cell_text(v) for v in next(rows, ())]
        data: dict[str, list[str]] = {h: [] for h in header if h}
        numbers: list[int] = []
        for excel_row, values in enumerate(rows, start=2):
            cells = [_cell_text(v) for v in values]
            if not any(cells):
                continue
            numbers.append(excel_row)
            for i, h in enumerate(header):
                if h:
                    data[h].append(cells[i] if i < len(cells) else "")
    finally:
        wb.close()
    df = pl.DataFrame(data, schema=dict.fromkeys(data, pl.Utf8))
    return df.with_columns(pl.Series("__row", numbers, dtype=pl.Int64))


def find_sources(folder: Path) -> dict[str, tuple[Path, str | None]]:
    """Map table name → (file, sheet) for every contract table present in ``folder``.

    A table may be its own file (``persons.csv``, ``persons.parquet``, ``persons.xlsx``)
    or a sheet named after it in any workbook of the folder.
    """
    found: dict[str, tuple[Path, str | None]] = {}
    for name in TABLES_BY_NAME:
        for suffix in SUFFIXES:
            path = folder / f"{name}{suffix}"
            if path.is_file():
                found.setdefault(name, (path, None))
    for workbook in sorted(folder.glob("*.xlsx")):
        if workbook.stem in TABLES_BY_NAME:
            continue
        from openpyxl import load_workbook

        try:
            wb = load_workbook(workbook, read_only=True)
            sheets = list(wb.sheetnames)
            wb.close()
        except Exception as exc:  # see _read_sheet
            raise ReadError(
                workbook.name, str(exc) or "ulæselig", "en gyldig Excel-fil (.xlsx)"
            ) from exc
        for sheet in sheets:
            if sheet in TABLES_BY_NAME:
                found.setdefault(sheet, (workbook, sheet))
    return found


def read_table(name: str, path: Path, sheet: str | None) -> RawTable:
    if path.suffix == ".csv":
        frame = _read_csv(path)
        source = path.name
    elif path.suffix == ".parquet":
        frame = _read_parquet(path)
        source = path.name
    else:
        frame = _read_sheet(path, sheet)
        source = f"{path.name}[{sheet}]" if sheet else path.name
    digest = _digest(path) + (f":{sheet}" if sheet else "")
    return RawTable(name, source, frame, digest)
