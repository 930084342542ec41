"""Benefit spells and the day a person reaches N months on them (the "6-month point").

Shared by STAR's early-effort follow-up (``early``) and the 2026 reform's rules (``reform``).
Conventions (reform-2026.md §7, A0):

* A window of N months is ``[count_start, point)`` with ``point = count_start + N calendar
  months`` (clamped to the month's last day); the person *reaches* N months on ``point`` when
  they were on the benefit on ``point - 1 day`` (they completed the N months).
* Dagpenge count *accumulated* unemployment: the dagpenge days of a chain of spells are added
  up, so every day without dagpenge moves the point one day later. A chain holds the dagpenge
  spells that start within ``lab.periode.dagpenge_placement_months`` of its first day.
* Other benefits count one continuous spell on the same benefit, from the first approach to
  the municipality (``first_contact_date``) where given (LAB § 9). The spell breaks on a benefit
  switch, on a change of target group listed in ``lab.periode.new_period_group_changes``, or
  when ``lab.periode.break_empty_months`` whole calendar months have no benefit; benefits in
  ``lab.periode.start_to_end_benefits`` (sygedagpenge) break on any day without the benefit.
  The obligations engine (``tilsyn.rules.spells``) reads the same parameters. The 1 Jul 2025
  relabelling of uddannelseshjælp and selvforsørgelsesydelse to kontanthjælp is not a switch
  (``tidlig_indsats.anciennitet.merged_into_kontanthjaelp``).

How it is computed: :func:`load_case_data` reads the benefit rows with DuckDB, sorted by
person, and builds the spells in NumPy over integer arrays (:func:`_spell_arrays` with the
vectorised steps of :mod:`tilsyn.measures.spell_arrays`: benefit families, breaks after empty
months, dagpenge chains and their merged intervals); the spells go back to DuckDB as TEMP tables
with integer person and spell keys. :func:`points` and :func:`rows_on` are DuckDB SQL over those
tables, with the dated parameters written into the SQL (:mod:`tilsyn.measures.dated_sql`). The
per-person Python formulation all this replaced is kept as the independent reference in
``tests/measures/test_six_month_differential.py``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
from collections.abc import Iterable
from dataclasses import dataclass

import duckdb
import numpy as np
import numpy.typing as npt

from tilsyn.data.contract import BENEFITS, TARGET_GROUPS
from tilsyn.data.sql import date_sql, literal, literal_list
from tilsyn.measures import spell_arrays as sa
from tilsyn.measures.dated_sql import codes_sql
from tilsyn.rules.parameters import ParameterSet

DAGPENGE = "dagpenge"
KONTANTHJAELP = "kontanthjaelp"
ONE_DAY = dt.timedelta(days=1)


@functools.lru_cache(maxsize=16)  # keyed by the ParameterSet's identity; asked once per spell
def reform_effective_date(params: ParameterSet) -> dt.date:
    """First day the 2026 reform's flexible contact course and offers are in force."""
    for start, _end, entry in params["reform_2026.in_force"].periods():
        if entry.value is True:
            return start
    raise LookupError("reform_2026.in_force er aldrig sand")


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
    merged = params.codes("tidlig_indsats.anciennitet.merged_into_kontanthjaelp", on)
    return KONTANTHJAELP if benefit in merged else benefit


def group_matches(group: str, groups: Iterable[str]) -> bool:
    """``kontanthjaelp:jobparat`` matches ``kontanthjaelp:jobparat`` and ``kontanthjaelp``."""
    benefit = group.split(":", 1)[0]
    return any(g in (group, benefit) for g in groups)


# --- spells: SQL for dated benefit families and groups; the spells themselves in NumPy ---
#
# The spells are built set-based in DuckDB: one pass of window functions splits each person's
# rows (ordered by start, end, then import order) into runs of one benefit family and breaks a
# run at a gap with ``break_empty_months`` whole empty months. A run's running maximum end equals
# the spell's own (rows are ordered by start, so every earlier spell of the run ended before the
# current one began). Dagpenge chains need the chain's first day to decide the next row, so they
# are a short recursive CTE over each person's dagpenge rows (a handful per person).

_MAX_DATE = "DATE '9999-12-31'"
_tables = itertools.count()


def family_sql(params: ParameterSet, benefit: str, on: str) -> str:
    """SQL for :func:`family_of`: ``benefit`` as counted on the SQL date ``on``."""
    merged = codes_sql(params["tidlig_indsats.anciennitet.merged_into_kontanthjaelp"], on, benefit)
    return f"(CASE WHEN {merged} THEN '{KONTANTHJAELP}' ELSE {benefit} END)"


def group_sql(params: ParameterSet, benefit: str, target_group: str, on: str) -> str:
    """SQL for ``Spell.group_on``: ``benefit`` or ``benefit:target_group`` on ``on``."""
    fam = family_sql(params, benefit, on)
    return (
        f"(CASE WHEN {target_group} IS NULL OR {target_group} = '' THEN {fam} "
        f"ELSE {fam} || ':' || {target_group} END)"
    )


def group_matches_sql(params: ParameterSet, pid: str, on: str, group: str) -> str:
    """SQL for :func:`group_matches` against the ``codes`` parameter ``pid`` on ``on``."""
    param = params[pid]
    benefit = "split_part(" + group + ", ':', 1)"
    return f"({codes_sql(param, on, group)} OR {codes_sql(param, on, benefit)})"


def add_months_sql(day: str, months: str) -> str:
    """SQL for :func:`add_months` (DuckDB clamps to the month's last day, as Python does)."""
    return f"CAST({day} + to_months(CAST({months} AS INTEGER)) AS DATE)"


@dataclass
class CaseData:
    """The spells and events of a snapshot as TEMP tables on ``con`` (see :func:`load_case_data`).

    Tables (``pk`` is an integer person key, ``sid`` an integer spell key):

    * ``rows``: the benefit rows of the spells: sid, pk, ord (order in the person), benefit,
      s, e (inclusive, NULL = ongoing), tg (target group), muni, wo (arbejdspligt), ho (handover).
    * ``spells``: sid, pk, person_id, family, count_start, first_day, last_day (NULL = ongoing),
      handover (the earliest given handover date of a dagpenge chain).
    * ``islands``: dagpenge chains' merged intervals: sid, i_start, i_end, cum_before (days of
      the chain's earlier intervals).
    * views ``conversations`` (held, individual): person_id, d, kind, held_by, purpose;
      ``offers``: person_id, kind, s, e; ``exemptions``: person_id, s, e, reason (trimmed,
      lower case).
    """

    con: duckdb.DuckDBPyConnection
    params: ParameterSet
    rows: str
    spells: str
    islands: str
    conversations: str
    offers: str
    exemptions: str
    benefits: frozenset[str] | None = None
    """The families whose spells were kept (None: all)."""
    municipality: str | None = None
    """The municipality the persons were chosen by (None: all)."""
    owned: bool = True
    """Whether :meth:`close` drops the tables (a :meth:`restricted` copy owns only its view)."""

    def temp(self, name: str) -> str:
        """A fresh TEMP table name for a measure's intermediate result."""
        return f"{self.spells}_{name}"

    def restricted(self, benefits: Iterable[str], municipality: str | None) -> CaseData:
        """The same case data with only the spells of ``benefits``' families, exactly as
        ``load_case_data(benefits=benefits, municipality=municipality)`` would build them, so
        that two measures share one spell building. The copy's spells are a TEMP view; closing
        it drops only that view."""
        wanted = frozenset(benefits)
        if municipality != self.municipality:
            raise ValueError(
                f"forløbene er bygget for kommune {self.municipality!r}, ikke {municipality!r}"
            )
        if self.benefits is not None and not wanted <= self.benefits:
            missing = ", ".join(sorted(wanted - self.benefits))
            raise ValueError(f"forløbene er bygget uden ydelserne {missing}")
        view = f"{self.spells}_{next(_tables)}"
        self.con.execute(
            f"CREATE OR REPLACE TEMP VIEW {view} AS SELECT * FROM {self.spells} "
            f"WHERE family IN ({', '.join(literal(b) for b in sorted(wanted))})"
        )
        return dataclasses.replace(self, spells=view, benefits=wanted, owned=False)

    def close(self) -> None:
        """Drop the TEMP tables and views (the connection stays open)."""
        if not self.owned:
            self.con.execute(f"DROP VIEW IF EXISTS {self.spells}")
            return
        for table in (self.rows, self.spells, self.islands):
            self.con.execute(f"DROP TABLE IF EXISTS {table}")
        for view in (self.conversations, self.offers, self.exemptions):
            self.con.execute(f"DROP VIEW IF EXISTS {view}")


def load_case_data(
    con: duckdb.DuckDBPyConnection,
    params: ParameterSet,
    *,
    benefits: Iterable[str] | None = None,
    municipality: str | None = None,
) -> CaseData:
    """Build the spells (dagpenge chains and continuous spells on other benefits; NumPy, see
    :func:`_spell_arrays`) and read the held individual conversations, offers and exemptions of
    their persons, as TEMP tables.

    ``benefits`` keeps the spells of those families (every row still breaks spells);
    ``municipality`` keeps only persons with at least one row in that municipality (the
    measures then attribute each spell to the municipality of its row at the point)."""
    n = next(_tables)
    wanted = set(benefits) if benefits is not None else None
    tables = {
        name: f"_smp{n}_{name}"
        for name in ("rows", "spells", "islands", "conv", "offers", "exempt")
    }
    data = CaseData(
        con,
        params,
        rows=tables["rows"],
        spells=tables["spells"],
        islands=tables["islands"],
        conversations=tables["conv"],
        offers=tables["offers"],
        exemptions=tables["exempt"],
        benefits=frozenset(wanted) if wanted is not None else None,
        municipality=municipality,
    )
    where = (
        ""
        if municipality is None
        else """WHERE bp.person_id IN (
                SELECT b2.person_id FROM benefit_periods b2 JOIN persons p2 USING (person_id)
                WHERE COALESCE(b2.municipality, p2.municipality) = $municipality)"""
    )
    present = [r[0] for r in con.execute("SELECT DISTINCT benefit FROM benefit_periods").fetchall()]
    names = sorted(set(BENEFITS) | {DAGPENGE, KONTANTHJAELP} | set(present))
    epoch = date_sql(sa.EPOCH)
    # Integers only: the spell steps run on NumPy columns, and the text columns are joined back
    # by row id below (no Arrow round trip, whose first use costs seconds of setup).
    source = con.execute(
        f"""
        SELECT p.rowid AS pk, bp.rowid AS brid,
               list_position({literal_list(names)}, bp.benefit) - 1 AS code,
               bp.start_date - {epoch} AS s,
               COALESCE(bp.end_date - {epoch}, {sa.OPEN}) AS e,
               COALESCE(bp.first_contact_date - {epoch}, {sa.NONE}) AS fc,
               COALESCE(bp.handover_date - {epoch}, {sa.OPEN}) AS ho,
               COALESCE(list_position({literal_list(list(TARGET_GROUPS))}, bp.target_group), 0)
                   - 1 AS tg
        FROM benefit_periods bp JOIN persons p USING (person_id)
        {where}
        ORDER BY pk, bp.start_date, bp.end_date NULLS LAST, bp.rowid
        """,
        {"municipality": municipality} if municipality is not None else None,
    ).fetchnumpy()
    row_map, spells, islands = _spell_arrays(
        {k: np.asarray(v, dtype=np.int64) for k, v in source.items()}, names, params, wanted
    )
    for name, frame in (("rowmap", row_map), ("spells", spells), ("islands", islands)):
        con.register(f"{data.rows}_{name}_np", frame)
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {data.rows} AS
        SELECT m.sid, m.pk, m.ord, bp.benefit, bp.start_date AS s, bp.end_date AS e,
               bp.target_group AS tg, COALESCE(bp.municipality, p.municipality) AS muni,
               COALESCE(bp.work_obligation, FALSE) AS wo, bp.handover_date AS ho
        FROM {data.rows}_rowmap_np m
        JOIN benefit_periods bp ON bp.rowid = m.brid
        JOIN persons p ON p.rowid = m.pk
        """
    )
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {data.spells} AS
        SELECT s.sid, s.pk, p.person_id, {literal_list(names)}[s.family + 1] AS family,
               {epoch} + CAST(s.count_start AS INTEGER) AS count_start,
               {epoch} + CAST(s.first_day AS INTEGER) AS first_day,
               CASE WHEN s.last_day < {sa.OPEN} THEN {epoch} + CAST(s.last_day AS INTEGER) END
                   AS last_day,
               CASE WHEN s.handover < {sa.OPEN} THEN {epoch} + CAST(s.handover AS INTEGER) END
                   AS handover
        FROM {data.rows}_spells_np s JOIN persons p ON p.rowid = s.pk
        """
    )
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {data.islands} AS
        SELECT sid, {epoch} + CAST(i_start AS INTEGER) AS i_start,
               CASE WHEN i_end < {sa.OPEN} THEN {epoch} + CAST(i_end AS INTEGER) END AS i_end,
               cum_before
        FROM {data.rows}_islands_np
        """
    )
    for name in ("rowmap", "spells", "islands"):
        con.unregister(f"{data.rows}_{name}_np")
    # The events stay views: each measure joins its (far fewer) cohort spells to them by
    # person, which is cheaper than copying every person's events first.
    con.execute(
        f"""
        CREATE OR REPLACE TEMP VIEW {data.conversations} AS
        SELECT person_id, date AS d, kind, held_by, purpose FROM conversations
        WHERE status = 'afholdt' AND COALESCE(individual, TRUE)
        """
    )
    con.execute(
        f"""
        CREATE OR REPLACE TEMP VIEW {data.offers} AS
        SELECT person_id, kind, start_date AS s, end_date AS e FROM offers
        """
    )
    con.execute(
        f"""
        CREATE OR REPLACE TEMP VIEW {data.exemptions} AS
        SELECT person_id, start_date AS s, end_date AS e, lower(trim(reason)) AS reason
        FROM exemptions
        """
    )
    return data


def shared_case_data(
    data: CaseData, params: ParameterSet, benefits: Iterable[str], municipality: str | None
) -> CaseData:
    """``data`` narrowed to a measure's ``benefits`` (see :meth:`CaseData.restricted`), after
    checking it was built with the measure's parameters."""
    if data.params is not params:
        raise ValueError("forløbene er bygget med andre parametre end målingens")
    return data.restricted(benefits, municipality)


Columns = dict[str, npt.NDArray[np.int64]]


def _spell_arrays(
    rows: Columns, names: list[str], params: ParameterSet, wanted: set[str] | None
) -> tuple[Columns, Columns, Columns]:
    """(row map, spells, islands) from benefit rows sorted by person, start, end and import
    order (columns pk, brid, code (index into ``names``), s, e, fc, ho as days; see
    :mod:`tilsyn.measures.spell_arrays`)."""
    merged = params["tidlig_indsats.anciennitet.merged_into_kontanthjaelp"]
    kth, dp = names.index(KONTANTHJAELP), names.index(DAGPENGE)
    pk, code, start, end = rows["pk"], rows["code"], rows["s"], rows["e"]
    prev_code = sa.shifted(code, -1)
    family = np.where(sa.in_codes(merged, names, code, start), kth, code)
    prev_family = np.where(sa.in_codes(merged, names, prev_code, start), kth, prev_code)
    _check_accumulated(params)
    start_to_end = sa.in_codes(params["lab.periode.start_to_end_benefits"], names, code, start)
    limit = np.where(start_to_end, 0, sa.dated(params["lab.periode.break_empty_months"], start))
    forced = _group_changes(params, rows["tg"], pk, start)
    sid = sa.continuous_spells(pk, family, prev_family, start, end, code != dp, limit, forced)

    is_dp = code == dp
    dp_rows = np.flatnonzero(is_dp)
    chain_start = sa.dagpenge_chains(
        pk[dp_rows], start[dp_rows], params["lab.periode.dagpenge_placement_months"]
    )
    dp_pk = pk[dp_rows]
    new_chain = (dp_pk != sa.shifted(dp_pk, -1)) | (chain_start != sa.shifted(chain_start, -1))
    chain = np.cumsum(new_chain) + (int(sid.max()) if len(sid) else 0)
    sid[dp_rows] = chain

    other_rows = np.flatnonzero(~is_dp)
    other_sid = sid[other_rows]
    other_heads = np.flatnonzero(other_sid != sa.shifted(other_sid, -1))
    dp_heads = np.flatnonzero(new_chain)
    first = np.concatenate([other_rows[other_heads], dp_rows[dp_heads]])
    last = np.concatenate(
        [sa.group_max(end[other_rows], other_heads), sa.group_max(end[dp_rows], dp_heads)]
    )
    handover = np.concatenate(
        [
            np.full(len(other_heads), sa.OPEN, dtype=np.int64),
            sa.group_min(rows["ho"][dp_rows], dp_heads),
        ]
    )
    contact = rows["fc"][first]
    count_start = np.where(is_dp[first] | (contact == sa.NONE), start[first], contact)
    keep = np.ones(len(first), dtype=np.bool_)
    if wanted is not None:
        # A lookup by family code: an indexing pass instead of np.isin's sort.
        kept_family = np.zeros(len(names), dtype=np.bool_)
        kept_family[[names.index(b) for b in wanted if b in names]] = True
        keep = kept_family[family[first]]
    spells = {
        "sid": sid[first],
        "pk": pk[first],
        "family": family[first],
        "count_start": count_start,
        "first_day": start[first],
        "last_day": last,
        "handover": handover,
    }
    spells = {k: v[keep] for k, v in spells.items()}
    # Each row's spell is kept or not: map the spell numbers (ascending within each part).
    kept_by_sid = np.zeros(int(sid.max()) + 1 if len(sid) else 0, dtype=np.bool_)
    kept_by_sid[spells["sid"]] = True
    row_index = np.flatnonzero(kept_by_sid[sid]) if len(sid) else sid
    row_map = {
        "brid": rows["brid"][row_index],
        "sid": sid[row_index],
        "pk": pk[row_index],
        "ord": row_index.astype(np.int64),
    }
    kept_dp = kept_by_sid[chain] if len(chain) else np.zeros(0, dtype=np.bool_)
    i_sid, i_start, i_end, before = sa.islands(
        chain[kept_dp], start[dp_rows][kept_dp], end[dp_rows][kept_dp]
    )
    islands = {"sid": i_sid, "i_start": i_start, "i_end": i_end, "cum_before": before}
    return row_map, spells, islands


def _check_accumulated(params: ParameterSet) -> None:
    """The measures count only dagpenge as accumulated unemployment (their chains and points
    are built for dagpenge); refuse a parameter set that names other benefits."""
    for start, _end, entry in params["lab.periode.accumulated_benefits"].periods():
        if entry.value not in ([DAGPENGE], None):
            raise ValueError(
                f"lab.periode.accumulated_benefits fra {start}: målingerne kan kun tælle "
                f"dagpenge som sammenlagt ledighed, ikke {entry.value!r}"
            )


def _group_changes(
    params: ParameterSet,
    tg: npt.NDArray[np.int64],
    pk: npt.NDArray[np.int64],
    start: npt.NDArray[np.int64],
) -> npt.NDArray[np.bool_]:
    """Rows whose change of target group from the person's previous row starts a new period
    (``lab.periode.new_period_group_changes``, LAB § 9, stk. 2)."""
    groups = list(TARGET_GROUPS)
    prev_tg = sa.shifted(tg, -1)
    same_person = pk == sa.shifted(pk, -1)
    out = np.zeros(len(tg), dtype=np.bool_)
    for lo_day, hi_day, entry in params["lab.periode.new_period_group_changes"].periods():
        if not isinstance(entry.value, list):
            continue
        lo = (lo_day - sa.EPOCH).days
        hi = (hi_day - sa.EPOCH).days if hi_day is not None else sa.OPEN + 1
        for pair in entry.value:
            before, _, after = str(pair).partition(">")
            if before not in groups or after not in groups:
                raise ValueError(
                    f"lab.periode.new_period_group_changes: ukendt målgruppe i {pair!r}"
                )
            out |= (
                same_person
                & (start >= lo)
                & (start < hi)
                & (prev_tg == groups.index(before))
                & (tg == groups.index(after))
            )
    return out


def points(data: CaseData, want: str, out: str) -> str:
    """TEMP TABLE ``out`` (sid, months, point): the day each spell reaches ``months``
    (``want`` is a SELECT of sid, months); point is NULL if the spell never does.

    Dagpenge: accumulated days of the chain's merged intervals; other benefits: the count start
    plus the months, if the spell ran until the day before."""
    plain = add_months_sql("s.count_start", "w.months")
    data.con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {out} AS
        WITH w AS (
            -- Distinct on the two integer keys first; the rest follows from the spell.
            SELECT w.sid, w.months, s.last_day, s.family = '{DAGPENGE}' AS dp,
                   {plain} AS plain, {plain} - s.count_start AS needed
            FROM (SELECT DISTINCT sid, months FROM ({want}) x WHERE months IS NOT NULL) w
            JOIN {data.spells} s USING (sid)
        ),
        dp AS (
            SELECT w.sid, w.months,
                   arg_min(i.i_start + CAST(w.needed - i.cum_before AS INTEGER), i.i_start)
                       AS point
            FROM w JOIN {data.islands} i ON i.sid = w.sid
            WHERE w.dp AND (i.i_end IS NULL OR i.cum_before + (i.i_end - i.i_start + 1) >= w.needed)
            GROUP BY w.sid, w.months
        )
        SELECT w.sid, w.months,
               CASE WHEN w.dp THEN dp.point
                    WHEN w.last_day IS NULL OR w.last_day >= w.plain - 1 THEN w.plain END AS point
        FROM w LEFT JOIN dp USING (sid, months)
        """
    )
    return out


def rows_on(data: CaseData, want: str, out: str) -> str:
    """TEMP TABLE ``out`` (sid, day, benefit, tg, muni, grp): for each (sid, day) in ``want``,
    the spell's row covering ``day`` (the last such); else the last row started before it;
    else its first row. ``grp`` is ``benefit`` or ``benefit:target_group`` as on ``day``."""
    started = "r.s <= w.day"
    covers = f"({started} AND (r.e IS NULL OR w.day <= r.e))"
    key = (
        f"CAST({covers} AS BIGINT) * 4398046511104 + CAST({started} AS BIGINT) * 2199023255552"
        f" + CASE WHEN {started} THEN r.ord ELSE 1099511627776 - r.ord END"
    )
    data.con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {out} AS
        WITH w AS (SELECT DISTINCT sid, day FROM ({want})),
        pick AS (
            SELECT w.sid, w.day, arg_max(r.ord, {key}) AS ord
            FROM w JOIN {data.rows} r ON r.sid = w.sid
            GROUP BY w.sid, w.day
        )
        SELECT p.sid, p.day, r.benefit, r.tg, r.muni,
               {group_sql(data.params, "r.benefit", "r.tg", "p.day")} AS grp
        FROM pick p JOIN {data.rows} r ON r.sid = p.sid AND r.ord = p.ord
        """
    )
    return out


def under_reform_sql(params: ParameterSet, count_start: str, point: str) -> str:
    """SQL for whether the 2026 reform's rules govern a spell (``reform_2026.transition_rule``)."""
    eff = reform_effective_date(params)
    rule = params.value("reform_2026.transition_rule", eff)
    if rule == "spell_start":
        return f"({count_start} >= {date_sql(eff)})"
    if rule == "t6":
        return f"({point} >= {date_sql(eff)})"
    raise ValueError(f"reform_2026.transition_rule: ukendt værdi {rule!r}")


def drop(data: CaseData, *tables: str) -> None:
    for table in tables:
        data.con.execute(f"DROP TABLE IF EXISTS {table}")
