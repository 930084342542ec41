"""Events that fulfil or suspend obligations, joined to the spells they belong to.

Only events on or before the reference date count: an evaluation as of a date sees what
was known then. Interviews count when held (status ``afholdt``; cancelled ``aflyst`` and
no-show ``udeblevet`` never count), individual (group meetings, ``individual = false``,
never count), and of a kind, form and holder the rule's parameters accept on the spell's
window start.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import ibis
import ibis.expr.types as ir

from tilsyn.rules.spells import SPELL_KEY

if TYPE_CHECKING:
    from tilsyn.rules.context import RuleContext


def held_interviews(
    ctx: RuleContext,
    spells: ir.Table,
    *,
    kinds: Sequence[str],
    holders_param: str,
    forms_param: str,
    until: ir.DateValue | None = None,
    since: str | None = None,
) -> ir.Table:
    """Counted interviews per spell: ``SPELL_KEY`` + ``date`` + ``description``.

    ``spells`` must have ``SPELL_KEY``, ``window_start`` and ``end_date``; interviews count
    from the window start to the end of the spell (or the reference date), or to
    ``until`` (a column of ``spells``) when given; from column ``since`` instead of the window
    start when given (the parameters are still read on the window start).
    """
    conv = ctx.table("conversations")
    conv = conv.filter(
        conv.status == "afholdt",
        conv.individual.fill_null(True),
        conv.date <= ctx.as_of_expr,
        conv.kind.isin(list(kinds)),
    )
    last = spells.end_date.fill_null(ctx.as_of_expr) if until is None else until
    first = spells.window_start if since is None else spells[since]
    s = spells.select(*SPELL_KEY, window_start=spells.window_start, _first=first, _last=last)
    joined = s.inner_join(
        conv,
        [s.person_id == conv.person_id, conv.date >= s._first, conv.date <= s._last],
    )
    holders = ctx.param_expr(holders_param, joined.window_start)
    forms = ctx.param_expr(forms_param, joined.window_start)
    joined = joined.filter(
        holders.contains(joined.held_by).fill_null(False),
        forms.contains(joined.form).fill_null(False),
    )
    description = (
        joined.kind
        + " "
        + joined.date.cast("string")
        + " ("
        + joined.form
        + ", "
        + joined.held_by
        + ")"
    )
    return joined.select(*SPELL_KEY, date=joined.date, description=description)


def exemption_covering(
    ctx: RuleContext, table: ir.Table, day: str, *, ignored_reasons: str | None = None
) -> ir.Table:
    """``table`` with ``exemption_start``, ``exemption_end`` and ``exemption_reason`` of the
    exemption in force on column ``day`` (the one ending last when several are; NULL when
    none). ``table`` must have ``SPELL_KEY`` and be unique on it; exemptions registered to
    start after the reference date are not known yet. ``ignored_reasons`` names a codes
    parameter: exemptions whose reason it lists on the row's ``window_start`` do not count
    (e.g. the reform's 25 % exemption, which does not reach the first jobsamtale)."""
    ex = ctx.table("exemptions")
    ex = ex.filter(ex.start_date <= ctx.as_of_expr).select(
        _pid=ex.person_id, _ex_start=ex.start_date, _ex_end=ex.end_date, _ex_reason=ex.reason
    )
    extra = {} if ignored_reasons is None else {"_ws": table.window_start}
    keys = table.select(*SPELL_KEY, _day=table[day], **extra)
    hits = keys.inner_join(
        ex, [keys.person_id == ex._pid, ex._ex_start <= keys._day, ex._ex_end >= keys._day]
    )
    if ignored_reasons is not None:
        ignored = ctx.param_expr(ignored_reasons, hits._ws).contains(hits._ex_reason)
        hits = hits.filter(~ignored.fill_null(False))
    best = hits.group_by(list(SPELL_KEY)).aggregate(
        exemption_start=hits._ex_start.argmax(hits._ex_end),
        exemption_end=hits._ex_end.max(),
        exemption_reason=hits._ex_reason.argmax(hits._ex_end),
    )
    joined = table.left_join(best, [table[k] == best[k] for k in SPELL_KEY])
    return joined.drop(*(f"{k}_right" for k in SPELL_KEY if f"{k}_right" in joined.columns))


def exemption_text(table: ir.Table) -> ir.StringValue:
    """Danish evidence text for the exemption columns added by ``exemption_covering``."""
    return ibis.cases(
        (
            table.exemption_end.notnull(),
            "fritaget "
            + table.exemption_start.cast("string")
            + "–"
            + table.exemption_end.cast("string")
            + " ("
            + table.exemption_reason
            + ")",
        ),
        else_="",
    )


def joined_sorted(text: ir.StringValue) -> ir.StringScalar:
    """A group's non-null ``text`` values joined with ", " in the strings' own order (callers
    make each string start with its sort key: an ISO date sorts as the date). An empty group
    gives "" on DuckDB and NULL on PostgreSQL and Spark, so callers treat both alike. Sorting
    each group's list costs a quarter of DuckDB's ordered string aggregate (``group_concat``
    with ``order_by``), which sorts every row of the input."""
    return text.collect().sort().join(", ")


def nth_event(held: ir.Table, spells: ir.Table, required: str) -> ir.Table:
    """Per spell of ``spells``: the date of the ``required``-th event in ``held`` (NULL when
    fewer were held, or when the requirement is NULL/0), the number counted (at most
    ``required``), how many of those fell on or before ``due_date``, and the counted events'
    descriptions (the first ``required`` by date, then description).

    ``held`` has ``SPELL_KEY``, ``date`` and ``description``; ``spells`` has ``SPELL_KEY``,
    ``due_date`` and the integer column ``required``.

    Each spell's events are collected as "date|description" (an ISO date sorts as the date)
    and the short list sorted per spell, instead of numbering every event with a window over
    all of them and then running an ordered string aggregate (about a second of CPU less at
    1,000,000 citizens). Since the list is in date order, the counted events on or before
    the due date are the fewer of ``required`` and all events by then."""
    need = spells.select(*SPELL_KEY, _n=spells[required], _due=spells.due_date)
    h = held.inner_join(need, list(SPELL_KEY))
    h = h.filter(h._n > 0)
    per = h.group_by(list(SPELL_KEY)).aggregate(
        _events=(h.date.cast("string") + "|" + h.description).collect().sort(),
        _held=h.count(),
        _by_due=(h.date <= h._due).sum(),
        _n=h._n.max().cast("int32"),  # Spark indexes arrays with INT only
    )
    first = per._events[: per._n]
    return per.select(
        *SPELL_KEY,
        nth_date=ibis.cases(
            (per._held >= per._n, per._events[per._n - 1].substr(0, 10).cast("date")),
            else_=ibis.null("date"),
        ),
        counted=ibis.least(per._held, per._n),
        in_window=ibis.least(per._by_due, per._n),
        # Each listed event loses its "date|" sort prefix (a lambda would do it per element,
        # but Ibis writes DuckDB's deprecated arrow syntax).
        listed=first.join(", ").re_replace(r"\d{4}-\d{2}-\d{2}\|", ""),
    )


def exempt_days_within(ctx: RuleContext, table: ir.Table, start: str, end: str) -> ir.Table:
    """``table`` with ``exempt_days`` (days of exemptions overlapping [start, end], assuming
    exemptions do not overlap each other), ``exempt_now`` (an overlapping exemption is in
    force on the reference date) and ``exemption_note`` (evidence text)."""
    ex = ctx.table("exemptions")
    ex = ex.filter(ex.start_date <= ctx.as_of_expr).select(
        _pid=ex.person_id, _ex_start=ex.start_date, _ex_end=ex.end_date, _ex_reason=ex.reason
    )
    keys = table.select(*SPELL_KEY, _from=table[start], _to=table[end])
    hits = keys.inner_join(
        ex, [keys.person_id == ex._pid, ex._ex_start <= keys._to, ex._ex_end >= keys._from]
    )
    lo = ibis.greatest(hits._ex_start, hits._from)
    hi = ibis.least(hits._ex_end, hits._to)
    text = (
        "fritaget "
        + hits._ex_start.cast("string")
        + "–"
        + hits._ex_end.cast("string")
        + " ("
        + hits._ex_reason
        + ")"
    )
    per = hits.group_by(list(SPELL_KEY)).aggregate(
        exempt_days=(hi.delta(lo, unit="day") + 1).sum().cast("int32"),
        exempt_now=((hits._ex_start <= ctx.as_of_expr) & (hits._ex_end >= ctx.as_of_expr)).any(),
        exemption_note=joined_sorted(text),  # the text starts with its start date
    )
    joined = table.left_join(per, list(SPELL_KEY))
    joined = joined.drop(*(c for c in joined.columns if c.endswith("_right")))
    return joined.mutate(
        exempt_days=joined.exempt_days.fill_null(0),
        exempt_now=joined.exempt_now.fill_null(False),
        exemption_note=joined.exemption_note.fill_null(""),
    )
