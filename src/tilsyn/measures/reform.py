"""The 2026 reform's population rules (lov nr. 1750/2025, from 1 Jul 2026).

Computable definitions in reform-2026.md §7.1; every number and every assumption (A1–A14) is a
parameter under ``reform_2026``. Rules:

* ``foerste_samtale`` (R-2026-FIRST): the first jobsamtale with every jobparat kontanthjælp and
  ledighedsydelse recipient within ``first_interview.deadline_days`` of the count start; per
  person, no exemption. Cohort = month of the deadline.
* ``samtaler_75`` (R-2026-INT-KOM): municipal jobsamtaler before the 6-month point for at least
  75 % of the pool (dagpenge ≥ 2 from the handover from the a-kasse; jobparat kontanthjælp
  and ledighedsydelse ≥ 4 from the count start).
* ``tilbud_75`` (R-2026-OFFER): a first offer (øvrig vejledning counts, mentor alone does not)
  started before the 6-month point for at least 75 % of dagpenge and job- and uddannelsesparate
  kontanthjælp recipients; persons under arbejdspligt are outside the pool.
* R-2026-EXEMPT: for both 75 % pools, the share with a documented exemption (reason
  ``selv_job`` begun before the 6-month point) must be at most 25 %, and every non-compliant
  person without one is a process failure.
* ``samtale_16_mdr`` (R-2026-16M): dagpenge, a jobsamtale on intensified effort before 16
  months of accumulated unemployment; per person, in force since 2020.
* ``akasse_samtaler_75`` (R-2026-INT-AK): the a-kasse's own requirement, at least 2 jobsamtaler
  held by the a-kasse in the first 3 months of accumulated unemployment for at least 75 % of
  dagpenge recipients (``akasse.*``). Computed only where the snapshot records a-kasse
  conversations at all (:func:`akasse_interviews_recorded`); otherwise not computable, not 0 %.
  The requirement is per a-kasse; the data has no member's a-kasse, so the share is shown per
  municipality, for the dialogue with the a-kasser. No exemption is read for it: the exemptions
  in the data are the municipality's decisions.

Cohorts are monthly by the month of the point, per municipality, with a rolling share and the
"at risk" flag of STAR's early-effort model (A7).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

import duckdb

from tilsyn.data.calendar import add_months, iter_months, month_start
from tilsyn.measures.cohort import MonthlyCohort, percent
from tilsyn.measures.dated_sql import codes_sql, date_sql, literal, value_sql
from tilsyn.measures.early import flag_series
from tilsyn.measures.six_month_point import (
    DAGPENGE,
    CaseData,
    add_months_sql,
    benefits_in,
    drop,
    group_matches_sql,
    load_case_data,
    points,
    reform_effective_date,
    rows_on,
    shared_case_data,
    under_reform_sql,
)
from tilsyn.rules.continuation import notice_for
from tilsyn.rules.parameters import ParameterSet, default_parameters

P = "reform_2026."
RULE_FIRST = "foerste_samtale"
RULE_INTERVIEWS = "samtaler_75"
RULE_OFFERS = "tilbud_75"
RULE_16M = "samtale_16_mdr"
RULE_AKASSE = "akasse_samtaler_75"
RULES = (RULE_FIRST, RULE_INTERVIEWS, RULE_OFFERS, RULE_16M, RULE_AKASSE)  # present.labels
SHARE_RULES = (RULE_INTERVIEWS, RULE_OFFERS, RULE_AKASSE)  # population rules (75 %)
EXEMPT_RULES = (RULE_INTERVIEWS, RULE_OFFERS)  # the municipality's 25 % exemption applies
ALL_GROUPS = "alle"


@dataclass(frozen=True)
class ReformMember:
    """One person-spell in one rule's cohort and what was found for it."""

    rule: str
    person_id: str
    municipality: str
    group: str
    count_start: dt.date
    window_start: dt.date  # dagpenge interviews: the handover; otherwise the count start
    point: dt.date  # deadline: first day after the window (first interview: day after it)
    found: int  # interviews counted, or 1/0 for an offer / the 16-month interview
    required: int
    exempted: bool  # a documented 25 % exemption begun before the point

    @property
    def compliant(self) -> bool:
        return self.found >= self.required


@dataclass(frozen=True)
class ReformRow(MonthlyCohort):
    """A monthly cohort's result for one rule (and group) in one municipality."""

    municipality: str
    month: dt.date
    rule: str
    group: str
    population: int
    compliant: int
    required_share: Fraction
    meets: bool
    rolling_population: int
    rolling_compliant: int
    run: int
    at_risk: bool
    exempted: int
    exemption_limit: Fraction | None
    exemption_ok: bool | None
    noncompliant_unexempted: int
    complete: bool

    @property
    def rolling_share(self) -> Fraction | None:
        if not self.rolling_population:
            return None
        return Fraction(self.rolling_compliant, self.rolling_population)

    @property
    def exempted_share(self) -> Fraction | None:
        return Fraction(self.exempted, self.population) if self.population else None

    def as_row(self) -> dict[str, object]:
        return {
            **self.cohort_where(),
            "rule": self.rule,
            "group": self.group,
            **self.cohort_counts(),
            "required_pct": percent(self.required_share),
            "meets": self.meets,
            "rolling_share_pct": percent(self.rolling_share),
            "run": self.run,
            "at_risk": self.at_risk,
            "exempted": self.exempted,
            "exempted_pct": percent(self.exempted_share),
            "exemption_ok": self.exemption_ok,
            "noncompliant_unexempted": self.noncompliant_unexempted,
            "complete": self.complete,
        }


def _p(params: ParameterSet, name: str, on: dt.date) -> object:
    return params.value(P + name, on)


def reform_members(
    data: CaseData,
    params: ParameterSet,
    *,
    first_month: dt.date,
    last_month: dt.date,
    as_of: dt.date,
) -> list[ReformMember]:
    """Members of every rule's cohorts whose point falls in the months given (≤ ``as_of``)."""
    table = _members_table(
        data, params, first_month=first_month, last_month=last_month, as_of=as_of
    )
    members = _fetch(data, table)
    drop(data, table)
    return members


_RULE_ORDER = {RULE_16M: 0, RULE_FIRST: 1, RULE_INTERVIEWS: 2, RULE_OFFERS: 3, RULE_AKASSE: 4}


def akasse_interviews_recorded(con: duckdb.DuckDBPyConnection, params: ParameterSet) -> bool:
    """Whether the snapshot records conversations held by the a-kasse at all (any status):
    without them the a-kasse's 75 % requirement is not computable."""
    holders = sorted(
        {
            str(code)
            for _start, _end, entry in params[P + "akasse.holders"].periods()
            if isinstance(entry.value, list)
            for code in entry.value
        }
    )
    if not holders:
        return False
    # Plain SQL with literals, so that PostgreSQL and Spark run it as DuckDB does.
    found = con.execute(
        "SELECT COUNT(*) FROM (SELECT 1 FROM conversations WHERE held_by IN "
        f"({', '.join(literal(h) for h in holders)}) LIMIT 1) t"
    ).fetchall()
    return bool(found[0][0])


def _fetch(data: CaseData, table: str, where: str = "") -> list[ReformMember]:
    rows = data.con.execute(
        f"""SELECT rule, person_id, municipality, grp, count_start, window_start, point, found,
                   required, exempted
            FROM {table} {where}
            ORDER BY person_id, count_start, sid,
                     CASE rule {" ".join(f"WHEN '{r}' THEN {i}" for r, i in _RULE_ORDER.items())}
                     END"""
    ).fetchall()
    return [ReformMember(*r) for r in rows]


def _members_table(
    data: CaseData,
    params: ParameterSet,
    *,
    first_month: dt.date,
    last_month: dt.date,
    as_of: dt.date,
) -> str:
    """TEMP TABLE of every rule's members (columns of :class:`ReformMember` plus sid).

    A spell reads its parameters on its count start, or on the commencement for spells begun
    earlier (under the ``t6`` transition rule); the 16-month interview, in force since 2020, on
    its count start or that rule's first date."""
    lo, hi = month_start(first_month), add_months(month_start(last_month), 1)
    eff = reform_effective_date(params)
    first16 = params[P + "dagpenge.intensified_interview_months"].history[0].effective_from
    base, pts, on_rows, six, out = (
        data.temp(n) for n in ("rbase", "rpts", "rrows", "rsix", "rmembers")
    )
    in_range = (
        "{pt} >= "
        + date_sql(lo)
        + " AND {pt} < "
        + date_sql(hi)
        + " AND {pt} <= "
        + date_sql(as_of)
    )

    def p(name: str, on: str = "b.on_") -> str:
        return value_sql(params[P + name], on)

    def has(pid: str, code: str, on: str = "b.on_") -> str:
        return codes_sql(params[pid], on, code)

    con = data.con
    # The a-kasse's requirement only where the snapshot records a-kasse conversations at all.
    akasse_sql = f"b.family = '{DAGPENGE}'" if akasse_interviews_recorded(con, params) else "FALSE"
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {base} AS
        SELECT b.*, {p("window_months")} AS window_m,
               CASE WHEN b.family = '{DAGPENGE}'
                    THEN {p("dagpenge.intensified_interview_months", "b.on16")} END AS m16,
               CASE WHEN {akasse_sql} THEN {p("akasse.window_months")} END AS m3
        FROM (SELECT sid, pk, person_id, family, count_start, first_day, handover,
                     GREATEST(count_start, {date_sql(eff)}) AS on_,
                     GREATEST(count_start, {date_sql(first16)}) AS on16
              FROM {data.spells}) b
        """
    )
    points(
        data,
        f"SELECT sid, window_m AS months FROM {base} UNION ALL "
        f"SELECT sid, m16 FROM {base} WHERE m16 IS NOT NULL UNION ALL "
        f"SELECT sid, m3 FROM {base} WHERE m3 IS NOT NULL",
        pts,
    )
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {base} AS
        SELECT b.*, p6.point AS point6, p16.point AS point16, p3.point AS point3,
               {
            under_reform_sql(
                params,
                "b.count_start",
                "COALESCE(p6.point, " + add_months_sql("b.count_start", "b.window_m") + ")",
            )
        } AS reform,
               b.m3 IS NOT NULL AND {
            under_reform_sql(
                params,
                "b.count_start",
                "COALESCE(p3.point, " + add_months_sql("b.count_start", "b.m3") + ")",
            )
        } AS reform3,
               GREATEST(b.count_start, b.first_day) AS start_day
        FROM {base} b
        LEFT JOIN {pts} p6 ON p6.sid = b.sid AND p6.months = b.window_m
        LEFT JOIN {pts} p16 ON p16.sid = b.sid AND p16.months = b.m16
        LEFT JOIN {pts} p3 ON p3.sid = b.sid AND p3.months = b.m3
        """
    )
    rows_on(
        data,
        f"""SELECT sid, point16 - 1 AS day FROM {base} WHERE {in_range.format(pt="point16")}
            UNION ALL SELECT sid, start_day FROM {base} WHERE reform
            UNION ALL SELECT sid, point6 - 1 FROM {base}
                      WHERE reform AND {in_range.format(pt="point6")}
            UNION ALL SELECT sid, point3 - 1 FROM {base}
                      WHERE reform3 AND {in_range.format(pt="point3")}""",
        on_rows,
    )
    # The pools at the 6-month point, with their exemption and arbejdspligt.
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {six} AS
        SELECT b.sid, b.pk, b.person_id, b.family, b.count_start, b.on_, b.point6 AS point,
               r.muni, r.grp,
               EXISTS (SELECT 1 FROM {data.exemptions} x
                       WHERE x.person_id = b.person_id AND x.s < b.point6 AND x.e >= b.count_start
                         AND {has(P + "exemption.reason_codes", "x.reason")}) AS exempted,
               CASE WHEN b.family = '{DAGPENGE}'
                    THEN COALESCE(b.handover, {
            add_months_sql("b.count_start", p("dagpenge.handover_fallback_months"))
        })
                    ELSE b.count_start END AS window_start,
               CAST(CASE WHEN b.family = '{DAGPENGE}' THEN {p("interviews.dagpenge_min_count")}
                         ELSE {p("interviews.min_count")} END AS INTEGER) AS required,
               COALESCE({group_matches_sql(params, P + "interviews.groups", "b.on_", "r.grp")},
                        FALSE) AS in_interviews,
               COALESCE({group_matches_sql(params, P + "offers.groups", "b.on_", "r.grp")}, FALSE)
                 AND NOT (COALESCE({p("offers.exclude_work_obligation")}, FALSE)
                          AND EXISTS (SELECT 1 FROM {data.rows} w
                                      WHERE w.sid = b.sid AND w.wo AND w.s < b.point6
                                        AND (w.e IS NULL OR w.e >= b.count_start)))
                 AS in_offers
        FROM {base} b JOIN {on_rows} r ON r.sid = b.sid AND r.day = b.point6 - 1
        WHERE b.reform AND {in_range.format(pt="b.point6")}
        """
    )
    kinds = f"{has(P + 'offers.counted_kinds', 'o.kind')}"
    grace = f"{has(P + 'offers.grace_kinds', 'o.kind')}"
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {out} AS
        WITH t16 AS (
            SELECT b.sid, COUNT(*) AS n
            FROM {base} b JOIN {data.conversations} t ON t.person_id = b.person_id
            WHERE t.purpose = 'intensiveret_indsats' AND t.d >= b.count_start AND t.d < b.point16
              AND {has("tidlig_indsats.counted_holders", "t.held_by")}
            GROUP BY b.sid
        ),
        first AS (
            SELECT b.*, r.muni, r.grp, b.count_start + {p("first_interview.deadline_days")}
                       AS deadline
            FROM {base} b JOIN {on_rows} r ON r.sid = b.sid AND r.day = b.start_day
            WHERE b.reform
              AND {group_matches_sql(params, P + "first_interview.groups", "b.on_", "r.grp")}
        ),
        first_in AS (SELECT * FROM first WHERE {in_range.format(pt="deadline")}),
        -- Counted conversations per sid: the first interview's window [count start, deadline]
        -- and the 6-month pools' [window start, point), in one pass over the conversations
        -- (the same kinds and holders, each read on its spell's date).
        talked AS (
            SELECT b.part, b.sid, COUNT(*) AS n
            FROM (SELECT 1 AS part, sid, person_id, on_, count_start AS lo, deadline + 1 AS hi
                  FROM first_in
                  UNION ALL
                  SELECT 2, sid, person_id, on_, window_start, point FROM {six}) b
            JOIN {data.conversations} t ON t.person_id = b.person_id
            WHERE t.d >= b.lo AND t.d < b.hi
              AND {has("tidlig_indsats.counted_conversation_kinds", "t.kind")}
              AND {has("tidlig_indsats.counted_holders", "t.held_by")}
            GROUP BY b.part, b.sid
        ),
        t_first AS (SELECT sid, n FROM talked WHERE part = 1),
        t_six AS (SELECT sid, n FROM talked WHERE part = 2),
        akasse AS (
            SELECT b.sid, b.person_id, b.count_start, b.point3 AS point, r.muni, r.grp,
                   CAST({p("akasse.min_count")} AS INTEGER) AS required
            FROM {base} b JOIN {on_rows} r ON r.sid = b.sid AND r.day = b.point3 - 1
            WHERE b.reform3 AND {in_range.format(pt="b.point3")}
              AND {group_matches_sql(params, P + "akasse.groups", "b.on_", "r.grp")}
        ),
        t_akasse AS (
            SELECT b.sid, COUNT(*) AS n
            FROM akasse b JOIN {base} s ON s.sid = b.sid
            JOIN {data.conversations} t ON t.person_id = b.person_id
            WHERE t.d >= b.count_start AND t.d < b.point
              AND {has(P + "akasse.counted_kinds", "t.kind", "s.on_")}
              AND {has(P + "akasse.holders", "t.held_by", "s.on_")}
            GROUP BY b.sid
        ),
        offered AS (
            SELECT DISTINCT b.sid FROM {six} b JOIN {data.offers} o ON o.person_id = b.person_id
            WHERE b.in_offers AND (o.e - o.s + 1) >= {p("offers.min_length_days")}
              AND o.e >= b.count_start AND {kinds}
              AND (o.s < b.point
                   OR ({grace} AND o.s < b.point + {p("offers.grace_days")}))
        )
        SELECT '{RULE_16M}' AS rule, b.sid, b.person_id, r.muni AS municipality,
               '{DAGPENGE}' AS grp, b.count_start, b.count_start AS window_start,
               b.point16 AS point, CAST(COALESCE(t.n, 0) > 0 AS INTEGER) AS found, 1 AS required,
               FALSE AS exempted
        FROM {base} b JOIN {on_rows} r ON r.sid = b.sid AND r.day = b.point16 - 1
        LEFT JOIN t16 t ON t.sid = b.sid
        WHERE {in_range.format(pt="b.point16")}
        UNION ALL
        SELECT '{RULE_FIRST}', f.sid, f.person_id, f.muni, f.grp, f.count_start, f.count_start,
               f.deadline, CAST(LEAST(COALESCE(t.n, 0), 1) AS INTEGER), 1, FALSE
        FROM first_in f LEFT JOIN t_first t ON t.sid = f.sid
        UNION ALL
        SELECT '{RULE_INTERVIEWS}', b.sid, b.person_id, b.muni, b.grp, b.count_start,
               b.window_start, b.point, CAST(COALESCE(t.n, 0) AS INTEGER), b.required, b.exempted
        FROM {six} b LEFT JOIN t_six t ON t.sid = b.sid
        WHERE b.in_interviews
        UNION ALL
        SELECT '{RULE_OFFERS}', b.sid, b.person_id, b.muni, b.grp, b.count_start, b.count_start,
               b.point, CAST(o.sid IS NOT NULL AS INTEGER), 1, b.exempted
        FROM {six} b LEFT JOIN offered o ON o.sid = b.sid
        WHERE b.in_offers
        UNION ALL
        SELECT '{RULE_AKASSE}', a.sid, a.person_id, a.muni, a.grp, a.count_start, a.count_start,
               a.point, CAST(COALESCE(t.n, 0) AS INTEGER), a.required, FALSE
        FROM akasse a LEFT JOIN t_akasse t ON t.sid = a.sid
        """
    )
    drop(data, base, pts, on_rows, six)
    return out


def reform_rows(
    members: Sequence[ReformMember],
    params: ParameterSet,
    *,
    first_month: dt.date,
    last_month: dt.date,
    as_of: dt.date,
    municipality: str | None = None,
) -> list[ReformRow]:
    """Monthly cohorts per municipality, rule and group (``alle`` = the pooled share).

    ``members`` must reach back ``follow_up`` months before ``first_month`` for the rolling
    share and the run to be right."""
    cells: dict[tuple[str, str, str, dt.date], list[int]] = defaultdict(lambda: [0] * 5)
    for m in members:
        key_month = month_start(m.point)
        keys = [(m.municipality, m.rule, ALL_GROUPS, key_month)]
        if m.rule in (RULE_INTERVIEWS, RULE_OFFERS):
            keys.append((m.municipality, m.rule, m.group, key_month))
        for key in keys:
            cell = cells[key]
            cell[0] += 1
            cell[1] += m.compliant
            cell[2] += m.exempted
            cell[3] += m.exempted and m.compliant
            cell[4] += not m.compliant and not m.exempted
    return _rows(
        {k: Cell(*v) for k, v in cells.items()},
        params,
        first_month=first_month,
        last_month=last_month,
        as_of=as_of,
        municipality=municipality,
    )


@dataclass(frozen=True)
class Cell:
    """Counts of one monthly cohort (municipality, rule, group, month)."""

    members: int
    compliant: int
    exempted: int
    exempted_compliant: int
    noncompliant_unexempted: int


EMPTY = Cell(0, 0, 0, 0, 0)


def _rows(
    cells: dict[tuple[str, str, str, dt.date], Cell],
    params: ParameterSet,
    *,
    first_month: dt.date,
    last_month: dt.date,
    as_of: dt.date,
    municipality: str | None,
) -> list[ReformRow]:
    eff = reform_effective_date(params)
    lookback = (
        max(
            params.integer(P + "follow_up.consecutive_months", eff),
            params.integer(P + "follow_up.rolling_months", eff),
        )
        - 1
    )
    history = iter_months(add_months(month_start(first_month), -lookback), last_month)
    wanted = set(iter_months(first_month, last_month))
    series_keys = sorted({k[:3] for k in cells})
    if municipality:
        series_keys = [k for k in series_keys if k[0] == municipality]
    out: list[ReformRow] = []
    for muni, rule, group in series_keys:
        counts = [
            _population_and_compliant(params, rule, cells.get((muni, rule, group, mo), EMPTY), mo)
            for mo in history
        ]
        on_dates = [max(mo, eff) for mo in history]
        required = [_required_share(params, rule, d) for d in on_dates]
        flags = flag_series(
            counts,
            required,
            months=[params.integer(P + "follow_up.consecutive_months", d) for d in on_dates],
            min_population=[params.integer(P + "follow_up.min_population", d) for d in on_dates],
        )
        pooled = _p(params, "interviews.pooled", eff) is True
        flag_here = (
            group == ALL_GROUPS if (rule != RULE_INTERVIEWS or pooled) else (group != ALL_GROUPS)
        ) and rule in SHARE_RULES
        for i, mo in enumerate(history):
            if mo not in wanted:
                continue
            rolling_months = params.integer(P + "follow_up.rolling_months", on_dates[i])
            window = counts[max(0, i - rolling_months + 1) : i + 1]
            cell = cells.get((muni, rule, group, mo), EMPTY)
            population, compliant = counts[i]
            limit, ok, exempted = None, None, cell.exempted
            if rule in EXEMPT_RULES:
                limit = params.fraction(P + "exemption.max_share", on_dates[i])
                ok = population == 0 or Fraction(exempted, population) <= limit
            below, run, flagged = flags[i]
            out.append(
                ReformRow(
                    municipality=muni,
                    month=mo,
                    rule=rule,
                    group=group,
                    population=population,
                    compliant=compliant,
                    required_share=required[i],
                    meets=population > 0 and not below,
                    rolling_population=sum(c[0] for c in window),
                    rolling_compliant=sum(c[1] for c in window),
                    run=run if flag_here else 0,
                    at_risk=flagged and flag_here,
                    exempted=exempted,
                    exemption_limit=limit,
                    exemption_ok=ok,
                    noncompliant_unexempted=cell.noncompliant_unexempted,
                    complete=add_months(mo, 1) <= as_of + dt.timedelta(days=1),
                )
            )
    return out


def _population_and_compliant(
    params: ParameterSet, rule: str, cell: Cell, month: dt.date
) -> tuple[int, int]:
    """Cohort size and compliant count; exempted persons leave the denominator only when
    assumption A3 (``exemption.keep_in_denominator``) is switched off."""
    keep = _p(params, "exemption.keep_in_denominator", max(month, reform_effective_date(params)))
    if keep is True or rule not in (RULE_INTERVIEWS, RULE_OFFERS):
        return cell.members, cell.compliant
    return cell.members - cell.exempted, cell.compliant - cell.exempted_compliant


def _required_share(params: ParameterSet, rule: str, on: dt.date) -> Fraction:
    if rule == RULE_INTERVIEWS:
        return params.fraction(P + "interviews.min_share", on)
    if rule == RULE_OFFERS:
        return params.fraction(P + "offers.min_share", on)
    if rule == RULE_AKASSE:
        return params.fraction(P + "akasse.min_share", on)
    return Fraction(1)  # per-person rules: every person must comply


def reform_benefits(params: ParameterSet) -> set[str]:
    """The benefits whose spells the reform's rules read."""
    return {DAGPENGE} | benefits_in(
        params, P + "first_interview.groups", P + "interviews.groups", P + "offers.groups"
    )


def reform_report(
    con: duckdb.DuckDBPyConnection,
    *,
    first_month: dt.date,
    last_month: dt.date,
    as_of: dt.date,
    municipality: str | None = None,
    params: ParameterSet | None = None,
    case_data: CaseData | None = None,
) -> tuple[list[ReformRow], list[ReformMember]]:
    """The reform's rules per municipality and monthly cohort, plus the members of the
    months asked for (for person lists: the non-compliant without an exemption).

    ``case_data`` (built by ``load_case_data`` with at least :func:`reform_benefits`, for the
    same municipality and parameters) shares one spell building with other measures; it stays
    open."""
    params = params or (case_data.params if case_data else default_parameters())
    if last_month < first_month:
        raise ValueError("slutmåneden ligger før startmåneden")
    benefits = reform_benefits(params)
    if case_data is None:
        data = load_case_data(con, params, benefits=benefits, municipality=municipality)
    else:
        data = shared_case_data(case_data, params, benefits, municipality)
    eff = reform_effective_date(params)
    lookback = (
        max(
            params.integer(P + "follow_up.consecutive_months", eff),
            params.integer(P + "follow_up.rolling_months", eff),
        )
        - 1
    )
    start = add_months(month_start(first_month), -lookback)
    lo = month_start(first_month)
    try:
        table = _members_table(data, params, first_month=start, last_month=last_month, as_of=as_of)
        where = "TRUE" if not municipality else f"municipality = {literal(municipality)}"
        found = con.execute(
            f"""
            WITH m AS (
                SELECT municipality, rule, grp, CAST(date_trunc('month', point) AS DATE) AS month,
                       found >= required AS ok, exempted
                FROM {table} WHERE {where}
            ),
            g AS (
                SELECT municipality, rule, '{ALL_GROUPS}' AS grp, month, ok, exempted FROM m
                UNION ALL
                SELECT * FROM m WHERE rule IN ('{RULE_INTERVIEWS}', '{RULE_OFFERS}')
            )
            SELECT municipality, rule, grp, month, COUNT(*), COUNT(*) FILTER (WHERE ok),
                   COUNT(*) FILTER (WHERE exempted), COUNT(*) FILTER (WHERE exempted AND ok),
                   COUNT(*) FILTER (WHERE NOT ok AND NOT exempted)
            FROM g GROUP BY ALL
            """
        ).fetchall()
        members = _fetch(data, table, f"WHERE {where} AND point >= {date_sql(lo)}")
        drop(data, table)
    finally:
        data.close()
    cells = {(r[0], r[1], r[2], r[3]): Cell(*(int(x) for x in r[4:])) for r in found}
    rows = _rows(
        cells,
        params,
        first_month=first_month,
        last_month=last_month,
        as_of=as_of,
        municipality=municipality,
    )
    return rows, members


@dataclass(frozen=True)
class RuleTotal:
    """One rule's cohorts over a period, all municipalities and groups together."""

    rule: str
    population: int
    compliant: int
    at_risk: int  # municipality-months at risk


@dataclass(frozen=True)
class ReformOverview:
    """The reform's rules over the last 6 complete months before ``as_of``."""

    first_month: dt.date
    last_month: dt.date
    effective: dt.date
    first_cohort: dt.date | None
    """The month the first spells begun under the reform reach 6 months (when the 75 % rules
    count spells from their start), else None."""
    totals: tuple[RuleTotal, ...]
    """Per rule in the order of ``RULES``; none at all when no spell falls under the
    reform in the period."""
    missing: int  # citizens missing an interview or offer without a documented exemption
    continuation_notice: str | None = None
    """Plain notice when the rules' continuation is not confirmed on ``as_of`` (from 2027,
    ``tilsyn.rules.continuation``); the measures are then computed under the 2026 rules."""
    akasse_recorded: bool = True
    """The snapshot records a-kasse conversations; else the a-kasse's requirement is not
    computable."""
    akasse_first_cohort: dt.date | None = None
    """The month the first spells begun under the reform reach the a-kasse's 3 months."""


def reform_overview(con: duckdb.DuckDBPyConnection, as_of: dt.date) -> ReformOverview:
    """The reform's rules for the last 6 complete months before ``as_of``, for overviews."""
    params = default_parameters()
    last = add_months(month_start(as_of), -1)
    first = add_months(last, -5)
    rows, members = reform_report(
        con, first_month=first, last_month=last, as_of=as_of, params=params
    )
    eff = reform_effective_date(params)
    spells_from_reform = _p(params, "transition_rule", eff) == "spell_start"
    pooled = [r for r in rows if r.group == ALL_GROUPS]
    totals = tuple(
        RuleTotal(
            rule,
            sum(r.population for r in pooled if r.rule == rule),
            sum(r.compliant for r in pooled if r.rule == rule),
            sum(r.at_risk for r in pooled if r.rule == rule),
        )
        for rule in RULES
        if pooled
    )
    missing = sum(
        1
        for m in members
        if m.rule in (RULE_INTERVIEWS, RULE_OFFERS) and not m.compliant and not m.exempted
    )
    return ReformOverview(
        first,
        last,
        eff,
        add_months(eff, params.integer(P + "window_months", eff)) if spells_from_reform else None,
        totals,
        missing,
        notice_for(params, as_of),
        akasse_interviews_recorded(con, params),
        add_months(eff, params.integer(P + "akasse.window_months", eff))
        if spells_from_reform
        else None,
    )
