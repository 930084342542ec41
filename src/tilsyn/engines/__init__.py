"""Where the engine runs: DuckDB (the snapshot file itself, the default), PostgreSQL or Spark.

See decision 0011. The snapshot stays the source of truth; the other engines get a
copy of its case data and run the same rules (Ibis) and the same measure and economy SQL
(transpiled by sqlglot)."""

from __future__ import annotations

ENGINES = ("duckdb", "spark", "postgres")
