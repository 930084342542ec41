"""Read budget files (CSV or XLSX) and write the follow-up table (XLSX, Danish display rows).

A budget file has one row per area; money in mio. kr. Numbers may be written the Danish way
("3.190,7", "-0,0", "1,3%") or plainly ("3190.7"). A value such as "245.000" is refused as
ambiguous (Danish 245 000 or 245,0?) rather than guessed: a 1000× error in a price would
silently pass every other check. Row numbers in errors are the ones a person sees when
opening the file: the CSV line or Excel row, header = 1.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from tilsyn.data.contract import BENEFITS
from tilsyn.economy.budget import (
    BudgetInputError,
    BudgetLine,
    FollowUpRow,
    format_number,
    format_pct,
)

REQUIRED_COLUMNS = ("area", "original_budget", "corrected_budget", "spent_to_date")
NUMBER_COLUMNS = (
    "original_budget",
    "corrected_budget",
    "spent_to_date",
    "forecast",
    "budgeted_fulltime_persons",
    "forecast_fulltime_persons",
    "price_per_fulltime_person",
    "published_deviation_original",
    "published_deviation_corrected",
    "published_deviation_pct",
)
SHARE_COLUMNS = ("refund_share",)
TEXT_COLUMNS = ("area", "parent", "benefits")
ALLOWED_COLUMNS = TEXT_COLUMNS + NUMBER_COLUMNS + SHARE_COLUMNS
NON_NEGATIVE = (
    "budgeted_fulltime_persons",
    "forecast_fulltime_persons",
    "price_per_fulltime_person",
)

# Units a header may state in parentheses, "original_budget (mio. kr.)", and the factor that
# brings a value to the unit the engine computes in. A header without a unit means the
# column's first (documented) unit.
MILLIONS = {"mio. kr.": Decimal(1), "1.000 kr.": Decimal("0.001"), "kr.": Decimal("0.000001")}
UNITS: dict[str, dict[str, Decimal]] = {
    **{c: MILLIONS for c in NUMBER_COLUMNS if c not in NON_NEGATIVE},
    "published_deviation_pct": {"%": Decimal(1), "pct.": Decimal(1)},
    "budgeted_fulltime_persons": {"helårspersoner": Decimal(1)},
    "forecast_fulltime_persons": {"helårspersoner": Decimal(1)},
    "price_per_fulltime_person": {"kr.": Decimal(1), "1.000 kr.": Decimal(1000)},
    "refund_share": {"andel": Decimal(1), "%": Decimal(1)},
}
_UNIT_HEADER = re.compile(r"^(?P<name>[a-z_]+)\s*\((?P<unit>[^)]*)\)$")


def header_unit(header: str) -> tuple[str, Decimal]:
    """The column name and the factor of a header such as "forecast (kr.)"."""
    match = _UNIT_HEADER.match(header.strip())
    if match is None:
        return header.strip(), Decimal(1)
    name, unit = match.group("name"), match.group("unit").strip()
    units = UNITS.get(name)
    if units is None:
        raise BudgetInputError(f"kolonnen '{name}' har ingen enhed", row=1, column=header)
    if unit not in units:
        raise BudgetInputError(
            f"ukendt enhed '{unit}' for {name} (mulige: {', '.join(units)})", row=1, column=header
        )
    return name, units[unit]


_DANISH = re.compile(r"^[+-]?\d{1,3}(\.\d{3})*(,\d+)?$|^[+-]?\d+(,\d+)?$")
_PLAIN = re.compile(r"^[+-]?\d+(\.\d+)?$")
_AMBIGUOUS = re.compile(r"^[+-]?\d{1,3}\.\d{3}$")


def parse_number(text: str) -> Decimal:
    """Parse "3.190,7", "-0,0", "1,3%", "3190.7" or "1234" into a Decimal (sign kept).

    Raises ValueError with a Danish message for anything else, including the ambiguous
    "245.000".
    """
    value = text.strip().replace("\u2212", "-").replace("\xa0", "").replace(" ", "")
    if value.endswith("%"):
        value = value[:-1]
    if _AMBIGUOUS.match(value):
        raise ValueError(
            f"'{text}' er tvetydigt (tusindtalsseparator eller decimalpunktum?); "
            "skriv fx 245000 eller 245.000,0"
        )
    if _PLAIN.match(value):
        return Decimal(value)
    if _DANISH.match(value):
        return Decimal(value.replace(".", "").replace(",", "."))
    raise ValueError(f"'{text}' er ikke et tal")


def _share(text: str) -> Decimal:
    share = parse_number(text)
    if text.strip().endswith("%"):
        share = share / 100
    if not Decimal(0) <= share <= Decimal(1):
        raise ValueError(f"'{text}' er ikke en andel mellem 0 og 1 (eller 0-100%)")
    return share


@dataclass(frozen=True)
class _RawRow:
    row: int
    cells: Mapping[str, object]


SAMPLE_NAME = "budget-eksempel.csv"


def write_sample(folder: Path) -> Path:
    """Copy the documented sample budget file (docs/budget-format.md) into ``folder``."""
    from importlib.resources import files

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / SAMPLE_NAME
    text = files("tilsyn.economy").joinpath("examples", SAMPLE_NAME).read_text(encoding="utf-8")
    target.write_text(text, encoding="utf-8")
    return target


def read_budget(path: Path, *, sheet: str | None = None) -> list[BudgetLine]:
    """Read and validate a budget file; errors name the file, row and column."""
    try:
        if path.suffix.lower() == ".csv":
            header, raw = _read_csv(path)
        elif path.suffix.lower() == ".xlsx":
            header, raw = _read_xlsx(path, sheet)
        else:
            raise BudgetInputError("budgetfilen skal være .csv eller .xlsx")
        names = [header_unit(h) for h in header]
        _check_header([n for n, _ in names])
        factors = {n: f for n, f in names if f != 1}
        renamed = {h: n for h, (n, _) in zip(header, names, strict=True)}
        lines = [
            _line(_RawRow(r.row, {renamed.get(k, k): v for k, v in r.cells.items()}), factors)
            for r in raw
        ]
        if not lines:
            raise BudgetInputError("filen har ingen rækker under overskriften")
    except BudgetInputError as exc:
        raise exc.in_file(path.name) from None
    return lines


def _check_header(header: Sequence[str]) -> None:
    seen: set[str] = set()
    for name in header:
        if name in seen:
            raise BudgetInputError(f"kolonnen '{name}' står to gange", row=1, column=name)
        seen.add(name)
    unknown = [h for h in header if h not in ALLOWED_COLUMNS]
    if unknown:
        raise BudgetInputError(
            f"ukendt kolonne '{unknown[0]}' (tilladt: {', '.join(ALLOWED_COLUMNS)})",
            row=1,
            column=unknown[0],
        )
    missing = [c for c in REQUIRED_COLUMNS if c not in seen]
    if missing:
        raise BudgetInputError(f"kolonnen '{missing[0]}' mangler", row=1, column=missing[0])


def _read_csv(path: Path) -> tuple[list[str], list[_RawRow]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BudgetInputError("filen er ikke UTF-8") from exc
    except OSError as exc:
        raise BudgetInputError(f"kan ikke læses: {exc.strerror}") from exc
    first = text.splitlines()[0] if text else ""
    # Danish CSV uses ';' because ',' is the decimal separator.
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(text.splitlines(), delimiter=delimiter)
    header = [h.strip() for h in next(reader, [])]
    rows: list[_RawRow] = []
    for number, values in enumerate(reader, start=2):
        if not any(v.strip() for v in values):
            continue
        if len(values) > len(header):
            raise BudgetInputError(
                f"rækken har {len(values)} felter, overskriften {len(header)}", row=number
            )
        rows.append(_RawRow(number, dict(zip(header, values, strict=False))))
    return header, rows


def _read_xlsx(path: Path, sheet: str | None) -> tuple[list[str], list[_RawRow]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile/KeyError/etc. for broken files
        raise BudgetInputError(f"kan ikke læses som Excel: {exc}") from exc
    try:
        if sheet is not None and sheet not in wb.sheetnames:
            raise BudgetInputError(f"arket '{sheet}' findes ikke (ark: {', '.join(wb.sheetnames)})")
        ws = wb[sheet] if sheet else wb.worksheets[0]
        values = ws.iter_rows(values_only=True)
        header = ["" if v is None else str(v).strip() for v in next(values, ())]
        while header and not header[-1]:
            header.pop()
        rows: list[_RawRow] = []
        for number, cells in enumerate(values, start=2):
            if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
                continue
            rows.append(_RawRow(number, dict(zip(header, cells, strict=False))))
    finally:
        wb.close()
    return header, rows


def _line(raw: _RawRow, factors: Mapping[str, Decimal] | None = None) -> BudgetLine:
    def text(column: str) -> str | None:
        value = raw.cells.get(column)
        if value is None:
            return None
        result = str(value).strip()
        return result or None

    def number(column: str) -> Decimal | None:
        value = raw.cells.get(column)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        try:
            if isinstance(value, bool):
                raise ValueError(f"'{value}' er ikke et tal")
            if isinstance(value, int | float):
                # Excel stores binary floats; repr gives the shortest decimal that reads back.
                result = Decimal(repr(value))
            elif column in SHARE_COLUMNS:
                result = _share(str(value))
            else:
                result = parse_number(str(value))
        except (ValueError, InvalidOperation) as exc:
            raise BudgetInputError(str(exc), row=raw.row, column=column) from None
        if column in SHARE_COLUMNS and not Decimal(0) <= result <= Decimal(1):
            raise BudgetInputError(
                f"{result} er ikke en andel mellem 0 og 1", row=raw.row, column=column
            )
        if column in NON_NEGATIVE and result < 0:
            raise BudgetInputError(f"{result} er negativ", row=raw.row, column=column)
        return result * (factors or {}).get(column, Decimal(1))

    area = text("area")
    if area is None:
        raise BudgetInputError("område mangler", row=raw.row, column="area")
    benefits = tuple(b.strip() for b in (text("benefits") or "").split(",") if b.strip())
    for benefit in benefits:
        if benefit not in BENEFITS:
            raise BudgetInputError(
                f"ukendt ydelse '{benefit}' (kendte: {', '.join(BENEFITS)})",
                row=raw.row,
                column="benefits",
            )
    return BudgetLine(
        row=raw.row,
        area=area,
        parent=text("parent"),
        original_budget=number("original_budget"),
        corrected_budget=number("corrected_budget"),
        spent_to_date=number("spent_to_date"),
        forecast=number("forecast"),
        benefits=benefits,
        budgeted_fulltime_persons=number("budgeted_fulltime_persons"),
        forecast_fulltime_persons=number("forecast_fulltime_persons"),
        price_per_fulltime_person=number("price_per_fulltime_person"),
        refund_share=number("refund_share"),
        published_deviation_original=number("published_deviation_original"),
        published_deviation_corrected=number("published_deviation_corrected"),
        published_deviation_pct=number("published_deviation_pct"),
    )


TABLE_COLUMNS = (
    "area",
    "original_budget",
    "corrected_budget",
    "spent_to_date",
    "forecast",
    "deviation_original",
    "deviation_corrected",
    "deviation_pct",
)


def table_headers(as_of: dt.date) -> dict[str, str]:
    """Danish column titles as in the committee's table."""
    return {
        "area": f"Budgetopfølgning pr. {as_of:%d/%m/%Y} i mio. kr.",
        "original_budget": f"Oprindeligt budget {as_of.year} (mio. kr.)",
        "corrected_budget": f"Korrigeret budget {as_of.year} (mio. kr.)",
        "spent_to_date": f"Forbrug {as_of.year} pr. {as_of:%d/%m} (mio. kr.)",
        "forecast": "Seneste opfølgning (mio. kr.)",
        "deviation_original": "Afvigelse oprindeligt (mio. kr.)",
        "deviation_corrected": "Afvigelse korrigeret (mio. kr.)",
        "deviation_pct": "Afvigelse ift. korrigeret (pct.)",
        "warnings": "Bemærkninger",
    }


def display_rows(rows: Sequence[FollowUpRow]) -> list[dict[str, str]]:
    """Rows as Danish display text ("3.190,7", "1,3%"); parts indented under their total."""
    out: list[dict[str, str]] = []
    for row in rows:
        notes = [row.explanation] if row.explanation else []
        notes.extend(w.message for w in row.warnings)
        out.append(
            {
                "area": "  " * row.depth + row.area,
                "original_budget": format_number(row.original_budget),
                "corrected_budget": format_number(row.corrected_budget),
                "spent_to_date": format_number(row.spent_to_date),
                "forecast": format_number(row.forecast),
                "deviation_original": format_number(row.deviation_original),
                "deviation_corrected": format_number(row.deviation_corrected),
                "deviation_pct": "–"
                if row.deviation_pct is None
                else format_pct(row.deviation_pct),
                "warnings": "\n".join(notes),
            }
        )
    return out


def write_xlsx(rows: Sequence[FollowUpRow], path: Path, *, as_of: dt.date) -> None:
    """Write the follow-up table as an Excel workbook (numbers stay numbers, Danish titles)."""
    import xlsxwriter

    headers = table_headers(as_of)
    columns = [*TABLE_COLUMNS, "warnings"]
    workbook = xlsxwriter.Workbook(str(path))
    try:
        sheet = workbook.add_worksheet("Budgetopfølgning")
        bold = workbook.add_format({"bold": True, "text_wrap": True, "valign": "top"})
        money = workbook.add_format({"num_format": "#,##0.0"})
        pct = workbook.add_format({"num_format": '0.0"%"'})
        wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
        for col, name in enumerate(columns):
            sheet.write_string(0, col, headers[name], bold)
        for r, row in enumerate(rows, start=1):
            sheet.write_string(r, 0, row.area, workbook.add_format({"indent": row.depth}))
            record = row.to_record()
            for col, name in enumerate(TABLE_COLUMNS[1:], start=1):
                value = record[name]
                if value is None:
                    sheet.write_blank(r, col, None)
                else:
                    # One decimal is exactly representable for display; the cell stays numeric.
                    sheet.write_number(
                        r, col, float(value), pct if name == "deviation_pct" else money
                    )
            notes = [row.explanation] if row.explanation else []
            notes.extend(w.message for w in row.warnings)
            if notes:
                sheet.write_string(r, len(columns) - 1, "\n".join(notes), wrap)
        sheet.set_column(0, 0, 48)
        sheet.set_column(1, len(TABLE_COLUMNS) - 1, 14)
        sheet.set_column(len(columns) - 1, len(columns) - 1, 80)
        sheet.freeze_panes(1, 1)
    finally:
        workbook.close()
