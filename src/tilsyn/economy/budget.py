"""Budget follow-up in the form a Danish committee gets it (*budgetopfølgning*).

Input: one line per budget area (mio. kr.), optionally arranged in a hierarchy by ``parent``.
Output: the committee's table — deviation of the latest forecast (*seneste opfølgning*) from
the original and the corrected budget, and per cent of the corrected budget — plus warnings
where the published figures do not add up, and explanations in the committee's words
("170 flere modtagere end budgetteret, svarende til ca. 20,4 mio. kr.").

Conventions (see docs/economy.md, "Budgetopfølgning"):

- All money is :class:`~decimal.Decimal`; nothing is compared as a float.
- Deviations are ``forecast − budget``: positive means *merforbrug* (overspending).
- Published figures are rounded half away from zero (``ROUND_HALF_UP`` in :mod:`decimal`;
  Babel alone rounds half to even, so values are quantised here before formatting).
- A published figure carries its own precision: ``635,3`` is known to ±0,05. Whether a
  mismatch "can be rounding" is decided from those half-units, never from a fixed tolerance.
- The engine never calls ``date.today()``: ``as_of`` is an argument.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any, Literal

from babel.numbers import format_decimal

if TYPE_CHECKING:
    import duckdb

    from tilsyn.rules.parameters import ParameterSet

ONE_DECIMAL = Decimal("0.1")
MILLION = Decimal(1_000_000)
HUNDRED = Decimal(100)

MoneyColumn = Literal["original_budget", "corrected_budget", "spent_to_date", "forecast"]
MONEY_COLUMNS: tuple[MoneyColumn, ...] = (
    "original_budget",
    "corrected_budget",
    "spent_to_date",
    "forecast",
)

COLUMN_LABELS: dict[str, str] = {
    "area": "Område",
    "original_budget": "Oprindeligt budget",
    "corrected_budget": "Korrigeret budget",
    "spent_to_date": "Forbrug",
    "forecast": "Seneste opfølgning",
    "deviation_original": "Afvigelse oprindeligt",
    "deviation_corrected": "Afvigelse korrigeret",
    "deviation_pct": "Afvigelse pct. ift. korrigeret",
}

WarningKind = Literal[
    "sum_of_parts",  # a published total differs from the sum of its parts
    "published_deviation",  # a published deviation differs from the one computed
    "pct_undefined",  # corrected budget is 0 but the deviation is not
    "refund_unknown",  # forecast from full-year persons without a refund share
    "unit_error",  # numbers that only make sense in another unit (kr. for mio. kr.)
]

ForecastBasis = Literal["file", "sum", "fulltime"]


class BudgetInputError(ValueError):
    """Bad budget input; the message names the file, row and column where known."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        self.file = file
        self.row = row
        self.column = column
        self.message = message
        super().__init__(self._text())

    def _text(self) -> str:
        where = [
            part
            for part in (
                self.file,
                f"række {self.row}" if self.row is not None else None,
                f"kolonne {self.column}" if self.column else None,
            )
            if part
        ]
        return f"{', '.join(where)}: {self.message}" if where else self.message

    def in_file(self, file: str) -> BudgetInputError:
        """The same error, now naming the file it came from."""
        return BudgetInputError(self.message, file=file, row=self.row, column=self.column)


@dataclass(frozen=True)
class BudgetLine:
    """One input row. Money in mio. kr.; ``price_per_fulltime_person`` in kr."""

    row: int
    area: str
    parent: str | None = None
    original_budget: Decimal | None = None
    corrected_budget: Decimal | None = None
    spent_to_date: Decimal | None = None
    forecast: Decimal | None = None
    benefits: tuple[str, ...] = ()
    budgeted_fulltime_persons: Decimal | None = None
    forecast_fulltime_persons: Decimal | None = None
    price_per_fulltime_person: Decimal | None = None
    refund_share: Decimal | None = None
    published_deviation_original: Decimal | None = None
    published_deviation_corrected: Decimal | None = None
    published_deviation_pct: Decimal | None = None


@dataclass(frozen=True)
class FulltimeOutlook:
    """Forecast full-year persons for a year and the average share the state refunds."""

    fulltime_persons: Decimal
    refund_share: Decimal | None


# (benefit codes, year, as_of) -> outlook. Implemented over a snapshot by
# :func:`snapshot_outlook`; tests may pass any function.
OutlookSource = Callable[[tuple[str, ...], int, dt.date], FulltimeOutlook]


@dataclass(frozen=True)
class BudgetWarning:
    kind: WarningKind
    column: str
    message: str
    published: Decimal | None = None
    computed: Decimal | None = None
    # None where the question does not apply (e.g. pct_undefined).
    explained_by_rounding: bool | None = None


@dataclass(frozen=True)
class FollowUpRow:
    """One row of the committee's table. Budget figures exact; deviations rounded as published."""

    row: int
    area: str
    parent: str | None
    depth: int
    original_budget: Decimal
    corrected_budget: Decimal
    spent_to_date: Decimal
    forecast: Decimal
    forecast_basis: ForecastBasis
    deviation_original: Decimal
    deviation_corrected: Decimal
    deviation_pct: Decimal | None
    explanation: str | None = None
    fulltime_persons_deviation: Decimal | None = None
    fulltime_amount_deviation: Decimal | None = None
    warnings: tuple[BudgetWarning, ...] = field(default=())

    def to_record(self) -> dict[str, Any]:
        """The row as plain data for JSON/CSV: money and per cent to one decimal."""
        return {
            "area": self.area,
            "parent": self.parent,
            "original_budget": round_half_up(self.original_budget),
            "corrected_budget": round_half_up(self.corrected_budget),
            "spent_to_date": round_half_up(self.spent_to_date),
            "forecast": round_half_up(self.forecast),
            "deviation_original": self.deviation_original,
            "deviation_corrected": self.deviation_corrected,
            "deviation_pct": self.deviation_pct,
            "forecast_basis": self.forecast_basis,
            "explanation": self.explanation,
            "warnings": [w.message for w in self.warnings],
        }


def round_half_up(value: Decimal, step: Decimal = ONE_DECIMAL) -> Decimal:
    """Round as Danish public accounts do: half away from zero (2,25 → 2,3; −2,25 → −2,3)."""
    rounded = value.quantize(step, rounding=ROUND_HALF_UP)
    # "-0,0" is how a tiny negative prints in the seed tables; as a computed result it is noise.
    return rounded + 0 if rounded.is_zero() else rounded


def format_number(value: Decimal, decimals: int = 1) -> str:
    """Danish number format, rounded half away from zero: ``3190.65`` → ``"3.190,7"``."""
    step = Decimal(1).scaleb(-decimals)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(round_half_up(value, step), format=pattern, locale="da_DK")


def format_pct(value: Decimal) -> str:
    """Per cent with one decimal as in the committee's table: ``1,3%``."""
    return format_number(value) + "%"


def half_unit(value: Decimal) -> Decimal:
    """How far the true value can lie from a figure rounded to its last shown decimal."""
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int):
        raise ValueError(f"ikke et endeligt tal: {value}")
    return Decimal(5).scaleb(exponent - 1)


def follow_up(
    lines: Sequence[BudgetLine],
    *,
    as_of: dt.date,
    outlook: OutlookSource | None = None,
) -> list[FollowUpRow]:
    """Compute the committee's budget follow-up table for ``lines`` (in input order).

    Parents without figures get the sum of their parts; parents with figures are checked
    against it. A leaf without ``forecast`` but with ``benefits`` is forecast as full-year
    persons × price × (1 − refund share), the persons coming from the file
    (``forecast_fulltime_persons``) or from ``outlook`` for the year of ``as_of``.
    """
    by_area = _index(lines)
    children = _children(lines)
    depth = {line.area: _depth(line, by_area) for line in lines}  # also rejects cycles

    rows: dict[str, FollowUpRow] = {}
    # Deepest first: every part is evaluated before its total.
    for line in sorted(lines, key=lambda line: -depth[line.area]):
        parts = [rows[c.area] for c in children.get(line.area, [])]
        rows[line.area] = _evaluate(line, parts, depth[line.area], as_of, outlook)
    return [rows[line.area] for line in lines]


def _index(lines: Sequence[BudgetLine]) -> dict[str, BudgetLine]:
    by_area: dict[str, BudgetLine] = {}
    for line in lines:
        if line.area in by_area:
            raise BudgetInputError(
                f"området '{line.area}' findes også i række {by_area[line.area].row}",
                row=line.row,
                column="area",
            )
        by_area[line.area] = line
    for line in lines:
        if line.parent is not None and line.parent not in by_area:
            raise BudgetInputError(
                f"ukendt overordnet område '{line.parent}'", row=line.row, column="parent"
            )
    return by_area


def _children(lines: Sequence[BudgetLine]) -> dict[str, list[BudgetLine]]:
    children: dict[str, list[BudgetLine]] = {}
    for line in lines:
        if line.parent is not None:
            children.setdefault(line.parent, []).append(line)
    return children


def _depth(line: BudgetLine, by_area: Mapping[str, BudgetLine]) -> int:
    seen = [line.area]
    current = line
    while current.parent is not None:
        current = by_area[current.parent]
        if current.area in seen:
            cycle = " → ".join([*seen[seen.index(current.area) :], current.area])
            raise BudgetInputError(
                f"områderne danner en ring: {cycle}", row=line.row, column="parent"
            )
        seen.append(current.area)
    return len(seen) - 1


def _evaluate(
    line: BudgetLine,
    parts: Sequence[FollowUpRow],
    depth: int,
    as_of: dt.date,
    outlook: OutlookSource | None,
) -> FollowUpRow:
    warnings: list[BudgetWarning] = []
    values: dict[MoneyColumn, Decimal] = {}
    basis: ForecastBasis = "file"

    fulltime = _fulltime(line, as_of, outlook) if not parts else None
    for column in MONEY_COLUMNS:
        given: Decimal | None = getattr(line, column)
        if given is not None:
            values[column] = given
            if parts:
                warnings.extend(_check_sum(line, column, given, parts))
        elif parts:
            values[column] = sum((getattr(p, column) for p in parts), Decimal(0))
            if column == "forecast":
                basis = "sum"
        elif column == "forecast" and fulltime is not None and fulltime.forecast is not None:
            values[column] = fulltime.forecast
            basis = "fulltime"
            if fulltime.refund_share is None:
                warnings.append(_refund_unknown(line))
        else:
            raise BudgetInputError(_missing_message(column, line), row=line.row, column=column)

    forecast = values["forecast"]
    original = values["original_budget"]
    corrected = values["corrected_budget"]
    exact_original = forecast - original
    exact_corrected = forecast - corrected
    pct = _pct(exact_corrected, corrected)
    if pct is None:
        warnings.append(
            BudgetWarning(
                kind="pct_undefined",
                column="deviation_pct",
                message=(
                    "Afvigelse i procent kan ikke beregnes: korrigeret budget er 0, "
                    f"afvigelsen er {format_number(exact_corrected)} mio. kr."
                ),
            )
        )

    warnings.extend(_unit_errors(values))

    published_inputs: Mapping[MoneyColumn, bool] = {
        c: getattr(line, c) is not None for c in MONEY_COLUMNS
    }
    warnings.extend(
        _check_published(line, values, exact_original, exact_corrected, pct, published_inputs)
    )

    persons_dev, amount_dev, explanation = _explain(line, fulltime, parts)
    return FollowUpRow(
        row=line.row,
        area=line.area,
        parent=line.parent,
        depth=depth,
        original_budget=original,
        corrected_budget=corrected,
        spent_to_date=values["spent_to_date"],
        forecast=forecast,
        forecast_basis=basis,
        deviation_original=round_half_up(exact_original),
        deviation_corrected=round_half_up(exact_corrected),
        deviation_pct=pct,
        explanation=explanation,
        fulltime_persons_deviation=persons_dev,
        fulltime_amount_deviation=amount_dev,
        warnings=tuple(warnings),
    )


UNIT_ERROR_GAP = Decimal(1)  # mio. kr.
UNIT_HINT = "sandsynligvis en enhedsfejl (kr. eller 1.000 kr. i en kolonne i mio. kr.?)"


def _unit_errors(values: Mapping[MoneyColumn, Decimal]) -> list[BudgetWarning]:
    """Numbers that are possible but almost always a unit error: a year's forecast below
    what is already spent (by more than published rounding explains: small service areas
    show 0,0 forecast against 0,2 spent), or a forecast that is a hundredth of the budget or
    less (a deviation of −100 %) or a hundred times it."""
    forecast, spent = values["forecast"], values["spent_to_date"]
    corrected = values["corrected_budget"]
    found: list[BudgetWarning] = []
    if spent - forecast >= UNIT_ERROR_GAP:
        found.append(
            BudgetWarning(
                kind="unit_error",
                column="forecast",
                message=(
                    f"Prognosen ({format_number(forecast)} mio. kr.) er lavere end forbruget "
                    f"til dato ({format_number(spent)} mio. kr.): {UNIT_HINT}"
                ),
            )
        )
    if corrected > 0 and 0 <= forecast * 100 <= corrected:
        found.append(
            BudgetWarning(
                kind="unit_error",
                column="forecast",
                message=(
                    f"Prognosen ({format_number(forecast)} mio. kr.) giver en afvigelse på "
                    f"næsten −100 % af det korrigerede budget: {UNIT_HINT}"
                ),
            )
        )
    elif corrected > 0 and forecast > corrected * 100:
        found.append(
            BudgetWarning(
                kind="unit_error",
                column="forecast",
                message=(
                    f"Prognosen ({format_number(forecast)} mio. kr.) er over 100 gange det "
                    f"korrigerede budget: {UNIT_HINT}"
                ),
            )
        )
    return found


def _pct(deviation: Decimal, corrected: Decimal) -> Decimal | None:
    if corrected.is_zero():
        # Nothing budgeted and nothing deviating is "0,0%" in the seed table (13001
        # servicedrift); a deviation from a zero budget has no percentage.
        return Decimal("0.0") if deviation.is_zero() else None
    return round_half_up(deviation / corrected * HUNDRED)


@dataclass(frozen=True)
class _Fulltime:
    persons: Decimal | None
    refund_share: Decimal | None
    forecast: Decimal | None  # mio. kr., net of refund where the share is known


def _fulltime(line: BudgetLine, as_of: dt.date, outlook: OutlookSource | None) -> _Fulltime | None:
    persons = line.forecast_fulltime_persons
    refund = line.refund_share
    wants_persons = line.forecast is None or line.budgeted_fulltime_persons is not None
    if persons is None and line.benefits and outlook is not None and wants_persons:
        try:
            found = outlook(line.benefits, as_of.year, as_of)
        except BudgetInputError as exc:
            raise BudgetInputError(exc.message, row=line.row, column="benefits") from exc
        persons = found.fulltime_persons
        if refund is None:
            refund = found.refund_share
    if persons is None:
        return None
    forecast = None
    if line.price_per_fulltime_person is not None:
        forecast = persons * _net_price(line.price_per_fulltime_person, refund) / MILLION
    return _Fulltime(persons=persons, refund_share=refund, forecast=forecast)


def _net_price(price: Decimal, refund_share: Decimal | None) -> Decimal:
    return price * (1 - refund_share) if refund_share is not None else price


def _missing_message(column: MoneyColumn, line: BudgetLine) -> str:
    if column != "forecast":
        return "værdi mangler (kun et overordnet område kan udelade den: summen af delene bruges)"
    if line.benefits and line.price_per_fulltime_person is None:
        return "forecast mangler, og price_per_fulltime_person mangler til at fremskrive den"
    if line.benefits:
        return (
            "forecast mangler, og der er ingen helårspersoner at fremskrive fra "
            "(angiv forecast_fulltime_persons eller et arbejdsområde med sagsdata)"
        )
    return "forecast mangler (angiv den, eller angiv benefits og price_per_fulltime_person)"


def _refund_unknown(line: BudgetLine) -> BudgetWarning:
    return BudgetWarning(
        kind="refund_unknown",
        column="forecast",
        message=(
            "Seneste opfølgning er fremskrevet fra helårspersoner uden kendt refusionsandel; "
            "prisen pr. helårsperson er brugt som nettopris"
        ),
    )


def _check_sum(
    line: BudgetLine, column: MoneyColumn, total: Decimal, parts: Sequence[FollowUpRow]
) -> list[BudgetWarning]:
    values: list[Decimal] = [getattr(p, column) for p in parts]
    parts_sum = sum(values, Decimal(0))
    if parts_sum == total:
        return []
    # Each part and the total are known only to their last shown decimal; only a difference
    # beyond the sum of those half-units is certainly not rounding.
    bound = half_unit(total) + sum((half_unit(v) for v in values), Decimal(0))
    explained = abs(total - parts_sum) <= bound
    label = COLUMN_LABELS[column].lower()
    message = (
        f"Offentliggjort {label} {format_number(total)} er ikke summen af delene "
        f"{format_number(parts_sum)} (forskel {format_number(total - parts_sum)} mio. kr.); "
        + _rounding_clause(explained, bound)
    )
    return [
        BudgetWarning(
            kind="sum_of_parts",
            column=column,
            message=message,
            published=total,
            computed=parts_sum,
            explained_by_rounding=explained,
        )
    ]


def _rounding_clause(explained: bool, bound: Decimal) -> str:
    limit = format_number(bound, _decimals(bound))
    if explained:
        return f"forskellen kan skyldes afrunding af de uafrundede kildetal (højst ±{limit})"
    return f"forskellen kan ikke forklares ved afrunding alene (højst ±{limit})"


def _exponent(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


def _check_published(
    line: BudgetLine,
    values: Mapping[MoneyColumn, Decimal],
    exact_original: Decimal,
    exact_corrected: Decimal,
    pct: Decimal | None,
    given: Mapping[MoneyColumn, bool],
) -> list[BudgetWarning]:
    def uncertainty(column: MoneyColumn) -> Decimal:
        # Figures this engine derived (sums, forecasts) are exact, not rounded.
        return half_unit(values[column]) if given[column] else Decimal(0)

    warnings: list[BudgetWarning] = []
    forecast = values["forecast"]
    checks: tuple[tuple[str, Decimal | None, Decimal, MoneyColumn], ...] = (
        (
            "deviation_original",
            line.published_deviation_original,
            exact_original,
            "original_budget",
        ),
        (
            "deviation_corrected",
            line.published_deviation_corrected,
            exact_corrected,
            "corrected_budget",
        ),
    )
    for column, published, exact, budget_column in checks:
        if published is None or round_half_up(exact, _step(published)) == published:
            continue
        bound = half_unit(published) + uncertainty("forecast") + uncertainty(budget_column)
        explained = abs(published - exact) <= bound
        difference = published - exact
        warnings.append(
            BudgetWarning(
                kind="published_deviation",
                column=column,
                message=(
                    f"Offentliggjort {COLUMN_LABELS[column].lower()} {format_number(published)} "
                    f"afviger {format_number(difference, _decimals(difference))} fra "
                    f"{format_number(exact, _decimals(exact))} beregnet af "
                    f"{format_number(forecast)} − {format_number(values[budget_column])}; "
                    + _rounding_clause(explained, bound)
                ),
                published=published,
                computed=exact,
                explained_by_rounding=explained,
            )
        )
    published_pct = line.published_deviation_pct
    if published_pct is None or pct is None:
        return warnings
    corrected = values["corrected_budget"]
    computed_pct = pct if corrected.is_zero() else exact_corrected / corrected * HUNDRED
    if round_half_up(computed_pct, _step(published_pct)) == published_pct:
        return warnings
    low, high = _pct_range(
        exact_corrected,
        corrected,
        uncertainty("forecast") + uncertainty("corrected_budget"),
        uncertainty("corrected_budget"),
    )
    margin = half_unit(published_pct)
    explained = low - margin <= published_pct <= high + margin
    warnings.append(
        BudgetWarning(
            kind="published_deviation",
            column="deviation_pct",
            message=(
                f"Offentliggjort afvigelse i procent {format_pct(published_pct)} afviger fra "
                f"{format_pct(computed_pct)} beregnet af afvigelse og korrigeret budget; "
                + (
                    "forskellen kan skyldes afrunding af de uafrundede kildetal"
                    if explained
                    else "forskellen kan ikke forklares ved afrunding alene"
                )
            ),
            published=published_pct,
            computed=computed_pct,
            explained_by_rounding=explained,
        )
    )
    return warnings


def _step(published: Decimal) -> Decimal:
    exponent = published.as_tuple().exponent
    return Decimal(1).scaleb(exponent if isinstance(exponent, int) else -1)


def _decimals(value: Decimal) -> int:
    return max(1, -_exponent(value))


def _pct_range(
    deviation: Decimal, corrected: Decimal, dev_half: Decimal, corr_half: Decimal
) -> tuple[Decimal, Decimal]:
    """Smallest and largest per cent the true (unrounded) figures can give."""
    lows = (corrected - corr_half, corrected + corr_half)
    if lows[0] <= 0 <= lows[1]:
        # The true corrected budget may be zero: any percentage is possible.
        return Decimal("-Infinity"), Decimal("Infinity")
    candidates = [
        d / c * HUNDRED for d in (deviation - dev_half, deviation + dev_half) for c in lows
    ]
    return min(candidates), max(candidates)


def _explain(
    line: BudgetLine, fulltime: _Fulltime | None, parts: Sequence[FollowUpRow]
) -> tuple[Decimal | None, Decimal | None, str | None]:
    if parts:
        explained = [p for p in parts if p.fulltime_persons_deviation is not None]
        if not explained:
            return None, None, None
        persons = sum((p.fulltime_persons_deviation or Decimal(0) for p in explained), Decimal(0))
        amount = sum((p.fulltime_amount_deviation or Decimal(0) for p in explained), Decimal(0))
        text = "På tværs af " + (
            "underområderne" if len(explained) == len(parts) else "de opgjorte underområder"
        )
        return persons, amount, f"{text} forventes {_persons_text(persons, amount)}"
    if (
        fulltime is None
        or fulltime.persons is None
        or line.budgeted_fulltime_persons is None
        or line.price_per_fulltime_person is None
    ):
        return None, None, None
    persons = fulltime.persons - line.budgeted_fulltime_persons
    amount = persons * _net_price(line.price_per_fulltime_person, fulltime.refund_share) / MILLION
    return persons, amount, f"Der forventes {_persons_text(persons, amount)}"


def _persons_text(persons: Decimal, amount: Decimal) -> str:
    count = round_half_up(persons, Decimal(1))
    if count.is_zero():
        return "samme antal helårsmodtagere som budgetteret."
    more = "flere" if count > 0 else "færre"
    return (
        f"{format_number(abs(count), decimals=0)} {more} modtagere end budgetteret, "
        f"svarende til ca. {format_number(abs(amount))} mio. kr."
    )


def records(rows: Iterable[FollowUpRow]) -> list[dict[str, Any]]:
    """Plain records for JSON/CSV output."""
    return [row.to_record() for row in rows]


def snapshot_outlook(
    con: duckdb.DuckDBPyConnection,
    *,
    municipality: str | None = None,
    params: ParameterSet | None = None,
) -> OutlookSource:
    """Full-year persons and refund share for budget areas, from a case-data snapshot.

    Persons: :func:`~tilsyn.economy.fulltime_forecast.forecast_fulltime` for the year (actual
    months up to ``as_of``, forecast for the rest), weighted into a whole-year figure and
    summed over the area's benefits (full-year persons are summable across benefits).
    Refund share: the state's share on the refund staircase over the complete weeks of the
    year up to ``as_of``, weighted by person-weeks: the refund rate for municipal benefits and
    1 − the co-financing rate for dagpenge. ``None`` where no week of these benefits is on
    the staircase (e.g. benefits it does not cover).
    """
    from tilsyn.data.calendar import week_index, week_label
    from tilsyn.economy.fulltime_forecast import forecast_fulltime
    from tilsyn.economy.staircase import staircase_weeks

    forecasts: dict[tuple[int, dt.date], list[Any]] = {}
    staircases: dict[tuple[int, dt.date], list[dict[str, Any]]] = {}

    def source(benefits: tuple[str, ...], year: int, as_of: dt.date) -> FulltimeOutlook:
        key = (year, as_of)
        if key not in forecasts:
            forecasts[key] = forecast_fulltime(con, year, as_of, municipality, params=params)
        rows = forecasts[key]
        if not rows:
            raise BudgetInputError(
                "sagsdata har ingen ydelsesforløb at fremskrive helårspersoner fra"
            )
        weighted = Decimal(0)
        units_by_month: dict[dt.date, int] = {}
        for r in rows:
            units_by_month[r.month] = r.period_units
            if r.benefit in benefits:
                weighted += r.fulltime_persons * r.period_units
        persons = weighted / sum(units_by_month.values())

        if key not in staircases:
            first = week_index(dt.date(year, 1, 1))
            last = week_index(as_of) - 1  # the last complete week
            staircases[key] = (
                staircase_weeks(
                    con,
                    week_label(first),
                    week_label(last),
                    as_of,
                    municipality=municipality,
                    params=params,
                )
                if last >= first
                else []
            )
        state_shares = [
            Decimal(w["rate"]) if w["financing"] == "refusion" else 1 - Decimal(w["rate"])
            for w in staircases[key]
            if w["benefit"] in benefits and w["rate"] is not None
        ]
        refund = sum(state_shares, Decimal(0)) / len(state_shares) if state_shares else None
        return FulltimeOutlook(fulltime_persons=persons, refund_share=refund)

    return source
