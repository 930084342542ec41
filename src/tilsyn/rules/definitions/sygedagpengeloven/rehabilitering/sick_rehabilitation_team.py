"""Category 3 sickness-benefit case treated in the rehabilitation team within 4 weeks.

Sygedagpengeloven § 13 d, stk. 3, 2. pkt. (LBK nr. 1712 af 2021): "Sagen skal behandles i
rehabiliteringsteamet senest inden 4 uger fra visitationen, jf. § 12". Visitation to
category 3 happens at a follow-up (§ 12); category 3 was abolished on 1 Jan 2025 (L 74
(2024-25)), so only visitations before then have the deadline (the parameter is null from
that day).

Dates: the visitation date (``window_start``) is the first day within the sickness spell on
which category 3 is in force, i.e. the earliest benefit-period row of the spell registered
as category 3 (a revisitation 1 → 3 or 2 → 3 counts from the revisitation; a later
3 → 2 → 3 does not start a second deadline). Due = visitation + 7 × weeks (4 weeks =
28 days), inclusive. Counted: a held conversation of kind ``rehabiliteringsteam`` dated from
the visitation to the end of the spell, on or before the reference date. A spell that ends
before the due date without a team meeting is ``not_applicable``. Exemptions do not suspend
this deadline: the law gives no such rule and the team treats the case on paper.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from tilsyn.rules.context import RuleContext
from tilsyn.rules.dates import days_expr
from tilsyn.rules.model import RuleDefinition
from tilsyn.rules.spells import PERIOD_PARAMETERS, SPELL_KEY, benefit_spells
from tilsyn.rules.verdict import finish

BENEFIT = "sygedagpenge"
CATEGORY = "3"
TEAM_KIND = "rehabiliteringsteam"
WEEKS = "sygedagpengeloven.rehabilitering.team_weeks"


def _visitations(ctx: RuleContext, spells: ir.Table) -> ir.Table:
    """Per spell: ``visitation_date``, the first row of the spell in category 3."""
    bp = ctx.table("benefit_periods")
    bp = bp.filter(
        bp.benefit == BENEFIT, bp.start_date <= ctx.as_of_expr, bp.sickness_category == CATEGORY
    ).select(_pid=bp.person_id, _from=bp.start_date)
    k = spells.select(*SPELL_KEY, _last=spells.end_date)
    j = k.inner_join(
        bp,
        [
            k.person_id == bp._pid,
            bp._from >= k.start_date,
            k._last.isnull() | (bp._from <= k._last),
        ],
    )
    return j.group_by(list(SPELL_KEY)).aggregate(visitation_date=j._from.min())


def _team_meetings(ctx: RuleContext, rows: ir.Table) -> ir.Table:
    """Per spell: the first held rehabilitation-team meeting from the visitation on."""
    conv = ctx.table("conversations")
    conv = conv.filter(
        conv.status == "afholdt", conv.kind == TEAM_KIND, conv.date <= ctx.as_of_expr
    ).select(_pid=conv.person_id, _date=conv.date)
    r = rows.select(
        *SPELL_KEY, _ws=rows.window_start, _last=rows.end_date.fill_null(ctx.as_of_expr)
    )
    j = r.inner_join(conv, [r.person_id == conv._pid, conv._date >= r._ws, conv._date <= r._last])
    return j.group_by(list(SPELL_KEY)).aggregate(fulfilled_date=j._date.min())


def build(ctx: RuleContext) -> ir.Table:
    spells = benefit_spells(ctx, [BENEFIT])
    s = spells.inner_join(_visitations(ctx, spells), list(SPELL_KEY))
    s = s.drop(*(f"{c}_right" for c in SPELL_KEY if f"{c}_right" in s.columns))
    s = s.mutate(window_start=s.visitation_date)
    weeks = ctx.param_expr(WEEKS, s.window_start)
    s = s.mutate(_weeks=weeks, due_date=days_expr(s.window_start, (weeks * 7).cast("int64")))
    met = _team_meetings(ctx, s)
    f = s.left_join(met, list(SPELL_KEY))
    f = f.drop(*(f"{c}_right" for c in SPELL_KEY if f"{c}_right" in f.columns))
    ended_early = f.end_date.notnull() & (f.end_date < f.due_date) & f.fulfilled_date.isnull()
    visited = "visiteret til kategori 3 " + f.window_start.cast("string")
    evidence = ibis.cases(
        (
            f._weeks.isnull(),
            visited + ": ingen frist for rehabiliteringsteamet (kategori 3 ikke i kraft)",
        ),
        (
            f.fulfilled_date.notnull(),
            visited + "; behandlet i rehabiliteringsteamet " + f.fulfilled_date.cast("string"),
        ),
        (
            ended_early,
            visited
            + "; sygedagpengeforløbet sluttede "
            + f.end_date.cast("string")
            + " før fristen",
        ),
        else_=visited + "; ingen behandling i rehabiliteringsteamet",
    )
    facts = f.mutate(
        is_applicable=f._weeks.notnull() & ~ended_early,
        is_exempt=ibis.literal(False),
        evidence=evidence,
    )
    return finish(ctx, RULE, facts)


RULE = RuleDefinition(
    id="sick_rehabilitation_team",
    kind="sick_rehabilitation_team",
    label="Kategori 3-sag behandlet i rehabiliteringsteamet inden 4 uger",
    description=(
        "En sygedagpengesag visiteret til kategori 3 skal behandles i rehabiliteringsteamet "
        "senest inden 4 uger fra visitationen (sygedagpengeloven § 13 d, stk. 3), dvs. "
        "visitationsdagen + 28 dage. Visitationsdagen er den første dag i forløbet, hvor "
        "kategori 3 er i kraft, også ved revisitation fra kategori 1 eller 2. Behandlingen "
        "registreres som en afholdt samtale af typen rehabiliteringsteam. Kategori 3 er "
        "afskaffet 1.1.2025, så kun visitationer før den dag har fristen."
    ),
    version="1.0.0",
    parameters=(WEEKS, *PERIOD_PARAMETERS),
    build=build,
)
