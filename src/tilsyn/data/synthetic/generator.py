"""`generate()`: a synthetic job centre as a case-data folder (the `tilsyn generate` command)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import polars as pl

from tilsyn.data.contract import (
    BENEFITS,
    CONVERSATION_FORMS,
    CONVERSATION_HOLDERS,
    CONVERSATION_KINDS,
    CONVERSATION_PURPOSES,
    CONVERSATION_STATUSES,
    EXEMPTION_REASON_CODES,
    OFFER_KINDS,
    SICKNESS_CATEGORIES,
    TABLES,
    TARGET_GROUPS,
)
from tilsyn.data.synthetic import draws as rnd
from tilsyn.data.synthetic.activities import generate_exemptions, generate_offers
from tilsyn.data.synthetic.conversations import generate_conversations
from tilsyn.data.synthetic.dates import NA_DAY, Period, day_to_date, month_labels
from tilsyn.data.synthetic.details import SpellDetails, spell_details
from tilsyn.data.synthetic.draws import IntArray
from tilsyn.data.synthetic.followup import (
    generate_hours,
    generate_plans,
    generate_reassessments,
)
from tilsyn.data.synthetic.output import (
    Format,
    TableWriter,
    coded,
    date_series,
    nullable_bool,
    table_frame,
    write_table,
)
from tilsyn.data.synthetic.payments import payment_chunks
from tilsyn.data.synthetic.population import (
    Municipality,
    active_per_inhabitant,
    cpr_numbers,
    pseudonyms,
    resolve_municipalities,
    split_by_population,
)
from tilsyn.data.synthetic.spells import (
    REVURDERING_CODES,
    Candidates,
    NotEnoughCandidates,
    Spells,
    select_persons,
    simulate,
)
from tilsyn.data.synthetic.staff import Staff, assign_staff

_HEADROOM = 1.06  # candidates sized for 6 % more active citizens than asked for
_MIN_EXPECTED_ACTIVE = 50  # so tiny requests still draw a useful batch
_MAX_BATCHES = 12


@dataclass(frozen=True)
class GenerationSummary:
    """What `generate` wrote."""

    out_dir: Path
    fmt: Format
    seed: int
    with_cpr: bool
    period_start: dt.date
    period_end: dt.date
    persons_by_municipality: dict[str, int]
    rows: dict[str, int]  # table name -> data rows written, in contract order
    seconds: float

    @property
    def persons(self) -> int:
        return sum(self.persons_by_municipality.values())


def generate(
    out_dir: Path,
    *,
    persons: int | None = None,
    municipalities: tuple[str, ...] = ("185", "155"),
    start: str = "2022-01",
    end: str = "2025-12",
    seed: int = 1,
    fmt: Format = "csv",
    with_cpr: bool = False,
) -> GenerationSummary:
    """Write a synthetic job centre's case data, one file per contract table.

    Args:
        out_dir: Folder to write `persons.csv`, `benefit_periods.csv`, ... into (created).
        persons: Distinct citizens active in the period, split between the municipalities by
            population. None gives each municipality its realistic size: the flows calibrated on
            Tårnby (about 5,500 sygedagpenge starts a year for 43,000 inhabitants).
        municipalities: Three-digit municipality codes; Dragør (155) is run by Tårnby's job
            centre when both are generated.
        start: First month of the period (YYYY-MM).
        end: Last month of the period (YYYY-MM), inclusive.
        seed: Same seed, same arguments and same library versions give byte-identical files.
        fmt: "csv" (';'-separated, UTF-8, ISO dates) or "parquet".
        with_cpr: Use valid-looking CPR numbers matching the birth dates instead of pseudonyms.

    Returns:
        Rows per table, persons per municipality, the period and the time taken.
    """
    began = time.perf_counter()
    if fmt not in ("csv", "parquet"):
        raise ValueError(f"ukendt format {fmt!r}: brug csv eller parquet")
    if persons is not None and persons < 1:
        raise ValueError("antal personer skal være mindst 1")
    period = Period(start, end)
    munis = resolve_municipalities(municipalities)
    people, spells = _population(seed, period, munis, persons)
    details = spell_details(rnd.stream(seed, rnd.STREAM_SPELL_ATTRIBUTES), spells, period)
    staff = assign_staff(rnd.stream(seed, rnd.STREAM_STAFF), spells, people, munis, period)
    if with_cpr:
        person_ids = cpr_numbers(rnd.stream(seed, rnd.STREAM_IDS), people.birth)
    else:
        person_ids = pseudonyms(len(people))

    out_dir.mkdir(parents=True, exist_ok=True)
    rows = _write_all(out_dir, fmt, seed, period, munis, people, spells, details, staff, person_ids)
    counts = np.bincount(people.municipality, minlength=len(munis))
    return GenerationSummary(
        out_dir=out_dir,
        fmt=fmt,
        seed=seed,
        with_cpr=with_cpr,
        period_start=day_to_date(period.start),
        period_end=day_to_date(period.end),
        persons_by_municipality={m.code: int(c) for m, c in zip(munis, counts, strict=True)},
        rows={t.name: rows[t.name] for t in TABLES},
        seconds=time.perf_counter() - began,
    )


def _population(
    seed: int, period: Period, munis: Sequence[Municipality], persons: int | None
) -> tuple[Candidates, Spells]:
    """Simulate candidates in batches until every municipality has enough active citizens."""
    populations = [m.population for m in munis]
    # Expected active citizens per municipality at scale 1 (the calibrated, realistic size).
    per_scale = active_per_inhabitant(round(period.days / 30.44)) * np.asarray(populations)
    smallest_scale = _MIN_EXPECTED_ACTIVE / per_scale.min()
    wanted = None if persons is None else split_by_population(persons, populations)
    scale = 1.0 if persons is None else max(persons / per_scale.sum() * _HEADROOM, smallest_scale)
    batches: list[tuple[Candidates, Spells]] = []
    offset = 0
    for batch in range(_MAX_BATCHES):
        candidates, spells = simulate(
            rnd.stream(seed, rnd.STREAM_CANDIDATES, batch), period, populations, scale
        )
        spells.person += offset
        offset += len(candidates)
        batches.append((candidates, spells))
        merged = _merge(batches)
        active = _active_per_municipality(*merged, period, len(munis))
        if wanted is None:
            wanted = [int(a) for a in active]
        missing = np.asarray(wanted) - active
        if np.all(missing <= 0):
            break
        # Top up with a smaller batch sized for the largest shortfall.
        scale = max(float((missing / per_scale).max()) * 1.3, smallest_scale)
    assert wanted is not None  # set by the first batch
    try:
        chosen, chosen_spells = select_persons(
            rnd.stream(seed, rnd.STREAM_SELECTION), *merged, period, wanted
        )
    except NotEnoughCandidates as exc:  # pragma: no cover - needs > _MAX_BATCHES top-ups
        raise RuntimeError(f"kunne ikke danne nok personer: {exc}") from exc
    return chosen, chosen_spells


def _merge(batches: Sequence[tuple[Candidates, Spells]]) -> tuple[Candidates, Spells]:
    candidates = Candidates(
        municipality=np.concatenate([c.municipality for c, _ in batches]),
        birth=np.concatenate([c.birth for c, _ in batches]),
    )
    return candidates, Spells.concat([s for _, s in batches])


def _active_per_municipality(
    candidates: Candidates, spells: Spells, period: Period, n_munis: int
) -> IntArray:
    in_period = (spells.end >= period.start) & (spells.start <= period.end)
    active = np.zeros(len(candidates), dtype=bool)
    active[spells.person[in_period]] = True
    return np.bincount(candidates.municipality[active], minlength=n_munis)


def _write_all(
    out_dir: Path,
    fmt: Format,
    seed: int,
    period: Period,
    munis: Sequence[Municipality],
    people: Candidates,
    spells: Spells,
    details: SpellDetails,
    staff: Staff,
    person_ids: pl.Series,
) -> dict[str, int]:
    def pid(spell_index: IntArray) -> pl.Series:
        return person_ids.gather(pl.Series(spells.person[spell_index].astype(np.uint32)))

    caseworker_ids = tuple(staff.ids)
    rows: dict[str, int] = {}
    rows["persons"] = write_table(
        out_dir,
        "persons",
        fmt,
        table_frame(
            "persons",
            {
                "person_id": person_ids,
                "municipality": coded(tuple(m.code for m in munis), people.municipality),
                "birth_date": date_series(people.birth),
                "caseworker_id": coded(
                    caseworker_ids, staff.person_caseworker(spells, len(people))
                ),
            },
        ),
    )
    rows["caseworkers"] = write_table(
        out_dir,
        "caseworkers",
        fmt,
        table_frame(
            "caseworkers",
            {
                "caseworker_id": pl.Series(staff.ids, dtype=pl.String),
                "name": pl.Series(staff.names, dtype=pl.String),
                "team": pl.Series(staff.teams, dtype=pl.String),
                "organisation": pl.Series(staff.organisations, dtype=pl.String),
            },
        ),
    )
    all_spells = np.arange(len(spells))
    rows["benefit_periods"] = write_table(
        out_dir, "benefit_periods", fmt, _benefit_periods(spells, details, period, pid(all_spells))
    )

    exemptions = generate_exemptions(rnd.stream(seed, rnd.STREAM_EXEMPTIONS), spells, period)
    conversations = generate_conversations(
        rnd.stream(seed, rnd.STREAM_CONVERSATIONS),
        spells,
        details,
        staff,
        exemptions.per_spell(len(spells)),
        period,
    )
    rows["conversations"] = write_table(
        out_dir,
        "conversations",
        fmt,
        table_frame(
            "conversations",
            {
                "person_id": pid(conversations.spell),
                "date": date_series(conversations.date),
                "kind": coded(CONVERSATION_KINDS, conversations.kind),
                "form": coded(CONVERSATION_FORMS, conversations.form),
                "held_by": coded(CONVERSATION_HOLDERS, conversations.holder),
                "status": coded(CONVERSATION_STATUSES, conversations.status),
                "individual": pl.Series(conversations.individual),
                "caseworker_id": coded(caseworker_ids, conversations.caseworker),
                "purpose": coded(CONVERSATION_PURPOSES, conversations.purpose),
            },
        ),
    )
    offers = generate_offers(rnd.stream(seed, rnd.STREAM_OFFERS), spells, staff, period)
    rows["offers"] = write_table(
        out_dir,
        "offers",
        fmt,
        table_frame(
            "offers",
            {
                "person_id": pid(offers.spell),
                "kind": coded(OFFER_KINDS, offers.kind),
                "start_date": date_series(offers.start),
                "end_date": date_series(offers.end),
            },
        ),
    )
    hours = generate_hours(rnd.stream(seed, rnd.STREAM_HOURS), spells, details, period)
    months = hours["month"].to_numpy()
    first_month = int(months.min()) if len(months) else 0
    n_months = int(months.max()) - first_month + 1 if len(months) else 0
    rows["employment_hours"] = write_table(
        out_dir,
        "employment_hours",
        fmt,
        table_frame(
            "employment_hours",
            {
                "person_id": person_ids.gather(hours["person"].cast(pl.UInt32)),
                "month": month_labels(first_month, n_months).gather(
                    (hours["month"] - first_month).cast(pl.UInt32)
                ),
                "hours": hours["hours"],
            },
        ),
    )
    plans = generate_plans(
        rnd.stream(seed, rnd.STREAM_PLANS), spells, staff, conversations, offers, period
    )
    rows["plans"] = write_table(
        out_dir,
        "plans",
        fmt,
        table_frame(
            "plans",
            {
                "person_id": pid(plans.spell),
                "date": date_series(plans.date),
                "has_job_goal": pl.Series(plans.job_goal),
                "has_education_goal": pl.Series(plans.education_goal),
            },
        ),
    )
    rows["exemptions"] = write_table(
        out_dir,
        "exemptions",
        fmt,
        table_frame(
            "exemptions",
            {
                "person_id": pid(exemptions.spell),
                "start_date": date_series(exemptions.start),
                "end_date": date_series(exemptions.end),
                "reason": coded(EXEMPTION_REASON_CODES, exemptions.reason),
            },
        ),
    )
    reassessments = generate_reassessments(
        rnd.stream(seed, rnd.STREAM_REASSESSMENTS), spells, staff, period
    )
    rows["reassessments"] = write_table(
        out_dir,
        "reassessments",
        fmt,
        table_frame(
            "reassessments",
            {
                "person_id": pid(reassessments.spell),
                "date": date_series(reassessments.date),
                "outcome": coded(REVURDERING_CODES, reassessments.outcome),
            },
        ),
    )
    with TableWriter(out_dir, "payments", fmt) as writer:
        for chunk in payment_chunks(spells, details, person_ids, period):
            writer.write(chunk)
        rows["payments"] = writer.rows
    return rows


def _benefit_periods(
    spells: Spells, details: SpellDetails, period: Period, person_id: pl.Series
) -> pl.DataFrame:
    ongoing = spells.end > period.end
    return table_frame(
        "benefit_periods",
        {
            "person_id": person_id,
            "benefit": coded(BENEFITS, spells.benefit),
            "start_date": date_series(spells.start),
            "end_date": date_series(np.where(ongoing, NA_DAY, spells.end).astype(np.int32)),
            "target_group": coded(TARGET_GROUPS, spells.target),
            "first_contact_date": date_series(details.first_contact),
            "first_absence_date": date_series(details.first_absence),
            "sickness_category": coded(
                SICKNESS_CATEGORIES, details.sickness_category.astype(np.int64) - 1, missing=-2
            ),
            "employed": nullable_bool(spells.employed),
            "work_obligation": nullable_bool(details.work_obligation),
            "expected_absence_weeks": pl.Series(details.expected_weeks.astype(np.int32)).set(
                pl.Series(details.expected_weeks < 0), None
            ),
            "handover_date": date_series(details.handover),
        },
    )
