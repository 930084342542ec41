"""Export staircase rows in the column layout of KOMBIT Ydelsesrefusion's calculation files.

Layout as read by Randers Kommune's open ETL (``yr-ydelsesrefusion-beregning*.csv``): ``;``-
separated, decimal comma, ``Uge`` parsed as a date ``YYYY-MM-DD`` (we write the Monday of the
ISO week). Assumptions [?]: ``Ydelse`` holds our Danish benefit label, not Ydelsesrefusion's own
benefit names; ``Finansiering Kommunenavn`` holds the 3-digit kommunekode (the case data has no
names); rates are written as percentages with two decimals (``80,00``).

``CPR nummer`` holds the pseudonym unless CPRs are explicitly requested and the snapshot's
identities file is given; CPRs are then written to the file only, never printed.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb

from tilsyn.data.private import private_text

COLUMNS = (
    "Uge",
    "CPR nummer",
    "Ydelse",
    "Finansiering Kommunenavn",
    "Beregnet udbetalingsbeløb",
    "Refusionssats",
    "Refusionsbeløb",
    "Medfinansieringssats",
    "Medfinansieringsbeløb",
)

BENEFIT_LABELS = {
    "dagpenge": "Arbejdsløshedsdagpenge",
    "kontanthjaelp": "Kontanthjælp",
    "uddannelseshjaelp": "Uddannelseshjælp",
    "selvforsoergelsesydelse": "Selvforsørgelses- og hjemrejseydelse",
    "sygedagpenge": "Sygedagpenge",
    "jobafklaring": "Ressourceforløbsydelse under jobafklaringsforløb",
    "ressourceforloeb": "Ressourceforløbsydelse",
    "ledighedsydelse": "Ledighedsydelse",
    "revalidering": "Revalideringsydelse",
    "fleksjob": "Fleksløntilskud",
    "foertidspension": "Førtidspension",
}


def danish_decimal(value: Decimal | None, places: int = 2) -> str:
    """``Decimal('1234.5')`` → ``'1234,50'``; None → empty."""
    if value is None:
        return ""
    return f"{value:.{places}f}".replace(".", ",")


def load_cprs(identities_path: Path) -> dict[str, str]:
    """Pseudonym → CPR from a snapshot's identities file (authorised use only)."""
    if not identities_path.exists():
        raise FileNotFoundError(
            f"{identities_path} findes ikke: datasamlingen har ingen CPR-numre at udlevere"
        )
    con = duckdb.connect(str(identities_path), read_only=True)
    try:
        return {
            str(p): str(c)
            for p, c in con.execute("SELECT person_id, cpr FROM identities").fetchall()
        }
    finally:
        con.close()


def kombit_rows(
    rows: Iterable[Mapping[str, Any]], cprs: Mapping[str, str] | None = None
) -> list[list[str]]:
    """Staircase rows (from :func:`tilsyn.economy.staircase.staircase_weeks`) → CSV cells."""
    out = []
    for r in rows:
        rate: Decimal | None = r.get("rate")
        pct = rate * 100 if rate is not None else None
        refunded = r.get("financing") == "refusion"
        person = str(r["person_id"])
        out.append(
            [
                r["week_start"].isoformat(),
                (cprs or {}).get(person, person).replace("-", ""),
                BENEFIT_LABELS.get(str(r["benefit"]), str(r["benefit"])),
                str(r.get("municipality") or ""),
                danish_decimal(r.get("amount")),
                danish_decimal(pct) if refunded else "",
                danish_decimal(r.get("refund")) if refunded else "",
                danish_decimal(pct) if not refunded else "",
                danish_decimal(r.get("cofinancing")) if not refunded else "",
            ]
        )
    return out


def write_kombit_csv(
    path: Path, rows: Iterable[Mapping[str, Any]], cprs: Mapping[str, str] | None = None
) -> int:
    """Write the file (UTF-8, ``;``); returns the number of data lines. With CPR numbers the
    file is readable by its owner only (0600)."""
    lines = kombit_rows(rows, cprs)
    opened = (
        private_text(path) if cprs is not None else path.open("w", newline="", encoding="utf-8")
    )
    with opened as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(lines)
    return len(lines)
