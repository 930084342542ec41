"""Right and duty to an offer at the latest after 6 months (LAB § 102), for § 6 nr. 1–3:
dagpenge and jobparate/aktivitetsparate kontanthjælp.

Dates: window start per LAB § 9 (first contact for kontanthjælp, first day on dagpenge);
due date = window start + 6 calendar months (the 6-month point itself, "senest efter 6
måneder"; month-end rounding). The obligation is met by the first offer of a counted kind
(not øvrig vejledning og opkvalificering, not mentor) that starts in the spell and lasts at
least 2 consecutive weeks (end − start + 1 ≥ 14 days). Løntilskud (kap. 12): it suffices
that the offer is made in time and starts at most 3 weeks after the due date; the data
only has start dates, so a løntilskud starting within those 3 weeks counts as on time
(``late`` after that). An exemption in force on the due date moves it to 1 calendar month
after the exemption's last day (stk. 4); while that exemption runs the obligation is
``exempt``. Spells starting from 1 Jul 2026 are ``not_applicable`` (reform: 75 % target);
so are spells that end before the due date without an offer.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from tilsyn.rules.contact_course import (
    END_UNCONFIRMED,
    END_UNCONFIRMED_TEXT,
    FROM_CONTACT,
    end_unconfirmed,
    lab9_window_start,
)
from tilsyn.rules.context import RuleContext
from tilsyn.rules.dates import days_between, days_expr, months_expr
from tilsyn.rules.events import exemption_covering, exemption_text
from tilsyn.rules.model import RuleDefinition
from tilsyn.rules.spells import PERIOD_PARAMETERS, SPELL_KEY, benefit_spells, with_months_point
from tilsyn.rules.verdict import finish

MONTHS = "lab.tilbud.offer_months"
BENEFITS = "lab.tilbud.offer_benefits"
GROUPS = "lab.tilbud.offer_target_groups"
MIN_WEEKS = "lab.tilbud.min_offer_weeks"
KINDS = "lab.tilbud.counted_offer_kinds"
GRACE_KINDS = "lab.tilbud.grace_offer_kinds"
GRACE_WEEKS = "lab.tilbud.grace_weeks"
AFTER_EXEMPTION = "lab.tilbud.months_after_exemption"


def build(ctx: RuleContext) -> ir.Table:
    spells = benefit_spells(ctx, ctx.codes_ever(BENEFITS))
    s = spells.mutate(window_start=lab9_window_start(ctx, spells))
    months = ctx.param_expr(MONTHS, s.window_start)
    in_force = (
        months.notnull()
        & ctx.param_expr(BENEFITS, s.window_start).contains(s.benefit).fill_null(False)
        & (
            s.target_group.isnull()
            | ctx.param_expr(GROUPS, s.window_start).contains(s.target_group).fill_null(False)
        )
    )
    s = s.mutate(in_force=in_force, _end_unconfirmed=end_unconfirmed(ctx, s, months))
    # The offers need only the spells' keys and dates: taken from the spells with their due
    # dates, Ibis inlined the months point and the exemptions twice.
    keys = s.select(*SPELL_KEY, _ws=s.window_start, _last=s.end_date.fill_null(ctx.as_of_expr))
    due0 = with_months_point(ctx, s, "window_start", months.fill_null(0), "due0")
    # Materialised once: the exemption lookup reads it twice, and Ibis would inline the
    # months point into both.
    s = ctx.memo(f"{RULE.id}_due0", lambda: due0)
    s = exemption_covering(ctx, s, "due0")
    moved = months_expr(s.exemption_end, ctx.param_expr(AFTER_EXEMPTION, s.window_start))
    s = s.mutate(due_date=ibis.cases((s.exemption_end.notnull(), moved), else_=s.due0))

    offers = ctx.table("offers")
    offers = offers.filter(offers.start_date <= ctx.as_of_expr).select(
        _pid=offers.person_id, _kind=offers.kind, _start=offers.start_date, _end=offers.end_date
    )
    j = keys.inner_join(
        offers,
        [keys.person_id == offers._pid, offers._start >= keys._ws, offers._start <= keys._last],
    )
    min_days = ctx.param_expr(MIN_WEEKS, j._ws) * 7
    j = j.filter(
        ctx.param_expr(KINDS, j._ws).contains(j._kind).fill_null(False),
        (days_between(j._start, j._end) + 1) >= min_days,
    )
    first = j.group_by(list(SPELL_KEY)).aggregate(
        fulfilled_date=j._start.min(),
        offer_kind=j._kind.argmin(j._start),
        offer_end=j._end.argmin(j._start),
    )
    f = s.left_join(first, list(SPELL_KEY))
    f = f.drop(*(c for c in f.columns if c.endswith("_right")))
    grace = ctx.param_expr(GRACE_KINDS, f.window_start).contains(f.offer_kind).fill_null(False)
    grace_days = ctx.param_expr(GRACE_WEEKS, f.window_start).fill_null(0) * 7
    on_time_until = ibis.cases((grace, days_expr(f.due_date, grace_days)), else_=f.due_date)
    ended_early = f.end_date.notnull() & (f.end_date < f.due_date) & f.fulfilled_date.isnull()
    offer_text = ibis.cases(
        (
            f.fulfilled_date.notnull(),
            f.offer_kind
            + " "
            + f.fulfilled_date.cast("string")
            + "–"
            + f.offer_end.cast("string")
            + ibis.cases((grace, " (løntilskud: start inden for henstand tæller)"), else_=""),
        ),
        (ended_early, "ydelsesforløbet sluttede " + f.end_date.cast("string") + " før fristen"),
        else_="intet tilbud af mindst 2 ugers varighed",
    )
    ex_text = exemption_text(f)
    facts = f.mutate(
        on_time_until=on_time_until,
        is_applicable=f.in_force & ~ended_early,
        is_exempt=f.exemption_end.notnull() & (ctx.as_of_expr <= f.exemption_end),
        evidence=ibis.cases(
            (f._end_unconfirmed, END_UNCONFIRMED_TEXT + " " + offer_text),
            (ex_text == "", offer_text),
            else_=offer_text + "; " + ex_text,
        ),
    )
    return finish(ctx, RULE, facts)


RULE = RuleDefinition(
    id="offer_6m",
    kind="offer_6m",
    label="Ret og pligt til tilbud senest efter 6 måneder",
    description=(
        "Dagpengemodtagere og job- og aktivitetsparate kontanthjælpsmodtagere skal senest "
        "efter 6 måneder (regnet efter LAB § 9) påbegynde et tilbud af mindst 2 ugers "
        "varighed; løntilskud kan starte op til 3 uger efter fristen; ved fritagelse senest "
        "1 måned efter fritagelsens ophør. Fra 1. juli 2026 afløst af reformens måltal."
    ),
    version="1.2.0",
    parameters=(
        MONTHS,
        BENEFITS,
        GROUPS,
        MIN_WEEKS,
        KINDS,
        GRACE_KINDS,
        GRACE_WEEKS,
        AFTER_EXEMPTION,
        FROM_CONTACT,
        END_UNCONFIRMED,
        *PERIOD_PARAMETERS,
    ),
    build=build,
)
