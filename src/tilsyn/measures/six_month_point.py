"""Benefit spells and the day a person reaches N months on them (the "6-month point").

Shared by STAR's early-effort follow-up (``early``) and the 2026 reform's rules (``reform``).
Conventions (reform-2026.md §7, A0):

* A window of N months is ``[count_start, point)`` with ``point = count_start + N calendar
  months`` (clamped to the month's last day); the person *reaches* N months on ``point`` when
  they were on the benefit on ``point - 1 day`` (they completed the N months).
* Dagpenge count *accumulated* unemployment: the dagpenge days of a chain of spells are added
  up, so every day without dagpenge moves the point one day later. A chain holds the dagpenge
  spells that start within ``tidlig_indsats.dagpenge.lookback_months`` of its first day.
* Other benefits count one continuous spell on the same benefit, from the first approach to
  the municipality (``first_contact_date``) where given (LAB § 9). The spell breaks on a benefit
  switch, or when ``tidlig_indsats.anciennitet.break_empty_months`` whole calendar months have no
  benefit. The 1 Jul 2025 relabelling of uddannelseshjælp and selvforsørgelsesydelse to
  kontanthjælp is not a switch (``tidlig_indsats.anciennitet.merged_into_kontanthjaelp``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import duckdb

from tilsyn.rules.parameters import ParameterSet

DAGPENGE = "dagpenge"
KONTANTHJAELP = "kontanthjaelp"
ONE_DAY = dt.timedelta(days=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus calendar months, clamped to the last day of the target month."""
    index = day.year * 12 + day.month - 1 + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(day.day, last))


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def months_between(first: dt.date, second: dt.date) -> int:
    """Whole months from the month of ``first`` to the month of ``second``."""
    return (second.year - first.year) * 12 + second.month - first.month


@dataclass(frozen=True)
class BenefitRow:
    """One ``benefit_periods`` row with the person's municipality filled in."""

    person_id: str
    benefit: str
    start: dt.date
    end: dt.date | None  # inclusive; None = ongoing
    target_group: str | None
    first_contact: dt.date | None
    municipality: str
    work_obligation: bool
    handover: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Spell:
    """A person's continuous course on one benefit (dagpenge: a chain of spells)."""

    person_id: str
    family: str  # benefit after the merger mapping; 'dagpenge' for chains
    count_start: dt.date  # where the law's month count starts (LAB § 9)
    rows: tuple[BenefitRow, ...]  # ascending by start

    @property
    def first_day(self) -> dt.date:
        return self.rows[0].start

    @property
    def last_day(self) -> dt.date | None:
        ends = [r.end for r in self.rows]
        return None if any(e is None for e in ends) else max(e for e in ends if e is not None)

    def row_on(self, day: dt.date) -> BenefitRow:
        """The row covering ``day``; else the last row that started before it; else the first."""
        covering = [r for r in self.rows if r.covers(day)]
        if covering:
            return covering[-1]
        before = [r for r in self.rows if r.start <= day]
        return before[-1] if before else self.rows[0]

    def group_on(self, day: dt.date, params: ParameterSet) -> str:
        """Group key ``benefit`` or ``benefit:target_group`` of the row covering ``day``."""
        row = self.row_on(day)
        benefit = family_of(row.benefit, day, params)
        return f"{benefit}:{row.target_group}" if row.target_group else benefit

    def point(self, months: int, params: ParameterSet) -> dt.date | None:
        """The day the person reaches ``months`` on this spell; None if they never do."""
        if self.family == DAGPENGE:
            return _accumulated_point(self.rows, self.count_start, months)
        point = add_months(self.count_start, months)
        last = self.last_day
        return point if last is None or last >= point - ONE_DAY else None

    def handover(self, params: ParameterSet) -> dt.date:
        """Dagpenge: the day the contact course passed from the a-kasse to the municipality."""
        given = [r.handover for r in self.rows if r.handover is not None]
        if given:
            return min(given)
        on = max(self.count_start, reform_effective_date(params))
        months = _int(params.value("reform_2026.dagpenge.handover_fallback_months", on))
        return add_months(self.count_start, months)

    def work_obligation_between(self, start: dt.date, end: dt.date) -> bool:
        """Whether any row overlapping ``[start, end)`` has arbejdspligt."""
        return any(
            r.work_obligation and r.start < end and (r.end is None or r.end >= start)
            for r in self.rows
        )


@functools.lru_cache(maxsize=16)  # keyed by the ParameterSet's identity; asked once per spell
def reform_effective_date(params: ParameterSet) -> dt.date:
    """First day the 2026 reform's flexible contact course and offers are in force."""
    for start, _end, entry in params["reform_2026.in_force"].periods():
        if entry.value is True:
            return start
    raise LookupError("reform_2026.in_force er aldrig sand")


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"forventede et heltal, fik {value!r}")
    return value


def codes(params: ParameterSet, pid: str, on: dt.date) -> tuple[str, ...]:
    """A ``codes`` parameter as a tuple; an empty tuple before the parameter exists."""
    try:
        value = params.value(pid, on)
    except LookupError:
        return ()
    if value is None:
        return ()
    if not isinstance(value, list):
        raise TypeError(f"{pid}: forventede en liste af koder, fik {value!r}")
    return tuple(value)


def benefits_in(params: ParameterSet, *pids: str) -> set[str]:
    """Every benefit named (as ``benefit`` or ``benefit:target_group``) by any dated value of
    the ``codes`` parameters given."""
    out: set[str] = set()
    for pid in pids:
        for _start, _end, entry in params[pid].periods():
            if isinstance(entry.value, list):
                out.update(str(code).split(":", 1)[0] for code in entry.value)
    return out


def family_of(benefit: str, on: dt.date, params: ParameterSet) -> str:
    """The benefit as counted on ``on``: merged benefits count as kontanthjælp."""
    merged = codes(params, "tidlig_indsats.anciennitet.merged_into_kontanthjaelp", on)
    return KONTANTHJAELP if benefit in merged else benefit


def group_matches(group: str, groups: Iterable[str]) -> bool:
    """``kontanthjaelp:jobparat`` matches ``kontanthjaelp:jobparat`` and ``kontanthjaelp``."""
    benefit = group.split(":", 1)[0]
    return any(g in (group, benefit) for g in groups)


def _accumulated_point(rows: Sequence[BenefitRow], start: dt.date, months: int) -> dt.date | None:
    needed = (add_months(start, months) - start).days
    counted = 0
    for row_start, row_end in _merged_intervals(rows):
        if row_end is None:
            return row_start + dt.timedelta(days=needed - counted)
        days = (row_end - row_start).days + 1
        if counted + days >= needed:
            return row_start + dt.timedelta(days=needed - counted)
        counted += days
    return None


def _merged_intervals(rows: Sequence[BenefitRow]) -> list[tuple[dt.date, dt.date | None]]:
    merged: list[tuple[dt.date, dt.date | None]] = []
    for row in sorted(rows, key=lambda r: r.start):
        if merged:
            last_start, last_end = merged[-1]
            if last_end is None:
                continue
            if row.start <= last_end + ONE_DAY:
                end = None if row.end is None else max(last_end, row.end)
                merged[-1] = (last_start, end)
                continue
        merged.append((row.start, row.end))
    return merged


def _empty_months(prev_end: dt.date, next_start: dt.date) -> int:
    """Whole calendar months strictly between ``prev_end`` and ``next_start``."""
    after = prev_end + ONE_DAY
    first_full = after if after.day == 1 else add_months(month_start(after), 1)
    return max(0, months_between(first_full, next_start))


def person_spells(rows: Sequence[BenefitRow], params: ParameterSet) -> list[Spell]:
    """All spells of one person: dagpenge chains and continuous spells on other benefits."""
    ordered = sorted(rows, key=lambda r: (r.start, r.end or dt.date.max))
    spells = _dagpenge_chains([r for r in ordered if r.benefit == DAGPENGE], params)
    current: list[BenefitRow] = []
    current_end: dt.date | None = None
    for row in ordered:
        if current and _continues(current[-1], current_end, row, params):
            current.append(row)
            current_end = (
                None if current_end is None or row.end is None else max(current_end, row.end)
            )
            continue
        if current and current[0].benefit != DAGPENGE:
            spells.append(_spell(current, params))
        current, current_end = [row], row.end
    if current and current[0].benefit != DAGPENGE:
        spells.append(_spell(current, params))
    return spells


def _continues(
    prev: BenefitRow, prev_end: dt.date | None, row: BenefitRow, params: ParameterSet
) -> bool:
    if family_of(prev.benefit, row.start, params) != family_of(row.benefit, row.start, params):
        return False
    if prev.benefit == DAGPENGE:
        return True  # dagpenge rows only act as breakers here; chains are built separately
    if prev_end is None or row.start <= prev_end + ONE_DAY:
        return True
    limit = _int(params.value("tidlig_indsats.anciennitet.break_empty_months", row.start))
    return _empty_months(prev_end, row.start) < limit


def _spell(rows: list[BenefitRow], params: ParameterSet) -> Spell:
    first = rows[0]
    count_start = first.first_contact if first.first_contact is not None else first.start
    return Spell(
        person_id=first.person_id,
        family=family_of(first.benefit, first.start, params),
        count_start=count_start,
        rows=tuple(rows),
    )


def _dagpenge_chains(rows: list[BenefitRow], params: ParameterSet) -> list[Spell]:
    chains: list[Spell] = []
    current: list[BenefitRow] = []
    for row in rows:
        if current:
            lookback = _int(
                params.value("tidlig_indsats.dagpenge.lookback_months", current[0].start)
            )
            if row.start < add_months(current[0].start, lookback):
                current.append(row)
                continue
            chains.append(Spell(row.person_id, DAGPENGE, current[0].start, tuple(current)))
        current = [row]
    if current:
        chains.append(Spell(current[0].person_id, DAGPENGE, current[0].start, tuple(current)))
    return chains


# --- reading the snapshot ---------------------------------------------------------------


@dataclass(frozen=True)
class Conversation:
    date: dt.date
    kind: str
    held_by: str
    purpose: str | None


@dataclass(frozen=True)
class Offer:
    kind: str
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class Exemption:
    start: dt.date
    end: dt.date
    reason: str


@dataclass
class CaseData:
    """The slices of a snapshot the 6-month measures need, grouped by person."""

    spells: list[Spell]
    conversations: dict[str, list[Conversation]]
    offers: dict[str, list[Offer]]
    exemptions: dict[str, list[Exemption]]


def load_case_data(
    con: duckdb.DuckDBPyConnection,
    params: ParameterSet,
    *,
    benefits: Iterable[str] | None = None,
    municipality: str | None = None,
) -> CaseData:
    """Read benefit rows, held individual conversations, offers and exemptions.

    ``municipality`` keeps only persons with at least one row in that municipality (the
    measures then attribute each spell to the municipality of its row at the point)."""
    rows = con.execute(
        """
        SELECT bp.person_id, bp.benefit, bp.start_date, bp.end_date, bp.target_group,
               bp.first_contact_date, COALESCE(bp.municipality, p.municipality),
               COALESCE(bp.work_obligation, FALSE), bp.handover_date
        FROM benefit_periods bp JOIN persons p USING (person_id)
        WHERE $municipality IS NULL OR bp.person_id IN (
            SELECT b2.person_id FROM benefit_periods b2 JOIN persons p2 USING (person_id)
            WHERE COALESCE(b2.municipality, p2.municipality) = $municipality)
        ORDER BY bp.person_id, bp.start_date
        """,
        {"municipality": municipality},
    ).fetchall()
    by_person: dict[str, list[BenefitRow]] = defaultdict(list)
    for r in rows:
        by_person[r[0]].append(BenefitRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8]))
    wanted = set(benefits) if benefits is not None else None
    spells = [
        s
        for person_rows in by_person.values()
        for s in person_spells(person_rows, params)
        if wanted is None or s.family in wanted
    ]
    persons = {s.person_id for s in spells}
    conversations: dict[str, list[Conversation]] = defaultdict(list)
    for pid, date, kind, held_by, purpose in con.execute(
        """
        SELECT person_id, date, kind, held_by, purpose FROM conversations
        WHERE status = 'afholdt' AND COALESCE(individual, TRUE)
          AND person_id IN (SELECT UNNEST($persons))
        ORDER BY person_id, date
        """,
        {"persons": sorted(persons)},
    ).fetchall():
        if pid in persons:
            conversations[pid].append(Conversation(date, kind, held_by, purpose))
    offers: dict[str, list[Offer]] = defaultdict(list)
    for pid, kind, start, end in con.execute(
        "SELECT person_id, kind, start_date, end_date FROM offers ORDER BY person_id, start_date"
    ).fetchall():
        if pid in persons:
            offers[pid].append(Offer(kind, start, end))
    exemptions: dict[str, list[Exemption]] = defaultdict(list)
    for pid, start, end, reason in con.execute(
        "SELECT person_id, start_date, end_date, reason FROM exemptions ORDER BY person_id"
    ).fetchall():
        if pid in persons:
            exemptions[pid].append(Exemption(start, end, reason.strip().lower()))
    return CaseData(spells, dict(conversations), dict(offers), dict(exemptions))


def count_conversations(
    conversations: Sequence[Conversation],
    start: dt.date,
    end: dt.date,
    *,
    kinds: Sequence[str],
    holders: Sequence[str],
) -> int:
    """Held individual conversations of the counted kinds and holders in ``[start, end)``."""
    return sum(
        1
        for c in conversations
        if start <= c.date < end and c.kind in kinds and c.held_by in holders
    )


def under_reform(spell: Spell, point: dt.date, params: ParameterSet) -> bool:
    """Whether the 2026 reform's rules govern this spell (``reform_2026.transition_rule``)."""
    eff = reform_effective_date(params)
    rule = params.value("reform_2026.transition_rule", eff)
    if rule == "spell_start":
        return spell.count_start >= eff
    if rule == "t6":
        return point >= eff
    raise ValueError(f"reform_2026.transition_rule: ukendt værdi {rule!r}")


def iter_months(first: dt.date, last: dt.date) -> list[dt.date]:
    """First days of every month from the month of ``first`` to the month of ``last``."""
    return [add_months(month_start(first), i) for i in range(months_between(first, last) + 1)]
