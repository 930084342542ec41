"""Writing contract tables as CSV (';', UTF-8, ISO dates) or Parquet, whole or in chunks."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import IO, Literal

import numpy as np
import numpy.typing as npt
import polars as pl
import pyarrow.parquet as pq

from tilsyn.data.contract import TABLES_BY_NAME, ColumnType
from tilsyn.data.synthetic.dates import NA_DAY

Format = Literal["csv", "parquet"]

# Parquet keeps native types where the contract has one; months and ISO weeks stay text in the
# contract's own notation (YYYY-MM, YYYY-Www) so both formats read the same.
_POLARS_TYPES: dict[ColumnType, pl.DataType] = {
    "text": pl.String(),
    "person_id": pl.String(),
    "municipality": pl.String(),
    "date": pl.Date(),
    "month": pl.String(),
    "isoweek": pl.String(),
    "int": pl.Int32(),
    "decimal": pl.Decimal(18, 2),
    "bool": pl.Boolean(),
    "code": pl.String(),
}


def table_frame(table: str, columns: dict[str, pl.Series]) -> pl.DataFrame:
    """All contract columns in contract order, typed; optional columns not given are empty."""
    spec = TABLES_BY_NAME[table]
    unknown = set(columns) - {c.name for c in spec.columns}
    if unknown:
        raise KeyError(f"{table}: columns not in the contract: {sorted(unknown)}")
    height = len(next(iter(columns.values())))
    series = []
    for col in spec.columns:
        dtype = _POLARS_TYPES[col.type]
        if col.name in columns:
            series.append(columns[col.name].cast(dtype).alias(col.name))
        elif col.required:
            raise KeyError(f"{table}: required column {col.name} missing")
        else:
            series.append(pl.Series(col.name, [None] * height, dtype=dtype))
    return pl.DataFrame(series)


def date_series(days: npt.NDArray[np.int32]) -> pl.Series:
    """Day numbers to a Date series; NA_DAY becomes null (an empty cell)."""
    values = pl.Series(days.astype(np.int32))
    return values.set(values == NA_DAY, None).cast(pl.Date)


def coded(
    labels: tuple[str, ...], codes: npt.NDArray[np.integer], *, missing: int = -1
) -> pl.Series:
    """Code indices to their labels; `missing` becomes null."""
    index = pl.Series(np.where(codes == missing, 0, codes).astype(np.uint32))
    values = pl.Series(labels, dtype=pl.String).gather(index)
    return values.set(pl.Series(codes == missing), None) if np.any(codes == missing) else values


def nullable_bool(flags: npt.NDArray[np.int8]) -> pl.Series:
    values = pl.Series(flags == 1)
    return values.set(pl.Series(flags < 0), None) if np.any(flags < 0) else values


class TableWriter:
    """Writes one table, possibly chunk by chunk, so a big table never sits in memory whole."""

    def __init__(self, out_dir: Path, table: str, fmt: Format) -> None:
        self.path = out_dir / f"{table}.{fmt}"
        self.table = table
        self.fmt = fmt
        self.rows = 0
        self._csv: IO[bytes] | None = None
        self._parquet: pq.ParquetWriter | None = None

    def write(self, frame: pl.DataFrame) -> None:
        first = self.rows == 0 and self._csv is None and self._parquet is None
        self.rows += frame.height
        if self.fmt == "csv":
            if self._csv is None:
                self._csv = self.path.open("wb")
            frame.write_csv(self._csv, separator=";", include_header=first, date_format="%Y-%m-%d")
            return
        arrow = frame.to_arrow(compat_level=pl.CompatLevel.oldest())
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self.path, arrow.schema, compression="zstd")
        self._parquet.write_table(arrow, row_group_size=1_000_000)

    def close(self) -> None:
        if self._csv is not None:
            self._csv.close()
        if self._parquet is not None:
            self._parquet.close()

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def write_table(out_dir: Path, table: str, fmt: Format, frame: pl.DataFrame) -> int:
    with TableWriter(out_dir, table, fmt) as writer:
        writer.write(frame)
    return frame.height
