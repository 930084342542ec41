"""Continued follow-up of a sickness-benefit case.

Two regimes, chosen per obligation by its window start:

* 2015–2019 (end date assumed, [?]): after the first follow-up, "mindst hver 4. uge". One
  obligation per held follow-up interview dated while the rule was in force: window start =
  that interview, due = its date + 4 weeks (28 days), fulfilled by the next held follow-up.
  The chain starts at the first follow-up; a missing first follow-up is the first-follow-up
  rule's finding.
* From 2020 (date assumed, [?]): at least 4 follow-up interviews (the first included) within
  the first half year from the first absence day. One obligation per spell whose first
  absence day falls in the regime: window start = first absence day, due = window start + 6
  calendar months − 1 day (month ends clamp), fulfilled on the day of the 4th interview.
  From the reform date (1 Jul 2026 assumed, [?]) the count is 1.

``not_applicable``: category 1 ended within 8 weeks (category in force at the end of week 8;
a longer category 1 case keeps the course of its required revisitation, § 13 a, stk. 1);
from 1 Jan 2025 § 13 f short uncomplicated cases (employed,
expected full recovery by the end of week 13 counted from the first follow-up interview,
where expected recovery = first absence day + expected absence weeks); from the reform date
employed persons expected back within 26 weeks (judged on the due date); a spell that ends
before the due date without the requirement met. Counted: held, individual
``opfoelgningssamtale`` by the municipality or another actor, in the forms in force (personal
attendance until 2019; also telephone and video from 2020). Exemptions suspend (``_common``).
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from tilsyn.rules.context import RuleContext
from tilsyn.rules.dates import days_expr, end_of_week_expr, months_expr
from tilsyn.rules.definitions.sygedagpengeloven.opfoelgning._common import (
    CATEGORY1_WEEKS,
    EMPLOYED_BELOW,
    EXEMPT_CATEGORIES,
    HOLDERS,
    KINDS,
    SPELL_KEY,
    SUSPEND,
    counted_followups,
    exemption_note,
    join_text,
    not_applicable_text,
    sick_spells,
    suspend,
)
from tilsyn.rules.model import RuleDefinition
from tilsyn.rules.spells import PERIOD_PARAMETERS
from tilsyn.rules.verdict import finish

MIN_COUNT = "sygedagpengeloven.opfoelgning.followups_min_count"
WINDOW_MONTHS = "sygedagpengeloven.opfoelgning.followups_window_months"
INTERVAL = "sygedagpengeloven.opfoelgning.followup_interval_weeks"
FORMS = "sygedagpengeloven.opfoelgning.followup_forms"
SHORT_CASE = "sygedagpengeloven.opfoelgning.short_case_recovery_weeks"

FACTS = (
    "person_id",
    "benefit",
    "window_start",
    "due_date",
    "fulfilled_date",
    "evidence",
    "is_applicable",
    "is_exempt",
)
CHAIN_KEY = (*SPELL_KEY, "window_start")


def _count_facts(ctx: RuleContext, spells: ir.Table, held: ir.Table) -> ir.Table:
    """The 2020+ regime: N interviews within the first half year."""
    need = ctx.param_expr(MIN_COUNT, spells.window_start)
    months = ctx.param_expr(WINDOW_MONTHS, spells.window_start).fill_null(0).cast("int64")
    s = spells.filter(need.notnull())
    s = s.mutate(
        _need=ctx.param_expr(MIN_COUNT, s.window_start).cast("int64"),
        due0=days_expr(months_expr(s.window_start, months), -1),
    )
    suspended = suspend(ctx, s, SPELL_KEY, "due0")
    # Materialised once: read twice below, and Ibis would inline the suspension twice.
    s = ctx.memo(f"{RULE.id}_count_due", lambda: suspended)

    h = held.inner_join(s.select(*SPELL_KEY, "_need", "due_date"), list(SPELL_KEY))
    # Each spell's held dates as one sorted list (an ISO date sorts as the date): it gives
    # both the listing and the ``_need``-th date, without numbering every interview in a
    # window.
    counts = h.group_by(list(SPELL_KEY)).aggregate(
        _dates=h.date.cast("string").collect().sort(),
        _need=h._need.max().cast("int32"),  # Spark indexes arrays with INT only
        first_held=h.date.min(),
        n_by_due=h.count(where=h.date <= h.due_date),
    )
    counts = counts.select(
        *SPELL_KEY,
        fulfilled_date=ibis.cases(
            (
                (counts._need >= 1) & (counts._dates.length() >= counts._need),
                counts._dates[counts._need - 1].cast("date"),
            ),
            else_=ibis.null("date"),
        ),
        first_held=counts.first_held,
        n_by_due=counts.n_by_due,
        held_dates=counts._dates.join(", "),
    )
    f = s.left_join(counts, list(SPELL_KEY))
    f = f.drop(*(f"{k}_right" for k in SPELL_KEY if f"{k}_right" in f.columns))

    short_weeks = ctx.param_expr(SHORT_CASE, f.due_date)
    expected_recovery = days_expr(
        f.window_start, (f.expected_absence_weeks * 7).fill_null(0).cast("int64")
    )
    short_case = (
        f.employed.fill_null(False)
        & short_weeks.notnull()
        & f.expected_absence_weeks.notnull()
        & f.first_held.notnull()
        & (
            expected_recovery
            <= end_of_week_expr(f.first_held, short_weeks.fill_null(0).cast("int64"))
        )
    ).fill_null(False)
    outside = not_applicable_text(ctx, f, f.due_date)
    ended_early = f.end_date.notnull() & (f.end_date < f.due_date) & f.fulfilled_date.isnull()
    counted = (
        f.n_by_due.fill_null(0).cast("string")
        + " af "
        + f._need.cast("string")
        + " opfølgningssamtaler inden fristen"
        + ibis.cases((f.held_dates.notnull(), ": " + f.held_dates), else_="")
    )
    evidence = ibis.cases(
        (outside != "", outside),
        (
            short_case,
            "§ 13 f: forventet raskmeldt "
            + expected_recovery.cast("string")
            + ", senest ved udgangen af uge 13 efter første opfølgning "
            + f.first_held.cast("string"),
        ),
        (
            ended_early,
            "sygedagpengeforløbet sluttede "
            + f.end_date.cast("string")
            + " før fristen; "
            + counted,
        ),
        else_=counted,
    )
    return f.mutate(
        is_applicable=(outside == "") & ~short_case & ~ended_early,
        is_exempt=f.exemption_applies & (ctx.as_of_expr <= f.exemption_end),
        evidence=join_text(f.category_note, evidence, exemption_note(f)),
    ).select(*FACTS)


def _chain_facts(ctx: RuleContext, spells: ir.Table, held: ir.Table) -> ir.Table:
    """The 2015–2019 regime: the next follow-up within n weeks of the previous one."""
    # Two follow-ups on one day: the description that sorts first is cited (an argmin over
    # the date, equal within the day, left it to chance and engines chose differently).
    dates = held.group_by([*SPELL_KEY, "date"]).aggregate(description=held.description.min())
    order = ibis.window(group_by=[dates[k] for k in SPELL_KEY], order_by=[dates.date])
    dates = dates.mutate(
        next_date=dates.date.lead().over(order),
        next_text=dates.description.lead().over(order),
    )
    weeks = ctx.param_expr(INTERVAL, dates.date)
    links = dates.filter(weeks.notnull()).mutate(
        _weeks=ctx.param_expr(INTERVAL, dates.date).cast("int64")
    )
    c = links.inner_join(
        spells.select(
            *SPELL_KEY,
            "end_date",
            "category_exempt",
            "sickness_category",
            "category_in_force",
            "category_note",
            "employed",
            "expected_absence_weeks",
        ),
        list(SPELL_KEY),
    )
    c = c.drop(*(f"{k}_right" for k in SPELL_KEY if f"{k}_right" in c.columns))
    c = c.mutate(window_start=c.date, due0=days_expr(c.date, c._weeks * 7))
    c = suspend(ctx, c, CHAIN_KEY, "due0")
    ended_early = c.end_date.notnull() & (c.end_date < c.due_date) & c.next_date.isnull()
    evidence = ibis.cases(
        (
            c.category_exempt,
            "visitationskategori " + c.category_in_force + ": intet fast opfølgningsforløb",
        ),
        (c.next_date.notnull(), "forrige: " + c.description + "; næste: " + c.next_text),
        (
            ended_early,
            "sygedagpengeforløbet sluttede " + c.end_date.cast("string") + " før fristen",
        ),
        else_="forrige: " + c.description + "; ingen senere opfølgningssamtale",
    )
    return c.mutate(
        fulfilled_date=c.next_date,
        is_applicable=~c.category_exempt & ~ended_early,
        is_exempt=c.exemption_applies & (ctx.as_of_expr <= c.exemption_end),
        evidence=join_text(evidence, exemption_note(c)),
    ).select(*FACTS)


def build(ctx: RuleContext) -> ir.Table:
    spells = sick_spells(ctx)
    held = counted_followups(ctx, spells, SPELL_KEY, FORMS)
    facts = _count_facts(ctx, spells, held).union(_chain_facts(ctx, spells, held))
    return finish(ctx, RULE, facts)


RULE = RuleDefinition(
    id="sick_followups",
    kind="sick_followups",
    label="Løbende opfølgning på sygedagpengesag",
    description=(
        "2015–2019: efter første opfølgningssamtale skal der følges op mindst hver 4. uge "
        "(én forpligtelse pr. afholdt samtale). Fra 2020: mindst 4 individuelle "
        "opfølgningssamtaler (den første medregnet) inden for det første halve år regnet fra "
        "første fraværsdag; fristen er dagen før første fraværsdag + 6 kalendermåneder. "
        "Skæringsdatoen 1.1.2020 er antaget. Ikke omfattet: kategori 1, fra 1.1.2025 korte "
        "ukomplicerede forløb efter § 13 f, og fra reformens ikrafttræden (1.7.2026 antaget) "
        "sygemeldte fra job med forventet fravær under 26 uger; reformen sænker kravet til "
        "1 samtale (antaget)."
    ),
    version="1.1.1",
    parameters=(
        MIN_COUNT,
        WINDOW_MONTHS,
        INTERVAL,
        KINDS,
        HOLDERS,
        FORMS,
        EXEMPT_CATEGORIES,
        CATEGORY1_WEEKS,
        SHORT_CASE,
        EMPLOYED_BELOW,
        SUSPEND,
        *PERIOD_PARAMETERS,
    ),
    build=build,
    looked_up_on_due_date=(SHORT_CASE, EMPLOYED_BELOW),
)
