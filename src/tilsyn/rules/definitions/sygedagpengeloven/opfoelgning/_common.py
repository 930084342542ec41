"""What both sickness-benefit follow-up rules share: the population and the suspension.

* Window start = the first absence day (``first_absence_date``; the spell's start date when
  it is missing, which can only make a deadline later, never earlier).
* The category is the one in force at the end of week 8 (the row covering that day, so a
  revisitation 1 → 2 counts), not the spell's first. Category 1 has no fixed follow-up course
  when the absence ends by then; a category 1 case that lasts longer needs a follow-up
  interview with revisitation (§ 13 a, stk. 1) and is followed up as category 2, and before
  the end of week 8 it is ``open`` with that condition in the evidence. Category 3 was
  abolished on 1 Jan 2025; a case still registered as 3 keeps the category 2 requirements,
  so a missing or abolished category is followed up.
* From the reform date (a parameter, 1 Jul 2026 assumed) an employed person whose expected
  absence is under 26 weeks is outside municipal follow-up. This is judged on the
  obligation's due date: the reform ends the duty for obligations falling due after it.
* Exemptions suspend: an exemption in force on the due date stops the clock on its first
  day (or the window start, if later); the days still left then run again from the day
  after the exemption ends. While that exemption runs the obligation is ``exempt``.
  Exemptions that end before the due date do not move it.
"""

from __future__ import annotations

from collections.abc import Sequence

import ibis
import ibis.expr.types as ir

from tilsyn.rules.context import RuleContext
from tilsyn.rules.dates import days_between, days_expr, end_of_week_expr
from tilsyn.rules.spells import SPELL_KEY, benefit_spells

BENEFIT = "sygedagpenge"

EXEMPT_CATEGORIES = "sygedagpengeloven.opfoelgning.exempt_categories"
EMPLOYED_BELOW = "sygedagpengeloven.opfoelgning.employed_exempt_below_weeks"
SUSPEND = "sygedagpengeloven.opfoelgning.exemptions_suspend"
KINDS = "sygedagpengeloven.opfoelgning.counted_kinds"
HOLDERS = "sygedagpengeloven.opfoelgning.counted_holders"
CATEGORY1_WEEKS = "sygedagpengeloven.opfoelgning.category1_followup_after_weeks"


def category_on(ctx: RuleContext, spells: ir.Table, day: str) -> ir.Table:
    """``spells`` with ``category_in_force``: the category of the spell's latest row that
    started on or before column ``day`` and gives one (else the spell's first category).

    Only spells of several rows are looked up: a spell of one row (95 % of them at national
    scale) has its first category, whichever way the lookup went."""
    bp = ctx.table("benefit_periods")
    bp = bp.filter(
        bp.benefit == BENEFIT, bp.start_date <= ctx.as_of_expr, bp.sickness_category.notnull()
    ).select(_pid=bp.person_id, _from=bp.start_date, _cat=bp.sickness_category)
    several = spells.filter(spells.periods > 1)
    k = several.select(*SPELL_KEY, _day=several[day], _last=several.end_date)
    j = k.inner_join(
        bp,
        [
            k.person_id == bp._pid,
            bp._from >= k.start_date,
            bp._from <= k._day,
            k._last.isnull() | (bp._from <= k._last),
        ],
    )
    found = j.group_by(list(SPELL_KEY)).aggregate(_cat_found=j._cat.argmax(j._from))
    f = spells.left_join(found, list(SPELL_KEY))
    f = f.drop(*(f"{c}_right" for c in SPELL_KEY if f"{c}_right" in f.columns))
    return f.mutate(category_in_force=f._cat_found.fill_null(f.sickness_category)).drop(
        "_cat_found"
    )


def sick_spells(ctx: RuleContext) -> ir.Table:
    """Sickness-benefit spells with ``window_start``, ``category_in_force`` (at the end of
    week 8), ``category_exempt`` (no fixed follow-up course) and ``category_note`` (why a
    category 1 case is followed up; empty otherwise). Materialised once per evaluation:
    both follow-up rules read it several times."""
    return ctx.memo("sick_spells", lambda: _sick_spells(ctx))


def _sick_spells(ctx: RuleContext) -> ir.Table:
    spells = benefit_spells(ctx, [BENEFIT])
    s = spells.mutate(window_start=spells.first_absence_date.fill_null(spells.start_date))
    weeks = ctx.param_expr(CATEGORY1_WEEKS, s.window_start)
    s = s.mutate(_cat1_until=end_of_week_expr(s.window_start, weeks.fill_null(0).cast("int64")))
    s = category_on(ctx, s, "_cat1_until")
    exempt_categories = ctx.param_expr(EXEMPT_CATEGORIES, s.window_start)
    no_course = exempt_categories.contains(s.category_in_force).fill_null(False)
    ended_in_time = s.end_date.notnull() & (s.end_date <= s._cat1_until)
    over = (
        "kategori "
        + s.category_in_force
        + " og fraværet varer ud over "
        + weeks.cast("string")
        + " uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation"
    )
    pending = (
        "kategori "
        + s.category_in_force
        + ": opfølgningssamtale og revisitation, hvis fraværet varer ud over "
        + weeks.cast("string")
        + " uger (§ 13 a, stk. 1)"
    )
    return s.mutate(
        category_exempt=no_course & (weeks.isnull() | ended_in_time),
        category_note=ibis.cases(
            (~no_course | weeks.isnull() | ended_in_time, ""),
            (ctx.as_of_expr <= s._cat1_until, pending),
            else_=over,
        ),
    ).drop("_cat1_until")


def reform_exempt(ctx: RuleContext, t: ir.Table, on: ir.DateValue) -> ir.BooleanValue:
    """Employed, expected absence under the reform's limit in force on ``on``."""
    limit = ctx.param_expr(EMPLOYED_BELOW, on)
    return (
        t.employed.fill_null(False)
        & limit.notnull()
        & t.expected_absence_weeks.notnull()
        & (t.expected_absence_weeks < limit)
    ).fill_null(False)


def not_applicable_text(ctx: RuleContext, t: ir.Table, on: ir.DateValue) -> ir.StringValue:
    """Why a spell is outside the follow-up population (empty when it is inside)."""
    return ibis.cases(
        (
            t.category_exempt,
            "visitationskategori "
            + t.category_in_force
            + ": intet fast opfølgningsforløb (raskmeldt inden for 8 uger)",
        ),
        (
            reform_exempt(ctx, t, on),
            "sygemeldt fra job med forventet fravær på "
            + t.expected_absence_weeks.cast("string")
            + " uger: ikke i kommunens opfølgning",
        ),
        else_="",
    )


def counted_followups(
    ctx: RuleContext, rows: ir.Table, keys: Sequence[str], forms_param: str
) -> ir.Table:
    """Held follow-up interviews per row: ``keys`` + ``date`` + ``description``.

    Counted from the row's ``window_start`` to the end of its spell (or the reference date),
    on or before the reference date; held (``afholdt``), individual, of a counted kind,
    holder and form as in force on the row's window start.
    """
    conv = ctx.table("conversations")
    conv = conv.filter(
        conv.status == "afholdt",
        conv.individual.fill_null(True),
        conv.date <= ctx.as_of_expr,
        conv.kind.isin(ctx.codes_ever(KINDS)),
    )
    r = rows.select(*keys, _ws=rows.window_start, _last=rows.end_date.fill_null(ctx.as_of_expr))
    j = r.inner_join(
        conv, [r.person_id == conv.person_id, conv.date >= r._ws, conv.date <= r._last]
    )
    j = j.filter(
        ctx.param_expr(KINDS, j._ws).contains(j.kind).fill_null(False),
        ctx.param_expr(HOLDERS, j._ws).contains(j.held_by).fill_null(False),
        ctx.param_expr(forms_param, j._ws).contains(j.form).fill_null(False),
    )
    description = j.kind + " " + j.date.cast("string") + " (" + j.form + ", " + j.held_by + ")"
    return j.select(*keys, date=j.date, description=description)


def suspend(ctx: RuleContext, rows: ir.Table, keys: Sequence[str], due: str) -> ir.Table:
    """``rows`` (unique on ``keys``) with ``due_date`` = column ``due`` moved by an
    exemption in force on it (see the module docstring), and the exemption's
    ``exemption_start``, ``exemption_end``, ``exemption_reason`` (NULL when none)."""
    ex = ctx.table("exemptions")
    # An exemption registered to start after the reference date is not known yet.
    # Renamed first: the spell key has its own start_date.
    ex = ex.filter(ex.start_date <= ctx.as_of_expr).select(
        _pid=ex.person_id, _from=ex.start_date, _to=ex.end_date, _reason=ex.reason
    )
    k = rows.select(*keys, _day=rows[due])
    hits = k.inner_join(ex, [k.person_id == ex._pid, ex._from <= k._day, ex._to >= k._day])
    best = hits.group_by(list(keys)).aggregate(
        exemption_start=hits._from.argmax(hits._to),
        exemption_end=hits._to.max(),
        exemption_reason=hits._reason.argmax(hits._to),
    )
    j = rows.left_join(best, [rows[c] == best[c] for c in keys])
    j = j.drop(*(f"{c}_right" for c in keys if f"{c}_right" in j.columns))
    applies = j.exemption_end.notnull() & ctx.param_expr(SUSPEND, j.window_start).fill_null(False)
    stopped = ibis.greatest(j.exemption_start, j.window_start)
    left = days_between(stopped, j[due]) + 1
    moved = days_expr(j.exemption_end, left.cast("int64"))
    return j.mutate(
        due_date=ibis.cases((applies, moved), else_=j[due]),
        exemption_applies=applies,
    )


def exemption_note(t: ir.Table) -> ir.StringValue:
    """Danish evidence text for the exemption that moved the due date (empty when none)."""
    return ibis.cases(
        (
            t.exemption_applies,
            "fritaget "
            + t.exemption_start.cast("string")
            + "–"
            + t.exemption_end.cast("string")
            + " ("
            + t.exemption_reason
            + "), fristen forlænget",
        ),
        else_="",
    )


def join_text(*parts: ir.StringValue) -> ir.StringValue:
    """Join non-empty evidence fragments with '; '. Each fragment appears once in the SQL:
    a nested CASE naming the text so far in each branch made the compiled SQL (and the work
    per row) grow threefold with every fragment."""
    return ibis.literal("; ").join([part.nullif("") for part in parts])


__all__ = [
    "BENEFIT",
    "CATEGORY1_WEEKS",
    "EMPLOYED_BELOW",
    "EXEMPT_CATEGORIES",
    "HOLDERS",
    "KINDS",
    "SPELL_KEY",
    "SUSPEND",
    "counted_followups",
    "exemption_note",
    "join_text",
    "not_applicable_text",
    "reform_exempt",
    "sick_spells",
    "suspend",
]
