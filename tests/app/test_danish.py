"""Danish numbers, percentages, dates and labels, as users read them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from tilsyn.present import danish, labels


def test_numbers_have_thousand_points_and_a_decimal_comma() -> None:
    assert danish.number(3190.66) == "3.190,7"
    assert danish.number(Decimal("1234567.891"), 2) == "1.234.567,89"
    assert danish.number(-1234.5, 0) == "-1.235"
    assert danish.integer(12345) == "12.345"
    assert danish.number(None) == ""
    assert danish.number(None, none="–") == "–"


def test_rounding_is_half_up_on_the_written_value() -> None:
    # 0.1825 is 0.18249999... as a float: rounded as written, not as stored.
    assert danish.percent(0.1825) == "18,3 %"
    assert danish.number(0.05) == "0,1"
    assert danish.number(2.5, 0) == "3"
    assert danish.number(-20.75) == "-20,8"  # half away from zero, as the public accounts
    assert danish.number(-0.04) == "0,0"  # never "-0,0"


def test_percent_takes_a_share() -> None:
    assert danish.percent(0.182) == "18,2 %"
    assert danish.percent(Fraction(1, 3)) == "33,3 %"
    assert danish.percent(1) == "100,0 %"
    assert danish.percent(None, none="–") == "–"


def test_dates_and_months() -> None:
    d = dt.date(2024, 5, 31)
    assert danish.date_long(d) == "31. maj 2024"
    assert danish.date_long("2024-01-01") == "1. januar 2024"
    assert danish.date_short(d) == "31.05.2024"
    assert danish.month(d) == "maj 2024"
    assert danish.month("2024-12") == "december 2024"
    assert danish.kroner(1234567) == "1.234.567 kr."


def test_benefits_and_codes_have_danish_labels() -> None:
    assert labels.benefit("foertidspension") == "Førtidspension"
    assert labels.benefit("kontanthjaelp") == "Kontanthjælp"
    assert labels.status("overdue") == "overskredet"
    assert labels.kind("first_interview") == "første jobsamtale"
    assert labels.label(labels.OFFER_KIND, "loentilskud") == "Løntilskud"
    assert labels.benefit("ukendt_kode") == "ukendt_kode"
    assert labels.municipality("185") == "185 Tårnby"


@given(
    value=st.decimals(
        min_value=Decimal("-1e12"), max_value=Decimal("1e12"), allow_nan=False, places=4
    ),
    decimals=st.integers(min_value=0, max_value=3),
    grouping=st.booleans(),
)
def test_numbers_are_laid_out_as_babel_lays_out_danish(
    value: Decimal, decimals: int, grouping: bool
) -> None:
    from babel.numbers import format_decimal

    pattern = ("#,##0" if grouping else "0") + ("." + "0" * decimals if decimals else "")
    expected = format_decimal(danish.rounded(value, decimals), format=pattern, locale=danish.LOCALE)
    assert danish.number(value, decimals, grouping=grouping) == expected
