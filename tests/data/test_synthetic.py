"""The synthetic job centre: contract-valid, deterministic, and realistic where engines rely on it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import polars as pl
import pytest
import typer
from stdnum.dk import cpr
from typer.testing import CliRunner

from tilsyn.cli.generate_cmd import generate_command
from tilsyn.data.contract import TABLES, TABLES_BY_NAME
from tilsyn.data.importer import import_folder
from tilsyn.data.synthetic import GenerationSummary, generate
from tilsyn.data.workspace import Workspace

N = 2_000
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FORMATS = {
    "date": ISO_DATE,
    "month": re.compile(r"^\d{4}-(0[1-9]|1[0-2])$"),
    "isoweek": re.compile(r"^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$"),
    "int": re.compile(r"^-?\d+$"),
    "decimal": re.compile(r"^-?\d+\.\d{2}$"),
    "bool": re.compile(r"^(true|false)$"),
    "municipality": re.compile(r"^\d{3}$"),
}


def read_text(folder: Path, table: str) -> pl.DataFrame:
    """A generated CSV exactly as written: every cell a string, empty cells null."""
    return pl.read_csv(folder / f"{table}.csv", separator=";", infer_schema=False)


def read_typed(folder: Path, table: str) -> pl.DataFrame:
    frame = read_text(folder, table)
    casts = []
    for col in TABLES_BY_NAME[table].columns:
        if col.type == "date":
            casts.append(pl.col(col.name).str.to_date("%Y-%m-%d"))
        elif col.type == "bool":
            casts.append(pl.col(col.name) == "true")
    return frame.with_columns(casts)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, GenerationSummary]:
    out = tmp_path_factory.mktemp("synthetic")
    return out, generate(out, persons=N, seed=7)


@pytest.fixture(scope="module")
def folder(generated: tuple[Path, GenerationSummary]) -> Path:
    return generated[0]


def test_it_writes_exactly_the_requested_persons_split_by_population(
    generated: tuple[Path, GenerationSummary],
) -> None:
    folder, summary = generated
    assert summary.persons_by_municipality == {"185": 1_496, "155": 504}
    persons = read_text(folder, "persons")
    assert persons.height == N
    assert persons["municipality"].value_counts().sort("municipality").rows() == [
        ("155", 504),
        ("185", 1_496),
    ]
    assert summary.rows["persons"] == N
    assert (summary.period_start, summary.period_end) == (
        dt.date(2022, 1, 1),
        dt.date(2025, 12, 31),
    )


def test_it_writes_every_contract_table_with_its_columns_in_order(folder: Path) -> None:
    for table in TABLES:
        header = (folder / f"{table.name}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header.split(";") == [c.name for c in table.columns], table.name


def test_summary_counts_match_the_files(generated: tuple[Path, GenerationSummary]) -> None:
    folder, summary = generated
    for table in TABLES:
        assert read_text(folder, table.name).height == summary.rows[table.name], table.name
        assert summary.rows[table.name] > 0, table.name


def test_every_value_is_valid_under_the_contract(folder: Path) -> None:
    for table in TABLES:
        frame = read_text(folder, table.name)
        for col in table.columns:
            values = frame[col.name]
            if col.required:
                assert values.null_count() == 0, f"{table.name}.{col.name} has empty cells"
            present = values.drop_nulls()
            if col.type == "code":
                unknown = set(present.unique()) - set(col.codes)
                assert not unknown, f"{table.name}.{col.name}: {unknown}"
            if col.type in FORMATS:
                bad = present.filter(~present.str.contains(FORMATS[col.type].pattern))
                assert bad.is_empty(), f"{table.name}.{col.name}: {bad.head(3).to_list()}"


def test_the_importer_accepts_the_folder(
    generated: tuple[Path, GenerationSummary], tmp_path: Path
) -> None:
    folder, summary = generated
    result = import_folder(folder, Workspace(tmp_path / "ws"))
    assert result.counts == summary.rows
    assert result.unknown_columns == {}


def test_keys_are_unique_and_references_resolve(folder: Path) -> None:
    for table in TABLES:
        if table.key:
            frame = read_text(folder, table.name)
            assert not frame.select(table.key).is_duplicated().any(), table.name
    person_ids = set(read_text(folder, "persons")["person_id"])
    for table in TABLES:
        if table.references_persons:
            assert set(read_text(folder, table.name)["person_id"]) <= person_ids, table.name
    caseworker_ids = set(read_text(folder, "caseworkers")["caseworker_id"])
    assert set(read_text(folder, "persons")["caseworker_id"].drop_nulls()) <= caseworker_ids
    assert set(read_text(folder, "conversations")["caseworker_id"].drop_nulls()) <= caseworker_ids


def test_periods_never_end_before_they_start(folder: Path) -> None:
    for table in TABLES:
        if table.periods:
            start, end = table.periods
            frame = read_typed(folder, table.name)
            assert frame.filter(pl.col(end) < pl.col(start)).is_empty(), table.name


def test_no_person_has_overlapping_periods_of_the_same_benefit(folder: Path) -> None:
    periods = read_typed(folder, "benefit_periods").sort("person_id", "benefit", "start_date")
    previous_end = pl.col("end_date").shift().over("person_id", "benefit")
    previous_ongoing = (
        previous_end.is_null()
        & pl.col("start_date").shift().over("person_id", "benefit").is_not_null()
    )
    overlapping = periods.filter(previous_ongoing | (pl.col("start_date") <= previous_end))
    assert overlapping.is_empty()


def test_benefit_specific_fields_appear_only_where_they_belong(folder: Path) -> None:
    periods = read_typed(folder, "benefit_periods")
    sick = pl.col("benefit") == "sygedagpenge"
    cash = pl.col("benefit").is_in(
        ["kontanthjaelp", "uddannelseshjaelp", "selvforsoergelsesydelse"]
    )
    for column, belongs in [
        ("first_absence_date", sick),
        ("sickness_category", sick),
        ("employed", sick),
        ("expected_absence_weeks", sick),
        ("first_contact_date", cash),
        ("target_group", cash),
        ("handover_date", pl.col("benefit") == "dagpenge"),
        ("work_obligation", pl.col("benefit").is_in(["kontanthjaelp", "selvforsoergelsesydelse"])),
    ]:
        assert periods.filter(~belongs & pl.col(column).is_not_null()).is_empty(), column
    assert periods.filter(sick & pl.col("first_absence_date").is_null()).is_empty()
    assert periods.filter(pl.col("first_absence_date") > pl.col("start_date")).is_empty()
    assert periods.filter(pl.col("first_contact_date") > pl.col("start_date")).is_empty()
    assert periods.filter(pl.col("handover_date") <= pl.col("start_date")).is_empty()


def test_it_follows_the_dated_rule_changes(folder: Path) -> None:
    periods = read_typed(folder, "benefit_periods")
    reform = dt.date(2025, 7, 1)
    relabelled = pl.col("benefit").is_in(["uddannelseshjaelp", "selvforsoergelsesydelse"])
    assert periods.filter(relabelled & (pl.col("start_date") >= reform)).is_empty()
    category_3 = pl.col("sickness_category") == "3"
    assert periods.filter(category_3 & (pl.col("start_date") >= dt.date(2025, 1, 1))).is_empty()
    handover = periods.filter(pl.col("handover_date").is_not_null())
    assert handover.height > 0
    assert handover["start_date"].min() >= dt.date(2024, 1, 1)  # type: ignore[operator]


def test_sygedagpenge_is_the_most_frequent_start_and_most_are_back_within_eight_weeks(
    folder: Path,
) -> None:
    starts = read_typed(folder, "benefit_periods").filter(
        pl.col("start_date") >= dt.date(2022, 1, 1)
    )
    shares = starts["benefit"].value_counts(normalize=True, sort=True)
    assert shares["benefit"][0] == "sygedagpenge"
    assert 0.5 < shares["proportion"][0] < 0.75
    ended = starts.filter((pl.col("benefit") == "sygedagpenge") & pl.col("end_date").is_not_null())
    absence_days = (pl.col("end_date") - pl.col("first_absence_date")).dt.total_days() + 1
    back_within_8_weeks = ended.select((absence_days <= 56).mean()).item()
    # Seed 004: about 4,300 of 5,500 Tårnby sick-listings end within eight weeks (78 %).
    assert 0.70 < back_within_8_weeks < 0.86
    long_tail = ended.select((absence_days > 22 * 7 + 30).mean()).item()
    assert long_tail > 0.04


def _first_deadline_kept(folder: Path) -> pl.DataFrame:
    """Per caseworker: share of spells whose first conversation kept the deadline.

    Kontanthjælp etc.: a jobsamtale within 7 days of the first contact; sygedagpenge: a
    follow-up within 8 weeks of the first day of absence. The spell's caseworker is the one on
    its job-centre conversations.
    """
    periods = read_typed(folder, "benefit_periods")
    conversations = read_typed(folder, "conversations")
    spells = (
        periods.with_row_index("spell")
        .with_columns(
            anchor=pl.coalesce("first_contact_date", "first_absence_date"),
            allowed=pl.when(pl.col("benefit") == "sygedagpenge").then(56).otherwise(7),
            last=pl.col("end_date").fill_null(dt.date(2100, 1, 1)),
        )
        .filter(pl.col("anchor") >= dt.date(2022, 1, 1))
        .filter((pl.col("last") - pl.col("anchor")).dt.total_days() > pl.col("allowed"))
    )
    held = conversations.filter(
        (pl.col("held_by") == "jobcenter")
        & (pl.col("status") == "afholdt")
        & pl.col("individual")
        & pl.col("kind").is_in(["jobsamtale", "opfoelgningssamtale"])
    )
    joined = spells.join(held, on="person_id").filter(
        pl.col("date").is_between(pl.col("anchor"), pl.col("last"))
    )
    per_spell = joined.group_by("spell").agg(
        pl.col("caseworker_id").first(),
        kept=(pl.col("date").min() - pl.col("anchor").first()).dt.total_days()
        <= pl.col("allowed").first(),
    )
    return (
        per_spell.group_by("caseworker_id")
        .agg(pl.len().alias("spells"), pl.col("kept").mean())
        .filter(pl.col("spells") >= 25)
    )


def test_timeliness_differs_substantively_between_caseworkers(folder: Path) -> None:
    kept = _first_deadline_kept(folder)
    assert kept.height >= 4
    assert kept["kept"].max() - kept["kept"].min() > 0.2  # type: ignore[operator]
    assert 0.5 < kept["kept"].mean() < 0.95  # type: ignore[operator]


def test_there_is_work_for_the_rules_to_find(folder: Path) -> None:
    conversations = read_text(folder, "conversations")
    assert set(conversations["status"]) == {"afholdt", "aflyst", "udeblevet"}
    assert set(conversations["held_by"]) == {"jobcenter", "akasse", "anden_aktoer"}
    assert set(conversations["individual"]) == {"true", "false"}
    assert {"cv_samtale", "andet", "faellessamtale"} <= set(conversations["kind"])
    assert "intensiveret_indsats" in set(conversations["purpose"].drop_nulls())
    assert len(set(conversations["form"])) >= 3
    external = conversations.filter(pl.col("held_by") == "anden_aktoer")
    assert external["caseworker_id"].str.starts_with("AA-").all()
    assert conversations.filter(pl.col("held_by") == "akasse")["caseworker_id"].null_count() > 0
    offers = read_typed(folder, "offers")
    assert {"loentilskud", "mentor", "oevrig_vejledning"} <= set(offers["kind"])
    days = (pl.col("end_date") - pl.col("start_date")).dt.total_days() + 1
    assert 0.7 < offers.select((days >= 14).mean()).item() < 1
    plans = read_typed(folder, "plans")
    assert 0.7 < plans["has_job_goal"].mean() < 0.95  # type: ignore[operator]
    outcomes = set(read_text(folder, "reassessments")["outcome"])
    assert outcomes == {"forlaenget", "jobafklaring", "ophoer"}
    reasons = set(read_text(folder, "exemptions")["reason"])
    assert {"sygdom", "ferie", "job_snart"} <= reasons


def test_caseworkers_sit_in_teams_of_the_job_centre_and_the_external_actor(folder: Path) -> None:
    caseworkers = read_text(folder, "caseworkers")
    organisations = set(caseworkers["organisation"])
    assert organisations == {"Jobcenter Tårnby", "Anden aktør: Job & Co"}  # runs Dragør too
    assert {"Team Sygedagpenge", "Team Kontanthjælp", "Team Dagpenge"} <= set(caseworkers["team"])
    assert caseworkers["caseworker_id"].str.contains(r"^(T-[A-Z]+|AA-JC)-\d{2,}$").all()
    assert read_text(folder, "persons")["caseworker_id"].null_count() == 0


def test_payments_are_weekly_amounts_within_the_period(folder: Path) -> None:
    payments = read_text(folder, "payments").with_columns(pl.col("amount").cast(pl.Float64))
    assert payments["amount"].min() > 0  # type: ignore[operator]
    assert payments["amount"].max() < 10_000  # type: ignore[operator]
    assert payments["week"].min() == "2022-W01"
    assert payments["week"].max() == "2025-W52"


def test_the_same_seed_gives_identical_files_and_another_seed_differs(tmp_path: Path) -> None:
    first, second, other = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    for out, seed in ((first, 3), (second, 3), (other, 4)):
        generate(out, persons=600, seed=seed, municipalities=("185",), start="2024-01")
    for table in TABLES:
        name = f"{table.name}.csv"
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    assert (first / "benefit_periods.csv").read_bytes() != (
        other / "benefit_periods.csv"
    ).read_bytes()
    assert (first / "conversations.csv").read_bytes() != (other / "conversations.csv").read_bytes()


def test_cpr_mode_gives_unique_valid_numbers_matching_the_birth_date(tmp_path: Path) -> None:
    folder = tmp_path / "cpr"
    generate(folder, persons=3_000, seed=5, with_cpr=True)
    persons = read_typed(folder, "persons")
    ids = persons["person_id"].to_list()
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"\d{6}-\d{4}", i) and cpr.is_valid(i) for i in ids)
    assert [cpr.get_birth_date(i) for i in ids] == persons["birth_date"].to_list()
    assert set(read_text(folder, "payments")["person_id"]) <= set(ids)
    result = import_folder(folder, Workspace(tmp_path / "ws"), demo=True)
    assert result.pseudonymised == 3_000


def test_parquet_holds_the_same_rows_with_native_types(tmp_path: Path) -> None:
    csv_summary = generate(tmp_path / "csv", persons=500, seed=2, start="2024-01")
    parquet_summary = generate(tmp_path / "pq", persons=500, seed=2, start="2024-01", fmt="parquet")
    assert parquet_summary.rows == csv_summary.rows
    periods = pl.read_parquet(tmp_path / "pq" / "benefit_periods.parquet")
    assert periods.schema["start_date"] == pl.Date
    assert periods.schema["employed"] == pl.Boolean
    assert periods.columns == [c.name for c in TABLES_BY_NAME["benefit_periods"].columns]
    payments = pl.read_parquet(tmp_path / "pq" / "payments.parquet")
    assert payments.schema["amount"] == pl.Decimal(18, 2)
    csv_periods = read_typed(tmp_path / "csv", "benefit_periods")
    assert periods["start_date"].to_list() == csv_periods["start_date"].to_list()
    imported = import_folder(tmp_path / "pq", Workspace(tmp_path / "ws"))
    assert imported.counts == parquet_summary.rows


def test_other_municipalities_get_their_own_job_centre(tmp_path: Path) -> None:
    summary = generate(tmp_path, persons=400, municipalities=("155",), start="2025-01")
    assert summary.persons_by_municipality == {"155": 400}
    assert set(read_text(tmp_path, "caseworkers")["organisation"]) == {
        "Jobcenter Dragør",
        "Anden aktør: Job & Co",
    }


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"municipalities": ("18",)}, "tre cifre"),
        ({"start": "2022-13"}, "måned"),
        ({"start": "2025-01", "end": "2024-12"}, "før"),
        ({"persons": 0}, "mindst 1"),
    ],
)
def test_it_rejects_bad_arguments(tmp_path: Path, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        generate(tmp_path, **kwargs)  # type: ignore[arg-type]


def test_the_command_prints_row_counts_in_danish(tmp_path: Path) -> None:
    app = typer.Typer()
    app.command()(generate_command)
    out = tmp_path / "cli"
    result = CliRunner().invoke(
        app, ["--out", str(out), "--persons", "1500", "--from", "2024-01", "--seed", "9"]
    )
    assert result.exit_code == 0, result.output
    assert "Rækker" in result.output
    assert "Borgere: 1.500" in result.output
    assert (out / "payments.csv").exists()
    bad = CliRunner().invoke(app, ["--out", str(out), "--format", "xlsx"])
    assert bad.exit_code != 0
