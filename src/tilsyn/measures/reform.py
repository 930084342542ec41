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

from tilsyn.measures.early import as_fraction, as_int, first_offer, flag_series, percent
from tilsyn.measures.six_month_point import (
    DAGPENGE,
    CaseData,
    Conversation,
    Exemption,
    Spell,
    add_months,
    benefits_in,
    codes,
    count_conversations,
    group_matches,
    iter_months,
    load_case_data,
    month_start,
    reform_effective_date,
    under_reform,
)
from tilsyn.rules.parameters import ParameterSet, default_parameters

P = "reform_2026."
RULE_FIRST = "foerste_samtale"
RULE_INTERVIEWS = "samtaler_75"
RULE_OFFERS = "tilbud_75"
RULE_16M = "samtale_16_mdr"
RULE_LABELS = {
    RULE_FIRST: "Første jobsamtale med alle jobparate",
    RULE_INTERVIEWS: "Jobsamtaler med mindst 75 % inden 6 måneder",
    RULE_OFFERS: "Første tilbud til mindst 75 % inden 6 måneder",
    RULE_16M: "Dagpenge: samtale om intensiveret indsats inden 16 måneder",
}
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
class ReformRow:
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
    def share(self) -> Fraction | None:
        return Fraction(self.compliant, self.population) if self.population else None

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
            "municipality": self.municipality,
            "month": self.month.strftime("%Y-%m"),
            "rule": self.rule,
            "group": self.group,
            "population": self.population,
            "compliant": self.compliant,
            "share_pct": percent(self.share),
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


def _on(spell: Spell, params: ParameterSet) -> dt.date:
    """Date to read a spell's per-person parameters: its start, or the commencement for
    spells begun earlier (under the ``t6`` transition rule)."""
    return max(spell.count_start, reform_effective_date(params))


def _exempted(
    exemptions: Sequence[Exemption], start: dt.date, point: dt.date, reasons: Sequence[str]
) -> bool:
    return any(e.reason in reasons and e.start < point and e.end >= start for e in exemptions)


def reform_members(
    data: CaseData,
    params: ParameterSet,
    *,
    first_month: dt.date,
    last_month: dt.date,
    as_of: dt.date,
) -> list[ReformMember]:
    """Members of every rule's cohorts whose point falls in the months given (≤ ``as_of``)."""
    lo, hi = month_start(first_month), add_months(month_start(last_month), 1)
    out: list[ReformMember] = []
    for spell in data.spells:
        convs = data.conversations.get(spell.person_id, ())
        kinds = codes(params, "tidlig_indsats.counted_conversation_kinds", _on(spell, params))
        holders = codes(params, "tidlig_indsats.counted_holders", _on(spell, params))
        if spell.family == DAGPENGE:
            member = _sixteen_months(spell, data, params, holders, lo, hi, as_of)
            if member is not None:
                out.append(member)
        on = _on(spell, params)
        window = as_int(_p(params, "window_months", on), "window_months")
        point = spell.point(window, params)
        # The first interview is due whether or not the person reaches 6 months.
        first_point = point or add_months(spell.count_start, window)
        if not under_reform(spell, first_point, params):
            continue
        first = _first_interview(spell, params, convs, kinds, holders, lo, hi, as_of)
        if first is not None:
            out.append(first)
        if point is None or not (lo <= point < hi) or point > as_of:
            continue
        last_day = point - dt.timedelta(days=1)
        group = spell.group_on(last_day, params)
        municipality = spell.row_on(last_day).municipality
        reasons = codes(params, P + "exemption.reason_codes", on)
        exempted = _exempted(
            data.exemptions.get(spell.person_id, ()), spell.count_start, point, reasons
        )
        if group_matches(group, codes(params, P + "interviews.groups", on)):
            if spell.family == DAGPENGE:
                start = spell.handover(params)
                required = as_int(_p(params, "interviews.dagpenge_min_count", on), "dagpenge")
            else:
                start = spell.count_start
                required = as_int(_p(params, "interviews.min_count", on), "min_count")
            found = count_conversations(convs, start, point, kinds=kinds, holders=holders)
            out.append(
                ReformMember(
                    RULE_INTERVIEWS,
                    spell.person_id,
                    municipality,
                    group,
                    spell.count_start,
                    start,
                    point,
                    found,
                    required,
                    exempted,
                )
            )
        if group_matches(group, codes(params, P + "offers.groups", on)):
            if _p(params, "offers.exclude_work_obligation", on) is True and (
                spell.work_obligation_between(spell.count_start, point)
            ):
                continue
            started = _offer(spell, data, params, point, on)
            out.append(
                ReformMember(
                    RULE_OFFERS,
                    spell.person_id,
                    municipality,
                    group,
                    spell.count_start,
                    spell.count_start,
                    point,
                    int(started),
                    1,
                    exempted,
                )
            )
    return out


def _offer(spell: Spell, data: CaseData, params: ParameterSet, point: dt.date, on: dt.date) -> bool:
    offers = data.offers.get(spell.person_id, ())
    min_days = as_int(_p(params, "offers.min_length_days", on), "min_length_days")
    long_enough = [o for o in offers if (o.end - o.start).days + 1 >= min_days]
    kinds = codes(params, P + "offers.counted_kinds", on)
    if first_offer(long_enough, spell.count_start, point, kinds) is not None:
        return True
    grace = dt.timedelta(days=as_int(_p(params, "offers.grace_days", on), "grace_days"))
    grace_kinds = [k for k in codes(params, P + "offers.grace_kinds", on) if k in kinds]
    return first_offer(long_enough, spell.count_start, point + grace, grace_kinds) is not None


def _first_interview(
    spell: Spell,
    params: ParameterSet,
    convs: Sequence[Conversation],
    kinds: Sequence[str],
    holders: Sequence[str],
    lo: dt.date,
    hi: dt.date,
    as_of: dt.date,
) -> ReformMember | None:
    on = _on(spell, params)
    start_day = max(spell.count_start, spell.first_day)
    group = spell.group_on(start_day, params)
    if not group_matches(group, codes(params, P + "first_interview.groups", on)):
        return None
    days = as_int(_p(params, "first_interview.deadline_days", on), "deadline_days")
    deadline = spell.count_start + dt.timedelta(days=days)
    if not (lo <= deadline < hi) or deadline > as_of:
        return None
    found = count_conversations(
        convs,
        spell.count_start,
        deadline + dt.timedelta(days=1),
        kinds=kinds,
        holders=holders,
    )
    return ReformMember(
        RULE_FIRST,
        spell.person_id,
        spell.row_on(start_day).municipality,
        group,
        spell.count_start,
        spell.count_start,
        deadline,
        min(found, 1),
        1,
        False,
    )


def _sixteen_months(
    spell: Spell,
    data: CaseData,
    params: ParameterSet,
    holders: Sequence[str],
    lo: dt.date,
    hi: dt.date,
    as_of: dt.date,
) -> ReformMember | None:
    pid = P + "dagpenge.intensified_interview_months"
    on = max(spell.count_start, params[pid].history[0].effective_from)
    months = as_int(params.value(pid, on), pid)
    point = spell.point(months, params)
    if point is None or not (lo <= point < hi) or point > as_of:
        return None
    held = any(
        c.purpose == "intensiveret_indsats"
        and c.held_by in holders
        and spell.count_start <= c.date < point
        for c in data.conversations.get(spell.person_id, ())
    )
    last_day = point - dt.timedelta(days=1)
    return ReformMember(
        RULE_16M,
        spell.person_id,
        spell.row_on(last_day).municipality,
        DAGPENGE,
        spell.count_start,
        spell.count_start,
        point,
        int(held),
        1,
        False,
    )


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
    eff = reform_effective_date(params)
    lookback = (
        max(
            as_int(_p(params, "follow_up.consecutive_months", eff), "consecutive_months"),
            as_int(_p(params, "follow_up.rolling_months", eff), "rolling_months"),
        )
        - 1
    )
    history = iter_months(add_months(month_start(first_month), -lookback), last_month)
    wanted = set(iter_months(first_month, last_month))
    cells: dict[tuple[str, str, str, dt.date], list[ReformMember]] = defaultdict(list)
    for m in members:
        key_month = month_start(m.point)
        cells[(m.municipality, m.rule, ALL_GROUPS, key_month)].append(m)
        if m.rule in (RULE_INTERVIEWS, RULE_OFFERS):
            cells[(m.municipality, m.rule, m.group, key_month)].append(m)
    series_keys = sorted({k[:3] for k in cells})
    if municipality:
        series_keys = [k for k in series_keys if k[0] == municipality]
    out: list[ReformRow] = []
    for muni, rule, group in series_keys:
        counts = [
            _population_and_compliant(params, rule, cells.get((muni, rule, group, mo), []), mo)
            for mo in history
        ]
        on_dates = [max(mo, eff) for mo in history]
        required = [_required_share(params, rule, d) for d in on_dates]
        flags = flag_series(
            counts,
            required,
            months=[
                as_int(_p(params, "follow_up.consecutive_months", d), "months") for d in on_dates
            ],
            min_population=[
                as_int(_p(params, "follow_up.min_population", d), "min") for d in on_dates
            ],
        )
        pooled = _p(params, "interviews.pooled", eff) is True
        flag_here = (
            group == ALL_GROUPS if (rule != RULE_INTERVIEWS or pooled) else (group != ALL_GROUPS)
        )
        for i, mo in enumerate(history):
            if mo not in wanted:
                continue
            rolling_months = as_int(_p(params, "follow_up.rolling_months", on_dates[i]), "r")
            window = counts[max(0, i - rolling_months + 1) : i + 1]
            month_members = cells.get((muni, rule, group, mo), [])
            population, compliant = counts[i]
            limit, ok, exempted = None, None, sum(x.exempted for x in month_members)
            if rule in (RULE_INTERVIEWS, RULE_OFFERS):
                limit = as_fraction(_p(params, "exemption.max_share", on_dates[i]), "max_share")
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
                    run=run if flag_here and rule in (RULE_INTERVIEWS, RULE_OFFERS) else 0,
                    at_risk=flagged and flag_here and rule in (RULE_INTERVIEWS, RULE_OFFERS),
                    exempted=exempted,
                    exemption_limit=limit,
                    exemption_ok=ok,
                    noncompliant_unexempted=sum(
                        1 for x in month_members if not x.compliant and not x.exempted
                    ),
                    complete=add_months(mo, 1) <= as_of + dt.timedelta(days=1),
                )
            )
    return out


def _population_and_compliant(
    params: ParameterSet, rule: str, members: list[ReformMember], month: dt.date
) -> tuple[int, int]:
    """Cohort size and compliant count; exempted persons leave the denominator only when
    assumption A3 (``exemption.keep_in_denominator``) is switched off."""
    keep = _p(params, "exemption.keep_in_denominator", max(month, reform_effective_date(params)))
    counted = [
        x
        for x in members
        if keep is True or rule not in (RULE_INTERVIEWS, RULE_OFFERS) or not x.exempted
    ]
    return len(counted), sum(x.compliant for x in counted)


def _required_share(params: ParameterSet, rule: str, on: dt.date) -> Fraction:
    if rule == RULE_INTERVIEWS:
        return as_fraction(_p(params, "interviews.min_share", on), "interviews.min_share")
    if rule == RULE_OFFERS:
        return as_fraction(_p(params, "offers.min_share", on), "offers.min_share")
    return Fraction(1)  # per-person rules: every person must comply


def reform_report(
    con: duckdb.DuckDBPyConnection,
    *,
    first_month: dt.date,
    last_month: dt.date,
    as_of: dt.date,
    municipality: str | None = None,
    params: ParameterSet | None = None,
) -> tuple[list[ReformRow], list[ReformMember]]:
    """The reform's rules per municipality and monthly cohort, plus the members of the
    months asked for (for person lists: the non-compliant without an exemption)."""
    params = params or default_parameters()
    if last_month < first_month:
        raise ValueError("slutmåneden ligger før startmåneden")
    benefits = {DAGPENGE} | benefits_in(
        params, P + "first_interview.groups", P + "interviews.groups", P + "offers.groups"
    )
    data = load_case_data(con, params, benefits=benefits, municipality=municipality)
    eff = reform_effective_date(params)
    lookback = (
        max(
            as_int(_p(params, "follow_up.consecutive_months", eff), "consecutive_months"),
            as_int(_p(params, "follow_up.rolling_months", eff), "rolling_months"),
        )
        - 1
    )
    start = add_months(month_start(first_month), -lookback)
    members = reform_members(data, params, first_month=start, last_month=last_month, as_of=as_of)
    if municipality:
        members = [m for m in members if m.municipality == municipality]
    rows = reform_rows(
        members,
        params,
        first_month=first_month,
        last_month=last_month,
        as_of=as_of,
        municipality=municipality,
    )
    lo = month_start(first_month)
    return rows, [m for m in members if m.point >= lo]


def demo_summary(con: duckdb.DuckDBPyConnection, as_of: dt.date) -> list[str]:
    """Short Danish lines on the reform's rules for the last 6 complete months before
    ``as_of`` (for ``tilsyn demo``)."""
    params = default_parameters()
    last = add_months(month_start(as_of), -1)
    first = add_months(last, -5)
    rows, members = reform_report(
        con, first_month=first, last_month=last, as_of=as_of, params=params
    )
    eff = reform_effective_date(params)
    lines = [
        f"Reform 2026 (lov nr. 1750/2025, fra {eff.strftime('%d.%m.%Y')}): "
        f"{first.strftime('%m.%Y')}–{last.strftime('%m.%Y')}"
    ]
    pooled = [r for r in rows if r.group == ALL_GROUPS]
    if not pooled:
        lines.append("  Ingen forløb under reformens regler i perioden.")
        return lines
    for rule in (RULE_FIRST, RULE_INTERVIEWS, RULE_OFFERS, RULE_16M):
        rule_rows = [r for r in pooled if r.rule == rule]
        population = sum(r.population for r in rule_rows)
        if not population:
            continue
        compliant = sum(r.compliant for r in rule_rows)
        share = str(percent(Fraction(compliant, population))).replace(".", ",")
        risk = sum(r.at_risk for r in rule_rows)
        text = f"  {RULE_LABELS[rule]}: {compliant} af {population} ({share} %)"
        if risk:
            text += f", {risk} kommune-måneder i risiko"
        lines.append(text)
    missing = sum(
        1
        for m in members
        if m.rule in (RULE_INTERVIEWS, RULE_OFFERS) and not m.compliant and not m.exempted
    )
    if missing:
        lines.append(f"  {missing} borgere mangler samtale/tilbud uden dokumenteret undtagelse")
    return lines
