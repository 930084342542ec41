"""Official figures from jobindsats.dk (STAR): a small API client and CSV/JSON readers.

API (anchors.md §1.5): one key per organisation, sent as the ``Authorization`` header.

* v2: ``GET /v2/subjects/json``, ``GET /v2/tables/{id}/json``, ``POST /v2/data/{id}/json`` with
  body ``{"area": "*", "period": [...], <variable>: [...]}``; header ``Authorization: <key>``.
  The data answer is a list of ``{"Variables": [{"Name", "Label"}, ...], "Data": [[...]]}``.
* v3: ``GET /v3/subjects?format=json``, ``/v3/tables?format=json``, ``/v3/table/{id}?format=json``,
  ``/v3/data/{id}?mgroup.*=*&period.M=...&hierarchy.<id>=...&format=json``; header
  ``Authorization: Bearer <token>``. The data answer is ``{"columns": [...], "rows": [[...]]}``.
  Answers may start with a UTF-8 BOM.

The answer shapes are reconstructed from public client code and documentation, not from a live
call (this machine has no network access to jobindsats.dk); the recorded fixtures under
``tests/measures/fixtures/`` must be re-recorded against the live API when a key is available.

Values come as numbers or as Danish text ("1.234", "85,3"); suppressed or empty cells
("-", "..", "") become None. Periods ``2024M03`` (and ``2024-03``) map to the month's first day.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal

import httpx

BASE_URL = "https://api.jobindsats.dk"
Version = Literal["v2", "v3"]
PERIOD_COLUMNS = ("periode", "period")
AREA_COLUMNS = ("område", "omraade", "area", "kommune")
SUPPRESSED = {"", "-", ".", "..", "...", "x", "null", "none"}


class JobindsatsError(Exception):
    """A jobindsats answer or file could not be read; the message says what and where."""


@dataclass(frozen=True)
class OfficialFigure:
    """One published number: area, period, measure and value (None when suppressed)."""

    area: str
    period: str
    measure: str
    value: Decimal | None
    dimensions: tuple[tuple[str, str], ...] = ()

    @property
    def month(self) -> dt.date | None:
        return period_month(self.period)


def period_month(period: str) -> dt.date | None:
    """``2024M03`` or ``2024-03`` → 1 March 2024; other period kinds → None."""
    m = re.fullmatch(r"(\d{4})(?:M|-)(\d{2})", period.strip())
    if not m:
        return None
    month = int(m.group(2))
    return dt.date(int(m.group(1)), month, 1) if 1 <= month <= 12 else None


def parse_value(raw: object) -> Decimal | None:
    """A jobindsats cell as an exact decimal; Danish "1.234,5" and suppressed cells handled."""
    if raw is None or isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return Decimal(raw)
    if isinstance(raw, float):
        return Decimal(str(raw))
    text = str(raw).strip().replace("\xa0", "").replace(" ", "")
    if text.lower() in SUPPRESSED:
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"-?\d{1,3}(\.\d{3})+", text):
        text = text.replace(".", "")  # Danish thousands separators: "1.210" is 1210
    try:
        return Decimal(text)
    except InvalidOperation:
        raise JobindsatsError(f"'{raw}' er ikke et tal") from None


def _is_numberish(raw: object) -> bool:
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return True
    try:
        return parse_value(raw) is not None
    except JobindsatsError:
        return False


def _find(columns: Sequence[str], names: Sequence[str], what: str) -> str:
    for col in columns:
        if col.strip().lower() in names:
            return col
    raise JobindsatsError(f"ingen kolonne for {what} (fandt: {', '.join(columns)})")


def figures_from_records(
    records: Sequence[Mapping[str, object]], *, measures: Sequence[str] | None = None
) -> list[OfficialFigure]:
    """Records (column → cell) to figures. Measure columns are ``measures`` when given, else
    every column whose cells are numbers; the other columns become dimensions."""
    if not records:
        return []
    columns = list(records[0].keys())
    period_col = _find(columns, PERIOD_COLUMNS, "periode")
    area_col = _find(columns, AREA_COLUMNS, "område")
    rest = [c for c in columns if c not in (period_col, area_col)]
    if measures is None:
        measure_cols = [
            c
            for c in rest
            if any(r.get(c) not in (None, "") for r in records)
            and all(
                _is_numberish(r.get(c)) or str(r.get(c) or "").strip().lower() in SUPPRESSED
                for r in records
            )
        ]
    else:
        missing = [m for m in measures if m not in columns]
        if missing:
            raise JobindsatsError(f"målet findes ikke: {', '.join(missing)}")
        measure_cols = list(measures)
    dims = [c for c in rest if c not in measure_cols]
    out = []
    for r in records:
        dimensions = tuple((d, str(r.get(d, ""))) for d in dims)
        for col in measure_cols:
            out.append(
                OfficialFigure(
                    area=str(r.get(area_col, "")).strip(),
                    period=str(r.get(period_col, "")).strip(),
                    measure=col,
                    value=parse_value(r.get(col)),
                    dimensions=dimensions,
                )
            )
    return out


def records_from_payload(payload: Any) -> list[dict[str, object]]:
    """Column → cell records from a v2 (``Variables``/``Data``) or v3 (``columns``/``rows``)
    data answer."""
    if isinstance(payload, dict) and "columns" in payload and "rows" in payload:
        columns = [str(c) for c in payload["columns"]]
        rows = payload["rows"]
    elif (
        isinstance(payload, list)
        and payload
        and isinstance(payload[0], dict)
        and ("Variables" in payload[0])
    ):
        columns = [str(v.get("Label") or v.get("Name")) for v in payload[0]["Variables"]]
        rows = [row for block in payload for row in block.get("Data", [])]
    else:
        raise JobindsatsError(
            "ukendt svarformat: forventede v2 ({'Variables', 'Data'}) "
            "eller v3 ({'columns', 'rows'})"
        )
    out = []
    for i, row in enumerate(rows, start=1):
        if not isinstance(row, list) or len(row) != len(columns):
            raise JobindsatsError(f"række {i} har ikke {len(columns)} celler")
        out.append(dict(zip(columns, row, strict=True)))
    return out


def _loads(text: str) -> Any:
    try:
        return json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        raise JobindsatsError(f"ugyldig JSON: {exc}") from exc


def read_official_json(
    path: Path, *, measures: Sequence[str] | None = None
) -> list[OfficialFigure]:
    """A saved v2 or v3 data answer."""
    return figures_from_records(
        records_from_payload(_loads(path.read_text(encoding="utf-8"))), measures=measures
    )


def read_official_csv(path: Path, *, measures: Sequence[str] | None = None) -> list[OfficialFigure]:
    """A CSV export (``;`` or ``,`` separated, header row, optional BOM, Danish numbers)."""
    text = path.read_text(encoding="utf-8-sig")
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise JobindsatsError(f"{path}: filen er tom")
    delimiter = ";" if lines[0].count(";") >= lines[0].count(",") else ","
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    records: list[dict[str, object]] = [dict(r) for r in reader]
    try:
        return figures_from_records(records, measures=measures)
    except JobindsatsError as exc:
        raise JobindsatsError(f"{path}: {exc}") from None


def read_official(path: Path, *, measures: Sequence[str] | None = None) -> list[OfficialFigure]:
    """A CSV export or a saved JSON answer, by file suffix."""
    if not path.exists():
        raise JobindsatsError(f"{path} findes ikke")
    if path.suffix.lower() == ".json":
        return read_official_json(path, measures=measures)
    if path.suffix.lower() in (".csv", ".txt"):
        return read_official_csv(path, measures=measures)
    raise JobindsatsError(f"{path}: kender kun .csv og .json")


class JobindsatsClient:
    """Token-authenticated client for the jobindsats API v2 or v3."""

    def __init__(
        self,
        token: str,
        *,
        version: Version = "v2",
        base_url: str = BASE_URL,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 60.0,
    ) -> None:
        if not token.strip():
            raise JobindsatsError("API-nøglen er tom")
        if version not in ("v2", "v3"):
            raise JobindsatsError(f"ukendt API-version {version!r} (v2 eller v3)")
        self.version: Version = version
        auth = token if version == "v2" else f"Bearer {token}"
        self._http = httpx.Client(
            base_url=base_url.rstrip("/"),
            headers={"Authorization": auth, "Accept": "application/json"},
            transport=transport,
            timeout=timeout,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> JobindsatsClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _json(self, response: httpx.Response) -> Any:
        if response.status_code == 401 or response.status_code == 403:
            raise JobindsatsError(f"jobindsats afviste nøglen (HTTP {response.status_code})")
        if response.status_code >= 400:
            raise JobindsatsError(
                f"jobindsats svarede HTTP {response.status_code}: {response.text[:300]}"
            )
        return _loads(response.text)

    def subjects(self) -> Any:
        """The list of subjects (themes)."""
        path = "/v2/subjects/json" if self.version == "v2" else "/v3/subjects"
        params = {} if self.version == "v2" else {"format": "json"}
        return self._json(self._http.get(path, params=params))

    def table(self, table_id: str) -> Any:
        """A table's description (v2: includes the available periods)."""
        if self.version == "v2":
            return self._json(self._http.get(f"/v2/tables/{table_id.lower()}/json"))
        return self._json(
            self._http.get(f"/v3/table/{table_id.lower()}", params={"format": "json"})
        )

    def periods(self, table_id: str) -> list[str]:
        """The periods a table has data for (v2 ``Period`` list)."""
        answer = self.table(table_id)
        blocks = answer if isinstance(answer, list) else [answer]
        for block in blocks:
            if isinstance(block, dict) and isinstance(block.get("Period"), list):
                return [str(p) for p in block["Period"]]
        raise JobindsatsError(f"tabel {table_id}: svaret har ingen periodeliste")

    def data_payload(
        self,
        table_id: str,
        *,
        periods: Sequence[str],
        area: str = "*",
        filters: Mapping[str, Sequence[str]] | None = None,
        hierarchy: Mapping[str, str] | None = None,
    ) -> Any:
        """The raw data answer for the periods given (``2024M03`` or ``latest:14``).

        v2 sends ``area`` and ``filters`` (variable → values) in the POST body; v3 sends
        ``period.M`` and ``hierarchy.<id>=<value>`` query parameters."""
        if not periods:
            raise JobindsatsError("mindst én periode kræves")
        tid = table_id.lower()
        if self.version == "v2":
            body: dict[str, object] = {"area": area, "period": list(periods)}
            body.update({k: list(v) for k, v in (filters or {}).items()})
            return self._json(self._http.post(f"/v2/data/{tid}/json", json=body))
        query: dict[str, str] = {"mgroup.*": "*", "period.M": ",".join(periods)}
        query.update({f"hierarchy.{k}": v for k, v in (hierarchy or {}).items()})
        query["format"] = "json"
        return self._json(self._http.get(f"/v3/data/{tid}", params=query))

    def data(
        self,
        table_id: str,
        *,
        periods: Sequence[str],
        area: str = "*",
        filters: Mapping[str, Sequence[str]] | None = None,
        hierarchy: Mapping[str, str] | None = None,
        measures: Sequence[str] | None = None,
    ) -> list[OfficialFigure]:
        """Figures of a table (see :meth:`data_payload`)."""
        payload = self.data_payload(
            table_id, periods=periods, area=area, filters=filters, hierarchy=hierarchy
        )
        return figures_from_records(records_from_payload(payload), measures=measures)
