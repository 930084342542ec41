"""Reading budget files (Danish and plain numbers, CSV and XLSX) and writing the XLSX table."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
import xlsxwriter
from openpyxl import load_workbook

from tilsyn.economy.budget import BudgetInputError, follow_up
from tilsyn.economy.budget_io import parse_number, read_budget, write_xlsx

FIXTURES = Path(__file__).parent / "fixtures"
AS_OF = dt.date(2024, 5, 31)
D = Decimal
HEADER = "area;parent;original_budget;corrected_budget;spent_to_date;forecast"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3.190,7", "3190.7"),
        ("-20,7", "-20.7"),
        ("-0,0", "0"),
        ("1,3%", "1.3"),
        ("-7,9%", "-7.9"),
        ("3190.7", "3190.7"),
        ("1234", "1234"),
        ("1.234.567", "1234567"),
        ("245.000,00", "245000"),
        (" 635,3 ", "635.3"),
        ("\u221220,8", "-20.8"),  # typographic minus from a word processor
        ("2\xa0333,8", "2333.8"),  # no-break space as thousands separator
    ],
)
def test_parse_number_accepts_danish_and_plain_numbers(text: str, expected: str) -> None:
    assert parse_number(text) == D(expected)


def test_parse_number_keeps_the_precision_it_was_given() -> None:
    # The precision tells how far a published figure can be from the true one.
    assert parse_number("635,3").as_tuple().exponent == -1
    assert parse_number("263,64").as_tuple().exponent == -2


@pytest.mark.parametrize("text", ["12a", "3,190.7", "1,2,3", "", "mio", "1.23.4"])
def test_parse_number_rejects_non_numbers(text: str) -> None:
    with pytest.raises(ValueError, match="ikke et tal"):
        parse_number(text)


@pytest.mark.parametrize("text", ["245.000", "-3.190", "0.125"])
def test_parse_number_refuses_to_guess_a_lone_thousands_separator(text: str) -> None:
    with pytest.raises(ValueError, match="tvetydigt"):
        parse_number(text)


def _write(tmp_path: Path, *lines: str, name: str = "budget.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_missing_required_column_names_file_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "area;original_budget;corrected_budget;forecast", "A;1;1;1")
    with pytest.raises(BudgetInputError) as info:
        read_budget(path)
    assert (info.value.file, info.value.row, info.value.column) == (
        "budget.csv",
        1,
        "spent_to_date",
    )
    assert str(info.value).startswith("budget.csv, række 1, kolonne spent_to_date:")


def test_unknown_column_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, HEADER + ";forcast", "A;;1;1;1;1;1")
    with pytest.raises(BudgetInputError, match="ukendt kolonne 'forcast'"):
        read_budget(path)


def test_non_numeric_value_names_file_row_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, HEADER, "A;;1,0;1,0;0,5;1,0", "B;;2,0;to;0,5;1,0")
    with pytest.raises(BudgetInputError) as info:
        read_budget(path)
    assert (info.value.file, info.value.row, info.value.column) == (
        "budget.csv",
        3,
        "corrected_budget",
    )
    assert "'to' er ikke et tal" in str(info.value)


def test_unknown_benefit_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, HEADER + ";benefits", "A;;1;1;1;1;sygedagpenge,kontanthjælp")
    with pytest.raises(BudgetInputError, match="ukendt ydelse 'kontanthjælp'") as info:
        read_budget(path)
    assert (info.value.row, info.value.column) == (2, "benefits")


def test_refund_share_accepts_share_or_percent_and_nothing_else(tmp_path: Path) -> None:
    ok = _write(tmp_path, HEADER + ";refund_share", "A;;1;1;1;1;0,3", "B;;1;1;1;1;30%")
    assert [line.refund_share for line in read_budget(ok)] == [D("0.3"), D("0.3")]
    bad = _write(tmp_path, HEADER + ";refund_share", "A;;1;1;1;1;1,5", name="bad.csv")
    with pytest.raises(BudgetInputError, match="andel") as info:
        read_budget(bad)
    assert info.value.column == "refund_share"


def test_negative_price_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, HEADER + ";price_per_fulltime_person", "A;;1;1;1;1;-1000")
    with pytest.raises(BudgetInputError, match="negativ"):
        read_budget(path)


def test_comma_separated_plain_csv_is_read(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        HEADER.replace(";", ","),
        "Tårnby Kommune,,3159.3,3151.2,1214.2,3190.7",
    )
    [line] = read_budget(path)
    assert (line.original_budget, line.forecast) == (D("3159.3"), D("3190.7"))


def test_unknown_parent_in_a_file_names_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, HEADER, "A;Udvalg;1;1;1;1")
    with pytest.raises(BudgetInputError) as info:
        follow_up(read_budget(path), as_of=AS_OF)
    # The engine does not know the file; the reader's caller adds it.
    assert info.value.in_file("budget.csv").file == "budget.csv"
    assert (info.value.row, info.value.column) == (2, "parent")


def _seed_rows(name: str) -> list[dict[str, str]]:
    with (FIXTURES / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def _xlsx_from_seed(name: str, path: Path) -> None:
    """The seed table as a municipality's spreadsheet: numbers as numeric cells."""
    rows = _seed_rows(name)
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Alt drift")
    header = list(rows[0])
    for col, title in enumerate(header):
        sheet.write_string(0, col, title)
    for r, row in enumerate(rows, start=1):
        for col, title in enumerate(header):
            value = row[title]
            if title in ("area", "parent"):
                if value:
                    sheet.write_string(r, col, value)
            else:
                sheet.write_number(r, col, float(parse_number(value)))
    workbook.close()


@pytest.mark.parametrize("fixture", ["seed004_alt_drift.csv", "seed004_servicedrift.csv"])
def test_xlsx_input_gives_the_same_table_as_csv(tmp_path: Path, fixture: str) -> None:
    path = tmp_path / "seed004.xlsx"
    _xlsx_from_seed(fixture, path)
    from_xlsx = follow_up(read_budget(path), as_of=AS_OF)
    from_csv = follow_up(read_budget(FIXTURES / fixture), as_of=AS_OF)
    assert [r.to_record() for r in from_xlsx] == [r.to_record() for r in from_csv]
    assert [r.warnings for r in from_xlsx] == [r.warnings for r in from_csv]
    assert read_budget(path, sheet="Alt drift")[0].area == "Tårnby Kommune"


def test_xlsx_unknown_sheet_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "seed004.xlsx"
    _xlsx_from_seed("seed004_alt_drift.csv", path)
    with pytest.raises(BudgetInputError, match="arket 'Servicedrift' findes ikke"):
        read_budget(path, sheet="Servicedrift")


def test_xlsx_text_cell_where_a_number_belongs_names_the_excel_row(tmp_path: Path) -> None:
    path = tmp_path / "bad.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet()
    for col, title in enumerate(HEADER.split(";")):
        sheet.write_string(0, col, title)
    sheet.write_row(1, 0, ["A", None, 1.0, 1.0, 0.5, 1.0])
    sheet.write_row(3, 0, ["B", None, 1.0, 1.0, "n/a", 1.0])  # row 3 left empty
    workbook.close()
    with pytest.raises(BudgetInputError) as info:
        read_budget(path)
    assert (info.value.file, info.value.row, info.value.column) == (
        "bad.xlsx",
        4,
        "spent_to_date",
    )


def test_unsupported_file_type_is_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, HEADER, name="budget.txt")
    with pytest.raises(BudgetInputError, match=r"budget\.txt: .*\.csv eller \.xlsx"):
        read_budget(path)


def test_written_xlsx_holds_the_table_with_danish_titles(tmp_path: Path) -> None:
    rows = follow_up(read_budget(FIXTURES / "seed004_alt_drift.csv"), as_of=AS_OF)
    path = tmp_path / "out.xlsx"
    write_xlsx(rows, path, as_of=AS_OF)

    sheet = load_workbook(path).active
    assert sheet is not None
    titles = [c.value for c in sheet[1]]
    assert titles == [
        "Budgetopfølgning pr. 31/05/2024 i mio. kr.",
        "Oprindeligt budget 2024 (mio. kr.)",
        "Korrigeret budget 2024 (mio. kr.)",
        "Forbrug 2024 pr. 31/05 (mio. kr.)",
        "Seneste opfølgning (mio. kr.)",
        "Afvigelse oprindeligt (mio. kr.)",
        "Afvigelse korrigeret (mio. kr.)",
        "Afvigelse ift. korrigeret (pct.)",
        "Bemærkninger",
    ]
    by_area = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    assert set(by_area) == {r.area for r in rows}
    kommune = by_area["Tårnby Kommune"]
    assert [sheet.cell(kommune, c).value for c in range(2, 9)] == [
        3159.3,
        3151.2,
        1214.2,
        3190.7,
        31.4,
        39.5,
        1.3,
    ]
    assert sheet.cell(kommune, 2).number_format == "#,##0.0"
    committee = by_area["130 - Arbejdsmarkeds- og Beskæftigelsesudvalg"]
    assert sheet.cell(committee, 7).value == 10.2
    notes = sheet.cell(committee, 9).value
    assert isinstance(notes, str)
    assert "10,4 afviger 0,2 fra 10,2" in notes
    assert "635,3 er ikke summen af delene 635,4" in notes
    arbejdsmarked = by_area["13001 - Arbejdsmarked"]
    assert sheet.cell(arbejdsmarked, 1).alignment.indent == 1
    assert sheet.cell(arbejdsmarked, 8).value == -7.9
