"""Recognise CPR numbers in the forms municipalities' extracts really have.

Extracts write one CPR number as ``0101904007``, ``010190-4007``, ``010190 4007`` or
``010190.4007``, and Excel or a numeric column drops the leading zero (``101904007``). All of
these are brought to the 10 digits before pseudonymising, so one citizen keeps one pseudonym
whatever file or format he appears in. A person id made only of digits (with at most one
separator, or in Excel's scientific notation) and of nearly a CPR number's length is taken
for a damaged CPR number and refused rather than guessed at: stored as it is, it would be
an unpseudonymised CPR number in the snapshot.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import polars as pl

# Day-month-year (5 or 6 digits: a leading zero may be lost), an optional separator, serial.
SHAPE = r"^\d{5,6}[-. ]?\d{4}$"
# Digits with at most one separator (a date-like "2023-01-05" is an id, not a damaged CPR
# number), or Excel's scientific notation ("1,01904E+08").
DIGITS_AND_SEPARATORS = r"^\d+[-. /]?\d+$"
SCIENTIFIC = r"^\d[.,]\d+[eE][+-]?\d+$"
DAMAGED_DIGITS = (7, 12)  # about a CPR number's length
SEPARATORS = r"[-. ]"
CANONICAL = r"^\d{10}$"  # what ids that were CPR numbers hold after validation


@dataclass(frozen=True)
class CprForms:
    canonical: dict[str, str]  # value as written → its 10 digits (only valid CPR numbers)
    refused: frozenset[str]  # values that look like a damaged or invalid CPR number


def looks_like_cpr(values: pl.Series) -> pl.Series:
    digits = values.str.count_matches(r"\d")
    lo, hi = DAMAGED_DIGITS
    return (
        values.str.contains(SHAPE)
        | (values.str.contains(DIGITS_AND_SEPARATORS) & (digits >= lo) & (digits <= hi))
        | values.str.contains(SCIENTIFIC)
    )


def looks_like(value: str) -> bool:
    """Whether one value would be taken for a (possibly damaged) CPR number: such values
    are never shown in error messages."""
    return bool(looks_like_cpr(pl.Series([value], dtype=pl.Utf8))[0])


def classify(values: Iterable[str]) -> CprForms:
    """Sort distinct person ids into CPR numbers (with their canonical form) and refused
    values; anything else is a municipality's own pseudonym and left alone."""
    from stdnum.dk import cpr

    series = pl.Series(list(values), dtype=pl.Utf8).unique()
    like = series.filter(looks_like_cpr(series))
    canonical: dict[str, str] = {}
    refused: set[str] = set()
    shaped = like.str.contains(SHAPE)
    digits = like.str.replace_all(SEPARATORS, "").str.zfill(10)
    valid: dict[str, bool] = {}
    for value, is_shaped, ten in zip(like, shaped, digits, strict=True):
        if is_shaped:
            if ten not in valid:
                valid[ten] = bool(cpr.is_valid(ten))
            if valid[ten]:
                canonical[value] = ten
                continue
        refused.add(value)
    return CprForms(canonical, frozenset(refused))
