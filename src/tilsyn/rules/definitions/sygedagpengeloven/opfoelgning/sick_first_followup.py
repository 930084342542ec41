"""First follow-up of a sickness-benefit case by the end of week 8 from the first absence day.

Sygedagpengeloven § 13 b, stk. 1 (from January 2015): in category 2 and 3 cases (category 3
abolished 1 Jan 2025) the municipality follows up the first time "senest inden udgangen af
ottende uge regnet fra første fraværsdag", in an individual interview with personal
attendance. Category 1 (in force at the end of week 8) is ``not_applicable`` when the
absence ends by then; a longer category 1 case needs the interview with revisitation
(§ 13 a, stk. 1) by the same day (see ``_common``). After a request for early follow-up
(§§ 7 c, 7 e; column ``early_followup_request_date``) the interview is due 2 weeks after the
request when that is earlier (§ 13 b, stk. 2). § 13 f (2025) does not remove this first
interview: it is where the expected recovery is assessed. From the reform date (1 Jul 2026
assumed) employed persons expected back within 26 weeks are ``not_applicable`` for
obligations falling due from then.

Dates: window start = first absence day; due = end of week 8 counted in 7-day weeks from it
(window start + 55 days), inclusive. Counted: held, individual ``opfoelgningssamtale`` by the
municipality (or another actor), in person. A spell that ends before the due date without a
follow-up is ``not_applicable``. Exemptions suspend (see ``_common``).
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from tilsyn.rules.context import RuleContext
from tilsyn.rules.dates import days_expr, end_of_week_expr
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

WEEKS = "sygedagpengeloven.opfoelgning.first_followup_weeks"
FORMS = "sygedagpengeloven.opfoelgning.first_followup_forms"
EARLY_WEEKS = "sygedagpengeloven.opfoelgning.early_request_weeks"


def build(ctx: RuleContext) -> ir.Table:
    s = sick_spells(ctx)
    weeks = ctx.param_expr(WEEKS, s.window_start)
    week8 = end_of_week_expr(s.window_start, weeks.fill_null(0).cast("int64"))
    early_days = (ctx.param_expr(EARLY_WEEKS, s.window_start) * 7).cast("int64")
    requested = days_expr(s.early_followup_request_date, early_days)
    fast_track = requested.notnull() & (requested < week8)
    s = s.mutate(
        _weeks=weeks,
        _fast_track=fast_track.fill_null(False),
        due0=ibis.cases((fast_track.fill_null(False), requested), else_=week8),
    )
    # Counted from the spells before the suspension: the follow-ups need only their keys and
    # dates, and reading the suspended spells twice made Ibis inline the suspension twice.
    held = counted_followups(ctx, s, SPELL_KEY, FORMS)
    s = suspend(ctx, s, SPELL_KEY, "due0")
    # Two follow-ups on the first day: the description that sorts first is cited, so that
    # every engine cites the same one (argmin over the date alone leaves the tie to chance).
    first_key = held.date.cast("string") + "|" + held.description
    first = held.group_by(list(SPELL_KEY)).aggregate(
        fulfilled_date=held.date.min(), held_text=held.description.argmin(first_key)
    )
    f = s.left_join(first, list(SPELL_KEY))
    outside = not_applicable_text(ctx, f, f.due_date)
    ended_early = f.end_date.notnull() & (f.end_date < f.due_date) & f.fulfilled_date.isnull()
    evidence = ibis.cases(
        (f._weeks.isnull(), "reglen var ikke i kraft på første fraværsdag"),
        (outside != "", outside),
        (f.fulfilled_date.notnull(), f.held_text),
        (
            ended_early,
            "sygedagpengeforløbet sluttede " + f.end_date.cast("string") + " før fristen",
        ),
        else_="ingen afholdt individuel opfølgningssamtale ved personligt fremmøde",
    )
    fast_text = ibis.cases(
        (
            f._fast_track,
            "tidlig opfølgning anmodet "
            + f.early_followup_request_date.cast("string")
            + " (§ 13 b, stk. 2)",
        ),
        else_="",
    )
    facts = f.mutate(
        is_applicable=f._weeks.notnull() & (outside == "") & ~ended_early,
        is_exempt=f.exemption_applies & (ctx.as_of_expr <= f.exemption_end),
        evidence=join_text(f.category_note, fast_text, evidence, exemption_note(f)),
    )
    return finish(ctx, RULE, facts)


RULE = RuleDefinition(
    id="sick_first_followup",
    kind="sick_first_followup",
    label="Første opfølgning på sygedagpengesag inden udgangen af 8. uge",
    description=(
        "I sager i visitationskategori 2 og 3 (kategori 3 afskaffet 1.1.2025) skal kommunen "
        "holde første opfølgningssamtale senest inden udgangen af 8. uge regnet fra første "
        "fraværsdag (første fraværsdag + 55 dage), individuelt og ved personligt fremmøde. "
        "Kategori 1 har intet fast opfølgningsforløb, men varer fraværet ud over 8 uger, "
        "skal der holdes opfølgningssamtale med revisitation (§ 13 a, stk. 1). Ved anmodning "
        "om tidlig opfølgning senest 2 uger efter anmodningen (§ 13 b, stk. 2). Fra "
        "reformens ikrafttræden (1.7.2026 antaget) er sygemeldte fra job med forventet "
        "fravær under 26 uger ikke omfattet. "
        "En fritagelse på fristdagen udskyder fristen med de resterende dage."
    ),
    version="1.1.1",
    parameters=(
        WEEKS,
        EXEMPT_CATEGORIES,
        CATEGORY1_WEEKS,
        EARLY_WEEKS,
        KINDS,
        HOLDERS,
        FORMS,
        EMPLOYED_BELOW,
        SUSPEND,
        *PERIOD_PARAMETERS,
    ),
    looked_up_on_due_date=(EMPLOYED_BELOW,),
    build=build,
)
