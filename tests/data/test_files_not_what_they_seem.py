"""Files that are not what they seem: each becomes a clear refusal naming the file, never a
silent loss or a traceback."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from builders import valid_tables, write_folder
from tilsyn.data.importer import ImportFailed, import_folder
from tilsyn.data.workspace import Workspace

Rows = list[dict[str, str]]


def _refused(folder: Path, tmp_path: Path) -> list[str]:
    with pytest.raises(ImportFailed) as err:
        import_folder(folder, Workspace(tmp_path / "ws"))
    assert not (tmp_path / "ws" / "current").exists()
    return [str(p) for p in err.value.log.all_problems]


def _xlsx(path: Path, rows: Rows, header: list[str] | None = None) -> None:
    wb = xlsxwriter.Workbook(str(path))
    sheet = wb.add_worksheet()
    cols = header or list(rows[0])
    sheet.write_row(0, 0, cols)
    for r, row in enumerate(rows, start=1):
        sheet.write_row(r, 0, [row.get(c, "") for c in cols])
    wb.close()


def test_a_misspelt_table_file_is_refused_with_the_likely_name(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "in", valid_tables())
    (folder / "offers.csv").rename(folder / "offer.csv")
    problems = _refused(folder, tmp_path)
    assert any("offer.csv" in p and "offers" in p for p in problems), problems


def test_an_unrelated_file_is_left_alone(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "in", valid_tables())
    (folder / "noter.csv").write_text("x;y\n1;2\n", encoding="utf-8")
    result = import_folder(folder, Workspace(tmp_path / "ws"))
    assert any("noter.csv" in n for n in result.notices)


@pytest.mark.parametrize("table", ["persons", "offers"])
def test_an_empty_file_is_refused_by_name(tmp_path: Path, table: str) -> None:
    folder = write_folder(tmp_path / "in", valid_tables())
    (folder / f"{table}.csv").write_bytes(b"")
    problems = _refused(folder, tmp_path)
    assert any(p.startswith(f"{table}.csv") and "tom" in p for p in problems), problems


def test_a_duplicated_csv_header_is_refused(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "in", valid_tables())
    path = folder / "offers.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[0] = lines[0].replace("end_date", "start_date")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = _refused(folder, tmp_path)
    assert any("offers.csv" in p and "start_date" in p and "to gange" in p for p in problems)


def test_a_duplicated_xlsx_header_is_refused(tmp_path: Path) -> None:
    tables = valid_tables()
    folder = write_folder(tmp_path / "in", tables)
    (folder / "offers.csv").unlink()
    header = ["person_id", "kind", "start_date", "start_date"]
    _xlsx(folder / "offers.xlsx", tables["offers"], header)
    problems = _refused(folder, tmp_path)
    assert any("offers.xlsx" in p and "start_date" in p and "to gange" in p for p in problems)


def test_two_formats_of_one_table_are_refused(tmp_path: Path) -> None:
    tables = valid_tables()
    folder = write_folder(tmp_path / "in", tables)
    _xlsx(folder / "persons.xlsx", tables["persons"][:1])
    problems = _refused(folder, tmp_path)
    assert any("persons.csv" in p and "persons.xlsx" in p for p in problems), problems


def test_an_xlsx_whose_dimension_understates_its_rows_loses_none(tmp_path: Path) -> None:
    tables = valid_tables()
    folder = write_folder(tmp_path / "in", tables)
    (folder / "persons.csv").unlink()
    _xlsx(tmp_path / "full.xlsx", tables["persons"])
    # Rewrite the sheet's <dimension> to claim a single data row, as some exporters do.
    with (
        zipfile.ZipFile(tmp_path / "full.xlsx") as src,
        zipfile.ZipFile(folder / "persons.xlsx", "w") as dst,
    ):
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]+"/>', b'<dimension ref="A1:D2"/>', data)
            dst.writestr(item, data)
    result = import_folder(folder, Workspace(tmp_path / "ws"))
    assert result.counts["persons"] == 2


def test_a_bad_value_after_a_multiline_field_names_its_line(tmp_path: Path) -> None:
    tables = valid_tables()
    tables["conversations"].append(dict(tables["conversations"][0], date="2024-13-01"))
    for row in tables["conversations"]:
        row["note"] = "to\nlinjer" if row["date"] == "2024-01-08" else ""
    folder = write_folder(tmp_path / "in", tables)
    problems = _refused(folder, tmp_path)
    # Line 1 header, lines 2–3 the first conversation, line 4 the bad one.
    assert any(p.startswith("conversations.csv:4:date") for p in problems), problems


def test_a_formula_without_a_cached_value_is_refused(tmp_path: Path) -> None:
    tables = valid_tables()
    folder = write_folder(tmp_path / "in", tables)
    (folder / "persons.csv").unlink()
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(list(tables["persons"][0]))
    for row in tables["persons"]:
        ws.append(list(row.values()))
    ws["B3"] = '="15"&"5"'  # openpyxl stores the formula and no computed value
    wb.save(folder / "persons.xlsx")
    problems = _refused(folder, tmp_path)
    assert any(p.startswith("persons.xlsx:3:municipality") and "formel" in p for p in problems), (
        problems
    )


def test_a_text_file_renamed_xlsx_is_refused_in_danish(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "in", valid_tables())
    shutil.copy(folder / "offers.csv", folder / "offers.xlsx")
    (folder / "offers.csv").unlink()
    problems = _refused(folder, tmp_path)
    assert any("offers.xlsx" in p and "ikke en Excel-fil" in p for p in problems), problems
