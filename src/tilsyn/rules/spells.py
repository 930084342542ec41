"""Benefit spells: the unit the contact-course and offer deadlines are counted on.

One reading of "the first 6 months" (LAB § 9) per benefit, shared with the measures
(``tilsyn.measures.six_month_point``) through the ``lab.periode.*`` parameters:

* Benefits in ``lab.periode.accumulated_benefits`` (dagpenge) count *accumulated*
  unemployment: the rows of one placement (rows starting within
  ``lab.periode.dagpenge_placement_months`` of its first day) are one spell, and a pause moves
  the N-month point as many days later (:func:`with_months_point`).
* Benefits in ``lab.periode.start_to_end_benefits`` (sygedagpenge) run from start to end
  date: any day without the benefit ends the spell.
* Other benefits are one *continuous* period on the same benefit, broken only by
  ``lab.periode.break_empty_months`` whole empty calendar months, so a pause of a day or a
  few weeks does not open a new window (and never gives two obligations for one window).
* A switch to another benefit starts a new period (the person's rows in order of start);
  so does a change of target group listed in ``lab.periode.new_period_group_changes``
  (§ 9, stk. 2, nr. 2, 2. pkt.).

The first row gives the spell its first-contact date, target group and sickness fields (the
situation the spell started in); the spell ends on its last row's end (NULL while ongoing).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import ibis
import ibis.expr.types as ir

from tilsyn.rules.context import ROWID
from tilsyn.rules.dates import days_between, days_expr, months_expr

if TYPE_CHECKING:
    from tilsyn.rules.context import RuleContext

_OPEN_END = ibis.date(9999, 12, 31)
SPELL_KEY = ("person_id", "benefit", "start_date")

ACCUMULATED = "lab.periode.accumulated_benefits"
START_TO_END = "lab.periode.start_to_end_benefits"
BREAK_MONTHS = "lab.periode.break_empty_months"
GROUP_CHANGES = "lab.periode.new_period_group_changes"
PLACEMENT_MONTHS = "lab.periode.dagpenge_placement_months"
PERIOD_PARAMETERS = (ACCUMULATED, START_TO_END, BREAK_MONTHS, GROUP_CHANGES, PLACEMENT_MONTHS)
"""Every rule built on spells reads these (listed in its parameters for the explanation)."""

PLACEMENT_LEVELS = 5
"""Placements per person and benefit told apart (5 × 36 months of history); rows after the
fifth placement's start belong to the fifth."""

_ATTRIBUTES = (
    "first_contact_date",
    "target_group",
    "first_absence_date",
    "sickness_category",
    "employed",
    "handover_date",
    "expected_absence_weeks",
    "work_obligation",
    "municipality",
)
_EARLIEST = ("early_followup_request_date",)
"""Attributes a spell takes as the earliest given on any of its rows (not the first row's)."""
_ANY = ("education_order",)
"""Flags a spell has when any of its rows has them."""


def _placements(ctx: RuleContext, acc: ir.Table) -> ir.Table:
    """Per person and accumulated benefit: the first days c1 < c2 < … of its placements; a
    row starting ``PLACEMENT_MONTHS`` or more after a placement's first day starts the next."""
    keys = ["person_id", "benefit"]
    levels = acc.group_by(keys).aggregate(c1=acc.start_date.min())
    for k in range(2, PLACEMENT_LEVELS + 1):
        prev = f"c{k - 1}"
        j = acc.inner_join(levels, keys)
        months = ctx.param_expr(PLACEMENT_MONTHS, j[prev]).fill_null(0)
        nxt = (
            j.filter(j.start_date >= months_expr(j[prev], months))
            .group_by(keys)
            .aggregate(**{f"c{k}": j.start_date.min()})
        )
        levels = levels.left_join(nxt, keys)
        levels = levels.drop(*(c for c in levels.columns if c.endswith("_right")))
    return levels


def _order(bp: ir.Table) -> list[ir.Value]:
    """A person's rows in order: by start, then benefit and end for a stable order."""
    return [bp.start_date, bp.benefit, bp._end]


def _starts_new_spell(
    ctx: RuleContext,
    bp: ir.Table,
    first: ir.BooleanValue,
    prev_end: ir.DateValue,
    prev_group: ir.StringValue,
) -> ir.IntegerValue:
    """1 where a row starts a spell, else 0: the first row of a run of one benefit, a row
    after a break the benefit's rules count as one (start to end: any day; others: whole
    empty months), or a listed change of target group. ``prev_end`` is the latest end of
    the run's earlier rows, ``prev_group`` the previous row's target group in the run."""
    after = days_expr(prev_end, 1)
    first_full_month = ibis.cases(
        (after.day() == 1, after), else_=months_expr(after.truncate("M"), 1)
    )
    limit = ctx.param_expr(BREAK_MONTHS, bp.start_date)
    gap = bp.start_date > after
    start_to_end = ctx.param_expr(START_TO_END, bp.start_date).contains(bp.benefit).fill_null(False)
    empty_months = limit.notnull() & (
        bp.start_date >= months_expr(first_full_month, limit.fill_null(0))
    )
    group_change = (
        ctx.param_expr(GROUP_CHANGES, bp.start_date)
        .contains(prev_group + ">" + bp.target_group)
        .fill_null(False)
    )
    new = (
        first
        | (prev_end.notnull() & (prev_end < _OPEN_END) & gap & (start_to_end | empty_months))
        | group_change
    )
    return ibis.cases((new, 1), else_=0)


def _with_spell_start(bp: ir.Table) -> ir.Table:
    """``bp`` (with ``_new``) with ``_spell_start``: the first day of the row's spell. Rows
    come in order of start, so the latest starting row up to each row gives it: one running
    window instead of numbering the spells and taking each number's minimum."""
    # Running windows need an explicit frame: Ibis renders an ordered window without
    # ``rows`` over the whole partition.
    running = ibis.window(group_by=bp.person_id, order_by=_order(bp), rows=(None, 0))
    return bp.mutate(
        _spell_start=ibis.cases((bp._new == 1, bp.start_date), else_=ibis.null("date"))
        .max()
        .over(running)
    )


def _spell_starts(ctx: RuleContext, bp: ir.Table) -> ir.Table:
    """``bp`` with ``_spell_start``, for persons whose rows may mix benefits."""
    person = ibis.window(group_by=bp.person_id, order_by=_order(bp))
    running = ibis.window(group_by=bp.person_id, order_by=_order(bp), rows=(None, 0))
    # A switch of benefit starts a new run: runs of one benefit in the person's order.
    prev_benefit = bp.benefit.lag().over(person)
    bp = bp.mutate(
        _switch=ibis.cases((prev_benefit.isnull(), 1), (prev_benefit != bp.benefit, 1), else_=0)
    )
    bp = bp.mutate(_run=bp._switch.sum().over(running))
    earlier = ibis.window(group_by=[bp.person_id, bp._run], order_by=_order(bp), rows=(None, -1))
    in_run = ibis.window(group_by=[bp.person_id, bp._run], order_by=_order(bp))
    new = _starts_new_spell(
        ctx,
        bp,
        bp._switch == 1,
        bp._end.max().over(earlier),
        bp.target_group.lag().over(in_run),
    )
    return _with_spell_start(bp.mutate(_new=new))


def _spell_starts_in_one_run(ctx: RuleContext, bp: ir.Table) -> ir.Table:
    """``bp`` with ``_spell_start``, for persons whose rows are all of one benefit: their
    rows are one run, whose first row is the person's first (no earlier end)."""
    earlier = ibis.window(group_by=bp.person_id, order_by=_order(bp), rows=(None, -1))
    person = ibis.window(group_by=bp.person_id, order_by=_order(bp))
    prev_end = bp._end.max().over(earlier)
    new = _starts_new_spell(
        ctx, bp, prev_end.isnull(), prev_end, bp.target_group.lag().over(person)
    )
    return _with_spell_start(bp.mutate(_new=new))


def _rows(ctx: RuleContext, *, shortcuts: bool = True) -> ir.Table:
    """Every benefit row known on the reference date with ``_key``: the first day of the
    spell it belongs to. Without ``shortcuts`` every person goes through all four windows
    (the general path the shortcuts are tested against)."""
    bp = ctx.table("benefit_periods")
    # Evaluated as of a date: rows that start later are not known yet, and a registered
    # end after the reference date does not end the spell yet.
    bp = bp.filter(bp.start_date <= ctx.as_of_expr)
    end = ibis.cases(
        (bp.end_date.isnull() | (bp.end_date > ctx.as_of_expr), _OPEN_END), else_=bp.end_date
    )
    # Only the columns the windows below need: each sorts whatever columns it carries. The
    # spell's other attributes are joined back by row id after the windows (``_build_spells``).
    bp = bp.select(
        "person_id",
        "benefit",
        "start_date",
        "target_group",
        *_EARLIEST,
        *_ANY,
        _rid=bp[ROWID],
        _end=end,
        _acc=ctx.param_expr(ACCUMULATED, bp.start_date).contains(bp.benefit).fill_null(False),
    )
    # The windows below each sort every row they see, so a person goes through only the ones
    # their rows need. A single row (a third of the rows at national scale) starts the
    # person's only spell. Rows of one benefit are one run, so the windows over (person, run)
    # are windows over the person: two sorts instead of four; and when they all count as
    # accumulated, none (their spells are placements, below). Only the persons whose rows mix
    # benefits go through all four.
    counts = bp.group_by("person_id").aggregate(
        _rows=bp.count(),
        _one_benefit=bp.benefit.min() == bp.benefit.max(),
        _all_acc=bp._acc.all(),
    )
    single = bp.semi_join(counts.filter(counts._rows == 1), "person_id").mutate(
        _spell_start=ibis._.start_date
    )
    one = counts.filter(counts._rows > 1, counts._one_benefit)
    acc_only = bp.semi_join(one.filter(one._all_acc), "person_id")
    one_run = _spell_starts_in_one_run(ctx, bp.semi_join(one.filter(~one._all_acc), "person_id"))
    mixed = bp.semi_join(counts.filter(counts._rows > 1, ~counts._one_benefit), "person_id")
    bp = ibis.union(
        single,
        acc_only.mutate(_spell_start=ibis.null("date")),
        one_run.select(*single.columns),
        _spell_starts(ctx, mixed).select(*single.columns),
        distinct=False,
    )
    return _keyed(ctx, bp)


def _keyed(ctx: RuleContext, bp: ir.Table) -> ir.Table:
    """Benefit rows with ``_spell_start`` (NULL for accumulated benefits), keyed by spell:
    the spell start, or for accumulated benefits the first day of the row's placement."""
    acc = bp.filter(bp._acc)
    levels = _placements(ctx, acc)
    j = acc.inner_join(levels, ["person_id", "benefit"])
    cols = [f"c{k}" for k in range(1, PLACEMENT_LEVELS + 1)]
    placement = ibis.greatest(
        *(ibis.cases((j[c] <= j.start_date, j[c]), else_=ibis.null("date")) for c in cols)
    )
    acc_rows = j.mutate(_key=placement).drop(*cols)
    acc_rows = acc_rows.drop(*(c for c in acc_rows.columns if c.endswith("_right")))
    other = bp.filter(~bp._acc).mutate(_key=bp._spell_start)
    keep = ["person_id", "benefit", "start_date", "_end", "_key", "_acc", "_rid", *_EARLIEST, *_ANY]
    return ibis.union(other.select(*keep), acc_rows.select(*keep), distinct=False)


def _build_spells(ctx: RuleContext) -> ir.Table:
    bp = ctx.memo("benefit_rows", lambda: _rows(ctx))
    spells = bp.group_by(["person_id", "benefit", "_key"]).aggregate(
        _end=bp._end.max(),
        periods=bp.count(),
        _first=bp._rid.argmin(bp.start_date),
        **{name: bp[name].min() for name in _EARLIEST},
        **{name: bp[name].fill_null(False).any() for name in _ANY},
    )
    # The first row's attributes, fetched once per spell by its row id: one lookup instead
    # of an argmin per attribute, which carried every row's strings through the grouping.
    source = ctx.table("benefit_periods")
    first = source.select(_frid=source[ROWID], **{name: source[name] for name in _ATTRIBUTES})
    spells = spells.inner_join(first, spells._first == first._frid)
    return spells.select(
        "person_id",
        "benefit",
        start_date=spells._key,
        end_date=ibis.cases((spells._end == _OPEN_END, ibis.null("date")), else_=spells._end),
        **{name: spells[name] for name in (*_ATTRIBUTES, *_EARLIEST, *_ANY)},
        periods=spells.periods,
    )


def _build_islands(ctx: RuleContext) -> ir.Table:
    """Merged intervals of each accumulated spell: ``SPELL_KEY``, ``i_start``, ``i_end``
    (``_OPEN_END`` while ongoing) and ``cum_before`` (days in its earlier intervals)."""
    bp = ctx.memo("benefit_rows", lambda: _rows(ctx))
    acc = bp.filter(bp._acc)
    order = ibis.window(
        group_by=[acc.person_id, acc.benefit, acc._key],
        order_by=[acc.start_date, acc._end],
        rows=(None, -1),
    )
    prev_end = acc._end.max().over(order)
    acc = acc.mutate(
        _new=ibis.cases(
            (prev_end.isnull(), 1), (acc.start_date > days_expr(prev_end, 1), 1), else_=0
        )
    )
    running = ibis.window(
        group_by=[acc.person_id, acc.benefit, acc._key],
        order_by=[acc.start_date, acc._end],
        rows=(None, 0),
    )
    acc = acc.mutate(_island=acc._new.sum().over(running))
    isl = acc.group_by(["person_id", "benefit", "_key", "_island"]).aggregate(
        i_start=acc.start_date.min(), i_end=acc._end.max()
    )
    length = ibis.cases((isl.i_end == _OPEN_END, 0), else_=days_between(isl.i_start, isl.i_end) + 1)
    isl = isl.mutate(_len=length)
    before = ibis.window(
        group_by=[isl.person_id, isl.benefit, isl._key], order_by=isl.i_start, rows=(None, -1)
    )
    return isl.select(
        "person_id",
        "benefit",
        start_date=isl._key,
        i_start=isl.i_start,
        i_end=isl.i_end,
        cum_before=isl._len.sum().over(before).fill_null(0).cast("int32"),
    )


def benefit_spells(ctx: RuleContext, benefits: Sequence[str]) -> ir.Table:
    """Spells (see module docstring) of the given benefits, one row per spell, keyed by
    ``SPELL_KEY``. ``end_date`` is NULL while the spell is ongoing."""
    spells = ctx.memo("benefit_spells", lambda: _build_spells(ctx))
    return spells.filter(spells.benefit.isin(list(benefits)))


def with_months_point(
    ctx: RuleContext, spells: ir.Table, start: str, months: ir.IntegerValue, out: str
) -> ir.Table:
    """``spells`` with column ``out``: the day the spell reaches ``months`` months counted
    from column ``start``. Plain calendar months (month-end rounding) for continuous
    benefits; for accumulated benefits the same number of days, added up over the spell's
    intervals, so each day of pause moves the point a day later. A spell that ends before
    it reaches the point gets the plain date (it ended early).

    One left join, no aggregation: exactly one interval of a spell holds the needed day (the
    earlier ones end before it, the later ones start after it), and only accumulated spells
    have intervals. Joining ``spells`` with itself would make Ibis inline it twice."""
    plain = months_expr(spells[start], months)
    s = spells.mutate(_plain=plain, _needed=days_between(spells[start], plain))
    isl = ctx.memo("accumulated_islands", lambda: _build_islands(ctx))
    isl = isl.select(
        _ipid=isl.person_id,
        _ibenefit=isl.benefit,
        _istart=isl.start_date,
        _i_start=isl.i_start,
        _i_end=isl.i_end,
        _cum=isl.cum_before,
    )
    j = s.left_join(
        isl,
        [
            s.person_id == isl._ipid,
            s.benefit == isl._ibenefit,
            s.start_date == isl._istart,
            isl._cum < s._needed,
            (isl._i_end == _OPEN_END)
            | (isl._cum + days_between(isl._i_start, isl._i_end) + 1 >= s._needed),
        ],
    )
    point = days_expr(j._i_start, (j._needed - j._cum).cast("int32"))
    return j.mutate(**{out: ibis.cases((j._i_start.notnull(), point), else_=j._plain)}).drop(
        "_plain", "_needed", "_ipid", "_ibenefit", "_istart", "_i_start", "_i_end", "_cum"
    )
